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
%267 = sub %263, %266 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%268 = exp %267 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%269 = reduce_sum %268 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%270 = broadcast %269 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%271 = div %268, %270 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%272 = cast %271 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%273 = slice %204 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%274 = reshape %273 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%275 = cast %272 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%276 = cast %274 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%277 = reshape %275 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%278 = broadcast %277 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%279 = reshape %276 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%280 = broadcast %279 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%281 = mul %278, %280 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%282 = reduce_sum %281 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%283 = cast %282 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%284 = permute %283 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%285 = reshape %284 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%286 = cast %92 : bf16[16,16] @ models/lib/nn.yaml:83:15
%287 = matmul %285, %286 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%288 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%289 = cast %287 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%290 = add %289, %288 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%291 = add %176, %290 : f32[4,16,16] @ models/lib/nn.yaml:125:15
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
%303 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%304 = mul %302, %303 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%305 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%306 = add %304, %305 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%307 = cast %306 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%308 = cast %96 : bf16[64,16] @ models/lib/nn.yaml:83:15
%309 = matmul %307, %308 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%310 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%311 = cast %309 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%312 = add %311, %310 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%313 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%314 = broadcast %313 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%315 = mul %314, %312 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%316 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%317 = broadcast %316 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%318 = mul %312, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%319 = erf %318 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%320 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%321 = broadcast %320 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%322 = add %321, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%323 = mul %315, %322 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%324 = cast %323 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%325 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%326 = matmul %324, %325 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%327 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%328 = cast %326 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%329 = add %328, %327 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%330 = add %291, %329 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%331 = reduce_sum %330 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%332 = div %331, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%333 = broadcast %332 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%334 = sub %330, %333 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%335 = mul %334, %334 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%336 = reduce_sum %335 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%337 = div %336, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%338 = add %337, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%339 = rsqrt %338 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%340 = broadcast %339 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%341 = mul %334, %340 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%342 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%343 = mul %341, %342 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%344 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%345 = add %343, %344 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%346 = cast %345 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%347 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%348 = matmul %346, %347 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%349 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%350 = cast %348 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%351 = add %350, %349 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%352 = cast %351 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%353 = reshape %352 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%354 = permute %353 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%355 = slice %354 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%356 = reshape %355 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%357 = slice %354 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%358 = reshape %357 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%359 = cast %356 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%360 = cast %358 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%361 = permute %360 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%362 = slice %359 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%363 = broadcast %362 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%364 = slice %361 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%365 = broadcast %364 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%366 = mul %363, %365 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%367 = slice %359 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%368 = broadcast %367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%369 = slice %361 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%371 = mul %368, %370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%372 = add %366, %371 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%373 = slice %359 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%374 = broadcast %373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%375 = slice %361 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%376 = broadcast %375 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%377 = mul %374, %376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%378 = add %372, %377 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%379 = slice %359 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%380 = broadcast %379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%381 = slice %361 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%382 = broadcast %381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%383 = mul %380, %382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%384 = add %378, %383 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%385 = slice %359 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%386 = broadcast %385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%387 = slice %361 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%388 = broadcast %387 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%389 = mul %386, %388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%390 = add %384, %389 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%391 = slice %359 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%392 = broadcast %391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%393 = slice %361 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%394 = broadcast %393 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%395 = mul %392, %394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%396 = add %390, %395 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%397 = slice %359 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%398 = broadcast %397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%399 = slice %361 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%400 = broadcast %399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%401 = mul %398, %400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%402 = add %396, %401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%403 = slice %359 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%404 = broadcast %403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%405 = slice %361 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%406 = broadcast %405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%407 = mul %404, %406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%408 = add %402, %407 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%409 = cast %408 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%410 = cast %409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%411 = mul %410, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%412 = reduce_max %411 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%413 = stop_gradient %412 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%414 = broadcast %413 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%415 = sub %411, %414 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%416 = exp %415 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%417 = reduce_sum %416 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%418 = broadcast %417 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%419 = div %416, %418 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%420 = cast %419 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%421 = slice %354 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%422 = reshape %421 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%423 = cast %420 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%424 = cast %422 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%425 = reshape %423 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%426 = broadcast %425 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%427 = reshape %424 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%428 = broadcast %427 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%429 = mul %426, %428 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%430 = reduce_sum %429 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%431 = cast %430 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%432 = permute %431 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%433 = reshape %432 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%434 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%435 = matmul %433, %434 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%436 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%437 = cast %435 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%438 = add %437, %436 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%439 = add %330, %438 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%440 = reduce_sum %439 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%441 = div %440, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%442 = broadcast %441 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%443 = sub %439, %442 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%444 = mul %443, %443 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%445 = reduce_sum %444 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%446 = div %445, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%447 = add %446, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%448 = rsqrt %447 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%449 = broadcast %448 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%450 = mul %443, %449 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%451 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%452 = mul %450, %451 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%453 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%454 = add %452, %453 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%455 = cast %454 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%456 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%457 = matmul %455, %456 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%458 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%459 = cast %457 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%460 = add %459, %458 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%461 = mul %314, %460 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%462 = mul %460, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%463 = erf %462 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%464 = add %321, %463 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%465 = mul %461, %464 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%466 = cast %465 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%467 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%468 = matmul %466, %467 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%469 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%470 = cast %468 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%471 = add %470, %469 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%472 = add %439, %471 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%473 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%474 = neighbor_topk_gather %472, %473 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%475 = reshape %474 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%476 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%477 = concat %476, %475 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%478 = reduce_sum %477 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%479 = broadcast %178 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%480 = div %478, %479 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%481 = broadcast %480 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%482 = sub %477, %481 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%483 = mul %482, %482 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%484 = reduce_sum %483 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%485 = div %484, %479 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%486 = broadcast %186 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%487 = add %485, %486 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%488 = rsqrt %487 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%489 = broadcast %488 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%490 = mul %482, %489 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%491 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%492 = mul %490, %491 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%493 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%494 = add %492, %493 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%495 = cast %494 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%496 = slice %495 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%497 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%498 = matmul %496, %497 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%499 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%500 = cast %498 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%501 = add %500, %499 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%502 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%503 = matmul %495, %502 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%504 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%505 = cast %503 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%506 = add %505, %504 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%507 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%508 = matmul %495, %507 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%509 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%510 = cast %508 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%511 = add %510, %509 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%512 = cast %501 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%513 = reshape %512 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%514 = permute %513 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%515 = cast %506 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%516 = reshape %515 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%517 = permute %516 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%518 = cast %514 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%519 = cast %517 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%520 = permute %519 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%521 = slice %518 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%522 = broadcast %521 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%523 = slice %520 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%524 = mul %522, %523 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%525 = slice %518 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%526 = broadcast %525 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%527 = slice %520 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%528 = mul %526, %527 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%529 = add %524, %528 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%530 = slice %518 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%531 = broadcast %530 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%532 = slice %520 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%533 = mul %531, %532 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%534 = add %529, %533 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%535 = slice %518 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%536 = broadcast %535 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%537 = slice %520 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%538 = mul %536, %537 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%539 = add %534, %538 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%540 = slice %518 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%541 = broadcast %540 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = slice %520 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%543 = mul %541, %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = add %539, %543 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%545 = slice %518 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%546 = broadcast %545 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = slice %520 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%548 = mul %546, %547 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%549 = add %544, %548 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%550 = slice %518 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%551 = broadcast %550 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%552 = slice %520 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%553 = mul %551, %552 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%554 = add %549, %553 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%555 = slice %518 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%556 = broadcast %555 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%557 = slice %520 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%558 = mul %556, %557 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%559 = add %554, %558 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%560 = cast %559 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%561 = broadcast %260 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%562 = cast %560 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%563 = mul %562, %561 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%564 = reduce_max %563 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%565 = stop_gradient %564 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%566 = broadcast %565 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%567 = sub %563, %566 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%568 = exp %567 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%569 = reduce_sum %568 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%570 = broadcast %569 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%571 = div %568, %570 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%572 = cast %571 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%573 = cast %511 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%574 = reshape %573 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%575 = permute %574 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%576 = cast %572 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%577 = cast %575 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%578 = slice %576 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%579 = broadcast %578 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%580 = slice %577 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%581 = mul %579, %580 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%582 = slice %576 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%583 = broadcast %582 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%584 = slice %577 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%585 = mul %583, %584 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%586 = add %581, %585 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%587 = slice %576 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%588 = broadcast %587 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%589 = slice %577 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%590 = mul %588, %589 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%591 = add %586, %590 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%592 = cast %591 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%593 = permute %592 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%594 = reshape %593 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%595 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%596 = matmul %594, %595 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%597 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%598 = cast %596 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%599 = add %598, %597 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%600 = add %476, %599 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%601 = reduce_sum %600 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%602 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%603 = div %601, %602 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%604 = broadcast %603 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%605 = sub %600, %604 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%606 = mul %605, %605 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%607 = reduce_sum %606 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%608 = div %607, %602 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%609 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%610 = add %608, %609 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%611 = rsqrt %610 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%612 = broadcast %611 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%613 = mul %605, %612 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%614 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%615 = mul %613, %614 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%616 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%617 = add %615, %616 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%618 = cast %617 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%619 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%620 = matmul %618, %619 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%621 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%622 = cast %620 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%623 = add %622, %621 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%624 = broadcast %313 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%625 = mul %624, %623 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%626 = broadcast %316 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%627 = mul %623, %626 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%628 = erf %627 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%629 = broadcast %320 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%630 = add %629, %628 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%631 = mul %625, %630 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%632 = cast %631 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%633 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%634 = matmul %632, %633 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%635 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%636 = cast %634 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%637 = add %636, %635 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%638 = add %600, %637 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%639 = concat %638, %475 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%640 = reduce_sum %639 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%641 = div %640, %479 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%642 = broadcast %641 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%643 = sub %639, %642 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%644 = mul %643, %643 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%645 = reduce_sum %644 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%646 = div %645, %479 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%647 = add %646, %486 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%648 = rsqrt %647 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%649 = broadcast %648 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%650 = mul %643, %649 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%651 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%652 = mul %650, %651 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%653 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%654 = add %652, %653 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%655 = cast %654 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%656 = slice %655 lo=[0,0,0] hi=[64,1,16] : bf16[64,1,16] @ models/lib/vit.yaml:78:33
%657 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%658 = matmul %656, %657 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%659 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%660 = cast %658 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%661 = add %660, %659 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%662 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%663 = matmul %655, %662 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%664 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%665 = cast %663 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%666 = add %665, %664 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%667 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%668 = matmul %655, %667 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%669 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%670 = cast %668 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%671 = add %670, %669 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%672 = cast %661 : bf16[64,1,16] @ models/lib/nn.yaml:55:23
%673 = reshape %672 : bf16[64,1,2,8] @ models/lib/vit.yaml:78:22
%674 = permute %673 perm=[0,2,1,3] : bf16[64,2,1,8] @ models/lib/vit.yaml:78:14
%675 = cast %666 : bf16[64,3,16] @ models/lib/nn.yaml:55:23
%676 = reshape %675 : bf16[64,3,2,8] @ models/lib/vit.yaml:79:22
%677 = permute %676 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:79:14
%678 = cast %674 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%679 = cast %677 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%680 = permute %679 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%681 = slice %678 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%682 = broadcast %681 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%683 = slice %680 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%684 = mul %682, %683 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%685 = slice %678 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%686 = broadcast %685 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%687 = slice %680 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%688 = mul %686, %687 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%689 = add %684, %688 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%690 = slice %678 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%691 = broadcast %690 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%692 = slice %680 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%693 = mul %691, %692 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%694 = add %689, %693 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%695 = slice %678 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%696 = broadcast %695 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%697 = slice %680 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%698 = mul %696, %697 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%699 = add %694, %698 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%700 = slice %678 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%701 = broadcast %700 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%702 = slice %680 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%703 = mul %701, %702 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%704 = add %699, %703 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%705 = slice %678 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%706 = broadcast %705 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%707 = slice %680 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%708 = mul %706, %707 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%709 = add %704, %708 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%710 = slice %678 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%711 = broadcast %710 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%712 = slice %680 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%713 = mul %711, %712 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%714 = add %709, %713 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%715 = slice %678 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%716 = broadcast %715 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%717 = slice %680 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%718 = mul %716, %717 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%719 = add %714, %718 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%720 = cast %719 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%721 = cast %720 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%722 = mul %721, %561 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%723 = reduce_max %722 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%724 = stop_gradient %723 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%725 = broadcast %724 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%726 = sub %722, %725 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%727 = exp %726 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%728 = reduce_sum %727 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%729 = broadcast %728 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%730 = div %727, %729 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%731 = cast %730 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%732 = cast %671 : bf16[64,3,16] @ models/lib/nn.yaml:56:23
%733 = reshape %732 : bf16[64,3,2,8] @ models/lib/vit.yaml:80:22
%734 = permute %733 perm=[0,2,1,3] : bf16[64,2,3,8] @ models/lib/vit.yaml:80:14
%735 = cast %731 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%736 = cast %734 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%737 = slice %735 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%738 = broadcast %737 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%739 = slice %736 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%740 = mul %738, %739 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%741 = slice %735 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%742 = broadcast %741 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%743 = slice %736 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%744 = mul %742, %743 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%745 = add %740, %744 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%746 = slice %735 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%747 = broadcast %746 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%748 = slice %736 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%749 = mul %747, %748 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%750 = add %745, %749 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%751 = cast %750 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%752 = permute %751 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%753 = reshape %752 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%754 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%755 = matmul %753, %754 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%756 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%757 = cast %755 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%758 = add %757, %756 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%759 = add %638, %758 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%760 = reduce_sum %759 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%761 = div %760, %602 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%762 = broadcast %761 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%763 = sub %759, %762 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%764 = mul %763, %763 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%765 = reduce_sum %764 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%766 = div %765, %602 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%767 = add %766, %609 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%768 = rsqrt %767 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%769 = broadcast %768 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%770 = mul %763, %769 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%771 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%772 = mul %770, %771 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%773 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%774 = add %772, %773 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%775 = cast %774 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%776 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%777 = matmul %775, %776 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%778 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%779 = cast %777 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%780 = add %779, %778 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%781 = mul %624, %780 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%782 = mul %780, %626 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%783 = erf %782 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%784 = add %629, %783 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%785 = mul %781, %784 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%786 = cast %785 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%787 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%788 = matmul %786, %787 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%789 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%790 = cast %788 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%791 = add %790, %789 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%792 = add %759, %791 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%793 = reshape %792 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%794 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%795 = concat %794, %472 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%796 = reduce_sum %795 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%797 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%798 = div %796, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%799 = broadcast %798 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%800 = sub %795, %799 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%801 = mul %800, %800 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%802 = reduce_sum %801 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%803 = div %802, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%804 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%805 = add %803, %804 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%806 = rsqrt %805 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%807 = broadcast %806 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%808 = mul %800, %807 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%809 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%810 = mul %808, %809 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%811 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%812 = add %810, %811 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%813 = cast %812 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%814 = slice %813 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%815 = matmul %814, %497 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%816 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%817 = cast %815 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%818 = add %817, %816 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%819 = matmul %813, %502 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%820 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%821 = cast %819 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%822 = add %821, %820 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%823 = matmul %813, %507 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%824 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%825 = cast %823 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%826 = add %825, %824 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%827 = cast %818 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%828 = reshape %827 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%829 = permute %828 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%830 = cast %822 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%831 = reshape %830 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%832 = permute %831 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%833 = cast %829 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%834 = cast %832 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%835 = permute %834 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%836 = slice %833 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%837 = broadcast %836 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%838 = slice %835 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%839 = mul %837, %838 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%840 = slice %833 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%841 = broadcast %840 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%842 = slice %835 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%843 = mul %841, %842 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%844 = add %839, %843 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%845 = slice %833 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%846 = broadcast %845 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%847 = slice %835 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%848 = mul %846, %847 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%849 = add %844, %848 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%850 = slice %833 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%851 = broadcast %850 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%852 = slice %835 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%853 = mul %851, %852 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%854 = add %849, %853 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%855 = slice %833 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%856 = broadcast %855 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%857 = slice %835 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%858 = mul %856, %857 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%859 = add %854, %858 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%860 = slice %833 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%861 = broadcast %860 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%862 = slice %835 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%863 = mul %861, %862 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%864 = add %859, %863 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%865 = slice %833 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%866 = broadcast %865 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%867 = slice %835 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%868 = mul %866, %867 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%869 = add %864, %868 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%870 = slice %833 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%871 = broadcast %870 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%872 = slice %835 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%873 = mul %871, %872 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%874 = add %869, %873 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%875 = cast %874 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%876 = broadcast %260 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%877 = cast %875 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%878 = mul %877, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%879 = reduce_max %878 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%880 = stop_gradient %879 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%881 = broadcast %880 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%882 = sub %878, %881 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%883 = exp %882 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%884 = reduce_sum %883 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%885 = broadcast %884 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%886 = div %883, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%887 = cast %886 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%888 = cast %826 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%889 = reshape %888 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%890 = permute %889 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%891 = cast %887 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%892 = cast %890 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%893 = reshape %891 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%894 = broadcast %893 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%895 = reshape %892 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%896 = broadcast %895 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%897 = mul %894, %896 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%898 = reduce_sum %897 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%899 = cast %898 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%900 = permute %899 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%901 = reshape %900 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%902 = matmul %901, %595 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%903 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%904 = cast %902 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%905 = add %904, %903 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%906 = add %794, %905 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%907 = reduce_sum %906 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%908 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%909 = div %907, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%910 = broadcast %909 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%911 = sub %906, %910 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%912 = mul %911, %911 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%913 = reduce_sum %912 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%914 = div %913, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%915 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%916 = add %914, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%917 = rsqrt %916 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%918 = broadcast %917 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%919 = mul %911, %918 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%920 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%921 = mul %919, %920 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%922 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%923 = add %921, %922 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%924 = cast %923 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%925 = matmul %924, %619 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%926 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%927 = cast %925 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%928 = add %927, %926 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%929 = broadcast %313 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%930 = mul %929, %928 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%931 = broadcast %316 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%932 = mul %928, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%933 = erf %932 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%934 = broadcast %320 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%935 = add %934, %933 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%936 = mul %930, %935 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%937 = cast %936 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%938 = matmul %937, %633 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%939 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%940 = cast %938 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%941 = add %940, %939 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%942 = add %906, %941 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%943 = concat %942, %472 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%944 = reduce_sum %943 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%945 = div %944, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%946 = broadcast %945 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%947 = sub %943, %946 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%948 = mul %947, %947 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%949 = reduce_sum %948 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%950 = div %949, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%951 = add %950, %804 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%952 = rsqrt %951 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%953 = broadcast %952 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%954 = mul %947, %953 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%955 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%956 = mul %954, %955 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%957 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%958 = add %956, %957 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%959 = cast %958 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%960 = slice %959 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%961 = matmul %960, %657 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%962 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%963 = cast %961 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%964 = add %963, %962 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%965 = matmul %959, %662 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%966 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%967 = cast %965 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%968 = add %967, %966 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%969 = matmul %959, %667 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%970 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%971 = cast %969 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%972 = add %971, %970 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%973 = cast %964 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%974 = reshape %973 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%975 = permute %974 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%976 = cast %968 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%977 = reshape %976 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%978 = permute %977 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%979 = cast %975 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%980 = cast %978 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%981 = permute %980 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%982 = slice %979 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%983 = broadcast %982 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%984 = slice %981 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%985 = mul %983, %984 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%986 = slice %979 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%987 = broadcast %986 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%988 = slice %981 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%989 = mul %987, %988 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%990 = add %985, %989 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%991 = slice %979 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%992 = broadcast %991 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%993 = slice %981 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%994 = mul %992, %993 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%995 = add %990, %994 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%996 = slice %979 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%997 = broadcast %996 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%998 = slice %981 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%999 = mul %997, %998 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1000 = add %995, %999 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1001 = slice %979 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1002 = broadcast %1001 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1003 = slice %981 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1004 = mul %1002, %1003 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1005 = add %1000, %1004 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1006 = slice %979 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1007 = broadcast %1006 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1008 = slice %981 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1009 = mul %1007, %1008 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1010 = add %1005, %1009 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1011 = slice %979 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1012 = broadcast %1011 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1013 = slice %981 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1014 = mul %1012, %1013 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1015 = add %1010, %1014 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1016 = slice %979 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1017 = broadcast %1016 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1018 = slice %981 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1019 = mul %1017, %1018 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1020 = add %1015, %1019 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1021 = cast %1020 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%1022 = cast %1021 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1023 = mul %1022, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1024 = reduce_max %1023 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1025 = stop_gradient %1024 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1026 = broadcast %1025 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1027 = sub %1023, %1026 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1028 = exp %1027 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1029 = reduce_sum %1028 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1030 = broadcast %1029 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1031 = div %1028, %1030 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1032 = cast %1031 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1033 = cast %972 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%1034 = reshape %1033 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%1035 = permute %1034 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%1036 = cast %1032 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1037 = cast %1035 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1038 = reshape %1036 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1039 = broadcast %1038 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1040 = reshape %1037 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1041 = broadcast %1040 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1042 = mul %1039, %1041 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1043 = reduce_sum %1042 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1044 = cast %1043 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1045 = permute %1044 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1046 = reshape %1045 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1047 = matmul %1046, %754 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1048 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1049 = cast %1047 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1050 = add %1049, %1048 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1051 = add %942, %1050 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1052 = reduce_sum %1051 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1053 = div %1052, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1054 = broadcast %1053 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1055 = sub %1051, %1054 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1056 = mul %1055, %1055 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1057 = reduce_sum %1056 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1058 = div %1057, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1059 = add %1058, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1060 = rsqrt %1059 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1061 = broadcast %1060 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1062 = mul %1055, %1061 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1063 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1064 = mul %1062, %1063 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1065 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1066 = add %1064, %1065 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1067 = cast %1066 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1068 = matmul %1067, %776 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1069 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1070 = cast %1068 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1071 = add %1070, %1069 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1072 = mul %929, %1071 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1073 = mul %1071, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1074 = erf %1073 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1075 = add %934, %1074 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1076 = mul %1072, %1075 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1077 = cast %1076 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1078 = matmul %1077, %787 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1079 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1080 = cast %1078 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1081 = add %1080, %1079 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1082 = add %1051, %1081 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1083 = concat %1082, %793 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1084 = reduce_sum %1083 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1085 = div %1084, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1086 = broadcast %1085 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1087 = sub %1083, %1086 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1088 = mul %1087, %1087 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1089 = reduce_sum %1088 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1090 = div %1089, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1091 = add %1090, %804 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1092 = rsqrt %1091 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1093 = broadcast %1092 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1094 = mul %1087, %1093 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1095 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1096 = mul %1094, %1095 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1097 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1098 = add %1096, %1097 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1099 = cast %1098 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%1100 = slice %1099 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%1101 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1102 = matmul %1100, %1101 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1103 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1104 = cast %1102 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1105 = add %1104, %1103 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1106 = broadcast %313 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1107 = mul %1106, %1105 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1108 = broadcast %316 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1109 = mul %1105, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1110 = erf %1109 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1111 = broadcast %320 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1112 = add %1111, %1110 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1113 = mul %1107, %1112 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1114 = cast %1113 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1115 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1116 = matmul %1114, %1115 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1117 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1118 = cast %1116 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1119 = add %1118, %1117 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1120 = mul %1106, %1119 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1121 = mul %1119, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1122 = erf %1121 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1123 = add %1111, %1122 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1124 = mul %1120, %1123 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1125 = cast %1124 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1126 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1127 = matmul %1125, %1126 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1128 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1129 = cast %1127 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1130 = add %1129, %1128 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1131 = mul %1130, %1130 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1132 = reduce_sum %1131 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1133 = sqrt %1132 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1134 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1135 = broadcast %1134 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1136 = max %1133, %1135 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1137 = broadcast %1136 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1138 = div %1130, %1137 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1139 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1140 = mul %1139, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1141 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1142 = reduce_sum %1141 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1143 = sqrt %1142 : f32[32,1] @ models/lib/dino.yaml:22:35
%1144 = broadcast %1143 : f32[32,8] @ models/lib/dino.yaml:22:33
%1145 = div %1140, %1144 : f32[32,8] @ models/lib/dino.yaml:22:33
%1146 = cast %1138 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1147 = cast %1145 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1148 = matmul %1146, %1147 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1149 = slice %1099 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:110:46
%1150 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1151 = matmul %1149, %1150 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1152 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1153 = cast %1151 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1154 = add %1153, %1152 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1155 = broadcast %313 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1156 = mul %1155, %1154 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1157 = broadcast %316 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1158 = mul %1154, %1157 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1159 = erf %1158 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1160 = broadcast %320 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1161 = add %1160, %1159 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1162 = mul %1156, %1161 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1163 = cast %1162 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1164 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1165 = matmul %1163, %1164 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1166 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1167 = cast %1165 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1168 = add %1167, %1166 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1169 = mul %1155, %1168 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1170 = mul %1168, %1157 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1171 = erf %1170 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1172 = add %1160, %1171 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1173 = mul %1169, %1172 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1174 = cast %1173 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1175 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1176 = matmul %1174, %1175 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1177 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1178 = cast %1176 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1179 = add %1178, %1177 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1180 = mul %1179, %1179 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1181 = reduce_sum %1180 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1182 = sqrt %1181 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1183 = broadcast %1134 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1184 = max %1182, %1183 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1185 = broadcast %1184 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1186 = div %1179, %1185 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1187 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1188 = mul %1187, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1189 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1190 = reduce_sum %1189 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1191 = sqrt %1190 : f32[16,1] @ models/lib/dino.yaml:22:35
%1192 = broadcast %1191 : f32[16,8] @ models/lib/dino.yaml:22:33
%1193 = div %1188, %1192 : f32[16,8] @ models/lib/dino.yaml:22:33
%1194 = cast %1186 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1195 = cast %1193 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1196 = matmul %1194, %1195 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1197 = cast %1148 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1198 = slice %1197 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1199 = slice %1197 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1200 = cast %1196 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1201 = slice %1200 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1202 = slice %1200 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1203 = cast %6 : bf16[4,3,12,12] @ models/lib/vit.yaml:17:18
%1204 = reshape %1203 : bf16[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1205 = permute %1204 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1206 = reshape %1205 : bf16[4,9,48] @ models/lib/vit.yaml:16:13
%1207 = matmul %1206, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1208 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1209 = cast %1207 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1210 = add %1209, %1208 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1211 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1212 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1213 = cast %1211 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1214 = cast %1212 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1215 = matmul %1213, %1214 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1216 = reshape %1215 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1217 = permute %1216 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1218 = reshape %1217 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1219 = matmul %1213, %1218 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1220 = cast %1219 : f32[3,48] @ models/lib/vit.yaml:35:21
%1221 = reshape %1220 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1222 = permute %1221 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1223 = reshape %1222 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1224 = broadcast %1223 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1225 = add %1210, %1224 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1226 = reduce_sum %1225 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1227 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1228 = div %1226, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1229 = broadcast %1228 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1230 = sub %1225, %1229 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1231 = mul %1230, %1230 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1232 = reduce_sum %1231 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1233 = div %1232, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1234 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1235 = add %1233, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1236 = rsqrt %1235 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1237 = broadcast %1236 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1238 = mul %1230, %1237 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1239 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1240 = mul %1238, %1239 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1241 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1242 = add %1240, %1241 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1243 = cast %1242 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1244 = matmul %1243, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1245 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1246 = cast %1244 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1247 = add %1246, %1245 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1248 = cast %1247 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1249 = reshape %1248 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1250 = permute %1249 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1251 = slice %1250 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1252 = reshape %1251 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1253 = slice %1250 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1254 = reshape %1253 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1255 = cast %1252 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1256 = cast %1254 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1257 = permute %1256 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1258 = slice %1255 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1259 = broadcast %1258 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1260 = slice %1257 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1261 = broadcast %1260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1262 = mul %1259, %1261 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1263 = slice %1255 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1264 = broadcast %1263 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1265 = slice %1257 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1266 = broadcast %1265 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1267 = mul %1264, %1266 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1268 = add %1262, %1267 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1269 = slice %1255 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1270 = broadcast %1269 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1271 = slice %1257 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1272 = broadcast %1271 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1273 = mul %1270, %1272 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1274 = add %1268, %1273 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1275 = slice %1255 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1276 = broadcast %1275 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1277 = slice %1257 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1278 = broadcast %1277 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1279 = mul %1276, %1278 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1280 = add %1274, %1279 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1281 = slice %1255 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1282 = broadcast %1281 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1283 = slice %1257 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1284 = broadcast %1283 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1285 = mul %1282, %1284 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1286 = add %1280, %1285 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1287 = slice %1255 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1288 = broadcast %1287 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1289 = slice %1257 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1290 = broadcast %1289 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1291 = mul %1288, %1290 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1292 = add %1286, %1291 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1293 = slice %1255 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1294 = broadcast %1293 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1295 = slice %1257 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1296 = broadcast %1295 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1297 = mul %1294, %1296 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1298 = add %1292, %1297 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1299 = slice %1255 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1300 = broadcast %1299 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1301 = slice %1257 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1302 = broadcast %1301 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1303 = mul %1300, %1302 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1304 = add %1298, %1303 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1305 = cast %1304 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1306 = broadcast %260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1307 = cast %1305 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1308 = mul %1307, %1306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1309 = reduce_max %1308 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1310 = stop_gradient %1309 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1311 = broadcast %1310 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1312 = sub %1308, %1311 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1313 = exp %1312 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1314 = reduce_sum %1313 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1315 = broadcast %1314 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1316 = div %1313, %1315 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1317 = cast %1316 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1318 = slice %1250 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1319 = reshape %1318 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1320 = cast %1317 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1321 = cast %1319 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1322 = reshape %1320 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1323 = broadcast %1322 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1324 = reshape %1321 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1325 = broadcast %1324 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1326 = mul %1323, %1325 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1327 = reduce_sum %1326 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1328 = cast %1327 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1329 = permute %1328 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1330 = reshape %1329 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1331 = matmul %1330, %286 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1332 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1333 = cast %1331 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1334 = add %1333, %1332 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1335 = add %1225, %1334 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1336 = reduce_sum %1335 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1337 = div %1336, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1338 = broadcast %1337 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1339 = sub %1335, %1338 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1340 = mul %1339, %1339 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1341 = reduce_sum %1340 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1342 = div %1341, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1343 = add %1342, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1344 = rsqrt %1343 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1345 = broadcast %1344 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1346 = mul %1339, %1345 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1347 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1348 = mul %1346, %1347 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1349 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1350 = add %1348, %1349 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1351 = cast %1350 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1352 = matmul %1351, %308 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1353 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1354 = cast %1352 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1355 = add %1354, %1353 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1356 = broadcast %313 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1357 = mul %1356, %1355 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1358 = broadcast %316 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1359 = mul %1355, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1360 = erf %1359 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1361 = broadcast %320 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1362 = add %1361, %1360 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1363 = mul %1357, %1362 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1364 = cast %1363 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1365 = matmul %1364, %325 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1366 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1367 = cast %1365 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1368 = add %1367, %1366 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1369 = add %1335, %1368 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1370 = reduce_sum %1369 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1371 = div %1370, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1372 = broadcast %1371 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1373 = sub %1369, %1372 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1374 = mul %1373, %1373 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1375 = reduce_sum %1374 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1376 = div %1375, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1377 = add %1376, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1378 = rsqrt %1377 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1379 = broadcast %1378 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1380 = mul %1373, %1379 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1381 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1382 = mul %1380, %1381 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1383 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1384 = add %1382, %1383 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1385 = cast %1384 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1386 = matmul %1385, %347 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1387 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1388 = cast %1386 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1389 = add %1388, %1387 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1390 = cast %1389 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1391 = reshape %1390 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1392 = permute %1391 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1393 = slice %1392 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1394 = reshape %1393 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1395 = slice %1392 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1396 = reshape %1395 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1397 = cast %1394 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1398 = cast %1396 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1399 = permute %1398 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1400 = slice %1397 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1401 = broadcast %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1402 = slice %1399 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1403 = broadcast %1402 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1404 = mul %1401, %1403 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1405 = slice %1397 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1406 = broadcast %1405 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1407 = slice %1399 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1408 = broadcast %1407 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1409 = mul %1406, %1408 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1410 = add %1404, %1409 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1411 = slice %1397 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1412 = broadcast %1411 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1413 = slice %1399 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1414 = broadcast %1413 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1415 = mul %1412, %1414 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1416 = add %1410, %1415 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1417 = slice %1397 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1418 = broadcast %1417 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1419 = slice %1399 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1420 = broadcast %1419 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1421 = mul %1418, %1420 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1422 = add %1416, %1421 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1423 = slice %1397 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1424 = broadcast %1423 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1425 = slice %1399 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1426 = broadcast %1425 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1427 = mul %1424, %1426 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1428 = add %1422, %1427 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1429 = slice %1397 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1430 = broadcast %1429 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1431 = slice %1399 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1432 = broadcast %1431 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1433 = mul %1430, %1432 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1434 = add %1428, %1433 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1435 = slice %1397 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1436 = broadcast %1435 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1437 = slice %1399 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1438 = broadcast %1437 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1439 = mul %1436, %1438 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1440 = add %1434, %1439 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1441 = slice %1397 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1442 = broadcast %1441 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1443 = slice %1399 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1444 = broadcast %1443 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1445 = mul %1442, %1444 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1446 = add %1440, %1445 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1447 = cast %1446 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1448 = cast %1447 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1449 = mul %1448, %1306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1450 = reduce_max %1449 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1451 = stop_gradient %1450 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1452 = broadcast %1451 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1453 = sub %1449, %1452 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1454 = exp %1453 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1455 = reduce_sum %1454 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1456 = broadcast %1455 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1457 = div %1454, %1456 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1458 = cast %1457 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1459 = slice %1392 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1460 = reshape %1459 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1461 = cast %1458 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1462 = cast %1460 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1463 = reshape %1461 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1464 = broadcast %1463 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1465 = reshape %1462 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1466 = broadcast %1465 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1467 = mul %1464, %1466 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1468 = reduce_sum %1467 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1469 = cast %1468 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1470 = permute %1469 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1471 = reshape %1470 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1472 = matmul %1471, %434 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1473 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1474 = cast %1472 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1475 = add %1474, %1473 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1476 = add %1369, %1475 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1477 = reduce_sum %1476 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1478 = div %1477, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1479 = broadcast %1478 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1480 = sub %1476, %1479 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1481 = mul %1480, %1480 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1482 = reduce_sum %1481 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1483 = div %1482, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1484 = add %1483, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1485 = rsqrt %1484 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1486 = broadcast %1485 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1487 = mul %1480, %1486 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1488 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1489 = mul %1487, %1488 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1490 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1491 = add %1489, %1490 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1492 = cast %1491 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1493 = matmul %1492, %456 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1494 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1495 = cast %1493 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1496 = add %1495, %1494 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1497 = mul %1356, %1496 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1498 = mul %1496, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1499 = erf %1498 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1500 = add %1361, %1499 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1501 = mul %1497, %1500 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1502 = cast %1501 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1503 = matmul %1502, %467 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1504 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1505 = cast %1503 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1506 = add %1505, %1504 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1507 = add %1476, %1506 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1508 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1509 = neighbor_topk_gather %1507, %1508 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1510 = reshape %1509 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1511 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1512 = concat %1511, %1510 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1513 = reduce_sum %1512 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1514 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1515 = div %1513, %1514 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1516 = broadcast %1515 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1517 = sub %1512, %1516 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1518 = mul %1517, %1517 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1519 = reduce_sum %1518 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1520 = div %1519, %1514 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1521 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1522 = add %1520, %1521 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1523 = rsqrt %1522 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1524 = broadcast %1523 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1525 = mul %1517, %1524 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1526 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1527 = mul %1525, %1526 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1528 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1529 = add %1527, %1528 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1530 = cast %1529 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1531 = slice %1530 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1532 = matmul %1531, %497 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1533 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1534 = cast %1532 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1535 = add %1534, %1533 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1536 = matmul %1530, %502 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1537 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1538 = cast %1536 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1539 = add %1538, %1537 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1540 = matmul %1530, %507 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1541 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1542 = cast %1540 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1543 = add %1542, %1541 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1544 = cast %1535 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1545 = reshape %1544 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1546 = permute %1545 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1547 = cast %1539 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1548 = reshape %1547 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1549 = permute %1548 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1550 = cast %1546 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1551 = cast %1549 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1552 = permute %1551 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1553 = slice %1550 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1554 = broadcast %1553 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1555 = slice %1552 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1556 = mul %1554, %1555 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1557 = slice %1550 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1558 = broadcast %1557 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1559 = slice %1552 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1560 = mul %1558, %1559 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1561 = add %1556, %1560 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1562 = slice %1550 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1563 = broadcast %1562 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1564 = slice %1552 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1565 = mul %1563, %1564 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1566 = add %1561, %1565 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1567 = slice %1550 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1568 = broadcast %1567 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1569 = slice %1552 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1570 = mul %1568, %1569 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1571 = add %1566, %1570 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1572 = slice %1550 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1573 = broadcast %1572 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1574 = slice %1552 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1575 = mul %1573, %1574 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1576 = add %1571, %1575 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1577 = slice %1550 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1578 = broadcast %1577 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1579 = slice %1552 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1580 = mul %1578, %1579 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1581 = add %1576, %1580 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1582 = slice %1550 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1583 = broadcast %1582 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1584 = slice %1552 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1585 = mul %1583, %1584 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1586 = add %1581, %1585 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1587 = slice %1550 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1588 = broadcast %1587 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1589 = slice %1552 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1590 = mul %1588, %1589 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1591 = add %1586, %1590 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1592 = cast %1591 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1593 = broadcast %260 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1594 = cast %1592 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1595 = mul %1594, %1593 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1596 = reduce_max %1595 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1597 = stop_gradient %1596 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1598 = broadcast %1597 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1599 = sub %1595, %1598 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1600 = exp %1599 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1601 = reduce_sum %1600 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1602 = broadcast %1601 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1603 = div %1600, %1602 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1604 = cast %1603 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1605 = cast %1543 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1606 = reshape %1605 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1607 = permute %1606 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1608 = cast %1604 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1609 = cast %1607 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1610 = slice %1608 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1611 = broadcast %1610 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1612 = slice %1609 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1613 = mul %1611, %1612 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1614 = slice %1608 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1615 = broadcast %1614 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1616 = slice %1609 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1617 = mul %1615, %1616 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1618 = add %1613, %1617 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1619 = slice %1608 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1620 = broadcast %1619 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1621 = slice %1609 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1622 = mul %1620, %1621 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1623 = add %1618, %1622 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1624 = cast %1623 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1625 = permute %1624 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1626 = reshape %1625 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1627 = matmul %1626, %595 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1628 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1629 = cast %1627 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1630 = add %1629, %1628 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1631 = add %1511, %1630 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1632 = reduce_sum %1631 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1633 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1634 = div %1632, %1633 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1635 = broadcast %1634 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1636 = sub %1631, %1635 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1637 = mul %1636, %1636 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1638 = reduce_sum %1637 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1639 = div %1638, %1633 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1640 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1641 = add %1639, %1640 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1642 = rsqrt %1641 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1643 = broadcast %1642 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1644 = mul %1636, %1643 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1645 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1646 = mul %1644, %1645 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1647 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1648 = add %1646, %1647 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1649 = cast %1648 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1650 = matmul %1649, %619 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1651 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1652 = cast %1650 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1653 = add %1652, %1651 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1654 = broadcast %313 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1655 = mul %1654, %1653 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1656 = broadcast %316 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1657 = mul %1653, %1656 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1658 = erf %1657 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1659 = broadcast %320 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1660 = add %1659, %1658 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1661 = mul %1655, %1660 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1662 = cast %1661 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1663 = matmul %1662, %633 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1664 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1665 = cast %1663 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1666 = add %1665, %1664 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1667 = add %1631, %1666 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1668 = concat %1667, %1510 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1669 = reduce_sum %1668 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1670 = div %1669, %1514 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1671 = broadcast %1670 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1672 = sub %1668, %1671 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1673 = mul %1672, %1672 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1674 = reduce_sum %1673 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1675 = div %1674, %1514 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1676 = add %1675, %1521 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1677 = rsqrt %1676 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1678 = broadcast %1677 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1679 = mul %1672, %1678 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1680 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1681 = mul %1679, %1680 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1682 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1683 = add %1681, %1682 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1684 = cast %1683 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1685 = slice %1684 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1686 = matmul %1685, %657 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1687 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1688 = cast %1686 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1689 = add %1688, %1687 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1690 = matmul %1684, %662 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1691 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1692 = cast %1690 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1693 = add %1692, %1691 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1694 = matmul %1684, %667 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1695 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1696 = cast %1694 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1697 = add %1696, %1695 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1698 = cast %1689 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1699 = reshape %1698 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1700 = permute %1699 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1701 = cast %1693 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1702 = reshape %1701 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1703 = permute %1702 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1704 = cast %1700 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1705 = cast %1703 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1706 = permute %1705 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1707 = slice %1704 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1708 = broadcast %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1709 = slice %1706 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1710 = mul %1708, %1709 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1711 = slice %1704 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1712 = broadcast %1711 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1713 = slice %1706 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1714 = mul %1712, %1713 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1715 = add %1710, %1714 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1716 = slice %1704 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1717 = broadcast %1716 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1718 = slice %1706 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1719 = mul %1717, %1718 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1720 = add %1715, %1719 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1721 = slice %1704 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1722 = broadcast %1721 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1723 = slice %1706 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1724 = mul %1722, %1723 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1725 = add %1720, %1724 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1726 = slice %1704 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1727 = broadcast %1726 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1728 = slice %1706 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1729 = mul %1727, %1728 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1730 = add %1725, %1729 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1731 = slice %1704 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1732 = broadcast %1731 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1733 = slice %1706 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1734 = mul %1732, %1733 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1735 = add %1730, %1734 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1736 = slice %1704 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1737 = broadcast %1736 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1738 = slice %1706 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1739 = mul %1737, %1738 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1740 = add %1735, %1739 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1741 = slice %1704 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1742 = broadcast %1741 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1743 = slice %1706 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1744 = mul %1742, %1743 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1745 = add %1740, %1744 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1746 = cast %1745 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1747 = cast %1746 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1748 = mul %1747, %1593 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1749 = reduce_max %1748 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1750 = stop_gradient %1749 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1751 = broadcast %1750 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1752 = sub %1748, %1751 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1753 = exp %1752 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1754 = reduce_sum %1753 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1755 = broadcast %1754 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1756 = div %1753, %1755 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1757 = cast %1756 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1758 = cast %1697 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1759 = reshape %1758 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1760 = permute %1759 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1761 = cast %1757 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1762 = cast %1760 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1763 = slice %1761 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1764 = broadcast %1763 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1765 = slice %1762 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1766 = mul %1764, %1765 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1767 = slice %1761 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1768 = broadcast %1767 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1769 = slice %1762 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1770 = mul %1768, %1769 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1771 = add %1766, %1770 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1772 = slice %1761 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1773 = broadcast %1772 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1774 = slice %1762 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1775 = mul %1773, %1774 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1776 = add %1771, %1775 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1777 = cast %1776 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1778 = permute %1777 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1779 = reshape %1778 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1780 = matmul %1779, %754 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1781 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1782 = cast %1780 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1783 = add %1782, %1781 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1784 = add %1667, %1783 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1785 = reduce_sum %1784 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1786 = div %1785, %1633 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1787 = broadcast %1786 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1788 = sub %1784, %1787 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1789 = mul %1788, %1788 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1790 = reduce_sum %1789 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1791 = div %1790, %1633 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1792 = add %1791, %1640 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1793 = rsqrt %1792 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1794 = broadcast %1793 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1795 = mul %1788, %1794 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1796 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1797 = mul %1795, %1796 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1798 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1799 = add %1797, %1798 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1800 = cast %1799 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1801 = matmul %1800, %776 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1802 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1803 = cast %1801 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1804 = add %1803, %1802 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1805 = mul %1654, %1804 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1806 = mul %1804, %1656 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1807 = erf %1806 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1808 = add %1659, %1807 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1809 = mul %1805, %1808 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1810 = cast %1809 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1811 = matmul %1810, %787 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1812 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1813 = cast %1811 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1814 = add %1813, %1812 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1815 = add %1784, %1814 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1816 = reshape %1815 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1817 = concat %794, %1507 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1818 = reduce_sum %1817 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1819 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1820 = div %1818, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1821 = broadcast %1820 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1822 = sub %1817, %1821 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1823 = mul %1822, %1822 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1824 = reduce_sum %1823 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1825 = div %1824, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1826 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1827 = add %1825, %1826 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1828 = rsqrt %1827 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1829 = broadcast %1828 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1830 = mul %1822, %1829 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1831 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1832 = mul %1830, %1831 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1833 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1834 = add %1832, %1833 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1835 = cast %1834 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1836 = slice %1835 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1837 = matmul %1836, %497 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1838 = cast %1837 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1839 = add %1838, %816 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1840 = matmul %1835, %502 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1841 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1842 = cast %1840 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1843 = add %1842, %1841 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1844 = matmul %1835, %507 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1845 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1846 = cast %1844 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1847 = add %1846, %1845 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1848 = cast %1839 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1849 = reshape %1848 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1850 = permute %1849 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1851 = cast %1843 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%1852 = reshape %1851 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%1853 = permute %1852 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%1854 = cast %1850 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1855 = cast %1853 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1856 = permute %1855 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1857 = slice %1854 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1858 = broadcast %1857 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1859 = slice %1856 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1860 = mul %1858, %1859 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1861 = slice %1854 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1862 = broadcast %1861 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1863 = slice %1856 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1864 = mul %1862, %1863 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1865 = add %1860, %1864 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1866 = slice %1854 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1867 = broadcast %1866 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1868 = slice %1856 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1869 = mul %1867, %1868 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1870 = add %1865, %1869 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1871 = slice %1854 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1872 = broadcast %1871 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1873 = slice %1856 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1874 = mul %1872, %1873 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1875 = add %1870, %1874 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1876 = slice %1854 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1877 = broadcast %1876 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1878 = slice %1856 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1879 = mul %1877, %1878 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1880 = add %1875, %1879 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1881 = slice %1854 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1882 = broadcast %1881 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1883 = slice %1856 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1884 = mul %1882, %1883 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1885 = add %1880, %1884 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1886 = slice %1854 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1887 = broadcast %1886 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1888 = slice %1856 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1889 = mul %1887, %1888 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1890 = add %1885, %1889 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1891 = slice %1854 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1892 = broadcast %1891 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1893 = slice %1856 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1894 = mul %1892, %1893 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1895 = add %1890, %1894 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1896 = cast %1895 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1897 = broadcast %260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1898 = cast %1896 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1899 = mul %1898, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1900 = reduce_max %1899 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1901 = stop_gradient %1900 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1902 = broadcast %1901 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1903 = sub %1899, %1902 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1904 = exp %1903 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1905 = reduce_sum %1904 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1906 = broadcast %1905 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1907 = div %1904, %1906 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1908 = cast %1907 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1909 = cast %1847 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%1910 = reshape %1909 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%1911 = permute %1910 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%1912 = cast %1908 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1913 = cast %1911 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1914 = reshape %1912 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1915 = broadcast %1914 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1916 = reshape %1913 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1917 = broadcast %1916 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1918 = mul %1915, %1917 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1919 = reduce_sum %1918 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1920 = cast %1919 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1921 = permute %1920 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1922 = reshape %1921 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1923 = matmul %1922, %595 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1924 = cast %1923 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1925 = add %1924, %903 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1926 = add %794, %1925 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1927 = reduce_sum %1926 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1928 = div %1927, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1929 = broadcast %1928 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1930 = sub %1926, %1929 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1931 = mul %1930, %1930 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1932 = reduce_sum %1931 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1933 = div %1932, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1934 = add %1933, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1935 = rsqrt %1934 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1936 = broadcast %1935 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1937 = mul %1930, %1936 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1938 = mul %1937, %920 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1939 = add %1938, %922 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1940 = cast %1939 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1941 = matmul %1940, %619 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1942 = cast %1941 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1943 = add %1942, %926 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1944 = mul %929, %1943 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1945 = mul %1943, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1946 = erf %1945 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1947 = add %934, %1946 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1948 = mul %1944, %1947 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1949 = cast %1948 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1950 = matmul %1949, %633 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1951 = cast %1950 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1952 = add %1951, %939 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1953 = add %1926, %1952 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1954 = concat %1953, %1507 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1955 = reduce_sum %1954 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1956 = div %1955, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1957 = broadcast %1956 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1958 = sub %1954, %1957 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1959 = mul %1958, %1958 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1960 = reduce_sum %1959 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1961 = div %1960, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1962 = add %1961, %1826 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1963 = rsqrt %1962 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1964 = broadcast %1963 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1965 = mul %1958, %1964 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1966 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1967 = mul %1965, %1966 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1968 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1969 = add %1967, %1968 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1970 = cast %1969 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1971 = slice %1970 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1972 = matmul %1971, %657 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1973 = cast %1972 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1974 = add %1973, %962 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1975 = matmul %1970, %662 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1976 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1977 = cast %1975 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1978 = add %1977, %1976 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1979 = matmul %1970, %667 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1980 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1981 = cast %1979 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1982 = add %1981, %1980 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1983 = cast %1974 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%1984 = reshape %1983 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%1985 = permute %1984 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%1986 = cast %1978 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%1987 = reshape %1986 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%1988 = permute %1987 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%1989 = cast %1985 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1990 = cast %1988 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1991 = permute %1990 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1992 = slice %1989 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1993 = broadcast %1992 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1994 = slice %1991 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1995 = mul %1993, %1994 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1996 = slice %1989 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1997 = broadcast %1996 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1998 = slice %1991 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1999 = mul %1997, %1998 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2000 = add %1995, %1999 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2001 = slice %1989 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2002 = broadcast %2001 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2003 = slice %1991 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2004 = mul %2002, %2003 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2005 = add %2000, %2004 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2006 = slice %1989 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2007 = broadcast %2006 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2008 = slice %1991 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2009 = mul %2007, %2008 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2010 = add %2005, %2009 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2011 = slice %1989 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2012 = broadcast %2011 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2013 = slice %1991 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2014 = mul %2012, %2013 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2015 = add %2010, %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = slice %1989 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2017 = broadcast %2016 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2018 = slice %1991 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2019 = mul %2017, %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2020 = add %2015, %2019 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2021 = slice %1989 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2022 = broadcast %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = slice %1991 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2024 = mul %2022, %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = add %2020, %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = slice %1989 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2027 = broadcast %2026 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = slice %1991 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2029 = mul %2027, %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = add %2025, %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = cast %2030 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2032 = cast %2031 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2033 = mul %2032, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2034 = reduce_max %2033 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2035 = stop_gradient %2034 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2036 = broadcast %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2037 = sub %2033, %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2038 = exp %2037 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2039 = reduce_sum %2038 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2040 = broadcast %2039 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2041 = div %2038, %2040 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2042 = cast %2041 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2043 = cast %1982 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2044 = reshape %2043 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2045 = permute %2044 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2046 = cast %2042 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2047 = cast %2045 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2048 = reshape %2046 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2049 = broadcast %2048 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2050 = reshape %2047 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2051 = broadcast %2050 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2052 = mul %2049, %2051 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2053 = reduce_sum %2052 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2054 = cast %2053 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2055 = permute %2054 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2056 = reshape %2055 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2057 = matmul %2056, %754 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2058 = cast %2057 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2059 = add %2058, %1048 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2060 = add %1953, %2059 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2061 = reduce_sum %2060 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2062 = div %2061, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2063 = broadcast %2062 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2064 = sub %2060, %2063 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2065 = mul %2064, %2064 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2066 = reduce_sum %2065 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2067 = div %2066, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2068 = add %2067, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2069 = rsqrt %2068 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2070 = broadcast %2069 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2071 = mul %2064, %2070 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2072 = mul %2071, %1063 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2073 = add %2072, %1065 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2074 = cast %2073 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2075 = matmul %2074, %776 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2076 = cast %2075 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2077 = add %2076, %1069 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2078 = mul %929, %2077 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2079 = mul %2077, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2080 = erf %2079 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2081 = add %934, %2080 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2082 = mul %2078, %2081 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2083 = cast %2082 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2084 = matmul %2083, %787 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2085 = cast %2084 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2086 = add %2085, %1079 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2087 = add %2060, %2086 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2088 = concat %2087, %1816 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2089 = reduce_sum %2088 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2090 = div %2089, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2091 = broadcast %2090 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2092 = sub %2088, %2091 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2093 = mul %2092, %2092 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2094 = reduce_sum %2093 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2095 = div %2094, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2096 = add %2095, %1826 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2097 = rsqrt %2096 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2098 = broadcast %2097 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2099 = mul %2092, %2098 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2100 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2101 = mul %2099, %2100 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2102 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2103 = add %2101, %2102 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2104 = cast %2103 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2105 = slice %2104 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2106 = matmul %2105, %1101 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2107 = cast %2106 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2108 = add %2107, %1103 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2109 = mul %1106, %2108 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2110 = mul %2108, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2111 = erf %2110 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2112 = add %1111, %2111 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2113 = mul %2109, %2112 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2114 = cast %2113 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2115 = matmul %2114, %1115 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2116 = cast %2115 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2117 = add %2116, %1117 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2118 = mul %1106, %2117 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2119 = mul %2117, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2120 = erf %2119 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2121 = add %1111, %2120 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2122 = mul %2118, %2121 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2123 = cast %2122 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2124 = matmul %2123, %1126 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2125 = cast %2124 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2126 = add %2125, %1128 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2127 = mul %2126, %2126 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2128 = reduce_sum %2127 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2129 = sqrt %2128 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2130 = max %2129, %1135 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2131 = broadcast %2130 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2132 = div %2126, %2131 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2133 = cast %2132 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2134 = matmul %2133, %1147 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2135 = slice %2104 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2136 = matmul %2135, %1150 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2137 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2138 = cast %2136 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2139 = add %2138, %2137 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2140 = broadcast %313 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2141 = mul %2140, %2139 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2142 = broadcast %316 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2143 = mul %2139, %2142 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2144 = erf %2143 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2145 = broadcast %320 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2146 = add %2145, %2144 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2147 = mul %2141, %2146 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2148 = cast %2147 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2149 = matmul %2148, %1164 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2150 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2151 = cast %2149 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2152 = add %2151, %2150 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2153 = mul %2140, %2152 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2154 = mul %2152, %2142 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2155 = erf %2154 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2156 = add %2145, %2155 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2157 = mul %2153, %2156 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2158 = cast %2157 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2159 = matmul %2158, %1175 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2160 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2161 = cast %2159 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2162 = add %2161, %2160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2163 = mul %2162, %2162 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2164 = reduce_sum %2163 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2165 = sqrt %2164 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2166 = broadcast %1134 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2167 = max %2165, %2166 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2168 = broadcast %2167 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2169 = div %2162, %2168 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2170 = cast %2169 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2171 = matmul %2170, %1195 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2172 = cast %2134 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2173 = slice %2172 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2174 = slice %2172 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2175 = cast %2171 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2176 = slice %2175 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2177 = slice %2175 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2178 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2179 = cast %2178 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2180 = matmul %169, %2179 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2181 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2182 = cast %2180 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2183 = add %2182, %2181 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2184 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2185 = add %2183, %2184 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2186 = reduce_sum %2185 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2187 = div %2186, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2188 = broadcast %2187 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2189 = sub %2185, %2188 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2190 = mul %2189, %2189 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2191 = reduce_sum %2190 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2192 = div %2191, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2193 = add %2192, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2194 = rsqrt %2193 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2195 = broadcast %2194 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2196 = mul %2189, %2195 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2197 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2198 = mul %2196, %2197 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2199 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2200 = add %2198, %2199 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2201 = cast %2200 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2202 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2203 = matmul %2201, %2202 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2204 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2205 = cast %2203 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2206 = add %2205, %2204 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2207 = cast %2206 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2208 = reshape %2207 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2209 = permute %2208 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2210 = slice %2209 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2211 = reshape %2210 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2212 = slice %2209 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2213 = reshape %2212 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2214 = cast %2211 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2215 = cast %2213 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2216 = permute %2215 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2217 = slice %2214 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2218 = broadcast %2217 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2219 = slice %2216 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2220 = broadcast %2219 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2221 = mul %2218, %2220 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2222 = slice %2214 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2223 = broadcast %2222 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2224 = slice %2216 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2225 = broadcast %2224 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2226 = mul %2223, %2225 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2227 = add %2221, %2226 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2228 = slice %2214 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2229 = broadcast %2228 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2230 = slice %2216 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2231 = broadcast %2230 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2232 = mul %2229, %2231 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2233 = add %2227, %2232 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2234 = slice %2214 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2235 = broadcast %2234 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2236 = slice %2216 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2237 = broadcast %2236 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2238 = mul %2235, %2237 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2239 = add %2233, %2238 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2240 = slice %2214 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2241 = broadcast %2240 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2242 = slice %2216 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2243 = broadcast %2242 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2244 = mul %2241, %2243 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2245 = add %2239, %2244 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2246 = slice %2214 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2247 = broadcast %2246 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2248 = slice %2216 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2249 = broadcast %2248 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2250 = mul %2247, %2249 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2251 = add %2245, %2250 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2252 = slice %2214 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2253 = broadcast %2252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2254 = slice %2216 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2255 = broadcast %2254 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2256 = mul %2253, %2255 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2257 = add %2251, %2256 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2258 = slice %2214 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2259 = broadcast %2258 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2260 = slice %2216 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2261 = broadcast %2260 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2262 = mul %2259, %2261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2263 = add %2257, %2262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2264 = cast %2263 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2265 = cast %2264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2266 = mul %2265, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2267 = reduce_max %2266 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2268 = stop_gradient %2267 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2269 = broadcast %2268 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2270 = sub %2266, %2269 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2271 = exp %2270 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2272 = reduce_sum %2271 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2273 = broadcast %2272 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2274 = div %2271, %2273 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2275 = cast %2274 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2276 = slice %2209 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2277 = reshape %2276 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2278 = cast %2275 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2279 = cast %2277 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2280 = reshape %2278 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2281 = broadcast %2280 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2282 = reshape %2279 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2283 = broadcast %2282 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2284 = mul %2281, %2283 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2285 = reduce_sum %2284 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2286 = cast %2285 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2287 = permute %2286 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2288 = reshape %2287 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2289 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2290 = matmul %2288, %2289 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2291 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2292 = cast %2290 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2293 = add %2292, %2291 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2294 = add %2185, %2293 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2295 = reduce_sum %2294 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2296 = div %2295, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2297 = broadcast %2296 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2298 = sub %2294, %2297 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2299 = mul %2298, %2298 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2300 = reduce_sum %2299 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2301 = div %2300, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2302 = add %2301, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2303 = rsqrt %2302 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2304 = broadcast %2303 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2305 = mul %2298, %2304 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2306 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2307 = mul %2305, %2306 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2308 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2309 = add %2307, %2308 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2310 = cast %2309 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2311 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2312 = matmul %2310, %2311 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2313 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2314 = cast %2312 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2315 = add %2314, %2313 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2316 = mul %314, %2315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2317 = mul %2315, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2318 = erf %2317 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2319 = add %321, %2318 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2320 = mul %2316, %2319 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2321 = cast %2320 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2322 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2323 = matmul %2321, %2322 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2324 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2325 = cast %2323 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2326 = add %2325, %2324 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2327 = add %2294, %2326 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2328 = reduce_sum %2327 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2329 = div %2328, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2330 = broadcast %2329 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2331 = sub %2327, %2330 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2332 = mul %2331, %2331 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2333 = reduce_sum %2332 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2334 = div %2333, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2335 = add %2334, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2336 = rsqrt %2335 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2337 = broadcast %2336 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2338 = mul %2331, %2337 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2339 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2340 = mul %2338, %2339 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2341 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2342 = add %2340, %2341 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2343 = cast %2342 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2344 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2345 = matmul %2343, %2344 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2346 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2347 = cast %2345 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2348 = add %2347, %2346 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2349 = cast %2348 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2350 = reshape %2349 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2351 = permute %2350 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2352 = slice %2351 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2353 = reshape %2352 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2354 = slice %2351 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2355 = reshape %2354 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2356 = cast %2353 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2357 = cast %2355 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2358 = permute %2357 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2359 = slice %2356 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2360 = broadcast %2359 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2361 = slice %2358 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2362 = broadcast %2361 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2363 = mul %2360, %2362 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2364 = slice %2356 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2365 = broadcast %2364 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2366 = slice %2358 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2367 = broadcast %2366 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2368 = mul %2365, %2367 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2369 = add %2363, %2368 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2370 = slice %2356 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2371 = broadcast %2370 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2372 = slice %2358 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2373 = broadcast %2372 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2374 = mul %2371, %2373 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2375 = add %2369, %2374 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2376 = slice %2356 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2377 = broadcast %2376 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2378 = slice %2358 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2379 = broadcast %2378 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2380 = mul %2377, %2379 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2381 = add %2375, %2380 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2382 = slice %2356 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2383 = broadcast %2382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2384 = slice %2358 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2385 = broadcast %2384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2386 = mul %2383, %2385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2387 = add %2381, %2386 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2388 = slice %2356 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2389 = broadcast %2388 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2390 = slice %2358 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2391 = broadcast %2390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2392 = mul %2389, %2391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2393 = add %2387, %2392 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2394 = slice %2356 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2395 = broadcast %2394 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2396 = slice %2358 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2397 = broadcast %2396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2398 = mul %2395, %2397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2399 = add %2393, %2398 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2400 = slice %2356 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2401 = broadcast %2400 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2402 = slice %2358 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2403 = broadcast %2402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2404 = mul %2401, %2403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2405 = add %2399, %2404 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2406 = cast %2405 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2407 = cast %2406 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2408 = mul %2407, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2409 = reduce_max %2408 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2410 = stop_gradient %2409 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2411 = broadcast %2410 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2412 = sub %2408, %2411 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2413 = exp %2412 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2414 = reduce_sum %2413 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2415 = broadcast %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2416 = div %2413, %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2417 = cast %2416 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2418 = slice %2351 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2419 = reshape %2418 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2420 = cast %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2421 = cast %2419 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2422 = reshape %2420 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2423 = broadcast %2422 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2424 = reshape %2421 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2425 = broadcast %2424 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2426 = mul %2423, %2425 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2427 = reduce_sum %2426 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2428 = cast %2427 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2429 = permute %2428 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2430 = reshape %2429 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2431 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2432 = matmul %2430, %2431 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2433 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2434 = cast %2432 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2435 = add %2434, %2433 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2436 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2437 = broadcast %2436 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2438 = div %2435, %2437 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2439 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2440 = rand_uniform %2439 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2441 = broadcast %2436 : f32[4] @ models/lib/nn.yaml:44:35
%2442 = add %2441, %2440 : f32[4] @ models/lib/nn.yaml:44:35
%2443 = floor %2442 : f32[4] @ models/lib/nn.yaml:44:24
%2444 = reshape %2443 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2445 = broadcast %2444 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2446 = mul %2438, %2445 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2447 = add %2327, %2446 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2448 = reduce_sum %2447 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2449 = div %2448, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2450 = broadcast %2449 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2451 = sub %2447, %2450 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2452 = mul %2451, %2451 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2453 = reduce_sum %2452 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2454 = div %2453, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2455 = add %2454, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2456 = rsqrt %2455 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2457 = broadcast %2456 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2458 = mul %2451, %2457 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2459 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2460 = mul %2458, %2459 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2461 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2462 = add %2460, %2461 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2463 = cast %2462 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2464 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2465 = matmul %2463, %2464 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2466 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2467 = cast %2465 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2468 = add %2467, %2466 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2469 = mul %314, %2468 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2470 = mul %2468, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2471 = erf %2470 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2472 = add %321, %2471 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2473 = mul %2469, %2472 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2474 = cast %2473 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2475 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2476 = matmul %2474, %2475 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2477 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2478 = cast %2476 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2479 = add %2478, %2477 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2480 = div %2479, %2437 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2481 = rand_uniform %2439 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2482 = add %2441, %2481 : f32[4] @ models/lib/nn.yaml:44:35
%2483 = floor %2482 : f32[4] @ models/lib/nn.yaml:44:24
%2484 = reshape %2483 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2485 = broadcast %2484 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2486 = mul %2480, %2485 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2487 = add %2447, %2486 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2488 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2489 = concat %2488, %2487 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2490 = reduce_sum %2489 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2491 = div %2490, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2492 = broadcast %2491 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2493 = sub %2489, %2492 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2494 = mul %2493, %2493 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2495 = reduce_sum %2494 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2496 = div %2495, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2497 = add %2496, %804 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2498 = rsqrt %2497 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2499 = broadcast %2498 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2500 = mul %2493, %2499 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2501 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2502 = mul %2500, %2501 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2503 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2504 = add %2502, %2503 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2505 = cast %2504 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2506 = slice %2505 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2507 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2508 = matmul %2506, %2507 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2509 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2510 = cast %2508 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2511 = add %2510, %2509 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2512 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2513 = matmul %2505, %2512 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2514 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2515 = cast %2513 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2516 = add %2515, %2514 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2517 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2518 = matmul %2505, %2517 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2519 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2520 = cast %2518 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2521 = add %2520, %2519 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2522 = cast %2511 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2523 = reshape %2522 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2524 = permute %2523 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2525 = cast %2516 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2526 = reshape %2525 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2527 = permute %2526 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2528 = cast %2524 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2529 = cast %2527 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2530 = permute %2529 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2531 = slice %2528 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2532 = broadcast %2531 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2533 = slice %2530 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2534 = mul %2532, %2533 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2535 = slice %2528 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2536 = broadcast %2535 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2537 = slice %2530 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2538 = mul %2536, %2537 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2539 = add %2534, %2538 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2540 = slice %2528 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2541 = broadcast %2540 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2542 = slice %2530 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2543 = mul %2541, %2542 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2544 = add %2539, %2543 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2545 = slice %2528 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2546 = broadcast %2545 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2547 = slice %2530 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2548 = mul %2546, %2547 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2549 = add %2544, %2548 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2550 = slice %2528 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2551 = broadcast %2550 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2552 = slice %2530 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2553 = mul %2551, %2552 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2554 = add %2549, %2553 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2555 = slice %2528 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2556 = broadcast %2555 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2557 = slice %2530 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2558 = mul %2556, %2557 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2559 = add %2554, %2558 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2560 = slice %2528 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2561 = broadcast %2560 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2562 = slice %2530 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2563 = mul %2561, %2562 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2564 = add %2559, %2563 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2565 = slice %2528 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2566 = broadcast %2565 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2567 = slice %2530 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2568 = mul %2566, %2567 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2569 = add %2564, %2568 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2570 = cast %2569 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2571 = cast %2570 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2572 = mul %2571, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2573 = reduce_max %2572 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2574 = stop_gradient %2573 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2575 = broadcast %2574 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2576 = sub %2572, %2575 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2577 = exp %2576 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2578 = reduce_sum %2577 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2579 = broadcast %2578 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2580 = div %2577, %2579 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2581 = cast %2580 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2582 = cast %2521 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2583 = reshape %2582 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2584 = permute %2583 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2585 = cast %2581 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2586 = cast %2584 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2587 = reshape %2585 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2588 = broadcast %2587 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2589 = reshape %2586 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2590 = broadcast %2589 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2591 = mul %2588, %2590 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2592 = reduce_sum %2591 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2593 = cast %2592 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2594 = permute %2593 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2595 = reshape %2594 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2596 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2597 = matmul %2595, %2596 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2598 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2599 = cast %2597 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2600 = add %2599, %2598 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2601 = add %2488, %2600 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2602 = reduce_sum %2601 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2603 = div %2602, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2604 = broadcast %2603 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2605 = sub %2601, %2604 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2606 = mul %2605, %2605 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2607 = reduce_sum %2606 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2608 = div %2607, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2609 = add %2608, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2610 = rsqrt %2609 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2611 = broadcast %2610 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2612 = mul %2605, %2611 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2613 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2614 = mul %2612, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2615 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2616 = add %2614, %2615 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2617 = cast %2616 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2618 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2619 = matmul %2617, %2618 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2620 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2621 = cast %2619 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2622 = add %2621, %2620 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2623 = mul %929, %2622 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2624 = mul %2622, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2625 = erf %2624 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2626 = add %934, %2625 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2627 = mul %2623, %2626 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2628 = cast %2627 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2629 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2630 = matmul %2628, %2629 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2631 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2632 = cast %2630 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2633 = add %2632, %2631 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2634 = add %2601, %2633 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2635 = concat %2634, %2487 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2636 = reduce_sum %2635 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2637 = div %2636, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2638 = broadcast %2637 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2639 = sub %2635, %2638 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2640 = mul %2639, %2639 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2641 = reduce_sum %2640 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2642 = div %2641, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2643 = add %2642, %804 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2644 = rsqrt %2643 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2645 = broadcast %2644 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2646 = mul %2639, %2645 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2647 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2648 = mul %2646, %2647 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2649 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2650 = add %2648, %2649 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2651 = cast %2650 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2652 = slice %2651 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2653 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2654 = matmul %2652, %2653 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2655 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2656 = cast %2654 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2657 = add %2656, %2655 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2658 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2659 = matmul %2651, %2658 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2660 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2661 = cast %2659 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2662 = add %2661, %2660 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2663 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2664 = matmul %2651, %2663 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2665 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2666 = cast %2664 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2667 = add %2666, %2665 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2668 = cast %2657 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2669 = reshape %2668 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2670 = permute %2669 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2671 = cast %2662 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2672 = reshape %2671 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2673 = permute %2672 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2674 = cast %2670 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2675 = cast %2673 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2676 = permute %2675 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2677 = slice %2674 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2678 = broadcast %2677 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2679 = slice %2676 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2680 = mul %2678, %2679 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2681 = slice %2674 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2682 = broadcast %2681 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2683 = slice %2676 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2684 = mul %2682, %2683 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2685 = add %2680, %2684 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2686 = slice %2674 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2687 = broadcast %2686 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2688 = slice %2676 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2689 = mul %2687, %2688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2690 = add %2685, %2689 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2691 = slice %2674 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2692 = broadcast %2691 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2693 = slice %2676 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2694 = mul %2692, %2693 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2695 = add %2690, %2694 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2696 = slice %2674 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2697 = broadcast %2696 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2698 = slice %2676 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2699 = mul %2697, %2698 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2700 = add %2695, %2699 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2701 = slice %2674 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2702 = broadcast %2701 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2703 = slice %2676 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2704 = mul %2702, %2703 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2705 = add %2700, %2704 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2706 = slice %2674 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2707 = broadcast %2706 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2708 = slice %2676 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2709 = mul %2707, %2708 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2710 = add %2705, %2709 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2711 = slice %2674 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2712 = broadcast %2711 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2713 = slice %2676 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2714 = mul %2712, %2713 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2715 = add %2710, %2714 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2716 = cast %2715 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2717 = cast %2716 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2718 = mul %2717, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2719 = reduce_max %2718 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2720 = stop_gradient %2719 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2721 = broadcast %2720 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2722 = sub %2718, %2721 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2723 = exp %2722 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2724 = reduce_sum %2723 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2725 = broadcast %2724 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2726 = div %2723, %2725 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2727 = cast %2726 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2728 = cast %2667 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2729 = reshape %2728 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2730 = permute %2729 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2731 = cast %2727 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2732 = cast %2730 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2733 = reshape %2731 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2734 = broadcast %2733 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2735 = reshape %2732 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2736 = broadcast %2735 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2737 = mul %2734, %2736 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2738 = reduce_sum %2737 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2739 = cast %2738 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2740 = permute %2739 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2741 = reshape %2740 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2742 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2743 = matmul %2741, %2742 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2744 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2745 = cast %2743 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2746 = add %2745, %2744 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2747 = add %2634, %2746 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2748 = reduce_sum %2747 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2749 = div %2748, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2750 = broadcast %2749 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2751 = sub %2747, %2750 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2752 = mul %2751, %2751 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2753 = reduce_sum %2752 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2754 = div %2753, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2755 = add %2754, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2756 = rsqrt %2755 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2757 = broadcast %2756 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2758 = mul %2751, %2757 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2759 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2760 = mul %2758, %2759 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2761 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2762 = add %2760, %2761 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2763 = cast %2762 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2764 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2765 = matmul %2763, %2764 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2766 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2767 = cast %2765 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2768 = add %2767, %2766 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2769 = mul %929, %2768 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2770 = mul %2768, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2771 = erf %2770 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2772 = add %934, %2771 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2773 = mul %2769, %2772 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2774 = cast %2773 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2775 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2776 = matmul %2774, %2775 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2777 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2778 = cast %2776 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2779 = add %2778, %2777 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2780 = add %2747, %2779 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2781 = concat %2780, %2487 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2782 = reduce_sum %2781 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2783 = div %2782, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2784 = broadcast %2783 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2785 = sub %2781, %2784 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2786 = mul %2785, %2785 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2787 = reduce_sum %2786 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2788 = div %2787, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2789 = add %2788, %804 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2790 = rsqrt %2789 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2791 = broadcast %2790 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2792 = mul %2785, %2791 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2793 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2794 = mul %2792, %2793 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2795 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2796 = add %2794, %2795 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2797 = cast %2796 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2798 = slice %2797 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%2799 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2800 = matmul %2798, %2799 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2801 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2802 = cast %2800 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2803 = add %2802, %2801 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2804 = mul %1106, %2803 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2805 = mul %2803, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2806 = erf %2805 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2807 = add %1111, %2806 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2808 = mul %2804, %2807 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2809 = cast %2808 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2810 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2811 = matmul %2809, %2810 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2812 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2813 = cast %2811 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2814 = add %2813, %2812 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2815 = mul %1106, %2814 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2816 = mul %2814, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2817 = erf %2816 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2818 = add %1111, %2817 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2819 = mul %2815, %2818 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2820 = cast %2819 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2821 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2822 = matmul %2820, %2821 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2823 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2824 = cast %2822 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2825 = add %2824, %2823 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2826 = mul %2825, %2825 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2827 = reduce_sum %2826 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2828 = sqrt %2827 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2829 = max %2828, %1135 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2830 = broadcast %2829 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2831 = div %2825, %2830 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2832 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2833 = mul %2832, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2834 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2835 = reduce_sum %2834 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2836 = sqrt %2835 : f32[32,1] @ models/lib/dino.yaml:22:35
%2837 = broadcast %2836 : f32[32,8] @ models/lib/dino.yaml:22:33
%2838 = div %2833, %2837 : f32[32,8] @ models/lib/dino.yaml:22:33
%2839 = cast %2831 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2840 = cast %2838 : bf16[32,8] @ models/lib/dino.yaml:23:18
%2841 = matmul %2839, %2840 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2842 = slice %2797 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%2843 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2844 = matmul %2842, %2843 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2845 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2846 = cast %2844 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2847 = add %2846, %2845 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2848 = mul %1155, %2847 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2849 = mul %2847, %1157 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2850 = erf %2849 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2851 = add %1160, %2850 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2852 = mul %2848, %2851 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2853 = cast %2852 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2854 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2855 = matmul %2853, %2854 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2856 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2857 = cast %2855 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2858 = add %2857, %2856 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2859 = mul %1155, %2858 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2860 = mul %2858, %1157 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2861 = erf %2860 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2862 = add %1160, %2861 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2863 = mul %2859, %2862 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2864 = cast %2863 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2865 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2866 = matmul %2864, %2865 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%2867 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2868 = cast %2866 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2869 = add %2868, %2867 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2870 = mul %2869, %2869 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2871 = reduce_sum %2870 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2872 = sqrt %2871 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2873 = max %2872, %1183 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2874 = broadcast %2873 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2875 = div %2869, %2874 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2876 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2877 = mul %2876, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2878 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2879 = reduce_sum %2878 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2880 = sqrt %2879 : f32[16,1] @ models/lib/dino.yaml:22:35
%2881 = broadcast %2880 : f32[16,8] @ models/lib/dino.yaml:22:33
%2882 = div %2877, %2881 : f32[16,8] @ models/lib/dino.yaml:22:33
%2883 = cast %2875 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%2884 = cast %2882 : bf16[16,8] @ models/lib/dino.yaml:23:18
%2885 = matmul %2883, %2884 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%2886 = cast %2841 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2887 = slice %2886 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2888 = slice %2886 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2889 = cast %2885 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%2890 = slice %2889 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2891 = slice %2889 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2892 = matmul %1206, %2179 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%2893 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2894 = cast %2892 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2895 = add %2894, %2893 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2896 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2897 = cast %2896 : bf16[4,64] @ models/lib/vit.yaml:32:15
%2898 = matmul %1213, %2897 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%2899 = reshape %2898 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%2900 = permute %2899 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%2901 = reshape %2900 : bf16[4,48] @ models/lib/vit.yaml:34:17
%2902 = matmul %1213, %2901 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%2903 = cast %2902 : f32[3,48] @ models/lib/vit.yaml:35:21
%2904 = reshape %2903 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2905 = permute %2904 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2906 = reshape %2905 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2907 = broadcast %2906 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2908 = add %2895, %2907 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2909 = reduce_sum %2908 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2910 = div %2909, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2911 = broadcast %2910 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2912 = sub %2908, %2911 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2913 = mul %2912, %2912 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2914 = reduce_sum %2913 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2915 = div %2914, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2916 = add %2915, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2917 = rsqrt %2916 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2918 = broadcast %2917 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2919 = mul %2912, %2918 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2920 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2921 = mul %2919, %2920 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2922 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2923 = add %2921, %2922 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2924 = cast %2923 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2925 = matmul %2924, %2202 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2926 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2927 = cast %2925 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2928 = add %2927, %2926 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2929 = cast %2928 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%2930 = reshape %2929 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2931 = permute %2930 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2932 = slice %2931 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2933 = reshape %2932 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%2934 = slice %2931 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2935 = reshape %2934 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%2936 = cast %2933 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2937 = cast %2935 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2938 = permute %2937 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2939 = slice %2936 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2940 = broadcast %2939 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2941 = slice %2938 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2942 = broadcast %2941 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2943 = mul %2940, %2942 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2944 = slice %2936 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2945 = broadcast %2944 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2946 = slice %2938 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2947 = broadcast %2946 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2948 = mul %2945, %2947 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2949 = add %2943, %2948 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2950 = slice %2936 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2951 = broadcast %2950 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2952 = slice %2938 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2953 = broadcast %2952 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2954 = mul %2951, %2953 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2955 = add %2949, %2954 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2956 = slice %2936 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2957 = broadcast %2956 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2958 = slice %2938 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2959 = broadcast %2958 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2960 = mul %2957, %2959 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2961 = add %2955, %2960 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2962 = slice %2936 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2963 = broadcast %2962 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2964 = slice %2938 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2965 = broadcast %2964 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2966 = mul %2963, %2965 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2967 = add %2961, %2966 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2968 = slice %2936 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2969 = broadcast %2968 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2970 = slice %2938 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2971 = broadcast %2970 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2972 = mul %2969, %2971 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2973 = add %2967, %2972 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2974 = slice %2936 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2975 = broadcast %2974 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2976 = slice %2938 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2977 = broadcast %2976 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2978 = mul %2975, %2977 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2979 = add %2973, %2978 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2980 = slice %2936 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2981 = broadcast %2980 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2982 = slice %2938 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2983 = broadcast %2982 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2984 = mul %2981, %2983 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2985 = add %2979, %2984 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2986 = cast %2985 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%2987 = cast %2986 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2988 = mul %2987, %1306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2989 = reduce_max %2988 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2990 = stop_gradient %2989 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2991 = broadcast %2990 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2992 = sub %2988, %2991 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2993 = exp %2992 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2994 = reduce_sum %2993 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2995 = broadcast %2994 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2996 = div %2993, %2995 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2997 = cast %2996 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%2998 = slice %2931 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2999 = reshape %2998 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3000 = cast %2997 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3001 = cast %2999 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3002 = reshape %3000 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3003 = broadcast %3002 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3004 = reshape %3001 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3005 = broadcast %3004 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3006 = mul %3003, %3005 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3007 = reduce_sum %3006 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3008 = cast %3007 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3009 = permute %3008 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3010 = reshape %3009 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3011 = matmul %3010, %2289 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3012 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3013 = cast %3011 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3014 = add %3013, %3012 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3015 = add %2908, %3014 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3016 = reduce_sum %3015 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3017 = div %3016, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3018 = broadcast %3017 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3019 = sub %3015, %3018 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3020 = mul %3019, %3019 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3021 = reduce_sum %3020 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3022 = div %3021, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3023 = add %3022, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3024 = rsqrt %3023 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3025 = broadcast %3024 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3026 = mul %3019, %3025 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3027 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3028 = mul %3026, %3027 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3029 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3030 = add %3028, %3029 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3031 = cast %3030 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3032 = matmul %3031, %2311 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3033 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3034 = cast %3032 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3035 = add %3034, %3033 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3036 = mul %1356, %3035 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3037 = mul %3035, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3038 = erf %3037 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3039 = add %1361, %3038 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3040 = mul %3036, %3039 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3041 = cast %3040 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3042 = matmul %3041, %2322 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3043 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3044 = cast %3042 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3045 = add %3044, %3043 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3046 = add %3015, %3045 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3047 = reduce_sum %3046 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3048 = div %3047, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3049 = broadcast %3048 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3050 = sub %3046, %3049 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3051 = mul %3050, %3050 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3052 = reduce_sum %3051 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3053 = div %3052, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3054 = add %3053, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3055 = rsqrt %3054 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3056 = broadcast %3055 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3057 = mul %3050, %3056 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3058 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3059 = mul %3057, %3058 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3060 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3061 = add %3059, %3060 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3062 = cast %3061 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3063 = matmul %3062, %2344 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3064 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3065 = cast %3063 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3066 = add %3065, %3064 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3067 = cast %3066 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3068 = reshape %3067 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3069 = permute %3068 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3070 = slice %3069 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3071 = reshape %3070 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3072 = slice %3069 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3073 = reshape %3072 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3074 = cast %3071 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3075 = cast %3073 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3076 = permute %3075 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3077 = slice %3074 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3078 = broadcast %3077 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3079 = slice %3076 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3080 = broadcast %3079 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3081 = mul %3078, %3080 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3082 = slice %3074 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3083 = broadcast %3082 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3084 = slice %3076 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3085 = broadcast %3084 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3086 = mul %3083, %3085 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3087 = add %3081, %3086 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3088 = slice %3074 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3089 = broadcast %3088 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3090 = slice %3076 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3091 = broadcast %3090 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3092 = mul %3089, %3091 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3093 = add %3087, %3092 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3094 = slice %3074 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3095 = broadcast %3094 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3096 = slice %3076 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3097 = broadcast %3096 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3098 = mul %3095, %3097 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3099 = add %3093, %3098 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3100 = slice %3074 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3101 = broadcast %3100 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3102 = slice %3076 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3103 = broadcast %3102 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3104 = mul %3101, %3103 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3105 = add %3099, %3104 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3106 = slice %3074 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3107 = broadcast %3106 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3108 = slice %3076 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3109 = broadcast %3108 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3110 = mul %3107, %3109 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3111 = add %3105, %3110 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3112 = slice %3074 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3113 = broadcast %3112 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3114 = slice %3076 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3115 = broadcast %3114 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3116 = mul %3113, %3115 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3117 = add %3111, %3116 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3118 = slice %3074 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3119 = broadcast %3118 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3120 = slice %3076 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3121 = broadcast %3120 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3122 = mul %3119, %3121 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3123 = add %3117, %3122 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3124 = cast %3123 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3125 = cast %3124 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3126 = mul %3125, %1306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3127 = reduce_max %3126 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3128 = stop_gradient %3127 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3129 = broadcast %3128 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3130 = sub %3126, %3129 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3131 = exp %3130 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3132 = reduce_sum %3131 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3133 = broadcast %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3134 = div %3131, %3133 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3135 = cast %3134 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3136 = slice %3069 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3137 = reshape %3136 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3138 = cast %3135 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3139 = cast %3137 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3140 = reshape %3138 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3141 = broadcast %3140 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3142 = reshape %3139 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3143 = broadcast %3142 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3144 = mul %3141, %3143 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3145 = reduce_sum %3144 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3146 = cast %3145 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3147 = permute %3146 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3148 = reshape %3147 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3149 = matmul %3148, %2431 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3150 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3151 = cast %3149 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3152 = add %3151, %3150 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3153 = broadcast %2436 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3154 = div %3152, %3153 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3155 = rand_uniform %2439 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3156 = add %2441, %3155 : f32[4] @ models/lib/nn.yaml:44:35
%3157 = floor %3156 : f32[4] @ models/lib/nn.yaml:44:24
%3158 = reshape %3157 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3159 = broadcast %3158 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3160 = mul %3154, %3159 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3161 = add %3046, %3160 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3162 = reduce_sum %3161 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3163 = div %3162, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3164 = broadcast %3163 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3165 = sub %3161, %3164 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3166 = mul %3165, %3165 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3167 = reduce_sum %3166 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3168 = div %3167, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3169 = add %3168, %1234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3170 = rsqrt %3169 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3171 = broadcast %3170 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3172 = mul %3165, %3171 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3173 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3174 = mul %3172, %3173 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3175 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3176 = add %3174, %3175 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3177 = cast %3176 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3178 = matmul %3177, %2464 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3179 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3180 = cast %3178 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3181 = add %3180, %3179 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3182 = mul %1356, %3181 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3183 = mul %3181, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3184 = erf %3183 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3185 = add %1361, %3184 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3186 = mul %3182, %3185 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3187 = cast %3186 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3188 = matmul %3187, %2475 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3189 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3190 = cast %3188 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3191 = add %3190, %3189 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3192 = div %3191, %3153 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3193 = rand_uniform %2439 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3194 = add %2441, %3193 : f32[4] @ models/lib/nn.yaml:44:35
%3195 = floor %3194 : f32[4] @ models/lib/nn.yaml:44:24
%3196 = reshape %3195 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3197 = broadcast %3196 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3198 = mul %3192, %3197 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3199 = add %3161, %3198 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3200 = concat %2488, %3199 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3201 = reduce_sum %3200 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3202 = div %3201, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3203 = broadcast %3202 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3204 = sub %3200, %3203 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3205 = mul %3204, %3204 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3206 = reduce_sum %3205 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3207 = div %3206, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3208 = add %3207, %1826 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3209 = rsqrt %3208 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3210 = broadcast %3209 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3211 = mul %3204, %3210 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3212 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3213 = mul %3211, %3212 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3214 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3215 = add %3213, %3214 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3216 = cast %3215 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3217 = slice %3216 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3218 = matmul %3217, %2507 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3219 = cast %3218 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3220 = add %3219, %2509 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3221 = matmul %3216, %2512 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3222 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3223 = cast %3221 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3224 = add %3223, %3222 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3225 = matmul %3216, %2517 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3226 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3227 = cast %3225 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3228 = add %3227, %3226 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3229 = cast %3220 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3230 = reshape %3229 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3231 = permute %3230 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3232 = cast %3224 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3233 = reshape %3232 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3234 = permute %3233 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3235 = cast %3231 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3236 = cast %3234 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3237 = permute %3236 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3238 = slice %3235 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3239 = broadcast %3238 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3240 = slice %3237 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3241 = mul %3239, %3240 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3242 = slice %3235 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3243 = broadcast %3242 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3244 = slice %3237 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3245 = mul %3243, %3244 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3246 = add %3241, %3245 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3247 = slice %3235 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3248 = broadcast %3247 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3249 = slice %3237 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3250 = mul %3248, %3249 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3251 = add %3246, %3250 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3252 = slice %3235 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3253 = broadcast %3252 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3254 = slice %3237 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3255 = mul %3253, %3254 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3256 = add %3251, %3255 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3257 = slice %3235 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3258 = broadcast %3257 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3259 = slice %3237 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3260 = mul %3258, %3259 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3261 = add %3256, %3260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3262 = slice %3235 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3263 = broadcast %3262 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3264 = slice %3237 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3265 = mul %3263, %3264 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3266 = add %3261, %3265 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3267 = slice %3235 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3268 = broadcast %3267 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3269 = slice %3237 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3270 = mul %3268, %3269 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3271 = add %3266, %3270 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3272 = slice %3235 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3273 = broadcast %3272 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3274 = slice %3237 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3275 = mul %3273, %3274 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3276 = add %3271, %3275 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3277 = cast %3276 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3278 = cast %3277 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3279 = mul %3278, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3280 = reduce_max %3279 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3281 = stop_gradient %3280 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3282 = broadcast %3281 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3283 = sub %3279, %3282 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3284 = exp %3283 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3285 = reduce_sum %3284 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3286 = broadcast %3285 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3287 = div %3284, %3286 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3288 = cast %3287 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3289 = cast %3228 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3290 = reshape %3289 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3291 = permute %3290 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3292 = cast %3288 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3293 = cast %3291 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3294 = reshape %3292 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3295 = broadcast %3294 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3296 = reshape %3293 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3297 = broadcast %3296 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3298 = mul %3295, %3297 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3299 = reduce_sum %3298 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3300 = cast %3299 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3301 = permute %3300 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3302 = reshape %3301 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3303 = matmul %3302, %2596 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3304 = cast %3303 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3305 = add %3304, %2598 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3306 = add %2488, %3305 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3307 = reduce_sum %3306 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3308 = div %3307, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3309 = broadcast %3308 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3310 = sub %3306, %3309 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3311 = mul %3310, %3310 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3312 = reduce_sum %3311 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3313 = div %3312, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3314 = add %3313, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3315 = rsqrt %3314 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3316 = broadcast %3315 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3317 = mul %3310, %3316 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3318 = mul %3317, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3319 = add %3318, %2615 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3320 = cast %3319 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3321 = matmul %3320, %2618 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3322 = cast %3321 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3323 = add %3322, %2620 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3324 = mul %929, %3323 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3325 = mul %3323, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3326 = erf %3325 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3327 = add %934, %3326 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3328 = mul %3324, %3327 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3329 = cast %3328 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3330 = matmul %3329, %2629 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3331 = cast %3330 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3332 = add %3331, %2631 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3333 = add %3306, %3332 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3334 = concat %3333, %3199 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3335 = reduce_sum %3334 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3336 = div %3335, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3337 = broadcast %3336 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3338 = sub %3334, %3337 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3339 = mul %3338, %3338 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3340 = reduce_sum %3339 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3341 = div %3340, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3342 = add %3341, %1826 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3343 = rsqrt %3342 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3344 = broadcast %3343 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3345 = mul %3338, %3344 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3346 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3347 = mul %3345, %3346 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3348 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3349 = add %3347, %3348 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3350 = cast %3349 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3351 = slice %3350 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3352 = matmul %3351, %2653 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3353 = cast %3352 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3354 = add %3353, %2655 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3355 = matmul %3350, %2658 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3356 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3357 = cast %3355 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3358 = add %3357, %3356 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3359 = matmul %3350, %2663 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3360 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3361 = cast %3359 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3362 = add %3361, %3360 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3363 = cast %3354 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3364 = reshape %3363 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3365 = permute %3364 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3366 = cast %3358 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3367 = reshape %3366 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3368 = permute %3367 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3369 = cast %3365 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3370 = cast %3368 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3371 = permute %3370 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3372 = slice %3369 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3373 = broadcast %3372 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3374 = slice %3371 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3375 = mul %3373, %3374 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3376 = slice %3369 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3377 = broadcast %3376 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3378 = slice %3371 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3379 = mul %3377, %3378 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3380 = add %3375, %3379 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3381 = slice %3369 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3382 = broadcast %3381 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3383 = slice %3371 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3384 = mul %3382, %3383 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3385 = add %3380, %3384 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3386 = slice %3369 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3387 = broadcast %3386 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3388 = slice %3371 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3389 = mul %3387, %3388 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3390 = add %3385, %3389 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3391 = slice %3369 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3392 = broadcast %3391 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3393 = slice %3371 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3394 = mul %3392, %3393 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3395 = add %3390, %3394 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3396 = slice %3369 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3397 = broadcast %3396 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3398 = slice %3371 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3399 = mul %3397, %3398 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3400 = add %3395, %3399 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3401 = slice %3369 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3402 = broadcast %3401 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3403 = slice %3371 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3404 = mul %3402, %3403 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3405 = add %3400, %3404 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3406 = slice %3369 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3407 = broadcast %3406 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3408 = slice %3371 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3409 = mul %3407, %3408 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3410 = add %3405, %3409 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3411 = cast %3410 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3412 = cast %3411 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3413 = mul %3412, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3414 = reduce_max %3413 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3415 = stop_gradient %3414 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3416 = broadcast %3415 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3417 = sub %3413, %3416 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3418 = exp %3417 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3419 = reduce_sum %3418 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3420 = broadcast %3419 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3421 = div %3418, %3420 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3422 = cast %3421 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3423 = cast %3362 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3424 = reshape %3423 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3425 = permute %3424 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3426 = cast %3422 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3427 = cast %3425 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3428 = reshape %3426 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3429 = broadcast %3428 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3430 = reshape %3427 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3431 = broadcast %3430 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3432 = mul %3429, %3431 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3433 = reduce_sum %3432 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3434 = cast %3433 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3435 = permute %3434 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3436 = reshape %3435 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3437 = matmul %3436, %2742 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3438 = cast %3437 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3439 = add %3438, %2744 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3440 = add %3333, %3439 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3441 = reduce_sum %3440 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3442 = div %3441, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3443 = broadcast %3442 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3444 = sub %3440, %3443 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3445 = mul %3444, %3444 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3446 = reduce_sum %3445 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3447 = div %3446, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3448 = add %3447, %915 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3449 = rsqrt %3448 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3450 = broadcast %3449 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3451 = mul %3444, %3450 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3452 = mul %3451, %2759 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3453 = add %3452, %2761 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3454 = cast %3453 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3455 = matmul %3454, %2764 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3456 = cast %3455 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3457 = add %3456, %2766 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3458 = mul %929, %3457 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3459 = mul %3457, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3460 = erf %3459 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3461 = add %934, %3460 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3462 = mul %3458, %3461 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3463 = cast %3462 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3464 = matmul %3463, %2775 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3465 = cast %3464 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3466 = add %3465, %2777 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3467 = add %3440, %3466 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3468 = concat %3467, %3199 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3469 = reduce_sum %3468 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3470 = div %3469, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3471 = broadcast %3470 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3472 = sub %3468, %3471 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3473 = mul %3472, %3472 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3474 = reduce_sum %3473 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3475 = div %3474, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3476 = add %3475, %1826 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3477 = rsqrt %3476 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3478 = broadcast %3477 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3479 = mul %3472, %3478 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3480 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3481 = mul %3479, %3480 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3482 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3483 = add %3481, %3482 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3484 = cast %3483 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3485 = slice %3484 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3486 = matmul %3485, %2799 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3487 = cast %3486 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3488 = add %3487, %2801 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3489 = mul %1106, %3488 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3490 = mul %3488, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3491 = erf %3490 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3492 = add %1111, %3491 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3493 = mul %3489, %3492 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3494 = cast %3493 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3495 = matmul %3494, %2810 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3496 = cast %3495 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3497 = add %3496, %2812 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3498 = mul %1106, %3497 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3499 = mul %3497, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3500 = erf %3499 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3501 = add %1111, %3500 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3502 = mul %3498, %3501 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3503 = cast %3502 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3504 = matmul %3503, %2821 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3505 = cast %3504 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3506 = add %3505, %2823 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3507 = mul %3506, %3506 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3508 = reduce_sum %3507 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3509 = sqrt %3508 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3510 = max %3509, %1135 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3511 = broadcast %3510 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3512 = div %3506, %3511 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3513 = cast %3512 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3514 = matmul %3513, %2840 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3515 = slice %3484 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3516 = matmul %3515, %2843 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3517 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3518 = cast %3516 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3519 = add %3518, %3517 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3520 = mul %2140, %3519 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3521 = mul %3519, %2142 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3522 = erf %3521 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3523 = add %2145, %3522 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3524 = mul %3520, %3523 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3525 = cast %3524 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3526 = matmul %3525, %2854 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3527 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3528 = cast %3526 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3529 = add %3528, %3527 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3530 = mul %2140, %3529 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3531 = mul %3529, %2142 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3532 = erf %3531 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3533 = add %2145, %3532 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3534 = mul %3530, %3533 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3535 = cast %3534 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3536 = matmul %3535, %2865 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3537 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3538 = cast %3536 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3539 = add %3538, %3537 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3540 = mul %3539, %3539 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3541 = reduce_sum %3540 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3542 = sqrt %3541 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3543 = max %3542, %2166 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3544 = broadcast %3543 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3545 = div %3539, %3544 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3546 = cast %3545 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3547 = matmul %3546, %2884 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3548 = cast %3514 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3549 = slice %3548 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3550 = slice %3548 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3551 = cast %3547 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3552 = slice %3551 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3553 = slice %3551 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3554 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3555 = sub %1198, %3554 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3556 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3557 = div %3555, %3556 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3558 = reduce_max %3557 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3559 = stop_gradient %3558 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3560 = broadcast %3559 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3561 = sub %3557, %3560 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3562 = exp %3561 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3563 = reduce_sum %3562 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3564 = broadcast %3563 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3565 = div %3562, %3564 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3566 = stop_gradient %3565 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3567 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3568 = broadcast %3567 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3569 = div %2888, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3570 = reduce_max %3569 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3571 = stop_gradient %3570 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3572 = broadcast %3571 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3573 = sub %3569, %3572 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3574 = exp %3573 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3575 = reduce_sum %3574 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3576 = log %3575 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3577 = broadcast %3576 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3578 = sub %3573, %3577 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3579 = mul %3566, %3578 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3580 = reduce_sum %3579 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3581 = neg %3580 : f32[2,1] @ models/lib/dino.yaml:39:21
%3582 = reduce_sum %3581 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3583 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3584 = div %3582, %3583 : f32[] @ models/lib/dino.yaml:39:16
%3585 = div %3549, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3586 = reduce_max %3585 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3587 = stop_gradient %3586 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3588 = broadcast %3587 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3589 = sub %3585, %3588 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3590 = exp %3589 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3591 = reduce_sum %3590 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3592 = log %3591 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3593 = broadcast %3592 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3594 = sub %3589, %3593 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3595 = mul %3566, %3594 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3596 = reduce_sum %3595 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3597 = neg %3596 : f32[2,1] @ models/lib/dino.yaml:39:21
%3598 = reduce_sum %3597 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3599 = div %3598, %3583 : f32[] @ models/lib/dino.yaml:39:16
%3600 = add %3584, %3599 : f32[] @ models/dino_pass.yaml:148:11
%3601 = div %3550, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3602 = reduce_max %3601 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3603 = stop_gradient %3602 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3604 = broadcast %3603 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3605 = sub %3601, %3604 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3606 = exp %3605 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3607 = reduce_sum %3606 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3608 = log %3607 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3609 = broadcast %3608 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3610 = sub %3605, %3609 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3611 = mul %3566, %3610 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3612 = reduce_sum %3611 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3613 = neg %3612 : f32[2,1] @ models/lib/dino.yaml:39:21
%3614 = reduce_sum %3613 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3615 = div %3614, %3583 : f32[] @ models/lib/dino.yaml:39:16
%3616 = add %3600, %3615 : f32[] @ models/dino_pass.yaml:148:11
%3617 = sub %1199, %3554 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3618 = div %3617, %3556 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3619 = reduce_max %3618 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3620 = stop_gradient %3619 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3621 = broadcast %3620 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3622 = sub %3618, %3621 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3623 = exp %3622 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3624 = reduce_sum %3623 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3625 = broadcast %3624 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3626 = div %3623, %3625 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3627 = stop_gradient %3626 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3628 = div %2887, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3629 = reduce_max %3628 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3630 = stop_gradient %3629 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3631 = broadcast %3630 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3632 = sub %3628, %3631 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3633 = exp %3632 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3634 = reduce_sum %3633 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3635 = log %3634 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3636 = broadcast %3635 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3637 = sub %3632, %3636 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3638 = mul %3627, %3637 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3639 = reduce_sum %3638 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3640 = neg %3639 : f32[2,1] @ models/lib/dino.yaml:39:21
%3641 = reduce_sum %3640 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3642 = div %3641, %3583 : f32[] @ models/lib/dino.yaml:39:16
%3643 = add %3616, %3642 : f32[] @ models/dino_pass.yaml:148:11
%3644 = mul %3627, %3594 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3645 = reduce_sum %3644 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3646 = neg %3645 : f32[2,1] @ models/lib/dino.yaml:39:21
%3647 = reduce_sum %3646 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3648 = div %3647, %3583 : f32[] @ models/lib/dino.yaml:39:16
%3649 = add %3643, %3648 : f32[] @ models/dino_pass.yaml:148:11
%3650 = mul %3627, %3610 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3651 = reduce_sum %3650 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3652 = neg %3651 : f32[2,1] @ models/lib/dino.yaml:39:21
%3653 = reduce_sum %3652 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3654 = div %3653, %3583 : f32[] @ models/lib/dino.yaml:39:16
%3655 = add %3649, %3654 : f32[] @ models/dino_pass.yaml:148:11
%3656 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3657 = div %3655, %3656 : f32[] @ models/dino_pass.yaml:145:3
%3658 = output %3657 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3659 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3660 = sub %1201, %3659 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3661 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3662 = div %3660, %3661 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3663 = reduce_max %3662 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3664 = stop_gradient %3663 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3665 = broadcast %3664 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3666 = sub %3662, %3665 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3667 = exp %3666 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3668 = reduce_sum %3667 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3669 = broadcast %3668 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3670 = div %3667, %3669 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3671 = stop_gradient %3670 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3672 = broadcast %3567 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3673 = div %2890, %3672 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3674 = reduce_max %3673 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3675 = stop_gradient %3674 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3676 = broadcast %3675 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3677 = sub %3673, %3676 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3678 = exp %3677 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3679 = reduce_sum %3678 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3680 = log %3679 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3681 = broadcast %3680 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3682 = sub %3677, %3681 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3683 = mul %3671, %3682 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3684 = reduce_sum %3683 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3685 = neg %3684 : f32[2,16] @ models/lib/dino.yaml:39:21
%3686 = reduce_sum %3685 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3687 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3688 = div %3686, %3687 : f32[] @ models/lib/dino.yaml:39:16
%3689 = sub %1202, %3659 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3690 = div %3689, %3661 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3691 = reduce_max %3690 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3692 = stop_gradient %3691 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3693 = broadcast %3692 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3694 = sub %3690, %3693 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3695 = exp %3694 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3696 = reduce_sum %3695 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3697 = broadcast %3696 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3698 = div %3695, %3697 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3699 = stop_gradient %3698 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3700 = div %2891, %3672 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3701 = reduce_max %3700 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3702 = stop_gradient %3701 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3703 = broadcast %3702 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3704 = sub %3700, %3703 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3705 = exp %3704 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3706 = reduce_sum %3705 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3707 = log %3706 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3708 = broadcast %3707 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3709 = sub %3704, %3708 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3710 = mul %3699, %3709 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3711 = reduce_sum %3710 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3712 = neg %3711 : f32[2,16] @ models/lib/dino.yaml:39:21
%3713 = reduce_sum %3712 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3714 = div %3713, %3687 : f32[] @ models/lib/dino.yaml:39:16
%3715 = add %3688, %3714 : f32[] @ models/dino_pass.yaml:152:11
%3716 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3717 = sub %2176, %3716 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3718 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3719 = div %3717, %3718 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3720 = reduce_max %3719 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3721 = stop_gradient %3720 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3722 = broadcast %3721 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3723 = sub %3719, %3722 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3724 = exp %3723 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3725 = reduce_sum %3724 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3726 = broadcast %3725 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3727 = div %3724, %3726 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3728 = stop_gradient %3727 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3729 = broadcast %3567 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3730 = div %3552, %3729 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3731 = reduce_max %3730 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3732 = stop_gradient %3731 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3733 = broadcast %3732 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3734 = sub %3730, %3733 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3735 = exp %3734 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3736 = reduce_sum %3735 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3737 = log %3736 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3738 = broadcast %3737 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3739 = sub %3734, %3738 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3740 = mul %3728, %3739 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3741 = reduce_sum %3740 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3742 = neg %3741 : f32[2,9] @ models/lib/dino.yaml:39:21
%3743 = reduce_sum %3742 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3744 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3745 = div %3743, %3744 : f32[] @ models/lib/dino.yaml:39:16
%3746 = add %3715, %3745 : f32[] @ models/dino_pass.yaml:152:11
%3747 = sub %2177, %3716 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3748 = div %3747, %3718 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3749 = reduce_max %3748 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3750 = stop_gradient %3749 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3751 = broadcast %3750 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3752 = sub %3748, %3751 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3753 = exp %3752 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3754 = reduce_sum %3753 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3755 = broadcast %3754 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3756 = div %3753, %3755 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3757 = stop_gradient %3756 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3758 = div %3553, %3729 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3759 = reduce_max %3758 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3760 = stop_gradient %3759 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3761 = broadcast %3760 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3762 = sub %3758, %3761 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3763 = exp %3762 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3764 = reduce_sum %3763 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3765 = log %3764 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3766 = broadcast %3765 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3767 = sub %3762, %3766 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3768 = mul %3757, %3767 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3769 = reduce_sum %3768 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3770 = neg %3769 : f32[2,9] @ models/lib/dino.yaml:39:21
%3771 = reduce_sum %3770 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3772 = div %3771, %3744 : f32[] @ models/lib/dino.yaml:39:16
%3773 = add %3746, %3772 : f32[] @ models/dino_pass.yaml:152:11
%3774 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3775 = div %3773, %3774 : f32[] @ models/dino_pass.yaml:149:3
%3776 = output %3775 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3777 = mul %3775, %3567 : f32[] @ models/dino_pass.yaml:149:3
%3778 = add %3657, %3777 : f32[] @ models/dino_pass.yaml:149:3
%3779 = output %3778 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3780 = broadcast %2436 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3781 = mul %163, %3780 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3782 = concat %1198, %1199, %2173, %2174 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3783 = reduce_sum %3782 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3784 = all_reduce_sum %3783 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3785 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3786 = broadcast %3785 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3787 = div %3784, %3786 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3788 = broadcast %3567 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3789 = mul %3788, %3787 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3790 = add %3781, %3789 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3791 = assign %163, %3790 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3792 = broadcast %2436 : f32[1,16] @ models/dino_pass.yaml:142:26
%3793 = mul %164, %3792 : f32[1,16] @ models/dino_pass.yaml:142:26
%3794 = reshape %1201 : f32[32,16] @ models/dino_pass.yaml:142:81
%3795 = reshape %1202 : f32[32,16] @ models/dino_pass.yaml:142:81
%3796 = reshape %2176 : f32[18,16] @ models/dino_pass.yaml:142:81
%3797 = reshape %2177 : f32[18,16] @ models/dino_pass.yaml:142:81
%3798 = concat %3794, %3795, %3796, %3797 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3799 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3800 = reshape %3798 : f32[100,16] @ models/lib/nn.yaml:73:26
%3801 = matmul %3799, %3800 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3802 = reshape %3801 : f32[1,16] @ models/lib/nn.yaml:73:26
%3803 = all_reduce_sum %3802 : f32[1,16] @ models/lib/nn.yaml:73:16
%3804 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3805 = broadcast %3804 : f32[1,16] @ models/lib/nn.yaml:73:52
%3806 = div %3803, %3805 : f32[1,16] @ models/lib/nn.yaml:73:52
%3807 = broadcast %3567 : f32[1,16] @ models/dino_pass.yaml:142:68
%3808 = mul %3807, %3806 : f32[1,16] @ models/dino_pass.yaml:142:68
%3809 = add %3793, %3808 : f32[1,16] @ models/dino_pass.yaml:142:44
%3810 = assign %164, %3809 : f32[1,16] @ models/dino_pass.yaml:142:13
%3811 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3812 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3813 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3814 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3815 = broadcast %3814 : f32[2,9] @ models/lib/dino.yaml:39:21
%3816 = reshape %3815 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3817 = broadcast %3816 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3818 = mul %3817, %3757 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3819 = neg %3818 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3820 = reduce_sum %3819 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3821 = div %3820, %3764 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3822 = broadcast %3821 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3823 = mul %3822, %3763 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3824 = add %3818, %3823 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3825 = div %3824, %3729 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3826 = mul %3817, %3728 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3827 = neg %3826 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3828 = reduce_sum %3827 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3829 = div %3828, %3736 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3830 = broadcast %3829 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3831 = mul %3830, %3735 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3832 = add %3826, %3831 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3833 = div %3832, %3729 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3834 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3835 = broadcast %3834 : f32[2,16] @ models/lib/dino.yaml:39:21
%3836 = reshape %3835 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3837 = broadcast %3836 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3838 = mul %3837, %3699 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3839 = neg %3838 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3840 = reduce_sum %3839 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3841 = div %3840, %3706 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3842 = broadcast %3841 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3843 = mul %3842, %3705 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3844 = add %3838, %3843 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3845 = div %3844, %3672 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3846 = mul %3837, %3671 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3847 = neg %3846 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3848 = reduce_sum %3847 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3849 = div %3848, %3679 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3850 = broadcast %3849 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3851 = mul %3850, %3678 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3852 = add %3846, %3851 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3853 = div %3852, %3672 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3854 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3855 = broadcast %3854 : f32[2,1] @ models/lib/dino.yaml:39:21
%3856 = reshape %3855 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3857 = broadcast %3856 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3858 = mul %3857, %3627 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3859 = neg %3858 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3860 = reduce_sum %3859 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3861 = div %3860, %3607 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3862 = broadcast %3861 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3863 = mul %3862, %3606 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3864 = add %3858, %3863 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3865 = div %3864, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3866 = div %3860, %3591 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3867 = broadcast %3866 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3868 = mul %3867, %3590 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3869 = add %3858, %3868 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3870 = div %3869, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3871 = div %3860, %3634 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3872 = broadcast %3871 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3873 = mul %3872, %3633 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3874 = add %3858, %3873 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3875 = div %3874, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3876 = mul %3857, %3566 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3877 = neg %3876 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3878 = reduce_sum %3877 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3879 = div %3878, %3607 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3880 = broadcast %3879 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3881 = mul %3880, %3606 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3882 = add %3876, %3881 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3883 = div %3882, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3884 = add %3865, %3883 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3885 = div %3878, %3591 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3886 = broadcast %3885 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3887 = mul %3886, %3590 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3888 = add %3876, %3887 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3889 = div %3888, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3890 = add %3870, %3889 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3891 = div %3878, %3575 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3892 = broadcast %3891 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3893 = mul %3892, %3574 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3894 = add %3876, %3893 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3895 = div %3894, %3568 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3896 = concat %3833, %3825 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3897 = concat %3890, %3884 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3898 = cast %3896 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3899 = matmul %3898, %2884 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3900 = reshape %3898 : bf16[36,16] @ models/lib/dino.yaml:23:18
%3901 = reshape %3546 : bf16[36,8] @ models/lib/dino.yaml:23:18
%3902 = matmul %3900, %3901 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3903 = cast %3902 : f32[16,8] @ models/lib/dino.yaml:22:33
%3904 = div %3903, %2881 : f32[16,8] @ models/lib/dino.yaml:22:33
%3905 = mul %3904, %2882 : f32[16,8] @ models/lib/dino.yaml:22:33
%3906 = neg %3905 : f32[16,8] @ models/lib/dino.yaml:22:33
%3907 = reduce_sum %3906 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3908 = broadcast %313 : f32[16,1] @ models/lib/dino.yaml:22:35
%3909 = mul %3907, %3908 : f32[16,1] @ models/lib/dino.yaml:22:35
%3910 = div %3909, %2880 : f32[16,1] @ models/lib/dino.yaml:22:35
%3911 = broadcast %3910 : f32[16,8] @ models/lib/dino.yaml:22:40
%3912 = mul %3911, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3913 = add %3912, %3912 : f32[16,8] @ models/lib/dino.yaml:22:53
%3914 = mul %3904, %2876 : f32[16,8] @ models/lib/dino.yaml:22:22
%3915 = add %3913, %3914 : f32[16,8] @ models/lib/dino.yaml:22:22
%3916 = cast %3899 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3917 = div %3916, %3544 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3918 = mul %3917, %3545 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3919 = neg %3918 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3920 = reduce_sum %3919 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3921 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3922 = broadcast %3921 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3923 = broadcast %313 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3924 = mul %3920, %3923 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3925 = eq %3542, %2166 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3926 = select %3925, %3924, %3922 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3927 = gt %3542, %2166 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3928 = select %3927, %3920, %3926 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3929 = mul %3928, %3923 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3930 = div %3929, %3542 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3931 = broadcast %3930 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3932 = mul %3931, %3539 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3933 = add %3917, %3932 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3934 = add %3933, %3932 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3935 = reduce_sum %3934 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3936 = reshape %3935 : f32[8] @ models/lib/nn.yaml:84:18
%3937 = cast %3934 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3938 = matmul %3937, %2865 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3939 = reshape %3937 : bf16[36,8] @ models/lib/nn.yaml:83:15
%3940 = reshape %3535 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3941 = matmul %3939, %3940 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3942 = cast %3938 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3943 = mul %3942, %3533 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3944 = mul %3942, %3530 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3945 = mul %3531, %3531 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3946 = neg %3945 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3947 = exp %3946 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3948 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3949 = broadcast %3948 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3950 = mul %3947, %3949 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3951 = mul %3944, %3950 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3952 = mul %3951, %2142 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3953 = mul %3943, %2140 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3954 = add %3952, %3953 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3955 = reduce_sum %3954 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3956 = reshape %3955 : f32[24] @ models/lib/nn.yaml:84:18
%3957 = cast %3954 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3958 = matmul %3957, %2854 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3959 = reshape %3957 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3960 = reshape %3525 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3961 = matmul %3959, %3960 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3962 = cast %3958 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3963 = mul %3962, %3523 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3964 = mul %3962, %3520 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3965 = mul %3521, %3521 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3966 = neg %3965 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3967 = exp %3966 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3968 = mul %3967, %3949 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3969 = mul %3964, %3968 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3970 = mul %3969, %2142 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3971 = mul %3963, %2140 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3972 = add %3970, %3971 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3973 = reduce_sum %3972 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3974 = reshape %3973 : f32[24] @ models/lib/nn.yaml:84:18
%3975 = cast %3972 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3976 = matmul %3975, %2843 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3977 = reshape %3975 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3978 = reshape %3515 : bf16[36,16] @ models/lib/nn.yaml:83:15
%3979 = matmul %3977, %3978 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3980 = cast %3976 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3981 = cast %3897 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3982 = matmul %3981, %2840 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3983 = reshape %3981 : bf16[4,32] @ models/lib/dino.yaml:23:18
%3984 = reshape %3513 : bf16[4,8] @ models/lib/dino.yaml:23:18
%3985 = matmul %3983, %3984 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3986 = cast %3985 : f32[32,8] @ models/lib/dino.yaml:22:33
%3987 = div %3986, %2837 : f32[32,8] @ models/lib/dino.yaml:22:33
%3988 = mul %3987, %2838 : f32[32,8] @ models/lib/dino.yaml:22:33
%3989 = neg %3988 : f32[32,8] @ models/lib/dino.yaml:22:33
%3990 = reduce_sum %3989 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%3991 = broadcast %313 : f32[32,1] @ models/lib/dino.yaml:22:35
%3992 = mul %3990, %3991 : f32[32,1] @ models/lib/dino.yaml:22:35
%3993 = div %3992, %2836 : f32[32,1] @ models/lib/dino.yaml:22:35
%3994 = broadcast %3993 : f32[32,8] @ models/lib/dino.yaml:22:40
%3995 = mul %3994, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3996 = add %3995, %3995 : f32[32,8] @ models/lib/dino.yaml:22:53
%3997 = mul %3987, %2832 : f32[32,8] @ models/lib/dino.yaml:22:22
%3998 = add %3996, %3997 : f32[32,8] @ models/lib/dino.yaml:22:22
%3999 = cast %3982 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4000 = div %3999, %3511 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4001 = mul %4000, %3512 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4002 = neg %4001 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4003 = reduce_sum %4002 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4004 = broadcast %3921 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4005 = broadcast %313 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4006 = mul %4003, %4005 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4007 = eq %3509, %1135 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4008 = select %4007, %4006, %4004 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4009 = gt %3509, %1135 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4010 = select %4009, %4003, %4008 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4011 = mul %4010, %4005 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4012 = div %4011, %3509 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4013 = broadcast %4012 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4014 = mul %4013, %3506 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4015 = add %4000, %4014 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4016 = add %4015, %4014 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4017 = reduce_sum %4016 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4018 = reshape %4017 : f32[8] @ models/lib/nn.yaml:84:18
%4019 = cast %4016 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4020 = matmul %4019, %2821 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4021 = reshape %4019 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4022 = reshape %3503 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4023 = matmul %4021, %4022 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4024 = cast %4020 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4025 = mul %4024, %3501 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4026 = mul %4024, %3498 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4027 = mul %3499, %3499 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4028 = neg %4027 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4029 = exp %4028 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4030 = broadcast %3948 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4031 = mul %4029, %4030 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4032 = mul %4026, %4031 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4033 = mul %4032, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4034 = mul %4025, %1106 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4035 = add %4033, %4034 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4036 = reduce_sum %4035 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4037 = reshape %4036 : f32[24] @ models/lib/nn.yaml:84:18
%4038 = cast %4035 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4039 = matmul %4038, %2810 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4040 = reshape %4038 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4041 = reshape %3494 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4042 = matmul %4040, %4041 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4043 = cast %4039 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4044 = mul %4043, %3492 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4045 = mul %4043, %3489 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4046 = mul %3490, %3490 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4047 = neg %4046 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4048 = exp %4047 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4049 = mul %4048, %4030 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4050 = mul %4045, %4049 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4051 = mul %4050, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4052 = mul %4044, %1106 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4053 = add %4051, %4052 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4054 = reduce_sum %4053 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4055 = reshape %4054 : f32[24] @ models/lib/nn.yaml:84:18
%4056 = cast %4053 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4057 = matmul %4056, %2799 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4058 = reshape %4056 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4059 = reshape %3485 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4060 = matmul %4058, %4059 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4061 = cast %4057 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4062 = concat %4061, %3980 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4063 = reduce_sum %4062 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4064 = reshape %4063 : f32[16] @ models/lib/nn.yaml:96:46
%4065 = mul %4062, %3480 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4066 = mul %4062, %3479 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4067 = reduce_sum %4066 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4068 = reshape %4067 : f32[16] @ models/lib/nn.yaml:96:37
%4069 = mul %4065, %3478 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4070 = mul %4065, %3472 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4071 = reduce_sum %4070 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4072 = mul %3477, %3477 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4073 = mul %3477, %4072 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4074 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4075 = broadcast %4074 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4076 = mul %4073, %4075 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4077 = mul %4071, %4076 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4078 = div %4077, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4079 = broadcast %4078 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4080 = mul %4079, %3472 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4081 = add %4069, %4080 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4082 = add %4081, %4080 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4083 = neg %4082 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4084 = reduce_sum %4083 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4085 = div %4084, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4086 = broadcast %4085 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4087 = add %4082, %4086 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4088 = slice %4087 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4089 = slice %4087 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4090 = reduce_sum %4088 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4091 = reshape %4090 : f32[16] @ models/lib/nn.yaml:84:18
%4092 = cast %4088 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4093 = matmul %4092, %2775 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4094 = reshape %4092 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4095 = reshape %3463 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4096 = matmul %4094, %4095 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4097 = cast %4093 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4098 = mul %4097, %3461 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4099 = mul %4097, %3458 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4100 = mul %3459, %3459 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4101 = neg %4100 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4102 = exp %4101 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4103 = broadcast %3948 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4104 = mul %4102, %4103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4105 = mul %4099, %4104 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4106 = mul %4105, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4107 = mul %4098, %929 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4108 = add %4106, %4107 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4109 = reduce_sum %4108 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4110 = reshape %4109 : f32[64] @ models/lib/nn.yaml:84:18
%4111 = cast %4108 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4112 = matmul %4111, %2764 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4113 = reshape %4111 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4114 = reshape %3454 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4115 = matmul %4113, %4114 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4116 = cast %4112 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4117 = reduce_sum %4116 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4118 = reshape %4117 : f32[16] @ models/lib/nn.yaml:96:46
%4119 = mul %4116, %2759 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4120 = mul %4116, %3451 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4121 = reduce_sum %4120 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4122 = reshape %4121 : f32[16] @ models/lib/nn.yaml:96:37
%4123 = mul %4119, %3450 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4124 = mul %4119, %3444 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4125 = reduce_sum %4124 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4126 = mul %3449, %3449 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4127 = mul %3449, %4126 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4128 = broadcast %4074 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4129 = mul %4127, %4128 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4130 = mul %4125, %4129 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4131 = div %4130, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4132 = broadcast %4131 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4133 = mul %4132, %3444 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4134 = add %4123, %4133 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4135 = add %4134, %4133 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4136 = add %4088, %4135 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4137 = neg %4135 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4138 = reduce_sum %4137 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4139 = div %4138, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4140 = broadcast %4139 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4141 = add %4136, %4140 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4142 = reduce_sum %4141 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4143 = reshape %4142 : f32[16] @ models/lib/nn.yaml:84:18
%4144 = cast %4141 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4145 = matmul %4144, %2742 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4146 = reshape %4144 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4147 = reshape %3435 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4148 = matmul %4146, %4147 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4149 = reshape %4145 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4150 = permute %4149 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4151 = cast %4150 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4152 = cast %3425 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4153 = permute %4152 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4154 = slice %4151 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4155 = broadcast %4154 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4156 = slice %4153 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4157 = mul %4155, %4156 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4158 = slice %4151 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4159 = broadcast %4158 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4160 = slice %4153 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4161 = mul %4159, %4160 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4162 = add %4157, %4161 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4163 = slice %4151 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4164 = broadcast %4163 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4165 = slice %4153 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4166 = mul %4164, %4165 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4167 = add %4162, %4166 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4168 = slice %4151 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4169 = broadcast %4168 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4170 = slice %4153 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4171 = mul %4169, %4170 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4172 = add %4167, %4171 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4173 = slice %4151 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4174 = broadcast %4173 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4175 = slice %4153 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4176 = mul %4174, %4175 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4177 = add %4172, %4176 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4178 = slice %4151 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4179 = broadcast %4178 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4180 = slice %4153 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4181 = mul %4179, %4180 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4182 = add %4177, %4181 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4183 = slice %4151 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4184 = broadcast %4183 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4185 = slice %4153 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4186 = mul %4184, %4185 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4187 = add %4182, %4186 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4188 = slice %4151 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4189 = broadcast %4188 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4190 = slice %4153 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4191 = mul %4189, %4190 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4192 = add %4187, %4191 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4193 = cast %4192 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4194 = cast %3422 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4195 = permute %4194 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4196 = cast %4150 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4197 = broadcast %4195 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4198 = broadcast %4196 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4199 = mul %4197, %4198 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4200 = cast %4199 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4201 = cast %4193 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4202 = div %4201, %3420 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4203 = mul %4202, %3421 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4204 = neg %4203 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4205 = reduce_sum %4204 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4206 = broadcast %4205 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4207 = add %4202, %4206 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4208 = mul %4207, %3418 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4209 = mul %4208, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4210 = cast %4209 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4211 = cast %4210 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4212 = cast %3368 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4213 = reshape %4211 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4214 = broadcast %4213 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4215 = reshape %4212 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4216 = broadcast %4215 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4217 = mul %4214, %4216 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4218 = reduce_sum %4217 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4219 = cast %4218 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4220 = cast %4210 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4221 = permute %4220 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4222 = cast %3365 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4223 = broadcast %4221 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4224 = broadcast %4222 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4225 = mul %4223, %4224 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4226 = cast %4225 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4227 = cast %4200 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4228 = permute %4227 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4229 = reshape %4228 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4230 = reduce_sum %4229 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4231 = reshape %4230 : f32[16] @ models/lib/nn.yaml:84:18
%4232 = permute %4200 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4233 = reshape %4232 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4234 = matmul %4233, %2663 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4235 = reshape %4232 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4236 = reshape %3350 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4237 = matmul %4235, %4236 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4238 = cast %4226 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4239 = permute %4238 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4240 = reshape %4239 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4241 = reduce_sum %4240 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4242 = reshape %4241 : f32[16] @ models/lib/nn.yaml:84:18
%4243 = permute %4226 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4244 = reshape %4243 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4245 = matmul %4244, %2658 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4246 = cast %4234 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4247 = cast %4245 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4248 = add %4246, %4247 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4249 = reshape %4243 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4250 = matmul %4249, %4236 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4251 = cast %4219 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4252 = permute %4251 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4253 = reshape %4252 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4254 = reduce_sum %4253 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4255 = reshape %4254 : f32[16] @ models/lib/nn.yaml:84:18
%4256 = permute %4219 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4257 = reshape %4256 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4258 = matmul %4257, %2653 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4259 = reshape %4256 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4260 = reshape %3351 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4261 = matmul %4259, %4260 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4262 = cast %4258 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4263 = pad %4262 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4264 = add %4248, %4263 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4265 = reduce_sum %4264 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4266 = reshape %4265 : f32[16] @ models/lib/nn.yaml:96:46
%4267 = mul %4264, %3346 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4268 = mul %4264, %3345 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4269 = reduce_sum %4268 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4270 = reshape %4269 : f32[16] @ models/lib/nn.yaml:96:37
%4271 = mul %4267, %3344 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4272 = mul %4267, %3338 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4273 = reduce_sum %4272 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4274 = mul %3343, %3343 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4275 = mul %3343, %4274 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4276 = mul %4275, %4075 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4277 = mul %4273, %4276 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4278 = div %4277, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4279 = broadcast %4278 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4280 = mul %4279, %3338 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4281 = add %4271, %4280 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4282 = add %4281, %4280 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4283 = neg %4282 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4284 = reduce_sum %4283 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4285 = div %4284, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4286 = broadcast %4285 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4287 = add %4282, %4286 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4288 = slice %4287 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4289 = add %4141, %4288 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4290 = slice %4287 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4291 = add %4089, %4290 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4292 = reduce_sum %4289 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4293 = reshape %4292 : f32[16] @ models/lib/nn.yaml:84:18
%4294 = cast %4289 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4295 = matmul %4294, %2629 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4296 = reshape %4294 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4297 = reshape %3329 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4298 = matmul %4296, %4297 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4299 = cast %4295 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4300 = mul %4299, %3327 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4301 = mul %4299, %3324 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4302 = mul %3325, %3325 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4303 = neg %4302 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4304 = exp %4303 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4305 = mul %4304, %4103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4306 = mul %4301, %4305 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4307 = mul %4306, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4308 = mul %4300, %929 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4309 = add %4307, %4308 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4310 = reduce_sum %4309 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4311 = reshape %4310 : f32[64] @ models/lib/nn.yaml:84:18
%4312 = cast %4309 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4313 = matmul %4312, %2618 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4314 = reshape %4312 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4315 = reshape %3320 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4316 = matmul %4314, %4315 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4317 = cast %4313 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4318 = reduce_sum %4317 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4319 = reshape %4318 : f32[16] @ models/lib/nn.yaml:96:46
%4320 = mul %4317, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4321 = mul %4317, %3317 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4322 = reduce_sum %4321 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4323 = reshape %4322 : f32[16] @ models/lib/nn.yaml:96:37
%4324 = mul %4320, %3316 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4325 = mul %4320, %3310 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4326 = reduce_sum %4325 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4327 = mul %3315, %3315 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4328 = mul %3315, %4327 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4329 = mul %4328, %4128 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4330 = mul %4326, %4329 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4331 = div %4330, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4332 = broadcast %4331 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4333 = mul %4332, %3310 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4334 = add %4324, %4333 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4335 = add %4334, %4333 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4336 = add %4289, %4335 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4337 = neg %4335 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4338 = reduce_sum %4337 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4339 = div %4338, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4340 = broadcast %4339 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4341 = add %4336, %4340 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4342 = reduce_sum %4341 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4343 = reshape %4342 : f32[16] @ models/lib/nn.yaml:84:18
%4344 = cast %4341 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4345 = matmul %4344, %2596 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4346 = reshape %4344 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4347 = reshape %3301 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4348 = matmul %4346, %4347 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4349 = reshape %4345 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4350 = permute %4349 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4351 = cast %4350 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4352 = cast %3291 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4353 = permute %4352 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4354 = slice %4351 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4355 = broadcast %4354 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4356 = slice %4353 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4357 = mul %4355, %4356 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4358 = slice %4351 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4359 = broadcast %4358 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4360 = slice %4353 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4361 = mul %4359, %4360 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4362 = add %4357, %4361 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4363 = slice %4351 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4364 = broadcast %4363 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4365 = slice %4353 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4366 = mul %4364, %4365 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4367 = add %4362, %4366 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4368 = slice %4351 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4369 = broadcast %4368 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4370 = slice %4353 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4371 = mul %4369, %4370 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4372 = add %4367, %4371 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4373 = slice %4351 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4374 = broadcast %4373 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4375 = slice %4353 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4376 = mul %4374, %4375 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4377 = add %4372, %4376 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4378 = slice %4351 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4379 = broadcast %4378 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4380 = slice %4353 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4381 = mul %4379, %4380 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4382 = add %4377, %4381 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4383 = slice %4351 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4384 = broadcast %4383 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4385 = slice %4353 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4386 = mul %4384, %4385 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4387 = add %4382, %4386 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4388 = slice %4351 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4389 = broadcast %4388 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4390 = slice %4353 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4391 = mul %4389, %4390 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4392 = add %4387, %4391 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4393 = cast %4392 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4394 = cast %3288 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4395 = permute %4394 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4396 = cast %4350 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4397 = broadcast %4395 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4398 = broadcast %4396 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4399 = mul %4397, %4398 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4400 = cast %4399 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4401 = cast %4393 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4402 = div %4401, %3286 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4403 = mul %4402, %3287 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4404 = neg %4403 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4405 = reduce_sum %4404 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4406 = broadcast %4405 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4407 = add %4402, %4406 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4408 = mul %4407, %3284 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4409 = mul %4408, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4410 = cast %4409 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4411 = cast %4410 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4412 = cast %3234 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4413 = reshape %4411 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4414 = broadcast %4413 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4415 = reshape %4412 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4416 = broadcast %4415 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4417 = mul %4414, %4416 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4418 = reduce_sum %4417 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4419 = cast %4418 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4420 = cast %4410 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4421 = permute %4420 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4422 = cast %3231 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4423 = broadcast %4421 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4424 = broadcast %4422 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4425 = mul %4423, %4424 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4426 = cast %4425 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4427 = cast %4400 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4428 = permute %4427 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4429 = reshape %4428 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4430 = reduce_sum %4429 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4431 = reshape %4430 : f32[16] @ models/lib/nn.yaml:84:18
%4432 = permute %4400 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4433 = reshape %4432 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4434 = matmul %4433, %2517 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4435 = reshape %4432 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4436 = reshape %3216 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4437 = matmul %4435, %4436 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4438 = cast %4426 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4439 = permute %4438 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4440 = reshape %4439 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4441 = reduce_sum %4440 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4442 = reshape %4441 : f32[16] @ models/lib/nn.yaml:84:18
%4443 = permute %4426 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4444 = reshape %4443 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4445 = matmul %4444, %2512 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4446 = cast %4434 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4447 = cast %4445 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4448 = add %4446, %4447 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4449 = reshape %4443 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4450 = matmul %4449, %4436 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4451 = cast %4419 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4452 = permute %4451 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4453 = reshape %4452 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4454 = reduce_sum %4453 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4455 = reshape %4454 : f32[16] @ models/lib/nn.yaml:84:18
%4456 = permute %4419 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4457 = reshape %4456 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4458 = matmul %4457, %2507 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4459 = reshape %4456 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4460 = reshape %3217 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4461 = matmul %4459, %4460 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4462 = cast %4458 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4463 = pad %4462 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4464 = add %4448, %4463 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4465 = reduce_sum %4464 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4466 = reshape %4465 : f32[16] @ models/lib/nn.yaml:96:46
%4467 = mul %4464, %3212 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4468 = mul %4464, %3211 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4469 = reduce_sum %4468 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4470 = reshape %4469 : f32[16] @ models/lib/nn.yaml:96:37
%4471 = mul %4467, %3210 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4472 = mul %4467, %3204 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4473 = reduce_sum %4472 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4474 = mul %3209, %3209 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4475 = mul %3209, %4474 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4476 = mul %4475, %4075 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4477 = mul %4473, %4476 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4478 = div %4477, %1819 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4479 = broadcast %4478 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4480 = mul %4479, %3204 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4481 = add %4471, %4480 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4482 = add %4481, %4480 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4483 = neg %4482 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4484 = reduce_sum %4483 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4485 = div %4484, %1819 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4486 = broadcast %4485 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4487 = add %4482, %4486 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4488 = slice %4487 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4489 = add %4341, %4488 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4490 = slice %4487 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4491 = add %4291, %4490 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4492 = reduce_sum %4489 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4493 = mul %4491, %3197 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4494 = div %4493, %3153 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4495 = reduce_sum %4494 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4496 = reshape %4495 : f32[16] @ models/lib/nn.yaml:84:18
%4497 = cast %4494 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4498 = matmul %4497, %2475 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4499 = reshape %4497 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4500 = reshape %3187 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4501 = matmul %4499, %4500 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4502 = cast %4498 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4503 = mul %4502, %3185 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4504 = mul %4502, %3182 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4505 = mul %3183, %3183 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4506 = neg %4505 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4507 = exp %4506 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4508 = broadcast %3948 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4509 = mul %4507, %4508 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4510 = mul %4504, %4509 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4511 = mul %4510, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4512 = mul %4503, %1356 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4513 = add %4511, %4512 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4514 = reduce_sum %4513 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4515 = reshape %4514 : f32[64] @ models/lib/nn.yaml:84:18
%4516 = cast %4513 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4517 = matmul %4516, %2464 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4518 = reshape %4516 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4519 = reshape %3177 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4520 = matmul %4518, %4519 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4521 = cast %4517 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4522 = reduce_sum %4521 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4523 = reshape %4522 : f32[16] @ models/lib/nn.yaml:96:46
%4524 = mul %4521, %3173 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4525 = mul %4521, %3172 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4526 = reduce_sum %4525 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4527 = reshape %4526 : f32[16] @ models/lib/nn.yaml:96:37
%4528 = mul %4524, %3171 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4529 = mul %4524, %3165 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4530 = reduce_sum %4529 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4531 = mul %3170, %3170 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4532 = mul %3170, %4531 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4533 = broadcast %4074 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4534 = mul %4532, %4533 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4535 = mul %4530, %4534 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4536 = div %4535, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4537 = broadcast %4536 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4538 = mul %4537, %3165 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4539 = add %4528, %4538 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4540 = add %4539, %4538 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4541 = add %4491, %4540 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4542 = neg %4540 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4543 = reduce_sum %4542 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4544 = div %4543, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4545 = broadcast %4544 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4546 = add %4541, %4545 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4547 = mul %4546, %3159 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4548 = div %4547, %3153 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4549 = reduce_sum %4548 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4550 = reshape %4549 : f32[16] @ models/lib/nn.yaml:84:18
%4551 = cast %4548 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4552 = matmul %4551, %2431 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4553 = reshape %4551 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4554 = reshape %3147 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4555 = matmul %4553, %4554 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4556 = reshape %4552 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4557 = permute %4556 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4558 = cast %4557 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4559 = cast %3137 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4560 = permute %4559 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4561 = slice %4558 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4562 = broadcast %4561 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4563 = slice %4560 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4564 = broadcast %4563 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4565 = mul %4562, %4564 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4566 = slice %4558 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4567 = broadcast %4566 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4568 = slice %4560 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4569 = broadcast %4568 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4570 = mul %4567, %4569 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4571 = add %4565, %4570 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4572 = slice %4558 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4573 = broadcast %4572 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4574 = slice %4560 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4575 = broadcast %4574 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4576 = mul %4573, %4575 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4577 = add %4571, %4576 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4578 = slice %4558 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4579 = broadcast %4578 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4580 = slice %4560 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4581 = broadcast %4580 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4582 = mul %4579, %4581 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4583 = add %4577, %4582 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4584 = slice %4558 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4585 = broadcast %4584 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4586 = slice %4560 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4587 = broadcast %4586 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4588 = mul %4585, %4587 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4589 = add %4583, %4588 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4590 = slice %4558 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4591 = broadcast %4590 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4592 = slice %4560 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4593 = broadcast %4592 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4594 = mul %4591, %4593 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4595 = add %4589, %4594 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4596 = slice %4558 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4597 = broadcast %4596 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4598 = slice %4560 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4599 = broadcast %4598 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4600 = mul %4597, %4599 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4601 = add %4595, %4600 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4602 = slice %4558 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4603 = broadcast %4602 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4604 = slice %4560 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4605 = broadcast %4604 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4606 = mul %4603, %4605 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4607 = add %4601, %4606 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4608 = cast %4607 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4609 = cast %3135 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4610 = permute %4609 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4611 = cast %4557 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4612 = reshape %4610 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4613 = broadcast %4612 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4614 = reshape %4611 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4615 = broadcast %4614 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4616 = mul %4613, %4615 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4617 = reduce_sum %4616 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4618 = cast %4617 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4619 = cast %4608 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4620 = div %4619, %3133 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4621 = mul %4620, %3134 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4622 = neg %4621 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4623 = reduce_sum %4622 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4624 = broadcast %4623 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4625 = add %4620, %4624 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4626 = mul %4625, %3131 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4627 = mul %4626, %1306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4628 = cast %4627 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4629 = cast %4628 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4630 = cast %3073 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4631 = reshape %4629 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4632 = broadcast %4631 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4633 = reshape %4630 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4634 = broadcast %4633 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4635 = mul %4632, %4634 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4636 = reduce_sum %4635 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4637 = cast %4636 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4638 = cast %4628 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4639 = permute %4638 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4640 = cast %3071 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4641 = reshape %4639 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4642 = broadcast %4641 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4643 = reshape %4640 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4644 = broadcast %4643 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4645 = mul %4642, %4644 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4646 = reduce_sum %4645 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4647 = cast %4646 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4648 = cast %4618 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4649 = reshape %4648 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4650 = cast %4647 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4651 = reshape %4650 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4652 = cast %4637 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4653 = reshape %4652 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4654 = concat %4653, %4651, %4649 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4655 = permute %4654 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4656 = reshape %4655 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4657 = reduce_sum %4656 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4658 = reshape %4657 : f32[48] @ models/lib/nn.yaml:84:18
%4659 = cast %4656 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4660 = matmul %4659, %2344 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4661 = reshape %4659 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4662 = reshape %3062 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4663 = matmul %4661, %4662 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4664 = cast %4660 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4665 = reduce_sum %4664 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4666 = reshape %4665 : f32[16] @ models/lib/nn.yaml:96:46
%4667 = mul %4664, %3058 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4668 = mul %4664, %3057 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4669 = reduce_sum %4668 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4670 = reshape %4669 : f32[16] @ models/lib/nn.yaml:96:37
%4671 = mul %4667, %3056 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4672 = mul %4667, %3050 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4673 = reduce_sum %4672 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4674 = mul %3055, %3055 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4675 = mul %3055, %4674 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4676 = mul %4675, %4533 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4677 = mul %4673, %4676 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4678 = div %4677, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4679 = broadcast %4678 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4680 = mul %4679, %3050 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4681 = add %4671, %4680 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4682 = add %4681, %4680 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4683 = add %4546, %4682 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4684 = neg %4682 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4685 = reduce_sum %4684 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4686 = div %4685, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4687 = broadcast %4686 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4688 = add %4683, %4687 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4689 = reduce_sum %4688 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4690 = reshape %4689 : f32[16] @ models/lib/nn.yaml:84:18
%4691 = cast %4688 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4692 = matmul %4691, %2322 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4693 = reshape %4691 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4694 = reshape %3041 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4695 = matmul %4693, %4694 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4696 = cast %4692 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4697 = mul %4696, %3039 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4698 = mul %4696, %3036 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4699 = mul %3037, %3037 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4700 = neg %4699 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4701 = exp %4700 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4702 = mul %4701, %4508 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4703 = mul %4698, %4702 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4704 = mul %4703, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4705 = mul %4697, %1356 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4706 = add %4704, %4705 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4707 = reduce_sum %4706 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4708 = reshape %4707 : f32[64] @ models/lib/nn.yaml:84:18
%4709 = cast %4706 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4710 = matmul %4709, %2311 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4711 = reshape %4709 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4712 = reshape %3031 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4713 = matmul %4711, %4712 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4714 = cast %4710 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4715 = reduce_sum %4714 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4716 = reshape %4715 : f32[16] @ models/lib/nn.yaml:96:46
%4717 = mul %4714, %3027 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4718 = mul %4714, %3026 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4719 = reduce_sum %4718 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4720 = reshape %4719 : f32[16] @ models/lib/nn.yaml:96:37
%4721 = mul %4717, %3025 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4722 = mul %4717, %3019 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4723 = reduce_sum %4722 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4724 = mul %3024, %3024 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4725 = mul %3024, %4724 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4726 = mul %4725, %4533 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4727 = mul %4723, %4726 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4728 = div %4727, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4729 = broadcast %4728 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4730 = mul %4729, %3019 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4731 = add %4721, %4730 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4732 = add %4731, %4730 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4733 = add %4688, %4732 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4734 = neg %4732 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4735 = reduce_sum %4734 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4736 = div %4735, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4737 = broadcast %4736 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4738 = add %4733, %4737 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4739 = reduce_sum %4738 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4740 = reshape %4739 : f32[16] @ models/lib/nn.yaml:84:18
%4741 = cast %4738 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4742 = matmul %4741, %2289 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4743 = reshape %4741 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4744 = reshape %3009 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4745 = matmul %4743, %4744 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4746 = reshape %4742 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4747 = permute %4746 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4748 = cast %4747 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4749 = cast %2999 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4750 = permute %4749 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4751 = slice %4748 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4752 = broadcast %4751 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4753 = slice %4750 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4754 = broadcast %4753 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4755 = mul %4752, %4754 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4756 = slice %4748 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4757 = broadcast %4756 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4758 = slice %4750 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4759 = broadcast %4758 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4760 = mul %4757, %4759 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4761 = add %4755, %4760 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4762 = slice %4748 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4763 = broadcast %4762 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4764 = slice %4750 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4765 = broadcast %4764 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4766 = mul %4763, %4765 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4767 = add %4761, %4766 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4768 = slice %4748 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4769 = broadcast %4768 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4770 = slice %4750 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4771 = broadcast %4770 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4772 = mul %4769, %4771 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4773 = add %4767, %4772 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4774 = slice %4748 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4775 = broadcast %4774 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4776 = slice %4750 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4777 = broadcast %4776 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4778 = mul %4775, %4777 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4779 = add %4773, %4778 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4780 = slice %4748 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4781 = broadcast %4780 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4782 = slice %4750 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4783 = broadcast %4782 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4784 = mul %4781, %4783 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4785 = add %4779, %4784 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4786 = slice %4748 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4787 = broadcast %4786 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4788 = slice %4750 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4789 = broadcast %4788 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4790 = mul %4787, %4789 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4791 = add %4785, %4790 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4792 = slice %4748 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4793 = broadcast %4792 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4794 = slice %4750 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4795 = broadcast %4794 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4796 = mul %4793, %4795 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4797 = add %4791, %4796 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4798 = cast %4797 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4799 = cast %2997 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4800 = permute %4799 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4801 = cast %4747 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4802 = reshape %4800 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4803 = broadcast %4802 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4804 = reshape %4801 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4805 = broadcast %4804 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4806 = mul %4803, %4805 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4807 = reduce_sum %4806 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4808 = cast %4807 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4809 = cast %4798 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4810 = div %4809, %2995 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4811 = mul %4810, %2996 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4812 = neg %4811 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4813 = reduce_sum %4812 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4814 = broadcast %4813 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4815 = add %4810, %4814 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4816 = mul %4815, %2993 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4817 = mul %4816, %1306 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4818 = cast %4817 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4819 = cast %4818 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4820 = cast %2935 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4821 = reshape %4819 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4822 = broadcast %4821 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4823 = reshape %4820 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4824 = broadcast %4823 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4825 = mul %4822, %4824 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4826 = reduce_sum %4825 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4827 = cast %4826 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4828 = cast %4818 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4829 = permute %4828 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4830 = cast %2933 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4831 = reshape %4829 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4832 = broadcast %4831 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4833 = reshape %4830 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4834 = broadcast %4833 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4835 = mul %4832, %4834 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4836 = reduce_sum %4835 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4837 = cast %4836 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4838 = cast %4808 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4839 = reshape %4838 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4840 = cast %4837 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4841 = reshape %4840 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4842 = cast %4827 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4843 = reshape %4842 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4844 = concat %4843, %4841, %4839 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4845 = permute %4844 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4846 = reshape %4845 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4847 = reduce_sum %4846 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4848 = reshape %4847 : f32[48] @ models/lib/nn.yaml:84:18
%4849 = cast %4846 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4850 = matmul %4849, %2202 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4851 = reshape %4849 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4852 = reshape %2924 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4853 = matmul %4851, %4852 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4854 = cast %4850 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4855 = reduce_sum %4854 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4856 = reshape %4855 : f32[16] @ models/lib/nn.yaml:96:46
%4857 = mul %4854, %2920 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4858 = mul %4854, %2919 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4859 = reduce_sum %4858 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4860 = reshape %4859 : f32[16] @ models/lib/nn.yaml:96:37
%4861 = mul %4857, %2918 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4862 = mul %4857, %2912 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4863 = reduce_sum %4862 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4864 = mul %2917, %2917 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4865 = mul %2917, %4864 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4866 = mul %4865, %4533 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4867 = mul %4863, %4866 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4868 = div %4867, %1227 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4869 = broadcast %4868 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4870 = mul %4869, %2912 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4871 = add %4861, %4870 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4872 = add %4871, %4870 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4873 = add %4738, %4872 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4874 = neg %4872 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4875 = reduce_sum %4874 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4876 = div %4875, %1227 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4877 = broadcast %4876 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4878 = add %4873, %4877 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4879 = reduce_sum %4878 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4880 = cast %4879 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%4881 = reshape %4880 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%4882 = permute %4881 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%4883 = reshape %4882 : bf16[3,48] @ models/lib/vit.yaml:35:21
%4884 = matmul %1213, %4883 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%4885 = reshape %4884 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%4886 = permute %4885 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%4887 = reshape %4886 : bf16[3,64] @ models/lib/vit.yaml:33:21
%4888 = matmul %1213, %4887 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%4889 = cast %4888 : f32[4,64] @ models/lib/vit.yaml:32:17
%4890 = reshape %4889 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4891 = reduce_sum %4878 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4892 = reshape %4891 : f32[16] @ models/lib/vit.yaml:17:71
%4893 = reshape %4878 : f32[36,16] @ models/lib/vit.yaml:17:18
%4894 = cast %4893 : bf16[36,16] @ models/lib/vit.yaml:17:18
%4895 = reshape %1205 : bf16[36,48] @ models/lib/vit.yaml:17:18
%4896 = matmul %4894, %4895 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%4897 = cast %4896 : f32[16,48] @ models/lib/vit.yaml:17:20
%4898 = reshape %4897 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4899 = concat %3853, %3845 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4900 = concat %3875, %3895 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4901 = cast %4899 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%4902 = matmul %4901, %2884 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%4903 = reshape %4901 : bf16[64,16] @ models/lib/dino.yaml:23:18
%4904 = reshape %2883 : bf16[64,8] @ models/lib/dino.yaml:23:18
%4905 = matmul %4903, %4904 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4906 = cast %4905 : f32[16,8] @ models/lib/dino.yaml:22:33
%4907 = div %4906, %2881 : f32[16,8] @ models/lib/dino.yaml:22:33
%4908 = mul %4907, %2882 : f32[16,8] @ models/lib/dino.yaml:22:33
%4909 = neg %4908 : f32[16,8] @ models/lib/dino.yaml:22:33
%4910 = reduce_sum %4909 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4911 = mul %4910, %3908 : f32[16,1] @ models/lib/dino.yaml:22:35
%4912 = div %4911, %2880 : f32[16,1] @ models/lib/dino.yaml:22:35
%4913 = broadcast %4912 : f32[16,8] @ models/lib/dino.yaml:22:40
%4914 = mul %4913, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4915 = add %3915, %4914 : f32[16,8] @ models/lib/dino.yaml:22:53
%4916 = add %4915, %4914 : f32[16,8] @ models/lib/dino.yaml:22:53
%4917 = mul %4907, %2876 : f32[16,8] @ models/lib/dino.yaml:22:22
%4918 = add %4916, %4917 : f32[16,8] @ models/lib/dino.yaml:22:22
%4919 = cast %4902 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4920 = div %4919, %2874 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4921 = mul %4920, %2875 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4922 = neg %4921 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4923 = reduce_sum %4922 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4924 = broadcast %3921 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4925 = broadcast %313 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4926 = mul %4923, %4925 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4927 = eq %2872, %1183 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4928 = select %4927, %4926, %4924 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4929 = gt %2872, %1183 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4930 = select %4929, %4923, %4928 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4931 = mul %4930, %4925 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4932 = div %4931, %2872 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4933 = broadcast %4932 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4934 = mul %4933, %2869 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4935 = add %4920, %4934 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4936 = add %4935, %4934 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4937 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4938 = reshape %4936 : f32[64,8] @ models/lib/nn.yaml:84:18
%4939 = matmul %4937, %4938 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4940 = reshape %4939 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4941 = reshape %4940 : f32[8] @ models/lib/nn.yaml:84:18
%4942 = add %3936, %4941 : f32[8] @ models/lib/nn.yaml:84:18
%4943 = cast %4936 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%4944 = matmul %4943, %2865 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4945 = reshape %4943 : bf16[64,8] @ models/lib/nn.yaml:83:15
%4946 = reshape %2864 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4947 = matmul %4945, %4946 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4948 = cast %3941 : f32[8,24] @ models/lib/nn.yaml:83:15
%4949 = cast %4947 : f32[8,24] @ models/lib/nn.yaml:83:15
%4950 = add %4948, %4949 : f32[8,24] @ models/lib/nn.yaml:83:15
%4951 = cast %4944 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4952 = mul %4951, %2862 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4953 = mul %4951, %2859 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4954 = mul %2860, %2860 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4955 = neg %4954 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4956 = exp %4955 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4957 = broadcast %3948 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4958 = mul %4956, %4957 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4959 = mul %4953, %4958 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4960 = mul %4959, %1157 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4961 = mul %4952, %1155 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4962 = add %4960, %4961 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4963 = reshape %4962 : f32[64,24] @ models/lib/nn.yaml:84:18
%4964 = matmul %4937, %4963 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4965 = reshape %4964 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4966 = reshape %4965 : f32[24] @ models/lib/nn.yaml:84:18
%4967 = add %3956, %4966 : f32[24] @ models/lib/nn.yaml:84:18
%4968 = cast %4962 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4969 = matmul %4968, %2854 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4970 = reshape %4968 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4971 = reshape %2853 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4972 = matmul %4970, %4971 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4973 = cast %3961 : f32[24,24] @ models/lib/nn.yaml:83:15
%4974 = cast %4972 : f32[24,24] @ models/lib/nn.yaml:83:15
%4975 = add %4973, %4974 : f32[24,24] @ models/lib/nn.yaml:83:15
%4976 = cast %4969 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4977 = mul %4976, %2851 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4978 = mul %4976, %2848 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4979 = mul %2849, %2849 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4980 = neg %4979 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4981 = exp %4980 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4982 = mul %4981, %4957 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4983 = mul %4978, %4982 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4984 = mul %4983, %1157 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4985 = mul %4977, %1155 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4986 = add %4984, %4985 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4987 = reshape %4986 : f32[64,24] @ models/lib/nn.yaml:84:18
%4988 = matmul %4937, %4987 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4989 = reshape %4988 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4990 = reshape %4989 : f32[24] @ models/lib/nn.yaml:84:18
%4991 = add %3974, %4990 : f32[24] @ models/lib/nn.yaml:84:18
%4992 = cast %4986 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4993 = matmul %4992, %2843 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4994 = reshape %4992 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4995 = reshape %2842 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4996 = matmul %4994, %4995 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4997 = cast %3979 : f32[24,16] @ models/lib/nn.yaml:83:15
%4998 = cast %4996 : f32[24,16] @ models/lib/nn.yaml:83:15
%4999 = add %4997, %4998 : f32[24,16] @ models/lib/nn.yaml:83:15
%5000 = cast %4993 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%5001 = cast %4900 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5002 = matmul %5001, %2840 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5003 = reshape %5001 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5004 = reshape %2839 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5005 = matmul %5003, %5004 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5006 = cast %5005 : f32[32,8] @ models/lib/dino.yaml:22:33
%5007 = div %5006, %2837 : f32[32,8] @ models/lib/dino.yaml:22:33
%5008 = mul %5007, %2838 : f32[32,8] @ models/lib/dino.yaml:22:33
%5009 = neg %5008 : f32[32,8] @ models/lib/dino.yaml:22:33
%5010 = reduce_sum %5009 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5011 = mul %5010, %3991 : f32[32,1] @ models/lib/dino.yaml:22:35
%5012 = div %5011, %2836 : f32[32,1] @ models/lib/dino.yaml:22:35
%5013 = broadcast %5012 : f32[32,8] @ models/lib/dino.yaml:22:40
%5014 = mul %5013, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5015 = add %3998, %5014 : f32[32,8] @ models/lib/dino.yaml:22:53
%5016 = add %5015, %5014 : f32[32,8] @ models/lib/dino.yaml:22:53
%5017 = mul %5007, %2832 : f32[32,8] @ models/lib/dino.yaml:22:22
%5018 = add %5016, %5017 : f32[32,8] @ models/lib/dino.yaml:22:22
%5019 = cast %5002 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5020 = div %5019, %2830 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5021 = mul %5020, %2831 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5022 = neg %5021 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5023 = reduce_sum %5022 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5024 = mul %5023, %4005 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5025 = eq %2828, %1135 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5026 = select %5025, %5024, %4004 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5027 = gt %2828, %1135 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5028 = select %5027, %5023, %5026 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5029 = mul %5028, %4005 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5030 = div %5029, %2828 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5031 = broadcast %5030 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5032 = mul %5031, %2825 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5033 = add %5020, %5032 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5034 = add %5033, %5032 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5035 = reduce_sum %5034 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5036 = reshape %5035 : f32[8] @ models/lib/nn.yaml:84:18
%5037 = add %4018, %5036 : f32[8] @ models/lib/nn.yaml:84:18
%5038 = cast %5034 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5039 = matmul %5038, %2821 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5040 = reshape %5038 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5041 = reshape %2820 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5042 = matmul %5040, %5041 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5043 = cast %4023 : f32[8,24] @ models/lib/nn.yaml:83:15
%5044 = cast %5042 : f32[8,24] @ models/lib/nn.yaml:83:15
%5045 = add %5043, %5044 : f32[8,24] @ models/lib/nn.yaml:83:15
%5046 = cast %5039 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5047 = mul %5046, %2818 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5048 = mul %5046, %2815 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5049 = mul %2816, %2816 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5050 = neg %5049 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5051 = exp %5050 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5052 = mul %5051, %4030 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5053 = mul %5048, %5052 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5054 = mul %5053, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5055 = mul %5047, %1106 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5056 = add %5054, %5055 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5057 = reduce_sum %5056 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5058 = reshape %5057 : f32[24] @ models/lib/nn.yaml:84:18
%5059 = add %4037, %5058 : f32[24] @ models/lib/nn.yaml:84:18
%5060 = cast %5056 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5061 = matmul %5060, %2810 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5062 = reshape %5060 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5063 = reshape %2809 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5064 = matmul %5062, %5063 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5065 = cast %4042 : f32[24,24] @ models/lib/nn.yaml:83:15
%5066 = cast %5064 : f32[24,24] @ models/lib/nn.yaml:83:15
%5067 = add %5065, %5066 : f32[24,24] @ models/lib/nn.yaml:83:15
%5068 = cast %5061 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5069 = mul %5068, %2807 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5070 = mul %5068, %2804 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5071 = mul %2805, %2805 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5072 = neg %5071 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5073 = exp %5072 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5074 = mul %5073, %4030 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5075 = mul %5070, %5074 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5076 = mul %5075, %1108 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5077 = mul %5069, %1106 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5078 = add %5076, %5077 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5079 = reduce_sum %5078 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5080 = reshape %5079 : f32[24] @ models/lib/nn.yaml:84:18
%5081 = add %4055, %5080 : f32[24] @ models/lib/nn.yaml:84:18
%5082 = cast %5078 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5083 = matmul %5082, %2799 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5084 = reshape %5082 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5085 = reshape %2798 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5086 = matmul %5084, %5085 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5087 = cast %4060 : f32[24,16] @ models/lib/nn.yaml:83:15
%5088 = cast %5086 : f32[24,16] @ models/lib/nn.yaml:83:15
%5089 = add %5087, %5088 : f32[24,16] @ models/lib/nn.yaml:83:15
%5090 = cast %5083 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%5091 = concat %5090, %5000 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5092 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5093 = reshape %5091 : f32[68,16] @ models/lib/nn.yaml:96:46
%5094 = matmul %5092, %5093 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5095 = reshape %5094 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5096 = reshape %5095 : f32[16] @ models/lib/nn.yaml:96:46
%5097 = add %4064, %5096 : f32[16] @ models/lib/nn.yaml:96:46
%5098 = mul %5091, %2793 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5099 = mul %5091, %2792 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5100 = reshape %5099 : f32[68,16] @ models/lib/nn.yaml:96:37
%5101 = matmul %5092, %5100 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5102 = reshape %5101 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5103 = reshape %5102 : f32[16] @ models/lib/nn.yaml:96:37
%5104 = add %4068, %5103 : f32[16] @ models/lib/nn.yaml:96:37
%5105 = mul %5098, %2791 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5106 = mul %5098, %2785 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5107 = reduce_sum %5106 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5108 = mul %2790, %2790 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5109 = mul %2790, %5108 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5110 = broadcast %4074 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5111 = mul %5109, %5110 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5112 = mul %5107, %5111 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5113 = div %5112, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5114 = broadcast %5113 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5115 = mul %5114, %2785 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5116 = add %5105, %5115 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5117 = add %5116, %5115 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5118 = neg %5117 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5119 = reduce_sum %5118 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5120 = div %5119, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5121 = broadcast %5120 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5122 = add %5117, %5121 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5123 = slice %5122 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5124 = slice %5122 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5125 = reduce_sum %5123 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5126 = reshape %5125 : f32[16] @ models/lib/nn.yaml:84:18
%5127 = add %4091, %5126 : f32[16] @ models/lib/nn.yaml:84:18
%5128 = cast %5123 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5129 = matmul %5128, %2775 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5130 = reshape %5128 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5131 = reshape %2774 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5132 = matmul %5130, %5131 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5133 = cast %4096 : f32[16,64] @ models/lib/nn.yaml:83:15
%5134 = cast %5132 : f32[16,64] @ models/lib/nn.yaml:83:15
%5135 = add %5133, %5134 : f32[16,64] @ models/lib/nn.yaml:83:15
%5136 = cast %5129 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5137 = mul %5136, %2772 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5138 = mul %5136, %2769 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5139 = mul %2770, %2770 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5140 = neg %5139 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5141 = exp %5140 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5142 = mul %5141, %4103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5143 = mul %5138, %5142 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5144 = mul %5143, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5145 = mul %5137, %929 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5146 = add %5144, %5145 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5147 = reduce_sum %5146 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5148 = reshape %5147 : f32[64] @ models/lib/nn.yaml:84:18
%5149 = add %4110, %5148 : f32[64] @ models/lib/nn.yaml:84:18
%5150 = cast %5146 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5151 = matmul %5150, %2764 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5152 = reshape %5150 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5153 = reshape %2763 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5154 = matmul %5152, %5153 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5155 = cast %4115 : f32[64,16] @ models/lib/nn.yaml:83:15
%5156 = cast %5154 : f32[64,16] @ models/lib/nn.yaml:83:15
%5157 = add %5155, %5156 : f32[64,16] @ models/lib/nn.yaml:83:15
%5158 = cast %5151 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5159 = reduce_sum %5158 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5160 = reshape %5159 : f32[16] @ models/lib/nn.yaml:96:46
%5161 = add %4118, %5160 : f32[16] @ models/lib/nn.yaml:96:46
%5162 = mul %5158, %2759 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5163 = mul %5158, %2758 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5164 = reduce_sum %5163 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5165 = reshape %5164 : f32[16] @ models/lib/nn.yaml:96:37
%5166 = add %4122, %5165 : f32[16] @ models/lib/nn.yaml:96:37
%5167 = mul %5162, %2757 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5168 = mul %5162, %2751 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5169 = reduce_sum %5168 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5170 = mul %2756, %2756 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5171 = mul %2756, %5170 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5172 = mul %5171, %4128 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5173 = mul %5169, %5172 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5174 = div %5173, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5175 = broadcast %5174 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5176 = mul %5175, %2751 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5177 = add %5167, %5176 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5178 = add %5177, %5176 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5179 = add %5123, %5178 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5180 = neg %5178 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5181 = reduce_sum %5180 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5182 = div %5181, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5183 = broadcast %5182 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5184 = add %5179, %5183 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5185 = reduce_sum %5184 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5186 = reshape %5185 : f32[16] @ models/lib/nn.yaml:84:18
%5187 = add %4143, %5186 : f32[16] @ models/lib/nn.yaml:84:18
%5188 = cast %5184 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5189 = matmul %5188, %2742 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5190 = reshape %5188 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5191 = reshape %2740 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5192 = matmul %5190, %5191 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5193 = cast %4148 : f32[16,16] @ models/lib/nn.yaml:83:15
%5194 = cast %5192 : f32[16,16] @ models/lib/nn.yaml:83:15
%5195 = add %5193, %5194 : f32[16,16] @ models/lib/nn.yaml:83:15
%5196 = reshape %5189 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5197 = permute %5196 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5198 = cast %5197 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5199 = cast %2730 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5200 = permute %5199 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5201 = slice %5198 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5202 = broadcast %5201 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5203 = slice %5200 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5204 = mul %5202, %5203 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5205 = slice %5198 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5206 = broadcast %5205 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5207 = slice %5200 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5208 = mul %5206, %5207 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5209 = add %5204, %5208 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5210 = slice %5198 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5211 = broadcast %5210 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5212 = slice %5200 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5213 = mul %5211, %5212 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5214 = add %5209, %5213 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5215 = slice %5198 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5216 = broadcast %5215 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5217 = slice %5200 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5218 = mul %5216, %5217 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5219 = add %5214, %5218 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5220 = slice %5198 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5221 = broadcast %5220 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5222 = slice %5200 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5223 = mul %5221, %5222 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5224 = add %5219, %5223 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5225 = slice %5198 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5226 = broadcast %5225 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5227 = slice %5200 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5228 = mul %5226, %5227 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5229 = add %5224, %5228 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5230 = slice %5198 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5231 = broadcast %5230 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5232 = slice %5200 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5233 = mul %5231, %5232 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5234 = add %5229, %5233 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5235 = slice %5198 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5236 = broadcast %5235 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5237 = slice %5200 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5238 = mul %5236, %5237 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5239 = add %5234, %5238 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5240 = cast %5239 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5241 = cast %2727 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5242 = permute %5241 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5243 = cast %5197 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5244 = broadcast %5242 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5245 = broadcast %5243 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5246 = mul %5244, %5245 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5247 = cast %5246 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5248 = cast %5240 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5249 = div %5248, %2725 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5250 = mul %5249, %2726 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5251 = neg %5250 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5252 = reduce_sum %5251 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5253 = broadcast %5252 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5254 = add %5249, %5253 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5255 = mul %5254, %2723 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5256 = mul %5255, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5257 = cast %5256 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5258 = cast %5257 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5259 = cast %2673 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5260 = reshape %5258 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5261 = broadcast %5260 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5262 = reshape %5259 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5263 = broadcast %5262 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5264 = mul %5261, %5263 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5265 = reduce_sum %5264 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5266 = cast %5265 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5267 = cast %5257 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5268 = permute %5267 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5269 = cast %2670 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5270 = broadcast %5268 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5271 = broadcast %5269 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5272 = mul %5270, %5271 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5273 = cast %5272 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5274 = cast %5247 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5275 = permute %5274 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5276 = reshape %5275 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5277 = reshape %5276 : f32[68,16] @ models/lib/nn.yaml:84:18
%5278 = matmul %5092, %5277 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5279 = reshape %5278 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5280 = reshape %5279 : f32[16] @ models/lib/nn.yaml:84:18
%5281 = add %4231, %5280 : f32[16] @ models/lib/nn.yaml:84:18
%5282 = permute %5247 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5283 = reshape %5282 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5284 = matmul %5283, %2663 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5285 = reshape %5282 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5286 = reshape %2651 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5287 = matmul %5285, %5286 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5288 = cast %4237 : f32[16,16] @ models/lib/nn.yaml:83:15
%5289 = cast %5287 : f32[16,16] @ models/lib/nn.yaml:83:15
%5290 = add %5288, %5289 : f32[16,16] @ models/lib/nn.yaml:83:15
%5291 = cast %5273 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5292 = permute %5291 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5293 = reshape %5292 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5294 = reshape %5293 : f32[68,16] @ models/lib/nn.yaml:84:18
%5295 = matmul %5092, %5294 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5296 = reshape %5295 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5297 = reshape %5296 : f32[16] @ models/lib/nn.yaml:84:18
%5298 = add %4242, %5297 : f32[16] @ models/lib/nn.yaml:84:18
%5299 = permute %5273 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5300 = reshape %5299 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5301 = matmul %5300, %2658 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5302 = cast %5284 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5303 = cast %5301 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5304 = add %5302, %5303 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5305 = reshape %5299 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5306 = matmul %5305, %5286 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5307 = cast %4250 : f32[16,16] @ models/lib/nn.yaml:83:15
%5308 = cast %5306 : f32[16,16] @ models/lib/nn.yaml:83:15
%5309 = add %5307, %5308 : f32[16,16] @ models/lib/nn.yaml:83:15
%5310 = cast %5266 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5311 = permute %5310 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5312 = reshape %5311 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5313 = reduce_sum %5312 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5314 = reshape %5313 : f32[16] @ models/lib/nn.yaml:84:18
%5315 = add %4255, %5314 : f32[16] @ models/lib/nn.yaml:84:18
%5316 = permute %5266 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5317 = reshape %5316 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5318 = matmul %5317, %2653 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5319 = reshape %5316 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5320 = reshape %2652 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5321 = matmul %5319, %5320 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5322 = cast %4261 : f32[16,16] @ models/lib/nn.yaml:83:15
%5323 = cast %5321 : f32[16,16] @ models/lib/nn.yaml:83:15
%5324 = add %5322, %5323 : f32[16,16] @ models/lib/nn.yaml:83:15
%5325 = cast %5318 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5326 = pad %5325 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5327 = add %5304, %5326 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5328 = reshape %5327 : f32[68,16] @ models/lib/nn.yaml:96:46
%5329 = matmul %5092, %5328 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5330 = reshape %5329 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5331 = reshape %5330 : f32[16] @ models/lib/nn.yaml:96:46
%5332 = add %4266, %5331 : f32[16] @ models/lib/nn.yaml:96:46
%5333 = mul %5327, %2647 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5334 = mul %5327, %2646 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5335 = reshape %5334 : f32[68,16] @ models/lib/nn.yaml:96:37
%5336 = matmul %5092, %5335 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5337 = reshape %5336 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5338 = reshape %5337 : f32[16] @ models/lib/nn.yaml:96:37
%5339 = add %4270, %5338 : f32[16] @ models/lib/nn.yaml:96:37
%5340 = mul %5333, %2645 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5341 = mul %5333, %2639 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5342 = reduce_sum %5341 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5343 = mul %2644, %2644 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5344 = mul %2644, %5343 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5345 = mul %5344, %5110 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5346 = mul %5342, %5345 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5347 = div %5346, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5348 = broadcast %5347 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5349 = mul %5348, %2639 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5350 = add %5340, %5349 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5351 = add %5350, %5349 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5352 = neg %5351 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5353 = reduce_sum %5352 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5354 = div %5353, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5355 = broadcast %5354 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5356 = add %5351, %5355 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5357 = slice %5356 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5358 = add %5184, %5357 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5359 = slice %5356 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5360 = add %5124, %5359 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5361 = reduce_sum %5358 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5362 = reshape %5361 : f32[16] @ models/lib/nn.yaml:84:18
%5363 = add %4293, %5362 : f32[16] @ models/lib/nn.yaml:84:18
%5364 = cast %5358 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5365 = matmul %5364, %2629 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5366 = reshape %5364 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5367 = reshape %2628 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5368 = matmul %5366, %5367 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5369 = cast %4298 : f32[16,64] @ models/lib/nn.yaml:83:15
%5370 = cast %5368 : f32[16,64] @ models/lib/nn.yaml:83:15
%5371 = add %5369, %5370 : f32[16,64] @ models/lib/nn.yaml:83:15
%5372 = cast %5365 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5373 = mul %5372, %2626 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5374 = mul %5372, %2623 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5375 = mul %2624, %2624 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5376 = neg %5375 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5377 = exp %5376 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5378 = mul %5377, %4103 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5379 = mul %5374, %5378 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5380 = mul %5379, %931 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5381 = mul %5373, %929 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5382 = add %5380, %5381 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5383 = reduce_sum %5382 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5384 = reshape %5383 : f32[64] @ models/lib/nn.yaml:84:18
%5385 = add %4311, %5384 : f32[64] @ models/lib/nn.yaml:84:18
%5386 = cast %5382 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5387 = matmul %5386, %2618 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5388 = reshape %5386 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5389 = reshape %2617 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5390 = matmul %5388, %5389 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5391 = cast %4316 : f32[64,16] @ models/lib/nn.yaml:83:15
%5392 = cast %5390 : f32[64,16] @ models/lib/nn.yaml:83:15
%5393 = add %5391, %5392 : f32[64,16] @ models/lib/nn.yaml:83:15
%5394 = cast %5387 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5395 = reduce_sum %5394 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5396 = reshape %5395 : f32[16] @ models/lib/nn.yaml:96:46
%5397 = add %4319, %5396 : f32[16] @ models/lib/nn.yaml:96:46
%5398 = mul %5394, %2613 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5399 = mul %5394, %2612 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5400 = reduce_sum %5399 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5401 = reshape %5400 : f32[16] @ models/lib/nn.yaml:96:37
%5402 = add %4323, %5401 : f32[16] @ models/lib/nn.yaml:96:37
%5403 = mul %5398, %2611 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5404 = mul %5398, %2605 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5405 = reduce_sum %5404 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5406 = mul %2610, %2610 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5407 = mul %2610, %5406 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5408 = mul %5407, %4128 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5409 = mul %5405, %5408 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5410 = div %5409, %908 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5411 = broadcast %5410 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5412 = mul %5411, %2605 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5413 = add %5403, %5412 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5414 = add %5413, %5412 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5415 = add %5358, %5414 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5416 = neg %5414 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5417 = reduce_sum %5416 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5418 = div %5417, %908 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5419 = broadcast %5418 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5420 = add %5415, %5419 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5421 = reduce_sum %5420 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5422 = reshape %5421 : f32[16] @ models/lib/nn.yaml:84:18
%5423 = add %4343, %5422 : f32[16] @ models/lib/nn.yaml:84:18
%5424 = cast %5420 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5425 = matmul %5424, %2596 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5426 = reshape %5424 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5427 = reshape %2594 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5428 = matmul %5426, %5427 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5429 = cast %4348 : f32[16,16] @ models/lib/nn.yaml:83:15
%5430 = cast %5428 : f32[16,16] @ models/lib/nn.yaml:83:15
%5431 = add %5429, %5430 : f32[16,16] @ models/lib/nn.yaml:83:15
%5432 = reshape %5425 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5433 = permute %5432 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5434 = cast %5433 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5435 = cast %2584 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5436 = permute %5435 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5437 = slice %5434 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5438 = broadcast %5437 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5439 = slice %5436 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5440 = mul %5438, %5439 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5441 = slice %5434 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5442 = broadcast %5441 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5443 = slice %5436 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5444 = mul %5442, %5443 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5445 = add %5440, %5444 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5446 = slice %5434 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5447 = broadcast %5446 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5448 = slice %5436 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5449 = mul %5447, %5448 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5450 = add %5445, %5449 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5451 = slice %5434 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5452 = broadcast %5451 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5453 = slice %5436 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5454 = mul %5452, %5453 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5455 = add %5450, %5454 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5456 = slice %5434 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5457 = broadcast %5456 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5458 = slice %5436 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5459 = mul %5457, %5458 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5460 = add %5455, %5459 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5461 = slice %5434 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5462 = broadcast %5461 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5463 = slice %5436 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5464 = mul %5462, %5463 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5465 = add %5460, %5464 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5466 = slice %5434 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5467 = broadcast %5466 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5468 = slice %5436 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5469 = mul %5467, %5468 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5470 = add %5465, %5469 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5471 = slice %5434 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5472 = broadcast %5471 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5473 = slice %5436 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5474 = mul %5472, %5473 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5475 = add %5470, %5474 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5476 = cast %5475 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5477 = cast %2581 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5478 = permute %5477 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5479 = cast %5433 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5480 = broadcast %5478 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5481 = broadcast %5479 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5482 = mul %5480, %5481 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5483 = cast %5482 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5484 = cast %5476 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5485 = div %5484, %2579 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5486 = mul %5485, %2580 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5487 = neg %5486 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5488 = reduce_sum %5487 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5489 = broadcast %5488 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5490 = add %5485, %5489 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5491 = mul %5490, %2577 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5492 = mul %5491, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5493 = cast %5492 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5494 = cast %5493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5495 = cast %2527 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5496 = reshape %5494 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5497 = broadcast %5496 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5498 = reshape %5495 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5499 = broadcast %5498 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5500 = mul %5497, %5499 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5501 = reduce_sum %5500 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5502 = cast %5501 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5503 = cast %5493 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5504 = permute %5503 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5505 = cast %2524 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5506 = broadcast %5504 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5507 = broadcast %5505 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5508 = mul %5506, %5507 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5509 = cast %5508 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5510 = cast %5483 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5511 = permute %5510 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5512 = reshape %5511 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5513 = reshape %5512 : f32[68,16] @ models/lib/nn.yaml:84:18
%5514 = matmul %5092, %5513 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5515 = reshape %5514 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5516 = reshape %5515 : f32[16] @ models/lib/nn.yaml:84:18
%5517 = add %4431, %5516 : f32[16] @ models/lib/nn.yaml:84:18
%5518 = permute %5483 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5519 = reshape %5518 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5520 = matmul %5519, %2517 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5521 = reshape %5518 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5522 = reshape %2505 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5523 = matmul %5521, %5522 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5524 = cast %4437 : f32[16,16] @ models/lib/nn.yaml:83:15
%5525 = cast %5523 : f32[16,16] @ models/lib/nn.yaml:83:15
%5526 = add %5524, %5525 : f32[16,16] @ models/lib/nn.yaml:83:15
%5527 = cast %5509 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5528 = permute %5527 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5529 = reshape %5528 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5530 = reshape %5529 : f32[68,16] @ models/lib/nn.yaml:84:18
%5531 = matmul %5092, %5530 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5532 = reshape %5531 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5533 = reshape %5532 : f32[16] @ models/lib/nn.yaml:84:18
%5534 = add %4442, %5533 : f32[16] @ models/lib/nn.yaml:84:18
%5535 = permute %5509 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5536 = reshape %5535 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5537 = matmul %5536, %2512 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5538 = cast %5520 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5539 = cast %5537 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5540 = add %5538, %5539 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5541 = reshape %5535 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5542 = matmul %5541, %5522 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5543 = cast %4450 : f32[16,16] @ models/lib/nn.yaml:83:15
%5544 = cast %5542 : f32[16,16] @ models/lib/nn.yaml:83:15
%5545 = add %5543, %5544 : f32[16,16] @ models/lib/nn.yaml:83:15
%5546 = cast %5502 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5547 = permute %5546 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5548 = reshape %5547 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5549 = reduce_sum %5548 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5550 = reshape %5549 : f32[16] @ models/lib/nn.yaml:84:18
%5551 = add %4455, %5550 : f32[16] @ models/lib/nn.yaml:84:18
%5552 = permute %5502 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5553 = reshape %5552 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5554 = matmul %5553, %2507 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5555 = reshape %5552 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5556 = reshape %2506 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5557 = matmul %5555, %5556 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5558 = cast %4461 : f32[16,16] @ models/lib/nn.yaml:83:15
%5559 = cast %5557 : f32[16,16] @ models/lib/nn.yaml:83:15
%5560 = add %5558, %5559 : f32[16,16] @ models/lib/nn.yaml:83:15
%5561 = cast %5554 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5562 = pad %5561 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5563 = add %5540, %5562 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5564 = reshape %5563 : f32[68,16] @ models/lib/nn.yaml:96:46
%5565 = matmul %5092, %5564 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5566 = reshape %5565 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5567 = reshape %5566 : f32[16] @ models/lib/nn.yaml:96:46
%5568 = add %4466, %5567 : f32[16] @ models/lib/nn.yaml:96:46
%5569 = mul %5563, %2501 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5570 = mul %5563, %2500 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5571 = reshape %5570 : f32[68,16] @ models/lib/nn.yaml:96:37
%5572 = matmul %5092, %5571 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5573 = reshape %5572 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5574 = reshape %5573 : f32[16] @ models/lib/nn.yaml:96:37
%5575 = add %4470, %5574 : f32[16] @ models/lib/nn.yaml:96:37
%5576 = mul %5569, %2499 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5577 = mul %5569, %2493 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5578 = reduce_sum %5577 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5579 = mul %2498, %2498 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5580 = mul %2498, %5579 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5581 = mul %5580, %5110 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5582 = mul %5578, %5581 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5583 = div %5582, %797 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5584 = broadcast %5583 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5585 = mul %5584, %2493 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5586 = add %5576, %5585 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5587 = add %5586, %5585 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5588 = neg %5587 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5589 = reduce_sum %5588 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5590 = div %5589, %797 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5591 = broadcast %5590 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5592 = add %5587, %5591 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5593 = slice %5592 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5594 = add %5420, %5593 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5595 = slice %5592 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5596 = add %5360, %5595 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5597 = reduce_sum %5594 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5598 = add %4492, %5597 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5599 = mul %5596, %2485 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5600 = div %5599, %2437 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5601 = reshape %5600 : f32[64,16] @ models/lib/nn.yaml:84:18
%5602 = matmul %4937, %5601 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5603 = reshape %5602 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5604 = reshape %5603 : f32[16] @ models/lib/nn.yaml:84:18
%5605 = add %4496, %5604 : f32[16] @ models/lib/nn.yaml:84:18
%5606 = cast %5600 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5607 = matmul %5606, %2475 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5608 = reshape %5606 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5609 = reshape %2474 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5610 = matmul %5608, %5609 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5611 = cast %4501 : f32[16,64] @ models/lib/nn.yaml:83:15
%5612 = cast %5610 : f32[16,64] @ models/lib/nn.yaml:83:15
%5613 = add %5611, %5612 : f32[16,64] @ models/lib/nn.yaml:83:15
%5614 = cast %5607 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5615 = mul %5614, %2472 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5616 = mul %5614, %2469 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5617 = mul %2470, %2470 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5618 = neg %5617 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5619 = exp %5618 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5620 = broadcast %3948 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5621 = mul %5619, %5620 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5622 = mul %5616, %5621 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5623 = mul %5622, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5624 = mul %5615, %314 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5625 = add %5623, %5624 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5626 = reshape %5625 : f32[64,64] @ models/lib/nn.yaml:84:18
%5627 = matmul %4937, %5626 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5628 = reshape %5627 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5629 = reshape %5628 : f32[64] @ models/lib/nn.yaml:84:18
%5630 = add %4515, %5629 : f32[64] @ models/lib/nn.yaml:84:18
%5631 = cast %5625 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5632 = matmul %5631, %2464 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5633 = reshape %5631 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5634 = reshape %2463 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5635 = matmul %5633, %5634 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5636 = cast %4520 : f32[64,16] @ models/lib/nn.yaml:83:15
%5637 = cast %5635 : f32[64,16] @ models/lib/nn.yaml:83:15
%5638 = add %5636, %5637 : f32[64,16] @ models/lib/nn.yaml:83:15
%5639 = cast %5632 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5640 = reshape %5639 : f32[64,16] @ models/lib/nn.yaml:96:46
%5641 = matmul %4937, %5640 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5642 = reshape %5641 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5643 = reshape %5642 : f32[16] @ models/lib/nn.yaml:96:46
%5644 = add %4523, %5643 : f32[16] @ models/lib/nn.yaml:96:46
%5645 = mul %5639, %2459 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5646 = mul %5639, %2458 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5647 = reshape %5646 : f32[64,16] @ models/lib/nn.yaml:96:37
%5648 = matmul %4937, %5647 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5649 = reshape %5648 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5650 = reshape %5649 : f32[16] @ models/lib/nn.yaml:96:37
%5651 = add %4527, %5650 : f32[16] @ models/lib/nn.yaml:96:37
%5652 = mul %5645, %2457 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5653 = mul %5645, %2451 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5654 = reduce_sum %5653 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5655 = mul %2456, %2456 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5656 = mul %2456, %5655 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5657 = broadcast %4074 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5658 = mul %5656, %5657 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5659 = mul %5654, %5658 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5660 = div %5659, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5661 = broadcast %5660 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5662 = mul %5661, %2451 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5663 = add %5652, %5662 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5664 = add %5663, %5662 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5665 = add %5596, %5664 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5666 = neg %5664 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5667 = reduce_sum %5666 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5668 = div %5667, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5669 = broadcast %5668 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5670 = add %5665, %5669 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5671 = mul %5670, %2445 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5672 = div %5671, %2437 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5673 = reshape %5672 : f32[64,16] @ models/lib/nn.yaml:84:18
%5674 = matmul %4937, %5673 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5675 = reshape %5674 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5676 = reshape %5675 : f32[16] @ models/lib/nn.yaml:84:18
%5677 = add %4550, %5676 : f32[16] @ models/lib/nn.yaml:84:18
%5678 = cast %5672 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5679 = matmul %5678, %2431 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5680 = reshape %5678 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5681 = reshape %2429 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5682 = matmul %5680, %5681 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5683 = cast %4555 : f32[16,16] @ models/lib/nn.yaml:83:15
%5684 = cast %5682 : f32[16,16] @ models/lib/nn.yaml:83:15
%5685 = add %5683, %5684 : f32[16,16] @ models/lib/nn.yaml:83:15
%5686 = reshape %5679 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5687 = permute %5686 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5688 = cast %5687 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5689 = cast %2419 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5690 = permute %5689 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5691 = slice %5688 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5692 = broadcast %5691 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5693 = slice %5690 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5694 = broadcast %5693 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5695 = mul %5692, %5694 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5696 = slice %5688 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5697 = broadcast %5696 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5698 = slice %5690 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5699 = broadcast %5698 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5700 = mul %5697, %5699 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5701 = add %5695, %5700 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5702 = slice %5688 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5703 = broadcast %5702 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5704 = slice %5690 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5705 = broadcast %5704 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5706 = mul %5703, %5705 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5707 = add %5701, %5706 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5708 = slice %5688 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5709 = broadcast %5708 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5710 = slice %5690 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5711 = broadcast %5710 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5712 = mul %5709, %5711 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5713 = add %5707, %5712 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5714 = slice %5688 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5715 = broadcast %5714 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5716 = slice %5690 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5717 = broadcast %5716 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5718 = mul %5715, %5717 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5719 = add %5713, %5718 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5720 = slice %5688 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5721 = broadcast %5720 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5722 = slice %5690 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5723 = broadcast %5722 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5724 = mul %5721, %5723 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5725 = add %5719, %5724 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5726 = slice %5688 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5727 = broadcast %5726 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5728 = slice %5690 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5729 = broadcast %5728 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5730 = mul %5727, %5729 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5731 = add %5725, %5730 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5732 = slice %5688 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5733 = broadcast %5732 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5734 = slice %5690 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5735 = broadcast %5734 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5736 = mul %5733, %5735 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5737 = add %5731, %5736 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5738 = cast %5737 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5739 = cast %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5740 = permute %5739 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5741 = cast %5687 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5742 = reshape %5740 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5743 = broadcast %5742 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5744 = reshape %5741 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5745 = broadcast %5744 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5746 = mul %5743, %5745 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5747 = reduce_sum %5746 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5748 = cast %5747 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5749 = cast %5738 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5750 = div %5749, %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5751 = mul %5750, %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5752 = neg %5751 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5753 = reduce_sum %5752 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5754 = broadcast %5753 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5755 = add %5750, %5754 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5756 = mul %5755, %2413 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5757 = mul %5756, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5758 = cast %5757 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5759 = cast %5758 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5760 = cast %2355 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5761 = reshape %5759 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5762 = broadcast %5761 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5763 = reshape %5760 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5764 = broadcast %5763 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5765 = mul %5762, %5764 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5766 = reduce_sum %5765 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5767 = cast %5766 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5768 = cast %5758 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5769 = permute %5768 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5770 = cast %2353 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5771 = reshape %5769 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5772 = broadcast %5771 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5773 = reshape %5770 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5774 = broadcast %5773 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5775 = mul %5772, %5774 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5776 = reduce_sum %5775 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5777 = cast %5776 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5778 = cast %5748 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5779 = reshape %5778 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5780 = cast %5777 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5781 = reshape %5780 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5782 = cast %5767 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5783 = reshape %5782 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5784 = concat %5783, %5781, %5779 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5785 = permute %5784 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5786 = reshape %5785 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5787 = reshape %5786 : f32[64,48] @ models/lib/nn.yaml:84:18
%5788 = matmul %4937, %5787 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5789 = reshape %5788 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5790 = reshape %5789 : f32[48] @ models/lib/nn.yaml:84:18
%5791 = add %4658, %5790 : f32[48] @ models/lib/nn.yaml:84:18
%5792 = cast %5786 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5793 = matmul %5792, %2344 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5794 = reshape %5792 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5795 = reshape %2343 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5796 = matmul %5794, %5795 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5797 = cast %4663 : f32[48,16] @ models/lib/nn.yaml:83:15
%5798 = cast %5796 : f32[48,16] @ models/lib/nn.yaml:83:15
%5799 = add %5797, %5798 : f32[48,16] @ models/lib/nn.yaml:83:15
%5800 = cast %5793 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5801 = reshape %5800 : f32[64,16] @ models/lib/nn.yaml:96:46
%5802 = matmul %4937, %5801 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5803 = reshape %5802 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5804 = reshape %5803 : f32[16] @ models/lib/nn.yaml:96:46
%5805 = add %4666, %5804 : f32[16] @ models/lib/nn.yaml:96:46
%5806 = mul %5800, %2339 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5807 = mul %5800, %2338 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5808 = reshape %5807 : f32[64,16] @ models/lib/nn.yaml:96:37
%5809 = matmul %4937, %5808 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5810 = reshape %5809 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5811 = reshape %5810 : f32[16] @ models/lib/nn.yaml:96:37
%5812 = add %4670, %5811 : f32[16] @ models/lib/nn.yaml:96:37
%5813 = mul %5806, %2337 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5814 = mul %5806, %2331 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5815 = reduce_sum %5814 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5816 = mul %2336, %2336 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5817 = mul %2336, %5816 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5818 = mul %5817, %5657 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5819 = mul %5815, %5818 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5820 = div %5819, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5821 = broadcast %5820 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5822 = mul %5821, %2331 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5823 = add %5813, %5822 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5824 = add %5823, %5822 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5825 = add %5670, %5824 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5826 = neg %5824 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5827 = reduce_sum %5826 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5828 = div %5827, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5829 = broadcast %5828 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5830 = add %5825, %5829 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5831 = reshape %5830 : f32[64,16] @ models/lib/nn.yaml:84:18
%5832 = matmul %4937, %5831 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5833 = reshape %5832 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5834 = reshape %5833 : f32[16] @ models/lib/nn.yaml:84:18
%5835 = add %4690, %5834 : f32[16] @ models/lib/nn.yaml:84:18
%5836 = cast %5830 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5837 = matmul %5836, %2322 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5838 = reshape %5836 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5839 = reshape %2321 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5840 = matmul %5838, %5839 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5841 = cast %4695 : f32[16,64] @ models/lib/nn.yaml:83:15
%5842 = cast %5840 : f32[16,64] @ models/lib/nn.yaml:83:15
%5843 = add %5841, %5842 : f32[16,64] @ models/lib/nn.yaml:83:15
%5844 = cast %5837 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5845 = mul %5844, %2319 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5846 = mul %5844, %2316 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5847 = mul %2317, %2317 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5848 = neg %5847 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5849 = exp %5848 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5850 = mul %5849, %5620 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5851 = mul %5846, %5850 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5852 = mul %5851, %317 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5853 = mul %5845, %314 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5854 = add %5852, %5853 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5855 = reshape %5854 : f32[64,64] @ models/lib/nn.yaml:84:18
%5856 = matmul %4937, %5855 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5857 = reshape %5856 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5858 = reshape %5857 : f32[64] @ models/lib/nn.yaml:84:18
%5859 = add %4708, %5858 : f32[64] @ models/lib/nn.yaml:84:18
%5860 = cast %5854 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5861 = matmul %5860, %2311 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5862 = reshape %5860 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5863 = reshape %2310 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5864 = matmul %5862, %5863 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5865 = cast %4713 : f32[64,16] @ models/lib/nn.yaml:83:15
%5866 = cast %5864 : f32[64,16] @ models/lib/nn.yaml:83:15
%5867 = add %5865, %5866 : f32[64,16] @ models/lib/nn.yaml:83:15
%5868 = cast %5861 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5869 = reshape %5868 : f32[64,16] @ models/lib/nn.yaml:96:46
%5870 = matmul %4937, %5869 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5871 = reshape %5870 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5872 = reshape %5871 : f32[16] @ models/lib/nn.yaml:96:46
%5873 = add %4716, %5872 : f32[16] @ models/lib/nn.yaml:96:46
%5874 = mul %5868, %2306 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5875 = mul %5868, %2305 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5876 = reshape %5875 : f32[64,16] @ models/lib/nn.yaml:96:37
%5877 = matmul %4937, %5876 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5878 = reshape %5877 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5879 = reshape %5878 : f32[16] @ models/lib/nn.yaml:96:37
%5880 = add %4720, %5879 : f32[16] @ models/lib/nn.yaml:96:37
%5881 = mul %5874, %2304 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5882 = mul %5874, %2298 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5883 = reduce_sum %5882 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5884 = mul %2303, %2303 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5885 = mul %2303, %5884 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5886 = mul %5885, %5657 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5887 = mul %5883, %5886 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5888 = div %5887, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5889 = broadcast %5888 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5890 = mul %5889, %2298 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5891 = add %5881, %5890 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5892 = add %5891, %5890 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5893 = add %5830, %5892 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5894 = neg %5892 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5895 = reduce_sum %5894 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5896 = div %5895, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5897 = broadcast %5896 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5898 = add %5893, %5897 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5899 = reshape %5898 : f32[64,16] @ models/lib/nn.yaml:84:18
%5900 = matmul %4937, %5899 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5901 = reshape %5900 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5902 = reshape %5901 : f32[16] @ models/lib/nn.yaml:84:18
%5903 = add %4740, %5902 : f32[16] @ models/lib/nn.yaml:84:18
%5904 = cast %5898 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5905 = matmul %5904, %2289 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5906 = reshape %5904 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5907 = reshape %2287 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5908 = matmul %5906, %5907 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5909 = cast %4745 : f32[16,16] @ models/lib/nn.yaml:83:15
%5910 = cast %5908 : f32[16,16] @ models/lib/nn.yaml:83:15
%5911 = add %5909, %5910 : f32[16,16] @ models/lib/nn.yaml:83:15
%5912 = reshape %5905 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5913 = permute %5912 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5914 = cast %5913 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5915 = cast %2277 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5916 = permute %5915 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5917 = slice %5914 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5918 = broadcast %5917 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5919 = slice %5916 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5920 = broadcast %5919 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5921 = mul %5918, %5920 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5922 = slice %5914 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5923 = broadcast %5922 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5924 = slice %5916 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5925 = broadcast %5924 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5926 = mul %5923, %5925 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5927 = add %5921, %5926 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5928 = slice %5914 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5929 = broadcast %5928 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5930 = slice %5916 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5931 = broadcast %5930 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5932 = mul %5929, %5931 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5933 = add %5927, %5932 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5934 = slice %5914 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5935 = broadcast %5934 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5936 = slice %5916 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5937 = broadcast %5936 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5938 = mul %5935, %5937 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5939 = add %5933, %5938 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5940 = slice %5914 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5941 = broadcast %5940 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5942 = slice %5916 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5943 = broadcast %5942 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5944 = mul %5941, %5943 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5945 = add %5939, %5944 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5946 = slice %5914 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5947 = broadcast %5946 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5948 = slice %5916 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5949 = broadcast %5948 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5950 = mul %5947, %5949 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5951 = add %5945, %5950 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5952 = slice %5914 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5953 = broadcast %5952 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5954 = slice %5916 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5955 = broadcast %5954 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5956 = mul %5953, %5955 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5957 = add %5951, %5956 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5958 = slice %5914 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5959 = broadcast %5958 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5960 = slice %5916 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5961 = broadcast %5960 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5962 = mul %5959, %5961 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5963 = add %5957, %5962 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5964 = cast %5963 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5965 = cast %2275 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5966 = permute %5965 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5967 = cast %5913 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5968 = reshape %5966 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5969 = broadcast %5968 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5970 = reshape %5967 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5971 = broadcast %5970 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5972 = mul %5969, %5971 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5973 = reduce_sum %5972 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5974 = cast %5973 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5975 = cast %5964 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5976 = div %5975, %2273 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5977 = mul %5976, %2274 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5978 = neg %5977 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5979 = reduce_sum %5978 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5980 = broadcast %5979 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5981 = add %5976, %5980 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5982 = mul %5981, %2271 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5983 = mul %5982, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5984 = cast %5983 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5985 = cast %5984 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5986 = cast %2213 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5987 = reshape %5985 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5988 = broadcast %5987 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5989 = reshape %5986 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5990 = broadcast %5989 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5991 = mul %5988, %5990 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5992 = reduce_sum %5991 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5993 = cast %5992 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5994 = cast %5984 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5995 = permute %5994 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5996 = cast %2211 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5997 = reshape %5995 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5998 = broadcast %5997 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5999 = reshape %5996 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6000 = broadcast %5999 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6001 = mul %5998, %6000 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6002 = reduce_sum %6001 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6003 = cast %6002 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6004 = cast %5974 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%6005 = reshape %6004 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6006 = cast %6003 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%6007 = reshape %6006 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6008 = cast %5993 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%6009 = reshape %6008 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6010 = concat %6009, %6007, %6005 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6011 = permute %6010 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6012 = reshape %6011 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6013 = reshape %6012 : f32[64,48] @ models/lib/nn.yaml:84:18
%6014 = matmul %4937, %6013 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6015 = reshape %6014 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6016 = reshape %6015 : f32[48] @ models/lib/nn.yaml:84:18
%6017 = add %4848, %6016 : f32[48] @ models/lib/nn.yaml:84:18
%6018 = cast %6012 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%6019 = matmul %6018, %2202 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6020 = reshape %6018 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6021 = reshape %2201 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6022 = matmul %6020, %6021 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6023 = cast %4853 : f32[48,16] @ models/lib/nn.yaml:83:15
%6024 = cast %6022 : f32[48,16] @ models/lib/nn.yaml:83:15
%6025 = add %6023, %6024 : f32[48,16] @ models/lib/nn.yaml:83:15
%6026 = cast %6019 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6027 = reshape %6026 : f32[64,16] @ models/lib/nn.yaml:96:46
%6028 = matmul %4937, %6027 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6029 = reshape %6028 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6030 = reshape %6029 : f32[16] @ models/lib/nn.yaml:96:46
%6031 = add %4856, %6030 : f32[16] @ models/lib/nn.yaml:96:46
%6032 = mul %6026, %2197 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6033 = mul %6026, %2196 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6034 = reshape %6033 : f32[64,16] @ models/lib/nn.yaml:96:37
%6035 = matmul %4937, %6034 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6036 = reshape %6035 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6037 = reshape %6036 : f32[16] @ models/lib/nn.yaml:96:37
%6038 = add %4860, %6037 : f32[16] @ models/lib/nn.yaml:96:37
%6039 = mul %6032, %2195 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6040 = mul %6032, %2189 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6041 = reduce_sum %6040 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6042 = mul %2194, %2194 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6043 = mul %2194, %6042 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6044 = mul %6043, %5657 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6045 = mul %6041, %6044 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6046 = div %6045, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6047 = broadcast %6046 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6048 = mul %6047, %2189 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6049 = add %6039, %6048 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6050 = add %6049, %6048 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6051 = add %5898, %6050 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6052 = neg %6050 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6053 = reduce_sum %6052 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6054 = div %6053, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6055 = broadcast %6054 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6056 = add %6051, %6055 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6057 = reduce_sum %6056 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6058 = add %4890, %6057 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6059 = reshape %6056 : f32[64,16] @ models/lib/vit.yaml:17:71
%6060 = matmul %4937, %6059 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6061 = reshape %6060 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6062 = reshape %6061 : f32[16] @ models/lib/vit.yaml:17:71
%6063 = add %4892, %6062 : f32[16] @ models/lib/vit.yaml:17:71
%6064 = reshape %6056 : f32[64,16] @ models/lib/vit.yaml:17:18
%6065 = cast %6064 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6066 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6067 = matmul %6065, %6066 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6068 = cast %6067 : f32[16,48] @ models/lib/vit.yaml:17:20
%6069 = reshape %6068 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6070 = add %4898, %6069 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6071 = all_reduce_sum %6058 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6072 = reshape %6071 : f32[256] @ models/lib/vit.yaml:48:7
%6073 = mul %6072, %6072 : f32[256] @ models/lib/vit.yaml:48:7
%6074 = reduce_sum %6073 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6075 = sqrt %6074 : f32[] @ models/lib/vit.yaml:48:7
%6076 = cast %6075 : f64[] @ models/lib/vit.yaml:48:7
%6077 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6078 = add %6076, %6077 : f64[] @ models/lib/vit.yaml:48:7
%6079 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6080 = div %6079, %6078 : f64[] @ models/lib/vit.yaml:48:7
%6081 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6082 = lt %6080, %6081 : bool[] @ models/lib/vit.yaml:48:7
%6083 = cast %6080 : f32[] @ models/lib/vit.yaml:48:7
%6084 = broadcast %6083 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6085 = mul %6071, %6084 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6086 = broadcast %6082 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6087 = select %6086, %6085, %6071 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6088 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6089 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6090 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6091 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6092 = add %6090, %6091 : i64[] @ models/lib/vit.yaml:48:7
%6093 = mul %3811, %3812 : f64[] @ models/lib/vit.yaml:48:7
%6094 = sub %6081, %6093 : f64[] @ models/lib/vit.yaml:48:7
%6095 = cast %6094 : f32[] @ models/lib/vit.yaml:48:7
%6096 = broadcast %6095 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6097 = mul %7, %6096 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6098 = broadcast %3567 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6099 = mul %6087, %6098 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6100 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6101 = broadcast %2436 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6102 = mul %6088, %6101 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6103 = add %6102, %6099 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6104 = mul %6087, %6087 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6105 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6106 = broadcast %6105 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6107 = mul %6104, %6106 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6108 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6109 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6110 = broadcast %6109 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6111 = mul %6089, %6110 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6112 = add %6111, %6107 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6113 = cast %6092 : f64[] @ models/lib/vit.yaml:48:7
%6114 = pow %6100, %6113 : f64[] @ models/lib/vit.yaml:48:7
%6115 = sub %6081, %6114 : f64[] @ models/lib/vit.yaml:48:7
%6116 = div %3811, %6115 : f64[] @ models/lib/vit.yaml:48:7
%6117 = pow %6108, %6113 : f64[] @ models/lib/vit.yaml:48:7
%6118 = sub %6081, %6117 : f64[] @ models/lib/vit.yaml:48:7
%6119 = sqrt %6118 : f64[] @ models/lib/vit.yaml:48:7
%6120 = div %6081, %6119 : f64[] @ models/lib/vit.yaml:48:7
%6121 = sqrt %6112 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6122 = cast %6120 : f32[] @ models/lib/vit.yaml:48:7
%6123 = broadcast %6122 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6124 = mul %6121, %6123 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6125 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6126 = broadcast %6125 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6127 = add %6124, %6126 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6128 = div %6103, %6127 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6129 = cast %6116 : f32[] @ models/lib/vit.yaml:48:7
%6130 = broadcast %6129 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6131 = mul %6128, %6130 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6132 = sub %6097, %6131 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6133 = assign %7, %6132 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6134 = assign %6088, %6103 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6135 = assign %6089, %6112 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6136 = assign %6090, %6092 : i64[] @ models/lib/vit.yaml:48:7
%6137 = cast %3813 : f32[] @ models/lib/vit.yaml:48:7
%6138 = broadcast %6137 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6139 = mul %85, %6138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6140 = sub %6081, %3813 : f64[] @ models/lib/vit.yaml:48:7
%6141 = cast %6140 : f32[] @ models/lib/vit.yaml:48:7
%6142 = broadcast %6141 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6143 = mul %6132, %6142 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6144 = add %6139, %6143 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6145 = assign %85, %6144 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6146 = all_reduce_sum %6070 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6147 = reshape %6146 : f32[768] @ models/lib/vit.yaml:9:7
%6148 = mul %6147, %6147 : f32[768] @ models/lib/vit.yaml:9:7
%6149 = reduce_sum %6148 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6150 = sqrt %6149 : f32[] @ models/lib/vit.yaml:9:7
%6151 = cast %6150 : f64[] @ models/lib/vit.yaml:9:7
%6152 = add %6151, %6077 : f64[] @ models/lib/vit.yaml:9:7
%6153 = div %6079, %6152 : f64[] @ models/lib/vit.yaml:9:7
%6154 = lt %6153, %6081 : bool[] @ models/lib/vit.yaml:9:7
%6155 = cast %6153 : f32[] @ models/lib/vit.yaml:9:7
%6156 = broadcast %6155 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6157 = mul %6146, %6156 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6158 = broadcast %6154 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6159 = select %6158, %6157, %6146 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6160 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6161 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6162 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6163 = add %6162, %6091 : i64[] @ models/lib/vit.yaml:9:7
%6164 = broadcast %6095 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6165 = mul %8, %6164 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6166 = broadcast %3567 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6167 = mul %6159, %6166 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6168 = broadcast %2436 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6169 = mul %6160, %6168 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6170 = add %6169, %6167 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6171 = mul %6159, %6159 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6172 = broadcast %6105 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6173 = mul %6171, %6172 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6174 = broadcast %6109 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6175 = mul %6161, %6174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6176 = add %6175, %6173 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6177 = cast %6163 : f64[] @ models/lib/vit.yaml:9:7
%6178 = pow %6100, %6177 : f64[] @ models/lib/vit.yaml:9:7
%6179 = sub %6081, %6178 : f64[] @ models/lib/vit.yaml:9:7
%6180 = div %3811, %6179 : f64[] @ models/lib/vit.yaml:9:7
%6181 = pow %6108, %6177 : f64[] @ models/lib/vit.yaml:9:7
%6182 = sub %6081, %6181 : f64[] @ models/lib/vit.yaml:9:7
%6183 = sqrt %6182 : f64[] @ models/lib/vit.yaml:9:7
%6184 = div %6081, %6183 : f64[] @ models/lib/vit.yaml:9:7
%6185 = sqrt %6176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6186 = cast %6184 : f32[] @ models/lib/vit.yaml:9:7
%6187 = broadcast %6186 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6188 = mul %6185, %6187 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6189 = broadcast %6125 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6190 = add %6188, %6189 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6191 = div %6170, %6190 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6192 = cast %6180 : f32[] @ models/lib/vit.yaml:9:7
%6193 = broadcast %6192 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6194 = mul %6191, %6193 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6195 = sub %6165, %6194 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6196 = assign %8, %6195 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6197 = assign %6160, %6170 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6198 = assign %6161, %6176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6199 = assign %6162, %6163 : i64[] @ models/lib/vit.yaml:9:7
%6200 = broadcast %6137 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6201 = mul %86, %6200 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6202 = broadcast %6141 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6203 = mul %6195, %6202 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6204 = add %6201, %6203 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6205 = assign %86, %6204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6206 = all_reduce_sum %6063 : f32[16] @ models/lib/vit.yaml:10:7
%6207 = mul %6206, %6206 : f32[16] @ models/lib/vit.yaml:10:7
%6208 = reduce_sum %6207 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6209 = sqrt %6208 : f32[] @ models/lib/vit.yaml:10:7
%6210 = cast %6209 : f64[] @ models/lib/vit.yaml:10:7
%6211 = add %6210, %6077 : f64[] @ models/lib/vit.yaml:10:7
%6212 = div %6079, %6211 : f64[] @ models/lib/vit.yaml:10:7
%6213 = lt %6212, %6081 : bool[] @ models/lib/vit.yaml:10:7
%6214 = cast %6212 : f32[] @ models/lib/vit.yaml:10:7
%6215 = broadcast %6214 : f32[16] @ models/lib/vit.yaml:10:7
%6216 = mul %6206, %6215 : f32[16] @ models/lib/vit.yaml:10:7
%6217 = broadcast %6213 : bool[16] @ models/lib/vit.yaml:10:7
%6218 = select %6217, %6216, %6206 : f32[16] @ models/lib/vit.yaml:10:7
%6219 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6220 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6221 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6222 = add %6221, %6091 : i64[] @ models/lib/vit.yaml:10:7
%6223 = broadcast %3567 : f32[16] @ models/lib/vit.yaml:10:7
%6224 = mul %6218, %6223 : f32[16] @ models/lib/vit.yaml:10:7
%6225 = broadcast %2436 : f32[16] @ models/lib/vit.yaml:10:7
%6226 = mul %6219, %6225 : f32[16] @ models/lib/vit.yaml:10:7
%6227 = add %6226, %6224 : f32[16] @ models/lib/vit.yaml:10:7
%6228 = mul %6218, %6218 : f32[16] @ models/lib/vit.yaml:10:7
%6229 = broadcast %6105 : f32[16] @ models/lib/vit.yaml:10:7
%6230 = mul %6228, %6229 : f32[16] @ models/lib/vit.yaml:10:7
%6231 = broadcast %6109 : f32[16] @ models/lib/vit.yaml:10:7
%6232 = mul %6220, %6231 : f32[16] @ models/lib/vit.yaml:10:7
%6233 = add %6232, %6230 : f32[16] @ models/lib/vit.yaml:10:7
%6234 = cast %6222 : f64[] @ models/lib/vit.yaml:10:7
%6235 = pow %6100, %6234 : f64[] @ models/lib/vit.yaml:10:7
%6236 = sub %6081, %6235 : f64[] @ models/lib/vit.yaml:10:7
%6237 = div %3811, %6236 : f64[] @ models/lib/vit.yaml:10:7
%6238 = pow %6108, %6234 : f64[] @ models/lib/vit.yaml:10:7
%6239 = sub %6081, %6238 : f64[] @ models/lib/vit.yaml:10:7
%6240 = sqrt %6239 : f64[] @ models/lib/vit.yaml:10:7
%6241 = div %6081, %6240 : f64[] @ models/lib/vit.yaml:10:7
%6242 = sqrt %6233 : f32[16] @ models/lib/vit.yaml:10:7
%6243 = cast %6241 : f32[] @ models/lib/vit.yaml:10:7
%6244 = broadcast %6243 : f32[16] @ models/lib/vit.yaml:10:7
%6245 = mul %6242, %6244 : f32[16] @ models/lib/vit.yaml:10:7
%6246 = broadcast %6125 : f32[16] @ models/lib/vit.yaml:10:7
%6247 = add %6245, %6246 : f32[16] @ models/lib/vit.yaml:10:7
%6248 = div %6227, %6247 : f32[16] @ models/lib/vit.yaml:10:7
%6249 = cast %6237 : f32[] @ models/lib/vit.yaml:10:7
%6250 = broadcast %6249 : f32[16] @ models/lib/vit.yaml:10:7
%6251 = mul %6248, %6250 : f32[16] @ models/lib/vit.yaml:10:7
%6252 = sub %9, %6251 : f32[16] @ models/lib/vit.yaml:10:7
%6253 = assign %9, %6252 : f32[16] @ models/lib/vit.yaml:10:7
%6254 = assign %6219, %6227 : f32[16] @ models/lib/vit.yaml:10:7
%6255 = assign %6220, %6233 : f32[16] @ models/lib/vit.yaml:10:7
%6256 = assign %6221, %6222 : i64[] @ models/lib/vit.yaml:10:7
%6257 = broadcast %6137 : f32[16] @ models/lib/vit.yaml:10:7
%6258 = mul %87, %6257 : f32[16] @ models/lib/vit.yaml:10:7
%6259 = broadcast %6141 : f32[16] @ models/lib/vit.yaml:10:7
%6260 = mul %6252, %6259 : f32[16] @ models/lib/vit.yaml:10:7
%6261 = add %6258, %6260 : f32[16] @ models/lib/vit.yaml:10:7
%6262 = assign %87, %6261 : f32[16] @ models/lib/vit.yaml:10:7
%6263 = all_reduce_sum %6038 : f32[16] @ models/lib/nn.yaml:89:7
%6264 = mul %6263, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6265 = reduce_sum %6264 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6266 = sqrt %6265 : f32[] @ models/lib/nn.yaml:89:7
%6267 = cast %6266 : f64[] @ models/lib/nn.yaml:89:7
%6268 = add %6267, %6077 : f64[] @ models/lib/nn.yaml:89:7
%6269 = div %6079, %6268 : f64[] @ models/lib/nn.yaml:89:7
%6270 = lt %6269, %6081 : bool[] @ models/lib/nn.yaml:89:7
%6271 = cast %6269 : f32[] @ models/lib/nn.yaml:89:7
%6272 = broadcast %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6273 = mul %6263, %6272 : f32[16] @ models/lib/nn.yaml:89:7
%6274 = broadcast %6270 : bool[16] @ models/lib/nn.yaml:89:7
%6275 = select %6274, %6273, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6277 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6278 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6279 = add %6278, %6091 : i64[] @ models/lib/nn.yaml:89:7
%6280 = mul %6275, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%6281 = mul %6276, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%6282 = add %6281, %6280 : f32[16] @ models/lib/nn.yaml:89:7
%6283 = mul %6275, %6275 : f32[16] @ models/lib/nn.yaml:89:7
%6284 = mul %6283, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%6285 = mul %6277, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%6286 = add %6285, %6284 : f32[16] @ models/lib/nn.yaml:89:7
%6287 = cast %6279 : f64[] @ models/lib/nn.yaml:89:7
%6288 = pow %6100, %6287 : f64[] @ models/lib/nn.yaml:89:7
%6289 = sub %6081, %6288 : f64[] @ models/lib/nn.yaml:89:7
%6290 = div %3811, %6289 : f64[] @ models/lib/nn.yaml:89:7
%6291 = pow %6108, %6287 : f64[] @ models/lib/nn.yaml:89:7
%6292 = sub %6081, %6291 : f64[] @ models/lib/nn.yaml:89:7
%6293 = sqrt %6292 : f64[] @ models/lib/nn.yaml:89:7
%6294 = div %6081, %6293 : f64[] @ models/lib/nn.yaml:89:7
%6295 = sqrt %6286 : f32[16] @ models/lib/nn.yaml:89:7
%6296 = cast %6294 : f32[] @ models/lib/nn.yaml:89:7
%6297 = broadcast %6296 : f32[16] @ models/lib/nn.yaml:89:7
%6298 = mul %6295, %6297 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = add %6298, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%6300 = div %6282, %6299 : f32[16] @ models/lib/nn.yaml:89:7
%6301 = cast %6290 : f32[] @ models/lib/nn.yaml:89:7
%6302 = broadcast %6301 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = mul %6300, %6302 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = sub %10, %6303 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = assign %10, %6304 : f32[16] @ models/lib/nn.yaml:89:7
%6306 = assign %6276, %6282 : f32[16] @ models/lib/nn.yaml:89:7
%6307 = assign %6277, %6286 : f32[16] @ models/lib/nn.yaml:89:7
%6308 = assign %6278, %6279 : i64[] @ models/lib/nn.yaml:89:7
%6309 = mul %88, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6310 = mul %6304, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6311 = add %6309, %6310 : f32[16] @ models/lib/nn.yaml:89:7
%6312 = assign %88, %6311 : f32[16] @ models/lib/nn.yaml:89:7
%6313 = all_reduce_sum %6031 : f32[16] @ models/lib/nn.yaml:90:7
%6314 = mul %6313, %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6315 = reduce_sum %6314 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6316 = sqrt %6315 : f32[] @ models/lib/nn.yaml:90:7
%6317 = cast %6316 : f64[] @ models/lib/nn.yaml:90:7
%6318 = add %6317, %6077 : f64[] @ models/lib/nn.yaml:90:7
%6319 = div %6079, %6318 : f64[] @ models/lib/nn.yaml:90:7
%6320 = lt %6319, %6081 : bool[] @ models/lib/nn.yaml:90:7
%6321 = cast %6319 : f32[] @ models/lib/nn.yaml:90:7
%6322 = broadcast %6321 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = mul %6313, %6322 : f32[16] @ models/lib/nn.yaml:90:7
%6324 = broadcast %6320 : bool[16] @ models/lib/nn.yaml:90:7
%6325 = select %6324, %6323, %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6327 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6328 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6329 = add %6328, %6091 : i64[] @ models/lib/nn.yaml:90:7
%6330 = mul %6325, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%6331 = mul %6326, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%6332 = add %6331, %6330 : f32[16] @ models/lib/nn.yaml:90:7
%6333 = mul %6325, %6325 : f32[16] @ models/lib/nn.yaml:90:7
%6334 = mul %6333, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%6335 = mul %6327, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%6336 = add %6335, %6334 : f32[16] @ models/lib/nn.yaml:90:7
%6337 = cast %6329 : f64[] @ models/lib/nn.yaml:90:7
%6338 = pow %6100, %6337 : f64[] @ models/lib/nn.yaml:90:7
%6339 = sub %6081, %6338 : f64[] @ models/lib/nn.yaml:90:7
%6340 = div %3811, %6339 : f64[] @ models/lib/nn.yaml:90:7
%6341 = pow %6108, %6337 : f64[] @ models/lib/nn.yaml:90:7
%6342 = sub %6081, %6341 : f64[] @ models/lib/nn.yaml:90:7
%6343 = sqrt %6342 : f64[] @ models/lib/nn.yaml:90:7
%6344 = div %6081, %6343 : f64[] @ models/lib/nn.yaml:90:7
%6345 = sqrt %6336 : f32[16] @ models/lib/nn.yaml:90:7
%6346 = cast %6344 : f32[] @ models/lib/nn.yaml:90:7
%6347 = broadcast %6346 : f32[16] @ models/lib/nn.yaml:90:7
%6348 = mul %6345, %6347 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = add %6348, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%6350 = div %6332, %6349 : f32[16] @ models/lib/nn.yaml:90:7
%6351 = cast %6340 : f32[] @ models/lib/nn.yaml:90:7
%6352 = broadcast %6351 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = mul %6350, %6352 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = sub %11, %6353 : f32[16] @ models/lib/nn.yaml:90:7
%6355 = assign %11, %6354 : f32[16] @ models/lib/nn.yaml:90:7
%6356 = assign %6326, %6332 : f32[16] @ models/lib/nn.yaml:90:7
%6357 = assign %6327, %6336 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = assign %6328, %6329 : i64[] @ models/lib/nn.yaml:90:7
%6359 = mul %89, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%6360 = mul %6354, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%6361 = add %6359, %6360 : f32[16] @ models/lib/nn.yaml:90:7
%6362 = assign %89, %6361 : f32[16] @ models/lib/nn.yaml:90:7
%6363 = all_reduce_sum %6025 : f32[48,16] @ models/lib/nn.yaml:79:7
%6364 = reshape %6363 : f32[768] @ models/lib/nn.yaml:79:7
%6365 = mul %6364, %6364 : f32[768] @ models/lib/nn.yaml:79:7
%6366 = reduce_sum %6365 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6367 = sqrt %6366 : f32[] @ models/lib/nn.yaml:79:7
%6368 = cast %6367 : f64[] @ models/lib/nn.yaml:79:7
%6369 = add %6368, %6077 : f64[] @ models/lib/nn.yaml:79:7
%6370 = div %6079, %6369 : f64[] @ models/lib/nn.yaml:79:7
%6371 = lt %6370, %6081 : bool[] @ models/lib/nn.yaml:79:7
%6372 = cast %6370 : f32[] @ models/lib/nn.yaml:79:7
%6373 = broadcast %6372 : f32[48,16] @ models/lib/nn.yaml:79:7
%6374 = mul %6363, %6373 : f32[48,16] @ models/lib/nn.yaml:79:7
%6375 = broadcast %6371 : bool[48,16] @ models/lib/nn.yaml:79:7
%6376 = select %6375, %6374, %6363 : f32[48,16] @ models/lib/nn.yaml:79:7
%6377 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6378 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6379 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6380 = add %6379, %6091 : i64[] @ models/lib/nn.yaml:79:7
%6381 = broadcast %6095 : f32[48,16] @ models/lib/nn.yaml:79:7
%6382 = mul %12, %6381 : f32[48,16] @ models/lib/nn.yaml:79:7
%6383 = broadcast %3567 : f32[48,16] @ models/lib/nn.yaml:79:7
%6384 = mul %6376, %6383 : f32[48,16] @ models/lib/nn.yaml:79:7
%6385 = broadcast %2436 : f32[48,16] @ models/lib/nn.yaml:79:7
%6386 = mul %6377, %6385 : f32[48,16] @ models/lib/nn.yaml:79:7
%6387 = add %6386, %6384 : f32[48,16] @ models/lib/nn.yaml:79:7
%6388 = mul %6376, %6376 : f32[48,16] @ models/lib/nn.yaml:79:7
%6389 = broadcast %6105 : f32[48,16] @ models/lib/nn.yaml:79:7
%6390 = mul %6388, %6389 : f32[48,16] @ models/lib/nn.yaml:79:7
%6391 = broadcast %6109 : f32[48,16] @ models/lib/nn.yaml:79:7
%6392 = mul %6378, %6391 : f32[48,16] @ models/lib/nn.yaml:79:7
%6393 = add %6392, %6390 : f32[48,16] @ models/lib/nn.yaml:79:7
%6394 = cast %6380 : f64[] @ models/lib/nn.yaml:79:7
%6395 = pow %6100, %6394 : f64[] @ models/lib/nn.yaml:79:7
%6396 = sub %6081, %6395 : f64[] @ models/lib/nn.yaml:79:7
%6397 = div %3811, %6396 : f64[] @ models/lib/nn.yaml:79:7
%6398 = pow %6108, %6394 : f64[] @ models/lib/nn.yaml:79:7
%6399 = sub %6081, %6398 : f64[] @ models/lib/nn.yaml:79:7
%6400 = sqrt %6399 : f64[] @ models/lib/nn.yaml:79:7
%6401 = div %6081, %6400 : f64[] @ models/lib/nn.yaml:79:7
%6402 = sqrt %6393 : f32[48,16] @ models/lib/nn.yaml:79:7
%6403 = cast %6401 : f32[] @ models/lib/nn.yaml:79:7
%6404 = broadcast %6403 : f32[48,16] @ models/lib/nn.yaml:79:7
%6405 = mul %6402, %6404 : f32[48,16] @ models/lib/nn.yaml:79:7
%6406 = broadcast %6125 : f32[48,16] @ models/lib/nn.yaml:79:7
%6407 = add %6405, %6406 : f32[48,16] @ models/lib/nn.yaml:79:7
%6408 = div %6387, %6407 : f32[48,16] @ models/lib/nn.yaml:79:7
%6409 = cast %6397 : f32[] @ models/lib/nn.yaml:79:7
%6410 = broadcast %6409 : f32[48,16] @ models/lib/nn.yaml:79:7
%6411 = mul %6408, %6410 : f32[48,16] @ models/lib/nn.yaml:79:7
%6412 = sub %6382, %6411 : f32[48,16] @ models/lib/nn.yaml:79:7
%6413 = assign %12, %6412 : f32[48,16] @ models/lib/nn.yaml:79:7
%6414 = assign %6377, %6387 : f32[48,16] @ models/lib/nn.yaml:79:7
%6415 = assign %6378, %6393 : f32[48,16] @ models/lib/nn.yaml:79:7
%6416 = assign %6379, %6380 : i64[] @ models/lib/nn.yaml:79:7
%6417 = broadcast %6137 : f32[48,16] @ models/lib/nn.yaml:79:7
%6418 = mul %90, %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = broadcast %6141 : f32[48,16] @ models/lib/nn.yaml:79:7
%6420 = mul %6412, %6419 : f32[48,16] @ models/lib/nn.yaml:79:7
%6421 = add %6418, %6420 : f32[48,16] @ models/lib/nn.yaml:79:7
%6422 = assign %90, %6421 : f32[48,16] @ models/lib/nn.yaml:79:7
%6423 = all_reduce_sum %6017 : f32[48] @ models/lib/nn.yaml:80:7
%6424 = mul %6423, %6423 : f32[48] @ models/lib/nn.yaml:80:7
%6425 = reduce_sum %6424 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6426 = sqrt %6425 : f32[] @ models/lib/nn.yaml:80:7
%6427 = cast %6426 : f64[] @ models/lib/nn.yaml:80:7
%6428 = add %6427, %6077 : f64[] @ models/lib/nn.yaml:80:7
%6429 = div %6079, %6428 : f64[] @ models/lib/nn.yaml:80:7
%6430 = lt %6429, %6081 : bool[] @ models/lib/nn.yaml:80:7
%6431 = cast %6429 : f32[] @ models/lib/nn.yaml:80:7
%6432 = broadcast %6431 : f32[48] @ models/lib/nn.yaml:80:7
%6433 = mul %6423, %6432 : f32[48] @ models/lib/nn.yaml:80:7
%6434 = broadcast %6430 : bool[48] @ models/lib/nn.yaml:80:7
%6435 = select %6434, %6433, %6423 : f32[48] @ models/lib/nn.yaml:80:7
%6436 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6437 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6438 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6439 = add %6438, %6091 : i64[] @ models/lib/nn.yaml:80:7
%6440 = broadcast %3567 : f32[48] @ models/lib/nn.yaml:80:7
%6441 = mul %6435, %6440 : f32[48] @ models/lib/nn.yaml:80:7
%6442 = broadcast %2436 : f32[48] @ models/lib/nn.yaml:80:7
%6443 = mul %6436, %6442 : f32[48] @ models/lib/nn.yaml:80:7
%6444 = add %6443, %6441 : f32[48] @ models/lib/nn.yaml:80:7
%6445 = mul %6435, %6435 : f32[48] @ models/lib/nn.yaml:80:7
%6446 = broadcast %6105 : f32[48] @ models/lib/nn.yaml:80:7
%6447 = mul %6445, %6446 : f32[48] @ models/lib/nn.yaml:80:7
%6448 = broadcast %6109 : f32[48] @ models/lib/nn.yaml:80:7
%6449 = mul %6437, %6448 : f32[48] @ models/lib/nn.yaml:80:7
%6450 = add %6449, %6447 : f32[48] @ models/lib/nn.yaml:80:7
%6451 = cast %6439 : f64[] @ models/lib/nn.yaml:80:7
%6452 = pow %6100, %6451 : f64[] @ models/lib/nn.yaml:80:7
%6453 = sub %6081, %6452 : f64[] @ models/lib/nn.yaml:80:7
%6454 = div %3811, %6453 : f64[] @ models/lib/nn.yaml:80:7
%6455 = pow %6108, %6451 : f64[] @ models/lib/nn.yaml:80:7
%6456 = sub %6081, %6455 : f64[] @ models/lib/nn.yaml:80:7
%6457 = sqrt %6456 : f64[] @ models/lib/nn.yaml:80:7
%6458 = div %6081, %6457 : f64[] @ models/lib/nn.yaml:80:7
%6459 = sqrt %6450 : f32[48] @ models/lib/nn.yaml:80:7
%6460 = cast %6458 : f32[] @ models/lib/nn.yaml:80:7
%6461 = broadcast %6460 : f32[48] @ models/lib/nn.yaml:80:7
%6462 = mul %6459, %6461 : f32[48] @ models/lib/nn.yaml:80:7
%6463 = broadcast %6125 : f32[48] @ models/lib/nn.yaml:80:7
%6464 = add %6462, %6463 : f32[48] @ models/lib/nn.yaml:80:7
%6465 = div %6444, %6464 : f32[48] @ models/lib/nn.yaml:80:7
%6466 = cast %6454 : f32[] @ models/lib/nn.yaml:80:7
%6467 = broadcast %6466 : f32[48] @ models/lib/nn.yaml:80:7
%6468 = mul %6465, %6467 : f32[48] @ models/lib/nn.yaml:80:7
%6469 = sub %13, %6468 : f32[48] @ models/lib/nn.yaml:80:7
%6470 = assign %13, %6469 : f32[48] @ models/lib/nn.yaml:80:7
%6471 = assign %6436, %6444 : f32[48] @ models/lib/nn.yaml:80:7
%6472 = assign %6437, %6450 : f32[48] @ models/lib/nn.yaml:80:7
%6473 = assign %6438, %6439 : i64[] @ models/lib/nn.yaml:80:7
%6474 = broadcast %6137 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = mul %91, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = broadcast %6141 : f32[48] @ models/lib/nn.yaml:80:7
%6477 = mul %6469, %6476 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = add %6475, %6477 : f32[48] @ models/lib/nn.yaml:80:7
%6479 = assign %91, %6478 : f32[48] @ models/lib/nn.yaml:80:7
%6480 = all_reduce_sum %5911 : f32[16,16] @ models/lib/nn.yaml:79:7
%6481 = reshape %6480 : f32[256] @ models/lib/nn.yaml:79:7
%6482 = mul %6481, %6481 : f32[256] @ models/lib/nn.yaml:79:7
%6483 = reduce_sum %6482 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6484 = sqrt %6483 : f32[] @ models/lib/nn.yaml:79:7
%6485 = cast %6484 : f64[] @ models/lib/nn.yaml:79:7
%6486 = add %6485, %6077 : f64[] @ models/lib/nn.yaml:79:7
%6487 = div %6079, %6486 : f64[] @ models/lib/nn.yaml:79:7
%6488 = lt %6487, %6081 : bool[] @ models/lib/nn.yaml:79:7
%6489 = cast %6487 : f32[] @ models/lib/nn.yaml:79:7
%6490 = broadcast %6489 : f32[16,16] @ models/lib/nn.yaml:79:7
%6491 = mul %6480, %6490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6492 = broadcast %6488 : bool[16,16] @ models/lib/nn.yaml:79:7
%6493 = select %6492, %6491, %6480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6494 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6495 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6496 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6497 = add %6496, %6091 : i64[] @ models/lib/nn.yaml:79:7
%6498 = broadcast %6095 : f32[16,16] @ models/lib/nn.yaml:79:7
%6499 = mul %14, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%6500 = broadcast %3567 : f32[16,16] @ models/lib/nn.yaml:79:7
%6501 = mul %6493, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%6502 = broadcast %2436 : f32[16,16] @ models/lib/nn.yaml:79:7
%6503 = mul %6494, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6504 = add %6503, %6501 : f32[16,16] @ models/lib/nn.yaml:79:7
%6505 = mul %6493, %6493 : f32[16,16] @ models/lib/nn.yaml:79:7
%6506 = broadcast %6105 : f32[16,16] @ models/lib/nn.yaml:79:7
%6507 = mul %6505, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%6508 = broadcast %6109 : f32[16,16] @ models/lib/nn.yaml:79:7
%6509 = mul %6495, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%6510 = add %6509, %6507 : f32[16,16] @ models/lib/nn.yaml:79:7
%6511 = cast %6497 : f64[] @ models/lib/nn.yaml:79:7
%6512 = pow %6100, %6511 : f64[] @ models/lib/nn.yaml:79:7
%6513 = sub %6081, %6512 : f64[] @ models/lib/nn.yaml:79:7
%6514 = div %3811, %6513 : f64[] @ models/lib/nn.yaml:79:7
%6515 = pow %6108, %6511 : f64[] @ models/lib/nn.yaml:79:7
%6516 = sub %6081, %6515 : f64[] @ models/lib/nn.yaml:79:7
%6517 = sqrt %6516 : f64[] @ models/lib/nn.yaml:79:7
%6518 = div %6081, %6517 : f64[] @ models/lib/nn.yaml:79:7
%6519 = sqrt %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6520 = cast %6518 : f32[] @ models/lib/nn.yaml:79:7
%6521 = broadcast %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%6522 = mul %6519, %6521 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = broadcast %6125 : f32[16,16] @ models/lib/nn.yaml:79:7
%6524 = add %6522, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%6525 = div %6504, %6524 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = cast %6514 : f32[] @ models/lib/nn.yaml:79:7
%6527 = broadcast %6526 : f32[16,16] @ models/lib/nn.yaml:79:7
%6528 = mul %6525, %6527 : f32[16,16] @ models/lib/nn.yaml:79:7
%6529 = sub %6499, %6528 : f32[16,16] @ models/lib/nn.yaml:79:7
%6530 = assign %14, %6529 : f32[16,16] @ models/lib/nn.yaml:79:7
%6531 = assign %6494, %6504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6532 = assign %6495, %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6533 = assign %6496, %6497 : i64[] @ models/lib/nn.yaml:79:7
%6534 = broadcast %6137 : f32[16,16] @ models/lib/nn.yaml:79:7
%6535 = mul %92, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = broadcast %6141 : f32[16,16] @ models/lib/nn.yaml:79:7
%6537 = mul %6529, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%6538 = add %6535, %6537 : f32[16,16] @ models/lib/nn.yaml:79:7
%6539 = assign %92, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6540 = all_reduce_sum %5903 : f32[16] @ models/lib/nn.yaml:80:7
%6541 = mul %6540, %6540 : f32[16] @ models/lib/nn.yaml:80:7
%6542 = reduce_sum %6541 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6543 = sqrt %6542 : f32[] @ models/lib/nn.yaml:80:7
%6544 = cast %6543 : f64[] @ models/lib/nn.yaml:80:7
%6545 = add %6544, %6077 : f64[] @ models/lib/nn.yaml:80:7
%6546 = div %6079, %6545 : f64[] @ models/lib/nn.yaml:80:7
%6547 = lt %6546, %6081 : bool[] @ models/lib/nn.yaml:80:7
%6548 = cast %6546 : f32[] @ models/lib/nn.yaml:80:7
%6549 = broadcast %6548 : f32[16] @ models/lib/nn.yaml:80:7
%6550 = mul %6540, %6549 : f32[16] @ models/lib/nn.yaml:80:7
%6551 = broadcast %6547 : bool[16] @ models/lib/nn.yaml:80:7
%6552 = select %6551, %6550, %6540 : f32[16] @ models/lib/nn.yaml:80:7
%6553 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6554 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6555 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6556 = add %6555, %6091 : i64[] @ models/lib/nn.yaml:80:7
%6557 = mul %6552, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6558 = mul %6553, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%6559 = add %6558, %6557 : f32[16] @ models/lib/nn.yaml:80:7
%6560 = mul %6552, %6552 : f32[16] @ models/lib/nn.yaml:80:7
%6561 = mul %6560, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%6562 = mul %6554, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6563 = add %6562, %6561 : f32[16] @ models/lib/nn.yaml:80:7
%6564 = cast %6556 : f64[] @ models/lib/nn.yaml:80:7
%6565 = pow %6100, %6564 : f64[] @ models/lib/nn.yaml:80:7
%6566 = sub %6081, %6565 : f64[] @ models/lib/nn.yaml:80:7
%6567 = div %3811, %6566 : f64[] @ models/lib/nn.yaml:80:7
%6568 = pow %6108, %6564 : f64[] @ models/lib/nn.yaml:80:7
%6569 = sub %6081, %6568 : f64[] @ models/lib/nn.yaml:80:7
%6570 = sqrt %6569 : f64[] @ models/lib/nn.yaml:80:7
%6571 = div %6081, %6570 : f64[] @ models/lib/nn.yaml:80:7
%6572 = sqrt %6563 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = cast %6571 : f32[] @ models/lib/nn.yaml:80:7
%6574 = broadcast %6573 : f32[16] @ models/lib/nn.yaml:80:7
%6575 = mul %6572, %6574 : f32[16] @ models/lib/nn.yaml:80:7
%6576 = add %6575, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%6577 = div %6559, %6576 : f32[16] @ models/lib/nn.yaml:80:7
%6578 = cast %6567 : f32[] @ models/lib/nn.yaml:80:7
%6579 = broadcast %6578 : f32[16] @ models/lib/nn.yaml:80:7
%6580 = mul %6577, %6579 : f32[16] @ models/lib/nn.yaml:80:7
%6581 = sub %15, %6580 : f32[16] @ models/lib/nn.yaml:80:7
%6582 = assign %15, %6581 : f32[16] @ models/lib/nn.yaml:80:7
%6583 = assign %6553, %6559 : f32[16] @ models/lib/nn.yaml:80:7
%6584 = assign %6554, %6563 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = assign %6555, %6556 : i64[] @ models/lib/nn.yaml:80:7
%6586 = mul %93, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6587 = mul %6581, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%6588 = add %6586, %6587 : f32[16] @ models/lib/nn.yaml:80:7
%6589 = assign %93, %6588 : f32[16] @ models/lib/nn.yaml:80:7
%6590 = all_reduce_sum %5880 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = mul %6590, %6590 : f32[16] @ models/lib/nn.yaml:89:7
%6592 = reduce_sum %6591 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6593 = sqrt %6592 : f32[] @ models/lib/nn.yaml:89:7
%6594 = cast %6593 : f64[] @ models/lib/nn.yaml:89:7
%6595 = add %6594, %6077 : f64[] @ models/lib/nn.yaml:89:7
%6596 = div %6079, %6595 : f64[] @ models/lib/nn.yaml:89:7
%6597 = lt %6596, %6081 : bool[] @ models/lib/nn.yaml:89:7
%6598 = cast %6596 : f32[] @ models/lib/nn.yaml:89:7
%6599 = broadcast %6598 : f32[16] @ models/lib/nn.yaml:89:7
%6600 = mul %6590, %6599 : f32[16] @ models/lib/nn.yaml:89:7
%6601 = broadcast %6597 : bool[16] @ models/lib/nn.yaml:89:7
%6602 = select %6601, %6600, %6590 : f32[16] @ models/lib/nn.yaml:89:7
%6603 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6604 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6605 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6606 = add %6605, %6091 : i64[] @ models/lib/nn.yaml:89:7
%6607 = mul %6602, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = mul %6603, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%6609 = add %6608, %6607 : f32[16] @ models/lib/nn.yaml:89:7
%6610 = mul %6602, %6602 : f32[16] @ models/lib/nn.yaml:89:7
%6611 = mul %6610, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%6612 = mul %6604, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%6613 = add %6612, %6611 : f32[16] @ models/lib/nn.yaml:89:7
%6614 = cast %6606 : f64[] @ models/lib/nn.yaml:89:7
%6615 = pow %6100, %6614 : f64[] @ models/lib/nn.yaml:89:7
%6616 = sub %6081, %6615 : f64[] @ models/lib/nn.yaml:89:7
%6617 = div %3811, %6616 : f64[] @ models/lib/nn.yaml:89:7
%6618 = pow %6108, %6614 : f64[] @ models/lib/nn.yaml:89:7
%6619 = sub %6081, %6618 : f64[] @ models/lib/nn.yaml:89:7
%6620 = sqrt %6619 : f64[] @ models/lib/nn.yaml:89:7
%6621 = div %6081, %6620 : f64[] @ models/lib/nn.yaml:89:7
%6622 = sqrt %6613 : f32[16] @ models/lib/nn.yaml:89:7
%6623 = cast %6621 : f32[] @ models/lib/nn.yaml:89:7
%6624 = broadcast %6623 : f32[16] @ models/lib/nn.yaml:89:7
%6625 = mul %6622, %6624 : f32[16] @ models/lib/nn.yaml:89:7
%6626 = add %6625, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%6627 = div %6609, %6626 : f32[16] @ models/lib/nn.yaml:89:7
%6628 = cast %6617 : f32[] @ models/lib/nn.yaml:89:7
%6629 = broadcast %6628 : f32[16] @ models/lib/nn.yaml:89:7
%6630 = mul %6627, %6629 : f32[16] @ models/lib/nn.yaml:89:7
%6631 = sub %16, %6630 : f32[16] @ models/lib/nn.yaml:89:7
%6632 = assign %16, %6631 : f32[16] @ models/lib/nn.yaml:89:7
%6633 = assign %6603, %6609 : f32[16] @ models/lib/nn.yaml:89:7
%6634 = assign %6604, %6613 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = assign %6605, %6606 : i64[] @ models/lib/nn.yaml:89:7
%6636 = mul %94, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6637 = mul %6631, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6638 = add %6636, %6637 : f32[16] @ models/lib/nn.yaml:89:7
%6639 = assign %94, %6638 : f32[16] @ models/lib/nn.yaml:89:7
%6640 = all_reduce_sum %5873 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = mul %6640, %6640 : f32[16] @ models/lib/nn.yaml:90:7
%6642 = reduce_sum %6641 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6643 = sqrt %6642 : f32[] @ models/lib/nn.yaml:90:7
%6644 = cast %6643 : f64[] @ models/lib/nn.yaml:90:7
%6645 = add %6644, %6077 : f64[] @ models/lib/nn.yaml:90:7
%6646 = div %6079, %6645 : f64[] @ models/lib/nn.yaml:90:7
%6647 = lt %6646, %6081 : bool[] @ models/lib/nn.yaml:90:7
%6648 = cast %6646 : f32[] @ models/lib/nn.yaml:90:7
%6649 = broadcast %6648 : f32[16] @ models/lib/nn.yaml:90:7
%6650 = mul %6640, %6649 : f32[16] @ models/lib/nn.yaml:90:7
%6651 = broadcast %6647 : bool[16] @ models/lib/nn.yaml:90:7
%6652 = select %6651, %6650, %6640 : f32[16] @ models/lib/nn.yaml:90:7
%6653 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6654 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6655 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6656 = add %6655, %6091 : i64[] @ models/lib/nn.yaml:90:7
%6657 = mul %6652, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = mul %6653, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%6659 = add %6658, %6657 : f32[16] @ models/lib/nn.yaml:90:7
%6660 = mul %6652, %6652 : f32[16] @ models/lib/nn.yaml:90:7
%6661 = mul %6660, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%6662 = mul %6654, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%6663 = add %6662, %6661 : f32[16] @ models/lib/nn.yaml:90:7
%6664 = cast %6656 : f64[] @ models/lib/nn.yaml:90:7
%6665 = pow %6100, %6664 : f64[] @ models/lib/nn.yaml:90:7
%6666 = sub %6081, %6665 : f64[] @ models/lib/nn.yaml:90:7
%6667 = div %3811, %6666 : f64[] @ models/lib/nn.yaml:90:7
%6668 = pow %6108, %6664 : f64[] @ models/lib/nn.yaml:90:7
%6669 = sub %6081, %6668 : f64[] @ models/lib/nn.yaml:90:7
%6670 = sqrt %6669 : f64[] @ models/lib/nn.yaml:90:7
%6671 = div %6081, %6670 : f64[] @ models/lib/nn.yaml:90:7
%6672 = sqrt %6663 : f32[16] @ models/lib/nn.yaml:90:7
%6673 = cast %6671 : f32[] @ models/lib/nn.yaml:90:7
%6674 = broadcast %6673 : f32[16] @ models/lib/nn.yaml:90:7
%6675 = mul %6672, %6674 : f32[16] @ models/lib/nn.yaml:90:7
%6676 = add %6675, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%6677 = div %6659, %6676 : f32[16] @ models/lib/nn.yaml:90:7
%6678 = cast %6667 : f32[] @ models/lib/nn.yaml:90:7
%6679 = broadcast %6678 : f32[16] @ models/lib/nn.yaml:90:7
%6680 = mul %6677, %6679 : f32[16] @ models/lib/nn.yaml:90:7
%6681 = sub %17, %6680 : f32[16] @ models/lib/nn.yaml:90:7
%6682 = assign %17, %6681 : f32[16] @ models/lib/nn.yaml:90:7
%6683 = assign %6653, %6659 : f32[16] @ models/lib/nn.yaml:90:7
%6684 = assign %6654, %6663 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = assign %6655, %6656 : i64[] @ models/lib/nn.yaml:90:7
%6686 = mul %95, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%6687 = mul %6681, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%6688 = add %6686, %6687 : f32[16] @ models/lib/nn.yaml:90:7
%6689 = assign %95, %6688 : f32[16] @ models/lib/nn.yaml:90:7
%6690 = all_reduce_sum %5867 : f32[64,16] @ models/lib/nn.yaml:79:7
%6691 = reshape %6690 : f32[1024] @ models/lib/nn.yaml:79:7
%6692 = mul %6691, %6691 : f32[1024] @ models/lib/nn.yaml:79:7
%6693 = reduce_sum %6692 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6694 = sqrt %6693 : f32[] @ models/lib/nn.yaml:79:7
%6695 = cast %6694 : f64[] @ models/lib/nn.yaml:79:7
%6696 = add %6695, %6077 : f64[] @ models/lib/nn.yaml:79:7
%6697 = div %6079, %6696 : f64[] @ models/lib/nn.yaml:79:7
%6698 = lt %6697, %6081 : bool[] @ models/lib/nn.yaml:79:7
%6699 = cast %6697 : f32[] @ models/lib/nn.yaml:79:7
%6700 = broadcast %6699 : f32[64,16] @ models/lib/nn.yaml:79:7
%6701 = mul %6690, %6700 : f32[64,16] @ models/lib/nn.yaml:79:7
%6702 = broadcast %6698 : bool[64,16] @ models/lib/nn.yaml:79:7
%6703 = select %6702, %6701, %6690 : f32[64,16] @ models/lib/nn.yaml:79:7
%6704 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6705 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6706 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6707 = add %6706, %6091 : i64[] @ models/lib/nn.yaml:79:7
%6708 = broadcast %6095 : f32[64,16] @ models/lib/nn.yaml:79:7
%6709 = mul %18, %6708 : f32[64,16] @ models/lib/nn.yaml:79:7
%6710 = broadcast %3567 : f32[64,16] @ models/lib/nn.yaml:79:7
%6711 = mul %6703, %6710 : f32[64,16] @ models/lib/nn.yaml:79:7
%6712 = broadcast %2436 : f32[64,16] @ models/lib/nn.yaml:79:7
%6713 = mul %6704, %6712 : f32[64,16] @ models/lib/nn.yaml:79:7
%6714 = add %6713, %6711 : f32[64,16] @ models/lib/nn.yaml:79:7
%6715 = mul %6703, %6703 : f32[64,16] @ models/lib/nn.yaml:79:7
%6716 = broadcast %6105 : f32[64,16] @ models/lib/nn.yaml:79:7
%6717 = mul %6715, %6716 : f32[64,16] @ models/lib/nn.yaml:79:7
%6718 = broadcast %6109 : f32[64,16] @ models/lib/nn.yaml:79:7
%6719 = mul %6705, %6718 : f32[64,16] @ models/lib/nn.yaml:79:7
%6720 = add %6719, %6717 : f32[64,16] @ models/lib/nn.yaml:79:7
%6721 = cast %6707 : f64[] @ models/lib/nn.yaml:79:7
%6722 = pow %6100, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6723 = sub %6081, %6722 : f64[] @ models/lib/nn.yaml:79:7
%6724 = div %3811, %6723 : f64[] @ models/lib/nn.yaml:79:7
%6725 = pow %6108, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6726 = sub %6081, %6725 : f64[] @ models/lib/nn.yaml:79:7
%6727 = sqrt %6726 : f64[] @ models/lib/nn.yaml:79:7
%6728 = div %6081, %6727 : f64[] @ models/lib/nn.yaml:79:7
%6729 = sqrt %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6730 = cast %6728 : f32[] @ models/lib/nn.yaml:79:7
%6731 = broadcast %6730 : f32[64,16] @ models/lib/nn.yaml:79:7
%6732 = mul %6729, %6731 : f32[64,16] @ models/lib/nn.yaml:79:7
%6733 = broadcast %6125 : f32[64,16] @ models/lib/nn.yaml:79:7
%6734 = add %6732, %6733 : f32[64,16] @ models/lib/nn.yaml:79:7
%6735 = div %6714, %6734 : f32[64,16] @ models/lib/nn.yaml:79:7
%6736 = cast %6724 : f32[] @ models/lib/nn.yaml:79:7
%6737 = broadcast %6736 : f32[64,16] @ models/lib/nn.yaml:79:7
%6738 = mul %6735, %6737 : f32[64,16] @ models/lib/nn.yaml:79:7
%6739 = sub %6709, %6738 : f32[64,16] @ models/lib/nn.yaml:79:7
%6740 = assign %18, %6739 : f32[64,16] @ models/lib/nn.yaml:79:7
%6741 = assign %6704, %6714 : f32[64,16] @ models/lib/nn.yaml:79:7
%6742 = assign %6705, %6720 : f32[64,16] @ models/lib/nn.yaml:79:7
%6743 = assign %6706, %6707 : i64[] @ models/lib/nn.yaml:79:7
%6744 = broadcast %6137 : f32[64,16] @ models/lib/nn.yaml:79:7
%6745 = mul %96, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%6746 = broadcast %6141 : f32[64,16] @ models/lib/nn.yaml:79:7
%6747 = mul %6739, %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%6748 = add %6745, %6747 : f32[64,16] @ models/lib/nn.yaml:79:7
%6749 = assign %96, %6748 : f32[64,16] @ models/lib/nn.yaml:79:7
%6750 = all_reduce_sum %5859 : f32[64] @ models/lib/nn.yaml:80:7
%6751 = mul %6750, %6750 : f32[64] @ models/lib/nn.yaml:80:7
%6752 = reduce_sum %6751 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6753 = sqrt %6752 : f32[] @ models/lib/nn.yaml:80:7
%6754 = cast %6753 : f64[] @ models/lib/nn.yaml:80:7
%6755 = add %6754, %6077 : f64[] @ models/lib/nn.yaml:80:7
%6756 = div %6079, %6755 : f64[] @ models/lib/nn.yaml:80:7
%6757 = lt %6756, %6081 : bool[] @ models/lib/nn.yaml:80:7
%6758 = cast %6756 : f32[] @ models/lib/nn.yaml:80:7
%6759 = broadcast %6758 : f32[64] @ models/lib/nn.yaml:80:7
%6760 = mul %6750, %6759 : f32[64] @ models/lib/nn.yaml:80:7
%6761 = broadcast %6757 : bool[64] @ models/lib/nn.yaml:80:7
%6762 = select %6761, %6760, %6750 : f32[64] @ models/lib/nn.yaml:80:7
%6763 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6764 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6765 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6766 = add %6765, %6091 : i64[] @ models/lib/nn.yaml:80:7
%6767 = broadcast %3567 : f32[64] @ models/lib/nn.yaml:80:7
%6768 = mul %6762, %6767 : f32[64] @ models/lib/nn.yaml:80:7
%6769 = broadcast %2436 : f32[64] @ models/lib/nn.yaml:80:7
%6770 = mul %6763, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%6771 = add %6770, %6768 : f32[64] @ models/lib/nn.yaml:80:7
%6772 = mul %6762, %6762 : f32[64] @ models/lib/nn.yaml:80:7
%6773 = broadcast %6105 : f32[64] @ models/lib/nn.yaml:80:7
%6774 = mul %6772, %6773 : f32[64] @ models/lib/nn.yaml:80:7
%6775 = broadcast %6109 : f32[64] @ models/lib/nn.yaml:80:7
%6776 = mul %6764, %6775 : f32[64] @ models/lib/nn.yaml:80:7
%6777 = add %6776, %6774 : f32[64] @ models/lib/nn.yaml:80:7
%6778 = cast %6766 : f64[] @ models/lib/nn.yaml:80:7
%6779 = pow %6100, %6778 : f64[] @ models/lib/nn.yaml:80:7
%6780 = sub %6081, %6779 : f64[] @ models/lib/nn.yaml:80:7
%6781 = div %3811, %6780 : f64[] @ models/lib/nn.yaml:80:7
%6782 = pow %6108, %6778 : f64[] @ models/lib/nn.yaml:80:7
%6783 = sub %6081, %6782 : f64[] @ models/lib/nn.yaml:80:7
%6784 = sqrt %6783 : f64[] @ models/lib/nn.yaml:80:7
%6785 = div %6081, %6784 : f64[] @ models/lib/nn.yaml:80:7
%6786 = sqrt %6777 : f32[64] @ models/lib/nn.yaml:80:7
%6787 = cast %6785 : f32[] @ models/lib/nn.yaml:80:7
%6788 = broadcast %6787 : f32[64] @ models/lib/nn.yaml:80:7
%6789 = mul %6786, %6788 : f32[64] @ models/lib/nn.yaml:80:7
%6790 = broadcast %6125 : f32[64] @ models/lib/nn.yaml:80:7
%6791 = add %6789, %6790 : f32[64] @ models/lib/nn.yaml:80:7
%6792 = div %6771, %6791 : f32[64] @ models/lib/nn.yaml:80:7
%6793 = cast %6781 : f32[] @ models/lib/nn.yaml:80:7
%6794 = broadcast %6793 : f32[64] @ models/lib/nn.yaml:80:7
%6795 = mul %6792, %6794 : f32[64] @ models/lib/nn.yaml:80:7
%6796 = sub %19, %6795 : f32[64] @ models/lib/nn.yaml:80:7
%6797 = assign %19, %6796 : f32[64] @ models/lib/nn.yaml:80:7
%6798 = assign %6763, %6771 : f32[64] @ models/lib/nn.yaml:80:7
%6799 = assign %6764, %6777 : f32[64] @ models/lib/nn.yaml:80:7
%6800 = assign %6765, %6766 : i64[] @ models/lib/nn.yaml:80:7
%6801 = broadcast %6137 : f32[64] @ models/lib/nn.yaml:80:7
%6802 = mul %97, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%6803 = broadcast %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6804 = mul %6796, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%6805 = add %6802, %6804 : f32[64] @ models/lib/nn.yaml:80:7
%6806 = assign %97, %6805 : f32[64] @ models/lib/nn.yaml:80:7
%6807 = all_reduce_sum %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%6808 = reshape %6807 : f32[1024] @ models/lib/nn.yaml:79:7
%6809 = mul %6808, %6808 : f32[1024] @ models/lib/nn.yaml:79:7
%6810 = reduce_sum %6809 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6811 = sqrt %6810 : f32[] @ models/lib/nn.yaml:79:7
%6812 = cast %6811 : f64[] @ models/lib/nn.yaml:79:7
%6813 = add %6812, %6077 : f64[] @ models/lib/nn.yaml:79:7
%6814 = div %6079, %6813 : f64[] @ models/lib/nn.yaml:79:7
%6815 = lt %6814, %6081 : bool[] @ models/lib/nn.yaml:79:7
%6816 = cast %6814 : f32[] @ models/lib/nn.yaml:79:7
%6817 = broadcast %6816 : f32[16,64] @ models/lib/nn.yaml:79:7
%6818 = mul %6807, %6817 : f32[16,64] @ models/lib/nn.yaml:79:7
%6819 = broadcast %6815 : bool[16,64] @ models/lib/nn.yaml:79:7
%6820 = select %6819, %6818, %6807 : f32[16,64] @ models/lib/nn.yaml:79:7
%6821 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6822 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6823 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6824 = add %6823, %6091 : i64[] @ models/lib/nn.yaml:79:7
%6825 = broadcast %6095 : f32[16,64] @ models/lib/nn.yaml:79:7
%6826 = mul %20, %6825 : f32[16,64] @ models/lib/nn.yaml:79:7
%6827 = broadcast %3567 : f32[16,64] @ models/lib/nn.yaml:79:7
%6828 = mul %6820, %6827 : f32[16,64] @ models/lib/nn.yaml:79:7
%6829 = broadcast %2436 : f32[16,64] @ models/lib/nn.yaml:79:7
%6830 = mul %6821, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%6831 = add %6830, %6828 : f32[16,64] @ models/lib/nn.yaml:79:7
%6832 = mul %6820, %6820 : f32[16,64] @ models/lib/nn.yaml:79:7
%6833 = broadcast %6105 : f32[16,64] @ models/lib/nn.yaml:79:7
%6834 = mul %6832, %6833 : f32[16,64] @ models/lib/nn.yaml:79:7
%6835 = broadcast %6109 : f32[16,64] @ models/lib/nn.yaml:79:7
%6836 = mul %6822, %6835 : f32[16,64] @ models/lib/nn.yaml:79:7
%6837 = add %6836, %6834 : f32[16,64] @ models/lib/nn.yaml:79:7
%6838 = cast %6824 : f64[] @ models/lib/nn.yaml:79:7
%6839 = pow %6100, %6838 : f64[] @ models/lib/nn.yaml:79:7
%6840 = sub %6081, %6839 : f64[] @ models/lib/nn.yaml:79:7
%6841 = div %3811, %6840 : f64[] @ models/lib/nn.yaml:79:7
%6842 = pow %6108, %6838 : f64[] @ models/lib/nn.yaml:79:7
%6843 = sub %6081, %6842 : f64[] @ models/lib/nn.yaml:79:7
%6844 = sqrt %6843 : f64[] @ models/lib/nn.yaml:79:7
%6845 = div %6081, %6844 : f64[] @ models/lib/nn.yaml:79:7
%6846 = sqrt %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6847 = cast %6845 : f32[] @ models/lib/nn.yaml:79:7
%6848 = broadcast %6847 : f32[16,64] @ models/lib/nn.yaml:79:7
%6849 = mul %6846, %6848 : f32[16,64] @ models/lib/nn.yaml:79:7
%6850 = broadcast %6125 : f32[16,64] @ models/lib/nn.yaml:79:7
%6851 = add %6849, %6850 : f32[16,64] @ models/lib/nn.yaml:79:7
%6852 = div %6831, %6851 : f32[16,64] @ models/lib/nn.yaml:79:7
%6853 = cast %6841 : f32[] @ models/lib/nn.yaml:79:7
%6854 = broadcast %6853 : f32[16,64] @ models/lib/nn.yaml:79:7
%6855 = mul %6852, %6854 : f32[16,64] @ models/lib/nn.yaml:79:7
%6856 = sub %6826, %6855 : f32[16,64] @ models/lib/nn.yaml:79:7
%6857 = assign %20, %6856 : f32[16,64] @ models/lib/nn.yaml:79:7
%6858 = assign %6821, %6831 : f32[16,64] @ models/lib/nn.yaml:79:7
%6859 = assign %6822, %6837 : f32[16,64] @ models/lib/nn.yaml:79:7
%6860 = assign %6823, %6824 : i64[] @ models/lib/nn.yaml:79:7
%6861 = broadcast %6137 : f32[16,64] @ models/lib/nn.yaml:79:7
%6862 = mul %98, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%6863 = broadcast %6141 : f32[16,64] @ models/lib/nn.yaml:79:7
%6864 = mul %6856, %6863 : f32[16,64] @ models/lib/nn.yaml:79:7
%6865 = add %6862, %6864 : f32[16,64] @ models/lib/nn.yaml:79:7
%6866 = assign %98, %6865 : f32[16,64] @ models/lib/nn.yaml:79:7
%6867 = all_reduce_sum %5835 : f32[16] @ models/lib/nn.yaml:80:7
%6868 = mul %6867, %6867 : f32[16] @ models/lib/nn.yaml:80:7
%6869 = reduce_sum %6868 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6870 = sqrt %6869 : f32[] @ models/lib/nn.yaml:80:7
%6871 = cast %6870 : f64[] @ models/lib/nn.yaml:80:7
%6872 = add %6871, %6077 : f64[] @ models/lib/nn.yaml:80:7
%6873 = div %6079, %6872 : f64[] @ models/lib/nn.yaml:80:7
%6874 = lt %6873, %6081 : bool[] @ models/lib/nn.yaml:80:7
%6875 = cast %6873 : f32[] @ models/lib/nn.yaml:80:7
%6876 = broadcast %6875 : f32[16] @ models/lib/nn.yaml:80:7
%6877 = mul %6867, %6876 : f32[16] @ models/lib/nn.yaml:80:7
%6878 = broadcast %6874 : bool[16] @ models/lib/nn.yaml:80:7
%6879 = select %6878, %6877, %6867 : f32[16] @ models/lib/nn.yaml:80:7
%6880 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6881 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6882 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6883 = add %6882, %6091 : i64[] @ models/lib/nn.yaml:80:7
%6884 = mul %6879, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6885 = mul %6880, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%6886 = add %6885, %6884 : f32[16] @ models/lib/nn.yaml:80:7
%6887 = mul %6879, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%6888 = mul %6887, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%6889 = mul %6881, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6890 = add %6889, %6888 : f32[16] @ models/lib/nn.yaml:80:7
%6891 = cast %6883 : f64[] @ models/lib/nn.yaml:80:7
%6892 = pow %6100, %6891 : f64[] @ models/lib/nn.yaml:80:7
%6893 = sub %6081, %6892 : f64[] @ models/lib/nn.yaml:80:7
%6894 = div %3811, %6893 : f64[] @ models/lib/nn.yaml:80:7
%6895 = pow %6108, %6891 : f64[] @ models/lib/nn.yaml:80:7
%6896 = sub %6081, %6895 : f64[] @ models/lib/nn.yaml:80:7
%6897 = sqrt %6896 : f64[] @ models/lib/nn.yaml:80:7
%6898 = div %6081, %6897 : f64[] @ models/lib/nn.yaml:80:7
%6899 = sqrt %6890 : f32[16] @ models/lib/nn.yaml:80:7
%6900 = cast %6898 : f32[] @ models/lib/nn.yaml:80:7
%6901 = broadcast %6900 : f32[16] @ models/lib/nn.yaml:80:7
%6902 = mul %6899, %6901 : f32[16] @ models/lib/nn.yaml:80:7
%6903 = add %6902, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%6904 = div %6886, %6903 : f32[16] @ models/lib/nn.yaml:80:7
%6905 = cast %6894 : f32[] @ models/lib/nn.yaml:80:7
%6906 = broadcast %6905 : f32[16] @ models/lib/nn.yaml:80:7
%6907 = mul %6904, %6906 : f32[16] @ models/lib/nn.yaml:80:7
%6908 = sub %21, %6907 : f32[16] @ models/lib/nn.yaml:80:7
%6909 = assign %21, %6908 : f32[16] @ models/lib/nn.yaml:80:7
%6910 = assign %6880, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%6911 = assign %6881, %6890 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = assign %6882, %6883 : i64[] @ models/lib/nn.yaml:80:7
%6913 = mul %99, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6914 = mul %6908, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%6915 = add %6913, %6914 : f32[16] @ models/lib/nn.yaml:80:7
%6916 = assign %99, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%6917 = all_reduce_sum %5812 : f32[16] @ models/lib/nn.yaml:89:7
%6918 = mul %6917, %6917 : f32[16] @ models/lib/nn.yaml:89:7
%6919 = reduce_sum %6918 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6920 = sqrt %6919 : f32[] @ models/lib/nn.yaml:89:7
%6921 = cast %6920 : f64[] @ models/lib/nn.yaml:89:7
%6922 = add %6921, %6077 : f64[] @ models/lib/nn.yaml:89:7
%6923 = div %6079, %6922 : f64[] @ models/lib/nn.yaml:89:7
%6924 = lt %6923, %6081 : bool[] @ models/lib/nn.yaml:89:7
%6925 = cast %6923 : f32[] @ models/lib/nn.yaml:89:7
%6926 = broadcast %6925 : f32[16] @ models/lib/nn.yaml:89:7
%6927 = mul %6917, %6926 : f32[16] @ models/lib/nn.yaml:89:7
%6928 = broadcast %6924 : bool[16] @ models/lib/nn.yaml:89:7
%6929 = select %6928, %6927, %6917 : f32[16] @ models/lib/nn.yaml:89:7
%6930 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6931 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6932 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6933 = add %6932, %6091 : i64[] @ models/lib/nn.yaml:89:7
%6934 = mul %6929, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%6935 = mul %6930, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%6936 = add %6935, %6934 : f32[16] @ models/lib/nn.yaml:89:7
%6937 = mul %6929, %6929 : f32[16] @ models/lib/nn.yaml:89:7
%6938 = mul %6937, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = mul %6931, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%6940 = add %6939, %6938 : f32[16] @ models/lib/nn.yaml:89:7
%6941 = cast %6933 : f64[] @ models/lib/nn.yaml:89:7
%6942 = pow %6100, %6941 : f64[] @ models/lib/nn.yaml:89:7
%6943 = sub %6081, %6942 : f64[] @ models/lib/nn.yaml:89:7
%6944 = div %3811, %6943 : f64[] @ models/lib/nn.yaml:89:7
%6945 = pow %6108, %6941 : f64[] @ models/lib/nn.yaml:89:7
%6946 = sub %6081, %6945 : f64[] @ models/lib/nn.yaml:89:7
%6947 = sqrt %6946 : f64[] @ models/lib/nn.yaml:89:7
%6948 = div %6081, %6947 : f64[] @ models/lib/nn.yaml:89:7
%6949 = sqrt %6940 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = cast %6948 : f32[] @ models/lib/nn.yaml:89:7
%6951 = broadcast %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = mul %6949, %6951 : f32[16] @ models/lib/nn.yaml:89:7
%6953 = add %6952, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%6954 = div %6936, %6953 : f32[16] @ models/lib/nn.yaml:89:7
%6955 = cast %6944 : f32[] @ models/lib/nn.yaml:89:7
%6956 = broadcast %6955 : f32[16] @ models/lib/nn.yaml:89:7
%6957 = mul %6954, %6956 : f32[16] @ models/lib/nn.yaml:89:7
%6958 = sub %22, %6957 : f32[16] @ models/lib/nn.yaml:89:7
%6959 = assign %22, %6958 : f32[16] @ models/lib/nn.yaml:89:7
%6960 = assign %6930, %6936 : f32[16] @ models/lib/nn.yaml:89:7
%6961 = assign %6931, %6940 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = assign %6932, %6933 : i64[] @ models/lib/nn.yaml:89:7
%6963 = mul %100, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6964 = mul %6958, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6965 = add %6963, %6964 : f32[16] @ models/lib/nn.yaml:89:7
%6966 = assign %100, %6965 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = all_reduce_sum %5805 : f32[16] @ models/lib/nn.yaml:90:7
%6968 = mul %6967, %6967 : f32[16] @ models/lib/nn.yaml:90:7
%6969 = reduce_sum %6968 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6970 = sqrt %6969 : f32[] @ models/lib/nn.yaml:90:7
%6971 = cast %6970 : f64[] @ models/lib/nn.yaml:90:7
%6972 = add %6971, %6077 : f64[] @ models/lib/nn.yaml:90:7
%6973 = div %6079, %6972 : f64[] @ models/lib/nn.yaml:90:7
%6974 = lt %6973, %6081 : bool[] @ models/lib/nn.yaml:90:7
%6975 = cast %6973 : f32[] @ models/lib/nn.yaml:90:7
%6976 = broadcast %6975 : f32[16] @ models/lib/nn.yaml:90:7
%6977 = mul %6967, %6976 : f32[16] @ models/lib/nn.yaml:90:7
%6978 = broadcast %6974 : bool[16] @ models/lib/nn.yaml:90:7
%6979 = select %6978, %6977, %6967 : f32[16] @ models/lib/nn.yaml:90:7
%6980 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6981 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6982 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6983 = add %6982, %6091 : i64[] @ models/lib/nn.yaml:90:7
%6984 = mul %6979, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%6985 = mul %6980, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%6986 = add %6985, %6984 : f32[16] @ models/lib/nn.yaml:90:7
%6987 = mul %6979, %6979 : f32[16] @ models/lib/nn.yaml:90:7
%6988 = mul %6987, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%6989 = mul %6981, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%6990 = add %6989, %6988 : f32[16] @ models/lib/nn.yaml:90:7
%6991 = cast %6983 : f64[] @ models/lib/nn.yaml:90:7
%6992 = pow %6100, %6991 : f64[] @ models/lib/nn.yaml:90:7
%6993 = sub %6081, %6992 : f64[] @ models/lib/nn.yaml:90:7
%6994 = div %3811, %6993 : f64[] @ models/lib/nn.yaml:90:7
%6995 = pow %6108, %6991 : f64[] @ models/lib/nn.yaml:90:7
%6996 = sub %6081, %6995 : f64[] @ models/lib/nn.yaml:90:7
%6997 = sqrt %6996 : f64[] @ models/lib/nn.yaml:90:7
%6998 = div %6081, %6997 : f64[] @ models/lib/nn.yaml:90:7
%6999 = sqrt %6990 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = cast %6998 : f32[] @ models/lib/nn.yaml:90:7
%7001 = broadcast %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = mul %6999, %7001 : f32[16] @ models/lib/nn.yaml:90:7
%7003 = add %7002, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%7004 = div %6986, %7003 : f32[16] @ models/lib/nn.yaml:90:7
%7005 = cast %6994 : f32[] @ models/lib/nn.yaml:90:7
%7006 = broadcast %7005 : f32[16] @ models/lib/nn.yaml:90:7
%7007 = mul %7004, %7006 : f32[16] @ models/lib/nn.yaml:90:7
%7008 = sub %23, %7007 : f32[16] @ models/lib/nn.yaml:90:7
%7009 = assign %23, %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = assign %6980, %6986 : f32[16] @ models/lib/nn.yaml:90:7
%7011 = assign %6981, %6990 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = assign %6982, %6983 : i64[] @ models/lib/nn.yaml:90:7
%7013 = mul %101, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = mul %7008, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%7015 = add %7013, %7014 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = assign %101, %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = all_reduce_sum %5799 : f32[48,16] @ models/lib/nn.yaml:79:7
%7018 = reshape %7017 : f32[768] @ models/lib/nn.yaml:79:7
%7019 = mul %7018, %7018 : f32[768] @ models/lib/nn.yaml:79:7
%7020 = reduce_sum %7019 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7021 = sqrt %7020 : f32[] @ models/lib/nn.yaml:79:7
%7022 = cast %7021 : f64[] @ models/lib/nn.yaml:79:7
%7023 = add %7022, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7024 = div %6079, %7023 : f64[] @ models/lib/nn.yaml:79:7
%7025 = lt %7024, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7026 = cast %7024 : f32[] @ models/lib/nn.yaml:79:7
%7027 = broadcast %7026 : f32[48,16] @ models/lib/nn.yaml:79:7
%7028 = mul %7017, %7027 : f32[48,16] @ models/lib/nn.yaml:79:7
%7029 = broadcast %7025 : bool[48,16] @ models/lib/nn.yaml:79:7
%7030 = select %7029, %7028, %7017 : f32[48,16] @ models/lib/nn.yaml:79:7
%7031 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7032 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7033 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7034 = add %7033, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7035 = mul %24, %6381 : f32[48,16] @ models/lib/nn.yaml:79:7
%7036 = mul %7030, %6383 : f32[48,16] @ models/lib/nn.yaml:79:7
%7037 = mul %7031, %6385 : f32[48,16] @ models/lib/nn.yaml:79:7
%7038 = add %7037, %7036 : f32[48,16] @ models/lib/nn.yaml:79:7
%7039 = mul %7030, %7030 : f32[48,16] @ models/lib/nn.yaml:79:7
%7040 = mul %7039, %6389 : f32[48,16] @ models/lib/nn.yaml:79:7
%7041 = mul %7032, %6391 : f32[48,16] @ models/lib/nn.yaml:79:7
%7042 = add %7041, %7040 : f32[48,16] @ models/lib/nn.yaml:79:7
%7043 = cast %7034 : f64[] @ models/lib/nn.yaml:79:7
%7044 = pow %6100, %7043 : f64[] @ models/lib/nn.yaml:79:7
%7045 = sub %6081, %7044 : f64[] @ models/lib/nn.yaml:79:7
%7046 = div %3811, %7045 : f64[] @ models/lib/nn.yaml:79:7
%7047 = pow %6108, %7043 : f64[] @ models/lib/nn.yaml:79:7
%7048 = sub %6081, %7047 : f64[] @ models/lib/nn.yaml:79:7
%7049 = sqrt %7048 : f64[] @ models/lib/nn.yaml:79:7
%7050 = div %6081, %7049 : f64[] @ models/lib/nn.yaml:79:7
%7051 = sqrt %7042 : f32[48,16] @ models/lib/nn.yaml:79:7
%7052 = cast %7050 : f32[] @ models/lib/nn.yaml:79:7
%7053 = broadcast %7052 : f32[48,16] @ models/lib/nn.yaml:79:7
%7054 = mul %7051, %7053 : f32[48,16] @ models/lib/nn.yaml:79:7
%7055 = add %7054, %6406 : f32[48,16] @ models/lib/nn.yaml:79:7
%7056 = div %7038, %7055 : f32[48,16] @ models/lib/nn.yaml:79:7
%7057 = cast %7046 : f32[] @ models/lib/nn.yaml:79:7
%7058 = broadcast %7057 : f32[48,16] @ models/lib/nn.yaml:79:7
%7059 = mul %7056, %7058 : f32[48,16] @ models/lib/nn.yaml:79:7
%7060 = sub %7035, %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7061 = assign %24, %7060 : f32[48,16] @ models/lib/nn.yaml:79:7
%7062 = assign %7031, %7038 : f32[48,16] @ models/lib/nn.yaml:79:7
%7063 = assign %7032, %7042 : f32[48,16] @ models/lib/nn.yaml:79:7
%7064 = assign %7033, %7034 : i64[] @ models/lib/nn.yaml:79:7
%7065 = mul %102, %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%7066 = mul %7060, %6419 : f32[48,16] @ models/lib/nn.yaml:79:7
%7067 = add %7065, %7066 : f32[48,16] @ models/lib/nn.yaml:79:7
%7068 = assign %102, %7067 : f32[48,16] @ models/lib/nn.yaml:79:7
%7069 = all_reduce_sum %5791 : f32[48] @ models/lib/nn.yaml:80:7
%7070 = mul %7069, %7069 : f32[48] @ models/lib/nn.yaml:80:7
%7071 = reduce_sum %7070 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7072 = sqrt %7071 : f32[] @ models/lib/nn.yaml:80:7
%7073 = cast %7072 : f64[] @ models/lib/nn.yaml:80:7
%7074 = add %7073, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7075 = div %6079, %7074 : f64[] @ models/lib/nn.yaml:80:7
%7076 = lt %7075, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7077 = cast %7075 : f32[] @ models/lib/nn.yaml:80:7
%7078 = broadcast %7077 : f32[48] @ models/lib/nn.yaml:80:7
%7079 = mul %7069, %7078 : f32[48] @ models/lib/nn.yaml:80:7
%7080 = broadcast %7076 : bool[48] @ models/lib/nn.yaml:80:7
%7081 = select %7080, %7079, %7069 : f32[48] @ models/lib/nn.yaml:80:7
%7082 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7083 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7084 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7085 = add %7084, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7086 = mul %7081, %6440 : f32[48] @ models/lib/nn.yaml:80:7
%7087 = mul %7082, %6442 : f32[48] @ models/lib/nn.yaml:80:7
%7088 = add %7087, %7086 : f32[48] @ models/lib/nn.yaml:80:7
%7089 = mul %7081, %7081 : f32[48] @ models/lib/nn.yaml:80:7
%7090 = mul %7089, %6446 : f32[48] @ models/lib/nn.yaml:80:7
%7091 = mul %7083, %6448 : f32[48] @ models/lib/nn.yaml:80:7
%7092 = add %7091, %7090 : f32[48] @ models/lib/nn.yaml:80:7
%7093 = cast %7085 : f64[] @ models/lib/nn.yaml:80:7
%7094 = pow %6100, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7095 = sub %6081, %7094 : f64[] @ models/lib/nn.yaml:80:7
%7096 = div %3811, %7095 : f64[] @ models/lib/nn.yaml:80:7
%7097 = pow %6108, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7098 = sub %6081, %7097 : f64[] @ models/lib/nn.yaml:80:7
%7099 = sqrt %7098 : f64[] @ models/lib/nn.yaml:80:7
%7100 = div %6081, %7099 : f64[] @ models/lib/nn.yaml:80:7
%7101 = sqrt %7092 : f32[48] @ models/lib/nn.yaml:80:7
%7102 = cast %7100 : f32[] @ models/lib/nn.yaml:80:7
%7103 = broadcast %7102 : f32[48] @ models/lib/nn.yaml:80:7
%7104 = mul %7101, %7103 : f32[48] @ models/lib/nn.yaml:80:7
%7105 = add %7104, %6463 : f32[48] @ models/lib/nn.yaml:80:7
%7106 = div %7088, %7105 : f32[48] @ models/lib/nn.yaml:80:7
%7107 = cast %7096 : f32[] @ models/lib/nn.yaml:80:7
%7108 = broadcast %7107 : f32[48] @ models/lib/nn.yaml:80:7
%7109 = mul %7106, %7108 : f32[48] @ models/lib/nn.yaml:80:7
%7110 = sub %25, %7109 : f32[48] @ models/lib/nn.yaml:80:7
%7111 = assign %25, %7110 : f32[48] @ models/lib/nn.yaml:80:7
%7112 = assign %7082, %7088 : f32[48] @ models/lib/nn.yaml:80:7
%7113 = assign %7083, %7092 : f32[48] @ models/lib/nn.yaml:80:7
%7114 = assign %7084, %7085 : i64[] @ models/lib/nn.yaml:80:7
%7115 = mul %103, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%7116 = mul %7110, %6476 : f32[48] @ models/lib/nn.yaml:80:7
%7117 = add %7115, %7116 : f32[48] @ models/lib/nn.yaml:80:7
%7118 = assign %103, %7117 : f32[48] @ models/lib/nn.yaml:80:7
%7119 = all_reduce_sum %5685 : f32[16,16] @ models/lib/nn.yaml:79:7
%7120 = reshape %7119 : f32[256] @ models/lib/nn.yaml:79:7
%7121 = mul %7120, %7120 : f32[256] @ models/lib/nn.yaml:79:7
%7122 = reduce_sum %7121 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7123 = sqrt %7122 : f32[] @ models/lib/nn.yaml:79:7
%7124 = cast %7123 : f64[] @ models/lib/nn.yaml:79:7
%7125 = add %7124, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7126 = div %6079, %7125 : f64[] @ models/lib/nn.yaml:79:7
%7127 = lt %7126, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7128 = cast %7126 : f32[] @ models/lib/nn.yaml:79:7
%7129 = broadcast %7128 : f32[16,16] @ models/lib/nn.yaml:79:7
%7130 = mul %7119, %7129 : f32[16,16] @ models/lib/nn.yaml:79:7
%7131 = broadcast %7127 : bool[16,16] @ models/lib/nn.yaml:79:7
%7132 = select %7131, %7130, %7119 : f32[16,16] @ models/lib/nn.yaml:79:7
%7133 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7134 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7135 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7136 = add %7135, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7137 = mul %26, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%7138 = mul %7132, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%7139 = mul %7133, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7140 = add %7139, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%7141 = mul %7132, %7132 : f32[16,16] @ models/lib/nn.yaml:79:7
%7142 = mul %7141, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7143 = mul %7134, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7144 = add %7143, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%7145 = cast %7136 : f64[] @ models/lib/nn.yaml:79:7
%7146 = pow %6100, %7145 : f64[] @ models/lib/nn.yaml:79:7
%7147 = sub %6081, %7146 : f64[] @ models/lib/nn.yaml:79:7
%7148 = div %3811, %7147 : f64[] @ models/lib/nn.yaml:79:7
%7149 = pow %6108, %7145 : f64[] @ models/lib/nn.yaml:79:7
%7150 = sub %6081, %7149 : f64[] @ models/lib/nn.yaml:79:7
%7151 = sqrt %7150 : f64[] @ models/lib/nn.yaml:79:7
%7152 = div %6081, %7151 : f64[] @ models/lib/nn.yaml:79:7
%7153 = sqrt %7144 : f32[16,16] @ models/lib/nn.yaml:79:7
%7154 = cast %7152 : f32[] @ models/lib/nn.yaml:79:7
%7155 = broadcast %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%7156 = mul %7153, %7155 : f32[16,16] @ models/lib/nn.yaml:79:7
%7157 = add %7156, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%7158 = div %7140, %7157 : f32[16,16] @ models/lib/nn.yaml:79:7
%7159 = cast %7148 : f32[] @ models/lib/nn.yaml:79:7
%7160 = broadcast %7159 : f32[16,16] @ models/lib/nn.yaml:79:7
%7161 = mul %7158, %7160 : f32[16,16] @ models/lib/nn.yaml:79:7
%7162 = sub %7137, %7161 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = assign %26, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%7164 = assign %7133, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = assign %7134, %7144 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = assign %7135, %7136 : i64[] @ models/lib/nn.yaml:79:7
%7167 = mul %104, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7168 = mul %7162, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%7169 = add %7167, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = assign %104, %7169 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = all_reduce_sum %5677 : f32[16] @ models/lib/nn.yaml:80:7
%7172 = mul %7171, %7171 : f32[16] @ models/lib/nn.yaml:80:7
%7173 = reduce_sum %7172 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7174 = sqrt %7173 : f32[] @ models/lib/nn.yaml:80:7
%7175 = cast %7174 : f64[] @ models/lib/nn.yaml:80:7
%7176 = add %7175, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7177 = div %6079, %7176 : f64[] @ models/lib/nn.yaml:80:7
%7178 = lt %7177, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7179 = cast %7177 : f32[] @ models/lib/nn.yaml:80:7
%7180 = broadcast %7179 : f32[16] @ models/lib/nn.yaml:80:7
%7181 = mul %7171, %7180 : f32[16] @ models/lib/nn.yaml:80:7
%7182 = broadcast %7178 : bool[16] @ models/lib/nn.yaml:80:7
%7183 = select %7182, %7181, %7171 : f32[16] @ models/lib/nn.yaml:80:7
%7184 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7185 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7186 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7187 = add %7186, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7188 = mul %7183, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%7189 = mul %7184, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%7190 = add %7189, %7188 : f32[16] @ models/lib/nn.yaml:80:7
%7191 = mul %7183, %7183 : f32[16] @ models/lib/nn.yaml:80:7
%7192 = mul %7191, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%7193 = mul %7185, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%7194 = add %7193, %7192 : f32[16] @ models/lib/nn.yaml:80:7
%7195 = cast %7187 : f64[] @ models/lib/nn.yaml:80:7
%7196 = pow %6100, %7195 : f64[] @ models/lib/nn.yaml:80:7
%7197 = sub %6081, %7196 : f64[] @ models/lib/nn.yaml:80:7
%7198 = div %3811, %7197 : f64[] @ models/lib/nn.yaml:80:7
%7199 = pow %6108, %7195 : f64[] @ models/lib/nn.yaml:80:7
%7200 = sub %6081, %7199 : f64[] @ models/lib/nn.yaml:80:7
%7201 = sqrt %7200 : f64[] @ models/lib/nn.yaml:80:7
%7202 = div %6081, %7201 : f64[] @ models/lib/nn.yaml:80:7
%7203 = sqrt %7194 : f32[16] @ models/lib/nn.yaml:80:7
%7204 = cast %7202 : f32[] @ models/lib/nn.yaml:80:7
%7205 = broadcast %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7206 = mul %7203, %7205 : f32[16] @ models/lib/nn.yaml:80:7
%7207 = add %7206, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%7208 = div %7190, %7207 : f32[16] @ models/lib/nn.yaml:80:7
%7209 = cast %7198 : f32[] @ models/lib/nn.yaml:80:7
%7210 = broadcast %7209 : f32[16] @ models/lib/nn.yaml:80:7
%7211 = mul %7208, %7210 : f32[16] @ models/lib/nn.yaml:80:7
%7212 = sub %27, %7211 : f32[16] @ models/lib/nn.yaml:80:7
%7213 = assign %27, %7212 : f32[16] @ models/lib/nn.yaml:80:7
%7214 = assign %7184, %7190 : f32[16] @ models/lib/nn.yaml:80:7
%7215 = assign %7185, %7194 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = assign %7186, %7187 : i64[] @ models/lib/nn.yaml:80:7
%7217 = mul %105, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7218 = mul %7212, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%7219 = add %7217, %7218 : f32[16] @ models/lib/nn.yaml:80:7
%7220 = assign %105, %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7221 = all_reduce_sum %5651 : f32[16] @ models/lib/nn.yaml:89:7
%7222 = mul %7221, %7221 : f32[16] @ models/lib/nn.yaml:89:7
%7223 = reduce_sum %7222 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7224 = sqrt %7223 : f32[] @ models/lib/nn.yaml:89:7
%7225 = cast %7224 : f64[] @ models/lib/nn.yaml:89:7
%7226 = add %7225, %6077 : f64[] @ models/lib/nn.yaml:89:7
%7227 = div %6079, %7226 : f64[] @ models/lib/nn.yaml:89:7
%7228 = lt %7227, %6081 : bool[] @ models/lib/nn.yaml:89:7
%7229 = cast %7227 : f32[] @ models/lib/nn.yaml:89:7
%7230 = broadcast %7229 : f32[16] @ models/lib/nn.yaml:89:7
%7231 = mul %7221, %7230 : f32[16] @ models/lib/nn.yaml:89:7
%7232 = broadcast %7228 : bool[16] @ models/lib/nn.yaml:89:7
%7233 = select %7232, %7231, %7221 : f32[16] @ models/lib/nn.yaml:89:7
%7234 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7235 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7236 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7237 = add %7236, %6091 : i64[] @ models/lib/nn.yaml:89:7
%7238 = mul %7233, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%7239 = mul %7234, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%7240 = add %7239, %7238 : f32[16] @ models/lib/nn.yaml:89:7
%7241 = mul %7233, %7233 : f32[16] @ models/lib/nn.yaml:89:7
%7242 = mul %7241, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%7243 = mul %7235, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%7244 = add %7243, %7242 : f32[16] @ models/lib/nn.yaml:89:7
%7245 = cast %7237 : f64[] @ models/lib/nn.yaml:89:7
%7246 = pow %6100, %7245 : f64[] @ models/lib/nn.yaml:89:7
%7247 = sub %6081, %7246 : f64[] @ models/lib/nn.yaml:89:7
%7248 = div %3811, %7247 : f64[] @ models/lib/nn.yaml:89:7
%7249 = pow %6108, %7245 : f64[] @ models/lib/nn.yaml:89:7
%7250 = sub %6081, %7249 : f64[] @ models/lib/nn.yaml:89:7
%7251 = sqrt %7250 : f64[] @ models/lib/nn.yaml:89:7
%7252 = div %6081, %7251 : f64[] @ models/lib/nn.yaml:89:7
%7253 = sqrt %7244 : f32[16] @ models/lib/nn.yaml:89:7
%7254 = cast %7252 : f32[] @ models/lib/nn.yaml:89:7
%7255 = broadcast %7254 : f32[16] @ models/lib/nn.yaml:89:7
%7256 = mul %7253, %7255 : f32[16] @ models/lib/nn.yaml:89:7
%7257 = add %7256, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%7258 = div %7240, %7257 : f32[16] @ models/lib/nn.yaml:89:7
%7259 = cast %7248 : f32[] @ models/lib/nn.yaml:89:7
%7260 = broadcast %7259 : f32[16] @ models/lib/nn.yaml:89:7
%7261 = mul %7258, %7260 : f32[16] @ models/lib/nn.yaml:89:7
%7262 = sub %28, %7261 : f32[16] @ models/lib/nn.yaml:89:7
%7263 = assign %28, %7262 : f32[16] @ models/lib/nn.yaml:89:7
%7264 = assign %7234, %7240 : f32[16] @ models/lib/nn.yaml:89:7
%7265 = assign %7235, %7244 : f32[16] @ models/lib/nn.yaml:89:7
%7266 = assign %7236, %7237 : i64[] @ models/lib/nn.yaml:89:7
%7267 = mul %106, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%7268 = mul %7262, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%7269 = add %7267, %7268 : f32[16] @ models/lib/nn.yaml:89:7
%7270 = assign %106, %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7271 = all_reduce_sum %5644 : f32[16] @ models/lib/nn.yaml:90:7
%7272 = mul %7271, %7271 : f32[16] @ models/lib/nn.yaml:90:7
%7273 = reduce_sum %7272 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7274 = sqrt %7273 : f32[] @ models/lib/nn.yaml:90:7
%7275 = cast %7274 : f64[] @ models/lib/nn.yaml:90:7
%7276 = add %7275, %6077 : f64[] @ models/lib/nn.yaml:90:7
%7277 = div %6079, %7276 : f64[] @ models/lib/nn.yaml:90:7
%7278 = lt %7277, %6081 : bool[] @ models/lib/nn.yaml:90:7
%7279 = cast %7277 : f32[] @ models/lib/nn.yaml:90:7
%7280 = broadcast %7279 : f32[16] @ models/lib/nn.yaml:90:7
%7281 = mul %7271, %7280 : f32[16] @ models/lib/nn.yaml:90:7
%7282 = broadcast %7278 : bool[16] @ models/lib/nn.yaml:90:7
%7283 = select %7282, %7281, %7271 : f32[16] @ models/lib/nn.yaml:90:7
%7284 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7285 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7286 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7287 = add %7286, %6091 : i64[] @ models/lib/nn.yaml:90:7
%7288 = mul %7283, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%7289 = mul %7284, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%7290 = add %7289, %7288 : f32[16] @ models/lib/nn.yaml:90:7
%7291 = mul %7283, %7283 : f32[16] @ models/lib/nn.yaml:90:7
%7292 = mul %7291, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%7293 = mul %7285, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%7294 = add %7293, %7292 : f32[16] @ models/lib/nn.yaml:90:7
%7295 = cast %7287 : f64[] @ models/lib/nn.yaml:90:7
%7296 = pow %6100, %7295 : f64[] @ models/lib/nn.yaml:90:7
%7297 = sub %6081, %7296 : f64[] @ models/lib/nn.yaml:90:7
%7298 = div %3811, %7297 : f64[] @ models/lib/nn.yaml:90:7
%7299 = pow %6108, %7295 : f64[] @ models/lib/nn.yaml:90:7
%7300 = sub %6081, %7299 : f64[] @ models/lib/nn.yaml:90:7
%7301 = sqrt %7300 : f64[] @ models/lib/nn.yaml:90:7
%7302 = div %6081, %7301 : f64[] @ models/lib/nn.yaml:90:7
%7303 = sqrt %7294 : f32[16] @ models/lib/nn.yaml:90:7
%7304 = cast %7302 : f32[] @ models/lib/nn.yaml:90:7
%7305 = broadcast %7304 : f32[16] @ models/lib/nn.yaml:90:7
%7306 = mul %7303, %7305 : f32[16] @ models/lib/nn.yaml:90:7
%7307 = add %7306, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%7308 = div %7290, %7307 : f32[16] @ models/lib/nn.yaml:90:7
%7309 = cast %7298 : f32[] @ models/lib/nn.yaml:90:7
%7310 = broadcast %7309 : f32[16] @ models/lib/nn.yaml:90:7
%7311 = mul %7308, %7310 : f32[16] @ models/lib/nn.yaml:90:7
%7312 = sub %29, %7311 : f32[16] @ models/lib/nn.yaml:90:7
%7313 = assign %29, %7312 : f32[16] @ models/lib/nn.yaml:90:7
%7314 = assign %7284, %7290 : f32[16] @ models/lib/nn.yaml:90:7
%7315 = assign %7285, %7294 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = assign %7286, %7287 : i64[] @ models/lib/nn.yaml:90:7
%7317 = mul %107, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%7318 = mul %7312, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%7319 = add %7317, %7318 : f32[16] @ models/lib/nn.yaml:90:7
%7320 = assign %107, %7319 : f32[16] @ models/lib/nn.yaml:90:7
%7321 = all_reduce_sum %5638 : f32[64,16] @ models/lib/nn.yaml:79:7
%7322 = reshape %7321 : f32[1024] @ models/lib/nn.yaml:79:7
%7323 = mul %7322, %7322 : f32[1024] @ models/lib/nn.yaml:79:7
%7324 = reduce_sum %7323 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7325 = sqrt %7324 : f32[] @ models/lib/nn.yaml:79:7
%7326 = cast %7325 : f64[] @ models/lib/nn.yaml:79:7
%7327 = add %7326, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7328 = div %6079, %7327 : f64[] @ models/lib/nn.yaml:79:7
%7329 = lt %7328, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7330 = cast %7328 : f32[] @ models/lib/nn.yaml:79:7
%7331 = broadcast %7330 : f32[64,16] @ models/lib/nn.yaml:79:7
%7332 = mul %7321, %7331 : f32[64,16] @ models/lib/nn.yaml:79:7
%7333 = broadcast %7329 : bool[64,16] @ models/lib/nn.yaml:79:7
%7334 = select %7333, %7332, %7321 : f32[64,16] @ models/lib/nn.yaml:79:7
%7335 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7336 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7337 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7338 = add %7337, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7339 = mul %30, %6708 : f32[64,16] @ models/lib/nn.yaml:79:7
%7340 = mul %7334, %6710 : f32[64,16] @ models/lib/nn.yaml:79:7
%7341 = mul %7335, %6712 : f32[64,16] @ models/lib/nn.yaml:79:7
%7342 = add %7341, %7340 : f32[64,16] @ models/lib/nn.yaml:79:7
%7343 = mul %7334, %7334 : f32[64,16] @ models/lib/nn.yaml:79:7
%7344 = mul %7343, %6716 : f32[64,16] @ models/lib/nn.yaml:79:7
%7345 = mul %7336, %6718 : f32[64,16] @ models/lib/nn.yaml:79:7
%7346 = add %7345, %7344 : f32[64,16] @ models/lib/nn.yaml:79:7
%7347 = cast %7338 : f64[] @ models/lib/nn.yaml:79:7
%7348 = pow %6100, %7347 : f64[] @ models/lib/nn.yaml:79:7
%7349 = sub %6081, %7348 : f64[] @ models/lib/nn.yaml:79:7
%7350 = div %3811, %7349 : f64[] @ models/lib/nn.yaml:79:7
%7351 = pow %6108, %7347 : f64[] @ models/lib/nn.yaml:79:7
%7352 = sub %6081, %7351 : f64[] @ models/lib/nn.yaml:79:7
%7353 = sqrt %7352 : f64[] @ models/lib/nn.yaml:79:7
%7354 = div %6081, %7353 : f64[] @ models/lib/nn.yaml:79:7
%7355 = sqrt %7346 : f32[64,16] @ models/lib/nn.yaml:79:7
%7356 = cast %7354 : f32[] @ models/lib/nn.yaml:79:7
%7357 = broadcast %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%7358 = mul %7355, %7357 : f32[64,16] @ models/lib/nn.yaml:79:7
%7359 = add %7358, %6733 : f32[64,16] @ models/lib/nn.yaml:79:7
%7360 = div %7342, %7359 : f32[64,16] @ models/lib/nn.yaml:79:7
%7361 = cast %7350 : f32[] @ models/lib/nn.yaml:79:7
%7362 = broadcast %7361 : f32[64,16] @ models/lib/nn.yaml:79:7
%7363 = mul %7360, %7362 : f32[64,16] @ models/lib/nn.yaml:79:7
%7364 = sub %7339, %7363 : f32[64,16] @ models/lib/nn.yaml:79:7
%7365 = assign %30, %7364 : f32[64,16] @ models/lib/nn.yaml:79:7
%7366 = assign %7335, %7342 : f32[64,16] @ models/lib/nn.yaml:79:7
%7367 = assign %7336, %7346 : f32[64,16] @ models/lib/nn.yaml:79:7
%7368 = assign %7337, %7338 : i64[] @ models/lib/nn.yaml:79:7
%7369 = mul %108, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%7370 = mul %7364, %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%7371 = add %7369, %7370 : f32[64,16] @ models/lib/nn.yaml:79:7
%7372 = assign %108, %7371 : f32[64,16] @ models/lib/nn.yaml:79:7
%7373 = all_reduce_sum %5630 : f32[64] @ models/lib/nn.yaml:80:7
%7374 = mul %7373, %7373 : f32[64] @ models/lib/nn.yaml:80:7
%7375 = reduce_sum %7374 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7376 = sqrt %7375 : f32[] @ models/lib/nn.yaml:80:7
%7377 = cast %7376 : f64[] @ models/lib/nn.yaml:80:7
%7378 = add %7377, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7379 = div %6079, %7378 : f64[] @ models/lib/nn.yaml:80:7
%7380 = lt %7379, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7381 = cast %7379 : f32[] @ models/lib/nn.yaml:80:7
%7382 = broadcast %7381 : f32[64] @ models/lib/nn.yaml:80:7
%7383 = mul %7373, %7382 : f32[64] @ models/lib/nn.yaml:80:7
%7384 = broadcast %7380 : bool[64] @ models/lib/nn.yaml:80:7
%7385 = select %7384, %7383, %7373 : f32[64] @ models/lib/nn.yaml:80:7
%7386 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7387 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7388 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7389 = add %7388, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7390 = mul %7385, %6767 : f32[64] @ models/lib/nn.yaml:80:7
%7391 = mul %7386, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%7392 = add %7391, %7390 : f32[64] @ models/lib/nn.yaml:80:7
%7393 = mul %7385, %7385 : f32[64] @ models/lib/nn.yaml:80:7
%7394 = mul %7393, %6773 : f32[64] @ models/lib/nn.yaml:80:7
%7395 = mul %7387, %6775 : f32[64] @ models/lib/nn.yaml:80:7
%7396 = add %7395, %7394 : f32[64] @ models/lib/nn.yaml:80:7
%7397 = cast %7389 : f64[] @ models/lib/nn.yaml:80:7
%7398 = pow %6100, %7397 : f64[] @ models/lib/nn.yaml:80:7
%7399 = sub %6081, %7398 : f64[] @ models/lib/nn.yaml:80:7
%7400 = div %3811, %7399 : f64[] @ models/lib/nn.yaml:80:7
%7401 = pow %6108, %7397 : f64[] @ models/lib/nn.yaml:80:7
%7402 = sub %6081, %7401 : f64[] @ models/lib/nn.yaml:80:7
%7403 = sqrt %7402 : f64[] @ models/lib/nn.yaml:80:7
%7404 = div %6081, %7403 : f64[] @ models/lib/nn.yaml:80:7
%7405 = sqrt %7396 : f32[64] @ models/lib/nn.yaml:80:7
%7406 = cast %7404 : f32[] @ models/lib/nn.yaml:80:7
%7407 = broadcast %7406 : f32[64] @ models/lib/nn.yaml:80:7
%7408 = mul %7405, %7407 : f32[64] @ models/lib/nn.yaml:80:7
%7409 = add %7408, %6790 : f32[64] @ models/lib/nn.yaml:80:7
%7410 = div %7392, %7409 : f32[64] @ models/lib/nn.yaml:80:7
%7411 = cast %7400 : f32[] @ models/lib/nn.yaml:80:7
%7412 = broadcast %7411 : f32[64] @ models/lib/nn.yaml:80:7
%7413 = mul %7410, %7412 : f32[64] @ models/lib/nn.yaml:80:7
%7414 = sub %31, %7413 : f32[64] @ models/lib/nn.yaml:80:7
%7415 = assign %31, %7414 : f32[64] @ models/lib/nn.yaml:80:7
%7416 = assign %7386, %7392 : f32[64] @ models/lib/nn.yaml:80:7
%7417 = assign %7387, %7396 : f32[64] @ models/lib/nn.yaml:80:7
%7418 = assign %7388, %7389 : i64[] @ models/lib/nn.yaml:80:7
%7419 = mul %109, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%7420 = mul %7414, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%7421 = add %7419, %7420 : f32[64] @ models/lib/nn.yaml:80:7
%7422 = assign %109, %7421 : f32[64] @ models/lib/nn.yaml:80:7
%7423 = all_reduce_sum %5613 : f32[16,64] @ models/lib/nn.yaml:79:7
%7424 = reshape %7423 : f32[1024] @ models/lib/nn.yaml:79:7
%7425 = mul %7424, %7424 : f32[1024] @ models/lib/nn.yaml:79:7
%7426 = reduce_sum %7425 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7427 = sqrt %7426 : f32[] @ models/lib/nn.yaml:79:7
%7428 = cast %7427 : f64[] @ models/lib/nn.yaml:79:7
%7429 = add %7428, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7430 = div %6079, %7429 : f64[] @ models/lib/nn.yaml:79:7
%7431 = lt %7430, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7432 = cast %7430 : f32[] @ models/lib/nn.yaml:79:7
%7433 = broadcast %7432 : f32[16,64] @ models/lib/nn.yaml:79:7
%7434 = mul %7423, %7433 : f32[16,64] @ models/lib/nn.yaml:79:7
%7435 = broadcast %7431 : bool[16,64] @ models/lib/nn.yaml:79:7
%7436 = select %7435, %7434, %7423 : f32[16,64] @ models/lib/nn.yaml:79:7
%7437 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7438 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7439 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7440 = add %7439, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7441 = mul %32, %6825 : f32[16,64] @ models/lib/nn.yaml:79:7
%7442 = mul %7436, %6827 : f32[16,64] @ models/lib/nn.yaml:79:7
%7443 = mul %7437, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%7444 = add %7443, %7442 : f32[16,64] @ models/lib/nn.yaml:79:7
%7445 = mul %7436, %7436 : f32[16,64] @ models/lib/nn.yaml:79:7
%7446 = mul %7445, %6833 : f32[16,64] @ models/lib/nn.yaml:79:7
%7447 = mul %7438, %6835 : f32[16,64] @ models/lib/nn.yaml:79:7
%7448 = add %7447, %7446 : f32[16,64] @ models/lib/nn.yaml:79:7
%7449 = cast %7440 : f64[] @ models/lib/nn.yaml:79:7
%7450 = pow %6100, %7449 : f64[] @ models/lib/nn.yaml:79:7
%7451 = sub %6081, %7450 : f64[] @ models/lib/nn.yaml:79:7
%7452 = div %3811, %7451 : f64[] @ models/lib/nn.yaml:79:7
%7453 = pow %6108, %7449 : f64[] @ models/lib/nn.yaml:79:7
%7454 = sub %6081, %7453 : f64[] @ models/lib/nn.yaml:79:7
%7455 = sqrt %7454 : f64[] @ models/lib/nn.yaml:79:7
%7456 = div %6081, %7455 : f64[] @ models/lib/nn.yaml:79:7
%7457 = sqrt %7448 : f32[16,64] @ models/lib/nn.yaml:79:7
%7458 = cast %7456 : f32[] @ models/lib/nn.yaml:79:7
%7459 = broadcast %7458 : f32[16,64] @ models/lib/nn.yaml:79:7
%7460 = mul %7457, %7459 : f32[16,64] @ models/lib/nn.yaml:79:7
%7461 = add %7460, %6850 : f32[16,64] @ models/lib/nn.yaml:79:7
%7462 = div %7444, %7461 : f32[16,64] @ models/lib/nn.yaml:79:7
%7463 = cast %7452 : f32[] @ models/lib/nn.yaml:79:7
%7464 = broadcast %7463 : f32[16,64] @ models/lib/nn.yaml:79:7
%7465 = mul %7462, %7464 : f32[16,64] @ models/lib/nn.yaml:79:7
%7466 = sub %7441, %7465 : f32[16,64] @ models/lib/nn.yaml:79:7
%7467 = assign %32, %7466 : f32[16,64] @ models/lib/nn.yaml:79:7
%7468 = assign %7437, %7444 : f32[16,64] @ models/lib/nn.yaml:79:7
%7469 = assign %7438, %7448 : f32[16,64] @ models/lib/nn.yaml:79:7
%7470 = assign %7439, %7440 : i64[] @ models/lib/nn.yaml:79:7
%7471 = mul %110, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%7472 = mul %7466, %6863 : f32[16,64] @ models/lib/nn.yaml:79:7
%7473 = add %7471, %7472 : f32[16,64] @ models/lib/nn.yaml:79:7
%7474 = assign %110, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%7475 = all_reduce_sum %5605 : f32[16] @ models/lib/nn.yaml:80:7
%7476 = mul %7475, %7475 : f32[16] @ models/lib/nn.yaml:80:7
%7477 = reduce_sum %7476 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7478 = sqrt %7477 : f32[] @ models/lib/nn.yaml:80:7
%7479 = cast %7478 : f64[] @ models/lib/nn.yaml:80:7
%7480 = add %7479, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7481 = div %6079, %7480 : f64[] @ models/lib/nn.yaml:80:7
%7482 = lt %7481, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7483 = cast %7481 : f32[] @ models/lib/nn.yaml:80:7
%7484 = broadcast %7483 : f32[16] @ models/lib/nn.yaml:80:7
%7485 = mul %7475, %7484 : f32[16] @ models/lib/nn.yaml:80:7
%7486 = broadcast %7482 : bool[16] @ models/lib/nn.yaml:80:7
%7487 = select %7486, %7485, %7475 : f32[16] @ models/lib/nn.yaml:80:7
%7488 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7489 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7490 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7491 = add %7490, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7492 = mul %7487, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%7493 = mul %7488, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%7494 = add %7493, %7492 : f32[16] @ models/lib/nn.yaml:80:7
%7495 = mul %7487, %7487 : f32[16] @ models/lib/nn.yaml:80:7
%7496 = mul %7495, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%7497 = mul %7489, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%7498 = add %7497, %7496 : f32[16] @ models/lib/nn.yaml:80:7
%7499 = cast %7491 : f64[] @ models/lib/nn.yaml:80:7
%7500 = pow %6100, %7499 : f64[] @ models/lib/nn.yaml:80:7
%7501 = sub %6081, %7500 : f64[] @ models/lib/nn.yaml:80:7
%7502 = div %3811, %7501 : f64[] @ models/lib/nn.yaml:80:7
%7503 = pow %6108, %7499 : f64[] @ models/lib/nn.yaml:80:7
%7504 = sub %6081, %7503 : f64[] @ models/lib/nn.yaml:80:7
%7505 = sqrt %7504 : f64[] @ models/lib/nn.yaml:80:7
%7506 = div %6081, %7505 : f64[] @ models/lib/nn.yaml:80:7
%7507 = sqrt %7498 : f32[16] @ models/lib/nn.yaml:80:7
%7508 = cast %7506 : f32[] @ models/lib/nn.yaml:80:7
%7509 = broadcast %7508 : f32[16] @ models/lib/nn.yaml:80:7
%7510 = mul %7507, %7509 : f32[16] @ models/lib/nn.yaml:80:7
%7511 = add %7510, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%7512 = div %7494, %7511 : f32[16] @ models/lib/nn.yaml:80:7
%7513 = cast %7502 : f32[] @ models/lib/nn.yaml:80:7
%7514 = broadcast %7513 : f32[16] @ models/lib/nn.yaml:80:7
%7515 = mul %7512, %7514 : f32[16] @ models/lib/nn.yaml:80:7
%7516 = sub %33, %7515 : f32[16] @ models/lib/nn.yaml:80:7
%7517 = assign %33, %7516 : f32[16] @ models/lib/nn.yaml:80:7
%7518 = assign %7488, %7494 : f32[16] @ models/lib/nn.yaml:80:7
%7519 = assign %7489, %7498 : f32[16] @ models/lib/nn.yaml:80:7
%7520 = assign %7490, %7491 : i64[] @ models/lib/nn.yaml:80:7
%7521 = mul %111, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7522 = mul %7516, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%7523 = add %7521, %7522 : f32[16] @ models/lib/nn.yaml:80:7
%7524 = assign %111, %7523 : f32[16] @ models/lib/nn.yaml:80:7
%7525 = all_reduce_sum %5598 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7526 = reshape %7525 : f32[16] @ models/lib/vit.yaml:103:7
%7527 = mul %7526, %7526 : f32[16] @ models/lib/vit.yaml:103:7
%7528 = reduce_sum %7527 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7529 = sqrt %7528 : f32[] @ models/lib/vit.yaml:103:7
%7530 = cast %7529 : f64[] @ models/lib/vit.yaml:103:7
%7531 = add %7530, %6077 : f64[] @ models/lib/vit.yaml:103:7
%7532 = div %6079, %7531 : f64[] @ models/lib/vit.yaml:103:7
%7533 = lt %7532, %6081 : bool[] @ models/lib/vit.yaml:103:7
%7534 = cast %7532 : f32[] @ models/lib/vit.yaml:103:7
%7535 = broadcast %7534 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7536 = mul %7525, %7535 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7537 = broadcast %7533 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7538 = select %7537, %7536, %7525 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7539 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7540 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7541 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7542 = add %7541, %6091 : i64[] @ models/lib/vit.yaml:103:7
%7543 = broadcast %6095 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7544 = mul %34, %7543 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7545 = broadcast %3567 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7546 = mul %7538, %7545 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7547 = broadcast %2436 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7548 = mul %7539, %7547 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7549 = add %7548, %7546 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7550 = mul %7538, %7538 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7551 = broadcast %6105 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7552 = mul %7550, %7551 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7553 = broadcast %6109 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7554 = mul %7540, %7553 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7555 = add %7554, %7552 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7556 = cast %7542 : f64[] @ models/lib/vit.yaml:103:7
%7557 = pow %6100, %7556 : f64[] @ models/lib/vit.yaml:103:7
%7558 = sub %6081, %7557 : f64[] @ models/lib/vit.yaml:103:7
%7559 = div %3811, %7558 : f64[] @ models/lib/vit.yaml:103:7
%7560 = pow %6108, %7556 : f64[] @ models/lib/vit.yaml:103:7
%7561 = sub %6081, %7560 : f64[] @ models/lib/vit.yaml:103:7
%7562 = sqrt %7561 : f64[] @ models/lib/vit.yaml:103:7
%7563 = div %6081, %7562 : f64[] @ models/lib/vit.yaml:103:7
%7564 = sqrt %7555 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7565 = cast %7563 : f32[] @ models/lib/vit.yaml:103:7
%7566 = broadcast %7565 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7567 = mul %7564, %7566 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7568 = broadcast %6125 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7569 = add %7567, %7568 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7570 = div %7549, %7569 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7571 = cast %7559 : f32[] @ models/lib/vit.yaml:103:7
%7572 = broadcast %7571 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7573 = mul %7570, %7572 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7574 = sub %7544, %7573 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7575 = assign %34, %7574 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7576 = assign %7539, %7549 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7577 = assign %7540, %7555 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7578 = assign %7541, %7542 : i64[] @ models/lib/vit.yaml:103:7
%7579 = broadcast %6137 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7580 = mul %112, %7579 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7581 = broadcast %6141 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7582 = mul %7574, %7581 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7583 = add %7580, %7582 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7584 = assign %112, %7583 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7585 = all_reduce_sum %5575 : f32[16] @ models/lib/nn.yaml:89:7
%7586 = mul %7585, %7585 : f32[16] @ models/lib/nn.yaml:89:7
%7587 = reduce_sum %7586 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7588 = sqrt %7587 : f32[] @ models/lib/nn.yaml:89:7
%7589 = cast %7588 : f64[] @ models/lib/nn.yaml:89:7
%7590 = add %7589, %6077 : f64[] @ models/lib/nn.yaml:89:7
%7591 = div %6079, %7590 : f64[] @ models/lib/nn.yaml:89:7
%7592 = lt %7591, %6081 : bool[] @ models/lib/nn.yaml:89:7
%7593 = cast %7591 : f32[] @ models/lib/nn.yaml:89:7
%7594 = broadcast %7593 : f32[16] @ models/lib/nn.yaml:89:7
%7595 = mul %7585, %7594 : f32[16] @ models/lib/nn.yaml:89:7
%7596 = broadcast %7592 : bool[16] @ models/lib/nn.yaml:89:7
%7597 = select %7596, %7595, %7585 : f32[16] @ models/lib/nn.yaml:89:7
%7598 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7599 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7600 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7601 = add %7600, %6091 : i64[] @ models/lib/nn.yaml:89:7
%7602 = mul %7597, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%7603 = mul %7598, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%7604 = add %7603, %7602 : f32[16] @ models/lib/nn.yaml:89:7
%7605 = mul %7597, %7597 : f32[16] @ models/lib/nn.yaml:89:7
%7606 = mul %7605, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%7607 = mul %7599, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%7608 = add %7607, %7606 : f32[16] @ models/lib/nn.yaml:89:7
%7609 = cast %7601 : f64[] @ models/lib/nn.yaml:89:7
%7610 = pow %6100, %7609 : f64[] @ models/lib/nn.yaml:89:7
%7611 = sub %6081, %7610 : f64[] @ models/lib/nn.yaml:89:7
%7612 = div %3811, %7611 : f64[] @ models/lib/nn.yaml:89:7
%7613 = pow %6108, %7609 : f64[] @ models/lib/nn.yaml:89:7
%7614 = sub %6081, %7613 : f64[] @ models/lib/nn.yaml:89:7
%7615 = sqrt %7614 : f64[] @ models/lib/nn.yaml:89:7
%7616 = div %6081, %7615 : f64[] @ models/lib/nn.yaml:89:7
%7617 = sqrt %7608 : f32[16] @ models/lib/nn.yaml:89:7
%7618 = cast %7616 : f32[] @ models/lib/nn.yaml:89:7
%7619 = broadcast %7618 : f32[16] @ models/lib/nn.yaml:89:7
%7620 = mul %7617, %7619 : f32[16] @ models/lib/nn.yaml:89:7
%7621 = add %7620, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%7622 = div %7604, %7621 : f32[16] @ models/lib/nn.yaml:89:7
%7623 = cast %7612 : f32[] @ models/lib/nn.yaml:89:7
%7624 = broadcast %7623 : f32[16] @ models/lib/nn.yaml:89:7
%7625 = mul %7622, %7624 : f32[16] @ models/lib/nn.yaml:89:7
%7626 = sub %35, %7625 : f32[16] @ models/lib/nn.yaml:89:7
%7627 = assign %35, %7626 : f32[16] @ models/lib/nn.yaml:89:7
%7628 = assign %7598, %7604 : f32[16] @ models/lib/nn.yaml:89:7
%7629 = assign %7599, %7608 : f32[16] @ models/lib/nn.yaml:89:7
%7630 = assign %7600, %7601 : i64[] @ models/lib/nn.yaml:89:7
%7631 = mul %113, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%7632 = mul %7626, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%7633 = add %7631, %7632 : f32[16] @ models/lib/nn.yaml:89:7
%7634 = assign %113, %7633 : f32[16] @ models/lib/nn.yaml:89:7
%7635 = all_reduce_sum %5568 : f32[16] @ models/lib/nn.yaml:90:7
%7636 = mul %7635, %7635 : f32[16] @ models/lib/nn.yaml:90:7
%7637 = reduce_sum %7636 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7638 = sqrt %7637 : f32[] @ models/lib/nn.yaml:90:7
%7639 = cast %7638 : f64[] @ models/lib/nn.yaml:90:7
%7640 = add %7639, %6077 : f64[] @ models/lib/nn.yaml:90:7
%7641 = div %6079, %7640 : f64[] @ models/lib/nn.yaml:90:7
%7642 = lt %7641, %6081 : bool[] @ models/lib/nn.yaml:90:7
%7643 = cast %7641 : f32[] @ models/lib/nn.yaml:90:7
%7644 = broadcast %7643 : f32[16] @ models/lib/nn.yaml:90:7
%7645 = mul %7635, %7644 : f32[16] @ models/lib/nn.yaml:90:7
%7646 = broadcast %7642 : bool[16] @ models/lib/nn.yaml:90:7
%7647 = select %7646, %7645, %7635 : f32[16] @ models/lib/nn.yaml:90:7
%7648 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7649 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7650 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7651 = add %7650, %6091 : i64[] @ models/lib/nn.yaml:90:7
%7652 = mul %7647, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%7653 = mul %7648, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%7654 = add %7653, %7652 : f32[16] @ models/lib/nn.yaml:90:7
%7655 = mul %7647, %7647 : f32[16] @ models/lib/nn.yaml:90:7
%7656 = mul %7655, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%7657 = mul %7649, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%7658 = add %7657, %7656 : f32[16] @ models/lib/nn.yaml:90:7
%7659 = cast %7651 : f64[] @ models/lib/nn.yaml:90:7
%7660 = pow %6100, %7659 : f64[] @ models/lib/nn.yaml:90:7
%7661 = sub %6081, %7660 : f64[] @ models/lib/nn.yaml:90:7
%7662 = div %3811, %7661 : f64[] @ models/lib/nn.yaml:90:7
%7663 = pow %6108, %7659 : f64[] @ models/lib/nn.yaml:90:7
%7664 = sub %6081, %7663 : f64[] @ models/lib/nn.yaml:90:7
%7665 = sqrt %7664 : f64[] @ models/lib/nn.yaml:90:7
%7666 = div %6081, %7665 : f64[] @ models/lib/nn.yaml:90:7
%7667 = sqrt %7658 : f32[16] @ models/lib/nn.yaml:90:7
%7668 = cast %7666 : f32[] @ models/lib/nn.yaml:90:7
%7669 = broadcast %7668 : f32[16] @ models/lib/nn.yaml:90:7
%7670 = mul %7667, %7669 : f32[16] @ models/lib/nn.yaml:90:7
%7671 = add %7670, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%7672 = div %7654, %7671 : f32[16] @ models/lib/nn.yaml:90:7
%7673 = cast %7662 : f32[] @ models/lib/nn.yaml:90:7
%7674 = broadcast %7673 : f32[16] @ models/lib/nn.yaml:90:7
%7675 = mul %7672, %7674 : f32[16] @ models/lib/nn.yaml:90:7
%7676 = sub %36, %7675 : f32[16] @ models/lib/nn.yaml:90:7
%7677 = assign %36, %7676 : f32[16] @ models/lib/nn.yaml:90:7
%7678 = assign %7648, %7654 : f32[16] @ models/lib/nn.yaml:90:7
%7679 = assign %7649, %7658 : f32[16] @ models/lib/nn.yaml:90:7
%7680 = assign %7650, %7651 : i64[] @ models/lib/nn.yaml:90:7
%7681 = mul %114, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%7682 = mul %7676, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%7683 = add %7681, %7682 : f32[16] @ models/lib/nn.yaml:90:7
%7684 = assign %114, %7683 : f32[16] @ models/lib/nn.yaml:90:7
%7685 = all_reduce_sum %5560 : f32[16,16] @ models/lib/nn.yaml:79:7
%7686 = reshape %7685 : f32[256] @ models/lib/nn.yaml:79:7
%7687 = mul %7686, %7686 : f32[256] @ models/lib/nn.yaml:79:7
%7688 = reduce_sum %7687 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7689 = sqrt %7688 : f32[] @ models/lib/nn.yaml:79:7
%7690 = cast %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = add %7690, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7692 = div %6079, %7691 : f64[] @ models/lib/nn.yaml:79:7
%7693 = lt %7692, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7694 = cast %7692 : f32[] @ models/lib/nn.yaml:79:7
%7695 = broadcast %7694 : f32[16,16] @ models/lib/nn.yaml:79:7
%7696 = mul %7685, %7695 : f32[16,16] @ models/lib/nn.yaml:79:7
%7697 = broadcast %7693 : bool[16,16] @ models/lib/nn.yaml:79:7
%7698 = select %7697, %7696, %7685 : f32[16,16] @ models/lib/nn.yaml:79:7
%7699 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7700 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7701 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7702 = add %7701, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7703 = mul %37, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%7704 = mul %7698, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%7705 = mul %7699, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = add %7705, %7704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = mul %7698, %7698 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = mul %7707, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7709 = mul %7700, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7710 = add %7709, %7708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7711 = cast %7702 : f64[] @ models/lib/nn.yaml:79:7
%7712 = pow %6100, %7711 : f64[] @ models/lib/nn.yaml:79:7
%7713 = sub %6081, %7712 : f64[] @ models/lib/nn.yaml:79:7
%7714 = div %3811, %7713 : f64[] @ models/lib/nn.yaml:79:7
%7715 = pow %6108, %7711 : f64[] @ models/lib/nn.yaml:79:7
%7716 = sub %6081, %7715 : f64[] @ models/lib/nn.yaml:79:7
%7717 = sqrt %7716 : f64[] @ models/lib/nn.yaml:79:7
%7718 = div %6081, %7717 : f64[] @ models/lib/nn.yaml:79:7
%7719 = sqrt %7710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7720 = cast %7718 : f32[] @ models/lib/nn.yaml:79:7
%7721 = broadcast %7720 : f32[16,16] @ models/lib/nn.yaml:79:7
%7722 = mul %7719, %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7723 = add %7722, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%7724 = div %7706, %7723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7725 = cast %7714 : f32[] @ models/lib/nn.yaml:79:7
%7726 = broadcast %7725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7727 = mul %7724, %7726 : f32[16,16] @ models/lib/nn.yaml:79:7
%7728 = sub %7703, %7727 : f32[16,16] @ models/lib/nn.yaml:79:7
%7729 = assign %37, %7728 : f32[16,16] @ models/lib/nn.yaml:79:7
%7730 = assign %7699, %7706 : f32[16,16] @ models/lib/nn.yaml:79:7
%7731 = assign %7700, %7710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7732 = assign %7701, %7702 : i64[] @ models/lib/nn.yaml:79:7
%7733 = mul %115, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7734 = mul %7728, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%7735 = add %7733, %7734 : f32[16,16] @ models/lib/nn.yaml:79:7
%7736 = assign %115, %7735 : f32[16,16] @ models/lib/nn.yaml:79:7
%7737 = all_reduce_sum %5551 : f32[16] @ models/lib/nn.yaml:80:7
%7738 = mul %7737, %7737 : f32[16] @ models/lib/nn.yaml:80:7
%7739 = reduce_sum %7738 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7740 = sqrt %7739 : f32[] @ models/lib/nn.yaml:80:7
%7741 = cast %7740 : f64[] @ models/lib/nn.yaml:80:7
%7742 = add %7741, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7743 = div %6079, %7742 : f64[] @ models/lib/nn.yaml:80:7
%7744 = lt %7743, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7745 = cast %7743 : f32[] @ models/lib/nn.yaml:80:7
%7746 = broadcast %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = mul %7737, %7746 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = broadcast %7744 : bool[16] @ models/lib/nn.yaml:80:7
%7749 = select %7748, %7747, %7737 : f32[16] @ models/lib/nn.yaml:80:7
%7750 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7751 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7752 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7753 = add %7752, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7754 = mul %7749, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%7755 = mul %7750, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = add %7755, %7754 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = mul %7749, %7749 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = mul %7757, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = mul %7751, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%7760 = add %7759, %7758 : f32[16] @ models/lib/nn.yaml:80:7
%7761 = cast %7753 : f64[] @ models/lib/nn.yaml:80:7
%7762 = pow %6100, %7761 : f64[] @ models/lib/nn.yaml:80:7
%7763 = sub %6081, %7762 : f64[] @ models/lib/nn.yaml:80:7
%7764 = div %3811, %7763 : f64[] @ models/lib/nn.yaml:80:7
%7765 = pow %6108, %7761 : f64[] @ models/lib/nn.yaml:80:7
%7766 = sub %6081, %7765 : f64[] @ models/lib/nn.yaml:80:7
%7767 = sqrt %7766 : f64[] @ models/lib/nn.yaml:80:7
%7768 = div %6081, %7767 : f64[] @ models/lib/nn.yaml:80:7
%7769 = sqrt %7760 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = cast %7768 : f32[] @ models/lib/nn.yaml:80:7
%7771 = broadcast %7770 : f32[16] @ models/lib/nn.yaml:80:7
%7772 = mul %7769, %7771 : f32[16] @ models/lib/nn.yaml:80:7
%7773 = add %7772, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%7774 = div %7756, %7773 : f32[16] @ models/lib/nn.yaml:80:7
%7775 = cast %7764 : f32[] @ models/lib/nn.yaml:80:7
%7776 = broadcast %7775 : f32[16] @ models/lib/nn.yaml:80:7
%7777 = mul %7774, %7776 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = sub %38, %7777 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = assign %38, %7778 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = assign %7750, %7756 : f32[16] @ models/lib/nn.yaml:80:7
%7781 = assign %7751, %7760 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = assign %7752, %7753 : i64[] @ models/lib/nn.yaml:80:7
%7783 = mul %116, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7784 = mul %7778, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%7785 = add %7783, %7784 : f32[16] @ models/lib/nn.yaml:80:7
%7786 = assign %116, %7785 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = all_reduce_sum %5545 : f32[16,16] @ models/lib/nn.yaml:79:7
%7788 = reshape %7787 : f32[256] @ models/lib/nn.yaml:79:7
%7789 = mul %7788, %7788 : f32[256] @ models/lib/nn.yaml:79:7
%7790 = reduce_sum %7789 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7791 = sqrt %7790 : f32[] @ models/lib/nn.yaml:79:7
%7792 = cast %7791 : f64[] @ models/lib/nn.yaml:79:7
%7793 = add %7792, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7794 = div %6079, %7793 : f64[] @ models/lib/nn.yaml:79:7
%7795 = lt %7794, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7796 = cast %7794 : f32[] @ models/lib/nn.yaml:79:7
%7797 = broadcast %7796 : f32[16,16] @ models/lib/nn.yaml:79:7
%7798 = mul %7787, %7797 : f32[16,16] @ models/lib/nn.yaml:79:7
%7799 = broadcast %7795 : bool[16,16] @ models/lib/nn.yaml:79:7
%7800 = select %7799, %7798, %7787 : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7802 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7803 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7804 = add %7803, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7805 = mul %39, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%7806 = mul %7800, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = mul %7801, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = add %7807, %7806 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = mul %7800, %7800 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = mul %7809, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = mul %7802, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7812 = add %7811, %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7813 = cast %7804 : f64[] @ models/lib/nn.yaml:79:7
%7814 = pow %6100, %7813 : f64[] @ models/lib/nn.yaml:79:7
%7815 = sub %6081, %7814 : f64[] @ models/lib/nn.yaml:79:7
%7816 = div %3811, %7815 : f64[] @ models/lib/nn.yaml:79:7
%7817 = pow %6108, %7813 : f64[] @ models/lib/nn.yaml:79:7
%7818 = sub %6081, %7817 : f64[] @ models/lib/nn.yaml:79:7
%7819 = sqrt %7818 : f64[] @ models/lib/nn.yaml:79:7
%7820 = div %6081, %7819 : f64[] @ models/lib/nn.yaml:79:7
%7821 = sqrt %7812 : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = cast %7820 : f32[] @ models/lib/nn.yaml:79:7
%7823 = broadcast %7822 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = mul %7821, %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = add %7824, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%7826 = div %7808, %7825 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = cast %7816 : f32[] @ models/lib/nn.yaml:79:7
%7828 = broadcast %7827 : f32[16,16] @ models/lib/nn.yaml:79:7
%7829 = mul %7826, %7828 : f32[16,16] @ models/lib/nn.yaml:79:7
%7830 = sub %7805, %7829 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = assign %39, %7830 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = assign %7801, %7808 : f32[16,16] @ models/lib/nn.yaml:79:7
%7833 = assign %7802, %7812 : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = assign %7803, %7804 : i64[] @ models/lib/nn.yaml:79:7
%7835 = mul %117, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7836 = mul %7830, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = add %7835, %7836 : f32[16,16] @ models/lib/nn.yaml:79:7
%7838 = assign %117, %7837 : f32[16,16] @ models/lib/nn.yaml:79:7
%7839 = all_reduce_sum %5534 : f32[16] @ models/lib/nn.yaml:80:7
%7840 = mul %7839, %7839 : f32[16] @ models/lib/nn.yaml:80:7
%7841 = reduce_sum %7840 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7842 = sqrt %7841 : f32[] @ models/lib/nn.yaml:80:7
%7843 = cast %7842 : f64[] @ models/lib/nn.yaml:80:7
%7844 = add %7843, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7845 = div %6079, %7844 : f64[] @ models/lib/nn.yaml:80:7
%7846 = lt %7845, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7847 = cast %7845 : f32[] @ models/lib/nn.yaml:80:7
%7848 = broadcast %7847 : f32[16] @ models/lib/nn.yaml:80:7
%7849 = mul %7839, %7848 : f32[16] @ models/lib/nn.yaml:80:7
%7850 = broadcast %7846 : bool[16] @ models/lib/nn.yaml:80:7
%7851 = select %7850, %7849, %7839 : f32[16] @ models/lib/nn.yaml:80:7
%7852 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7853 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7854 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7855 = add %7854, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7856 = mul %7851, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%7857 = mul %7852, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%7858 = add %7857, %7856 : f32[16] @ models/lib/nn.yaml:80:7
%7859 = mul %7851, %7851 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = mul %7859, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = mul %7853, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%7862 = add %7861, %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7863 = cast %7855 : f64[] @ models/lib/nn.yaml:80:7
%7864 = pow %6100, %7863 : f64[] @ models/lib/nn.yaml:80:7
%7865 = sub %6081, %7864 : f64[] @ models/lib/nn.yaml:80:7
%7866 = div %3811, %7865 : f64[] @ models/lib/nn.yaml:80:7
%7867 = pow %6108, %7863 : f64[] @ models/lib/nn.yaml:80:7
%7868 = sub %6081, %7867 : f64[] @ models/lib/nn.yaml:80:7
%7869 = sqrt %7868 : f64[] @ models/lib/nn.yaml:80:7
%7870 = div %6081, %7869 : f64[] @ models/lib/nn.yaml:80:7
%7871 = sqrt %7862 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = cast %7870 : f32[] @ models/lib/nn.yaml:80:7
%7873 = broadcast %7872 : f32[16] @ models/lib/nn.yaml:80:7
%7874 = mul %7871, %7873 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = add %7874, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%7876 = div %7858, %7875 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = cast %7866 : f32[] @ models/lib/nn.yaml:80:7
%7878 = broadcast %7877 : f32[16] @ models/lib/nn.yaml:80:7
%7879 = mul %7876, %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = sub %40, %7879 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = assign %40, %7880 : f32[16] @ models/lib/nn.yaml:80:7
%7882 = assign %7852, %7858 : f32[16] @ models/lib/nn.yaml:80:7
%7883 = assign %7853, %7862 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = assign %7854, %7855 : i64[] @ models/lib/nn.yaml:80:7
%7885 = mul %118, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7886 = mul %7880, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%7887 = add %7885, %7886 : f32[16] @ models/lib/nn.yaml:80:7
%7888 = assign %118, %7887 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = all_reduce_sum %5526 : f32[16,16] @ models/lib/nn.yaml:79:7
%7890 = reshape %7889 : f32[256] @ models/lib/nn.yaml:79:7
%7891 = mul %7890, %7890 : f32[256] @ models/lib/nn.yaml:79:7
%7892 = reduce_sum %7891 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7893 = sqrt %7892 : f32[] @ models/lib/nn.yaml:79:7
%7894 = cast %7893 : f64[] @ models/lib/nn.yaml:79:7
%7895 = add %7894, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7896 = div %6079, %7895 : f64[] @ models/lib/nn.yaml:79:7
%7897 = lt %7896, %6081 : bool[] @ models/lib/nn.yaml:79:7
%7898 = cast %7896 : f32[] @ models/lib/nn.yaml:79:7
%7899 = broadcast %7898 : f32[16,16] @ models/lib/nn.yaml:79:7
%7900 = mul %7889, %7899 : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = broadcast %7897 : bool[16,16] @ models/lib/nn.yaml:79:7
%7902 = select %7901, %7900, %7889 : f32[16,16] @ models/lib/nn.yaml:79:7
%7903 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7904 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7905 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7906 = add %7905, %6091 : i64[] @ models/lib/nn.yaml:79:7
%7907 = mul %41, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%7908 = mul %7902, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = mul %7903, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = add %7909, %7908 : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = mul %7902, %7902 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = mul %7911, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = mul %7904, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%7914 = add %7913, %7912 : f32[16,16] @ models/lib/nn.yaml:79:7
%7915 = cast %7906 : f64[] @ models/lib/nn.yaml:79:7
%7916 = pow %6100, %7915 : f64[] @ models/lib/nn.yaml:79:7
%7917 = sub %6081, %7916 : f64[] @ models/lib/nn.yaml:79:7
%7918 = div %3811, %7917 : f64[] @ models/lib/nn.yaml:79:7
%7919 = pow %6108, %7915 : f64[] @ models/lib/nn.yaml:79:7
%7920 = sub %6081, %7919 : f64[] @ models/lib/nn.yaml:79:7
%7921 = sqrt %7920 : f64[] @ models/lib/nn.yaml:79:7
%7922 = div %6081, %7921 : f64[] @ models/lib/nn.yaml:79:7
%7923 = sqrt %7914 : f32[16,16] @ models/lib/nn.yaml:79:7
%7924 = cast %7922 : f32[] @ models/lib/nn.yaml:79:7
%7925 = broadcast %7924 : f32[16,16] @ models/lib/nn.yaml:79:7
%7926 = mul %7923, %7925 : f32[16,16] @ models/lib/nn.yaml:79:7
%7927 = add %7926, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%7928 = div %7910, %7927 : f32[16,16] @ models/lib/nn.yaml:79:7
%7929 = cast %7918 : f32[] @ models/lib/nn.yaml:79:7
%7930 = broadcast %7929 : f32[16,16] @ models/lib/nn.yaml:79:7
%7931 = mul %7928, %7930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = sub %7907, %7931 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = assign %41, %7932 : f32[16,16] @ models/lib/nn.yaml:79:7
%7934 = assign %7903, %7910 : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = assign %7904, %7914 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = assign %7905, %7906 : i64[] @ models/lib/nn.yaml:79:7
%7937 = mul %119, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = mul %7932, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = add %7937, %7938 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = assign %119, %7939 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = all_reduce_sum %5517 : f32[16] @ models/lib/nn.yaml:80:7
%7942 = mul %7941, %7941 : f32[16] @ models/lib/nn.yaml:80:7
%7943 = reduce_sum %7942 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7944 = sqrt %7943 : f32[] @ models/lib/nn.yaml:80:7
%7945 = cast %7944 : f64[] @ models/lib/nn.yaml:80:7
%7946 = add %7945, %6077 : f64[] @ models/lib/nn.yaml:80:7
%7947 = div %6079, %7946 : f64[] @ models/lib/nn.yaml:80:7
%7948 = lt %7947, %6081 : bool[] @ models/lib/nn.yaml:80:7
%7949 = cast %7947 : f32[] @ models/lib/nn.yaml:80:7
%7950 = broadcast %7949 : f32[16] @ models/lib/nn.yaml:80:7
%7951 = mul %7941, %7950 : f32[16] @ models/lib/nn.yaml:80:7
%7952 = broadcast %7948 : bool[16] @ models/lib/nn.yaml:80:7
%7953 = select %7952, %7951, %7941 : f32[16] @ models/lib/nn.yaml:80:7
%7954 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7955 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7956 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7957 = add %7956, %6091 : i64[] @ models/lib/nn.yaml:80:7
%7958 = mul %7953, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%7959 = mul %7954, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = add %7959, %7958 : f32[16] @ models/lib/nn.yaml:80:7
%7961 = mul %7953, %7953 : f32[16] @ models/lib/nn.yaml:80:7
%7962 = mul %7961, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = mul %7955, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%7964 = add %7963, %7962 : f32[16] @ models/lib/nn.yaml:80:7
%7965 = cast %7957 : f64[] @ models/lib/nn.yaml:80:7
%7966 = pow %6100, %7965 : f64[] @ models/lib/nn.yaml:80:7
%7967 = sub %6081, %7966 : f64[] @ models/lib/nn.yaml:80:7
%7968 = div %3811, %7967 : f64[] @ models/lib/nn.yaml:80:7
%7969 = pow %6108, %7965 : f64[] @ models/lib/nn.yaml:80:7
%7970 = sub %6081, %7969 : f64[] @ models/lib/nn.yaml:80:7
%7971 = sqrt %7970 : f64[] @ models/lib/nn.yaml:80:7
%7972 = div %6081, %7971 : f64[] @ models/lib/nn.yaml:80:7
%7973 = sqrt %7964 : f32[16] @ models/lib/nn.yaml:80:7
%7974 = cast %7972 : f32[] @ models/lib/nn.yaml:80:7
%7975 = broadcast %7974 : f32[16] @ models/lib/nn.yaml:80:7
%7976 = mul %7973, %7975 : f32[16] @ models/lib/nn.yaml:80:7
%7977 = add %7976, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%7978 = div %7960, %7977 : f32[16] @ models/lib/nn.yaml:80:7
%7979 = cast %7968 : f32[] @ models/lib/nn.yaml:80:7
%7980 = broadcast %7979 : f32[16] @ models/lib/nn.yaml:80:7
%7981 = mul %7978, %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = sub %42, %7981 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = assign %42, %7982 : f32[16] @ models/lib/nn.yaml:80:7
%7984 = assign %7954, %7960 : f32[16] @ models/lib/nn.yaml:80:7
%7985 = assign %7955, %7964 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = assign %7956, %7957 : i64[] @ models/lib/nn.yaml:80:7
%7987 = mul %120, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7988 = mul %7982, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = add %7987, %7988 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = assign %120, %7989 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = all_reduce_sum %5431 : f32[16,16] @ models/lib/nn.yaml:79:7
%7992 = reshape %7991 : f32[256] @ models/lib/nn.yaml:79:7
%7993 = mul %7992, %7992 : f32[256] @ models/lib/nn.yaml:79:7
%7994 = reduce_sum %7993 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7995 = sqrt %7994 : f32[] @ models/lib/nn.yaml:79:7
%7996 = cast %7995 : f64[] @ models/lib/nn.yaml:79:7
%7997 = add %7996, %6077 : f64[] @ models/lib/nn.yaml:79:7
%7998 = div %6079, %7997 : f64[] @ models/lib/nn.yaml:79:7
%7999 = lt %7998, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8000 = cast %7998 : f32[] @ models/lib/nn.yaml:79:7
%8001 = broadcast %8000 : f32[16,16] @ models/lib/nn.yaml:79:7
%8002 = mul %7991, %8001 : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = broadcast %7999 : bool[16,16] @ models/lib/nn.yaml:79:7
%8004 = select %8003, %8002, %7991 : f32[16,16] @ models/lib/nn.yaml:79:7
%8005 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8006 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8007 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8008 = add %8007, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8009 = mul %43, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%8010 = mul %8004, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = mul %8005, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8012 = add %8011, %8010 : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = mul %8004, %8004 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = mul %8013, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = mul %8006, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%8016 = add %8015, %8014 : f32[16,16] @ models/lib/nn.yaml:79:7
%8017 = cast %8008 : f64[] @ models/lib/nn.yaml:79:7
%8018 = pow %6100, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8019 = sub %6081, %8018 : f64[] @ models/lib/nn.yaml:79:7
%8020 = div %3811, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = pow %6108, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8022 = sub %6081, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8023 = sqrt %8022 : f64[] @ models/lib/nn.yaml:79:7
%8024 = div %6081, %8023 : f64[] @ models/lib/nn.yaml:79:7
%8025 = sqrt %8016 : f32[16,16] @ models/lib/nn.yaml:79:7
%8026 = cast %8024 : f32[] @ models/lib/nn.yaml:79:7
%8027 = broadcast %8026 : f32[16,16] @ models/lib/nn.yaml:79:7
%8028 = mul %8025, %8027 : f32[16,16] @ models/lib/nn.yaml:79:7
%8029 = add %8028, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%8030 = div %8012, %8029 : f32[16,16] @ models/lib/nn.yaml:79:7
%8031 = cast %8020 : f32[] @ models/lib/nn.yaml:79:7
%8032 = broadcast %8031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8033 = mul %8030, %8032 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = sub %8009, %8033 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = assign %43, %8034 : f32[16,16] @ models/lib/nn.yaml:79:7
%8036 = assign %8005, %8012 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = assign %8006, %8016 : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = assign %8007, %8008 : i64[] @ models/lib/nn.yaml:79:7
%8039 = mul %121, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = mul %8034, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = add %8039, %8040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = assign %121, %8041 : f32[16,16] @ models/lib/nn.yaml:79:7
%8043 = all_reduce_sum %5423 : f32[16] @ models/lib/nn.yaml:80:7
%8044 = mul %8043, %8043 : f32[16] @ models/lib/nn.yaml:80:7
%8045 = reduce_sum %8044 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8046 = sqrt %8045 : f32[] @ models/lib/nn.yaml:80:7
%8047 = cast %8046 : f64[] @ models/lib/nn.yaml:80:7
%8048 = add %8047, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8049 = div %6079, %8048 : f64[] @ models/lib/nn.yaml:80:7
%8050 = lt %8049, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8051 = cast %8049 : f32[] @ models/lib/nn.yaml:80:7
%8052 = broadcast %8051 : f32[16] @ models/lib/nn.yaml:80:7
%8053 = mul %8043, %8052 : f32[16] @ models/lib/nn.yaml:80:7
%8054 = broadcast %8050 : bool[16] @ models/lib/nn.yaml:80:7
%8055 = select %8054, %8053, %8043 : f32[16] @ models/lib/nn.yaml:80:7
%8056 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8057 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8058 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8059 = add %8058, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8060 = mul %8055, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = mul %8056, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = add %8061, %8060 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = mul %8055, %8055 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = mul %8063, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = mul %8057, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8066 = add %8065, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8067 = cast %8059 : f64[] @ models/lib/nn.yaml:80:7
%8068 = pow %6100, %8067 : f64[] @ models/lib/nn.yaml:80:7
%8069 = sub %6081, %8068 : f64[] @ models/lib/nn.yaml:80:7
%8070 = div %3811, %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = pow %6108, %8067 : f64[] @ models/lib/nn.yaml:80:7
%8072 = sub %6081, %8071 : f64[] @ models/lib/nn.yaml:80:7
%8073 = sqrt %8072 : f64[] @ models/lib/nn.yaml:80:7
%8074 = div %6081, %8073 : f64[] @ models/lib/nn.yaml:80:7
%8075 = sqrt %8066 : f32[16] @ models/lib/nn.yaml:80:7
%8076 = cast %8074 : f32[] @ models/lib/nn.yaml:80:7
%8077 = broadcast %8076 : f32[16] @ models/lib/nn.yaml:80:7
%8078 = mul %8075, %8077 : f32[16] @ models/lib/nn.yaml:80:7
%8079 = add %8078, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%8080 = div %8062, %8079 : f32[16] @ models/lib/nn.yaml:80:7
%8081 = cast %8070 : f32[] @ models/lib/nn.yaml:80:7
%8082 = broadcast %8081 : f32[16] @ models/lib/nn.yaml:80:7
%8083 = mul %8080, %8082 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = sub %44, %8083 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = assign %44, %8084 : f32[16] @ models/lib/nn.yaml:80:7
%8086 = assign %8056, %8062 : f32[16] @ models/lib/nn.yaml:80:7
%8087 = assign %8057, %8066 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = assign %8058, %8059 : i64[] @ models/lib/nn.yaml:80:7
%8089 = mul %122, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8090 = mul %8084, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = add %8089, %8090 : f32[16] @ models/lib/nn.yaml:80:7
%8092 = assign %122, %8091 : f32[16] @ models/lib/nn.yaml:80:7
%8093 = all_reduce_sum %5402 : f32[16] @ models/lib/nn.yaml:89:7
%8094 = mul %8093, %8093 : f32[16] @ models/lib/nn.yaml:89:7
%8095 = reduce_sum %8094 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8096 = sqrt %8095 : f32[] @ models/lib/nn.yaml:89:7
%8097 = cast %8096 : f64[] @ models/lib/nn.yaml:89:7
%8098 = add %8097, %6077 : f64[] @ models/lib/nn.yaml:89:7
%8099 = div %6079, %8098 : f64[] @ models/lib/nn.yaml:89:7
%8100 = lt %8099, %6081 : bool[] @ models/lib/nn.yaml:89:7
%8101 = cast %8099 : f32[] @ models/lib/nn.yaml:89:7
%8102 = broadcast %8101 : f32[16] @ models/lib/nn.yaml:89:7
%8103 = mul %8093, %8102 : f32[16] @ models/lib/nn.yaml:89:7
%8104 = broadcast %8100 : bool[16] @ models/lib/nn.yaml:89:7
%8105 = select %8104, %8103, %8093 : f32[16] @ models/lib/nn.yaml:89:7
%8106 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8107 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8108 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8109 = add %8108, %6091 : i64[] @ models/lib/nn.yaml:89:7
%8110 = mul %8105, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%8111 = mul %8106, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%8112 = add %8111, %8110 : f32[16] @ models/lib/nn.yaml:89:7
%8113 = mul %8105, %8105 : f32[16] @ models/lib/nn.yaml:89:7
%8114 = mul %8113, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%8115 = mul %8107, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%8116 = add %8115, %8114 : f32[16] @ models/lib/nn.yaml:89:7
%8117 = cast %8109 : f64[] @ models/lib/nn.yaml:89:7
%8118 = pow %6100, %8117 : f64[] @ models/lib/nn.yaml:89:7
%8119 = sub %6081, %8118 : f64[] @ models/lib/nn.yaml:89:7
%8120 = div %3811, %8119 : f64[] @ models/lib/nn.yaml:89:7
%8121 = pow %6108, %8117 : f64[] @ models/lib/nn.yaml:89:7
%8122 = sub %6081, %8121 : f64[] @ models/lib/nn.yaml:89:7
%8123 = sqrt %8122 : f64[] @ models/lib/nn.yaml:89:7
%8124 = div %6081, %8123 : f64[] @ models/lib/nn.yaml:89:7
%8125 = sqrt %8116 : f32[16] @ models/lib/nn.yaml:89:7
%8126 = cast %8124 : f32[] @ models/lib/nn.yaml:89:7
%8127 = broadcast %8126 : f32[16] @ models/lib/nn.yaml:89:7
%8128 = mul %8125, %8127 : f32[16] @ models/lib/nn.yaml:89:7
%8129 = add %8128, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%8130 = div %8112, %8129 : f32[16] @ models/lib/nn.yaml:89:7
%8131 = cast %8120 : f32[] @ models/lib/nn.yaml:89:7
%8132 = broadcast %8131 : f32[16] @ models/lib/nn.yaml:89:7
%8133 = mul %8130, %8132 : f32[16] @ models/lib/nn.yaml:89:7
%8134 = sub %45, %8133 : f32[16] @ models/lib/nn.yaml:89:7
%8135 = assign %45, %8134 : f32[16] @ models/lib/nn.yaml:89:7
%8136 = assign %8106, %8112 : f32[16] @ models/lib/nn.yaml:89:7
%8137 = assign %8107, %8116 : f32[16] @ models/lib/nn.yaml:89:7
%8138 = assign %8108, %8109 : i64[] @ models/lib/nn.yaml:89:7
%8139 = mul %123, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%8140 = mul %8134, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%8141 = add %8139, %8140 : f32[16] @ models/lib/nn.yaml:89:7
%8142 = assign %123, %8141 : f32[16] @ models/lib/nn.yaml:89:7
%8143 = all_reduce_sum %5397 : f32[16] @ models/lib/nn.yaml:90:7
%8144 = mul %8143, %8143 : f32[16] @ models/lib/nn.yaml:90:7
%8145 = reduce_sum %8144 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8146 = sqrt %8145 : f32[] @ models/lib/nn.yaml:90:7
%8147 = cast %8146 : f64[] @ models/lib/nn.yaml:90:7
%8148 = add %8147, %6077 : f64[] @ models/lib/nn.yaml:90:7
%8149 = div %6079, %8148 : f64[] @ models/lib/nn.yaml:90:7
%8150 = lt %8149, %6081 : bool[] @ models/lib/nn.yaml:90:7
%8151 = cast %8149 : f32[] @ models/lib/nn.yaml:90:7
%8152 = broadcast %8151 : f32[16] @ models/lib/nn.yaml:90:7
%8153 = mul %8143, %8152 : f32[16] @ models/lib/nn.yaml:90:7
%8154 = broadcast %8150 : bool[16] @ models/lib/nn.yaml:90:7
%8155 = select %8154, %8153, %8143 : f32[16] @ models/lib/nn.yaml:90:7
%8156 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8157 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8158 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8159 = add %8158, %6091 : i64[] @ models/lib/nn.yaml:90:7
%8160 = mul %8155, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%8161 = mul %8156, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%8162 = add %8161, %8160 : f32[16] @ models/lib/nn.yaml:90:7
%8163 = mul %8155, %8155 : f32[16] @ models/lib/nn.yaml:90:7
%8164 = mul %8163, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%8165 = mul %8157, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%8166 = add %8165, %8164 : f32[16] @ models/lib/nn.yaml:90:7
%8167 = cast %8159 : f64[] @ models/lib/nn.yaml:90:7
%8168 = pow %6100, %8167 : f64[] @ models/lib/nn.yaml:90:7
%8169 = sub %6081, %8168 : f64[] @ models/lib/nn.yaml:90:7
%8170 = div %3811, %8169 : f64[] @ models/lib/nn.yaml:90:7
%8171 = pow %6108, %8167 : f64[] @ models/lib/nn.yaml:90:7
%8172 = sub %6081, %8171 : f64[] @ models/lib/nn.yaml:90:7
%8173 = sqrt %8172 : f64[] @ models/lib/nn.yaml:90:7
%8174 = div %6081, %8173 : f64[] @ models/lib/nn.yaml:90:7
%8175 = sqrt %8166 : f32[16] @ models/lib/nn.yaml:90:7
%8176 = cast %8174 : f32[] @ models/lib/nn.yaml:90:7
%8177 = broadcast %8176 : f32[16] @ models/lib/nn.yaml:90:7
%8178 = mul %8175, %8177 : f32[16] @ models/lib/nn.yaml:90:7
%8179 = add %8178, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%8180 = div %8162, %8179 : f32[16] @ models/lib/nn.yaml:90:7
%8181 = cast %8170 : f32[] @ models/lib/nn.yaml:90:7
%8182 = broadcast %8181 : f32[16] @ models/lib/nn.yaml:90:7
%8183 = mul %8180, %8182 : f32[16] @ models/lib/nn.yaml:90:7
%8184 = sub %46, %8183 : f32[16] @ models/lib/nn.yaml:90:7
%8185 = assign %46, %8184 : f32[16] @ models/lib/nn.yaml:90:7
%8186 = assign %8156, %8162 : f32[16] @ models/lib/nn.yaml:90:7
%8187 = assign %8157, %8166 : f32[16] @ models/lib/nn.yaml:90:7
%8188 = assign %8158, %8159 : i64[] @ models/lib/nn.yaml:90:7
%8189 = mul %124, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%8190 = mul %8184, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%8191 = add %8189, %8190 : f32[16] @ models/lib/nn.yaml:90:7
%8192 = assign %124, %8191 : f32[16] @ models/lib/nn.yaml:90:7
%8193 = all_reduce_sum %5393 : f32[64,16] @ models/lib/nn.yaml:79:7
%8194 = reshape %8193 : f32[1024] @ models/lib/nn.yaml:79:7
%8195 = mul %8194, %8194 : f32[1024] @ models/lib/nn.yaml:79:7
%8196 = reduce_sum %8195 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8197 = sqrt %8196 : f32[] @ models/lib/nn.yaml:79:7
%8198 = cast %8197 : f64[] @ models/lib/nn.yaml:79:7
%8199 = add %8198, %6077 : f64[] @ models/lib/nn.yaml:79:7
%8200 = div %6079, %8199 : f64[] @ models/lib/nn.yaml:79:7
%8201 = lt %8200, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8202 = cast %8200 : f32[] @ models/lib/nn.yaml:79:7
%8203 = broadcast %8202 : f32[64,16] @ models/lib/nn.yaml:79:7
%8204 = mul %8193, %8203 : f32[64,16] @ models/lib/nn.yaml:79:7
%8205 = broadcast %8201 : bool[64,16] @ models/lib/nn.yaml:79:7
%8206 = select %8205, %8204, %8193 : f32[64,16] @ models/lib/nn.yaml:79:7
%8207 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8208 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8209 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8210 = add %8209, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8211 = mul %47, %6708 : f32[64,16] @ models/lib/nn.yaml:79:7
%8212 = mul %8206, %6710 : f32[64,16] @ models/lib/nn.yaml:79:7
%8213 = mul %8207, %6712 : f32[64,16] @ models/lib/nn.yaml:79:7
%8214 = add %8213, %8212 : f32[64,16] @ models/lib/nn.yaml:79:7
%8215 = mul %8206, %8206 : f32[64,16] @ models/lib/nn.yaml:79:7
%8216 = mul %8215, %6716 : f32[64,16] @ models/lib/nn.yaml:79:7
%8217 = mul %8208, %6718 : f32[64,16] @ models/lib/nn.yaml:79:7
%8218 = add %8217, %8216 : f32[64,16] @ models/lib/nn.yaml:79:7
%8219 = cast %8210 : f64[] @ models/lib/nn.yaml:79:7
%8220 = pow %6100, %8219 : f64[] @ models/lib/nn.yaml:79:7
%8221 = sub %6081, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8222 = div %3811, %8221 : f64[] @ models/lib/nn.yaml:79:7
%8223 = pow %6108, %8219 : f64[] @ models/lib/nn.yaml:79:7
%8224 = sub %6081, %8223 : f64[] @ models/lib/nn.yaml:79:7
%8225 = sqrt %8224 : f64[] @ models/lib/nn.yaml:79:7
%8226 = div %6081, %8225 : f64[] @ models/lib/nn.yaml:79:7
%8227 = sqrt %8218 : f32[64,16] @ models/lib/nn.yaml:79:7
%8228 = cast %8226 : f32[] @ models/lib/nn.yaml:79:7
%8229 = broadcast %8228 : f32[64,16] @ models/lib/nn.yaml:79:7
%8230 = mul %8227, %8229 : f32[64,16] @ models/lib/nn.yaml:79:7
%8231 = add %8230, %6733 : f32[64,16] @ models/lib/nn.yaml:79:7
%8232 = div %8214, %8231 : f32[64,16] @ models/lib/nn.yaml:79:7
%8233 = cast %8222 : f32[] @ models/lib/nn.yaml:79:7
%8234 = broadcast %8233 : f32[64,16] @ models/lib/nn.yaml:79:7
%8235 = mul %8232, %8234 : f32[64,16] @ models/lib/nn.yaml:79:7
%8236 = sub %8211, %8235 : f32[64,16] @ models/lib/nn.yaml:79:7
%8237 = assign %47, %8236 : f32[64,16] @ models/lib/nn.yaml:79:7
%8238 = assign %8207, %8214 : f32[64,16] @ models/lib/nn.yaml:79:7
%8239 = assign %8208, %8218 : f32[64,16] @ models/lib/nn.yaml:79:7
%8240 = assign %8209, %8210 : i64[] @ models/lib/nn.yaml:79:7
%8241 = mul %125, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%8242 = mul %8236, %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%8243 = add %8241, %8242 : f32[64,16] @ models/lib/nn.yaml:79:7
%8244 = assign %125, %8243 : f32[64,16] @ models/lib/nn.yaml:79:7
%8245 = all_reduce_sum %5385 : f32[64] @ models/lib/nn.yaml:80:7
%8246 = mul %8245, %8245 : f32[64] @ models/lib/nn.yaml:80:7
%8247 = reduce_sum %8246 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8248 = sqrt %8247 : f32[] @ models/lib/nn.yaml:80:7
%8249 = cast %8248 : f64[] @ models/lib/nn.yaml:80:7
%8250 = add %8249, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8251 = div %6079, %8250 : f64[] @ models/lib/nn.yaml:80:7
%8252 = lt %8251, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8253 = cast %8251 : f32[] @ models/lib/nn.yaml:80:7
%8254 = broadcast %8253 : f32[64] @ models/lib/nn.yaml:80:7
%8255 = mul %8245, %8254 : f32[64] @ models/lib/nn.yaml:80:7
%8256 = broadcast %8252 : bool[64] @ models/lib/nn.yaml:80:7
%8257 = select %8256, %8255, %8245 : f32[64] @ models/lib/nn.yaml:80:7
%8258 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8259 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8260 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8261 = add %8260, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8262 = mul %8257, %6767 : f32[64] @ models/lib/nn.yaml:80:7
%8263 = mul %8258, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%8264 = add %8263, %8262 : f32[64] @ models/lib/nn.yaml:80:7
%8265 = mul %8257, %8257 : f32[64] @ models/lib/nn.yaml:80:7
%8266 = mul %8265, %6773 : f32[64] @ models/lib/nn.yaml:80:7
%8267 = mul %8259, %6775 : f32[64] @ models/lib/nn.yaml:80:7
%8268 = add %8267, %8266 : f32[64] @ models/lib/nn.yaml:80:7
%8269 = cast %8261 : f64[] @ models/lib/nn.yaml:80:7
%8270 = pow %6100, %8269 : f64[] @ models/lib/nn.yaml:80:7
%8271 = sub %6081, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8272 = div %3811, %8271 : f64[] @ models/lib/nn.yaml:80:7
%8273 = pow %6108, %8269 : f64[] @ models/lib/nn.yaml:80:7
%8274 = sub %6081, %8273 : f64[] @ models/lib/nn.yaml:80:7
%8275 = sqrt %8274 : f64[] @ models/lib/nn.yaml:80:7
%8276 = div %6081, %8275 : f64[] @ models/lib/nn.yaml:80:7
%8277 = sqrt %8268 : f32[64] @ models/lib/nn.yaml:80:7
%8278 = cast %8276 : f32[] @ models/lib/nn.yaml:80:7
%8279 = broadcast %8278 : f32[64] @ models/lib/nn.yaml:80:7
%8280 = mul %8277, %8279 : f32[64] @ models/lib/nn.yaml:80:7
%8281 = add %8280, %6790 : f32[64] @ models/lib/nn.yaml:80:7
%8282 = div %8264, %8281 : f32[64] @ models/lib/nn.yaml:80:7
%8283 = cast %8272 : f32[] @ models/lib/nn.yaml:80:7
%8284 = broadcast %8283 : f32[64] @ models/lib/nn.yaml:80:7
%8285 = mul %8282, %8284 : f32[64] @ models/lib/nn.yaml:80:7
%8286 = sub %48, %8285 : f32[64] @ models/lib/nn.yaml:80:7
%8287 = assign %48, %8286 : f32[64] @ models/lib/nn.yaml:80:7
%8288 = assign %8258, %8264 : f32[64] @ models/lib/nn.yaml:80:7
%8289 = assign %8259, %8268 : f32[64] @ models/lib/nn.yaml:80:7
%8290 = assign %8260, %8261 : i64[] @ models/lib/nn.yaml:80:7
%8291 = mul %126, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%8292 = mul %8286, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%8293 = add %8291, %8292 : f32[64] @ models/lib/nn.yaml:80:7
%8294 = assign %126, %8293 : f32[64] @ models/lib/nn.yaml:80:7
%8295 = all_reduce_sum %5371 : f32[16,64] @ models/lib/nn.yaml:79:7
%8296 = reshape %8295 : f32[1024] @ models/lib/nn.yaml:79:7
%8297 = mul %8296, %8296 : f32[1024] @ models/lib/nn.yaml:79:7
%8298 = reduce_sum %8297 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8299 = sqrt %8298 : f32[] @ models/lib/nn.yaml:79:7
%8300 = cast %8299 : f64[] @ models/lib/nn.yaml:79:7
%8301 = add %8300, %6077 : f64[] @ models/lib/nn.yaml:79:7
%8302 = div %6079, %8301 : f64[] @ models/lib/nn.yaml:79:7
%8303 = lt %8302, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8304 = cast %8302 : f32[] @ models/lib/nn.yaml:79:7
%8305 = broadcast %8304 : f32[16,64] @ models/lib/nn.yaml:79:7
%8306 = mul %8295, %8305 : f32[16,64] @ models/lib/nn.yaml:79:7
%8307 = broadcast %8303 : bool[16,64] @ models/lib/nn.yaml:79:7
%8308 = select %8307, %8306, %8295 : f32[16,64] @ models/lib/nn.yaml:79:7
%8309 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8310 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8311 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8312 = add %8311, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8313 = mul %49, %6825 : f32[16,64] @ models/lib/nn.yaml:79:7
%8314 = mul %8308, %6827 : f32[16,64] @ models/lib/nn.yaml:79:7
%8315 = mul %8309, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%8316 = add %8315, %8314 : f32[16,64] @ models/lib/nn.yaml:79:7
%8317 = mul %8308, %8308 : f32[16,64] @ models/lib/nn.yaml:79:7
%8318 = mul %8317, %6833 : f32[16,64] @ models/lib/nn.yaml:79:7
%8319 = mul %8310, %6835 : f32[16,64] @ models/lib/nn.yaml:79:7
%8320 = add %8319, %8318 : f32[16,64] @ models/lib/nn.yaml:79:7
%8321 = cast %8312 : f64[] @ models/lib/nn.yaml:79:7
%8322 = pow %6100, %8321 : f64[] @ models/lib/nn.yaml:79:7
%8323 = sub %6081, %8322 : f64[] @ models/lib/nn.yaml:79:7
%8324 = div %3811, %8323 : f64[] @ models/lib/nn.yaml:79:7
%8325 = pow %6108, %8321 : f64[] @ models/lib/nn.yaml:79:7
%8326 = sub %6081, %8325 : f64[] @ models/lib/nn.yaml:79:7
%8327 = sqrt %8326 : f64[] @ models/lib/nn.yaml:79:7
%8328 = div %6081, %8327 : f64[] @ models/lib/nn.yaml:79:7
%8329 = sqrt %8320 : f32[16,64] @ models/lib/nn.yaml:79:7
%8330 = cast %8328 : f32[] @ models/lib/nn.yaml:79:7
%8331 = broadcast %8330 : f32[16,64] @ models/lib/nn.yaml:79:7
%8332 = mul %8329, %8331 : f32[16,64] @ models/lib/nn.yaml:79:7
%8333 = add %8332, %6850 : f32[16,64] @ models/lib/nn.yaml:79:7
%8334 = div %8316, %8333 : f32[16,64] @ models/lib/nn.yaml:79:7
%8335 = cast %8324 : f32[] @ models/lib/nn.yaml:79:7
%8336 = broadcast %8335 : f32[16,64] @ models/lib/nn.yaml:79:7
%8337 = mul %8334, %8336 : f32[16,64] @ models/lib/nn.yaml:79:7
%8338 = sub %8313, %8337 : f32[16,64] @ models/lib/nn.yaml:79:7
%8339 = assign %49, %8338 : f32[16,64] @ models/lib/nn.yaml:79:7
%8340 = assign %8309, %8316 : f32[16,64] @ models/lib/nn.yaml:79:7
%8341 = assign %8310, %8320 : f32[16,64] @ models/lib/nn.yaml:79:7
%8342 = assign %8311, %8312 : i64[] @ models/lib/nn.yaml:79:7
%8343 = mul %127, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%8344 = mul %8338, %6863 : f32[16,64] @ models/lib/nn.yaml:79:7
%8345 = add %8343, %8344 : f32[16,64] @ models/lib/nn.yaml:79:7
%8346 = assign %127, %8345 : f32[16,64] @ models/lib/nn.yaml:79:7
%8347 = all_reduce_sum %5363 : f32[16] @ models/lib/nn.yaml:80:7
%8348 = mul %8347, %8347 : f32[16] @ models/lib/nn.yaml:80:7
%8349 = reduce_sum %8348 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8350 = sqrt %8349 : f32[] @ models/lib/nn.yaml:80:7
%8351 = cast %8350 : f64[] @ models/lib/nn.yaml:80:7
%8352 = add %8351, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8353 = div %6079, %8352 : f64[] @ models/lib/nn.yaml:80:7
%8354 = lt %8353, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8355 = cast %8353 : f32[] @ models/lib/nn.yaml:80:7
%8356 = broadcast %8355 : f32[16] @ models/lib/nn.yaml:80:7
%8357 = mul %8347, %8356 : f32[16] @ models/lib/nn.yaml:80:7
%8358 = broadcast %8354 : bool[16] @ models/lib/nn.yaml:80:7
%8359 = select %8358, %8357, %8347 : f32[16] @ models/lib/nn.yaml:80:7
%8360 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8361 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8362 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8363 = add %8362, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8364 = mul %8359, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%8365 = mul %8360, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%8366 = add %8365, %8364 : f32[16] @ models/lib/nn.yaml:80:7
%8367 = mul %8359, %8359 : f32[16] @ models/lib/nn.yaml:80:7
%8368 = mul %8367, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%8369 = mul %8361, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8370 = add %8369, %8368 : f32[16] @ models/lib/nn.yaml:80:7
%8371 = cast %8363 : f64[] @ models/lib/nn.yaml:80:7
%8372 = pow %6100, %8371 : f64[] @ models/lib/nn.yaml:80:7
%8373 = sub %6081, %8372 : f64[] @ models/lib/nn.yaml:80:7
%8374 = div %3811, %8373 : f64[] @ models/lib/nn.yaml:80:7
%8375 = pow %6108, %8371 : f64[] @ models/lib/nn.yaml:80:7
%8376 = sub %6081, %8375 : f64[] @ models/lib/nn.yaml:80:7
%8377 = sqrt %8376 : f64[] @ models/lib/nn.yaml:80:7
%8378 = div %6081, %8377 : f64[] @ models/lib/nn.yaml:80:7
%8379 = sqrt %8370 : f32[16] @ models/lib/nn.yaml:80:7
%8380 = cast %8378 : f32[] @ models/lib/nn.yaml:80:7
%8381 = broadcast %8380 : f32[16] @ models/lib/nn.yaml:80:7
%8382 = mul %8379, %8381 : f32[16] @ models/lib/nn.yaml:80:7
%8383 = add %8382, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%8384 = div %8366, %8383 : f32[16] @ models/lib/nn.yaml:80:7
%8385 = cast %8374 : f32[] @ models/lib/nn.yaml:80:7
%8386 = broadcast %8385 : f32[16] @ models/lib/nn.yaml:80:7
%8387 = mul %8384, %8386 : f32[16] @ models/lib/nn.yaml:80:7
%8388 = sub %50, %8387 : f32[16] @ models/lib/nn.yaml:80:7
%8389 = assign %50, %8388 : f32[16] @ models/lib/nn.yaml:80:7
%8390 = assign %8360, %8366 : f32[16] @ models/lib/nn.yaml:80:7
%8391 = assign %8361, %8370 : f32[16] @ models/lib/nn.yaml:80:7
%8392 = assign %8362, %8363 : i64[] @ models/lib/nn.yaml:80:7
%8393 = mul %128, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8394 = mul %8388, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = add %8393, %8394 : f32[16] @ models/lib/nn.yaml:80:7
%8396 = assign %128, %8395 : f32[16] @ models/lib/nn.yaml:80:7
%8397 = all_reduce_sum %5339 : f32[16] @ models/lib/nn.yaml:89:7
%8398 = mul %8397, %8397 : f32[16] @ models/lib/nn.yaml:89:7
%8399 = reduce_sum %8398 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8400 = sqrt %8399 : f32[] @ models/lib/nn.yaml:89:7
%8401 = cast %8400 : f64[] @ models/lib/nn.yaml:89:7
%8402 = add %8401, %6077 : f64[] @ models/lib/nn.yaml:89:7
%8403 = div %6079, %8402 : f64[] @ models/lib/nn.yaml:89:7
%8404 = lt %8403, %6081 : bool[] @ models/lib/nn.yaml:89:7
%8405 = cast %8403 : f32[] @ models/lib/nn.yaml:89:7
%8406 = broadcast %8405 : f32[16] @ models/lib/nn.yaml:89:7
%8407 = mul %8397, %8406 : f32[16] @ models/lib/nn.yaml:89:7
%8408 = broadcast %8404 : bool[16] @ models/lib/nn.yaml:89:7
%8409 = select %8408, %8407, %8397 : f32[16] @ models/lib/nn.yaml:89:7
%8410 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8411 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8412 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8413 = add %8412, %6091 : i64[] @ models/lib/nn.yaml:89:7
%8414 = mul %8409, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%8415 = mul %8410, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%8416 = add %8415, %8414 : f32[16] @ models/lib/nn.yaml:89:7
%8417 = mul %8409, %8409 : f32[16] @ models/lib/nn.yaml:89:7
%8418 = mul %8417, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%8419 = mul %8411, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%8420 = add %8419, %8418 : f32[16] @ models/lib/nn.yaml:89:7
%8421 = cast %8413 : f64[] @ models/lib/nn.yaml:89:7
%8422 = pow %6100, %8421 : f64[] @ models/lib/nn.yaml:89:7
%8423 = sub %6081, %8422 : f64[] @ models/lib/nn.yaml:89:7
%8424 = div %3811, %8423 : f64[] @ models/lib/nn.yaml:89:7
%8425 = pow %6108, %8421 : f64[] @ models/lib/nn.yaml:89:7
%8426 = sub %6081, %8425 : f64[] @ models/lib/nn.yaml:89:7
%8427 = sqrt %8426 : f64[] @ models/lib/nn.yaml:89:7
%8428 = div %6081, %8427 : f64[] @ models/lib/nn.yaml:89:7
%8429 = sqrt %8420 : f32[16] @ models/lib/nn.yaml:89:7
%8430 = cast %8428 : f32[] @ models/lib/nn.yaml:89:7
%8431 = broadcast %8430 : f32[16] @ models/lib/nn.yaml:89:7
%8432 = mul %8429, %8431 : f32[16] @ models/lib/nn.yaml:89:7
%8433 = add %8432, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%8434 = div %8416, %8433 : f32[16] @ models/lib/nn.yaml:89:7
%8435 = cast %8424 : f32[] @ models/lib/nn.yaml:89:7
%8436 = broadcast %8435 : f32[16] @ models/lib/nn.yaml:89:7
%8437 = mul %8434, %8436 : f32[16] @ models/lib/nn.yaml:89:7
%8438 = sub %51, %8437 : f32[16] @ models/lib/nn.yaml:89:7
%8439 = assign %51, %8438 : f32[16] @ models/lib/nn.yaml:89:7
%8440 = assign %8410, %8416 : f32[16] @ models/lib/nn.yaml:89:7
%8441 = assign %8411, %8420 : f32[16] @ models/lib/nn.yaml:89:7
%8442 = assign %8412, %8413 : i64[] @ models/lib/nn.yaml:89:7
%8443 = mul %129, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%8444 = mul %8438, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%8445 = add %8443, %8444 : f32[16] @ models/lib/nn.yaml:89:7
%8446 = assign %129, %8445 : f32[16] @ models/lib/nn.yaml:89:7
%8447 = all_reduce_sum %5332 : f32[16] @ models/lib/nn.yaml:90:7
%8448 = mul %8447, %8447 : f32[16] @ models/lib/nn.yaml:90:7
%8449 = reduce_sum %8448 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8450 = sqrt %8449 : f32[] @ models/lib/nn.yaml:90:7
%8451 = cast %8450 : f64[] @ models/lib/nn.yaml:90:7
%8452 = add %8451, %6077 : f64[] @ models/lib/nn.yaml:90:7
%8453 = div %6079, %8452 : f64[] @ models/lib/nn.yaml:90:7
%8454 = lt %8453, %6081 : bool[] @ models/lib/nn.yaml:90:7
%8455 = cast %8453 : f32[] @ models/lib/nn.yaml:90:7
%8456 = broadcast %8455 : f32[16] @ models/lib/nn.yaml:90:7
%8457 = mul %8447, %8456 : f32[16] @ models/lib/nn.yaml:90:7
%8458 = broadcast %8454 : bool[16] @ models/lib/nn.yaml:90:7
%8459 = select %8458, %8457, %8447 : f32[16] @ models/lib/nn.yaml:90:7
%8460 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8461 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8462 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8463 = add %8462, %6091 : i64[] @ models/lib/nn.yaml:90:7
%8464 = mul %8459, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%8465 = mul %8460, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%8466 = add %8465, %8464 : f32[16] @ models/lib/nn.yaml:90:7
%8467 = mul %8459, %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8468 = mul %8467, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%8469 = mul %8461, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%8470 = add %8469, %8468 : f32[16] @ models/lib/nn.yaml:90:7
%8471 = cast %8463 : f64[] @ models/lib/nn.yaml:90:7
%8472 = pow %6100, %8471 : f64[] @ models/lib/nn.yaml:90:7
%8473 = sub %6081, %8472 : f64[] @ models/lib/nn.yaml:90:7
%8474 = div %3811, %8473 : f64[] @ models/lib/nn.yaml:90:7
%8475 = pow %6108, %8471 : f64[] @ models/lib/nn.yaml:90:7
%8476 = sub %6081, %8475 : f64[] @ models/lib/nn.yaml:90:7
%8477 = sqrt %8476 : f64[] @ models/lib/nn.yaml:90:7
%8478 = div %6081, %8477 : f64[] @ models/lib/nn.yaml:90:7
%8479 = sqrt %8470 : f32[16] @ models/lib/nn.yaml:90:7
%8480 = cast %8478 : f32[] @ models/lib/nn.yaml:90:7
%8481 = broadcast %8480 : f32[16] @ models/lib/nn.yaml:90:7
%8482 = mul %8479, %8481 : f32[16] @ models/lib/nn.yaml:90:7
%8483 = add %8482, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%8484 = div %8466, %8483 : f32[16] @ models/lib/nn.yaml:90:7
%8485 = cast %8474 : f32[] @ models/lib/nn.yaml:90:7
%8486 = broadcast %8485 : f32[16] @ models/lib/nn.yaml:90:7
%8487 = mul %8484, %8486 : f32[16] @ models/lib/nn.yaml:90:7
%8488 = sub %52, %8487 : f32[16] @ models/lib/nn.yaml:90:7
%8489 = assign %52, %8488 : f32[16] @ models/lib/nn.yaml:90:7
%8490 = assign %8460, %8466 : f32[16] @ models/lib/nn.yaml:90:7
%8491 = assign %8461, %8470 : f32[16] @ models/lib/nn.yaml:90:7
%8492 = assign %8462, %8463 : i64[] @ models/lib/nn.yaml:90:7
%8493 = mul %130, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%8494 = mul %8488, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%8495 = add %8493, %8494 : f32[16] @ models/lib/nn.yaml:90:7
%8496 = assign %130, %8495 : f32[16] @ models/lib/nn.yaml:90:7
%8497 = all_reduce_sum %5324 : f32[16,16] @ models/lib/nn.yaml:79:7
%8498 = reshape %8497 : f32[256] @ models/lib/nn.yaml:79:7
%8499 = mul %8498, %8498 : f32[256] @ models/lib/nn.yaml:79:7
%8500 = reduce_sum %8499 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8501 = sqrt %8500 : f32[] @ models/lib/nn.yaml:79:7
%8502 = cast %8501 : f64[] @ models/lib/nn.yaml:79:7
%8503 = add %8502, %6077 : f64[] @ models/lib/nn.yaml:79:7
%8504 = div %6079, %8503 : f64[] @ models/lib/nn.yaml:79:7
%8505 = lt %8504, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8506 = cast %8504 : f32[] @ models/lib/nn.yaml:79:7
%8507 = broadcast %8506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8508 = mul %8497, %8507 : f32[16,16] @ models/lib/nn.yaml:79:7
%8509 = broadcast %8505 : bool[16,16] @ models/lib/nn.yaml:79:7
%8510 = select %8509, %8508, %8497 : f32[16,16] @ models/lib/nn.yaml:79:7
%8511 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8512 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8513 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8514 = add %8513, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8515 = mul %53, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%8516 = mul %8510, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%8517 = mul %8511, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8518 = add %8517, %8516 : f32[16,16] @ models/lib/nn.yaml:79:7
%8519 = mul %8510, %8510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8520 = mul %8519, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8521 = mul %8512, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%8522 = add %8521, %8520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8523 = cast %8514 : f64[] @ models/lib/nn.yaml:79:7
%8524 = pow %6100, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8525 = sub %6081, %8524 : f64[] @ models/lib/nn.yaml:79:7
%8526 = div %3811, %8525 : f64[] @ models/lib/nn.yaml:79:7
%8527 = pow %6108, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8528 = sub %6081, %8527 : f64[] @ models/lib/nn.yaml:79:7
%8529 = sqrt %8528 : f64[] @ models/lib/nn.yaml:79:7
%8530 = div %6081, %8529 : f64[] @ models/lib/nn.yaml:79:7
%8531 = sqrt %8522 : f32[16,16] @ models/lib/nn.yaml:79:7
%8532 = cast %8530 : f32[] @ models/lib/nn.yaml:79:7
%8533 = broadcast %8532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8534 = mul %8531, %8533 : f32[16,16] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%8536 = div %8518, %8535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8537 = cast %8526 : f32[] @ models/lib/nn.yaml:79:7
%8538 = broadcast %8537 : f32[16,16] @ models/lib/nn.yaml:79:7
%8539 = mul %8536, %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = sub %8515, %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = assign %53, %8540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8542 = assign %8511, %8518 : f32[16,16] @ models/lib/nn.yaml:79:7
%8543 = assign %8512, %8522 : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = assign %8513, %8514 : i64[] @ models/lib/nn.yaml:79:7
%8545 = mul %131, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8546 = mul %8540, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8547 = add %8545, %8546 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = assign %131, %8547 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = all_reduce_sum %5315 : f32[16] @ models/lib/nn.yaml:80:7
%8550 = mul %8549, %8549 : f32[16] @ models/lib/nn.yaml:80:7
%8551 = reduce_sum %8550 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8552 = sqrt %8551 : f32[] @ models/lib/nn.yaml:80:7
%8553 = cast %8552 : f64[] @ models/lib/nn.yaml:80:7
%8554 = add %8553, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8555 = div %6079, %8554 : f64[] @ models/lib/nn.yaml:80:7
%8556 = lt %8555, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8557 = cast %8555 : f32[] @ models/lib/nn.yaml:80:7
%8558 = broadcast %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = mul %8549, %8558 : f32[16] @ models/lib/nn.yaml:80:7
%8560 = broadcast %8556 : bool[16] @ models/lib/nn.yaml:80:7
%8561 = select %8560, %8559, %8549 : f32[16] @ models/lib/nn.yaml:80:7
%8562 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8563 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8564 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8565 = add %8564, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8566 = mul %8561, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = mul %8562, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = add %8567, %8566 : f32[16] @ models/lib/nn.yaml:80:7
%8569 = mul %8561, %8561 : f32[16] @ models/lib/nn.yaml:80:7
%8570 = mul %8569, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = mul %8563, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = add %8571, %8570 : f32[16] @ models/lib/nn.yaml:80:7
%8573 = cast %8565 : f64[] @ models/lib/nn.yaml:80:7
%8574 = pow %6100, %8573 : f64[] @ models/lib/nn.yaml:80:7
%8575 = sub %6081, %8574 : f64[] @ models/lib/nn.yaml:80:7
%8576 = div %3811, %8575 : f64[] @ models/lib/nn.yaml:80:7
%8577 = pow %6108, %8573 : f64[] @ models/lib/nn.yaml:80:7
%8578 = sub %6081, %8577 : f64[] @ models/lib/nn.yaml:80:7
%8579 = sqrt %8578 : f64[] @ models/lib/nn.yaml:80:7
%8580 = div %6081, %8579 : f64[] @ models/lib/nn.yaml:80:7
%8581 = sqrt %8572 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = cast %8580 : f32[] @ models/lib/nn.yaml:80:7
%8583 = broadcast %8582 : f32[16] @ models/lib/nn.yaml:80:7
%8584 = mul %8581, %8583 : f32[16] @ models/lib/nn.yaml:80:7
%8585 = add %8584, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%8586 = div %8568, %8585 : f32[16] @ models/lib/nn.yaml:80:7
%8587 = cast %8576 : f32[] @ models/lib/nn.yaml:80:7
%8588 = broadcast %8587 : f32[16] @ models/lib/nn.yaml:80:7
%8589 = mul %8586, %8588 : f32[16] @ models/lib/nn.yaml:80:7
%8590 = sub %54, %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = assign %54, %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = assign %8562, %8568 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = assign %8563, %8572 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = assign %8564, %8565 : i64[] @ models/lib/nn.yaml:80:7
%8595 = mul %132, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = mul %8590, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = add %8595, %8596 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = assign %132, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = all_reduce_sum %5309 : f32[16,16] @ models/lib/nn.yaml:79:7
%8600 = reshape %8599 : f32[256] @ models/lib/nn.yaml:79:7
%8601 = mul %8600, %8600 : f32[256] @ models/lib/nn.yaml:79:7
%8602 = reduce_sum %8601 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8603 = sqrt %8602 : f32[] @ models/lib/nn.yaml:79:7
%8604 = cast %8603 : f64[] @ models/lib/nn.yaml:79:7
%8605 = add %8604, %6077 : f64[] @ models/lib/nn.yaml:79:7
%8606 = div %6079, %8605 : f64[] @ models/lib/nn.yaml:79:7
%8607 = lt %8606, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8608 = cast %8606 : f32[] @ models/lib/nn.yaml:79:7
%8609 = broadcast %8608 : f32[16,16] @ models/lib/nn.yaml:79:7
%8610 = mul %8599, %8609 : f32[16,16] @ models/lib/nn.yaml:79:7
%8611 = broadcast %8607 : bool[16,16] @ models/lib/nn.yaml:79:7
%8612 = select %8611, %8610, %8599 : f32[16,16] @ models/lib/nn.yaml:79:7
%8613 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8614 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8615 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8616 = add %8615, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8617 = mul %55, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%8618 = mul %8612, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%8619 = mul %8613, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8620 = add %8619, %8618 : f32[16,16] @ models/lib/nn.yaml:79:7
%8621 = mul %8612, %8612 : f32[16,16] @ models/lib/nn.yaml:79:7
%8622 = mul %8621, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8623 = mul %8614, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%8624 = add %8623, %8622 : f32[16,16] @ models/lib/nn.yaml:79:7
%8625 = cast %8616 : f64[] @ models/lib/nn.yaml:79:7
%8626 = pow %6100, %8625 : f64[] @ models/lib/nn.yaml:79:7
%8627 = sub %6081, %8626 : f64[] @ models/lib/nn.yaml:79:7
%8628 = div %3811, %8627 : f64[] @ models/lib/nn.yaml:79:7
%8629 = pow %6108, %8625 : f64[] @ models/lib/nn.yaml:79:7
%8630 = sub %6081, %8629 : f64[] @ models/lib/nn.yaml:79:7
%8631 = sqrt %8630 : f64[] @ models/lib/nn.yaml:79:7
%8632 = div %6081, %8631 : f64[] @ models/lib/nn.yaml:79:7
%8633 = sqrt %8624 : f32[16,16] @ models/lib/nn.yaml:79:7
%8634 = cast %8632 : f32[] @ models/lib/nn.yaml:79:7
%8635 = broadcast %8634 : f32[16,16] @ models/lib/nn.yaml:79:7
%8636 = mul %8633, %8635 : f32[16,16] @ models/lib/nn.yaml:79:7
%8637 = add %8636, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%8638 = div %8620, %8637 : f32[16,16] @ models/lib/nn.yaml:79:7
%8639 = cast %8628 : f32[] @ models/lib/nn.yaml:79:7
%8640 = broadcast %8639 : f32[16,16] @ models/lib/nn.yaml:79:7
%8641 = mul %8638, %8640 : f32[16,16] @ models/lib/nn.yaml:79:7
%8642 = sub %8617, %8641 : f32[16,16] @ models/lib/nn.yaml:79:7
%8643 = assign %55, %8642 : f32[16,16] @ models/lib/nn.yaml:79:7
%8644 = assign %8613, %8620 : f32[16,16] @ models/lib/nn.yaml:79:7
%8645 = assign %8614, %8624 : f32[16,16] @ models/lib/nn.yaml:79:7
%8646 = assign %8615, %8616 : i64[] @ models/lib/nn.yaml:79:7
%8647 = mul %133, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8648 = mul %8642, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8649 = add %8647, %8648 : f32[16,16] @ models/lib/nn.yaml:79:7
%8650 = assign %133, %8649 : f32[16,16] @ models/lib/nn.yaml:79:7
%8651 = all_reduce_sum %5298 : f32[16] @ models/lib/nn.yaml:80:7
%8652 = mul %8651, %8651 : f32[16] @ models/lib/nn.yaml:80:7
%8653 = reduce_sum %8652 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8654 = sqrt %8653 : f32[] @ models/lib/nn.yaml:80:7
%8655 = cast %8654 : f64[] @ models/lib/nn.yaml:80:7
%8656 = add %8655, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8657 = div %6079, %8656 : f64[] @ models/lib/nn.yaml:80:7
%8658 = lt %8657, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8659 = cast %8657 : f32[] @ models/lib/nn.yaml:80:7
%8660 = broadcast %8659 : f32[16] @ models/lib/nn.yaml:80:7
%8661 = mul %8651, %8660 : f32[16] @ models/lib/nn.yaml:80:7
%8662 = broadcast %8658 : bool[16] @ models/lib/nn.yaml:80:7
%8663 = select %8662, %8661, %8651 : f32[16] @ models/lib/nn.yaml:80:7
%8664 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8665 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8666 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8667 = add %8666, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8668 = mul %8663, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%8669 = mul %8664, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%8670 = add %8669, %8668 : f32[16] @ models/lib/nn.yaml:80:7
%8671 = mul %8663, %8663 : f32[16] @ models/lib/nn.yaml:80:7
%8672 = mul %8671, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%8673 = mul %8665, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8674 = add %8673, %8672 : f32[16] @ models/lib/nn.yaml:80:7
%8675 = cast %8667 : f64[] @ models/lib/nn.yaml:80:7
%8676 = pow %6100, %8675 : f64[] @ models/lib/nn.yaml:80:7
%8677 = sub %6081, %8676 : f64[] @ models/lib/nn.yaml:80:7
%8678 = div %3811, %8677 : f64[] @ models/lib/nn.yaml:80:7
%8679 = pow %6108, %8675 : f64[] @ models/lib/nn.yaml:80:7
%8680 = sub %6081, %8679 : f64[] @ models/lib/nn.yaml:80:7
%8681 = sqrt %8680 : f64[] @ models/lib/nn.yaml:80:7
%8682 = div %6081, %8681 : f64[] @ models/lib/nn.yaml:80:7
%8683 = sqrt %8674 : f32[16] @ models/lib/nn.yaml:80:7
%8684 = cast %8682 : f32[] @ models/lib/nn.yaml:80:7
%8685 = broadcast %8684 : f32[16] @ models/lib/nn.yaml:80:7
%8686 = mul %8683, %8685 : f32[16] @ models/lib/nn.yaml:80:7
%8687 = add %8686, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%8688 = div %8670, %8687 : f32[16] @ models/lib/nn.yaml:80:7
%8689 = cast %8678 : f32[] @ models/lib/nn.yaml:80:7
%8690 = broadcast %8689 : f32[16] @ models/lib/nn.yaml:80:7
%8691 = mul %8688, %8690 : f32[16] @ models/lib/nn.yaml:80:7
%8692 = sub %56, %8691 : f32[16] @ models/lib/nn.yaml:80:7
%8693 = assign %56, %8692 : f32[16] @ models/lib/nn.yaml:80:7
%8694 = assign %8664, %8670 : f32[16] @ models/lib/nn.yaml:80:7
%8695 = assign %8665, %8674 : f32[16] @ models/lib/nn.yaml:80:7
%8696 = assign %8666, %8667 : i64[] @ models/lib/nn.yaml:80:7
%8697 = mul %134, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8698 = mul %8692, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%8699 = add %8697, %8698 : f32[16] @ models/lib/nn.yaml:80:7
%8700 = assign %134, %8699 : f32[16] @ models/lib/nn.yaml:80:7
%8701 = all_reduce_sum %5290 : f32[16,16] @ models/lib/nn.yaml:79:7
%8702 = reshape %8701 : f32[256] @ models/lib/nn.yaml:79:7
%8703 = mul %8702, %8702 : f32[256] @ models/lib/nn.yaml:79:7
%8704 = reduce_sum %8703 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8705 = sqrt %8704 : f32[] @ models/lib/nn.yaml:79:7
%8706 = cast %8705 : f64[] @ models/lib/nn.yaml:79:7
%8707 = add %8706, %6077 : f64[] @ models/lib/nn.yaml:79:7
%8708 = div %6079, %8707 : f64[] @ models/lib/nn.yaml:79:7
%8709 = lt %8708, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8710 = cast %8708 : f32[] @ models/lib/nn.yaml:79:7
%8711 = broadcast %8710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8712 = mul %8701, %8711 : f32[16,16] @ models/lib/nn.yaml:79:7
%8713 = broadcast %8709 : bool[16,16] @ models/lib/nn.yaml:79:7
%8714 = select %8713, %8712, %8701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8715 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8716 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8717 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8718 = add %8717, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8719 = mul %57, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%8720 = mul %8714, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%8721 = mul %8715, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8722 = add %8721, %8720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8723 = mul %8714, %8714 : f32[16,16] @ models/lib/nn.yaml:79:7
%8724 = mul %8723, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8725 = mul %8716, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%8726 = add %8725, %8724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8727 = cast %8718 : f64[] @ models/lib/nn.yaml:79:7
%8728 = pow %6100, %8727 : f64[] @ models/lib/nn.yaml:79:7
%8729 = sub %6081, %8728 : f64[] @ models/lib/nn.yaml:79:7
%8730 = div %3811, %8729 : f64[] @ models/lib/nn.yaml:79:7
%8731 = pow %6108, %8727 : f64[] @ models/lib/nn.yaml:79:7
%8732 = sub %6081, %8731 : f64[] @ models/lib/nn.yaml:79:7
%8733 = sqrt %8732 : f64[] @ models/lib/nn.yaml:79:7
%8734 = div %6081, %8733 : f64[] @ models/lib/nn.yaml:79:7
%8735 = sqrt %8726 : f32[16,16] @ models/lib/nn.yaml:79:7
%8736 = cast %8734 : f32[] @ models/lib/nn.yaml:79:7
%8737 = broadcast %8736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8738 = mul %8735, %8737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8739 = add %8738, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%8740 = div %8722, %8739 : f32[16,16] @ models/lib/nn.yaml:79:7
%8741 = cast %8730 : f32[] @ models/lib/nn.yaml:79:7
%8742 = broadcast %8741 : f32[16,16] @ models/lib/nn.yaml:79:7
%8743 = mul %8740, %8742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = sub %8719, %8743 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = assign %57, %8744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8746 = assign %8715, %8722 : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = assign %8716, %8726 : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = assign %8717, %8718 : i64[] @ models/lib/nn.yaml:79:7
%8749 = mul %135, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = mul %8744, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = add %8749, %8750 : f32[16,16] @ models/lib/nn.yaml:79:7
%8752 = assign %135, %8751 : f32[16,16] @ models/lib/nn.yaml:79:7
%8753 = all_reduce_sum %5281 : f32[16] @ models/lib/nn.yaml:80:7
%8754 = mul %8753, %8753 : f32[16] @ models/lib/nn.yaml:80:7
%8755 = reduce_sum %8754 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8756 = sqrt %8755 : f32[] @ models/lib/nn.yaml:80:7
%8757 = cast %8756 : f64[] @ models/lib/nn.yaml:80:7
%8758 = add %8757, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8759 = div %6079, %8758 : f64[] @ models/lib/nn.yaml:80:7
%8760 = lt %8759, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8761 = cast %8759 : f32[] @ models/lib/nn.yaml:80:7
%8762 = broadcast %8761 : f32[16] @ models/lib/nn.yaml:80:7
%8763 = mul %8753, %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8764 = broadcast %8760 : bool[16] @ models/lib/nn.yaml:80:7
%8765 = select %8764, %8763, %8753 : f32[16] @ models/lib/nn.yaml:80:7
%8766 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8767 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8768 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8769 = add %8768, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8770 = mul %8765, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%8771 = mul %8766, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%8772 = add %8771, %8770 : f32[16] @ models/lib/nn.yaml:80:7
%8773 = mul %8765, %8765 : f32[16] @ models/lib/nn.yaml:80:7
%8774 = mul %8773, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%8775 = mul %8767, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8776 = add %8775, %8774 : f32[16] @ models/lib/nn.yaml:80:7
%8777 = cast %8769 : f64[] @ models/lib/nn.yaml:80:7
%8778 = pow %6100, %8777 : f64[] @ models/lib/nn.yaml:80:7
%8779 = sub %6081, %8778 : f64[] @ models/lib/nn.yaml:80:7
%8780 = div %3811, %8779 : f64[] @ models/lib/nn.yaml:80:7
%8781 = pow %6108, %8777 : f64[] @ models/lib/nn.yaml:80:7
%8782 = sub %6081, %8781 : f64[] @ models/lib/nn.yaml:80:7
%8783 = sqrt %8782 : f64[] @ models/lib/nn.yaml:80:7
%8784 = div %6081, %8783 : f64[] @ models/lib/nn.yaml:80:7
%8785 = sqrt %8776 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = cast %8784 : f32[] @ models/lib/nn.yaml:80:7
%8787 = broadcast %8786 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = mul %8785, %8787 : f32[16] @ models/lib/nn.yaml:80:7
%8789 = add %8788, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%8790 = div %8772, %8789 : f32[16] @ models/lib/nn.yaml:80:7
%8791 = cast %8780 : f32[] @ models/lib/nn.yaml:80:7
%8792 = broadcast %8791 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = mul %8790, %8792 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = sub %58, %8793 : f32[16] @ models/lib/nn.yaml:80:7
%8795 = assign %58, %8794 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = assign %8766, %8772 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = assign %8767, %8776 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = assign %8768, %8769 : i64[] @ models/lib/nn.yaml:80:7
%8799 = mul %136, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8800 = mul %8794, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = add %8799, %8800 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = assign %136, %8801 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = all_reduce_sum %5195 : f32[16,16] @ models/lib/nn.yaml:79:7
%8804 = reshape %8803 : f32[256] @ models/lib/nn.yaml:79:7
%8805 = mul %8804, %8804 : f32[256] @ models/lib/nn.yaml:79:7
%8806 = reduce_sum %8805 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8807 = sqrt %8806 : f32[] @ models/lib/nn.yaml:79:7
%8808 = cast %8807 : f64[] @ models/lib/nn.yaml:79:7
%8809 = add %8808, %6077 : f64[] @ models/lib/nn.yaml:79:7
%8810 = div %6079, %8809 : f64[] @ models/lib/nn.yaml:79:7
%8811 = lt %8810, %6081 : bool[] @ models/lib/nn.yaml:79:7
%8812 = cast %8810 : f32[] @ models/lib/nn.yaml:79:7
%8813 = broadcast %8812 : f32[16,16] @ models/lib/nn.yaml:79:7
%8814 = mul %8803, %8813 : f32[16,16] @ models/lib/nn.yaml:79:7
%8815 = broadcast %8811 : bool[16,16] @ models/lib/nn.yaml:79:7
%8816 = select %8815, %8814, %8803 : f32[16,16] @ models/lib/nn.yaml:79:7
%8817 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8818 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8819 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8820 = add %8819, %6091 : i64[] @ models/lib/nn.yaml:79:7
%8821 = mul %59, %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%8822 = mul %8816, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%8823 = mul %8817, %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8824 = add %8823, %8822 : f32[16,16] @ models/lib/nn.yaml:79:7
%8825 = mul %8816, %8816 : f32[16,16] @ models/lib/nn.yaml:79:7
%8826 = mul %8825, %6506 : f32[16,16] @ models/lib/nn.yaml:79:7
%8827 = mul %8818, %6508 : f32[16,16] @ models/lib/nn.yaml:79:7
%8828 = add %8827, %8826 : f32[16,16] @ models/lib/nn.yaml:79:7
%8829 = cast %8820 : f64[] @ models/lib/nn.yaml:79:7
%8830 = pow %6100, %8829 : f64[] @ models/lib/nn.yaml:79:7
%8831 = sub %6081, %8830 : f64[] @ models/lib/nn.yaml:79:7
%8832 = div %3811, %8831 : f64[] @ models/lib/nn.yaml:79:7
%8833 = pow %6108, %8829 : f64[] @ models/lib/nn.yaml:79:7
%8834 = sub %6081, %8833 : f64[] @ models/lib/nn.yaml:79:7
%8835 = sqrt %8834 : f64[] @ models/lib/nn.yaml:79:7
%8836 = div %6081, %8835 : f64[] @ models/lib/nn.yaml:79:7
%8837 = sqrt %8828 : f32[16,16] @ models/lib/nn.yaml:79:7
%8838 = cast %8836 : f32[] @ models/lib/nn.yaml:79:7
%8839 = broadcast %8838 : f32[16,16] @ models/lib/nn.yaml:79:7
%8840 = mul %8837, %8839 : f32[16,16] @ models/lib/nn.yaml:79:7
%8841 = add %8840, %6523 : f32[16,16] @ models/lib/nn.yaml:79:7
%8842 = div %8824, %8841 : f32[16,16] @ models/lib/nn.yaml:79:7
%8843 = cast %8832 : f32[] @ models/lib/nn.yaml:79:7
%8844 = broadcast %8843 : f32[16,16] @ models/lib/nn.yaml:79:7
%8845 = mul %8842, %8844 : f32[16,16] @ models/lib/nn.yaml:79:7
%8846 = sub %8821, %8845 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = assign %59, %8846 : f32[16,16] @ models/lib/nn.yaml:79:7
%8848 = assign %8817, %8824 : f32[16,16] @ models/lib/nn.yaml:79:7
%8849 = assign %8818, %8828 : f32[16,16] @ models/lib/nn.yaml:79:7
%8850 = assign %8819, %8820 : i64[] @ models/lib/nn.yaml:79:7
%8851 = mul %137, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8852 = mul %8846, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8853 = add %8851, %8852 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = assign %137, %8853 : f32[16,16] @ models/lib/nn.yaml:79:7
%8855 = all_reduce_sum %5187 : f32[16] @ models/lib/nn.yaml:80:7
%8856 = mul %8855, %8855 : f32[16] @ models/lib/nn.yaml:80:7
%8857 = reduce_sum %8856 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8858 = sqrt %8857 : f32[] @ models/lib/nn.yaml:80:7
%8859 = cast %8858 : f64[] @ models/lib/nn.yaml:80:7
%8860 = add %8859, %6077 : f64[] @ models/lib/nn.yaml:80:7
%8861 = div %6079, %8860 : f64[] @ models/lib/nn.yaml:80:7
%8862 = lt %8861, %6081 : bool[] @ models/lib/nn.yaml:80:7
%8863 = cast %8861 : f32[] @ models/lib/nn.yaml:80:7
%8864 = broadcast %8863 : f32[16] @ models/lib/nn.yaml:80:7
%8865 = mul %8855, %8864 : f32[16] @ models/lib/nn.yaml:80:7
%8866 = broadcast %8862 : bool[16] @ models/lib/nn.yaml:80:7
%8867 = select %8866, %8865, %8855 : f32[16] @ models/lib/nn.yaml:80:7
%8868 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8869 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8870 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8871 = add %8870, %6091 : i64[] @ models/lib/nn.yaml:80:7
%8872 = mul %8867, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%8873 = mul %8868, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%8874 = add %8873, %8872 : f32[16] @ models/lib/nn.yaml:80:7
%8875 = mul %8867, %8867 : f32[16] @ models/lib/nn.yaml:80:7
%8876 = mul %8875, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%8877 = mul %8869, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%8878 = add %8877, %8876 : f32[16] @ models/lib/nn.yaml:80:7
%8879 = cast %8871 : f64[] @ models/lib/nn.yaml:80:7
%8880 = pow %6100, %8879 : f64[] @ models/lib/nn.yaml:80:7
%8881 = sub %6081, %8880 : f64[] @ models/lib/nn.yaml:80:7
%8882 = div %3811, %8881 : f64[] @ models/lib/nn.yaml:80:7
%8883 = pow %6108, %8879 : f64[] @ models/lib/nn.yaml:80:7
%8884 = sub %6081, %8883 : f64[] @ models/lib/nn.yaml:80:7
%8885 = sqrt %8884 : f64[] @ models/lib/nn.yaml:80:7
%8886 = div %6081, %8885 : f64[] @ models/lib/nn.yaml:80:7
%8887 = sqrt %8878 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = cast %8886 : f32[] @ models/lib/nn.yaml:80:7
%8889 = broadcast %8888 : f32[16] @ models/lib/nn.yaml:80:7
%8890 = mul %8887, %8889 : f32[16] @ models/lib/nn.yaml:80:7
%8891 = add %8890, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%8892 = div %8874, %8891 : f32[16] @ models/lib/nn.yaml:80:7
%8893 = cast %8882 : f32[] @ models/lib/nn.yaml:80:7
%8894 = broadcast %8893 : f32[16] @ models/lib/nn.yaml:80:7
%8895 = mul %8892, %8894 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = sub %60, %8895 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = assign %60, %8896 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = assign %8868, %8874 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = assign %8869, %8878 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = assign %8870, %8871 : i64[] @ models/lib/nn.yaml:80:7
%8901 = mul %138, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8902 = mul %8896, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%8903 = add %8901, %8902 : f32[16] @ models/lib/nn.yaml:80:7
%8904 = assign %138, %8903 : f32[16] @ models/lib/nn.yaml:80:7
%8905 = all_reduce_sum %5166 : f32[16] @ models/lib/nn.yaml:89:7
%8906 = mul %8905, %8905 : f32[16] @ models/lib/nn.yaml:89:7
%8907 = reduce_sum %8906 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8908 = sqrt %8907 : f32[] @ models/lib/nn.yaml:89:7
%8909 = cast %8908 : f64[] @ models/lib/nn.yaml:89:7
%8910 = add %8909, %6077 : f64[] @ models/lib/nn.yaml:89:7
%8911 = div %6079, %8910 : f64[] @ models/lib/nn.yaml:89:7
%8912 = lt %8911, %6081 : bool[] @ models/lib/nn.yaml:89:7
%8913 = cast %8911 : f32[] @ models/lib/nn.yaml:89:7
%8914 = broadcast %8913 : f32[16] @ models/lib/nn.yaml:89:7
%8915 = mul %8905, %8914 : f32[16] @ models/lib/nn.yaml:89:7
%8916 = broadcast %8912 : bool[16] @ models/lib/nn.yaml:89:7
%8917 = select %8916, %8915, %8905 : f32[16] @ models/lib/nn.yaml:89:7
%8918 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8919 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8920 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8921 = add %8920, %6091 : i64[] @ models/lib/nn.yaml:89:7
%8922 = mul %8917, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%8923 = mul %8918, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%8924 = add %8923, %8922 : f32[16] @ models/lib/nn.yaml:89:7
%8925 = mul %8917, %8917 : f32[16] @ models/lib/nn.yaml:89:7
%8926 = mul %8925, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%8927 = mul %8919, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%8928 = add %8927, %8926 : f32[16] @ models/lib/nn.yaml:89:7
%8929 = cast %8921 : f64[] @ models/lib/nn.yaml:89:7
%8930 = pow %6100, %8929 : f64[] @ models/lib/nn.yaml:89:7
%8931 = sub %6081, %8930 : f64[] @ models/lib/nn.yaml:89:7
%8932 = div %3811, %8931 : f64[] @ models/lib/nn.yaml:89:7
%8933 = pow %6108, %8929 : f64[] @ models/lib/nn.yaml:89:7
%8934 = sub %6081, %8933 : f64[] @ models/lib/nn.yaml:89:7
%8935 = sqrt %8934 : f64[] @ models/lib/nn.yaml:89:7
%8936 = div %6081, %8935 : f64[] @ models/lib/nn.yaml:89:7
%8937 = sqrt %8928 : f32[16] @ models/lib/nn.yaml:89:7
%8938 = cast %8936 : f32[] @ models/lib/nn.yaml:89:7
%8939 = broadcast %8938 : f32[16] @ models/lib/nn.yaml:89:7
%8940 = mul %8937, %8939 : f32[16] @ models/lib/nn.yaml:89:7
%8941 = add %8940, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%8942 = div %8924, %8941 : f32[16] @ models/lib/nn.yaml:89:7
%8943 = cast %8932 : f32[] @ models/lib/nn.yaml:89:7
%8944 = broadcast %8943 : f32[16] @ models/lib/nn.yaml:89:7
%8945 = mul %8942, %8944 : f32[16] @ models/lib/nn.yaml:89:7
%8946 = sub %61, %8945 : f32[16] @ models/lib/nn.yaml:89:7
%8947 = assign %61, %8946 : f32[16] @ models/lib/nn.yaml:89:7
%8948 = assign %8918, %8924 : f32[16] @ models/lib/nn.yaml:89:7
%8949 = assign %8919, %8928 : f32[16] @ models/lib/nn.yaml:89:7
%8950 = assign %8920, %8921 : i64[] @ models/lib/nn.yaml:89:7
%8951 = mul %139, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%8952 = mul %8946, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%8953 = add %8951, %8952 : f32[16] @ models/lib/nn.yaml:89:7
%8954 = assign %139, %8953 : f32[16] @ models/lib/nn.yaml:89:7
%8955 = all_reduce_sum %5161 : f32[16] @ models/lib/nn.yaml:90:7
%8956 = mul %8955, %8955 : f32[16] @ models/lib/nn.yaml:90:7
%8957 = reduce_sum %8956 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8958 = sqrt %8957 : f32[] @ models/lib/nn.yaml:90:7
%8959 = cast %8958 : f64[] @ models/lib/nn.yaml:90:7
%8960 = add %8959, %6077 : f64[] @ models/lib/nn.yaml:90:7
%8961 = div %6079, %8960 : f64[] @ models/lib/nn.yaml:90:7
%8962 = lt %8961, %6081 : bool[] @ models/lib/nn.yaml:90:7
%8963 = cast %8961 : f32[] @ models/lib/nn.yaml:90:7
%8964 = broadcast %8963 : f32[16] @ models/lib/nn.yaml:90:7
%8965 = mul %8955, %8964 : f32[16] @ models/lib/nn.yaml:90:7
%8966 = broadcast %8962 : bool[16] @ models/lib/nn.yaml:90:7
%8967 = select %8966, %8965, %8955 : f32[16] @ models/lib/nn.yaml:90:7
%8968 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8969 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8970 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8971 = add %8970, %6091 : i64[] @ models/lib/nn.yaml:90:7
%8972 = mul %8967, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%8973 = mul %8968, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%8974 = add %8973, %8972 : f32[16] @ models/lib/nn.yaml:90:7
%8975 = mul %8967, %8967 : f32[16] @ models/lib/nn.yaml:90:7
%8976 = mul %8975, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%8977 = mul %8969, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%8978 = add %8977, %8976 : f32[16] @ models/lib/nn.yaml:90:7
%8979 = cast %8971 : f64[] @ models/lib/nn.yaml:90:7
%8980 = pow %6100, %8979 : f64[] @ models/lib/nn.yaml:90:7
%8981 = sub %6081, %8980 : f64[] @ models/lib/nn.yaml:90:7
%8982 = div %3811, %8981 : f64[] @ models/lib/nn.yaml:90:7
%8983 = pow %6108, %8979 : f64[] @ models/lib/nn.yaml:90:7
%8984 = sub %6081, %8983 : f64[] @ models/lib/nn.yaml:90:7
%8985 = sqrt %8984 : f64[] @ models/lib/nn.yaml:90:7
%8986 = div %6081, %8985 : f64[] @ models/lib/nn.yaml:90:7
%8987 = sqrt %8978 : f32[16] @ models/lib/nn.yaml:90:7
%8988 = cast %8986 : f32[] @ models/lib/nn.yaml:90:7
%8989 = broadcast %8988 : f32[16] @ models/lib/nn.yaml:90:7
%8990 = mul %8987, %8989 : f32[16] @ models/lib/nn.yaml:90:7
%8991 = add %8990, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%8992 = div %8974, %8991 : f32[16] @ models/lib/nn.yaml:90:7
%8993 = cast %8982 : f32[] @ models/lib/nn.yaml:90:7
%8994 = broadcast %8993 : f32[16] @ models/lib/nn.yaml:90:7
%8995 = mul %8992, %8994 : f32[16] @ models/lib/nn.yaml:90:7
%8996 = sub %62, %8995 : f32[16] @ models/lib/nn.yaml:90:7
%8997 = assign %62, %8996 : f32[16] @ models/lib/nn.yaml:90:7
%8998 = assign %8968, %8974 : f32[16] @ models/lib/nn.yaml:90:7
%8999 = assign %8969, %8978 : f32[16] @ models/lib/nn.yaml:90:7
%9000 = assign %8970, %8971 : i64[] @ models/lib/nn.yaml:90:7
%9001 = mul %140, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%9002 = mul %8996, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%9003 = add %9001, %9002 : f32[16] @ models/lib/nn.yaml:90:7
%9004 = assign %140, %9003 : f32[16] @ models/lib/nn.yaml:90:7
%9005 = all_reduce_sum %5157 : f32[64,16] @ models/lib/nn.yaml:79:7
%9006 = reshape %9005 : f32[1024] @ models/lib/nn.yaml:79:7
%9007 = mul %9006, %9006 : f32[1024] @ models/lib/nn.yaml:79:7
%9008 = reduce_sum %9007 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9009 = sqrt %9008 : f32[] @ models/lib/nn.yaml:79:7
%9010 = cast %9009 : f64[] @ models/lib/nn.yaml:79:7
%9011 = add %9010, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9012 = div %6079, %9011 : f64[] @ models/lib/nn.yaml:79:7
%9013 = lt %9012, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9014 = cast %9012 : f32[] @ models/lib/nn.yaml:79:7
%9015 = broadcast %9014 : f32[64,16] @ models/lib/nn.yaml:79:7
%9016 = mul %9005, %9015 : f32[64,16] @ models/lib/nn.yaml:79:7
%9017 = broadcast %9013 : bool[64,16] @ models/lib/nn.yaml:79:7
%9018 = select %9017, %9016, %9005 : f32[64,16] @ models/lib/nn.yaml:79:7
%9019 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9020 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9021 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9022 = add %9021, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9023 = mul %63, %6708 : f32[64,16] @ models/lib/nn.yaml:79:7
%9024 = mul %9018, %6710 : f32[64,16] @ models/lib/nn.yaml:79:7
%9025 = mul %9019, %6712 : f32[64,16] @ models/lib/nn.yaml:79:7
%9026 = add %9025, %9024 : f32[64,16] @ models/lib/nn.yaml:79:7
%9027 = mul %9018, %9018 : f32[64,16] @ models/lib/nn.yaml:79:7
%9028 = mul %9027, %6716 : f32[64,16] @ models/lib/nn.yaml:79:7
%9029 = mul %9020, %6718 : f32[64,16] @ models/lib/nn.yaml:79:7
%9030 = add %9029, %9028 : f32[64,16] @ models/lib/nn.yaml:79:7
%9031 = cast %9022 : f64[] @ models/lib/nn.yaml:79:7
%9032 = pow %6100, %9031 : f64[] @ models/lib/nn.yaml:79:7
%9033 = sub %6081, %9032 : f64[] @ models/lib/nn.yaml:79:7
%9034 = div %3811, %9033 : f64[] @ models/lib/nn.yaml:79:7
%9035 = pow %6108, %9031 : f64[] @ models/lib/nn.yaml:79:7
%9036 = sub %6081, %9035 : f64[] @ models/lib/nn.yaml:79:7
%9037 = sqrt %9036 : f64[] @ models/lib/nn.yaml:79:7
%9038 = div %6081, %9037 : f64[] @ models/lib/nn.yaml:79:7
%9039 = sqrt %9030 : f32[64,16] @ models/lib/nn.yaml:79:7
%9040 = cast %9038 : f32[] @ models/lib/nn.yaml:79:7
%9041 = broadcast %9040 : f32[64,16] @ models/lib/nn.yaml:79:7
%9042 = mul %9039, %9041 : f32[64,16] @ models/lib/nn.yaml:79:7
%9043 = add %9042, %6733 : f32[64,16] @ models/lib/nn.yaml:79:7
%9044 = div %9026, %9043 : f32[64,16] @ models/lib/nn.yaml:79:7
%9045 = cast %9034 : f32[] @ models/lib/nn.yaml:79:7
%9046 = broadcast %9045 : f32[64,16] @ models/lib/nn.yaml:79:7
%9047 = mul %9044, %9046 : f32[64,16] @ models/lib/nn.yaml:79:7
%9048 = sub %9023, %9047 : f32[64,16] @ models/lib/nn.yaml:79:7
%9049 = assign %63, %9048 : f32[64,16] @ models/lib/nn.yaml:79:7
%9050 = assign %9019, %9026 : f32[64,16] @ models/lib/nn.yaml:79:7
%9051 = assign %9020, %9030 : f32[64,16] @ models/lib/nn.yaml:79:7
%9052 = assign %9021, %9022 : i64[] @ models/lib/nn.yaml:79:7
%9053 = mul %141, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%9054 = mul %9048, %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%9055 = add %9053, %9054 : f32[64,16] @ models/lib/nn.yaml:79:7
%9056 = assign %141, %9055 : f32[64,16] @ models/lib/nn.yaml:79:7
%9057 = all_reduce_sum %5149 : f32[64] @ models/lib/nn.yaml:80:7
%9058 = mul %9057, %9057 : f32[64] @ models/lib/nn.yaml:80:7
%9059 = reduce_sum %9058 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9060 = sqrt %9059 : f32[] @ models/lib/nn.yaml:80:7
%9061 = cast %9060 : f64[] @ models/lib/nn.yaml:80:7
%9062 = add %9061, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9063 = div %6079, %9062 : f64[] @ models/lib/nn.yaml:80:7
%9064 = lt %9063, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9065 = cast %9063 : f32[] @ models/lib/nn.yaml:80:7
%9066 = broadcast %9065 : f32[64] @ models/lib/nn.yaml:80:7
%9067 = mul %9057, %9066 : f32[64] @ models/lib/nn.yaml:80:7
%9068 = broadcast %9064 : bool[64] @ models/lib/nn.yaml:80:7
%9069 = select %9068, %9067, %9057 : f32[64] @ models/lib/nn.yaml:80:7
%9070 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9071 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9072 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9073 = add %9072, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9074 = mul %9069, %6767 : f32[64] @ models/lib/nn.yaml:80:7
%9075 = mul %9070, %6769 : f32[64] @ models/lib/nn.yaml:80:7
%9076 = add %9075, %9074 : f32[64] @ models/lib/nn.yaml:80:7
%9077 = mul %9069, %9069 : f32[64] @ models/lib/nn.yaml:80:7
%9078 = mul %9077, %6773 : f32[64] @ models/lib/nn.yaml:80:7
%9079 = mul %9071, %6775 : f32[64] @ models/lib/nn.yaml:80:7
%9080 = add %9079, %9078 : f32[64] @ models/lib/nn.yaml:80:7
%9081 = cast %9073 : f64[] @ models/lib/nn.yaml:80:7
%9082 = pow %6100, %9081 : f64[] @ models/lib/nn.yaml:80:7
%9083 = sub %6081, %9082 : f64[] @ models/lib/nn.yaml:80:7
%9084 = div %3811, %9083 : f64[] @ models/lib/nn.yaml:80:7
%9085 = pow %6108, %9081 : f64[] @ models/lib/nn.yaml:80:7
%9086 = sub %6081, %9085 : f64[] @ models/lib/nn.yaml:80:7
%9087 = sqrt %9086 : f64[] @ models/lib/nn.yaml:80:7
%9088 = div %6081, %9087 : f64[] @ models/lib/nn.yaml:80:7
%9089 = sqrt %9080 : f32[64] @ models/lib/nn.yaml:80:7
%9090 = cast %9088 : f32[] @ models/lib/nn.yaml:80:7
%9091 = broadcast %9090 : f32[64] @ models/lib/nn.yaml:80:7
%9092 = mul %9089, %9091 : f32[64] @ models/lib/nn.yaml:80:7
%9093 = add %9092, %6790 : f32[64] @ models/lib/nn.yaml:80:7
%9094 = div %9076, %9093 : f32[64] @ models/lib/nn.yaml:80:7
%9095 = cast %9084 : f32[] @ models/lib/nn.yaml:80:7
%9096 = broadcast %9095 : f32[64] @ models/lib/nn.yaml:80:7
%9097 = mul %9094, %9096 : f32[64] @ models/lib/nn.yaml:80:7
%9098 = sub %64, %9097 : f32[64] @ models/lib/nn.yaml:80:7
%9099 = assign %64, %9098 : f32[64] @ models/lib/nn.yaml:80:7
%9100 = assign %9070, %9076 : f32[64] @ models/lib/nn.yaml:80:7
%9101 = assign %9071, %9080 : f32[64] @ models/lib/nn.yaml:80:7
%9102 = assign %9072, %9073 : i64[] @ models/lib/nn.yaml:80:7
%9103 = mul %142, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%9104 = mul %9098, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%9105 = add %9103, %9104 : f32[64] @ models/lib/nn.yaml:80:7
%9106 = assign %142, %9105 : f32[64] @ models/lib/nn.yaml:80:7
%9107 = all_reduce_sum %5135 : f32[16,64] @ models/lib/nn.yaml:79:7
%9108 = reshape %9107 : f32[1024] @ models/lib/nn.yaml:79:7
%9109 = mul %9108, %9108 : f32[1024] @ models/lib/nn.yaml:79:7
%9110 = reduce_sum %9109 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9111 = sqrt %9110 : f32[] @ models/lib/nn.yaml:79:7
%9112 = cast %9111 : f64[] @ models/lib/nn.yaml:79:7
%9113 = add %9112, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9114 = div %6079, %9113 : f64[] @ models/lib/nn.yaml:79:7
%9115 = lt %9114, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9116 = cast %9114 : f32[] @ models/lib/nn.yaml:79:7
%9117 = broadcast %9116 : f32[16,64] @ models/lib/nn.yaml:79:7
%9118 = mul %9107, %9117 : f32[16,64] @ models/lib/nn.yaml:79:7
%9119 = broadcast %9115 : bool[16,64] @ models/lib/nn.yaml:79:7
%9120 = select %9119, %9118, %9107 : f32[16,64] @ models/lib/nn.yaml:79:7
%9121 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9122 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9123 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9124 = add %9123, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9125 = mul %65, %6825 : f32[16,64] @ models/lib/nn.yaml:79:7
%9126 = mul %9120, %6827 : f32[16,64] @ models/lib/nn.yaml:79:7
%9127 = mul %9121, %6829 : f32[16,64] @ models/lib/nn.yaml:79:7
%9128 = add %9127, %9126 : f32[16,64] @ models/lib/nn.yaml:79:7
%9129 = mul %9120, %9120 : f32[16,64] @ models/lib/nn.yaml:79:7
%9130 = mul %9129, %6833 : f32[16,64] @ models/lib/nn.yaml:79:7
%9131 = mul %9122, %6835 : f32[16,64] @ models/lib/nn.yaml:79:7
%9132 = add %9131, %9130 : f32[16,64] @ models/lib/nn.yaml:79:7
%9133 = cast %9124 : f64[] @ models/lib/nn.yaml:79:7
%9134 = pow %6100, %9133 : f64[] @ models/lib/nn.yaml:79:7
%9135 = sub %6081, %9134 : f64[] @ models/lib/nn.yaml:79:7
%9136 = div %3811, %9135 : f64[] @ models/lib/nn.yaml:79:7
%9137 = pow %6108, %9133 : f64[] @ models/lib/nn.yaml:79:7
%9138 = sub %6081, %9137 : f64[] @ models/lib/nn.yaml:79:7
%9139 = sqrt %9138 : f64[] @ models/lib/nn.yaml:79:7
%9140 = div %6081, %9139 : f64[] @ models/lib/nn.yaml:79:7
%9141 = sqrt %9132 : f32[16,64] @ models/lib/nn.yaml:79:7
%9142 = cast %9140 : f32[] @ models/lib/nn.yaml:79:7
%9143 = broadcast %9142 : f32[16,64] @ models/lib/nn.yaml:79:7
%9144 = mul %9141, %9143 : f32[16,64] @ models/lib/nn.yaml:79:7
%9145 = add %9144, %6850 : f32[16,64] @ models/lib/nn.yaml:79:7
%9146 = div %9128, %9145 : f32[16,64] @ models/lib/nn.yaml:79:7
%9147 = cast %9136 : f32[] @ models/lib/nn.yaml:79:7
%9148 = broadcast %9147 : f32[16,64] @ models/lib/nn.yaml:79:7
%9149 = mul %9146, %9148 : f32[16,64] @ models/lib/nn.yaml:79:7
%9150 = sub %9125, %9149 : f32[16,64] @ models/lib/nn.yaml:79:7
%9151 = assign %65, %9150 : f32[16,64] @ models/lib/nn.yaml:79:7
%9152 = assign %9121, %9128 : f32[16,64] @ models/lib/nn.yaml:79:7
%9153 = assign %9122, %9132 : f32[16,64] @ models/lib/nn.yaml:79:7
%9154 = assign %9123, %9124 : i64[] @ models/lib/nn.yaml:79:7
%9155 = mul %143, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%9156 = mul %9150, %6863 : f32[16,64] @ models/lib/nn.yaml:79:7
%9157 = add %9155, %9156 : f32[16,64] @ models/lib/nn.yaml:79:7
%9158 = assign %143, %9157 : f32[16,64] @ models/lib/nn.yaml:79:7
%9159 = all_reduce_sum %5127 : f32[16] @ models/lib/nn.yaml:80:7
%9160 = mul %9159, %9159 : f32[16] @ models/lib/nn.yaml:80:7
%9161 = reduce_sum %9160 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9162 = sqrt %9161 : f32[] @ models/lib/nn.yaml:80:7
%9163 = cast %9162 : f64[] @ models/lib/nn.yaml:80:7
%9164 = add %9163, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9165 = div %6079, %9164 : f64[] @ models/lib/nn.yaml:80:7
%9166 = lt %9165, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9167 = cast %9165 : f32[] @ models/lib/nn.yaml:80:7
%9168 = broadcast %9167 : f32[16] @ models/lib/nn.yaml:80:7
%9169 = mul %9159, %9168 : f32[16] @ models/lib/nn.yaml:80:7
%9170 = broadcast %9166 : bool[16] @ models/lib/nn.yaml:80:7
%9171 = select %9170, %9169, %9159 : f32[16] @ models/lib/nn.yaml:80:7
%9172 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9173 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9174 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9175 = add %9174, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9176 = mul %9171, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%9177 = mul %9172, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%9178 = add %9177, %9176 : f32[16] @ models/lib/nn.yaml:80:7
%9179 = mul %9171, %9171 : f32[16] @ models/lib/nn.yaml:80:7
%9180 = mul %9179, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%9181 = mul %9173, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%9182 = add %9181, %9180 : f32[16] @ models/lib/nn.yaml:80:7
%9183 = cast %9175 : f64[] @ models/lib/nn.yaml:80:7
%9184 = pow %6100, %9183 : f64[] @ models/lib/nn.yaml:80:7
%9185 = sub %6081, %9184 : f64[] @ models/lib/nn.yaml:80:7
%9186 = div %3811, %9185 : f64[] @ models/lib/nn.yaml:80:7
%9187 = pow %6108, %9183 : f64[] @ models/lib/nn.yaml:80:7
%9188 = sub %6081, %9187 : f64[] @ models/lib/nn.yaml:80:7
%9189 = sqrt %9188 : f64[] @ models/lib/nn.yaml:80:7
%9190 = div %6081, %9189 : f64[] @ models/lib/nn.yaml:80:7
%9191 = sqrt %9182 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = cast %9190 : f32[] @ models/lib/nn.yaml:80:7
%9193 = broadcast %9192 : f32[16] @ models/lib/nn.yaml:80:7
%9194 = mul %9191, %9193 : f32[16] @ models/lib/nn.yaml:80:7
%9195 = add %9194, %6246 : f32[16] @ models/lib/nn.yaml:80:7
%9196 = div %9178, %9195 : f32[16] @ models/lib/nn.yaml:80:7
%9197 = cast %9186 : f32[] @ models/lib/nn.yaml:80:7
%9198 = broadcast %9197 : f32[16] @ models/lib/nn.yaml:80:7
%9199 = mul %9196, %9198 : f32[16] @ models/lib/nn.yaml:80:7
%9200 = sub %66, %9199 : f32[16] @ models/lib/nn.yaml:80:7
%9201 = assign %66, %9200 : f32[16] @ models/lib/nn.yaml:80:7
%9202 = assign %9172, %9178 : f32[16] @ models/lib/nn.yaml:80:7
%9203 = assign %9173, %9182 : f32[16] @ models/lib/nn.yaml:80:7
%9204 = assign %9174, %9175 : i64[] @ models/lib/nn.yaml:80:7
%9205 = mul %144, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%9206 = mul %9200, %6259 : f32[16] @ models/lib/nn.yaml:80:7
%9207 = add %9205, %9206 : f32[16] @ models/lib/nn.yaml:80:7
%9208 = assign %144, %9207 : f32[16] @ models/lib/nn.yaml:80:7
%9209 = all_reduce_sum %5104 : f32[16] @ models/lib/nn.yaml:89:7
%9210 = mul %9209, %9209 : f32[16] @ models/lib/nn.yaml:89:7
%9211 = reduce_sum %9210 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9212 = sqrt %9211 : f32[] @ models/lib/nn.yaml:89:7
%9213 = cast %9212 : f64[] @ models/lib/nn.yaml:89:7
%9214 = add %9213, %6077 : f64[] @ models/lib/nn.yaml:89:7
%9215 = div %6079, %9214 : f64[] @ models/lib/nn.yaml:89:7
%9216 = lt %9215, %6081 : bool[] @ models/lib/nn.yaml:89:7
%9217 = cast %9215 : f32[] @ models/lib/nn.yaml:89:7
%9218 = broadcast %9217 : f32[16] @ models/lib/nn.yaml:89:7
%9219 = mul %9209, %9218 : f32[16] @ models/lib/nn.yaml:89:7
%9220 = broadcast %9216 : bool[16] @ models/lib/nn.yaml:89:7
%9221 = select %9220, %9219, %9209 : f32[16] @ models/lib/nn.yaml:89:7
%9222 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9223 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9224 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9225 = add %9224, %6091 : i64[] @ models/lib/nn.yaml:89:7
%9226 = mul %9221, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%9227 = mul %9222, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%9228 = add %9227, %9226 : f32[16] @ models/lib/nn.yaml:89:7
%9229 = mul %9221, %9221 : f32[16] @ models/lib/nn.yaml:89:7
%9230 = mul %9229, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%9231 = mul %9223, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%9232 = add %9231, %9230 : f32[16] @ models/lib/nn.yaml:89:7
%9233 = cast %9225 : f64[] @ models/lib/nn.yaml:89:7
%9234 = pow %6100, %9233 : f64[] @ models/lib/nn.yaml:89:7
%9235 = sub %6081, %9234 : f64[] @ models/lib/nn.yaml:89:7
%9236 = div %3811, %9235 : f64[] @ models/lib/nn.yaml:89:7
%9237 = pow %6108, %9233 : f64[] @ models/lib/nn.yaml:89:7
%9238 = sub %6081, %9237 : f64[] @ models/lib/nn.yaml:89:7
%9239 = sqrt %9238 : f64[] @ models/lib/nn.yaml:89:7
%9240 = div %6081, %9239 : f64[] @ models/lib/nn.yaml:89:7
%9241 = sqrt %9232 : f32[16] @ models/lib/nn.yaml:89:7
%9242 = cast %9240 : f32[] @ models/lib/nn.yaml:89:7
%9243 = broadcast %9242 : f32[16] @ models/lib/nn.yaml:89:7
%9244 = mul %9241, %9243 : f32[16] @ models/lib/nn.yaml:89:7
%9245 = add %9244, %6246 : f32[16] @ models/lib/nn.yaml:89:7
%9246 = div %9228, %9245 : f32[16] @ models/lib/nn.yaml:89:7
%9247 = cast %9236 : f32[] @ models/lib/nn.yaml:89:7
%9248 = broadcast %9247 : f32[16] @ models/lib/nn.yaml:89:7
%9249 = mul %9246, %9248 : f32[16] @ models/lib/nn.yaml:89:7
%9250 = sub %67, %9249 : f32[16] @ models/lib/nn.yaml:89:7
%9251 = assign %67, %9250 : f32[16] @ models/lib/nn.yaml:89:7
%9252 = assign %9222, %9228 : f32[16] @ models/lib/nn.yaml:89:7
%9253 = assign %9223, %9232 : f32[16] @ models/lib/nn.yaml:89:7
%9254 = assign %9224, %9225 : i64[] @ models/lib/nn.yaml:89:7
%9255 = mul %145, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%9256 = mul %9250, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%9257 = add %9255, %9256 : f32[16] @ models/lib/nn.yaml:89:7
%9258 = assign %145, %9257 : f32[16] @ models/lib/nn.yaml:89:7
%9259 = all_reduce_sum %5097 : f32[16] @ models/lib/nn.yaml:90:7
%9260 = mul %9259, %9259 : f32[16] @ models/lib/nn.yaml:90:7
%9261 = reduce_sum %9260 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9262 = sqrt %9261 : f32[] @ models/lib/nn.yaml:90:7
%9263 = cast %9262 : f64[] @ models/lib/nn.yaml:90:7
%9264 = add %9263, %6077 : f64[] @ models/lib/nn.yaml:90:7
%9265 = div %6079, %9264 : f64[] @ models/lib/nn.yaml:90:7
%9266 = lt %9265, %6081 : bool[] @ models/lib/nn.yaml:90:7
%9267 = cast %9265 : f32[] @ models/lib/nn.yaml:90:7
%9268 = broadcast %9267 : f32[16] @ models/lib/nn.yaml:90:7
%9269 = mul %9259, %9268 : f32[16] @ models/lib/nn.yaml:90:7
%9270 = broadcast %9266 : bool[16] @ models/lib/nn.yaml:90:7
%9271 = select %9270, %9269, %9259 : f32[16] @ models/lib/nn.yaml:90:7
%9272 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9273 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9274 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9275 = add %9274, %6091 : i64[] @ models/lib/nn.yaml:90:7
%9276 = mul %9271, %6223 : f32[16] @ models/lib/nn.yaml:90:7
%9277 = mul %9272, %6225 : f32[16] @ models/lib/nn.yaml:90:7
%9278 = add %9277, %9276 : f32[16] @ models/lib/nn.yaml:90:7
%9279 = mul %9271, %9271 : f32[16] @ models/lib/nn.yaml:90:7
%9280 = mul %9279, %6229 : f32[16] @ models/lib/nn.yaml:90:7
%9281 = mul %9273, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%9282 = add %9281, %9280 : f32[16] @ models/lib/nn.yaml:90:7
%9283 = cast %9275 : f64[] @ models/lib/nn.yaml:90:7
%9284 = pow %6100, %9283 : f64[] @ models/lib/nn.yaml:90:7
%9285 = sub %6081, %9284 : f64[] @ models/lib/nn.yaml:90:7
%9286 = div %3811, %9285 : f64[] @ models/lib/nn.yaml:90:7
%9287 = pow %6108, %9283 : f64[] @ models/lib/nn.yaml:90:7
%9288 = sub %6081, %9287 : f64[] @ models/lib/nn.yaml:90:7
%9289 = sqrt %9288 : f64[] @ models/lib/nn.yaml:90:7
%9290 = div %6081, %9289 : f64[] @ models/lib/nn.yaml:90:7
%9291 = sqrt %9282 : f32[16] @ models/lib/nn.yaml:90:7
%9292 = cast %9290 : f32[] @ models/lib/nn.yaml:90:7
%9293 = broadcast %9292 : f32[16] @ models/lib/nn.yaml:90:7
%9294 = mul %9291, %9293 : f32[16] @ models/lib/nn.yaml:90:7
%9295 = add %9294, %6246 : f32[16] @ models/lib/nn.yaml:90:7
%9296 = div %9278, %9295 : f32[16] @ models/lib/nn.yaml:90:7
%9297 = cast %9286 : f32[] @ models/lib/nn.yaml:90:7
%9298 = broadcast %9297 : f32[16] @ models/lib/nn.yaml:90:7
%9299 = mul %9296, %9298 : f32[16] @ models/lib/nn.yaml:90:7
%9300 = sub %68, %9299 : f32[16] @ models/lib/nn.yaml:90:7
%9301 = assign %68, %9300 : f32[16] @ models/lib/nn.yaml:90:7
%9302 = assign %9272, %9278 : f32[16] @ models/lib/nn.yaml:90:7
%9303 = assign %9273, %9282 : f32[16] @ models/lib/nn.yaml:90:7
%9304 = assign %9274, %9275 : i64[] @ models/lib/nn.yaml:90:7
%9305 = mul %146, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%9306 = mul %9300, %6259 : f32[16] @ models/lib/nn.yaml:90:7
%9307 = add %9305, %9306 : f32[16] @ models/lib/nn.yaml:90:7
%9308 = assign %146, %9307 : f32[16] @ models/lib/nn.yaml:90:7
%9309 = all_reduce_sum %5089 : f32[24,16] @ models/lib/nn.yaml:79:7
%9310 = reshape %9309 : f32[384] @ models/lib/nn.yaml:79:7
%9311 = mul %9310, %9310 : f32[384] @ models/lib/nn.yaml:79:7
%9312 = reduce_sum %9311 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9313 = sqrt %9312 : f32[] @ models/lib/nn.yaml:79:7
%9314 = cast %9313 : f64[] @ models/lib/nn.yaml:79:7
%9315 = add %9314, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9316 = div %6079, %9315 : f64[] @ models/lib/nn.yaml:79:7
%9317 = lt %9316, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9318 = cast %9316 : f32[] @ models/lib/nn.yaml:79:7
%9319 = broadcast %9318 : f32[24,16] @ models/lib/nn.yaml:79:7
%9320 = mul %9309, %9319 : f32[24,16] @ models/lib/nn.yaml:79:7
%9321 = broadcast %9317 : bool[24,16] @ models/lib/nn.yaml:79:7
%9322 = select %9321, %9320, %9309 : f32[24,16] @ models/lib/nn.yaml:79:7
%9323 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9324 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9325 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9326 = add %9325, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9327 = broadcast %6095 : f32[24,16] @ models/lib/nn.yaml:79:7
%9328 = mul %69, %9327 : f32[24,16] @ models/lib/nn.yaml:79:7
%9329 = broadcast %3567 : f32[24,16] @ models/lib/nn.yaml:79:7
%9330 = mul %9322, %9329 : f32[24,16] @ models/lib/nn.yaml:79:7
%9331 = broadcast %2436 : f32[24,16] @ models/lib/nn.yaml:79:7
%9332 = mul %9323, %9331 : f32[24,16] @ models/lib/nn.yaml:79:7
%9333 = add %9332, %9330 : f32[24,16] @ models/lib/nn.yaml:79:7
%9334 = mul %9322, %9322 : f32[24,16] @ models/lib/nn.yaml:79:7
%9335 = broadcast %6105 : f32[24,16] @ models/lib/nn.yaml:79:7
%9336 = mul %9334, %9335 : f32[24,16] @ models/lib/nn.yaml:79:7
%9337 = broadcast %6109 : f32[24,16] @ models/lib/nn.yaml:79:7
%9338 = mul %9324, %9337 : f32[24,16] @ models/lib/nn.yaml:79:7
%9339 = add %9338, %9336 : f32[24,16] @ models/lib/nn.yaml:79:7
%9340 = cast %9326 : f64[] @ models/lib/nn.yaml:79:7
%9341 = pow %6100, %9340 : f64[] @ models/lib/nn.yaml:79:7
%9342 = sub %6081, %9341 : f64[] @ models/lib/nn.yaml:79:7
%9343 = div %3811, %9342 : f64[] @ models/lib/nn.yaml:79:7
%9344 = pow %6108, %9340 : f64[] @ models/lib/nn.yaml:79:7
%9345 = sub %6081, %9344 : f64[] @ models/lib/nn.yaml:79:7
%9346 = sqrt %9345 : f64[] @ models/lib/nn.yaml:79:7
%9347 = div %6081, %9346 : f64[] @ models/lib/nn.yaml:79:7
%9348 = sqrt %9339 : f32[24,16] @ models/lib/nn.yaml:79:7
%9349 = cast %9347 : f32[] @ models/lib/nn.yaml:79:7
%9350 = broadcast %9349 : f32[24,16] @ models/lib/nn.yaml:79:7
%9351 = mul %9348, %9350 : f32[24,16] @ models/lib/nn.yaml:79:7
%9352 = broadcast %6125 : f32[24,16] @ models/lib/nn.yaml:79:7
%9353 = add %9351, %9352 : f32[24,16] @ models/lib/nn.yaml:79:7
%9354 = div %9333, %9353 : f32[24,16] @ models/lib/nn.yaml:79:7
%9355 = cast %9343 : f32[] @ models/lib/nn.yaml:79:7
%9356 = broadcast %9355 : f32[24,16] @ models/lib/nn.yaml:79:7
%9357 = mul %9354, %9356 : f32[24,16] @ models/lib/nn.yaml:79:7
%9358 = sub %9328, %9357 : f32[24,16] @ models/lib/nn.yaml:79:7
%9359 = assign %69, %9358 : f32[24,16] @ models/lib/nn.yaml:79:7
%9360 = assign %9323, %9333 : f32[24,16] @ models/lib/nn.yaml:79:7
%9361 = assign %9324, %9339 : f32[24,16] @ models/lib/nn.yaml:79:7
%9362 = assign %9325, %9326 : i64[] @ models/lib/nn.yaml:79:7
%9363 = broadcast %6137 : f32[24,16] @ models/lib/nn.yaml:79:7
%9364 = mul %147, %9363 : f32[24,16] @ models/lib/nn.yaml:79:7
%9365 = broadcast %6141 : f32[24,16] @ models/lib/nn.yaml:79:7
%9366 = mul %9358, %9365 : f32[24,16] @ models/lib/nn.yaml:79:7
%9367 = add %9364, %9366 : f32[24,16] @ models/lib/nn.yaml:79:7
%9368 = assign %147, %9367 : f32[24,16] @ models/lib/nn.yaml:79:7
%9369 = all_reduce_sum %5081 : f32[24] @ models/lib/nn.yaml:80:7
%9370 = mul %9369, %9369 : f32[24] @ models/lib/nn.yaml:80:7
%9371 = reduce_sum %9370 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9372 = sqrt %9371 : f32[] @ models/lib/nn.yaml:80:7
%9373 = cast %9372 : f64[] @ models/lib/nn.yaml:80:7
%9374 = add %9373, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9375 = div %6079, %9374 : f64[] @ models/lib/nn.yaml:80:7
%9376 = lt %9375, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9377 = cast %9375 : f32[] @ models/lib/nn.yaml:80:7
%9378 = broadcast %9377 : f32[24] @ models/lib/nn.yaml:80:7
%9379 = mul %9369, %9378 : f32[24] @ models/lib/nn.yaml:80:7
%9380 = broadcast %9376 : bool[24] @ models/lib/nn.yaml:80:7
%9381 = select %9380, %9379, %9369 : f32[24] @ models/lib/nn.yaml:80:7
%9382 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9383 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9384 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9385 = add %9384, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9386 = broadcast %3567 : f32[24] @ models/lib/nn.yaml:80:7
%9387 = mul %9381, %9386 : f32[24] @ models/lib/nn.yaml:80:7
%9388 = broadcast %2436 : f32[24] @ models/lib/nn.yaml:80:7
%9389 = mul %9382, %9388 : f32[24] @ models/lib/nn.yaml:80:7
%9390 = add %9389, %9387 : f32[24] @ models/lib/nn.yaml:80:7
%9391 = mul %9381, %9381 : f32[24] @ models/lib/nn.yaml:80:7
%9392 = broadcast %6105 : f32[24] @ models/lib/nn.yaml:80:7
%9393 = mul %9391, %9392 : f32[24] @ models/lib/nn.yaml:80:7
%9394 = broadcast %6109 : f32[24] @ models/lib/nn.yaml:80:7
%9395 = mul %9383, %9394 : f32[24] @ models/lib/nn.yaml:80:7
%9396 = add %9395, %9393 : f32[24] @ models/lib/nn.yaml:80:7
%9397 = cast %9385 : f64[] @ models/lib/nn.yaml:80:7
%9398 = pow %6100, %9397 : f64[] @ models/lib/nn.yaml:80:7
%9399 = sub %6081, %9398 : f64[] @ models/lib/nn.yaml:80:7
%9400 = div %3811, %9399 : f64[] @ models/lib/nn.yaml:80:7
%9401 = pow %6108, %9397 : f64[] @ models/lib/nn.yaml:80:7
%9402 = sub %6081, %9401 : f64[] @ models/lib/nn.yaml:80:7
%9403 = sqrt %9402 : f64[] @ models/lib/nn.yaml:80:7
%9404 = div %6081, %9403 : f64[] @ models/lib/nn.yaml:80:7
%9405 = sqrt %9396 : f32[24] @ models/lib/nn.yaml:80:7
%9406 = cast %9404 : f32[] @ models/lib/nn.yaml:80:7
%9407 = broadcast %9406 : f32[24] @ models/lib/nn.yaml:80:7
%9408 = mul %9405, %9407 : f32[24] @ models/lib/nn.yaml:80:7
%9409 = broadcast %6125 : f32[24] @ models/lib/nn.yaml:80:7
%9410 = add %9408, %9409 : f32[24] @ models/lib/nn.yaml:80:7
%9411 = div %9390, %9410 : f32[24] @ models/lib/nn.yaml:80:7
%9412 = cast %9400 : f32[] @ models/lib/nn.yaml:80:7
%9413 = broadcast %9412 : f32[24] @ models/lib/nn.yaml:80:7
%9414 = mul %9411, %9413 : f32[24] @ models/lib/nn.yaml:80:7
%9415 = sub %70, %9414 : f32[24] @ models/lib/nn.yaml:80:7
%9416 = assign %70, %9415 : f32[24] @ models/lib/nn.yaml:80:7
%9417 = assign %9382, %9390 : f32[24] @ models/lib/nn.yaml:80:7
%9418 = assign %9383, %9396 : f32[24] @ models/lib/nn.yaml:80:7
%9419 = assign %9384, %9385 : i64[] @ models/lib/nn.yaml:80:7
%9420 = broadcast %6137 : f32[24] @ models/lib/nn.yaml:80:7
%9421 = mul %148, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9422 = broadcast %6141 : f32[24] @ models/lib/nn.yaml:80:7
%9423 = mul %9415, %9422 : f32[24] @ models/lib/nn.yaml:80:7
%9424 = add %9421, %9423 : f32[24] @ models/lib/nn.yaml:80:7
%9425 = assign %148, %9424 : f32[24] @ models/lib/nn.yaml:80:7
%9426 = all_reduce_sum %5067 : f32[24,24] @ models/lib/nn.yaml:79:7
%9427 = reshape %9426 : f32[576] @ models/lib/nn.yaml:79:7
%9428 = mul %9427, %9427 : f32[576] @ models/lib/nn.yaml:79:7
%9429 = reduce_sum %9428 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9430 = sqrt %9429 : f32[] @ models/lib/nn.yaml:79:7
%9431 = cast %9430 : f64[] @ models/lib/nn.yaml:79:7
%9432 = add %9431, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9433 = div %6079, %9432 : f64[] @ models/lib/nn.yaml:79:7
%9434 = lt %9433, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9435 = cast %9433 : f32[] @ models/lib/nn.yaml:79:7
%9436 = broadcast %9435 : f32[24,24] @ models/lib/nn.yaml:79:7
%9437 = mul %9426, %9436 : f32[24,24] @ models/lib/nn.yaml:79:7
%9438 = broadcast %9434 : bool[24,24] @ models/lib/nn.yaml:79:7
%9439 = select %9438, %9437, %9426 : f32[24,24] @ models/lib/nn.yaml:79:7
%9440 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9441 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9442 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9443 = add %9442, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9444 = broadcast %6095 : f32[24,24] @ models/lib/nn.yaml:79:7
%9445 = mul %71, %9444 : f32[24,24] @ models/lib/nn.yaml:79:7
%9446 = broadcast %3567 : f32[24,24] @ models/lib/nn.yaml:79:7
%9447 = mul %9439, %9446 : f32[24,24] @ models/lib/nn.yaml:79:7
%9448 = broadcast %2436 : f32[24,24] @ models/lib/nn.yaml:79:7
%9449 = mul %9440, %9448 : f32[24,24] @ models/lib/nn.yaml:79:7
%9450 = add %9449, %9447 : f32[24,24] @ models/lib/nn.yaml:79:7
%9451 = mul %9439, %9439 : f32[24,24] @ models/lib/nn.yaml:79:7
%9452 = broadcast %6105 : f32[24,24] @ models/lib/nn.yaml:79:7
%9453 = mul %9451, %9452 : f32[24,24] @ models/lib/nn.yaml:79:7
%9454 = broadcast %6109 : f32[24,24] @ models/lib/nn.yaml:79:7
%9455 = mul %9441, %9454 : f32[24,24] @ models/lib/nn.yaml:79:7
%9456 = add %9455, %9453 : f32[24,24] @ models/lib/nn.yaml:79:7
%9457 = cast %9443 : f64[] @ models/lib/nn.yaml:79:7
%9458 = pow %6100, %9457 : f64[] @ models/lib/nn.yaml:79:7
%9459 = sub %6081, %9458 : f64[] @ models/lib/nn.yaml:79:7
%9460 = div %3811, %9459 : f64[] @ models/lib/nn.yaml:79:7
%9461 = pow %6108, %9457 : f64[] @ models/lib/nn.yaml:79:7
%9462 = sub %6081, %9461 : f64[] @ models/lib/nn.yaml:79:7
%9463 = sqrt %9462 : f64[] @ models/lib/nn.yaml:79:7
%9464 = div %6081, %9463 : f64[] @ models/lib/nn.yaml:79:7
%9465 = sqrt %9456 : f32[24,24] @ models/lib/nn.yaml:79:7
%9466 = cast %9464 : f32[] @ models/lib/nn.yaml:79:7
%9467 = broadcast %9466 : f32[24,24] @ models/lib/nn.yaml:79:7
%9468 = mul %9465, %9467 : f32[24,24] @ models/lib/nn.yaml:79:7
%9469 = broadcast %6125 : f32[24,24] @ models/lib/nn.yaml:79:7
%9470 = add %9468, %9469 : f32[24,24] @ models/lib/nn.yaml:79:7
%9471 = div %9450, %9470 : f32[24,24] @ models/lib/nn.yaml:79:7
%9472 = cast %9460 : f32[] @ models/lib/nn.yaml:79:7
%9473 = broadcast %9472 : f32[24,24] @ models/lib/nn.yaml:79:7
%9474 = mul %9471, %9473 : f32[24,24] @ models/lib/nn.yaml:79:7
%9475 = sub %9445, %9474 : f32[24,24] @ models/lib/nn.yaml:79:7
%9476 = assign %71, %9475 : f32[24,24] @ models/lib/nn.yaml:79:7
%9477 = assign %9440, %9450 : f32[24,24] @ models/lib/nn.yaml:79:7
%9478 = assign %9441, %9456 : f32[24,24] @ models/lib/nn.yaml:79:7
%9479 = assign %9442, %9443 : i64[] @ models/lib/nn.yaml:79:7
%9480 = broadcast %6137 : f32[24,24] @ models/lib/nn.yaml:79:7
%9481 = mul %149, %9480 : f32[24,24] @ models/lib/nn.yaml:79:7
%9482 = broadcast %6141 : f32[24,24] @ models/lib/nn.yaml:79:7
%9483 = mul %9475, %9482 : f32[24,24] @ models/lib/nn.yaml:79:7
%9484 = add %9481, %9483 : f32[24,24] @ models/lib/nn.yaml:79:7
%9485 = assign %149, %9484 : f32[24,24] @ models/lib/nn.yaml:79:7
%9486 = all_reduce_sum %5059 : f32[24] @ models/lib/nn.yaml:80:7
%9487 = mul %9486, %9486 : f32[24] @ models/lib/nn.yaml:80:7
%9488 = reduce_sum %9487 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9489 = sqrt %9488 : f32[] @ models/lib/nn.yaml:80:7
%9490 = cast %9489 : f64[] @ models/lib/nn.yaml:80:7
%9491 = add %9490, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9492 = div %6079, %9491 : f64[] @ models/lib/nn.yaml:80:7
%9493 = lt %9492, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9494 = cast %9492 : f32[] @ models/lib/nn.yaml:80:7
%9495 = broadcast %9494 : f32[24] @ models/lib/nn.yaml:80:7
%9496 = mul %9486, %9495 : f32[24] @ models/lib/nn.yaml:80:7
%9497 = broadcast %9493 : bool[24] @ models/lib/nn.yaml:80:7
%9498 = select %9497, %9496, %9486 : f32[24] @ models/lib/nn.yaml:80:7
%9499 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9500 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9501 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9502 = add %9501, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9503 = mul %9498, %9386 : f32[24] @ models/lib/nn.yaml:80:7
%9504 = mul %9499, %9388 : f32[24] @ models/lib/nn.yaml:80:7
%9505 = add %9504, %9503 : f32[24] @ models/lib/nn.yaml:80:7
%9506 = mul %9498, %9498 : f32[24] @ models/lib/nn.yaml:80:7
%9507 = mul %9506, %9392 : f32[24] @ models/lib/nn.yaml:80:7
%9508 = mul %9500, %9394 : f32[24] @ models/lib/nn.yaml:80:7
%9509 = add %9508, %9507 : f32[24] @ models/lib/nn.yaml:80:7
%9510 = cast %9502 : f64[] @ models/lib/nn.yaml:80:7
%9511 = pow %6100, %9510 : f64[] @ models/lib/nn.yaml:80:7
%9512 = sub %6081, %9511 : f64[] @ models/lib/nn.yaml:80:7
%9513 = div %3811, %9512 : f64[] @ models/lib/nn.yaml:80:7
%9514 = pow %6108, %9510 : f64[] @ models/lib/nn.yaml:80:7
%9515 = sub %6081, %9514 : f64[] @ models/lib/nn.yaml:80:7
%9516 = sqrt %9515 : f64[] @ models/lib/nn.yaml:80:7
%9517 = div %6081, %9516 : f64[] @ models/lib/nn.yaml:80:7
%9518 = sqrt %9509 : f32[24] @ models/lib/nn.yaml:80:7
%9519 = cast %9517 : f32[] @ models/lib/nn.yaml:80:7
%9520 = broadcast %9519 : f32[24] @ models/lib/nn.yaml:80:7
%9521 = mul %9518, %9520 : f32[24] @ models/lib/nn.yaml:80:7
%9522 = add %9521, %9409 : f32[24] @ models/lib/nn.yaml:80:7
%9523 = div %9505, %9522 : f32[24] @ models/lib/nn.yaml:80:7
%9524 = cast %9513 : f32[] @ models/lib/nn.yaml:80:7
%9525 = broadcast %9524 : f32[24] @ models/lib/nn.yaml:80:7
%9526 = mul %9523, %9525 : f32[24] @ models/lib/nn.yaml:80:7
%9527 = sub %72, %9526 : f32[24] @ models/lib/nn.yaml:80:7
%9528 = assign %72, %9527 : f32[24] @ models/lib/nn.yaml:80:7
%9529 = assign %9499, %9505 : f32[24] @ models/lib/nn.yaml:80:7
%9530 = assign %9500, %9509 : f32[24] @ models/lib/nn.yaml:80:7
%9531 = assign %9501, %9502 : i64[] @ models/lib/nn.yaml:80:7
%9532 = mul %150, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9533 = mul %9527, %9422 : f32[24] @ models/lib/nn.yaml:80:7
%9534 = add %9532, %9533 : f32[24] @ models/lib/nn.yaml:80:7
%9535 = assign %150, %9534 : f32[24] @ models/lib/nn.yaml:80:7
%9536 = all_reduce_sum %5045 : f32[8,24] @ models/lib/nn.yaml:79:7
%9537 = reshape %9536 : f32[192] @ models/lib/nn.yaml:79:7
%9538 = mul %9537, %9537 : f32[192] @ models/lib/nn.yaml:79:7
%9539 = reduce_sum %9538 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9540 = sqrt %9539 : f32[] @ models/lib/nn.yaml:79:7
%9541 = cast %9540 : f64[] @ models/lib/nn.yaml:79:7
%9542 = add %9541, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9543 = div %6079, %9542 : f64[] @ models/lib/nn.yaml:79:7
%9544 = lt %9543, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9545 = cast %9543 : f32[] @ models/lib/nn.yaml:79:7
%9546 = broadcast %9545 : f32[8,24] @ models/lib/nn.yaml:79:7
%9547 = mul %9536, %9546 : f32[8,24] @ models/lib/nn.yaml:79:7
%9548 = broadcast %9544 : bool[8,24] @ models/lib/nn.yaml:79:7
%9549 = select %9548, %9547, %9536 : f32[8,24] @ models/lib/nn.yaml:79:7
%9550 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9551 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9552 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9553 = add %9552, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9554 = broadcast %6095 : f32[8,24] @ models/lib/nn.yaml:79:7
%9555 = mul %73, %9554 : f32[8,24] @ models/lib/nn.yaml:79:7
%9556 = broadcast %3567 : f32[8,24] @ models/lib/nn.yaml:79:7
%9557 = mul %9549, %9556 : f32[8,24] @ models/lib/nn.yaml:79:7
%9558 = broadcast %2436 : f32[8,24] @ models/lib/nn.yaml:79:7
%9559 = mul %9550, %9558 : f32[8,24] @ models/lib/nn.yaml:79:7
%9560 = add %9559, %9557 : f32[8,24] @ models/lib/nn.yaml:79:7
%9561 = mul %9549, %9549 : f32[8,24] @ models/lib/nn.yaml:79:7
%9562 = broadcast %6105 : f32[8,24] @ models/lib/nn.yaml:79:7
%9563 = mul %9561, %9562 : f32[8,24] @ models/lib/nn.yaml:79:7
%9564 = broadcast %6109 : f32[8,24] @ models/lib/nn.yaml:79:7
%9565 = mul %9551, %9564 : f32[8,24] @ models/lib/nn.yaml:79:7
%9566 = add %9565, %9563 : f32[8,24] @ models/lib/nn.yaml:79:7
%9567 = cast %9553 : f64[] @ models/lib/nn.yaml:79:7
%9568 = pow %6100, %9567 : f64[] @ models/lib/nn.yaml:79:7
%9569 = sub %6081, %9568 : f64[] @ models/lib/nn.yaml:79:7
%9570 = div %3811, %9569 : f64[] @ models/lib/nn.yaml:79:7
%9571 = pow %6108, %9567 : f64[] @ models/lib/nn.yaml:79:7
%9572 = sub %6081, %9571 : f64[] @ models/lib/nn.yaml:79:7
%9573 = sqrt %9572 : f64[] @ models/lib/nn.yaml:79:7
%9574 = div %6081, %9573 : f64[] @ models/lib/nn.yaml:79:7
%9575 = sqrt %9566 : f32[8,24] @ models/lib/nn.yaml:79:7
%9576 = cast %9574 : f32[] @ models/lib/nn.yaml:79:7
%9577 = broadcast %9576 : f32[8,24] @ models/lib/nn.yaml:79:7
%9578 = mul %9575, %9577 : f32[8,24] @ models/lib/nn.yaml:79:7
%9579 = broadcast %6125 : f32[8,24] @ models/lib/nn.yaml:79:7
%9580 = add %9578, %9579 : f32[8,24] @ models/lib/nn.yaml:79:7
%9581 = div %9560, %9580 : f32[8,24] @ models/lib/nn.yaml:79:7
%9582 = cast %9570 : f32[] @ models/lib/nn.yaml:79:7
%9583 = broadcast %9582 : f32[8,24] @ models/lib/nn.yaml:79:7
%9584 = mul %9581, %9583 : f32[8,24] @ models/lib/nn.yaml:79:7
%9585 = sub %9555, %9584 : f32[8,24] @ models/lib/nn.yaml:79:7
%9586 = assign %73, %9585 : f32[8,24] @ models/lib/nn.yaml:79:7
%9587 = assign %9550, %9560 : f32[8,24] @ models/lib/nn.yaml:79:7
%9588 = assign %9551, %9566 : f32[8,24] @ models/lib/nn.yaml:79:7
%9589 = assign %9552, %9553 : i64[] @ models/lib/nn.yaml:79:7
%9590 = broadcast %6137 : f32[8,24] @ models/lib/nn.yaml:79:7
%9591 = mul %151, %9590 : f32[8,24] @ models/lib/nn.yaml:79:7
%9592 = broadcast %6141 : f32[8,24] @ models/lib/nn.yaml:79:7
%9593 = mul %9585, %9592 : f32[8,24] @ models/lib/nn.yaml:79:7
%9594 = add %9591, %9593 : f32[8,24] @ models/lib/nn.yaml:79:7
%9595 = assign %151, %9594 : f32[8,24] @ models/lib/nn.yaml:79:7
%9596 = all_reduce_sum %5037 : f32[8] @ models/lib/nn.yaml:80:7
%9597 = mul %9596, %9596 : f32[8] @ models/lib/nn.yaml:80:7
%9598 = reduce_sum %9597 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9599 = sqrt %9598 : f32[] @ models/lib/nn.yaml:80:7
%9600 = cast %9599 : f64[] @ models/lib/nn.yaml:80:7
%9601 = add %9600, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9602 = div %6079, %9601 : f64[] @ models/lib/nn.yaml:80:7
%9603 = lt %9602, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9604 = cast %9602 : f32[] @ models/lib/nn.yaml:80:7
%9605 = broadcast %9604 : f32[8] @ models/lib/nn.yaml:80:7
%9606 = mul %9596, %9605 : f32[8] @ models/lib/nn.yaml:80:7
%9607 = broadcast %9603 : bool[8] @ models/lib/nn.yaml:80:7
%9608 = select %9607, %9606, %9596 : f32[8] @ models/lib/nn.yaml:80:7
%9609 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9610 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9611 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9612 = add %9611, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9613 = broadcast %3567 : f32[8] @ models/lib/nn.yaml:80:7
%9614 = mul %9608, %9613 : f32[8] @ models/lib/nn.yaml:80:7
%9615 = broadcast %2436 : f32[8] @ models/lib/nn.yaml:80:7
%9616 = mul %9609, %9615 : f32[8] @ models/lib/nn.yaml:80:7
%9617 = add %9616, %9614 : f32[8] @ models/lib/nn.yaml:80:7
%9618 = mul %9608, %9608 : f32[8] @ models/lib/nn.yaml:80:7
%9619 = broadcast %6105 : f32[8] @ models/lib/nn.yaml:80:7
%9620 = mul %9618, %9619 : f32[8] @ models/lib/nn.yaml:80:7
%9621 = broadcast %6109 : f32[8] @ models/lib/nn.yaml:80:7
%9622 = mul %9610, %9621 : f32[8] @ models/lib/nn.yaml:80:7
%9623 = add %9622, %9620 : f32[8] @ models/lib/nn.yaml:80:7
%9624 = cast %9612 : f64[] @ models/lib/nn.yaml:80:7
%9625 = pow %6100, %9624 : f64[] @ models/lib/nn.yaml:80:7
%9626 = sub %6081, %9625 : f64[] @ models/lib/nn.yaml:80:7
%9627 = div %3811, %9626 : f64[] @ models/lib/nn.yaml:80:7
%9628 = pow %6108, %9624 : f64[] @ models/lib/nn.yaml:80:7
%9629 = sub %6081, %9628 : f64[] @ models/lib/nn.yaml:80:7
%9630 = sqrt %9629 : f64[] @ models/lib/nn.yaml:80:7
%9631 = div %6081, %9630 : f64[] @ models/lib/nn.yaml:80:7
%9632 = sqrt %9623 : f32[8] @ models/lib/nn.yaml:80:7
%9633 = cast %9631 : f32[] @ models/lib/nn.yaml:80:7
%9634 = broadcast %9633 : f32[8] @ models/lib/nn.yaml:80:7
%9635 = mul %9632, %9634 : f32[8] @ models/lib/nn.yaml:80:7
%9636 = broadcast %6125 : f32[8] @ models/lib/nn.yaml:80:7
%9637 = add %9635, %9636 : f32[8] @ models/lib/nn.yaml:80:7
%9638 = div %9617, %9637 : f32[8] @ models/lib/nn.yaml:80:7
%9639 = cast %9627 : f32[] @ models/lib/nn.yaml:80:7
%9640 = broadcast %9639 : f32[8] @ models/lib/nn.yaml:80:7
%9641 = mul %9638, %9640 : f32[8] @ models/lib/nn.yaml:80:7
%9642 = sub %74, %9641 : f32[8] @ models/lib/nn.yaml:80:7
%9643 = assign %74, %9642 : f32[8] @ models/lib/nn.yaml:80:7
%9644 = assign %9609, %9617 : f32[8] @ models/lib/nn.yaml:80:7
%9645 = assign %9610, %9623 : f32[8] @ models/lib/nn.yaml:80:7
%9646 = assign %9611, %9612 : i64[] @ models/lib/nn.yaml:80:7
%9647 = broadcast %6137 : f32[8] @ models/lib/nn.yaml:80:7
%9648 = mul %152, %9647 : f32[8] @ models/lib/nn.yaml:80:7
%9649 = broadcast %6141 : f32[8] @ models/lib/nn.yaml:80:7
%9650 = mul %9642, %9649 : f32[8] @ models/lib/nn.yaml:80:7
%9651 = add %9648, %9650 : f32[8] @ models/lib/nn.yaml:80:7
%9652 = assign %152, %9651 : f32[8] @ models/lib/nn.yaml:80:7
%9653 = broadcast %6137 : f32[32,1] @ models/lib/dino.yaml:18:7
%9654 = mul %153, %9653 : f32[32,1] @ models/lib/dino.yaml:18:7
%9655 = broadcast %6141 : f32[32,1] @ models/lib/dino.yaml:18:7
%9656 = mul %75, %9655 : f32[32,1] @ models/lib/dino.yaml:18:7
%9657 = add %9654, %9656 : f32[32,1] @ models/lib/dino.yaml:18:7
%9658 = assign %153, %9657 : f32[32,1] @ models/lib/dino.yaml:18:7
%9659 = all_reduce_sum %5018 : f32[32,8] @ models/lib/dino.yaml:19:7
%9660 = reshape %9659 : f32[256] @ models/lib/dino.yaml:19:7
%9661 = mul %9660, %9660 : f32[256] @ models/lib/dino.yaml:19:7
%9662 = reduce_sum %9661 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9663 = sqrt %9662 : f32[] @ models/lib/dino.yaml:19:7
%9664 = cast %9663 : f64[] @ models/lib/dino.yaml:19:7
%9665 = add %9664, %6077 : f64[] @ models/lib/dino.yaml:19:7
%9666 = div %6079, %9665 : f64[] @ models/lib/dino.yaml:19:7
%9667 = lt %9666, %6081 : bool[] @ models/lib/dino.yaml:19:7
%9668 = cast %9666 : f32[] @ models/lib/dino.yaml:19:7
%9669 = broadcast %9668 : f32[32,8] @ models/lib/dino.yaml:19:7
%9670 = mul %9659, %9669 : f32[32,8] @ models/lib/dino.yaml:19:7
%9671 = broadcast %9667 : bool[32,8] @ models/lib/dino.yaml:19:7
%9672 = select %9671, %9670, %9659 : f32[32,8] @ models/lib/dino.yaml:19:7
%9673 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9674 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9675 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9676 = add %9675, %6091 : i64[] @ models/lib/dino.yaml:19:7
%9677 = broadcast %6095 : f32[32,8] @ models/lib/dino.yaml:19:7
%9678 = mul %76, %9677 : f32[32,8] @ models/lib/dino.yaml:19:7
%9679 = broadcast %3567 : f32[32,8] @ models/lib/dino.yaml:19:7
%9680 = mul %9672, %9679 : f32[32,8] @ models/lib/dino.yaml:19:7
%9681 = broadcast %2436 : f32[32,8] @ models/lib/dino.yaml:19:7
%9682 = mul %9673, %9681 : f32[32,8] @ models/lib/dino.yaml:19:7
%9683 = add %9682, %9680 : f32[32,8] @ models/lib/dino.yaml:19:7
%9684 = mul %9672, %9672 : f32[32,8] @ models/lib/dino.yaml:19:7
%9685 = broadcast %6105 : f32[32,8] @ models/lib/dino.yaml:19:7
%9686 = mul %9684, %9685 : f32[32,8] @ models/lib/dino.yaml:19:7
%9687 = broadcast %6109 : f32[32,8] @ models/lib/dino.yaml:19:7
%9688 = mul %9674, %9687 : f32[32,8] @ models/lib/dino.yaml:19:7
%9689 = add %9688, %9686 : f32[32,8] @ models/lib/dino.yaml:19:7
%9690 = cast %9676 : f64[] @ models/lib/dino.yaml:19:7
%9691 = pow %6100, %9690 : f64[] @ models/lib/dino.yaml:19:7
%9692 = sub %6081, %9691 : f64[] @ models/lib/dino.yaml:19:7
%9693 = div %3811, %9692 : f64[] @ models/lib/dino.yaml:19:7
%9694 = pow %6108, %9690 : f64[] @ models/lib/dino.yaml:19:7
%9695 = sub %6081, %9694 : f64[] @ models/lib/dino.yaml:19:7
%9696 = sqrt %9695 : f64[] @ models/lib/dino.yaml:19:7
%9697 = div %6081, %9696 : f64[] @ models/lib/dino.yaml:19:7
%9698 = sqrt %9689 : f32[32,8] @ models/lib/dino.yaml:19:7
%9699 = cast %9697 : f32[] @ models/lib/dino.yaml:19:7
%9700 = broadcast %9699 : f32[32,8] @ models/lib/dino.yaml:19:7
%9701 = mul %9698, %9700 : f32[32,8] @ models/lib/dino.yaml:19:7
%9702 = broadcast %6125 : f32[32,8] @ models/lib/dino.yaml:19:7
%9703 = add %9701, %9702 : f32[32,8] @ models/lib/dino.yaml:19:7
%9704 = div %9683, %9703 : f32[32,8] @ models/lib/dino.yaml:19:7
%9705 = cast %9693 : f32[] @ models/lib/dino.yaml:19:7
%9706 = broadcast %9705 : f32[32,8] @ models/lib/dino.yaml:19:7
%9707 = mul %9704, %9706 : f32[32,8] @ models/lib/dino.yaml:19:7
%9708 = sub %9678, %9707 : f32[32,8] @ models/lib/dino.yaml:19:7
%9709 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9710 = lt %9709, %6091 : bool[] @ models/lib/dino.yaml:19:7
%9711 = broadcast %9710 : bool[32,8] @ models/lib/dino.yaml:19:7
%9712 = select %9711, %76, %9708 : f32[32,8] @ models/lib/dino.yaml:19:7
%9713 = select %9711, %9673, %9683 : f32[32,8] @ models/lib/dino.yaml:19:7
%9714 = select %9711, %9674, %9689 : f32[32,8] @ models/lib/dino.yaml:19:7
%9715 = select %9710, %9675, %9676 : i64[] @ models/lib/dino.yaml:19:7
%9716 = assign %76, %9712 : f32[32,8] @ models/lib/dino.yaml:19:7
%9717 = assign %9673, %9713 : f32[32,8] @ models/lib/dino.yaml:19:7
%9718 = assign %9674, %9714 : f32[32,8] @ models/lib/dino.yaml:19:7
%9719 = assign %9675, %9715 : i64[] @ models/lib/dino.yaml:19:7
%9720 = broadcast %6137 : f32[32,8] @ models/lib/dino.yaml:19:7
%9721 = mul %154, %9720 : f32[32,8] @ models/lib/dino.yaml:19:7
%9722 = broadcast %6141 : f32[32,8] @ models/lib/dino.yaml:19:7
%9723 = mul %9712, %9722 : f32[32,8] @ models/lib/dino.yaml:19:7
%9724 = add %9721, %9723 : f32[32,8] @ models/lib/dino.yaml:19:7
%9725 = assign %154, %9724 : f32[32,8] @ models/lib/dino.yaml:19:7
%9726 = all_reduce_sum %4999 : f32[24,16] @ models/lib/nn.yaml:79:7
%9727 = reshape %9726 : f32[384] @ models/lib/nn.yaml:79:7
%9728 = mul %9727, %9727 : f32[384] @ models/lib/nn.yaml:79:7
%9729 = reduce_sum %9728 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9730 = sqrt %9729 : f32[] @ models/lib/nn.yaml:79:7
%9731 = cast %9730 : f64[] @ models/lib/nn.yaml:79:7
%9732 = add %9731, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9733 = div %6079, %9732 : f64[] @ models/lib/nn.yaml:79:7
%9734 = lt %9733, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9735 = cast %9733 : f32[] @ models/lib/nn.yaml:79:7
%9736 = broadcast %9735 : f32[24,16] @ models/lib/nn.yaml:79:7
%9737 = mul %9726, %9736 : f32[24,16] @ models/lib/nn.yaml:79:7
%9738 = broadcast %9734 : bool[24,16] @ models/lib/nn.yaml:79:7
%9739 = select %9738, %9737, %9726 : f32[24,16] @ models/lib/nn.yaml:79:7
%9740 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9741 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9742 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9743 = add %9742, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9744 = mul %77, %9327 : f32[24,16] @ models/lib/nn.yaml:79:7
%9745 = mul %9739, %9329 : f32[24,16] @ models/lib/nn.yaml:79:7
%9746 = mul %9740, %9331 : f32[24,16] @ models/lib/nn.yaml:79:7
%9747 = add %9746, %9745 : f32[24,16] @ models/lib/nn.yaml:79:7
%9748 = mul %9739, %9739 : f32[24,16] @ models/lib/nn.yaml:79:7
%9749 = mul %9748, %9335 : f32[24,16] @ models/lib/nn.yaml:79:7
%9750 = mul %9741, %9337 : f32[24,16] @ models/lib/nn.yaml:79:7
%9751 = add %9750, %9749 : f32[24,16] @ models/lib/nn.yaml:79:7
%9752 = cast %9743 : f64[] @ models/lib/nn.yaml:79:7
%9753 = pow %6100, %9752 : f64[] @ models/lib/nn.yaml:79:7
%9754 = sub %6081, %9753 : f64[] @ models/lib/nn.yaml:79:7
%9755 = div %3811, %9754 : f64[] @ models/lib/nn.yaml:79:7
%9756 = pow %6108, %9752 : f64[] @ models/lib/nn.yaml:79:7
%9757 = sub %6081, %9756 : f64[] @ models/lib/nn.yaml:79:7
%9758 = sqrt %9757 : f64[] @ models/lib/nn.yaml:79:7
%9759 = div %6081, %9758 : f64[] @ models/lib/nn.yaml:79:7
%9760 = sqrt %9751 : f32[24,16] @ models/lib/nn.yaml:79:7
%9761 = cast %9759 : f32[] @ models/lib/nn.yaml:79:7
%9762 = broadcast %9761 : f32[24,16] @ models/lib/nn.yaml:79:7
%9763 = mul %9760, %9762 : f32[24,16] @ models/lib/nn.yaml:79:7
%9764 = add %9763, %9352 : f32[24,16] @ models/lib/nn.yaml:79:7
%9765 = div %9747, %9764 : f32[24,16] @ models/lib/nn.yaml:79:7
%9766 = cast %9755 : f32[] @ models/lib/nn.yaml:79:7
%9767 = broadcast %9766 : f32[24,16] @ models/lib/nn.yaml:79:7
%9768 = mul %9765, %9767 : f32[24,16] @ models/lib/nn.yaml:79:7
%9769 = sub %9744, %9768 : f32[24,16] @ models/lib/nn.yaml:79:7
%9770 = assign %77, %9769 : f32[24,16] @ models/lib/nn.yaml:79:7
%9771 = assign %9740, %9747 : f32[24,16] @ models/lib/nn.yaml:79:7
%9772 = assign %9741, %9751 : f32[24,16] @ models/lib/nn.yaml:79:7
%9773 = assign %9742, %9743 : i64[] @ models/lib/nn.yaml:79:7
%9774 = mul %155, %9363 : f32[24,16] @ models/lib/nn.yaml:79:7
%9775 = mul %9769, %9365 : f32[24,16] @ models/lib/nn.yaml:79:7
%9776 = add %9774, %9775 : f32[24,16] @ models/lib/nn.yaml:79:7
%9777 = assign %155, %9776 : f32[24,16] @ models/lib/nn.yaml:79:7
%9778 = all_reduce_sum %4991 : f32[24] @ models/lib/nn.yaml:80:7
%9779 = mul %9778, %9778 : f32[24] @ models/lib/nn.yaml:80:7
%9780 = reduce_sum %9779 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9781 = sqrt %9780 : f32[] @ models/lib/nn.yaml:80:7
%9782 = cast %9781 : f64[] @ models/lib/nn.yaml:80:7
%9783 = add %9782, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9784 = div %6079, %9783 : f64[] @ models/lib/nn.yaml:80:7
%9785 = lt %9784, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9786 = cast %9784 : f32[] @ models/lib/nn.yaml:80:7
%9787 = broadcast %9786 : f32[24] @ models/lib/nn.yaml:80:7
%9788 = mul %9778, %9787 : f32[24] @ models/lib/nn.yaml:80:7
%9789 = broadcast %9785 : bool[24] @ models/lib/nn.yaml:80:7
%9790 = select %9789, %9788, %9778 : f32[24] @ models/lib/nn.yaml:80:7
%9791 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9792 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9793 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9794 = add %9793, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9795 = mul %9790, %9386 : f32[24] @ models/lib/nn.yaml:80:7
%9796 = mul %9791, %9388 : f32[24] @ models/lib/nn.yaml:80:7
%9797 = add %9796, %9795 : f32[24] @ models/lib/nn.yaml:80:7
%9798 = mul %9790, %9790 : f32[24] @ models/lib/nn.yaml:80:7
%9799 = mul %9798, %9392 : f32[24] @ models/lib/nn.yaml:80:7
%9800 = mul %9792, %9394 : f32[24] @ models/lib/nn.yaml:80:7
%9801 = add %9800, %9799 : f32[24] @ models/lib/nn.yaml:80:7
%9802 = cast %9794 : f64[] @ models/lib/nn.yaml:80:7
%9803 = pow %6100, %9802 : f64[] @ models/lib/nn.yaml:80:7
%9804 = sub %6081, %9803 : f64[] @ models/lib/nn.yaml:80:7
%9805 = div %3811, %9804 : f64[] @ models/lib/nn.yaml:80:7
%9806 = pow %6108, %9802 : f64[] @ models/lib/nn.yaml:80:7
%9807 = sub %6081, %9806 : f64[] @ models/lib/nn.yaml:80:7
%9808 = sqrt %9807 : f64[] @ models/lib/nn.yaml:80:7
%9809 = div %6081, %9808 : f64[] @ models/lib/nn.yaml:80:7
%9810 = sqrt %9801 : f32[24] @ models/lib/nn.yaml:80:7
%9811 = cast %9809 : f32[] @ models/lib/nn.yaml:80:7
%9812 = broadcast %9811 : f32[24] @ models/lib/nn.yaml:80:7
%9813 = mul %9810, %9812 : f32[24] @ models/lib/nn.yaml:80:7
%9814 = add %9813, %9409 : f32[24] @ models/lib/nn.yaml:80:7
%9815 = div %9797, %9814 : f32[24] @ models/lib/nn.yaml:80:7
%9816 = cast %9805 : f32[] @ models/lib/nn.yaml:80:7
%9817 = broadcast %9816 : f32[24] @ models/lib/nn.yaml:80:7
%9818 = mul %9815, %9817 : f32[24] @ models/lib/nn.yaml:80:7
%9819 = sub %78, %9818 : f32[24] @ models/lib/nn.yaml:80:7
%9820 = assign %78, %9819 : f32[24] @ models/lib/nn.yaml:80:7
%9821 = assign %9791, %9797 : f32[24] @ models/lib/nn.yaml:80:7
%9822 = assign %9792, %9801 : f32[24] @ models/lib/nn.yaml:80:7
%9823 = assign %9793, %9794 : i64[] @ models/lib/nn.yaml:80:7
%9824 = mul %156, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9825 = mul %9819, %9422 : f32[24] @ models/lib/nn.yaml:80:7
%9826 = add %9824, %9825 : f32[24] @ models/lib/nn.yaml:80:7
%9827 = assign %156, %9826 : f32[24] @ models/lib/nn.yaml:80:7
%9828 = all_reduce_sum %4975 : f32[24,24] @ models/lib/nn.yaml:79:7
%9829 = reshape %9828 : f32[576] @ models/lib/nn.yaml:79:7
%9830 = mul %9829, %9829 : f32[576] @ models/lib/nn.yaml:79:7
%9831 = reduce_sum %9830 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9832 = sqrt %9831 : f32[] @ models/lib/nn.yaml:79:7
%9833 = cast %9832 : f64[] @ models/lib/nn.yaml:79:7
%9834 = add %9833, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9835 = div %6079, %9834 : f64[] @ models/lib/nn.yaml:79:7
%9836 = lt %9835, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9837 = cast %9835 : f32[] @ models/lib/nn.yaml:79:7
%9838 = broadcast %9837 : f32[24,24] @ models/lib/nn.yaml:79:7
%9839 = mul %9828, %9838 : f32[24,24] @ models/lib/nn.yaml:79:7
%9840 = broadcast %9836 : bool[24,24] @ models/lib/nn.yaml:79:7
%9841 = select %9840, %9839, %9828 : f32[24,24] @ models/lib/nn.yaml:79:7
%9842 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9843 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9844 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9845 = add %9844, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9846 = mul %79, %9444 : f32[24,24] @ models/lib/nn.yaml:79:7
%9847 = mul %9841, %9446 : f32[24,24] @ models/lib/nn.yaml:79:7
%9848 = mul %9842, %9448 : f32[24,24] @ models/lib/nn.yaml:79:7
%9849 = add %9848, %9847 : f32[24,24] @ models/lib/nn.yaml:79:7
%9850 = mul %9841, %9841 : f32[24,24] @ models/lib/nn.yaml:79:7
%9851 = mul %9850, %9452 : f32[24,24] @ models/lib/nn.yaml:79:7
%9852 = mul %9843, %9454 : f32[24,24] @ models/lib/nn.yaml:79:7
%9853 = add %9852, %9851 : f32[24,24] @ models/lib/nn.yaml:79:7
%9854 = cast %9845 : f64[] @ models/lib/nn.yaml:79:7
%9855 = pow %6100, %9854 : f64[] @ models/lib/nn.yaml:79:7
%9856 = sub %6081, %9855 : f64[] @ models/lib/nn.yaml:79:7
%9857 = div %3811, %9856 : f64[] @ models/lib/nn.yaml:79:7
%9858 = pow %6108, %9854 : f64[] @ models/lib/nn.yaml:79:7
%9859 = sub %6081, %9858 : f64[] @ models/lib/nn.yaml:79:7
%9860 = sqrt %9859 : f64[] @ models/lib/nn.yaml:79:7
%9861 = div %6081, %9860 : f64[] @ models/lib/nn.yaml:79:7
%9862 = sqrt %9853 : f32[24,24] @ models/lib/nn.yaml:79:7
%9863 = cast %9861 : f32[] @ models/lib/nn.yaml:79:7
%9864 = broadcast %9863 : f32[24,24] @ models/lib/nn.yaml:79:7
%9865 = mul %9862, %9864 : f32[24,24] @ models/lib/nn.yaml:79:7
%9866 = add %9865, %9469 : f32[24,24] @ models/lib/nn.yaml:79:7
%9867 = div %9849, %9866 : f32[24,24] @ models/lib/nn.yaml:79:7
%9868 = cast %9857 : f32[] @ models/lib/nn.yaml:79:7
%9869 = broadcast %9868 : f32[24,24] @ models/lib/nn.yaml:79:7
%9870 = mul %9867, %9869 : f32[24,24] @ models/lib/nn.yaml:79:7
%9871 = sub %9846, %9870 : f32[24,24] @ models/lib/nn.yaml:79:7
%9872 = assign %79, %9871 : f32[24,24] @ models/lib/nn.yaml:79:7
%9873 = assign %9842, %9849 : f32[24,24] @ models/lib/nn.yaml:79:7
%9874 = assign %9843, %9853 : f32[24,24] @ models/lib/nn.yaml:79:7
%9875 = assign %9844, %9845 : i64[] @ models/lib/nn.yaml:79:7
%9876 = mul %157, %9480 : f32[24,24] @ models/lib/nn.yaml:79:7
%9877 = mul %9871, %9482 : f32[24,24] @ models/lib/nn.yaml:79:7
%9878 = add %9876, %9877 : f32[24,24] @ models/lib/nn.yaml:79:7
%9879 = assign %157, %9878 : f32[24,24] @ models/lib/nn.yaml:79:7
%9880 = all_reduce_sum %4967 : f32[24] @ models/lib/nn.yaml:80:7
%9881 = mul %9880, %9880 : f32[24] @ models/lib/nn.yaml:80:7
%9882 = reduce_sum %9881 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9883 = sqrt %9882 : f32[] @ models/lib/nn.yaml:80:7
%9884 = cast %9883 : f64[] @ models/lib/nn.yaml:80:7
%9885 = add %9884, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9886 = div %6079, %9885 : f64[] @ models/lib/nn.yaml:80:7
%9887 = lt %9886, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9888 = cast %9886 : f32[] @ models/lib/nn.yaml:80:7
%9889 = broadcast %9888 : f32[24] @ models/lib/nn.yaml:80:7
%9890 = mul %9880, %9889 : f32[24] @ models/lib/nn.yaml:80:7
%9891 = broadcast %9887 : bool[24] @ models/lib/nn.yaml:80:7
%9892 = select %9891, %9890, %9880 : f32[24] @ models/lib/nn.yaml:80:7
%9893 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9894 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9895 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9896 = add %9895, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9897 = mul %9892, %9386 : f32[24] @ models/lib/nn.yaml:80:7
%9898 = mul %9893, %9388 : f32[24] @ models/lib/nn.yaml:80:7
%9899 = add %9898, %9897 : f32[24] @ models/lib/nn.yaml:80:7
%9900 = mul %9892, %9892 : f32[24] @ models/lib/nn.yaml:80:7
%9901 = mul %9900, %9392 : f32[24] @ models/lib/nn.yaml:80:7
%9902 = mul %9894, %9394 : f32[24] @ models/lib/nn.yaml:80:7
%9903 = add %9902, %9901 : f32[24] @ models/lib/nn.yaml:80:7
%9904 = cast %9896 : f64[] @ models/lib/nn.yaml:80:7
%9905 = pow %6100, %9904 : f64[] @ models/lib/nn.yaml:80:7
%9906 = sub %6081, %9905 : f64[] @ models/lib/nn.yaml:80:7
%9907 = div %3811, %9906 : f64[] @ models/lib/nn.yaml:80:7
%9908 = pow %6108, %9904 : f64[] @ models/lib/nn.yaml:80:7
%9909 = sub %6081, %9908 : f64[] @ models/lib/nn.yaml:80:7
%9910 = sqrt %9909 : f64[] @ models/lib/nn.yaml:80:7
%9911 = div %6081, %9910 : f64[] @ models/lib/nn.yaml:80:7
%9912 = sqrt %9903 : f32[24] @ models/lib/nn.yaml:80:7
%9913 = cast %9911 : f32[] @ models/lib/nn.yaml:80:7
%9914 = broadcast %9913 : f32[24] @ models/lib/nn.yaml:80:7
%9915 = mul %9912, %9914 : f32[24] @ models/lib/nn.yaml:80:7
%9916 = add %9915, %9409 : f32[24] @ models/lib/nn.yaml:80:7
%9917 = div %9899, %9916 : f32[24] @ models/lib/nn.yaml:80:7
%9918 = cast %9907 : f32[] @ models/lib/nn.yaml:80:7
%9919 = broadcast %9918 : f32[24] @ models/lib/nn.yaml:80:7
%9920 = mul %9917, %9919 : f32[24] @ models/lib/nn.yaml:80:7
%9921 = sub %80, %9920 : f32[24] @ models/lib/nn.yaml:80:7
%9922 = assign %80, %9921 : f32[24] @ models/lib/nn.yaml:80:7
%9923 = assign %9893, %9899 : f32[24] @ models/lib/nn.yaml:80:7
%9924 = assign %9894, %9903 : f32[24] @ models/lib/nn.yaml:80:7
%9925 = assign %9895, %9896 : i64[] @ models/lib/nn.yaml:80:7
%9926 = mul %158, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9927 = mul %9921, %9422 : f32[24] @ models/lib/nn.yaml:80:7
%9928 = add %9926, %9927 : f32[24] @ models/lib/nn.yaml:80:7
%9929 = assign %158, %9928 : f32[24] @ models/lib/nn.yaml:80:7
%9930 = all_reduce_sum %4950 : f32[8,24] @ models/lib/nn.yaml:79:7
%9931 = reshape %9930 : f32[192] @ models/lib/nn.yaml:79:7
%9932 = mul %9931, %9931 : f32[192] @ models/lib/nn.yaml:79:7
%9933 = reduce_sum %9932 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9934 = sqrt %9933 : f32[] @ models/lib/nn.yaml:79:7
%9935 = cast %9934 : f64[] @ models/lib/nn.yaml:79:7
%9936 = add %9935, %6077 : f64[] @ models/lib/nn.yaml:79:7
%9937 = div %6079, %9936 : f64[] @ models/lib/nn.yaml:79:7
%9938 = lt %9937, %6081 : bool[] @ models/lib/nn.yaml:79:7
%9939 = cast %9937 : f32[] @ models/lib/nn.yaml:79:7
%9940 = broadcast %9939 : f32[8,24] @ models/lib/nn.yaml:79:7
%9941 = mul %9930, %9940 : f32[8,24] @ models/lib/nn.yaml:79:7
%9942 = broadcast %9938 : bool[8,24] @ models/lib/nn.yaml:79:7
%9943 = select %9942, %9941, %9930 : f32[8,24] @ models/lib/nn.yaml:79:7
%9944 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9945 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9946 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9947 = add %9946, %6091 : i64[] @ models/lib/nn.yaml:79:7
%9948 = mul %81, %9554 : f32[8,24] @ models/lib/nn.yaml:79:7
%9949 = mul %9943, %9556 : f32[8,24] @ models/lib/nn.yaml:79:7
%9950 = mul %9944, %9558 : f32[8,24] @ models/lib/nn.yaml:79:7
%9951 = add %9950, %9949 : f32[8,24] @ models/lib/nn.yaml:79:7
%9952 = mul %9943, %9943 : f32[8,24] @ models/lib/nn.yaml:79:7
%9953 = mul %9952, %9562 : f32[8,24] @ models/lib/nn.yaml:79:7
%9954 = mul %9945, %9564 : f32[8,24] @ models/lib/nn.yaml:79:7
%9955 = add %9954, %9953 : f32[8,24] @ models/lib/nn.yaml:79:7
%9956 = cast %9947 : f64[] @ models/lib/nn.yaml:79:7
%9957 = pow %6100, %9956 : f64[] @ models/lib/nn.yaml:79:7
%9958 = sub %6081, %9957 : f64[] @ models/lib/nn.yaml:79:7
%9959 = div %3811, %9958 : f64[] @ models/lib/nn.yaml:79:7
%9960 = pow %6108, %9956 : f64[] @ models/lib/nn.yaml:79:7
%9961 = sub %6081, %9960 : f64[] @ models/lib/nn.yaml:79:7
%9962 = sqrt %9961 : f64[] @ models/lib/nn.yaml:79:7
%9963 = div %6081, %9962 : f64[] @ models/lib/nn.yaml:79:7
%9964 = sqrt %9955 : f32[8,24] @ models/lib/nn.yaml:79:7
%9965 = cast %9963 : f32[] @ models/lib/nn.yaml:79:7
%9966 = broadcast %9965 : f32[8,24] @ models/lib/nn.yaml:79:7
%9967 = mul %9964, %9966 : f32[8,24] @ models/lib/nn.yaml:79:7
%9968 = add %9967, %9579 : f32[8,24] @ models/lib/nn.yaml:79:7
%9969 = div %9951, %9968 : f32[8,24] @ models/lib/nn.yaml:79:7
%9970 = cast %9959 : f32[] @ models/lib/nn.yaml:79:7
%9971 = broadcast %9970 : f32[8,24] @ models/lib/nn.yaml:79:7
%9972 = mul %9969, %9971 : f32[8,24] @ models/lib/nn.yaml:79:7
%9973 = sub %9948, %9972 : f32[8,24] @ models/lib/nn.yaml:79:7
%9974 = assign %81, %9973 : f32[8,24] @ models/lib/nn.yaml:79:7
%9975 = assign %9944, %9951 : f32[8,24] @ models/lib/nn.yaml:79:7
%9976 = assign %9945, %9955 : f32[8,24] @ models/lib/nn.yaml:79:7
%9977 = assign %9946, %9947 : i64[] @ models/lib/nn.yaml:79:7
%9978 = mul %159, %9590 : f32[8,24] @ models/lib/nn.yaml:79:7
%9979 = mul %9973, %9592 : f32[8,24] @ models/lib/nn.yaml:79:7
%9980 = add %9978, %9979 : f32[8,24] @ models/lib/nn.yaml:79:7
%9981 = assign %159, %9980 : f32[8,24] @ models/lib/nn.yaml:79:7
%9982 = all_reduce_sum %4942 : f32[8] @ models/lib/nn.yaml:80:7
%9983 = mul %9982, %9982 : f32[8] @ models/lib/nn.yaml:80:7
%9984 = reduce_sum %9983 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9985 = sqrt %9984 : f32[] @ models/lib/nn.yaml:80:7
%9986 = cast %9985 : f64[] @ models/lib/nn.yaml:80:7
%9987 = add %9986, %6077 : f64[] @ models/lib/nn.yaml:80:7
%9988 = div %6079, %9987 : f64[] @ models/lib/nn.yaml:80:7
%9989 = lt %9988, %6081 : bool[] @ models/lib/nn.yaml:80:7
%9990 = cast %9988 : f32[] @ models/lib/nn.yaml:80:7
%9991 = broadcast %9990 : f32[8] @ models/lib/nn.yaml:80:7
%9992 = mul %9982, %9991 : f32[8] @ models/lib/nn.yaml:80:7
%9993 = broadcast %9989 : bool[8] @ models/lib/nn.yaml:80:7
%9994 = select %9993, %9992, %9982 : f32[8] @ models/lib/nn.yaml:80:7
%9995 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9996 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9997 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9998 = add %9997, %6091 : i64[] @ models/lib/nn.yaml:80:7
%9999 = mul %9994, %9613 : f32[8] @ models/lib/nn.yaml:80:7
%10000 = mul %9995, %9615 : f32[8] @ models/lib/nn.yaml:80:7
%10001 = add %10000, %9999 : f32[8] @ models/lib/nn.yaml:80:7
%10002 = mul %9994, %9994 : f32[8] @ models/lib/nn.yaml:80:7
%10003 = mul %10002, %9619 : f32[8] @ models/lib/nn.yaml:80:7
%10004 = mul %9996, %9621 : f32[8] @ models/lib/nn.yaml:80:7
%10005 = add %10004, %10003 : f32[8] @ models/lib/nn.yaml:80:7
%10006 = cast %9998 : f64[] @ models/lib/nn.yaml:80:7
%10007 = pow %6100, %10006 : f64[] @ models/lib/nn.yaml:80:7
%10008 = sub %6081, %10007 : f64[] @ models/lib/nn.yaml:80:7
%10009 = div %3811, %10008 : f64[] @ models/lib/nn.yaml:80:7
%10010 = pow %6108, %10006 : f64[] @ models/lib/nn.yaml:80:7
%10011 = sub %6081, %10010 : f64[] @ models/lib/nn.yaml:80:7
%10012 = sqrt %10011 : f64[] @ models/lib/nn.yaml:80:7
%10013 = div %6081, %10012 : f64[] @ models/lib/nn.yaml:80:7
%10014 = sqrt %10005 : f32[8] @ models/lib/nn.yaml:80:7
%10015 = cast %10013 : f32[] @ models/lib/nn.yaml:80:7
%10016 = broadcast %10015 : f32[8] @ models/lib/nn.yaml:80:7
%10017 = mul %10014, %10016 : f32[8] @ models/lib/nn.yaml:80:7
%10018 = add %10017, %9636 : f32[8] @ models/lib/nn.yaml:80:7
%10019 = div %10001, %10018 : f32[8] @ models/lib/nn.yaml:80:7
%10020 = cast %10009 : f32[] @ models/lib/nn.yaml:80:7
%10021 = broadcast %10020 : f32[8] @ models/lib/nn.yaml:80:7
%10022 = mul %10019, %10021 : f32[8] @ models/lib/nn.yaml:80:7
%10023 = sub %82, %10022 : f32[8] @ models/lib/nn.yaml:80:7
%10024 = assign %82, %10023 : f32[8] @ models/lib/nn.yaml:80:7
%10025 = assign %9995, %10001 : f32[8] @ models/lib/nn.yaml:80:7
%10026 = assign %9996, %10005 : f32[8] @ models/lib/nn.yaml:80:7
%10027 = assign %9997, %9998 : i64[] @ models/lib/nn.yaml:80:7
%10028 = mul %160, %9647 : f32[8] @ models/lib/nn.yaml:80:7
%10029 = mul %10023, %9649 : f32[8] @ models/lib/nn.yaml:80:7
%10030 = add %10028, %10029 : f32[8] @ models/lib/nn.yaml:80:7
%10031 = assign %160, %10030 : f32[8] @ models/lib/nn.yaml:80:7
%10032 = broadcast %6137 : f32[16,1] @ models/lib/dino.yaml:18:7
%10033 = mul %161, %10032 : f32[16,1] @ models/lib/dino.yaml:18:7
%10034 = broadcast %6141 : f32[16,1] @ models/lib/dino.yaml:18:7
%10035 = mul %83, %10034 : f32[16,1] @ models/lib/dino.yaml:18:7
%10036 = add %10033, %10035 : f32[16,1] @ models/lib/dino.yaml:18:7
%10037 = assign %161, %10036 : f32[16,1] @ models/lib/dino.yaml:18:7
%10038 = all_reduce_sum %4918 : f32[16,8] @ models/lib/dino.yaml:19:7
%10039 = reshape %10038 : f32[128] @ models/lib/dino.yaml:19:7
%10040 = mul %10039, %10039 : f32[128] @ models/lib/dino.yaml:19:7
%10041 = reduce_sum %10040 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10042 = sqrt %10041 : f32[] @ models/lib/dino.yaml:19:7
%10043 = cast %10042 : f64[] @ models/lib/dino.yaml:19:7
%10044 = add %10043, %6077 : f64[] @ models/lib/dino.yaml:19:7
%10045 = div %6079, %10044 : f64[] @ models/lib/dino.yaml:19:7
%10046 = lt %10045, %6081 : bool[] @ models/lib/dino.yaml:19:7
%10047 = cast %10045 : f32[] @ models/lib/dino.yaml:19:7
%10048 = broadcast %10047 : f32[16,8] @ models/lib/dino.yaml:19:7
%10049 = mul %10038, %10048 : f32[16,8] @ models/lib/dino.yaml:19:7
%10050 = broadcast %10046 : bool[16,8] @ models/lib/dino.yaml:19:7
%10051 = select %10050, %10049, %10038 : f32[16,8] @ models/lib/dino.yaml:19:7
%10052 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10053 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10054 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10055 = add %10054, %6091 : i64[] @ models/lib/dino.yaml:19:7
%10056 = broadcast %6095 : f32[16,8] @ models/lib/dino.yaml:19:7
%10057 = mul %84, %10056 : f32[16,8] @ models/lib/dino.yaml:19:7
%10058 = broadcast %3567 : f32[16,8] @ models/lib/dino.yaml:19:7
%10059 = mul %10051, %10058 : f32[16,8] @ models/lib/dino.yaml:19:7
%10060 = broadcast %2436 : f32[16,8] @ models/lib/dino.yaml:19:7
%10061 = mul %10052, %10060 : f32[16,8] @ models/lib/dino.yaml:19:7
%10062 = add %10061, %10059 : f32[16,8] @ models/lib/dino.yaml:19:7
%10063 = mul %10051, %10051 : f32[16,8] @ models/lib/dino.yaml:19:7
%10064 = broadcast %6105 : f32[16,8] @ models/lib/dino.yaml:19:7
%10065 = mul %10063, %10064 : f32[16,8] @ models/lib/dino.yaml:19:7
%10066 = broadcast %6109 : f32[16,8] @ models/lib/dino.yaml:19:7
%10067 = mul %10053, %10066 : f32[16,8] @ models/lib/dino.yaml:19:7
%10068 = add %10067, %10065 : f32[16,8] @ models/lib/dino.yaml:19:7
%10069 = cast %10055 : f64[] @ models/lib/dino.yaml:19:7
%10070 = pow %6100, %10069 : f64[] @ models/lib/dino.yaml:19:7
%10071 = sub %6081, %10070 : f64[] @ models/lib/dino.yaml:19:7
%10072 = div %3811, %10071 : f64[] @ models/lib/dino.yaml:19:7
%10073 = pow %6108, %10069 : f64[] @ models/lib/dino.yaml:19:7
%10074 = sub %6081, %10073 : f64[] @ models/lib/dino.yaml:19:7
%10075 = sqrt %10074 : f64[] @ models/lib/dino.yaml:19:7
%10076 = div %6081, %10075 : f64[] @ models/lib/dino.yaml:19:7
%10077 = sqrt %10068 : f32[16,8] @ models/lib/dino.yaml:19:7
%10078 = cast %10076 : f32[] @ models/lib/dino.yaml:19:7
%10079 = broadcast %10078 : f32[16,8] @ models/lib/dino.yaml:19:7
%10080 = mul %10077, %10079 : f32[16,8] @ models/lib/dino.yaml:19:7
%10081 = broadcast %6125 : f32[16,8] @ models/lib/dino.yaml:19:7
%10082 = add %10080, %10081 : f32[16,8] @ models/lib/dino.yaml:19:7
%10083 = div %10062, %10082 : f32[16,8] @ models/lib/dino.yaml:19:7
%10084 = cast %10072 : f32[] @ models/lib/dino.yaml:19:7
%10085 = broadcast %10084 : f32[16,8] @ models/lib/dino.yaml:19:7
%10086 = mul %10083, %10085 : f32[16,8] @ models/lib/dino.yaml:19:7
%10087 = sub %10057, %10086 : f32[16,8] @ models/lib/dino.yaml:19:7
%10088 = broadcast %9710 : bool[16,8] @ models/lib/dino.yaml:19:7
%10089 = select %10088, %84, %10087 : f32[16,8] @ models/lib/dino.yaml:19:7
%10090 = select %10088, %10052, %10062 : f32[16,8] @ models/lib/dino.yaml:19:7
%10091 = select %10088, %10053, %10068 : f32[16,8] @ models/lib/dino.yaml:19:7
%10092 = select %9710, %10054, %10055 : i64[] @ models/lib/dino.yaml:19:7
%10093 = assign %84, %10089 : f32[16,8] @ models/lib/dino.yaml:19:7
%10094 = assign %10052, %10090 : f32[16,8] @ models/lib/dino.yaml:19:7
%10095 = assign %10053, %10091 : f32[16,8] @ models/lib/dino.yaml:19:7
%10096 = assign %10054, %10092 : i64[] @ models/lib/dino.yaml:19:7
%10097 = broadcast %6137 : f32[16,8] @ models/lib/dino.yaml:19:7
%10098 = mul %162, %10097 : f32[16,8] @ models/lib/dino.yaml:19:7
%10099 = broadcast %6141 : f32[16,8] @ models/lib/dino.yaml:19:7
%10100 = mul %10089, %10099 : f32[16,8] @ models/lib/dino.yaml:19:7
%10101 = add %10098, %10100 : f32[16,8] @ models/lib/dino.yaml:19:7
%10102 = assign %162, %10101 : f32[16,8] @ models/lib/dino.yaml:19:7
%10103 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10104 = abs %3778 : f32[] @ models/dino_pass.yaml:149:3
%10105 = lt %10104, %10103 : bool[] @ models/dino_pass.yaml:149:3
%10106 = output %10105 name="finite" : bool[] @ models/dino_pass.yaml:149:3
