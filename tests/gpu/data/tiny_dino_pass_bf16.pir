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
%267 = cast %259 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%268 = mul %267, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%269 = sub %268, %266 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%270 = exp %269 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%271 = reduce_sum %270 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%272 = broadcast %271 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%273 = exp %269 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%274 = div %273, %272 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%275 = cast %274 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%276 = slice %204 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%277 = reshape %276 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%278 = cast %275 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%279 = cast %277 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%280 = reshape %278 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%281 = broadcast %280 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%282 = reshape %279 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%283 = broadcast %282 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%284 = mul %281, %283 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%285 = reduce_sum %284 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%286 = cast %285 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%287 = permute %286 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%288 = reshape %287 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%289 = cast %92 : bf16[16,16] @ models/lib/nn.yaml:83:15
%290 = matmul %288, %289 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%291 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%292 = cast %290 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%293 = add %292, %291 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%294 = add %176, %293 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%295 = reduce_sum %294 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%296 = div %295, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%297 = broadcast %296 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%298 = sub %294, %297 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%299 = mul %298, %298 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%300 = reduce_sum %299 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%301 = div %300, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%302 = add %301, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%303 = rsqrt %302 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%304 = broadcast %303 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%305 = mul %298, %304 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%306 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%307 = mul %305, %306 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%308 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%309 = add %307, %308 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%310 = cast %309 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%311 = cast %96 : bf16[64,16] @ models/lib/nn.yaml:83:15
%312 = matmul %310, %311 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%313 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%314 = cast %312 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%315 = add %314, %313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%316 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%317 = broadcast %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%318 = mul %317, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%319 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%320 = broadcast %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%321 = mul %315, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%322 = erf %321 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%323 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%324 = broadcast %323 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%325 = add %324, %322 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%326 = mul %318, %325 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%327 = cast %326 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%328 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%329 = matmul %327, %328 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%330 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%331 = cast %329 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%332 = add %331, %330 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%333 = add %294, %332 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%334 = reduce_sum %333 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%335 = div %334, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%336 = broadcast %335 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%337 = sub %333, %336 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%338 = mul %337, %337 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%339 = reduce_sum %338 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%340 = div %339, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%341 = add %340, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%342 = rsqrt %341 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%343 = broadcast %342 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%344 = mul %337, %343 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%345 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%346 = mul %344, %345 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%347 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%348 = add %346, %347 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%349 = cast %348 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%350 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%351 = matmul %349, %350 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%352 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%353 = cast %351 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%354 = add %353, %352 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%355 = cast %354 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%356 = reshape %355 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%357 = permute %356 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%358 = slice %357 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%359 = reshape %358 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%360 = slice %357 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%361 = reshape %360 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%362 = cast %359 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%363 = cast %361 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%364 = permute %363 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%365 = slice %362 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%366 = broadcast %365 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%367 = slice %364 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%368 = broadcast %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = mul %366, %368 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%370 = slice %362 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%371 = broadcast %370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%372 = slice %364 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%373 = broadcast %372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%374 = mul %371, %373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%375 = add %369, %374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%376 = slice %362 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%377 = broadcast %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = slice %364 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%379 = broadcast %378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%380 = mul %377, %379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%381 = add %375, %380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%382 = slice %362 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%383 = broadcast %382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%384 = slice %364 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%385 = broadcast %384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%386 = mul %383, %385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%387 = add %381, %386 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%388 = slice %362 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%389 = broadcast %388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%390 = slice %364 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%391 = broadcast %390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%392 = mul %389, %391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%393 = add %387, %392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%394 = slice %362 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%395 = broadcast %394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%396 = slice %364 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%397 = broadcast %396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%398 = mul %395, %397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%399 = add %393, %398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%400 = slice %362 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%401 = broadcast %400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%402 = slice %364 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%403 = broadcast %402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%404 = mul %401, %403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%405 = add %399, %404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%406 = slice %362 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%407 = broadcast %406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%408 = slice %364 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%409 = broadcast %408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%410 = mul %407, %409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%411 = add %405, %410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%412 = cast %411 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%413 = cast %412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%414 = mul %413, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%415 = reduce_max %414 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%416 = stop_gradient %415 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%417 = broadcast %416 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%418 = cast %412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%419 = mul %418, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%420 = sub %419, %417 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%421 = exp %420 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%422 = reduce_sum %421 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%423 = broadcast %422 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%424 = exp %420 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%425 = div %424, %423 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%426 = cast %425 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%427 = slice %357 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%428 = reshape %427 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%429 = cast %426 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%430 = cast %428 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%431 = reshape %429 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%432 = broadcast %431 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%433 = reshape %430 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%434 = broadcast %433 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%435 = mul %432, %434 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%436 = reduce_sum %435 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%437 = cast %436 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%438 = permute %437 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%439 = reshape %438 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%440 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%441 = matmul %439, %440 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%442 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%443 = cast %441 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%444 = add %443, %442 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%445 = add %333, %444 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%446 = reduce_sum %445 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%447 = div %446, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%448 = broadcast %447 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%449 = sub %445, %448 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%450 = mul %449, %449 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%451 = reduce_sum %450 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%452 = div %451, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%453 = add %452, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%454 = rsqrt %453 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%455 = broadcast %454 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%456 = mul %449, %455 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%457 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%458 = mul %456, %457 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%459 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%460 = add %458, %459 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%461 = cast %460 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%462 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%463 = matmul %461, %462 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%464 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%465 = cast %463 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%466 = add %465, %464 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%467 = mul %317, %466 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%468 = mul %466, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%469 = erf %468 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%470 = add %324, %469 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%471 = mul %467, %470 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%472 = cast %471 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%473 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%474 = matmul %472, %473 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%475 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%476 = cast %474 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%477 = add %476, %475 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%478 = add %445, %477 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%479 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%480 = neighbor_topk_gather %478, %479 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%481 = reshape %480 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%482 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%483 = concat %482, %481 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%484 = reduce_sum %483 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%485 = broadcast %178 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%486 = div %484, %485 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%487 = broadcast %486 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%488 = sub %483, %487 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%489 = mul %488, %488 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%490 = reduce_sum %489 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%491 = div %490, %485 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%492 = broadcast %186 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%493 = add %491, %492 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%494 = rsqrt %493 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%495 = broadcast %494 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%496 = mul %488, %495 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%497 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%498 = mul %496, %497 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%499 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%500 = add %498, %499 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%501 = cast %500 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%502 = slice %501 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%503 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%504 = matmul %502, %503 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%505 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%506 = cast %504 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%507 = add %506, %505 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%508 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%509 = matmul %501, %508 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%510 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%511 = cast %509 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%512 = add %511, %510 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%513 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%514 = matmul %501, %513 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%515 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%516 = cast %514 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%517 = add %516, %515 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%518 = cast %507 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%519 = reshape %518 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%520 = permute %519 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%521 = cast %512 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%522 = reshape %521 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%523 = permute %522 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%524 = cast %520 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%525 = slice %524 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%526 = broadcast %525 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%527 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%528 = slice %527 lo=[0,0,0,0] hi=[64,2,1,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%529 = cast %528 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%530 = mul %526, %529 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%531 = slice %524 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%532 = broadcast %531 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%533 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%534 = slice %533 lo=[0,0,1,0] hi=[64,2,2,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%535 = cast %534 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%536 = mul %532, %535 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%537 = add %530, %536 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%538 = slice %524 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%539 = broadcast %538 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%540 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%541 = slice %540 lo=[0,0,2,0] hi=[64,2,3,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = cast %541 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%543 = mul %539, %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = add %537, %543 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%545 = slice %524 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%546 = broadcast %545 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%548 = slice %547 lo=[0,0,3,0] hi=[64,2,4,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%549 = cast %548 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%550 = mul %546, %549 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%551 = add %544, %550 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%552 = slice %524 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%553 = broadcast %552 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%554 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%555 = slice %554 lo=[0,0,4,0] hi=[64,2,5,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%556 = cast %555 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%557 = mul %553, %556 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%558 = add %551, %557 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%559 = slice %524 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%560 = broadcast %559 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%561 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%562 = slice %561 lo=[0,0,5,0] hi=[64,2,6,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%563 = cast %562 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%564 = mul %560, %563 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%565 = add %558, %564 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%566 = slice %524 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%567 = broadcast %566 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%568 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%569 = slice %568 lo=[0,0,6,0] hi=[64,2,7,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%570 = cast %569 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%571 = mul %567, %570 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%572 = add %565, %571 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%573 = slice %524 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%574 = broadcast %573 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%575 = permute %523 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%576 = slice %575 lo=[0,0,7,0] hi=[64,2,8,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%577 = cast %576 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%578 = mul %574, %577 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%579 = add %572, %578 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%580 = cast %579 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%581 = broadcast %260 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%582 = cast %580 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%583 = mul %582, %581 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%584 = reduce_max %583 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%585 = stop_gradient %584 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%586 = broadcast %585 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%587 = cast %580 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%588 = mul %587, %581 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%589 = sub %588, %586 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%590 = exp %589 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%591 = reduce_sum %590 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%592 = broadcast %591 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%593 = exp %589 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%594 = div %593, %592 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%595 = cast %594 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%596 = cast %517 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%597 = reshape %596 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%598 = permute %597 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%599 = cast %595 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%600 = slice %599 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%601 = broadcast %600 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%602 = slice %598 lo=[0,0,0,0] hi=[64,2,1,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%603 = cast %602 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%604 = mul %601, %603 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%605 = slice %599 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%606 = broadcast %605 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%607 = slice %598 lo=[0,0,1,0] hi=[64,2,2,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%608 = cast %607 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%609 = mul %606, %608 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%610 = add %604, %609 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%611 = slice %599 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%612 = broadcast %611 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%613 = slice %598 lo=[0,0,2,0] hi=[64,2,3,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%614 = cast %613 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%615 = mul %612, %614 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%616 = add %610, %615 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%617 = cast %616 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%618 = permute %617 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%619 = reshape %618 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%620 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%621 = matmul %619, %620 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%622 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%623 = cast %621 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%624 = add %623, %622 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%625 = add %482, %624 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%626 = reduce_sum %625 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%627 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%628 = div %626, %627 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%629 = broadcast %628 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%630 = sub %625, %629 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%631 = mul %630, %630 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%632 = reduce_sum %631 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%633 = div %632, %627 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%634 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%635 = add %633, %634 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%636 = rsqrt %635 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%637 = broadcast %636 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%638 = mul %630, %637 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%639 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%640 = mul %638, %639 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%641 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%642 = add %640, %641 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%643 = cast %642 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%644 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%645 = matmul %643, %644 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%646 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%647 = cast %645 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%648 = add %647, %646 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%649 = broadcast %316 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%650 = mul %649, %648 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%651 = broadcast %319 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%652 = mul %648, %651 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%653 = erf %652 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%654 = broadcast %323 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%655 = add %654, %653 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%656 = mul %650, %655 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%657 = cast %656 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%658 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%659 = matmul %657, %658 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%660 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%661 = cast %659 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%662 = add %661, %660 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%663 = add %625, %662 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%664 = concat %663, %481 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%665 = reduce_sum %664 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%666 = div %665, %485 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%667 = broadcast %666 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%668 = sub %664, %667 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%669 = mul %668, %668 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%670 = reduce_sum %669 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%671 = div %670, %485 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%672 = add %671, %492 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%673 = rsqrt %672 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%674 = broadcast %673 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%675 = mul %668, %674 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%676 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%677 = mul %675, %676 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%678 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%679 = add %677, %678 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%680 = cast %679 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%681 = slice %680 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%682 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%683 = matmul %681, %682 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%684 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%685 = cast %683 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%686 = add %685, %684 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%687 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%688 = matmul %680, %687 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%689 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%690 = cast %688 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%691 = add %690, %689 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%692 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%693 = matmul %680, %692 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%694 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%695 = cast %693 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%696 = add %695, %694 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%697 = cast %686 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%698 = reshape %697 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%699 = permute %698 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%700 = cast %691 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%701 = reshape %700 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%702 = permute %701 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%703 = cast %699 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%704 = slice %703 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%705 = broadcast %704 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%706 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%707 = slice %706 lo=[0,0,0,0] hi=[64,2,1,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%708 = cast %707 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%709 = mul %705, %708 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%710 = slice %703 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%711 = broadcast %710 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%712 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%713 = slice %712 lo=[0,0,1,0] hi=[64,2,2,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%714 = cast %713 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%715 = mul %711, %714 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%716 = add %709, %715 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%717 = slice %703 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%718 = broadcast %717 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%719 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%720 = slice %719 lo=[0,0,2,0] hi=[64,2,3,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%721 = cast %720 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%722 = mul %718, %721 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%723 = add %716, %722 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%724 = slice %703 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%725 = broadcast %724 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%726 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%727 = slice %726 lo=[0,0,3,0] hi=[64,2,4,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%728 = cast %727 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%729 = mul %725, %728 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%730 = add %723, %729 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%731 = slice %703 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%732 = broadcast %731 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%733 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%734 = slice %733 lo=[0,0,4,0] hi=[64,2,5,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%735 = cast %734 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%736 = mul %732, %735 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%737 = add %730, %736 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%738 = slice %703 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%739 = broadcast %738 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%740 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%741 = slice %740 lo=[0,0,5,0] hi=[64,2,6,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%742 = cast %741 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%743 = mul %739, %742 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%744 = add %737, %743 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%745 = slice %703 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%746 = broadcast %745 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%747 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%748 = slice %747 lo=[0,0,6,0] hi=[64,2,7,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%749 = cast %748 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%750 = mul %746, %749 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%751 = add %744, %750 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%752 = slice %703 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%753 = broadcast %752 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%754 = permute %702 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%755 = slice %754 lo=[0,0,7,0] hi=[64,2,8,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%756 = cast %755 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%757 = mul %753, %756 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%758 = add %751, %757 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%759 = cast %758 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%760 = cast %759 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%761 = mul %760, %581 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%762 = reduce_max %761 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%763 = stop_gradient %762 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%764 = broadcast %763 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%765 = cast %759 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%766 = mul %765, %581 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%767 = sub %766, %764 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%768 = exp %767 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%769 = reduce_sum %768 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%770 = broadcast %769 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%771 = exp %767 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%772 = div %771, %770 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%773 = cast %772 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%774 = cast %696 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%775 = reshape %774 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%776 = permute %775 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%777 = cast %773 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%778 = slice %777 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%779 = broadcast %778 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%780 = slice %776 lo=[0,0,0,0] hi=[64,2,1,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%781 = cast %780 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%782 = mul %779, %781 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%783 = slice %777 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%784 = broadcast %783 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%785 = slice %776 lo=[0,0,1,0] hi=[64,2,2,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%786 = cast %785 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%787 = mul %784, %786 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%788 = add %782, %787 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%789 = slice %777 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%790 = broadcast %789 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%791 = slice %776 lo=[0,0,2,0] hi=[64,2,3,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%792 = cast %791 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%793 = mul %790, %792 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%794 = add %788, %793 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%795 = cast %794 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%796 = permute %795 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%797 = reshape %796 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%798 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%799 = matmul %797, %798 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%800 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%801 = cast %799 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%802 = add %801, %800 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%803 = add %663, %802 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%804 = reduce_sum %803 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%805 = div %804, %627 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%806 = broadcast %805 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%807 = sub %803, %806 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%808 = mul %807, %807 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%809 = reduce_sum %808 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%810 = div %809, %627 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%811 = add %810, %634 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%812 = rsqrt %811 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%813 = broadcast %812 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%814 = mul %807, %813 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%815 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%816 = mul %814, %815 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%817 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%818 = add %816, %817 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%819 = cast %818 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%820 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%821 = matmul %819, %820 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%822 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%823 = cast %821 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%824 = add %823, %822 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%825 = mul %649, %824 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%826 = mul %824, %651 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%827 = erf %826 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%828 = add %654, %827 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%829 = mul %825, %828 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%830 = cast %829 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%831 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%832 = matmul %830, %831 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%833 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%834 = cast %832 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%835 = add %834, %833 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%836 = add %803, %835 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%837 = reshape %836 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%838 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%839 = concat %838, %478 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%840 = reduce_sum %839 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%841 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%842 = div %840, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%843 = broadcast %842 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%844 = sub %839, %843 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%845 = mul %844, %844 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%846 = reduce_sum %845 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%847 = div %846, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%848 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%849 = add %847, %848 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%850 = rsqrt %849 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%851 = broadcast %850 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%852 = mul %844, %851 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%853 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%854 = mul %852, %853 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%855 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%856 = add %854, %855 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%857 = cast %856 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%858 = slice %857 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%859 = matmul %858, %503 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%860 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%861 = cast %859 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%862 = add %861, %860 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%863 = matmul %857, %508 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%864 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%865 = cast %863 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%866 = add %865, %864 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%867 = matmul %857, %513 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%868 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%869 = cast %867 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%870 = add %869, %868 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%871 = cast %862 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%872 = reshape %871 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%873 = permute %872 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%874 = cast %866 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%875 = reshape %874 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%876 = permute %875 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%877 = cast %873 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%878 = slice %877 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%879 = broadcast %878 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%880 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%881 = slice %880 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%882 = cast %881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%883 = mul %879, %882 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%884 = slice %877 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%885 = broadcast %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%886 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%887 = slice %886 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%888 = cast %887 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%889 = mul %885, %888 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%890 = add %883, %889 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%891 = slice %877 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%892 = broadcast %891 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%893 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%894 = slice %893 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%895 = cast %894 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%896 = mul %892, %895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%897 = add %890, %896 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%898 = slice %877 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%899 = broadcast %898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%900 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%901 = slice %900 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%902 = cast %901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%903 = mul %899, %902 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%904 = add %897, %903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%905 = slice %877 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%906 = broadcast %905 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%907 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%908 = slice %907 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%909 = cast %908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%910 = mul %906, %909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%911 = add %904, %910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%912 = slice %877 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%913 = broadcast %912 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%914 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%915 = slice %914 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%916 = cast %915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%917 = mul %913, %916 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%918 = add %911, %917 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%919 = slice %877 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%920 = broadcast %919 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%921 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%922 = slice %921 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%923 = cast %922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%924 = mul %920, %923 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%925 = add %918, %924 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%926 = slice %877 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%927 = broadcast %926 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%928 = permute %876 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%929 = slice %928 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%930 = cast %929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%931 = mul %927, %930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%932 = add %925, %931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%933 = cast %932 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%934 = broadcast %260 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%935 = cast %933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%936 = mul %935, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%937 = reduce_max %936 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%938 = stop_gradient %937 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%939 = broadcast %938 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%940 = cast %933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%941 = mul %940, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%942 = sub %941, %939 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%943 = exp %942 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%944 = reduce_sum %943 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%945 = broadcast %944 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%946 = exp %942 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%947 = div %946, %945 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%948 = cast %947 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%949 = cast %870 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%950 = reshape %949 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%951 = permute %950 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%952 = cast %948 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%953 = cast %951 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%954 = reshape %952 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%955 = broadcast %954 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%956 = reshape %953 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%957 = broadcast %956 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%958 = mul %955, %957 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%959 = reduce_sum %958 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%960 = cast %959 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%961 = permute %960 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%962 = reshape %961 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%963 = matmul %962, %620 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%964 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%965 = cast %963 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%966 = add %965, %964 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%967 = add %838, %966 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%968 = reduce_sum %967 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%969 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%970 = div %968, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%971 = broadcast %970 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%972 = sub %967, %971 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%973 = mul %972, %972 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%974 = reduce_sum %973 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%975 = div %974, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%976 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%977 = add %975, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%978 = rsqrt %977 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%979 = broadcast %978 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%980 = mul %972, %979 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%981 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%982 = mul %980, %981 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%983 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%984 = add %982, %983 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%985 = cast %984 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%986 = matmul %985, %644 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%987 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%988 = cast %986 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%989 = add %988, %987 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%990 = broadcast %316 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%991 = mul %990, %989 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%992 = broadcast %319 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%993 = mul %989, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%994 = erf %993 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%995 = broadcast %323 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%996 = add %995, %994 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%997 = mul %991, %996 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%998 = cast %997 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%999 = matmul %998, %658 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1000 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1001 = cast %999 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1002 = add %1001, %1000 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1003 = add %967, %1002 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1004 = concat %1003, %478 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1005 = reduce_sum %1004 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1006 = div %1005, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1007 = broadcast %1006 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1008 = sub %1004, %1007 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1009 = mul %1008, %1008 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1010 = reduce_sum %1009 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1011 = div %1010, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1012 = add %1011, %848 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1013 = rsqrt %1012 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1014 = broadcast %1013 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1015 = mul %1008, %1014 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1016 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1017 = mul %1015, %1016 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1018 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1019 = add %1017, %1018 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1020 = cast %1019 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1021 = slice %1020 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1022 = matmul %1021, %682 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1023 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1024 = cast %1022 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1025 = add %1024, %1023 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1026 = matmul %1020, %687 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1027 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1028 = cast %1026 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1029 = add %1028, %1027 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1030 = matmul %1020, %692 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1031 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1032 = cast %1030 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1033 = add %1032, %1031 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1034 = cast %1025 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1035 = reshape %1034 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1036 = permute %1035 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1037 = cast %1029 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%1038 = reshape %1037 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%1039 = permute %1038 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%1040 = cast %1036 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1041 = slice %1040 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1042 = broadcast %1041 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1043 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1044 = slice %1043 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1045 = cast %1044 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1046 = mul %1042, %1045 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1047 = slice %1040 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1048 = broadcast %1047 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1049 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1050 = slice %1049 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1051 = cast %1050 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1052 = mul %1048, %1051 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1053 = add %1046, %1052 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1054 = slice %1040 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1055 = broadcast %1054 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1056 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1057 = slice %1056 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1058 = cast %1057 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1059 = mul %1055, %1058 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1060 = add %1053, %1059 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1061 = slice %1040 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1062 = broadcast %1061 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1063 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1064 = slice %1063 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1065 = cast %1064 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1066 = mul %1062, %1065 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1067 = add %1060, %1066 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1068 = slice %1040 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1069 = broadcast %1068 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1070 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1071 = slice %1070 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1072 = cast %1071 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1073 = mul %1069, %1072 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1074 = add %1067, %1073 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1075 = slice %1040 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1076 = broadcast %1075 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1077 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1078 = slice %1077 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1079 = cast %1078 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1080 = mul %1076, %1079 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1081 = add %1074, %1080 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1082 = slice %1040 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1083 = broadcast %1082 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1084 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1085 = slice %1084 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1086 = cast %1085 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = mul %1083, %1086 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1088 = add %1081, %1087 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1089 = slice %1040 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1090 = broadcast %1089 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1091 = permute %1039 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1092 = slice %1091 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1093 = cast %1092 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1094 = mul %1090, %1093 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = add %1088, %1094 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1096 = cast %1095 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1097 = cast %1096 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1098 = mul %1097, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1099 = reduce_max %1098 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1100 = stop_gradient %1099 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1101 = broadcast %1100 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1102 = cast %1096 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1103 = mul %1102, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1104 = sub %1103, %1101 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1105 = exp %1104 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1106 = reduce_sum %1105 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1107 = broadcast %1106 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1108 = exp %1104 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1109 = div %1108, %1107 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1110 = cast %1109 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1111 = cast %1033 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%1112 = reshape %1111 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%1113 = permute %1112 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%1114 = cast %1110 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1115 = cast %1113 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1116 = reshape %1114 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1117 = broadcast %1116 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1118 = reshape %1115 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1119 = broadcast %1118 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1120 = mul %1117, %1119 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1121 = reduce_sum %1120 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1122 = cast %1121 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1123 = permute %1122 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1124 = reshape %1123 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1125 = matmul %1124, %798 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1126 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1127 = cast %1125 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1128 = add %1127, %1126 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1129 = add %1003, %1128 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1130 = reduce_sum %1129 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1131 = div %1130, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1132 = broadcast %1131 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1133 = sub %1129, %1132 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1134 = mul %1133, %1133 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1135 = reduce_sum %1134 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1136 = div %1135, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1137 = add %1136, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1138 = rsqrt %1137 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1139 = broadcast %1138 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1140 = mul %1133, %1139 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1141 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1142 = mul %1140, %1141 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1143 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1144 = add %1142, %1143 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1145 = cast %1144 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1146 = matmul %1145, %820 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1147 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1148 = cast %1146 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1149 = add %1148, %1147 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1150 = mul %990, %1149 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1151 = mul %1149, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1152 = erf %1151 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1153 = add %995, %1152 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1154 = mul %1150, %1153 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1155 = cast %1154 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1156 = matmul %1155, %831 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1157 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1158 = cast %1156 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1159 = add %1158, %1157 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1160 = add %1129, %1159 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1161 = concat %1160, %837 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1162 = reduce_sum %1161 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1163 = div %1162, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1164 = broadcast %1163 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1165 = sub %1161, %1164 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1166 = mul %1165, %1165 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1167 = reduce_sum %1166 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1168 = div %1167, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1169 = add %1168, %848 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1170 = rsqrt %1169 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1171 = broadcast %1170 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1172 = mul %1165, %1171 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1173 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1174 = mul %1172, %1173 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1175 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1176 = add %1174, %1175 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1177 = cast %1176 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1178 = slice %1177 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%1179 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1180 = matmul %1178, %1179 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1181 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1182 = cast %1180 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1183 = add %1182, %1181 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1184 = broadcast %316 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1185 = mul %1184, %1183 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1186 = broadcast %319 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1187 = mul %1183, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1188 = erf %1187 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1189 = broadcast %323 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1190 = add %1189, %1188 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1191 = mul %1185, %1190 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1192 = cast %1191 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1193 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1194 = matmul %1192, %1193 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1195 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1196 = cast %1194 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1197 = add %1196, %1195 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1198 = mul %1184, %1197 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1199 = mul %1197, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1200 = erf %1199 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1201 = add %1189, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1202 = mul %1198, %1201 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1203 = cast %1202 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1204 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1205 = matmul %1203, %1204 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1206 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1207 = cast %1205 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1208 = add %1207, %1206 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1209 = mul %1208, %1208 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1210 = reduce_sum %1209 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1211 = sqrt %1210 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1212 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1213 = broadcast %1212 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1214 = max %1211, %1213 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1215 = broadcast %1214 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1216 = div %1208, %1215 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1217 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1218 = mul %1217, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1219 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1220 = reduce_sum %1219 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1221 = sqrt %1220 : f32[32,1] @ models/lib/dino.yaml:22:35
%1222 = broadcast %1221 : f32[32,8] @ models/lib/dino.yaml:22:33
%1223 = div %1218, %1222 : f32[32,8] @ models/lib/dino.yaml:22:33
%1224 = cast %1216 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1225 = cast %1223 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1226 = matmul %1224, %1225 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1227 = slice %1177 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:110:46
%1228 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1229 = matmul %1227, %1228 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1230 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1231 = cast %1229 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1232 = add %1231, %1230 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1233 = broadcast %316 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1234 = mul %1233, %1232 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1235 = broadcast %319 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1236 = mul %1232, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1237 = erf %1236 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1238 = broadcast %323 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1239 = add %1238, %1237 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1240 = mul %1234, %1239 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1241 = cast %1240 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1242 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1243 = matmul %1241, %1242 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1244 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1245 = cast %1243 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1246 = add %1245, %1244 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1247 = mul %1233, %1246 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1248 = mul %1246, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1249 = erf %1248 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1250 = add %1238, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1251 = mul %1247, %1250 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1252 = cast %1251 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1253 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1254 = matmul %1252, %1253 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1255 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1256 = cast %1254 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1257 = add %1256, %1255 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1258 = mul %1257, %1257 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1259 = reduce_sum %1258 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1260 = sqrt %1259 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1261 = broadcast %1212 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1262 = max %1260, %1261 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1263 = broadcast %1262 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1264 = div %1257, %1263 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1265 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1266 = mul %1265, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1267 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1268 = reduce_sum %1267 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1269 = sqrt %1268 : f32[16,1] @ models/lib/dino.yaml:22:35
%1270 = broadcast %1269 : f32[16,8] @ models/lib/dino.yaml:22:33
%1271 = div %1266, %1270 : f32[16,8] @ models/lib/dino.yaml:22:33
%1272 = cast %1264 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1273 = cast %1271 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1274 = matmul %1272, %1273 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1275 = cast %1226 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1276 = slice %1275 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1277 = slice %1275 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1278 = cast %1274 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1279 = slice %1278 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1280 = slice %1278 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1281 = cast %6 : bf16[4,3,12,12] @ models/lib/vit.yaml:17:18
%1282 = reshape %1281 : bf16[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1283 = permute %1282 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1284 = reshape %1283 : bf16[4,9,48] @ models/lib/vit.yaml:16:13
%1285 = matmul %1284, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1286 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1287 = cast %1285 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1288 = add %1287, %1286 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1289 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1290 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1291 = cast %1289 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1292 = cast %1290 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1293 = matmul %1291, %1292 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1294 = reshape %1293 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1295 = permute %1294 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1296 = reshape %1295 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1297 = matmul %1291, %1296 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1298 = cast %1297 : f32[3,48] @ models/lib/vit.yaml:35:21
%1299 = reshape %1298 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1300 = permute %1299 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1301 = reshape %1300 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1302 = broadcast %1301 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1303 = add %1288, %1302 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1304 = reduce_sum %1303 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1305 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1306 = div %1304, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1307 = broadcast %1306 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1308 = sub %1303, %1307 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1309 = mul %1308, %1308 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1310 = reduce_sum %1309 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1311 = div %1310, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1312 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1313 = add %1311, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1314 = rsqrt %1313 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1315 = broadcast %1314 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1316 = mul %1308, %1315 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1317 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1318 = mul %1316, %1317 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1319 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1320 = add %1318, %1319 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1321 = cast %1320 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1322 = matmul %1321, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1323 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1324 = cast %1322 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1325 = add %1324, %1323 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1326 = cast %1325 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1327 = reshape %1326 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1328 = permute %1327 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1329 = slice %1328 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1330 = reshape %1329 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1331 = slice %1328 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1332 = reshape %1331 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1333 = cast %1330 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1334 = cast %1332 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1335 = permute %1334 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1336 = slice %1333 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1337 = broadcast %1336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1338 = slice %1335 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1339 = broadcast %1338 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1340 = mul %1337, %1339 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1341 = slice %1333 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1342 = broadcast %1341 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1343 = slice %1335 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1344 = broadcast %1343 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1345 = mul %1342, %1344 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1346 = add %1340, %1345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1347 = slice %1333 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1348 = broadcast %1347 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1349 = slice %1335 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1350 = broadcast %1349 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1351 = mul %1348, %1350 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1352 = add %1346, %1351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1353 = slice %1333 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1354 = broadcast %1353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1355 = slice %1335 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1356 = broadcast %1355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1357 = mul %1354, %1356 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1358 = add %1352, %1357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1359 = slice %1333 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1360 = broadcast %1359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1361 = slice %1335 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1362 = broadcast %1361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1363 = mul %1360, %1362 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1364 = add %1358, %1363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1365 = slice %1333 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1366 = broadcast %1365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1367 = slice %1335 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1368 = broadcast %1367 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1369 = mul %1366, %1368 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1370 = add %1364, %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1371 = slice %1333 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1372 = broadcast %1371 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1373 = slice %1335 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1374 = broadcast %1373 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1375 = mul %1372, %1374 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1376 = add %1370, %1375 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1377 = slice %1333 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1378 = broadcast %1377 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1379 = slice %1335 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1380 = broadcast %1379 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1381 = mul %1378, %1380 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1382 = add %1376, %1381 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1383 = cast %1382 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1384 = broadcast %260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1385 = cast %1383 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1386 = mul %1385, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1387 = reduce_max %1386 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1388 = stop_gradient %1387 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1389 = broadcast %1388 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1390 = cast %1383 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1391 = mul %1390, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1392 = sub %1391, %1389 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1393 = exp %1392 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1394 = reduce_sum %1393 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1395 = broadcast %1394 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1396 = exp %1392 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1397 = div %1396, %1395 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1398 = cast %1397 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1399 = slice %1328 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1400 = reshape %1399 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1401 = cast %1398 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1402 = cast %1400 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1403 = reshape %1401 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1404 = broadcast %1403 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1405 = reshape %1402 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1406 = broadcast %1405 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1407 = mul %1404, %1406 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1408 = reduce_sum %1407 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1409 = cast %1408 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1410 = permute %1409 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1411 = reshape %1410 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1412 = matmul %1411, %289 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1413 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1414 = cast %1412 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1415 = add %1414, %1413 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1416 = add %1303, %1415 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1417 = reduce_sum %1416 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1418 = div %1417, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1419 = broadcast %1418 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1420 = sub %1416, %1419 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1421 = mul %1420, %1420 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1422 = reduce_sum %1421 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1423 = div %1422, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1424 = add %1423, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1425 = rsqrt %1424 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1426 = broadcast %1425 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1427 = mul %1420, %1426 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1428 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1429 = mul %1427, %1428 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1430 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1431 = add %1429, %1430 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1432 = cast %1431 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1433 = matmul %1432, %311 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1434 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1435 = cast %1433 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1436 = add %1435, %1434 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1437 = broadcast %316 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1438 = mul %1437, %1436 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1439 = broadcast %319 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1440 = mul %1436, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1441 = erf %1440 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1442 = broadcast %323 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1443 = add %1442, %1441 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1444 = mul %1438, %1443 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1445 = cast %1444 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1446 = matmul %1445, %328 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1447 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1448 = cast %1446 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1449 = add %1448, %1447 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1450 = add %1416, %1449 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1451 = reduce_sum %1450 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1452 = div %1451, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1453 = broadcast %1452 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1454 = sub %1450, %1453 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1455 = mul %1454, %1454 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1456 = reduce_sum %1455 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1457 = div %1456, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1458 = add %1457, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1459 = rsqrt %1458 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1460 = broadcast %1459 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1461 = mul %1454, %1460 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1462 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1463 = mul %1461, %1462 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1464 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1465 = add %1463, %1464 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1466 = cast %1465 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1467 = matmul %1466, %350 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1468 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1469 = cast %1467 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1470 = add %1469, %1468 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1471 = cast %1470 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1472 = reshape %1471 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1473 = permute %1472 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1474 = slice %1473 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1475 = reshape %1474 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1476 = slice %1473 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1477 = reshape %1476 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1478 = cast %1475 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1479 = cast %1477 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1480 = permute %1479 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1481 = slice %1478 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1482 = broadcast %1481 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1483 = slice %1480 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1484 = broadcast %1483 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1485 = mul %1482, %1484 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1486 = slice %1478 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1487 = broadcast %1486 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1488 = slice %1480 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1489 = broadcast %1488 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1490 = mul %1487, %1489 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1491 = add %1485, %1490 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1492 = slice %1478 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1493 = broadcast %1492 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1494 = slice %1480 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1495 = broadcast %1494 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1496 = mul %1493, %1495 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1497 = add %1491, %1496 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1498 = slice %1478 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1499 = broadcast %1498 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1500 = slice %1480 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1501 = broadcast %1500 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1502 = mul %1499, %1501 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1503 = add %1497, %1502 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1504 = slice %1478 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1505 = broadcast %1504 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1506 = slice %1480 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1507 = broadcast %1506 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1508 = mul %1505, %1507 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1509 = add %1503, %1508 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1510 = slice %1478 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1511 = broadcast %1510 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1512 = slice %1480 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1513 = broadcast %1512 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1514 = mul %1511, %1513 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1515 = add %1509, %1514 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1516 = slice %1478 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1517 = broadcast %1516 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1518 = slice %1480 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1519 = broadcast %1518 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1520 = mul %1517, %1519 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1521 = add %1515, %1520 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1522 = slice %1478 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1523 = broadcast %1522 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1524 = slice %1480 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1525 = broadcast %1524 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1526 = mul %1523, %1525 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1527 = add %1521, %1526 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1528 = cast %1527 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1529 = cast %1528 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1530 = mul %1529, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1531 = reduce_max %1530 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1532 = stop_gradient %1531 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1533 = broadcast %1532 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1534 = cast %1528 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1535 = mul %1534, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1536 = sub %1535, %1533 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1537 = exp %1536 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1538 = reduce_sum %1537 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1539 = broadcast %1538 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1540 = exp %1536 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1541 = div %1540, %1539 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1542 = cast %1541 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1543 = slice %1473 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1544 = reshape %1543 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1545 = cast %1542 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1546 = cast %1544 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1547 = reshape %1545 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1548 = broadcast %1547 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1549 = reshape %1546 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1550 = broadcast %1549 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1551 = mul %1548, %1550 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1552 = reduce_sum %1551 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1553 = cast %1552 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1554 = permute %1553 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1555 = reshape %1554 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1556 = matmul %1555, %440 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1557 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1558 = cast %1556 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1559 = add %1558, %1557 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1560 = add %1450, %1559 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1561 = reduce_sum %1560 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1562 = div %1561, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1563 = broadcast %1562 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1564 = sub %1560, %1563 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1565 = mul %1564, %1564 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1566 = reduce_sum %1565 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1567 = div %1566, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1568 = add %1567, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1569 = rsqrt %1568 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1570 = broadcast %1569 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1571 = mul %1564, %1570 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1572 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1573 = mul %1571, %1572 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1574 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1575 = add %1573, %1574 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1576 = cast %1575 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1577 = matmul %1576, %462 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1578 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1579 = cast %1577 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1580 = add %1579, %1578 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1581 = mul %1437, %1580 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1582 = mul %1580, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1583 = erf %1582 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1584 = add %1442, %1583 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1585 = mul %1581, %1584 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1586 = cast %1585 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1587 = matmul %1586, %473 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1588 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1589 = cast %1587 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1590 = add %1589, %1588 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1591 = add %1560, %1590 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1592 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1593 = neighbor_topk_gather %1591, %1592 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1594 = reshape %1593 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1595 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1596 = concat %1595, %1594 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1597 = reduce_sum %1596 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1598 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1599 = div %1597, %1598 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1600 = broadcast %1599 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1601 = sub %1596, %1600 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1602 = mul %1601, %1601 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1603 = reduce_sum %1602 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1604 = div %1603, %1598 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1605 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1606 = add %1604, %1605 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1607 = rsqrt %1606 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1608 = broadcast %1607 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1609 = mul %1601, %1608 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1610 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1611 = mul %1609, %1610 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1612 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1613 = add %1611, %1612 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1614 = cast %1613 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1615 = slice %1614 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1616 = matmul %1615, %503 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1617 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1618 = cast %1616 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1619 = add %1618, %1617 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1620 = matmul %1614, %508 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1621 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1622 = cast %1620 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1623 = add %1622, %1621 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1624 = matmul %1614, %513 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1625 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1626 = cast %1624 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1627 = add %1626, %1625 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1628 = cast %1619 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1629 = reshape %1628 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1630 = permute %1629 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1631 = cast %1623 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1632 = reshape %1631 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1633 = permute %1632 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1634 = cast %1630 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1635 = slice %1634 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1636 = broadcast %1635 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1637 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1638 = slice %1637 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1639 = cast %1638 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1640 = mul %1636, %1639 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1641 = slice %1634 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1642 = broadcast %1641 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1643 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1644 = slice %1643 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1645 = cast %1644 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1646 = mul %1642, %1645 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1647 = add %1640, %1646 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1648 = slice %1634 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1649 = broadcast %1648 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1650 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1651 = slice %1650 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1652 = cast %1651 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1653 = mul %1649, %1652 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1654 = add %1647, %1653 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1655 = slice %1634 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1656 = broadcast %1655 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1657 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1658 = slice %1657 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1659 = cast %1658 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1660 = mul %1656, %1659 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1661 = add %1654, %1660 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1662 = slice %1634 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1663 = broadcast %1662 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1664 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1665 = slice %1664 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1666 = cast %1665 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1667 = mul %1663, %1666 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1668 = add %1661, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1669 = slice %1634 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1670 = broadcast %1669 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1671 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1672 = slice %1671 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1673 = cast %1672 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1674 = mul %1670, %1673 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1675 = add %1668, %1674 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1676 = slice %1634 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1677 = broadcast %1676 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1678 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1679 = slice %1678 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1680 = cast %1679 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1681 = mul %1677, %1680 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1682 = add %1675, %1681 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1683 = slice %1634 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1684 = broadcast %1683 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1685 = permute %1633 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1686 = slice %1685 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1687 = cast %1686 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1688 = mul %1684, %1687 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1689 = add %1682, %1688 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1690 = cast %1689 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1691 = broadcast %260 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1692 = cast %1690 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1693 = mul %1692, %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1694 = reduce_max %1693 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1695 = stop_gradient %1694 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1696 = broadcast %1695 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1697 = cast %1690 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1698 = mul %1697, %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1699 = sub %1698, %1696 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1700 = exp %1699 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1701 = reduce_sum %1700 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1702 = broadcast %1701 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1703 = exp %1699 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1704 = div %1703, %1702 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1705 = cast %1704 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1706 = cast %1627 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1707 = reshape %1706 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1708 = permute %1707 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1709 = cast %1705 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1710 = slice %1709 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1711 = broadcast %1710 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1712 = slice %1708 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1713 = cast %1712 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1714 = mul %1711, %1713 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1715 = slice %1709 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1716 = broadcast %1715 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1717 = slice %1708 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1718 = cast %1717 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1719 = mul %1716, %1718 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1720 = add %1714, %1719 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1721 = slice %1709 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1722 = broadcast %1721 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1723 = slice %1708 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1724 = cast %1723 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1725 = mul %1722, %1724 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1726 = add %1720, %1725 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1727 = cast %1726 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1728 = permute %1727 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1729 = reshape %1728 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1730 = matmul %1729, %620 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1731 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1732 = cast %1730 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1733 = add %1732, %1731 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1734 = add %1595, %1733 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1735 = reduce_sum %1734 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1736 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1737 = div %1735, %1736 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1738 = broadcast %1737 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1739 = sub %1734, %1738 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1740 = mul %1739, %1739 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1741 = reduce_sum %1740 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1742 = div %1741, %1736 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1743 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1744 = add %1742, %1743 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1745 = rsqrt %1744 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1746 = broadcast %1745 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1747 = mul %1739, %1746 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1748 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1749 = mul %1747, %1748 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1750 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1751 = add %1749, %1750 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1752 = cast %1751 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1753 = matmul %1752, %644 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1754 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1755 = cast %1753 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1756 = add %1755, %1754 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1757 = broadcast %316 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1758 = mul %1757, %1756 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1759 = broadcast %319 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1760 = mul %1756, %1759 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1761 = erf %1760 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1762 = broadcast %323 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1763 = add %1762, %1761 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1764 = mul %1758, %1763 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1765 = cast %1764 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1766 = matmul %1765, %658 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1767 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1768 = cast %1766 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1769 = add %1768, %1767 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1770 = add %1734, %1769 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1771 = concat %1770, %1594 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1772 = reduce_sum %1771 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1773 = div %1772, %1598 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1774 = broadcast %1773 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1775 = sub %1771, %1774 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1776 = mul %1775, %1775 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1777 = reduce_sum %1776 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1778 = div %1777, %1598 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1779 = add %1778, %1605 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1780 = rsqrt %1779 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1781 = broadcast %1780 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1782 = mul %1775, %1781 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1783 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1784 = mul %1782, %1783 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1785 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1786 = add %1784, %1785 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1787 = cast %1786 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1788 = slice %1787 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1789 = matmul %1788, %682 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1790 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1791 = cast %1789 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1792 = add %1791, %1790 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1793 = matmul %1787, %687 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1794 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1795 = cast %1793 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1796 = add %1795, %1794 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1797 = matmul %1787, %692 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1798 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1799 = cast %1797 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1800 = add %1799, %1798 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1801 = cast %1792 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1802 = reshape %1801 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1803 = permute %1802 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1804 = cast %1796 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1805 = reshape %1804 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1806 = permute %1805 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1807 = cast %1803 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1808 = slice %1807 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1809 = broadcast %1808 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1810 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1811 = slice %1810 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1812 = cast %1811 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1813 = mul %1809, %1812 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1814 = slice %1807 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1815 = broadcast %1814 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1816 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1817 = slice %1816 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1818 = cast %1817 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1819 = mul %1815, %1818 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1820 = add %1813, %1819 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1821 = slice %1807 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1822 = broadcast %1821 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1823 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1824 = slice %1823 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1825 = cast %1824 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1826 = mul %1822, %1825 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1827 = add %1820, %1826 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1828 = slice %1807 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1829 = broadcast %1828 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1830 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1831 = slice %1830 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1832 = cast %1831 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1833 = mul %1829, %1832 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1834 = add %1827, %1833 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1835 = slice %1807 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1836 = broadcast %1835 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1837 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1838 = slice %1837 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1839 = cast %1838 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1840 = mul %1836, %1839 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1841 = add %1834, %1840 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1842 = slice %1807 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1843 = broadcast %1842 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1844 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1845 = slice %1844 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1846 = cast %1845 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1847 = mul %1843, %1846 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1848 = add %1841, %1847 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1849 = slice %1807 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1850 = broadcast %1849 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1851 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1852 = slice %1851 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1853 = cast %1852 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1854 = mul %1850, %1853 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1855 = add %1848, %1854 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1856 = slice %1807 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1857 = broadcast %1856 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1858 = permute %1806 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1859 = slice %1858 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1860 = cast %1859 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1861 = mul %1857, %1860 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1862 = add %1855, %1861 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1863 = cast %1862 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1864 = cast %1863 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1865 = mul %1864, %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1866 = reduce_max %1865 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1867 = stop_gradient %1866 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1868 = broadcast %1867 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1869 = cast %1863 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1870 = mul %1869, %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1871 = sub %1870, %1868 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1872 = exp %1871 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1873 = reduce_sum %1872 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1874 = broadcast %1873 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1875 = exp %1871 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1876 = div %1875, %1874 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1877 = cast %1876 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1878 = cast %1800 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1879 = reshape %1878 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1880 = permute %1879 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1881 = cast %1877 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1882 = slice %1881 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1883 = broadcast %1882 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1884 = slice %1880 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1885 = cast %1884 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1886 = mul %1883, %1885 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1887 = slice %1881 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1888 = broadcast %1887 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1889 = slice %1880 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1890 = cast %1889 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1891 = mul %1888, %1890 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1892 = add %1886, %1891 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1893 = slice %1881 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1894 = broadcast %1893 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1895 = slice %1880 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1896 = cast %1895 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1897 = mul %1894, %1896 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1898 = add %1892, %1897 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1899 = cast %1898 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1900 = permute %1899 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1901 = reshape %1900 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1902 = matmul %1901, %798 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1903 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1904 = cast %1902 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1905 = add %1904, %1903 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1906 = add %1770, %1905 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1907 = reduce_sum %1906 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1908 = div %1907, %1736 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1909 = broadcast %1908 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1910 = sub %1906, %1909 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1911 = mul %1910, %1910 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1912 = reduce_sum %1911 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1913 = div %1912, %1736 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1914 = add %1913, %1743 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1915 = rsqrt %1914 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1916 = broadcast %1915 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1917 = mul %1910, %1916 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1918 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1919 = mul %1917, %1918 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1920 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1921 = add %1919, %1920 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1922 = cast %1921 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1923 = matmul %1922, %820 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1924 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1925 = cast %1923 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1926 = add %1925, %1924 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1927 = mul %1757, %1926 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1928 = mul %1926, %1759 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1929 = erf %1928 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1930 = add %1762, %1929 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1931 = mul %1927, %1930 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1932 = cast %1931 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1933 = matmul %1932, %831 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1934 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1935 = cast %1933 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1936 = add %1935, %1934 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1937 = add %1906, %1936 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1938 = reshape %1937 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1939 = concat %838, %1591 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1940 = reduce_sum %1939 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1941 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1942 = div %1940, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1943 = broadcast %1942 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1944 = sub %1939, %1943 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1945 = mul %1944, %1944 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1946 = reduce_sum %1945 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1947 = div %1946, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1948 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1949 = add %1947, %1948 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1950 = rsqrt %1949 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1951 = broadcast %1950 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1952 = mul %1944, %1951 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1953 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1954 = mul %1952, %1953 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1955 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1956 = add %1954, %1955 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1957 = cast %1956 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1958 = slice %1957 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1959 = matmul %1958, %503 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1960 = cast %1959 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1961 = add %1960, %860 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1962 = matmul %1957, %508 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1963 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1964 = cast %1962 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1965 = add %1964, %1963 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1966 = matmul %1957, %513 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1967 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1968 = cast %1966 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1969 = add %1968, %1967 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1970 = cast %1961 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1971 = reshape %1970 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1972 = permute %1971 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1973 = cast %1965 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%1974 = reshape %1973 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%1975 = permute %1974 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%1976 = cast %1972 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1977 = slice %1976 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1978 = broadcast %1977 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1979 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%1980 = slice %1979 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1981 = cast %1980 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1982 = mul %1978, %1981 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1983 = slice %1976 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1984 = broadcast %1983 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1985 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%1986 = slice %1985 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1987 = cast %1986 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1988 = mul %1984, %1987 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1989 = add %1982, %1988 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1990 = slice %1976 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1991 = broadcast %1990 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1992 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%1993 = slice %1992 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1994 = cast %1993 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1995 = mul %1991, %1994 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1996 = add %1989, %1995 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1997 = slice %1976 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1998 = broadcast %1997 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1999 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2000 = slice %1999 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2001 = cast %2000 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2002 = mul %1998, %2001 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2003 = add %1996, %2002 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2004 = slice %1976 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2005 = broadcast %2004 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2006 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2007 = slice %2006 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2008 = cast %2007 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2009 = mul %2005, %2008 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2010 = add %2003, %2009 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2011 = slice %1976 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2012 = broadcast %2011 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2013 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2014 = slice %2013 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2015 = cast %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = mul %2012, %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = add %2010, %2016 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2018 = slice %1976 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2019 = broadcast %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2020 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2021 = slice %2020 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2022 = cast %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = mul %2019, %2022 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2024 = add %2017, %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = slice %1976 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2026 = broadcast %2025 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2027 = permute %1975 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2028 = slice %2027 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2029 = cast %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = mul %2026, %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = add %2024, %2030 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2032 = cast %2031 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = broadcast %260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2034 = cast %2032 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2035 = mul %2034, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2036 = reduce_max %2035 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2037 = stop_gradient %2036 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2038 = broadcast %2037 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2039 = cast %2032 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2040 = mul %2039, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2041 = sub %2040, %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2042 = exp %2041 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2043 = reduce_sum %2042 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2044 = broadcast %2043 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2045 = exp %2041 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2046 = div %2045, %2044 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2047 = cast %2046 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2048 = cast %1969 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2049 = reshape %2048 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2050 = permute %2049 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2051 = cast %2047 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2052 = cast %2050 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2053 = reshape %2051 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2054 = broadcast %2053 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2055 = reshape %2052 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2056 = broadcast %2055 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2057 = mul %2054, %2056 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2058 = reduce_sum %2057 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2059 = cast %2058 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2060 = permute %2059 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2061 = reshape %2060 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2062 = matmul %2061, %620 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2063 = cast %2062 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2064 = add %2063, %964 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2065 = add %838, %2064 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2066 = reduce_sum %2065 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2067 = div %2066, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2068 = broadcast %2067 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2069 = sub %2065, %2068 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2070 = mul %2069, %2069 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2071 = reduce_sum %2070 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2072 = div %2071, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2073 = add %2072, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2074 = rsqrt %2073 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2075 = broadcast %2074 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2076 = mul %2069, %2075 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2077 = mul %2076, %981 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2078 = add %2077, %983 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2079 = cast %2078 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2080 = matmul %2079, %644 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2081 = cast %2080 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2082 = add %2081, %987 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2083 = mul %990, %2082 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2084 = mul %2082, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2085 = erf %2084 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2086 = add %995, %2085 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2087 = mul %2083, %2086 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2088 = cast %2087 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2089 = matmul %2088, %658 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2090 = cast %2089 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2091 = add %2090, %1000 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2092 = add %2065, %2091 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2093 = concat %2092, %1591 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2094 = reduce_sum %2093 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2095 = div %2094, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2096 = broadcast %2095 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2097 = sub %2093, %2096 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2098 = mul %2097, %2097 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2099 = reduce_sum %2098 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2100 = div %2099, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2101 = add %2100, %1948 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2102 = rsqrt %2101 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2103 = broadcast %2102 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2104 = mul %2097, %2103 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2105 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2106 = mul %2104, %2105 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2107 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2108 = add %2106, %2107 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2109 = cast %2108 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2110 = slice %2109 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2111 = matmul %2110, %682 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2112 = cast %2111 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2113 = add %2112, %1023 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2114 = matmul %2109, %687 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2115 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2116 = cast %2114 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2117 = add %2116, %2115 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2118 = matmul %2109, %692 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2119 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2120 = cast %2118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2121 = add %2120, %2119 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2122 = cast %2113 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2123 = reshape %2122 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2124 = permute %2123 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2125 = cast %2117 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2126 = reshape %2125 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2127 = permute %2126 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2128 = cast %2124 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2129 = slice %2128 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2130 = broadcast %2129 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2131 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2132 = slice %2131 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2133 = cast %2132 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2134 = mul %2130, %2133 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2135 = slice %2128 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2136 = broadcast %2135 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2137 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2138 = slice %2137 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2139 = cast %2138 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2140 = mul %2136, %2139 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2141 = add %2134, %2140 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2142 = slice %2128 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2143 = broadcast %2142 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2144 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2145 = slice %2144 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2146 = cast %2145 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2147 = mul %2143, %2146 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2148 = add %2141, %2147 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2149 = slice %2128 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2150 = broadcast %2149 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2151 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2152 = slice %2151 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2153 = cast %2152 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2154 = mul %2150, %2153 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2155 = add %2148, %2154 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2156 = slice %2128 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2157 = broadcast %2156 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2158 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2159 = slice %2158 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2160 = cast %2159 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2161 = mul %2157, %2160 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2162 = add %2155, %2161 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2163 = slice %2128 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2164 = broadcast %2163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2165 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2166 = slice %2165 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2167 = cast %2166 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2168 = mul %2164, %2167 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2169 = add %2162, %2168 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2170 = slice %2128 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2171 = broadcast %2170 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2172 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2173 = slice %2172 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2174 = cast %2173 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2175 = mul %2171, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2176 = add %2169, %2175 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2177 = slice %2128 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2178 = broadcast %2177 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2179 = permute %2127 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2180 = slice %2179 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2181 = cast %2180 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2182 = mul %2178, %2181 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2183 = add %2176, %2182 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2184 = cast %2183 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2185 = cast %2184 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2186 = mul %2185, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2187 = reduce_max %2186 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2188 = stop_gradient %2187 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2189 = broadcast %2188 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2190 = cast %2184 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2191 = mul %2190, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2192 = sub %2191, %2189 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2193 = exp %2192 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2194 = reduce_sum %2193 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2195 = broadcast %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2196 = exp %2192 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2197 = div %2196, %2195 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2198 = cast %2197 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2199 = cast %2121 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2200 = reshape %2199 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2201 = permute %2200 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2202 = cast %2198 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2203 = cast %2201 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2204 = reshape %2202 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2205 = broadcast %2204 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2206 = reshape %2203 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2207 = broadcast %2206 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2208 = mul %2205, %2207 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2209 = reduce_sum %2208 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2210 = cast %2209 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2211 = permute %2210 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2212 = reshape %2211 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2213 = matmul %2212, %798 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2214 = cast %2213 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2215 = add %2214, %1126 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2216 = add %2092, %2215 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2217 = reduce_sum %2216 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2218 = div %2217, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2219 = broadcast %2218 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2220 = sub %2216, %2219 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2221 = mul %2220, %2220 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2222 = reduce_sum %2221 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2223 = div %2222, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2224 = add %2223, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2225 = rsqrt %2224 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2226 = broadcast %2225 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2227 = mul %2220, %2226 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2228 = mul %2227, %1141 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2229 = add %2228, %1143 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2230 = cast %2229 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2231 = matmul %2230, %820 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2232 = cast %2231 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2233 = add %2232, %1147 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2234 = mul %990, %2233 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2235 = mul %2233, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2236 = erf %2235 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2237 = add %995, %2236 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2238 = mul %2234, %2237 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2239 = cast %2238 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2240 = matmul %2239, %831 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2241 = cast %2240 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2242 = add %2241, %1157 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2243 = add %2216, %2242 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2244 = concat %2243, %1938 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2245 = reduce_sum %2244 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2246 = div %2245, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2247 = broadcast %2246 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2248 = sub %2244, %2247 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2249 = mul %2248, %2248 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2250 = reduce_sum %2249 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2251 = div %2250, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2252 = add %2251, %1948 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2253 = rsqrt %2252 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2254 = broadcast %2253 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2255 = mul %2248, %2254 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2256 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2257 = mul %2255, %2256 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2258 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2259 = add %2257, %2258 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2260 = cast %2259 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2261 = slice %2260 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2262 = matmul %2261, %1179 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2263 = cast %2262 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2264 = add %2263, %1181 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2265 = mul %1184, %2264 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2266 = mul %2264, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2267 = erf %2266 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2268 = add %1189, %2267 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2269 = mul %2265, %2268 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2270 = cast %2269 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2271 = matmul %2270, %1193 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2272 = cast %2271 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2273 = add %2272, %1195 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2274 = mul %1184, %2273 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2275 = mul %2273, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2276 = erf %2275 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2277 = add %1189, %2276 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2278 = mul %2274, %2277 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2279 = cast %2278 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2280 = matmul %2279, %1204 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2281 = cast %2280 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2282 = add %2281, %1206 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2283 = mul %2282, %2282 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2284 = reduce_sum %2283 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2285 = sqrt %2284 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2286 = max %2285, %1213 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2287 = broadcast %2286 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2288 = div %2282, %2287 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2289 = cast %2288 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2290 = matmul %2289, %1225 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2291 = slice %2260 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2292 = matmul %2291, %1228 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2293 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2294 = cast %2292 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2295 = add %2294, %2293 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2296 = broadcast %316 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2297 = mul %2296, %2295 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2298 = broadcast %319 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2299 = mul %2295, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2300 = erf %2299 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2301 = broadcast %323 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2302 = add %2301, %2300 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2303 = mul %2297, %2302 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2304 = cast %2303 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2305 = matmul %2304, %1242 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2306 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2307 = cast %2305 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2308 = add %2307, %2306 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2309 = mul %2296, %2308 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2310 = mul %2308, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2311 = erf %2310 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2312 = add %2301, %2311 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2313 = mul %2309, %2312 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2314 = cast %2313 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2315 = matmul %2314, %1253 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2316 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2317 = cast %2315 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2318 = add %2317, %2316 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2319 = mul %2318, %2318 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2320 = reduce_sum %2319 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2321 = sqrt %2320 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2322 = broadcast %1212 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2323 = max %2321, %2322 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2324 = broadcast %2323 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2325 = div %2318, %2324 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2326 = cast %2325 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2327 = matmul %2326, %1273 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2328 = cast %2290 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2329 = slice %2328 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2330 = slice %2328 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2331 = cast %2327 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2332 = slice %2331 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2333 = slice %2331 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2334 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2335 = cast %2334 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2336 = matmul %169, %2335 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2337 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2338 = cast %2336 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2339 = add %2338, %2337 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2340 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2341 = add %2339, %2340 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2342 = reduce_sum %2341 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2343 = div %2342, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2344 = broadcast %2343 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2345 = sub %2341, %2344 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2346 = mul %2345, %2345 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2347 = reduce_sum %2346 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2348 = div %2347, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2349 = add %2348, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2350 = rsqrt %2349 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2351 = broadcast %2350 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2352 = mul %2345, %2351 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2353 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2354 = mul %2352, %2353 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2355 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2356 = add %2354, %2355 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2357 = cast %2356 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2358 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2359 = matmul %2357, %2358 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2360 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2361 = cast %2359 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2362 = add %2361, %2360 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2363 = cast %2362 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2364 = reshape %2363 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2365 = permute %2364 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2366 = slice %2365 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2367 = reshape %2366 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2368 = slice %2365 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2369 = reshape %2368 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2370 = cast %2367 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2371 = cast %2369 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2372 = permute %2371 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2373 = slice %2370 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2374 = broadcast %2373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2375 = slice %2372 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2376 = broadcast %2375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2377 = mul %2374, %2376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2378 = slice %2370 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2379 = broadcast %2378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2380 = slice %2372 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2381 = broadcast %2380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2382 = mul %2379, %2381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2383 = add %2377, %2382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2384 = slice %2370 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2385 = broadcast %2384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2386 = slice %2372 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2387 = broadcast %2386 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2388 = mul %2385, %2387 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2389 = add %2383, %2388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2390 = slice %2370 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2391 = broadcast %2390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2392 = slice %2372 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2393 = broadcast %2392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2394 = mul %2391, %2393 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2395 = add %2389, %2394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2396 = slice %2370 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2397 = broadcast %2396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2398 = slice %2372 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2399 = broadcast %2398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2400 = mul %2397, %2399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2401 = add %2395, %2400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2402 = slice %2370 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2403 = broadcast %2402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2404 = slice %2372 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2405 = broadcast %2404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2406 = mul %2403, %2405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2407 = add %2401, %2406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2408 = slice %2370 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2409 = broadcast %2408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2410 = slice %2372 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2411 = broadcast %2410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2412 = mul %2409, %2411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2413 = add %2407, %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2414 = slice %2370 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2415 = broadcast %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2416 = slice %2372 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2417 = broadcast %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2418 = mul %2415, %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2419 = add %2413, %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = cast %2419 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2421 = cast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2422 = mul %2421, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2423 = reduce_max %2422 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2424 = stop_gradient %2423 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2425 = broadcast %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2426 = cast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2427 = mul %2426, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2428 = sub %2427, %2425 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2429 = exp %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2430 = reduce_sum %2429 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2431 = broadcast %2430 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2432 = exp %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2433 = div %2432, %2431 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2434 = cast %2433 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2435 = slice %2365 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2436 = reshape %2435 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2437 = cast %2434 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2438 = cast %2436 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2439 = reshape %2437 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2440 = broadcast %2439 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2441 = reshape %2438 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2442 = broadcast %2441 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2443 = mul %2440, %2442 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2444 = reduce_sum %2443 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2445 = cast %2444 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2446 = permute %2445 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2447 = reshape %2446 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2448 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2449 = matmul %2447, %2448 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2450 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2451 = cast %2449 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2452 = add %2451, %2450 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2453 = add %2341, %2452 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2454 = reduce_sum %2453 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2455 = div %2454, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2456 = broadcast %2455 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2457 = sub %2453, %2456 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2458 = mul %2457, %2457 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2459 = reduce_sum %2458 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2460 = div %2459, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2461 = add %2460, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2462 = rsqrt %2461 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2463 = broadcast %2462 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2464 = mul %2457, %2463 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2465 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2466 = mul %2464, %2465 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2467 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2468 = add %2466, %2467 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2469 = cast %2468 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2470 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2471 = matmul %2469, %2470 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2472 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2473 = cast %2471 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2474 = add %2473, %2472 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2475 = mul %317, %2474 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2476 = mul %2474, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2477 = erf %2476 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2478 = add %324, %2477 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2479 = mul %2475, %2478 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2480 = cast %2479 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2481 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2482 = matmul %2480, %2481 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2483 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2484 = cast %2482 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2485 = add %2484, %2483 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2486 = add %2453, %2485 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2487 = reduce_sum %2486 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2488 = div %2487, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2489 = broadcast %2488 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2490 = sub %2486, %2489 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2491 = mul %2490, %2490 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2492 = reduce_sum %2491 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2493 = div %2492, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2494 = add %2493, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2495 = rsqrt %2494 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2496 = broadcast %2495 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2497 = mul %2490, %2496 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2498 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2499 = mul %2497, %2498 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2500 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2501 = add %2499, %2500 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2502 = cast %2501 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2503 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2504 = matmul %2502, %2503 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2505 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2506 = cast %2504 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2507 = add %2506, %2505 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2508 = cast %2507 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2509 = reshape %2508 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2510 = permute %2509 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2511 = slice %2510 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2512 = reshape %2511 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2513 = slice %2510 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2514 = reshape %2513 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2515 = cast %2512 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2516 = cast %2514 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2517 = permute %2516 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2518 = slice %2515 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2519 = broadcast %2518 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2520 = slice %2517 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2521 = broadcast %2520 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2522 = mul %2519, %2521 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2523 = slice %2515 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2524 = broadcast %2523 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2525 = slice %2517 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2526 = broadcast %2525 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2527 = mul %2524, %2526 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2528 = add %2522, %2527 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2529 = slice %2515 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2530 = broadcast %2529 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2531 = slice %2517 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2532 = broadcast %2531 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2533 = mul %2530, %2532 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2534 = add %2528, %2533 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2535 = slice %2515 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2536 = broadcast %2535 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2537 = slice %2517 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2538 = broadcast %2537 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2539 = mul %2536, %2538 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2540 = add %2534, %2539 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2541 = slice %2515 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2542 = broadcast %2541 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2543 = slice %2517 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2544 = broadcast %2543 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2545 = mul %2542, %2544 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2546 = add %2540, %2545 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2547 = slice %2515 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2548 = broadcast %2547 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2549 = slice %2517 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2550 = broadcast %2549 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2551 = mul %2548, %2550 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2552 = add %2546, %2551 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2553 = slice %2515 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2554 = broadcast %2553 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2555 = slice %2517 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2556 = broadcast %2555 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2557 = mul %2554, %2556 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2558 = add %2552, %2557 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2559 = slice %2515 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2560 = broadcast %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2561 = slice %2517 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2562 = broadcast %2561 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2563 = mul %2560, %2562 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2564 = add %2558, %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2565 = cast %2564 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2566 = cast %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2567 = mul %2566, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2568 = reduce_max %2567 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2569 = stop_gradient %2568 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2570 = broadcast %2569 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2571 = cast %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2572 = mul %2571, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2573 = sub %2572, %2570 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2574 = exp %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2575 = reduce_sum %2574 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2576 = broadcast %2575 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2577 = exp %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2578 = div %2577, %2576 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2579 = cast %2578 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2580 = slice %2510 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2581 = reshape %2580 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2582 = cast %2579 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2583 = cast %2581 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2584 = reshape %2582 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2585 = broadcast %2584 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2586 = reshape %2583 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2587 = broadcast %2586 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2588 = mul %2585, %2587 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2589 = reduce_sum %2588 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2590 = cast %2589 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2591 = permute %2590 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2592 = reshape %2591 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2593 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2594 = matmul %2592, %2593 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2595 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2596 = cast %2594 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2597 = add %2596, %2595 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2598 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2599 = broadcast %2598 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2600 = div %2597, %2599 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2601 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2602 = rand_uniform %2601 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2603 = broadcast %2598 : f32[4] @ models/lib/nn.yaml:44:35
%2604 = add %2603, %2602 : f32[4] @ models/lib/nn.yaml:44:35
%2605 = floor %2604 : f32[4] @ models/lib/nn.yaml:44:24
%2606 = reshape %2605 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2607 = broadcast %2606 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2608 = mul %2600, %2607 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2609 = add %2486, %2608 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2610 = reduce_sum %2609 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2611 = div %2610, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2612 = broadcast %2611 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2613 = sub %2609, %2612 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2614 = mul %2613, %2613 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2615 = reduce_sum %2614 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2616 = div %2615, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2617 = add %2616, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2618 = rsqrt %2617 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2619 = broadcast %2618 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2620 = mul %2613, %2619 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2621 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2622 = mul %2620, %2621 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2623 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2624 = add %2622, %2623 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2625 = cast %2624 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2626 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2627 = matmul %2625, %2626 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2628 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2629 = cast %2627 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2630 = add %2629, %2628 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2631 = mul %317, %2630 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2632 = mul %2630, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2633 = erf %2632 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2634 = add %324, %2633 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2635 = mul %2631, %2634 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2636 = cast %2635 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2637 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2638 = matmul %2636, %2637 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2639 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2640 = cast %2638 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2641 = add %2640, %2639 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2642 = div %2641, %2599 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2643 = rand_uniform %2601 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2644 = add %2603, %2643 : f32[4] @ models/lib/nn.yaml:44:35
%2645 = floor %2644 : f32[4] @ models/lib/nn.yaml:44:24
%2646 = reshape %2645 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2647 = broadcast %2646 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2648 = mul %2642, %2647 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2649 = add %2609, %2648 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2650 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2651 = concat %2650, %2649 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2652 = reduce_sum %2651 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2653 = div %2652, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2654 = broadcast %2653 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2655 = sub %2651, %2654 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2656 = mul %2655, %2655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2657 = reduce_sum %2656 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2658 = div %2657, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2659 = add %2658, %848 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2660 = rsqrt %2659 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2661 = broadcast %2660 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2662 = mul %2655, %2661 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2663 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2664 = mul %2662, %2663 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2665 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2666 = add %2664, %2665 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2667 = cast %2666 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2668 = slice %2667 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2669 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2670 = matmul %2668, %2669 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2671 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2672 = cast %2670 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2673 = add %2672, %2671 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2674 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2675 = matmul %2667, %2674 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2676 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2677 = cast %2675 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2678 = add %2677, %2676 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2679 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2680 = matmul %2667, %2679 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2681 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2682 = cast %2680 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2683 = add %2682, %2681 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2684 = cast %2673 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2685 = reshape %2684 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2686 = permute %2685 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2687 = cast %2678 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2688 = reshape %2687 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2689 = permute %2688 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2690 = cast %2686 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2691 = slice %2690 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2692 = broadcast %2691 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2693 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2694 = slice %2693 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2695 = cast %2694 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2696 = mul %2692, %2695 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2697 = slice %2690 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2698 = broadcast %2697 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2699 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2700 = slice %2699 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2701 = cast %2700 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2702 = mul %2698, %2701 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2703 = add %2696, %2702 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2704 = slice %2690 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2705 = broadcast %2704 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2706 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2707 = slice %2706 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2708 = cast %2707 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2709 = mul %2705, %2708 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2710 = add %2703, %2709 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2711 = slice %2690 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2712 = broadcast %2711 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2713 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2714 = slice %2713 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2715 = cast %2714 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2716 = mul %2712, %2715 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2717 = add %2710, %2716 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2718 = slice %2690 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2719 = broadcast %2718 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2720 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2721 = slice %2720 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2722 = cast %2721 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2723 = mul %2719, %2722 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2724 = add %2717, %2723 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2725 = slice %2690 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2726 = broadcast %2725 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2727 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2728 = slice %2727 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2729 = cast %2728 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2730 = mul %2726, %2729 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2731 = add %2724, %2730 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2732 = slice %2690 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2733 = broadcast %2732 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2734 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2735 = slice %2734 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2736 = cast %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = mul %2733, %2736 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2738 = add %2731, %2737 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2739 = slice %2690 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2740 = broadcast %2739 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2741 = permute %2689 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2742 = slice %2741 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2743 = cast %2742 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2744 = mul %2740, %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2745 = add %2738, %2744 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2746 = cast %2745 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2747 = cast %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2748 = mul %2747, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2749 = reduce_max %2748 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2750 = stop_gradient %2749 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2751 = broadcast %2750 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2752 = cast %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2753 = mul %2752, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2754 = sub %2753, %2751 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2755 = exp %2754 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2756 = reduce_sum %2755 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2757 = broadcast %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2758 = exp %2754 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2759 = div %2758, %2757 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2760 = cast %2759 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2761 = cast %2683 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2762 = reshape %2761 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2763 = permute %2762 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2764 = cast %2760 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2765 = cast %2763 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2766 = reshape %2764 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2767 = broadcast %2766 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2768 = reshape %2765 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2769 = broadcast %2768 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2770 = mul %2767, %2769 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2771 = reduce_sum %2770 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2772 = cast %2771 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2773 = permute %2772 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2774 = reshape %2773 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2775 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2776 = matmul %2774, %2775 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2777 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2778 = cast %2776 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2779 = add %2778, %2777 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2780 = add %2650, %2779 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2781 = reduce_sum %2780 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2782 = div %2781, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2783 = broadcast %2782 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2784 = sub %2780, %2783 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2785 = mul %2784, %2784 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2786 = reduce_sum %2785 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2787 = div %2786, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2788 = add %2787, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2789 = rsqrt %2788 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2790 = broadcast %2789 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2791 = mul %2784, %2790 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2792 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2793 = mul %2791, %2792 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2794 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2795 = add %2793, %2794 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2796 = cast %2795 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2797 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2798 = matmul %2796, %2797 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2799 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2800 = cast %2798 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2801 = add %2800, %2799 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2802 = mul %990, %2801 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2803 = mul %2801, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2804 = erf %2803 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2805 = add %995, %2804 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2806 = mul %2802, %2805 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2807 = cast %2806 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2808 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2809 = matmul %2807, %2808 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2810 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2811 = cast %2809 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2812 = add %2811, %2810 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2813 = add %2780, %2812 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2814 = concat %2813, %2649 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2815 = reduce_sum %2814 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2816 = div %2815, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2817 = broadcast %2816 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2818 = sub %2814, %2817 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2819 = mul %2818, %2818 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2820 = reduce_sum %2819 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2821 = div %2820, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2822 = add %2821, %848 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2823 = rsqrt %2822 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2824 = broadcast %2823 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2825 = mul %2818, %2824 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2826 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2827 = mul %2825, %2826 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2828 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2829 = add %2827, %2828 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2830 = cast %2829 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2831 = slice %2830 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2832 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2833 = matmul %2831, %2832 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2834 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2835 = cast %2833 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2836 = add %2835, %2834 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2837 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2838 = matmul %2830, %2837 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2839 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2840 = cast %2838 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2841 = add %2840, %2839 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2842 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2843 = matmul %2830, %2842 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2844 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2845 = cast %2843 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2846 = add %2845, %2844 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2847 = cast %2836 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2848 = reshape %2847 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2849 = permute %2848 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2850 = cast %2841 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2851 = reshape %2850 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2852 = permute %2851 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2853 = cast %2849 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2854 = slice %2853 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2855 = broadcast %2854 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2856 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2857 = slice %2856 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2858 = cast %2857 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2859 = mul %2855, %2858 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2860 = slice %2853 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2861 = broadcast %2860 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2862 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2863 = slice %2862 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2864 = cast %2863 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2865 = mul %2861, %2864 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2866 = add %2859, %2865 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2867 = slice %2853 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2868 = broadcast %2867 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2869 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2870 = slice %2869 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2871 = cast %2870 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2872 = mul %2868, %2871 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2873 = add %2866, %2872 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2874 = slice %2853 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2875 = broadcast %2874 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2876 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2877 = slice %2876 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2878 = cast %2877 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2879 = mul %2875, %2878 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2880 = add %2873, %2879 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2881 = slice %2853 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2882 = broadcast %2881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2883 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2884 = slice %2883 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2885 = cast %2884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2886 = mul %2882, %2885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2887 = add %2880, %2886 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2888 = slice %2853 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2889 = broadcast %2888 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2890 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2891 = slice %2890 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2892 = cast %2891 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2893 = mul %2889, %2892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2894 = add %2887, %2893 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2895 = slice %2853 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2896 = broadcast %2895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2897 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2898 = slice %2897 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2899 = cast %2898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2900 = mul %2896, %2899 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2901 = add %2894, %2900 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2902 = slice %2853 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2903 = broadcast %2902 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2904 = permute %2852 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2905 = slice %2904 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2906 = cast %2905 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2907 = mul %2903, %2906 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2908 = add %2901, %2907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2909 = cast %2908 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2910 = cast %2909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2911 = mul %2910, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2912 = reduce_max %2911 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2913 = stop_gradient %2912 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2914 = broadcast %2913 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2915 = cast %2909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2916 = mul %2915, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2917 = sub %2916, %2914 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2918 = exp %2917 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2919 = reduce_sum %2918 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2920 = broadcast %2919 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2921 = exp %2917 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2922 = div %2921, %2920 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2923 = cast %2922 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2924 = cast %2846 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2925 = reshape %2924 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2926 = permute %2925 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2927 = cast %2923 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2928 = cast %2926 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2929 = reshape %2927 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2930 = broadcast %2929 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2931 = reshape %2928 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2932 = broadcast %2931 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2933 = mul %2930, %2932 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2934 = reduce_sum %2933 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2935 = cast %2934 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2936 = permute %2935 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2937 = reshape %2936 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2938 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2939 = matmul %2937, %2938 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2940 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2941 = cast %2939 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2942 = add %2941, %2940 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2943 = add %2813, %2942 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2944 = reduce_sum %2943 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2945 = div %2944, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2946 = broadcast %2945 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2947 = sub %2943, %2946 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2948 = mul %2947, %2947 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2949 = reduce_sum %2948 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2950 = div %2949, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2951 = add %2950, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2952 = rsqrt %2951 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2953 = broadcast %2952 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2954 = mul %2947, %2953 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2955 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2956 = mul %2954, %2955 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2957 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2958 = add %2956, %2957 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2959 = cast %2958 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2960 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2961 = matmul %2959, %2960 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2962 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2963 = cast %2961 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2964 = add %2963, %2962 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2965 = mul %990, %2964 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2966 = mul %2964, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2967 = erf %2966 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2968 = add %995, %2967 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2969 = mul %2965, %2968 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2970 = cast %2969 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2971 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2972 = matmul %2970, %2971 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2973 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2974 = cast %2972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2975 = add %2974, %2973 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2976 = add %2943, %2975 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2977 = concat %2976, %2649 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2978 = reduce_sum %2977 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2979 = div %2978, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2980 = broadcast %2979 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2981 = sub %2977, %2980 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2982 = mul %2981, %2981 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2983 = reduce_sum %2982 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2984 = div %2983, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2985 = add %2984, %848 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2986 = rsqrt %2985 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2987 = broadcast %2986 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2988 = mul %2981, %2987 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2989 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2990 = mul %2988, %2989 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2991 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2992 = add %2990, %2991 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2993 = cast %2992 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2994 = slice %2993 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%2995 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2996 = matmul %2994, %2995 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2997 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2998 = cast %2996 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2999 = add %2998, %2997 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3000 = mul %1184, %2999 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3001 = mul %2999, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3002 = erf %3001 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3003 = add %1189, %3002 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3004 = mul %3000, %3003 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3005 = cast %3004 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3006 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3007 = matmul %3005, %3006 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3008 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3009 = cast %3007 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3010 = add %3009, %3008 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3011 = mul %1184, %3010 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3012 = mul %3010, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3013 = erf %3012 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3014 = add %1189, %3013 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3015 = mul %3011, %3014 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3016 = cast %3015 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3017 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3018 = matmul %3016, %3017 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3019 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3020 = cast %3018 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3021 = add %3020, %3019 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3022 = mul %3021, %3021 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3023 = reduce_sum %3022 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3024 = sqrt %3023 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3025 = max %3024, %1213 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3026 = broadcast %3025 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3027 = div %3021, %3026 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3028 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3029 = mul %3028, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3030 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3031 = reduce_sum %3030 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3032 = sqrt %3031 : f32[32,1] @ models/lib/dino.yaml:22:35
%3033 = broadcast %3032 : f32[32,8] @ models/lib/dino.yaml:22:33
%3034 = div %3029, %3033 : f32[32,8] @ models/lib/dino.yaml:22:33
%3035 = cast %3027 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3036 = cast %3034 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3037 = matmul %3035, %3036 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3038 = slice %2993 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%3039 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3040 = matmul %3038, %3039 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3041 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3042 = cast %3040 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3043 = add %3042, %3041 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3044 = mul %1233, %3043 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3045 = mul %3043, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3046 = erf %3045 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3047 = add %1238, %3046 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3048 = mul %3044, %3047 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3049 = cast %3048 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3050 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3051 = matmul %3049, %3050 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3052 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3053 = cast %3051 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3054 = add %3053, %3052 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3055 = mul %1233, %3054 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3056 = mul %3054, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3057 = erf %3056 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3058 = add %1238, %3057 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3059 = mul %3055, %3058 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3060 = cast %3059 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3061 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3062 = matmul %3060, %3061 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%3063 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3064 = cast %3062 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3065 = add %3064, %3063 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3066 = mul %3065, %3065 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3067 = reduce_sum %3066 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3068 = sqrt %3067 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3069 = max %3068, %1261 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3070 = broadcast %3069 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3071 = div %3065, %3070 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3072 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3073 = mul %3072, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3074 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3075 = reduce_sum %3074 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3076 = sqrt %3075 : f32[16,1] @ models/lib/dino.yaml:22:35
%3077 = broadcast %3076 : f32[16,8] @ models/lib/dino.yaml:22:33
%3078 = div %3073, %3077 : f32[16,8] @ models/lib/dino.yaml:22:33
%3079 = cast %3071 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%3080 = cast %3078 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3081 = matmul %3079, %3080 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%3082 = matmul %1284, %2335 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%3083 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3084 = cast %3082 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3085 = add %3084, %3083 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3086 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3087 = cast %3086 : bf16[4,64] @ models/lib/vit.yaml:32:15
%3088 = matmul %1291, %3087 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%3089 = reshape %3088 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%3090 = permute %3089 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%3091 = reshape %3090 : bf16[4,48] @ models/lib/vit.yaml:34:17
%3092 = matmul %1291, %3091 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%3093 = cast %3092 : f32[3,48] @ models/lib/vit.yaml:35:21
%3094 = reshape %3093 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3095 = permute %3094 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3096 = reshape %3095 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3097 = broadcast %3096 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3098 = add %3085, %3097 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3099 = reduce_sum %3098 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3100 = div %3099, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3101 = broadcast %3100 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3102 = sub %3098, %3101 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3103 = mul %3102, %3102 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3104 = reduce_sum %3103 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3105 = div %3104, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3106 = add %3105, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3107 = rsqrt %3106 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3108 = broadcast %3107 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3109 = mul %3102, %3108 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3110 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3111 = mul %3109, %3110 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3112 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3113 = add %3111, %3112 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3114 = cast %3113 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3115 = matmul %3114, %2358 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3116 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3117 = cast %3115 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3118 = add %3117, %3116 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3119 = cast %3118 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3120 = reshape %3119 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3121 = permute %3120 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3122 = slice %3121 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3123 = reshape %3122 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3124 = slice %3121 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3125 = reshape %3124 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3126 = cast %3123 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3127 = cast %3125 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3128 = permute %3127 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3129 = slice %3126 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3130 = broadcast %3129 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3131 = slice %3128 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3132 = broadcast %3131 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3133 = mul %3130, %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3134 = slice %3126 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3135 = broadcast %3134 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3136 = slice %3128 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3137 = broadcast %3136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3138 = mul %3135, %3137 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3139 = add %3133, %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3140 = slice %3126 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3141 = broadcast %3140 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3142 = slice %3128 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3143 = broadcast %3142 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3144 = mul %3141, %3143 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3145 = add %3139, %3144 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3146 = slice %3126 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3147 = broadcast %3146 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3148 = slice %3128 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3149 = broadcast %3148 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3150 = mul %3147, %3149 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3151 = add %3145, %3150 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3152 = slice %3126 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3153 = broadcast %3152 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3154 = slice %3128 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3155 = broadcast %3154 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3156 = mul %3153, %3155 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3157 = add %3151, %3156 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3158 = slice %3126 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3159 = broadcast %3158 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3160 = slice %3128 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3161 = broadcast %3160 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3162 = mul %3159, %3161 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3163 = add %3157, %3162 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3164 = slice %3126 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3165 = broadcast %3164 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3166 = slice %3128 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3167 = broadcast %3166 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3168 = mul %3165, %3167 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3169 = add %3163, %3168 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3170 = slice %3126 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3171 = broadcast %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3172 = slice %3128 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3173 = broadcast %3172 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3174 = mul %3171, %3173 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3175 = add %3169, %3174 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3176 = cast %3175 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3177 = cast %3176 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3178 = mul %3177, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3179 = reduce_max %3178 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3180 = stop_gradient %3179 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3181 = broadcast %3180 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3182 = cast %3176 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3183 = mul %3182, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3184 = sub %3183, %3181 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3185 = exp %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3186 = reduce_sum %3185 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3187 = broadcast %3186 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3188 = exp %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3189 = div %3188, %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3190 = cast %3189 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3191 = slice %3121 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3192 = reshape %3191 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3193 = cast %3190 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3194 = cast %3192 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3195 = reshape %3193 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3196 = broadcast %3195 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3197 = reshape %3194 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3198 = broadcast %3197 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3199 = mul %3196, %3198 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3200 = reduce_sum %3199 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3201 = cast %3200 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3202 = permute %3201 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3203 = reshape %3202 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3204 = matmul %3203, %2448 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3205 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3206 = cast %3204 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3207 = add %3206, %3205 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3208 = add %3098, %3207 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3209 = reduce_sum %3208 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3210 = div %3209, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3211 = broadcast %3210 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3212 = sub %3208, %3211 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3213 = mul %3212, %3212 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3214 = reduce_sum %3213 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3215 = div %3214, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3216 = add %3215, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3217 = rsqrt %3216 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3218 = broadcast %3217 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3219 = mul %3212, %3218 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3220 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3221 = mul %3219, %3220 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3222 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3223 = add %3221, %3222 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3224 = cast %3223 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3225 = matmul %3224, %2470 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3226 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3227 = cast %3225 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3228 = add %3227, %3226 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3229 = mul %1437, %3228 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3230 = mul %3228, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3231 = erf %3230 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3232 = add %1442, %3231 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3233 = mul %3229, %3232 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3234 = cast %3233 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3235 = matmul %3234, %2481 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3236 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3237 = cast %3235 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3238 = add %3237, %3236 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3239 = add %3208, %3238 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3240 = reduce_sum %3239 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3241 = div %3240, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3242 = broadcast %3241 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3243 = sub %3239, %3242 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3244 = mul %3243, %3243 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3245 = reduce_sum %3244 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3246 = div %3245, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3247 = add %3246, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3248 = rsqrt %3247 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3249 = broadcast %3248 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3250 = mul %3243, %3249 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3251 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3252 = mul %3250, %3251 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3253 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3254 = add %3252, %3253 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3255 = cast %3254 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3256 = matmul %3255, %2503 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3257 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3258 = cast %3256 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3259 = add %3258, %3257 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3260 = cast %3259 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3261 = reshape %3260 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3262 = permute %3261 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3263 = slice %3262 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3264 = reshape %3263 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3265 = slice %3262 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3266 = reshape %3265 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3267 = cast %3264 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3268 = cast %3266 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3269 = permute %3268 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3270 = slice %3267 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3271 = broadcast %3270 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3272 = slice %3269 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3273 = broadcast %3272 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3274 = mul %3271, %3273 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3275 = slice %3267 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3276 = broadcast %3275 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3277 = slice %3269 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3278 = broadcast %3277 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3279 = mul %3276, %3278 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3280 = add %3274, %3279 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3281 = slice %3267 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3282 = broadcast %3281 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3283 = slice %3269 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3284 = broadcast %3283 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3285 = mul %3282, %3284 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3286 = add %3280, %3285 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3287 = slice %3267 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3288 = broadcast %3287 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3289 = slice %3269 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3290 = broadcast %3289 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3291 = mul %3288, %3290 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3292 = add %3286, %3291 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3293 = slice %3267 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3294 = broadcast %3293 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3295 = slice %3269 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3296 = broadcast %3295 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3297 = mul %3294, %3296 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3298 = add %3292, %3297 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3299 = slice %3267 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3300 = broadcast %3299 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3301 = slice %3269 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3302 = broadcast %3301 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3303 = mul %3300, %3302 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3304 = add %3298, %3303 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3305 = slice %3267 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3306 = broadcast %3305 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3307 = slice %3269 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3308 = broadcast %3307 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3309 = mul %3306, %3308 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3310 = add %3304, %3309 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3311 = slice %3267 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3312 = broadcast %3311 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3313 = slice %3269 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3314 = broadcast %3313 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3315 = mul %3312, %3314 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3316 = add %3310, %3315 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3317 = cast %3316 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3318 = cast %3317 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3319 = mul %3318, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3320 = reduce_max %3319 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3321 = stop_gradient %3320 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3322 = broadcast %3321 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3323 = cast %3317 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3324 = mul %3323, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3325 = sub %3324, %3322 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3326 = exp %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3327 = reduce_sum %3326 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3328 = broadcast %3327 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3329 = exp %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3330 = div %3329, %3328 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3331 = cast %3330 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3332 = slice %3262 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3333 = reshape %3332 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3334 = cast %3331 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3335 = cast %3333 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3336 = reshape %3334 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3337 = broadcast %3336 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3338 = reshape %3335 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3339 = broadcast %3338 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3340 = mul %3337, %3339 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3341 = reduce_sum %3340 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3342 = cast %3341 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3343 = permute %3342 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3344 = reshape %3343 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3345 = matmul %3344, %2593 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3346 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3347 = cast %3345 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3348 = add %3347, %3346 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3349 = broadcast %2598 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3350 = div %3348, %3349 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3351 = rand_uniform %2601 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3352 = add %2603, %3351 : f32[4] @ models/lib/nn.yaml:44:35
%3353 = floor %3352 : f32[4] @ models/lib/nn.yaml:44:24
%3354 = reshape %3353 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3355 = broadcast %3354 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3356 = mul %3350, %3355 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3357 = add %3239, %3356 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3358 = reduce_sum %3357 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3359 = div %3358, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3360 = broadcast %3359 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3361 = sub %3357, %3360 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3362 = mul %3361, %3361 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3363 = reduce_sum %3362 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3364 = div %3363, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3365 = add %3364, %1312 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3366 = rsqrt %3365 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3367 = broadcast %3366 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3368 = mul %3361, %3367 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3369 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3370 = mul %3368, %3369 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3371 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3372 = add %3370, %3371 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3373 = cast %3372 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3374 = matmul %3373, %2626 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3375 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3376 = cast %3374 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3377 = add %3376, %3375 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3378 = mul %1437, %3377 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3379 = mul %3377, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3380 = erf %3379 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3381 = add %1442, %3380 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3382 = mul %3378, %3381 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3383 = cast %3382 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3384 = matmul %3383, %2637 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3385 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3386 = cast %3384 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3387 = add %3386, %3385 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3388 = div %3387, %3349 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3389 = rand_uniform %2601 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3390 = add %2603, %3389 : f32[4] @ models/lib/nn.yaml:44:35
%3391 = floor %3390 : f32[4] @ models/lib/nn.yaml:44:24
%3392 = reshape %3391 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3393 = broadcast %3392 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3394 = mul %3388, %3393 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3395 = add %3357, %3394 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3396 = concat %2650, %3395 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3397 = reduce_sum %3396 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3398 = div %3397, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3399 = broadcast %3398 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3400 = sub %3396, %3399 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3401 = mul %3400, %3400 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3402 = reduce_sum %3401 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3403 = div %3402, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3404 = add %3403, %1948 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3405 = rsqrt %3404 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3406 = broadcast %3405 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3407 = mul %3400, %3406 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3408 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3409 = mul %3407, %3408 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3410 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3411 = add %3409, %3410 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3412 = cast %3411 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3413 = slice %3412 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3414 = matmul %3413, %2669 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3415 = cast %3414 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3416 = add %3415, %2671 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3417 = matmul %3412, %2674 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3418 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3419 = cast %3417 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3420 = add %3419, %3418 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3421 = matmul %3412, %2679 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3422 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3423 = cast %3421 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3424 = add %3423, %3422 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3425 = cast %3416 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3426 = reshape %3425 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3427 = permute %3426 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3428 = cast %3420 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3429 = reshape %3428 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3430 = permute %3429 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3431 = cast %3427 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3432 = slice %3431 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3433 = broadcast %3432 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3434 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3435 = slice %3434 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3436 = cast %3435 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3437 = mul %3433, %3436 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3438 = slice %3431 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3439 = broadcast %3438 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3440 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3441 = slice %3440 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3442 = cast %3441 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3443 = mul %3439, %3442 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3444 = add %3437, %3443 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3445 = slice %3431 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3446 = broadcast %3445 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3447 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3448 = slice %3447 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3449 = cast %3448 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3450 = mul %3446, %3449 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3451 = add %3444, %3450 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3452 = slice %3431 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3453 = broadcast %3452 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3454 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3455 = slice %3454 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3456 = cast %3455 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3457 = mul %3453, %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3458 = add %3451, %3457 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3459 = slice %3431 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3460 = broadcast %3459 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3461 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3462 = slice %3461 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3463 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3464 = mul %3460, %3463 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3465 = add %3458, %3464 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3466 = slice %3431 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3467 = broadcast %3466 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3468 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3469 = slice %3468 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3470 = cast %3469 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3471 = mul %3467, %3470 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3472 = add %3465, %3471 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3473 = slice %3431 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3474 = broadcast %3473 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3475 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3476 = slice %3475 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3477 = cast %3476 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3478 = mul %3474, %3477 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3479 = add %3472, %3478 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3480 = slice %3431 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3481 = broadcast %3480 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3482 = permute %3430 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3483 = slice %3482 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3484 = cast %3483 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3485 = mul %3481, %3484 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3486 = add %3479, %3485 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3487 = cast %3486 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3488 = cast %3487 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3489 = mul %3488, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3490 = reduce_max %3489 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3491 = stop_gradient %3490 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3492 = broadcast %3491 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3493 = cast %3487 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3494 = mul %3493, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3495 = sub %3494, %3492 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3496 = exp %3495 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3497 = reduce_sum %3496 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3498 = broadcast %3497 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3499 = exp %3495 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3500 = div %3499, %3498 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3501 = cast %3500 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3502 = cast %3424 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3503 = reshape %3502 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3504 = permute %3503 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3505 = cast %3501 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3506 = cast %3504 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3507 = reshape %3505 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3508 = broadcast %3507 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3509 = reshape %3506 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3510 = broadcast %3509 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3511 = mul %3508, %3510 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3512 = reduce_sum %3511 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3513 = cast %3512 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3514 = permute %3513 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3515 = reshape %3514 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3516 = matmul %3515, %2775 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3517 = cast %3516 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3518 = add %3517, %2777 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3519 = add %2650, %3518 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3520 = reduce_sum %3519 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3521 = div %3520, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3522 = broadcast %3521 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3523 = sub %3519, %3522 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3524 = mul %3523, %3523 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3525 = reduce_sum %3524 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3526 = div %3525, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3527 = add %3526, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3528 = rsqrt %3527 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3529 = broadcast %3528 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3530 = mul %3523, %3529 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3531 = mul %3530, %2792 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3532 = add %3531, %2794 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3533 = cast %3532 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3534 = matmul %3533, %2797 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3535 = cast %3534 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3536 = add %3535, %2799 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3537 = mul %990, %3536 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3538 = mul %3536, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3539 = erf %3538 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3540 = add %995, %3539 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3541 = mul %3537, %3540 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3542 = cast %3541 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3543 = matmul %3542, %2808 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3544 = cast %3543 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3545 = add %3544, %2810 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3546 = add %3519, %3545 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3547 = concat %3546, %3395 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3548 = reduce_sum %3547 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3549 = div %3548, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3550 = broadcast %3549 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3551 = sub %3547, %3550 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3552 = mul %3551, %3551 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3553 = reduce_sum %3552 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3554 = div %3553, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3555 = add %3554, %1948 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3556 = rsqrt %3555 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3557 = broadcast %3556 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3558 = mul %3551, %3557 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3559 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3560 = mul %3558, %3559 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3561 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3562 = add %3560, %3561 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3563 = cast %3562 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3564 = slice %3563 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3565 = matmul %3564, %2832 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3566 = cast %3565 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3567 = add %3566, %2834 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3568 = matmul %3563, %2837 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3569 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3570 = cast %3568 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3571 = add %3570, %3569 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3572 = matmul %3563, %2842 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3573 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3574 = cast %3572 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3575 = add %3574, %3573 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3576 = cast %3567 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3577 = reshape %3576 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3578 = permute %3577 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3579 = cast %3571 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3580 = reshape %3579 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3581 = permute %3580 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3582 = cast %3578 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3583 = slice %3582 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3584 = broadcast %3583 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3585 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3586 = slice %3585 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3587 = cast %3586 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3588 = mul %3584, %3587 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3589 = slice %3582 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3590 = broadcast %3589 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3591 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3592 = slice %3591 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3593 = cast %3592 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3594 = mul %3590, %3593 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3595 = add %3588, %3594 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3596 = slice %3582 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3597 = broadcast %3596 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3598 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3599 = slice %3598 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3600 = cast %3599 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3601 = mul %3597, %3600 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3602 = add %3595, %3601 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3603 = slice %3582 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3604 = broadcast %3603 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3605 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3606 = slice %3605 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3607 = cast %3606 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3608 = mul %3604, %3607 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3609 = add %3602, %3608 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3610 = slice %3582 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3611 = broadcast %3610 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3612 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3613 = slice %3612 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3614 = cast %3613 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3615 = mul %3611, %3614 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3616 = add %3609, %3615 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3617 = slice %3582 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3618 = broadcast %3617 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3619 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3620 = slice %3619 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3621 = cast %3620 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3622 = mul %3618, %3621 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3623 = add %3616, %3622 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3624 = slice %3582 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3625 = broadcast %3624 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3626 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3627 = slice %3626 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3628 = cast %3627 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3629 = mul %3625, %3628 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3630 = add %3623, %3629 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3631 = slice %3582 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3632 = broadcast %3631 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3633 = permute %3581 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3634 = slice %3633 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3635 = cast %3634 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3636 = mul %3632, %3635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3637 = add %3630, %3636 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3638 = cast %3637 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3639 = cast %3638 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3640 = mul %3639, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3641 = reduce_max %3640 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3642 = stop_gradient %3641 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3643 = broadcast %3642 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3644 = cast %3638 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3645 = mul %3644, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3646 = sub %3645, %3643 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3647 = exp %3646 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3648 = reduce_sum %3647 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3649 = broadcast %3648 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3650 = exp %3646 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3651 = div %3650, %3649 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3652 = cast %3651 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3653 = cast %3575 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3654 = reshape %3653 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3655 = permute %3654 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3656 = cast %3652 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3657 = cast %3655 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3658 = reshape %3656 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3659 = broadcast %3658 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3660 = reshape %3657 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3661 = broadcast %3660 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3662 = mul %3659, %3661 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3663 = reduce_sum %3662 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3664 = cast %3663 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3665 = permute %3664 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3666 = reshape %3665 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3667 = matmul %3666, %2938 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3668 = cast %3667 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3669 = add %3668, %2940 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3670 = add %3546, %3669 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3671 = reduce_sum %3670 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3672 = div %3671, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3673 = broadcast %3672 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3674 = sub %3670, %3673 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3675 = mul %3674, %3674 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3676 = reduce_sum %3675 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3677 = div %3676, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3678 = add %3677, %976 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3679 = rsqrt %3678 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3680 = broadcast %3679 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3681 = mul %3674, %3680 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3682 = mul %3681, %2955 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3683 = add %3682, %2957 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3684 = cast %3683 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3685 = matmul %3684, %2960 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3686 = cast %3685 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3687 = add %3686, %2962 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3688 = mul %990, %3687 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3689 = mul %3687, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3690 = erf %3689 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3691 = add %995, %3690 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3692 = mul %3688, %3691 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3693 = cast %3692 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3694 = matmul %3693, %2971 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3695 = cast %3694 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3696 = add %3695, %2973 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3697 = add %3670, %3696 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3698 = concat %3697, %3395 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3699 = reduce_sum %3698 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3700 = div %3699, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3701 = broadcast %3700 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3702 = sub %3698, %3701 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3703 = mul %3702, %3702 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3704 = reduce_sum %3703 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3705 = div %3704, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3706 = add %3705, %1948 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3707 = rsqrt %3706 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3708 = broadcast %3707 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3709 = mul %3702, %3708 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3710 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3711 = mul %3709, %3710 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3712 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3713 = add %3711, %3712 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3714 = cast %3713 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3715 = slice %3714 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3716 = matmul %3715, %2995 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3717 = cast %3716 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3718 = add %3717, %2997 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3719 = mul %1184, %3718 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3720 = mul %3718, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3721 = erf %3720 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3722 = add %1189, %3721 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3723 = mul %3719, %3722 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3724 = cast %3723 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3725 = matmul %3724, %3006 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3726 = cast %3725 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3727 = add %3726, %3008 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3728 = mul %1184, %3727 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3729 = mul %3727, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3730 = erf %3729 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3731 = add %1189, %3730 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3732 = mul %3728, %3731 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3733 = cast %3732 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3734 = matmul %3733, %3017 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3735 = cast %3734 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3736 = add %3735, %3019 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3737 = mul %3736, %3736 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3738 = reduce_sum %3737 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3739 = sqrt %3738 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3740 = max %3739, %1213 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3741 = broadcast %3740 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3742 = div %3736, %3741 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3743 = cast %3742 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3744 = matmul %3743, %3036 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3745 = slice %3714 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3746 = matmul %3745, %3039 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3747 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3748 = cast %3746 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3749 = add %3748, %3747 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3750 = mul %2296, %3749 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3751 = mul %3749, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3752 = erf %3751 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3753 = add %2301, %3752 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3754 = mul %3750, %3753 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3755 = cast %3754 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3756 = matmul %3755, %3050 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3757 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3758 = cast %3756 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3759 = add %3758, %3757 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3760 = mul %2296, %3759 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3761 = mul %3759, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3762 = erf %3761 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3763 = add %2301, %3762 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3764 = mul %3760, %3763 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3765 = cast %3764 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3766 = matmul %3765, %3061 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3767 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3768 = cast %3766 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3769 = add %3768, %3767 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3770 = mul %3769, %3769 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3771 = reduce_sum %3770 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3772 = sqrt %3771 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3773 = max %3772, %2322 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3774 = broadcast %3773 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3775 = div %3769, %3774 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3776 = cast %3775 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3777 = matmul %3776, %3080 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3778 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3779 = sub %1276, %3778 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3780 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3781 = div %3779, %3780 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3782 = reduce_max %3781 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3783 = stop_gradient %3782 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3784 = broadcast %3783 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3785 = div %3779, %3780 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3786 = sub %3785, %3784 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3787 = exp %3786 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3788 = reduce_sum %3787 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3789 = broadcast %3788 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3790 = exp %3786 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3791 = div %3790, %3789 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3792 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3793 = broadcast %3792 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3794 = slice %3037 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3795 = cast %3794 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3796 = div %3795, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3797 = reduce_max %3796 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3798 = stop_gradient %3797 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3799 = broadcast %3798 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3800 = slice %3037 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3801 = cast %3800 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3802 = div %3801, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3803 = sub %3802, %3799 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3804 = exp %3803 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3805 = reduce_sum %3804 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3806 = log %3805 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3807 = broadcast %3806 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3808 = sub %3803, %3807 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3809 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3810 = mul %3809, %3808 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3811 = reduce_sum %3810 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3812 = neg %3811 : f32[2,1] @ models/lib/dino.yaml:39:21
%3813 = reduce_sum %3812 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3814 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3815 = div %3813, %3814 : f32[] @ models/lib/dino.yaml:39:16
%3816 = slice %3744 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3817 = cast %3816 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3818 = div %3817, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3819 = reduce_max %3818 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3820 = stop_gradient %3819 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3821 = broadcast %3820 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3822 = slice %3744 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3823 = cast %3822 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3824 = div %3823, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3825 = sub %3824, %3821 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3826 = exp %3825 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3827 = reduce_sum %3826 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3828 = log %3827 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3829 = broadcast %3828 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3830 = sub %3825, %3829 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3831 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3832 = mul %3831, %3830 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3833 = reduce_sum %3832 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3834 = neg %3833 : f32[2,1] @ models/lib/dino.yaml:39:21
%3835 = reduce_sum %3834 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3836 = div %3835, %3814 : f32[] @ models/lib/dino.yaml:39:16
%3837 = add %3815, %3836 : f32[] @ models/dino_pass.yaml:148:11
%3838 = slice %3744 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3839 = cast %3838 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3840 = div %3839, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3841 = reduce_max %3840 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3842 = stop_gradient %3841 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3843 = broadcast %3842 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3844 = slice %3744 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3845 = cast %3844 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3846 = div %3845, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3847 = sub %3846, %3843 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3848 = exp %3847 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3849 = reduce_sum %3848 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3850 = log %3849 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3851 = broadcast %3850 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3852 = sub %3847, %3851 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3853 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3854 = mul %3853, %3852 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3855 = reduce_sum %3854 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3856 = neg %3855 : f32[2,1] @ models/lib/dino.yaml:39:21
%3857 = reduce_sum %3856 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3858 = div %3857, %3814 : f32[] @ models/lib/dino.yaml:39:16
%3859 = add %3837, %3858 : f32[] @ models/dino_pass.yaml:148:11
%3860 = sub %1277, %3778 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3861 = div %3860, %3780 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3862 = reduce_max %3861 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3863 = stop_gradient %3862 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3864 = broadcast %3863 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3865 = div %3860, %3780 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3866 = sub %3865, %3864 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3867 = exp %3866 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3868 = reduce_sum %3867 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3869 = broadcast %3868 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3870 = exp %3866 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3871 = div %3870, %3869 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3872 = slice %3037 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3873 = cast %3872 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3874 = div %3873, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3875 = reduce_max %3874 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3876 = stop_gradient %3875 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3877 = broadcast %3876 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3878 = slice %3037 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3879 = cast %3878 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3880 = div %3879, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3881 = sub %3880, %3877 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3882 = exp %3881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3883 = reduce_sum %3882 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3884 = log %3883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3885 = broadcast %3884 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3886 = sub %3881, %3885 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3887 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3888 = mul %3887, %3886 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3889 = reduce_sum %3888 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3890 = neg %3889 : f32[2,1] @ models/lib/dino.yaml:39:21
%3891 = reduce_sum %3890 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3892 = div %3891, %3814 : f32[] @ models/lib/dino.yaml:39:16
%3893 = add %3859, %3892 : f32[] @ models/dino_pass.yaml:148:11
%3894 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3895 = mul %3894, %3830 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3896 = reduce_sum %3895 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3897 = neg %3896 : f32[2,1] @ models/lib/dino.yaml:39:21
%3898 = reduce_sum %3897 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3899 = div %3898, %3814 : f32[] @ models/lib/dino.yaml:39:16
%3900 = add %3893, %3899 : f32[] @ models/dino_pass.yaml:148:11
%3901 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3902 = mul %3901, %3852 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3903 = reduce_sum %3902 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3904 = neg %3903 : f32[2,1] @ models/lib/dino.yaml:39:21
%3905 = reduce_sum %3904 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3906 = div %3905, %3814 : f32[] @ models/lib/dino.yaml:39:16
%3907 = add %3900, %3906 : f32[] @ models/dino_pass.yaml:148:11
%3908 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3909 = div %3907, %3908 : f32[] @ models/dino_pass.yaml:145:3
%3910 = output %3909 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3911 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3912 = sub %1279, %3911 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3913 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3914 = div %3912, %3913 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3915 = reduce_max %3914 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3916 = stop_gradient %3915 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3917 = broadcast %3916 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3918 = div %3912, %3913 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3919 = sub %3918, %3917 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3920 = exp %3919 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3921 = reduce_sum %3920 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3922 = broadcast %3921 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3923 = exp %3919 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3924 = div %3923, %3922 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3925 = broadcast %3792 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3926 = slice %3081 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3927 = cast %3926 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3928 = div %3927, %3925 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3929 = reduce_max %3928 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3930 = stop_gradient %3929 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3931 = broadcast %3930 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3932 = slice %3081 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3933 = cast %3932 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3934 = div %3933, %3925 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3935 = sub %3934, %3931 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3936 = exp %3935 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3937 = reduce_sum %3936 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3938 = log %3937 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3939 = broadcast %3938 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3940 = sub %3935, %3939 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3941 = stop_gradient %3924 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3942 = mul %3941, %3940 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3943 = reduce_sum %3942 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3944 = neg %3943 : f32[2,16] @ models/lib/dino.yaml:39:21
%3945 = reduce_sum %3944 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3946 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3947 = div %3945, %3946 : f32[] @ models/lib/dino.yaml:39:16
%3948 = sub %1280, %3911 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3949 = div %3948, %3913 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3950 = reduce_max %3949 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3951 = stop_gradient %3950 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3952 = broadcast %3951 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3953 = div %3948, %3913 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3954 = sub %3953, %3952 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3955 = exp %3954 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3956 = reduce_sum %3955 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3957 = broadcast %3956 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3958 = exp %3954 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3959 = div %3958, %3957 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3960 = slice %3081 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3961 = cast %3960 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3962 = div %3961, %3925 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3963 = reduce_max %3962 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3964 = stop_gradient %3963 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3965 = broadcast %3964 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3966 = slice %3081 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3967 = cast %3966 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3968 = div %3967, %3925 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3969 = sub %3968, %3965 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3970 = exp %3969 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3971 = reduce_sum %3970 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3972 = log %3971 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3973 = broadcast %3972 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3974 = sub %3969, %3973 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3975 = stop_gradient %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3976 = mul %3975, %3974 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3977 = reduce_sum %3976 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3978 = neg %3977 : f32[2,16] @ models/lib/dino.yaml:39:21
%3979 = reduce_sum %3978 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3980 = div %3979, %3946 : f32[] @ models/lib/dino.yaml:39:16
%3981 = add %3947, %3980 : f32[] @ models/dino_pass.yaml:152:11
%3982 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3983 = sub %2332, %3982 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3984 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3985 = div %3983, %3984 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3986 = reduce_max %3985 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3987 = stop_gradient %3986 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3988 = broadcast %3987 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3989 = div %3983, %3984 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3990 = sub %3989, %3988 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3991 = exp %3990 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3992 = reduce_sum %3991 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3993 = broadcast %3992 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3994 = exp %3990 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3995 = div %3994, %3993 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3996 = broadcast %3792 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3997 = slice %3777 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%3998 = cast %3997 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3999 = div %3998, %3996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4000 = reduce_max %3999 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4001 = stop_gradient %4000 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4002 = broadcast %4001 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4003 = slice %3777 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4004 = cast %4003 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4005 = div %4004, %3996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4006 = sub %4005, %4002 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4007 = exp %4006 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4008 = reduce_sum %4007 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4009 = log %4008 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4010 = broadcast %4009 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4011 = sub %4006, %4010 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4012 = stop_gradient %3995 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4013 = mul %4012, %4011 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4014 = reduce_sum %4013 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4015 = neg %4014 : f32[2,9] @ models/lib/dino.yaml:39:21
%4016 = reduce_sum %4015 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4017 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%4018 = div %4016, %4017 : f32[] @ models/lib/dino.yaml:39:16
%4019 = add %3981, %4018 : f32[] @ models/dino_pass.yaml:152:11
%4020 = sub %2333, %3982 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4021 = div %4020, %3984 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4022 = reduce_max %4021 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4023 = stop_gradient %4022 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4024 = broadcast %4023 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4025 = div %4020, %3984 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4026 = sub %4025, %4024 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4027 = exp %4026 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4028 = reduce_sum %4027 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4029 = broadcast %4028 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4030 = exp %4026 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4031 = div %4030, %4029 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4032 = slice %3777 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4033 = cast %4032 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4034 = div %4033, %3996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4035 = reduce_max %4034 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4036 = stop_gradient %4035 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4037 = broadcast %4036 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4038 = slice %3777 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4039 = cast %4038 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4040 = div %4039, %3996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4041 = sub %4040, %4037 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4042 = exp %4041 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4043 = reduce_sum %4042 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4044 = log %4043 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4045 = broadcast %4044 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4046 = sub %4041, %4045 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4047 = stop_gradient %4031 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4048 = mul %4047, %4046 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4049 = reduce_sum %4048 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4050 = neg %4049 : f32[2,9] @ models/lib/dino.yaml:39:21
%4051 = reduce_sum %4050 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4052 = div %4051, %4017 : f32[] @ models/lib/dino.yaml:39:16
%4053 = add %4019, %4052 : f32[] @ models/dino_pass.yaml:152:11
%4054 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%4055 = div %4053, %4054 : f32[] @ models/dino_pass.yaml:149:3
%4056 = output %4055 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%4057 = mul %4055, %3792 : f32[] @ models/dino_pass.yaml:149:3
%4058 = add %3909, %4057 : f32[] @ models/dino_pass.yaml:149:3
%4059 = output %4058 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%4060 = broadcast %2598 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4061 = mul %163, %4060 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4062 = concat %1276, %1277, %2329, %2330 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%4063 = reduce_sum %4062 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%4064 = all_reduce_sum %4063 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%4065 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%4066 = broadcast %4065 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4067 = div %4064, %4066 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4068 = broadcast %3792 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4069 = mul %4068, %4067 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4070 = add %4061, %4069 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%4071 = assign %163, %4070 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%4072 = broadcast %2598 : f32[1,16] @ models/dino_pass.yaml:142:26
%4073 = mul %164, %4072 : f32[1,16] @ models/dino_pass.yaml:142:26
%4074 = reshape %1279 : f32[32,16] @ models/dino_pass.yaml:142:81
%4075 = reshape %1280 : f32[32,16] @ models/dino_pass.yaml:142:81
%4076 = reshape %2332 : f32[18,16] @ models/dino_pass.yaml:142:81
%4077 = reshape %2333 : f32[18,16] @ models/dino_pass.yaml:142:81
%4078 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%4079 = matmul %4078, %4074 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4080 = matmul %4078, %4075 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4081 = add %4079, %4080 : f32[1,16] @ models/lib/nn.yaml:73:26
%4082 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%4083 = matmul %4082, %4076 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4084 = add %4081, %4083 : f32[1,16] @ models/lib/nn.yaml:73:26
%4085 = matmul %4082, %4077 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4086 = add %4084, %4085 : f32[1,16] @ models/lib/nn.yaml:73:26
%4087 = all_reduce_sum %4086 : f32[1,16] @ models/lib/nn.yaml:73:16
%4088 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%4089 = broadcast %4088 : f32[1,16] @ models/lib/nn.yaml:73:52
%4090 = div %4087, %4089 : f32[1,16] @ models/lib/nn.yaml:73:52
%4091 = broadcast %3792 : f32[1,16] @ models/dino_pass.yaml:142:68
%4092 = mul %4091, %4090 : f32[1,16] @ models/dino_pass.yaml:142:68
%4093 = add %4073, %4092 : f32[1,16] @ models/dino_pass.yaml:142:44
%4094 = assign %164, %4093 : f32[1,16] @ models/dino_pass.yaml:142:13
%4095 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%4096 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%4097 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%4098 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%4099 = broadcast %4098 : f32[2,9] @ models/lib/dino.yaml:39:21
%4100 = reshape %4099 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%4101 = broadcast %4100 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%4102 = stop_gradient %4031 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4103 = mul %4101, %4102 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4104 = neg %4103 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4105 = reduce_sum %4104 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4106 = div %4105, %4043 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4107 = broadcast %4106 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4108 = exp %4041 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4109 = mul %4107, %4108 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4110 = stop_gradient %4031 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4111 = mul %4101, %4110 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4112 = add %4111, %4109 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4113 = div %4112, %3996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4114 = stop_gradient %3995 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4115 = mul %4101, %4114 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4116 = neg %4115 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4117 = reduce_sum %4116 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4118 = div %4117, %4008 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4119 = broadcast %4118 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4120 = exp %4006 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4121 = mul %4119, %4120 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4122 = stop_gradient %3995 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4123 = mul %4101, %4122 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4124 = add %4123, %4121 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4125 = div %4124, %3996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4126 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%4127 = broadcast %4126 : f32[2,16] @ models/lib/dino.yaml:39:21
%4128 = reshape %4127 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%4129 = broadcast %4128 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%4130 = stop_gradient %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4131 = mul %4129, %4130 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4132 = neg %4131 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4133 = reduce_sum %4132 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4134 = div %4133, %3971 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4135 = broadcast %4134 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4136 = exp %3969 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4137 = mul %4135, %4136 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4138 = stop_gradient %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4139 = mul %4129, %4138 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4140 = add %4139, %4137 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4141 = div %4140, %3925 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4142 = stop_gradient %3924 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4143 = mul %4129, %4142 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4144 = neg %4143 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4145 = reduce_sum %4144 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4146 = div %4145, %3937 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4147 = broadcast %4146 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4148 = exp %3935 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4149 = mul %4147, %4148 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4150 = stop_gradient %3924 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4151 = mul %4129, %4150 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4152 = add %4151, %4149 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4153 = div %4152, %3925 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4154 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4155 = broadcast %4154 : f32[2,1] @ models/lib/dino.yaml:39:21
%4156 = reshape %4155 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4157 = broadcast %4156 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4158 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4159 = mul %4157, %4158 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4160 = neg %4159 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4161 = reduce_sum %4160 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4162 = div %4161, %3849 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4163 = broadcast %4162 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4164 = exp %3847 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4165 = mul %4163, %4164 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4166 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4167 = mul %4157, %4166 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4168 = add %4167, %4165 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4169 = div %4168, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4170 = div %4161, %3827 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4171 = broadcast %4170 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4172 = exp %3825 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4173 = mul %4171, %4172 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4174 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4175 = mul %4157, %4174 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4176 = add %4175, %4173 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4177 = div %4176, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4178 = div %4161, %3883 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4179 = broadcast %4178 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4180 = exp %3881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4181 = mul %4179, %4180 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4182 = stop_gradient %3871 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4183 = mul %4157, %4182 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4184 = add %4183, %4181 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4185 = div %4184, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4186 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4187 = mul %4157, %4186 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4188 = neg %4187 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4189 = reduce_sum %4188 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4190 = div %4189, %3849 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4191 = broadcast %4190 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4192 = exp %3847 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4193 = mul %4191, %4192 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4194 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4195 = mul %4157, %4194 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4196 = add %4195, %4193 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4197 = div %4196, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4198 = add %4169, %4197 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4199 = div %4189, %3827 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4200 = broadcast %4199 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4201 = exp %3825 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4202 = mul %4200, %4201 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4203 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4204 = mul %4157, %4203 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4205 = add %4204, %4202 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4206 = div %4205, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4207 = add %4177, %4206 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4208 = div %4189, %3805 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4209 = broadcast %4208 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4210 = exp %3803 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4211 = mul %4209, %4210 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4212 = stop_gradient %3791 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4213 = mul %4157, %4212 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4214 = add %4213, %4211 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4215 = div %4214, %3793 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4216 = concat %4125, %4113 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%4217 = concat %4207, %4198 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4218 = cast %4216 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%4219 = matmul %4218, %3080 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4220 = reshape %4218 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4221 = reshape %3776 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4222 = matmul %4220, %4221 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4223 = cast %4222 : f32[16,8] @ models/lib/dino.yaml:22:33
%4224 = div %4223, %3077 : f32[16,8] @ models/lib/dino.yaml:22:33
%4225 = mul %4224, %3078 : f32[16,8] @ models/lib/dino.yaml:22:33
%4226 = neg %4225 : f32[16,8] @ models/lib/dino.yaml:22:33
%4227 = reduce_sum %4226 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4228 = broadcast %316 : f32[16,1] @ models/lib/dino.yaml:22:35
%4229 = mul %4227, %4228 : f32[16,1] @ models/lib/dino.yaml:22:35
%4230 = div %4229, %3076 : f32[16,1] @ models/lib/dino.yaml:22:35
%4231 = broadcast %4230 : f32[16,8] @ models/lib/dino.yaml:22:40
%4232 = mul %4231, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4233 = add %4232, %4232 : f32[16,8] @ models/lib/dino.yaml:22:53
%4234 = mul %4224, %3072 : f32[16,8] @ models/lib/dino.yaml:22:22
%4235 = add %4233, %4234 : f32[16,8] @ models/lib/dino.yaml:22:22
%4236 = cast %4219 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4237 = div %4236, %3774 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4238 = mul %4237, %3775 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4239 = neg %4238 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4240 = reduce_sum %4239 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4241 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4242 = broadcast %4241 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4243 = broadcast %316 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4244 = mul %4240, %4243 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4245 = sqrt %3771 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4246 = eq %4245, %2322 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4247 = select %4246, %4244, %4242 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4248 = sqrt %3771 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4249 = gt %4248, %2322 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4250 = select %4249, %4240, %4247 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4251 = mul %4250, %4243 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4252 = sqrt %3771 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4253 = div %4251, %4252 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4254 = broadcast %4253 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4255 = mul %4254, %3769 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4256 = add %4237, %4255 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4257 = add %4256, %4255 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4258 = reduce_sum %4257 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4259 = reshape %4258 : f32[8] @ models/lib/nn.yaml:84:18
%4260 = cast %4257 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4261 = matmul %4260, %3061 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4262 = reshape %4260 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4263 = reshape %3765 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4264 = matmul %4262, %4263 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4265 = cast %4261 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4266 = mul %3759, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4267 = erf %4266 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4268 = add %2301, %4267 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4269 = mul %4265, %4268 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4270 = cast %4261 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4271 = mul %2296, %3759 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4272 = mul %4270, %4271 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4273 = mul %3759, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4274 = mul %4273, %4273 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4275 = neg %4274 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4276 = exp %4275 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4277 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4278 = broadcast %4277 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4279 = mul %4276, %4278 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4280 = mul %4272, %4279 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4281 = mul %4280, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4282 = mul %4269, %2296 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4283 = add %4281, %4282 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4284 = reduce_sum %4283 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4285 = reshape %4284 : f32[24] @ models/lib/nn.yaml:84:18
%4286 = cast %4283 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4287 = matmul %4286, %3050 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4288 = reshape %4286 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4289 = reshape %3755 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4290 = matmul %4288, %4289 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4291 = cast %4287 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4292 = mul %3749, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4293 = erf %4292 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4294 = add %2301, %4293 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4295 = mul %4291, %4294 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4296 = cast %4287 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4297 = mul %2296, %3749 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4298 = mul %4296, %4297 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4299 = mul %3749, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4300 = mul %4299, %4299 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4301 = neg %4300 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4302 = exp %4301 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4303 = mul %4302, %4278 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4304 = mul %4298, %4303 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4305 = mul %4304, %2298 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4306 = mul %4295, %2296 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4307 = add %4305, %4306 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4308 = reduce_sum %4307 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4309 = reshape %4308 : f32[24] @ models/lib/nn.yaml:84:18
%4310 = cast %4307 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4311 = matmul %4310, %3039 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4312 = reshape %4310 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4313 = reshape %3745 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4314 = matmul %4312, %4313 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4315 = cast %4217 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4316 = matmul %4315, %3036 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4317 = reshape %4315 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4318 = reshape %3743 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4319 = matmul %4317, %4318 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4320 = cast %4319 : f32[32,8] @ models/lib/dino.yaml:22:33
%4321 = div %4320, %3033 : f32[32,8] @ models/lib/dino.yaml:22:33
%4322 = mul %4321, %3034 : f32[32,8] @ models/lib/dino.yaml:22:33
%4323 = neg %4322 : f32[32,8] @ models/lib/dino.yaml:22:33
%4324 = reduce_sum %4323 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4325 = broadcast %316 : f32[32,1] @ models/lib/dino.yaml:22:35
%4326 = mul %4324, %4325 : f32[32,1] @ models/lib/dino.yaml:22:35
%4327 = div %4326, %3032 : f32[32,1] @ models/lib/dino.yaml:22:35
%4328 = broadcast %4327 : f32[32,8] @ models/lib/dino.yaml:22:40
%4329 = mul %4328, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4330 = add %4329, %4329 : f32[32,8] @ models/lib/dino.yaml:22:53
%4331 = mul %4321, %3028 : f32[32,8] @ models/lib/dino.yaml:22:22
%4332 = add %4330, %4331 : f32[32,8] @ models/lib/dino.yaml:22:22
%4333 = cast %4316 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4334 = div %4333, %3741 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4335 = mul %4334, %3742 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4336 = neg %4335 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4337 = reduce_sum %4336 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4338 = broadcast %4241 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4339 = broadcast %316 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4340 = mul %4337, %4339 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4341 = sqrt %3738 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4342 = eq %4341, %1213 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4343 = select %4342, %4340, %4338 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4344 = sqrt %3738 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4345 = gt %4344, %1213 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4346 = select %4345, %4337, %4343 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4347 = mul %4346, %4339 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4348 = sqrt %3738 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4349 = div %4347, %4348 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4350 = broadcast %4349 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4351 = mul %4350, %3736 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4352 = add %4334, %4351 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4353 = add %4352, %4351 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4354 = reduce_sum %4353 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4355 = reshape %4354 : f32[8] @ models/lib/nn.yaml:84:18
%4356 = cast %4353 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4357 = matmul %4356, %3017 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4358 = reshape %4356 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4359 = reshape %3733 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4360 = matmul %4358, %4359 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4361 = cast %4357 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4362 = mul %3727, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4363 = erf %4362 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4364 = add %1189, %4363 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4365 = mul %4361, %4364 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4366 = cast %4357 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4367 = mul %1184, %3727 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4368 = mul %4366, %4367 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4369 = mul %3727, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4370 = mul %4369, %4369 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4371 = neg %4370 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4372 = exp %4371 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4373 = broadcast %4277 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4374 = mul %4372, %4373 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4375 = mul %4368, %4374 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4376 = mul %4375, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4377 = mul %4365, %1184 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4378 = add %4376, %4377 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4379 = reduce_sum %4378 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4380 = reshape %4379 : f32[24] @ models/lib/nn.yaml:84:18
%4381 = cast %4378 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4382 = matmul %4381, %3006 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4383 = reshape %4381 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4384 = reshape %3724 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4385 = matmul %4383, %4384 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4386 = cast %4382 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4387 = mul %3718, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4388 = erf %4387 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4389 = add %1189, %4388 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4390 = mul %4386, %4389 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4391 = cast %4382 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4392 = mul %1184, %3718 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4393 = mul %4391, %4392 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4394 = mul %3718, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4395 = mul %4394, %4394 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4396 = neg %4395 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4397 = exp %4396 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4398 = mul %4397, %4373 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4399 = mul %4393, %4398 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4400 = mul %4399, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4401 = mul %4390, %1184 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4402 = add %4400, %4401 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4403 = reduce_sum %4402 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4404 = reshape %4403 : f32[24] @ models/lib/nn.yaml:84:18
%4405 = cast %4402 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4406 = matmul %4405, %2995 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4407 = reshape %4405 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4408 = reshape %3715 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4409 = matmul %4407, %4408 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4410 = concat %4406, %4311 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4411 = cast %4410 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4412 = reduce_sum %4411 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4413 = reshape %4412 : f32[16] @ models/lib/nn.yaml:96:46
%4414 = cast %4410 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4415 = mul %4414, %3710 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4416 = cast %4410 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4417 = mul %4416, %3709 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4418 = reduce_sum %4417 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4419 = reshape %4418 : f32[16] @ models/lib/nn.yaml:96:37
%4420 = mul %4415, %3708 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4421 = mul %4415, %3702 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4422 = reduce_sum %4421 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4423 = mul %3707, %3707 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4424 = mul %3707, %4423 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4425 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4426 = broadcast %4425 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4427 = mul %4424, %4426 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4428 = mul %4422, %4427 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4429 = div %4428, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4430 = broadcast %4429 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4431 = mul %4430, %3702 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4432 = add %4420, %4431 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4433 = add %4432, %4431 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4434 = neg %4433 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4435 = reduce_sum %4434 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4436 = div %4435, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4437 = broadcast %4436 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4438 = add %4433, %4437 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4439 = slice %4438 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4440 = slice %4438 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4441 = reduce_sum %4439 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4442 = reshape %4441 : f32[16] @ models/lib/nn.yaml:84:18
%4443 = cast %4439 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4444 = matmul %4443, %2971 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4445 = reshape %4443 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4446 = reshape %3693 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4447 = matmul %4445, %4446 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4448 = cast %4444 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4449 = mul %3687, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4450 = erf %4449 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4451 = add %995, %4450 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4452 = mul %4448, %4451 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4453 = cast %4444 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4454 = mul %990, %3687 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4455 = mul %4453, %4454 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4456 = mul %3687, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4457 = mul %4456, %4456 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4458 = neg %4457 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4459 = exp %4458 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4460 = broadcast %4277 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4461 = mul %4459, %4460 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4462 = mul %4455, %4461 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4463 = mul %4462, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4464 = mul %4452, %990 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4465 = add %4463, %4464 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4466 = reduce_sum %4465 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4467 = reshape %4466 : f32[64] @ models/lib/nn.yaml:84:18
%4468 = cast %4465 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4469 = matmul %4468, %2960 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4470 = reshape %4468 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4471 = reshape %3684 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4472 = matmul %4470, %4471 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4473 = cast %4469 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4474 = reduce_sum %4473 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4475 = reshape %4474 : f32[16] @ models/lib/nn.yaml:96:46
%4476 = cast %4469 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4477 = mul %4476, %2955 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4478 = cast %4469 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4479 = mul %4478, %3681 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4480 = reduce_sum %4479 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4481 = reshape %4480 : f32[16] @ models/lib/nn.yaml:96:37
%4482 = mul %4477, %3680 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4483 = mul %4477, %3674 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4484 = reduce_sum %4483 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4485 = mul %3679, %3679 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4486 = mul %3679, %4485 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4487 = broadcast %4425 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4488 = mul %4486, %4487 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4489 = mul %4484, %4488 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4490 = div %4489, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4491 = broadcast %4490 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4492 = mul %4491, %3674 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4493 = add %4482, %4492 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4494 = add %4493, %4492 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4495 = add %4439, %4494 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4496 = neg %4494 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4497 = reduce_sum %4496 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4498 = div %4497, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4499 = broadcast %4498 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4500 = add %4495, %4499 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4501 = reduce_sum %4500 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4502 = reshape %4501 : f32[16] @ models/lib/nn.yaml:84:18
%4503 = cast %4500 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4504 = matmul %4503, %2938 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4505 = reshape %4503 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4506 = reshape %3665 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4507 = matmul %4505, %4506 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4508 = reshape %4504 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4509 = permute %4508 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4510 = cast %4509 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4511 = slice %4510 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4512 = broadcast %4511 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4513 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4514 = slice %4513 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4515 = cast %4514 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4516 = mul %4512, %4515 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4517 = slice %4510 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4518 = broadcast %4517 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4519 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4520 = slice %4519 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4521 = cast %4520 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4522 = mul %4518, %4521 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4523 = add %4516, %4522 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4524 = slice %4510 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4525 = broadcast %4524 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4526 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4527 = slice %4526 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4528 = cast %4527 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4529 = mul %4525, %4528 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4530 = add %4523, %4529 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4531 = slice %4510 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4532 = broadcast %4531 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4533 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4534 = slice %4533 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4535 = cast %4534 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4536 = mul %4532, %4535 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4537 = add %4530, %4536 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4538 = slice %4510 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4539 = broadcast %4538 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4540 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4541 = slice %4540 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4542 = cast %4541 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4543 = mul %4539, %4542 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4544 = add %4537, %4543 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4545 = slice %4510 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4546 = broadcast %4545 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4547 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4548 = slice %4547 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4549 = cast %4548 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4550 = mul %4546, %4549 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4551 = add %4544, %4550 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4552 = slice %4510 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4553 = broadcast %4552 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4554 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4555 = slice %4554 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4556 = cast %4555 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4557 = mul %4553, %4556 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4558 = add %4551, %4557 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4559 = slice %4510 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4560 = broadcast %4559 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4561 = permute %3655 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4562 = slice %4561 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4563 = cast %4562 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4564 = mul %4560, %4563 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4565 = add %4558, %4564 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4566 = cast %4565 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4567 = cast %3652 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4568 = permute %4567 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4569 = cast %4509 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4570 = broadcast %4568 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4571 = broadcast %4569 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4572 = mul %4570, %4571 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4573 = cast %4572 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4574 = cast %4566 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4575 = div %4574, %3649 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4576 = mul %4575, %3651 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4577 = neg %4576 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4578 = reduce_sum %4577 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4579 = broadcast %4578 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4580 = add %4575, %4579 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4581 = exp %3646 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4582 = mul %4580, %4581 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4583 = mul %4582, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4584 = cast %4583 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4585 = cast %4584 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4586 = cast %3581 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4587 = reshape %4585 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4588 = broadcast %4587 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4589 = reshape %4586 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4590 = broadcast %4589 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4591 = mul %4588, %4590 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4592 = reduce_sum %4591 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4593 = cast %4592 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4594 = cast %4584 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4595 = permute %4594 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4596 = cast %3578 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4597 = broadcast %4595 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4598 = broadcast %4596 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4599 = mul %4597, %4598 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4600 = cast %4599 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4601 = permute %4573 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4602 = reshape %4601 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4603 = cast %4602 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4604 = reduce_sum %4603 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4605 = reshape %4604 : f32[16] @ models/lib/nn.yaml:84:18
%4606 = permute %4573 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4607 = reshape %4606 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4608 = matmul %4607, %2842 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4609 = reshape %4606 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4610 = reshape %3563 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4611 = matmul %4609, %4610 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4612 = permute %4600 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4613 = reshape %4612 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4614 = cast %4613 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4615 = reduce_sum %4614 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4616 = reshape %4615 : f32[16] @ models/lib/nn.yaml:84:18
%4617 = permute %4600 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4618 = reshape %4617 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4619 = matmul %4618, %2837 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4620 = cast %4608 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4621 = cast %4619 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4622 = add %4620, %4621 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4623 = reshape %4617 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4624 = matmul %4623, %4610 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4625 = permute %4593 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4626 = reshape %4625 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4627 = cast %4626 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4628 = reduce_sum %4627 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4629 = reshape %4628 : f32[16] @ models/lib/nn.yaml:84:18
%4630 = permute %4593 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4631 = reshape %4630 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4632 = matmul %4631, %2832 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4633 = reshape %4630 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4634 = reshape %3564 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4635 = matmul %4633, %4634 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4636 = cast %4632 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4637 = pad %4636 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4638 = add %4622, %4637 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4639 = reduce_sum %4638 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4640 = reshape %4639 : f32[16] @ models/lib/nn.yaml:96:46
%4641 = mul %4638, %3559 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4642 = mul %4638, %3558 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4643 = reduce_sum %4642 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4644 = reshape %4643 : f32[16] @ models/lib/nn.yaml:96:37
%4645 = mul %4641, %3557 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4646 = mul %4641, %3551 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4647 = reduce_sum %4646 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4648 = mul %3556, %3556 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4649 = mul %3556, %4648 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4650 = mul %4649, %4426 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4651 = mul %4647, %4650 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4652 = div %4651, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4653 = broadcast %4652 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4654 = mul %4653, %3551 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4655 = add %4645, %4654 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4656 = add %4655, %4654 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4657 = neg %4656 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4658 = reduce_sum %4657 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4659 = div %4658, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4660 = broadcast %4659 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4661 = add %4656, %4660 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4662 = slice %4661 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4663 = add %4500, %4662 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4664 = slice %4661 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4665 = add %4440, %4664 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4666 = reduce_sum %4663 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4667 = reshape %4666 : f32[16] @ models/lib/nn.yaml:84:18
%4668 = cast %4663 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4669 = matmul %4668, %2808 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4670 = reshape %4668 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4671 = reshape %3542 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4672 = matmul %4670, %4671 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4673 = cast %4669 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4674 = mul %3536, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4675 = erf %4674 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4676 = add %995, %4675 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4677 = mul %4673, %4676 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4678 = cast %4669 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4679 = mul %990, %3536 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4680 = mul %4678, %4679 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4681 = mul %3536, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4682 = mul %4681, %4681 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4683 = neg %4682 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4684 = exp %4683 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4685 = mul %4684, %4460 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4686 = mul %4680, %4685 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4687 = mul %4686, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4688 = mul %4677, %990 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4689 = add %4687, %4688 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4690 = reduce_sum %4689 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4691 = reshape %4690 : f32[64] @ models/lib/nn.yaml:84:18
%4692 = cast %4689 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4693 = matmul %4692, %2797 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4694 = reshape %4692 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4695 = reshape %3533 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4696 = matmul %4694, %4695 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4697 = cast %4693 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4698 = reduce_sum %4697 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4699 = reshape %4698 : f32[16] @ models/lib/nn.yaml:96:46
%4700 = cast %4693 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4701 = mul %4700, %2792 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4702 = cast %4693 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4703 = mul %4702, %3530 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4704 = reduce_sum %4703 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4705 = reshape %4704 : f32[16] @ models/lib/nn.yaml:96:37
%4706 = mul %4701, %3529 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4707 = mul %4701, %3523 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4708 = reduce_sum %4707 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4709 = mul %3528, %3528 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4710 = mul %3528, %4709 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4711 = mul %4710, %4487 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4712 = mul %4708, %4711 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4713 = div %4712, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4714 = broadcast %4713 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4715 = mul %4714, %3523 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4716 = add %4706, %4715 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4717 = add %4716, %4715 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4718 = add %4663, %4717 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4719 = neg %4717 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4720 = reduce_sum %4719 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4721 = div %4720, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4722 = broadcast %4721 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4723 = add %4718, %4722 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4724 = reduce_sum %4723 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4725 = reshape %4724 : f32[16] @ models/lib/nn.yaml:84:18
%4726 = cast %4723 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4727 = matmul %4726, %2775 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4728 = reshape %4726 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4729 = reshape %3514 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4730 = matmul %4728, %4729 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4731 = reshape %4727 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4732 = permute %4731 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4733 = cast %4732 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4734 = slice %4733 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4735 = broadcast %4734 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4736 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4737 = slice %4736 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4738 = cast %4737 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4739 = mul %4735, %4738 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4740 = slice %4733 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4741 = broadcast %4740 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4742 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4743 = slice %4742 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4744 = cast %4743 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4745 = mul %4741, %4744 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4746 = add %4739, %4745 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4747 = slice %4733 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4748 = broadcast %4747 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4749 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4750 = slice %4749 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4751 = cast %4750 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4752 = mul %4748, %4751 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4753 = add %4746, %4752 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4754 = slice %4733 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4755 = broadcast %4754 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4756 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4757 = slice %4756 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4758 = cast %4757 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4759 = mul %4755, %4758 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4760 = add %4753, %4759 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4761 = slice %4733 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4762 = broadcast %4761 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4763 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4764 = slice %4763 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4765 = cast %4764 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4766 = mul %4762, %4765 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4767 = add %4760, %4766 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4768 = slice %4733 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4769 = broadcast %4768 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4770 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4771 = slice %4770 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4772 = cast %4771 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4773 = mul %4769, %4772 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4774 = add %4767, %4773 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4775 = slice %4733 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4776 = broadcast %4775 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4777 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4778 = slice %4777 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4779 = cast %4778 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4780 = mul %4776, %4779 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4781 = add %4774, %4780 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4782 = slice %4733 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4783 = broadcast %4782 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4784 = permute %3504 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4785 = slice %4784 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4786 = cast %4785 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4787 = mul %4783, %4786 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4788 = add %4781, %4787 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4789 = cast %4788 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4790 = cast %3501 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4791 = permute %4790 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4792 = cast %4732 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4793 = broadcast %4791 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4794 = broadcast %4792 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4795 = mul %4793, %4794 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4796 = cast %4795 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4797 = cast %4789 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4798 = div %4797, %3498 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4799 = mul %4798, %3500 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4800 = neg %4799 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4801 = reduce_sum %4800 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4802 = broadcast %4801 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4803 = add %4798, %4802 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4804 = exp %3495 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4805 = mul %4803, %4804 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4806 = mul %4805, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4807 = cast %4806 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4808 = cast %4807 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4809 = cast %3430 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4810 = reshape %4808 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4811 = broadcast %4810 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4812 = reshape %4809 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4813 = broadcast %4812 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4814 = mul %4811, %4813 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4815 = reduce_sum %4814 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4816 = cast %4815 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4817 = cast %4807 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4818 = permute %4817 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4819 = cast %3427 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4820 = broadcast %4818 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4821 = broadcast %4819 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4822 = mul %4820, %4821 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4823 = cast %4822 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4824 = permute %4796 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4825 = reshape %4824 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4826 = cast %4825 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4827 = reduce_sum %4826 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4828 = reshape %4827 : f32[16] @ models/lib/nn.yaml:84:18
%4829 = permute %4796 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4830 = reshape %4829 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4831 = matmul %4830, %2679 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4832 = reshape %4829 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4833 = reshape %3412 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4834 = matmul %4832, %4833 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4835 = permute %4823 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4836 = reshape %4835 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4837 = cast %4836 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4838 = reduce_sum %4837 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4839 = reshape %4838 : f32[16] @ models/lib/nn.yaml:84:18
%4840 = permute %4823 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4841 = reshape %4840 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4842 = matmul %4841, %2674 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4843 = cast %4831 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4844 = cast %4842 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4845 = add %4843, %4844 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4846 = reshape %4840 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4847 = matmul %4846, %4833 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4848 = permute %4816 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4849 = reshape %4848 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4850 = cast %4849 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4851 = reduce_sum %4850 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4852 = reshape %4851 : f32[16] @ models/lib/nn.yaml:84:18
%4853 = permute %4816 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4854 = reshape %4853 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4855 = matmul %4854, %2669 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4856 = reshape %4853 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4857 = reshape %3413 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4858 = matmul %4856, %4857 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4859 = cast %4855 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4860 = pad %4859 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4861 = add %4845, %4860 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4862 = reduce_sum %4861 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4863 = reshape %4862 : f32[16] @ models/lib/nn.yaml:96:46
%4864 = mul %4861, %3408 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4865 = mul %4861, %3407 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4866 = reduce_sum %4865 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4867 = reshape %4866 : f32[16] @ models/lib/nn.yaml:96:37
%4868 = mul %4864, %3406 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4869 = mul %4864, %3400 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4870 = reduce_sum %4869 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4871 = mul %3405, %3405 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4872 = mul %3405, %4871 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4873 = mul %4872, %4426 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4874 = mul %4870, %4873 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4875 = div %4874, %1941 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4876 = broadcast %4875 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4877 = mul %4876, %3400 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4878 = add %4868, %4877 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4879 = add %4878, %4877 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4880 = neg %4879 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4881 = reduce_sum %4880 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4882 = div %4881, %1941 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4883 = broadcast %4882 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4884 = add %4879, %4883 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4885 = slice %4884 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4886 = add %4723, %4885 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4887 = slice %4884 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4888 = add %4665, %4887 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4889 = reduce_sum %4886 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4890 = mul %4888, %3393 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4891 = div %4890, %3349 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4892 = reduce_sum %4891 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4893 = reshape %4892 : f32[16] @ models/lib/nn.yaml:84:18
%4894 = div %4890, %3349 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4895 = cast %4894 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4896 = matmul %4895, %2637 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4897 = reshape %4895 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4898 = reshape %3383 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4899 = matmul %4897, %4898 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4900 = cast %4896 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4901 = mul %3377, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4902 = erf %4901 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4903 = add %1442, %4902 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4904 = mul %4900, %4903 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4905 = cast %4896 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4906 = mul %1437, %3377 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4907 = mul %4905, %4906 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4908 = mul %3377, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4909 = mul %4908, %4908 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4910 = neg %4909 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4911 = exp %4910 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4912 = broadcast %4277 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4913 = mul %4911, %4912 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4914 = mul %4907, %4913 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4915 = mul %4914, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4916 = mul %4904, %1437 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4917 = add %4915, %4916 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4918 = reduce_sum %4917 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4919 = reshape %4918 : f32[64] @ models/lib/nn.yaml:84:18
%4920 = cast %4917 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4921 = matmul %4920, %2626 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4922 = reshape %4920 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4923 = reshape %3373 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4924 = matmul %4922, %4923 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4925 = cast %4921 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4926 = reduce_sum %4925 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4927 = reshape %4926 : f32[16] @ models/lib/nn.yaml:96:46
%4928 = cast %4921 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4929 = mul %4928, %3369 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4930 = cast %4921 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4931 = mul %4930, %3368 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4932 = reduce_sum %4931 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4933 = reshape %4932 : f32[16] @ models/lib/nn.yaml:96:37
%4934 = mul %4929, %3367 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4935 = mul %4929, %3361 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4936 = reduce_sum %4935 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4937 = mul %3366, %3366 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4938 = mul %3366, %4937 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4939 = broadcast %4425 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4940 = mul %4938, %4939 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4941 = mul %4936, %4940 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4942 = div %4941, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4943 = broadcast %4942 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4944 = mul %4943, %3361 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4945 = add %4934, %4944 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4946 = add %4945, %4944 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4947 = add %4888, %4946 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4948 = neg %4946 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4949 = reduce_sum %4948 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4950 = div %4949, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4951 = broadcast %4950 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4952 = add %4947, %4951 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4953 = mul %4952, %3355 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4954 = div %4953, %3349 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4955 = reduce_sum %4954 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4956 = reshape %4955 : f32[16] @ models/lib/nn.yaml:84:18
%4957 = div %4953, %3349 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4958 = cast %4957 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4959 = matmul %4958, %2593 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4960 = reshape %4958 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4961 = reshape %3343 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4962 = matmul %4960, %4961 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4963 = reshape %4959 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4964 = permute %4963 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4965 = cast %4964 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4966 = cast %3333 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4967 = permute %4966 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4968 = slice %4965 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4969 = broadcast %4968 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4970 = slice %4967 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4971 = broadcast %4970 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4972 = mul %4969, %4971 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4973 = slice %4965 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4974 = broadcast %4973 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4975 = slice %4967 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4976 = broadcast %4975 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4977 = mul %4974, %4976 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4978 = add %4972, %4977 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4979 = slice %4965 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4980 = broadcast %4979 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4981 = slice %4967 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4982 = broadcast %4981 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4983 = mul %4980, %4982 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4984 = add %4978, %4983 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4985 = slice %4965 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4986 = broadcast %4985 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4987 = slice %4967 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4988 = broadcast %4987 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4989 = mul %4986, %4988 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4990 = add %4984, %4989 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4991 = slice %4965 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4992 = broadcast %4991 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4993 = slice %4967 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4994 = broadcast %4993 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4995 = mul %4992, %4994 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4996 = add %4990, %4995 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4997 = slice %4965 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4998 = broadcast %4997 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4999 = slice %4967 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5000 = broadcast %4999 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5001 = mul %4998, %5000 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5002 = add %4996, %5001 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5003 = slice %4965 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5004 = broadcast %5003 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5005 = slice %4967 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5006 = broadcast %5005 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5007 = mul %5004, %5006 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5008 = add %5002, %5007 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5009 = slice %4965 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5010 = broadcast %5009 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5011 = slice %4967 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5012 = broadcast %5011 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5013 = mul %5010, %5012 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5014 = add %5008, %5013 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5015 = cast %5014 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5016 = cast %3331 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5017 = permute %5016 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5018 = cast %4964 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5019 = reshape %5017 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5020 = broadcast %5019 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5021 = reshape %5018 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5022 = broadcast %5021 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5023 = mul %5020, %5022 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5024 = reduce_sum %5023 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5025 = cast %5024 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5026 = cast %5015 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5027 = div %5026, %3328 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5028 = mul %5027, %3330 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5029 = neg %5028 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5030 = reduce_sum %5029 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5031 = broadcast %5030 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5032 = add %5027, %5031 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5033 = exp %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5034 = mul %5032, %5033 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5035 = mul %5034, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5036 = cast %5035 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5037 = cast %5036 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5038 = cast %3266 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5039 = reshape %5037 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5040 = broadcast %5039 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5041 = reshape %5038 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5042 = broadcast %5041 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5043 = mul %5040, %5042 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5044 = reduce_sum %5043 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5045 = cast %5044 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5046 = cast %5036 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5047 = permute %5046 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5048 = cast %3264 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5049 = reshape %5047 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5050 = broadcast %5049 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5051 = reshape %5048 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5052 = broadcast %5051 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5053 = mul %5050, %5052 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5054 = reduce_sum %5053 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5055 = cast %5054 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5056 = reshape %5055 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5057 = reshape %5025 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5058 = reshape %5045 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5059 = concat %5058, %5056, %5057 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5060 = permute %5059 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5061 = reshape %5060 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5062 = cast %5061 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5063 = reduce_sum %5062 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5064 = reshape %5063 : f32[48] @ models/lib/nn.yaml:84:18
%5065 = permute %5059 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5066 = reshape %5065 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5067 = matmul %5066, %2503 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5068 = reshape %5065 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5069 = reshape %3255 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5070 = matmul %5068, %5069 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5071 = cast %5067 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5072 = reduce_sum %5071 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5073 = reshape %5072 : f32[16] @ models/lib/nn.yaml:96:46
%5074 = cast %5067 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5075 = mul %5074, %3251 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5076 = cast %5067 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5077 = mul %5076, %3250 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5078 = reduce_sum %5077 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5079 = reshape %5078 : f32[16] @ models/lib/nn.yaml:96:37
%5080 = mul %5075, %3249 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5081 = mul %5075, %3243 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5082 = reduce_sum %5081 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5083 = mul %3248, %3248 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5084 = mul %3248, %5083 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5085 = mul %5084, %4939 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5086 = mul %5082, %5085 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5087 = div %5086, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5088 = broadcast %5087 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5089 = mul %5088, %3243 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5090 = add %5080, %5089 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5091 = add %5090, %5089 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5092 = add %4952, %5091 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5093 = neg %5091 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5094 = reduce_sum %5093 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5095 = div %5094, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5096 = broadcast %5095 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5097 = add %5092, %5096 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5098 = reduce_sum %5097 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5099 = reshape %5098 : f32[16] @ models/lib/nn.yaml:84:18
%5100 = cast %5097 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5101 = matmul %5100, %2481 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5102 = reshape %5100 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5103 = reshape %3234 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5104 = matmul %5102, %5103 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5105 = cast %5101 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5106 = mul %3228, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5107 = erf %5106 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5108 = add %1442, %5107 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5109 = mul %5105, %5108 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5110 = cast %5101 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5111 = mul %1437, %3228 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5112 = mul %5110, %5111 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5113 = mul %3228, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5114 = mul %5113, %5113 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5115 = neg %5114 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5116 = exp %5115 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5117 = mul %5116, %4912 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5118 = mul %5112, %5117 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5119 = mul %5118, %1439 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5120 = mul %5109, %1437 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5121 = add %5119, %5120 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5122 = reduce_sum %5121 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5123 = reshape %5122 : f32[64] @ models/lib/nn.yaml:84:18
%5124 = cast %5121 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5125 = matmul %5124, %2470 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5126 = reshape %5124 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5127 = reshape %3224 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5128 = matmul %5126, %5127 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5129 = cast %5125 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5130 = reduce_sum %5129 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5131 = reshape %5130 : f32[16] @ models/lib/nn.yaml:96:46
%5132 = cast %5125 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5133 = mul %5132, %3220 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5134 = cast %5125 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5135 = mul %5134, %3219 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5136 = reduce_sum %5135 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5137 = reshape %5136 : f32[16] @ models/lib/nn.yaml:96:37
%5138 = mul %5133, %3218 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5139 = mul %5133, %3212 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5140 = reduce_sum %5139 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5141 = mul %3217, %3217 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5142 = mul %3217, %5141 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5143 = mul %5142, %4939 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5144 = mul %5140, %5143 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5145 = div %5144, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5146 = broadcast %5145 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5147 = mul %5146, %3212 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5148 = add %5138, %5147 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5149 = add %5148, %5147 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5150 = add %5097, %5149 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5151 = neg %5149 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5152 = reduce_sum %5151 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5153 = div %5152, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5154 = broadcast %5153 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5155 = add %5150, %5154 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5156 = reduce_sum %5155 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5157 = reshape %5156 : f32[16] @ models/lib/nn.yaml:84:18
%5158 = cast %5155 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5159 = matmul %5158, %2448 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5160 = reshape %5158 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5161 = reshape %3202 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5162 = matmul %5160, %5161 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5163 = reshape %5159 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5164 = permute %5163 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5165 = cast %5164 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5166 = cast %3192 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5167 = permute %5166 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5168 = slice %5165 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5169 = broadcast %5168 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5170 = slice %5167 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5171 = broadcast %5170 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5172 = mul %5169, %5171 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5173 = slice %5165 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5174 = broadcast %5173 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5175 = slice %5167 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5176 = broadcast %5175 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5177 = mul %5174, %5176 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5178 = add %5172, %5177 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5179 = slice %5165 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5180 = broadcast %5179 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5181 = slice %5167 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5182 = broadcast %5181 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5183 = mul %5180, %5182 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5184 = add %5178, %5183 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5185 = slice %5165 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5186 = broadcast %5185 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5187 = slice %5167 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5188 = broadcast %5187 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5189 = mul %5186, %5188 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5190 = add %5184, %5189 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5191 = slice %5165 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5192 = broadcast %5191 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5193 = slice %5167 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5194 = broadcast %5193 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5195 = mul %5192, %5194 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5196 = add %5190, %5195 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5197 = slice %5165 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5198 = broadcast %5197 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5199 = slice %5167 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5200 = broadcast %5199 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5201 = mul %5198, %5200 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5202 = add %5196, %5201 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5203 = slice %5165 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5204 = broadcast %5203 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5205 = slice %5167 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5206 = broadcast %5205 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5207 = mul %5204, %5206 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5208 = add %5202, %5207 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5209 = slice %5165 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5210 = broadcast %5209 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5211 = slice %5167 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5212 = broadcast %5211 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5213 = mul %5210, %5212 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5214 = add %5208, %5213 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5215 = cast %5214 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5216 = cast %3190 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5217 = permute %5216 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5218 = cast %5164 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5219 = reshape %5217 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5220 = broadcast %5219 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5221 = reshape %5218 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5222 = broadcast %5221 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5223 = mul %5220, %5222 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5224 = reduce_sum %5223 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5225 = cast %5224 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5226 = cast %5215 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5227 = div %5226, %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5228 = mul %5227, %3189 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5229 = neg %5228 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5230 = reduce_sum %5229 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5231 = broadcast %5230 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5232 = add %5227, %5231 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5233 = exp %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5234 = mul %5232, %5233 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5235 = mul %5234, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5236 = cast %5235 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5237 = cast %5236 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5238 = cast %3125 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5239 = reshape %5237 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5240 = broadcast %5239 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5241 = reshape %5238 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5242 = broadcast %5241 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5243 = mul %5240, %5242 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5244 = reduce_sum %5243 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5245 = cast %5244 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5246 = cast %5236 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5247 = permute %5246 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5248 = cast %3123 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5249 = reshape %5247 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5250 = broadcast %5249 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5251 = reshape %5248 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5252 = broadcast %5251 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5253 = mul %5250, %5252 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5254 = reduce_sum %5253 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5255 = cast %5254 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5256 = reshape %5255 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5257 = reshape %5225 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5258 = reshape %5245 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5259 = concat %5258, %5256, %5257 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5260 = permute %5259 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5261 = reshape %5260 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5262 = cast %5261 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5263 = reduce_sum %5262 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5264 = reshape %5263 : f32[48] @ models/lib/nn.yaml:84:18
%5265 = permute %5259 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5266 = reshape %5265 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5267 = matmul %5266, %2358 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5268 = reshape %5265 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5269 = reshape %3114 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5270 = matmul %5268, %5269 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5271 = cast %5267 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5272 = reduce_sum %5271 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5273 = reshape %5272 : f32[16] @ models/lib/nn.yaml:96:46
%5274 = cast %5267 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5275 = mul %5274, %3110 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5276 = cast %5267 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5277 = mul %5276, %3109 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5278 = reduce_sum %5277 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5279 = reshape %5278 : f32[16] @ models/lib/nn.yaml:96:37
%5280 = mul %5275, %3108 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5281 = mul %5275, %3102 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5282 = reduce_sum %5281 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5283 = mul %3107, %3107 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5284 = mul %3107, %5283 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5285 = mul %5284, %4939 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5286 = mul %5282, %5285 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5287 = div %5286, %1305 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5288 = broadcast %5287 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5289 = mul %5288, %3102 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5290 = add %5280, %5289 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5291 = add %5290, %5289 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5292 = add %5155, %5291 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5293 = neg %5291 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5294 = reduce_sum %5293 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5295 = div %5294, %1305 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5296 = broadcast %5295 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5297 = add %5292, %5296 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5298 = reduce_sum %5297 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5299 = cast %5298 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5300 = reshape %5299 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5301 = permute %5300 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5302 = reshape %5301 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5303 = matmul %1291, %5302 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5304 = reshape %5303 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5305 = permute %5304 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5306 = reshape %5305 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5307 = matmul %1291, %5306 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5308 = reduce_sum %5297 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5309 = reshape %5308 : f32[16] @ models/lib/vit.yaml:17:71
%5310 = reshape %5297 : f32[36,16] @ models/lib/vit.yaml:17:18
%5311 = cast %5310 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5312 = reshape %1283 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5313 = matmul %5311, %5312 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5314 = concat %4153, %4141 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5315 = concat %4185, %4215 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5316 = cast %5314 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%5317 = matmul %5316, %3080 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5318 = reshape %5316 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5319 = reshape %3079 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5320 = matmul %5318, %5319 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5321 = cast %5320 : f32[16,8] @ models/lib/dino.yaml:22:33
%5322 = div %5321, %3077 : f32[16,8] @ models/lib/dino.yaml:22:33
%5323 = mul %5322, %3078 : f32[16,8] @ models/lib/dino.yaml:22:33
%5324 = neg %5323 : f32[16,8] @ models/lib/dino.yaml:22:33
%5325 = reduce_sum %5324 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5326 = mul %5325, %4228 : f32[16,1] @ models/lib/dino.yaml:22:35
%5327 = div %5326, %3076 : f32[16,1] @ models/lib/dino.yaml:22:35
%5328 = broadcast %5327 : f32[16,8] @ models/lib/dino.yaml:22:40
%5329 = mul %5328, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5330 = add %4235, %5329 : f32[16,8] @ models/lib/dino.yaml:22:53
%5331 = add %5330, %5329 : f32[16,8] @ models/lib/dino.yaml:22:53
%5332 = mul %5322, %3072 : f32[16,8] @ models/lib/dino.yaml:22:22
%5333 = add %5331, %5332 : f32[16,8] @ models/lib/dino.yaml:22:22
%5334 = cast %5317 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5335 = div %5334, %3070 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5336 = mul %5335, %3071 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5337 = neg %5336 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5338 = reduce_sum %5337 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5339 = broadcast %4241 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5340 = broadcast %316 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5341 = mul %5338, %5340 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5342 = sqrt %3067 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5343 = eq %5342, %1261 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5344 = select %5343, %5341, %5339 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5345 = sqrt %3067 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5346 = gt %5345, %1261 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5347 = select %5346, %5338, %5344 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5348 = mul %5347, %5340 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5349 = sqrt %3067 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5350 = div %5348, %5349 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5351 = broadcast %5350 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5352 = mul %5351, %3065 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5353 = add %5335, %5352 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5354 = add %5353, %5352 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5355 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5356 = reshape %5354 : f32[64,8] @ models/lib/nn.yaml:84:18
%5357 = matmul %5355, %5356 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5358 = reshape %5357 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5359 = reshape %5358 : f32[8] @ models/lib/nn.yaml:84:18
%5360 = add %4259, %5359 : f32[8] @ models/lib/nn.yaml:84:18
%5361 = cast %5354 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5362 = matmul %5361, %3061 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5363 = reshape %5361 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5364 = reshape %3060 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5365 = matmul %5363, %5364 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5366 = cast %4264 : f32[8,24] @ models/lib/nn.yaml:83:15
%5367 = cast %5365 : f32[8,24] @ models/lib/nn.yaml:83:15
%5368 = add %5366, %5367 : f32[8,24] @ models/lib/nn.yaml:83:15
%5369 = cast %5362 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5370 = mul %3054, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5371 = erf %5370 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5372 = add %1238, %5371 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5373 = mul %5369, %5372 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5374 = cast %5362 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5375 = mul %1233, %3054 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5376 = mul %5374, %5375 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5377 = mul %3054, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5378 = mul %5377, %5377 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5379 = neg %5378 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5380 = exp %5379 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5381 = broadcast %4277 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5382 = mul %5380, %5381 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5383 = mul %5376, %5382 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5384 = mul %5383, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5385 = mul %5373, %1233 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5386 = add %5384, %5385 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5387 = reshape %5386 : f32[64,24] @ models/lib/nn.yaml:84:18
%5388 = matmul %5355, %5387 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5389 = reshape %5388 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5390 = reshape %5389 : f32[24] @ models/lib/nn.yaml:84:18
%5391 = add %4285, %5390 : f32[24] @ models/lib/nn.yaml:84:18
%5392 = cast %5386 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5393 = matmul %5392, %3050 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5394 = reshape %5392 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5395 = reshape %3049 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5396 = matmul %5394, %5395 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5397 = cast %4290 : f32[24,24] @ models/lib/nn.yaml:83:15
%5398 = cast %5396 : f32[24,24] @ models/lib/nn.yaml:83:15
%5399 = add %5397, %5398 : f32[24,24] @ models/lib/nn.yaml:83:15
%5400 = cast %5393 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5401 = mul %3043, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5402 = erf %5401 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5403 = add %1238, %5402 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5404 = mul %5400, %5403 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5405 = cast %5393 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5406 = mul %1233, %3043 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5407 = mul %5405, %5406 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5408 = mul %3043, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5409 = mul %5408, %5408 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5410 = neg %5409 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5411 = exp %5410 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5412 = mul %5411, %5381 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5413 = mul %5407, %5412 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5414 = mul %5413, %1235 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5415 = mul %5404, %1233 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5416 = add %5414, %5415 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5417 = reshape %5416 : f32[64,24] @ models/lib/nn.yaml:84:18
%5418 = matmul %5355, %5417 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5419 = reshape %5418 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5420 = reshape %5419 : f32[24] @ models/lib/nn.yaml:84:18
%5421 = add %4309, %5420 : f32[24] @ models/lib/nn.yaml:84:18
%5422 = cast %5416 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5423 = matmul %5422, %3039 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5424 = reshape %5422 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5425 = reshape %3038 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5426 = matmul %5424, %5425 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5427 = cast %4314 : f32[24,16] @ models/lib/nn.yaml:83:15
%5428 = cast %5426 : f32[24,16] @ models/lib/nn.yaml:83:15
%5429 = add %5427, %5428 : f32[24,16] @ models/lib/nn.yaml:83:15
%5430 = cast %5315 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5431 = matmul %5430, %3036 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5432 = reshape %5430 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5433 = reshape %3035 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5434 = matmul %5432, %5433 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5435 = cast %5434 : f32[32,8] @ models/lib/dino.yaml:22:33
%5436 = div %5435, %3033 : f32[32,8] @ models/lib/dino.yaml:22:33
%5437 = mul %5436, %3034 : f32[32,8] @ models/lib/dino.yaml:22:33
%5438 = neg %5437 : f32[32,8] @ models/lib/dino.yaml:22:33
%5439 = reduce_sum %5438 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5440 = mul %5439, %4325 : f32[32,1] @ models/lib/dino.yaml:22:35
%5441 = div %5440, %3032 : f32[32,1] @ models/lib/dino.yaml:22:35
%5442 = broadcast %5441 : f32[32,8] @ models/lib/dino.yaml:22:40
%5443 = mul %5442, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5444 = add %4332, %5443 : f32[32,8] @ models/lib/dino.yaml:22:53
%5445 = add %5444, %5443 : f32[32,8] @ models/lib/dino.yaml:22:53
%5446 = mul %5436, %3028 : f32[32,8] @ models/lib/dino.yaml:22:22
%5447 = add %5445, %5446 : f32[32,8] @ models/lib/dino.yaml:22:22
%5448 = cast %5431 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5449 = div %5448, %3026 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5450 = mul %5449, %3027 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5451 = neg %5450 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5452 = reduce_sum %5451 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5453 = mul %5452, %4339 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5454 = sqrt %3023 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5455 = eq %5454, %1213 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5456 = select %5455, %5453, %4338 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5457 = sqrt %3023 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5458 = gt %5457, %1213 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5459 = select %5458, %5452, %5456 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5460 = mul %5459, %4339 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5461 = sqrt %3023 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5462 = div %5460, %5461 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5463 = broadcast %5462 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5464 = mul %5463, %3021 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5465 = add %5449, %5464 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5466 = add %5465, %5464 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5467 = reduce_sum %5466 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5468 = reshape %5467 : f32[8] @ models/lib/nn.yaml:84:18
%5469 = add %4355, %5468 : f32[8] @ models/lib/nn.yaml:84:18
%5470 = cast %5466 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5471 = matmul %5470, %3017 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5472 = reshape %5470 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5473 = reshape %3016 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5474 = matmul %5472, %5473 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5475 = cast %4360 : f32[8,24] @ models/lib/nn.yaml:83:15
%5476 = cast %5474 : f32[8,24] @ models/lib/nn.yaml:83:15
%5477 = add %5475, %5476 : f32[8,24] @ models/lib/nn.yaml:83:15
%5478 = cast %5471 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5479 = mul %3010, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5480 = erf %5479 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5481 = add %1189, %5480 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5482 = mul %5478, %5481 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5483 = cast %5471 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5484 = mul %1184, %3010 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5485 = mul %5483, %5484 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5486 = mul %3010, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5487 = mul %5486, %5486 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5488 = neg %5487 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5489 = exp %5488 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5490 = mul %5489, %4373 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5491 = mul %5485, %5490 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5492 = mul %5491, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5493 = mul %5482, %1184 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5494 = add %5492, %5493 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5495 = reduce_sum %5494 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5496 = reshape %5495 : f32[24] @ models/lib/nn.yaml:84:18
%5497 = add %4380, %5496 : f32[24] @ models/lib/nn.yaml:84:18
%5498 = cast %5494 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5499 = matmul %5498, %3006 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5500 = reshape %5498 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5501 = reshape %3005 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5502 = matmul %5500, %5501 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5503 = cast %4385 : f32[24,24] @ models/lib/nn.yaml:83:15
%5504 = cast %5502 : f32[24,24] @ models/lib/nn.yaml:83:15
%5505 = add %5503, %5504 : f32[24,24] @ models/lib/nn.yaml:83:15
%5506 = cast %5499 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5507 = mul %2999, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5508 = erf %5507 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5509 = add %1189, %5508 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5510 = mul %5506, %5509 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5511 = cast %5499 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5512 = mul %1184, %2999 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5513 = mul %5511, %5512 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5514 = mul %2999, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5515 = mul %5514, %5514 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5516 = neg %5515 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5517 = exp %5516 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5518 = mul %5517, %4373 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5519 = mul %5513, %5518 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5520 = mul %5519, %1186 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5521 = mul %5510, %1184 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5522 = add %5520, %5521 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5523 = reduce_sum %5522 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5524 = reshape %5523 : f32[24] @ models/lib/nn.yaml:84:18
%5525 = add %4404, %5524 : f32[24] @ models/lib/nn.yaml:84:18
%5526 = cast %5522 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5527 = matmul %5526, %2995 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5528 = reshape %5526 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5529 = reshape %2994 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5530 = matmul %5528, %5529 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5531 = cast %4409 : f32[24,16] @ models/lib/nn.yaml:83:15
%5532 = cast %5530 : f32[24,16] @ models/lib/nn.yaml:83:15
%5533 = add %5531, %5532 : f32[24,16] @ models/lib/nn.yaml:83:15
%5534 = concat %5527, %5423 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5535 = cast %5534 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5536 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5537 = reshape %5535 : f32[68,16] @ models/lib/nn.yaml:96:46
%5538 = matmul %5536, %5537 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5539 = reshape %5538 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5540 = reshape %5539 : f32[16] @ models/lib/nn.yaml:96:46
%5541 = add %4413, %5540 : f32[16] @ models/lib/nn.yaml:96:46
%5542 = mul %5535, %2989 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5543 = mul %5535, %2988 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5544 = reshape %5543 : f32[68,16] @ models/lib/nn.yaml:96:37
%5545 = matmul %5536, %5544 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5546 = reshape %5545 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5547 = reshape %5546 : f32[16] @ models/lib/nn.yaml:96:37
%5548 = add %4419, %5547 : f32[16] @ models/lib/nn.yaml:96:37
%5549 = mul %5542, %2987 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5550 = mul %5542, %2981 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5551 = reduce_sum %5550 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5552 = mul %2986, %2986 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5553 = mul %2986, %5552 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5554 = broadcast %4425 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5555 = mul %5553, %5554 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5556 = mul %5551, %5555 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5557 = div %5556, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5558 = broadcast %5557 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5559 = mul %5558, %2981 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5560 = add %5549, %5559 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5561 = add %5560, %5559 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5562 = neg %5561 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5563 = reduce_sum %5562 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5564 = div %5563, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5565 = broadcast %5564 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5566 = add %5561, %5565 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5567 = slice %5566 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5568 = slice %5566 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5569 = reduce_sum %5567 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5570 = reshape %5569 : f32[16] @ models/lib/nn.yaml:84:18
%5571 = add %4442, %5570 : f32[16] @ models/lib/nn.yaml:84:18
%5572 = cast %5567 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5573 = matmul %5572, %2971 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5574 = reshape %5572 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5575 = reshape %2970 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5576 = matmul %5574, %5575 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5577 = cast %4447 : f32[16,64] @ models/lib/nn.yaml:83:15
%5578 = cast %5576 : f32[16,64] @ models/lib/nn.yaml:83:15
%5579 = add %5577, %5578 : f32[16,64] @ models/lib/nn.yaml:83:15
%5580 = cast %5573 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5581 = mul %2964, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5582 = erf %5581 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5583 = add %995, %5582 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5584 = mul %5580, %5583 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5585 = cast %5573 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5586 = mul %990, %2964 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5587 = mul %5585, %5586 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5588 = mul %2964, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5589 = mul %5588, %5588 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5590 = neg %5589 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5591 = exp %5590 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5592 = mul %5591, %4460 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5593 = mul %5587, %5592 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5594 = mul %5593, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5595 = mul %5584, %990 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5596 = add %5594, %5595 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5597 = reduce_sum %5596 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5598 = reshape %5597 : f32[64] @ models/lib/nn.yaml:84:18
%5599 = add %4467, %5598 : f32[64] @ models/lib/nn.yaml:84:18
%5600 = cast %5596 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5601 = matmul %5600, %2960 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5602 = reshape %5600 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5603 = reshape %2959 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5604 = matmul %5602, %5603 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5605 = cast %4472 : f32[64,16] @ models/lib/nn.yaml:83:15
%5606 = cast %5604 : f32[64,16] @ models/lib/nn.yaml:83:15
%5607 = add %5605, %5606 : f32[64,16] @ models/lib/nn.yaml:83:15
%5608 = cast %5601 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5609 = reduce_sum %5608 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5610 = reshape %5609 : f32[16] @ models/lib/nn.yaml:96:46
%5611 = add %4475, %5610 : f32[16] @ models/lib/nn.yaml:96:46
%5612 = cast %5601 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5613 = mul %5612, %2955 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5614 = cast %5601 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5615 = mul %5614, %2954 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5616 = reduce_sum %5615 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5617 = reshape %5616 : f32[16] @ models/lib/nn.yaml:96:37
%5618 = add %4481, %5617 : f32[16] @ models/lib/nn.yaml:96:37
%5619 = mul %5613, %2953 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5620 = mul %5613, %2947 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5621 = reduce_sum %5620 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5622 = mul %2952, %2952 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5623 = mul %2952, %5622 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5624 = mul %5623, %4487 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5625 = mul %5621, %5624 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5626 = div %5625, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5627 = broadcast %5626 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5628 = mul %5627, %2947 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5629 = add %5619, %5628 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5630 = add %5629, %5628 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5631 = add %5567, %5630 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5632 = neg %5630 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5633 = reduce_sum %5632 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5634 = div %5633, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5635 = broadcast %5634 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5636 = add %5631, %5635 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5637 = reduce_sum %5636 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5638 = reshape %5637 : f32[16] @ models/lib/nn.yaml:84:18
%5639 = add %4502, %5638 : f32[16] @ models/lib/nn.yaml:84:18
%5640 = cast %5636 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5641 = matmul %5640, %2938 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5642 = reshape %5640 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5643 = reshape %2936 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5644 = matmul %5642, %5643 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5645 = cast %4507 : f32[16,16] @ models/lib/nn.yaml:83:15
%5646 = cast %5644 : f32[16,16] @ models/lib/nn.yaml:83:15
%5647 = add %5645, %5646 : f32[16,16] @ models/lib/nn.yaml:83:15
%5648 = reshape %5641 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5649 = permute %5648 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5650 = cast %5649 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5651 = slice %5650 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5652 = broadcast %5651 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5653 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5654 = slice %5653 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5655 = cast %5654 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5656 = mul %5652, %5655 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5657 = slice %5650 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5658 = broadcast %5657 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5659 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5660 = slice %5659 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5661 = cast %5660 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5662 = mul %5658, %5661 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5663 = add %5656, %5662 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5664 = slice %5650 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5665 = broadcast %5664 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5666 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5667 = slice %5666 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5668 = cast %5667 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5669 = mul %5665, %5668 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5670 = add %5663, %5669 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5671 = slice %5650 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5672 = broadcast %5671 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5673 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5674 = slice %5673 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5675 = cast %5674 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5676 = mul %5672, %5675 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5677 = add %5670, %5676 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5678 = slice %5650 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5679 = broadcast %5678 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5680 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5681 = slice %5680 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5682 = cast %5681 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5683 = mul %5679, %5682 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5684 = add %5677, %5683 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5685 = slice %5650 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5686 = broadcast %5685 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5687 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5688 = slice %5687 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5689 = cast %5688 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5690 = mul %5686, %5689 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5691 = add %5684, %5690 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5692 = slice %5650 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5693 = broadcast %5692 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5694 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5695 = slice %5694 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5696 = cast %5695 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5697 = mul %5693, %5696 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5698 = add %5691, %5697 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5699 = slice %5650 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5700 = broadcast %5699 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5701 = permute %2926 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5702 = slice %5701 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5703 = cast %5702 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5704 = mul %5700, %5703 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5705 = add %5698, %5704 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5706 = cast %5705 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5707 = cast %2923 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5708 = permute %5707 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5709 = cast %5649 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5710 = broadcast %5708 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5711 = broadcast %5709 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5712 = mul %5710, %5711 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5713 = cast %5712 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5714 = cast %5706 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5715 = div %5714, %2920 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5716 = mul %5715, %2922 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5717 = neg %5716 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5718 = reduce_sum %5717 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5719 = broadcast %5718 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5720 = add %5715, %5719 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5721 = exp %2917 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5722 = mul %5720, %5721 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5723 = mul %5722, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5724 = cast %5723 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5725 = cast %5724 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5726 = cast %2852 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5727 = reshape %5725 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5728 = broadcast %5727 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5729 = reshape %5726 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5730 = broadcast %5729 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5731 = mul %5728, %5730 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5732 = reduce_sum %5731 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5733 = cast %5732 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5734 = cast %5724 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5735 = permute %5734 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5736 = cast %2849 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5737 = broadcast %5735 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5738 = broadcast %5736 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5739 = mul %5737, %5738 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5740 = cast %5739 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5741 = cast %5713 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5742 = permute %5741 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5743 = reshape %5742 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5744 = reshape %5743 : f32[68,16] @ models/lib/nn.yaml:84:18
%5745 = matmul %5536, %5744 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5746 = reshape %5745 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5747 = reshape %5746 : f32[16] @ models/lib/nn.yaml:84:18
%5748 = add %4605, %5747 : f32[16] @ models/lib/nn.yaml:84:18
%5749 = permute %5713 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5750 = reshape %5749 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5751 = matmul %5750, %2842 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5752 = reshape %5749 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5753 = reshape %2830 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5754 = matmul %5752, %5753 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5755 = cast %4611 : f32[16,16] @ models/lib/nn.yaml:83:15
%5756 = cast %5754 : f32[16,16] @ models/lib/nn.yaml:83:15
%5757 = add %5755, %5756 : f32[16,16] @ models/lib/nn.yaml:83:15
%5758 = cast %5740 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5759 = permute %5758 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5760 = reshape %5759 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5761 = reshape %5760 : f32[68,16] @ models/lib/nn.yaml:84:18
%5762 = matmul %5536, %5761 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5763 = reshape %5762 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5764 = reshape %5763 : f32[16] @ models/lib/nn.yaml:84:18
%5765 = add %4616, %5764 : f32[16] @ models/lib/nn.yaml:84:18
%5766 = permute %5740 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5767 = reshape %5766 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5768 = matmul %5767, %2837 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5769 = cast %5751 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5770 = cast %5768 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5771 = add %5769, %5770 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5772 = reshape %5766 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5773 = matmul %5772, %5753 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5774 = cast %4624 : f32[16,16] @ models/lib/nn.yaml:83:15
%5775 = cast %5773 : f32[16,16] @ models/lib/nn.yaml:83:15
%5776 = add %5774, %5775 : f32[16,16] @ models/lib/nn.yaml:83:15
%5777 = permute %5733 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5778 = reshape %5777 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5779 = cast %5778 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%5780 = reduce_sum %5779 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5781 = reshape %5780 : f32[16] @ models/lib/nn.yaml:84:18
%5782 = add %4629, %5781 : f32[16] @ models/lib/nn.yaml:84:18
%5783 = permute %5733 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5784 = reshape %5783 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5785 = matmul %5784, %2832 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5786 = reshape %5783 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5787 = reshape %2831 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5788 = matmul %5786, %5787 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5789 = cast %4635 : f32[16,16] @ models/lib/nn.yaml:83:15
%5790 = cast %5788 : f32[16,16] @ models/lib/nn.yaml:83:15
%5791 = add %5789, %5790 : f32[16,16] @ models/lib/nn.yaml:83:15
%5792 = cast %5785 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5793 = pad %5792 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5794 = add %5771, %5793 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5795 = reshape %5794 : f32[68,16] @ models/lib/nn.yaml:96:46
%5796 = matmul %5536, %5795 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5797 = reshape %5796 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5798 = reshape %5797 : f32[16] @ models/lib/nn.yaml:96:46
%5799 = add %4640, %5798 : f32[16] @ models/lib/nn.yaml:96:46
%5800 = mul %5794, %2826 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5801 = mul %5794, %2825 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5802 = reshape %5801 : f32[68,16] @ models/lib/nn.yaml:96:37
%5803 = matmul %5536, %5802 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5804 = reshape %5803 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5805 = reshape %5804 : f32[16] @ models/lib/nn.yaml:96:37
%5806 = add %4644, %5805 : f32[16] @ models/lib/nn.yaml:96:37
%5807 = mul %5800, %2824 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5808 = mul %5800, %2818 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5809 = reduce_sum %5808 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5810 = mul %2823, %2823 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5811 = mul %2823, %5810 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5812 = mul %5811, %5554 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5813 = mul %5809, %5812 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5814 = div %5813, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5815 = broadcast %5814 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5816 = mul %5815, %2818 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5817 = add %5807, %5816 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5818 = add %5817, %5816 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5819 = neg %5818 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5820 = reduce_sum %5819 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5821 = div %5820, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5822 = broadcast %5821 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5823 = add %5818, %5822 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5824 = slice %5823 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5825 = add %5636, %5824 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5826 = slice %5823 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5827 = add %5568, %5826 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5828 = reduce_sum %5825 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5829 = reshape %5828 : f32[16] @ models/lib/nn.yaml:84:18
%5830 = add %4667, %5829 : f32[16] @ models/lib/nn.yaml:84:18
%5831 = cast %5825 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5832 = matmul %5831, %2808 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5833 = reshape %5831 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5834 = reshape %2807 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5835 = matmul %5833, %5834 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5836 = cast %4672 : f32[16,64] @ models/lib/nn.yaml:83:15
%5837 = cast %5835 : f32[16,64] @ models/lib/nn.yaml:83:15
%5838 = add %5836, %5837 : f32[16,64] @ models/lib/nn.yaml:83:15
%5839 = cast %5832 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5840 = mul %2801, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5841 = erf %5840 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5842 = add %995, %5841 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5843 = mul %5839, %5842 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5844 = cast %5832 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5845 = mul %990, %2801 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5846 = mul %5844, %5845 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5847 = mul %2801, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5848 = mul %5847, %5847 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5849 = neg %5848 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5850 = exp %5849 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5851 = mul %5850, %4460 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5852 = mul %5846, %5851 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5853 = mul %5852, %992 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5854 = mul %5843, %990 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5855 = add %5853, %5854 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5856 = reduce_sum %5855 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5857 = reshape %5856 : f32[64] @ models/lib/nn.yaml:84:18
%5858 = add %4691, %5857 : f32[64] @ models/lib/nn.yaml:84:18
%5859 = cast %5855 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5860 = matmul %5859, %2797 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5861 = reshape %5859 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5862 = reshape %2796 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5863 = matmul %5861, %5862 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5864 = cast %4696 : f32[64,16] @ models/lib/nn.yaml:83:15
%5865 = cast %5863 : f32[64,16] @ models/lib/nn.yaml:83:15
%5866 = add %5864, %5865 : f32[64,16] @ models/lib/nn.yaml:83:15
%5867 = cast %5860 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5868 = reduce_sum %5867 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5869 = reshape %5868 : f32[16] @ models/lib/nn.yaml:96:46
%5870 = add %4699, %5869 : f32[16] @ models/lib/nn.yaml:96:46
%5871 = cast %5860 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5872 = mul %5871, %2792 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5873 = cast %5860 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5874 = mul %5873, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5875 = reduce_sum %5874 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5876 = reshape %5875 : f32[16] @ models/lib/nn.yaml:96:37
%5877 = add %4705, %5876 : f32[16] @ models/lib/nn.yaml:96:37
%5878 = mul %5872, %2790 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5879 = mul %5872, %2784 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5880 = reduce_sum %5879 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5881 = mul %2789, %2789 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5882 = mul %2789, %5881 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5883 = mul %5882, %4487 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5884 = mul %5880, %5883 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5885 = div %5884, %969 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5886 = broadcast %5885 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5887 = mul %5886, %2784 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5888 = add %5878, %5887 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5889 = add %5888, %5887 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5890 = add %5825, %5889 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5891 = neg %5889 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5892 = reduce_sum %5891 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5893 = div %5892, %969 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5894 = broadcast %5893 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5895 = add %5890, %5894 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5896 = reduce_sum %5895 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5897 = reshape %5896 : f32[16] @ models/lib/nn.yaml:84:18
%5898 = add %4725, %5897 : f32[16] @ models/lib/nn.yaml:84:18
%5899 = cast %5895 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5900 = matmul %5899, %2775 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5901 = reshape %5899 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5902 = reshape %2773 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5903 = matmul %5901, %5902 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5904 = cast %4730 : f32[16,16] @ models/lib/nn.yaml:83:15
%5905 = cast %5903 : f32[16,16] @ models/lib/nn.yaml:83:15
%5906 = add %5904, %5905 : f32[16,16] @ models/lib/nn.yaml:83:15
%5907 = reshape %5900 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5908 = permute %5907 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5909 = cast %5908 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5910 = slice %5909 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5911 = broadcast %5910 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5912 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5913 = slice %5912 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5914 = cast %5913 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5915 = mul %5911, %5914 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5916 = slice %5909 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5917 = broadcast %5916 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5918 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5919 = slice %5918 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5920 = cast %5919 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5921 = mul %5917, %5920 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5922 = add %5915, %5921 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5923 = slice %5909 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5924 = broadcast %5923 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5925 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5926 = slice %5925 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5927 = cast %5926 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5928 = mul %5924, %5927 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5929 = add %5922, %5928 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5930 = slice %5909 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5931 = broadcast %5930 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5932 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5933 = slice %5932 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5934 = cast %5933 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5935 = mul %5931, %5934 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5936 = add %5929, %5935 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5937 = slice %5909 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5938 = broadcast %5937 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5939 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5940 = slice %5939 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5941 = cast %5940 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5942 = mul %5938, %5941 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5943 = add %5936, %5942 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5944 = slice %5909 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5945 = broadcast %5944 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5946 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5947 = slice %5946 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5948 = cast %5947 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5949 = mul %5945, %5948 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5950 = add %5943, %5949 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5951 = slice %5909 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5952 = broadcast %5951 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5953 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5954 = slice %5953 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5955 = cast %5954 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5956 = mul %5952, %5955 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5957 = add %5950, %5956 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5958 = slice %5909 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5959 = broadcast %5958 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5960 = permute %2763 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5961 = slice %5960 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5962 = cast %5961 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5963 = mul %5959, %5962 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5964 = add %5957, %5963 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5965 = cast %5964 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5966 = cast %2760 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5967 = permute %5966 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5968 = cast %5908 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5969 = broadcast %5967 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5970 = broadcast %5968 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5971 = mul %5969, %5970 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5972 = cast %5971 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5973 = cast %5965 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5974 = div %5973, %2757 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5975 = mul %5974, %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5976 = neg %5975 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5977 = reduce_sum %5976 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5978 = broadcast %5977 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5979 = add %5974, %5978 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5980 = exp %2754 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5981 = mul %5979, %5980 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5982 = mul %5981, %934 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5983 = cast %5982 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5984 = cast %5983 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5985 = cast %2689 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5986 = reshape %5984 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5987 = broadcast %5986 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5988 = reshape %5985 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5989 = broadcast %5988 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5990 = mul %5987, %5989 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5991 = reduce_sum %5990 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5992 = cast %5991 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5993 = cast %5983 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5994 = permute %5993 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5995 = cast %2686 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5996 = broadcast %5994 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5997 = broadcast %5995 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5998 = mul %5996, %5997 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5999 = cast %5998 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%6000 = cast %5972 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%6001 = permute %6000 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%6002 = reshape %6001 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%6003 = reshape %6002 : f32[68,16] @ models/lib/nn.yaml:84:18
%6004 = matmul %5536, %6003 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6005 = reshape %6004 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6006 = reshape %6005 : f32[16] @ models/lib/nn.yaml:84:18
%6007 = add %4828, %6006 : f32[16] @ models/lib/nn.yaml:84:18
%6008 = permute %5972 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%6009 = reshape %6008 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%6010 = matmul %6009, %2679 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6011 = reshape %6008 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6012 = reshape %2667 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6013 = matmul %6011, %6012 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6014 = cast %4834 : f32[16,16] @ models/lib/nn.yaml:83:15
%6015 = cast %6013 : f32[16,16] @ models/lib/nn.yaml:83:15
%6016 = add %6014, %6015 : f32[16,16] @ models/lib/nn.yaml:83:15
%6017 = cast %5999 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%6018 = permute %6017 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%6019 = reshape %6018 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%6020 = reshape %6019 : f32[68,16] @ models/lib/nn.yaml:84:18
%6021 = matmul %5536, %6020 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6022 = reshape %6021 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6023 = reshape %6022 : f32[16] @ models/lib/nn.yaml:84:18
%6024 = add %4839, %6023 : f32[16] @ models/lib/nn.yaml:84:18
%6025 = permute %5999 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%6026 = reshape %6025 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%6027 = matmul %6026, %2674 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6028 = cast %6010 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6029 = cast %6027 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6030 = add %6028, %6029 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6031 = reshape %6025 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6032 = matmul %6031, %6012 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6033 = cast %4847 : f32[16,16] @ models/lib/nn.yaml:83:15
%6034 = cast %6032 : f32[16,16] @ models/lib/nn.yaml:83:15
%6035 = add %6033, %6034 : f32[16,16] @ models/lib/nn.yaml:83:15
%6036 = permute %5992 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6037 = reshape %6036 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6038 = cast %6037 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%6039 = reduce_sum %6038 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6040 = reshape %6039 : f32[16] @ models/lib/nn.yaml:84:18
%6041 = add %4852, %6040 : f32[16] @ models/lib/nn.yaml:84:18
%6042 = permute %5992 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6043 = reshape %6042 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6044 = matmul %6043, %2669 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6045 = reshape %6042 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6046 = reshape %2668 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6047 = matmul %6045, %6046 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6048 = cast %4858 : f32[16,16] @ models/lib/nn.yaml:83:15
%6049 = cast %6047 : f32[16,16] @ models/lib/nn.yaml:83:15
%6050 = add %6048, %6049 : f32[16,16] @ models/lib/nn.yaml:83:15
%6051 = cast %6044 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%6052 = pad %6051 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6053 = add %6030, %6052 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6054 = reshape %6053 : f32[68,16] @ models/lib/nn.yaml:96:46
%6055 = matmul %5536, %6054 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6056 = reshape %6055 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6057 = reshape %6056 : f32[16] @ models/lib/nn.yaml:96:46
%6058 = add %4863, %6057 : f32[16] @ models/lib/nn.yaml:96:46
%6059 = mul %6053, %2663 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6060 = mul %6053, %2662 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6061 = reshape %6060 : f32[68,16] @ models/lib/nn.yaml:96:37
%6062 = matmul %5536, %6061 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6063 = reshape %6062 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6064 = reshape %6063 : f32[16] @ models/lib/nn.yaml:96:37
%6065 = add %4867, %6064 : f32[16] @ models/lib/nn.yaml:96:37
%6066 = mul %6059, %2661 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6067 = mul %6059, %2655 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6068 = reduce_sum %6067 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%6069 = mul %2660, %2660 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6070 = mul %2660, %6069 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6071 = mul %6070, %5554 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6072 = mul %6068, %6071 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6073 = div %6072, %841 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%6074 = broadcast %6073 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%6075 = mul %6074, %2655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6076 = add %6066, %6075 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6077 = add %6076, %6075 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6078 = neg %6077 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%6079 = reduce_sum %6078 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%6080 = div %6079, %841 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%6081 = broadcast %6080 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6082 = add %6077, %6081 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6083 = slice %6082 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6084 = add %5895, %6083 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6085 = slice %6082 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6086 = add %5827, %6085 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6087 = reduce_sum %6084 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6088 = add %4889, %6087 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6089 = mul %6086, %2647 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6090 = div %6089, %2599 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6091 = reshape %6090 : f32[64,16] @ models/lib/nn.yaml:84:18
%6092 = matmul %5355, %6091 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6093 = reshape %6092 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6094 = reshape %6093 : f32[16] @ models/lib/nn.yaml:84:18
%6095 = add %4893, %6094 : f32[16] @ models/lib/nn.yaml:84:18
%6096 = cast %6090 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6097 = matmul %6096, %2637 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6098 = reshape %6096 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6099 = reshape %2636 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6100 = matmul %6098, %6099 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6101 = cast %4899 : f32[16,64] @ models/lib/nn.yaml:83:15
%6102 = cast %6100 : f32[16,64] @ models/lib/nn.yaml:83:15
%6103 = add %6101, %6102 : f32[16,64] @ models/lib/nn.yaml:83:15
%6104 = cast %6097 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6105 = mul %2630, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6106 = erf %6105 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6107 = add %324, %6106 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6108 = mul %6104, %6107 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6109 = cast %6097 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6110 = mul %317, %2630 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6111 = mul %6109, %6110 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6112 = mul %2630, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6113 = mul %6112, %6112 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6114 = neg %6113 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6115 = exp %6114 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6116 = broadcast %4277 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6117 = mul %6115, %6116 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6118 = mul %6111, %6117 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6119 = mul %6118, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6120 = mul %6108, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6121 = add %6119, %6120 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6122 = reshape %6121 : f32[64,64] @ models/lib/nn.yaml:84:18
%6123 = matmul %5355, %6122 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6124 = reshape %6123 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6125 = reshape %6124 : f32[64] @ models/lib/nn.yaml:84:18
%6126 = add %4919, %6125 : f32[64] @ models/lib/nn.yaml:84:18
%6127 = cast %6121 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6128 = matmul %6127, %2626 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6129 = reshape %6127 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6130 = reshape %2625 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6131 = matmul %6129, %6130 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6132 = cast %4924 : f32[64,16] @ models/lib/nn.yaml:83:15
%6133 = cast %6131 : f32[64,16] @ models/lib/nn.yaml:83:15
%6134 = add %6132, %6133 : f32[64,16] @ models/lib/nn.yaml:83:15
%6135 = cast %6128 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6136 = reshape %6135 : f32[64,16] @ models/lib/nn.yaml:96:46
%6137 = matmul %5355, %6136 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6138 = reshape %6137 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6139 = reshape %6138 : f32[16] @ models/lib/nn.yaml:96:46
%6140 = add %4927, %6139 : f32[16] @ models/lib/nn.yaml:96:46
%6141 = mul %6135, %2621 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6142 = mul %6135, %2620 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6143 = reshape %6142 : f32[64,16] @ models/lib/nn.yaml:96:37
%6144 = matmul %5355, %6143 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6145 = reshape %6144 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6146 = reshape %6145 : f32[16] @ models/lib/nn.yaml:96:37
%6147 = add %4933, %6146 : f32[16] @ models/lib/nn.yaml:96:37
%6148 = mul %6141, %2619 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6149 = mul %6141, %2613 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6150 = reduce_sum %6149 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6151 = mul %2618, %2618 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6152 = mul %2618, %6151 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6153 = broadcast %4425 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6154 = mul %6152, %6153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6155 = mul %6150, %6154 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6156 = div %6155, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6157 = broadcast %6156 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6158 = mul %6157, %2613 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6159 = add %6148, %6158 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6160 = add %6159, %6158 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6161 = add %6086, %6160 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6162 = neg %6160 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6163 = reduce_sum %6162 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6164 = div %6163, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6165 = broadcast %6164 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6166 = add %6161, %6165 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6167 = mul %6166, %2607 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6168 = div %6167, %2599 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6169 = reshape %6168 : f32[64,16] @ models/lib/nn.yaml:84:18
%6170 = matmul %5355, %6169 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6171 = reshape %6170 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6172 = reshape %6171 : f32[16] @ models/lib/nn.yaml:84:18
%6173 = add %4956, %6172 : f32[16] @ models/lib/nn.yaml:84:18
%6174 = cast %6168 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6175 = matmul %6174, %2593 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6176 = reshape %6174 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6177 = reshape %2591 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6178 = matmul %6176, %6177 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6179 = cast %4962 : f32[16,16] @ models/lib/nn.yaml:83:15
%6180 = cast %6178 : f32[16,16] @ models/lib/nn.yaml:83:15
%6181 = add %6179, %6180 : f32[16,16] @ models/lib/nn.yaml:83:15
%6182 = reshape %6175 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6183 = permute %6182 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6184 = cast %6183 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6185 = cast %2581 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6186 = permute %6185 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6187 = slice %6184 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6188 = broadcast %6187 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6189 = slice %6186 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6190 = broadcast %6189 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6191 = mul %6188, %6190 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6192 = slice %6184 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6193 = broadcast %6192 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6194 = slice %6186 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6195 = broadcast %6194 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6196 = mul %6193, %6195 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6197 = add %6191, %6196 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6198 = slice %6184 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6199 = broadcast %6198 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6200 = slice %6186 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6201 = broadcast %6200 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6202 = mul %6199, %6201 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6203 = add %6197, %6202 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6204 = slice %6184 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6205 = broadcast %6204 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6206 = slice %6186 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6207 = broadcast %6206 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6208 = mul %6205, %6207 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6209 = add %6203, %6208 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6210 = slice %6184 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6211 = broadcast %6210 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6212 = slice %6186 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6213 = broadcast %6212 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6214 = mul %6211, %6213 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6215 = add %6209, %6214 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6216 = slice %6184 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6217 = broadcast %6216 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6218 = slice %6186 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6219 = broadcast %6218 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6220 = mul %6217, %6219 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6221 = add %6215, %6220 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6222 = slice %6184 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6223 = broadcast %6222 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6224 = slice %6186 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6225 = broadcast %6224 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6226 = mul %6223, %6225 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6227 = add %6221, %6226 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6228 = slice %6184 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6229 = broadcast %6228 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6230 = slice %6186 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6231 = broadcast %6230 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6232 = mul %6229, %6231 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6233 = add %6227, %6232 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6234 = cast %6233 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6235 = cast %2579 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6236 = permute %6235 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6237 = cast %6183 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6238 = reshape %6236 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6239 = broadcast %6238 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6240 = reshape %6237 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6241 = broadcast %6240 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6242 = mul %6239, %6241 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6243 = reduce_sum %6242 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6244 = cast %6243 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6245 = cast %6234 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6246 = div %6245, %2576 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6247 = mul %6246, %2578 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6248 = neg %6247 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6249 = reduce_sum %6248 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6250 = broadcast %6249 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6251 = add %6246, %6250 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6252 = exp %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6253 = mul %6251, %6252 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6254 = mul %6253, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6255 = cast %6254 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6256 = cast %6255 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6257 = cast %2514 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6258 = reshape %6256 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6259 = broadcast %6258 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6260 = reshape %6257 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6261 = broadcast %6260 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6262 = mul %6259, %6261 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6263 = reduce_sum %6262 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6264 = cast %6263 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6265 = cast %6255 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6266 = permute %6265 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6267 = cast %2512 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6268 = reshape %6266 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6269 = broadcast %6268 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6270 = reshape %6267 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6271 = broadcast %6270 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6272 = mul %6269, %6271 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6273 = reduce_sum %6272 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6274 = cast %6273 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6275 = reshape %6274 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6276 = reshape %6244 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6277 = reshape %6264 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6278 = concat %6277, %6275, %6276 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6279 = cast %6278 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6280 = permute %6279 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6281 = reshape %6280 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6282 = reshape %6281 : f32[64,48] @ models/lib/nn.yaml:84:18
%6283 = matmul %5355, %6282 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6284 = reshape %6283 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6285 = reshape %6284 : f32[48] @ models/lib/nn.yaml:84:18
%6286 = add %5064, %6285 : f32[48] @ models/lib/nn.yaml:84:18
%6287 = permute %6278 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6288 = reshape %6287 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6289 = matmul %6288, %2503 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6290 = reshape %6287 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6291 = reshape %2502 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6292 = matmul %6290, %6291 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6293 = cast %5070 : f32[48,16] @ models/lib/nn.yaml:83:15
%6294 = cast %6292 : f32[48,16] @ models/lib/nn.yaml:83:15
%6295 = add %6293, %6294 : f32[48,16] @ models/lib/nn.yaml:83:15
%6296 = cast %6289 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6297 = reshape %6296 : f32[64,16] @ models/lib/nn.yaml:96:46
%6298 = matmul %5355, %6297 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6299 = reshape %6298 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6300 = reshape %6299 : f32[16] @ models/lib/nn.yaml:96:46
%6301 = add %5073, %6300 : f32[16] @ models/lib/nn.yaml:96:46
%6302 = mul %6296, %2498 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6303 = mul %6296, %2497 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6304 = reshape %6303 : f32[64,16] @ models/lib/nn.yaml:96:37
%6305 = matmul %5355, %6304 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6306 = reshape %6305 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6307 = reshape %6306 : f32[16] @ models/lib/nn.yaml:96:37
%6308 = add %5079, %6307 : f32[16] @ models/lib/nn.yaml:96:37
%6309 = mul %6302, %2496 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6310 = mul %6302, %2490 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6311 = reduce_sum %6310 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6312 = mul %2495, %2495 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6313 = mul %2495, %6312 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6314 = mul %6313, %6153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6315 = mul %6311, %6314 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6316 = div %6315, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6317 = broadcast %6316 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6318 = mul %6317, %2490 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6319 = add %6309, %6318 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6320 = add %6319, %6318 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6321 = add %6166, %6320 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6322 = neg %6320 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6323 = reduce_sum %6322 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6324 = div %6323, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6325 = broadcast %6324 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6326 = add %6321, %6325 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6327 = reshape %6326 : f32[64,16] @ models/lib/nn.yaml:84:18
%6328 = matmul %5355, %6327 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6329 = reshape %6328 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6330 = reshape %6329 : f32[16] @ models/lib/nn.yaml:84:18
%6331 = add %5099, %6330 : f32[16] @ models/lib/nn.yaml:84:18
%6332 = cast %6326 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6333 = matmul %6332, %2481 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6334 = reshape %6332 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6335 = reshape %2480 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6336 = matmul %6334, %6335 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6337 = cast %5104 : f32[16,64] @ models/lib/nn.yaml:83:15
%6338 = cast %6336 : f32[16,64] @ models/lib/nn.yaml:83:15
%6339 = add %6337, %6338 : f32[16,64] @ models/lib/nn.yaml:83:15
%6340 = cast %6333 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6341 = mul %2474, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6342 = erf %6341 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6343 = add %324, %6342 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6344 = mul %6340, %6343 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6345 = cast %6333 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6346 = mul %317, %2474 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6347 = mul %6345, %6346 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6348 = mul %2474, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6349 = mul %6348, %6348 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6350 = neg %6349 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6351 = exp %6350 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6352 = mul %6351, %6116 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6353 = mul %6347, %6352 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6354 = mul %6353, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6355 = mul %6344, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6356 = add %6354, %6355 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6357 = reshape %6356 : f32[64,64] @ models/lib/nn.yaml:84:18
%6358 = matmul %5355, %6357 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6359 = reshape %6358 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6360 = reshape %6359 : f32[64] @ models/lib/nn.yaml:84:18
%6361 = add %5123, %6360 : f32[64] @ models/lib/nn.yaml:84:18
%6362 = cast %6356 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6363 = matmul %6362, %2470 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6364 = reshape %6362 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6365 = reshape %2469 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6366 = matmul %6364, %6365 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6367 = cast %5128 : f32[64,16] @ models/lib/nn.yaml:83:15
%6368 = cast %6366 : f32[64,16] @ models/lib/nn.yaml:83:15
%6369 = add %6367, %6368 : f32[64,16] @ models/lib/nn.yaml:83:15
%6370 = cast %6363 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6371 = reshape %6370 : f32[64,16] @ models/lib/nn.yaml:96:46
%6372 = matmul %5355, %6371 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6373 = reshape %6372 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6374 = reshape %6373 : f32[16] @ models/lib/nn.yaml:96:46
%6375 = add %5131, %6374 : f32[16] @ models/lib/nn.yaml:96:46
%6376 = mul %6370, %2465 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6377 = mul %6370, %2464 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6378 = reshape %6377 : f32[64,16] @ models/lib/nn.yaml:96:37
%6379 = matmul %5355, %6378 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6380 = reshape %6379 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6381 = reshape %6380 : f32[16] @ models/lib/nn.yaml:96:37
%6382 = add %5137, %6381 : f32[16] @ models/lib/nn.yaml:96:37
%6383 = mul %6376, %2463 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6384 = mul %6376, %2457 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6385 = reduce_sum %6384 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6386 = mul %2462, %2462 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6387 = mul %2462, %6386 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6388 = mul %6387, %6153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6389 = mul %6385, %6388 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6390 = div %6389, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6391 = broadcast %6390 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6392 = mul %6391, %2457 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6393 = add %6383, %6392 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6394 = add %6393, %6392 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6395 = add %6326, %6394 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6396 = neg %6394 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6397 = reduce_sum %6396 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6398 = div %6397, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6399 = broadcast %6398 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6400 = add %6395, %6399 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6401 = reshape %6400 : f32[64,16] @ models/lib/nn.yaml:84:18
%6402 = matmul %5355, %6401 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6403 = reshape %6402 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6404 = reshape %6403 : f32[16] @ models/lib/nn.yaml:84:18
%6405 = add %5157, %6404 : f32[16] @ models/lib/nn.yaml:84:18
%6406 = cast %6400 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6407 = matmul %6406, %2448 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6408 = reshape %6406 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6409 = reshape %2446 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6410 = matmul %6408, %6409 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6411 = cast %5162 : f32[16,16] @ models/lib/nn.yaml:83:15
%6412 = cast %6410 : f32[16,16] @ models/lib/nn.yaml:83:15
%6413 = add %6411, %6412 : f32[16,16] @ models/lib/nn.yaml:83:15
%6414 = reshape %6407 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6415 = permute %6414 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6416 = cast %6415 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6417 = cast %2436 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6418 = permute %6417 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6419 = slice %6416 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6420 = broadcast %6419 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6421 = slice %6418 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6422 = broadcast %6421 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6423 = mul %6420, %6422 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6424 = slice %6416 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6425 = broadcast %6424 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6426 = slice %6418 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6427 = broadcast %6426 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6428 = mul %6425, %6427 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6429 = add %6423, %6428 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6430 = slice %6416 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6431 = broadcast %6430 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6432 = slice %6418 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6433 = broadcast %6432 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6434 = mul %6431, %6433 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6435 = add %6429, %6434 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6436 = slice %6416 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6437 = broadcast %6436 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6438 = slice %6418 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6439 = broadcast %6438 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6440 = mul %6437, %6439 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6441 = add %6435, %6440 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6442 = slice %6416 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6443 = broadcast %6442 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6444 = slice %6418 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6445 = broadcast %6444 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6446 = mul %6443, %6445 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6447 = add %6441, %6446 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6448 = slice %6416 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6449 = broadcast %6448 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6450 = slice %6418 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6451 = broadcast %6450 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6452 = mul %6449, %6451 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6453 = add %6447, %6452 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6454 = slice %6416 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6455 = broadcast %6454 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6456 = slice %6418 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6457 = broadcast %6456 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6458 = mul %6455, %6457 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6459 = add %6453, %6458 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6460 = slice %6416 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6461 = broadcast %6460 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6462 = slice %6418 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6463 = broadcast %6462 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6464 = mul %6461, %6463 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6465 = add %6459, %6464 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6466 = cast %6465 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6467 = cast %2434 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6468 = permute %6467 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6469 = cast %6415 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6470 = reshape %6468 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6471 = broadcast %6470 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6472 = reshape %6469 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6473 = broadcast %6472 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6474 = mul %6471, %6473 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6475 = reduce_sum %6474 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6476 = cast %6475 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6477 = cast %6466 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6478 = div %6477, %2431 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6479 = mul %6478, %2433 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6480 = neg %6479 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6481 = reduce_sum %6480 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6482 = broadcast %6481 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6483 = add %6478, %6482 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6484 = exp %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6485 = mul %6483, %6484 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6486 = mul %6485, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6487 = cast %6486 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6488 = cast %6487 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6489 = cast %2369 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6490 = reshape %6488 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6491 = broadcast %6490 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6492 = reshape %6489 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6493 = broadcast %6492 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6494 = mul %6491, %6493 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6495 = reduce_sum %6494 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6496 = cast %6495 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6497 = cast %6487 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6498 = permute %6497 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6499 = cast %2367 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6500 = reshape %6498 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6501 = broadcast %6500 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6502 = reshape %6499 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6503 = broadcast %6502 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6504 = mul %6501, %6503 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6505 = reduce_sum %6504 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6506 = cast %6505 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6507 = reshape %6506 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6508 = reshape %6476 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6509 = reshape %6496 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6510 = concat %6509, %6507, %6508 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6511 = cast %6510 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6512 = permute %6511 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6513 = reshape %6512 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6514 = reshape %6513 : f32[64,48] @ models/lib/nn.yaml:84:18
%6515 = matmul %5355, %6514 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6516 = reshape %6515 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6517 = reshape %6516 : f32[48] @ models/lib/nn.yaml:84:18
%6518 = add %5264, %6517 : f32[48] @ models/lib/nn.yaml:84:18
%6519 = permute %6510 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6520 = reshape %6519 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6521 = matmul %6520, %2358 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6522 = reshape %6519 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6523 = reshape %2357 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6524 = matmul %6522, %6523 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6525 = cast %5270 : f32[48,16] @ models/lib/nn.yaml:83:15
%6526 = cast %6524 : f32[48,16] @ models/lib/nn.yaml:83:15
%6527 = add %6525, %6526 : f32[48,16] @ models/lib/nn.yaml:83:15
%6528 = cast %6521 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6529 = reshape %6528 : f32[64,16] @ models/lib/nn.yaml:96:46
%6530 = matmul %5355, %6529 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6531 = reshape %6530 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6532 = reshape %6531 : f32[16] @ models/lib/nn.yaml:96:46
%6533 = add %5273, %6532 : f32[16] @ models/lib/nn.yaml:96:46
%6534 = mul %6528, %2353 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6535 = mul %6528, %2352 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6536 = reshape %6535 : f32[64,16] @ models/lib/nn.yaml:96:37
%6537 = matmul %5355, %6536 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6538 = reshape %6537 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6539 = reshape %6538 : f32[16] @ models/lib/nn.yaml:96:37
%6540 = add %5279, %6539 : f32[16] @ models/lib/nn.yaml:96:37
%6541 = mul %6534, %2351 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6542 = mul %6534, %2345 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6543 = reduce_sum %6542 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6544 = mul %2350, %2350 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6545 = mul %2350, %6544 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6546 = mul %6545, %6153 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6547 = mul %6543, %6546 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6548 = div %6547, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6549 = broadcast %6548 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6550 = mul %6549, %2345 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6551 = add %6541, %6550 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6552 = add %6551, %6550 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6553 = add %6400, %6552 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6554 = neg %6552 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6555 = reduce_sum %6554 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6556 = div %6555, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6557 = broadcast %6556 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6558 = add %6553, %6557 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6559 = reduce_sum %6558 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6560 = reshape %5307 : bf16[1,16,16] @ models/lib/vit.yaml:32:17
%6561 = cast %6560 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%6562 = add %6561, %6559 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6563 = reshape %6558 : f32[64,16] @ models/lib/vit.yaml:17:71
%6564 = matmul %5355, %6563 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6565 = reshape %6564 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6566 = reshape %6565 : f32[16] @ models/lib/vit.yaml:17:71
%6567 = add %5309, %6566 : f32[16] @ models/lib/vit.yaml:17:71
%6568 = reshape %6558 : f32[64,16] @ models/lib/vit.yaml:17:18
%6569 = cast %6568 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6570 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6571 = matmul %6569, %6570 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6572 = reshape %5313 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6573 = cast %6572 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6574 = reshape %6571 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6575 = cast %6574 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6576 = add %6573, %6575 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6577 = all_reduce_sum %6562 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6578 = reshape %6577 : f32[256] @ models/lib/vit.yaml:48:7
%6579 = mul %6578, %6578 : f32[256] @ models/lib/vit.yaml:48:7
%6580 = reduce_sum %6579 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6581 = sqrt %6580 : f32[] @ models/lib/vit.yaml:48:7
%6582 = cast %6581 : f64[] @ models/lib/vit.yaml:48:7
%6583 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6584 = add %6582, %6583 : f64[] @ models/lib/vit.yaml:48:7
%6585 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6586 = div %6585, %6584 : f64[] @ models/lib/vit.yaml:48:7
%6587 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6588 = lt %6586, %6587 : bool[] @ models/lib/vit.yaml:48:7
%6589 = cast %6586 : f32[] @ models/lib/vit.yaml:48:7
%6590 = broadcast %6589 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6591 = mul %6577, %6590 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6592 = broadcast %6588 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6593 = select %6592, %6591, %6577 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6594 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6595 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6596 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6597 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6598 = add %6596, %6597 : i64[] @ models/lib/vit.yaml:48:7
%6599 = mul %4095, %4096 : f64[] @ models/lib/vit.yaml:48:7
%6600 = sub %6587, %6599 : f64[] @ models/lib/vit.yaml:48:7
%6601 = cast %6600 : f32[] @ models/lib/vit.yaml:48:7
%6602 = broadcast %6601 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6603 = mul %7, %6602 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6604 = broadcast %3792 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6605 = mul %6593, %6604 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6606 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6607 = broadcast %2598 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6608 = mul %6594, %6607 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6609 = add %6608, %6605 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6610 = mul %6593, %6593 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6611 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6612 = broadcast %6611 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6613 = mul %6610, %6612 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6614 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6615 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6616 = broadcast %6615 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6617 = mul %6595, %6616 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6618 = add %6617, %6613 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6619 = cast %6598 : f64[] @ models/lib/vit.yaml:48:7
%6620 = pow %6606, %6619 : f64[] @ models/lib/vit.yaml:48:7
%6621 = sub %6587, %6620 : f64[] @ models/lib/vit.yaml:48:7
%6622 = div %4095, %6621 : f64[] @ models/lib/vit.yaml:48:7
%6623 = pow %6614, %6619 : f64[] @ models/lib/vit.yaml:48:7
%6624 = sub %6587, %6623 : f64[] @ models/lib/vit.yaml:48:7
%6625 = sqrt %6624 : f64[] @ models/lib/vit.yaml:48:7
%6626 = div %6587, %6625 : f64[] @ models/lib/vit.yaml:48:7
%6627 = sqrt %6618 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6628 = cast %6626 : f32[] @ models/lib/vit.yaml:48:7
%6629 = broadcast %6628 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6630 = mul %6627, %6629 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6631 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6632 = broadcast %6631 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6633 = add %6630, %6632 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6634 = div %6609, %6633 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6635 = cast %6622 : f32[] @ models/lib/vit.yaml:48:7
%6636 = broadcast %6635 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6637 = mul %6634, %6636 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6638 = sub %6603, %6637 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6639 = assign %7, %6638 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6640 = assign %6594, %6609 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6641 = assign %6595, %6618 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6642 = assign %6596, %6598 : i64[] @ models/lib/vit.yaml:48:7
%6643 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6644 = mul %85, %6643 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6645 = sub %6587, %4097 : f64[] @ models/lib/vit.yaml:48:7
%6646 = cast %6645 : f32[] @ models/lib/vit.yaml:48:7
%6647 = broadcast %6646 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6648 = mul %6638, %6647 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6649 = add %6644, %6648 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6650 = assign %85, %6649 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6651 = all_reduce_sum %6576 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6652 = reshape %6651 : f32[768] @ models/lib/vit.yaml:9:7
%6653 = mul %6652, %6652 : f32[768] @ models/lib/vit.yaml:9:7
%6654 = reduce_sum %6653 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6655 = sqrt %6654 : f32[] @ models/lib/vit.yaml:9:7
%6656 = cast %6655 : f64[] @ models/lib/vit.yaml:9:7
%6657 = add %6656, %6583 : f64[] @ models/lib/vit.yaml:9:7
%6658 = div %6585, %6657 : f64[] @ models/lib/vit.yaml:9:7
%6659 = lt %6658, %6587 : bool[] @ models/lib/vit.yaml:9:7
%6660 = cast %6658 : f32[] @ models/lib/vit.yaml:9:7
%6661 = broadcast %6660 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6662 = mul %6651, %6661 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6663 = broadcast %6659 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6664 = select %6663, %6662, %6651 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6665 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6666 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6667 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6668 = add %6667, %6597 : i64[] @ models/lib/vit.yaml:9:7
%6669 = broadcast %6601 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6670 = mul %8, %6669 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6671 = broadcast %3792 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6672 = mul %6664, %6671 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6673 = broadcast %2598 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6674 = mul %6665, %6673 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6675 = add %6674, %6672 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6676 = mul %6664, %6664 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6677 = broadcast %6611 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6678 = mul %6676, %6677 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6679 = broadcast %6615 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6680 = mul %6666, %6679 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6681 = add %6680, %6678 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6682 = cast %6668 : f64[] @ models/lib/vit.yaml:9:7
%6683 = pow %6606, %6682 : f64[] @ models/lib/vit.yaml:9:7
%6684 = sub %6587, %6683 : f64[] @ models/lib/vit.yaml:9:7
%6685 = div %4095, %6684 : f64[] @ models/lib/vit.yaml:9:7
%6686 = pow %6614, %6682 : f64[] @ models/lib/vit.yaml:9:7
%6687 = sub %6587, %6686 : f64[] @ models/lib/vit.yaml:9:7
%6688 = sqrt %6687 : f64[] @ models/lib/vit.yaml:9:7
%6689 = div %6587, %6688 : f64[] @ models/lib/vit.yaml:9:7
%6690 = sqrt %6681 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6691 = cast %6689 : f32[] @ models/lib/vit.yaml:9:7
%6692 = broadcast %6691 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6693 = mul %6690, %6692 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6694 = broadcast %6631 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6695 = add %6693, %6694 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6696 = div %6675, %6695 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6697 = cast %6685 : f32[] @ models/lib/vit.yaml:9:7
%6698 = broadcast %6697 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6699 = mul %6696, %6698 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6700 = sub %6670, %6699 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6701 = assign %8, %6700 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6702 = assign %6665, %6675 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6703 = assign %6666, %6681 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6704 = assign %6667, %6668 : i64[] @ models/lib/vit.yaml:9:7
%6705 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6706 = mul %86, %6705 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6707 = broadcast %6646 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6708 = mul %6700, %6707 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6709 = add %6706, %6708 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6710 = assign %86, %6709 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6711 = all_reduce_sum %6567 : f32[16] @ models/lib/vit.yaml:10:7
%6712 = mul %6711, %6711 : f32[16] @ models/lib/vit.yaml:10:7
%6713 = reduce_sum %6712 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6714 = sqrt %6713 : f32[] @ models/lib/vit.yaml:10:7
%6715 = cast %6714 : f64[] @ models/lib/vit.yaml:10:7
%6716 = add %6715, %6583 : f64[] @ models/lib/vit.yaml:10:7
%6717 = div %6585, %6716 : f64[] @ models/lib/vit.yaml:10:7
%6718 = lt %6717, %6587 : bool[] @ models/lib/vit.yaml:10:7
%6719 = cast %6717 : f32[] @ models/lib/vit.yaml:10:7
%6720 = broadcast %6719 : f32[16] @ models/lib/vit.yaml:10:7
%6721 = mul %6711, %6720 : f32[16] @ models/lib/vit.yaml:10:7
%6722 = broadcast %6718 : bool[16] @ models/lib/vit.yaml:10:7
%6723 = select %6722, %6721, %6711 : f32[16] @ models/lib/vit.yaml:10:7
%6724 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6725 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6726 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6727 = add %6726, %6597 : i64[] @ models/lib/vit.yaml:10:7
%6728 = broadcast %3792 : f32[16] @ models/lib/vit.yaml:10:7
%6729 = mul %6723, %6728 : f32[16] @ models/lib/vit.yaml:10:7
%6730 = broadcast %2598 : f32[16] @ models/lib/vit.yaml:10:7
%6731 = mul %6724, %6730 : f32[16] @ models/lib/vit.yaml:10:7
%6732 = add %6731, %6729 : f32[16] @ models/lib/vit.yaml:10:7
%6733 = mul %6723, %6723 : f32[16] @ models/lib/vit.yaml:10:7
%6734 = broadcast %6611 : f32[16] @ models/lib/vit.yaml:10:7
%6735 = mul %6733, %6734 : f32[16] @ models/lib/vit.yaml:10:7
%6736 = broadcast %6615 : f32[16] @ models/lib/vit.yaml:10:7
%6737 = mul %6725, %6736 : f32[16] @ models/lib/vit.yaml:10:7
%6738 = add %6737, %6735 : f32[16] @ models/lib/vit.yaml:10:7
%6739 = cast %6727 : f64[] @ models/lib/vit.yaml:10:7
%6740 = pow %6606, %6739 : f64[] @ models/lib/vit.yaml:10:7
%6741 = sub %6587, %6740 : f64[] @ models/lib/vit.yaml:10:7
%6742 = div %4095, %6741 : f64[] @ models/lib/vit.yaml:10:7
%6743 = pow %6614, %6739 : f64[] @ models/lib/vit.yaml:10:7
%6744 = sub %6587, %6743 : f64[] @ models/lib/vit.yaml:10:7
%6745 = sqrt %6744 : f64[] @ models/lib/vit.yaml:10:7
%6746 = div %6587, %6745 : f64[] @ models/lib/vit.yaml:10:7
%6747 = sqrt %6738 : f32[16] @ models/lib/vit.yaml:10:7
%6748 = cast %6746 : f32[] @ models/lib/vit.yaml:10:7
%6749 = broadcast %6748 : f32[16] @ models/lib/vit.yaml:10:7
%6750 = mul %6747, %6749 : f32[16] @ models/lib/vit.yaml:10:7
%6751 = broadcast %6631 : f32[16] @ models/lib/vit.yaml:10:7
%6752 = add %6750, %6751 : f32[16] @ models/lib/vit.yaml:10:7
%6753 = div %6732, %6752 : f32[16] @ models/lib/vit.yaml:10:7
%6754 = cast %6742 : f32[] @ models/lib/vit.yaml:10:7
%6755 = broadcast %6754 : f32[16] @ models/lib/vit.yaml:10:7
%6756 = mul %6753, %6755 : f32[16] @ models/lib/vit.yaml:10:7
%6757 = sub %9, %6756 : f32[16] @ models/lib/vit.yaml:10:7
%6758 = assign %9, %6757 : f32[16] @ models/lib/vit.yaml:10:7
%6759 = assign %6724, %6732 : f32[16] @ models/lib/vit.yaml:10:7
%6760 = assign %6725, %6738 : f32[16] @ models/lib/vit.yaml:10:7
%6761 = assign %6726, %6727 : i64[] @ models/lib/vit.yaml:10:7
%6762 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6763 = mul %87, %6762 : f32[16] @ models/lib/vit.yaml:10:7
%6764 = broadcast %6646 : f32[16] @ models/lib/vit.yaml:10:7
%6765 = mul %6757, %6764 : f32[16] @ models/lib/vit.yaml:10:7
%6766 = add %6763, %6765 : f32[16] @ models/lib/vit.yaml:10:7
%6767 = assign %87, %6766 : f32[16] @ models/lib/vit.yaml:10:7
%6768 = all_reduce_sum %6540 : f32[16] @ models/lib/nn.yaml:89:7
%6769 = mul %6768, %6768 : f32[16] @ models/lib/nn.yaml:89:7
%6770 = reduce_sum %6769 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6771 = sqrt %6770 : f32[] @ models/lib/nn.yaml:89:7
%6772 = cast %6771 : f64[] @ models/lib/nn.yaml:89:7
%6773 = add %6772, %6583 : f64[] @ models/lib/nn.yaml:89:7
%6774 = div %6585, %6773 : f64[] @ models/lib/nn.yaml:89:7
%6775 = lt %6774, %6587 : bool[] @ models/lib/nn.yaml:89:7
%6776 = cast %6774 : f32[] @ models/lib/nn.yaml:89:7
%6777 = broadcast %6776 : f32[16] @ models/lib/nn.yaml:89:7
%6778 = mul %6768, %6777 : f32[16] @ models/lib/nn.yaml:89:7
%6779 = broadcast %6775 : bool[16] @ models/lib/nn.yaml:89:7
%6780 = select %6779, %6778, %6768 : f32[16] @ models/lib/nn.yaml:89:7
%6781 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6782 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6783 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6784 = add %6783, %6597 : i64[] @ models/lib/nn.yaml:89:7
%6785 = mul %6780, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%6786 = mul %6781, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%6787 = add %6786, %6785 : f32[16] @ models/lib/nn.yaml:89:7
%6788 = mul %6780, %6780 : f32[16] @ models/lib/nn.yaml:89:7
%6789 = mul %6788, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%6790 = mul %6782, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%6791 = add %6790, %6789 : f32[16] @ models/lib/nn.yaml:89:7
%6792 = cast %6784 : f64[] @ models/lib/nn.yaml:89:7
%6793 = pow %6606, %6792 : f64[] @ models/lib/nn.yaml:89:7
%6794 = sub %6587, %6793 : f64[] @ models/lib/nn.yaml:89:7
%6795 = div %4095, %6794 : f64[] @ models/lib/nn.yaml:89:7
%6796 = pow %6614, %6792 : f64[] @ models/lib/nn.yaml:89:7
%6797 = sub %6587, %6796 : f64[] @ models/lib/nn.yaml:89:7
%6798 = sqrt %6797 : f64[] @ models/lib/nn.yaml:89:7
%6799 = div %6587, %6798 : f64[] @ models/lib/nn.yaml:89:7
%6800 = sqrt %6791 : f32[16] @ models/lib/nn.yaml:89:7
%6801 = cast %6799 : f32[] @ models/lib/nn.yaml:89:7
%6802 = broadcast %6801 : f32[16] @ models/lib/nn.yaml:89:7
%6803 = mul %6800, %6802 : f32[16] @ models/lib/nn.yaml:89:7
%6804 = add %6803, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%6805 = div %6787, %6804 : f32[16] @ models/lib/nn.yaml:89:7
%6806 = cast %6795 : f32[] @ models/lib/nn.yaml:89:7
%6807 = broadcast %6806 : f32[16] @ models/lib/nn.yaml:89:7
%6808 = mul %6805, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%6809 = sub %10, %6808 : f32[16] @ models/lib/nn.yaml:89:7
%6810 = assign %10, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = assign %6781, %6787 : f32[16] @ models/lib/nn.yaml:89:7
%6812 = assign %6782, %6791 : f32[16] @ models/lib/nn.yaml:89:7
%6813 = assign %6783, %6784 : i64[] @ models/lib/nn.yaml:89:7
%6814 = mul %88, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = mul %6809, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%6816 = add %6814, %6815 : f32[16] @ models/lib/nn.yaml:89:7
%6817 = assign %88, %6816 : f32[16] @ models/lib/nn.yaml:89:7
%6818 = all_reduce_sum %6533 : f32[16] @ models/lib/nn.yaml:90:7
%6819 = mul %6818, %6818 : f32[16] @ models/lib/nn.yaml:90:7
%6820 = reduce_sum %6819 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6821 = sqrt %6820 : f32[] @ models/lib/nn.yaml:90:7
%6822 = cast %6821 : f64[] @ models/lib/nn.yaml:90:7
%6823 = add %6822, %6583 : f64[] @ models/lib/nn.yaml:90:7
%6824 = div %6585, %6823 : f64[] @ models/lib/nn.yaml:90:7
%6825 = lt %6824, %6587 : bool[] @ models/lib/nn.yaml:90:7
%6826 = cast %6824 : f32[] @ models/lib/nn.yaml:90:7
%6827 = broadcast %6826 : f32[16] @ models/lib/nn.yaml:90:7
%6828 = mul %6818, %6827 : f32[16] @ models/lib/nn.yaml:90:7
%6829 = broadcast %6825 : bool[16] @ models/lib/nn.yaml:90:7
%6830 = select %6829, %6828, %6818 : f32[16] @ models/lib/nn.yaml:90:7
%6831 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6832 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6833 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6834 = add %6833, %6597 : i64[] @ models/lib/nn.yaml:90:7
%6835 = mul %6830, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%6836 = mul %6831, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%6837 = add %6836, %6835 : f32[16] @ models/lib/nn.yaml:90:7
%6838 = mul %6830, %6830 : f32[16] @ models/lib/nn.yaml:90:7
%6839 = mul %6838, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%6840 = mul %6832, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%6841 = add %6840, %6839 : f32[16] @ models/lib/nn.yaml:90:7
%6842 = cast %6834 : f64[] @ models/lib/nn.yaml:90:7
%6843 = pow %6606, %6842 : f64[] @ models/lib/nn.yaml:90:7
%6844 = sub %6587, %6843 : f64[] @ models/lib/nn.yaml:90:7
%6845 = div %4095, %6844 : f64[] @ models/lib/nn.yaml:90:7
%6846 = pow %6614, %6842 : f64[] @ models/lib/nn.yaml:90:7
%6847 = sub %6587, %6846 : f64[] @ models/lib/nn.yaml:90:7
%6848 = sqrt %6847 : f64[] @ models/lib/nn.yaml:90:7
%6849 = div %6587, %6848 : f64[] @ models/lib/nn.yaml:90:7
%6850 = sqrt %6841 : f32[16] @ models/lib/nn.yaml:90:7
%6851 = cast %6849 : f32[] @ models/lib/nn.yaml:90:7
%6852 = broadcast %6851 : f32[16] @ models/lib/nn.yaml:90:7
%6853 = mul %6850, %6852 : f32[16] @ models/lib/nn.yaml:90:7
%6854 = add %6853, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%6855 = div %6837, %6854 : f32[16] @ models/lib/nn.yaml:90:7
%6856 = cast %6845 : f32[] @ models/lib/nn.yaml:90:7
%6857 = broadcast %6856 : f32[16] @ models/lib/nn.yaml:90:7
%6858 = mul %6855, %6857 : f32[16] @ models/lib/nn.yaml:90:7
%6859 = sub %11, %6858 : f32[16] @ models/lib/nn.yaml:90:7
%6860 = assign %11, %6859 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = assign %6831, %6837 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = assign %6832, %6841 : f32[16] @ models/lib/nn.yaml:90:7
%6863 = assign %6833, %6834 : i64[] @ models/lib/nn.yaml:90:7
%6864 = mul %89, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%6865 = mul %6859, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%6866 = add %6864, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%6867 = assign %89, %6866 : f32[16] @ models/lib/nn.yaml:90:7
%6868 = all_reduce_sum %6527 : f32[48,16] @ models/lib/nn.yaml:79:7
%6869 = reshape %6868 : f32[768] @ models/lib/nn.yaml:79:7
%6870 = mul %6869, %6869 : f32[768] @ models/lib/nn.yaml:79:7
%6871 = reduce_sum %6870 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6872 = sqrt %6871 : f32[] @ models/lib/nn.yaml:79:7
%6873 = cast %6872 : f64[] @ models/lib/nn.yaml:79:7
%6874 = add %6873, %6583 : f64[] @ models/lib/nn.yaml:79:7
%6875 = div %6585, %6874 : f64[] @ models/lib/nn.yaml:79:7
%6876 = lt %6875, %6587 : bool[] @ models/lib/nn.yaml:79:7
%6877 = cast %6875 : f32[] @ models/lib/nn.yaml:79:7
%6878 = broadcast %6877 : f32[48,16] @ models/lib/nn.yaml:79:7
%6879 = mul %6868, %6878 : f32[48,16] @ models/lib/nn.yaml:79:7
%6880 = broadcast %6876 : bool[48,16] @ models/lib/nn.yaml:79:7
%6881 = select %6880, %6879, %6868 : f32[48,16] @ models/lib/nn.yaml:79:7
%6882 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6883 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6884 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6885 = add %6884, %6597 : i64[] @ models/lib/nn.yaml:79:7
%6886 = broadcast %6601 : f32[48,16] @ models/lib/nn.yaml:79:7
%6887 = mul %12, %6886 : f32[48,16] @ models/lib/nn.yaml:79:7
%6888 = broadcast %3792 : f32[48,16] @ models/lib/nn.yaml:79:7
%6889 = mul %6881, %6888 : f32[48,16] @ models/lib/nn.yaml:79:7
%6890 = broadcast %2598 : f32[48,16] @ models/lib/nn.yaml:79:7
%6891 = mul %6882, %6890 : f32[48,16] @ models/lib/nn.yaml:79:7
%6892 = add %6891, %6889 : f32[48,16] @ models/lib/nn.yaml:79:7
%6893 = mul %6881, %6881 : f32[48,16] @ models/lib/nn.yaml:79:7
%6894 = broadcast %6611 : f32[48,16] @ models/lib/nn.yaml:79:7
%6895 = mul %6893, %6894 : f32[48,16] @ models/lib/nn.yaml:79:7
%6896 = broadcast %6615 : f32[48,16] @ models/lib/nn.yaml:79:7
%6897 = mul %6883, %6896 : f32[48,16] @ models/lib/nn.yaml:79:7
%6898 = add %6897, %6895 : f32[48,16] @ models/lib/nn.yaml:79:7
%6899 = cast %6885 : f64[] @ models/lib/nn.yaml:79:7
%6900 = pow %6606, %6899 : f64[] @ models/lib/nn.yaml:79:7
%6901 = sub %6587, %6900 : f64[] @ models/lib/nn.yaml:79:7
%6902 = div %4095, %6901 : f64[] @ models/lib/nn.yaml:79:7
%6903 = pow %6614, %6899 : f64[] @ models/lib/nn.yaml:79:7
%6904 = sub %6587, %6903 : f64[] @ models/lib/nn.yaml:79:7
%6905 = sqrt %6904 : f64[] @ models/lib/nn.yaml:79:7
%6906 = div %6587, %6905 : f64[] @ models/lib/nn.yaml:79:7
%6907 = sqrt %6898 : f32[48,16] @ models/lib/nn.yaml:79:7
%6908 = cast %6906 : f32[] @ models/lib/nn.yaml:79:7
%6909 = broadcast %6908 : f32[48,16] @ models/lib/nn.yaml:79:7
%6910 = mul %6907, %6909 : f32[48,16] @ models/lib/nn.yaml:79:7
%6911 = broadcast %6631 : f32[48,16] @ models/lib/nn.yaml:79:7
%6912 = add %6910, %6911 : f32[48,16] @ models/lib/nn.yaml:79:7
%6913 = div %6892, %6912 : f32[48,16] @ models/lib/nn.yaml:79:7
%6914 = cast %6902 : f32[] @ models/lib/nn.yaml:79:7
%6915 = broadcast %6914 : f32[48,16] @ models/lib/nn.yaml:79:7
%6916 = mul %6913, %6915 : f32[48,16] @ models/lib/nn.yaml:79:7
%6917 = sub %6887, %6916 : f32[48,16] @ models/lib/nn.yaml:79:7
%6918 = assign %12, %6917 : f32[48,16] @ models/lib/nn.yaml:79:7
%6919 = assign %6882, %6892 : f32[48,16] @ models/lib/nn.yaml:79:7
%6920 = assign %6883, %6898 : f32[48,16] @ models/lib/nn.yaml:79:7
%6921 = assign %6884, %6885 : i64[] @ models/lib/nn.yaml:79:7
%6922 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%6923 = mul %90, %6922 : f32[48,16] @ models/lib/nn.yaml:79:7
%6924 = broadcast %6646 : f32[48,16] @ models/lib/nn.yaml:79:7
%6925 = mul %6917, %6924 : f32[48,16] @ models/lib/nn.yaml:79:7
%6926 = add %6923, %6925 : f32[48,16] @ models/lib/nn.yaml:79:7
%6927 = assign %90, %6926 : f32[48,16] @ models/lib/nn.yaml:79:7
%6928 = all_reduce_sum %6518 : f32[48] @ models/lib/nn.yaml:80:7
%6929 = mul %6928, %6928 : f32[48] @ models/lib/nn.yaml:80:7
%6930 = reduce_sum %6929 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6931 = sqrt %6930 : f32[] @ models/lib/nn.yaml:80:7
%6932 = cast %6931 : f64[] @ models/lib/nn.yaml:80:7
%6933 = add %6932, %6583 : f64[] @ models/lib/nn.yaml:80:7
%6934 = div %6585, %6933 : f64[] @ models/lib/nn.yaml:80:7
%6935 = lt %6934, %6587 : bool[] @ models/lib/nn.yaml:80:7
%6936 = cast %6934 : f32[] @ models/lib/nn.yaml:80:7
%6937 = broadcast %6936 : f32[48] @ models/lib/nn.yaml:80:7
%6938 = mul %6928, %6937 : f32[48] @ models/lib/nn.yaml:80:7
%6939 = broadcast %6935 : bool[48] @ models/lib/nn.yaml:80:7
%6940 = select %6939, %6938, %6928 : f32[48] @ models/lib/nn.yaml:80:7
%6941 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6942 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6943 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6944 = add %6943, %6597 : i64[] @ models/lib/nn.yaml:80:7
%6945 = broadcast %3792 : f32[48] @ models/lib/nn.yaml:80:7
%6946 = mul %6940, %6945 : f32[48] @ models/lib/nn.yaml:80:7
%6947 = broadcast %2598 : f32[48] @ models/lib/nn.yaml:80:7
%6948 = mul %6941, %6947 : f32[48] @ models/lib/nn.yaml:80:7
%6949 = add %6948, %6946 : f32[48] @ models/lib/nn.yaml:80:7
%6950 = mul %6940, %6940 : f32[48] @ models/lib/nn.yaml:80:7
%6951 = broadcast %6611 : f32[48] @ models/lib/nn.yaml:80:7
%6952 = mul %6950, %6951 : f32[48] @ models/lib/nn.yaml:80:7
%6953 = broadcast %6615 : f32[48] @ models/lib/nn.yaml:80:7
%6954 = mul %6942, %6953 : f32[48] @ models/lib/nn.yaml:80:7
%6955 = add %6954, %6952 : f32[48] @ models/lib/nn.yaml:80:7
%6956 = cast %6944 : f64[] @ models/lib/nn.yaml:80:7
%6957 = pow %6606, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6958 = sub %6587, %6957 : f64[] @ models/lib/nn.yaml:80:7
%6959 = div %4095, %6958 : f64[] @ models/lib/nn.yaml:80:7
%6960 = pow %6614, %6956 : f64[] @ models/lib/nn.yaml:80:7
%6961 = sub %6587, %6960 : f64[] @ models/lib/nn.yaml:80:7
%6962 = sqrt %6961 : f64[] @ models/lib/nn.yaml:80:7
%6963 = div %6587, %6962 : f64[] @ models/lib/nn.yaml:80:7
%6964 = sqrt %6955 : f32[48] @ models/lib/nn.yaml:80:7
%6965 = cast %6963 : f32[] @ models/lib/nn.yaml:80:7
%6966 = broadcast %6965 : f32[48] @ models/lib/nn.yaml:80:7
%6967 = mul %6964, %6966 : f32[48] @ models/lib/nn.yaml:80:7
%6968 = broadcast %6631 : f32[48] @ models/lib/nn.yaml:80:7
%6969 = add %6967, %6968 : f32[48] @ models/lib/nn.yaml:80:7
%6970 = div %6949, %6969 : f32[48] @ models/lib/nn.yaml:80:7
%6971 = cast %6959 : f32[] @ models/lib/nn.yaml:80:7
%6972 = broadcast %6971 : f32[48] @ models/lib/nn.yaml:80:7
%6973 = mul %6970, %6972 : f32[48] @ models/lib/nn.yaml:80:7
%6974 = sub %13, %6973 : f32[48] @ models/lib/nn.yaml:80:7
%6975 = assign %13, %6974 : f32[48] @ models/lib/nn.yaml:80:7
%6976 = assign %6941, %6949 : f32[48] @ models/lib/nn.yaml:80:7
%6977 = assign %6942, %6955 : f32[48] @ models/lib/nn.yaml:80:7
%6978 = assign %6943, %6944 : i64[] @ models/lib/nn.yaml:80:7
%6979 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%6980 = mul %91, %6979 : f32[48] @ models/lib/nn.yaml:80:7
%6981 = broadcast %6646 : f32[48] @ models/lib/nn.yaml:80:7
%6982 = mul %6974, %6981 : f32[48] @ models/lib/nn.yaml:80:7
%6983 = add %6980, %6982 : f32[48] @ models/lib/nn.yaml:80:7
%6984 = assign %91, %6983 : f32[48] @ models/lib/nn.yaml:80:7
%6985 = all_reduce_sum %6413 : f32[16,16] @ models/lib/nn.yaml:79:7
%6986 = reshape %6985 : f32[256] @ models/lib/nn.yaml:79:7
%6987 = mul %6986, %6986 : f32[256] @ models/lib/nn.yaml:79:7
%6988 = reduce_sum %6987 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6989 = sqrt %6988 : f32[] @ models/lib/nn.yaml:79:7
%6990 = cast %6989 : f64[] @ models/lib/nn.yaml:79:7
%6991 = add %6990, %6583 : f64[] @ models/lib/nn.yaml:79:7
%6992 = div %6585, %6991 : f64[] @ models/lib/nn.yaml:79:7
%6993 = lt %6992, %6587 : bool[] @ models/lib/nn.yaml:79:7
%6994 = cast %6992 : f32[] @ models/lib/nn.yaml:79:7
%6995 = broadcast %6994 : f32[16,16] @ models/lib/nn.yaml:79:7
%6996 = mul %6985, %6995 : f32[16,16] @ models/lib/nn.yaml:79:7
%6997 = broadcast %6993 : bool[16,16] @ models/lib/nn.yaml:79:7
%6998 = select %6997, %6996, %6985 : f32[16,16] @ models/lib/nn.yaml:79:7
%6999 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7000 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7001 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7002 = add %7001, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7003 = broadcast %6601 : f32[16,16] @ models/lib/nn.yaml:79:7
%7004 = mul %14, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%7005 = broadcast %3792 : f32[16,16] @ models/lib/nn.yaml:79:7
%7006 = mul %6998, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%7007 = broadcast %2598 : f32[16,16] @ models/lib/nn.yaml:79:7
%7008 = mul %6999, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%7009 = add %7008, %7006 : f32[16,16] @ models/lib/nn.yaml:79:7
%7010 = mul %6998, %6998 : f32[16,16] @ models/lib/nn.yaml:79:7
%7011 = broadcast %6611 : f32[16,16] @ models/lib/nn.yaml:79:7
%7012 = mul %7010, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%7013 = broadcast %6615 : f32[16,16] @ models/lib/nn.yaml:79:7
%7014 = mul %7000, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = add %7014, %7012 : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = cast %7002 : f64[] @ models/lib/nn.yaml:79:7
%7017 = pow %6606, %7016 : f64[] @ models/lib/nn.yaml:79:7
%7018 = sub %6587, %7017 : f64[] @ models/lib/nn.yaml:79:7
%7019 = div %4095, %7018 : f64[] @ models/lib/nn.yaml:79:7
%7020 = pow %6614, %7016 : f64[] @ models/lib/nn.yaml:79:7
%7021 = sub %6587, %7020 : f64[] @ models/lib/nn.yaml:79:7
%7022 = sqrt %7021 : f64[] @ models/lib/nn.yaml:79:7
%7023 = div %6587, %7022 : f64[] @ models/lib/nn.yaml:79:7
%7024 = sqrt %7015 : f32[16,16] @ models/lib/nn.yaml:79:7
%7025 = cast %7023 : f32[] @ models/lib/nn.yaml:79:7
%7026 = broadcast %7025 : f32[16,16] @ models/lib/nn.yaml:79:7
%7027 = mul %7024, %7026 : f32[16,16] @ models/lib/nn.yaml:79:7
%7028 = broadcast %6631 : f32[16,16] @ models/lib/nn.yaml:79:7
%7029 = add %7027, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%7030 = div %7009, %7029 : f32[16,16] @ models/lib/nn.yaml:79:7
%7031 = cast %7019 : f32[] @ models/lib/nn.yaml:79:7
%7032 = broadcast %7031 : f32[16,16] @ models/lib/nn.yaml:79:7
%7033 = mul %7030, %7032 : f32[16,16] @ models/lib/nn.yaml:79:7
%7034 = sub %7004, %7033 : f32[16,16] @ models/lib/nn.yaml:79:7
%7035 = assign %14, %7034 : f32[16,16] @ models/lib/nn.yaml:79:7
%7036 = assign %6999, %7009 : f32[16,16] @ models/lib/nn.yaml:79:7
%7037 = assign %7000, %7015 : f32[16,16] @ models/lib/nn.yaml:79:7
%7038 = assign %7001, %7002 : i64[] @ models/lib/nn.yaml:79:7
%7039 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%7040 = mul %92, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%7041 = broadcast %6646 : f32[16,16] @ models/lib/nn.yaml:79:7
%7042 = mul %7034, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%7043 = add %7040, %7042 : f32[16,16] @ models/lib/nn.yaml:79:7
%7044 = assign %92, %7043 : f32[16,16] @ models/lib/nn.yaml:79:7
%7045 = all_reduce_sum %6405 : f32[16] @ models/lib/nn.yaml:80:7
%7046 = mul %7045, %7045 : f32[16] @ models/lib/nn.yaml:80:7
%7047 = reduce_sum %7046 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7048 = sqrt %7047 : f32[] @ models/lib/nn.yaml:80:7
%7049 = cast %7048 : f64[] @ models/lib/nn.yaml:80:7
%7050 = add %7049, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7051 = div %6585, %7050 : f64[] @ models/lib/nn.yaml:80:7
%7052 = lt %7051, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7053 = cast %7051 : f32[] @ models/lib/nn.yaml:80:7
%7054 = broadcast %7053 : f32[16] @ models/lib/nn.yaml:80:7
%7055 = mul %7045, %7054 : f32[16] @ models/lib/nn.yaml:80:7
%7056 = broadcast %7052 : bool[16] @ models/lib/nn.yaml:80:7
%7057 = select %7056, %7055, %7045 : f32[16] @ models/lib/nn.yaml:80:7
%7058 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7059 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7060 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7061 = add %7060, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7062 = mul %7057, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = mul %7058, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%7064 = add %7063, %7062 : f32[16] @ models/lib/nn.yaml:80:7
%7065 = mul %7057, %7057 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = mul %7065, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%7067 = mul %7059, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%7068 = add %7067, %7066 : f32[16] @ models/lib/nn.yaml:80:7
%7069 = cast %7061 : f64[] @ models/lib/nn.yaml:80:7
%7070 = pow %6606, %7069 : f64[] @ models/lib/nn.yaml:80:7
%7071 = sub %6587, %7070 : f64[] @ models/lib/nn.yaml:80:7
%7072 = div %4095, %7071 : f64[] @ models/lib/nn.yaml:80:7
%7073 = pow %6614, %7069 : f64[] @ models/lib/nn.yaml:80:7
%7074 = sub %6587, %7073 : f64[] @ models/lib/nn.yaml:80:7
%7075 = sqrt %7074 : f64[] @ models/lib/nn.yaml:80:7
%7076 = div %6587, %7075 : f64[] @ models/lib/nn.yaml:80:7
%7077 = sqrt %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7078 = cast %7076 : f32[] @ models/lib/nn.yaml:80:7
%7079 = broadcast %7078 : f32[16] @ models/lib/nn.yaml:80:7
%7080 = mul %7077, %7079 : f32[16] @ models/lib/nn.yaml:80:7
%7081 = add %7080, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%7082 = div %7064, %7081 : f32[16] @ models/lib/nn.yaml:80:7
%7083 = cast %7072 : f32[] @ models/lib/nn.yaml:80:7
%7084 = broadcast %7083 : f32[16] @ models/lib/nn.yaml:80:7
%7085 = mul %7082, %7084 : f32[16] @ models/lib/nn.yaml:80:7
%7086 = sub %15, %7085 : f32[16] @ models/lib/nn.yaml:80:7
%7087 = assign %15, %7086 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = assign %7058, %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = assign %7059, %7068 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = assign %7060, %7061 : i64[] @ models/lib/nn.yaml:80:7
%7091 = mul %93, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%7092 = mul %7086, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%7093 = add %7091, %7092 : f32[16] @ models/lib/nn.yaml:80:7
%7094 = assign %93, %7093 : f32[16] @ models/lib/nn.yaml:80:7
%7095 = all_reduce_sum %6382 : f32[16] @ models/lib/nn.yaml:89:7
%7096 = mul %7095, %7095 : f32[16] @ models/lib/nn.yaml:89:7
%7097 = reduce_sum %7096 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7098 = sqrt %7097 : f32[] @ models/lib/nn.yaml:89:7
%7099 = cast %7098 : f64[] @ models/lib/nn.yaml:89:7
%7100 = add %7099, %6583 : f64[] @ models/lib/nn.yaml:89:7
%7101 = div %6585, %7100 : f64[] @ models/lib/nn.yaml:89:7
%7102 = lt %7101, %6587 : bool[] @ models/lib/nn.yaml:89:7
%7103 = cast %7101 : f32[] @ models/lib/nn.yaml:89:7
%7104 = broadcast %7103 : f32[16] @ models/lib/nn.yaml:89:7
%7105 = mul %7095, %7104 : f32[16] @ models/lib/nn.yaml:89:7
%7106 = broadcast %7102 : bool[16] @ models/lib/nn.yaml:89:7
%7107 = select %7106, %7105, %7095 : f32[16] @ models/lib/nn.yaml:89:7
%7108 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7109 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7110 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7111 = add %7110, %6597 : i64[] @ models/lib/nn.yaml:89:7
%7112 = mul %7107, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%7113 = mul %7108, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%7114 = add %7113, %7112 : f32[16] @ models/lib/nn.yaml:89:7
%7115 = mul %7107, %7107 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = mul %7115, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%7117 = mul %7109, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%7118 = add %7117, %7116 : f32[16] @ models/lib/nn.yaml:89:7
%7119 = cast %7111 : f64[] @ models/lib/nn.yaml:89:7
%7120 = pow %6606, %7119 : f64[] @ models/lib/nn.yaml:89:7
%7121 = sub %6587, %7120 : f64[] @ models/lib/nn.yaml:89:7
%7122 = div %4095, %7121 : f64[] @ models/lib/nn.yaml:89:7
%7123 = pow %6614, %7119 : f64[] @ models/lib/nn.yaml:89:7
%7124 = sub %6587, %7123 : f64[] @ models/lib/nn.yaml:89:7
%7125 = sqrt %7124 : f64[] @ models/lib/nn.yaml:89:7
%7126 = div %6587, %7125 : f64[] @ models/lib/nn.yaml:89:7
%7127 = sqrt %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7128 = cast %7126 : f32[] @ models/lib/nn.yaml:89:7
%7129 = broadcast %7128 : f32[16] @ models/lib/nn.yaml:89:7
%7130 = mul %7127, %7129 : f32[16] @ models/lib/nn.yaml:89:7
%7131 = add %7130, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%7132 = div %7114, %7131 : f32[16] @ models/lib/nn.yaml:89:7
%7133 = cast %7122 : f32[] @ models/lib/nn.yaml:89:7
%7134 = broadcast %7133 : f32[16] @ models/lib/nn.yaml:89:7
%7135 = mul %7132, %7134 : f32[16] @ models/lib/nn.yaml:89:7
%7136 = sub %16, %7135 : f32[16] @ models/lib/nn.yaml:89:7
%7137 = assign %16, %7136 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = assign %7108, %7114 : f32[16] @ models/lib/nn.yaml:89:7
%7139 = assign %7109, %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7140 = assign %7110, %7111 : i64[] @ models/lib/nn.yaml:89:7
%7141 = mul %94, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%7142 = mul %7136, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%7143 = add %7141, %7142 : f32[16] @ models/lib/nn.yaml:89:7
%7144 = assign %94, %7143 : f32[16] @ models/lib/nn.yaml:89:7
%7145 = all_reduce_sum %6375 : f32[16] @ models/lib/nn.yaml:90:7
%7146 = mul %7145, %7145 : f32[16] @ models/lib/nn.yaml:90:7
%7147 = reduce_sum %7146 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7148 = sqrt %7147 : f32[] @ models/lib/nn.yaml:90:7
%7149 = cast %7148 : f64[] @ models/lib/nn.yaml:90:7
%7150 = add %7149, %6583 : f64[] @ models/lib/nn.yaml:90:7
%7151 = div %6585, %7150 : f64[] @ models/lib/nn.yaml:90:7
%7152 = lt %7151, %6587 : bool[] @ models/lib/nn.yaml:90:7
%7153 = cast %7151 : f32[] @ models/lib/nn.yaml:90:7
%7154 = broadcast %7153 : f32[16] @ models/lib/nn.yaml:90:7
%7155 = mul %7145, %7154 : f32[16] @ models/lib/nn.yaml:90:7
%7156 = broadcast %7152 : bool[16] @ models/lib/nn.yaml:90:7
%7157 = select %7156, %7155, %7145 : f32[16] @ models/lib/nn.yaml:90:7
%7158 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7159 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7160 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7161 = add %7160, %6597 : i64[] @ models/lib/nn.yaml:90:7
%7162 = mul %7157, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%7163 = mul %7158, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%7164 = add %7163, %7162 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = mul %7157, %7157 : f32[16] @ models/lib/nn.yaml:90:7
%7166 = mul %7165, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%7167 = mul %7159, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%7168 = add %7167, %7166 : f32[16] @ models/lib/nn.yaml:90:7
%7169 = cast %7161 : f64[] @ models/lib/nn.yaml:90:7
%7170 = pow %6606, %7169 : f64[] @ models/lib/nn.yaml:90:7
%7171 = sub %6587, %7170 : f64[] @ models/lib/nn.yaml:90:7
%7172 = div %4095, %7171 : f64[] @ models/lib/nn.yaml:90:7
%7173 = pow %6614, %7169 : f64[] @ models/lib/nn.yaml:90:7
%7174 = sub %6587, %7173 : f64[] @ models/lib/nn.yaml:90:7
%7175 = sqrt %7174 : f64[] @ models/lib/nn.yaml:90:7
%7176 = div %6587, %7175 : f64[] @ models/lib/nn.yaml:90:7
%7177 = sqrt %7168 : f32[16] @ models/lib/nn.yaml:90:7
%7178 = cast %7176 : f32[] @ models/lib/nn.yaml:90:7
%7179 = broadcast %7178 : f32[16] @ models/lib/nn.yaml:90:7
%7180 = mul %7177, %7179 : f32[16] @ models/lib/nn.yaml:90:7
%7181 = add %7180, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%7182 = div %7164, %7181 : f32[16] @ models/lib/nn.yaml:90:7
%7183 = cast %7172 : f32[] @ models/lib/nn.yaml:90:7
%7184 = broadcast %7183 : f32[16] @ models/lib/nn.yaml:90:7
%7185 = mul %7182, %7184 : f32[16] @ models/lib/nn.yaml:90:7
%7186 = sub %17, %7185 : f32[16] @ models/lib/nn.yaml:90:7
%7187 = assign %17, %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = assign %7158, %7164 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = assign %7159, %7168 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = assign %7160, %7161 : i64[] @ models/lib/nn.yaml:90:7
%7191 = mul %95, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%7192 = mul %7186, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%7193 = add %7191, %7192 : f32[16] @ models/lib/nn.yaml:90:7
%7194 = assign %95, %7193 : f32[16] @ models/lib/nn.yaml:90:7
%7195 = all_reduce_sum %6369 : f32[64,16] @ models/lib/nn.yaml:79:7
%7196 = reshape %7195 : f32[1024] @ models/lib/nn.yaml:79:7
%7197 = mul %7196, %7196 : f32[1024] @ models/lib/nn.yaml:79:7
%7198 = reduce_sum %7197 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7199 = sqrt %7198 : f32[] @ models/lib/nn.yaml:79:7
%7200 = cast %7199 : f64[] @ models/lib/nn.yaml:79:7
%7201 = add %7200, %6583 : f64[] @ models/lib/nn.yaml:79:7
%7202 = div %6585, %7201 : f64[] @ models/lib/nn.yaml:79:7
%7203 = lt %7202, %6587 : bool[] @ models/lib/nn.yaml:79:7
%7204 = cast %7202 : f32[] @ models/lib/nn.yaml:79:7
%7205 = broadcast %7204 : f32[64,16] @ models/lib/nn.yaml:79:7
%7206 = mul %7195, %7205 : f32[64,16] @ models/lib/nn.yaml:79:7
%7207 = broadcast %7203 : bool[64,16] @ models/lib/nn.yaml:79:7
%7208 = select %7207, %7206, %7195 : f32[64,16] @ models/lib/nn.yaml:79:7
%7209 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7210 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7211 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7212 = add %7211, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7213 = broadcast %6601 : f32[64,16] @ models/lib/nn.yaml:79:7
%7214 = mul %18, %7213 : f32[64,16] @ models/lib/nn.yaml:79:7
%7215 = broadcast %3792 : f32[64,16] @ models/lib/nn.yaml:79:7
%7216 = mul %7208, %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%7217 = broadcast %2598 : f32[64,16] @ models/lib/nn.yaml:79:7
%7218 = mul %7209, %7217 : f32[64,16] @ models/lib/nn.yaml:79:7
%7219 = add %7218, %7216 : f32[64,16] @ models/lib/nn.yaml:79:7
%7220 = mul %7208, %7208 : f32[64,16] @ models/lib/nn.yaml:79:7
%7221 = broadcast %6611 : f32[64,16] @ models/lib/nn.yaml:79:7
%7222 = mul %7220, %7221 : f32[64,16] @ models/lib/nn.yaml:79:7
%7223 = broadcast %6615 : f32[64,16] @ models/lib/nn.yaml:79:7
%7224 = mul %7210, %7223 : f32[64,16] @ models/lib/nn.yaml:79:7
%7225 = add %7224, %7222 : f32[64,16] @ models/lib/nn.yaml:79:7
%7226 = cast %7212 : f64[] @ models/lib/nn.yaml:79:7
%7227 = pow %6606, %7226 : f64[] @ models/lib/nn.yaml:79:7
%7228 = sub %6587, %7227 : f64[] @ models/lib/nn.yaml:79:7
%7229 = div %4095, %7228 : f64[] @ models/lib/nn.yaml:79:7
%7230 = pow %6614, %7226 : f64[] @ models/lib/nn.yaml:79:7
%7231 = sub %6587, %7230 : f64[] @ models/lib/nn.yaml:79:7
%7232 = sqrt %7231 : f64[] @ models/lib/nn.yaml:79:7
%7233 = div %6587, %7232 : f64[] @ models/lib/nn.yaml:79:7
%7234 = sqrt %7225 : f32[64,16] @ models/lib/nn.yaml:79:7
%7235 = cast %7233 : f32[] @ models/lib/nn.yaml:79:7
%7236 = broadcast %7235 : f32[64,16] @ models/lib/nn.yaml:79:7
%7237 = mul %7234, %7236 : f32[64,16] @ models/lib/nn.yaml:79:7
%7238 = broadcast %6631 : f32[64,16] @ models/lib/nn.yaml:79:7
%7239 = add %7237, %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%7240 = div %7219, %7239 : f32[64,16] @ models/lib/nn.yaml:79:7
%7241 = cast %7229 : f32[] @ models/lib/nn.yaml:79:7
%7242 = broadcast %7241 : f32[64,16] @ models/lib/nn.yaml:79:7
%7243 = mul %7240, %7242 : f32[64,16] @ models/lib/nn.yaml:79:7
%7244 = sub %7214, %7243 : f32[64,16] @ models/lib/nn.yaml:79:7
%7245 = assign %18, %7244 : f32[64,16] @ models/lib/nn.yaml:79:7
%7246 = assign %7209, %7219 : f32[64,16] @ models/lib/nn.yaml:79:7
%7247 = assign %7210, %7225 : f32[64,16] @ models/lib/nn.yaml:79:7
%7248 = assign %7211, %7212 : i64[] @ models/lib/nn.yaml:79:7
%7249 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%7250 = mul %96, %7249 : f32[64,16] @ models/lib/nn.yaml:79:7
%7251 = broadcast %6646 : f32[64,16] @ models/lib/nn.yaml:79:7
%7252 = mul %7244, %7251 : f32[64,16] @ models/lib/nn.yaml:79:7
%7253 = add %7250, %7252 : f32[64,16] @ models/lib/nn.yaml:79:7
%7254 = assign %96, %7253 : f32[64,16] @ models/lib/nn.yaml:79:7
%7255 = all_reduce_sum %6361 : f32[64] @ models/lib/nn.yaml:80:7
%7256 = mul %7255, %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7257 = reduce_sum %7256 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7258 = sqrt %7257 : f32[] @ models/lib/nn.yaml:80:7
%7259 = cast %7258 : f64[] @ models/lib/nn.yaml:80:7
%7260 = add %7259, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7261 = div %6585, %7260 : f64[] @ models/lib/nn.yaml:80:7
%7262 = lt %7261, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7263 = cast %7261 : f32[] @ models/lib/nn.yaml:80:7
%7264 = broadcast %7263 : f32[64] @ models/lib/nn.yaml:80:7
%7265 = mul %7255, %7264 : f32[64] @ models/lib/nn.yaml:80:7
%7266 = broadcast %7262 : bool[64] @ models/lib/nn.yaml:80:7
%7267 = select %7266, %7265, %7255 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7269 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7270 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7271 = add %7270, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7272 = broadcast %3792 : f32[64] @ models/lib/nn.yaml:80:7
%7273 = mul %7267, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7274 = broadcast %2598 : f32[64] @ models/lib/nn.yaml:80:7
%7275 = mul %7268, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%7276 = add %7275, %7273 : f32[64] @ models/lib/nn.yaml:80:7
%7277 = mul %7267, %7267 : f32[64] @ models/lib/nn.yaml:80:7
%7278 = broadcast %6611 : f32[64] @ models/lib/nn.yaml:80:7
%7279 = mul %7277, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%7280 = broadcast %6615 : f32[64] @ models/lib/nn.yaml:80:7
%7281 = mul %7269, %7280 : f32[64] @ models/lib/nn.yaml:80:7
%7282 = add %7281, %7279 : f32[64] @ models/lib/nn.yaml:80:7
%7283 = cast %7271 : f64[] @ models/lib/nn.yaml:80:7
%7284 = pow %6606, %7283 : f64[] @ models/lib/nn.yaml:80:7
%7285 = sub %6587, %7284 : f64[] @ models/lib/nn.yaml:80:7
%7286 = div %4095, %7285 : f64[] @ models/lib/nn.yaml:80:7
%7287 = pow %6614, %7283 : f64[] @ models/lib/nn.yaml:80:7
%7288 = sub %6587, %7287 : f64[] @ models/lib/nn.yaml:80:7
%7289 = sqrt %7288 : f64[] @ models/lib/nn.yaml:80:7
%7290 = div %6587, %7289 : f64[] @ models/lib/nn.yaml:80:7
%7291 = sqrt %7282 : f32[64] @ models/lib/nn.yaml:80:7
%7292 = cast %7290 : f32[] @ models/lib/nn.yaml:80:7
%7293 = broadcast %7292 : f32[64] @ models/lib/nn.yaml:80:7
%7294 = mul %7291, %7293 : f32[64] @ models/lib/nn.yaml:80:7
%7295 = broadcast %6631 : f32[64] @ models/lib/nn.yaml:80:7
%7296 = add %7294, %7295 : f32[64] @ models/lib/nn.yaml:80:7
%7297 = div %7276, %7296 : f32[64] @ models/lib/nn.yaml:80:7
%7298 = cast %7286 : f32[] @ models/lib/nn.yaml:80:7
%7299 = broadcast %7298 : f32[64] @ models/lib/nn.yaml:80:7
%7300 = mul %7297, %7299 : f32[64] @ models/lib/nn.yaml:80:7
%7301 = sub %19, %7300 : f32[64] @ models/lib/nn.yaml:80:7
%7302 = assign %19, %7301 : f32[64] @ models/lib/nn.yaml:80:7
%7303 = assign %7268, %7276 : f32[64] @ models/lib/nn.yaml:80:7
%7304 = assign %7269, %7282 : f32[64] @ models/lib/nn.yaml:80:7
%7305 = assign %7270, %7271 : i64[] @ models/lib/nn.yaml:80:7
%7306 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7307 = mul %97, %7306 : f32[64] @ models/lib/nn.yaml:80:7
%7308 = broadcast %6646 : f32[64] @ models/lib/nn.yaml:80:7
%7309 = mul %7301, %7308 : f32[64] @ models/lib/nn.yaml:80:7
%7310 = add %7307, %7309 : f32[64] @ models/lib/nn.yaml:80:7
%7311 = assign %97, %7310 : f32[64] @ models/lib/nn.yaml:80:7
%7312 = all_reduce_sum %6339 : f32[16,64] @ models/lib/nn.yaml:79:7
%7313 = reshape %7312 : f32[1024] @ models/lib/nn.yaml:79:7
%7314 = mul %7313, %7313 : f32[1024] @ models/lib/nn.yaml:79:7
%7315 = reduce_sum %7314 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7316 = sqrt %7315 : f32[] @ models/lib/nn.yaml:79:7
%7317 = cast %7316 : f64[] @ models/lib/nn.yaml:79:7
%7318 = add %7317, %6583 : f64[] @ models/lib/nn.yaml:79:7
%7319 = div %6585, %7318 : f64[] @ models/lib/nn.yaml:79:7
%7320 = lt %7319, %6587 : bool[] @ models/lib/nn.yaml:79:7
%7321 = cast %7319 : f32[] @ models/lib/nn.yaml:79:7
%7322 = broadcast %7321 : f32[16,64] @ models/lib/nn.yaml:79:7
%7323 = mul %7312, %7322 : f32[16,64] @ models/lib/nn.yaml:79:7
%7324 = broadcast %7320 : bool[16,64] @ models/lib/nn.yaml:79:7
%7325 = select %7324, %7323, %7312 : f32[16,64] @ models/lib/nn.yaml:79:7
%7326 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7327 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7328 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7329 = add %7328, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7330 = broadcast %6601 : f32[16,64] @ models/lib/nn.yaml:79:7
%7331 = mul %20, %7330 : f32[16,64] @ models/lib/nn.yaml:79:7
%7332 = broadcast %3792 : f32[16,64] @ models/lib/nn.yaml:79:7
%7333 = mul %7325, %7332 : f32[16,64] @ models/lib/nn.yaml:79:7
%7334 = broadcast %2598 : f32[16,64] @ models/lib/nn.yaml:79:7
%7335 = mul %7326, %7334 : f32[16,64] @ models/lib/nn.yaml:79:7
%7336 = add %7335, %7333 : f32[16,64] @ models/lib/nn.yaml:79:7
%7337 = mul %7325, %7325 : f32[16,64] @ models/lib/nn.yaml:79:7
%7338 = broadcast %6611 : f32[16,64] @ models/lib/nn.yaml:79:7
%7339 = mul %7337, %7338 : f32[16,64] @ models/lib/nn.yaml:79:7
%7340 = broadcast %6615 : f32[16,64] @ models/lib/nn.yaml:79:7
%7341 = mul %7327, %7340 : f32[16,64] @ models/lib/nn.yaml:79:7
%7342 = add %7341, %7339 : f32[16,64] @ models/lib/nn.yaml:79:7
%7343 = cast %7329 : f64[] @ models/lib/nn.yaml:79:7
%7344 = pow %6606, %7343 : f64[] @ models/lib/nn.yaml:79:7
%7345 = sub %6587, %7344 : f64[] @ models/lib/nn.yaml:79:7
%7346 = div %4095, %7345 : f64[] @ models/lib/nn.yaml:79:7
%7347 = pow %6614, %7343 : f64[] @ models/lib/nn.yaml:79:7
%7348 = sub %6587, %7347 : f64[] @ models/lib/nn.yaml:79:7
%7349 = sqrt %7348 : f64[] @ models/lib/nn.yaml:79:7
%7350 = div %6587, %7349 : f64[] @ models/lib/nn.yaml:79:7
%7351 = sqrt %7342 : f32[16,64] @ models/lib/nn.yaml:79:7
%7352 = cast %7350 : f32[] @ models/lib/nn.yaml:79:7
%7353 = broadcast %7352 : f32[16,64] @ models/lib/nn.yaml:79:7
%7354 = mul %7351, %7353 : f32[16,64] @ models/lib/nn.yaml:79:7
%7355 = broadcast %6631 : f32[16,64] @ models/lib/nn.yaml:79:7
%7356 = add %7354, %7355 : f32[16,64] @ models/lib/nn.yaml:79:7
%7357 = div %7336, %7356 : f32[16,64] @ models/lib/nn.yaml:79:7
%7358 = cast %7346 : f32[] @ models/lib/nn.yaml:79:7
%7359 = broadcast %7358 : f32[16,64] @ models/lib/nn.yaml:79:7
%7360 = mul %7357, %7359 : f32[16,64] @ models/lib/nn.yaml:79:7
%7361 = sub %7331, %7360 : f32[16,64] @ models/lib/nn.yaml:79:7
%7362 = assign %20, %7361 : f32[16,64] @ models/lib/nn.yaml:79:7
%7363 = assign %7326, %7336 : f32[16,64] @ models/lib/nn.yaml:79:7
%7364 = assign %7327, %7342 : f32[16,64] @ models/lib/nn.yaml:79:7
%7365 = assign %7328, %7329 : i64[] @ models/lib/nn.yaml:79:7
%7366 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7367 = mul %98, %7366 : f32[16,64] @ models/lib/nn.yaml:79:7
%7368 = broadcast %6646 : f32[16,64] @ models/lib/nn.yaml:79:7
%7369 = mul %7361, %7368 : f32[16,64] @ models/lib/nn.yaml:79:7
%7370 = add %7367, %7369 : f32[16,64] @ models/lib/nn.yaml:79:7
%7371 = assign %98, %7370 : f32[16,64] @ models/lib/nn.yaml:79:7
%7372 = all_reduce_sum %6331 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = mul %7372, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = reduce_sum %7373 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7375 = sqrt %7374 : f32[] @ models/lib/nn.yaml:80:7
%7376 = cast %7375 : f64[] @ models/lib/nn.yaml:80:7
%7377 = add %7376, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7378 = div %6585, %7377 : f64[] @ models/lib/nn.yaml:80:7
%7379 = lt %7378, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7380 = cast %7378 : f32[] @ models/lib/nn.yaml:80:7
%7381 = broadcast %7380 : f32[16] @ models/lib/nn.yaml:80:7
%7382 = mul %7372, %7381 : f32[16] @ models/lib/nn.yaml:80:7
%7383 = broadcast %7379 : bool[16] @ models/lib/nn.yaml:80:7
%7384 = select %7383, %7382, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7385 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7386 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7387 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7388 = add %7387, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7389 = mul %7384, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%7390 = mul %7385, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%7391 = add %7390, %7389 : f32[16] @ models/lib/nn.yaml:80:7
%7392 = mul %7384, %7384 : f32[16] @ models/lib/nn.yaml:80:7
%7393 = mul %7392, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%7394 = mul %7386, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%7395 = add %7394, %7393 : f32[16] @ models/lib/nn.yaml:80:7
%7396 = cast %7388 : f64[] @ models/lib/nn.yaml:80:7
%7397 = pow %6606, %7396 : f64[] @ models/lib/nn.yaml:80:7
%7398 = sub %6587, %7397 : f64[] @ models/lib/nn.yaml:80:7
%7399 = div %4095, %7398 : f64[] @ models/lib/nn.yaml:80:7
%7400 = pow %6614, %7396 : f64[] @ models/lib/nn.yaml:80:7
%7401 = sub %6587, %7400 : f64[] @ models/lib/nn.yaml:80:7
%7402 = sqrt %7401 : f64[] @ models/lib/nn.yaml:80:7
%7403 = div %6587, %7402 : f64[] @ models/lib/nn.yaml:80:7
%7404 = sqrt %7395 : f32[16] @ models/lib/nn.yaml:80:7
%7405 = cast %7403 : f32[] @ models/lib/nn.yaml:80:7
%7406 = broadcast %7405 : f32[16] @ models/lib/nn.yaml:80:7
%7407 = mul %7404, %7406 : f32[16] @ models/lib/nn.yaml:80:7
%7408 = add %7407, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%7409 = div %7391, %7408 : f32[16] @ models/lib/nn.yaml:80:7
%7410 = cast %7399 : f32[] @ models/lib/nn.yaml:80:7
%7411 = broadcast %7410 : f32[16] @ models/lib/nn.yaml:80:7
%7412 = mul %7409, %7411 : f32[16] @ models/lib/nn.yaml:80:7
%7413 = sub %21, %7412 : f32[16] @ models/lib/nn.yaml:80:7
%7414 = assign %21, %7413 : f32[16] @ models/lib/nn.yaml:80:7
%7415 = assign %7385, %7391 : f32[16] @ models/lib/nn.yaml:80:7
%7416 = assign %7386, %7395 : f32[16] @ models/lib/nn.yaml:80:7
%7417 = assign %7387, %7388 : i64[] @ models/lib/nn.yaml:80:7
%7418 = mul %99, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%7419 = mul %7413, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%7420 = add %7418, %7419 : f32[16] @ models/lib/nn.yaml:80:7
%7421 = assign %99, %7420 : f32[16] @ models/lib/nn.yaml:80:7
%7422 = all_reduce_sum %6308 : f32[16] @ models/lib/nn.yaml:89:7
%7423 = mul %7422, %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = reduce_sum %7423 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7425 = sqrt %7424 : f32[] @ models/lib/nn.yaml:89:7
%7426 = cast %7425 : f64[] @ models/lib/nn.yaml:89:7
%7427 = add %7426, %6583 : f64[] @ models/lib/nn.yaml:89:7
%7428 = div %6585, %7427 : f64[] @ models/lib/nn.yaml:89:7
%7429 = lt %7428, %6587 : bool[] @ models/lib/nn.yaml:89:7
%7430 = cast %7428 : f32[] @ models/lib/nn.yaml:89:7
%7431 = broadcast %7430 : f32[16] @ models/lib/nn.yaml:89:7
%7432 = mul %7422, %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7433 = broadcast %7429 : bool[16] @ models/lib/nn.yaml:89:7
%7434 = select %7433, %7432, %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7435 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7436 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7437 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7438 = add %7437, %6597 : i64[] @ models/lib/nn.yaml:89:7
%7439 = mul %7434, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%7440 = mul %7435, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%7441 = add %7440, %7439 : f32[16] @ models/lib/nn.yaml:89:7
%7442 = mul %7434, %7434 : f32[16] @ models/lib/nn.yaml:89:7
%7443 = mul %7442, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = mul %7436, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = add %7444, %7443 : f32[16] @ models/lib/nn.yaml:89:7
%7446 = cast %7438 : f64[] @ models/lib/nn.yaml:89:7
%7447 = pow %6606, %7446 : f64[] @ models/lib/nn.yaml:89:7
%7448 = sub %6587, %7447 : f64[] @ models/lib/nn.yaml:89:7
%7449 = div %4095, %7448 : f64[] @ models/lib/nn.yaml:89:7
%7450 = pow %6614, %7446 : f64[] @ models/lib/nn.yaml:89:7
%7451 = sub %6587, %7450 : f64[] @ models/lib/nn.yaml:89:7
%7452 = sqrt %7451 : f64[] @ models/lib/nn.yaml:89:7
%7453 = div %6587, %7452 : f64[] @ models/lib/nn.yaml:89:7
%7454 = sqrt %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7455 = cast %7453 : f32[] @ models/lib/nn.yaml:89:7
%7456 = broadcast %7455 : f32[16] @ models/lib/nn.yaml:89:7
%7457 = mul %7454, %7456 : f32[16] @ models/lib/nn.yaml:89:7
%7458 = add %7457, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%7459 = div %7441, %7458 : f32[16] @ models/lib/nn.yaml:89:7
%7460 = cast %7449 : f32[] @ models/lib/nn.yaml:89:7
%7461 = broadcast %7460 : f32[16] @ models/lib/nn.yaml:89:7
%7462 = mul %7459, %7461 : f32[16] @ models/lib/nn.yaml:89:7
%7463 = sub %22, %7462 : f32[16] @ models/lib/nn.yaml:89:7
%7464 = assign %22, %7463 : f32[16] @ models/lib/nn.yaml:89:7
%7465 = assign %7435, %7441 : f32[16] @ models/lib/nn.yaml:89:7
%7466 = assign %7436, %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7467 = assign %7437, %7438 : i64[] @ models/lib/nn.yaml:89:7
%7468 = mul %100, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = mul %7463, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%7470 = add %7468, %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = assign %100, %7470 : f32[16] @ models/lib/nn.yaml:89:7
%7472 = all_reduce_sum %6301 : f32[16] @ models/lib/nn.yaml:90:7
%7473 = mul %7472, %7472 : f32[16] @ models/lib/nn.yaml:90:7
%7474 = reduce_sum %7473 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7475 = sqrt %7474 : f32[] @ models/lib/nn.yaml:90:7
%7476 = cast %7475 : f64[] @ models/lib/nn.yaml:90:7
%7477 = add %7476, %6583 : f64[] @ models/lib/nn.yaml:90:7
%7478 = div %6585, %7477 : f64[] @ models/lib/nn.yaml:90:7
%7479 = lt %7478, %6587 : bool[] @ models/lib/nn.yaml:90:7
%7480 = cast %7478 : f32[] @ models/lib/nn.yaml:90:7
%7481 = broadcast %7480 : f32[16] @ models/lib/nn.yaml:90:7
%7482 = mul %7472, %7481 : f32[16] @ models/lib/nn.yaml:90:7
%7483 = broadcast %7479 : bool[16] @ models/lib/nn.yaml:90:7
%7484 = select %7483, %7482, %7472 : f32[16] @ models/lib/nn.yaml:90:7
%7485 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7486 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7487 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7488 = add %7487, %6597 : i64[] @ models/lib/nn.yaml:90:7
%7489 = mul %7484, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%7490 = mul %7485, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%7491 = add %7490, %7489 : f32[16] @ models/lib/nn.yaml:90:7
%7492 = mul %7484, %7484 : f32[16] @ models/lib/nn.yaml:90:7
%7493 = mul %7492, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = mul %7486, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%7495 = add %7494, %7493 : f32[16] @ models/lib/nn.yaml:90:7
%7496 = cast %7488 : f64[] @ models/lib/nn.yaml:90:7
%7497 = pow %6606, %7496 : f64[] @ models/lib/nn.yaml:90:7
%7498 = sub %6587, %7497 : f64[] @ models/lib/nn.yaml:90:7
%7499 = div %4095, %7498 : f64[] @ models/lib/nn.yaml:90:7
%7500 = pow %6614, %7496 : f64[] @ models/lib/nn.yaml:90:7
%7501 = sub %6587, %7500 : f64[] @ models/lib/nn.yaml:90:7
%7502 = sqrt %7501 : f64[] @ models/lib/nn.yaml:90:7
%7503 = div %6587, %7502 : f64[] @ models/lib/nn.yaml:90:7
%7504 = sqrt %7495 : f32[16] @ models/lib/nn.yaml:90:7
%7505 = cast %7503 : f32[] @ models/lib/nn.yaml:90:7
%7506 = broadcast %7505 : f32[16] @ models/lib/nn.yaml:90:7
%7507 = mul %7504, %7506 : f32[16] @ models/lib/nn.yaml:90:7
%7508 = add %7507, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%7509 = div %7491, %7508 : f32[16] @ models/lib/nn.yaml:90:7
%7510 = cast %7499 : f32[] @ models/lib/nn.yaml:90:7
%7511 = broadcast %7510 : f32[16] @ models/lib/nn.yaml:90:7
%7512 = mul %7509, %7511 : f32[16] @ models/lib/nn.yaml:90:7
%7513 = sub %23, %7512 : f32[16] @ models/lib/nn.yaml:90:7
%7514 = assign %23, %7513 : f32[16] @ models/lib/nn.yaml:90:7
%7515 = assign %7485, %7491 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = assign %7486, %7495 : f32[16] @ models/lib/nn.yaml:90:7
%7517 = assign %7487, %7488 : i64[] @ models/lib/nn.yaml:90:7
%7518 = mul %101, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = mul %7513, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%7520 = add %7518, %7519 : f32[16] @ models/lib/nn.yaml:90:7
%7521 = assign %101, %7520 : f32[16] @ models/lib/nn.yaml:90:7
%7522 = all_reduce_sum %6295 : f32[48,16] @ models/lib/nn.yaml:79:7
%7523 = reshape %7522 : f32[768] @ models/lib/nn.yaml:79:7
%7524 = mul %7523, %7523 : f32[768] @ models/lib/nn.yaml:79:7
%7525 = reduce_sum %7524 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7526 = sqrt %7525 : f32[] @ models/lib/nn.yaml:79:7
%7527 = cast %7526 : f64[] @ models/lib/nn.yaml:79:7
%7528 = add %7527, %6583 : f64[] @ models/lib/nn.yaml:79:7
%7529 = div %6585, %7528 : f64[] @ models/lib/nn.yaml:79:7
%7530 = lt %7529, %6587 : bool[] @ models/lib/nn.yaml:79:7
%7531 = cast %7529 : f32[] @ models/lib/nn.yaml:79:7
%7532 = broadcast %7531 : f32[48,16] @ models/lib/nn.yaml:79:7
%7533 = mul %7522, %7532 : f32[48,16] @ models/lib/nn.yaml:79:7
%7534 = broadcast %7530 : bool[48,16] @ models/lib/nn.yaml:79:7
%7535 = select %7534, %7533, %7522 : f32[48,16] @ models/lib/nn.yaml:79:7
%7536 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7537 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7538 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7539 = add %7538, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7540 = mul %24, %6886 : f32[48,16] @ models/lib/nn.yaml:79:7
%7541 = mul %7535, %6888 : f32[48,16] @ models/lib/nn.yaml:79:7
%7542 = mul %7536, %6890 : f32[48,16] @ models/lib/nn.yaml:79:7
%7543 = add %7542, %7541 : f32[48,16] @ models/lib/nn.yaml:79:7
%7544 = mul %7535, %7535 : f32[48,16] @ models/lib/nn.yaml:79:7
%7545 = mul %7544, %6894 : f32[48,16] @ models/lib/nn.yaml:79:7
%7546 = mul %7537, %6896 : f32[48,16] @ models/lib/nn.yaml:79:7
%7547 = add %7546, %7545 : f32[48,16] @ models/lib/nn.yaml:79:7
%7548 = cast %7539 : f64[] @ models/lib/nn.yaml:79:7
%7549 = pow %6606, %7548 : f64[] @ models/lib/nn.yaml:79:7
%7550 = sub %6587, %7549 : f64[] @ models/lib/nn.yaml:79:7
%7551 = div %4095, %7550 : f64[] @ models/lib/nn.yaml:79:7
%7552 = pow %6614, %7548 : f64[] @ models/lib/nn.yaml:79:7
%7553 = sub %6587, %7552 : f64[] @ models/lib/nn.yaml:79:7
%7554 = sqrt %7553 : f64[] @ models/lib/nn.yaml:79:7
%7555 = div %6587, %7554 : f64[] @ models/lib/nn.yaml:79:7
%7556 = sqrt %7547 : f32[48,16] @ models/lib/nn.yaml:79:7
%7557 = cast %7555 : f32[] @ models/lib/nn.yaml:79:7
%7558 = broadcast %7557 : f32[48,16] @ models/lib/nn.yaml:79:7
%7559 = mul %7556, %7558 : f32[48,16] @ models/lib/nn.yaml:79:7
%7560 = add %7559, %6911 : f32[48,16] @ models/lib/nn.yaml:79:7
%7561 = div %7543, %7560 : f32[48,16] @ models/lib/nn.yaml:79:7
%7562 = cast %7551 : f32[] @ models/lib/nn.yaml:79:7
%7563 = broadcast %7562 : f32[48,16] @ models/lib/nn.yaml:79:7
%7564 = mul %7561, %7563 : f32[48,16] @ models/lib/nn.yaml:79:7
%7565 = sub %7540, %7564 : f32[48,16] @ models/lib/nn.yaml:79:7
%7566 = assign %24, %7565 : f32[48,16] @ models/lib/nn.yaml:79:7
%7567 = assign %7536, %7543 : f32[48,16] @ models/lib/nn.yaml:79:7
%7568 = assign %7537, %7547 : f32[48,16] @ models/lib/nn.yaml:79:7
%7569 = assign %7538, %7539 : i64[] @ models/lib/nn.yaml:79:7
%7570 = mul %102, %6922 : f32[48,16] @ models/lib/nn.yaml:79:7
%7571 = mul %7565, %6924 : f32[48,16] @ models/lib/nn.yaml:79:7
%7572 = add %7570, %7571 : f32[48,16] @ models/lib/nn.yaml:79:7
%7573 = assign %102, %7572 : f32[48,16] @ models/lib/nn.yaml:79:7
%7574 = all_reduce_sum %6286 : f32[48] @ models/lib/nn.yaml:80:7
%7575 = mul %7574, %7574 : f32[48] @ models/lib/nn.yaml:80:7
%7576 = reduce_sum %7575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7577 = sqrt %7576 : f32[] @ models/lib/nn.yaml:80:7
%7578 = cast %7577 : f64[] @ models/lib/nn.yaml:80:7
%7579 = add %7578, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7580 = div %6585, %7579 : f64[] @ models/lib/nn.yaml:80:7
%7581 = lt %7580, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7582 = cast %7580 : f32[] @ models/lib/nn.yaml:80:7
%7583 = broadcast %7582 : f32[48] @ models/lib/nn.yaml:80:7
%7584 = mul %7574, %7583 : f32[48] @ models/lib/nn.yaml:80:7
%7585 = broadcast %7581 : bool[48] @ models/lib/nn.yaml:80:7
%7586 = select %7585, %7584, %7574 : f32[48] @ models/lib/nn.yaml:80:7
%7587 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7588 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7589 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7590 = add %7589, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7591 = mul %7586, %6945 : f32[48] @ models/lib/nn.yaml:80:7
%7592 = mul %7587, %6947 : f32[48] @ models/lib/nn.yaml:80:7
%7593 = add %7592, %7591 : f32[48] @ models/lib/nn.yaml:80:7
%7594 = mul %7586, %7586 : f32[48] @ models/lib/nn.yaml:80:7
%7595 = mul %7594, %6951 : f32[48] @ models/lib/nn.yaml:80:7
%7596 = mul %7588, %6953 : f32[48] @ models/lib/nn.yaml:80:7
%7597 = add %7596, %7595 : f32[48] @ models/lib/nn.yaml:80:7
%7598 = cast %7590 : f64[] @ models/lib/nn.yaml:80:7
%7599 = pow %6606, %7598 : f64[] @ models/lib/nn.yaml:80:7
%7600 = sub %6587, %7599 : f64[] @ models/lib/nn.yaml:80:7
%7601 = div %4095, %7600 : f64[] @ models/lib/nn.yaml:80:7
%7602 = pow %6614, %7598 : f64[] @ models/lib/nn.yaml:80:7
%7603 = sub %6587, %7602 : f64[] @ models/lib/nn.yaml:80:7
%7604 = sqrt %7603 : f64[] @ models/lib/nn.yaml:80:7
%7605 = div %6587, %7604 : f64[] @ models/lib/nn.yaml:80:7
%7606 = sqrt %7597 : f32[48] @ models/lib/nn.yaml:80:7
%7607 = cast %7605 : f32[] @ models/lib/nn.yaml:80:7
%7608 = broadcast %7607 : f32[48] @ models/lib/nn.yaml:80:7
%7609 = mul %7606, %7608 : f32[48] @ models/lib/nn.yaml:80:7
%7610 = add %7609, %6968 : f32[48] @ models/lib/nn.yaml:80:7
%7611 = div %7593, %7610 : f32[48] @ models/lib/nn.yaml:80:7
%7612 = cast %7601 : f32[] @ models/lib/nn.yaml:80:7
%7613 = broadcast %7612 : f32[48] @ models/lib/nn.yaml:80:7
%7614 = mul %7611, %7613 : f32[48] @ models/lib/nn.yaml:80:7
%7615 = sub %25, %7614 : f32[48] @ models/lib/nn.yaml:80:7
%7616 = assign %25, %7615 : f32[48] @ models/lib/nn.yaml:80:7
%7617 = assign %7587, %7593 : f32[48] @ models/lib/nn.yaml:80:7
%7618 = assign %7588, %7597 : f32[48] @ models/lib/nn.yaml:80:7
%7619 = assign %7589, %7590 : i64[] @ models/lib/nn.yaml:80:7
%7620 = mul %103, %6979 : f32[48] @ models/lib/nn.yaml:80:7
%7621 = mul %7615, %6981 : f32[48] @ models/lib/nn.yaml:80:7
%7622 = add %7620, %7621 : f32[48] @ models/lib/nn.yaml:80:7
%7623 = assign %103, %7622 : f32[48] @ models/lib/nn.yaml:80:7
%7624 = all_reduce_sum %6181 : f32[16,16] @ models/lib/nn.yaml:79:7
%7625 = reshape %7624 : f32[256] @ models/lib/nn.yaml:79:7
%7626 = mul %7625, %7625 : f32[256] @ models/lib/nn.yaml:79:7
%7627 = reduce_sum %7626 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7628 = sqrt %7627 : f32[] @ models/lib/nn.yaml:79:7
%7629 = cast %7628 : f64[] @ models/lib/nn.yaml:79:7
%7630 = add %7629, %6583 : f64[] @ models/lib/nn.yaml:79:7
%7631 = div %6585, %7630 : f64[] @ models/lib/nn.yaml:79:7
%7632 = lt %7631, %6587 : bool[] @ models/lib/nn.yaml:79:7
%7633 = cast %7631 : f32[] @ models/lib/nn.yaml:79:7
%7634 = broadcast %7633 : f32[16,16] @ models/lib/nn.yaml:79:7
%7635 = mul %7624, %7634 : f32[16,16] @ models/lib/nn.yaml:79:7
%7636 = broadcast %7632 : bool[16,16] @ models/lib/nn.yaml:79:7
%7637 = select %7636, %7635, %7624 : f32[16,16] @ models/lib/nn.yaml:79:7
%7638 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7639 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7640 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7641 = add %7640, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7642 = mul %26, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%7643 = mul %7637, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%7644 = mul %7638, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%7645 = add %7644, %7643 : f32[16,16] @ models/lib/nn.yaml:79:7
%7646 = mul %7637, %7637 : f32[16,16] @ models/lib/nn.yaml:79:7
%7647 = mul %7646, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%7648 = mul %7639, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%7649 = add %7648, %7647 : f32[16,16] @ models/lib/nn.yaml:79:7
%7650 = cast %7641 : f64[] @ models/lib/nn.yaml:79:7
%7651 = pow %6606, %7650 : f64[] @ models/lib/nn.yaml:79:7
%7652 = sub %6587, %7651 : f64[] @ models/lib/nn.yaml:79:7
%7653 = div %4095, %7652 : f64[] @ models/lib/nn.yaml:79:7
%7654 = pow %6614, %7650 : f64[] @ models/lib/nn.yaml:79:7
%7655 = sub %6587, %7654 : f64[] @ models/lib/nn.yaml:79:7
%7656 = sqrt %7655 : f64[] @ models/lib/nn.yaml:79:7
%7657 = div %6587, %7656 : f64[] @ models/lib/nn.yaml:79:7
%7658 = sqrt %7649 : f32[16,16] @ models/lib/nn.yaml:79:7
%7659 = cast %7657 : f32[] @ models/lib/nn.yaml:79:7
%7660 = broadcast %7659 : f32[16,16] @ models/lib/nn.yaml:79:7
%7661 = mul %7658, %7660 : f32[16,16] @ models/lib/nn.yaml:79:7
%7662 = add %7661, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%7663 = div %7645, %7662 : f32[16,16] @ models/lib/nn.yaml:79:7
%7664 = cast %7653 : f32[] @ models/lib/nn.yaml:79:7
%7665 = broadcast %7664 : f32[16,16] @ models/lib/nn.yaml:79:7
%7666 = mul %7663, %7665 : f32[16,16] @ models/lib/nn.yaml:79:7
%7667 = sub %7642, %7666 : f32[16,16] @ models/lib/nn.yaml:79:7
%7668 = assign %26, %7667 : f32[16,16] @ models/lib/nn.yaml:79:7
%7669 = assign %7638, %7645 : f32[16,16] @ models/lib/nn.yaml:79:7
%7670 = assign %7639, %7649 : f32[16,16] @ models/lib/nn.yaml:79:7
%7671 = assign %7640, %7641 : i64[] @ models/lib/nn.yaml:79:7
%7672 = mul %104, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%7673 = mul %7667, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%7674 = add %7672, %7673 : f32[16,16] @ models/lib/nn.yaml:79:7
%7675 = assign %104, %7674 : f32[16,16] @ models/lib/nn.yaml:79:7
%7676 = all_reduce_sum %6173 : f32[16] @ models/lib/nn.yaml:80:7
%7677 = mul %7676, %7676 : f32[16] @ models/lib/nn.yaml:80:7
%7678 = reduce_sum %7677 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7679 = sqrt %7678 : f32[] @ models/lib/nn.yaml:80:7
%7680 = cast %7679 : f64[] @ models/lib/nn.yaml:80:7
%7681 = add %7680, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7682 = div %6585, %7681 : f64[] @ models/lib/nn.yaml:80:7
%7683 = lt %7682, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7684 = cast %7682 : f32[] @ models/lib/nn.yaml:80:7
%7685 = broadcast %7684 : f32[16] @ models/lib/nn.yaml:80:7
%7686 = mul %7676, %7685 : f32[16] @ models/lib/nn.yaml:80:7
%7687 = broadcast %7683 : bool[16] @ models/lib/nn.yaml:80:7
%7688 = select %7687, %7686, %7676 : f32[16] @ models/lib/nn.yaml:80:7
%7689 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7690 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7691 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7692 = add %7691, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7693 = mul %7688, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%7694 = mul %7689, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = add %7694, %7693 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = mul %7688, %7688 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = mul %7696, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = mul %7690, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%7699 = add %7698, %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7700 = cast %7692 : f64[] @ models/lib/nn.yaml:80:7
%7701 = pow %6606, %7700 : f64[] @ models/lib/nn.yaml:80:7
%7702 = sub %6587, %7701 : f64[] @ models/lib/nn.yaml:80:7
%7703 = div %4095, %7702 : f64[] @ models/lib/nn.yaml:80:7
%7704 = pow %6614, %7700 : f64[] @ models/lib/nn.yaml:80:7
%7705 = sub %6587, %7704 : f64[] @ models/lib/nn.yaml:80:7
%7706 = sqrt %7705 : f64[] @ models/lib/nn.yaml:80:7
%7707 = div %6587, %7706 : f64[] @ models/lib/nn.yaml:80:7
%7708 = sqrt %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7709 = cast %7707 : f32[] @ models/lib/nn.yaml:80:7
%7710 = broadcast %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = mul %7708, %7710 : f32[16] @ models/lib/nn.yaml:80:7
%7712 = add %7711, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = div %7695, %7712 : f32[16] @ models/lib/nn.yaml:80:7
%7714 = cast %7703 : f32[] @ models/lib/nn.yaml:80:7
%7715 = broadcast %7714 : f32[16] @ models/lib/nn.yaml:80:7
%7716 = mul %7713, %7715 : f32[16] @ models/lib/nn.yaml:80:7
%7717 = sub %27, %7716 : f32[16] @ models/lib/nn.yaml:80:7
%7718 = assign %27, %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = assign %7689, %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = assign %7690, %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = assign %7691, %7692 : i64[] @ models/lib/nn.yaml:80:7
%7722 = mul %105, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = mul %7717, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = add %7722, %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = assign %105, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7726 = all_reduce_sum %6147 : f32[16] @ models/lib/nn.yaml:89:7
%7727 = mul %7726, %7726 : f32[16] @ models/lib/nn.yaml:89:7
%7728 = reduce_sum %7727 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7729 = sqrt %7728 : f32[] @ models/lib/nn.yaml:89:7
%7730 = cast %7729 : f64[] @ models/lib/nn.yaml:89:7
%7731 = add %7730, %6583 : f64[] @ models/lib/nn.yaml:89:7
%7732 = div %6585, %7731 : f64[] @ models/lib/nn.yaml:89:7
%7733 = lt %7732, %6587 : bool[] @ models/lib/nn.yaml:89:7
%7734 = cast %7732 : f32[] @ models/lib/nn.yaml:89:7
%7735 = broadcast %7734 : f32[16] @ models/lib/nn.yaml:89:7
%7736 = mul %7726, %7735 : f32[16] @ models/lib/nn.yaml:89:7
%7737 = broadcast %7733 : bool[16] @ models/lib/nn.yaml:89:7
%7738 = select %7737, %7736, %7726 : f32[16] @ models/lib/nn.yaml:89:7
%7739 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7740 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7741 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7742 = add %7741, %6597 : i64[] @ models/lib/nn.yaml:89:7
%7743 = mul %7738, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%7744 = mul %7739, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%7745 = add %7744, %7743 : f32[16] @ models/lib/nn.yaml:89:7
%7746 = mul %7738, %7738 : f32[16] @ models/lib/nn.yaml:89:7
%7747 = mul %7746, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%7748 = mul %7740, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%7749 = add %7748, %7747 : f32[16] @ models/lib/nn.yaml:89:7
%7750 = cast %7742 : f64[] @ models/lib/nn.yaml:89:7
%7751 = pow %6606, %7750 : f64[] @ models/lib/nn.yaml:89:7
%7752 = sub %6587, %7751 : f64[] @ models/lib/nn.yaml:89:7
%7753 = div %4095, %7752 : f64[] @ models/lib/nn.yaml:89:7
%7754 = pow %6614, %7750 : f64[] @ models/lib/nn.yaml:89:7
%7755 = sub %6587, %7754 : f64[] @ models/lib/nn.yaml:89:7
%7756 = sqrt %7755 : f64[] @ models/lib/nn.yaml:89:7
%7757 = div %6587, %7756 : f64[] @ models/lib/nn.yaml:89:7
%7758 = sqrt %7749 : f32[16] @ models/lib/nn.yaml:89:7
%7759 = cast %7757 : f32[] @ models/lib/nn.yaml:89:7
%7760 = broadcast %7759 : f32[16] @ models/lib/nn.yaml:89:7
%7761 = mul %7758, %7760 : f32[16] @ models/lib/nn.yaml:89:7
%7762 = add %7761, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%7763 = div %7745, %7762 : f32[16] @ models/lib/nn.yaml:89:7
%7764 = cast %7753 : f32[] @ models/lib/nn.yaml:89:7
%7765 = broadcast %7764 : f32[16] @ models/lib/nn.yaml:89:7
%7766 = mul %7763, %7765 : f32[16] @ models/lib/nn.yaml:89:7
%7767 = sub %28, %7766 : f32[16] @ models/lib/nn.yaml:89:7
%7768 = assign %28, %7767 : f32[16] @ models/lib/nn.yaml:89:7
%7769 = assign %7739, %7745 : f32[16] @ models/lib/nn.yaml:89:7
%7770 = assign %7740, %7749 : f32[16] @ models/lib/nn.yaml:89:7
%7771 = assign %7741, %7742 : i64[] @ models/lib/nn.yaml:89:7
%7772 = mul %106, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%7773 = mul %7767, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%7774 = add %7772, %7773 : f32[16] @ models/lib/nn.yaml:89:7
%7775 = assign %106, %7774 : f32[16] @ models/lib/nn.yaml:89:7
%7776 = all_reduce_sum %6140 : f32[16] @ models/lib/nn.yaml:90:7
%7777 = mul %7776, %7776 : f32[16] @ models/lib/nn.yaml:90:7
%7778 = reduce_sum %7777 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7779 = sqrt %7778 : f32[] @ models/lib/nn.yaml:90:7
%7780 = cast %7779 : f64[] @ models/lib/nn.yaml:90:7
%7781 = add %7780, %6583 : f64[] @ models/lib/nn.yaml:90:7
%7782 = div %6585, %7781 : f64[] @ models/lib/nn.yaml:90:7
%7783 = lt %7782, %6587 : bool[] @ models/lib/nn.yaml:90:7
%7784 = cast %7782 : f32[] @ models/lib/nn.yaml:90:7
%7785 = broadcast %7784 : f32[16] @ models/lib/nn.yaml:90:7
%7786 = mul %7776, %7785 : f32[16] @ models/lib/nn.yaml:90:7
%7787 = broadcast %7783 : bool[16] @ models/lib/nn.yaml:90:7
%7788 = select %7787, %7786, %7776 : f32[16] @ models/lib/nn.yaml:90:7
%7789 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7790 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7791 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7792 = add %7791, %6597 : i64[] @ models/lib/nn.yaml:90:7
%7793 = mul %7788, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%7794 = mul %7789, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%7795 = add %7794, %7793 : f32[16] @ models/lib/nn.yaml:90:7
%7796 = mul %7788, %7788 : f32[16] @ models/lib/nn.yaml:90:7
%7797 = mul %7796, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%7798 = mul %7790, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%7799 = add %7798, %7797 : f32[16] @ models/lib/nn.yaml:90:7
%7800 = cast %7792 : f64[] @ models/lib/nn.yaml:90:7
%7801 = pow %6606, %7800 : f64[] @ models/lib/nn.yaml:90:7
%7802 = sub %6587, %7801 : f64[] @ models/lib/nn.yaml:90:7
%7803 = div %4095, %7802 : f64[] @ models/lib/nn.yaml:90:7
%7804 = pow %6614, %7800 : f64[] @ models/lib/nn.yaml:90:7
%7805 = sub %6587, %7804 : f64[] @ models/lib/nn.yaml:90:7
%7806 = sqrt %7805 : f64[] @ models/lib/nn.yaml:90:7
%7807 = div %6587, %7806 : f64[] @ models/lib/nn.yaml:90:7
%7808 = sqrt %7799 : f32[16] @ models/lib/nn.yaml:90:7
%7809 = cast %7807 : f32[] @ models/lib/nn.yaml:90:7
%7810 = broadcast %7809 : f32[16] @ models/lib/nn.yaml:90:7
%7811 = mul %7808, %7810 : f32[16] @ models/lib/nn.yaml:90:7
%7812 = add %7811, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%7813 = div %7795, %7812 : f32[16] @ models/lib/nn.yaml:90:7
%7814 = cast %7803 : f32[] @ models/lib/nn.yaml:90:7
%7815 = broadcast %7814 : f32[16] @ models/lib/nn.yaml:90:7
%7816 = mul %7813, %7815 : f32[16] @ models/lib/nn.yaml:90:7
%7817 = sub %29, %7816 : f32[16] @ models/lib/nn.yaml:90:7
%7818 = assign %29, %7817 : f32[16] @ models/lib/nn.yaml:90:7
%7819 = assign %7789, %7795 : f32[16] @ models/lib/nn.yaml:90:7
%7820 = assign %7790, %7799 : f32[16] @ models/lib/nn.yaml:90:7
%7821 = assign %7791, %7792 : i64[] @ models/lib/nn.yaml:90:7
%7822 = mul %107, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%7823 = mul %7817, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%7824 = add %7822, %7823 : f32[16] @ models/lib/nn.yaml:90:7
%7825 = assign %107, %7824 : f32[16] @ models/lib/nn.yaml:90:7
%7826 = all_reduce_sum %6134 : f32[64,16] @ models/lib/nn.yaml:79:7
%7827 = reshape %7826 : f32[1024] @ models/lib/nn.yaml:79:7
%7828 = mul %7827, %7827 : f32[1024] @ models/lib/nn.yaml:79:7
%7829 = reduce_sum %7828 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7830 = sqrt %7829 : f32[] @ models/lib/nn.yaml:79:7
%7831 = cast %7830 : f64[] @ models/lib/nn.yaml:79:7
%7832 = add %7831, %6583 : f64[] @ models/lib/nn.yaml:79:7
%7833 = div %6585, %7832 : f64[] @ models/lib/nn.yaml:79:7
%7834 = lt %7833, %6587 : bool[] @ models/lib/nn.yaml:79:7
%7835 = cast %7833 : f32[] @ models/lib/nn.yaml:79:7
%7836 = broadcast %7835 : f32[64,16] @ models/lib/nn.yaml:79:7
%7837 = mul %7826, %7836 : f32[64,16] @ models/lib/nn.yaml:79:7
%7838 = broadcast %7834 : bool[64,16] @ models/lib/nn.yaml:79:7
%7839 = select %7838, %7837, %7826 : f32[64,16] @ models/lib/nn.yaml:79:7
%7840 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7841 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7842 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7843 = add %7842, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7844 = mul %30, %7213 : f32[64,16] @ models/lib/nn.yaml:79:7
%7845 = mul %7839, %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%7846 = mul %7840, %7217 : f32[64,16] @ models/lib/nn.yaml:79:7
%7847 = add %7846, %7845 : f32[64,16] @ models/lib/nn.yaml:79:7
%7848 = mul %7839, %7839 : f32[64,16] @ models/lib/nn.yaml:79:7
%7849 = mul %7848, %7221 : f32[64,16] @ models/lib/nn.yaml:79:7
%7850 = mul %7841, %7223 : f32[64,16] @ models/lib/nn.yaml:79:7
%7851 = add %7850, %7849 : f32[64,16] @ models/lib/nn.yaml:79:7
%7852 = cast %7843 : f64[] @ models/lib/nn.yaml:79:7
%7853 = pow %6606, %7852 : f64[] @ models/lib/nn.yaml:79:7
%7854 = sub %6587, %7853 : f64[] @ models/lib/nn.yaml:79:7
%7855 = div %4095, %7854 : f64[] @ models/lib/nn.yaml:79:7
%7856 = pow %6614, %7852 : f64[] @ models/lib/nn.yaml:79:7
%7857 = sub %6587, %7856 : f64[] @ models/lib/nn.yaml:79:7
%7858 = sqrt %7857 : f64[] @ models/lib/nn.yaml:79:7
%7859 = div %6587, %7858 : f64[] @ models/lib/nn.yaml:79:7
%7860 = sqrt %7851 : f32[64,16] @ models/lib/nn.yaml:79:7
%7861 = cast %7859 : f32[] @ models/lib/nn.yaml:79:7
%7862 = broadcast %7861 : f32[64,16] @ models/lib/nn.yaml:79:7
%7863 = mul %7860, %7862 : f32[64,16] @ models/lib/nn.yaml:79:7
%7864 = add %7863, %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%7865 = div %7847, %7864 : f32[64,16] @ models/lib/nn.yaml:79:7
%7866 = cast %7855 : f32[] @ models/lib/nn.yaml:79:7
%7867 = broadcast %7866 : f32[64,16] @ models/lib/nn.yaml:79:7
%7868 = mul %7865, %7867 : f32[64,16] @ models/lib/nn.yaml:79:7
%7869 = sub %7844, %7868 : f32[64,16] @ models/lib/nn.yaml:79:7
%7870 = assign %30, %7869 : f32[64,16] @ models/lib/nn.yaml:79:7
%7871 = assign %7840, %7847 : f32[64,16] @ models/lib/nn.yaml:79:7
%7872 = assign %7841, %7851 : f32[64,16] @ models/lib/nn.yaml:79:7
%7873 = assign %7842, %7843 : i64[] @ models/lib/nn.yaml:79:7
%7874 = mul %108, %7249 : f32[64,16] @ models/lib/nn.yaml:79:7
%7875 = mul %7869, %7251 : f32[64,16] @ models/lib/nn.yaml:79:7
%7876 = add %7874, %7875 : f32[64,16] @ models/lib/nn.yaml:79:7
%7877 = assign %108, %7876 : f32[64,16] @ models/lib/nn.yaml:79:7
%7878 = all_reduce_sum %6126 : f32[64] @ models/lib/nn.yaml:80:7
%7879 = mul %7878, %7878 : f32[64] @ models/lib/nn.yaml:80:7
%7880 = reduce_sum %7879 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7881 = sqrt %7880 : f32[] @ models/lib/nn.yaml:80:7
%7882 = cast %7881 : f64[] @ models/lib/nn.yaml:80:7
%7883 = add %7882, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7884 = div %6585, %7883 : f64[] @ models/lib/nn.yaml:80:7
%7885 = lt %7884, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7886 = cast %7884 : f32[] @ models/lib/nn.yaml:80:7
%7887 = broadcast %7886 : f32[64] @ models/lib/nn.yaml:80:7
%7888 = mul %7878, %7887 : f32[64] @ models/lib/nn.yaml:80:7
%7889 = broadcast %7885 : bool[64] @ models/lib/nn.yaml:80:7
%7890 = select %7889, %7888, %7878 : f32[64] @ models/lib/nn.yaml:80:7
%7891 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7892 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7893 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7894 = add %7893, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7895 = mul %7890, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%7896 = mul %7891, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%7897 = add %7896, %7895 : f32[64] @ models/lib/nn.yaml:80:7
%7898 = mul %7890, %7890 : f32[64] @ models/lib/nn.yaml:80:7
%7899 = mul %7898, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%7900 = mul %7892, %7280 : f32[64] @ models/lib/nn.yaml:80:7
%7901 = add %7900, %7899 : f32[64] @ models/lib/nn.yaml:80:7
%7902 = cast %7894 : f64[] @ models/lib/nn.yaml:80:7
%7903 = pow %6606, %7902 : f64[] @ models/lib/nn.yaml:80:7
%7904 = sub %6587, %7903 : f64[] @ models/lib/nn.yaml:80:7
%7905 = div %4095, %7904 : f64[] @ models/lib/nn.yaml:80:7
%7906 = pow %6614, %7902 : f64[] @ models/lib/nn.yaml:80:7
%7907 = sub %6587, %7906 : f64[] @ models/lib/nn.yaml:80:7
%7908 = sqrt %7907 : f64[] @ models/lib/nn.yaml:80:7
%7909 = div %6587, %7908 : f64[] @ models/lib/nn.yaml:80:7
%7910 = sqrt %7901 : f32[64] @ models/lib/nn.yaml:80:7
%7911 = cast %7909 : f32[] @ models/lib/nn.yaml:80:7
%7912 = broadcast %7911 : f32[64] @ models/lib/nn.yaml:80:7
%7913 = mul %7910, %7912 : f32[64] @ models/lib/nn.yaml:80:7
%7914 = add %7913, %7295 : f32[64] @ models/lib/nn.yaml:80:7
%7915 = div %7897, %7914 : f32[64] @ models/lib/nn.yaml:80:7
%7916 = cast %7905 : f32[] @ models/lib/nn.yaml:80:7
%7917 = broadcast %7916 : f32[64] @ models/lib/nn.yaml:80:7
%7918 = mul %7915, %7917 : f32[64] @ models/lib/nn.yaml:80:7
%7919 = sub %31, %7918 : f32[64] @ models/lib/nn.yaml:80:7
%7920 = assign %31, %7919 : f32[64] @ models/lib/nn.yaml:80:7
%7921 = assign %7891, %7897 : f32[64] @ models/lib/nn.yaml:80:7
%7922 = assign %7892, %7901 : f32[64] @ models/lib/nn.yaml:80:7
%7923 = assign %7893, %7894 : i64[] @ models/lib/nn.yaml:80:7
%7924 = mul %109, %7306 : f32[64] @ models/lib/nn.yaml:80:7
%7925 = mul %7919, %7308 : f32[64] @ models/lib/nn.yaml:80:7
%7926 = add %7924, %7925 : f32[64] @ models/lib/nn.yaml:80:7
%7927 = assign %109, %7926 : f32[64] @ models/lib/nn.yaml:80:7
%7928 = all_reduce_sum %6103 : f32[16,64] @ models/lib/nn.yaml:79:7
%7929 = reshape %7928 : f32[1024] @ models/lib/nn.yaml:79:7
%7930 = mul %7929, %7929 : f32[1024] @ models/lib/nn.yaml:79:7
%7931 = reduce_sum %7930 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7932 = sqrt %7931 : f32[] @ models/lib/nn.yaml:79:7
%7933 = cast %7932 : f64[] @ models/lib/nn.yaml:79:7
%7934 = add %7933, %6583 : f64[] @ models/lib/nn.yaml:79:7
%7935 = div %6585, %7934 : f64[] @ models/lib/nn.yaml:79:7
%7936 = lt %7935, %6587 : bool[] @ models/lib/nn.yaml:79:7
%7937 = cast %7935 : f32[] @ models/lib/nn.yaml:79:7
%7938 = broadcast %7937 : f32[16,64] @ models/lib/nn.yaml:79:7
%7939 = mul %7928, %7938 : f32[16,64] @ models/lib/nn.yaml:79:7
%7940 = broadcast %7936 : bool[16,64] @ models/lib/nn.yaml:79:7
%7941 = select %7940, %7939, %7928 : f32[16,64] @ models/lib/nn.yaml:79:7
%7942 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7943 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7944 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7945 = add %7944, %6597 : i64[] @ models/lib/nn.yaml:79:7
%7946 = mul %32, %7330 : f32[16,64] @ models/lib/nn.yaml:79:7
%7947 = mul %7941, %7332 : f32[16,64] @ models/lib/nn.yaml:79:7
%7948 = mul %7942, %7334 : f32[16,64] @ models/lib/nn.yaml:79:7
%7949 = add %7948, %7947 : f32[16,64] @ models/lib/nn.yaml:79:7
%7950 = mul %7941, %7941 : f32[16,64] @ models/lib/nn.yaml:79:7
%7951 = mul %7950, %7338 : f32[16,64] @ models/lib/nn.yaml:79:7
%7952 = mul %7943, %7340 : f32[16,64] @ models/lib/nn.yaml:79:7
%7953 = add %7952, %7951 : f32[16,64] @ models/lib/nn.yaml:79:7
%7954 = cast %7945 : f64[] @ models/lib/nn.yaml:79:7
%7955 = pow %6606, %7954 : f64[] @ models/lib/nn.yaml:79:7
%7956 = sub %6587, %7955 : f64[] @ models/lib/nn.yaml:79:7
%7957 = div %4095, %7956 : f64[] @ models/lib/nn.yaml:79:7
%7958 = pow %6614, %7954 : f64[] @ models/lib/nn.yaml:79:7
%7959 = sub %6587, %7958 : f64[] @ models/lib/nn.yaml:79:7
%7960 = sqrt %7959 : f64[] @ models/lib/nn.yaml:79:7
%7961 = div %6587, %7960 : f64[] @ models/lib/nn.yaml:79:7
%7962 = sqrt %7953 : f32[16,64] @ models/lib/nn.yaml:79:7
%7963 = cast %7961 : f32[] @ models/lib/nn.yaml:79:7
%7964 = broadcast %7963 : f32[16,64] @ models/lib/nn.yaml:79:7
%7965 = mul %7962, %7964 : f32[16,64] @ models/lib/nn.yaml:79:7
%7966 = add %7965, %7355 : f32[16,64] @ models/lib/nn.yaml:79:7
%7967 = div %7949, %7966 : f32[16,64] @ models/lib/nn.yaml:79:7
%7968 = cast %7957 : f32[] @ models/lib/nn.yaml:79:7
%7969 = broadcast %7968 : f32[16,64] @ models/lib/nn.yaml:79:7
%7970 = mul %7967, %7969 : f32[16,64] @ models/lib/nn.yaml:79:7
%7971 = sub %7946, %7970 : f32[16,64] @ models/lib/nn.yaml:79:7
%7972 = assign %32, %7971 : f32[16,64] @ models/lib/nn.yaml:79:7
%7973 = assign %7942, %7949 : f32[16,64] @ models/lib/nn.yaml:79:7
%7974 = assign %7943, %7953 : f32[16,64] @ models/lib/nn.yaml:79:7
%7975 = assign %7944, %7945 : i64[] @ models/lib/nn.yaml:79:7
%7976 = mul %110, %7366 : f32[16,64] @ models/lib/nn.yaml:79:7
%7977 = mul %7971, %7368 : f32[16,64] @ models/lib/nn.yaml:79:7
%7978 = add %7976, %7977 : f32[16,64] @ models/lib/nn.yaml:79:7
%7979 = assign %110, %7978 : f32[16,64] @ models/lib/nn.yaml:79:7
%7980 = all_reduce_sum %6095 : f32[16] @ models/lib/nn.yaml:80:7
%7981 = mul %7980, %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = reduce_sum %7981 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7983 = sqrt %7982 : f32[] @ models/lib/nn.yaml:80:7
%7984 = cast %7983 : f64[] @ models/lib/nn.yaml:80:7
%7985 = add %7984, %6583 : f64[] @ models/lib/nn.yaml:80:7
%7986 = div %6585, %7985 : f64[] @ models/lib/nn.yaml:80:7
%7987 = lt %7986, %6587 : bool[] @ models/lib/nn.yaml:80:7
%7988 = cast %7986 : f32[] @ models/lib/nn.yaml:80:7
%7989 = broadcast %7988 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = mul %7980, %7989 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = broadcast %7987 : bool[16] @ models/lib/nn.yaml:80:7
%7992 = select %7991, %7990, %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7993 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7994 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7995 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7996 = add %7995, %6597 : i64[] @ models/lib/nn.yaml:80:7
%7997 = mul %7992, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%7998 = mul %7993, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%7999 = add %7998, %7997 : f32[16] @ models/lib/nn.yaml:80:7
%8000 = mul %7992, %7992 : f32[16] @ models/lib/nn.yaml:80:7
%8001 = mul %8000, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%8002 = mul %7994, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%8003 = add %8002, %8001 : f32[16] @ models/lib/nn.yaml:80:7
%8004 = cast %7996 : f64[] @ models/lib/nn.yaml:80:7
%8005 = pow %6606, %8004 : f64[] @ models/lib/nn.yaml:80:7
%8006 = sub %6587, %8005 : f64[] @ models/lib/nn.yaml:80:7
%8007 = div %4095, %8006 : f64[] @ models/lib/nn.yaml:80:7
%8008 = pow %6614, %8004 : f64[] @ models/lib/nn.yaml:80:7
%8009 = sub %6587, %8008 : f64[] @ models/lib/nn.yaml:80:7
%8010 = sqrt %8009 : f64[] @ models/lib/nn.yaml:80:7
%8011 = div %6587, %8010 : f64[] @ models/lib/nn.yaml:80:7
%8012 = sqrt %8003 : f32[16] @ models/lib/nn.yaml:80:7
%8013 = cast %8011 : f32[] @ models/lib/nn.yaml:80:7
%8014 = broadcast %8013 : f32[16] @ models/lib/nn.yaml:80:7
%8015 = mul %8012, %8014 : f32[16] @ models/lib/nn.yaml:80:7
%8016 = add %8015, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%8017 = div %7999, %8016 : f32[16] @ models/lib/nn.yaml:80:7
%8018 = cast %8007 : f32[] @ models/lib/nn.yaml:80:7
%8019 = broadcast %8018 : f32[16] @ models/lib/nn.yaml:80:7
%8020 = mul %8017, %8019 : f32[16] @ models/lib/nn.yaml:80:7
%8021 = sub %33, %8020 : f32[16] @ models/lib/nn.yaml:80:7
%8022 = assign %33, %8021 : f32[16] @ models/lib/nn.yaml:80:7
%8023 = assign %7993, %7999 : f32[16] @ models/lib/nn.yaml:80:7
%8024 = assign %7994, %8003 : f32[16] @ models/lib/nn.yaml:80:7
%8025 = assign %7995, %7996 : i64[] @ models/lib/nn.yaml:80:7
%8026 = mul %111, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%8027 = mul %8021, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%8028 = add %8026, %8027 : f32[16] @ models/lib/nn.yaml:80:7
%8029 = assign %111, %8028 : f32[16] @ models/lib/nn.yaml:80:7
%8030 = all_reduce_sum %6088 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8031 = reshape %8030 : f32[16] @ models/lib/vit.yaml:103:7
%8032 = mul %8031, %8031 : f32[16] @ models/lib/vit.yaml:103:7
%8033 = reduce_sum %8032 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8034 = sqrt %8033 : f32[] @ models/lib/vit.yaml:103:7
%8035 = cast %8034 : f64[] @ models/lib/vit.yaml:103:7
%8036 = add %8035, %6583 : f64[] @ models/lib/vit.yaml:103:7
%8037 = div %6585, %8036 : f64[] @ models/lib/vit.yaml:103:7
%8038 = lt %8037, %6587 : bool[] @ models/lib/vit.yaml:103:7
%8039 = cast %8037 : f32[] @ models/lib/vit.yaml:103:7
%8040 = broadcast %8039 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8041 = mul %8030, %8040 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8042 = broadcast %8038 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8043 = select %8042, %8041, %8030 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8044 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8045 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8046 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8047 = add %8046, %6597 : i64[] @ models/lib/vit.yaml:103:7
%8048 = broadcast %6601 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8049 = mul %34, %8048 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8050 = broadcast %3792 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8051 = mul %8043, %8050 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8052 = broadcast %2598 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8053 = mul %8044, %8052 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8054 = add %8053, %8051 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8055 = mul %8043, %8043 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8056 = broadcast %6611 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8057 = mul %8055, %8056 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8058 = broadcast %6615 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8059 = mul %8045, %8058 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8060 = add %8059, %8057 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8061 = cast %8047 : f64[] @ models/lib/vit.yaml:103:7
%8062 = pow %6606, %8061 : f64[] @ models/lib/vit.yaml:103:7
%8063 = sub %6587, %8062 : f64[] @ models/lib/vit.yaml:103:7
%8064 = div %4095, %8063 : f64[] @ models/lib/vit.yaml:103:7
%8065 = pow %6614, %8061 : f64[] @ models/lib/vit.yaml:103:7
%8066 = sub %6587, %8065 : f64[] @ models/lib/vit.yaml:103:7
%8067 = sqrt %8066 : f64[] @ models/lib/vit.yaml:103:7
%8068 = div %6587, %8067 : f64[] @ models/lib/vit.yaml:103:7
%8069 = sqrt %8060 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8070 = cast %8068 : f32[] @ models/lib/vit.yaml:103:7
%8071 = broadcast %8070 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8072 = mul %8069, %8071 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8073 = broadcast %6631 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8074 = add %8072, %8073 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8075 = div %8054, %8074 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8076 = cast %8064 : f32[] @ models/lib/vit.yaml:103:7
%8077 = broadcast %8076 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8078 = mul %8075, %8077 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8079 = sub %8049, %8078 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8080 = assign %34, %8079 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8081 = assign %8044, %8054 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8082 = assign %8045, %8060 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8083 = assign %8046, %8047 : i64[] @ models/lib/vit.yaml:103:7
%8084 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8085 = mul %112, %8084 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8086 = broadcast %6646 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8087 = mul %8079, %8086 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8088 = add %8085, %8087 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8089 = assign %112, %8088 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8090 = all_reduce_sum %6065 : f32[16] @ models/lib/nn.yaml:89:7
%8091 = mul %8090, %8090 : f32[16] @ models/lib/nn.yaml:89:7
%8092 = reduce_sum %8091 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8093 = sqrt %8092 : f32[] @ models/lib/nn.yaml:89:7
%8094 = cast %8093 : f64[] @ models/lib/nn.yaml:89:7
%8095 = add %8094, %6583 : f64[] @ models/lib/nn.yaml:89:7
%8096 = div %6585, %8095 : f64[] @ models/lib/nn.yaml:89:7
%8097 = lt %8096, %6587 : bool[] @ models/lib/nn.yaml:89:7
%8098 = cast %8096 : f32[] @ models/lib/nn.yaml:89:7
%8099 = broadcast %8098 : f32[16] @ models/lib/nn.yaml:89:7
%8100 = mul %8090, %8099 : f32[16] @ models/lib/nn.yaml:89:7
%8101 = broadcast %8097 : bool[16] @ models/lib/nn.yaml:89:7
%8102 = select %8101, %8100, %8090 : f32[16] @ models/lib/nn.yaml:89:7
%8103 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8104 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8105 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8106 = add %8105, %6597 : i64[] @ models/lib/nn.yaml:89:7
%8107 = mul %8102, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%8108 = mul %8103, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%8109 = add %8108, %8107 : f32[16] @ models/lib/nn.yaml:89:7
%8110 = mul %8102, %8102 : f32[16] @ models/lib/nn.yaml:89:7
%8111 = mul %8110, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%8112 = mul %8104, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%8113 = add %8112, %8111 : f32[16] @ models/lib/nn.yaml:89:7
%8114 = cast %8106 : f64[] @ models/lib/nn.yaml:89:7
%8115 = pow %6606, %8114 : f64[] @ models/lib/nn.yaml:89:7
%8116 = sub %6587, %8115 : f64[] @ models/lib/nn.yaml:89:7
%8117 = div %4095, %8116 : f64[] @ models/lib/nn.yaml:89:7
%8118 = pow %6614, %8114 : f64[] @ models/lib/nn.yaml:89:7
%8119 = sub %6587, %8118 : f64[] @ models/lib/nn.yaml:89:7
%8120 = sqrt %8119 : f64[] @ models/lib/nn.yaml:89:7
%8121 = div %6587, %8120 : f64[] @ models/lib/nn.yaml:89:7
%8122 = sqrt %8113 : f32[16] @ models/lib/nn.yaml:89:7
%8123 = cast %8121 : f32[] @ models/lib/nn.yaml:89:7
%8124 = broadcast %8123 : f32[16] @ models/lib/nn.yaml:89:7
%8125 = mul %8122, %8124 : f32[16] @ models/lib/nn.yaml:89:7
%8126 = add %8125, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%8127 = div %8109, %8126 : f32[16] @ models/lib/nn.yaml:89:7
%8128 = cast %8117 : f32[] @ models/lib/nn.yaml:89:7
%8129 = broadcast %8128 : f32[16] @ models/lib/nn.yaml:89:7
%8130 = mul %8127, %8129 : f32[16] @ models/lib/nn.yaml:89:7
%8131 = sub %35, %8130 : f32[16] @ models/lib/nn.yaml:89:7
%8132 = assign %35, %8131 : f32[16] @ models/lib/nn.yaml:89:7
%8133 = assign %8103, %8109 : f32[16] @ models/lib/nn.yaml:89:7
%8134 = assign %8104, %8113 : f32[16] @ models/lib/nn.yaml:89:7
%8135 = assign %8105, %8106 : i64[] @ models/lib/nn.yaml:89:7
%8136 = mul %113, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%8137 = mul %8131, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%8138 = add %8136, %8137 : f32[16] @ models/lib/nn.yaml:89:7
%8139 = assign %113, %8138 : f32[16] @ models/lib/nn.yaml:89:7
%8140 = all_reduce_sum %6058 : f32[16] @ models/lib/nn.yaml:90:7
%8141 = mul %8140, %8140 : f32[16] @ models/lib/nn.yaml:90:7
%8142 = reduce_sum %8141 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8143 = sqrt %8142 : f32[] @ models/lib/nn.yaml:90:7
%8144 = cast %8143 : f64[] @ models/lib/nn.yaml:90:7
%8145 = add %8144, %6583 : f64[] @ models/lib/nn.yaml:90:7
%8146 = div %6585, %8145 : f64[] @ models/lib/nn.yaml:90:7
%8147 = lt %8146, %6587 : bool[] @ models/lib/nn.yaml:90:7
%8148 = cast %8146 : f32[] @ models/lib/nn.yaml:90:7
%8149 = broadcast %8148 : f32[16] @ models/lib/nn.yaml:90:7
%8150 = mul %8140, %8149 : f32[16] @ models/lib/nn.yaml:90:7
%8151 = broadcast %8147 : bool[16] @ models/lib/nn.yaml:90:7
%8152 = select %8151, %8150, %8140 : f32[16] @ models/lib/nn.yaml:90:7
%8153 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8154 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8155 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8156 = add %8155, %6597 : i64[] @ models/lib/nn.yaml:90:7
%8157 = mul %8152, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%8158 = mul %8153, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%8159 = add %8158, %8157 : f32[16] @ models/lib/nn.yaml:90:7
%8160 = mul %8152, %8152 : f32[16] @ models/lib/nn.yaml:90:7
%8161 = mul %8160, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%8162 = mul %8154, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%8163 = add %8162, %8161 : f32[16] @ models/lib/nn.yaml:90:7
%8164 = cast %8156 : f64[] @ models/lib/nn.yaml:90:7
%8165 = pow %6606, %8164 : f64[] @ models/lib/nn.yaml:90:7
%8166 = sub %6587, %8165 : f64[] @ models/lib/nn.yaml:90:7
%8167 = div %4095, %8166 : f64[] @ models/lib/nn.yaml:90:7
%8168 = pow %6614, %8164 : f64[] @ models/lib/nn.yaml:90:7
%8169 = sub %6587, %8168 : f64[] @ models/lib/nn.yaml:90:7
%8170 = sqrt %8169 : f64[] @ models/lib/nn.yaml:90:7
%8171 = div %6587, %8170 : f64[] @ models/lib/nn.yaml:90:7
%8172 = sqrt %8163 : f32[16] @ models/lib/nn.yaml:90:7
%8173 = cast %8171 : f32[] @ models/lib/nn.yaml:90:7
%8174 = broadcast %8173 : f32[16] @ models/lib/nn.yaml:90:7
%8175 = mul %8172, %8174 : f32[16] @ models/lib/nn.yaml:90:7
%8176 = add %8175, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%8177 = div %8159, %8176 : f32[16] @ models/lib/nn.yaml:90:7
%8178 = cast %8167 : f32[] @ models/lib/nn.yaml:90:7
%8179 = broadcast %8178 : f32[16] @ models/lib/nn.yaml:90:7
%8180 = mul %8177, %8179 : f32[16] @ models/lib/nn.yaml:90:7
%8181 = sub %36, %8180 : f32[16] @ models/lib/nn.yaml:90:7
%8182 = assign %36, %8181 : f32[16] @ models/lib/nn.yaml:90:7
%8183 = assign %8153, %8159 : f32[16] @ models/lib/nn.yaml:90:7
%8184 = assign %8154, %8163 : f32[16] @ models/lib/nn.yaml:90:7
%8185 = assign %8155, %8156 : i64[] @ models/lib/nn.yaml:90:7
%8186 = mul %114, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%8187 = mul %8181, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%8188 = add %8186, %8187 : f32[16] @ models/lib/nn.yaml:90:7
%8189 = assign %114, %8188 : f32[16] @ models/lib/nn.yaml:90:7
%8190 = all_reduce_sum %6050 : f32[16,16] @ models/lib/nn.yaml:79:7
%8191 = reshape %8190 : f32[256] @ models/lib/nn.yaml:79:7
%8192 = mul %8191, %8191 : f32[256] @ models/lib/nn.yaml:79:7
%8193 = reduce_sum %8192 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8194 = sqrt %8193 : f32[] @ models/lib/nn.yaml:79:7
%8195 = cast %8194 : f64[] @ models/lib/nn.yaml:79:7
%8196 = add %8195, %6583 : f64[] @ models/lib/nn.yaml:79:7
%8197 = div %6585, %8196 : f64[] @ models/lib/nn.yaml:79:7
%8198 = lt %8197, %6587 : bool[] @ models/lib/nn.yaml:79:7
%8199 = cast %8197 : f32[] @ models/lib/nn.yaml:79:7
%8200 = broadcast %8199 : f32[16,16] @ models/lib/nn.yaml:79:7
%8201 = mul %8190, %8200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8202 = broadcast %8198 : bool[16,16] @ models/lib/nn.yaml:79:7
%8203 = select %8202, %8201, %8190 : f32[16,16] @ models/lib/nn.yaml:79:7
%8204 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8205 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8206 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8207 = add %8206, %6597 : i64[] @ models/lib/nn.yaml:79:7
%8208 = mul %37, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8209 = mul %8203, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8210 = mul %8204, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8211 = add %8210, %8209 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = mul %8203, %8203 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = mul %8212, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%8214 = mul %8205, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = add %8214, %8213 : f32[16,16] @ models/lib/nn.yaml:79:7
%8216 = cast %8207 : f64[] @ models/lib/nn.yaml:79:7
%8217 = pow %6606, %8216 : f64[] @ models/lib/nn.yaml:79:7
%8218 = sub %6587, %8217 : f64[] @ models/lib/nn.yaml:79:7
%8219 = div %4095, %8218 : f64[] @ models/lib/nn.yaml:79:7
%8220 = pow %6614, %8216 : f64[] @ models/lib/nn.yaml:79:7
%8221 = sub %6587, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8222 = sqrt %8221 : f64[] @ models/lib/nn.yaml:79:7
%8223 = div %6587, %8222 : f64[] @ models/lib/nn.yaml:79:7
%8224 = sqrt %8215 : f32[16,16] @ models/lib/nn.yaml:79:7
%8225 = cast %8223 : f32[] @ models/lib/nn.yaml:79:7
%8226 = broadcast %8225 : f32[16,16] @ models/lib/nn.yaml:79:7
%8227 = mul %8224, %8226 : f32[16,16] @ models/lib/nn.yaml:79:7
%8228 = add %8227, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8229 = div %8211, %8228 : f32[16,16] @ models/lib/nn.yaml:79:7
%8230 = cast %8219 : f32[] @ models/lib/nn.yaml:79:7
%8231 = broadcast %8230 : f32[16,16] @ models/lib/nn.yaml:79:7
%8232 = mul %8229, %8231 : f32[16,16] @ models/lib/nn.yaml:79:7
%8233 = sub %8208, %8232 : f32[16,16] @ models/lib/nn.yaml:79:7
%8234 = assign %37, %8233 : f32[16,16] @ models/lib/nn.yaml:79:7
%8235 = assign %8204, %8211 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = assign %8205, %8215 : f32[16,16] @ models/lib/nn.yaml:79:7
%8237 = assign %8206, %8207 : i64[] @ models/lib/nn.yaml:79:7
%8238 = mul %115, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = mul %8233, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8240 = add %8238, %8239 : f32[16,16] @ models/lib/nn.yaml:79:7
%8241 = assign %115, %8240 : f32[16,16] @ models/lib/nn.yaml:79:7
%8242 = all_reduce_sum %6041 : f32[16] @ models/lib/nn.yaml:80:7
%8243 = mul %8242, %8242 : f32[16] @ models/lib/nn.yaml:80:7
%8244 = reduce_sum %8243 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8245 = sqrt %8244 : f32[] @ models/lib/nn.yaml:80:7
%8246 = cast %8245 : f64[] @ models/lib/nn.yaml:80:7
%8247 = add %8246, %6583 : f64[] @ models/lib/nn.yaml:80:7
%8248 = div %6585, %8247 : f64[] @ models/lib/nn.yaml:80:7
%8249 = lt %8248, %6587 : bool[] @ models/lib/nn.yaml:80:7
%8250 = cast %8248 : f32[] @ models/lib/nn.yaml:80:7
%8251 = broadcast %8250 : f32[16] @ models/lib/nn.yaml:80:7
%8252 = mul %8242, %8251 : f32[16] @ models/lib/nn.yaml:80:7
%8253 = broadcast %8249 : bool[16] @ models/lib/nn.yaml:80:7
%8254 = select %8253, %8252, %8242 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8256 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8257 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8258 = add %8257, %6597 : i64[] @ models/lib/nn.yaml:80:7
%8259 = mul %8254, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%8260 = mul %8255, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%8261 = add %8260, %8259 : f32[16] @ models/lib/nn.yaml:80:7
%8262 = mul %8254, %8254 : f32[16] @ models/lib/nn.yaml:80:7
%8263 = mul %8262, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = mul %8256, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%8265 = add %8264, %8263 : f32[16] @ models/lib/nn.yaml:80:7
%8266 = cast %8258 : f64[] @ models/lib/nn.yaml:80:7
%8267 = pow %6606, %8266 : f64[] @ models/lib/nn.yaml:80:7
%8268 = sub %6587, %8267 : f64[] @ models/lib/nn.yaml:80:7
%8269 = div %4095, %8268 : f64[] @ models/lib/nn.yaml:80:7
%8270 = pow %6614, %8266 : f64[] @ models/lib/nn.yaml:80:7
%8271 = sub %6587, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8272 = sqrt %8271 : f64[] @ models/lib/nn.yaml:80:7
%8273 = div %6587, %8272 : f64[] @ models/lib/nn.yaml:80:7
%8274 = sqrt %8265 : f32[16] @ models/lib/nn.yaml:80:7
%8275 = cast %8273 : f32[] @ models/lib/nn.yaml:80:7
%8276 = broadcast %8275 : f32[16] @ models/lib/nn.yaml:80:7
%8277 = mul %8274, %8276 : f32[16] @ models/lib/nn.yaml:80:7
%8278 = add %8277, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%8279 = div %8261, %8278 : f32[16] @ models/lib/nn.yaml:80:7
%8280 = cast %8269 : f32[] @ models/lib/nn.yaml:80:7
%8281 = broadcast %8280 : f32[16] @ models/lib/nn.yaml:80:7
%8282 = mul %8279, %8281 : f32[16] @ models/lib/nn.yaml:80:7
%8283 = sub %38, %8282 : f32[16] @ models/lib/nn.yaml:80:7
%8284 = assign %38, %8283 : f32[16] @ models/lib/nn.yaml:80:7
%8285 = assign %8255, %8261 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = assign %8256, %8265 : f32[16] @ models/lib/nn.yaml:80:7
%8287 = assign %8257, %8258 : i64[] @ models/lib/nn.yaml:80:7
%8288 = mul %116, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = mul %8283, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%8290 = add %8288, %8289 : f32[16] @ models/lib/nn.yaml:80:7
%8291 = assign %116, %8290 : f32[16] @ models/lib/nn.yaml:80:7
%8292 = all_reduce_sum %6035 : f32[16,16] @ models/lib/nn.yaml:79:7
%8293 = reshape %8292 : f32[256] @ models/lib/nn.yaml:79:7
%8294 = mul %8293, %8293 : f32[256] @ models/lib/nn.yaml:79:7
%8295 = reduce_sum %8294 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8296 = sqrt %8295 : f32[] @ models/lib/nn.yaml:79:7
%8297 = cast %8296 : f64[] @ models/lib/nn.yaml:79:7
%8298 = add %8297, %6583 : f64[] @ models/lib/nn.yaml:79:7
%8299 = div %6585, %8298 : f64[] @ models/lib/nn.yaml:79:7
%8300 = lt %8299, %6587 : bool[] @ models/lib/nn.yaml:79:7
%8301 = cast %8299 : f32[] @ models/lib/nn.yaml:79:7
%8302 = broadcast %8301 : f32[16,16] @ models/lib/nn.yaml:79:7
%8303 = mul %8292, %8302 : f32[16,16] @ models/lib/nn.yaml:79:7
%8304 = broadcast %8300 : bool[16,16] @ models/lib/nn.yaml:79:7
%8305 = select %8304, %8303, %8292 : f32[16,16] @ models/lib/nn.yaml:79:7
%8306 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8307 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8308 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8309 = add %8308, %6597 : i64[] @ models/lib/nn.yaml:79:7
%8310 = mul %39, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8311 = mul %8305, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8312 = mul %8306, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8313 = add %8312, %8311 : f32[16,16] @ models/lib/nn.yaml:79:7
%8314 = mul %8305, %8305 : f32[16,16] @ models/lib/nn.yaml:79:7
%8315 = mul %8314, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%8316 = mul %8307, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8317 = add %8316, %8315 : f32[16,16] @ models/lib/nn.yaml:79:7
%8318 = cast %8309 : f64[] @ models/lib/nn.yaml:79:7
%8319 = pow %6606, %8318 : f64[] @ models/lib/nn.yaml:79:7
%8320 = sub %6587, %8319 : f64[] @ models/lib/nn.yaml:79:7
%8321 = div %4095, %8320 : f64[] @ models/lib/nn.yaml:79:7
%8322 = pow %6614, %8318 : f64[] @ models/lib/nn.yaml:79:7
%8323 = sub %6587, %8322 : f64[] @ models/lib/nn.yaml:79:7
%8324 = sqrt %8323 : f64[] @ models/lib/nn.yaml:79:7
%8325 = div %6587, %8324 : f64[] @ models/lib/nn.yaml:79:7
%8326 = sqrt %8317 : f32[16,16] @ models/lib/nn.yaml:79:7
%8327 = cast %8325 : f32[] @ models/lib/nn.yaml:79:7
%8328 = broadcast %8327 : f32[16,16] @ models/lib/nn.yaml:79:7
%8329 = mul %8326, %8328 : f32[16,16] @ models/lib/nn.yaml:79:7
%8330 = add %8329, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8331 = div %8313, %8330 : f32[16,16] @ models/lib/nn.yaml:79:7
%8332 = cast %8321 : f32[] @ models/lib/nn.yaml:79:7
%8333 = broadcast %8332 : f32[16,16] @ models/lib/nn.yaml:79:7
%8334 = mul %8331, %8333 : f32[16,16] @ models/lib/nn.yaml:79:7
%8335 = sub %8310, %8334 : f32[16,16] @ models/lib/nn.yaml:79:7
%8336 = assign %39, %8335 : f32[16,16] @ models/lib/nn.yaml:79:7
%8337 = assign %8306, %8313 : f32[16,16] @ models/lib/nn.yaml:79:7
%8338 = assign %8307, %8317 : f32[16,16] @ models/lib/nn.yaml:79:7
%8339 = assign %8308, %8309 : i64[] @ models/lib/nn.yaml:79:7
%8340 = mul %117, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8341 = mul %8335, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8342 = add %8340, %8341 : f32[16,16] @ models/lib/nn.yaml:79:7
%8343 = assign %117, %8342 : f32[16,16] @ models/lib/nn.yaml:79:7
%8344 = all_reduce_sum %6024 : f32[16] @ models/lib/nn.yaml:80:7
%8345 = mul %8344, %8344 : f32[16] @ models/lib/nn.yaml:80:7
%8346 = reduce_sum %8345 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8347 = sqrt %8346 : f32[] @ models/lib/nn.yaml:80:7
%8348 = cast %8347 : f64[] @ models/lib/nn.yaml:80:7
%8349 = add %8348, %6583 : f64[] @ models/lib/nn.yaml:80:7
%8350 = div %6585, %8349 : f64[] @ models/lib/nn.yaml:80:7
%8351 = lt %8350, %6587 : bool[] @ models/lib/nn.yaml:80:7
%8352 = cast %8350 : f32[] @ models/lib/nn.yaml:80:7
%8353 = broadcast %8352 : f32[16] @ models/lib/nn.yaml:80:7
%8354 = mul %8344, %8353 : f32[16] @ models/lib/nn.yaml:80:7
%8355 = broadcast %8351 : bool[16] @ models/lib/nn.yaml:80:7
%8356 = select %8355, %8354, %8344 : f32[16] @ models/lib/nn.yaml:80:7
%8357 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8358 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8359 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8360 = add %8359, %6597 : i64[] @ models/lib/nn.yaml:80:7
%8361 = mul %8356, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%8362 = mul %8357, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%8363 = add %8362, %8361 : f32[16] @ models/lib/nn.yaml:80:7
%8364 = mul %8356, %8356 : f32[16] @ models/lib/nn.yaml:80:7
%8365 = mul %8364, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%8366 = mul %8358, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%8367 = add %8366, %8365 : f32[16] @ models/lib/nn.yaml:80:7
%8368 = cast %8360 : f64[] @ models/lib/nn.yaml:80:7
%8369 = pow %6606, %8368 : f64[] @ models/lib/nn.yaml:80:7
%8370 = sub %6587, %8369 : f64[] @ models/lib/nn.yaml:80:7
%8371 = div %4095, %8370 : f64[] @ models/lib/nn.yaml:80:7
%8372 = pow %6614, %8368 : f64[] @ models/lib/nn.yaml:80:7
%8373 = sub %6587, %8372 : f64[] @ models/lib/nn.yaml:80:7
%8374 = sqrt %8373 : f64[] @ models/lib/nn.yaml:80:7
%8375 = div %6587, %8374 : f64[] @ models/lib/nn.yaml:80:7
%8376 = sqrt %8367 : f32[16] @ models/lib/nn.yaml:80:7
%8377 = cast %8375 : f32[] @ models/lib/nn.yaml:80:7
%8378 = broadcast %8377 : f32[16] @ models/lib/nn.yaml:80:7
%8379 = mul %8376, %8378 : f32[16] @ models/lib/nn.yaml:80:7
%8380 = add %8379, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%8381 = div %8363, %8380 : f32[16] @ models/lib/nn.yaml:80:7
%8382 = cast %8371 : f32[] @ models/lib/nn.yaml:80:7
%8383 = broadcast %8382 : f32[16] @ models/lib/nn.yaml:80:7
%8384 = mul %8381, %8383 : f32[16] @ models/lib/nn.yaml:80:7
%8385 = sub %40, %8384 : f32[16] @ models/lib/nn.yaml:80:7
%8386 = assign %40, %8385 : f32[16] @ models/lib/nn.yaml:80:7
%8387 = assign %8357, %8363 : f32[16] @ models/lib/nn.yaml:80:7
%8388 = assign %8358, %8367 : f32[16] @ models/lib/nn.yaml:80:7
%8389 = assign %8359, %8360 : i64[] @ models/lib/nn.yaml:80:7
%8390 = mul %118, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%8391 = mul %8385, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%8392 = add %8390, %8391 : f32[16] @ models/lib/nn.yaml:80:7
%8393 = assign %118, %8392 : f32[16] @ models/lib/nn.yaml:80:7
%8394 = all_reduce_sum %6016 : f32[16,16] @ models/lib/nn.yaml:79:7
%8395 = reshape %8394 : f32[256] @ models/lib/nn.yaml:79:7
%8396 = mul %8395, %8395 : f32[256] @ models/lib/nn.yaml:79:7
%8397 = reduce_sum %8396 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8398 = sqrt %8397 : f32[] @ models/lib/nn.yaml:79:7
%8399 = cast %8398 : f64[] @ models/lib/nn.yaml:79:7
%8400 = add %8399, %6583 : f64[] @ models/lib/nn.yaml:79:7
%8401 = div %6585, %8400 : f64[] @ models/lib/nn.yaml:79:7
%8402 = lt %8401, %6587 : bool[] @ models/lib/nn.yaml:79:7
%8403 = cast %8401 : f32[] @ models/lib/nn.yaml:79:7
%8404 = broadcast %8403 : f32[16,16] @ models/lib/nn.yaml:79:7
%8405 = mul %8394, %8404 : f32[16,16] @ models/lib/nn.yaml:79:7
%8406 = broadcast %8402 : bool[16,16] @ models/lib/nn.yaml:79:7
%8407 = select %8406, %8405, %8394 : f32[16,16] @ models/lib/nn.yaml:79:7
%8408 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8409 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8410 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8411 = add %8410, %6597 : i64[] @ models/lib/nn.yaml:79:7
%8412 = mul %41, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8413 = mul %8407, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8414 = mul %8408, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8415 = add %8414, %8413 : f32[16,16] @ models/lib/nn.yaml:79:7
%8416 = mul %8407, %8407 : f32[16,16] @ models/lib/nn.yaml:79:7
%8417 = mul %8416, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%8418 = mul %8409, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8419 = add %8418, %8417 : f32[16,16] @ models/lib/nn.yaml:79:7
%8420 = cast %8411 : f64[] @ models/lib/nn.yaml:79:7
%8421 = pow %6606, %8420 : f64[] @ models/lib/nn.yaml:79:7
%8422 = sub %6587, %8421 : f64[] @ models/lib/nn.yaml:79:7
%8423 = div %4095, %8422 : f64[] @ models/lib/nn.yaml:79:7
%8424 = pow %6614, %8420 : f64[] @ models/lib/nn.yaml:79:7
%8425 = sub %6587, %8424 : f64[] @ models/lib/nn.yaml:79:7
%8426 = sqrt %8425 : f64[] @ models/lib/nn.yaml:79:7
%8427 = div %6587, %8426 : f64[] @ models/lib/nn.yaml:79:7
%8428 = sqrt %8419 : f32[16,16] @ models/lib/nn.yaml:79:7
%8429 = cast %8427 : f32[] @ models/lib/nn.yaml:79:7
%8430 = broadcast %8429 : f32[16,16] @ models/lib/nn.yaml:79:7
%8431 = mul %8428, %8430 : f32[16,16] @ models/lib/nn.yaml:79:7
%8432 = add %8431, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8433 = div %8415, %8432 : f32[16,16] @ models/lib/nn.yaml:79:7
%8434 = cast %8423 : f32[] @ models/lib/nn.yaml:79:7
%8435 = broadcast %8434 : f32[16,16] @ models/lib/nn.yaml:79:7
%8436 = mul %8433, %8435 : f32[16,16] @ models/lib/nn.yaml:79:7
%8437 = sub %8412, %8436 : f32[16,16] @ models/lib/nn.yaml:79:7
%8438 = assign %41, %8437 : f32[16,16] @ models/lib/nn.yaml:79:7
%8439 = assign %8408, %8415 : f32[16,16] @ models/lib/nn.yaml:79:7
%8440 = assign %8409, %8419 : f32[16,16] @ models/lib/nn.yaml:79:7
%8441 = assign %8410, %8411 : i64[] @ models/lib/nn.yaml:79:7
%8442 = mul %119, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8443 = mul %8437, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8444 = add %8442, %8443 : f32[16,16] @ models/lib/nn.yaml:79:7
%8445 = assign %119, %8444 : f32[16,16] @ models/lib/nn.yaml:79:7
%8446 = all_reduce_sum %6007 : f32[16] @ models/lib/nn.yaml:80:7
%8447 = mul %8446, %8446 : f32[16] @ models/lib/nn.yaml:80:7
%8448 = reduce_sum %8447 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8449 = sqrt %8448 : f32[] @ models/lib/nn.yaml:80:7
%8450 = cast %8449 : f64[] @ models/lib/nn.yaml:80:7
%8451 = add %8450, %6583 : f64[] @ models/lib/nn.yaml:80:7
%8452 = div %6585, %8451 : f64[] @ models/lib/nn.yaml:80:7
%8453 = lt %8452, %6587 : bool[] @ models/lib/nn.yaml:80:7
%8454 = cast %8452 : f32[] @ models/lib/nn.yaml:80:7
%8455 = broadcast %8454 : f32[16] @ models/lib/nn.yaml:80:7
%8456 = mul %8446, %8455 : f32[16] @ models/lib/nn.yaml:80:7
%8457 = broadcast %8453 : bool[16] @ models/lib/nn.yaml:80:7
%8458 = select %8457, %8456, %8446 : f32[16] @ models/lib/nn.yaml:80:7
%8459 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8460 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8461 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8462 = add %8461, %6597 : i64[] @ models/lib/nn.yaml:80:7
%8463 = mul %8458, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%8464 = mul %8459, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%8465 = add %8464, %8463 : f32[16] @ models/lib/nn.yaml:80:7
%8466 = mul %8458, %8458 : f32[16] @ models/lib/nn.yaml:80:7
%8467 = mul %8466, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%8468 = mul %8460, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%8469 = add %8468, %8467 : f32[16] @ models/lib/nn.yaml:80:7
%8470 = cast %8462 : f64[] @ models/lib/nn.yaml:80:7
%8471 = pow %6606, %8470 : f64[] @ models/lib/nn.yaml:80:7
%8472 = sub %6587, %8471 : f64[] @ models/lib/nn.yaml:80:7
%8473 = div %4095, %8472 : f64[] @ models/lib/nn.yaml:80:7
%8474 = pow %6614, %8470 : f64[] @ models/lib/nn.yaml:80:7
%8475 = sub %6587, %8474 : f64[] @ models/lib/nn.yaml:80:7
%8476 = sqrt %8475 : f64[] @ models/lib/nn.yaml:80:7
%8477 = div %6587, %8476 : f64[] @ models/lib/nn.yaml:80:7
%8478 = sqrt %8469 : f32[16] @ models/lib/nn.yaml:80:7
%8479 = cast %8477 : f32[] @ models/lib/nn.yaml:80:7
%8480 = broadcast %8479 : f32[16] @ models/lib/nn.yaml:80:7
%8481 = mul %8478, %8480 : f32[16] @ models/lib/nn.yaml:80:7
%8482 = add %8481, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%8483 = div %8465, %8482 : f32[16] @ models/lib/nn.yaml:80:7
%8484 = cast %8473 : f32[] @ models/lib/nn.yaml:80:7
%8485 = broadcast %8484 : f32[16] @ models/lib/nn.yaml:80:7
%8486 = mul %8483, %8485 : f32[16] @ models/lib/nn.yaml:80:7
%8487 = sub %42, %8486 : f32[16] @ models/lib/nn.yaml:80:7
%8488 = assign %42, %8487 : f32[16] @ models/lib/nn.yaml:80:7
%8489 = assign %8459, %8465 : f32[16] @ models/lib/nn.yaml:80:7
%8490 = assign %8460, %8469 : f32[16] @ models/lib/nn.yaml:80:7
%8491 = assign %8461, %8462 : i64[] @ models/lib/nn.yaml:80:7
%8492 = mul %120, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%8493 = mul %8487, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%8494 = add %8492, %8493 : f32[16] @ models/lib/nn.yaml:80:7
%8495 = assign %120, %8494 : f32[16] @ models/lib/nn.yaml:80:7
%8496 = all_reduce_sum %5906 : f32[16,16] @ models/lib/nn.yaml:79:7
%8497 = reshape %8496 : f32[256] @ models/lib/nn.yaml:79:7
%8498 = mul %8497, %8497 : f32[256] @ models/lib/nn.yaml:79:7
%8499 = reduce_sum %8498 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8500 = sqrt %8499 : f32[] @ models/lib/nn.yaml:79:7
%8501 = cast %8500 : f64[] @ models/lib/nn.yaml:79:7
%8502 = add %8501, %6583 : f64[] @ models/lib/nn.yaml:79:7
%8503 = div %6585, %8502 : f64[] @ models/lib/nn.yaml:79:7
%8504 = lt %8503, %6587 : bool[] @ models/lib/nn.yaml:79:7
%8505 = cast %8503 : f32[] @ models/lib/nn.yaml:79:7
%8506 = broadcast %8505 : f32[16,16] @ models/lib/nn.yaml:79:7
%8507 = mul %8496, %8506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8508 = broadcast %8504 : bool[16,16] @ models/lib/nn.yaml:79:7
%8509 = select %8508, %8507, %8496 : f32[16,16] @ models/lib/nn.yaml:79:7
%8510 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8511 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8512 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8513 = add %8512, %6597 : i64[] @ models/lib/nn.yaml:79:7
%8514 = mul %43, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%8515 = mul %8509, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%8516 = mul %8510, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8517 = add %8516, %8515 : f32[16,16] @ models/lib/nn.yaml:79:7
%8518 = mul %8509, %8509 : f32[16,16] @ models/lib/nn.yaml:79:7
%8519 = mul %8518, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%8520 = mul %8511, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%8521 = add %8520, %8519 : f32[16,16] @ models/lib/nn.yaml:79:7
%8522 = cast %8513 : f64[] @ models/lib/nn.yaml:79:7
%8523 = pow %6606, %8522 : f64[] @ models/lib/nn.yaml:79:7
%8524 = sub %6587, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8525 = div %4095, %8524 : f64[] @ models/lib/nn.yaml:79:7
%8526 = pow %6614, %8522 : f64[] @ models/lib/nn.yaml:79:7
%8527 = sub %6587, %8526 : f64[] @ models/lib/nn.yaml:79:7
%8528 = sqrt %8527 : f64[] @ models/lib/nn.yaml:79:7
%8529 = div %6587, %8528 : f64[] @ models/lib/nn.yaml:79:7
%8530 = sqrt %8521 : f32[16,16] @ models/lib/nn.yaml:79:7
%8531 = cast %8529 : f32[] @ models/lib/nn.yaml:79:7
%8532 = broadcast %8531 : f32[16,16] @ models/lib/nn.yaml:79:7
%8533 = mul %8530, %8532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8534 = add %8533, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%8535 = div %8517, %8534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8536 = cast %8525 : f32[] @ models/lib/nn.yaml:79:7
%8537 = broadcast %8536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8538 = mul %8535, %8537 : f32[16,16] @ models/lib/nn.yaml:79:7
%8539 = sub %8514, %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = assign %43, %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = assign %8510, %8517 : f32[16,16] @ models/lib/nn.yaml:79:7
%8542 = assign %8511, %8521 : f32[16,16] @ models/lib/nn.yaml:79:7
%8543 = assign %8512, %8513 : i64[] @ models/lib/nn.yaml:79:7
%8544 = mul %121, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = mul %8539, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8546 = add %8544, %8545 : f32[16,16] @ models/lib/nn.yaml:79:7
%8547 = assign %121, %8546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = all_reduce_sum %5898 : f32[16] @ models/lib/nn.yaml:80:7
%8549 = mul %8548, %8548 : f32[16] @ models/lib/nn.yaml:80:7
%8550 = reduce_sum %8549 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8551 = sqrt %8550 : f32[] @ models/lib/nn.yaml:80:7
%8552 = cast %8551 : f64[] @ models/lib/nn.yaml:80:7
%8553 = add %8552, %6583 : f64[] @ models/lib/nn.yaml:80:7
%8554 = div %6585, %8553 : f64[] @ models/lib/nn.yaml:80:7
%8555 = lt %8554, %6587 : bool[] @ models/lib/nn.yaml:80:7
%8556 = cast %8554 : f32[] @ models/lib/nn.yaml:80:7
%8557 = broadcast %8556 : f32[16] @ models/lib/nn.yaml:80:7
%8558 = mul %8548, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = broadcast %8555 : bool[16] @ models/lib/nn.yaml:80:7
%8560 = select %8559, %8558, %8548 : f32[16] @ models/lib/nn.yaml:80:7
%8561 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8562 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8563 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8564 = add %8563, %6597 : i64[] @ models/lib/nn.yaml:80:7
%8565 = mul %8560, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%8566 = mul %8561, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = add %8566, %8565 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = mul %8560, %8560 : f32[16] @ models/lib/nn.yaml:80:7
%8569 = mul %8568, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%8570 = mul %8562, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = add %8570, %8569 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = cast %8564 : f64[] @ models/lib/nn.yaml:80:7
%8573 = pow %6606, %8572 : f64[] @ models/lib/nn.yaml:80:7
%8574 = sub %6587, %8573 : f64[] @ models/lib/nn.yaml:80:7
%8575 = div %4095, %8574 : f64[] @ models/lib/nn.yaml:80:7
%8576 = pow %6614, %8572 : f64[] @ models/lib/nn.yaml:80:7
%8577 = sub %6587, %8576 : f64[] @ models/lib/nn.yaml:80:7
%8578 = sqrt %8577 : f64[] @ models/lib/nn.yaml:80:7
%8579 = div %6587, %8578 : f64[] @ models/lib/nn.yaml:80:7
%8580 = sqrt %8571 : f32[16] @ models/lib/nn.yaml:80:7
%8581 = cast %8579 : f32[] @ models/lib/nn.yaml:80:7
%8582 = broadcast %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = mul %8580, %8582 : f32[16] @ models/lib/nn.yaml:80:7
%8584 = add %8583, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%8585 = div %8567, %8584 : f32[16] @ models/lib/nn.yaml:80:7
%8586 = cast %8575 : f32[] @ models/lib/nn.yaml:80:7
%8587 = broadcast %8586 : f32[16] @ models/lib/nn.yaml:80:7
%8588 = mul %8585, %8587 : f32[16] @ models/lib/nn.yaml:80:7
%8589 = sub %44, %8588 : f32[16] @ models/lib/nn.yaml:80:7
%8590 = assign %44, %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = assign %8561, %8567 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = assign %8562, %8571 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = assign %8563, %8564 : i64[] @ models/lib/nn.yaml:80:7
%8594 = mul %122, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%8595 = mul %8589, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = add %8594, %8595 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = assign %122, %8596 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = all_reduce_sum %5877 : f32[16] @ models/lib/nn.yaml:89:7
%8599 = mul %8598, %8598 : f32[16] @ models/lib/nn.yaml:89:7
%8600 = reduce_sum %8599 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8601 = sqrt %8600 : f32[] @ models/lib/nn.yaml:89:7
%8602 = cast %8601 : f64[] @ models/lib/nn.yaml:89:7
%8603 = add %8602, %6583 : f64[] @ models/lib/nn.yaml:89:7
%8604 = div %6585, %8603 : f64[] @ models/lib/nn.yaml:89:7
%8605 = lt %8604, %6587 : bool[] @ models/lib/nn.yaml:89:7
%8606 = cast %8604 : f32[] @ models/lib/nn.yaml:89:7
%8607 = broadcast %8606 : f32[16] @ models/lib/nn.yaml:89:7
%8608 = mul %8598, %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = broadcast %8605 : bool[16] @ models/lib/nn.yaml:89:7
%8610 = select %8609, %8608, %8598 : f32[16] @ models/lib/nn.yaml:89:7
%8611 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8612 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8613 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8614 = add %8613, %6597 : i64[] @ models/lib/nn.yaml:89:7
%8615 = mul %8610, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%8616 = mul %8611, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%8617 = add %8616, %8615 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = mul %8610, %8610 : f32[16] @ models/lib/nn.yaml:89:7
%8619 = mul %8618, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%8620 = mul %8612, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%8621 = add %8620, %8619 : f32[16] @ models/lib/nn.yaml:89:7
%8622 = cast %8614 : f64[] @ models/lib/nn.yaml:89:7
%8623 = pow %6606, %8622 : f64[] @ models/lib/nn.yaml:89:7
%8624 = sub %6587, %8623 : f64[] @ models/lib/nn.yaml:89:7
%8625 = div %4095, %8624 : f64[] @ models/lib/nn.yaml:89:7
%8626 = pow %6614, %8622 : f64[] @ models/lib/nn.yaml:89:7
%8627 = sub %6587, %8626 : f64[] @ models/lib/nn.yaml:89:7
%8628 = sqrt %8627 : f64[] @ models/lib/nn.yaml:89:7
%8629 = div %6587, %8628 : f64[] @ models/lib/nn.yaml:89:7
%8630 = sqrt %8621 : f32[16] @ models/lib/nn.yaml:89:7
%8631 = cast %8629 : f32[] @ models/lib/nn.yaml:89:7
%8632 = broadcast %8631 : f32[16] @ models/lib/nn.yaml:89:7
%8633 = mul %8630, %8632 : f32[16] @ models/lib/nn.yaml:89:7
%8634 = add %8633, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%8635 = div %8617, %8634 : f32[16] @ models/lib/nn.yaml:89:7
%8636 = cast %8625 : f32[] @ models/lib/nn.yaml:89:7
%8637 = broadcast %8636 : f32[16] @ models/lib/nn.yaml:89:7
%8638 = mul %8635, %8637 : f32[16] @ models/lib/nn.yaml:89:7
%8639 = sub %45, %8638 : f32[16] @ models/lib/nn.yaml:89:7
%8640 = assign %45, %8639 : f32[16] @ models/lib/nn.yaml:89:7
%8641 = assign %8611, %8617 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = assign %8612, %8621 : f32[16] @ models/lib/nn.yaml:89:7
%8643 = assign %8613, %8614 : i64[] @ models/lib/nn.yaml:89:7
%8644 = mul %123, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%8645 = mul %8639, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%8646 = add %8644, %8645 : f32[16] @ models/lib/nn.yaml:89:7
%8647 = assign %123, %8646 : f32[16] @ models/lib/nn.yaml:89:7
%8648 = all_reduce_sum %5870 : f32[16] @ models/lib/nn.yaml:90:7
%8649 = mul %8648, %8648 : f32[16] @ models/lib/nn.yaml:90:7
%8650 = reduce_sum %8649 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8651 = sqrt %8650 : f32[] @ models/lib/nn.yaml:90:7
%8652 = cast %8651 : f64[] @ models/lib/nn.yaml:90:7
%8653 = add %8652, %6583 : f64[] @ models/lib/nn.yaml:90:7
%8654 = div %6585, %8653 : f64[] @ models/lib/nn.yaml:90:7
%8655 = lt %8654, %6587 : bool[] @ models/lib/nn.yaml:90:7
%8656 = cast %8654 : f32[] @ models/lib/nn.yaml:90:7
%8657 = broadcast %8656 : f32[16] @ models/lib/nn.yaml:90:7
%8658 = mul %8648, %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = broadcast %8655 : bool[16] @ models/lib/nn.yaml:90:7
%8660 = select %8659, %8658, %8648 : f32[16] @ models/lib/nn.yaml:90:7
%8661 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8662 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8663 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8664 = add %8663, %6597 : i64[] @ models/lib/nn.yaml:90:7
%8665 = mul %8660, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%8666 = mul %8661, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%8667 = add %8666, %8665 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = mul %8660, %8660 : f32[16] @ models/lib/nn.yaml:90:7
%8669 = mul %8668, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%8670 = mul %8662, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%8671 = add %8670, %8669 : f32[16] @ models/lib/nn.yaml:90:7
%8672 = cast %8664 : f64[] @ models/lib/nn.yaml:90:7
%8673 = pow %6606, %8672 : f64[] @ models/lib/nn.yaml:90:7
%8674 = sub %6587, %8673 : f64[] @ models/lib/nn.yaml:90:7
%8675 = div %4095, %8674 : f64[] @ models/lib/nn.yaml:90:7
%8676 = pow %6614, %8672 : f64[] @ models/lib/nn.yaml:90:7
%8677 = sub %6587, %8676 : f64[] @ models/lib/nn.yaml:90:7
%8678 = sqrt %8677 : f64[] @ models/lib/nn.yaml:90:7
%8679 = div %6587, %8678 : f64[] @ models/lib/nn.yaml:90:7
%8680 = sqrt %8671 : f32[16] @ models/lib/nn.yaml:90:7
%8681 = cast %8679 : f32[] @ models/lib/nn.yaml:90:7
%8682 = broadcast %8681 : f32[16] @ models/lib/nn.yaml:90:7
%8683 = mul %8680, %8682 : f32[16] @ models/lib/nn.yaml:90:7
%8684 = add %8683, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%8685 = div %8667, %8684 : f32[16] @ models/lib/nn.yaml:90:7
%8686 = cast %8675 : f32[] @ models/lib/nn.yaml:90:7
%8687 = broadcast %8686 : f32[16] @ models/lib/nn.yaml:90:7
%8688 = mul %8685, %8687 : f32[16] @ models/lib/nn.yaml:90:7
%8689 = sub %46, %8688 : f32[16] @ models/lib/nn.yaml:90:7
%8690 = assign %46, %8689 : f32[16] @ models/lib/nn.yaml:90:7
%8691 = assign %8661, %8667 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = assign %8662, %8671 : f32[16] @ models/lib/nn.yaml:90:7
%8693 = assign %8663, %8664 : i64[] @ models/lib/nn.yaml:90:7
%8694 = mul %124, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%8695 = mul %8689, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%8696 = add %8694, %8695 : f32[16] @ models/lib/nn.yaml:90:7
%8697 = assign %124, %8696 : f32[16] @ models/lib/nn.yaml:90:7
%8698 = all_reduce_sum %5866 : f32[64,16] @ models/lib/nn.yaml:79:7
%8699 = reshape %8698 : f32[1024] @ models/lib/nn.yaml:79:7
%8700 = mul %8699, %8699 : f32[1024] @ models/lib/nn.yaml:79:7
%8701 = reduce_sum %8700 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8702 = sqrt %8701 : f32[] @ models/lib/nn.yaml:79:7
%8703 = cast %8702 : f64[] @ models/lib/nn.yaml:79:7
%8704 = add %8703, %6583 : f64[] @ models/lib/nn.yaml:79:7
%8705 = div %6585, %8704 : f64[] @ models/lib/nn.yaml:79:7
%8706 = lt %8705, %6587 : bool[] @ models/lib/nn.yaml:79:7
%8707 = cast %8705 : f32[] @ models/lib/nn.yaml:79:7
%8708 = broadcast %8707 : f32[64,16] @ models/lib/nn.yaml:79:7
%8709 = mul %8698, %8708 : f32[64,16] @ models/lib/nn.yaml:79:7
%8710 = broadcast %8706 : bool[64,16] @ models/lib/nn.yaml:79:7
%8711 = select %8710, %8709, %8698 : f32[64,16] @ models/lib/nn.yaml:79:7
%8712 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8713 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8714 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8715 = add %8714, %6597 : i64[] @ models/lib/nn.yaml:79:7
%8716 = mul %47, %7213 : f32[64,16] @ models/lib/nn.yaml:79:7
%8717 = mul %8711, %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%8718 = mul %8712, %7217 : f32[64,16] @ models/lib/nn.yaml:79:7
%8719 = add %8718, %8717 : f32[64,16] @ models/lib/nn.yaml:79:7
%8720 = mul %8711, %8711 : f32[64,16] @ models/lib/nn.yaml:79:7
%8721 = mul %8720, %7221 : f32[64,16] @ models/lib/nn.yaml:79:7
%8722 = mul %8713, %7223 : f32[64,16] @ models/lib/nn.yaml:79:7
%8723 = add %8722, %8721 : f32[64,16] @ models/lib/nn.yaml:79:7
%8724 = cast %8715 : f64[] @ models/lib/nn.yaml:79:7
%8725 = pow %6606, %8724 : f64[] @ models/lib/nn.yaml:79:7
%8726 = sub %6587, %8725 : f64[] @ models/lib/nn.yaml:79:7
%8727 = div %4095, %8726 : f64[] @ models/lib/nn.yaml:79:7
%8728 = pow %6614, %8724 : f64[] @ models/lib/nn.yaml:79:7
%8729 = sub %6587, %8728 : f64[] @ models/lib/nn.yaml:79:7
%8730 = sqrt %8729 : f64[] @ models/lib/nn.yaml:79:7
%8731 = div %6587, %8730 : f64[] @ models/lib/nn.yaml:79:7
%8732 = sqrt %8723 : f32[64,16] @ models/lib/nn.yaml:79:7
%8733 = cast %8731 : f32[] @ models/lib/nn.yaml:79:7
%8734 = broadcast %8733 : f32[64,16] @ models/lib/nn.yaml:79:7
%8735 = mul %8732, %8734 : f32[64,16] @ models/lib/nn.yaml:79:7
%8736 = add %8735, %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%8737 = div %8719, %8736 : f32[64,16] @ models/lib/nn.yaml:79:7
%8738 = cast %8727 : f32[] @ models/lib/nn.yaml:79:7
%8739 = broadcast %8738 : f32[64,16] @ models/lib/nn.yaml:79:7
%8740 = mul %8737, %8739 : f32[64,16] @ models/lib/nn.yaml:79:7
%8741 = sub %8716, %8740 : f32[64,16] @ models/lib/nn.yaml:79:7
%8742 = assign %47, %8741 : f32[64,16] @ models/lib/nn.yaml:79:7
%8743 = assign %8712, %8719 : f32[64,16] @ models/lib/nn.yaml:79:7
%8744 = assign %8713, %8723 : f32[64,16] @ models/lib/nn.yaml:79:7
%8745 = assign %8714, %8715 : i64[] @ models/lib/nn.yaml:79:7
%8746 = mul %125, %7249 : f32[64,16] @ models/lib/nn.yaml:79:7
%8747 = mul %8741, %7251 : f32[64,16] @ models/lib/nn.yaml:79:7
%8748 = add %8746, %8747 : f32[64,16] @ models/lib/nn.yaml:79:7
%8749 = assign %125, %8748 : f32[64,16] @ models/lib/nn.yaml:79:7
%8750 = all_reduce_sum %5858 : f32[64] @ models/lib/nn.yaml:80:7
%8751 = mul %8750, %8750 : f32[64] @ models/lib/nn.yaml:80:7
%8752 = reduce_sum %8751 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8753 = sqrt %8752 : f32[] @ models/lib/nn.yaml:80:7
%8754 = cast %8753 : f64[] @ models/lib/nn.yaml:80:7
%8755 = add %8754, %6583 : f64[] @ models/lib/nn.yaml:80:7
%8756 = div %6585, %8755 : f64[] @ models/lib/nn.yaml:80:7
%8757 = lt %8756, %6587 : bool[] @ models/lib/nn.yaml:80:7
%8758 = cast %8756 : f32[] @ models/lib/nn.yaml:80:7
%8759 = broadcast %8758 : f32[64] @ models/lib/nn.yaml:80:7
%8760 = mul %8750, %8759 : f32[64] @ models/lib/nn.yaml:80:7
%8761 = broadcast %8757 : bool[64] @ models/lib/nn.yaml:80:7
%8762 = select %8761, %8760, %8750 : f32[64] @ models/lib/nn.yaml:80:7
%8763 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8764 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8765 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8766 = add %8765, %6597 : i64[] @ models/lib/nn.yaml:80:7
%8767 = mul %8762, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%8768 = mul %8763, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%8769 = add %8768, %8767 : f32[64] @ models/lib/nn.yaml:80:7
%8770 = mul %8762, %8762 : f32[64] @ models/lib/nn.yaml:80:7
%8771 = mul %8770, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%8772 = mul %8764, %7280 : f32[64] @ models/lib/nn.yaml:80:7
%8773 = add %8772, %8771 : f32[64] @ models/lib/nn.yaml:80:7
%8774 = cast %8766 : f64[] @ models/lib/nn.yaml:80:7
%8775 = pow %6606, %8774 : f64[] @ models/lib/nn.yaml:80:7
%8776 = sub %6587, %8775 : f64[] @ models/lib/nn.yaml:80:7
%8777 = div %4095, %8776 : f64[] @ models/lib/nn.yaml:80:7
%8778 = pow %6614, %8774 : f64[] @ models/lib/nn.yaml:80:7
%8779 = sub %6587, %8778 : f64[] @ models/lib/nn.yaml:80:7
%8780 = sqrt %8779 : f64[] @ models/lib/nn.yaml:80:7
%8781 = div %6587, %8780 : f64[] @ models/lib/nn.yaml:80:7
%8782 = sqrt %8773 : f32[64] @ models/lib/nn.yaml:80:7
%8783 = cast %8781 : f32[] @ models/lib/nn.yaml:80:7
%8784 = broadcast %8783 : f32[64] @ models/lib/nn.yaml:80:7
%8785 = mul %8782, %8784 : f32[64] @ models/lib/nn.yaml:80:7
%8786 = add %8785, %7295 : f32[64] @ models/lib/nn.yaml:80:7
%8787 = div %8769, %8786 : f32[64] @ models/lib/nn.yaml:80:7
%8788 = cast %8777 : f32[] @ models/lib/nn.yaml:80:7
%8789 = broadcast %8788 : f32[64] @ models/lib/nn.yaml:80:7
%8790 = mul %8787, %8789 : f32[64] @ models/lib/nn.yaml:80:7
%8791 = sub %48, %8790 : f32[64] @ models/lib/nn.yaml:80:7
%8792 = assign %48, %8791 : f32[64] @ models/lib/nn.yaml:80:7
%8793 = assign %8763, %8769 : f32[64] @ models/lib/nn.yaml:80:7
%8794 = assign %8764, %8773 : f32[64] @ models/lib/nn.yaml:80:7
%8795 = assign %8765, %8766 : i64[] @ models/lib/nn.yaml:80:7
%8796 = mul %126, %7306 : f32[64] @ models/lib/nn.yaml:80:7
%8797 = mul %8791, %7308 : f32[64] @ models/lib/nn.yaml:80:7
%8798 = add %8796, %8797 : f32[64] @ models/lib/nn.yaml:80:7
%8799 = assign %126, %8798 : f32[64] @ models/lib/nn.yaml:80:7
%8800 = all_reduce_sum %5838 : f32[16,64] @ models/lib/nn.yaml:79:7
%8801 = reshape %8800 : f32[1024] @ models/lib/nn.yaml:79:7
%8802 = mul %8801, %8801 : f32[1024] @ models/lib/nn.yaml:79:7
%8803 = reduce_sum %8802 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8804 = sqrt %8803 : f32[] @ models/lib/nn.yaml:79:7
%8805 = cast %8804 : f64[] @ models/lib/nn.yaml:79:7
%8806 = add %8805, %6583 : f64[] @ models/lib/nn.yaml:79:7
%8807 = div %6585, %8806 : f64[] @ models/lib/nn.yaml:79:7
%8808 = lt %8807, %6587 : bool[] @ models/lib/nn.yaml:79:7
%8809 = cast %8807 : f32[] @ models/lib/nn.yaml:79:7
%8810 = broadcast %8809 : f32[16,64] @ models/lib/nn.yaml:79:7
%8811 = mul %8800, %8810 : f32[16,64] @ models/lib/nn.yaml:79:7
%8812 = broadcast %8808 : bool[16,64] @ models/lib/nn.yaml:79:7
%8813 = select %8812, %8811, %8800 : f32[16,64] @ models/lib/nn.yaml:79:7
%8814 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8815 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8816 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8817 = add %8816, %6597 : i64[] @ models/lib/nn.yaml:79:7
%8818 = mul %49, %7330 : f32[16,64] @ models/lib/nn.yaml:79:7
%8819 = mul %8813, %7332 : f32[16,64] @ models/lib/nn.yaml:79:7
%8820 = mul %8814, %7334 : f32[16,64] @ models/lib/nn.yaml:79:7
%8821 = add %8820, %8819 : f32[16,64] @ models/lib/nn.yaml:79:7
%8822 = mul %8813, %8813 : f32[16,64] @ models/lib/nn.yaml:79:7
%8823 = mul %8822, %7338 : f32[16,64] @ models/lib/nn.yaml:79:7
%8824 = mul %8815, %7340 : f32[16,64] @ models/lib/nn.yaml:79:7
%8825 = add %8824, %8823 : f32[16,64] @ models/lib/nn.yaml:79:7
%8826 = cast %8817 : f64[] @ models/lib/nn.yaml:79:7
%8827 = pow %6606, %8826 : f64[] @ models/lib/nn.yaml:79:7
%8828 = sub %6587, %8827 : f64[] @ models/lib/nn.yaml:79:7
%8829 = div %4095, %8828 : f64[] @ models/lib/nn.yaml:79:7
%8830 = pow %6614, %8826 : f64[] @ models/lib/nn.yaml:79:7
%8831 = sub %6587, %8830 : f64[] @ models/lib/nn.yaml:79:7
%8832 = sqrt %8831 : f64[] @ models/lib/nn.yaml:79:7
%8833 = div %6587, %8832 : f64[] @ models/lib/nn.yaml:79:7
%8834 = sqrt %8825 : f32[16,64] @ models/lib/nn.yaml:79:7
%8835 = cast %8833 : f32[] @ models/lib/nn.yaml:79:7
%8836 = broadcast %8835 : f32[16,64] @ models/lib/nn.yaml:79:7
%8837 = mul %8834, %8836 : f32[16,64] @ models/lib/nn.yaml:79:7
%8838 = add %8837, %7355 : f32[16,64] @ models/lib/nn.yaml:79:7
%8839 = div %8821, %8838 : f32[16,64] @ models/lib/nn.yaml:79:7
%8840 = cast %8829 : f32[] @ models/lib/nn.yaml:79:7
%8841 = broadcast %8840 : f32[16,64] @ models/lib/nn.yaml:79:7
%8842 = mul %8839, %8841 : f32[16,64] @ models/lib/nn.yaml:79:7
%8843 = sub %8818, %8842 : f32[16,64] @ models/lib/nn.yaml:79:7
%8844 = assign %49, %8843 : f32[16,64] @ models/lib/nn.yaml:79:7
%8845 = assign %8814, %8821 : f32[16,64] @ models/lib/nn.yaml:79:7
%8846 = assign %8815, %8825 : f32[16,64] @ models/lib/nn.yaml:79:7
%8847 = assign %8816, %8817 : i64[] @ models/lib/nn.yaml:79:7
%8848 = mul %127, %7366 : f32[16,64] @ models/lib/nn.yaml:79:7
%8849 = mul %8843, %7368 : f32[16,64] @ models/lib/nn.yaml:79:7
%8850 = add %8848, %8849 : f32[16,64] @ models/lib/nn.yaml:79:7
%8851 = assign %127, %8850 : f32[16,64] @ models/lib/nn.yaml:79:7
%8852 = all_reduce_sum %5830 : f32[16] @ models/lib/nn.yaml:80:7
%8853 = mul %8852, %8852 : f32[16] @ models/lib/nn.yaml:80:7
%8854 = reduce_sum %8853 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8855 = sqrt %8854 : f32[] @ models/lib/nn.yaml:80:7
%8856 = cast %8855 : f64[] @ models/lib/nn.yaml:80:7
%8857 = add %8856, %6583 : f64[] @ models/lib/nn.yaml:80:7
%8858 = div %6585, %8857 : f64[] @ models/lib/nn.yaml:80:7
%8859 = lt %8858, %6587 : bool[] @ models/lib/nn.yaml:80:7
%8860 = cast %8858 : f32[] @ models/lib/nn.yaml:80:7
%8861 = broadcast %8860 : f32[16] @ models/lib/nn.yaml:80:7
%8862 = mul %8852, %8861 : f32[16] @ models/lib/nn.yaml:80:7
%8863 = broadcast %8859 : bool[16] @ models/lib/nn.yaml:80:7
%8864 = select %8863, %8862, %8852 : f32[16] @ models/lib/nn.yaml:80:7
%8865 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8866 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8867 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8868 = add %8867, %6597 : i64[] @ models/lib/nn.yaml:80:7
%8869 = mul %8864, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%8870 = mul %8865, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%8871 = add %8870, %8869 : f32[16] @ models/lib/nn.yaml:80:7
%8872 = mul %8864, %8864 : f32[16] @ models/lib/nn.yaml:80:7
%8873 = mul %8872, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%8874 = mul %8866, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%8875 = add %8874, %8873 : f32[16] @ models/lib/nn.yaml:80:7
%8876 = cast %8868 : f64[] @ models/lib/nn.yaml:80:7
%8877 = pow %6606, %8876 : f64[] @ models/lib/nn.yaml:80:7
%8878 = sub %6587, %8877 : f64[] @ models/lib/nn.yaml:80:7
%8879 = div %4095, %8878 : f64[] @ models/lib/nn.yaml:80:7
%8880 = pow %6614, %8876 : f64[] @ models/lib/nn.yaml:80:7
%8881 = sub %6587, %8880 : f64[] @ models/lib/nn.yaml:80:7
%8882 = sqrt %8881 : f64[] @ models/lib/nn.yaml:80:7
%8883 = div %6587, %8882 : f64[] @ models/lib/nn.yaml:80:7
%8884 = sqrt %8875 : f32[16] @ models/lib/nn.yaml:80:7
%8885 = cast %8883 : f32[] @ models/lib/nn.yaml:80:7
%8886 = broadcast %8885 : f32[16] @ models/lib/nn.yaml:80:7
%8887 = mul %8884, %8886 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = add %8887, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%8889 = div %8871, %8888 : f32[16] @ models/lib/nn.yaml:80:7
%8890 = cast %8879 : f32[] @ models/lib/nn.yaml:80:7
%8891 = broadcast %8890 : f32[16] @ models/lib/nn.yaml:80:7
%8892 = mul %8889, %8891 : f32[16] @ models/lib/nn.yaml:80:7
%8893 = sub %50, %8892 : f32[16] @ models/lib/nn.yaml:80:7
%8894 = assign %50, %8893 : f32[16] @ models/lib/nn.yaml:80:7
%8895 = assign %8865, %8871 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = assign %8866, %8875 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = assign %8867, %8868 : i64[] @ models/lib/nn.yaml:80:7
%8898 = mul %128, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = mul %8893, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = add %8898, %8899 : f32[16] @ models/lib/nn.yaml:80:7
%8901 = assign %128, %8900 : f32[16] @ models/lib/nn.yaml:80:7
%8902 = all_reduce_sum %5806 : f32[16] @ models/lib/nn.yaml:89:7
%8903 = mul %8902, %8902 : f32[16] @ models/lib/nn.yaml:89:7
%8904 = reduce_sum %8903 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8905 = sqrt %8904 : f32[] @ models/lib/nn.yaml:89:7
%8906 = cast %8905 : f64[] @ models/lib/nn.yaml:89:7
%8907 = add %8906, %6583 : f64[] @ models/lib/nn.yaml:89:7
%8908 = div %6585, %8907 : f64[] @ models/lib/nn.yaml:89:7
%8909 = lt %8908, %6587 : bool[] @ models/lib/nn.yaml:89:7
%8910 = cast %8908 : f32[] @ models/lib/nn.yaml:89:7
%8911 = broadcast %8910 : f32[16] @ models/lib/nn.yaml:89:7
%8912 = mul %8902, %8911 : f32[16] @ models/lib/nn.yaml:89:7
%8913 = broadcast %8909 : bool[16] @ models/lib/nn.yaml:89:7
%8914 = select %8913, %8912, %8902 : f32[16] @ models/lib/nn.yaml:89:7
%8915 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8916 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8917 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8918 = add %8917, %6597 : i64[] @ models/lib/nn.yaml:89:7
%8919 = mul %8914, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%8920 = mul %8915, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%8921 = add %8920, %8919 : f32[16] @ models/lib/nn.yaml:89:7
%8922 = mul %8914, %8914 : f32[16] @ models/lib/nn.yaml:89:7
%8923 = mul %8922, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%8924 = mul %8916, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%8925 = add %8924, %8923 : f32[16] @ models/lib/nn.yaml:89:7
%8926 = cast %8918 : f64[] @ models/lib/nn.yaml:89:7
%8927 = pow %6606, %8926 : f64[] @ models/lib/nn.yaml:89:7
%8928 = sub %6587, %8927 : f64[] @ models/lib/nn.yaml:89:7
%8929 = div %4095, %8928 : f64[] @ models/lib/nn.yaml:89:7
%8930 = pow %6614, %8926 : f64[] @ models/lib/nn.yaml:89:7
%8931 = sub %6587, %8930 : f64[] @ models/lib/nn.yaml:89:7
%8932 = sqrt %8931 : f64[] @ models/lib/nn.yaml:89:7
%8933 = div %6587, %8932 : f64[] @ models/lib/nn.yaml:89:7
%8934 = sqrt %8925 : f32[16] @ models/lib/nn.yaml:89:7
%8935 = cast %8933 : f32[] @ models/lib/nn.yaml:89:7
%8936 = broadcast %8935 : f32[16] @ models/lib/nn.yaml:89:7
%8937 = mul %8934, %8936 : f32[16] @ models/lib/nn.yaml:89:7
%8938 = add %8937, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%8939 = div %8921, %8938 : f32[16] @ models/lib/nn.yaml:89:7
%8940 = cast %8929 : f32[] @ models/lib/nn.yaml:89:7
%8941 = broadcast %8940 : f32[16] @ models/lib/nn.yaml:89:7
%8942 = mul %8939, %8941 : f32[16] @ models/lib/nn.yaml:89:7
%8943 = sub %51, %8942 : f32[16] @ models/lib/nn.yaml:89:7
%8944 = assign %51, %8943 : f32[16] @ models/lib/nn.yaml:89:7
%8945 = assign %8915, %8921 : f32[16] @ models/lib/nn.yaml:89:7
%8946 = assign %8916, %8925 : f32[16] @ models/lib/nn.yaml:89:7
%8947 = assign %8917, %8918 : i64[] @ models/lib/nn.yaml:89:7
%8948 = mul %129, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%8949 = mul %8943, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%8950 = add %8948, %8949 : f32[16] @ models/lib/nn.yaml:89:7
%8951 = assign %129, %8950 : f32[16] @ models/lib/nn.yaml:89:7
%8952 = all_reduce_sum %5799 : f32[16] @ models/lib/nn.yaml:90:7
%8953 = mul %8952, %8952 : f32[16] @ models/lib/nn.yaml:90:7
%8954 = reduce_sum %8953 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8955 = sqrt %8954 : f32[] @ models/lib/nn.yaml:90:7
%8956 = cast %8955 : f64[] @ models/lib/nn.yaml:90:7
%8957 = add %8956, %6583 : f64[] @ models/lib/nn.yaml:90:7
%8958 = div %6585, %8957 : f64[] @ models/lib/nn.yaml:90:7
%8959 = lt %8958, %6587 : bool[] @ models/lib/nn.yaml:90:7
%8960 = cast %8958 : f32[] @ models/lib/nn.yaml:90:7
%8961 = broadcast %8960 : f32[16] @ models/lib/nn.yaml:90:7
%8962 = mul %8952, %8961 : f32[16] @ models/lib/nn.yaml:90:7
%8963 = broadcast %8959 : bool[16] @ models/lib/nn.yaml:90:7
%8964 = select %8963, %8962, %8952 : f32[16] @ models/lib/nn.yaml:90:7
%8965 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8966 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8967 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8968 = add %8967, %6597 : i64[] @ models/lib/nn.yaml:90:7
%8969 = mul %8964, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%8970 = mul %8965, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%8971 = add %8970, %8969 : f32[16] @ models/lib/nn.yaml:90:7
%8972 = mul %8964, %8964 : f32[16] @ models/lib/nn.yaml:90:7
%8973 = mul %8972, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%8974 = mul %8966, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%8975 = add %8974, %8973 : f32[16] @ models/lib/nn.yaml:90:7
%8976 = cast %8968 : f64[] @ models/lib/nn.yaml:90:7
%8977 = pow %6606, %8976 : f64[] @ models/lib/nn.yaml:90:7
%8978 = sub %6587, %8977 : f64[] @ models/lib/nn.yaml:90:7
%8979 = div %4095, %8978 : f64[] @ models/lib/nn.yaml:90:7
%8980 = pow %6614, %8976 : f64[] @ models/lib/nn.yaml:90:7
%8981 = sub %6587, %8980 : f64[] @ models/lib/nn.yaml:90:7
%8982 = sqrt %8981 : f64[] @ models/lib/nn.yaml:90:7
%8983 = div %6587, %8982 : f64[] @ models/lib/nn.yaml:90:7
%8984 = sqrt %8975 : f32[16] @ models/lib/nn.yaml:90:7
%8985 = cast %8983 : f32[] @ models/lib/nn.yaml:90:7
%8986 = broadcast %8985 : f32[16] @ models/lib/nn.yaml:90:7
%8987 = mul %8984, %8986 : f32[16] @ models/lib/nn.yaml:90:7
%8988 = add %8987, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%8989 = div %8971, %8988 : f32[16] @ models/lib/nn.yaml:90:7
%8990 = cast %8979 : f32[] @ models/lib/nn.yaml:90:7
%8991 = broadcast %8990 : f32[16] @ models/lib/nn.yaml:90:7
%8992 = mul %8989, %8991 : f32[16] @ models/lib/nn.yaml:90:7
%8993 = sub %52, %8992 : f32[16] @ models/lib/nn.yaml:90:7
%8994 = assign %52, %8993 : f32[16] @ models/lib/nn.yaml:90:7
%8995 = assign %8965, %8971 : f32[16] @ models/lib/nn.yaml:90:7
%8996 = assign %8966, %8975 : f32[16] @ models/lib/nn.yaml:90:7
%8997 = assign %8967, %8968 : i64[] @ models/lib/nn.yaml:90:7
%8998 = mul %130, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%8999 = mul %8993, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%9000 = add %8998, %8999 : f32[16] @ models/lib/nn.yaml:90:7
%9001 = assign %130, %9000 : f32[16] @ models/lib/nn.yaml:90:7
%9002 = all_reduce_sum %5791 : f32[16,16] @ models/lib/nn.yaml:79:7
%9003 = reshape %9002 : f32[256] @ models/lib/nn.yaml:79:7
%9004 = mul %9003, %9003 : f32[256] @ models/lib/nn.yaml:79:7
%9005 = reduce_sum %9004 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9006 = sqrt %9005 : f32[] @ models/lib/nn.yaml:79:7
%9007 = cast %9006 : f64[] @ models/lib/nn.yaml:79:7
%9008 = add %9007, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9009 = div %6585, %9008 : f64[] @ models/lib/nn.yaml:79:7
%9010 = lt %9009, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9011 = cast %9009 : f32[] @ models/lib/nn.yaml:79:7
%9012 = broadcast %9011 : f32[16,16] @ models/lib/nn.yaml:79:7
%9013 = mul %9002, %9012 : f32[16,16] @ models/lib/nn.yaml:79:7
%9014 = broadcast %9010 : bool[16,16] @ models/lib/nn.yaml:79:7
%9015 = select %9014, %9013, %9002 : f32[16,16] @ models/lib/nn.yaml:79:7
%9016 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9017 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9018 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9019 = add %9018, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9020 = mul %53, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%9021 = mul %9015, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%9022 = mul %9016, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%9023 = add %9022, %9021 : f32[16,16] @ models/lib/nn.yaml:79:7
%9024 = mul %9015, %9015 : f32[16,16] @ models/lib/nn.yaml:79:7
%9025 = mul %9024, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%9026 = mul %9017, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9027 = add %9026, %9025 : f32[16,16] @ models/lib/nn.yaml:79:7
%9028 = cast %9019 : f64[] @ models/lib/nn.yaml:79:7
%9029 = pow %6606, %9028 : f64[] @ models/lib/nn.yaml:79:7
%9030 = sub %6587, %9029 : f64[] @ models/lib/nn.yaml:79:7
%9031 = div %4095, %9030 : f64[] @ models/lib/nn.yaml:79:7
%9032 = pow %6614, %9028 : f64[] @ models/lib/nn.yaml:79:7
%9033 = sub %6587, %9032 : f64[] @ models/lib/nn.yaml:79:7
%9034 = sqrt %9033 : f64[] @ models/lib/nn.yaml:79:7
%9035 = div %6587, %9034 : f64[] @ models/lib/nn.yaml:79:7
%9036 = sqrt %9027 : f32[16,16] @ models/lib/nn.yaml:79:7
%9037 = cast %9035 : f32[] @ models/lib/nn.yaml:79:7
%9038 = broadcast %9037 : f32[16,16] @ models/lib/nn.yaml:79:7
%9039 = mul %9036, %9038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9040 = add %9039, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%9041 = div %9023, %9040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9042 = cast %9031 : f32[] @ models/lib/nn.yaml:79:7
%9043 = broadcast %9042 : f32[16,16] @ models/lib/nn.yaml:79:7
%9044 = mul %9041, %9043 : f32[16,16] @ models/lib/nn.yaml:79:7
%9045 = sub %9020, %9044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9046 = assign %53, %9045 : f32[16,16] @ models/lib/nn.yaml:79:7
%9047 = assign %9016, %9023 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = assign %9017, %9027 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = assign %9018, %9019 : i64[] @ models/lib/nn.yaml:79:7
%9050 = mul %131, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = mul %9045, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9052 = add %9050, %9051 : f32[16,16] @ models/lib/nn.yaml:79:7
%9053 = assign %131, %9052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = all_reduce_sum %5782 : f32[16] @ models/lib/nn.yaml:80:7
%9055 = mul %9054, %9054 : f32[16] @ models/lib/nn.yaml:80:7
%9056 = reduce_sum %9055 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9057 = sqrt %9056 : f32[] @ models/lib/nn.yaml:80:7
%9058 = cast %9057 : f64[] @ models/lib/nn.yaml:80:7
%9059 = add %9058, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9060 = div %6585, %9059 : f64[] @ models/lib/nn.yaml:80:7
%9061 = lt %9060, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9062 = cast %9060 : f32[] @ models/lib/nn.yaml:80:7
%9063 = broadcast %9062 : f32[16] @ models/lib/nn.yaml:80:7
%9064 = mul %9054, %9063 : f32[16] @ models/lib/nn.yaml:80:7
%9065 = broadcast %9061 : bool[16] @ models/lib/nn.yaml:80:7
%9066 = select %9065, %9064, %9054 : f32[16] @ models/lib/nn.yaml:80:7
%9067 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9068 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9069 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9070 = add %9069, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9071 = mul %9066, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%9072 = mul %9067, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%9073 = add %9072, %9071 : f32[16] @ models/lib/nn.yaml:80:7
%9074 = mul %9066, %9066 : f32[16] @ models/lib/nn.yaml:80:7
%9075 = mul %9074, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%9076 = mul %9068, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%9077 = add %9076, %9075 : f32[16] @ models/lib/nn.yaml:80:7
%9078 = cast %9070 : f64[] @ models/lib/nn.yaml:80:7
%9079 = pow %6606, %9078 : f64[] @ models/lib/nn.yaml:80:7
%9080 = sub %6587, %9079 : f64[] @ models/lib/nn.yaml:80:7
%9081 = div %4095, %9080 : f64[] @ models/lib/nn.yaml:80:7
%9082 = pow %6614, %9078 : f64[] @ models/lib/nn.yaml:80:7
%9083 = sub %6587, %9082 : f64[] @ models/lib/nn.yaml:80:7
%9084 = sqrt %9083 : f64[] @ models/lib/nn.yaml:80:7
%9085 = div %6587, %9084 : f64[] @ models/lib/nn.yaml:80:7
%9086 = sqrt %9077 : f32[16] @ models/lib/nn.yaml:80:7
%9087 = cast %9085 : f32[] @ models/lib/nn.yaml:80:7
%9088 = broadcast %9087 : f32[16] @ models/lib/nn.yaml:80:7
%9089 = mul %9086, %9088 : f32[16] @ models/lib/nn.yaml:80:7
%9090 = add %9089, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%9091 = div %9073, %9090 : f32[16] @ models/lib/nn.yaml:80:7
%9092 = cast %9081 : f32[] @ models/lib/nn.yaml:80:7
%9093 = broadcast %9092 : f32[16] @ models/lib/nn.yaml:80:7
%9094 = mul %9091, %9093 : f32[16] @ models/lib/nn.yaml:80:7
%9095 = sub %54, %9094 : f32[16] @ models/lib/nn.yaml:80:7
%9096 = assign %54, %9095 : f32[16] @ models/lib/nn.yaml:80:7
%9097 = assign %9067, %9073 : f32[16] @ models/lib/nn.yaml:80:7
%9098 = assign %9068, %9077 : f32[16] @ models/lib/nn.yaml:80:7
%9099 = assign %9069, %9070 : i64[] @ models/lib/nn.yaml:80:7
%9100 = mul %132, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%9101 = mul %9095, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%9102 = add %9100, %9101 : f32[16] @ models/lib/nn.yaml:80:7
%9103 = assign %132, %9102 : f32[16] @ models/lib/nn.yaml:80:7
%9104 = all_reduce_sum %5776 : f32[16,16] @ models/lib/nn.yaml:79:7
%9105 = reshape %9104 : f32[256] @ models/lib/nn.yaml:79:7
%9106 = mul %9105, %9105 : f32[256] @ models/lib/nn.yaml:79:7
%9107 = reduce_sum %9106 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9108 = sqrt %9107 : f32[] @ models/lib/nn.yaml:79:7
%9109 = cast %9108 : f64[] @ models/lib/nn.yaml:79:7
%9110 = add %9109, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9111 = div %6585, %9110 : f64[] @ models/lib/nn.yaml:79:7
%9112 = lt %9111, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9113 = cast %9111 : f32[] @ models/lib/nn.yaml:79:7
%9114 = broadcast %9113 : f32[16,16] @ models/lib/nn.yaml:79:7
%9115 = mul %9104, %9114 : f32[16,16] @ models/lib/nn.yaml:79:7
%9116 = broadcast %9112 : bool[16,16] @ models/lib/nn.yaml:79:7
%9117 = select %9116, %9115, %9104 : f32[16,16] @ models/lib/nn.yaml:79:7
%9118 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9119 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9120 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9121 = add %9120, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9122 = mul %55, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%9123 = mul %9117, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%9124 = mul %9118, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%9125 = add %9124, %9123 : f32[16,16] @ models/lib/nn.yaml:79:7
%9126 = mul %9117, %9117 : f32[16,16] @ models/lib/nn.yaml:79:7
%9127 = mul %9126, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%9128 = mul %9119, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9129 = add %9128, %9127 : f32[16,16] @ models/lib/nn.yaml:79:7
%9130 = cast %9121 : f64[] @ models/lib/nn.yaml:79:7
%9131 = pow %6606, %9130 : f64[] @ models/lib/nn.yaml:79:7
%9132 = sub %6587, %9131 : f64[] @ models/lib/nn.yaml:79:7
%9133 = div %4095, %9132 : f64[] @ models/lib/nn.yaml:79:7
%9134 = pow %6614, %9130 : f64[] @ models/lib/nn.yaml:79:7
%9135 = sub %6587, %9134 : f64[] @ models/lib/nn.yaml:79:7
%9136 = sqrt %9135 : f64[] @ models/lib/nn.yaml:79:7
%9137 = div %6587, %9136 : f64[] @ models/lib/nn.yaml:79:7
%9138 = sqrt %9129 : f32[16,16] @ models/lib/nn.yaml:79:7
%9139 = cast %9137 : f32[] @ models/lib/nn.yaml:79:7
%9140 = broadcast %9139 : f32[16,16] @ models/lib/nn.yaml:79:7
%9141 = mul %9138, %9140 : f32[16,16] @ models/lib/nn.yaml:79:7
%9142 = add %9141, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%9143 = div %9125, %9142 : f32[16,16] @ models/lib/nn.yaml:79:7
%9144 = cast %9133 : f32[] @ models/lib/nn.yaml:79:7
%9145 = broadcast %9144 : f32[16,16] @ models/lib/nn.yaml:79:7
%9146 = mul %9143, %9145 : f32[16,16] @ models/lib/nn.yaml:79:7
%9147 = sub %9122, %9146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9148 = assign %55, %9147 : f32[16,16] @ models/lib/nn.yaml:79:7
%9149 = assign %9118, %9125 : f32[16,16] @ models/lib/nn.yaml:79:7
%9150 = assign %9119, %9129 : f32[16,16] @ models/lib/nn.yaml:79:7
%9151 = assign %9120, %9121 : i64[] @ models/lib/nn.yaml:79:7
%9152 = mul %133, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9153 = mul %9147, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9154 = add %9152, %9153 : f32[16,16] @ models/lib/nn.yaml:79:7
%9155 = assign %133, %9154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9156 = all_reduce_sum %5765 : f32[16] @ models/lib/nn.yaml:80:7
%9157 = mul %9156, %9156 : f32[16] @ models/lib/nn.yaml:80:7
%9158 = reduce_sum %9157 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9159 = sqrt %9158 : f32[] @ models/lib/nn.yaml:80:7
%9160 = cast %9159 : f64[] @ models/lib/nn.yaml:80:7
%9161 = add %9160, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9162 = div %6585, %9161 : f64[] @ models/lib/nn.yaml:80:7
%9163 = lt %9162, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9164 = cast %9162 : f32[] @ models/lib/nn.yaml:80:7
%9165 = broadcast %9164 : f32[16] @ models/lib/nn.yaml:80:7
%9166 = mul %9156, %9165 : f32[16] @ models/lib/nn.yaml:80:7
%9167 = broadcast %9163 : bool[16] @ models/lib/nn.yaml:80:7
%9168 = select %9167, %9166, %9156 : f32[16] @ models/lib/nn.yaml:80:7
%9169 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9170 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9171 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9172 = add %9171, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9173 = mul %9168, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%9174 = mul %9169, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%9175 = add %9174, %9173 : f32[16] @ models/lib/nn.yaml:80:7
%9176 = mul %9168, %9168 : f32[16] @ models/lib/nn.yaml:80:7
%9177 = mul %9176, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%9178 = mul %9170, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%9179 = add %9178, %9177 : f32[16] @ models/lib/nn.yaml:80:7
%9180 = cast %9172 : f64[] @ models/lib/nn.yaml:80:7
%9181 = pow %6606, %9180 : f64[] @ models/lib/nn.yaml:80:7
%9182 = sub %6587, %9181 : f64[] @ models/lib/nn.yaml:80:7
%9183 = div %4095, %9182 : f64[] @ models/lib/nn.yaml:80:7
%9184 = pow %6614, %9180 : f64[] @ models/lib/nn.yaml:80:7
%9185 = sub %6587, %9184 : f64[] @ models/lib/nn.yaml:80:7
%9186 = sqrt %9185 : f64[] @ models/lib/nn.yaml:80:7
%9187 = div %6587, %9186 : f64[] @ models/lib/nn.yaml:80:7
%9188 = sqrt %9179 : f32[16] @ models/lib/nn.yaml:80:7
%9189 = cast %9187 : f32[] @ models/lib/nn.yaml:80:7
%9190 = broadcast %9189 : f32[16] @ models/lib/nn.yaml:80:7
%9191 = mul %9188, %9190 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = add %9191, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%9193 = div %9175, %9192 : f32[16] @ models/lib/nn.yaml:80:7
%9194 = cast %9183 : f32[] @ models/lib/nn.yaml:80:7
%9195 = broadcast %9194 : f32[16] @ models/lib/nn.yaml:80:7
%9196 = mul %9193, %9195 : f32[16] @ models/lib/nn.yaml:80:7
%9197 = sub %56, %9196 : f32[16] @ models/lib/nn.yaml:80:7
%9198 = assign %56, %9197 : f32[16] @ models/lib/nn.yaml:80:7
%9199 = assign %9169, %9175 : f32[16] @ models/lib/nn.yaml:80:7
%9200 = assign %9170, %9179 : f32[16] @ models/lib/nn.yaml:80:7
%9201 = assign %9171, %9172 : i64[] @ models/lib/nn.yaml:80:7
%9202 = mul %134, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%9203 = mul %9197, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%9204 = add %9202, %9203 : f32[16] @ models/lib/nn.yaml:80:7
%9205 = assign %134, %9204 : f32[16] @ models/lib/nn.yaml:80:7
%9206 = all_reduce_sum %5757 : f32[16,16] @ models/lib/nn.yaml:79:7
%9207 = reshape %9206 : f32[256] @ models/lib/nn.yaml:79:7
%9208 = mul %9207, %9207 : f32[256] @ models/lib/nn.yaml:79:7
%9209 = reduce_sum %9208 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9210 = sqrt %9209 : f32[] @ models/lib/nn.yaml:79:7
%9211 = cast %9210 : f64[] @ models/lib/nn.yaml:79:7
%9212 = add %9211, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9213 = div %6585, %9212 : f64[] @ models/lib/nn.yaml:79:7
%9214 = lt %9213, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9215 = cast %9213 : f32[] @ models/lib/nn.yaml:79:7
%9216 = broadcast %9215 : f32[16,16] @ models/lib/nn.yaml:79:7
%9217 = mul %9206, %9216 : f32[16,16] @ models/lib/nn.yaml:79:7
%9218 = broadcast %9214 : bool[16,16] @ models/lib/nn.yaml:79:7
%9219 = select %9218, %9217, %9206 : f32[16,16] @ models/lib/nn.yaml:79:7
%9220 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9221 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9222 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9223 = add %9222, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9224 = mul %57, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%9225 = mul %9219, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%9226 = mul %9220, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%9227 = add %9226, %9225 : f32[16,16] @ models/lib/nn.yaml:79:7
%9228 = mul %9219, %9219 : f32[16,16] @ models/lib/nn.yaml:79:7
%9229 = mul %9228, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%9230 = mul %9221, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9231 = add %9230, %9229 : f32[16,16] @ models/lib/nn.yaml:79:7
%9232 = cast %9223 : f64[] @ models/lib/nn.yaml:79:7
%9233 = pow %6606, %9232 : f64[] @ models/lib/nn.yaml:79:7
%9234 = sub %6587, %9233 : f64[] @ models/lib/nn.yaml:79:7
%9235 = div %4095, %9234 : f64[] @ models/lib/nn.yaml:79:7
%9236 = pow %6614, %9232 : f64[] @ models/lib/nn.yaml:79:7
%9237 = sub %6587, %9236 : f64[] @ models/lib/nn.yaml:79:7
%9238 = sqrt %9237 : f64[] @ models/lib/nn.yaml:79:7
%9239 = div %6587, %9238 : f64[] @ models/lib/nn.yaml:79:7
%9240 = sqrt %9231 : f32[16,16] @ models/lib/nn.yaml:79:7
%9241 = cast %9239 : f32[] @ models/lib/nn.yaml:79:7
%9242 = broadcast %9241 : f32[16,16] @ models/lib/nn.yaml:79:7
%9243 = mul %9240, %9242 : f32[16,16] @ models/lib/nn.yaml:79:7
%9244 = add %9243, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%9245 = div %9227, %9244 : f32[16,16] @ models/lib/nn.yaml:79:7
%9246 = cast %9235 : f32[] @ models/lib/nn.yaml:79:7
%9247 = broadcast %9246 : f32[16,16] @ models/lib/nn.yaml:79:7
%9248 = mul %9245, %9247 : f32[16,16] @ models/lib/nn.yaml:79:7
%9249 = sub %9224, %9248 : f32[16,16] @ models/lib/nn.yaml:79:7
%9250 = assign %57, %9249 : f32[16,16] @ models/lib/nn.yaml:79:7
%9251 = assign %9220, %9227 : f32[16,16] @ models/lib/nn.yaml:79:7
%9252 = assign %9221, %9231 : f32[16,16] @ models/lib/nn.yaml:79:7
%9253 = assign %9222, %9223 : i64[] @ models/lib/nn.yaml:79:7
%9254 = mul %135, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9255 = mul %9249, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9256 = add %9254, %9255 : f32[16,16] @ models/lib/nn.yaml:79:7
%9257 = assign %135, %9256 : f32[16,16] @ models/lib/nn.yaml:79:7
%9258 = all_reduce_sum %5748 : f32[16] @ models/lib/nn.yaml:80:7
%9259 = mul %9258, %9258 : f32[16] @ models/lib/nn.yaml:80:7
%9260 = reduce_sum %9259 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9261 = sqrt %9260 : f32[] @ models/lib/nn.yaml:80:7
%9262 = cast %9261 : f64[] @ models/lib/nn.yaml:80:7
%9263 = add %9262, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9264 = div %6585, %9263 : f64[] @ models/lib/nn.yaml:80:7
%9265 = lt %9264, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9266 = cast %9264 : f32[] @ models/lib/nn.yaml:80:7
%9267 = broadcast %9266 : f32[16] @ models/lib/nn.yaml:80:7
%9268 = mul %9258, %9267 : f32[16] @ models/lib/nn.yaml:80:7
%9269 = broadcast %9265 : bool[16] @ models/lib/nn.yaml:80:7
%9270 = select %9269, %9268, %9258 : f32[16] @ models/lib/nn.yaml:80:7
%9271 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9272 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9273 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9274 = add %9273, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9275 = mul %9270, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%9276 = mul %9271, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%9277 = add %9276, %9275 : f32[16] @ models/lib/nn.yaml:80:7
%9278 = mul %9270, %9270 : f32[16] @ models/lib/nn.yaml:80:7
%9279 = mul %9278, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%9280 = mul %9272, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%9281 = add %9280, %9279 : f32[16] @ models/lib/nn.yaml:80:7
%9282 = cast %9274 : f64[] @ models/lib/nn.yaml:80:7
%9283 = pow %6606, %9282 : f64[] @ models/lib/nn.yaml:80:7
%9284 = sub %6587, %9283 : f64[] @ models/lib/nn.yaml:80:7
%9285 = div %4095, %9284 : f64[] @ models/lib/nn.yaml:80:7
%9286 = pow %6614, %9282 : f64[] @ models/lib/nn.yaml:80:7
%9287 = sub %6587, %9286 : f64[] @ models/lib/nn.yaml:80:7
%9288 = sqrt %9287 : f64[] @ models/lib/nn.yaml:80:7
%9289 = div %6587, %9288 : f64[] @ models/lib/nn.yaml:80:7
%9290 = sqrt %9281 : f32[16] @ models/lib/nn.yaml:80:7
%9291 = cast %9289 : f32[] @ models/lib/nn.yaml:80:7
%9292 = broadcast %9291 : f32[16] @ models/lib/nn.yaml:80:7
%9293 = mul %9290, %9292 : f32[16] @ models/lib/nn.yaml:80:7
%9294 = add %9293, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%9295 = div %9277, %9294 : f32[16] @ models/lib/nn.yaml:80:7
%9296 = cast %9285 : f32[] @ models/lib/nn.yaml:80:7
%9297 = broadcast %9296 : f32[16] @ models/lib/nn.yaml:80:7
%9298 = mul %9295, %9297 : f32[16] @ models/lib/nn.yaml:80:7
%9299 = sub %58, %9298 : f32[16] @ models/lib/nn.yaml:80:7
%9300 = assign %58, %9299 : f32[16] @ models/lib/nn.yaml:80:7
%9301 = assign %9271, %9277 : f32[16] @ models/lib/nn.yaml:80:7
%9302 = assign %9272, %9281 : f32[16] @ models/lib/nn.yaml:80:7
%9303 = assign %9273, %9274 : i64[] @ models/lib/nn.yaml:80:7
%9304 = mul %136, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%9305 = mul %9299, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%9306 = add %9304, %9305 : f32[16] @ models/lib/nn.yaml:80:7
%9307 = assign %136, %9306 : f32[16] @ models/lib/nn.yaml:80:7
%9308 = all_reduce_sum %5647 : f32[16,16] @ models/lib/nn.yaml:79:7
%9309 = reshape %9308 : f32[256] @ models/lib/nn.yaml:79:7
%9310 = mul %9309, %9309 : f32[256] @ models/lib/nn.yaml:79:7
%9311 = reduce_sum %9310 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9312 = sqrt %9311 : f32[] @ models/lib/nn.yaml:79:7
%9313 = cast %9312 : f64[] @ models/lib/nn.yaml:79:7
%9314 = add %9313, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9315 = div %6585, %9314 : f64[] @ models/lib/nn.yaml:79:7
%9316 = lt %9315, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9317 = cast %9315 : f32[] @ models/lib/nn.yaml:79:7
%9318 = broadcast %9317 : f32[16,16] @ models/lib/nn.yaml:79:7
%9319 = mul %9308, %9318 : f32[16,16] @ models/lib/nn.yaml:79:7
%9320 = broadcast %9316 : bool[16,16] @ models/lib/nn.yaml:79:7
%9321 = select %9320, %9319, %9308 : f32[16,16] @ models/lib/nn.yaml:79:7
%9322 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9323 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9324 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9325 = add %9324, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9326 = mul %59, %7003 : f32[16,16] @ models/lib/nn.yaml:79:7
%9327 = mul %9321, %7005 : f32[16,16] @ models/lib/nn.yaml:79:7
%9328 = mul %9322, %7007 : f32[16,16] @ models/lib/nn.yaml:79:7
%9329 = add %9328, %9327 : f32[16,16] @ models/lib/nn.yaml:79:7
%9330 = mul %9321, %9321 : f32[16,16] @ models/lib/nn.yaml:79:7
%9331 = mul %9330, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%9332 = mul %9323, %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9333 = add %9332, %9331 : f32[16,16] @ models/lib/nn.yaml:79:7
%9334 = cast %9325 : f64[] @ models/lib/nn.yaml:79:7
%9335 = pow %6606, %9334 : f64[] @ models/lib/nn.yaml:79:7
%9336 = sub %6587, %9335 : f64[] @ models/lib/nn.yaml:79:7
%9337 = div %4095, %9336 : f64[] @ models/lib/nn.yaml:79:7
%9338 = pow %6614, %9334 : f64[] @ models/lib/nn.yaml:79:7
%9339 = sub %6587, %9338 : f64[] @ models/lib/nn.yaml:79:7
%9340 = sqrt %9339 : f64[] @ models/lib/nn.yaml:79:7
%9341 = div %6587, %9340 : f64[] @ models/lib/nn.yaml:79:7
%9342 = sqrt %9333 : f32[16,16] @ models/lib/nn.yaml:79:7
%9343 = cast %9341 : f32[] @ models/lib/nn.yaml:79:7
%9344 = broadcast %9343 : f32[16,16] @ models/lib/nn.yaml:79:7
%9345 = mul %9342, %9344 : f32[16,16] @ models/lib/nn.yaml:79:7
%9346 = add %9345, %7028 : f32[16,16] @ models/lib/nn.yaml:79:7
%9347 = div %9329, %9346 : f32[16,16] @ models/lib/nn.yaml:79:7
%9348 = cast %9337 : f32[] @ models/lib/nn.yaml:79:7
%9349 = broadcast %9348 : f32[16,16] @ models/lib/nn.yaml:79:7
%9350 = mul %9347, %9349 : f32[16,16] @ models/lib/nn.yaml:79:7
%9351 = sub %9326, %9350 : f32[16,16] @ models/lib/nn.yaml:79:7
%9352 = assign %59, %9351 : f32[16,16] @ models/lib/nn.yaml:79:7
%9353 = assign %9322, %9329 : f32[16,16] @ models/lib/nn.yaml:79:7
%9354 = assign %9323, %9333 : f32[16,16] @ models/lib/nn.yaml:79:7
%9355 = assign %9324, %9325 : i64[] @ models/lib/nn.yaml:79:7
%9356 = mul %137, %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9357 = mul %9351, %7041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9358 = add %9356, %9357 : f32[16,16] @ models/lib/nn.yaml:79:7
%9359 = assign %137, %9358 : f32[16,16] @ models/lib/nn.yaml:79:7
%9360 = all_reduce_sum %5639 : f32[16] @ models/lib/nn.yaml:80:7
%9361 = mul %9360, %9360 : f32[16] @ models/lib/nn.yaml:80:7
%9362 = reduce_sum %9361 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9363 = sqrt %9362 : f32[] @ models/lib/nn.yaml:80:7
%9364 = cast %9363 : f64[] @ models/lib/nn.yaml:80:7
%9365 = add %9364, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9366 = div %6585, %9365 : f64[] @ models/lib/nn.yaml:80:7
%9367 = lt %9366, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9368 = cast %9366 : f32[] @ models/lib/nn.yaml:80:7
%9369 = broadcast %9368 : f32[16] @ models/lib/nn.yaml:80:7
%9370 = mul %9360, %9369 : f32[16] @ models/lib/nn.yaml:80:7
%9371 = broadcast %9367 : bool[16] @ models/lib/nn.yaml:80:7
%9372 = select %9371, %9370, %9360 : f32[16] @ models/lib/nn.yaml:80:7
%9373 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9374 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9375 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9376 = add %9375, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9377 = mul %9372, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%9378 = mul %9373, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%9379 = add %9378, %9377 : f32[16] @ models/lib/nn.yaml:80:7
%9380 = mul %9372, %9372 : f32[16] @ models/lib/nn.yaml:80:7
%9381 = mul %9380, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%9382 = mul %9374, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%9383 = add %9382, %9381 : f32[16] @ models/lib/nn.yaml:80:7
%9384 = cast %9376 : f64[] @ models/lib/nn.yaml:80:7
%9385 = pow %6606, %9384 : f64[] @ models/lib/nn.yaml:80:7
%9386 = sub %6587, %9385 : f64[] @ models/lib/nn.yaml:80:7
%9387 = div %4095, %9386 : f64[] @ models/lib/nn.yaml:80:7
%9388 = pow %6614, %9384 : f64[] @ models/lib/nn.yaml:80:7
%9389 = sub %6587, %9388 : f64[] @ models/lib/nn.yaml:80:7
%9390 = sqrt %9389 : f64[] @ models/lib/nn.yaml:80:7
%9391 = div %6587, %9390 : f64[] @ models/lib/nn.yaml:80:7
%9392 = sqrt %9383 : f32[16] @ models/lib/nn.yaml:80:7
%9393 = cast %9391 : f32[] @ models/lib/nn.yaml:80:7
%9394 = broadcast %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9395 = mul %9392, %9394 : f32[16] @ models/lib/nn.yaml:80:7
%9396 = add %9395, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%9397 = div %9379, %9396 : f32[16] @ models/lib/nn.yaml:80:7
%9398 = cast %9387 : f32[] @ models/lib/nn.yaml:80:7
%9399 = broadcast %9398 : f32[16] @ models/lib/nn.yaml:80:7
%9400 = mul %9397, %9399 : f32[16] @ models/lib/nn.yaml:80:7
%9401 = sub %60, %9400 : f32[16] @ models/lib/nn.yaml:80:7
%9402 = assign %60, %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = assign %9373, %9379 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = assign %9374, %9383 : f32[16] @ models/lib/nn.yaml:80:7
%9405 = assign %9375, %9376 : i64[] @ models/lib/nn.yaml:80:7
%9406 = mul %138, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%9407 = mul %9401, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%9408 = add %9406, %9407 : f32[16] @ models/lib/nn.yaml:80:7
%9409 = assign %138, %9408 : f32[16] @ models/lib/nn.yaml:80:7
%9410 = all_reduce_sum %5618 : f32[16] @ models/lib/nn.yaml:89:7
%9411 = mul %9410, %9410 : f32[16] @ models/lib/nn.yaml:89:7
%9412 = reduce_sum %9411 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9413 = sqrt %9412 : f32[] @ models/lib/nn.yaml:89:7
%9414 = cast %9413 : f64[] @ models/lib/nn.yaml:89:7
%9415 = add %9414, %6583 : f64[] @ models/lib/nn.yaml:89:7
%9416 = div %6585, %9415 : f64[] @ models/lib/nn.yaml:89:7
%9417 = lt %9416, %6587 : bool[] @ models/lib/nn.yaml:89:7
%9418 = cast %9416 : f32[] @ models/lib/nn.yaml:89:7
%9419 = broadcast %9418 : f32[16] @ models/lib/nn.yaml:89:7
%9420 = mul %9410, %9419 : f32[16] @ models/lib/nn.yaml:89:7
%9421 = broadcast %9417 : bool[16] @ models/lib/nn.yaml:89:7
%9422 = select %9421, %9420, %9410 : f32[16] @ models/lib/nn.yaml:89:7
%9423 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9424 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9425 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9426 = add %9425, %6597 : i64[] @ models/lib/nn.yaml:89:7
%9427 = mul %9422, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%9428 = mul %9423, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%9429 = add %9428, %9427 : f32[16] @ models/lib/nn.yaml:89:7
%9430 = mul %9422, %9422 : f32[16] @ models/lib/nn.yaml:89:7
%9431 = mul %9430, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%9432 = mul %9424, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%9433 = add %9432, %9431 : f32[16] @ models/lib/nn.yaml:89:7
%9434 = cast %9426 : f64[] @ models/lib/nn.yaml:89:7
%9435 = pow %6606, %9434 : f64[] @ models/lib/nn.yaml:89:7
%9436 = sub %6587, %9435 : f64[] @ models/lib/nn.yaml:89:7
%9437 = div %4095, %9436 : f64[] @ models/lib/nn.yaml:89:7
%9438 = pow %6614, %9434 : f64[] @ models/lib/nn.yaml:89:7
%9439 = sub %6587, %9438 : f64[] @ models/lib/nn.yaml:89:7
%9440 = sqrt %9439 : f64[] @ models/lib/nn.yaml:89:7
%9441 = div %6587, %9440 : f64[] @ models/lib/nn.yaml:89:7
%9442 = sqrt %9433 : f32[16] @ models/lib/nn.yaml:89:7
%9443 = cast %9441 : f32[] @ models/lib/nn.yaml:89:7
%9444 = broadcast %9443 : f32[16] @ models/lib/nn.yaml:89:7
%9445 = mul %9442, %9444 : f32[16] @ models/lib/nn.yaml:89:7
%9446 = add %9445, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%9447 = div %9429, %9446 : f32[16] @ models/lib/nn.yaml:89:7
%9448 = cast %9437 : f32[] @ models/lib/nn.yaml:89:7
%9449 = broadcast %9448 : f32[16] @ models/lib/nn.yaml:89:7
%9450 = mul %9447, %9449 : f32[16] @ models/lib/nn.yaml:89:7
%9451 = sub %61, %9450 : f32[16] @ models/lib/nn.yaml:89:7
%9452 = assign %61, %9451 : f32[16] @ models/lib/nn.yaml:89:7
%9453 = assign %9423, %9429 : f32[16] @ models/lib/nn.yaml:89:7
%9454 = assign %9424, %9433 : f32[16] @ models/lib/nn.yaml:89:7
%9455 = assign %9425, %9426 : i64[] @ models/lib/nn.yaml:89:7
%9456 = mul %139, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%9457 = mul %9451, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%9458 = add %9456, %9457 : f32[16] @ models/lib/nn.yaml:89:7
%9459 = assign %139, %9458 : f32[16] @ models/lib/nn.yaml:89:7
%9460 = all_reduce_sum %5611 : f32[16] @ models/lib/nn.yaml:90:7
%9461 = mul %9460, %9460 : f32[16] @ models/lib/nn.yaml:90:7
%9462 = reduce_sum %9461 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9463 = sqrt %9462 : f32[] @ models/lib/nn.yaml:90:7
%9464 = cast %9463 : f64[] @ models/lib/nn.yaml:90:7
%9465 = add %9464, %6583 : f64[] @ models/lib/nn.yaml:90:7
%9466 = div %6585, %9465 : f64[] @ models/lib/nn.yaml:90:7
%9467 = lt %9466, %6587 : bool[] @ models/lib/nn.yaml:90:7
%9468 = cast %9466 : f32[] @ models/lib/nn.yaml:90:7
%9469 = broadcast %9468 : f32[16] @ models/lib/nn.yaml:90:7
%9470 = mul %9460, %9469 : f32[16] @ models/lib/nn.yaml:90:7
%9471 = broadcast %9467 : bool[16] @ models/lib/nn.yaml:90:7
%9472 = select %9471, %9470, %9460 : f32[16] @ models/lib/nn.yaml:90:7
%9473 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9474 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9475 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9476 = add %9475, %6597 : i64[] @ models/lib/nn.yaml:90:7
%9477 = mul %9472, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%9478 = mul %9473, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%9479 = add %9478, %9477 : f32[16] @ models/lib/nn.yaml:90:7
%9480 = mul %9472, %9472 : f32[16] @ models/lib/nn.yaml:90:7
%9481 = mul %9480, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%9482 = mul %9474, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%9483 = add %9482, %9481 : f32[16] @ models/lib/nn.yaml:90:7
%9484 = cast %9476 : f64[] @ models/lib/nn.yaml:90:7
%9485 = pow %6606, %9484 : f64[] @ models/lib/nn.yaml:90:7
%9486 = sub %6587, %9485 : f64[] @ models/lib/nn.yaml:90:7
%9487 = div %4095, %9486 : f64[] @ models/lib/nn.yaml:90:7
%9488 = pow %6614, %9484 : f64[] @ models/lib/nn.yaml:90:7
%9489 = sub %6587, %9488 : f64[] @ models/lib/nn.yaml:90:7
%9490 = sqrt %9489 : f64[] @ models/lib/nn.yaml:90:7
%9491 = div %6587, %9490 : f64[] @ models/lib/nn.yaml:90:7
%9492 = sqrt %9483 : f32[16] @ models/lib/nn.yaml:90:7
%9493 = cast %9491 : f32[] @ models/lib/nn.yaml:90:7
%9494 = broadcast %9493 : f32[16] @ models/lib/nn.yaml:90:7
%9495 = mul %9492, %9494 : f32[16] @ models/lib/nn.yaml:90:7
%9496 = add %9495, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%9497 = div %9479, %9496 : f32[16] @ models/lib/nn.yaml:90:7
%9498 = cast %9487 : f32[] @ models/lib/nn.yaml:90:7
%9499 = broadcast %9498 : f32[16] @ models/lib/nn.yaml:90:7
%9500 = mul %9497, %9499 : f32[16] @ models/lib/nn.yaml:90:7
%9501 = sub %62, %9500 : f32[16] @ models/lib/nn.yaml:90:7
%9502 = assign %62, %9501 : f32[16] @ models/lib/nn.yaml:90:7
%9503 = assign %9473, %9479 : f32[16] @ models/lib/nn.yaml:90:7
%9504 = assign %9474, %9483 : f32[16] @ models/lib/nn.yaml:90:7
%9505 = assign %9475, %9476 : i64[] @ models/lib/nn.yaml:90:7
%9506 = mul %140, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%9507 = mul %9501, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%9508 = add %9506, %9507 : f32[16] @ models/lib/nn.yaml:90:7
%9509 = assign %140, %9508 : f32[16] @ models/lib/nn.yaml:90:7
%9510 = all_reduce_sum %5607 : f32[64,16] @ models/lib/nn.yaml:79:7
%9511 = reshape %9510 : f32[1024] @ models/lib/nn.yaml:79:7
%9512 = mul %9511, %9511 : f32[1024] @ models/lib/nn.yaml:79:7
%9513 = reduce_sum %9512 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9514 = sqrt %9513 : f32[] @ models/lib/nn.yaml:79:7
%9515 = cast %9514 : f64[] @ models/lib/nn.yaml:79:7
%9516 = add %9515, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9517 = div %6585, %9516 : f64[] @ models/lib/nn.yaml:79:7
%9518 = lt %9517, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9519 = cast %9517 : f32[] @ models/lib/nn.yaml:79:7
%9520 = broadcast %9519 : f32[64,16] @ models/lib/nn.yaml:79:7
%9521 = mul %9510, %9520 : f32[64,16] @ models/lib/nn.yaml:79:7
%9522 = broadcast %9518 : bool[64,16] @ models/lib/nn.yaml:79:7
%9523 = select %9522, %9521, %9510 : f32[64,16] @ models/lib/nn.yaml:79:7
%9524 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9525 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9526 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9527 = add %9526, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9528 = mul %63, %7213 : f32[64,16] @ models/lib/nn.yaml:79:7
%9529 = mul %9523, %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%9530 = mul %9524, %7217 : f32[64,16] @ models/lib/nn.yaml:79:7
%9531 = add %9530, %9529 : f32[64,16] @ models/lib/nn.yaml:79:7
%9532 = mul %9523, %9523 : f32[64,16] @ models/lib/nn.yaml:79:7
%9533 = mul %9532, %7221 : f32[64,16] @ models/lib/nn.yaml:79:7
%9534 = mul %9525, %7223 : f32[64,16] @ models/lib/nn.yaml:79:7
%9535 = add %9534, %9533 : f32[64,16] @ models/lib/nn.yaml:79:7
%9536 = cast %9527 : f64[] @ models/lib/nn.yaml:79:7
%9537 = pow %6606, %9536 : f64[] @ models/lib/nn.yaml:79:7
%9538 = sub %6587, %9537 : f64[] @ models/lib/nn.yaml:79:7
%9539 = div %4095, %9538 : f64[] @ models/lib/nn.yaml:79:7
%9540 = pow %6614, %9536 : f64[] @ models/lib/nn.yaml:79:7
%9541 = sub %6587, %9540 : f64[] @ models/lib/nn.yaml:79:7
%9542 = sqrt %9541 : f64[] @ models/lib/nn.yaml:79:7
%9543 = div %6587, %9542 : f64[] @ models/lib/nn.yaml:79:7
%9544 = sqrt %9535 : f32[64,16] @ models/lib/nn.yaml:79:7
%9545 = cast %9543 : f32[] @ models/lib/nn.yaml:79:7
%9546 = broadcast %9545 : f32[64,16] @ models/lib/nn.yaml:79:7
%9547 = mul %9544, %9546 : f32[64,16] @ models/lib/nn.yaml:79:7
%9548 = add %9547, %7238 : f32[64,16] @ models/lib/nn.yaml:79:7
%9549 = div %9531, %9548 : f32[64,16] @ models/lib/nn.yaml:79:7
%9550 = cast %9539 : f32[] @ models/lib/nn.yaml:79:7
%9551 = broadcast %9550 : f32[64,16] @ models/lib/nn.yaml:79:7
%9552 = mul %9549, %9551 : f32[64,16] @ models/lib/nn.yaml:79:7
%9553 = sub %9528, %9552 : f32[64,16] @ models/lib/nn.yaml:79:7
%9554 = assign %63, %9553 : f32[64,16] @ models/lib/nn.yaml:79:7
%9555 = assign %9524, %9531 : f32[64,16] @ models/lib/nn.yaml:79:7
%9556 = assign %9525, %9535 : f32[64,16] @ models/lib/nn.yaml:79:7
%9557 = assign %9526, %9527 : i64[] @ models/lib/nn.yaml:79:7
%9558 = mul %141, %7249 : f32[64,16] @ models/lib/nn.yaml:79:7
%9559 = mul %9553, %7251 : f32[64,16] @ models/lib/nn.yaml:79:7
%9560 = add %9558, %9559 : f32[64,16] @ models/lib/nn.yaml:79:7
%9561 = assign %141, %9560 : f32[64,16] @ models/lib/nn.yaml:79:7
%9562 = all_reduce_sum %5599 : f32[64] @ models/lib/nn.yaml:80:7
%9563 = mul %9562, %9562 : f32[64] @ models/lib/nn.yaml:80:7
%9564 = reduce_sum %9563 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9565 = sqrt %9564 : f32[] @ models/lib/nn.yaml:80:7
%9566 = cast %9565 : f64[] @ models/lib/nn.yaml:80:7
%9567 = add %9566, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9568 = div %6585, %9567 : f64[] @ models/lib/nn.yaml:80:7
%9569 = lt %9568, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9570 = cast %9568 : f32[] @ models/lib/nn.yaml:80:7
%9571 = broadcast %9570 : f32[64] @ models/lib/nn.yaml:80:7
%9572 = mul %9562, %9571 : f32[64] @ models/lib/nn.yaml:80:7
%9573 = broadcast %9569 : bool[64] @ models/lib/nn.yaml:80:7
%9574 = select %9573, %9572, %9562 : f32[64] @ models/lib/nn.yaml:80:7
%9575 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9576 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9577 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9578 = add %9577, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9579 = mul %9574, %7272 : f32[64] @ models/lib/nn.yaml:80:7
%9580 = mul %9575, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%9581 = add %9580, %9579 : f32[64] @ models/lib/nn.yaml:80:7
%9582 = mul %9574, %9574 : f32[64] @ models/lib/nn.yaml:80:7
%9583 = mul %9582, %7278 : f32[64] @ models/lib/nn.yaml:80:7
%9584 = mul %9576, %7280 : f32[64] @ models/lib/nn.yaml:80:7
%9585 = add %9584, %9583 : f32[64] @ models/lib/nn.yaml:80:7
%9586 = cast %9578 : f64[] @ models/lib/nn.yaml:80:7
%9587 = pow %6606, %9586 : f64[] @ models/lib/nn.yaml:80:7
%9588 = sub %6587, %9587 : f64[] @ models/lib/nn.yaml:80:7
%9589 = div %4095, %9588 : f64[] @ models/lib/nn.yaml:80:7
%9590 = pow %6614, %9586 : f64[] @ models/lib/nn.yaml:80:7
%9591 = sub %6587, %9590 : f64[] @ models/lib/nn.yaml:80:7
%9592 = sqrt %9591 : f64[] @ models/lib/nn.yaml:80:7
%9593 = div %6587, %9592 : f64[] @ models/lib/nn.yaml:80:7
%9594 = sqrt %9585 : f32[64] @ models/lib/nn.yaml:80:7
%9595 = cast %9593 : f32[] @ models/lib/nn.yaml:80:7
%9596 = broadcast %9595 : f32[64] @ models/lib/nn.yaml:80:7
%9597 = mul %9594, %9596 : f32[64] @ models/lib/nn.yaml:80:7
%9598 = add %9597, %7295 : f32[64] @ models/lib/nn.yaml:80:7
%9599 = div %9581, %9598 : f32[64] @ models/lib/nn.yaml:80:7
%9600 = cast %9589 : f32[] @ models/lib/nn.yaml:80:7
%9601 = broadcast %9600 : f32[64] @ models/lib/nn.yaml:80:7
%9602 = mul %9599, %9601 : f32[64] @ models/lib/nn.yaml:80:7
%9603 = sub %64, %9602 : f32[64] @ models/lib/nn.yaml:80:7
%9604 = assign %64, %9603 : f32[64] @ models/lib/nn.yaml:80:7
%9605 = assign %9575, %9581 : f32[64] @ models/lib/nn.yaml:80:7
%9606 = assign %9576, %9585 : f32[64] @ models/lib/nn.yaml:80:7
%9607 = assign %9577, %9578 : i64[] @ models/lib/nn.yaml:80:7
%9608 = mul %142, %7306 : f32[64] @ models/lib/nn.yaml:80:7
%9609 = mul %9603, %7308 : f32[64] @ models/lib/nn.yaml:80:7
%9610 = add %9608, %9609 : f32[64] @ models/lib/nn.yaml:80:7
%9611 = assign %142, %9610 : f32[64] @ models/lib/nn.yaml:80:7
%9612 = all_reduce_sum %5579 : f32[16,64] @ models/lib/nn.yaml:79:7
%9613 = reshape %9612 : f32[1024] @ models/lib/nn.yaml:79:7
%9614 = mul %9613, %9613 : f32[1024] @ models/lib/nn.yaml:79:7
%9615 = reduce_sum %9614 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9616 = sqrt %9615 : f32[] @ models/lib/nn.yaml:79:7
%9617 = cast %9616 : f64[] @ models/lib/nn.yaml:79:7
%9618 = add %9617, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9619 = div %6585, %9618 : f64[] @ models/lib/nn.yaml:79:7
%9620 = lt %9619, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9621 = cast %9619 : f32[] @ models/lib/nn.yaml:79:7
%9622 = broadcast %9621 : f32[16,64] @ models/lib/nn.yaml:79:7
%9623 = mul %9612, %9622 : f32[16,64] @ models/lib/nn.yaml:79:7
%9624 = broadcast %9620 : bool[16,64] @ models/lib/nn.yaml:79:7
%9625 = select %9624, %9623, %9612 : f32[16,64] @ models/lib/nn.yaml:79:7
%9626 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9627 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9628 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9629 = add %9628, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9630 = mul %65, %7330 : f32[16,64] @ models/lib/nn.yaml:79:7
%9631 = mul %9625, %7332 : f32[16,64] @ models/lib/nn.yaml:79:7
%9632 = mul %9626, %7334 : f32[16,64] @ models/lib/nn.yaml:79:7
%9633 = add %9632, %9631 : f32[16,64] @ models/lib/nn.yaml:79:7
%9634 = mul %9625, %9625 : f32[16,64] @ models/lib/nn.yaml:79:7
%9635 = mul %9634, %7338 : f32[16,64] @ models/lib/nn.yaml:79:7
%9636 = mul %9627, %7340 : f32[16,64] @ models/lib/nn.yaml:79:7
%9637 = add %9636, %9635 : f32[16,64] @ models/lib/nn.yaml:79:7
%9638 = cast %9629 : f64[] @ models/lib/nn.yaml:79:7
%9639 = pow %6606, %9638 : f64[] @ models/lib/nn.yaml:79:7
%9640 = sub %6587, %9639 : f64[] @ models/lib/nn.yaml:79:7
%9641 = div %4095, %9640 : f64[] @ models/lib/nn.yaml:79:7
%9642 = pow %6614, %9638 : f64[] @ models/lib/nn.yaml:79:7
%9643 = sub %6587, %9642 : f64[] @ models/lib/nn.yaml:79:7
%9644 = sqrt %9643 : f64[] @ models/lib/nn.yaml:79:7
%9645 = div %6587, %9644 : f64[] @ models/lib/nn.yaml:79:7
%9646 = sqrt %9637 : f32[16,64] @ models/lib/nn.yaml:79:7
%9647 = cast %9645 : f32[] @ models/lib/nn.yaml:79:7
%9648 = broadcast %9647 : f32[16,64] @ models/lib/nn.yaml:79:7
%9649 = mul %9646, %9648 : f32[16,64] @ models/lib/nn.yaml:79:7
%9650 = add %9649, %7355 : f32[16,64] @ models/lib/nn.yaml:79:7
%9651 = div %9633, %9650 : f32[16,64] @ models/lib/nn.yaml:79:7
%9652 = cast %9641 : f32[] @ models/lib/nn.yaml:79:7
%9653 = broadcast %9652 : f32[16,64] @ models/lib/nn.yaml:79:7
%9654 = mul %9651, %9653 : f32[16,64] @ models/lib/nn.yaml:79:7
%9655 = sub %9630, %9654 : f32[16,64] @ models/lib/nn.yaml:79:7
%9656 = assign %65, %9655 : f32[16,64] @ models/lib/nn.yaml:79:7
%9657 = assign %9626, %9633 : f32[16,64] @ models/lib/nn.yaml:79:7
%9658 = assign %9627, %9637 : f32[16,64] @ models/lib/nn.yaml:79:7
%9659 = assign %9628, %9629 : i64[] @ models/lib/nn.yaml:79:7
%9660 = mul %143, %7366 : f32[16,64] @ models/lib/nn.yaml:79:7
%9661 = mul %9655, %7368 : f32[16,64] @ models/lib/nn.yaml:79:7
%9662 = add %9660, %9661 : f32[16,64] @ models/lib/nn.yaml:79:7
%9663 = assign %143, %9662 : f32[16,64] @ models/lib/nn.yaml:79:7
%9664 = all_reduce_sum %5571 : f32[16] @ models/lib/nn.yaml:80:7
%9665 = mul %9664, %9664 : f32[16] @ models/lib/nn.yaml:80:7
%9666 = reduce_sum %9665 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9667 = sqrt %9666 : f32[] @ models/lib/nn.yaml:80:7
%9668 = cast %9667 : f64[] @ models/lib/nn.yaml:80:7
%9669 = add %9668, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9670 = div %6585, %9669 : f64[] @ models/lib/nn.yaml:80:7
%9671 = lt %9670, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9672 = cast %9670 : f32[] @ models/lib/nn.yaml:80:7
%9673 = broadcast %9672 : f32[16] @ models/lib/nn.yaml:80:7
%9674 = mul %9664, %9673 : f32[16] @ models/lib/nn.yaml:80:7
%9675 = broadcast %9671 : bool[16] @ models/lib/nn.yaml:80:7
%9676 = select %9675, %9674, %9664 : f32[16] @ models/lib/nn.yaml:80:7
%9677 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9678 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9679 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9680 = add %9679, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9681 = mul %9676, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%9682 = mul %9677, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%9683 = add %9682, %9681 : f32[16] @ models/lib/nn.yaml:80:7
%9684 = mul %9676, %9676 : f32[16] @ models/lib/nn.yaml:80:7
%9685 = mul %9684, %6734 : f32[16] @ models/lib/nn.yaml:80:7
%9686 = mul %9678, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%9687 = add %9686, %9685 : f32[16] @ models/lib/nn.yaml:80:7
%9688 = cast %9680 : f64[] @ models/lib/nn.yaml:80:7
%9689 = pow %6606, %9688 : f64[] @ models/lib/nn.yaml:80:7
%9690 = sub %6587, %9689 : f64[] @ models/lib/nn.yaml:80:7
%9691 = div %4095, %9690 : f64[] @ models/lib/nn.yaml:80:7
%9692 = pow %6614, %9688 : f64[] @ models/lib/nn.yaml:80:7
%9693 = sub %6587, %9692 : f64[] @ models/lib/nn.yaml:80:7
%9694 = sqrt %9693 : f64[] @ models/lib/nn.yaml:80:7
%9695 = div %6587, %9694 : f64[] @ models/lib/nn.yaml:80:7
%9696 = sqrt %9687 : f32[16] @ models/lib/nn.yaml:80:7
%9697 = cast %9695 : f32[] @ models/lib/nn.yaml:80:7
%9698 = broadcast %9697 : f32[16] @ models/lib/nn.yaml:80:7
%9699 = mul %9696, %9698 : f32[16] @ models/lib/nn.yaml:80:7
%9700 = add %9699, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%9701 = div %9683, %9700 : f32[16] @ models/lib/nn.yaml:80:7
%9702 = cast %9691 : f32[] @ models/lib/nn.yaml:80:7
%9703 = broadcast %9702 : f32[16] @ models/lib/nn.yaml:80:7
%9704 = mul %9701, %9703 : f32[16] @ models/lib/nn.yaml:80:7
%9705 = sub %66, %9704 : f32[16] @ models/lib/nn.yaml:80:7
%9706 = assign %66, %9705 : f32[16] @ models/lib/nn.yaml:80:7
%9707 = assign %9677, %9683 : f32[16] @ models/lib/nn.yaml:80:7
%9708 = assign %9678, %9687 : f32[16] @ models/lib/nn.yaml:80:7
%9709 = assign %9679, %9680 : i64[] @ models/lib/nn.yaml:80:7
%9710 = mul %144, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%9711 = mul %9705, %6764 : f32[16] @ models/lib/nn.yaml:80:7
%9712 = add %9710, %9711 : f32[16] @ models/lib/nn.yaml:80:7
%9713 = assign %144, %9712 : f32[16] @ models/lib/nn.yaml:80:7
%9714 = all_reduce_sum %5548 : f32[16] @ models/lib/nn.yaml:89:7
%9715 = mul %9714, %9714 : f32[16] @ models/lib/nn.yaml:89:7
%9716 = reduce_sum %9715 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9717 = sqrt %9716 : f32[] @ models/lib/nn.yaml:89:7
%9718 = cast %9717 : f64[] @ models/lib/nn.yaml:89:7
%9719 = add %9718, %6583 : f64[] @ models/lib/nn.yaml:89:7
%9720 = div %6585, %9719 : f64[] @ models/lib/nn.yaml:89:7
%9721 = lt %9720, %6587 : bool[] @ models/lib/nn.yaml:89:7
%9722 = cast %9720 : f32[] @ models/lib/nn.yaml:89:7
%9723 = broadcast %9722 : f32[16] @ models/lib/nn.yaml:89:7
%9724 = mul %9714, %9723 : f32[16] @ models/lib/nn.yaml:89:7
%9725 = broadcast %9721 : bool[16] @ models/lib/nn.yaml:89:7
%9726 = select %9725, %9724, %9714 : f32[16] @ models/lib/nn.yaml:89:7
%9727 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9728 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9729 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9730 = add %9729, %6597 : i64[] @ models/lib/nn.yaml:89:7
%9731 = mul %9726, %6728 : f32[16] @ models/lib/nn.yaml:89:7
%9732 = mul %9727, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%9733 = add %9732, %9731 : f32[16] @ models/lib/nn.yaml:89:7
%9734 = mul %9726, %9726 : f32[16] @ models/lib/nn.yaml:89:7
%9735 = mul %9734, %6734 : f32[16] @ models/lib/nn.yaml:89:7
%9736 = mul %9728, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%9737 = add %9736, %9735 : f32[16] @ models/lib/nn.yaml:89:7
%9738 = cast %9730 : f64[] @ models/lib/nn.yaml:89:7
%9739 = pow %6606, %9738 : f64[] @ models/lib/nn.yaml:89:7
%9740 = sub %6587, %9739 : f64[] @ models/lib/nn.yaml:89:7
%9741 = div %4095, %9740 : f64[] @ models/lib/nn.yaml:89:7
%9742 = pow %6614, %9738 : f64[] @ models/lib/nn.yaml:89:7
%9743 = sub %6587, %9742 : f64[] @ models/lib/nn.yaml:89:7
%9744 = sqrt %9743 : f64[] @ models/lib/nn.yaml:89:7
%9745 = div %6587, %9744 : f64[] @ models/lib/nn.yaml:89:7
%9746 = sqrt %9737 : f32[16] @ models/lib/nn.yaml:89:7
%9747 = cast %9745 : f32[] @ models/lib/nn.yaml:89:7
%9748 = broadcast %9747 : f32[16] @ models/lib/nn.yaml:89:7
%9749 = mul %9746, %9748 : f32[16] @ models/lib/nn.yaml:89:7
%9750 = add %9749, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%9751 = div %9733, %9750 : f32[16] @ models/lib/nn.yaml:89:7
%9752 = cast %9741 : f32[] @ models/lib/nn.yaml:89:7
%9753 = broadcast %9752 : f32[16] @ models/lib/nn.yaml:89:7
%9754 = mul %9751, %9753 : f32[16] @ models/lib/nn.yaml:89:7
%9755 = sub %67, %9754 : f32[16] @ models/lib/nn.yaml:89:7
%9756 = assign %67, %9755 : f32[16] @ models/lib/nn.yaml:89:7
%9757 = assign %9727, %9733 : f32[16] @ models/lib/nn.yaml:89:7
%9758 = assign %9728, %9737 : f32[16] @ models/lib/nn.yaml:89:7
%9759 = assign %9729, %9730 : i64[] @ models/lib/nn.yaml:89:7
%9760 = mul %145, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%9761 = mul %9755, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%9762 = add %9760, %9761 : f32[16] @ models/lib/nn.yaml:89:7
%9763 = assign %145, %9762 : f32[16] @ models/lib/nn.yaml:89:7
%9764 = all_reduce_sum %5541 : f32[16] @ models/lib/nn.yaml:90:7
%9765 = mul %9764, %9764 : f32[16] @ models/lib/nn.yaml:90:7
%9766 = reduce_sum %9765 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9767 = sqrt %9766 : f32[] @ models/lib/nn.yaml:90:7
%9768 = cast %9767 : f64[] @ models/lib/nn.yaml:90:7
%9769 = add %9768, %6583 : f64[] @ models/lib/nn.yaml:90:7
%9770 = div %6585, %9769 : f64[] @ models/lib/nn.yaml:90:7
%9771 = lt %9770, %6587 : bool[] @ models/lib/nn.yaml:90:7
%9772 = cast %9770 : f32[] @ models/lib/nn.yaml:90:7
%9773 = broadcast %9772 : f32[16] @ models/lib/nn.yaml:90:7
%9774 = mul %9764, %9773 : f32[16] @ models/lib/nn.yaml:90:7
%9775 = broadcast %9771 : bool[16] @ models/lib/nn.yaml:90:7
%9776 = select %9775, %9774, %9764 : f32[16] @ models/lib/nn.yaml:90:7
%9777 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9778 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9779 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9780 = add %9779, %6597 : i64[] @ models/lib/nn.yaml:90:7
%9781 = mul %9776, %6728 : f32[16] @ models/lib/nn.yaml:90:7
%9782 = mul %9777, %6730 : f32[16] @ models/lib/nn.yaml:90:7
%9783 = add %9782, %9781 : f32[16] @ models/lib/nn.yaml:90:7
%9784 = mul %9776, %9776 : f32[16] @ models/lib/nn.yaml:90:7
%9785 = mul %9784, %6734 : f32[16] @ models/lib/nn.yaml:90:7
%9786 = mul %9778, %6736 : f32[16] @ models/lib/nn.yaml:90:7
%9787 = add %9786, %9785 : f32[16] @ models/lib/nn.yaml:90:7
%9788 = cast %9780 : f64[] @ models/lib/nn.yaml:90:7
%9789 = pow %6606, %9788 : f64[] @ models/lib/nn.yaml:90:7
%9790 = sub %6587, %9789 : f64[] @ models/lib/nn.yaml:90:7
%9791 = div %4095, %9790 : f64[] @ models/lib/nn.yaml:90:7
%9792 = pow %6614, %9788 : f64[] @ models/lib/nn.yaml:90:7
%9793 = sub %6587, %9792 : f64[] @ models/lib/nn.yaml:90:7
%9794 = sqrt %9793 : f64[] @ models/lib/nn.yaml:90:7
%9795 = div %6587, %9794 : f64[] @ models/lib/nn.yaml:90:7
%9796 = sqrt %9787 : f32[16] @ models/lib/nn.yaml:90:7
%9797 = cast %9795 : f32[] @ models/lib/nn.yaml:90:7
%9798 = broadcast %9797 : f32[16] @ models/lib/nn.yaml:90:7
%9799 = mul %9796, %9798 : f32[16] @ models/lib/nn.yaml:90:7
%9800 = add %9799, %6751 : f32[16] @ models/lib/nn.yaml:90:7
%9801 = div %9783, %9800 : f32[16] @ models/lib/nn.yaml:90:7
%9802 = cast %9791 : f32[] @ models/lib/nn.yaml:90:7
%9803 = broadcast %9802 : f32[16] @ models/lib/nn.yaml:90:7
%9804 = mul %9801, %9803 : f32[16] @ models/lib/nn.yaml:90:7
%9805 = sub %68, %9804 : f32[16] @ models/lib/nn.yaml:90:7
%9806 = assign %68, %9805 : f32[16] @ models/lib/nn.yaml:90:7
%9807 = assign %9777, %9783 : f32[16] @ models/lib/nn.yaml:90:7
%9808 = assign %9778, %9787 : f32[16] @ models/lib/nn.yaml:90:7
%9809 = assign %9779, %9780 : i64[] @ models/lib/nn.yaml:90:7
%9810 = mul %146, %6762 : f32[16] @ models/lib/nn.yaml:90:7
%9811 = mul %9805, %6764 : f32[16] @ models/lib/nn.yaml:90:7
%9812 = add %9810, %9811 : f32[16] @ models/lib/nn.yaml:90:7
%9813 = assign %146, %9812 : f32[16] @ models/lib/nn.yaml:90:7
%9814 = all_reduce_sum %5533 : f32[24,16] @ models/lib/nn.yaml:79:7
%9815 = reshape %9814 : f32[384] @ models/lib/nn.yaml:79:7
%9816 = mul %9815, %9815 : f32[384] @ models/lib/nn.yaml:79:7
%9817 = reduce_sum %9816 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9818 = sqrt %9817 : f32[] @ models/lib/nn.yaml:79:7
%9819 = cast %9818 : f64[] @ models/lib/nn.yaml:79:7
%9820 = add %9819, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9821 = div %6585, %9820 : f64[] @ models/lib/nn.yaml:79:7
%9822 = lt %9821, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9823 = cast %9821 : f32[] @ models/lib/nn.yaml:79:7
%9824 = broadcast %9823 : f32[24,16] @ models/lib/nn.yaml:79:7
%9825 = mul %9814, %9824 : f32[24,16] @ models/lib/nn.yaml:79:7
%9826 = broadcast %9822 : bool[24,16] @ models/lib/nn.yaml:79:7
%9827 = select %9826, %9825, %9814 : f32[24,16] @ models/lib/nn.yaml:79:7
%9828 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9829 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9830 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9831 = add %9830, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9832 = broadcast %6601 : f32[24,16] @ models/lib/nn.yaml:79:7
%9833 = mul %69, %9832 : f32[24,16] @ models/lib/nn.yaml:79:7
%9834 = broadcast %3792 : f32[24,16] @ models/lib/nn.yaml:79:7
%9835 = mul %9827, %9834 : f32[24,16] @ models/lib/nn.yaml:79:7
%9836 = broadcast %2598 : f32[24,16] @ models/lib/nn.yaml:79:7
%9837 = mul %9828, %9836 : f32[24,16] @ models/lib/nn.yaml:79:7
%9838 = add %9837, %9835 : f32[24,16] @ models/lib/nn.yaml:79:7
%9839 = mul %9827, %9827 : f32[24,16] @ models/lib/nn.yaml:79:7
%9840 = broadcast %6611 : f32[24,16] @ models/lib/nn.yaml:79:7
%9841 = mul %9839, %9840 : f32[24,16] @ models/lib/nn.yaml:79:7
%9842 = broadcast %6615 : f32[24,16] @ models/lib/nn.yaml:79:7
%9843 = mul %9829, %9842 : f32[24,16] @ models/lib/nn.yaml:79:7
%9844 = add %9843, %9841 : f32[24,16] @ models/lib/nn.yaml:79:7
%9845 = cast %9831 : f64[] @ models/lib/nn.yaml:79:7
%9846 = pow %6606, %9845 : f64[] @ models/lib/nn.yaml:79:7
%9847 = sub %6587, %9846 : f64[] @ models/lib/nn.yaml:79:7
%9848 = div %4095, %9847 : f64[] @ models/lib/nn.yaml:79:7
%9849 = pow %6614, %9845 : f64[] @ models/lib/nn.yaml:79:7
%9850 = sub %6587, %9849 : f64[] @ models/lib/nn.yaml:79:7
%9851 = sqrt %9850 : f64[] @ models/lib/nn.yaml:79:7
%9852 = div %6587, %9851 : f64[] @ models/lib/nn.yaml:79:7
%9853 = sqrt %9844 : f32[24,16] @ models/lib/nn.yaml:79:7
%9854 = cast %9852 : f32[] @ models/lib/nn.yaml:79:7
%9855 = broadcast %9854 : f32[24,16] @ models/lib/nn.yaml:79:7
%9856 = mul %9853, %9855 : f32[24,16] @ models/lib/nn.yaml:79:7
%9857 = broadcast %6631 : f32[24,16] @ models/lib/nn.yaml:79:7
%9858 = add %9856, %9857 : f32[24,16] @ models/lib/nn.yaml:79:7
%9859 = div %9838, %9858 : f32[24,16] @ models/lib/nn.yaml:79:7
%9860 = cast %9848 : f32[] @ models/lib/nn.yaml:79:7
%9861 = broadcast %9860 : f32[24,16] @ models/lib/nn.yaml:79:7
%9862 = mul %9859, %9861 : f32[24,16] @ models/lib/nn.yaml:79:7
%9863 = sub %9833, %9862 : f32[24,16] @ models/lib/nn.yaml:79:7
%9864 = assign %69, %9863 : f32[24,16] @ models/lib/nn.yaml:79:7
%9865 = assign %9828, %9838 : f32[24,16] @ models/lib/nn.yaml:79:7
%9866 = assign %9829, %9844 : f32[24,16] @ models/lib/nn.yaml:79:7
%9867 = assign %9830, %9831 : i64[] @ models/lib/nn.yaml:79:7
%9868 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%9869 = mul %147, %9868 : f32[24,16] @ models/lib/nn.yaml:79:7
%9870 = broadcast %6646 : f32[24,16] @ models/lib/nn.yaml:79:7
%9871 = mul %9863, %9870 : f32[24,16] @ models/lib/nn.yaml:79:7
%9872 = add %9869, %9871 : f32[24,16] @ models/lib/nn.yaml:79:7
%9873 = assign %147, %9872 : f32[24,16] @ models/lib/nn.yaml:79:7
%9874 = all_reduce_sum %5525 : f32[24] @ models/lib/nn.yaml:80:7
%9875 = mul %9874, %9874 : f32[24] @ models/lib/nn.yaml:80:7
%9876 = reduce_sum %9875 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9877 = sqrt %9876 : f32[] @ models/lib/nn.yaml:80:7
%9878 = cast %9877 : f64[] @ models/lib/nn.yaml:80:7
%9879 = add %9878, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9880 = div %6585, %9879 : f64[] @ models/lib/nn.yaml:80:7
%9881 = lt %9880, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9882 = cast %9880 : f32[] @ models/lib/nn.yaml:80:7
%9883 = broadcast %9882 : f32[24] @ models/lib/nn.yaml:80:7
%9884 = mul %9874, %9883 : f32[24] @ models/lib/nn.yaml:80:7
%9885 = broadcast %9881 : bool[24] @ models/lib/nn.yaml:80:7
%9886 = select %9885, %9884, %9874 : f32[24] @ models/lib/nn.yaml:80:7
%9887 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9888 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9889 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9890 = add %9889, %6597 : i64[] @ models/lib/nn.yaml:80:7
%9891 = broadcast %3792 : f32[24] @ models/lib/nn.yaml:80:7
%9892 = mul %9886, %9891 : f32[24] @ models/lib/nn.yaml:80:7
%9893 = broadcast %2598 : f32[24] @ models/lib/nn.yaml:80:7
%9894 = mul %9887, %9893 : f32[24] @ models/lib/nn.yaml:80:7
%9895 = add %9894, %9892 : f32[24] @ models/lib/nn.yaml:80:7
%9896 = mul %9886, %9886 : f32[24] @ models/lib/nn.yaml:80:7
%9897 = broadcast %6611 : f32[24] @ models/lib/nn.yaml:80:7
%9898 = mul %9896, %9897 : f32[24] @ models/lib/nn.yaml:80:7
%9899 = broadcast %6615 : f32[24] @ models/lib/nn.yaml:80:7
%9900 = mul %9888, %9899 : f32[24] @ models/lib/nn.yaml:80:7
%9901 = add %9900, %9898 : f32[24] @ models/lib/nn.yaml:80:7
%9902 = cast %9890 : f64[] @ models/lib/nn.yaml:80:7
%9903 = pow %6606, %9902 : f64[] @ models/lib/nn.yaml:80:7
%9904 = sub %6587, %9903 : f64[] @ models/lib/nn.yaml:80:7
%9905 = div %4095, %9904 : f64[] @ models/lib/nn.yaml:80:7
%9906 = pow %6614, %9902 : f64[] @ models/lib/nn.yaml:80:7
%9907 = sub %6587, %9906 : f64[] @ models/lib/nn.yaml:80:7
%9908 = sqrt %9907 : f64[] @ models/lib/nn.yaml:80:7
%9909 = div %6587, %9908 : f64[] @ models/lib/nn.yaml:80:7
%9910 = sqrt %9901 : f32[24] @ models/lib/nn.yaml:80:7
%9911 = cast %9909 : f32[] @ models/lib/nn.yaml:80:7
%9912 = broadcast %9911 : f32[24] @ models/lib/nn.yaml:80:7
%9913 = mul %9910, %9912 : f32[24] @ models/lib/nn.yaml:80:7
%9914 = broadcast %6631 : f32[24] @ models/lib/nn.yaml:80:7
%9915 = add %9913, %9914 : f32[24] @ models/lib/nn.yaml:80:7
%9916 = div %9895, %9915 : f32[24] @ models/lib/nn.yaml:80:7
%9917 = cast %9905 : f32[] @ models/lib/nn.yaml:80:7
%9918 = broadcast %9917 : f32[24] @ models/lib/nn.yaml:80:7
%9919 = mul %9916, %9918 : f32[24] @ models/lib/nn.yaml:80:7
%9920 = sub %70, %9919 : f32[24] @ models/lib/nn.yaml:80:7
%9921 = assign %70, %9920 : f32[24] @ models/lib/nn.yaml:80:7
%9922 = assign %9887, %9895 : f32[24] @ models/lib/nn.yaml:80:7
%9923 = assign %9888, %9901 : f32[24] @ models/lib/nn.yaml:80:7
%9924 = assign %9889, %9890 : i64[] @ models/lib/nn.yaml:80:7
%9925 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%9926 = mul %148, %9925 : f32[24] @ models/lib/nn.yaml:80:7
%9927 = broadcast %6646 : f32[24] @ models/lib/nn.yaml:80:7
%9928 = mul %9920, %9927 : f32[24] @ models/lib/nn.yaml:80:7
%9929 = add %9926, %9928 : f32[24] @ models/lib/nn.yaml:80:7
%9930 = assign %148, %9929 : f32[24] @ models/lib/nn.yaml:80:7
%9931 = all_reduce_sum %5505 : f32[24,24] @ models/lib/nn.yaml:79:7
%9932 = reshape %9931 : f32[576] @ models/lib/nn.yaml:79:7
%9933 = mul %9932, %9932 : f32[576] @ models/lib/nn.yaml:79:7
%9934 = reduce_sum %9933 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9935 = sqrt %9934 : f32[] @ models/lib/nn.yaml:79:7
%9936 = cast %9935 : f64[] @ models/lib/nn.yaml:79:7
%9937 = add %9936, %6583 : f64[] @ models/lib/nn.yaml:79:7
%9938 = div %6585, %9937 : f64[] @ models/lib/nn.yaml:79:7
%9939 = lt %9938, %6587 : bool[] @ models/lib/nn.yaml:79:7
%9940 = cast %9938 : f32[] @ models/lib/nn.yaml:79:7
%9941 = broadcast %9940 : f32[24,24] @ models/lib/nn.yaml:79:7
%9942 = mul %9931, %9941 : f32[24,24] @ models/lib/nn.yaml:79:7
%9943 = broadcast %9939 : bool[24,24] @ models/lib/nn.yaml:79:7
%9944 = select %9943, %9942, %9931 : f32[24,24] @ models/lib/nn.yaml:79:7
%9945 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9946 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9947 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9948 = add %9947, %6597 : i64[] @ models/lib/nn.yaml:79:7
%9949 = broadcast %6601 : f32[24,24] @ models/lib/nn.yaml:79:7
%9950 = mul %71, %9949 : f32[24,24] @ models/lib/nn.yaml:79:7
%9951 = broadcast %3792 : f32[24,24] @ models/lib/nn.yaml:79:7
%9952 = mul %9944, %9951 : f32[24,24] @ models/lib/nn.yaml:79:7
%9953 = broadcast %2598 : f32[24,24] @ models/lib/nn.yaml:79:7
%9954 = mul %9945, %9953 : f32[24,24] @ models/lib/nn.yaml:79:7
%9955 = add %9954, %9952 : f32[24,24] @ models/lib/nn.yaml:79:7
%9956 = mul %9944, %9944 : f32[24,24] @ models/lib/nn.yaml:79:7
%9957 = broadcast %6611 : f32[24,24] @ models/lib/nn.yaml:79:7
%9958 = mul %9956, %9957 : f32[24,24] @ models/lib/nn.yaml:79:7
%9959 = broadcast %6615 : f32[24,24] @ models/lib/nn.yaml:79:7
%9960 = mul %9946, %9959 : f32[24,24] @ models/lib/nn.yaml:79:7
%9961 = add %9960, %9958 : f32[24,24] @ models/lib/nn.yaml:79:7
%9962 = cast %9948 : f64[] @ models/lib/nn.yaml:79:7
%9963 = pow %6606, %9962 : f64[] @ models/lib/nn.yaml:79:7
%9964 = sub %6587, %9963 : f64[] @ models/lib/nn.yaml:79:7
%9965 = div %4095, %9964 : f64[] @ models/lib/nn.yaml:79:7
%9966 = pow %6614, %9962 : f64[] @ models/lib/nn.yaml:79:7
%9967 = sub %6587, %9966 : f64[] @ models/lib/nn.yaml:79:7
%9968 = sqrt %9967 : f64[] @ models/lib/nn.yaml:79:7
%9969 = div %6587, %9968 : f64[] @ models/lib/nn.yaml:79:7
%9970 = sqrt %9961 : f32[24,24] @ models/lib/nn.yaml:79:7
%9971 = cast %9969 : f32[] @ models/lib/nn.yaml:79:7
%9972 = broadcast %9971 : f32[24,24] @ models/lib/nn.yaml:79:7
%9973 = mul %9970, %9972 : f32[24,24] @ models/lib/nn.yaml:79:7
%9974 = broadcast %6631 : f32[24,24] @ models/lib/nn.yaml:79:7
%9975 = add %9973, %9974 : f32[24,24] @ models/lib/nn.yaml:79:7
%9976 = div %9955, %9975 : f32[24,24] @ models/lib/nn.yaml:79:7
%9977 = cast %9965 : f32[] @ models/lib/nn.yaml:79:7
%9978 = broadcast %9977 : f32[24,24] @ models/lib/nn.yaml:79:7
%9979 = mul %9976, %9978 : f32[24,24] @ models/lib/nn.yaml:79:7
%9980 = sub %9950, %9979 : f32[24,24] @ models/lib/nn.yaml:79:7
%9981 = assign %71, %9980 : f32[24,24] @ models/lib/nn.yaml:79:7
%9982 = assign %9945, %9955 : f32[24,24] @ models/lib/nn.yaml:79:7
%9983 = assign %9946, %9961 : f32[24,24] @ models/lib/nn.yaml:79:7
%9984 = assign %9947, %9948 : i64[] @ models/lib/nn.yaml:79:7
%9985 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%9986 = mul %149, %9985 : f32[24,24] @ models/lib/nn.yaml:79:7
%9987 = broadcast %6646 : f32[24,24] @ models/lib/nn.yaml:79:7
%9988 = mul %9980, %9987 : f32[24,24] @ models/lib/nn.yaml:79:7
%9989 = add %9986, %9988 : f32[24,24] @ models/lib/nn.yaml:79:7
%9990 = assign %149, %9989 : f32[24,24] @ models/lib/nn.yaml:79:7
%9991 = all_reduce_sum %5497 : f32[24] @ models/lib/nn.yaml:80:7
%9992 = mul %9991, %9991 : f32[24] @ models/lib/nn.yaml:80:7
%9993 = reduce_sum %9992 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9994 = sqrt %9993 : f32[] @ models/lib/nn.yaml:80:7
%9995 = cast %9994 : f64[] @ models/lib/nn.yaml:80:7
%9996 = add %9995, %6583 : f64[] @ models/lib/nn.yaml:80:7
%9997 = div %6585, %9996 : f64[] @ models/lib/nn.yaml:80:7
%9998 = lt %9997, %6587 : bool[] @ models/lib/nn.yaml:80:7
%9999 = cast %9997 : f32[] @ models/lib/nn.yaml:80:7
%10000 = broadcast %9999 : f32[24] @ models/lib/nn.yaml:80:7
%10001 = mul %9991, %10000 : f32[24] @ models/lib/nn.yaml:80:7
%10002 = broadcast %9998 : bool[24] @ models/lib/nn.yaml:80:7
%10003 = select %10002, %10001, %9991 : f32[24] @ models/lib/nn.yaml:80:7
%10004 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10005 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10006 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10007 = add %10006, %6597 : i64[] @ models/lib/nn.yaml:80:7
%10008 = mul %10003, %9891 : f32[24] @ models/lib/nn.yaml:80:7
%10009 = mul %10004, %9893 : f32[24] @ models/lib/nn.yaml:80:7
%10010 = add %10009, %10008 : f32[24] @ models/lib/nn.yaml:80:7
%10011 = mul %10003, %10003 : f32[24] @ models/lib/nn.yaml:80:7
%10012 = mul %10011, %9897 : f32[24] @ models/lib/nn.yaml:80:7
%10013 = mul %10005, %9899 : f32[24] @ models/lib/nn.yaml:80:7
%10014 = add %10013, %10012 : f32[24] @ models/lib/nn.yaml:80:7
%10015 = cast %10007 : f64[] @ models/lib/nn.yaml:80:7
%10016 = pow %6606, %10015 : f64[] @ models/lib/nn.yaml:80:7
%10017 = sub %6587, %10016 : f64[] @ models/lib/nn.yaml:80:7
%10018 = div %4095, %10017 : f64[] @ models/lib/nn.yaml:80:7
%10019 = pow %6614, %10015 : f64[] @ models/lib/nn.yaml:80:7
%10020 = sub %6587, %10019 : f64[] @ models/lib/nn.yaml:80:7
%10021 = sqrt %10020 : f64[] @ models/lib/nn.yaml:80:7
%10022 = div %6587, %10021 : f64[] @ models/lib/nn.yaml:80:7
%10023 = sqrt %10014 : f32[24] @ models/lib/nn.yaml:80:7
%10024 = cast %10022 : f32[] @ models/lib/nn.yaml:80:7
%10025 = broadcast %10024 : f32[24] @ models/lib/nn.yaml:80:7
%10026 = mul %10023, %10025 : f32[24] @ models/lib/nn.yaml:80:7
%10027 = add %10026, %9914 : f32[24] @ models/lib/nn.yaml:80:7
%10028 = div %10010, %10027 : f32[24] @ models/lib/nn.yaml:80:7
%10029 = cast %10018 : f32[] @ models/lib/nn.yaml:80:7
%10030 = broadcast %10029 : f32[24] @ models/lib/nn.yaml:80:7
%10031 = mul %10028, %10030 : f32[24] @ models/lib/nn.yaml:80:7
%10032 = sub %72, %10031 : f32[24] @ models/lib/nn.yaml:80:7
%10033 = assign %72, %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10034 = assign %10004, %10010 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = assign %10005, %10014 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = assign %10006, %10007 : i64[] @ models/lib/nn.yaml:80:7
%10037 = mul %150, %9925 : f32[24] @ models/lib/nn.yaml:80:7
%10038 = mul %10032, %9927 : f32[24] @ models/lib/nn.yaml:80:7
%10039 = add %10037, %10038 : f32[24] @ models/lib/nn.yaml:80:7
%10040 = assign %150, %10039 : f32[24] @ models/lib/nn.yaml:80:7
%10041 = all_reduce_sum %5477 : f32[8,24] @ models/lib/nn.yaml:79:7
%10042 = reshape %10041 : f32[192] @ models/lib/nn.yaml:79:7
%10043 = mul %10042, %10042 : f32[192] @ models/lib/nn.yaml:79:7
%10044 = reduce_sum %10043 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10045 = sqrt %10044 : f32[] @ models/lib/nn.yaml:79:7
%10046 = cast %10045 : f64[] @ models/lib/nn.yaml:79:7
%10047 = add %10046, %6583 : f64[] @ models/lib/nn.yaml:79:7
%10048 = div %6585, %10047 : f64[] @ models/lib/nn.yaml:79:7
%10049 = lt %10048, %6587 : bool[] @ models/lib/nn.yaml:79:7
%10050 = cast %10048 : f32[] @ models/lib/nn.yaml:79:7
%10051 = broadcast %10050 : f32[8,24] @ models/lib/nn.yaml:79:7
%10052 = mul %10041, %10051 : f32[8,24] @ models/lib/nn.yaml:79:7
%10053 = broadcast %10049 : bool[8,24] @ models/lib/nn.yaml:79:7
%10054 = select %10053, %10052, %10041 : f32[8,24] @ models/lib/nn.yaml:79:7
%10055 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10056 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10057 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10058 = add %10057, %6597 : i64[] @ models/lib/nn.yaml:79:7
%10059 = broadcast %6601 : f32[8,24] @ models/lib/nn.yaml:79:7
%10060 = mul %73, %10059 : f32[8,24] @ models/lib/nn.yaml:79:7
%10061 = broadcast %3792 : f32[8,24] @ models/lib/nn.yaml:79:7
%10062 = mul %10054, %10061 : f32[8,24] @ models/lib/nn.yaml:79:7
%10063 = broadcast %2598 : f32[8,24] @ models/lib/nn.yaml:79:7
%10064 = mul %10055, %10063 : f32[8,24] @ models/lib/nn.yaml:79:7
%10065 = add %10064, %10062 : f32[8,24] @ models/lib/nn.yaml:79:7
%10066 = mul %10054, %10054 : f32[8,24] @ models/lib/nn.yaml:79:7
%10067 = broadcast %6611 : f32[8,24] @ models/lib/nn.yaml:79:7
%10068 = mul %10066, %10067 : f32[8,24] @ models/lib/nn.yaml:79:7
%10069 = broadcast %6615 : f32[8,24] @ models/lib/nn.yaml:79:7
%10070 = mul %10056, %10069 : f32[8,24] @ models/lib/nn.yaml:79:7
%10071 = add %10070, %10068 : f32[8,24] @ models/lib/nn.yaml:79:7
%10072 = cast %10058 : f64[] @ models/lib/nn.yaml:79:7
%10073 = pow %6606, %10072 : f64[] @ models/lib/nn.yaml:79:7
%10074 = sub %6587, %10073 : f64[] @ models/lib/nn.yaml:79:7
%10075 = div %4095, %10074 : f64[] @ models/lib/nn.yaml:79:7
%10076 = pow %6614, %10072 : f64[] @ models/lib/nn.yaml:79:7
%10077 = sub %6587, %10076 : f64[] @ models/lib/nn.yaml:79:7
%10078 = sqrt %10077 : f64[] @ models/lib/nn.yaml:79:7
%10079 = div %6587, %10078 : f64[] @ models/lib/nn.yaml:79:7
%10080 = sqrt %10071 : f32[8,24] @ models/lib/nn.yaml:79:7
%10081 = cast %10079 : f32[] @ models/lib/nn.yaml:79:7
%10082 = broadcast %10081 : f32[8,24] @ models/lib/nn.yaml:79:7
%10083 = mul %10080, %10082 : f32[8,24] @ models/lib/nn.yaml:79:7
%10084 = broadcast %6631 : f32[8,24] @ models/lib/nn.yaml:79:7
%10085 = add %10083, %10084 : f32[8,24] @ models/lib/nn.yaml:79:7
%10086 = div %10065, %10085 : f32[8,24] @ models/lib/nn.yaml:79:7
%10087 = cast %10075 : f32[] @ models/lib/nn.yaml:79:7
%10088 = broadcast %10087 : f32[8,24] @ models/lib/nn.yaml:79:7
%10089 = mul %10086, %10088 : f32[8,24] @ models/lib/nn.yaml:79:7
%10090 = sub %10060, %10089 : f32[8,24] @ models/lib/nn.yaml:79:7
%10091 = assign %73, %10090 : f32[8,24] @ models/lib/nn.yaml:79:7
%10092 = assign %10055, %10065 : f32[8,24] @ models/lib/nn.yaml:79:7
%10093 = assign %10056, %10071 : f32[8,24] @ models/lib/nn.yaml:79:7
%10094 = assign %10057, %10058 : i64[] @ models/lib/nn.yaml:79:7
%10095 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%10096 = mul %151, %10095 : f32[8,24] @ models/lib/nn.yaml:79:7
%10097 = broadcast %6646 : f32[8,24] @ models/lib/nn.yaml:79:7
%10098 = mul %10090, %10097 : f32[8,24] @ models/lib/nn.yaml:79:7
%10099 = add %10096, %10098 : f32[8,24] @ models/lib/nn.yaml:79:7
%10100 = assign %151, %10099 : f32[8,24] @ models/lib/nn.yaml:79:7
%10101 = all_reduce_sum %5469 : f32[8] @ models/lib/nn.yaml:80:7
%10102 = mul %10101, %10101 : f32[8] @ models/lib/nn.yaml:80:7
%10103 = reduce_sum %10102 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10104 = sqrt %10103 : f32[] @ models/lib/nn.yaml:80:7
%10105 = cast %10104 : f64[] @ models/lib/nn.yaml:80:7
%10106 = add %10105, %6583 : f64[] @ models/lib/nn.yaml:80:7
%10107 = div %6585, %10106 : f64[] @ models/lib/nn.yaml:80:7
%10108 = lt %10107, %6587 : bool[] @ models/lib/nn.yaml:80:7
%10109 = cast %10107 : f32[] @ models/lib/nn.yaml:80:7
%10110 = broadcast %10109 : f32[8] @ models/lib/nn.yaml:80:7
%10111 = mul %10101, %10110 : f32[8] @ models/lib/nn.yaml:80:7
%10112 = broadcast %10108 : bool[8] @ models/lib/nn.yaml:80:7
%10113 = select %10112, %10111, %10101 : f32[8] @ models/lib/nn.yaml:80:7
%10114 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10115 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10116 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10117 = add %10116, %6597 : i64[] @ models/lib/nn.yaml:80:7
%10118 = broadcast %3792 : f32[8] @ models/lib/nn.yaml:80:7
%10119 = mul %10113, %10118 : f32[8] @ models/lib/nn.yaml:80:7
%10120 = broadcast %2598 : f32[8] @ models/lib/nn.yaml:80:7
%10121 = mul %10114, %10120 : f32[8] @ models/lib/nn.yaml:80:7
%10122 = add %10121, %10119 : f32[8] @ models/lib/nn.yaml:80:7
%10123 = mul %10113, %10113 : f32[8] @ models/lib/nn.yaml:80:7
%10124 = broadcast %6611 : f32[8] @ models/lib/nn.yaml:80:7
%10125 = mul %10123, %10124 : f32[8] @ models/lib/nn.yaml:80:7
%10126 = broadcast %6615 : f32[8] @ models/lib/nn.yaml:80:7
%10127 = mul %10115, %10126 : f32[8] @ models/lib/nn.yaml:80:7
%10128 = add %10127, %10125 : f32[8] @ models/lib/nn.yaml:80:7
%10129 = cast %10117 : f64[] @ models/lib/nn.yaml:80:7
%10130 = pow %6606, %10129 : f64[] @ models/lib/nn.yaml:80:7
%10131 = sub %6587, %10130 : f64[] @ models/lib/nn.yaml:80:7
%10132 = div %4095, %10131 : f64[] @ models/lib/nn.yaml:80:7
%10133 = pow %6614, %10129 : f64[] @ models/lib/nn.yaml:80:7
%10134 = sub %6587, %10133 : f64[] @ models/lib/nn.yaml:80:7
%10135 = sqrt %10134 : f64[] @ models/lib/nn.yaml:80:7
%10136 = div %6587, %10135 : f64[] @ models/lib/nn.yaml:80:7
%10137 = sqrt %10128 : f32[8] @ models/lib/nn.yaml:80:7
%10138 = cast %10136 : f32[] @ models/lib/nn.yaml:80:7
%10139 = broadcast %10138 : f32[8] @ models/lib/nn.yaml:80:7
%10140 = mul %10137, %10139 : f32[8] @ models/lib/nn.yaml:80:7
%10141 = broadcast %6631 : f32[8] @ models/lib/nn.yaml:80:7
%10142 = add %10140, %10141 : f32[8] @ models/lib/nn.yaml:80:7
%10143 = div %10122, %10142 : f32[8] @ models/lib/nn.yaml:80:7
%10144 = cast %10132 : f32[] @ models/lib/nn.yaml:80:7
%10145 = broadcast %10144 : f32[8] @ models/lib/nn.yaml:80:7
%10146 = mul %10143, %10145 : f32[8] @ models/lib/nn.yaml:80:7
%10147 = sub %74, %10146 : f32[8] @ models/lib/nn.yaml:80:7
%10148 = assign %74, %10147 : f32[8] @ models/lib/nn.yaml:80:7
%10149 = assign %10114, %10122 : f32[8] @ models/lib/nn.yaml:80:7
%10150 = assign %10115, %10128 : f32[8] @ models/lib/nn.yaml:80:7
%10151 = assign %10116, %10117 : i64[] @ models/lib/nn.yaml:80:7
%10152 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%10153 = mul %152, %10152 : f32[8] @ models/lib/nn.yaml:80:7
%10154 = broadcast %6646 : f32[8] @ models/lib/nn.yaml:80:7
%10155 = mul %10147, %10154 : f32[8] @ models/lib/nn.yaml:80:7
%10156 = add %10153, %10155 : f32[8] @ models/lib/nn.yaml:80:7
%10157 = assign %152, %10156 : f32[8] @ models/lib/nn.yaml:80:7
%10158 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%10159 = mul %153, %10158 : f32[32,1] @ models/lib/dino.yaml:18:7
%10160 = broadcast %6646 : f32[32,1] @ models/lib/dino.yaml:18:7
%10161 = mul %75, %10160 : f32[32,1] @ models/lib/dino.yaml:18:7
%10162 = add %10159, %10161 : f32[32,1] @ models/lib/dino.yaml:18:7
%10163 = assign %153, %10162 : f32[32,1] @ models/lib/dino.yaml:18:7
%10164 = all_reduce_sum %5447 : f32[32,8] @ models/lib/dino.yaml:19:7
%10165 = reshape %10164 : f32[256] @ models/lib/dino.yaml:19:7
%10166 = mul %10165, %10165 : f32[256] @ models/lib/dino.yaml:19:7
%10167 = reduce_sum %10166 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10168 = sqrt %10167 : f32[] @ models/lib/dino.yaml:19:7
%10169 = cast %10168 : f64[] @ models/lib/dino.yaml:19:7
%10170 = add %10169, %6583 : f64[] @ models/lib/dino.yaml:19:7
%10171 = div %6585, %10170 : f64[] @ models/lib/dino.yaml:19:7
%10172 = lt %10171, %6587 : bool[] @ models/lib/dino.yaml:19:7
%10173 = cast %10171 : f32[] @ models/lib/dino.yaml:19:7
%10174 = broadcast %10173 : f32[32,8] @ models/lib/dino.yaml:19:7
%10175 = mul %10164, %10174 : f32[32,8] @ models/lib/dino.yaml:19:7
%10176 = broadcast %10172 : bool[32,8] @ models/lib/dino.yaml:19:7
%10177 = select %10176, %10175, %10164 : f32[32,8] @ models/lib/dino.yaml:19:7
%10178 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10179 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10180 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10181 = add %10180, %6597 : i64[] @ models/lib/dino.yaml:19:7
%10182 = broadcast %6601 : f32[32,8] @ models/lib/dino.yaml:19:7
%10183 = mul %76, %10182 : f32[32,8] @ models/lib/dino.yaml:19:7
%10184 = broadcast %3792 : f32[32,8] @ models/lib/dino.yaml:19:7
%10185 = mul %10177, %10184 : f32[32,8] @ models/lib/dino.yaml:19:7
%10186 = broadcast %2598 : f32[32,8] @ models/lib/dino.yaml:19:7
%10187 = mul %10178, %10186 : f32[32,8] @ models/lib/dino.yaml:19:7
%10188 = add %10187, %10185 : f32[32,8] @ models/lib/dino.yaml:19:7
%10189 = mul %10177, %10177 : f32[32,8] @ models/lib/dino.yaml:19:7
%10190 = broadcast %6611 : f32[32,8] @ models/lib/dino.yaml:19:7
%10191 = mul %10189, %10190 : f32[32,8] @ models/lib/dino.yaml:19:7
%10192 = broadcast %6615 : f32[32,8] @ models/lib/dino.yaml:19:7
%10193 = mul %10179, %10192 : f32[32,8] @ models/lib/dino.yaml:19:7
%10194 = add %10193, %10191 : f32[32,8] @ models/lib/dino.yaml:19:7
%10195 = cast %10181 : f64[] @ models/lib/dino.yaml:19:7
%10196 = pow %6606, %10195 : f64[] @ models/lib/dino.yaml:19:7
%10197 = sub %6587, %10196 : f64[] @ models/lib/dino.yaml:19:7
%10198 = div %4095, %10197 : f64[] @ models/lib/dino.yaml:19:7
%10199 = pow %6614, %10195 : f64[] @ models/lib/dino.yaml:19:7
%10200 = sub %6587, %10199 : f64[] @ models/lib/dino.yaml:19:7
%10201 = sqrt %10200 : f64[] @ models/lib/dino.yaml:19:7
%10202 = div %6587, %10201 : f64[] @ models/lib/dino.yaml:19:7
%10203 = sqrt %10194 : f32[32,8] @ models/lib/dino.yaml:19:7
%10204 = cast %10202 : f32[] @ models/lib/dino.yaml:19:7
%10205 = broadcast %10204 : f32[32,8] @ models/lib/dino.yaml:19:7
%10206 = mul %10203, %10205 : f32[32,8] @ models/lib/dino.yaml:19:7
%10207 = broadcast %6631 : f32[32,8] @ models/lib/dino.yaml:19:7
%10208 = add %10206, %10207 : f32[32,8] @ models/lib/dino.yaml:19:7
%10209 = div %10188, %10208 : f32[32,8] @ models/lib/dino.yaml:19:7
%10210 = cast %10198 : f32[] @ models/lib/dino.yaml:19:7
%10211 = broadcast %10210 : f32[32,8] @ models/lib/dino.yaml:19:7
%10212 = mul %10209, %10211 : f32[32,8] @ models/lib/dino.yaml:19:7
%10213 = sub %10183, %10212 : f32[32,8] @ models/lib/dino.yaml:19:7
%10214 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10215 = lt %10214, %6597 : bool[] @ models/lib/dino.yaml:19:7
%10216 = broadcast %10215 : bool[32,8] @ models/lib/dino.yaml:19:7
%10217 = select %10216, %76, %10213 : f32[32,8] @ models/lib/dino.yaml:19:7
%10218 = select %10216, %10178, %10188 : f32[32,8] @ models/lib/dino.yaml:19:7
%10219 = select %10216, %10179, %10194 : f32[32,8] @ models/lib/dino.yaml:19:7
%10220 = select %10215, %10180, %10181 : i64[] @ models/lib/dino.yaml:19:7
%10221 = assign %76, %10217 : f32[32,8] @ models/lib/dino.yaml:19:7
%10222 = assign %10178, %10218 : f32[32,8] @ models/lib/dino.yaml:19:7
%10223 = assign %10179, %10219 : f32[32,8] @ models/lib/dino.yaml:19:7
%10224 = assign %10180, %10220 : i64[] @ models/lib/dino.yaml:19:7
%10225 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%10226 = mul %154, %10225 : f32[32,8] @ models/lib/dino.yaml:19:7
%10227 = broadcast %6646 : f32[32,8] @ models/lib/dino.yaml:19:7
%10228 = mul %10217, %10227 : f32[32,8] @ models/lib/dino.yaml:19:7
%10229 = add %10226, %10228 : f32[32,8] @ models/lib/dino.yaml:19:7
%10230 = assign %154, %10229 : f32[32,8] @ models/lib/dino.yaml:19:7
%10231 = all_reduce_sum %5429 : f32[24,16] @ models/lib/nn.yaml:79:7
%10232 = reshape %10231 : f32[384] @ models/lib/nn.yaml:79:7
%10233 = mul %10232, %10232 : f32[384] @ models/lib/nn.yaml:79:7
%10234 = reduce_sum %10233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10235 = sqrt %10234 : f32[] @ models/lib/nn.yaml:79:7
%10236 = cast %10235 : f64[] @ models/lib/nn.yaml:79:7
%10237 = add %10236, %6583 : f64[] @ models/lib/nn.yaml:79:7
%10238 = div %6585, %10237 : f64[] @ models/lib/nn.yaml:79:7
%10239 = lt %10238, %6587 : bool[] @ models/lib/nn.yaml:79:7
%10240 = cast %10238 : f32[] @ models/lib/nn.yaml:79:7
%10241 = broadcast %10240 : f32[24,16] @ models/lib/nn.yaml:79:7
%10242 = mul %10231, %10241 : f32[24,16] @ models/lib/nn.yaml:79:7
%10243 = broadcast %10239 : bool[24,16] @ models/lib/nn.yaml:79:7
%10244 = select %10243, %10242, %10231 : f32[24,16] @ models/lib/nn.yaml:79:7
%10245 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10246 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10247 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10248 = add %10247, %6597 : i64[] @ models/lib/nn.yaml:79:7
%10249 = mul %77, %9832 : f32[24,16] @ models/lib/nn.yaml:79:7
%10250 = mul %10244, %9834 : f32[24,16] @ models/lib/nn.yaml:79:7
%10251 = mul %10245, %9836 : f32[24,16] @ models/lib/nn.yaml:79:7
%10252 = add %10251, %10250 : f32[24,16] @ models/lib/nn.yaml:79:7
%10253 = mul %10244, %10244 : f32[24,16] @ models/lib/nn.yaml:79:7
%10254 = mul %10253, %9840 : f32[24,16] @ models/lib/nn.yaml:79:7
%10255 = mul %10246, %9842 : f32[24,16] @ models/lib/nn.yaml:79:7
%10256 = add %10255, %10254 : f32[24,16] @ models/lib/nn.yaml:79:7
%10257 = cast %10248 : f64[] @ models/lib/nn.yaml:79:7
%10258 = pow %6606, %10257 : f64[] @ models/lib/nn.yaml:79:7
%10259 = sub %6587, %10258 : f64[] @ models/lib/nn.yaml:79:7
%10260 = div %4095, %10259 : f64[] @ models/lib/nn.yaml:79:7
%10261 = pow %6614, %10257 : f64[] @ models/lib/nn.yaml:79:7
%10262 = sub %6587, %10261 : f64[] @ models/lib/nn.yaml:79:7
%10263 = sqrt %10262 : f64[] @ models/lib/nn.yaml:79:7
%10264 = div %6587, %10263 : f64[] @ models/lib/nn.yaml:79:7
%10265 = sqrt %10256 : f32[24,16] @ models/lib/nn.yaml:79:7
%10266 = cast %10264 : f32[] @ models/lib/nn.yaml:79:7
%10267 = broadcast %10266 : f32[24,16] @ models/lib/nn.yaml:79:7
%10268 = mul %10265, %10267 : f32[24,16] @ models/lib/nn.yaml:79:7
%10269 = add %10268, %9857 : f32[24,16] @ models/lib/nn.yaml:79:7
%10270 = div %10252, %10269 : f32[24,16] @ models/lib/nn.yaml:79:7
%10271 = cast %10260 : f32[] @ models/lib/nn.yaml:79:7
%10272 = broadcast %10271 : f32[24,16] @ models/lib/nn.yaml:79:7
%10273 = mul %10270, %10272 : f32[24,16] @ models/lib/nn.yaml:79:7
%10274 = sub %10249, %10273 : f32[24,16] @ models/lib/nn.yaml:79:7
%10275 = assign %77, %10274 : f32[24,16] @ models/lib/nn.yaml:79:7
%10276 = assign %10245, %10252 : f32[24,16] @ models/lib/nn.yaml:79:7
%10277 = assign %10246, %10256 : f32[24,16] @ models/lib/nn.yaml:79:7
%10278 = assign %10247, %10248 : i64[] @ models/lib/nn.yaml:79:7
%10279 = mul %155, %9868 : f32[24,16] @ models/lib/nn.yaml:79:7
%10280 = mul %10274, %9870 : f32[24,16] @ models/lib/nn.yaml:79:7
%10281 = add %10279, %10280 : f32[24,16] @ models/lib/nn.yaml:79:7
%10282 = assign %155, %10281 : f32[24,16] @ models/lib/nn.yaml:79:7
%10283 = all_reduce_sum %5421 : f32[24] @ models/lib/nn.yaml:80:7
%10284 = mul %10283, %10283 : f32[24] @ models/lib/nn.yaml:80:7
%10285 = reduce_sum %10284 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10286 = sqrt %10285 : f32[] @ models/lib/nn.yaml:80:7
%10287 = cast %10286 : f64[] @ models/lib/nn.yaml:80:7
%10288 = add %10287, %6583 : f64[] @ models/lib/nn.yaml:80:7
%10289 = div %6585, %10288 : f64[] @ models/lib/nn.yaml:80:7
%10290 = lt %10289, %6587 : bool[] @ models/lib/nn.yaml:80:7
%10291 = cast %10289 : f32[] @ models/lib/nn.yaml:80:7
%10292 = broadcast %10291 : f32[24] @ models/lib/nn.yaml:80:7
%10293 = mul %10283, %10292 : f32[24] @ models/lib/nn.yaml:80:7
%10294 = broadcast %10290 : bool[24] @ models/lib/nn.yaml:80:7
%10295 = select %10294, %10293, %10283 : f32[24] @ models/lib/nn.yaml:80:7
%10296 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10297 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10298 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10299 = add %10298, %6597 : i64[] @ models/lib/nn.yaml:80:7
%10300 = mul %10295, %9891 : f32[24] @ models/lib/nn.yaml:80:7
%10301 = mul %10296, %9893 : f32[24] @ models/lib/nn.yaml:80:7
%10302 = add %10301, %10300 : f32[24] @ models/lib/nn.yaml:80:7
%10303 = mul %10295, %10295 : f32[24] @ models/lib/nn.yaml:80:7
%10304 = mul %10303, %9897 : f32[24] @ models/lib/nn.yaml:80:7
%10305 = mul %10297, %9899 : f32[24] @ models/lib/nn.yaml:80:7
%10306 = add %10305, %10304 : f32[24] @ models/lib/nn.yaml:80:7
%10307 = cast %10299 : f64[] @ models/lib/nn.yaml:80:7
%10308 = pow %6606, %10307 : f64[] @ models/lib/nn.yaml:80:7
%10309 = sub %6587, %10308 : f64[] @ models/lib/nn.yaml:80:7
%10310 = div %4095, %10309 : f64[] @ models/lib/nn.yaml:80:7
%10311 = pow %6614, %10307 : f64[] @ models/lib/nn.yaml:80:7
%10312 = sub %6587, %10311 : f64[] @ models/lib/nn.yaml:80:7
%10313 = sqrt %10312 : f64[] @ models/lib/nn.yaml:80:7
%10314 = div %6587, %10313 : f64[] @ models/lib/nn.yaml:80:7
%10315 = sqrt %10306 : f32[24] @ models/lib/nn.yaml:80:7
%10316 = cast %10314 : f32[] @ models/lib/nn.yaml:80:7
%10317 = broadcast %10316 : f32[24] @ models/lib/nn.yaml:80:7
%10318 = mul %10315, %10317 : f32[24] @ models/lib/nn.yaml:80:7
%10319 = add %10318, %9914 : f32[24] @ models/lib/nn.yaml:80:7
%10320 = div %10302, %10319 : f32[24] @ models/lib/nn.yaml:80:7
%10321 = cast %10310 : f32[] @ models/lib/nn.yaml:80:7
%10322 = broadcast %10321 : f32[24] @ models/lib/nn.yaml:80:7
%10323 = mul %10320, %10322 : f32[24] @ models/lib/nn.yaml:80:7
%10324 = sub %78, %10323 : f32[24] @ models/lib/nn.yaml:80:7
%10325 = assign %78, %10324 : f32[24] @ models/lib/nn.yaml:80:7
%10326 = assign %10296, %10302 : f32[24] @ models/lib/nn.yaml:80:7
%10327 = assign %10297, %10306 : f32[24] @ models/lib/nn.yaml:80:7
%10328 = assign %10298, %10299 : i64[] @ models/lib/nn.yaml:80:7
%10329 = mul %156, %9925 : f32[24] @ models/lib/nn.yaml:80:7
%10330 = mul %10324, %9927 : f32[24] @ models/lib/nn.yaml:80:7
%10331 = add %10329, %10330 : f32[24] @ models/lib/nn.yaml:80:7
%10332 = assign %156, %10331 : f32[24] @ models/lib/nn.yaml:80:7
%10333 = all_reduce_sum %5399 : f32[24,24] @ models/lib/nn.yaml:79:7
%10334 = reshape %10333 : f32[576] @ models/lib/nn.yaml:79:7
%10335 = mul %10334, %10334 : f32[576] @ models/lib/nn.yaml:79:7
%10336 = reduce_sum %10335 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10337 = sqrt %10336 : f32[] @ models/lib/nn.yaml:79:7
%10338 = cast %10337 : f64[] @ models/lib/nn.yaml:79:7
%10339 = add %10338, %6583 : f64[] @ models/lib/nn.yaml:79:7
%10340 = div %6585, %10339 : f64[] @ models/lib/nn.yaml:79:7
%10341 = lt %10340, %6587 : bool[] @ models/lib/nn.yaml:79:7
%10342 = cast %10340 : f32[] @ models/lib/nn.yaml:79:7
%10343 = broadcast %10342 : f32[24,24] @ models/lib/nn.yaml:79:7
%10344 = mul %10333, %10343 : f32[24,24] @ models/lib/nn.yaml:79:7
%10345 = broadcast %10341 : bool[24,24] @ models/lib/nn.yaml:79:7
%10346 = select %10345, %10344, %10333 : f32[24,24] @ models/lib/nn.yaml:79:7
%10347 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10348 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10349 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10350 = add %10349, %6597 : i64[] @ models/lib/nn.yaml:79:7
%10351 = mul %79, %9949 : f32[24,24] @ models/lib/nn.yaml:79:7
%10352 = mul %10346, %9951 : f32[24,24] @ models/lib/nn.yaml:79:7
%10353 = mul %10347, %9953 : f32[24,24] @ models/lib/nn.yaml:79:7
%10354 = add %10353, %10352 : f32[24,24] @ models/lib/nn.yaml:79:7
%10355 = mul %10346, %10346 : f32[24,24] @ models/lib/nn.yaml:79:7
%10356 = mul %10355, %9957 : f32[24,24] @ models/lib/nn.yaml:79:7
%10357 = mul %10348, %9959 : f32[24,24] @ models/lib/nn.yaml:79:7
%10358 = add %10357, %10356 : f32[24,24] @ models/lib/nn.yaml:79:7
%10359 = cast %10350 : f64[] @ models/lib/nn.yaml:79:7
%10360 = pow %6606, %10359 : f64[] @ models/lib/nn.yaml:79:7
%10361 = sub %6587, %10360 : f64[] @ models/lib/nn.yaml:79:7
%10362 = div %4095, %10361 : f64[] @ models/lib/nn.yaml:79:7
%10363 = pow %6614, %10359 : f64[] @ models/lib/nn.yaml:79:7
%10364 = sub %6587, %10363 : f64[] @ models/lib/nn.yaml:79:7
%10365 = sqrt %10364 : f64[] @ models/lib/nn.yaml:79:7
%10366 = div %6587, %10365 : f64[] @ models/lib/nn.yaml:79:7
%10367 = sqrt %10358 : f32[24,24] @ models/lib/nn.yaml:79:7
%10368 = cast %10366 : f32[] @ models/lib/nn.yaml:79:7
%10369 = broadcast %10368 : f32[24,24] @ models/lib/nn.yaml:79:7
%10370 = mul %10367, %10369 : f32[24,24] @ models/lib/nn.yaml:79:7
%10371 = add %10370, %9974 : f32[24,24] @ models/lib/nn.yaml:79:7
%10372 = div %10354, %10371 : f32[24,24] @ models/lib/nn.yaml:79:7
%10373 = cast %10362 : f32[] @ models/lib/nn.yaml:79:7
%10374 = broadcast %10373 : f32[24,24] @ models/lib/nn.yaml:79:7
%10375 = mul %10372, %10374 : f32[24,24] @ models/lib/nn.yaml:79:7
%10376 = sub %10351, %10375 : f32[24,24] @ models/lib/nn.yaml:79:7
%10377 = assign %79, %10376 : f32[24,24] @ models/lib/nn.yaml:79:7
%10378 = assign %10347, %10354 : f32[24,24] @ models/lib/nn.yaml:79:7
%10379 = assign %10348, %10358 : f32[24,24] @ models/lib/nn.yaml:79:7
%10380 = assign %10349, %10350 : i64[] @ models/lib/nn.yaml:79:7
%10381 = mul %157, %9985 : f32[24,24] @ models/lib/nn.yaml:79:7
%10382 = mul %10376, %9987 : f32[24,24] @ models/lib/nn.yaml:79:7
%10383 = add %10381, %10382 : f32[24,24] @ models/lib/nn.yaml:79:7
%10384 = assign %157, %10383 : f32[24,24] @ models/lib/nn.yaml:79:7
%10385 = all_reduce_sum %5391 : f32[24] @ models/lib/nn.yaml:80:7
%10386 = mul %10385, %10385 : f32[24] @ models/lib/nn.yaml:80:7
%10387 = reduce_sum %10386 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10388 = sqrt %10387 : f32[] @ models/lib/nn.yaml:80:7
%10389 = cast %10388 : f64[] @ models/lib/nn.yaml:80:7
%10390 = add %10389, %6583 : f64[] @ models/lib/nn.yaml:80:7
%10391 = div %6585, %10390 : f64[] @ models/lib/nn.yaml:80:7
%10392 = lt %10391, %6587 : bool[] @ models/lib/nn.yaml:80:7
%10393 = cast %10391 : f32[] @ models/lib/nn.yaml:80:7
%10394 = broadcast %10393 : f32[24] @ models/lib/nn.yaml:80:7
%10395 = mul %10385, %10394 : f32[24] @ models/lib/nn.yaml:80:7
%10396 = broadcast %10392 : bool[24] @ models/lib/nn.yaml:80:7
%10397 = select %10396, %10395, %10385 : f32[24] @ models/lib/nn.yaml:80:7
%10398 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10399 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10400 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10401 = add %10400, %6597 : i64[] @ models/lib/nn.yaml:80:7
%10402 = mul %10397, %9891 : f32[24] @ models/lib/nn.yaml:80:7
%10403 = mul %10398, %9893 : f32[24] @ models/lib/nn.yaml:80:7
%10404 = add %10403, %10402 : f32[24] @ models/lib/nn.yaml:80:7
%10405 = mul %10397, %10397 : f32[24] @ models/lib/nn.yaml:80:7
%10406 = mul %10405, %9897 : f32[24] @ models/lib/nn.yaml:80:7
%10407 = mul %10399, %9899 : f32[24] @ models/lib/nn.yaml:80:7
%10408 = add %10407, %10406 : f32[24] @ models/lib/nn.yaml:80:7
%10409 = cast %10401 : f64[] @ models/lib/nn.yaml:80:7
%10410 = pow %6606, %10409 : f64[] @ models/lib/nn.yaml:80:7
%10411 = sub %6587, %10410 : f64[] @ models/lib/nn.yaml:80:7
%10412 = div %4095, %10411 : f64[] @ models/lib/nn.yaml:80:7
%10413 = pow %6614, %10409 : f64[] @ models/lib/nn.yaml:80:7
%10414 = sub %6587, %10413 : f64[] @ models/lib/nn.yaml:80:7
%10415 = sqrt %10414 : f64[] @ models/lib/nn.yaml:80:7
%10416 = div %6587, %10415 : f64[] @ models/lib/nn.yaml:80:7
%10417 = sqrt %10408 : f32[24] @ models/lib/nn.yaml:80:7
%10418 = cast %10416 : f32[] @ models/lib/nn.yaml:80:7
%10419 = broadcast %10418 : f32[24] @ models/lib/nn.yaml:80:7
%10420 = mul %10417, %10419 : f32[24] @ models/lib/nn.yaml:80:7
%10421 = add %10420, %9914 : f32[24] @ models/lib/nn.yaml:80:7
%10422 = div %10404, %10421 : f32[24] @ models/lib/nn.yaml:80:7
%10423 = cast %10412 : f32[] @ models/lib/nn.yaml:80:7
%10424 = broadcast %10423 : f32[24] @ models/lib/nn.yaml:80:7
%10425 = mul %10422, %10424 : f32[24] @ models/lib/nn.yaml:80:7
%10426 = sub %80, %10425 : f32[24] @ models/lib/nn.yaml:80:7
%10427 = assign %80, %10426 : f32[24] @ models/lib/nn.yaml:80:7
%10428 = assign %10398, %10404 : f32[24] @ models/lib/nn.yaml:80:7
%10429 = assign %10399, %10408 : f32[24] @ models/lib/nn.yaml:80:7
%10430 = assign %10400, %10401 : i64[] @ models/lib/nn.yaml:80:7
%10431 = mul %158, %9925 : f32[24] @ models/lib/nn.yaml:80:7
%10432 = mul %10426, %9927 : f32[24] @ models/lib/nn.yaml:80:7
%10433 = add %10431, %10432 : f32[24] @ models/lib/nn.yaml:80:7
%10434 = assign %158, %10433 : f32[24] @ models/lib/nn.yaml:80:7
%10435 = all_reduce_sum %5368 : f32[8,24] @ models/lib/nn.yaml:79:7
%10436 = reshape %10435 : f32[192] @ models/lib/nn.yaml:79:7
%10437 = mul %10436, %10436 : f32[192] @ models/lib/nn.yaml:79:7
%10438 = reduce_sum %10437 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10439 = sqrt %10438 : f32[] @ models/lib/nn.yaml:79:7
%10440 = cast %10439 : f64[] @ models/lib/nn.yaml:79:7
%10441 = add %10440, %6583 : f64[] @ models/lib/nn.yaml:79:7
%10442 = div %6585, %10441 : f64[] @ models/lib/nn.yaml:79:7
%10443 = lt %10442, %6587 : bool[] @ models/lib/nn.yaml:79:7
%10444 = cast %10442 : f32[] @ models/lib/nn.yaml:79:7
%10445 = broadcast %10444 : f32[8,24] @ models/lib/nn.yaml:79:7
%10446 = mul %10435, %10445 : f32[8,24] @ models/lib/nn.yaml:79:7
%10447 = broadcast %10443 : bool[8,24] @ models/lib/nn.yaml:79:7
%10448 = select %10447, %10446, %10435 : f32[8,24] @ models/lib/nn.yaml:79:7
%10449 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10450 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10451 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10452 = add %10451, %6597 : i64[] @ models/lib/nn.yaml:79:7
%10453 = mul %81, %10059 : f32[8,24] @ models/lib/nn.yaml:79:7
%10454 = mul %10448, %10061 : f32[8,24] @ models/lib/nn.yaml:79:7
%10455 = mul %10449, %10063 : f32[8,24] @ models/lib/nn.yaml:79:7
%10456 = add %10455, %10454 : f32[8,24] @ models/lib/nn.yaml:79:7
%10457 = mul %10448, %10448 : f32[8,24] @ models/lib/nn.yaml:79:7
%10458 = mul %10457, %10067 : f32[8,24] @ models/lib/nn.yaml:79:7
%10459 = mul %10450, %10069 : f32[8,24] @ models/lib/nn.yaml:79:7
%10460 = add %10459, %10458 : f32[8,24] @ models/lib/nn.yaml:79:7
%10461 = cast %10452 : f64[] @ models/lib/nn.yaml:79:7
%10462 = pow %6606, %10461 : f64[] @ models/lib/nn.yaml:79:7
%10463 = sub %6587, %10462 : f64[] @ models/lib/nn.yaml:79:7
%10464 = div %4095, %10463 : f64[] @ models/lib/nn.yaml:79:7
%10465 = pow %6614, %10461 : f64[] @ models/lib/nn.yaml:79:7
%10466 = sub %6587, %10465 : f64[] @ models/lib/nn.yaml:79:7
%10467 = sqrt %10466 : f64[] @ models/lib/nn.yaml:79:7
%10468 = div %6587, %10467 : f64[] @ models/lib/nn.yaml:79:7
%10469 = sqrt %10460 : f32[8,24] @ models/lib/nn.yaml:79:7
%10470 = cast %10468 : f32[] @ models/lib/nn.yaml:79:7
%10471 = broadcast %10470 : f32[8,24] @ models/lib/nn.yaml:79:7
%10472 = mul %10469, %10471 : f32[8,24] @ models/lib/nn.yaml:79:7
%10473 = add %10472, %10084 : f32[8,24] @ models/lib/nn.yaml:79:7
%10474 = div %10456, %10473 : f32[8,24] @ models/lib/nn.yaml:79:7
%10475 = cast %10464 : f32[] @ models/lib/nn.yaml:79:7
%10476 = broadcast %10475 : f32[8,24] @ models/lib/nn.yaml:79:7
%10477 = mul %10474, %10476 : f32[8,24] @ models/lib/nn.yaml:79:7
%10478 = sub %10453, %10477 : f32[8,24] @ models/lib/nn.yaml:79:7
%10479 = assign %81, %10478 : f32[8,24] @ models/lib/nn.yaml:79:7
%10480 = assign %10449, %10456 : f32[8,24] @ models/lib/nn.yaml:79:7
%10481 = assign %10450, %10460 : f32[8,24] @ models/lib/nn.yaml:79:7
%10482 = assign %10451, %10452 : i64[] @ models/lib/nn.yaml:79:7
%10483 = mul %159, %10095 : f32[8,24] @ models/lib/nn.yaml:79:7
%10484 = mul %10478, %10097 : f32[8,24] @ models/lib/nn.yaml:79:7
%10485 = add %10483, %10484 : f32[8,24] @ models/lib/nn.yaml:79:7
%10486 = assign %159, %10485 : f32[8,24] @ models/lib/nn.yaml:79:7
%10487 = all_reduce_sum %5360 : f32[8] @ models/lib/nn.yaml:80:7
%10488 = mul %10487, %10487 : f32[8] @ models/lib/nn.yaml:80:7
%10489 = reduce_sum %10488 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10490 = sqrt %10489 : f32[] @ models/lib/nn.yaml:80:7
%10491 = cast %10490 : f64[] @ models/lib/nn.yaml:80:7
%10492 = add %10491, %6583 : f64[] @ models/lib/nn.yaml:80:7
%10493 = div %6585, %10492 : f64[] @ models/lib/nn.yaml:80:7
%10494 = lt %10493, %6587 : bool[] @ models/lib/nn.yaml:80:7
%10495 = cast %10493 : f32[] @ models/lib/nn.yaml:80:7
%10496 = broadcast %10495 : f32[8] @ models/lib/nn.yaml:80:7
%10497 = mul %10487, %10496 : f32[8] @ models/lib/nn.yaml:80:7
%10498 = broadcast %10494 : bool[8] @ models/lib/nn.yaml:80:7
%10499 = select %10498, %10497, %10487 : f32[8] @ models/lib/nn.yaml:80:7
%10500 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10501 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10502 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10503 = add %10502, %6597 : i64[] @ models/lib/nn.yaml:80:7
%10504 = mul %10499, %10118 : f32[8] @ models/lib/nn.yaml:80:7
%10505 = mul %10500, %10120 : f32[8] @ models/lib/nn.yaml:80:7
%10506 = add %10505, %10504 : f32[8] @ models/lib/nn.yaml:80:7
%10507 = mul %10499, %10499 : f32[8] @ models/lib/nn.yaml:80:7
%10508 = mul %10507, %10124 : f32[8] @ models/lib/nn.yaml:80:7
%10509 = mul %10501, %10126 : f32[8] @ models/lib/nn.yaml:80:7
%10510 = add %10509, %10508 : f32[8] @ models/lib/nn.yaml:80:7
%10511 = cast %10503 : f64[] @ models/lib/nn.yaml:80:7
%10512 = pow %6606, %10511 : f64[] @ models/lib/nn.yaml:80:7
%10513 = sub %6587, %10512 : f64[] @ models/lib/nn.yaml:80:7
%10514 = div %4095, %10513 : f64[] @ models/lib/nn.yaml:80:7
%10515 = pow %6614, %10511 : f64[] @ models/lib/nn.yaml:80:7
%10516 = sub %6587, %10515 : f64[] @ models/lib/nn.yaml:80:7
%10517 = sqrt %10516 : f64[] @ models/lib/nn.yaml:80:7
%10518 = div %6587, %10517 : f64[] @ models/lib/nn.yaml:80:7
%10519 = sqrt %10510 : f32[8] @ models/lib/nn.yaml:80:7
%10520 = cast %10518 : f32[] @ models/lib/nn.yaml:80:7
%10521 = broadcast %10520 : f32[8] @ models/lib/nn.yaml:80:7
%10522 = mul %10519, %10521 : f32[8] @ models/lib/nn.yaml:80:7
%10523 = add %10522, %10141 : f32[8] @ models/lib/nn.yaml:80:7
%10524 = div %10506, %10523 : f32[8] @ models/lib/nn.yaml:80:7
%10525 = cast %10514 : f32[] @ models/lib/nn.yaml:80:7
%10526 = broadcast %10525 : f32[8] @ models/lib/nn.yaml:80:7
%10527 = mul %10524, %10526 : f32[8] @ models/lib/nn.yaml:80:7
%10528 = sub %82, %10527 : f32[8] @ models/lib/nn.yaml:80:7
%10529 = assign %82, %10528 : f32[8] @ models/lib/nn.yaml:80:7
%10530 = assign %10500, %10506 : f32[8] @ models/lib/nn.yaml:80:7
%10531 = assign %10501, %10510 : f32[8] @ models/lib/nn.yaml:80:7
%10532 = assign %10502, %10503 : i64[] @ models/lib/nn.yaml:80:7
%10533 = mul %160, %10152 : f32[8] @ models/lib/nn.yaml:80:7
%10534 = mul %10528, %10154 : f32[8] @ models/lib/nn.yaml:80:7
%10535 = add %10533, %10534 : f32[8] @ models/lib/nn.yaml:80:7
%10536 = assign %160, %10535 : f32[8] @ models/lib/nn.yaml:80:7
%10537 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10538 = mul %161, %10537 : f32[16,1] @ models/lib/dino.yaml:18:7
%10539 = broadcast %6646 : f32[16,1] @ models/lib/dino.yaml:18:7
%10540 = mul %83, %10539 : f32[16,1] @ models/lib/dino.yaml:18:7
%10541 = add %10538, %10540 : f32[16,1] @ models/lib/dino.yaml:18:7
%10542 = assign %161, %10541 : f32[16,1] @ models/lib/dino.yaml:18:7
%10543 = all_reduce_sum %5333 : f32[16,8] @ models/lib/dino.yaml:19:7
%10544 = reshape %10543 : f32[128] @ models/lib/dino.yaml:19:7
%10545 = mul %10544, %10544 : f32[128] @ models/lib/dino.yaml:19:7
%10546 = reduce_sum %10545 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10547 = sqrt %10546 : f32[] @ models/lib/dino.yaml:19:7
%10548 = cast %10547 : f64[] @ models/lib/dino.yaml:19:7
%10549 = add %10548, %6583 : f64[] @ models/lib/dino.yaml:19:7
%10550 = div %6585, %10549 : f64[] @ models/lib/dino.yaml:19:7
%10551 = lt %10550, %6587 : bool[] @ models/lib/dino.yaml:19:7
%10552 = cast %10550 : f32[] @ models/lib/dino.yaml:19:7
%10553 = broadcast %10552 : f32[16,8] @ models/lib/dino.yaml:19:7
%10554 = mul %10543, %10553 : f32[16,8] @ models/lib/dino.yaml:19:7
%10555 = broadcast %10551 : bool[16,8] @ models/lib/dino.yaml:19:7
%10556 = select %10555, %10554, %10543 : f32[16,8] @ models/lib/dino.yaml:19:7
%10557 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10558 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10559 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10560 = add %10559, %6597 : i64[] @ models/lib/dino.yaml:19:7
%10561 = broadcast %6601 : f32[16,8] @ models/lib/dino.yaml:19:7
%10562 = mul %84, %10561 : f32[16,8] @ models/lib/dino.yaml:19:7
%10563 = broadcast %3792 : f32[16,8] @ models/lib/dino.yaml:19:7
%10564 = mul %10556, %10563 : f32[16,8] @ models/lib/dino.yaml:19:7
%10565 = broadcast %2598 : f32[16,8] @ models/lib/dino.yaml:19:7
%10566 = mul %10557, %10565 : f32[16,8] @ models/lib/dino.yaml:19:7
%10567 = add %10566, %10564 : f32[16,8] @ models/lib/dino.yaml:19:7
%10568 = mul %10556, %10556 : f32[16,8] @ models/lib/dino.yaml:19:7
%10569 = broadcast %6611 : f32[16,8] @ models/lib/dino.yaml:19:7
%10570 = mul %10568, %10569 : f32[16,8] @ models/lib/dino.yaml:19:7
%10571 = broadcast %6615 : f32[16,8] @ models/lib/dino.yaml:19:7
%10572 = mul %10558, %10571 : f32[16,8] @ models/lib/dino.yaml:19:7
%10573 = add %10572, %10570 : f32[16,8] @ models/lib/dino.yaml:19:7
%10574 = cast %10560 : f64[] @ models/lib/dino.yaml:19:7
%10575 = pow %6606, %10574 : f64[] @ models/lib/dino.yaml:19:7
%10576 = sub %6587, %10575 : f64[] @ models/lib/dino.yaml:19:7
%10577 = div %4095, %10576 : f64[] @ models/lib/dino.yaml:19:7
%10578 = pow %6614, %10574 : f64[] @ models/lib/dino.yaml:19:7
%10579 = sub %6587, %10578 : f64[] @ models/lib/dino.yaml:19:7
%10580 = sqrt %10579 : f64[] @ models/lib/dino.yaml:19:7
%10581 = div %6587, %10580 : f64[] @ models/lib/dino.yaml:19:7
%10582 = sqrt %10573 : f32[16,8] @ models/lib/dino.yaml:19:7
%10583 = cast %10581 : f32[] @ models/lib/dino.yaml:19:7
%10584 = broadcast %10583 : f32[16,8] @ models/lib/dino.yaml:19:7
%10585 = mul %10582, %10584 : f32[16,8] @ models/lib/dino.yaml:19:7
%10586 = broadcast %6631 : f32[16,8] @ models/lib/dino.yaml:19:7
%10587 = add %10585, %10586 : f32[16,8] @ models/lib/dino.yaml:19:7
%10588 = div %10567, %10587 : f32[16,8] @ models/lib/dino.yaml:19:7
%10589 = cast %10577 : f32[] @ models/lib/dino.yaml:19:7
%10590 = broadcast %10589 : f32[16,8] @ models/lib/dino.yaml:19:7
%10591 = mul %10588, %10590 : f32[16,8] @ models/lib/dino.yaml:19:7
%10592 = sub %10562, %10591 : f32[16,8] @ models/lib/dino.yaml:19:7
%10593 = broadcast %10215 : bool[16,8] @ models/lib/dino.yaml:19:7
%10594 = select %10593, %84, %10592 : f32[16,8] @ models/lib/dino.yaml:19:7
%10595 = select %10593, %10557, %10567 : f32[16,8] @ models/lib/dino.yaml:19:7
%10596 = select %10593, %10558, %10573 : f32[16,8] @ models/lib/dino.yaml:19:7
%10597 = select %10215, %10559, %10560 : i64[] @ models/lib/dino.yaml:19:7
%10598 = assign %84, %10594 : f32[16,8] @ models/lib/dino.yaml:19:7
%10599 = assign %10557, %10595 : f32[16,8] @ models/lib/dino.yaml:19:7
%10600 = assign %10558, %10596 : f32[16,8] @ models/lib/dino.yaml:19:7
%10601 = assign %10559, %10597 : i64[] @ models/lib/dino.yaml:19:7
%10602 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10603 = mul %162, %10602 : f32[16,8] @ models/lib/dino.yaml:19:7
%10604 = broadcast %6646 : f32[16,8] @ models/lib/dino.yaml:19:7
%10605 = mul %10594, %10604 : f32[16,8] @ models/lib/dino.yaml:19:7
%10606 = add %10603, %10605 : f32[16,8] @ models/lib/dino.yaml:19:7
%10607 = assign %162, %10606 : f32[16,8] @ models/lib/dino.yaml:19:7
%10608 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10609 = abs %4058 : f32[] @ models/dino_pass.yaml:149:3
%10610 = lt %10609, %10608 : bool[] @ models/dino_pass.yaml:149:3
%10611 = output %10610 name="finite" : bool[] @ models/dino_pass.yaml:149:3
