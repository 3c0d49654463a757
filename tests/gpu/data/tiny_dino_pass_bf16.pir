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
%314 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%315 = broadcast %314 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%316 = cast %312 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%317 = add %316, %313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%318 = mul %315, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%319 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%320 = broadcast %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%321 = cast %312 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%322 = add %321, %313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%323 = mul %322, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%324 = erf %323 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%325 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%326 = broadcast %325 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%327 = add %326, %324 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%328 = mul %318, %327 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%329 = cast %328 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%330 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%331 = matmul %329, %330 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%332 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%333 = cast %331 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%334 = add %333, %332 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%335 = add %294, %334 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%336 = reduce_sum %335 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%337 = div %336, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%338 = broadcast %337 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%339 = sub %335, %338 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%340 = mul %339, %339 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%341 = reduce_sum %340 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%342 = div %341, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%343 = add %342, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%344 = rsqrt %343 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%345 = broadcast %344 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%346 = mul %339, %345 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%347 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%348 = mul %346, %347 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%349 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%350 = add %348, %349 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%351 = cast %350 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%352 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%353 = matmul %351, %352 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%354 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%355 = cast %353 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%356 = add %355, %354 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%357 = cast %356 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%358 = reshape %357 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%359 = permute %358 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%360 = slice %359 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%361 = reshape %360 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%362 = slice %359 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%363 = reshape %362 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%364 = cast %361 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%365 = cast %363 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%366 = permute %365 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%367 = slice %364 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%368 = broadcast %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = slice %366 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = mul %368, %370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%372 = slice %364 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%373 = broadcast %372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%374 = slice %366 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%375 = broadcast %374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%376 = mul %373, %375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%377 = add %371, %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = slice %364 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%379 = broadcast %378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%380 = slice %366 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%381 = broadcast %380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%382 = mul %379, %381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%383 = add %377, %382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%384 = slice %364 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%385 = broadcast %384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%386 = slice %366 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%387 = broadcast %386 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%388 = mul %385, %387 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%389 = add %383, %388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%390 = slice %364 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%391 = broadcast %390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%392 = slice %366 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%393 = broadcast %392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%394 = mul %391, %393 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%395 = add %389, %394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%396 = slice %364 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%397 = broadcast %396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%398 = slice %366 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%399 = broadcast %398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%400 = mul %397, %399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%401 = add %395, %400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%402 = slice %364 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%403 = broadcast %402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%404 = slice %366 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%405 = broadcast %404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%406 = mul %403, %405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%407 = add %401, %406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%408 = slice %364 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%409 = broadcast %408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%410 = slice %366 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%411 = broadcast %410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%412 = mul %409, %411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%413 = add %407, %412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%414 = cast %413 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%415 = cast %414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%416 = mul %415, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%417 = reduce_max %416 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%418 = stop_gradient %417 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%419 = broadcast %418 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%420 = cast %414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%421 = mul %420, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%422 = sub %421, %419 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%423 = exp %422 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%424 = reduce_sum %423 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%425 = broadcast %424 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%426 = exp %422 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%427 = div %426, %425 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%428 = cast %427 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%429 = slice %359 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%430 = reshape %429 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%431 = cast %428 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%432 = cast %430 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%433 = reshape %431 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%434 = broadcast %433 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%435 = reshape %432 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%436 = broadcast %435 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%437 = mul %434, %436 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%438 = reduce_sum %437 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%439 = cast %438 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%440 = permute %439 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%441 = reshape %440 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%442 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%443 = matmul %441, %442 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%444 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%445 = cast %443 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%446 = add %445, %444 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%447 = add %335, %446 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%448 = reduce_sum %447 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%449 = div %448, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%451 = sub %447, %450 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%452 = mul %451, %451 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%453 = reduce_sum %452 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%454 = div %453, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%455 = add %454, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%456 = rsqrt %455 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%457 = broadcast %456 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%458 = mul %451, %457 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%459 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%460 = mul %458, %459 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%461 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%462 = add %460, %461 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%463 = cast %462 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%464 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%465 = matmul %463, %464 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%466 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%467 = cast %465 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%468 = add %467, %466 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%469 = mul %315, %468 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%470 = cast %465 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%471 = add %470, %466 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%472 = mul %471, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%473 = erf %472 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%474 = add %326, %473 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%475 = mul %469, %474 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%476 = cast %475 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%477 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%478 = matmul %476, %477 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%479 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%480 = cast %478 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%481 = add %480, %479 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%482 = add %447, %481 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%483 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%484 = neighbor_topk_gather %482, %483 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%485 = reshape %484 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%486 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%487 = concat %486, %485 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%488 = reduce_sum %487 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%489 = broadcast %178 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%490 = div %488, %489 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%491 = broadcast %490 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%492 = sub %487, %491 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%493 = mul %492, %492 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%494 = reduce_sum %493 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%495 = div %494, %489 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%496 = broadcast %186 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%497 = add %495, %496 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%498 = rsqrt %497 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%499 = broadcast %498 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%500 = mul %492, %499 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%501 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%502 = mul %500, %501 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%503 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%504 = add %502, %503 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%505 = cast %504 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%506 = slice %505 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%507 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%508 = matmul %506, %507 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%509 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%510 = cast %508 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%511 = add %510, %509 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%512 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%513 = matmul %505, %512 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%514 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%515 = cast %513 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%516 = add %515, %514 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%517 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%518 = matmul %505, %517 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%519 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%520 = cast %518 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%521 = add %520, %519 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%522 = cast %511 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%523 = reshape %522 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%524 = permute %523 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%525 = cast %516 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%526 = reshape %525 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%527 = permute %526 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%528 = cast %524 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%529 = slice %528 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%530 = broadcast %529 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%531 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%532 = slice %531 lo=[0,0,0,0] hi=[64,2,1,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%533 = cast %532 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%534 = mul %530, %533 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%535 = slice %528 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%536 = broadcast %535 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%537 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%538 = slice %537 lo=[0,0,1,0] hi=[64,2,2,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%539 = cast %538 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%540 = mul %536, %539 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%541 = add %534, %540 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = slice %528 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%543 = broadcast %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%545 = slice %544 lo=[0,0,2,0] hi=[64,2,3,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%546 = cast %545 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = mul %543, %546 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%548 = add %541, %547 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%549 = slice %528 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%550 = broadcast %549 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%551 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%552 = slice %551 lo=[0,0,3,0] hi=[64,2,4,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%553 = cast %552 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%554 = mul %550, %553 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%555 = add %548, %554 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%556 = slice %528 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%557 = broadcast %556 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%558 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%559 = slice %558 lo=[0,0,4,0] hi=[64,2,5,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%560 = cast %559 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%561 = mul %557, %560 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%562 = add %555, %561 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%563 = slice %528 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%564 = broadcast %563 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%565 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%566 = slice %565 lo=[0,0,5,0] hi=[64,2,6,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%567 = cast %566 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%568 = mul %564, %567 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%569 = add %562, %568 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%570 = slice %528 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%571 = broadcast %570 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%572 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%573 = slice %572 lo=[0,0,6,0] hi=[64,2,7,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%574 = cast %573 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%575 = mul %571, %574 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%576 = add %569, %575 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%577 = slice %528 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%578 = broadcast %577 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%579 = permute %527 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%580 = slice %579 lo=[0,0,7,0] hi=[64,2,8,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%581 = cast %580 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%582 = mul %578, %581 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%583 = add %576, %582 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%584 = cast %583 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%585 = broadcast %260 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%586 = cast %584 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%587 = mul %586, %585 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%588 = reduce_max %587 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%589 = stop_gradient %588 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%590 = broadcast %589 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%591 = cast %584 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%592 = mul %591, %585 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%593 = sub %592, %590 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%594 = exp %593 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%595 = reduce_sum %594 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%596 = broadcast %595 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%597 = exp %593 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%598 = div %597, %596 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%599 = cast %598 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%600 = cast %521 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%601 = reshape %600 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%602 = permute %601 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%603 = cast %599 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%604 = slice %603 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%605 = broadcast %604 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%606 = slice %602 lo=[0,0,0,0] hi=[64,2,1,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%607 = cast %606 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%608 = mul %605, %607 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%609 = slice %603 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%610 = broadcast %609 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%611 = slice %602 lo=[0,0,1,0] hi=[64,2,2,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%612 = cast %611 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%613 = mul %610, %612 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%614 = add %608, %613 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%615 = slice %603 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%616 = broadcast %615 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%617 = slice %602 lo=[0,0,2,0] hi=[64,2,3,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%618 = cast %617 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%619 = mul %616, %618 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%620 = add %614, %619 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%621 = cast %620 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%622 = permute %621 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%623 = reshape %622 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%624 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%625 = matmul %623, %624 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%626 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%627 = cast %625 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%628 = add %627, %626 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%629 = add %486, %628 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%630 = reduce_sum %629 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%631 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%632 = div %630, %631 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%633 = broadcast %632 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%634 = cast %625 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%635 = add %634, %626 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%636 = add %486, %635 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%637 = sub %636, %633 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%638 = mul %637, %637 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%639 = reduce_sum %638 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%640 = div %639, %631 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%641 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%642 = add %640, %641 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%643 = rsqrt %642 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%644 = broadcast %643 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%645 = mul %637, %644 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%646 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%647 = mul %645, %646 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%648 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%649 = add %647, %648 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%650 = cast %649 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%651 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%652 = matmul %650, %651 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%653 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%654 = broadcast %314 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%655 = cast %652 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%656 = add %655, %653 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%657 = mul %654, %656 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%658 = broadcast %319 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%659 = cast %652 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%660 = add %659, %653 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%661 = mul %660, %658 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%662 = erf %661 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%663 = broadcast %325 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%664 = add %663, %662 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%665 = mul %657, %664 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%666 = cast %665 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%667 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%668 = matmul %666, %667 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%669 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%670 = cast %668 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%671 = add %670, %669 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%672 = cast %625 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%673 = add %672, %626 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%674 = add %486, %673 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%675 = add %674, %671 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%676 = concat %675, %485 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%677 = reduce_sum %676 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%678 = div %677, %489 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%679 = broadcast %678 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%680 = sub %676, %679 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%681 = mul %680, %680 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%682 = reduce_sum %681 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%683 = div %682, %489 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%684 = add %683, %496 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%685 = rsqrt %684 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%686 = broadcast %685 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%687 = mul %680, %686 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%688 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%689 = mul %687, %688 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%690 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%691 = add %689, %690 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%692 = cast %691 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%693 = slice %692 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%694 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%695 = matmul %693, %694 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%696 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%697 = cast %695 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%698 = add %697, %696 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%699 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%700 = matmul %692, %699 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%701 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%702 = cast %700 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%703 = add %702, %701 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%704 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%705 = matmul %692, %704 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%706 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%707 = cast %705 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%708 = add %707, %706 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%709 = cast %698 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%710 = reshape %709 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%711 = permute %710 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%712 = cast %703 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%713 = reshape %712 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%714 = permute %713 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%715 = cast %711 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%716 = slice %715 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%717 = broadcast %716 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%718 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%719 = slice %718 lo=[0,0,0,0] hi=[64,2,1,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%720 = cast %719 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%721 = mul %717, %720 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%722 = slice %715 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%723 = broadcast %722 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%724 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%725 = slice %724 lo=[0,0,1,0] hi=[64,2,2,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%726 = cast %725 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%727 = mul %723, %726 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%728 = add %721, %727 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%729 = slice %715 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%730 = broadcast %729 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%731 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%732 = slice %731 lo=[0,0,2,0] hi=[64,2,3,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%733 = cast %732 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%734 = mul %730, %733 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%735 = add %728, %734 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%736 = slice %715 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%737 = broadcast %736 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%738 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%739 = slice %738 lo=[0,0,3,0] hi=[64,2,4,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%740 = cast %739 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%741 = mul %737, %740 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%742 = add %735, %741 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%743 = slice %715 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%744 = broadcast %743 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%745 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%746 = slice %745 lo=[0,0,4,0] hi=[64,2,5,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%747 = cast %746 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%748 = mul %744, %747 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%749 = add %742, %748 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%750 = slice %715 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%751 = broadcast %750 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%752 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%753 = slice %752 lo=[0,0,5,0] hi=[64,2,6,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%754 = cast %753 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%755 = mul %751, %754 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%756 = add %749, %755 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%757 = slice %715 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%758 = broadcast %757 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%759 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%760 = slice %759 lo=[0,0,6,0] hi=[64,2,7,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%761 = cast %760 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%762 = mul %758, %761 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%763 = add %756, %762 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%764 = slice %715 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%765 = broadcast %764 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%766 = permute %714 perm=[0,1,3,2] : bf16[64,2,8,3] @ models/lib/nn.yaml:55:23
%767 = slice %766 lo=[0,0,7,0] hi=[64,2,8,3] : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%768 = cast %767 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%769 = mul %765, %768 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%770 = add %763, %769 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%771 = cast %770 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%772 = cast %771 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%773 = mul %772, %585 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%774 = reduce_max %773 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%775 = stop_gradient %774 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%776 = broadcast %775 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%777 = cast %771 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%778 = mul %777, %585 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%779 = sub %778, %776 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%780 = exp %779 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%781 = reduce_sum %780 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%782 = broadcast %781 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%783 = exp %779 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%784 = div %783, %782 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%785 = cast %784 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%786 = cast %708 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%787 = reshape %786 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%788 = permute %787 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%789 = cast %785 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%790 = slice %789 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%791 = broadcast %790 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%792 = slice %788 lo=[0,0,0,0] hi=[64,2,1,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%793 = cast %792 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%794 = mul %791, %793 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%795 = slice %789 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%796 = broadcast %795 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%797 = slice %788 lo=[0,0,1,0] hi=[64,2,2,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%798 = cast %797 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%799 = mul %796, %798 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%800 = add %794, %799 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%801 = slice %789 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%802 = broadcast %801 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%803 = slice %788 lo=[0,0,2,0] hi=[64,2,3,8] : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%804 = cast %803 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%805 = mul %802, %804 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%806 = add %800, %805 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%807 = cast %806 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%808 = permute %807 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%809 = reshape %808 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%810 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%811 = matmul %809, %810 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%812 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%813 = cast %811 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%814 = add %813, %812 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%815 = add %675, %814 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%816 = reduce_sum %815 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%817 = div %816, %631 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%818 = broadcast %817 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%819 = sub %815, %818 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%820 = mul %819, %819 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%821 = reduce_sum %820 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%822 = div %821, %631 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%823 = add %822, %641 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%824 = rsqrt %823 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%825 = broadcast %824 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%826 = mul %819, %825 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%827 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%828 = mul %826, %827 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%829 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%830 = add %828, %829 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%831 = cast %830 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%832 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%833 = matmul %831, %832 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%834 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%835 = cast %833 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%836 = add %835, %834 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%837 = mul %654, %836 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%838 = cast %833 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%839 = add %838, %834 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%840 = mul %839, %658 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%841 = erf %840 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%842 = add %663, %841 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%843 = mul %837, %842 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%844 = cast %843 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%845 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%846 = matmul %844, %845 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%847 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%848 = cast %846 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%849 = add %848, %847 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%850 = add %815, %849 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%851 = reshape %850 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%852 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%853 = concat %852, %482 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%854 = reduce_sum %853 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%855 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%856 = div %854, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%857 = broadcast %856 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%858 = sub %853, %857 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%859 = mul %858, %858 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%860 = reduce_sum %859 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%861 = div %860, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%862 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%863 = add %861, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%864 = rsqrt %863 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%865 = broadcast %864 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%866 = mul %858, %865 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%867 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%868 = mul %866, %867 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%869 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%870 = add %868, %869 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%871 = cast %870 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%872 = slice %871 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%873 = matmul %872, %507 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%874 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%875 = cast %873 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%876 = add %875, %874 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%877 = matmul %871, %512 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%878 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%879 = cast %877 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%880 = add %879, %878 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%881 = matmul %871, %517 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%882 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%883 = cast %881 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%884 = add %883, %882 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%885 = cast %876 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%886 = reshape %885 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%887 = permute %886 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%888 = cast %880 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%889 = reshape %888 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%890 = permute %889 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%891 = cast %887 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%892 = slice %891 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%893 = broadcast %892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%894 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%895 = slice %894 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%896 = cast %895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%897 = mul %893, %896 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%898 = slice %891 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%899 = broadcast %898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%900 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%901 = slice %900 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%902 = cast %901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%903 = mul %899, %902 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%904 = add %897, %903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%905 = slice %891 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%906 = broadcast %905 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%907 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%908 = slice %907 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%909 = cast %908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%910 = mul %906, %909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%911 = add %904, %910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%912 = slice %891 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%913 = broadcast %912 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%914 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%915 = slice %914 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%916 = cast %915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%917 = mul %913, %916 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%918 = add %911, %917 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%919 = slice %891 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%920 = broadcast %919 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%921 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%922 = slice %921 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%923 = cast %922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%924 = mul %920, %923 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%925 = add %918, %924 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%926 = slice %891 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%927 = broadcast %926 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%928 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%929 = slice %928 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%930 = cast %929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%931 = mul %927, %930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%932 = add %925, %931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%933 = slice %891 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%934 = broadcast %933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%935 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%936 = slice %935 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%937 = cast %936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%938 = mul %934, %937 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%939 = add %932, %938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%940 = slice %891 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%941 = broadcast %940 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%942 = permute %890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%943 = slice %942 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%944 = cast %943 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%945 = mul %941, %944 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%946 = add %939, %945 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%947 = cast %946 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%948 = broadcast %260 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%949 = cast %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%950 = mul %949, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%951 = reduce_max %950 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%952 = stop_gradient %951 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%953 = broadcast %952 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%954 = cast %947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%955 = mul %954, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%956 = sub %955, %953 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%957 = exp %956 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%958 = reduce_sum %957 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%959 = broadcast %958 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%960 = exp %956 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%961 = div %960, %959 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%962 = cast %961 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%963 = cast %884 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%964 = reshape %963 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%965 = permute %964 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%966 = cast %962 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%967 = cast %965 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%968 = reshape %966 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%969 = broadcast %968 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%970 = reshape %967 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%971 = broadcast %970 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%972 = mul %969, %971 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%973 = reduce_sum %972 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%974 = cast %973 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%975 = permute %974 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%976 = reshape %975 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%977 = matmul %976, %624 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%978 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%979 = cast %977 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%980 = add %979, %978 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%981 = add %852, %980 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%982 = reduce_sum %981 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%983 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%984 = div %982, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%985 = broadcast %984 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%986 = sub %981, %985 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%987 = mul %986, %986 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%988 = reduce_sum %987 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%989 = div %988, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%990 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%991 = add %989, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%992 = rsqrt %991 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%993 = broadcast %992 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%994 = mul %986, %993 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%995 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%996 = mul %994, %995 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%997 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%998 = add %996, %997 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%999 = cast %998 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1000 = matmul %999, %651 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1001 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1002 = cast %1000 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1003 = add %1002, %1001 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1004 = broadcast %314 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1005 = mul %1004, %1003 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1006 = broadcast %319 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1007 = mul %1003, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1008 = erf %1007 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1009 = broadcast %325 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1010 = add %1009, %1008 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1011 = mul %1005, %1010 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1012 = cast %1011 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1013 = matmul %1012, %667 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1014 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1015 = cast %1013 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1016 = add %1015, %1014 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1017 = add %981, %1016 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1018 = concat %1017, %482 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1019 = reduce_sum %1018 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1020 = div %1019, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1021 = broadcast %1020 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1022 = sub %1018, %1021 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1023 = mul %1022, %1022 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1024 = reduce_sum %1023 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1025 = div %1024, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1026 = add %1025, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1027 = rsqrt %1026 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1028 = broadcast %1027 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1029 = mul %1022, %1028 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1030 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1031 = mul %1029, %1030 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1032 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1033 = add %1031, %1032 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1034 = cast %1033 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1035 = slice %1034 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1036 = matmul %1035, %694 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1037 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1038 = cast %1036 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1039 = add %1038, %1037 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1040 = matmul %1034, %699 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1041 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1042 = cast %1040 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1043 = add %1042, %1041 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1044 = matmul %1034, %704 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1045 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1046 = cast %1044 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1047 = add %1046, %1045 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1048 = cast %1039 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1049 = reshape %1048 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1050 = permute %1049 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1051 = cast %1043 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%1052 = reshape %1051 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%1053 = permute %1052 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%1054 = cast %1050 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1055 = slice %1054 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1056 = broadcast %1055 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1057 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1058 = slice %1057 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1059 = cast %1058 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1060 = mul %1056, %1059 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1061 = slice %1054 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1062 = broadcast %1061 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1063 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1064 = slice %1063 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1065 = cast %1064 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1066 = mul %1062, %1065 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1067 = add %1060, %1066 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1068 = slice %1054 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1069 = broadcast %1068 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1070 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1071 = slice %1070 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1072 = cast %1071 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1073 = mul %1069, %1072 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1074 = add %1067, %1073 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1075 = slice %1054 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1076 = broadcast %1075 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1077 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1078 = slice %1077 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1079 = cast %1078 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1080 = mul %1076, %1079 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1081 = add %1074, %1080 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1082 = slice %1054 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1083 = broadcast %1082 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1084 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1085 = slice %1084 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1086 = cast %1085 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = mul %1083, %1086 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1088 = add %1081, %1087 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1089 = slice %1054 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1090 = broadcast %1089 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1091 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1092 = slice %1091 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1093 = cast %1092 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1094 = mul %1090, %1093 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = add %1088, %1094 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1096 = slice %1054 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1097 = broadcast %1096 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1098 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1099 = slice %1098 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1100 = cast %1099 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1101 = mul %1097, %1100 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1102 = add %1095, %1101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1103 = slice %1054 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1104 = broadcast %1103 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1105 = permute %1053 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1106 = slice %1105 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1107 = cast %1106 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1108 = mul %1104, %1107 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1109 = add %1102, %1108 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1110 = cast %1109 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1111 = cast %1110 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1112 = mul %1111, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1113 = reduce_max %1112 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1114 = stop_gradient %1113 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1115 = broadcast %1114 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1116 = cast %1110 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1117 = mul %1116, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1118 = sub %1117, %1115 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1119 = exp %1118 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1120 = reduce_sum %1119 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1121 = broadcast %1120 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1122 = exp %1118 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1123 = div %1122, %1121 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1124 = cast %1123 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1125 = cast %1047 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%1126 = reshape %1125 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%1127 = permute %1126 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%1128 = cast %1124 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1129 = cast %1127 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1130 = reshape %1128 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1131 = broadcast %1130 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1132 = reshape %1129 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1133 = broadcast %1132 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1134 = mul %1131, %1133 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1135 = reduce_sum %1134 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1136 = cast %1135 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1137 = permute %1136 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1138 = reshape %1137 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1139 = matmul %1138, %810 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1140 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1141 = cast %1139 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1142 = add %1141, %1140 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1143 = add %1017, %1142 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1144 = reduce_sum %1143 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1145 = div %1144, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1146 = broadcast %1145 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1147 = sub %1143, %1146 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1148 = mul %1147, %1147 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1149 = reduce_sum %1148 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1150 = div %1149, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1151 = add %1150, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1152 = rsqrt %1151 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1153 = broadcast %1152 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1154 = mul %1147, %1153 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1155 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1156 = mul %1154, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1157 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1158 = add %1156, %1157 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1159 = cast %1158 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1160 = matmul %1159, %832 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1161 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1162 = cast %1160 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1163 = add %1162, %1161 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1164 = mul %1004, %1163 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1165 = mul %1163, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1166 = erf %1165 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1167 = add %1009, %1166 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1168 = mul %1164, %1167 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1169 = cast %1168 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1170 = matmul %1169, %845 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1171 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1172 = cast %1170 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1173 = add %1172, %1171 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1174 = add %1143, %1173 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1175 = concat %1174, %851 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1176 = reduce_sum %1175 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1177 = div %1176, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1178 = broadcast %1177 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1179 = sub %1175, %1178 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1180 = mul %1179, %1179 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1181 = reduce_sum %1180 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1182 = div %1181, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1183 = add %1182, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
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
%1198 = broadcast %314 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1199 = mul %1198, %1197 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1200 = broadcast %319 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1201 = mul %1197, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1202 = erf %1201 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1203 = broadcast %325 : f32[4,1,24] @ models/lib/nn.yaml:27:29
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
%1245 = broadcast %314 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1246 = cast %1243 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1247 = add %1246, %1244 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1248 = mul %1245, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1249 = broadcast %319 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1250 = cast %1243 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1251 = add %1250, %1244 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1252 = mul %1251, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1253 = erf %1252 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1254 = broadcast %325 : f32[4,16,24] @ models/lib/nn.yaml:27:29
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
%1339 = matmul %1338, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1340 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1341 = cast %1339 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1342 = add %1341, %1340 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1343 = cast %1342 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1344 = reshape %1343 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1345 = permute %1344 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1346 = slice %1345 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1347 = reshape %1346 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1348 = slice %1345 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1349 = reshape %1348 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1350 = cast %1347 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1351 = cast %1349 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1352 = permute %1351 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1353 = slice %1350 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1354 = broadcast %1353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1355 = slice %1352 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1356 = broadcast %1355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1357 = mul %1354, %1356 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1358 = slice %1350 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1359 = broadcast %1358 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1360 = slice %1352 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1361 = broadcast %1360 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1362 = mul %1359, %1361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1363 = add %1357, %1362 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1364 = slice %1350 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1365 = broadcast %1364 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1366 = slice %1352 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1367 = broadcast %1366 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1368 = mul %1365, %1367 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1369 = add %1363, %1368 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1370 = slice %1350 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1371 = broadcast %1370 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1372 = slice %1352 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1373 = broadcast %1372 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1374 = mul %1371, %1373 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1375 = add %1369, %1374 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1376 = slice %1350 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1377 = broadcast %1376 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1378 = slice %1352 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1379 = broadcast %1378 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1380 = mul %1377, %1379 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1381 = add %1375, %1380 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1382 = slice %1350 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1383 = broadcast %1382 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1384 = slice %1352 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1385 = broadcast %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1386 = mul %1383, %1385 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1387 = add %1381, %1386 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1388 = slice %1350 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1389 = broadcast %1388 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1390 = slice %1352 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1391 = broadcast %1390 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1392 = mul %1389, %1391 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1393 = add %1387, %1392 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1394 = slice %1350 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1395 = broadcast %1394 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1396 = slice %1352 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1397 = broadcast %1396 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1398 = mul %1395, %1397 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1399 = add %1393, %1398 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1400 = cast %1399 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1401 = broadcast %260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1402 = cast %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1403 = mul %1402, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1404 = reduce_max %1403 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1405 = stop_gradient %1404 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1406 = broadcast %1405 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1407 = cast %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1408 = mul %1407, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1409 = sub %1408, %1406 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1410 = exp %1409 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1411 = reduce_sum %1410 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1412 = broadcast %1411 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1413 = exp %1409 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1414 = div %1413, %1412 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1415 = cast %1414 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1416 = slice %1345 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1417 = reshape %1416 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1418 = cast %1415 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1419 = cast %1417 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1420 = reshape %1418 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1421 = broadcast %1420 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1422 = reshape %1419 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1423 = broadcast %1422 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1424 = mul %1421, %1423 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1425 = reduce_sum %1424 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1426 = cast %1425 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1427 = permute %1426 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1428 = reshape %1427 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1429 = matmul %1428, %289 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1430 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1431 = cast %1429 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1432 = add %1431, %1430 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1433 = add %1320, %1432 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1434 = reduce_sum %1433 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1435 = div %1434, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1436 = broadcast %1435 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1437 = sub %1433, %1436 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1438 = mul %1437, %1437 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1439 = reduce_sum %1438 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1440 = div %1439, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1441 = add %1440, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1442 = rsqrt %1441 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1443 = broadcast %1442 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1444 = mul %1437, %1443 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1445 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1446 = mul %1444, %1445 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1447 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1448 = add %1446, %1447 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1449 = cast %1448 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1450 = matmul %1449, %311 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1451 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1452 = broadcast %314 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1453 = cast %1450 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1454 = add %1453, %1451 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1455 = mul %1452, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1456 = broadcast %319 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1457 = cast %1450 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1458 = add %1457, %1451 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1459 = mul %1458, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1460 = erf %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1461 = broadcast %325 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1462 = add %1461, %1460 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1463 = mul %1455, %1462 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1464 = cast %1463 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1465 = matmul %1464, %330 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1466 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1467 = cast %1465 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1468 = add %1467, %1466 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1469 = add %1433, %1468 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1470 = reduce_sum %1469 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1471 = div %1470, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1472 = broadcast %1471 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1473 = sub %1469, %1472 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1474 = mul %1473, %1473 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1475 = reduce_sum %1474 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1476 = div %1475, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1477 = add %1476, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1478 = rsqrt %1477 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1479 = broadcast %1478 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1480 = mul %1473, %1479 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1481 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1482 = mul %1480, %1481 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1483 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1484 = add %1482, %1483 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1485 = cast %1484 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1486 = matmul %1485, %352 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1487 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1488 = cast %1486 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1489 = add %1488, %1487 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1490 = cast %1489 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1491 = reshape %1490 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1492 = permute %1491 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1493 = slice %1492 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1494 = reshape %1493 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1495 = slice %1492 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1496 = reshape %1495 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1497 = cast %1494 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1498 = cast %1496 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1499 = permute %1498 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1500 = slice %1497 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1501 = broadcast %1500 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1502 = slice %1499 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1503 = broadcast %1502 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1504 = mul %1501, %1503 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1505 = slice %1497 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1506 = broadcast %1505 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1507 = slice %1499 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1508 = broadcast %1507 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1509 = mul %1506, %1508 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1510 = add %1504, %1509 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1511 = slice %1497 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1512 = broadcast %1511 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1513 = slice %1499 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1514 = broadcast %1513 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1515 = mul %1512, %1514 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1516 = add %1510, %1515 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1517 = slice %1497 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1518 = broadcast %1517 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1519 = slice %1499 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1520 = broadcast %1519 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1521 = mul %1518, %1520 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1522 = add %1516, %1521 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1523 = slice %1497 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1524 = broadcast %1523 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1525 = slice %1499 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1526 = broadcast %1525 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1527 = mul %1524, %1526 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1528 = add %1522, %1527 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1529 = slice %1497 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1530 = broadcast %1529 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1531 = slice %1499 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1532 = broadcast %1531 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1533 = mul %1530, %1532 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1534 = add %1528, %1533 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1535 = slice %1497 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1536 = broadcast %1535 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1537 = slice %1499 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1538 = broadcast %1537 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1539 = mul %1536, %1538 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1540 = add %1534, %1539 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1541 = slice %1497 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1542 = broadcast %1541 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1543 = slice %1499 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1544 = broadcast %1543 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1545 = mul %1542, %1544 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1546 = add %1540, %1545 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1547 = cast %1546 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1548 = cast %1547 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1549 = mul %1548, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1550 = reduce_max %1549 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1551 = stop_gradient %1550 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1552 = broadcast %1551 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1553 = cast %1547 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1554 = mul %1553, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1555 = sub %1554, %1552 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1556 = exp %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1557 = reduce_sum %1556 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1558 = broadcast %1557 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1559 = exp %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1560 = div %1559, %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1561 = cast %1560 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1562 = slice %1492 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1563 = reshape %1562 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1564 = cast %1561 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1565 = cast %1563 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1566 = reshape %1564 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1567 = broadcast %1566 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1568 = reshape %1565 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1569 = broadcast %1568 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1570 = mul %1567, %1569 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1571 = reduce_sum %1570 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1572 = cast %1571 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1573 = permute %1572 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1574 = reshape %1573 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1575 = matmul %1574, %442 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1576 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1577 = cast %1575 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1578 = add %1577, %1576 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1579 = add %1469, %1578 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1580 = reduce_sum %1579 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1581 = div %1580, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1582 = broadcast %1581 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1583 = sub %1579, %1582 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1584 = mul %1583, %1583 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1585 = reduce_sum %1584 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1586 = div %1585, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1587 = add %1586, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1588 = rsqrt %1587 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1589 = broadcast %1588 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1590 = mul %1583, %1589 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1591 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1592 = mul %1590, %1591 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1593 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1594 = add %1592, %1593 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1595 = cast %1594 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1596 = matmul %1595, %464 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1597 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1598 = cast %1596 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1599 = add %1598, %1597 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1600 = mul %1452, %1599 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1601 = cast %1596 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1602 = add %1601, %1597 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1603 = mul %1602, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1604 = erf %1603 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1605 = add %1461, %1604 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1606 = mul %1600, %1605 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1607 = cast %1606 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1608 = matmul %1607, %477 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1609 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1610 = cast %1608 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1611 = add %1610, %1609 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1612 = add %1579, %1611 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1613 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1614 = neighbor_topk_gather %1612, %1613 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1615 = reshape %1614 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1616 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1617 = concat %1616, %1615 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1618 = reduce_sum %1617 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1619 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1620 = div %1618, %1619 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1621 = broadcast %1620 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1622 = sub %1617, %1621 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1623 = mul %1622, %1622 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1624 = reduce_sum %1623 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1625 = div %1624, %1619 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1626 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1627 = add %1625, %1626 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1628 = rsqrt %1627 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1629 = broadcast %1628 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1630 = mul %1622, %1629 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1631 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1632 = mul %1630, %1631 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1633 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1634 = add %1632, %1633 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1635 = cast %1634 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1636 = slice %1635 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1637 = matmul %1636, %507 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1638 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1639 = cast %1637 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1640 = add %1639, %1638 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1641 = matmul %1635, %512 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1642 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1643 = cast %1641 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1644 = add %1643, %1642 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1645 = matmul %1635, %517 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1646 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1647 = cast %1645 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1648 = add %1647, %1646 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1649 = cast %1640 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1650 = reshape %1649 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1651 = permute %1650 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1652 = cast %1644 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1653 = reshape %1652 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1654 = permute %1653 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1655 = cast %1651 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1656 = slice %1655 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1657 = broadcast %1656 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1658 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1659 = slice %1658 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1660 = cast %1659 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1661 = mul %1657, %1660 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1662 = slice %1655 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1663 = broadcast %1662 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1664 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1665 = slice %1664 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1666 = cast %1665 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1667 = mul %1663, %1666 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1668 = add %1661, %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1669 = slice %1655 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1670 = broadcast %1669 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1671 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1672 = slice %1671 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1673 = cast %1672 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1674 = mul %1670, %1673 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1675 = add %1668, %1674 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1676 = slice %1655 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1677 = broadcast %1676 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1678 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1679 = slice %1678 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1680 = cast %1679 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1681 = mul %1677, %1680 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1682 = add %1675, %1681 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1683 = slice %1655 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1684 = broadcast %1683 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1685 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1686 = slice %1685 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1687 = cast %1686 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1688 = mul %1684, %1687 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1689 = add %1682, %1688 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1690 = slice %1655 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1691 = broadcast %1690 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1692 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1693 = slice %1692 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1694 = cast %1693 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1695 = mul %1691, %1694 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1696 = add %1689, %1695 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1697 = slice %1655 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1698 = broadcast %1697 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1699 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1700 = slice %1699 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1701 = cast %1700 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1702 = mul %1698, %1701 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1703 = add %1696, %1702 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1704 = slice %1655 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1705 = broadcast %1704 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1706 = permute %1654 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1707 = slice %1706 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1708 = cast %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1709 = mul %1705, %1708 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1710 = add %1703, %1709 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1711 = cast %1710 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1712 = broadcast %260 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1713 = cast %1711 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1714 = mul %1713, %1712 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1715 = reduce_max %1714 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1716 = stop_gradient %1715 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1717 = broadcast %1716 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1718 = cast %1711 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1719 = mul %1718, %1712 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1720 = sub %1719, %1717 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1721 = exp %1720 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1722 = reduce_sum %1721 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1723 = broadcast %1722 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1724 = exp %1720 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1725 = div %1724, %1723 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1726 = cast %1725 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1727 = cast %1648 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1728 = reshape %1727 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1729 = permute %1728 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1730 = cast %1726 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1731 = slice %1730 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1732 = broadcast %1731 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1733 = slice %1729 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1734 = cast %1733 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1735 = mul %1732, %1734 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1736 = slice %1730 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1737 = broadcast %1736 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1738 = slice %1729 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1739 = cast %1738 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1740 = mul %1737, %1739 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1741 = add %1735, %1740 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1742 = slice %1730 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1743 = broadcast %1742 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1744 = slice %1729 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1745 = cast %1744 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1746 = mul %1743, %1745 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1747 = add %1741, %1746 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1748 = cast %1747 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1749 = permute %1748 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1750 = reshape %1749 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1751 = matmul %1750, %624 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1752 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1753 = cast %1751 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1754 = add %1753, %1752 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1755 = add %1616, %1754 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1756 = reduce_sum %1755 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1757 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1758 = div %1756, %1757 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1759 = broadcast %1758 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1760 = cast %1751 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1761 = add %1760, %1752 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1762 = add %1616, %1761 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1763 = sub %1762, %1759 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1764 = mul %1763, %1763 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1765 = reduce_sum %1764 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1766 = div %1765, %1757 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1767 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1768 = add %1766, %1767 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1769 = rsqrt %1768 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1770 = broadcast %1769 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1771 = mul %1763, %1770 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1772 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1773 = mul %1771, %1772 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1774 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1775 = add %1773, %1774 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1776 = cast %1775 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1777 = matmul %1776, %651 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1778 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1779 = broadcast %314 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1780 = cast %1777 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1781 = add %1780, %1778 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1782 = mul %1779, %1781 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1783 = broadcast %319 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1784 = cast %1777 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1785 = add %1784, %1778 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1786 = mul %1785, %1783 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1787 = erf %1786 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1788 = broadcast %325 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1789 = add %1788, %1787 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1790 = mul %1782, %1789 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1791 = cast %1790 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1792 = matmul %1791, %667 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1793 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1794 = cast %1792 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1795 = add %1794, %1793 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1796 = cast %1751 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1797 = add %1796, %1752 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1798 = add %1616, %1797 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1799 = add %1798, %1795 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1800 = concat %1799, %1615 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1801 = reduce_sum %1800 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1802 = div %1801, %1619 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1803 = broadcast %1802 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1804 = sub %1800, %1803 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1805 = mul %1804, %1804 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1806 = reduce_sum %1805 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1807 = div %1806, %1619 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1808 = add %1807, %1626 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1809 = rsqrt %1808 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1810 = broadcast %1809 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1811 = mul %1804, %1810 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1812 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1813 = mul %1811, %1812 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1814 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1815 = add %1813, %1814 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1816 = cast %1815 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1817 = slice %1816 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1818 = matmul %1817, %694 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1819 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1820 = cast %1818 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1821 = add %1820, %1819 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1822 = matmul %1816, %699 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1823 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1824 = cast %1822 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1825 = add %1824, %1823 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1826 = matmul %1816, %704 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1827 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1828 = cast %1826 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1829 = add %1828, %1827 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1830 = cast %1821 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1831 = reshape %1830 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1832 = permute %1831 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1833 = cast %1825 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1834 = reshape %1833 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1835 = permute %1834 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1836 = cast %1832 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1837 = slice %1836 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1838 = broadcast %1837 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1839 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1840 = slice %1839 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1841 = cast %1840 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1842 = mul %1838, %1841 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1843 = slice %1836 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1844 = broadcast %1843 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1845 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1846 = slice %1845 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1847 = cast %1846 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1848 = mul %1844, %1847 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1849 = add %1842, %1848 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1850 = slice %1836 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1851 = broadcast %1850 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1852 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1853 = slice %1852 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1854 = cast %1853 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1855 = mul %1851, %1854 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1856 = add %1849, %1855 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1857 = slice %1836 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1858 = broadcast %1857 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1859 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1860 = slice %1859 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1861 = cast %1860 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1862 = mul %1858, %1861 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1863 = add %1856, %1862 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1864 = slice %1836 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1865 = broadcast %1864 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1866 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1867 = slice %1866 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1868 = cast %1867 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1869 = mul %1865, %1868 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1870 = add %1863, %1869 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1871 = slice %1836 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1872 = broadcast %1871 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1873 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1874 = slice %1873 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1875 = cast %1874 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1876 = mul %1872, %1875 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1877 = add %1870, %1876 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1878 = slice %1836 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1879 = broadcast %1878 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1880 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1881 = slice %1880 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1882 = cast %1881 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1883 = mul %1879, %1882 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1884 = add %1877, %1883 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1885 = slice %1836 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1886 = broadcast %1885 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1887 = permute %1835 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1888 = slice %1887 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1889 = cast %1888 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1890 = mul %1886, %1889 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1891 = add %1884, %1890 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1892 = cast %1891 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1893 = cast %1892 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1894 = mul %1893, %1712 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1895 = reduce_max %1894 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1896 = stop_gradient %1895 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1897 = broadcast %1896 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1898 = cast %1892 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1899 = mul %1898, %1712 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1900 = sub %1899, %1897 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1901 = exp %1900 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1902 = reduce_sum %1901 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1903 = broadcast %1902 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1904 = exp %1900 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1905 = div %1904, %1903 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1906 = cast %1905 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1907 = cast %1829 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1908 = reshape %1907 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1909 = permute %1908 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1910 = cast %1906 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1911 = slice %1910 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1912 = broadcast %1911 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1913 = slice %1909 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1914 = cast %1913 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1915 = mul %1912, %1914 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1916 = slice %1910 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1917 = broadcast %1916 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1918 = slice %1909 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1919 = cast %1918 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1920 = mul %1917, %1919 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1921 = add %1915, %1920 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1922 = slice %1910 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1923 = broadcast %1922 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1924 = slice %1909 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1925 = cast %1924 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1926 = mul %1923, %1925 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1927 = add %1921, %1926 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1928 = cast %1927 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1929 = permute %1928 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1930 = reshape %1929 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1931 = matmul %1930, %810 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1932 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1933 = cast %1931 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1934 = add %1933, %1932 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1935 = add %1799, %1934 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1936 = reduce_sum %1935 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1937 = div %1936, %1757 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1938 = broadcast %1937 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1939 = sub %1935, %1938 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1940 = mul %1939, %1939 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1941 = reduce_sum %1940 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1942 = div %1941, %1757 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1943 = add %1942, %1767 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1944 = rsqrt %1943 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1945 = broadcast %1944 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1946 = mul %1939, %1945 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1947 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1948 = mul %1946, %1947 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1949 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1950 = add %1948, %1949 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1951 = cast %1950 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1952 = matmul %1951, %832 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1953 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1954 = cast %1952 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1955 = add %1954, %1953 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1956 = mul %1779, %1955 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1957 = cast %1952 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1958 = add %1957, %1953 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1959 = mul %1958, %1783 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1960 = erf %1959 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1961 = add %1788, %1960 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1962 = mul %1956, %1961 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1963 = cast %1962 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1964 = matmul %1963, %845 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1965 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1966 = cast %1964 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1967 = add %1966, %1965 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1968 = add %1935, %1967 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1969 = reshape %1968 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1970 = concat %852, %1612 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1971 = reduce_sum %1970 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1972 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1973 = div %1971, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1974 = broadcast %1973 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1975 = sub %1970, %1974 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1976 = mul %1975, %1975 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1977 = reduce_sum %1976 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1978 = div %1977, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1979 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1980 = add %1978, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1981 = rsqrt %1980 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1982 = broadcast %1981 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1983 = mul %1975, %1982 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1984 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1985 = mul %1983, %1984 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1986 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1987 = add %1985, %1986 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1988 = cast %1987 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1989 = slice %1988 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1990 = matmul %1989, %507 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1991 = cast %1990 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1992 = add %1991, %874 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1993 = matmul %1988, %512 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1994 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1995 = cast %1993 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1996 = add %1995, %1994 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1997 = matmul %1988, %517 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1998 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1999 = cast %1997 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2000 = add %1999, %1998 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2001 = cast %1992 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2002 = reshape %2001 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2003 = permute %2002 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2004 = cast %1996 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2005 = reshape %2004 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2006 = permute %2005 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2007 = cast %2003 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2008 = slice %2007 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2009 = broadcast %2008 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2010 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2011 = slice %2010 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2012 = cast %2011 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2013 = mul %2009, %2012 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2014 = slice %2007 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2015 = broadcast %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2017 = slice %2016 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2018 = cast %2017 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2019 = mul %2015, %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2020 = add %2013, %2019 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2021 = slice %2007 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2022 = broadcast %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2024 = slice %2023 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = cast %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = mul %2022, %2025 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2027 = add %2020, %2026 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = slice %2007 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2029 = broadcast %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2031 = slice %2030 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2032 = cast %2031 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = mul %2029, %2032 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2034 = add %2027, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2035 = slice %2007 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2036 = broadcast %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2038 = slice %2037 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2039 = cast %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2040 = mul %2036, %2039 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2041 = add %2034, %2040 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = slice %2007 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2043 = broadcast %2042 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2044 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2045 = slice %2044 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2046 = cast %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = mul %2043, %2046 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2048 = add %2041, %2047 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2049 = slice %2007 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2050 = broadcast %2049 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2051 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2052 = slice %2051 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2053 = cast %2052 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2054 = mul %2050, %2053 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2055 = add %2048, %2054 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2056 = slice %2007 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2057 = broadcast %2056 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2058 = permute %2006 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2059 = slice %2058 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2060 = cast %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2061 = mul %2057, %2060 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2062 = add %2055, %2061 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2063 = cast %2062 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2064 = broadcast %260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2065 = cast %2063 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2066 = mul %2065, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2067 = reduce_max %2066 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2068 = stop_gradient %2067 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2069 = broadcast %2068 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2070 = cast %2063 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2071 = mul %2070, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2072 = sub %2071, %2069 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2073 = exp %2072 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2074 = reduce_sum %2073 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2075 = broadcast %2074 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2076 = exp %2072 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2077 = div %2076, %2075 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2078 = cast %2077 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2079 = cast %2000 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2080 = reshape %2079 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2081 = permute %2080 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2082 = cast %2078 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2083 = cast %2081 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2084 = reshape %2082 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2085 = broadcast %2084 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2086 = reshape %2083 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2087 = broadcast %2086 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2088 = mul %2085, %2087 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2089 = reduce_sum %2088 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2090 = cast %2089 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2091 = permute %2090 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2092 = reshape %2091 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2093 = matmul %2092, %624 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2094 = cast %2093 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2095 = add %2094, %978 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2096 = add %852, %2095 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2097 = reduce_sum %2096 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2098 = div %2097, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2099 = broadcast %2098 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2100 = sub %2096, %2099 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2101 = mul %2100, %2100 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2102 = reduce_sum %2101 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2103 = div %2102, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2104 = add %2103, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2105 = rsqrt %2104 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2106 = broadcast %2105 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2107 = mul %2100, %2106 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2108 = mul %2107, %995 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2109 = add %2108, %997 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2110 = cast %2109 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2111 = matmul %2110, %651 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2112 = cast %2111 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2113 = add %2112, %1001 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2114 = mul %1004, %2113 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2115 = mul %2113, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2116 = erf %2115 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2117 = add %1009, %2116 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2118 = mul %2114, %2117 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2119 = cast %2118 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2120 = matmul %2119, %667 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2121 = cast %2120 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2122 = add %2121, %1014 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2123 = add %2096, %2122 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2124 = concat %2123, %1612 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2125 = reduce_sum %2124 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2126 = div %2125, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2127 = broadcast %2126 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2128 = sub %2124, %2127 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2129 = mul %2128, %2128 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2130 = reduce_sum %2129 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2131 = div %2130, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2132 = add %2131, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2133 = rsqrt %2132 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2134 = broadcast %2133 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2135 = mul %2128, %2134 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2136 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2137 = mul %2135, %2136 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2138 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2139 = add %2137, %2138 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2140 = cast %2139 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2141 = slice %2140 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2142 = matmul %2141, %694 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2143 = cast %2142 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2144 = add %2143, %1037 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2145 = matmul %2140, %699 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2146 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2147 = cast %2145 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2148 = add %2147, %2146 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2149 = matmul %2140, %704 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2150 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2151 = cast %2149 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2152 = add %2151, %2150 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2153 = cast %2144 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2154 = reshape %2153 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2155 = permute %2154 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2156 = cast %2148 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2157 = reshape %2156 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2158 = permute %2157 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2159 = cast %2155 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2160 = slice %2159 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2161 = broadcast %2160 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2162 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2163 = slice %2162 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2164 = cast %2163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2165 = mul %2161, %2164 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2166 = slice %2159 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2167 = broadcast %2166 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2168 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2169 = slice %2168 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2170 = cast %2169 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2171 = mul %2167, %2170 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2172 = add %2165, %2171 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2173 = slice %2159 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2174 = broadcast %2173 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2175 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2176 = slice %2175 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2177 = cast %2176 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2178 = mul %2174, %2177 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2179 = add %2172, %2178 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2180 = slice %2159 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2181 = broadcast %2180 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2182 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2183 = slice %2182 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2184 = cast %2183 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2185 = mul %2181, %2184 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2186 = add %2179, %2185 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2187 = slice %2159 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2188 = broadcast %2187 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2189 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2190 = slice %2189 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2191 = cast %2190 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2192 = mul %2188, %2191 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2193 = add %2186, %2192 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2194 = slice %2159 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2195 = broadcast %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2196 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2197 = slice %2196 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2198 = cast %2197 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2199 = mul %2195, %2198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2200 = add %2193, %2199 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2201 = slice %2159 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2202 = broadcast %2201 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2203 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2204 = slice %2203 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2205 = cast %2204 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2206 = mul %2202, %2205 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2207 = add %2200, %2206 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2208 = slice %2159 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2209 = broadcast %2208 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2210 = permute %2158 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2211 = slice %2210 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2212 = cast %2211 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2213 = mul %2209, %2212 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2214 = add %2207, %2213 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2215 = cast %2214 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2216 = cast %2215 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2217 = mul %2216, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2218 = reduce_max %2217 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2219 = stop_gradient %2218 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2220 = broadcast %2219 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2221 = cast %2215 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2222 = mul %2221, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2223 = sub %2222, %2220 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2224 = exp %2223 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2225 = reduce_sum %2224 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2226 = broadcast %2225 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2227 = exp %2223 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2228 = div %2227, %2226 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2229 = cast %2228 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2230 = cast %2152 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2231 = reshape %2230 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2232 = permute %2231 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2233 = cast %2229 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2234 = cast %2232 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2235 = reshape %2233 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2236 = broadcast %2235 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2237 = reshape %2234 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2238 = broadcast %2237 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2239 = mul %2236, %2238 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2240 = reduce_sum %2239 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2241 = cast %2240 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2242 = permute %2241 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2243 = reshape %2242 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2244 = matmul %2243, %810 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2245 = cast %2244 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2246 = add %2245, %1140 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2247 = add %2123, %2246 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2248 = reduce_sum %2247 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2249 = div %2248, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2250 = broadcast %2249 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2251 = sub %2247, %2250 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2252 = mul %2251, %2251 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2253 = reduce_sum %2252 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2254 = div %2253, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2255 = add %2254, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2256 = rsqrt %2255 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2257 = broadcast %2256 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2258 = mul %2251, %2257 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2259 = mul %2258, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2260 = add %2259, %1157 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2261 = cast %2260 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2262 = matmul %2261, %832 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2263 = cast %2262 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2264 = add %2263, %1161 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2265 = mul %1004, %2264 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2266 = mul %2264, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2267 = erf %2266 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2268 = add %1009, %2267 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2269 = mul %2265, %2268 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2270 = cast %2269 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2271 = matmul %2270, %845 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2272 = cast %2271 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2273 = add %2272, %1171 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2274 = add %2247, %2273 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2275 = concat %2274, %1969 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2276 = reduce_sum %2275 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2277 = div %2276, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2278 = broadcast %2277 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2279 = sub %2275, %2278 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2280 = mul %2279, %2279 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2281 = reduce_sum %2280 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2282 = div %2281, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2283 = add %2282, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2284 = rsqrt %2283 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2285 = broadcast %2284 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2286 = mul %2279, %2285 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2287 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2288 = mul %2286, %2287 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2289 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2290 = add %2288, %2289 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2291 = cast %2290 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2292 = slice %2291 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2293 = matmul %2292, %1193 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2294 = cast %2293 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2295 = add %2294, %1195 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2296 = mul %1198, %2295 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2297 = mul %2295, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2298 = erf %2297 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2299 = add %1203, %2298 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2300 = mul %2296, %2299 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2301 = cast %2300 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2302 = matmul %2301, %1207 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2303 = cast %2302 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2304 = add %2303, %1209 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2305 = mul %1198, %2304 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2306 = mul %2304, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2307 = erf %2306 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2308 = add %1203, %2307 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2309 = mul %2305, %2308 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2310 = cast %2309 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2311 = matmul %2310, %1218 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2312 = cast %2311 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2313 = add %2312, %1220 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2314 = mul %2313, %2313 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2315 = reduce_sum %2314 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2316 = sqrt %2315 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2317 = max %2316, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2318 = broadcast %2317 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2319 = div %2313, %2318 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2320 = cast %2319 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2321 = matmul %2320, %1239 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2322 = slice %2291 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2323 = matmul %2322, %1242 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2324 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2325 = broadcast %314 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2326 = cast %2323 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2327 = add %2326, %2324 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2328 = mul %2325, %2327 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2329 = broadcast %319 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2330 = cast %2323 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2331 = add %2330, %2324 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2332 = mul %2331, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2333 = erf %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2334 = broadcast %325 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2335 = add %2334, %2333 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2336 = mul %2328, %2335 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2337 = cast %2336 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2338 = matmul %2337, %1258 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2339 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2340 = cast %2338 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2341 = add %2340, %2339 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2342 = mul %2325, %2341 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2343 = cast %2338 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2344 = add %2343, %2339 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2345 = mul %2344, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2346 = erf %2345 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2347 = add %2334, %2346 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2348 = mul %2342, %2347 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2349 = cast %2348 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2350 = matmul %2349, %1271 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2351 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2352 = cast %2350 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2353 = add %2352, %2351 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2354 = mul %2353, %2353 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2355 = reduce_sum %2354 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2356 = sqrt %2355 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2357 = broadcast %1226 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2358 = max %2356, %2357 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2359 = broadcast %2358 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2360 = cast %2350 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2361 = add %2360, %2351 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2362 = div %2361, %2359 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2363 = cast %2362 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2364 = matmul %2363, %1293 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2365 = cast %2321 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2366 = slice %2365 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2367 = slice %2365 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2368 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2369 = cast %2368 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2370 = matmul %169, %2369 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2371 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2372 = cast %2370 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2373 = add %2372, %2371 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2374 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2375 = add %2373, %2374 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2376 = reduce_sum %2375 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2377 = div %2376, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2378 = broadcast %2377 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2379 = sub %2375, %2378 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2380 = mul %2379, %2379 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2381 = reduce_sum %2380 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2382 = div %2381, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2383 = add %2382, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2384 = rsqrt %2383 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2385 = broadcast %2384 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2386 = mul %2379, %2385 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2387 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2388 = mul %2386, %2387 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2389 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2390 = add %2388, %2389 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2391 = cast %2390 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2392 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2393 = matmul %2391, %2392 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2394 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2395 = cast %2393 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2396 = add %2395, %2394 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2397 = cast %2396 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2398 = reshape %2397 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2399 = permute %2398 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2400 = slice %2399 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2401 = reshape %2400 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2402 = slice %2399 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2403 = reshape %2402 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2404 = cast %2401 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2405 = cast %2403 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2406 = permute %2405 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2407 = slice %2404 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2408 = broadcast %2407 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2409 = slice %2406 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2410 = broadcast %2409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2411 = mul %2408, %2410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2412 = slice %2404 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2413 = broadcast %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2414 = slice %2406 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2415 = broadcast %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2416 = mul %2413, %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2417 = add %2411, %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2418 = slice %2404 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2419 = broadcast %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = slice %2406 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2421 = broadcast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2422 = mul %2419, %2421 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2423 = add %2417, %2422 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2424 = slice %2404 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2425 = broadcast %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2426 = slice %2406 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2427 = broadcast %2426 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2428 = mul %2425, %2427 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2429 = add %2423, %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2430 = slice %2404 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2431 = broadcast %2430 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2432 = slice %2406 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2433 = broadcast %2432 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2434 = mul %2431, %2433 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2435 = add %2429, %2434 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2436 = slice %2404 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2437 = broadcast %2436 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2438 = slice %2406 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2439 = broadcast %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2440 = mul %2437, %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2441 = add %2435, %2440 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2442 = slice %2404 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2443 = broadcast %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2444 = slice %2406 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2445 = broadcast %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2446 = mul %2443, %2445 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2447 = add %2441, %2446 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2448 = slice %2404 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2449 = broadcast %2448 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2450 = slice %2406 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2451 = broadcast %2450 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2452 = mul %2449, %2451 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2453 = add %2447, %2452 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2454 = cast %2453 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2455 = cast %2454 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2456 = mul %2455, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2457 = reduce_max %2456 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2458 = stop_gradient %2457 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2459 = broadcast %2458 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2460 = cast %2454 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2461 = mul %2460, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2462 = sub %2461, %2459 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2463 = exp %2462 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2464 = reduce_sum %2463 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2465 = broadcast %2464 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2466 = exp %2462 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2467 = div %2466, %2465 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2468 = cast %2467 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2469 = slice %2399 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2470 = reshape %2469 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2471 = cast %2468 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2472 = cast %2470 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2473 = reshape %2471 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2474 = broadcast %2473 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2475 = reshape %2472 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2476 = broadcast %2475 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2477 = mul %2474, %2476 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2478 = reduce_sum %2477 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2479 = cast %2478 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2480 = permute %2479 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2481 = reshape %2480 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2482 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2483 = matmul %2481, %2482 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2484 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2485 = cast %2483 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2486 = add %2485, %2484 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2487 = add %2375, %2486 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2488 = reduce_sum %2487 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2489 = div %2488, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2490 = broadcast %2489 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2491 = sub %2487, %2490 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2492 = mul %2491, %2491 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2493 = reduce_sum %2492 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2494 = div %2493, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2495 = add %2494, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2496 = rsqrt %2495 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2497 = broadcast %2496 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2498 = mul %2491, %2497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2499 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2500 = mul %2498, %2499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2501 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2502 = add %2500, %2501 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2503 = cast %2502 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2504 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2505 = matmul %2503, %2504 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2506 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2507 = cast %2505 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2508 = add %2507, %2506 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2509 = mul %315, %2508 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2510 = cast %2505 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2511 = add %2510, %2506 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2512 = mul %2511, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2513 = erf %2512 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2514 = add %326, %2513 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2515 = mul %2509, %2514 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2516 = cast %2515 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2517 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2518 = matmul %2516, %2517 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2519 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2520 = cast %2518 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2521 = add %2520, %2519 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2522 = add %2487, %2521 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2523 = reduce_sum %2522 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2524 = div %2523, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2525 = broadcast %2524 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2526 = sub %2522, %2525 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2527 = mul %2526, %2526 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2528 = reduce_sum %2527 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2529 = div %2528, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2530 = add %2529, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2531 = rsqrt %2530 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2532 = broadcast %2531 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2533 = mul %2526, %2532 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2534 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2535 = mul %2533, %2534 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2536 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2537 = add %2535, %2536 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2538 = cast %2537 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2539 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2540 = matmul %2538, %2539 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2541 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2542 = cast %2540 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2543 = add %2542, %2541 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2544 = cast %2543 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2545 = reshape %2544 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2546 = permute %2545 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2547 = slice %2546 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2548 = reshape %2547 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2549 = slice %2546 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2550 = reshape %2549 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2551 = cast %2548 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2552 = cast %2550 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2553 = permute %2552 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2554 = slice %2551 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2555 = broadcast %2554 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2556 = slice %2553 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2557 = broadcast %2556 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2558 = mul %2555, %2557 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2559 = slice %2551 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2560 = broadcast %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2561 = slice %2553 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2562 = broadcast %2561 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2563 = mul %2560, %2562 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2564 = add %2558, %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2565 = slice %2551 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2566 = broadcast %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2567 = slice %2553 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2568 = broadcast %2567 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2569 = mul %2566, %2568 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2570 = add %2564, %2569 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2571 = slice %2551 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2572 = broadcast %2571 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2573 = slice %2553 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2574 = broadcast %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2575 = mul %2572, %2574 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2576 = add %2570, %2575 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2577 = slice %2551 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2578 = broadcast %2577 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2579 = slice %2553 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2580 = broadcast %2579 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2581 = mul %2578, %2580 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2582 = add %2576, %2581 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2583 = slice %2551 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2584 = broadcast %2583 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2585 = slice %2553 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2586 = broadcast %2585 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2587 = mul %2584, %2586 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2588 = add %2582, %2587 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2589 = slice %2551 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2590 = broadcast %2589 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2591 = slice %2553 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2592 = broadcast %2591 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2593 = mul %2590, %2592 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2594 = add %2588, %2593 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2595 = slice %2551 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2596 = broadcast %2595 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2597 = slice %2553 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2598 = broadcast %2597 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2599 = mul %2596, %2598 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2600 = add %2594, %2599 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2601 = cast %2600 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2602 = cast %2601 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2603 = mul %2602, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2604 = reduce_max %2603 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2605 = stop_gradient %2604 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2606 = broadcast %2605 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2607 = cast %2601 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2608 = mul %2607, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2609 = sub %2608, %2606 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2610 = exp %2609 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2611 = reduce_sum %2610 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2612 = broadcast %2611 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2613 = exp %2609 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2614 = div %2613, %2612 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2615 = cast %2614 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2616 = slice %2546 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2617 = reshape %2616 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2618 = cast %2615 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2619 = cast %2617 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2620 = reshape %2618 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2621 = broadcast %2620 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2622 = reshape %2619 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2623 = broadcast %2622 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2624 = mul %2621, %2623 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2625 = reduce_sum %2624 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2626 = cast %2625 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2627 = permute %2626 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2628 = reshape %2627 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2629 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2630 = matmul %2628, %2629 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2631 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2632 = cast %2630 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2633 = add %2632, %2631 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2634 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2635 = broadcast %2634 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2636 = div %2633, %2635 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2637 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2638 = rand_uniform %2637 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2639 = broadcast %2634 : f32[4] @ models/lib/nn.yaml:44:35
%2640 = add %2639, %2638 : f32[4] @ models/lib/nn.yaml:44:35
%2641 = floor %2640 : f32[4] @ models/lib/nn.yaml:44:24
%2642 = reshape %2641 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2643 = broadcast %2642 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2644 = mul %2636, %2643 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2645 = add %2522, %2644 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2646 = reduce_sum %2645 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2647 = div %2646, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2648 = broadcast %2647 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2649 = sub %2645, %2648 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2650 = mul %2649, %2649 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2651 = reduce_sum %2650 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2652 = div %2651, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2653 = add %2652, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2654 = rsqrt %2653 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2655 = broadcast %2654 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2656 = mul %2649, %2655 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2657 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2658 = mul %2656, %2657 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2659 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2660 = add %2658, %2659 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2661 = cast %2660 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2662 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2663 = matmul %2661, %2662 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2664 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2665 = cast %2663 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2666 = add %2665, %2664 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2667 = mul %315, %2666 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2668 = cast %2663 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2669 = add %2668, %2664 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2670 = mul %2669, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2671 = erf %2670 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2672 = add %326, %2671 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2673 = mul %2667, %2672 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2674 = cast %2673 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2675 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2676 = matmul %2674, %2675 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2677 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2678 = cast %2676 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2679 = add %2678, %2677 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2680 = div %2679, %2635 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2681 = rand_uniform %2637 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2682 = add %2639, %2681 : f32[4] @ models/lib/nn.yaml:44:35
%2683 = floor %2682 : f32[4] @ models/lib/nn.yaml:44:24
%2684 = reshape %2683 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2685 = broadcast %2684 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2686 = mul %2680, %2685 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2687 = add %2645, %2686 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2688 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2689 = concat %2688, %2687 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2690 = reduce_sum %2689 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2691 = div %2690, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2692 = broadcast %2691 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2693 = sub %2689, %2692 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2694 = mul %2693, %2693 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2695 = reduce_sum %2694 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2696 = div %2695, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2697 = add %2696, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2698 = rsqrt %2697 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2699 = broadcast %2698 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2700 = mul %2693, %2699 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2701 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2702 = mul %2700, %2701 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2703 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2704 = add %2702, %2703 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2705 = cast %2704 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2706 = slice %2705 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2707 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2708 = matmul %2706, %2707 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2709 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2710 = cast %2708 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2711 = add %2710, %2709 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2712 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2713 = matmul %2705, %2712 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2714 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2715 = cast %2713 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2716 = add %2715, %2714 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2717 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2718 = matmul %2705, %2717 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2719 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2720 = cast %2718 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2721 = add %2720, %2719 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2722 = cast %2711 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2723 = reshape %2722 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2724 = permute %2723 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2725 = cast %2716 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2726 = reshape %2725 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2727 = permute %2726 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2728 = cast %2724 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2729 = slice %2728 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2730 = broadcast %2729 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2731 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2732 = slice %2731 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2733 = cast %2732 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2734 = mul %2730, %2733 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2735 = slice %2728 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2736 = broadcast %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2738 = slice %2737 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2739 = cast %2738 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2740 = mul %2736, %2739 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2741 = add %2734, %2740 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2742 = slice %2728 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2743 = broadcast %2742 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2744 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2745 = slice %2744 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2746 = cast %2745 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2747 = mul %2743, %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2748 = add %2741, %2747 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2749 = slice %2728 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2750 = broadcast %2749 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2751 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2752 = slice %2751 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2753 = cast %2752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2754 = mul %2750, %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2755 = add %2748, %2754 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2756 = slice %2728 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2757 = broadcast %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2758 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2759 = slice %2758 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2760 = cast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2761 = mul %2757, %2760 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2762 = add %2755, %2761 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2763 = slice %2728 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2764 = broadcast %2763 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2765 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2766 = slice %2765 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2767 = cast %2766 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2768 = mul %2764, %2767 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2769 = add %2762, %2768 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2770 = slice %2728 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2771 = broadcast %2770 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2772 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2773 = slice %2772 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2774 = cast %2773 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2775 = mul %2771, %2774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2776 = add %2769, %2775 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2777 = slice %2728 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2778 = broadcast %2777 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2779 = permute %2727 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2780 = slice %2779 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2781 = cast %2780 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2782 = mul %2778, %2781 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2783 = add %2776, %2782 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2784 = cast %2783 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2785 = cast %2784 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2786 = mul %2785, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2787 = reduce_max %2786 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2788 = stop_gradient %2787 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2789 = broadcast %2788 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2790 = cast %2784 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2791 = mul %2790, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2792 = sub %2791, %2789 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2793 = exp %2792 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2794 = reduce_sum %2793 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2795 = broadcast %2794 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2796 = exp %2792 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2797 = div %2796, %2795 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2798 = cast %2797 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2799 = cast %2721 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2800 = reshape %2799 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2801 = permute %2800 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2802 = cast %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2803 = cast %2801 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2804 = reshape %2802 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2805 = broadcast %2804 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2806 = reshape %2803 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2807 = broadcast %2806 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2808 = mul %2805, %2807 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2809 = reduce_sum %2808 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2810 = cast %2809 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2811 = permute %2810 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2812 = reshape %2811 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2813 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2814 = matmul %2812, %2813 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2815 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2816 = cast %2814 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2817 = add %2816, %2815 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2818 = add %2688, %2817 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2819 = reduce_sum %2818 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2820 = div %2819, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2821 = broadcast %2820 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2822 = sub %2818, %2821 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2823 = mul %2822, %2822 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2824 = reduce_sum %2823 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2825 = div %2824, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2826 = add %2825, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2827 = rsqrt %2826 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2828 = broadcast %2827 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2829 = mul %2822, %2828 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2830 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2831 = mul %2829, %2830 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2832 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2833 = add %2831, %2832 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2834 = cast %2833 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2835 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2836 = matmul %2834, %2835 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2837 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2838 = cast %2836 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2839 = add %2838, %2837 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2840 = mul %1004, %2839 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2841 = mul %2839, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2842 = erf %2841 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2843 = add %1009, %2842 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2844 = mul %2840, %2843 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2845 = cast %2844 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2846 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2847 = matmul %2845, %2846 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2848 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2849 = cast %2847 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2850 = add %2849, %2848 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2851 = add %2818, %2850 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2852 = concat %2851, %2687 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2853 = reduce_sum %2852 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2854 = div %2853, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2855 = broadcast %2854 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2856 = sub %2852, %2855 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2857 = mul %2856, %2856 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2858 = reduce_sum %2857 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2859 = div %2858, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2860 = add %2859, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2861 = rsqrt %2860 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2862 = broadcast %2861 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2863 = mul %2856, %2862 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2864 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2865 = mul %2863, %2864 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2866 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2867 = add %2865, %2866 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2868 = cast %2867 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2869 = slice %2868 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2870 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2871 = matmul %2869, %2870 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2872 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2873 = cast %2871 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2874 = add %2873, %2872 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2875 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2876 = matmul %2868, %2875 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2877 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2878 = cast %2876 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2879 = add %2878, %2877 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2880 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2881 = matmul %2868, %2880 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2882 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2883 = cast %2881 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2884 = add %2883, %2882 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2885 = cast %2874 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2886 = reshape %2885 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2887 = permute %2886 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2888 = cast %2879 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2889 = reshape %2888 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2890 = permute %2889 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2891 = cast %2887 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2892 = slice %2891 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2893 = broadcast %2892 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2894 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2895 = slice %2894 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2896 = cast %2895 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2897 = mul %2893, %2896 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2898 = slice %2891 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2899 = broadcast %2898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2900 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2901 = slice %2900 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2902 = cast %2901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2903 = mul %2899, %2902 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2904 = add %2897, %2903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2905 = slice %2891 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2906 = broadcast %2905 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2907 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2908 = slice %2907 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2909 = cast %2908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2910 = mul %2906, %2909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2911 = add %2904, %2910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2912 = slice %2891 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2913 = broadcast %2912 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2914 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2915 = slice %2914 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2916 = cast %2915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2917 = mul %2913, %2916 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2918 = add %2911, %2917 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2919 = slice %2891 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2920 = broadcast %2919 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2921 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2922 = slice %2921 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2923 = cast %2922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2924 = mul %2920, %2923 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2925 = add %2918, %2924 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2926 = slice %2891 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2927 = broadcast %2926 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2928 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2929 = slice %2928 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2930 = cast %2929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2931 = mul %2927, %2930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2932 = add %2925, %2931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2933 = slice %2891 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2934 = broadcast %2933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2935 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2936 = slice %2935 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2937 = cast %2936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2938 = mul %2934, %2937 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2939 = add %2932, %2938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2940 = slice %2891 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2941 = broadcast %2940 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2942 = permute %2890 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2943 = slice %2942 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2944 = cast %2943 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2945 = mul %2941, %2944 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2946 = add %2939, %2945 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2947 = cast %2946 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2948 = cast %2947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2949 = mul %2948, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2950 = reduce_max %2949 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2951 = stop_gradient %2950 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2952 = broadcast %2951 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2953 = cast %2947 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2954 = mul %2953, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2955 = sub %2954, %2952 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2956 = exp %2955 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2957 = reduce_sum %2956 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2958 = broadcast %2957 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2959 = exp %2955 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2960 = div %2959, %2958 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2961 = cast %2960 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2962 = cast %2884 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2963 = reshape %2962 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2964 = permute %2963 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2965 = cast %2961 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2966 = cast %2964 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2967 = reshape %2965 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2968 = broadcast %2967 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2969 = reshape %2966 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2970 = broadcast %2969 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2971 = mul %2968, %2970 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2972 = reduce_sum %2971 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2973 = cast %2972 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2974 = permute %2973 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2975 = reshape %2974 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2976 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2977 = matmul %2975, %2976 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2978 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2979 = cast %2977 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2980 = add %2979, %2978 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2981 = add %2851, %2980 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2982 = reduce_sum %2981 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2983 = div %2982, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2984 = broadcast %2983 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2985 = sub %2981, %2984 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2986 = mul %2985, %2985 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2987 = reduce_sum %2986 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2988 = div %2987, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2989 = add %2988, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2990 = rsqrt %2989 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2991 = broadcast %2990 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2992 = mul %2985, %2991 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2993 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2994 = mul %2992, %2993 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2995 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2996 = add %2994, %2995 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2997 = cast %2996 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2998 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2999 = matmul %2997, %2998 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3000 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3001 = cast %2999 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3002 = add %3001, %3000 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3003 = mul %1004, %3002 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3004 = mul %3002, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3005 = erf %3004 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3006 = add %1009, %3005 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3007 = mul %3003, %3006 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3008 = cast %3007 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3009 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3010 = matmul %3008, %3009 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3011 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3012 = cast %3010 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3013 = add %3012, %3011 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3014 = add %2981, %3013 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3015 = concat %3014, %2687 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%3016 = reduce_sum %3015 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3017 = div %3016, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3018 = broadcast %3017 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3019 = sub %3015, %3018 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3020 = mul %3019, %3019 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3021 = reduce_sum %3020 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3022 = div %3021, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3023 = add %3022, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%3024 = rsqrt %3023 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3025 = broadcast %3024 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3026 = mul %3019, %3025 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3027 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3028 = mul %3026, %3027 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3029 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3030 = add %3028, %3029 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3031 = cast %3030 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%3032 = slice %3031 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3033 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3034 = matmul %3032, %3033 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3035 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3036 = cast %3034 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3037 = add %3036, %3035 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3038 = mul %1198, %3037 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3039 = mul %3037, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3040 = erf %3039 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3041 = add %1203, %3040 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3042 = mul %3038, %3041 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3043 = cast %3042 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3044 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3045 = matmul %3043, %3044 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3046 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3047 = cast %3045 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3048 = add %3047, %3046 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3049 = mul %1198, %3048 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3050 = mul %3048, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3051 = erf %3050 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3052 = add %1203, %3051 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3053 = mul %3049, %3052 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3054 = cast %3053 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3055 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3056 = matmul %3054, %3055 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3057 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3058 = cast %3056 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3059 = add %3058, %3057 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3060 = mul %3059, %3059 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3061 = reduce_sum %3060 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3062 = sqrt %3061 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3063 = max %3062, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3064 = broadcast %3063 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3065 = div %3059, %3064 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3066 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3067 = mul %3066, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3068 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3069 = reduce_sum %3068 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3070 = sqrt %3069 : f32[32,1] @ models/lib/dino.yaml:22:35
%3071 = broadcast %3070 : f32[32,8] @ models/lib/dino.yaml:22:33
%3072 = div %3067, %3071 : f32[32,8] @ models/lib/dino.yaml:22:33
%3073 = cast %3065 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3074 = cast %3072 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3075 = matmul %3073, %3074 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3076 = slice %3031 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%3077 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3078 = matmul %3076, %3077 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3079 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3080 = cast %3078 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3081 = add %3080, %3079 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3082 = mul %1245, %3081 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3083 = cast %3078 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3084 = add %3083, %3079 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3085 = mul %3084, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3086 = erf %3085 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3087 = add %1254, %3086 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3088 = mul %3082, %3087 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3089 = cast %3088 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3090 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3091 = matmul %3089, %3090 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3092 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3093 = cast %3091 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3094 = add %3093, %3092 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3095 = mul %1245, %3094 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3096 = cast %3091 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3097 = add %3096, %3092 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3098 = mul %3097, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3099 = erf %3098 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3100 = add %1254, %3099 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3101 = mul %3095, %3100 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3102 = cast %3101 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3103 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3104 = matmul %3102, %3103 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%3105 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3106 = cast %3104 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3107 = add %3106, %3105 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3108 = mul %3107, %3107 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3109 = reduce_sum %3108 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3110 = sqrt %3109 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3111 = max %3110, %1279 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3112 = broadcast %3111 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3113 = cast %3104 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3114 = add %3113, %3105 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3115 = div %3114, %3112 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3116 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3117 = mul %3116, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3118 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3119 = reduce_sum %3118 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3120 = sqrt %3119 : f32[16,1] @ models/lib/dino.yaml:22:35
%3121 = broadcast %3120 : f32[16,8] @ models/lib/dino.yaml:22:33
%3122 = div %3117, %3121 : f32[16,8] @ models/lib/dino.yaml:22:33
%3123 = cast %3115 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%3124 = cast %3122 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3125 = matmul %3123, %3124 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%3126 = matmul %1301, %2369 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%3127 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3128 = cast %3126 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3129 = add %3128, %3127 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3130 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3131 = cast %3130 : bf16[4,64] @ models/lib/vit.yaml:32:15
%3132 = matmul %1308, %3131 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%3133 = reshape %3132 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%3134 = permute %3133 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%3135 = reshape %3134 : bf16[4,48] @ models/lib/vit.yaml:34:17
%3136 = matmul %1308, %3135 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%3137 = cast %3136 : f32[3,48] @ models/lib/vit.yaml:35:21
%3138 = reshape %3137 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3139 = permute %3138 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3140 = reshape %3139 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3141 = broadcast %3140 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3142 = add %3129, %3141 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3143 = reduce_sum %3142 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3144 = div %3143, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3145 = broadcast %3144 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3146 = sub %3142, %3145 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3147 = mul %3146, %3146 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3148 = reduce_sum %3147 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3149 = div %3148, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3150 = add %3149, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3151 = rsqrt %3150 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3152 = broadcast %3151 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3153 = mul %3146, %3152 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3154 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3155 = mul %3153, %3154 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3156 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3157 = add %3155, %3156 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3158 = cast %3157 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3159 = matmul %3158, %2392 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3160 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3161 = cast %3159 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3162 = add %3161, %3160 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3163 = cast %3162 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3164 = reshape %3163 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3165 = permute %3164 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3166 = slice %3165 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3167 = reshape %3166 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3168 = slice %3165 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3169 = reshape %3168 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3170 = cast %3167 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3171 = cast %3169 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3172 = permute %3171 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3173 = slice %3170 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3174 = broadcast %3173 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3175 = slice %3172 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3176 = broadcast %3175 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3177 = mul %3174, %3176 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3178 = slice %3170 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3179 = broadcast %3178 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3180 = slice %3172 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3181 = broadcast %3180 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3182 = mul %3179, %3181 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3183 = add %3177, %3182 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3184 = slice %3170 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3185 = broadcast %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3186 = slice %3172 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3187 = broadcast %3186 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3188 = mul %3185, %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3189 = add %3183, %3188 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3190 = slice %3170 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3191 = broadcast %3190 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3192 = slice %3172 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3193 = broadcast %3192 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3194 = mul %3191, %3193 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3195 = add %3189, %3194 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3196 = slice %3170 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3197 = broadcast %3196 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3198 = slice %3172 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3199 = broadcast %3198 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3200 = mul %3197, %3199 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3201 = add %3195, %3200 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3202 = slice %3170 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3203 = broadcast %3202 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3204 = slice %3172 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3205 = broadcast %3204 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3206 = mul %3203, %3205 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3207 = add %3201, %3206 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3208 = slice %3170 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3209 = broadcast %3208 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3210 = slice %3172 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3211 = broadcast %3210 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3212 = mul %3209, %3211 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3213 = add %3207, %3212 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3214 = slice %3170 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3215 = broadcast %3214 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3216 = slice %3172 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3217 = broadcast %3216 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3218 = mul %3215, %3217 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3219 = add %3213, %3218 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3220 = cast %3219 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3221 = cast %3220 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3222 = mul %3221, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3223 = reduce_max %3222 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3224 = stop_gradient %3223 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3225 = broadcast %3224 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3226 = cast %3220 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3227 = mul %3226, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3228 = sub %3227, %3225 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3229 = exp %3228 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3230 = reduce_sum %3229 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3231 = broadcast %3230 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3232 = exp %3228 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3233 = div %3232, %3231 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3234 = cast %3233 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3235 = slice %3165 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3236 = reshape %3235 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3237 = cast %3234 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3238 = cast %3236 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3239 = reshape %3237 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3240 = broadcast %3239 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3241 = reshape %3238 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3242 = broadcast %3241 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3243 = mul %3240, %3242 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3244 = reduce_sum %3243 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3245 = cast %3244 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3246 = permute %3245 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3247 = reshape %3246 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3248 = matmul %3247, %2482 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3249 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3250 = cast %3248 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3251 = add %3250, %3249 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3252 = add %3142, %3251 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3253 = reduce_sum %3252 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3254 = div %3253, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3255 = broadcast %3254 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3256 = sub %3252, %3255 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3257 = mul %3256, %3256 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3258 = reduce_sum %3257 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3259 = div %3258, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3260 = add %3259, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3261 = rsqrt %3260 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3262 = broadcast %3261 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3263 = mul %3256, %3262 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3264 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3265 = mul %3263, %3264 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3266 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3267 = add %3265, %3266 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3268 = cast %3267 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3269 = matmul %3268, %2504 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3270 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3271 = cast %3269 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3272 = add %3271, %3270 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3273 = mul %1452, %3272 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3274 = cast %3269 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3275 = add %3274, %3270 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3276 = mul %3275, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3277 = erf %3276 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3278 = add %1461, %3277 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3279 = mul %3273, %3278 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3280 = cast %3279 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3281 = matmul %3280, %2517 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3282 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3283 = cast %3281 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3284 = add %3283, %3282 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3285 = add %3252, %3284 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3286 = reduce_sum %3285 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3287 = div %3286, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3288 = broadcast %3287 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3289 = sub %3285, %3288 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3290 = mul %3289, %3289 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3291 = reduce_sum %3290 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3292 = div %3291, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3293 = add %3292, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3294 = rsqrt %3293 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3295 = broadcast %3294 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3296 = mul %3289, %3295 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3297 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3298 = mul %3296, %3297 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3299 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3300 = add %3298, %3299 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3301 = cast %3300 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3302 = matmul %3301, %2539 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3303 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3304 = cast %3302 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3305 = add %3304, %3303 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3306 = cast %3305 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3307 = reshape %3306 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3308 = permute %3307 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3309 = slice %3308 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3310 = reshape %3309 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3311 = slice %3308 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3312 = reshape %3311 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3313 = cast %3310 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3314 = cast %3312 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3315 = permute %3314 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3316 = slice %3313 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3317 = broadcast %3316 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3318 = slice %3315 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3319 = broadcast %3318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3320 = mul %3317, %3319 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3321 = slice %3313 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3322 = broadcast %3321 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3323 = slice %3315 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3324 = broadcast %3323 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3325 = mul %3322, %3324 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3326 = add %3320, %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3327 = slice %3313 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3328 = broadcast %3327 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3329 = slice %3315 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3330 = broadcast %3329 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3331 = mul %3328, %3330 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3332 = add %3326, %3331 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3333 = slice %3313 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3334 = broadcast %3333 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3335 = slice %3315 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3336 = broadcast %3335 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3337 = mul %3334, %3336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3338 = add %3332, %3337 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3339 = slice %3313 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3340 = broadcast %3339 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3341 = slice %3315 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3342 = broadcast %3341 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3343 = mul %3340, %3342 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3344 = add %3338, %3343 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3345 = slice %3313 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3346 = broadcast %3345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3347 = slice %3315 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3348 = broadcast %3347 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3349 = mul %3346, %3348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3350 = add %3344, %3349 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3351 = slice %3313 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3352 = broadcast %3351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3353 = slice %3315 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3354 = broadcast %3353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3355 = mul %3352, %3354 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3356 = add %3350, %3355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3357 = slice %3313 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3358 = broadcast %3357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3359 = slice %3315 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3360 = broadcast %3359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3361 = mul %3358, %3360 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3362 = add %3356, %3361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3363 = cast %3362 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3364 = cast %3363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3365 = mul %3364, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3366 = reduce_max %3365 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3367 = stop_gradient %3366 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3368 = broadcast %3367 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3369 = cast %3363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3370 = mul %3369, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3371 = sub %3370, %3368 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3372 = exp %3371 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3373 = reduce_sum %3372 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3374 = broadcast %3373 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3375 = exp %3371 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3376 = div %3375, %3374 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3377 = cast %3376 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3378 = slice %3308 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3379 = reshape %3378 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3380 = cast %3377 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3381 = cast %3379 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3382 = reshape %3380 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3383 = broadcast %3382 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3384 = reshape %3381 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3385 = broadcast %3384 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3386 = mul %3383, %3385 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3387 = reduce_sum %3386 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3388 = cast %3387 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3389 = permute %3388 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3390 = reshape %3389 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3391 = matmul %3390, %2629 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3392 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3393 = cast %3391 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3394 = add %3393, %3392 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3395 = broadcast %2634 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3396 = div %3394, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3397 = rand_uniform %2637 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3398 = add %2639, %3397 : f32[4] @ models/lib/nn.yaml:44:35
%3399 = floor %3398 : f32[4] @ models/lib/nn.yaml:44:24
%3400 = reshape %3399 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3401 = broadcast %3400 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3402 = mul %3396, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3403 = add %3285, %3402 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3404 = reduce_sum %3403 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3405 = div %3404, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3406 = broadcast %3405 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3407 = sub %3403, %3406 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3408 = mul %3407, %3407 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3409 = reduce_sum %3408 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3410 = div %3409, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3411 = add %3410, %1329 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3412 = rsqrt %3411 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3413 = broadcast %3412 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3414 = mul %3407, %3413 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3415 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3416 = mul %3414, %3415 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3417 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3418 = add %3416, %3417 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3419 = cast %3418 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3420 = matmul %3419, %2662 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3421 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3422 = cast %3420 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3423 = add %3422, %3421 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3424 = mul %1452, %3423 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3425 = cast %3420 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3426 = add %3425, %3421 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3427 = mul %3426, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3428 = erf %3427 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3429 = add %1461, %3428 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3430 = mul %3424, %3429 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3431 = cast %3430 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3432 = matmul %3431, %2675 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3433 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3434 = cast %3432 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3435 = add %3434, %3433 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3436 = div %3435, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3437 = rand_uniform %2637 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3438 = add %2639, %3437 : f32[4] @ models/lib/nn.yaml:44:35
%3439 = floor %3438 : f32[4] @ models/lib/nn.yaml:44:24
%3440 = reshape %3439 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3441 = broadcast %3440 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3442 = mul %3436, %3441 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3443 = add %3403, %3442 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3444 = concat %2688, %3443 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3445 = reduce_sum %3444 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3446 = div %3445, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3447 = broadcast %3446 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3448 = sub %3444, %3447 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3449 = mul %3448, %3448 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3450 = reduce_sum %3449 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3451 = div %3450, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3452 = add %3451, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3453 = rsqrt %3452 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3454 = broadcast %3453 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3455 = mul %3448, %3454 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3456 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3457 = mul %3455, %3456 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3458 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3459 = add %3457, %3458 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3460 = cast %3459 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3461 = slice %3460 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3462 = matmul %3461, %2707 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3463 = cast %3462 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3464 = add %3463, %2709 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3465 = matmul %3460, %2712 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3466 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3467 = cast %3465 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3468 = add %3467, %3466 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3469 = matmul %3460, %2717 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3470 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3471 = cast %3469 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3472 = add %3471, %3470 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3473 = cast %3464 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3474 = reshape %3473 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3475 = permute %3474 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3476 = cast %3468 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3477 = reshape %3476 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3478 = permute %3477 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3479 = cast %3475 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3480 = slice %3479 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3481 = broadcast %3480 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3482 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3483 = slice %3482 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3484 = cast %3483 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3485 = mul %3481, %3484 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3486 = slice %3479 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3487 = broadcast %3486 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3488 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3489 = slice %3488 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3490 = cast %3489 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3491 = mul %3487, %3490 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3492 = add %3485, %3491 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3493 = slice %3479 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3494 = broadcast %3493 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3495 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3496 = slice %3495 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3497 = cast %3496 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3498 = mul %3494, %3497 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3499 = add %3492, %3498 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3500 = slice %3479 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3501 = broadcast %3500 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3502 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3503 = slice %3502 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3504 = cast %3503 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3505 = mul %3501, %3504 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3506 = add %3499, %3505 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3507 = slice %3479 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3508 = broadcast %3507 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3509 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3510 = slice %3509 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3511 = cast %3510 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3512 = mul %3508, %3511 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3513 = add %3506, %3512 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3514 = slice %3479 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3515 = broadcast %3514 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3516 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3517 = slice %3516 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3518 = cast %3517 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3519 = mul %3515, %3518 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3520 = add %3513, %3519 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3521 = slice %3479 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3522 = broadcast %3521 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3523 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3524 = slice %3523 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3525 = cast %3524 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3526 = mul %3522, %3525 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3527 = add %3520, %3526 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3528 = slice %3479 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3529 = broadcast %3528 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3530 = permute %3478 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3531 = slice %3530 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3532 = cast %3531 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3533 = mul %3529, %3532 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3534 = add %3527, %3533 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3535 = cast %3534 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3536 = cast %3535 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3537 = mul %3536, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3538 = reduce_max %3537 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3539 = stop_gradient %3538 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3540 = broadcast %3539 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3541 = cast %3535 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3542 = mul %3541, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3543 = sub %3542, %3540 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3544 = exp %3543 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3545 = reduce_sum %3544 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3546 = broadcast %3545 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3547 = exp %3543 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3548 = div %3547, %3546 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3549 = cast %3548 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3550 = cast %3472 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3551 = reshape %3550 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3552 = permute %3551 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3553 = cast %3549 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3554 = cast %3552 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3555 = reshape %3553 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3556 = broadcast %3555 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3557 = reshape %3554 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3558 = broadcast %3557 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3559 = mul %3556, %3558 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3560 = reduce_sum %3559 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3561 = cast %3560 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3562 = permute %3561 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3563 = reshape %3562 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3564 = matmul %3563, %2813 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3565 = cast %3564 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3566 = add %3565, %2815 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3567 = add %2688, %3566 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3568 = reduce_sum %3567 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3569 = div %3568, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3570 = broadcast %3569 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3571 = sub %3567, %3570 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3572 = mul %3571, %3571 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3573 = reduce_sum %3572 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3574 = div %3573, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3575 = add %3574, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3576 = rsqrt %3575 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3577 = broadcast %3576 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3578 = mul %3571, %3577 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3579 = mul %3578, %2830 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3580 = add %3579, %2832 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3581 = cast %3580 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3582 = matmul %3581, %2835 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3583 = cast %3582 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3584 = add %3583, %2837 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3585 = mul %1004, %3584 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3586 = mul %3584, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3587 = erf %3586 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3588 = add %1009, %3587 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3589 = mul %3585, %3588 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3590 = cast %3589 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3591 = matmul %3590, %2846 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3592 = cast %3591 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3593 = add %3592, %2848 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3594 = add %3567, %3593 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3595 = concat %3594, %3443 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3596 = reduce_sum %3595 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3597 = div %3596, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3598 = broadcast %3597 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3599 = sub %3595, %3598 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3600 = mul %3599, %3599 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3601 = reduce_sum %3600 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3602 = div %3601, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3603 = add %3602, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3604 = rsqrt %3603 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3605 = broadcast %3604 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3606 = mul %3599, %3605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3607 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3608 = mul %3606, %3607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3609 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3610 = add %3608, %3609 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3611 = cast %3610 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3612 = slice %3611 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3613 = matmul %3612, %2870 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3614 = cast %3613 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3615 = add %3614, %2872 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3616 = matmul %3611, %2875 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3617 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3618 = cast %3616 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3619 = add %3618, %3617 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3620 = matmul %3611, %2880 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3621 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3622 = cast %3620 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3623 = add %3622, %3621 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3624 = cast %3615 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3625 = reshape %3624 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3626 = permute %3625 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3627 = cast %3619 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3628 = reshape %3627 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3629 = permute %3628 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3630 = cast %3626 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3631 = slice %3630 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3632 = broadcast %3631 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3633 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3634 = slice %3633 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3635 = cast %3634 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3636 = mul %3632, %3635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3637 = slice %3630 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3638 = broadcast %3637 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3639 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3640 = slice %3639 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3641 = cast %3640 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3642 = mul %3638, %3641 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3643 = add %3636, %3642 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3644 = slice %3630 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3645 = broadcast %3644 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3646 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3647 = slice %3646 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3648 = cast %3647 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3649 = mul %3645, %3648 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3650 = add %3643, %3649 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3651 = slice %3630 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3652 = broadcast %3651 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3653 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3654 = slice %3653 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3655 = cast %3654 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3656 = mul %3652, %3655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3657 = add %3650, %3656 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3658 = slice %3630 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3659 = broadcast %3658 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3660 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3661 = slice %3660 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3662 = cast %3661 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3663 = mul %3659, %3662 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3664 = add %3657, %3663 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3665 = slice %3630 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3666 = broadcast %3665 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3667 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3668 = slice %3667 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3669 = cast %3668 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3670 = mul %3666, %3669 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3671 = add %3664, %3670 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3672 = slice %3630 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3673 = broadcast %3672 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3674 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3675 = slice %3674 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3676 = cast %3675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3677 = mul %3673, %3676 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3678 = add %3671, %3677 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3679 = slice %3630 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3680 = broadcast %3679 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3681 = permute %3629 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3682 = slice %3681 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3683 = cast %3682 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3684 = mul %3680, %3683 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3685 = add %3678, %3684 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3686 = cast %3685 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3687 = cast %3686 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3688 = mul %3687, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3689 = reduce_max %3688 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3690 = stop_gradient %3689 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3691 = broadcast %3690 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3692 = cast %3686 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3693 = mul %3692, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3694 = sub %3693, %3691 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3695 = exp %3694 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3696 = reduce_sum %3695 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3697 = broadcast %3696 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3698 = exp %3694 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3699 = div %3698, %3697 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3700 = cast %3699 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3701 = cast %3623 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3702 = reshape %3701 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3703 = permute %3702 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3704 = cast %3700 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3705 = cast %3703 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3706 = reshape %3704 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3707 = broadcast %3706 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3708 = reshape %3705 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3709 = broadcast %3708 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3710 = mul %3707, %3709 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3711 = reduce_sum %3710 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3712 = cast %3711 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3713 = permute %3712 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3714 = reshape %3713 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3715 = matmul %3714, %2976 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3716 = cast %3715 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3717 = add %3716, %2978 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3718 = add %3594, %3717 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3719 = reduce_sum %3718 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3720 = div %3719, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3721 = broadcast %3720 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3722 = sub %3718, %3721 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3723 = mul %3722, %3722 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3724 = reduce_sum %3723 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3725 = div %3724, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3726 = add %3725, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3727 = rsqrt %3726 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3728 = broadcast %3727 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3729 = mul %3722, %3728 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3730 = mul %3729, %2993 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3731 = add %3730, %2995 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3732 = cast %3731 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3733 = matmul %3732, %2998 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3734 = cast %3733 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3735 = add %3734, %3000 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3736 = mul %1004, %3735 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3737 = mul %3735, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3738 = erf %3737 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3739 = add %1009, %3738 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3740 = mul %3736, %3739 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3741 = cast %3740 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3742 = matmul %3741, %3009 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3743 = cast %3742 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3744 = add %3743, %3011 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3745 = add %3718, %3744 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3746 = concat %3745, %3443 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3747 = reduce_sum %3746 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3748 = div %3747, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3749 = broadcast %3748 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3750 = sub %3746, %3749 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3751 = mul %3750, %3750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3752 = reduce_sum %3751 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3753 = div %3752, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3754 = add %3753, %1979 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3755 = rsqrt %3754 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3756 = broadcast %3755 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3757 = mul %3750, %3756 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3758 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3759 = mul %3757, %3758 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3760 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3761 = add %3759, %3760 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3762 = cast %3761 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3763 = slice %3762 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3764 = matmul %3763, %3033 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3765 = cast %3764 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3766 = add %3765, %3035 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3767 = mul %1198, %3766 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3768 = mul %3766, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3769 = erf %3768 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3770 = add %1203, %3769 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3771 = mul %3767, %3770 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3772 = cast %3771 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3773 = matmul %3772, %3044 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3774 = cast %3773 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3775 = add %3774, %3046 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3776 = mul %1198, %3775 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3777 = mul %3775, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3778 = erf %3777 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3779 = add %1203, %3778 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3780 = mul %3776, %3779 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3781 = cast %3780 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3782 = matmul %3781, %3055 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3783 = cast %3782 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3784 = add %3783, %3057 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3785 = mul %3784, %3784 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3786 = reduce_sum %3785 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3787 = sqrt %3786 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3788 = max %3787, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3789 = broadcast %3788 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3790 = div %3784, %3789 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3791 = cast %3790 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3792 = matmul %3791, %3074 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3793 = slice %3762 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3794 = matmul %3793, %3077 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3795 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3796 = cast %3794 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3797 = add %3796, %3795 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3798 = mul %2325, %3797 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3799 = cast %3794 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3800 = add %3799, %3795 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3801 = mul %3800, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3802 = erf %3801 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3803 = add %2334, %3802 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3804 = mul %3798, %3803 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3805 = cast %3804 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3806 = matmul %3805, %3090 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3807 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3808 = cast %3806 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3809 = add %3808, %3807 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3810 = mul %2325, %3809 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3811 = cast %3806 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3812 = add %3811, %3807 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3813 = mul %3812, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3814 = erf %3813 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3815 = add %2334, %3814 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3816 = mul %3810, %3815 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3817 = cast %3816 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3818 = matmul %3817, %3103 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3819 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3820 = cast %3818 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3821 = add %3820, %3819 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3822 = mul %3821, %3821 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3823 = reduce_sum %3822 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3824 = sqrt %3823 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3825 = max %3824, %2357 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3826 = broadcast %3825 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3827 = cast %3818 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3828 = add %3827, %3819 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3829 = div %3828, %3826 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3830 = cast %3829 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3831 = matmul %3830, %3124 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3832 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3833 = sub %1296, %3832 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3834 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3835 = div %3833, %3834 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3836 = reduce_max %3835 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3837 = stop_gradient %3836 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3838 = broadcast %3837 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3839 = div %3833, %3834 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3840 = sub %3839, %3838 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3841 = exp %3840 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3842 = reduce_sum %3841 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3843 = broadcast %3842 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3844 = exp %3840 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3845 = div %3844, %3843 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3846 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3847 = broadcast %3846 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3848 = slice %3075 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3849 = cast %3848 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3850 = div %3849, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3851 = reduce_max %3850 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3852 = stop_gradient %3851 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3853 = broadcast %3852 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3854 = slice %3075 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3855 = cast %3854 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3856 = div %3855, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3857 = sub %3856, %3853 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3858 = exp %3857 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3859 = reduce_sum %3858 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3860 = log %3859 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3861 = broadcast %3860 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3862 = sub %3857, %3861 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3863 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3864 = mul %3863, %3862 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3865 = reduce_sum %3864 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3866 = neg %3865 : f32[2,1] @ models/lib/dino.yaml:39:21
%3867 = reduce_sum %3866 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3868 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3869 = div %3867, %3868 : f32[] @ models/lib/dino.yaml:39:16
%3870 = slice %3792 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3871 = cast %3870 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3872 = div %3871, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3873 = reduce_max %3872 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3874 = stop_gradient %3873 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3875 = broadcast %3874 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3876 = slice %3792 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3877 = cast %3876 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3878 = div %3877, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3879 = sub %3878, %3875 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3880 = exp %3879 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3881 = reduce_sum %3880 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3882 = log %3881 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3883 = broadcast %3882 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3884 = sub %3879, %3883 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3885 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3886 = mul %3885, %3884 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3887 = reduce_sum %3886 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3888 = neg %3887 : f32[2,1] @ models/lib/dino.yaml:39:21
%3889 = reduce_sum %3888 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3890 = div %3889, %3868 : f32[] @ models/lib/dino.yaml:39:16
%3891 = add %3869, %3890 : f32[] @ models/dino_pass.yaml:148:11
%3892 = slice %3792 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3893 = cast %3892 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3894 = div %3893, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3895 = reduce_max %3894 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3896 = stop_gradient %3895 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3897 = broadcast %3896 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3898 = slice %3792 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3899 = cast %3898 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3900 = div %3899, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3901 = sub %3900, %3897 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3902 = exp %3901 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3903 = reduce_sum %3902 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3904 = log %3903 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3905 = broadcast %3904 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3906 = sub %3901, %3905 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3907 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3908 = mul %3907, %3906 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3909 = reduce_sum %3908 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3910 = neg %3909 : f32[2,1] @ models/lib/dino.yaml:39:21
%3911 = reduce_sum %3910 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3912 = div %3911, %3868 : f32[] @ models/lib/dino.yaml:39:16
%3913 = add %3891, %3912 : f32[] @ models/dino_pass.yaml:148:11
%3914 = sub %1297, %3832 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3915 = div %3914, %3834 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3916 = reduce_max %3915 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3917 = stop_gradient %3916 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3918 = broadcast %3917 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3919 = div %3914, %3834 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3920 = sub %3919, %3918 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3921 = exp %3920 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3922 = reduce_sum %3921 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3923 = broadcast %3922 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3924 = exp %3920 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3925 = div %3924, %3923 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3926 = slice %3075 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3927 = cast %3926 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3928 = div %3927, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3929 = reduce_max %3928 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3930 = stop_gradient %3929 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3931 = broadcast %3930 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3932 = slice %3075 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3933 = cast %3932 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3934 = div %3933, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3935 = sub %3934, %3931 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3936 = exp %3935 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3937 = reduce_sum %3936 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3938 = log %3937 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3939 = broadcast %3938 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3940 = sub %3935, %3939 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3941 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3942 = mul %3941, %3940 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3943 = reduce_sum %3942 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3944 = neg %3943 : f32[2,1] @ models/lib/dino.yaml:39:21
%3945 = reduce_sum %3944 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3946 = div %3945, %3868 : f32[] @ models/lib/dino.yaml:39:16
%3947 = add %3913, %3946 : f32[] @ models/dino_pass.yaml:148:11
%3948 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3949 = mul %3948, %3884 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3950 = reduce_sum %3949 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3951 = neg %3950 : f32[2,1] @ models/lib/dino.yaml:39:21
%3952 = reduce_sum %3951 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3953 = div %3952, %3868 : f32[] @ models/lib/dino.yaml:39:16
%3954 = add %3947, %3953 : f32[] @ models/dino_pass.yaml:148:11
%3955 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3956 = mul %3955, %3906 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3957 = reduce_sum %3956 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3958 = neg %3957 : f32[2,1] @ models/lib/dino.yaml:39:21
%3959 = reduce_sum %3958 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3960 = div %3959, %3868 : f32[] @ models/lib/dino.yaml:39:16
%3961 = add %3954, %3960 : f32[] @ models/dino_pass.yaml:148:11
%3962 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3963 = div %3961, %3962 : f32[] @ models/dino_pass.yaml:145:3
%3964 = output %3963 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3965 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3966 = slice %1294 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:131:27
%3967 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3968 = cast %3966 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3969 = sub %3968, %3965 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3970 = div %3969, %3967 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3971 = reduce_max %3970 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3972 = stop_gradient %3971 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3973 = broadcast %3972 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3974 = cast %3966 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3975 = sub %3974, %3965 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3976 = div %3975, %3967 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3977 = sub %3976, %3973 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3978 = exp %3977 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3979 = reduce_sum %3978 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3980 = broadcast %3979 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3981 = exp %3977 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3982 = div %3981, %3980 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3983 = broadcast %3846 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3984 = slice %3125 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3985 = cast %3984 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3986 = div %3985, %3983 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3987 = reduce_max %3986 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3988 = stop_gradient %3987 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3989 = broadcast %3988 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3990 = slice %3125 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3991 = cast %3990 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3992 = div %3991, %3983 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3993 = sub %3992, %3989 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3994 = exp %3993 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3995 = reduce_sum %3994 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3996 = log %3995 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3997 = broadcast %3996 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3998 = sub %3993, %3997 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3999 = stop_gradient %3982 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4000 = mul %3999, %3998 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4001 = reduce_sum %4000 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%4002 = neg %4001 : f32[2,16] @ models/lib/dino.yaml:39:21
%4003 = reduce_sum %4002 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4004 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%4005 = div %4003, %4004 : f32[] @ models/lib/dino.yaml:39:16
%4006 = slice %1294 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:131:27
%4007 = cast %4006 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%4008 = sub %4007, %3965 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%4009 = div %4008, %3967 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%4010 = reduce_max %4009 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%4011 = stop_gradient %4010 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%4012 = broadcast %4011 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%4013 = cast %4006 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%4014 = sub %4013, %3965 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%4015 = div %4014, %3967 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%4016 = sub %4015, %4012 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%4017 = exp %4016 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4018 = reduce_sum %4017 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%4019 = broadcast %4018 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4020 = exp %4016 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4021 = div %4020, %4019 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4022 = slice %3125 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4023 = cast %4022 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4024 = div %4023, %3983 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4025 = reduce_max %4024 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%4026 = stop_gradient %4025 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%4027 = broadcast %4026 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4028 = slice %3125 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4029 = cast %4028 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4030 = div %4029, %3983 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4031 = sub %4030, %4027 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4032 = exp %4031 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4033 = reduce_sum %4032 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%4034 = log %4033 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4035 = broadcast %4034 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4036 = sub %4031, %4035 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4037 = stop_gradient %4021 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4038 = mul %4037, %4036 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4039 = reduce_sum %4038 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%4040 = neg %4039 : f32[2,16] @ models/lib/dino.yaml:39:21
%4041 = reduce_sum %4040 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4042 = div %4041, %4004 : f32[] @ models/lib/dino.yaml:39:16
%4043 = add %4005, %4042 : f32[] @ models/dino_pass.yaml:152:11
%4044 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4045 = slice %2364 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:131:27
%4046 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4047 = cast %4045 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4048 = sub %4047, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4049 = div %4048, %4046 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4050 = reduce_max %4049 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4051 = stop_gradient %4050 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4052 = broadcast %4051 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4053 = cast %4045 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4054 = sub %4053, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4055 = div %4054, %4046 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4056 = sub %4055, %4052 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4057 = exp %4056 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4058 = reduce_sum %4057 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4059 = broadcast %4058 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4060 = exp %4056 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4061 = div %4060, %4059 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4062 = broadcast %3846 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4063 = slice %3831 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4064 = cast %4063 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4065 = div %4064, %4062 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4066 = reduce_max %4065 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4067 = stop_gradient %4066 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4068 = broadcast %4067 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4069 = slice %3831 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4070 = cast %4069 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4071 = div %4070, %4062 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4072 = sub %4071, %4068 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4073 = exp %4072 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4074 = reduce_sum %4073 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4075 = log %4074 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4076 = broadcast %4075 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4077 = sub %4072, %4076 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4078 = stop_gradient %4061 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4079 = mul %4078, %4077 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4080 = reduce_sum %4079 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4081 = neg %4080 : f32[2,9] @ models/lib/dino.yaml:39:21
%4082 = reduce_sum %4081 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4083 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%4084 = div %4082, %4083 : f32[] @ models/lib/dino.yaml:39:16
%4085 = add %4043, %4084 : f32[] @ models/dino_pass.yaml:152:11
%4086 = slice %2364 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:131:27
%4087 = cast %4086 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4088 = sub %4087, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4089 = div %4088, %4046 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4090 = reduce_max %4089 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4091 = stop_gradient %4090 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4092 = broadcast %4091 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4093 = cast %4086 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4094 = sub %4093, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4095 = div %4094, %4046 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4096 = sub %4095, %4092 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4097 = exp %4096 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4098 = reduce_sum %4097 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4099 = broadcast %4098 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4100 = exp %4096 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4101 = div %4100, %4099 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4102 = slice %3831 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4103 = cast %4102 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4104 = div %4103, %4062 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4105 = reduce_max %4104 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4106 = stop_gradient %4105 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4107 = broadcast %4106 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4108 = slice %3831 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4109 = cast %4108 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4110 = div %4109, %4062 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4111 = sub %4110, %4107 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4112 = exp %4111 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4113 = reduce_sum %4112 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4114 = log %4113 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4115 = broadcast %4114 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4116 = sub %4111, %4115 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4117 = stop_gradient %4101 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4118 = mul %4117, %4116 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4119 = reduce_sum %4118 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4120 = neg %4119 : f32[2,9] @ models/lib/dino.yaml:39:21
%4121 = reduce_sum %4120 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4122 = div %4121, %4083 : f32[] @ models/lib/dino.yaml:39:16
%4123 = add %4085, %4122 : f32[] @ models/dino_pass.yaml:152:11
%4124 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%4125 = div %4123, %4124 : f32[] @ models/dino_pass.yaml:149:3
%4126 = output %4125 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%4127 = mul %4125, %3846 : f32[] @ models/dino_pass.yaml:149:3
%4128 = add %3963, %4127 : f32[] @ models/dino_pass.yaml:149:3
%4129 = output %4128 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%4130 = broadcast %2634 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4131 = mul %163, %4130 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4132 = concat %1296, %1297, %2366, %2367 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%4133 = reduce_sum %4132 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%4134 = all_reduce_sum %4133 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%4135 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%4136 = broadcast %4135 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4137 = div %4134, %4136 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4138 = broadcast %3846 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4139 = mul %4138, %4137 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4140 = add %4131, %4139 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%4141 = assign %163, %4140 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%4142 = broadcast %2634 : f32[1,16] @ models/dino_pass.yaml:142:26
%4143 = mul %164, %4142 : f32[1,16] @ models/dino_pass.yaml:142:26
%4144 = slice %1294 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/lib/nn.yaml:73:26
%4145 = reshape %4144 : bf16[32,16] @ models/lib/nn.yaml:73:26
%4146 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,32] @ models/lib/nn.yaml:73:26
%4147 = matmul %4146, %4145 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4148 = slice %1294 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/lib/nn.yaml:73:26
%4149 = reshape %4148 : bf16[32,16] @ models/lib/nn.yaml:73:26
%4150 = matmul %4146, %4149 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4151 = add %4147, %4150 : f32[1,16] @ models/lib/nn.yaml:73:26
%4152 = slice %2364 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/lib/nn.yaml:73:26
%4153 = reshape %4152 : bf16[18,16] @ models/lib/nn.yaml:73:26
%4154 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,18] @ models/lib/nn.yaml:73:26
%4155 = matmul %4154, %4153 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4156 = add %4151, %4155 : f32[1,16] @ models/lib/nn.yaml:73:26
%4157 = slice %2364 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/lib/nn.yaml:73:26
%4158 = reshape %4157 : bf16[18,16] @ models/lib/nn.yaml:73:26
%4159 = matmul %4154, %4158 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4160 = add %4156, %4159 : f32[1,16] @ models/lib/nn.yaml:73:26
%4161 = all_reduce_sum %4160 : f32[1,16] @ models/lib/nn.yaml:73:16
%4162 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%4163 = broadcast %4162 : f32[1,16] @ models/lib/nn.yaml:73:52
%4164 = div %4161, %4163 : f32[1,16] @ models/lib/nn.yaml:73:52
%4165 = broadcast %3846 : f32[1,16] @ models/dino_pass.yaml:142:68
%4166 = mul %4165, %4164 : f32[1,16] @ models/dino_pass.yaml:142:68
%4167 = add %4143, %4166 : f32[1,16] @ models/dino_pass.yaml:142:44
%4168 = assign %164, %4167 : f32[1,16] @ models/dino_pass.yaml:142:13
%4169 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%4170 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%4171 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%4172 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%4173 = broadcast %4172 : f32[2,9] @ models/lib/dino.yaml:39:21
%4174 = reshape %4173 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%4175 = broadcast %4174 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%4176 = stop_gradient %4101 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4177 = mul %4175, %4176 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4178 = neg %4177 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4179 = reduce_sum %4178 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4180 = div %4179, %4113 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4181 = broadcast %4180 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4182 = exp %4111 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4183 = mul %4181, %4182 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4184 = stop_gradient %4101 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4185 = mul %4175, %4184 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4186 = add %4185, %4183 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4187 = div %4186, %4062 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4188 = stop_gradient %4061 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4189 = mul %4175, %4188 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4190 = neg %4189 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4191 = reduce_sum %4190 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4192 = div %4191, %4074 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4193 = broadcast %4192 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4194 = exp %4072 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4195 = mul %4193, %4194 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4196 = stop_gradient %4061 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4197 = mul %4175, %4196 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4198 = add %4197, %4195 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4199 = div %4198, %4062 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4200 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%4201 = broadcast %4200 : f32[2,16] @ models/lib/dino.yaml:39:21
%4202 = reshape %4201 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%4203 = broadcast %4202 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%4204 = stop_gradient %4021 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4205 = mul %4203, %4204 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4206 = neg %4205 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4207 = reduce_sum %4206 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4208 = div %4207, %4033 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4209 = broadcast %4208 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4210 = exp %4031 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4211 = mul %4209, %4210 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4212 = stop_gradient %4021 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4213 = mul %4203, %4212 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4214 = add %4213, %4211 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4215 = div %4214, %3983 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4216 = stop_gradient %3982 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4217 = mul %4203, %4216 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4218 = neg %4217 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4219 = reduce_sum %4218 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4220 = div %4219, %3995 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4221 = broadcast %4220 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4222 = exp %3993 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4223 = mul %4221, %4222 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4224 = stop_gradient %3982 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4225 = mul %4203, %4224 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4226 = add %4225, %4223 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4227 = div %4226, %3983 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4228 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4229 = broadcast %4228 : f32[2,1] @ models/lib/dino.yaml:39:21
%4230 = reshape %4229 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4231 = broadcast %4230 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4232 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4233 = mul %4231, %4232 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4234 = neg %4233 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4235 = reduce_sum %4234 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4236 = div %4235, %3903 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4237 = broadcast %4236 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4238 = exp %3901 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4239 = mul %4237, %4238 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4240 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4241 = mul %4231, %4240 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4242 = add %4241, %4239 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4243 = div %4242, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4244 = div %4235, %3881 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4245 = broadcast %4244 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4246 = exp %3879 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4247 = mul %4245, %4246 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4248 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4249 = mul %4231, %4248 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4250 = add %4249, %4247 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4251 = div %4250, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4252 = div %4235, %3937 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4253 = broadcast %4252 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4254 = exp %3935 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4255 = mul %4253, %4254 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4256 = stop_gradient %3925 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4257 = mul %4231, %4256 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4258 = add %4257, %4255 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4259 = div %4258, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4260 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4261 = mul %4231, %4260 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4262 = neg %4261 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4263 = reduce_sum %4262 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4264 = div %4263, %3903 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4265 = broadcast %4264 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4266 = exp %3901 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4267 = mul %4265, %4266 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4268 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4269 = mul %4231, %4268 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4270 = add %4269, %4267 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4271 = div %4270, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4272 = add %4243, %4271 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4273 = div %4263, %3881 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4274 = broadcast %4273 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4275 = exp %3879 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4276 = mul %4274, %4275 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4277 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4278 = mul %4231, %4277 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4279 = add %4278, %4276 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4280 = div %4279, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4281 = add %4251, %4280 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4282 = div %4263, %3859 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4283 = broadcast %4282 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4284 = exp %3857 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4285 = mul %4283, %4284 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4286 = stop_gradient %3845 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4287 = mul %4231, %4286 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4288 = add %4287, %4285 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4289 = div %4288, %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4290 = cast %4199 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4291 = cast %4187 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4292 = concat %4290, %4291 axis=0 : bf16[4,9,16] @ models/dino_pass.yaml:132:27
%4293 = matmul %4292, %3124 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4294 = reshape %4292 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4295 = reshape %3830 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4296 = matmul %4294, %4295 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4297 = cast %4296 : f32[16,8] @ models/lib/dino.yaml:22:33
%4298 = div %4297, %3121 : f32[16,8] @ models/lib/dino.yaml:22:33
%4299 = mul %4298, %3122 : f32[16,8] @ models/lib/dino.yaml:22:33
%4300 = neg %4299 : f32[16,8] @ models/lib/dino.yaml:22:33
%4301 = reduce_sum %4300 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4302 = broadcast %314 : f32[16,1] @ models/lib/dino.yaml:22:35
%4303 = mul %4301, %4302 : f32[16,1] @ models/lib/dino.yaml:22:35
%4304 = div %4303, %3120 : f32[16,1] @ models/lib/dino.yaml:22:35
%4305 = broadcast %4304 : f32[16,8] @ models/lib/dino.yaml:22:40
%4306 = mul %4305, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4307 = add %4306, %4306 : f32[16,8] @ models/lib/dino.yaml:22:53
%4308 = mul %4298, %3116 : f32[16,8] @ models/lib/dino.yaml:22:22
%4309 = add %4307, %4308 : f32[16,8] @ models/lib/dino.yaml:22:22
%4310 = cast %4293 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4311 = div %4310, %3826 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4312 = mul %4311, %3829 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4313 = neg %4312 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4314 = reduce_sum %4313 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4315 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4316 = broadcast %4315 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4317 = broadcast %314 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4318 = mul %4314, %4317 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4319 = sqrt %3823 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4320 = eq %4319, %2357 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4321 = select %4320, %4318, %4316 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4322 = sqrt %3823 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4323 = gt %4322, %2357 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4324 = select %4323, %4314, %4321 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4325 = mul %4324, %4317 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4326 = sqrt %3823 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4327 = div %4325, %4326 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4328 = broadcast %4327 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4329 = cast %3818 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4330 = add %4329, %3819 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4331 = mul %4328, %4330 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4332 = add %4311, %4331 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4333 = add %4332, %4331 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4334 = reduce_sum %4333 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4335 = reshape %4334 : f32[8] @ models/lib/nn.yaml:84:18
%4336 = cast %4333 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4337 = matmul %4336, %3103 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4338 = reshape %4336 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4339 = reshape %3817 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4340 = matmul %4338, %4339 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4341 = cast %4337 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4342 = cast %3806 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4343 = add %4342, %3807 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4344 = mul %4343, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4345 = erf %4344 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4346 = add %2334, %4345 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4347 = mul %4341, %4346 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4348 = cast %4337 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4349 = cast %3806 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4350 = add %4349, %3807 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4351 = mul %2325, %4350 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4352 = mul %4348, %4351 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4353 = cast %3806 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4354 = add %4353, %3807 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4355 = mul %4354, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4356 = mul %4355, %4355 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4357 = neg %4356 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4358 = exp %4357 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4359 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4360 = broadcast %4359 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4361 = mul %4358, %4360 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4362 = mul %4352, %4361 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4363 = mul %4362, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4364 = mul %4347, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4365 = add %4363, %4364 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4366 = reduce_sum %4365 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4367 = reshape %4366 : f32[24] @ models/lib/nn.yaml:84:18
%4368 = cast %4365 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4369 = matmul %4368, %3090 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4370 = reshape %4368 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4371 = reshape %3805 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4372 = matmul %4370, %4371 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4373 = cast %4369 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4374 = cast %3794 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4375 = add %4374, %3795 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4376 = mul %4375, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4377 = erf %4376 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4378 = add %2334, %4377 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4379 = mul %4373, %4378 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4380 = cast %4369 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4381 = cast %3794 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4382 = add %4381, %3795 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4383 = mul %2325, %4382 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4384 = mul %4380, %4383 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4385 = cast %3794 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4386 = add %4385, %3795 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4387 = mul %4386, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4388 = mul %4387, %4387 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4389 = neg %4388 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4390 = exp %4389 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4391 = mul %4390, %4360 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4392 = mul %4384, %4391 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4393 = mul %4392, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4394 = mul %4379, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4395 = add %4393, %4394 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4396 = reduce_sum %4395 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4397 = reshape %4396 : f32[24] @ models/lib/nn.yaml:84:18
%4398 = cast %4395 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4399 = matmul %4398, %3077 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4400 = reshape %4398 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4401 = reshape %3793 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4402 = matmul %4400, %4401 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4403 = cast %4281 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4404 = cast %4272 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4405 = concat %4403, %4404 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%4406 = matmul %4405, %3074 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4407 = reshape %4405 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4408 = reshape %3791 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4409 = matmul %4407, %4408 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4410 = cast %4409 : f32[32,8] @ models/lib/dino.yaml:22:33
%4411 = div %4410, %3071 : f32[32,8] @ models/lib/dino.yaml:22:33
%4412 = mul %4411, %3072 : f32[32,8] @ models/lib/dino.yaml:22:33
%4413 = neg %4412 : f32[32,8] @ models/lib/dino.yaml:22:33
%4414 = reduce_sum %4413 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4415 = broadcast %314 : f32[32,1] @ models/lib/dino.yaml:22:35
%4416 = mul %4414, %4415 : f32[32,1] @ models/lib/dino.yaml:22:35
%4417 = div %4416, %3070 : f32[32,1] @ models/lib/dino.yaml:22:35
%4418 = broadcast %4417 : f32[32,8] @ models/lib/dino.yaml:22:40
%4419 = mul %4418, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4420 = add %4419, %4419 : f32[32,8] @ models/lib/dino.yaml:22:53
%4421 = mul %4411, %3066 : f32[32,8] @ models/lib/dino.yaml:22:22
%4422 = add %4420, %4421 : f32[32,8] @ models/lib/dino.yaml:22:22
%4423 = cast %4406 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4424 = div %4423, %3789 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4425 = mul %4424, %3790 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4426 = neg %4425 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4427 = reduce_sum %4426 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4428 = broadcast %4315 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4429 = broadcast %314 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4430 = mul %4427, %4429 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4431 = sqrt %3786 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4432 = eq %4431, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4433 = select %4432, %4430, %4428 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4434 = sqrt %3786 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4435 = gt %4434, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4436 = select %4435, %4427, %4433 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4437 = mul %4436, %4429 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4438 = sqrt %3786 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4439 = div %4437, %4438 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4440 = broadcast %4439 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4441 = mul %4440, %3784 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4442 = add %4424, %4441 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4443 = add %4442, %4441 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4444 = reduce_sum %4443 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4445 = reshape %4444 : f32[8] @ models/lib/nn.yaml:84:18
%4446 = cast %4443 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4447 = matmul %4446, %3055 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4448 = reshape %4446 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4449 = reshape %3781 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4450 = matmul %4448, %4449 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4451 = cast %4447 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4452 = mul %3775, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4453 = erf %4452 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4454 = add %1203, %4453 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4455 = mul %4451, %4454 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4456 = cast %4447 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4457 = mul %1198, %3775 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4458 = mul %4456, %4457 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4459 = mul %3775, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4460 = mul %4459, %4459 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4461 = neg %4460 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4462 = exp %4461 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4463 = broadcast %4359 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4464 = mul %4462, %4463 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4465 = mul %4458, %4464 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4466 = mul %4465, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4467 = mul %4455, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4468 = add %4466, %4467 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4469 = reduce_sum %4468 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4470 = reshape %4469 : f32[24] @ models/lib/nn.yaml:84:18
%4471 = cast %4468 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4472 = matmul %4471, %3044 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4473 = reshape %4471 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4474 = reshape %3772 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4475 = matmul %4473, %4474 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4476 = cast %4472 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4477 = mul %3766, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4478 = erf %4477 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4479 = add %1203, %4478 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4480 = mul %4476, %4479 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4481 = cast %4472 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4482 = mul %1198, %3766 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4483 = mul %4481, %4482 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4484 = mul %3766, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4485 = mul %4484, %4484 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4486 = neg %4485 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4487 = exp %4486 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4488 = mul %4487, %4463 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4489 = mul %4483, %4488 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4490 = mul %4489, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4491 = mul %4480, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4492 = add %4490, %4491 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4493 = reduce_sum %4492 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4494 = reshape %4493 : f32[24] @ models/lib/nn.yaml:84:18
%4495 = cast %4492 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4496 = matmul %4495, %3033 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4497 = reshape %4495 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4498 = reshape %3763 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4499 = matmul %4497, %4498 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4500 = concat %4496, %4399 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4501 = cast %4500 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4502 = reduce_sum %4501 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4503 = reshape %4502 : f32[16] @ models/lib/nn.yaml:96:46
%4504 = cast %4500 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4505 = mul %4504, %3757 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4506 = reduce_sum %4505 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4507 = reshape %4506 : f32[16] @ models/lib/nn.yaml:96:37
%4508 = cast %4500 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4509 = mul %4508, %3758 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4510 = mul %4509, %3756 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4511 = cast %4500 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4512 = mul %4511, %3758 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4513 = mul %4512, %3750 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4514 = reduce_sum %4513 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4515 = mul %3755, %3755 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4516 = mul %3755, %4515 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4517 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4518 = broadcast %4517 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4519 = mul %4516, %4518 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4520 = mul %4514, %4519 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4521 = div %4520, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4522 = broadcast %4521 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4523 = mul %4522, %3750 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4524 = add %4510, %4523 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4525 = add %4524, %4523 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4526 = neg %4525 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4527 = reduce_sum %4526 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4528 = div %4527, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4529 = broadcast %4528 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4530 = add %4525, %4529 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4531 = slice %4530 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4532 = slice %4530 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4533 = reduce_sum %4531 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4534 = reshape %4533 : f32[16] @ models/lib/nn.yaml:84:18
%4535 = cast %4531 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4536 = matmul %4535, %3009 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4537 = reshape %4535 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4538 = reshape %3741 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4539 = matmul %4537, %4538 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4540 = cast %4536 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4541 = mul %3735, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4542 = erf %4541 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4543 = add %1009, %4542 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4544 = mul %4540, %4543 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4545 = cast %4536 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4546 = mul %1004, %3735 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4547 = mul %4545, %4546 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4548 = mul %3735, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4549 = mul %4548, %4548 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4550 = neg %4549 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4551 = exp %4550 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4552 = broadcast %4359 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4553 = mul %4551, %4552 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4554 = mul %4547, %4553 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4555 = mul %4554, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4556 = mul %4544, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4557 = add %4555, %4556 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4558 = reduce_sum %4557 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4559 = reshape %4558 : f32[64] @ models/lib/nn.yaml:84:18
%4560 = cast %4557 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4561 = matmul %4560, %2998 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4562 = reshape %4560 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4563 = reshape %3732 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4564 = matmul %4562, %4563 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4565 = cast %4561 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4566 = reduce_sum %4565 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4567 = reshape %4566 : f32[16] @ models/lib/nn.yaml:96:46
%4568 = cast %4561 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4569 = mul %4568, %2993 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4570 = cast %4561 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4571 = mul %4570, %3729 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4572 = reduce_sum %4571 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4573 = reshape %4572 : f32[16] @ models/lib/nn.yaml:96:37
%4574 = mul %4569, %3728 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4575 = mul %4569, %3722 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4576 = reduce_sum %4575 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4577 = mul %3727, %3727 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4578 = mul %3727, %4577 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4579 = broadcast %4517 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4580 = mul %4578, %4579 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4581 = mul %4576, %4580 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4582 = div %4581, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4583 = broadcast %4582 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4584 = mul %4583, %3722 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4585 = add %4574, %4584 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4586 = add %4585, %4584 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4587 = add %4531, %4586 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4588 = neg %4586 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4589 = reduce_sum %4588 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4590 = div %4589, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4591 = broadcast %4590 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4592 = add %4587, %4591 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4593 = reduce_sum %4592 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4594 = reshape %4593 : f32[16] @ models/lib/nn.yaml:84:18
%4595 = cast %4592 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4596 = matmul %4595, %2976 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4597 = reshape %4595 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4598 = reshape %3713 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4599 = matmul %4597, %4598 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4600 = reshape %4596 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4601 = permute %4600 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4602 = cast %4601 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4603 = slice %4602 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4604 = broadcast %4603 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4605 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4606 = slice %4605 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4607 = cast %4606 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4608 = mul %4604, %4607 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4609 = slice %4602 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4610 = broadcast %4609 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4611 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4612 = slice %4611 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4613 = cast %4612 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4614 = mul %4610, %4613 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4615 = add %4608, %4614 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4616 = slice %4602 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4617 = broadcast %4616 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4618 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4619 = slice %4618 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4620 = cast %4619 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4621 = mul %4617, %4620 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4622 = add %4615, %4621 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4623 = slice %4602 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4624 = broadcast %4623 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4625 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4626 = slice %4625 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4627 = cast %4626 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4628 = mul %4624, %4627 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4629 = add %4622, %4628 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4630 = slice %4602 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4631 = broadcast %4630 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4632 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4633 = slice %4632 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4634 = cast %4633 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4635 = mul %4631, %4634 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4636 = add %4629, %4635 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4637 = slice %4602 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4638 = broadcast %4637 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4639 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4640 = slice %4639 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4641 = cast %4640 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4642 = mul %4638, %4641 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4643 = add %4636, %4642 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4644 = slice %4602 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4645 = broadcast %4644 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4646 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4647 = slice %4646 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4648 = cast %4647 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4649 = mul %4645, %4648 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4650 = add %4643, %4649 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4651 = slice %4602 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4652 = broadcast %4651 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4653 = permute %3703 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4654 = slice %4653 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4655 = cast %4654 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4656 = mul %4652, %4655 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4657 = add %4650, %4656 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4658 = cast %4657 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4659 = cast %3700 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4660 = permute %4659 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4661 = cast %4601 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4662 = broadcast %4660 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4663 = broadcast %4661 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4664 = mul %4662, %4663 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4665 = cast %4664 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4666 = cast %4658 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4667 = div %4666, %3697 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4668 = mul %4667, %3699 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4669 = neg %4668 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4670 = reduce_sum %4669 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4671 = broadcast %4670 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4672 = add %4667, %4671 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4673 = exp %3694 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4674 = mul %4672, %4673 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4675 = mul %4674, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4676 = cast %4675 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4677 = cast %4676 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4678 = cast %3629 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4679 = reshape %4677 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4680 = broadcast %4679 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4681 = reshape %4678 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4682 = broadcast %4681 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4683 = mul %4680, %4682 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4684 = reduce_sum %4683 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4685 = cast %4684 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4686 = cast %4676 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4687 = permute %4686 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4688 = cast %3626 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4689 = broadcast %4687 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4690 = broadcast %4688 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4691 = mul %4689, %4690 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4692 = cast %4691 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4693 = permute %4665 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4694 = reshape %4693 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4695 = cast %4694 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4696 = reduce_sum %4695 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4697 = reshape %4696 : f32[16] @ models/lib/nn.yaml:84:18
%4698 = permute %4665 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4699 = reshape %4698 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4700 = matmul %4699, %2880 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4701 = reshape %4698 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4702 = reshape %3611 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4703 = matmul %4701, %4702 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4704 = permute %4692 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4705 = reshape %4704 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4706 = cast %4705 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4707 = reduce_sum %4706 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4708 = reshape %4707 : f32[16] @ models/lib/nn.yaml:84:18
%4709 = permute %4692 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4710 = reshape %4709 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4711 = matmul %4710, %2875 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4712 = cast %4700 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4713 = cast %4711 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4714 = add %4712, %4713 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4715 = reshape %4709 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4716 = matmul %4715, %4702 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4717 = permute %4685 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4718 = reshape %4717 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4719 = cast %4718 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4720 = reduce_sum %4719 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4721 = reshape %4720 : f32[16] @ models/lib/nn.yaml:84:18
%4722 = permute %4685 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4723 = reshape %4722 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4724 = matmul %4723, %2870 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4725 = reshape %4722 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4726 = reshape %3612 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4727 = matmul %4725, %4726 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4728 = cast %4724 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4729 = pad %4728 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4730 = add %4714, %4729 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4731 = reduce_sum %4730 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4732 = reshape %4731 : f32[16] @ models/lib/nn.yaml:96:46
%4733 = mul %4730, %3606 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4734 = reduce_sum %4733 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4735 = reshape %4734 : f32[16] @ models/lib/nn.yaml:96:37
%4736 = mul %4730, %3607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4737 = mul %4736, %3605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4738 = mul %4730, %3607 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4739 = mul %4738, %3599 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4740 = reduce_sum %4739 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4741 = mul %3604, %3604 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4742 = mul %3604, %4741 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4743 = mul %4742, %4518 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4744 = mul %4740, %4743 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4745 = div %4744, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4746 = broadcast %4745 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4747 = mul %4746, %3599 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4748 = add %4737, %4747 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4749 = add %4748, %4747 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4750 = neg %4749 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4751 = reduce_sum %4750 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4752 = div %4751, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4753 = broadcast %4752 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4754 = add %4749, %4753 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4755 = slice %4754 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4756 = add %4592, %4755 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4757 = slice %4754 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4758 = add %4532, %4757 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4759 = reduce_sum %4756 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4760 = reshape %4759 : f32[16] @ models/lib/nn.yaml:84:18
%4761 = cast %4756 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4762 = matmul %4761, %2846 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4763 = reshape %4761 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4764 = reshape %3590 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4765 = matmul %4763, %4764 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4766 = cast %4762 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4767 = mul %3584, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4768 = erf %4767 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4769 = add %1009, %4768 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4770 = mul %4766, %4769 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4771 = cast %4762 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4772 = mul %1004, %3584 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4773 = mul %4771, %4772 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4774 = mul %3584, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4775 = mul %4774, %4774 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4776 = neg %4775 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4777 = exp %4776 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4778 = mul %4777, %4552 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4779 = mul %4773, %4778 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4780 = mul %4779, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4781 = mul %4770, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4782 = add %4780, %4781 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4783 = reduce_sum %4782 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4784 = reshape %4783 : f32[64] @ models/lib/nn.yaml:84:18
%4785 = cast %4782 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4786 = matmul %4785, %2835 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4787 = reshape %4785 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4788 = reshape %3581 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4789 = matmul %4787, %4788 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4790 = cast %4786 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4791 = reduce_sum %4790 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4792 = reshape %4791 : f32[16] @ models/lib/nn.yaml:96:46
%4793 = cast %4786 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4794 = mul %4793, %2830 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4795 = cast %4786 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4796 = mul %4795, %3578 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4797 = reduce_sum %4796 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4798 = reshape %4797 : f32[16] @ models/lib/nn.yaml:96:37
%4799 = mul %4794, %3577 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4800 = mul %4794, %3571 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4801 = reduce_sum %4800 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4802 = mul %3576, %3576 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4803 = mul %3576, %4802 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4804 = mul %4803, %4579 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4805 = mul %4801, %4804 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4806 = div %4805, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4807 = broadcast %4806 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4808 = mul %4807, %3571 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4809 = add %4799, %4808 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4810 = add %4809, %4808 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4811 = add %4756, %4810 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4812 = neg %4810 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4813 = reduce_sum %4812 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4814 = div %4813, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4815 = broadcast %4814 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4816 = add %4811, %4815 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4817 = reduce_sum %4816 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4818 = reshape %4817 : f32[16] @ models/lib/nn.yaml:84:18
%4819 = cast %4816 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4820 = matmul %4819, %2813 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4821 = reshape %4819 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4822 = reshape %3562 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4823 = matmul %4821, %4822 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4824 = reshape %4820 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4825 = permute %4824 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4826 = cast %4825 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4827 = slice %4826 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4828 = broadcast %4827 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4829 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4830 = slice %4829 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4831 = cast %4830 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4832 = mul %4828, %4831 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4833 = slice %4826 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4834 = broadcast %4833 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4835 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4836 = slice %4835 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4837 = cast %4836 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4838 = mul %4834, %4837 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4839 = add %4832, %4838 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4840 = slice %4826 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4841 = broadcast %4840 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4842 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4843 = slice %4842 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4844 = cast %4843 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4845 = mul %4841, %4844 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4846 = add %4839, %4845 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4847 = slice %4826 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4848 = broadcast %4847 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4849 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4850 = slice %4849 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4851 = cast %4850 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4852 = mul %4848, %4851 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4853 = add %4846, %4852 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4854 = slice %4826 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4855 = broadcast %4854 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4856 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4857 = slice %4856 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4858 = cast %4857 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4859 = mul %4855, %4858 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4860 = add %4853, %4859 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4861 = slice %4826 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4862 = broadcast %4861 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4863 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4864 = slice %4863 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4865 = cast %4864 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4866 = mul %4862, %4865 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4867 = add %4860, %4866 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4868 = slice %4826 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4869 = broadcast %4868 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4870 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4871 = slice %4870 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4872 = cast %4871 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4873 = mul %4869, %4872 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4874 = add %4867, %4873 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4875 = slice %4826 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4876 = broadcast %4875 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4877 = permute %3552 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4878 = slice %4877 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4879 = cast %4878 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4880 = mul %4876, %4879 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4881 = add %4874, %4880 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4882 = cast %4881 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4883 = cast %3549 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4884 = permute %4883 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4885 = cast %4825 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4886 = broadcast %4884 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4887 = broadcast %4885 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4888 = mul %4886, %4887 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4889 = cast %4888 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4890 = cast %4882 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4891 = div %4890, %3546 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4892 = mul %4891, %3548 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4893 = neg %4892 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4894 = reduce_sum %4893 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4895 = broadcast %4894 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4896 = add %4891, %4895 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4897 = exp %3543 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4898 = mul %4896, %4897 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4899 = mul %4898, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4900 = cast %4899 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4901 = cast %4900 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4902 = cast %3478 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4903 = reshape %4901 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4904 = broadcast %4903 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4905 = reshape %4902 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4906 = broadcast %4905 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4907 = mul %4904, %4906 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4908 = reduce_sum %4907 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4909 = cast %4908 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4910 = cast %4900 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4911 = permute %4910 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4912 = cast %3475 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4913 = broadcast %4911 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4914 = broadcast %4912 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4915 = mul %4913, %4914 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4916 = cast %4915 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4917 = permute %4889 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4918 = reshape %4917 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4919 = cast %4918 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4920 = reduce_sum %4919 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4921 = reshape %4920 : f32[16] @ models/lib/nn.yaml:84:18
%4922 = permute %4889 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4923 = reshape %4922 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4924 = matmul %4923, %2717 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4925 = reshape %4922 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4926 = reshape %3460 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4927 = matmul %4925, %4926 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4928 = permute %4916 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4929 = reshape %4928 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4930 = cast %4929 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4931 = reduce_sum %4930 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4932 = reshape %4931 : f32[16] @ models/lib/nn.yaml:84:18
%4933 = permute %4916 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4934 = reshape %4933 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4935 = matmul %4934, %2712 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4936 = cast %4924 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4937 = cast %4935 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4938 = add %4936, %4937 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4939 = reshape %4933 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4940 = matmul %4939, %4926 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4941 = permute %4909 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4942 = reshape %4941 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4943 = cast %4942 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4944 = reduce_sum %4943 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4945 = reshape %4944 : f32[16] @ models/lib/nn.yaml:84:18
%4946 = permute %4909 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4947 = reshape %4946 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4948 = matmul %4947, %2707 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4949 = reshape %4946 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4950 = reshape %3461 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4951 = matmul %4949, %4950 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4952 = cast %4948 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4953 = pad %4952 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4954 = add %4938, %4953 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4955 = reduce_sum %4954 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4956 = reshape %4955 : f32[16] @ models/lib/nn.yaml:96:46
%4957 = mul %4954, %3455 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4958 = reduce_sum %4957 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4959 = reshape %4958 : f32[16] @ models/lib/nn.yaml:96:37
%4960 = mul %4954, %3456 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4961 = mul %4960, %3454 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4962 = mul %4954, %3456 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4963 = mul %4962, %3448 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4964 = reduce_sum %4963 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4965 = mul %3453, %3453 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4966 = mul %3453, %4965 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4967 = mul %4966, %4518 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4968 = mul %4964, %4967 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4969 = div %4968, %1972 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4970 = broadcast %4969 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4971 = mul %4970, %3448 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4972 = add %4961, %4971 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4973 = add %4972, %4971 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4974 = neg %4973 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4975 = reduce_sum %4974 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4976 = div %4975, %1972 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4977 = broadcast %4976 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4978 = add %4973, %4977 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4979 = slice %4978 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4980 = add %4816, %4979 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4981 = slice %4978 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4982 = add %4758, %4981 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4983 = reduce_sum %4980 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4984 = mul %4982, %3441 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4985 = div %4984, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4986 = reduce_sum %4985 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4987 = reshape %4986 : f32[16] @ models/lib/nn.yaml:84:18
%4988 = div %4984, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4989 = cast %4988 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4990 = matmul %4989, %2675 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4991 = reshape %4989 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4992 = reshape %3431 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4993 = matmul %4991, %4992 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4994 = cast %4990 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4995 = cast %3420 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4996 = add %4995, %3421 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4997 = mul %4996, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4998 = erf %4997 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4999 = add %1461, %4998 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5000 = mul %4994, %4999 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5001 = cast %4990 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5002 = cast %3420 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5003 = add %5002, %3421 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5004 = mul %1452, %5003 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5005 = mul %5001, %5004 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5006 = cast %3420 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5007 = add %5006, %3421 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5008 = mul %5007, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5009 = mul %5008, %5008 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5010 = neg %5009 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5011 = exp %5010 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5012 = broadcast %4359 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5013 = mul %5011, %5012 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5014 = mul %5005, %5013 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5015 = mul %5014, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5016 = mul %5000, %1452 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5017 = add %5015, %5016 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5018 = reduce_sum %5017 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5019 = reshape %5018 : f32[64] @ models/lib/nn.yaml:84:18
%5020 = cast %5017 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5021 = matmul %5020, %2662 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5022 = reshape %5020 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5023 = reshape %3419 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5024 = matmul %5022, %5023 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5025 = cast %5021 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5026 = reduce_sum %5025 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5027 = reshape %5026 : f32[16] @ models/lib/nn.yaml:96:46
%5028 = cast %5021 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5029 = mul %5028, %3414 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5030 = reduce_sum %5029 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5031 = reshape %5030 : f32[16] @ models/lib/nn.yaml:96:37
%5032 = cast %5021 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5033 = mul %5032, %3415 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5034 = mul %5033, %3413 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5035 = cast %5021 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5036 = mul %5035, %3415 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5037 = mul %5036, %3407 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5038 = reduce_sum %5037 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5039 = mul %3412, %3412 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5040 = mul %3412, %5039 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5041 = broadcast %4517 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5042 = mul %5040, %5041 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5043 = mul %5038, %5042 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5044 = div %5043, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5045 = broadcast %5044 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5046 = mul %5045, %3407 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5047 = add %5034, %5046 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5048 = add %5047, %5046 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5049 = add %4982, %5048 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5050 = neg %5048 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5051 = reduce_sum %5050 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5052 = div %5051, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5053 = broadcast %5052 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5054 = add %5049, %5053 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5055 = mul %5054, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%5056 = div %5055, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5057 = reduce_sum %5056 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5058 = reshape %5057 : f32[16] @ models/lib/nn.yaml:84:18
%5059 = div %5055, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5060 = cast %5059 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5061 = matmul %5060, %2629 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5062 = reshape %5060 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5063 = reshape %3389 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5064 = matmul %5062, %5063 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5065 = reshape %5061 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5066 = permute %5065 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5067 = cast %5066 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5068 = cast %3379 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5069 = permute %5068 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5070 = slice %5067 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5071 = broadcast %5070 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5072 = slice %5069 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5073 = broadcast %5072 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5074 = mul %5071, %5073 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5075 = slice %5067 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5076 = broadcast %5075 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5077 = slice %5069 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5078 = broadcast %5077 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5079 = mul %5076, %5078 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5080 = add %5074, %5079 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5081 = slice %5067 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5082 = broadcast %5081 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5083 = slice %5069 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5084 = broadcast %5083 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5085 = mul %5082, %5084 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5086 = add %5080, %5085 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5087 = slice %5067 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5088 = broadcast %5087 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5089 = slice %5069 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5090 = broadcast %5089 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5091 = mul %5088, %5090 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5092 = add %5086, %5091 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5093 = slice %5067 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5094 = broadcast %5093 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5095 = slice %5069 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5096 = broadcast %5095 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5097 = mul %5094, %5096 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5098 = add %5092, %5097 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5099 = slice %5067 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5100 = broadcast %5099 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5101 = slice %5069 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5102 = broadcast %5101 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5103 = mul %5100, %5102 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5104 = add %5098, %5103 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5105 = slice %5067 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5106 = broadcast %5105 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5107 = slice %5069 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5108 = broadcast %5107 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5109 = mul %5106, %5108 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5110 = add %5104, %5109 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5111 = slice %5067 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5112 = broadcast %5111 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5113 = slice %5069 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5114 = broadcast %5113 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5115 = mul %5112, %5114 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5116 = add %5110, %5115 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5117 = cast %5116 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5118 = cast %3377 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5119 = permute %5118 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5120 = cast %5066 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5121 = reshape %5119 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5122 = broadcast %5121 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5123 = reshape %5120 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5124 = broadcast %5123 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5125 = mul %5122, %5124 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5126 = reduce_sum %5125 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5127 = cast %5126 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5128 = cast %5117 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5129 = div %5128, %3374 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5130 = mul %5129, %3376 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5131 = neg %5130 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5132 = reduce_sum %5131 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5133 = broadcast %5132 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5134 = add %5129, %5133 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5135 = exp %3371 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5136 = mul %5134, %5135 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5137 = mul %5136, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5138 = cast %5137 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5139 = cast %5138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5140 = cast %3312 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5141 = reshape %5139 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5142 = broadcast %5141 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5143 = reshape %5140 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5144 = broadcast %5143 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5145 = mul %5142, %5144 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5146 = reduce_sum %5145 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5147 = cast %5146 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5148 = cast %5138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5149 = permute %5148 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5150 = cast %3310 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5151 = reshape %5149 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5152 = broadcast %5151 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5153 = reshape %5150 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5154 = broadcast %5153 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5155 = mul %5152, %5154 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5156 = reduce_sum %5155 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5157 = cast %5156 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5158 = reshape %5157 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5159 = reshape %5127 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5160 = reshape %5147 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5161 = concat %5160, %5158, %5159 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5162 = permute %5161 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5163 = reshape %5162 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5164 = cast %5163 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5165 = reduce_sum %5164 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5166 = reshape %5165 : f32[48] @ models/lib/nn.yaml:84:18
%5167 = permute %5161 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5168 = reshape %5167 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5169 = matmul %5168, %2539 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5170 = reshape %5167 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5171 = reshape %3301 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5172 = matmul %5170, %5171 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5173 = cast %5169 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5174 = reduce_sum %5173 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5175 = reshape %5174 : f32[16] @ models/lib/nn.yaml:96:46
%5176 = cast %5169 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5177 = mul %5176, %3296 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5178 = reduce_sum %5177 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5179 = reshape %5178 : f32[16] @ models/lib/nn.yaml:96:37
%5180 = cast %5169 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5181 = mul %5180, %3297 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5182 = mul %5181, %3295 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5183 = cast %5169 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5184 = mul %5183, %3297 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5185 = mul %5184, %3289 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5186 = reduce_sum %5185 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5187 = mul %3294, %3294 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5188 = mul %3294, %5187 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5189 = mul %5188, %5041 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5190 = mul %5186, %5189 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5191 = div %5190, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5192 = broadcast %5191 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5193 = mul %5192, %3289 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5194 = add %5182, %5193 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5195 = add %5194, %5193 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5196 = add %5054, %5195 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5197 = neg %5195 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5198 = reduce_sum %5197 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5199 = div %5198, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5200 = broadcast %5199 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5201 = add %5196, %5200 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5202 = reduce_sum %5201 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5203 = reshape %5202 : f32[16] @ models/lib/nn.yaml:84:18
%5204 = cast %5201 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5205 = matmul %5204, %2517 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5206 = reshape %5204 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5207 = reshape %3280 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5208 = matmul %5206, %5207 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5209 = cast %5205 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5210 = cast %3269 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5211 = add %5210, %3270 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5212 = mul %5211, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5213 = erf %5212 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5214 = add %1461, %5213 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5215 = mul %5209, %5214 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5216 = cast %5205 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5217 = cast %3269 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5218 = add %5217, %3270 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5219 = mul %1452, %5218 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5220 = mul %5216, %5219 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5221 = cast %3269 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5222 = add %5221, %3270 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5223 = mul %5222, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5224 = mul %5223, %5223 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5225 = neg %5224 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5226 = exp %5225 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5227 = mul %5226, %5012 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5228 = mul %5220, %5227 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5229 = mul %5228, %1456 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5230 = mul %5215, %1452 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5231 = add %5229, %5230 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5232 = reduce_sum %5231 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5233 = reshape %5232 : f32[64] @ models/lib/nn.yaml:84:18
%5234 = cast %5231 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5235 = matmul %5234, %2504 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5236 = reshape %5234 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5237 = reshape %3268 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5238 = matmul %5236, %5237 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5239 = cast %5235 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5240 = reduce_sum %5239 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5241 = reshape %5240 : f32[16] @ models/lib/nn.yaml:96:46
%5242 = cast %5235 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5243 = mul %5242, %3263 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5244 = reduce_sum %5243 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5245 = reshape %5244 : f32[16] @ models/lib/nn.yaml:96:37
%5246 = cast %5235 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5247 = mul %5246, %3264 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5248 = mul %5247, %3262 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5249 = cast %5235 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5250 = mul %5249, %3264 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5251 = mul %5250, %3256 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5252 = reduce_sum %5251 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5253 = mul %3261, %3261 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5254 = mul %3261, %5253 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5255 = mul %5254, %5041 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5256 = mul %5252, %5255 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5257 = div %5256, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5258 = broadcast %5257 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5259 = mul %5258, %3256 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5260 = add %5248, %5259 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5261 = add %5260, %5259 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5262 = add %5201, %5261 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5263 = neg %5261 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5264 = reduce_sum %5263 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5265 = div %5264, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5266 = broadcast %5265 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5267 = add %5262, %5266 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5268 = reduce_sum %5267 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5269 = reshape %5268 : f32[16] @ models/lib/nn.yaml:84:18
%5270 = cast %5267 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5271 = matmul %5270, %2482 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5272 = reshape %5270 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5273 = reshape %3246 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5274 = matmul %5272, %5273 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5275 = reshape %5271 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5276 = permute %5275 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5277 = cast %5276 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5278 = cast %3236 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5279 = permute %5278 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5280 = slice %5277 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5281 = broadcast %5280 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5282 = slice %5279 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5283 = broadcast %5282 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5284 = mul %5281, %5283 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5285 = slice %5277 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5286 = broadcast %5285 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5287 = slice %5279 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5288 = broadcast %5287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5289 = mul %5286, %5288 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5290 = add %5284, %5289 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5291 = slice %5277 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5292 = broadcast %5291 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5293 = slice %5279 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5294 = broadcast %5293 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5295 = mul %5292, %5294 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5296 = add %5290, %5295 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5297 = slice %5277 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5298 = broadcast %5297 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5299 = slice %5279 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5300 = broadcast %5299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5301 = mul %5298, %5300 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5302 = add %5296, %5301 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5303 = slice %5277 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5304 = broadcast %5303 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5305 = slice %5279 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5306 = broadcast %5305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5307 = mul %5304, %5306 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5308 = add %5302, %5307 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5309 = slice %5277 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5310 = broadcast %5309 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5311 = slice %5279 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5312 = broadcast %5311 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5313 = mul %5310, %5312 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5314 = add %5308, %5313 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5315 = slice %5277 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5316 = broadcast %5315 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5317 = slice %5279 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5318 = broadcast %5317 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5319 = mul %5316, %5318 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5320 = add %5314, %5319 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5321 = slice %5277 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5322 = broadcast %5321 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5323 = slice %5279 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5324 = broadcast %5323 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5325 = mul %5322, %5324 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5326 = add %5320, %5325 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5327 = cast %5326 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5328 = cast %3234 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5329 = permute %5328 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5330 = cast %5276 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5331 = reshape %5329 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5332 = broadcast %5331 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5333 = reshape %5330 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5334 = broadcast %5333 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5335 = mul %5332, %5334 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5336 = reduce_sum %5335 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5337 = cast %5336 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5338 = cast %5327 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5339 = div %5338, %3231 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5340 = mul %5339, %3233 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5341 = neg %5340 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5342 = reduce_sum %5341 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5343 = broadcast %5342 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5344 = add %5339, %5343 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5345 = exp %3228 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5346 = mul %5344, %5345 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5347 = mul %5346, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5348 = cast %5347 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5349 = cast %5348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5350 = cast %3169 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5351 = reshape %5349 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5352 = broadcast %5351 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5353 = reshape %5350 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5354 = broadcast %5353 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5355 = mul %5352, %5354 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5356 = reduce_sum %5355 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5357 = cast %5356 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5358 = cast %5348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5359 = permute %5358 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5360 = cast %3167 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5361 = reshape %5359 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5362 = broadcast %5361 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5363 = reshape %5360 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5364 = broadcast %5363 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5365 = mul %5362, %5364 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5366 = reduce_sum %5365 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5367 = cast %5366 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5368 = reshape %5367 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5369 = reshape %5337 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5370 = reshape %5357 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5371 = concat %5370, %5368, %5369 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5372 = permute %5371 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5373 = reshape %5372 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5374 = cast %5373 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5375 = reduce_sum %5374 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5376 = reshape %5375 : f32[48] @ models/lib/nn.yaml:84:18
%5377 = permute %5371 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5378 = reshape %5377 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5379 = matmul %5378, %2392 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5380 = reshape %5377 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5381 = reshape %3158 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5382 = matmul %5380, %5381 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5383 = cast %5379 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5384 = reduce_sum %5383 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5385 = reshape %5384 : f32[16] @ models/lib/nn.yaml:96:46
%5386 = cast %5379 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5387 = mul %5386, %3153 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5388 = reduce_sum %5387 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5389 = reshape %5388 : f32[16] @ models/lib/nn.yaml:96:37
%5390 = cast %5379 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5391 = mul %5390, %3154 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5392 = mul %5391, %3152 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5393 = cast %5379 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5394 = mul %5393, %3154 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5395 = mul %5394, %3146 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5396 = reduce_sum %5395 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5397 = mul %3151, %3151 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5398 = mul %3151, %5397 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5399 = mul %5398, %5041 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5400 = mul %5396, %5399 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5401 = div %5400, %1322 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5402 = broadcast %5401 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5403 = mul %5402, %3146 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5404 = add %5392, %5403 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5405 = add %5404, %5403 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5406 = add %5267, %5405 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5407 = neg %5405 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5408 = reduce_sum %5407 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5409 = div %5408, %1322 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5410 = broadcast %5409 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5411 = add %5406, %5410 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5412 = reduce_sum %5411 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5413 = cast %5412 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5414 = reshape %5413 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5415 = permute %5414 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5416 = reshape %5415 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5417 = matmul %1308, %5416 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5418 = reshape %5417 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5419 = permute %5418 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5420 = reshape %5419 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5421 = matmul %1308, %5420 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5422 = reduce_sum %5411 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5423 = reshape %5422 : f32[16] @ models/lib/vit.yaml:17:71
%5424 = reshape %5411 : f32[36,16] @ models/lib/vit.yaml:17:18
%5425 = cast %5424 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5426 = reshape %1300 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5427 = matmul %5425, %5426 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5428 = cast %4227 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5429 = cast %4215 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5430 = concat %5428, %5429 axis=0 : bf16[4,16,16] @ models/dino_pass.yaml:132:27
%5431 = matmul %5430, %3124 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5432 = reshape %5430 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5433 = reshape %3123 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5434 = matmul %5432, %5433 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5435 = cast %5434 : f32[16,8] @ models/lib/dino.yaml:22:33
%5436 = div %5435, %3121 : f32[16,8] @ models/lib/dino.yaml:22:33
%5437 = mul %5436, %3122 : f32[16,8] @ models/lib/dino.yaml:22:33
%5438 = neg %5437 : f32[16,8] @ models/lib/dino.yaml:22:33
%5439 = reduce_sum %5438 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5440 = mul %5439, %4302 : f32[16,1] @ models/lib/dino.yaml:22:35
%5441 = div %5440, %3120 : f32[16,1] @ models/lib/dino.yaml:22:35
%5442 = broadcast %5441 : f32[16,8] @ models/lib/dino.yaml:22:40
%5443 = mul %5442, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5444 = add %4309, %5443 : f32[16,8] @ models/lib/dino.yaml:22:53
%5445 = add %5444, %5443 : f32[16,8] @ models/lib/dino.yaml:22:53
%5446 = mul %5436, %3116 : f32[16,8] @ models/lib/dino.yaml:22:22
%5447 = add %5445, %5446 : f32[16,8] @ models/lib/dino.yaml:22:22
%5448 = cast %5431 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5449 = div %5448, %3112 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5450 = mul %5449, %3115 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5451 = neg %5450 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5452 = reduce_sum %5451 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5453 = broadcast %4315 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5454 = broadcast %314 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5455 = mul %5452, %5454 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5456 = sqrt %3109 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5457 = eq %5456, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5458 = select %5457, %5455, %5453 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5459 = sqrt %3109 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5460 = gt %5459, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5461 = select %5460, %5452, %5458 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5462 = mul %5461, %5454 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5463 = sqrt %3109 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5464 = div %5462, %5463 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5465 = broadcast %5464 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5466 = cast %3104 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5467 = add %5466, %3105 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5468 = mul %5465, %5467 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5469 = add %5449, %5468 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5470 = add %5469, %5468 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5471 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5472 = reshape %5470 : f32[64,8] @ models/lib/nn.yaml:84:18
%5473 = matmul %5471, %5472 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5474 = reshape %5473 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5475 = reshape %5474 : f32[8] @ models/lib/nn.yaml:84:18
%5476 = add %4335, %5475 : f32[8] @ models/lib/nn.yaml:84:18
%5477 = cast %5470 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5478 = matmul %5477, %3103 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5479 = reshape %5477 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5480 = reshape %3102 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5481 = matmul %5479, %5480 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5482 = cast %4340 : f32[8,24] @ models/lib/nn.yaml:83:15
%5483 = cast %5481 : f32[8,24] @ models/lib/nn.yaml:83:15
%5484 = add %5482, %5483 : f32[8,24] @ models/lib/nn.yaml:83:15
%5485 = cast %5478 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5486 = cast %3091 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5487 = add %5486, %3092 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5488 = mul %5487, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5489 = erf %5488 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5490 = add %1254, %5489 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5491 = mul %5485, %5490 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5492 = cast %5478 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5493 = cast %3091 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5494 = add %5493, %3092 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5495 = mul %1245, %5494 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5496 = mul %5492, %5495 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5497 = cast %3091 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5498 = add %5497, %3092 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5499 = mul %5498, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5500 = mul %5499, %5499 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5501 = neg %5500 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5502 = exp %5501 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5503 = broadcast %4359 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5504 = mul %5502, %5503 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5505 = mul %5496, %5504 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5506 = mul %5505, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5507 = mul %5491, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5508 = add %5506, %5507 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5509 = reshape %5508 : f32[64,24] @ models/lib/nn.yaml:84:18
%5510 = matmul %5471, %5509 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5511 = reshape %5510 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5512 = reshape %5511 : f32[24] @ models/lib/nn.yaml:84:18
%5513 = add %4367, %5512 : f32[24] @ models/lib/nn.yaml:84:18
%5514 = cast %5508 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5515 = matmul %5514, %3090 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5516 = reshape %5514 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5517 = reshape %3089 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5518 = matmul %5516, %5517 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5519 = cast %4372 : f32[24,24] @ models/lib/nn.yaml:83:15
%5520 = cast %5518 : f32[24,24] @ models/lib/nn.yaml:83:15
%5521 = add %5519, %5520 : f32[24,24] @ models/lib/nn.yaml:83:15
%5522 = cast %5515 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5523 = cast %3078 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5524 = add %5523, %3079 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5525 = mul %5524, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5526 = erf %5525 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5527 = add %1254, %5526 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5528 = mul %5522, %5527 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5529 = cast %5515 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5530 = cast %3078 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5531 = add %5530, %3079 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5532 = mul %1245, %5531 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5533 = mul %5529, %5532 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5534 = cast %3078 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5535 = add %5534, %3079 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5536 = mul %5535, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5537 = mul %5536, %5536 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5538 = neg %5537 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5539 = exp %5538 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5540 = mul %5539, %5503 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5541 = mul %5533, %5540 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5542 = mul %5541, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5543 = mul %5528, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5544 = add %5542, %5543 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5545 = reshape %5544 : f32[64,24] @ models/lib/nn.yaml:84:18
%5546 = matmul %5471, %5545 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5547 = reshape %5546 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5548 = reshape %5547 : f32[24] @ models/lib/nn.yaml:84:18
%5549 = add %4397, %5548 : f32[24] @ models/lib/nn.yaml:84:18
%5550 = cast %5544 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5551 = matmul %5550, %3077 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5552 = reshape %5550 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5553 = reshape %3076 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5554 = matmul %5552, %5553 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5555 = cast %4402 : f32[24,16] @ models/lib/nn.yaml:83:15
%5556 = cast %5554 : f32[24,16] @ models/lib/nn.yaml:83:15
%5557 = add %5555, %5556 : f32[24,16] @ models/lib/nn.yaml:83:15
%5558 = cast %4259 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5559 = cast %4289 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5560 = concat %5558, %5559 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%5561 = matmul %5560, %3074 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5562 = reshape %5560 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5563 = reshape %3073 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5564 = matmul %5562, %5563 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5565 = cast %5564 : f32[32,8] @ models/lib/dino.yaml:22:33
%5566 = div %5565, %3071 : f32[32,8] @ models/lib/dino.yaml:22:33
%5567 = mul %5566, %3072 : f32[32,8] @ models/lib/dino.yaml:22:33
%5568 = neg %5567 : f32[32,8] @ models/lib/dino.yaml:22:33
%5569 = reduce_sum %5568 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5570 = mul %5569, %4415 : f32[32,1] @ models/lib/dino.yaml:22:35
%5571 = div %5570, %3070 : f32[32,1] @ models/lib/dino.yaml:22:35
%5572 = broadcast %5571 : f32[32,8] @ models/lib/dino.yaml:22:40
%5573 = mul %5572, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5574 = add %4422, %5573 : f32[32,8] @ models/lib/dino.yaml:22:53
%5575 = add %5574, %5573 : f32[32,8] @ models/lib/dino.yaml:22:53
%5576 = mul %5566, %3066 : f32[32,8] @ models/lib/dino.yaml:22:22
%5577 = add %5575, %5576 : f32[32,8] @ models/lib/dino.yaml:22:22
%5578 = cast %5561 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5579 = div %5578, %3064 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5580 = mul %5579, %3065 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5581 = neg %5580 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5582 = reduce_sum %5581 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5583 = mul %5582, %4429 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5584 = sqrt %3061 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5585 = eq %5584, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5586 = select %5585, %5583, %4428 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5587 = sqrt %3061 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5588 = gt %5587, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5589 = select %5588, %5582, %5586 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5590 = mul %5589, %4429 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5591 = sqrt %3061 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5592 = div %5590, %5591 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5593 = broadcast %5592 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5594 = mul %5593, %3059 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5595 = add %5579, %5594 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5596 = add %5595, %5594 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5597 = reduce_sum %5596 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5598 = reshape %5597 : f32[8] @ models/lib/nn.yaml:84:18
%5599 = add %4445, %5598 : f32[8] @ models/lib/nn.yaml:84:18
%5600 = cast %5596 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5601 = matmul %5600, %3055 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5602 = reshape %5600 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5603 = reshape %3054 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5604 = matmul %5602, %5603 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5605 = cast %4450 : f32[8,24] @ models/lib/nn.yaml:83:15
%5606 = cast %5604 : f32[8,24] @ models/lib/nn.yaml:83:15
%5607 = add %5605, %5606 : f32[8,24] @ models/lib/nn.yaml:83:15
%5608 = cast %5601 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5609 = mul %3048, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5610 = erf %5609 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5611 = add %1203, %5610 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5612 = mul %5608, %5611 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5613 = cast %5601 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5614 = mul %1198, %3048 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5615 = mul %5613, %5614 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5616 = mul %3048, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5617 = mul %5616, %5616 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5618 = neg %5617 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5619 = exp %5618 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5620 = mul %5619, %4463 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5621 = mul %5615, %5620 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5622 = mul %5621, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5623 = mul %5612, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5624 = add %5622, %5623 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5625 = reduce_sum %5624 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5626 = reshape %5625 : f32[24] @ models/lib/nn.yaml:84:18
%5627 = add %4470, %5626 : f32[24] @ models/lib/nn.yaml:84:18
%5628 = cast %5624 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5629 = matmul %5628, %3044 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5630 = reshape %5628 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5631 = reshape %3043 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5632 = matmul %5630, %5631 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5633 = cast %4475 : f32[24,24] @ models/lib/nn.yaml:83:15
%5634 = cast %5632 : f32[24,24] @ models/lib/nn.yaml:83:15
%5635 = add %5633, %5634 : f32[24,24] @ models/lib/nn.yaml:83:15
%5636 = cast %5629 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5637 = mul %3037, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5638 = erf %5637 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5639 = add %1203, %5638 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5640 = mul %5636, %5639 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5641 = cast %5629 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5642 = mul %1198, %3037 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5643 = mul %5641, %5642 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5644 = mul %3037, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5645 = mul %5644, %5644 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5646 = neg %5645 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5647 = exp %5646 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5648 = mul %5647, %4463 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5649 = mul %5643, %5648 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5650 = mul %5649, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5651 = mul %5640, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5652 = add %5650, %5651 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5653 = reduce_sum %5652 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5654 = reshape %5653 : f32[24] @ models/lib/nn.yaml:84:18
%5655 = add %4494, %5654 : f32[24] @ models/lib/nn.yaml:84:18
%5656 = cast %5652 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5657 = matmul %5656, %3033 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5658 = reshape %5656 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5659 = reshape %3032 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5660 = matmul %5658, %5659 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5661 = cast %4499 : f32[24,16] @ models/lib/nn.yaml:83:15
%5662 = cast %5660 : f32[24,16] @ models/lib/nn.yaml:83:15
%5663 = add %5661, %5662 : f32[24,16] @ models/lib/nn.yaml:83:15
%5664 = concat %5657, %5551 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5665 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%5666 = reshape %5664 : bf16[68,16] @ models/lib/nn.yaml:96:46
%5667 = matmul %5665, %5666 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5668 = reshape %5667 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5669 = reshape %5668 : f32[16] @ models/lib/nn.yaml:96:46
%5670 = add %4503, %5669 : f32[16] @ models/lib/nn.yaml:96:46
%5671 = cast %5664 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5672 = mul %5671, %3026 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5673 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5674 = reshape %5672 : f32[68,16] @ models/lib/nn.yaml:96:37
%5675 = matmul %5673, %5674 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5676 = reshape %5675 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5677 = reshape %5676 : f32[16] @ models/lib/nn.yaml:96:37
%5678 = add %4507, %5677 : f32[16] @ models/lib/nn.yaml:96:37
%5679 = cast %5664 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5680 = mul %5679, %3027 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5681 = mul %5680, %3025 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5682 = cast %5664 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5683 = mul %5682, %3027 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5684 = mul %5683, %3019 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5685 = reduce_sum %5684 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5686 = mul %3024, %3024 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5687 = mul %3024, %5686 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5688 = broadcast %4517 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5689 = mul %5687, %5688 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5690 = mul %5685, %5689 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5691 = div %5690, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5692 = broadcast %5691 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5693 = mul %5692, %3019 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5694 = add %5681, %5693 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5695 = add %5694, %5693 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5696 = neg %5695 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5697 = reduce_sum %5696 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5698 = div %5697, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5699 = broadcast %5698 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5700 = add %5695, %5699 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5701 = slice %5700 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5702 = slice %5700 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5703 = reduce_sum %5701 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5704 = reshape %5703 : f32[16] @ models/lib/nn.yaml:84:18
%5705 = add %4534, %5704 : f32[16] @ models/lib/nn.yaml:84:18
%5706 = cast %5701 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5707 = matmul %5706, %3009 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5708 = reshape %5706 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5709 = reshape %3008 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5710 = matmul %5708, %5709 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5711 = cast %4539 : f32[16,64] @ models/lib/nn.yaml:83:15
%5712 = cast %5710 : f32[16,64] @ models/lib/nn.yaml:83:15
%5713 = add %5711, %5712 : f32[16,64] @ models/lib/nn.yaml:83:15
%5714 = cast %5707 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5715 = mul %3002, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5716 = erf %5715 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5717 = add %1009, %5716 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5718 = mul %5714, %5717 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5719 = cast %5707 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5720 = mul %1004, %3002 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5721 = mul %5719, %5720 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5722 = mul %3002, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5723 = mul %5722, %5722 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5724 = neg %5723 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5725 = exp %5724 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5726 = mul %5725, %4552 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5727 = mul %5721, %5726 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5728 = mul %5727, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5729 = mul %5718, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5730 = add %5728, %5729 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5731 = reduce_sum %5730 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5732 = reshape %5731 : f32[64] @ models/lib/nn.yaml:84:18
%5733 = add %4559, %5732 : f32[64] @ models/lib/nn.yaml:84:18
%5734 = cast %5730 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5735 = matmul %5734, %2998 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5736 = reshape %5734 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5737 = reshape %2997 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5738 = matmul %5736, %5737 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5739 = cast %4564 : f32[64,16] @ models/lib/nn.yaml:83:15
%5740 = cast %5738 : f32[64,16] @ models/lib/nn.yaml:83:15
%5741 = add %5739, %5740 : f32[64,16] @ models/lib/nn.yaml:83:15
%5742 = cast %5735 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5743 = reduce_sum %5742 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5744 = reshape %5743 : f32[16] @ models/lib/nn.yaml:96:46
%5745 = add %4567, %5744 : f32[16] @ models/lib/nn.yaml:96:46
%5746 = cast %5735 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5747 = mul %5746, %2993 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5748 = cast %5735 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5749 = mul %5748, %2992 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5750 = reduce_sum %5749 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5751 = reshape %5750 : f32[16] @ models/lib/nn.yaml:96:37
%5752 = add %4573, %5751 : f32[16] @ models/lib/nn.yaml:96:37
%5753 = mul %5747, %2991 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5754 = mul %5747, %2985 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5755 = reduce_sum %5754 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5756 = mul %2990, %2990 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5757 = mul %2990, %5756 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5758 = mul %5757, %4579 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5759 = mul %5755, %5758 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5760 = div %5759, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5761 = broadcast %5760 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5762 = mul %5761, %2985 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5763 = add %5753, %5762 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5764 = add %5763, %5762 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5765 = add %5701, %5764 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5766 = neg %5764 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5767 = reduce_sum %5766 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5768 = div %5767, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5769 = broadcast %5768 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5770 = add %5765, %5769 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5771 = reduce_sum %5770 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5772 = reshape %5771 : f32[16] @ models/lib/nn.yaml:84:18
%5773 = add %4594, %5772 : f32[16] @ models/lib/nn.yaml:84:18
%5774 = cast %5770 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5775 = matmul %5774, %2976 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5776 = reshape %5774 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5777 = reshape %2974 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5778 = matmul %5776, %5777 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5779 = cast %4599 : f32[16,16] @ models/lib/nn.yaml:83:15
%5780 = cast %5778 : f32[16,16] @ models/lib/nn.yaml:83:15
%5781 = add %5779, %5780 : f32[16,16] @ models/lib/nn.yaml:83:15
%5782 = reshape %5775 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5783 = permute %5782 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5784 = cast %5783 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5785 = slice %5784 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5786 = broadcast %5785 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5787 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5788 = slice %5787 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5789 = cast %5788 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5790 = mul %5786, %5789 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5791 = slice %5784 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5792 = broadcast %5791 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5793 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5794 = slice %5793 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5795 = cast %5794 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5796 = mul %5792, %5795 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5797 = add %5790, %5796 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5798 = slice %5784 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5799 = broadcast %5798 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5800 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5801 = slice %5800 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5802 = cast %5801 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5803 = mul %5799, %5802 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5804 = add %5797, %5803 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5805 = slice %5784 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5806 = broadcast %5805 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5807 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5808 = slice %5807 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5809 = cast %5808 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5810 = mul %5806, %5809 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5811 = add %5804, %5810 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5812 = slice %5784 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5813 = broadcast %5812 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5814 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5815 = slice %5814 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5816 = cast %5815 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5817 = mul %5813, %5816 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5818 = add %5811, %5817 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5819 = slice %5784 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5820 = broadcast %5819 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5821 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5822 = slice %5821 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5823 = cast %5822 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5824 = mul %5820, %5823 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5825 = add %5818, %5824 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5826 = slice %5784 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5827 = broadcast %5826 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5828 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5829 = slice %5828 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5830 = cast %5829 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5831 = mul %5827, %5830 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5832 = add %5825, %5831 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5833 = slice %5784 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5834 = broadcast %5833 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5835 = permute %2964 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5836 = slice %5835 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5837 = cast %5836 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5838 = mul %5834, %5837 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5839 = add %5832, %5838 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5840 = cast %5839 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5841 = cast %2961 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5842 = permute %5841 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5843 = cast %5783 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5844 = broadcast %5842 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5845 = broadcast %5843 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5846 = mul %5844, %5845 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5847 = cast %5846 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5848 = cast %5840 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5849 = div %5848, %2958 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5850 = mul %5849, %2960 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5851 = neg %5850 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5852 = reduce_sum %5851 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5853 = broadcast %5852 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5854 = add %5849, %5853 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5855 = exp %2955 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5856 = mul %5854, %5855 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5857 = mul %5856, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5858 = cast %5857 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5859 = cast %5858 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5860 = cast %2890 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5861 = reshape %5859 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5862 = broadcast %5861 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5863 = reshape %5860 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5864 = broadcast %5863 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5865 = mul %5862, %5864 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5866 = reduce_sum %5865 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5867 = cast %5866 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5868 = cast %5858 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5869 = permute %5868 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5870 = cast %2887 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5871 = broadcast %5869 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5872 = broadcast %5870 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5873 = mul %5871, %5872 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5874 = cast %5873 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5875 = cast %5847 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5876 = permute %5875 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5877 = reshape %5876 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5878 = reshape %5877 : f32[68,16] @ models/lib/nn.yaml:84:18
%5879 = matmul %5673, %5878 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5880 = reshape %5879 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5881 = reshape %5880 : f32[16] @ models/lib/nn.yaml:84:18
%5882 = add %4697, %5881 : f32[16] @ models/lib/nn.yaml:84:18
%5883 = permute %5847 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5884 = reshape %5883 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5885 = matmul %5884, %2880 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5886 = reshape %5883 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5887 = reshape %2868 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5888 = matmul %5886, %5887 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5889 = cast %4703 : f32[16,16] @ models/lib/nn.yaml:83:15
%5890 = cast %5888 : f32[16,16] @ models/lib/nn.yaml:83:15
%5891 = add %5889, %5890 : f32[16,16] @ models/lib/nn.yaml:83:15
%5892 = cast %5874 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5893 = permute %5892 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5894 = reshape %5893 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5895 = reshape %5894 : f32[68,16] @ models/lib/nn.yaml:84:18
%5896 = matmul %5673, %5895 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5897 = reshape %5896 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5898 = reshape %5897 : f32[16] @ models/lib/nn.yaml:84:18
%5899 = add %4708, %5898 : f32[16] @ models/lib/nn.yaml:84:18
%5900 = permute %5874 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5901 = reshape %5900 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5902 = matmul %5901, %2875 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5903 = cast %5885 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5904 = cast %5902 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5905 = add %5903, %5904 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5906 = reshape %5900 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5907 = matmul %5906, %5887 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5908 = cast %4716 : f32[16,16] @ models/lib/nn.yaml:83:15
%5909 = cast %5907 : f32[16,16] @ models/lib/nn.yaml:83:15
%5910 = add %5908, %5909 : f32[16,16] @ models/lib/nn.yaml:83:15
%5911 = permute %5867 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5912 = reshape %5911 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5913 = cast %5912 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%5914 = reduce_sum %5913 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5915 = reshape %5914 : f32[16] @ models/lib/nn.yaml:84:18
%5916 = add %4721, %5915 : f32[16] @ models/lib/nn.yaml:84:18
%5917 = permute %5867 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5918 = reshape %5917 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5919 = matmul %5918, %2870 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5920 = reshape %5917 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5921 = reshape %2869 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5922 = matmul %5920, %5921 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5923 = cast %4727 : f32[16,16] @ models/lib/nn.yaml:83:15
%5924 = cast %5922 : f32[16,16] @ models/lib/nn.yaml:83:15
%5925 = add %5923, %5924 : f32[16,16] @ models/lib/nn.yaml:83:15
%5926 = cast %5919 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5927 = pad %5926 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5928 = add %5905, %5927 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5929 = reshape %5928 : f32[68,16] @ models/lib/nn.yaml:96:46
%5930 = matmul %5673, %5929 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5931 = reshape %5930 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5932 = reshape %5931 : f32[16] @ models/lib/nn.yaml:96:46
%5933 = add %4732, %5932 : f32[16] @ models/lib/nn.yaml:96:46
%5934 = mul %5928, %2863 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5935 = reshape %5934 : f32[68,16] @ models/lib/nn.yaml:96:37
%5936 = matmul %5673, %5935 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5937 = reshape %5936 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5938 = reshape %5937 : f32[16] @ models/lib/nn.yaml:96:37
%5939 = add %4735, %5938 : f32[16] @ models/lib/nn.yaml:96:37
%5940 = mul %5928, %2864 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5941 = mul %5940, %2862 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5942 = mul %5928, %2864 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5943 = mul %5942, %2856 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5944 = reduce_sum %5943 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5945 = mul %2861, %2861 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5946 = mul %2861, %5945 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5947 = mul %5946, %5688 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5948 = mul %5944, %5947 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5949 = div %5948, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5950 = broadcast %5949 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5951 = mul %5950, %2856 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5952 = add %5941, %5951 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5953 = add %5952, %5951 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5954 = neg %5953 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5955 = reduce_sum %5954 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5956 = div %5955, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5957 = broadcast %5956 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5958 = add %5953, %5957 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5959 = slice %5958 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5960 = add %5770, %5959 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5961 = slice %5958 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5962 = add %5702, %5961 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5963 = reduce_sum %5960 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5964 = reshape %5963 : f32[16] @ models/lib/nn.yaml:84:18
%5965 = add %4760, %5964 : f32[16] @ models/lib/nn.yaml:84:18
%5966 = cast %5960 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5967 = matmul %5966, %2846 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5968 = reshape %5966 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5969 = reshape %2845 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5970 = matmul %5968, %5969 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5971 = cast %4765 : f32[16,64] @ models/lib/nn.yaml:83:15
%5972 = cast %5970 : f32[16,64] @ models/lib/nn.yaml:83:15
%5973 = add %5971, %5972 : f32[16,64] @ models/lib/nn.yaml:83:15
%5974 = cast %5967 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5975 = mul %2839, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5976 = erf %5975 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5977 = add %1009, %5976 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5978 = mul %5974, %5977 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5979 = cast %5967 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5980 = mul %1004, %2839 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5981 = mul %5979, %5980 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5982 = mul %2839, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5983 = mul %5982, %5982 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5984 = neg %5983 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5985 = exp %5984 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5986 = mul %5985, %4552 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5987 = mul %5981, %5986 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5988 = mul %5987, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5989 = mul %5978, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5990 = add %5988, %5989 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5991 = reduce_sum %5990 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5992 = reshape %5991 : f32[64] @ models/lib/nn.yaml:84:18
%5993 = add %4784, %5992 : f32[64] @ models/lib/nn.yaml:84:18
%5994 = cast %5990 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5995 = matmul %5994, %2835 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5996 = reshape %5994 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5997 = reshape %2834 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5998 = matmul %5996, %5997 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5999 = cast %4789 : f32[64,16] @ models/lib/nn.yaml:83:15
%6000 = cast %5998 : f32[64,16] @ models/lib/nn.yaml:83:15
%6001 = add %5999, %6000 : f32[64,16] @ models/lib/nn.yaml:83:15
%6002 = cast %5995 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%6003 = reduce_sum %6002 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6004 = reshape %6003 : f32[16] @ models/lib/nn.yaml:96:46
%6005 = add %4792, %6004 : f32[16] @ models/lib/nn.yaml:96:46
%6006 = cast %5995 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%6007 = mul %6006, %2830 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%6008 = cast %5995 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%6009 = mul %6008, %2829 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%6010 = reduce_sum %6009 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6011 = reshape %6010 : f32[16] @ models/lib/nn.yaml:96:37
%6012 = add %4798, %6011 : f32[16] @ models/lib/nn.yaml:96:37
%6013 = mul %6007, %2828 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%6014 = mul %6007, %2822 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%6015 = reduce_sum %6014 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%6016 = mul %2827, %2827 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6017 = mul %2827, %6016 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6018 = mul %6017, %4579 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6019 = mul %6015, %6018 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6020 = div %6019, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%6021 = broadcast %6020 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%6022 = mul %6021, %2822 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6023 = add %6013, %6022 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6024 = add %6023, %6022 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6025 = add %5960, %6024 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%6026 = neg %6024 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%6027 = reduce_sum %6026 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%6028 = div %6027, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%6029 = broadcast %6028 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%6030 = add %6025, %6029 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%6031 = reduce_sum %6030 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6032 = reshape %6031 : f32[16] @ models/lib/nn.yaml:84:18
%6033 = add %4818, %6032 : f32[16] @ models/lib/nn.yaml:84:18
%6034 = cast %6030 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6035 = matmul %6034, %2813 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6036 = reshape %6034 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6037 = reshape %2811 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6038 = matmul %6036, %6037 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6039 = cast %4823 : f32[16,16] @ models/lib/nn.yaml:83:15
%6040 = cast %6038 : f32[16,16] @ models/lib/nn.yaml:83:15
%6041 = add %6039, %6040 : f32[16,16] @ models/lib/nn.yaml:83:15
%6042 = reshape %6035 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%6043 = permute %6042 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%6044 = cast %6043 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%6045 = slice %6044 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6046 = broadcast %6045 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6047 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6048 = slice %6047 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6049 = cast %6048 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6050 = mul %6046, %6049 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6051 = slice %6044 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6052 = broadcast %6051 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6053 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6054 = slice %6053 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6055 = cast %6054 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6056 = mul %6052, %6055 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6057 = add %6050, %6056 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6058 = slice %6044 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6059 = broadcast %6058 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6060 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6061 = slice %6060 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6062 = cast %6061 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6063 = mul %6059, %6062 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6064 = add %6057, %6063 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6065 = slice %6044 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6066 = broadcast %6065 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6067 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6068 = slice %6067 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6069 = cast %6068 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6070 = mul %6066, %6069 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6071 = add %6064, %6070 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6072 = slice %6044 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6073 = broadcast %6072 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6074 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6075 = slice %6074 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6076 = cast %6075 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6077 = mul %6073, %6076 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6078 = add %6071, %6077 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6079 = slice %6044 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6080 = broadcast %6079 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6081 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6082 = slice %6081 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6083 = cast %6082 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6084 = mul %6080, %6083 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6085 = add %6078, %6084 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6086 = slice %6044 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6087 = broadcast %6086 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6088 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6089 = slice %6088 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6090 = cast %6089 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6091 = mul %6087, %6090 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6092 = add %6085, %6091 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6093 = slice %6044 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6094 = broadcast %6093 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6095 = permute %2801 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6096 = slice %6095 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6097 = cast %6096 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6098 = mul %6094, %6097 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6099 = add %6092, %6098 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6100 = cast %6099 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6101 = cast %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6102 = permute %6101 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%6103 = cast %6043 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%6104 = broadcast %6102 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6105 = broadcast %6103 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6106 = mul %6104, %6105 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6107 = cast %6106 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%6108 = cast %6100 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6109 = div %6108, %2795 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6110 = mul %6109, %2797 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6111 = neg %6110 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6112 = reduce_sum %6111 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%6113 = broadcast %6112 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6114 = add %6109, %6113 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6115 = exp %2792 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6116 = mul %6114, %6115 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6117 = mul %6116, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%6118 = cast %6117 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%6119 = cast %6118 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6120 = cast %2727 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6121 = reshape %6119 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%6122 = broadcast %6121 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6123 = reshape %6120 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6124 = broadcast %6123 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6125 = mul %6122, %6124 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6126 = reduce_sum %6125 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6127 = cast %6126 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%6128 = cast %6118 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6129 = permute %6128 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%6130 = cast %2724 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6131 = broadcast %6129 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6132 = broadcast %6130 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6133 = mul %6131, %6132 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6134 = cast %6133 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%6135 = cast %6107 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%6136 = permute %6135 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%6137 = reshape %6136 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%6138 = reshape %6137 : f32[68,16] @ models/lib/nn.yaml:84:18
%6139 = matmul %5673, %6138 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6140 = reshape %6139 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6141 = reshape %6140 : f32[16] @ models/lib/nn.yaml:84:18
%6142 = add %4921, %6141 : f32[16] @ models/lib/nn.yaml:84:18
%6143 = permute %6107 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%6144 = reshape %6143 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%6145 = matmul %6144, %2717 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6146 = reshape %6143 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6147 = reshape %2705 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6148 = matmul %6146, %6147 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6149 = cast %4927 : f32[16,16] @ models/lib/nn.yaml:83:15
%6150 = cast %6148 : f32[16,16] @ models/lib/nn.yaml:83:15
%6151 = add %6149, %6150 : f32[16,16] @ models/lib/nn.yaml:83:15
%6152 = cast %6134 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%6153 = permute %6152 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%6154 = reshape %6153 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%6155 = reshape %6154 : f32[68,16] @ models/lib/nn.yaml:84:18
%6156 = matmul %5673, %6155 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6157 = reshape %6156 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6158 = reshape %6157 : f32[16] @ models/lib/nn.yaml:84:18
%6159 = add %4932, %6158 : f32[16] @ models/lib/nn.yaml:84:18
%6160 = permute %6134 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%6161 = reshape %6160 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%6162 = matmul %6161, %2712 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6163 = cast %6145 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6164 = cast %6162 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6165 = add %6163, %6164 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6166 = reshape %6160 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6167 = matmul %6166, %6147 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6168 = cast %4940 : f32[16,16] @ models/lib/nn.yaml:83:15
%6169 = cast %6167 : f32[16,16] @ models/lib/nn.yaml:83:15
%6170 = add %6168, %6169 : f32[16,16] @ models/lib/nn.yaml:83:15
%6171 = permute %6127 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6172 = reshape %6171 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6173 = cast %6172 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%6174 = reduce_sum %6173 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6175 = reshape %6174 : f32[16] @ models/lib/nn.yaml:84:18
%6176 = add %4945, %6175 : f32[16] @ models/lib/nn.yaml:84:18
%6177 = permute %6127 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6178 = reshape %6177 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6179 = matmul %6178, %2707 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6180 = reshape %6177 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6181 = reshape %2706 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6182 = matmul %6180, %6181 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6183 = cast %4951 : f32[16,16] @ models/lib/nn.yaml:83:15
%6184 = cast %6182 : f32[16,16] @ models/lib/nn.yaml:83:15
%6185 = add %6183, %6184 : f32[16,16] @ models/lib/nn.yaml:83:15
%6186 = cast %6179 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%6187 = pad %6186 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6188 = add %6165, %6187 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6189 = reshape %6188 : f32[68,16] @ models/lib/nn.yaml:96:46
%6190 = matmul %5673, %6189 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6191 = reshape %6190 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6192 = reshape %6191 : f32[16] @ models/lib/nn.yaml:96:46
%6193 = add %4956, %6192 : f32[16] @ models/lib/nn.yaml:96:46
%6194 = mul %6188, %2700 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6195 = reshape %6194 : f32[68,16] @ models/lib/nn.yaml:96:37
%6196 = matmul %5673, %6195 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6197 = reshape %6196 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6198 = reshape %6197 : f32[16] @ models/lib/nn.yaml:96:37
%6199 = add %4959, %6198 : f32[16] @ models/lib/nn.yaml:96:37
%6200 = mul %6188, %2701 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6201 = mul %6200, %2699 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6202 = mul %6188, %2701 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6203 = mul %6202, %2693 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6204 = reduce_sum %6203 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%6205 = mul %2698, %2698 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6206 = mul %2698, %6205 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6207 = mul %6206, %5688 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6208 = mul %6204, %6207 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6209 = div %6208, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%6210 = broadcast %6209 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%6211 = mul %6210, %2693 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6212 = add %6201, %6211 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6213 = add %6212, %6211 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6214 = neg %6213 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%6215 = reduce_sum %6214 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%6216 = div %6215, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%6217 = broadcast %6216 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6218 = add %6213, %6217 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6219 = slice %6218 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6220 = add %6030, %6219 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6221 = slice %6218 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6222 = add %5962, %6221 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6223 = reduce_sum %6220 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6224 = add %4983, %6223 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6225 = mul %6222, %2685 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6226 = div %6225, %2635 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6227 = reshape %6226 : f32[64,16] @ models/lib/nn.yaml:84:18
%6228 = matmul %5471, %6227 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6229 = reshape %6228 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6230 = reshape %6229 : f32[16] @ models/lib/nn.yaml:84:18
%6231 = add %4987, %6230 : f32[16] @ models/lib/nn.yaml:84:18
%6232 = cast %6226 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6233 = matmul %6232, %2675 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6234 = reshape %6232 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6235 = reshape %2674 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6236 = matmul %6234, %6235 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6237 = cast %4993 : f32[16,64] @ models/lib/nn.yaml:83:15
%6238 = cast %6236 : f32[16,64] @ models/lib/nn.yaml:83:15
%6239 = add %6237, %6238 : f32[16,64] @ models/lib/nn.yaml:83:15
%6240 = cast %6233 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6241 = cast %2663 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6242 = add %6241, %2664 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6243 = mul %6242, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6244 = erf %6243 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6245 = add %326, %6244 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6246 = mul %6240, %6245 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6247 = cast %6233 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6248 = cast %2663 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6249 = add %6248, %2664 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6250 = mul %315, %6249 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6251 = mul %6247, %6250 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6252 = cast %2663 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6253 = add %6252, %2664 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6254 = mul %6253, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6255 = mul %6254, %6254 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6256 = neg %6255 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6257 = exp %6256 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6258 = broadcast %4359 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6259 = mul %6257, %6258 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6260 = mul %6251, %6259 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6261 = mul %6260, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6262 = mul %6246, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6263 = add %6261, %6262 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6264 = reshape %6263 : f32[64,64] @ models/lib/nn.yaml:84:18
%6265 = matmul %5471, %6264 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6266 = reshape %6265 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6267 = reshape %6266 : f32[64] @ models/lib/nn.yaml:84:18
%6268 = add %5019, %6267 : f32[64] @ models/lib/nn.yaml:84:18
%6269 = cast %6263 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6270 = matmul %6269, %2662 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6271 = reshape %6269 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6272 = reshape %2661 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6273 = matmul %6271, %6272 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6274 = cast %5024 : f32[64,16] @ models/lib/nn.yaml:83:15
%6275 = cast %6273 : f32[64,16] @ models/lib/nn.yaml:83:15
%6276 = add %6274, %6275 : f32[64,16] @ models/lib/nn.yaml:83:15
%6277 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:96:46
%6278 = reshape %6270 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6279 = matmul %6277, %6278 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6280 = reshape %6279 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6281 = reshape %6280 : f32[16] @ models/lib/nn.yaml:96:46
%6282 = add %5027, %6281 : f32[16] @ models/lib/nn.yaml:96:46
%6283 = cast %6270 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6284 = mul %6283, %2656 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6285 = reshape %6284 : f32[64,16] @ models/lib/nn.yaml:96:37
%6286 = matmul %5471, %6285 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6287 = reshape %6286 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6288 = reshape %6287 : f32[16] @ models/lib/nn.yaml:96:37
%6289 = add %5031, %6288 : f32[16] @ models/lib/nn.yaml:96:37
%6290 = cast %6270 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6291 = mul %6290, %2657 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6292 = mul %6291, %2655 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6293 = cast %6270 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6294 = mul %6293, %2657 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6295 = mul %6294, %2649 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6296 = reduce_sum %6295 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6297 = mul %2654, %2654 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6298 = mul %2654, %6297 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6299 = broadcast %4517 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6300 = mul %6298, %6299 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6301 = mul %6296, %6300 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6302 = div %6301, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6303 = broadcast %6302 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6304 = mul %6303, %2649 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6305 = add %6292, %6304 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6306 = add %6305, %6304 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6307 = add %6222, %6306 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6308 = neg %6306 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6309 = reduce_sum %6308 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6310 = div %6309, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6311 = broadcast %6310 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6312 = add %6307, %6311 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6313 = mul %6312, %2643 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6314 = div %6313, %2635 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6315 = reshape %6314 : f32[64,16] @ models/lib/nn.yaml:84:18
%6316 = matmul %5471, %6315 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6317 = reshape %6316 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6318 = reshape %6317 : f32[16] @ models/lib/nn.yaml:84:18
%6319 = add %5058, %6318 : f32[16] @ models/lib/nn.yaml:84:18
%6320 = cast %6314 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6321 = matmul %6320, %2629 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6322 = reshape %6320 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6323 = reshape %2627 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6324 = matmul %6322, %6323 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6325 = cast %5064 : f32[16,16] @ models/lib/nn.yaml:83:15
%6326 = cast %6324 : f32[16,16] @ models/lib/nn.yaml:83:15
%6327 = add %6325, %6326 : f32[16,16] @ models/lib/nn.yaml:83:15
%6328 = reshape %6321 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6329 = permute %6328 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6330 = cast %6329 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6331 = cast %2617 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6332 = permute %6331 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6333 = slice %6330 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6334 = broadcast %6333 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6335 = slice %6332 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6336 = broadcast %6335 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6337 = mul %6334, %6336 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6338 = slice %6330 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6339 = broadcast %6338 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6340 = slice %6332 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6341 = broadcast %6340 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6342 = mul %6339, %6341 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6343 = add %6337, %6342 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6344 = slice %6330 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6345 = broadcast %6344 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6346 = slice %6332 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6347 = broadcast %6346 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6348 = mul %6345, %6347 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6349 = add %6343, %6348 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6350 = slice %6330 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6351 = broadcast %6350 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6352 = slice %6332 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6353 = broadcast %6352 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6354 = mul %6351, %6353 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6355 = add %6349, %6354 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6356 = slice %6330 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6357 = broadcast %6356 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6358 = slice %6332 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6359 = broadcast %6358 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6360 = mul %6357, %6359 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6361 = add %6355, %6360 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6362 = slice %6330 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6363 = broadcast %6362 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6364 = slice %6332 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6365 = broadcast %6364 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6366 = mul %6363, %6365 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6367 = add %6361, %6366 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6368 = slice %6330 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6369 = broadcast %6368 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6370 = slice %6332 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6371 = broadcast %6370 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6372 = mul %6369, %6371 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6373 = add %6367, %6372 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6374 = slice %6330 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6375 = broadcast %6374 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6376 = slice %6332 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6377 = broadcast %6376 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6378 = mul %6375, %6377 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6379 = add %6373, %6378 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6380 = cast %6379 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6381 = cast %2615 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6382 = permute %6381 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6383 = cast %6329 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6384 = reshape %6382 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6385 = broadcast %6384 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6386 = reshape %6383 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6387 = broadcast %6386 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6388 = mul %6385, %6387 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6389 = reduce_sum %6388 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6390 = cast %6389 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6391 = cast %6380 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6392 = div %6391, %2612 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6393 = mul %6392, %2614 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6394 = neg %6393 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6395 = reduce_sum %6394 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6396 = broadcast %6395 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6397 = add %6392, %6396 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6398 = exp %2609 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6399 = mul %6397, %6398 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6400 = mul %6399, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6401 = cast %6400 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6402 = cast %6401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6403 = cast %2550 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6404 = reshape %6402 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6405 = broadcast %6404 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6406 = reshape %6403 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6407 = broadcast %6406 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6408 = mul %6405, %6407 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6409 = reduce_sum %6408 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6410 = cast %6409 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6411 = cast %6401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6412 = permute %6411 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6413 = cast %2548 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6414 = reshape %6412 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6415 = broadcast %6414 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6416 = reshape %6413 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6417 = broadcast %6416 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6418 = mul %6415, %6417 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6419 = reduce_sum %6418 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6420 = cast %6419 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6421 = reshape %6420 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6422 = reshape %6390 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6423 = reshape %6410 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6424 = concat %6423, %6421, %6422 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6425 = cast %6424 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6426 = permute %6425 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6427 = reshape %6426 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6428 = reshape %6427 : f32[64,48] @ models/lib/nn.yaml:84:18
%6429 = matmul %5471, %6428 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6430 = reshape %6429 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6431 = reshape %6430 : f32[48] @ models/lib/nn.yaml:84:18
%6432 = add %5166, %6431 : f32[48] @ models/lib/nn.yaml:84:18
%6433 = permute %6424 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6434 = reshape %6433 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6435 = matmul %6434, %2539 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6436 = reshape %6433 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6437 = reshape %2538 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6438 = matmul %6436, %6437 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6439 = cast %5172 : f32[48,16] @ models/lib/nn.yaml:83:15
%6440 = cast %6438 : f32[48,16] @ models/lib/nn.yaml:83:15
%6441 = add %6439, %6440 : f32[48,16] @ models/lib/nn.yaml:83:15
%6442 = reshape %6435 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6443 = matmul %6277, %6442 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6444 = reshape %6443 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6445 = reshape %6444 : f32[16] @ models/lib/nn.yaml:96:46
%6446 = add %5175, %6445 : f32[16] @ models/lib/nn.yaml:96:46
%6447 = cast %6435 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6448 = mul %6447, %2533 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6449 = reshape %6448 : f32[64,16] @ models/lib/nn.yaml:96:37
%6450 = matmul %5471, %6449 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6451 = reshape %6450 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6452 = reshape %6451 : f32[16] @ models/lib/nn.yaml:96:37
%6453 = add %5179, %6452 : f32[16] @ models/lib/nn.yaml:96:37
%6454 = cast %6435 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6455 = mul %6454, %2534 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6456 = mul %6455, %2532 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6457 = cast %6435 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6458 = mul %6457, %2534 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6459 = mul %6458, %2526 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6460 = reduce_sum %6459 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6461 = mul %2531, %2531 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6462 = mul %2531, %6461 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6463 = mul %6462, %6299 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6464 = mul %6460, %6463 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6465 = div %6464, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6466 = broadcast %6465 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6467 = mul %6466, %2526 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6468 = add %6456, %6467 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6469 = add %6468, %6467 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6470 = add %6312, %6469 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6471 = neg %6469 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6472 = reduce_sum %6471 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6473 = div %6472, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6474 = broadcast %6473 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6475 = add %6470, %6474 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6476 = reshape %6475 : f32[64,16] @ models/lib/nn.yaml:84:18
%6477 = matmul %5471, %6476 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6478 = reshape %6477 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6479 = reshape %6478 : f32[16] @ models/lib/nn.yaml:84:18
%6480 = add %5203, %6479 : f32[16] @ models/lib/nn.yaml:84:18
%6481 = cast %6475 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6482 = matmul %6481, %2517 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6483 = reshape %6481 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6484 = reshape %2516 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6485 = matmul %6483, %6484 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6486 = cast %5208 : f32[16,64] @ models/lib/nn.yaml:83:15
%6487 = cast %6485 : f32[16,64] @ models/lib/nn.yaml:83:15
%6488 = add %6486, %6487 : f32[16,64] @ models/lib/nn.yaml:83:15
%6489 = cast %6482 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6490 = cast %2505 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6491 = add %6490, %2506 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6492 = mul %6491, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6493 = erf %6492 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6494 = add %326, %6493 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6495 = mul %6489, %6494 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6496 = cast %6482 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6497 = cast %2505 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6498 = add %6497, %2506 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6499 = mul %315, %6498 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6500 = mul %6496, %6499 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6501 = cast %2505 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6502 = add %6501, %2506 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6503 = mul %6502, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6504 = mul %6503, %6503 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6505 = neg %6504 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6506 = exp %6505 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6507 = mul %6506, %6258 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6508 = mul %6500, %6507 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6509 = mul %6508, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6510 = mul %6495, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6511 = add %6509, %6510 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6512 = reshape %6511 : f32[64,64] @ models/lib/nn.yaml:84:18
%6513 = matmul %5471, %6512 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6514 = reshape %6513 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6515 = reshape %6514 : f32[64] @ models/lib/nn.yaml:84:18
%6516 = add %5233, %6515 : f32[64] @ models/lib/nn.yaml:84:18
%6517 = cast %6511 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6518 = matmul %6517, %2504 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6519 = reshape %6517 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6520 = reshape %2503 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6521 = matmul %6519, %6520 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6522 = cast %5238 : f32[64,16] @ models/lib/nn.yaml:83:15
%6523 = cast %6521 : f32[64,16] @ models/lib/nn.yaml:83:15
%6524 = add %6522, %6523 : f32[64,16] @ models/lib/nn.yaml:83:15
%6525 = reshape %6518 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6526 = matmul %6277, %6525 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6527 = reshape %6526 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6528 = reshape %6527 : f32[16] @ models/lib/nn.yaml:96:46
%6529 = add %5241, %6528 : f32[16] @ models/lib/nn.yaml:96:46
%6530 = cast %6518 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6531 = mul %6530, %2498 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6532 = reshape %6531 : f32[64,16] @ models/lib/nn.yaml:96:37
%6533 = matmul %5471, %6532 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6534 = reshape %6533 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6535 = reshape %6534 : f32[16] @ models/lib/nn.yaml:96:37
%6536 = add %5245, %6535 : f32[16] @ models/lib/nn.yaml:96:37
%6537 = cast %6518 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6538 = mul %6537, %2499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6539 = mul %6538, %2497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6540 = cast %6518 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6541 = mul %6540, %2499 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6542 = mul %6541, %2491 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6543 = reduce_sum %6542 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6544 = mul %2496, %2496 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6545 = mul %2496, %6544 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6546 = mul %6545, %6299 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6547 = mul %6543, %6546 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6548 = div %6547, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6549 = broadcast %6548 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6550 = mul %6549, %2491 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6551 = add %6539, %6550 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6552 = add %6551, %6550 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6553 = add %6475, %6552 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6554 = neg %6552 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6555 = reduce_sum %6554 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6556 = div %6555, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6557 = broadcast %6556 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6558 = add %6553, %6557 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6559 = reshape %6558 : f32[64,16] @ models/lib/nn.yaml:84:18
%6560 = matmul %5471, %6559 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6561 = reshape %6560 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6562 = reshape %6561 : f32[16] @ models/lib/nn.yaml:84:18
%6563 = add %5269, %6562 : f32[16] @ models/lib/nn.yaml:84:18
%6564 = cast %6558 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6565 = matmul %6564, %2482 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6566 = reshape %6564 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6567 = reshape %2480 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6568 = matmul %6566, %6567 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6569 = cast %5274 : f32[16,16] @ models/lib/nn.yaml:83:15
%6570 = cast %6568 : f32[16,16] @ models/lib/nn.yaml:83:15
%6571 = add %6569, %6570 : f32[16,16] @ models/lib/nn.yaml:83:15
%6572 = reshape %6565 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6573 = permute %6572 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6574 = cast %6573 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6575 = cast %2470 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6576 = permute %6575 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6577 = slice %6574 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6578 = broadcast %6577 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6579 = slice %6576 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6580 = broadcast %6579 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6581 = mul %6578, %6580 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6582 = slice %6574 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6583 = broadcast %6582 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6584 = slice %6576 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6585 = broadcast %6584 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6586 = mul %6583, %6585 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6587 = add %6581, %6586 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6588 = slice %6574 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6589 = broadcast %6588 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6590 = slice %6576 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6591 = broadcast %6590 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6592 = mul %6589, %6591 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6593 = add %6587, %6592 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6594 = slice %6574 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6595 = broadcast %6594 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6596 = slice %6576 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6597 = broadcast %6596 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6598 = mul %6595, %6597 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6599 = add %6593, %6598 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6600 = slice %6574 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6601 = broadcast %6600 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6602 = slice %6576 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6603 = broadcast %6602 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6604 = mul %6601, %6603 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6605 = add %6599, %6604 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6606 = slice %6574 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6607 = broadcast %6606 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6608 = slice %6576 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6609 = broadcast %6608 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6610 = mul %6607, %6609 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6611 = add %6605, %6610 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6612 = slice %6574 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6613 = broadcast %6612 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6614 = slice %6576 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6615 = broadcast %6614 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6616 = mul %6613, %6615 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6617 = add %6611, %6616 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6618 = slice %6574 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6619 = broadcast %6618 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6620 = slice %6576 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6621 = broadcast %6620 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6622 = mul %6619, %6621 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6623 = add %6617, %6622 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6624 = cast %6623 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6625 = cast %2468 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6626 = permute %6625 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6627 = cast %6573 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6628 = reshape %6626 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6629 = broadcast %6628 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6630 = reshape %6627 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6631 = broadcast %6630 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6632 = mul %6629, %6631 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6633 = reduce_sum %6632 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6634 = cast %6633 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6635 = cast %6624 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6636 = div %6635, %2465 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6637 = mul %6636, %2467 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6638 = neg %6637 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6639 = reduce_sum %6638 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6640 = broadcast %6639 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6641 = add %6636, %6640 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6642 = exp %2462 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6643 = mul %6641, %6642 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6644 = mul %6643, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6645 = cast %6644 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6646 = cast %6645 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6647 = cast %2403 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6648 = reshape %6646 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6649 = broadcast %6648 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6650 = reshape %6647 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6651 = broadcast %6650 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6652 = mul %6649, %6651 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6653 = reduce_sum %6652 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6654 = cast %6653 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6655 = cast %6645 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6656 = permute %6655 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6657 = cast %2401 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6658 = reshape %6656 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6659 = broadcast %6658 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6660 = reshape %6657 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6661 = broadcast %6660 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6662 = mul %6659, %6661 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6663 = reduce_sum %6662 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6664 = cast %6663 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6665 = reshape %6664 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6666 = reshape %6634 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6667 = reshape %6654 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6668 = concat %6667, %6665, %6666 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6669 = cast %6668 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6670 = permute %6669 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6671 = reshape %6670 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6672 = reshape %6671 : f32[64,48] @ models/lib/nn.yaml:84:18
%6673 = matmul %5471, %6672 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6674 = reshape %6673 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6675 = reshape %6674 : f32[48] @ models/lib/nn.yaml:84:18
%6676 = add %5376, %6675 : f32[48] @ models/lib/nn.yaml:84:18
%6677 = permute %6668 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6678 = reshape %6677 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6679 = matmul %6678, %2392 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6680 = reshape %6677 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6681 = reshape %2391 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6682 = matmul %6680, %6681 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6683 = cast %5382 : f32[48,16] @ models/lib/nn.yaml:83:15
%6684 = cast %6682 : f32[48,16] @ models/lib/nn.yaml:83:15
%6685 = add %6683, %6684 : f32[48,16] @ models/lib/nn.yaml:83:15
%6686 = reshape %6679 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6687 = matmul %6277, %6686 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6688 = reshape %6687 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6689 = reshape %6688 : f32[16] @ models/lib/nn.yaml:96:46
%6690 = add %5385, %6689 : f32[16] @ models/lib/nn.yaml:96:46
%6691 = cast %6679 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6692 = mul %6691, %2386 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6693 = reshape %6692 : f32[64,16] @ models/lib/nn.yaml:96:37
%6694 = matmul %5471, %6693 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6695 = reshape %6694 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6696 = reshape %6695 : f32[16] @ models/lib/nn.yaml:96:37
%6697 = add %5389, %6696 : f32[16] @ models/lib/nn.yaml:96:37
%6698 = cast %6679 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6699 = mul %6698, %2387 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6700 = mul %6699, %2385 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6701 = cast %6679 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6702 = mul %6701, %2387 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6703 = mul %6702, %2379 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6704 = reduce_sum %6703 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6705 = mul %2384, %2384 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6706 = mul %2384, %6705 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6707 = mul %6706, %6299 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6708 = mul %6704, %6707 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6709 = div %6708, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6710 = broadcast %6709 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6711 = mul %6710, %2379 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6712 = add %6700, %6711 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6713 = add %6712, %6711 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6714 = add %6558, %6713 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6715 = neg %6713 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6716 = reduce_sum %6715 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6717 = div %6716, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6718 = broadcast %6717 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6719 = add %6714, %6718 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6720 = reduce_sum %6719 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6721 = reshape %5421 : bf16[1,16,16] @ models/lib/vit.yaml:32:17
%6722 = cast %6721 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%6723 = add %6722, %6720 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6724 = reshape %6719 : f32[64,16] @ models/lib/vit.yaml:17:71
%6725 = matmul %5471, %6724 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6726 = reshape %6725 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6727 = reshape %6726 : f32[16] @ models/lib/vit.yaml:17:71
%6728 = add %5423, %6727 : f32[16] @ models/lib/vit.yaml:17:71
%6729 = reshape %6719 : f32[64,16] @ models/lib/vit.yaml:17:18
%6730 = cast %6729 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6731 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6732 = matmul %6730, %6731 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6733 = reshape %5427 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6734 = cast %6733 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6735 = reshape %6732 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6736 = cast %6735 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6737 = add %6734, %6736 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6738 = all_reduce_sum %6723 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6739 = reshape %6738 : f32[256] @ models/lib/vit.yaml:48:7
%6740 = mul %6739, %6739 : f32[256] @ models/lib/vit.yaml:48:7
%6741 = reduce_sum %6740 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6742 = sqrt %6741 : f32[] @ models/lib/vit.yaml:48:7
%6743 = cast %6742 : f64[] @ models/lib/vit.yaml:48:7
%6744 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6745 = add %6743, %6744 : f64[] @ models/lib/vit.yaml:48:7
%6746 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6747 = div %6746, %6745 : f64[] @ models/lib/vit.yaml:48:7
%6748 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6749 = lt %6747, %6748 : bool[] @ models/lib/vit.yaml:48:7
%6750 = cast %6747 : f32[] @ models/lib/vit.yaml:48:7
%6751 = broadcast %6750 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6752 = mul %6738, %6751 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6753 = broadcast %6749 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6754 = select %6753, %6752, %6738 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6755 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6756 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6757 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6758 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6759 = add %6757, %6758 : i64[] @ models/lib/vit.yaml:48:7
%6760 = mul %4169, %4170 : f64[] @ models/lib/vit.yaml:48:7
%6761 = sub %6748, %6760 : f64[] @ models/lib/vit.yaml:48:7
%6762 = cast %6761 : f32[] @ models/lib/vit.yaml:48:7
%6763 = broadcast %6762 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6764 = mul %7, %6763 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6765 = broadcast %3846 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6766 = mul %6754, %6765 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6767 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6768 = broadcast %2634 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6769 = mul %6755, %6768 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6770 = add %6769, %6766 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6771 = mul %6754, %6754 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6772 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6773 = broadcast %6772 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6774 = mul %6771, %6773 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6775 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6776 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6777 = broadcast %6776 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6778 = mul %6756, %6777 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6779 = add %6778, %6774 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6780 = cast %6759 : f64[] @ models/lib/vit.yaml:48:7
%6781 = pow %6767, %6780 : f64[] @ models/lib/vit.yaml:48:7
%6782 = sub %6748, %6781 : f64[] @ models/lib/vit.yaml:48:7
%6783 = div %4169, %6782 : f64[] @ models/lib/vit.yaml:48:7
%6784 = pow %6775, %6780 : f64[] @ models/lib/vit.yaml:48:7
%6785 = sub %6748, %6784 : f64[] @ models/lib/vit.yaml:48:7
%6786 = sqrt %6785 : f64[] @ models/lib/vit.yaml:48:7
%6787 = div %6748, %6786 : f64[] @ models/lib/vit.yaml:48:7
%6788 = sqrt %6779 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6789 = cast %6787 : f32[] @ models/lib/vit.yaml:48:7
%6790 = broadcast %6789 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6791 = mul %6788, %6790 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6792 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6793 = broadcast %6792 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6794 = add %6791, %6793 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6795 = div %6770, %6794 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6796 = cast %6783 : f32[] @ models/lib/vit.yaml:48:7
%6797 = broadcast %6796 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6798 = mul %6795, %6797 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6799 = sub %6764, %6798 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6800 = assign %7, %6799 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6801 = assign %6755, %6770 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6802 = assign %6756, %6779 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6803 = assign %6757, %6759 : i64[] @ models/lib/vit.yaml:48:7
%6804 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6805 = mul %85, %6804 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6806 = sub %6748, %4171 : f64[] @ models/lib/vit.yaml:48:7
%6807 = cast %6806 : f32[] @ models/lib/vit.yaml:48:7
%6808 = broadcast %6807 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6809 = mul %6799, %6808 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6810 = add %6805, %6809 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6811 = assign %85, %6810 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6812 = all_reduce_sum %6737 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6813 = reshape %6812 : f32[768] @ models/lib/vit.yaml:9:7
%6814 = mul %6813, %6813 : f32[768] @ models/lib/vit.yaml:9:7
%6815 = reduce_sum %6814 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6816 = sqrt %6815 : f32[] @ models/lib/vit.yaml:9:7
%6817 = cast %6816 : f64[] @ models/lib/vit.yaml:9:7
%6818 = add %6817, %6744 : f64[] @ models/lib/vit.yaml:9:7
%6819 = div %6746, %6818 : f64[] @ models/lib/vit.yaml:9:7
%6820 = lt %6819, %6748 : bool[] @ models/lib/vit.yaml:9:7
%6821 = cast %6819 : f32[] @ models/lib/vit.yaml:9:7
%6822 = broadcast %6821 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6823 = mul %6812, %6822 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6824 = broadcast %6820 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6825 = select %6824, %6823, %6812 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6826 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6827 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6828 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6829 = add %6828, %6758 : i64[] @ models/lib/vit.yaml:9:7
%6830 = broadcast %6762 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6831 = mul %8, %6830 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6832 = broadcast %3846 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6833 = mul %6825, %6832 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6834 = broadcast %2634 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6835 = mul %6826, %6834 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6836 = add %6835, %6833 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6837 = mul %6825, %6825 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6838 = broadcast %6772 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6839 = mul %6837, %6838 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6840 = broadcast %6776 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6841 = mul %6827, %6840 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6842 = add %6841, %6839 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6843 = cast %6829 : f64[] @ models/lib/vit.yaml:9:7
%6844 = pow %6767, %6843 : f64[] @ models/lib/vit.yaml:9:7
%6845 = sub %6748, %6844 : f64[] @ models/lib/vit.yaml:9:7
%6846 = div %4169, %6845 : f64[] @ models/lib/vit.yaml:9:7
%6847 = pow %6775, %6843 : f64[] @ models/lib/vit.yaml:9:7
%6848 = sub %6748, %6847 : f64[] @ models/lib/vit.yaml:9:7
%6849 = sqrt %6848 : f64[] @ models/lib/vit.yaml:9:7
%6850 = div %6748, %6849 : f64[] @ models/lib/vit.yaml:9:7
%6851 = sqrt %6842 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6852 = cast %6850 : f32[] @ models/lib/vit.yaml:9:7
%6853 = broadcast %6852 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6854 = mul %6851, %6853 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6855 = broadcast %6792 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6856 = add %6854, %6855 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6857 = div %6836, %6856 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6858 = cast %6846 : f32[] @ models/lib/vit.yaml:9:7
%6859 = broadcast %6858 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6860 = mul %6857, %6859 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6861 = sub %6831, %6860 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6862 = assign %8, %6861 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6863 = assign %6826, %6836 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6864 = assign %6827, %6842 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6865 = assign %6828, %6829 : i64[] @ models/lib/vit.yaml:9:7
%6866 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6867 = mul %86, %6866 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6868 = broadcast %6807 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6869 = mul %6861, %6868 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6870 = add %6867, %6869 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6871 = assign %86, %6870 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6872 = all_reduce_sum %6728 : f32[16] @ models/lib/vit.yaml:10:7
%6873 = mul %6872, %6872 : f32[16] @ models/lib/vit.yaml:10:7
%6874 = reduce_sum %6873 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6875 = sqrt %6874 : f32[] @ models/lib/vit.yaml:10:7
%6876 = cast %6875 : f64[] @ models/lib/vit.yaml:10:7
%6877 = add %6876, %6744 : f64[] @ models/lib/vit.yaml:10:7
%6878 = div %6746, %6877 : f64[] @ models/lib/vit.yaml:10:7
%6879 = lt %6878, %6748 : bool[] @ models/lib/vit.yaml:10:7
%6880 = cast %6878 : f32[] @ models/lib/vit.yaml:10:7
%6881 = broadcast %6880 : f32[16] @ models/lib/vit.yaml:10:7
%6882 = mul %6872, %6881 : f32[16] @ models/lib/vit.yaml:10:7
%6883 = broadcast %6879 : bool[16] @ models/lib/vit.yaml:10:7
%6884 = select %6883, %6882, %6872 : f32[16] @ models/lib/vit.yaml:10:7
%6885 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6886 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6887 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6888 = add %6887, %6758 : i64[] @ models/lib/vit.yaml:10:7
%6889 = broadcast %3846 : f32[16] @ models/lib/vit.yaml:10:7
%6890 = mul %6884, %6889 : f32[16] @ models/lib/vit.yaml:10:7
%6891 = broadcast %2634 : f32[16] @ models/lib/vit.yaml:10:7
%6892 = mul %6885, %6891 : f32[16] @ models/lib/vit.yaml:10:7
%6893 = add %6892, %6890 : f32[16] @ models/lib/vit.yaml:10:7
%6894 = mul %6884, %6884 : f32[16] @ models/lib/vit.yaml:10:7
%6895 = broadcast %6772 : f32[16] @ models/lib/vit.yaml:10:7
%6896 = mul %6894, %6895 : f32[16] @ models/lib/vit.yaml:10:7
%6897 = broadcast %6776 : f32[16] @ models/lib/vit.yaml:10:7
%6898 = mul %6886, %6897 : f32[16] @ models/lib/vit.yaml:10:7
%6899 = add %6898, %6896 : f32[16] @ models/lib/vit.yaml:10:7
%6900 = cast %6888 : f64[] @ models/lib/vit.yaml:10:7
%6901 = pow %6767, %6900 : f64[] @ models/lib/vit.yaml:10:7
%6902 = sub %6748, %6901 : f64[] @ models/lib/vit.yaml:10:7
%6903 = div %4169, %6902 : f64[] @ models/lib/vit.yaml:10:7
%6904 = pow %6775, %6900 : f64[] @ models/lib/vit.yaml:10:7
%6905 = sub %6748, %6904 : f64[] @ models/lib/vit.yaml:10:7
%6906 = sqrt %6905 : f64[] @ models/lib/vit.yaml:10:7
%6907 = div %6748, %6906 : f64[] @ models/lib/vit.yaml:10:7
%6908 = sqrt %6899 : f32[16] @ models/lib/vit.yaml:10:7
%6909 = cast %6907 : f32[] @ models/lib/vit.yaml:10:7
%6910 = broadcast %6909 : f32[16] @ models/lib/vit.yaml:10:7
%6911 = mul %6908, %6910 : f32[16] @ models/lib/vit.yaml:10:7
%6912 = broadcast %6792 : f32[16] @ models/lib/vit.yaml:10:7
%6913 = add %6911, %6912 : f32[16] @ models/lib/vit.yaml:10:7
%6914 = div %6893, %6913 : f32[16] @ models/lib/vit.yaml:10:7
%6915 = cast %6903 : f32[] @ models/lib/vit.yaml:10:7
%6916 = broadcast %6915 : f32[16] @ models/lib/vit.yaml:10:7
%6917 = mul %6914, %6916 : f32[16] @ models/lib/vit.yaml:10:7
%6918 = sub %9, %6917 : f32[16] @ models/lib/vit.yaml:10:7
%6919 = assign %9, %6918 : f32[16] @ models/lib/vit.yaml:10:7
%6920 = assign %6885, %6893 : f32[16] @ models/lib/vit.yaml:10:7
%6921 = assign %6886, %6899 : f32[16] @ models/lib/vit.yaml:10:7
%6922 = assign %6887, %6888 : i64[] @ models/lib/vit.yaml:10:7
%6923 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6924 = mul %87, %6923 : f32[16] @ models/lib/vit.yaml:10:7
%6925 = broadcast %6807 : f32[16] @ models/lib/vit.yaml:10:7
%6926 = mul %6918, %6925 : f32[16] @ models/lib/vit.yaml:10:7
%6927 = add %6924, %6926 : f32[16] @ models/lib/vit.yaml:10:7
%6928 = assign %87, %6927 : f32[16] @ models/lib/vit.yaml:10:7
%6929 = all_reduce_sum %6697 : f32[16] @ models/lib/nn.yaml:89:7
%6930 = mul %6929, %6929 : f32[16] @ models/lib/nn.yaml:89:7
%6931 = reduce_sum %6930 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6932 = sqrt %6931 : f32[] @ models/lib/nn.yaml:89:7
%6933 = cast %6932 : f64[] @ models/lib/nn.yaml:89:7
%6934 = add %6933, %6744 : f64[] @ models/lib/nn.yaml:89:7
%6935 = div %6746, %6934 : f64[] @ models/lib/nn.yaml:89:7
%6936 = lt %6935, %6748 : bool[] @ models/lib/nn.yaml:89:7
%6937 = cast %6935 : f32[] @ models/lib/nn.yaml:89:7
%6938 = broadcast %6937 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = mul %6929, %6938 : f32[16] @ models/lib/nn.yaml:89:7
%6940 = broadcast %6936 : bool[16] @ models/lib/nn.yaml:89:7
%6941 = select %6940, %6939, %6929 : f32[16] @ models/lib/nn.yaml:89:7
%6942 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6943 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6944 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6945 = add %6944, %6758 : i64[] @ models/lib/nn.yaml:89:7
%6946 = mul %6941, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%6947 = mul %6942, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%6948 = add %6947, %6946 : f32[16] @ models/lib/nn.yaml:89:7
%6949 = mul %6941, %6941 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = mul %6949, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%6951 = mul %6943, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = add %6951, %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6953 = cast %6945 : f64[] @ models/lib/nn.yaml:89:7
%6954 = pow %6767, %6953 : f64[] @ models/lib/nn.yaml:89:7
%6955 = sub %6748, %6954 : f64[] @ models/lib/nn.yaml:89:7
%6956 = div %4169, %6955 : f64[] @ models/lib/nn.yaml:89:7
%6957 = pow %6775, %6953 : f64[] @ models/lib/nn.yaml:89:7
%6958 = sub %6748, %6957 : f64[] @ models/lib/nn.yaml:89:7
%6959 = sqrt %6958 : f64[] @ models/lib/nn.yaml:89:7
%6960 = div %6748, %6959 : f64[] @ models/lib/nn.yaml:89:7
%6961 = sqrt %6952 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = cast %6960 : f32[] @ models/lib/nn.yaml:89:7
%6963 = broadcast %6962 : f32[16] @ models/lib/nn.yaml:89:7
%6964 = mul %6961, %6963 : f32[16] @ models/lib/nn.yaml:89:7
%6965 = add %6964, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%6966 = div %6948, %6965 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = cast %6956 : f32[] @ models/lib/nn.yaml:89:7
%6968 = broadcast %6967 : f32[16] @ models/lib/nn.yaml:89:7
%6969 = mul %6966, %6968 : f32[16] @ models/lib/nn.yaml:89:7
%6970 = sub %10, %6969 : f32[16] @ models/lib/nn.yaml:89:7
%6971 = assign %10, %6970 : f32[16] @ models/lib/nn.yaml:89:7
%6972 = assign %6942, %6948 : f32[16] @ models/lib/nn.yaml:89:7
%6973 = assign %6943, %6952 : f32[16] @ models/lib/nn.yaml:89:7
%6974 = assign %6944, %6945 : i64[] @ models/lib/nn.yaml:89:7
%6975 = mul %88, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%6976 = mul %6970, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%6977 = add %6975, %6976 : f32[16] @ models/lib/nn.yaml:89:7
%6978 = assign %88, %6977 : f32[16] @ models/lib/nn.yaml:89:7
%6979 = all_reduce_sum %6690 : f32[16] @ models/lib/nn.yaml:90:7
%6980 = mul %6979, %6979 : f32[16] @ models/lib/nn.yaml:90:7
%6981 = reduce_sum %6980 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6982 = sqrt %6981 : f32[] @ models/lib/nn.yaml:90:7
%6983 = cast %6982 : f64[] @ models/lib/nn.yaml:90:7
%6984 = add %6983, %6744 : f64[] @ models/lib/nn.yaml:90:7
%6985 = div %6746, %6984 : f64[] @ models/lib/nn.yaml:90:7
%6986 = lt %6985, %6748 : bool[] @ models/lib/nn.yaml:90:7
%6987 = cast %6985 : f32[] @ models/lib/nn.yaml:90:7
%6988 = broadcast %6987 : f32[16] @ models/lib/nn.yaml:90:7
%6989 = mul %6979, %6988 : f32[16] @ models/lib/nn.yaml:90:7
%6990 = broadcast %6986 : bool[16] @ models/lib/nn.yaml:90:7
%6991 = select %6990, %6989, %6979 : f32[16] @ models/lib/nn.yaml:90:7
%6992 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6993 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6994 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6995 = add %6994, %6758 : i64[] @ models/lib/nn.yaml:90:7
%6996 = mul %6991, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%6997 = mul %6992, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%6998 = add %6997, %6996 : f32[16] @ models/lib/nn.yaml:90:7
%6999 = mul %6991, %6991 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = mul %6999, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = mul %6993, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = add %7001, %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7003 = cast %6995 : f64[] @ models/lib/nn.yaml:90:7
%7004 = pow %6767, %7003 : f64[] @ models/lib/nn.yaml:90:7
%7005 = sub %6748, %7004 : f64[] @ models/lib/nn.yaml:90:7
%7006 = div %4169, %7005 : f64[] @ models/lib/nn.yaml:90:7
%7007 = pow %6775, %7003 : f64[] @ models/lib/nn.yaml:90:7
%7008 = sub %6748, %7007 : f64[] @ models/lib/nn.yaml:90:7
%7009 = sqrt %7008 : f64[] @ models/lib/nn.yaml:90:7
%7010 = div %6748, %7009 : f64[] @ models/lib/nn.yaml:90:7
%7011 = sqrt %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = cast %7010 : f32[] @ models/lib/nn.yaml:90:7
%7013 = broadcast %7012 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = mul %7011, %7013 : f32[16] @ models/lib/nn.yaml:90:7
%7015 = add %7014, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = div %6998, %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = cast %7006 : f32[] @ models/lib/nn.yaml:90:7
%7018 = broadcast %7017 : f32[16] @ models/lib/nn.yaml:90:7
%7019 = mul %7016, %7018 : f32[16] @ models/lib/nn.yaml:90:7
%7020 = sub %11, %7019 : f32[16] @ models/lib/nn.yaml:90:7
%7021 = assign %11, %7020 : f32[16] @ models/lib/nn.yaml:90:7
%7022 = assign %6992, %6998 : f32[16] @ models/lib/nn.yaml:90:7
%7023 = assign %6993, %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7024 = assign %6994, %6995 : i64[] @ models/lib/nn.yaml:90:7
%7025 = mul %89, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%7026 = mul %7020, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%7027 = add %7025, %7026 : f32[16] @ models/lib/nn.yaml:90:7
%7028 = assign %89, %7027 : f32[16] @ models/lib/nn.yaml:90:7
%7029 = all_reduce_sum %6685 : f32[48,16] @ models/lib/nn.yaml:79:7
%7030 = reshape %7029 : f32[768] @ models/lib/nn.yaml:79:7
%7031 = mul %7030, %7030 : f32[768] @ models/lib/nn.yaml:79:7
%7032 = reduce_sum %7031 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7033 = sqrt %7032 : f32[] @ models/lib/nn.yaml:79:7
%7034 = cast %7033 : f64[] @ models/lib/nn.yaml:79:7
%7035 = add %7034, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7036 = div %6746, %7035 : f64[] @ models/lib/nn.yaml:79:7
%7037 = lt %7036, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7038 = cast %7036 : f32[] @ models/lib/nn.yaml:79:7
%7039 = broadcast %7038 : f32[48,16] @ models/lib/nn.yaml:79:7
%7040 = mul %7029, %7039 : f32[48,16] @ models/lib/nn.yaml:79:7
%7041 = broadcast %7037 : bool[48,16] @ models/lib/nn.yaml:79:7
%7042 = select %7041, %7040, %7029 : f32[48,16] @ models/lib/nn.yaml:79:7
%7043 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7044 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7045 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7046 = add %7045, %6758 : i64[] @ models/lib/nn.yaml:79:7
%7047 = broadcast %6762 : f32[48,16] @ models/lib/nn.yaml:79:7
%7048 = mul %12, %7047 : f32[48,16] @ models/lib/nn.yaml:79:7
%7049 = broadcast %3846 : f32[48,16] @ models/lib/nn.yaml:79:7
%7050 = mul %7042, %7049 : f32[48,16] @ models/lib/nn.yaml:79:7
%7051 = broadcast %2634 : f32[48,16] @ models/lib/nn.yaml:79:7
%7052 = mul %7043, %7051 : f32[48,16] @ models/lib/nn.yaml:79:7
%7053 = add %7052, %7050 : f32[48,16] @ models/lib/nn.yaml:79:7
%7054 = mul %7042, %7042 : f32[48,16] @ models/lib/nn.yaml:79:7
%7055 = broadcast %6772 : f32[48,16] @ models/lib/nn.yaml:79:7
%7056 = mul %7054, %7055 : f32[48,16] @ models/lib/nn.yaml:79:7
%7057 = broadcast %6776 : f32[48,16] @ models/lib/nn.yaml:79:7
%7058 = mul %7044, %7057 : f32[48,16] @ models/lib/nn.yaml:79:7
%7059 = add %7058, %7056 : f32[48,16] @ models/lib/nn.yaml:79:7
%7060 = cast %7046 : f64[] @ models/lib/nn.yaml:79:7
%7061 = pow %6767, %7060 : f64[] @ models/lib/nn.yaml:79:7
%7062 = sub %6748, %7061 : f64[] @ models/lib/nn.yaml:79:7
%7063 = div %4169, %7062 : f64[] @ models/lib/nn.yaml:79:7
%7064 = pow %6775, %7060 : f64[] @ models/lib/nn.yaml:79:7
%7065 = sub %6748, %7064 : f64[] @ models/lib/nn.yaml:79:7
%7066 = sqrt %7065 : f64[] @ models/lib/nn.yaml:79:7
%7067 = div %6748, %7066 : f64[] @ models/lib/nn.yaml:79:7
%7068 = sqrt %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7069 = cast %7067 : f32[] @ models/lib/nn.yaml:79:7
%7070 = broadcast %7069 : f32[48,16] @ models/lib/nn.yaml:79:7
%7071 = mul %7068, %7070 : f32[48,16] @ models/lib/nn.yaml:79:7
%7072 = broadcast %6792 : f32[48,16] @ models/lib/nn.yaml:79:7
%7073 = add %7071, %7072 : f32[48,16] @ models/lib/nn.yaml:79:7
%7074 = div %7053, %7073 : f32[48,16] @ models/lib/nn.yaml:79:7
%7075 = cast %7063 : f32[] @ models/lib/nn.yaml:79:7
%7076 = broadcast %7075 : f32[48,16] @ models/lib/nn.yaml:79:7
%7077 = mul %7074, %7076 : f32[48,16] @ models/lib/nn.yaml:79:7
%7078 = sub %7048, %7077 : f32[48,16] @ models/lib/nn.yaml:79:7
%7079 = assign %12, %7078 : f32[48,16] @ models/lib/nn.yaml:79:7
%7080 = assign %7043, %7053 : f32[48,16] @ models/lib/nn.yaml:79:7
%7081 = assign %7044, %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7082 = assign %7045, %7046 : i64[] @ models/lib/nn.yaml:79:7
%7083 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%7084 = mul %90, %7083 : f32[48,16] @ models/lib/nn.yaml:79:7
%7085 = broadcast %6807 : f32[48,16] @ models/lib/nn.yaml:79:7
%7086 = mul %7078, %7085 : f32[48,16] @ models/lib/nn.yaml:79:7
%7087 = add %7084, %7086 : f32[48,16] @ models/lib/nn.yaml:79:7
%7088 = assign %90, %7087 : f32[48,16] @ models/lib/nn.yaml:79:7
%7089 = all_reduce_sum %6676 : f32[48] @ models/lib/nn.yaml:80:7
%7090 = mul %7089, %7089 : f32[48] @ models/lib/nn.yaml:80:7
%7091 = reduce_sum %7090 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7092 = sqrt %7091 : f32[] @ models/lib/nn.yaml:80:7
%7093 = cast %7092 : f64[] @ models/lib/nn.yaml:80:7
%7094 = add %7093, %6744 : f64[] @ models/lib/nn.yaml:80:7
%7095 = div %6746, %7094 : f64[] @ models/lib/nn.yaml:80:7
%7096 = lt %7095, %6748 : bool[] @ models/lib/nn.yaml:80:7
%7097 = cast %7095 : f32[] @ models/lib/nn.yaml:80:7
%7098 = broadcast %7097 : f32[48] @ models/lib/nn.yaml:80:7
%7099 = mul %7089, %7098 : f32[48] @ models/lib/nn.yaml:80:7
%7100 = broadcast %7096 : bool[48] @ models/lib/nn.yaml:80:7
%7101 = select %7100, %7099, %7089 : f32[48] @ models/lib/nn.yaml:80:7
%7102 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7103 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7104 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7105 = add %7104, %6758 : i64[] @ models/lib/nn.yaml:80:7
%7106 = broadcast %3846 : f32[48] @ models/lib/nn.yaml:80:7
%7107 = mul %7101, %7106 : f32[48] @ models/lib/nn.yaml:80:7
%7108 = broadcast %2634 : f32[48] @ models/lib/nn.yaml:80:7
%7109 = mul %7102, %7108 : f32[48] @ models/lib/nn.yaml:80:7
%7110 = add %7109, %7107 : f32[48] @ models/lib/nn.yaml:80:7
%7111 = mul %7101, %7101 : f32[48] @ models/lib/nn.yaml:80:7
%7112 = broadcast %6772 : f32[48] @ models/lib/nn.yaml:80:7
%7113 = mul %7111, %7112 : f32[48] @ models/lib/nn.yaml:80:7
%7114 = broadcast %6776 : f32[48] @ models/lib/nn.yaml:80:7
%7115 = mul %7103, %7114 : f32[48] @ models/lib/nn.yaml:80:7
%7116 = add %7115, %7113 : f32[48] @ models/lib/nn.yaml:80:7
%7117 = cast %7105 : f64[] @ models/lib/nn.yaml:80:7
%7118 = pow %6767, %7117 : f64[] @ models/lib/nn.yaml:80:7
%7119 = sub %6748, %7118 : f64[] @ models/lib/nn.yaml:80:7
%7120 = div %4169, %7119 : f64[] @ models/lib/nn.yaml:80:7
%7121 = pow %6775, %7117 : f64[] @ models/lib/nn.yaml:80:7
%7122 = sub %6748, %7121 : f64[] @ models/lib/nn.yaml:80:7
%7123 = sqrt %7122 : f64[] @ models/lib/nn.yaml:80:7
%7124 = div %6748, %7123 : f64[] @ models/lib/nn.yaml:80:7
%7125 = sqrt %7116 : f32[48] @ models/lib/nn.yaml:80:7
%7126 = cast %7124 : f32[] @ models/lib/nn.yaml:80:7
%7127 = broadcast %7126 : f32[48] @ models/lib/nn.yaml:80:7
%7128 = mul %7125, %7127 : f32[48] @ models/lib/nn.yaml:80:7
%7129 = broadcast %6792 : f32[48] @ models/lib/nn.yaml:80:7
%7130 = add %7128, %7129 : f32[48] @ models/lib/nn.yaml:80:7
%7131 = div %7110, %7130 : f32[48] @ models/lib/nn.yaml:80:7
%7132 = cast %7120 : f32[] @ models/lib/nn.yaml:80:7
%7133 = broadcast %7132 : f32[48] @ models/lib/nn.yaml:80:7
%7134 = mul %7131, %7133 : f32[48] @ models/lib/nn.yaml:80:7
%7135 = sub %13, %7134 : f32[48] @ models/lib/nn.yaml:80:7
%7136 = assign %13, %7135 : f32[48] @ models/lib/nn.yaml:80:7
%7137 = assign %7102, %7110 : f32[48] @ models/lib/nn.yaml:80:7
%7138 = assign %7103, %7116 : f32[48] @ models/lib/nn.yaml:80:7
%7139 = assign %7104, %7105 : i64[] @ models/lib/nn.yaml:80:7
%7140 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%7141 = mul %91, %7140 : f32[48] @ models/lib/nn.yaml:80:7
%7142 = broadcast %6807 : f32[48] @ models/lib/nn.yaml:80:7
%7143 = mul %7135, %7142 : f32[48] @ models/lib/nn.yaml:80:7
%7144 = add %7141, %7143 : f32[48] @ models/lib/nn.yaml:80:7
%7145 = assign %91, %7144 : f32[48] @ models/lib/nn.yaml:80:7
%7146 = all_reduce_sum %6571 : f32[16,16] @ models/lib/nn.yaml:79:7
%7147 = reshape %7146 : f32[256] @ models/lib/nn.yaml:79:7
%7148 = mul %7147, %7147 : f32[256] @ models/lib/nn.yaml:79:7
%7149 = reduce_sum %7148 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7150 = sqrt %7149 : f32[] @ models/lib/nn.yaml:79:7
%7151 = cast %7150 : f64[] @ models/lib/nn.yaml:79:7
%7152 = add %7151, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7153 = div %6746, %7152 : f64[] @ models/lib/nn.yaml:79:7
%7154 = lt %7153, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7155 = cast %7153 : f32[] @ models/lib/nn.yaml:79:7
%7156 = broadcast %7155 : f32[16,16] @ models/lib/nn.yaml:79:7
%7157 = mul %7146, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%7158 = broadcast %7154 : bool[16,16] @ models/lib/nn.yaml:79:7
%7159 = select %7158, %7157, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%7160 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7161 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7162 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7163 = add %7162, %6758 : i64[] @ models/lib/nn.yaml:79:7
%7164 = broadcast %6762 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = mul %14, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = broadcast %3846 : f32[16,16] @ models/lib/nn.yaml:79:7
%7167 = mul %7159, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%7168 = broadcast %2634 : f32[16,16] @ models/lib/nn.yaml:79:7
%7169 = mul %7160, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = add %7169, %7167 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = mul %7159, %7159 : f32[16,16] @ models/lib/nn.yaml:79:7
%7172 = broadcast %6772 : f32[16,16] @ models/lib/nn.yaml:79:7
%7173 = mul %7171, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%7174 = broadcast %6776 : f32[16,16] @ models/lib/nn.yaml:79:7
%7175 = mul %7161, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = add %7175, %7173 : f32[16,16] @ models/lib/nn.yaml:79:7
%7177 = cast %7163 : f64[] @ models/lib/nn.yaml:79:7
%7178 = pow %6767, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7179 = sub %6748, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7180 = div %4169, %7179 : f64[] @ models/lib/nn.yaml:79:7
%7181 = pow %6775, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7182 = sub %6748, %7181 : f64[] @ models/lib/nn.yaml:79:7
%7183 = sqrt %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = div %6748, %7183 : f64[] @ models/lib/nn.yaml:79:7
%7185 = sqrt %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7186 = cast %7184 : f32[] @ models/lib/nn.yaml:79:7
%7187 = broadcast %7186 : f32[16,16] @ models/lib/nn.yaml:79:7
%7188 = mul %7185, %7187 : f32[16,16] @ models/lib/nn.yaml:79:7
%7189 = broadcast %6792 : f32[16,16] @ models/lib/nn.yaml:79:7
%7190 = add %7188, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = div %7170, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%7192 = cast %7180 : f32[] @ models/lib/nn.yaml:79:7
%7193 = broadcast %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = mul %7191, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = sub %7165, %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = assign %14, %7195 : f32[16,16] @ models/lib/nn.yaml:79:7
%7197 = assign %7160, %7170 : f32[16,16] @ models/lib/nn.yaml:79:7
%7198 = assign %7161, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7199 = assign %7162, %7163 : i64[] @ models/lib/nn.yaml:79:7
%7200 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%7201 = mul %92, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = broadcast %6807 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = mul %7195, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%7204 = add %7201, %7203 : f32[16,16] @ models/lib/nn.yaml:79:7
%7205 = assign %92, %7204 : f32[16,16] @ models/lib/nn.yaml:79:7
%7206 = all_reduce_sum %6563 : f32[16] @ models/lib/nn.yaml:80:7
%7207 = mul %7206, %7206 : f32[16] @ models/lib/nn.yaml:80:7
%7208 = reduce_sum %7207 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7209 = sqrt %7208 : f32[] @ models/lib/nn.yaml:80:7
%7210 = cast %7209 : f64[] @ models/lib/nn.yaml:80:7
%7211 = add %7210, %6744 : f64[] @ models/lib/nn.yaml:80:7
%7212 = div %6746, %7211 : f64[] @ models/lib/nn.yaml:80:7
%7213 = lt %7212, %6748 : bool[] @ models/lib/nn.yaml:80:7
%7214 = cast %7212 : f32[] @ models/lib/nn.yaml:80:7
%7215 = broadcast %7214 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = mul %7206, %7215 : f32[16] @ models/lib/nn.yaml:80:7
%7217 = broadcast %7213 : bool[16] @ models/lib/nn.yaml:80:7
%7218 = select %7217, %7216, %7206 : f32[16] @ models/lib/nn.yaml:80:7
%7219 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7220 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7221 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7222 = add %7221, %6758 : i64[] @ models/lib/nn.yaml:80:7
%7223 = mul %7218, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = mul %7219, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = add %7224, %7223 : f32[16] @ models/lib/nn.yaml:80:7
%7226 = mul %7218, %7218 : f32[16] @ models/lib/nn.yaml:80:7
%7227 = mul %7226, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%7228 = mul %7220, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%7229 = add %7228, %7227 : f32[16] @ models/lib/nn.yaml:80:7
%7230 = cast %7222 : f64[] @ models/lib/nn.yaml:80:7
%7231 = pow %6767, %7230 : f64[] @ models/lib/nn.yaml:80:7
%7232 = sub %6748, %7231 : f64[] @ models/lib/nn.yaml:80:7
%7233 = div %4169, %7232 : f64[] @ models/lib/nn.yaml:80:7
%7234 = pow %6775, %7230 : f64[] @ models/lib/nn.yaml:80:7
%7235 = sub %6748, %7234 : f64[] @ models/lib/nn.yaml:80:7
%7236 = sqrt %7235 : f64[] @ models/lib/nn.yaml:80:7
%7237 = div %6748, %7236 : f64[] @ models/lib/nn.yaml:80:7
%7238 = sqrt %7229 : f32[16] @ models/lib/nn.yaml:80:7
%7239 = cast %7237 : f32[] @ models/lib/nn.yaml:80:7
%7240 = broadcast %7239 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = mul %7238, %7240 : f32[16] @ models/lib/nn.yaml:80:7
%7242 = add %7241, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = div %7225, %7242 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = cast %7233 : f32[] @ models/lib/nn.yaml:80:7
%7245 = broadcast %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = mul %7243, %7245 : f32[16] @ models/lib/nn.yaml:80:7
%7247 = sub %15, %7246 : f32[16] @ models/lib/nn.yaml:80:7
%7248 = assign %15, %7247 : f32[16] @ models/lib/nn.yaml:80:7
%7249 = assign %7219, %7225 : f32[16] @ models/lib/nn.yaml:80:7
%7250 = assign %7220, %7229 : f32[16] @ models/lib/nn.yaml:80:7
%7251 = assign %7221, %7222 : i64[] @ models/lib/nn.yaml:80:7
%7252 = mul %93, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%7253 = mul %7247, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%7254 = add %7252, %7253 : f32[16] @ models/lib/nn.yaml:80:7
%7255 = assign %93, %7254 : f32[16] @ models/lib/nn.yaml:80:7
%7256 = all_reduce_sum %6536 : f32[16] @ models/lib/nn.yaml:89:7
%7257 = mul %7256, %7256 : f32[16] @ models/lib/nn.yaml:89:7
%7258 = reduce_sum %7257 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7259 = sqrt %7258 : f32[] @ models/lib/nn.yaml:89:7
%7260 = cast %7259 : f64[] @ models/lib/nn.yaml:89:7
%7261 = add %7260, %6744 : f64[] @ models/lib/nn.yaml:89:7
%7262 = div %6746, %7261 : f64[] @ models/lib/nn.yaml:89:7
%7263 = lt %7262, %6748 : bool[] @ models/lib/nn.yaml:89:7
%7264 = cast %7262 : f32[] @ models/lib/nn.yaml:89:7
%7265 = broadcast %7264 : f32[16] @ models/lib/nn.yaml:89:7
%7266 = mul %7256, %7265 : f32[16] @ models/lib/nn.yaml:89:7
%7267 = broadcast %7263 : bool[16] @ models/lib/nn.yaml:89:7
%7268 = select %7267, %7266, %7256 : f32[16] @ models/lib/nn.yaml:89:7
%7269 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7270 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7271 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7272 = add %7271, %6758 : i64[] @ models/lib/nn.yaml:89:7
%7273 = mul %7268, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%7274 = mul %7269, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%7275 = add %7274, %7273 : f32[16] @ models/lib/nn.yaml:89:7
%7276 = mul %7268, %7268 : f32[16] @ models/lib/nn.yaml:89:7
%7277 = mul %7276, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%7278 = mul %7270, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%7279 = add %7278, %7277 : f32[16] @ models/lib/nn.yaml:89:7
%7280 = cast %7272 : f64[] @ models/lib/nn.yaml:89:7
%7281 = pow %6767, %7280 : f64[] @ models/lib/nn.yaml:89:7
%7282 = sub %6748, %7281 : f64[] @ models/lib/nn.yaml:89:7
%7283 = div %4169, %7282 : f64[] @ models/lib/nn.yaml:89:7
%7284 = pow %6775, %7280 : f64[] @ models/lib/nn.yaml:89:7
%7285 = sub %6748, %7284 : f64[] @ models/lib/nn.yaml:89:7
%7286 = sqrt %7285 : f64[] @ models/lib/nn.yaml:89:7
%7287 = div %6748, %7286 : f64[] @ models/lib/nn.yaml:89:7
%7288 = sqrt %7279 : f32[16] @ models/lib/nn.yaml:89:7
%7289 = cast %7287 : f32[] @ models/lib/nn.yaml:89:7
%7290 = broadcast %7289 : f32[16] @ models/lib/nn.yaml:89:7
%7291 = mul %7288, %7290 : f32[16] @ models/lib/nn.yaml:89:7
%7292 = add %7291, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%7293 = div %7275, %7292 : f32[16] @ models/lib/nn.yaml:89:7
%7294 = cast %7283 : f32[] @ models/lib/nn.yaml:89:7
%7295 = broadcast %7294 : f32[16] @ models/lib/nn.yaml:89:7
%7296 = mul %7293, %7295 : f32[16] @ models/lib/nn.yaml:89:7
%7297 = sub %16, %7296 : f32[16] @ models/lib/nn.yaml:89:7
%7298 = assign %16, %7297 : f32[16] @ models/lib/nn.yaml:89:7
%7299 = assign %7269, %7275 : f32[16] @ models/lib/nn.yaml:89:7
%7300 = assign %7270, %7279 : f32[16] @ models/lib/nn.yaml:89:7
%7301 = assign %7271, %7272 : i64[] @ models/lib/nn.yaml:89:7
%7302 = mul %94, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%7303 = mul %7297, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%7304 = add %7302, %7303 : f32[16] @ models/lib/nn.yaml:89:7
%7305 = assign %94, %7304 : f32[16] @ models/lib/nn.yaml:89:7
%7306 = all_reduce_sum %6529 : f32[16] @ models/lib/nn.yaml:90:7
%7307 = mul %7306, %7306 : f32[16] @ models/lib/nn.yaml:90:7
%7308 = reduce_sum %7307 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7309 = sqrt %7308 : f32[] @ models/lib/nn.yaml:90:7
%7310 = cast %7309 : f64[] @ models/lib/nn.yaml:90:7
%7311 = add %7310, %6744 : f64[] @ models/lib/nn.yaml:90:7
%7312 = div %6746, %7311 : f64[] @ models/lib/nn.yaml:90:7
%7313 = lt %7312, %6748 : bool[] @ models/lib/nn.yaml:90:7
%7314 = cast %7312 : f32[] @ models/lib/nn.yaml:90:7
%7315 = broadcast %7314 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = mul %7306, %7315 : f32[16] @ models/lib/nn.yaml:90:7
%7317 = broadcast %7313 : bool[16] @ models/lib/nn.yaml:90:7
%7318 = select %7317, %7316, %7306 : f32[16] @ models/lib/nn.yaml:90:7
%7319 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7320 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7321 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7322 = add %7321, %6758 : i64[] @ models/lib/nn.yaml:90:7
%7323 = mul %7318, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%7324 = mul %7319, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%7325 = add %7324, %7323 : f32[16] @ models/lib/nn.yaml:90:7
%7326 = mul %7318, %7318 : f32[16] @ models/lib/nn.yaml:90:7
%7327 = mul %7326, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%7328 = mul %7320, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7329 = add %7328, %7327 : f32[16] @ models/lib/nn.yaml:90:7
%7330 = cast %7322 : f64[] @ models/lib/nn.yaml:90:7
%7331 = pow %6767, %7330 : f64[] @ models/lib/nn.yaml:90:7
%7332 = sub %6748, %7331 : f64[] @ models/lib/nn.yaml:90:7
%7333 = div %4169, %7332 : f64[] @ models/lib/nn.yaml:90:7
%7334 = pow %6775, %7330 : f64[] @ models/lib/nn.yaml:90:7
%7335 = sub %6748, %7334 : f64[] @ models/lib/nn.yaml:90:7
%7336 = sqrt %7335 : f64[] @ models/lib/nn.yaml:90:7
%7337 = div %6748, %7336 : f64[] @ models/lib/nn.yaml:90:7
%7338 = sqrt %7329 : f32[16] @ models/lib/nn.yaml:90:7
%7339 = cast %7337 : f32[] @ models/lib/nn.yaml:90:7
%7340 = broadcast %7339 : f32[16] @ models/lib/nn.yaml:90:7
%7341 = mul %7338, %7340 : f32[16] @ models/lib/nn.yaml:90:7
%7342 = add %7341, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%7343 = div %7325, %7342 : f32[16] @ models/lib/nn.yaml:90:7
%7344 = cast %7333 : f32[] @ models/lib/nn.yaml:90:7
%7345 = broadcast %7344 : f32[16] @ models/lib/nn.yaml:90:7
%7346 = mul %7343, %7345 : f32[16] @ models/lib/nn.yaml:90:7
%7347 = sub %17, %7346 : f32[16] @ models/lib/nn.yaml:90:7
%7348 = assign %17, %7347 : f32[16] @ models/lib/nn.yaml:90:7
%7349 = assign %7319, %7325 : f32[16] @ models/lib/nn.yaml:90:7
%7350 = assign %7320, %7329 : f32[16] @ models/lib/nn.yaml:90:7
%7351 = assign %7321, %7322 : i64[] @ models/lib/nn.yaml:90:7
%7352 = mul %95, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%7353 = mul %7347, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%7354 = add %7352, %7353 : f32[16] @ models/lib/nn.yaml:90:7
%7355 = assign %95, %7354 : f32[16] @ models/lib/nn.yaml:90:7
%7356 = all_reduce_sum %6524 : f32[64,16] @ models/lib/nn.yaml:79:7
%7357 = reshape %7356 : f32[1024] @ models/lib/nn.yaml:79:7
%7358 = mul %7357, %7357 : f32[1024] @ models/lib/nn.yaml:79:7
%7359 = reduce_sum %7358 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7360 = sqrt %7359 : f32[] @ models/lib/nn.yaml:79:7
%7361 = cast %7360 : f64[] @ models/lib/nn.yaml:79:7
%7362 = add %7361, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7363 = div %6746, %7362 : f64[] @ models/lib/nn.yaml:79:7
%7364 = lt %7363, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7365 = cast %7363 : f32[] @ models/lib/nn.yaml:79:7
%7366 = broadcast %7365 : f32[64,16] @ models/lib/nn.yaml:79:7
%7367 = mul %7356, %7366 : f32[64,16] @ models/lib/nn.yaml:79:7
%7368 = broadcast %7364 : bool[64,16] @ models/lib/nn.yaml:79:7
%7369 = select %7368, %7367, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%7370 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7371 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7372 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7373 = add %7372, %6758 : i64[] @ models/lib/nn.yaml:79:7
%7374 = broadcast %6762 : f32[64,16] @ models/lib/nn.yaml:79:7
%7375 = mul %18, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%7376 = broadcast %3846 : f32[64,16] @ models/lib/nn.yaml:79:7
%7377 = mul %7369, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%7378 = broadcast %2634 : f32[64,16] @ models/lib/nn.yaml:79:7
%7379 = mul %7370, %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%7380 = add %7379, %7377 : f32[64,16] @ models/lib/nn.yaml:79:7
%7381 = mul %7369, %7369 : f32[64,16] @ models/lib/nn.yaml:79:7
%7382 = broadcast %6772 : f32[64,16] @ models/lib/nn.yaml:79:7
%7383 = mul %7381, %7382 : f32[64,16] @ models/lib/nn.yaml:79:7
%7384 = broadcast %6776 : f32[64,16] @ models/lib/nn.yaml:79:7
%7385 = mul %7371, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%7386 = add %7385, %7383 : f32[64,16] @ models/lib/nn.yaml:79:7
%7387 = cast %7373 : f64[] @ models/lib/nn.yaml:79:7
%7388 = pow %6767, %7387 : f64[] @ models/lib/nn.yaml:79:7
%7389 = sub %6748, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7390 = div %4169, %7389 : f64[] @ models/lib/nn.yaml:79:7
%7391 = pow %6775, %7387 : f64[] @ models/lib/nn.yaml:79:7
%7392 = sub %6748, %7391 : f64[] @ models/lib/nn.yaml:79:7
%7393 = sqrt %7392 : f64[] @ models/lib/nn.yaml:79:7
%7394 = div %6748, %7393 : f64[] @ models/lib/nn.yaml:79:7
%7395 = sqrt %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%7396 = cast %7394 : f32[] @ models/lib/nn.yaml:79:7
%7397 = broadcast %7396 : f32[64,16] @ models/lib/nn.yaml:79:7
%7398 = mul %7395, %7397 : f32[64,16] @ models/lib/nn.yaml:79:7
%7399 = broadcast %6792 : f32[64,16] @ models/lib/nn.yaml:79:7
%7400 = add %7398, %7399 : f32[64,16] @ models/lib/nn.yaml:79:7
%7401 = div %7380, %7400 : f32[64,16] @ models/lib/nn.yaml:79:7
%7402 = cast %7390 : f32[] @ models/lib/nn.yaml:79:7
%7403 = broadcast %7402 : f32[64,16] @ models/lib/nn.yaml:79:7
%7404 = mul %7401, %7403 : f32[64,16] @ models/lib/nn.yaml:79:7
%7405 = sub %7375, %7404 : f32[64,16] @ models/lib/nn.yaml:79:7
%7406 = assign %18, %7405 : f32[64,16] @ models/lib/nn.yaml:79:7
%7407 = assign %7370, %7380 : f32[64,16] @ models/lib/nn.yaml:79:7
%7408 = assign %7371, %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%7409 = assign %7372, %7373 : i64[] @ models/lib/nn.yaml:79:7
%7410 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%7411 = mul %96, %7410 : f32[64,16] @ models/lib/nn.yaml:79:7
%7412 = broadcast %6807 : f32[64,16] @ models/lib/nn.yaml:79:7
%7413 = mul %7405, %7412 : f32[64,16] @ models/lib/nn.yaml:79:7
%7414 = add %7411, %7413 : f32[64,16] @ models/lib/nn.yaml:79:7
%7415 = assign %96, %7414 : f32[64,16] @ models/lib/nn.yaml:79:7
%7416 = all_reduce_sum %6516 : f32[64] @ models/lib/nn.yaml:80:7
%7417 = mul %7416, %7416 : f32[64] @ models/lib/nn.yaml:80:7
%7418 = reduce_sum %7417 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7419 = sqrt %7418 : f32[] @ models/lib/nn.yaml:80:7
%7420 = cast %7419 : f64[] @ models/lib/nn.yaml:80:7
%7421 = add %7420, %6744 : f64[] @ models/lib/nn.yaml:80:7
%7422 = div %6746, %7421 : f64[] @ models/lib/nn.yaml:80:7
%7423 = lt %7422, %6748 : bool[] @ models/lib/nn.yaml:80:7
%7424 = cast %7422 : f32[] @ models/lib/nn.yaml:80:7
%7425 = broadcast %7424 : f32[64] @ models/lib/nn.yaml:80:7
%7426 = mul %7416, %7425 : f32[64] @ models/lib/nn.yaml:80:7
%7427 = broadcast %7423 : bool[64] @ models/lib/nn.yaml:80:7
%7428 = select %7427, %7426, %7416 : f32[64] @ models/lib/nn.yaml:80:7
%7429 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7430 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7431 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7432 = add %7431, %6758 : i64[] @ models/lib/nn.yaml:80:7
%7433 = broadcast %3846 : f32[64] @ models/lib/nn.yaml:80:7
%7434 = mul %7428, %7433 : f32[64] @ models/lib/nn.yaml:80:7
%7435 = broadcast %2634 : f32[64] @ models/lib/nn.yaml:80:7
%7436 = mul %7429, %7435 : f32[64] @ models/lib/nn.yaml:80:7
%7437 = add %7436, %7434 : f32[64] @ models/lib/nn.yaml:80:7
%7438 = mul %7428, %7428 : f32[64] @ models/lib/nn.yaml:80:7
%7439 = broadcast %6772 : f32[64] @ models/lib/nn.yaml:80:7
%7440 = mul %7438, %7439 : f32[64] @ models/lib/nn.yaml:80:7
%7441 = broadcast %6776 : f32[64] @ models/lib/nn.yaml:80:7
%7442 = mul %7430, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%7443 = add %7442, %7440 : f32[64] @ models/lib/nn.yaml:80:7
%7444 = cast %7432 : f64[] @ models/lib/nn.yaml:80:7
%7445 = pow %6767, %7444 : f64[] @ models/lib/nn.yaml:80:7
%7446 = sub %6748, %7445 : f64[] @ models/lib/nn.yaml:80:7
%7447 = div %4169, %7446 : f64[] @ models/lib/nn.yaml:80:7
%7448 = pow %6775, %7444 : f64[] @ models/lib/nn.yaml:80:7
%7449 = sub %6748, %7448 : f64[] @ models/lib/nn.yaml:80:7
%7450 = sqrt %7449 : f64[] @ models/lib/nn.yaml:80:7
%7451 = div %6748, %7450 : f64[] @ models/lib/nn.yaml:80:7
%7452 = sqrt %7443 : f32[64] @ models/lib/nn.yaml:80:7
%7453 = cast %7451 : f32[] @ models/lib/nn.yaml:80:7
%7454 = broadcast %7453 : f32[64] @ models/lib/nn.yaml:80:7
%7455 = mul %7452, %7454 : f32[64] @ models/lib/nn.yaml:80:7
%7456 = broadcast %6792 : f32[64] @ models/lib/nn.yaml:80:7
%7457 = add %7455, %7456 : f32[64] @ models/lib/nn.yaml:80:7
%7458 = div %7437, %7457 : f32[64] @ models/lib/nn.yaml:80:7
%7459 = cast %7447 : f32[] @ models/lib/nn.yaml:80:7
%7460 = broadcast %7459 : f32[64] @ models/lib/nn.yaml:80:7
%7461 = mul %7458, %7460 : f32[64] @ models/lib/nn.yaml:80:7
%7462 = sub %19, %7461 : f32[64] @ models/lib/nn.yaml:80:7
%7463 = assign %19, %7462 : f32[64] @ models/lib/nn.yaml:80:7
%7464 = assign %7429, %7437 : f32[64] @ models/lib/nn.yaml:80:7
%7465 = assign %7430, %7443 : f32[64] @ models/lib/nn.yaml:80:7
%7466 = assign %7431, %7432 : i64[] @ models/lib/nn.yaml:80:7
%7467 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7468 = mul %97, %7467 : f32[64] @ models/lib/nn.yaml:80:7
%7469 = broadcast %6807 : f32[64] @ models/lib/nn.yaml:80:7
%7470 = mul %7462, %7469 : f32[64] @ models/lib/nn.yaml:80:7
%7471 = add %7468, %7470 : f32[64] @ models/lib/nn.yaml:80:7
%7472 = assign %97, %7471 : f32[64] @ models/lib/nn.yaml:80:7
%7473 = all_reduce_sum %6488 : f32[16,64] @ models/lib/nn.yaml:79:7
%7474 = reshape %7473 : f32[1024] @ models/lib/nn.yaml:79:7
%7475 = mul %7474, %7474 : f32[1024] @ models/lib/nn.yaml:79:7
%7476 = reduce_sum %7475 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7477 = sqrt %7476 : f32[] @ models/lib/nn.yaml:79:7
%7478 = cast %7477 : f64[] @ models/lib/nn.yaml:79:7
%7479 = add %7478, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7480 = div %6746, %7479 : f64[] @ models/lib/nn.yaml:79:7
%7481 = lt %7480, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7482 = cast %7480 : f32[] @ models/lib/nn.yaml:79:7
%7483 = broadcast %7482 : f32[16,64] @ models/lib/nn.yaml:79:7
%7484 = mul %7473, %7483 : f32[16,64] @ models/lib/nn.yaml:79:7
%7485 = broadcast %7481 : bool[16,64] @ models/lib/nn.yaml:79:7
%7486 = select %7485, %7484, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%7487 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7488 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7489 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7490 = add %7489, %6758 : i64[] @ models/lib/nn.yaml:79:7
%7491 = broadcast %6762 : f32[16,64] @ models/lib/nn.yaml:79:7
%7492 = mul %20, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%7493 = broadcast %3846 : f32[16,64] @ models/lib/nn.yaml:79:7
%7494 = mul %7486, %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%7495 = broadcast %2634 : f32[16,64] @ models/lib/nn.yaml:79:7
%7496 = mul %7487, %7495 : f32[16,64] @ models/lib/nn.yaml:79:7
%7497 = add %7496, %7494 : f32[16,64] @ models/lib/nn.yaml:79:7
%7498 = mul %7486, %7486 : f32[16,64] @ models/lib/nn.yaml:79:7
%7499 = broadcast %6772 : f32[16,64] @ models/lib/nn.yaml:79:7
%7500 = mul %7498, %7499 : f32[16,64] @ models/lib/nn.yaml:79:7
%7501 = broadcast %6776 : f32[16,64] @ models/lib/nn.yaml:79:7
%7502 = mul %7488, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%7503 = add %7502, %7500 : f32[16,64] @ models/lib/nn.yaml:79:7
%7504 = cast %7490 : f64[] @ models/lib/nn.yaml:79:7
%7505 = pow %6767, %7504 : f64[] @ models/lib/nn.yaml:79:7
%7506 = sub %6748, %7505 : f64[] @ models/lib/nn.yaml:79:7
%7507 = div %4169, %7506 : f64[] @ models/lib/nn.yaml:79:7
%7508 = pow %6775, %7504 : f64[] @ models/lib/nn.yaml:79:7
%7509 = sub %6748, %7508 : f64[] @ models/lib/nn.yaml:79:7
%7510 = sqrt %7509 : f64[] @ models/lib/nn.yaml:79:7
%7511 = div %6748, %7510 : f64[] @ models/lib/nn.yaml:79:7
%7512 = sqrt %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%7513 = cast %7511 : f32[] @ models/lib/nn.yaml:79:7
%7514 = broadcast %7513 : f32[16,64] @ models/lib/nn.yaml:79:7
%7515 = mul %7512, %7514 : f32[16,64] @ models/lib/nn.yaml:79:7
%7516 = broadcast %6792 : f32[16,64] @ models/lib/nn.yaml:79:7
%7517 = add %7515, %7516 : f32[16,64] @ models/lib/nn.yaml:79:7
%7518 = div %7497, %7517 : f32[16,64] @ models/lib/nn.yaml:79:7
%7519 = cast %7507 : f32[] @ models/lib/nn.yaml:79:7
%7520 = broadcast %7519 : f32[16,64] @ models/lib/nn.yaml:79:7
%7521 = mul %7518, %7520 : f32[16,64] @ models/lib/nn.yaml:79:7
%7522 = sub %7492, %7521 : f32[16,64] @ models/lib/nn.yaml:79:7
%7523 = assign %20, %7522 : f32[16,64] @ models/lib/nn.yaml:79:7
%7524 = assign %7487, %7497 : f32[16,64] @ models/lib/nn.yaml:79:7
%7525 = assign %7488, %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%7526 = assign %7489, %7490 : i64[] @ models/lib/nn.yaml:79:7
%7527 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7528 = mul %98, %7527 : f32[16,64] @ models/lib/nn.yaml:79:7
%7529 = broadcast %6807 : f32[16,64] @ models/lib/nn.yaml:79:7
%7530 = mul %7522, %7529 : f32[16,64] @ models/lib/nn.yaml:79:7
%7531 = add %7528, %7530 : f32[16,64] @ models/lib/nn.yaml:79:7
%7532 = assign %98, %7531 : f32[16,64] @ models/lib/nn.yaml:79:7
%7533 = all_reduce_sum %6480 : f32[16] @ models/lib/nn.yaml:80:7
%7534 = mul %7533, %7533 : f32[16] @ models/lib/nn.yaml:80:7
%7535 = reduce_sum %7534 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7536 = sqrt %7535 : f32[] @ models/lib/nn.yaml:80:7
%7537 = cast %7536 : f64[] @ models/lib/nn.yaml:80:7
%7538 = add %7537, %6744 : f64[] @ models/lib/nn.yaml:80:7
%7539 = div %6746, %7538 : f64[] @ models/lib/nn.yaml:80:7
%7540 = lt %7539, %6748 : bool[] @ models/lib/nn.yaml:80:7
%7541 = cast %7539 : f32[] @ models/lib/nn.yaml:80:7
%7542 = broadcast %7541 : f32[16] @ models/lib/nn.yaml:80:7
%7543 = mul %7533, %7542 : f32[16] @ models/lib/nn.yaml:80:7
%7544 = broadcast %7540 : bool[16] @ models/lib/nn.yaml:80:7
%7545 = select %7544, %7543, %7533 : f32[16] @ models/lib/nn.yaml:80:7
%7546 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7547 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7548 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7549 = add %7548, %6758 : i64[] @ models/lib/nn.yaml:80:7
%7550 = mul %7545, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%7551 = mul %7546, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%7552 = add %7551, %7550 : f32[16] @ models/lib/nn.yaml:80:7
%7553 = mul %7545, %7545 : f32[16] @ models/lib/nn.yaml:80:7
%7554 = mul %7553, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%7555 = mul %7547, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%7556 = add %7555, %7554 : f32[16] @ models/lib/nn.yaml:80:7
%7557 = cast %7549 : f64[] @ models/lib/nn.yaml:80:7
%7558 = pow %6767, %7557 : f64[] @ models/lib/nn.yaml:80:7
%7559 = sub %6748, %7558 : f64[] @ models/lib/nn.yaml:80:7
%7560 = div %4169, %7559 : f64[] @ models/lib/nn.yaml:80:7
%7561 = pow %6775, %7557 : f64[] @ models/lib/nn.yaml:80:7
%7562 = sub %6748, %7561 : f64[] @ models/lib/nn.yaml:80:7
%7563 = sqrt %7562 : f64[] @ models/lib/nn.yaml:80:7
%7564 = div %6748, %7563 : f64[] @ models/lib/nn.yaml:80:7
%7565 = sqrt %7556 : f32[16] @ models/lib/nn.yaml:80:7
%7566 = cast %7564 : f32[] @ models/lib/nn.yaml:80:7
%7567 = broadcast %7566 : f32[16] @ models/lib/nn.yaml:80:7
%7568 = mul %7565, %7567 : f32[16] @ models/lib/nn.yaml:80:7
%7569 = add %7568, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%7570 = div %7552, %7569 : f32[16] @ models/lib/nn.yaml:80:7
%7571 = cast %7560 : f32[] @ models/lib/nn.yaml:80:7
%7572 = broadcast %7571 : f32[16] @ models/lib/nn.yaml:80:7
%7573 = mul %7570, %7572 : f32[16] @ models/lib/nn.yaml:80:7
%7574 = sub %21, %7573 : f32[16] @ models/lib/nn.yaml:80:7
%7575 = assign %21, %7574 : f32[16] @ models/lib/nn.yaml:80:7
%7576 = assign %7546, %7552 : f32[16] @ models/lib/nn.yaml:80:7
%7577 = assign %7547, %7556 : f32[16] @ models/lib/nn.yaml:80:7
%7578 = assign %7548, %7549 : i64[] @ models/lib/nn.yaml:80:7
%7579 = mul %99, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%7580 = mul %7574, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%7581 = add %7579, %7580 : f32[16] @ models/lib/nn.yaml:80:7
%7582 = assign %99, %7581 : f32[16] @ models/lib/nn.yaml:80:7
%7583 = all_reduce_sum %6453 : f32[16] @ models/lib/nn.yaml:89:7
%7584 = mul %7583, %7583 : f32[16] @ models/lib/nn.yaml:89:7
%7585 = reduce_sum %7584 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7586 = sqrt %7585 : f32[] @ models/lib/nn.yaml:89:7
%7587 = cast %7586 : f64[] @ models/lib/nn.yaml:89:7
%7588 = add %7587, %6744 : f64[] @ models/lib/nn.yaml:89:7
%7589 = div %6746, %7588 : f64[] @ models/lib/nn.yaml:89:7
%7590 = lt %7589, %6748 : bool[] @ models/lib/nn.yaml:89:7
%7591 = cast %7589 : f32[] @ models/lib/nn.yaml:89:7
%7592 = broadcast %7591 : f32[16] @ models/lib/nn.yaml:89:7
%7593 = mul %7583, %7592 : f32[16] @ models/lib/nn.yaml:89:7
%7594 = broadcast %7590 : bool[16] @ models/lib/nn.yaml:89:7
%7595 = select %7594, %7593, %7583 : f32[16] @ models/lib/nn.yaml:89:7
%7596 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7597 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7598 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7599 = add %7598, %6758 : i64[] @ models/lib/nn.yaml:89:7
%7600 = mul %7595, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%7601 = mul %7596, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%7602 = add %7601, %7600 : f32[16] @ models/lib/nn.yaml:89:7
%7603 = mul %7595, %7595 : f32[16] @ models/lib/nn.yaml:89:7
%7604 = mul %7603, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%7605 = mul %7597, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%7606 = add %7605, %7604 : f32[16] @ models/lib/nn.yaml:89:7
%7607 = cast %7599 : f64[] @ models/lib/nn.yaml:89:7
%7608 = pow %6767, %7607 : f64[] @ models/lib/nn.yaml:89:7
%7609 = sub %6748, %7608 : f64[] @ models/lib/nn.yaml:89:7
%7610 = div %4169, %7609 : f64[] @ models/lib/nn.yaml:89:7
%7611 = pow %6775, %7607 : f64[] @ models/lib/nn.yaml:89:7
%7612 = sub %6748, %7611 : f64[] @ models/lib/nn.yaml:89:7
%7613 = sqrt %7612 : f64[] @ models/lib/nn.yaml:89:7
%7614 = div %6748, %7613 : f64[] @ models/lib/nn.yaml:89:7
%7615 = sqrt %7606 : f32[16] @ models/lib/nn.yaml:89:7
%7616 = cast %7614 : f32[] @ models/lib/nn.yaml:89:7
%7617 = broadcast %7616 : f32[16] @ models/lib/nn.yaml:89:7
%7618 = mul %7615, %7617 : f32[16] @ models/lib/nn.yaml:89:7
%7619 = add %7618, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%7620 = div %7602, %7619 : f32[16] @ models/lib/nn.yaml:89:7
%7621 = cast %7610 : f32[] @ models/lib/nn.yaml:89:7
%7622 = broadcast %7621 : f32[16] @ models/lib/nn.yaml:89:7
%7623 = mul %7620, %7622 : f32[16] @ models/lib/nn.yaml:89:7
%7624 = sub %22, %7623 : f32[16] @ models/lib/nn.yaml:89:7
%7625 = assign %22, %7624 : f32[16] @ models/lib/nn.yaml:89:7
%7626 = assign %7596, %7602 : f32[16] @ models/lib/nn.yaml:89:7
%7627 = assign %7597, %7606 : f32[16] @ models/lib/nn.yaml:89:7
%7628 = assign %7598, %7599 : i64[] @ models/lib/nn.yaml:89:7
%7629 = mul %100, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%7630 = mul %7624, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%7631 = add %7629, %7630 : f32[16] @ models/lib/nn.yaml:89:7
%7632 = assign %100, %7631 : f32[16] @ models/lib/nn.yaml:89:7
%7633 = all_reduce_sum %6446 : f32[16] @ models/lib/nn.yaml:90:7
%7634 = mul %7633, %7633 : f32[16] @ models/lib/nn.yaml:90:7
%7635 = reduce_sum %7634 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7636 = sqrt %7635 : f32[] @ models/lib/nn.yaml:90:7
%7637 = cast %7636 : f64[] @ models/lib/nn.yaml:90:7
%7638 = add %7637, %6744 : f64[] @ models/lib/nn.yaml:90:7
%7639 = div %6746, %7638 : f64[] @ models/lib/nn.yaml:90:7
%7640 = lt %7639, %6748 : bool[] @ models/lib/nn.yaml:90:7
%7641 = cast %7639 : f32[] @ models/lib/nn.yaml:90:7
%7642 = broadcast %7641 : f32[16] @ models/lib/nn.yaml:90:7
%7643 = mul %7633, %7642 : f32[16] @ models/lib/nn.yaml:90:7
%7644 = broadcast %7640 : bool[16] @ models/lib/nn.yaml:90:7
%7645 = select %7644, %7643, %7633 : f32[16] @ models/lib/nn.yaml:90:7
%7646 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7647 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7648 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7649 = add %7648, %6758 : i64[] @ models/lib/nn.yaml:90:7
%7650 = mul %7645, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%7651 = mul %7646, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%7652 = add %7651, %7650 : f32[16] @ models/lib/nn.yaml:90:7
%7653 = mul %7645, %7645 : f32[16] @ models/lib/nn.yaml:90:7
%7654 = mul %7653, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%7655 = mul %7647, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7656 = add %7655, %7654 : f32[16] @ models/lib/nn.yaml:90:7
%7657 = cast %7649 : f64[] @ models/lib/nn.yaml:90:7
%7658 = pow %6767, %7657 : f64[] @ models/lib/nn.yaml:90:7
%7659 = sub %6748, %7658 : f64[] @ models/lib/nn.yaml:90:7
%7660 = div %4169, %7659 : f64[] @ models/lib/nn.yaml:90:7
%7661 = pow %6775, %7657 : f64[] @ models/lib/nn.yaml:90:7
%7662 = sub %6748, %7661 : f64[] @ models/lib/nn.yaml:90:7
%7663 = sqrt %7662 : f64[] @ models/lib/nn.yaml:90:7
%7664 = div %6748, %7663 : f64[] @ models/lib/nn.yaml:90:7
%7665 = sqrt %7656 : f32[16] @ models/lib/nn.yaml:90:7
%7666 = cast %7664 : f32[] @ models/lib/nn.yaml:90:7
%7667 = broadcast %7666 : f32[16] @ models/lib/nn.yaml:90:7
%7668 = mul %7665, %7667 : f32[16] @ models/lib/nn.yaml:90:7
%7669 = add %7668, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%7670 = div %7652, %7669 : f32[16] @ models/lib/nn.yaml:90:7
%7671 = cast %7660 : f32[] @ models/lib/nn.yaml:90:7
%7672 = broadcast %7671 : f32[16] @ models/lib/nn.yaml:90:7
%7673 = mul %7670, %7672 : f32[16] @ models/lib/nn.yaml:90:7
%7674 = sub %23, %7673 : f32[16] @ models/lib/nn.yaml:90:7
%7675 = assign %23, %7674 : f32[16] @ models/lib/nn.yaml:90:7
%7676 = assign %7646, %7652 : f32[16] @ models/lib/nn.yaml:90:7
%7677 = assign %7647, %7656 : f32[16] @ models/lib/nn.yaml:90:7
%7678 = assign %7648, %7649 : i64[] @ models/lib/nn.yaml:90:7
%7679 = mul %101, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%7680 = mul %7674, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%7681 = add %7679, %7680 : f32[16] @ models/lib/nn.yaml:90:7
%7682 = assign %101, %7681 : f32[16] @ models/lib/nn.yaml:90:7
%7683 = all_reduce_sum %6441 : f32[48,16] @ models/lib/nn.yaml:79:7
%7684 = reshape %7683 : f32[768] @ models/lib/nn.yaml:79:7
%7685 = mul %7684, %7684 : f32[768] @ models/lib/nn.yaml:79:7
%7686 = reduce_sum %7685 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7687 = sqrt %7686 : f32[] @ models/lib/nn.yaml:79:7
%7688 = cast %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = add %7688, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7690 = div %6746, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = lt %7690, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7692 = cast %7690 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[48,16] @ models/lib/nn.yaml:79:7
%7694 = mul %7683, %7693 : f32[48,16] @ models/lib/nn.yaml:79:7
%7695 = broadcast %7691 : bool[48,16] @ models/lib/nn.yaml:79:7
%7696 = select %7695, %7694, %7683 : f32[48,16] @ models/lib/nn.yaml:79:7
%7697 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7698 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7699 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7700 = add %7699, %6758 : i64[] @ models/lib/nn.yaml:79:7
%7701 = mul %24, %7047 : f32[48,16] @ models/lib/nn.yaml:79:7
%7702 = mul %7696, %7049 : f32[48,16] @ models/lib/nn.yaml:79:7
%7703 = mul %7697, %7051 : f32[48,16] @ models/lib/nn.yaml:79:7
%7704 = add %7703, %7702 : f32[48,16] @ models/lib/nn.yaml:79:7
%7705 = mul %7696, %7696 : f32[48,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7705, %7055 : f32[48,16] @ models/lib/nn.yaml:79:7
%7707 = mul %7698, %7057 : f32[48,16] @ models/lib/nn.yaml:79:7
%7708 = add %7707, %7706 : f32[48,16] @ models/lib/nn.yaml:79:7
%7709 = cast %7700 : f64[] @ models/lib/nn.yaml:79:7
%7710 = pow %6767, %7709 : f64[] @ models/lib/nn.yaml:79:7
%7711 = sub %6748, %7710 : f64[] @ models/lib/nn.yaml:79:7
%7712 = div %4169, %7711 : f64[] @ models/lib/nn.yaml:79:7
%7713 = pow %6775, %7709 : f64[] @ models/lib/nn.yaml:79:7
%7714 = sub %6748, %7713 : f64[] @ models/lib/nn.yaml:79:7
%7715 = sqrt %7714 : f64[] @ models/lib/nn.yaml:79:7
%7716 = div %6748, %7715 : f64[] @ models/lib/nn.yaml:79:7
%7717 = sqrt %7708 : f32[48,16] @ models/lib/nn.yaml:79:7
%7718 = cast %7716 : f32[] @ models/lib/nn.yaml:79:7
%7719 = broadcast %7718 : f32[48,16] @ models/lib/nn.yaml:79:7
%7720 = mul %7717, %7719 : f32[48,16] @ models/lib/nn.yaml:79:7
%7721 = add %7720, %7072 : f32[48,16] @ models/lib/nn.yaml:79:7
%7722 = div %7704, %7721 : f32[48,16] @ models/lib/nn.yaml:79:7
%7723 = cast %7712 : f32[] @ models/lib/nn.yaml:79:7
%7724 = broadcast %7723 : f32[48,16] @ models/lib/nn.yaml:79:7
%7725 = mul %7722, %7724 : f32[48,16] @ models/lib/nn.yaml:79:7
%7726 = sub %7701, %7725 : f32[48,16] @ models/lib/nn.yaml:79:7
%7727 = assign %24, %7726 : f32[48,16] @ models/lib/nn.yaml:79:7
%7728 = assign %7697, %7704 : f32[48,16] @ models/lib/nn.yaml:79:7
%7729 = assign %7698, %7708 : f32[48,16] @ models/lib/nn.yaml:79:7
%7730 = assign %7699, %7700 : i64[] @ models/lib/nn.yaml:79:7
%7731 = mul %102, %7083 : f32[48,16] @ models/lib/nn.yaml:79:7
%7732 = mul %7726, %7085 : f32[48,16] @ models/lib/nn.yaml:79:7
%7733 = add %7731, %7732 : f32[48,16] @ models/lib/nn.yaml:79:7
%7734 = assign %102, %7733 : f32[48,16] @ models/lib/nn.yaml:79:7
%7735 = all_reduce_sum %6432 : f32[48] @ models/lib/nn.yaml:80:7
%7736 = mul %7735, %7735 : f32[48] @ models/lib/nn.yaml:80:7
%7737 = reduce_sum %7736 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7738 = sqrt %7737 : f32[] @ models/lib/nn.yaml:80:7
%7739 = cast %7738 : f64[] @ models/lib/nn.yaml:80:7
%7740 = add %7739, %6744 : f64[] @ models/lib/nn.yaml:80:7
%7741 = div %6746, %7740 : f64[] @ models/lib/nn.yaml:80:7
%7742 = lt %7741, %6748 : bool[] @ models/lib/nn.yaml:80:7
%7743 = cast %7741 : f32[] @ models/lib/nn.yaml:80:7
%7744 = broadcast %7743 : f32[48] @ models/lib/nn.yaml:80:7
%7745 = mul %7735, %7744 : f32[48] @ models/lib/nn.yaml:80:7
%7746 = broadcast %7742 : bool[48] @ models/lib/nn.yaml:80:7
%7747 = select %7746, %7745, %7735 : f32[48] @ models/lib/nn.yaml:80:7
%7748 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7749 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7750 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7751 = add %7750, %6758 : i64[] @ models/lib/nn.yaml:80:7
%7752 = mul %7747, %7106 : f32[48] @ models/lib/nn.yaml:80:7
%7753 = mul %7748, %7108 : f32[48] @ models/lib/nn.yaml:80:7
%7754 = add %7753, %7752 : f32[48] @ models/lib/nn.yaml:80:7
%7755 = mul %7747, %7747 : f32[48] @ models/lib/nn.yaml:80:7
%7756 = mul %7755, %7112 : f32[48] @ models/lib/nn.yaml:80:7
%7757 = mul %7749, %7114 : f32[48] @ models/lib/nn.yaml:80:7
%7758 = add %7757, %7756 : f32[48] @ models/lib/nn.yaml:80:7
%7759 = cast %7751 : f64[] @ models/lib/nn.yaml:80:7
%7760 = pow %6767, %7759 : f64[] @ models/lib/nn.yaml:80:7
%7761 = sub %6748, %7760 : f64[] @ models/lib/nn.yaml:80:7
%7762 = div %4169, %7761 : f64[] @ models/lib/nn.yaml:80:7
%7763 = pow %6775, %7759 : f64[] @ models/lib/nn.yaml:80:7
%7764 = sub %6748, %7763 : f64[] @ models/lib/nn.yaml:80:7
%7765 = sqrt %7764 : f64[] @ models/lib/nn.yaml:80:7
%7766 = div %6748, %7765 : f64[] @ models/lib/nn.yaml:80:7
%7767 = sqrt %7758 : f32[48] @ models/lib/nn.yaml:80:7
%7768 = cast %7766 : f32[] @ models/lib/nn.yaml:80:7
%7769 = broadcast %7768 : f32[48] @ models/lib/nn.yaml:80:7
%7770 = mul %7767, %7769 : f32[48] @ models/lib/nn.yaml:80:7
%7771 = add %7770, %7129 : f32[48] @ models/lib/nn.yaml:80:7
%7772 = div %7754, %7771 : f32[48] @ models/lib/nn.yaml:80:7
%7773 = cast %7762 : f32[] @ models/lib/nn.yaml:80:7
%7774 = broadcast %7773 : f32[48] @ models/lib/nn.yaml:80:7
%7775 = mul %7772, %7774 : f32[48] @ models/lib/nn.yaml:80:7
%7776 = sub %25, %7775 : f32[48] @ models/lib/nn.yaml:80:7
%7777 = assign %25, %7776 : f32[48] @ models/lib/nn.yaml:80:7
%7778 = assign %7748, %7754 : f32[48] @ models/lib/nn.yaml:80:7
%7779 = assign %7749, %7758 : f32[48] @ models/lib/nn.yaml:80:7
%7780 = assign %7750, %7751 : i64[] @ models/lib/nn.yaml:80:7
%7781 = mul %103, %7140 : f32[48] @ models/lib/nn.yaml:80:7
%7782 = mul %7776, %7142 : f32[48] @ models/lib/nn.yaml:80:7
%7783 = add %7781, %7782 : f32[48] @ models/lib/nn.yaml:80:7
%7784 = assign %103, %7783 : f32[48] @ models/lib/nn.yaml:80:7
%7785 = all_reduce_sum %6327 : f32[16,16] @ models/lib/nn.yaml:79:7
%7786 = reshape %7785 : f32[256] @ models/lib/nn.yaml:79:7
%7787 = mul %7786, %7786 : f32[256] @ models/lib/nn.yaml:79:7
%7788 = reduce_sum %7787 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7789 = sqrt %7788 : f32[] @ models/lib/nn.yaml:79:7
%7790 = cast %7789 : f64[] @ models/lib/nn.yaml:79:7
%7791 = add %7790, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7792 = div %6746, %7791 : f64[] @ models/lib/nn.yaml:79:7
%7793 = lt %7792, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7794 = cast %7792 : f32[] @ models/lib/nn.yaml:79:7
%7795 = broadcast %7794 : f32[16,16] @ models/lib/nn.yaml:79:7
%7796 = mul %7785, %7795 : f32[16,16] @ models/lib/nn.yaml:79:7
%7797 = broadcast %7793 : bool[16,16] @ models/lib/nn.yaml:79:7
%7798 = select %7797, %7796, %7785 : f32[16,16] @ models/lib/nn.yaml:79:7
%7799 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7800 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7802 = add %7801, %6758 : i64[] @ models/lib/nn.yaml:79:7
%7803 = mul %26, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7804 = mul %7798, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%7805 = mul %7799, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%7806 = add %7805, %7804 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = mul %7798, %7798 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = mul %7807, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = mul %7800, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = add %7809, %7808 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = cast %7802 : f64[] @ models/lib/nn.yaml:79:7
%7812 = pow %6767, %7811 : f64[] @ models/lib/nn.yaml:79:7
%7813 = sub %6748, %7812 : f64[] @ models/lib/nn.yaml:79:7
%7814 = div %4169, %7813 : f64[] @ models/lib/nn.yaml:79:7
%7815 = pow %6775, %7811 : f64[] @ models/lib/nn.yaml:79:7
%7816 = sub %6748, %7815 : f64[] @ models/lib/nn.yaml:79:7
%7817 = sqrt %7816 : f64[] @ models/lib/nn.yaml:79:7
%7818 = div %6748, %7817 : f64[] @ models/lib/nn.yaml:79:7
%7819 = sqrt %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7820 = cast %7818 : f32[] @ models/lib/nn.yaml:79:7
%7821 = broadcast %7820 : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = mul %7819, %7821 : f32[16,16] @ models/lib/nn.yaml:79:7
%7823 = add %7822, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = div %7806, %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = cast %7814 : f32[] @ models/lib/nn.yaml:79:7
%7826 = broadcast %7825 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = mul %7824, %7826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7828 = sub %7803, %7827 : f32[16,16] @ models/lib/nn.yaml:79:7
%7829 = assign %26, %7828 : f32[16,16] @ models/lib/nn.yaml:79:7
%7830 = assign %7799, %7806 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = assign %7800, %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = assign %7801, %7802 : i64[] @ models/lib/nn.yaml:79:7
%7833 = mul %104, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = mul %7828, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%7835 = add %7833, %7834 : f32[16,16] @ models/lib/nn.yaml:79:7
%7836 = assign %104, %7835 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = all_reduce_sum %6319 : f32[16] @ models/lib/nn.yaml:80:7
%7838 = mul %7837, %7837 : f32[16] @ models/lib/nn.yaml:80:7
%7839 = reduce_sum %7838 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7840 = sqrt %7839 : f32[] @ models/lib/nn.yaml:80:7
%7841 = cast %7840 : f64[] @ models/lib/nn.yaml:80:7
%7842 = add %7841, %6744 : f64[] @ models/lib/nn.yaml:80:7
%7843 = div %6746, %7842 : f64[] @ models/lib/nn.yaml:80:7
%7844 = lt %7843, %6748 : bool[] @ models/lib/nn.yaml:80:7
%7845 = cast %7843 : f32[] @ models/lib/nn.yaml:80:7
%7846 = broadcast %7845 : f32[16] @ models/lib/nn.yaml:80:7
%7847 = mul %7837, %7846 : f32[16] @ models/lib/nn.yaml:80:7
%7848 = broadcast %7844 : bool[16] @ models/lib/nn.yaml:80:7
%7849 = select %7848, %7847, %7837 : f32[16] @ models/lib/nn.yaml:80:7
%7850 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7851 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7852 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7853 = add %7852, %6758 : i64[] @ models/lib/nn.yaml:80:7
%7854 = mul %7849, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%7855 = mul %7850, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%7856 = add %7855, %7854 : f32[16] @ models/lib/nn.yaml:80:7
%7857 = mul %7849, %7849 : f32[16] @ models/lib/nn.yaml:80:7
%7858 = mul %7857, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%7859 = mul %7851, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = add %7859, %7858 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = cast %7853 : f64[] @ models/lib/nn.yaml:80:7
%7862 = pow %6767, %7861 : f64[] @ models/lib/nn.yaml:80:7
%7863 = sub %6748, %7862 : f64[] @ models/lib/nn.yaml:80:7
%7864 = div %4169, %7863 : f64[] @ models/lib/nn.yaml:80:7
%7865 = pow %6775, %7861 : f64[] @ models/lib/nn.yaml:80:7
%7866 = sub %6748, %7865 : f64[] @ models/lib/nn.yaml:80:7
%7867 = sqrt %7866 : f64[] @ models/lib/nn.yaml:80:7
%7868 = div %6748, %7867 : f64[] @ models/lib/nn.yaml:80:7
%7869 = sqrt %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7870 = cast %7868 : f32[] @ models/lib/nn.yaml:80:7
%7871 = broadcast %7870 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = mul %7869, %7871 : f32[16] @ models/lib/nn.yaml:80:7
%7873 = add %7872, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%7874 = div %7856, %7873 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = cast %7864 : f32[] @ models/lib/nn.yaml:80:7
%7876 = broadcast %7875 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = mul %7874, %7876 : f32[16] @ models/lib/nn.yaml:80:7
%7878 = sub %27, %7877 : f32[16] @ models/lib/nn.yaml:80:7
%7879 = assign %27, %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = assign %7850, %7856 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = assign %7851, %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7882 = assign %7852, %7853 : i64[] @ models/lib/nn.yaml:80:7
%7883 = mul %105, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = mul %7878, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%7885 = add %7883, %7884 : f32[16] @ models/lib/nn.yaml:80:7
%7886 = assign %105, %7885 : f32[16] @ models/lib/nn.yaml:80:7
%7887 = all_reduce_sum %6289 : f32[16] @ models/lib/nn.yaml:89:7
%7888 = mul %7887, %7887 : f32[16] @ models/lib/nn.yaml:89:7
%7889 = reduce_sum %7888 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7890 = sqrt %7889 : f32[] @ models/lib/nn.yaml:89:7
%7891 = cast %7890 : f64[] @ models/lib/nn.yaml:89:7
%7892 = add %7891, %6744 : f64[] @ models/lib/nn.yaml:89:7
%7893 = div %6746, %7892 : f64[] @ models/lib/nn.yaml:89:7
%7894 = lt %7893, %6748 : bool[] @ models/lib/nn.yaml:89:7
%7895 = cast %7893 : f32[] @ models/lib/nn.yaml:89:7
%7896 = broadcast %7895 : f32[16] @ models/lib/nn.yaml:89:7
%7897 = mul %7887, %7896 : f32[16] @ models/lib/nn.yaml:89:7
%7898 = broadcast %7894 : bool[16] @ models/lib/nn.yaml:89:7
%7899 = select %7898, %7897, %7887 : f32[16] @ models/lib/nn.yaml:89:7
%7900 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7901 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7902 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7903 = add %7902, %6758 : i64[] @ models/lib/nn.yaml:89:7
%7904 = mul %7899, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%7905 = mul %7900, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%7906 = add %7905, %7904 : f32[16] @ models/lib/nn.yaml:89:7
%7907 = mul %7899, %7899 : f32[16] @ models/lib/nn.yaml:89:7
%7908 = mul %7907, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%7909 = mul %7901, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%7910 = add %7909, %7908 : f32[16] @ models/lib/nn.yaml:89:7
%7911 = cast %7903 : f64[] @ models/lib/nn.yaml:89:7
%7912 = pow %6767, %7911 : f64[] @ models/lib/nn.yaml:89:7
%7913 = sub %6748, %7912 : f64[] @ models/lib/nn.yaml:89:7
%7914 = div %4169, %7913 : f64[] @ models/lib/nn.yaml:89:7
%7915 = pow %6775, %7911 : f64[] @ models/lib/nn.yaml:89:7
%7916 = sub %6748, %7915 : f64[] @ models/lib/nn.yaml:89:7
%7917 = sqrt %7916 : f64[] @ models/lib/nn.yaml:89:7
%7918 = div %6748, %7917 : f64[] @ models/lib/nn.yaml:89:7
%7919 = sqrt %7910 : f32[16] @ models/lib/nn.yaml:89:7
%7920 = cast %7918 : f32[] @ models/lib/nn.yaml:89:7
%7921 = broadcast %7920 : f32[16] @ models/lib/nn.yaml:89:7
%7922 = mul %7919, %7921 : f32[16] @ models/lib/nn.yaml:89:7
%7923 = add %7922, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%7924 = div %7906, %7923 : f32[16] @ models/lib/nn.yaml:89:7
%7925 = cast %7914 : f32[] @ models/lib/nn.yaml:89:7
%7926 = broadcast %7925 : f32[16] @ models/lib/nn.yaml:89:7
%7927 = mul %7924, %7926 : f32[16] @ models/lib/nn.yaml:89:7
%7928 = sub %28, %7927 : f32[16] @ models/lib/nn.yaml:89:7
%7929 = assign %28, %7928 : f32[16] @ models/lib/nn.yaml:89:7
%7930 = assign %7900, %7906 : f32[16] @ models/lib/nn.yaml:89:7
%7931 = assign %7901, %7910 : f32[16] @ models/lib/nn.yaml:89:7
%7932 = assign %7902, %7903 : i64[] @ models/lib/nn.yaml:89:7
%7933 = mul %106, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%7934 = mul %7928, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%7935 = add %7933, %7934 : f32[16] @ models/lib/nn.yaml:89:7
%7936 = assign %106, %7935 : f32[16] @ models/lib/nn.yaml:89:7
%7937 = all_reduce_sum %6282 : f32[16] @ models/lib/nn.yaml:90:7
%7938 = mul %7937, %7937 : f32[16] @ models/lib/nn.yaml:90:7
%7939 = reduce_sum %7938 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7940 = sqrt %7939 : f32[] @ models/lib/nn.yaml:90:7
%7941 = cast %7940 : f64[] @ models/lib/nn.yaml:90:7
%7942 = add %7941, %6744 : f64[] @ models/lib/nn.yaml:90:7
%7943 = div %6746, %7942 : f64[] @ models/lib/nn.yaml:90:7
%7944 = lt %7943, %6748 : bool[] @ models/lib/nn.yaml:90:7
%7945 = cast %7943 : f32[] @ models/lib/nn.yaml:90:7
%7946 = broadcast %7945 : f32[16] @ models/lib/nn.yaml:90:7
%7947 = mul %7937, %7946 : f32[16] @ models/lib/nn.yaml:90:7
%7948 = broadcast %7944 : bool[16] @ models/lib/nn.yaml:90:7
%7949 = select %7948, %7947, %7937 : f32[16] @ models/lib/nn.yaml:90:7
%7950 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7951 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7952 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7953 = add %7952, %6758 : i64[] @ models/lib/nn.yaml:90:7
%7954 = mul %7949, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%7955 = mul %7950, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%7956 = add %7955, %7954 : f32[16] @ models/lib/nn.yaml:90:7
%7957 = mul %7949, %7949 : f32[16] @ models/lib/nn.yaml:90:7
%7958 = mul %7957, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%7959 = mul %7951, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7960 = add %7959, %7958 : f32[16] @ models/lib/nn.yaml:90:7
%7961 = cast %7953 : f64[] @ models/lib/nn.yaml:90:7
%7962 = pow %6767, %7961 : f64[] @ models/lib/nn.yaml:90:7
%7963 = sub %6748, %7962 : f64[] @ models/lib/nn.yaml:90:7
%7964 = div %4169, %7963 : f64[] @ models/lib/nn.yaml:90:7
%7965 = pow %6775, %7961 : f64[] @ models/lib/nn.yaml:90:7
%7966 = sub %6748, %7965 : f64[] @ models/lib/nn.yaml:90:7
%7967 = sqrt %7966 : f64[] @ models/lib/nn.yaml:90:7
%7968 = div %6748, %7967 : f64[] @ models/lib/nn.yaml:90:7
%7969 = sqrt %7960 : f32[16] @ models/lib/nn.yaml:90:7
%7970 = cast %7968 : f32[] @ models/lib/nn.yaml:90:7
%7971 = broadcast %7970 : f32[16] @ models/lib/nn.yaml:90:7
%7972 = mul %7969, %7971 : f32[16] @ models/lib/nn.yaml:90:7
%7973 = add %7972, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%7974 = div %7956, %7973 : f32[16] @ models/lib/nn.yaml:90:7
%7975 = cast %7964 : f32[] @ models/lib/nn.yaml:90:7
%7976 = broadcast %7975 : f32[16] @ models/lib/nn.yaml:90:7
%7977 = mul %7974, %7976 : f32[16] @ models/lib/nn.yaml:90:7
%7978 = sub %29, %7977 : f32[16] @ models/lib/nn.yaml:90:7
%7979 = assign %29, %7978 : f32[16] @ models/lib/nn.yaml:90:7
%7980 = assign %7950, %7956 : f32[16] @ models/lib/nn.yaml:90:7
%7981 = assign %7951, %7960 : f32[16] @ models/lib/nn.yaml:90:7
%7982 = assign %7952, %7953 : i64[] @ models/lib/nn.yaml:90:7
%7983 = mul %107, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%7984 = mul %7978, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%7985 = add %7983, %7984 : f32[16] @ models/lib/nn.yaml:90:7
%7986 = assign %107, %7985 : f32[16] @ models/lib/nn.yaml:90:7
%7987 = all_reduce_sum %6276 : f32[64,16] @ models/lib/nn.yaml:79:7
%7988 = reshape %7987 : f32[1024] @ models/lib/nn.yaml:79:7
%7989 = mul %7988, %7988 : f32[1024] @ models/lib/nn.yaml:79:7
%7990 = reduce_sum %7989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7991 = sqrt %7990 : f32[] @ models/lib/nn.yaml:79:7
%7992 = cast %7991 : f64[] @ models/lib/nn.yaml:79:7
%7993 = add %7992, %6744 : f64[] @ models/lib/nn.yaml:79:7
%7994 = div %6746, %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = lt %7994, %6748 : bool[] @ models/lib/nn.yaml:79:7
%7996 = cast %7994 : f32[] @ models/lib/nn.yaml:79:7
%7997 = broadcast %7996 : f32[64,16] @ models/lib/nn.yaml:79:7
%7998 = mul %7987, %7997 : f32[64,16] @ models/lib/nn.yaml:79:7
%7999 = broadcast %7995 : bool[64,16] @ models/lib/nn.yaml:79:7
%8000 = select %7999, %7998, %7987 : f32[64,16] @ models/lib/nn.yaml:79:7
%8001 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8002 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8003 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8004 = add %8003, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8005 = mul %30, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%8006 = mul %8000, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%8007 = mul %8001, %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%8008 = add %8007, %8006 : f32[64,16] @ models/lib/nn.yaml:79:7
%8009 = mul %8000, %8000 : f32[64,16] @ models/lib/nn.yaml:79:7
%8010 = mul %8009, %7382 : f32[64,16] @ models/lib/nn.yaml:79:7
%8011 = mul %8002, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%8012 = add %8011, %8010 : f32[64,16] @ models/lib/nn.yaml:79:7
%8013 = cast %8004 : f64[] @ models/lib/nn.yaml:79:7
%8014 = pow %6767, %8013 : f64[] @ models/lib/nn.yaml:79:7
%8015 = sub %6748, %8014 : f64[] @ models/lib/nn.yaml:79:7
%8016 = div %4169, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = pow %6775, %8013 : f64[] @ models/lib/nn.yaml:79:7
%8018 = sub %6748, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8019 = sqrt %8018 : f64[] @ models/lib/nn.yaml:79:7
%8020 = div %6748, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = sqrt %8012 : f32[64,16] @ models/lib/nn.yaml:79:7
%8022 = cast %8020 : f32[] @ models/lib/nn.yaml:79:7
%8023 = broadcast %8022 : f32[64,16] @ models/lib/nn.yaml:79:7
%8024 = mul %8021, %8023 : f32[64,16] @ models/lib/nn.yaml:79:7
%8025 = add %8024, %7399 : f32[64,16] @ models/lib/nn.yaml:79:7
%8026 = div %8008, %8025 : f32[64,16] @ models/lib/nn.yaml:79:7
%8027 = cast %8016 : f32[] @ models/lib/nn.yaml:79:7
%8028 = broadcast %8027 : f32[64,16] @ models/lib/nn.yaml:79:7
%8029 = mul %8026, %8028 : f32[64,16] @ models/lib/nn.yaml:79:7
%8030 = sub %8005, %8029 : f32[64,16] @ models/lib/nn.yaml:79:7
%8031 = assign %30, %8030 : f32[64,16] @ models/lib/nn.yaml:79:7
%8032 = assign %8001, %8008 : f32[64,16] @ models/lib/nn.yaml:79:7
%8033 = assign %8002, %8012 : f32[64,16] @ models/lib/nn.yaml:79:7
%8034 = assign %8003, %8004 : i64[] @ models/lib/nn.yaml:79:7
%8035 = mul %108, %7410 : f32[64,16] @ models/lib/nn.yaml:79:7
%8036 = mul %8030, %7412 : f32[64,16] @ models/lib/nn.yaml:79:7
%8037 = add %8035, %8036 : f32[64,16] @ models/lib/nn.yaml:79:7
%8038 = assign %108, %8037 : f32[64,16] @ models/lib/nn.yaml:79:7
%8039 = all_reduce_sum %6268 : f32[64] @ models/lib/nn.yaml:80:7
%8040 = mul %8039, %8039 : f32[64] @ models/lib/nn.yaml:80:7
%8041 = reduce_sum %8040 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8042 = sqrt %8041 : f32[] @ models/lib/nn.yaml:80:7
%8043 = cast %8042 : f64[] @ models/lib/nn.yaml:80:7
%8044 = add %8043, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8045 = div %6746, %8044 : f64[] @ models/lib/nn.yaml:80:7
%8046 = lt %8045, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8047 = cast %8045 : f32[] @ models/lib/nn.yaml:80:7
%8048 = broadcast %8047 : f32[64] @ models/lib/nn.yaml:80:7
%8049 = mul %8039, %8048 : f32[64] @ models/lib/nn.yaml:80:7
%8050 = broadcast %8046 : bool[64] @ models/lib/nn.yaml:80:7
%8051 = select %8050, %8049, %8039 : f32[64] @ models/lib/nn.yaml:80:7
%8052 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8053 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8054 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8055 = add %8054, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8056 = mul %8051, %7433 : f32[64] @ models/lib/nn.yaml:80:7
%8057 = mul %8052, %7435 : f32[64] @ models/lib/nn.yaml:80:7
%8058 = add %8057, %8056 : f32[64] @ models/lib/nn.yaml:80:7
%8059 = mul %8051, %8051 : f32[64] @ models/lib/nn.yaml:80:7
%8060 = mul %8059, %7439 : f32[64] @ models/lib/nn.yaml:80:7
%8061 = mul %8053, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%8062 = add %8061, %8060 : f32[64] @ models/lib/nn.yaml:80:7
%8063 = cast %8055 : f64[] @ models/lib/nn.yaml:80:7
%8064 = pow %6767, %8063 : f64[] @ models/lib/nn.yaml:80:7
%8065 = sub %6748, %8064 : f64[] @ models/lib/nn.yaml:80:7
%8066 = div %4169, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8067 = pow %6775, %8063 : f64[] @ models/lib/nn.yaml:80:7
%8068 = sub %6748, %8067 : f64[] @ models/lib/nn.yaml:80:7
%8069 = sqrt %8068 : f64[] @ models/lib/nn.yaml:80:7
%8070 = div %6748, %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = sqrt %8062 : f32[64] @ models/lib/nn.yaml:80:7
%8072 = cast %8070 : f32[] @ models/lib/nn.yaml:80:7
%8073 = broadcast %8072 : f32[64] @ models/lib/nn.yaml:80:7
%8074 = mul %8071, %8073 : f32[64] @ models/lib/nn.yaml:80:7
%8075 = add %8074, %7456 : f32[64] @ models/lib/nn.yaml:80:7
%8076 = div %8058, %8075 : f32[64] @ models/lib/nn.yaml:80:7
%8077 = cast %8066 : f32[] @ models/lib/nn.yaml:80:7
%8078 = broadcast %8077 : f32[64] @ models/lib/nn.yaml:80:7
%8079 = mul %8076, %8078 : f32[64] @ models/lib/nn.yaml:80:7
%8080 = sub %31, %8079 : f32[64] @ models/lib/nn.yaml:80:7
%8081 = assign %31, %8080 : f32[64] @ models/lib/nn.yaml:80:7
%8082 = assign %8052, %8058 : f32[64] @ models/lib/nn.yaml:80:7
%8083 = assign %8053, %8062 : f32[64] @ models/lib/nn.yaml:80:7
%8084 = assign %8054, %8055 : i64[] @ models/lib/nn.yaml:80:7
%8085 = mul %109, %7467 : f32[64] @ models/lib/nn.yaml:80:7
%8086 = mul %8080, %7469 : f32[64] @ models/lib/nn.yaml:80:7
%8087 = add %8085, %8086 : f32[64] @ models/lib/nn.yaml:80:7
%8088 = assign %109, %8087 : f32[64] @ models/lib/nn.yaml:80:7
%8089 = all_reduce_sum %6239 : f32[16,64] @ models/lib/nn.yaml:79:7
%8090 = reshape %8089 : f32[1024] @ models/lib/nn.yaml:79:7
%8091 = mul %8090, %8090 : f32[1024] @ models/lib/nn.yaml:79:7
%8092 = reduce_sum %8091 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8093 = sqrt %8092 : f32[] @ models/lib/nn.yaml:79:7
%8094 = cast %8093 : f64[] @ models/lib/nn.yaml:79:7
%8095 = add %8094, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8096 = div %6746, %8095 : f64[] @ models/lib/nn.yaml:79:7
%8097 = lt %8096, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8098 = cast %8096 : f32[] @ models/lib/nn.yaml:79:7
%8099 = broadcast %8098 : f32[16,64] @ models/lib/nn.yaml:79:7
%8100 = mul %8089, %8099 : f32[16,64] @ models/lib/nn.yaml:79:7
%8101 = broadcast %8097 : bool[16,64] @ models/lib/nn.yaml:79:7
%8102 = select %8101, %8100, %8089 : f32[16,64] @ models/lib/nn.yaml:79:7
%8103 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8104 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8105 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8106 = add %8105, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8107 = mul %32, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%8108 = mul %8102, %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%8109 = mul %8103, %7495 : f32[16,64] @ models/lib/nn.yaml:79:7
%8110 = add %8109, %8108 : f32[16,64] @ models/lib/nn.yaml:79:7
%8111 = mul %8102, %8102 : f32[16,64] @ models/lib/nn.yaml:79:7
%8112 = mul %8111, %7499 : f32[16,64] @ models/lib/nn.yaml:79:7
%8113 = mul %8104, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%8114 = add %8113, %8112 : f32[16,64] @ models/lib/nn.yaml:79:7
%8115 = cast %8106 : f64[] @ models/lib/nn.yaml:79:7
%8116 = pow %6767, %8115 : f64[] @ models/lib/nn.yaml:79:7
%8117 = sub %6748, %8116 : f64[] @ models/lib/nn.yaml:79:7
%8118 = div %4169, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8119 = pow %6775, %8115 : f64[] @ models/lib/nn.yaml:79:7
%8120 = sub %6748, %8119 : f64[] @ models/lib/nn.yaml:79:7
%8121 = sqrt %8120 : f64[] @ models/lib/nn.yaml:79:7
%8122 = div %6748, %8121 : f64[] @ models/lib/nn.yaml:79:7
%8123 = sqrt %8114 : f32[16,64] @ models/lib/nn.yaml:79:7
%8124 = cast %8122 : f32[] @ models/lib/nn.yaml:79:7
%8125 = broadcast %8124 : f32[16,64] @ models/lib/nn.yaml:79:7
%8126 = mul %8123, %8125 : f32[16,64] @ models/lib/nn.yaml:79:7
%8127 = add %8126, %7516 : f32[16,64] @ models/lib/nn.yaml:79:7
%8128 = div %8110, %8127 : f32[16,64] @ models/lib/nn.yaml:79:7
%8129 = cast %8118 : f32[] @ models/lib/nn.yaml:79:7
%8130 = broadcast %8129 : f32[16,64] @ models/lib/nn.yaml:79:7
%8131 = mul %8128, %8130 : f32[16,64] @ models/lib/nn.yaml:79:7
%8132 = sub %8107, %8131 : f32[16,64] @ models/lib/nn.yaml:79:7
%8133 = assign %32, %8132 : f32[16,64] @ models/lib/nn.yaml:79:7
%8134 = assign %8103, %8110 : f32[16,64] @ models/lib/nn.yaml:79:7
%8135 = assign %8104, %8114 : f32[16,64] @ models/lib/nn.yaml:79:7
%8136 = assign %8105, %8106 : i64[] @ models/lib/nn.yaml:79:7
%8137 = mul %110, %7527 : f32[16,64] @ models/lib/nn.yaml:79:7
%8138 = mul %8132, %7529 : f32[16,64] @ models/lib/nn.yaml:79:7
%8139 = add %8137, %8138 : f32[16,64] @ models/lib/nn.yaml:79:7
%8140 = assign %110, %8139 : f32[16,64] @ models/lib/nn.yaml:79:7
%8141 = all_reduce_sum %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8142 = mul %8141, %8141 : f32[16] @ models/lib/nn.yaml:80:7
%8143 = reduce_sum %8142 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8144 = sqrt %8143 : f32[] @ models/lib/nn.yaml:80:7
%8145 = cast %8144 : f64[] @ models/lib/nn.yaml:80:7
%8146 = add %8145, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8147 = div %6746, %8146 : f64[] @ models/lib/nn.yaml:80:7
%8148 = lt %8147, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8149 = cast %8147 : f32[] @ models/lib/nn.yaml:80:7
%8150 = broadcast %8149 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = mul %8141, %8150 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = broadcast %8148 : bool[16] @ models/lib/nn.yaml:80:7
%8153 = select %8152, %8151, %8141 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8155 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8156 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8157 = add %8156, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8158 = mul %8153, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = mul %8154, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = add %8159, %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = mul %8153, %8153 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = mul %8161, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%8163 = mul %8155, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = add %8163, %8162 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = cast %8157 : f64[] @ models/lib/nn.yaml:80:7
%8166 = pow %6767, %8165 : f64[] @ models/lib/nn.yaml:80:7
%8167 = sub %6748, %8166 : f64[] @ models/lib/nn.yaml:80:7
%8168 = div %4169, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8169 = pow %6775, %8165 : f64[] @ models/lib/nn.yaml:80:7
%8170 = sub %6748, %8169 : f64[] @ models/lib/nn.yaml:80:7
%8171 = sqrt %8170 : f64[] @ models/lib/nn.yaml:80:7
%8172 = div %6748, %8171 : f64[] @ models/lib/nn.yaml:80:7
%8173 = sqrt %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8174 = cast %8172 : f32[] @ models/lib/nn.yaml:80:7
%8175 = broadcast %8174 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = mul %8173, %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8177 = add %8176, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%8178 = div %8160, %8177 : f32[16] @ models/lib/nn.yaml:80:7
%8179 = cast %8168 : f32[] @ models/lib/nn.yaml:80:7
%8180 = broadcast %8179 : f32[16] @ models/lib/nn.yaml:80:7
%8181 = mul %8178, %8180 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = sub %33, %8181 : f32[16] @ models/lib/nn.yaml:80:7
%8183 = assign %33, %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = assign %8154, %8160 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = assign %8155, %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = assign %8156, %8157 : i64[] @ models/lib/nn.yaml:80:7
%8187 = mul %111, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%8188 = mul %8182, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%8189 = add %8187, %8188 : f32[16] @ models/lib/nn.yaml:80:7
%8190 = assign %111, %8189 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = all_reduce_sum %6224 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8192 = reshape %8191 : f32[16] @ models/lib/vit.yaml:103:7
%8193 = mul %8192, %8192 : f32[16] @ models/lib/vit.yaml:103:7
%8194 = reduce_sum %8193 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8195 = sqrt %8194 : f32[] @ models/lib/vit.yaml:103:7
%8196 = cast %8195 : f64[] @ models/lib/vit.yaml:103:7
%8197 = add %8196, %6744 : f64[] @ models/lib/vit.yaml:103:7
%8198 = div %6746, %8197 : f64[] @ models/lib/vit.yaml:103:7
%8199 = lt %8198, %6748 : bool[] @ models/lib/vit.yaml:103:7
%8200 = cast %8198 : f32[] @ models/lib/vit.yaml:103:7
%8201 = broadcast %8200 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8202 = mul %8191, %8201 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8203 = broadcast %8199 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8204 = select %8203, %8202, %8191 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8205 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8206 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8207 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8208 = add %8207, %6758 : i64[] @ models/lib/vit.yaml:103:7
%8209 = broadcast %6762 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8210 = mul %34, %8209 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8211 = broadcast %3846 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8212 = mul %8204, %8211 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8213 = broadcast %2634 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8214 = mul %8205, %8213 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8215 = add %8214, %8212 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8216 = mul %8204, %8204 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8217 = broadcast %6772 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8218 = mul %8216, %8217 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8219 = broadcast %6776 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8220 = mul %8206, %8219 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8221 = add %8220, %8218 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8222 = cast %8208 : f64[] @ models/lib/vit.yaml:103:7
%8223 = pow %6767, %8222 : f64[] @ models/lib/vit.yaml:103:7
%8224 = sub %6748, %8223 : f64[] @ models/lib/vit.yaml:103:7
%8225 = div %4169, %8224 : f64[] @ models/lib/vit.yaml:103:7
%8226 = pow %6775, %8222 : f64[] @ models/lib/vit.yaml:103:7
%8227 = sub %6748, %8226 : f64[] @ models/lib/vit.yaml:103:7
%8228 = sqrt %8227 : f64[] @ models/lib/vit.yaml:103:7
%8229 = div %6748, %8228 : f64[] @ models/lib/vit.yaml:103:7
%8230 = sqrt %8221 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8231 = cast %8229 : f32[] @ models/lib/vit.yaml:103:7
%8232 = broadcast %8231 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8233 = mul %8230, %8232 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8234 = broadcast %6792 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8235 = add %8233, %8234 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8236 = div %8215, %8235 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8237 = cast %8225 : f32[] @ models/lib/vit.yaml:103:7
%8238 = broadcast %8237 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8239 = mul %8236, %8238 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8240 = sub %8210, %8239 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8241 = assign %34, %8240 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8242 = assign %8205, %8215 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8243 = assign %8206, %8221 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8244 = assign %8207, %8208 : i64[] @ models/lib/vit.yaml:103:7
%8245 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8246 = mul %112, %8245 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8247 = broadcast %6807 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8248 = mul %8240, %8247 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8249 = add %8246, %8248 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8250 = assign %112, %8249 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8251 = all_reduce_sum %6199 : f32[16] @ models/lib/nn.yaml:89:7
%8252 = mul %8251, %8251 : f32[16] @ models/lib/nn.yaml:89:7
%8253 = reduce_sum %8252 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8254 = sqrt %8253 : f32[] @ models/lib/nn.yaml:89:7
%8255 = cast %8254 : f64[] @ models/lib/nn.yaml:89:7
%8256 = add %8255, %6744 : f64[] @ models/lib/nn.yaml:89:7
%8257 = div %6746, %8256 : f64[] @ models/lib/nn.yaml:89:7
%8258 = lt %8257, %6748 : bool[] @ models/lib/nn.yaml:89:7
%8259 = cast %8257 : f32[] @ models/lib/nn.yaml:89:7
%8260 = broadcast %8259 : f32[16] @ models/lib/nn.yaml:89:7
%8261 = mul %8251, %8260 : f32[16] @ models/lib/nn.yaml:89:7
%8262 = broadcast %8258 : bool[16] @ models/lib/nn.yaml:89:7
%8263 = select %8262, %8261, %8251 : f32[16] @ models/lib/nn.yaml:89:7
%8264 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8265 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8266 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8267 = add %8266, %6758 : i64[] @ models/lib/nn.yaml:89:7
%8268 = mul %8263, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%8269 = mul %8264, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%8270 = add %8269, %8268 : f32[16] @ models/lib/nn.yaml:89:7
%8271 = mul %8263, %8263 : f32[16] @ models/lib/nn.yaml:89:7
%8272 = mul %8271, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%8273 = mul %8265, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%8274 = add %8273, %8272 : f32[16] @ models/lib/nn.yaml:89:7
%8275 = cast %8267 : f64[] @ models/lib/nn.yaml:89:7
%8276 = pow %6767, %8275 : f64[] @ models/lib/nn.yaml:89:7
%8277 = sub %6748, %8276 : f64[] @ models/lib/nn.yaml:89:7
%8278 = div %4169, %8277 : f64[] @ models/lib/nn.yaml:89:7
%8279 = pow %6775, %8275 : f64[] @ models/lib/nn.yaml:89:7
%8280 = sub %6748, %8279 : f64[] @ models/lib/nn.yaml:89:7
%8281 = sqrt %8280 : f64[] @ models/lib/nn.yaml:89:7
%8282 = div %6748, %8281 : f64[] @ models/lib/nn.yaml:89:7
%8283 = sqrt %8274 : f32[16] @ models/lib/nn.yaml:89:7
%8284 = cast %8282 : f32[] @ models/lib/nn.yaml:89:7
%8285 = broadcast %8284 : f32[16] @ models/lib/nn.yaml:89:7
%8286 = mul %8283, %8285 : f32[16] @ models/lib/nn.yaml:89:7
%8287 = add %8286, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%8288 = div %8270, %8287 : f32[16] @ models/lib/nn.yaml:89:7
%8289 = cast %8278 : f32[] @ models/lib/nn.yaml:89:7
%8290 = broadcast %8289 : f32[16] @ models/lib/nn.yaml:89:7
%8291 = mul %8288, %8290 : f32[16] @ models/lib/nn.yaml:89:7
%8292 = sub %35, %8291 : f32[16] @ models/lib/nn.yaml:89:7
%8293 = assign %35, %8292 : f32[16] @ models/lib/nn.yaml:89:7
%8294 = assign %8264, %8270 : f32[16] @ models/lib/nn.yaml:89:7
%8295 = assign %8265, %8274 : f32[16] @ models/lib/nn.yaml:89:7
%8296 = assign %8266, %8267 : i64[] @ models/lib/nn.yaml:89:7
%8297 = mul %113, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%8298 = mul %8292, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%8299 = add %8297, %8298 : f32[16] @ models/lib/nn.yaml:89:7
%8300 = assign %113, %8299 : f32[16] @ models/lib/nn.yaml:89:7
%8301 = all_reduce_sum %6193 : f32[16] @ models/lib/nn.yaml:90:7
%8302 = mul %8301, %8301 : f32[16] @ models/lib/nn.yaml:90:7
%8303 = reduce_sum %8302 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8304 = sqrt %8303 : f32[] @ models/lib/nn.yaml:90:7
%8305 = cast %8304 : f64[] @ models/lib/nn.yaml:90:7
%8306 = add %8305, %6744 : f64[] @ models/lib/nn.yaml:90:7
%8307 = div %6746, %8306 : f64[] @ models/lib/nn.yaml:90:7
%8308 = lt %8307, %6748 : bool[] @ models/lib/nn.yaml:90:7
%8309 = cast %8307 : f32[] @ models/lib/nn.yaml:90:7
%8310 = broadcast %8309 : f32[16] @ models/lib/nn.yaml:90:7
%8311 = mul %8301, %8310 : f32[16] @ models/lib/nn.yaml:90:7
%8312 = broadcast %8308 : bool[16] @ models/lib/nn.yaml:90:7
%8313 = select %8312, %8311, %8301 : f32[16] @ models/lib/nn.yaml:90:7
%8314 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8315 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8316 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8317 = add %8316, %6758 : i64[] @ models/lib/nn.yaml:90:7
%8318 = mul %8313, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%8319 = mul %8314, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%8320 = add %8319, %8318 : f32[16] @ models/lib/nn.yaml:90:7
%8321 = mul %8313, %8313 : f32[16] @ models/lib/nn.yaml:90:7
%8322 = mul %8321, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%8323 = mul %8315, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%8324 = add %8323, %8322 : f32[16] @ models/lib/nn.yaml:90:7
%8325 = cast %8317 : f64[] @ models/lib/nn.yaml:90:7
%8326 = pow %6767, %8325 : f64[] @ models/lib/nn.yaml:90:7
%8327 = sub %6748, %8326 : f64[] @ models/lib/nn.yaml:90:7
%8328 = div %4169, %8327 : f64[] @ models/lib/nn.yaml:90:7
%8329 = pow %6775, %8325 : f64[] @ models/lib/nn.yaml:90:7
%8330 = sub %6748, %8329 : f64[] @ models/lib/nn.yaml:90:7
%8331 = sqrt %8330 : f64[] @ models/lib/nn.yaml:90:7
%8332 = div %6748, %8331 : f64[] @ models/lib/nn.yaml:90:7
%8333 = sqrt %8324 : f32[16] @ models/lib/nn.yaml:90:7
%8334 = cast %8332 : f32[] @ models/lib/nn.yaml:90:7
%8335 = broadcast %8334 : f32[16] @ models/lib/nn.yaml:90:7
%8336 = mul %8333, %8335 : f32[16] @ models/lib/nn.yaml:90:7
%8337 = add %8336, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%8338 = div %8320, %8337 : f32[16] @ models/lib/nn.yaml:90:7
%8339 = cast %8328 : f32[] @ models/lib/nn.yaml:90:7
%8340 = broadcast %8339 : f32[16] @ models/lib/nn.yaml:90:7
%8341 = mul %8338, %8340 : f32[16] @ models/lib/nn.yaml:90:7
%8342 = sub %36, %8341 : f32[16] @ models/lib/nn.yaml:90:7
%8343 = assign %36, %8342 : f32[16] @ models/lib/nn.yaml:90:7
%8344 = assign %8314, %8320 : f32[16] @ models/lib/nn.yaml:90:7
%8345 = assign %8315, %8324 : f32[16] @ models/lib/nn.yaml:90:7
%8346 = assign %8316, %8317 : i64[] @ models/lib/nn.yaml:90:7
%8347 = mul %114, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%8348 = mul %8342, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%8349 = add %8347, %8348 : f32[16] @ models/lib/nn.yaml:90:7
%8350 = assign %114, %8349 : f32[16] @ models/lib/nn.yaml:90:7
%8351 = all_reduce_sum %6185 : f32[16,16] @ models/lib/nn.yaml:79:7
%8352 = reshape %8351 : f32[256] @ models/lib/nn.yaml:79:7
%8353 = mul %8352, %8352 : f32[256] @ models/lib/nn.yaml:79:7
%8354 = reduce_sum %8353 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8355 = sqrt %8354 : f32[] @ models/lib/nn.yaml:79:7
%8356 = cast %8355 : f64[] @ models/lib/nn.yaml:79:7
%8357 = add %8356, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8358 = div %6746, %8357 : f64[] @ models/lib/nn.yaml:79:7
%8359 = lt %8358, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8360 = cast %8358 : f32[] @ models/lib/nn.yaml:79:7
%8361 = broadcast %8360 : f32[16,16] @ models/lib/nn.yaml:79:7
%8362 = mul %8351, %8361 : f32[16,16] @ models/lib/nn.yaml:79:7
%8363 = broadcast %8359 : bool[16,16] @ models/lib/nn.yaml:79:7
%8364 = select %8363, %8362, %8351 : f32[16,16] @ models/lib/nn.yaml:79:7
%8365 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8366 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8367 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8368 = add %8367, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8369 = mul %37, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8370 = mul %8364, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%8371 = mul %8365, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%8372 = add %8371, %8370 : f32[16,16] @ models/lib/nn.yaml:79:7
%8373 = mul %8364, %8364 : f32[16,16] @ models/lib/nn.yaml:79:7
%8374 = mul %8373, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%8375 = mul %8366, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8376 = add %8375, %8374 : f32[16,16] @ models/lib/nn.yaml:79:7
%8377 = cast %8368 : f64[] @ models/lib/nn.yaml:79:7
%8378 = pow %6767, %8377 : f64[] @ models/lib/nn.yaml:79:7
%8379 = sub %6748, %8378 : f64[] @ models/lib/nn.yaml:79:7
%8380 = div %4169, %8379 : f64[] @ models/lib/nn.yaml:79:7
%8381 = pow %6775, %8377 : f64[] @ models/lib/nn.yaml:79:7
%8382 = sub %6748, %8381 : f64[] @ models/lib/nn.yaml:79:7
%8383 = sqrt %8382 : f64[] @ models/lib/nn.yaml:79:7
%8384 = div %6748, %8383 : f64[] @ models/lib/nn.yaml:79:7
%8385 = sqrt %8376 : f32[16,16] @ models/lib/nn.yaml:79:7
%8386 = cast %8384 : f32[] @ models/lib/nn.yaml:79:7
%8387 = broadcast %8386 : f32[16,16] @ models/lib/nn.yaml:79:7
%8388 = mul %8385, %8387 : f32[16,16] @ models/lib/nn.yaml:79:7
%8389 = add %8388, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%8390 = div %8372, %8389 : f32[16,16] @ models/lib/nn.yaml:79:7
%8391 = cast %8380 : f32[] @ models/lib/nn.yaml:79:7
%8392 = broadcast %8391 : f32[16,16] @ models/lib/nn.yaml:79:7
%8393 = mul %8390, %8392 : f32[16,16] @ models/lib/nn.yaml:79:7
%8394 = sub %8369, %8393 : f32[16,16] @ models/lib/nn.yaml:79:7
%8395 = assign %37, %8394 : f32[16,16] @ models/lib/nn.yaml:79:7
%8396 = assign %8365, %8372 : f32[16,16] @ models/lib/nn.yaml:79:7
%8397 = assign %8366, %8376 : f32[16,16] @ models/lib/nn.yaml:79:7
%8398 = assign %8367, %8368 : i64[] @ models/lib/nn.yaml:79:7
%8399 = mul %115, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8400 = mul %8394, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8401 = add %8399, %8400 : f32[16,16] @ models/lib/nn.yaml:79:7
%8402 = assign %115, %8401 : f32[16,16] @ models/lib/nn.yaml:79:7
%8403 = all_reduce_sum %6176 : f32[16] @ models/lib/nn.yaml:80:7
%8404 = mul %8403, %8403 : f32[16] @ models/lib/nn.yaml:80:7
%8405 = reduce_sum %8404 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8406 = sqrt %8405 : f32[] @ models/lib/nn.yaml:80:7
%8407 = cast %8406 : f64[] @ models/lib/nn.yaml:80:7
%8408 = add %8407, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8409 = div %6746, %8408 : f64[] @ models/lib/nn.yaml:80:7
%8410 = lt %8409, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8411 = cast %8409 : f32[] @ models/lib/nn.yaml:80:7
%8412 = broadcast %8411 : f32[16] @ models/lib/nn.yaml:80:7
%8413 = mul %8403, %8412 : f32[16] @ models/lib/nn.yaml:80:7
%8414 = broadcast %8410 : bool[16] @ models/lib/nn.yaml:80:7
%8415 = select %8414, %8413, %8403 : f32[16] @ models/lib/nn.yaml:80:7
%8416 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8417 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8418 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8419 = add %8418, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8420 = mul %8415, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%8421 = mul %8416, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%8422 = add %8421, %8420 : f32[16] @ models/lib/nn.yaml:80:7
%8423 = mul %8415, %8415 : f32[16] @ models/lib/nn.yaml:80:7
%8424 = mul %8423, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%8425 = mul %8417, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8426 = add %8425, %8424 : f32[16] @ models/lib/nn.yaml:80:7
%8427 = cast %8419 : f64[] @ models/lib/nn.yaml:80:7
%8428 = pow %6767, %8427 : f64[] @ models/lib/nn.yaml:80:7
%8429 = sub %6748, %8428 : f64[] @ models/lib/nn.yaml:80:7
%8430 = div %4169, %8429 : f64[] @ models/lib/nn.yaml:80:7
%8431 = pow %6775, %8427 : f64[] @ models/lib/nn.yaml:80:7
%8432 = sub %6748, %8431 : f64[] @ models/lib/nn.yaml:80:7
%8433 = sqrt %8432 : f64[] @ models/lib/nn.yaml:80:7
%8434 = div %6748, %8433 : f64[] @ models/lib/nn.yaml:80:7
%8435 = sqrt %8426 : f32[16] @ models/lib/nn.yaml:80:7
%8436 = cast %8434 : f32[] @ models/lib/nn.yaml:80:7
%8437 = broadcast %8436 : f32[16] @ models/lib/nn.yaml:80:7
%8438 = mul %8435, %8437 : f32[16] @ models/lib/nn.yaml:80:7
%8439 = add %8438, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%8440 = div %8422, %8439 : f32[16] @ models/lib/nn.yaml:80:7
%8441 = cast %8430 : f32[] @ models/lib/nn.yaml:80:7
%8442 = broadcast %8441 : f32[16] @ models/lib/nn.yaml:80:7
%8443 = mul %8440, %8442 : f32[16] @ models/lib/nn.yaml:80:7
%8444 = sub %38, %8443 : f32[16] @ models/lib/nn.yaml:80:7
%8445 = assign %38, %8444 : f32[16] @ models/lib/nn.yaml:80:7
%8446 = assign %8416, %8422 : f32[16] @ models/lib/nn.yaml:80:7
%8447 = assign %8417, %8426 : f32[16] @ models/lib/nn.yaml:80:7
%8448 = assign %8418, %8419 : i64[] @ models/lib/nn.yaml:80:7
%8449 = mul %116, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%8450 = mul %8444, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%8451 = add %8449, %8450 : f32[16] @ models/lib/nn.yaml:80:7
%8452 = assign %116, %8451 : f32[16] @ models/lib/nn.yaml:80:7
%8453 = all_reduce_sum %6170 : f32[16,16] @ models/lib/nn.yaml:79:7
%8454 = reshape %8453 : f32[256] @ models/lib/nn.yaml:79:7
%8455 = mul %8454, %8454 : f32[256] @ models/lib/nn.yaml:79:7
%8456 = reduce_sum %8455 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8457 = sqrt %8456 : f32[] @ models/lib/nn.yaml:79:7
%8458 = cast %8457 : f64[] @ models/lib/nn.yaml:79:7
%8459 = add %8458, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8460 = div %6746, %8459 : f64[] @ models/lib/nn.yaml:79:7
%8461 = lt %8460, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8462 = cast %8460 : f32[] @ models/lib/nn.yaml:79:7
%8463 = broadcast %8462 : f32[16,16] @ models/lib/nn.yaml:79:7
%8464 = mul %8453, %8463 : f32[16,16] @ models/lib/nn.yaml:79:7
%8465 = broadcast %8461 : bool[16,16] @ models/lib/nn.yaml:79:7
%8466 = select %8465, %8464, %8453 : f32[16,16] @ models/lib/nn.yaml:79:7
%8467 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8468 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8469 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8470 = add %8469, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8471 = mul %39, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8472 = mul %8466, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%8473 = mul %8467, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%8474 = add %8473, %8472 : f32[16,16] @ models/lib/nn.yaml:79:7
%8475 = mul %8466, %8466 : f32[16,16] @ models/lib/nn.yaml:79:7
%8476 = mul %8475, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%8477 = mul %8468, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8478 = add %8477, %8476 : f32[16,16] @ models/lib/nn.yaml:79:7
%8479 = cast %8470 : f64[] @ models/lib/nn.yaml:79:7
%8480 = pow %6767, %8479 : f64[] @ models/lib/nn.yaml:79:7
%8481 = sub %6748, %8480 : f64[] @ models/lib/nn.yaml:79:7
%8482 = div %4169, %8481 : f64[] @ models/lib/nn.yaml:79:7
%8483 = pow %6775, %8479 : f64[] @ models/lib/nn.yaml:79:7
%8484 = sub %6748, %8483 : f64[] @ models/lib/nn.yaml:79:7
%8485 = sqrt %8484 : f64[] @ models/lib/nn.yaml:79:7
%8486 = div %6748, %8485 : f64[] @ models/lib/nn.yaml:79:7
%8487 = sqrt %8478 : f32[16,16] @ models/lib/nn.yaml:79:7
%8488 = cast %8486 : f32[] @ models/lib/nn.yaml:79:7
%8489 = broadcast %8488 : f32[16,16] @ models/lib/nn.yaml:79:7
%8490 = mul %8487, %8489 : f32[16,16] @ models/lib/nn.yaml:79:7
%8491 = add %8490, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%8492 = div %8474, %8491 : f32[16,16] @ models/lib/nn.yaml:79:7
%8493 = cast %8482 : f32[] @ models/lib/nn.yaml:79:7
%8494 = broadcast %8493 : f32[16,16] @ models/lib/nn.yaml:79:7
%8495 = mul %8492, %8494 : f32[16,16] @ models/lib/nn.yaml:79:7
%8496 = sub %8471, %8495 : f32[16,16] @ models/lib/nn.yaml:79:7
%8497 = assign %39, %8496 : f32[16,16] @ models/lib/nn.yaml:79:7
%8498 = assign %8467, %8474 : f32[16,16] @ models/lib/nn.yaml:79:7
%8499 = assign %8468, %8478 : f32[16,16] @ models/lib/nn.yaml:79:7
%8500 = assign %8469, %8470 : i64[] @ models/lib/nn.yaml:79:7
%8501 = mul %117, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8502 = mul %8496, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8503 = add %8501, %8502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8504 = assign %117, %8503 : f32[16,16] @ models/lib/nn.yaml:79:7
%8505 = all_reduce_sum %6159 : f32[16] @ models/lib/nn.yaml:80:7
%8506 = mul %8505, %8505 : f32[16] @ models/lib/nn.yaml:80:7
%8507 = reduce_sum %8506 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8508 = sqrt %8507 : f32[] @ models/lib/nn.yaml:80:7
%8509 = cast %8508 : f64[] @ models/lib/nn.yaml:80:7
%8510 = add %8509, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8511 = div %6746, %8510 : f64[] @ models/lib/nn.yaml:80:7
%8512 = lt %8511, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8513 = cast %8511 : f32[] @ models/lib/nn.yaml:80:7
%8514 = broadcast %8513 : f32[16] @ models/lib/nn.yaml:80:7
%8515 = mul %8505, %8514 : f32[16] @ models/lib/nn.yaml:80:7
%8516 = broadcast %8512 : bool[16] @ models/lib/nn.yaml:80:7
%8517 = select %8516, %8515, %8505 : f32[16] @ models/lib/nn.yaml:80:7
%8518 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8519 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8520 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8521 = add %8520, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8522 = mul %8517, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%8523 = mul %8518, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%8524 = add %8523, %8522 : f32[16] @ models/lib/nn.yaml:80:7
%8525 = mul %8517, %8517 : f32[16] @ models/lib/nn.yaml:80:7
%8526 = mul %8525, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%8527 = mul %8519, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8528 = add %8527, %8526 : f32[16] @ models/lib/nn.yaml:80:7
%8529 = cast %8521 : f64[] @ models/lib/nn.yaml:80:7
%8530 = pow %6767, %8529 : f64[] @ models/lib/nn.yaml:80:7
%8531 = sub %6748, %8530 : f64[] @ models/lib/nn.yaml:80:7
%8532 = div %4169, %8531 : f64[] @ models/lib/nn.yaml:80:7
%8533 = pow %6775, %8529 : f64[] @ models/lib/nn.yaml:80:7
%8534 = sub %6748, %8533 : f64[] @ models/lib/nn.yaml:80:7
%8535 = sqrt %8534 : f64[] @ models/lib/nn.yaml:80:7
%8536 = div %6748, %8535 : f64[] @ models/lib/nn.yaml:80:7
%8537 = sqrt %8528 : f32[16] @ models/lib/nn.yaml:80:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:80:7
%8539 = broadcast %8538 : f32[16] @ models/lib/nn.yaml:80:7
%8540 = mul %8537, %8539 : f32[16] @ models/lib/nn.yaml:80:7
%8541 = add %8540, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%8542 = div %8524, %8541 : f32[16] @ models/lib/nn.yaml:80:7
%8543 = cast %8532 : f32[] @ models/lib/nn.yaml:80:7
%8544 = broadcast %8543 : f32[16] @ models/lib/nn.yaml:80:7
%8545 = mul %8542, %8544 : f32[16] @ models/lib/nn.yaml:80:7
%8546 = sub %40, %8545 : f32[16] @ models/lib/nn.yaml:80:7
%8547 = assign %40, %8546 : f32[16] @ models/lib/nn.yaml:80:7
%8548 = assign %8518, %8524 : f32[16] @ models/lib/nn.yaml:80:7
%8549 = assign %8519, %8528 : f32[16] @ models/lib/nn.yaml:80:7
%8550 = assign %8520, %8521 : i64[] @ models/lib/nn.yaml:80:7
%8551 = mul %118, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%8552 = mul %8546, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%8553 = add %8551, %8552 : f32[16] @ models/lib/nn.yaml:80:7
%8554 = assign %118, %8553 : f32[16] @ models/lib/nn.yaml:80:7
%8555 = all_reduce_sum %6151 : f32[16,16] @ models/lib/nn.yaml:79:7
%8556 = reshape %8555 : f32[256] @ models/lib/nn.yaml:79:7
%8557 = mul %8556, %8556 : f32[256] @ models/lib/nn.yaml:79:7
%8558 = reduce_sum %8557 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8559 = sqrt %8558 : f32[] @ models/lib/nn.yaml:79:7
%8560 = cast %8559 : f64[] @ models/lib/nn.yaml:79:7
%8561 = add %8560, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8562 = div %6746, %8561 : f64[] @ models/lib/nn.yaml:79:7
%8563 = lt %8562, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8564 = cast %8562 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = mul %8555, %8565 : f32[16,16] @ models/lib/nn.yaml:79:7
%8567 = broadcast %8563 : bool[16,16] @ models/lib/nn.yaml:79:7
%8568 = select %8567, %8566, %8555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8569 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8570 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8571 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8572 = add %8571, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8573 = mul %41, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8574 = mul %8568, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%8575 = mul %8569, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = add %8575, %8574 : f32[16,16] @ models/lib/nn.yaml:79:7
%8577 = mul %8568, %8568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = mul %8577, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%8579 = mul %8570, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = add %8579, %8578 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = cast %8572 : f64[] @ models/lib/nn.yaml:79:7
%8582 = pow %6767, %8581 : f64[] @ models/lib/nn.yaml:79:7
%8583 = sub %6748, %8582 : f64[] @ models/lib/nn.yaml:79:7
%8584 = div %4169, %8583 : f64[] @ models/lib/nn.yaml:79:7
%8585 = pow %6775, %8581 : f64[] @ models/lib/nn.yaml:79:7
%8586 = sub %6748, %8585 : f64[] @ models/lib/nn.yaml:79:7
%8587 = sqrt %8586 : f64[] @ models/lib/nn.yaml:79:7
%8588 = div %6748, %8587 : f64[] @ models/lib/nn.yaml:79:7
%8589 = sqrt %8580 : f32[16,16] @ models/lib/nn.yaml:79:7
%8590 = cast %8588 : f32[] @ models/lib/nn.yaml:79:7
%8591 = broadcast %8590 : f32[16,16] @ models/lib/nn.yaml:79:7
%8592 = mul %8589, %8591 : f32[16,16] @ models/lib/nn.yaml:79:7
%8593 = add %8592, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%8594 = div %8576, %8593 : f32[16,16] @ models/lib/nn.yaml:79:7
%8595 = cast %8584 : f32[] @ models/lib/nn.yaml:79:7
%8596 = broadcast %8595 : f32[16,16] @ models/lib/nn.yaml:79:7
%8597 = mul %8594, %8596 : f32[16,16] @ models/lib/nn.yaml:79:7
%8598 = sub %8573, %8597 : f32[16,16] @ models/lib/nn.yaml:79:7
%8599 = assign %41, %8598 : f32[16,16] @ models/lib/nn.yaml:79:7
%8600 = assign %8569, %8576 : f32[16,16] @ models/lib/nn.yaml:79:7
%8601 = assign %8570, %8580 : f32[16,16] @ models/lib/nn.yaml:79:7
%8602 = assign %8571, %8572 : i64[] @ models/lib/nn.yaml:79:7
%8603 = mul %119, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8604 = mul %8598, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8605 = add %8603, %8604 : f32[16,16] @ models/lib/nn.yaml:79:7
%8606 = assign %119, %8605 : f32[16,16] @ models/lib/nn.yaml:79:7
%8607 = all_reduce_sum %6142 : f32[16] @ models/lib/nn.yaml:80:7
%8608 = mul %8607, %8607 : f32[16] @ models/lib/nn.yaml:80:7
%8609 = reduce_sum %8608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8610 = sqrt %8609 : f32[] @ models/lib/nn.yaml:80:7
%8611 = cast %8610 : f64[] @ models/lib/nn.yaml:80:7
%8612 = add %8611, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8613 = div %6746, %8612 : f64[] @ models/lib/nn.yaml:80:7
%8614 = lt %8613, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8615 = cast %8613 : f32[] @ models/lib/nn.yaml:80:7
%8616 = broadcast %8615 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = mul %8607, %8616 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = broadcast %8614 : bool[16] @ models/lib/nn.yaml:80:7
%8619 = select %8618, %8617, %8607 : f32[16] @ models/lib/nn.yaml:80:7
%8620 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8621 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8622 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8623 = add %8622, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8624 = mul %8619, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%8625 = mul %8620, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = add %8625, %8624 : f32[16] @ models/lib/nn.yaml:80:7
%8627 = mul %8619, %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = mul %8627, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%8629 = mul %8621, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = add %8629, %8628 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = cast %8623 : f64[] @ models/lib/nn.yaml:80:7
%8632 = pow %6767, %8631 : f64[] @ models/lib/nn.yaml:80:7
%8633 = sub %6748, %8632 : f64[] @ models/lib/nn.yaml:80:7
%8634 = div %4169, %8633 : f64[] @ models/lib/nn.yaml:80:7
%8635 = pow %6775, %8631 : f64[] @ models/lib/nn.yaml:80:7
%8636 = sub %6748, %8635 : f64[] @ models/lib/nn.yaml:80:7
%8637 = sqrt %8636 : f64[] @ models/lib/nn.yaml:80:7
%8638 = div %6748, %8637 : f64[] @ models/lib/nn.yaml:80:7
%8639 = sqrt %8630 : f32[16] @ models/lib/nn.yaml:80:7
%8640 = cast %8638 : f32[] @ models/lib/nn.yaml:80:7
%8641 = broadcast %8640 : f32[16] @ models/lib/nn.yaml:80:7
%8642 = mul %8639, %8641 : f32[16] @ models/lib/nn.yaml:80:7
%8643 = add %8642, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%8644 = div %8626, %8643 : f32[16] @ models/lib/nn.yaml:80:7
%8645 = cast %8634 : f32[] @ models/lib/nn.yaml:80:7
%8646 = broadcast %8645 : f32[16] @ models/lib/nn.yaml:80:7
%8647 = mul %8644, %8646 : f32[16] @ models/lib/nn.yaml:80:7
%8648 = sub %42, %8647 : f32[16] @ models/lib/nn.yaml:80:7
%8649 = assign %42, %8648 : f32[16] @ models/lib/nn.yaml:80:7
%8650 = assign %8620, %8626 : f32[16] @ models/lib/nn.yaml:80:7
%8651 = assign %8621, %8630 : f32[16] @ models/lib/nn.yaml:80:7
%8652 = assign %8622, %8623 : i64[] @ models/lib/nn.yaml:80:7
%8653 = mul %120, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%8654 = mul %8648, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%8655 = add %8653, %8654 : f32[16] @ models/lib/nn.yaml:80:7
%8656 = assign %120, %8655 : f32[16] @ models/lib/nn.yaml:80:7
%8657 = all_reduce_sum %6041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8658 = reshape %8657 : f32[256] @ models/lib/nn.yaml:79:7
%8659 = mul %8658, %8658 : f32[256] @ models/lib/nn.yaml:79:7
%8660 = reduce_sum %8659 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8661 = sqrt %8660 : f32[] @ models/lib/nn.yaml:79:7
%8662 = cast %8661 : f64[] @ models/lib/nn.yaml:79:7
%8663 = add %8662, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8664 = div %6746, %8663 : f64[] @ models/lib/nn.yaml:79:7
%8665 = lt %8664, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8666 = cast %8664 : f32[] @ models/lib/nn.yaml:79:7
%8667 = broadcast %8666 : f32[16,16] @ models/lib/nn.yaml:79:7
%8668 = mul %8657, %8667 : f32[16,16] @ models/lib/nn.yaml:79:7
%8669 = broadcast %8665 : bool[16,16] @ models/lib/nn.yaml:79:7
%8670 = select %8669, %8668, %8657 : f32[16,16] @ models/lib/nn.yaml:79:7
%8671 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8672 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8673 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8674 = add %8673, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8675 = mul %43, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8676 = mul %8670, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%8677 = mul %8671, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%8678 = add %8677, %8676 : f32[16,16] @ models/lib/nn.yaml:79:7
%8679 = mul %8670, %8670 : f32[16,16] @ models/lib/nn.yaml:79:7
%8680 = mul %8679, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%8681 = mul %8672, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8682 = add %8681, %8680 : f32[16,16] @ models/lib/nn.yaml:79:7
%8683 = cast %8674 : f64[] @ models/lib/nn.yaml:79:7
%8684 = pow %6767, %8683 : f64[] @ models/lib/nn.yaml:79:7
%8685 = sub %6748, %8684 : f64[] @ models/lib/nn.yaml:79:7
%8686 = div %4169, %8685 : f64[] @ models/lib/nn.yaml:79:7
%8687 = pow %6775, %8683 : f64[] @ models/lib/nn.yaml:79:7
%8688 = sub %6748, %8687 : f64[] @ models/lib/nn.yaml:79:7
%8689 = sqrt %8688 : f64[] @ models/lib/nn.yaml:79:7
%8690 = div %6748, %8689 : f64[] @ models/lib/nn.yaml:79:7
%8691 = sqrt %8682 : f32[16,16] @ models/lib/nn.yaml:79:7
%8692 = cast %8690 : f32[] @ models/lib/nn.yaml:79:7
%8693 = broadcast %8692 : f32[16,16] @ models/lib/nn.yaml:79:7
%8694 = mul %8691, %8693 : f32[16,16] @ models/lib/nn.yaml:79:7
%8695 = add %8694, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%8696 = div %8678, %8695 : f32[16,16] @ models/lib/nn.yaml:79:7
%8697 = cast %8686 : f32[] @ models/lib/nn.yaml:79:7
%8698 = broadcast %8697 : f32[16,16] @ models/lib/nn.yaml:79:7
%8699 = mul %8696, %8698 : f32[16,16] @ models/lib/nn.yaml:79:7
%8700 = sub %8675, %8699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8701 = assign %43, %8700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8702 = assign %8671, %8678 : f32[16,16] @ models/lib/nn.yaml:79:7
%8703 = assign %8672, %8682 : f32[16,16] @ models/lib/nn.yaml:79:7
%8704 = assign %8673, %8674 : i64[] @ models/lib/nn.yaml:79:7
%8705 = mul %121, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%8706 = mul %8700, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8707 = add %8705, %8706 : f32[16,16] @ models/lib/nn.yaml:79:7
%8708 = assign %121, %8707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8709 = all_reduce_sum %6033 : f32[16] @ models/lib/nn.yaml:80:7
%8710 = mul %8709, %8709 : f32[16] @ models/lib/nn.yaml:80:7
%8711 = reduce_sum %8710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8712 = sqrt %8711 : f32[] @ models/lib/nn.yaml:80:7
%8713 = cast %8712 : f64[] @ models/lib/nn.yaml:80:7
%8714 = add %8713, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8715 = div %6746, %8714 : f64[] @ models/lib/nn.yaml:80:7
%8716 = lt %8715, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8717 = cast %8715 : f32[] @ models/lib/nn.yaml:80:7
%8718 = broadcast %8717 : f32[16] @ models/lib/nn.yaml:80:7
%8719 = mul %8709, %8718 : f32[16] @ models/lib/nn.yaml:80:7
%8720 = broadcast %8716 : bool[16] @ models/lib/nn.yaml:80:7
%8721 = select %8720, %8719, %8709 : f32[16] @ models/lib/nn.yaml:80:7
%8722 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8723 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8724 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8725 = add %8724, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8726 = mul %8721, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%8727 = mul %8722, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%8728 = add %8727, %8726 : f32[16] @ models/lib/nn.yaml:80:7
%8729 = mul %8721, %8721 : f32[16] @ models/lib/nn.yaml:80:7
%8730 = mul %8729, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%8731 = mul %8723, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8732 = add %8731, %8730 : f32[16] @ models/lib/nn.yaml:80:7
%8733 = cast %8725 : f64[] @ models/lib/nn.yaml:80:7
%8734 = pow %6767, %8733 : f64[] @ models/lib/nn.yaml:80:7
%8735 = sub %6748, %8734 : f64[] @ models/lib/nn.yaml:80:7
%8736 = div %4169, %8735 : f64[] @ models/lib/nn.yaml:80:7
%8737 = pow %6775, %8733 : f64[] @ models/lib/nn.yaml:80:7
%8738 = sub %6748, %8737 : f64[] @ models/lib/nn.yaml:80:7
%8739 = sqrt %8738 : f64[] @ models/lib/nn.yaml:80:7
%8740 = div %6748, %8739 : f64[] @ models/lib/nn.yaml:80:7
%8741 = sqrt %8732 : f32[16] @ models/lib/nn.yaml:80:7
%8742 = cast %8740 : f32[] @ models/lib/nn.yaml:80:7
%8743 = broadcast %8742 : f32[16] @ models/lib/nn.yaml:80:7
%8744 = mul %8741, %8743 : f32[16] @ models/lib/nn.yaml:80:7
%8745 = add %8744, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%8746 = div %8728, %8745 : f32[16] @ models/lib/nn.yaml:80:7
%8747 = cast %8736 : f32[] @ models/lib/nn.yaml:80:7
%8748 = broadcast %8747 : f32[16] @ models/lib/nn.yaml:80:7
%8749 = mul %8746, %8748 : f32[16] @ models/lib/nn.yaml:80:7
%8750 = sub %44, %8749 : f32[16] @ models/lib/nn.yaml:80:7
%8751 = assign %44, %8750 : f32[16] @ models/lib/nn.yaml:80:7
%8752 = assign %8722, %8728 : f32[16] @ models/lib/nn.yaml:80:7
%8753 = assign %8723, %8732 : f32[16] @ models/lib/nn.yaml:80:7
%8754 = assign %8724, %8725 : i64[] @ models/lib/nn.yaml:80:7
%8755 = mul %122, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%8756 = mul %8750, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%8757 = add %8755, %8756 : f32[16] @ models/lib/nn.yaml:80:7
%8758 = assign %122, %8757 : f32[16] @ models/lib/nn.yaml:80:7
%8759 = all_reduce_sum %6012 : f32[16] @ models/lib/nn.yaml:89:7
%8760 = mul %8759, %8759 : f32[16] @ models/lib/nn.yaml:89:7
%8761 = reduce_sum %8760 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8762 = sqrt %8761 : f32[] @ models/lib/nn.yaml:89:7
%8763 = cast %8762 : f64[] @ models/lib/nn.yaml:89:7
%8764 = add %8763, %6744 : f64[] @ models/lib/nn.yaml:89:7
%8765 = div %6746, %8764 : f64[] @ models/lib/nn.yaml:89:7
%8766 = lt %8765, %6748 : bool[] @ models/lib/nn.yaml:89:7
%8767 = cast %8765 : f32[] @ models/lib/nn.yaml:89:7
%8768 = broadcast %8767 : f32[16] @ models/lib/nn.yaml:89:7
%8769 = mul %8759, %8768 : f32[16] @ models/lib/nn.yaml:89:7
%8770 = broadcast %8766 : bool[16] @ models/lib/nn.yaml:89:7
%8771 = select %8770, %8769, %8759 : f32[16] @ models/lib/nn.yaml:89:7
%8772 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8773 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8774 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8775 = add %8774, %6758 : i64[] @ models/lib/nn.yaml:89:7
%8776 = mul %8771, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%8777 = mul %8772, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%8778 = add %8777, %8776 : f32[16] @ models/lib/nn.yaml:89:7
%8779 = mul %8771, %8771 : f32[16] @ models/lib/nn.yaml:89:7
%8780 = mul %8779, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%8781 = mul %8773, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%8782 = add %8781, %8780 : f32[16] @ models/lib/nn.yaml:89:7
%8783 = cast %8775 : f64[] @ models/lib/nn.yaml:89:7
%8784 = pow %6767, %8783 : f64[] @ models/lib/nn.yaml:89:7
%8785 = sub %6748, %8784 : f64[] @ models/lib/nn.yaml:89:7
%8786 = div %4169, %8785 : f64[] @ models/lib/nn.yaml:89:7
%8787 = pow %6775, %8783 : f64[] @ models/lib/nn.yaml:89:7
%8788 = sub %6748, %8787 : f64[] @ models/lib/nn.yaml:89:7
%8789 = sqrt %8788 : f64[] @ models/lib/nn.yaml:89:7
%8790 = div %6748, %8789 : f64[] @ models/lib/nn.yaml:89:7
%8791 = sqrt %8782 : f32[16] @ models/lib/nn.yaml:89:7
%8792 = cast %8790 : f32[] @ models/lib/nn.yaml:89:7
%8793 = broadcast %8792 : f32[16] @ models/lib/nn.yaml:89:7
%8794 = mul %8791, %8793 : f32[16] @ models/lib/nn.yaml:89:7
%8795 = add %8794, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%8796 = div %8778, %8795 : f32[16] @ models/lib/nn.yaml:89:7
%8797 = cast %8786 : f32[] @ models/lib/nn.yaml:89:7
%8798 = broadcast %8797 : f32[16] @ models/lib/nn.yaml:89:7
%8799 = mul %8796, %8798 : f32[16] @ models/lib/nn.yaml:89:7
%8800 = sub %45, %8799 : f32[16] @ models/lib/nn.yaml:89:7
%8801 = assign %45, %8800 : f32[16] @ models/lib/nn.yaml:89:7
%8802 = assign %8772, %8778 : f32[16] @ models/lib/nn.yaml:89:7
%8803 = assign %8773, %8782 : f32[16] @ models/lib/nn.yaml:89:7
%8804 = assign %8774, %8775 : i64[] @ models/lib/nn.yaml:89:7
%8805 = mul %123, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%8806 = mul %8800, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%8807 = add %8805, %8806 : f32[16] @ models/lib/nn.yaml:89:7
%8808 = assign %123, %8807 : f32[16] @ models/lib/nn.yaml:89:7
%8809 = all_reduce_sum %6005 : f32[16] @ models/lib/nn.yaml:90:7
%8810 = mul %8809, %8809 : f32[16] @ models/lib/nn.yaml:90:7
%8811 = reduce_sum %8810 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8812 = sqrt %8811 : f32[] @ models/lib/nn.yaml:90:7
%8813 = cast %8812 : f64[] @ models/lib/nn.yaml:90:7
%8814 = add %8813, %6744 : f64[] @ models/lib/nn.yaml:90:7
%8815 = div %6746, %8814 : f64[] @ models/lib/nn.yaml:90:7
%8816 = lt %8815, %6748 : bool[] @ models/lib/nn.yaml:90:7
%8817 = cast %8815 : f32[] @ models/lib/nn.yaml:90:7
%8818 = broadcast %8817 : f32[16] @ models/lib/nn.yaml:90:7
%8819 = mul %8809, %8818 : f32[16] @ models/lib/nn.yaml:90:7
%8820 = broadcast %8816 : bool[16] @ models/lib/nn.yaml:90:7
%8821 = select %8820, %8819, %8809 : f32[16] @ models/lib/nn.yaml:90:7
%8822 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8823 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8824 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8825 = add %8824, %6758 : i64[] @ models/lib/nn.yaml:90:7
%8826 = mul %8821, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%8827 = mul %8822, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%8828 = add %8827, %8826 : f32[16] @ models/lib/nn.yaml:90:7
%8829 = mul %8821, %8821 : f32[16] @ models/lib/nn.yaml:90:7
%8830 = mul %8829, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%8831 = mul %8823, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%8832 = add %8831, %8830 : f32[16] @ models/lib/nn.yaml:90:7
%8833 = cast %8825 : f64[] @ models/lib/nn.yaml:90:7
%8834 = pow %6767, %8833 : f64[] @ models/lib/nn.yaml:90:7
%8835 = sub %6748, %8834 : f64[] @ models/lib/nn.yaml:90:7
%8836 = div %4169, %8835 : f64[] @ models/lib/nn.yaml:90:7
%8837 = pow %6775, %8833 : f64[] @ models/lib/nn.yaml:90:7
%8838 = sub %6748, %8837 : f64[] @ models/lib/nn.yaml:90:7
%8839 = sqrt %8838 : f64[] @ models/lib/nn.yaml:90:7
%8840 = div %6748, %8839 : f64[] @ models/lib/nn.yaml:90:7
%8841 = sqrt %8832 : f32[16] @ models/lib/nn.yaml:90:7
%8842 = cast %8840 : f32[] @ models/lib/nn.yaml:90:7
%8843 = broadcast %8842 : f32[16] @ models/lib/nn.yaml:90:7
%8844 = mul %8841, %8843 : f32[16] @ models/lib/nn.yaml:90:7
%8845 = add %8844, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%8846 = div %8828, %8845 : f32[16] @ models/lib/nn.yaml:90:7
%8847 = cast %8836 : f32[] @ models/lib/nn.yaml:90:7
%8848 = broadcast %8847 : f32[16] @ models/lib/nn.yaml:90:7
%8849 = mul %8846, %8848 : f32[16] @ models/lib/nn.yaml:90:7
%8850 = sub %46, %8849 : f32[16] @ models/lib/nn.yaml:90:7
%8851 = assign %46, %8850 : f32[16] @ models/lib/nn.yaml:90:7
%8852 = assign %8822, %8828 : f32[16] @ models/lib/nn.yaml:90:7
%8853 = assign %8823, %8832 : f32[16] @ models/lib/nn.yaml:90:7
%8854 = assign %8824, %8825 : i64[] @ models/lib/nn.yaml:90:7
%8855 = mul %124, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%8856 = mul %8850, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%8857 = add %8855, %8856 : f32[16] @ models/lib/nn.yaml:90:7
%8858 = assign %124, %8857 : f32[16] @ models/lib/nn.yaml:90:7
%8859 = all_reduce_sum %6001 : f32[64,16] @ models/lib/nn.yaml:79:7
%8860 = reshape %8859 : f32[1024] @ models/lib/nn.yaml:79:7
%8861 = mul %8860, %8860 : f32[1024] @ models/lib/nn.yaml:79:7
%8862 = reduce_sum %8861 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8863 = sqrt %8862 : f32[] @ models/lib/nn.yaml:79:7
%8864 = cast %8863 : f64[] @ models/lib/nn.yaml:79:7
%8865 = add %8864, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8866 = div %6746, %8865 : f64[] @ models/lib/nn.yaml:79:7
%8867 = lt %8866, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8868 = cast %8866 : f32[] @ models/lib/nn.yaml:79:7
%8869 = broadcast %8868 : f32[64,16] @ models/lib/nn.yaml:79:7
%8870 = mul %8859, %8869 : f32[64,16] @ models/lib/nn.yaml:79:7
%8871 = broadcast %8867 : bool[64,16] @ models/lib/nn.yaml:79:7
%8872 = select %8871, %8870, %8859 : f32[64,16] @ models/lib/nn.yaml:79:7
%8873 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8874 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8875 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8876 = add %8875, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8877 = mul %47, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%8878 = mul %8872, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%8879 = mul %8873, %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%8880 = add %8879, %8878 : f32[64,16] @ models/lib/nn.yaml:79:7
%8881 = mul %8872, %8872 : f32[64,16] @ models/lib/nn.yaml:79:7
%8882 = mul %8881, %7382 : f32[64,16] @ models/lib/nn.yaml:79:7
%8883 = mul %8874, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%8884 = add %8883, %8882 : f32[64,16] @ models/lib/nn.yaml:79:7
%8885 = cast %8876 : f64[] @ models/lib/nn.yaml:79:7
%8886 = pow %6767, %8885 : f64[] @ models/lib/nn.yaml:79:7
%8887 = sub %6748, %8886 : f64[] @ models/lib/nn.yaml:79:7
%8888 = div %4169, %8887 : f64[] @ models/lib/nn.yaml:79:7
%8889 = pow %6775, %8885 : f64[] @ models/lib/nn.yaml:79:7
%8890 = sub %6748, %8889 : f64[] @ models/lib/nn.yaml:79:7
%8891 = sqrt %8890 : f64[] @ models/lib/nn.yaml:79:7
%8892 = div %6748, %8891 : f64[] @ models/lib/nn.yaml:79:7
%8893 = sqrt %8884 : f32[64,16] @ models/lib/nn.yaml:79:7
%8894 = cast %8892 : f32[] @ models/lib/nn.yaml:79:7
%8895 = broadcast %8894 : f32[64,16] @ models/lib/nn.yaml:79:7
%8896 = mul %8893, %8895 : f32[64,16] @ models/lib/nn.yaml:79:7
%8897 = add %8896, %7399 : f32[64,16] @ models/lib/nn.yaml:79:7
%8898 = div %8880, %8897 : f32[64,16] @ models/lib/nn.yaml:79:7
%8899 = cast %8888 : f32[] @ models/lib/nn.yaml:79:7
%8900 = broadcast %8899 : f32[64,16] @ models/lib/nn.yaml:79:7
%8901 = mul %8898, %8900 : f32[64,16] @ models/lib/nn.yaml:79:7
%8902 = sub %8877, %8901 : f32[64,16] @ models/lib/nn.yaml:79:7
%8903 = assign %47, %8902 : f32[64,16] @ models/lib/nn.yaml:79:7
%8904 = assign %8873, %8880 : f32[64,16] @ models/lib/nn.yaml:79:7
%8905 = assign %8874, %8884 : f32[64,16] @ models/lib/nn.yaml:79:7
%8906 = assign %8875, %8876 : i64[] @ models/lib/nn.yaml:79:7
%8907 = mul %125, %7410 : f32[64,16] @ models/lib/nn.yaml:79:7
%8908 = mul %8902, %7412 : f32[64,16] @ models/lib/nn.yaml:79:7
%8909 = add %8907, %8908 : f32[64,16] @ models/lib/nn.yaml:79:7
%8910 = assign %125, %8909 : f32[64,16] @ models/lib/nn.yaml:79:7
%8911 = all_reduce_sum %5993 : f32[64] @ models/lib/nn.yaml:80:7
%8912 = mul %8911, %8911 : f32[64] @ models/lib/nn.yaml:80:7
%8913 = reduce_sum %8912 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8914 = sqrt %8913 : f32[] @ models/lib/nn.yaml:80:7
%8915 = cast %8914 : f64[] @ models/lib/nn.yaml:80:7
%8916 = add %8915, %6744 : f64[] @ models/lib/nn.yaml:80:7
%8917 = div %6746, %8916 : f64[] @ models/lib/nn.yaml:80:7
%8918 = lt %8917, %6748 : bool[] @ models/lib/nn.yaml:80:7
%8919 = cast %8917 : f32[] @ models/lib/nn.yaml:80:7
%8920 = broadcast %8919 : f32[64] @ models/lib/nn.yaml:80:7
%8921 = mul %8911, %8920 : f32[64] @ models/lib/nn.yaml:80:7
%8922 = broadcast %8918 : bool[64] @ models/lib/nn.yaml:80:7
%8923 = select %8922, %8921, %8911 : f32[64] @ models/lib/nn.yaml:80:7
%8924 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8925 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8926 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8927 = add %8926, %6758 : i64[] @ models/lib/nn.yaml:80:7
%8928 = mul %8923, %7433 : f32[64] @ models/lib/nn.yaml:80:7
%8929 = mul %8924, %7435 : f32[64] @ models/lib/nn.yaml:80:7
%8930 = add %8929, %8928 : f32[64] @ models/lib/nn.yaml:80:7
%8931 = mul %8923, %8923 : f32[64] @ models/lib/nn.yaml:80:7
%8932 = mul %8931, %7439 : f32[64] @ models/lib/nn.yaml:80:7
%8933 = mul %8925, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%8934 = add %8933, %8932 : f32[64] @ models/lib/nn.yaml:80:7
%8935 = cast %8927 : f64[] @ models/lib/nn.yaml:80:7
%8936 = pow %6767, %8935 : f64[] @ models/lib/nn.yaml:80:7
%8937 = sub %6748, %8936 : f64[] @ models/lib/nn.yaml:80:7
%8938 = div %4169, %8937 : f64[] @ models/lib/nn.yaml:80:7
%8939 = pow %6775, %8935 : f64[] @ models/lib/nn.yaml:80:7
%8940 = sub %6748, %8939 : f64[] @ models/lib/nn.yaml:80:7
%8941 = sqrt %8940 : f64[] @ models/lib/nn.yaml:80:7
%8942 = div %6748, %8941 : f64[] @ models/lib/nn.yaml:80:7
%8943 = sqrt %8934 : f32[64] @ models/lib/nn.yaml:80:7
%8944 = cast %8942 : f32[] @ models/lib/nn.yaml:80:7
%8945 = broadcast %8944 : f32[64] @ models/lib/nn.yaml:80:7
%8946 = mul %8943, %8945 : f32[64] @ models/lib/nn.yaml:80:7
%8947 = add %8946, %7456 : f32[64] @ models/lib/nn.yaml:80:7
%8948 = div %8930, %8947 : f32[64] @ models/lib/nn.yaml:80:7
%8949 = cast %8938 : f32[] @ models/lib/nn.yaml:80:7
%8950 = broadcast %8949 : f32[64] @ models/lib/nn.yaml:80:7
%8951 = mul %8948, %8950 : f32[64] @ models/lib/nn.yaml:80:7
%8952 = sub %48, %8951 : f32[64] @ models/lib/nn.yaml:80:7
%8953 = assign %48, %8952 : f32[64] @ models/lib/nn.yaml:80:7
%8954 = assign %8924, %8930 : f32[64] @ models/lib/nn.yaml:80:7
%8955 = assign %8925, %8934 : f32[64] @ models/lib/nn.yaml:80:7
%8956 = assign %8926, %8927 : i64[] @ models/lib/nn.yaml:80:7
%8957 = mul %126, %7467 : f32[64] @ models/lib/nn.yaml:80:7
%8958 = mul %8952, %7469 : f32[64] @ models/lib/nn.yaml:80:7
%8959 = add %8957, %8958 : f32[64] @ models/lib/nn.yaml:80:7
%8960 = assign %126, %8959 : f32[64] @ models/lib/nn.yaml:80:7
%8961 = all_reduce_sum %5973 : f32[16,64] @ models/lib/nn.yaml:79:7
%8962 = reshape %8961 : f32[1024] @ models/lib/nn.yaml:79:7
%8963 = mul %8962, %8962 : f32[1024] @ models/lib/nn.yaml:79:7
%8964 = reduce_sum %8963 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8965 = sqrt %8964 : f32[] @ models/lib/nn.yaml:79:7
%8966 = cast %8965 : f64[] @ models/lib/nn.yaml:79:7
%8967 = add %8966, %6744 : f64[] @ models/lib/nn.yaml:79:7
%8968 = div %6746, %8967 : f64[] @ models/lib/nn.yaml:79:7
%8969 = lt %8968, %6748 : bool[] @ models/lib/nn.yaml:79:7
%8970 = cast %8968 : f32[] @ models/lib/nn.yaml:79:7
%8971 = broadcast %8970 : f32[16,64] @ models/lib/nn.yaml:79:7
%8972 = mul %8961, %8971 : f32[16,64] @ models/lib/nn.yaml:79:7
%8973 = broadcast %8969 : bool[16,64] @ models/lib/nn.yaml:79:7
%8974 = select %8973, %8972, %8961 : f32[16,64] @ models/lib/nn.yaml:79:7
%8975 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8976 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8977 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8978 = add %8977, %6758 : i64[] @ models/lib/nn.yaml:79:7
%8979 = mul %49, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%8980 = mul %8974, %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%8981 = mul %8975, %7495 : f32[16,64] @ models/lib/nn.yaml:79:7
%8982 = add %8981, %8980 : f32[16,64] @ models/lib/nn.yaml:79:7
%8983 = mul %8974, %8974 : f32[16,64] @ models/lib/nn.yaml:79:7
%8984 = mul %8983, %7499 : f32[16,64] @ models/lib/nn.yaml:79:7
%8985 = mul %8976, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%8986 = add %8985, %8984 : f32[16,64] @ models/lib/nn.yaml:79:7
%8987 = cast %8978 : f64[] @ models/lib/nn.yaml:79:7
%8988 = pow %6767, %8987 : f64[] @ models/lib/nn.yaml:79:7
%8989 = sub %6748, %8988 : f64[] @ models/lib/nn.yaml:79:7
%8990 = div %4169, %8989 : f64[] @ models/lib/nn.yaml:79:7
%8991 = pow %6775, %8987 : f64[] @ models/lib/nn.yaml:79:7
%8992 = sub %6748, %8991 : f64[] @ models/lib/nn.yaml:79:7
%8993 = sqrt %8992 : f64[] @ models/lib/nn.yaml:79:7
%8994 = div %6748, %8993 : f64[] @ models/lib/nn.yaml:79:7
%8995 = sqrt %8986 : f32[16,64] @ models/lib/nn.yaml:79:7
%8996 = cast %8994 : f32[] @ models/lib/nn.yaml:79:7
%8997 = broadcast %8996 : f32[16,64] @ models/lib/nn.yaml:79:7
%8998 = mul %8995, %8997 : f32[16,64] @ models/lib/nn.yaml:79:7
%8999 = add %8998, %7516 : f32[16,64] @ models/lib/nn.yaml:79:7
%9000 = div %8982, %8999 : f32[16,64] @ models/lib/nn.yaml:79:7
%9001 = cast %8990 : f32[] @ models/lib/nn.yaml:79:7
%9002 = broadcast %9001 : f32[16,64] @ models/lib/nn.yaml:79:7
%9003 = mul %9000, %9002 : f32[16,64] @ models/lib/nn.yaml:79:7
%9004 = sub %8979, %9003 : f32[16,64] @ models/lib/nn.yaml:79:7
%9005 = assign %49, %9004 : f32[16,64] @ models/lib/nn.yaml:79:7
%9006 = assign %8975, %8982 : f32[16,64] @ models/lib/nn.yaml:79:7
%9007 = assign %8976, %8986 : f32[16,64] @ models/lib/nn.yaml:79:7
%9008 = assign %8977, %8978 : i64[] @ models/lib/nn.yaml:79:7
%9009 = mul %127, %7527 : f32[16,64] @ models/lib/nn.yaml:79:7
%9010 = mul %9004, %7529 : f32[16,64] @ models/lib/nn.yaml:79:7
%9011 = add %9009, %9010 : f32[16,64] @ models/lib/nn.yaml:79:7
%9012 = assign %127, %9011 : f32[16,64] @ models/lib/nn.yaml:79:7
%9013 = all_reduce_sum %5965 : f32[16] @ models/lib/nn.yaml:80:7
%9014 = mul %9013, %9013 : f32[16] @ models/lib/nn.yaml:80:7
%9015 = reduce_sum %9014 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9016 = sqrt %9015 : f32[] @ models/lib/nn.yaml:80:7
%9017 = cast %9016 : f64[] @ models/lib/nn.yaml:80:7
%9018 = add %9017, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9019 = div %6746, %9018 : f64[] @ models/lib/nn.yaml:80:7
%9020 = lt %9019, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9021 = cast %9019 : f32[] @ models/lib/nn.yaml:80:7
%9022 = broadcast %9021 : f32[16] @ models/lib/nn.yaml:80:7
%9023 = mul %9013, %9022 : f32[16] @ models/lib/nn.yaml:80:7
%9024 = broadcast %9020 : bool[16] @ models/lib/nn.yaml:80:7
%9025 = select %9024, %9023, %9013 : f32[16] @ models/lib/nn.yaml:80:7
%9026 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9027 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9028 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9029 = add %9028, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9030 = mul %9025, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%9031 = mul %9026, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%9032 = add %9031, %9030 : f32[16] @ models/lib/nn.yaml:80:7
%9033 = mul %9025, %9025 : f32[16] @ models/lib/nn.yaml:80:7
%9034 = mul %9033, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%9035 = mul %9027, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9036 = add %9035, %9034 : f32[16] @ models/lib/nn.yaml:80:7
%9037 = cast %9029 : f64[] @ models/lib/nn.yaml:80:7
%9038 = pow %6767, %9037 : f64[] @ models/lib/nn.yaml:80:7
%9039 = sub %6748, %9038 : f64[] @ models/lib/nn.yaml:80:7
%9040 = div %4169, %9039 : f64[] @ models/lib/nn.yaml:80:7
%9041 = pow %6775, %9037 : f64[] @ models/lib/nn.yaml:80:7
%9042 = sub %6748, %9041 : f64[] @ models/lib/nn.yaml:80:7
%9043 = sqrt %9042 : f64[] @ models/lib/nn.yaml:80:7
%9044 = div %6748, %9043 : f64[] @ models/lib/nn.yaml:80:7
%9045 = sqrt %9036 : f32[16] @ models/lib/nn.yaml:80:7
%9046 = cast %9044 : f32[] @ models/lib/nn.yaml:80:7
%9047 = broadcast %9046 : f32[16] @ models/lib/nn.yaml:80:7
%9048 = mul %9045, %9047 : f32[16] @ models/lib/nn.yaml:80:7
%9049 = add %9048, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%9050 = div %9032, %9049 : f32[16] @ models/lib/nn.yaml:80:7
%9051 = cast %9040 : f32[] @ models/lib/nn.yaml:80:7
%9052 = broadcast %9051 : f32[16] @ models/lib/nn.yaml:80:7
%9053 = mul %9050, %9052 : f32[16] @ models/lib/nn.yaml:80:7
%9054 = sub %50, %9053 : f32[16] @ models/lib/nn.yaml:80:7
%9055 = assign %50, %9054 : f32[16] @ models/lib/nn.yaml:80:7
%9056 = assign %9026, %9032 : f32[16] @ models/lib/nn.yaml:80:7
%9057 = assign %9027, %9036 : f32[16] @ models/lib/nn.yaml:80:7
%9058 = assign %9028, %9029 : i64[] @ models/lib/nn.yaml:80:7
%9059 = mul %128, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%9060 = mul %9054, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%9061 = add %9059, %9060 : f32[16] @ models/lib/nn.yaml:80:7
%9062 = assign %128, %9061 : f32[16] @ models/lib/nn.yaml:80:7
%9063 = all_reduce_sum %5939 : f32[16] @ models/lib/nn.yaml:89:7
%9064 = mul %9063, %9063 : f32[16] @ models/lib/nn.yaml:89:7
%9065 = reduce_sum %9064 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9066 = sqrt %9065 : f32[] @ models/lib/nn.yaml:89:7
%9067 = cast %9066 : f64[] @ models/lib/nn.yaml:89:7
%9068 = add %9067, %6744 : f64[] @ models/lib/nn.yaml:89:7
%9069 = div %6746, %9068 : f64[] @ models/lib/nn.yaml:89:7
%9070 = lt %9069, %6748 : bool[] @ models/lib/nn.yaml:89:7
%9071 = cast %9069 : f32[] @ models/lib/nn.yaml:89:7
%9072 = broadcast %9071 : f32[16] @ models/lib/nn.yaml:89:7
%9073 = mul %9063, %9072 : f32[16] @ models/lib/nn.yaml:89:7
%9074 = broadcast %9070 : bool[16] @ models/lib/nn.yaml:89:7
%9075 = select %9074, %9073, %9063 : f32[16] @ models/lib/nn.yaml:89:7
%9076 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9077 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9078 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9079 = add %9078, %6758 : i64[] @ models/lib/nn.yaml:89:7
%9080 = mul %9075, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%9081 = mul %9076, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%9082 = add %9081, %9080 : f32[16] @ models/lib/nn.yaml:89:7
%9083 = mul %9075, %9075 : f32[16] @ models/lib/nn.yaml:89:7
%9084 = mul %9083, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%9085 = mul %9077, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%9086 = add %9085, %9084 : f32[16] @ models/lib/nn.yaml:89:7
%9087 = cast %9079 : f64[] @ models/lib/nn.yaml:89:7
%9088 = pow %6767, %9087 : f64[] @ models/lib/nn.yaml:89:7
%9089 = sub %6748, %9088 : f64[] @ models/lib/nn.yaml:89:7
%9090 = div %4169, %9089 : f64[] @ models/lib/nn.yaml:89:7
%9091 = pow %6775, %9087 : f64[] @ models/lib/nn.yaml:89:7
%9092 = sub %6748, %9091 : f64[] @ models/lib/nn.yaml:89:7
%9093 = sqrt %9092 : f64[] @ models/lib/nn.yaml:89:7
%9094 = div %6748, %9093 : f64[] @ models/lib/nn.yaml:89:7
%9095 = sqrt %9086 : f32[16] @ models/lib/nn.yaml:89:7
%9096 = cast %9094 : f32[] @ models/lib/nn.yaml:89:7
%9097 = broadcast %9096 : f32[16] @ models/lib/nn.yaml:89:7
%9098 = mul %9095, %9097 : f32[16] @ models/lib/nn.yaml:89:7
%9099 = add %9098, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%9100 = div %9082, %9099 : f32[16] @ models/lib/nn.yaml:89:7
%9101 = cast %9090 : f32[] @ models/lib/nn.yaml:89:7
%9102 = broadcast %9101 : f32[16] @ models/lib/nn.yaml:89:7
%9103 = mul %9100, %9102 : f32[16] @ models/lib/nn.yaml:89:7
%9104 = sub %51, %9103 : f32[16] @ models/lib/nn.yaml:89:7
%9105 = assign %51, %9104 : f32[16] @ models/lib/nn.yaml:89:7
%9106 = assign %9076, %9082 : f32[16] @ models/lib/nn.yaml:89:7
%9107 = assign %9077, %9086 : f32[16] @ models/lib/nn.yaml:89:7
%9108 = assign %9078, %9079 : i64[] @ models/lib/nn.yaml:89:7
%9109 = mul %129, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%9110 = mul %9104, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%9111 = add %9109, %9110 : f32[16] @ models/lib/nn.yaml:89:7
%9112 = assign %129, %9111 : f32[16] @ models/lib/nn.yaml:89:7
%9113 = all_reduce_sum %5933 : f32[16] @ models/lib/nn.yaml:90:7
%9114 = mul %9113, %9113 : f32[16] @ models/lib/nn.yaml:90:7
%9115 = reduce_sum %9114 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9116 = sqrt %9115 : f32[] @ models/lib/nn.yaml:90:7
%9117 = cast %9116 : f64[] @ models/lib/nn.yaml:90:7
%9118 = add %9117, %6744 : f64[] @ models/lib/nn.yaml:90:7
%9119 = div %6746, %9118 : f64[] @ models/lib/nn.yaml:90:7
%9120 = lt %9119, %6748 : bool[] @ models/lib/nn.yaml:90:7
%9121 = cast %9119 : f32[] @ models/lib/nn.yaml:90:7
%9122 = broadcast %9121 : f32[16] @ models/lib/nn.yaml:90:7
%9123 = mul %9113, %9122 : f32[16] @ models/lib/nn.yaml:90:7
%9124 = broadcast %9120 : bool[16] @ models/lib/nn.yaml:90:7
%9125 = select %9124, %9123, %9113 : f32[16] @ models/lib/nn.yaml:90:7
%9126 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9127 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9128 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9129 = add %9128, %6758 : i64[] @ models/lib/nn.yaml:90:7
%9130 = mul %9125, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%9131 = mul %9126, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%9132 = add %9131, %9130 : f32[16] @ models/lib/nn.yaml:90:7
%9133 = mul %9125, %9125 : f32[16] @ models/lib/nn.yaml:90:7
%9134 = mul %9133, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%9135 = mul %9127, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%9136 = add %9135, %9134 : f32[16] @ models/lib/nn.yaml:90:7
%9137 = cast %9129 : f64[] @ models/lib/nn.yaml:90:7
%9138 = pow %6767, %9137 : f64[] @ models/lib/nn.yaml:90:7
%9139 = sub %6748, %9138 : f64[] @ models/lib/nn.yaml:90:7
%9140 = div %4169, %9139 : f64[] @ models/lib/nn.yaml:90:7
%9141 = pow %6775, %9137 : f64[] @ models/lib/nn.yaml:90:7
%9142 = sub %6748, %9141 : f64[] @ models/lib/nn.yaml:90:7
%9143 = sqrt %9142 : f64[] @ models/lib/nn.yaml:90:7
%9144 = div %6748, %9143 : f64[] @ models/lib/nn.yaml:90:7
%9145 = sqrt %9136 : f32[16] @ models/lib/nn.yaml:90:7
%9146 = cast %9144 : f32[] @ models/lib/nn.yaml:90:7
%9147 = broadcast %9146 : f32[16] @ models/lib/nn.yaml:90:7
%9148 = mul %9145, %9147 : f32[16] @ models/lib/nn.yaml:90:7
%9149 = add %9148, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%9150 = div %9132, %9149 : f32[16] @ models/lib/nn.yaml:90:7
%9151 = cast %9140 : f32[] @ models/lib/nn.yaml:90:7
%9152 = broadcast %9151 : f32[16] @ models/lib/nn.yaml:90:7
%9153 = mul %9150, %9152 : f32[16] @ models/lib/nn.yaml:90:7
%9154 = sub %52, %9153 : f32[16] @ models/lib/nn.yaml:90:7
%9155 = assign %52, %9154 : f32[16] @ models/lib/nn.yaml:90:7
%9156 = assign %9126, %9132 : f32[16] @ models/lib/nn.yaml:90:7
%9157 = assign %9127, %9136 : f32[16] @ models/lib/nn.yaml:90:7
%9158 = assign %9128, %9129 : i64[] @ models/lib/nn.yaml:90:7
%9159 = mul %130, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%9160 = mul %9154, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%9161 = add %9159, %9160 : f32[16] @ models/lib/nn.yaml:90:7
%9162 = assign %130, %9161 : f32[16] @ models/lib/nn.yaml:90:7
%9163 = all_reduce_sum %5925 : f32[16,16] @ models/lib/nn.yaml:79:7
%9164 = reshape %9163 : f32[256] @ models/lib/nn.yaml:79:7
%9165 = mul %9164, %9164 : f32[256] @ models/lib/nn.yaml:79:7
%9166 = reduce_sum %9165 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9167 = sqrt %9166 : f32[] @ models/lib/nn.yaml:79:7
%9168 = cast %9167 : f64[] @ models/lib/nn.yaml:79:7
%9169 = add %9168, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9170 = div %6746, %9169 : f64[] @ models/lib/nn.yaml:79:7
%9171 = lt %9170, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9172 = cast %9170 : f32[] @ models/lib/nn.yaml:79:7
%9173 = broadcast %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = mul %9163, %9173 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = broadcast %9171 : bool[16,16] @ models/lib/nn.yaml:79:7
%9176 = select %9175, %9174, %9163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9177 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9178 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9179 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9180 = add %9179, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9181 = mul %53, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9182 = mul %9176, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%9183 = mul %9177, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%9184 = add %9183, %9182 : f32[16,16] @ models/lib/nn.yaml:79:7
%9185 = mul %9176, %9176 : f32[16,16] @ models/lib/nn.yaml:79:7
%9186 = mul %9185, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9187 = mul %9178, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9188 = add %9187, %9186 : f32[16,16] @ models/lib/nn.yaml:79:7
%9189 = cast %9180 : f64[] @ models/lib/nn.yaml:79:7
%9190 = pow %6767, %9189 : f64[] @ models/lib/nn.yaml:79:7
%9191 = sub %6748, %9190 : f64[] @ models/lib/nn.yaml:79:7
%9192 = div %4169, %9191 : f64[] @ models/lib/nn.yaml:79:7
%9193 = pow %6775, %9189 : f64[] @ models/lib/nn.yaml:79:7
%9194 = sub %6748, %9193 : f64[] @ models/lib/nn.yaml:79:7
%9195 = sqrt %9194 : f64[] @ models/lib/nn.yaml:79:7
%9196 = div %6748, %9195 : f64[] @ models/lib/nn.yaml:79:7
%9197 = sqrt %9188 : f32[16,16] @ models/lib/nn.yaml:79:7
%9198 = cast %9196 : f32[] @ models/lib/nn.yaml:79:7
%9199 = broadcast %9198 : f32[16,16] @ models/lib/nn.yaml:79:7
%9200 = mul %9197, %9199 : f32[16,16] @ models/lib/nn.yaml:79:7
%9201 = add %9200, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%9202 = div %9184, %9201 : f32[16,16] @ models/lib/nn.yaml:79:7
%9203 = cast %9192 : f32[] @ models/lib/nn.yaml:79:7
%9204 = broadcast %9203 : f32[16,16] @ models/lib/nn.yaml:79:7
%9205 = mul %9202, %9204 : f32[16,16] @ models/lib/nn.yaml:79:7
%9206 = sub %9181, %9205 : f32[16,16] @ models/lib/nn.yaml:79:7
%9207 = assign %53, %9206 : f32[16,16] @ models/lib/nn.yaml:79:7
%9208 = assign %9177, %9184 : f32[16,16] @ models/lib/nn.yaml:79:7
%9209 = assign %9178, %9188 : f32[16,16] @ models/lib/nn.yaml:79:7
%9210 = assign %9179, %9180 : i64[] @ models/lib/nn.yaml:79:7
%9211 = mul %131, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%9212 = mul %9206, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%9213 = add %9211, %9212 : f32[16,16] @ models/lib/nn.yaml:79:7
%9214 = assign %131, %9213 : f32[16,16] @ models/lib/nn.yaml:79:7
%9215 = all_reduce_sum %5916 : f32[16] @ models/lib/nn.yaml:80:7
%9216 = mul %9215, %9215 : f32[16] @ models/lib/nn.yaml:80:7
%9217 = reduce_sum %9216 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9218 = sqrt %9217 : f32[] @ models/lib/nn.yaml:80:7
%9219 = cast %9218 : f64[] @ models/lib/nn.yaml:80:7
%9220 = add %9219, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9221 = div %6746, %9220 : f64[] @ models/lib/nn.yaml:80:7
%9222 = lt %9221, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9223 = cast %9221 : f32[] @ models/lib/nn.yaml:80:7
%9224 = broadcast %9223 : f32[16] @ models/lib/nn.yaml:80:7
%9225 = mul %9215, %9224 : f32[16] @ models/lib/nn.yaml:80:7
%9226 = broadcast %9222 : bool[16] @ models/lib/nn.yaml:80:7
%9227 = select %9226, %9225, %9215 : f32[16] @ models/lib/nn.yaml:80:7
%9228 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9229 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9230 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9231 = add %9230, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9232 = mul %9227, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%9233 = mul %9228, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%9234 = add %9233, %9232 : f32[16] @ models/lib/nn.yaml:80:7
%9235 = mul %9227, %9227 : f32[16] @ models/lib/nn.yaml:80:7
%9236 = mul %9235, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%9237 = mul %9229, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = add %9237, %9236 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = cast %9231 : f64[] @ models/lib/nn.yaml:80:7
%9240 = pow %6767, %9239 : f64[] @ models/lib/nn.yaml:80:7
%9241 = sub %6748, %9240 : f64[] @ models/lib/nn.yaml:80:7
%9242 = div %4169, %9241 : f64[] @ models/lib/nn.yaml:80:7
%9243 = pow %6775, %9239 : f64[] @ models/lib/nn.yaml:80:7
%9244 = sub %6748, %9243 : f64[] @ models/lib/nn.yaml:80:7
%9245 = sqrt %9244 : f64[] @ models/lib/nn.yaml:80:7
%9246 = div %6748, %9245 : f64[] @ models/lib/nn.yaml:80:7
%9247 = sqrt %9238 : f32[16] @ models/lib/nn.yaml:80:7
%9248 = cast %9246 : f32[] @ models/lib/nn.yaml:80:7
%9249 = broadcast %9248 : f32[16] @ models/lib/nn.yaml:80:7
%9250 = mul %9247, %9249 : f32[16] @ models/lib/nn.yaml:80:7
%9251 = add %9250, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%9252 = div %9234, %9251 : f32[16] @ models/lib/nn.yaml:80:7
%9253 = cast %9242 : f32[] @ models/lib/nn.yaml:80:7
%9254 = broadcast %9253 : f32[16] @ models/lib/nn.yaml:80:7
%9255 = mul %9252, %9254 : f32[16] @ models/lib/nn.yaml:80:7
%9256 = sub %54, %9255 : f32[16] @ models/lib/nn.yaml:80:7
%9257 = assign %54, %9256 : f32[16] @ models/lib/nn.yaml:80:7
%9258 = assign %9228, %9234 : f32[16] @ models/lib/nn.yaml:80:7
%9259 = assign %9229, %9238 : f32[16] @ models/lib/nn.yaml:80:7
%9260 = assign %9230, %9231 : i64[] @ models/lib/nn.yaml:80:7
%9261 = mul %132, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%9262 = mul %9256, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%9263 = add %9261, %9262 : f32[16] @ models/lib/nn.yaml:80:7
%9264 = assign %132, %9263 : f32[16] @ models/lib/nn.yaml:80:7
%9265 = all_reduce_sum %5910 : f32[16,16] @ models/lib/nn.yaml:79:7
%9266 = reshape %9265 : f32[256] @ models/lib/nn.yaml:79:7
%9267 = mul %9266, %9266 : f32[256] @ models/lib/nn.yaml:79:7
%9268 = reduce_sum %9267 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9269 = sqrt %9268 : f32[] @ models/lib/nn.yaml:79:7
%9270 = cast %9269 : f64[] @ models/lib/nn.yaml:79:7
%9271 = add %9270, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9272 = div %6746, %9271 : f64[] @ models/lib/nn.yaml:79:7
%9273 = lt %9272, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9274 = cast %9272 : f32[] @ models/lib/nn.yaml:79:7
%9275 = broadcast %9274 : f32[16,16] @ models/lib/nn.yaml:79:7
%9276 = mul %9265, %9275 : f32[16,16] @ models/lib/nn.yaml:79:7
%9277 = broadcast %9273 : bool[16,16] @ models/lib/nn.yaml:79:7
%9278 = select %9277, %9276, %9265 : f32[16,16] @ models/lib/nn.yaml:79:7
%9279 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9280 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9281 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9282 = add %9281, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9283 = mul %55, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9284 = mul %9278, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%9285 = mul %9279, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%9286 = add %9285, %9284 : f32[16,16] @ models/lib/nn.yaml:79:7
%9287 = mul %9278, %9278 : f32[16,16] @ models/lib/nn.yaml:79:7
%9288 = mul %9287, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9289 = mul %9280, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9290 = add %9289, %9288 : f32[16,16] @ models/lib/nn.yaml:79:7
%9291 = cast %9282 : f64[] @ models/lib/nn.yaml:79:7
%9292 = pow %6767, %9291 : f64[] @ models/lib/nn.yaml:79:7
%9293 = sub %6748, %9292 : f64[] @ models/lib/nn.yaml:79:7
%9294 = div %4169, %9293 : f64[] @ models/lib/nn.yaml:79:7
%9295 = pow %6775, %9291 : f64[] @ models/lib/nn.yaml:79:7
%9296 = sub %6748, %9295 : f64[] @ models/lib/nn.yaml:79:7
%9297 = sqrt %9296 : f64[] @ models/lib/nn.yaml:79:7
%9298 = div %6748, %9297 : f64[] @ models/lib/nn.yaml:79:7
%9299 = sqrt %9290 : f32[16,16] @ models/lib/nn.yaml:79:7
%9300 = cast %9298 : f32[] @ models/lib/nn.yaml:79:7
%9301 = broadcast %9300 : f32[16,16] @ models/lib/nn.yaml:79:7
%9302 = mul %9299, %9301 : f32[16,16] @ models/lib/nn.yaml:79:7
%9303 = add %9302, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%9304 = div %9286, %9303 : f32[16,16] @ models/lib/nn.yaml:79:7
%9305 = cast %9294 : f32[] @ models/lib/nn.yaml:79:7
%9306 = broadcast %9305 : f32[16,16] @ models/lib/nn.yaml:79:7
%9307 = mul %9304, %9306 : f32[16,16] @ models/lib/nn.yaml:79:7
%9308 = sub %9283, %9307 : f32[16,16] @ models/lib/nn.yaml:79:7
%9309 = assign %55, %9308 : f32[16,16] @ models/lib/nn.yaml:79:7
%9310 = assign %9279, %9286 : f32[16,16] @ models/lib/nn.yaml:79:7
%9311 = assign %9280, %9290 : f32[16,16] @ models/lib/nn.yaml:79:7
%9312 = assign %9281, %9282 : i64[] @ models/lib/nn.yaml:79:7
%9313 = mul %133, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%9314 = mul %9308, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%9315 = add %9313, %9314 : f32[16,16] @ models/lib/nn.yaml:79:7
%9316 = assign %133, %9315 : f32[16,16] @ models/lib/nn.yaml:79:7
%9317 = all_reduce_sum %5899 : f32[16] @ models/lib/nn.yaml:80:7
%9318 = mul %9317, %9317 : f32[16] @ models/lib/nn.yaml:80:7
%9319 = reduce_sum %9318 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9320 = sqrt %9319 : f32[] @ models/lib/nn.yaml:80:7
%9321 = cast %9320 : f64[] @ models/lib/nn.yaml:80:7
%9322 = add %9321, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9323 = div %6746, %9322 : f64[] @ models/lib/nn.yaml:80:7
%9324 = lt %9323, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9325 = cast %9323 : f32[] @ models/lib/nn.yaml:80:7
%9326 = broadcast %9325 : f32[16] @ models/lib/nn.yaml:80:7
%9327 = mul %9317, %9326 : f32[16] @ models/lib/nn.yaml:80:7
%9328 = broadcast %9324 : bool[16] @ models/lib/nn.yaml:80:7
%9329 = select %9328, %9327, %9317 : f32[16] @ models/lib/nn.yaml:80:7
%9330 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9331 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9332 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9333 = add %9332, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9334 = mul %9329, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%9335 = mul %9330, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%9336 = add %9335, %9334 : f32[16] @ models/lib/nn.yaml:80:7
%9337 = mul %9329, %9329 : f32[16] @ models/lib/nn.yaml:80:7
%9338 = mul %9337, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%9339 = mul %9331, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9340 = add %9339, %9338 : f32[16] @ models/lib/nn.yaml:80:7
%9341 = cast %9333 : f64[] @ models/lib/nn.yaml:80:7
%9342 = pow %6767, %9341 : f64[] @ models/lib/nn.yaml:80:7
%9343 = sub %6748, %9342 : f64[] @ models/lib/nn.yaml:80:7
%9344 = div %4169, %9343 : f64[] @ models/lib/nn.yaml:80:7
%9345 = pow %6775, %9341 : f64[] @ models/lib/nn.yaml:80:7
%9346 = sub %6748, %9345 : f64[] @ models/lib/nn.yaml:80:7
%9347 = sqrt %9346 : f64[] @ models/lib/nn.yaml:80:7
%9348 = div %6748, %9347 : f64[] @ models/lib/nn.yaml:80:7
%9349 = sqrt %9340 : f32[16] @ models/lib/nn.yaml:80:7
%9350 = cast %9348 : f32[] @ models/lib/nn.yaml:80:7
%9351 = broadcast %9350 : f32[16] @ models/lib/nn.yaml:80:7
%9352 = mul %9349, %9351 : f32[16] @ models/lib/nn.yaml:80:7
%9353 = add %9352, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%9354 = div %9336, %9353 : f32[16] @ models/lib/nn.yaml:80:7
%9355 = cast %9344 : f32[] @ models/lib/nn.yaml:80:7
%9356 = broadcast %9355 : f32[16] @ models/lib/nn.yaml:80:7
%9357 = mul %9354, %9356 : f32[16] @ models/lib/nn.yaml:80:7
%9358 = sub %56, %9357 : f32[16] @ models/lib/nn.yaml:80:7
%9359 = assign %56, %9358 : f32[16] @ models/lib/nn.yaml:80:7
%9360 = assign %9330, %9336 : f32[16] @ models/lib/nn.yaml:80:7
%9361 = assign %9331, %9340 : f32[16] @ models/lib/nn.yaml:80:7
%9362 = assign %9332, %9333 : i64[] @ models/lib/nn.yaml:80:7
%9363 = mul %134, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%9364 = mul %9358, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%9365 = add %9363, %9364 : f32[16] @ models/lib/nn.yaml:80:7
%9366 = assign %134, %9365 : f32[16] @ models/lib/nn.yaml:80:7
%9367 = all_reduce_sum %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%9368 = reshape %9367 : f32[256] @ models/lib/nn.yaml:79:7
%9369 = mul %9368, %9368 : f32[256] @ models/lib/nn.yaml:79:7
%9370 = reduce_sum %9369 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9371 = sqrt %9370 : f32[] @ models/lib/nn.yaml:79:7
%9372 = cast %9371 : f64[] @ models/lib/nn.yaml:79:7
%9373 = add %9372, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9374 = div %6746, %9373 : f64[] @ models/lib/nn.yaml:79:7
%9375 = lt %9374, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9376 = cast %9374 : f32[] @ models/lib/nn.yaml:79:7
%9377 = broadcast %9376 : f32[16,16] @ models/lib/nn.yaml:79:7
%9378 = mul %9367, %9377 : f32[16,16] @ models/lib/nn.yaml:79:7
%9379 = broadcast %9375 : bool[16,16] @ models/lib/nn.yaml:79:7
%9380 = select %9379, %9378, %9367 : f32[16,16] @ models/lib/nn.yaml:79:7
%9381 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9382 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9383 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9384 = add %9383, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9385 = mul %57, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9386 = mul %9380, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%9387 = mul %9381, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%9388 = add %9387, %9386 : f32[16,16] @ models/lib/nn.yaml:79:7
%9389 = mul %9380, %9380 : f32[16,16] @ models/lib/nn.yaml:79:7
%9390 = mul %9389, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9391 = mul %9382, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9392 = add %9391, %9390 : f32[16,16] @ models/lib/nn.yaml:79:7
%9393 = cast %9384 : f64[] @ models/lib/nn.yaml:79:7
%9394 = pow %6767, %9393 : f64[] @ models/lib/nn.yaml:79:7
%9395 = sub %6748, %9394 : f64[] @ models/lib/nn.yaml:79:7
%9396 = div %4169, %9395 : f64[] @ models/lib/nn.yaml:79:7
%9397 = pow %6775, %9393 : f64[] @ models/lib/nn.yaml:79:7
%9398 = sub %6748, %9397 : f64[] @ models/lib/nn.yaml:79:7
%9399 = sqrt %9398 : f64[] @ models/lib/nn.yaml:79:7
%9400 = div %6748, %9399 : f64[] @ models/lib/nn.yaml:79:7
%9401 = sqrt %9392 : f32[16,16] @ models/lib/nn.yaml:79:7
%9402 = cast %9400 : f32[] @ models/lib/nn.yaml:79:7
%9403 = broadcast %9402 : f32[16,16] @ models/lib/nn.yaml:79:7
%9404 = mul %9401, %9403 : f32[16,16] @ models/lib/nn.yaml:79:7
%9405 = add %9404, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%9406 = div %9388, %9405 : f32[16,16] @ models/lib/nn.yaml:79:7
%9407 = cast %9396 : f32[] @ models/lib/nn.yaml:79:7
%9408 = broadcast %9407 : f32[16,16] @ models/lib/nn.yaml:79:7
%9409 = mul %9406, %9408 : f32[16,16] @ models/lib/nn.yaml:79:7
%9410 = sub %9385, %9409 : f32[16,16] @ models/lib/nn.yaml:79:7
%9411 = assign %57, %9410 : f32[16,16] @ models/lib/nn.yaml:79:7
%9412 = assign %9381, %9388 : f32[16,16] @ models/lib/nn.yaml:79:7
%9413 = assign %9382, %9392 : f32[16,16] @ models/lib/nn.yaml:79:7
%9414 = assign %9383, %9384 : i64[] @ models/lib/nn.yaml:79:7
%9415 = mul %135, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%9416 = mul %9410, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%9417 = add %9415, %9416 : f32[16,16] @ models/lib/nn.yaml:79:7
%9418 = assign %135, %9417 : f32[16,16] @ models/lib/nn.yaml:79:7
%9419 = all_reduce_sum %5882 : f32[16] @ models/lib/nn.yaml:80:7
%9420 = mul %9419, %9419 : f32[16] @ models/lib/nn.yaml:80:7
%9421 = reduce_sum %9420 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9422 = sqrt %9421 : f32[] @ models/lib/nn.yaml:80:7
%9423 = cast %9422 : f64[] @ models/lib/nn.yaml:80:7
%9424 = add %9423, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9425 = div %6746, %9424 : f64[] @ models/lib/nn.yaml:80:7
%9426 = lt %9425, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9427 = cast %9425 : f32[] @ models/lib/nn.yaml:80:7
%9428 = broadcast %9427 : f32[16] @ models/lib/nn.yaml:80:7
%9429 = mul %9419, %9428 : f32[16] @ models/lib/nn.yaml:80:7
%9430 = broadcast %9426 : bool[16] @ models/lib/nn.yaml:80:7
%9431 = select %9430, %9429, %9419 : f32[16] @ models/lib/nn.yaml:80:7
%9432 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9433 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9434 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9435 = add %9434, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9436 = mul %9431, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%9437 = mul %9432, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%9438 = add %9437, %9436 : f32[16] @ models/lib/nn.yaml:80:7
%9439 = mul %9431, %9431 : f32[16] @ models/lib/nn.yaml:80:7
%9440 = mul %9439, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%9441 = mul %9433, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9442 = add %9441, %9440 : f32[16] @ models/lib/nn.yaml:80:7
%9443 = cast %9435 : f64[] @ models/lib/nn.yaml:80:7
%9444 = pow %6767, %9443 : f64[] @ models/lib/nn.yaml:80:7
%9445 = sub %6748, %9444 : f64[] @ models/lib/nn.yaml:80:7
%9446 = div %4169, %9445 : f64[] @ models/lib/nn.yaml:80:7
%9447 = pow %6775, %9443 : f64[] @ models/lib/nn.yaml:80:7
%9448 = sub %6748, %9447 : f64[] @ models/lib/nn.yaml:80:7
%9449 = sqrt %9448 : f64[] @ models/lib/nn.yaml:80:7
%9450 = div %6748, %9449 : f64[] @ models/lib/nn.yaml:80:7
%9451 = sqrt %9442 : f32[16] @ models/lib/nn.yaml:80:7
%9452 = cast %9450 : f32[] @ models/lib/nn.yaml:80:7
%9453 = broadcast %9452 : f32[16] @ models/lib/nn.yaml:80:7
%9454 = mul %9451, %9453 : f32[16] @ models/lib/nn.yaml:80:7
%9455 = add %9454, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%9456 = div %9438, %9455 : f32[16] @ models/lib/nn.yaml:80:7
%9457 = cast %9446 : f32[] @ models/lib/nn.yaml:80:7
%9458 = broadcast %9457 : f32[16] @ models/lib/nn.yaml:80:7
%9459 = mul %9456, %9458 : f32[16] @ models/lib/nn.yaml:80:7
%9460 = sub %58, %9459 : f32[16] @ models/lib/nn.yaml:80:7
%9461 = assign %58, %9460 : f32[16] @ models/lib/nn.yaml:80:7
%9462 = assign %9432, %9438 : f32[16] @ models/lib/nn.yaml:80:7
%9463 = assign %9433, %9442 : f32[16] @ models/lib/nn.yaml:80:7
%9464 = assign %9434, %9435 : i64[] @ models/lib/nn.yaml:80:7
%9465 = mul %136, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%9466 = mul %9460, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%9467 = add %9465, %9466 : f32[16] @ models/lib/nn.yaml:80:7
%9468 = assign %136, %9467 : f32[16] @ models/lib/nn.yaml:80:7
%9469 = all_reduce_sum %5781 : f32[16,16] @ models/lib/nn.yaml:79:7
%9470 = reshape %9469 : f32[256] @ models/lib/nn.yaml:79:7
%9471 = mul %9470, %9470 : f32[256] @ models/lib/nn.yaml:79:7
%9472 = reduce_sum %9471 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9473 = sqrt %9472 : f32[] @ models/lib/nn.yaml:79:7
%9474 = cast %9473 : f64[] @ models/lib/nn.yaml:79:7
%9475 = add %9474, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9476 = div %6746, %9475 : f64[] @ models/lib/nn.yaml:79:7
%9477 = lt %9476, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9478 = cast %9476 : f32[] @ models/lib/nn.yaml:79:7
%9479 = broadcast %9478 : f32[16,16] @ models/lib/nn.yaml:79:7
%9480 = mul %9469, %9479 : f32[16,16] @ models/lib/nn.yaml:79:7
%9481 = broadcast %9477 : bool[16,16] @ models/lib/nn.yaml:79:7
%9482 = select %9481, %9480, %9469 : f32[16,16] @ models/lib/nn.yaml:79:7
%9483 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9484 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9485 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9486 = add %9485, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9487 = mul %59, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9488 = mul %9482, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%9489 = mul %9483, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%9490 = add %9489, %9488 : f32[16,16] @ models/lib/nn.yaml:79:7
%9491 = mul %9482, %9482 : f32[16,16] @ models/lib/nn.yaml:79:7
%9492 = mul %9491, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9493 = mul %9484, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9494 = add %9493, %9492 : f32[16,16] @ models/lib/nn.yaml:79:7
%9495 = cast %9486 : f64[] @ models/lib/nn.yaml:79:7
%9496 = pow %6767, %9495 : f64[] @ models/lib/nn.yaml:79:7
%9497 = sub %6748, %9496 : f64[] @ models/lib/nn.yaml:79:7
%9498 = div %4169, %9497 : f64[] @ models/lib/nn.yaml:79:7
%9499 = pow %6775, %9495 : f64[] @ models/lib/nn.yaml:79:7
%9500 = sub %6748, %9499 : f64[] @ models/lib/nn.yaml:79:7
%9501 = sqrt %9500 : f64[] @ models/lib/nn.yaml:79:7
%9502 = div %6748, %9501 : f64[] @ models/lib/nn.yaml:79:7
%9503 = sqrt %9494 : f32[16,16] @ models/lib/nn.yaml:79:7
%9504 = cast %9502 : f32[] @ models/lib/nn.yaml:79:7
%9505 = broadcast %9504 : f32[16,16] @ models/lib/nn.yaml:79:7
%9506 = mul %9503, %9505 : f32[16,16] @ models/lib/nn.yaml:79:7
%9507 = add %9506, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%9508 = div %9490, %9507 : f32[16,16] @ models/lib/nn.yaml:79:7
%9509 = cast %9498 : f32[] @ models/lib/nn.yaml:79:7
%9510 = broadcast %9509 : f32[16,16] @ models/lib/nn.yaml:79:7
%9511 = mul %9508, %9510 : f32[16,16] @ models/lib/nn.yaml:79:7
%9512 = sub %9487, %9511 : f32[16,16] @ models/lib/nn.yaml:79:7
%9513 = assign %59, %9512 : f32[16,16] @ models/lib/nn.yaml:79:7
%9514 = assign %9483, %9490 : f32[16,16] @ models/lib/nn.yaml:79:7
%9515 = assign %9484, %9494 : f32[16,16] @ models/lib/nn.yaml:79:7
%9516 = assign %9485, %9486 : i64[] @ models/lib/nn.yaml:79:7
%9517 = mul %137, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%9518 = mul %9512, %7202 : f32[16,16] @ models/lib/nn.yaml:79:7
%9519 = add %9517, %9518 : f32[16,16] @ models/lib/nn.yaml:79:7
%9520 = assign %137, %9519 : f32[16,16] @ models/lib/nn.yaml:79:7
%9521 = all_reduce_sum %5773 : f32[16] @ models/lib/nn.yaml:80:7
%9522 = mul %9521, %9521 : f32[16] @ models/lib/nn.yaml:80:7
%9523 = reduce_sum %9522 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9524 = sqrt %9523 : f32[] @ models/lib/nn.yaml:80:7
%9525 = cast %9524 : f64[] @ models/lib/nn.yaml:80:7
%9526 = add %9525, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9527 = div %6746, %9526 : f64[] @ models/lib/nn.yaml:80:7
%9528 = lt %9527, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9529 = cast %9527 : f32[] @ models/lib/nn.yaml:80:7
%9530 = broadcast %9529 : f32[16] @ models/lib/nn.yaml:80:7
%9531 = mul %9521, %9530 : f32[16] @ models/lib/nn.yaml:80:7
%9532 = broadcast %9528 : bool[16] @ models/lib/nn.yaml:80:7
%9533 = select %9532, %9531, %9521 : f32[16] @ models/lib/nn.yaml:80:7
%9534 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9535 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9536 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9537 = add %9536, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9538 = mul %9533, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%9539 = mul %9534, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%9540 = add %9539, %9538 : f32[16] @ models/lib/nn.yaml:80:7
%9541 = mul %9533, %9533 : f32[16] @ models/lib/nn.yaml:80:7
%9542 = mul %9541, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%9543 = mul %9535, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9544 = add %9543, %9542 : f32[16] @ models/lib/nn.yaml:80:7
%9545 = cast %9537 : f64[] @ models/lib/nn.yaml:80:7
%9546 = pow %6767, %9545 : f64[] @ models/lib/nn.yaml:80:7
%9547 = sub %6748, %9546 : f64[] @ models/lib/nn.yaml:80:7
%9548 = div %4169, %9547 : f64[] @ models/lib/nn.yaml:80:7
%9549 = pow %6775, %9545 : f64[] @ models/lib/nn.yaml:80:7
%9550 = sub %6748, %9549 : f64[] @ models/lib/nn.yaml:80:7
%9551 = sqrt %9550 : f64[] @ models/lib/nn.yaml:80:7
%9552 = div %6748, %9551 : f64[] @ models/lib/nn.yaml:80:7
%9553 = sqrt %9544 : f32[16] @ models/lib/nn.yaml:80:7
%9554 = cast %9552 : f32[] @ models/lib/nn.yaml:80:7
%9555 = broadcast %9554 : f32[16] @ models/lib/nn.yaml:80:7
%9556 = mul %9553, %9555 : f32[16] @ models/lib/nn.yaml:80:7
%9557 = add %9556, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%9558 = div %9540, %9557 : f32[16] @ models/lib/nn.yaml:80:7
%9559 = cast %9548 : f32[] @ models/lib/nn.yaml:80:7
%9560 = broadcast %9559 : f32[16] @ models/lib/nn.yaml:80:7
%9561 = mul %9558, %9560 : f32[16] @ models/lib/nn.yaml:80:7
%9562 = sub %60, %9561 : f32[16] @ models/lib/nn.yaml:80:7
%9563 = assign %60, %9562 : f32[16] @ models/lib/nn.yaml:80:7
%9564 = assign %9534, %9540 : f32[16] @ models/lib/nn.yaml:80:7
%9565 = assign %9535, %9544 : f32[16] @ models/lib/nn.yaml:80:7
%9566 = assign %9536, %9537 : i64[] @ models/lib/nn.yaml:80:7
%9567 = mul %138, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%9568 = mul %9562, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%9569 = add %9567, %9568 : f32[16] @ models/lib/nn.yaml:80:7
%9570 = assign %138, %9569 : f32[16] @ models/lib/nn.yaml:80:7
%9571 = all_reduce_sum %5752 : f32[16] @ models/lib/nn.yaml:89:7
%9572 = mul %9571, %9571 : f32[16] @ models/lib/nn.yaml:89:7
%9573 = reduce_sum %9572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9574 = sqrt %9573 : f32[] @ models/lib/nn.yaml:89:7
%9575 = cast %9574 : f64[] @ models/lib/nn.yaml:89:7
%9576 = add %9575, %6744 : f64[] @ models/lib/nn.yaml:89:7
%9577 = div %6746, %9576 : f64[] @ models/lib/nn.yaml:89:7
%9578 = lt %9577, %6748 : bool[] @ models/lib/nn.yaml:89:7
%9579 = cast %9577 : f32[] @ models/lib/nn.yaml:89:7
%9580 = broadcast %9579 : f32[16] @ models/lib/nn.yaml:89:7
%9581 = mul %9571, %9580 : f32[16] @ models/lib/nn.yaml:89:7
%9582 = broadcast %9578 : bool[16] @ models/lib/nn.yaml:89:7
%9583 = select %9582, %9581, %9571 : f32[16] @ models/lib/nn.yaml:89:7
%9584 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9585 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9586 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9587 = add %9586, %6758 : i64[] @ models/lib/nn.yaml:89:7
%9588 = mul %9583, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%9589 = mul %9584, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%9590 = add %9589, %9588 : f32[16] @ models/lib/nn.yaml:89:7
%9591 = mul %9583, %9583 : f32[16] @ models/lib/nn.yaml:89:7
%9592 = mul %9591, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%9593 = mul %9585, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%9594 = add %9593, %9592 : f32[16] @ models/lib/nn.yaml:89:7
%9595 = cast %9587 : f64[] @ models/lib/nn.yaml:89:7
%9596 = pow %6767, %9595 : f64[] @ models/lib/nn.yaml:89:7
%9597 = sub %6748, %9596 : f64[] @ models/lib/nn.yaml:89:7
%9598 = div %4169, %9597 : f64[] @ models/lib/nn.yaml:89:7
%9599 = pow %6775, %9595 : f64[] @ models/lib/nn.yaml:89:7
%9600 = sub %6748, %9599 : f64[] @ models/lib/nn.yaml:89:7
%9601 = sqrt %9600 : f64[] @ models/lib/nn.yaml:89:7
%9602 = div %6748, %9601 : f64[] @ models/lib/nn.yaml:89:7
%9603 = sqrt %9594 : f32[16] @ models/lib/nn.yaml:89:7
%9604 = cast %9602 : f32[] @ models/lib/nn.yaml:89:7
%9605 = broadcast %9604 : f32[16] @ models/lib/nn.yaml:89:7
%9606 = mul %9603, %9605 : f32[16] @ models/lib/nn.yaml:89:7
%9607 = add %9606, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%9608 = div %9590, %9607 : f32[16] @ models/lib/nn.yaml:89:7
%9609 = cast %9598 : f32[] @ models/lib/nn.yaml:89:7
%9610 = broadcast %9609 : f32[16] @ models/lib/nn.yaml:89:7
%9611 = mul %9608, %9610 : f32[16] @ models/lib/nn.yaml:89:7
%9612 = sub %61, %9611 : f32[16] @ models/lib/nn.yaml:89:7
%9613 = assign %61, %9612 : f32[16] @ models/lib/nn.yaml:89:7
%9614 = assign %9584, %9590 : f32[16] @ models/lib/nn.yaml:89:7
%9615 = assign %9585, %9594 : f32[16] @ models/lib/nn.yaml:89:7
%9616 = assign %9586, %9587 : i64[] @ models/lib/nn.yaml:89:7
%9617 = mul %139, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%9618 = mul %9612, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%9619 = add %9617, %9618 : f32[16] @ models/lib/nn.yaml:89:7
%9620 = assign %139, %9619 : f32[16] @ models/lib/nn.yaml:89:7
%9621 = all_reduce_sum %5745 : f32[16] @ models/lib/nn.yaml:90:7
%9622 = mul %9621, %9621 : f32[16] @ models/lib/nn.yaml:90:7
%9623 = reduce_sum %9622 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9624 = sqrt %9623 : f32[] @ models/lib/nn.yaml:90:7
%9625 = cast %9624 : f64[] @ models/lib/nn.yaml:90:7
%9626 = add %9625, %6744 : f64[] @ models/lib/nn.yaml:90:7
%9627 = div %6746, %9626 : f64[] @ models/lib/nn.yaml:90:7
%9628 = lt %9627, %6748 : bool[] @ models/lib/nn.yaml:90:7
%9629 = cast %9627 : f32[] @ models/lib/nn.yaml:90:7
%9630 = broadcast %9629 : f32[16] @ models/lib/nn.yaml:90:7
%9631 = mul %9621, %9630 : f32[16] @ models/lib/nn.yaml:90:7
%9632 = broadcast %9628 : bool[16] @ models/lib/nn.yaml:90:7
%9633 = select %9632, %9631, %9621 : f32[16] @ models/lib/nn.yaml:90:7
%9634 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9635 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9636 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9637 = add %9636, %6758 : i64[] @ models/lib/nn.yaml:90:7
%9638 = mul %9633, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%9639 = mul %9634, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%9640 = add %9639, %9638 : f32[16] @ models/lib/nn.yaml:90:7
%9641 = mul %9633, %9633 : f32[16] @ models/lib/nn.yaml:90:7
%9642 = mul %9641, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%9643 = mul %9635, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%9644 = add %9643, %9642 : f32[16] @ models/lib/nn.yaml:90:7
%9645 = cast %9637 : f64[] @ models/lib/nn.yaml:90:7
%9646 = pow %6767, %9645 : f64[] @ models/lib/nn.yaml:90:7
%9647 = sub %6748, %9646 : f64[] @ models/lib/nn.yaml:90:7
%9648 = div %4169, %9647 : f64[] @ models/lib/nn.yaml:90:7
%9649 = pow %6775, %9645 : f64[] @ models/lib/nn.yaml:90:7
%9650 = sub %6748, %9649 : f64[] @ models/lib/nn.yaml:90:7
%9651 = sqrt %9650 : f64[] @ models/lib/nn.yaml:90:7
%9652 = div %6748, %9651 : f64[] @ models/lib/nn.yaml:90:7
%9653 = sqrt %9644 : f32[16] @ models/lib/nn.yaml:90:7
%9654 = cast %9652 : f32[] @ models/lib/nn.yaml:90:7
%9655 = broadcast %9654 : f32[16] @ models/lib/nn.yaml:90:7
%9656 = mul %9653, %9655 : f32[16] @ models/lib/nn.yaml:90:7
%9657 = add %9656, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%9658 = div %9640, %9657 : f32[16] @ models/lib/nn.yaml:90:7
%9659 = cast %9648 : f32[] @ models/lib/nn.yaml:90:7
%9660 = broadcast %9659 : f32[16] @ models/lib/nn.yaml:90:7
%9661 = mul %9658, %9660 : f32[16] @ models/lib/nn.yaml:90:7
%9662 = sub %62, %9661 : f32[16] @ models/lib/nn.yaml:90:7
%9663 = assign %62, %9662 : f32[16] @ models/lib/nn.yaml:90:7
%9664 = assign %9634, %9640 : f32[16] @ models/lib/nn.yaml:90:7
%9665 = assign %9635, %9644 : f32[16] @ models/lib/nn.yaml:90:7
%9666 = assign %9636, %9637 : i64[] @ models/lib/nn.yaml:90:7
%9667 = mul %140, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%9668 = mul %9662, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%9669 = add %9667, %9668 : f32[16] @ models/lib/nn.yaml:90:7
%9670 = assign %140, %9669 : f32[16] @ models/lib/nn.yaml:90:7
%9671 = all_reduce_sum %5741 : f32[64,16] @ models/lib/nn.yaml:79:7
%9672 = reshape %9671 : f32[1024] @ models/lib/nn.yaml:79:7
%9673 = mul %9672, %9672 : f32[1024] @ models/lib/nn.yaml:79:7
%9674 = reduce_sum %9673 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9675 = sqrt %9674 : f32[] @ models/lib/nn.yaml:79:7
%9676 = cast %9675 : f64[] @ models/lib/nn.yaml:79:7
%9677 = add %9676, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9678 = div %6746, %9677 : f64[] @ models/lib/nn.yaml:79:7
%9679 = lt %9678, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9680 = cast %9678 : f32[] @ models/lib/nn.yaml:79:7
%9681 = broadcast %9680 : f32[64,16] @ models/lib/nn.yaml:79:7
%9682 = mul %9671, %9681 : f32[64,16] @ models/lib/nn.yaml:79:7
%9683 = broadcast %9679 : bool[64,16] @ models/lib/nn.yaml:79:7
%9684 = select %9683, %9682, %9671 : f32[64,16] @ models/lib/nn.yaml:79:7
%9685 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9686 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9687 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9688 = add %9687, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9689 = mul %63, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%9690 = mul %9684, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%9691 = mul %9685, %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%9692 = add %9691, %9690 : f32[64,16] @ models/lib/nn.yaml:79:7
%9693 = mul %9684, %9684 : f32[64,16] @ models/lib/nn.yaml:79:7
%9694 = mul %9693, %7382 : f32[64,16] @ models/lib/nn.yaml:79:7
%9695 = mul %9686, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%9696 = add %9695, %9694 : f32[64,16] @ models/lib/nn.yaml:79:7
%9697 = cast %9688 : f64[] @ models/lib/nn.yaml:79:7
%9698 = pow %6767, %9697 : f64[] @ models/lib/nn.yaml:79:7
%9699 = sub %6748, %9698 : f64[] @ models/lib/nn.yaml:79:7
%9700 = div %4169, %9699 : f64[] @ models/lib/nn.yaml:79:7
%9701 = pow %6775, %9697 : f64[] @ models/lib/nn.yaml:79:7
%9702 = sub %6748, %9701 : f64[] @ models/lib/nn.yaml:79:7
%9703 = sqrt %9702 : f64[] @ models/lib/nn.yaml:79:7
%9704 = div %6748, %9703 : f64[] @ models/lib/nn.yaml:79:7
%9705 = sqrt %9696 : f32[64,16] @ models/lib/nn.yaml:79:7
%9706 = cast %9704 : f32[] @ models/lib/nn.yaml:79:7
%9707 = broadcast %9706 : f32[64,16] @ models/lib/nn.yaml:79:7
%9708 = mul %9705, %9707 : f32[64,16] @ models/lib/nn.yaml:79:7
%9709 = add %9708, %7399 : f32[64,16] @ models/lib/nn.yaml:79:7
%9710 = div %9692, %9709 : f32[64,16] @ models/lib/nn.yaml:79:7
%9711 = cast %9700 : f32[] @ models/lib/nn.yaml:79:7
%9712 = broadcast %9711 : f32[64,16] @ models/lib/nn.yaml:79:7
%9713 = mul %9710, %9712 : f32[64,16] @ models/lib/nn.yaml:79:7
%9714 = sub %9689, %9713 : f32[64,16] @ models/lib/nn.yaml:79:7
%9715 = assign %63, %9714 : f32[64,16] @ models/lib/nn.yaml:79:7
%9716 = assign %9685, %9692 : f32[64,16] @ models/lib/nn.yaml:79:7
%9717 = assign %9686, %9696 : f32[64,16] @ models/lib/nn.yaml:79:7
%9718 = assign %9687, %9688 : i64[] @ models/lib/nn.yaml:79:7
%9719 = mul %141, %7410 : f32[64,16] @ models/lib/nn.yaml:79:7
%9720 = mul %9714, %7412 : f32[64,16] @ models/lib/nn.yaml:79:7
%9721 = add %9719, %9720 : f32[64,16] @ models/lib/nn.yaml:79:7
%9722 = assign %141, %9721 : f32[64,16] @ models/lib/nn.yaml:79:7
%9723 = all_reduce_sum %5733 : f32[64] @ models/lib/nn.yaml:80:7
%9724 = mul %9723, %9723 : f32[64] @ models/lib/nn.yaml:80:7
%9725 = reduce_sum %9724 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9726 = sqrt %9725 : f32[] @ models/lib/nn.yaml:80:7
%9727 = cast %9726 : f64[] @ models/lib/nn.yaml:80:7
%9728 = add %9727, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9729 = div %6746, %9728 : f64[] @ models/lib/nn.yaml:80:7
%9730 = lt %9729, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9731 = cast %9729 : f32[] @ models/lib/nn.yaml:80:7
%9732 = broadcast %9731 : f32[64] @ models/lib/nn.yaml:80:7
%9733 = mul %9723, %9732 : f32[64] @ models/lib/nn.yaml:80:7
%9734 = broadcast %9730 : bool[64] @ models/lib/nn.yaml:80:7
%9735 = select %9734, %9733, %9723 : f32[64] @ models/lib/nn.yaml:80:7
%9736 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9737 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9738 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9739 = add %9738, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9740 = mul %9735, %7433 : f32[64] @ models/lib/nn.yaml:80:7
%9741 = mul %9736, %7435 : f32[64] @ models/lib/nn.yaml:80:7
%9742 = add %9741, %9740 : f32[64] @ models/lib/nn.yaml:80:7
%9743 = mul %9735, %9735 : f32[64] @ models/lib/nn.yaml:80:7
%9744 = mul %9743, %7439 : f32[64] @ models/lib/nn.yaml:80:7
%9745 = mul %9737, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%9746 = add %9745, %9744 : f32[64] @ models/lib/nn.yaml:80:7
%9747 = cast %9739 : f64[] @ models/lib/nn.yaml:80:7
%9748 = pow %6767, %9747 : f64[] @ models/lib/nn.yaml:80:7
%9749 = sub %6748, %9748 : f64[] @ models/lib/nn.yaml:80:7
%9750 = div %4169, %9749 : f64[] @ models/lib/nn.yaml:80:7
%9751 = pow %6775, %9747 : f64[] @ models/lib/nn.yaml:80:7
%9752 = sub %6748, %9751 : f64[] @ models/lib/nn.yaml:80:7
%9753 = sqrt %9752 : f64[] @ models/lib/nn.yaml:80:7
%9754 = div %6748, %9753 : f64[] @ models/lib/nn.yaml:80:7
%9755 = sqrt %9746 : f32[64] @ models/lib/nn.yaml:80:7
%9756 = cast %9754 : f32[] @ models/lib/nn.yaml:80:7
%9757 = broadcast %9756 : f32[64] @ models/lib/nn.yaml:80:7
%9758 = mul %9755, %9757 : f32[64] @ models/lib/nn.yaml:80:7
%9759 = add %9758, %7456 : f32[64] @ models/lib/nn.yaml:80:7
%9760 = div %9742, %9759 : f32[64] @ models/lib/nn.yaml:80:7
%9761 = cast %9750 : f32[] @ models/lib/nn.yaml:80:7
%9762 = broadcast %9761 : f32[64] @ models/lib/nn.yaml:80:7
%9763 = mul %9760, %9762 : f32[64] @ models/lib/nn.yaml:80:7
%9764 = sub %64, %9763 : f32[64] @ models/lib/nn.yaml:80:7
%9765 = assign %64, %9764 : f32[64] @ models/lib/nn.yaml:80:7
%9766 = assign %9736, %9742 : f32[64] @ models/lib/nn.yaml:80:7
%9767 = assign %9737, %9746 : f32[64] @ models/lib/nn.yaml:80:7
%9768 = assign %9738, %9739 : i64[] @ models/lib/nn.yaml:80:7
%9769 = mul %142, %7467 : f32[64] @ models/lib/nn.yaml:80:7
%9770 = mul %9764, %7469 : f32[64] @ models/lib/nn.yaml:80:7
%9771 = add %9769, %9770 : f32[64] @ models/lib/nn.yaml:80:7
%9772 = assign %142, %9771 : f32[64] @ models/lib/nn.yaml:80:7
%9773 = all_reduce_sum %5713 : f32[16,64] @ models/lib/nn.yaml:79:7
%9774 = reshape %9773 : f32[1024] @ models/lib/nn.yaml:79:7
%9775 = mul %9774, %9774 : f32[1024] @ models/lib/nn.yaml:79:7
%9776 = reduce_sum %9775 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9777 = sqrt %9776 : f32[] @ models/lib/nn.yaml:79:7
%9778 = cast %9777 : f64[] @ models/lib/nn.yaml:79:7
%9779 = add %9778, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9780 = div %6746, %9779 : f64[] @ models/lib/nn.yaml:79:7
%9781 = lt %9780, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9782 = cast %9780 : f32[] @ models/lib/nn.yaml:79:7
%9783 = broadcast %9782 : f32[16,64] @ models/lib/nn.yaml:79:7
%9784 = mul %9773, %9783 : f32[16,64] @ models/lib/nn.yaml:79:7
%9785 = broadcast %9781 : bool[16,64] @ models/lib/nn.yaml:79:7
%9786 = select %9785, %9784, %9773 : f32[16,64] @ models/lib/nn.yaml:79:7
%9787 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9788 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9789 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9790 = add %9789, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9791 = mul %65, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%9792 = mul %9786, %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%9793 = mul %9787, %7495 : f32[16,64] @ models/lib/nn.yaml:79:7
%9794 = add %9793, %9792 : f32[16,64] @ models/lib/nn.yaml:79:7
%9795 = mul %9786, %9786 : f32[16,64] @ models/lib/nn.yaml:79:7
%9796 = mul %9795, %7499 : f32[16,64] @ models/lib/nn.yaml:79:7
%9797 = mul %9788, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%9798 = add %9797, %9796 : f32[16,64] @ models/lib/nn.yaml:79:7
%9799 = cast %9790 : f64[] @ models/lib/nn.yaml:79:7
%9800 = pow %6767, %9799 : f64[] @ models/lib/nn.yaml:79:7
%9801 = sub %6748, %9800 : f64[] @ models/lib/nn.yaml:79:7
%9802 = div %4169, %9801 : f64[] @ models/lib/nn.yaml:79:7
%9803 = pow %6775, %9799 : f64[] @ models/lib/nn.yaml:79:7
%9804 = sub %6748, %9803 : f64[] @ models/lib/nn.yaml:79:7
%9805 = sqrt %9804 : f64[] @ models/lib/nn.yaml:79:7
%9806 = div %6748, %9805 : f64[] @ models/lib/nn.yaml:79:7
%9807 = sqrt %9798 : f32[16,64] @ models/lib/nn.yaml:79:7
%9808 = cast %9806 : f32[] @ models/lib/nn.yaml:79:7
%9809 = broadcast %9808 : f32[16,64] @ models/lib/nn.yaml:79:7
%9810 = mul %9807, %9809 : f32[16,64] @ models/lib/nn.yaml:79:7
%9811 = add %9810, %7516 : f32[16,64] @ models/lib/nn.yaml:79:7
%9812 = div %9794, %9811 : f32[16,64] @ models/lib/nn.yaml:79:7
%9813 = cast %9802 : f32[] @ models/lib/nn.yaml:79:7
%9814 = broadcast %9813 : f32[16,64] @ models/lib/nn.yaml:79:7
%9815 = mul %9812, %9814 : f32[16,64] @ models/lib/nn.yaml:79:7
%9816 = sub %9791, %9815 : f32[16,64] @ models/lib/nn.yaml:79:7
%9817 = assign %65, %9816 : f32[16,64] @ models/lib/nn.yaml:79:7
%9818 = assign %9787, %9794 : f32[16,64] @ models/lib/nn.yaml:79:7
%9819 = assign %9788, %9798 : f32[16,64] @ models/lib/nn.yaml:79:7
%9820 = assign %9789, %9790 : i64[] @ models/lib/nn.yaml:79:7
%9821 = mul %143, %7527 : f32[16,64] @ models/lib/nn.yaml:79:7
%9822 = mul %9816, %7529 : f32[16,64] @ models/lib/nn.yaml:79:7
%9823 = add %9821, %9822 : f32[16,64] @ models/lib/nn.yaml:79:7
%9824 = assign %143, %9823 : f32[16,64] @ models/lib/nn.yaml:79:7
%9825 = all_reduce_sum %5705 : f32[16] @ models/lib/nn.yaml:80:7
%9826 = mul %9825, %9825 : f32[16] @ models/lib/nn.yaml:80:7
%9827 = reduce_sum %9826 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9828 = sqrt %9827 : f32[] @ models/lib/nn.yaml:80:7
%9829 = cast %9828 : f64[] @ models/lib/nn.yaml:80:7
%9830 = add %9829, %6744 : f64[] @ models/lib/nn.yaml:80:7
%9831 = div %6746, %9830 : f64[] @ models/lib/nn.yaml:80:7
%9832 = lt %9831, %6748 : bool[] @ models/lib/nn.yaml:80:7
%9833 = cast %9831 : f32[] @ models/lib/nn.yaml:80:7
%9834 = broadcast %9833 : f32[16] @ models/lib/nn.yaml:80:7
%9835 = mul %9825, %9834 : f32[16] @ models/lib/nn.yaml:80:7
%9836 = broadcast %9832 : bool[16] @ models/lib/nn.yaml:80:7
%9837 = select %9836, %9835, %9825 : f32[16] @ models/lib/nn.yaml:80:7
%9838 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9839 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9840 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9841 = add %9840, %6758 : i64[] @ models/lib/nn.yaml:80:7
%9842 = mul %9837, %6889 : f32[16] @ models/lib/nn.yaml:80:7
%9843 = mul %9838, %6891 : f32[16] @ models/lib/nn.yaml:80:7
%9844 = add %9843, %9842 : f32[16] @ models/lib/nn.yaml:80:7
%9845 = mul %9837, %9837 : f32[16] @ models/lib/nn.yaml:80:7
%9846 = mul %9845, %6895 : f32[16] @ models/lib/nn.yaml:80:7
%9847 = mul %9839, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9848 = add %9847, %9846 : f32[16] @ models/lib/nn.yaml:80:7
%9849 = cast %9841 : f64[] @ models/lib/nn.yaml:80:7
%9850 = pow %6767, %9849 : f64[] @ models/lib/nn.yaml:80:7
%9851 = sub %6748, %9850 : f64[] @ models/lib/nn.yaml:80:7
%9852 = div %4169, %9851 : f64[] @ models/lib/nn.yaml:80:7
%9853 = pow %6775, %9849 : f64[] @ models/lib/nn.yaml:80:7
%9854 = sub %6748, %9853 : f64[] @ models/lib/nn.yaml:80:7
%9855 = sqrt %9854 : f64[] @ models/lib/nn.yaml:80:7
%9856 = div %6748, %9855 : f64[] @ models/lib/nn.yaml:80:7
%9857 = sqrt %9848 : f32[16] @ models/lib/nn.yaml:80:7
%9858 = cast %9856 : f32[] @ models/lib/nn.yaml:80:7
%9859 = broadcast %9858 : f32[16] @ models/lib/nn.yaml:80:7
%9860 = mul %9857, %9859 : f32[16] @ models/lib/nn.yaml:80:7
%9861 = add %9860, %6912 : f32[16] @ models/lib/nn.yaml:80:7
%9862 = div %9844, %9861 : f32[16] @ models/lib/nn.yaml:80:7
%9863 = cast %9852 : f32[] @ models/lib/nn.yaml:80:7
%9864 = broadcast %9863 : f32[16] @ models/lib/nn.yaml:80:7
%9865 = mul %9862, %9864 : f32[16] @ models/lib/nn.yaml:80:7
%9866 = sub %66, %9865 : f32[16] @ models/lib/nn.yaml:80:7
%9867 = assign %66, %9866 : f32[16] @ models/lib/nn.yaml:80:7
%9868 = assign %9838, %9844 : f32[16] @ models/lib/nn.yaml:80:7
%9869 = assign %9839, %9848 : f32[16] @ models/lib/nn.yaml:80:7
%9870 = assign %9840, %9841 : i64[] @ models/lib/nn.yaml:80:7
%9871 = mul %144, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%9872 = mul %9866, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%9873 = add %9871, %9872 : f32[16] @ models/lib/nn.yaml:80:7
%9874 = assign %144, %9873 : f32[16] @ models/lib/nn.yaml:80:7
%9875 = all_reduce_sum %5678 : f32[16] @ models/lib/nn.yaml:89:7
%9876 = mul %9875, %9875 : f32[16] @ models/lib/nn.yaml:89:7
%9877 = reduce_sum %9876 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9878 = sqrt %9877 : f32[] @ models/lib/nn.yaml:89:7
%9879 = cast %9878 : f64[] @ models/lib/nn.yaml:89:7
%9880 = add %9879, %6744 : f64[] @ models/lib/nn.yaml:89:7
%9881 = div %6746, %9880 : f64[] @ models/lib/nn.yaml:89:7
%9882 = lt %9881, %6748 : bool[] @ models/lib/nn.yaml:89:7
%9883 = cast %9881 : f32[] @ models/lib/nn.yaml:89:7
%9884 = broadcast %9883 : f32[16] @ models/lib/nn.yaml:89:7
%9885 = mul %9875, %9884 : f32[16] @ models/lib/nn.yaml:89:7
%9886 = broadcast %9882 : bool[16] @ models/lib/nn.yaml:89:7
%9887 = select %9886, %9885, %9875 : f32[16] @ models/lib/nn.yaml:89:7
%9888 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9889 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9890 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9891 = add %9890, %6758 : i64[] @ models/lib/nn.yaml:89:7
%9892 = mul %9887, %6889 : f32[16] @ models/lib/nn.yaml:89:7
%9893 = mul %9888, %6891 : f32[16] @ models/lib/nn.yaml:89:7
%9894 = add %9893, %9892 : f32[16] @ models/lib/nn.yaml:89:7
%9895 = mul %9887, %9887 : f32[16] @ models/lib/nn.yaml:89:7
%9896 = mul %9895, %6895 : f32[16] @ models/lib/nn.yaml:89:7
%9897 = mul %9889, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%9898 = add %9897, %9896 : f32[16] @ models/lib/nn.yaml:89:7
%9899 = cast %9891 : f64[] @ models/lib/nn.yaml:89:7
%9900 = pow %6767, %9899 : f64[] @ models/lib/nn.yaml:89:7
%9901 = sub %6748, %9900 : f64[] @ models/lib/nn.yaml:89:7
%9902 = div %4169, %9901 : f64[] @ models/lib/nn.yaml:89:7
%9903 = pow %6775, %9899 : f64[] @ models/lib/nn.yaml:89:7
%9904 = sub %6748, %9903 : f64[] @ models/lib/nn.yaml:89:7
%9905 = sqrt %9904 : f64[] @ models/lib/nn.yaml:89:7
%9906 = div %6748, %9905 : f64[] @ models/lib/nn.yaml:89:7
%9907 = sqrt %9898 : f32[16] @ models/lib/nn.yaml:89:7
%9908 = cast %9906 : f32[] @ models/lib/nn.yaml:89:7
%9909 = broadcast %9908 : f32[16] @ models/lib/nn.yaml:89:7
%9910 = mul %9907, %9909 : f32[16] @ models/lib/nn.yaml:89:7
%9911 = add %9910, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%9912 = div %9894, %9911 : f32[16] @ models/lib/nn.yaml:89:7
%9913 = cast %9902 : f32[] @ models/lib/nn.yaml:89:7
%9914 = broadcast %9913 : f32[16] @ models/lib/nn.yaml:89:7
%9915 = mul %9912, %9914 : f32[16] @ models/lib/nn.yaml:89:7
%9916 = sub %67, %9915 : f32[16] @ models/lib/nn.yaml:89:7
%9917 = assign %67, %9916 : f32[16] @ models/lib/nn.yaml:89:7
%9918 = assign %9888, %9894 : f32[16] @ models/lib/nn.yaml:89:7
%9919 = assign %9889, %9898 : f32[16] @ models/lib/nn.yaml:89:7
%9920 = assign %9890, %9891 : i64[] @ models/lib/nn.yaml:89:7
%9921 = mul %145, %6923 : f32[16] @ models/lib/nn.yaml:89:7
%9922 = mul %9916, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%9923 = add %9921, %9922 : f32[16] @ models/lib/nn.yaml:89:7
%9924 = assign %145, %9923 : f32[16] @ models/lib/nn.yaml:89:7
%9925 = all_reduce_sum %5670 : f32[16] @ models/lib/nn.yaml:90:7
%9926 = mul %9925, %9925 : f32[16] @ models/lib/nn.yaml:90:7
%9927 = reduce_sum %9926 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9928 = sqrt %9927 : f32[] @ models/lib/nn.yaml:90:7
%9929 = cast %9928 : f64[] @ models/lib/nn.yaml:90:7
%9930 = add %9929, %6744 : f64[] @ models/lib/nn.yaml:90:7
%9931 = div %6746, %9930 : f64[] @ models/lib/nn.yaml:90:7
%9932 = lt %9931, %6748 : bool[] @ models/lib/nn.yaml:90:7
%9933 = cast %9931 : f32[] @ models/lib/nn.yaml:90:7
%9934 = broadcast %9933 : f32[16] @ models/lib/nn.yaml:90:7
%9935 = mul %9925, %9934 : f32[16] @ models/lib/nn.yaml:90:7
%9936 = broadcast %9932 : bool[16] @ models/lib/nn.yaml:90:7
%9937 = select %9936, %9935, %9925 : f32[16] @ models/lib/nn.yaml:90:7
%9938 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9939 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9940 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9941 = add %9940, %6758 : i64[] @ models/lib/nn.yaml:90:7
%9942 = mul %9937, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%9943 = mul %9938, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%9944 = add %9943, %9942 : f32[16] @ models/lib/nn.yaml:90:7
%9945 = mul %9937, %9937 : f32[16] @ models/lib/nn.yaml:90:7
%9946 = mul %9945, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%9947 = mul %9939, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%9948 = add %9947, %9946 : f32[16] @ models/lib/nn.yaml:90:7
%9949 = cast %9941 : f64[] @ models/lib/nn.yaml:90:7
%9950 = pow %6767, %9949 : f64[] @ models/lib/nn.yaml:90:7
%9951 = sub %6748, %9950 : f64[] @ models/lib/nn.yaml:90:7
%9952 = div %4169, %9951 : f64[] @ models/lib/nn.yaml:90:7
%9953 = pow %6775, %9949 : f64[] @ models/lib/nn.yaml:90:7
%9954 = sub %6748, %9953 : f64[] @ models/lib/nn.yaml:90:7
%9955 = sqrt %9954 : f64[] @ models/lib/nn.yaml:90:7
%9956 = div %6748, %9955 : f64[] @ models/lib/nn.yaml:90:7
%9957 = sqrt %9948 : f32[16] @ models/lib/nn.yaml:90:7
%9958 = cast %9956 : f32[] @ models/lib/nn.yaml:90:7
%9959 = broadcast %9958 : f32[16] @ models/lib/nn.yaml:90:7
%9960 = mul %9957, %9959 : f32[16] @ models/lib/nn.yaml:90:7
%9961 = add %9960, %6912 : f32[16] @ models/lib/nn.yaml:90:7
%9962 = div %9944, %9961 : f32[16] @ models/lib/nn.yaml:90:7
%9963 = cast %9952 : f32[] @ models/lib/nn.yaml:90:7
%9964 = broadcast %9963 : f32[16] @ models/lib/nn.yaml:90:7
%9965 = mul %9962, %9964 : f32[16] @ models/lib/nn.yaml:90:7
%9966 = sub %68, %9965 : f32[16] @ models/lib/nn.yaml:90:7
%9967 = assign %68, %9966 : f32[16] @ models/lib/nn.yaml:90:7
%9968 = assign %9938, %9944 : f32[16] @ models/lib/nn.yaml:90:7
%9969 = assign %9939, %9948 : f32[16] @ models/lib/nn.yaml:90:7
%9970 = assign %9940, %9941 : i64[] @ models/lib/nn.yaml:90:7
%9971 = mul %146, %6923 : f32[16] @ models/lib/nn.yaml:90:7
%9972 = mul %9966, %6925 : f32[16] @ models/lib/nn.yaml:90:7
%9973 = add %9971, %9972 : f32[16] @ models/lib/nn.yaml:90:7
%9974 = assign %146, %9973 : f32[16] @ models/lib/nn.yaml:90:7
%9975 = all_reduce_sum %5663 : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = reshape %9975 : f32[384] @ models/lib/nn.yaml:79:7
%9977 = mul %9976, %9976 : f32[384] @ models/lib/nn.yaml:79:7
%9978 = reduce_sum %9977 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9979 = sqrt %9978 : f32[] @ models/lib/nn.yaml:79:7
%9980 = cast %9979 : f64[] @ models/lib/nn.yaml:79:7
%9981 = add %9980, %6744 : f64[] @ models/lib/nn.yaml:79:7
%9982 = div %6746, %9981 : f64[] @ models/lib/nn.yaml:79:7
%9983 = lt %9982, %6748 : bool[] @ models/lib/nn.yaml:79:7
%9984 = cast %9982 : f32[] @ models/lib/nn.yaml:79:7
%9985 = broadcast %9984 : f32[24,16] @ models/lib/nn.yaml:79:7
%9986 = mul %9975, %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%9987 = broadcast %9983 : bool[24,16] @ models/lib/nn.yaml:79:7
%9988 = select %9987, %9986, %9975 : f32[24,16] @ models/lib/nn.yaml:79:7
%9989 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9990 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9991 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9992 = add %9991, %6758 : i64[] @ models/lib/nn.yaml:79:7
%9993 = broadcast %6762 : f32[24,16] @ models/lib/nn.yaml:79:7
%9994 = mul %69, %9993 : f32[24,16] @ models/lib/nn.yaml:79:7
%9995 = broadcast %3846 : f32[24,16] @ models/lib/nn.yaml:79:7
%9996 = mul %9988, %9995 : f32[24,16] @ models/lib/nn.yaml:79:7
%9997 = broadcast %2634 : f32[24,16] @ models/lib/nn.yaml:79:7
%9998 = mul %9989, %9997 : f32[24,16] @ models/lib/nn.yaml:79:7
%9999 = add %9998, %9996 : f32[24,16] @ models/lib/nn.yaml:79:7
%10000 = mul %9988, %9988 : f32[24,16] @ models/lib/nn.yaml:79:7
%10001 = broadcast %6772 : f32[24,16] @ models/lib/nn.yaml:79:7
%10002 = mul %10000, %10001 : f32[24,16] @ models/lib/nn.yaml:79:7
%10003 = broadcast %6776 : f32[24,16] @ models/lib/nn.yaml:79:7
%10004 = mul %9990, %10003 : f32[24,16] @ models/lib/nn.yaml:79:7
%10005 = add %10004, %10002 : f32[24,16] @ models/lib/nn.yaml:79:7
%10006 = cast %9992 : f64[] @ models/lib/nn.yaml:79:7
%10007 = pow %6767, %10006 : f64[] @ models/lib/nn.yaml:79:7
%10008 = sub %6748, %10007 : f64[] @ models/lib/nn.yaml:79:7
%10009 = div %4169, %10008 : f64[] @ models/lib/nn.yaml:79:7
%10010 = pow %6775, %10006 : f64[] @ models/lib/nn.yaml:79:7
%10011 = sub %6748, %10010 : f64[] @ models/lib/nn.yaml:79:7
%10012 = sqrt %10011 : f64[] @ models/lib/nn.yaml:79:7
%10013 = div %6748, %10012 : f64[] @ models/lib/nn.yaml:79:7
%10014 = sqrt %10005 : f32[24,16] @ models/lib/nn.yaml:79:7
%10015 = cast %10013 : f32[] @ models/lib/nn.yaml:79:7
%10016 = broadcast %10015 : f32[24,16] @ models/lib/nn.yaml:79:7
%10017 = mul %10014, %10016 : f32[24,16] @ models/lib/nn.yaml:79:7
%10018 = broadcast %6792 : f32[24,16] @ models/lib/nn.yaml:79:7
%10019 = add %10017, %10018 : f32[24,16] @ models/lib/nn.yaml:79:7
%10020 = div %9999, %10019 : f32[24,16] @ models/lib/nn.yaml:79:7
%10021 = cast %10009 : f32[] @ models/lib/nn.yaml:79:7
%10022 = broadcast %10021 : f32[24,16] @ models/lib/nn.yaml:79:7
%10023 = mul %10020, %10022 : f32[24,16] @ models/lib/nn.yaml:79:7
%10024 = sub %9994, %10023 : f32[24,16] @ models/lib/nn.yaml:79:7
%10025 = assign %69, %10024 : f32[24,16] @ models/lib/nn.yaml:79:7
%10026 = assign %9989, %9999 : f32[24,16] @ models/lib/nn.yaml:79:7
%10027 = assign %9990, %10005 : f32[24,16] @ models/lib/nn.yaml:79:7
%10028 = assign %9991, %9992 : i64[] @ models/lib/nn.yaml:79:7
%10029 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%10030 = mul %147, %10029 : f32[24,16] @ models/lib/nn.yaml:79:7
%10031 = broadcast %6807 : f32[24,16] @ models/lib/nn.yaml:79:7
%10032 = mul %10024, %10031 : f32[24,16] @ models/lib/nn.yaml:79:7
%10033 = add %10030, %10032 : f32[24,16] @ models/lib/nn.yaml:79:7
%10034 = assign %147, %10033 : f32[24,16] @ models/lib/nn.yaml:79:7
%10035 = all_reduce_sum %5655 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = mul %10035, %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10037 = reduce_sum %10036 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10038 = sqrt %10037 : f32[] @ models/lib/nn.yaml:80:7
%10039 = cast %10038 : f64[] @ models/lib/nn.yaml:80:7
%10040 = add %10039, %6744 : f64[] @ models/lib/nn.yaml:80:7
%10041 = div %6746, %10040 : f64[] @ models/lib/nn.yaml:80:7
%10042 = lt %10041, %6748 : bool[] @ models/lib/nn.yaml:80:7
%10043 = cast %10041 : f32[] @ models/lib/nn.yaml:80:7
%10044 = broadcast %10043 : f32[24] @ models/lib/nn.yaml:80:7
%10045 = mul %10035, %10044 : f32[24] @ models/lib/nn.yaml:80:7
%10046 = broadcast %10042 : bool[24] @ models/lib/nn.yaml:80:7
%10047 = select %10046, %10045, %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10048 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10049 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10050 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10051 = add %10050, %6758 : i64[] @ models/lib/nn.yaml:80:7
%10052 = broadcast %3846 : f32[24] @ models/lib/nn.yaml:80:7
%10053 = mul %10047, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10054 = broadcast %2634 : f32[24] @ models/lib/nn.yaml:80:7
%10055 = mul %10048, %10054 : f32[24] @ models/lib/nn.yaml:80:7
%10056 = add %10055, %10053 : f32[24] @ models/lib/nn.yaml:80:7
%10057 = mul %10047, %10047 : f32[24] @ models/lib/nn.yaml:80:7
%10058 = broadcast %6772 : f32[24] @ models/lib/nn.yaml:80:7
%10059 = mul %10057, %10058 : f32[24] @ models/lib/nn.yaml:80:7
%10060 = broadcast %6776 : f32[24] @ models/lib/nn.yaml:80:7
%10061 = mul %10049, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10062 = add %10061, %10059 : f32[24] @ models/lib/nn.yaml:80:7
%10063 = cast %10051 : f64[] @ models/lib/nn.yaml:80:7
%10064 = pow %6767, %10063 : f64[] @ models/lib/nn.yaml:80:7
%10065 = sub %6748, %10064 : f64[] @ models/lib/nn.yaml:80:7
%10066 = div %4169, %10065 : f64[] @ models/lib/nn.yaml:80:7
%10067 = pow %6775, %10063 : f64[] @ models/lib/nn.yaml:80:7
%10068 = sub %6748, %10067 : f64[] @ models/lib/nn.yaml:80:7
%10069 = sqrt %10068 : f64[] @ models/lib/nn.yaml:80:7
%10070 = div %6748, %10069 : f64[] @ models/lib/nn.yaml:80:7
%10071 = sqrt %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10072 = cast %10070 : f32[] @ models/lib/nn.yaml:80:7
%10073 = broadcast %10072 : f32[24] @ models/lib/nn.yaml:80:7
%10074 = mul %10071, %10073 : f32[24] @ models/lib/nn.yaml:80:7
%10075 = broadcast %6792 : f32[24] @ models/lib/nn.yaml:80:7
%10076 = add %10074, %10075 : f32[24] @ models/lib/nn.yaml:80:7
%10077 = div %10056, %10076 : f32[24] @ models/lib/nn.yaml:80:7
%10078 = cast %10066 : f32[] @ models/lib/nn.yaml:80:7
%10079 = broadcast %10078 : f32[24] @ models/lib/nn.yaml:80:7
%10080 = mul %10077, %10079 : f32[24] @ models/lib/nn.yaml:80:7
%10081 = sub %70, %10080 : f32[24] @ models/lib/nn.yaml:80:7
%10082 = assign %70, %10081 : f32[24] @ models/lib/nn.yaml:80:7
%10083 = assign %10048, %10056 : f32[24] @ models/lib/nn.yaml:80:7
%10084 = assign %10049, %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10085 = assign %10050, %10051 : i64[] @ models/lib/nn.yaml:80:7
%10086 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%10087 = mul %148, %10086 : f32[24] @ models/lib/nn.yaml:80:7
%10088 = broadcast %6807 : f32[24] @ models/lib/nn.yaml:80:7
%10089 = mul %10081, %10088 : f32[24] @ models/lib/nn.yaml:80:7
%10090 = add %10087, %10089 : f32[24] @ models/lib/nn.yaml:80:7
%10091 = assign %148, %10090 : f32[24] @ models/lib/nn.yaml:80:7
%10092 = all_reduce_sum %5635 : f32[24,24] @ models/lib/nn.yaml:79:7
%10093 = reshape %10092 : f32[576] @ models/lib/nn.yaml:79:7
%10094 = mul %10093, %10093 : f32[576] @ models/lib/nn.yaml:79:7
%10095 = reduce_sum %10094 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10096 = sqrt %10095 : f32[] @ models/lib/nn.yaml:79:7
%10097 = cast %10096 : f64[] @ models/lib/nn.yaml:79:7
%10098 = add %10097, %6744 : f64[] @ models/lib/nn.yaml:79:7
%10099 = div %6746, %10098 : f64[] @ models/lib/nn.yaml:79:7
%10100 = lt %10099, %6748 : bool[] @ models/lib/nn.yaml:79:7
%10101 = cast %10099 : f32[] @ models/lib/nn.yaml:79:7
%10102 = broadcast %10101 : f32[24,24] @ models/lib/nn.yaml:79:7
%10103 = mul %10092, %10102 : f32[24,24] @ models/lib/nn.yaml:79:7
%10104 = broadcast %10100 : bool[24,24] @ models/lib/nn.yaml:79:7
%10105 = select %10104, %10103, %10092 : f32[24,24] @ models/lib/nn.yaml:79:7
%10106 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10107 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10108 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10109 = add %10108, %6758 : i64[] @ models/lib/nn.yaml:79:7
%10110 = broadcast %6762 : f32[24,24] @ models/lib/nn.yaml:79:7
%10111 = mul %71, %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10112 = broadcast %3846 : f32[24,24] @ models/lib/nn.yaml:79:7
%10113 = mul %10105, %10112 : f32[24,24] @ models/lib/nn.yaml:79:7
%10114 = broadcast %2634 : f32[24,24] @ models/lib/nn.yaml:79:7
%10115 = mul %10106, %10114 : f32[24,24] @ models/lib/nn.yaml:79:7
%10116 = add %10115, %10113 : f32[24,24] @ models/lib/nn.yaml:79:7
%10117 = mul %10105, %10105 : f32[24,24] @ models/lib/nn.yaml:79:7
%10118 = broadcast %6772 : f32[24,24] @ models/lib/nn.yaml:79:7
%10119 = mul %10117, %10118 : f32[24,24] @ models/lib/nn.yaml:79:7
%10120 = broadcast %6776 : f32[24,24] @ models/lib/nn.yaml:79:7
%10121 = mul %10107, %10120 : f32[24,24] @ models/lib/nn.yaml:79:7
%10122 = add %10121, %10119 : f32[24,24] @ models/lib/nn.yaml:79:7
%10123 = cast %10109 : f64[] @ models/lib/nn.yaml:79:7
%10124 = pow %6767, %10123 : f64[] @ models/lib/nn.yaml:79:7
%10125 = sub %6748, %10124 : f64[] @ models/lib/nn.yaml:79:7
%10126 = div %4169, %10125 : f64[] @ models/lib/nn.yaml:79:7
%10127 = pow %6775, %10123 : f64[] @ models/lib/nn.yaml:79:7
%10128 = sub %6748, %10127 : f64[] @ models/lib/nn.yaml:79:7
%10129 = sqrt %10128 : f64[] @ models/lib/nn.yaml:79:7
%10130 = div %6748, %10129 : f64[] @ models/lib/nn.yaml:79:7
%10131 = sqrt %10122 : f32[24,24] @ models/lib/nn.yaml:79:7
%10132 = cast %10130 : f32[] @ models/lib/nn.yaml:79:7
%10133 = broadcast %10132 : f32[24,24] @ models/lib/nn.yaml:79:7
%10134 = mul %10131, %10133 : f32[24,24] @ models/lib/nn.yaml:79:7
%10135 = broadcast %6792 : f32[24,24] @ models/lib/nn.yaml:79:7
%10136 = add %10134, %10135 : f32[24,24] @ models/lib/nn.yaml:79:7
%10137 = div %10116, %10136 : f32[24,24] @ models/lib/nn.yaml:79:7
%10138 = cast %10126 : f32[] @ models/lib/nn.yaml:79:7
%10139 = broadcast %10138 : f32[24,24] @ models/lib/nn.yaml:79:7
%10140 = mul %10137, %10139 : f32[24,24] @ models/lib/nn.yaml:79:7
%10141 = sub %10111, %10140 : f32[24,24] @ models/lib/nn.yaml:79:7
%10142 = assign %71, %10141 : f32[24,24] @ models/lib/nn.yaml:79:7
%10143 = assign %10106, %10116 : f32[24,24] @ models/lib/nn.yaml:79:7
%10144 = assign %10107, %10122 : f32[24,24] @ models/lib/nn.yaml:79:7
%10145 = assign %10108, %10109 : i64[] @ models/lib/nn.yaml:79:7
%10146 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%10147 = mul %149, %10146 : f32[24,24] @ models/lib/nn.yaml:79:7
%10148 = broadcast %6807 : f32[24,24] @ models/lib/nn.yaml:79:7
%10149 = mul %10141, %10148 : f32[24,24] @ models/lib/nn.yaml:79:7
%10150 = add %10147, %10149 : f32[24,24] @ models/lib/nn.yaml:79:7
%10151 = assign %149, %10150 : f32[24,24] @ models/lib/nn.yaml:79:7
%10152 = all_reduce_sum %5627 : f32[24] @ models/lib/nn.yaml:80:7
%10153 = mul %10152, %10152 : f32[24] @ models/lib/nn.yaml:80:7
%10154 = reduce_sum %10153 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10155 = sqrt %10154 : f32[] @ models/lib/nn.yaml:80:7
%10156 = cast %10155 : f64[] @ models/lib/nn.yaml:80:7
%10157 = add %10156, %6744 : f64[] @ models/lib/nn.yaml:80:7
%10158 = div %6746, %10157 : f64[] @ models/lib/nn.yaml:80:7
%10159 = lt %10158, %6748 : bool[] @ models/lib/nn.yaml:80:7
%10160 = cast %10158 : f32[] @ models/lib/nn.yaml:80:7
%10161 = broadcast %10160 : f32[24] @ models/lib/nn.yaml:80:7
%10162 = mul %10152, %10161 : f32[24] @ models/lib/nn.yaml:80:7
%10163 = broadcast %10159 : bool[24] @ models/lib/nn.yaml:80:7
%10164 = select %10163, %10162, %10152 : f32[24] @ models/lib/nn.yaml:80:7
%10165 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10166 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10167 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10168 = add %10167, %6758 : i64[] @ models/lib/nn.yaml:80:7
%10169 = mul %10164, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10170 = mul %10165, %10054 : f32[24] @ models/lib/nn.yaml:80:7
%10171 = add %10170, %10169 : f32[24] @ models/lib/nn.yaml:80:7
%10172 = mul %10164, %10164 : f32[24] @ models/lib/nn.yaml:80:7
%10173 = mul %10172, %10058 : f32[24] @ models/lib/nn.yaml:80:7
%10174 = mul %10166, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10175 = add %10174, %10173 : f32[24] @ models/lib/nn.yaml:80:7
%10176 = cast %10168 : f64[] @ models/lib/nn.yaml:80:7
%10177 = pow %6767, %10176 : f64[] @ models/lib/nn.yaml:80:7
%10178 = sub %6748, %10177 : f64[] @ models/lib/nn.yaml:80:7
%10179 = div %4169, %10178 : f64[] @ models/lib/nn.yaml:80:7
%10180 = pow %6775, %10176 : f64[] @ models/lib/nn.yaml:80:7
%10181 = sub %6748, %10180 : f64[] @ models/lib/nn.yaml:80:7
%10182 = sqrt %10181 : f64[] @ models/lib/nn.yaml:80:7
%10183 = div %6748, %10182 : f64[] @ models/lib/nn.yaml:80:7
%10184 = sqrt %10175 : f32[24] @ models/lib/nn.yaml:80:7
%10185 = cast %10183 : f32[] @ models/lib/nn.yaml:80:7
%10186 = broadcast %10185 : f32[24] @ models/lib/nn.yaml:80:7
%10187 = mul %10184, %10186 : f32[24] @ models/lib/nn.yaml:80:7
%10188 = add %10187, %10075 : f32[24] @ models/lib/nn.yaml:80:7
%10189 = div %10171, %10188 : f32[24] @ models/lib/nn.yaml:80:7
%10190 = cast %10179 : f32[] @ models/lib/nn.yaml:80:7
%10191 = broadcast %10190 : f32[24] @ models/lib/nn.yaml:80:7
%10192 = mul %10189, %10191 : f32[24] @ models/lib/nn.yaml:80:7
%10193 = sub %72, %10192 : f32[24] @ models/lib/nn.yaml:80:7
%10194 = assign %72, %10193 : f32[24] @ models/lib/nn.yaml:80:7
%10195 = assign %10165, %10171 : f32[24] @ models/lib/nn.yaml:80:7
%10196 = assign %10166, %10175 : f32[24] @ models/lib/nn.yaml:80:7
%10197 = assign %10167, %10168 : i64[] @ models/lib/nn.yaml:80:7
%10198 = mul %150, %10086 : f32[24] @ models/lib/nn.yaml:80:7
%10199 = mul %10193, %10088 : f32[24] @ models/lib/nn.yaml:80:7
%10200 = add %10198, %10199 : f32[24] @ models/lib/nn.yaml:80:7
%10201 = assign %150, %10200 : f32[24] @ models/lib/nn.yaml:80:7
%10202 = all_reduce_sum %5607 : f32[8,24] @ models/lib/nn.yaml:79:7
%10203 = reshape %10202 : f32[192] @ models/lib/nn.yaml:79:7
%10204 = mul %10203, %10203 : f32[192] @ models/lib/nn.yaml:79:7
%10205 = reduce_sum %10204 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10206 = sqrt %10205 : f32[] @ models/lib/nn.yaml:79:7
%10207 = cast %10206 : f64[] @ models/lib/nn.yaml:79:7
%10208 = add %10207, %6744 : f64[] @ models/lib/nn.yaml:79:7
%10209 = div %6746, %10208 : f64[] @ models/lib/nn.yaml:79:7
%10210 = lt %10209, %6748 : bool[] @ models/lib/nn.yaml:79:7
%10211 = cast %10209 : f32[] @ models/lib/nn.yaml:79:7
%10212 = broadcast %10211 : f32[8,24] @ models/lib/nn.yaml:79:7
%10213 = mul %10202, %10212 : f32[8,24] @ models/lib/nn.yaml:79:7
%10214 = broadcast %10210 : bool[8,24] @ models/lib/nn.yaml:79:7
%10215 = select %10214, %10213, %10202 : f32[8,24] @ models/lib/nn.yaml:79:7
%10216 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10217 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10218 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10219 = add %10218, %6758 : i64[] @ models/lib/nn.yaml:79:7
%10220 = broadcast %6762 : f32[8,24] @ models/lib/nn.yaml:79:7
%10221 = mul %73, %10220 : f32[8,24] @ models/lib/nn.yaml:79:7
%10222 = broadcast %3846 : f32[8,24] @ models/lib/nn.yaml:79:7
%10223 = mul %10215, %10222 : f32[8,24] @ models/lib/nn.yaml:79:7
%10224 = broadcast %2634 : f32[8,24] @ models/lib/nn.yaml:79:7
%10225 = mul %10216, %10224 : f32[8,24] @ models/lib/nn.yaml:79:7
%10226 = add %10225, %10223 : f32[8,24] @ models/lib/nn.yaml:79:7
%10227 = mul %10215, %10215 : f32[8,24] @ models/lib/nn.yaml:79:7
%10228 = broadcast %6772 : f32[8,24] @ models/lib/nn.yaml:79:7
%10229 = mul %10227, %10228 : f32[8,24] @ models/lib/nn.yaml:79:7
%10230 = broadcast %6776 : f32[8,24] @ models/lib/nn.yaml:79:7
%10231 = mul %10217, %10230 : f32[8,24] @ models/lib/nn.yaml:79:7
%10232 = add %10231, %10229 : f32[8,24] @ models/lib/nn.yaml:79:7
%10233 = cast %10219 : f64[] @ models/lib/nn.yaml:79:7
%10234 = pow %6767, %10233 : f64[] @ models/lib/nn.yaml:79:7
%10235 = sub %6748, %10234 : f64[] @ models/lib/nn.yaml:79:7
%10236 = div %4169, %10235 : f64[] @ models/lib/nn.yaml:79:7
%10237 = pow %6775, %10233 : f64[] @ models/lib/nn.yaml:79:7
%10238 = sub %6748, %10237 : f64[] @ models/lib/nn.yaml:79:7
%10239 = sqrt %10238 : f64[] @ models/lib/nn.yaml:79:7
%10240 = div %6748, %10239 : f64[] @ models/lib/nn.yaml:79:7
%10241 = sqrt %10232 : f32[8,24] @ models/lib/nn.yaml:79:7
%10242 = cast %10240 : f32[] @ models/lib/nn.yaml:79:7
%10243 = broadcast %10242 : f32[8,24] @ models/lib/nn.yaml:79:7
%10244 = mul %10241, %10243 : f32[8,24] @ models/lib/nn.yaml:79:7
%10245 = broadcast %6792 : f32[8,24] @ models/lib/nn.yaml:79:7
%10246 = add %10244, %10245 : f32[8,24] @ models/lib/nn.yaml:79:7
%10247 = div %10226, %10246 : f32[8,24] @ models/lib/nn.yaml:79:7
%10248 = cast %10236 : f32[] @ models/lib/nn.yaml:79:7
%10249 = broadcast %10248 : f32[8,24] @ models/lib/nn.yaml:79:7
%10250 = mul %10247, %10249 : f32[8,24] @ models/lib/nn.yaml:79:7
%10251 = sub %10221, %10250 : f32[8,24] @ models/lib/nn.yaml:79:7
%10252 = assign %73, %10251 : f32[8,24] @ models/lib/nn.yaml:79:7
%10253 = assign %10216, %10226 : f32[8,24] @ models/lib/nn.yaml:79:7
%10254 = assign %10217, %10232 : f32[8,24] @ models/lib/nn.yaml:79:7
%10255 = assign %10218, %10219 : i64[] @ models/lib/nn.yaml:79:7
%10256 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%10257 = mul %151, %10256 : f32[8,24] @ models/lib/nn.yaml:79:7
%10258 = broadcast %6807 : f32[8,24] @ models/lib/nn.yaml:79:7
%10259 = mul %10251, %10258 : f32[8,24] @ models/lib/nn.yaml:79:7
%10260 = add %10257, %10259 : f32[8,24] @ models/lib/nn.yaml:79:7
%10261 = assign %151, %10260 : f32[8,24] @ models/lib/nn.yaml:79:7
%10262 = all_reduce_sum %5599 : f32[8] @ models/lib/nn.yaml:80:7
%10263 = mul %10262, %10262 : f32[8] @ models/lib/nn.yaml:80:7
%10264 = reduce_sum %10263 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10265 = sqrt %10264 : f32[] @ models/lib/nn.yaml:80:7
%10266 = cast %10265 : f64[] @ models/lib/nn.yaml:80:7
%10267 = add %10266, %6744 : f64[] @ models/lib/nn.yaml:80:7
%10268 = div %6746, %10267 : f64[] @ models/lib/nn.yaml:80:7
%10269 = lt %10268, %6748 : bool[] @ models/lib/nn.yaml:80:7
%10270 = cast %10268 : f32[] @ models/lib/nn.yaml:80:7
%10271 = broadcast %10270 : f32[8] @ models/lib/nn.yaml:80:7
%10272 = mul %10262, %10271 : f32[8] @ models/lib/nn.yaml:80:7
%10273 = broadcast %10269 : bool[8] @ models/lib/nn.yaml:80:7
%10274 = select %10273, %10272, %10262 : f32[8] @ models/lib/nn.yaml:80:7
%10275 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10276 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10277 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10278 = add %10277, %6758 : i64[] @ models/lib/nn.yaml:80:7
%10279 = broadcast %3846 : f32[8] @ models/lib/nn.yaml:80:7
%10280 = mul %10274, %10279 : f32[8] @ models/lib/nn.yaml:80:7
%10281 = broadcast %2634 : f32[8] @ models/lib/nn.yaml:80:7
%10282 = mul %10275, %10281 : f32[8] @ models/lib/nn.yaml:80:7
%10283 = add %10282, %10280 : f32[8] @ models/lib/nn.yaml:80:7
%10284 = mul %10274, %10274 : f32[8] @ models/lib/nn.yaml:80:7
%10285 = broadcast %6772 : f32[8] @ models/lib/nn.yaml:80:7
%10286 = mul %10284, %10285 : f32[8] @ models/lib/nn.yaml:80:7
%10287 = broadcast %6776 : f32[8] @ models/lib/nn.yaml:80:7
%10288 = mul %10276, %10287 : f32[8] @ models/lib/nn.yaml:80:7
%10289 = add %10288, %10286 : f32[8] @ models/lib/nn.yaml:80:7
%10290 = cast %10278 : f64[] @ models/lib/nn.yaml:80:7
%10291 = pow %6767, %10290 : f64[] @ models/lib/nn.yaml:80:7
%10292 = sub %6748, %10291 : f64[] @ models/lib/nn.yaml:80:7
%10293 = div %4169, %10292 : f64[] @ models/lib/nn.yaml:80:7
%10294 = pow %6775, %10290 : f64[] @ models/lib/nn.yaml:80:7
%10295 = sub %6748, %10294 : f64[] @ models/lib/nn.yaml:80:7
%10296 = sqrt %10295 : f64[] @ models/lib/nn.yaml:80:7
%10297 = div %6748, %10296 : f64[] @ models/lib/nn.yaml:80:7
%10298 = sqrt %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10299 = cast %10297 : f32[] @ models/lib/nn.yaml:80:7
%10300 = broadcast %10299 : f32[8] @ models/lib/nn.yaml:80:7
%10301 = mul %10298, %10300 : f32[8] @ models/lib/nn.yaml:80:7
%10302 = broadcast %6792 : f32[8] @ models/lib/nn.yaml:80:7
%10303 = add %10301, %10302 : f32[8] @ models/lib/nn.yaml:80:7
%10304 = div %10283, %10303 : f32[8] @ models/lib/nn.yaml:80:7
%10305 = cast %10293 : f32[] @ models/lib/nn.yaml:80:7
%10306 = broadcast %10305 : f32[8] @ models/lib/nn.yaml:80:7
%10307 = mul %10304, %10306 : f32[8] @ models/lib/nn.yaml:80:7
%10308 = sub %74, %10307 : f32[8] @ models/lib/nn.yaml:80:7
%10309 = assign %74, %10308 : f32[8] @ models/lib/nn.yaml:80:7
%10310 = assign %10275, %10283 : f32[8] @ models/lib/nn.yaml:80:7
%10311 = assign %10276, %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10312 = assign %10277, %10278 : i64[] @ models/lib/nn.yaml:80:7
%10313 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%10314 = mul %152, %10313 : f32[8] @ models/lib/nn.yaml:80:7
%10315 = broadcast %6807 : f32[8] @ models/lib/nn.yaml:80:7
%10316 = mul %10308, %10315 : f32[8] @ models/lib/nn.yaml:80:7
%10317 = add %10314, %10316 : f32[8] @ models/lib/nn.yaml:80:7
%10318 = assign %152, %10317 : f32[8] @ models/lib/nn.yaml:80:7
%10319 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%10320 = mul %153, %10319 : f32[32,1] @ models/lib/dino.yaml:18:7
%10321 = broadcast %6807 : f32[32,1] @ models/lib/dino.yaml:18:7
%10322 = mul %75, %10321 : f32[32,1] @ models/lib/dino.yaml:18:7
%10323 = add %10320, %10322 : f32[32,1] @ models/lib/dino.yaml:18:7
%10324 = assign %153, %10323 : f32[32,1] @ models/lib/dino.yaml:18:7
%10325 = all_reduce_sum %5577 : f32[32,8] @ models/lib/dino.yaml:19:7
%10326 = reshape %10325 : f32[256] @ models/lib/dino.yaml:19:7
%10327 = mul %10326, %10326 : f32[256] @ models/lib/dino.yaml:19:7
%10328 = reduce_sum %10327 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10329 = sqrt %10328 : f32[] @ models/lib/dino.yaml:19:7
%10330 = cast %10329 : f64[] @ models/lib/dino.yaml:19:7
%10331 = add %10330, %6744 : f64[] @ models/lib/dino.yaml:19:7
%10332 = div %6746, %10331 : f64[] @ models/lib/dino.yaml:19:7
%10333 = lt %10332, %6748 : bool[] @ models/lib/dino.yaml:19:7
%10334 = cast %10332 : f32[] @ models/lib/dino.yaml:19:7
%10335 = broadcast %10334 : f32[32,8] @ models/lib/dino.yaml:19:7
%10336 = mul %10325, %10335 : f32[32,8] @ models/lib/dino.yaml:19:7
%10337 = broadcast %10333 : bool[32,8] @ models/lib/dino.yaml:19:7
%10338 = select %10337, %10336, %10325 : f32[32,8] @ models/lib/dino.yaml:19:7
%10339 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10340 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10341 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10342 = add %10341, %6758 : i64[] @ models/lib/dino.yaml:19:7
%10343 = broadcast %6762 : f32[32,8] @ models/lib/dino.yaml:19:7
%10344 = mul %76, %10343 : f32[32,8] @ models/lib/dino.yaml:19:7
%10345 = broadcast %3846 : f32[32,8] @ models/lib/dino.yaml:19:7
%10346 = mul %10338, %10345 : f32[32,8] @ models/lib/dino.yaml:19:7
%10347 = broadcast %2634 : f32[32,8] @ models/lib/dino.yaml:19:7
%10348 = mul %10339, %10347 : f32[32,8] @ models/lib/dino.yaml:19:7
%10349 = add %10348, %10346 : f32[32,8] @ models/lib/dino.yaml:19:7
%10350 = mul %10338, %10338 : f32[32,8] @ models/lib/dino.yaml:19:7
%10351 = broadcast %6772 : f32[32,8] @ models/lib/dino.yaml:19:7
%10352 = mul %10350, %10351 : f32[32,8] @ models/lib/dino.yaml:19:7
%10353 = broadcast %6776 : f32[32,8] @ models/lib/dino.yaml:19:7
%10354 = mul %10340, %10353 : f32[32,8] @ models/lib/dino.yaml:19:7
%10355 = add %10354, %10352 : f32[32,8] @ models/lib/dino.yaml:19:7
%10356 = cast %10342 : f64[] @ models/lib/dino.yaml:19:7
%10357 = pow %6767, %10356 : f64[] @ models/lib/dino.yaml:19:7
%10358 = sub %6748, %10357 : f64[] @ models/lib/dino.yaml:19:7
%10359 = div %4169, %10358 : f64[] @ models/lib/dino.yaml:19:7
%10360 = pow %6775, %10356 : f64[] @ models/lib/dino.yaml:19:7
%10361 = sub %6748, %10360 : f64[] @ models/lib/dino.yaml:19:7
%10362 = sqrt %10361 : f64[] @ models/lib/dino.yaml:19:7
%10363 = div %6748, %10362 : f64[] @ models/lib/dino.yaml:19:7
%10364 = sqrt %10355 : f32[32,8] @ models/lib/dino.yaml:19:7
%10365 = cast %10363 : f32[] @ models/lib/dino.yaml:19:7
%10366 = broadcast %10365 : f32[32,8] @ models/lib/dino.yaml:19:7
%10367 = mul %10364, %10366 : f32[32,8] @ models/lib/dino.yaml:19:7
%10368 = broadcast %6792 : f32[32,8] @ models/lib/dino.yaml:19:7
%10369 = add %10367, %10368 : f32[32,8] @ models/lib/dino.yaml:19:7
%10370 = div %10349, %10369 : f32[32,8] @ models/lib/dino.yaml:19:7
%10371 = cast %10359 : f32[] @ models/lib/dino.yaml:19:7
%10372 = broadcast %10371 : f32[32,8] @ models/lib/dino.yaml:19:7
%10373 = mul %10370, %10372 : f32[32,8] @ models/lib/dino.yaml:19:7
%10374 = sub %10344, %10373 : f32[32,8] @ models/lib/dino.yaml:19:7
%10375 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10376 = lt %10375, %6758 : bool[] @ models/lib/dino.yaml:19:7
%10377 = broadcast %10376 : bool[32,8] @ models/lib/dino.yaml:19:7
%10378 = select %10377, %76, %10374 : f32[32,8] @ models/lib/dino.yaml:19:7
%10379 = select %10377, %10339, %10349 : f32[32,8] @ models/lib/dino.yaml:19:7
%10380 = select %10377, %10340, %10355 : f32[32,8] @ models/lib/dino.yaml:19:7
%10381 = select %10376, %10341, %10342 : i64[] @ models/lib/dino.yaml:19:7
%10382 = assign %76, %10378 : f32[32,8] @ models/lib/dino.yaml:19:7
%10383 = assign %10339, %10379 : f32[32,8] @ models/lib/dino.yaml:19:7
%10384 = assign %10340, %10380 : f32[32,8] @ models/lib/dino.yaml:19:7
%10385 = assign %10341, %10381 : i64[] @ models/lib/dino.yaml:19:7
%10386 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%10387 = mul %154, %10386 : f32[32,8] @ models/lib/dino.yaml:19:7
%10388 = broadcast %6807 : f32[32,8] @ models/lib/dino.yaml:19:7
%10389 = mul %10378, %10388 : f32[32,8] @ models/lib/dino.yaml:19:7
%10390 = add %10387, %10389 : f32[32,8] @ models/lib/dino.yaml:19:7
%10391 = assign %154, %10390 : f32[32,8] @ models/lib/dino.yaml:19:7
%10392 = all_reduce_sum %5557 : f32[24,16] @ models/lib/nn.yaml:79:7
%10393 = reshape %10392 : f32[384] @ models/lib/nn.yaml:79:7
%10394 = mul %10393, %10393 : f32[384] @ models/lib/nn.yaml:79:7
%10395 = reduce_sum %10394 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10396 = sqrt %10395 : f32[] @ models/lib/nn.yaml:79:7
%10397 = cast %10396 : f64[] @ models/lib/nn.yaml:79:7
%10398 = add %10397, %6744 : f64[] @ models/lib/nn.yaml:79:7
%10399 = div %6746, %10398 : f64[] @ models/lib/nn.yaml:79:7
%10400 = lt %10399, %6748 : bool[] @ models/lib/nn.yaml:79:7
%10401 = cast %10399 : f32[] @ models/lib/nn.yaml:79:7
%10402 = broadcast %10401 : f32[24,16] @ models/lib/nn.yaml:79:7
%10403 = mul %10392, %10402 : f32[24,16] @ models/lib/nn.yaml:79:7
%10404 = broadcast %10400 : bool[24,16] @ models/lib/nn.yaml:79:7
%10405 = select %10404, %10403, %10392 : f32[24,16] @ models/lib/nn.yaml:79:7
%10406 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10407 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10408 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10409 = add %10408, %6758 : i64[] @ models/lib/nn.yaml:79:7
%10410 = mul %77, %9993 : f32[24,16] @ models/lib/nn.yaml:79:7
%10411 = mul %10405, %9995 : f32[24,16] @ models/lib/nn.yaml:79:7
%10412 = mul %10406, %9997 : f32[24,16] @ models/lib/nn.yaml:79:7
%10413 = add %10412, %10411 : f32[24,16] @ models/lib/nn.yaml:79:7
%10414 = mul %10405, %10405 : f32[24,16] @ models/lib/nn.yaml:79:7
%10415 = mul %10414, %10001 : f32[24,16] @ models/lib/nn.yaml:79:7
%10416 = mul %10407, %10003 : f32[24,16] @ models/lib/nn.yaml:79:7
%10417 = add %10416, %10415 : f32[24,16] @ models/lib/nn.yaml:79:7
%10418 = cast %10409 : f64[] @ models/lib/nn.yaml:79:7
%10419 = pow %6767, %10418 : f64[] @ models/lib/nn.yaml:79:7
%10420 = sub %6748, %10419 : f64[] @ models/lib/nn.yaml:79:7
%10421 = div %4169, %10420 : f64[] @ models/lib/nn.yaml:79:7
%10422 = pow %6775, %10418 : f64[] @ models/lib/nn.yaml:79:7
%10423 = sub %6748, %10422 : f64[] @ models/lib/nn.yaml:79:7
%10424 = sqrt %10423 : f64[] @ models/lib/nn.yaml:79:7
%10425 = div %6748, %10424 : f64[] @ models/lib/nn.yaml:79:7
%10426 = sqrt %10417 : f32[24,16] @ models/lib/nn.yaml:79:7
%10427 = cast %10425 : f32[] @ models/lib/nn.yaml:79:7
%10428 = broadcast %10427 : f32[24,16] @ models/lib/nn.yaml:79:7
%10429 = mul %10426, %10428 : f32[24,16] @ models/lib/nn.yaml:79:7
%10430 = add %10429, %10018 : f32[24,16] @ models/lib/nn.yaml:79:7
%10431 = div %10413, %10430 : f32[24,16] @ models/lib/nn.yaml:79:7
%10432 = cast %10421 : f32[] @ models/lib/nn.yaml:79:7
%10433 = broadcast %10432 : f32[24,16] @ models/lib/nn.yaml:79:7
%10434 = mul %10431, %10433 : f32[24,16] @ models/lib/nn.yaml:79:7
%10435 = sub %10410, %10434 : f32[24,16] @ models/lib/nn.yaml:79:7
%10436 = assign %77, %10435 : f32[24,16] @ models/lib/nn.yaml:79:7
%10437 = assign %10406, %10413 : f32[24,16] @ models/lib/nn.yaml:79:7
%10438 = assign %10407, %10417 : f32[24,16] @ models/lib/nn.yaml:79:7
%10439 = assign %10408, %10409 : i64[] @ models/lib/nn.yaml:79:7
%10440 = mul %155, %10029 : f32[24,16] @ models/lib/nn.yaml:79:7
%10441 = mul %10435, %10031 : f32[24,16] @ models/lib/nn.yaml:79:7
%10442 = add %10440, %10441 : f32[24,16] @ models/lib/nn.yaml:79:7
%10443 = assign %155, %10442 : f32[24,16] @ models/lib/nn.yaml:79:7
%10444 = all_reduce_sum %5549 : f32[24] @ models/lib/nn.yaml:80:7
%10445 = mul %10444, %10444 : f32[24] @ models/lib/nn.yaml:80:7
%10446 = reduce_sum %10445 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10447 = sqrt %10446 : f32[] @ models/lib/nn.yaml:80:7
%10448 = cast %10447 : f64[] @ models/lib/nn.yaml:80:7
%10449 = add %10448, %6744 : f64[] @ models/lib/nn.yaml:80:7
%10450 = div %6746, %10449 : f64[] @ models/lib/nn.yaml:80:7
%10451 = lt %10450, %6748 : bool[] @ models/lib/nn.yaml:80:7
%10452 = cast %10450 : f32[] @ models/lib/nn.yaml:80:7
%10453 = broadcast %10452 : f32[24] @ models/lib/nn.yaml:80:7
%10454 = mul %10444, %10453 : f32[24] @ models/lib/nn.yaml:80:7
%10455 = broadcast %10451 : bool[24] @ models/lib/nn.yaml:80:7
%10456 = select %10455, %10454, %10444 : f32[24] @ models/lib/nn.yaml:80:7
%10457 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10458 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10459 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10460 = add %10459, %6758 : i64[] @ models/lib/nn.yaml:80:7
%10461 = mul %10456, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10462 = mul %10457, %10054 : f32[24] @ models/lib/nn.yaml:80:7
%10463 = add %10462, %10461 : f32[24] @ models/lib/nn.yaml:80:7
%10464 = mul %10456, %10456 : f32[24] @ models/lib/nn.yaml:80:7
%10465 = mul %10464, %10058 : f32[24] @ models/lib/nn.yaml:80:7
%10466 = mul %10458, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10467 = add %10466, %10465 : f32[24] @ models/lib/nn.yaml:80:7
%10468 = cast %10460 : f64[] @ models/lib/nn.yaml:80:7
%10469 = pow %6767, %10468 : f64[] @ models/lib/nn.yaml:80:7
%10470 = sub %6748, %10469 : f64[] @ models/lib/nn.yaml:80:7
%10471 = div %4169, %10470 : f64[] @ models/lib/nn.yaml:80:7
%10472 = pow %6775, %10468 : f64[] @ models/lib/nn.yaml:80:7
%10473 = sub %6748, %10472 : f64[] @ models/lib/nn.yaml:80:7
%10474 = sqrt %10473 : f64[] @ models/lib/nn.yaml:80:7
%10475 = div %6748, %10474 : f64[] @ models/lib/nn.yaml:80:7
%10476 = sqrt %10467 : f32[24] @ models/lib/nn.yaml:80:7
%10477 = cast %10475 : f32[] @ models/lib/nn.yaml:80:7
%10478 = broadcast %10477 : f32[24] @ models/lib/nn.yaml:80:7
%10479 = mul %10476, %10478 : f32[24] @ models/lib/nn.yaml:80:7
%10480 = add %10479, %10075 : f32[24] @ models/lib/nn.yaml:80:7
%10481 = div %10463, %10480 : f32[24] @ models/lib/nn.yaml:80:7
%10482 = cast %10471 : f32[] @ models/lib/nn.yaml:80:7
%10483 = broadcast %10482 : f32[24] @ models/lib/nn.yaml:80:7
%10484 = mul %10481, %10483 : f32[24] @ models/lib/nn.yaml:80:7
%10485 = sub %78, %10484 : f32[24] @ models/lib/nn.yaml:80:7
%10486 = assign %78, %10485 : f32[24] @ models/lib/nn.yaml:80:7
%10487 = assign %10457, %10463 : f32[24] @ models/lib/nn.yaml:80:7
%10488 = assign %10458, %10467 : f32[24] @ models/lib/nn.yaml:80:7
%10489 = assign %10459, %10460 : i64[] @ models/lib/nn.yaml:80:7
%10490 = mul %156, %10086 : f32[24] @ models/lib/nn.yaml:80:7
%10491 = mul %10485, %10088 : f32[24] @ models/lib/nn.yaml:80:7
%10492 = add %10490, %10491 : f32[24] @ models/lib/nn.yaml:80:7
%10493 = assign %156, %10492 : f32[24] @ models/lib/nn.yaml:80:7
%10494 = all_reduce_sum %5521 : f32[24,24] @ models/lib/nn.yaml:79:7
%10495 = reshape %10494 : f32[576] @ models/lib/nn.yaml:79:7
%10496 = mul %10495, %10495 : f32[576] @ models/lib/nn.yaml:79:7
%10497 = reduce_sum %10496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10498 = sqrt %10497 : f32[] @ models/lib/nn.yaml:79:7
%10499 = cast %10498 : f64[] @ models/lib/nn.yaml:79:7
%10500 = add %10499, %6744 : f64[] @ models/lib/nn.yaml:79:7
%10501 = div %6746, %10500 : f64[] @ models/lib/nn.yaml:79:7
%10502 = lt %10501, %6748 : bool[] @ models/lib/nn.yaml:79:7
%10503 = cast %10501 : f32[] @ models/lib/nn.yaml:79:7
%10504 = broadcast %10503 : f32[24,24] @ models/lib/nn.yaml:79:7
%10505 = mul %10494, %10504 : f32[24,24] @ models/lib/nn.yaml:79:7
%10506 = broadcast %10502 : bool[24,24] @ models/lib/nn.yaml:79:7
%10507 = select %10506, %10505, %10494 : f32[24,24] @ models/lib/nn.yaml:79:7
%10508 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10509 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10510 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10511 = add %10510, %6758 : i64[] @ models/lib/nn.yaml:79:7
%10512 = mul %79, %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10513 = mul %10507, %10112 : f32[24,24] @ models/lib/nn.yaml:79:7
%10514 = mul %10508, %10114 : f32[24,24] @ models/lib/nn.yaml:79:7
%10515 = add %10514, %10513 : f32[24,24] @ models/lib/nn.yaml:79:7
%10516 = mul %10507, %10507 : f32[24,24] @ models/lib/nn.yaml:79:7
%10517 = mul %10516, %10118 : f32[24,24] @ models/lib/nn.yaml:79:7
%10518 = mul %10509, %10120 : f32[24,24] @ models/lib/nn.yaml:79:7
%10519 = add %10518, %10517 : f32[24,24] @ models/lib/nn.yaml:79:7
%10520 = cast %10511 : f64[] @ models/lib/nn.yaml:79:7
%10521 = pow %6767, %10520 : f64[] @ models/lib/nn.yaml:79:7
%10522 = sub %6748, %10521 : f64[] @ models/lib/nn.yaml:79:7
%10523 = div %4169, %10522 : f64[] @ models/lib/nn.yaml:79:7
%10524 = pow %6775, %10520 : f64[] @ models/lib/nn.yaml:79:7
%10525 = sub %6748, %10524 : f64[] @ models/lib/nn.yaml:79:7
%10526 = sqrt %10525 : f64[] @ models/lib/nn.yaml:79:7
%10527 = div %6748, %10526 : f64[] @ models/lib/nn.yaml:79:7
%10528 = sqrt %10519 : f32[24,24] @ models/lib/nn.yaml:79:7
%10529 = cast %10527 : f32[] @ models/lib/nn.yaml:79:7
%10530 = broadcast %10529 : f32[24,24] @ models/lib/nn.yaml:79:7
%10531 = mul %10528, %10530 : f32[24,24] @ models/lib/nn.yaml:79:7
%10532 = add %10531, %10135 : f32[24,24] @ models/lib/nn.yaml:79:7
%10533 = div %10515, %10532 : f32[24,24] @ models/lib/nn.yaml:79:7
%10534 = cast %10523 : f32[] @ models/lib/nn.yaml:79:7
%10535 = broadcast %10534 : f32[24,24] @ models/lib/nn.yaml:79:7
%10536 = mul %10533, %10535 : f32[24,24] @ models/lib/nn.yaml:79:7
%10537 = sub %10512, %10536 : f32[24,24] @ models/lib/nn.yaml:79:7
%10538 = assign %79, %10537 : f32[24,24] @ models/lib/nn.yaml:79:7
%10539 = assign %10508, %10515 : f32[24,24] @ models/lib/nn.yaml:79:7
%10540 = assign %10509, %10519 : f32[24,24] @ models/lib/nn.yaml:79:7
%10541 = assign %10510, %10511 : i64[] @ models/lib/nn.yaml:79:7
%10542 = mul %157, %10146 : f32[24,24] @ models/lib/nn.yaml:79:7
%10543 = mul %10537, %10148 : f32[24,24] @ models/lib/nn.yaml:79:7
%10544 = add %10542, %10543 : f32[24,24] @ models/lib/nn.yaml:79:7
%10545 = assign %157, %10544 : f32[24,24] @ models/lib/nn.yaml:79:7
%10546 = all_reduce_sum %5513 : f32[24] @ models/lib/nn.yaml:80:7
%10547 = mul %10546, %10546 : f32[24] @ models/lib/nn.yaml:80:7
%10548 = reduce_sum %10547 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10549 = sqrt %10548 : f32[] @ models/lib/nn.yaml:80:7
%10550 = cast %10549 : f64[] @ models/lib/nn.yaml:80:7
%10551 = add %10550, %6744 : f64[] @ models/lib/nn.yaml:80:7
%10552 = div %6746, %10551 : f64[] @ models/lib/nn.yaml:80:7
%10553 = lt %10552, %6748 : bool[] @ models/lib/nn.yaml:80:7
%10554 = cast %10552 : f32[] @ models/lib/nn.yaml:80:7
%10555 = broadcast %10554 : f32[24] @ models/lib/nn.yaml:80:7
%10556 = mul %10546, %10555 : f32[24] @ models/lib/nn.yaml:80:7
%10557 = broadcast %10553 : bool[24] @ models/lib/nn.yaml:80:7
%10558 = select %10557, %10556, %10546 : f32[24] @ models/lib/nn.yaml:80:7
%10559 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10560 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10561 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10562 = add %10561, %6758 : i64[] @ models/lib/nn.yaml:80:7
%10563 = mul %10558, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10564 = mul %10559, %10054 : f32[24] @ models/lib/nn.yaml:80:7
%10565 = add %10564, %10563 : f32[24] @ models/lib/nn.yaml:80:7
%10566 = mul %10558, %10558 : f32[24] @ models/lib/nn.yaml:80:7
%10567 = mul %10566, %10058 : f32[24] @ models/lib/nn.yaml:80:7
%10568 = mul %10560, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10569 = add %10568, %10567 : f32[24] @ models/lib/nn.yaml:80:7
%10570 = cast %10562 : f64[] @ models/lib/nn.yaml:80:7
%10571 = pow %6767, %10570 : f64[] @ models/lib/nn.yaml:80:7
%10572 = sub %6748, %10571 : f64[] @ models/lib/nn.yaml:80:7
%10573 = div %4169, %10572 : f64[] @ models/lib/nn.yaml:80:7
%10574 = pow %6775, %10570 : f64[] @ models/lib/nn.yaml:80:7
%10575 = sub %6748, %10574 : f64[] @ models/lib/nn.yaml:80:7
%10576 = sqrt %10575 : f64[] @ models/lib/nn.yaml:80:7
%10577 = div %6748, %10576 : f64[] @ models/lib/nn.yaml:80:7
%10578 = sqrt %10569 : f32[24] @ models/lib/nn.yaml:80:7
%10579 = cast %10577 : f32[] @ models/lib/nn.yaml:80:7
%10580 = broadcast %10579 : f32[24] @ models/lib/nn.yaml:80:7
%10581 = mul %10578, %10580 : f32[24] @ models/lib/nn.yaml:80:7
%10582 = add %10581, %10075 : f32[24] @ models/lib/nn.yaml:80:7
%10583 = div %10565, %10582 : f32[24] @ models/lib/nn.yaml:80:7
%10584 = cast %10573 : f32[] @ models/lib/nn.yaml:80:7
%10585 = broadcast %10584 : f32[24] @ models/lib/nn.yaml:80:7
%10586 = mul %10583, %10585 : f32[24] @ models/lib/nn.yaml:80:7
%10587 = sub %80, %10586 : f32[24] @ models/lib/nn.yaml:80:7
%10588 = assign %80, %10587 : f32[24] @ models/lib/nn.yaml:80:7
%10589 = assign %10559, %10565 : f32[24] @ models/lib/nn.yaml:80:7
%10590 = assign %10560, %10569 : f32[24] @ models/lib/nn.yaml:80:7
%10591 = assign %10561, %10562 : i64[] @ models/lib/nn.yaml:80:7
%10592 = mul %158, %10086 : f32[24] @ models/lib/nn.yaml:80:7
%10593 = mul %10587, %10088 : f32[24] @ models/lib/nn.yaml:80:7
%10594 = add %10592, %10593 : f32[24] @ models/lib/nn.yaml:80:7
%10595 = assign %158, %10594 : f32[24] @ models/lib/nn.yaml:80:7
%10596 = all_reduce_sum %5484 : f32[8,24] @ models/lib/nn.yaml:79:7
%10597 = reshape %10596 : f32[192] @ models/lib/nn.yaml:79:7
%10598 = mul %10597, %10597 : f32[192] @ models/lib/nn.yaml:79:7
%10599 = reduce_sum %10598 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10600 = sqrt %10599 : f32[] @ models/lib/nn.yaml:79:7
%10601 = cast %10600 : f64[] @ models/lib/nn.yaml:79:7
%10602 = add %10601, %6744 : f64[] @ models/lib/nn.yaml:79:7
%10603 = div %6746, %10602 : f64[] @ models/lib/nn.yaml:79:7
%10604 = lt %10603, %6748 : bool[] @ models/lib/nn.yaml:79:7
%10605 = cast %10603 : f32[] @ models/lib/nn.yaml:79:7
%10606 = broadcast %10605 : f32[8,24] @ models/lib/nn.yaml:79:7
%10607 = mul %10596, %10606 : f32[8,24] @ models/lib/nn.yaml:79:7
%10608 = broadcast %10604 : bool[8,24] @ models/lib/nn.yaml:79:7
%10609 = select %10608, %10607, %10596 : f32[8,24] @ models/lib/nn.yaml:79:7
%10610 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10611 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10612 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10613 = add %10612, %6758 : i64[] @ models/lib/nn.yaml:79:7
%10614 = mul %81, %10220 : f32[8,24] @ models/lib/nn.yaml:79:7
%10615 = mul %10609, %10222 : f32[8,24] @ models/lib/nn.yaml:79:7
%10616 = mul %10610, %10224 : f32[8,24] @ models/lib/nn.yaml:79:7
%10617 = add %10616, %10615 : f32[8,24] @ models/lib/nn.yaml:79:7
%10618 = mul %10609, %10609 : f32[8,24] @ models/lib/nn.yaml:79:7
%10619 = mul %10618, %10228 : f32[8,24] @ models/lib/nn.yaml:79:7
%10620 = mul %10611, %10230 : f32[8,24] @ models/lib/nn.yaml:79:7
%10621 = add %10620, %10619 : f32[8,24] @ models/lib/nn.yaml:79:7
%10622 = cast %10613 : f64[] @ models/lib/nn.yaml:79:7
%10623 = pow %6767, %10622 : f64[] @ models/lib/nn.yaml:79:7
%10624 = sub %6748, %10623 : f64[] @ models/lib/nn.yaml:79:7
%10625 = div %4169, %10624 : f64[] @ models/lib/nn.yaml:79:7
%10626 = pow %6775, %10622 : f64[] @ models/lib/nn.yaml:79:7
%10627 = sub %6748, %10626 : f64[] @ models/lib/nn.yaml:79:7
%10628 = sqrt %10627 : f64[] @ models/lib/nn.yaml:79:7
%10629 = div %6748, %10628 : f64[] @ models/lib/nn.yaml:79:7
%10630 = sqrt %10621 : f32[8,24] @ models/lib/nn.yaml:79:7
%10631 = cast %10629 : f32[] @ models/lib/nn.yaml:79:7
%10632 = broadcast %10631 : f32[8,24] @ models/lib/nn.yaml:79:7
%10633 = mul %10630, %10632 : f32[8,24] @ models/lib/nn.yaml:79:7
%10634 = add %10633, %10245 : f32[8,24] @ models/lib/nn.yaml:79:7
%10635 = div %10617, %10634 : f32[8,24] @ models/lib/nn.yaml:79:7
%10636 = cast %10625 : f32[] @ models/lib/nn.yaml:79:7
%10637 = broadcast %10636 : f32[8,24] @ models/lib/nn.yaml:79:7
%10638 = mul %10635, %10637 : f32[8,24] @ models/lib/nn.yaml:79:7
%10639 = sub %10614, %10638 : f32[8,24] @ models/lib/nn.yaml:79:7
%10640 = assign %81, %10639 : f32[8,24] @ models/lib/nn.yaml:79:7
%10641 = assign %10610, %10617 : f32[8,24] @ models/lib/nn.yaml:79:7
%10642 = assign %10611, %10621 : f32[8,24] @ models/lib/nn.yaml:79:7
%10643 = assign %10612, %10613 : i64[] @ models/lib/nn.yaml:79:7
%10644 = mul %159, %10256 : f32[8,24] @ models/lib/nn.yaml:79:7
%10645 = mul %10639, %10258 : f32[8,24] @ models/lib/nn.yaml:79:7
%10646 = add %10644, %10645 : f32[8,24] @ models/lib/nn.yaml:79:7
%10647 = assign %159, %10646 : f32[8,24] @ models/lib/nn.yaml:79:7
%10648 = all_reduce_sum %5476 : f32[8] @ models/lib/nn.yaml:80:7
%10649 = mul %10648, %10648 : f32[8] @ models/lib/nn.yaml:80:7
%10650 = reduce_sum %10649 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10651 = sqrt %10650 : f32[] @ models/lib/nn.yaml:80:7
%10652 = cast %10651 : f64[] @ models/lib/nn.yaml:80:7
%10653 = add %10652, %6744 : f64[] @ models/lib/nn.yaml:80:7
%10654 = div %6746, %10653 : f64[] @ models/lib/nn.yaml:80:7
%10655 = lt %10654, %6748 : bool[] @ models/lib/nn.yaml:80:7
%10656 = cast %10654 : f32[] @ models/lib/nn.yaml:80:7
%10657 = broadcast %10656 : f32[8] @ models/lib/nn.yaml:80:7
%10658 = mul %10648, %10657 : f32[8] @ models/lib/nn.yaml:80:7
%10659 = broadcast %10655 : bool[8] @ models/lib/nn.yaml:80:7
%10660 = select %10659, %10658, %10648 : f32[8] @ models/lib/nn.yaml:80:7
%10661 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10662 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10663 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10664 = add %10663, %6758 : i64[] @ models/lib/nn.yaml:80:7
%10665 = mul %10660, %10279 : f32[8] @ models/lib/nn.yaml:80:7
%10666 = mul %10661, %10281 : f32[8] @ models/lib/nn.yaml:80:7
%10667 = add %10666, %10665 : f32[8] @ models/lib/nn.yaml:80:7
%10668 = mul %10660, %10660 : f32[8] @ models/lib/nn.yaml:80:7
%10669 = mul %10668, %10285 : f32[8] @ models/lib/nn.yaml:80:7
%10670 = mul %10662, %10287 : f32[8] @ models/lib/nn.yaml:80:7
%10671 = add %10670, %10669 : f32[8] @ models/lib/nn.yaml:80:7
%10672 = cast %10664 : f64[] @ models/lib/nn.yaml:80:7
%10673 = pow %6767, %10672 : f64[] @ models/lib/nn.yaml:80:7
%10674 = sub %6748, %10673 : f64[] @ models/lib/nn.yaml:80:7
%10675 = div %4169, %10674 : f64[] @ models/lib/nn.yaml:80:7
%10676 = pow %6775, %10672 : f64[] @ models/lib/nn.yaml:80:7
%10677 = sub %6748, %10676 : f64[] @ models/lib/nn.yaml:80:7
%10678 = sqrt %10677 : f64[] @ models/lib/nn.yaml:80:7
%10679 = div %6748, %10678 : f64[] @ models/lib/nn.yaml:80:7
%10680 = sqrt %10671 : f32[8] @ models/lib/nn.yaml:80:7
%10681 = cast %10679 : f32[] @ models/lib/nn.yaml:80:7
%10682 = broadcast %10681 : f32[8] @ models/lib/nn.yaml:80:7
%10683 = mul %10680, %10682 : f32[8] @ models/lib/nn.yaml:80:7
%10684 = add %10683, %10302 : f32[8] @ models/lib/nn.yaml:80:7
%10685 = div %10667, %10684 : f32[8] @ models/lib/nn.yaml:80:7
%10686 = cast %10675 : f32[] @ models/lib/nn.yaml:80:7
%10687 = broadcast %10686 : f32[8] @ models/lib/nn.yaml:80:7
%10688 = mul %10685, %10687 : f32[8] @ models/lib/nn.yaml:80:7
%10689 = sub %82, %10688 : f32[8] @ models/lib/nn.yaml:80:7
%10690 = assign %82, %10689 : f32[8] @ models/lib/nn.yaml:80:7
%10691 = assign %10661, %10667 : f32[8] @ models/lib/nn.yaml:80:7
%10692 = assign %10662, %10671 : f32[8] @ models/lib/nn.yaml:80:7
%10693 = assign %10663, %10664 : i64[] @ models/lib/nn.yaml:80:7
%10694 = mul %160, %10313 : f32[8] @ models/lib/nn.yaml:80:7
%10695 = mul %10689, %10315 : f32[8] @ models/lib/nn.yaml:80:7
%10696 = add %10694, %10695 : f32[8] @ models/lib/nn.yaml:80:7
%10697 = assign %160, %10696 : f32[8] @ models/lib/nn.yaml:80:7
%10698 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10699 = mul %161, %10698 : f32[16,1] @ models/lib/dino.yaml:18:7
%10700 = broadcast %6807 : f32[16,1] @ models/lib/dino.yaml:18:7
%10701 = mul %83, %10700 : f32[16,1] @ models/lib/dino.yaml:18:7
%10702 = add %10699, %10701 : f32[16,1] @ models/lib/dino.yaml:18:7
%10703 = assign %161, %10702 : f32[16,1] @ models/lib/dino.yaml:18:7
%10704 = all_reduce_sum %5447 : f32[16,8] @ models/lib/dino.yaml:19:7
%10705 = reshape %10704 : f32[128] @ models/lib/dino.yaml:19:7
%10706 = mul %10705, %10705 : f32[128] @ models/lib/dino.yaml:19:7
%10707 = reduce_sum %10706 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10708 = sqrt %10707 : f32[] @ models/lib/dino.yaml:19:7
%10709 = cast %10708 : f64[] @ models/lib/dino.yaml:19:7
%10710 = add %10709, %6744 : f64[] @ models/lib/dino.yaml:19:7
%10711 = div %6746, %10710 : f64[] @ models/lib/dino.yaml:19:7
%10712 = lt %10711, %6748 : bool[] @ models/lib/dino.yaml:19:7
%10713 = cast %10711 : f32[] @ models/lib/dino.yaml:19:7
%10714 = broadcast %10713 : f32[16,8] @ models/lib/dino.yaml:19:7
%10715 = mul %10704, %10714 : f32[16,8] @ models/lib/dino.yaml:19:7
%10716 = broadcast %10712 : bool[16,8] @ models/lib/dino.yaml:19:7
%10717 = select %10716, %10715, %10704 : f32[16,8] @ models/lib/dino.yaml:19:7
%10718 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10719 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10720 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10721 = add %10720, %6758 : i64[] @ models/lib/dino.yaml:19:7
%10722 = broadcast %6762 : f32[16,8] @ models/lib/dino.yaml:19:7
%10723 = mul %84, %10722 : f32[16,8] @ models/lib/dino.yaml:19:7
%10724 = broadcast %3846 : f32[16,8] @ models/lib/dino.yaml:19:7
%10725 = mul %10717, %10724 : f32[16,8] @ models/lib/dino.yaml:19:7
%10726 = broadcast %2634 : f32[16,8] @ models/lib/dino.yaml:19:7
%10727 = mul %10718, %10726 : f32[16,8] @ models/lib/dino.yaml:19:7
%10728 = add %10727, %10725 : f32[16,8] @ models/lib/dino.yaml:19:7
%10729 = mul %10717, %10717 : f32[16,8] @ models/lib/dino.yaml:19:7
%10730 = broadcast %6772 : f32[16,8] @ models/lib/dino.yaml:19:7
%10731 = mul %10729, %10730 : f32[16,8] @ models/lib/dino.yaml:19:7
%10732 = broadcast %6776 : f32[16,8] @ models/lib/dino.yaml:19:7
%10733 = mul %10719, %10732 : f32[16,8] @ models/lib/dino.yaml:19:7
%10734 = add %10733, %10731 : f32[16,8] @ models/lib/dino.yaml:19:7
%10735 = cast %10721 : f64[] @ models/lib/dino.yaml:19:7
%10736 = pow %6767, %10735 : f64[] @ models/lib/dino.yaml:19:7
%10737 = sub %6748, %10736 : f64[] @ models/lib/dino.yaml:19:7
%10738 = div %4169, %10737 : f64[] @ models/lib/dino.yaml:19:7
%10739 = pow %6775, %10735 : f64[] @ models/lib/dino.yaml:19:7
%10740 = sub %6748, %10739 : f64[] @ models/lib/dino.yaml:19:7
%10741 = sqrt %10740 : f64[] @ models/lib/dino.yaml:19:7
%10742 = div %6748, %10741 : f64[] @ models/lib/dino.yaml:19:7
%10743 = sqrt %10734 : f32[16,8] @ models/lib/dino.yaml:19:7
%10744 = cast %10742 : f32[] @ models/lib/dino.yaml:19:7
%10745 = broadcast %10744 : f32[16,8] @ models/lib/dino.yaml:19:7
%10746 = mul %10743, %10745 : f32[16,8] @ models/lib/dino.yaml:19:7
%10747 = broadcast %6792 : f32[16,8] @ models/lib/dino.yaml:19:7
%10748 = add %10746, %10747 : f32[16,8] @ models/lib/dino.yaml:19:7
%10749 = div %10728, %10748 : f32[16,8] @ models/lib/dino.yaml:19:7
%10750 = cast %10738 : f32[] @ models/lib/dino.yaml:19:7
%10751 = broadcast %10750 : f32[16,8] @ models/lib/dino.yaml:19:7
%10752 = mul %10749, %10751 : f32[16,8] @ models/lib/dino.yaml:19:7
%10753 = sub %10723, %10752 : f32[16,8] @ models/lib/dino.yaml:19:7
%10754 = broadcast %10376 : bool[16,8] @ models/lib/dino.yaml:19:7
%10755 = select %10754, %84, %10753 : f32[16,8] @ models/lib/dino.yaml:19:7
%10756 = select %10754, %10718, %10728 : f32[16,8] @ models/lib/dino.yaml:19:7
%10757 = select %10754, %10719, %10734 : f32[16,8] @ models/lib/dino.yaml:19:7
%10758 = select %10376, %10720, %10721 : i64[] @ models/lib/dino.yaml:19:7
%10759 = assign %84, %10755 : f32[16,8] @ models/lib/dino.yaml:19:7
%10760 = assign %10718, %10756 : f32[16,8] @ models/lib/dino.yaml:19:7
%10761 = assign %10719, %10757 : f32[16,8] @ models/lib/dino.yaml:19:7
%10762 = assign %10720, %10758 : i64[] @ models/lib/dino.yaml:19:7
%10763 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10764 = mul %162, %10763 : f32[16,8] @ models/lib/dino.yaml:19:7
%10765 = broadcast %6807 : f32[16,8] @ models/lib/dino.yaml:19:7
%10766 = mul %10755, %10765 : f32[16,8] @ models/lib/dino.yaml:19:7
%10767 = add %10764, %10766 : f32[16,8] @ models/lib/dino.yaml:19:7
%10768 = assign %162, %10767 : f32[16,8] @ models/lib/dino.yaml:19:7
%10769 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10770 = abs %4128 : f32[] @ models/dino_pass.yaml:149:3
%10771 = lt %10770, %10769 : bool[] @ models/dino_pass.yaml:149:3
%10772 = output %10771 name="finite" : bool[] @ models/dino_pass.yaml:149:3
