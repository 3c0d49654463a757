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
%4240 = reduce_sum %4239 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4241 = reshape %4240 : f32[16] @ models/lib/nn.yaml:96:37
%4242 = add %3344, %4241 : f32[16] @ models/lib/nn.yaml:96:37
%4243 = mul %4238, %2207 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4244 = mul %4238, %2201 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4245 = reduce_sum %4244 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4246 = mul %2206, %2206 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4247 = mul %2206, %4246 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4248 = broadcast %3350 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4249 = mul %4247, %4248 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4250 = mul %4245, %4249 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4251 = div %4250, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4252 = broadcast %4251 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4253 = mul %4252, %2201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4254 = add %4243, %4253 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4255 = add %4254, %4253 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4256 = neg %4255 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4257 = reduce_sum %4256 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4258 = div %4257, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4259 = broadcast %4258 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4260 = add %4255, %4259 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4261 = slice %4260 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4262 = slice %4260 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%4263 = reduce_sum %4261 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4264 = reshape %4263 : f32[16] @ models/lib/nn.yaml:84:18
%4265 = add %3367, %4264 : f32[16] @ models/lib/nn.yaml:84:18
%4266 = cast %4261 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4267 = matmul %4266, %2191 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4268 = reshape %4266 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4269 = reshape %2190 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4270 = matmul %4268, %4269 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4271 = cast %3372 : f32[16,64] @ models/lib/nn.yaml:83:15
%4272 = cast %4270 : f32[16,64] @ models/lib/nn.yaml:83:15
%4273 = add %4271, %4272 : f32[16,64] @ models/lib/nn.yaml:83:15
%4274 = cast %4267 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4275 = mul %4274, %2188 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4276 = mul %4274, %2185 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4277 = mul %2186, %2186 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4278 = neg %4277 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4279 = exp %4278 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4280 = mul %4279, %3379 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4281 = mul %4276, %4280 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4282 = mul %4281, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4283 = mul %4275, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4284 = add %4282, %4283 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4285 = reduce_sum %4284 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4286 = reshape %4285 : f32[64] @ models/lib/nn.yaml:84:18
%4287 = add %3386, %4286 : f32[64] @ models/lib/nn.yaml:84:18
%4288 = cast %4284 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4289 = matmul %4288, %2180 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4290 = reshape %4288 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4291 = reshape %2179 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4292 = matmul %4290, %4291 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4293 = cast %3391 : f32[64,16] @ models/lib/nn.yaml:83:15
%4294 = cast %4292 : f32[64,16] @ models/lib/nn.yaml:83:15
%4295 = add %4293, %4294 : f32[64,16] @ models/lib/nn.yaml:83:15
%4296 = cast %4289 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4297 = reduce_sum %4296 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4298 = reshape %4297 : f32[16] @ models/lib/nn.yaml:96:46
%4299 = add %3394, %4298 : f32[16] @ models/lib/nn.yaml:96:46
%4300 = mul %4296, %2175 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4301 = mul %4296, %2174 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4302 = reduce_sum %4301 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4303 = reshape %4302 : f32[16] @ models/lib/nn.yaml:96:37
%4304 = add %3398, %4303 : f32[16] @ models/lib/nn.yaml:96:37
%4305 = mul %4300, %2173 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4306 = mul %4300, %2167 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4307 = reduce_sum %4306 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4308 = mul %2172, %2172 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4309 = mul %2172, %4308 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4310 = mul %4309, %3404 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4311 = mul %4307, %4310 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4312 = div %4311, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4313 = broadcast %4312 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4314 = mul %4313, %2167 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4315 = add %4305, %4314 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4316 = add %4315, %4314 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4317 = add %4261, %4316 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4318 = neg %4316 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4319 = reduce_sum %4318 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4320 = div %4319, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4321 = broadcast %4320 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4322 = add %4317, %4321 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4323 = reduce_sum %4322 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4324 = reshape %4323 : f32[16] @ models/lib/nn.yaml:84:18
%4325 = add %3419, %4324 : f32[16] @ models/lib/nn.yaml:84:18
%4326 = cast %4322 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4327 = matmul %4326, %2158 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4328 = reshape %4326 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4329 = reshape %2156 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4330 = matmul %4328, %4329 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4331 = cast %3424 : f32[16,16] @ models/lib/nn.yaml:83:15
%4332 = cast %4330 : f32[16,16] @ models/lib/nn.yaml:83:15
%4333 = add %4331, %4332 : f32[16,16] @ models/lib/nn.yaml:83:15
%4334 = reshape %4327 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4335 = permute %4334 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4336 = cast %4335 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4337 = cast %2146 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4338 = permute %4337 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4339 = reshape %4336 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4340 = broadcast %4339 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4341 = reshape %4338 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4342 = broadcast %4341 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4343 = mul %4340, %4342 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4344 = reduce_sum %4343 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4345 = cast %4344 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%4346 = cast %2145 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4347 = permute %4346 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4348 = cast %4335 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4349 = reshape %4347 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4350 = broadcast %4349 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4351 = reshape %4348 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4352 = broadcast %4351 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4353 = mul %4350, %4352 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4354 = reshape %4353 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4355 = cast %4354 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%4356 = cast %4345 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4357 = div %4356, %2143 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4358 = mul %4357, %2144 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4359 = neg %4358 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4360 = reduce_sum %4359 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4361 = broadcast %4360 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4362 = add %4357, %4361 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4363 = mul %4362, %2141 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4364 = mul %4363, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4365 = cast %4364 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%4366 = cast %4365 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4367 = cast %2124 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4368 = reshape %4366 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4369 = broadcast %4368 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4370 = reshape %4367 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4371 = broadcast %4370 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4372 = mul %4369, %4371 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4373 = reduce_sum %4372 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4374 = cast %4373 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4375 = cast %4365 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4376 = permute %4375 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4377 = cast %2123 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4378 = reshape %4376 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4379 = broadcast %4378 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4380 = reshape %4377 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4381 = broadcast %4380 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4382 = mul %4379, %4381 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4383 = reshape %4382 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4384 = cast %4383 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%4385 = cast %4355 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%4386 = permute %4385 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4387 = reshape %4386 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4388 = reduce_sum %4387 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4389 = reshape %4388 : f32[16] @ models/lib/nn.yaml:84:18
%4390 = add %3480, %4389 : f32[16] @ models/lib/nn.yaml:84:18
%4391 = permute %4355 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%4392 = reshape %4391 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%4393 = matmul %4392, %2116 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4394 = reshape %4391 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4395 = reshape %2108 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4396 = matmul %4394, %4395 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4397 = cast %3486 : f32[16,16] @ models/lib/nn.yaml:83:15
%4398 = cast %4396 : f32[16,16] @ models/lib/nn.yaml:83:15
%4399 = add %4397, %4398 : f32[16,16] @ models/lib/nn.yaml:83:15
%4400 = cast %4384 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%4401 = permute %4400 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4402 = reshape %4401 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4403 = reduce_sum %4402 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4404 = reshape %4403 : f32[16] @ models/lib/nn.yaml:84:18
%4405 = add %3491, %4404 : f32[16] @ models/lib/nn.yaml:84:18
%4406 = permute %4384 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%4407 = reshape %4406 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%4408 = matmul %4407, %2109 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4409 = cast %4393 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4410 = cast %4408 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4411 = add %4409, %4410 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4412 = reshape %4406 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4413 = matmul %4412, %4395 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4414 = cast %3499 : f32[16,16] @ models/lib/nn.yaml:83:15
%4415 = cast %4413 : f32[16,16] @ models/lib/nn.yaml:83:15
%4416 = add %4414, %4415 : f32[16,16] @ models/lib/nn.yaml:83:15
%4417 = cast %4374 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4418 = permute %4417 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4419 = reshape %4418 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4420 = reduce_sum %4419 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4421 = reshape %4420 : f32[16] @ models/lib/nn.yaml:84:18
%4422 = add %3504, %4421 : f32[16] @ models/lib/nn.yaml:84:18
%4423 = permute %4374 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4424 = reshape %4423 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4425 = matmul %4424, %2101 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4426 = reshape %4423 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4427 = reshape %2100 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4428 = matmul %4426, %4427 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4429 = cast %3510 : f32[16,16] @ models/lib/nn.yaml:83:15
%4430 = cast %4428 : f32[16,16] @ models/lib/nn.yaml:83:15
%4431 = add %4429, %4430 : f32[16,16] @ models/lib/nn.yaml:83:15
%4432 = cast %4425 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4433 = pad %4432 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4434 = add %4411, %4433 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4435 = reshape %4434 : f32[68,16] @ models/lib/nn.yaml:96:46
%4436 = matmul %4232, %4435 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4437 = reshape %4436 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4438 = reshape %4437 : f32[16] @ models/lib/nn.yaml:96:46
%4439 = add %3515, %4438 : f32[16] @ models/lib/nn.yaml:96:46
%4440 = mul %4434, %2095 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4441 = mul %4434, %2094 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4442 = reduce_sum %4441 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4443 = reshape %4442 : f32[16] @ models/lib/nn.yaml:96:37
%4444 = add %3519, %4443 : f32[16] @ models/lib/nn.yaml:96:37
%4445 = mul %4440, %2093 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4446 = mul %4440, %2087 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4447 = reduce_sum %4446 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4448 = mul %2092, %2092 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4449 = mul %2092, %4448 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4450 = mul %4449, %4248 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4451 = mul %4447, %4450 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4452 = div %4451, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4453 = broadcast %4452 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4454 = mul %4453, %2087 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4455 = add %4445, %4454 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4456 = add %4455, %4454 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4457 = neg %4456 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4458 = reduce_sum %4457 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4459 = div %4458, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4460 = broadcast %4459 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4461 = add %4456, %4460 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4462 = slice %4461 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4463 = add %4322, %4462 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4464 = slice %4461 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4465 = add %4262, %4464 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4466 = reduce_sum %4463 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4467 = reshape %4466 : f32[16] @ models/lib/nn.yaml:84:18
%4468 = add %3542, %4467 : f32[16] @ models/lib/nn.yaml:84:18
%4469 = cast %4463 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4470 = matmul %4469, %2077 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4471 = reshape %4469 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4472 = reshape %2076 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4473 = matmul %4471, %4472 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4474 = cast %3547 : f32[16,64] @ models/lib/nn.yaml:83:15
%4475 = cast %4473 : f32[16,64] @ models/lib/nn.yaml:83:15
%4476 = add %4474, %4475 : f32[16,64] @ models/lib/nn.yaml:83:15
%4477 = cast %4470 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4478 = mul %4477, %2074 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4479 = mul %4477, %2071 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4480 = mul %2072, %2072 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4481 = neg %4480 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4482 = exp %4481 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4483 = mul %4482, %3379 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4484 = mul %4479, %4483 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4485 = mul %4484, %741 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4486 = mul %4478, %739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4487 = add %4485, %4486 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4488 = reduce_sum %4487 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4489 = reshape %4488 : f32[64] @ models/lib/nn.yaml:84:18
%4490 = add %3560, %4489 : f32[64] @ models/lib/nn.yaml:84:18
%4491 = cast %4487 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4492 = matmul %4491, %2066 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4493 = reshape %4491 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4494 = reshape %2065 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4495 = matmul %4493, %4494 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4496 = cast %3565 : f32[64,16] @ models/lib/nn.yaml:83:15
%4497 = cast %4495 : f32[64,16] @ models/lib/nn.yaml:83:15
%4498 = add %4496, %4497 : f32[64,16] @ models/lib/nn.yaml:83:15
%4499 = cast %4492 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4500 = reduce_sum %4499 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4501 = reshape %4500 : f32[16] @ models/lib/nn.yaml:96:46
%4502 = add %3568, %4501 : f32[16] @ models/lib/nn.yaml:96:46
%4503 = mul %4499, %2061 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4504 = mul %4499, %2060 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4505 = reduce_sum %4504 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4506 = reshape %4505 : f32[16] @ models/lib/nn.yaml:96:37
%4507 = add %3572, %4506 : f32[16] @ models/lib/nn.yaml:96:37
%4508 = mul %4503, %2059 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4509 = mul %4503, %2053 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4510 = reduce_sum %4509 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4511 = mul %2058, %2058 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4512 = mul %2058, %4511 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4513 = mul %4512, %3404 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4514 = mul %4510, %4513 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4515 = div %4514, %718 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4516 = broadcast %4515 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4517 = mul %4516, %2053 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4518 = add %4508, %4517 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4519 = add %4518, %4517 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4520 = add %4463, %4519 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4521 = neg %4519 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4522 = reduce_sum %4521 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4523 = div %4522, %718 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4524 = broadcast %4523 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4525 = add %4520, %4524 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4526 = reduce_sum %4525 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4527 = reshape %4526 : f32[16] @ models/lib/nn.yaml:84:18
%4528 = add %3592, %4527 : f32[16] @ models/lib/nn.yaml:84:18
%4529 = cast %4525 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4530 = matmul %4529, %2044 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4531 = reshape %4529 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4532 = reshape %2042 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4533 = matmul %4531, %4532 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4534 = cast %3597 : f32[16,16] @ models/lib/nn.yaml:83:15
%4535 = cast %4533 : f32[16,16] @ models/lib/nn.yaml:83:15
%4536 = add %4534, %4535 : f32[16,16] @ models/lib/nn.yaml:83:15
%4537 = reshape %4530 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4538 = permute %4537 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4539 = cast %4538 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4540 = cast %2032 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4541 = permute %4540 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%4542 = reshape %4539 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4543 = broadcast %4542 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4544 = reshape %4541 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4545 = broadcast %4544 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4546 = mul %4543, %4545 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%4547 = reduce_sum %4546 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4548 = cast %4547 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%4549 = cast %2031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%4550 = permute %4549 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%4551 = cast %4538 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4552 = reshape %4550 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%4553 = broadcast %4552 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4554 = reshape %4551 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4555 = broadcast %4554 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4556 = mul %4553, %4555 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%4557 = reshape %4556 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%4558 = cast %4557 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%4559 = cast %4548 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4560 = div %4559, %2029 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4561 = mul %4560, %2030 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4562 = neg %4561 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%4563 = reduce_sum %4562 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4564 = broadcast %4563 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4565 = add %4560, %4564 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%4566 = mul %4565, %2027 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%4567 = mul %4566, %688 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%4568 = cast %4567 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%4569 = cast %4568 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4570 = cast %2010 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4571 = reshape %4569 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%4572 = broadcast %4571 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4573 = reshape %4570 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4574 = broadcast %4573 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4575 = mul %4572, %4574 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%4576 = reduce_sum %4575 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4577 = cast %4576 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4578 = cast %4568 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%4579 = permute %4578 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%4580 = cast %2009 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4581 = reshape %4579 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%4582 = broadcast %4581 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4583 = reshape %4580 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4584 = broadcast %4583 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4585 = mul %4582, %4584 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%4586 = reshape %4585 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%4587 = cast %4586 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%4588 = cast %4558 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%4589 = permute %4588 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%4590 = reshape %4589 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%4591 = reduce_sum %4590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4592 = reshape %4591 : f32[16] @ models/lib/nn.yaml:84:18
%4593 = add %3653, %4592 : f32[16] @ models/lib/nn.yaml:84:18
%4594 = permute %4558 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%4595 = reshape %4594 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%4596 = matmul %4595, %2002 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4597 = reshape %4594 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4598 = reshape %1994 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4599 = matmul %4597, %4598 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4600 = cast %3659 : f32[16,16] @ models/lib/nn.yaml:83:15
%4601 = cast %4599 : f32[16,16] @ models/lib/nn.yaml:83:15
%4602 = add %4600, %4601 : f32[16,16] @ models/lib/nn.yaml:83:15
%4603 = cast %4587 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%4604 = permute %4603 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%4605 = reshape %4604 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%4606 = reduce_sum %4605 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4607 = reshape %4606 : f32[16] @ models/lib/nn.yaml:84:18
%4608 = add %3664, %4607 : f32[16] @ models/lib/nn.yaml:84:18
%4609 = permute %4587 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%4610 = reshape %4609 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%4611 = matmul %4610, %1995 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%4612 = cast %4596 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4613 = cast %4611 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4614 = add %4612, %4613 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%4615 = reshape %4609 : bf16[68,16] @ models/lib/nn.yaml:83:15
%4616 = matmul %4615, %4598 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4617 = cast %3672 : f32[16,16] @ models/lib/nn.yaml:83:15
%4618 = cast %4616 : f32[16,16] @ models/lib/nn.yaml:83:15
%4619 = add %4617, %4618 : f32[16,16] @ models/lib/nn.yaml:83:15
%4620 = cast %4577 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4621 = permute %4620 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4622 = reshape %4621 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4623 = reduce_sum %4622 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4624 = reshape %4623 : f32[16] @ models/lib/nn.yaml:84:18
%4625 = add %3677, %4624 : f32[16] @ models/lib/nn.yaml:84:18
%4626 = permute %4577 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4627 = reshape %4626 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4628 = matmul %4627, %1987 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4629 = reshape %4626 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4630 = reshape %1986 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4631 = matmul %4629, %4630 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4632 = cast %3683 : f32[16,16] @ models/lib/nn.yaml:83:15
%4633 = cast %4631 : f32[16,16] @ models/lib/nn.yaml:83:15
%4634 = add %4632, %4633 : f32[16,16] @ models/lib/nn.yaml:83:15
%4635 = cast %4628 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4636 = pad %4635 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4637 = add %4614, %4636 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%4638 = reshape %4637 : f32[68,16] @ models/lib/nn.yaml:96:46
%4639 = matmul %4232, %4638 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4640 = reshape %4639 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4641 = reshape %4640 : f32[16] @ models/lib/nn.yaml:96:46
%4642 = add %3688, %4641 : f32[16] @ models/lib/nn.yaml:96:46
%4643 = mul %4637, %1981 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4644 = mul %4637, %1980 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%4645 = reduce_sum %4644 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4646 = reshape %4645 : f32[16] @ models/lib/nn.yaml:96:37
%4647 = add %3692, %4646 : f32[16] @ models/lib/nn.yaml:96:37
%4648 = mul %4643, %1979 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4649 = mul %4643, %1973 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%4650 = reduce_sum %4649 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%4651 = mul %1978, %1978 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4652 = mul %1978, %4651 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4653 = mul %4652, %4248 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4654 = mul %4650, %4653 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%4655 = div %4654, %639 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%4656 = broadcast %4655 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%4657 = mul %4656, %1973 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4658 = add %4648, %4657 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4659 = add %4658, %4657 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%4660 = neg %4659 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%4661 = reduce_sum %4660 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%4662 = div %4661, %639 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%4663 = broadcast %4662 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4664 = add %4659, %4663 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%4665 = slice %4664 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4666 = add %4525, %4665 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4667 = slice %4664 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4668 = add %4465, %4667 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%4669 = reduce_sum %4666 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4670 = add %3714, %4669 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4671 = mul %4668, %1965 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4672 = div %4671, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4673 = reshape %4672 : f32[64,16] @ models/lib/nn.yaml:84:18
%4674 = matmul %4077, %4673 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4675 = reshape %4674 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4676 = reshape %4675 : f32[16] @ models/lib/nn.yaml:84:18
%4677 = add %3718, %4676 : f32[16] @ models/lib/nn.yaml:84:18
%4678 = cast %4672 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4679 = matmul %4678, %1955 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4680 = reshape %4678 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4681 = reshape %1954 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4682 = matmul %4680, %4681 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4683 = cast %3723 : f32[16,64] @ models/lib/nn.yaml:83:15
%4684 = cast %4682 : f32[16,64] @ models/lib/nn.yaml:83:15
%4685 = add %4683, %4684 : f32[16,64] @ models/lib/nn.yaml:83:15
%4686 = cast %4679 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4687 = mul %4686, %1952 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4688 = mul %4686, %1949 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4689 = mul %1950, %1950 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4690 = neg %4689 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4691 = exp %4690 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4692 = broadcast %3224 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4693 = mul %4691, %4692 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4694 = mul %4688, %4693 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4695 = mul %4694, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4696 = mul %4687, %275 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4697 = add %4695, %4696 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4698 = reshape %4697 : f32[64,64] @ models/lib/nn.yaml:84:18
%4699 = matmul %4077, %4698 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4700 = reshape %4699 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4701 = reshape %4700 : f32[64] @ models/lib/nn.yaml:84:18
%4702 = add %3737, %4701 : f32[64] @ models/lib/nn.yaml:84:18
%4703 = cast %4697 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4704 = matmul %4703, %1944 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4705 = reshape %4703 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4706 = reshape %1943 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4707 = matmul %4705, %4706 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4708 = cast %3742 : f32[64,16] @ models/lib/nn.yaml:83:15
%4709 = cast %4707 : f32[64,16] @ models/lib/nn.yaml:83:15
%4710 = add %4708, %4709 : f32[64,16] @ models/lib/nn.yaml:83:15
%4711 = cast %4704 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4712 = reshape %4711 : f32[64,16] @ models/lib/nn.yaml:96:46
%4713 = matmul %4077, %4712 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4714 = reshape %4713 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4715 = reshape %4714 : f32[16] @ models/lib/nn.yaml:96:46
%4716 = add %3745, %4715 : f32[16] @ models/lib/nn.yaml:96:46
%4717 = mul %4711, %1939 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4718 = mul %4711, %1938 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4719 = reduce_sum %4718 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4720 = reshape %4719 : f32[16] @ models/lib/nn.yaml:96:37
%4721 = add %3749, %4720 : f32[16] @ models/lib/nn.yaml:96:37
%4722 = mul %4717, %1937 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4723 = mul %4717, %1931 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4724 = reduce_sum %4723 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4725 = mul %1936, %1936 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4726 = mul %1936, %4725 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4727 = broadcast %3350 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4728 = mul %4726, %4727 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4729 = mul %4724, %4728 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4730 = div %4729, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4731 = broadcast %4730 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4732 = mul %4731, %1931 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4733 = add %4722, %4732 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4734 = add %4733, %4732 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4735 = add %4668, %4734 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4736 = neg %4734 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4737 = reduce_sum %4736 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4738 = div %4737, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4739 = broadcast %4738 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4740 = add %4735, %4739 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4741 = mul %4740, %1925 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%4742 = div %4741, %1917 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%4743 = reshape %4742 : f32[64,16] @ models/lib/nn.yaml:84:18
%4744 = matmul %4077, %4743 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4745 = reshape %4744 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4746 = reshape %4745 : f32[16] @ models/lib/nn.yaml:84:18
%4747 = add %3772, %4746 : f32[16] @ models/lib/nn.yaml:84:18
%4748 = cast %4742 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4749 = matmul %4748, %1911 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4750 = reshape %4748 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4751 = reshape %1909 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4752 = matmul %4750, %4751 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4753 = cast %3777 : f32[16,16] @ models/lib/nn.yaml:83:15
%4754 = cast %4752 : f32[16,16] @ models/lib/nn.yaml:83:15
%4755 = add %4753, %4754 : f32[16,16] @ models/lib/nn.yaml:83:15
%4756 = reshape %4749 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%4757 = permute %4756 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%4758 = cast %4757 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4759 = cast %1899 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4760 = permute %4759 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4761 = reshape %4758 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4762 = broadcast %4761 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4763 = reshape %4760 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4764 = broadcast %4763 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4765 = mul %4762, %4764 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4766 = reduce_sum %4765 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4767 = cast %4766 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4768 = cast %1898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4769 = permute %4768 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4770 = cast %4757 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4771 = reshape %4769 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4772 = broadcast %4771 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4773 = reshape %4770 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4774 = broadcast %4773 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4775 = mul %4772, %4774 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4776 = reduce_sum %4775 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4777 = cast %4776 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%4778 = cast %4767 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4779 = div %4778, %1896 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4780 = mul %4779, %1897 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4781 = neg %4780 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4782 = reduce_sum %4781 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4783 = broadcast %4782 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4784 = add %4779, %4783 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4785 = mul %4784, %1894 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4786 = mul %4785, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4787 = cast %4786 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4788 = cast %4787 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4789 = cast %1877 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4790 = reshape %4788 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4791 = broadcast %4790 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4792 = reshape %4789 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4793 = broadcast %4792 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4794 = mul %4791, %4793 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4795 = reduce_sum %4794 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4796 = cast %4795 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4797 = cast %4787 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4798 = permute %4797 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4799 = cast %1876 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4800 = reshape %4798 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4801 = broadcast %4800 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4802 = reshape %4799 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4803 = broadcast %4802 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4804 = mul %4801, %4803 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4805 = reduce_sum %4804 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4806 = cast %4805 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4807 = cast %4777 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%4808 = reshape %4807 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4809 = cast %4806 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%4810 = reshape %4809 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4811 = cast %4796 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%4812 = reshape %4811 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4813 = concat %4812, %4810, %4808 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4814 = permute %4813 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4815 = reshape %4814 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4816 = reshape %4815 : f32[64,48] @ models/lib/nn.yaml:84:18
%4817 = matmul %4077, %4816 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4818 = reshape %4817 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4819 = reshape %4818 : f32[48] @ models/lib/nn.yaml:84:18
%4820 = add %3839, %4819 : f32[48] @ models/lib/nn.yaml:84:18
%4821 = cast %4815 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%4822 = matmul %4821, %1863 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4823 = reshape %4821 : bf16[64,48] @ models/lib/nn.yaml:83:15
%4824 = reshape %1862 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4825 = matmul %4823, %4824 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4826 = cast %3844 : f32[48,16] @ models/lib/nn.yaml:83:15
%4827 = cast %4825 : f32[48,16] @ models/lib/nn.yaml:83:15
%4828 = add %4826, %4827 : f32[48,16] @ models/lib/nn.yaml:83:15
%4829 = cast %4822 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4830 = reshape %4829 : f32[64,16] @ models/lib/nn.yaml:96:46
%4831 = matmul %4077, %4830 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4832 = reshape %4831 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4833 = reshape %4832 : f32[16] @ models/lib/nn.yaml:96:46
%4834 = add %3847, %4833 : f32[16] @ models/lib/nn.yaml:96:46
%4835 = mul %4829, %1858 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4836 = mul %4829, %1857 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4837 = reduce_sum %4836 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4838 = reshape %4837 : f32[16] @ models/lib/nn.yaml:96:37
%4839 = add %3851, %4838 : f32[16] @ models/lib/nn.yaml:96:37
%4840 = mul %4835, %1856 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4841 = mul %4835, %1850 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4842 = reduce_sum %4841 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4843 = mul %1855, %1855 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4844 = mul %1855, %4843 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4845 = mul %4844, %4727 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4846 = mul %4842, %4845 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4847 = div %4846, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4848 = broadcast %4847 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4849 = mul %4848, %1850 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4850 = add %4840, %4849 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4851 = add %4850, %4849 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4852 = add %4740, %4851 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4853 = neg %4851 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4854 = reduce_sum %4853 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4855 = div %4854, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4856 = broadcast %4855 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4857 = add %4852, %4856 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4858 = reshape %4857 : f32[64,16] @ models/lib/nn.yaml:84:18
%4859 = matmul %4077, %4858 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4860 = reshape %4859 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4861 = reshape %4860 : f32[16] @ models/lib/nn.yaml:84:18
%4862 = add %3871, %4861 : f32[16] @ models/lib/nn.yaml:84:18
%4863 = cast %4857 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4864 = matmul %4863, %1841 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4865 = reshape %4863 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4866 = reshape %1840 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4867 = matmul %4865, %4866 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4868 = cast %3876 : f32[16,64] @ models/lib/nn.yaml:83:15
%4869 = cast %4867 : f32[16,64] @ models/lib/nn.yaml:83:15
%4870 = add %4868, %4869 : f32[16,64] @ models/lib/nn.yaml:83:15
%4871 = cast %4864 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4872 = mul %4871, %1838 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4873 = mul %4871, %1835 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%4874 = mul %1836, %1836 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4875 = neg %4874 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4876 = exp %4875 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4877 = mul %4876, %4692 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4878 = mul %4873, %4877 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%4879 = mul %4878, %278 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%4880 = mul %4872, %275 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4881 = add %4879, %4880 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%4882 = reshape %4881 : f32[64,64] @ models/lib/nn.yaml:84:18
%4883 = matmul %4077, %4882 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%4884 = reshape %4883 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4885 = reshape %4884 : f32[64] @ models/lib/nn.yaml:84:18
%4886 = add %3889, %4885 : f32[64] @ models/lib/nn.yaml:84:18
%4887 = cast %4881 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%4888 = matmul %4887, %1830 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4889 = reshape %4887 : bf16[64,64] @ models/lib/nn.yaml:83:15
%4890 = reshape %1829 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4891 = matmul %4889, %4890 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4892 = cast %3894 : f32[64,16] @ models/lib/nn.yaml:83:15
%4893 = cast %4891 : f32[64,16] @ models/lib/nn.yaml:83:15
%4894 = add %4892, %4893 : f32[64,16] @ models/lib/nn.yaml:83:15
%4895 = cast %4888 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%4896 = reshape %4895 : f32[64,16] @ models/lib/nn.yaml:96:46
%4897 = matmul %4077, %4896 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%4898 = reshape %4897 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4899 = reshape %4898 : f32[16] @ models/lib/nn.yaml:96:46
%4900 = add %3897, %4899 : f32[16] @ models/lib/nn.yaml:96:46
%4901 = mul %4895, %1825 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4902 = mul %4895, %1824 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%4903 = reduce_sum %4902 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4904 = reshape %4903 : f32[16] @ models/lib/nn.yaml:96:37
%4905 = add %3901, %4904 : f32[16] @ models/lib/nn.yaml:96:37
%4906 = mul %4901, %1823 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4907 = mul %4901, %1817 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%4908 = reduce_sum %4907 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%4909 = mul %1822, %1822 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4910 = mul %1822, %4909 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4911 = mul %4910, %4727 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4912 = mul %4908, %4911 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%4913 = div %4912, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%4914 = broadcast %4913 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%4915 = mul %4914, %1817 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4916 = add %4906, %4915 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4917 = add %4916, %4915 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%4918 = add %4857, %4917 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4919 = neg %4917 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%4920 = reduce_sum %4919 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%4921 = div %4920, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%4922 = broadcast %4921 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4923 = add %4918, %4922 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%4924 = reshape %4923 : f32[64,16] @ models/lib/nn.yaml:84:18
%4925 = matmul %4077, %4924 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%4926 = reshape %4925 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4927 = reshape %4926 : f32[16] @ models/lib/nn.yaml:84:18
%4928 = add %3921, %4927 : f32[16] @ models/lib/nn.yaml:84:18
%4929 = cast %4923 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4930 = matmul %4929, %1808 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4931 = reshape %4929 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4932 = reshape %1806 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4933 = matmul %4931, %4932 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4934 = cast %3926 : f32[16,16] @ models/lib/nn.yaml:83:15
%4935 = cast %4933 : f32[16,16] @ models/lib/nn.yaml:83:15
%4936 = add %4934, %4935 : f32[16,16] @ models/lib/nn.yaml:83:15
%4937 = reshape %4930 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%4938 = permute %4937 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%4939 = cast %4938 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4940 = cast %1796 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4941 = permute %4940 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%4942 = reshape %4939 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%4943 = broadcast %4942 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4944 = reshape %4941 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%4945 = broadcast %4944 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4946 = mul %4943, %4945 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%4947 = reduce_sum %4946 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4948 = cast %4947 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%4949 = cast %1795 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4950 = permute %4949 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%4951 = cast %4938 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4952 = reshape %4950 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%4953 = broadcast %4952 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4954 = reshape %4951 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%4955 = broadcast %4954 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4956 = mul %4953, %4955 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%4957 = reduce_sum %4956 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%4958 = cast %4957 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%4959 = cast %4948 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4960 = div %4959, %1793 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4961 = mul %4960, %1794 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4962 = neg %4961 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%4963 = reduce_sum %4962 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%4964 = broadcast %4963 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4965 = add %4960, %4964 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%4966 = mul %4965, %1791 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%4967 = mul %4966, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%4968 = cast %4967 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%4969 = cast %4968 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4970 = cast %1774 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4971 = reshape %4969 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4972 = broadcast %4971 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4973 = reshape %4970 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4974 = broadcast %4973 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4975 = mul %4972, %4974 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4976 = reduce_sum %4975 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4977 = cast %4976 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4978 = cast %4968 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4979 = permute %4978 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%4980 = cast %1773 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4981 = reshape %4979 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%4982 = broadcast %4981 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4983 = reshape %4980 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%4984 = broadcast %4983 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4985 = mul %4982, %4984 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%4986 = reduce_sum %4985 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%4987 = cast %4986 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%4988 = cast %4958 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%4989 = reshape %4988 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%4990 = cast %4987 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%4991 = reshape %4990 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%4992 = cast %4977 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%4993 = reshape %4992 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%4994 = concat %4993, %4991, %4989 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%4995 = permute %4994 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%4996 = reshape %4995 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%4997 = reshape %4996 : f32[64,48] @ models/lib/nn.yaml:84:18
%4998 = matmul %4077, %4997 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%4999 = reshape %4998 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5000 = reshape %4999 : f32[48] @ models/lib/nn.yaml:84:18
%5001 = add %3988, %5000 : f32[48] @ models/lib/nn.yaml:84:18
%5002 = cast %4996 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5003 = matmul %5002, %1760 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5004 = reshape %5002 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5005 = reshape %1759 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5006 = matmul %5004, %5005 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5007 = cast %3993 : f32[48,16] @ models/lib/nn.yaml:83:15
%5008 = cast %5006 : f32[48,16] @ models/lib/nn.yaml:83:15
%5009 = add %5007, %5008 : f32[48,16] @ models/lib/nn.yaml:83:15
%5010 = cast %5003 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5011 = reshape %5010 : f32[64,16] @ models/lib/nn.yaml:96:46
%5012 = matmul %4077, %5011 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5013 = reshape %5012 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5014 = reshape %5013 : f32[16] @ models/lib/nn.yaml:96:46
%5015 = add %3996, %5014 : f32[16] @ models/lib/nn.yaml:96:46
%5016 = mul %5010, %1755 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5017 = mul %5010, %1754 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5018 = reduce_sum %5017 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5019 = reshape %5018 : f32[16] @ models/lib/nn.yaml:96:37
%5020 = add %4000, %5019 : f32[16] @ models/lib/nn.yaml:96:37
%5021 = mul %5016, %1753 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5022 = mul %5016, %1747 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5023 = reduce_sum %5022 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5024 = mul %1752, %1752 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5025 = mul %1752, %5024 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5026 = mul %5025, %4727 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5027 = mul %5023, %5026 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5028 = div %5027, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5029 = broadcast %5028 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5030 = mul %5029, %1747 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5031 = add %5021, %5030 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5032 = add %5031, %5030 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5033 = add %4923, %5032 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5034 = neg %5032 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5035 = reduce_sum %5034 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5036 = div %5035, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5037 = broadcast %5036 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5038 = add %5033, %5037 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5039 = reduce_sum %5038 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5040 = add %4030, %5039 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5041 = reshape %5038 : f32[64,16] @ models/lib/vit.yaml:17:71
%5042 = matmul %4077, %5041 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5043 = reshape %5042 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5044 = reshape %5043 : f32[16] @ models/lib/vit.yaml:17:71
%5045 = add %4032, %5044 : f32[16] @ models/lib/vit.yaml:17:71
%5046 = reshape %5038 : f32[64,16] @ models/lib/vit.yaml:17:18
%5047 = cast %5046 : bf16[64,16] @ models/lib/vit.yaml:17:18
%5048 = reshape %169 : bf16[64,48] @ models/lib/vit.yaml:17:18
%5049 = matmul %5047, %5048 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5050 = cast %5049 : f32[16,48] @ models/lib/vit.yaml:17:20
%5051 = reshape %5050 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5052 = add %4038, %5051 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5053 = all_reduce_sum %5040 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5054 = reshape %5053 : f32[256] @ models/lib/vit.yaml:48:7
%5055 = mul %5054, %5054 : f32[256] @ models/lib/vit.yaml:48:7
%5056 = reduce_sum %5055 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5057 = sqrt %5056 : f32[] @ models/lib/vit.yaml:48:7
%5058 = cast %5057 : f64[] @ models/lib/vit.yaml:48:7
%5059 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5060 = add %5058, %5059 : f64[] @ models/lib/vit.yaml:48:7
%5061 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5062 = div %5061, %5060 : f64[] @ models/lib/vit.yaml:48:7
%5063 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5064 = lt %5062, %5063 : bool[] @ models/lib/vit.yaml:48:7
%5065 = cast %5062 : f32[] @ models/lib/vit.yaml:48:7
%5066 = broadcast %5065 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5067 = mul %5053, %5066 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5068 = broadcast %5064 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5069 = select %5068, %5067, %5053 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5070 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5071 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5072 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5073 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5074 = add %5072, %5073 : i64[] @ models/lib/vit.yaml:48:7
%5075 = mul %3087, %3088 : f64[] @ models/lib/vit.yaml:48:7
%5076 = sub %5063, %5075 : f64[] @ models/lib/vit.yaml:48:7
%5077 = cast %5076 : f32[] @ models/lib/vit.yaml:48:7
%5078 = broadcast %5077 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5079 = mul %7, %5078 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5080 = broadcast %2843 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5081 = mul %5069, %5080 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5082 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5083 = broadcast %1916 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5084 = mul %5070, %5083 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5085 = add %5084, %5081 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5086 = mul %5069, %5069 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5087 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%5088 = broadcast %5087 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5089 = mul %5086, %5088 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5090 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5091 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%5092 = broadcast %5091 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5093 = mul %5071, %5092 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5094 = add %5093, %5089 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5095 = cast %5074 : f64[] @ models/lib/vit.yaml:48:7
%5096 = pow %5082, %5095 : f64[] @ models/lib/vit.yaml:48:7
%5097 = sub %5063, %5096 : f64[] @ models/lib/vit.yaml:48:7
%5098 = div %3087, %5097 : f64[] @ models/lib/vit.yaml:48:7
%5099 = pow %5090, %5095 : f64[] @ models/lib/vit.yaml:48:7
%5100 = sub %5063, %5099 : f64[] @ models/lib/vit.yaml:48:7
%5101 = sqrt %5100 : f64[] @ models/lib/vit.yaml:48:7
%5102 = div %5063, %5101 : f64[] @ models/lib/vit.yaml:48:7
%5103 = sqrt %5094 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5104 = cast %5102 : f32[] @ models/lib/vit.yaml:48:7
%5105 = broadcast %5104 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5106 = mul %5103, %5105 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5107 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%5108 = broadcast %5107 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5109 = add %5106, %5108 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5110 = div %5085, %5109 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5111 = cast %5098 : f32[] @ models/lib/vit.yaml:48:7
%5112 = broadcast %5111 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5113 = mul %5110, %5112 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5114 = sub %5079, %5113 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5115 = assign %7, %5114 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5116 = assign %5070, %5085 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5117 = assign %5071, %5094 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5118 = assign %5072, %5074 : i64[] @ models/lib/vit.yaml:48:7
%5119 = cast %3089 : f32[] @ models/lib/vit.yaml:48:7
%5120 = broadcast %5119 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5121 = mul %85, %5120 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5122 = sub %5063, %3089 : f64[] @ models/lib/vit.yaml:48:7
%5123 = cast %5122 : f32[] @ models/lib/vit.yaml:48:7
%5124 = broadcast %5123 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5125 = mul %5114, %5124 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5126 = add %5121, %5125 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5127 = assign %85, %5126 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5128 = all_reduce_sum %5052 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5129 = reshape %5128 : f32[768] @ models/lib/vit.yaml:9:7
%5130 = mul %5129, %5129 : f32[768] @ models/lib/vit.yaml:9:7
%5131 = reduce_sum %5130 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%5132 = sqrt %5131 : f32[] @ models/lib/vit.yaml:9:7
%5133 = cast %5132 : f64[] @ models/lib/vit.yaml:9:7
%5134 = add %5133, %5059 : f64[] @ models/lib/vit.yaml:9:7
%5135 = div %5061, %5134 : f64[] @ models/lib/vit.yaml:9:7
%5136 = lt %5135, %5063 : bool[] @ models/lib/vit.yaml:9:7
%5137 = cast %5135 : f32[] @ models/lib/vit.yaml:9:7
%5138 = broadcast %5137 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5139 = mul %5128, %5138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5140 = broadcast %5136 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%5141 = select %5140, %5139, %5128 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5142 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5143 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5144 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%5145 = add %5144, %5073 : i64[] @ models/lib/vit.yaml:9:7
%5146 = broadcast %5077 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5147 = mul %8, %5146 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5148 = broadcast %2843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5149 = mul %5141, %5148 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5150 = broadcast %1916 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5151 = mul %5142, %5150 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5152 = add %5151, %5149 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5153 = mul %5141, %5141 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5154 = broadcast %5087 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5155 = mul %5153, %5154 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5156 = broadcast %5091 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5157 = mul %5143, %5156 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5158 = add %5157, %5155 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5159 = cast %5145 : f64[] @ models/lib/vit.yaml:9:7
%5160 = pow %5082, %5159 : f64[] @ models/lib/vit.yaml:9:7
%5161 = sub %5063, %5160 : f64[] @ models/lib/vit.yaml:9:7
%5162 = div %3087, %5161 : f64[] @ models/lib/vit.yaml:9:7
%5163 = pow %5090, %5159 : f64[] @ models/lib/vit.yaml:9:7
%5164 = sub %5063, %5163 : f64[] @ models/lib/vit.yaml:9:7
%5165 = sqrt %5164 : f64[] @ models/lib/vit.yaml:9:7
%5166 = div %5063, %5165 : f64[] @ models/lib/vit.yaml:9:7
%5167 = sqrt %5158 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5168 = cast %5166 : f32[] @ models/lib/vit.yaml:9:7
%5169 = broadcast %5168 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5170 = mul %5167, %5169 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5171 = broadcast %5107 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5172 = add %5170, %5171 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5173 = div %5152, %5172 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5174 = cast %5162 : f32[] @ models/lib/vit.yaml:9:7
%5175 = broadcast %5174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5176 = mul %5173, %5175 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5177 = sub %5147, %5176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5178 = assign %8, %5177 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5179 = assign %5142, %5152 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5180 = assign %5143, %5158 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5181 = assign %5144, %5145 : i64[] @ models/lib/vit.yaml:9:7
%5182 = broadcast %5119 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5183 = mul %86, %5182 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5184 = broadcast %5123 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5185 = mul %5177, %5184 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5186 = add %5183, %5185 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5187 = assign %86, %5186 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%5188 = all_reduce_sum %5045 : f32[16] @ models/lib/vit.yaml:10:7
%5189 = mul %5188, %5188 : f32[16] @ models/lib/vit.yaml:10:7
%5190 = reduce_sum %5189 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%5191 = sqrt %5190 : f32[] @ models/lib/vit.yaml:10:7
%5192 = cast %5191 : f64[] @ models/lib/vit.yaml:10:7
%5193 = add %5192, %5059 : f64[] @ models/lib/vit.yaml:10:7
%5194 = div %5061, %5193 : f64[] @ models/lib/vit.yaml:10:7
%5195 = lt %5194, %5063 : bool[] @ models/lib/vit.yaml:10:7
%5196 = cast %5194 : f32[] @ models/lib/vit.yaml:10:7
%5197 = broadcast %5196 : f32[16] @ models/lib/vit.yaml:10:7
%5198 = mul %5188, %5197 : f32[16] @ models/lib/vit.yaml:10:7
%5199 = broadcast %5195 : bool[16] @ models/lib/vit.yaml:10:7
%5200 = select %5199, %5198, %5188 : f32[16] @ models/lib/vit.yaml:10:7
%5201 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5202 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%5203 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%5204 = add %5203, %5073 : i64[] @ models/lib/vit.yaml:10:7
%5205 = broadcast %2843 : f32[16] @ models/lib/vit.yaml:10:7
%5206 = mul %5200, %5205 : f32[16] @ models/lib/vit.yaml:10:7
%5207 = broadcast %1916 : f32[16] @ models/lib/vit.yaml:10:7
%5208 = mul %5201, %5207 : f32[16] @ models/lib/vit.yaml:10:7
%5209 = add %5208, %5206 : f32[16] @ models/lib/vit.yaml:10:7
%5210 = mul %5200, %5200 : f32[16] @ models/lib/vit.yaml:10:7
%5211 = broadcast %5087 : f32[16] @ models/lib/vit.yaml:10:7
%5212 = mul %5210, %5211 : f32[16] @ models/lib/vit.yaml:10:7
%5213 = broadcast %5091 : f32[16] @ models/lib/vit.yaml:10:7
%5214 = mul %5202, %5213 : f32[16] @ models/lib/vit.yaml:10:7
%5215 = add %5214, %5212 : f32[16] @ models/lib/vit.yaml:10:7
%5216 = cast %5204 : f64[] @ models/lib/vit.yaml:10:7
%5217 = pow %5082, %5216 : f64[] @ models/lib/vit.yaml:10:7
%5218 = sub %5063, %5217 : f64[] @ models/lib/vit.yaml:10:7
%5219 = div %3087, %5218 : f64[] @ models/lib/vit.yaml:10:7
%5220 = pow %5090, %5216 : f64[] @ models/lib/vit.yaml:10:7
%5221 = sub %5063, %5220 : f64[] @ models/lib/vit.yaml:10:7
%5222 = sqrt %5221 : f64[] @ models/lib/vit.yaml:10:7
%5223 = div %5063, %5222 : f64[] @ models/lib/vit.yaml:10:7
%5224 = sqrt %5215 : f32[16] @ models/lib/vit.yaml:10:7
%5225 = cast %5223 : f32[] @ models/lib/vit.yaml:10:7
%5226 = broadcast %5225 : f32[16] @ models/lib/vit.yaml:10:7
%5227 = mul %5224, %5226 : f32[16] @ models/lib/vit.yaml:10:7
%5228 = broadcast %5107 : f32[16] @ models/lib/vit.yaml:10:7
%5229 = add %5227, %5228 : f32[16] @ models/lib/vit.yaml:10:7
%5230 = div %5209, %5229 : f32[16] @ models/lib/vit.yaml:10:7
%5231 = cast %5219 : f32[] @ models/lib/vit.yaml:10:7
%5232 = broadcast %5231 : f32[16] @ models/lib/vit.yaml:10:7
%5233 = mul %5230, %5232 : f32[16] @ models/lib/vit.yaml:10:7
%5234 = sub %9, %5233 : f32[16] @ models/lib/vit.yaml:10:7
%5235 = assign %9, %5234 : f32[16] @ models/lib/vit.yaml:10:7
%5236 = assign %5201, %5209 : f32[16] @ models/lib/vit.yaml:10:7
%5237 = assign %5202, %5215 : f32[16] @ models/lib/vit.yaml:10:7
%5238 = assign %5203, %5204 : i64[] @ models/lib/vit.yaml:10:7
%5239 = broadcast %5119 : f32[16] @ models/lib/vit.yaml:10:7
%5240 = mul %87, %5239 : f32[16] @ models/lib/vit.yaml:10:7
%5241 = broadcast %5123 : f32[16] @ models/lib/vit.yaml:10:7
%5242 = mul %5234, %5241 : f32[16] @ models/lib/vit.yaml:10:7
%5243 = add %5240, %5242 : f32[16] @ models/lib/vit.yaml:10:7
%5244 = assign %87, %5243 : f32[16] @ models/lib/vit.yaml:10:7
%5245 = all_reduce_sum %5020 : f32[16] @ models/lib/nn.yaml:89:7
%5246 = mul %5245, %5245 : f32[16] @ models/lib/nn.yaml:89:7
%5247 = reduce_sum %5246 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5248 = sqrt %5247 : f32[] @ models/lib/nn.yaml:89:7
%5249 = cast %5248 : f64[] @ models/lib/nn.yaml:89:7
%5250 = add %5249, %5059 : f64[] @ models/lib/nn.yaml:89:7
%5251 = div %5061, %5250 : f64[] @ models/lib/nn.yaml:89:7
%5252 = lt %5251, %5063 : bool[] @ models/lib/nn.yaml:89:7
%5253 = cast %5251 : f32[] @ models/lib/nn.yaml:89:7
%5254 = broadcast %5253 : f32[16] @ models/lib/nn.yaml:89:7
%5255 = mul %5245, %5254 : f32[16] @ models/lib/nn.yaml:89:7
%5256 = broadcast %5252 : bool[16] @ models/lib/nn.yaml:89:7
%5257 = select %5256, %5255, %5245 : f32[16] @ models/lib/nn.yaml:89:7
%5258 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5259 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5260 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5261 = add %5260, %5073 : i64[] @ models/lib/nn.yaml:89:7
%5262 = mul %5257, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%5263 = mul %5258, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%5264 = add %5263, %5262 : f32[16] @ models/lib/nn.yaml:89:7
%5265 = mul %5257, %5257 : f32[16] @ models/lib/nn.yaml:89:7
%5266 = mul %5265, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%5267 = mul %5259, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%5268 = add %5267, %5266 : f32[16] @ models/lib/nn.yaml:89:7
%5269 = cast %5261 : f64[] @ models/lib/nn.yaml:89:7
%5270 = pow %5082, %5269 : f64[] @ models/lib/nn.yaml:89:7
%5271 = sub %5063, %5270 : f64[] @ models/lib/nn.yaml:89:7
%5272 = div %3087, %5271 : f64[] @ models/lib/nn.yaml:89:7
%5273 = pow %5090, %5269 : f64[] @ models/lib/nn.yaml:89:7
%5274 = sub %5063, %5273 : f64[] @ models/lib/nn.yaml:89:7
%5275 = sqrt %5274 : f64[] @ models/lib/nn.yaml:89:7
%5276 = div %5063, %5275 : f64[] @ models/lib/nn.yaml:89:7
%5277 = sqrt %5268 : f32[16] @ models/lib/nn.yaml:89:7
%5278 = cast %5276 : f32[] @ models/lib/nn.yaml:89:7
%5279 = broadcast %5278 : f32[16] @ models/lib/nn.yaml:89:7
%5280 = mul %5277, %5279 : f32[16] @ models/lib/nn.yaml:89:7
%5281 = add %5280, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%5282 = div %5264, %5281 : f32[16] @ models/lib/nn.yaml:89:7
%5283 = cast %5272 : f32[] @ models/lib/nn.yaml:89:7
%5284 = broadcast %5283 : f32[16] @ models/lib/nn.yaml:89:7
%5285 = mul %5282, %5284 : f32[16] @ models/lib/nn.yaml:89:7
%5286 = sub %10, %5285 : f32[16] @ models/lib/nn.yaml:89:7
%5287 = assign %10, %5286 : f32[16] @ models/lib/nn.yaml:89:7
%5288 = assign %5258, %5264 : f32[16] @ models/lib/nn.yaml:89:7
%5289 = assign %5259, %5268 : f32[16] @ models/lib/nn.yaml:89:7
%5290 = assign %5260, %5261 : i64[] @ models/lib/nn.yaml:89:7
%5291 = mul %88, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%5292 = mul %5286, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5293 = add %5291, %5292 : f32[16] @ models/lib/nn.yaml:89:7
%5294 = assign %88, %5293 : f32[16] @ models/lib/nn.yaml:89:7
%5295 = all_reduce_sum %5015 : f32[16] @ models/lib/nn.yaml:90:7
%5296 = mul %5295, %5295 : f32[16] @ models/lib/nn.yaml:90:7
%5297 = reduce_sum %5296 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5298 = sqrt %5297 : f32[] @ models/lib/nn.yaml:90:7
%5299 = cast %5298 : f64[] @ models/lib/nn.yaml:90:7
%5300 = add %5299, %5059 : f64[] @ models/lib/nn.yaml:90:7
%5301 = div %5061, %5300 : f64[] @ models/lib/nn.yaml:90:7
%5302 = lt %5301, %5063 : bool[] @ models/lib/nn.yaml:90:7
%5303 = cast %5301 : f32[] @ models/lib/nn.yaml:90:7
%5304 = broadcast %5303 : f32[16] @ models/lib/nn.yaml:90:7
%5305 = mul %5295, %5304 : f32[16] @ models/lib/nn.yaml:90:7
%5306 = broadcast %5302 : bool[16] @ models/lib/nn.yaml:90:7
%5307 = select %5306, %5305, %5295 : f32[16] @ models/lib/nn.yaml:90:7
%5308 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5309 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5310 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5311 = add %5310, %5073 : i64[] @ models/lib/nn.yaml:90:7
%5312 = mul %5307, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%5313 = mul %5308, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%5314 = add %5313, %5312 : f32[16] @ models/lib/nn.yaml:90:7
%5315 = mul %5307, %5307 : f32[16] @ models/lib/nn.yaml:90:7
%5316 = mul %5315, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%5317 = mul %5309, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%5318 = add %5317, %5316 : f32[16] @ models/lib/nn.yaml:90:7
%5319 = cast %5311 : f64[] @ models/lib/nn.yaml:90:7
%5320 = pow %5082, %5319 : f64[] @ models/lib/nn.yaml:90:7
%5321 = sub %5063, %5320 : f64[] @ models/lib/nn.yaml:90:7
%5322 = div %3087, %5321 : f64[] @ models/lib/nn.yaml:90:7
%5323 = pow %5090, %5319 : f64[] @ models/lib/nn.yaml:90:7
%5324 = sub %5063, %5323 : f64[] @ models/lib/nn.yaml:90:7
%5325 = sqrt %5324 : f64[] @ models/lib/nn.yaml:90:7
%5326 = div %5063, %5325 : f64[] @ models/lib/nn.yaml:90:7
%5327 = sqrt %5318 : f32[16] @ models/lib/nn.yaml:90:7
%5328 = cast %5326 : f32[] @ models/lib/nn.yaml:90:7
%5329 = broadcast %5328 : f32[16] @ models/lib/nn.yaml:90:7
%5330 = mul %5327, %5329 : f32[16] @ models/lib/nn.yaml:90:7
%5331 = add %5330, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%5332 = div %5314, %5331 : f32[16] @ models/lib/nn.yaml:90:7
%5333 = cast %5322 : f32[] @ models/lib/nn.yaml:90:7
%5334 = broadcast %5333 : f32[16] @ models/lib/nn.yaml:90:7
%5335 = mul %5332, %5334 : f32[16] @ models/lib/nn.yaml:90:7
%5336 = sub %11, %5335 : f32[16] @ models/lib/nn.yaml:90:7
%5337 = assign %11, %5336 : f32[16] @ models/lib/nn.yaml:90:7
%5338 = assign %5308, %5314 : f32[16] @ models/lib/nn.yaml:90:7
%5339 = assign %5309, %5318 : f32[16] @ models/lib/nn.yaml:90:7
%5340 = assign %5310, %5311 : i64[] @ models/lib/nn.yaml:90:7
%5341 = mul %89, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5342 = mul %5336, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%5343 = add %5341, %5342 : f32[16] @ models/lib/nn.yaml:90:7
%5344 = assign %89, %5343 : f32[16] @ models/lib/nn.yaml:90:7
%5345 = all_reduce_sum %5009 : f32[48,16] @ models/lib/nn.yaml:79:7
%5346 = reshape %5345 : f32[768] @ models/lib/nn.yaml:79:7
%5347 = mul %5346, %5346 : f32[768] @ models/lib/nn.yaml:79:7
%5348 = reduce_sum %5347 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5349 = sqrt %5348 : f32[] @ models/lib/nn.yaml:79:7
%5350 = cast %5349 : f64[] @ models/lib/nn.yaml:79:7
%5351 = add %5350, %5059 : f64[] @ models/lib/nn.yaml:79:7
%5352 = div %5061, %5351 : f64[] @ models/lib/nn.yaml:79:7
%5353 = lt %5352, %5063 : bool[] @ models/lib/nn.yaml:79:7
%5354 = cast %5352 : f32[] @ models/lib/nn.yaml:79:7
%5355 = broadcast %5354 : f32[48,16] @ models/lib/nn.yaml:79:7
%5356 = mul %5345, %5355 : f32[48,16] @ models/lib/nn.yaml:79:7
%5357 = broadcast %5353 : bool[48,16] @ models/lib/nn.yaml:79:7
%5358 = select %5357, %5356, %5345 : f32[48,16] @ models/lib/nn.yaml:79:7
%5359 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5360 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%5361 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5362 = add %5361, %5073 : i64[] @ models/lib/nn.yaml:79:7
%5363 = broadcast %5077 : f32[48,16] @ models/lib/nn.yaml:79:7
%5364 = mul %12, %5363 : f32[48,16] @ models/lib/nn.yaml:79:7
%5365 = broadcast %2843 : f32[48,16] @ models/lib/nn.yaml:79:7
%5366 = mul %5358, %5365 : f32[48,16] @ models/lib/nn.yaml:79:7
%5367 = broadcast %1916 : f32[48,16] @ models/lib/nn.yaml:79:7
%5368 = mul %5359, %5367 : f32[48,16] @ models/lib/nn.yaml:79:7
%5369 = add %5368, %5366 : f32[48,16] @ models/lib/nn.yaml:79:7
%5370 = mul %5358, %5358 : f32[48,16] @ models/lib/nn.yaml:79:7
%5371 = broadcast %5087 : f32[48,16] @ models/lib/nn.yaml:79:7
%5372 = mul %5370, %5371 : f32[48,16] @ models/lib/nn.yaml:79:7
%5373 = broadcast %5091 : f32[48,16] @ models/lib/nn.yaml:79:7
%5374 = mul %5360, %5373 : f32[48,16] @ models/lib/nn.yaml:79:7
%5375 = add %5374, %5372 : f32[48,16] @ models/lib/nn.yaml:79:7
%5376 = cast %5362 : f64[] @ models/lib/nn.yaml:79:7
%5377 = pow %5082, %5376 : f64[] @ models/lib/nn.yaml:79:7
%5378 = sub %5063, %5377 : f64[] @ models/lib/nn.yaml:79:7
%5379 = div %3087, %5378 : f64[] @ models/lib/nn.yaml:79:7
%5380 = pow %5090, %5376 : f64[] @ models/lib/nn.yaml:79:7
%5381 = sub %5063, %5380 : f64[] @ models/lib/nn.yaml:79:7
%5382 = sqrt %5381 : f64[] @ models/lib/nn.yaml:79:7
%5383 = div %5063, %5382 : f64[] @ models/lib/nn.yaml:79:7
%5384 = sqrt %5375 : f32[48,16] @ models/lib/nn.yaml:79:7
%5385 = cast %5383 : f32[] @ models/lib/nn.yaml:79:7
%5386 = broadcast %5385 : f32[48,16] @ models/lib/nn.yaml:79:7
%5387 = mul %5384, %5386 : f32[48,16] @ models/lib/nn.yaml:79:7
%5388 = broadcast %5107 : f32[48,16] @ models/lib/nn.yaml:79:7
%5389 = add %5387, %5388 : f32[48,16] @ models/lib/nn.yaml:79:7
%5390 = div %5369, %5389 : f32[48,16] @ models/lib/nn.yaml:79:7
%5391 = cast %5379 : f32[] @ models/lib/nn.yaml:79:7
%5392 = broadcast %5391 : f32[48,16] @ models/lib/nn.yaml:79:7
%5393 = mul %5390, %5392 : f32[48,16] @ models/lib/nn.yaml:79:7
%5394 = sub %5364, %5393 : f32[48,16] @ models/lib/nn.yaml:79:7
%5395 = assign %12, %5394 : f32[48,16] @ models/lib/nn.yaml:79:7
%5396 = assign %5359, %5369 : f32[48,16] @ models/lib/nn.yaml:79:7
%5397 = assign %5360, %5375 : f32[48,16] @ models/lib/nn.yaml:79:7
%5398 = assign %5361, %5362 : i64[] @ models/lib/nn.yaml:79:7
%5399 = broadcast %5119 : f32[48,16] @ models/lib/nn.yaml:79:7
%5400 = mul %90, %5399 : f32[48,16] @ models/lib/nn.yaml:79:7
%5401 = broadcast %5123 : f32[48,16] @ models/lib/nn.yaml:79:7
%5402 = mul %5394, %5401 : f32[48,16] @ models/lib/nn.yaml:79:7
%5403 = add %5400, %5402 : f32[48,16] @ models/lib/nn.yaml:79:7
%5404 = assign %90, %5403 : f32[48,16] @ models/lib/nn.yaml:79:7
%5405 = all_reduce_sum %5001 : f32[48] @ models/lib/nn.yaml:80:7
%5406 = mul %5405, %5405 : f32[48] @ models/lib/nn.yaml:80:7
%5407 = reduce_sum %5406 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5408 = sqrt %5407 : f32[] @ models/lib/nn.yaml:80:7
%5409 = cast %5408 : f64[] @ models/lib/nn.yaml:80:7
%5410 = add %5409, %5059 : f64[] @ models/lib/nn.yaml:80:7
%5411 = div %5061, %5410 : f64[] @ models/lib/nn.yaml:80:7
%5412 = lt %5411, %5063 : bool[] @ models/lib/nn.yaml:80:7
%5413 = cast %5411 : f32[] @ models/lib/nn.yaml:80:7
%5414 = broadcast %5413 : f32[48] @ models/lib/nn.yaml:80:7
%5415 = mul %5405, %5414 : f32[48] @ models/lib/nn.yaml:80:7
%5416 = broadcast %5412 : bool[48] @ models/lib/nn.yaml:80:7
%5417 = select %5416, %5415, %5405 : f32[48] @ models/lib/nn.yaml:80:7
%5418 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5419 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%5420 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5421 = add %5420, %5073 : i64[] @ models/lib/nn.yaml:80:7
%5422 = broadcast %2843 : f32[48] @ models/lib/nn.yaml:80:7
%5423 = mul %5417, %5422 : f32[48] @ models/lib/nn.yaml:80:7
%5424 = broadcast %1916 : f32[48] @ models/lib/nn.yaml:80:7
%5425 = mul %5418, %5424 : f32[48] @ models/lib/nn.yaml:80:7
%5426 = add %5425, %5423 : f32[48] @ models/lib/nn.yaml:80:7
%5427 = mul %5417, %5417 : f32[48] @ models/lib/nn.yaml:80:7
%5428 = broadcast %5087 : f32[48] @ models/lib/nn.yaml:80:7
%5429 = mul %5427, %5428 : f32[48] @ models/lib/nn.yaml:80:7
%5430 = broadcast %5091 : f32[48] @ models/lib/nn.yaml:80:7
%5431 = mul %5419, %5430 : f32[48] @ models/lib/nn.yaml:80:7
%5432 = add %5431, %5429 : f32[48] @ models/lib/nn.yaml:80:7
%5433 = cast %5421 : f64[] @ models/lib/nn.yaml:80:7
%5434 = pow %5082, %5433 : f64[] @ models/lib/nn.yaml:80:7
%5435 = sub %5063, %5434 : f64[] @ models/lib/nn.yaml:80:7
%5436 = div %3087, %5435 : f64[] @ models/lib/nn.yaml:80:7
%5437 = pow %5090, %5433 : f64[] @ models/lib/nn.yaml:80:7
%5438 = sub %5063, %5437 : f64[] @ models/lib/nn.yaml:80:7
%5439 = sqrt %5438 : f64[] @ models/lib/nn.yaml:80:7
%5440 = div %5063, %5439 : f64[] @ models/lib/nn.yaml:80:7
%5441 = sqrt %5432 : f32[48] @ models/lib/nn.yaml:80:7
%5442 = cast %5440 : f32[] @ models/lib/nn.yaml:80:7
%5443 = broadcast %5442 : f32[48] @ models/lib/nn.yaml:80:7
%5444 = mul %5441, %5443 : f32[48] @ models/lib/nn.yaml:80:7
%5445 = broadcast %5107 : f32[48] @ models/lib/nn.yaml:80:7
%5446 = add %5444, %5445 : f32[48] @ models/lib/nn.yaml:80:7
%5447 = div %5426, %5446 : f32[48] @ models/lib/nn.yaml:80:7
%5448 = cast %5436 : f32[] @ models/lib/nn.yaml:80:7
%5449 = broadcast %5448 : f32[48] @ models/lib/nn.yaml:80:7
%5450 = mul %5447, %5449 : f32[48] @ models/lib/nn.yaml:80:7
%5451 = sub %13, %5450 : f32[48] @ models/lib/nn.yaml:80:7
%5452 = assign %13, %5451 : f32[48] @ models/lib/nn.yaml:80:7
%5453 = assign %5418, %5426 : f32[48] @ models/lib/nn.yaml:80:7
%5454 = assign %5419, %5432 : f32[48] @ models/lib/nn.yaml:80:7
%5455 = assign %5420, %5421 : i64[] @ models/lib/nn.yaml:80:7
%5456 = broadcast %5119 : f32[48] @ models/lib/nn.yaml:80:7
%5457 = mul %91, %5456 : f32[48] @ models/lib/nn.yaml:80:7
%5458 = broadcast %5123 : f32[48] @ models/lib/nn.yaml:80:7
%5459 = mul %5451, %5458 : f32[48] @ models/lib/nn.yaml:80:7
%5460 = add %5457, %5459 : f32[48] @ models/lib/nn.yaml:80:7
%5461 = assign %91, %5460 : f32[48] @ models/lib/nn.yaml:80:7
%5462 = all_reduce_sum %4936 : f32[16,16] @ models/lib/nn.yaml:79:7
%5463 = reshape %5462 : f32[256] @ models/lib/nn.yaml:79:7
%5464 = mul %5463, %5463 : f32[256] @ models/lib/nn.yaml:79:7
%5465 = reduce_sum %5464 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5466 = sqrt %5465 : f32[] @ models/lib/nn.yaml:79:7
%5467 = cast %5466 : f64[] @ models/lib/nn.yaml:79:7
%5468 = add %5467, %5059 : f64[] @ models/lib/nn.yaml:79:7
%5469 = div %5061, %5468 : f64[] @ models/lib/nn.yaml:79:7
%5470 = lt %5469, %5063 : bool[] @ models/lib/nn.yaml:79:7
%5471 = cast %5469 : f32[] @ models/lib/nn.yaml:79:7
%5472 = broadcast %5471 : f32[16,16] @ models/lib/nn.yaml:79:7
%5473 = mul %5462, %5472 : f32[16,16] @ models/lib/nn.yaml:79:7
%5474 = broadcast %5470 : bool[16,16] @ models/lib/nn.yaml:79:7
%5475 = select %5474, %5473, %5462 : f32[16,16] @ models/lib/nn.yaml:79:7
%5476 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5477 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5478 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5479 = add %5478, %5073 : i64[] @ models/lib/nn.yaml:79:7
%5480 = broadcast %5077 : f32[16,16] @ models/lib/nn.yaml:79:7
%5481 = mul %14, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%5482 = broadcast %2843 : f32[16,16] @ models/lib/nn.yaml:79:7
%5483 = mul %5475, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%5484 = broadcast %1916 : f32[16,16] @ models/lib/nn.yaml:79:7
%5485 = mul %5476, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%5486 = add %5485, %5483 : f32[16,16] @ models/lib/nn.yaml:79:7
%5487 = mul %5475, %5475 : f32[16,16] @ models/lib/nn.yaml:79:7
%5488 = broadcast %5087 : f32[16,16] @ models/lib/nn.yaml:79:7
%5489 = mul %5487, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%5490 = broadcast %5091 : f32[16,16] @ models/lib/nn.yaml:79:7
%5491 = mul %5477, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%5492 = add %5491, %5489 : f32[16,16] @ models/lib/nn.yaml:79:7
%5493 = cast %5479 : f64[] @ models/lib/nn.yaml:79:7
%5494 = pow %5082, %5493 : f64[] @ models/lib/nn.yaml:79:7
%5495 = sub %5063, %5494 : f64[] @ models/lib/nn.yaml:79:7
%5496 = div %3087, %5495 : f64[] @ models/lib/nn.yaml:79:7
%5497 = pow %5090, %5493 : f64[] @ models/lib/nn.yaml:79:7
%5498 = sub %5063, %5497 : f64[] @ models/lib/nn.yaml:79:7
%5499 = sqrt %5498 : f64[] @ models/lib/nn.yaml:79:7
%5500 = div %5063, %5499 : f64[] @ models/lib/nn.yaml:79:7
%5501 = sqrt %5492 : f32[16,16] @ models/lib/nn.yaml:79:7
%5502 = cast %5500 : f32[] @ models/lib/nn.yaml:79:7
%5503 = broadcast %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%5504 = mul %5501, %5503 : f32[16,16] @ models/lib/nn.yaml:79:7
%5505 = broadcast %5107 : f32[16,16] @ models/lib/nn.yaml:79:7
%5506 = add %5504, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%5507 = div %5486, %5506 : f32[16,16] @ models/lib/nn.yaml:79:7
%5508 = cast %5496 : f32[] @ models/lib/nn.yaml:79:7
%5509 = broadcast %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%5510 = mul %5507, %5509 : f32[16,16] @ models/lib/nn.yaml:79:7
%5511 = sub %5481, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%5512 = assign %14, %5511 : f32[16,16] @ models/lib/nn.yaml:79:7
%5513 = assign %5476, %5486 : f32[16,16] @ models/lib/nn.yaml:79:7
%5514 = assign %5477, %5492 : f32[16,16] @ models/lib/nn.yaml:79:7
%5515 = assign %5478, %5479 : i64[] @ models/lib/nn.yaml:79:7
%5516 = broadcast %5119 : f32[16,16] @ models/lib/nn.yaml:79:7
%5517 = mul %92, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%5518 = broadcast %5123 : f32[16,16] @ models/lib/nn.yaml:79:7
%5519 = mul %5511, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%5520 = add %5517, %5519 : f32[16,16] @ models/lib/nn.yaml:79:7
%5521 = assign %92, %5520 : f32[16,16] @ models/lib/nn.yaml:79:7
%5522 = all_reduce_sum %4928 : f32[16] @ models/lib/nn.yaml:80:7
%5523 = mul %5522, %5522 : f32[16] @ models/lib/nn.yaml:80:7
%5524 = reduce_sum %5523 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5525 = sqrt %5524 : f32[] @ models/lib/nn.yaml:80:7
%5526 = cast %5525 : f64[] @ models/lib/nn.yaml:80:7
%5527 = add %5526, %5059 : f64[] @ models/lib/nn.yaml:80:7
%5528 = div %5061, %5527 : f64[] @ models/lib/nn.yaml:80:7
%5529 = lt %5528, %5063 : bool[] @ models/lib/nn.yaml:80:7
%5530 = cast %5528 : f32[] @ models/lib/nn.yaml:80:7
%5531 = broadcast %5530 : f32[16] @ models/lib/nn.yaml:80:7
%5532 = mul %5522, %5531 : f32[16] @ models/lib/nn.yaml:80:7
%5533 = broadcast %5529 : bool[16] @ models/lib/nn.yaml:80:7
%5534 = select %5533, %5532, %5522 : f32[16] @ models/lib/nn.yaml:80:7
%5535 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5536 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5537 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5538 = add %5537, %5073 : i64[] @ models/lib/nn.yaml:80:7
%5539 = mul %5534, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%5540 = mul %5535, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%5541 = add %5540, %5539 : f32[16] @ models/lib/nn.yaml:80:7
%5542 = mul %5534, %5534 : f32[16] @ models/lib/nn.yaml:80:7
%5543 = mul %5542, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%5544 = mul %5536, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%5545 = add %5544, %5543 : f32[16] @ models/lib/nn.yaml:80:7
%5546 = cast %5538 : f64[] @ models/lib/nn.yaml:80:7
%5547 = pow %5082, %5546 : f64[] @ models/lib/nn.yaml:80:7
%5548 = sub %5063, %5547 : f64[] @ models/lib/nn.yaml:80:7
%5549 = div %3087, %5548 : f64[] @ models/lib/nn.yaml:80:7
%5550 = pow %5090, %5546 : f64[] @ models/lib/nn.yaml:80:7
%5551 = sub %5063, %5550 : f64[] @ models/lib/nn.yaml:80:7
%5552 = sqrt %5551 : f64[] @ models/lib/nn.yaml:80:7
%5553 = div %5063, %5552 : f64[] @ models/lib/nn.yaml:80:7
%5554 = sqrt %5545 : f32[16] @ models/lib/nn.yaml:80:7
%5555 = cast %5553 : f32[] @ models/lib/nn.yaml:80:7
%5556 = broadcast %5555 : f32[16] @ models/lib/nn.yaml:80:7
%5557 = mul %5554, %5556 : f32[16] @ models/lib/nn.yaml:80:7
%5558 = add %5557, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%5559 = div %5541, %5558 : f32[16] @ models/lib/nn.yaml:80:7
%5560 = cast %5549 : f32[] @ models/lib/nn.yaml:80:7
%5561 = broadcast %5560 : f32[16] @ models/lib/nn.yaml:80:7
%5562 = mul %5559, %5561 : f32[16] @ models/lib/nn.yaml:80:7
%5563 = sub %15, %5562 : f32[16] @ models/lib/nn.yaml:80:7
%5564 = assign %15, %5563 : f32[16] @ models/lib/nn.yaml:80:7
%5565 = assign %5535, %5541 : f32[16] @ models/lib/nn.yaml:80:7
%5566 = assign %5536, %5545 : f32[16] @ models/lib/nn.yaml:80:7
%5567 = assign %5537, %5538 : i64[] @ models/lib/nn.yaml:80:7
%5568 = mul %93, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%5569 = mul %5563, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%5570 = add %5568, %5569 : f32[16] @ models/lib/nn.yaml:80:7
%5571 = assign %93, %5570 : f32[16] @ models/lib/nn.yaml:80:7
%5572 = all_reduce_sum %4905 : f32[16] @ models/lib/nn.yaml:89:7
%5573 = mul %5572, %5572 : f32[16] @ models/lib/nn.yaml:89:7
%5574 = reduce_sum %5573 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5575 = sqrt %5574 : f32[] @ models/lib/nn.yaml:89:7
%5576 = cast %5575 : f64[] @ models/lib/nn.yaml:89:7
%5577 = add %5576, %5059 : f64[] @ models/lib/nn.yaml:89:7
%5578 = div %5061, %5577 : f64[] @ models/lib/nn.yaml:89:7
%5579 = lt %5578, %5063 : bool[] @ models/lib/nn.yaml:89:7
%5580 = cast %5578 : f32[] @ models/lib/nn.yaml:89:7
%5581 = broadcast %5580 : f32[16] @ models/lib/nn.yaml:89:7
%5582 = mul %5572, %5581 : f32[16] @ models/lib/nn.yaml:89:7
%5583 = broadcast %5579 : bool[16] @ models/lib/nn.yaml:89:7
%5584 = select %5583, %5582, %5572 : f32[16] @ models/lib/nn.yaml:89:7
%5585 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5586 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5587 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5588 = add %5587, %5073 : i64[] @ models/lib/nn.yaml:89:7
%5589 = mul %5584, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%5590 = mul %5585, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%5591 = add %5590, %5589 : f32[16] @ models/lib/nn.yaml:89:7
%5592 = mul %5584, %5584 : f32[16] @ models/lib/nn.yaml:89:7
%5593 = mul %5592, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%5594 = mul %5586, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%5595 = add %5594, %5593 : f32[16] @ models/lib/nn.yaml:89:7
%5596 = cast %5588 : f64[] @ models/lib/nn.yaml:89:7
%5597 = pow %5082, %5596 : f64[] @ models/lib/nn.yaml:89:7
%5598 = sub %5063, %5597 : f64[] @ models/lib/nn.yaml:89:7
%5599 = div %3087, %5598 : f64[] @ models/lib/nn.yaml:89:7
%5600 = pow %5090, %5596 : f64[] @ models/lib/nn.yaml:89:7
%5601 = sub %5063, %5600 : f64[] @ models/lib/nn.yaml:89:7
%5602 = sqrt %5601 : f64[] @ models/lib/nn.yaml:89:7
%5603 = div %5063, %5602 : f64[] @ models/lib/nn.yaml:89:7
%5604 = sqrt %5595 : f32[16] @ models/lib/nn.yaml:89:7
%5605 = cast %5603 : f32[] @ models/lib/nn.yaml:89:7
%5606 = broadcast %5605 : f32[16] @ models/lib/nn.yaml:89:7
%5607 = mul %5604, %5606 : f32[16] @ models/lib/nn.yaml:89:7
%5608 = add %5607, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%5609 = div %5591, %5608 : f32[16] @ models/lib/nn.yaml:89:7
%5610 = cast %5599 : f32[] @ models/lib/nn.yaml:89:7
%5611 = broadcast %5610 : f32[16] @ models/lib/nn.yaml:89:7
%5612 = mul %5609, %5611 : f32[16] @ models/lib/nn.yaml:89:7
%5613 = sub %16, %5612 : f32[16] @ models/lib/nn.yaml:89:7
%5614 = assign %16, %5613 : f32[16] @ models/lib/nn.yaml:89:7
%5615 = assign %5585, %5591 : f32[16] @ models/lib/nn.yaml:89:7
%5616 = assign %5586, %5595 : f32[16] @ models/lib/nn.yaml:89:7
%5617 = assign %5587, %5588 : i64[] @ models/lib/nn.yaml:89:7
%5618 = mul %94, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%5619 = mul %5613, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5620 = add %5618, %5619 : f32[16] @ models/lib/nn.yaml:89:7
%5621 = assign %94, %5620 : f32[16] @ models/lib/nn.yaml:89:7
%5622 = all_reduce_sum %4900 : f32[16] @ models/lib/nn.yaml:90:7
%5623 = mul %5622, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%5624 = reduce_sum %5623 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5625 = sqrt %5624 : f32[] @ models/lib/nn.yaml:90:7
%5626 = cast %5625 : f64[] @ models/lib/nn.yaml:90:7
%5627 = add %5626, %5059 : f64[] @ models/lib/nn.yaml:90:7
%5628 = div %5061, %5627 : f64[] @ models/lib/nn.yaml:90:7
%5629 = lt %5628, %5063 : bool[] @ models/lib/nn.yaml:90:7
%5630 = cast %5628 : f32[] @ models/lib/nn.yaml:90:7
%5631 = broadcast %5630 : f32[16] @ models/lib/nn.yaml:90:7
%5632 = mul %5622, %5631 : f32[16] @ models/lib/nn.yaml:90:7
%5633 = broadcast %5629 : bool[16] @ models/lib/nn.yaml:90:7
%5634 = select %5633, %5632, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%5635 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5636 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5637 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5638 = add %5637, %5073 : i64[] @ models/lib/nn.yaml:90:7
%5639 = mul %5634, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%5640 = mul %5635, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%5641 = add %5640, %5639 : f32[16] @ models/lib/nn.yaml:90:7
%5642 = mul %5634, %5634 : f32[16] @ models/lib/nn.yaml:90:7
%5643 = mul %5642, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%5644 = mul %5636, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%5645 = add %5644, %5643 : f32[16] @ models/lib/nn.yaml:90:7
%5646 = cast %5638 : f64[] @ models/lib/nn.yaml:90:7
%5647 = pow %5082, %5646 : f64[] @ models/lib/nn.yaml:90:7
%5648 = sub %5063, %5647 : f64[] @ models/lib/nn.yaml:90:7
%5649 = div %3087, %5648 : f64[] @ models/lib/nn.yaml:90:7
%5650 = pow %5090, %5646 : f64[] @ models/lib/nn.yaml:90:7
%5651 = sub %5063, %5650 : f64[] @ models/lib/nn.yaml:90:7
%5652 = sqrt %5651 : f64[] @ models/lib/nn.yaml:90:7
%5653 = div %5063, %5652 : f64[] @ models/lib/nn.yaml:90:7
%5654 = sqrt %5645 : f32[16] @ models/lib/nn.yaml:90:7
%5655 = cast %5653 : f32[] @ models/lib/nn.yaml:90:7
%5656 = broadcast %5655 : f32[16] @ models/lib/nn.yaml:90:7
%5657 = mul %5654, %5656 : f32[16] @ models/lib/nn.yaml:90:7
%5658 = add %5657, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%5659 = div %5641, %5658 : f32[16] @ models/lib/nn.yaml:90:7
%5660 = cast %5649 : f32[] @ models/lib/nn.yaml:90:7
%5661 = broadcast %5660 : f32[16] @ models/lib/nn.yaml:90:7
%5662 = mul %5659, %5661 : f32[16] @ models/lib/nn.yaml:90:7
%5663 = sub %17, %5662 : f32[16] @ models/lib/nn.yaml:90:7
%5664 = assign %17, %5663 : f32[16] @ models/lib/nn.yaml:90:7
%5665 = assign %5635, %5641 : f32[16] @ models/lib/nn.yaml:90:7
%5666 = assign %5636, %5645 : f32[16] @ models/lib/nn.yaml:90:7
%5667 = assign %5637, %5638 : i64[] @ models/lib/nn.yaml:90:7
%5668 = mul %95, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5669 = mul %5663, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%5670 = add %5668, %5669 : f32[16] @ models/lib/nn.yaml:90:7
%5671 = assign %95, %5670 : f32[16] @ models/lib/nn.yaml:90:7
%5672 = all_reduce_sum %4894 : f32[64,16] @ models/lib/nn.yaml:79:7
%5673 = reshape %5672 : f32[1024] @ models/lib/nn.yaml:79:7
%5674 = mul %5673, %5673 : f32[1024] @ models/lib/nn.yaml:79:7
%5675 = reduce_sum %5674 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5676 = sqrt %5675 : f32[] @ models/lib/nn.yaml:79:7
%5677 = cast %5676 : f64[] @ models/lib/nn.yaml:79:7
%5678 = add %5677, %5059 : f64[] @ models/lib/nn.yaml:79:7
%5679 = div %5061, %5678 : f64[] @ models/lib/nn.yaml:79:7
%5680 = lt %5679, %5063 : bool[] @ models/lib/nn.yaml:79:7
%5681 = cast %5679 : f32[] @ models/lib/nn.yaml:79:7
%5682 = broadcast %5681 : f32[64,16] @ models/lib/nn.yaml:79:7
%5683 = mul %5672, %5682 : f32[64,16] @ models/lib/nn.yaml:79:7
%5684 = broadcast %5680 : bool[64,16] @ models/lib/nn.yaml:79:7
%5685 = select %5684, %5683, %5672 : f32[64,16] @ models/lib/nn.yaml:79:7
%5686 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5687 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5688 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5689 = add %5688, %5073 : i64[] @ models/lib/nn.yaml:79:7
%5690 = broadcast %5077 : f32[64,16] @ models/lib/nn.yaml:79:7
%5691 = mul %18, %5690 : f32[64,16] @ models/lib/nn.yaml:79:7
%5692 = broadcast %2843 : f32[64,16] @ models/lib/nn.yaml:79:7
%5693 = mul %5685, %5692 : f32[64,16] @ models/lib/nn.yaml:79:7
%5694 = broadcast %1916 : f32[64,16] @ models/lib/nn.yaml:79:7
%5695 = mul %5686, %5694 : f32[64,16] @ models/lib/nn.yaml:79:7
%5696 = add %5695, %5693 : f32[64,16] @ models/lib/nn.yaml:79:7
%5697 = mul %5685, %5685 : f32[64,16] @ models/lib/nn.yaml:79:7
%5698 = broadcast %5087 : f32[64,16] @ models/lib/nn.yaml:79:7
%5699 = mul %5697, %5698 : f32[64,16] @ models/lib/nn.yaml:79:7
%5700 = broadcast %5091 : f32[64,16] @ models/lib/nn.yaml:79:7
%5701 = mul %5687, %5700 : f32[64,16] @ models/lib/nn.yaml:79:7
%5702 = add %5701, %5699 : f32[64,16] @ models/lib/nn.yaml:79:7
%5703 = cast %5689 : f64[] @ models/lib/nn.yaml:79:7
%5704 = pow %5082, %5703 : f64[] @ models/lib/nn.yaml:79:7
%5705 = sub %5063, %5704 : f64[] @ models/lib/nn.yaml:79:7
%5706 = div %3087, %5705 : f64[] @ models/lib/nn.yaml:79:7
%5707 = pow %5090, %5703 : f64[] @ models/lib/nn.yaml:79:7
%5708 = sub %5063, %5707 : f64[] @ models/lib/nn.yaml:79:7
%5709 = sqrt %5708 : f64[] @ models/lib/nn.yaml:79:7
%5710 = div %5063, %5709 : f64[] @ models/lib/nn.yaml:79:7
%5711 = sqrt %5702 : f32[64,16] @ models/lib/nn.yaml:79:7
%5712 = cast %5710 : f32[] @ models/lib/nn.yaml:79:7
%5713 = broadcast %5712 : f32[64,16] @ models/lib/nn.yaml:79:7
%5714 = mul %5711, %5713 : f32[64,16] @ models/lib/nn.yaml:79:7
%5715 = broadcast %5107 : f32[64,16] @ models/lib/nn.yaml:79:7
%5716 = add %5714, %5715 : f32[64,16] @ models/lib/nn.yaml:79:7
%5717 = div %5696, %5716 : f32[64,16] @ models/lib/nn.yaml:79:7
%5718 = cast %5706 : f32[] @ models/lib/nn.yaml:79:7
%5719 = broadcast %5718 : f32[64,16] @ models/lib/nn.yaml:79:7
%5720 = mul %5717, %5719 : f32[64,16] @ models/lib/nn.yaml:79:7
%5721 = sub %5691, %5720 : f32[64,16] @ models/lib/nn.yaml:79:7
%5722 = assign %18, %5721 : f32[64,16] @ models/lib/nn.yaml:79:7
%5723 = assign %5686, %5696 : f32[64,16] @ models/lib/nn.yaml:79:7
%5724 = assign %5687, %5702 : f32[64,16] @ models/lib/nn.yaml:79:7
%5725 = assign %5688, %5689 : i64[] @ models/lib/nn.yaml:79:7
%5726 = broadcast %5119 : f32[64,16] @ models/lib/nn.yaml:79:7
%5727 = mul %96, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%5728 = broadcast %5123 : f32[64,16] @ models/lib/nn.yaml:79:7
%5729 = mul %5721, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%5730 = add %5727, %5729 : f32[64,16] @ models/lib/nn.yaml:79:7
%5731 = assign %96, %5730 : f32[64,16] @ models/lib/nn.yaml:79:7
%5732 = all_reduce_sum %4886 : f32[64] @ models/lib/nn.yaml:80:7
%5733 = mul %5732, %5732 : f32[64] @ models/lib/nn.yaml:80:7
%5734 = reduce_sum %5733 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5735 = sqrt %5734 : f32[] @ models/lib/nn.yaml:80:7
%5736 = cast %5735 : f64[] @ models/lib/nn.yaml:80:7
%5737 = add %5736, %5059 : f64[] @ models/lib/nn.yaml:80:7
%5738 = div %5061, %5737 : f64[] @ models/lib/nn.yaml:80:7
%5739 = lt %5738, %5063 : bool[] @ models/lib/nn.yaml:80:7
%5740 = cast %5738 : f32[] @ models/lib/nn.yaml:80:7
%5741 = broadcast %5740 : f32[64] @ models/lib/nn.yaml:80:7
%5742 = mul %5732, %5741 : f32[64] @ models/lib/nn.yaml:80:7
%5743 = broadcast %5739 : bool[64] @ models/lib/nn.yaml:80:7
%5744 = select %5743, %5742, %5732 : f32[64] @ models/lib/nn.yaml:80:7
%5745 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5746 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5747 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5748 = add %5747, %5073 : i64[] @ models/lib/nn.yaml:80:7
%5749 = broadcast %2843 : f32[64] @ models/lib/nn.yaml:80:7
%5750 = mul %5744, %5749 : f32[64] @ models/lib/nn.yaml:80:7
%5751 = broadcast %1916 : f32[64] @ models/lib/nn.yaml:80:7
%5752 = mul %5745, %5751 : f32[64] @ models/lib/nn.yaml:80:7
%5753 = add %5752, %5750 : f32[64] @ models/lib/nn.yaml:80:7
%5754 = mul %5744, %5744 : f32[64] @ models/lib/nn.yaml:80:7
%5755 = broadcast %5087 : f32[64] @ models/lib/nn.yaml:80:7
%5756 = mul %5754, %5755 : f32[64] @ models/lib/nn.yaml:80:7
%5757 = broadcast %5091 : f32[64] @ models/lib/nn.yaml:80:7
%5758 = mul %5746, %5757 : f32[64] @ models/lib/nn.yaml:80:7
%5759 = add %5758, %5756 : f32[64] @ models/lib/nn.yaml:80:7
%5760 = cast %5748 : f64[] @ models/lib/nn.yaml:80:7
%5761 = pow %5082, %5760 : f64[] @ models/lib/nn.yaml:80:7
%5762 = sub %5063, %5761 : f64[] @ models/lib/nn.yaml:80:7
%5763 = div %3087, %5762 : f64[] @ models/lib/nn.yaml:80:7
%5764 = pow %5090, %5760 : f64[] @ models/lib/nn.yaml:80:7
%5765 = sub %5063, %5764 : f64[] @ models/lib/nn.yaml:80:7
%5766 = sqrt %5765 : f64[] @ models/lib/nn.yaml:80:7
%5767 = div %5063, %5766 : f64[] @ models/lib/nn.yaml:80:7
%5768 = sqrt %5759 : f32[64] @ models/lib/nn.yaml:80:7
%5769 = cast %5767 : f32[] @ models/lib/nn.yaml:80:7
%5770 = broadcast %5769 : f32[64] @ models/lib/nn.yaml:80:7
%5771 = mul %5768, %5770 : f32[64] @ models/lib/nn.yaml:80:7
%5772 = broadcast %5107 : f32[64] @ models/lib/nn.yaml:80:7
%5773 = add %5771, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%5774 = div %5753, %5773 : f32[64] @ models/lib/nn.yaml:80:7
%5775 = cast %5763 : f32[] @ models/lib/nn.yaml:80:7
%5776 = broadcast %5775 : f32[64] @ models/lib/nn.yaml:80:7
%5777 = mul %5774, %5776 : f32[64] @ models/lib/nn.yaml:80:7
%5778 = sub %19, %5777 : f32[64] @ models/lib/nn.yaml:80:7
%5779 = assign %19, %5778 : f32[64] @ models/lib/nn.yaml:80:7
%5780 = assign %5745, %5753 : f32[64] @ models/lib/nn.yaml:80:7
%5781 = assign %5746, %5759 : f32[64] @ models/lib/nn.yaml:80:7
%5782 = assign %5747, %5748 : i64[] @ models/lib/nn.yaml:80:7
%5783 = broadcast %5119 : f32[64] @ models/lib/nn.yaml:80:7
%5784 = mul %97, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%5785 = broadcast %5123 : f32[64] @ models/lib/nn.yaml:80:7
%5786 = mul %5778, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%5787 = add %5784, %5786 : f32[64] @ models/lib/nn.yaml:80:7
%5788 = assign %97, %5787 : f32[64] @ models/lib/nn.yaml:80:7
%5789 = all_reduce_sum %4870 : f32[16,64] @ models/lib/nn.yaml:79:7
%5790 = reshape %5789 : f32[1024] @ models/lib/nn.yaml:79:7
%5791 = mul %5790, %5790 : f32[1024] @ models/lib/nn.yaml:79:7
%5792 = reduce_sum %5791 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%5793 = sqrt %5792 : f32[] @ models/lib/nn.yaml:79:7
%5794 = cast %5793 : f64[] @ models/lib/nn.yaml:79:7
%5795 = add %5794, %5059 : f64[] @ models/lib/nn.yaml:79:7
%5796 = div %5061, %5795 : f64[] @ models/lib/nn.yaml:79:7
%5797 = lt %5796, %5063 : bool[] @ models/lib/nn.yaml:79:7
%5798 = cast %5796 : f32[] @ models/lib/nn.yaml:79:7
%5799 = broadcast %5798 : f32[16,64] @ models/lib/nn.yaml:79:7
%5800 = mul %5789, %5799 : f32[16,64] @ models/lib/nn.yaml:79:7
%5801 = broadcast %5797 : bool[16,64] @ models/lib/nn.yaml:79:7
%5802 = select %5801, %5800, %5789 : f32[16,64] @ models/lib/nn.yaml:79:7
%5803 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5804 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5805 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5806 = add %5805, %5073 : i64[] @ models/lib/nn.yaml:79:7
%5807 = broadcast %5077 : f32[16,64] @ models/lib/nn.yaml:79:7
%5808 = mul %20, %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%5809 = broadcast %2843 : f32[16,64] @ models/lib/nn.yaml:79:7
%5810 = mul %5802, %5809 : f32[16,64] @ models/lib/nn.yaml:79:7
%5811 = broadcast %1916 : f32[16,64] @ models/lib/nn.yaml:79:7
%5812 = mul %5803, %5811 : f32[16,64] @ models/lib/nn.yaml:79:7
%5813 = add %5812, %5810 : f32[16,64] @ models/lib/nn.yaml:79:7
%5814 = mul %5802, %5802 : f32[16,64] @ models/lib/nn.yaml:79:7
%5815 = broadcast %5087 : f32[16,64] @ models/lib/nn.yaml:79:7
%5816 = mul %5814, %5815 : f32[16,64] @ models/lib/nn.yaml:79:7
%5817 = broadcast %5091 : f32[16,64] @ models/lib/nn.yaml:79:7
%5818 = mul %5804, %5817 : f32[16,64] @ models/lib/nn.yaml:79:7
%5819 = add %5818, %5816 : f32[16,64] @ models/lib/nn.yaml:79:7
%5820 = cast %5806 : f64[] @ models/lib/nn.yaml:79:7
%5821 = pow %5082, %5820 : f64[] @ models/lib/nn.yaml:79:7
%5822 = sub %5063, %5821 : f64[] @ models/lib/nn.yaml:79:7
%5823 = div %3087, %5822 : f64[] @ models/lib/nn.yaml:79:7
%5824 = pow %5090, %5820 : f64[] @ models/lib/nn.yaml:79:7
%5825 = sub %5063, %5824 : f64[] @ models/lib/nn.yaml:79:7
%5826 = sqrt %5825 : f64[] @ models/lib/nn.yaml:79:7
%5827 = div %5063, %5826 : f64[] @ models/lib/nn.yaml:79:7
%5828 = sqrt %5819 : f32[16,64] @ models/lib/nn.yaml:79:7
%5829 = cast %5827 : f32[] @ models/lib/nn.yaml:79:7
%5830 = broadcast %5829 : f32[16,64] @ models/lib/nn.yaml:79:7
%5831 = mul %5828, %5830 : f32[16,64] @ models/lib/nn.yaml:79:7
%5832 = broadcast %5107 : f32[16,64] @ models/lib/nn.yaml:79:7
%5833 = add %5831, %5832 : f32[16,64] @ models/lib/nn.yaml:79:7
%5834 = div %5813, %5833 : f32[16,64] @ models/lib/nn.yaml:79:7
%5835 = cast %5823 : f32[] @ models/lib/nn.yaml:79:7
%5836 = broadcast %5835 : f32[16,64] @ models/lib/nn.yaml:79:7
%5837 = mul %5834, %5836 : f32[16,64] @ models/lib/nn.yaml:79:7
%5838 = sub %5808, %5837 : f32[16,64] @ models/lib/nn.yaml:79:7
%5839 = assign %20, %5838 : f32[16,64] @ models/lib/nn.yaml:79:7
%5840 = assign %5803, %5813 : f32[16,64] @ models/lib/nn.yaml:79:7
%5841 = assign %5804, %5819 : f32[16,64] @ models/lib/nn.yaml:79:7
%5842 = assign %5805, %5806 : i64[] @ models/lib/nn.yaml:79:7
%5843 = broadcast %5119 : f32[16,64] @ models/lib/nn.yaml:79:7
%5844 = mul %98, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%5845 = broadcast %5123 : f32[16,64] @ models/lib/nn.yaml:79:7
%5846 = mul %5838, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%5847 = add %5844, %5846 : f32[16,64] @ models/lib/nn.yaml:79:7
%5848 = assign %98, %5847 : f32[16,64] @ models/lib/nn.yaml:79:7
%5849 = all_reduce_sum %4862 : f32[16] @ models/lib/nn.yaml:80:7
%5850 = mul %5849, %5849 : f32[16] @ models/lib/nn.yaml:80:7
%5851 = reduce_sum %5850 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%5852 = sqrt %5851 : f32[] @ models/lib/nn.yaml:80:7
%5853 = cast %5852 : f64[] @ models/lib/nn.yaml:80:7
%5854 = add %5853, %5059 : f64[] @ models/lib/nn.yaml:80:7
%5855 = div %5061, %5854 : f64[] @ models/lib/nn.yaml:80:7
%5856 = lt %5855, %5063 : bool[] @ models/lib/nn.yaml:80:7
%5857 = cast %5855 : f32[] @ models/lib/nn.yaml:80:7
%5858 = broadcast %5857 : f32[16] @ models/lib/nn.yaml:80:7
%5859 = mul %5849, %5858 : f32[16] @ models/lib/nn.yaml:80:7
%5860 = broadcast %5856 : bool[16] @ models/lib/nn.yaml:80:7
%5861 = select %5860, %5859, %5849 : f32[16] @ models/lib/nn.yaml:80:7
%5862 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5863 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5864 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5865 = add %5864, %5073 : i64[] @ models/lib/nn.yaml:80:7
%5866 = mul %5861, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%5867 = mul %5862, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%5868 = add %5867, %5866 : f32[16] @ models/lib/nn.yaml:80:7
%5869 = mul %5861, %5861 : f32[16] @ models/lib/nn.yaml:80:7
%5870 = mul %5869, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%5871 = mul %5863, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%5872 = add %5871, %5870 : f32[16] @ models/lib/nn.yaml:80:7
%5873 = cast %5865 : f64[] @ models/lib/nn.yaml:80:7
%5874 = pow %5082, %5873 : f64[] @ models/lib/nn.yaml:80:7
%5875 = sub %5063, %5874 : f64[] @ models/lib/nn.yaml:80:7
%5876 = div %3087, %5875 : f64[] @ models/lib/nn.yaml:80:7
%5877 = pow %5090, %5873 : f64[] @ models/lib/nn.yaml:80:7
%5878 = sub %5063, %5877 : f64[] @ models/lib/nn.yaml:80:7
%5879 = sqrt %5878 : f64[] @ models/lib/nn.yaml:80:7
%5880 = div %5063, %5879 : f64[] @ models/lib/nn.yaml:80:7
%5881 = sqrt %5872 : f32[16] @ models/lib/nn.yaml:80:7
%5882 = cast %5880 : f32[] @ models/lib/nn.yaml:80:7
%5883 = broadcast %5882 : f32[16] @ models/lib/nn.yaml:80:7
%5884 = mul %5881, %5883 : f32[16] @ models/lib/nn.yaml:80:7
%5885 = add %5884, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%5886 = div %5868, %5885 : f32[16] @ models/lib/nn.yaml:80:7
%5887 = cast %5876 : f32[] @ models/lib/nn.yaml:80:7
%5888 = broadcast %5887 : f32[16] @ models/lib/nn.yaml:80:7
%5889 = mul %5886, %5888 : f32[16] @ models/lib/nn.yaml:80:7
%5890 = sub %21, %5889 : f32[16] @ models/lib/nn.yaml:80:7
%5891 = assign %21, %5890 : f32[16] @ models/lib/nn.yaml:80:7
%5892 = assign %5862, %5868 : f32[16] @ models/lib/nn.yaml:80:7
%5893 = assign %5863, %5872 : f32[16] @ models/lib/nn.yaml:80:7
%5894 = assign %5864, %5865 : i64[] @ models/lib/nn.yaml:80:7
%5895 = mul %99, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%5896 = mul %5890, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%5897 = add %5895, %5896 : f32[16] @ models/lib/nn.yaml:80:7
%5898 = assign %99, %5897 : f32[16] @ models/lib/nn.yaml:80:7
%5899 = all_reduce_sum %4839 : f32[16] @ models/lib/nn.yaml:89:7
%5900 = mul %5899, %5899 : f32[16] @ models/lib/nn.yaml:89:7
%5901 = reduce_sum %5900 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%5902 = sqrt %5901 : f32[] @ models/lib/nn.yaml:89:7
%5903 = cast %5902 : f64[] @ models/lib/nn.yaml:89:7
%5904 = add %5903, %5059 : f64[] @ models/lib/nn.yaml:89:7
%5905 = div %5061, %5904 : f64[] @ models/lib/nn.yaml:89:7
%5906 = lt %5905, %5063 : bool[] @ models/lib/nn.yaml:89:7
%5907 = cast %5905 : f32[] @ models/lib/nn.yaml:89:7
%5908 = broadcast %5907 : f32[16] @ models/lib/nn.yaml:89:7
%5909 = mul %5899, %5908 : f32[16] @ models/lib/nn.yaml:89:7
%5910 = broadcast %5906 : bool[16] @ models/lib/nn.yaml:89:7
%5911 = select %5910, %5909, %5899 : f32[16] @ models/lib/nn.yaml:89:7
%5912 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5913 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5914 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5915 = add %5914, %5073 : i64[] @ models/lib/nn.yaml:89:7
%5916 = mul %5911, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%5917 = mul %5912, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%5918 = add %5917, %5916 : f32[16] @ models/lib/nn.yaml:89:7
%5919 = mul %5911, %5911 : f32[16] @ models/lib/nn.yaml:89:7
%5920 = mul %5919, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%5921 = mul %5913, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%5922 = add %5921, %5920 : f32[16] @ models/lib/nn.yaml:89:7
%5923 = cast %5915 : f64[] @ models/lib/nn.yaml:89:7
%5924 = pow %5082, %5923 : f64[] @ models/lib/nn.yaml:89:7
%5925 = sub %5063, %5924 : f64[] @ models/lib/nn.yaml:89:7
%5926 = div %3087, %5925 : f64[] @ models/lib/nn.yaml:89:7
%5927 = pow %5090, %5923 : f64[] @ models/lib/nn.yaml:89:7
%5928 = sub %5063, %5927 : f64[] @ models/lib/nn.yaml:89:7
%5929 = sqrt %5928 : f64[] @ models/lib/nn.yaml:89:7
%5930 = div %5063, %5929 : f64[] @ models/lib/nn.yaml:89:7
%5931 = sqrt %5922 : f32[16] @ models/lib/nn.yaml:89:7
%5932 = cast %5930 : f32[] @ models/lib/nn.yaml:89:7
%5933 = broadcast %5932 : f32[16] @ models/lib/nn.yaml:89:7
%5934 = mul %5931, %5933 : f32[16] @ models/lib/nn.yaml:89:7
%5935 = add %5934, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%5936 = div %5918, %5935 : f32[16] @ models/lib/nn.yaml:89:7
%5937 = cast %5926 : f32[] @ models/lib/nn.yaml:89:7
%5938 = broadcast %5937 : f32[16] @ models/lib/nn.yaml:89:7
%5939 = mul %5936, %5938 : f32[16] @ models/lib/nn.yaml:89:7
%5940 = sub %22, %5939 : f32[16] @ models/lib/nn.yaml:89:7
%5941 = assign %22, %5940 : f32[16] @ models/lib/nn.yaml:89:7
%5942 = assign %5912, %5918 : f32[16] @ models/lib/nn.yaml:89:7
%5943 = assign %5913, %5922 : f32[16] @ models/lib/nn.yaml:89:7
%5944 = assign %5914, %5915 : i64[] @ models/lib/nn.yaml:89:7
%5945 = mul %100, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%5946 = mul %5940, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5947 = add %5945, %5946 : f32[16] @ models/lib/nn.yaml:89:7
%5948 = assign %100, %5947 : f32[16] @ models/lib/nn.yaml:89:7
%5949 = all_reduce_sum %4834 : f32[16] @ models/lib/nn.yaml:90:7
%5950 = mul %5949, %5949 : f32[16] @ models/lib/nn.yaml:90:7
%5951 = reduce_sum %5950 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%5952 = sqrt %5951 : f32[] @ models/lib/nn.yaml:90:7
%5953 = cast %5952 : f64[] @ models/lib/nn.yaml:90:7
%5954 = add %5953, %5059 : f64[] @ models/lib/nn.yaml:90:7
%5955 = div %5061, %5954 : f64[] @ models/lib/nn.yaml:90:7
%5956 = lt %5955, %5063 : bool[] @ models/lib/nn.yaml:90:7
%5957 = cast %5955 : f32[] @ models/lib/nn.yaml:90:7
%5958 = broadcast %5957 : f32[16] @ models/lib/nn.yaml:90:7
%5959 = mul %5949, %5958 : f32[16] @ models/lib/nn.yaml:90:7
%5960 = broadcast %5956 : bool[16] @ models/lib/nn.yaml:90:7
%5961 = select %5960, %5959, %5949 : f32[16] @ models/lib/nn.yaml:90:7
%5962 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5963 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5964 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5965 = add %5964, %5073 : i64[] @ models/lib/nn.yaml:90:7
%5966 = mul %5961, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%5967 = mul %5962, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%5968 = add %5967, %5966 : f32[16] @ models/lib/nn.yaml:90:7
%5969 = mul %5961, %5961 : f32[16] @ models/lib/nn.yaml:90:7
%5970 = mul %5969, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%5971 = mul %5963, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%5972 = add %5971, %5970 : f32[16] @ models/lib/nn.yaml:90:7
%5973 = cast %5965 : f64[] @ models/lib/nn.yaml:90:7
%5974 = pow %5082, %5973 : f64[] @ models/lib/nn.yaml:90:7
%5975 = sub %5063, %5974 : f64[] @ models/lib/nn.yaml:90:7
%5976 = div %3087, %5975 : f64[] @ models/lib/nn.yaml:90:7
%5977 = pow %5090, %5973 : f64[] @ models/lib/nn.yaml:90:7
%5978 = sub %5063, %5977 : f64[] @ models/lib/nn.yaml:90:7
%5979 = sqrt %5978 : f64[] @ models/lib/nn.yaml:90:7
%5980 = div %5063, %5979 : f64[] @ models/lib/nn.yaml:90:7
%5981 = sqrt %5972 : f32[16] @ models/lib/nn.yaml:90:7
%5982 = cast %5980 : f32[] @ models/lib/nn.yaml:90:7
%5983 = broadcast %5982 : f32[16] @ models/lib/nn.yaml:90:7
%5984 = mul %5981, %5983 : f32[16] @ models/lib/nn.yaml:90:7
%5985 = add %5984, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%5986 = div %5968, %5985 : f32[16] @ models/lib/nn.yaml:90:7
%5987 = cast %5976 : f32[] @ models/lib/nn.yaml:90:7
%5988 = broadcast %5987 : f32[16] @ models/lib/nn.yaml:90:7
%5989 = mul %5986, %5988 : f32[16] @ models/lib/nn.yaml:90:7
%5990 = sub %23, %5989 : f32[16] @ models/lib/nn.yaml:90:7
%5991 = assign %23, %5990 : f32[16] @ models/lib/nn.yaml:90:7
%5992 = assign %5962, %5968 : f32[16] @ models/lib/nn.yaml:90:7
%5993 = assign %5963, %5972 : f32[16] @ models/lib/nn.yaml:90:7
%5994 = assign %5964, %5965 : i64[] @ models/lib/nn.yaml:90:7
%5995 = mul %101, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5996 = mul %5990, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%5997 = add %5995, %5996 : f32[16] @ models/lib/nn.yaml:90:7
%5998 = assign %101, %5997 : f32[16] @ models/lib/nn.yaml:90:7
%5999 = all_reduce_sum %4828 : f32[48,16] @ models/lib/nn.yaml:79:7
%6000 = reshape %5999 : f32[768] @ models/lib/nn.yaml:79:7
%6001 = mul %6000, %6000 : f32[768] @ models/lib/nn.yaml:79:7
%6002 = reduce_sum %6001 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6003 = sqrt %6002 : f32[] @ models/lib/nn.yaml:79:7
%6004 = cast %6003 : f64[] @ models/lib/nn.yaml:79:7
%6005 = add %6004, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6006 = div %5061, %6005 : f64[] @ models/lib/nn.yaml:79:7
%6007 = lt %6006, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6008 = cast %6006 : f32[] @ models/lib/nn.yaml:79:7
%6009 = broadcast %6008 : f32[48,16] @ models/lib/nn.yaml:79:7
%6010 = mul %5999, %6009 : f32[48,16] @ models/lib/nn.yaml:79:7
%6011 = broadcast %6007 : bool[48,16] @ models/lib/nn.yaml:79:7
%6012 = select %6011, %6010, %5999 : f32[48,16] @ models/lib/nn.yaml:79:7
%6013 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6014 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6015 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6016 = add %6015, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6017 = mul %24, %5363 : f32[48,16] @ models/lib/nn.yaml:79:7
%6018 = mul %6012, %5365 : f32[48,16] @ models/lib/nn.yaml:79:7
%6019 = mul %6013, %5367 : f32[48,16] @ models/lib/nn.yaml:79:7
%6020 = add %6019, %6018 : f32[48,16] @ models/lib/nn.yaml:79:7
%6021 = mul %6012, %6012 : f32[48,16] @ models/lib/nn.yaml:79:7
%6022 = mul %6021, %5371 : f32[48,16] @ models/lib/nn.yaml:79:7
%6023 = mul %6014, %5373 : f32[48,16] @ models/lib/nn.yaml:79:7
%6024 = add %6023, %6022 : f32[48,16] @ models/lib/nn.yaml:79:7
%6025 = cast %6016 : f64[] @ models/lib/nn.yaml:79:7
%6026 = pow %5082, %6025 : f64[] @ models/lib/nn.yaml:79:7
%6027 = sub %5063, %6026 : f64[] @ models/lib/nn.yaml:79:7
%6028 = div %3087, %6027 : f64[] @ models/lib/nn.yaml:79:7
%6029 = pow %5090, %6025 : f64[] @ models/lib/nn.yaml:79:7
%6030 = sub %5063, %6029 : f64[] @ models/lib/nn.yaml:79:7
%6031 = sqrt %6030 : f64[] @ models/lib/nn.yaml:79:7
%6032 = div %5063, %6031 : f64[] @ models/lib/nn.yaml:79:7
%6033 = sqrt %6024 : f32[48,16] @ models/lib/nn.yaml:79:7
%6034 = cast %6032 : f32[] @ models/lib/nn.yaml:79:7
%6035 = broadcast %6034 : f32[48,16] @ models/lib/nn.yaml:79:7
%6036 = mul %6033, %6035 : f32[48,16] @ models/lib/nn.yaml:79:7
%6037 = add %6036, %5388 : f32[48,16] @ models/lib/nn.yaml:79:7
%6038 = div %6020, %6037 : f32[48,16] @ models/lib/nn.yaml:79:7
%6039 = cast %6028 : f32[] @ models/lib/nn.yaml:79:7
%6040 = broadcast %6039 : f32[48,16] @ models/lib/nn.yaml:79:7
%6041 = mul %6038, %6040 : f32[48,16] @ models/lib/nn.yaml:79:7
%6042 = sub %6017, %6041 : f32[48,16] @ models/lib/nn.yaml:79:7
%6043 = assign %24, %6042 : f32[48,16] @ models/lib/nn.yaml:79:7
%6044 = assign %6013, %6020 : f32[48,16] @ models/lib/nn.yaml:79:7
%6045 = assign %6014, %6024 : f32[48,16] @ models/lib/nn.yaml:79:7
%6046 = assign %6015, %6016 : i64[] @ models/lib/nn.yaml:79:7
%6047 = mul %102, %5399 : f32[48,16] @ models/lib/nn.yaml:79:7
%6048 = mul %6042, %5401 : f32[48,16] @ models/lib/nn.yaml:79:7
%6049 = add %6047, %6048 : f32[48,16] @ models/lib/nn.yaml:79:7
%6050 = assign %102, %6049 : f32[48,16] @ models/lib/nn.yaml:79:7
%6051 = all_reduce_sum %4820 : f32[48] @ models/lib/nn.yaml:80:7
%6052 = mul %6051, %6051 : f32[48] @ models/lib/nn.yaml:80:7
%6053 = reduce_sum %6052 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6054 = sqrt %6053 : f32[] @ models/lib/nn.yaml:80:7
%6055 = cast %6054 : f64[] @ models/lib/nn.yaml:80:7
%6056 = add %6055, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6057 = div %5061, %6056 : f64[] @ models/lib/nn.yaml:80:7
%6058 = lt %6057, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6059 = cast %6057 : f32[] @ models/lib/nn.yaml:80:7
%6060 = broadcast %6059 : f32[48] @ models/lib/nn.yaml:80:7
%6061 = mul %6051, %6060 : f32[48] @ models/lib/nn.yaml:80:7
%6062 = broadcast %6058 : bool[48] @ models/lib/nn.yaml:80:7
%6063 = select %6062, %6061, %6051 : f32[48] @ models/lib/nn.yaml:80:7
%6064 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6065 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6066 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6067 = add %6066, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6068 = mul %6063, %5422 : f32[48] @ models/lib/nn.yaml:80:7
%6069 = mul %6064, %5424 : f32[48] @ models/lib/nn.yaml:80:7
%6070 = add %6069, %6068 : f32[48] @ models/lib/nn.yaml:80:7
%6071 = mul %6063, %6063 : f32[48] @ models/lib/nn.yaml:80:7
%6072 = mul %6071, %5428 : f32[48] @ models/lib/nn.yaml:80:7
%6073 = mul %6065, %5430 : f32[48] @ models/lib/nn.yaml:80:7
%6074 = add %6073, %6072 : f32[48] @ models/lib/nn.yaml:80:7
%6075 = cast %6067 : f64[] @ models/lib/nn.yaml:80:7
%6076 = pow %5082, %6075 : f64[] @ models/lib/nn.yaml:80:7
%6077 = sub %5063, %6076 : f64[] @ models/lib/nn.yaml:80:7
%6078 = div %3087, %6077 : f64[] @ models/lib/nn.yaml:80:7
%6079 = pow %5090, %6075 : f64[] @ models/lib/nn.yaml:80:7
%6080 = sub %5063, %6079 : f64[] @ models/lib/nn.yaml:80:7
%6081 = sqrt %6080 : f64[] @ models/lib/nn.yaml:80:7
%6082 = div %5063, %6081 : f64[] @ models/lib/nn.yaml:80:7
%6083 = sqrt %6074 : f32[48] @ models/lib/nn.yaml:80:7
%6084 = cast %6082 : f32[] @ models/lib/nn.yaml:80:7
%6085 = broadcast %6084 : f32[48] @ models/lib/nn.yaml:80:7
%6086 = mul %6083, %6085 : f32[48] @ models/lib/nn.yaml:80:7
%6087 = add %6086, %5445 : f32[48] @ models/lib/nn.yaml:80:7
%6088 = div %6070, %6087 : f32[48] @ models/lib/nn.yaml:80:7
%6089 = cast %6078 : f32[] @ models/lib/nn.yaml:80:7
%6090 = broadcast %6089 : f32[48] @ models/lib/nn.yaml:80:7
%6091 = mul %6088, %6090 : f32[48] @ models/lib/nn.yaml:80:7
%6092 = sub %25, %6091 : f32[48] @ models/lib/nn.yaml:80:7
%6093 = assign %25, %6092 : f32[48] @ models/lib/nn.yaml:80:7
%6094 = assign %6064, %6070 : f32[48] @ models/lib/nn.yaml:80:7
%6095 = assign %6065, %6074 : f32[48] @ models/lib/nn.yaml:80:7
%6096 = assign %6066, %6067 : i64[] @ models/lib/nn.yaml:80:7
%6097 = mul %103, %5456 : f32[48] @ models/lib/nn.yaml:80:7
%6098 = mul %6092, %5458 : f32[48] @ models/lib/nn.yaml:80:7
%6099 = add %6097, %6098 : f32[48] @ models/lib/nn.yaml:80:7
%6100 = assign %103, %6099 : f32[48] @ models/lib/nn.yaml:80:7
%6101 = all_reduce_sum %4755 : f32[16,16] @ models/lib/nn.yaml:79:7
%6102 = reshape %6101 : f32[256] @ models/lib/nn.yaml:79:7
%6103 = mul %6102, %6102 : f32[256] @ models/lib/nn.yaml:79:7
%6104 = reduce_sum %6103 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6105 = sqrt %6104 : f32[] @ models/lib/nn.yaml:79:7
%6106 = cast %6105 : f64[] @ models/lib/nn.yaml:79:7
%6107 = add %6106, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6108 = div %5061, %6107 : f64[] @ models/lib/nn.yaml:79:7
%6109 = lt %6108, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6110 = cast %6108 : f32[] @ models/lib/nn.yaml:79:7
%6111 = broadcast %6110 : f32[16,16] @ models/lib/nn.yaml:79:7
%6112 = mul %6101, %6111 : f32[16,16] @ models/lib/nn.yaml:79:7
%6113 = broadcast %6109 : bool[16,16] @ models/lib/nn.yaml:79:7
%6114 = select %6113, %6112, %6101 : f32[16,16] @ models/lib/nn.yaml:79:7
%6115 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6116 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6117 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6118 = add %6117, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6119 = mul %26, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6120 = mul %6114, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%6121 = mul %6115, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6122 = add %6121, %6120 : f32[16,16] @ models/lib/nn.yaml:79:7
%6123 = mul %6114, %6114 : f32[16,16] @ models/lib/nn.yaml:79:7
%6124 = mul %6123, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6125 = mul %6116, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6126 = add %6125, %6124 : f32[16,16] @ models/lib/nn.yaml:79:7
%6127 = cast %6118 : f64[] @ models/lib/nn.yaml:79:7
%6128 = pow %5082, %6127 : f64[] @ models/lib/nn.yaml:79:7
%6129 = sub %5063, %6128 : f64[] @ models/lib/nn.yaml:79:7
%6130 = div %3087, %6129 : f64[] @ models/lib/nn.yaml:79:7
%6131 = pow %5090, %6127 : f64[] @ models/lib/nn.yaml:79:7
%6132 = sub %5063, %6131 : f64[] @ models/lib/nn.yaml:79:7
%6133 = sqrt %6132 : f64[] @ models/lib/nn.yaml:79:7
%6134 = div %5063, %6133 : f64[] @ models/lib/nn.yaml:79:7
%6135 = sqrt %6126 : f32[16,16] @ models/lib/nn.yaml:79:7
%6136 = cast %6134 : f32[] @ models/lib/nn.yaml:79:7
%6137 = broadcast %6136 : f32[16,16] @ models/lib/nn.yaml:79:7
%6138 = mul %6135, %6137 : f32[16,16] @ models/lib/nn.yaml:79:7
%6139 = add %6138, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6140 = div %6122, %6139 : f32[16,16] @ models/lib/nn.yaml:79:7
%6141 = cast %6130 : f32[] @ models/lib/nn.yaml:79:7
%6142 = broadcast %6141 : f32[16,16] @ models/lib/nn.yaml:79:7
%6143 = mul %6140, %6142 : f32[16,16] @ models/lib/nn.yaml:79:7
%6144 = sub %6119, %6143 : f32[16,16] @ models/lib/nn.yaml:79:7
%6145 = assign %26, %6144 : f32[16,16] @ models/lib/nn.yaml:79:7
%6146 = assign %6115, %6122 : f32[16,16] @ models/lib/nn.yaml:79:7
%6147 = assign %6116, %6126 : f32[16,16] @ models/lib/nn.yaml:79:7
%6148 = assign %6117, %6118 : i64[] @ models/lib/nn.yaml:79:7
%6149 = mul %104, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6150 = mul %6144, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6151 = add %6149, %6150 : f32[16,16] @ models/lib/nn.yaml:79:7
%6152 = assign %104, %6151 : f32[16,16] @ models/lib/nn.yaml:79:7
%6153 = all_reduce_sum %4747 : f32[16] @ models/lib/nn.yaml:80:7
%6154 = mul %6153, %6153 : f32[16] @ models/lib/nn.yaml:80:7
%6155 = reduce_sum %6154 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6156 = sqrt %6155 : f32[] @ models/lib/nn.yaml:80:7
%6157 = cast %6156 : f64[] @ models/lib/nn.yaml:80:7
%6158 = add %6157, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6159 = div %5061, %6158 : f64[] @ models/lib/nn.yaml:80:7
%6160 = lt %6159, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6161 = cast %6159 : f32[] @ models/lib/nn.yaml:80:7
%6162 = broadcast %6161 : f32[16] @ models/lib/nn.yaml:80:7
%6163 = mul %6153, %6162 : f32[16] @ models/lib/nn.yaml:80:7
%6164 = broadcast %6160 : bool[16] @ models/lib/nn.yaml:80:7
%6165 = select %6164, %6163, %6153 : f32[16] @ models/lib/nn.yaml:80:7
%6166 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6167 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6168 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6169 = add %6168, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6170 = mul %6165, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%6171 = mul %6166, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%6172 = add %6171, %6170 : f32[16] @ models/lib/nn.yaml:80:7
%6173 = mul %6165, %6165 : f32[16] @ models/lib/nn.yaml:80:7
%6174 = mul %6173, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%6175 = mul %6167, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%6176 = add %6175, %6174 : f32[16] @ models/lib/nn.yaml:80:7
%6177 = cast %6169 : f64[] @ models/lib/nn.yaml:80:7
%6178 = pow %5082, %6177 : f64[] @ models/lib/nn.yaml:80:7
%6179 = sub %5063, %6178 : f64[] @ models/lib/nn.yaml:80:7
%6180 = div %3087, %6179 : f64[] @ models/lib/nn.yaml:80:7
%6181 = pow %5090, %6177 : f64[] @ models/lib/nn.yaml:80:7
%6182 = sub %5063, %6181 : f64[] @ models/lib/nn.yaml:80:7
%6183 = sqrt %6182 : f64[] @ models/lib/nn.yaml:80:7
%6184 = div %5063, %6183 : f64[] @ models/lib/nn.yaml:80:7
%6185 = sqrt %6176 : f32[16] @ models/lib/nn.yaml:80:7
%6186 = cast %6184 : f32[] @ models/lib/nn.yaml:80:7
%6187 = broadcast %6186 : f32[16] @ models/lib/nn.yaml:80:7
%6188 = mul %6185, %6187 : f32[16] @ models/lib/nn.yaml:80:7
%6189 = add %6188, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%6190 = div %6172, %6189 : f32[16] @ models/lib/nn.yaml:80:7
%6191 = cast %6180 : f32[] @ models/lib/nn.yaml:80:7
%6192 = broadcast %6191 : f32[16] @ models/lib/nn.yaml:80:7
%6193 = mul %6190, %6192 : f32[16] @ models/lib/nn.yaml:80:7
%6194 = sub %27, %6193 : f32[16] @ models/lib/nn.yaml:80:7
%6195 = assign %27, %6194 : f32[16] @ models/lib/nn.yaml:80:7
%6196 = assign %6166, %6172 : f32[16] @ models/lib/nn.yaml:80:7
%6197 = assign %6167, %6176 : f32[16] @ models/lib/nn.yaml:80:7
%6198 = assign %6168, %6169 : i64[] @ models/lib/nn.yaml:80:7
%6199 = mul %105, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6200 = mul %6194, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6201 = add %6199, %6200 : f32[16] @ models/lib/nn.yaml:80:7
%6202 = assign %105, %6201 : f32[16] @ models/lib/nn.yaml:80:7
%6203 = all_reduce_sum %4721 : f32[16] @ models/lib/nn.yaml:89:7
%6204 = mul %6203, %6203 : f32[16] @ models/lib/nn.yaml:89:7
%6205 = reduce_sum %6204 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6206 = sqrt %6205 : f32[] @ models/lib/nn.yaml:89:7
%6207 = cast %6206 : f64[] @ models/lib/nn.yaml:89:7
%6208 = add %6207, %5059 : f64[] @ models/lib/nn.yaml:89:7
%6209 = div %5061, %6208 : f64[] @ models/lib/nn.yaml:89:7
%6210 = lt %6209, %5063 : bool[] @ models/lib/nn.yaml:89:7
%6211 = cast %6209 : f32[] @ models/lib/nn.yaml:89:7
%6212 = broadcast %6211 : f32[16] @ models/lib/nn.yaml:89:7
%6213 = mul %6203, %6212 : f32[16] @ models/lib/nn.yaml:89:7
%6214 = broadcast %6210 : bool[16] @ models/lib/nn.yaml:89:7
%6215 = select %6214, %6213, %6203 : f32[16] @ models/lib/nn.yaml:89:7
%6216 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6217 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6218 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6219 = add %6218, %5073 : i64[] @ models/lib/nn.yaml:89:7
%6220 = mul %6215, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%6221 = mul %6216, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%6222 = add %6221, %6220 : f32[16] @ models/lib/nn.yaml:89:7
%6223 = mul %6215, %6215 : f32[16] @ models/lib/nn.yaml:89:7
%6224 = mul %6223, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%6225 = mul %6217, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%6226 = add %6225, %6224 : f32[16] @ models/lib/nn.yaml:89:7
%6227 = cast %6219 : f64[] @ models/lib/nn.yaml:89:7
%6228 = pow %5082, %6227 : f64[] @ models/lib/nn.yaml:89:7
%6229 = sub %5063, %6228 : f64[] @ models/lib/nn.yaml:89:7
%6230 = div %3087, %6229 : f64[] @ models/lib/nn.yaml:89:7
%6231 = pow %5090, %6227 : f64[] @ models/lib/nn.yaml:89:7
%6232 = sub %5063, %6231 : f64[] @ models/lib/nn.yaml:89:7
%6233 = sqrt %6232 : f64[] @ models/lib/nn.yaml:89:7
%6234 = div %5063, %6233 : f64[] @ models/lib/nn.yaml:89:7
%6235 = sqrt %6226 : f32[16] @ models/lib/nn.yaml:89:7
%6236 = cast %6234 : f32[] @ models/lib/nn.yaml:89:7
%6237 = broadcast %6236 : f32[16] @ models/lib/nn.yaml:89:7
%6238 = mul %6235, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%6239 = add %6238, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%6240 = div %6222, %6239 : f32[16] @ models/lib/nn.yaml:89:7
%6241 = cast %6230 : f32[] @ models/lib/nn.yaml:89:7
%6242 = broadcast %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6243 = mul %6240, %6242 : f32[16] @ models/lib/nn.yaml:89:7
%6244 = sub %28, %6243 : f32[16] @ models/lib/nn.yaml:89:7
%6245 = assign %28, %6244 : f32[16] @ models/lib/nn.yaml:89:7
%6246 = assign %6216, %6222 : f32[16] @ models/lib/nn.yaml:89:7
%6247 = assign %6217, %6226 : f32[16] @ models/lib/nn.yaml:89:7
%6248 = assign %6218, %6219 : i64[] @ models/lib/nn.yaml:89:7
%6249 = mul %106, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%6250 = mul %6244, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%6251 = add %6249, %6250 : f32[16] @ models/lib/nn.yaml:89:7
%6252 = assign %106, %6251 : f32[16] @ models/lib/nn.yaml:89:7
%6253 = all_reduce_sum %4716 : f32[16] @ models/lib/nn.yaml:90:7
%6254 = mul %6253, %6253 : f32[16] @ models/lib/nn.yaml:90:7
%6255 = reduce_sum %6254 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6256 = sqrt %6255 : f32[] @ models/lib/nn.yaml:90:7
%6257 = cast %6256 : f64[] @ models/lib/nn.yaml:90:7
%6258 = add %6257, %5059 : f64[] @ models/lib/nn.yaml:90:7
%6259 = div %5061, %6258 : f64[] @ models/lib/nn.yaml:90:7
%6260 = lt %6259, %5063 : bool[] @ models/lib/nn.yaml:90:7
%6261 = cast %6259 : f32[] @ models/lib/nn.yaml:90:7
%6262 = broadcast %6261 : f32[16] @ models/lib/nn.yaml:90:7
%6263 = mul %6253, %6262 : f32[16] @ models/lib/nn.yaml:90:7
%6264 = broadcast %6260 : bool[16] @ models/lib/nn.yaml:90:7
%6265 = select %6264, %6263, %6253 : f32[16] @ models/lib/nn.yaml:90:7
%6266 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6267 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6268 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6269 = add %6268, %5073 : i64[] @ models/lib/nn.yaml:90:7
%6270 = mul %6265, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%6271 = mul %6266, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%6272 = add %6271, %6270 : f32[16] @ models/lib/nn.yaml:90:7
%6273 = mul %6265, %6265 : f32[16] @ models/lib/nn.yaml:90:7
%6274 = mul %6273, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%6275 = mul %6267, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%6276 = add %6275, %6274 : f32[16] @ models/lib/nn.yaml:90:7
%6277 = cast %6269 : f64[] @ models/lib/nn.yaml:90:7
%6278 = pow %5082, %6277 : f64[] @ models/lib/nn.yaml:90:7
%6279 = sub %5063, %6278 : f64[] @ models/lib/nn.yaml:90:7
%6280 = div %3087, %6279 : f64[] @ models/lib/nn.yaml:90:7
%6281 = pow %5090, %6277 : f64[] @ models/lib/nn.yaml:90:7
%6282 = sub %5063, %6281 : f64[] @ models/lib/nn.yaml:90:7
%6283 = sqrt %6282 : f64[] @ models/lib/nn.yaml:90:7
%6284 = div %5063, %6283 : f64[] @ models/lib/nn.yaml:90:7
%6285 = sqrt %6276 : f32[16] @ models/lib/nn.yaml:90:7
%6286 = cast %6284 : f32[] @ models/lib/nn.yaml:90:7
%6287 = broadcast %6286 : f32[16] @ models/lib/nn.yaml:90:7
%6288 = mul %6285, %6287 : f32[16] @ models/lib/nn.yaml:90:7
%6289 = add %6288, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%6290 = div %6272, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%6291 = cast %6280 : f32[] @ models/lib/nn.yaml:90:7
%6292 = broadcast %6291 : f32[16] @ models/lib/nn.yaml:90:7
%6293 = mul %6290, %6292 : f32[16] @ models/lib/nn.yaml:90:7
%6294 = sub %29, %6293 : f32[16] @ models/lib/nn.yaml:90:7
%6295 = assign %29, %6294 : f32[16] @ models/lib/nn.yaml:90:7
%6296 = assign %6266, %6272 : f32[16] @ models/lib/nn.yaml:90:7
%6297 = assign %6267, %6276 : f32[16] @ models/lib/nn.yaml:90:7
%6298 = assign %6268, %6269 : i64[] @ models/lib/nn.yaml:90:7
%6299 = mul %107, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%6300 = mul %6294, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%6301 = add %6299, %6300 : f32[16] @ models/lib/nn.yaml:90:7
%6302 = assign %107, %6301 : f32[16] @ models/lib/nn.yaml:90:7
%6303 = all_reduce_sum %4710 : f32[64,16] @ models/lib/nn.yaml:79:7
%6304 = reshape %6303 : f32[1024] @ models/lib/nn.yaml:79:7
%6305 = mul %6304, %6304 : f32[1024] @ models/lib/nn.yaml:79:7
%6306 = reduce_sum %6305 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6307 = sqrt %6306 : f32[] @ models/lib/nn.yaml:79:7
%6308 = cast %6307 : f64[] @ models/lib/nn.yaml:79:7
%6309 = add %6308, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6310 = div %5061, %6309 : f64[] @ models/lib/nn.yaml:79:7
%6311 = lt %6310, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6312 = cast %6310 : f32[] @ models/lib/nn.yaml:79:7
%6313 = broadcast %6312 : f32[64,16] @ models/lib/nn.yaml:79:7
%6314 = mul %6303, %6313 : f32[64,16] @ models/lib/nn.yaml:79:7
%6315 = broadcast %6311 : bool[64,16] @ models/lib/nn.yaml:79:7
%6316 = select %6315, %6314, %6303 : f32[64,16] @ models/lib/nn.yaml:79:7
%6317 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6318 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6319 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6320 = add %6319, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6321 = mul %30, %5690 : f32[64,16] @ models/lib/nn.yaml:79:7
%6322 = mul %6316, %5692 : f32[64,16] @ models/lib/nn.yaml:79:7
%6323 = mul %6317, %5694 : f32[64,16] @ models/lib/nn.yaml:79:7
%6324 = add %6323, %6322 : f32[64,16] @ models/lib/nn.yaml:79:7
%6325 = mul %6316, %6316 : f32[64,16] @ models/lib/nn.yaml:79:7
%6326 = mul %6325, %5698 : f32[64,16] @ models/lib/nn.yaml:79:7
%6327 = mul %6318, %5700 : f32[64,16] @ models/lib/nn.yaml:79:7
%6328 = add %6327, %6326 : f32[64,16] @ models/lib/nn.yaml:79:7
%6329 = cast %6320 : f64[] @ models/lib/nn.yaml:79:7
%6330 = pow %5082, %6329 : f64[] @ models/lib/nn.yaml:79:7
%6331 = sub %5063, %6330 : f64[] @ models/lib/nn.yaml:79:7
%6332 = div %3087, %6331 : f64[] @ models/lib/nn.yaml:79:7
%6333 = pow %5090, %6329 : f64[] @ models/lib/nn.yaml:79:7
%6334 = sub %5063, %6333 : f64[] @ models/lib/nn.yaml:79:7
%6335 = sqrt %6334 : f64[] @ models/lib/nn.yaml:79:7
%6336 = div %5063, %6335 : f64[] @ models/lib/nn.yaml:79:7
%6337 = sqrt %6328 : f32[64,16] @ models/lib/nn.yaml:79:7
%6338 = cast %6336 : f32[] @ models/lib/nn.yaml:79:7
%6339 = broadcast %6338 : f32[64,16] @ models/lib/nn.yaml:79:7
%6340 = mul %6337, %6339 : f32[64,16] @ models/lib/nn.yaml:79:7
%6341 = add %6340, %5715 : f32[64,16] @ models/lib/nn.yaml:79:7
%6342 = div %6324, %6341 : f32[64,16] @ models/lib/nn.yaml:79:7
%6343 = cast %6332 : f32[] @ models/lib/nn.yaml:79:7
%6344 = broadcast %6343 : f32[64,16] @ models/lib/nn.yaml:79:7
%6345 = mul %6342, %6344 : f32[64,16] @ models/lib/nn.yaml:79:7
%6346 = sub %6321, %6345 : f32[64,16] @ models/lib/nn.yaml:79:7
%6347 = assign %30, %6346 : f32[64,16] @ models/lib/nn.yaml:79:7
%6348 = assign %6317, %6324 : f32[64,16] @ models/lib/nn.yaml:79:7
%6349 = assign %6318, %6328 : f32[64,16] @ models/lib/nn.yaml:79:7
%6350 = assign %6319, %6320 : i64[] @ models/lib/nn.yaml:79:7
%6351 = mul %108, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%6352 = mul %6346, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%6353 = add %6351, %6352 : f32[64,16] @ models/lib/nn.yaml:79:7
%6354 = assign %108, %6353 : f32[64,16] @ models/lib/nn.yaml:79:7
%6355 = all_reduce_sum %4702 : f32[64] @ models/lib/nn.yaml:80:7
%6356 = mul %6355, %6355 : f32[64] @ models/lib/nn.yaml:80:7
%6357 = reduce_sum %6356 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6358 = sqrt %6357 : f32[] @ models/lib/nn.yaml:80:7
%6359 = cast %6358 : f64[] @ models/lib/nn.yaml:80:7
%6360 = add %6359, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6361 = div %5061, %6360 : f64[] @ models/lib/nn.yaml:80:7
%6362 = lt %6361, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6363 = cast %6361 : f32[] @ models/lib/nn.yaml:80:7
%6364 = broadcast %6363 : f32[64] @ models/lib/nn.yaml:80:7
%6365 = mul %6355, %6364 : f32[64] @ models/lib/nn.yaml:80:7
%6366 = broadcast %6362 : bool[64] @ models/lib/nn.yaml:80:7
%6367 = select %6366, %6365, %6355 : f32[64] @ models/lib/nn.yaml:80:7
%6368 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6369 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6370 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6371 = add %6370, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6372 = mul %6367, %5749 : f32[64] @ models/lib/nn.yaml:80:7
%6373 = mul %6368, %5751 : f32[64] @ models/lib/nn.yaml:80:7
%6374 = add %6373, %6372 : f32[64] @ models/lib/nn.yaml:80:7
%6375 = mul %6367, %6367 : f32[64] @ models/lib/nn.yaml:80:7
%6376 = mul %6375, %5755 : f32[64] @ models/lib/nn.yaml:80:7
%6377 = mul %6369, %5757 : f32[64] @ models/lib/nn.yaml:80:7
%6378 = add %6377, %6376 : f32[64] @ models/lib/nn.yaml:80:7
%6379 = cast %6371 : f64[] @ models/lib/nn.yaml:80:7
%6380 = pow %5082, %6379 : f64[] @ models/lib/nn.yaml:80:7
%6381 = sub %5063, %6380 : f64[] @ models/lib/nn.yaml:80:7
%6382 = div %3087, %6381 : f64[] @ models/lib/nn.yaml:80:7
%6383 = pow %5090, %6379 : f64[] @ models/lib/nn.yaml:80:7
%6384 = sub %5063, %6383 : f64[] @ models/lib/nn.yaml:80:7
%6385 = sqrt %6384 : f64[] @ models/lib/nn.yaml:80:7
%6386 = div %5063, %6385 : f64[] @ models/lib/nn.yaml:80:7
%6387 = sqrt %6378 : f32[64] @ models/lib/nn.yaml:80:7
%6388 = cast %6386 : f32[] @ models/lib/nn.yaml:80:7
%6389 = broadcast %6388 : f32[64] @ models/lib/nn.yaml:80:7
%6390 = mul %6387, %6389 : f32[64] @ models/lib/nn.yaml:80:7
%6391 = add %6390, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%6392 = div %6374, %6391 : f32[64] @ models/lib/nn.yaml:80:7
%6393 = cast %6382 : f32[] @ models/lib/nn.yaml:80:7
%6394 = broadcast %6393 : f32[64] @ models/lib/nn.yaml:80:7
%6395 = mul %6392, %6394 : f32[64] @ models/lib/nn.yaml:80:7
%6396 = sub %31, %6395 : f32[64] @ models/lib/nn.yaml:80:7
%6397 = assign %31, %6396 : f32[64] @ models/lib/nn.yaml:80:7
%6398 = assign %6368, %6374 : f32[64] @ models/lib/nn.yaml:80:7
%6399 = assign %6369, %6378 : f32[64] @ models/lib/nn.yaml:80:7
%6400 = assign %6370, %6371 : i64[] @ models/lib/nn.yaml:80:7
%6401 = mul %109, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%6402 = mul %6396, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%6403 = add %6401, %6402 : f32[64] @ models/lib/nn.yaml:80:7
%6404 = assign %109, %6403 : f32[64] @ models/lib/nn.yaml:80:7
%6405 = all_reduce_sum %4685 : f32[16,64] @ models/lib/nn.yaml:79:7
%6406 = reshape %6405 : f32[1024] @ models/lib/nn.yaml:79:7
%6407 = mul %6406, %6406 : f32[1024] @ models/lib/nn.yaml:79:7
%6408 = reduce_sum %6407 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6409 = sqrt %6408 : f32[] @ models/lib/nn.yaml:79:7
%6410 = cast %6409 : f64[] @ models/lib/nn.yaml:79:7
%6411 = add %6410, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6412 = div %5061, %6411 : f64[] @ models/lib/nn.yaml:79:7
%6413 = lt %6412, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6414 = cast %6412 : f32[] @ models/lib/nn.yaml:79:7
%6415 = broadcast %6414 : f32[16,64] @ models/lib/nn.yaml:79:7
%6416 = mul %6405, %6415 : f32[16,64] @ models/lib/nn.yaml:79:7
%6417 = broadcast %6413 : bool[16,64] @ models/lib/nn.yaml:79:7
%6418 = select %6417, %6416, %6405 : f32[16,64] @ models/lib/nn.yaml:79:7
%6419 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6420 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6421 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6422 = add %6421, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6423 = mul %32, %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%6424 = mul %6418, %5809 : f32[16,64] @ models/lib/nn.yaml:79:7
%6425 = mul %6419, %5811 : f32[16,64] @ models/lib/nn.yaml:79:7
%6426 = add %6425, %6424 : f32[16,64] @ models/lib/nn.yaml:79:7
%6427 = mul %6418, %6418 : f32[16,64] @ models/lib/nn.yaml:79:7
%6428 = mul %6427, %5815 : f32[16,64] @ models/lib/nn.yaml:79:7
%6429 = mul %6420, %5817 : f32[16,64] @ models/lib/nn.yaml:79:7
%6430 = add %6429, %6428 : f32[16,64] @ models/lib/nn.yaml:79:7
%6431 = cast %6422 : f64[] @ models/lib/nn.yaml:79:7
%6432 = pow %5082, %6431 : f64[] @ models/lib/nn.yaml:79:7
%6433 = sub %5063, %6432 : f64[] @ models/lib/nn.yaml:79:7
%6434 = div %3087, %6433 : f64[] @ models/lib/nn.yaml:79:7
%6435 = pow %5090, %6431 : f64[] @ models/lib/nn.yaml:79:7
%6436 = sub %5063, %6435 : f64[] @ models/lib/nn.yaml:79:7
%6437 = sqrt %6436 : f64[] @ models/lib/nn.yaml:79:7
%6438 = div %5063, %6437 : f64[] @ models/lib/nn.yaml:79:7
%6439 = sqrt %6430 : f32[16,64] @ models/lib/nn.yaml:79:7
%6440 = cast %6438 : f32[] @ models/lib/nn.yaml:79:7
%6441 = broadcast %6440 : f32[16,64] @ models/lib/nn.yaml:79:7
%6442 = mul %6439, %6441 : f32[16,64] @ models/lib/nn.yaml:79:7
%6443 = add %6442, %5832 : f32[16,64] @ models/lib/nn.yaml:79:7
%6444 = div %6426, %6443 : f32[16,64] @ models/lib/nn.yaml:79:7
%6445 = cast %6434 : f32[] @ models/lib/nn.yaml:79:7
%6446 = broadcast %6445 : f32[16,64] @ models/lib/nn.yaml:79:7
%6447 = mul %6444, %6446 : f32[16,64] @ models/lib/nn.yaml:79:7
%6448 = sub %6423, %6447 : f32[16,64] @ models/lib/nn.yaml:79:7
%6449 = assign %32, %6448 : f32[16,64] @ models/lib/nn.yaml:79:7
%6450 = assign %6419, %6426 : f32[16,64] @ models/lib/nn.yaml:79:7
%6451 = assign %6420, %6430 : f32[16,64] @ models/lib/nn.yaml:79:7
%6452 = assign %6421, %6422 : i64[] @ models/lib/nn.yaml:79:7
%6453 = mul %110, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%6454 = mul %6448, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%6455 = add %6453, %6454 : f32[16,64] @ models/lib/nn.yaml:79:7
%6456 = assign %110, %6455 : f32[16,64] @ models/lib/nn.yaml:79:7
%6457 = all_reduce_sum %4677 : f32[16] @ models/lib/nn.yaml:80:7
%6458 = mul %6457, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%6459 = reduce_sum %6458 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6460 = sqrt %6459 : f32[] @ models/lib/nn.yaml:80:7
%6461 = cast %6460 : f64[] @ models/lib/nn.yaml:80:7
%6462 = add %6461, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6463 = div %5061, %6462 : f64[] @ models/lib/nn.yaml:80:7
%6464 = lt %6463, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6465 = cast %6463 : f32[] @ models/lib/nn.yaml:80:7
%6466 = broadcast %6465 : f32[16] @ models/lib/nn.yaml:80:7
%6467 = mul %6457, %6466 : f32[16] @ models/lib/nn.yaml:80:7
%6468 = broadcast %6464 : bool[16] @ models/lib/nn.yaml:80:7
%6469 = select %6468, %6467, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%6470 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6471 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6472 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6473 = add %6472, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6474 = mul %6469, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%6475 = mul %6470, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%6476 = add %6475, %6474 : f32[16] @ models/lib/nn.yaml:80:7
%6477 = mul %6469, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%6478 = mul %6477, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%6479 = mul %6471, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%6480 = add %6479, %6478 : f32[16] @ models/lib/nn.yaml:80:7
%6481 = cast %6473 : f64[] @ models/lib/nn.yaml:80:7
%6482 = pow %5082, %6481 : f64[] @ models/lib/nn.yaml:80:7
%6483 = sub %5063, %6482 : f64[] @ models/lib/nn.yaml:80:7
%6484 = div %3087, %6483 : f64[] @ models/lib/nn.yaml:80:7
%6485 = pow %5090, %6481 : f64[] @ models/lib/nn.yaml:80:7
%6486 = sub %5063, %6485 : f64[] @ models/lib/nn.yaml:80:7
%6487 = sqrt %6486 : f64[] @ models/lib/nn.yaml:80:7
%6488 = div %5063, %6487 : f64[] @ models/lib/nn.yaml:80:7
%6489 = sqrt %6480 : f32[16] @ models/lib/nn.yaml:80:7
%6490 = cast %6488 : f32[] @ models/lib/nn.yaml:80:7
%6491 = broadcast %6490 : f32[16] @ models/lib/nn.yaml:80:7
%6492 = mul %6489, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%6493 = add %6492, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%6494 = div %6476, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%6495 = cast %6484 : f32[] @ models/lib/nn.yaml:80:7
%6496 = broadcast %6495 : f32[16] @ models/lib/nn.yaml:80:7
%6497 = mul %6494, %6496 : f32[16] @ models/lib/nn.yaml:80:7
%6498 = sub %33, %6497 : f32[16] @ models/lib/nn.yaml:80:7
%6499 = assign %33, %6498 : f32[16] @ models/lib/nn.yaml:80:7
%6500 = assign %6470, %6476 : f32[16] @ models/lib/nn.yaml:80:7
%6501 = assign %6471, %6480 : f32[16] @ models/lib/nn.yaml:80:7
%6502 = assign %6472, %6473 : i64[] @ models/lib/nn.yaml:80:7
%6503 = mul %111, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6504 = mul %6498, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6505 = add %6503, %6504 : f32[16] @ models/lib/nn.yaml:80:7
%6506 = assign %111, %6505 : f32[16] @ models/lib/nn.yaml:80:7
%6507 = all_reduce_sum %4670 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6508 = reshape %6507 : f32[16] @ models/lib/vit.yaml:103:7
%6509 = mul %6508, %6508 : f32[16] @ models/lib/vit.yaml:103:7
%6510 = reduce_sum %6509 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%6511 = sqrt %6510 : f32[] @ models/lib/vit.yaml:103:7
%6512 = cast %6511 : f64[] @ models/lib/vit.yaml:103:7
%6513 = add %6512, %5059 : f64[] @ models/lib/vit.yaml:103:7
%6514 = div %5061, %6513 : f64[] @ models/lib/vit.yaml:103:7
%6515 = lt %6514, %5063 : bool[] @ models/lib/vit.yaml:103:7
%6516 = cast %6514 : f32[] @ models/lib/vit.yaml:103:7
%6517 = broadcast %6516 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6518 = mul %6507, %6517 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6519 = broadcast %6515 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%6520 = select %6519, %6518, %6507 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6521 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6522 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6523 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%6524 = add %6523, %5073 : i64[] @ models/lib/vit.yaml:103:7
%6525 = broadcast %5077 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6526 = mul %34, %6525 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6527 = broadcast %2843 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6528 = mul %6520, %6527 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6529 = broadcast %1916 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6530 = mul %6521, %6529 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6531 = add %6530, %6528 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6532 = mul %6520, %6520 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6533 = broadcast %5087 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6534 = mul %6532, %6533 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6535 = broadcast %5091 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6536 = mul %6522, %6535 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6537 = add %6536, %6534 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6538 = cast %6524 : f64[] @ models/lib/vit.yaml:103:7
%6539 = pow %5082, %6538 : f64[] @ models/lib/vit.yaml:103:7
%6540 = sub %5063, %6539 : f64[] @ models/lib/vit.yaml:103:7
%6541 = div %3087, %6540 : f64[] @ models/lib/vit.yaml:103:7
%6542 = pow %5090, %6538 : f64[] @ models/lib/vit.yaml:103:7
%6543 = sub %5063, %6542 : f64[] @ models/lib/vit.yaml:103:7
%6544 = sqrt %6543 : f64[] @ models/lib/vit.yaml:103:7
%6545 = div %5063, %6544 : f64[] @ models/lib/vit.yaml:103:7
%6546 = sqrt %6537 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6547 = cast %6545 : f32[] @ models/lib/vit.yaml:103:7
%6548 = broadcast %6547 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6549 = mul %6546, %6548 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6550 = broadcast %5107 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6551 = add %6549, %6550 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6552 = div %6531, %6551 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6553 = cast %6541 : f32[] @ models/lib/vit.yaml:103:7
%6554 = broadcast %6553 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6555 = mul %6552, %6554 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6556 = sub %6526, %6555 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6557 = assign %34, %6556 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6558 = assign %6521, %6531 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6559 = assign %6522, %6537 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6560 = assign %6523, %6524 : i64[] @ models/lib/vit.yaml:103:7
%6561 = broadcast %5119 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6562 = mul %112, %6561 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6563 = broadcast %5123 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6564 = mul %6556, %6563 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6565 = add %6562, %6564 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6566 = assign %112, %6565 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%6567 = all_reduce_sum %4647 : f32[16] @ models/lib/nn.yaml:89:7
%6568 = mul %6567, %6567 : f32[16] @ models/lib/nn.yaml:89:7
%6569 = reduce_sum %6568 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6570 = sqrt %6569 : f32[] @ models/lib/nn.yaml:89:7
%6571 = cast %6570 : f64[] @ models/lib/nn.yaml:89:7
%6572 = add %6571, %5059 : f64[] @ models/lib/nn.yaml:89:7
%6573 = div %5061, %6572 : f64[] @ models/lib/nn.yaml:89:7
%6574 = lt %6573, %5063 : bool[] @ models/lib/nn.yaml:89:7
%6575 = cast %6573 : f32[] @ models/lib/nn.yaml:89:7
%6576 = broadcast %6575 : f32[16] @ models/lib/nn.yaml:89:7
%6577 = mul %6567, %6576 : f32[16] @ models/lib/nn.yaml:89:7
%6578 = broadcast %6574 : bool[16] @ models/lib/nn.yaml:89:7
%6579 = select %6578, %6577, %6567 : f32[16] @ models/lib/nn.yaml:89:7
%6580 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6581 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6582 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6583 = add %6582, %5073 : i64[] @ models/lib/nn.yaml:89:7
%6584 = mul %6579, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%6585 = mul %6580, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%6586 = add %6585, %6584 : f32[16] @ models/lib/nn.yaml:89:7
%6587 = mul %6579, %6579 : f32[16] @ models/lib/nn.yaml:89:7
%6588 = mul %6587, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%6589 = mul %6581, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%6590 = add %6589, %6588 : f32[16] @ models/lib/nn.yaml:89:7
%6591 = cast %6583 : f64[] @ models/lib/nn.yaml:89:7
%6592 = pow %5082, %6591 : f64[] @ models/lib/nn.yaml:89:7
%6593 = sub %5063, %6592 : f64[] @ models/lib/nn.yaml:89:7
%6594 = div %3087, %6593 : f64[] @ models/lib/nn.yaml:89:7
%6595 = pow %5090, %6591 : f64[] @ models/lib/nn.yaml:89:7
%6596 = sub %5063, %6595 : f64[] @ models/lib/nn.yaml:89:7
%6597 = sqrt %6596 : f64[] @ models/lib/nn.yaml:89:7
%6598 = div %5063, %6597 : f64[] @ models/lib/nn.yaml:89:7
%6599 = sqrt %6590 : f32[16] @ models/lib/nn.yaml:89:7
%6600 = cast %6598 : f32[] @ models/lib/nn.yaml:89:7
%6601 = broadcast %6600 : f32[16] @ models/lib/nn.yaml:89:7
%6602 = mul %6599, %6601 : f32[16] @ models/lib/nn.yaml:89:7
%6603 = add %6602, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%6604 = div %6586, %6603 : f32[16] @ models/lib/nn.yaml:89:7
%6605 = cast %6594 : f32[] @ models/lib/nn.yaml:89:7
%6606 = broadcast %6605 : f32[16] @ models/lib/nn.yaml:89:7
%6607 = mul %6604, %6606 : f32[16] @ models/lib/nn.yaml:89:7
%6608 = sub %35, %6607 : f32[16] @ models/lib/nn.yaml:89:7
%6609 = assign %35, %6608 : f32[16] @ models/lib/nn.yaml:89:7
%6610 = assign %6580, %6586 : f32[16] @ models/lib/nn.yaml:89:7
%6611 = assign %6581, %6590 : f32[16] @ models/lib/nn.yaml:89:7
%6612 = assign %6582, %6583 : i64[] @ models/lib/nn.yaml:89:7
%6613 = mul %113, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%6614 = mul %6608, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%6615 = add %6613, %6614 : f32[16] @ models/lib/nn.yaml:89:7
%6616 = assign %113, %6615 : f32[16] @ models/lib/nn.yaml:89:7
%6617 = all_reduce_sum %4642 : f32[16] @ models/lib/nn.yaml:90:7
%6618 = mul %6617, %6617 : f32[16] @ models/lib/nn.yaml:90:7
%6619 = reduce_sum %6618 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6620 = sqrt %6619 : f32[] @ models/lib/nn.yaml:90:7
%6621 = cast %6620 : f64[] @ models/lib/nn.yaml:90:7
%6622 = add %6621, %5059 : f64[] @ models/lib/nn.yaml:90:7
%6623 = div %5061, %6622 : f64[] @ models/lib/nn.yaml:90:7
%6624 = lt %6623, %5063 : bool[] @ models/lib/nn.yaml:90:7
%6625 = cast %6623 : f32[] @ models/lib/nn.yaml:90:7
%6626 = broadcast %6625 : f32[16] @ models/lib/nn.yaml:90:7
%6627 = mul %6617, %6626 : f32[16] @ models/lib/nn.yaml:90:7
%6628 = broadcast %6624 : bool[16] @ models/lib/nn.yaml:90:7
%6629 = select %6628, %6627, %6617 : f32[16] @ models/lib/nn.yaml:90:7
%6630 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6631 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6632 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6633 = add %6632, %5073 : i64[] @ models/lib/nn.yaml:90:7
%6634 = mul %6629, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%6635 = mul %6630, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%6636 = add %6635, %6634 : f32[16] @ models/lib/nn.yaml:90:7
%6637 = mul %6629, %6629 : f32[16] @ models/lib/nn.yaml:90:7
%6638 = mul %6637, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%6639 = mul %6631, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%6640 = add %6639, %6638 : f32[16] @ models/lib/nn.yaml:90:7
%6641 = cast %6633 : f64[] @ models/lib/nn.yaml:90:7
%6642 = pow %5082, %6641 : f64[] @ models/lib/nn.yaml:90:7
%6643 = sub %5063, %6642 : f64[] @ models/lib/nn.yaml:90:7
%6644 = div %3087, %6643 : f64[] @ models/lib/nn.yaml:90:7
%6645 = pow %5090, %6641 : f64[] @ models/lib/nn.yaml:90:7
%6646 = sub %5063, %6645 : f64[] @ models/lib/nn.yaml:90:7
%6647 = sqrt %6646 : f64[] @ models/lib/nn.yaml:90:7
%6648 = div %5063, %6647 : f64[] @ models/lib/nn.yaml:90:7
%6649 = sqrt %6640 : f32[16] @ models/lib/nn.yaml:90:7
%6650 = cast %6648 : f32[] @ models/lib/nn.yaml:90:7
%6651 = broadcast %6650 : f32[16] @ models/lib/nn.yaml:90:7
%6652 = mul %6649, %6651 : f32[16] @ models/lib/nn.yaml:90:7
%6653 = add %6652, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%6654 = div %6636, %6653 : f32[16] @ models/lib/nn.yaml:90:7
%6655 = cast %6644 : f32[] @ models/lib/nn.yaml:90:7
%6656 = broadcast %6655 : f32[16] @ models/lib/nn.yaml:90:7
%6657 = mul %6654, %6656 : f32[16] @ models/lib/nn.yaml:90:7
%6658 = sub %36, %6657 : f32[16] @ models/lib/nn.yaml:90:7
%6659 = assign %36, %6658 : f32[16] @ models/lib/nn.yaml:90:7
%6660 = assign %6630, %6636 : f32[16] @ models/lib/nn.yaml:90:7
%6661 = assign %6631, %6640 : f32[16] @ models/lib/nn.yaml:90:7
%6662 = assign %6632, %6633 : i64[] @ models/lib/nn.yaml:90:7
%6663 = mul %114, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%6664 = mul %6658, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%6665 = add %6663, %6664 : f32[16] @ models/lib/nn.yaml:90:7
%6666 = assign %114, %6665 : f32[16] @ models/lib/nn.yaml:90:7
%6667 = all_reduce_sum %4634 : f32[16,16] @ models/lib/nn.yaml:79:7
%6668 = reshape %6667 : f32[256] @ models/lib/nn.yaml:79:7
%6669 = mul %6668, %6668 : f32[256] @ models/lib/nn.yaml:79:7
%6670 = reduce_sum %6669 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6671 = sqrt %6670 : f32[] @ models/lib/nn.yaml:79:7
%6672 = cast %6671 : f64[] @ models/lib/nn.yaml:79:7
%6673 = add %6672, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6674 = div %5061, %6673 : f64[] @ models/lib/nn.yaml:79:7
%6675 = lt %6674, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6676 = cast %6674 : f32[] @ models/lib/nn.yaml:79:7
%6677 = broadcast %6676 : f32[16,16] @ models/lib/nn.yaml:79:7
%6678 = mul %6667, %6677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6679 = broadcast %6675 : bool[16,16] @ models/lib/nn.yaml:79:7
%6680 = select %6679, %6678, %6667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6681 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6682 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6683 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6684 = add %6683, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6685 = mul %37, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6686 = mul %6680, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%6687 = mul %6681, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6688 = add %6687, %6686 : f32[16,16] @ models/lib/nn.yaml:79:7
%6689 = mul %6680, %6680 : f32[16,16] @ models/lib/nn.yaml:79:7
%6690 = mul %6689, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6691 = mul %6682, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6692 = add %6691, %6690 : f32[16,16] @ models/lib/nn.yaml:79:7
%6693 = cast %6684 : f64[] @ models/lib/nn.yaml:79:7
%6694 = pow %5082, %6693 : f64[] @ models/lib/nn.yaml:79:7
%6695 = sub %5063, %6694 : f64[] @ models/lib/nn.yaml:79:7
%6696 = div %3087, %6695 : f64[] @ models/lib/nn.yaml:79:7
%6697 = pow %5090, %6693 : f64[] @ models/lib/nn.yaml:79:7
%6698 = sub %5063, %6697 : f64[] @ models/lib/nn.yaml:79:7
%6699 = sqrt %6698 : f64[] @ models/lib/nn.yaml:79:7
%6700 = div %5063, %6699 : f64[] @ models/lib/nn.yaml:79:7
%6701 = sqrt %6692 : f32[16,16] @ models/lib/nn.yaml:79:7
%6702 = cast %6700 : f32[] @ models/lib/nn.yaml:79:7
%6703 = broadcast %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%6704 = mul %6701, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = add %6704, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6706 = div %6688, %6705 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = cast %6696 : f32[] @ models/lib/nn.yaml:79:7
%6708 = broadcast %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = mul %6706, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = sub %6685, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = assign %37, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = assign %6681, %6688 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = assign %6682, %6692 : f32[16,16] @ models/lib/nn.yaml:79:7
%6714 = assign %6683, %6684 : i64[] @ models/lib/nn.yaml:79:7
%6715 = mul %115, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6716 = mul %6710, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6717 = add %6715, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = assign %115, %6717 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = all_reduce_sum %4625 : f32[16] @ models/lib/nn.yaml:80:7
%6720 = mul %6719, %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6721 = reduce_sum %6720 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6722 = sqrt %6721 : f32[] @ models/lib/nn.yaml:80:7
%6723 = cast %6722 : f64[] @ models/lib/nn.yaml:80:7
%6724 = add %6723, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6725 = div %5061, %6724 : f64[] @ models/lib/nn.yaml:80:7
%6726 = lt %6725, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6727 = cast %6725 : f32[] @ models/lib/nn.yaml:80:7
%6728 = broadcast %6727 : f32[16] @ models/lib/nn.yaml:80:7
%6729 = mul %6719, %6728 : f32[16] @ models/lib/nn.yaml:80:7
%6730 = broadcast %6726 : bool[16] @ models/lib/nn.yaml:80:7
%6731 = select %6730, %6729, %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6732 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6733 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6734 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6735 = add %6734, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6736 = mul %6731, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%6737 = mul %6732, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%6738 = add %6737, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%6739 = mul %6731, %6731 : f32[16] @ models/lib/nn.yaml:80:7
%6740 = mul %6739, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%6741 = mul %6733, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%6742 = add %6741, %6740 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = cast %6735 : f64[] @ models/lib/nn.yaml:80:7
%6744 = pow %5082, %6743 : f64[] @ models/lib/nn.yaml:80:7
%6745 = sub %5063, %6744 : f64[] @ models/lib/nn.yaml:80:7
%6746 = div %3087, %6745 : f64[] @ models/lib/nn.yaml:80:7
%6747 = pow %5090, %6743 : f64[] @ models/lib/nn.yaml:80:7
%6748 = sub %5063, %6747 : f64[] @ models/lib/nn.yaml:80:7
%6749 = sqrt %6748 : f64[] @ models/lib/nn.yaml:80:7
%6750 = div %5063, %6749 : f64[] @ models/lib/nn.yaml:80:7
%6751 = sqrt %6742 : f32[16] @ models/lib/nn.yaml:80:7
%6752 = cast %6750 : f32[] @ models/lib/nn.yaml:80:7
%6753 = broadcast %6752 : f32[16] @ models/lib/nn.yaml:80:7
%6754 = mul %6751, %6753 : f32[16] @ models/lib/nn.yaml:80:7
%6755 = add %6754, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%6756 = div %6738, %6755 : f32[16] @ models/lib/nn.yaml:80:7
%6757 = cast %6746 : f32[] @ models/lib/nn.yaml:80:7
%6758 = broadcast %6757 : f32[16] @ models/lib/nn.yaml:80:7
%6759 = mul %6756, %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = sub %38, %6759 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = assign %38, %6760 : f32[16] @ models/lib/nn.yaml:80:7
%6762 = assign %6732, %6738 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = assign %6733, %6742 : f32[16] @ models/lib/nn.yaml:80:7
%6764 = assign %6734, %6735 : i64[] @ models/lib/nn.yaml:80:7
%6765 = mul %116, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6766 = mul %6760, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6767 = add %6765, %6766 : f32[16] @ models/lib/nn.yaml:80:7
%6768 = assign %116, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%6769 = all_reduce_sum %4619 : f32[16,16] @ models/lib/nn.yaml:79:7
%6770 = reshape %6769 : f32[256] @ models/lib/nn.yaml:79:7
%6771 = mul %6770, %6770 : f32[256] @ models/lib/nn.yaml:79:7
%6772 = reduce_sum %6771 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6773 = sqrt %6772 : f32[] @ models/lib/nn.yaml:79:7
%6774 = cast %6773 : f64[] @ models/lib/nn.yaml:79:7
%6775 = add %6774, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6776 = div %5061, %6775 : f64[] @ models/lib/nn.yaml:79:7
%6777 = lt %6776, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6778 = cast %6776 : f32[] @ models/lib/nn.yaml:79:7
%6779 = broadcast %6778 : f32[16,16] @ models/lib/nn.yaml:79:7
%6780 = mul %6769, %6779 : f32[16,16] @ models/lib/nn.yaml:79:7
%6781 = broadcast %6777 : bool[16,16] @ models/lib/nn.yaml:79:7
%6782 = select %6781, %6780, %6769 : f32[16,16] @ models/lib/nn.yaml:79:7
%6783 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6784 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6785 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6786 = add %6785, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6787 = mul %39, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6788 = mul %6782, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%6789 = mul %6783, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6790 = add %6789, %6788 : f32[16,16] @ models/lib/nn.yaml:79:7
%6791 = mul %6782, %6782 : f32[16,16] @ models/lib/nn.yaml:79:7
%6792 = mul %6791, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6793 = mul %6784, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6794 = add %6793, %6792 : f32[16,16] @ models/lib/nn.yaml:79:7
%6795 = cast %6786 : f64[] @ models/lib/nn.yaml:79:7
%6796 = pow %5082, %6795 : f64[] @ models/lib/nn.yaml:79:7
%6797 = sub %5063, %6796 : f64[] @ models/lib/nn.yaml:79:7
%6798 = div %3087, %6797 : f64[] @ models/lib/nn.yaml:79:7
%6799 = pow %5090, %6795 : f64[] @ models/lib/nn.yaml:79:7
%6800 = sub %5063, %6799 : f64[] @ models/lib/nn.yaml:79:7
%6801 = sqrt %6800 : f64[] @ models/lib/nn.yaml:79:7
%6802 = div %5063, %6801 : f64[] @ models/lib/nn.yaml:79:7
%6803 = sqrt %6794 : f32[16,16] @ models/lib/nn.yaml:79:7
%6804 = cast %6802 : f32[] @ models/lib/nn.yaml:79:7
%6805 = broadcast %6804 : f32[16,16] @ models/lib/nn.yaml:79:7
%6806 = mul %6803, %6805 : f32[16,16] @ models/lib/nn.yaml:79:7
%6807 = add %6806, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6808 = div %6790, %6807 : f32[16,16] @ models/lib/nn.yaml:79:7
%6809 = cast %6798 : f32[] @ models/lib/nn.yaml:79:7
%6810 = broadcast %6809 : f32[16,16] @ models/lib/nn.yaml:79:7
%6811 = mul %6808, %6810 : f32[16,16] @ models/lib/nn.yaml:79:7
%6812 = sub %6787, %6811 : f32[16,16] @ models/lib/nn.yaml:79:7
%6813 = assign %39, %6812 : f32[16,16] @ models/lib/nn.yaml:79:7
%6814 = assign %6783, %6790 : f32[16,16] @ models/lib/nn.yaml:79:7
%6815 = assign %6784, %6794 : f32[16,16] @ models/lib/nn.yaml:79:7
%6816 = assign %6785, %6786 : i64[] @ models/lib/nn.yaml:79:7
%6817 = mul %117, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6818 = mul %6812, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6819 = add %6817, %6818 : f32[16,16] @ models/lib/nn.yaml:79:7
%6820 = assign %117, %6819 : f32[16,16] @ models/lib/nn.yaml:79:7
%6821 = all_reduce_sum %4608 : f32[16] @ models/lib/nn.yaml:80:7
%6822 = mul %6821, %6821 : f32[16] @ models/lib/nn.yaml:80:7
%6823 = reduce_sum %6822 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6824 = sqrt %6823 : f32[] @ models/lib/nn.yaml:80:7
%6825 = cast %6824 : f64[] @ models/lib/nn.yaml:80:7
%6826 = add %6825, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6827 = div %5061, %6826 : f64[] @ models/lib/nn.yaml:80:7
%6828 = lt %6827, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6829 = cast %6827 : f32[] @ models/lib/nn.yaml:80:7
%6830 = broadcast %6829 : f32[16] @ models/lib/nn.yaml:80:7
%6831 = mul %6821, %6830 : f32[16] @ models/lib/nn.yaml:80:7
%6832 = broadcast %6828 : bool[16] @ models/lib/nn.yaml:80:7
%6833 = select %6832, %6831, %6821 : f32[16] @ models/lib/nn.yaml:80:7
%6834 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6835 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6836 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6837 = add %6836, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6838 = mul %6833, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%6839 = mul %6834, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%6840 = add %6839, %6838 : f32[16] @ models/lib/nn.yaml:80:7
%6841 = mul %6833, %6833 : f32[16] @ models/lib/nn.yaml:80:7
%6842 = mul %6841, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%6843 = mul %6835, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%6844 = add %6843, %6842 : f32[16] @ models/lib/nn.yaml:80:7
%6845 = cast %6837 : f64[] @ models/lib/nn.yaml:80:7
%6846 = pow %5082, %6845 : f64[] @ models/lib/nn.yaml:80:7
%6847 = sub %5063, %6846 : f64[] @ models/lib/nn.yaml:80:7
%6848 = div %3087, %6847 : f64[] @ models/lib/nn.yaml:80:7
%6849 = pow %5090, %6845 : f64[] @ models/lib/nn.yaml:80:7
%6850 = sub %5063, %6849 : f64[] @ models/lib/nn.yaml:80:7
%6851 = sqrt %6850 : f64[] @ models/lib/nn.yaml:80:7
%6852 = div %5063, %6851 : f64[] @ models/lib/nn.yaml:80:7
%6853 = sqrt %6844 : f32[16] @ models/lib/nn.yaml:80:7
%6854 = cast %6852 : f32[] @ models/lib/nn.yaml:80:7
%6855 = broadcast %6854 : f32[16] @ models/lib/nn.yaml:80:7
%6856 = mul %6853, %6855 : f32[16] @ models/lib/nn.yaml:80:7
%6857 = add %6856, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%6858 = div %6840, %6857 : f32[16] @ models/lib/nn.yaml:80:7
%6859 = cast %6848 : f32[] @ models/lib/nn.yaml:80:7
%6860 = broadcast %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6861 = mul %6858, %6860 : f32[16] @ models/lib/nn.yaml:80:7
%6862 = sub %40, %6861 : f32[16] @ models/lib/nn.yaml:80:7
%6863 = assign %40, %6862 : f32[16] @ models/lib/nn.yaml:80:7
%6864 = assign %6834, %6840 : f32[16] @ models/lib/nn.yaml:80:7
%6865 = assign %6835, %6844 : f32[16] @ models/lib/nn.yaml:80:7
%6866 = assign %6836, %6837 : i64[] @ models/lib/nn.yaml:80:7
%6867 = mul %118, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6868 = mul %6862, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6869 = add %6867, %6868 : f32[16] @ models/lib/nn.yaml:80:7
%6870 = assign %118, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%6871 = all_reduce_sum %4602 : f32[16,16] @ models/lib/nn.yaml:79:7
%6872 = reshape %6871 : f32[256] @ models/lib/nn.yaml:79:7
%6873 = mul %6872, %6872 : f32[256] @ models/lib/nn.yaml:79:7
%6874 = reduce_sum %6873 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6875 = sqrt %6874 : f32[] @ models/lib/nn.yaml:79:7
%6876 = cast %6875 : f64[] @ models/lib/nn.yaml:79:7
%6877 = add %6876, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6878 = div %5061, %6877 : f64[] @ models/lib/nn.yaml:79:7
%6879 = lt %6878, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6880 = cast %6878 : f32[] @ models/lib/nn.yaml:79:7
%6881 = broadcast %6880 : f32[16,16] @ models/lib/nn.yaml:79:7
%6882 = mul %6871, %6881 : f32[16,16] @ models/lib/nn.yaml:79:7
%6883 = broadcast %6879 : bool[16,16] @ models/lib/nn.yaml:79:7
%6884 = select %6883, %6882, %6871 : f32[16,16] @ models/lib/nn.yaml:79:7
%6885 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6886 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6887 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6888 = add %6887, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6889 = mul %41, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6890 = mul %6884, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%6891 = mul %6885, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6892 = add %6891, %6890 : f32[16,16] @ models/lib/nn.yaml:79:7
%6893 = mul %6884, %6884 : f32[16,16] @ models/lib/nn.yaml:79:7
%6894 = mul %6893, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6895 = mul %6886, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6896 = add %6895, %6894 : f32[16,16] @ models/lib/nn.yaml:79:7
%6897 = cast %6888 : f64[] @ models/lib/nn.yaml:79:7
%6898 = pow %5082, %6897 : f64[] @ models/lib/nn.yaml:79:7
%6899 = sub %5063, %6898 : f64[] @ models/lib/nn.yaml:79:7
%6900 = div %3087, %6899 : f64[] @ models/lib/nn.yaml:79:7
%6901 = pow %5090, %6897 : f64[] @ models/lib/nn.yaml:79:7
%6902 = sub %5063, %6901 : f64[] @ models/lib/nn.yaml:79:7
%6903 = sqrt %6902 : f64[] @ models/lib/nn.yaml:79:7
%6904 = div %5063, %6903 : f64[] @ models/lib/nn.yaml:79:7
%6905 = sqrt %6896 : f32[16,16] @ models/lib/nn.yaml:79:7
%6906 = cast %6904 : f32[] @ models/lib/nn.yaml:79:7
%6907 = broadcast %6906 : f32[16,16] @ models/lib/nn.yaml:79:7
%6908 = mul %6905, %6907 : f32[16,16] @ models/lib/nn.yaml:79:7
%6909 = add %6908, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6910 = div %6892, %6909 : f32[16,16] @ models/lib/nn.yaml:79:7
%6911 = cast %6900 : f32[] @ models/lib/nn.yaml:79:7
%6912 = broadcast %6911 : f32[16,16] @ models/lib/nn.yaml:79:7
%6913 = mul %6910, %6912 : f32[16,16] @ models/lib/nn.yaml:79:7
%6914 = sub %6889, %6913 : f32[16,16] @ models/lib/nn.yaml:79:7
%6915 = assign %41, %6914 : f32[16,16] @ models/lib/nn.yaml:79:7
%6916 = assign %6885, %6892 : f32[16,16] @ models/lib/nn.yaml:79:7
%6917 = assign %6886, %6896 : f32[16,16] @ models/lib/nn.yaml:79:7
%6918 = assign %6887, %6888 : i64[] @ models/lib/nn.yaml:79:7
%6919 = mul %119, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6920 = mul %6914, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6921 = add %6919, %6920 : f32[16,16] @ models/lib/nn.yaml:79:7
%6922 = assign %119, %6921 : f32[16,16] @ models/lib/nn.yaml:79:7
%6923 = all_reduce_sum %4593 : f32[16] @ models/lib/nn.yaml:80:7
%6924 = mul %6923, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%6925 = reduce_sum %6924 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6926 = sqrt %6925 : f32[] @ models/lib/nn.yaml:80:7
%6927 = cast %6926 : f64[] @ models/lib/nn.yaml:80:7
%6928 = add %6927, %5059 : f64[] @ models/lib/nn.yaml:80:7
%6929 = div %5061, %6928 : f64[] @ models/lib/nn.yaml:80:7
%6930 = lt %6929, %5063 : bool[] @ models/lib/nn.yaml:80:7
%6931 = cast %6929 : f32[] @ models/lib/nn.yaml:80:7
%6932 = broadcast %6931 : f32[16] @ models/lib/nn.yaml:80:7
%6933 = mul %6923, %6932 : f32[16] @ models/lib/nn.yaml:80:7
%6934 = broadcast %6930 : bool[16] @ models/lib/nn.yaml:80:7
%6935 = select %6934, %6933, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%6936 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6937 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6938 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6939 = add %6938, %5073 : i64[] @ models/lib/nn.yaml:80:7
%6940 = mul %6935, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%6941 = mul %6936, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%6942 = add %6941, %6940 : f32[16] @ models/lib/nn.yaml:80:7
%6943 = mul %6935, %6935 : f32[16] @ models/lib/nn.yaml:80:7
%6944 = mul %6943, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%6945 = mul %6937, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%6946 = add %6945, %6944 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = cast %6939 : f64[] @ models/lib/nn.yaml:80:7
%6948 = pow %5082, %6947 : f64[] @ models/lib/nn.yaml:80:7
%6949 = sub %5063, %6948 : f64[] @ models/lib/nn.yaml:80:7
%6950 = div %3087, %6949 : f64[] @ models/lib/nn.yaml:80:7
%6951 = pow %5090, %6947 : f64[] @ models/lib/nn.yaml:80:7
%6952 = sub %5063, %6951 : f64[] @ models/lib/nn.yaml:80:7
%6953 = sqrt %6952 : f64[] @ models/lib/nn.yaml:80:7
%6954 = div %5063, %6953 : f64[] @ models/lib/nn.yaml:80:7
%6955 = sqrt %6946 : f32[16] @ models/lib/nn.yaml:80:7
%6956 = cast %6954 : f32[] @ models/lib/nn.yaml:80:7
%6957 = broadcast %6956 : f32[16] @ models/lib/nn.yaml:80:7
%6958 = mul %6955, %6957 : f32[16] @ models/lib/nn.yaml:80:7
%6959 = add %6958, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%6960 = div %6942, %6959 : f32[16] @ models/lib/nn.yaml:80:7
%6961 = cast %6950 : f32[] @ models/lib/nn.yaml:80:7
%6962 = broadcast %6961 : f32[16] @ models/lib/nn.yaml:80:7
%6963 = mul %6960, %6962 : f32[16] @ models/lib/nn.yaml:80:7
%6964 = sub %42, %6963 : f32[16] @ models/lib/nn.yaml:80:7
%6965 = assign %42, %6964 : f32[16] @ models/lib/nn.yaml:80:7
%6966 = assign %6936, %6942 : f32[16] @ models/lib/nn.yaml:80:7
%6967 = assign %6937, %6946 : f32[16] @ models/lib/nn.yaml:80:7
%6968 = assign %6938, %6939 : i64[] @ models/lib/nn.yaml:80:7
%6969 = mul %120, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%6970 = mul %6964, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%6971 = add %6969, %6970 : f32[16] @ models/lib/nn.yaml:80:7
%6972 = assign %120, %6971 : f32[16] @ models/lib/nn.yaml:80:7
%6973 = all_reduce_sum %4536 : f32[16,16] @ models/lib/nn.yaml:79:7
%6974 = reshape %6973 : f32[256] @ models/lib/nn.yaml:79:7
%6975 = mul %6974, %6974 : f32[256] @ models/lib/nn.yaml:79:7
%6976 = reduce_sum %6975 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6977 = sqrt %6976 : f32[] @ models/lib/nn.yaml:79:7
%6978 = cast %6977 : f64[] @ models/lib/nn.yaml:79:7
%6979 = add %6978, %5059 : f64[] @ models/lib/nn.yaml:79:7
%6980 = div %5061, %6979 : f64[] @ models/lib/nn.yaml:79:7
%6981 = lt %6980, %5063 : bool[] @ models/lib/nn.yaml:79:7
%6982 = cast %6980 : f32[] @ models/lib/nn.yaml:79:7
%6983 = broadcast %6982 : f32[16,16] @ models/lib/nn.yaml:79:7
%6984 = mul %6973, %6983 : f32[16,16] @ models/lib/nn.yaml:79:7
%6985 = broadcast %6981 : bool[16,16] @ models/lib/nn.yaml:79:7
%6986 = select %6985, %6984, %6973 : f32[16,16] @ models/lib/nn.yaml:79:7
%6987 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6988 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6989 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6990 = add %6989, %5073 : i64[] @ models/lib/nn.yaml:79:7
%6991 = mul %43, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6992 = mul %6986, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%6993 = mul %6987, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6994 = add %6993, %6992 : f32[16,16] @ models/lib/nn.yaml:79:7
%6995 = mul %6986, %6986 : f32[16,16] @ models/lib/nn.yaml:79:7
%6996 = mul %6995, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6997 = mul %6988, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6998 = add %6997, %6996 : f32[16,16] @ models/lib/nn.yaml:79:7
%6999 = cast %6990 : f64[] @ models/lib/nn.yaml:79:7
%7000 = pow %5082, %6999 : f64[] @ models/lib/nn.yaml:79:7
%7001 = sub %5063, %7000 : f64[] @ models/lib/nn.yaml:79:7
%7002 = div %3087, %7001 : f64[] @ models/lib/nn.yaml:79:7
%7003 = pow %5090, %6999 : f64[] @ models/lib/nn.yaml:79:7
%7004 = sub %5063, %7003 : f64[] @ models/lib/nn.yaml:79:7
%7005 = sqrt %7004 : f64[] @ models/lib/nn.yaml:79:7
%7006 = div %5063, %7005 : f64[] @ models/lib/nn.yaml:79:7
%7007 = sqrt %6998 : f32[16,16] @ models/lib/nn.yaml:79:7
%7008 = cast %7006 : f32[] @ models/lib/nn.yaml:79:7
%7009 = broadcast %7008 : f32[16,16] @ models/lib/nn.yaml:79:7
%7010 = mul %7007, %7009 : f32[16,16] @ models/lib/nn.yaml:79:7
%7011 = add %7010, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%7012 = div %6994, %7011 : f32[16,16] @ models/lib/nn.yaml:79:7
%7013 = cast %7002 : f32[] @ models/lib/nn.yaml:79:7
%7014 = broadcast %7013 : f32[16,16] @ models/lib/nn.yaml:79:7
%7015 = mul %7012, %7014 : f32[16,16] @ models/lib/nn.yaml:79:7
%7016 = sub %6991, %7015 : f32[16,16] @ models/lib/nn.yaml:79:7
%7017 = assign %43, %7016 : f32[16,16] @ models/lib/nn.yaml:79:7
%7018 = assign %6987, %6994 : f32[16,16] @ models/lib/nn.yaml:79:7
%7019 = assign %6988, %6998 : f32[16,16] @ models/lib/nn.yaml:79:7
%7020 = assign %6989, %6990 : i64[] @ models/lib/nn.yaml:79:7
%7021 = mul %121, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7022 = mul %7016, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7023 = add %7021, %7022 : f32[16,16] @ models/lib/nn.yaml:79:7
%7024 = assign %121, %7023 : f32[16,16] @ models/lib/nn.yaml:79:7
%7025 = all_reduce_sum %4528 : f32[16] @ models/lib/nn.yaml:80:7
%7026 = mul %7025, %7025 : f32[16] @ models/lib/nn.yaml:80:7
%7027 = reduce_sum %7026 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7028 = sqrt %7027 : f32[] @ models/lib/nn.yaml:80:7
%7029 = cast %7028 : f64[] @ models/lib/nn.yaml:80:7
%7030 = add %7029, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7031 = div %5061, %7030 : f64[] @ models/lib/nn.yaml:80:7
%7032 = lt %7031, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7033 = cast %7031 : f32[] @ models/lib/nn.yaml:80:7
%7034 = broadcast %7033 : f32[16] @ models/lib/nn.yaml:80:7
%7035 = mul %7025, %7034 : f32[16] @ models/lib/nn.yaml:80:7
%7036 = broadcast %7032 : bool[16] @ models/lib/nn.yaml:80:7
%7037 = select %7036, %7035, %7025 : f32[16] @ models/lib/nn.yaml:80:7
%7038 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7039 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7040 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7041 = add %7040, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7042 = mul %7037, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%7043 = mul %7038, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%7044 = add %7043, %7042 : f32[16] @ models/lib/nn.yaml:80:7
%7045 = mul %7037, %7037 : f32[16] @ models/lib/nn.yaml:80:7
%7046 = mul %7045, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%7047 = mul %7039, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%7048 = add %7047, %7046 : f32[16] @ models/lib/nn.yaml:80:7
%7049 = cast %7041 : f64[] @ models/lib/nn.yaml:80:7
%7050 = pow %5082, %7049 : f64[] @ models/lib/nn.yaml:80:7
%7051 = sub %5063, %7050 : f64[] @ models/lib/nn.yaml:80:7
%7052 = div %3087, %7051 : f64[] @ models/lib/nn.yaml:80:7
%7053 = pow %5090, %7049 : f64[] @ models/lib/nn.yaml:80:7
%7054 = sub %5063, %7053 : f64[] @ models/lib/nn.yaml:80:7
%7055 = sqrt %7054 : f64[] @ models/lib/nn.yaml:80:7
%7056 = div %5063, %7055 : f64[] @ models/lib/nn.yaml:80:7
%7057 = sqrt %7048 : f32[16] @ models/lib/nn.yaml:80:7
%7058 = cast %7056 : f32[] @ models/lib/nn.yaml:80:7
%7059 = broadcast %7058 : f32[16] @ models/lib/nn.yaml:80:7
%7060 = mul %7057, %7059 : f32[16] @ models/lib/nn.yaml:80:7
%7061 = add %7060, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%7062 = div %7044, %7061 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = cast %7052 : f32[] @ models/lib/nn.yaml:80:7
%7064 = broadcast %7063 : f32[16] @ models/lib/nn.yaml:80:7
%7065 = mul %7062, %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = sub %44, %7065 : f32[16] @ models/lib/nn.yaml:80:7
%7067 = assign %44, %7066 : f32[16] @ models/lib/nn.yaml:80:7
%7068 = assign %7038, %7044 : f32[16] @ models/lib/nn.yaml:80:7
%7069 = assign %7039, %7048 : f32[16] @ models/lib/nn.yaml:80:7
%7070 = assign %7040, %7041 : i64[] @ models/lib/nn.yaml:80:7
%7071 = mul %122, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7072 = mul %7066, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7073 = add %7071, %7072 : f32[16] @ models/lib/nn.yaml:80:7
%7074 = assign %122, %7073 : f32[16] @ models/lib/nn.yaml:80:7
%7075 = all_reduce_sum %4507 : f32[16] @ models/lib/nn.yaml:89:7
%7076 = mul %7075, %7075 : f32[16] @ models/lib/nn.yaml:89:7
%7077 = reduce_sum %7076 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7078 = sqrt %7077 : f32[] @ models/lib/nn.yaml:89:7
%7079 = cast %7078 : f64[] @ models/lib/nn.yaml:89:7
%7080 = add %7079, %5059 : f64[] @ models/lib/nn.yaml:89:7
%7081 = div %5061, %7080 : f64[] @ models/lib/nn.yaml:89:7
%7082 = lt %7081, %5063 : bool[] @ models/lib/nn.yaml:89:7
%7083 = cast %7081 : f32[] @ models/lib/nn.yaml:89:7
%7084 = broadcast %7083 : f32[16] @ models/lib/nn.yaml:89:7
%7085 = mul %7075, %7084 : f32[16] @ models/lib/nn.yaml:89:7
%7086 = broadcast %7082 : bool[16] @ models/lib/nn.yaml:89:7
%7087 = select %7086, %7085, %7075 : f32[16] @ models/lib/nn.yaml:89:7
%7088 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7089 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7090 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7091 = add %7090, %5073 : i64[] @ models/lib/nn.yaml:89:7
%7092 = mul %7087, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%7093 = mul %7088, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%7094 = add %7093, %7092 : f32[16] @ models/lib/nn.yaml:89:7
%7095 = mul %7087, %7087 : f32[16] @ models/lib/nn.yaml:89:7
%7096 = mul %7095, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%7097 = mul %7089, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%7098 = add %7097, %7096 : f32[16] @ models/lib/nn.yaml:89:7
%7099 = cast %7091 : f64[] @ models/lib/nn.yaml:89:7
%7100 = pow %5082, %7099 : f64[] @ models/lib/nn.yaml:89:7
%7101 = sub %5063, %7100 : f64[] @ models/lib/nn.yaml:89:7
%7102 = div %3087, %7101 : f64[] @ models/lib/nn.yaml:89:7
%7103 = pow %5090, %7099 : f64[] @ models/lib/nn.yaml:89:7
%7104 = sub %5063, %7103 : f64[] @ models/lib/nn.yaml:89:7
%7105 = sqrt %7104 : f64[] @ models/lib/nn.yaml:89:7
%7106 = div %5063, %7105 : f64[] @ models/lib/nn.yaml:89:7
%7107 = sqrt %7098 : f32[16] @ models/lib/nn.yaml:89:7
%7108 = cast %7106 : f32[] @ models/lib/nn.yaml:89:7
%7109 = broadcast %7108 : f32[16] @ models/lib/nn.yaml:89:7
%7110 = mul %7107, %7109 : f32[16] @ models/lib/nn.yaml:89:7
%7111 = add %7110, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%7112 = div %7094, %7111 : f32[16] @ models/lib/nn.yaml:89:7
%7113 = cast %7102 : f32[] @ models/lib/nn.yaml:89:7
%7114 = broadcast %7113 : f32[16] @ models/lib/nn.yaml:89:7
%7115 = mul %7112, %7114 : f32[16] @ models/lib/nn.yaml:89:7
%7116 = sub %45, %7115 : f32[16] @ models/lib/nn.yaml:89:7
%7117 = assign %45, %7116 : f32[16] @ models/lib/nn.yaml:89:7
%7118 = assign %7088, %7094 : f32[16] @ models/lib/nn.yaml:89:7
%7119 = assign %7089, %7098 : f32[16] @ models/lib/nn.yaml:89:7
%7120 = assign %7090, %7091 : i64[] @ models/lib/nn.yaml:89:7
%7121 = mul %123, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%7122 = mul %7116, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%7123 = add %7121, %7122 : f32[16] @ models/lib/nn.yaml:89:7
%7124 = assign %123, %7123 : f32[16] @ models/lib/nn.yaml:89:7
%7125 = all_reduce_sum %4502 : f32[16] @ models/lib/nn.yaml:90:7
%7126 = mul %7125, %7125 : f32[16] @ models/lib/nn.yaml:90:7
%7127 = reduce_sum %7126 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7128 = sqrt %7127 : f32[] @ models/lib/nn.yaml:90:7
%7129 = cast %7128 : f64[] @ models/lib/nn.yaml:90:7
%7130 = add %7129, %5059 : f64[] @ models/lib/nn.yaml:90:7
%7131 = div %5061, %7130 : f64[] @ models/lib/nn.yaml:90:7
%7132 = lt %7131, %5063 : bool[] @ models/lib/nn.yaml:90:7
%7133 = cast %7131 : f32[] @ models/lib/nn.yaml:90:7
%7134 = broadcast %7133 : f32[16] @ models/lib/nn.yaml:90:7
%7135 = mul %7125, %7134 : f32[16] @ models/lib/nn.yaml:90:7
%7136 = broadcast %7132 : bool[16] @ models/lib/nn.yaml:90:7
%7137 = select %7136, %7135, %7125 : f32[16] @ models/lib/nn.yaml:90:7
%7138 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7139 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7140 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7141 = add %7140, %5073 : i64[] @ models/lib/nn.yaml:90:7
%7142 = mul %7137, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%7143 = mul %7138, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%7144 = add %7143, %7142 : f32[16] @ models/lib/nn.yaml:90:7
%7145 = mul %7137, %7137 : f32[16] @ models/lib/nn.yaml:90:7
%7146 = mul %7145, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%7147 = mul %7139, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%7148 = add %7147, %7146 : f32[16] @ models/lib/nn.yaml:90:7
%7149 = cast %7141 : f64[] @ models/lib/nn.yaml:90:7
%7150 = pow %5082, %7149 : f64[] @ models/lib/nn.yaml:90:7
%7151 = sub %5063, %7150 : f64[] @ models/lib/nn.yaml:90:7
%7152 = div %3087, %7151 : f64[] @ models/lib/nn.yaml:90:7
%7153 = pow %5090, %7149 : f64[] @ models/lib/nn.yaml:90:7
%7154 = sub %5063, %7153 : f64[] @ models/lib/nn.yaml:90:7
%7155 = sqrt %7154 : f64[] @ models/lib/nn.yaml:90:7
%7156 = div %5063, %7155 : f64[] @ models/lib/nn.yaml:90:7
%7157 = sqrt %7148 : f32[16] @ models/lib/nn.yaml:90:7
%7158 = cast %7156 : f32[] @ models/lib/nn.yaml:90:7
%7159 = broadcast %7158 : f32[16] @ models/lib/nn.yaml:90:7
%7160 = mul %7157, %7159 : f32[16] @ models/lib/nn.yaml:90:7
%7161 = add %7160, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%7162 = div %7144, %7161 : f32[16] @ models/lib/nn.yaml:90:7
%7163 = cast %7152 : f32[] @ models/lib/nn.yaml:90:7
%7164 = broadcast %7163 : f32[16] @ models/lib/nn.yaml:90:7
%7165 = mul %7162, %7164 : f32[16] @ models/lib/nn.yaml:90:7
%7166 = sub %46, %7165 : f32[16] @ models/lib/nn.yaml:90:7
%7167 = assign %46, %7166 : f32[16] @ models/lib/nn.yaml:90:7
%7168 = assign %7138, %7144 : f32[16] @ models/lib/nn.yaml:90:7
%7169 = assign %7139, %7148 : f32[16] @ models/lib/nn.yaml:90:7
%7170 = assign %7140, %7141 : i64[] @ models/lib/nn.yaml:90:7
%7171 = mul %124, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%7172 = mul %7166, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%7173 = add %7171, %7172 : f32[16] @ models/lib/nn.yaml:90:7
%7174 = assign %124, %7173 : f32[16] @ models/lib/nn.yaml:90:7
%7175 = all_reduce_sum %4498 : f32[64,16] @ models/lib/nn.yaml:79:7
%7176 = reshape %7175 : f32[1024] @ models/lib/nn.yaml:79:7
%7177 = mul %7176, %7176 : f32[1024] @ models/lib/nn.yaml:79:7
%7178 = reduce_sum %7177 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7179 = sqrt %7178 : f32[] @ models/lib/nn.yaml:79:7
%7180 = cast %7179 : f64[] @ models/lib/nn.yaml:79:7
%7181 = add %7180, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7182 = div %5061, %7181 : f64[] @ models/lib/nn.yaml:79:7
%7183 = lt %7182, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7184 = cast %7182 : f32[] @ models/lib/nn.yaml:79:7
%7185 = broadcast %7184 : f32[64,16] @ models/lib/nn.yaml:79:7
%7186 = mul %7175, %7185 : f32[64,16] @ models/lib/nn.yaml:79:7
%7187 = broadcast %7183 : bool[64,16] @ models/lib/nn.yaml:79:7
%7188 = select %7187, %7186, %7175 : f32[64,16] @ models/lib/nn.yaml:79:7
%7189 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7190 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7191 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7192 = add %7191, %5073 : i64[] @ models/lib/nn.yaml:79:7
%7193 = mul %47, %5690 : f32[64,16] @ models/lib/nn.yaml:79:7
%7194 = mul %7188, %5692 : f32[64,16] @ models/lib/nn.yaml:79:7
%7195 = mul %7189, %5694 : f32[64,16] @ models/lib/nn.yaml:79:7
%7196 = add %7195, %7194 : f32[64,16] @ models/lib/nn.yaml:79:7
%7197 = mul %7188, %7188 : f32[64,16] @ models/lib/nn.yaml:79:7
%7198 = mul %7197, %5698 : f32[64,16] @ models/lib/nn.yaml:79:7
%7199 = mul %7190, %5700 : f32[64,16] @ models/lib/nn.yaml:79:7
%7200 = add %7199, %7198 : f32[64,16] @ models/lib/nn.yaml:79:7
%7201 = cast %7192 : f64[] @ models/lib/nn.yaml:79:7
%7202 = pow %5082, %7201 : f64[] @ models/lib/nn.yaml:79:7
%7203 = sub %5063, %7202 : f64[] @ models/lib/nn.yaml:79:7
%7204 = div %3087, %7203 : f64[] @ models/lib/nn.yaml:79:7
%7205 = pow %5090, %7201 : f64[] @ models/lib/nn.yaml:79:7
%7206 = sub %5063, %7205 : f64[] @ models/lib/nn.yaml:79:7
%7207 = sqrt %7206 : f64[] @ models/lib/nn.yaml:79:7
%7208 = div %5063, %7207 : f64[] @ models/lib/nn.yaml:79:7
%7209 = sqrt %7200 : f32[64,16] @ models/lib/nn.yaml:79:7
%7210 = cast %7208 : f32[] @ models/lib/nn.yaml:79:7
%7211 = broadcast %7210 : f32[64,16] @ models/lib/nn.yaml:79:7
%7212 = mul %7209, %7211 : f32[64,16] @ models/lib/nn.yaml:79:7
%7213 = add %7212, %5715 : f32[64,16] @ models/lib/nn.yaml:79:7
%7214 = div %7196, %7213 : f32[64,16] @ models/lib/nn.yaml:79:7
%7215 = cast %7204 : f32[] @ models/lib/nn.yaml:79:7
%7216 = broadcast %7215 : f32[64,16] @ models/lib/nn.yaml:79:7
%7217 = mul %7214, %7216 : f32[64,16] @ models/lib/nn.yaml:79:7
%7218 = sub %7193, %7217 : f32[64,16] @ models/lib/nn.yaml:79:7
%7219 = assign %47, %7218 : f32[64,16] @ models/lib/nn.yaml:79:7
%7220 = assign %7189, %7196 : f32[64,16] @ models/lib/nn.yaml:79:7
%7221 = assign %7190, %7200 : f32[64,16] @ models/lib/nn.yaml:79:7
%7222 = assign %7191, %7192 : i64[] @ models/lib/nn.yaml:79:7
%7223 = mul %125, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%7224 = mul %7218, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%7225 = add %7223, %7224 : f32[64,16] @ models/lib/nn.yaml:79:7
%7226 = assign %125, %7225 : f32[64,16] @ models/lib/nn.yaml:79:7
%7227 = all_reduce_sum %4490 : f32[64] @ models/lib/nn.yaml:80:7
%7228 = mul %7227, %7227 : f32[64] @ models/lib/nn.yaml:80:7
%7229 = reduce_sum %7228 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7230 = sqrt %7229 : f32[] @ models/lib/nn.yaml:80:7
%7231 = cast %7230 : f64[] @ models/lib/nn.yaml:80:7
%7232 = add %7231, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7233 = div %5061, %7232 : f64[] @ models/lib/nn.yaml:80:7
%7234 = lt %7233, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7235 = cast %7233 : f32[] @ models/lib/nn.yaml:80:7
%7236 = broadcast %7235 : f32[64] @ models/lib/nn.yaml:80:7
%7237 = mul %7227, %7236 : f32[64] @ models/lib/nn.yaml:80:7
%7238 = broadcast %7234 : bool[64] @ models/lib/nn.yaml:80:7
%7239 = select %7238, %7237, %7227 : f32[64] @ models/lib/nn.yaml:80:7
%7240 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7241 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7242 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7243 = add %7242, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7244 = mul %7239, %5749 : f32[64] @ models/lib/nn.yaml:80:7
%7245 = mul %7240, %5751 : f32[64] @ models/lib/nn.yaml:80:7
%7246 = add %7245, %7244 : f32[64] @ models/lib/nn.yaml:80:7
%7247 = mul %7239, %7239 : f32[64] @ models/lib/nn.yaml:80:7
%7248 = mul %7247, %5755 : f32[64] @ models/lib/nn.yaml:80:7
%7249 = mul %7241, %5757 : f32[64] @ models/lib/nn.yaml:80:7
%7250 = add %7249, %7248 : f32[64] @ models/lib/nn.yaml:80:7
%7251 = cast %7243 : f64[] @ models/lib/nn.yaml:80:7
%7252 = pow %5082, %7251 : f64[] @ models/lib/nn.yaml:80:7
%7253 = sub %5063, %7252 : f64[] @ models/lib/nn.yaml:80:7
%7254 = div %3087, %7253 : f64[] @ models/lib/nn.yaml:80:7
%7255 = pow %5090, %7251 : f64[] @ models/lib/nn.yaml:80:7
%7256 = sub %5063, %7255 : f64[] @ models/lib/nn.yaml:80:7
%7257 = sqrt %7256 : f64[] @ models/lib/nn.yaml:80:7
%7258 = div %5063, %7257 : f64[] @ models/lib/nn.yaml:80:7
%7259 = sqrt %7250 : f32[64] @ models/lib/nn.yaml:80:7
%7260 = cast %7258 : f32[] @ models/lib/nn.yaml:80:7
%7261 = broadcast %7260 : f32[64] @ models/lib/nn.yaml:80:7
%7262 = mul %7259, %7261 : f32[64] @ models/lib/nn.yaml:80:7
%7263 = add %7262, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%7264 = div %7246, %7263 : f32[64] @ models/lib/nn.yaml:80:7
%7265 = cast %7254 : f32[] @ models/lib/nn.yaml:80:7
%7266 = broadcast %7265 : f32[64] @ models/lib/nn.yaml:80:7
%7267 = mul %7264, %7266 : f32[64] @ models/lib/nn.yaml:80:7
%7268 = sub %48, %7267 : f32[64] @ models/lib/nn.yaml:80:7
%7269 = assign %48, %7268 : f32[64] @ models/lib/nn.yaml:80:7
%7270 = assign %7240, %7246 : f32[64] @ models/lib/nn.yaml:80:7
%7271 = assign %7241, %7250 : f32[64] @ models/lib/nn.yaml:80:7
%7272 = assign %7242, %7243 : i64[] @ models/lib/nn.yaml:80:7
%7273 = mul %126, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%7274 = mul %7268, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%7275 = add %7273, %7274 : f32[64] @ models/lib/nn.yaml:80:7
%7276 = assign %126, %7275 : f32[64] @ models/lib/nn.yaml:80:7
%7277 = all_reduce_sum %4476 : f32[16,64] @ models/lib/nn.yaml:79:7
%7278 = reshape %7277 : f32[1024] @ models/lib/nn.yaml:79:7
%7279 = mul %7278, %7278 : f32[1024] @ models/lib/nn.yaml:79:7
%7280 = reduce_sum %7279 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7281 = sqrt %7280 : f32[] @ models/lib/nn.yaml:79:7
%7282 = cast %7281 : f64[] @ models/lib/nn.yaml:79:7
%7283 = add %7282, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7284 = div %5061, %7283 : f64[] @ models/lib/nn.yaml:79:7
%7285 = lt %7284, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7286 = cast %7284 : f32[] @ models/lib/nn.yaml:79:7
%7287 = broadcast %7286 : f32[16,64] @ models/lib/nn.yaml:79:7
%7288 = mul %7277, %7287 : f32[16,64] @ models/lib/nn.yaml:79:7
%7289 = broadcast %7285 : bool[16,64] @ models/lib/nn.yaml:79:7
%7290 = select %7289, %7288, %7277 : f32[16,64] @ models/lib/nn.yaml:79:7
%7291 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7292 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7293 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7294 = add %7293, %5073 : i64[] @ models/lib/nn.yaml:79:7
%7295 = mul %49, %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%7296 = mul %7290, %5809 : f32[16,64] @ models/lib/nn.yaml:79:7
%7297 = mul %7291, %5811 : f32[16,64] @ models/lib/nn.yaml:79:7
%7298 = add %7297, %7296 : f32[16,64] @ models/lib/nn.yaml:79:7
%7299 = mul %7290, %7290 : f32[16,64] @ models/lib/nn.yaml:79:7
%7300 = mul %7299, %5815 : f32[16,64] @ models/lib/nn.yaml:79:7
%7301 = mul %7292, %5817 : f32[16,64] @ models/lib/nn.yaml:79:7
%7302 = add %7301, %7300 : f32[16,64] @ models/lib/nn.yaml:79:7
%7303 = cast %7294 : f64[] @ models/lib/nn.yaml:79:7
%7304 = pow %5082, %7303 : f64[] @ models/lib/nn.yaml:79:7
%7305 = sub %5063, %7304 : f64[] @ models/lib/nn.yaml:79:7
%7306 = div %3087, %7305 : f64[] @ models/lib/nn.yaml:79:7
%7307 = pow %5090, %7303 : f64[] @ models/lib/nn.yaml:79:7
%7308 = sub %5063, %7307 : f64[] @ models/lib/nn.yaml:79:7
%7309 = sqrt %7308 : f64[] @ models/lib/nn.yaml:79:7
%7310 = div %5063, %7309 : f64[] @ models/lib/nn.yaml:79:7
%7311 = sqrt %7302 : f32[16,64] @ models/lib/nn.yaml:79:7
%7312 = cast %7310 : f32[] @ models/lib/nn.yaml:79:7
%7313 = broadcast %7312 : f32[16,64] @ models/lib/nn.yaml:79:7
%7314 = mul %7311, %7313 : f32[16,64] @ models/lib/nn.yaml:79:7
%7315 = add %7314, %5832 : f32[16,64] @ models/lib/nn.yaml:79:7
%7316 = div %7298, %7315 : f32[16,64] @ models/lib/nn.yaml:79:7
%7317 = cast %7306 : f32[] @ models/lib/nn.yaml:79:7
%7318 = broadcast %7317 : f32[16,64] @ models/lib/nn.yaml:79:7
%7319 = mul %7316, %7318 : f32[16,64] @ models/lib/nn.yaml:79:7
%7320 = sub %7295, %7319 : f32[16,64] @ models/lib/nn.yaml:79:7
%7321 = assign %49, %7320 : f32[16,64] @ models/lib/nn.yaml:79:7
%7322 = assign %7291, %7298 : f32[16,64] @ models/lib/nn.yaml:79:7
%7323 = assign %7292, %7302 : f32[16,64] @ models/lib/nn.yaml:79:7
%7324 = assign %7293, %7294 : i64[] @ models/lib/nn.yaml:79:7
%7325 = mul %127, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%7326 = mul %7320, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%7327 = add %7325, %7326 : f32[16,64] @ models/lib/nn.yaml:79:7
%7328 = assign %127, %7327 : f32[16,64] @ models/lib/nn.yaml:79:7
%7329 = all_reduce_sum %4468 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = mul %7329, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7331 = reduce_sum %7330 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7332 = sqrt %7331 : f32[] @ models/lib/nn.yaml:80:7
%7333 = cast %7332 : f64[] @ models/lib/nn.yaml:80:7
%7334 = add %7333, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7335 = div %5061, %7334 : f64[] @ models/lib/nn.yaml:80:7
%7336 = lt %7335, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7337 = cast %7335 : f32[] @ models/lib/nn.yaml:80:7
%7338 = broadcast %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = mul %7329, %7338 : f32[16] @ models/lib/nn.yaml:80:7
%7340 = broadcast %7336 : bool[16] @ models/lib/nn.yaml:80:7
%7341 = select %7340, %7339, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7342 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7343 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7344 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7345 = add %7344, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7346 = mul %7341, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%7347 = mul %7342, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%7348 = add %7347, %7346 : f32[16] @ models/lib/nn.yaml:80:7
%7349 = mul %7341, %7341 : f32[16] @ models/lib/nn.yaml:80:7
%7350 = mul %7349, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%7351 = mul %7343, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%7352 = add %7351, %7350 : f32[16] @ models/lib/nn.yaml:80:7
%7353 = cast %7345 : f64[] @ models/lib/nn.yaml:80:7
%7354 = pow %5082, %7353 : f64[] @ models/lib/nn.yaml:80:7
%7355 = sub %5063, %7354 : f64[] @ models/lib/nn.yaml:80:7
%7356 = div %3087, %7355 : f64[] @ models/lib/nn.yaml:80:7
%7357 = pow %5090, %7353 : f64[] @ models/lib/nn.yaml:80:7
%7358 = sub %5063, %7357 : f64[] @ models/lib/nn.yaml:80:7
%7359 = sqrt %7358 : f64[] @ models/lib/nn.yaml:80:7
%7360 = div %5063, %7359 : f64[] @ models/lib/nn.yaml:80:7
%7361 = sqrt %7352 : f32[16] @ models/lib/nn.yaml:80:7
%7362 = cast %7360 : f32[] @ models/lib/nn.yaml:80:7
%7363 = broadcast %7362 : f32[16] @ models/lib/nn.yaml:80:7
%7364 = mul %7361, %7363 : f32[16] @ models/lib/nn.yaml:80:7
%7365 = add %7364, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%7366 = div %7348, %7365 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = cast %7356 : f32[] @ models/lib/nn.yaml:80:7
%7368 = broadcast %7367 : f32[16] @ models/lib/nn.yaml:80:7
%7369 = mul %7366, %7368 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = sub %50, %7369 : f32[16] @ models/lib/nn.yaml:80:7
%7371 = assign %50, %7370 : f32[16] @ models/lib/nn.yaml:80:7
%7372 = assign %7342, %7348 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = assign %7343, %7352 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = assign %7344, %7345 : i64[] @ models/lib/nn.yaml:80:7
%7375 = mul %128, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7376 = mul %7370, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7377 = add %7375, %7376 : f32[16] @ models/lib/nn.yaml:80:7
%7378 = assign %128, %7377 : f32[16] @ models/lib/nn.yaml:80:7
%7379 = all_reduce_sum %4444 : f32[16] @ models/lib/nn.yaml:89:7
%7380 = mul %7379, %7379 : f32[16] @ models/lib/nn.yaml:89:7
%7381 = reduce_sum %7380 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7382 = sqrt %7381 : f32[] @ models/lib/nn.yaml:89:7
%7383 = cast %7382 : f64[] @ models/lib/nn.yaml:89:7
%7384 = add %7383, %5059 : f64[] @ models/lib/nn.yaml:89:7
%7385 = div %5061, %7384 : f64[] @ models/lib/nn.yaml:89:7
%7386 = lt %7385, %5063 : bool[] @ models/lib/nn.yaml:89:7
%7387 = cast %7385 : f32[] @ models/lib/nn.yaml:89:7
%7388 = broadcast %7387 : f32[16] @ models/lib/nn.yaml:89:7
%7389 = mul %7379, %7388 : f32[16] @ models/lib/nn.yaml:89:7
%7390 = broadcast %7386 : bool[16] @ models/lib/nn.yaml:89:7
%7391 = select %7390, %7389, %7379 : f32[16] @ models/lib/nn.yaml:89:7
%7392 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7393 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7394 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7395 = add %7394, %5073 : i64[] @ models/lib/nn.yaml:89:7
%7396 = mul %7391, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%7397 = mul %7392, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%7398 = add %7397, %7396 : f32[16] @ models/lib/nn.yaml:89:7
%7399 = mul %7391, %7391 : f32[16] @ models/lib/nn.yaml:89:7
%7400 = mul %7399, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%7401 = mul %7393, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%7402 = add %7401, %7400 : f32[16] @ models/lib/nn.yaml:89:7
%7403 = cast %7395 : f64[] @ models/lib/nn.yaml:89:7
%7404 = pow %5082, %7403 : f64[] @ models/lib/nn.yaml:89:7
%7405 = sub %5063, %7404 : f64[] @ models/lib/nn.yaml:89:7
%7406 = div %3087, %7405 : f64[] @ models/lib/nn.yaml:89:7
%7407 = pow %5090, %7403 : f64[] @ models/lib/nn.yaml:89:7
%7408 = sub %5063, %7407 : f64[] @ models/lib/nn.yaml:89:7
%7409 = sqrt %7408 : f64[] @ models/lib/nn.yaml:89:7
%7410 = div %5063, %7409 : f64[] @ models/lib/nn.yaml:89:7
%7411 = sqrt %7402 : f32[16] @ models/lib/nn.yaml:89:7
%7412 = cast %7410 : f32[] @ models/lib/nn.yaml:89:7
%7413 = broadcast %7412 : f32[16] @ models/lib/nn.yaml:89:7
%7414 = mul %7411, %7413 : f32[16] @ models/lib/nn.yaml:89:7
%7415 = add %7414, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%7416 = div %7398, %7415 : f32[16] @ models/lib/nn.yaml:89:7
%7417 = cast %7406 : f32[] @ models/lib/nn.yaml:89:7
%7418 = broadcast %7417 : f32[16] @ models/lib/nn.yaml:89:7
%7419 = mul %7416, %7418 : f32[16] @ models/lib/nn.yaml:89:7
%7420 = sub %51, %7419 : f32[16] @ models/lib/nn.yaml:89:7
%7421 = assign %51, %7420 : f32[16] @ models/lib/nn.yaml:89:7
%7422 = assign %7392, %7398 : f32[16] @ models/lib/nn.yaml:89:7
%7423 = assign %7393, %7402 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = assign %7394, %7395 : i64[] @ models/lib/nn.yaml:89:7
%7425 = mul %129, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%7426 = mul %7420, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%7427 = add %7425, %7426 : f32[16] @ models/lib/nn.yaml:89:7
%7428 = assign %129, %7427 : f32[16] @ models/lib/nn.yaml:89:7
%7429 = all_reduce_sum %4439 : f32[16] @ models/lib/nn.yaml:90:7
%7430 = mul %7429, %7429 : f32[16] @ models/lib/nn.yaml:90:7
%7431 = reduce_sum %7430 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7432 = sqrt %7431 : f32[] @ models/lib/nn.yaml:90:7
%7433 = cast %7432 : f64[] @ models/lib/nn.yaml:90:7
%7434 = add %7433, %5059 : f64[] @ models/lib/nn.yaml:90:7
%7435 = div %5061, %7434 : f64[] @ models/lib/nn.yaml:90:7
%7436 = lt %7435, %5063 : bool[] @ models/lib/nn.yaml:90:7
%7437 = cast %7435 : f32[] @ models/lib/nn.yaml:90:7
%7438 = broadcast %7437 : f32[16] @ models/lib/nn.yaml:90:7
%7439 = mul %7429, %7438 : f32[16] @ models/lib/nn.yaml:90:7
%7440 = broadcast %7436 : bool[16] @ models/lib/nn.yaml:90:7
%7441 = select %7440, %7439, %7429 : f32[16] @ models/lib/nn.yaml:90:7
%7442 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7443 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7444 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7445 = add %7444, %5073 : i64[] @ models/lib/nn.yaml:90:7
%7446 = mul %7441, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%7447 = mul %7442, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%7448 = add %7447, %7446 : f32[16] @ models/lib/nn.yaml:90:7
%7449 = mul %7441, %7441 : f32[16] @ models/lib/nn.yaml:90:7
%7450 = mul %7449, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%7451 = mul %7443, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%7452 = add %7451, %7450 : f32[16] @ models/lib/nn.yaml:90:7
%7453 = cast %7445 : f64[] @ models/lib/nn.yaml:90:7
%7454 = pow %5082, %7453 : f64[] @ models/lib/nn.yaml:90:7
%7455 = sub %5063, %7454 : f64[] @ models/lib/nn.yaml:90:7
%7456 = div %3087, %7455 : f64[] @ models/lib/nn.yaml:90:7
%7457 = pow %5090, %7453 : f64[] @ models/lib/nn.yaml:90:7
%7458 = sub %5063, %7457 : f64[] @ models/lib/nn.yaml:90:7
%7459 = sqrt %7458 : f64[] @ models/lib/nn.yaml:90:7
%7460 = div %5063, %7459 : f64[] @ models/lib/nn.yaml:90:7
%7461 = sqrt %7452 : f32[16] @ models/lib/nn.yaml:90:7
%7462 = cast %7460 : f32[] @ models/lib/nn.yaml:90:7
%7463 = broadcast %7462 : f32[16] @ models/lib/nn.yaml:90:7
%7464 = mul %7461, %7463 : f32[16] @ models/lib/nn.yaml:90:7
%7465 = add %7464, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%7466 = div %7448, %7465 : f32[16] @ models/lib/nn.yaml:90:7
%7467 = cast %7456 : f32[] @ models/lib/nn.yaml:90:7
%7468 = broadcast %7467 : f32[16] @ models/lib/nn.yaml:90:7
%7469 = mul %7466, %7468 : f32[16] @ models/lib/nn.yaml:90:7
%7470 = sub %52, %7469 : f32[16] @ models/lib/nn.yaml:90:7
%7471 = assign %52, %7470 : f32[16] @ models/lib/nn.yaml:90:7
%7472 = assign %7442, %7448 : f32[16] @ models/lib/nn.yaml:90:7
%7473 = assign %7443, %7452 : f32[16] @ models/lib/nn.yaml:90:7
%7474 = assign %7444, %7445 : i64[] @ models/lib/nn.yaml:90:7
%7475 = mul %130, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%7476 = mul %7470, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%7477 = add %7475, %7476 : f32[16] @ models/lib/nn.yaml:90:7
%7478 = assign %130, %7477 : f32[16] @ models/lib/nn.yaml:90:7
%7479 = all_reduce_sum %4431 : f32[16,16] @ models/lib/nn.yaml:79:7
%7480 = reshape %7479 : f32[256] @ models/lib/nn.yaml:79:7
%7481 = mul %7480, %7480 : f32[256] @ models/lib/nn.yaml:79:7
%7482 = reduce_sum %7481 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7483 = sqrt %7482 : f32[] @ models/lib/nn.yaml:79:7
%7484 = cast %7483 : f64[] @ models/lib/nn.yaml:79:7
%7485 = add %7484, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7486 = div %5061, %7485 : f64[] @ models/lib/nn.yaml:79:7
%7487 = lt %7486, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7488 = cast %7486 : f32[] @ models/lib/nn.yaml:79:7
%7489 = broadcast %7488 : f32[16,16] @ models/lib/nn.yaml:79:7
%7490 = mul %7479, %7489 : f32[16,16] @ models/lib/nn.yaml:79:7
%7491 = broadcast %7487 : bool[16,16] @ models/lib/nn.yaml:79:7
%7492 = select %7491, %7490, %7479 : f32[16,16] @ models/lib/nn.yaml:79:7
%7493 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7494 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7495 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7496 = add %7495, %5073 : i64[] @ models/lib/nn.yaml:79:7
%7497 = mul %53, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%7498 = mul %7492, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%7499 = mul %7493, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%7500 = add %7499, %7498 : f32[16,16] @ models/lib/nn.yaml:79:7
%7501 = mul %7492, %7492 : f32[16,16] @ models/lib/nn.yaml:79:7
%7502 = mul %7501, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%7503 = mul %7494, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%7504 = add %7503, %7502 : f32[16,16] @ models/lib/nn.yaml:79:7
%7505 = cast %7496 : f64[] @ models/lib/nn.yaml:79:7
%7506 = pow %5082, %7505 : f64[] @ models/lib/nn.yaml:79:7
%7507 = sub %5063, %7506 : f64[] @ models/lib/nn.yaml:79:7
%7508 = div %3087, %7507 : f64[] @ models/lib/nn.yaml:79:7
%7509 = pow %5090, %7505 : f64[] @ models/lib/nn.yaml:79:7
%7510 = sub %5063, %7509 : f64[] @ models/lib/nn.yaml:79:7
%7511 = sqrt %7510 : f64[] @ models/lib/nn.yaml:79:7
%7512 = div %5063, %7511 : f64[] @ models/lib/nn.yaml:79:7
%7513 = sqrt %7504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7514 = cast %7512 : f32[] @ models/lib/nn.yaml:79:7
%7515 = broadcast %7514 : f32[16,16] @ models/lib/nn.yaml:79:7
%7516 = mul %7513, %7515 : f32[16,16] @ models/lib/nn.yaml:79:7
%7517 = add %7516, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%7518 = div %7500, %7517 : f32[16,16] @ models/lib/nn.yaml:79:7
%7519 = cast %7508 : f32[] @ models/lib/nn.yaml:79:7
%7520 = broadcast %7519 : f32[16,16] @ models/lib/nn.yaml:79:7
%7521 = mul %7518, %7520 : f32[16,16] @ models/lib/nn.yaml:79:7
%7522 = sub %7497, %7521 : f32[16,16] @ models/lib/nn.yaml:79:7
%7523 = assign %53, %7522 : f32[16,16] @ models/lib/nn.yaml:79:7
%7524 = assign %7493, %7500 : f32[16,16] @ models/lib/nn.yaml:79:7
%7525 = assign %7494, %7504 : f32[16,16] @ models/lib/nn.yaml:79:7
%7526 = assign %7495, %7496 : i64[] @ models/lib/nn.yaml:79:7
%7527 = mul %131, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7528 = mul %7522, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7529 = add %7527, %7528 : f32[16,16] @ models/lib/nn.yaml:79:7
%7530 = assign %131, %7529 : f32[16,16] @ models/lib/nn.yaml:79:7
%7531 = all_reduce_sum %4422 : f32[16] @ models/lib/nn.yaml:80:7
%7532 = mul %7531, %7531 : f32[16] @ models/lib/nn.yaml:80:7
%7533 = reduce_sum %7532 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7534 = sqrt %7533 : f32[] @ models/lib/nn.yaml:80:7
%7535 = cast %7534 : f64[] @ models/lib/nn.yaml:80:7
%7536 = add %7535, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7537 = div %5061, %7536 : f64[] @ models/lib/nn.yaml:80:7
%7538 = lt %7537, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7539 = cast %7537 : f32[] @ models/lib/nn.yaml:80:7
%7540 = broadcast %7539 : f32[16] @ models/lib/nn.yaml:80:7
%7541 = mul %7531, %7540 : f32[16] @ models/lib/nn.yaml:80:7
%7542 = broadcast %7538 : bool[16] @ models/lib/nn.yaml:80:7
%7543 = select %7542, %7541, %7531 : f32[16] @ models/lib/nn.yaml:80:7
%7544 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7545 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7546 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7547 = add %7546, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7548 = mul %7543, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%7549 = mul %7544, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%7550 = add %7549, %7548 : f32[16] @ models/lib/nn.yaml:80:7
%7551 = mul %7543, %7543 : f32[16] @ models/lib/nn.yaml:80:7
%7552 = mul %7551, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%7553 = mul %7545, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%7554 = add %7553, %7552 : f32[16] @ models/lib/nn.yaml:80:7
%7555 = cast %7547 : f64[] @ models/lib/nn.yaml:80:7
%7556 = pow %5082, %7555 : f64[] @ models/lib/nn.yaml:80:7
%7557 = sub %5063, %7556 : f64[] @ models/lib/nn.yaml:80:7
%7558 = div %3087, %7557 : f64[] @ models/lib/nn.yaml:80:7
%7559 = pow %5090, %7555 : f64[] @ models/lib/nn.yaml:80:7
%7560 = sub %5063, %7559 : f64[] @ models/lib/nn.yaml:80:7
%7561 = sqrt %7560 : f64[] @ models/lib/nn.yaml:80:7
%7562 = div %5063, %7561 : f64[] @ models/lib/nn.yaml:80:7
%7563 = sqrt %7554 : f32[16] @ models/lib/nn.yaml:80:7
%7564 = cast %7562 : f32[] @ models/lib/nn.yaml:80:7
%7565 = broadcast %7564 : f32[16] @ models/lib/nn.yaml:80:7
%7566 = mul %7563, %7565 : f32[16] @ models/lib/nn.yaml:80:7
%7567 = add %7566, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%7568 = div %7550, %7567 : f32[16] @ models/lib/nn.yaml:80:7
%7569 = cast %7558 : f32[] @ models/lib/nn.yaml:80:7
%7570 = broadcast %7569 : f32[16] @ models/lib/nn.yaml:80:7
%7571 = mul %7568, %7570 : f32[16] @ models/lib/nn.yaml:80:7
%7572 = sub %54, %7571 : f32[16] @ models/lib/nn.yaml:80:7
%7573 = assign %54, %7572 : f32[16] @ models/lib/nn.yaml:80:7
%7574 = assign %7544, %7550 : f32[16] @ models/lib/nn.yaml:80:7
%7575 = assign %7545, %7554 : f32[16] @ models/lib/nn.yaml:80:7
%7576 = assign %7546, %7547 : i64[] @ models/lib/nn.yaml:80:7
%7577 = mul %132, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7578 = mul %7572, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7579 = add %7577, %7578 : f32[16] @ models/lib/nn.yaml:80:7
%7580 = assign %132, %7579 : f32[16] @ models/lib/nn.yaml:80:7
%7581 = all_reduce_sum %4416 : f32[16,16] @ models/lib/nn.yaml:79:7
%7582 = reshape %7581 : f32[256] @ models/lib/nn.yaml:79:7
%7583 = mul %7582, %7582 : f32[256] @ models/lib/nn.yaml:79:7
%7584 = reduce_sum %7583 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7585 = sqrt %7584 : f32[] @ models/lib/nn.yaml:79:7
%7586 = cast %7585 : f64[] @ models/lib/nn.yaml:79:7
%7587 = add %7586, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7588 = div %5061, %7587 : f64[] @ models/lib/nn.yaml:79:7
%7589 = lt %7588, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7590 = cast %7588 : f32[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %7590 : f32[16,16] @ models/lib/nn.yaml:79:7
%7592 = mul %7581, %7591 : f32[16,16] @ models/lib/nn.yaml:79:7
%7593 = broadcast %7589 : bool[16,16] @ models/lib/nn.yaml:79:7
%7594 = select %7593, %7592, %7581 : f32[16,16] @ models/lib/nn.yaml:79:7
%7595 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7596 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7597 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7598 = add %7597, %5073 : i64[] @ models/lib/nn.yaml:79:7
%7599 = mul %55, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%7600 = mul %7594, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%7601 = mul %7595, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%7602 = add %7601, %7600 : f32[16,16] @ models/lib/nn.yaml:79:7
%7603 = mul %7594, %7594 : f32[16,16] @ models/lib/nn.yaml:79:7
%7604 = mul %7603, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%7605 = mul %7596, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%7606 = add %7605, %7604 : f32[16,16] @ models/lib/nn.yaml:79:7
%7607 = cast %7598 : f64[] @ models/lib/nn.yaml:79:7
%7608 = pow %5082, %7607 : f64[] @ models/lib/nn.yaml:79:7
%7609 = sub %5063, %7608 : f64[] @ models/lib/nn.yaml:79:7
%7610 = div %3087, %7609 : f64[] @ models/lib/nn.yaml:79:7
%7611 = pow %5090, %7607 : f64[] @ models/lib/nn.yaml:79:7
%7612 = sub %5063, %7611 : f64[] @ models/lib/nn.yaml:79:7
%7613 = sqrt %7612 : f64[] @ models/lib/nn.yaml:79:7
%7614 = div %5063, %7613 : f64[] @ models/lib/nn.yaml:79:7
%7615 = sqrt %7606 : f32[16,16] @ models/lib/nn.yaml:79:7
%7616 = cast %7614 : f32[] @ models/lib/nn.yaml:79:7
%7617 = broadcast %7616 : f32[16,16] @ models/lib/nn.yaml:79:7
%7618 = mul %7615, %7617 : f32[16,16] @ models/lib/nn.yaml:79:7
%7619 = add %7618, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%7620 = div %7602, %7619 : f32[16,16] @ models/lib/nn.yaml:79:7
%7621 = cast %7610 : f32[] @ models/lib/nn.yaml:79:7
%7622 = broadcast %7621 : f32[16,16] @ models/lib/nn.yaml:79:7
%7623 = mul %7620, %7622 : f32[16,16] @ models/lib/nn.yaml:79:7
%7624 = sub %7599, %7623 : f32[16,16] @ models/lib/nn.yaml:79:7
%7625 = assign %55, %7624 : f32[16,16] @ models/lib/nn.yaml:79:7
%7626 = assign %7595, %7602 : f32[16,16] @ models/lib/nn.yaml:79:7
%7627 = assign %7596, %7606 : f32[16,16] @ models/lib/nn.yaml:79:7
%7628 = assign %7597, %7598 : i64[] @ models/lib/nn.yaml:79:7
%7629 = mul %133, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7630 = mul %7624, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7631 = add %7629, %7630 : f32[16,16] @ models/lib/nn.yaml:79:7
%7632 = assign %133, %7631 : f32[16,16] @ models/lib/nn.yaml:79:7
%7633 = all_reduce_sum %4405 : f32[16] @ models/lib/nn.yaml:80:7
%7634 = mul %7633, %7633 : f32[16] @ models/lib/nn.yaml:80:7
%7635 = reduce_sum %7634 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7636 = sqrt %7635 : f32[] @ models/lib/nn.yaml:80:7
%7637 = cast %7636 : f64[] @ models/lib/nn.yaml:80:7
%7638 = add %7637, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7639 = div %5061, %7638 : f64[] @ models/lib/nn.yaml:80:7
%7640 = lt %7639, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7641 = cast %7639 : f32[] @ models/lib/nn.yaml:80:7
%7642 = broadcast %7641 : f32[16] @ models/lib/nn.yaml:80:7
%7643 = mul %7633, %7642 : f32[16] @ models/lib/nn.yaml:80:7
%7644 = broadcast %7640 : bool[16] @ models/lib/nn.yaml:80:7
%7645 = select %7644, %7643, %7633 : f32[16] @ models/lib/nn.yaml:80:7
%7646 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7647 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7648 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7649 = add %7648, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7650 = mul %7645, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%7651 = mul %7646, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%7652 = add %7651, %7650 : f32[16] @ models/lib/nn.yaml:80:7
%7653 = mul %7645, %7645 : f32[16] @ models/lib/nn.yaml:80:7
%7654 = mul %7653, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%7655 = mul %7647, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%7656 = add %7655, %7654 : f32[16] @ models/lib/nn.yaml:80:7
%7657 = cast %7649 : f64[] @ models/lib/nn.yaml:80:7
%7658 = pow %5082, %7657 : f64[] @ models/lib/nn.yaml:80:7
%7659 = sub %5063, %7658 : f64[] @ models/lib/nn.yaml:80:7
%7660 = div %3087, %7659 : f64[] @ models/lib/nn.yaml:80:7
%7661 = pow %5090, %7657 : f64[] @ models/lib/nn.yaml:80:7
%7662 = sub %5063, %7661 : f64[] @ models/lib/nn.yaml:80:7
%7663 = sqrt %7662 : f64[] @ models/lib/nn.yaml:80:7
%7664 = div %5063, %7663 : f64[] @ models/lib/nn.yaml:80:7
%7665 = sqrt %7656 : f32[16] @ models/lib/nn.yaml:80:7
%7666 = cast %7664 : f32[] @ models/lib/nn.yaml:80:7
%7667 = broadcast %7666 : f32[16] @ models/lib/nn.yaml:80:7
%7668 = mul %7665, %7667 : f32[16] @ models/lib/nn.yaml:80:7
%7669 = add %7668, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%7670 = div %7652, %7669 : f32[16] @ models/lib/nn.yaml:80:7
%7671 = cast %7660 : f32[] @ models/lib/nn.yaml:80:7
%7672 = broadcast %7671 : f32[16] @ models/lib/nn.yaml:80:7
%7673 = mul %7670, %7672 : f32[16] @ models/lib/nn.yaml:80:7
%7674 = sub %56, %7673 : f32[16] @ models/lib/nn.yaml:80:7
%7675 = assign %56, %7674 : f32[16] @ models/lib/nn.yaml:80:7
%7676 = assign %7646, %7652 : f32[16] @ models/lib/nn.yaml:80:7
%7677 = assign %7647, %7656 : f32[16] @ models/lib/nn.yaml:80:7
%7678 = assign %7648, %7649 : i64[] @ models/lib/nn.yaml:80:7
%7679 = mul %134, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7680 = mul %7674, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7681 = add %7679, %7680 : f32[16] @ models/lib/nn.yaml:80:7
%7682 = assign %134, %7681 : f32[16] @ models/lib/nn.yaml:80:7
%7683 = all_reduce_sum %4399 : f32[16,16] @ models/lib/nn.yaml:79:7
%7684 = reshape %7683 : f32[256] @ models/lib/nn.yaml:79:7
%7685 = mul %7684, %7684 : f32[256] @ models/lib/nn.yaml:79:7
%7686 = reduce_sum %7685 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7687 = sqrt %7686 : f32[] @ models/lib/nn.yaml:79:7
%7688 = cast %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = add %7688, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7690 = div %5061, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = lt %7690, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7692 = cast %7690 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[16,16] @ models/lib/nn.yaml:79:7
%7694 = mul %7683, %7693 : f32[16,16] @ models/lib/nn.yaml:79:7
%7695 = broadcast %7691 : bool[16,16] @ models/lib/nn.yaml:79:7
%7696 = select %7695, %7694, %7683 : f32[16,16] @ models/lib/nn.yaml:79:7
%7697 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7698 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7699 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7700 = add %7699, %5073 : i64[] @ models/lib/nn.yaml:79:7
%7701 = mul %57, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%7702 = mul %7696, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%7703 = mul %7697, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%7704 = add %7703, %7702 : f32[16,16] @ models/lib/nn.yaml:79:7
%7705 = mul %7696, %7696 : f32[16,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7705, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%7707 = mul %7698, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%7708 = add %7707, %7706 : f32[16,16] @ models/lib/nn.yaml:79:7
%7709 = cast %7700 : f64[] @ models/lib/nn.yaml:79:7
%7710 = pow %5082, %7709 : f64[] @ models/lib/nn.yaml:79:7
%7711 = sub %5063, %7710 : f64[] @ models/lib/nn.yaml:79:7
%7712 = div %3087, %7711 : f64[] @ models/lib/nn.yaml:79:7
%7713 = pow %5090, %7709 : f64[] @ models/lib/nn.yaml:79:7
%7714 = sub %5063, %7713 : f64[] @ models/lib/nn.yaml:79:7
%7715 = sqrt %7714 : f64[] @ models/lib/nn.yaml:79:7
%7716 = div %5063, %7715 : f64[] @ models/lib/nn.yaml:79:7
%7717 = sqrt %7708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7718 = cast %7716 : f32[] @ models/lib/nn.yaml:79:7
%7719 = broadcast %7718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7720 = mul %7717, %7719 : f32[16,16] @ models/lib/nn.yaml:79:7
%7721 = add %7720, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%7722 = div %7704, %7721 : f32[16,16] @ models/lib/nn.yaml:79:7
%7723 = cast %7712 : f32[] @ models/lib/nn.yaml:79:7
%7724 = broadcast %7723 : f32[16,16] @ models/lib/nn.yaml:79:7
%7725 = mul %7722, %7724 : f32[16,16] @ models/lib/nn.yaml:79:7
%7726 = sub %7701, %7725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7727 = assign %57, %7726 : f32[16,16] @ models/lib/nn.yaml:79:7
%7728 = assign %7697, %7704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7729 = assign %7698, %7708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7730 = assign %7699, %7700 : i64[] @ models/lib/nn.yaml:79:7
%7731 = mul %135, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7732 = mul %7726, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7733 = add %7731, %7732 : f32[16,16] @ models/lib/nn.yaml:79:7
%7734 = assign %135, %7733 : f32[16,16] @ models/lib/nn.yaml:79:7
%7735 = all_reduce_sum %4390 : f32[16] @ models/lib/nn.yaml:80:7
%7736 = mul %7735, %7735 : f32[16] @ models/lib/nn.yaml:80:7
%7737 = reduce_sum %7736 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7738 = sqrt %7737 : f32[] @ models/lib/nn.yaml:80:7
%7739 = cast %7738 : f64[] @ models/lib/nn.yaml:80:7
%7740 = add %7739, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7741 = div %5061, %7740 : f64[] @ models/lib/nn.yaml:80:7
%7742 = lt %7741, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7743 = cast %7741 : f32[] @ models/lib/nn.yaml:80:7
%7744 = broadcast %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = mul %7735, %7744 : f32[16] @ models/lib/nn.yaml:80:7
%7746 = broadcast %7742 : bool[16] @ models/lib/nn.yaml:80:7
%7747 = select %7746, %7745, %7735 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7749 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7750 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7751 = add %7750, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7752 = mul %7747, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%7753 = mul %7748, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%7754 = add %7753, %7752 : f32[16] @ models/lib/nn.yaml:80:7
%7755 = mul %7747, %7747 : f32[16] @ models/lib/nn.yaml:80:7
%7756 = mul %7755, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%7757 = mul %7749, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%7758 = add %7757, %7756 : f32[16] @ models/lib/nn.yaml:80:7
%7759 = cast %7751 : f64[] @ models/lib/nn.yaml:80:7
%7760 = pow %5082, %7759 : f64[] @ models/lib/nn.yaml:80:7
%7761 = sub %5063, %7760 : f64[] @ models/lib/nn.yaml:80:7
%7762 = div %3087, %7761 : f64[] @ models/lib/nn.yaml:80:7
%7763 = pow %5090, %7759 : f64[] @ models/lib/nn.yaml:80:7
%7764 = sub %5063, %7763 : f64[] @ models/lib/nn.yaml:80:7
%7765 = sqrt %7764 : f64[] @ models/lib/nn.yaml:80:7
%7766 = div %5063, %7765 : f64[] @ models/lib/nn.yaml:80:7
%7767 = sqrt %7758 : f32[16] @ models/lib/nn.yaml:80:7
%7768 = cast %7766 : f32[] @ models/lib/nn.yaml:80:7
%7769 = broadcast %7768 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = mul %7767, %7769 : f32[16] @ models/lib/nn.yaml:80:7
%7771 = add %7770, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%7772 = div %7754, %7771 : f32[16] @ models/lib/nn.yaml:80:7
%7773 = cast %7762 : f32[] @ models/lib/nn.yaml:80:7
%7774 = broadcast %7773 : f32[16] @ models/lib/nn.yaml:80:7
%7775 = mul %7772, %7774 : f32[16] @ models/lib/nn.yaml:80:7
%7776 = sub %58, %7775 : f32[16] @ models/lib/nn.yaml:80:7
%7777 = assign %58, %7776 : f32[16] @ models/lib/nn.yaml:80:7
%7778 = assign %7748, %7754 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = assign %7749, %7758 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = assign %7750, %7751 : i64[] @ models/lib/nn.yaml:80:7
%7781 = mul %136, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = mul %7776, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7783 = add %7781, %7782 : f32[16] @ models/lib/nn.yaml:80:7
%7784 = assign %136, %7783 : f32[16] @ models/lib/nn.yaml:80:7
%7785 = all_reduce_sum %4333 : f32[16,16] @ models/lib/nn.yaml:79:7
%7786 = reshape %7785 : f32[256] @ models/lib/nn.yaml:79:7
%7787 = mul %7786, %7786 : f32[256] @ models/lib/nn.yaml:79:7
%7788 = reduce_sum %7787 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7789 = sqrt %7788 : f32[] @ models/lib/nn.yaml:79:7
%7790 = cast %7789 : f64[] @ models/lib/nn.yaml:79:7
%7791 = add %7790, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7792 = div %5061, %7791 : f64[] @ models/lib/nn.yaml:79:7
%7793 = lt %7792, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7794 = cast %7792 : f32[] @ models/lib/nn.yaml:79:7
%7795 = broadcast %7794 : f32[16,16] @ models/lib/nn.yaml:79:7
%7796 = mul %7785, %7795 : f32[16,16] @ models/lib/nn.yaml:79:7
%7797 = broadcast %7793 : bool[16,16] @ models/lib/nn.yaml:79:7
%7798 = select %7797, %7796, %7785 : f32[16,16] @ models/lib/nn.yaml:79:7
%7799 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7800 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7802 = add %7801, %5073 : i64[] @ models/lib/nn.yaml:79:7
%7803 = mul %59, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%7804 = mul %7798, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%7805 = mul %7799, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%7806 = add %7805, %7804 : f32[16,16] @ models/lib/nn.yaml:79:7
%7807 = mul %7798, %7798 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = mul %7807, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = mul %7800, %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = add %7809, %7808 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = cast %7802 : f64[] @ models/lib/nn.yaml:79:7
%7812 = pow %5082, %7811 : f64[] @ models/lib/nn.yaml:79:7
%7813 = sub %5063, %7812 : f64[] @ models/lib/nn.yaml:79:7
%7814 = div %3087, %7813 : f64[] @ models/lib/nn.yaml:79:7
%7815 = pow %5090, %7811 : f64[] @ models/lib/nn.yaml:79:7
%7816 = sub %5063, %7815 : f64[] @ models/lib/nn.yaml:79:7
%7817 = sqrt %7816 : f64[] @ models/lib/nn.yaml:79:7
%7818 = div %5063, %7817 : f64[] @ models/lib/nn.yaml:79:7
%7819 = sqrt %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7820 = cast %7818 : f32[] @ models/lib/nn.yaml:79:7
%7821 = broadcast %7820 : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = mul %7819, %7821 : f32[16,16] @ models/lib/nn.yaml:79:7
%7823 = add %7822, %5505 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = div %7806, %7823 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = cast %7814 : f32[] @ models/lib/nn.yaml:79:7
%7826 = broadcast %7825 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = mul %7824, %7826 : f32[16,16] @ models/lib/nn.yaml:79:7
%7828 = sub %7803, %7827 : f32[16,16] @ models/lib/nn.yaml:79:7
%7829 = assign %59, %7828 : f32[16,16] @ models/lib/nn.yaml:79:7
%7830 = assign %7799, %7806 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = assign %7800, %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7832 = assign %7801, %7802 : i64[] @ models/lib/nn.yaml:79:7
%7833 = mul %137, %5516 : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = mul %7828, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%7835 = add %7833, %7834 : f32[16,16] @ models/lib/nn.yaml:79:7
%7836 = assign %137, %7835 : f32[16,16] @ models/lib/nn.yaml:79:7
%7837 = all_reduce_sum %4325 : f32[16] @ models/lib/nn.yaml:80:7
%7838 = mul %7837, %7837 : f32[16] @ models/lib/nn.yaml:80:7
%7839 = reduce_sum %7838 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7840 = sqrt %7839 : f32[] @ models/lib/nn.yaml:80:7
%7841 = cast %7840 : f64[] @ models/lib/nn.yaml:80:7
%7842 = add %7841, %5059 : f64[] @ models/lib/nn.yaml:80:7
%7843 = div %5061, %7842 : f64[] @ models/lib/nn.yaml:80:7
%7844 = lt %7843, %5063 : bool[] @ models/lib/nn.yaml:80:7
%7845 = cast %7843 : f32[] @ models/lib/nn.yaml:80:7
%7846 = broadcast %7845 : f32[16] @ models/lib/nn.yaml:80:7
%7847 = mul %7837, %7846 : f32[16] @ models/lib/nn.yaml:80:7
%7848 = broadcast %7844 : bool[16] @ models/lib/nn.yaml:80:7
%7849 = select %7848, %7847, %7837 : f32[16] @ models/lib/nn.yaml:80:7
%7850 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7851 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7852 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7853 = add %7852, %5073 : i64[] @ models/lib/nn.yaml:80:7
%7854 = mul %7849, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%7855 = mul %7850, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%7856 = add %7855, %7854 : f32[16] @ models/lib/nn.yaml:80:7
%7857 = mul %7849, %7849 : f32[16] @ models/lib/nn.yaml:80:7
%7858 = mul %7857, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%7859 = mul %7851, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = add %7859, %7858 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = cast %7853 : f64[] @ models/lib/nn.yaml:80:7
%7862 = pow %5082, %7861 : f64[] @ models/lib/nn.yaml:80:7
%7863 = sub %5063, %7862 : f64[] @ models/lib/nn.yaml:80:7
%7864 = div %3087, %7863 : f64[] @ models/lib/nn.yaml:80:7
%7865 = pow %5090, %7861 : f64[] @ models/lib/nn.yaml:80:7
%7866 = sub %5063, %7865 : f64[] @ models/lib/nn.yaml:80:7
%7867 = sqrt %7866 : f64[] @ models/lib/nn.yaml:80:7
%7868 = div %5063, %7867 : f64[] @ models/lib/nn.yaml:80:7
%7869 = sqrt %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7870 = cast %7868 : f32[] @ models/lib/nn.yaml:80:7
%7871 = broadcast %7870 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = mul %7869, %7871 : f32[16] @ models/lib/nn.yaml:80:7
%7873 = add %7872, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%7874 = div %7856, %7873 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = cast %7864 : f32[] @ models/lib/nn.yaml:80:7
%7876 = broadcast %7875 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = mul %7874, %7876 : f32[16] @ models/lib/nn.yaml:80:7
%7878 = sub %60, %7877 : f32[16] @ models/lib/nn.yaml:80:7
%7879 = assign %60, %7878 : f32[16] @ models/lib/nn.yaml:80:7
%7880 = assign %7850, %7856 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = assign %7851, %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7882 = assign %7852, %7853 : i64[] @ models/lib/nn.yaml:80:7
%7883 = mul %138, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = mul %7878, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%7885 = add %7883, %7884 : f32[16] @ models/lib/nn.yaml:80:7
%7886 = assign %138, %7885 : f32[16] @ models/lib/nn.yaml:80:7
%7887 = all_reduce_sum %4304 : f32[16] @ models/lib/nn.yaml:89:7
%7888 = mul %7887, %7887 : f32[16] @ models/lib/nn.yaml:89:7
%7889 = reduce_sum %7888 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7890 = sqrt %7889 : f32[] @ models/lib/nn.yaml:89:7
%7891 = cast %7890 : f64[] @ models/lib/nn.yaml:89:7
%7892 = add %7891, %5059 : f64[] @ models/lib/nn.yaml:89:7
%7893 = div %5061, %7892 : f64[] @ models/lib/nn.yaml:89:7
%7894 = lt %7893, %5063 : bool[] @ models/lib/nn.yaml:89:7
%7895 = cast %7893 : f32[] @ models/lib/nn.yaml:89:7
%7896 = broadcast %7895 : f32[16] @ models/lib/nn.yaml:89:7
%7897 = mul %7887, %7896 : f32[16] @ models/lib/nn.yaml:89:7
%7898 = broadcast %7894 : bool[16] @ models/lib/nn.yaml:89:7
%7899 = select %7898, %7897, %7887 : f32[16] @ models/lib/nn.yaml:89:7
%7900 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7901 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7902 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7903 = add %7902, %5073 : i64[] @ models/lib/nn.yaml:89:7
%7904 = mul %7899, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%7905 = mul %7900, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%7906 = add %7905, %7904 : f32[16] @ models/lib/nn.yaml:89:7
%7907 = mul %7899, %7899 : f32[16] @ models/lib/nn.yaml:89:7
%7908 = mul %7907, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%7909 = mul %7901, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%7910 = add %7909, %7908 : f32[16] @ models/lib/nn.yaml:89:7
%7911 = cast %7903 : f64[] @ models/lib/nn.yaml:89:7
%7912 = pow %5082, %7911 : f64[] @ models/lib/nn.yaml:89:7
%7913 = sub %5063, %7912 : f64[] @ models/lib/nn.yaml:89:7
%7914 = div %3087, %7913 : f64[] @ models/lib/nn.yaml:89:7
%7915 = pow %5090, %7911 : f64[] @ models/lib/nn.yaml:89:7
%7916 = sub %5063, %7915 : f64[] @ models/lib/nn.yaml:89:7
%7917 = sqrt %7916 : f64[] @ models/lib/nn.yaml:89:7
%7918 = div %5063, %7917 : f64[] @ models/lib/nn.yaml:89:7
%7919 = sqrt %7910 : f32[16] @ models/lib/nn.yaml:89:7
%7920 = cast %7918 : f32[] @ models/lib/nn.yaml:89:7
%7921 = broadcast %7920 : f32[16] @ models/lib/nn.yaml:89:7
%7922 = mul %7919, %7921 : f32[16] @ models/lib/nn.yaml:89:7
%7923 = add %7922, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%7924 = div %7906, %7923 : f32[16] @ models/lib/nn.yaml:89:7
%7925 = cast %7914 : f32[] @ models/lib/nn.yaml:89:7
%7926 = broadcast %7925 : f32[16] @ models/lib/nn.yaml:89:7
%7927 = mul %7924, %7926 : f32[16] @ models/lib/nn.yaml:89:7
%7928 = sub %61, %7927 : f32[16] @ models/lib/nn.yaml:89:7
%7929 = assign %61, %7928 : f32[16] @ models/lib/nn.yaml:89:7
%7930 = assign %7900, %7906 : f32[16] @ models/lib/nn.yaml:89:7
%7931 = assign %7901, %7910 : f32[16] @ models/lib/nn.yaml:89:7
%7932 = assign %7902, %7903 : i64[] @ models/lib/nn.yaml:89:7
%7933 = mul %139, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%7934 = mul %7928, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%7935 = add %7933, %7934 : f32[16] @ models/lib/nn.yaml:89:7
%7936 = assign %139, %7935 : f32[16] @ models/lib/nn.yaml:89:7
%7937 = all_reduce_sum %4299 : f32[16] @ models/lib/nn.yaml:90:7
%7938 = mul %7937, %7937 : f32[16] @ models/lib/nn.yaml:90:7
%7939 = reduce_sum %7938 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7940 = sqrt %7939 : f32[] @ models/lib/nn.yaml:90:7
%7941 = cast %7940 : f64[] @ models/lib/nn.yaml:90:7
%7942 = add %7941, %5059 : f64[] @ models/lib/nn.yaml:90:7
%7943 = div %5061, %7942 : f64[] @ models/lib/nn.yaml:90:7
%7944 = lt %7943, %5063 : bool[] @ models/lib/nn.yaml:90:7
%7945 = cast %7943 : f32[] @ models/lib/nn.yaml:90:7
%7946 = broadcast %7945 : f32[16] @ models/lib/nn.yaml:90:7
%7947 = mul %7937, %7946 : f32[16] @ models/lib/nn.yaml:90:7
%7948 = broadcast %7944 : bool[16] @ models/lib/nn.yaml:90:7
%7949 = select %7948, %7947, %7937 : f32[16] @ models/lib/nn.yaml:90:7
%7950 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7951 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7952 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7953 = add %7952, %5073 : i64[] @ models/lib/nn.yaml:90:7
%7954 = mul %7949, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%7955 = mul %7950, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%7956 = add %7955, %7954 : f32[16] @ models/lib/nn.yaml:90:7
%7957 = mul %7949, %7949 : f32[16] @ models/lib/nn.yaml:90:7
%7958 = mul %7957, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%7959 = mul %7951, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%7960 = add %7959, %7958 : f32[16] @ models/lib/nn.yaml:90:7
%7961 = cast %7953 : f64[] @ models/lib/nn.yaml:90:7
%7962 = pow %5082, %7961 : f64[] @ models/lib/nn.yaml:90:7
%7963 = sub %5063, %7962 : f64[] @ models/lib/nn.yaml:90:7
%7964 = div %3087, %7963 : f64[] @ models/lib/nn.yaml:90:7
%7965 = pow %5090, %7961 : f64[] @ models/lib/nn.yaml:90:7
%7966 = sub %5063, %7965 : f64[] @ models/lib/nn.yaml:90:7
%7967 = sqrt %7966 : f64[] @ models/lib/nn.yaml:90:7
%7968 = div %5063, %7967 : f64[] @ models/lib/nn.yaml:90:7
%7969 = sqrt %7960 : f32[16] @ models/lib/nn.yaml:90:7
%7970 = cast %7968 : f32[] @ models/lib/nn.yaml:90:7
%7971 = broadcast %7970 : f32[16] @ models/lib/nn.yaml:90:7
%7972 = mul %7969, %7971 : f32[16] @ models/lib/nn.yaml:90:7
%7973 = add %7972, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%7974 = div %7956, %7973 : f32[16] @ models/lib/nn.yaml:90:7
%7975 = cast %7964 : f32[] @ models/lib/nn.yaml:90:7
%7976 = broadcast %7975 : f32[16] @ models/lib/nn.yaml:90:7
%7977 = mul %7974, %7976 : f32[16] @ models/lib/nn.yaml:90:7
%7978 = sub %62, %7977 : f32[16] @ models/lib/nn.yaml:90:7
%7979 = assign %62, %7978 : f32[16] @ models/lib/nn.yaml:90:7
%7980 = assign %7950, %7956 : f32[16] @ models/lib/nn.yaml:90:7
%7981 = assign %7951, %7960 : f32[16] @ models/lib/nn.yaml:90:7
%7982 = assign %7952, %7953 : i64[] @ models/lib/nn.yaml:90:7
%7983 = mul %140, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%7984 = mul %7978, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%7985 = add %7983, %7984 : f32[16] @ models/lib/nn.yaml:90:7
%7986 = assign %140, %7985 : f32[16] @ models/lib/nn.yaml:90:7
%7987 = all_reduce_sum %4295 : f32[64,16] @ models/lib/nn.yaml:79:7
%7988 = reshape %7987 : f32[1024] @ models/lib/nn.yaml:79:7
%7989 = mul %7988, %7988 : f32[1024] @ models/lib/nn.yaml:79:7
%7990 = reduce_sum %7989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7991 = sqrt %7990 : f32[] @ models/lib/nn.yaml:79:7
%7992 = cast %7991 : f64[] @ models/lib/nn.yaml:79:7
%7993 = add %7992, %5059 : f64[] @ models/lib/nn.yaml:79:7
%7994 = div %5061, %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = lt %7994, %5063 : bool[] @ models/lib/nn.yaml:79:7
%7996 = cast %7994 : f32[] @ models/lib/nn.yaml:79:7
%7997 = broadcast %7996 : f32[64,16] @ models/lib/nn.yaml:79:7
%7998 = mul %7987, %7997 : f32[64,16] @ models/lib/nn.yaml:79:7
%7999 = broadcast %7995 : bool[64,16] @ models/lib/nn.yaml:79:7
%8000 = select %7999, %7998, %7987 : f32[64,16] @ models/lib/nn.yaml:79:7
%8001 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8002 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8003 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8004 = add %8003, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8005 = mul %63, %5690 : f32[64,16] @ models/lib/nn.yaml:79:7
%8006 = mul %8000, %5692 : f32[64,16] @ models/lib/nn.yaml:79:7
%8007 = mul %8001, %5694 : f32[64,16] @ models/lib/nn.yaml:79:7
%8008 = add %8007, %8006 : f32[64,16] @ models/lib/nn.yaml:79:7
%8009 = mul %8000, %8000 : f32[64,16] @ models/lib/nn.yaml:79:7
%8010 = mul %8009, %5698 : f32[64,16] @ models/lib/nn.yaml:79:7
%8011 = mul %8002, %5700 : f32[64,16] @ models/lib/nn.yaml:79:7
%8012 = add %8011, %8010 : f32[64,16] @ models/lib/nn.yaml:79:7
%8013 = cast %8004 : f64[] @ models/lib/nn.yaml:79:7
%8014 = pow %5082, %8013 : f64[] @ models/lib/nn.yaml:79:7
%8015 = sub %5063, %8014 : f64[] @ models/lib/nn.yaml:79:7
%8016 = div %3087, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = pow %5090, %8013 : f64[] @ models/lib/nn.yaml:79:7
%8018 = sub %5063, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8019 = sqrt %8018 : f64[] @ models/lib/nn.yaml:79:7
%8020 = div %5063, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = sqrt %8012 : f32[64,16] @ models/lib/nn.yaml:79:7
%8022 = cast %8020 : f32[] @ models/lib/nn.yaml:79:7
%8023 = broadcast %8022 : f32[64,16] @ models/lib/nn.yaml:79:7
%8024 = mul %8021, %8023 : f32[64,16] @ models/lib/nn.yaml:79:7
%8025 = add %8024, %5715 : f32[64,16] @ models/lib/nn.yaml:79:7
%8026 = div %8008, %8025 : f32[64,16] @ models/lib/nn.yaml:79:7
%8027 = cast %8016 : f32[] @ models/lib/nn.yaml:79:7
%8028 = broadcast %8027 : f32[64,16] @ models/lib/nn.yaml:79:7
%8029 = mul %8026, %8028 : f32[64,16] @ models/lib/nn.yaml:79:7
%8030 = sub %8005, %8029 : f32[64,16] @ models/lib/nn.yaml:79:7
%8031 = assign %63, %8030 : f32[64,16] @ models/lib/nn.yaml:79:7
%8032 = assign %8001, %8008 : f32[64,16] @ models/lib/nn.yaml:79:7
%8033 = assign %8002, %8012 : f32[64,16] @ models/lib/nn.yaml:79:7
%8034 = assign %8003, %8004 : i64[] @ models/lib/nn.yaml:79:7
%8035 = mul %141, %5726 : f32[64,16] @ models/lib/nn.yaml:79:7
%8036 = mul %8030, %5728 : f32[64,16] @ models/lib/nn.yaml:79:7
%8037 = add %8035, %8036 : f32[64,16] @ models/lib/nn.yaml:79:7
%8038 = assign %141, %8037 : f32[64,16] @ models/lib/nn.yaml:79:7
%8039 = all_reduce_sum %4287 : f32[64] @ models/lib/nn.yaml:80:7
%8040 = mul %8039, %8039 : f32[64] @ models/lib/nn.yaml:80:7
%8041 = reduce_sum %8040 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8042 = sqrt %8041 : f32[] @ models/lib/nn.yaml:80:7
%8043 = cast %8042 : f64[] @ models/lib/nn.yaml:80:7
%8044 = add %8043, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8045 = div %5061, %8044 : f64[] @ models/lib/nn.yaml:80:7
%8046 = lt %8045, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8047 = cast %8045 : f32[] @ models/lib/nn.yaml:80:7
%8048 = broadcast %8047 : f32[64] @ models/lib/nn.yaml:80:7
%8049 = mul %8039, %8048 : f32[64] @ models/lib/nn.yaml:80:7
%8050 = broadcast %8046 : bool[64] @ models/lib/nn.yaml:80:7
%8051 = select %8050, %8049, %8039 : f32[64] @ models/lib/nn.yaml:80:7
%8052 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8053 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8054 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8055 = add %8054, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8056 = mul %8051, %5749 : f32[64] @ models/lib/nn.yaml:80:7
%8057 = mul %8052, %5751 : f32[64] @ models/lib/nn.yaml:80:7
%8058 = add %8057, %8056 : f32[64] @ models/lib/nn.yaml:80:7
%8059 = mul %8051, %8051 : f32[64] @ models/lib/nn.yaml:80:7
%8060 = mul %8059, %5755 : f32[64] @ models/lib/nn.yaml:80:7
%8061 = mul %8053, %5757 : f32[64] @ models/lib/nn.yaml:80:7
%8062 = add %8061, %8060 : f32[64] @ models/lib/nn.yaml:80:7
%8063 = cast %8055 : f64[] @ models/lib/nn.yaml:80:7
%8064 = pow %5082, %8063 : f64[] @ models/lib/nn.yaml:80:7
%8065 = sub %5063, %8064 : f64[] @ models/lib/nn.yaml:80:7
%8066 = div %3087, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8067 = pow %5090, %8063 : f64[] @ models/lib/nn.yaml:80:7
%8068 = sub %5063, %8067 : f64[] @ models/lib/nn.yaml:80:7
%8069 = sqrt %8068 : f64[] @ models/lib/nn.yaml:80:7
%8070 = div %5063, %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = sqrt %8062 : f32[64] @ models/lib/nn.yaml:80:7
%8072 = cast %8070 : f32[] @ models/lib/nn.yaml:80:7
%8073 = broadcast %8072 : f32[64] @ models/lib/nn.yaml:80:7
%8074 = mul %8071, %8073 : f32[64] @ models/lib/nn.yaml:80:7
%8075 = add %8074, %5772 : f32[64] @ models/lib/nn.yaml:80:7
%8076 = div %8058, %8075 : f32[64] @ models/lib/nn.yaml:80:7
%8077 = cast %8066 : f32[] @ models/lib/nn.yaml:80:7
%8078 = broadcast %8077 : f32[64] @ models/lib/nn.yaml:80:7
%8079 = mul %8076, %8078 : f32[64] @ models/lib/nn.yaml:80:7
%8080 = sub %64, %8079 : f32[64] @ models/lib/nn.yaml:80:7
%8081 = assign %64, %8080 : f32[64] @ models/lib/nn.yaml:80:7
%8082 = assign %8052, %8058 : f32[64] @ models/lib/nn.yaml:80:7
%8083 = assign %8053, %8062 : f32[64] @ models/lib/nn.yaml:80:7
%8084 = assign %8054, %8055 : i64[] @ models/lib/nn.yaml:80:7
%8085 = mul %142, %5783 : f32[64] @ models/lib/nn.yaml:80:7
%8086 = mul %8080, %5785 : f32[64] @ models/lib/nn.yaml:80:7
%8087 = add %8085, %8086 : f32[64] @ models/lib/nn.yaml:80:7
%8088 = assign %142, %8087 : f32[64] @ models/lib/nn.yaml:80:7
%8089 = all_reduce_sum %4273 : f32[16,64] @ models/lib/nn.yaml:79:7
%8090 = reshape %8089 : f32[1024] @ models/lib/nn.yaml:79:7
%8091 = mul %8090, %8090 : f32[1024] @ models/lib/nn.yaml:79:7
%8092 = reduce_sum %8091 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8093 = sqrt %8092 : f32[] @ models/lib/nn.yaml:79:7
%8094 = cast %8093 : f64[] @ models/lib/nn.yaml:79:7
%8095 = add %8094, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8096 = div %5061, %8095 : f64[] @ models/lib/nn.yaml:79:7
%8097 = lt %8096, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8098 = cast %8096 : f32[] @ models/lib/nn.yaml:79:7
%8099 = broadcast %8098 : f32[16,64] @ models/lib/nn.yaml:79:7
%8100 = mul %8089, %8099 : f32[16,64] @ models/lib/nn.yaml:79:7
%8101 = broadcast %8097 : bool[16,64] @ models/lib/nn.yaml:79:7
%8102 = select %8101, %8100, %8089 : f32[16,64] @ models/lib/nn.yaml:79:7
%8103 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8104 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8105 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8106 = add %8105, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8107 = mul %65, %5807 : f32[16,64] @ models/lib/nn.yaml:79:7
%8108 = mul %8102, %5809 : f32[16,64] @ models/lib/nn.yaml:79:7
%8109 = mul %8103, %5811 : f32[16,64] @ models/lib/nn.yaml:79:7
%8110 = add %8109, %8108 : f32[16,64] @ models/lib/nn.yaml:79:7
%8111 = mul %8102, %8102 : f32[16,64] @ models/lib/nn.yaml:79:7
%8112 = mul %8111, %5815 : f32[16,64] @ models/lib/nn.yaml:79:7
%8113 = mul %8104, %5817 : f32[16,64] @ models/lib/nn.yaml:79:7
%8114 = add %8113, %8112 : f32[16,64] @ models/lib/nn.yaml:79:7
%8115 = cast %8106 : f64[] @ models/lib/nn.yaml:79:7
%8116 = pow %5082, %8115 : f64[] @ models/lib/nn.yaml:79:7
%8117 = sub %5063, %8116 : f64[] @ models/lib/nn.yaml:79:7
%8118 = div %3087, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8119 = pow %5090, %8115 : f64[] @ models/lib/nn.yaml:79:7
%8120 = sub %5063, %8119 : f64[] @ models/lib/nn.yaml:79:7
%8121 = sqrt %8120 : f64[] @ models/lib/nn.yaml:79:7
%8122 = div %5063, %8121 : f64[] @ models/lib/nn.yaml:79:7
%8123 = sqrt %8114 : f32[16,64] @ models/lib/nn.yaml:79:7
%8124 = cast %8122 : f32[] @ models/lib/nn.yaml:79:7
%8125 = broadcast %8124 : f32[16,64] @ models/lib/nn.yaml:79:7
%8126 = mul %8123, %8125 : f32[16,64] @ models/lib/nn.yaml:79:7
%8127 = add %8126, %5832 : f32[16,64] @ models/lib/nn.yaml:79:7
%8128 = div %8110, %8127 : f32[16,64] @ models/lib/nn.yaml:79:7
%8129 = cast %8118 : f32[] @ models/lib/nn.yaml:79:7
%8130 = broadcast %8129 : f32[16,64] @ models/lib/nn.yaml:79:7
%8131 = mul %8128, %8130 : f32[16,64] @ models/lib/nn.yaml:79:7
%8132 = sub %8107, %8131 : f32[16,64] @ models/lib/nn.yaml:79:7
%8133 = assign %65, %8132 : f32[16,64] @ models/lib/nn.yaml:79:7
%8134 = assign %8103, %8110 : f32[16,64] @ models/lib/nn.yaml:79:7
%8135 = assign %8104, %8114 : f32[16,64] @ models/lib/nn.yaml:79:7
%8136 = assign %8105, %8106 : i64[] @ models/lib/nn.yaml:79:7
%8137 = mul %143, %5843 : f32[16,64] @ models/lib/nn.yaml:79:7
%8138 = mul %8132, %5845 : f32[16,64] @ models/lib/nn.yaml:79:7
%8139 = add %8137, %8138 : f32[16,64] @ models/lib/nn.yaml:79:7
%8140 = assign %143, %8139 : f32[16,64] @ models/lib/nn.yaml:79:7
%8141 = all_reduce_sum %4265 : f32[16] @ models/lib/nn.yaml:80:7
%8142 = mul %8141, %8141 : f32[16] @ models/lib/nn.yaml:80:7
%8143 = reduce_sum %8142 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8144 = sqrt %8143 : f32[] @ models/lib/nn.yaml:80:7
%8145 = cast %8144 : f64[] @ models/lib/nn.yaml:80:7
%8146 = add %8145, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8147 = div %5061, %8146 : f64[] @ models/lib/nn.yaml:80:7
%8148 = lt %8147, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8149 = cast %8147 : f32[] @ models/lib/nn.yaml:80:7
%8150 = broadcast %8149 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = mul %8141, %8150 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = broadcast %8148 : bool[16] @ models/lib/nn.yaml:80:7
%8153 = select %8152, %8151, %8141 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8155 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8156 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8157 = add %8156, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8158 = mul %8153, %5205 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = mul %8154, %5207 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = add %8159, %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = mul %8153, %8153 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = mul %8161, %5211 : f32[16] @ models/lib/nn.yaml:80:7
%8163 = mul %8155, %5213 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = add %8163, %8162 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = cast %8157 : f64[] @ models/lib/nn.yaml:80:7
%8166 = pow %5082, %8165 : f64[] @ models/lib/nn.yaml:80:7
%8167 = sub %5063, %8166 : f64[] @ models/lib/nn.yaml:80:7
%8168 = div %3087, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8169 = pow %5090, %8165 : f64[] @ models/lib/nn.yaml:80:7
%8170 = sub %5063, %8169 : f64[] @ models/lib/nn.yaml:80:7
%8171 = sqrt %8170 : f64[] @ models/lib/nn.yaml:80:7
%8172 = div %5063, %8171 : f64[] @ models/lib/nn.yaml:80:7
%8173 = sqrt %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8174 = cast %8172 : f32[] @ models/lib/nn.yaml:80:7
%8175 = broadcast %8174 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = mul %8173, %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8177 = add %8176, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%8178 = div %8160, %8177 : f32[16] @ models/lib/nn.yaml:80:7
%8179 = cast %8168 : f32[] @ models/lib/nn.yaml:80:7
%8180 = broadcast %8179 : f32[16] @ models/lib/nn.yaml:80:7
%8181 = mul %8178, %8180 : f32[16] @ models/lib/nn.yaml:80:7
%8182 = sub %66, %8181 : f32[16] @ models/lib/nn.yaml:80:7
%8183 = assign %66, %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = assign %8154, %8160 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = assign %8155, %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = assign %8156, %8157 : i64[] @ models/lib/nn.yaml:80:7
%8187 = mul %144, %5239 : f32[16] @ models/lib/nn.yaml:80:7
%8188 = mul %8182, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%8189 = add %8187, %8188 : f32[16] @ models/lib/nn.yaml:80:7
%8190 = assign %144, %8189 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = all_reduce_sum %4242 : f32[16] @ models/lib/nn.yaml:89:7
%8192 = mul %8191, %8191 : f32[16] @ models/lib/nn.yaml:89:7
%8193 = reduce_sum %8192 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8194 = sqrt %8193 : f32[] @ models/lib/nn.yaml:89:7
%8195 = cast %8194 : f64[] @ models/lib/nn.yaml:89:7
%8196 = add %8195, %5059 : f64[] @ models/lib/nn.yaml:89:7
%8197 = div %5061, %8196 : f64[] @ models/lib/nn.yaml:89:7
%8198 = lt %8197, %5063 : bool[] @ models/lib/nn.yaml:89:7
%8199 = cast %8197 : f32[] @ models/lib/nn.yaml:89:7
%8200 = broadcast %8199 : f32[16] @ models/lib/nn.yaml:89:7
%8201 = mul %8191, %8200 : f32[16] @ models/lib/nn.yaml:89:7
%8202 = broadcast %8198 : bool[16] @ models/lib/nn.yaml:89:7
%8203 = select %8202, %8201, %8191 : f32[16] @ models/lib/nn.yaml:89:7
%8204 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8205 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8206 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8207 = add %8206, %5073 : i64[] @ models/lib/nn.yaml:89:7
%8208 = mul %8203, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%8209 = mul %8204, %5207 : f32[16] @ models/lib/nn.yaml:89:7
%8210 = add %8209, %8208 : f32[16] @ models/lib/nn.yaml:89:7
%8211 = mul %8203, %8203 : f32[16] @ models/lib/nn.yaml:89:7
%8212 = mul %8211, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%8213 = mul %8205, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%8214 = add %8213, %8212 : f32[16] @ models/lib/nn.yaml:89:7
%8215 = cast %8207 : f64[] @ models/lib/nn.yaml:89:7
%8216 = pow %5082, %8215 : f64[] @ models/lib/nn.yaml:89:7
%8217 = sub %5063, %8216 : f64[] @ models/lib/nn.yaml:89:7
%8218 = div %3087, %8217 : f64[] @ models/lib/nn.yaml:89:7
%8219 = pow %5090, %8215 : f64[] @ models/lib/nn.yaml:89:7
%8220 = sub %5063, %8219 : f64[] @ models/lib/nn.yaml:89:7
%8221 = sqrt %8220 : f64[] @ models/lib/nn.yaml:89:7
%8222 = div %5063, %8221 : f64[] @ models/lib/nn.yaml:89:7
%8223 = sqrt %8214 : f32[16] @ models/lib/nn.yaml:89:7
%8224 = cast %8222 : f32[] @ models/lib/nn.yaml:89:7
%8225 = broadcast %8224 : f32[16] @ models/lib/nn.yaml:89:7
%8226 = mul %8223, %8225 : f32[16] @ models/lib/nn.yaml:89:7
%8227 = add %8226, %5228 : f32[16] @ models/lib/nn.yaml:89:7
%8228 = div %8210, %8227 : f32[16] @ models/lib/nn.yaml:89:7
%8229 = cast %8218 : f32[] @ models/lib/nn.yaml:89:7
%8230 = broadcast %8229 : f32[16] @ models/lib/nn.yaml:89:7
%8231 = mul %8228, %8230 : f32[16] @ models/lib/nn.yaml:89:7
%8232 = sub %67, %8231 : f32[16] @ models/lib/nn.yaml:89:7
%8233 = assign %67, %8232 : f32[16] @ models/lib/nn.yaml:89:7
%8234 = assign %8204, %8210 : f32[16] @ models/lib/nn.yaml:89:7
%8235 = assign %8205, %8214 : f32[16] @ models/lib/nn.yaml:89:7
%8236 = assign %8206, %8207 : i64[] @ models/lib/nn.yaml:89:7
%8237 = mul %145, %5239 : f32[16] @ models/lib/nn.yaml:89:7
%8238 = mul %8232, %5241 : f32[16] @ models/lib/nn.yaml:89:7
%8239 = add %8237, %8238 : f32[16] @ models/lib/nn.yaml:89:7
%8240 = assign %145, %8239 : f32[16] @ models/lib/nn.yaml:89:7
%8241 = all_reduce_sum %4237 : f32[16] @ models/lib/nn.yaml:90:7
%8242 = mul %8241, %8241 : f32[16] @ models/lib/nn.yaml:90:7
%8243 = reduce_sum %8242 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8244 = sqrt %8243 : f32[] @ models/lib/nn.yaml:90:7
%8245 = cast %8244 : f64[] @ models/lib/nn.yaml:90:7
%8246 = add %8245, %5059 : f64[] @ models/lib/nn.yaml:90:7
%8247 = div %5061, %8246 : f64[] @ models/lib/nn.yaml:90:7
%8248 = lt %8247, %5063 : bool[] @ models/lib/nn.yaml:90:7
%8249 = cast %8247 : f32[] @ models/lib/nn.yaml:90:7
%8250 = broadcast %8249 : f32[16] @ models/lib/nn.yaml:90:7
%8251 = mul %8241, %8250 : f32[16] @ models/lib/nn.yaml:90:7
%8252 = broadcast %8248 : bool[16] @ models/lib/nn.yaml:90:7
%8253 = select %8252, %8251, %8241 : f32[16] @ models/lib/nn.yaml:90:7
%8254 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8255 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8256 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8257 = add %8256, %5073 : i64[] @ models/lib/nn.yaml:90:7
%8258 = mul %8253, %5205 : f32[16] @ models/lib/nn.yaml:90:7
%8259 = mul %8254, %5207 : f32[16] @ models/lib/nn.yaml:90:7
%8260 = add %8259, %8258 : f32[16] @ models/lib/nn.yaml:90:7
%8261 = mul %8253, %8253 : f32[16] @ models/lib/nn.yaml:90:7
%8262 = mul %8261, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%8263 = mul %8255, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%8264 = add %8263, %8262 : f32[16] @ models/lib/nn.yaml:90:7
%8265 = cast %8257 : f64[] @ models/lib/nn.yaml:90:7
%8266 = pow %5082, %8265 : f64[] @ models/lib/nn.yaml:90:7
%8267 = sub %5063, %8266 : f64[] @ models/lib/nn.yaml:90:7
%8268 = div %3087, %8267 : f64[] @ models/lib/nn.yaml:90:7
%8269 = pow %5090, %8265 : f64[] @ models/lib/nn.yaml:90:7
%8270 = sub %5063, %8269 : f64[] @ models/lib/nn.yaml:90:7
%8271 = sqrt %8270 : f64[] @ models/lib/nn.yaml:90:7
%8272 = div %5063, %8271 : f64[] @ models/lib/nn.yaml:90:7
%8273 = sqrt %8264 : f32[16] @ models/lib/nn.yaml:90:7
%8274 = cast %8272 : f32[] @ models/lib/nn.yaml:90:7
%8275 = broadcast %8274 : f32[16] @ models/lib/nn.yaml:90:7
%8276 = mul %8273, %8275 : f32[16] @ models/lib/nn.yaml:90:7
%8277 = add %8276, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%8278 = div %8260, %8277 : f32[16] @ models/lib/nn.yaml:90:7
%8279 = cast %8268 : f32[] @ models/lib/nn.yaml:90:7
%8280 = broadcast %8279 : f32[16] @ models/lib/nn.yaml:90:7
%8281 = mul %8278, %8280 : f32[16] @ models/lib/nn.yaml:90:7
%8282 = sub %68, %8281 : f32[16] @ models/lib/nn.yaml:90:7
%8283 = assign %68, %8282 : f32[16] @ models/lib/nn.yaml:90:7
%8284 = assign %8254, %8260 : f32[16] @ models/lib/nn.yaml:90:7
%8285 = assign %8255, %8264 : f32[16] @ models/lib/nn.yaml:90:7
%8286 = assign %8256, %8257 : i64[] @ models/lib/nn.yaml:90:7
%8287 = mul %146, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%8288 = mul %8282, %5241 : f32[16] @ models/lib/nn.yaml:90:7
%8289 = add %8287, %8288 : f32[16] @ models/lib/nn.yaml:90:7
%8290 = assign %146, %8289 : f32[16] @ models/lib/nn.yaml:90:7
%8291 = all_reduce_sum %4229 : f32[24,16] @ models/lib/nn.yaml:79:7
%8292 = reshape %8291 : f32[384] @ models/lib/nn.yaml:79:7
%8293 = mul %8292, %8292 : f32[384] @ models/lib/nn.yaml:79:7
%8294 = reduce_sum %8293 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8295 = sqrt %8294 : f32[] @ models/lib/nn.yaml:79:7
%8296 = cast %8295 : f64[] @ models/lib/nn.yaml:79:7
%8297 = add %8296, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8298 = div %5061, %8297 : f64[] @ models/lib/nn.yaml:79:7
%8299 = lt %8298, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8300 = cast %8298 : f32[] @ models/lib/nn.yaml:79:7
%8301 = broadcast %8300 : f32[24,16] @ models/lib/nn.yaml:79:7
%8302 = mul %8291, %8301 : f32[24,16] @ models/lib/nn.yaml:79:7
%8303 = broadcast %8299 : bool[24,16] @ models/lib/nn.yaml:79:7
%8304 = select %8303, %8302, %8291 : f32[24,16] @ models/lib/nn.yaml:79:7
%8305 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8306 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8307 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8308 = add %8307, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8309 = broadcast %5077 : f32[24,16] @ models/lib/nn.yaml:79:7
%8310 = mul %69, %8309 : f32[24,16] @ models/lib/nn.yaml:79:7
%8311 = broadcast %2843 : f32[24,16] @ models/lib/nn.yaml:79:7
%8312 = mul %8304, %8311 : f32[24,16] @ models/lib/nn.yaml:79:7
%8313 = broadcast %1916 : f32[24,16] @ models/lib/nn.yaml:79:7
%8314 = mul %8305, %8313 : f32[24,16] @ models/lib/nn.yaml:79:7
%8315 = add %8314, %8312 : f32[24,16] @ models/lib/nn.yaml:79:7
%8316 = mul %8304, %8304 : f32[24,16] @ models/lib/nn.yaml:79:7
%8317 = broadcast %5087 : f32[24,16] @ models/lib/nn.yaml:79:7
%8318 = mul %8316, %8317 : f32[24,16] @ models/lib/nn.yaml:79:7
%8319 = broadcast %5091 : f32[24,16] @ models/lib/nn.yaml:79:7
%8320 = mul %8306, %8319 : f32[24,16] @ models/lib/nn.yaml:79:7
%8321 = add %8320, %8318 : f32[24,16] @ models/lib/nn.yaml:79:7
%8322 = cast %8308 : f64[] @ models/lib/nn.yaml:79:7
%8323 = pow %5082, %8322 : f64[] @ models/lib/nn.yaml:79:7
%8324 = sub %5063, %8323 : f64[] @ models/lib/nn.yaml:79:7
%8325 = div %3087, %8324 : f64[] @ models/lib/nn.yaml:79:7
%8326 = pow %5090, %8322 : f64[] @ models/lib/nn.yaml:79:7
%8327 = sub %5063, %8326 : f64[] @ models/lib/nn.yaml:79:7
%8328 = sqrt %8327 : f64[] @ models/lib/nn.yaml:79:7
%8329 = div %5063, %8328 : f64[] @ models/lib/nn.yaml:79:7
%8330 = sqrt %8321 : f32[24,16] @ models/lib/nn.yaml:79:7
%8331 = cast %8329 : f32[] @ models/lib/nn.yaml:79:7
%8332 = broadcast %8331 : f32[24,16] @ models/lib/nn.yaml:79:7
%8333 = mul %8330, %8332 : f32[24,16] @ models/lib/nn.yaml:79:7
%8334 = broadcast %5107 : f32[24,16] @ models/lib/nn.yaml:79:7
%8335 = add %8333, %8334 : f32[24,16] @ models/lib/nn.yaml:79:7
%8336 = div %8315, %8335 : f32[24,16] @ models/lib/nn.yaml:79:7
%8337 = cast %8325 : f32[] @ models/lib/nn.yaml:79:7
%8338 = broadcast %8337 : f32[24,16] @ models/lib/nn.yaml:79:7
%8339 = mul %8336, %8338 : f32[24,16] @ models/lib/nn.yaml:79:7
%8340 = sub %8310, %8339 : f32[24,16] @ models/lib/nn.yaml:79:7
%8341 = assign %69, %8340 : f32[24,16] @ models/lib/nn.yaml:79:7
%8342 = assign %8305, %8315 : f32[24,16] @ models/lib/nn.yaml:79:7
%8343 = assign %8306, %8321 : f32[24,16] @ models/lib/nn.yaml:79:7
%8344 = assign %8307, %8308 : i64[] @ models/lib/nn.yaml:79:7
%8345 = broadcast %5119 : f32[24,16] @ models/lib/nn.yaml:79:7
%8346 = mul %147, %8345 : f32[24,16] @ models/lib/nn.yaml:79:7
%8347 = broadcast %5123 : f32[24,16] @ models/lib/nn.yaml:79:7
%8348 = mul %8340, %8347 : f32[24,16] @ models/lib/nn.yaml:79:7
%8349 = add %8346, %8348 : f32[24,16] @ models/lib/nn.yaml:79:7
%8350 = assign %147, %8349 : f32[24,16] @ models/lib/nn.yaml:79:7
%8351 = all_reduce_sum %4221 : f32[24] @ models/lib/nn.yaml:80:7
%8352 = mul %8351, %8351 : f32[24] @ models/lib/nn.yaml:80:7
%8353 = reduce_sum %8352 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8354 = sqrt %8353 : f32[] @ models/lib/nn.yaml:80:7
%8355 = cast %8354 : f64[] @ models/lib/nn.yaml:80:7
%8356 = add %8355, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8357 = div %5061, %8356 : f64[] @ models/lib/nn.yaml:80:7
%8358 = lt %8357, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8359 = cast %8357 : f32[] @ models/lib/nn.yaml:80:7
%8360 = broadcast %8359 : f32[24] @ models/lib/nn.yaml:80:7
%8361 = mul %8351, %8360 : f32[24] @ models/lib/nn.yaml:80:7
%8362 = broadcast %8358 : bool[24] @ models/lib/nn.yaml:80:7
%8363 = select %8362, %8361, %8351 : f32[24] @ models/lib/nn.yaml:80:7
%8364 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8365 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8366 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8367 = add %8366, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8368 = broadcast %2843 : f32[24] @ models/lib/nn.yaml:80:7
%8369 = mul %8363, %8368 : f32[24] @ models/lib/nn.yaml:80:7
%8370 = broadcast %1916 : f32[24] @ models/lib/nn.yaml:80:7
%8371 = mul %8364, %8370 : f32[24] @ models/lib/nn.yaml:80:7
%8372 = add %8371, %8369 : f32[24] @ models/lib/nn.yaml:80:7
%8373 = mul %8363, %8363 : f32[24] @ models/lib/nn.yaml:80:7
%8374 = broadcast %5087 : f32[24] @ models/lib/nn.yaml:80:7
%8375 = mul %8373, %8374 : f32[24] @ models/lib/nn.yaml:80:7
%8376 = broadcast %5091 : f32[24] @ models/lib/nn.yaml:80:7
%8377 = mul %8365, %8376 : f32[24] @ models/lib/nn.yaml:80:7
%8378 = add %8377, %8375 : f32[24] @ models/lib/nn.yaml:80:7
%8379 = cast %8367 : f64[] @ models/lib/nn.yaml:80:7
%8380 = pow %5082, %8379 : f64[] @ models/lib/nn.yaml:80:7
%8381 = sub %5063, %8380 : f64[] @ models/lib/nn.yaml:80:7
%8382 = div %3087, %8381 : f64[] @ models/lib/nn.yaml:80:7
%8383 = pow %5090, %8379 : f64[] @ models/lib/nn.yaml:80:7
%8384 = sub %5063, %8383 : f64[] @ models/lib/nn.yaml:80:7
%8385 = sqrt %8384 : f64[] @ models/lib/nn.yaml:80:7
%8386 = div %5063, %8385 : f64[] @ models/lib/nn.yaml:80:7
%8387 = sqrt %8378 : f32[24] @ models/lib/nn.yaml:80:7
%8388 = cast %8386 : f32[] @ models/lib/nn.yaml:80:7
%8389 = broadcast %8388 : f32[24] @ models/lib/nn.yaml:80:7
%8390 = mul %8387, %8389 : f32[24] @ models/lib/nn.yaml:80:7
%8391 = broadcast %5107 : f32[24] @ models/lib/nn.yaml:80:7
%8392 = add %8390, %8391 : f32[24] @ models/lib/nn.yaml:80:7
%8393 = div %8372, %8392 : f32[24] @ models/lib/nn.yaml:80:7
%8394 = cast %8382 : f32[] @ models/lib/nn.yaml:80:7
%8395 = broadcast %8394 : f32[24] @ models/lib/nn.yaml:80:7
%8396 = mul %8393, %8395 : f32[24] @ models/lib/nn.yaml:80:7
%8397 = sub %70, %8396 : f32[24] @ models/lib/nn.yaml:80:7
%8398 = assign %70, %8397 : f32[24] @ models/lib/nn.yaml:80:7
%8399 = assign %8364, %8372 : f32[24] @ models/lib/nn.yaml:80:7
%8400 = assign %8365, %8378 : f32[24] @ models/lib/nn.yaml:80:7
%8401 = assign %8366, %8367 : i64[] @ models/lib/nn.yaml:80:7
%8402 = broadcast %5119 : f32[24] @ models/lib/nn.yaml:80:7
%8403 = mul %148, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8404 = broadcast %5123 : f32[24] @ models/lib/nn.yaml:80:7
%8405 = mul %8397, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8406 = add %8403, %8405 : f32[24] @ models/lib/nn.yaml:80:7
%8407 = assign %148, %8406 : f32[24] @ models/lib/nn.yaml:80:7
%8408 = all_reduce_sum %4207 : f32[24,24] @ models/lib/nn.yaml:79:7
%8409 = reshape %8408 : f32[576] @ models/lib/nn.yaml:79:7
%8410 = mul %8409, %8409 : f32[576] @ models/lib/nn.yaml:79:7
%8411 = reduce_sum %8410 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8412 = sqrt %8411 : f32[] @ models/lib/nn.yaml:79:7
%8413 = cast %8412 : f64[] @ models/lib/nn.yaml:79:7
%8414 = add %8413, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8415 = div %5061, %8414 : f64[] @ models/lib/nn.yaml:79:7
%8416 = lt %8415, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8417 = cast %8415 : f32[] @ models/lib/nn.yaml:79:7
%8418 = broadcast %8417 : f32[24,24] @ models/lib/nn.yaml:79:7
%8419 = mul %8408, %8418 : f32[24,24] @ models/lib/nn.yaml:79:7
%8420 = broadcast %8416 : bool[24,24] @ models/lib/nn.yaml:79:7
%8421 = select %8420, %8419, %8408 : f32[24,24] @ models/lib/nn.yaml:79:7
%8422 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8423 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8424 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8425 = add %8424, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8426 = broadcast %5077 : f32[24,24] @ models/lib/nn.yaml:79:7
%8427 = mul %71, %8426 : f32[24,24] @ models/lib/nn.yaml:79:7
%8428 = broadcast %2843 : f32[24,24] @ models/lib/nn.yaml:79:7
%8429 = mul %8421, %8428 : f32[24,24] @ models/lib/nn.yaml:79:7
%8430 = broadcast %1916 : f32[24,24] @ models/lib/nn.yaml:79:7
%8431 = mul %8422, %8430 : f32[24,24] @ models/lib/nn.yaml:79:7
%8432 = add %8431, %8429 : f32[24,24] @ models/lib/nn.yaml:79:7
%8433 = mul %8421, %8421 : f32[24,24] @ models/lib/nn.yaml:79:7
%8434 = broadcast %5087 : f32[24,24] @ models/lib/nn.yaml:79:7
%8435 = mul %8433, %8434 : f32[24,24] @ models/lib/nn.yaml:79:7
%8436 = broadcast %5091 : f32[24,24] @ models/lib/nn.yaml:79:7
%8437 = mul %8423, %8436 : f32[24,24] @ models/lib/nn.yaml:79:7
%8438 = add %8437, %8435 : f32[24,24] @ models/lib/nn.yaml:79:7
%8439 = cast %8425 : f64[] @ models/lib/nn.yaml:79:7
%8440 = pow %5082, %8439 : f64[] @ models/lib/nn.yaml:79:7
%8441 = sub %5063, %8440 : f64[] @ models/lib/nn.yaml:79:7
%8442 = div %3087, %8441 : f64[] @ models/lib/nn.yaml:79:7
%8443 = pow %5090, %8439 : f64[] @ models/lib/nn.yaml:79:7
%8444 = sub %5063, %8443 : f64[] @ models/lib/nn.yaml:79:7
%8445 = sqrt %8444 : f64[] @ models/lib/nn.yaml:79:7
%8446 = div %5063, %8445 : f64[] @ models/lib/nn.yaml:79:7
%8447 = sqrt %8438 : f32[24,24] @ models/lib/nn.yaml:79:7
%8448 = cast %8446 : f32[] @ models/lib/nn.yaml:79:7
%8449 = broadcast %8448 : f32[24,24] @ models/lib/nn.yaml:79:7
%8450 = mul %8447, %8449 : f32[24,24] @ models/lib/nn.yaml:79:7
%8451 = broadcast %5107 : f32[24,24] @ models/lib/nn.yaml:79:7
%8452 = add %8450, %8451 : f32[24,24] @ models/lib/nn.yaml:79:7
%8453 = div %8432, %8452 : f32[24,24] @ models/lib/nn.yaml:79:7
%8454 = cast %8442 : f32[] @ models/lib/nn.yaml:79:7
%8455 = broadcast %8454 : f32[24,24] @ models/lib/nn.yaml:79:7
%8456 = mul %8453, %8455 : f32[24,24] @ models/lib/nn.yaml:79:7
%8457 = sub %8427, %8456 : f32[24,24] @ models/lib/nn.yaml:79:7
%8458 = assign %71, %8457 : f32[24,24] @ models/lib/nn.yaml:79:7
%8459 = assign %8422, %8432 : f32[24,24] @ models/lib/nn.yaml:79:7
%8460 = assign %8423, %8438 : f32[24,24] @ models/lib/nn.yaml:79:7
%8461 = assign %8424, %8425 : i64[] @ models/lib/nn.yaml:79:7
%8462 = broadcast %5119 : f32[24,24] @ models/lib/nn.yaml:79:7
%8463 = mul %149, %8462 : f32[24,24] @ models/lib/nn.yaml:79:7
%8464 = broadcast %5123 : f32[24,24] @ models/lib/nn.yaml:79:7
%8465 = mul %8457, %8464 : f32[24,24] @ models/lib/nn.yaml:79:7
%8466 = add %8463, %8465 : f32[24,24] @ models/lib/nn.yaml:79:7
%8467 = assign %149, %8466 : f32[24,24] @ models/lib/nn.yaml:79:7
%8468 = all_reduce_sum %4199 : f32[24] @ models/lib/nn.yaml:80:7
%8469 = mul %8468, %8468 : f32[24] @ models/lib/nn.yaml:80:7
%8470 = reduce_sum %8469 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8471 = sqrt %8470 : f32[] @ models/lib/nn.yaml:80:7
%8472 = cast %8471 : f64[] @ models/lib/nn.yaml:80:7
%8473 = add %8472, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8474 = div %5061, %8473 : f64[] @ models/lib/nn.yaml:80:7
%8475 = lt %8474, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8476 = cast %8474 : f32[] @ models/lib/nn.yaml:80:7
%8477 = broadcast %8476 : f32[24] @ models/lib/nn.yaml:80:7
%8478 = mul %8468, %8477 : f32[24] @ models/lib/nn.yaml:80:7
%8479 = broadcast %8475 : bool[24] @ models/lib/nn.yaml:80:7
%8480 = select %8479, %8478, %8468 : f32[24] @ models/lib/nn.yaml:80:7
%8481 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8482 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8483 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8484 = add %8483, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8485 = mul %8480, %8368 : f32[24] @ models/lib/nn.yaml:80:7
%8486 = mul %8481, %8370 : f32[24] @ models/lib/nn.yaml:80:7
%8487 = add %8486, %8485 : f32[24] @ models/lib/nn.yaml:80:7
%8488 = mul %8480, %8480 : f32[24] @ models/lib/nn.yaml:80:7
%8489 = mul %8488, %8374 : f32[24] @ models/lib/nn.yaml:80:7
%8490 = mul %8482, %8376 : f32[24] @ models/lib/nn.yaml:80:7
%8491 = add %8490, %8489 : f32[24] @ models/lib/nn.yaml:80:7
%8492 = cast %8484 : f64[] @ models/lib/nn.yaml:80:7
%8493 = pow %5082, %8492 : f64[] @ models/lib/nn.yaml:80:7
%8494 = sub %5063, %8493 : f64[] @ models/lib/nn.yaml:80:7
%8495 = div %3087, %8494 : f64[] @ models/lib/nn.yaml:80:7
%8496 = pow %5090, %8492 : f64[] @ models/lib/nn.yaml:80:7
%8497 = sub %5063, %8496 : f64[] @ models/lib/nn.yaml:80:7
%8498 = sqrt %8497 : f64[] @ models/lib/nn.yaml:80:7
%8499 = div %5063, %8498 : f64[] @ models/lib/nn.yaml:80:7
%8500 = sqrt %8491 : f32[24] @ models/lib/nn.yaml:80:7
%8501 = cast %8499 : f32[] @ models/lib/nn.yaml:80:7
%8502 = broadcast %8501 : f32[24] @ models/lib/nn.yaml:80:7
%8503 = mul %8500, %8502 : f32[24] @ models/lib/nn.yaml:80:7
%8504 = add %8503, %8391 : f32[24] @ models/lib/nn.yaml:80:7
%8505 = div %8487, %8504 : f32[24] @ models/lib/nn.yaml:80:7
%8506 = cast %8495 : f32[] @ models/lib/nn.yaml:80:7
%8507 = broadcast %8506 : f32[24] @ models/lib/nn.yaml:80:7
%8508 = mul %8505, %8507 : f32[24] @ models/lib/nn.yaml:80:7
%8509 = sub %72, %8508 : f32[24] @ models/lib/nn.yaml:80:7
%8510 = assign %72, %8509 : f32[24] @ models/lib/nn.yaml:80:7
%8511 = assign %8481, %8487 : f32[24] @ models/lib/nn.yaml:80:7
%8512 = assign %8482, %8491 : f32[24] @ models/lib/nn.yaml:80:7
%8513 = assign %8483, %8484 : i64[] @ models/lib/nn.yaml:80:7
%8514 = mul %150, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8515 = mul %8509, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8516 = add %8514, %8515 : f32[24] @ models/lib/nn.yaml:80:7
%8517 = assign %150, %8516 : f32[24] @ models/lib/nn.yaml:80:7
%8518 = all_reduce_sum %4185 : f32[8,24] @ models/lib/nn.yaml:79:7
%8519 = reshape %8518 : f32[192] @ models/lib/nn.yaml:79:7
%8520 = mul %8519, %8519 : f32[192] @ models/lib/nn.yaml:79:7
%8521 = reduce_sum %8520 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8522 = sqrt %8521 : f32[] @ models/lib/nn.yaml:79:7
%8523 = cast %8522 : f64[] @ models/lib/nn.yaml:79:7
%8524 = add %8523, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8525 = div %5061, %8524 : f64[] @ models/lib/nn.yaml:79:7
%8526 = lt %8525, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8527 = cast %8525 : f32[] @ models/lib/nn.yaml:79:7
%8528 = broadcast %8527 : f32[8,24] @ models/lib/nn.yaml:79:7
%8529 = mul %8518, %8528 : f32[8,24] @ models/lib/nn.yaml:79:7
%8530 = broadcast %8526 : bool[8,24] @ models/lib/nn.yaml:79:7
%8531 = select %8530, %8529, %8518 : f32[8,24] @ models/lib/nn.yaml:79:7
%8532 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8533 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8534 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8536 = broadcast %5077 : f32[8,24] @ models/lib/nn.yaml:79:7
%8537 = mul %73, %8536 : f32[8,24] @ models/lib/nn.yaml:79:7
%8538 = broadcast %2843 : f32[8,24] @ models/lib/nn.yaml:79:7
%8539 = mul %8531, %8538 : f32[8,24] @ models/lib/nn.yaml:79:7
%8540 = broadcast %1916 : f32[8,24] @ models/lib/nn.yaml:79:7
%8541 = mul %8532, %8540 : f32[8,24] @ models/lib/nn.yaml:79:7
%8542 = add %8541, %8539 : f32[8,24] @ models/lib/nn.yaml:79:7
%8543 = mul %8531, %8531 : f32[8,24] @ models/lib/nn.yaml:79:7
%8544 = broadcast %5087 : f32[8,24] @ models/lib/nn.yaml:79:7
%8545 = mul %8543, %8544 : f32[8,24] @ models/lib/nn.yaml:79:7
%8546 = broadcast %5091 : f32[8,24] @ models/lib/nn.yaml:79:7
%8547 = mul %8533, %8546 : f32[8,24] @ models/lib/nn.yaml:79:7
%8548 = add %8547, %8545 : f32[8,24] @ models/lib/nn.yaml:79:7
%8549 = cast %8535 : f64[] @ models/lib/nn.yaml:79:7
%8550 = pow %5082, %8549 : f64[] @ models/lib/nn.yaml:79:7
%8551 = sub %5063, %8550 : f64[] @ models/lib/nn.yaml:79:7
%8552 = div %3087, %8551 : f64[] @ models/lib/nn.yaml:79:7
%8553 = pow %5090, %8549 : f64[] @ models/lib/nn.yaml:79:7
%8554 = sub %5063, %8553 : f64[] @ models/lib/nn.yaml:79:7
%8555 = sqrt %8554 : f64[] @ models/lib/nn.yaml:79:7
%8556 = div %5063, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8557 = sqrt %8548 : f32[8,24] @ models/lib/nn.yaml:79:7
%8558 = cast %8556 : f32[] @ models/lib/nn.yaml:79:7
%8559 = broadcast %8558 : f32[8,24] @ models/lib/nn.yaml:79:7
%8560 = mul %8557, %8559 : f32[8,24] @ models/lib/nn.yaml:79:7
%8561 = broadcast %5107 : f32[8,24] @ models/lib/nn.yaml:79:7
%8562 = add %8560, %8561 : f32[8,24] @ models/lib/nn.yaml:79:7
%8563 = div %8542, %8562 : f32[8,24] @ models/lib/nn.yaml:79:7
%8564 = cast %8552 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[8,24] @ models/lib/nn.yaml:79:7
%8566 = mul %8563, %8565 : f32[8,24] @ models/lib/nn.yaml:79:7
%8567 = sub %8537, %8566 : f32[8,24] @ models/lib/nn.yaml:79:7
%8568 = assign %73, %8567 : f32[8,24] @ models/lib/nn.yaml:79:7
%8569 = assign %8532, %8542 : f32[8,24] @ models/lib/nn.yaml:79:7
%8570 = assign %8533, %8548 : f32[8,24] @ models/lib/nn.yaml:79:7
%8571 = assign %8534, %8535 : i64[] @ models/lib/nn.yaml:79:7
%8572 = broadcast %5119 : f32[8,24] @ models/lib/nn.yaml:79:7
%8573 = mul %151, %8572 : f32[8,24] @ models/lib/nn.yaml:79:7
%8574 = broadcast %5123 : f32[8,24] @ models/lib/nn.yaml:79:7
%8575 = mul %8567, %8574 : f32[8,24] @ models/lib/nn.yaml:79:7
%8576 = add %8573, %8575 : f32[8,24] @ models/lib/nn.yaml:79:7
%8577 = assign %151, %8576 : f32[8,24] @ models/lib/nn.yaml:79:7
%8578 = all_reduce_sum %4177 : f32[8] @ models/lib/nn.yaml:80:7
%8579 = mul %8578, %8578 : f32[8] @ models/lib/nn.yaml:80:7
%8580 = reduce_sum %8579 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8581 = sqrt %8580 : f32[] @ models/lib/nn.yaml:80:7
%8582 = cast %8581 : f64[] @ models/lib/nn.yaml:80:7
%8583 = add %8582, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8584 = div %5061, %8583 : f64[] @ models/lib/nn.yaml:80:7
%8585 = lt %8584, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8586 = cast %8584 : f32[] @ models/lib/nn.yaml:80:7
%8587 = broadcast %8586 : f32[8] @ models/lib/nn.yaml:80:7
%8588 = mul %8578, %8587 : f32[8] @ models/lib/nn.yaml:80:7
%8589 = broadcast %8585 : bool[8] @ models/lib/nn.yaml:80:7
%8590 = select %8589, %8588, %8578 : f32[8] @ models/lib/nn.yaml:80:7
%8591 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8592 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8593 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8594 = add %8593, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8595 = broadcast %2843 : f32[8] @ models/lib/nn.yaml:80:7
%8596 = mul %8590, %8595 : f32[8] @ models/lib/nn.yaml:80:7
%8597 = broadcast %1916 : f32[8] @ models/lib/nn.yaml:80:7
%8598 = mul %8591, %8597 : f32[8] @ models/lib/nn.yaml:80:7
%8599 = add %8598, %8596 : f32[8] @ models/lib/nn.yaml:80:7
%8600 = mul %8590, %8590 : f32[8] @ models/lib/nn.yaml:80:7
%8601 = broadcast %5087 : f32[8] @ models/lib/nn.yaml:80:7
%8602 = mul %8600, %8601 : f32[8] @ models/lib/nn.yaml:80:7
%8603 = broadcast %5091 : f32[8] @ models/lib/nn.yaml:80:7
%8604 = mul %8592, %8603 : f32[8] @ models/lib/nn.yaml:80:7
%8605 = add %8604, %8602 : f32[8] @ models/lib/nn.yaml:80:7
%8606 = cast %8594 : f64[] @ models/lib/nn.yaml:80:7
%8607 = pow %5082, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8608 = sub %5063, %8607 : f64[] @ models/lib/nn.yaml:80:7
%8609 = div %3087, %8608 : f64[] @ models/lib/nn.yaml:80:7
%8610 = pow %5090, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8611 = sub %5063, %8610 : f64[] @ models/lib/nn.yaml:80:7
%8612 = sqrt %8611 : f64[] @ models/lib/nn.yaml:80:7
%8613 = div %5063, %8612 : f64[] @ models/lib/nn.yaml:80:7
%8614 = sqrt %8605 : f32[8] @ models/lib/nn.yaml:80:7
%8615 = cast %8613 : f32[] @ models/lib/nn.yaml:80:7
%8616 = broadcast %8615 : f32[8] @ models/lib/nn.yaml:80:7
%8617 = mul %8614, %8616 : f32[8] @ models/lib/nn.yaml:80:7
%8618 = broadcast %5107 : f32[8] @ models/lib/nn.yaml:80:7
%8619 = add %8617, %8618 : f32[8] @ models/lib/nn.yaml:80:7
%8620 = div %8599, %8619 : f32[8] @ models/lib/nn.yaml:80:7
%8621 = cast %8609 : f32[] @ models/lib/nn.yaml:80:7
%8622 = broadcast %8621 : f32[8] @ models/lib/nn.yaml:80:7
%8623 = mul %8620, %8622 : f32[8] @ models/lib/nn.yaml:80:7
%8624 = sub %74, %8623 : f32[8] @ models/lib/nn.yaml:80:7
%8625 = assign %74, %8624 : f32[8] @ models/lib/nn.yaml:80:7
%8626 = assign %8591, %8599 : f32[8] @ models/lib/nn.yaml:80:7
%8627 = assign %8592, %8605 : f32[8] @ models/lib/nn.yaml:80:7
%8628 = assign %8593, %8594 : i64[] @ models/lib/nn.yaml:80:7
%8629 = broadcast %5119 : f32[8] @ models/lib/nn.yaml:80:7
%8630 = mul %152, %8629 : f32[8] @ models/lib/nn.yaml:80:7
%8631 = broadcast %5123 : f32[8] @ models/lib/nn.yaml:80:7
%8632 = mul %8624, %8631 : f32[8] @ models/lib/nn.yaml:80:7
%8633 = add %8630, %8632 : f32[8] @ models/lib/nn.yaml:80:7
%8634 = assign %152, %8633 : f32[8] @ models/lib/nn.yaml:80:7
%8635 = broadcast %5119 : f32[32,1] @ models/lib/dino.yaml:18:7
%8636 = mul %153, %8635 : f32[32,1] @ models/lib/dino.yaml:18:7
%8637 = broadcast %5123 : f32[32,1] @ models/lib/dino.yaml:18:7
%8638 = mul %75, %8637 : f32[32,1] @ models/lib/dino.yaml:18:7
%8639 = add %8636, %8638 : f32[32,1] @ models/lib/dino.yaml:18:7
%8640 = assign %153, %8639 : f32[32,1] @ models/lib/dino.yaml:18:7
%8641 = all_reduce_sum %4158 : f32[32,8] @ models/lib/dino.yaml:19:7
%8642 = reshape %8641 : f32[256] @ models/lib/dino.yaml:19:7
%8643 = mul %8642, %8642 : f32[256] @ models/lib/dino.yaml:19:7
%8644 = reduce_sum %8643 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%8645 = sqrt %8644 : f32[] @ models/lib/dino.yaml:19:7
%8646 = cast %8645 : f64[] @ models/lib/dino.yaml:19:7
%8647 = add %8646, %5059 : f64[] @ models/lib/dino.yaml:19:7
%8648 = div %5061, %8647 : f64[] @ models/lib/dino.yaml:19:7
%8649 = lt %8648, %5063 : bool[] @ models/lib/dino.yaml:19:7
%8650 = cast %8648 : f32[] @ models/lib/dino.yaml:19:7
%8651 = broadcast %8650 : f32[32,8] @ models/lib/dino.yaml:19:7
%8652 = mul %8641, %8651 : f32[32,8] @ models/lib/dino.yaml:19:7
%8653 = broadcast %8649 : bool[32,8] @ models/lib/dino.yaml:19:7
%8654 = select %8653, %8652, %8641 : f32[32,8] @ models/lib/dino.yaml:19:7
%8655 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8656 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%8657 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%8658 = add %8657, %5073 : i64[] @ models/lib/dino.yaml:19:7
%8659 = broadcast %5077 : f32[32,8] @ models/lib/dino.yaml:19:7
%8660 = mul %76, %8659 : f32[32,8] @ models/lib/dino.yaml:19:7
%8661 = broadcast %2843 : f32[32,8] @ models/lib/dino.yaml:19:7
%8662 = mul %8654, %8661 : f32[32,8] @ models/lib/dino.yaml:19:7
%8663 = broadcast %1916 : f32[32,8] @ models/lib/dino.yaml:19:7
%8664 = mul %8655, %8663 : f32[32,8] @ models/lib/dino.yaml:19:7
%8665 = add %8664, %8662 : f32[32,8] @ models/lib/dino.yaml:19:7
%8666 = mul %8654, %8654 : f32[32,8] @ models/lib/dino.yaml:19:7
%8667 = broadcast %5087 : f32[32,8] @ models/lib/dino.yaml:19:7
%8668 = mul %8666, %8667 : f32[32,8] @ models/lib/dino.yaml:19:7
%8669 = broadcast %5091 : f32[32,8] @ models/lib/dino.yaml:19:7
%8670 = mul %8656, %8669 : f32[32,8] @ models/lib/dino.yaml:19:7
%8671 = add %8670, %8668 : f32[32,8] @ models/lib/dino.yaml:19:7
%8672 = cast %8658 : f64[] @ models/lib/dino.yaml:19:7
%8673 = pow %5082, %8672 : f64[] @ models/lib/dino.yaml:19:7
%8674 = sub %5063, %8673 : f64[] @ models/lib/dino.yaml:19:7
%8675 = div %3087, %8674 : f64[] @ models/lib/dino.yaml:19:7
%8676 = pow %5090, %8672 : f64[] @ models/lib/dino.yaml:19:7
%8677 = sub %5063, %8676 : f64[] @ models/lib/dino.yaml:19:7
%8678 = sqrt %8677 : f64[] @ models/lib/dino.yaml:19:7
%8679 = div %5063, %8678 : f64[] @ models/lib/dino.yaml:19:7
%8680 = sqrt %8671 : f32[32,8] @ models/lib/dino.yaml:19:7
%8681 = cast %8679 : f32[] @ models/lib/dino.yaml:19:7
%8682 = broadcast %8681 : f32[32,8] @ models/lib/dino.yaml:19:7
%8683 = mul %8680, %8682 : f32[32,8] @ models/lib/dino.yaml:19:7
%8684 = broadcast %5107 : f32[32,8] @ models/lib/dino.yaml:19:7
%8685 = add %8683, %8684 : f32[32,8] @ models/lib/dino.yaml:19:7
%8686 = div %8665, %8685 : f32[32,8] @ models/lib/dino.yaml:19:7
%8687 = cast %8675 : f32[] @ models/lib/dino.yaml:19:7
%8688 = broadcast %8687 : f32[32,8] @ models/lib/dino.yaml:19:7
%8689 = mul %8686, %8688 : f32[32,8] @ models/lib/dino.yaml:19:7
%8690 = sub %8660, %8689 : f32[32,8] @ models/lib/dino.yaml:19:7
%8691 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%8692 = lt %8691, %5073 : bool[] @ models/lib/dino.yaml:19:7
%8693 = broadcast %8692 : bool[32,8] @ models/lib/dino.yaml:19:7
%8694 = select %8693, %76, %8690 : f32[32,8] @ models/lib/dino.yaml:19:7
%8695 = select %8693, %8655, %8665 : f32[32,8] @ models/lib/dino.yaml:19:7
%8696 = select %8693, %8656, %8671 : f32[32,8] @ models/lib/dino.yaml:19:7
%8697 = select %8692, %8657, %8658 : i64[] @ models/lib/dino.yaml:19:7
%8698 = assign %76, %8694 : f32[32,8] @ models/lib/dino.yaml:19:7
%8699 = assign %8655, %8695 : f32[32,8] @ models/lib/dino.yaml:19:7
%8700 = assign %8656, %8696 : f32[32,8] @ models/lib/dino.yaml:19:7
%8701 = assign %8657, %8697 : i64[] @ models/lib/dino.yaml:19:7
%8702 = broadcast %5119 : f32[32,8] @ models/lib/dino.yaml:19:7
%8703 = mul %154, %8702 : f32[32,8] @ models/lib/dino.yaml:19:7
%8704 = broadcast %5123 : f32[32,8] @ models/lib/dino.yaml:19:7
%8705 = mul %8694, %8704 : f32[32,8] @ models/lib/dino.yaml:19:7
%8706 = add %8703, %8705 : f32[32,8] @ models/lib/dino.yaml:19:7
%8707 = assign %154, %8706 : f32[32,8] @ models/lib/dino.yaml:19:7
%8708 = all_reduce_sum %4139 : f32[24,16] @ models/lib/nn.yaml:79:7
%8709 = reshape %8708 : f32[384] @ models/lib/nn.yaml:79:7
%8710 = mul %8709, %8709 : f32[384] @ models/lib/nn.yaml:79:7
%8711 = reduce_sum %8710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8712 = sqrt %8711 : f32[] @ models/lib/nn.yaml:79:7
%8713 = cast %8712 : f64[] @ models/lib/nn.yaml:79:7
%8714 = add %8713, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8715 = div %5061, %8714 : f64[] @ models/lib/nn.yaml:79:7
%8716 = lt %8715, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8717 = cast %8715 : f32[] @ models/lib/nn.yaml:79:7
%8718 = broadcast %8717 : f32[24,16] @ models/lib/nn.yaml:79:7
%8719 = mul %8708, %8718 : f32[24,16] @ models/lib/nn.yaml:79:7
%8720 = broadcast %8716 : bool[24,16] @ models/lib/nn.yaml:79:7
%8721 = select %8720, %8719, %8708 : f32[24,16] @ models/lib/nn.yaml:79:7
%8722 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8723 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%8724 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8725 = add %8724, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8726 = mul %77, %8309 : f32[24,16] @ models/lib/nn.yaml:79:7
%8727 = mul %8721, %8311 : f32[24,16] @ models/lib/nn.yaml:79:7
%8728 = mul %8722, %8313 : f32[24,16] @ models/lib/nn.yaml:79:7
%8729 = add %8728, %8727 : f32[24,16] @ models/lib/nn.yaml:79:7
%8730 = mul %8721, %8721 : f32[24,16] @ models/lib/nn.yaml:79:7
%8731 = mul %8730, %8317 : f32[24,16] @ models/lib/nn.yaml:79:7
%8732 = mul %8723, %8319 : f32[24,16] @ models/lib/nn.yaml:79:7
%8733 = add %8732, %8731 : f32[24,16] @ models/lib/nn.yaml:79:7
%8734 = cast %8725 : f64[] @ models/lib/nn.yaml:79:7
%8735 = pow %5082, %8734 : f64[] @ models/lib/nn.yaml:79:7
%8736 = sub %5063, %8735 : f64[] @ models/lib/nn.yaml:79:7
%8737 = div %3087, %8736 : f64[] @ models/lib/nn.yaml:79:7
%8738 = pow %5090, %8734 : f64[] @ models/lib/nn.yaml:79:7
%8739 = sub %5063, %8738 : f64[] @ models/lib/nn.yaml:79:7
%8740 = sqrt %8739 : f64[] @ models/lib/nn.yaml:79:7
%8741 = div %5063, %8740 : f64[] @ models/lib/nn.yaml:79:7
%8742 = sqrt %8733 : f32[24,16] @ models/lib/nn.yaml:79:7
%8743 = cast %8741 : f32[] @ models/lib/nn.yaml:79:7
%8744 = broadcast %8743 : f32[24,16] @ models/lib/nn.yaml:79:7
%8745 = mul %8742, %8744 : f32[24,16] @ models/lib/nn.yaml:79:7
%8746 = add %8745, %8334 : f32[24,16] @ models/lib/nn.yaml:79:7
%8747 = div %8729, %8746 : f32[24,16] @ models/lib/nn.yaml:79:7
%8748 = cast %8737 : f32[] @ models/lib/nn.yaml:79:7
%8749 = broadcast %8748 : f32[24,16] @ models/lib/nn.yaml:79:7
%8750 = mul %8747, %8749 : f32[24,16] @ models/lib/nn.yaml:79:7
%8751 = sub %8726, %8750 : f32[24,16] @ models/lib/nn.yaml:79:7
%8752 = assign %77, %8751 : f32[24,16] @ models/lib/nn.yaml:79:7
%8753 = assign %8722, %8729 : f32[24,16] @ models/lib/nn.yaml:79:7
%8754 = assign %8723, %8733 : f32[24,16] @ models/lib/nn.yaml:79:7
%8755 = assign %8724, %8725 : i64[] @ models/lib/nn.yaml:79:7
%8756 = mul %155, %8345 : f32[24,16] @ models/lib/nn.yaml:79:7
%8757 = mul %8751, %8347 : f32[24,16] @ models/lib/nn.yaml:79:7
%8758 = add %8756, %8757 : f32[24,16] @ models/lib/nn.yaml:79:7
%8759 = assign %155, %8758 : f32[24,16] @ models/lib/nn.yaml:79:7
%8760 = all_reduce_sum %4131 : f32[24] @ models/lib/nn.yaml:80:7
%8761 = mul %8760, %8760 : f32[24] @ models/lib/nn.yaml:80:7
%8762 = reduce_sum %8761 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8763 = sqrt %8762 : f32[] @ models/lib/nn.yaml:80:7
%8764 = cast %8763 : f64[] @ models/lib/nn.yaml:80:7
%8765 = add %8764, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8766 = div %5061, %8765 : f64[] @ models/lib/nn.yaml:80:7
%8767 = lt %8766, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8768 = cast %8766 : f32[] @ models/lib/nn.yaml:80:7
%8769 = broadcast %8768 : f32[24] @ models/lib/nn.yaml:80:7
%8770 = mul %8760, %8769 : f32[24] @ models/lib/nn.yaml:80:7
%8771 = broadcast %8767 : bool[24] @ models/lib/nn.yaml:80:7
%8772 = select %8771, %8770, %8760 : f32[24] @ models/lib/nn.yaml:80:7
%8773 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8774 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8775 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8776 = add %8775, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8777 = mul %8772, %8368 : f32[24] @ models/lib/nn.yaml:80:7
%8778 = mul %8773, %8370 : f32[24] @ models/lib/nn.yaml:80:7
%8779 = add %8778, %8777 : f32[24] @ models/lib/nn.yaml:80:7
%8780 = mul %8772, %8772 : f32[24] @ models/lib/nn.yaml:80:7
%8781 = mul %8780, %8374 : f32[24] @ models/lib/nn.yaml:80:7
%8782 = mul %8774, %8376 : f32[24] @ models/lib/nn.yaml:80:7
%8783 = add %8782, %8781 : f32[24] @ models/lib/nn.yaml:80:7
%8784 = cast %8776 : f64[] @ models/lib/nn.yaml:80:7
%8785 = pow %5082, %8784 : f64[] @ models/lib/nn.yaml:80:7
%8786 = sub %5063, %8785 : f64[] @ models/lib/nn.yaml:80:7
%8787 = div %3087, %8786 : f64[] @ models/lib/nn.yaml:80:7
%8788 = pow %5090, %8784 : f64[] @ models/lib/nn.yaml:80:7
%8789 = sub %5063, %8788 : f64[] @ models/lib/nn.yaml:80:7
%8790 = sqrt %8789 : f64[] @ models/lib/nn.yaml:80:7
%8791 = div %5063, %8790 : f64[] @ models/lib/nn.yaml:80:7
%8792 = sqrt %8783 : f32[24] @ models/lib/nn.yaml:80:7
%8793 = cast %8791 : f32[] @ models/lib/nn.yaml:80:7
%8794 = broadcast %8793 : f32[24] @ models/lib/nn.yaml:80:7
%8795 = mul %8792, %8794 : f32[24] @ models/lib/nn.yaml:80:7
%8796 = add %8795, %8391 : f32[24] @ models/lib/nn.yaml:80:7
%8797 = div %8779, %8796 : f32[24] @ models/lib/nn.yaml:80:7
%8798 = cast %8787 : f32[] @ models/lib/nn.yaml:80:7
%8799 = broadcast %8798 : f32[24] @ models/lib/nn.yaml:80:7
%8800 = mul %8797, %8799 : f32[24] @ models/lib/nn.yaml:80:7
%8801 = sub %78, %8800 : f32[24] @ models/lib/nn.yaml:80:7
%8802 = assign %78, %8801 : f32[24] @ models/lib/nn.yaml:80:7
%8803 = assign %8773, %8779 : f32[24] @ models/lib/nn.yaml:80:7
%8804 = assign %8774, %8783 : f32[24] @ models/lib/nn.yaml:80:7
%8805 = assign %8775, %8776 : i64[] @ models/lib/nn.yaml:80:7
%8806 = mul %156, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8807 = mul %8801, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8808 = add %8806, %8807 : f32[24] @ models/lib/nn.yaml:80:7
%8809 = assign %156, %8808 : f32[24] @ models/lib/nn.yaml:80:7
%8810 = all_reduce_sum %4115 : f32[24,24] @ models/lib/nn.yaml:79:7
%8811 = reshape %8810 : f32[576] @ models/lib/nn.yaml:79:7
%8812 = mul %8811, %8811 : f32[576] @ models/lib/nn.yaml:79:7
%8813 = reduce_sum %8812 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8814 = sqrt %8813 : f32[] @ models/lib/nn.yaml:79:7
%8815 = cast %8814 : f64[] @ models/lib/nn.yaml:79:7
%8816 = add %8815, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8817 = div %5061, %8816 : f64[] @ models/lib/nn.yaml:79:7
%8818 = lt %8817, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8819 = cast %8817 : f32[] @ models/lib/nn.yaml:79:7
%8820 = broadcast %8819 : f32[24,24] @ models/lib/nn.yaml:79:7
%8821 = mul %8810, %8820 : f32[24,24] @ models/lib/nn.yaml:79:7
%8822 = broadcast %8818 : bool[24,24] @ models/lib/nn.yaml:79:7
%8823 = select %8822, %8821, %8810 : f32[24,24] @ models/lib/nn.yaml:79:7
%8824 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8825 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%8826 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8827 = add %8826, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8828 = mul %79, %8426 : f32[24,24] @ models/lib/nn.yaml:79:7
%8829 = mul %8823, %8428 : f32[24,24] @ models/lib/nn.yaml:79:7
%8830 = mul %8824, %8430 : f32[24,24] @ models/lib/nn.yaml:79:7
%8831 = add %8830, %8829 : f32[24,24] @ models/lib/nn.yaml:79:7
%8832 = mul %8823, %8823 : f32[24,24] @ models/lib/nn.yaml:79:7
%8833 = mul %8832, %8434 : f32[24,24] @ models/lib/nn.yaml:79:7
%8834 = mul %8825, %8436 : f32[24,24] @ models/lib/nn.yaml:79:7
%8835 = add %8834, %8833 : f32[24,24] @ models/lib/nn.yaml:79:7
%8836 = cast %8827 : f64[] @ models/lib/nn.yaml:79:7
%8837 = pow %5082, %8836 : f64[] @ models/lib/nn.yaml:79:7
%8838 = sub %5063, %8837 : f64[] @ models/lib/nn.yaml:79:7
%8839 = div %3087, %8838 : f64[] @ models/lib/nn.yaml:79:7
%8840 = pow %5090, %8836 : f64[] @ models/lib/nn.yaml:79:7
%8841 = sub %5063, %8840 : f64[] @ models/lib/nn.yaml:79:7
%8842 = sqrt %8841 : f64[] @ models/lib/nn.yaml:79:7
%8843 = div %5063, %8842 : f64[] @ models/lib/nn.yaml:79:7
%8844 = sqrt %8835 : f32[24,24] @ models/lib/nn.yaml:79:7
%8845 = cast %8843 : f32[] @ models/lib/nn.yaml:79:7
%8846 = broadcast %8845 : f32[24,24] @ models/lib/nn.yaml:79:7
%8847 = mul %8844, %8846 : f32[24,24] @ models/lib/nn.yaml:79:7
%8848 = add %8847, %8451 : f32[24,24] @ models/lib/nn.yaml:79:7
%8849 = div %8831, %8848 : f32[24,24] @ models/lib/nn.yaml:79:7
%8850 = cast %8839 : f32[] @ models/lib/nn.yaml:79:7
%8851 = broadcast %8850 : f32[24,24] @ models/lib/nn.yaml:79:7
%8852 = mul %8849, %8851 : f32[24,24] @ models/lib/nn.yaml:79:7
%8853 = sub %8828, %8852 : f32[24,24] @ models/lib/nn.yaml:79:7
%8854 = assign %79, %8853 : f32[24,24] @ models/lib/nn.yaml:79:7
%8855 = assign %8824, %8831 : f32[24,24] @ models/lib/nn.yaml:79:7
%8856 = assign %8825, %8835 : f32[24,24] @ models/lib/nn.yaml:79:7
%8857 = assign %8826, %8827 : i64[] @ models/lib/nn.yaml:79:7
%8858 = mul %157, %8462 : f32[24,24] @ models/lib/nn.yaml:79:7
%8859 = mul %8853, %8464 : f32[24,24] @ models/lib/nn.yaml:79:7
%8860 = add %8858, %8859 : f32[24,24] @ models/lib/nn.yaml:79:7
%8861 = assign %157, %8860 : f32[24,24] @ models/lib/nn.yaml:79:7
%8862 = all_reduce_sum %4107 : f32[24] @ models/lib/nn.yaml:80:7
%8863 = mul %8862, %8862 : f32[24] @ models/lib/nn.yaml:80:7
%8864 = reduce_sum %8863 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8865 = sqrt %8864 : f32[] @ models/lib/nn.yaml:80:7
%8866 = cast %8865 : f64[] @ models/lib/nn.yaml:80:7
%8867 = add %8866, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8868 = div %5061, %8867 : f64[] @ models/lib/nn.yaml:80:7
%8869 = lt %8868, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8870 = cast %8868 : f32[] @ models/lib/nn.yaml:80:7
%8871 = broadcast %8870 : f32[24] @ models/lib/nn.yaml:80:7
%8872 = mul %8862, %8871 : f32[24] @ models/lib/nn.yaml:80:7
%8873 = broadcast %8869 : bool[24] @ models/lib/nn.yaml:80:7
%8874 = select %8873, %8872, %8862 : f32[24] @ models/lib/nn.yaml:80:7
%8875 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8876 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%8877 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8878 = add %8877, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8879 = mul %8874, %8368 : f32[24] @ models/lib/nn.yaml:80:7
%8880 = mul %8875, %8370 : f32[24] @ models/lib/nn.yaml:80:7
%8881 = add %8880, %8879 : f32[24] @ models/lib/nn.yaml:80:7
%8882 = mul %8874, %8874 : f32[24] @ models/lib/nn.yaml:80:7
%8883 = mul %8882, %8374 : f32[24] @ models/lib/nn.yaml:80:7
%8884 = mul %8876, %8376 : f32[24] @ models/lib/nn.yaml:80:7
%8885 = add %8884, %8883 : f32[24] @ models/lib/nn.yaml:80:7
%8886 = cast %8878 : f64[] @ models/lib/nn.yaml:80:7
%8887 = pow %5082, %8886 : f64[] @ models/lib/nn.yaml:80:7
%8888 = sub %5063, %8887 : f64[] @ models/lib/nn.yaml:80:7
%8889 = div %3087, %8888 : f64[] @ models/lib/nn.yaml:80:7
%8890 = pow %5090, %8886 : f64[] @ models/lib/nn.yaml:80:7
%8891 = sub %5063, %8890 : f64[] @ models/lib/nn.yaml:80:7
%8892 = sqrt %8891 : f64[] @ models/lib/nn.yaml:80:7
%8893 = div %5063, %8892 : f64[] @ models/lib/nn.yaml:80:7
%8894 = sqrt %8885 : f32[24] @ models/lib/nn.yaml:80:7
%8895 = cast %8893 : f32[] @ models/lib/nn.yaml:80:7
%8896 = broadcast %8895 : f32[24] @ models/lib/nn.yaml:80:7
%8897 = mul %8894, %8896 : f32[24] @ models/lib/nn.yaml:80:7
%8898 = add %8897, %8391 : f32[24] @ models/lib/nn.yaml:80:7
%8899 = div %8881, %8898 : f32[24] @ models/lib/nn.yaml:80:7
%8900 = cast %8889 : f32[] @ models/lib/nn.yaml:80:7
%8901 = broadcast %8900 : f32[24] @ models/lib/nn.yaml:80:7
%8902 = mul %8899, %8901 : f32[24] @ models/lib/nn.yaml:80:7
%8903 = sub %80, %8902 : f32[24] @ models/lib/nn.yaml:80:7
%8904 = assign %80, %8903 : f32[24] @ models/lib/nn.yaml:80:7
%8905 = assign %8875, %8881 : f32[24] @ models/lib/nn.yaml:80:7
%8906 = assign %8876, %8885 : f32[24] @ models/lib/nn.yaml:80:7
%8907 = assign %8877, %8878 : i64[] @ models/lib/nn.yaml:80:7
%8908 = mul %158, %8402 : f32[24] @ models/lib/nn.yaml:80:7
%8909 = mul %8903, %8404 : f32[24] @ models/lib/nn.yaml:80:7
%8910 = add %8908, %8909 : f32[24] @ models/lib/nn.yaml:80:7
%8911 = assign %158, %8910 : f32[24] @ models/lib/nn.yaml:80:7
%8912 = all_reduce_sum %4090 : f32[8,24] @ models/lib/nn.yaml:79:7
%8913 = reshape %8912 : f32[192] @ models/lib/nn.yaml:79:7
%8914 = mul %8913, %8913 : f32[192] @ models/lib/nn.yaml:79:7
%8915 = reduce_sum %8914 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8916 = sqrt %8915 : f32[] @ models/lib/nn.yaml:79:7
%8917 = cast %8916 : f64[] @ models/lib/nn.yaml:79:7
%8918 = add %8917, %5059 : f64[] @ models/lib/nn.yaml:79:7
%8919 = div %5061, %8918 : f64[] @ models/lib/nn.yaml:79:7
%8920 = lt %8919, %5063 : bool[] @ models/lib/nn.yaml:79:7
%8921 = cast %8919 : f32[] @ models/lib/nn.yaml:79:7
%8922 = broadcast %8921 : f32[8,24] @ models/lib/nn.yaml:79:7
%8923 = mul %8912, %8922 : f32[8,24] @ models/lib/nn.yaml:79:7
%8924 = broadcast %8920 : bool[8,24] @ models/lib/nn.yaml:79:7
%8925 = select %8924, %8923, %8912 : f32[8,24] @ models/lib/nn.yaml:79:7
%8926 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8927 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8928 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8929 = add %8928, %5073 : i64[] @ models/lib/nn.yaml:79:7
%8930 = mul %81, %8536 : f32[8,24] @ models/lib/nn.yaml:79:7
%8931 = mul %8925, %8538 : f32[8,24] @ models/lib/nn.yaml:79:7
%8932 = mul %8926, %8540 : f32[8,24] @ models/lib/nn.yaml:79:7
%8933 = add %8932, %8931 : f32[8,24] @ models/lib/nn.yaml:79:7
%8934 = mul %8925, %8925 : f32[8,24] @ models/lib/nn.yaml:79:7
%8935 = mul %8934, %8544 : f32[8,24] @ models/lib/nn.yaml:79:7
%8936 = mul %8927, %8546 : f32[8,24] @ models/lib/nn.yaml:79:7
%8937 = add %8936, %8935 : f32[8,24] @ models/lib/nn.yaml:79:7
%8938 = cast %8929 : f64[] @ models/lib/nn.yaml:79:7
%8939 = pow %5082, %8938 : f64[] @ models/lib/nn.yaml:79:7
%8940 = sub %5063, %8939 : f64[] @ models/lib/nn.yaml:79:7
%8941 = div %3087, %8940 : f64[] @ models/lib/nn.yaml:79:7
%8942 = pow %5090, %8938 : f64[] @ models/lib/nn.yaml:79:7
%8943 = sub %5063, %8942 : f64[] @ models/lib/nn.yaml:79:7
%8944 = sqrt %8943 : f64[] @ models/lib/nn.yaml:79:7
%8945 = div %5063, %8944 : f64[] @ models/lib/nn.yaml:79:7
%8946 = sqrt %8937 : f32[8,24] @ models/lib/nn.yaml:79:7
%8947 = cast %8945 : f32[] @ models/lib/nn.yaml:79:7
%8948 = broadcast %8947 : f32[8,24] @ models/lib/nn.yaml:79:7
%8949 = mul %8946, %8948 : f32[8,24] @ models/lib/nn.yaml:79:7
%8950 = add %8949, %8561 : f32[8,24] @ models/lib/nn.yaml:79:7
%8951 = div %8933, %8950 : f32[8,24] @ models/lib/nn.yaml:79:7
%8952 = cast %8941 : f32[] @ models/lib/nn.yaml:79:7
%8953 = broadcast %8952 : f32[8,24] @ models/lib/nn.yaml:79:7
%8954 = mul %8951, %8953 : f32[8,24] @ models/lib/nn.yaml:79:7
%8955 = sub %8930, %8954 : f32[8,24] @ models/lib/nn.yaml:79:7
%8956 = assign %81, %8955 : f32[8,24] @ models/lib/nn.yaml:79:7
%8957 = assign %8926, %8933 : f32[8,24] @ models/lib/nn.yaml:79:7
%8958 = assign %8927, %8937 : f32[8,24] @ models/lib/nn.yaml:79:7
%8959 = assign %8928, %8929 : i64[] @ models/lib/nn.yaml:79:7
%8960 = mul %159, %8572 : f32[8,24] @ models/lib/nn.yaml:79:7
%8961 = mul %8955, %8574 : f32[8,24] @ models/lib/nn.yaml:79:7
%8962 = add %8960, %8961 : f32[8,24] @ models/lib/nn.yaml:79:7
%8963 = assign %159, %8962 : f32[8,24] @ models/lib/nn.yaml:79:7
%8964 = all_reduce_sum %4082 : f32[8] @ models/lib/nn.yaml:80:7
%8965 = mul %8964, %8964 : f32[8] @ models/lib/nn.yaml:80:7
%8966 = reduce_sum %8965 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8967 = sqrt %8966 : f32[] @ models/lib/nn.yaml:80:7
%8968 = cast %8967 : f64[] @ models/lib/nn.yaml:80:7
%8969 = add %8968, %5059 : f64[] @ models/lib/nn.yaml:80:7
%8970 = div %5061, %8969 : f64[] @ models/lib/nn.yaml:80:7
%8971 = lt %8970, %5063 : bool[] @ models/lib/nn.yaml:80:7
%8972 = cast %8970 : f32[] @ models/lib/nn.yaml:80:7
%8973 = broadcast %8972 : f32[8] @ models/lib/nn.yaml:80:7
%8974 = mul %8964, %8973 : f32[8] @ models/lib/nn.yaml:80:7
%8975 = broadcast %8971 : bool[8] @ models/lib/nn.yaml:80:7
%8976 = select %8975, %8974, %8964 : f32[8] @ models/lib/nn.yaml:80:7
%8977 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8978 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%8979 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8980 = add %8979, %5073 : i64[] @ models/lib/nn.yaml:80:7
%8981 = mul %8976, %8595 : f32[8] @ models/lib/nn.yaml:80:7
%8982 = mul %8977, %8597 : f32[8] @ models/lib/nn.yaml:80:7
%8983 = add %8982, %8981 : f32[8] @ models/lib/nn.yaml:80:7
%8984 = mul %8976, %8976 : f32[8] @ models/lib/nn.yaml:80:7
%8985 = mul %8984, %8601 : f32[8] @ models/lib/nn.yaml:80:7
%8986 = mul %8978, %8603 : f32[8] @ models/lib/nn.yaml:80:7
%8987 = add %8986, %8985 : f32[8] @ models/lib/nn.yaml:80:7
%8988 = cast %8980 : f64[] @ models/lib/nn.yaml:80:7
%8989 = pow %5082, %8988 : f64[] @ models/lib/nn.yaml:80:7
%8990 = sub %5063, %8989 : f64[] @ models/lib/nn.yaml:80:7
%8991 = div %3087, %8990 : f64[] @ models/lib/nn.yaml:80:7
%8992 = pow %5090, %8988 : f64[] @ models/lib/nn.yaml:80:7
%8993 = sub %5063, %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = sqrt %8993 : f64[] @ models/lib/nn.yaml:80:7
%8995 = div %5063, %8994 : f64[] @ models/lib/nn.yaml:80:7
%8996 = sqrt %8987 : f32[8] @ models/lib/nn.yaml:80:7
%8997 = cast %8995 : f32[] @ models/lib/nn.yaml:80:7
%8998 = broadcast %8997 : f32[8] @ models/lib/nn.yaml:80:7
%8999 = mul %8996, %8998 : f32[8] @ models/lib/nn.yaml:80:7
%9000 = add %8999, %8618 : f32[8] @ models/lib/nn.yaml:80:7
%9001 = div %8983, %9000 : f32[8] @ models/lib/nn.yaml:80:7
%9002 = cast %8991 : f32[] @ models/lib/nn.yaml:80:7
%9003 = broadcast %9002 : f32[8] @ models/lib/nn.yaml:80:7
%9004 = mul %9001, %9003 : f32[8] @ models/lib/nn.yaml:80:7
%9005 = sub %82, %9004 : f32[8] @ models/lib/nn.yaml:80:7
%9006 = assign %82, %9005 : f32[8] @ models/lib/nn.yaml:80:7
%9007 = assign %8977, %8983 : f32[8] @ models/lib/nn.yaml:80:7
%9008 = assign %8978, %8987 : f32[8] @ models/lib/nn.yaml:80:7
%9009 = assign %8979, %8980 : i64[] @ models/lib/nn.yaml:80:7
%9010 = mul %160, %8629 : f32[8] @ models/lib/nn.yaml:80:7
%9011 = mul %9005, %8631 : f32[8] @ models/lib/nn.yaml:80:7
%9012 = add %9010, %9011 : f32[8] @ models/lib/nn.yaml:80:7
%9013 = assign %160, %9012 : f32[8] @ models/lib/nn.yaml:80:7
%9014 = broadcast %5119 : f32[16,1] @ models/lib/dino.yaml:18:7
%9015 = mul %161, %9014 : f32[16,1] @ models/lib/dino.yaml:18:7
%9016 = broadcast %5123 : f32[16,1] @ models/lib/dino.yaml:18:7
%9017 = mul %83, %9016 : f32[16,1] @ models/lib/dino.yaml:18:7
%9018 = add %9015, %9017 : f32[16,1] @ models/lib/dino.yaml:18:7
%9019 = assign %161, %9018 : f32[16,1] @ models/lib/dino.yaml:18:7
%9020 = all_reduce_sum %4058 : f32[16,8] @ models/lib/dino.yaml:19:7
%9021 = reshape %9020 : f32[128] @ models/lib/dino.yaml:19:7
%9022 = mul %9021, %9021 : f32[128] @ models/lib/dino.yaml:19:7
%9023 = reduce_sum %9022 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9024 = sqrt %9023 : f32[] @ models/lib/dino.yaml:19:7
%9025 = cast %9024 : f64[] @ models/lib/dino.yaml:19:7
%9026 = add %9025, %5059 : f64[] @ models/lib/dino.yaml:19:7
%9027 = div %5061, %9026 : f64[] @ models/lib/dino.yaml:19:7
%9028 = lt %9027, %5063 : bool[] @ models/lib/dino.yaml:19:7
%9029 = cast %9027 : f32[] @ models/lib/dino.yaml:19:7
%9030 = broadcast %9029 : f32[16,8] @ models/lib/dino.yaml:19:7
%9031 = mul %9020, %9030 : f32[16,8] @ models/lib/dino.yaml:19:7
%9032 = broadcast %9028 : bool[16,8] @ models/lib/dino.yaml:19:7
%9033 = select %9032, %9031, %9020 : f32[16,8] @ models/lib/dino.yaml:19:7
%9034 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9035 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%9036 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9037 = add %9036, %5073 : i64[] @ models/lib/dino.yaml:19:7
%9038 = broadcast %5077 : f32[16,8] @ models/lib/dino.yaml:19:7
%9039 = mul %84, %9038 : f32[16,8] @ models/lib/dino.yaml:19:7
%9040 = broadcast %2843 : f32[16,8] @ models/lib/dino.yaml:19:7
%9041 = mul %9033, %9040 : f32[16,8] @ models/lib/dino.yaml:19:7
%9042 = broadcast %1916 : f32[16,8] @ models/lib/dino.yaml:19:7
%9043 = mul %9034, %9042 : f32[16,8] @ models/lib/dino.yaml:19:7
%9044 = add %9043, %9041 : f32[16,8] @ models/lib/dino.yaml:19:7
%9045 = mul %9033, %9033 : f32[16,8] @ models/lib/dino.yaml:19:7
%9046 = broadcast %5087 : f32[16,8] @ models/lib/dino.yaml:19:7
%9047 = mul %9045, %9046 : f32[16,8] @ models/lib/dino.yaml:19:7
%9048 = broadcast %5091 : f32[16,8] @ models/lib/dino.yaml:19:7
%9049 = mul %9035, %9048 : f32[16,8] @ models/lib/dino.yaml:19:7
%9050 = add %9049, %9047 : f32[16,8] @ models/lib/dino.yaml:19:7
%9051 = cast %9037 : f64[] @ models/lib/dino.yaml:19:7
%9052 = pow %5082, %9051 : f64[] @ models/lib/dino.yaml:19:7
%9053 = sub %5063, %9052 : f64[] @ models/lib/dino.yaml:19:7
%9054 = div %3087, %9053 : f64[] @ models/lib/dino.yaml:19:7
%9055 = pow %5090, %9051 : f64[] @ models/lib/dino.yaml:19:7
%9056 = sub %5063, %9055 : f64[] @ models/lib/dino.yaml:19:7
%9057 = sqrt %9056 : f64[] @ models/lib/dino.yaml:19:7
%9058 = div %5063, %9057 : f64[] @ models/lib/dino.yaml:19:7
%9059 = sqrt %9050 : f32[16,8] @ models/lib/dino.yaml:19:7
%9060 = cast %9058 : f32[] @ models/lib/dino.yaml:19:7
%9061 = broadcast %9060 : f32[16,8] @ models/lib/dino.yaml:19:7
%9062 = mul %9059, %9061 : f32[16,8] @ models/lib/dino.yaml:19:7
%9063 = broadcast %5107 : f32[16,8] @ models/lib/dino.yaml:19:7
%9064 = add %9062, %9063 : f32[16,8] @ models/lib/dino.yaml:19:7
%9065 = div %9044, %9064 : f32[16,8] @ models/lib/dino.yaml:19:7
%9066 = cast %9054 : f32[] @ models/lib/dino.yaml:19:7
%9067 = broadcast %9066 : f32[16,8] @ models/lib/dino.yaml:19:7
%9068 = mul %9065, %9067 : f32[16,8] @ models/lib/dino.yaml:19:7
%9069 = sub %9039, %9068 : f32[16,8] @ models/lib/dino.yaml:19:7
%9070 = broadcast %8692 : bool[16,8] @ models/lib/dino.yaml:19:7
%9071 = select %9070, %84, %9069 : f32[16,8] @ models/lib/dino.yaml:19:7
%9072 = select %9070, %9034, %9044 : f32[16,8] @ models/lib/dino.yaml:19:7
%9073 = select %9070, %9035, %9050 : f32[16,8] @ models/lib/dino.yaml:19:7
%9074 = select %8692, %9036, %9037 : i64[] @ models/lib/dino.yaml:19:7
%9075 = assign %84, %9071 : f32[16,8] @ models/lib/dino.yaml:19:7
%9076 = assign %9034, %9072 : f32[16,8] @ models/lib/dino.yaml:19:7
%9077 = assign %9035, %9073 : f32[16,8] @ models/lib/dino.yaml:19:7
%9078 = assign %9036, %9074 : i64[] @ models/lib/dino.yaml:19:7
%9079 = broadcast %5119 : f32[16,8] @ models/lib/dino.yaml:19:7
%9080 = mul %162, %9079 : f32[16,8] @ models/lib/dino.yaml:19:7
%9081 = broadcast %5123 : f32[16,8] @ models/lib/dino.yaml:19:7
%9082 = mul %9071, %9081 : f32[16,8] @ models/lib/dino.yaml:19:7
%9083 = add %9080, %9082 : f32[16,8] @ models/lib/dino.yaml:19:7
%9084 = assign %162, %9083 : f32[16,8] @ models/lib/dino.yaml:19:7
%9085 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%9086 = abs %3054 : f32[] @ models/dino_pass.yaml:149:3
%9087 = lt %9086, %9085 : bool[] @ models/dino_pass.yaml:149:3
%9088 = output %9087 name="finite" : bool[] @ models/dino_pass.yaml:149:3
