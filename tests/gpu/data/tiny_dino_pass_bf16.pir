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
%967 = reshape %966 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%968 = broadcast %967 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%969 = reshape %965 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%970 = cast %969 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%971 = mul %968, %970 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%972 = reduce_sum %971 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%973 = cast %972 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%974 = permute %973 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%975 = reshape %974 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%976 = matmul %975, %624 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%977 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%978 = cast %976 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%979 = add %978, %977 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%980 = add %852, %979 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%981 = reduce_sum %980 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%982 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%983 = div %981, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%984 = broadcast %983 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%985 = sub %980, %984 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%986 = mul %985, %985 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%987 = reduce_sum %986 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%988 = div %987, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%989 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%990 = add %988, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%991 = rsqrt %990 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%992 = broadcast %991 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%993 = mul %985, %992 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%994 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%995 = mul %993, %994 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%996 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%997 = add %995, %996 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%998 = cast %997 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%999 = matmul %998, %651 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1000 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1001 = cast %999 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1002 = add %1001, %1000 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1003 = broadcast %314 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1004 = mul %1003, %1002 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1005 = broadcast %319 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1006 = mul %1002, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1007 = erf %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1008 = broadcast %325 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1009 = add %1008, %1007 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1010 = mul %1004, %1009 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1011 = cast %1010 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1012 = matmul %1011, %667 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1013 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1014 = cast %1012 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1015 = add %1014, %1013 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1016 = add %980, %1015 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1017 = concat %1016, %482 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1018 = reduce_sum %1017 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1019 = div %1018, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1020 = broadcast %1019 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1021 = sub %1017, %1020 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1022 = mul %1021, %1021 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1023 = reduce_sum %1022 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1024 = div %1023, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1025 = add %1024, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1026 = rsqrt %1025 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1027 = broadcast %1026 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1028 = mul %1021, %1027 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1029 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1030 = mul %1028, %1029 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1031 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1032 = add %1030, %1031 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1033 = cast %1032 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1034 = slice %1033 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1035 = matmul %1034, %694 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1036 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1037 = cast %1035 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1038 = add %1037, %1036 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1039 = matmul %1033, %699 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1040 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1041 = cast %1039 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1042 = add %1041, %1040 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1043 = matmul %1033, %704 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1044 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1045 = cast %1043 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1046 = add %1045, %1044 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1047 = cast %1038 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1048 = reshape %1047 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1049 = permute %1048 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1050 = cast %1042 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%1051 = reshape %1050 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%1052 = permute %1051 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%1053 = cast %1049 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1054 = slice %1053 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1055 = broadcast %1054 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1056 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1057 = slice %1056 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1058 = cast %1057 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1059 = mul %1055, %1058 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1060 = slice %1053 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1061 = broadcast %1060 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1062 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1063 = slice %1062 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1064 = cast %1063 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1065 = mul %1061, %1064 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1066 = add %1059, %1065 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1067 = slice %1053 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1068 = broadcast %1067 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1069 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1070 = slice %1069 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1071 = cast %1070 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1072 = mul %1068, %1071 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1073 = add %1066, %1072 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1074 = slice %1053 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1075 = broadcast %1074 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1076 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1077 = slice %1076 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1078 = cast %1077 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1079 = mul %1075, %1078 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1080 = add %1073, %1079 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1081 = slice %1053 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1082 = broadcast %1081 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1083 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1084 = slice %1083 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1085 = cast %1084 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1086 = mul %1082, %1085 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = add %1080, %1086 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1088 = slice %1053 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1089 = broadcast %1088 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1090 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1091 = slice %1090 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1092 = cast %1091 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1093 = mul %1089, %1092 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1094 = add %1087, %1093 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = slice %1053 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1096 = broadcast %1095 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1097 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1098 = slice %1097 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1099 = cast %1098 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1100 = mul %1096, %1099 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1101 = add %1094, %1100 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1102 = slice %1053 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1103 = broadcast %1102 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1104 = permute %1052 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%1105 = slice %1104 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1106 = cast %1105 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1107 = mul %1103, %1106 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1108 = add %1101, %1107 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1109 = cast %1108 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1110 = cast %1109 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1111 = mul %1110, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1112 = reduce_max %1111 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1113 = stop_gradient %1112 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1114 = broadcast %1113 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1115 = cast %1109 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1116 = mul %1115, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1117 = sub %1116, %1114 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1118 = exp %1117 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1119 = reduce_sum %1118 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1120 = broadcast %1119 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1121 = exp %1117 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1122 = div %1121, %1120 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1123 = cast %1122 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1124 = cast %1046 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%1125 = reshape %1124 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%1126 = permute %1125 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%1127 = cast %1123 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1128 = reshape %1127 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1129 = broadcast %1128 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1130 = reshape %1126 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1131 = cast %1130 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1132 = mul %1129, %1131 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1133 = reduce_sum %1132 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1134 = cast %1133 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1135 = permute %1134 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1136 = reshape %1135 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1137 = matmul %1136, %810 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1138 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1139 = cast %1137 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1140 = add %1139, %1138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1141 = add %1016, %1140 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1142 = reduce_sum %1141 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1143 = div %1142, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1144 = broadcast %1143 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1145 = sub %1141, %1144 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1146 = mul %1145, %1145 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1147 = reduce_sum %1146 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1148 = div %1147, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1149 = add %1148, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1150 = rsqrt %1149 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1151 = broadcast %1150 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1152 = mul %1145, %1151 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1153 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1154 = mul %1152, %1153 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1155 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1156 = add %1154, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1157 = cast %1156 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1158 = matmul %1157, %832 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1159 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1160 = cast %1158 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1161 = add %1160, %1159 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1162 = mul %1003, %1161 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1163 = mul %1161, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1164 = erf %1163 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1165 = add %1008, %1164 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1166 = mul %1162, %1165 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1167 = cast %1166 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1168 = matmul %1167, %845 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1169 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1170 = cast %1168 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1171 = add %1170, %1169 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1172 = add %1141, %1171 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1173 = concat %1172, %851 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1174 = reduce_sum %1173 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1175 = div %1174, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1176 = broadcast %1175 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1177 = sub %1173, %1176 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1178 = mul %1177, %1177 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1179 = reduce_sum %1178 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1180 = div %1179, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1181 = add %1180, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1182 = rsqrt %1181 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1183 = broadcast %1182 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1184 = mul %1177, %1183 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1185 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1186 = mul %1184, %1185 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1187 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1188 = add %1186, %1187 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1189 = cast %1188 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1190 = slice %1189 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%1191 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1192 = matmul %1190, %1191 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1193 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1194 = cast %1192 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1195 = add %1194, %1193 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1196 = broadcast %314 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1197 = mul %1196, %1195 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1198 = broadcast %319 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1199 = mul %1195, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1200 = erf %1199 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1201 = broadcast %325 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1202 = add %1201, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1203 = mul %1197, %1202 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1204 = cast %1203 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1205 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1206 = matmul %1204, %1205 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1207 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1208 = cast %1206 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1209 = add %1208, %1207 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1210 = mul %1196, %1209 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1211 = mul %1209, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1212 = erf %1211 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1213 = add %1201, %1212 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1214 = mul %1210, %1213 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1215 = cast %1214 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1216 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1217 = matmul %1215, %1216 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1218 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1219 = cast %1217 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1220 = add %1219, %1218 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1221 = mul %1220, %1220 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1222 = reduce_sum %1221 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1223 = sqrt %1222 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1224 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1225 = broadcast %1224 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1226 = max %1223, %1225 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1227 = broadcast %1226 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1228 = div %1220, %1227 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1229 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1230 = mul %1229, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1231 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1232 = reduce_sum %1231 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1233 = sqrt %1232 : f32[32,1] @ models/lib/dino.yaml:22:35
%1234 = broadcast %1233 : f32[32,8] @ models/lib/dino.yaml:22:33
%1235 = div %1230, %1234 : f32[32,8] @ models/lib/dino.yaml:22:33
%1236 = cast %1228 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1237 = cast %1235 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1238 = matmul %1236, %1237 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1239 = slice %1189 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:110:46
%1240 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1241 = matmul %1239, %1240 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1242 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1243 = broadcast %314 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1244 = cast %1241 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1245 = add %1244, %1242 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1246 = mul %1243, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1247 = broadcast %319 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1248 = cast %1241 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1249 = add %1248, %1242 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1250 = mul %1249, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1251 = erf %1250 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1252 = broadcast %325 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1253 = add %1252, %1251 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1254 = mul %1246, %1253 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1255 = cast %1254 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1256 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1257 = matmul %1255, %1256 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1258 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1259 = cast %1257 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1260 = add %1259, %1258 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1261 = mul %1243, %1260 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1262 = cast %1257 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1263 = add %1262, %1258 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1264 = mul %1263, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1265 = erf %1264 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1266 = add %1252, %1265 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1267 = mul %1261, %1266 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1268 = cast %1267 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1269 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1270 = matmul %1268, %1269 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1271 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1272 = cast %1270 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1273 = add %1272, %1271 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1274 = mul %1273, %1273 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1275 = reduce_sum %1274 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1276 = sqrt %1275 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1277 = broadcast %1224 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1278 = max %1276, %1277 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1279 = broadcast %1278 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1280 = cast %1270 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1281 = add %1280, %1271 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1282 = div %1281, %1279 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1283 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1284 = mul %1283, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1285 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1286 = reduce_sum %1285 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1287 = sqrt %1286 : f32[16,1] @ models/lib/dino.yaml:22:35
%1288 = broadcast %1287 : f32[16,8] @ models/lib/dino.yaml:22:33
%1289 = div %1284, %1288 : f32[16,8] @ models/lib/dino.yaml:22:33
%1290 = cast %1282 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1291 = cast %1289 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1292 = matmul %1290, %1291 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1293 = cast %1238 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1294 = slice %1293 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1295 = slice %1293 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1296 = cast %6 : bf16[4,3,12,12] @ models/lib/vit.yaml:17:18
%1297 = reshape %1296 : bf16[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1298 = permute %1297 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1299 = reshape %1298 : bf16[4,9,48] @ models/lib/vit.yaml:16:13
%1300 = matmul %1299, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1301 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1302 = cast %1300 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1303 = add %1302, %1301 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1304 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1305 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1306 = cast %1304 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1307 = cast %1305 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1308 = matmul %1306, %1307 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1309 = reshape %1308 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1310 = permute %1309 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1311 = reshape %1310 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1312 = matmul %1306, %1311 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1313 = cast %1312 : f32[3,48] @ models/lib/vit.yaml:35:21
%1314 = reshape %1313 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1315 = permute %1314 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1316 = reshape %1315 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1317 = broadcast %1316 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1318 = add %1303, %1317 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1319 = reduce_sum %1318 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1320 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1321 = div %1319, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1322 = broadcast %1321 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1323 = sub %1318, %1322 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1324 = mul %1323, %1323 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1325 = reduce_sum %1324 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1326 = div %1325, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1327 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1328 = add %1326, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1329 = rsqrt %1328 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1330 = broadcast %1329 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1331 = mul %1323, %1330 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1332 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1333 = mul %1331, %1332 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1334 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1335 = add %1333, %1334 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1336 = cast %1335 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1337 = matmul %1336, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1338 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1339 = cast %1337 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1340 = add %1339, %1338 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1341 = cast %1340 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1342 = reshape %1341 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1343 = permute %1342 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1344 = slice %1343 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1345 = reshape %1344 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1346 = slice %1343 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1347 = reshape %1346 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1348 = cast %1345 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1349 = cast %1347 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1350 = permute %1349 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1351 = slice %1348 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1352 = broadcast %1351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1353 = slice %1350 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1354 = broadcast %1353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1355 = mul %1352, %1354 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1356 = slice %1348 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1357 = broadcast %1356 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1358 = slice %1350 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1359 = broadcast %1358 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1360 = mul %1357, %1359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1361 = add %1355, %1360 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1362 = slice %1348 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1363 = broadcast %1362 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1364 = slice %1350 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1365 = broadcast %1364 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1366 = mul %1363, %1365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1367 = add %1361, %1366 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1368 = slice %1348 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1369 = broadcast %1368 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1370 = slice %1350 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1371 = broadcast %1370 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1372 = mul %1369, %1371 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1373 = add %1367, %1372 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1374 = slice %1348 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1375 = broadcast %1374 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1376 = slice %1350 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1377 = broadcast %1376 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1378 = mul %1375, %1377 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1379 = add %1373, %1378 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1380 = slice %1348 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1381 = broadcast %1380 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1382 = slice %1350 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1383 = broadcast %1382 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1384 = mul %1381, %1383 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1385 = add %1379, %1384 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1386 = slice %1348 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1387 = broadcast %1386 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1388 = slice %1350 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1389 = broadcast %1388 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1390 = mul %1387, %1389 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1391 = add %1385, %1390 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1392 = slice %1348 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1393 = broadcast %1392 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1394 = slice %1350 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1395 = broadcast %1394 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1396 = mul %1393, %1395 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1397 = add %1391, %1396 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1398 = cast %1397 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1399 = broadcast %260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1400 = cast %1398 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1401 = mul %1400, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1402 = reduce_max %1401 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1403 = stop_gradient %1402 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1404 = broadcast %1403 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1405 = cast %1398 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1406 = mul %1405, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1407 = sub %1406, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1408 = exp %1407 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1409 = reduce_sum %1408 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1410 = broadcast %1409 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1411 = exp %1407 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1412 = div %1411, %1410 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1413 = cast %1412 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1414 = slice %1343 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1415 = reshape %1414 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1416 = cast %1413 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1417 = cast %1415 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1418 = reshape %1416 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1419 = broadcast %1418 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1420 = reshape %1417 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1421 = broadcast %1420 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1422 = mul %1419, %1421 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1423 = reduce_sum %1422 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1424 = cast %1423 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1425 = permute %1424 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1426 = reshape %1425 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1427 = matmul %1426, %289 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1428 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1429 = cast %1427 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1430 = add %1429, %1428 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1431 = add %1318, %1430 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1432 = reduce_sum %1431 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1433 = div %1432, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1434 = broadcast %1433 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1435 = sub %1431, %1434 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1436 = mul %1435, %1435 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1437 = reduce_sum %1436 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1438 = div %1437, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1439 = add %1438, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1440 = rsqrt %1439 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1441 = broadcast %1440 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1442 = mul %1435, %1441 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1443 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1444 = mul %1442, %1443 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1445 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1446 = add %1444, %1445 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1447 = cast %1446 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1448 = matmul %1447, %311 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1449 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1450 = broadcast %314 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1451 = cast %1448 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1452 = add %1451, %1449 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1453 = mul %1450, %1452 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1454 = broadcast %319 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1455 = cast %1448 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1456 = add %1455, %1449 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1457 = mul %1456, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1458 = erf %1457 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1459 = broadcast %325 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1460 = add %1459, %1458 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1461 = mul %1453, %1460 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1462 = cast %1461 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1463 = matmul %1462, %330 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1464 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1465 = cast %1463 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1466 = add %1465, %1464 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1467 = add %1431, %1466 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1468 = reduce_sum %1467 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1469 = div %1468, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1470 = broadcast %1469 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1471 = sub %1467, %1470 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1472 = mul %1471, %1471 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1473 = reduce_sum %1472 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1474 = div %1473, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1475 = add %1474, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1476 = rsqrt %1475 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1477 = broadcast %1476 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1478 = mul %1471, %1477 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1479 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1480 = mul %1478, %1479 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1481 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1482 = add %1480, %1481 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1483 = cast %1482 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1484 = matmul %1483, %352 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1485 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1486 = cast %1484 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1487 = add %1486, %1485 : f32[4,9,48] @ models/lib/nn.yaml:84:18
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
%1547 = mul %1546, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1548 = reduce_max %1547 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1549 = stop_gradient %1548 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1550 = broadcast %1549 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1551 = cast %1545 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1552 = mul %1551, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
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
%1573 = matmul %1572, %442 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1574 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1575 = cast %1573 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1576 = add %1575, %1574 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1577 = add %1467, %1576 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1578 = reduce_sum %1577 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1579 = div %1578, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1580 = broadcast %1579 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1581 = sub %1577, %1580 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1582 = mul %1581, %1581 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1583 = reduce_sum %1582 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1584 = div %1583, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1585 = add %1584, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1586 = rsqrt %1585 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1587 = broadcast %1586 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1588 = mul %1581, %1587 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1589 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1590 = mul %1588, %1589 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1591 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1592 = add %1590, %1591 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1593 = cast %1592 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1594 = matmul %1593, %464 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1595 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1596 = cast %1594 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1597 = add %1596, %1595 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1598 = mul %1450, %1597 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1599 = cast %1594 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1600 = add %1599, %1595 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1601 = mul %1600, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1602 = erf %1601 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1603 = add %1459, %1602 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1604 = mul %1598, %1603 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1605 = cast %1604 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1606 = matmul %1605, %477 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
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
%1635 = matmul %1634, %507 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1636 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1637 = cast %1635 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1638 = add %1637, %1636 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1639 = matmul %1633, %512 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1640 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1641 = cast %1639 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1642 = add %1641, %1640 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1643 = matmul %1633, %517 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1644 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1645 = cast %1643 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1646 = add %1645, %1644 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1647 = cast %1638 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1648 = reshape %1647 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1649 = permute %1648 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1650 = cast %1642 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1651 = reshape %1650 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1652 = permute %1651 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1653 = cast %1649 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1654 = slice %1653 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1655 = broadcast %1654 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1656 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1657 = slice %1656 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1658 = cast %1657 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1659 = mul %1655, %1658 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1660 = slice %1653 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1661 = broadcast %1660 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1662 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1663 = slice %1662 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1664 = cast %1663 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1665 = mul %1661, %1664 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1666 = add %1659, %1665 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1667 = slice %1653 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1668 = broadcast %1667 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1669 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1670 = slice %1669 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1671 = cast %1670 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1672 = mul %1668, %1671 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1673 = add %1666, %1672 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1674 = slice %1653 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1675 = broadcast %1674 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1676 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1677 = slice %1676 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1678 = cast %1677 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1679 = mul %1675, %1678 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1680 = add %1673, %1679 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1681 = slice %1653 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1682 = broadcast %1681 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1683 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1684 = slice %1683 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1685 = cast %1684 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1686 = mul %1682, %1685 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1687 = add %1680, %1686 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1688 = slice %1653 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1689 = broadcast %1688 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1690 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1691 = slice %1690 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1692 = cast %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1693 = mul %1689, %1692 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1694 = add %1687, %1693 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1695 = slice %1653 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1696 = broadcast %1695 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1697 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1698 = slice %1697 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1699 = cast %1698 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1700 = mul %1696, %1699 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1701 = add %1694, %1700 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1702 = slice %1653 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1703 = broadcast %1702 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1704 = permute %1652 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1705 = slice %1704 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1706 = cast %1705 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1707 = mul %1703, %1706 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1708 = add %1701, %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1709 = cast %1708 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1710 = broadcast %260 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1711 = cast %1709 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1712 = mul %1711, %1710 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1713 = reduce_max %1712 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1714 = stop_gradient %1713 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1715 = broadcast %1714 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1716 = cast %1709 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1717 = mul %1716, %1710 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1718 = sub %1717, %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1719 = exp %1718 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1720 = reduce_sum %1719 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1721 = broadcast %1720 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1722 = exp %1718 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1723 = div %1722, %1721 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1724 = cast %1723 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1725 = cast %1646 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1726 = reshape %1725 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1727 = permute %1726 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1728 = cast %1724 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1729 = slice %1728 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1730 = broadcast %1729 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1731 = slice %1727 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1732 = cast %1731 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1733 = mul %1730, %1732 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1734 = slice %1728 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1735 = broadcast %1734 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1736 = slice %1727 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1737 = cast %1736 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1738 = mul %1735, %1737 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1739 = add %1733, %1738 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1740 = slice %1728 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1741 = broadcast %1740 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1742 = slice %1727 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1743 = cast %1742 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1744 = mul %1741, %1743 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1745 = add %1739, %1744 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1746 = cast %1745 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1747 = permute %1746 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1748 = reshape %1747 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1749 = matmul %1748, %624 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1750 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1751 = cast %1749 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1752 = add %1751, %1750 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1753 = add %1614, %1752 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1754 = reduce_sum %1753 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1755 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1756 = div %1754, %1755 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1757 = broadcast %1756 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1758 = cast %1749 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1759 = add %1758, %1750 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1760 = add %1614, %1759 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1761 = sub %1760, %1757 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1762 = mul %1761, %1761 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1763 = reduce_sum %1762 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1764 = div %1763, %1755 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1765 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1766 = add %1764, %1765 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1767 = rsqrt %1766 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1768 = broadcast %1767 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1769 = mul %1761, %1768 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1770 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1771 = mul %1769, %1770 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1772 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1773 = add %1771, %1772 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1774 = cast %1773 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1775 = matmul %1774, %651 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1776 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1777 = broadcast %314 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1778 = cast %1775 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1779 = add %1778, %1776 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1780 = mul %1777, %1779 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1781 = broadcast %319 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1782 = cast %1775 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1783 = add %1782, %1776 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1784 = mul %1783, %1781 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1785 = erf %1784 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1786 = broadcast %325 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1787 = add %1786, %1785 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1788 = mul %1780, %1787 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1789 = cast %1788 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1790 = matmul %1789, %667 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1791 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1792 = cast %1790 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1793 = add %1792, %1791 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1794 = cast %1749 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1795 = add %1794, %1750 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1796 = add %1614, %1795 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1797 = add %1796, %1793 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1798 = concat %1797, %1613 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1799 = reduce_sum %1798 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1800 = div %1799, %1617 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1801 = broadcast %1800 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1802 = sub %1798, %1801 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1803 = mul %1802, %1802 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1804 = reduce_sum %1803 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1805 = div %1804, %1617 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1806 = add %1805, %1624 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1807 = rsqrt %1806 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1808 = broadcast %1807 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1809 = mul %1802, %1808 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1810 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1811 = mul %1809, %1810 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1812 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1813 = add %1811, %1812 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1814 = cast %1813 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1815 = slice %1814 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1816 = matmul %1815, %694 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1817 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1818 = cast %1816 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1819 = add %1818, %1817 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1820 = matmul %1814, %699 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1821 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1822 = cast %1820 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1823 = add %1822, %1821 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1824 = matmul %1814, %704 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1825 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1826 = cast %1824 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1827 = add %1826, %1825 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1828 = cast %1819 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1829 = reshape %1828 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1830 = permute %1829 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1831 = cast %1823 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1832 = reshape %1831 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1833 = permute %1832 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1834 = cast %1830 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1835 = slice %1834 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1836 = broadcast %1835 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1837 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1838 = slice %1837 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1839 = cast %1838 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1840 = mul %1836, %1839 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1841 = slice %1834 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1842 = broadcast %1841 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1843 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1844 = slice %1843 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1845 = cast %1844 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1846 = mul %1842, %1845 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1847 = add %1840, %1846 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1848 = slice %1834 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1849 = broadcast %1848 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1850 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1851 = slice %1850 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1852 = cast %1851 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1853 = mul %1849, %1852 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1854 = add %1847, %1853 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1855 = slice %1834 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1856 = broadcast %1855 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1857 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1858 = slice %1857 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1859 = cast %1858 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1860 = mul %1856, %1859 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1861 = add %1854, %1860 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1862 = slice %1834 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1863 = broadcast %1862 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1864 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1865 = slice %1864 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1866 = cast %1865 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1867 = mul %1863, %1866 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1868 = add %1861, %1867 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1869 = slice %1834 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1870 = broadcast %1869 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1871 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1872 = slice %1871 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1873 = cast %1872 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1874 = mul %1870, %1873 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1875 = add %1868, %1874 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1876 = slice %1834 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1877 = broadcast %1876 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1878 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1879 = slice %1878 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1880 = cast %1879 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1881 = mul %1877, %1880 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1882 = add %1875, %1881 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1883 = slice %1834 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1884 = broadcast %1883 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1885 = permute %1833 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1886 = slice %1885 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1887 = cast %1886 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1888 = mul %1884, %1887 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1889 = add %1882, %1888 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1890 = cast %1889 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1891 = cast %1890 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1892 = mul %1891, %1710 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1893 = reduce_max %1892 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1894 = stop_gradient %1893 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1895 = broadcast %1894 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1896 = cast %1890 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1897 = mul %1896, %1710 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1898 = sub %1897, %1895 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1899 = exp %1898 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1900 = reduce_sum %1899 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1901 = broadcast %1900 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1902 = exp %1898 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1903 = div %1902, %1901 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1904 = cast %1903 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1905 = cast %1827 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1906 = reshape %1905 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1907 = permute %1906 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1908 = cast %1904 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1909 = slice %1908 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1910 = broadcast %1909 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1911 = slice %1907 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1912 = cast %1911 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1913 = mul %1910, %1912 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1914 = slice %1908 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1915 = broadcast %1914 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1916 = slice %1907 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1917 = cast %1916 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1918 = mul %1915, %1917 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1919 = add %1913, %1918 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1920 = slice %1908 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1921 = broadcast %1920 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1922 = slice %1907 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1923 = cast %1922 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1924 = mul %1921, %1923 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1925 = add %1919, %1924 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1926 = cast %1925 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1927 = permute %1926 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1928 = reshape %1927 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1929 = matmul %1928, %810 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1930 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1931 = cast %1929 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1932 = add %1931, %1930 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1933 = add %1797, %1932 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1934 = reduce_sum %1933 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1935 = div %1934, %1755 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1936 = broadcast %1935 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1937 = sub %1933, %1936 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1938 = mul %1937, %1937 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1939 = reduce_sum %1938 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1940 = div %1939, %1755 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1941 = add %1940, %1765 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1942 = rsqrt %1941 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1943 = broadcast %1942 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1944 = mul %1937, %1943 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1945 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1946 = mul %1944, %1945 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1947 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1948 = add %1946, %1947 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1949 = cast %1948 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1950 = matmul %1949, %832 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1951 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1952 = cast %1950 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1953 = add %1952, %1951 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1954 = mul %1777, %1953 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1955 = cast %1950 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1956 = add %1955, %1951 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1957 = mul %1956, %1781 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1958 = erf %1957 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1959 = add %1786, %1958 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1960 = mul %1954, %1959 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1961 = cast %1960 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1962 = matmul %1961, %845 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1963 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1964 = cast %1962 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1965 = add %1964, %1963 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1966 = add %1933, %1965 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1967 = reshape %1966 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1968 = concat %852, %1610 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1969 = reduce_sum %1968 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1970 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1971 = div %1969, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1972 = broadcast %1971 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1973 = sub %1968, %1972 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1974 = mul %1973, %1973 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1975 = reduce_sum %1974 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1976 = div %1975, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1977 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1978 = add %1976, %1977 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1979 = rsqrt %1978 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1980 = broadcast %1979 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1981 = mul %1973, %1980 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1982 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1983 = mul %1981, %1982 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1984 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1985 = add %1983, %1984 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1986 = cast %1985 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1987 = slice %1986 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1988 = matmul %1987, %507 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1989 = cast %1988 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1990 = add %1989, %874 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1991 = matmul %1986, %512 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1992 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1993 = cast %1991 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1994 = add %1993, %1992 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1995 = matmul %1986, %517 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1996 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1997 = cast %1995 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1998 = add %1997, %1996 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1999 = cast %1990 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2000 = reshape %1999 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2001 = permute %2000 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2002 = cast %1994 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2003 = reshape %2002 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2004 = permute %2003 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2005 = cast %2001 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2006 = slice %2005 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2007 = broadcast %2006 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2008 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2009 = slice %2008 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2010 = cast %2009 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2011 = mul %2007, %2010 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2012 = slice %2005 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2013 = broadcast %2012 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2014 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2015 = slice %2014 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = cast %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = mul %2013, %2016 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2018 = add %2011, %2017 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2019 = slice %2005 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2020 = broadcast %2019 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2021 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2022 = slice %2021 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = cast %2022 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2024 = mul %2020, %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = add %2018, %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = slice %2005 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2027 = broadcast %2026 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2029 = slice %2028 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = cast %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = mul %2027, %2030 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2032 = add %2025, %2031 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = slice %2005 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2034 = broadcast %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2035 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2036 = slice %2035 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = cast %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2038 = mul %2034, %2037 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2039 = add %2032, %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2040 = slice %2005 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2041 = broadcast %2040 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2043 = slice %2042 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2044 = cast %2043 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2045 = mul %2041, %2044 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2046 = add %2039, %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = slice %2005 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2048 = broadcast %2047 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2049 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2050 = slice %2049 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2051 = cast %2050 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2052 = mul %2048, %2051 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2053 = add %2046, %2052 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2054 = slice %2005 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2055 = broadcast %2054 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2056 = permute %2004 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2057 = slice %2056 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2058 = cast %2057 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2059 = mul %2055, %2058 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2060 = add %2053, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2061 = cast %2060 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2062 = broadcast %260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2063 = cast %2061 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2064 = mul %2063, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2065 = reduce_max %2064 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2066 = stop_gradient %2065 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2067 = broadcast %2066 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2068 = cast %2061 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2069 = mul %2068, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2070 = sub %2069, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2071 = exp %2070 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2072 = reduce_sum %2071 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2073 = broadcast %2072 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2074 = exp %2070 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2075 = div %2074, %2073 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2076 = cast %2075 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2077 = cast %1998 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2078 = reshape %2077 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2079 = permute %2078 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2080 = cast %2076 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2081 = reshape %2080 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2082 = broadcast %2081 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2083 = reshape %2079 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2084 = cast %2083 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2085 = mul %2082, %2084 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2086 = reduce_sum %2085 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2087 = cast %2086 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2088 = permute %2087 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2089 = reshape %2088 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2090 = matmul %2089, %624 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2091 = cast %2090 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2092 = add %2091, %977 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2093 = add %852, %2092 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2094 = reduce_sum %2093 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2095 = div %2094, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2096 = broadcast %2095 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2097 = sub %2093, %2096 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2098 = mul %2097, %2097 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2099 = reduce_sum %2098 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2100 = div %2099, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2101 = add %2100, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2102 = rsqrt %2101 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2103 = broadcast %2102 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2104 = mul %2097, %2103 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2105 = mul %2104, %994 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2106 = add %2105, %996 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2107 = cast %2106 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2108 = matmul %2107, %651 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2109 = cast %2108 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2110 = add %2109, %1000 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2111 = mul %1003, %2110 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2112 = mul %2110, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2113 = erf %2112 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2114 = add %1008, %2113 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2115 = mul %2111, %2114 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2116 = cast %2115 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2117 = matmul %2116, %667 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2118 = cast %2117 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2119 = add %2118, %1013 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2120 = add %2093, %2119 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2121 = concat %2120, %1610 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2122 = reduce_sum %2121 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2123 = div %2122, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2124 = broadcast %2123 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2125 = sub %2121, %2124 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2126 = mul %2125, %2125 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2127 = reduce_sum %2126 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2128 = div %2127, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2129 = add %2128, %1977 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2130 = rsqrt %2129 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2131 = broadcast %2130 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2132 = mul %2125, %2131 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2133 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2134 = mul %2132, %2133 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2135 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2136 = add %2134, %2135 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2137 = cast %2136 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2138 = slice %2137 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2139 = matmul %2138, %694 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2140 = cast %2139 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2141 = add %2140, %1036 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2142 = matmul %2137, %699 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2143 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2144 = cast %2142 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2145 = add %2144, %2143 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2146 = matmul %2137, %704 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2147 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2148 = cast %2146 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2149 = add %2148, %2147 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2150 = cast %2141 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2151 = reshape %2150 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2152 = permute %2151 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2153 = cast %2145 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2154 = reshape %2153 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2155 = permute %2154 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2156 = cast %2152 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2157 = slice %2156 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2158 = broadcast %2157 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2159 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2160 = slice %2159 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2161 = cast %2160 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2162 = mul %2158, %2161 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2163 = slice %2156 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2164 = broadcast %2163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2165 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2166 = slice %2165 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2167 = cast %2166 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2168 = mul %2164, %2167 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2169 = add %2162, %2168 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2170 = slice %2156 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2171 = broadcast %2170 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2172 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2173 = slice %2172 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2174 = cast %2173 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2175 = mul %2171, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2176 = add %2169, %2175 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2177 = slice %2156 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2178 = broadcast %2177 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2179 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2180 = slice %2179 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2181 = cast %2180 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2182 = mul %2178, %2181 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2183 = add %2176, %2182 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2184 = slice %2156 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2185 = broadcast %2184 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2186 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2187 = slice %2186 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2188 = cast %2187 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2189 = mul %2185, %2188 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2190 = add %2183, %2189 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2191 = slice %2156 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2192 = broadcast %2191 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2193 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2194 = slice %2193 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2195 = cast %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2196 = mul %2192, %2195 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2197 = add %2190, %2196 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2198 = slice %2156 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2199 = broadcast %2198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2200 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2201 = slice %2200 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2202 = cast %2201 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2203 = mul %2199, %2202 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2204 = add %2197, %2203 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2205 = slice %2156 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2206 = broadcast %2205 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2207 = permute %2155 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2208 = slice %2207 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2209 = cast %2208 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2210 = mul %2206, %2209 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2211 = add %2204, %2210 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2212 = cast %2211 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2213 = cast %2212 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2214 = mul %2213, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2215 = reduce_max %2214 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2216 = stop_gradient %2215 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2217 = broadcast %2216 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2218 = cast %2212 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2219 = mul %2218, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2220 = sub %2219, %2217 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2221 = exp %2220 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2222 = reduce_sum %2221 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2223 = broadcast %2222 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2224 = exp %2220 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2225 = div %2224, %2223 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2226 = cast %2225 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2227 = cast %2149 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2228 = reshape %2227 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2229 = permute %2228 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2230 = cast %2226 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2231 = reshape %2230 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2232 = broadcast %2231 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2233 = reshape %2229 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2234 = cast %2233 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2235 = mul %2232, %2234 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2236 = reduce_sum %2235 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2237 = cast %2236 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2238 = permute %2237 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2239 = reshape %2238 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2240 = matmul %2239, %810 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2241 = cast %2240 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2242 = add %2241, %1138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2243 = add %2120, %2242 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2244 = reduce_sum %2243 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2245 = div %2244, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2246 = broadcast %2245 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2247 = sub %2243, %2246 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2248 = mul %2247, %2247 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2249 = reduce_sum %2248 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2250 = div %2249, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2251 = add %2250, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2252 = rsqrt %2251 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2253 = broadcast %2252 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2254 = mul %2247, %2253 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2255 = mul %2254, %1153 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2256 = add %2255, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2257 = cast %2256 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2258 = matmul %2257, %832 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2259 = cast %2258 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2260 = add %2259, %1159 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2261 = mul %1003, %2260 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2262 = mul %2260, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2263 = erf %2262 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2264 = add %1008, %2263 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2265 = mul %2261, %2264 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2266 = cast %2265 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2267 = matmul %2266, %845 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2268 = cast %2267 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2269 = add %2268, %1169 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2270 = add %2243, %2269 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2271 = concat %2270, %1967 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2272 = reduce_sum %2271 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2273 = div %2272, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2274 = broadcast %2273 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2275 = sub %2271, %2274 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2276 = mul %2275, %2275 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2277 = reduce_sum %2276 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2278 = div %2277, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2279 = add %2278, %1977 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2280 = rsqrt %2279 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2281 = broadcast %2280 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2282 = mul %2275, %2281 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2283 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2284 = mul %2282, %2283 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2285 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2286 = add %2284, %2285 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2287 = cast %2286 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2288 = slice %2287 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2289 = matmul %2288, %1191 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2290 = cast %2289 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2291 = add %2290, %1193 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2292 = mul %1196, %2291 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2293 = mul %2291, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2294 = erf %2293 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2295 = add %1201, %2294 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2296 = mul %2292, %2295 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2297 = cast %2296 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2298 = matmul %2297, %1205 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2299 = cast %2298 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2300 = add %2299, %1207 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2301 = mul %1196, %2300 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2302 = mul %2300, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2303 = erf %2302 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2304 = add %1201, %2303 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2305 = mul %2301, %2304 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2306 = cast %2305 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2307 = matmul %2306, %1216 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2308 = cast %2307 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2309 = add %2308, %1218 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2310 = mul %2309, %2309 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2311 = reduce_sum %2310 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2312 = sqrt %2311 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2313 = max %2312, %1225 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2314 = broadcast %2313 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2315 = div %2309, %2314 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2316 = cast %2315 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2317 = matmul %2316, %1237 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2318 = slice %2287 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2319 = matmul %2318, %1240 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2320 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2321 = broadcast %314 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2322 = cast %2319 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2323 = add %2322, %2320 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2324 = mul %2321, %2323 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2325 = broadcast %319 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2326 = cast %2319 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2327 = add %2326, %2320 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2328 = mul %2327, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2329 = erf %2328 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2330 = broadcast %325 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2331 = add %2330, %2329 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2332 = mul %2324, %2331 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2333 = cast %2332 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2334 = matmul %2333, %1256 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2335 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2336 = cast %2334 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2337 = add %2336, %2335 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2338 = mul %2321, %2337 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2339 = cast %2334 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2340 = add %2339, %2335 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2341 = mul %2340, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2342 = erf %2341 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2343 = add %2330, %2342 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2344 = mul %2338, %2343 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2345 = cast %2344 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2346 = matmul %2345, %1269 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2347 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2348 = cast %2346 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2349 = add %2348, %2347 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2350 = mul %2349, %2349 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2351 = reduce_sum %2350 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2352 = sqrt %2351 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2353 = broadcast %1224 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2354 = max %2352, %2353 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2355 = broadcast %2354 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2356 = cast %2346 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2357 = add %2356, %2347 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2358 = div %2357, %2355 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2359 = cast %2358 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2360 = matmul %2359, %1291 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2361 = cast %2317 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2362 = slice %2361 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2363 = slice %2361 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2364 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2365 = cast %2364 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2366 = matmul %169, %2365 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2367 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2368 = cast %2366 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2369 = add %2368, %2367 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2370 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2371 = add %2369, %2370 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2372 = reduce_sum %2371 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2373 = div %2372, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2374 = broadcast %2373 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2375 = sub %2371, %2374 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2376 = mul %2375, %2375 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2377 = reduce_sum %2376 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2378 = div %2377, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2379 = add %2378, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2380 = rsqrt %2379 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2381 = broadcast %2380 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2382 = mul %2375, %2381 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2383 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2384 = mul %2382, %2383 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2385 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2386 = add %2384, %2385 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2387 = cast %2386 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2388 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2389 = matmul %2387, %2388 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2390 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2391 = cast %2389 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2392 = add %2391, %2390 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2393 = cast %2392 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2394 = reshape %2393 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2395 = permute %2394 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2396 = slice %2395 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2397 = reshape %2396 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2398 = slice %2395 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2399 = reshape %2398 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2400 = cast %2397 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2401 = cast %2399 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2402 = permute %2401 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2403 = slice %2400 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2404 = broadcast %2403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2405 = slice %2402 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2406 = broadcast %2405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2407 = mul %2404, %2406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2408 = slice %2400 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2409 = broadcast %2408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2410 = slice %2402 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2411 = broadcast %2410 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2412 = mul %2409, %2411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2413 = add %2407, %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2414 = slice %2400 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2415 = broadcast %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2416 = slice %2402 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2417 = broadcast %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2418 = mul %2415, %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2419 = add %2413, %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = slice %2400 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2421 = broadcast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2422 = slice %2402 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2423 = broadcast %2422 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2424 = mul %2421, %2423 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2425 = add %2419, %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2426 = slice %2400 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2427 = broadcast %2426 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2428 = slice %2402 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2429 = broadcast %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2430 = mul %2427, %2429 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2431 = add %2425, %2430 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2432 = slice %2400 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2433 = broadcast %2432 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2434 = slice %2402 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2435 = broadcast %2434 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2436 = mul %2433, %2435 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2437 = add %2431, %2436 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2438 = slice %2400 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2439 = broadcast %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2440 = slice %2402 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2441 = broadcast %2440 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2442 = mul %2439, %2441 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2443 = add %2437, %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2444 = slice %2400 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2445 = broadcast %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2446 = slice %2402 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2447 = broadcast %2446 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2448 = mul %2445, %2447 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2449 = add %2443, %2448 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2450 = cast %2449 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2451 = cast %2450 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2452 = mul %2451, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2453 = reduce_max %2452 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2454 = stop_gradient %2453 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2455 = broadcast %2454 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2456 = cast %2450 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2457 = mul %2456, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2458 = sub %2457, %2455 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2459 = exp %2458 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2460 = reduce_sum %2459 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2461 = broadcast %2460 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2462 = exp %2458 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2463 = div %2462, %2461 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2464 = cast %2463 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2465 = slice %2395 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2466 = reshape %2465 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2467 = cast %2464 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2468 = cast %2466 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2469 = reshape %2467 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2470 = broadcast %2469 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2471 = reshape %2468 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2472 = broadcast %2471 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2473 = mul %2470, %2472 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2474 = reduce_sum %2473 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2475 = cast %2474 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2476 = permute %2475 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2477 = reshape %2476 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2478 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2479 = matmul %2477, %2478 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2480 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2481 = cast %2479 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2482 = add %2481, %2480 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2483 = add %2371, %2482 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2484 = reduce_sum %2483 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2485 = div %2484, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2486 = broadcast %2485 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2487 = sub %2483, %2486 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2488 = mul %2487, %2487 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2489 = reduce_sum %2488 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2490 = div %2489, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2491 = add %2490, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2492 = rsqrt %2491 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2493 = broadcast %2492 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2494 = mul %2487, %2493 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2495 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2496 = mul %2494, %2495 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2497 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2498 = add %2496, %2497 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2499 = cast %2498 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2500 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2501 = matmul %2499, %2500 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2502 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2503 = cast %2501 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2504 = add %2503, %2502 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2505 = mul %315, %2504 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2506 = cast %2501 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2507 = add %2506, %2502 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2508 = mul %2507, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2509 = erf %2508 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2510 = add %326, %2509 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2511 = mul %2505, %2510 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2512 = cast %2511 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2513 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2514 = matmul %2512, %2513 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2515 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2516 = cast %2514 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2517 = add %2516, %2515 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2518 = add %2483, %2517 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2519 = reduce_sum %2518 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2520 = div %2519, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2521 = broadcast %2520 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2522 = sub %2518, %2521 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2523 = mul %2522, %2522 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2524 = reduce_sum %2523 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2525 = div %2524, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2526 = add %2525, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2527 = rsqrt %2526 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2528 = broadcast %2527 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2529 = mul %2522, %2528 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2530 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2531 = mul %2529, %2530 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2532 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2533 = add %2531, %2532 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2534 = cast %2533 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2535 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2536 = matmul %2534, %2535 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2537 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2538 = cast %2536 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2539 = add %2538, %2537 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2540 = cast %2539 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2541 = reshape %2540 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2542 = permute %2541 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2543 = slice %2542 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2544 = reshape %2543 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2545 = slice %2542 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2546 = reshape %2545 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2547 = cast %2544 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2548 = cast %2546 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2549 = permute %2548 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2550 = slice %2547 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2551 = broadcast %2550 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2552 = slice %2549 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2553 = broadcast %2552 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2554 = mul %2551, %2553 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2555 = slice %2547 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2556 = broadcast %2555 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2557 = slice %2549 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2558 = broadcast %2557 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2559 = mul %2556, %2558 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2560 = add %2554, %2559 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2561 = slice %2547 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2562 = broadcast %2561 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2563 = slice %2549 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2564 = broadcast %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2565 = mul %2562, %2564 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2566 = add %2560, %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2567 = slice %2547 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2568 = broadcast %2567 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2569 = slice %2549 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2570 = broadcast %2569 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2571 = mul %2568, %2570 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2572 = add %2566, %2571 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2573 = slice %2547 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2574 = broadcast %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2575 = slice %2549 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2576 = broadcast %2575 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2577 = mul %2574, %2576 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2578 = add %2572, %2577 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2579 = slice %2547 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2580 = broadcast %2579 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2581 = slice %2549 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2582 = broadcast %2581 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2583 = mul %2580, %2582 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2584 = add %2578, %2583 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2585 = slice %2547 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2586 = broadcast %2585 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2587 = slice %2549 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2588 = broadcast %2587 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2589 = mul %2586, %2588 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2590 = add %2584, %2589 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2591 = slice %2547 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2592 = broadcast %2591 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2593 = slice %2549 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2594 = broadcast %2593 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2595 = mul %2592, %2594 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2596 = add %2590, %2595 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2597 = cast %2596 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2598 = cast %2597 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2599 = mul %2598, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2600 = reduce_max %2599 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2601 = stop_gradient %2600 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2602 = broadcast %2601 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2603 = cast %2597 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2604 = mul %2603, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2605 = sub %2604, %2602 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2606 = exp %2605 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2607 = reduce_sum %2606 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2608 = broadcast %2607 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2609 = exp %2605 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2610 = div %2609, %2608 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2611 = cast %2610 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2612 = slice %2542 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2613 = reshape %2612 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2614 = cast %2611 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2615 = cast %2613 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2616 = reshape %2614 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2617 = broadcast %2616 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2618 = reshape %2615 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2619 = broadcast %2618 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2620 = mul %2617, %2619 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2621 = reduce_sum %2620 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2622 = cast %2621 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2623 = permute %2622 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2624 = reshape %2623 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2625 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2626 = matmul %2624, %2625 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2627 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2628 = cast %2626 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2629 = add %2628, %2627 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2630 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2631 = broadcast %2630 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2632 = div %2629, %2631 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2633 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2634 = rand_uniform %2633 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2635 = broadcast %2630 : f32[4] @ models/lib/nn.yaml:44:35
%2636 = add %2635, %2634 : f32[4] @ models/lib/nn.yaml:44:35
%2637 = floor %2636 : f32[4] @ models/lib/nn.yaml:44:24
%2638 = reshape %2637 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2639 = broadcast %2638 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2640 = mul %2632, %2639 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2641 = add %2518, %2640 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2642 = reduce_sum %2641 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2643 = div %2642, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2644 = broadcast %2643 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2645 = sub %2641, %2644 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2646 = mul %2645, %2645 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2647 = reduce_sum %2646 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2648 = div %2647, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2649 = add %2648, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2650 = rsqrt %2649 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2651 = broadcast %2650 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2652 = mul %2645, %2651 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2653 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2654 = mul %2652, %2653 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2655 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2656 = add %2654, %2655 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2657 = cast %2656 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2658 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2659 = matmul %2657, %2658 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2660 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2661 = cast %2659 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2662 = add %2661, %2660 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2663 = mul %315, %2662 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2664 = cast %2659 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2665 = add %2664, %2660 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2666 = mul %2665, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2667 = erf %2666 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2668 = add %326, %2667 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2669 = mul %2663, %2668 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2670 = cast %2669 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2671 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2672 = matmul %2670, %2671 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2673 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2674 = cast %2672 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2675 = add %2674, %2673 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2676 = div %2675, %2631 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2677 = rand_uniform %2633 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2678 = add %2635, %2677 : f32[4] @ models/lib/nn.yaml:44:35
%2679 = floor %2678 : f32[4] @ models/lib/nn.yaml:44:24
%2680 = reshape %2679 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2681 = broadcast %2680 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2682 = mul %2676, %2681 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2683 = add %2641, %2682 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2684 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2685 = concat %2684, %2683 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2686 = reduce_sum %2685 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2687 = div %2686, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2688 = broadcast %2687 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2689 = sub %2685, %2688 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2690 = mul %2689, %2689 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2691 = reduce_sum %2690 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2692 = div %2691, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2693 = add %2692, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2694 = rsqrt %2693 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2695 = broadcast %2694 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2696 = mul %2689, %2695 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2697 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2698 = mul %2696, %2697 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2699 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2700 = add %2698, %2699 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2701 = cast %2700 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2702 = slice %2701 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2703 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2704 = matmul %2702, %2703 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2705 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2706 = cast %2704 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2707 = add %2706, %2705 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2708 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2709 = matmul %2701, %2708 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2710 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2711 = cast %2709 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2712 = add %2711, %2710 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2713 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2714 = matmul %2701, %2713 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2715 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2716 = cast %2714 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2717 = add %2716, %2715 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2718 = cast %2707 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2719 = reshape %2718 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2720 = permute %2719 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2721 = cast %2712 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2722 = reshape %2721 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2723 = permute %2722 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2724 = cast %2720 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2725 = slice %2724 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2726 = broadcast %2725 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2727 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2728 = slice %2727 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2729 = cast %2728 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2730 = mul %2726, %2729 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2731 = slice %2724 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2732 = broadcast %2731 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2733 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2734 = slice %2733 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2735 = cast %2734 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2736 = mul %2732, %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = add %2730, %2736 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2738 = slice %2724 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2739 = broadcast %2738 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2740 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2741 = slice %2740 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2742 = cast %2741 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2743 = mul %2739, %2742 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2744 = add %2737, %2743 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2745 = slice %2724 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2746 = broadcast %2745 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2747 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2748 = slice %2747 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2749 = cast %2748 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2750 = mul %2746, %2749 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2751 = add %2744, %2750 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2752 = slice %2724 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2753 = broadcast %2752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2754 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2755 = slice %2754 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2756 = cast %2755 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2757 = mul %2753, %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2758 = add %2751, %2757 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2759 = slice %2724 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2760 = broadcast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2761 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2762 = slice %2761 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2763 = cast %2762 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2764 = mul %2760, %2763 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2765 = add %2758, %2764 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2766 = slice %2724 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2767 = broadcast %2766 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2768 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2769 = slice %2768 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2770 = cast %2769 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2771 = mul %2767, %2770 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2772 = add %2765, %2771 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2773 = slice %2724 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2774 = broadcast %2773 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2775 = permute %2723 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2776 = slice %2775 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2777 = cast %2776 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2778 = mul %2774, %2777 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2779 = add %2772, %2778 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2780 = cast %2779 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2781 = cast %2780 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2782 = mul %2781, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2783 = reduce_max %2782 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2784 = stop_gradient %2783 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2785 = broadcast %2784 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2786 = cast %2780 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2787 = mul %2786, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2788 = sub %2787, %2785 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2789 = exp %2788 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2790 = reduce_sum %2789 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2791 = broadcast %2790 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2792 = exp %2788 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2793 = div %2792, %2791 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2794 = cast %2793 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2795 = cast %2717 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2796 = reshape %2795 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2797 = permute %2796 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2798 = cast %2794 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2799 = reshape %2798 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2800 = broadcast %2799 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2801 = reshape %2797 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2802 = cast %2801 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2803 = mul %2800, %2802 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2804 = reduce_sum %2803 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2805 = cast %2804 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2806 = permute %2805 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2807 = reshape %2806 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2808 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2809 = matmul %2807, %2808 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2810 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2811 = cast %2809 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2812 = add %2811, %2810 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2813 = add %2684, %2812 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2814 = reduce_sum %2813 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2815 = div %2814, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2816 = broadcast %2815 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2817 = sub %2813, %2816 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2818 = mul %2817, %2817 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2819 = reduce_sum %2818 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2820 = div %2819, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2821 = add %2820, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2822 = rsqrt %2821 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2823 = broadcast %2822 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2824 = mul %2817, %2823 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2825 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2826 = mul %2824, %2825 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2827 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2828 = add %2826, %2827 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2829 = cast %2828 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2830 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2831 = matmul %2829, %2830 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2832 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2833 = cast %2831 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2834 = add %2833, %2832 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2835 = mul %1003, %2834 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2836 = mul %2834, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2837 = erf %2836 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2838 = add %1008, %2837 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2839 = mul %2835, %2838 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2840 = cast %2839 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2841 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2842 = matmul %2840, %2841 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2843 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2844 = cast %2842 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2845 = add %2844, %2843 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2846 = add %2813, %2845 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2847 = concat %2846, %2683 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2848 = reduce_sum %2847 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2849 = div %2848, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2850 = broadcast %2849 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2851 = sub %2847, %2850 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2852 = mul %2851, %2851 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2853 = reduce_sum %2852 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2854 = div %2853, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2855 = add %2854, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2856 = rsqrt %2855 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2857 = broadcast %2856 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2858 = mul %2851, %2857 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2859 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2860 = mul %2858, %2859 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2861 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2862 = add %2860, %2861 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2863 = cast %2862 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2864 = slice %2863 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2865 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2866 = matmul %2864, %2865 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2867 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2868 = cast %2866 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2869 = add %2868, %2867 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2870 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2871 = matmul %2863, %2870 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2872 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2873 = cast %2871 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2874 = add %2873, %2872 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2875 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2876 = matmul %2863, %2875 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2877 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2878 = cast %2876 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2879 = add %2878, %2877 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2880 = cast %2869 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2881 = reshape %2880 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2882 = permute %2881 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2883 = cast %2874 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2884 = reshape %2883 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2885 = permute %2884 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2886 = cast %2882 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2887 = slice %2886 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2888 = broadcast %2887 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2889 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2890 = slice %2889 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2891 = cast %2890 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2892 = mul %2888, %2891 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2893 = slice %2886 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2894 = broadcast %2893 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2895 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2896 = slice %2895 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2897 = cast %2896 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2898 = mul %2894, %2897 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2899 = add %2892, %2898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2900 = slice %2886 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2901 = broadcast %2900 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2902 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2903 = slice %2902 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2904 = cast %2903 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2905 = mul %2901, %2904 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2906 = add %2899, %2905 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2907 = slice %2886 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2908 = broadcast %2907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2909 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2910 = slice %2909 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2911 = cast %2910 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2912 = mul %2908, %2911 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2913 = add %2906, %2912 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2914 = slice %2886 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2915 = broadcast %2914 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2916 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2917 = slice %2916 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2918 = cast %2917 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2919 = mul %2915, %2918 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2920 = add %2913, %2919 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2921 = slice %2886 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2922 = broadcast %2921 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2923 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2924 = slice %2923 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2925 = cast %2924 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2926 = mul %2922, %2925 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2927 = add %2920, %2926 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2928 = slice %2886 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2929 = broadcast %2928 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2930 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2931 = slice %2930 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2932 = cast %2931 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2933 = mul %2929, %2932 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2934 = add %2927, %2933 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2935 = slice %2886 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2936 = broadcast %2935 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2937 = permute %2885 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2938 = slice %2937 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2939 = cast %2938 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2940 = mul %2936, %2939 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2941 = add %2934, %2940 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2942 = cast %2941 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2943 = cast %2942 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2944 = mul %2943, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2945 = reduce_max %2944 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2946 = stop_gradient %2945 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2947 = broadcast %2946 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2948 = cast %2942 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2949 = mul %2948, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2950 = sub %2949, %2947 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2951 = exp %2950 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2952 = reduce_sum %2951 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2953 = broadcast %2952 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2954 = exp %2950 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2955 = div %2954, %2953 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2956 = cast %2955 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2957 = cast %2879 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2958 = reshape %2957 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2959 = permute %2958 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2960 = cast %2956 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2961 = reshape %2960 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2962 = broadcast %2961 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2963 = reshape %2959 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2964 = cast %2963 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2965 = mul %2962, %2964 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2966 = reduce_sum %2965 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2967 = cast %2966 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2968 = permute %2967 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2969 = reshape %2968 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2970 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2971 = matmul %2969, %2970 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2972 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2973 = cast %2971 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2974 = add %2973, %2972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2975 = add %2846, %2974 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2976 = reduce_sum %2975 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2977 = div %2976, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2978 = broadcast %2977 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2979 = sub %2975, %2978 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2980 = mul %2979, %2979 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2981 = reduce_sum %2980 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2982 = div %2981, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2983 = add %2982, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2984 = rsqrt %2983 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2985 = broadcast %2984 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2986 = mul %2979, %2985 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2987 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2988 = mul %2986, %2987 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2989 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2990 = add %2988, %2989 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2991 = cast %2990 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2992 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2993 = matmul %2991, %2992 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2994 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2995 = cast %2993 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2996 = add %2995, %2994 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2997 = mul %1003, %2996 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2998 = mul %2996, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2999 = erf %2998 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3000 = add %1008, %2999 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3001 = mul %2997, %3000 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3002 = cast %3001 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3003 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3004 = matmul %3002, %3003 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3005 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3006 = cast %3004 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3007 = add %3006, %3005 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3008 = add %2975, %3007 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3009 = concat %3008, %2683 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%3010 = reduce_sum %3009 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3011 = div %3010, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3012 = broadcast %3011 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3013 = sub %3009, %3012 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3014 = mul %3013, %3013 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3015 = reduce_sum %3014 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3016 = div %3015, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3017 = add %3016, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%3018 = rsqrt %3017 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3019 = broadcast %3018 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3020 = mul %3013, %3019 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3021 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3022 = mul %3020, %3021 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3023 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3024 = add %3022, %3023 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3025 = cast %3024 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%3026 = slice %3025 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3027 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3028 = matmul %3026, %3027 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3029 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3030 = cast %3028 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3031 = add %3030, %3029 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3032 = mul %1196, %3031 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3033 = mul %3031, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3034 = erf %3033 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3035 = add %1201, %3034 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3036 = mul %3032, %3035 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3037 = cast %3036 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3038 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3039 = matmul %3037, %3038 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3040 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3041 = cast %3039 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3042 = add %3041, %3040 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3043 = mul %1196, %3042 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3044 = mul %3042, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3045 = erf %3044 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3046 = add %1201, %3045 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3047 = mul %3043, %3046 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3048 = cast %3047 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3049 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3050 = matmul %3048, %3049 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3051 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3052 = cast %3050 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3053 = add %3052, %3051 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3054 = mul %3053, %3053 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3055 = reduce_sum %3054 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3056 = sqrt %3055 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3057 = max %3056, %1225 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3058 = broadcast %3057 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3059 = div %3053, %3058 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3060 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3061 = mul %3060, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3062 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3063 = reduce_sum %3062 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3064 = sqrt %3063 : f32[32,1] @ models/lib/dino.yaml:22:35
%3065 = broadcast %3064 : f32[32,8] @ models/lib/dino.yaml:22:33
%3066 = div %3061, %3065 : f32[32,8] @ models/lib/dino.yaml:22:33
%3067 = cast %3059 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3068 = cast %3066 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3069 = matmul %3067, %3068 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3070 = slice %3025 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%3071 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3072 = matmul %3070, %3071 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3073 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3074 = cast %3072 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3075 = add %3074, %3073 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3076 = mul %1243, %3075 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3077 = cast %3072 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3078 = add %3077, %3073 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3079 = mul %3078, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3080 = erf %3079 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3081 = add %1252, %3080 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3082 = mul %3076, %3081 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3083 = cast %3082 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3084 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3085 = matmul %3083, %3084 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3086 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3087 = cast %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3088 = add %3087, %3086 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3089 = mul %1243, %3088 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3090 = cast %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3091 = add %3090, %3086 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3092 = mul %3091, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3093 = erf %3092 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3094 = add %1252, %3093 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3095 = mul %3089, %3094 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3096 = cast %3095 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3097 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3098 = matmul %3096, %3097 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%3099 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3100 = cast %3098 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3101 = add %3100, %3099 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3102 = mul %3101, %3101 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3103 = reduce_sum %3102 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3104 = sqrt %3103 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3105 = max %3104, %1277 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3106 = broadcast %3105 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3107 = cast %3098 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3108 = add %3107, %3099 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3109 = div %3108, %3106 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3110 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3111 = mul %3110, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3112 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3113 = reduce_sum %3112 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3114 = sqrt %3113 : f32[16,1] @ models/lib/dino.yaml:22:35
%3115 = broadcast %3114 : f32[16,8] @ models/lib/dino.yaml:22:33
%3116 = div %3111, %3115 : f32[16,8] @ models/lib/dino.yaml:22:33
%3117 = cast %3109 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%3118 = cast %3116 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3119 = matmul %3117, %3118 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%3120 = matmul %1299, %2365 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%3121 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3122 = cast %3120 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3123 = add %3122, %3121 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3124 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3125 = cast %3124 : bf16[4,64] @ models/lib/vit.yaml:32:15
%3126 = matmul %1306, %3125 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%3127 = reshape %3126 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%3128 = permute %3127 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%3129 = reshape %3128 : bf16[4,48] @ models/lib/vit.yaml:34:17
%3130 = matmul %1306, %3129 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%3131 = cast %3130 : f32[3,48] @ models/lib/vit.yaml:35:21
%3132 = reshape %3131 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3133 = permute %3132 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3134 = reshape %3133 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3135 = broadcast %3134 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3136 = add %3123, %3135 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3137 = reduce_sum %3136 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3138 = div %3137, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3139 = broadcast %3138 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3140 = sub %3136, %3139 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3141 = mul %3140, %3140 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3142 = reduce_sum %3141 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3143 = div %3142, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3144 = add %3143, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3145 = rsqrt %3144 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3146 = broadcast %3145 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3147 = mul %3140, %3146 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3148 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3149 = mul %3147, %3148 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3150 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3151 = add %3149, %3150 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3152 = cast %3151 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3153 = matmul %3152, %2388 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3154 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3155 = cast %3153 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3156 = add %3155, %3154 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3157 = cast %3156 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3158 = reshape %3157 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3159 = permute %3158 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3160 = slice %3159 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3161 = reshape %3160 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3162 = slice %3159 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3163 = reshape %3162 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3164 = cast %3161 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3165 = cast %3163 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3166 = permute %3165 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3167 = slice %3164 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3168 = broadcast %3167 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3169 = slice %3166 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3170 = broadcast %3169 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3171 = mul %3168, %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3172 = slice %3164 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3173 = broadcast %3172 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3174 = slice %3166 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3175 = broadcast %3174 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3176 = mul %3173, %3175 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3177 = add %3171, %3176 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3178 = slice %3164 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3179 = broadcast %3178 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3180 = slice %3166 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3181 = broadcast %3180 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3182 = mul %3179, %3181 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3183 = add %3177, %3182 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3184 = slice %3164 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3185 = broadcast %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3186 = slice %3166 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3187 = broadcast %3186 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3188 = mul %3185, %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3189 = add %3183, %3188 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3190 = slice %3164 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3191 = broadcast %3190 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3192 = slice %3166 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3193 = broadcast %3192 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3194 = mul %3191, %3193 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3195 = add %3189, %3194 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3196 = slice %3164 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3197 = broadcast %3196 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3198 = slice %3166 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3199 = broadcast %3198 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3200 = mul %3197, %3199 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3201 = add %3195, %3200 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3202 = slice %3164 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3203 = broadcast %3202 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3204 = slice %3166 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3205 = broadcast %3204 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3206 = mul %3203, %3205 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3207 = add %3201, %3206 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3208 = slice %3164 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3209 = broadcast %3208 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3210 = slice %3166 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3211 = broadcast %3210 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3212 = mul %3209, %3211 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3213 = add %3207, %3212 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3214 = cast %3213 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3215 = cast %3214 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3216 = mul %3215, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3217 = reduce_max %3216 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3218 = stop_gradient %3217 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3219 = broadcast %3218 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3220 = cast %3214 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3221 = mul %3220, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3222 = sub %3221, %3219 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3223 = exp %3222 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3224 = reduce_sum %3223 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3225 = broadcast %3224 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3226 = exp %3222 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3227 = div %3226, %3225 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3228 = cast %3227 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3229 = slice %3159 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3230 = reshape %3229 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3231 = cast %3228 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3232 = cast %3230 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3233 = reshape %3231 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3234 = broadcast %3233 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3235 = reshape %3232 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3236 = broadcast %3235 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3237 = mul %3234, %3236 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3238 = reduce_sum %3237 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3239 = cast %3238 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3240 = permute %3239 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3241 = reshape %3240 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3242 = matmul %3241, %2478 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3243 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3244 = cast %3242 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3245 = add %3244, %3243 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3246 = add %3136, %3245 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3247 = reduce_sum %3246 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3248 = div %3247, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3249 = broadcast %3248 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3250 = sub %3246, %3249 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3251 = mul %3250, %3250 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3252 = reduce_sum %3251 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3253 = div %3252, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3254 = add %3253, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3255 = rsqrt %3254 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3256 = broadcast %3255 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3257 = mul %3250, %3256 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3258 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3259 = mul %3257, %3258 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3260 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3261 = add %3259, %3260 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3262 = cast %3261 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3263 = matmul %3262, %2500 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3264 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3265 = cast %3263 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3266 = add %3265, %3264 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3267 = mul %1450, %3266 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3268 = cast %3263 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3269 = add %3268, %3264 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3270 = mul %3269, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3271 = erf %3270 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3272 = add %1459, %3271 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3273 = mul %3267, %3272 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3274 = cast %3273 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3275 = matmul %3274, %2513 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3276 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3277 = cast %3275 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3278 = add %3277, %3276 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3279 = add %3246, %3278 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3280 = reduce_sum %3279 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3281 = div %3280, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3282 = broadcast %3281 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3283 = sub %3279, %3282 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3284 = mul %3283, %3283 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3285 = reduce_sum %3284 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3286 = div %3285, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3287 = add %3286, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3288 = rsqrt %3287 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3289 = broadcast %3288 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3290 = mul %3283, %3289 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3291 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3292 = mul %3290, %3291 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3293 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3294 = add %3292, %3293 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3295 = cast %3294 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3296 = matmul %3295, %2535 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3297 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3298 = cast %3296 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3299 = add %3298, %3297 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3300 = cast %3299 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3301 = reshape %3300 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3302 = permute %3301 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3303 = slice %3302 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3304 = reshape %3303 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3305 = slice %3302 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3306 = reshape %3305 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3307 = cast %3304 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3308 = cast %3306 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3309 = permute %3308 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3310 = slice %3307 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3311 = broadcast %3310 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3312 = slice %3309 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3313 = broadcast %3312 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3314 = mul %3311, %3313 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3315 = slice %3307 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3316 = broadcast %3315 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3317 = slice %3309 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3318 = broadcast %3317 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3319 = mul %3316, %3318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3320 = add %3314, %3319 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3321 = slice %3307 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3322 = broadcast %3321 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3323 = slice %3309 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3324 = broadcast %3323 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3325 = mul %3322, %3324 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3326 = add %3320, %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3327 = slice %3307 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3328 = broadcast %3327 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3329 = slice %3309 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3330 = broadcast %3329 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3331 = mul %3328, %3330 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3332 = add %3326, %3331 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3333 = slice %3307 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3334 = broadcast %3333 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3335 = slice %3309 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3336 = broadcast %3335 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3337 = mul %3334, %3336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3338 = add %3332, %3337 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3339 = slice %3307 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3340 = broadcast %3339 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3341 = slice %3309 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3342 = broadcast %3341 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3343 = mul %3340, %3342 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3344 = add %3338, %3343 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3345 = slice %3307 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3346 = broadcast %3345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3347 = slice %3309 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3348 = broadcast %3347 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3349 = mul %3346, %3348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3350 = add %3344, %3349 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3351 = slice %3307 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3352 = broadcast %3351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3353 = slice %3309 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3354 = broadcast %3353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3355 = mul %3352, %3354 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3356 = add %3350, %3355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3357 = cast %3356 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3358 = cast %3357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3359 = mul %3358, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3360 = reduce_max %3359 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3361 = stop_gradient %3360 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3362 = broadcast %3361 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3363 = cast %3357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3364 = mul %3363, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3365 = sub %3364, %3362 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3366 = exp %3365 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3367 = reduce_sum %3366 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3368 = broadcast %3367 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3369 = exp %3365 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3370 = div %3369, %3368 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3371 = cast %3370 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3372 = slice %3302 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3373 = reshape %3372 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3374 = cast %3371 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3375 = cast %3373 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3376 = reshape %3374 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3377 = broadcast %3376 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3378 = reshape %3375 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3379 = broadcast %3378 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3380 = mul %3377, %3379 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3381 = reduce_sum %3380 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3382 = cast %3381 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3383 = permute %3382 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3384 = reshape %3383 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3385 = matmul %3384, %2625 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3386 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3387 = cast %3385 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3388 = add %3387, %3386 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3389 = broadcast %2630 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3390 = div %3388, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3391 = rand_uniform %2633 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3392 = add %2635, %3391 : f32[4] @ models/lib/nn.yaml:44:35
%3393 = floor %3392 : f32[4] @ models/lib/nn.yaml:44:24
%3394 = reshape %3393 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3395 = broadcast %3394 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3396 = mul %3390, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3397 = add %3279, %3396 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3398 = reduce_sum %3397 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3399 = div %3398, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3400 = broadcast %3399 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3401 = sub %3397, %3400 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3402 = mul %3401, %3401 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3403 = reduce_sum %3402 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3404 = div %3403, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3405 = add %3404, %1327 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3406 = rsqrt %3405 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3407 = broadcast %3406 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3408 = mul %3401, %3407 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3409 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3410 = mul %3408, %3409 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3411 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3412 = add %3410, %3411 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3413 = cast %3412 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3414 = matmul %3413, %2658 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3415 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3416 = cast %3414 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3417 = add %3416, %3415 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3418 = mul %1450, %3417 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3419 = cast %3414 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3420 = add %3419, %3415 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3421 = mul %3420, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3422 = erf %3421 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3423 = add %1459, %3422 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3424 = mul %3418, %3423 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3425 = cast %3424 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3426 = matmul %3425, %2671 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3427 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3428 = cast %3426 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3429 = add %3428, %3427 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3430 = div %3429, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3431 = rand_uniform %2633 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3432 = add %2635, %3431 : f32[4] @ models/lib/nn.yaml:44:35
%3433 = floor %3432 : f32[4] @ models/lib/nn.yaml:44:24
%3434 = reshape %3433 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3435 = broadcast %3434 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3436 = mul %3430, %3435 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3437 = add %3397, %3436 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3438 = concat %2684, %3437 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3439 = reduce_sum %3438 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3440 = div %3439, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3441 = broadcast %3440 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3442 = sub %3438, %3441 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3443 = mul %3442, %3442 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3444 = reduce_sum %3443 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3445 = div %3444, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3446 = add %3445, %1977 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3447 = rsqrt %3446 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3448 = broadcast %3447 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3449 = mul %3442, %3448 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3450 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3451 = mul %3449, %3450 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3452 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3453 = add %3451, %3452 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3454 = cast %3453 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3455 = slice %3454 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3456 = matmul %3455, %2703 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3457 = cast %3456 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3458 = add %3457, %2705 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3459 = matmul %3454, %2708 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3460 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3461 = cast %3459 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3462 = add %3461, %3460 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3463 = matmul %3454, %2713 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3464 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3465 = cast %3463 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3466 = add %3465, %3464 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3467 = cast %3458 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3468 = reshape %3467 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3469 = permute %3468 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3470 = cast %3462 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3471 = reshape %3470 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3472 = permute %3471 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3473 = cast %3469 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3474 = slice %3473 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3475 = broadcast %3474 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3476 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3477 = slice %3476 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3478 = cast %3477 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3479 = mul %3475, %3478 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3480 = slice %3473 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3481 = broadcast %3480 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3482 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3483 = slice %3482 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3484 = cast %3483 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3485 = mul %3481, %3484 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3486 = add %3479, %3485 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3487 = slice %3473 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3488 = broadcast %3487 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3489 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3490 = slice %3489 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3491 = cast %3490 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3492 = mul %3488, %3491 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3493 = add %3486, %3492 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3494 = slice %3473 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3495 = broadcast %3494 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3496 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3497 = slice %3496 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3498 = cast %3497 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3499 = mul %3495, %3498 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3500 = add %3493, %3499 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3501 = slice %3473 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3502 = broadcast %3501 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3503 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3504 = slice %3503 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3505 = cast %3504 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3506 = mul %3502, %3505 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3507 = add %3500, %3506 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3508 = slice %3473 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3509 = broadcast %3508 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3510 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3511 = slice %3510 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3512 = cast %3511 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3513 = mul %3509, %3512 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3514 = add %3507, %3513 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3515 = slice %3473 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3516 = broadcast %3515 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3517 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3518 = slice %3517 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3519 = cast %3518 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3520 = mul %3516, %3519 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3521 = add %3514, %3520 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3522 = slice %3473 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3523 = broadcast %3522 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3524 = permute %3472 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3525 = slice %3524 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3526 = cast %3525 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3527 = mul %3523, %3526 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3528 = add %3521, %3527 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3529 = cast %3528 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3530 = cast %3529 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3531 = mul %3530, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3532 = reduce_max %3531 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3533 = stop_gradient %3532 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3534 = broadcast %3533 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3535 = cast %3529 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3536 = mul %3535, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3537 = sub %3536, %3534 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3538 = exp %3537 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3539 = reduce_sum %3538 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3540 = broadcast %3539 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3541 = exp %3537 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3542 = div %3541, %3540 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3543 = cast %3542 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3544 = cast %3466 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3545 = reshape %3544 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3546 = permute %3545 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3547 = cast %3543 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3548 = reshape %3547 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3549 = broadcast %3548 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3550 = reshape %3546 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3551 = cast %3550 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3552 = mul %3549, %3551 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3553 = reduce_sum %3552 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3554 = cast %3553 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3555 = permute %3554 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3556 = reshape %3555 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3557 = matmul %3556, %2808 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3558 = cast %3557 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3559 = add %3558, %2810 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3560 = add %2684, %3559 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3561 = reduce_sum %3560 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3562 = div %3561, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3563 = broadcast %3562 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3564 = sub %3560, %3563 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3565 = mul %3564, %3564 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3566 = reduce_sum %3565 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3567 = div %3566, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3568 = add %3567, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3569 = rsqrt %3568 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3570 = broadcast %3569 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3571 = mul %3564, %3570 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3572 = mul %3571, %2825 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3573 = add %3572, %2827 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3574 = cast %3573 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3575 = matmul %3574, %2830 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3576 = cast %3575 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3577 = add %3576, %2832 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3578 = mul %1003, %3577 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3579 = mul %3577, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3580 = erf %3579 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3581 = add %1008, %3580 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3582 = mul %3578, %3581 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3583 = cast %3582 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3584 = matmul %3583, %2841 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3585 = cast %3584 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3586 = add %3585, %2843 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3587 = add %3560, %3586 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3588 = concat %3587, %3437 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3589 = reduce_sum %3588 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3590 = div %3589, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3591 = broadcast %3590 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3592 = sub %3588, %3591 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3593 = mul %3592, %3592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3594 = reduce_sum %3593 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3595 = div %3594, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3596 = add %3595, %1977 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3597 = rsqrt %3596 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3598 = broadcast %3597 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3599 = mul %3592, %3598 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3600 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3601 = mul %3599, %3600 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3602 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3603 = add %3601, %3602 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3604 = cast %3603 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3605 = slice %3604 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3606 = matmul %3605, %2865 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3607 = cast %3606 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3608 = add %3607, %2867 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3609 = matmul %3604, %2870 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3610 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3611 = cast %3609 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3612 = add %3611, %3610 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3613 = matmul %3604, %2875 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3614 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3615 = cast %3613 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3616 = add %3615, %3614 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3617 = cast %3608 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3618 = reshape %3617 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3619 = permute %3618 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3620 = cast %3612 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3621 = reshape %3620 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3622 = permute %3621 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3623 = cast %3619 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3624 = slice %3623 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3625 = broadcast %3624 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3626 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3627 = slice %3626 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3628 = cast %3627 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3629 = mul %3625, %3628 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3630 = slice %3623 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3631 = broadcast %3630 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3632 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3633 = slice %3632 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3634 = cast %3633 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3635 = mul %3631, %3634 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3636 = add %3629, %3635 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3637 = slice %3623 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3638 = broadcast %3637 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3639 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3640 = slice %3639 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3641 = cast %3640 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3642 = mul %3638, %3641 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3643 = add %3636, %3642 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3644 = slice %3623 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3645 = broadcast %3644 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3646 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3647 = slice %3646 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3648 = cast %3647 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3649 = mul %3645, %3648 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3650 = add %3643, %3649 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3651 = slice %3623 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3652 = broadcast %3651 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3653 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3654 = slice %3653 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3655 = cast %3654 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3656 = mul %3652, %3655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3657 = add %3650, %3656 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3658 = slice %3623 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3659 = broadcast %3658 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3660 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3661 = slice %3660 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3662 = cast %3661 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3663 = mul %3659, %3662 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3664 = add %3657, %3663 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3665 = slice %3623 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3666 = broadcast %3665 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3667 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3668 = slice %3667 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3669 = cast %3668 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3670 = mul %3666, %3669 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3671 = add %3664, %3670 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3672 = slice %3623 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3673 = broadcast %3672 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3674 = permute %3622 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3675 = slice %3674 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3676 = cast %3675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3677 = mul %3673, %3676 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3678 = add %3671, %3677 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3679 = cast %3678 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3680 = cast %3679 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3681 = mul %3680, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3682 = reduce_max %3681 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3683 = stop_gradient %3682 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3684 = broadcast %3683 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3685 = cast %3679 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3686 = mul %3685, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3687 = sub %3686, %3684 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3688 = exp %3687 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3689 = reduce_sum %3688 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3690 = broadcast %3689 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3691 = exp %3687 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3692 = div %3691, %3690 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3693 = cast %3692 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3694 = cast %3616 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3695 = reshape %3694 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3696 = permute %3695 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3697 = cast %3693 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3698 = reshape %3697 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3699 = broadcast %3698 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3700 = reshape %3696 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3701 = cast %3700 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3702 = mul %3699, %3701 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3703 = reduce_sum %3702 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3704 = cast %3703 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3705 = permute %3704 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3706 = reshape %3705 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3707 = matmul %3706, %2970 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3708 = cast %3707 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3709 = add %3708, %2972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3710 = add %3587, %3709 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3711 = reduce_sum %3710 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3712 = div %3711, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3713 = broadcast %3712 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3714 = sub %3710, %3713 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3715 = mul %3714, %3714 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3716 = reduce_sum %3715 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3717 = div %3716, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3718 = add %3717, %989 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3719 = rsqrt %3718 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3720 = broadcast %3719 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3721 = mul %3714, %3720 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3722 = mul %3721, %2987 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3723 = add %3722, %2989 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3724 = cast %3723 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3725 = matmul %3724, %2992 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3726 = cast %3725 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3727 = add %3726, %2994 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3728 = mul %1003, %3727 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3729 = mul %3727, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3730 = erf %3729 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3731 = add %1008, %3730 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3732 = mul %3728, %3731 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3733 = cast %3732 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3734 = matmul %3733, %3003 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3735 = cast %3734 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3736 = add %3735, %3005 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3737 = add %3710, %3736 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3738 = concat %3737, %3437 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3739 = reduce_sum %3738 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3740 = div %3739, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3741 = broadcast %3740 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3742 = sub %3738, %3741 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3743 = mul %3742, %3742 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3744 = reduce_sum %3743 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3745 = div %3744, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3746 = add %3745, %1977 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3747 = rsqrt %3746 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3748 = broadcast %3747 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3749 = mul %3742, %3748 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3750 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3751 = mul %3749, %3750 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3752 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3753 = add %3751, %3752 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3754 = cast %3753 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3755 = slice %3754 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3756 = matmul %3755, %3027 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3757 = cast %3756 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3758 = add %3757, %3029 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3759 = mul %1196, %3758 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3760 = mul %3758, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3761 = erf %3760 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3762 = add %1201, %3761 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3763 = mul %3759, %3762 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3764 = cast %3763 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3765 = matmul %3764, %3038 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3766 = cast %3765 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3767 = add %3766, %3040 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3768 = mul %1196, %3767 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3769 = mul %3767, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3770 = erf %3769 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3771 = add %1201, %3770 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3772 = mul %3768, %3771 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3773 = cast %3772 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3774 = matmul %3773, %3049 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3775 = cast %3774 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3776 = add %3775, %3051 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3777 = mul %3776, %3776 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3778 = reduce_sum %3777 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3779 = sqrt %3778 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3780 = max %3779, %1225 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3781 = broadcast %3780 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3782 = div %3776, %3781 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3783 = cast %3782 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3784 = matmul %3783, %3068 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3785 = slice %3754 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3786 = matmul %3785, %3071 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3787 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3788 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3789 = add %3788, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3790 = mul %2321, %3789 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3791 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3792 = add %3791, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3793 = mul %3792, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3794 = erf %3793 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3795 = add %2330, %3794 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3796 = mul %3790, %3795 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3797 = cast %3796 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3798 = matmul %3797, %3084 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3799 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3800 = cast %3798 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3801 = add %3800, %3799 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3802 = mul %2321, %3801 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3803 = cast %3798 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3804 = add %3803, %3799 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3805 = mul %3804, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3806 = erf %3805 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3807 = add %2330, %3806 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3808 = mul %3802, %3807 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3809 = cast %3808 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3810 = matmul %3809, %3097 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3811 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3812 = cast %3810 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3813 = add %3812, %3811 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3814 = mul %3813, %3813 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3815 = reduce_sum %3814 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3816 = sqrt %3815 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3817 = max %3816, %2353 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3818 = broadcast %3817 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3819 = cast %3810 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3820 = add %3819, %3811 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3821 = div %3820, %3818 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3822 = cast %3821 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3823 = matmul %3822, %3118 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3824 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3825 = sub %1294, %3824 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3826 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3827 = div %3825, %3826 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3828 = reduce_max %3827 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3829 = stop_gradient %3828 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3830 = broadcast %3829 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3831 = div %3825, %3826 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3832 = sub %3831, %3830 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3833 = exp %3832 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3834 = reduce_sum %3833 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3835 = broadcast %3834 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3836 = exp %3832 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3837 = div %3836, %3835 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3838 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3839 = broadcast %3838 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3840 = slice %3069 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3841 = cast %3840 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3842 = div %3841, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3843 = reduce_max %3842 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3844 = stop_gradient %3843 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3845 = broadcast %3844 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3846 = slice %3069 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3847 = cast %3846 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3848 = div %3847, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3849 = sub %3848, %3845 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3850 = exp %3849 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3851 = reduce_sum %3850 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3852 = log %3851 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3853 = broadcast %3852 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3854 = sub %3849, %3853 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3855 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3856 = mul %3855, %3854 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3857 = reduce_sum %3856 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3858 = neg %3857 : f32[2,1] @ models/lib/dino.yaml:39:21
%3859 = reduce_sum %3858 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3860 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3861 = div %3859, %3860 : f32[] @ models/lib/dino.yaml:39:16
%3862 = slice %3784 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3863 = cast %3862 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3864 = div %3863, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3865 = reduce_max %3864 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3866 = stop_gradient %3865 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3867 = broadcast %3866 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3868 = slice %3784 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3869 = cast %3868 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3870 = div %3869, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3871 = sub %3870, %3867 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3872 = exp %3871 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3873 = reduce_sum %3872 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3874 = log %3873 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3875 = broadcast %3874 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3876 = sub %3871, %3875 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3877 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3878 = mul %3877, %3876 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3879 = reduce_sum %3878 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3880 = neg %3879 : f32[2,1] @ models/lib/dino.yaml:39:21
%3881 = reduce_sum %3880 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3882 = div %3881, %3860 : f32[] @ models/lib/dino.yaml:39:16
%3883 = add %3861, %3882 : f32[] @ models/dino_pass.yaml:148:11
%3884 = slice %3784 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3885 = cast %3884 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3886 = div %3885, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3887 = reduce_max %3886 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3888 = stop_gradient %3887 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3889 = broadcast %3888 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3890 = slice %3784 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3891 = cast %3890 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3892 = div %3891, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3893 = sub %3892, %3889 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3894 = exp %3893 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3895 = reduce_sum %3894 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3896 = log %3895 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3897 = broadcast %3896 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3898 = sub %3893, %3897 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3899 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3900 = mul %3899, %3898 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3901 = reduce_sum %3900 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3902 = neg %3901 : f32[2,1] @ models/lib/dino.yaml:39:21
%3903 = reduce_sum %3902 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3904 = div %3903, %3860 : f32[] @ models/lib/dino.yaml:39:16
%3905 = add %3883, %3904 : f32[] @ models/dino_pass.yaml:148:11
%3906 = sub %1295, %3824 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3907 = div %3906, %3826 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3908 = reduce_max %3907 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3909 = stop_gradient %3908 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3910 = broadcast %3909 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3911 = div %3906, %3826 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3912 = sub %3911, %3910 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3913 = exp %3912 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3914 = reduce_sum %3913 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3915 = broadcast %3914 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3916 = exp %3912 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3917 = div %3916, %3915 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3918 = slice %3069 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3919 = cast %3918 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3920 = div %3919, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3921 = reduce_max %3920 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3922 = stop_gradient %3921 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3923 = broadcast %3922 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3924 = slice %3069 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3925 = cast %3924 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3926 = div %3925, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3927 = sub %3926, %3923 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3928 = exp %3927 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3929 = reduce_sum %3928 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3930 = log %3929 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3931 = broadcast %3930 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3932 = sub %3927, %3931 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3933 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3934 = mul %3933, %3932 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3935 = reduce_sum %3934 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3936 = neg %3935 : f32[2,1] @ models/lib/dino.yaml:39:21
%3937 = reduce_sum %3936 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3938 = div %3937, %3860 : f32[] @ models/lib/dino.yaml:39:16
%3939 = add %3905, %3938 : f32[] @ models/dino_pass.yaml:148:11
%3940 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3941 = mul %3940, %3876 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3942 = reduce_sum %3941 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3943 = neg %3942 : f32[2,1] @ models/lib/dino.yaml:39:21
%3944 = reduce_sum %3943 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3945 = div %3944, %3860 : f32[] @ models/lib/dino.yaml:39:16
%3946 = add %3939, %3945 : f32[] @ models/dino_pass.yaml:148:11
%3947 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3948 = mul %3947, %3898 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3949 = reduce_sum %3948 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3950 = neg %3949 : f32[2,1] @ models/lib/dino.yaml:39:21
%3951 = reduce_sum %3950 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3952 = div %3951, %3860 : f32[] @ models/lib/dino.yaml:39:16
%3953 = add %3946, %3952 : f32[] @ models/dino_pass.yaml:148:11
%3954 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3955 = div %3953, %3954 : f32[] @ models/dino_pass.yaml:145:3
%3956 = output %3955 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3957 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3958 = slice %1292 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:131:27
%3959 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3960 = cast %3958 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3961 = sub %3960, %3957 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3962 = div %3961, %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3963 = reduce_max %3962 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3964 = stop_gradient %3963 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3965 = broadcast %3964 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3966 = cast %3958 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%3967 = sub %3966, %3957 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3968 = div %3967, %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3969 = sub %3968, %3965 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3970 = exp %3969 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3971 = reduce_sum %3970 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3972 = broadcast %3971 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3973 = exp %3969 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3974 = div %3973, %3972 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3975 = broadcast %3838 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3976 = slice %3119 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3977 = cast %3976 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3978 = div %3977, %3975 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3979 = reduce_max %3978 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3980 = stop_gradient %3979 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3981 = broadcast %3980 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3982 = slice %3119 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3983 = cast %3982 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3984 = div %3983, %3975 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3985 = sub %3984, %3981 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3986 = exp %3985 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3987 = reduce_sum %3986 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3988 = log %3987 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3989 = broadcast %3988 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3990 = sub %3985, %3989 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3991 = stop_gradient %3974 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3992 = mul %3991, %3990 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3993 = reduce_sum %3992 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3994 = neg %3993 : f32[2,16] @ models/lib/dino.yaml:39:21
%3995 = reduce_sum %3994 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3996 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3997 = div %3995, %3996 : f32[] @ models/lib/dino.yaml:39:16
%3998 = slice %1292 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:131:27
%3999 = cast %3998 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%4000 = sub %3999, %3957 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%4001 = div %4000, %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%4002 = reduce_max %4001 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%4003 = stop_gradient %4002 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%4004 = broadcast %4003 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%4005 = cast %3998 : f32[2,16,16] @ models/dino_pass.yaml:131:27
%4006 = sub %4005, %3957 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%4007 = div %4006, %3959 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%4008 = sub %4007, %4004 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%4009 = exp %4008 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4010 = reduce_sum %4009 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%4011 = broadcast %4010 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4012 = exp %4008 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4013 = div %4012, %4011 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4014 = slice %3119 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4015 = cast %4014 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4016 = div %4015, %3975 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4017 = reduce_max %4016 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%4018 = stop_gradient %4017 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%4019 = broadcast %4018 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4020 = slice %3119 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4021 = cast %4020 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4022 = div %4021, %3975 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4023 = sub %4022, %4019 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4024 = exp %4023 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4025 = reduce_sum %4024 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%4026 = log %4025 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4027 = broadcast %4026 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4028 = sub %4023, %4027 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4029 = stop_gradient %4013 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4030 = mul %4029, %4028 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4031 = reduce_sum %4030 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%4032 = neg %4031 : f32[2,16] @ models/lib/dino.yaml:39:21
%4033 = reduce_sum %4032 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4034 = div %4033, %3996 : f32[] @ models/lib/dino.yaml:39:16
%4035 = add %3997, %4034 : f32[] @ models/dino_pass.yaml:152:11
%4036 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4037 = slice %2360 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:131:27
%4038 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4039 = cast %4037 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4040 = sub %4039, %4036 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4041 = div %4040, %4038 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4042 = reduce_max %4041 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4043 = stop_gradient %4042 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4044 = broadcast %4043 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4045 = cast %4037 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4046 = sub %4045, %4036 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4047 = div %4046, %4038 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4048 = sub %4047, %4044 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4049 = exp %4048 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4050 = reduce_sum %4049 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4051 = broadcast %4050 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4052 = exp %4048 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4053 = div %4052, %4051 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4054 = broadcast %3838 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4055 = slice %3823 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4056 = cast %4055 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4057 = div %4056, %4054 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4058 = reduce_max %4057 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4059 = stop_gradient %4058 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4060 = broadcast %4059 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4061 = slice %3823 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4062 = cast %4061 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4063 = div %4062, %4054 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4064 = sub %4063, %4060 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4065 = exp %4064 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4066 = reduce_sum %4065 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4067 = log %4066 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4068 = broadcast %4067 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4069 = sub %4064, %4068 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4070 = stop_gradient %4053 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4071 = mul %4070, %4069 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4072 = reduce_sum %4071 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4073 = neg %4072 : f32[2,9] @ models/lib/dino.yaml:39:21
%4074 = reduce_sum %4073 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4075 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%4076 = div %4074, %4075 : f32[] @ models/lib/dino.yaml:39:16
%4077 = add %4035, %4076 : f32[] @ models/dino_pass.yaml:152:11
%4078 = slice %2360 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:131:27
%4079 = cast %4078 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4080 = sub %4079, %4036 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4081 = div %4080, %4038 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4082 = reduce_max %4081 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4083 = stop_gradient %4082 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4084 = broadcast %4083 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4085 = cast %4078 : f32[2,9,16] @ models/dino_pass.yaml:131:27
%4086 = sub %4085, %4036 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4087 = div %4086, %4038 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4088 = sub %4087, %4084 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4089 = exp %4088 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4090 = reduce_sum %4089 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4091 = broadcast %4090 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4092 = exp %4088 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4093 = div %4092, %4091 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4094 = slice %3823 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4095 = cast %4094 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4096 = div %4095, %4054 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4097 = reduce_max %4096 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4098 = stop_gradient %4097 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4099 = broadcast %4098 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4100 = slice %3823 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4101 = cast %4100 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4102 = div %4101, %4054 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4103 = sub %4102, %4099 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4104 = exp %4103 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4105 = reduce_sum %4104 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4106 = log %4105 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4107 = broadcast %4106 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4108 = sub %4103, %4107 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4109 = stop_gradient %4093 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4110 = mul %4109, %4108 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4111 = reduce_sum %4110 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4112 = neg %4111 : f32[2,9] @ models/lib/dino.yaml:39:21
%4113 = reduce_sum %4112 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4114 = div %4113, %4075 : f32[] @ models/lib/dino.yaml:39:16
%4115 = add %4077, %4114 : f32[] @ models/dino_pass.yaml:152:11
%4116 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%4117 = div %4115, %4116 : f32[] @ models/dino_pass.yaml:149:3
%4118 = output %4117 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%4119 = mul %4117, %3838 : f32[] @ models/dino_pass.yaml:149:3
%4120 = add %3955, %4119 : f32[] @ models/dino_pass.yaml:149:3
%4121 = output %4120 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%4122 = broadcast %2630 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4123 = mul %163, %4122 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4124 = concat %1294, %1295, %2362, %2363 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%4125 = reduce_sum %4124 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%4126 = all_reduce_sum %4125 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%4127 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%4128 = broadcast %4127 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4129 = div %4126, %4128 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4130 = broadcast %3838 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4131 = mul %4130, %4129 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4132 = add %4123, %4131 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%4133 = assign %163, %4132 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%4134 = broadcast %2630 : f32[1,16] @ models/dino_pass.yaml:142:26
%4135 = mul %164, %4134 : f32[1,16] @ models/dino_pass.yaml:142:26
%4136 = slice %1292 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/lib/nn.yaml:73:26
%4137 = reshape %4136 : bf16[32,16] @ models/lib/nn.yaml:73:26
%4138 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,32] @ models/lib/nn.yaml:73:26
%4139 = matmul %4138, %4137 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4140 = slice %1292 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/lib/nn.yaml:73:26
%4141 = reshape %4140 : bf16[32,16] @ models/lib/nn.yaml:73:26
%4142 = matmul %4138, %4141 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4143 = add %4139, %4142 : f32[1,16] @ models/lib/nn.yaml:73:26
%4144 = slice %2360 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/lib/nn.yaml:73:26
%4145 = reshape %4144 : bf16[18,16] @ models/lib/nn.yaml:73:26
%4146 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,18] @ models/lib/nn.yaml:73:26
%4147 = matmul %4146, %4145 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4148 = add %4143, %4147 : f32[1,16] @ models/lib/nn.yaml:73:26
%4149 = slice %2360 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/lib/nn.yaml:73:26
%4150 = reshape %4149 : bf16[18,16] @ models/lib/nn.yaml:73:26
%4151 = matmul %4146, %4150 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4152 = add %4148, %4151 : f32[1,16] @ models/lib/nn.yaml:73:26
%4153 = all_reduce_sum %4152 : f32[1,16] @ models/lib/nn.yaml:73:16
%4154 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%4155 = broadcast %4154 : f32[1,16] @ models/lib/nn.yaml:73:52
%4156 = div %4153, %4155 : f32[1,16] @ models/lib/nn.yaml:73:52
%4157 = broadcast %3838 : f32[1,16] @ models/dino_pass.yaml:142:68
%4158 = mul %4157, %4156 : f32[1,16] @ models/dino_pass.yaml:142:68
%4159 = add %4135, %4158 : f32[1,16] @ models/dino_pass.yaml:142:44
%4160 = assign %164, %4159 : f32[1,16] @ models/dino_pass.yaml:142:13
%4161 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%4162 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%4163 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%4164 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%4165 = broadcast %4164 : f32[2,9] @ models/lib/dino.yaml:39:21
%4166 = reshape %4165 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%4167 = broadcast %4166 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%4168 = stop_gradient %4093 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4169 = mul %4167, %4168 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4170 = neg %4169 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4171 = reduce_sum %4170 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4172 = div %4171, %4105 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4173 = broadcast %4172 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4174 = exp %4103 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4175 = mul %4173, %4174 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4176 = stop_gradient %4093 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4177 = mul %4167, %4176 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4178 = add %4177, %4175 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4179 = div %4178, %4054 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4180 = stop_gradient %4053 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4181 = mul %4167, %4180 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4182 = neg %4181 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4183 = reduce_sum %4182 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4184 = div %4183, %4066 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4185 = broadcast %4184 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4186 = exp %4064 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4187 = mul %4185, %4186 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4188 = stop_gradient %4053 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4189 = mul %4167, %4188 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4190 = add %4189, %4187 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4191 = div %4190, %4054 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4192 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%4193 = broadcast %4192 : f32[2,16] @ models/lib/dino.yaml:39:21
%4194 = reshape %4193 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%4195 = broadcast %4194 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%4196 = stop_gradient %4013 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4197 = mul %4195, %4196 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4198 = neg %4197 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4199 = reduce_sum %4198 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4200 = div %4199, %4025 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4201 = broadcast %4200 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4202 = exp %4023 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4203 = mul %4201, %4202 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4204 = stop_gradient %4013 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4205 = mul %4195, %4204 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4206 = add %4205, %4203 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4207 = div %4206, %3975 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4208 = stop_gradient %3974 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4209 = mul %4195, %4208 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4210 = neg %4209 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4211 = reduce_sum %4210 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4212 = div %4211, %3987 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4213 = broadcast %4212 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4214 = exp %3985 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4215 = mul %4213, %4214 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4216 = stop_gradient %3974 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4217 = mul %4195, %4216 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4218 = add %4217, %4215 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4219 = div %4218, %3975 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4220 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4221 = broadcast %4220 : f32[2,1] @ models/lib/dino.yaml:39:21
%4222 = reshape %4221 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4223 = broadcast %4222 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4224 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4225 = mul %4223, %4224 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4226 = neg %4225 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4227 = reduce_sum %4226 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4228 = div %4227, %3895 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4229 = broadcast %4228 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4230 = exp %3893 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4231 = mul %4229, %4230 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4232 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4233 = mul %4223, %4232 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4234 = add %4233, %4231 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4235 = div %4234, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4236 = div %4227, %3873 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4237 = broadcast %4236 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4238 = exp %3871 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4239 = mul %4237, %4238 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4240 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4241 = mul %4223, %4240 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4242 = add %4241, %4239 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4243 = div %4242, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4244 = div %4227, %3929 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4245 = broadcast %4244 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4246 = exp %3927 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4247 = mul %4245, %4246 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4248 = stop_gradient %3917 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4249 = mul %4223, %4248 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4250 = add %4249, %4247 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4251 = div %4250, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4252 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4253 = mul %4223, %4252 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4254 = neg %4253 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4255 = reduce_sum %4254 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4256 = div %4255, %3895 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4257 = broadcast %4256 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4258 = exp %3893 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4259 = mul %4257, %4258 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4260 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4261 = mul %4223, %4260 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4262 = add %4261, %4259 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4263 = div %4262, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4264 = add %4235, %4263 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4265 = div %4255, %3873 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4266 = broadcast %4265 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4267 = exp %3871 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4268 = mul %4266, %4267 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4269 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4270 = mul %4223, %4269 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4271 = add %4270, %4268 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4272 = div %4271, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4273 = add %4243, %4272 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4274 = div %4255, %3851 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4275 = broadcast %4274 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4276 = exp %3849 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4277 = mul %4275, %4276 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4278 = stop_gradient %3837 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4279 = mul %4223, %4278 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4280 = add %4279, %4277 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4281 = div %4280, %3839 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4282 = cast %4191 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4283 = cast %4179 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4284 = concat %4282, %4283 axis=0 : bf16[4,9,16] @ models/dino_pass.yaml:132:27
%4285 = matmul %4284, %3118 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4286 = reshape %4284 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4287 = reshape %3822 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4288 = matmul %4286, %4287 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4289 = cast %4288 : f32[16,8] @ models/lib/dino.yaml:22:33
%4290 = div %4289, %3115 : f32[16,8] @ models/lib/dino.yaml:22:33
%4291 = mul %4290, %3116 : f32[16,8] @ models/lib/dino.yaml:22:33
%4292 = neg %4291 : f32[16,8] @ models/lib/dino.yaml:22:33
%4293 = reduce_sum %4292 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4294 = broadcast %314 : f32[16,1] @ models/lib/dino.yaml:22:35
%4295 = mul %4293, %4294 : f32[16,1] @ models/lib/dino.yaml:22:35
%4296 = div %4295, %3114 : f32[16,1] @ models/lib/dino.yaml:22:35
%4297 = broadcast %4296 : f32[16,8] @ models/lib/dino.yaml:22:40
%4298 = mul %4297, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4299 = add %4298, %4298 : f32[16,8] @ models/lib/dino.yaml:22:53
%4300 = mul %4290, %3110 : f32[16,8] @ models/lib/dino.yaml:22:22
%4301 = add %4299, %4300 : f32[16,8] @ models/lib/dino.yaml:22:22
%4302 = cast %4285 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4303 = div %4302, %3818 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4304 = mul %4303, %3821 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4305 = neg %4304 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4306 = reduce_sum %4305 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4307 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4308 = broadcast %4307 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4309 = broadcast %314 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4310 = mul %4306, %4309 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4311 = sqrt %3815 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4312 = eq %4311, %2353 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4313 = select %4312, %4310, %4308 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4314 = sqrt %3815 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4315 = gt %4314, %2353 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4316 = select %4315, %4306, %4313 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4317 = mul %4316, %4309 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4318 = sqrt %3815 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4319 = div %4317, %4318 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4320 = broadcast %4319 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4321 = cast %3810 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4322 = add %4321, %3811 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4323 = mul %4320, %4322 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4324 = add %4303, %4323 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4325 = add %4324, %4323 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4326 = reduce_sum %4325 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4327 = reshape %4326 : f32[8] @ models/lib/nn.yaml:84:18
%4328 = cast %4325 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4329 = matmul %4328, %3097 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4330 = reshape %4328 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4331 = reshape %3809 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4332 = matmul %4330, %4331 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4333 = cast %4329 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4334 = cast %3798 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4335 = add %4334, %3799 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4336 = mul %4335, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4337 = erf %4336 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4338 = add %2330, %4337 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4339 = mul %4333, %4338 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4340 = cast %4329 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4341 = cast %3798 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4342 = add %4341, %3799 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4343 = mul %2321, %4342 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4344 = mul %4340, %4343 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4345 = cast %3798 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4346 = add %4345, %3799 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4347 = mul %4346, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4348 = mul %4347, %4347 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4349 = neg %4348 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4350 = exp %4349 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4351 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4352 = broadcast %4351 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4353 = mul %4350, %4352 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4354 = mul %4344, %4353 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4355 = mul %4354, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4356 = mul %4339, %2321 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4357 = add %4355, %4356 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4358 = reduce_sum %4357 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4359 = reshape %4358 : f32[24] @ models/lib/nn.yaml:84:18
%4360 = cast %4357 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4361 = matmul %4360, %3084 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4362 = reshape %4360 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4363 = reshape %3797 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4364 = matmul %4362, %4363 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4365 = cast %4361 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4366 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4367 = add %4366, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4368 = mul %4367, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4369 = erf %4368 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4370 = add %2330, %4369 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4371 = mul %4365, %4370 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4372 = cast %4361 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4373 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4374 = add %4373, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4375 = mul %2321, %4374 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4376 = mul %4372, %4375 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4377 = cast %3786 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4378 = add %4377, %3787 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4379 = mul %4378, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4380 = mul %4379, %4379 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4381 = neg %4380 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4382 = exp %4381 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4383 = mul %4382, %4352 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4384 = mul %4376, %4383 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4385 = mul %4384, %2325 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4386 = mul %4371, %2321 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4387 = add %4385, %4386 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4388 = reduce_sum %4387 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4389 = reshape %4388 : f32[24] @ models/lib/nn.yaml:84:18
%4390 = cast %4387 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4391 = matmul %4390, %3071 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4392 = reshape %4390 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4393 = reshape %3785 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4394 = matmul %4392, %4393 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4395 = cast %4273 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4396 = cast %4264 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4397 = concat %4395, %4396 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%4398 = matmul %4397, %3068 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4399 = reshape %4397 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4400 = reshape %3783 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4401 = matmul %4399, %4400 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4402 = cast %4401 : f32[32,8] @ models/lib/dino.yaml:22:33
%4403 = div %4402, %3065 : f32[32,8] @ models/lib/dino.yaml:22:33
%4404 = mul %4403, %3066 : f32[32,8] @ models/lib/dino.yaml:22:33
%4405 = neg %4404 : f32[32,8] @ models/lib/dino.yaml:22:33
%4406 = reduce_sum %4405 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4407 = broadcast %314 : f32[32,1] @ models/lib/dino.yaml:22:35
%4408 = mul %4406, %4407 : f32[32,1] @ models/lib/dino.yaml:22:35
%4409 = div %4408, %3064 : f32[32,1] @ models/lib/dino.yaml:22:35
%4410 = broadcast %4409 : f32[32,8] @ models/lib/dino.yaml:22:40
%4411 = mul %4410, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4412 = add %4411, %4411 : f32[32,8] @ models/lib/dino.yaml:22:53
%4413 = mul %4403, %3060 : f32[32,8] @ models/lib/dino.yaml:22:22
%4414 = add %4412, %4413 : f32[32,8] @ models/lib/dino.yaml:22:22
%4415 = cast %4398 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4416 = div %4415, %3781 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4417 = mul %4416, %3782 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4418 = neg %4417 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4419 = reduce_sum %4418 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4420 = broadcast %4307 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4421 = broadcast %314 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4422 = mul %4419, %4421 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4423 = sqrt %3778 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4424 = eq %4423, %1225 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4425 = select %4424, %4422, %4420 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4426 = sqrt %3778 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4427 = gt %4426, %1225 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4428 = select %4427, %4419, %4425 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4429 = mul %4428, %4421 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4430 = sqrt %3778 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4431 = div %4429, %4430 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4432 = broadcast %4431 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4433 = mul %4432, %3776 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4434 = add %4416, %4433 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4435 = add %4434, %4433 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4436 = reduce_sum %4435 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4437 = reshape %4436 : f32[8] @ models/lib/nn.yaml:84:18
%4438 = cast %4435 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4439 = matmul %4438, %3049 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4440 = reshape %4438 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4441 = reshape %3773 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4442 = matmul %4440, %4441 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4443 = cast %4439 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4444 = mul %3767, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4445 = erf %4444 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4446 = add %1201, %4445 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4447 = mul %4443, %4446 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4448 = cast %4439 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4449 = mul %1196, %3767 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4450 = mul %4448, %4449 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4451 = mul %3767, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4452 = mul %4451, %4451 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4453 = neg %4452 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4454 = exp %4453 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4455 = broadcast %4351 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4456 = mul %4454, %4455 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4457 = mul %4450, %4456 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4458 = mul %4457, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4459 = mul %4447, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4460 = add %4458, %4459 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4461 = reduce_sum %4460 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4462 = reshape %4461 : f32[24] @ models/lib/nn.yaml:84:18
%4463 = cast %4460 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4464 = matmul %4463, %3038 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4465 = reshape %4463 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4466 = reshape %3764 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4467 = matmul %4465, %4466 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4468 = cast %4464 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4469 = mul %3758, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4470 = erf %4469 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4471 = add %1201, %4470 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4472 = mul %4468, %4471 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4473 = cast %4464 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4474 = mul %1196, %3758 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4475 = mul %4473, %4474 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4476 = mul %3758, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4477 = mul %4476, %4476 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4478 = neg %4477 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4479 = exp %4478 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4480 = mul %4479, %4455 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4481 = mul %4475, %4480 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4482 = mul %4481, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4483 = mul %4472, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4484 = add %4482, %4483 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4485 = reduce_sum %4484 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4486 = reshape %4485 : f32[24] @ models/lib/nn.yaml:84:18
%4487 = cast %4484 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4488 = matmul %4487, %3027 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4489 = reshape %4487 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4490 = reshape %3755 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4491 = matmul %4489, %4490 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4492 = concat %4488, %4391 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4493 = cast %4492 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4494 = reduce_sum %4493 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4495 = reshape %4494 : f32[16] @ models/lib/nn.yaml:96:46
%4496 = cast %4492 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4497 = mul %4496, %3749 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4498 = reduce_sum %4497 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4499 = reshape %4498 : f32[16] @ models/lib/nn.yaml:96:37
%4500 = cast %4492 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4501 = mul %4500, %3750 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4502 = mul %4501, %3748 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4503 = cast %4492 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4504 = mul %4503, %3750 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4505 = mul %4504, %3742 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4506 = reduce_sum %4505 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4507 = mul %3747, %3747 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4508 = mul %3747, %4507 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4509 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4510 = broadcast %4509 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4511 = mul %4508, %4510 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4512 = mul %4506, %4511 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4513 = div %4512, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4514 = broadcast %4513 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4515 = mul %4514, %3742 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4516 = add %4502, %4515 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4517 = add %4516, %4515 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4518 = neg %4517 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4519 = reduce_sum %4518 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4520 = div %4519, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4521 = broadcast %4520 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4522 = add %4517, %4521 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4523 = slice %4522 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4524 = slice %4522 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4525 = reduce_sum %4523 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4526 = reshape %4525 : f32[16] @ models/lib/nn.yaml:84:18
%4527 = cast %4523 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4528 = matmul %4527, %3003 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4529 = reshape %4527 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4530 = reshape %3733 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4531 = matmul %4529, %4530 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4532 = cast %4528 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4533 = mul %3727, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4534 = erf %4533 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4535 = add %1008, %4534 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4536 = mul %4532, %4535 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4537 = cast %4528 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4538 = mul %1003, %3727 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4539 = mul %4537, %4538 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4540 = mul %3727, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4541 = mul %4540, %4540 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4542 = neg %4541 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4543 = exp %4542 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4544 = broadcast %4351 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4545 = mul %4543, %4544 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4546 = mul %4539, %4545 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4547 = mul %4546, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4548 = mul %4536, %1003 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4549 = add %4547, %4548 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4550 = reduce_sum %4549 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4551 = reshape %4550 : f32[64] @ models/lib/nn.yaml:84:18
%4552 = cast %4549 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4553 = matmul %4552, %2992 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4554 = reshape %4552 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4555 = reshape %3724 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4556 = matmul %4554, %4555 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4557 = cast %4553 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4558 = reduce_sum %4557 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4559 = reshape %4558 : f32[16] @ models/lib/nn.yaml:96:46
%4560 = cast %4553 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4561 = mul %4560, %2987 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4562 = cast %4553 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4563 = mul %4562, %3721 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4564 = reduce_sum %4563 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4565 = reshape %4564 : f32[16] @ models/lib/nn.yaml:96:37
%4566 = mul %4561, %3720 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4567 = mul %4561, %3714 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4568 = reduce_sum %4567 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4569 = mul %3719, %3719 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4570 = mul %3719, %4569 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4571 = broadcast %4509 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4572 = mul %4570, %4571 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4573 = mul %4568, %4572 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4574 = div %4573, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4575 = broadcast %4574 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4576 = mul %4575, %3714 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4577 = add %4566, %4576 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4578 = add %4577, %4576 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4579 = add %4523, %4578 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4580 = neg %4578 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4581 = reduce_sum %4580 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4582 = div %4581, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4583 = broadcast %4582 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4584 = add %4579, %4583 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4585 = reduce_sum %4584 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4586 = reshape %4585 : f32[16] @ models/lib/nn.yaml:84:18
%4587 = cast %4584 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4588 = matmul %4587, %2970 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4589 = reshape %4587 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4590 = reshape %3705 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4591 = matmul %4589, %4590 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4592 = reshape %4588 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4593 = permute %4592 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4594 = cast %4593 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4595 = slice %4594 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4596 = broadcast %4595 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4597 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4598 = slice %4597 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4599 = cast %4598 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4600 = mul %4596, %4599 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4601 = slice %4594 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4602 = broadcast %4601 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4603 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4604 = slice %4603 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4605 = cast %4604 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4606 = mul %4602, %4605 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4607 = add %4600, %4606 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4608 = slice %4594 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4609 = broadcast %4608 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4610 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4611 = slice %4610 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4612 = cast %4611 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4613 = mul %4609, %4612 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4614 = add %4607, %4613 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4615 = slice %4594 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4616 = broadcast %4615 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4617 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4618 = slice %4617 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4619 = cast %4618 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4620 = mul %4616, %4619 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4621 = add %4614, %4620 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4622 = slice %4594 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4623 = broadcast %4622 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4624 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4625 = slice %4624 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4626 = cast %4625 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4627 = mul %4623, %4626 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4628 = add %4621, %4627 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4629 = slice %4594 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4630 = broadcast %4629 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4631 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4632 = slice %4631 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4633 = cast %4632 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4634 = mul %4630, %4633 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4635 = add %4628, %4634 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4636 = slice %4594 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4637 = broadcast %4636 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4638 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4639 = slice %4638 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4640 = cast %4639 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4641 = mul %4637, %4640 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4642 = add %4635, %4641 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4643 = slice %4594 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4644 = broadcast %4643 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4645 = permute %3696 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4646 = slice %4645 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4647 = cast %4646 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4648 = mul %4644, %4647 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4649 = add %4642, %4648 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4650 = cast %4649 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4651 = permute %3697 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4652 = broadcast %4651 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4653 = broadcast %4594 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4654 = mul %4652, %4653 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4655 = cast %4654 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4656 = cast %4650 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4657 = div %4656, %3690 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4658 = mul %4657, %3692 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4659 = neg %4658 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4660 = reduce_sum %4659 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4661 = broadcast %4660 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4662 = add %4657, %4661 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4663 = exp %3687 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4664 = mul %4662, %4663 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4665 = mul %4664, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4666 = cast %4665 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4667 = cast %4666 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4668 = reshape %4667 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4669 = broadcast %4668 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4670 = reshape %3622 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4671 = cast %4670 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4672 = mul %4669, %4671 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4673 = reduce_sum %4672 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4674 = cast %4673 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4675 = permute %4667 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4676 = broadcast %4675 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4677 = broadcast %3623 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4678 = mul %4676, %4677 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4679 = cast %4678 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4680 = permute %4655 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4681 = reshape %4680 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4682 = cast %4681 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4683 = reduce_sum %4682 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4684 = reshape %4683 : f32[16] @ models/lib/nn.yaml:84:18
%4685 = permute %4655 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4686 = reshape %4685 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4687 = matmul %4686, %2875 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4688 = reshape %4685 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4689 = reshape %3604 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4690 = matmul %4688, %4689 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4691 = permute %4679 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4692 = reshape %4691 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4693 = cast %4692 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4694 = reduce_sum %4693 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4695 = reshape %4694 : f32[16] @ models/lib/nn.yaml:84:18
%4696 = permute %4679 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4697 = reshape %4696 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4698 = matmul %4697, %2870 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4699 = cast %4687 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4700 = cast %4698 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4701 = add %4699, %4700 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4702 = reshape %4696 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4703 = matmul %4702, %4689 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4704 = permute %4674 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4705 = reshape %4704 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4706 = cast %4705 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4707 = reduce_sum %4706 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4708 = reshape %4707 : f32[16] @ models/lib/nn.yaml:84:18
%4709 = permute %4674 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4710 = reshape %4709 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4711 = matmul %4710, %2865 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4712 = reshape %4709 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4713 = reshape %3605 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4714 = matmul %4712, %4713 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4715 = cast %4711 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4716 = pad %4715 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4717 = add %4701, %4716 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4718 = reduce_sum %4717 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4719 = reshape %4718 : f32[16] @ models/lib/nn.yaml:96:46
%4720 = mul %4717, %3599 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4721 = reduce_sum %4720 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4722 = reshape %4721 : f32[16] @ models/lib/nn.yaml:96:37
%4723 = mul %4717, %3600 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4724 = mul %4723, %3598 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4725 = mul %4717, %3600 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4726 = mul %4725, %3592 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4727 = reduce_sum %4726 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4728 = mul %3597, %3597 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4729 = mul %3597, %4728 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4730 = mul %4729, %4510 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4731 = mul %4727, %4730 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4732 = div %4731, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4733 = broadcast %4732 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4734 = mul %4733, %3592 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4735 = add %4724, %4734 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4736 = add %4735, %4734 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4737 = neg %4736 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4738 = reduce_sum %4737 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4739 = div %4738, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4740 = broadcast %4739 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4741 = add %4736, %4740 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4742 = slice %4741 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4743 = add %4584, %4742 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4744 = slice %4741 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4745 = add %4524, %4744 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4746 = reduce_sum %4743 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4747 = reshape %4746 : f32[16] @ models/lib/nn.yaml:84:18
%4748 = cast %4743 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4749 = matmul %4748, %2841 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4750 = reshape %4748 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4751 = reshape %3583 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4752 = matmul %4750, %4751 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4753 = cast %4749 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4754 = mul %3577, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4755 = erf %4754 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4756 = add %1008, %4755 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4757 = mul %4753, %4756 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4758 = cast %4749 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4759 = mul %1003, %3577 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4760 = mul %4758, %4759 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4761 = mul %3577, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4762 = mul %4761, %4761 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4763 = neg %4762 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4764 = exp %4763 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4765 = mul %4764, %4544 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4766 = mul %4760, %4765 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4767 = mul %4766, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4768 = mul %4757, %1003 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4769 = add %4767, %4768 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4770 = reduce_sum %4769 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4771 = reshape %4770 : f32[64] @ models/lib/nn.yaml:84:18
%4772 = cast %4769 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4773 = matmul %4772, %2830 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4774 = reshape %4772 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4775 = reshape %3574 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4776 = matmul %4774, %4775 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4777 = cast %4773 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4778 = reduce_sum %4777 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4779 = reshape %4778 : f32[16] @ models/lib/nn.yaml:96:46
%4780 = cast %4773 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4781 = mul %4780, %2825 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4782 = cast %4773 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4783 = mul %4782, %3571 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4784 = reduce_sum %4783 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4785 = reshape %4784 : f32[16] @ models/lib/nn.yaml:96:37
%4786 = mul %4781, %3570 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4787 = mul %4781, %3564 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4788 = reduce_sum %4787 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4789 = mul %3569, %3569 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4790 = mul %3569, %4789 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4791 = mul %4790, %4571 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4792 = mul %4788, %4791 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4793 = div %4792, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4794 = broadcast %4793 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4795 = mul %4794, %3564 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4796 = add %4786, %4795 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4797 = add %4796, %4795 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4798 = add %4743, %4797 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4799 = neg %4797 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4800 = reduce_sum %4799 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4801 = div %4800, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4802 = broadcast %4801 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4803 = add %4798, %4802 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4804 = reduce_sum %4803 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4805 = reshape %4804 : f32[16] @ models/lib/nn.yaml:84:18
%4806 = cast %4803 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4807 = matmul %4806, %2808 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4808 = reshape %4806 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4809 = reshape %3555 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4810 = matmul %4808, %4809 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4811 = reshape %4807 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4812 = permute %4811 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4813 = cast %4812 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4814 = slice %4813 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4815 = broadcast %4814 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4816 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4817 = slice %4816 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4818 = cast %4817 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4819 = mul %4815, %4818 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4820 = slice %4813 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4821 = broadcast %4820 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4822 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4823 = slice %4822 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4824 = cast %4823 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4825 = mul %4821, %4824 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4826 = add %4819, %4825 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4827 = slice %4813 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4828 = broadcast %4827 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4829 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4830 = slice %4829 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4831 = cast %4830 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4832 = mul %4828, %4831 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4833 = add %4826, %4832 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4834 = slice %4813 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4835 = broadcast %4834 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4836 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4837 = slice %4836 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4838 = cast %4837 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4839 = mul %4835, %4838 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4840 = add %4833, %4839 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4841 = slice %4813 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4842 = broadcast %4841 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4843 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4844 = slice %4843 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4845 = cast %4844 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4846 = mul %4842, %4845 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4847 = add %4840, %4846 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4848 = slice %4813 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4849 = broadcast %4848 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4850 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4851 = slice %4850 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4852 = cast %4851 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4853 = mul %4849, %4852 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4854 = add %4847, %4853 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4855 = slice %4813 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4856 = broadcast %4855 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4857 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4858 = slice %4857 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4859 = cast %4858 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4860 = mul %4856, %4859 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4861 = add %4854, %4860 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4862 = slice %4813 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4863 = broadcast %4862 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4864 = permute %3546 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4865 = slice %4864 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4866 = cast %4865 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4867 = mul %4863, %4866 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4868 = add %4861, %4867 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4869 = cast %4868 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4870 = permute %3547 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4871 = broadcast %4870 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4872 = broadcast %4813 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4873 = mul %4871, %4872 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4874 = cast %4873 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4875 = cast %4869 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4876 = div %4875, %3540 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4877 = mul %4876, %3542 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4878 = neg %4877 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4879 = reduce_sum %4878 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4880 = broadcast %4879 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4881 = add %4876, %4880 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4882 = exp %3537 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4883 = mul %4881, %4882 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4884 = mul %4883, %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4885 = cast %4884 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4886 = cast %4885 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4887 = reshape %4886 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4888 = broadcast %4887 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4889 = reshape %3472 : bf16[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4890 = cast %4889 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4891 = mul %4888, %4890 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4892 = reduce_sum %4891 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4893 = cast %4892 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4894 = permute %4886 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4895 = broadcast %4894 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4896 = broadcast %3473 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4897 = mul %4895, %4896 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4898 = cast %4897 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4899 = permute %4874 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4900 = reshape %4899 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4901 = cast %4900 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4902 = reduce_sum %4901 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4903 = reshape %4902 : f32[16] @ models/lib/nn.yaml:84:18
%4904 = permute %4874 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4905 = reshape %4904 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4906 = matmul %4905, %2713 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4907 = reshape %4904 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4908 = reshape %3454 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4909 = matmul %4907, %4908 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4910 = permute %4898 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4911 = reshape %4910 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4912 = cast %4911 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4913 = reduce_sum %4912 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4914 = reshape %4913 : f32[16] @ models/lib/nn.yaml:84:18
%4915 = permute %4898 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4916 = reshape %4915 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4917 = matmul %4916, %2708 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4918 = cast %4906 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4919 = cast %4917 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4920 = add %4918, %4919 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4921 = reshape %4915 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4922 = matmul %4921, %4908 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4923 = permute %4893 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4924 = reshape %4923 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4925 = cast %4924 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4926 = reduce_sum %4925 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4927 = reshape %4926 : f32[16] @ models/lib/nn.yaml:84:18
%4928 = permute %4893 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4929 = reshape %4928 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4930 = matmul %4929, %2703 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4931 = reshape %4928 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4932 = reshape %3455 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4933 = matmul %4931, %4932 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4934 = cast %4930 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4935 = pad %4934 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4936 = add %4920, %4935 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4937 = reduce_sum %4936 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4938 = reshape %4937 : f32[16] @ models/lib/nn.yaml:96:46
%4939 = mul %4936, %3449 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4940 = reduce_sum %4939 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4941 = reshape %4940 : f32[16] @ models/lib/nn.yaml:96:37
%4942 = mul %4936, %3450 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4943 = mul %4942, %3448 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4944 = mul %4936, %3450 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4945 = mul %4944, %3442 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4946 = reduce_sum %4945 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4947 = mul %3447, %3447 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4948 = mul %3447, %4947 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4949 = mul %4948, %4510 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4950 = mul %4946, %4949 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4951 = div %4950, %1970 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4952 = broadcast %4951 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4953 = mul %4952, %3442 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4954 = add %4943, %4953 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4955 = add %4954, %4953 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4956 = neg %4955 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4957 = reduce_sum %4956 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4958 = div %4957, %1970 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4959 = broadcast %4958 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4960 = add %4955, %4959 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4961 = slice %4960 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4962 = add %4803, %4961 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4963 = slice %4960 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4964 = add %4745, %4963 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4965 = reduce_sum %4962 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4966 = mul %4964, %3435 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4967 = div %4966, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4968 = reduce_sum %4967 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4969 = reshape %4968 : f32[16] @ models/lib/nn.yaml:84:18
%4970 = div %4966, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4971 = cast %4970 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4972 = matmul %4971, %2671 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4973 = reshape %4971 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4974 = reshape %3425 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4975 = matmul %4973, %4974 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4976 = cast %4972 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4977 = cast %3414 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4978 = add %4977, %3415 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4979 = mul %4978, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4980 = erf %4979 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4981 = add %1459, %4980 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4982 = mul %4976, %4981 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4983 = cast %4972 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4984 = cast %3414 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4985 = add %4984, %3415 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4986 = mul %1450, %4985 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4987 = mul %4983, %4986 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4988 = cast %3414 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4989 = add %4988, %3415 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4990 = mul %4989, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4991 = mul %4990, %4990 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4992 = neg %4991 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4993 = exp %4992 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4994 = broadcast %4351 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4995 = mul %4993, %4994 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4996 = mul %4987, %4995 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4997 = mul %4996, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4998 = mul %4982, %1450 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4999 = add %4997, %4998 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5000 = reduce_sum %4999 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5001 = reshape %5000 : f32[64] @ models/lib/nn.yaml:84:18
%5002 = cast %4999 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5003 = matmul %5002, %2658 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5004 = reshape %5002 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5005 = reshape %3413 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5006 = matmul %5004, %5005 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5007 = cast %5003 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5008 = reduce_sum %5007 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5009 = reshape %5008 : f32[16] @ models/lib/nn.yaml:96:46
%5010 = cast %5003 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5011 = mul %5010, %3408 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5012 = reduce_sum %5011 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5013 = reshape %5012 : f32[16] @ models/lib/nn.yaml:96:37
%5014 = cast %5003 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5015 = mul %5014, %3409 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5016 = mul %5015, %3407 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5017 = cast %5003 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5018 = mul %5017, %3409 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5019 = mul %5018, %3401 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5020 = reduce_sum %5019 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5021 = mul %3406, %3406 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5022 = mul %3406, %5021 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5023 = broadcast %4509 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5024 = mul %5022, %5023 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5025 = mul %5020, %5024 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5026 = div %5025, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5027 = broadcast %5026 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5028 = mul %5027, %3401 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5029 = add %5016, %5028 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5030 = add %5029, %5028 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5031 = add %4964, %5030 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5032 = neg %5030 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5033 = reduce_sum %5032 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5034 = div %5033, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5035 = broadcast %5034 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5036 = add %5031, %5035 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5037 = mul %5036, %3395 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%5038 = div %5037, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5039 = reduce_sum %5038 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5040 = reshape %5039 : f32[16] @ models/lib/nn.yaml:84:18
%5041 = div %5037, %3389 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5042 = cast %5041 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5043 = matmul %5042, %2625 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5044 = reshape %5042 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5045 = reshape %3383 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5046 = matmul %5044, %5045 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5047 = reshape %5043 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5048 = permute %5047 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5049 = cast %5048 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5050 = permute %3375 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5051 = slice %5049 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5052 = broadcast %5051 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5053 = slice %5050 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5054 = broadcast %5053 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5055 = mul %5052, %5054 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5056 = slice %5049 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5057 = broadcast %5056 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5058 = slice %5050 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5059 = broadcast %5058 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5060 = mul %5057, %5059 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5061 = add %5055, %5060 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5062 = slice %5049 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5063 = broadcast %5062 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5064 = slice %5050 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5065 = broadcast %5064 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5066 = mul %5063, %5065 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5067 = add %5061, %5066 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5068 = slice %5049 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5069 = broadcast %5068 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5070 = slice %5050 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5071 = broadcast %5070 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5072 = mul %5069, %5071 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5073 = add %5067, %5072 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5074 = slice %5049 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5075 = broadcast %5074 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5076 = slice %5050 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5077 = broadcast %5076 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5078 = mul %5075, %5077 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5079 = add %5073, %5078 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5080 = slice %5049 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5081 = broadcast %5080 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5082 = slice %5050 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5083 = broadcast %5082 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5084 = mul %5081, %5083 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5085 = add %5079, %5084 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5086 = slice %5049 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5087 = broadcast %5086 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5088 = slice %5050 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5089 = broadcast %5088 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5090 = mul %5087, %5089 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5091 = add %5085, %5090 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5092 = slice %5049 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5093 = broadcast %5092 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5094 = slice %5050 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5095 = broadcast %5094 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5096 = mul %5093, %5095 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5097 = add %5091, %5096 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5098 = cast %5097 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5099 = permute %3374 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5100 = reshape %5099 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5101 = broadcast %5100 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5102 = reshape %5049 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5103 = broadcast %5102 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5104 = mul %5101, %5103 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5105 = reduce_sum %5104 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5106 = cast %5105 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5107 = cast %5098 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5108 = div %5107, %3368 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5109 = mul %5108, %3370 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5110 = neg %5109 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5111 = reduce_sum %5110 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5112 = broadcast %5111 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5113 = add %5108, %5112 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5114 = exp %3365 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5115 = mul %5113, %5114 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5116 = mul %5115, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5117 = cast %5116 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5118 = cast %5117 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5119 = reshape %5118 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5120 = broadcast %5119 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5121 = reshape %3308 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5122 = broadcast %5121 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5123 = mul %5120, %5122 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5124 = reduce_sum %5123 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5125 = cast %5124 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5126 = permute %5118 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5127 = reshape %5126 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5128 = broadcast %5127 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5129 = reshape %3307 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5130 = broadcast %5129 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5131 = mul %5128, %5130 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5132 = reduce_sum %5131 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5133 = cast %5132 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5134 = reshape %5133 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5135 = reshape %5106 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5136 = reshape %5125 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5137 = concat %5136, %5134, %5135 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5138 = permute %5137 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5139 = reshape %5138 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5140 = cast %5139 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5141 = reduce_sum %5140 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5142 = reshape %5141 : f32[48] @ models/lib/nn.yaml:84:18
%5143 = permute %5137 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5144 = reshape %5143 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5145 = matmul %5144, %2535 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5146 = reshape %5143 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5147 = reshape %3295 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5148 = matmul %5146, %5147 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5149 = cast %5145 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5150 = reduce_sum %5149 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5151 = reshape %5150 : f32[16] @ models/lib/nn.yaml:96:46
%5152 = cast %5145 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5153 = mul %5152, %3290 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5154 = reduce_sum %5153 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5155 = reshape %5154 : f32[16] @ models/lib/nn.yaml:96:37
%5156 = cast %5145 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5157 = mul %5156, %3291 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5158 = mul %5157, %3289 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5159 = cast %5145 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5160 = mul %5159, %3291 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5161 = mul %5160, %3283 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5162 = reduce_sum %5161 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5163 = mul %3288, %3288 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5164 = mul %3288, %5163 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5165 = mul %5164, %5023 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5166 = mul %5162, %5165 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5167 = div %5166, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5168 = broadcast %5167 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5169 = mul %5168, %3283 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5170 = add %5158, %5169 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5171 = add %5170, %5169 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5172 = add %5036, %5171 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5173 = neg %5171 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5174 = reduce_sum %5173 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5175 = div %5174, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5176 = broadcast %5175 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5177 = add %5172, %5176 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5178 = reduce_sum %5177 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5179 = reshape %5178 : f32[16] @ models/lib/nn.yaml:84:18
%5180 = cast %5177 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5181 = matmul %5180, %2513 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5182 = reshape %5180 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5183 = reshape %3274 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5184 = matmul %5182, %5183 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5185 = cast %5181 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5186 = cast %3263 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5187 = add %5186, %3264 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5188 = mul %5187, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5189 = erf %5188 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5190 = add %1459, %5189 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5191 = mul %5185, %5190 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5192 = cast %5181 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5193 = cast %3263 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5194 = add %5193, %3264 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5195 = mul %1450, %5194 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5196 = mul %5192, %5195 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5197 = cast %3263 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5198 = add %5197, %3264 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5199 = mul %5198, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5200 = mul %5199, %5199 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5201 = neg %5200 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5202 = exp %5201 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5203 = mul %5202, %4994 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5204 = mul %5196, %5203 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5205 = mul %5204, %1454 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5206 = mul %5191, %1450 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5207 = add %5205, %5206 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5208 = reduce_sum %5207 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5209 = reshape %5208 : f32[64] @ models/lib/nn.yaml:84:18
%5210 = cast %5207 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5211 = matmul %5210, %2500 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5212 = reshape %5210 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5213 = reshape %3262 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5214 = matmul %5212, %5213 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5215 = cast %5211 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5216 = reduce_sum %5215 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5217 = reshape %5216 : f32[16] @ models/lib/nn.yaml:96:46
%5218 = cast %5211 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5219 = mul %5218, %3257 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5220 = reduce_sum %5219 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5221 = reshape %5220 : f32[16] @ models/lib/nn.yaml:96:37
%5222 = cast %5211 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5223 = mul %5222, %3258 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5224 = mul %5223, %3256 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5225 = cast %5211 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5226 = mul %5225, %3258 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5227 = mul %5226, %3250 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5228 = reduce_sum %5227 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5229 = mul %3255, %3255 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5230 = mul %3255, %5229 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5231 = mul %5230, %5023 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5232 = mul %5228, %5231 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5233 = div %5232, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5234 = broadcast %5233 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5235 = mul %5234, %3250 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5236 = add %5224, %5235 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5237 = add %5236, %5235 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5238 = add %5177, %5237 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5239 = neg %5237 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5240 = reduce_sum %5239 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5241 = div %5240, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5242 = broadcast %5241 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5243 = add %5238, %5242 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5244 = reduce_sum %5243 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5245 = reshape %5244 : f32[16] @ models/lib/nn.yaml:84:18
%5246 = cast %5243 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5247 = matmul %5246, %2478 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5248 = reshape %5246 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5249 = reshape %3240 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5250 = matmul %5248, %5249 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5251 = reshape %5247 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5252 = permute %5251 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5253 = cast %5252 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5254 = permute %3232 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5255 = slice %5253 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5256 = broadcast %5255 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5257 = slice %5254 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5258 = broadcast %5257 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5259 = mul %5256, %5258 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5260 = slice %5253 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5261 = broadcast %5260 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5262 = slice %5254 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5263 = broadcast %5262 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5264 = mul %5261, %5263 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5265 = add %5259, %5264 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5266 = slice %5253 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5267 = broadcast %5266 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5268 = slice %5254 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5269 = broadcast %5268 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5270 = mul %5267, %5269 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5271 = add %5265, %5270 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5272 = slice %5253 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5273 = broadcast %5272 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5274 = slice %5254 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5275 = broadcast %5274 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5276 = mul %5273, %5275 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5277 = add %5271, %5276 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5278 = slice %5253 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5279 = broadcast %5278 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5280 = slice %5254 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5281 = broadcast %5280 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5282 = mul %5279, %5281 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5283 = add %5277, %5282 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5284 = slice %5253 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5285 = broadcast %5284 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5286 = slice %5254 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5287 = broadcast %5286 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5288 = mul %5285, %5287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5289 = add %5283, %5288 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5290 = slice %5253 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5291 = broadcast %5290 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5292 = slice %5254 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5293 = broadcast %5292 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5294 = mul %5291, %5293 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5295 = add %5289, %5294 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5296 = slice %5253 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5297 = broadcast %5296 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5298 = slice %5254 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5299 = broadcast %5298 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5300 = mul %5297, %5299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5301 = add %5295, %5300 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5302 = cast %5301 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5303 = permute %3231 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5304 = reshape %5303 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5305 = broadcast %5304 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5306 = reshape %5253 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5307 = broadcast %5306 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5308 = mul %5305, %5307 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5309 = reduce_sum %5308 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5310 = cast %5309 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5311 = cast %5302 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5312 = div %5311, %3225 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5313 = mul %5312, %3227 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5314 = neg %5313 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5315 = reduce_sum %5314 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5316 = broadcast %5315 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5317 = add %5312, %5316 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5318 = exp %3222 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5319 = mul %5317, %5318 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5320 = mul %5319, %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5321 = cast %5320 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5322 = cast %5321 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5323 = reshape %5322 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5324 = broadcast %5323 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5325 = reshape %3165 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5326 = broadcast %5325 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5327 = mul %5324, %5326 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5328 = reduce_sum %5327 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5329 = cast %5328 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5330 = permute %5322 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5331 = reshape %5330 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5332 = broadcast %5331 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5333 = reshape %3164 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5334 = broadcast %5333 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5335 = mul %5332, %5334 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5336 = reduce_sum %5335 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5337 = cast %5336 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5338 = reshape %5337 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5339 = reshape %5310 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5340 = reshape %5329 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5341 = concat %5340, %5338, %5339 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5342 = permute %5341 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5343 = reshape %5342 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5344 = cast %5343 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5345 = reduce_sum %5344 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5346 = reshape %5345 : f32[48] @ models/lib/nn.yaml:84:18
%5347 = permute %5341 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5348 = reshape %5347 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5349 = matmul %5348, %2388 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5350 = reshape %5347 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5351 = reshape %3152 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5352 = matmul %5350, %5351 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5353 = cast %5349 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5354 = reduce_sum %5353 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5355 = reshape %5354 : f32[16] @ models/lib/nn.yaml:96:46
%5356 = cast %5349 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5357 = mul %5356, %3147 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5358 = reduce_sum %5357 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5359 = reshape %5358 : f32[16] @ models/lib/nn.yaml:96:37
%5360 = cast %5349 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5361 = mul %5360, %3148 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5362 = mul %5361, %3146 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5363 = cast %5349 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5364 = mul %5363, %3148 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5365 = mul %5364, %3140 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5366 = reduce_sum %5365 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5367 = mul %3145, %3145 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5368 = mul %3145, %5367 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5369 = mul %5368, %5023 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5370 = mul %5366, %5369 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5371 = div %5370, %1320 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5372 = broadcast %5371 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5373 = mul %5372, %3140 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5374 = add %5362, %5373 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5375 = add %5374, %5373 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5376 = add %5243, %5375 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5377 = neg %5375 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5378 = reduce_sum %5377 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5379 = div %5378, %1320 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5380 = broadcast %5379 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5381 = add %5376, %5380 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5382 = reduce_sum %5381 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5383 = cast %5382 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5384 = reshape %5383 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5385 = permute %5384 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5386 = reshape %5385 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5387 = matmul %1306, %5386 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5388 = reshape %5387 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5389 = permute %5388 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5390 = reshape %5389 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5391 = matmul %1306, %5390 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5392 = reduce_sum %5381 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5393 = reshape %5392 : f32[16] @ models/lib/vit.yaml:17:71
%5394 = reshape %5381 : f32[36,16] @ models/lib/vit.yaml:17:18
%5395 = cast %5394 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5396 = reshape %1298 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5397 = matmul %5395, %5396 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5398 = cast %4219 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5399 = cast %4207 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5400 = concat %5398, %5399 axis=0 : bf16[4,16,16] @ models/dino_pass.yaml:132:27
%5401 = matmul %5400, %3118 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5402 = reshape %5400 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5403 = reshape %3117 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5404 = matmul %5402, %5403 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5405 = cast %5404 : f32[16,8] @ models/lib/dino.yaml:22:33
%5406 = div %5405, %3115 : f32[16,8] @ models/lib/dino.yaml:22:33
%5407 = mul %5406, %3116 : f32[16,8] @ models/lib/dino.yaml:22:33
%5408 = neg %5407 : f32[16,8] @ models/lib/dino.yaml:22:33
%5409 = reduce_sum %5408 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5410 = mul %5409, %4294 : f32[16,1] @ models/lib/dino.yaml:22:35
%5411 = div %5410, %3114 : f32[16,1] @ models/lib/dino.yaml:22:35
%5412 = broadcast %5411 : f32[16,8] @ models/lib/dino.yaml:22:40
%5413 = mul %5412, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5414 = add %4301, %5413 : f32[16,8] @ models/lib/dino.yaml:22:53
%5415 = add %5414, %5413 : f32[16,8] @ models/lib/dino.yaml:22:53
%5416 = mul %5406, %3110 : f32[16,8] @ models/lib/dino.yaml:22:22
%5417 = add %5415, %5416 : f32[16,8] @ models/lib/dino.yaml:22:22
%5418 = cast %5401 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5419 = div %5418, %3106 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5420 = mul %5419, %3109 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5421 = neg %5420 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5422 = reduce_sum %5421 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5423 = broadcast %4307 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5424 = broadcast %314 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5425 = mul %5422, %5424 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5426 = sqrt %3103 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5427 = eq %5426, %1277 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5428 = select %5427, %5425, %5423 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5429 = sqrt %3103 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5430 = gt %5429, %1277 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5431 = select %5430, %5422, %5428 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5432 = mul %5431, %5424 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5433 = sqrt %3103 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5434 = div %5432, %5433 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5435 = broadcast %5434 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5436 = cast %3098 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5437 = add %5436, %3099 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5438 = mul %5435, %5437 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5439 = add %5419, %5438 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5440 = add %5439, %5438 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5441 = cast %5440 : bf16[4,16,8] @ models/lib/nn.yaml:84:18
%5442 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:84:18
%5443 = reshape %5441 : bf16[64,8] @ models/lib/nn.yaml:84:18
%5444 = matmul %5442, %5443 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5445 = reshape %5444 : f32[8] @ models/lib/nn.yaml:84:18
%5446 = add %4327, %5445 : f32[8] @ models/lib/nn.yaml:84:18
%5447 = matmul %5441, %3097 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5448 = reshape %3096 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5449 = matmul %5443, %5448 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5450 = cast %4332 : f32[8,24] @ models/lib/nn.yaml:83:15
%5451 = cast %5449 : f32[8,24] @ models/lib/nn.yaml:83:15
%5452 = add %5450, %5451 : f32[8,24] @ models/lib/nn.yaml:83:15
%5453 = cast %5447 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5454 = cast %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5455 = add %5454, %3086 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5456 = mul %5455, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5457 = erf %5456 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5458 = add %1252, %5457 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5459 = mul %5453, %5458 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5460 = cast %5447 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5461 = cast %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5462 = add %5461, %3086 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5463 = mul %1243, %5462 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5464 = mul %5460, %5463 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5465 = cast %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5466 = add %5465, %3086 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5467 = mul %5466, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5468 = mul %5467, %5467 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5469 = neg %5468 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5470 = exp %5469 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5471 = broadcast %4351 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5472 = mul %5470, %5471 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5473 = mul %5464, %5472 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5474 = mul %5473, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5475 = mul %5459, %1243 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5476 = add %5474, %5475 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5477 = cast %5476 : bf16[4,16,24] @ models/lib/nn.yaml:84:18
%5478 = reshape %5477 : bf16[64,24] @ models/lib/nn.yaml:84:18
%5479 = matmul %5442, %5478 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5480 = reshape %5479 : f32[24] @ models/lib/nn.yaml:84:18
%5481 = add %4359, %5480 : f32[24] @ models/lib/nn.yaml:84:18
%5482 = matmul %5477, %3084 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5483 = reshape %3083 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5484 = matmul %5478, %5483 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5485 = cast %4364 : f32[24,24] @ models/lib/nn.yaml:83:15
%5486 = cast %5484 : f32[24,24] @ models/lib/nn.yaml:83:15
%5487 = add %5485, %5486 : f32[24,24] @ models/lib/nn.yaml:83:15
%5488 = cast %5482 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5489 = cast %3072 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5490 = add %5489, %3073 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5491 = mul %5490, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5492 = erf %5491 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5493 = add %1252, %5492 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5494 = mul %5488, %5493 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5495 = cast %5482 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5496 = cast %3072 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5497 = add %5496, %3073 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5498 = mul %1243, %5497 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5499 = mul %5495, %5498 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5500 = cast %3072 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5501 = add %5500, %3073 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5502 = mul %5501, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5503 = mul %5502, %5502 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5504 = neg %5503 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5505 = exp %5504 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5506 = mul %5505, %5471 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5507 = mul %5499, %5506 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5508 = mul %5507, %1247 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5509 = mul %5494, %1243 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5510 = add %5508, %5509 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5511 = cast %5510 : bf16[4,16,24] @ models/lib/nn.yaml:84:18
%5512 = reshape %5511 : bf16[64,24] @ models/lib/nn.yaml:84:18
%5513 = matmul %5442, %5512 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5514 = reshape %5513 : f32[24] @ models/lib/nn.yaml:84:18
%5515 = add %4389, %5514 : f32[24] @ models/lib/nn.yaml:84:18
%5516 = matmul %5511, %3071 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5517 = reshape %3070 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5518 = matmul %5512, %5517 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5519 = cast %4394 : f32[24,16] @ models/lib/nn.yaml:83:15
%5520 = cast %5518 : f32[24,16] @ models/lib/nn.yaml:83:15
%5521 = add %5519, %5520 : f32[24,16] @ models/lib/nn.yaml:83:15
%5522 = cast %4251 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5523 = cast %4281 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5524 = concat %5522, %5523 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%5525 = matmul %5524, %3068 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5526 = reshape %5524 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5527 = reshape %3067 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5528 = matmul %5526, %5527 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5529 = cast %5528 : f32[32,8] @ models/lib/dino.yaml:22:33
%5530 = div %5529, %3065 : f32[32,8] @ models/lib/dino.yaml:22:33
%5531 = mul %5530, %3066 : f32[32,8] @ models/lib/dino.yaml:22:33
%5532 = neg %5531 : f32[32,8] @ models/lib/dino.yaml:22:33
%5533 = reduce_sum %5532 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5534 = mul %5533, %4407 : f32[32,1] @ models/lib/dino.yaml:22:35
%5535 = div %5534, %3064 : f32[32,1] @ models/lib/dino.yaml:22:35
%5536 = broadcast %5535 : f32[32,8] @ models/lib/dino.yaml:22:40
%5537 = mul %5536, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5538 = add %4414, %5537 : f32[32,8] @ models/lib/dino.yaml:22:53
%5539 = add %5538, %5537 : f32[32,8] @ models/lib/dino.yaml:22:53
%5540 = mul %5530, %3060 : f32[32,8] @ models/lib/dino.yaml:22:22
%5541 = add %5539, %5540 : f32[32,8] @ models/lib/dino.yaml:22:22
%5542 = cast %5525 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5543 = div %5542, %3058 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5544 = mul %5543, %3059 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5545 = neg %5544 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5546 = reduce_sum %5545 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5547 = mul %5546, %4421 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5548 = sqrt %3055 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5549 = eq %5548, %1225 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5550 = select %5549, %5547, %4420 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5551 = sqrt %3055 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5552 = gt %5551, %1225 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5553 = select %5552, %5546, %5550 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5554 = mul %5553, %4421 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5555 = sqrt %3055 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5556 = div %5554, %5555 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5557 = broadcast %5556 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5558 = mul %5557, %3053 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5559 = add %5543, %5558 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5560 = add %5559, %5558 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5561 = reduce_sum %5560 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5562 = reshape %5561 : f32[8] @ models/lib/nn.yaml:84:18
%5563 = add %4437, %5562 : f32[8] @ models/lib/nn.yaml:84:18
%5564 = cast %5560 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5565 = matmul %5564, %3049 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5566 = reshape %5564 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5567 = reshape %3048 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5568 = matmul %5566, %5567 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5569 = cast %4442 : f32[8,24] @ models/lib/nn.yaml:83:15
%5570 = cast %5568 : f32[8,24] @ models/lib/nn.yaml:83:15
%5571 = add %5569, %5570 : f32[8,24] @ models/lib/nn.yaml:83:15
%5572 = cast %5565 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5573 = mul %3042, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5574 = erf %5573 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5575 = add %1201, %5574 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5576 = mul %5572, %5575 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5577 = cast %5565 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5578 = mul %1196, %3042 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5579 = mul %5577, %5578 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5580 = mul %3042, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5581 = mul %5580, %5580 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5582 = neg %5581 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5583 = exp %5582 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5584 = mul %5583, %4455 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5585 = mul %5579, %5584 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5586 = mul %5585, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5587 = mul %5576, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5588 = add %5586, %5587 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5589 = reduce_sum %5588 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5590 = reshape %5589 : f32[24] @ models/lib/nn.yaml:84:18
%5591 = add %4462, %5590 : f32[24] @ models/lib/nn.yaml:84:18
%5592 = cast %5588 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5593 = matmul %5592, %3038 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5594 = reshape %5592 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5595 = reshape %3037 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5596 = matmul %5594, %5595 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5597 = cast %4467 : f32[24,24] @ models/lib/nn.yaml:83:15
%5598 = cast %5596 : f32[24,24] @ models/lib/nn.yaml:83:15
%5599 = add %5597, %5598 : f32[24,24] @ models/lib/nn.yaml:83:15
%5600 = cast %5593 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5601 = mul %3031, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5602 = erf %5601 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5603 = add %1201, %5602 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5604 = mul %5600, %5603 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5605 = cast %5593 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5606 = mul %1196, %3031 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5607 = mul %5605, %5606 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5608 = mul %3031, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5609 = mul %5608, %5608 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5610 = neg %5609 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5611 = exp %5610 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5612 = mul %5611, %4455 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5613 = mul %5607, %5612 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5614 = mul %5613, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5615 = mul %5604, %1196 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5616 = add %5614, %5615 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5617 = reduce_sum %5616 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5618 = reshape %5617 : f32[24] @ models/lib/nn.yaml:84:18
%5619 = add %4486, %5618 : f32[24] @ models/lib/nn.yaml:84:18
%5620 = cast %5616 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5621 = matmul %5620, %3027 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5622 = reshape %5620 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5623 = reshape %3026 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5624 = matmul %5622, %5623 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5625 = cast %4491 : f32[24,16] @ models/lib/nn.yaml:83:15
%5626 = cast %5624 : f32[24,16] @ models/lib/nn.yaml:83:15
%5627 = add %5625, %5626 : f32[24,16] @ models/lib/nn.yaml:83:15
%5628 = concat %5621, %5516 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5629 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%5630 = reshape %5628 : bf16[68,16] @ models/lib/nn.yaml:96:46
%5631 = matmul %5629, %5630 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5632 = reshape %5631 : f32[16] @ models/lib/nn.yaml:96:46
%5633 = add %4495, %5632 : f32[16] @ models/lib/nn.yaml:96:46
%5634 = cast %5628 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5635 = mul %5634, %3020 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5636 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5637 = reshape %5635 : f32[68,16] @ models/lib/nn.yaml:96:37
%5638 = matmul %5636, %5637 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5639 = reshape %5638 : f32[16] @ models/lib/nn.yaml:96:37
%5640 = add %4499, %5639 : f32[16] @ models/lib/nn.yaml:96:37
%5641 = cast %5628 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5642 = mul %5641, %3021 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5643 = mul %5642, %3019 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5644 = cast %5628 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5645 = mul %5644, %3021 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5646 = mul %5645, %3013 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5647 = reduce_sum %5646 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5648 = mul %3018, %3018 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5649 = mul %3018, %5648 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5650 = broadcast %4509 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5651 = mul %5649, %5650 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5652 = mul %5647, %5651 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5653 = div %5652, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5654 = broadcast %5653 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5655 = mul %5654, %3013 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5656 = add %5643, %5655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5657 = add %5656, %5655 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5658 = neg %5657 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5659 = reduce_sum %5658 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5660 = div %5659, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5661 = broadcast %5660 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5662 = add %5657, %5661 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5663 = slice %5662 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5664 = slice %5662 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5665 = reduce_sum %5663 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5666 = reshape %5665 : f32[16] @ models/lib/nn.yaml:84:18
%5667 = add %4526, %5666 : f32[16] @ models/lib/nn.yaml:84:18
%5668 = cast %5663 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5669 = matmul %5668, %3003 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5670 = reshape %5668 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5671 = reshape %3002 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5672 = matmul %5670, %5671 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5673 = cast %4531 : f32[16,64] @ models/lib/nn.yaml:83:15
%5674 = cast %5672 : f32[16,64] @ models/lib/nn.yaml:83:15
%5675 = add %5673, %5674 : f32[16,64] @ models/lib/nn.yaml:83:15
%5676 = cast %5669 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5677 = mul %2996, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5678 = erf %5677 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5679 = add %1008, %5678 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5680 = mul %5676, %5679 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5681 = cast %5669 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5682 = mul %1003, %2996 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5683 = mul %5681, %5682 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5684 = mul %2996, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5685 = mul %5684, %5684 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5686 = neg %5685 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5687 = exp %5686 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5688 = mul %5687, %4544 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5689 = mul %5683, %5688 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5690 = mul %5689, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5691 = mul %5680, %1003 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5692 = add %5690, %5691 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5693 = reduce_sum %5692 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5694 = reshape %5693 : f32[64] @ models/lib/nn.yaml:84:18
%5695 = add %4551, %5694 : f32[64] @ models/lib/nn.yaml:84:18
%5696 = cast %5692 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5697 = matmul %5696, %2992 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5698 = reshape %5696 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5699 = reshape %2991 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5700 = matmul %5698, %5699 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5701 = cast %4556 : f32[64,16] @ models/lib/nn.yaml:83:15
%5702 = cast %5700 : f32[64,16] @ models/lib/nn.yaml:83:15
%5703 = add %5701, %5702 : f32[64,16] @ models/lib/nn.yaml:83:15
%5704 = cast %5697 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5705 = reduce_sum %5704 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5706 = reshape %5705 : f32[16] @ models/lib/nn.yaml:96:46
%5707 = add %4559, %5706 : f32[16] @ models/lib/nn.yaml:96:46
%5708 = cast %5697 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5709 = mul %5708, %2987 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5710 = cast %5697 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5711 = mul %5710, %2986 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5712 = reduce_sum %5711 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5713 = reshape %5712 : f32[16] @ models/lib/nn.yaml:96:37
%5714 = add %4565, %5713 : f32[16] @ models/lib/nn.yaml:96:37
%5715 = mul %5709, %2985 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5716 = mul %5709, %2979 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5717 = reduce_sum %5716 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5718 = mul %2984, %2984 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5719 = mul %2984, %5718 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5720 = mul %5719, %4571 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5721 = mul %5717, %5720 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5722 = div %5721, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5723 = broadcast %5722 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5724 = mul %5723, %2979 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5725 = add %5715, %5724 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5726 = add %5725, %5724 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5727 = add %5663, %5726 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5728 = neg %5726 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5729 = reduce_sum %5728 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5730 = div %5729, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5731 = broadcast %5730 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5732 = add %5727, %5731 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5733 = reduce_sum %5732 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5734 = reshape %5733 : f32[16] @ models/lib/nn.yaml:84:18
%5735 = add %4586, %5734 : f32[16] @ models/lib/nn.yaml:84:18
%5736 = cast %5732 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5737 = matmul %5736, %2970 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5738 = reshape %5736 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5739 = reshape %2968 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5740 = matmul %5738, %5739 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5741 = cast %4591 : f32[16,16] @ models/lib/nn.yaml:83:15
%5742 = cast %5740 : f32[16,16] @ models/lib/nn.yaml:83:15
%5743 = add %5741, %5742 : f32[16,16] @ models/lib/nn.yaml:83:15
%5744 = reshape %5737 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5745 = permute %5744 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5746 = cast %5745 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5747 = slice %5746 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5748 = broadcast %5747 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5749 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5750 = slice %5749 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5751 = cast %5750 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5752 = mul %5748, %5751 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5753 = slice %5746 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5754 = broadcast %5753 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5755 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5756 = slice %5755 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5757 = cast %5756 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5758 = mul %5754, %5757 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5759 = add %5752, %5758 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5760 = slice %5746 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5761 = broadcast %5760 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5762 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5763 = slice %5762 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5764 = cast %5763 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5765 = mul %5761, %5764 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5766 = add %5759, %5765 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5767 = slice %5746 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5768 = broadcast %5767 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5769 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5770 = slice %5769 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5771 = cast %5770 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5772 = mul %5768, %5771 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5773 = add %5766, %5772 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5774 = slice %5746 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5775 = broadcast %5774 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5776 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5777 = slice %5776 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5778 = cast %5777 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5779 = mul %5775, %5778 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5780 = add %5773, %5779 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5781 = slice %5746 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5782 = broadcast %5781 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5783 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5784 = slice %5783 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5785 = cast %5784 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5786 = mul %5782, %5785 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5787 = add %5780, %5786 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5788 = slice %5746 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5789 = broadcast %5788 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5790 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5791 = slice %5790 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5792 = cast %5791 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5793 = mul %5789, %5792 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5794 = add %5787, %5793 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5795 = slice %5746 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5796 = broadcast %5795 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5797 = permute %2959 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5798 = slice %5797 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5799 = cast %5798 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5800 = mul %5796, %5799 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5801 = add %5794, %5800 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5802 = cast %5801 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5803 = permute %2960 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5804 = broadcast %5803 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5805 = broadcast %5746 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5806 = mul %5804, %5805 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5807 = cast %5806 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5808 = cast %5802 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5809 = div %5808, %2953 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5810 = mul %5809, %2955 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5811 = neg %5810 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5812 = reduce_sum %5811 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5813 = broadcast %5812 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5814 = add %5809, %5813 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5815 = exp %2950 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5816 = mul %5814, %5815 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5817 = mul %5816, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5818 = cast %5817 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5819 = cast %5818 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5820 = reshape %5819 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5821 = broadcast %5820 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5822 = reshape %2885 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5823 = cast %5822 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5824 = mul %5821, %5823 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5825 = reduce_sum %5824 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5826 = cast %5825 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5827 = permute %5819 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5828 = broadcast %5827 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5829 = broadcast %2886 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5830 = mul %5828, %5829 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5831 = cast %5830 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5832 = permute %5807 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%5833 = reshape %5832 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%5834 = reshape %5832 : bf16[68,16] @ models/lib/nn.yaml:84:18
%5835 = matmul %5629, %5834 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5836 = reshape %5835 : f32[16] @ models/lib/nn.yaml:84:18
%5837 = add %4684, %5836 : f32[16] @ models/lib/nn.yaml:84:18
%5838 = matmul %5833, %2875 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5839 = reshape %2863 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5840 = matmul %5834, %5839 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5841 = cast %4690 : f32[16,16] @ models/lib/nn.yaml:83:15
%5842 = cast %5840 : f32[16,16] @ models/lib/nn.yaml:83:15
%5843 = add %5841, %5842 : f32[16,16] @ models/lib/nn.yaml:83:15
%5844 = permute %5831 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%5845 = reshape %5844 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%5846 = reshape %5844 : bf16[68,16] @ models/lib/nn.yaml:84:18
%5847 = matmul %5629, %5846 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5848 = reshape %5847 : f32[16] @ models/lib/nn.yaml:84:18
%5849 = add %4695, %5848 : f32[16] @ models/lib/nn.yaml:84:18
%5850 = matmul %5845, %2870 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5851 = cast %5838 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5852 = cast %5850 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5853 = add %5851, %5852 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5854 = matmul %5846, %5839 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5855 = cast %4703 : f32[16,16] @ models/lib/nn.yaml:83:15
%5856 = cast %5854 : f32[16,16] @ models/lib/nn.yaml:83:15
%5857 = add %5855, %5856 : f32[16,16] @ models/lib/nn.yaml:83:15
%5858 = permute %5826 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5859 = reshape %5858 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5860 = cast %5859 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%5861 = reduce_sum %5860 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5862 = reshape %5861 : f32[16] @ models/lib/nn.yaml:84:18
%5863 = add %4708, %5862 : f32[16] @ models/lib/nn.yaml:84:18
%5864 = permute %5826 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5865 = reshape %5864 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5866 = matmul %5865, %2865 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5867 = reshape %5864 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5868 = reshape %2864 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5869 = matmul %5867, %5868 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5870 = cast %4714 : f32[16,16] @ models/lib/nn.yaml:83:15
%5871 = cast %5869 : f32[16,16] @ models/lib/nn.yaml:83:15
%5872 = add %5870, %5871 : f32[16,16] @ models/lib/nn.yaml:83:15
%5873 = cast %5866 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5874 = pad %5873 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5875 = add %5853, %5874 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5876 = reshape %5875 : f32[68,16] @ models/lib/nn.yaml:96:46
%5877 = matmul %5636, %5876 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5878 = reshape %5877 : f32[16] @ models/lib/nn.yaml:96:46
%5879 = add %4719, %5878 : f32[16] @ models/lib/nn.yaml:96:46
%5880 = mul %5875, %2858 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5881 = reshape %5880 : f32[68,16] @ models/lib/nn.yaml:96:37
%5882 = matmul %5636, %5881 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5883 = reshape %5882 : f32[16] @ models/lib/nn.yaml:96:37
%5884 = add %4722, %5883 : f32[16] @ models/lib/nn.yaml:96:37
%5885 = mul %5875, %2859 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5886 = mul %5885, %2857 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5887 = mul %5875, %2859 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5888 = mul %5887, %2851 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5889 = reduce_sum %5888 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5890 = mul %2856, %2856 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5891 = mul %2856, %5890 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5892 = mul %5891, %5650 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5893 = mul %5889, %5892 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5894 = div %5893, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5895 = broadcast %5894 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5896 = mul %5895, %2851 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5897 = add %5886, %5896 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5898 = add %5897, %5896 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5899 = neg %5898 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5900 = reduce_sum %5899 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5901 = div %5900, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5902 = broadcast %5901 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5903 = add %5898, %5902 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5904 = slice %5903 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5905 = add %5732, %5904 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5906 = slice %5903 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5907 = add %5664, %5906 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5908 = reduce_sum %5905 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5909 = reshape %5908 : f32[16] @ models/lib/nn.yaml:84:18
%5910 = add %4747, %5909 : f32[16] @ models/lib/nn.yaml:84:18
%5911 = cast %5905 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5912 = matmul %5911, %2841 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5913 = reshape %5911 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5914 = reshape %2840 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5915 = matmul %5913, %5914 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5916 = cast %4752 : f32[16,64] @ models/lib/nn.yaml:83:15
%5917 = cast %5915 : f32[16,64] @ models/lib/nn.yaml:83:15
%5918 = add %5916, %5917 : f32[16,64] @ models/lib/nn.yaml:83:15
%5919 = cast %5912 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5920 = mul %2834, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5921 = erf %5920 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5922 = add %1008, %5921 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5923 = mul %5919, %5922 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5924 = cast %5912 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5925 = mul %1003, %2834 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5926 = mul %5924, %5925 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5927 = mul %2834, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5928 = mul %5927, %5927 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5929 = neg %5928 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5930 = exp %5929 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5931 = mul %5930, %4544 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5932 = mul %5926, %5931 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5933 = mul %5932, %1005 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5934 = mul %5923, %1003 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5935 = add %5933, %5934 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5936 = reduce_sum %5935 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5937 = reshape %5936 : f32[64] @ models/lib/nn.yaml:84:18
%5938 = add %4771, %5937 : f32[64] @ models/lib/nn.yaml:84:18
%5939 = cast %5935 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5940 = matmul %5939, %2830 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5941 = reshape %5939 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5942 = reshape %2829 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5943 = matmul %5941, %5942 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5944 = cast %4776 : f32[64,16] @ models/lib/nn.yaml:83:15
%5945 = cast %5943 : f32[64,16] @ models/lib/nn.yaml:83:15
%5946 = add %5944, %5945 : f32[64,16] @ models/lib/nn.yaml:83:15
%5947 = cast %5940 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5948 = reduce_sum %5947 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5949 = reshape %5948 : f32[16] @ models/lib/nn.yaml:96:46
%5950 = add %4779, %5949 : f32[16] @ models/lib/nn.yaml:96:46
%5951 = cast %5940 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5952 = mul %5951, %2825 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5953 = cast %5940 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5954 = mul %5953, %2824 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5955 = reduce_sum %5954 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5956 = reshape %5955 : f32[16] @ models/lib/nn.yaml:96:37
%5957 = add %4785, %5956 : f32[16] @ models/lib/nn.yaml:96:37
%5958 = mul %5952, %2823 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5959 = mul %5952, %2817 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5960 = reduce_sum %5959 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5961 = mul %2822, %2822 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5962 = mul %2822, %5961 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5963 = mul %5962, %4571 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5964 = mul %5960, %5963 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5965 = div %5964, %982 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5966 = broadcast %5965 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5967 = mul %5966, %2817 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5968 = add %5958, %5967 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5969 = add %5968, %5967 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5970 = add %5905, %5969 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5971 = neg %5969 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5972 = reduce_sum %5971 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5973 = div %5972, %982 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5974 = broadcast %5973 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5975 = add %5970, %5974 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5976 = reduce_sum %5975 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5977 = reshape %5976 : f32[16] @ models/lib/nn.yaml:84:18
%5978 = add %4805, %5977 : f32[16] @ models/lib/nn.yaml:84:18
%5979 = cast %5975 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5980 = matmul %5979, %2808 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5981 = reshape %5979 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5982 = reshape %2806 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5983 = matmul %5981, %5982 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5984 = cast %4810 : f32[16,16] @ models/lib/nn.yaml:83:15
%5985 = cast %5983 : f32[16,16] @ models/lib/nn.yaml:83:15
%5986 = add %5984, %5985 : f32[16,16] @ models/lib/nn.yaml:83:15
%5987 = reshape %5980 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5988 = permute %5987 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5989 = cast %5988 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5990 = slice %5989 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5991 = broadcast %5990 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5992 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5993 = slice %5992 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5994 = cast %5993 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5995 = mul %5991, %5994 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5996 = slice %5989 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5997 = broadcast %5996 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5998 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5999 = slice %5998 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6000 = cast %5999 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6001 = mul %5997, %6000 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6002 = add %5995, %6001 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6003 = slice %5989 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6004 = broadcast %6003 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6005 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6006 = slice %6005 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6007 = cast %6006 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6008 = mul %6004, %6007 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6009 = add %6002, %6008 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6010 = slice %5989 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6011 = broadcast %6010 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6012 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6013 = slice %6012 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6014 = cast %6013 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6015 = mul %6011, %6014 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6016 = add %6009, %6015 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6017 = slice %5989 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6018 = broadcast %6017 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6019 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6020 = slice %6019 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6021 = cast %6020 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6022 = mul %6018, %6021 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6023 = add %6016, %6022 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6024 = slice %5989 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6025 = broadcast %6024 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6026 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6027 = slice %6026 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6028 = cast %6027 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6029 = mul %6025, %6028 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6030 = add %6023, %6029 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6031 = slice %5989 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6032 = broadcast %6031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6033 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6034 = slice %6033 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6035 = cast %6034 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6036 = mul %6032, %6035 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6037 = add %6030, %6036 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6038 = slice %5989 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6039 = broadcast %6038 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6040 = permute %2797 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6041 = slice %6040 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6042 = cast %6041 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6043 = mul %6039, %6042 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6044 = add %6037, %6043 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6045 = cast %6044 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6046 = permute %2798 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%6047 = broadcast %6046 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6048 = broadcast %5989 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6049 = mul %6047, %6048 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6050 = cast %6049 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%6051 = cast %6045 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6052 = div %6051, %2791 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6053 = mul %6052, %2793 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6054 = neg %6053 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6055 = reduce_sum %6054 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%6056 = broadcast %6055 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6057 = add %6052, %6056 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6058 = exp %2788 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6059 = mul %6057, %6058 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6060 = mul %6059, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%6061 = cast %6060 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%6062 = cast %6061 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6063 = reshape %6062 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%6064 = broadcast %6063 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6065 = reshape %2723 : bf16[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6066 = cast %6065 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6067 = mul %6064, %6066 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6068 = reduce_sum %6067 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6069 = cast %6068 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%6070 = permute %6062 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%6071 = broadcast %6070 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6072 = broadcast %2724 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6073 = mul %6071, %6072 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6074 = cast %6073 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%6075 = permute %6050 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%6076 = reshape %6075 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%6077 = reshape %6075 : bf16[68,16] @ models/lib/nn.yaml:84:18
%6078 = matmul %5629, %6077 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6079 = reshape %6078 : f32[16] @ models/lib/nn.yaml:84:18
%6080 = add %4903, %6079 : f32[16] @ models/lib/nn.yaml:84:18
%6081 = matmul %6076, %2713 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6082 = reshape %2701 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6083 = matmul %6077, %6082 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6084 = cast %4909 : f32[16,16] @ models/lib/nn.yaml:83:15
%6085 = cast %6083 : f32[16,16] @ models/lib/nn.yaml:83:15
%6086 = add %6084, %6085 : f32[16,16] @ models/lib/nn.yaml:83:15
%6087 = permute %6074 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/nn.yaml:84:18
%6088 = reshape %6087 : bf16[4,17,16] @ models/lib/nn.yaml:84:18
%6089 = reshape %6087 : bf16[68,16] @ models/lib/nn.yaml:84:18
%6090 = matmul %5629, %6089 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6091 = reshape %6090 : f32[16] @ models/lib/nn.yaml:84:18
%6092 = add %4914, %6091 : f32[16] @ models/lib/nn.yaml:84:18
%6093 = matmul %6088, %2708 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6094 = cast %6081 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6095 = cast %6093 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6096 = add %6094, %6095 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6097 = matmul %6089, %6082 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6098 = cast %4922 : f32[16,16] @ models/lib/nn.yaml:83:15
%6099 = cast %6097 : f32[16,16] @ models/lib/nn.yaml:83:15
%6100 = add %6098, %6099 : f32[16,16] @ models/lib/nn.yaml:83:15
%6101 = permute %6069 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6102 = reshape %6101 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6103 = cast %6102 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%6104 = reduce_sum %6103 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6105 = reshape %6104 : f32[16] @ models/lib/nn.yaml:84:18
%6106 = add %4927, %6105 : f32[16] @ models/lib/nn.yaml:84:18
%6107 = permute %6069 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6108 = reshape %6107 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6109 = matmul %6108, %2703 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6110 = reshape %6107 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6111 = reshape %2702 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6112 = matmul %6110, %6111 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6113 = cast %4933 : f32[16,16] @ models/lib/nn.yaml:83:15
%6114 = cast %6112 : f32[16,16] @ models/lib/nn.yaml:83:15
%6115 = add %6113, %6114 : f32[16,16] @ models/lib/nn.yaml:83:15
%6116 = cast %6109 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%6117 = pad %6116 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6118 = add %6096, %6117 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6119 = reshape %6118 : f32[68,16] @ models/lib/nn.yaml:96:46
%6120 = matmul %5636, %6119 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6121 = reshape %6120 : f32[16] @ models/lib/nn.yaml:96:46
%6122 = add %4938, %6121 : f32[16] @ models/lib/nn.yaml:96:46
%6123 = mul %6118, %2696 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6124 = reshape %6123 : f32[68,16] @ models/lib/nn.yaml:96:37
%6125 = matmul %5636, %6124 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6126 = reshape %6125 : f32[16] @ models/lib/nn.yaml:96:37
%6127 = add %4941, %6126 : f32[16] @ models/lib/nn.yaml:96:37
%6128 = mul %6118, %2697 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6129 = mul %6128, %2695 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6130 = mul %6118, %2697 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6131 = mul %6130, %2689 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6132 = reduce_sum %6131 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%6133 = mul %2694, %2694 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6134 = mul %2694, %6133 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6135 = mul %6134, %5650 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6136 = mul %6132, %6135 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6137 = div %6136, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%6138 = broadcast %6137 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%6139 = mul %6138, %2689 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6140 = add %6129, %6139 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6141 = add %6140, %6139 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6142 = neg %6141 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%6143 = reduce_sum %6142 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%6144 = div %6143, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%6145 = broadcast %6144 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6146 = add %6141, %6145 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6147 = slice %6146 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6148 = add %5975, %6147 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6149 = slice %6146 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6150 = add %5907, %6149 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6151 = reduce_sum %6148 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6152 = add %4965, %6151 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6153 = mul %6150, %2681 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6154 = div %6153, %2631 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6155 = cast %6154 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6156 = reshape %6155 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6157 = matmul %5442, %6156 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6158 = reshape %6157 : f32[16] @ models/lib/nn.yaml:84:18
%6159 = add %4969, %6158 : f32[16] @ models/lib/nn.yaml:84:18
%6160 = matmul %6155, %2671 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6161 = reshape %2670 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6162 = matmul %6156, %6161 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6163 = cast %4975 : f32[16,64] @ models/lib/nn.yaml:83:15
%6164 = cast %6162 : f32[16,64] @ models/lib/nn.yaml:83:15
%6165 = add %6163, %6164 : f32[16,64] @ models/lib/nn.yaml:83:15
%6166 = cast %6160 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6167 = cast %2659 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6168 = add %6167, %2660 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6169 = mul %6168, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6170 = erf %6169 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6171 = add %326, %6170 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6172 = mul %6166, %6171 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6173 = cast %6160 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6174 = cast %2659 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6175 = add %6174, %2660 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6176 = mul %315, %6175 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6177 = mul %6173, %6176 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6178 = cast %2659 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6179 = add %6178, %2660 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6180 = mul %6179, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6181 = mul %6180, %6180 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6182 = neg %6181 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6183 = exp %6182 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6184 = broadcast %4351 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6185 = mul %6183, %6184 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6186 = mul %6177, %6185 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6187 = mul %6186, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6188 = mul %6172, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6189 = add %6187, %6188 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6190 = cast %6189 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%6191 = reshape %6190 : bf16[64,64] @ models/lib/nn.yaml:84:18
%6192 = matmul %5442, %6191 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6193 = reshape %6192 : f32[64] @ models/lib/nn.yaml:84:18
%6194 = add %5001, %6193 : f32[64] @ models/lib/nn.yaml:84:18
%6195 = matmul %6190, %2658 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6196 = reshape %2657 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6197 = matmul %6191, %6196 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6198 = cast %5006 : f32[64,16] @ models/lib/nn.yaml:83:15
%6199 = cast %6197 : f32[64,16] @ models/lib/nn.yaml:83:15
%6200 = add %6198, %6199 : f32[64,16] @ models/lib/nn.yaml:83:15
%6201 = reshape %6195 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6202 = matmul %5442, %6201 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6203 = reshape %6202 : f32[16] @ models/lib/nn.yaml:96:46
%6204 = add %5009, %6203 : f32[16] @ models/lib/nn.yaml:96:46
%6205 = cast %6195 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6206 = mul %6205, %2652 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6207 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:96:37
%6208 = reshape %6206 : f32[64,16] @ models/lib/nn.yaml:96:37
%6209 = matmul %6207, %6208 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6210 = reshape %6209 : f32[16] @ models/lib/nn.yaml:96:37
%6211 = add %5013, %6210 : f32[16] @ models/lib/nn.yaml:96:37
%6212 = cast %6195 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6213 = mul %6212, %2653 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6214 = mul %6213, %2651 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6215 = cast %6195 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6216 = mul %6215, %2653 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6217 = mul %6216, %2645 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6218 = reduce_sum %6217 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6219 = mul %2650, %2650 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6220 = mul %2650, %6219 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6221 = broadcast %4509 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6222 = mul %6220, %6221 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6223 = mul %6218, %6222 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6224 = div %6223, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6225 = broadcast %6224 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6226 = mul %6225, %2645 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6227 = add %6214, %6226 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6228 = add %6227, %6226 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6229 = add %6150, %6228 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6230 = neg %6228 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6231 = reduce_sum %6230 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6232 = div %6231, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6233 = broadcast %6232 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6234 = add %6229, %6233 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6235 = mul %6234, %2639 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6236 = div %6235, %2631 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6237 = cast %6236 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6238 = reshape %6237 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6239 = matmul %5442, %6238 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6240 = reshape %6239 : f32[16] @ models/lib/nn.yaml:84:18
%6241 = add %5040, %6240 : f32[16] @ models/lib/nn.yaml:84:18
%6242 = matmul %6237, %2625 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6243 = reshape %2623 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6244 = matmul %6238, %6243 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6245 = cast %5046 : f32[16,16] @ models/lib/nn.yaml:83:15
%6246 = cast %6244 : f32[16,16] @ models/lib/nn.yaml:83:15
%6247 = add %6245, %6246 : f32[16,16] @ models/lib/nn.yaml:83:15
%6248 = reshape %6242 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6249 = permute %6248 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6250 = cast %6249 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6251 = permute %2615 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6252 = slice %6250 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6253 = broadcast %6252 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6254 = slice %6251 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6255 = broadcast %6254 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6256 = mul %6253, %6255 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6257 = slice %6250 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6258 = broadcast %6257 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6259 = slice %6251 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6260 = broadcast %6259 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6261 = mul %6258, %6260 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6262 = add %6256, %6261 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6263 = slice %6250 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6264 = broadcast %6263 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6265 = slice %6251 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6266 = broadcast %6265 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6267 = mul %6264, %6266 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6268 = add %6262, %6267 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6269 = slice %6250 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6270 = broadcast %6269 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6271 = slice %6251 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6272 = broadcast %6271 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6273 = mul %6270, %6272 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6274 = add %6268, %6273 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6275 = slice %6250 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6276 = broadcast %6275 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6277 = slice %6251 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6278 = broadcast %6277 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6279 = mul %6276, %6278 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6280 = add %6274, %6279 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6281 = slice %6250 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6282 = broadcast %6281 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6283 = slice %6251 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6284 = broadcast %6283 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6285 = mul %6282, %6284 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6286 = add %6280, %6285 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6287 = slice %6250 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6288 = broadcast %6287 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6289 = slice %6251 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6290 = broadcast %6289 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6291 = mul %6288, %6290 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6292 = add %6286, %6291 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6293 = slice %6250 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6294 = broadcast %6293 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6295 = slice %6251 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6296 = broadcast %6295 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6297 = mul %6294, %6296 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6298 = add %6292, %6297 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6299 = cast %6298 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6300 = permute %2614 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6301 = reshape %6300 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6302 = broadcast %6301 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6303 = reshape %6250 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6304 = broadcast %6303 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6305 = mul %6302, %6304 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6306 = reduce_sum %6305 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6307 = cast %6306 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6308 = cast %6299 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6309 = div %6308, %2608 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6310 = mul %6309, %2610 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6311 = neg %6310 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6312 = reduce_sum %6311 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6313 = broadcast %6312 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6314 = add %6309, %6313 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6315 = exp %2605 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6316 = mul %6314, %6315 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6317 = mul %6316, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6318 = cast %6317 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6319 = cast %6318 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6320 = reshape %6319 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6321 = broadcast %6320 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6322 = reshape %2548 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6323 = broadcast %6322 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6324 = mul %6321, %6323 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6325 = reduce_sum %6324 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6326 = cast %6325 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6327 = permute %6319 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6328 = reshape %6327 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6329 = broadcast %6328 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6330 = reshape %2547 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6331 = broadcast %6330 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6332 = mul %6329, %6331 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6333 = reduce_sum %6332 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6334 = cast %6333 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6335 = reshape %6334 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6336 = reshape %6307 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6337 = reshape %6326 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6338 = concat %6337, %6335, %6336 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6339 = permute %6338 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:84:18
%6340 = reshape %6339 : bf16[4,16,48] @ models/lib/nn.yaml:84:18
%6341 = reshape %6339 : bf16[64,48] @ models/lib/nn.yaml:84:18
%6342 = matmul %5442, %6341 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6343 = reshape %6342 : f32[48] @ models/lib/nn.yaml:84:18
%6344 = add %5142, %6343 : f32[48] @ models/lib/nn.yaml:84:18
%6345 = matmul %6340, %2535 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6346 = reshape %2534 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6347 = matmul %6341, %6346 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6348 = cast %5148 : f32[48,16] @ models/lib/nn.yaml:83:15
%6349 = cast %6347 : f32[48,16] @ models/lib/nn.yaml:83:15
%6350 = add %6348, %6349 : f32[48,16] @ models/lib/nn.yaml:83:15
%6351 = reshape %6345 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6352 = matmul %5442, %6351 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6353 = reshape %6352 : f32[16] @ models/lib/nn.yaml:96:46
%6354 = add %5151, %6353 : f32[16] @ models/lib/nn.yaml:96:46
%6355 = cast %6345 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6356 = mul %6355, %2529 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6357 = reshape %6356 : f32[64,16] @ models/lib/nn.yaml:96:37
%6358 = matmul %6207, %6357 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6359 = reshape %6358 : f32[16] @ models/lib/nn.yaml:96:37
%6360 = add %5155, %6359 : f32[16] @ models/lib/nn.yaml:96:37
%6361 = cast %6345 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6362 = mul %6361, %2530 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6363 = mul %6362, %2528 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6364 = cast %6345 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6365 = mul %6364, %2530 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6366 = mul %6365, %2522 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6367 = reduce_sum %6366 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6368 = mul %2527, %2527 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6369 = mul %2527, %6368 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6370 = mul %6369, %6221 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6371 = mul %6367, %6370 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6372 = div %6371, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6373 = broadcast %6372 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6374 = mul %6373, %2522 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6375 = add %6363, %6374 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6376 = add %6375, %6374 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6377 = add %6234, %6376 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6378 = neg %6376 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6379 = reduce_sum %6378 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6380 = div %6379, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6381 = broadcast %6380 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6382 = add %6377, %6381 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6383 = cast %6382 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6384 = reshape %6383 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6385 = matmul %5442, %6384 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6386 = reshape %6385 : f32[16] @ models/lib/nn.yaml:84:18
%6387 = add %5179, %6386 : f32[16] @ models/lib/nn.yaml:84:18
%6388 = matmul %6383, %2513 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6389 = reshape %2512 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6390 = matmul %6384, %6389 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6391 = cast %5184 : f32[16,64] @ models/lib/nn.yaml:83:15
%6392 = cast %6390 : f32[16,64] @ models/lib/nn.yaml:83:15
%6393 = add %6391, %6392 : f32[16,64] @ models/lib/nn.yaml:83:15
%6394 = cast %6388 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6395 = cast %2501 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6396 = add %6395, %2502 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6397 = mul %6396, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6398 = erf %6397 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6399 = add %326, %6398 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6400 = mul %6394, %6399 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6401 = cast %6388 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6402 = cast %2501 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6403 = add %6402, %2502 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6404 = mul %315, %6403 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6405 = mul %6401, %6404 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6406 = cast %2501 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6407 = add %6406, %2502 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6408 = mul %6407, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6409 = mul %6408, %6408 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6410 = neg %6409 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6411 = exp %6410 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6412 = mul %6411, %6184 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6413 = mul %6405, %6412 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6414 = mul %6413, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6415 = mul %6400, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6416 = add %6414, %6415 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6417 = cast %6416 : bf16[4,16,64] @ models/lib/nn.yaml:84:18
%6418 = reshape %6417 : bf16[64,64] @ models/lib/nn.yaml:84:18
%6419 = matmul %5442, %6418 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6420 = reshape %6419 : f32[64] @ models/lib/nn.yaml:84:18
%6421 = add %5209, %6420 : f32[64] @ models/lib/nn.yaml:84:18
%6422 = matmul %6417, %2500 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6423 = reshape %2499 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6424 = matmul %6418, %6423 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6425 = cast %5214 : f32[64,16] @ models/lib/nn.yaml:83:15
%6426 = cast %6424 : f32[64,16] @ models/lib/nn.yaml:83:15
%6427 = add %6425, %6426 : f32[64,16] @ models/lib/nn.yaml:83:15
%6428 = reshape %6422 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6429 = matmul %5442, %6428 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6430 = reshape %6429 : f32[16] @ models/lib/nn.yaml:96:46
%6431 = add %5217, %6430 : f32[16] @ models/lib/nn.yaml:96:46
%6432 = cast %6422 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6433 = mul %6432, %2494 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6434 = reshape %6433 : f32[64,16] @ models/lib/nn.yaml:96:37
%6435 = matmul %6207, %6434 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6436 = reshape %6435 : f32[16] @ models/lib/nn.yaml:96:37
%6437 = add %5221, %6436 : f32[16] @ models/lib/nn.yaml:96:37
%6438 = cast %6422 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6439 = mul %6438, %2495 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6440 = mul %6439, %2493 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6441 = cast %6422 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6442 = mul %6441, %2495 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6443 = mul %6442, %2487 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6444 = reduce_sum %6443 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6445 = mul %2492, %2492 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6446 = mul %2492, %6445 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6447 = mul %6446, %6221 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6448 = mul %6444, %6447 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6449 = div %6448, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6450 = broadcast %6449 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6451 = mul %6450, %2487 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6452 = add %6440, %6451 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6453 = add %6452, %6451 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6454 = add %6382, %6453 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6455 = neg %6453 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6456 = reduce_sum %6455 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6457 = div %6456, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6458 = broadcast %6457 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6459 = add %6454, %6458 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6460 = cast %6459 : bf16[4,16,16] @ models/lib/nn.yaml:84:18
%6461 = reshape %6460 : bf16[64,16] @ models/lib/nn.yaml:84:18
%6462 = matmul %5442, %6461 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6463 = reshape %6462 : f32[16] @ models/lib/nn.yaml:84:18
%6464 = add %5245, %6463 : f32[16] @ models/lib/nn.yaml:84:18
%6465 = matmul %6460, %2478 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6466 = reshape %2476 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6467 = matmul %6461, %6466 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6468 = cast %5250 : f32[16,16] @ models/lib/nn.yaml:83:15
%6469 = cast %6467 : f32[16,16] @ models/lib/nn.yaml:83:15
%6470 = add %6468, %6469 : f32[16,16] @ models/lib/nn.yaml:83:15
%6471 = reshape %6465 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6472 = permute %6471 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6473 = cast %6472 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6474 = permute %2468 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6475 = slice %6473 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6476 = broadcast %6475 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6477 = slice %6474 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6478 = broadcast %6477 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6479 = mul %6476, %6478 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6480 = slice %6473 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6481 = broadcast %6480 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6482 = slice %6474 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6483 = broadcast %6482 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6484 = mul %6481, %6483 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6485 = add %6479, %6484 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6486 = slice %6473 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6487 = broadcast %6486 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6488 = slice %6474 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6489 = broadcast %6488 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6490 = mul %6487, %6489 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6491 = add %6485, %6490 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6492 = slice %6473 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6493 = broadcast %6492 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6494 = slice %6474 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6495 = broadcast %6494 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6496 = mul %6493, %6495 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6497 = add %6491, %6496 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6498 = slice %6473 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6499 = broadcast %6498 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6500 = slice %6474 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6501 = broadcast %6500 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6502 = mul %6499, %6501 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6503 = add %6497, %6502 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6504 = slice %6473 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6505 = broadcast %6504 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6506 = slice %6474 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6507 = broadcast %6506 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6508 = mul %6505, %6507 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6509 = add %6503, %6508 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6510 = slice %6473 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6511 = broadcast %6510 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6512 = slice %6474 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6513 = broadcast %6512 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6514 = mul %6511, %6513 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6515 = add %6509, %6514 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6516 = slice %6473 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6517 = broadcast %6516 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6518 = slice %6474 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6519 = broadcast %6518 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6520 = mul %6517, %6519 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6521 = add %6515, %6520 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6522 = cast %6521 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6523 = permute %2467 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6524 = reshape %6523 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6525 = broadcast %6524 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6526 = reshape %6473 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6527 = broadcast %6526 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6528 = mul %6525, %6527 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6529 = reduce_sum %6528 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6530 = cast %6529 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6531 = cast %6522 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6532 = div %6531, %2461 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6533 = mul %6532, %2463 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6534 = neg %6533 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6535 = reduce_sum %6534 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6536 = broadcast %6535 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6537 = add %6532, %6536 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6538 = exp %2458 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6539 = mul %6537, %6538 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6540 = mul %6539, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6541 = cast %6540 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6542 = cast %6541 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6543 = reshape %6542 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6544 = broadcast %6543 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6545 = reshape %2401 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6546 = broadcast %6545 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6547 = mul %6544, %6546 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6548 = reduce_sum %6547 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6549 = cast %6548 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6550 = permute %6542 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6551 = reshape %6550 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6552 = broadcast %6551 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6553 = reshape %2400 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6554 = broadcast %6553 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6555 = mul %6552, %6554 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6556 = reduce_sum %6555 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6557 = cast %6556 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6558 = reshape %6557 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6559 = reshape %6530 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6560 = reshape %6549 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6561 = concat %6560, %6558, %6559 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6562 = permute %6561 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:84:18
%6563 = reshape %6562 : bf16[4,16,48] @ models/lib/nn.yaml:84:18
%6564 = reshape %6562 : bf16[64,48] @ models/lib/nn.yaml:84:18
%6565 = matmul %5442, %6564 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6566 = reshape %6565 : f32[48] @ models/lib/nn.yaml:84:18
%6567 = add %5346, %6566 : f32[48] @ models/lib/nn.yaml:84:18
%6568 = matmul %6563, %2388 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6569 = reshape %2387 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6570 = matmul %6564, %6569 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6571 = cast %5352 : f32[48,16] @ models/lib/nn.yaml:83:15
%6572 = cast %6570 : f32[48,16] @ models/lib/nn.yaml:83:15
%6573 = add %6571, %6572 : f32[48,16] @ models/lib/nn.yaml:83:15
%6574 = reshape %6568 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6575 = matmul %5442, %6574 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6576 = reshape %6575 : f32[16] @ models/lib/nn.yaml:96:46
%6577 = add %5355, %6576 : f32[16] @ models/lib/nn.yaml:96:46
%6578 = cast %6568 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6579 = mul %6578, %2382 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6580 = reshape %6579 : f32[64,16] @ models/lib/nn.yaml:96:37
%6581 = matmul %6207, %6580 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6582 = reshape %6581 : f32[16] @ models/lib/nn.yaml:96:37
%6583 = add %5359, %6582 : f32[16] @ models/lib/nn.yaml:96:37
%6584 = cast %6568 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6585 = mul %6584, %2383 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6586 = mul %6585, %2381 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6587 = cast %6568 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6588 = mul %6587, %2383 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6589 = mul %6588, %2375 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6590 = reduce_sum %6589 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6591 = mul %2380, %2380 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6592 = mul %2380, %6591 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6593 = mul %6592, %6221 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6594 = mul %6590, %6593 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6595 = div %6594, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6596 = broadcast %6595 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6597 = mul %6596, %2375 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6598 = add %6586, %6597 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6599 = add %6598, %6597 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6600 = add %6459, %6599 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6601 = neg %6599 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6602 = reduce_sum %6601 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6603 = div %6602, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6604 = broadcast %6603 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6605 = add %6600, %6604 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6606 = reduce_sum %6605 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6607 = reshape %5391 : bf16[1,16,16] @ models/lib/vit.yaml:32:17
%6608 = cast %6607 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%6609 = add %6608, %6606 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6610 = reshape %6605 : f32[64,16] @ models/lib/vit.yaml:17:71
%6611 = matmul %6207, %6610 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6612 = reshape %6611 : f32[16] @ models/lib/vit.yaml:17:71
%6613 = add %5393, %6612 : f32[16] @ models/lib/vit.yaml:17:71
%6614 = cast %6610 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6615 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6616 = matmul %6614, %6615 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6617 = reshape %5397 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6618 = cast %6617 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6619 = reshape %6616 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6620 = cast %6619 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6621 = add %6618, %6620 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6622 = all_reduce_sum %6609 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6623 = reshape %6622 : f32[256] @ models/lib/vit.yaml:48:7
%6624 = mul %6623, %6623 : f32[256] @ models/lib/vit.yaml:48:7
%6625 = reduce_sum %6624 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6626 = sqrt %6625 : f32[] @ models/lib/vit.yaml:48:7
%6627 = cast %6626 : f64[] @ models/lib/vit.yaml:48:7
%6628 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6629 = add %6627, %6628 : f64[] @ models/lib/vit.yaml:48:7
%6630 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6631 = div %6630, %6629 : f64[] @ models/lib/vit.yaml:48:7
%6632 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6633 = lt %6631, %6632 : bool[] @ models/lib/vit.yaml:48:7
%6634 = cast %6631 : f32[] @ models/lib/vit.yaml:48:7
%6635 = broadcast %6634 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6636 = mul %6622, %6635 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6637 = broadcast %6633 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6638 = select %6637, %6636, %6622 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6639 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6640 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6641 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6642 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6643 = add %6641, %6642 : i64[] @ models/lib/vit.yaml:48:7
%6644 = mul %4161, %4162 : f64[] @ models/lib/vit.yaml:48:7
%6645 = sub %6632, %6644 : f64[] @ models/lib/vit.yaml:48:7
%6646 = cast %6645 : f32[] @ models/lib/vit.yaml:48:7
%6647 = broadcast %6646 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6648 = mul %7, %6647 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6649 = broadcast %3838 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6650 = mul %6638, %6649 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6651 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6652 = broadcast %2630 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6653 = mul %6639, %6652 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6654 = add %6653, %6650 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6655 = mul %6638, %6638 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6656 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6657 = broadcast %6656 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6658 = mul %6655, %6657 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6659 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6660 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6661 = broadcast %6660 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6662 = mul %6640, %6661 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6663 = add %6662, %6658 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6664 = cast %6643 : f64[] @ models/lib/vit.yaml:48:7
%6665 = pow %6651, %6664 : f64[] @ models/lib/vit.yaml:48:7
%6666 = sub %6632, %6665 : f64[] @ models/lib/vit.yaml:48:7
%6667 = div %4161, %6666 : f64[] @ models/lib/vit.yaml:48:7
%6668 = pow %6659, %6664 : f64[] @ models/lib/vit.yaml:48:7
%6669 = sub %6632, %6668 : f64[] @ models/lib/vit.yaml:48:7
%6670 = sqrt %6669 : f64[] @ models/lib/vit.yaml:48:7
%6671 = div %6632, %6670 : f64[] @ models/lib/vit.yaml:48:7
%6672 = sqrt %6663 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6673 = cast %6671 : f32[] @ models/lib/vit.yaml:48:7
%6674 = broadcast %6673 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6675 = mul %6672, %6674 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6676 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6677 = broadcast %6676 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6678 = add %6675, %6677 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6679 = div %6654, %6678 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6680 = cast %6667 : f32[] @ models/lib/vit.yaml:48:7
%6681 = broadcast %6680 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6682 = mul %6679, %6681 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6683 = sub %6648, %6682 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6684 = assign %7, %6683 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6685 = assign %6639, %6654 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6686 = assign %6640, %6663 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6687 = assign %6641, %6643 : i64[] @ models/lib/vit.yaml:48:7
%6688 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6689 = mul %85, %6688 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6690 = sub %6632, %4163 : f64[] @ models/lib/vit.yaml:48:7
%6691 = cast %6690 : f32[] @ models/lib/vit.yaml:48:7
%6692 = broadcast %6691 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6693 = mul %6683, %6692 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6694 = add %6689, %6693 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6695 = assign %85, %6694 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6696 = all_reduce_sum %6621 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6697 = reshape %6696 : f32[768] @ models/lib/vit.yaml:9:7
%6698 = mul %6697, %6697 : f32[768] @ models/lib/vit.yaml:9:7
%6699 = reduce_sum %6698 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6700 = sqrt %6699 : f32[] @ models/lib/vit.yaml:9:7
%6701 = cast %6700 : f64[] @ models/lib/vit.yaml:9:7
%6702 = add %6701, %6628 : f64[] @ models/lib/vit.yaml:9:7
%6703 = div %6630, %6702 : f64[] @ models/lib/vit.yaml:9:7
%6704 = lt %6703, %6632 : bool[] @ models/lib/vit.yaml:9:7
%6705 = cast %6703 : f32[] @ models/lib/vit.yaml:9:7
%6706 = broadcast %6705 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6707 = mul %6696, %6706 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6708 = broadcast %6704 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6709 = select %6708, %6707, %6696 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6710 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6711 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6712 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6713 = add %6712, %6642 : i64[] @ models/lib/vit.yaml:9:7
%6714 = broadcast %6646 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6715 = mul %8, %6714 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6716 = broadcast %3838 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6717 = mul %6709, %6716 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6718 = broadcast %2630 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6719 = mul %6710, %6718 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6720 = add %6719, %6717 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6721 = mul %6709, %6709 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6722 = broadcast %6656 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6723 = mul %6721, %6722 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6724 = broadcast %6660 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6725 = mul %6711, %6724 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6726 = add %6725, %6723 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6727 = cast %6713 : f64[] @ models/lib/vit.yaml:9:7
%6728 = pow %6651, %6727 : f64[] @ models/lib/vit.yaml:9:7
%6729 = sub %6632, %6728 : f64[] @ models/lib/vit.yaml:9:7
%6730 = div %4161, %6729 : f64[] @ models/lib/vit.yaml:9:7
%6731 = pow %6659, %6727 : f64[] @ models/lib/vit.yaml:9:7
%6732 = sub %6632, %6731 : f64[] @ models/lib/vit.yaml:9:7
%6733 = sqrt %6732 : f64[] @ models/lib/vit.yaml:9:7
%6734 = div %6632, %6733 : f64[] @ models/lib/vit.yaml:9:7
%6735 = sqrt %6726 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6736 = cast %6734 : f32[] @ models/lib/vit.yaml:9:7
%6737 = broadcast %6736 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6738 = mul %6735, %6737 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6739 = broadcast %6676 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6740 = add %6738, %6739 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6741 = div %6720, %6740 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6742 = cast %6730 : f32[] @ models/lib/vit.yaml:9:7
%6743 = broadcast %6742 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6744 = mul %6741, %6743 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6745 = sub %6715, %6744 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6746 = assign %8, %6745 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6747 = assign %6710, %6720 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6748 = assign %6711, %6726 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6749 = assign %6712, %6713 : i64[] @ models/lib/vit.yaml:9:7
%6750 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6751 = mul %86, %6750 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6752 = broadcast %6691 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6753 = mul %6745, %6752 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6754 = add %6751, %6753 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6755 = assign %86, %6754 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6756 = all_reduce_sum %6613 : f32[16] @ models/lib/vit.yaml:10:7
%6757 = mul %6756, %6756 : f32[16] @ models/lib/vit.yaml:10:7
%6758 = reduce_sum %6757 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6759 = sqrt %6758 : f32[] @ models/lib/vit.yaml:10:7
%6760 = cast %6759 : f64[] @ models/lib/vit.yaml:10:7
%6761 = add %6760, %6628 : f64[] @ models/lib/vit.yaml:10:7
%6762 = div %6630, %6761 : f64[] @ models/lib/vit.yaml:10:7
%6763 = lt %6762, %6632 : bool[] @ models/lib/vit.yaml:10:7
%6764 = cast %6762 : f32[] @ models/lib/vit.yaml:10:7
%6765 = broadcast %6764 : f32[16] @ models/lib/vit.yaml:10:7
%6766 = mul %6756, %6765 : f32[16] @ models/lib/vit.yaml:10:7
%6767 = broadcast %6763 : bool[16] @ models/lib/vit.yaml:10:7
%6768 = select %6767, %6766, %6756 : f32[16] @ models/lib/vit.yaml:10:7
%6769 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6770 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6771 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6772 = add %6771, %6642 : i64[] @ models/lib/vit.yaml:10:7
%6773 = broadcast %3838 : f32[16] @ models/lib/vit.yaml:10:7
%6774 = mul %6768, %6773 : f32[16] @ models/lib/vit.yaml:10:7
%6775 = broadcast %2630 : f32[16] @ models/lib/vit.yaml:10:7
%6776 = mul %6769, %6775 : f32[16] @ models/lib/vit.yaml:10:7
%6777 = add %6776, %6774 : f32[16] @ models/lib/vit.yaml:10:7
%6778 = mul %6768, %6768 : f32[16] @ models/lib/vit.yaml:10:7
%6779 = broadcast %6656 : f32[16] @ models/lib/vit.yaml:10:7
%6780 = mul %6778, %6779 : f32[16] @ models/lib/vit.yaml:10:7
%6781 = broadcast %6660 : f32[16] @ models/lib/vit.yaml:10:7
%6782 = mul %6770, %6781 : f32[16] @ models/lib/vit.yaml:10:7
%6783 = add %6782, %6780 : f32[16] @ models/lib/vit.yaml:10:7
%6784 = cast %6772 : f64[] @ models/lib/vit.yaml:10:7
%6785 = pow %6651, %6784 : f64[] @ models/lib/vit.yaml:10:7
%6786 = sub %6632, %6785 : f64[] @ models/lib/vit.yaml:10:7
%6787 = div %4161, %6786 : f64[] @ models/lib/vit.yaml:10:7
%6788 = pow %6659, %6784 : f64[] @ models/lib/vit.yaml:10:7
%6789 = sub %6632, %6788 : f64[] @ models/lib/vit.yaml:10:7
%6790 = sqrt %6789 : f64[] @ models/lib/vit.yaml:10:7
%6791 = div %6632, %6790 : f64[] @ models/lib/vit.yaml:10:7
%6792 = sqrt %6783 : f32[16] @ models/lib/vit.yaml:10:7
%6793 = cast %6791 : f32[] @ models/lib/vit.yaml:10:7
%6794 = broadcast %6793 : f32[16] @ models/lib/vit.yaml:10:7
%6795 = mul %6792, %6794 : f32[16] @ models/lib/vit.yaml:10:7
%6796 = broadcast %6676 : f32[16] @ models/lib/vit.yaml:10:7
%6797 = add %6795, %6796 : f32[16] @ models/lib/vit.yaml:10:7
%6798 = div %6777, %6797 : f32[16] @ models/lib/vit.yaml:10:7
%6799 = cast %6787 : f32[] @ models/lib/vit.yaml:10:7
%6800 = broadcast %6799 : f32[16] @ models/lib/vit.yaml:10:7
%6801 = mul %6798, %6800 : f32[16] @ models/lib/vit.yaml:10:7
%6802 = sub %9, %6801 : f32[16] @ models/lib/vit.yaml:10:7
%6803 = assign %9, %6802 : f32[16] @ models/lib/vit.yaml:10:7
%6804 = assign %6769, %6777 : f32[16] @ models/lib/vit.yaml:10:7
%6805 = assign %6770, %6783 : f32[16] @ models/lib/vit.yaml:10:7
%6806 = assign %6771, %6772 : i64[] @ models/lib/vit.yaml:10:7
%6807 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6808 = mul %87, %6807 : f32[16] @ models/lib/vit.yaml:10:7
%6809 = broadcast %6691 : f32[16] @ models/lib/vit.yaml:10:7
%6810 = mul %6802, %6809 : f32[16] @ models/lib/vit.yaml:10:7
%6811 = add %6808, %6810 : f32[16] @ models/lib/vit.yaml:10:7
%6812 = assign %87, %6811 : f32[16] @ models/lib/vit.yaml:10:7
%6813 = all_reduce_sum %6583 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = mul %6813, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = reduce_sum %6814 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6816 = sqrt %6815 : f32[] @ models/lib/nn.yaml:89:7
%6817 = cast %6816 : f64[] @ models/lib/nn.yaml:89:7
%6818 = add %6817, %6628 : f64[] @ models/lib/nn.yaml:89:7
%6819 = div %6630, %6818 : f64[] @ models/lib/nn.yaml:89:7
%6820 = lt %6819, %6632 : bool[] @ models/lib/nn.yaml:89:7
%6821 = cast %6819 : f32[] @ models/lib/nn.yaml:89:7
%6822 = broadcast %6821 : f32[16] @ models/lib/nn.yaml:89:7
%6823 = mul %6813, %6822 : f32[16] @ models/lib/nn.yaml:89:7
%6824 = broadcast %6820 : bool[16] @ models/lib/nn.yaml:89:7
%6825 = select %6824, %6823, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6826 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6827 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6828 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6829 = add %6828, %6642 : i64[] @ models/lib/nn.yaml:89:7
%6830 = mul %6825, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%6831 = mul %6826, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%6832 = add %6831, %6830 : f32[16] @ models/lib/nn.yaml:89:7
%6833 = mul %6825, %6825 : f32[16] @ models/lib/nn.yaml:89:7
%6834 = mul %6833, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%6835 = mul %6827, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%6836 = add %6835, %6834 : f32[16] @ models/lib/nn.yaml:89:7
%6837 = cast %6829 : f64[] @ models/lib/nn.yaml:89:7
%6838 = pow %6651, %6837 : f64[] @ models/lib/nn.yaml:89:7
%6839 = sub %6632, %6838 : f64[] @ models/lib/nn.yaml:89:7
%6840 = div %4161, %6839 : f64[] @ models/lib/nn.yaml:89:7
%6841 = pow %6659, %6837 : f64[] @ models/lib/nn.yaml:89:7
%6842 = sub %6632, %6841 : f64[] @ models/lib/nn.yaml:89:7
%6843 = sqrt %6842 : f64[] @ models/lib/nn.yaml:89:7
%6844 = div %6632, %6843 : f64[] @ models/lib/nn.yaml:89:7
%6845 = sqrt %6836 : f32[16] @ models/lib/nn.yaml:89:7
%6846 = cast %6844 : f32[] @ models/lib/nn.yaml:89:7
%6847 = broadcast %6846 : f32[16] @ models/lib/nn.yaml:89:7
%6848 = mul %6845, %6847 : f32[16] @ models/lib/nn.yaml:89:7
%6849 = add %6848, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%6850 = div %6832, %6849 : f32[16] @ models/lib/nn.yaml:89:7
%6851 = cast %6840 : f32[] @ models/lib/nn.yaml:89:7
%6852 = broadcast %6851 : f32[16] @ models/lib/nn.yaml:89:7
%6853 = mul %6850, %6852 : f32[16] @ models/lib/nn.yaml:89:7
%6854 = sub %10, %6853 : f32[16] @ models/lib/nn.yaml:89:7
%6855 = assign %10, %6854 : f32[16] @ models/lib/nn.yaml:89:7
%6856 = assign %6826, %6832 : f32[16] @ models/lib/nn.yaml:89:7
%6857 = assign %6827, %6836 : f32[16] @ models/lib/nn.yaml:89:7
%6858 = assign %6828, %6829 : i64[] @ models/lib/nn.yaml:89:7
%6859 = mul %88, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%6860 = mul %6854, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%6861 = add %6859, %6860 : f32[16] @ models/lib/nn.yaml:89:7
%6862 = assign %88, %6861 : f32[16] @ models/lib/nn.yaml:89:7
%6863 = all_reduce_sum %6577 : f32[16] @ models/lib/nn.yaml:90:7
%6864 = mul %6863, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%6865 = reduce_sum %6864 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6866 = sqrt %6865 : f32[] @ models/lib/nn.yaml:90:7
%6867 = cast %6866 : f64[] @ models/lib/nn.yaml:90:7
%6868 = add %6867, %6628 : f64[] @ models/lib/nn.yaml:90:7
%6869 = div %6630, %6868 : f64[] @ models/lib/nn.yaml:90:7
%6870 = lt %6869, %6632 : bool[] @ models/lib/nn.yaml:90:7
%6871 = cast %6869 : f32[] @ models/lib/nn.yaml:90:7
%6872 = broadcast %6871 : f32[16] @ models/lib/nn.yaml:90:7
%6873 = mul %6863, %6872 : f32[16] @ models/lib/nn.yaml:90:7
%6874 = broadcast %6870 : bool[16] @ models/lib/nn.yaml:90:7
%6875 = select %6874, %6873, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%6876 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6877 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6878 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6879 = add %6878, %6642 : i64[] @ models/lib/nn.yaml:90:7
%6880 = mul %6875, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%6881 = mul %6876, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%6882 = add %6881, %6880 : f32[16] @ models/lib/nn.yaml:90:7
%6883 = mul %6875, %6875 : f32[16] @ models/lib/nn.yaml:90:7
%6884 = mul %6883, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%6885 = mul %6877, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%6886 = add %6885, %6884 : f32[16] @ models/lib/nn.yaml:90:7
%6887 = cast %6879 : f64[] @ models/lib/nn.yaml:90:7
%6888 = pow %6651, %6887 : f64[] @ models/lib/nn.yaml:90:7
%6889 = sub %6632, %6888 : f64[] @ models/lib/nn.yaml:90:7
%6890 = div %4161, %6889 : f64[] @ models/lib/nn.yaml:90:7
%6891 = pow %6659, %6887 : f64[] @ models/lib/nn.yaml:90:7
%6892 = sub %6632, %6891 : f64[] @ models/lib/nn.yaml:90:7
%6893 = sqrt %6892 : f64[] @ models/lib/nn.yaml:90:7
%6894 = div %6632, %6893 : f64[] @ models/lib/nn.yaml:90:7
%6895 = sqrt %6886 : f32[16] @ models/lib/nn.yaml:90:7
%6896 = cast %6894 : f32[] @ models/lib/nn.yaml:90:7
%6897 = broadcast %6896 : f32[16] @ models/lib/nn.yaml:90:7
%6898 = mul %6895, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%6899 = add %6898, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%6900 = div %6882, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%6901 = cast %6890 : f32[] @ models/lib/nn.yaml:90:7
%6902 = broadcast %6901 : f32[16] @ models/lib/nn.yaml:90:7
%6903 = mul %6900, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%6904 = sub %11, %6903 : f32[16] @ models/lib/nn.yaml:90:7
%6905 = assign %11, %6904 : f32[16] @ models/lib/nn.yaml:90:7
%6906 = assign %6876, %6882 : f32[16] @ models/lib/nn.yaml:90:7
%6907 = assign %6877, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%6908 = assign %6878, %6879 : i64[] @ models/lib/nn.yaml:90:7
%6909 = mul %89, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%6910 = mul %6904, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%6911 = add %6909, %6910 : f32[16] @ models/lib/nn.yaml:90:7
%6912 = assign %89, %6911 : f32[16] @ models/lib/nn.yaml:90:7
%6913 = all_reduce_sum %6573 : f32[48,16] @ models/lib/nn.yaml:79:7
%6914 = reshape %6913 : f32[768] @ models/lib/nn.yaml:79:7
%6915 = mul %6914, %6914 : f32[768] @ models/lib/nn.yaml:79:7
%6916 = reduce_sum %6915 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6917 = sqrt %6916 : f32[] @ models/lib/nn.yaml:79:7
%6918 = cast %6917 : f64[] @ models/lib/nn.yaml:79:7
%6919 = add %6918, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6920 = div %6630, %6919 : f64[] @ models/lib/nn.yaml:79:7
%6921 = lt %6920, %6632 : bool[] @ models/lib/nn.yaml:79:7
%6922 = cast %6920 : f32[] @ models/lib/nn.yaml:79:7
%6923 = broadcast %6922 : f32[48,16] @ models/lib/nn.yaml:79:7
%6924 = mul %6913, %6923 : f32[48,16] @ models/lib/nn.yaml:79:7
%6925 = broadcast %6921 : bool[48,16] @ models/lib/nn.yaml:79:7
%6926 = select %6925, %6924, %6913 : f32[48,16] @ models/lib/nn.yaml:79:7
%6927 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6928 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6929 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6930 = add %6929, %6642 : i64[] @ models/lib/nn.yaml:79:7
%6931 = broadcast %6646 : f32[48,16] @ models/lib/nn.yaml:79:7
%6932 = mul %12, %6931 : f32[48,16] @ models/lib/nn.yaml:79:7
%6933 = broadcast %3838 : f32[48,16] @ models/lib/nn.yaml:79:7
%6934 = mul %6926, %6933 : f32[48,16] @ models/lib/nn.yaml:79:7
%6935 = broadcast %2630 : f32[48,16] @ models/lib/nn.yaml:79:7
%6936 = mul %6927, %6935 : f32[48,16] @ models/lib/nn.yaml:79:7
%6937 = add %6936, %6934 : f32[48,16] @ models/lib/nn.yaml:79:7
%6938 = mul %6926, %6926 : f32[48,16] @ models/lib/nn.yaml:79:7
%6939 = broadcast %6656 : f32[48,16] @ models/lib/nn.yaml:79:7
%6940 = mul %6938, %6939 : f32[48,16] @ models/lib/nn.yaml:79:7
%6941 = broadcast %6660 : f32[48,16] @ models/lib/nn.yaml:79:7
%6942 = mul %6928, %6941 : f32[48,16] @ models/lib/nn.yaml:79:7
%6943 = add %6942, %6940 : f32[48,16] @ models/lib/nn.yaml:79:7
%6944 = cast %6930 : f64[] @ models/lib/nn.yaml:79:7
%6945 = pow %6651, %6944 : f64[] @ models/lib/nn.yaml:79:7
%6946 = sub %6632, %6945 : f64[] @ models/lib/nn.yaml:79:7
%6947 = div %4161, %6946 : f64[] @ models/lib/nn.yaml:79:7
%6948 = pow %6659, %6944 : f64[] @ models/lib/nn.yaml:79:7
%6949 = sub %6632, %6948 : f64[] @ models/lib/nn.yaml:79:7
%6950 = sqrt %6949 : f64[] @ models/lib/nn.yaml:79:7
%6951 = div %6632, %6950 : f64[] @ models/lib/nn.yaml:79:7
%6952 = sqrt %6943 : f32[48,16] @ models/lib/nn.yaml:79:7
%6953 = cast %6951 : f32[] @ models/lib/nn.yaml:79:7
%6954 = broadcast %6953 : f32[48,16] @ models/lib/nn.yaml:79:7
%6955 = mul %6952, %6954 : f32[48,16] @ models/lib/nn.yaml:79:7
%6956 = broadcast %6676 : f32[48,16] @ models/lib/nn.yaml:79:7
%6957 = add %6955, %6956 : f32[48,16] @ models/lib/nn.yaml:79:7
%6958 = div %6937, %6957 : f32[48,16] @ models/lib/nn.yaml:79:7
%6959 = cast %6947 : f32[] @ models/lib/nn.yaml:79:7
%6960 = broadcast %6959 : f32[48,16] @ models/lib/nn.yaml:79:7
%6961 = mul %6958, %6960 : f32[48,16] @ models/lib/nn.yaml:79:7
%6962 = sub %6932, %6961 : f32[48,16] @ models/lib/nn.yaml:79:7
%6963 = assign %12, %6962 : f32[48,16] @ models/lib/nn.yaml:79:7
%6964 = assign %6927, %6937 : f32[48,16] @ models/lib/nn.yaml:79:7
%6965 = assign %6928, %6943 : f32[48,16] @ models/lib/nn.yaml:79:7
%6966 = assign %6929, %6930 : i64[] @ models/lib/nn.yaml:79:7
%6967 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%6968 = mul %90, %6967 : f32[48,16] @ models/lib/nn.yaml:79:7
%6969 = broadcast %6691 : f32[48,16] @ models/lib/nn.yaml:79:7
%6970 = mul %6962, %6969 : f32[48,16] @ models/lib/nn.yaml:79:7
%6971 = add %6968, %6970 : f32[48,16] @ models/lib/nn.yaml:79:7
%6972 = assign %90, %6971 : f32[48,16] @ models/lib/nn.yaml:79:7
%6973 = all_reduce_sum %6567 : f32[48] @ models/lib/nn.yaml:80:7
%6974 = mul %6973, %6973 : f32[48] @ models/lib/nn.yaml:80:7
%6975 = reduce_sum %6974 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6976 = sqrt %6975 : f32[] @ models/lib/nn.yaml:80:7
%6977 = cast %6976 : f64[] @ models/lib/nn.yaml:80:7
%6978 = add %6977, %6628 : f64[] @ models/lib/nn.yaml:80:7
%6979 = div %6630, %6978 : f64[] @ models/lib/nn.yaml:80:7
%6980 = lt %6979, %6632 : bool[] @ models/lib/nn.yaml:80:7
%6981 = cast %6979 : f32[] @ models/lib/nn.yaml:80:7
%6982 = broadcast %6981 : f32[48] @ models/lib/nn.yaml:80:7
%6983 = mul %6973, %6982 : f32[48] @ models/lib/nn.yaml:80:7
%6984 = broadcast %6980 : bool[48] @ models/lib/nn.yaml:80:7
%6985 = select %6984, %6983, %6973 : f32[48] @ models/lib/nn.yaml:80:7
%6986 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6987 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6988 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6989 = add %6988, %6642 : i64[] @ models/lib/nn.yaml:80:7
%6990 = broadcast %3838 : f32[48] @ models/lib/nn.yaml:80:7
%6991 = mul %6985, %6990 : f32[48] @ models/lib/nn.yaml:80:7
%6992 = broadcast %2630 : f32[48] @ models/lib/nn.yaml:80:7
%6993 = mul %6986, %6992 : f32[48] @ models/lib/nn.yaml:80:7
%6994 = add %6993, %6991 : f32[48] @ models/lib/nn.yaml:80:7
%6995 = mul %6985, %6985 : f32[48] @ models/lib/nn.yaml:80:7
%6996 = broadcast %6656 : f32[48] @ models/lib/nn.yaml:80:7
%6997 = mul %6995, %6996 : f32[48] @ models/lib/nn.yaml:80:7
%6998 = broadcast %6660 : f32[48] @ models/lib/nn.yaml:80:7
%6999 = mul %6987, %6998 : f32[48] @ models/lib/nn.yaml:80:7
%7000 = add %6999, %6997 : f32[48] @ models/lib/nn.yaml:80:7
%7001 = cast %6989 : f64[] @ models/lib/nn.yaml:80:7
%7002 = pow %6651, %7001 : f64[] @ models/lib/nn.yaml:80:7
%7003 = sub %6632, %7002 : f64[] @ models/lib/nn.yaml:80:7
%7004 = div %4161, %7003 : f64[] @ models/lib/nn.yaml:80:7
%7005 = pow %6659, %7001 : f64[] @ models/lib/nn.yaml:80:7
%7006 = sub %6632, %7005 : f64[] @ models/lib/nn.yaml:80:7
%7007 = sqrt %7006 : f64[] @ models/lib/nn.yaml:80:7
%7008 = div %6632, %7007 : f64[] @ models/lib/nn.yaml:80:7
%7009 = sqrt %7000 : f32[48] @ models/lib/nn.yaml:80:7
%7010 = cast %7008 : f32[] @ models/lib/nn.yaml:80:7
%7011 = broadcast %7010 : f32[48] @ models/lib/nn.yaml:80:7
%7012 = mul %7009, %7011 : f32[48] @ models/lib/nn.yaml:80:7
%7013 = broadcast %6676 : f32[48] @ models/lib/nn.yaml:80:7
%7014 = add %7012, %7013 : f32[48] @ models/lib/nn.yaml:80:7
%7015 = div %6994, %7014 : f32[48] @ models/lib/nn.yaml:80:7
%7016 = cast %7004 : f32[] @ models/lib/nn.yaml:80:7
%7017 = broadcast %7016 : f32[48] @ models/lib/nn.yaml:80:7
%7018 = mul %7015, %7017 : f32[48] @ models/lib/nn.yaml:80:7
%7019 = sub %13, %7018 : f32[48] @ models/lib/nn.yaml:80:7
%7020 = assign %13, %7019 : f32[48] @ models/lib/nn.yaml:80:7
%7021 = assign %6986, %6994 : f32[48] @ models/lib/nn.yaml:80:7
%7022 = assign %6987, %7000 : f32[48] @ models/lib/nn.yaml:80:7
%7023 = assign %6988, %6989 : i64[] @ models/lib/nn.yaml:80:7
%7024 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%7025 = mul %91, %7024 : f32[48] @ models/lib/nn.yaml:80:7
%7026 = broadcast %6691 : f32[48] @ models/lib/nn.yaml:80:7
%7027 = mul %7019, %7026 : f32[48] @ models/lib/nn.yaml:80:7
%7028 = add %7025, %7027 : f32[48] @ models/lib/nn.yaml:80:7
%7029 = assign %91, %7028 : f32[48] @ models/lib/nn.yaml:80:7
%7030 = all_reduce_sum %6470 : f32[16,16] @ models/lib/nn.yaml:79:7
%7031 = reshape %7030 : f32[256] @ models/lib/nn.yaml:79:7
%7032 = mul %7031, %7031 : f32[256] @ models/lib/nn.yaml:79:7
%7033 = reduce_sum %7032 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7034 = sqrt %7033 : f32[] @ models/lib/nn.yaml:79:7
%7035 = cast %7034 : f64[] @ models/lib/nn.yaml:79:7
%7036 = add %7035, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7037 = div %6630, %7036 : f64[] @ models/lib/nn.yaml:79:7
%7038 = lt %7037, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7039 = cast %7037 : f32[] @ models/lib/nn.yaml:79:7
%7040 = broadcast %7039 : f32[16,16] @ models/lib/nn.yaml:79:7
%7041 = mul %7030, %7040 : f32[16,16] @ models/lib/nn.yaml:79:7
%7042 = broadcast %7038 : bool[16,16] @ models/lib/nn.yaml:79:7
%7043 = select %7042, %7041, %7030 : f32[16,16] @ models/lib/nn.yaml:79:7
%7044 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7045 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7046 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7047 = add %7046, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7048 = broadcast %6646 : f32[16,16] @ models/lib/nn.yaml:79:7
%7049 = mul %14, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%7050 = broadcast %3838 : f32[16,16] @ models/lib/nn.yaml:79:7
%7051 = mul %7043, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%7052 = broadcast %2630 : f32[16,16] @ models/lib/nn.yaml:79:7
%7053 = mul %7044, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%7054 = add %7053, %7051 : f32[16,16] @ models/lib/nn.yaml:79:7
%7055 = mul %7043, %7043 : f32[16,16] @ models/lib/nn.yaml:79:7
%7056 = broadcast %6656 : f32[16,16] @ models/lib/nn.yaml:79:7
%7057 = mul %7055, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%7058 = broadcast %6660 : f32[16,16] @ models/lib/nn.yaml:79:7
%7059 = mul %7045, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%7060 = add %7059, %7057 : f32[16,16] @ models/lib/nn.yaml:79:7
%7061 = cast %7047 : f64[] @ models/lib/nn.yaml:79:7
%7062 = pow %6651, %7061 : f64[] @ models/lib/nn.yaml:79:7
%7063 = sub %6632, %7062 : f64[] @ models/lib/nn.yaml:79:7
%7064 = div %4161, %7063 : f64[] @ models/lib/nn.yaml:79:7
%7065 = pow %6659, %7061 : f64[] @ models/lib/nn.yaml:79:7
%7066 = sub %6632, %7065 : f64[] @ models/lib/nn.yaml:79:7
%7067 = sqrt %7066 : f64[] @ models/lib/nn.yaml:79:7
%7068 = div %6632, %7067 : f64[] @ models/lib/nn.yaml:79:7
%7069 = sqrt %7060 : f32[16,16] @ models/lib/nn.yaml:79:7
%7070 = cast %7068 : f32[] @ models/lib/nn.yaml:79:7
%7071 = broadcast %7070 : f32[16,16] @ models/lib/nn.yaml:79:7
%7072 = mul %7069, %7071 : f32[16,16] @ models/lib/nn.yaml:79:7
%7073 = broadcast %6676 : f32[16,16] @ models/lib/nn.yaml:79:7
%7074 = add %7072, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%7075 = div %7054, %7074 : f32[16,16] @ models/lib/nn.yaml:79:7
%7076 = cast %7064 : f32[] @ models/lib/nn.yaml:79:7
%7077 = broadcast %7076 : f32[16,16] @ models/lib/nn.yaml:79:7
%7078 = mul %7075, %7077 : f32[16,16] @ models/lib/nn.yaml:79:7
%7079 = sub %7049, %7078 : f32[16,16] @ models/lib/nn.yaml:79:7
%7080 = assign %14, %7079 : f32[16,16] @ models/lib/nn.yaml:79:7
%7081 = assign %7044, %7054 : f32[16,16] @ models/lib/nn.yaml:79:7
%7082 = assign %7045, %7060 : f32[16,16] @ models/lib/nn.yaml:79:7
%7083 = assign %7046, %7047 : i64[] @ models/lib/nn.yaml:79:7
%7084 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%7085 = mul %92, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%7086 = broadcast %6691 : f32[16,16] @ models/lib/nn.yaml:79:7
%7087 = mul %7079, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%7088 = add %7085, %7087 : f32[16,16] @ models/lib/nn.yaml:79:7
%7089 = assign %92, %7088 : f32[16,16] @ models/lib/nn.yaml:79:7
%7090 = all_reduce_sum %6464 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = mul %7090, %7090 : f32[16] @ models/lib/nn.yaml:80:7
%7092 = reduce_sum %7091 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7093 = sqrt %7092 : f32[] @ models/lib/nn.yaml:80:7
%7094 = cast %7093 : f64[] @ models/lib/nn.yaml:80:7
%7095 = add %7094, %6628 : f64[] @ models/lib/nn.yaml:80:7
%7096 = div %6630, %7095 : f64[] @ models/lib/nn.yaml:80:7
%7097 = lt %7096, %6632 : bool[] @ models/lib/nn.yaml:80:7
%7098 = cast %7096 : f32[] @ models/lib/nn.yaml:80:7
%7099 = broadcast %7098 : f32[16] @ models/lib/nn.yaml:80:7
%7100 = mul %7090, %7099 : f32[16] @ models/lib/nn.yaml:80:7
%7101 = broadcast %7097 : bool[16] @ models/lib/nn.yaml:80:7
%7102 = select %7101, %7100, %7090 : f32[16] @ models/lib/nn.yaml:80:7
%7103 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7104 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7105 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7106 = add %7105, %6642 : i64[] @ models/lib/nn.yaml:80:7
%7107 = mul %7102, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%7108 = mul %7103, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%7109 = add %7108, %7107 : f32[16] @ models/lib/nn.yaml:80:7
%7110 = mul %7102, %7102 : f32[16] @ models/lib/nn.yaml:80:7
%7111 = mul %7110, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = mul %7104, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = add %7112, %7111 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = cast %7106 : f64[] @ models/lib/nn.yaml:80:7
%7115 = pow %6651, %7114 : f64[] @ models/lib/nn.yaml:80:7
%7116 = sub %6632, %7115 : f64[] @ models/lib/nn.yaml:80:7
%7117 = div %4161, %7116 : f64[] @ models/lib/nn.yaml:80:7
%7118 = pow %6659, %7114 : f64[] @ models/lib/nn.yaml:80:7
%7119 = sub %6632, %7118 : f64[] @ models/lib/nn.yaml:80:7
%7120 = sqrt %7119 : f64[] @ models/lib/nn.yaml:80:7
%7121 = div %6632, %7120 : f64[] @ models/lib/nn.yaml:80:7
%7122 = sqrt %7113 : f32[16] @ models/lib/nn.yaml:80:7
%7123 = cast %7121 : f32[] @ models/lib/nn.yaml:80:7
%7124 = broadcast %7123 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = mul %7122, %7124 : f32[16] @ models/lib/nn.yaml:80:7
%7126 = add %7125, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%7127 = div %7109, %7126 : f32[16] @ models/lib/nn.yaml:80:7
%7128 = cast %7117 : f32[] @ models/lib/nn.yaml:80:7
%7129 = broadcast %7128 : f32[16] @ models/lib/nn.yaml:80:7
%7130 = mul %7127, %7129 : f32[16] @ models/lib/nn.yaml:80:7
%7131 = sub %15, %7130 : f32[16] @ models/lib/nn.yaml:80:7
%7132 = assign %15, %7131 : f32[16] @ models/lib/nn.yaml:80:7
%7133 = assign %7103, %7109 : f32[16] @ models/lib/nn.yaml:80:7
%7134 = assign %7104, %7113 : f32[16] @ models/lib/nn.yaml:80:7
%7135 = assign %7105, %7106 : i64[] @ models/lib/nn.yaml:80:7
%7136 = mul %93, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%7137 = mul %7131, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%7138 = add %7136, %7137 : f32[16] @ models/lib/nn.yaml:80:7
%7139 = assign %93, %7138 : f32[16] @ models/lib/nn.yaml:80:7
%7140 = all_reduce_sum %6437 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = mul %7140, %7140 : f32[16] @ models/lib/nn.yaml:89:7
%7142 = reduce_sum %7141 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7143 = sqrt %7142 : f32[] @ models/lib/nn.yaml:89:7
%7144 = cast %7143 : f64[] @ models/lib/nn.yaml:89:7
%7145 = add %7144, %6628 : f64[] @ models/lib/nn.yaml:89:7
%7146 = div %6630, %7145 : f64[] @ models/lib/nn.yaml:89:7
%7147 = lt %7146, %6632 : bool[] @ models/lib/nn.yaml:89:7
%7148 = cast %7146 : f32[] @ models/lib/nn.yaml:89:7
%7149 = broadcast %7148 : f32[16] @ models/lib/nn.yaml:89:7
%7150 = mul %7140, %7149 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = broadcast %7147 : bool[16] @ models/lib/nn.yaml:89:7
%7152 = select %7151, %7150, %7140 : f32[16] @ models/lib/nn.yaml:89:7
%7153 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7154 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7155 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7156 = add %7155, %6642 : i64[] @ models/lib/nn.yaml:89:7
%7157 = mul %7152, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%7158 = mul %7153, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%7159 = add %7158, %7157 : f32[16] @ models/lib/nn.yaml:89:7
%7160 = mul %7152, %7152 : f32[16] @ models/lib/nn.yaml:89:7
%7161 = mul %7160, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%7162 = mul %7154, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%7163 = add %7162, %7161 : f32[16] @ models/lib/nn.yaml:89:7
%7164 = cast %7156 : f64[] @ models/lib/nn.yaml:89:7
%7165 = pow %6651, %7164 : f64[] @ models/lib/nn.yaml:89:7
%7166 = sub %6632, %7165 : f64[] @ models/lib/nn.yaml:89:7
%7167 = div %4161, %7166 : f64[] @ models/lib/nn.yaml:89:7
%7168 = pow %6659, %7164 : f64[] @ models/lib/nn.yaml:89:7
%7169 = sub %6632, %7168 : f64[] @ models/lib/nn.yaml:89:7
%7170 = sqrt %7169 : f64[] @ models/lib/nn.yaml:89:7
%7171 = div %6632, %7170 : f64[] @ models/lib/nn.yaml:89:7
%7172 = sqrt %7163 : f32[16] @ models/lib/nn.yaml:89:7
%7173 = cast %7171 : f32[] @ models/lib/nn.yaml:89:7
%7174 = broadcast %7173 : f32[16] @ models/lib/nn.yaml:89:7
%7175 = mul %7172, %7174 : f32[16] @ models/lib/nn.yaml:89:7
%7176 = add %7175, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%7177 = div %7159, %7176 : f32[16] @ models/lib/nn.yaml:89:7
%7178 = cast %7167 : f32[] @ models/lib/nn.yaml:89:7
%7179 = broadcast %7178 : f32[16] @ models/lib/nn.yaml:89:7
%7180 = mul %7177, %7179 : f32[16] @ models/lib/nn.yaml:89:7
%7181 = sub %16, %7180 : f32[16] @ models/lib/nn.yaml:89:7
%7182 = assign %16, %7181 : f32[16] @ models/lib/nn.yaml:89:7
%7183 = assign %7153, %7159 : f32[16] @ models/lib/nn.yaml:89:7
%7184 = assign %7154, %7163 : f32[16] @ models/lib/nn.yaml:89:7
%7185 = assign %7155, %7156 : i64[] @ models/lib/nn.yaml:89:7
%7186 = mul %94, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%7187 = mul %7181, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%7188 = add %7186, %7187 : f32[16] @ models/lib/nn.yaml:89:7
%7189 = assign %94, %7188 : f32[16] @ models/lib/nn.yaml:89:7
%7190 = all_reduce_sum %6431 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = mul %7190, %7190 : f32[16] @ models/lib/nn.yaml:90:7
%7192 = reduce_sum %7191 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7193 = sqrt %7192 : f32[] @ models/lib/nn.yaml:90:7
%7194 = cast %7193 : f64[] @ models/lib/nn.yaml:90:7
%7195 = add %7194, %6628 : f64[] @ models/lib/nn.yaml:90:7
%7196 = div %6630, %7195 : f64[] @ models/lib/nn.yaml:90:7
%7197 = lt %7196, %6632 : bool[] @ models/lib/nn.yaml:90:7
%7198 = cast %7196 : f32[] @ models/lib/nn.yaml:90:7
%7199 = broadcast %7198 : f32[16] @ models/lib/nn.yaml:90:7
%7200 = mul %7190, %7199 : f32[16] @ models/lib/nn.yaml:90:7
%7201 = broadcast %7197 : bool[16] @ models/lib/nn.yaml:90:7
%7202 = select %7201, %7200, %7190 : f32[16] @ models/lib/nn.yaml:90:7
%7203 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7204 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7205 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7206 = add %7205, %6642 : i64[] @ models/lib/nn.yaml:90:7
%7207 = mul %7202, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%7208 = mul %7203, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%7209 = add %7208, %7207 : f32[16] @ models/lib/nn.yaml:90:7
%7210 = mul %7202, %7202 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = mul %7210, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%7212 = mul %7204, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%7213 = add %7212, %7211 : f32[16] @ models/lib/nn.yaml:90:7
%7214 = cast %7206 : f64[] @ models/lib/nn.yaml:90:7
%7215 = pow %6651, %7214 : f64[] @ models/lib/nn.yaml:90:7
%7216 = sub %6632, %7215 : f64[] @ models/lib/nn.yaml:90:7
%7217 = div %4161, %7216 : f64[] @ models/lib/nn.yaml:90:7
%7218 = pow %6659, %7214 : f64[] @ models/lib/nn.yaml:90:7
%7219 = sub %6632, %7218 : f64[] @ models/lib/nn.yaml:90:7
%7220 = sqrt %7219 : f64[] @ models/lib/nn.yaml:90:7
%7221 = div %6632, %7220 : f64[] @ models/lib/nn.yaml:90:7
%7222 = sqrt %7213 : f32[16] @ models/lib/nn.yaml:90:7
%7223 = cast %7221 : f32[] @ models/lib/nn.yaml:90:7
%7224 = broadcast %7223 : f32[16] @ models/lib/nn.yaml:90:7
%7225 = mul %7222, %7224 : f32[16] @ models/lib/nn.yaml:90:7
%7226 = add %7225, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%7227 = div %7209, %7226 : f32[16] @ models/lib/nn.yaml:90:7
%7228 = cast %7217 : f32[] @ models/lib/nn.yaml:90:7
%7229 = broadcast %7228 : f32[16] @ models/lib/nn.yaml:90:7
%7230 = mul %7227, %7229 : f32[16] @ models/lib/nn.yaml:90:7
%7231 = sub %17, %7230 : f32[16] @ models/lib/nn.yaml:90:7
%7232 = assign %17, %7231 : f32[16] @ models/lib/nn.yaml:90:7
%7233 = assign %7203, %7209 : f32[16] @ models/lib/nn.yaml:90:7
%7234 = assign %7204, %7213 : f32[16] @ models/lib/nn.yaml:90:7
%7235 = assign %7205, %7206 : i64[] @ models/lib/nn.yaml:90:7
%7236 = mul %95, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%7237 = mul %7231, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%7238 = add %7236, %7237 : f32[16] @ models/lib/nn.yaml:90:7
%7239 = assign %95, %7238 : f32[16] @ models/lib/nn.yaml:90:7
%7240 = all_reduce_sum %6427 : f32[64,16] @ models/lib/nn.yaml:79:7
%7241 = reshape %7240 : f32[1024] @ models/lib/nn.yaml:79:7
%7242 = mul %7241, %7241 : f32[1024] @ models/lib/nn.yaml:79:7
%7243 = reduce_sum %7242 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7244 = sqrt %7243 : f32[] @ models/lib/nn.yaml:79:7
%7245 = cast %7244 : f64[] @ models/lib/nn.yaml:79:7
%7246 = add %7245, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7247 = div %6630, %7246 : f64[] @ models/lib/nn.yaml:79:7
%7248 = lt %7247, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7249 = cast %7247 : f32[] @ models/lib/nn.yaml:79:7
%7250 = broadcast %7249 : f32[64,16] @ models/lib/nn.yaml:79:7
%7251 = mul %7240, %7250 : f32[64,16] @ models/lib/nn.yaml:79:7
%7252 = broadcast %7248 : bool[64,16] @ models/lib/nn.yaml:79:7
%7253 = select %7252, %7251, %7240 : f32[64,16] @ models/lib/nn.yaml:79:7
%7254 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7255 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7256 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7257 = add %7256, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7258 = broadcast %6646 : f32[64,16] @ models/lib/nn.yaml:79:7
%7259 = mul %18, %7258 : f32[64,16] @ models/lib/nn.yaml:79:7
%7260 = broadcast %3838 : f32[64,16] @ models/lib/nn.yaml:79:7
%7261 = mul %7253, %7260 : f32[64,16] @ models/lib/nn.yaml:79:7
%7262 = broadcast %2630 : f32[64,16] @ models/lib/nn.yaml:79:7
%7263 = mul %7254, %7262 : f32[64,16] @ models/lib/nn.yaml:79:7
%7264 = add %7263, %7261 : f32[64,16] @ models/lib/nn.yaml:79:7
%7265 = mul %7253, %7253 : f32[64,16] @ models/lib/nn.yaml:79:7
%7266 = broadcast %6656 : f32[64,16] @ models/lib/nn.yaml:79:7
%7267 = mul %7265, %7266 : f32[64,16] @ models/lib/nn.yaml:79:7
%7268 = broadcast %6660 : f32[64,16] @ models/lib/nn.yaml:79:7
%7269 = mul %7255, %7268 : f32[64,16] @ models/lib/nn.yaml:79:7
%7270 = add %7269, %7267 : f32[64,16] @ models/lib/nn.yaml:79:7
%7271 = cast %7257 : f64[] @ models/lib/nn.yaml:79:7
%7272 = pow %6651, %7271 : f64[] @ models/lib/nn.yaml:79:7
%7273 = sub %6632, %7272 : f64[] @ models/lib/nn.yaml:79:7
%7274 = div %4161, %7273 : f64[] @ models/lib/nn.yaml:79:7
%7275 = pow %6659, %7271 : f64[] @ models/lib/nn.yaml:79:7
%7276 = sub %6632, %7275 : f64[] @ models/lib/nn.yaml:79:7
%7277 = sqrt %7276 : f64[] @ models/lib/nn.yaml:79:7
%7278 = div %6632, %7277 : f64[] @ models/lib/nn.yaml:79:7
%7279 = sqrt %7270 : f32[64,16] @ models/lib/nn.yaml:79:7
%7280 = cast %7278 : f32[] @ models/lib/nn.yaml:79:7
%7281 = broadcast %7280 : f32[64,16] @ models/lib/nn.yaml:79:7
%7282 = mul %7279, %7281 : f32[64,16] @ models/lib/nn.yaml:79:7
%7283 = broadcast %6676 : f32[64,16] @ models/lib/nn.yaml:79:7
%7284 = add %7282, %7283 : f32[64,16] @ models/lib/nn.yaml:79:7
%7285 = div %7264, %7284 : f32[64,16] @ models/lib/nn.yaml:79:7
%7286 = cast %7274 : f32[] @ models/lib/nn.yaml:79:7
%7287 = broadcast %7286 : f32[64,16] @ models/lib/nn.yaml:79:7
%7288 = mul %7285, %7287 : f32[64,16] @ models/lib/nn.yaml:79:7
%7289 = sub %7259, %7288 : f32[64,16] @ models/lib/nn.yaml:79:7
%7290 = assign %18, %7289 : f32[64,16] @ models/lib/nn.yaml:79:7
%7291 = assign %7254, %7264 : f32[64,16] @ models/lib/nn.yaml:79:7
%7292 = assign %7255, %7270 : f32[64,16] @ models/lib/nn.yaml:79:7
%7293 = assign %7256, %7257 : i64[] @ models/lib/nn.yaml:79:7
%7294 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%7295 = mul %96, %7294 : f32[64,16] @ models/lib/nn.yaml:79:7
%7296 = broadcast %6691 : f32[64,16] @ models/lib/nn.yaml:79:7
%7297 = mul %7289, %7296 : f32[64,16] @ models/lib/nn.yaml:79:7
%7298 = add %7295, %7297 : f32[64,16] @ models/lib/nn.yaml:79:7
%7299 = assign %96, %7298 : f32[64,16] @ models/lib/nn.yaml:79:7
%7300 = all_reduce_sum %6421 : f32[64] @ models/lib/nn.yaml:80:7
%7301 = mul %7300, %7300 : f32[64] @ models/lib/nn.yaml:80:7
%7302 = reduce_sum %7301 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7303 = sqrt %7302 : f32[] @ models/lib/nn.yaml:80:7
%7304 = cast %7303 : f64[] @ models/lib/nn.yaml:80:7
%7305 = add %7304, %6628 : f64[] @ models/lib/nn.yaml:80:7
%7306 = div %6630, %7305 : f64[] @ models/lib/nn.yaml:80:7
%7307 = lt %7306, %6632 : bool[] @ models/lib/nn.yaml:80:7
%7308 = cast %7306 : f32[] @ models/lib/nn.yaml:80:7
%7309 = broadcast %7308 : f32[64] @ models/lib/nn.yaml:80:7
%7310 = mul %7300, %7309 : f32[64] @ models/lib/nn.yaml:80:7
%7311 = broadcast %7307 : bool[64] @ models/lib/nn.yaml:80:7
%7312 = select %7311, %7310, %7300 : f32[64] @ models/lib/nn.yaml:80:7
%7313 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7314 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7315 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7316 = add %7315, %6642 : i64[] @ models/lib/nn.yaml:80:7
%7317 = broadcast %3838 : f32[64] @ models/lib/nn.yaml:80:7
%7318 = mul %7312, %7317 : f32[64] @ models/lib/nn.yaml:80:7
%7319 = broadcast %2630 : f32[64] @ models/lib/nn.yaml:80:7
%7320 = mul %7313, %7319 : f32[64] @ models/lib/nn.yaml:80:7
%7321 = add %7320, %7318 : f32[64] @ models/lib/nn.yaml:80:7
%7322 = mul %7312, %7312 : f32[64] @ models/lib/nn.yaml:80:7
%7323 = broadcast %6656 : f32[64] @ models/lib/nn.yaml:80:7
%7324 = mul %7322, %7323 : f32[64] @ models/lib/nn.yaml:80:7
%7325 = broadcast %6660 : f32[64] @ models/lib/nn.yaml:80:7
%7326 = mul %7314, %7325 : f32[64] @ models/lib/nn.yaml:80:7
%7327 = add %7326, %7324 : f32[64] @ models/lib/nn.yaml:80:7
%7328 = cast %7316 : f64[] @ models/lib/nn.yaml:80:7
%7329 = pow %6651, %7328 : f64[] @ models/lib/nn.yaml:80:7
%7330 = sub %6632, %7329 : f64[] @ models/lib/nn.yaml:80:7
%7331 = div %4161, %7330 : f64[] @ models/lib/nn.yaml:80:7
%7332 = pow %6659, %7328 : f64[] @ models/lib/nn.yaml:80:7
%7333 = sub %6632, %7332 : f64[] @ models/lib/nn.yaml:80:7
%7334 = sqrt %7333 : f64[] @ models/lib/nn.yaml:80:7
%7335 = div %6632, %7334 : f64[] @ models/lib/nn.yaml:80:7
%7336 = sqrt %7327 : f32[64] @ models/lib/nn.yaml:80:7
%7337 = cast %7335 : f32[] @ models/lib/nn.yaml:80:7
%7338 = broadcast %7337 : f32[64] @ models/lib/nn.yaml:80:7
%7339 = mul %7336, %7338 : f32[64] @ models/lib/nn.yaml:80:7
%7340 = broadcast %6676 : f32[64] @ models/lib/nn.yaml:80:7
%7341 = add %7339, %7340 : f32[64] @ models/lib/nn.yaml:80:7
%7342 = div %7321, %7341 : f32[64] @ models/lib/nn.yaml:80:7
%7343 = cast %7331 : f32[] @ models/lib/nn.yaml:80:7
%7344 = broadcast %7343 : f32[64] @ models/lib/nn.yaml:80:7
%7345 = mul %7342, %7344 : f32[64] @ models/lib/nn.yaml:80:7
%7346 = sub %19, %7345 : f32[64] @ models/lib/nn.yaml:80:7
%7347 = assign %19, %7346 : f32[64] @ models/lib/nn.yaml:80:7
%7348 = assign %7313, %7321 : f32[64] @ models/lib/nn.yaml:80:7
%7349 = assign %7314, %7327 : f32[64] @ models/lib/nn.yaml:80:7
%7350 = assign %7315, %7316 : i64[] @ models/lib/nn.yaml:80:7
%7351 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7352 = mul %97, %7351 : f32[64] @ models/lib/nn.yaml:80:7
%7353 = broadcast %6691 : f32[64] @ models/lib/nn.yaml:80:7
%7354 = mul %7346, %7353 : f32[64] @ models/lib/nn.yaml:80:7
%7355 = add %7352, %7354 : f32[64] @ models/lib/nn.yaml:80:7
%7356 = assign %97, %7355 : f32[64] @ models/lib/nn.yaml:80:7
%7357 = all_reduce_sum %6393 : f32[16,64] @ models/lib/nn.yaml:79:7
%7358 = reshape %7357 : f32[1024] @ models/lib/nn.yaml:79:7
%7359 = mul %7358, %7358 : f32[1024] @ models/lib/nn.yaml:79:7
%7360 = reduce_sum %7359 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7361 = sqrt %7360 : f32[] @ models/lib/nn.yaml:79:7
%7362 = cast %7361 : f64[] @ models/lib/nn.yaml:79:7
%7363 = add %7362, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7364 = div %6630, %7363 : f64[] @ models/lib/nn.yaml:79:7
%7365 = lt %7364, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7366 = cast %7364 : f32[] @ models/lib/nn.yaml:79:7
%7367 = broadcast %7366 : f32[16,64] @ models/lib/nn.yaml:79:7
%7368 = mul %7357, %7367 : f32[16,64] @ models/lib/nn.yaml:79:7
%7369 = broadcast %7365 : bool[16,64] @ models/lib/nn.yaml:79:7
%7370 = select %7369, %7368, %7357 : f32[16,64] @ models/lib/nn.yaml:79:7
%7371 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7372 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7373 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7374 = add %7373, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7375 = broadcast %6646 : f32[16,64] @ models/lib/nn.yaml:79:7
%7376 = mul %20, %7375 : f32[16,64] @ models/lib/nn.yaml:79:7
%7377 = broadcast %3838 : f32[16,64] @ models/lib/nn.yaml:79:7
%7378 = mul %7370, %7377 : f32[16,64] @ models/lib/nn.yaml:79:7
%7379 = broadcast %2630 : f32[16,64] @ models/lib/nn.yaml:79:7
%7380 = mul %7371, %7379 : f32[16,64] @ models/lib/nn.yaml:79:7
%7381 = add %7380, %7378 : f32[16,64] @ models/lib/nn.yaml:79:7
%7382 = mul %7370, %7370 : f32[16,64] @ models/lib/nn.yaml:79:7
%7383 = broadcast %6656 : f32[16,64] @ models/lib/nn.yaml:79:7
%7384 = mul %7382, %7383 : f32[16,64] @ models/lib/nn.yaml:79:7
%7385 = broadcast %6660 : f32[16,64] @ models/lib/nn.yaml:79:7
%7386 = mul %7372, %7385 : f32[16,64] @ models/lib/nn.yaml:79:7
%7387 = add %7386, %7384 : f32[16,64] @ models/lib/nn.yaml:79:7
%7388 = cast %7374 : f64[] @ models/lib/nn.yaml:79:7
%7389 = pow %6651, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7390 = sub %6632, %7389 : f64[] @ models/lib/nn.yaml:79:7
%7391 = div %4161, %7390 : f64[] @ models/lib/nn.yaml:79:7
%7392 = pow %6659, %7388 : f64[] @ models/lib/nn.yaml:79:7
%7393 = sub %6632, %7392 : f64[] @ models/lib/nn.yaml:79:7
%7394 = sqrt %7393 : f64[] @ models/lib/nn.yaml:79:7
%7395 = div %6632, %7394 : f64[] @ models/lib/nn.yaml:79:7
%7396 = sqrt %7387 : f32[16,64] @ models/lib/nn.yaml:79:7
%7397 = cast %7395 : f32[] @ models/lib/nn.yaml:79:7
%7398 = broadcast %7397 : f32[16,64] @ models/lib/nn.yaml:79:7
%7399 = mul %7396, %7398 : f32[16,64] @ models/lib/nn.yaml:79:7
%7400 = broadcast %6676 : f32[16,64] @ models/lib/nn.yaml:79:7
%7401 = add %7399, %7400 : f32[16,64] @ models/lib/nn.yaml:79:7
%7402 = div %7381, %7401 : f32[16,64] @ models/lib/nn.yaml:79:7
%7403 = cast %7391 : f32[] @ models/lib/nn.yaml:79:7
%7404 = broadcast %7403 : f32[16,64] @ models/lib/nn.yaml:79:7
%7405 = mul %7402, %7404 : f32[16,64] @ models/lib/nn.yaml:79:7
%7406 = sub %7376, %7405 : f32[16,64] @ models/lib/nn.yaml:79:7
%7407 = assign %20, %7406 : f32[16,64] @ models/lib/nn.yaml:79:7
%7408 = assign %7371, %7381 : f32[16,64] @ models/lib/nn.yaml:79:7
%7409 = assign %7372, %7387 : f32[16,64] @ models/lib/nn.yaml:79:7
%7410 = assign %7373, %7374 : i64[] @ models/lib/nn.yaml:79:7
%7411 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7412 = mul %98, %7411 : f32[16,64] @ models/lib/nn.yaml:79:7
%7413 = broadcast %6691 : f32[16,64] @ models/lib/nn.yaml:79:7
%7414 = mul %7406, %7413 : f32[16,64] @ models/lib/nn.yaml:79:7
%7415 = add %7412, %7414 : f32[16,64] @ models/lib/nn.yaml:79:7
%7416 = assign %98, %7415 : f32[16,64] @ models/lib/nn.yaml:79:7
%7417 = all_reduce_sum %6387 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = mul %7417, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7419 = reduce_sum %7418 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7420 = sqrt %7419 : f32[] @ models/lib/nn.yaml:80:7
%7421 = cast %7420 : f64[] @ models/lib/nn.yaml:80:7
%7422 = add %7421, %6628 : f64[] @ models/lib/nn.yaml:80:7
%7423 = div %6630, %7422 : f64[] @ models/lib/nn.yaml:80:7
%7424 = lt %7423, %6632 : bool[] @ models/lib/nn.yaml:80:7
%7425 = cast %7423 : f32[] @ models/lib/nn.yaml:80:7
%7426 = broadcast %7425 : f32[16] @ models/lib/nn.yaml:80:7
%7427 = mul %7417, %7426 : f32[16] @ models/lib/nn.yaml:80:7
%7428 = broadcast %7424 : bool[16] @ models/lib/nn.yaml:80:7
%7429 = select %7428, %7427, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7430 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7431 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7432 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7433 = add %7432, %6642 : i64[] @ models/lib/nn.yaml:80:7
%7434 = mul %7429, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%7435 = mul %7430, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%7436 = add %7435, %7434 : f32[16] @ models/lib/nn.yaml:80:7
%7437 = mul %7429, %7429 : f32[16] @ models/lib/nn.yaml:80:7
%7438 = mul %7437, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%7439 = mul %7431, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%7440 = add %7439, %7438 : f32[16] @ models/lib/nn.yaml:80:7
%7441 = cast %7433 : f64[] @ models/lib/nn.yaml:80:7
%7442 = pow %6651, %7441 : f64[] @ models/lib/nn.yaml:80:7
%7443 = sub %6632, %7442 : f64[] @ models/lib/nn.yaml:80:7
%7444 = div %4161, %7443 : f64[] @ models/lib/nn.yaml:80:7
%7445 = pow %6659, %7441 : f64[] @ models/lib/nn.yaml:80:7
%7446 = sub %6632, %7445 : f64[] @ models/lib/nn.yaml:80:7
%7447 = sqrt %7446 : f64[] @ models/lib/nn.yaml:80:7
%7448 = div %6632, %7447 : f64[] @ models/lib/nn.yaml:80:7
%7449 = sqrt %7440 : f32[16] @ models/lib/nn.yaml:80:7
%7450 = cast %7448 : f32[] @ models/lib/nn.yaml:80:7
%7451 = broadcast %7450 : f32[16] @ models/lib/nn.yaml:80:7
%7452 = mul %7449, %7451 : f32[16] @ models/lib/nn.yaml:80:7
%7453 = add %7452, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%7454 = div %7436, %7453 : f32[16] @ models/lib/nn.yaml:80:7
%7455 = cast %7444 : f32[] @ models/lib/nn.yaml:80:7
%7456 = broadcast %7455 : f32[16] @ models/lib/nn.yaml:80:7
%7457 = mul %7454, %7456 : f32[16] @ models/lib/nn.yaml:80:7
%7458 = sub %21, %7457 : f32[16] @ models/lib/nn.yaml:80:7
%7459 = assign %21, %7458 : f32[16] @ models/lib/nn.yaml:80:7
%7460 = assign %7430, %7436 : f32[16] @ models/lib/nn.yaml:80:7
%7461 = assign %7431, %7440 : f32[16] @ models/lib/nn.yaml:80:7
%7462 = assign %7432, %7433 : i64[] @ models/lib/nn.yaml:80:7
%7463 = mul %99, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%7464 = mul %7458, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%7465 = add %7463, %7464 : f32[16] @ models/lib/nn.yaml:80:7
%7466 = assign %99, %7465 : f32[16] @ models/lib/nn.yaml:80:7
%7467 = all_reduce_sum %6360 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = mul %7467, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = reduce_sum %7468 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7470 = sqrt %7469 : f32[] @ models/lib/nn.yaml:89:7
%7471 = cast %7470 : f64[] @ models/lib/nn.yaml:89:7
%7472 = add %7471, %6628 : f64[] @ models/lib/nn.yaml:89:7
%7473 = div %6630, %7472 : f64[] @ models/lib/nn.yaml:89:7
%7474 = lt %7473, %6632 : bool[] @ models/lib/nn.yaml:89:7
%7475 = cast %7473 : f32[] @ models/lib/nn.yaml:89:7
%7476 = broadcast %7475 : f32[16] @ models/lib/nn.yaml:89:7
%7477 = mul %7467, %7476 : f32[16] @ models/lib/nn.yaml:89:7
%7478 = broadcast %7474 : bool[16] @ models/lib/nn.yaml:89:7
%7479 = select %7478, %7477, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7480 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7481 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7482 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7483 = add %7482, %6642 : i64[] @ models/lib/nn.yaml:89:7
%7484 = mul %7479, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%7485 = mul %7480, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%7486 = add %7485, %7484 : f32[16] @ models/lib/nn.yaml:89:7
%7487 = mul %7479, %7479 : f32[16] @ models/lib/nn.yaml:89:7
%7488 = mul %7487, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%7489 = mul %7481, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%7490 = add %7489, %7488 : f32[16] @ models/lib/nn.yaml:89:7
%7491 = cast %7483 : f64[] @ models/lib/nn.yaml:89:7
%7492 = pow %6651, %7491 : f64[] @ models/lib/nn.yaml:89:7
%7493 = sub %6632, %7492 : f64[] @ models/lib/nn.yaml:89:7
%7494 = div %4161, %7493 : f64[] @ models/lib/nn.yaml:89:7
%7495 = pow %6659, %7491 : f64[] @ models/lib/nn.yaml:89:7
%7496 = sub %6632, %7495 : f64[] @ models/lib/nn.yaml:89:7
%7497 = sqrt %7496 : f64[] @ models/lib/nn.yaml:89:7
%7498 = div %6632, %7497 : f64[] @ models/lib/nn.yaml:89:7
%7499 = sqrt %7490 : f32[16] @ models/lib/nn.yaml:89:7
%7500 = cast %7498 : f32[] @ models/lib/nn.yaml:89:7
%7501 = broadcast %7500 : f32[16] @ models/lib/nn.yaml:89:7
%7502 = mul %7499, %7501 : f32[16] @ models/lib/nn.yaml:89:7
%7503 = add %7502, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%7504 = div %7486, %7503 : f32[16] @ models/lib/nn.yaml:89:7
%7505 = cast %7494 : f32[] @ models/lib/nn.yaml:89:7
%7506 = broadcast %7505 : f32[16] @ models/lib/nn.yaml:89:7
%7507 = mul %7504, %7506 : f32[16] @ models/lib/nn.yaml:89:7
%7508 = sub %22, %7507 : f32[16] @ models/lib/nn.yaml:89:7
%7509 = assign %22, %7508 : f32[16] @ models/lib/nn.yaml:89:7
%7510 = assign %7480, %7486 : f32[16] @ models/lib/nn.yaml:89:7
%7511 = assign %7481, %7490 : f32[16] @ models/lib/nn.yaml:89:7
%7512 = assign %7482, %7483 : i64[] @ models/lib/nn.yaml:89:7
%7513 = mul %100, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%7514 = mul %7508, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%7515 = add %7513, %7514 : f32[16] @ models/lib/nn.yaml:89:7
%7516 = assign %100, %7515 : f32[16] @ models/lib/nn.yaml:89:7
%7517 = all_reduce_sum %6354 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = mul %7517, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = reduce_sum %7518 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7520 = sqrt %7519 : f32[] @ models/lib/nn.yaml:90:7
%7521 = cast %7520 : f64[] @ models/lib/nn.yaml:90:7
%7522 = add %7521, %6628 : f64[] @ models/lib/nn.yaml:90:7
%7523 = div %6630, %7522 : f64[] @ models/lib/nn.yaml:90:7
%7524 = lt %7523, %6632 : bool[] @ models/lib/nn.yaml:90:7
%7525 = cast %7523 : f32[] @ models/lib/nn.yaml:90:7
%7526 = broadcast %7525 : f32[16] @ models/lib/nn.yaml:90:7
%7527 = mul %7517, %7526 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = broadcast %7524 : bool[16] @ models/lib/nn.yaml:90:7
%7529 = select %7528, %7527, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7530 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7531 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7532 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7533 = add %7532, %6642 : i64[] @ models/lib/nn.yaml:90:7
%7534 = mul %7529, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%7535 = mul %7530, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%7536 = add %7535, %7534 : f32[16] @ models/lib/nn.yaml:90:7
%7537 = mul %7529, %7529 : f32[16] @ models/lib/nn.yaml:90:7
%7538 = mul %7537, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%7539 = mul %7531, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%7540 = add %7539, %7538 : f32[16] @ models/lib/nn.yaml:90:7
%7541 = cast %7533 : f64[] @ models/lib/nn.yaml:90:7
%7542 = pow %6651, %7541 : f64[] @ models/lib/nn.yaml:90:7
%7543 = sub %6632, %7542 : f64[] @ models/lib/nn.yaml:90:7
%7544 = div %4161, %7543 : f64[] @ models/lib/nn.yaml:90:7
%7545 = pow %6659, %7541 : f64[] @ models/lib/nn.yaml:90:7
%7546 = sub %6632, %7545 : f64[] @ models/lib/nn.yaml:90:7
%7547 = sqrt %7546 : f64[] @ models/lib/nn.yaml:90:7
%7548 = div %6632, %7547 : f64[] @ models/lib/nn.yaml:90:7
%7549 = sqrt %7540 : f32[16] @ models/lib/nn.yaml:90:7
%7550 = cast %7548 : f32[] @ models/lib/nn.yaml:90:7
%7551 = broadcast %7550 : f32[16] @ models/lib/nn.yaml:90:7
%7552 = mul %7549, %7551 : f32[16] @ models/lib/nn.yaml:90:7
%7553 = add %7552, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%7554 = div %7536, %7553 : f32[16] @ models/lib/nn.yaml:90:7
%7555 = cast %7544 : f32[] @ models/lib/nn.yaml:90:7
%7556 = broadcast %7555 : f32[16] @ models/lib/nn.yaml:90:7
%7557 = mul %7554, %7556 : f32[16] @ models/lib/nn.yaml:90:7
%7558 = sub %23, %7557 : f32[16] @ models/lib/nn.yaml:90:7
%7559 = assign %23, %7558 : f32[16] @ models/lib/nn.yaml:90:7
%7560 = assign %7530, %7536 : f32[16] @ models/lib/nn.yaml:90:7
%7561 = assign %7531, %7540 : f32[16] @ models/lib/nn.yaml:90:7
%7562 = assign %7532, %7533 : i64[] @ models/lib/nn.yaml:90:7
%7563 = mul %101, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%7564 = mul %7558, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%7565 = add %7563, %7564 : f32[16] @ models/lib/nn.yaml:90:7
%7566 = assign %101, %7565 : f32[16] @ models/lib/nn.yaml:90:7
%7567 = all_reduce_sum %6350 : f32[48,16] @ models/lib/nn.yaml:79:7
%7568 = reshape %7567 : f32[768] @ models/lib/nn.yaml:79:7
%7569 = mul %7568, %7568 : f32[768] @ models/lib/nn.yaml:79:7
%7570 = reduce_sum %7569 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7571 = sqrt %7570 : f32[] @ models/lib/nn.yaml:79:7
%7572 = cast %7571 : f64[] @ models/lib/nn.yaml:79:7
%7573 = add %7572, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7574 = div %6630, %7573 : f64[] @ models/lib/nn.yaml:79:7
%7575 = lt %7574, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7576 = cast %7574 : f32[] @ models/lib/nn.yaml:79:7
%7577 = broadcast %7576 : f32[48,16] @ models/lib/nn.yaml:79:7
%7578 = mul %7567, %7577 : f32[48,16] @ models/lib/nn.yaml:79:7
%7579 = broadcast %7575 : bool[48,16] @ models/lib/nn.yaml:79:7
%7580 = select %7579, %7578, %7567 : f32[48,16] @ models/lib/nn.yaml:79:7
%7581 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7582 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7583 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7584 = add %7583, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7585 = mul %24, %6931 : f32[48,16] @ models/lib/nn.yaml:79:7
%7586 = mul %7580, %6933 : f32[48,16] @ models/lib/nn.yaml:79:7
%7587 = mul %7581, %6935 : f32[48,16] @ models/lib/nn.yaml:79:7
%7588 = add %7587, %7586 : f32[48,16] @ models/lib/nn.yaml:79:7
%7589 = mul %7580, %7580 : f32[48,16] @ models/lib/nn.yaml:79:7
%7590 = mul %7589, %6939 : f32[48,16] @ models/lib/nn.yaml:79:7
%7591 = mul %7582, %6941 : f32[48,16] @ models/lib/nn.yaml:79:7
%7592 = add %7591, %7590 : f32[48,16] @ models/lib/nn.yaml:79:7
%7593 = cast %7584 : f64[] @ models/lib/nn.yaml:79:7
%7594 = pow %6651, %7593 : f64[] @ models/lib/nn.yaml:79:7
%7595 = sub %6632, %7594 : f64[] @ models/lib/nn.yaml:79:7
%7596 = div %4161, %7595 : f64[] @ models/lib/nn.yaml:79:7
%7597 = pow %6659, %7593 : f64[] @ models/lib/nn.yaml:79:7
%7598 = sub %6632, %7597 : f64[] @ models/lib/nn.yaml:79:7
%7599 = sqrt %7598 : f64[] @ models/lib/nn.yaml:79:7
%7600 = div %6632, %7599 : f64[] @ models/lib/nn.yaml:79:7
%7601 = sqrt %7592 : f32[48,16] @ models/lib/nn.yaml:79:7
%7602 = cast %7600 : f32[] @ models/lib/nn.yaml:79:7
%7603 = broadcast %7602 : f32[48,16] @ models/lib/nn.yaml:79:7
%7604 = mul %7601, %7603 : f32[48,16] @ models/lib/nn.yaml:79:7
%7605 = add %7604, %6956 : f32[48,16] @ models/lib/nn.yaml:79:7
%7606 = div %7588, %7605 : f32[48,16] @ models/lib/nn.yaml:79:7
%7607 = cast %7596 : f32[] @ models/lib/nn.yaml:79:7
%7608 = broadcast %7607 : f32[48,16] @ models/lib/nn.yaml:79:7
%7609 = mul %7606, %7608 : f32[48,16] @ models/lib/nn.yaml:79:7
%7610 = sub %7585, %7609 : f32[48,16] @ models/lib/nn.yaml:79:7
%7611 = assign %24, %7610 : f32[48,16] @ models/lib/nn.yaml:79:7
%7612 = assign %7581, %7588 : f32[48,16] @ models/lib/nn.yaml:79:7
%7613 = assign %7582, %7592 : f32[48,16] @ models/lib/nn.yaml:79:7
%7614 = assign %7583, %7584 : i64[] @ models/lib/nn.yaml:79:7
%7615 = mul %102, %6967 : f32[48,16] @ models/lib/nn.yaml:79:7
%7616 = mul %7610, %6969 : f32[48,16] @ models/lib/nn.yaml:79:7
%7617 = add %7615, %7616 : f32[48,16] @ models/lib/nn.yaml:79:7
%7618 = assign %102, %7617 : f32[48,16] @ models/lib/nn.yaml:79:7
%7619 = all_reduce_sum %6344 : f32[48] @ models/lib/nn.yaml:80:7
%7620 = mul %7619, %7619 : f32[48] @ models/lib/nn.yaml:80:7
%7621 = reduce_sum %7620 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7622 = sqrt %7621 : f32[] @ models/lib/nn.yaml:80:7
%7623 = cast %7622 : f64[] @ models/lib/nn.yaml:80:7
%7624 = add %7623, %6628 : f64[] @ models/lib/nn.yaml:80:7
%7625 = div %6630, %7624 : f64[] @ models/lib/nn.yaml:80:7
%7626 = lt %7625, %6632 : bool[] @ models/lib/nn.yaml:80:7
%7627 = cast %7625 : f32[] @ models/lib/nn.yaml:80:7
%7628 = broadcast %7627 : f32[48] @ models/lib/nn.yaml:80:7
%7629 = mul %7619, %7628 : f32[48] @ models/lib/nn.yaml:80:7
%7630 = broadcast %7626 : bool[48] @ models/lib/nn.yaml:80:7
%7631 = select %7630, %7629, %7619 : f32[48] @ models/lib/nn.yaml:80:7
%7632 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7633 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7634 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7635 = add %7634, %6642 : i64[] @ models/lib/nn.yaml:80:7
%7636 = mul %7631, %6990 : f32[48] @ models/lib/nn.yaml:80:7
%7637 = mul %7632, %6992 : f32[48] @ models/lib/nn.yaml:80:7
%7638 = add %7637, %7636 : f32[48] @ models/lib/nn.yaml:80:7
%7639 = mul %7631, %7631 : f32[48] @ models/lib/nn.yaml:80:7
%7640 = mul %7639, %6996 : f32[48] @ models/lib/nn.yaml:80:7
%7641 = mul %7633, %6998 : f32[48] @ models/lib/nn.yaml:80:7
%7642 = add %7641, %7640 : f32[48] @ models/lib/nn.yaml:80:7
%7643 = cast %7635 : f64[] @ models/lib/nn.yaml:80:7
%7644 = pow %6651, %7643 : f64[] @ models/lib/nn.yaml:80:7
%7645 = sub %6632, %7644 : f64[] @ models/lib/nn.yaml:80:7
%7646 = div %4161, %7645 : f64[] @ models/lib/nn.yaml:80:7
%7647 = pow %6659, %7643 : f64[] @ models/lib/nn.yaml:80:7
%7648 = sub %6632, %7647 : f64[] @ models/lib/nn.yaml:80:7
%7649 = sqrt %7648 : f64[] @ models/lib/nn.yaml:80:7
%7650 = div %6632, %7649 : f64[] @ models/lib/nn.yaml:80:7
%7651 = sqrt %7642 : f32[48] @ models/lib/nn.yaml:80:7
%7652 = cast %7650 : f32[] @ models/lib/nn.yaml:80:7
%7653 = broadcast %7652 : f32[48] @ models/lib/nn.yaml:80:7
%7654 = mul %7651, %7653 : f32[48] @ models/lib/nn.yaml:80:7
%7655 = add %7654, %7013 : f32[48] @ models/lib/nn.yaml:80:7
%7656 = div %7638, %7655 : f32[48] @ models/lib/nn.yaml:80:7
%7657 = cast %7646 : f32[] @ models/lib/nn.yaml:80:7
%7658 = broadcast %7657 : f32[48] @ models/lib/nn.yaml:80:7
%7659 = mul %7656, %7658 : f32[48] @ models/lib/nn.yaml:80:7
%7660 = sub %25, %7659 : f32[48] @ models/lib/nn.yaml:80:7
%7661 = assign %25, %7660 : f32[48] @ models/lib/nn.yaml:80:7
%7662 = assign %7632, %7638 : f32[48] @ models/lib/nn.yaml:80:7
%7663 = assign %7633, %7642 : f32[48] @ models/lib/nn.yaml:80:7
%7664 = assign %7634, %7635 : i64[] @ models/lib/nn.yaml:80:7
%7665 = mul %103, %7024 : f32[48] @ models/lib/nn.yaml:80:7
%7666 = mul %7660, %7026 : f32[48] @ models/lib/nn.yaml:80:7
%7667 = add %7665, %7666 : f32[48] @ models/lib/nn.yaml:80:7
%7668 = assign %103, %7667 : f32[48] @ models/lib/nn.yaml:80:7
%7669 = all_reduce_sum %6247 : f32[16,16] @ models/lib/nn.yaml:79:7
%7670 = reshape %7669 : f32[256] @ models/lib/nn.yaml:79:7
%7671 = mul %7670, %7670 : f32[256] @ models/lib/nn.yaml:79:7
%7672 = reduce_sum %7671 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7673 = sqrt %7672 : f32[] @ models/lib/nn.yaml:79:7
%7674 = cast %7673 : f64[] @ models/lib/nn.yaml:79:7
%7675 = add %7674, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7676 = div %6630, %7675 : f64[] @ models/lib/nn.yaml:79:7
%7677 = lt %7676, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7678 = cast %7676 : f32[] @ models/lib/nn.yaml:79:7
%7679 = broadcast %7678 : f32[16,16] @ models/lib/nn.yaml:79:7
%7680 = mul %7669, %7679 : f32[16,16] @ models/lib/nn.yaml:79:7
%7681 = broadcast %7677 : bool[16,16] @ models/lib/nn.yaml:79:7
%7682 = select %7681, %7680, %7669 : f32[16,16] @ models/lib/nn.yaml:79:7
%7683 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7684 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7685 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7686 = add %7685, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7687 = mul %26, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%7688 = mul %7682, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%7689 = mul %7683, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%7690 = add %7689, %7688 : f32[16,16] @ models/lib/nn.yaml:79:7
%7691 = mul %7682, %7682 : f32[16,16] @ models/lib/nn.yaml:79:7
%7692 = mul %7691, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%7693 = mul %7684, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%7694 = add %7693, %7692 : f32[16,16] @ models/lib/nn.yaml:79:7
%7695 = cast %7686 : f64[] @ models/lib/nn.yaml:79:7
%7696 = pow %6651, %7695 : f64[] @ models/lib/nn.yaml:79:7
%7697 = sub %6632, %7696 : f64[] @ models/lib/nn.yaml:79:7
%7698 = div %4161, %7697 : f64[] @ models/lib/nn.yaml:79:7
%7699 = pow %6659, %7695 : f64[] @ models/lib/nn.yaml:79:7
%7700 = sub %6632, %7699 : f64[] @ models/lib/nn.yaml:79:7
%7701 = sqrt %7700 : f64[] @ models/lib/nn.yaml:79:7
%7702 = div %6632, %7701 : f64[] @ models/lib/nn.yaml:79:7
%7703 = sqrt %7694 : f32[16,16] @ models/lib/nn.yaml:79:7
%7704 = cast %7702 : f32[] @ models/lib/nn.yaml:79:7
%7705 = broadcast %7704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7703, %7705 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = add %7706, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = div %7690, %7707 : f32[16,16] @ models/lib/nn.yaml:79:7
%7709 = cast %7698 : f32[] @ models/lib/nn.yaml:79:7
%7710 = broadcast %7709 : f32[16,16] @ models/lib/nn.yaml:79:7
%7711 = mul %7708, %7710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7712 = sub %7687, %7711 : f32[16,16] @ models/lib/nn.yaml:79:7
%7713 = assign %26, %7712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7714 = assign %7683, %7690 : f32[16,16] @ models/lib/nn.yaml:79:7
%7715 = assign %7684, %7694 : f32[16,16] @ models/lib/nn.yaml:79:7
%7716 = assign %7685, %7686 : i64[] @ models/lib/nn.yaml:79:7
%7717 = mul %104, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%7718 = mul %7712, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%7719 = add %7717, %7718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7720 = assign %104, %7719 : f32[16,16] @ models/lib/nn.yaml:79:7
%7721 = all_reduce_sum %6241 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = mul %7721, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = reduce_sum %7722 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7724 = sqrt %7723 : f32[] @ models/lib/nn.yaml:80:7
%7725 = cast %7724 : f64[] @ models/lib/nn.yaml:80:7
%7726 = add %7725, %6628 : f64[] @ models/lib/nn.yaml:80:7
%7727 = div %6630, %7726 : f64[] @ models/lib/nn.yaml:80:7
%7728 = lt %7727, %6632 : bool[] @ models/lib/nn.yaml:80:7
%7729 = cast %7727 : f32[] @ models/lib/nn.yaml:80:7
%7730 = broadcast %7729 : f32[16] @ models/lib/nn.yaml:80:7
%7731 = mul %7721, %7730 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = broadcast %7728 : bool[16] @ models/lib/nn.yaml:80:7
%7733 = select %7732, %7731, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7734 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7735 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7736 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7737 = add %7736, %6642 : i64[] @ models/lib/nn.yaml:80:7
%7738 = mul %7733, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%7739 = mul %7734, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%7740 = add %7739, %7738 : f32[16] @ models/lib/nn.yaml:80:7
%7741 = mul %7733, %7733 : f32[16] @ models/lib/nn.yaml:80:7
%7742 = mul %7741, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%7743 = mul %7735, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%7744 = add %7743, %7742 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = cast %7737 : f64[] @ models/lib/nn.yaml:80:7
%7746 = pow %6651, %7745 : f64[] @ models/lib/nn.yaml:80:7
%7747 = sub %6632, %7746 : f64[] @ models/lib/nn.yaml:80:7
%7748 = div %4161, %7747 : f64[] @ models/lib/nn.yaml:80:7
%7749 = pow %6659, %7745 : f64[] @ models/lib/nn.yaml:80:7
%7750 = sub %6632, %7749 : f64[] @ models/lib/nn.yaml:80:7
%7751 = sqrt %7750 : f64[] @ models/lib/nn.yaml:80:7
%7752 = div %6632, %7751 : f64[] @ models/lib/nn.yaml:80:7
%7753 = sqrt %7744 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = cast %7752 : f32[] @ models/lib/nn.yaml:80:7
%7755 = broadcast %7754 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = mul %7753, %7755 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = add %7756, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = div %7740, %7757 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = cast %7748 : f32[] @ models/lib/nn.yaml:80:7
%7760 = broadcast %7759 : f32[16] @ models/lib/nn.yaml:80:7
%7761 = mul %7758, %7760 : f32[16] @ models/lib/nn.yaml:80:7
%7762 = sub %27, %7761 : f32[16] @ models/lib/nn.yaml:80:7
%7763 = assign %27, %7762 : f32[16] @ models/lib/nn.yaml:80:7
%7764 = assign %7734, %7740 : f32[16] @ models/lib/nn.yaml:80:7
%7765 = assign %7735, %7744 : f32[16] @ models/lib/nn.yaml:80:7
%7766 = assign %7736, %7737 : i64[] @ models/lib/nn.yaml:80:7
%7767 = mul %105, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%7768 = mul %7762, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%7769 = add %7767, %7768 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = assign %105, %7769 : f32[16] @ models/lib/nn.yaml:80:7
%7771 = all_reduce_sum %6211 : f32[16] @ models/lib/nn.yaml:89:7
%7772 = mul %7771, %7771 : f32[16] @ models/lib/nn.yaml:89:7
%7773 = reduce_sum %7772 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7774 = sqrt %7773 : f32[] @ models/lib/nn.yaml:89:7
%7775 = cast %7774 : f64[] @ models/lib/nn.yaml:89:7
%7776 = add %7775, %6628 : f64[] @ models/lib/nn.yaml:89:7
%7777 = div %6630, %7776 : f64[] @ models/lib/nn.yaml:89:7
%7778 = lt %7777, %6632 : bool[] @ models/lib/nn.yaml:89:7
%7779 = cast %7777 : f32[] @ models/lib/nn.yaml:89:7
%7780 = broadcast %7779 : f32[16] @ models/lib/nn.yaml:89:7
%7781 = mul %7771, %7780 : f32[16] @ models/lib/nn.yaml:89:7
%7782 = broadcast %7778 : bool[16] @ models/lib/nn.yaml:89:7
%7783 = select %7782, %7781, %7771 : f32[16] @ models/lib/nn.yaml:89:7
%7784 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7785 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7786 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7787 = add %7786, %6642 : i64[] @ models/lib/nn.yaml:89:7
%7788 = mul %7783, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%7789 = mul %7784, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%7790 = add %7789, %7788 : f32[16] @ models/lib/nn.yaml:89:7
%7791 = mul %7783, %7783 : f32[16] @ models/lib/nn.yaml:89:7
%7792 = mul %7791, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%7793 = mul %7785, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%7794 = add %7793, %7792 : f32[16] @ models/lib/nn.yaml:89:7
%7795 = cast %7787 : f64[] @ models/lib/nn.yaml:89:7
%7796 = pow %6651, %7795 : f64[] @ models/lib/nn.yaml:89:7
%7797 = sub %6632, %7796 : f64[] @ models/lib/nn.yaml:89:7
%7798 = div %4161, %7797 : f64[] @ models/lib/nn.yaml:89:7
%7799 = pow %6659, %7795 : f64[] @ models/lib/nn.yaml:89:7
%7800 = sub %6632, %7799 : f64[] @ models/lib/nn.yaml:89:7
%7801 = sqrt %7800 : f64[] @ models/lib/nn.yaml:89:7
%7802 = div %6632, %7801 : f64[] @ models/lib/nn.yaml:89:7
%7803 = sqrt %7794 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = cast %7802 : f32[] @ models/lib/nn.yaml:89:7
%7805 = broadcast %7804 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = mul %7803, %7805 : f32[16] @ models/lib/nn.yaml:89:7
%7807 = add %7806, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%7808 = div %7790, %7807 : f32[16] @ models/lib/nn.yaml:89:7
%7809 = cast %7798 : f32[] @ models/lib/nn.yaml:89:7
%7810 = broadcast %7809 : f32[16] @ models/lib/nn.yaml:89:7
%7811 = mul %7808, %7810 : f32[16] @ models/lib/nn.yaml:89:7
%7812 = sub %28, %7811 : f32[16] @ models/lib/nn.yaml:89:7
%7813 = assign %28, %7812 : f32[16] @ models/lib/nn.yaml:89:7
%7814 = assign %7784, %7790 : f32[16] @ models/lib/nn.yaml:89:7
%7815 = assign %7785, %7794 : f32[16] @ models/lib/nn.yaml:89:7
%7816 = assign %7786, %7787 : i64[] @ models/lib/nn.yaml:89:7
%7817 = mul %106, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%7818 = mul %7812, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%7819 = add %7817, %7818 : f32[16] @ models/lib/nn.yaml:89:7
%7820 = assign %106, %7819 : f32[16] @ models/lib/nn.yaml:89:7
%7821 = all_reduce_sum %6204 : f32[16] @ models/lib/nn.yaml:90:7
%7822 = mul %7821, %7821 : f32[16] @ models/lib/nn.yaml:90:7
%7823 = reduce_sum %7822 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7824 = sqrt %7823 : f32[] @ models/lib/nn.yaml:90:7
%7825 = cast %7824 : f64[] @ models/lib/nn.yaml:90:7
%7826 = add %7825, %6628 : f64[] @ models/lib/nn.yaml:90:7
%7827 = div %6630, %7826 : f64[] @ models/lib/nn.yaml:90:7
%7828 = lt %7827, %6632 : bool[] @ models/lib/nn.yaml:90:7
%7829 = cast %7827 : f32[] @ models/lib/nn.yaml:90:7
%7830 = broadcast %7829 : f32[16] @ models/lib/nn.yaml:90:7
%7831 = mul %7821, %7830 : f32[16] @ models/lib/nn.yaml:90:7
%7832 = broadcast %7828 : bool[16] @ models/lib/nn.yaml:90:7
%7833 = select %7832, %7831, %7821 : f32[16] @ models/lib/nn.yaml:90:7
%7834 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7835 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7836 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7837 = add %7836, %6642 : i64[] @ models/lib/nn.yaml:90:7
%7838 = mul %7833, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%7839 = mul %7834, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%7840 = add %7839, %7838 : f32[16] @ models/lib/nn.yaml:90:7
%7841 = mul %7833, %7833 : f32[16] @ models/lib/nn.yaml:90:7
%7842 = mul %7841, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%7843 = mul %7835, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%7844 = add %7843, %7842 : f32[16] @ models/lib/nn.yaml:90:7
%7845 = cast %7837 : f64[] @ models/lib/nn.yaml:90:7
%7846 = pow %6651, %7845 : f64[] @ models/lib/nn.yaml:90:7
%7847 = sub %6632, %7846 : f64[] @ models/lib/nn.yaml:90:7
%7848 = div %4161, %7847 : f64[] @ models/lib/nn.yaml:90:7
%7849 = pow %6659, %7845 : f64[] @ models/lib/nn.yaml:90:7
%7850 = sub %6632, %7849 : f64[] @ models/lib/nn.yaml:90:7
%7851 = sqrt %7850 : f64[] @ models/lib/nn.yaml:90:7
%7852 = div %6632, %7851 : f64[] @ models/lib/nn.yaml:90:7
%7853 = sqrt %7844 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = cast %7852 : f32[] @ models/lib/nn.yaml:90:7
%7855 = broadcast %7854 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = mul %7853, %7855 : f32[16] @ models/lib/nn.yaml:90:7
%7857 = add %7856, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = div %7840, %7857 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = cast %7848 : f32[] @ models/lib/nn.yaml:90:7
%7860 = broadcast %7859 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = mul %7858, %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7862 = sub %29, %7861 : f32[16] @ models/lib/nn.yaml:90:7
%7863 = assign %29, %7862 : f32[16] @ models/lib/nn.yaml:90:7
%7864 = assign %7834, %7840 : f32[16] @ models/lib/nn.yaml:90:7
%7865 = assign %7835, %7844 : f32[16] @ models/lib/nn.yaml:90:7
%7866 = assign %7836, %7837 : i64[] @ models/lib/nn.yaml:90:7
%7867 = mul %107, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%7868 = mul %7862, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%7869 = add %7867, %7868 : f32[16] @ models/lib/nn.yaml:90:7
%7870 = assign %107, %7869 : f32[16] @ models/lib/nn.yaml:90:7
%7871 = all_reduce_sum %6200 : f32[64,16] @ models/lib/nn.yaml:79:7
%7872 = reshape %7871 : f32[1024] @ models/lib/nn.yaml:79:7
%7873 = mul %7872, %7872 : f32[1024] @ models/lib/nn.yaml:79:7
%7874 = reduce_sum %7873 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7875 = sqrt %7874 : f32[] @ models/lib/nn.yaml:79:7
%7876 = cast %7875 : f64[] @ models/lib/nn.yaml:79:7
%7877 = add %7876, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7878 = div %6630, %7877 : f64[] @ models/lib/nn.yaml:79:7
%7879 = lt %7878, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7880 = cast %7878 : f32[] @ models/lib/nn.yaml:79:7
%7881 = broadcast %7880 : f32[64,16] @ models/lib/nn.yaml:79:7
%7882 = mul %7871, %7881 : f32[64,16] @ models/lib/nn.yaml:79:7
%7883 = broadcast %7879 : bool[64,16] @ models/lib/nn.yaml:79:7
%7884 = select %7883, %7882, %7871 : f32[64,16] @ models/lib/nn.yaml:79:7
%7885 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7886 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7887 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7888 = add %7887, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7889 = mul %30, %7258 : f32[64,16] @ models/lib/nn.yaml:79:7
%7890 = mul %7884, %7260 : f32[64,16] @ models/lib/nn.yaml:79:7
%7891 = mul %7885, %7262 : f32[64,16] @ models/lib/nn.yaml:79:7
%7892 = add %7891, %7890 : f32[64,16] @ models/lib/nn.yaml:79:7
%7893 = mul %7884, %7884 : f32[64,16] @ models/lib/nn.yaml:79:7
%7894 = mul %7893, %7266 : f32[64,16] @ models/lib/nn.yaml:79:7
%7895 = mul %7886, %7268 : f32[64,16] @ models/lib/nn.yaml:79:7
%7896 = add %7895, %7894 : f32[64,16] @ models/lib/nn.yaml:79:7
%7897 = cast %7888 : f64[] @ models/lib/nn.yaml:79:7
%7898 = pow %6651, %7897 : f64[] @ models/lib/nn.yaml:79:7
%7899 = sub %6632, %7898 : f64[] @ models/lib/nn.yaml:79:7
%7900 = div %4161, %7899 : f64[] @ models/lib/nn.yaml:79:7
%7901 = pow %6659, %7897 : f64[] @ models/lib/nn.yaml:79:7
%7902 = sub %6632, %7901 : f64[] @ models/lib/nn.yaml:79:7
%7903 = sqrt %7902 : f64[] @ models/lib/nn.yaml:79:7
%7904 = div %6632, %7903 : f64[] @ models/lib/nn.yaml:79:7
%7905 = sqrt %7896 : f32[64,16] @ models/lib/nn.yaml:79:7
%7906 = cast %7904 : f32[] @ models/lib/nn.yaml:79:7
%7907 = broadcast %7906 : f32[64,16] @ models/lib/nn.yaml:79:7
%7908 = mul %7905, %7907 : f32[64,16] @ models/lib/nn.yaml:79:7
%7909 = add %7908, %7283 : f32[64,16] @ models/lib/nn.yaml:79:7
%7910 = div %7892, %7909 : f32[64,16] @ models/lib/nn.yaml:79:7
%7911 = cast %7900 : f32[] @ models/lib/nn.yaml:79:7
%7912 = broadcast %7911 : f32[64,16] @ models/lib/nn.yaml:79:7
%7913 = mul %7910, %7912 : f32[64,16] @ models/lib/nn.yaml:79:7
%7914 = sub %7889, %7913 : f32[64,16] @ models/lib/nn.yaml:79:7
%7915 = assign %30, %7914 : f32[64,16] @ models/lib/nn.yaml:79:7
%7916 = assign %7885, %7892 : f32[64,16] @ models/lib/nn.yaml:79:7
%7917 = assign %7886, %7896 : f32[64,16] @ models/lib/nn.yaml:79:7
%7918 = assign %7887, %7888 : i64[] @ models/lib/nn.yaml:79:7
%7919 = mul %108, %7294 : f32[64,16] @ models/lib/nn.yaml:79:7
%7920 = mul %7914, %7296 : f32[64,16] @ models/lib/nn.yaml:79:7
%7921 = add %7919, %7920 : f32[64,16] @ models/lib/nn.yaml:79:7
%7922 = assign %108, %7921 : f32[64,16] @ models/lib/nn.yaml:79:7
%7923 = all_reduce_sum %6194 : f32[64] @ models/lib/nn.yaml:80:7
%7924 = mul %7923, %7923 : f32[64] @ models/lib/nn.yaml:80:7
%7925 = reduce_sum %7924 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7926 = sqrt %7925 : f32[] @ models/lib/nn.yaml:80:7
%7927 = cast %7926 : f64[] @ models/lib/nn.yaml:80:7
%7928 = add %7927, %6628 : f64[] @ models/lib/nn.yaml:80:7
%7929 = div %6630, %7928 : f64[] @ models/lib/nn.yaml:80:7
%7930 = lt %7929, %6632 : bool[] @ models/lib/nn.yaml:80:7
%7931 = cast %7929 : f32[] @ models/lib/nn.yaml:80:7
%7932 = broadcast %7931 : f32[64] @ models/lib/nn.yaml:80:7
%7933 = mul %7923, %7932 : f32[64] @ models/lib/nn.yaml:80:7
%7934 = broadcast %7930 : bool[64] @ models/lib/nn.yaml:80:7
%7935 = select %7934, %7933, %7923 : f32[64] @ models/lib/nn.yaml:80:7
%7936 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7937 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7938 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7939 = add %7938, %6642 : i64[] @ models/lib/nn.yaml:80:7
%7940 = mul %7935, %7317 : f32[64] @ models/lib/nn.yaml:80:7
%7941 = mul %7936, %7319 : f32[64] @ models/lib/nn.yaml:80:7
%7942 = add %7941, %7940 : f32[64] @ models/lib/nn.yaml:80:7
%7943 = mul %7935, %7935 : f32[64] @ models/lib/nn.yaml:80:7
%7944 = mul %7943, %7323 : f32[64] @ models/lib/nn.yaml:80:7
%7945 = mul %7937, %7325 : f32[64] @ models/lib/nn.yaml:80:7
%7946 = add %7945, %7944 : f32[64] @ models/lib/nn.yaml:80:7
%7947 = cast %7939 : f64[] @ models/lib/nn.yaml:80:7
%7948 = pow %6651, %7947 : f64[] @ models/lib/nn.yaml:80:7
%7949 = sub %6632, %7948 : f64[] @ models/lib/nn.yaml:80:7
%7950 = div %4161, %7949 : f64[] @ models/lib/nn.yaml:80:7
%7951 = pow %6659, %7947 : f64[] @ models/lib/nn.yaml:80:7
%7952 = sub %6632, %7951 : f64[] @ models/lib/nn.yaml:80:7
%7953 = sqrt %7952 : f64[] @ models/lib/nn.yaml:80:7
%7954 = div %6632, %7953 : f64[] @ models/lib/nn.yaml:80:7
%7955 = sqrt %7946 : f32[64] @ models/lib/nn.yaml:80:7
%7956 = cast %7954 : f32[] @ models/lib/nn.yaml:80:7
%7957 = broadcast %7956 : f32[64] @ models/lib/nn.yaml:80:7
%7958 = mul %7955, %7957 : f32[64] @ models/lib/nn.yaml:80:7
%7959 = add %7958, %7340 : f32[64] @ models/lib/nn.yaml:80:7
%7960 = div %7942, %7959 : f32[64] @ models/lib/nn.yaml:80:7
%7961 = cast %7950 : f32[] @ models/lib/nn.yaml:80:7
%7962 = broadcast %7961 : f32[64] @ models/lib/nn.yaml:80:7
%7963 = mul %7960, %7962 : f32[64] @ models/lib/nn.yaml:80:7
%7964 = sub %31, %7963 : f32[64] @ models/lib/nn.yaml:80:7
%7965 = assign %31, %7964 : f32[64] @ models/lib/nn.yaml:80:7
%7966 = assign %7936, %7942 : f32[64] @ models/lib/nn.yaml:80:7
%7967 = assign %7937, %7946 : f32[64] @ models/lib/nn.yaml:80:7
%7968 = assign %7938, %7939 : i64[] @ models/lib/nn.yaml:80:7
%7969 = mul %109, %7351 : f32[64] @ models/lib/nn.yaml:80:7
%7970 = mul %7964, %7353 : f32[64] @ models/lib/nn.yaml:80:7
%7971 = add %7969, %7970 : f32[64] @ models/lib/nn.yaml:80:7
%7972 = assign %109, %7971 : f32[64] @ models/lib/nn.yaml:80:7
%7973 = all_reduce_sum %6165 : f32[16,64] @ models/lib/nn.yaml:79:7
%7974 = reshape %7973 : f32[1024] @ models/lib/nn.yaml:79:7
%7975 = mul %7974, %7974 : f32[1024] @ models/lib/nn.yaml:79:7
%7976 = reduce_sum %7975 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7977 = sqrt %7976 : f32[] @ models/lib/nn.yaml:79:7
%7978 = cast %7977 : f64[] @ models/lib/nn.yaml:79:7
%7979 = add %7978, %6628 : f64[] @ models/lib/nn.yaml:79:7
%7980 = div %6630, %7979 : f64[] @ models/lib/nn.yaml:79:7
%7981 = lt %7980, %6632 : bool[] @ models/lib/nn.yaml:79:7
%7982 = cast %7980 : f32[] @ models/lib/nn.yaml:79:7
%7983 = broadcast %7982 : f32[16,64] @ models/lib/nn.yaml:79:7
%7984 = mul %7973, %7983 : f32[16,64] @ models/lib/nn.yaml:79:7
%7985 = broadcast %7981 : bool[16,64] @ models/lib/nn.yaml:79:7
%7986 = select %7985, %7984, %7973 : f32[16,64] @ models/lib/nn.yaml:79:7
%7987 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7988 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7989 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7990 = add %7989, %6642 : i64[] @ models/lib/nn.yaml:79:7
%7991 = mul %32, %7375 : f32[16,64] @ models/lib/nn.yaml:79:7
%7992 = mul %7986, %7377 : f32[16,64] @ models/lib/nn.yaml:79:7
%7993 = mul %7987, %7379 : f32[16,64] @ models/lib/nn.yaml:79:7
%7994 = add %7993, %7992 : f32[16,64] @ models/lib/nn.yaml:79:7
%7995 = mul %7986, %7986 : f32[16,64] @ models/lib/nn.yaml:79:7
%7996 = mul %7995, %7383 : f32[16,64] @ models/lib/nn.yaml:79:7
%7997 = mul %7988, %7385 : f32[16,64] @ models/lib/nn.yaml:79:7
%7998 = add %7997, %7996 : f32[16,64] @ models/lib/nn.yaml:79:7
%7999 = cast %7990 : f64[] @ models/lib/nn.yaml:79:7
%8000 = pow %6651, %7999 : f64[] @ models/lib/nn.yaml:79:7
%8001 = sub %6632, %8000 : f64[] @ models/lib/nn.yaml:79:7
%8002 = div %4161, %8001 : f64[] @ models/lib/nn.yaml:79:7
%8003 = pow %6659, %7999 : f64[] @ models/lib/nn.yaml:79:7
%8004 = sub %6632, %8003 : f64[] @ models/lib/nn.yaml:79:7
%8005 = sqrt %8004 : f64[] @ models/lib/nn.yaml:79:7
%8006 = div %6632, %8005 : f64[] @ models/lib/nn.yaml:79:7
%8007 = sqrt %7998 : f32[16,64] @ models/lib/nn.yaml:79:7
%8008 = cast %8006 : f32[] @ models/lib/nn.yaml:79:7
%8009 = broadcast %8008 : f32[16,64] @ models/lib/nn.yaml:79:7
%8010 = mul %8007, %8009 : f32[16,64] @ models/lib/nn.yaml:79:7
%8011 = add %8010, %7400 : f32[16,64] @ models/lib/nn.yaml:79:7
%8012 = div %7994, %8011 : f32[16,64] @ models/lib/nn.yaml:79:7
%8013 = cast %8002 : f32[] @ models/lib/nn.yaml:79:7
%8014 = broadcast %8013 : f32[16,64] @ models/lib/nn.yaml:79:7
%8015 = mul %8012, %8014 : f32[16,64] @ models/lib/nn.yaml:79:7
%8016 = sub %7991, %8015 : f32[16,64] @ models/lib/nn.yaml:79:7
%8017 = assign %32, %8016 : f32[16,64] @ models/lib/nn.yaml:79:7
%8018 = assign %7987, %7994 : f32[16,64] @ models/lib/nn.yaml:79:7
%8019 = assign %7988, %7998 : f32[16,64] @ models/lib/nn.yaml:79:7
%8020 = assign %7989, %7990 : i64[] @ models/lib/nn.yaml:79:7
%8021 = mul %110, %7411 : f32[16,64] @ models/lib/nn.yaml:79:7
%8022 = mul %8016, %7413 : f32[16,64] @ models/lib/nn.yaml:79:7
%8023 = add %8021, %8022 : f32[16,64] @ models/lib/nn.yaml:79:7
%8024 = assign %110, %8023 : f32[16,64] @ models/lib/nn.yaml:79:7
%8025 = all_reduce_sum %6159 : f32[16] @ models/lib/nn.yaml:80:7
%8026 = mul %8025, %8025 : f32[16] @ models/lib/nn.yaml:80:7
%8027 = reduce_sum %8026 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8028 = sqrt %8027 : f32[] @ models/lib/nn.yaml:80:7
%8029 = cast %8028 : f64[] @ models/lib/nn.yaml:80:7
%8030 = add %8029, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8031 = div %6630, %8030 : f64[] @ models/lib/nn.yaml:80:7
%8032 = lt %8031, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8033 = cast %8031 : f32[] @ models/lib/nn.yaml:80:7
%8034 = broadcast %8033 : f32[16] @ models/lib/nn.yaml:80:7
%8035 = mul %8025, %8034 : f32[16] @ models/lib/nn.yaml:80:7
%8036 = broadcast %8032 : bool[16] @ models/lib/nn.yaml:80:7
%8037 = select %8036, %8035, %8025 : f32[16] @ models/lib/nn.yaml:80:7
%8038 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8039 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8040 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8041 = add %8040, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8042 = mul %8037, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%8043 = mul %8038, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%8044 = add %8043, %8042 : f32[16] @ models/lib/nn.yaml:80:7
%8045 = mul %8037, %8037 : f32[16] @ models/lib/nn.yaml:80:7
%8046 = mul %8045, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%8047 = mul %8039, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%8048 = add %8047, %8046 : f32[16] @ models/lib/nn.yaml:80:7
%8049 = cast %8041 : f64[] @ models/lib/nn.yaml:80:7
%8050 = pow %6651, %8049 : f64[] @ models/lib/nn.yaml:80:7
%8051 = sub %6632, %8050 : f64[] @ models/lib/nn.yaml:80:7
%8052 = div %4161, %8051 : f64[] @ models/lib/nn.yaml:80:7
%8053 = pow %6659, %8049 : f64[] @ models/lib/nn.yaml:80:7
%8054 = sub %6632, %8053 : f64[] @ models/lib/nn.yaml:80:7
%8055 = sqrt %8054 : f64[] @ models/lib/nn.yaml:80:7
%8056 = div %6632, %8055 : f64[] @ models/lib/nn.yaml:80:7
%8057 = sqrt %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8058 = cast %8056 : f32[] @ models/lib/nn.yaml:80:7
%8059 = broadcast %8058 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = mul %8057, %8059 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = add %8060, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = div %8044, %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = cast %8052 : f32[] @ models/lib/nn.yaml:80:7
%8064 = broadcast %8063 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = mul %8062, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = sub %33, %8065 : f32[16] @ models/lib/nn.yaml:80:7
%8067 = assign %33, %8066 : f32[16] @ models/lib/nn.yaml:80:7
%8068 = assign %8038, %8044 : f32[16] @ models/lib/nn.yaml:80:7
%8069 = assign %8039, %8048 : f32[16] @ models/lib/nn.yaml:80:7
%8070 = assign %8040, %8041 : i64[] @ models/lib/nn.yaml:80:7
%8071 = mul %111, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%8072 = mul %8066, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%8073 = add %8071, %8072 : f32[16] @ models/lib/nn.yaml:80:7
%8074 = assign %111, %8073 : f32[16] @ models/lib/nn.yaml:80:7
%8075 = all_reduce_sum %6152 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8076 = reshape %8075 : f32[16] @ models/lib/vit.yaml:103:7
%8077 = mul %8076, %8076 : f32[16] @ models/lib/vit.yaml:103:7
%8078 = reduce_sum %8077 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8079 = sqrt %8078 : f32[] @ models/lib/vit.yaml:103:7
%8080 = cast %8079 : f64[] @ models/lib/vit.yaml:103:7
%8081 = add %8080, %6628 : f64[] @ models/lib/vit.yaml:103:7
%8082 = div %6630, %8081 : f64[] @ models/lib/vit.yaml:103:7
%8083 = lt %8082, %6632 : bool[] @ models/lib/vit.yaml:103:7
%8084 = cast %8082 : f32[] @ models/lib/vit.yaml:103:7
%8085 = broadcast %8084 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8086 = mul %8075, %8085 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8087 = broadcast %8083 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8088 = select %8087, %8086, %8075 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8089 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8090 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8091 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8092 = add %8091, %6642 : i64[] @ models/lib/vit.yaml:103:7
%8093 = broadcast %6646 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8094 = mul %34, %8093 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8095 = broadcast %3838 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8096 = mul %8088, %8095 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8097 = broadcast %2630 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8098 = mul %8089, %8097 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8099 = add %8098, %8096 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8100 = mul %8088, %8088 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8101 = broadcast %6656 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8102 = mul %8100, %8101 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8103 = broadcast %6660 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8104 = mul %8090, %8103 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8105 = add %8104, %8102 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8106 = cast %8092 : f64[] @ models/lib/vit.yaml:103:7
%8107 = pow %6651, %8106 : f64[] @ models/lib/vit.yaml:103:7
%8108 = sub %6632, %8107 : f64[] @ models/lib/vit.yaml:103:7
%8109 = div %4161, %8108 : f64[] @ models/lib/vit.yaml:103:7
%8110 = pow %6659, %8106 : f64[] @ models/lib/vit.yaml:103:7
%8111 = sub %6632, %8110 : f64[] @ models/lib/vit.yaml:103:7
%8112 = sqrt %8111 : f64[] @ models/lib/vit.yaml:103:7
%8113 = div %6632, %8112 : f64[] @ models/lib/vit.yaml:103:7
%8114 = sqrt %8105 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8115 = cast %8113 : f32[] @ models/lib/vit.yaml:103:7
%8116 = broadcast %8115 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8117 = mul %8114, %8116 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8118 = broadcast %6676 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8119 = add %8117, %8118 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8120 = div %8099, %8119 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8121 = cast %8109 : f32[] @ models/lib/vit.yaml:103:7
%8122 = broadcast %8121 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8123 = mul %8120, %8122 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8124 = sub %8094, %8123 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8125 = assign %34, %8124 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8126 = assign %8089, %8099 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8127 = assign %8090, %8105 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8128 = assign %8091, %8092 : i64[] @ models/lib/vit.yaml:103:7
%8129 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8130 = mul %112, %8129 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8131 = broadcast %6691 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8132 = mul %8124, %8131 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8133 = add %8130, %8132 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8134 = assign %112, %8133 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8135 = all_reduce_sum %6127 : f32[16] @ models/lib/nn.yaml:89:7
%8136 = mul %8135, %8135 : f32[16] @ models/lib/nn.yaml:89:7
%8137 = reduce_sum %8136 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8138 = sqrt %8137 : f32[] @ models/lib/nn.yaml:89:7
%8139 = cast %8138 : f64[] @ models/lib/nn.yaml:89:7
%8140 = add %8139, %6628 : f64[] @ models/lib/nn.yaml:89:7
%8141 = div %6630, %8140 : f64[] @ models/lib/nn.yaml:89:7
%8142 = lt %8141, %6632 : bool[] @ models/lib/nn.yaml:89:7
%8143 = cast %8141 : f32[] @ models/lib/nn.yaml:89:7
%8144 = broadcast %8143 : f32[16] @ models/lib/nn.yaml:89:7
%8145 = mul %8135, %8144 : f32[16] @ models/lib/nn.yaml:89:7
%8146 = broadcast %8142 : bool[16] @ models/lib/nn.yaml:89:7
%8147 = select %8146, %8145, %8135 : f32[16] @ models/lib/nn.yaml:89:7
%8148 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8149 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8150 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8151 = add %8150, %6642 : i64[] @ models/lib/nn.yaml:89:7
%8152 = mul %8147, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%8153 = mul %8148, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%8154 = add %8153, %8152 : f32[16] @ models/lib/nn.yaml:89:7
%8155 = mul %8147, %8147 : f32[16] @ models/lib/nn.yaml:89:7
%8156 = mul %8155, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%8157 = mul %8149, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%8158 = add %8157, %8156 : f32[16] @ models/lib/nn.yaml:89:7
%8159 = cast %8151 : f64[] @ models/lib/nn.yaml:89:7
%8160 = pow %6651, %8159 : f64[] @ models/lib/nn.yaml:89:7
%8161 = sub %6632, %8160 : f64[] @ models/lib/nn.yaml:89:7
%8162 = div %4161, %8161 : f64[] @ models/lib/nn.yaml:89:7
%8163 = pow %6659, %8159 : f64[] @ models/lib/nn.yaml:89:7
%8164 = sub %6632, %8163 : f64[] @ models/lib/nn.yaml:89:7
%8165 = sqrt %8164 : f64[] @ models/lib/nn.yaml:89:7
%8166 = div %6632, %8165 : f64[] @ models/lib/nn.yaml:89:7
%8167 = sqrt %8158 : f32[16] @ models/lib/nn.yaml:89:7
%8168 = cast %8166 : f32[] @ models/lib/nn.yaml:89:7
%8169 = broadcast %8168 : f32[16] @ models/lib/nn.yaml:89:7
%8170 = mul %8167, %8169 : f32[16] @ models/lib/nn.yaml:89:7
%8171 = add %8170, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%8172 = div %8154, %8171 : f32[16] @ models/lib/nn.yaml:89:7
%8173 = cast %8162 : f32[] @ models/lib/nn.yaml:89:7
%8174 = broadcast %8173 : f32[16] @ models/lib/nn.yaml:89:7
%8175 = mul %8172, %8174 : f32[16] @ models/lib/nn.yaml:89:7
%8176 = sub %35, %8175 : f32[16] @ models/lib/nn.yaml:89:7
%8177 = assign %35, %8176 : f32[16] @ models/lib/nn.yaml:89:7
%8178 = assign %8148, %8154 : f32[16] @ models/lib/nn.yaml:89:7
%8179 = assign %8149, %8158 : f32[16] @ models/lib/nn.yaml:89:7
%8180 = assign %8150, %8151 : i64[] @ models/lib/nn.yaml:89:7
%8181 = mul %113, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%8182 = mul %8176, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%8183 = add %8181, %8182 : f32[16] @ models/lib/nn.yaml:89:7
%8184 = assign %113, %8183 : f32[16] @ models/lib/nn.yaml:89:7
%8185 = all_reduce_sum %6122 : f32[16] @ models/lib/nn.yaml:90:7
%8186 = mul %8185, %8185 : f32[16] @ models/lib/nn.yaml:90:7
%8187 = reduce_sum %8186 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8188 = sqrt %8187 : f32[] @ models/lib/nn.yaml:90:7
%8189 = cast %8188 : f64[] @ models/lib/nn.yaml:90:7
%8190 = add %8189, %6628 : f64[] @ models/lib/nn.yaml:90:7
%8191 = div %6630, %8190 : f64[] @ models/lib/nn.yaml:90:7
%8192 = lt %8191, %6632 : bool[] @ models/lib/nn.yaml:90:7
%8193 = cast %8191 : f32[] @ models/lib/nn.yaml:90:7
%8194 = broadcast %8193 : f32[16] @ models/lib/nn.yaml:90:7
%8195 = mul %8185, %8194 : f32[16] @ models/lib/nn.yaml:90:7
%8196 = broadcast %8192 : bool[16] @ models/lib/nn.yaml:90:7
%8197 = select %8196, %8195, %8185 : f32[16] @ models/lib/nn.yaml:90:7
%8198 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8199 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8200 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8201 = add %8200, %6642 : i64[] @ models/lib/nn.yaml:90:7
%8202 = mul %8197, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%8203 = mul %8198, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%8204 = add %8203, %8202 : f32[16] @ models/lib/nn.yaml:90:7
%8205 = mul %8197, %8197 : f32[16] @ models/lib/nn.yaml:90:7
%8206 = mul %8205, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%8207 = mul %8199, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%8208 = add %8207, %8206 : f32[16] @ models/lib/nn.yaml:90:7
%8209 = cast %8201 : f64[] @ models/lib/nn.yaml:90:7
%8210 = pow %6651, %8209 : f64[] @ models/lib/nn.yaml:90:7
%8211 = sub %6632, %8210 : f64[] @ models/lib/nn.yaml:90:7
%8212 = div %4161, %8211 : f64[] @ models/lib/nn.yaml:90:7
%8213 = pow %6659, %8209 : f64[] @ models/lib/nn.yaml:90:7
%8214 = sub %6632, %8213 : f64[] @ models/lib/nn.yaml:90:7
%8215 = sqrt %8214 : f64[] @ models/lib/nn.yaml:90:7
%8216 = div %6632, %8215 : f64[] @ models/lib/nn.yaml:90:7
%8217 = sqrt %8208 : f32[16] @ models/lib/nn.yaml:90:7
%8218 = cast %8216 : f32[] @ models/lib/nn.yaml:90:7
%8219 = broadcast %8218 : f32[16] @ models/lib/nn.yaml:90:7
%8220 = mul %8217, %8219 : f32[16] @ models/lib/nn.yaml:90:7
%8221 = add %8220, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%8222 = div %8204, %8221 : f32[16] @ models/lib/nn.yaml:90:7
%8223 = cast %8212 : f32[] @ models/lib/nn.yaml:90:7
%8224 = broadcast %8223 : f32[16] @ models/lib/nn.yaml:90:7
%8225 = mul %8222, %8224 : f32[16] @ models/lib/nn.yaml:90:7
%8226 = sub %36, %8225 : f32[16] @ models/lib/nn.yaml:90:7
%8227 = assign %36, %8226 : f32[16] @ models/lib/nn.yaml:90:7
%8228 = assign %8198, %8204 : f32[16] @ models/lib/nn.yaml:90:7
%8229 = assign %8199, %8208 : f32[16] @ models/lib/nn.yaml:90:7
%8230 = assign %8200, %8201 : i64[] @ models/lib/nn.yaml:90:7
%8231 = mul %114, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%8232 = mul %8226, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%8233 = add %8231, %8232 : f32[16] @ models/lib/nn.yaml:90:7
%8234 = assign %114, %8233 : f32[16] @ models/lib/nn.yaml:90:7
%8235 = all_reduce_sum %6115 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = reshape %8235 : f32[256] @ models/lib/nn.yaml:79:7
%8237 = mul %8236, %8236 : f32[256] @ models/lib/nn.yaml:79:7
%8238 = reduce_sum %8237 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8239 = sqrt %8238 : f32[] @ models/lib/nn.yaml:79:7
%8240 = cast %8239 : f64[] @ models/lib/nn.yaml:79:7
%8241 = add %8240, %6628 : f64[] @ models/lib/nn.yaml:79:7
%8242 = div %6630, %8241 : f64[] @ models/lib/nn.yaml:79:7
%8243 = lt %8242, %6632 : bool[] @ models/lib/nn.yaml:79:7
%8244 = cast %8242 : f32[] @ models/lib/nn.yaml:79:7
%8245 = broadcast %8244 : f32[16,16] @ models/lib/nn.yaml:79:7
%8246 = mul %8235, %8245 : f32[16,16] @ models/lib/nn.yaml:79:7
%8247 = broadcast %8243 : bool[16,16] @ models/lib/nn.yaml:79:7
%8248 = select %8247, %8246, %8235 : f32[16,16] @ models/lib/nn.yaml:79:7
%8249 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8250 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8251 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8252 = add %8251, %6642 : i64[] @ models/lib/nn.yaml:79:7
%8253 = mul %37, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%8254 = mul %8248, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%8255 = mul %8249, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%8256 = add %8255, %8254 : f32[16,16] @ models/lib/nn.yaml:79:7
%8257 = mul %8248, %8248 : f32[16,16] @ models/lib/nn.yaml:79:7
%8258 = mul %8257, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%8259 = mul %8250, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%8260 = add %8259, %8258 : f32[16,16] @ models/lib/nn.yaml:79:7
%8261 = cast %8252 : f64[] @ models/lib/nn.yaml:79:7
%8262 = pow %6651, %8261 : f64[] @ models/lib/nn.yaml:79:7
%8263 = sub %6632, %8262 : f64[] @ models/lib/nn.yaml:79:7
%8264 = div %4161, %8263 : f64[] @ models/lib/nn.yaml:79:7
%8265 = pow %6659, %8261 : f64[] @ models/lib/nn.yaml:79:7
%8266 = sub %6632, %8265 : f64[] @ models/lib/nn.yaml:79:7
%8267 = sqrt %8266 : f64[] @ models/lib/nn.yaml:79:7
%8268 = div %6632, %8267 : f64[] @ models/lib/nn.yaml:79:7
%8269 = sqrt %8260 : f32[16,16] @ models/lib/nn.yaml:79:7
%8270 = cast %8268 : f32[] @ models/lib/nn.yaml:79:7
%8271 = broadcast %8270 : f32[16,16] @ models/lib/nn.yaml:79:7
%8272 = mul %8269, %8271 : f32[16,16] @ models/lib/nn.yaml:79:7
%8273 = add %8272, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%8274 = div %8256, %8273 : f32[16,16] @ models/lib/nn.yaml:79:7
%8275 = cast %8264 : f32[] @ models/lib/nn.yaml:79:7
%8276 = broadcast %8275 : f32[16,16] @ models/lib/nn.yaml:79:7
%8277 = mul %8274, %8276 : f32[16,16] @ models/lib/nn.yaml:79:7
%8278 = sub %8253, %8277 : f32[16,16] @ models/lib/nn.yaml:79:7
%8279 = assign %37, %8278 : f32[16,16] @ models/lib/nn.yaml:79:7
%8280 = assign %8249, %8256 : f32[16,16] @ models/lib/nn.yaml:79:7
%8281 = assign %8250, %8260 : f32[16,16] @ models/lib/nn.yaml:79:7
%8282 = assign %8251, %8252 : i64[] @ models/lib/nn.yaml:79:7
%8283 = mul %115, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%8284 = mul %8278, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%8285 = add %8283, %8284 : f32[16,16] @ models/lib/nn.yaml:79:7
%8286 = assign %115, %8285 : f32[16,16] @ models/lib/nn.yaml:79:7
%8287 = all_reduce_sum %6106 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = mul %8287, %8287 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = reduce_sum %8288 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8290 = sqrt %8289 : f32[] @ models/lib/nn.yaml:80:7
%8291 = cast %8290 : f64[] @ models/lib/nn.yaml:80:7
%8292 = add %8291, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8293 = div %6630, %8292 : f64[] @ models/lib/nn.yaml:80:7
%8294 = lt %8293, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8295 = cast %8293 : f32[] @ models/lib/nn.yaml:80:7
%8296 = broadcast %8295 : f32[16] @ models/lib/nn.yaml:80:7
%8297 = mul %8287, %8296 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = broadcast %8294 : bool[16] @ models/lib/nn.yaml:80:7
%8299 = select %8298, %8297, %8287 : f32[16] @ models/lib/nn.yaml:80:7
%8300 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8301 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8302 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8303 = add %8302, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8304 = mul %8299, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%8305 = mul %8300, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%8306 = add %8305, %8304 : f32[16] @ models/lib/nn.yaml:80:7
%8307 = mul %8299, %8299 : f32[16] @ models/lib/nn.yaml:80:7
%8308 = mul %8307, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%8309 = mul %8301, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%8310 = add %8309, %8308 : f32[16] @ models/lib/nn.yaml:80:7
%8311 = cast %8303 : f64[] @ models/lib/nn.yaml:80:7
%8312 = pow %6651, %8311 : f64[] @ models/lib/nn.yaml:80:7
%8313 = sub %6632, %8312 : f64[] @ models/lib/nn.yaml:80:7
%8314 = div %4161, %8313 : f64[] @ models/lib/nn.yaml:80:7
%8315 = pow %6659, %8311 : f64[] @ models/lib/nn.yaml:80:7
%8316 = sub %6632, %8315 : f64[] @ models/lib/nn.yaml:80:7
%8317 = sqrt %8316 : f64[] @ models/lib/nn.yaml:80:7
%8318 = div %6632, %8317 : f64[] @ models/lib/nn.yaml:80:7
%8319 = sqrt %8310 : f32[16] @ models/lib/nn.yaml:80:7
%8320 = cast %8318 : f32[] @ models/lib/nn.yaml:80:7
%8321 = broadcast %8320 : f32[16] @ models/lib/nn.yaml:80:7
%8322 = mul %8319, %8321 : f32[16] @ models/lib/nn.yaml:80:7
%8323 = add %8322, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%8324 = div %8306, %8323 : f32[16] @ models/lib/nn.yaml:80:7
%8325 = cast %8314 : f32[] @ models/lib/nn.yaml:80:7
%8326 = broadcast %8325 : f32[16] @ models/lib/nn.yaml:80:7
%8327 = mul %8324, %8326 : f32[16] @ models/lib/nn.yaml:80:7
%8328 = sub %38, %8327 : f32[16] @ models/lib/nn.yaml:80:7
%8329 = assign %38, %8328 : f32[16] @ models/lib/nn.yaml:80:7
%8330 = assign %8300, %8306 : f32[16] @ models/lib/nn.yaml:80:7
%8331 = assign %8301, %8310 : f32[16] @ models/lib/nn.yaml:80:7
%8332 = assign %8302, %8303 : i64[] @ models/lib/nn.yaml:80:7
%8333 = mul %116, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%8334 = mul %8328, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%8335 = add %8333, %8334 : f32[16] @ models/lib/nn.yaml:80:7
%8336 = assign %116, %8335 : f32[16] @ models/lib/nn.yaml:80:7
%8337 = all_reduce_sum %6100 : f32[16,16] @ models/lib/nn.yaml:79:7
%8338 = reshape %8337 : f32[256] @ models/lib/nn.yaml:79:7
%8339 = mul %8338, %8338 : f32[256] @ models/lib/nn.yaml:79:7
%8340 = reduce_sum %8339 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8341 = sqrt %8340 : f32[] @ models/lib/nn.yaml:79:7
%8342 = cast %8341 : f64[] @ models/lib/nn.yaml:79:7
%8343 = add %8342, %6628 : f64[] @ models/lib/nn.yaml:79:7
%8344 = div %6630, %8343 : f64[] @ models/lib/nn.yaml:79:7
%8345 = lt %8344, %6632 : bool[] @ models/lib/nn.yaml:79:7
%8346 = cast %8344 : f32[] @ models/lib/nn.yaml:79:7
%8347 = broadcast %8346 : f32[16,16] @ models/lib/nn.yaml:79:7
%8348 = mul %8337, %8347 : f32[16,16] @ models/lib/nn.yaml:79:7
%8349 = broadcast %8345 : bool[16,16] @ models/lib/nn.yaml:79:7
%8350 = select %8349, %8348, %8337 : f32[16,16] @ models/lib/nn.yaml:79:7
%8351 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8352 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8353 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8354 = add %8353, %6642 : i64[] @ models/lib/nn.yaml:79:7
%8355 = mul %39, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%8356 = mul %8350, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%8357 = mul %8351, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%8358 = add %8357, %8356 : f32[16,16] @ models/lib/nn.yaml:79:7
%8359 = mul %8350, %8350 : f32[16,16] @ models/lib/nn.yaml:79:7
%8360 = mul %8359, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%8361 = mul %8352, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%8362 = add %8361, %8360 : f32[16,16] @ models/lib/nn.yaml:79:7
%8363 = cast %8354 : f64[] @ models/lib/nn.yaml:79:7
%8364 = pow %6651, %8363 : f64[] @ models/lib/nn.yaml:79:7
%8365 = sub %6632, %8364 : f64[] @ models/lib/nn.yaml:79:7
%8366 = div %4161, %8365 : f64[] @ models/lib/nn.yaml:79:7
%8367 = pow %6659, %8363 : f64[] @ models/lib/nn.yaml:79:7
%8368 = sub %6632, %8367 : f64[] @ models/lib/nn.yaml:79:7
%8369 = sqrt %8368 : f64[] @ models/lib/nn.yaml:79:7
%8370 = div %6632, %8369 : f64[] @ models/lib/nn.yaml:79:7
%8371 = sqrt %8362 : f32[16,16] @ models/lib/nn.yaml:79:7
%8372 = cast %8370 : f32[] @ models/lib/nn.yaml:79:7
%8373 = broadcast %8372 : f32[16,16] @ models/lib/nn.yaml:79:7
%8374 = mul %8371, %8373 : f32[16,16] @ models/lib/nn.yaml:79:7
%8375 = add %8374, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%8376 = div %8358, %8375 : f32[16,16] @ models/lib/nn.yaml:79:7
%8377 = cast %8366 : f32[] @ models/lib/nn.yaml:79:7
%8378 = broadcast %8377 : f32[16,16] @ models/lib/nn.yaml:79:7
%8379 = mul %8376, %8378 : f32[16,16] @ models/lib/nn.yaml:79:7
%8380 = sub %8355, %8379 : f32[16,16] @ models/lib/nn.yaml:79:7
%8381 = assign %39, %8380 : f32[16,16] @ models/lib/nn.yaml:79:7
%8382 = assign %8351, %8358 : f32[16,16] @ models/lib/nn.yaml:79:7
%8383 = assign %8352, %8362 : f32[16,16] @ models/lib/nn.yaml:79:7
%8384 = assign %8353, %8354 : i64[] @ models/lib/nn.yaml:79:7
%8385 = mul %117, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%8386 = mul %8380, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%8387 = add %8385, %8386 : f32[16,16] @ models/lib/nn.yaml:79:7
%8388 = assign %117, %8387 : f32[16,16] @ models/lib/nn.yaml:79:7
%8389 = all_reduce_sum %6092 : f32[16] @ models/lib/nn.yaml:80:7
%8390 = mul %8389, %8389 : f32[16] @ models/lib/nn.yaml:80:7
%8391 = reduce_sum %8390 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8392 = sqrt %8391 : f32[] @ models/lib/nn.yaml:80:7
%8393 = cast %8392 : f64[] @ models/lib/nn.yaml:80:7
%8394 = add %8393, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8395 = div %6630, %8394 : f64[] @ models/lib/nn.yaml:80:7
%8396 = lt %8395, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8397 = cast %8395 : f32[] @ models/lib/nn.yaml:80:7
%8398 = broadcast %8397 : f32[16] @ models/lib/nn.yaml:80:7
%8399 = mul %8389, %8398 : f32[16] @ models/lib/nn.yaml:80:7
%8400 = broadcast %8396 : bool[16] @ models/lib/nn.yaml:80:7
%8401 = select %8400, %8399, %8389 : f32[16] @ models/lib/nn.yaml:80:7
%8402 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8403 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8404 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8405 = add %8404, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8406 = mul %8401, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%8407 = mul %8402, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%8408 = add %8407, %8406 : f32[16] @ models/lib/nn.yaml:80:7
%8409 = mul %8401, %8401 : f32[16] @ models/lib/nn.yaml:80:7
%8410 = mul %8409, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%8411 = mul %8403, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%8412 = add %8411, %8410 : f32[16] @ models/lib/nn.yaml:80:7
%8413 = cast %8405 : f64[] @ models/lib/nn.yaml:80:7
%8414 = pow %6651, %8413 : f64[] @ models/lib/nn.yaml:80:7
%8415 = sub %6632, %8414 : f64[] @ models/lib/nn.yaml:80:7
%8416 = div %4161, %8415 : f64[] @ models/lib/nn.yaml:80:7
%8417 = pow %6659, %8413 : f64[] @ models/lib/nn.yaml:80:7
%8418 = sub %6632, %8417 : f64[] @ models/lib/nn.yaml:80:7
%8419 = sqrt %8418 : f64[] @ models/lib/nn.yaml:80:7
%8420 = div %6632, %8419 : f64[] @ models/lib/nn.yaml:80:7
%8421 = sqrt %8412 : f32[16] @ models/lib/nn.yaml:80:7
%8422 = cast %8420 : f32[] @ models/lib/nn.yaml:80:7
%8423 = broadcast %8422 : f32[16] @ models/lib/nn.yaml:80:7
%8424 = mul %8421, %8423 : f32[16] @ models/lib/nn.yaml:80:7
%8425 = add %8424, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%8426 = div %8408, %8425 : f32[16] @ models/lib/nn.yaml:80:7
%8427 = cast %8416 : f32[] @ models/lib/nn.yaml:80:7
%8428 = broadcast %8427 : f32[16] @ models/lib/nn.yaml:80:7
%8429 = mul %8426, %8428 : f32[16] @ models/lib/nn.yaml:80:7
%8430 = sub %40, %8429 : f32[16] @ models/lib/nn.yaml:80:7
%8431 = assign %40, %8430 : f32[16] @ models/lib/nn.yaml:80:7
%8432 = assign %8402, %8408 : f32[16] @ models/lib/nn.yaml:80:7
%8433 = assign %8403, %8412 : f32[16] @ models/lib/nn.yaml:80:7
%8434 = assign %8404, %8405 : i64[] @ models/lib/nn.yaml:80:7
%8435 = mul %118, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%8436 = mul %8430, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%8437 = add %8435, %8436 : f32[16] @ models/lib/nn.yaml:80:7
%8438 = assign %118, %8437 : f32[16] @ models/lib/nn.yaml:80:7
%8439 = all_reduce_sum %6086 : f32[16,16] @ models/lib/nn.yaml:79:7
%8440 = reshape %8439 : f32[256] @ models/lib/nn.yaml:79:7
%8441 = mul %8440, %8440 : f32[256] @ models/lib/nn.yaml:79:7
%8442 = reduce_sum %8441 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8443 = sqrt %8442 : f32[] @ models/lib/nn.yaml:79:7
%8444 = cast %8443 : f64[] @ models/lib/nn.yaml:79:7
%8445 = add %8444, %6628 : f64[] @ models/lib/nn.yaml:79:7
%8446 = div %6630, %8445 : f64[] @ models/lib/nn.yaml:79:7
%8447 = lt %8446, %6632 : bool[] @ models/lib/nn.yaml:79:7
%8448 = cast %8446 : f32[] @ models/lib/nn.yaml:79:7
%8449 = broadcast %8448 : f32[16,16] @ models/lib/nn.yaml:79:7
%8450 = mul %8439, %8449 : f32[16,16] @ models/lib/nn.yaml:79:7
%8451 = broadcast %8447 : bool[16,16] @ models/lib/nn.yaml:79:7
%8452 = select %8451, %8450, %8439 : f32[16,16] @ models/lib/nn.yaml:79:7
%8453 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8454 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8455 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8456 = add %8455, %6642 : i64[] @ models/lib/nn.yaml:79:7
%8457 = mul %41, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%8458 = mul %8452, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%8459 = mul %8453, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%8460 = add %8459, %8458 : f32[16,16] @ models/lib/nn.yaml:79:7
%8461 = mul %8452, %8452 : f32[16,16] @ models/lib/nn.yaml:79:7
%8462 = mul %8461, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%8463 = mul %8454, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%8464 = add %8463, %8462 : f32[16,16] @ models/lib/nn.yaml:79:7
%8465 = cast %8456 : f64[] @ models/lib/nn.yaml:79:7
%8466 = pow %6651, %8465 : f64[] @ models/lib/nn.yaml:79:7
%8467 = sub %6632, %8466 : f64[] @ models/lib/nn.yaml:79:7
%8468 = div %4161, %8467 : f64[] @ models/lib/nn.yaml:79:7
%8469 = pow %6659, %8465 : f64[] @ models/lib/nn.yaml:79:7
%8470 = sub %6632, %8469 : f64[] @ models/lib/nn.yaml:79:7
%8471 = sqrt %8470 : f64[] @ models/lib/nn.yaml:79:7
%8472 = div %6632, %8471 : f64[] @ models/lib/nn.yaml:79:7
%8473 = sqrt %8464 : f32[16,16] @ models/lib/nn.yaml:79:7
%8474 = cast %8472 : f32[] @ models/lib/nn.yaml:79:7
%8475 = broadcast %8474 : f32[16,16] @ models/lib/nn.yaml:79:7
%8476 = mul %8473, %8475 : f32[16,16] @ models/lib/nn.yaml:79:7
%8477 = add %8476, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%8478 = div %8460, %8477 : f32[16,16] @ models/lib/nn.yaml:79:7
%8479 = cast %8468 : f32[] @ models/lib/nn.yaml:79:7
%8480 = broadcast %8479 : f32[16,16] @ models/lib/nn.yaml:79:7
%8481 = mul %8478, %8480 : f32[16,16] @ models/lib/nn.yaml:79:7
%8482 = sub %8457, %8481 : f32[16,16] @ models/lib/nn.yaml:79:7
%8483 = assign %41, %8482 : f32[16,16] @ models/lib/nn.yaml:79:7
%8484 = assign %8453, %8460 : f32[16,16] @ models/lib/nn.yaml:79:7
%8485 = assign %8454, %8464 : f32[16,16] @ models/lib/nn.yaml:79:7
%8486 = assign %8455, %8456 : i64[] @ models/lib/nn.yaml:79:7
%8487 = mul %119, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%8488 = mul %8482, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%8489 = add %8487, %8488 : f32[16,16] @ models/lib/nn.yaml:79:7
%8490 = assign %119, %8489 : f32[16,16] @ models/lib/nn.yaml:79:7
%8491 = all_reduce_sum %6080 : f32[16] @ models/lib/nn.yaml:80:7
%8492 = mul %8491, %8491 : f32[16] @ models/lib/nn.yaml:80:7
%8493 = reduce_sum %8492 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8494 = sqrt %8493 : f32[] @ models/lib/nn.yaml:80:7
%8495 = cast %8494 : f64[] @ models/lib/nn.yaml:80:7
%8496 = add %8495, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8497 = div %6630, %8496 : f64[] @ models/lib/nn.yaml:80:7
%8498 = lt %8497, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8499 = cast %8497 : f32[] @ models/lib/nn.yaml:80:7
%8500 = broadcast %8499 : f32[16] @ models/lib/nn.yaml:80:7
%8501 = mul %8491, %8500 : f32[16] @ models/lib/nn.yaml:80:7
%8502 = broadcast %8498 : bool[16] @ models/lib/nn.yaml:80:7
%8503 = select %8502, %8501, %8491 : f32[16] @ models/lib/nn.yaml:80:7
%8504 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8505 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8506 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8507 = add %8506, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8508 = mul %8503, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%8509 = mul %8504, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%8510 = add %8509, %8508 : f32[16] @ models/lib/nn.yaml:80:7
%8511 = mul %8503, %8503 : f32[16] @ models/lib/nn.yaml:80:7
%8512 = mul %8511, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%8513 = mul %8505, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%8514 = add %8513, %8512 : f32[16] @ models/lib/nn.yaml:80:7
%8515 = cast %8507 : f64[] @ models/lib/nn.yaml:80:7
%8516 = pow %6651, %8515 : f64[] @ models/lib/nn.yaml:80:7
%8517 = sub %6632, %8516 : f64[] @ models/lib/nn.yaml:80:7
%8518 = div %4161, %8517 : f64[] @ models/lib/nn.yaml:80:7
%8519 = pow %6659, %8515 : f64[] @ models/lib/nn.yaml:80:7
%8520 = sub %6632, %8519 : f64[] @ models/lib/nn.yaml:80:7
%8521 = sqrt %8520 : f64[] @ models/lib/nn.yaml:80:7
%8522 = div %6632, %8521 : f64[] @ models/lib/nn.yaml:80:7
%8523 = sqrt %8514 : f32[16] @ models/lib/nn.yaml:80:7
%8524 = cast %8522 : f32[] @ models/lib/nn.yaml:80:7
%8525 = broadcast %8524 : f32[16] @ models/lib/nn.yaml:80:7
%8526 = mul %8523, %8525 : f32[16] @ models/lib/nn.yaml:80:7
%8527 = add %8526, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%8528 = div %8510, %8527 : f32[16] @ models/lib/nn.yaml:80:7
%8529 = cast %8518 : f32[] @ models/lib/nn.yaml:80:7
%8530 = broadcast %8529 : f32[16] @ models/lib/nn.yaml:80:7
%8531 = mul %8528, %8530 : f32[16] @ models/lib/nn.yaml:80:7
%8532 = sub %42, %8531 : f32[16] @ models/lib/nn.yaml:80:7
%8533 = assign %42, %8532 : f32[16] @ models/lib/nn.yaml:80:7
%8534 = assign %8504, %8510 : f32[16] @ models/lib/nn.yaml:80:7
%8535 = assign %8505, %8514 : f32[16] @ models/lib/nn.yaml:80:7
%8536 = assign %8506, %8507 : i64[] @ models/lib/nn.yaml:80:7
%8537 = mul %120, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%8538 = mul %8532, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%8539 = add %8537, %8538 : f32[16] @ models/lib/nn.yaml:80:7
%8540 = assign %120, %8539 : f32[16] @ models/lib/nn.yaml:80:7
%8541 = all_reduce_sum %5986 : f32[16,16] @ models/lib/nn.yaml:79:7
%8542 = reshape %8541 : f32[256] @ models/lib/nn.yaml:79:7
%8543 = mul %8542, %8542 : f32[256] @ models/lib/nn.yaml:79:7
%8544 = reduce_sum %8543 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8545 = sqrt %8544 : f32[] @ models/lib/nn.yaml:79:7
%8546 = cast %8545 : f64[] @ models/lib/nn.yaml:79:7
%8547 = add %8546, %6628 : f64[] @ models/lib/nn.yaml:79:7
%8548 = div %6630, %8547 : f64[] @ models/lib/nn.yaml:79:7
%8549 = lt %8548, %6632 : bool[] @ models/lib/nn.yaml:79:7
%8550 = cast %8548 : f32[] @ models/lib/nn.yaml:79:7
%8551 = broadcast %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8552 = mul %8541, %8551 : f32[16,16] @ models/lib/nn.yaml:79:7
%8553 = broadcast %8549 : bool[16,16] @ models/lib/nn.yaml:79:7
%8554 = select %8553, %8552, %8541 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8556 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8557 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8558 = add %8557, %6642 : i64[] @ models/lib/nn.yaml:79:7
%8559 = mul %43, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%8560 = mul %8554, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%8561 = mul %8555, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%8562 = add %8561, %8560 : f32[16,16] @ models/lib/nn.yaml:79:7
%8563 = mul %8554, %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8564 = mul %8563, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%8565 = mul %8556, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = add %8565, %8564 : f32[16,16] @ models/lib/nn.yaml:79:7
%8567 = cast %8558 : f64[] @ models/lib/nn.yaml:79:7
%8568 = pow %6651, %8567 : f64[] @ models/lib/nn.yaml:79:7
%8569 = sub %6632, %8568 : f64[] @ models/lib/nn.yaml:79:7
%8570 = div %4161, %8569 : f64[] @ models/lib/nn.yaml:79:7
%8571 = pow %6659, %8567 : f64[] @ models/lib/nn.yaml:79:7
%8572 = sub %6632, %8571 : f64[] @ models/lib/nn.yaml:79:7
%8573 = sqrt %8572 : f64[] @ models/lib/nn.yaml:79:7
%8574 = div %6632, %8573 : f64[] @ models/lib/nn.yaml:79:7
%8575 = sqrt %8566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = cast %8574 : f32[] @ models/lib/nn.yaml:79:7
%8577 = broadcast %8576 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = mul %8575, %8577 : f32[16,16] @ models/lib/nn.yaml:79:7
%8579 = add %8578, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = div %8562, %8579 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = cast %8570 : f32[] @ models/lib/nn.yaml:79:7
%8582 = broadcast %8581 : f32[16,16] @ models/lib/nn.yaml:79:7
%8583 = mul %8580, %8582 : f32[16,16] @ models/lib/nn.yaml:79:7
%8584 = sub %8559, %8583 : f32[16,16] @ models/lib/nn.yaml:79:7
%8585 = assign %43, %8584 : f32[16,16] @ models/lib/nn.yaml:79:7
%8586 = assign %8555, %8562 : f32[16,16] @ models/lib/nn.yaml:79:7
%8587 = assign %8556, %8566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8588 = assign %8557, %8558 : i64[] @ models/lib/nn.yaml:79:7
%8589 = mul %121, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%8590 = mul %8584, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%8591 = add %8589, %8590 : f32[16,16] @ models/lib/nn.yaml:79:7
%8592 = assign %121, %8591 : f32[16,16] @ models/lib/nn.yaml:79:7
%8593 = all_reduce_sum %5978 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = mul %8593, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8595 = reduce_sum %8594 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8596 = sqrt %8595 : f32[] @ models/lib/nn.yaml:80:7
%8597 = cast %8596 : f64[] @ models/lib/nn.yaml:80:7
%8598 = add %8597, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8599 = div %6630, %8598 : f64[] @ models/lib/nn.yaml:80:7
%8600 = lt %8599, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8601 = cast %8599 : f32[] @ models/lib/nn.yaml:80:7
%8602 = broadcast %8601 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = mul %8593, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = broadcast %8600 : bool[16] @ models/lib/nn.yaml:80:7
%8605 = select %8604, %8603, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8606 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8607 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8608 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8609 = add %8608, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8610 = mul %8605, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%8611 = mul %8606, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%8612 = add %8611, %8610 : f32[16] @ models/lib/nn.yaml:80:7
%8613 = mul %8605, %8605 : f32[16] @ models/lib/nn.yaml:80:7
%8614 = mul %8613, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%8615 = mul %8607, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = add %8615, %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = cast %8609 : f64[] @ models/lib/nn.yaml:80:7
%8618 = pow %6651, %8617 : f64[] @ models/lib/nn.yaml:80:7
%8619 = sub %6632, %8618 : f64[] @ models/lib/nn.yaml:80:7
%8620 = div %4161, %8619 : f64[] @ models/lib/nn.yaml:80:7
%8621 = pow %6659, %8617 : f64[] @ models/lib/nn.yaml:80:7
%8622 = sub %6632, %8621 : f64[] @ models/lib/nn.yaml:80:7
%8623 = sqrt %8622 : f64[] @ models/lib/nn.yaml:80:7
%8624 = div %6632, %8623 : f64[] @ models/lib/nn.yaml:80:7
%8625 = sqrt %8616 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = cast %8624 : f32[] @ models/lib/nn.yaml:80:7
%8627 = broadcast %8626 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = mul %8625, %8627 : f32[16] @ models/lib/nn.yaml:80:7
%8629 = add %8628, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = div %8612, %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = cast %8620 : f32[] @ models/lib/nn.yaml:80:7
%8632 = broadcast %8631 : f32[16] @ models/lib/nn.yaml:80:7
%8633 = mul %8630, %8632 : f32[16] @ models/lib/nn.yaml:80:7
%8634 = sub %44, %8633 : f32[16] @ models/lib/nn.yaml:80:7
%8635 = assign %44, %8634 : f32[16] @ models/lib/nn.yaml:80:7
%8636 = assign %8606, %8612 : f32[16] @ models/lib/nn.yaml:80:7
%8637 = assign %8607, %8616 : f32[16] @ models/lib/nn.yaml:80:7
%8638 = assign %8608, %8609 : i64[] @ models/lib/nn.yaml:80:7
%8639 = mul %122, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%8640 = mul %8634, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%8641 = add %8639, %8640 : f32[16] @ models/lib/nn.yaml:80:7
%8642 = assign %122, %8641 : f32[16] @ models/lib/nn.yaml:80:7
%8643 = all_reduce_sum %5957 : f32[16] @ models/lib/nn.yaml:89:7
%8644 = mul %8643, %8643 : f32[16] @ models/lib/nn.yaml:89:7
%8645 = reduce_sum %8644 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8646 = sqrt %8645 : f32[] @ models/lib/nn.yaml:89:7
%8647 = cast %8646 : f64[] @ models/lib/nn.yaml:89:7
%8648 = add %8647, %6628 : f64[] @ models/lib/nn.yaml:89:7
%8649 = div %6630, %8648 : f64[] @ models/lib/nn.yaml:89:7
%8650 = lt %8649, %6632 : bool[] @ models/lib/nn.yaml:89:7
%8651 = cast %8649 : f32[] @ models/lib/nn.yaml:89:7
%8652 = broadcast %8651 : f32[16] @ models/lib/nn.yaml:89:7
%8653 = mul %8643, %8652 : f32[16] @ models/lib/nn.yaml:89:7
%8654 = broadcast %8650 : bool[16] @ models/lib/nn.yaml:89:7
%8655 = select %8654, %8653, %8643 : f32[16] @ models/lib/nn.yaml:89:7
%8656 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8657 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8658 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8659 = add %8658, %6642 : i64[] @ models/lib/nn.yaml:89:7
%8660 = mul %8655, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%8661 = mul %8656, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%8662 = add %8661, %8660 : f32[16] @ models/lib/nn.yaml:89:7
%8663 = mul %8655, %8655 : f32[16] @ models/lib/nn.yaml:89:7
%8664 = mul %8663, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%8665 = mul %8657, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%8666 = add %8665, %8664 : f32[16] @ models/lib/nn.yaml:89:7
%8667 = cast %8659 : f64[] @ models/lib/nn.yaml:89:7
%8668 = pow %6651, %8667 : f64[] @ models/lib/nn.yaml:89:7
%8669 = sub %6632, %8668 : f64[] @ models/lib/nn.yaml:89:7
%8670 = div %4161, %8669 : f64[] @ models/lib/nn.yaml:89:7
%8671 = pow %6659, %8667 : f64[] @ models/lib/nn.yaml:89:7
%8672 = sub %6632, %8671 : f64[] @ models/lib/nn.yaml:89:7
%8673 = sqrt %8672 : f64[] @ models/lib/nn.yaml:89:7
%8674 = div %6632, %8673 : f64[] @ models/lib/nn.yaml:89:7
%8675 = sqrt %8666 : f32[16] @ models/lib/nn.yaml:89:7
%8676 = cast %8674 : f32[] @ models/lib/nn.yaml:89:7
%8677 = broadcast %8676 : f32[16] @ models/lib/nn.yaml:89:7
%8678 = mul %8675, %8677 : f32[16] @ models/lib/nn.yaml:89:7
%8679 = add %8678, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%8680 = div %8662, %8679 : f32[16] @ models/lib/nn.yaml:89:7
%8681 = cast %8670 : f32[] @ models/lib/nn.yaml:89:7
%8682 = broadcast %8681 : f32[16] @ models/lib/nn.yaml:89:7
%8683 = mul %8680, %8682 : f32[16] @ models/lib/nn.yaml:89:7
%8684 = sub %45, %8683 : f32[16] @ models/lib/nn.yaml:89:7
%8685 = assign %45, %8684 : f32[16] @ models/lib/nn.yaml:89:7
%8686 = assign %8656, %8662 : f32[16] @ models/lib/nn.yaml:89:7
%8687 = assign %8657, %8666 : f32[16] @ models/lib/nn.yaml:89:7
%8688 = assign %8658, %8659 : i64[] @ models/lib/nn.yaml:89:7
%8689 = mul %123, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%8690 = mul %8684, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%8691 = add %8689, %8690 : f32[16] @ models/lib/nn.yaml:89:7
%8692 = assign %123, %8691 : f32[16] @ models/lib/nn.yaml:89:7
%8693 = all_reduce_sum %5950 : f32[16] @ models/lib/nn.yaml:90:7
%8694 = mul %8693, %8693 : f32[16] @ models/lib/nn.yaml:90:7
%8695 = reduce_sum %8694 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8696 = sqrt %8695 : f32[] @ models/lib/nn.yaml:90:7
%8697 = cast %8696 : f64[] @ models/lib/nn.yaml:90:7
%8698 = add %8697, %6628 : f64[] @ models/lib/nn.yaml:90:7
%8699 = div %6630, %8698 : f64[] @ models/lib/nn.yaml:90:7
%8700 = lt %8699, %6632 : bool[] @ models/lib/nn.yaml:90:7
%8701 = cast %8699 : f32[] @ models/lib/nn.yaml:90:7
%8702 = broadcast %8701 : f32[16] @ models/lib/nn.yaml:90:7
%8703 = mul %8693, %8702 : f32[16] @ models/lib/nn.yaml:90:7
%8704 = broadcast %8700 : bool[16] @ models/lib/nn.yaml:90:7
%8705 = select %8704, %8703, %8693 : f32[16] @ models/lib/nn.yaml:90:7
%8706 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8707 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8708 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8709 = add %8708, %6642 : i64[] @ models/lib/nn.yaml:90:7
%8710 = mul %8705, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%8711 = mul %8706, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%8712 = add %8711, %8710 : f32[16] @ models/lib/nn.yaml:90:7
%8713 = mul %8705, %8705 : f32[16] @ models/lib/nn.yaml:90:7
%8714 = mul %8713, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%8715 = mul %8707, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%8716 = add %8715, %8714 : f32[16] @ models/lib/nn.yaml:90:7
%8717 = cast %8709 : f64[] @ models/lib/nn.yaml:90:7
%8718 = pow %6651, %8717 : f64[] @ models/lib/nn.yaml:90:7
%8719 = sub %6632, %8718 : f64[] @ models/lib/nn.yaml:90:7
%8720 = div %4161, %8719 : f64[] @ models/lib/nn.yaml:90:7
%8721 = pow %6659, %8717 : f64[] @ models/lib/nn.yaml:90:7
%8722 = sub %6632, %8721 : f64[] @ models/lib/nn.yaml:90:7
%8723 = sqrt %8722 : f64[] @ models/lib/nn.yaml:90:7
%8724 = div %6632, %8723 : f64[] @ models/lib/nn.yaml:90:7
%8725 = sqrt %8716 : f32[16] @ models/lib/nn.yaml:90:7
%8726 = cast %8724 : f32[] @ models/lib/nn.yaml:90:7
%8727 = broadcast %8726 : f32[16] @ models/lib/nn.yaml:90:7
%8728 = mul %8725, %8727 : f32[16] @ models/lib/nn.yaml:90:7
%8729 = add %8728, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%8730 = div %8712, %8729 : f32[16] @ models/lib/nn.yaml:90:7
%8731 = cast %8720 : f32[] @ models/lib/nn.yaml:90:7
%8732 = broadcast %8731 : f32[16] @ models/lib/nn.yaml:90:7
%8733 = mul %8730, %8732 : f32[16] @ models/lib/nn.yaml:90:7
%8734 = sub %46, %8733 : f32[16] @ models/lib/nn.yaml:90:7
%8735 = assign %46, %8734 : f32[16] @ models/lib/nn.yaml:90:7
%8736 = assign %8706, %8712 : f32[16] @ models/lib/nn.yaml:90:7
%8737 = assign %8707, %8716 : f32[16] @ models/lib/nn.yaml:90:7
%8738 = assign %8708, %8709 : i64[] @ models/lib/nn.yaml:90:7
%8739 = mul %124, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%8740 = mul %8734, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%8741 = add %8739, %8740 : f32[16] @ models/lib/nn.yaml:90:7
%8742 = assign %124, %8741 : f32[16] @ models/lib/nn.yaml:90:7
%8743 = all_reduce_sum %5946 : f32[64,16] @ models/lib/nn.yaml:79:7
%8744 = reshape %8743 : f32[1024] @ models/lib/nn.yaml:79:7
%8745 = mul %8744, %8744 : f32[1024] @ models/lib/nn.yaml:79:7
%8746 = reduce_sum %8745 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8747 = sqrt %8746 : f32[] @ models/lib/nn.yaml:79:7
%8748 = cast %8747 : f64[] @ models/lib/nn.yaml:79:7
%8749 = add %8748, %6628 : f64[] @ models/lib/nn.yaml:79:7
%8750 = div %6630, %8749 : f64[] @ models/lib/nn.yaml:79:7
%8751 = lt %8750, %6632 : bool[] @ models/lib/nn.yaml:79:7
%8752 = cast %8750 : f32[] @ models/lib/nn.yaml:79:7
%8753 = broadcast %8752 : f32[64,16] @ models/lib/nn.yaml:79:7
%8754 = mul %8743, %8753 : f32[64,16] @ models/lib/nn.yaml:79:7
%8755 = broadcast %8751 : bool[64,16] @ models/lib/nn.yaml:79:7
%8756 = select %8755, %8754, %8743 : f32[64,16] @ models/lib/nn.yaml:79:7
%8757 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8758 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8759 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8760 = add %8759, %6642 : i64[] @ models/lib/nn.yaml:79:7
%8761 = mul %47, %7258 : f32[64,16] @ models/lib/nn.yaml:79:7
%8762 = mul %8756, %7260 : f32[64,16] @ models/lib/nn.yaml:79:7
%8763 = mul %8757, %7262 : f32[64,16] @ models/lib/nn.yaml:79:7
%8764 = add %8763, %8762 : f32[64,16] @ models/lib/nn.yaml:79:7
%8765 = mul %8756, %8756 : f32[64,16] @ models/lib/nn.yaml:79:7
%8766 = mul %8765, %7266 : f32[64,16] @ models/lib/nn.yaml:79:7
%8767 = mul %8758, %7268 : f32[64,16] @ models/lib/nn.yaml:79:7
%8768 = add %8767, %8766 : f32[64,16] @ models/lib/nn.yaml:79:7
%8769 = cast %8760 : f64[] @ models/lib/nn.yaml:79:7
%8770 = pow %6651, %8769 : f64[] @ models/lib/nn.yaml:79:7
%8771 = sub %6632, %8770 : f64[] @ models/lib/nn.yaml:79:7
%8772 = div %4161, %8771 : f64[] @ models/lib/nn.yaml:79:7
%8773 = pow %6659, %8769 : f64[] @ models/lib/nn.yaml:79:7
%8774 = sub %6632, %8773 : f64[] @ models/lib/nn.yaml:79:7
%8775 = sqrt %8774 : f64[] @ models/lib/nn.yaml:79:7
%8776 = div %6632, %8775 : f64[] @ models/lib/nn.yaml:79:7
%8777 = sqrt %8768 : f32[64,16] @ models/lib/nn.yaml:79:7
%8778 = cast %8776 : f32[] @ models/lib/nn.yaml:79:7
%8779 = broadcast %8778 : f32[64,16] @ models/lib/nn.yaml:79:7
%8780 = mul %8777, %8779 : f32[64,16] @ models/lib/nn.yaml:79:7
%8781 = add %8780, %7283 : f32[64,16] @ models/lib/nn.yaml:79:7
%8782 = div %8764, %8781 : f32[64,16] @ models/lib/nn.yaml:79:7
%8783 = cast %8772 : f32[] @ models/lib/nn.yaml:79:7
%8784 = broadcast %8783 : f32[64,16] @ models/lib/nn.yaml:79:7
%8785 = mul %8782, %8784 : f32[64,16] @ models/lib/nn.yaml:79:7
%8786 = sub %8761, %8785 : f32[64,16] @ models/lib/nn.yaml:79:7
%8787 = assign %47, %8786 : f32[64,16] @ models/lib/nn.yaml:79:7
%8788 = assign %8757, %8764 : f32[64,16] @ models/lib/nn.yaml:79:7
%8789 = assign %8758, %8768 : f32[64,16] @ models/lib/nn.yaml:79:7
%8790 = assign %8759, %8760 : i64[] @ models/lib/nn.yaml:79:7
%8791 = mul %125, %7294 : f32[64,16] @ models/lib/nn.yaml:79:7
%8792 = mul %8786, %7296 : f32[64,16] @ models/lib/nn.yaml:79:7
%8793 = add %8791, %8792 : f32[64,16] @ models/lib/nn.yaml:79:7
%8794 = assign %125, %8793 : f32[64,16] @ models/lib/nn.yaml:79:7
%8795 = all_reduce_sum %5938 : f32[64] @ models/lib/nn.yaml:80:7
%8796 = mul %8795, %8795 : f32[64] @ models/lib/nn.yaml:80:7
%8797 = reduce_sum %8796 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8798 = sqrt %8797 : f32[] @ models/lib/nn.yaml:80:7
%8799 = cast %8798 : f64[] @ models/lib/nn.yaml:80:7
%8800 = add %8799, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8801 = div %6630, %8800 : f64[] @ models/lib/nn.yaml:80:7
%8802 = lt %8801, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8803 = cast %8801 : f32[] @ models/lib/nn.yaml:80:7
%8804 = broadcast %8803 : f32[64] @ models/lib/nn.yaml:80:7
%8805 = mul %8795, %8804 : f32[64] @ models/lib/nn.yaml:80:7
%8806 = broadcast %8802 : bool[64] @ models/lib/nn.yaml:80:7
%8807 = select %8806, %8805, %8795 : f32[64] @ models/lib/nn.yaml:80:7
%8808 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8809 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8810 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8811 = add %8810, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8812 = mul %8807, %7317 : f32[64] @ models/lib/nn.yaml:80:7
%8813 = mul %8808, %7319 : f32[64] @ models/lib/nn.yaml:80:7
%8814 = add %8813, %8812 : f32[64] @ models/lib/nn.yaml:80:7
%8815 = mul %8807, %8807 : f32[64] @ models/lib/nn.yaml:80:7
%8816 = mul %8815, %7323 : f32[64] @ models/lib/nn.yaml:80:7
%8817 = mul %8809, %7325 : f32[64] @ models/lib/nn.yaml:80:7
%8818 = add %8817, %8816 : f32[64] @ models/lib/nn.yaml:80:7
%8819 = cast %8811 : f64[] @ models/lib/nn.yaml:80:7
%8820 = pow %6651, %8819 : f64[] @ models/lib/nn.yaml:80:7
%8821 = sub %6632, %8820 : f64[] @ models/lib/nn.yaml:80:7
%8822 = div %4161, %8821 : f64[] @ models/lib/nn.yaml:80:7
%8823 = pow %6659, %8819 : f64[] @ models/lib/nn.yaml:80:7
%8824 = sub %6632, %8823 : f64[] @ models/lib/nn.yaml:80:7
%8825 = sqrt %8824 : f64[] @ models/lib/nn.yaml:80:7
%8826 = div %6632, %8825 : f64[] @ models/lib/nn.yaml:80:7
%8827 = sqrt %8818 : f32[64] @ models/lib/nn.yaml:80:7
%8828 = cast %8826 : f32[] @ models/lib/nn.yaml:80:7
%8829 = broadcast %8828 : f32[64] @ models/lib/nn.yaml:80:7
%8830 = mul %8827, %8829 : f32[64] @ models/lib/nn.yaml:80:7
%8831 = add %8830, %7340 : f32[64] @ models/lib/nn.yaml:80:7
%8832 = div %8814, %8831 : f32[64] @ models/lib/nn.yaml:80:7
%8833 = cast %8822 : f32[] @ models/lib/nn.yaml:80:7
%8834 = broadcast %8833 : f32[64] @ models/lib/nn.yaml:80:7
%8835 = mul %8832, %8834 : f32[64] @ models/lib/nn.yaml:80:7
%8836 = sub %48, %8835 : f32[64] @ models/lib/nn.yaml:80:7
%8837 = assign %48, %8836 : f32[64] @ models/lib/nn.yaml:80:7
%8838 = assign %8808, %8814 : f32[64] @ models/lib/nn.yaml:80:7
%8839 = assign %8809, %8818 : f32[64] @ models/lib/nn.yaml:80:7
%8840 = assign %8810, %8811 : i64[] @ models/lib/nn.yaml:80:7
%8841 = mul %126, %7351 : f32[64] @ models/lib/nn.yaml:80:7
%8842 = mul %8836, %7353 : f32[64] @ models/lib/nn.yaml:80:7
%8843 = add %8841, %8842 : f32[64] @ models/lib/nn.yaml:80:7
%8844 = assign %126, %8843 : f32[64] @ models/lib/nn.yaml:80:7
%8845 = all_reduce_sum %5918 : f32[16,64] @ models/lib/nn.yaml:79:7
%8846 = reshape %8845 : f32[1024] @ models/lib/nn.yaml:79:7
%8847 = mul %8846, %8846 : f32[1024] @ models/lib/nn.yaml:79:7
%8848 = reduce_sum %8847 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8849 = sqrt %8848 : f32[] @ models/lib/nn.yaml:79:7
%8850 = cast %8849 : f64[] @ models/lib/nn.yaml:79:7
%8851 = add %8850, %6628 : f64[] @ models/lib/nn.yaml:79:7
%8852 = div %6630, %8851 : f64[] @ models/lib/nn.yaml:79:7
%8853 = lt %8852, %6632 : bool[] @ models/lib/nn.yaml:79:7
%8854 = cast %8852 : f32[] @ models/lib/nn.yaml:79:7
%8855 = broadcast %8854 : f32[16,64] @ models/lib/nn.yaml:79:7
%8856 = mul %8845, %8855 : f32[16,64] @ models/lib/nn.yaml:79:7
%8857 = broadcast %8853 : bool[16,64] @ models/lib/nn.yaml:79:7
%8858 = select %8857, %8856, %8845 : f32[16,64] @ models/lib/nn.yaml:79:7
%8859 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8860 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8861 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8862 = add %8861, %6642 : i64[] @ models/lib/nn.yaml:79:7
%8863 = mul %49, %7375 : f32[16,64] @ models/lib/nn.yaml:79:7
%8864 = mul %8858, %7377 : f32[16,64] @ models/lib/nn.yaml:79:7
%8865 = mul %8859, %7379 : f32[16,64] @ models/lib/nn.yaml:79:7
%8866 = add %8865, %8864 : f32[16,64] @ models/lib/nn.yaml:79:7
%8867 = mul %8858, %8858 : f32[16,64] @ models/lib/nn.yaml:79:7
%8868 = mul %8867, %7383 : f32[16,64] @ models/lib/nn.yaml:79:7
%8869 = mul %8860, %7385 : f32[16,64] @ models/lib/nn.yaml:79:7
%8870 = add %8869, %8868 : f32[16,64] @ models/lib/nn.yaml:79:7
%8871 = cast %8862 : f64[] @ models/lib/nn.yaml:79:7
%8872 = pow %6651, %8871 : f64[] @ models/lib/nn.yaml:79:7
%8873 = sub %6632, %8872 : f64[] @ models/lib/nn.yaml:79:7
%8874 = div %4161, %8873 : f64[] @ models/lib/nn.yaml:79:7
%8875 = pow %6659, %8871 : f64[] @ models/lib/nn.yaml:79:7
%8876 = sub %6632, %8875 : f64[] @ models/lib/nn.yaml:79:7
%8877 = sqrt %8876 : f64[] @ models/lib/nn.yaml:79:7
%8878 = div %6632, %8877 : f64[] @ models/lib/nn.yaml:79:7
%8879 = sqrt %8870 : f32[16,64] @ models/lib/nn.yaml:79:7
%8880 = cast %8878 : f32[] @ models/lib/nn.yaml:79:7
%8881 = broadcast %8880 : f32[16,64] @ models/lib/nn.yaml:79:7
%8882 = mul %8879, %8881 : f32[16,64] @ models/lib/nn.yaml:79:7
%8883 = add %8882, %7400 : f32[16,64] @ models/lib/nn.yaml:79:7
%8884 = div %8866, %8883 : f32[16,64] @ models/lib/nn.yaml:79:7
%8885 = cast %8874 : f32[] @ models/lib/nn.yaml:79:7
%8886 = broadcast %8885 : f32[16,64] @ models/lib/nn.yaml:79:7
%8887 = mul %8884, %8886 : f32[16,64] @ models/lib/nn.yaml:79:7
%8888 = sub %8863, %8887 : f32[16,64] @ models/lib/nn.yaml:79:7
%8889 = assign %49, %8888 : f32[16,64] @ models/lib/nn.yaml:79:7
%8890 = assign %8859, %8866 : f32[16,64] @ models/lib/nn.yaml:79:7
%8891 = assign %8860, %8870 : f32[16,64] @ models/lib/nn.yaml:79:7
%8892 = assign %8861, %8862 : i64[] @ models/lib/nn.yaml:79:7
%8893 = mul %127, %7411 : f32[16,64] @ models/lib/nn.yaml:79:7
%8894 = mul %8888, %7413 : f32[16,64] @ models/lib/nn.yaml:79:7
%8895 = add %8893, %8894 : f32[16,64] @ models/lib/nn.yaml:79:7
%8896 = assign %127, %8895 : f32[16,64] @ models/lib/nn.yaml:79:7
%8897 = all_reduce_sum %5910 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = mul %8897, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = reduce_sum %8898 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8900 = sqrt %8899 : f32[] @ models/lib/nn.yaml:80:7
%8901 = cast %8900 : f64[] @ models/lib/nn.yaml:80:7
%8902 = add %8901, %6628 : f64[] @ models/lib/nn.yaml:80:7
%8903 = div %6630, %8902 : f64[] @ models/lib/nn.yaml:80:7
%8904 = lt %8903, %6632 : bool[] @ models/lib/nn.yaml:80:7
%8905 = cast %8903 : f32[] @ models/lib/nn.yaml:80:7
%8906 = broadcast %8905 : f32[16] @ models/lib/nn.yaml:80:7
%8907 = mul %8897, %8906 : f32[16] @ models/lib/nn.yaml:80:7
%8908 = broadcast %8904 : bool[16] @ models/lib/nn.yaml:80:7
%8909 = select %8908, %8907, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8910 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8911 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8912 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8913 = add %8912, %6642 : i64[] @ models/lib/nn.yaml:80:7
%8914 = mul %8909, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%8915 = mul %8910, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%8916 = add %8915, %8914 : f32[16] @ models/lib/nn.yaml:80:7
%8917 = mul %8909, %8909 : f32[16] @ models/lib/nn.yaml:80:7
%8918 = mul %8917, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%8919 = mul %8911, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%8920 = add %8919, %8918 : f32[16] @ models/lib/nn.yaml:80:7
%8921 = cast %8913 : f64[] @ models/lib/nn.yaml:80:7
%8922 = pow %6651, %8921 : f64[] @ models/lib/nn.yaml:80:7
%8923 = sub %6632, %8922 : f64[] @ models/lib/nn.yaml:80:7
%8924 = div %4161, %8923 : f64[] @ models/lib/nn.yaml:80:7
%8925 = pow %6659, %8921 : f64[] @ models/lib/nn.yaml:80:7
%8926 = sub %6632, %8925 : f64[] @ models/lib/nn.yaml:80:7
%8927 = sqrt %8926 : f64[] @ models/lib/nn.yaml:80:7
%8928 = div %6632, %8927 : f64[] @ models/lib/nn.yaml:80:7
%8929 = sqrt %8920 : f32[16] @ models/lib/nn.yaml:80:7
%8930 = cast %8928 : f32[] @ models/lib/nn.yaml:80:7
%8931 = broadcast %8930 : f32[16] @ models/lib/nn.yaml:80:7
%8932 = mul %8929, %8931 : f32[16] @ models/lib/nn.yaml:80:7
%8933 = add %8932, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%8934 = div %8916, %8933 : f32[16] @ models/lib/nn.yaml:80:7
%8935 = cast %8924 : f32[] @ models/lib/nn.yaml:80:7
%8936 = broadcast %8935 : f32[16] @ models/lib/nn.yaml:80:7
%8937 = mul %8934, %8936 : f32[16] @ models/lib/nn.yaml:80:7
%8938 = sub %50, %8937 : f32[16] @ models/lib/nn.yaml:80:7
%8939 = assign %50, %8938 : f32[16] @ models/lib/nn.yaml:80:7
%8940 = assign %8910, %8916 : f32[16] @ models/lib/nn.yaml:80:7
%8941 = assign %8911, %8920 : f32[16] @ models/lib/nn.yaml:80:7
%8942 = assign %8912, %8913 : i64[] @ models/lib/nn.yaml:80:7
%8943 = mul %128, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%8944 = mul %8938, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%8945 = add %8943, %8944 : f32[16] @ models/lib/nn.yaml:80:7
%8946 = assign %128, %8945 : f32[16] @ models/lib/nn.yaml:80:7
%8947 = all_reduce_sum %5884 : f32[16] @ models/lib/nn.yaml:89:7
%8948 = mul %8947, %8947 : f32[16] @ models/lib/nn.yaml:89:7
%8949 = reduce_sum %8948 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8950 = sqrt %8949 : f32[] @ models/lib/nn.yaml:89:7
%8951 = cast %8950 : f64[] @ models/lib/nn.yaml:89:7
%8952 = add %8951, %6628 : f64[] @ models/lib/nn.yaml:89:7
%8953 = div %6630, %8952 : f64[] @ models/lib/nn.yaml:89:7
%8954 = lt %8953, %6632 : bool[] @ models/lib/nn.yaml:89:7
%8955 = cast %8953 : f32[] @ models/lib/nn.yaml:89:7
%8956 = broadcast %8955 : f32[16] @ models/lib/nn.yaml:89:7
%8957 = mul %8947, %8956 : f32[16] @ models/lib/nn.yaml:89:7
%8958 = broadcast %8954 : bool[16] @ models/lib/nn.yaml:89:7
%8959 = select %8958, %8957, %8947 : f32[16] @ models/lib/nn.yaml:89:7
%8960 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8961 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8962 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8963 = add %8962, %6642 : i64[] @ models/lib/nn.yaml:89:7
%8964 = mul %8959, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%8965 = mul %8960, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%8966 = add %8965, %8964 : f32[16] @ models/lib/nn.yaml:89:7
%8967 = mul %8959, %8959 : f32[16] @ models/lib/nn.yaml:89:7
%8968 = mul %8967, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%8969 = mul %8961, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%8970 = add %8969, %8968 : f32[16] @ models/lib/nn.yaml:89:7
%8971 = cast %8963 : f64[] @ models/lib/nn.yaml:89:7
%8972 = pow %6651, %8971 : f64[] @ models/lib/nn.yaml:89:7
%8973 = sub %6632, %8972 : f64[] @ models/lib/nn.yaml:89:7
%8974 = div %4161, %8973 : f64[] @ models/lib/nn.yaml:89:7
%8975 = pow %6659, %8971 : f64[] @ models/lib/nn.yaml:89:7
%8976 = sub %6632, %8975 : f64[] @ models/lib/nn.yaml:89:7
%8977 = sqrt %8976 : f64[] @ models/lib/nn.yaml:89:7
%8978 = div %6632, %8977 : f64[] @ models/lib/nn.yaml:89:7
%8979 = sqrt %8970 : f32[16] @ models/lib/nn.yaml:89:7
%8980 = cast %8978 : f32[] @ models/lib/nn.yaml:89:7
%8981 = broadcast %8980 : f32[16] @ models/lib/nn.yaml:89:7
%8982 = mul %8979, %8981 : f32[16] @ models/lib/nn.yaml:89:7
%8983 = add %8982, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%8984 = div %8966, %8983 : f32[16] @ models/lib/nn.yaml:89:7
%8985 = cast %8974 : f32[] @ models/lib/nn.yaml:89:7
%8986 = broadcast %8985 : f32[16] @ models/lib/nn.yaml:89:7
%8987 = mul %8984, %8986 : f32[16] @ models/lib/nn.yaml:89:7
%8988 = sub %51, %8987 : f32[16] @ models/lib/nn.yaml:89:7
%8989 = assign %51, %8988 : f32[16] @ models/lib/nn.yaml:89:7
%8990 = assign %8960, %8966 : f32[16] @ models/lib/nn.yaml:89:7
%8991 = assign %8961, %8970 : f32[16] @ models/lib/nn.yaml:89:7
%8992 = assign %8962, %8963 : i64[] @ models/lib/nn.yaml:89:7
%8993 = mul %129, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%8994 = mul %8988, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%8995 = add %8993, %8994 : f32[16] @ models/lib/nn.yaml:89:7
%8996 = assign %129, %8995 : f32[16] @ models/lib/nn.yaml:89:7
%8997 = all_reduce_sum %5879 : f32[16] @ models/lib/nn.yaml:90:7
%8998 = mul %8997, %8997 : f32[16] @ models/lib/nn.yaml:90:7
%8999 = reduce_sum %8998 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9000 = sqrt %8999 : f32[] @ models/lib/nn.yaml:90:7
%9001 = cast %9000 : f64[] @ models/lib/nn.yaml:90:7
%9002 = add %9001, %6628 : f64[] @ models/lib/nn.yaml:90:7
%9003 = div %6630, %9002 : f64[] @ models/lib/nn.yaml:90:7
%9004 = lt %9003, %6632 : bool[] @ models/lib/nn.yaml:90:7
%9005 = cast %9003 : f32[] @ models/lib/nn.yaml:90:7
%9006 = broadcast %9005 : f32[16] @ models/lib/nn.yaml:90:7
%9007 = mul %8997, %9006 : f32[16] @ models/lib/nn.yaml:90:7
%9008 = broadcast %9004 : bool[16] @ models/lib/nn.yaml:90:7
%9009 = select %9008, %9007, %8997 : f32[16] @ models/lib/nn.yaml:90:7
%9010 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9011 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9012 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9013 = add %9012, %6642 : i64[] @ models/lib/nn.yaml:90:7
%9014 = mul %9009, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%9015 = mul %9010, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%9016 = add %9015, %9014 : f32[16] @ models/lib/nn.yaml:90:7
%9017 = mul %9009, %9009 : f32[16] @ models/lib/nn.yaml:90:7
%9018 = mul %9017, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%9019 = mul %9011, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%9020 = add %9019, %9018 : f32[16] @ models/lib/nn.yaml:90:7
%9021 = cast %9013 : f64[] @ models/lib/nn.yaml:90:7
%9022 = pow %6651, %9021 : f64[] @ models/lib/nn.yaml:90:7
%9023 = sub %6632, %9022 : f64[] @ models/lib/nn.yaml:90:7
%9024 = div %4161, %9023 : f64[] @ models/lib/nn.yaml:90:7
%9025 = pow %6659, %9021 : f64[] @ models/lib/nn.yaml:90:7
%9026 = sub %6632, %9025 : f64[] @ models/lib/nn.yaml:90:7
%9027 = sqrt %9026 : f64[] @ models/lib/nn.yaml:90:7
%9028 = div %6632, %9027 : f64[] @ models/lib/nn.yaml:90:7
%9029 = sqrt %9020 : f32[16] @ models/lib/nn.yaml:90:7
%9030 = cast %9028 : f32[] @ models/lib/nn.yaml:90:7
%9031 = broadcast %9030 : f32[16] @ models/lib/nn.yaml:90:7
%9032 = mul %9029, %9031 : f32[16] @ models/lib/nn.yaml:90:7
%9033 = add %9032, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%9034 = div %9016, %9033 : f32[16] @ models/lib/nn.yaml:90:7
%9035 = cast %9024 : f32[] @ models/lib/nn.yaml:90:7
%9036 = broadcast %9035 : f32[16] @ models/lib/nn.yaml:90:7
%9037 = mul %9034, %9036 : f32[16] @ models/lib/nn.yaml:90:7
%9038 = sub %52, %9037 : f32[16] @ models/lib/nn.yaml:90:7
%9039 = assign %52, %9038 : f32[16] @ models/lib/nn.yaml:90:7
%9040 = assign %9010, %9016 : f32[16] @ models/lib/nn.yaml:90:7
%9041 = assign %9011, %9020 : f32[16] @ models/lib/nn.yaml:90:7
%9042 = assign %9012, %9013 : i64[] @ models/lib/nn.yaml:90:7
%9043 = mul %130, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%9044 = mul %9038, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%9045 = add %9043, %9044 : f32[16] @ models/lib/nn.yaml:90:7
%9046 = assign %130, %9045 : f32[16] @ models/lib/nn.yaml:90:7
%9047 = all_reduce_sum %5872 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = reshape %9047 : f32[256] @ models/lib/nn.yaml:79:7
%9049 = mul %9048, %9048 : f32[256] @ models/lib/nn.yaml:79:7
%9050 = reduce_sum %9049 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9051 = sqrt %9050 : f32[] @ models/lib/nn.yaml:79:7
%9052 = cast %9051 : f64[] @ models/lib/nn.yaml:79:7
%9053 = add %9052, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9054 = div %6630, %9053 : f64[] @ models/lib/nn.yaml:79:7
%9055 = lt %9054, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9056 = cast %9054 : f32[] @ models/lib/nn.yaml:79:7
%9057 = broadcast %9056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9058 = mul %9047, %9057 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = broadcast %9055 : bool[16,16] @ models/lib/nn.yaml:79:7
%9060 = select %9059, %9058, %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9061 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9062 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9063 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9064 = add %9063, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9065 = mul %53, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9066 = mul %9060, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9067 = mul %9061, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9068 = add %9067, %9066 : f32[16,16] @ models/lib/nn.yaml:79:7
%9069 = mul %9060, %9060 : f32[16,16] @ models/lib/nn.yaml:79:7
%9070 = mul %9069, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9071 = mul %9062, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9072 = add %9071, %9070 : f32[16,16] @ models/lib/nn.yaml:79:7
%9073 = cast %9064 : f64[] @ models/lib/nn.yaml:79:7
%9074 = pow %6651, %9073 : f64[] @ models/lib/nn.yaml:79:7
%9075 = sub %6632, %9074 : f64[] @ models/lib/nn.yaml:79:7
%9076 = div %4161, %9075 : f64[] @ models/lib/nn.yaml:79:7
%9077 = pow %6659, %9073 : f64[] @ models/lib/nn.yaml:79:7
%9078 = sub %6632, %9077 : f64[] @ models/lib/nn.yaml:79:7
%9079 = sqrt %9078 : f64[] @ models/lib/nn.yaml:79:7
%9080 = div %6632, %9079 : f64[] @ models/lib/nn.yaml:79:7
%9081 = sqrt %9072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9082 = cast %9080 : f32[] @ models/lib/nn.yaml:79:7
%9083 = broadcast %9082 : f32[16,16] @ models/lib/nn.yaml:79:7
%9084 = mul %9081, %9083 : f32[16,16] @ models/lib/nn.yaml:79:7
%9085 = add %9084, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%9086 = div %9068, %9085 : f32[16,16] @ models/lib/nn.yaml:79:7
%9087 = cast %9076 : f32[] @ models/lib/nn.yaml:79:7
%9088 = broadcast %9087 : f32[16,16] @ models/lib/nn.yaml:79:7
%9089 = mul %9086, %9088 : f32[16,16] @ models/lib/nn.yaml:79:7
%9090 = sub %9065, %9089 : f32[16,16] @ models/lib/nn.yaml:79:7
%9091 = assign %53, %9090 : f32[16,16] @ models/lib/nn.yaml:79:7
%9092 = assign %9061, %9068 : f32[16,16] @ models/lib/nn.yaml:79:7
%9093 = assign %9062, %9072 : f32[16,16] @ models/lib/nn.yaml:79:7
%9094 = assign %9063, %9064 : i64[] @ models/lib/nn.yaml:79:7
%9095 = mul %131, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%9096 = mul %9090, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9097 = add %9095, %9096 : f32[16,16] @ models/lib/nn.yaml:79:7
%9098 = assign %131, %9097 : f32[16,16] @ models/lib/nn.yaml:79:7
%9099 = all_reduce_sum %5863 : f32[16] @ models/lib/nn.yaml:80:7
%9100 = mul %9099, %9099 : f32[16] @ models/lib/nn.yaml:80:7
%9101 = reduce_sum %9100 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9102 = sqrt %9101 : f32[] @ models/lib/nn.yaml:80:7
%9103 = cast %9102 : f64[] @ models/lib/nn.yaml:80:7
%9104 = add %9103, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9105 = div %6630, %9104 : f64[] @ models/lib/nn.yaml:80:7
%9106 = lt %9105, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9107 = cast %9105 : f32[] @ models/lib/nn.yaml:80:7
%9108 = broadcast %9107 : f32[16] @ models/lib/nn.yaml:80:7
%9109 = mul %9099, %9108 : f32[16] @ models/lib/nn.yaml:80:7
%9110 = broadcast %9106 : bool[16] @ models/lib/nn.yaml:80:7
%9111 = select %9110, %9109, %9099 : f32[16] @ models/lib/nn.yaml:80:7
%9112 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9113 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9114 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9115 = add %9114, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9116 = mul %9111, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%9117 = mul %9112, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%9118 = add %9117, %9116 : f32[16] @ models/lib/nn.yaml:80:7
%9119 = mul %9111, %9111 : f32[16] @ models/lib/nn.yaml:80:7
%9120 = mul %9119, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%9121 = mul %9113, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%9122 = add %9121, %9120 : f32[16] @ models/lib/nn.yaml:80:7
%9123 = cast %9115 : f64[] @ models/lib/nn.yaml:80:7
%9124 = pow %6651, %9123 : f64[] @ models/lib/nn.yaml:80:7
%9125 = sub %6632, %9124 : f64[] @ models/lib/nn.yaml:80:7
%9126 = div %4161, %9125 : f64[] @ models/lib/nn.yaml:80:7
%9127 = pow %6659, %9123 : f64[] @ models/lib/nn.yaml:80:7
%9128 = sub %6632, %9127 : f64[] @ models/lib/nn.yaml:80:7
%9129 = sqrt %9128 : f64[] @ models/lib/nn.yaml:80:7
%9130 = div %6632, %9129 : f64[] @ models/lib/nn.yaml:80:7
%9131 = sqrt %9122 : f32[16] @ models/lib/nn.yaml:80:7
%9132 = cast %9130 : f32[] @ models/lib/nn.yaml:80:7
%9133 = broadcast %9132 : f32[16] @ models/lib/nn.yaml:80:7
%9134 = mul %9131, %9133 : f32[16] @ models/lib/nn.yaml:80:7
%9135 = add %9134, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%9136 = div %9118, %9135 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = cast %9126 : f32[] @ models/lib/nn.yaml:80:7
%9138 = broadcast %9137 : f32[16] @ models/lib/nn.yaml:80:7
%9139 = mul %9136, %9138 : f32[16] @ models/lib/nn.yaml:80:7
%9140 = sub %54, %9139 : f32[16] @ models/lib/nn.yaml:80:7
%9141 = assign %54, %9140 : f32[16] @ models/lib/nn.yaml:80:7
%9142 = assign %9112, %9118 : f32[16] @ models/lib/nn.yaml:80:7
%9143 = assign %9113, %9122 : f32[16] @ models/lib/nn.yaml:80:7
%9144 = assign %9114, %9115 : i64[] @ models/lib/nn.yaml:80:7
%9145 = mul %132, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%9146 = mul %9140, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%9147 = add %9145, %9146 : f32[16] @ models/lib/nn.yaml:80:7
%9148 = assign %132, %9147 : f32[16] @ models/lib/nn.yaml:80:7
%9149 = all_reduce_sum %5857 : f32[16,16] @ models/lib/nn.yaml:79:7
%9150 = reshape %9149 : f32[256] @ models/lib/nn.yaml:79:7
%9151 = mul %9150, %9150 : f32[256] @ models/lib/nn.yaml:79:7
%9152 = reduce_sum %9151 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9153 = sqrt %9152 : f32[] @ models/lib/nn.yaml:79:7
%9154 = cast %9153 : f64[] @ models/lib/nn.yaml:79:7
%9155 = add %9154, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9156 = div %6630, %9155 : f64[] @ models/lib/nn.yaml:79:7
%9157 = lt %9156, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9158 = cast %9156 : f32[] @ models/lib/nn.yaml:79:7
%9159 = broadcast %9158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9160 = mul %9149, %9159 : f32[16,16] @ models/lib/nn.yaml:79:7
%9161 = broadcast %9157 : bool[16,16] @ models/lib/nn.yaml:79:7
%9162 = select %9161, %9160, %9149 : f32[16,16] @ models/lib/nn.yaml:79:7
%9163 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9164 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9165 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9166 = add %9165, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9167 = mul %55, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9168 = mul %9162, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9169 = mul %9163, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9170 = add %9169, %9168 : f32[16,16] @ models/lib/nn.yaml:79:7
%9171 = mul %9162, %9162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9172 = mul %9171, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9173 = mul %9164, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = add %9173, %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = cast %9166 : f64[] @ models/lib/nn.yaml:79:7
%9176 = pow %6651, %9175 : f64[] @ models/lib/nn.yaml:79:7
%9177 = sub %6632, %9176 : f64[] @ models/lib/nn.yaml:79:7
%9178 = div %4161, %9177 : f64[] @ models/lib/nn.yaml:79:7
%9179 = pow %6659, %9175 : f64[] @ models/lib/nn.yaml:79:7
%9180 = sub %6632, %9179 : f64[] @ models/lib/nn.yaml:79:7
%9181 = sqrt %9180 : f64[] @ models/lib/nn.yaml:79:7
%9182 = div %6632, %9181 : f64[] @ models/lib/nn.yaml:79:7
%9183 = sqrt %9174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9184 = cast %9182 : f32[] @ models/lib/nn.yaml:79:7
%9185 = broadcast %9184 : f32[16,16] @ models/lib/nn.yaml:79:7
%9186 = mul %9183, %9185 : f32[16,16] @ models/lib/nn.yaml:79:7
%9187 = add %9186, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%9188 = div %9170, %9187 : f32[16,16] @ models/lib/nn.yaml:79:7
%9189 = cast %9178 : f32[] @ models/lib/nn.yaml:79:7
%9190 = broadcast %9189 : f32[16,16] @ models/lib/nn.yaml:79:7
%9191 = mul %9188, %9190 : f32[16,16] @ models/lib/nn.yaml:79:7
%9192 = sub %9167, %9191 : f32[16,16] @ models/lib/nn.yaml:79:7
%9193 = assign %55, %9192 : f32[16,16] @ models/lib/nn.yaml:79:7
%9194 = assign %9163, %9170 : f32[16,16] @ models/lib/nn.yaml:79:7
%9195 = assign %9164, %9174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9196 = assign %9165, %9166 : i64[] @ models/lib/nn.yaml:79:7
%9197 = mul %133, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%9198 = mul %9192, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9199 = add %9197, %9198 : f32[16,16] @ models/lib/nn.yaml:79:7
%9200 = assign %133, %9199 : f32[16,16] @ models/lib/nn.yaml:79:7
%9201 = all_reduce_sum %5849 : f32[16] @ models/lib/nn.yaml:80:7
%9202 = mul %9201, %9201 : f32[16] @ models/lib/nn.yaml:80:7
%9203 = reduce_sum %9202 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9204 = sqrt %9203 : f32[] @ models/lib/nn.yaml:80:7
%9205 = cast %9204 : f64[] @ models/lib/nn.yaml:80:7
%9206 = add %9205, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9207 = div %6630, %9206 : f64[] @ models/lib/nn.yaml:80:7
%9208 = lt %9207, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9209 = cast %9207 : f32[] @ models/lib/nn.yaml:80:7
%9210 = broadcast %9209 : f32[16] @ models/lib/nn.yaml:80:7
%9211 = mul %9201, %9210 : f32[16] @ models/lib/nn.yaml:80:7
%9212 = broadcast %9208 : bool[16] @ models/lib/nn.yaml:80:7
%9213 = select %9212, %9211, %9201 : f32[16] @ models/lib/nn.yaml:80:7
%9214 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9215 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9216 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9217 = add %9216, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9218 = mul %9213, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%9219 = mul %9214, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%9220 = add %9219, %9218 : f32[16] @ models/lib/nn.yaml:80:7
%9221 = mul %9213, %9213 : f32[16] @ models/lib/nn.yaml:80:7
%9222 = mul %9221, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%9223 = mul %9215, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%9224 = add %9223, %9222 : f32[16] @ models/lib/nn.yaml:80:7
%9225 = cast %9217 : f64[] @ models/lib/nn.yaml:80:7
%9226 = pow %6651, %9225 : f64[] @ models/lib/nn.yaml:80:7
%9227 = sub %6632, %9226 : f64[] @ models/lib/nn.yaml:80:7
%9228 = div %4161, %9227 : f64[] @ models/lib/nn.yaml:80:7
%9229 = pow %6659, %9225 : f64[] @ models/lib/nn.yaml:80:7
%9230 = sub %6632, %9229 : f64[] @ models/lib/nn.yaml:80:7
%9231 = sqrt %9230 : f64[] @ models/lib/nn.yaml:80:7
%9232 = div %6632, %9231 : f64[] @ models/lib/nn.yaml:80:7
%9233 = sqrt %9224 : f32[16] @ models/lib/nn.yaml:80:7
%9234 = cast %9232 : f32[] @ models/lib/nn.yaml:80:7
%9235 = broadcast %9234 : f32[16] @ models/lib/nn.yaml:80:7
%9236 = mul %9233, %9235 : f32[16] @ models/lib/nn.yaml:80:7
%9237 = add %9236, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = div %9220, %9237 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = cast %9228 : f32[] @ models/lib/nn.yaml:80:7
%9240 = broadcast %9239 : f32[16] @ models/lib/nn.yaml:80:7
%9241 = mul %9238, %9240 : f32[16] @ models/lib/nn.yaml:80:7
%9242 = sub %56, %9241 : f32[16] @ models/lib/nn.yaml:80:7
%9243 = assign %56, %9242 : f32[16] @ models/lib/nn.yaml:80:7
%9244 = assign %9214, %9220 : f32[16] @ models/lib/nn.yaml:80:7
%9245 = assign %9215, %9224 : f32[16] @ models/lib/nn.yaml:80:7
%9246 = assign %9216, %9217 : i64[] @ models/lib/nn.yaml:80:7
%9247 = mul %134, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%9248 = mul %9242, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%9249 = add %9247, %9248 : f32[16] @ models/lib/nn.yaml:80:7
%9250 = assign %134, %9249 : f32[16] @ models/lib/nn.yaml:80:7
%9251 = all_reduce_sum %5843 : f32[16,16] @ models/lib/nn.yaml:79:7
%9252 = reshape %9251 : f32[256] @ models/lib/nn.yaml:79:7
%9253 = mul %9252, %9252 : f32[256] @ models/lib/nn.yaml:79:7
%9254 = reduce_sum %9253 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9255 = sqrt %9254 : f32[] @ models/lib/nn.yaml:79:7
%9256 = cast %9255 : f64[] @ models/lib/nn.yaml:79:7
%9257 = add %9256, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9258 = div %6630, %9257 : f64[] @ models/lib/nn.yaml:79:7
%9259 = lt %9258, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9260 = cast %9258 : f32[] @ models/lib/nn.yaml:79:7
%9261 = broadcast %9260 : f32[16,16] @ models/lib/nn.yaml:79:7
%9262 = mul %9251, %9261 : f32[16,16] @ models/lib/nn.yaml:79:7
%9263 = broadcast %9259 : bool[16,16] @ models/lib/nn.yaml:79:7
%9264 = select %9263, %9262, %9251 : f32[16,16] @ models/lib/nn.yaml:79:7
%9265 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9266 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9267 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9268 = add %9267, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9269 = mul %57, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9270 = mul %9264, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9271 = mul %9265, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9272 = add %9271, %9270 : f32[16,16] @ models/lib/nn.yaml:79:7
%9273 = mul %9264, %9264 : f32[16,16] @ models/lib/nn.yaml:79:7
%9274 = mul %9273, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9275 = mul %9266, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9276 = add %9275, %9274 : f32[16,16] @ models/lib/nn.yaml:79:7
%9277 = cast %9268 : f64[] @ models/lib/nn.yaml:79:7
%9278 = pow %6651, %9277 : f64[] @ models/lib/nn.yaml:79:7
%9279 = sub %6632, %9278 : f64[] @ models/lib/nn.yaml:79:7
%9280 = div %4161, %9279 : f64[] @ models/lib/nn.yaml:79:7
%9281 = pow %6659, %9277 : f64[] @ models/lib/nn.yaml:79:7
%9282 = sub %6632, %9281 : f64[] @ models/lib/nn.yaml:79:7
%9283 = sqrt %9282 : f64[] @ models/lib/nn.yaml:79:7
%9284 = div %6632, %9283 : f64[] @ models/lib/nn.yaml:79:7
%9285 = sqrt %9276 : f32[16,16] @ models/lib/nn.yaml:79:7
%9286 = cast %9284 : f32[] @ models/lib/nn.yaml:79:7
%9287 = broadcast %9286 : f32[16,16] @ models/lib/nn.yaml:79:7
%9288 = mul %9285, %9287 : f32[16,16] @ models/lib/nn.yaml:79:7
%9289 = add %9288, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%9290 = div %9272, %9289 : f32[16,16] @ models/lib/nn.yaml:79:7
%9291 = cast %9280 : f32[] @ models/lib/nn.yaml:79:7
%9292 = broadcast %9291 : f32[16,16] @ models/lib/nn.yaml:79:7
%9293 = mul %9290, %9292 : f32[16,16] @ models/lib/nn.yaml:79:7
%9294 = sub %9269, %9293 : f32[16,16] @ models/lib/nn.yaml:79:7
%9295 = assign %57, %9294 : f32[16,16] @ models/lib/nn.yaml:79:7
%9296 = assign %9265, %9272 : f32[16,16] @ models/lib/nn.yaml:79:7
%9297 = assign %9266, %9276 : f32[16,16] @ models/lib/nn.yaml:79:7
%9298 = assign %9267, %9268 : i64[] @ models/lib/nn.yaml:79:7
%9299 = mul %135, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%9300 = mul %9294, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9301 = add %9299, %9300 : f32[16,16] @ models/lib/nn.yaml:79:7
%9302 = assign %135, %9301 : f32[16,16] @ models/lib/nn.yaml:79:7
%9303 = all_reduce_sum %5837 : f32[16] @ models/lib/nn.yaml:80:7
%9304 = mul %9303, %9303 : f32[16] @ models/lib/nn.yaml:80:7
%9305 = reduce_sum %9304 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9306 = sqrt %9305 : f32[] @ models/lib/nn.yaml:80:7
%9307 = cast %9306 : f64[] @ models/lib/nn.yaml:80:7
%9308 = add %9307, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9309 = div %6630, %9308 : f64[] @ models/lib/nn.yaml:80:7
%9310 = lt %9309, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9311 = cast %9309 : f32[] @ models/lib/nn.yaml:80:7
%9312 = broadcast %9311 : f32[16] @ models/lib/nn.yaml:80:7
%9313 = mul %9303, %9312 : f32[16] @ models/lib/nn.yaml:80:7
%9314 = broadcast %9310 : bool[16] @ models/lib/nn.yaml:80:7
%9315 = select %9314, %9313, %9303 : f32[16] @ models/lib/nn.yaml:80:7
%9316 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9317 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9318 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9319 = add %9318, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9320 = mul %9315, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%9321 = mul %9316, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%9322 = add %9321, %9320 : f32[16] @ models/lib/nn.yaml:80:7
%9323 = mul %9315, %9315 : f32[16] @ models/lib/nn.yaml:80:7
%9324 = mul %9323, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%9325 = mul %9317, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%9326 = add %9325, %9324 : f32[16] @ models/lib/nn.yaml:80:7
%9327 = cast %9319 : f64[] @ models/lib/nn.yaml:80:7
%9328 = pow %6651, %9327 : f64[] @ models/lib/nn.yaml:80:7
%9329 = sub %6632, %9328 : f64[] @ models/lib/nn.yaml:80:7
%9330 = div %4161, %9329 : f64[] @ models/lib/nn.yaml:80:7
%9331 = pow %6659, %9327 : f64[] @ models/lib/nn.yaml:80:7
%9332 = sub %6632, %9331 : f64[] @ models/lib/nn.yaml:80:7
%9333 = sqrt %9332 : f64[] @ models/lib/nn.yaml:80:7
%9334 = div %6632, %9333 : f64[] @ models/lib/nn.yaml:80:7
%9335 = sqrt %9326 : f32[16] @ models/lib/nn.yaml:80:7
%9336 = cast %9334 : f32[] @ models/lib/nn.yaml:80:7
%9337 = broadcast %9336 : f32[16] @ models/lib/nn.yaml:80:7
%9338 = mul %9335, %9337 : f32[16] @ models/lib/nn.yaml:80:7
%9339 = add %9338, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%9340 = div %9322, %9339 : f32[16] @ models/lib/nn.yaml:80:7
%9341 = cast %9330 : f32[] @ models/lib/nn.yaml:80:7
%9342 = broadcast %9341 : f32[16] @ models/lib/nn.yaml:80:7
%9343 = mul %9340, %9342 : f32[16] @ models/lib/nn.yaml:80:7
%9344 = sub %58, %9343 : f32[16] @ models/lib/nn.yaml:80:7
%9345 = assign %58, %9344 : f32[16] @ models/lib/nn.yaml:80:7
%9346 = assign %9316, %9322 : f32[16] @ models/lib/nn.yaml:80:7
%9347 = assign %9317, %9326 : f32[16] @ models/lib/nn.yaml:80:7
%9348 = assign %9318, %9319 : i64[] @ models/lib/nn.yaml:80:7
%9349 = mul %136, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%9350 = mul %9344, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%9351 = add %9349, %9350 : f32[16] @ models/lib/nn.yaml:80:7
%9352 = assign %136, %9351 : f32[16] @ models/lib/nn.yaml:80:7
%9353 = all_reduce_sum %5743 : f32[16,16] @ models/lib/nn.yaml:79:7
%9354 = reshape %9353 : f32[256] @ models/lib/nn.yaml:79:7
%9355 = mul %9354, %9354 : f32[256] @ models/lib/nn.yaml:79:7
%9356 = reduce_sum %9355 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9357 = sqrt %9356 : f32[] @ models/lib/nn.yaml:79:7
%9358 = cast %9357 : f64[] @ models/lib/nn.yaml:79:7
%9359 = add %9358, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9360 = div %6630, %9359 : f64[] @ models/lib/nn.yaml:79:7
%9361 = lt %9360, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9362 = cast %9360 : f32[] @ models/lib/nn.yaml:79:7
%9363 = broadcast %9362 : f32[16,16] @ models/lib/nn.yaml:79:7
%9364 = mul %9353, %9363 : f32[16,16] @ models/lib/nn.yaml:79:7
%9365 = broadcast %9361 : bool[16,16] @ models/lib/nn.yaml:79:7
%9366 = select %9365, %9364, %9353 : f32[16,16] @ models/lib/nn.yaml:79:7
%9367 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9368 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9369 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9370 = add %9369, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9371 = mul %59, %7048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9372 = mul %9366, %7050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9373 = mul %9367, %7052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9374 = add %9373, %9372 : f32[16,16] @ models/lib/nn.yaml:79:7
%9375 = mul %9366, %9366 : f32[16,16] @ models/lib/nn.yaml:79:7
%9376 = mul %9375, %7056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9377 = mul %9368, %7058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9378 = add %9377, %9376 : f32[16,16] @ models/lib/nn.yaml:79:7
%9379 = cast %9370 : f64[] @ models/lib/nn.yaml:79:7
%9380 = pow %6651, %9379 : f64[] @ models/lib/nn.yaml:79:7
%9381 = sub %6632, %9380 : f64[] @ models/lib/nn.yaml:79:7
%9382 = div %4161, %9381 : f64[] @ models/lib/nn.yaml:79:7
%9383 = pow %6659, %9379 : f64[] @ models/lib/nn.yaml:79:7
%9384 = sub %6632, %9383 : f64[] @ models/lib/nn.yaml:79:7
%9385 = sqrt %9384 : f64[] @ models/lib/nn.yaml:79:7
%9386 = div %6632, %9385 : f64[] @ models/lib/nn.yaml:79:7
%9387 = sqrt %9378 : f32[16,16] @ models/lib/nn.yaml:79:7
%9388 = cast %9386 : f32[] @ models/lib/nn.yaml:79:7
%9389 = broadcast %9388 : f32[16,16] @ models/lib/nn.yaml:79:7
%9390 = mul %9387, %9389 : f32[16,16] @ models/lib/nn.yaml:79:7
%9391 = add %9390, %7073 : f32[16,16] @ models/lib/nn.yaml:79:7
%9392 = div %9374, %9391 : f32[16,16] @ models/lib/nn.yaml:79:7
%9393 = cast %9382 : f32[] @ models/lib/nn.yaml:79:7
%9394 = broadcast %9393 : f32[16,16] @ models/lib/nn.yaml:79:7
%9395 = mul %9392, %9394 : f32[16,16] @ models/lib/nn.yaml:79:7
%9396 = sub %9371, %9395 : f32[16,16] @ models/lib/nn.yaml:79:7
%9397 = assign %59, %9396 : f32[16,16] @ models/lib/nn.yaml:79:7
%9398 = assign %9367, %9374 : f32[16,16] @ models/lib/nn.yaml:79:7
%9399 = assign %9368, %9378 : f32[16,16] @ models/lib/nn.yaml:79:7
%9400 = assign %9369, %9370 : i64[] @ models/lib/nn.yaml:79:7
%9401 = mul %137, %7084 : f32[16,16] @ models/lib/nn.yaml:79:7
%9402 = mul %9396, %7086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9403 = add %9401, %9402 : f32[16,16] @ models/lib/nn.yaml:79:7
%9404 = assign %137, %9403 : f32[16,16] @ models/lib/nn.yaml:79:7
%9405 = all_reduce_sum %5735 : f32[16] @ models/lib/nn.yaml:80:7
%9406 = mul %9405, %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9407 = reduce_sum %9406 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9408 = sqrt %9407 : f32[] @ models/lib/nn.yaml:80:7
%9409 = cast %9408 : f64[] @ models/lib/nn.yaml:80:7
%9410 = add %9409, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9411 = div %6630, %9410 : f64[] @ models/lib/nn.yaml:80:7
%9412 = lt %9411, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9413 = cast %9411 : f32[] @ models/lib/nn.yaml:80:7
%9414 = broadcast %9413 : f32[16] @ models/lib/nn.yaml:80:7
%9415 = mul %9405, %9414 : f32[16] @ models/lib/nn.yaml:80:7
%9416 = broadcast %9412 : bool[16] @ models/lib/nn.yaml:80:7
%9417 = select %9416, %9415, %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9418 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9419 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9420 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9421 = add %9420, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9422 = mul %9417, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%9423 = mul %9418, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%9424 = add %9423, %9422 : f32[16] @ models/lib/nn.yaml:80:7
%9425 = mul %9417, %9417 : f32[16] @ models/lib/nn.yaml:80:7
%9426 = mul %9425, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%9427 = mul %9419, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%9428 = add %9427, %9426 : f32[16] @ models/lib/nn.yaml:80:7
%9429 = cast %9421 : f64[] @ models/lib/nn.yaml:80:7
%9430 = pow %6651, %9429 : f64[] @ models/lib/nn.yaml:80:7
%9431 = sub %6632, %9430 : f64[] @ models/lib/nn.yaml:80:7
%9432 = div %4161, %9431 : f64[] @ models/lib/nn.yaml:80:7
%9433 = pow %6659, %9429 : f64[] @ models/lib/nn.yaml:80:7
%9434 = sub %6632, %9433 : f64[] @ models/lib/nn.yaml:80:7
%9435 = sqrt %9434 : f64[] @ models/lib/nn.yaml:80:7
%9436 = div %6632, %9435 : f64[] @ models/lib/nn.yaml:80:7
%9437 = sqrt %9428 : f32[16] @ models/lib/nn.yaml:80:7
%9438 = cast %9436 : f32[] @ models/lib/nn.yaml:80:7
%9439 = broadcast %9438 : f32[16] @ models/lib/nn.yaml:80:7
%9440 = mul %9437, %9439 : f32[16] @ models/lib/nn.yaml:80:7
%9441 = add %9440, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%9442 = div %9424, %9441 : f32[16] @ models/lib/nn.yaml:80:7
%9443 = cast %9432 : f32[] @ models/lib/nn.yaml:80:7
%9444 = broadcast %9443 : f32[16] @ models/lib/nn.yaml:80:7
%9445 = mul %9442, %9444 : f32[16] @ models/lib/nn.yaml:80:7
%9446 = sub %60, %9445 : f32[16] @ models/lib/nn.yaml:80:7
%9447 = assign %60, %9446 : f32[16] @ models/lib/nn.yaml:80:7
%9448 = assign %9418, %9424 : f32[16] @ models/lib/nn.yaml:80:7
%9449 = assign %9419, %9428 : f32[16] @ models/lib/nn.yaml:80:7
%9450 = assign %9420, %9421 : i64[] @ models/lib/nn.yaml:80:7
%9451 = mul %138, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%9452 = mul %9446, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%9453 = add %9451, %9452 : f32[16] @ models/lib/nn.yaml:80:7
%9454 = assign %138, %9453 : f32[16] @ models/lib/nn.yaml:80:7
%9455 = all_reduce_sum %5714 : f32[16] @ models/lib/nn.yaml:89:7
%9456 = mul %9455, %9455 : f32[16] @ models/lib/nn.yaml:89:7
%9457 = reduce_sum %9456 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9458 = sqrt %9457 : f32[] @ models/lib/nn.yaml:89:7
%9459 = cast %9458 : f64[] @ models/lib/nn.yaml:89:7
%9460 = add %9459, %6628 : f64[] @ models/lib/nn.yaml:89:7
%9461 = div %6630, %9460 : f64[] @ models/lib/nn.yaml:89:7
%9462 = lt %9461, %6632 : bool[] @ models/lib/nn.yaml:89:7
%9463 = cast %9461 : f32[] @ models/lib/nn.yaml:89:7
%9464 = broadcast %9463 : f32[16] @ models/lib/nn.yaml:89:7
%9465 = mul %9455, %9464 : f32[16] @ models/lib/nn.yaml:89:7
%9466 = broadcast %9462 : bool[16] @ models/lib/nn.yaml:89:7
%9467 = select %9466, %9465, %9455 : f32[16] @ models/lib/nn.yaml:89:7
%9468 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9469 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9470 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9471 = add %9470, %6642 : i64[] @ models/lib/nn.yaml:89:7
%9472 = mul %9467, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%9473 = mul %9468, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%9474 = add %9473, %9472 : f32[16] @ models/lib/nn.yaml:89:7
%9475 = mul %9467, %9467 : f32[16] @ models/lib/nn.yaml:89:7
%9476 = mul %9475, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%9477 = mul %9469, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%9478 = add %9477, %9476 : f32[16] @ models/lib/nn.yaml:89:7
%9479 = cast %9471 : f64[] @ models/lib/nn.yaml:89:7
%9480 = pow %6651, %9479 : f64[] @ models/lib/nn.yaml:89:7
%9481 = sub %6632, %9480 : f64[] @ models/lib/nn.yaml:89:7
%9482 = div %4161, %9481 : f64[] @ models/lib/nn.yaml:89:7
%9483 = pow %6659, %9479 : f64[] @ models/lib/nn.yaml:89:7
%9484 = sub %6632, %9483 : f64[] @ models/lib/nn.yaml:89:7
%9485 = sqrt %9484 : f64[] @ models/lib/nn.yaml:89:7
%9486 = div %6632, %9485 : f64[] @ models/lib/nn.yaml:89:7
%9487 = sqrt %9478 : f32[16] @ models/lib/nn.yaml:89:7
%9488 = cast %9486 : f32[] @ models/lib/nn.yaml:89:7
%9489 = broadcast %9488 : f32[16] @ models/lib/nn.yaml:89:7
%9490 = mul %9487, %9489 : f32[16] @ models/lib/nn.yaml:89:7
%9491 = add %9490, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%9492 = div %9474, %9491 : f32[16] @ models/lib/nn.yaml:89:7
%9493 = cast %9482 : f32[] @ models/lib/nn.yaml:89:7
%9494 = broadcast %9493 : f32[16] @ models/lib/nn.yaml:89:7
%9495 = mul %9492, %9494 : f32[16] @ models/lib/nn.yaml:89:7
%9496 = sub %61, %9495 : f32[16] @ models/lib/nn.yaml:89:7
%9497 = assign %61, %9496 : f32[16] @ models/lib/nn.yaml:89:7
%9498 = assign %9468, %9474 : f32[16] @ models/lib/nn.yaml:89:7
%9499 = assign %9469, %9478 : f32[16] @ models/lib/nn.yaml:89:7
%9500 = assign %9470, %9471 : i64[] @ models/lib/nn.yaml:89:7
%9501 = mul %139, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%9502 = mul %9496, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%9503 = add %9501, %9502 : f32[16] @ models/lib/nn.yaml:89:7
%9504 = assign %139, %9503 : f32[16] @ models/lib/nn.yaml:89:7
%9505 = all_reduce_sum %5707 : f32[16] @ models/lib/nn.yaml:90:7
%9506 = mul %9505, %9505 : f32[16] @ models/lib/nn.yaml:90:7
%9507 = reduce_sum %9506 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9508 = sqrt %9507 : f32[] @ models/lib/nn.yaml:90:7
%9509 = cast %9508 : f64[] @ models/lib/nn.yaml:90:7
%9510 = add %9509, %6628 : f64[] @ models/lib/nn.yaml:90:7
%9511 = div %6630, %9510 : f64[] @ models/lib/nn.yaml:90:7
%9512 = lt %9511, %6632 : bool[] @ models/lib/nn.yaml:90:7
%9513 = cast %9511 : f32[] @ models/lib/nn.yaml:90:7
%9514 = broadcast %9513 : f32[16] @ models/lib/nn.yaml:90:7
%9515 = mul %9505, %9514 : f32[16] @ models/lib/nn.yaml:90:7
%9516 = broadcast %9512 : bool[16] @ models/lib/nn.yaml:90:7
%9517 = select %9516, %9515, %9505 : f32[16] @ models/lib/nn.yaml:90:7
%9518 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9519 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9520 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9521 = add %9520, %6642 : i64[] @ models/lib/nn.yaml:90:7
%9522 = mul %9517, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%9523 = mul %9518, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%9524 = add %9523, %9522 : f32[16] @ models/lib/nn.yaml:90:7
%9525 = mul %9517, %9517 : f32[16] @ models/lib/nn.yaml:90:7
%9526 = mul %9525, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%9527 = mul %9519, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%9528 = add %9527, %9526 : f32[16] @ models/lib/nn.yaml:90:7
%9529 = cast %9521 : f64[] @ models/lib/nn.yaml:90:7
%9530 = pow %6651, %9529 : f64[] @ models/lib/nn.yaml:90:7
%9531 = sub %6632, %9530 : f64[] @ models/lib/nn.yaml:90:7
%9532 = div %4161, %9531 : f64[] @ models/lib/nn.yaml:90:7
%9533 = pow %6659, %9529 : f64[] @ models/lib/nn.yaml:90:7
%9534 = sub %6632, %9533 : f64[] @ models/lib/nn.yaml:90:7
%9535 = sqrt %9534 : f64[] @ models/lib/nn.yaml:90:7
%9536 = div %6632, %9535 : f64[] @ models/lib/nn.yaml:90:7
%9537 = sqrt %9528 : f32[16] @ models/lib/nn.yaml:90:7
%9538 = cast %9536 : f32[] @ models/lib/nn.yaml:90:7
%9539 = broadcast %9538 : f32[16] @ models/lib/nn.yaml:90:7
%9540 = mul %9537, %9539 : f32[16] @ models/lib/nn.yaml:90:7
%9541 = add %9540, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%9542 = div %9524, %9541 : f32[16] @ models/lib/nn.yaml:90:7
%9543 = cast %9532 : f32[] @ models/lib/nn.yaml:90:7
%9544 = broadcast %9543 : f32[16] @ models/lib/nn.yaml:90:7
%9545 = mul %9542, %9544 : f32[16] @ models/lib/nn.yaml:90:7
%9546 = sub %62, %9545 : f32[16] @ models/lib/nn.yaml:90:7
%9547 = assign %62, %9546 : f32[16] @ models/lib/nn.yaml:90:7
%9548 = assign %9518, %9524 : f32[16] @ models/lib/nn.yaml:90:7
%9549 = assign %9519, %9528 : f32[16] @ models/lib/nn.yaml:90:7
%9550 = assign %9520, %9521 : i64[] @ models/lib/nn.yaml:90:7
%9551 = mul %140, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%9552 = mul %9546, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%9553 = add %9551, %9552 : f32[16] @ models/lib/nn.yaml:90:7
%9554 = assign %140, %9553 : f32[16] @ models/lib/nn.yaml:90:7
%9555 = all_reduce_sum %5703 : f32[64,16] @ models/lib/nn.yaml:79:7
%9556 = reshape %9555 : f32[1024] @ models/lib/nn.yaml:79:7
%9557 = mul %9556, %9556 : f32[1024] @ models/lib/nn.yaml:79:7
%9558 = reduce_sum %9557 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9559 = sqrt %9558 : f32[] @ models/lib/nn.yaml:79:7
%9560 = cast %9559 : f64[] @ models/lib/nn.yaml:79:7
%9561 = add %9560, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9562 = div %6630, %9561 : f64[] @ models/lib/nn.yaml:79:7
%9563 = lt %9562, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9564 = cast %9562 : f32[] @ models/lib/nn.yaml:79:7
%9565 = broadcast %9564 : f32[64,16] @ models/lib/nn.yaml:79:7
%9566 = mul %9555, %9565 : f32[64,16] @ models/lib/nn.yaml:79:7
%9567 = broadcast %9563 : bool[64,16] @ models/lib/nn.yaml:79:7
%9568 = select %9567, %9566, %9555 : f32[64,16] @ models/lib/nn.yaml:79:7
%9569 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9570 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9571 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9572 = add %9571, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9573 = mul %63, %7258 : f32[64,16] @ models/lib/nn.yaml:79:7
%9574 = mul %9568, %7260 : f32[64,16] @ models/lib/nn.yaml:79:7
%9575 = mul %9569, %7262 : f32[64,16] @ models/lib/nn.yaml:79:7
%9576 = add %9575, %9574 : f32[64,16] @ models/lib/nn.yaml:79:7
%9577 = mul %9568, %9568 : f32[64,16] @ models/lib/nn.yaml:79:7
%9578 = mul %9577, %7266 : f32[64,16] @ models/lib/nn.yaml:79:7
%9579 = mul %9570, %7268 : f32[64,16] @ models/lib/nn.yaml:79:7
%9580 = add %9579, %9578 : f32[64,16] @ models/lib/nn.yaml:79:7
%9581 = cast %9572 : f64[] @ models/lib/nn.yaml:79:7
%9582 = pow %6651, %9581 : f64[] @ models/lib/nn.yaml:79:7
%9583 = sub %6632, %9582 : f64[] @ models/lib/nn.yaml:79:7
%9584 = div %4161, %9583 : f64[] @ models/lib/nn.yaml:79:7
%9585 = pow %6659, %9581 : f64[] @ models/lib/nn.yaml:79:7
%9586 = sub %6632, %9585 : f64[] @ models/lib/nn.yaml:79:7
%9587 = sqrt %9586 : f64[] @ models/lib/nn.yaml:79:7
%9588 = div %6632, %9587 : f64[] @ models/lib/nn.yaml:79:7
%9589 = sqrt %9580 : f32[64,16] @ models/lib/nn.yaml:79:7
%9590 = cast %9588 : f32[] @ models/lib/nn.yaml:79:7
%9591 = broadcast %9590 : f32[64,16] @ models/lib/nn.yaml:79:7
%9592 = mul %9589, %9591 : f32[64,16] @ models/lib/nn.yaml:79:7
%9593 = add %9592, %7283 : f32[64,16] @ models/lib/nn.yaml:79:7
%9594 = div %9576, %9593 : f32[64,16] @ models/lib/nn.yaml:79:7
%9595 = cast %9584 : f32[] @ models/lib/nn.yaml:79:7
%9596 = broadcast %9595 : f32[64,16] @ models/lib/nn.yaml:79:7
%9597 = mul %9594, %9596 : f32[64,16] @ models/lib/nn.yaml:79:7
%9598 = sub %9573, %9597 : f32[64,16] @ models/lib/nn.yaml:79:7
%9599 = assign %63, %9598 : f32[64,16] @ models/lib/nn.yaml:79:7
%9600 = assign %9569, %9576 : f32[64,16] @ models/lib/nn.yaml:79:7
%9601 = assign %9570, %9580 : f32[64,16] @ models/lib/nn.yaml:79:7
%9602 = assign %9571, %9572 : i64[] @ models/lib/nn.yaml:79:7
%9603 = mul %141, %7294 : f32[64,16] @ models/lib/nn.yaml:79:7
%9604 = mul %9598, %7296 : f32[64,16] @ models/lib/nn.yaml:79:7
%9605 = add %9603, %9604 : f32[64,16] @ models/lib/nn.yaml:79:7
%9606 = assign %141, %9605 : f32[64,16] @ models/lib/nn.yaml:79:7
%9607 = all_reduce_sum %5695 : f32[64] @ models/lib/nn.yaml:80:7
%9608 = mul %9607, %9607 : f32[64] @ models/lib/nn.yaml:80:7
%9609 = reduce_sum %9608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9610 = sqrt %9609 : f32[] @ models/lib/nn.yaml:80:7
%9611 = cast %9610 : f64[] @ models/lib/nn.yaml:80:7
%9612 = add %9611, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9613 = div %6630, %9612 : f64[] @ models/lib/nn.yaml:80:7
%9614 = lt %9613, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9615 = cast %9613 : f32[] @ models/lib/nn.yaml:80:7
%9616 = broadcast %9615 : f32[64] @ models/lib/nn.yaml:80:7
%9617 = mul %9607, %9616 : f32[64] @ models/lib/nn.yaml:80:7
%9618 = broadcast %9614 : bool[64] @ models/lib/nn.yaml:80:7
%9619 = select %9618, %9617, %9607 : f32[64] @ models/lib/nn.yaml:80:7
%9620 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9621 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9622 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9623 = add %9622, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9624 = mul %9619, %7317 : f32[64] @ models/lib/nn.yaml:80:7
%9625 = mul %9620, %7319 : f32[64] @ models/lib/nn.yaml:80:7
%9626 = add %9625, %9624 : f32[64] @ models/lib/nn.yaml:80:7
%9627 = mul %9619, %9619 : f32[64] @ models/lib/nn.yaml:80:7
%9628 = mul %9627, %7323 : f32[64] @ models/lib/nn.yaml:80:7
%9629 = mul %9621, %7325 : f32[64] @ models/lib/nn.yaml:80:7
%9630 = add %9629, %9628 : f32[64] @ models/lib/nn.yaml:80:7
%9631 = cast %9623 : f64[] @ models/lib/nn.yaml:80:7
%9632 = pow %6651, %9631 : f64[] @ models/lib/nn.yaml:80:7
%9633 = sub %6632, %9632 : f64[] @ models/lib/nn.yaml:80:7
%9634 = div %4161, %9633 : f64[] @ models/lib/nn.yaml:80:7
%9635 = pow %6659, %9631 : f64[] @ models/lib/nn.yaml:80:7
%9636 = sub %6632, %9635 : f64[] @ models/lib/nn.yaml:80:7
%9637 = sqrt %9636 : f64[] @ models/lib/nn.yaml:80:7
%9638 = div %6632, %9637 : f64[] @ models/lib/nn.yaml:80:7
%9639 = sqrt %9630 : f32[64] @ models/lib/nn.yaml:80:7
%9640 = cast %9638 : f32[] @ models/lib/nn.yaml:80:7
%9641 = broadcast %9640 : f32[64] @ models/lib/nn.yaml:80:7
%9642 = mul %9639, %9641 : f32[64] @ models/lib/nn.yaml:80:7
%9643 = add %9642, %7340 : f32[64] @ models/lib/nn.yaml:80:7
%9644 = div %9626, %9643 : f32[64] @ models/lib/nn.yaml:80:7
%9645 = cast %9634 : f32[] @ models/lib/nn.yaml:80:7
%9646 = broadcast %9645 : f32[64] @ models/lib/nn.yaml:80:7
%9647 = mul %9644, %9646 : f32[64] @ models/lib/nn.yaml:80:7
%9648 = sub %64, %9647 : f32[64] @ models/lib/nn.yaml:80:7
%9649 = assign %64, %9648 : f32[64] @ models/lib/nn.yaml:80:7
%9650 = assign %9620, %9626 : f32[64] @ models/lib/nn.yaml:80:7
%9651 = assign %9621, %9630 : f32[64] @ models/lib/nn.yaml:80:7
%9652 = assign %9622, %9623 : i64[] @ models/lib/nn.yaml:80:7
%9653 = mul %142, %7351 : f32[64] @ models/lib/nn.yaml:80:7
%9654 = mul %9648, %7353 : f32[64] @ models/lib/nn.yaml:80:7
%9655 = add %9653, %9654 : f32[64] @ models/lib/nn.yaml:80:7
%9656 = assign %142, %9655 : f32[64] @ models/lib/nn.yaml:80:7
%9657 = all_reduce_sum %5675 : f32[16,64] @ models/lib/nn.yaml:79:7
%9658 = reshape %9657 : f32[1024] @ models/lib/nn.yaml:79:7
%9659 = mul %9658, %9658 : f32[1024] @ models/lib/nn.yaml:79:7
%9660 = reduce_sum %9659 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9661 = sqrt %9660 : f32[] @ models/lib/nn.yaml:79:7
%9662 = cast %9661 : f64[] @ models/lib/nn.yaml:79:7
%9663 = add %9662, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9664 = div %6630, %9663 : f64[] @ models/lib/nn.yaml:79:7
%9665 = lt %9664, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9666 = cast %9664 : f32[] @ models/lib/nn.yaml:79:7
%9667 = broadcast %9666 : f32[16,64] @ models/lib/nn.yaml:79:7
%9668 = mul %9657, %9667 : f32[16,64] @ models/lib/nn.yaml:79:7
%9669 = broadcast %9665 : bool[16,64] @ models/lib/nn.yaml:79:7
%9670 = select %9669, %9668, %9657 : f32[16,64] @ models/lib/nn.yaml:79:7
%9671 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9672 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9673 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9674 = add %9673, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9675 = mul %65, %7375 : f32[16,64] @ models/lib/nn.yaml:79:7
%9676 = mul %9670, %7377 : f32[16,64] @ models/lib/nn.yaml:79:7
%9677 = mul %9671, %7379 : f32[16,64] @ models/lib/nn.yaml:79:7
%9678 = add %9677, %9676 : f32[16,64] @ models/lib/nn.yaml:79:7
%9679 = mul %9670, %9670 : f32[16,64] @ models/lib/nn.yaml:79:7
%9680 = mul %9679, %7383 : f32[16,64] @ models/lib/nn.yaml:79:7
%9681 = mul %9672, %7385 : f32[16,64] @ models/lib/nn.yaml:79:7
%9682 = add %9681, %9680 : f32[16,64] @ models/lib/nn.yaml:79:7
%9683 = cast %9674 : f64[] @ models/lib/nn.yaml:79:7
%9684 = pow %6651, %9683 : f64[] @ models/lib/nn.yaml:79:7
%9685 = sub %6632, %9684 : f64[] @ models/lib/nn.yaml:79:7
%9686 = div %4161, %9685 : f64[] @ models/lib/nn.yaml:79:7
%9687 = pow %6659, %9683 : f64[] @ models/lib/nn.yaml:79:7
%9688 = sub %6632, %9687 : f64[] @ models/lib/nn.yaml:79:7
%9689 = sqrt %9688 : f64[] @ models/lib/nn.yaml:79:7
%9690 = div %6632, %9689 : f64[] @ models/lib/nn.yaml:79:7
%9691 = sqrt %9682 : f32[16,64] @ models/lib/nn.yaml:79:7
%9692 = cast %9690 : f32[] @ models/lib/nn.yaml:79:7
%9693 = broadcast %9692 : f32[16,64] @ models/lib/nn.yaml:79:7
%9694 = mul %9691, %9693 : f32[16,64] @ models/lib/nn.yaml:79:7
%9695 = add %9694, %7400 : f32[16,64] @ models/lib/nn.yaml:79:7
%9696 = div %9678, %9695 : f32[16,64] @ models/lib/nn.yaml:79:7
%9697 = cast %9686 : f32[] @ models/lib/nn.yaml:79:7
%9698 = broadcast %9697 : f32[16,64] @ models/lib/nn.yaml:79:7
%9699 = mul %9696, %9698 : f32[16,64] @ models/lib/nn.yaml:79:7
%9700 = sub %9675, %9699 : f32[16,64] @ models/lib/nn.yaml:79:7
%9701 = assign %65, %9700 : f32[16,64] @ models/lib/nn.yaml:79:7
%9702 = assign %9671, %9678 : f32[16,64] @ models/lib/nn.yaml:79:7
%9703 = assign %9672, %9682 : f32[16,64] @ models/lib/nn.yaml:79:7
%9704 = assign %9673, %9674 : i64[] @ models/lib/nn.yaml:79:7
%9705 = mul %143, %7411 : f32[16,64] @ models/lib/nn.yaml:79:7
%9706 = mul %9700, %7413 : f32[16,64] @ models/lib/nn.yaml:79:7
%9707 = add %9705, %9706 : f32[16,64] @ models/lib/nn.yaml:79:7
%9708 = assign %143, %9707 : f32[16,64] @ models/lib/nn.yaml:79:7
%9709 = all_reduce_sum %5667 : f32[16] @ models/lib/nn.yaml:80:7
%9710 = mul %9709, %9709 : f32[16] @ models/lib/nn.yaml:80:7
%9711 = reduce_sum %9710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9712 = sqrt %9711 : f32[] @ models/lib/nn.yaml:80:7
%9713 = cast %9712 : f64[] @ models/lib/nn.yaml:80:7
%9714 = add %9713, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9715 = div %6630, %9714 : f64[] @ models/lib/nn.yaml:80:7
%9716 = lt %9715, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9717 = cast %9715 : f32[] @ models/lib/nn.yaml:80:7
%9718 = broadcast %9717 : f32[16] @ models/lib/nn.yaml:80:7
%9719 = mul %9709, %9718 : f32[16] @ models/lib/nn.yaml:80:7
%9720 = broadcast %9716 : bool[16] @ models/lib/nn.yaml:80:7
%9721 = select %9720, %9719, %9709 : f32[16] @ models/lib/nn.yaml:80:7
%9722 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9723 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9724 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9725 = add %9724, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9726 = mul %9721, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%9727 = mul %9722, %6775 : f32[16] @ models/lib/nn.yaml:80:7
%9728 = add %9727, %9726 : f32[16] @ models/lib/nn.yaml:80:7
%9729 = mul %9721, %9721 : f32[16] @ models/lib/nn.yaml:80:7
%9730 = mul %9729, %6779 : f32[16] @ models/lib/nn.yaml:80:7
%9731 = mul %9723, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%9732 = add %9731, %9730 : f32[16] @ models/lib/nn.yaml:80:7
%9733 = cast %9725 : f64[] @ models/lib/nn.yaml:80:7
%9734 = pow %6651, %9733 : f64[] @ models/lib/nn.yaml:80:7
%9735 = sub %6632, %9734 : f64[] @ models/lib/nn.yaml:80:7
%9736 = div %4161, %9735 : f64[] @ models/lib/nn.yaml:80:7
%9737 = pow %6659, %9733 : f64[] @ models/lib/nn.yaml:80:7
%9738 = sub %6632, %9737 : f64[] @ models/lib/nn.yaml:80:7
%9739 = sqrt %9738 : f64[] @ models/lib/nn.yaml:80:7
%9740 = div %6632, %9739 : f64[] @ models/lib/nn.yaml:80:7
%9741 = sqrt %9732 : f32[16] @ models/lib/nn.yaml:80:7
%9742 = cast %9740 : f32[] @ models/lib/nn.yaml:80:7
%9743 = broadcast %9742 : f32[16] @ models/lib/nn.yaml:80:7
%9744 = mul %9741, %9743 : f32[16] @ models/lib/nn.yaml:80:7
%9745 = add %9744, %6796 : f32[16] @ models/lib/nn.yaml:80:7
%9746 = div %9728, %9745 : f32[16] @ models/lib/nn.yaml:80:7
%9747 = cast %9736 : f32[] @ models/lib/nn.yaml:80:7
%9748 = broadcast %9747 : f32[16] @ models/lib/nn.yaml:80:7
%9749 = mul %9746, %9748 : f32[16] @ models/lib/nn.yaml:80:7
%9750 = sub %66, %9749 : f32[16] @ models/lib/nn.yaml:80:7
%9751 = assign %66, %9750 : f32[16] @ models/lib/nn.yaml:80:7
%9752 = assign %9722, %9728 : f32[16] @ models/lib/nn.yaml:80:7
%9753 = assign %9723, %9732 : f32[16] @ models/lib/nn.yaml:80:7
%9754 = assign %9724, %9725 : i64[] @ models/lib/nn.yaml:80:7
%9755 = mul %144, %6807 : f32[16] @ models/lib/nn.yaml:80:7
%9756 = mul %9750, %6809 : f32[16] @ models/lib/nn.yaml:80:7
%9757 = add %9755, %9756 : f32[16] @ models/lib/nn.yaml:80:7
%9758 = assign %144, %9757 : f32[16] @ models/lib/nn.yaml:80:7
%9759 = all_reduce_sum %5640 : f32[16] @ models/lib/nn.yaml:89:7
%9760 = mul %9759, %9759 : f32[16] @ models/lib/nn.yaml:89:7
%9761 = reduce_sum %9760 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9762 = sqrt %9761 : f32[] @ models/lib/nn.yaml:89:7
%9763 = cast %9762 : f64[] @ models/lib/nn.yaml:89:7
%9764 = add %9763, %6628 : f64[] @ models/lib/nn.yaml:89:7
%9765 = div %6630, %9764 : f64[] @ models/lib/nn.yaml:89:7
%9766 = lt %9765, %6632 : bool[] @ models/lib/nn.yaml:89:7
%9767 = cast %9765 : f32[] @ models/lib/nn.yaml:89:7
%9768 = broadcast %9767 : f32[16] @ models/lib/nn.yaml:89:7
%9769 = mul %9759, %9768 : f32[16] @ models/lib/nn.yaml:89:7
%9770 = broadcast %9766 : bool[16] @ models/lib/nn.yaml:89:7
%9771 = select %9770, %9769, %9759 : f32[16] @ models/lib/nn.yaml:89:7
%9772 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9773 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9774 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9775 = add %9774, %6642 : i64[] @ models/lib/nn.yaml:89:7
%9776 = mul %9771, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%9777 = mul %9772, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%9778 = add %9777, %9776 : f32[16] @ models/lib/nn.yaml:89:7
%9779 = mul %9771, %9771 : f32[16] @ models/lib/nn.yaml:89:7
%9780 = mul %9779, %6779 : f32[16] @ models/lib/nn.yaml:89:7
%9781 = mul %9773, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%9782 = add %9781, %9780 : f32[16] @ models/lib/nn.yaml:89:7
%9783 = cast %9775 : f64[] @ models/lib/nn.yaml:89:7
%9784 = pow %6651, %9783 : f64[] @ models/lib/nn.yaml:89:7
%9785 = sub %6632, %9784 : f64[] @ models/lib/nn.yaml:89:7
%9786 = div %4161, %9785 : f64[] @ models/lib/nn.yaml:89:7
%9787 = pow %6659, %9783 : f64[] @ models/lib/nn.yaml:89:7
%9788 = sub %6632, %9787 : f64[] @ models/lib/nn.yaml:89:7
%9789 = sqrt %9788 : f64[] @ models/lib/nn.yaml:89:7
%9790 = div %6632, %9789 : f64[] @ models/lib/nn.yaml:89:7
%9791 = sqrt %9782 : f32[16] @ models/lib/nn.yaml:89:7
%9792 = cast %9790 : f32[] @ models/lib/nn.yaml:89:7
%9793 = broadcast %9792 : f32[16] @ models/lib/nn.yaml:89:7
%9794 = mul %9791, %9793 : f32[16] @ models/lib/nn.yaml:89:7
%9795 = add %9794, %6796 : f32[16] @ models/lib/nn.yaml:89:7
%9796 = div %9778, %9795 : f32[16] @ models/lib/nn.yaml:89:7
%9797 = cast %9786 : f32[] @ models/lib/nn.yaml:89:7
%9798 = broadcast %9797 : f32[16] @ models/lib/nn.yaml:89:7
%9799 = mul %9796, %9798 : f32[16] @ models/lib/nn.yaml:89:7
%9800 = sub %67, %9799 : f32[16] @ models/lib/nn.yaml:89:7
%9801 = assign %67, %9800 : f32[16] @ models/lib/nn.yaml:89:7
%9802 = assign %9772, %9778 : f32[16] @ models/lib/nn.yaml:89:7
%9803 = assign %9773, %9782 : f32[16] @ models/lib/nn.yaml:89:7
%9804 = assign %9774, %9775 : i64[] @ models/lib/nn.yaml:89:7
%9805 = mul %145, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%9806 = mul %9800, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%9807 = add %9805, %9806 : f32[16] @ models/lib/nn.yaml:89:7
%9808 = assign %145, %9807 : f32[16] @ models/lib/nn.yaml:89:7
%9809 = all_reduce_sum %5633 : f32[16] @ models/lib/nn.yaml:90:7
%9810 = mul %9809, %9809 : f32[16] @ models/lib/nn.yaml:90:7
%9811 = reduce_sum %9810 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9812 = sqrt %9811 : f32[] @ models/lib/nn.yaml:90:7
%9813 = cast %9812 : f64[] @ models/lib/nn.yaml:90:7
%9814 = add %9813, %6628 : f64[] @ models/lib/nn.yaml:90:7
%9815 = div %6630, %9814 : f64[] @ models/lib/nn.yaml:90:7
%9816 = lt %9815, %6632 : bool[] @ models/lib/nn.yaml:90:7
%9817 = cast %9815 : f32[] @ models/lib/nn.yaml:90:7
%9818 = broadcast %9817 : f32[16] @ models/lib/nn.yaml:90:7
%9819 = mul %9809, %9818 : f32[16] @ models/lib/nn.yaml:90:7
%9820 = broadcast %9816 : bool[16] @ models/lib/nn.yaml:90:7
%9821 = select %9820, %9819, %9809 : f32[16] @ models/lib/nn.yaml:90:7
%9822 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9823 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9824 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9825 = add %9824, %6642 : i64[] @ models/lib/nn.yaml:90:7
%9826 = mul %9821, %6773 : f32[16] @ models/lib/nn.yaml:90:7
%9827 = mul %9822, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%9828 = add %9827, %9826 : f32[16] @ models/lib/nn.yaml:90:7
%9829 = mul %9821, %9821 : f32[16] @ models/lib/nn.yaml:90:7
%9830 = mul %9829, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%9831 = mul %9823, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%9832 = add %9831, %9830 : f32[16] @ models/lib/nn.yaml:90:7
%9833 = cast %9825 : f64[] @ models/lib/nn.yaml:90:7
%9834 = pow %6651, %9833 : f64[] @ models/lib/nn.yaml:90:7
%9835 = sub %6632, %9834 : f64[] @ models/lib/nn.yaml:90:7
%9836 = div %4161, %9835 : f64[] @ models/lib/nn.yaml:90:7
%9837 = pow %6659, %9833 : f64[] @ models/lib/nn.yaml:90:7
%9838 = sub %6632, %9837 : f64[] @ models/lib/nn.yaml:90:7
%9839 = sqrt %9838 : f64[] @ models/lib/nn.yaml:90:7
%9840 = div %6632, %9839 : f64[] @ models/lib/nn.yaml:90:7
%9841 = sqrt %9832 : f32[16] @ models/lib/nn.yaml:90:7
%9842 = cast %9840 : f32[] @ models/lib/nn.yaml:90:7
%9843 = broadcast %9842 : f32[16] @ models/lib/nn.yaml:90:7
%9844 = mul %9841, %9843 : f32[16] @ models/lib/nn.yaml:90:7
%9845 = add %9844, %6796 : f32[16] @ models/lib/nn.yaml:90:7
%9846 = div %9828, %9845 : f32[16] @ models/lib/nn.yaml:90:7
%9847 = cast %9836 : f32[] @ models/lib/nn.yaml:90:7
%9848 = broadcast %9847 : f32[16] @ models/lib/nn.yaml:90:7
%9849 = mul %9846, %9848 : f32[16] @ models/lib/nn.yaml:90:7
%9850 = sub %68, %9849 : f32[16] @ models/lib/nn.yaml:90:7
%9851 = assign %68, %9850 : f32[16] @ models/lib/nn.yaml:90:7
%9852 = assign %9822, %9828 : f32[16] @ models/lib/nn.yaml:90:7
%9853 = assign %9823, %9832 : f32[16] @ models/lib/nn.yaml:90:7
%9854 = assign %9824, %9825 : i64[] @ models/lib/nn.yaml:90:7
%9855 = mul %146, %6807 : f32[16] @ models/lib/nn.yaml:90:7
%9856 = mul %9850, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%9857 = add %9855, %9856 : f32[16] @ models/lib/nn.yaml:90:7
%9858 = assign %146, %9857 : f32[16] @ models/lib/nn.yaml:90:7
%9859 = all_reduce_sum %5627 : f32[24,16] @ models/lib/nn.yaml:79:7
%9860 = reshape %9859 : f32[384] @ models/lib/nn.yaml:79:7
%9861 = mul %9860, %9860 : f32[384] @ models/lib/nn.yaml:79:7
%9862 = reduce_sum %9861 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9863 = sqrt %9862 : f32[] @ models/lib/nn.yaml:79:7
%9864 = cast %9863 : f64[] @ models/lib/nn.yaml:79:7
%9865 = add %9864, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9866 = div %6630, %9865 : f64[] @ models/lib/nn.yaml:79:7
%9867 = lt %9866, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9868 = cast %9866 : f32[] @ models/lib/nn.yaml:79:7
%9869 = broadcast %9868 : f32[24,16] @ models/lib/nn.yaml:79:7
%9870 = mul %9859, %9869 : f32[24,16] @ models/lib/nn.yaml:79:7
%9871 = broadcast %9867 : bool[24,16] @ models/lib/nn.yaml:79:7
%9872 = select %9871, %9870, %9859 : f32[24,16] @ models/lib/nn.yaml:79:7
%9873 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9874 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9875 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9876 = add %9875, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9877 = broadcast %6646 : f32[24,16] @ models/lib/nn.yaml:79:7
%9878 = mul %69, %9877 : f32[24,16] @ models/lib/nn.yaml:79:7
%9879 = broadcast %3838 : f32[24,16] @ models/lib/nn.yaml:79:7
%9880 = mul %9872, %9879 : f32[24,16] @ models/lib/nn.yaml:79:7
%9881 = broadcast %2630 : f32[24,16] @ models/lib/nn.yaml:79:7
%9882 = mul %9873, %9881 : f32[24,16] @ models/lib/nn.yaml:79:7
%9883 = add %9882, %9880 : f32[24,16] @ models/lib/nn.yaml:79:7
%9884 = mul %9872, %9872 : f32[24,16] @ models/lib/nn.yaml:79:7
%9885 = broadcast %6656 : f32[24,16] @ models/lib/nn.yaml:79:7
%9886 = mul %9884, %9885 : f32[24,16] @ models/lib/nn.yaml:79:7
%9887 = broadcast %6660 : f32[24,16] @ models/lib/nn.yaml:79:7
%9888 = mul %9874, %9887 : f32[24,16] @ models/lib/nn.yaml:79:7
%9889 = add %9888, %9886 : f32[24,16] @ models/lib/nn.yaml:79:7
%9890 = cast %9876 : f64[] @ models/lib/nn.yaml:79:7
%9891 = pow %6651, %9890 : f64[] @ models/lib/nn.yaml:79:7
%9892 = sub %6632, %9891 : f64[] @ models/lib/nn.yaml:79:7
%9893 = div %4161, %9892 : f64[] @ models/lib/nn.yaml:79:7
%9894 = pow %6659, %9890 : f64[] @ models/lib/nn.yaml:79:7
%9895 = sub %6632, %9894 : f64[] @ models/lib/nn.yaml:79:7
%9896 = sqrt %9895 : f64[] @ models/lib/nn.yaml:79:7
%9897 = div %6632, %9896 : f64[] @ models/lib/nn.yaml:79:7
%9898 = sqrt %9889 : f32[24,16] @ models/lib/nn.yaml:79:7
%9899 = cast %9897 : f32[] @ models/lib/nn.yaml:79:7
%9900 = broadcast %9899 : f32[24,16] @ models/lib/nn.yaml:79:7
%9901 = mul %9898, %9900 : f32[24,16] @ models/lib/nn.yaml:79:7
%9902 = broadcast %6676 : f32[24,16] @ models/lib/nn.yaml:79:7
%9903 = add %9901, %9902 : f32[24,16] @ models/lib/nn.yaml:79:7
%9904 = div %9883, %9903 : f32[24,16] @ models/lib/nn.yaml:79:7
%9905 = cast %9893 : f32[] @ models/lib/nn.yaml:79:7
%9906 = broadcast %9905 : f32[24,16] @ models/lib/nn.yaml:79:7
%9907 = mul %9904, %9906 : f32[24,16] @ models/lib/nn.yaml:79:7
%9908 = sub %9878, %9907 : f32[24,16] @ models/lib/nn.yaml:79:7
%9909 = assign %69, %9908 : f32[24,16] @ models/lib/nn.yaml:79:7
%9910 = assign %9873, %9883 : f32[24,16] @ models/lib/nn.yaml:79:7
%9911 = assign %9874, %9889 : f32[24,16] @ models/lib/nn.yaml:79:7
%9912 = assign %9875, %9876 : i64[] @ models/lib/nn.yaml:79:7
%9913 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%9914 = mul %147, %9913 : f32[24,16] @ models/lib/nn.yaml:79:7
%9915 = broadcast %6691 : f32[24,16] @ models/lib/nn.yaml:79:7
%9916 = mul %9908, %9915 : f32[24,16] @ models/lib/nn.yaml:79:7
%9917 = add %9914, %9916 : f32[24,16] @ models/lib/nn.yaml:79:7
%9918 = assign %147, %9917 : f32[24,16] @ models/lib/nn.yaml:79:7
%9919 = all_reduce_sum %5619 : f32[24] @ models/lib/nn.yaml:80:7
%9920 = mul %9919, %9919 : f32[24] @ models/lib/nn.yaml:80:7
%9921 = reduce_sum %9920 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9922 = sqrt %9921 : f32[] @ models/lib/nn.yaml:80:7
%9923 = cast %9922 : f64[] @ models/lib/nn.yaml:80:7
%9924 = add %9923, %6628 : f64[] @ models/lib/nn.yaml:80:7
%9925 = div %6630, %9924 : f64[] @ models/lib/nn.yaml:80:7
%9926 = lt %9925, %6632 : bool[] @ models/lib/nn.yaml:80:7
%9927 = cast %9925 : f32[] @ models/lib/nn.yaml:80:7
%9928 = broadcast %9927 : f32[24] @ models/lib/nn.yaml:80:7
%9929 = mul %9919, %9928 : f32[24] @ models/lib/nn.yaml:80:7
%9930 = broadcast %9926 : bool[24] @ models/lib/nn.yaml:80:7
%9931 = select %9930, %9929, %9919 : f32[24] @ models/lib/nn.yaml:80:7
%9932 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9933 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9934 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9935 = add %9934, %6642 : i64[] @ models/lib/nn.yaml:80:7
%9936 = broadcast %3838 : f32[24] @ models/lib/nn.yaml:80:7
%9937 = mul %9931, %9936 : f32[24] @ models/lib/nn.yaml:80:7
%9938 = broadcast %2630 : f32[24] @ models/lib/nn.yaml:80:7
%9939 = mul %9932, %9938 : f32[24] @ models/lib/nn.yaml:80:7
%9940 = add %9939, %9937 : f32[24] @ models/lib/nn.yaml:80:7
%9941 = mul %9931, %9931 : f32[24] @ models/lib/nn.yaml:80:7
%9942 = broadcast %6656 : f32[24] @ models/lib/nn.yaml:80:7
%9943 = mul %9941, %9942 : f32[24] @ models/lib/nn.yaml:80:7
%9944 = broadcast %6660 : f32[24] @ models/lib/nn.yaml:80:7
%9945 = mul %9933, %9944 : f32[24] @ models/lib/nn.yaml:80:7
%9946 = add %9945, %9943 : f32[24] @ models/lib/nn.yaml:80:7
%9947 = cast %9935 : f64[] @ models/lib/nn.yaml:80:7
%9948 = pow %6651, %9947 : f64[] @ models/lib/nn.yaml:80:7
%9949 = sub %6632, %9948 : f64[] @ models/lib/nn.yaml:80:7
%9950 = div %4161, %9949 : f64[] @ models/lib/nn.yaml:80:7
%9951 = pow %6659, %9947 : f64[] @ models/lib/nn.yaml:80:7
%9952 = sub %6632, %9951 : f64[] @ models/lib/nn.yaml:80:7
%9953 = sqrt %9952 : f64[] @ models/lib/nn.yaml:80:7
%9954 = div %6632, %9953 : f64[] @ models/lib/nn.yaml:80:7
%9955 = sqrt %9946 : f32[24] @ models/lib/nn.yaml:80:7
%9956 = cast %9954 : f32[] @ models/lib/nn.yaml:80:7
%9957 = broadcast %9956 : f32[24] @ models/lib/nn.yaml:80:7
%9958 = mul %9955, %9957 : f32[24] @ models/lib/nn.yaml:80:7
%9959 = broadcast %6676 : f32[24] @ models/lib/nn.yaml:80:7
%9960 = add %9958, %9959 : f32[24] @ models/lib/nn.yaml:80:7
%9961 = div %9940, %9960 : f32[24] @ models/lib/nn.yaml:80:7
%9962 = cast %9950 : f32[] @ models/lib/nn.yaml:80:7
%9963 = broadcast %9962 : f32[24] @ models/lib/nn.yaml:80:7
%9964 = mul %9961, %9963 : f32[24] @ models/lib/nn.yaml:80:7
%9965 = sub %70, %9964 : f32[24] @ models/lib/nn.yaml:80:7
%9966 = assign %70, %9965 : f32[24] @ models/lib/nn.yaml:80:7
%9967 = assign %9932, %9940 : f32[24] @ models/lib/nn.yaml:80:7
%9968 = assign %9933, %9946 : f32[24] @ models/lib/nn.yaml:80:7
%9969 = assign %9934, %9935 : i64[] @ models/lib/nn.yaml:80:7
%9970 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%9971 = mul %148, %9970 : f32[24] @ models/lib/nn.yaml:80:7
%9972 = broadcast %6691 : f32[24] @ models/lib/nn.yaml:80:7
%9973 = mul %9965, %9972 : f32[24] @ models/lib/nn.yaml:80:7
%9974 = add %9971, %9973 : f32[24] @ models/lib/nn.yaml:80:7
%9975 = assign %148, %9974 : f32[24] @ models/lib/nn.yaml:80:7
%9976 = all_reduce_sum %5599 : f32[24,24] @ models/lib/nn.yaml:79:7
%9977 = reshape %9976 : f32[576] @ models/lib/nn.yaml:79:7
%9978 = mul %9977, %9977 : f32[576] @ models/lib/nn.yaml:79:7
%9979 = reduce_sum %9978 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9980 = sqrt %9979 : f32[] @ models/lib/nn.yaml:79:7
%9981 = cast %9980 : f64[] @ models/lib/nn.yaml:79:7
%9982 = add %9981, %6628 : f64[] @ models/lib/nn.yaml:79:7
%9983 = div %6630, %9982 : f64[] @ models/lib/nn.yaml:79:7
%9984 = lt %9983, %6632 : bool[] @ models/lib/nn.yaml:79:7
%9985 = cast %9983 : f32[] @ models/lib/nn.yaml:79:7
%9986 = broadcast %9985 : f32[24,24] @ models/lib/nn.yaml:79:7
%9987 = mul %9976, %9986 : f32[24,24] @ models/lib/nn.yaml:79:7
%9988 = broadcast %9984 : bool[24,24] @ models/lib/nn.yaml:79:7
%9989 = select %9988, %9987, %9976 : f32[24,24] @ models/lib/nn.yaml:79:7
%9990 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9991 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9992 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9993 = add %9992, %6642 : i64[] @ models/lib/nn.yaml:79:7
%9994 = broadcast %6646 : f32[24,24] @ models/lib/nn.yaml:79:7
%9995 = mul %71, %9994 : f32[24,24] @ models/lib/nn.yaml:79:7
%9996 = broadcast %3838 : f32[24,24] @ models/lib/nn.yaml:79:7
%9997 = mul %9989, %9996 : f32[24,24] @ models/lib/nn.yaml:79:7
%9998 = broadcast %2630 : f32[24,24] @ models/lib/nn.yaml:79:7
%9999 = mul %9990, %9998 : f32[24,24] @ models/lib/nn.yaml:79:7
%10000 = add %9999, %9997 : f32[24,24] @ models/lib/nn.yaml:79:7
%10001 = mul %9989, %9989 : f32[24,24] @ models/lib/nn.yaml:79:7
%10002 = broadcast %6656 : f32[24,24] @ models/lib/nn.yaml:79:7
%10003 = mul %10001, %10002 : f32[24,24] @ models/lib/nn.yaml:79:7
%10004 = broadcast %6660 : f32[24,24] @ models/lib/nn.yaml:79:7
%10005 = mul %9991, %10004 : f32[24,24] @ models/lib/nn.yaml:79:7
%10006 = add %10005, %10003 : f32[24,24] @ models/lib/nn.yaml:79:7
%10007 = cast %9993 : f64[] @ models/lib/nn.yaml:79:7
%10008 = pow %6651, %10007 : f64[] @ models/lib/nn.yaml:79:7
%10009 = sub %6632, %10008 : f64[] @ models/lib/nn.yaml:79:7
%10010 = div %4161, %10009 : f64[] @ models/lib/nn.yaml:79:7
%10011 = pow %6659, %10007 : f64[] @ models/lib/nn.yaml:79:7
%10012 = sub %6632, %10011 : f64[] @ models/lib/nn.yaml:79:7
%10013 = sqrt %10012 : f64[] @ models/lib/nn.yaml:79:7
%10014 = div %6632, %10013 : f64[] @ models/lib/nn.yaml:79:7
%10015 = sqrt %10006 : f32[24,24] @ models/lib/nn.yaml:79:7
%10016 = cast %10014 : f32[] @ models/lib/nn.yaml:79:7
%10017 = broadcast %10016 : f32[24,24] @ models/lib/nn.yaml:79:7
%10018 = mul %10015, %10017 : f32[24,24] @ models/lib/nn.yaml:79:7
%10019 = broadcast %6676 : f32[24,24] @ models/lib/nn.yaml:79:7
%10020 = add %10018, %10019 : f32[24,24] @ models/lib/nn.yaml:79:7
%10021 = div %10000, %10020 : f32[24,24] @ models/lib/nn.yaml:79:7
%10022 = cast %10010 : f32[] @ models/lib/nn.yaml:79:7
%10023 = broadcast %10022 : f32[24,24] @ models/lib/nn.yaml:79:7
%10024 = mul %10021, %10023 : f32[24,24] @ models/lib/nn.yaml:79:7
%10025 = sub %9995, %10024 : f32[24,24] @ models/lib/nn.yaml:79:7
%10026 = assign %71, %10025 : f32[24,24] @ models/lib/nn.yaml:79:7
%10027 = assign %9990, %10000 : f32[24,24] @ models/lib/nn.yaml:79:7
%10028 = assign %9991, %10006 : f32[24,24] @ models/lib/nn.yaml:79:7
%10029 = assign %9992, %9993 : i64[] @ models/lib/nn.yaml:79:7
%10030 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%10031 = mul %149, %10030 : f32[24,24] @ models/lib/nn.yaml:79:7
%10032 = broadcast %6691 : f32[24,24] @ models/lib/nn.yaml:79:7
%10033 = mul %10025, %10032 : f32[24,24] @ models/lib/nn.yaml:79:7
%10034 = add %10031, %10033 : f32[24,24] @ models/lib/nn.yaml:79:7
%10035 = assign %149, %10034 : f32[24,24] @ models/lib/nn.yaml:79:7
%10036 = all_reduce_sum %5591 : f32[24] @ models/lib/nn.yaml:80:7
%10037 = mul %10036, %10036 : f32[24] @ models/lib/nn.yaml:80:7
%10038 = reduce_sum %10037 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10039 = sqrt %10038 : f32[] @ models/lib/nn.yaml:80:7
%10040 = cast %10039 : f64[] @ models/lib/nn.yaml:80:7
%10041 = add %10040, %6628 : f64[] @ models/lib/nn.yaml:80:7
%10042 = div %6630, %10041 : f64[] @ models/lib/nn.yaml:80:7
%10043 = lt %10042, %6632 : bool[] @ models/lib/nn.yaml:80:7
%10044 = cast %10042 : f32[] @ models/lib/nn.yaml:80:7
%10045 = broadcast %10044 : f32[24] @ models/lib/nn.yaml:80:7
%10046 = mul %10036, %10045 : f32[24] @ models/lib/nn.yaml:80:7
%10047 = broadcast %10043 : bool[24] @ models/lib/nn.yaml:80:7
%10048 = select %10047, %10046, %10036 : f32[24] @ models/lib/nn.yaml:80:7
%10049 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10050 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10051 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10052 = add %10051, %6642 : i64[] @ models/lib/nn.yaml:80:7
%10053 = mul %10048, %9936 : f32[24] @ models/lib/nn.yaml:80:7
%10054 = mul %10049, %9938 : f32[24] @ models/lib/nn.yaml:80:7
%10055 = add %10054, %10053 : f32[24] @ models/lib/nn.yaml:80:7
%10056 = mul %10048, %10048 : f32[24] @ models/lib/nn.yaml:80:7
%10057 = mul %10056, %9942 : f32[24] @ models/lib/nn.yaml:80:7
%10058 = mul %10050, %9944 : f32[24] @ models/lib/nn.yaml:80:7
%10059 = add %10058, %10057 : f32[24] @ models/lib/nn.yaml:80:7
%10060 = cast %10052 : f64[] @ models/lib/nn.yaml:80:7
%10061 = pow %6651, %10060 : f64[] @ models/lib/nn.yaml:80:7
%10062 = sub %6632, %10061 : f64[] @ models/lib/nn.yaml:80:7
%10063 = div %4161, %10062 : f64[] @ models/lib/nn.yaml:80:7
%10064 = pow %6659, %10060 : f64[] @ models/lib/nn.yaml:80:7
%10065 = sub %6632, %10064 : f64[] @ models/lib/nn.yaml:80:7
%10066 = sqrt %10065 : f64[] @ models/lib/nn.yaml:80:7
%10067 = div %6632, %10066 : f64[] @ models/lib/nn.yaml:80:7
%10068 = sqrt %10059 : f32[24] @ models/lib/nn.yaml:80:7
%10069 = cast %10067 : f32[] @ models/lib/nn.yaml:80:7
%10070 = broadcast %10069 : f32[24] @ models/lib/nn.yaml:80:7
%10071 = mul %10068, %10070 : f32[24] @ models/lib/nn.yaml:80:7
%10072 = add %10071, %9959 : f32[24] @ models/lib/nn.yaml:80:7
%10073 = div %10055, %10072 : f32[24] @ models/lib/nn.yaml:80:7
%10074 = cast %10063 : f32[] @ models/lib/nn.yaml:80:7
%10075 = broadcast %10074 : f32[24] @ models/lib/nn.yaml:80:7
%10076 = mul %10073, %10075 : f32[24] @ models/lib/nn.yaml:80:7
%10077 = sub %72, %10076 : f32[24] @ models/lib/nn.yaml:80:7
%10078 = assign %72, %10077 : f32[24] @ models/lib/nn.yaml:80:7
%10079 = assign %10049, %10055 : f32[24] @ models/lib/nn.yaml:80:7
%10080 = assign %10050, %10059 : f32[24] @ models/lib/nn.yaml:80:7
%10081 = assign %10051, %10052 : i64[] @ models/lib/nn.yaml:80:7
%10082 = mul %150, %9970 : f32[24] @ models/lib/nn.yaml:80:7
%10083 = mul %10077, %9972 : f32[24] @ models/lib/nn.yaml:80:7
%10084 = add %10082, %10083 : f32[24] @ models/lib/nn.yaml:80:7
%10085 = assign %150, %10084 : f32[24] @ models/lib/nn.yaml:80:7
%10086 = all_reduce_sum %5571 : f32[8,24] @ models/lib/nn.yaml:79:7
%10087 = reshape %10086 : f32[192] @ models/lib/nn.yaml:79:7
%10088 = mul %10087, %10087 : f32[192] @ models/lib/nn.yaml:79:7
%10089 = reduce_sum %10088 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10090 = sqrt %10089 : f32[] @ models/lib/nn.yaml:79:7
%10091 = cast %10090 : f64[] @ models/lib/nn.yaml:79:7
%10092 = add %10091, %6628 : f64[] @ models/lib/nn.yaml:79:7
%10093 = div %6630, %10092 : f64[] @ models/lib/nn.yaml:79:7
%10094 = lt %10093, %6632 : bool[] @ models/lib/nn.yaml:79:7
%10095 = cast %10093 : f32[] @ models/lib/nn.yaml:79:7
%10096 = broadcast %10095 : f32[8,24] @ models/lib/nn.yaml:79:7
%10097 = mul %10086, %10096 : f32[8,24] @ models/lib/nn.yaml:79:7
%10098 = broadcast %10094 : bool[8,24] @ models/lib/nn.yaml:79:7
%10099 = select %10098, %10097, %10086 : f32[8,24] @ models/lib/nn.yaml:79:7
%10100 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10101 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10102 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10103 = add %10102, %6642 : i64[] @ models/lib/nn.yaml:79:7
%10104 = broadcast %6646 : f32[8,24] @ models/lib/nn.yaml:79:7
%10105 = mul %73, %10104 : f32[8,24] @ models/lib/nn.yaml:79:7
%10106 = broadcast %3838 : f32[8,24] @ models/lib/nn.yaml:79:7
%10107 = mul %10099, %10106 : f32[8,24] @ models/lib/nn.yaml:79:7
%10108 = broadcast %2630 : f32[8,24] @ models/lib/nn.yaml:79:7
%10109 = mul %10100, %10108 : f32[8,24] @ models/lib/nn.yaml:79:7
%10110 = add %10109, %10107 : f32[8,24] @ models/lib/nn.yaml:79:7
%10111 = mul %10099, %10099 : f32[8,24] @ models/lib/nn.yaml:79:7
%10112 = broadcast %6656 : f32[8,24] @ models/lib/nn.yaml:79:7
%10113 = mul %10111, %10112 : f32[8,24] @ models/lib/nn.yaml:79:7
%10114 = broadcast %6660 : f32[8,24] @ models/lib/nn.yaml:79:7
%10115 = mul %10101, %10114 : f32[8,24] @ models/lib/nn.yaml:79:7
%10116 = add %10115, %10113 : f32[8,24] @ models/lib/nn.yaml:79:7
%10117 = cast %10103 : f64[] @ models/lib/nn.yaml:79:7
%10118 = pow %6651, %10117 : f64[] @ models/lib/nn.yaml:79:7
%10119 = sub %6632, %10118 : f64[] @ models/lib/nn.yaml:79:7
%10120 = div %4161, %10119 : f64[] @ models/lib/nn.yaml:79:7
%10121 = pow %6659, %10117 : f64[] @ models/lib/nn.yaml:79:7
%10122 = sub %6632, %10121 : f64[] @ models/lib/nn.yaml:79:7
%10123 = sqrt %10122 : f64[] @ models/lib/nn.yaml:79:7
%10124 = div %6632, %10123 : f64[] @ models/lib/nn.yaml:79:7
%10125 = sqrt %10116 : f32[8,24] @ models/lib/nn.yaml:79:7
%10126 = cast %10124 : f32[] @ models/lib/nn.yaml:79:7
%10127 = broadcast %10126 : f32[8,24] @ models/lib/nn.yaml:79:7
%10128 = mul %10125, %10127 : f32[8,24] @ models/lib/nn.yaml:79:7
%10129 = broadcast %6676 : f32[8,24] @ models/lib/nn.yaml:79:7
%10130 = add %10128, %10129 : f32[8,24] @ models/lib/nn.yaml:79:7
%10131 = div %10110, %10130 : f32[8,24] @ models/lib/nn.yaml:79:7
%10132 = cast %10120 : f32[] @ models/lib/nn.yaml:79:7
%10133 = broadcast %10132 : f32[8,24] @ models/lib/nn.yaml:79:7
%10134 = mul %10131, %10133 : f32[8,24] @ models/lib/nn.yaml:79:7
%10135 = sub %10105, %10134 : f32[8,24] @ models/lib/nn.yaml:79:7
%10136 = assign %73, %10135 : f32[8,24] @ models/lib/nn.yaml:79:7
%10137 = assign %10100, %10110 : f32[8,24] @ models/lib/nn.yaml:79:7
%10138 = assign %10101, %10116 : f32[8,24] @ models/lib/nn.yaml:79:7
%10139 = assign %10102, %10103 : i64[] @ models/lib/nn.yaml:79:7
%10140 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%10141 = mul %151, %10140 : f32[8,24] @ models/lib/nn.yaml:79:7
%10142 = broadcast %6691 : f32[8,24] @ models/lib/nn.yaml:79:7
%10143 = mul %10135, %10142 : f32[8,24] @ models/lib/nn.yaml:79:7
%10144 = add %10141, %10143 : f32[8,24] @ models/lib/nn.yaml:79:7
%10145 = assign %151, %10144 : f32[8,24] @ models/lib/nn.yaml:79:7
%10146 = all_reduce_sum %5563 : f32[8] @ models/lib/nn.yaml:80:7
%10147 = mul %10146, %10146 : f32[8] @ models/lib/nn.yaml:80:7
%10148 = reduce_sum %10147 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10149 = sqrt %10148 : f32[] @ models/lib/nn.yaml:80:7
%10150 = cast %10149 : f64[] @ models/lib/nn.yaml:80:7
%10151 = add %10150, %6628 : f64[] @ models/lib/nn.yaml:80:7
%10152 = div %6630, %10151 : f64[] @ models/lib/nn.yaml:80:7
%10153 = lt %10152, %6632 : bool[] @ models/lib/nn.yaml:80:7
%10154 = cast %10152 : f32[] @ models/lib/nn.yaml:80:7
%10155 = broadcast %10154 : f32[8] @ models/lib/nn.yaml:80:7
%10156 = mul %10146, %10155 : f32[8] @ models/lib/nn.yaml:80:7
%10157 = broadcast %10153 : bool[8] @ models/lib/nn.yaml:80:7
%10158 = select %10157, %10156, %10146 : f32[8] @ models/lib/nn.yaml:80:7
%10159 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10160 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10161 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10162 = add %10161, %6642 : i64[] @ models/lib/nn.yaml:80:7
%10163 = broadcast %3838 : f32[8] @ models/lib/nn.yaml:80:7
%10164 = mul %10158, %10163 : f32[8] @ models/lib/nn.yaml:80:7
%10165 = broadcast %2630 : f32[8] @ models/lib/nn.yaml:80:7
%10166 = mul %10159, %10165 : f32[8] @ models/lib/nn.yaml:80:7
%10167 = add %10166, %10164 : f32[8] @ models/lib/nn.yaml:80:7
%10168 = mul %10158, %10158 : f32[8] @ models/lib/nn.yaml:80:7
%10169 = broadcast %6656 : f32[8] @ models/lib/nn.yaml:80:7
%10170 = mul %10168, %10169 : f32[8] @ models/lib/nn.yaml:80:7
%10171 = broadcast %6660 : f32[8] @ models/lib/nn.yaml:80:7
%10172 = mul %10160, %10171 : f32[8] @ models/lib/nn.yaml:80:7
%10173 = add %10172, %10170 : f32[8] @ models/lib/nn.yaml:80:7
%10174 = cast %10162 : f64[] @ models/lib/nn.yaml:80:7
%10175 = pow %6651, %10174 : f64[] @ models/lib/nn.yaml:80:7
%10176 = sub %6632, %10175 : f64[] @ models/lib/nn.yaml:80:7
%10177 = div %4161, %10176 : f64[] @ models/lib/nn.yaml:80:7
%10178 = pow %6659, %10174 : f64[] @ models/lib/nn.yaml:80:7
%10179 = sub %6632, %10178 : f64[] @ models/lib/nn.yaml:80:7
%10180 = sqrt %10179 : f64[] @ models/lib/nn.yaml:80:7
%10181 = div %6632, %10180 : f64[] @ models/lib/nn.yaml:80:7
%10182 = sqrt %10173 : f32[8] @ models/lib/nn.yaml:80:7
%10183 = cast %10181 : f32[] @ models/lib/nn.yaml:80:7
%10184 = broadcast %10183 : f32[8] @ models/lib/nn.yaml:80:7
%10185 = mul %10182, %10184 : f32[8] @ models/lib/nn.yaml:80:7
%10186 = broadcast %6676 : f32[8] @ models/lib/nn.yaml:80:7
%10187 = add %10185, %10186 : f32[8] @ models/lib/nn.yaml:80:7
%10188 = div %10167, %10187 : f32[8] @ models/lib/nn.yaml:80:7
%10189 = cast %10177 : f32[] @ models/lib/nn.yaml:80:7
%10190 = broadcast %10189 : f32[8] @ models/lib/nn.yaml:80:7
%10191 = mul %10188, %10190 : f32[8] @ models/lib/nn.yaml:80:7
%10192 = sub %74, %10191 : f32[8] @ models/lib/nn.yaml:80:7
%10193 = assign %74, %10192 : f32[8] @ models/lib/nn.yaml:80:7
%10194 = assign %10159, %10167 : f32[8] @ models/lib/nn.yaml:80:7
%10195 = assign %10160, %10173 : f32[8] @ models/lib/nn.yaml:80:7
%10196 = assign %10161, %10162 : i64[] @ models/lib/nn.yaml:80:7
%10197 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%10198 = mul %152, %10197 : f32[8] @ models/lib/nn.yaml:80:7
%10199 = broadcast %6691 : f32[8] @ models/lib/nn.yaml:80:7
%10200 = mul %10192, %10199 : f32[8] @ models/lib/nn.yaml:80:7
%10201 = add %10198, %10200 : f32[8] @ models/lib/nn.yaml:80:7
%10202 = assign %152, %10201 : f32[8] @ models/lib/nn.yaml:80:7
%10203 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%10204 = mul %153, %10203 : f32[32,1] @ models/lib/dino.yaml:18:7
%10205 = broadcast %6691 : f32[32,1] @ models/lib/dino.yaml:18:7
%10206 = mul %75, %10205 : f32[32,1] @ models/lib/dino.yaml:18:7
%10207 = add %10204, %10206 : f32[32,1] @ models/lib/dino.yaml:18:7
%10208 = assign %153, %10207 : f32[32,1] @ models/lib/dino.yaml:18:7
%10209 = all_reduce_sum %5541 : f32[32,8] @ models/lib/dino.yaml:19:7
%10210 = reshape %10209 : f32[256] @ models/lib/dino.yaml:19:7
%10211 = mul %10210, %10210 : f32[256] @ models/lib/dino.yaml:19:7
%10212 = reduce_sum %10211 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10213 = sqrt %10212 : f32[] @ models/lib/dino.yaml:19:7
%10214 = cast %10213 : f64[] @ models/lib/dino.yaml:19:7
%10215 = add %10214, %6628 : f64[] @ models/lib/dino.yaml:19:7
%10216 = div %6630, %10215 : f64[] @ models/lib/dino.yaml:19:7
%10217 = lt %10216, %6632 : bool[] @ models/lib/dino.yaml:19:7
%10218 = cast %10216 : f32[] @ models/lib/dino.yaml:19:7
%10219 = broadcast %10218 : f32[32,8] @ models/lib/dino.yaml:19:7
%10220 = mul %10209, %10219 : f32[32,8] @ models/lib/dino.yaml:19:7
%10221 = broadcast %10217 : bool[32,8] @ models/lib/dino.yaml:19:7
%10222 = select %10221, %10220, %10209 : f32[32,8] @ models/lib/dino.yaml:19:7
%10223 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10224 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10225 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10226 = add %10225, %6642 : i64[] @ models/lib/dino.yaml:19:7
%10227 = broadcast %6646 : f32[32,8] @ models/lib/dino.yaml:19:7
%10228 = mul %76, %10227 : f32[32,8] @ models/lib/dino.yaml:19:7
%10229 = broadcast %3838 : f32[32,8] @ models/lib/dino.yaml:19:7
%10230 = mul %10222, %10229 : f32[32,8] @ models/lib/dino.yaml:19:7
%10231 = broadcast %2630 : f32[32,8] @ models/lib/dino.yaml:19:7
%10232 = mul %10223, %10231 : f32[32,8] @ models/lib/dino.yaml:19:7
%10233 = add %10232, %10230 : f32[32,8] @ models/lib/dino.yaml:19:7
%10234 = mul %10222, %10222 : f32[32,8] @ models/lib/dino.yaml:19:7
%10235 = broadcast %6656 : f32[32,8] @ models/lib/dino.yaml:19:7
%10236 = mul %10234, %10235 : f32[32,8] @ models/lib/dino.yaml:19:7
%10237 = broadcast %6660 : f32[32,8] @ models/lib/dino.yaml:19:7
%10238 = mul %10224, %10237 : f32[32,8] @ models/lib/dino.yaml:19:7
%10239 = add %10238, %10236 : f32[32,8] @ models/lib/dino.yaml:19:7
%10240 = cast %10226 : f64[] @ models/lib/dino.yaml:19:7
%10241 = pow %6651, %10240 : f64[] @ models/lib/dino.yaml:19:7
%10242 = sub %6632, %10241 : f64[] @ models/lib/dino.yaml:19:7
%10243 = div %4161, %10242 : f64[] @ models/lib/dino.yaml:19:7
%10244 = pow %6659, %10240 : f64[] @ models/lib/dino.yaml:19:7
%10245 = sub %6632, %10244 : f64[] @ models/lib/dino.yaml:19:7
%10246 = sqrt %10245 : f64[] @ models/lib/dino.yaml:19:7
%10247 = div %6632, %10246 : f64[] @ models/lib/dino.yaml:19:7
%10248 = sqrt %10239 : f32[32,8] @ models/lib/dino.yaml:19:7
%10249 = cast %10247 : f32[] @ models/lib/dino.yaml:19:7
%10250 = broadcast %10249 : f32[32,8] @ models/lib/dino.yaml:19:7
%10251 = mul %10248, %10250 : f32[32,8] @ models/lib/dino.yaml:19:7
%10252 = broadcast %6676 : f32[32,8] @ models/lib/dino.yaml:19:7
%10253 = add %10251, %10252 : f32[32,8] @ models/lib/dino.yaml:19:7
%10254 = div %10233, %10253 : f32[32,8] @ models/lib/dino.yaml:19:7
%10255 = cast %10243 : f32[] @ models/lib/dino.yaml:19:7
%10256 = broadcast %10255 : f32[32,8] @ models/lib/dino.yaml:19:7
%10257 = mul %10254, %10256 : f32[32,8] @ models/lib/dino.yaml:19:7
%10258 = sub %10228, %10257 : f32[32,8] @ models/lib/dino.yaml:19:7
%10259 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10260 = lt %10259, %6642 : bool[] @ models/lib/dino.yaml:19:7
%10261 = broadcast %10260 : bool[32,8] @ models/lib/dino.yaml:19:7
%10262 = select %10261, %76, %10258 : f32[32,8] @ models/lib/dino.yaml:19:7
%10263 = select %10261, %10223, %10233 : f32[32,8] @ models/lib/dino.yaml:19:7
%10264 = select %10261, %10224, %10239 : f32[32,8] @ models/lib/dino.yaml:19:7
%10265 = select %10260, %10225, %10226 : i64[] @ models/lib/dino.yaml:19:7
%10266 = assign %76, %10262 : f32[32,8] @ models/lib/dino.yaml:19:7
%10267 = assign %10223, %10263 : f32[32,8] @ models/lib/dino.yaml:19:7
%10268 = assign %10224, %10264 : f32[32,8] @ models/lib/dino.yaml:19:7
%10269 = assign %10225, %10265 : i64[] @ models/lib/dino.yaml:19:7
%10270 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%10271 = mul %154, %10270 : f32[32,8] @ models/lib/dino.yaml:19:7
%10272 = broadcast %6691 : f32[32,8] @ models/lib/dino.yaml:19:7
%10273 = mul %10262, %10272 : f32[32,8] @ models/lib/dino.yaml:19:7
%10274 = add %10271, %10273 : f32[32,8] @ models/lib/dino.yaml:19:7
%10275 = assign %154, %10274 : f32[32,8] @ models/lib/dino.yaml:19:7
%10276 = all_reduce_sum %5521 : f32[24,16] @ models/lib/nn.yaml:79:7
%10277 = reshape %10276 : f32[384] @ models/lib/nn.yaml:79:7
%10278 = mul %10277, %10277 : f32[384] @ models/lib/nn.yaml:79:7
%10279 = reduce_sum %10278 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10280 = sqrt %10279 : f32[] @ models/lib/nn.yaml:79:7
%10281 = cast %10280 : f64[] @ models/lib/nn.yaml:79:7
%10282 = add %10281, %6628 : f64[] @ models/lib/nn.yaml:79:7
%10283 = div %6630, %10282 : f64[] @ models/lib/nn.yaml:79:7
%10284 = lt %10283, %6632 : bool[] @ models/lib/nn.yaml:79:7
%10285 = cast %10283 : f32[] @ models/lib/nn.yaml:79:7
%10286 = broadcast %10285 : f32[24,16] @ models/lib/nn.yaml:79:7
%10287 = mul %10276, %10286 : f32[24,16] @ models/lib/nn.yaml:79:7
%10288 = broadcast %10284 : bool[24,16] @ models/lib/nn.yaml:79:7
%10289 = select %10288, %10287, %10276 : f32[24,16] @ models/lib/nn.yaml:79:7
%10290 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10291 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10292 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10293 = add %10292, %6642 : i64[] @ models/lib/nn.yaml:79:7
%10294 = mul %77, %9877 : f32[24,16] @ models/lib/nn.yaml:79:7
%10295 = mul %10289, %9879 : f32[24,16] @ models/lib/nn.yaml:79:7
%10296 = mul %10290, %9881 : f32[24,16] @ models/lib/nn.yaml:79:7
%10297 = add %10296, %10295 : f32[24,16] @ models/lib/nn.yaml:79:7
%10298 = mul %10289, %10289 : f32[24,16] @ models/lib/nn.yaml:79:7
%10299 = mul %10298, %9885 : f32[24,16] @ models/lib/nn.yaml:79:7
%10300 = mul %10291, %9887 : f32[24,16] @ models/lib/nn.yaml:79:7
%10301 = add %10300, %10299 : f32[24,16] @ models/lib/nn.yaml:79:7
%10302 = cast %10293 : f64[] @ models/lib/nn.yaml:79:7
%10303 = pow %6651, %10302 : f64[] @ models/lib/nn.yaml:79:7
%10304 = sub %6632, %10303 : f64[] @ models/lib/nn.yaml:79:7
%10305 = div %4161, %10304 : f64[] @ models/lib/nn.yaml:79:7
%10306 = pow %6659, %10302 : f64[] @ models/lib/nn.yaml:79:7
%10307 = sub %6632, %10306 : f64[] @ models/lib/nn.yaml:79:7
%10308 = sqrt %10307 : f64[] @ models/lib/nn.yaml:79:7
%10309 = div %6632, %10308 : f64[] @ models/lib/nn.yaml:79:7
%10310 = sqrt %10301 : f32[24,16] @ models/lib/nn.yaml:79:7
%10311 = cast %10309 : f32[] @ models/lib/nn.yaml:79:7
%10312 = broadcast %10311 : f32[24,16] @ models/lib/nn.yaml:79:7
%10313 = mul %10310, %10312 : f32[24,16] @ models/lib/nn.yaml:79:7
%10314 = add %10313, %9902 : f32[24,16] @ models/lib/nn.yaml:79:7
%10315 = div %10297, %10314 : f32[24,16] @ models/lib/nn.yaml:79:7
%10316 = cast %10305 : f32[] @ models/lib/nn.yaml:79:7
%10317 = broadcast %10316 : f32[24,16] @ models/lib/nn.yaml:79:7
%10318 = mul %10315, %10317 : f32[24,16] @ models/lib/nn.yaml:79:7
%10319 = sub %10294, %10318 : f32[24,16] @ models/lib/nn.yaml:79:7
%10320 = assign %77, %10319 : f32[24,16] @ models/lib/nn.yaml:79:7
%10321 = assign %10290, %10297 : f32[24,16] @ models/lib/nn.yaml:79:7
%10322 = assign %10291, %10301 : f32[24,16] @ models/lib/nn.yaml:79:7
%10323 = assign %10292, %10293 : i64[] @ models/lib/nn.yaml:79:7
%10324 = mul %155, %9913 : f32[24,16] @ models/lib/nn.yaml:79:7
%10325 = mul %10319, %9915 : f32[24,16] @ models/lib/nn.yaml:79:7
%10326 = add %10324, %10325 : f32[24,16] @ models/lib/nn.yaml:79:7
%10327 = assign %155, %10326 : f32[24,16] @ models/lib/nn.yaml:79:7
%10328 = all_reduce_sum %5515 : f32[24] @ models/lib/nn.yaml:80:7
%10329 = mul %10328, %10328 : f32[24] @ models/lib/nn.yaml:80:7
%10330 = reduce_sum %10329 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10331 = sqrt %10330 : f32[] @ models/lib/nn.yaml:80:7
%10332 = cast %10331 : f64[] @ models/lib/nn.yaml:80:7
%10333 = add %10332, %6628 : f64[] @ models/lib/nn.yaml:80:7
%10334 = div %6630, %10333 : f64[] @ models/lib/nn.yaml:80:7
%10335 = lt %10334, %6632 : bool[] @ models/lib/nn.yaml:80:7
%10336 = cast %10334 : f32[] @ models/lib/nn.yaml:80:7
%10337 = broadcast %10336 : f32[24] @ models/lib/nn.yaml:80:7
%10338 = mul %10328, %10337 : f32[24] @ models/lib/nn.yaml:80:7
%10339 = broadcast %10335 : bool[24] @ models/lib/nn.yaml:80:7
%10340 = select %10339, %10338, %10328 : f32[24] @ models/lib/nn.yaml:80:7
%10341 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10342 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10343 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10344 = add %10343, %6642 : i64[] @ models/lib/nn.yaml:80:7
%10345 = mul %10340, %9936 : f32[24] @ models/lib/nn.yaml:80:7
%10346 = mul %10341, %9938 : f32[24] @ models/lib/nn.yaml:80:7
%10347 = add %10346, %10345 : f32[24] @ models/lib/nn.yaml:80:7
%10348 = mul %10340, %10340 : f32[24] @ models/lib/nn.yaml:80:7
%10349 = mul %10348, %9942 : f32[24] @ models/lib/nn.yaml:80:7
%10350 = mul %10342, %9944 : f32[24] @ models/lib/nn.yaml:80:7
%10351 = add %10350, %10349 : f32[24] @ models/lib/nn.yaml:80:7
%10352 = cast %10344 : f64[] @ models/lib/nn.yaml:80:7
%10353 = pow %6651, %10352 : f64[] @ models/lib/nn.yaml:80:7
%10354 = sub %6632, %10353 : f64[] @ models/lib/nn.yaml:80:7
%10355 = div %4161, %10354 : f64[] @ models/lib/nn.yaml:80:7
%10356 = pow %6659, %10352 : f64[] @ models/lib/nn.yaml:80:7
%10357 = sub %6632, %10356 : f64[] @ models/lib/nn.yaml:80:7
%10358 = sqrt %10357 : f64[] @ models/lib/nn.yaml:80:7
%10359 = div %6632, %10358 : f64[] @ models/lib/nn.yaml:80:7
%10360 = sqrt %10351 : f32[24] @ models/lib/nn.yaml:80:7
%10361 = cast %10359 : f32[] @ models/lib/nn.yaml:80:7
%10362 = broadcast %10361 : f32[24] @ models/lib/nn.yaml:80:7
%10363 = mul %10360, %10362 : f32[24] @ models/lib/nn.yaml:80:7
%10364 = add %10363, %9959 : f32[24] @ models/lib/nn.yaml:80:7
%10365 = div %10347, %10364 : f32[24] @ models/lib/nn.yaml:80:7
%10366 = cast %10355 : f32[] @ models/lib/nn.yaml:80:7
%10367 = broadcast %10366 : f32[24] @ models/lib/nn.yaml:80:7
%10368 = mul %10365, %10367 : f32[24] @ models/lib/nn.yaml:80:7
%10369 = sub %78, %10368 : f32[24] @ models/lib/nn.yaml:80:7
%10370 = assign %78, %10369 : f32[24] @ models/lib/nn.yaml:80:7
%10371 = assign %10341, %10347 : f32[24] @ models/lib/nn.yaml:80:7
%10372 = assign %10342, %10351 : f32[24] @ models/lib/nn.yaml:80:7
%10373 = assign %10343, %10344 : i64[] @ models/lib/nn.yaml:80:7
%10374 = mul %156, %9970 : f32[24] @ models/lib/nn.yaml:80:7
%10375 = mul %10369, %9972 : f32[24] @ models/lib/nn.yaml:80:7
%10376 = add %10374, %10375 : f32[24] @ models/lib/nn.yaml:80:7
%10377 = assign %156, %10376 : f32[24] @ models/lib/nn.yaml:80:7
%10378 = all_reduce_sum %5487 : f32[24,24] @ models/lib/nn.yaml:79:7
%10379 = reshape %10378 : f32[576] @ models/lib/nn.yaml:79:7
%10380 = mul %10379, %10379 : f32[576] @ models/lib/nn.yaml:79:7
%10381 = reduce_sum %10380 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10382 = sqrt %10381 : f32[] @ models/lib/nn.yaml:79:7
%10383 = cast %10382 : f64[] @ models/lib/nn.yaml:79:7
%10384 = add %10383, %6628 : f64[] @ models/lib/nn.yaml:79:7
%10385 = div %6630, %10384 : f64[] @ models/lib/nn.yaml:79:7
%10386 = lt %10385, %6632 : bool[] @ models/lib/nn.yaml:79:7
%10387 = cast %10385 : f32[] @ models/lib/nn.yaml:79:7
%10388 = broadcast %10387 : f32[24,24] @ models/lib/nn.yaml:79:7
%10389 = mul %10378, %10388 : f32[24,24] @ models/lib/nn.yaml:79:7
%10390 = broadcast %10386 : bool[24,24] @ models/lib/nn.yaml:79:7
%10391 = select %10390, %10389, %10378 : f32[24,24] @ models/lib/nn.yaml:79:7
%10392 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10393 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10394 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10395 = add %10394, %6642 : i64[] @ models/lib/nn.yaml:79:7
%10396 = mul %79, %9994 : f32[24,24] @ models/lib/nn.yaml:79:7
%10397 = mul %10391, %9996 : f32[24,24] @ models/lib/nn.yaml:79:7
%10398 = mul %10392, %9998 : f32[24,24] @ models/lib/nn.yaml:79:7
%10399 = add %10398, %10397 : f32[24,24] @ models/lib/nn.yaml:79:7
%10400 = mul %10391, %10391 : f32[24,24] @ models/lib/nn.yaml:79:7
%10401 = mul %10400, %10002 : f32[24,24] @ models/lib/nn.yaml:79:7
%10402 = mul %10393, %10004 : f32[24,24] @ models/lib/nn.yaml:79:7
%10403 = add %10402, %10401 : f32[24,24] @ models/lib/nn.yaml:79:7
%10404 = cast %10395 : f64[] @ models/lib/nn.yaml:79:7
%10405 = pow %6651, %10404 : f64[] @ models/lib/nn.yaml:79:7
%10406 = sub %6632, %10405 : f64[] @ models/lib/nn.yaml:79:7
%10407 = div %4161, %10406 : f64[] @ models/lib/nn.yaml:79:7
%10408 = pow %6659, %10404 : f64[] @ models/lib/nn.yaml:79:7
%10409 = sub %6632, %10408 : f64[] @ models/lib/nn.yaml:79:7
%10410 = sqrt %10409 : f64[] @ models/lib/nn.yaml:79:7
%10411 = div %6632, %10410 : f64[] @ models/lib/nn.yaml:79:7
%10412 = sqrt %10403 : f32[24,24] @ models/lib/nn.yaml:79:7
%10413 = cast %10411 : f32[] @ models/lib/nn.yaml:79:7
%10414 = broadcast %10413 : f32[24,24] @ models/lib/nn.yaml:79:7
%10415 = mul %10412, %10414 : f32[24,24] @ models/lib/nn.yaml:79:7
%10416 = add %10415, %10019 : f32[24,24] @ models/lib/nn.yaml:79:7
%10417 = div %10399, %10416 : f32[24,24] @ models/lib/nn.yaml:79:7
%10418 = cast %10407 : f32[] @ models/lib/nn.yaml:79:7
%10419 = broadcast %10418 : f32[24,24] @ models/lib/nn.yaml:79:7
%10420 = mul %10417, %10419 : f32[24,24] @ models/lib/nn.yaml:79:7
%10421 = sub %10396, %10420 : f32[24,24] @ models/lib/nn.yaml:79:7
%10422 = assign %79, %10421 : f32[24,24] @ models/lib/nn.yaml:79:7
%10423 = assign %10392, %10399 : f32[24,24] @ models/lib/nn.yaml:79:7
%10424 = assign %10393, %10403 : f32[24,24] @ models/lib/nn.yaml:79:7
%10425 = assign %10394, %10395 : i64[] @ models/lib/nn.yaml:79:7
%10426 = mul %157, %10030 : f32[24,24] @ models/lib/nn.yaml:79:7
%10427 = mul %10421, %10032 : f32[24,24] @ models/lib/nn.yaml:79:7
%10428 = add %10426, %10427 : f32[24,24] @ models/lib/nn.yaml:79:7
%10429 = assign %157, %10428 : f32[24,24] @ models/lib/nn.yaml:79:7
%10430 = all_reduce_sum %5481 : f32[24] @ models/lib/nn.yaml:80:7
%10431 = mul %10430, %10430 : f32[24] @ models/lib/nn.yaml:80:7
%10432 = reduce_sum %10431 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10433 = sqrt %10432 : f32[] @ models/lib/nn.yaml:80:7
%10434 = cast %10433 : f64[] @ models/lib/nn.yaml:80:7
%10435 = add %10434, %6628 : f64[] @ models/lib/nn.yaml:80:7
%10436 = div %6630, %10435 : f64[] @ models/lib/nn.yaml:80:7
%10437 = lt %10436, %6632 : bool[] @ models/lib/nn.yaml:80:7
%10438 = cast %10436 : f32[] @ models/lib/nn.yaml:80:7
%10439 = broadcast %10438 : f32[24] @ models/lib/nn.yaml:80:7
%10440 = mul %10430, %10439 : f32[24] @ models/lib/nn.yaml:80:7
%10441 = broadcast %10437 : bool[24] @ models/lib/nn.yaml:80:7
%10442 = select %10441, %10440, %10430 : f32[24] @ models/lib/nn.yaml:80:7
%10443 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10444 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10445 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10446 = add %10445, %6642 : i64[] @ models/lib/nn.yaml:80:7
%10447 = mul %10442, %9936 : f32[24] @ models/lib/nn.yaml:80:7
%10448 = mul %10443, %9938 : f32[24] @ models/lib/nn.yaml:80:7
%10449 = add %10448, %10447 : f32[24] @ models/lib/nn.yaml:80:7
%10450 = mul %10442, %10442 : f32[24] @ models/lib/nn.yaml:80:7
%10451 = mul %10450, %9942 : f32[24] @ models/lib/nn.yaml:80:7
%10452 = mul %10444, %9944 : f32[24] @ models/lib/nn.yaml:80:7
%10453 = add %10452, %10451 : f32[24] @ models/lib/nn.yaml:80:7
%10454 = cast %10446 : f64[] @ models/lib/nn.yaml:80:7
%10455 = pow %6651, %10454 : f64[] @ models/lib/nn.yaml:80:7
%10456 = sub %6632, %10455 : f64[] @ models/lib/nn.yaml:80:7
%10457 = div %4161, %10456 : f64[] @ models/lib/nn.yaml:80:7
%10458 = pow %6659, %10454 : f64[] @ models/lib/nn.yaml:80:7
%10459 = sub %6632, %10458 : f64[] @ models/lib/nn.yaml:80:7
%10460 = sqrt %10459 : f64[] @ models/lib/nn.yaml:80:7
%10461 = div %6632, %10460 : f64[] @ models/lib/nn.yaml:80:7
%10462 = sqrt %10453 : f32[24] @ models/lib/nn.yaml:80:7
%10463 = cast %10461 : f32[] @ models/lib/nn.yaml:80:7
%10464 = broadcast %10463 : f32[24] @ models/lib/nn.yaml:80:7
%10465 = mul %10462, %10464 : f32[24] @ models/lib/nn.yaml:80:7
%10466 = add %10465, %9959 : f32[24] @ models/lib/nn.yaml:80:7
%10467 = div %10449, %10466 : f32[24] @ models/lib/nn.yaml:80:7
%10468 = cast %10457 : f32[] @ models/lib/nn.yaml:80:7
%10469 = broadcast %10468 : f32[24] @ models/lib/nn.yaml:80:7
%10470 = mul %10467, %10469 : f32[24] @ models/lib/nn.yaml:80:7
%10471 = sub %80, %10470 : f32[24] @ models/lib/nn.yaml:80:7
%10472 = assign %80, %10471 : f32[24] @ models/lib/nn.yaml:80:7
%10473 = assign %10443, %10449 : f32[24] @ models/lib/nn.yaml:80:7
%10474 = assign %10444, %10453 : f32[24] @ models/lib/nn.yaml:80:7
%10475 = assign %10445, %10446 : i64[] @ models/lib/nn.yaml:80:7
%10476 = mul %158, %9970 : f32[24] @ models/lib/nn.yaml:80:7
%10477 = mul %10471, %9972 : f32[24] @ models/lib/nn.yaml:80:7
%10478 = add %10476, %10477 : f32[24] @ models/lib/nn.yaml:80:7
%10479 = assign %158, %10478 : f32[24] @ models/lib/nn.yaml:80:7
%10480 = all_reduce_sum %5452 : f32[8,24] @ models/lib/nn.yaml:79:7
%10481 = reshape %10480 : f32[192] @ models/lib/nn.yaml:79:7
%10482 = mul %10481, %10481 : f32[192] @ models/lib/nn.yaml:79:7
%10483 = reduce_sum %10482 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10484 = sqrt %10483 : f32[] @ models/lib/nn.yaml:79:7
%10485 = cast %10484 : f64[] @ models/lib/nn.yaml:79:7
%10486 = add %10485, %6628 : f64[] @ models/lib/nn.yaml:79:7
%10487 = div %6630, %10486 : f64[] @ models/lib/nn.yaml:79:7
%10488 = lt %10487, %6632 : bool[] @ models/lib/nn.yaml:79:7
%10489 = cast %10487 : f32[] @ models/lib/nn.yaml:79:7
%10490 = broadcast %10489 : f32[8,24] @ models/lib/nn.yaml:79:7
%10491 = mul %10480, %10490 : f32[8,24] @ models/lib/nn.yaml:79:7
%10492 = broadcast %10488 : bool[8,24] @ models/lib/nn.yaml:79:7
%10493 = select %10492, %10491, %10480 : f32[8,24] @ models/lib/nn.yaml:79:7
%10494 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10495 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10496 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10497 = add %10496, %6642 : i64[] @ models/lib/nn.yaml:79:7
%10498 = mul %81, %10104 : f32[8,24] @ models/lib/nn.yaml:79:7
%10499 = mul %10493, %10106 : f32[8,24] @ models/lib/nn.yaml:79:7
%10500 = mul %10494, %10108 : f32[8,24] @ models/lib/nn.yaml:79:7
%10501 = add %10500, %10499 : f32[8,24] @ models/lib/nn.yaml:79:7
%10502 = mul %10493, %10493 : f32[8,24] @ models/lib/nn.yaml:79:7
%10503 = mul %10502, %10112 : f32[8,24] @ models/lib/nn.yaml:79:7
%10504 = mul %10495, %10114 : f32[8,24] @ models/lib/nn.yaml:79:7
%10505 = add %10504, %10503 : f32[8,24] @ models/lib/nn.yaml:79:7
%10506 = cast %10497 : f64[] @ models/lib/nn.yaml:79:7
%10507 = pow %6651, %10506 : f64[] @ models/lib/nn.yaml:79:7
%10508 = sub %6632, %10507 : f64[] @ models/lib/nn.yaml:79:7
%10509 = div %4161, %10508 : f64[] @ models/lib/nn.yaml:79:7
%10510 = pow %6659, %10506 : f64[] @ models/lib/nn.yaml:79:7
%10511 = sub %6632, %10510 : f64[] @ models/lib/nn.yaml:79:7
%10512 = sqrt %10511 : f64[] @ models/lib/nn.yaml:79:7
%10513 = div %6632, %10512 : f64[] @ models/lib/nn.yaml:79:7
%10514 = sqrt %10505 : f32[8,24] @ models/lib/nn.yaml:79:7
%10515 = cast %10513 : f32[] @ models/lib/nn.yaml:79:7
%10516 = broadcast %10515 : f32[8,24] @ models/lib/nn.yaml:79:7
%10517 = mul %10514, %10516 : f32[8,24] @ models/lib/nn.yaml:79:7
%10518 = add %10517, %10129 : f32[8,24] @ models/lib/nn.yaml:79:7
%10519 = div %10501, %10518 : f32[8,24] @ models/lib/nn.yaml:79:7
%10520 = cast %10509 : f32[] @ models/lib/nn.yaml:79:7
%10521 = broadcast %10520 : f32[8,24] @ models/lib/nn.yaml:79:7
%10522 = mul %10519, %10521 : f32[8,24] @ models/lib/nn.yaml:79:7
%10523 = sub %10498, %10522 : f32[8,24] @ models/lib/nn.yaml:79:7
%10524 = assign %81, %10523 : f32[8,24] @ models/lib/nn.yaml:79:7
%10525 = assign %10494, %10501 : f32[8,24] @ models/lib/nn.yaml:79:7
%10526 = assign %10495, %10505 : f32[8,24] @ models/lib/nn.yaml:79:7
%10527 = assign %10496, %10497 : i64[] @ models/lib/nn.yaml:79:7
%10528 = mul %159, %10140 : f32[8,24] @ models/lib/nn.yaml:79:7
%10529 = mul %10523, %10142 : f32[8,24] @ models/lib/nn.yaml:79:7
%10530 = add %10528, %10529 : f32[8,24] @ models/lib/nn.yaml:79:7
%10531 = assign %159, %10530 : f32[8,24] @ models/lib/nn.yaml:79:7
%10532 = all_reduce_sum %5446 : f32[8] @ models/lib/nn.yaml:80:7
%10533 = mul %10532, %10532 : f32[8] @ models/lib/nn.yaml:80:7
%10534 = reduce_sum %10533 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10535 = sqrt %10534 : f32[] @ models/lib/nn.yaml:80:7
%10536 = cast %10535 : f64[] @ models/lib/nn.yaml:80:7
%10537 = add %10536, %6628 : f64[] @ models/lib/nn.yaml:80:7
%10538 = div %6630, %10537 : f64[] @ models/lib/nn.yaml:80:7
%10539 = lt %10538, %6632 : bool[] @ models/lib/nn.yaml:80:7
%10540 = cast %10538 : f32[] @ models/lib/nn.yaml:80:7
%10541 = broadcast %10540 : f32[8] @ models/lib/nn.yaml:80:7
%10542 = mul %10532, %10541 : f32[8] @ models/lib/nn.yaml:80:7
%10543 = broadcast %10539 : bool[8] @ models/lib/nn.yaml:80:7
%10544 = select %10543, %10542, %10532 : f32[8] @ models/lib/nn.yaml:80:7
%10545 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10546 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10547 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10548 = add %10547, %6642 : i64[] @ models/lib/nn.yaml:80:7
%10549 = mul %10544, %10163 : f32[8] @ models/lib/nn.yaml:80:7
%10550 = mul %10545, %10165 : f32[8] @ models/lib/nn.yaml:80:7
%10551 = add %10550, %10549 : f32[8] @ models/lib/nn.yaml:80:7
%10552 = mul %10544, %10544 : f32[8] @ models/lib/nn.yaml:80:7
%10553 = mul %10552, %10169 : f32[8] @ models/lib/nn.yaml:80:7
%10554 = mul %10546, %10171 : f32[8] @ models/lib/nn.yaml:80:7
%10555 = add %10554, %10553 : f32[8] @ models/lib/nn.yaml:80:7
%10556 = cast %10548 : f64[] @ models/lib/nn.yaml:80:7
%10557 = pow %6651, %10556 : f64[] @ models/lib/nn.yaml:80:7
%10558 = sub %6632, %10557 : f64[] @ models/lib/nn.yaml:80:7
%10559 = div %4161, %10558 : f64[] @ models/lib/nn.yaml:80:7
%10560 = pow %6659, %10556 : f64[] @ models/lib/nn.yaml:80:7
%10561 = sub %6632, %10560 : f64[] @ models/lib/nn.yaml:80:7
%10562 = sqrt %10561 : f64[] @ models/lib/nn.yaml:80:7
%10563 = div %6632, %10562 : f64[] @ models/lib/nn.yaml:80:7
%10564 = sqrt %10555 : f32[8] @ models/lib/nn.yaml:80:7
%10565 = cast %10563 : f32[] @ models/lib/nn.yaml:80:7
%10566 = broadcast %10565 : f32[8] @ models/lib/nn.yaml:80:7
%10567 = mul %10564, %10566 : f32[8] @ models/lib/nn.yaml:80:7
%10568 = add %10567, %10186 : f32[8] @ models/lib/nn.yaml:80:7
%10569 = div %10551, %10568 : f32[8] @ models/lib/nn.yaml:80:7
%10570 = cast %10559 : f32[] @ models/lib/nn.yaml:80:7
%10571 = broadcast %10570 : f32[8] @ models/lib/nn.yaml:80:7
%10572 = mul %10569, %10571 : f32[8] @ models/lib/nn.yaml:80:7
%10573 = sub %82, %10572 : f32[8] @ models/lib/nn.yaml:80:7
%10574 = assign %82, %10573 : f32[8] @ models/lib/nn.yaml:80:7
%10575 = assign %10545, %10551 : f32[8] @ models/lib/nn.yaml:80:7
%10576 = assign %10546, %10555 : f32[8] @ models/lib/nn.yaml:80:7
%10577 = assign %10547, %10548 : i64[] @ models/lib/nn.yaml:80:7
%10578 = mul %160, %10197 : f32[8] @ models/lib/nn.yaml:80:7
%10579 = mul %10573, %10199 : f32[8] @ models/lib/nn.yaml:80:7
%10580 = add %10578, %10579 : f32[8] @ models/lib/nn.yaml:80:7
%10581 = assign %160, %10580 : f32[8] @ models/lib/nn.yaml:80:7
%10582 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10583 = mul %161, %10582 : f32[16,1] @ models/lib/dino.yaml:18:7
%10584 = broadcast %6691 : f32[16,1] @ models/lib/dino.yaml:18:7
%10585 = mul %83, %10584 : f32[16,1] @ models/lib/dino.yaml:18:7
%10586 = add %10583, %10585 : f32[16,1] @ models/lib/dino.yaml:18:7
%10587 = assign %161, %10586 : f32[16,1] @ models/lib/dino.yaml:18:7
%10588 = all_reduce_sum %5417 : f32[16,8] @ models/lib/dino.yaml:19:7
%10589 = reshape %10588 : f32[128] @ models/lib/dino.yaml:19:7
%10590 = mul %10589, %10589 : f32[128] @ models/lib/dino.yaml:19:7
%10591 = reduce_sum %10590 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10592 = sqrt %10591 : f32[] @ models/lib/dino.yaml:19:7
%10593 = cast %10592 : f64[] @ models/lib/dino.yaml:19:7
%10594 = add %10593, %6628 : f64[] @ models/lib/dino.yaml:19:7
%10595 = div %6630, %10594 : f64[] @ models/lib/dino.yaml:19:7
%10596 = lt %10595, %6632 : bool[] @ models/lib/dino.yaml:19:7
%10597 = cast %10595 : f32[] @ models/lib/dino.yaml:19:7
%10598 = broadcast %10597 : f32[16,8] @ models/lib/dino.yaml:19:7
%10599 = mul %10588, %10598 : f32[16,8] @ models/lib/dino.yaml:19:7
%10600 = broadcast %10596 : bool[16,8] @ models/lib/dino.yaml:19:7
%10601 = select %10600, %10599, %10588 : f32[16,8] @ models/lib/dino.yaml:19:7
%10602 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10603 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10604 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10605 = add %10604, %6642 : i64[] @ models/lib/dino.yaml:19:7
%10606 = broadcast %6646 : f32[16,8] @ models/lib/dino.yaml:19:7
%10607 = mul %84, %10606 : f32[16,8] @ models/lib/dino.yaml:19:7
%10608 = broadcast %3838 : f32[16,8] @ models/lib/dino.yaml:19:7
%10609 = mul %10601, %10608 : f32[16,8] @ models/lib/dino.yaml:19:7
%10610 = broadcast %2630 : f32[16,8] @ models/lib/dino.yaml:19:7
%10611 = mul %10602, %10610 : f32[16,8] @ models/lib/dino.yaml:19:7
%10612 = add %10611, %10609 : f32[16,8] @ models/lib/dino.yaml:19:7
%10613 = mul %10601, %10601 : f32[16,8] @ models/lib/dino.yaml:19:7
%10614 = broadcast %6656 : f32[16,8] @ models/lib/dino.yaml:19:7
%10615 = mul %10613, %10614 : f32[16,8] @ models/lib/dino.yaml:19:7
%10616 = broadcast %6660 : f32[16,8] @ models/lib/dino.yaml:19:7
%10617 = mul %10603, %10616 : f32[16,8] @ models/lib/dino.yaml:19:7
%10618 = add %10617, %10615 : f32[16,8] @ models/lib/dino.yaml:19:7
%10619 = cast %10605 : f64[] @ models/lib/dino.yaml:19:7
%10620 = pow %6651, %10619 : f64[] @ models/lib/dino.yaml:19:7
%10621 = sub %6632, %10620 : f64[] @ models/lib/dino.yaml:19:7
%10622 = div %4161, %10621 : f64[] @ models/lib/dino.yaml:19:7
%10623 = pow %6659, %10619 : f64[] @ models/lib/dino.yaml:19:7
%10624 = sub %6632, %10623 : f64[] @ models/lib/dino.yaml:19:7
%10625 = sqrt %10624 : f64[] @ models/lib/dino.yaml:19:7
%10626 = div %6632, %10625 : f64[] @ models/lib/dino.yaml:19:7
%10627 = sqrt %10618 : f32[16,8] @ models/lib/dino.yaml:19:7
%10628 = cast %10626 : f32[] @ models/lib/dino.yaml:19:7
%10629 = broadcast %10628 : f32[16,8] @ models/lib/dino.yaml:19:7
%10630 = mul %10627, %10629 : f32[16,8] @ models/lib/dino.yaml:19:7
%10631 = broadcast %6676 : f32[16,8] @ models/lib/dino.yaml:19:7
%10632 = add %10630, %10631 : f32[16,8] @ models/lib/dino.yaml:19:7
%10633 = div %10612, %10632 : f32[16,8] @ models/lib/dino.yaml:19:7
%10634 = cast %10622 : f32[] @ models/lib/dino.yaml:19:7
%10635 = broadcast %10634 : f32[16,8] @ models/lib/dino.yaml:19:7
%10636 = mul %10633, %10635 : f32[16,8] @ models/lib/dino.yaml:19:7
%10637 = sub %10607, %10636 : f32[16,8] @ models/lib/dino.yaml:19:7
%10638 = broadcast %10260 : bool[16,8] @ models/lib/dino.yaml:19:7
%10639 = select %10638, %84, %10637 : f32[16,8] @ models/lib/dino.yaml:19:7
%10640 = select %10638, %10602, %10612 : f32[16,8] @ models/lib/dino.yaml:19:7
%10641 = select %10638, %10603, %10618 : f32[16,8] @ models/lib/dino.yaml:19:7
%10642 = select %10260, %10604, %10605 : i64[] @ models/lib/dino.yaml:19:7
%10643 = assign %84, %10639 : f32[16,8] @ models/lib/dino.yaml:19:7
%10644 = assign %10602, %10640 : f32[16,8] @ models/lib/dino.yaml:19:7
%10645 = assign %10603, %10641 : f32[16,8] @ models/lib/dino.yaml:19:7
%10646 = assign %10604, %10642 : i64[] @ models/lib/dino.yaml:19:7
%10647 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10648 = mul %162, %10647 : f32[16,8] @ models/lib/dino.yaml:19:7
%10649 = broadcast %6691 : f32[16,8] @ models/lib/dino.yaml:19:7
%10650 = mul %10639, %10649 : f32[16,8] @ models/lib/dino.yaml:19:7
%10651 = add %10648, %10650 : f32[16,8] @ models/lib/dino.yaml:19:7
%10652 = assign %162, %10651 : f32[16,8] @ models/lib/dino.yaml:19:7
%10653 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10654 = abs %4120 : f32[] @ models/dino_pass.yaml:149:3
%10655 = lt %10654, %10653 : bool[] @ models/dino_pass.yaml:149:3
%10656 = output %10655 name="finite" : bool[] @ models/dino_pass.yaml:149:3
