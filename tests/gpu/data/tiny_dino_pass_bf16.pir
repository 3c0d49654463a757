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
%1298 = cast %1294 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1299 = slice %1298 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1300 = slice %1298 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1301 = cast %6 : bf16[4,3,12,12] @ models/lib/vit.yaml:17:18
%1302 = reshape %1301 : bf16[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1303 = permute %1302 perm=[0,2,4,1,3,5] : bf16[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1304 = reshape %1303 : bf16[4,9,48] @ models/lib/vit.yaml:16:13
%1305 = matmul %1304, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1306 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1307 = cast %1305 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1308 = add %1307, %1306 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1309 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1310 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1311 = cast %1309 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1312 = cast %1310 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1313 = matmul %1311, %1312 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1314 = reshape %1313 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1315 = permute %1314 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1316 = reshape %1315 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1317 = matmul %1311, %1316 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1318 = cast %1317 : f32[3,48] @ models/lib/vit.yaml:35:21
%1319 = reshape %1318 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1320 = permute %1319 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1321 = reshape %1320 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1322 = broadcast %1321 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1323 = add %1308, %1322 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1324 = reduce_sum %1323 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1325 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1326 = div %1324, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1327 = broadcast %1326 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1328 = sub %1323, %1327 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1329 = mul %1328, %1328 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1330 = reduce_sum %1329 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1331 = div %1330, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1332 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1333 = add %1331, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1334 = rsqrt %1333 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1335 = broadcast %1334 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1336 = mul %1328, %1335 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1337 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1338 = mul %1336, %1337 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1339 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1340 = add %1338, %1339 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1341 = cast %1340 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1342 = matmul %1341, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1343 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1344 = cast %1342 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1345 = add %1344, %1343 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1346 = cast %1345 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1347 = reshape %1346 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1348 = permute %1347 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1349 = slice %1348 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1350 = reshape %1349 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1351 = slice %1348 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1352 = reshape %1351 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1353 = cast %1350 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1354 = cast %1352 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1355 = permute %1354 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1356 = slice %1353 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1357 = broadcast %1356 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1358 = slice %1355 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1359 = broadcast %1358 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1360 = mul %1357, %1359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1361 = slice %1353 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1362 = broadcast %1361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1363 = slice %1355 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1364 = broadcast %1363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1365 = mul %1362, %1364 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1366 = add %1360, %1365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1367 = slice %1353 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1368 = broadcast %1367 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1369 = slice %1355 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1370 = broadcast %1369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1371 = mul %1368, %1370 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1372 = add %1366, %1371 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1373 = slice %1353 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1374 = broadcast %1373 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1375 = slice %1355 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1376 = broadcast %1375 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1377 = mul %1374, %1376 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1378 = add %1372, %1377 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1379 = slice %1353 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1380 = broadcast %1379 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1381 = slice %1355 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1382 = broadcast %1381 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1383 = mul %1380, %1382 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1384 = add %1378, %1383 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1385 = slice %1353 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1386 = broadcast %1385 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1387 = slice %1355 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1388 = broadcast %1387 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1389 = mul %1386, %1388 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1390 = add %1384, %1389 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1391 = slice %1353 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1392 = broadcast %1391 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1393 = slice %1355 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1394 = broadcast %1393 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1395 = mul %1392, %1394 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1396 = add %1390, %1395 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1397 = slice %1353 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1398 = broadcast %1397 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1399 = slice %1355 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1400 = broadcast %1399 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1401 = mul %1398, %1400 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1402 = add %1396, %1401 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1403 = cast %1402 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1404 = broadcast %260 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1405 = cast %1403 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1406 = mul %1405, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1407 = reduce_max %1406 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1408 = stop_gradient %1407 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1409 = broadcast %1408 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1410 = cast %1403 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1411 = mul %1410, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1412 = sub %1411, %1409 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1413 = exp %1412 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1414 = reduce_sum %1413 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1415 = broadcast %1414 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1416 = exp %1412 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1417 = div %1416, %1415 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1418 = cast %1417 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1419 = slice %1348 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1420 = reshape %1419 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1421 = cast %1418 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1422 = cast %1420 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1423 = reshape %1421 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1424 = broadcast %1423 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1425 = reshape %1422 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1426 = broadcast %1425 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1427 = mul %1424, %1426 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1428 = reduce_sum %1427 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1429 = cast %1428 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1430 = permute %1429 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1431 = reshape %1430 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1432 = matmul %1431, %289 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1433 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1434 = cast %1432 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1435 = add %1434, %1433 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1436 = add %1323, %1435 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1437 = reduce_sum %1436 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1438 = div %1437, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1439 = broadcast %1438 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1440 = sub %1436, %1439 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1441 = mul %1440, %1440 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1442 = reduce_sum %1441 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1443 = div %1442, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1444 = add %1443, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1445 = rsqrt %1444 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1446 = broadcast %1445 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1447 = mul %1440, %1446 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1448 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1449 = mul %1447, %1448 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1450 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1451 = add %1449, %1450 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1452 = cast %1451 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1453 = matmul %1452, %311 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1454 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1455 = broadcast %314 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1456 = cast %1453 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1457 = add %1456, %1454 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1458 = mul %1455, %1457 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1459 = broadcast %319 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1460 = cast %1453 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1461 = add %1460, %1454 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1462 = mul %1461, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1463 = erf %1462 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1464 = broadcast %325 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1465 = add %1464, %1463 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1466 = mul %1458, %1465 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1467 = cast %1466 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1468 = matmul %1467, %330 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1469 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1470 = cast %1468 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1471 = add %1470, %1469 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1472 = add %1436, %1471 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1473 = reduce_sum %1472 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1474 = div %1473, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1475 = broadcast %1474 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1476 = sub %1472, %1475 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1477 = mul %1476, %1476 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1478 = reduce_sum %1477 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1479 = div %1478, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1480 = add %1479, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1481 = rsqrt %1480 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1482 = broadcast %1481 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1483 = mul %1476, %1482 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1484 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1485 = mul %1483, %1484 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1486 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1487 = add %1485, %1486 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1488 = cast %1487 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1489 = matmul %1488, %352 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1490 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1491 = cast %1489 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1492 = add %1491, %1490 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1493 = cast %1492 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%1494 = reshape %1493 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1495 = permute %1494 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1496 = slice %1495 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1497 = reshape %1496 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%1498 = slice %1495 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1499 = reshape %1498 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%1500 = cast %1497 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1501 = cast %1499 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1502 = permute %1501 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1503 = slice %1500 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1504 = broadcast %1503 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1505 = slice %1502 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1506 = broadcast %1505 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1507 = mul %1504, %1506 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1508 = slice %1500 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1509 = broadcast %1508 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1510 = slice %1502 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1511 = broadcast %1510 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1512 = mul %1509, %1511 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1513 = add %1507, %1512 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1514 = slice %1500 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1515 = broadcast %1514 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1516 = slice %1502 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1517 = broadcast %1516 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1518 = mul %1515, %1517 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1519 = add %1513, %1518 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1520 = slice %1500 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1521 = broadcast %1520 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1522 = slice %1502 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1523 = broadcast %1522 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1524 = mul %1521, %1523 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1525 = add %1519, %1524 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1526 = slice %1500 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1527 = broadcast %1526 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1528 = slice %1502 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1529 = broadcast %1528 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1530 = mul %1527, %1529 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1531 = add %1525, %1530 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1532 = slice %1500 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1533 = broadcast %1532 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1534 = slice %1502 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1535 = broadcast %1534 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1536 = mul %1533, %1535 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1537 = add %1531, %1536 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1538 = slice %1500 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1539 = broadcast %1538 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1540 = slice %1502 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1541 = broadcast %1540 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1542 = mul %1539, %1541 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1543 = add %1537, %1542 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1544 = slice %1500 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%1545 = broadcast %1544 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1546 = slice %1502 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%1547 = broadcast %1546 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1548 = mul %1545, %1547 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1549 = add %1543, %1548 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1550 = cast %1549 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1551 = cast %1550 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1552 = mul %1551, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1553 = reduce_max %1552 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1554 = stop_gradient %1553 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1555 = broadcast %1554 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1556 = cast %1550 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1557 = mul %1556, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1558 = sub %1557, %1555 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1559 = exp %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1560 = reduce_sum %1559 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1561 = broadcast %1560 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1562 = exp %1558 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1563 = div %1562, %1561 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1564 = cast %1563 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1565 = slice %1495 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1566 = reshape %1565 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%1567 = cast %1564 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1568 = cast %1566 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1569 = reshape %1567 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1570 = broadcast %1569 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1571 = reshape %1568 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1572 = broadcast %1571 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1573 = mul %1570, %1572 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1574 = reduce_sum %1573 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1575 = cast %1574 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1576 = permute %1575 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1577 = reshape %1576 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1578 = matmul %1577, %442 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1579 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1580 = cast %1578 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1581 = add %1580, %1579 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1582 = add %1472, %1581 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1583 = reduce_sum %1582 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1584 = div %1583, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1585 = broadcast %1584 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1586 = sub %1582, %1585 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1587 = mul %1586, %1586 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1588 = reduce_sum %1587 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1589 = div %1588, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1590 = add %1589, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1591 = rsqrt %1590 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1592 = broadcast %1591 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1593 = mul %1586, %1592 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1594 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1595 = mul %1593, %1594 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1596 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1597 = add %1595, %1596 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1598 = cast %1597 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1599 = matmul %1598, %464 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1600 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1601 = cast %1599 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1602 = add %1601, %1600 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1603 = mul %1455, %1602 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1604 = cast %1599 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1605 = add %1604, %1600 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1606 = mul %1605, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1607 = erf %1606 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1608 = add %1464, %1607 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1609 = mul %1603, %1608 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1610 = cast %1609 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1611 = matmul %1610, %477 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1612 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1613 = cast %1611 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1614 = add %1613, %1612 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1615 = add %1582, %1614 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1616 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1617 = neighbor_topk_gather %1615, %1616 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1618 = reshape %1617 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1619 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1620 = concat %1619, %1618 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1621 = reduce_sum %1620 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1622 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1623 = div %1621, %1622 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1624 = broadcast %1623 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1625 = sub %1620, %1624 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1626 = mul %1625, %1625 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1627 = reduce_sum %1626 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1628 = div %1627, %1622 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1629 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1630 = add %1628, %1629 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1631 = rsqrt %1630 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1632 = broadcast %1631 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1633 = mul %1625, %1632 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1634 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1635 = mul %1633, %1634 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1636 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1637 = add %1635, %1636 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1638 = cast %1637 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1639 = slice %1638 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1640 = matmul %1639, %507 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1641 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1642 = cast %1640 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1643 = add %1642, %1641 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1644 = matmul %1638, %512 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1645 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1646 = cast %1644 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1647 = add %1646, %1645 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1648 = matmul %1638, %517 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1649 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1650 = cast %1648 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1651 = add %1650, %1649 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1652 = cast %1643 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1653 = reshape %1652 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1654 = permute %1653 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1655 = cast %1647 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1656 = reshape %1655 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1657 = permute %1656 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1658 = cast %1654 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1659 = slice %1658 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1660 = broadcast %1659 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1661 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1662 = slice %1661 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1663 = cast %1662 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1664 = mul %1660, %1663 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1665 = slice %1658 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1666 = broadcast %1665 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1667 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1668 = slice %1667 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1669 = cast %1668 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1670 = mul %1666, %1669 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1671 = add %1664, %1670 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1672 = slice %1658 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1673 = broadcast %1672 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1674 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1675 = slice %1674 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1676 = cast %1675 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1677 = mul %1673, %1676 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1678 = add %1671, %1677 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1679 = slice %1658 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1680 = broadcast %1679 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1681 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1682 = slice %1681 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1683 = cast %1682 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1684 = mul %1680, %1683 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1685 = add %1678, %1684 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1686 = slice %1658 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1687 = broadcast %1686 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1688 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1689 = slice %1688 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1690 = cast %1689 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1691 = mul %1687, %1690 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1692 = add %1685, %1691 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1693 = slice %1658 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1694 = broadcast %1693 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1695 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1696 = slice %1695 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1697 = cast %1696 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1698 = mul %1694, %1697 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1699 = add %1692, %1698 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1700 = slice %1658 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1701 = broadcast %1700 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1702 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1703 = slice %1702 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1704 = cast %1703 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1705 = mul %1701, %1704 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1706 = add %1699, %1705 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1707 = slice %1658 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1708 = broadcast %1707 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1709 = permute %1657 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1710 = slice %1709 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1711 = cast %1710 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1712 = mul %1708, %1711 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1713 = add %1706, %1712 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1714 = cast %1713 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1715 = broadcast %260 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1716 = cast %1714 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1717 = mul %1716, %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1718 = reduce_max %1717 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1719 = stop_gradient %1718 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1720 = broadcast %1719 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1721 = cast %1714 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1722 = mul %1721, %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1723 = sub %1722, %1720 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1724 = exp %1723 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1725 = reduce_sum %1724 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1726 = broadcast %1725 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1727 = exp %1723 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1728 = div %1727, %1726 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1729 = cast %1728 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1730 = cast %1651 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1731 = reshape %1730 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1732 = permute %1731 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1733 = cast %1729 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1734 = slice %1733 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1735 = broadcast %1734 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1736 = slice %1732 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1737 = cast %1736 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1738 = mul %1735, %1737 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1739 = slice %1733 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1740 = broadcast %1739 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1741 = slice %1732 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1742 = cast %1741 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1743 = mul %1740, %1742 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1744 = add %1738, %1743 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1745 = slice %1733 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1746 = broadcast %1745 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1747 = slice %1732 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1748 = cast %1747 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1749 = mul %1746, %1748 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1750 = add %1744, %1749 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1751 = cast %1750 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1752 = permute %1751 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1753 = reshape %1752 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1754 = matmul %1753, %624 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1755 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1756 = cast %1754 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1757 = add %1756, %1755 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1758 = add %1619, %1757 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1759 = reduce_sum %1758 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1760 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1761 = div %1759, %1760 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1762 = broadcast %1761 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1763 = cast %1754 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1764 = add %1763, %1755 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1765 = add %1619, %1764 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1766 = sub %1765, %1762 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1767 = mul %1766, %1766 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1768 = reduce_sum %1767 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1769 = div %1768, %1760 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1770 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1771 = add %1769, %1770 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1772 = rsqrt %1771 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1773 = broadcast %1772 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1774 = mul %1766, %1773 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1775 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1776 = mul %1774, %1775 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1777 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1778 = add %1776, %1777 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1779 = cast %1778 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1780 = matmul %1779, %651 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1781 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1782 = broadcast %314 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1783 = cast %1780 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1784 = add %1783, %1781 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1785 = mul %1782, %1784 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1786 = broadcast %319 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1787 = cast %1780 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1788 = add %1787, %1781 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1789 = mul %1788, %1786 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1790 = erf %1789 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1791 = broadcast %325 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1792 = add %1791, %1790 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1793 = mul %1785, %1792 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1794 = cast %1793 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1795 = matmul %1794, %667 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1796 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1797 = cast %1795 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1798 = add %1797, %1796 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1799 = cast %1754 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1800 = add %1799, %1755 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1801 = add %1619, %1800 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1802 = add %1801, %1798 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1803 = concat %1802, %1618 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1804 = reduce_sum %1803 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1805 = div %1804, %1622 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1806 = broadcast %1805 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1807 = sub %1803, %1806 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1808 = mul %1807, %1807 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1809 = reduce_sum %1808 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1810 = div %1809, %1622 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1811 = add %1810, %1629 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1812 = rsqrt %1811 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1813 = broadcast %1812 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1814 = mul %1807, %1813 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1815 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1816 = mul %1814, %1815 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1817 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1818 = add %1816, %1817 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1819 = cast %1818 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1820 = slice %1819 lo=[0,0,0] hi=[36,1,16] : bf16[36,1,16] @ models/lib/vit.yaml:78:33
%1821 = matmul %1820, %694 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1822 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1823 = cast %1821 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1824 = add %1823, %1822 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1825 = matmul %1819, %699 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1826 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1827 = cast %1825 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1828 = add %1827, %1826 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1829 = matmul %1819, %704 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1830 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1831 = cast %1829 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1832 = add %1831, %1830 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1833 = cast %1824 : bf16[36,1,16] @ models/lib/nn.yaml:55:23
%1834 = reshape %1833 : bf16[36,1,2,8] @ models/lib/vit.yaml:78:22
%1835 = permute %1834 perm=[0,2,1,3] : bf16[36,2,1,8] @ models/lib/vit.yaml:78:14
%1836 = cast %1828 : bf16[36,3,16] @ models/lib/nn.yaml:55:23
%1837 = reshape %1836 : bf16[36,3,2,8] @ models/lib/vit.yaml:79:22
%1838 = permute %1837 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:79:14
%1839 = cast %1835 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1840 = slice %1839 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1841 = broadcast %1840 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1842 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1843 = slice %1842 lo=[0,0,0,0] hi=[36,2,1,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1844 = cast %1843 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1845 = mul %1841, %1844 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1846 = slice %1839 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1847 = broadcast %1846 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1848 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1849 = slice %1848 lo=[0,0,1,0] hi=[36,2,2,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1850 = cast %1849 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1851 = mul %1847, %1850 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1852 = add %1845, %1851 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1853 = slice %1839 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1854 = broadcast %1853 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1855 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1856 = slice %1855 lo=[0,0,2,0] hi=[36,2,3,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1857 = cast %1856 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1858 = mul %1854, %1857 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1859 = add %1852, %1858 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1860 = slice %1839 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1861 = broadcast %1860 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1862 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1863 = slice %1862 lo=[0,0,3,0] hi=[36,2,4,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1864 = cast %1863 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1865 = mul %1861, %1864 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1866 = add %1859, %1865 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1867 = slice %1839 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1868 = broadcast %1867 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1869 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1870 = slice %1869 lo=[0,0,4,0] hi=[36,2,5,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1871 = cast %1870 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1872 = mul %1868, %1871 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1873 = add %1866, %1872 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1874 = slice %1839 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1875 = broadcast %1874 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1876 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1877 = slice %1876 lo=[0,0,5,0] hi=[36,2,6,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1878 = cast %1877 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1879 = mul %1875, %1878 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1880 = add %1873, %1879 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1881 = slice %1839 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1882 = broadcast %1881 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1883 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1884 = slice %1883 lo=[0,0,6,0] hi=[36,2,7,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1885 = cast %1884 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1886 = mul %1882, %1885 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1887 = add %1880, %1886 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1888 = slice %1839 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1889 = broadcast %1888 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1890 = permute %1838 perm=[0,1,3,2] : bf16[36,2,8,3] @ models/lib/nn.yaml:55:23
%1891 = slice %1890 lo=[0,0,7,0] hi=[36,2,8,3] : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1892 = cast %1891 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1893 = mul %1889, %1892 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1894 = add %1887, %1893 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1895 = cast %1894 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1896 = cast %1895 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1897 = mul %1896, %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1898 = reduce_max %1897 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1899 = stop_gradient %1898 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1900 = broadcast %1899 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1901 = cast %1895 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1902 = mul %1901, %1715 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1903 = sub %1902, %1900 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1904 = exp %1903 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1905 = reduce_sum %1904 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1906 = broadcast %1905 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1907 = exp %1903 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1908 = div %1907, %1906 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1909 = cast %1908 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1910 = cast %1832 : bf16[36,3,16] @ models/lib/nn.yaml:56:23
%1911 = reshape %1910 : bf16[36,3,2,8] @ models/lib/vit.yaml:80:22
%1912 = permute %1911 perm=[0,2,1,3] : bf16[36,2,3,8] @ models/lib/vit.yaml:80:14
%1913 = cast %1909 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1914 = slice %1913 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1915 = broadcast %1914 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1916 = slice %1912 lo=[0,0,0,0] hi=[36,2,1,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1917 = cast %1916 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1918 = mul %1915, %1917 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1919 = slice %1913 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1920 = broadcast %1919 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1921 = slice %1912 lo=[0,0,1,0] hi=[36,2,2,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1922 = cast %1921 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1923 = mul %1920, %1922 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1924 = add %1918, %1923 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1925 = slice %1913 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1926 = broadcast %1925 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1927 = slice %1912 lo=[0,0,2,0] hi=[36,2,3,8] : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1928 = cast %1927 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1929 = mul %1926, %1928 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1930 = add %1924, %1929 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1931 = cast %1930 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1932 = permute %1931 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1933 = reshape %1932 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1934 = matmul %1933, %810 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1935 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1936 = cast %1934 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1937 = add %1936, %1935 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1938 = add %1802, %1937 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1939 = reduce_sum %1938 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1940 = div %1939, %1760 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1941 = broadcast %1940 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1942 = sub %1938, %1941 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1943 = mul %1942, %1942 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1944 = reduce_sum %1943 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1945 = div %1944, %1760 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1946 = add %1945, %1770 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1947 = rsqrt %1946 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1948 = broadcast %1947 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1949 = mul %1942, %1948 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1950 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1951 = mul %1949, %1950 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1952 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1953 = add %1951, %1952 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1954 = cast %1953 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1955 = matmul %1954, %832 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1956 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1957 = cast %1955 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1958 = add %1957, %1956 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1959 = mul %1782, %1958 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1960 = cast %1955 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1961 = add %1960, %1956 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1962 = mul %1961, %1786 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1963 = erf %1962 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1964 = add %1791, %1963 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1965 = mul %1959, %1964 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1966 = cast %1965 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1967 = matmul %1966, %845 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1968 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1969 = cast %1967 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1970 = add %1969, %1968 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1971 = add %1938, %1970 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1972 = reshape %1971 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1973 = concat %852, %1615 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1974 = reduce_sum %1973 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1975 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1976 = div %1974, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1977 = broadcast %1976 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1978 = sub %1973, %1977 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1979 = mul %1978, %1978 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1980 = reduce_sum %1979 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1981 = div %1980, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1982 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1983 = add %1981, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1984 = rsqrt %1983 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1985 = broadcast %1984 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1986 = mul %1978, %1985 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1987 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1988 = mul %1986, %1987 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1989 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1990 = add %1988, %1989 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1991 = cast %1990 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1992 = slice %1991 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%1993 = matmul %1992, %507 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1994 = cast %1993 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1995 = add %1994, %874 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1996 = matmul %1991, %512 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1997 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1998 = cast %1996 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1999 = add %1998, %1997 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2000 = matmul %1991, %517 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2001 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2002 = cast %2000 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2003 = add %2002, %2001 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2004 = cast %1995 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2005 = reshape %2004 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2006 = permute %2005 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2007 = cast %1999 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2008 = reshape %2007 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2009 = permute %2008 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2010 = cast %2006 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2011 = slice %2010 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2012 = broadcast %2011 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2013 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2014 = slice %2013 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2015 = cast %2014 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2016 = mul %2012, %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = slice %2010 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2018 = broadcast %2017 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2019 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2020 = slice %2019 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2021 = cast %2020 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2022 = mul %2018, %2021 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = add %2016, %2022 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2024 = slice %2010 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2025 = broadcast %2024 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2026 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2027 = slice %2026 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = cast %2027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2029 = mul %2025, %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = add %2023, %2029 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2031 = slice %2010 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2032 = broadcast %2031 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2034 = slice %2033 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2035 = cast %2034 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2036 = mul %2032, %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = add %2030, %2036 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2038 = slice %2010 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2039 = broadcast %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2040 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2041 = slice %2040 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = cast %2041 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2043 = mul %2039, %2042 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2044 = add %2037, %2043 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2045 = slice %2010 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2046 = broadcast %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2048 = slice %2047 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2049 = cast %2048 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2050 = mul %2046, %2049 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2051 = add %2044, %2050 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2052 = slice %2010 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2053 = broadcast %2052 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2054 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2055 = slice %2054 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2056 = cast %2055 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2057 = mul %2053, %2056 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2058 = add %2051, %2057 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2059 = slice %2010 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2060 = broadcast %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2061 = permute %2009 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2062 = slice %2061 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2063 = cast %2062 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2064 = mul %2060, %2063 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2065 = add %2058, %2064 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2066 = cast %2065 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2067 = broadcast %260 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2068 = cast %2066 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2069 = mul %2068, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2070 = reduce_max %2069 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2071 = stop_gradient %2070 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2072 = broadcast %2071 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2073 = cast %2066 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2074 = mul %2073, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2075 = sub %2074, %2072 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2076 = exp %2075 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2077 = reduce_sum %2076 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2078 = broadcast %2077 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2079 = exp %2075 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2080 = div %2079, %2078 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2081 = cast %2080 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2082 = cast %2003 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2083 = reshape %2082 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2084 = permute %2083 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2085 = cast %2081 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2086 = cast %2084 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2087 = reshape %2085 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2088 = broadcast %2087 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2089 = reshape %2086 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2090 = broadcast %2089 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2091 = mul %2088, %2090 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2092 = reduce_sum %2091 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2093 = cast %2092 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2094 = permute %2093 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2095 = reshape %2094 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2096 = matmul %2095, %624 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2097 = cast %2096 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2098 = add %2097, %978 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2099 = add %852, %2098 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2100 = reduce_sum %2099 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2101 = div %2100, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2102 = broadcast %2101 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2103 = sub %2099, %2102 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2104 = mul %2103, %2103 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2105 = reduce_sum %2104 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2106 = div %2105, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2107 = add %2106, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2108 = rsqrt %2107 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2109 = broadcast %2108 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2110 = mul %2103, %2109 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2111 = mul %2110, %995 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2112 = add %2111, %997 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2113 = cast %2112 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2114 = matmul %2113, %651 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2115 = cast %2114 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2116 = add %2115, %1001 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2117 = mul %1004, %2116 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2118 = mul %2116, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2119 = erf %2118 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2120 = add %1009, %2119 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2121 = mul %2117, %2120 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2122 = cast %2121 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2123 = matmul %2122, %667 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2124 = cast %2123 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2125 = add %2124, %1014 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2126 = add %2099, %2125 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2127 = concat %2126, %1615 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2128 = reduce_sum %2127 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2129 = div %2128, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2130 = broadcast %2129 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2131 = sub %2127, %2130 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2132 = mul %2131, %2131 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2133 = reduce_sum %2132 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2134 = div %2133, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2135 = add %2134, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2136 = rsqrt %2135 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2137 = broadcast %2136 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2138 = mul %2131, %2137 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2139 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2140 = mul %2138, %2139 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2141 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2142 = add %2140, %2141 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2143 = cast %2142 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2144 = slice %2143 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2145 = matmul %2144, %694 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2146 = cast %2145 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2147 = add %2146, %1037 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2148 = matmul %2143, %699 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2149 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2150 = cast %2148 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2151 = add %2150, %2149 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2152 = matmul %2143, %704 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2153 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2154 = cast %2152 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2155 = add %2154, %2153 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2156 = cast %2147 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2157 = reshape %2156 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2158 = permute %2157 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2159 = cast %2151 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%2160 = reshape %2159 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%2161 = permute %2160 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%2162 = cast %2158 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2163 = slice %2162 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2164 = broadcast %2163 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2165 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2166 = slice %2165 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2167 = cast %2166 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2168 = mul %2164, %2167 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2169 = slice %2162 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2170 = broadcast %2169 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2171 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2172 = slice %2171 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2173 = cast %2172 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2174 = mul %2170, %2173 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2175 = add %2168, %2174 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2176 = slice %2162 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2177 = broadcast %2176 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2178 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2179 = slice %2178 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2180 = cast %2179 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2181 = mul %2177, %2180 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2182 = add %2175, %2181 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2183 = slice %2162 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2184 = broadcast %2183 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2185 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2186 = slice %2185 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2187 = cast %2186 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2188 = mul %2184, %2187 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2189 = add %2182, %2188 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2190 = slice %2162 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2191 = broadcast %2190 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2192 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2193 = slice %2192 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2194 = cast %2193 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2195 = mul %2191, %2194 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2196 = add %2189, %2195 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2197 = slice %2162 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2198 = broadcast %2197 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2199 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2200 = slice %2199 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2201 = cast %2200 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2202 = mul %2198, %2201 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2203 = add %2196, %2202 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2204 = slice %2162 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2205 = broadcast %2204 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2206 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2207 = slice %2206 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2208 = cast %2207 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2209 = mul %2205, %2208 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2210 = add %2203, %2209 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2211 = slice %2162 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2212 = broadcast %2211 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2213 = permute %2161 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%2214 = slice %2213 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2215 = cast %2214 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2216 = mul %2212, %2215 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2217 = add %2210, %2216 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2218 = cast %2217 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2219 = cast %2218 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2220 = mul %2219, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2221 = reduce_max %2220 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2222 = stop_gradient %2221 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2223 = broadcast %2222 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2224 = cast %2218 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2225 = mul %2224, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2226 = sub %2225, %2223 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2227 = exp %2226 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2228 = reduce_sum %2227 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2229 = broadcast %2228 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2230 = exp %2226 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2231 = div %2230, %2229 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2232 = cast %2231 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2233 = cast %2155 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%2234 = reshape %2233 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%2235 = permute %2234 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%2236 = cast %2232 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2237 = cast %2235 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2238 = reshape %2236 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2239 = broadcast %2238 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2240 = reshape %2237 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2241 = broadcast %2240 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2242 = mul %2239, %2241 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2243 = reduce_sum %2242 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2244 = cast %2243 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2245 = permute %2244 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2246 = reshape %2245 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2247 = matmul %2246, %810 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2248 = cast %2247 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2249 = add %2248, %1140 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2250 = add %2126, %2249 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2251 = reduce_sum %2250 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2252 = div %2251, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2253 = broadcast %2252 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2254 = sub %2250, %2253 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2255 = mul %2254, %2254 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2256 = reduce_sum %2255 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2257 = div %2256, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2258 = add %2257, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2259 = rsqrt %2258 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2260 = broadcast %2259 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2261 = mul %2254, %2260 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2262 = mul %2261, %1155 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2263 = add %2262, %1157 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2264 = cast %2263 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2265 = matmul %2264, %832 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2266 = cast %2265 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2267 = add %2266, %1161 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2268 = mul %1004, %2267 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2269 = mul %2267, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2270 = erf %2269 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2271 = add %1009, %2270 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2272 = mul %2268, %2271 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2273 = cast %2272 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2274 = matmul %2273, %845 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2275 = cast %2274 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2276 = add %2275, %1171 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2277 = add %2250, %2276 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2278 = concat %2277, %1972 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2279 = reduce_sum %2278 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2280 = div %2279, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2281 = broadcast %2280 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2282 = sub %2278, %2281 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2283 = mul %2282, %2282 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2284 = reduce_sum %2283 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2285 = div %2284, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2286 = add %2285, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2287 = rsqrt %2286 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2288 = broadcast %2287 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2289 = mul %2282, %2288 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2290 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2291 = mul %2289, %2290 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2292 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2293 = add %2291, %2292 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2294 = cast %2293 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2295 = slice %2294 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:110:28
%2296 = matmul %2295, %1193 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2297 = cast %2296 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2298 = add %2297, %1195 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2299 = mul %1198, %2298 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2300 = mul %2298, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2301 = erf %2300 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2302 = add %1203, %2301 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2303 = mul %2299, %2302 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2304 = cast %2303 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2305 = matmul %2304, %1207 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2306 = cast %2305 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2307 = add %2306, %1209 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2308 = mul %1198, %2307 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2309 = mul %2307, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2310 = erf %2309 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2311 = add %1203, %2310 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2312 = mul %2308, %2311 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2313 = cast %2312 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2314 = matmul %2313, %1218 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2315 = cast %2314 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2316 = add %2315, %1220 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2317 = mul %2316, %2316 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2318 = reduce_sum %2317 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2319 = sqrt %2318 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2320 = max %2319, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2321 = broadcast %2320 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2322 = div %2316, %2321 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2323 = cast %2322 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2324 = matmul %2323, %1239 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2325 = slice %2294 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:110:46
%2326 = matmul %2325, %1242 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2327 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2328 = broadcast %314 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2329 = cast %2326 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2330 = add %2329, %2327 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2331 = mul %2328, %2330 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2332 = broadcast %319 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2333 = cast %2326 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2334 = add %2333, %2327 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2335 = mul %2334, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2336 = erf %2335 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2337 = broadcast %325 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2338 = add %2337, %2336 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2339 = mul %2331, %2338 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2340 = cast %2339 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2341 = matmul %2340, %1258 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2342 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2343 = cast %2341 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2344 = add %2343, %2342 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2345 = mul %2328, %2344 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2346 = cast %2341 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2347 = add %2346, %2342 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2348 = mul %2347, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2349 = erf %2348 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2350 = add %2337, %2349 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2351 = mul %2345, %2350 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2352 = cast %2351 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2353 = matmul %2352, %1271 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2354 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2355 = cast %2353 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2356 = add %2355, %2354 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2357 = mul %2356, %2356 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2358 = reduce_sum %2357 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2359 = sqrt %2358 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2360 = broadcast %1226 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2361 = max %2359, %2360 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2362 = broadcast %2361 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2363 = cast %2353 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2364 = add %2363, %2354 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2365 = div %2364, %2362 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2366 = cast %2365 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2367 = matmul %2366, %1293 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2368 = cast %2324 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2369 = slice %2368 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2370 = slice %2368 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2371 = cast %2367 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2372 = slice %2371 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2373 = slice %2371 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2374 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2375 = cast %2374 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2376 = matmul %169, %2375 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2377 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2378 = cast %2376 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2379 = add %2378, %2377 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2380 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2381 = add %2379, %2380 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2382 = reduce_sum %2381 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2383 = div %2382, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2384 = broadcast %2383 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2385 = sub %2381, %2384 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2386 = mul %2385, %2385 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2387 = reduce_sum %2386 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2388 = div %2387, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2389 = add %2388, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2390 = rsqrt %2389 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2391 = broadcast %2390 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2392 = mul %2385, %2391 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2393 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2394 = mul %2392, %2393 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2395 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2396 = add %2394, %2395 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2397 = cast %2396 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2398 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2399 = matmul %2397, %2398 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2400 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2401 = cast %2399 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2402 = add %2401, %2400 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2403 = cast %2402 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2404 = reshape %2403 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2405 = permute %2404 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2406 = slice %2405 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2407 = reshape %2406 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2408 = slice %2405 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2409 = reshape %2408 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2410 = cast %2407 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2411 = cast %2409 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2412 = permute %2411 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2413 = slice %2410 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2414 = broadcast %2413 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2415 = slice %2412 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2416 = broadcast %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2417 = mul %2414, %2416 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2418 = slice %2410 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2419 = broadcast %2418 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2420 = slice %2412 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2421 = broadcast %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2422 = mul %2419, %2421 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2423 = add %2417, %2422 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2424 = slice %2410 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2425 = broadcast %2424 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2426 = slice %2412 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2427 = broadcast %2426 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2428 = mul %2425, %2427 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2429 = add %2423, %2428 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2430 = slice %2410 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2431 = broadcast %2430 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2432 = slice %2412 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2433 = broadcast %2432 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2434 = mul %2431, %2433 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2435 = add %2429, %2434 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2436 = slice %2410 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2437 = broadcast %2436 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2438 = slice %2412 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2439 = broadcast %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2440 = mul %2437, %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2441 = add %2435, %2440 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2442 = slice %2410 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2443 = broadcast %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2444 = slice %2412 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2445 = broadcast %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2446 = mul %2443, %2445 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2447 = add %2441, %2446 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2448 = slice %2410 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2449 = broadcast %2448 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2450 = slice %2412 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2451 = broadcast %2450 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2452 = mul %2449, %2451 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2453 = add %2447, %2452 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2454 = slice %2410 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2455 = broadcast %2454 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2456 = slice %2412 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2457 = broadcast %2456 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2458 = mul %2455, %2457 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2459 = add %2453, %2458 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2460 = cast %2459 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2461 = cast %2460 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2462 = mul %2461, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2463 = reduce_max %2462 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2464 = stop_gradient %2463 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2465 = broadcast %2464 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2466 = cast %2460 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2467 = mul %2466, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2468 = sub %2467, %2465 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2469 = exp %2468 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2470 = reduce_sum %2469 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2471 = broadcast %2470 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2472 = exp %2468 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2473 = div %2472, %2471 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2474 = cast %2473 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2475 = slice %2405 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2476 = reshape %2475 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2477 = cast %2474 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2478 = cast %2476 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2479 = reshape %2477 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2480 = broadcast %2479 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2481 = reshape %2478 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2482 = broadcast %2481 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2483 = mul %2480, %2482 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2484 = reduce_sum %2483 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2485 = cast %2484 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2486 = permute %2485 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2487 = reshape %2486 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2488 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2489 = matmul %2487, %2488 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2490 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2491 = cast %2489 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2492 = add %2491, %2490 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2493 = add %2381, %2492 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2494 = reduce_sum %2493 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2495 = div %2494, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2496 = broadcast %2495 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2497 = sub %2493, %2496 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2498 = mul %2497, %2497 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2499 = reduce_sum %2498 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2500 = div %2499, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2501 = add %2500, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2502 = rsqrt %2501 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2503 = broadcast %2502 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2504 = mul %2497, %2503 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2505 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2506 = mul %2504, %2505 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2507 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2508 = add %2506, %2507 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2509 = cast %2508 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2510 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2511 = matmul %2509, %2510 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2512 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2513 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2514 = add %2513, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2515 = mul %315, %2514 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2516 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2517 = add %2516, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2518 = mul %2517, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2519 = erf %2518 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2520 = add %326, %2519 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2521 = mul %2515, %2520 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2522 = cast %2521 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2523 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2524 = matmul %2522, %2523 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2525 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2526 = cast %2524 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2527 = add %2526, %2525 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2528 = add %2493, %2527 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2529 = reduce_sum %2528 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2530 = div %2529, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2531 = broadcast %2530 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2532 = sub %2528, %2531 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2533 = mul %2532, %2532 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2534 = reduce_sum %2533 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2535 = div %2534, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2536 = add %2535, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2537 = rsqrt %2536 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2538 = broadcast %2537 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2539 = mul %2532, %2538 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2540 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2541 = mul %2539, %2540 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2542 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2543 = add %2541, %2542 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2544 = cast %2543 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2545 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2546 = matmul %2544, %2545 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2547 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2548 = cast %2546 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2549 = add %2548, %2547 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2550 = cast %2549 : bf16[4,16,48] @ models/lib/nn.yaml:55:23
%2551 = reshape %2550 : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2552 = permute %2551 perm=[2,0,3,1,4] : bf16[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2553 = slice %2552 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2554 = reshape %2553 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:28
%2555 = slice %2552 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2556 = reshape %2555 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:34
%2557 = cast %2554 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2558 = cast %2556 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2559 = permute %2558 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2560 = slice %2557 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2561 = broadcast %2560 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2562 = slice %2559 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2563 = broadcast %2562 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2564 = mul %2561, %2563 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2565 = slice %2557 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2566 = broadcast %2565 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2567 = slice %2559 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2568 = broadcast %2567 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2569 = mul %2566, %2568 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2570 = add %2564, %2569 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2571 = slice %2557 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2572 = broadcast %2571 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2573 = slice %2559 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2574 = broadcast %2573 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2575 = mul %2572, %2574 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2576 = add %2570, %2575 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2577 = slice %2557 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2578 = broadcast %2577 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2579 = slice %2559 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2580 = broadcast %2579 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2581 = mul %2578, %2580 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2582 = add %2576, %2581 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2583 = slice %2557 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2584 = broadcast %2583 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2585 = slice %2559 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2586 = broadcast %2585 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2587 = mul %2584, %2586 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2588 = add %2582, %2587 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2589 = slice %2557 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2590 = broadcast %2589 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2591 = slice %2559 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2592 = broadcast %2591 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2593 = mul %2590, %2592 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2594 = add %2588, %2593 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2595 = slice %2557 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2596 = broadcast %2595 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2597 = slice %2559 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2598 = broadcast %2597 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2599 = mul %2596, %2598 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2600 = add %2594, %2599 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2601 = slice %2557 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2602 = broadcast %2601 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2603 = slice %2559 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2604 = broadcast %2603 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2605 = mul %2602, %2604 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2606 = add %2600, %2605 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2607 = cast %2606 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2608 = cast %2607 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2609 = mul %2608, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2610 = reduce_max %2609 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2611 = stop_gradient %2610 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2612 = broadcast %2611 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2613 = cast %2607 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2614 = mul %2613, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2615 = sub %2614, %2612 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2616 = exp %2615 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2617 = reduce_sum %2616 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2618 = broadcast %2617 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2619 = exp %2615 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2620 = div %2619, %2618 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2621 = cast %2620 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2622 = slice %2552 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2623 = reshape %2622 : bf16[4,2,16,8] @ models/lib/nn.yaml:67:40
%2624 = cast %2621 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2625 = cast %2623 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2626 = reshape %2624 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2627 = broadcast %2626 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2628 = reshape %2625 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2629 = broadcast %2628 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2630 = mul %2627, %2629 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2631 = reduce_sum %2630 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2632 = cast %2631 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2633 = permute %2632 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2634 = reshape %2633 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2635 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2636 = matmul %2634, %2635 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2637 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2638 = cast %2636 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2639 = add %2638, %2637 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2640 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2641 = broadcast %2640 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2642 = div %2639, %2641 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2643 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2644 = rand_uniform %2643 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2645 = broadcast %2640 : f32[4] @ models/lib/nn.yaml:44:35
%2646 = add %2645, %2644 : f32[4] @ models/lib/nn.yaml:44:35
%2647 = floor %2646 : f32[4] @ models/lib/nn.yaml:44:24
%2648 = reshape %2647 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2649 = broadcast %2648 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2650 = mul %2642, %2649 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2651 = add %2528, %2650 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2652 = reduce_sum %2651 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2653 = div %2652, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2654 = broadcast %2653 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2655 = sub %2651, %2654 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2656 = mul %2655, %2655 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2657 = reduce_sum %2656 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2658 = div %2657, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2659 = add %2658, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2660 = rsqrt %2659 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2661 = broadcast %2660 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2662 = mul %2655, %2661 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2663 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2664 = mul %2662, %2663 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2665 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2666 = add %2664, %2665 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2667 = cast %2666 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2668 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2669 = matmul %2667, %2668 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2670 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2671 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2672 = add %2671, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2673 = mul %315, %2672 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2674 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2675 = add %2674, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2676 = mul %2675, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2677 = erf %2676 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2678 = add %326, %2677 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2679 = mul %2673, %2678 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2680 = cast %2679 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2681 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2682 = matmul %2680, %2681 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2683 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2684 = cast %2682 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2685 = add %2684, %2683 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2686 = div %2685, %2641 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2687 = rand_uniform %2643 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2688 = add %2645, %2687 : f32[4] @ models/lib/nn.yaml:44:35
%2689 = floor %2688 : f32[4] @ models/lib/nn.yaml:44:24
%2690 = reshape %2689 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2691 = broadcast %2690 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2692 = mul %2686, %2691 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2693 = add %2651, %2692 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2694 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2695 = concat %2694, %2693 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2696 = reduce_sum %2695 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2697 = div %2696, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2698 = broadcast %2697 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2699 = sub %2695, %2698 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2700 = mul %2699, %2699 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2701 = reduce_sum %2700 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2702 = div %2701, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2703 = add %2702, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2704 = rsqrt %2703 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2705 = broadcast %2704 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2706 = mul %2699, %2705 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2707 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2708 = mul %2706, %2707 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2709 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2710 = add %2708, %2709 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2711 = cast %2710 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2712 = slice %2711 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2713 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2714 = matmul %2712, %2713 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2715 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2716 = cast %2714 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2717 = add %2716, %2715 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2718 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2719 = matmul %2711, %2718 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2720 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2721 = cast %2719 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2722 = add %2721, %2720 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2723 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2724 = matmul %2711, %2723 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2725 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2726 = cast %2724 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2727 = add %2726, %2725 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2728 = cast %2717 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2729 = reshape %2728 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2730 = permute %2729 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2731 = cast %2722 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2732 = reshape %2731 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2733 = permute %2732 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2734 = cast %2730 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2735 = slice %2734 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2736 = broadcast %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2738 = slice %2737 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2739 = cast %2738 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2740 = mul %2736, %2739 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2741 = slice %2734 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2742 = broadcast %2741 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2743 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2744 = slice %2743 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2745 = cast %2744 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2746 = mul %2742, %2745 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2747 = add %2740, %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2748 = slice %2734 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2749 = broadcast %2748 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2750 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2751 = slice %2750 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2752 = cast %2751 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2753 = mul %2749, %2752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2754 = add %2747, %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2755 = slice %2734 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2756 = broadcast %2755 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2757 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2758 = slice %2757 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2759 = cast %2758 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2760 = mul %2756, %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2761 = add %2754, %2760 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2762 = slice %2734 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2763 = broadcast %2762 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2764 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2765 = slice %2764 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2766 = cast %2765 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2767 = mul %2763, %2766 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2768 = add %2761, %2767 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2769 = slice %2734 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2770 = broadcast %2769 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2771 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2772 = slice %2771 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2773 = cast %2772 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2774 = mul %2770, %2773 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2775 = add %2768, %2774 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2776 = slice %2734 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2777 = broadcast %2776 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2778 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2779 = slice %2778 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2780 = cast %2779 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2781 = mul %2777, %2780 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2782 = add %2775, %2781 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2783 = slice %2734 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2784 = broadcast %2783 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2785 = permute %2733 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2786 = slice %2785 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2787 = cast %2786 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2788 = mul %2784, %2787 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2789 = add %2782, %2788 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2790 = cast %2789 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2791 = cast %2790 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2792 = mul %2791, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2793 = reduce_max %2792 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2794 = stop_gradient %2793 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2795 = broadcast %2794 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2796 = cast %2790 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2797 = mul %2796, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2798 = sub %2797, %2795 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2799 = exp %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2800 = reduce_sum %2799 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2801 = broadcast %2800 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2802 = exp %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2803 = div %2802, %2801 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2804 = cast %2803 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2805 = cast %2727 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2806 = reshape %2805 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2807 = permute %2806 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2808 = cast %2804 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2809 = cast %2807 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2810 = reshape %2808 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2811 = broadcast %2810 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2812 = reshape %2809 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2813 = broadcast %2812 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2814 = mul %2811, %2813 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2815 = reduce_sum %2814 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2816 = cast %2815 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2817 = permute %2816 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2818 = reshape %2817 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2819 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2820 = matmul %2818, %2819 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2821 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2822 = cast %2820 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2823 = add %2822, %2821 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2824 = add %2694, %2823 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2825 = reduce_sum %2824 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2826 = div %2825, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2827 = broadcast %2826 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2828 = sub %2824, %2827 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2829 = mul %2828, %2828 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2830 = reduce_sum %2829 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2831 = div %2830, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2832 = add %2831, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2833 = rsqrt %2832 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2834 = broadcast %2833 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2835 = mul %2828, %2834 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2836 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2837 = mul %2835, %2836 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2838 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2839 = add %2837, %2838 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2840 = cast %2839 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2841 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2842 = matmul %2840, %2841 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2843 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2844 = cast %2842 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2845 = add %2844, %2843 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2846 = mul %1004, %2845 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2847 = mul %2845, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2848 = erf %2847 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2849 = add %1009, %2848 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2850 = mul %2846, %2849 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2851 = cast %2850 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2852 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2853 = matmul %2851, %2852 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2854 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2855 = cast %2853 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2856 = add %2855, %2854 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2857 = add %2824, %2856 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2858 = concat %2857, %2693 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2859 = reduce_sum %2858 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2860 = div %2859, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2861 = broadcast %2860 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2862 = sub %2858, %2861 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2863 = mul %2862, %2862 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2864 = reduce_sum %2863 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2865 = div %2864, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2866 = add %2865, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2867 = rsqrt %2866 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2868 = broadcast %2867 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2869 = mul %2862, %2868 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2870 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2871 = mul %2869, %2870 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2872 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2873 = add %2871, %2872 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2874 = cast %2873 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2875 = slice %2874 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%2876 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2877 = matmul %2875, %2876 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2878 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2879 = cast %2877 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2880 = add %2879, %2878 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2881 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2882 = matmul %2874, %2881 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2883 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2884 = cast %2882 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2885 = add %2884, %2883 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2886 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2887 = matmul %2874, %2886 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2888 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2889 = cast %2887 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2890 = add %2889, %2888 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2891 = cast %2880 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%2892 = reshape %2891 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%2893 = permute %2892 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%2894 = cast %2885 : bf16[4,17,16] @ models/lib/nn.yaml:55:23
%2895 = reshape %2894 : bf16[4,17,2,8] @ models/lib/vit.yaml:79:22
%2896 = permute %2895 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:79:14
%2897 = cast %2893 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2898 = slice %2897 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2899 = broadcast %2898 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2900 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2901 = slice %2900 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2902 = cast %2901 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2903 = mul %2899, %2902 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2904 = slice %2897 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2905 = broadcast %2904 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2906 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2907 = slice %2906 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2908 = cast %2907 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2909 = mul %2905, %2908 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2910 = add %2903, %2909 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2911 = slice %2897 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2912 = broadcast %2911 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2913 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2914 = slice %2913 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2915 = cast %2914 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2916 = mul %2912, %2915 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2917 = add %2910, %2916 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2918 = slice %2897 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2919 = broadcast %2918 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2920 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2921 = slice %2920 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2922 = cast %2921 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2923 = mul %2919, %2922 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2924 = add %2917, %2923 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2925 = slice %2897 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2926 = broadcast %2925 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2927 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2928 = slice %2927 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2929 = cast %2928 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2930 = mul %2926, %2929 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2931 = add %2924, %2930 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2932 = slice %2897 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2933 = broadcast %2932 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2934 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2935 = slice %2934 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2936 = cast %2935 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2937 = mul %2933, %2936 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2938 = add %2931, %2937 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2939 = slice %2897 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2940 = broadcast %2939 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2941 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2942 = slice %2941 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2943 = cast %2942 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2944 = mul %2940, %2943 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2945 = add %2938, %2944 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2946 = slice %2897 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2947 = broadcast %2946 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2948 = permute %2896 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:55:23
%2949 = slice %2948 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2950 = cast %2949 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2951 = mul %2947, %2950 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2952 = add %2945, %2951 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2953 = cast %2952 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2954 = cast %2953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2955 = mul %2954, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2956 = reduce_max %2955 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2957 = stop_gradient %2956 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2958 = broadcast %2957 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2959 = cast %2953 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2960 = mul %2959, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2961 = sub %2960, %2958 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2962 = exp %2961 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2963 = reduce_sum %2962 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2964 = broadcast %2963 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2965 = exp %2961 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2966 = div %2965, %2964 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2967 = cast %2966 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2968 = cast %2890 : bf16[4,17,16] @ models/lib/nn.yaml:56:23
%2969 = reshape %2968 : bf16[4,17,2,8] @ models/lib/vit.yaml:80:22
%2970 = permute %2969 perm=[0,2,1,3] : bf16[4,2,17,8] @ models/lib/vit.yaml:80:14
%2971 = cast %2967 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2972 = cast %2970 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2973 = reshape %2971 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2974 = broadcast %2973 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2975 = reshape %2972 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2976 = broadcast %2975 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2977 = mul %2974, %2976 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2978 = reduce_sum %2977 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2979 = cast %2978 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2980 = permute %2979 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2981 = reshape %2980 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2982 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2983 = matmul %2981, %2982 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2984 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2985 = cast %2983 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2986 = add %2985, %2984 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2987 = add %2857, %2986 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2988 = reduce_sum %2987 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2989 = div %2988, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2990 = broadcast %2989 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2991 = sub %2987, %2990 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2992 = mul %2991, %2991 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2993 = reduce_sum %2992 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2994 = div %2993, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2995 = add %2994, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2996 = rsqrt %2995 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2997 = broadcast %2996 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2998 = mul %2991, %2997 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2999 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3000 = mul %2998, %2999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3001 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3002 = add %3000, %3001 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3003 = cast %3002 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3004 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%3005 = matmul %3003, %3004 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3006 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3007 = cast %3005 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3008 = add %3007, %3006 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3009 = mul %1004, %3008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3010 = mul %3008, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3011 = erf %3010 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3012 = add %1009, %3011 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3013 = mul %3009, %3012 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3014 = cast %3013 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3015 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%3016 = matmul %3014, %3015 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3017 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3018 = cast %3016 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3019 = add %3018, %3017 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3020 = add %2987, %3019 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3021 = concat %3020, %2693 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%3022 = reduce_sum %3021 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3023 = div %3022, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%3024 = broadcast %3023 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3025 = sub %3021, %3024 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%3026 = mul %3025, %3025 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%3027 = reduce_sum %3026 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3028 = div %3027, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%3029 = add %3028, %862 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%3030 = rsqrt %3029 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%3031 = broadcast %3030 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3032 = mul %3025, %3031 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%3033 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3034 = mul %3032, %3033 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%3035 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3036 = add %3034, %3035 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%3037 = cast %3036 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%3038 = slice %3037 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3039 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3040 = matmul %3038, %3039 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3041 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3042 = cast %3040 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3043 = add %3042, %3041 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3044 = mul %1198, %3043 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3045 = mul %3043, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3046 = erf %3045 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3047 = add %1203, %3046 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3048 = mul %3044, %3047 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3049 = cast %3048 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3050 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3051 = matmul %3049, %3050 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3052 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3053 = cast %3051 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3054 = add %3053, %3052 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3055 = mul %1198, %3054 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3056 = mul %3054, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3057 = erf %3056 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3058 = add %1203, %3057 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3059 = mul %3055, %3058 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3060 = cast %3059 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3061 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3062 = matmul %3060, %3061 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3063 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3064 = cast %3062 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3065 = add %3064, %3063 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3066 = mul %3065, %3065 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3067 = reduce_sum %3066 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3068 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3069 = max %3068, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3070 = broadcast %3069 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3071 = div %3065, %3070 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3072 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3073 = mul %3072, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3074 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3075 = reduce_sum %3074 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3076 = sqrt %3075 : f32[32,1] @ models/lib/dino.yaml:22:35
%3077 = broadcast %3076 : f32[32,8] @ models/lib/dino.yaml:22:33
%3078 = div %3073, %3077 : f32[32,8] @ models/lib/dino.yaml:22:33
%3079 = cast %3071 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3080 = cast %3078 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3081 = matmul %3079, %3080 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3082 = slice %3037 lo=[0,1,0] hi=[4,17,16] : bf16[4,16,16] @ models/dino_pass.yaml:103:46
%3083 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%3084 = matmul %3082, %3083 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3085 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3086 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3087 = add %3086, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3088 = mul %1245, %3087 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3089 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3090 = add %3089, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3091 = mul %3090, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3092 = erf %3091 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3093 = add %1254, %3092 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3094 = mul %3088, %3093 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3095 = cast %3094 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3096 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3097 = matmul %3095, %3096 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3098 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3099 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3100 = add %3099, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3101 = mul %1245, %3100 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%3102 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3103 = add %3102, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%3104 = mul %3103, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%3105 = erf %3104 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%3106 = add %1254, %3105 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%3107 = mul %3101, %3106 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%3108 = cast %3107 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%3109 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3110 = matmul %3108, %3109 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%3111 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3112 = cast %3110 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3113 = add %3112, %3111 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3114 = mul %3113, %3113 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%3115 = reduce_sum %3114 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%3116 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%3117 = max %3116, %1279 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%3118 = broadcast %3117 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3119 = cast %3110 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3120 = add %3119, %3111 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%3121 = div %3120, %3118 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%3122 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3123 = mul %3122, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3124 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3125 = reduce_sum %3124 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3126 = sqrt %3125 : f32[16,1] @ models/lib/dino.yaml:22:35
%3127 = broadcast %3126 : f32[16,8] @ models/lib/dino.yaml:22:33
%3128 = div %3123, %3127 : f32[16,8] @ models/lib/dino.yaml:22:33
%3129 = cast %3121 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%3130 = cast %3128 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3131 = matmul %3129, %3130 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%3132 = matmul %1304, %2375 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%3133 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3134 = cast %3132 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3135 = add %3134, %3133 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%3136 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%3137 = cast %3136 : bf16[4,64] @ models/lib/vit.yaml:32:15
%3138 = matmul %1311, %3137 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%3139 = reshape %3138 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%3140 = permute %3139 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%3141 = reshape %3140 : bf16[4,48] @ models/lib/vit.yaml:34:17
%3142 = matmul %1311, %3141 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%3143 = cast %3142 : f32[3,48] @ models/lib/vit.yaml:35:21
%3144 = reshape %3143 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%3145 = permute %3144 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%3146 = reshape %3145 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%3147 = broadcast %3146 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3148 = add %3135, %3147 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%3149 = reduce_sum %3148 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3150 = div %3149, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3151 = broadcast %3150 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3152 = sub %3148, %3151 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3153 = mul %3152, %3152 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3154 = reduce_sum %3153 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3155 = div %3154, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3156 = add %3155, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3157 = rsqrt %3156 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3158 = broadcast %3157 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3159 = mul %3152, %3158 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3160 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3161 = mul %3159, %3160 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3162 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3163 = add %3161, %3162 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3164 = cast %3163 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3165 = matmul %3164, %2398 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3166 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3167 = cast %3165 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3168 = add %3167, %3166 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3169 = cast %3168 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3170 = reshape %3169 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3171 = permute %3170 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3172 = slice %3171 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3173 = reshape %3172 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3174 = slice %3171 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3175 = reshape %3174 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3176 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3177 = cast %3175 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3178 = permute %3177 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3179 = slice %3176 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3180 = broadcast %3179 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3181 = slice %3178 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3182 = broadcast %3181 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3183 = mul %3180, %3182 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3184 = slice %3176 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3185 = broadcast %3184 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3186 = slice %3178 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3187 = broadcast %3186 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3188 = mul %3185, %3187 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3189 = add %3183, %3188 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3190 = slice %3176 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3191 = broadcast %3190 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3192 = slice %3178 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3193 = broadcast %3192 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3194 = mul %3191, %3193 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3195 = add %3189, %3194 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3196 = slice %3176 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3197 = broadcast %3196 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3198 = slice %3178 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3199 = broadcast %3198 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3200 = mul %3197, %3199 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3201 = add %3195, %3200 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3202 = slice %3176 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3203 = broadcast %3202 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3204 = slice %3178 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3205 = broadcast %3204 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3206 = mul %3203, %3205 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3207 = add %3201, %3206 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3208 = slice %3176 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3209 = broadcast %3208 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3210 = slice %3178 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3211 = broadcast %3210 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3212 = mul %3209, %3211 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3213 = add %3207, %3212 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3214 = slice %3176 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3215 = broadcast %3214 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3216 = slice %3178 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3217 = broadcast %3216 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3218 = mul %3215, %3217 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3219 = add %3213, %3218 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3220 = slice %3176 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3221 = broadcast %3220 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3222 = slice %3178 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3223 = broadcast %3222 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3224 = mul %3221, %3223 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3225 = add %3219, %3224 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3226 = cast %3225 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3227 = cast %3226 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3228 = mul %3227, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3229 = reduce_max %3228 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3230 = stop_gradient %3229 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3231 = broadcast %3230 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3232 = cast %3226 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3233 = mul %3232, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3234 = sub %3233, %3231 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3235 = exp %3234 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3236 = reduce_sum %3235 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3237 = broadcast %3236 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3238 = exp %3234 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3239 = div %3238, %3237 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3240 = cast %3239 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3241 = slice %3171 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3242 = reshape %3241 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3243 = cast %3240 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3244 = cast %3242 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3245 = reshape %3243 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3246 = broadcast %3245 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3247 = reshape %3244 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3248 = broadcast %3247 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3249 = mul %3246, %3248 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3250 = reduce_sum %3249 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3251 = cast %3250 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3252 = permute %3251 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3253 = reshape %3252 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3254 = matmul %3253, %2488 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3255 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3256 = cast %3254 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3257 = add %3256, %3255 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3258 = add %3148, %3257 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3259 = reduce_sum %3258 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3260 = div %3259, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3261 = broadcast %3260 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3262 = sub %3258, %3261 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3263 = mul %3262, %3262 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3264 = reduce_sum %3263 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3265 = div %3264, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3266 = add %3265, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3267 = rsqrt %3266 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3268 = broadcast %3267 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3269 = mul %3262, %3268 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3270 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3271 = mul %3269, %3270 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3272 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3273 = add %3271, %3272 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3274 = cast %3273 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3275 = matmul %3274, %2510 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3276 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3277 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3278 = add %3277, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3279 = mul %1455, %3278 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3280 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3281 = add %3280, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3282 = mul %3281, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3283 = erf %3282 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3284 = add %1464, %3283 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3285 = mul %3279, %3284 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3286 = cast %3285 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3287 = matmul %3286, %2523 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3288 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3289 = cast %3287 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3290 = add %3289, %3288 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3291 = add %3258, %3290 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3292 = reduce_sum %3291 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3293 = div %3292, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3294 = broadcast %3293 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3295 = sub %3291, %3294 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3296 = mul %3295, %3295 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3297 = reduce_sum %3296 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3298 = div %3297, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3299 = add %3298, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3300 = rsqrt %3299 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3301 = broadcast %3300 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3302 = mul %3295, %3301 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3303 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3304 = mul %3302, %3303 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3305 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3306 = add %3304, %3305 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3307 = cast %3306 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3308 = matmul %3307, %2545 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3309 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3310 = cast %3308 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3311 = add %3310, %3309 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3312 = cast %3311 : bf16[4,9,48] @ models/lib/nn.yaml:55:23
%3313 = reshape %3312 : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3314 = permute %3313 perm=[2,0,3,1,4] : bf16[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3315 = slice %3314 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3316 = reshape %3315 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:28
%3317 = slice %3314 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3318 = reshape %3317 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:34
%3319 = cast %3316 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3320 = cast %3318 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3321 = permute %3320 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3322 = slice %3319 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3323 = broadcast %3322 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3324 = slice %3321 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3325 = broadcast %3324 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3326 = mul %3323, %3325 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3327 = slice %3319 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3328 = broadcast %3327 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3329 = slice %3321 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3330 = broadcast %3329 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3331 = mul %3328, %3330 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3332 = add %3326, %3331 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3333 = slice %3319 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3334 = broadcast %3333 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3335 = slice %3321 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3336 = broadcast %3335 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3337 = mul %3334, %3336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3338 = add %3332, %3337 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3339 = slice %3319 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3340 = broadcast %3339 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3341 = slice %3321 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3342 = broadcast %3341 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3343 = mul %3340, %3342 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3344 = add %3338, %3343 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3345 = slice %3319 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3346 = broadcast %3345 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3347 = slice %3321 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3348 = broadcast %3347 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3349 = mul %3346, %3348 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3350 = add %3344, %3349 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3351 = slice %3319 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3352 = broadcast %3351 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3353 = slice %3321 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3354 = broadcast %3353 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3355 = mul %3352, %3354 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3356 = add %3350, %3355 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3357 = slice %3319 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3358 = broadcast %3357 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3359 = slice %3321 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3360 = broadcast %3359 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3361 = mul %3358, %3360 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3362 = add %3356, %3361 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3363 = slice %3319 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3364 = broadcast %3363 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3365 = slice %3321 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3366 = broadcast %3365 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3367 = mul %3364, %3366 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3368 = add %3362, %3367 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3369 = cast %3368 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3370 = cast %3369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3371 = mul %3370, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3372 = reduce_max %3371 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3373 = stop_gradient %3372 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3374 = broadcast %3373 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3375 = cast %3369 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3376 = mul %3375, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3377 = sub %3376, %3374 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3378 = exp %3377 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3379 = reduce_sum %3378 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3380 = broadcast %3379 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3381 = exp %3377 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3382 = div %3381, %3380 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3383 = cast %3382 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3384 = slice %3314 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3385 = reshape %3384 : bf16[4,2,9,8] @ models/lib/nn.yaml:67:40
%3386 = cast %3383 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3387 = cast %3385 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3388 = reshape %3386 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3389 = broadcast %3388 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3390 = reshape %3387 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3391 = broadcast %3390 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3392 = mul %3389, %3391 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3393 = reduce_sum %3392 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3394 = cast %3393 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3395 = permute %3394 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3396 = reshape %3395 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3397 = matmul %3396, %2635 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3398 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3399 = cast %3397 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3400 = add %3399, %3398 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3401 = broadcast %2640 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3402 = div %3400, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3403 = rand_uniform %2643 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3404 = add %2645, %3403 : f32[4] @ models/lib/nn.yaml:44:35
%3405 = floor %3404 : f32[4] @ models/lib/nn.yaml:44:24
%3406 = reshape %3405 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3407 = broadcast %3406 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3408 = mul %3402, %3407 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3409 = add %3291, %3408 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3410 = reduce_sum %3409 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3411 = div %3410, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3412 = broadcast %3411 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3413 = sub %3409, %3412 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3414 = mul %3413, %3413 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3415 = reduce_sum %3414 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3416 = div %3415, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3417 = add %3416, %1332 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3418 = rsqrt %3417 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3419 = broadcast %3418 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3420 = mul %3413, %3419 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3421 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3422 = mul %3420, %3421 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3423 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3424 = add %3422, %3423 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3425 = cast %3424 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3426 = matmul %3425, %2668 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3427 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3428 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3429 = add %3428, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3430 = mul %1455, %3429 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3431 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3432 = add %3431, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3433 = mul %3432, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3434 = erf %3433 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3435 = add %1464, %3434 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3436 = mul %3430, %3435 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3437 = cast %3436 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3438 = matmul %3437, %2681 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3439 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3440 = cast %3438 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3441 = add %3440, %3439 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3442 = div %3441, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3443 = rand_uniform %2643 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3444 = add %2645, %3443 : f32[4] @ models/lib/nn.yaml:44:35
%3445 = floor %3444 : f32[4] @ models/lib/nn.yaml:44:24
%3446 = reshape %3445 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3447 = broadcast %3446 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3448 = mul %3442, %3447 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3449 = add %3409, %3448 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3450 = concat %2694, %3449 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3451 = reduce_sum %3450 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3452 = div %3451, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3453 = broadcast %3452 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3454 = sub %3450, %3453 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3455 = mul %3454, %3454 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3456 = reduce_sum %3455 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3457 = div %3456, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3458 = add %3457, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3459 = rsqrt %3458 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3460 = broadcast %3459 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3461 = mul %3454, %3460 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3462 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3463 = mul %3461, %3462 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3464 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3465 = add %3463, %3464 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3466 = cast %3465 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3467 = slice %3466 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3468 = matmul %3467, %2713 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3469 = cast %3468 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3470 = add %3469, %2715 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3471 = matmul %3466, %2718 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3472 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3473 = cast %3471 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3474 = add %3473, %3472 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3475 = matmul %3466, %2723 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3476 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3477 = cast %3475 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3478 = add %3477, %3476 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3479 = cast %3470 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3480 = reshape %3479 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3481 = permute %3480 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3482 = cast %3474 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3483 = reshape %3482 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3484 = permute %3483 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3485 = cast %3481 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3486 = slice %3485 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3487 = broadcast %3486 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3488 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3489 = slice %3488 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3490 = cast %3489 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3491 = mul %3487, %3490 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3492 = slice %3485 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3493 = broadcast %3492 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3494 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3495 = slice %3494 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3496 = cast %3495 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3497 = mul %3493, %3496 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3498 = add %3491, %3497 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3499 = slice %3485 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3500 = broadcast %3499 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3501 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3502 = slice %3501 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3503 = cast %3502 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3504 = mul %3500, %3503 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3505 = add %3498, %3504 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3506 = slice %3485 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3507 = broadcast %3506 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3508 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3509 = slice %3508 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3510 = cast %3509 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3511 = mul %3507, %3510 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3512 = add %3505, %3511 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3513 = slice %3485 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3514 = broadcast %3513 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3515 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3516 = slice %3515 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3517 = cast %3516 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3518 = mul %3514, %3517 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3519 = add %3512, %3518 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3520 = slice %3485 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3521 = broadcast %3520 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3522 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3523 = slice %3522 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3524 = cast %3523 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3525 = mul %3521, %3524 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3526 = add %3519, %3525 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3527 = slice %3485 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3528 = broadcast %3527 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3529 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3530 = slice %3529 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3531 = cast %3530 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3532 = mul %3528, %3531 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3533 = add %3526, %3532 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3534 = slice %3485 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3535 = broadcast %3534 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3536 = permute %3484 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3537 = slice %3536 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3538 = cast %3537 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3539 = mul %3535, %3538 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3540 = add %3533, %3539 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3541 = cast %3540 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3542 = cast %3541 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3543 = mul %3542, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3544 = reduce_max %3543 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3545 = stop_gradient %3544 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3546 = broadcast %3545 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3547 = cast %3541 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3548 = mul %3547, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3549 = sub %3548, %3546 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3550 = exp %3549 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3551 = reduce_sum %3550 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3552 = broadcast %3551 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3553 = exp %3549 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3554 = div %3553, %3552 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3555 = cast %3554 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3556 = cast %3478 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3557 = reshape %3556 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3558 = permute %3557 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3559 = cast %3555 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3560 = cast %3558 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3561 = reshape %3559 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3562 = broadcast %3561 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3563 = reshape %3560 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3564 = broadcast %3563 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3565 = mul %3562, %3564 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3566 = reduce_sum %3565 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3567 = cast %3566 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3568 = permute %3567 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3569 = reshape %3568 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3570 = matmul %3569, %2819 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3571 = cast %3570 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3572 = add %3571, %2821 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3573 = add %2694, %3572 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3574 = reduce_sum %3573 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3575 = div %3574, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3576 = broadcast %3575 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3577 = sub %3573, %3576 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3578 = mul %3577, %3577 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3579 = reduce_sum %3578 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3580 = div %3579, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3581 = add %3580, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3582 = rsqrt %3581 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3583 = broadcast %3582 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3584 = mul %3577, %3583 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3585 = mul %3584, %2836 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3586 = add %3585, %2838 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3587 = cast %3586 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3588 = matmul %3587, %2841 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3589 = cast %3588 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3590 = add %3589, %2843 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3591 = mul %1004, %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3592 = mul %3590, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3593 = erf %3592 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3594 = add %1009, %3593 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3595 = mul %3591, %3594 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3596 = cast %3595 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3597 = matmul %3596, %2852 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3598 = cast %3597 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3599 = add %3598, %2854 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3600 = add %3573, %3599 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3601 = concat %3600, %3449 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3602 = reduce_sum %3601 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3603 = div %3602, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3604 = broadcast %3603 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3605 = sub %3601, %3604 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3606 = mul %3605, %3605 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3607 = reduce_sum %3606 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3608 = div %3607, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3609 = add %3608, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3610 = rsqrt %3609 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3611 = broadcast %3610 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3612 = mul %3605, %3611 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3613 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3614 = mul %3612, %3613 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3615 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3616 = add %3614, %3615 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3617 = cast %3616 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3618 = slice %3617 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/lib/vit.yaml:78:33
%3619 = matmul %3618, %2876 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3620 = cast %3619 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3621 = add %3620, %2878 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3622 = matmul %3617, %2881 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3623 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3624 = cast %3622 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3625 = add %3624, %3623 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3626 = matmul %3617, %2886 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3627 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3628 = cast %3626 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3629 = add %3628, %3627 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3630 = cast %3621 : bf16[4,1,16] @ models/lib/nn.yaml:55:23
%3631 = reshape %3630 : bf16[4,1,2,8] @ models/lib/vit.yaml:78:22
%3632 = permute %3631 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/vit.yaml:78:14
%3633 = cast %3625 : bf16[4,10,16] @ models/lib/nn.yaml:55:23
%3634 = reshape %3633 : bf16[4,10,2,8] @ models/lib/vit.yaml:79:22
%3635 = permute %3634 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:79:14
%3636 = cast %3632 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3637 = slice %3636 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3638 = broadcast %3637 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3639 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3640 = slice %3639 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3641 = cast %3640 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3642 = mul %3638, %3641 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3643 = slice %3636 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3644 = broadcast %3643 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3645 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3646 = slice %3645 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3647 = cast %3646 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3648 = mul %3644, %3647 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3649 = add %3642, %3648 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3650 = slice %3636 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3651 = broadcast %3650 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3652 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3653 = slice %3652 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3654 = cast %3653 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3655 = mul %3651, %3654 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3656 = add %3649, %3655 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3657 = slice %3636 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3658 = broadcast %3657 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3659 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3660 = slice %3659 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3661 = cast %3660 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3662 = mul %3658, %3661 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3663 = add %3656, %3662 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3664 = slice %3636 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3665 = broadcast %3664 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3666 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3667 = slice %3666 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3668 = cast %3667 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3669 = mul %3665, %3668 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3670 = add %3663, %3669 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3671 = slice %3636 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3672 = broadcast %3671 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3673 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3674 = slice %3673 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3675 = cast %3674 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3676 = mul %3672, %3675 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3677 = add %3670, %3676 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3678 = slice %3636 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3679 = broadcast %3678 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3680 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3681 = slice %3680 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3682 = cast %3681 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3683 = mul %3679, %3682 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3684 = add %3677, %3683 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3685 = slice %3636 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3686 = broadcast %3685 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3687 = permute %3635 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:55:23
%3688 = slice %3687 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3689 = cast %3688 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3690 = mul %3686, %3689 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3691 = add %3684, %3690 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3692 = cast %3691 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3693 = cast %3692 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3694 = mul %3693, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3695 = reduce_max %3694 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3696 = stop_gradient %3695 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3697 = broadcast %3696 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3698 = cast %3692 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3699 = mul %3698, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3700 = sub %3699, %3697 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3701 = exp %3700 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3702 = reduce_sum %3701 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3703 = broadcast %3702 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3704 = exp %3700 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3705 = div %3704, %3703 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3706 = cast %3705 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3707 = cast %3629 : bf16[4,10,16] @ models/lib/nn.yaml:56:23
%3708 = reshape %3707 : bf16[4,10,2,8] @ models/lib/vit.yaml:80:22
%3709 = permute %3708 perm=[0,2,1,3] : bf16[4,2,10,8] @ models/lib/vit.yaml:80:14
%3710 = cast %3706 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3711 = cast %3709 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3712 = reshape %3710 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3713 = broadcast %3712 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3714 = reshape %3711 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3715 = broadcast %3714 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3716 = mul %3713, %3715 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3717 = reduce_sum %3716 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3718 = cast %3717 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3719 = permute %3718 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3720 = reshape %3719 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3721 = matmul %3720, %2982 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3722 = cast %3721 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3723 = add %3722, %2984 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3724 = add %3600, %3723 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3725 = reduce_sum %3724 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3726 = div %3725, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3727 = broadcast %3726 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3728 = sub %3724, %3727 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3729 = mul %3728, %3728 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3730 = reduce_sum %3729 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3731 = div %3730, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3732 = add %3731, %990 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3733 = rsqrt %3732 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3734 = broadcast %3733 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3735 = mul %3728, %3734 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3736 = mul %3735, %2999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3737 = add %3736, %3001 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3738 = cast %3737 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3739 = matmul %3738, %3004 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3740 = cast %3739 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3741 = add %3740, %3006 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3742 = mul %1004, %3741 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3743 = mul %3741, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3744 = erf %3743 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3745 = add %1009, %3744 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3746 = mul %3742, %3745 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3747 = cast %3746 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3748 = matmul %3747, %3015 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3749 = cast %3748 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3750 = add %3749, %3017 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3751 = add %3724, %3750 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3752 = concat %3751, %3449 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3753 = reduce_sum %3752 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3754 = div %3753, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3755 = broadcast %3754 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3756 = sub %3752, %3755 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3757 = mul %3756, %3756 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3758 = reduce_sum %3757 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3759 = div %3758, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3760 = add %3759, %1982 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3761 = rsqrt %3760 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3762 = broadcast %3761 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3763 = mul %3756, %3762 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3764 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3765 = mul %3763, %3764 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3766 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3767 = add %3765, %3766 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3768 = cast %3767 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3769 = slice %3768 lo=[0,0,0] hi=[4,1,16] : bf16[4,1,16] @ models/dino_pass.yaml:103:28
%3770 = matmul %3769, %3039 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3771 = cast %3770 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3772 = add %3771, %3041 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3773 = mul %1198, %3772 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3774 = mul %3772, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3775 = erf %3774 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3776 = add %1203, %3775 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3777 = mul %3773, %3776 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3778 = cast %3777 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3779 = matmul %3778, %3050 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3780 = cast %3779 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3781 = add %3780, %3052 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3782 = mul %1198, %3781 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3783 = mul %3781, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3784 = erf %3783 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3785 = add %1203, %3784 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3786 = mul %3782, %3785 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3787 = cast %3786 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3788 = matmul %3787, %3061 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3789 = cast %3788 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3790 = add %3789, %3063 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3791 = mul %3790, %3790 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3792 = reduce_sum %3791 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3793 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3794 = max %3793, %1227 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3795 = broadcast %3794 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3796 = div %3790, %3795 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3797 = cast %3796 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3798 = matmul %3797, %3080 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3799 = slice %3768 lo=[0,1,0] hi=[4,10,16] : bf16[4,9,16] @ models/dino_pass.yaml:103:46
%3800 = matmul %3799, %3083 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3801 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3802 = cast %3800 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3803 = add %3802, %3801 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3804 = mul %2328, %3803 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3805 = cast %3800 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3806 = add %3805, %3801 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3807 = mul %3806, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3808 = erf %3807 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3809 = add %2337, %3808 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3810 = mul %3804, %3809 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3811 = cast %3810 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3812 = matmul %3811, %3096 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3813 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3814 = cast %3812 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3815 = add %3814, %3813 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3816 = mul %2328, %3815 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3817 = cast %3812 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3818 = add %3817, %3813 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3819 = mul %3818, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3820 = erf %3819 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3821 = add %2337, %3820 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3822 = mul %3816, %3821 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3823 = cast %3822 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3824 = matmul %3823, %3109 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3825 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3826 = cast %3824 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3827 = add %3826, %3825 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3828 = mul %3827, %3827 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3829 = reduce_sum %3828 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3830 = sqrt %3829 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3831 = max %3830, %2360 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3832 = broadcast %3831 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3833 = cast %3824 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3834 = add %3833, %3825 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3835 = div %3834, %3832 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3836 = cast %3835 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3837 = matmul %3836, %3130 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3838 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3839 = sub %1296, %3838 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3840 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3841 = div %3839, %3840 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3842 = reduce_max %3841 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3843 = stop_gradient %3842 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3844 = broadcast %3843 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3845 = div %3839, %3840 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3846 = sub %3845, %3844 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3847 = exp %3846 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3848 = reduce_sum %3847 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3849 = broadcast %3848 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3850 = exp %3846 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3851 = div %3850, %3849 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3852 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3853 = broadcast %3852 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3854 = slice %3081 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3855 = cast %3854 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3856 = div %3855, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3857 = reduce_max %3856 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3858 = stop_gradient %3857 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3859 = broadcast %3858 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3860 = slice %3081 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3861 = cast %3860 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3862 = div %3861, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3863 = sub %3862, %3859 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3864 = exp %3863 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3865 = reduce_sum %3864 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3866 = log %3865 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3867 = broadcast %3866 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3868 = sub %3863, %3867 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3869 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3870 = mul %3869, %3868 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3871 = reduce_sum %3870 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3872 = neg %3871 : f32[2,1] @ models/lib/dino.yaml:39:21
%3873 = reduce_sum %3872 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3874 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3875 = div %3873, %3874 : f32[] @ models/lib/dino.yaml:39:16
%3876 = slice %3798 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3877 = cast %3876 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3878 = div %3877, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3879 = reduce_max %3878 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3880 = stop_gradient %3879 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3881 = broadcast %3880 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3882 = slice %3798 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3883 = cast %3882 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3884 = div %3883, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3885 = sub %3884, %3881 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3886 = exp %3885 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3887 = reduce_sum %3886 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3888 = log %3887 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3889 = broadcast %3888 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3890 = sub %3885, %3889 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3891 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3892 = mul %3891, %3890 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3893 = reduce_sum %3892 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3894 = neg %3893 : f32[2,1] @ models/lib/dino.yaml:39:21
%3895 = reduce_sum %3894 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3896 = div %3895, %3874 : f32[] @ models/lib/dino.yaml:39:16
%3897 = add %3875, %3896 : f32[] @ models/dino_pass.yaml:148:11
%3898 = slice %3798 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3899 = cast %3898 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3900 = div %3899, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3901 = reduce_max %3900 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3902 = stop_gradient %3901 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3903 = broadcast %3902 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3904 = slice %3798 lo=[2,0,0] hi=[4,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3905 = cast %3904 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3906 = div %3905, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3907 = sub %3906, %3903 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3908 = exp %3907 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3909 = reduce_sum %3908 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3910 = log %3909 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3911 = broadcast %3910 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3912 = sub %3907, %3911 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3913 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3914 = mul %3913, %3912 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3915 = reduce_sum %3914 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3916 = neg %3915 : f32[2,1] @ models/lib/dino.yaml:39:21
%3917 = reduce_sum %3916 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3918 = div %3917, %3874 : f32[] @ models/lib/dino.yaml:39:16
%3919 = add %3897, %3918 : f32[] @ models/dino_pass.yaml:148:11
%3920 = sub %1297, %3838 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3921 = div %3920, %3840 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3922 = reduce_max %3921 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3923 = stop_gradient %3922 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3924 = broadcast %3923 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3925 = div %3920, %3840 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3926 = sub %3925, %3924 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3927 = exp %3926 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3928 = reduce_sum %3927 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3929 = broadcast %3928 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3930 = exp %3926 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3931 = div %3930, %3929 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3932 = slice %3081 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3933 = cast %3932 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3934 = div %3933, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3935 = reduce_max %3934 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3936 = stop_gradient %3935 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3937 = broadcast %3936 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3938 = slice %3081 lo=[0,0,0] hi=[2,1,32] : bf16[2,1,32] @ models/dino_pass.yaml:132:20
%3939 = cast %3938 : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3940 = div %3939, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3941 = sub %3940, %3937 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3942 = exp %3941 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3943 = reduce_sum %3942 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3944 = log %3943 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3945 = broadcast %3944 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3946 = sub %3941, %3945 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3947 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3948 = mul %3947, %3946 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3949 = reduce_sum %3948 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3950 = neg %3949 : f32[2,1] @ models/lib/dino.yaml:39:21
%3951 = reduce_sum %3950 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3952 = div %3951, %3874 : f32[] @ models/lib/dino.yaml:39:16
%3953 = add %3919, %3952 : f32[] @ models/dino_pass.yaml:148:11
%3954 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3955 = mul %3954, %3890 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3956 = reduce_sum %3955 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3957 = neg %3956 : f32[2,1] @ models/lib/dino.yaml:39:21
%3958 = reduce_sum %3957 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3959 = div %3958, %3874 : f32[] @ models/lib/dino.yaml:39:16
%3960 = add %3953, %3959 : f32[] @ models/dino_pass.yaml:148:11
%3961 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3962 = mul %3961, %3912 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3963 = reduce_sum %3962 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3964 = neg %3963 : f32[2,1] @ models/lib/dino.yaml:39:21
%3965 = reduce_sum %3964 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3966 = div %3965, %3874 : f32[] @ models/lib/dino.yaml:39:16
%3967 = add %3960, %3966 : f32[] @ models/dino_pass.yaml:148:11
%3968 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3969 = div %3967, %3968 : f32[] @ models/dino_pass.yaml:145:3
%3970 = output %3969 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3971 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3972 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3973 = sub %1299, %3971 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3974 = div %3973, %3972 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3975 = reduce_max %3974 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3976 = stop_gradient %3975 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3977 = broadcast %3976 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3978 = sub %1299, %3971 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3979 = div %3978, %3972 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3980 = sub %3979, %3977 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3981 = exp %3980 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3982 = reduce_sum %3981 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3983 = broadcast %3982 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3984 = exp %3980 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3985 = div %3984, %3983 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3986 = broadcast %3852 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3987 = slice %3131 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3988 = cast %3987 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3989 = div %3988, %3986 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3990 = reduce_max %3989 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3991 = stop_gradient %3990 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3992 = broadcast %3991 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3993 = slice %3131 lo=[0,0,0] hi=[2,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%3994 = cast %3993 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%3995 = div %3994, %3986 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3996 = sub %3995, %3992 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3997 = exp %3996 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3998 = reduce_sum %3997 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3999 = log %3998 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4000 = broadcast %3999 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4001 = sub %3996, %4000 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4002 = stop_gradient %3985 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4003 = mul %4002, %4001 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4004 = reduce_sum %4003 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%4005 = neg %4004 : f32[2,16] @ models/lib/dino.yaml:39:21
%4006 = reduce_sum %4005 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4007 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%4008 = div %4006, %4007 : f32[] @ models/lib/dino.yaml:39:16
%4009 = sub %1300, %3971 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%4010 = div %4009, %3972 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%4011 = reduce_max %4010 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%4012 = stop_gradient %4011 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%4013 = broadcast %4012 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%4014 = sub %1300, %3971 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%4015 = div %4014, %3972 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%4016 = sub %4015, %4013 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%4017 = exp %4016 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4018 = reduce_sum %4017 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%4019 = broadcast %4018 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4020 = exp %4016 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%4021 = div %4020, %4019 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%4022 = slice %3131 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4023 = cast %4022 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4024 = div %4023, %3986 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4025 = reduce_max %4024 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%4026 = stop_gradient %4025 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%4027 = broadcast %4026 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%4028 = slice %3131 lo=[2,0,0] hi=[4,16,16] : bf16[2,16,16] @ models/dino_pass.yaml:132:27
%4029 = cast %4028 : f32[2,16,16] @ models/dino_pass.yaml:132:27
%4030 = div %4029, %3986 : f32[2,16,16] @ models/lib/dino.yaml:39:44
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
%4042 = div %4041, %4007 : f32[] @ models/lib/dino.yaml:39:16
%4043 = add %4008, %4042 : f32[] @ models/dino_pass.yaml:152:11
%4044 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4045 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4046 = sub %2372, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4047 = div %4046, %4045 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4048 = reduce_max %4047 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4049 = stop_gradient %4048 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4050 = broadcast %4049 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4051 = sub %2372, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4052 = div %4051, %4045 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4053 = sub %4052, %4050 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4054 = exp %4053 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4055 = reduce_sum %4054 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4056 = broadcast %4055 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4057 = exp %4053 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4058 = div %4057, %4056 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4059 = broadcast %3852 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4060 = slice %3837 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4061 = cast %4060 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4062 = div %4061, %4059 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4063 = reduce_max %4062 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4064 = stop_gradient %4063 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4065 = broadcast %4064 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4066 = slice %3837 lo=[0,0,0] hi=[2,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4067 = cast %4066 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4068 = div %4067, %4059 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4069 = sub %4068, %4065 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4070 = exp %4069 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4071 = reduce_sum %4070 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4072 = log %4071 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4073 = broadcast %4072 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4074 = sub %4069, %4073 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4075 = stop_gradient %4058 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4076 = mul %4075, %4074 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4077 = reduce_sum %4076 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4078 = neg %4077 : f32[2,9] @ models/lib/dino.yaml:39:21
%4079 = reduce_sum %4078 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4080 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%4081 = div %4079, %4080 : f32[] @ models/lib/dino.yaml:39:16
%4082 = add %4043, %4081 : f32[] @ models/dino_pass.yaml:152:11
%4083 = sub %2373, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4084 = div %4083, %4045 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4085 = reduce_max %4084 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%4086 = stop_gradient %4085 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%4087 = broadcast %4086 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4088 = sub %2373, %4044 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%4089 = div %4088, %4045 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%4090 = sub %4089, %4087 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%4091 = exp %4090 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4092 = reduce_sum %4091 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%4093 = broadcast %4092 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4094 = exp %4090 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%4095 = div %4094, %4093 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%4096 = slice %3837 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4097 = cast %4096 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4098 = div %4097, %4059 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4099 = reduce_max %4098 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%4100 = stop_gradient %4099 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%4101 = broadcast %4100 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4102 = slice %3837 lo=[2,0,0] hi=[4,9,16] : bf16[2,9,16] @ models/dino_pass.yaml:132:27
%4103 = cast %4102 : f32[2,9,16] @ models/dino_pass.yaml:132:27
%4104 = div %4103, %4059 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4105 = sub %4104, %4101 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%4106 = exp %4105 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4107 = reduce_sum %4106 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%4108 = log %4107 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4109 = broadcast %4108 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4110 = sub %4105, %4109 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4111 = stop_gradient %4095 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4112 = mul %4111, %4110 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4113 = reduce_sum %4112 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%4114 = neg %4113 : f32[2,9] @ models/lib/dino.yaml:39:21
%4115 = reduce_sum %4114 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%4116 = div %4115, %4080 : f32[] @ models/lib/dino.yaml:39:16
%4117 = add %4082, %4116 : f32[] @ models/dino_pass.yaml:152:11
%4118 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%4119 = div %4117, %4118 : f32[] @ models/dino_pass.yaml:149:3
%4120 = output %4119 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%4121 = mul %4119, %3852 : f32[] @ models/dino_pass.yaml:149:3
%4122 = add %3969, %4121 : f32[] @ models/dino_pass.yaml:149:3
%4123 = output %4122 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%4124 = broadcast %2640 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4125 = mul %163, %4124 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%4126 = concat %1296, %1297, %2369, %2370 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%4127 = reduce_sum %4126 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%4128 = all_reduce_sum %4127 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%4129 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%4130 = broadcast %4129 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4131 = div %4128, %4130 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%4132 = broadcast %3852 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4133 = mul %4132, %4131 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%4134 = add %4125, %4133 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%4135 = assign %163, %4134 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%4136 = broadcast %2640 : f32[1,16] @ models/dino_pass.yaml:142:26
%4137 = mul %164, %4136 : f32[1,16] @ models/dino_pass.yaml:142:26
%4138 = reshape %1299 : f32[32,16] @ models/dino_pass.yaml:142:81
%4139 = reshape %1300 : f32[32,16] @ models/dino_pass.yaml:142:81
%4140 = reshape %2372 : f32[18,16] @ models/dino_pass.yaml:142:81
%4141 = reshape %2373 : f32[18,16] @ models/dino_pass.yaml:142:81
%4142 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,32] @ models/lib/nn.yaml:73:26
%4143 = matmul %4142, %4138 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4144 = matmul %4142, %4139 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4145 = add %4143, %4144 : f32[1,16] @ models/lib/nn.yaml:73:26
%4146 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,18] @ models/lib/nn.yaml:73:26
%4147 = matmul %4146, %4140 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4148 = add %4145, %4147 : f32[1,16] @ models/lib/nn.yaml:73:26
%4149 = matmul %4146, %4141 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%4150 = add %4148, %4149 : f32[1,16] @ models/lib/nn.yaml:73:26
%4151 = all_reduce_sum %4150 : f32[1,16] @ models/lib/nn.yaml:73:16
%4152 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%4153 = broadcast %4152 : f32[1,16] @ models/lib/nn.yaml:73:52
%4154 = div %4151, %4153 : f32[1,16] @ models/lib/nn.yaml:73:52
%4155 = broadcast %3852 : f32[1,16] @ models/dino_pass.yaml:142:68
%4156 = mul %4155, %4154 : f32[1,16] @ models/dino_pass.yaml:142:68
%4157 = add %4137, %4156 : f32[1,16] @ models/dino_pass.yaml:142:44
%4158 = assign %164, %4157 : f32[1,16] @ models/dino_pass.yaml:142:13
%4159 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%4160 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%4161 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%4162 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%4163 = broadcast %4162 : f32[2,9] @ models/lib/dino.yaml:39:21
%4164 = reshape %4163 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%4165 = broadcast %4164 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%4166 = stop_gradient %4095 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4167 = mul %4165, %4166 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4168 = neg %4167 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4169 = reduce_sum %4168 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4170 = div %4169, %4107 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4171 = broadcast %4170 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4172 = exp %4105 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4173 = mul %4171, %4172 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4174 = stop_gradient %4095 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4175 = mul %4165, %4174 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4176 = add %4175, %4173 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4177 = div %4176, %4059 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4178 = stop_gradient %4058 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4179 = mul %4165, %4178 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4180 = neg %4179 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%4181 = reduce_sum %4180 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%4182 = div %4181, %4071 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%4183 = broadcast %4182 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%4184 = exp %4069 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4185 = mul %4183, %4184 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4186 = stop_gradient %4058 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%4187 = mul %4165, %4186 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%4188 = add %4187, %4185 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%4189 = div %4188, %4059 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%4190 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%4191 = broadcast %4190 : f32[2,16] @ models/lib/dino.yaml:39:21
%4192 = reshape %4191 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%4193 = broadcast %4192 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%4194 = stop_gradient %4021 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4195 = mul %4193, %4194 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4196 = neg %4195 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4197 = reduce_sum %4196 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4198 = div %4197, %4033 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4199 = broadcast %4198 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4200 = exp %4031 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4201 = mul %4199, %4200 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4202 = stop_gradient %4021 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4203 = mul %4193, %4202 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4204 = add %4203, %4201 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4205 = div %4204, %3986 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4206 = stop_gradient %3985 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4207 = mul %4193, %4206 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4208 = neg %4207 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%4209 = reduce_sum %4208 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%4210 = div %4209, %3998 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%4211 = broadcast %4210 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%4212 = exp %3996 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4213 = mul %4211, %4212 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4214 = stop_gradient %3985 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%4215 = mul %4193, %4214 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%4216 = add %4215, %4213 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%4217 = div %4216, %3986 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%4218 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%4219 = broadcast %4218 : f32[2,1] @ models/lib/dino.yaml:39:21
%4220 = reshape %4219 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%4221 = broadcast %4220 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%4222 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4223 = mul %4221, %4222 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4224 = neg %4223 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4225 = reduce_sum %4224 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4226 = div %4225, %3909 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4227 = broadcast %4226 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4228 = exp %3907 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4229 = mul %4227, %4228 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4230 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4231 = mul %4221, %4230 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4232 = add %4231, %4229 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4233 = div %4232, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4234 = div %4225, %3887 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4235 = broadcast %4234 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4236 = exp %3885 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4237 = mul %4235, %4236 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4238 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4239 = mul %4221, %4238 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4240 = add %4239, %4237 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4241 = div %4240, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4242 = div %4225, %3943 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4243 = broadcast %4242 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4244 = exp %3941 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4245 = mul %4243, %4244 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4246 = stop_gradient %3931 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4247 = mul %4221, %4246 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4248 = add %4247, %4245 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4249 = div %4248, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4250 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4251 = mul %4221, %4250 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4252 = neg %4251 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%4253 = reduce_sum %4252 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%4254 = div %4253, %3909 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4255 = broadcast %4254 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4256 = exp %3907 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4257 = mul %4255, %4256 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4258 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4259 = mul %4221, %4258 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4260 = add %4259, %4257 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4261 = div %4260, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4262 = add %4233, %4261 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4263 = div %4253, %3887 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4264 = broadcast %4263 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4265 = exp %3885 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4266 = mul %4264, %4265 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4267 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4268 = mul %4221, %4267 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4269 = add %4268, %4266 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4270 = div %4269, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4271 = add %4241, %4270 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4272 = div %4253, %3865 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%4273 = broadcast %4272 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%4274 = exp %3863 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4275 = mul %4273, %4274 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4276 = stop_gradient %3851 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%4277 = mul %4221, %4276 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%4278 = add %4277, %4275 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%4279 = div %4278, %3853 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%4280 = concat %4189, %4177 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%4281 = concat %4271, %4262 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4282 = cast %4280 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%4283 = matmul %4282, %3130 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4284 = reshape %4282 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4285 = reshape %3836 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4286 = matmul %4284, %4285 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4287 = cast %4286 : f32[16,8] @ models/lib/dino.yaml:22:33
%4288 = div %4287, %3127 : f32[16,8] @ models/lib/dino.yaml:22:33
%4289 = mul %4288, %3128 : f32[16,8] @ models/lib/dino.yaml:22:33
%4290 = neg %4289 : f32[16,8] @ models/lib/dino.yaml:22:33
%4291 = reduce_sum %4290 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4292 = broadcast %314 : f32[16,1] @ models/lib/dino.yaml:22:35
%4293 = mul %4291, %4292 : f32[16,1] @ models/lib/dino.yaml:22:35
%4294 = div %4293, %3126 : f32[16,1] @ models/lib/dino.yaml:22:35
%4295 = broadcast %4294 : f32[16,8] @ models/lib/dino.yaml:22:40
%4296 = mul %4295, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4297 = add %4296, %4296 : f32[16,8] @ models/lib/dino.yaml:22:53
%4298 = mul %4288, %3122 : f32[16,8] @ models/lib/dino.yaml:22:22
%4299 = add %4297, %4298 : f32[16,8] @ models/lib/dino.yaml:22:22
%4300 = cast %4283 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4301 = div %4300, %3832 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4302 = mul %4301, %3835 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4303 = neg %4302 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4304 = reduce_sum %4303 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4305 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4306 = broadcast %4305 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4307 = broadcast %314 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4308 = mul %4304, %4307 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4309 = sqrt %3829 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4310 = eq %4309, %2360 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4311 = select %4310, %4308, %4306 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4312 = sqrt %3829 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4313 = gt %4312, %2360 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4314 = select %4313, %4304, %4311 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4315 = mul %4314, %4307 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4316 = sqrt %3829 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4317 = div %4315, %4316 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4318 = broadcast %4317 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4319 = cast %3824 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4320 = add %4319, %3825 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%4321 = mul %4318, %4320 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4322 = add %4301, %4321 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4323 = add %4322, %4321 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4324 = reduce_sum %4323 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4325 = reshape %4324 : f32[8] @ models/lib/nn.yaml:84:18
%4326 = cast %4323 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4327 = matmul %4326, %3109 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4328 = reshape %4326 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4329 = reshape %3823 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4330 = matmul %4328, %4329 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4331 = cast %4327 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4332 = cast %3812 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4333 = add %4332, %3813 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4334 = mul %4333, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4335 = erf %4334 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4336 = add %2337, %4335 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4337 = mul %4331, %4336 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4338 = cast %4327 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4339 = cast %3812 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4340 = add %4339, %3813 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4341 = mul %2328, %4340 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4342 = mul %4338, %4341 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4343 = cast %3812 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4344 = add %4343, %3813 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4345 = mul %4344, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4346 = mul %4345, %4345 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4347 = neg %4346 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4348 = exp %4347 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4349 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4350 = broadcast %4349 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4351 = mul %4348, %4350 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4352 = mul %4342, %4351 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4353 = mul %4352, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4354 = mul %4337, %2328 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4355 = add %4353, %4354 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4356 = reduce_sum %4355 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4357 = reshape %4356 : f32[24] @ models/lib/nn.yaml:84:18
%4358 = cast %4355 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4359 = matmul %4358, %3096 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4360 = reshape %4358 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4361 = reshape %3811 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4362 = matmul %4360, %4361 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4363 = cast %4359 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4364 = cast %3800 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4365 = add %4364, %3801 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4366 = mul %4365, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4367 = erf %4366 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4368 = add %2337, %4367 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4369 = mul %4363, %4368 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4370 = cast %4359 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4371 = cast %3800 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4372 = add %4371, %3801 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4373 = mul %2328, %4372 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4374 = mul %4370, %4373 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4375 = cast %3800 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4376 = add %4375, %3801 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%4377 = mul %4376, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4378 = mul %4377, %4377 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4379 = neg %4378 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4380 = exp %4379 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4381 = mul %4380, %4350 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4382 = mul %4374, %4381 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4383 = mul %4382, %2332 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4384 = mul %4369, %2328 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4385 = add %4383, %4384 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4386 = reduce_sum %4385 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4387 = reshape %4386 : f32[24] @ models/lib/nn.yaml:84:18
%4388 = cast %4385 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4389 = matmul %4388, %3083 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4390 = reshape %4388 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4391 = reshape %3799 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4392 = matmul %4390, %4391 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4393 = cast %4281 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4394 = matmul %4393, %3080 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4395 = reshape %4393 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4396 = reshape %3797 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4397 = matmul %4395, %4396 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4398 = cast %4397 : f32[32,8] @ models/lib/dino.yaml:22:33
%4399 = div %4398, %3077 : f32[32,8] @ models/lib/dino.yaml:22:33
%4400 = mul %4399, %3078 : f32[32,8] @ models/lib/dino.yaml:22:33
%4401 = neg %4400 : f32[32,8] @ models/lib/dino.yaml:22:33
%4402 = reduce_sum %4401 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4403 = broadcast %314 : f32[32,1] @ models/lib/dino.yaml:22:35
%4404 = mul %4402, %4403 : f32[32,1] @ models/lib/dino.yaml:22:35
%4405 = div %4404, %3076 : f32[32,1] @ models/lib/dino.yaml:22:35
%4406 = broadcast %4405 : f32[32,8] @ models/lib/dino.yaml:22:40
%4407 = mul %4406, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4408 = add %4407, %4407 : f32[32,8] @ models/lib/dino.yaml:22:53
%4409 = mul %4399, %3072 : f32[32,8] @ models/lib/dino.yaml:22:22
%4410 = add %4408, %4409 : f32[32,8] @ models/lib/dino.yaml:22:22
%4411 = cast %4394 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4412 = div %4411, %3795 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4413 = mul %4412, %3796 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4414 = neg %4413 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4415 = reduce_sum %4414 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4416 = broadcast %4305 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4417 = broadcast %314 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4418 = mul %4415, %4417 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4419 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4420 = eq %4419, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4421 = select %4420, %4418, %4416 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4422 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4423 = gt %4422, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4424 = select %4423, %4415, %4421 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4425 = mul %4424, %4417 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4426 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4427 = div %4425, %4426 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4428 = broadcast %4427 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4429 = mul %4428, %3790 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4430 = add %4412, %4429 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4431 = add %4430, %4429 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4432 = reduce_sum %4431 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4433 = reshape %4432 : f32[8] @ models/lib/nn.yaml:84:18
%4434 = cast %4431 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4435 = matmul %4434, %3061 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4436 = reshape %4434 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4437 = reshape %3787 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4438 = matmul %4436, %4437 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4439 = cast %4435 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4440 = mul %3781, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4441 = erf %4440 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4442 = add %1203, %4441 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4443 = mul %4439, %4442 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4444 = cast %4435 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4445 = mul %1198, %3781 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4446 = mul %4444, %4445 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4447 = mul %3781, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4448 = mul %4447, %4447 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4449 = neg %4448 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4450 = exp %4449 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4451 = broadcast %4349 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4452 = mul %4450, %4451 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4453 = mul %4446, %4452 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4454 = mul %4453, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4455 = mul %4443, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4456 = add %4454, %4455 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4457 = reduce_sum %4456 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4458 = reshape %4457 : f32[24] @ models/lib/nn.yaml:84:18
%4459 = cast %4456 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4460 = matmul %4459, %3050 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4461 = reshape %4459 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4462 = reshape %3778 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4463 = matmul %4461, %4462 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4464 = cast %4460 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4465 = mul %3772, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4466 = erf %4465 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4467 = add %1203, %4466 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4468 = mul %4464, %4467 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4469 = cast %4460 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4470 = mul %1198, %3772 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4471 = mul %4469, %4470 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4472 = mul %3772, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4473 = mul %4472, %4472 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4474 = neg %4473 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4475 = exp %4474 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4476 = mul %4475, %4451 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4477 = mul %4471, %4476 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4478 = mul %4477, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4479 = mul %4468, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4480 = add %4478, %4479 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4481 = reduce_sum %4480 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4482 = reshape %4481 : f32[24] @ models/lib/nn.yaml:84:18
%4483 = cast %4480 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4484 = matmul %4483, %3039 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4485 = reshape %4483 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4486 = reshape %3769 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4487 = matmul %4485, %4486 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4488 = concat %4484, %4389 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4489 = cast %4488 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4490 = reduce_sum %4489 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4491 = reshape %4490 : f32[16] @ models/lib/nn.yaml:96:46
%4492 = cast %4488 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4493 = mul %4492, %3763 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4494 = reduce_sum %4493 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4495 = reshape %4494 : f32[16] @ models/lib/nn.yaml:96:37
%4496 = cast %4488 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4497 = mul %4496, %3764 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4498 = mul %4497, %3762 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4499 = cast %4488 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4500 = mul %4499, %3764 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4501 = mul %4500, %3756 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4502 = reduce_sum %4501 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4503 = mul %3761, %3761 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4504 = mul %3761, %4503 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4505 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4506 = broadcast %4505 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4507 = mul %4504, %4506 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4508 = mul %4502, %4507 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4509 = div %4508, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4510 = broadcast %4509 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4511 = mul %4510, %3756 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4512 = add %4498, %4511 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4513 = add %4512, %4511 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4514 = neg %4513 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4515 = reduce_sum %4514 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4516 = div %4515, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4517 = broadcast %4516 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4518 = add %4513, %4517 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4519 = slice %4518 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4520 = slice %4518 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4521 = reduce_sum %4519 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4522 = reshape %4521 : f32[16] @ models/lib/nn.yaml:84:18
%4523 = cast %4519 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4524 = matmul %4523, %3015 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4525 = reshape %4523 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4526 = reshape %3747 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4527 = matmul %4525, %4526 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4528 = cast %4524 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4529 = mul %3741, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4530 = erf %4529 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4531 = add %1009, %4530 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4532 = mul %4528, %4531 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4533 = cast %4524 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4534 = mul %1004, %3741 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4535 = mul %4533, %4534 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4536 = mul %3741, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4537 = mul %4536, %4536 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4538 = neg %4537 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4539 = exp %4538 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4540 = broadcast %4349 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4541 = mul %4539, %4540 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4542 = mul %4535, %4541 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4543 = mul %4542, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4544 = mul %4532, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4545 = add %4543, %4544 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4546 = reduce_sum %4545 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4547 = reshape %4546 : f32[64] @ models/lib/nn.yaml:84:18
%4548 = cast %4545 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4549 = matmul %4548, %3004 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4550 = reshape %4548 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4551 = reshape %3738 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4552 = matmul %4550, %4551 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4553 = cast %4549 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4554 = reduce_sum %4553 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4555 = reshape %4554 : f32[16] @ models/lib/nn.yaml:96:46
%4556 = cast %4549 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4557 = mul %4556, %2999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4558 = cast %4549 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4559 = mul %4558, %3735 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4560 = reduce_sum %4559 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4561 = reshape %4560 : f32[16] @ models/lib/nn.yaml:96:37
%4562 = mul %4557, %3734 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4563 = mul %4557, %3728 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4564 = reduce_sum %4563 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4565 = mul %3733, %3733 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4566 = mul %3733, %4565 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4567 = broadcast %4505 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4568 = mul %4566, %4567 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4569 = mul %4564, %4568 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4570 = div %4569, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4571 = broadcast %4570 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4572 = mul %4571, %3728 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4573 = add %4562, %4572 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4574 = add %4573, %4572 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4575 = add %4519, %4574 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4576 = neg %4574 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4577 = reduce_sum %4576 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4578 = div %4577, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4579 = broadcast %4578 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4580 = add %4575, %4579 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4581 = reduce_sum %4580 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4582 = reshape %4581 : f32[16] @ models/lib/nn.yaml:84:18
%4583 = cast %4580 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4584 = matmul %4583, %2982 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4585 = reshape %4583 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4586 = reshape %3719 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4587 = matmul %4585, %4586 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4588 = reshape %4584 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4589 = permute %4588 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4590 = cast %4589 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4591 = slice %4590 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4592 = broadcast %4591 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4593 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4594 = slice %4593 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4595 = cast %4594 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4596 = mul %4592, %4595 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4597 = slice %4590 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4598 = broadcast %4597 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4599 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4600 = slice %4599 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4601 = cast %4600 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4602 = mul %4598, %4601 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4603 = add %4596, %4602 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4604 = slice %4590 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4605 = broadcast %4604 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4606 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4607 = slice %4606 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4608 = cast %4607 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4609 = mul %4605, %4608 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4610 = add %4603, %4609 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4611 = slice %4590 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4612 = broadcast %4611 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4613 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4614 = slice %4613 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4615 = cast %4614 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4616 = mul %4612, %4615 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4617 = add %4610, %4616 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4618 = slice %4590 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4619 = broadcast %4618 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4620 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4621 = slice %4620 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4622 = cast %4621 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4623 = mul %4619, %4622 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4624 = add %4617, %4623 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4625 = slice %4590 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4626 = broadcast %4625 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4627 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4628 = slice %4627 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4629 = cast %4628 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4630 = mul %4626, %4629 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4631 = add %4624, %4630 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4632 = slice %4590 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4633 = broadcast %4632 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4634 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4635 = slice %4634 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4636 = cast %4635 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4637 = mul %4633, %4636 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4638 = add %4631, %4637 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4639 = slice %4590 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4640 = broadcast %4639 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4641 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4642 = slice %4641 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4643 = cast %4642 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4644 = mul %4640, %4643 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4645 = add %4638, %4644 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4646 = cast %4645 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4647 = cast %3706 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4648 = permute %4647 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4649 = cast %4589 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4650 = broadcast %4648 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4651 = broadcast %4649 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4652 = mul %4650, %4651 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4653 = cast %4652 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4654 = cast %4646 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4655 = div %4654, %3703 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4656 = mul %4655, %3705 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4657 = neg %4656 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4658 = reduce_sum %4657 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4659 = broadcast %4658 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4660 = add %4655, %4659 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4661 = exp %3700 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4662 = mul %4660, %4661 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4663 = mul %4662, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4664 = cast %4663 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4665 = cast %4664 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4666 = cast %3635 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4667 = reshape %4665 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4668 = broadcast %4667 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4669 = reshape %4666 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4670 = broadcast %4669 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4671 = mul %4668, %4670 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4672 = reduce_sum %4671 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4673 = cast %4672 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4674 = cast %4664 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4675 = permute %4674 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4676 = cast %3632 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4677 = broadcast %4675 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4678 = broadcast %4676 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4679 = mul %4677, %4678 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4680 = cast %4679 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4681 = permute %4653 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4682 = reshape %4681 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4683 = cast %4682 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4684 = reduce_sum %4683 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4685 = reshape %4684 : f32[16] @ models/lib/nn.yaml:84:18
%4686 = permute %4653 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4687 = reshape %4686 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4688 = matmul %4687, %2886 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4689 = reshape %4686 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4690 = reshape %3617 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4691 = matmul %4689, %4690 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4692 = permute %4680 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4693 = reshape %4692 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4694 = cast %4693 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4695 = reduce_sum %4694 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4696 = reshape %4695 : f32[16] @ models/lib/nn.yaml:84:18
%4697 = permute %4680 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4698 = reshape %4697 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4699 = matmul %4698, %2881 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4700 = cast %4688 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4701 = cast %4699 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4702 = add %4700, %4701 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4703 = reshape %4697 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4704 = matmul %4703, %4690 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4705 = permute %4673 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4706 = reshape %4705 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4707 = cast %4706 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4708 = reduce_sum %4707 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4709 = reshape %4708 : f32[16] @ models/lib/nn.yaml:84:18
%4710 = permute %4673 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4711 = reshape %4710 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4712 = matmul %4711, %2876 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4713 = reshape %4710 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4714 = reshape %3618 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4715 = matmul %4713, %4714 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4716 = cast %4712 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4717 = pad %4716 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4718 = add %4702, %4717 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4719 = reduce_sum %4718 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4720 = reshape %4719 : f32[16] @ models/lib/nn.yaml:96:46
%4721 = mul %4718, %3612 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4722 = reduce_sum %4721 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4723 = reshape %4722 : f32[16] @ models/lib/nn.yaml:96:37
%4724 = mul %4718, %3613 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4725 = mul %4724, %3611 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4726 = mul %4718, %3613 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4727 = mul %4726, %3605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4728 = reduce_sum %4727 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4729 = mul %3610, %3610 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4730 = mul %3610, %4729 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4731 = mul %4730, %4506 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4732 = mul %4728, %4731 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4733 = div %4732, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4734 = broadcast %4733 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4735 = mul %4734, %3605 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4736 = add %4725, %4735 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4737 = add %4736, %4735 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4738 = neg %4737 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4739 = reduce_sum %4738 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4740 = div %4739, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4741 = broadcast %4740 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4742 = add %4737, %4741 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4743 = slice %4742 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4744 = add %4580, %4743 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4745 = slice %4742 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4746 = add %4520, %4745 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4747 = reduce_sum %4744 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4748 = reshape %4747 : f32[16] @ models/lib/nn.yaml:84:18
%4749 = cast %4744 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4750 = matmul %4749, %2852 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4751 = reshape %4749 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4752 = reshape %3596 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4753 = matmul %4751, %4752 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4754 = cast %4750 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4755 = mul %3590, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4756 = erf %4755 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4757 = add %1009, %4756 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4758 = mul %4754, %4757 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4759 = cast %4750 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4760 = mul %1004, %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4761 = mul %4759, %4760 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4762 = mul %3590, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4763 = mul %4762, %4762 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4764 = neg %4763 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4765 = exp %4764 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4766 = mul %4765, %4540 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4767 = mul %4761, %4766 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4768 = mul %4767, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4769 = mul %4758, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4770 = add %4768, %4769 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4771 = reduce_sum %4770 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4772 = reshape %4771 : f32[64] @ models/lib/nn.yaml:84:18
%4773 = cast %4770 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4774 = matmul %4773, %2841 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4775 = reshape %4773 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4776 = reshape %3587 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4777 = matmul %4775, %4776 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4778 = cast %4774 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4779 = reduce_sum %4778 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4780 = reshape %4779 : f32[16] @ models/lib/nn.yaml:96:46
%4781 = cast %4774 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4782 = mul %4781, %2836 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4783 = cast %4774 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4784 = mul %4783, %3584 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4785 = reduce_sum %4784 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4786 = reshape %4785 : f32[16] @ models/lib/nn.yaml:96:37
%4787 = mul %4782, %3583 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4788 = mul %4782, %3577 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4789 = reduce_sum %4788 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4790 = mul %3582, %3582 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4791 = mul %3582, %4790 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4792 = mul %4791, %4567 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4793 = mul %4789, %4792 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4794 = div %4793, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4795 = broadcast %4794 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4796 = mul %4795, %3577 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4797 = add %4787, %4796 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4798 = add %4797, %4796 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4799 = add %4744, %4798 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4800 = neg %4798 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4801 = reduce_sum %4800 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4802 = div %4801, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4803 = broadcast %4802 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4804 = add %4799, %4803 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4805 = reduce_sum %4804 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4806 = reshape %4805 : f32[16] @ models/lib/nn.yaml:84:18
%4807 = cast %4804 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4808 = matmul %4807, %2819 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4809 = reshape %4807 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4810 = reshape %3568 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4811 = matmul %4809, %4810 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4812 = reshape %4808 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4813 = permute %4812 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4814 = cast %4813 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4815 = slice %4814 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4816 = broadcast %4815 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4817 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4818 = slice %4817 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4819 = cast %4818 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4820 = mul %4816, %4819 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4821 = slice %4814 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4822 = broadcast %4821 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4823 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4824 = slice %4823 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4825 = cast %4824 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4826 = mul %4822, %4825 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4827 = add %4820, %4826 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4828 = slice %4814 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4829 = broadcast %4828 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4830 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4831 = slice %4830 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4832 = cast %4831 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4833 = mul %4829, %4832 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4834 = add %4827, %4833 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4835 = slice %4814 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4836 = broadcast %4835 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4837 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4838 = slice %4837 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4839 = cast %4838 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4840 = mul %4836, %4839 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4841 = add %4834, %4840 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4842 = slice %4814 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4843 = broadcast %4842 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4844 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4845 = slice %4844 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4846 = cast %4845 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4847 = mul %4843, %4846 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4848 = add %4841, %4847 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4849 = slice %4814 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4850 = broadcast %4849 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4851 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4852 = slice %4851 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4853 = cast %4852 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4854 = mul %4850, %4853 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4855 = add %4848, %4854 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4856 = slice %4814 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4857 = broadcast %4856 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4858 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4859 = slice %4858 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4860 = cast %4859 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4861 = mul %4857, %4860 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4862 = add %4855, %4861 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4863 = slice %4814 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4864 = broadcast %4863 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4865 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4866 = slice %4865 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4867 = cast %4866 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4868 = mul %4864, %4867 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4869 = add %4862, %4868 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4870 = cast %4869 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4871 = cast %3555 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4872 = permute %4871 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4873 = cast %4813 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4874 = broadcast %4872 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4875 = broadcast %4873 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4876 = mul %4874, %4875 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4877 = cast %4876 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4878 = cast %4870 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4879 = div %4878, %3552 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4880 = mul %4879, %3554 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4881 = neg %4880 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4882 = reduce_sum %4881 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4883 = broadcast %4882 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4884 = add %4879, %4883 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4885 = exp %3549 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4886 = mul %4884, %4885 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4887 = mul %4886, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4888 = cast %4887 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4889 = cast %4888 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4890 = cast %3484 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4891 = reshape %4889 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4892 = broadcast %4891 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4893 = reshape %4890 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4894 = broadcast %4893 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4895 = mul %4892, %4894 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4896 = reduce_sum %4895 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4897 = cast %4896 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4898 = cast %4888 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4899 = permute %4898 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4900 = cast %3481 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4901 = broadcast %4899 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4902 = broadcast %4900 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4903 = mul %4901, %4902 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4904 = cast %4903 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4905 = permute %4877 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4906 = reshape %4905 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4907 = cast %4906 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4908 = reduce_sum %4907 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4909 = reshape %4908 : f32[16] @ models/lib/nn.yaml:84:18
%4910 = permute %4877 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4911 = reshape %4910 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4912 = matmul %4911, %2723 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4913 = reshape %4910 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4914 = reshape %3466 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4915 = matmul %4913, %4914 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4916 = permute %4904 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4917 = reshape %4916 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4918 = cast %4917 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4919 = reduce_sum %4918 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4920 = reshape %4919 : f32[16] @ models/lib/nn.yaml:84:18
%4921 = permute %4904 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4922 = reshape %4921 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4923 = matmul %4922, %2718 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4924 = cast %4912 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4925 = cast %4923 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4926 = add %4924, %4925 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4927 = reshape %4921 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4928 = matmul %4927, %4914 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4929 = permute %4897 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4930 = reshape %4929 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4931 = cast %4930 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4932 = reduce_sum %4931 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4933 = reshape %4932 : f32[16] @ models/lib/nn.yaml:84:18
%4934 = permute %4897 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4935 = reshape %4934 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4936 = matmul %4935, %2713 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4937 = reshape %4934 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4938 = reshape %3467 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4939 = matmul %4937, %4938 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4940 = cast %4936 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4941 = pad %4940 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4942 = add %4926, %4941 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4943 = reduce_sum %4942 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4944 = reshape %4943 : f32[16] @ models/lib/nn.yaml:96:46
%4945 = mul %4942, %3461 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4946 = reduce_sum %4945 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4947 = reshape %4946 : f32[16] @ models/lib/nn.yaml:96:37
%4948 = mul %4942, %3462 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4949 = mul %4948, %3460 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4950 = mul %4942, %3462 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4951 = mul %4950, %3454 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4952 = reduce_sum %4951 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4953 = mul %3459, %3459 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4954 = mul %3459, %4953 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4955 = mul %4954, %4506 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4956 = mul %4952, %4955 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4957 = div %4956, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4958 = broadcast %4957 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4959 = mul %4958, %3454 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4960 = add %4949, %4959 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4961 = add %4960, %4959 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4962 = neg %4961 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4963 = reduce_sum %4962 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4964 = div %4963, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4965 = broadcast %4964 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4966 = add %4961, %4965 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4967 = slice %4966 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4968 = add %4804, %4967 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4969 = slice %4966 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4970 = add %4746, %4969 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4971 = reduce_sum %4968 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4972 = mul %4970, %3447 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4973 = div %4972, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4974 = reduce_sum %4973 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4975 = reshape %4974 : f32[16] @ models/lib/nn.yaml:84:18
%4976 = div %4972, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4977 = cast %4976 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4978 = matmul %4977, %2681 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4979 = reshape %4977 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4980 = reshape %3437 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4981 = matmul %4979, %4980 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4982 = cast %4978 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4983 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4984 = add %4983, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4985 = mul %4984, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4986 = erf %4985 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4987 = add %1464, %4986 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4988 = mul %4982, %4987 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4989 = cast %4978 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4990 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4991 = add %4990, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4992 = mul %1455, %4991 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4993 = mul %4989, %4992 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4994 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4995 = add %4994, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4996 = mul %4995, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4997 = mul %4996, %4996 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4998 = neg %4997 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4999 = exp %4998 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5000 = broadcast %4349 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5001 = mul %4999, %5000 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5002 = mul %4993, %5001 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5003 = mul %5002, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5004 = mul %4988, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5005 = add %5003, %5004 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5006 = reduce_sum %5005 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5007 = reshape %5006 : f32[64] @ models/lib/nn.yaml:84:18
%5008 = cast %5005 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5009 = matmul %5008, %2668 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5010 = reshape %5008 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5011 = reshape %3425 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5012 = matmul %5010, %5011 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5013 = cast %5009 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5014 = reduce_sum %5013 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5015 = reshape %5014 : f32[16] @ models/lib/nn.yaml:96:46
%5016 = cast %5009 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5017 = mul %5016, %3420 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5018 = reduce_sum %5017 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5019 = reshape %5018 : f32[16] @ models/lib/nn.yaml:96:37
%5020 = cast %5009 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5021 = mul %5020, %3421 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5022 = mul %5021, %3419 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5023 = cast %5009 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5024 = mul %5023, %3421 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5025 = mul %5024, %3413 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5026 = reduce_sum %5025 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5027 = mul %3418, %3418 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5028 = mul %3418, %5027 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5029 = broadcast %4505 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5030 = mul %5028, %5029 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5031 = mul %5026, %5030 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5032 = div %5031, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5033 = broadcast %5032 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5034 = mul %5033, %3413 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5035 = add %5022, %5034 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5036 = add %5035, %5034 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5037 = add %4970, %5036 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5038 = neg %5036 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5039 = reduce_sum %5038 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5040 = div %5039, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5041 = broadcast %5040 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5042 = add %5037, %5041 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5043 = mul %5042, %3407 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%5044 = div %5043, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5045 = reduce_sum %5044 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5046 = reshape %5045 : f32[16] @ models/lib/nn.yaml:84:18
%5047 = div %5043, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5048 = cast %5047 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5049 = matmul %5048, %2635 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5050 = reshape %5048 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5051 = reshape %3395 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5052 = matmul %5050, %5051 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5053 = reshape %5049 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5054 = permute %5053 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5055 = cast %5054 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5056 = cast %3385 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5057 = permute %5056 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5058 = slice %5055 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5059 = broadcast %5058 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5060 = slice %5057 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5061 = broadcast %5060 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5062 = mul %5059, %5061 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5063 = slice %5055 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5064 = broadcast %5063 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5065 = slice %5057 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5066 = broadcast %5065 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5067 = mul %5064, %5066 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5068 = add %5062, %5067 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5069 = slice %5055 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5070 = broadcast %5069 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5071 = slice %5057 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5072 = broadcast %5071 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5073 = mul %5070, %5072 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5074 = add %5068, %5073 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5075 = slice %5055 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5076 = broadcast %5075 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5077 = slice %5057 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5078 = broadcast %5077 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5079 = mul %5076, %5078 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5080 = add %5074, %5079 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5081 = slice %5055 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5082 = broadcast %5081 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5083 = slice %5057 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5084 = broadcast %5083 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5085 = mul %5082, %5084 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5086 = add %5080, %5085 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5087 = slice %5055 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5088 = broadcast %5087 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5089 = slice %5057 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5090 = broadcast %5089 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5091 = mul %5088, %5090 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5092 = add %5086, %5091 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5093 = slice %5055 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5094 = broadcast %5093 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5095 = slice %5057 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5096 = broadcast %5095 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5097 = mul %5094, %5096 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5098 = add %5092, %5097 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5099 = slice %5055 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5100 = broadcast %5099 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5101 = slice %5057 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5102 = broadcast %5101 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5103 = mul %5100, %5102 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5104 = add %5098, %5103 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5105 = cast %5104 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5106 = cast %3383 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5107 = permute %5106 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5108 = cast %5054 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5109 = reshape %5107 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5110 = broadcast %5109 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5111 = reshape %5108 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5112 = broadcast %5111 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5113 = mul %5110, %5112 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5114 = reduce_sum %5113 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5115 = cast %5114 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5116 = cast %5105 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5117 = div %5116, %3380 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5118 = mul %5117, %3382 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5119 = neg %5118 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5120 = reduce_sum %5119 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5121 = broadcast %5120 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5122 = add %5117, %5121 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5123 = exp %3377 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5124 = mul %5122, %5123 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5125 = mul %5124, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5126 = cast %5125 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5127 = cast %5126 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5128 = cast %3318 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5129 = reshape %5127 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5130 = broadcast %5129 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5131 = reshape %5128 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5132 = broadcast %5131 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5133 = mul %5130, %5132 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5134 = reduce_sum %5133 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5135 = cast %5134 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5136 = cast %5126 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5137 = permute %5136 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5138 = cast %3316 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5139 = reshape %5137 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5140 = broadcast %5139 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5141 = reshape %5138 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5142 = broadcast %5141 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5143 = mul %5140, %5142 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5144 = reduce_sum %5143 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5145 = cast %5144 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5146 = reshape %5145 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5147 = reshape %5115 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5148 = reshape %5135 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5149 = concat %5148, %5146, %5147 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5150 = permute %5149 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5151 = reshape %5150 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5152 = cast %5151 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5153 = reduce_sum %5152 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5154 = reshape %5153 : f32[48] @ models/lib/nn.yaml:84:18
%5155 = permute %5149 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5156 = reshape %5155 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5157 = matmul %5156, %2545 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5158 = reshape %5155 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5159 = reshape %3307 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5160 = matmul %5158, %5159 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5161 = cast %5157 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5162 = reduce_sum %5161 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5163 = reshape %5162 : f32[16] @ models/lib/nn.yaml:96:46
%5164 = cast %5157 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5165 = mul %5164, %3302 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5166 = reduce_sum %5165 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5167 = reshape %5166 : f32[16] @ models/lib/nn.yaml:96:37
%5168 = cast %5157 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5169 = mul %5168, %3303 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5170 = mul %5169, %3301 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5171 = cast %5157 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5172 = mul %5171, %3303 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5173 = mul %5172, %3295 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5174 = reduce_sum %5173 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5175 = mul %3300, %3300 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5176 = mul %3300, %5175 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5177 = mul %5176, %5029 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5178 = mul %5174, %5177 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5179 = div %5178, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5180 = broadcast %5179 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5181 = mul %5180, %3295 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5182 = add %5170, %5181 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5183 = add %5182, %5181 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5184 = add %5042, %5183 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5185 = neg %5183 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5186 = reduce_sum %5185 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5187 = div %5186, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5188 = broadcast %5187 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5189 = add %5184, %5188 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5190 = reduce_sum %5189 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5191 = reshape %5190 : f32[16] @ models/lib/nn.yaml:84:18
%5192 = cast %5189 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5193 = matmul %5192, %2523 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5194 = reshape %5192 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5195 = reshape %3286 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5196 = matmul %5194, %5195 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5197 = cast %5193 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5198 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5199 = add %5198, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5200 = mul %5199, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5201 = erf %5200 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5202 = add %1464, %5201 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5203 = mul %5197, %5202 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5204 = cast %5193 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5205 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5206 = add %5205, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5207 = mul %1455, %5206 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5208 = mul %5204, %5207 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5209 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5210 = add %5209, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5211 = mul %5210, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5212 = mul %5211, %5211 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5213 = neg %5212 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5214 = exp %5213 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5215 = mul %5214, %5000 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5216 = mul %5208, %5215 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5217 = mul %5216, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5218 = mul %5203, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5219 = add %5217, %5218 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5220 = reduce_sum %5219 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5221 = reshape %5220 : f32[64] @ models/lib/nn.yaml:84:18
%5222 = cast %5219 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5223 = matmul %5222, %2510 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5224 = reshape %5222 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5225 = reshape %3274 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5226 = matmul %5224, %5225 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5227 = cast %5223 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5228 = reduce_sum %5227 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5229 = reshape %5228 : f32[16] @ models/lib/nn.yaml:96:46
%5230 = cast %5223 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5231 = mul %5230, %3269 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5232 = reduce_sum %5231 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5233 = reshape %5232 : f32[16] @ models/lib/nn.yaml:96:37
%5234 = cast %5223 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5235 = mul %5234, %3270 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5236 = mul %5235, %3268 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5237 = cast %5223 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5238 = mul %5237, %3270 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5239 = mul %5238, %3262 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5240 = reduce_sum %5239 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5241 = mul %3267, %3267 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5242 = mul %3267, %5241 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5243 = mul %5242, %5029 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5244 = mul %5240, %5243 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5245 = div %5244, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5246 = broadcast %5245 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5247 = mul %5246, %3262 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5248 = add %5236, %5247 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5249 = add %5248, %5247 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5250 = add %5189, %5249 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5251 = neg %5249 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5252 = reduce_sum %5251 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5253 = div %5252, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5254 = broadcast %5253 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5255 = add %5250, %5254 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5256 = reduce_sum %5255 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5257 = reshape %5256 : f32[16] @ models/lib/nn.yaml:84:18
%5258 = cast %5255 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5259 = matmul %5258, %2488 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5260 = reshape %5258 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5261 = reshape %3252 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5262 = matmul %5260, %5261 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5263 = reshape %5259 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5264 = permute %5263 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5265 = cast %5264 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5266 = cast %3242 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5267 = permute %5266 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5268 = slice %5265 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5269 = broadcast %5268 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5270 = slice %5267 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5271 = broadcast %5270 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5272 = mul %5269, %5271 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5273 = slice %5265 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5274 = broadcast %5273 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5275 = slice %5267 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5276 = broadcast %5275 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5277 = mul %5274, %5276 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5278 = add %5272, %5277 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5279 = slice %5265 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5280 = broadcast %5279 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5281 = slice %5267 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5282 = broadcast %5281 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5283 = mul %5280, %5282 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5284 = add %5278, %5283 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5285 = slice %5265 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5286 = broadcast %5285 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5287 = slice %5267 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5288 = broadcast %5287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5289 = mul %5286, %5288 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5290 = add %5284, %5289 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5291 = slice %5265 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5292 = broadcast %5291 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5293 = slice %5267 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5294 = broadcast %5293 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5295 = mul %5292, %5294 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5296 = add %5290, %5295 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5297 = slice %5265 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5298 = broadcast %5297 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5299 = slice %5267 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5300 = broadcast %5299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5301 = mul %5298, %5300 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5302 = add %5296, %5301 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5303 = slice %5265 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5304 = broadcast %5303 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5305 = slice %5267 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5306 = broadcast %5305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5307 = mul %5304, %5306 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5308 = add %5302, %5307 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5309 = slice %5265 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5310 = broadcast %5309 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5311 = slice %5267 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5312 = broadcast %5311 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5313 = mul %5310, %5312 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5314 = add %5308, %5313 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5315 = cast %5314 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5316 = cast %3240 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5317 = permute %5316 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5318 = cast %5264 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5319 = reshape %5317 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5320 = broadcast %5319 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5321 = reshape %5318 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5322 = broadcast %5321 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5323 = mul %5320, %5322 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5324 = reduce_sum %5323 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5325 = cast %5324 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5326 = cast %5315 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5327 = div %5326, %3237 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5328 = mul %5327, %3239 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5329 = neg %5328 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5330 = reduce_sum %5329 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5331 = broadcast %5330 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5332 = add %5327, %5331 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5333 = exp %3234 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5334 = mul %5332, %5333 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5335 = mul %5334, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5336 = cast %5335 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5337 = cast %5336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5338 = cast %3175 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5339 = reshape %5337 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5340 = broadcast %5339 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5341 = reshape %5338 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5342 = broadcast %5341 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5343 = mul %5340, %5342 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5344 = reduce_sum %5343 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5345 = cast %5344 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5346 = cast %5336 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5347 = permute %5346 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5348 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5349 = reshape %5347 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5350 = broadcast %5349 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5351 = reshape %5348 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5352 = broadcast %5351 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5353 = mul %5350, %5352 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5354 = reduce_sum %5353 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5355 = cast %5354 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5356 = reshape %5355 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5357 = reshape %5325 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5358 = reshape %5345 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5359 = concat %5358, %5356, %5357 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5360 = permute %5359 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5361 = reshape %5360 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5362 = cast %5361 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5363 = reduce_sum %5362 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5364 = reshape %5363 : f32[48] @ models/lib/nn.yaml:84:18
%5365 = permute %5359 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5366 = reshape %5365 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5367 = matmul %5366, %2398 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5368 = reshape %5365 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5369 = reshape %3164 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5370 = matmul %5368, %5369 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5371 = cast %5367 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5372 = reduce_sum %5371 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5373 = reshape %5372 : f32[16] @ models/lib/nn.yaml:96:46
%5374 = cast %5367 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5375 = mul %5374, %3159 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5376 = reduce_sum %5375 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5377 = reshape %5376 : f32[16] @ models/lib/nn.yaml:96:37
%5378 = cast %5367 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5379 = mul %5378, %3160 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5380 = mul %5379, %3158 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5381 = cast %5367 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5382 = mul %5381, %3160 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5383 = mul %5382, %3152 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5384 = reduce_sum %5383 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5385 = mul %3157, %3157 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5386 = mul %3157, %5385 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5387 = mul %5386, %5029 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5388 = mul %5384, %5387 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5389 = div %5388, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5390 = broadcast %5389 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5391 = mul %5390, %3152 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5392 = add %5380, %5391 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5393 = add %5392, %5391 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5394 = add %5255, %5393 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5395 = neg %5393 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5396 = reduce_sum %5395 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5397 = div %5396, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5398 = broadcast %5397 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5399 = add %5394, %5398 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5400 = reduce_sum %5399 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5401 = cast %5400 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5402 = reshape %5401 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5403 = permute %5402 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5404 = reshape %5403 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5405 = matmul %1311, %5404 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5406 = reshape %5405 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5407 = permute %5406 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5408 = reshape %5407 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5409 = matmul %1311, %5408 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5410 = reduce_sum %5399 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5411 = reshape %5410 : f32[16] @ models/lib/vit.yaml:17:71
%5412 = reshape %5399 : f32[36,16] @ models/lib/vit.yaml:17:18
%5413 = cast %5412 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5414 = reshape %1303 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5415 = matmul %5413, %5414 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5416 = concat %4217, %4205 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5417 = concat %4249, %4279 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5418 = cast %5416 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%5419 = matmul %5418, %3130 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5420 = reshape %5418 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5421 = reshape %3129 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5422 = matmul %5420, %5421 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5423 = cast %5422 : f32[16,8] @ models/lib/dino.yaml:22:33
%5424 = div %5423, %3127 : f32[16,8] @ models/lib/dino.yaml:22:33
%5425 = mul %5424, %3128 : f32[16,8] @ models/lib/dino.yaml:22:33
%5426 = neg %5425 : f32[16,8] @ models/lib/dino.yaml:22:33
%5427 = reduce_sum %5426 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5428 = mul %5427, %4292 : f32[16,1] @ models/lib/dino.yaml:22:35
%5429 = div %5428, %3126 : f32[16,1] @ models/lib/dino.yaml:22:35
%5430 = broadcast %5429 : f32[16,8] @ models/lib/dino.yaml:22:40
%5431 = mul %5430, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5432 = add %4299, %5431 : f32[16,8] @ models/lib/dino.yaml:22:53
%5433 = add %5432, %5431 : f32[16,8] @ models/lib/dino.yaml:22:53
%5434 = mul %5424, %3122 : f32[16,8] @ models/lib/dino.yaml:22:22
%5435 = add %5433, %5434 : f32[16,8] @ models/lib/dino.yaml:22:22
%5436 = cast %5419 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5437 = div %5436, %3118 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5438 = mul %5437, %3121 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5439 = neg %5438 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5440 = reduce_sum %5439 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5441 = broadcast %4305 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5442 = broadcast %314 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5443 = mul %5440, %5442 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5444 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5445 = eq %5444, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5446 = select %5445, %5443, %5441 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5447 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5448 = gt %5447, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5449 = select %5448, %5440, %5446 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5450 = mul %5449, %5442 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5451 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5452 = div %5450, %5451 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5453 = broadcast %5452 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5454 = cast %3110 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5455 = add %5454, %3111 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5456 = mul %5453, %5455 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5457 = add %5437, %5456 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5458 = add %5457, %5456 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5459 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5460 = reshape %5458 : f32[64,8] @ models/lib/nn.yaml:84:18
%5461 = matmul %5459, %5460 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5462 = reshape %5461 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5463 = reshape %5462 : f32[8] @ models/lib/nn.yaml:84:18
%5464 = add %4325, %5463 : f32[8] @ models/lib/nn.yaml:84:18
%5465 = cast %5458 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5466 = matmul %5465, %3109 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5467 = reshape %5465 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5468 = reshape %3108 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5469 = matmul %5467, %5468 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5470 = cast %4330 : f32[8,24] @ models/lib/nn.yaml:83:15
%5471 = cast %5469 : f32[8,24] @ models/lib/nn.yaml:83:15
%5472 = add %5470, %5471 : f32[8,24] @ models/lib/nn.yaml:83:15
%5473 = cast %5466 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5474 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5475 = add %5474, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5476 = mul %5475, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5477 = erf %5476 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5478 = add %1254, %5477 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5479 = mul %5473, %5478 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5480 = cast %5466 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5481 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5482 = add %5481, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5483 = mul %1245, %5482 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5484 = mul %5480, %5483 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5485 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5486 = add %5485, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5487 = mul %5486, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5488 = mul %5487, %5487 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5489 = neg %5488 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5490 = exp %5489 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5491 = broadcast %4349 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5492 = mul %5490, %5491 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5493 = mul %5484, %5492 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5494 = mul %5493, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5495 = mul %5479, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5496 = add %5494, %5495 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5497 = reshape %5496 : f32[64,24] @ models/lib/nn.yaml:84:18
%5498 = matmul %5459, %5497 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5499 = reshape %5498 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5500 = reshape %5499 : f32[24] @ models/lib/nn.yaml:84:18
%5501 = add %4357, %5500 : f32[24] @ models/lib/nn.yaml:84:18
%5502 = cast %5496 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5503 = matmul %5502, %3096 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5504 = reshape %5502 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5505 = reshape %3095 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5506 = matmul %5504, %5505 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5507 = cast %4362 : f32[24,24] @ models/lib/nn.yaml:83:15
%5508 = cast %5506 : f32[24,24] @ models/lib/nn.yaml:83:15
%5509 = add %5507, %5508 : f32[24,24] @ models/lib/nn.yaml:83:15
%5510 = cast %5503 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5511 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5512 = add %5511, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5513 = mul %5512, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5514 = erf %5513 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5515 = add %1254, %5514 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5516 = mul %5510, %5515 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5517 = cast %5503 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5518 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5519 = add %5518, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5520 = mul %1245, %5519 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5521 = mul %5517, %5520 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5522 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5523 = add %5522, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5524 = mul %5523, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5525 = mul %5524, %5524 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5526 = neg %5525 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5527 = exp %5526 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5528 = mul %5527, %5491 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5529 = mul %5521, %5528 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5530 = mul %5529, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5531 = mul %5516, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5532 = add %5530, %5531 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5533 = reshape %5532 : f32[64,24] @ models/lib/nn.yaml:84:18
%5534 = matmul %5459, %5533 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5535 = reshape %5534 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5536 = reshape %5535 : f32[24] @ models/lib/nn.yaml:84:18
%5537 = add %4387, %5536 : f32[24] @ models/lib/nn.yaml:84:18
%5538 = cast %5532 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5539 = matmul %5538, %3083 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5540 = reshape %5538 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5541 = reshape %3082 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5542 = matmul %5540, %5541 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5543 = cast %4392 : f32[24,16] @ models/lib/nn.yaml:83:15
%5544 = cast %5542 : f32[24,16] @ models/lib/nn.yaml:83:15
%5545 = add %5543, %5544 : f32[24,16] @ models/lib/nn.yaml:83:15
%5546 = cast %5417 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5547 = matmul %5546, %3080 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5548 = reshape %5546 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5549 = reshape %3079 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5550 = matmul %5548, %5549 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5551 = cast %5550 : f32[32,8] @ models/lib/dino.yaml:22:33
%5552 = div %5551, %3077 : f32[32,8] @ models/lib/dino.yaml:22:33
%5553 = mul %5552, %3078 : f32[32,8] @ models/lib/dino.yaml:22:33
%5554 = neg %5553 : f32[32,8] @ models/lib/dino.yaml:22:33
%5555 = reduce_sum %5554 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5556 = mul %5555, %4403 : f32[32,1] @ models/lib/dino.yaml:22:35
%5557 = div %5556, %3076 : f32[32,1] @ models/lib/dino.yaml:22:35
%5558 = broadcast %5557 : f32[32,8] @ models/lib/dino.yaml:22:40
%5559 = mul %5558, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5560 = add %4410, %5559 : f32[32,8] @ models/lib/dino.yaml:22:53
%5561 = add %5560, %5559 : f32[32,8] @ models/lib/dino.yaml:22:53
%5562 = mul %5552, %3072 : f32[32,8] @ models/lib/dino.yaml:22:22
%5563 = add %5561, %5562 : f32[32,8] @ models/lib/dino.yaml:22:22
%5564 = cast %5547 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5565 = div %5564, %3070 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5566 = mul %5565, %3071 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5567 = neg %5566 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5568 = reduce_sum %5567 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5569 = mul %5568, %4417 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5570 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5571 = eq %5570, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5572 = select %5571, %5569, %4416 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5573 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5574 = gt %5573, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5575 = select %5574, %5568, %5572 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5576 = mul %5575, %4417 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5577 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5578 = div %5576, %5577 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5579 = broadcast %5578 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5580 = mul %5579, %3065 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5581 = add %5565, %5580 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5582 = add %5581, %5580 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5583 = reduce_sum %5582 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5584 = reshape %5583 : f32[8] @ models/lib/nn.yaml:84:18
%5585 = add %4433, %5584 : f32[8] @ models/lib/nn.yaml:84:18
%5586 = cast %5582 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5587 = matmul %5586, %3061 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5588 = reshape %5586 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5589 = reshape %3060 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5590 = matmul %5588, %5589 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5591 = cast %4438 : f32[8,24] @ models/lib/nn.yaml:83:15
%5592 = cast %5590 : f32[8,24] @ models/lib/nn.yaml:83:15
%5593 = add %5591, %5592 : f32[8,24] @ models/lib/nn.yaml:83:15
%5594 = cast %5587 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5595 = mul %3054, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5596 = erf %5595 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5597 = add %1203, %5596 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5598 = mul %5594, %5597 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5599 = cast %5587 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5600 = mul %1198, %3054 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5601 = mul %5599, %5600 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5602 = mul %3054, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5603 = mul %5602, %5602 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5604 = neg %5603 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5605 = exp %5604 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5606 = mul %5605, %4451 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5607 = mul %5601, %5606 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5608 = mul %5607, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5609 = mul %5598, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5610 = add %5608, %5609 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5611 = reduce_sum %5610 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5612 = reshape %5611 : f32[24] @ models/lib/nn.yaml:84:18
%5613 = add %4458, %5612 : f32[24] @ models/lib/nn.yaml:84:18
%5614 = cast %5610 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5615 = matmul %5614, %3050 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5616 = reshape %5614 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5617 = reshape %3049 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5618 = matmul %5616, %5617 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5619 = cast %4463 : f32[24,24] @ models/lib/nn.yaml:83:15
%5620 = cast %5618 : f32[24,24] @ models/lib/nn.yaml:83:15
%5621 = add %5619, %5620 : f32[24,24] @ models/lib/nn.yaml:83:15
%5622 = cast %5615 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5623 = mul %3043, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5624 = erf %5623 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5625 = add %1203, %5624 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5626 = mul %5622, %5625 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5627 = cast %5615 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5628 = mul %1198, %3043 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5629 = mul %5627, %5628 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5630 = mul %3043, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5631 = mul %5630, %5630 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5632 = neg %5631 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5633 = exp %5632 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5634 = mul %5633, %4451 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5635 = mul %5629, %5634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5636 = mul %5635, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5637 = mul %5626, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5638 = add %5636, %5637 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5639 = reduce_sum %5638 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5640 = reshape %5639 : f32[24] @ models/lib/nn.yaml:84:18
%5641 = add %4482, %5640 : f32[24] @ models/lib/nn.yaml:84:18
%5642 = cast %5638 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5643 = matmul %5642, %3039 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5644 = reshape %5642 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5645 = reshape %3038 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5646 = matmul %5644, %5645 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5647 = cast %4487 : f32[24,16] @ models/lib/nn.yaml:83:15
%5648 = cast %5646 : f32[24,16] @ models/lib/nn.yaml:83:15
%5649 = add %5647, %5648 : f32[24,16] @ models/lib/nn.yaml:83:15
%5650 = concat %5643, %5539 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5651 = cast %5650 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5652 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5653 = reshape %5651 : f32[68,16] @ models/lib/nn.yaml:96:46
%5654 = matmul %5652, %5653 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5655 = reshape %5654 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5656 = reshape %5655 : f32[16] @ models/lib/nn.yaml:96:46
%5657 = add %4491, %5656 : f32[16] @ models/lib/nn.yaml:96:46
%5658 = mul %5651, %3032 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5659 = reshape %5658 : f32[68,16] @ models/lib/nn.yaml:96:37
%5660 = matmul %5652, %5659 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5661 = reshape %5660 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5662 = reshape %5661 : f32[16] @ models/lib/nn.yaml:96:37
%5663 = add %4495, %5662 : f32[16] @ models/lib/nn.yaml:96:37
%5664 = mul %5651, %3033 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5665 = mul %5664, %3031 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5666 = mul %5651, %3033 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5667 = mul %5666, %3025 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5668 = reduce_sum %5667 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5669 = mul %3030, %3030 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5670 = mul %3030, %5669 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5671 = broadcast %4505 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5672 = mul %5670, %5671 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5673 = mul %5668, %5672 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5674 = div %5673, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5675 = broadcast %5674 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5676 = mul %5675, %3025 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5677 = add %5665, %5676 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5678 = add %5677, %5676 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5679 = neg %5678 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5680 = reduce_sum %5679 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5681 = div %5680, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5682 = broadcast %5681 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5683 = add %5678, %5682 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5684 = slice %5683 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5685 = slice %5683 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5686 = reduce_sum %5684 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5687 = reshape %5686 : f32[16] @ models/lib/nn.yaml:84:18
%5688 = add %4522, %5687 : f32[16] @ models/lib/nn.yaml:84:18
%5689 = cast %5684 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5690 = matmul %5689, %3015 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5691 = reshape %5689 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5692 = reshape %3014 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5693 = matmul %5691, %5692 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5694 = cast %4527 : f32[16,64] @ models/lib/nn.yaml:83:15
%5695 = cast %5693 : f32[16,64] @ models/lib/nn.yaml:83:15
%5696 = add %5694, %5695 : f32[16,64] @ models/lib/nn.yaml:83:15
%5697 = cast %5690 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5698 = mul %3008, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5699 = erf %5698 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5700 = add %1009, %5699 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5701 = mul %5697, %5700 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5702 = cast %5690 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5703 = mul %1004, %3008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5704 = mul %5702, %5703 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5705 = mul %3008, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5706 = mul %5705, %5705 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5707 = neg %5706 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5708 = exp %5707 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5709 = mul %5708, %4540 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5710 = mul %5704, %5709 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5711 = mul %5710, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5712 = mul %5701, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5713 = add %5711, %5712 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5714 = reduce_sum %5713 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5715 = reshape %5714 : f32[64] @ models/lib/nn.yaml:84:18
%5716 = add %4547, %5715 : f32[64] @ models/lib/nn.yaml:84:18
%5717 = cast %5713 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5718 = matmul %5717, %3004 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5719 = reshape %5717 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5720 = reshape %3003 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5721 = matmul %5719, %5720 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5722 = cast %4552 : f32[64,16] @ models/lib/nn.yaml:83:15
%5723 = cast %5721 : f32[64,16] @ models/lib/nn.yaml:83:15
%5724 = add %5722, %5723 : f32[64,16] @ models/lib/nn.yaml:83:15
%5725 = cast %5718 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5726 = reduce_sum %5725 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5727 = reshape %5726 : f32[16] @ models/lib/nn.yaml:96:46
%5728 = add %4555, %5727 : f32[16] @ models/lib/nn.yaml:96:46
%5729 = cast %5718 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5730 = mul %5729, %2999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5731 = cast %5718 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5732 = mul %5731, %2998 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5733 = reduce_sum %5732 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5734 = reshape %5733 : f32[16] @ models/lib/nn.yaml:96:37
%5735 = add %4561, %5734 : f32[16] @ models/lib/nn.yaml:96:37
%5736 = mul %5730, %2997 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5737 = mul %5730, %2991 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5738 = reduce_sum %5737 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5739 = mul %2996, %2996 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5740 = mul %2996, %5739 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5741 = mul %5740, %4567 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5742 = mul %5738, %5741 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5743 = div %5742, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5744 = broadcast %5743 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5745 = mul %5744, %2991 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5746 = add %5736, %5745 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5747 = add %5746, %5745 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5748 = add %5684, %5747 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5749 = neg %5747 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5750 = reduce_sum %5749 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5751 = div %5750, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5752 = broadcast %5751 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5753 = add %5748, %5752 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5754 = reduce_sum %5753 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5755 = reshape %5754 : f32[16] @ models/lib/nn.yaml:84:18
%5756 = add %4582, %5755 : f32[16] @ models/lib/nn.yaml:84:18
%5757 = cast %5753 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5758 = matmul %5757, %2982 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5759 = reshape %5757 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5760 = reshape %2980 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5761 = matmul %5759, %5760 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5762 = cast %4587 : f32[16,16] @ models/lib/nn.yaml:83:15
%5763 = cast %5761 : f32[16,16] @ models/lib/nn.yaml:83:15
%5764 = add %5762, %5763 : f32[16,16] @ models/lib/nn.yaml:83:15
%5765 = reshape %5758 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5766 = permute %5765 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5767 = cast %5766 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5768 = slice %5767 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5769 = broadcast %5768 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5770 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5771 = slice %5770 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5772 = cast %5771 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5773 = mul %5769, %5772 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5774 = slice %5767 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5775 = broadcast %5774 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5776 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5777 = slice %5776 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5778 = cast %5777 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5779 = mul %5775, %5778 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5780 = add %5773, %5779 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5781 = slice %5767 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5782 = broadcast %5781 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5783 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5784 = slice %5783 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5785 = cast %5784 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5786 = mul %5782, %5785 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5787 = add %5780, %5786 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5788 = slice %5767 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5789 = broadcast %5788 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5790 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5791 = slice %5790 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5792 = cast %5791 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5793 = mul %5789, %5792 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5794 = add %5787, %5793 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5795 = slice %5767 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5796 = broadcast %5795 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5797 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5798 = slice %5797 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5799 = cast %5798 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5800 = mul %5796, %5799 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5801 = add %5794, %5800 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5802 = slice %5767 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5803 = broadcast %5802 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5804 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5805 = slice %5804 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5806 = cast %5805 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5807 = mul %5803, %5806 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5808 = add %5801, %5807 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5809 = slice %5767 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5810 = broadcast %5809 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5811 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5812 = slice %5811 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5813 = cast %5812 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5814 = mul %5810, %5813 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5815 = add %5808, %5814 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5816 = slice %5767 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5817 = broadcast %5816 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5818 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5819 = slice %5818 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5820 = cast %5819 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5821 = mul %5817, %5820 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5822 = add %5815, %5821 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5823 = cast %5822 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5824 = cast %2967 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5825 = permute %5824 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5826 = cast %5766 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5827 = broadcast %5825 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5828 = broadcast %5826 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5829 = mul %5827, %5828 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5830 = cast %5829 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5831 = cast %5823 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5832 = div %5831, %2964 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5833 = mul %5832, %2966 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5834 = neg %5833 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5835 = reduce_sum %5834 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5836 = broadcast %5835 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5837 = add %5832, %5836 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5838 = exp %2961 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5839 = mul %5837, %5838 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5840 = mul %5839, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5841 = cast %5840 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5842 = cast %5841 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5843 = cast %2896 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5844 = reshape %5842 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5845 = broadcast %5844 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5846 = reshape %5843 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5847 = broadcast %5846 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5848 = mul %5845, %5847 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5849 = reduce_sum %5848 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5850 = cast %5849 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5851 = cast %5841 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5852 = permute %5851 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5853 = cast %2893 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5854 = broadcast %5852 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5855 = broadcast %5853 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5856 = mul %5854, %5855 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5857 = cast %5856 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5858 = cast %5830 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5859 = permute %5858 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5860 = reshape %5859 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5861 = reshape %5860 : f32[68,16] @ models/lib/nn.yaml:84:18
%5862 = matmul %5652, %5861 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5863 = reshape %5862 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5864 = reshape %5863 : f32[16] @ models/lib/nn.yaml:84:18
%5865 = add %4685, %5864 : f32[16] @ models/lib/nn.yaml:84:18
%5866 = permute %5830 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5867 = reshape %5866 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5868 = matmul %5867, %2886 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5869 = reshape %5866 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5870 = reshape %2874 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5871 = matmul %5869, %5870 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5872 = cast %4691 : f32[16,16] @ models/lib/nn.yaml:83:15
%5873 = cast %5871 : f32[16,16] @ models/lib/nn.yaml:83:15
%5874 = add %5872, %5873 : f32[16,16] @ models/lib/nn.yaml:83:15
%5875 = cast %5857 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5876 = permute %5875 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5877 = reshape %5876 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5878 = reshape %5877 : f32[68,16] @ models/lib/nn.yaml:84:18
%5879 = matmul %5652, %5878 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5880 = reshape %5879 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5881 = reshape %5880 : f32[16] @ models/lib/nn.yaml:84:18
%5882 = add %4696, %5881 : f32[16] @ models/lib/nn.yaml:84:18
%5883 = permute %5857 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5884 = reshape %5883 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5885 = matmul %5884, %2881 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5886 = cast %5868 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5887 = cast %5885 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5888 = add %5886, %5887 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5889 = reshape %5883 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5890 = matmul %5889, %5870 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5891 = cast %4704 : f32[16,16] @ models/lib/nn.yaml:83:15
%5892 = cast %5890 : f32[16,16] @ models/lib/nn.yaml:83:15
%5893 = add %5891, %5892 : f32[16,16] @ models/lib/nn.yaml:83:15
%5894 = permute %5850 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5895 = reshape %5894 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5896 = cast %5895 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%5897 = reduce_sum %5896 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5898 = reshape %5897 : f32[16] @ models/lib/nn.yaml:84:18
%5899 = add %4709, %5898 : f32[16] @ models/lib/nn.yaml:84:18
%5900 = permute %5850 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5901 = reshape %5900 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5902 = matmul %5901, %2876 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5903 = reshape %5900 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5904 = reshape %2875 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5905 = matmul %5903, %5904 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5906 = cast %4715 : f32[16,16] @ models/lib/nn.yaml:83:15
%5907 = cast %5905 : f32[16,16] @ models/lib/nn.yaml:83:15
%5908 = add %5906, %5907 : f32[16,16] @ models/lib/nn.yaml:83:15
%5909 = cast %5902 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5910 = pad %5909 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5911 = add %5888, %5910 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5912 = reshape %5911 : f32[68,16] @ models/lib/nn.yaml:96:46
%5913 = matmul %5652, %5912 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5914 = reshape %5913 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5915 = reshape %5914 : f32[16] @ models/lib/nn.yaml:96:46
%5916 = add %4720, %5915 : f32[16] @ models/lib/nn.yaml:96:46
%5917 = mul %5911, %2869 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5918 = reshape %5917 : f32[68,16] @ models/lib/nn.yaml:96:37
%5919 = matmul %5652, %5918 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5920 = reshape %5919 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5921 = reshape %5920 : f32[16] @ models/lib/nn.yaml:96:37
%5922 = add %4723, %5921 : f32[16] @ models/lib/nn.yaml:96:37
%5923 = mul %5911, %2870 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5924 = mul %5923, %2868 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5925 = mul %5911, %2870 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5926 = mul %5925, %2862 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5927 = reduce_sum %5926 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5928 = mul %2867, %2867 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5929 = mul %2867, %5928 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5930 = mul %5929, %5671 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5931 = mul %5927, %5930 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5932 = div %5931, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5933 = broadcast %5932 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5934 = mul %5933, %2862 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5935 = add %5924, %5934 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5936 = add %5935, %5934 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5937 = neg %5936 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5938 = reduce_sum %5937 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5939 = div %5938, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5940 = broadcast %5939 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5941 = add %5936, %5940 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5942 = slice %5941 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5943 = add %5753, %5942 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5944 = slice %5941 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5945 = add %5685, %5944 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5946 = reduce_sum %5943 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5947 = reshape %5946 : f32[16] @ models/lib/nn.yaml:84:18
%5948 = add %4748, %5947 : f32[16] @ models/lib/nn.yaml:84:18
%5949 = cast %5943 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5950 = matmul %5949, %2852 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5951 = reshape %5949 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5952 = reshape %2851 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5953 = matmul %5951, %5952 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5954 = cast %4753 : f32[16,64] @ models/lib/nn.yaml:83:15
%5955 = cast %5953 : f32[16,64] @ models/lib/nn.yaml:83:15
%5956 = add %5954, %5955 : f32[16,64] @ models/lib/nn.yaml:83:15
%5957 = cast %5950 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5958 = mul %2845, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5959 = erf %5958 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5960 = add %1009, %5959 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5961 = mul %5957, %5960 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5962 = cast %5950 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5963 = mul %1004, %2845 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5964 = mul %5962, %5963 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5965 = mul %2845, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5966 = mul %5965, %5965 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5967 = neg %5966 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5968 = exp %5967 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5969 = mul %5968, %4540 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5970 = mul %5964, %5969 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5971 = mul %5970, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5972 = mul %5961, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5973 = add %5971, %5972 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5974 = reduce_sum %5973 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5975 = reshape %5974 : f32[64] @ models/lib/nn.yaml:84:18
%5976 = add %4772, %5975 : f32[64] @ models/lib/nn.yaml:84:18
%5977 = cast %5973 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5978 = matmul %5977, %2841 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5979 = reshape %5977 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5980 = reshape %2840 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5981 = matmul %5979, %5980 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5982 = cast %4777 : f32[64,16] @ models/lib/nn.yaml:83:15
%5983 = cast %5981 : f32[64,16] @ models/lib/nn.yaml:83:15
%5984 = add %5982, %5983 : f32[64,16] @ models/lib/nn.yaml:83:15
%5985 = cast %5978 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5986 = reduce_sum %5985 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5987 = reshape %5986 : f32[16] @ models/lib/nn.yaml:96:46
%5988 = add %4780, %5987 : f32[16] @ models/lib/nn.yaml:96:46
%5989 = cast %5978 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5990 = mul %5989, %2836 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5991 = cast %5978 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5992 = mul %5991, %2835 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5993 = reduce_sum %5992 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5994 = reshape %5993 : f32[16] @ models/lib/nn.yaml:96:37
%5995 = add %4786, %5994 : f32[16] @ models/lib/nn.yaml:96:37
%5996 = mul %5990, %2834 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5997 = mul %5990, %2828 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5998 = reduce_sum %5997 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5999 = mul %2833, %2833 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6000 = mul %2833, %5999 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6001 = mul %6000, %4567 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6002 = mul %5998, %6001 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6003 = div %6002, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%6004 = broadcast %6003 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%6005 = mul %6004, %2828 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6006 = add %5996, %6005 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6007 = add %6006, %6005 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6008 = add %5943, %6007 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%6009 = neg %6007 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%6010 = reduce_sum %6009 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%6011 = div %6010, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%6012 = broadcast %6011 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%6013 = add %6008, %6012 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%6014 = reduce_sum %6013 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6015 = reshape %6014 : f32[16] @ models/lib/nn.yaml:84:18
%6016 = add %4806, %6015 : f32[16] @ models/lib/nn.yaml:84:18
%6017 = cast %6013 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6018 = matmul %6017, %2819 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6019 = reshape %6017 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6020 = reshape %2817 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6021 = matmul %6019, %6020 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6022 = cast %4811 : f32[16,16] @ models/lib/nn.yaml:83:15
%6023 = cast %6021 : f32[16,16] @ models/lib/nn.yaml:83:15
%6024 = add %6022, %6023 : f32[16,16] @ models/lib/nn.yaml:83:15
%6025 = reshape %6018 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%6026 = permute %6025 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%6027 = cast %6026 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%6028 = slice %6027 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6029 = broadcast %6028 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6030 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6031 = slice %6030 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6032 = cast %6031 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6033 = mul %6029, %6032 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6034 = slice %6027 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6035 = broadcast %6034 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6036 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6037 = slice %6036 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6038 = cast %6037 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6039 = mul %6035, %6038 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6040 = add %6033, %6039 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6041 = slice %6027 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6042 = broadcast %6041 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6043 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6044 = slice %6043 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6045 = cast %6044 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6046 = mul %6042, %6045 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6047 = add %6040, %6046 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6048 = slice %6027 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6049 = broadcast %6048 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6050 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6051 = slice %6050 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6052 = cast %6051 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6053 = mul %6049, %6052 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6054 = add %6047, %6053 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6055 = slice %6027 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6056 = broadcast %6055 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6057 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6058 = slice %6057 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6059 = cast %6058 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6060 = mul %6056, %6059 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6061 = add %6054, %6060 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6062 = slice %6027 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6063 = broadcast %6062 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6064 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6065 = slice %6064 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6066 = cast %6065 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6067 = mul %6063, %6066 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6068 = add %6061, %6067 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6069 = slice %6027 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6070 = broadcast %6069 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6071 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6072 = slice %6071 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6073 = cast %6072 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6074 = mul %6070, %6073 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6075 = add %6068, %6074 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6076 = slice %6027 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6077 = broadcast %6076 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6078 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6079 = slice %6078 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6080 = cast %6079 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6081 = mul %6077, %6080 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6082 = add %6075, %6081 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6083 = cast %6082 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6084 = cast %2804 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6085 = permute %6084 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%6086 = cast %6026 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%6087 = broadcast %6085 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6088 = broadcast %6086 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6089 = mul %6087, %6088 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6090 = cast %6089 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%6091 = cast %6083 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6092 = div %6091, %2801 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6093 = mul %6092, %2803 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6094 = neg %6093 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6095 = reduce_sum %6094 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%6096 = broadcast %6095 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6097 = add %6092, %6096 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6098 = exp %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6099 = mul %6097, %6098 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6100 = mul %6099, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%6101 = cast %6100 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%6102 = cast %6101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6103 = cast %2733 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6104 = reshape %6102 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%6105 = broadcast %6104 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6106 = reshape %6103 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6107 = broadcast %6106 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6108 = mul %6105, %6107 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6109 = reduce_sum %6108 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6110 = cast %6109 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%6111 = cast %6101 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6112 = permute %6111 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%6113 = cast %2730 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6114 = broadcast %6112 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6115 = broadcast %6113 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6116 = mul %6114, %6115 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6117 = cast %6116 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%6118 = cast %6090 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%6119 = permute %6118 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%6120 = reshape %6119 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%6121 = reshape %6120 : f32[68,16] @ models/lib/nn.yaml:84:18
%6122 = matmul %5652, %6121 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6123 = reshape %6122 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6124 = reshape %6123 : f32[16] @ models/lib/nn.yaml:84:18
%6125 = add %4909, %6124 : f32[16] @ models/lib/nn.yaml:84:18
%6126 = permute %6090 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%6127 = reshape %6126 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%6128 = matmul %6127, %2723 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6129 = reshape %6126 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6130 = reshape %2711 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6131 = matmul %6129, %6130 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6132 = cast %4915 : f32[16,16] @ models/lib/nn.yaml:83:15
%6133 = cast %6131 : f32[16,16] @ models/lib/nn.yaml:83:15
%6134 = add %6132, %6133 : f32[16,16] @ models/lib/nn.yaml:83:15
%6135 = cast %6117 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%6136 = permute %6135 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%6137 = reshape %6136 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%6138 = reshape %6137 : f32[68,16] @ models/lib/nn.yaml:84:18
%6139 = matmul %5652, %6138 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6140 = reshape %6139 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6141 = reshape %6140 : f32[16] @ models/lib/nn.yaml:84:18
%6142 = add %4920, %6141 : f32[16] @ models/lib/nn.yaml:84:18
%6143 = permute %6117 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%6144 = reshape %6143 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%6145 = matmul %6144, %2718 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6146 = cast %6128 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6147 = cast %6145 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6148 = add %6146, %6147 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6149 = reshape %6143 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6150 = matmul %6149, %6130 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6151 = cast %4928 : f32[16,16] @ models/lib/nn.yaml:83:15
%6152 = cast %6150 : f32[16,16] @ models/lib/nn.yaml:83:15
%6153 = add %6151, %6152 : f32[16,16] @ models/lib/nn.yaml:83:15
%6154 = permute %6110 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6155 = reshape %6154 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6156 = cast %6155 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%6157 = reduce_sum %6156 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6158 = reshape %6157 : f32[16] @ models/lib/nn.yaml:84:18
%6159 = add %4933, %6158 : f32[16] @ models/lib/nn.yaml:84:18
%6160 = permute %6110 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6161 = reshape %6160 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6162 = matmul %6161, %2713 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6163 = reshape %6160 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6164 = reshape %2712 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6165 = matmul %6163, %6164 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6166 = cast %4939 : f32[16,16] @ models/lib/nn.yaml:83:15
%6167 = cast %6165 : f32[16,16] @ models/lib/nn.yaml:83:15
%6168 = add %6166, %6167 : f32[16,16] @ models/lib/nn.yaml:83:15
%6169 = cast %6162 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%6170 = pad %6169 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6171 = add %6148, %6170 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6172 = reshape %6171 : f32[68,16] @ models/lib/nn.yaml:96:46
%6173 = matmul %5652, %6172 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6174 = reshape %6173 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6175 = reshape %6174 : f32[16] @ models/lib/nn.yaml:96:46
%6176 = add %4944, %6175 : f32[16] @ models/lib/nn.yaml:96:46
%6177 = mul %6171, %2706 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6178 = reshape %6177 : f32[68,16] @ models/lib/nn.yaml:96:37
%6179 = matmul %5652, %6178 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6180 = reshape %6179 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6181 = reshape %6180 : f32[16] @ models/lib/nn.yaml:96:37
%6182 = add %4947, %6181 : f32[16] @ models/lib/nn.yaml:96:37
%6183 = mul %6171, %2707 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6184 = mul %6183, %2705 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6185 = mul %6171, %2707 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6186 = mul %6185, %2699 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6187 = reduce_sum %6186 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%6188 = mul %2704, %2704 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6189 = mul %2704, %6188 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6190 = mul %6189, %5671 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6191 = mul %6187, %6190 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6192 = div %6191, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%6193 = broadcast %6192 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%6194 = mul %6193, %2699 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6195 = add %6184, %6194 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6196 = add %6195, %6194 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6197 = neg %6196 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%6198 = reduce_sum %6197 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%6199 = div %6198, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%6200 = broadcast %6199 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6201 = add %6196, %6200 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6202 = slice %6201 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6203 = add %6013, %6202 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6204 = slice %6201 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6205 = add %5945, %6204 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6206 = reduce_sum %6203 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6207 = add %4971, %6206 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6208 = mul %6205, %2691 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6209 = div %6208, %2641 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6210 = reshape %6209 : f32[64,16] @ models/lib/nn.yaml:84:18
%6211 = matmul %5459, %6210 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6212 = reshape %6211 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6213 = reshape %6212 : f32[16] @ models/lib/nn.yaml:84:18
%6214 = add %4975, %6213 : f32[16] @ models/lib/nn.yaml:84:18
%6215 = cast %6209 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6216 = matmul %6215, %2681 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6217 = reshape %6215 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6218 = reshape %2680 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6219 = matmul %6217, %6218 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6220 = cast %4981 : f32[16,64] @ models/lib/nn.yaml:83:15
%6221 = cast %6219 : f32[16,64] @ models/lib/nn.yaml:83:15
%6222 = add %6220, %6221 : f32[16,64] @ models/lib/nn.yaml:83:15
%6223 = cast %6216 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6224 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6225 = add %6224, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6226 = mul %6225, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6227 = erf %6226 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6228 = add %326, %6227 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6229 = mul %6223, %6228 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6230 = cast %6216 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6231 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6232 = add %6231, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6233 = mul %315, %6232 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6234 = mul %6230, %6233 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6235 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6236 = add %6235, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6237 = mul %6236, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6238 = mul %6237, %6237 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6239 = neg %6238 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6240 = exp %6239 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6241 = broadcast %4349 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6242 = mul %6240, %6241 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6243 = mul %6234, %6242 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6244 = mul %6243, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6245 = mul %6229, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6246 = add %6244, %6245 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6247 = reshape %6246 : f32[64,64] @ models/lib/nn.yaml:84:18
%6248 = matmul %5459, %6247 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6249 = reshape %6248 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6250 = reshape %6249 : f32[64] @ models/lib/nn.yaml:84:18
%6251 = add %5007, %6250 : f32[64] @ models/lib/nn.yaml:84:18
%6252 = cast %6246 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6253 = matmul %6252, %2668 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6254 = reshape %6252 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6255 = reshape %2667 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6256 = matmul %6254, %6255 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6257 = cast %5012 : f32[64,16] @ models/lib/nn.yaml:83:15
%6258 = cast %6256 : f32[64,16] @ models/lib/nn.yaml:83:15
%6259 = add %6257, %6258 : f32[64,16] @ models/lib/nn.yaml:83:15
%6260 = cast %6253 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6261 = reshape %6260 : f32[64,16] @ models/lib/nn.yaml:96:46
%6262 = matmul %5459, %6261 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6263 = reshape %6262 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6264 = reshape %6263 : f32[16] @ models/lib/nn.yaml:96:46
%6265 = add %5015, %6264 : f32[16] @ models/lib/nn.yaml:96:46
%6266 = mul %6260, %2662 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6267 = reshape %6266 : f32[64,16] @ models/lib/nn.yaml:96:37
%6268 = matmul %5459, %6267 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6269 = reshape %6268 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6270 = reshape %6269 : f32[16] @ models/lib/nn.yaml:96:37
%6271 = add %5019, %6270 : f32[16] @ models/lib/nn.yaml:96:37
%6272 = mul %6260, %2663 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6273 = mul %6272, %2661 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6274 = mul %6260, %2663 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6275 = mul %6274, %2655 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6276 = reduce_sum %6275 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6277 = mul %2660, %2660 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6278 = mul %2660, %6277 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6279 = broadcast %4505 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6280 = mul %6278, %6279 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6281 = mul %6276, %6280 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6282 = div %6281, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6283 = broadcast %6282 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6284 = mul %6283, %2655 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6285 = add %6273, %6284 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6286 = add %6285, %6284 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6287 = add %6205, %6286 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6288 = neg %6286 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6289 = reduce_sum %6288 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6290 = div %6289, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6291 = broadcast %6290 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6292 = add %6287, %6291 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6293 = mul %6292, %2649 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6294 = div %6293, %2641 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6295 = reshape %6294 : f32[64,16] @ models/lib/nn.yaml:84:18
%6296 = matmul %5459, %6295 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6297 = reshape %6296 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6298 = reshape %6297 : f32[16] @ models/lib/nn.yaml:84:18
%6299 = add %5046, %6298 : f32[16] @ models/lib/nn.yaml:84:18
%6300 = cast %6294 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6301 = matmul %6300, %2635 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6302 = reshape %6300 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6303 = reshape %2633 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6304 = matmul %6302, %6303 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6305 = cast %5052 : f32[16,16] @ models/lib/nn.yaml:83:15
%6306 = cast %6304 : f32[16,16] @ models/lib/nn.yaml:83:15
%6307 = add %6305, %6306 : f32[16,16] @ models/lib/nn.yaml:83:15
%6308 = reshape %6301 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6309 = permute %6308 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6310 = cast %6309 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6311 = cast %2623 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6312 = permute %6311 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6313 = slice %6310 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6314 = broadcast %6313 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6315 = slice %6312 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6316 = broadcast %6315 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6317 = mul %6314, %6316 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6318 = slice %6310 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6319 = broadcast %6318 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6320 = slice %6312 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6321 = broadcast %6320 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6322 = mul %6319, %6321 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6323 = add %6317, %6322 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6324 = slice %6310 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6325 = broadcast %6324 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6326 = slice %6312 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6327 = broadcast %6326 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6328 = mul %6325, %6327 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6329 = add %6323, %6328 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6330 = slice %6310 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6331 = broadcast %6330 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6332 = slice %6312 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6333 = broadcast %6332 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6334 = mul %6331, %6333 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6335 = add %6329, %6334 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6336 = slice %6310 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6337 = broadcast %6336 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6338 = slice %6312 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6339 = broadcast %6338 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6340 = mul %6337, %6339 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6341 = add %6335, %6340 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6342 = slice %6310 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6343 = broadcast %6342 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6344 = slice %6312 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6345 = broadcast %6344 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6346 = mul %6343, %6345 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6347 = add %6341, %6346 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6348 = slice %6310 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6349 = broadcast %6348 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6350 = slice %6312 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6351 = broadcast %6350 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6352 = mul %6349, %6351 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6353 = add %6347, %6352 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6354 = slice %6310 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6355 = broadcast %6354 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6356 = slice %6312 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6357 = broadcast %6356 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6358 = mul %6355, %6357 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6359 = add %6353, %6358 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6360 = cast %6359 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6361 = cast %2621 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6362 = permute %6361 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6363 = cast %6309 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6364 = reshape %6362 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6365 = broadcast %6364 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6366 = reshape %6363 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6367 = broadcast %6366 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6368 = mul %6365, %6367 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6369 = reduce_sum %6368 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6370 = cast %6369 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6371 = cast %6360 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6372 = div %6371, %2618 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6373 = mul %6372, %2620 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6374 = neg %6373 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6375 = reduce_sum %6374 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6376 = broadcast %6375 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6377 = add %6372, %6376 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6378 = exp %2615 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6379 = mul %6377, %6378 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6380 = mul %6379, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6381 = cast %6380 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6382 = cast %6381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6383 = cast %2556 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6384 = reshape %6382 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6385 = broadcast %6384 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6386 = reshape %6383 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6387 = broadcast %6386 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6388 = mul %6385, %6387 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6389 = reduce_sum %6388 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6390 = cast %6389 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6391 = cast %6381 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6392 = permute %6391 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6393 = cast %2554 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6394 = reshape %6392 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6395 = broadcast %6394 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6396 = reshape %6393 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6397 = broadcast %6396 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6398 = mul %6395, %6397 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6399 = reduce_sum %6398 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6400 = cast %6399 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6401 = reshape %6400 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6402 = reshape %6370 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6403 = reshape %6390 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6404 = concat %6403, %6401, %6402 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6405 = cast %6404 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6406 = permute %6405 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6407 = reshape %6406 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6408 = reshape %6407 : f32[64,48] @ models/lib/nn.yaml:84:18
%6409 = matmul %5459, %6408 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6410 = reshape %6409 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6411 = reshape %6410 : f32[48] @ models/lib/nn.yaml:84:18
%6412 = add %5154, %6411 : f32[48] @ models/lib/nn.yaml:84:18
%6413 = permute %6404 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6414 = reshape %6413 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6415 = matmul %6414, %2545 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6416 = reshape %6413 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6417 = reshape %2544 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6418 = matmul %6416, %6417 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6419 = cast %5160 : f32[48,16] @ models/lib/nn.yaml:83:15
%6420 = cast %6418 : f32[48,16] @ models/lib/nn.yaml:83:15
%6421 = add %6419, %6420 : f32[48,16] @ models/lib/nn.yaml:83:15
%6422 = cast %6415 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6423 = reshape %6422 : f32[64,16] @ models/lib/nn.yaml:96:46
%6424 = matmul %5459, %6423 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6425 = reshape %6424 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6426 = reshape %6425 : f32[16] @ models/lib/nn.yaml:96:46
%6427 = add %5163, %6426 : f32[16] @ models/lib/nn.yaml:96:46
%6428 = mul %6422, %2539 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6429 = reshape %6428 : f32[64,16] @ models/lib/nn.yaml:96:37
%6430 = matmul %5459, %6429 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6431 = reshape %6430 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6432 = reshape %6431 : f32[16] @ models/lib/nn.yaml:96:37
%6433 = add %5167, %6432 : f32[16] @ models/lib/nn.yaml:96:37
%6434 = mul %6422, %2540 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6435 = mul %6434, %2538 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6436 = mul %6422, %2540 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6437 = mul %6436, %2532 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6438 = reduce_sum %6437 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6439 = mul %2537, %2537 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6440 = mul %2537, %6439 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6441 = mul %6440, %6279 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6442 = mul %6438, %6441 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6443 = div %6442, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6444 = broadcast %6443 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6445 = mul %6444, %2532 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6446 = add %6435, %6445 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6447 = add %6446, %6445 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6448 = add %6292, %6447 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6449 = neg %6447 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6450 = reduce_sum %6449 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6451 = div %6450, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6452 = broadcast %6451 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6453 = add %6448, %6452 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6454 = reshape %6453 : f32[64,16] @ models/lib/nn.yaml:84:18
%6455 = matmul %5459, %6454 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6456 = reshape %6455 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6457 = reshape %6456 : f32[16] @ models/lib/nn.yaml:84:18
%6458 = add %5191, %6457 : f32[16] @ models/lib/nn.yaml:84:18
%6459 = cast %6453 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6460 = matmul %6459, %2523 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6461 = reshape %6459 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6462 = reshape %2522 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6463 = matmul %6461, %6462 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6464 = cast %5196 : f32[16,64] @ models/lib/nn.yaml:83:15
%6465 = cast %6463 : f32[16,64] @ models/lib/nn.yaml:83:15
%6466 = add %6464, %6465 : f32[16,64] @ models/lib/nn.yaml:83:15
%6467 = cast %6460 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6468 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6469 = add %6468, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6470 = mul %6469, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6471 = erf %6470 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6472 = add %326, %6471 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6473 = mul %6467, %6472 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6474 = cast %6460 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6475 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6476 = add %6475, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6477 = mul %315, %6476 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6478 = mul %6474, %6477 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6479 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6480 = add %6479, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6481 = mul %6480, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6482 = mul %6481, %6481 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6483 = neg %6482 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6484 = exp %6483 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6485 = mul %6484, %6241 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6486 = mul %6478, %6485 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6487 = mul %6486, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6488 = mul %6473, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6489 = add %6487, %6488 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6490 = reshape %6489 : f32[64,64] @ models/lib/nn.yaml:84:18
%6491 = matmul %5459, %6490 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6492 = reshape %6491 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6493 = reshape %6492 : f32[64] @ models/lib/nn.yaml:84:18
%6494 = add %5221, %6493 : f32[64] @ models/lib/nn.yaml:84:18
%6495 = cast %6489 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6496 = matmul %6495, %2510 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6497 = reshape %6495 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6498 = reshape %2509 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6499 = matmul %6497, %6498 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6500 = cast %5226 : f32[64,16] @ models/lib/nn.yaml:83:15
%6501 = cast %6499 : f32[64,16] @ models/lib/nn.yaml:83:15
%6502 = add %6500, %6501 : f32[64,16] @ models/lib/nn.yaml:83:15
%6503 = cast %6496 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6504 = reshape %6503 : f32[64,16] @ models/lib/nn.yaml:96:46
%6505 = matmul %5459, %6504 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6506 = reshape %6505 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6507 = reshape %6506 : f32[16] @ models/lib/nn.yaml:96:46
%6508 = add %5229, %6507 : f32[16] @ models/lib/nn.yaml:96:46
%6509 = mul %6503, %2504 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6510 = reshape %6509 : f32[64,16] @ models/lib/nn.yaml:96:37
%6511 = matmul %5459, %6510 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6512 = reshape %6511 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6513 = reshape %6512 : f32[16] @ models/lib/nn.yaml:96:37
%6514 = add %5233, %6513 : f32[16] @ models/lib/nn.yaml:96:37
%6515 = mul %6503, %2505 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6516 = mul %6515, %2503 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6517 = mul %6503, %2505 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6518 = mul %6517, %2497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6519 = reduce_sum %6518 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6520 = mul %2502, %2502 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6521 = mul %2502, %6520 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6522 = mul %6521, %6279 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6523 = mul %6519, %6522 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6524 = div %6523, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6525 = broadcast %6524 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6526 = mul %6525, %2497 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6527 = add %6516, %6526 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6528 = add %6527, %6526 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6529 = add %6453, %6528 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6530 = neg %6528 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6531 = reduce_sum %6530 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6532 = div %6531, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6533 = broadcast %6532 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6534 = add %6529, %6533 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6535 = reshape %6534 : f32[64,16] @ models/lib/nn.yaml:84:18
%6536 = matmul %5459, %6535 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6537 = reshape %6536 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6538 = reshape %6537 : f32[16] @ models/lib/nn.yaml:84:18
%6539 = add %5257, %6538 : f32[16] @ models/lib/nn.yaml:84:18
%6540 = cast %6534 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6541 = matmul %6540, %2488 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6542 = reshape %6540 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6543 = reshape %2486 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6544 = matmul %6542, %6543 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6545 = cast %5262 : f32[16,16] @ models/lib/nn.yaml:83:15
%6546 = cast %6544 : f32[16,16] @ models/lib/nn.yaml:83:15
%6547 = add %6545, %6546 : f32[16,16] @ models/lib/nn.yaml:83:15
%6548 = reshape %6541 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6549 = permute %6548 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6550 = cast %6549 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6551 = cast %2476 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6552 = permute %6551 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6553 = slice %6550 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6554 = broadcast %6553 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6555 = slice %6552 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6556 = broadcast %6555 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6557 = mul %6554, %6556 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6558 = slice %6550 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6559 = broadcast %6558 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6560 = slice %6552 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6561 = broadcast %6560 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6562 = mul %6559, %6561 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6563 = add %6557, %6562 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6564 = slice %6550 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6565 = broadcast %6564 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6566 = slice %6552 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6567 = broadcast %6566 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6568 = mul %6565, %6567 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6569 = add %6563, %6568 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6570 = slice %6550 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6571 = broadcast %6570 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6572 = slice %6552 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6573 = broadcast %6572 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6574 = mul %6571, %6573 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6575 = add %6569, %6574 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6576 = slice %6550 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6577 = broadcast %6576 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6578 = slice %6552 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6579 = broadcast %6578 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6580 = mul %6577, %6579 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6581 = add %6575, %6580 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6582 = slice %6550 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6583 = broadcast %6582 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6584 = slice %6552 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6585 = broadcast %6584 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6586 = mul %6583, %6585 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6587 = add %6581, %6586 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6588 = slice %6550 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6589 = broadcast %6588 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6590 = slice %6552 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6591 = broadcast %6590 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6592 = mul %6589, %6591 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6593 = add %6587, %6592 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6594 = slice %6550 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6595 = broadcast %6594 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6596 = slice %6552 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6597 = broadcast %6596 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6598 = mul %6595, %6597 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6599 = add %6593, %6598 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6600 = cast %6599 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6601 = cast %2474 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6602 = permute %6601 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6603 = cast %6549 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6604 = reshape %6602 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6605 = broadcast %6604 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6606 = reshape %6603 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6607 = broadcast %6606 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6608 = mul %6605, %6607 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6609 = reduce_sum %6608 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6610 = cast %6609 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6611 = cast %6600 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6612 = div %6611, %2471 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6613 = mul %6612, %2473 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6614 = neg %6613 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6615 = reduce_sum %6614 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6616 = broadcast %6615 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6617 = add %6612, %6616 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6618 = exp %2468 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6619 = mul %6617, %6618 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6620 = mul %6619, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6621 = cast %6620 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6622 = cast %6621 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6623 = cast %2409 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6624 = reshape %6622 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6625 = broadcast %6624 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6626 = reshape %6623 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6627 = broadcast %6626 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6628 = mul %6625, %6627 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6629 = reduce_sum %6628 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6630 = cast %6629 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6631 = cast %6621 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6632 = permute %6631 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6633 = cast %2407 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6634 = reshape %6632 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6635 = broadcast %6634 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6636 = reshape %6633 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6637 = broadcast %6636 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6638 = mul %6635, %6637 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6639 = reduce_sum %6638 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6640 = cast %6639 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6641 = reshape %6640 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6642 = reshape %6610 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6643 = reshape %6630 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6644 = concat %6643, %6641, %6642 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6645 = cast %6644 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6646 = permute %6645 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6647 = reshape %6646 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6648 = reshape %6647 : f32[64,48] @ models/lib/nn.yaml:84:18
%6649 = matmul %5459, %6648 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6650 = reshape %6649 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6651 = reshape %6650 : f32[48] @ models/lib/nn.yaml:84:18
%6652 = add %5364, %6651 : f32[48] @ models/lib/nn.yaml:84:18
%6653 = permute %6644 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6654 = reshape %6653 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6655 = matmul %6654, %2398 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6656 = reshape %6653 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6657 = reshape %2397 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6658 = matmul %6656, %6657 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6659 = cast %5370 : f32[48,16] @ models/lib/nn.yaml:83:15
%6660 = cast %6658 : f32[48,16] @ models/lib/nn.yaml:83:15
%6661 = add %6659, %6660 : f32[48,16] @ models/lib/nn.yaml:83:15
%6662 = cast %6655 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6663 = reshape %6662 : f32[64,16] @ models/lib/nn.yaml:96:46
%6664 = matmul %5459, %6663 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6665 = reshape %6664 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6666 = reshape %6665 : f32[16] @ models/lib/nn.yaml:96:46
%6667 = add %5373, %6666 : f32[16] @ models/lib/nn.yaml:96:46
%6668 = mul %6662, %2392 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6669 = reshape %6668 : f32[64,16] @ models/lib/nn.yaml:96:37
%6670 = matmul %5459, %6669 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6671 = reshape %6670 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6672 = reshape %6671 : f32[16] @ models/lib/nn.yaml:96:37
%6673 = add %5377, %6672 : f32[16] @ models/lib/nn.yaml:96:37
%6674 = mul %6662, %2393 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6675 = mul %6674, %2391 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6676 = mul %6662, %2393 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6677 = mul %6676, %2385 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6678 = reduce_sum %6677 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6679 = mul %2390, %2390 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6680 = mul %2390, %6679 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6681 = mul %6680, %6279 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6682 = mul %6678, %6681 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6683 = div %6682, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6684 = broadcast %6683 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6685 = mul %6684, %2385 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6686 = add %6675, %6685 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6687 = add %6686, %6685 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6688 = add %6534, %6687 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6689 = neg %6687 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6690 = reduce_sum %6689 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6691 = div %6690, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6692 = broadcast %6691 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6693 = add %6688, %6692 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6694 = reduce_sum %6693 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6695 = reshape %5409 : bf16[1,16,16] @ models/lib/vit.yaml:32:17
%6696 = cast %6695 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%6697 = add %6696, %6694 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6698 = reshape %6693 : f32[64,16] @ models/lib/vit.yaml:17:71
%6699 = matmul %5459, %6698 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6700 = reshape %6699 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6701 = reshape %6700 : f32[16] @ models/lib/vit.yaml:17:71
%6702 = add %5411, %6701 : f32[16] @ models/lib/vit.yaml:17:71
%6703 = reshape %6693 : f32[64,16] @ models/lib/vit.yaml:17:18
%6704 = cast %6703 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6705 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6706 = matmul %6704, %6705 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6707 = reshape %5415 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6708 = cast %6707 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6709 = reshape %6706 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6710 = cast %6709 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6711 = add %6708, %6710 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6712 = all_reduce_sum %6697 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6713 = reshape %6712 : f32[256] @ models/lib/vit.yaml:48:7
%6714 = mul %6713, %6713 : f32[256] @ models/lib/vit.yaml:48:7
%6715 = reduce_sum %6714 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6716 = sqrt %6715 : f32[] @ models/lib/vit.yaml:48:7
%6717 = cast %6716 : f64[] @ models/lib/vit.yaml:48:7
%6718 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6719 = add %6717, %6718 : f64[] @ models/lib/vit.yaml:48:7
%6720 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6721 = div %6720, %6719 : f64[] @ models/lib/vit.yaml:48:7
%6722 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6723 = lt %6721, %6722 : bool[] @ models/lib/vit.yaml:48:7
%6724 = cast %6721 : f32[] @ models/lib/vit.yaml:48:7
%6725 = broadcast %6724 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6726 = mul %6712, %6725 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6727 = broadcast %6723 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6728 = select %6727, %6726, %6712 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6729 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6730 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6731 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6732 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6733 = add %6731, %6732 : i64[] @ models/lib/vit.yaml:48:7
%6734 = mul %4159, %4160 : f64[] @ models/lib/vit.yaml:48:7
%6735 = sub %6722, %6734 : f64[] @ models/lib/vit.yaml:48:7
%6736 = cast %6735 : f32[] @ models/lib/vit.yaml:48:7
%6737 = broadcast %6736 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6738 = mul %7, %6737 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6739 = broadcast %3852 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6740 = mul %6728, %6739 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6741 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6742 = broadcast %2640 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6743 = mul %6729, %6742 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6744 = add %6743, %6740 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6745 = mul %6728, %6728 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6746 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6747 = broadcast %6746 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6748 = mul %6745, %6747 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6749 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6750 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6751 = broadcast %6750 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6752 = mul %6730, %6751 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6753 = add %6752, %6748 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6754 = cast %6733 : f64[] @ models/lib/vit.yaml:48:7
%6755 = pow %6741, %6754 : f64[] @ models/lib/vit.yaml:48:7
%6756 = sub %6722, %6755 : f64[] @ models/lib/vit.yaml:48:7
%6757 = div %4159, %6756 : f64[] @ models/lib/vit.yaml:48:7
%6758 = pow %6749, %6754 : f64[] @ models/lib/vit.yaml:48:7
%6759 = sub %6722, %6758 : f64[] @ models/lib/vit.yaml:48:7
%6760 = sqrt %6759 : f64[] @ models/lib/vit.yaml:48:7
%6761 = div %6722, %6760 : f64[] @ models/lib/vit.yaml:48:7
%6762 = sqrt %6753 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6763 = cast %6761 : f32[] @ models/lib/vit.yaml:48:7
%6764 = broadcast %6763 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6765 = mul %6762, %6764 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6766 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6767 = broadcast %6766 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6768 = add %6765, %6767 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6769 = div %6744, %6768 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6770 = cast %6757 : f32[] @ models/lib/vit.yaml:48:7
%6771 = broadcast %6770 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6772 = mul %6769, %6771 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6773 = sub %6738, %6772 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6774 = assign %7, %6773 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6775 = assign %6729, %6744 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6776 = assign %6730, %6753 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6777 = assign %6731, %6733 : i64[] @ models/lib/vit.yaml:48:7
%6778 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6779 = mul %85, %6778 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6780 = sub %6722, %4161 : f64[] @ models/lib/vit.yaml:48:7
%6781 = cast %6780 : f32[] @ models/lib/vit.yaml:48:7
%6782 = broadcast %6781 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6783 = mul %6773, %6782 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6784 = add %6779, %6783 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6785 = assign %85, %6784 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6786 = all_reduce_sum %6711 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6787 = reshape %6786 : f32[768] @ models/lib/vit.yaml:9:7
%6788 = mul %6787, %6787 : f32[768] @ models/lib/vit.yaml:9:7
%6789 = reduce_sum %6788 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6790 = sqrt %6789 : f32[] @ models/lib/vit.yaml:9:7
%6791 = cast %6790 : f64[] @ models/lib/vit.yaml:9:7
%6792 = add %6791, %6718 : f64[] @ models/lib/vit.yaml:9:7
%6793 = div %6720, %6792 : f64[] @ models/lib/vit.yaml:9:7
%6794 = lt %6793, %6722 : bool[] @ models/lib/vit.yaml:9:7
%6795 = cast %6793 : f32[] @ models/lib/vit.yaml:9:7
%6796 = broadcast %6795 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6797 = mul %6786, %6796 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6798 = broadcast %6794 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6799 = select %6798, %6797, %6786 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6800 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6801 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6802 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6803 = add %6802, %6732 : i64[] @ models/lib/vit.yaml:9:7
%6804 = broadcast %6736 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6805 = mul %8, %6804 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6806 = broadcast %3852 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6807 = mul %6799, %6806 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6808 = broadcast %2640 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6809 = mul %6800, %6808 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6810 = add %6809, %6807 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6811 = mul %6799, %6799 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6812 = broadcast %6746 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6813 = mul %6811, %6812 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6814 = broadcast %6750 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6815 = mul %6801, %6814 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6816 = add %6815, %6813 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6817 = cast %6803 : f64[] @ models/lib/vit.yaml:9:7
%6818 = pow %6741, %6817 : f64[] @ models/lib/vit.yaml:9:7
%6819 = sub %6722, %6818 : f64[] @ models/lib/vit.yaml:9:7
%6820 = div %4159, %6819 : f64[] @ models/lib/vit.yaml:9:7
%6821 = pow %6749, %6817 : f64[] @ models/lib/vit.yaml:9:7
%6822 = sub %6722, %6821 : f64[] @ models/lib/vit.yaml:9:7
%6823 = sqrt %6822 : f64[] @ models/lib/vit.yaml:9:7
%6824 = div %6722, %6823 : f64[] @ models/lib/vit.yaml:9:7
%6825 = sqrt %6816 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6826 = cast %6824 : f32[] @ models/lib/vit.yaml:9:7
%6827 = broadcast %6826 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6828 = mul %6825, %6827 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6829 = broadcast %6766 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6830 = add %6828, %6829 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6831 = div %6810, %6830 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6832 = cast %6820 : f32[] @ models/lib/vit.yaml:9:7
%6833 = broadcast %6832 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6834 = mul %6831, %6833 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6835 = sub %6805, %6834 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6836 = assign %8, %6835 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6837 = assign %6800, %6810 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6838 = assign %6801, %6816 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6839 = assign %6802, %6803 : i64[] @ models/lib/vit.yaml:9:7
%6840 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6841 = mul %86, %6840 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6842 = broadcast %6781 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6843 = mul %6835, %6842 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6844 = add %6841, %6843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6845 = assign %86, %6844 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6846 = all_reduce_sum %6702 : f32[16] @ models/lib/vit.yaml:10:7
%6847 = mul %6846, %6846 : f32[16] @ models/lib/vit.yaml:10:7
%6848 = reduce_sum %6847 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6849 = sqrt %6848 : f32[] @ models/lib/vit.yaml:10:7
%6850 = cast %6849 : f64[] @ models/lib/vit.yaml:10:7
%6851 = add %6850, %6718 : f64[] @ models/lib/vit.yaml:10:7
%6852 = div %6720, %6851 : f64[] @ models/lib/vit.yaml:10:7
%6853 = lt %6852, %6722 : bool[] @ models/lib/vit.yaml:10:7
%6854 = cast %6852 : f32[] @ models/lib/vit.yaml:10:7
%6855 = broadcast %6854 : f32[16] @ models/lib/vit.yaml:10:7
%6856 = mul %6846, %6855 : f32[16] @ models/lib/vit.yaml:10:7
%6857 = broadcast %6853 : bool[16] @ models/lib/vit.yaml:10:7
%6858 = select %6857, %6856, %6846 : f32[16] @ models/lib/vit.yaml:10:7
%6859 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6860 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6861 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6862 = add %6861, %6732 : i64[] @ models/lib/vit.yaml:10:7
%6863 = broadcast %3852 : f32[16] @ models/lib/vit.yaml:10:7
%6864 = mul %6858, %6863 : f32[16] @ models/lib/vit.yaml:10:7
%6865 = broadcast %2640 : f32[16] @ models/lib/vit.yaml:10:7
%6866 = mul %6859, %6865 : f32[16] @ models/lib/vit.yaml:10:7
%6867 = add %6866, %6864 : f32[16] @ models/lib/vit.yaml:10:7
%6868 = mul %6858, %6858 : f32[16] @ models/lib/vit.yaml:10:7
%6869 = broadcast %6746 : f32[16] @ models/lib/vit.yaml:10:7
%6870 = mul %6868, %6869 : f32[16] @ models/lib/vit.yaml:10:7
%6871 = broadcast %6750 : f32[16] @ models/lib/vit.yaml:10:7
%6872 = mul %6860, %6871 : f32[16] @ models/lib/vit.yaml:10:7
%6873 = add %6872, %6870 : f32[16] @ models/lib/vit.yaml:10:7
%6874 = cast %6862 : f64[] @ models/lib/vit.yaml:10:7
%6875 = pow %6741, %6874 : f64[] @ models/lib/vit.yaml:10:7
%6876 = sub %6722, %6875 : f64[] @ models/lib/vit.yaml:10:7
%6877 = div %4159, %6876 : f64[] @ models/lib/vit.yaml:10:7
%6878 = pow %6749, %6874 : f64[] @ models/lib/vit.yaml:10:7
%6879 = sub %6722, %6878 : f64[] @ models/lib/vit.yaml:10:7
%6880 = sqrt %6879 : f64[] @ models/lib/vit.yaml:10:7
%6881 = div %6722, %6880 : f64[] @ models/lib/vit.yaml:10:7
%6882 = sqrt %6873 : f32[16] @ models/lib/vit.yaml:10:7
%6883 = cast %6881 : f32[] @ models/lib/vit.yaml:10:7
%6884 = broadcast %6883 : f32[16] @ models/lib/vit.yaml:10:7
%6885 = mul %6882, %6884 : f32[16] @ models/lib/vit.yaml:10:7
%6886 = broadcast %6766 : f32[16] @ models/lib/vit.yaml:10:7
%6887 = add %6885, %6886 : f32[16] @ models/lib/vit.yaml:10:7
%6888 = div %6867, %6887 : f32[16] @ models/lib/vit.yaml:10:7
%6889 = cast %6877 : f32[] @ models/lib/vit.yaml:10:7
%6890 = broadcast %6889 : f32[16] @ models/lib/vit.yaml:10:7
%6891 = mul %6888, %6890 : f32[16] @ models/lib/vit.yaml:10:7
%6892 = sub %9, %6891 : f32[16] @ models/lib/vit.yaml:10:7
%6893 = assign %9, %6892 : f32[16] @ models/lib/vit.yaml:10:7
%6894 = assign %6859, %6867 : f32[16] @ models/lib/vit.yaml:10:7
%6895 = assign %6860, %6873 : f32[16] @ models/lib/vit.yaml:10:7
%6896 = assign %6861, %6862 : i64[] @ models/lib/vit.yaml:10:7
%6897 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6898 = mul %87, %6897 : f32[16] @ models/lib/vit.yaml:10:7
%6899 = broadcast %6781 : f32[16] @ models/lib/vit.yaml:10:7
%6900 = mul %6892, %6899 : f32[16] @ models/lib/vit.yaml:10:7
%6901 = add %6898, %6900 : f32[16] @ models/lib/vit.yaml:10:7
%6902 = assign %87, %6901 : f32[16] @ models/lib/vit.yaml:10:7
%6903 = all_reduce_sum %6673 : f32[16] @ models/lib/nn.yaml:89:7
%6904 = mul %6903, %6903 : f32[16] @ models/lib/nn.yaml:89:7
%6905 = reduce_sum %6904 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6906 = sqrt %6905 : f32[] @ models/lib/nn.yaml:89:7
%6907 = cast %6906 : f64[] @ models/lib/nn.yaml:89:7
%6908 = add %6907, %6718 : f64[] @ models/lib/nn.yaml:89:7
%6909 = div %6720, %6908 : f64[] @ models/lib/nn.yaml:89:7
%6910 = lt %6909, %6722 : bool[] @ models/lib/nn.yaml:89:7
%6911 = cast %6909 : f32[] @ models/lib/nn.yaml:89:7
%6912 = broadcast %6911 : f32[16] @ models/lib/nn.yaml:89:7
%6913 = mul %6903, %6912 : f32[16] @ models/lib/nn.yaml:89:7
%6914 = broadcast %6910 : bool[16] @ models/lib/nn.yaml:89:7
%6915 = select %6914, %6913, %6903 : f32[16] @ models/lib/nn.yaml:89:7
%6916 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6917 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6918 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6919 = add %6918, %6732 : i64[] @ models/lib/nn.yaml:89:7
%6920 = mul %6915, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%6921 = mul %6916, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%6922 = add %6921, %6920 : f32[16] @ models/lib/nn.yaml:89:7
%6923 = mul %6915, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%6924 = mul %6923, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%6925 = mul %6917, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%6926 = add %6925, %6924 : f32[16] @ models/lib/nn.yaml:89:7
%6927 = cast %6919 : f64[] @ models/lib/nn.yaml:89:7
%6928 = pow %6741, %6927 : f64[] @ models/lib/nn.yaml:89:7
%6929 = sub %6722, %6928 : f64[] @ models/lib/nn.yaml:89:7
%6930 = div %4159, %6929 : f64[] @ models/lib/nn.yaml:89:7
%6931 = pow %6749, %6927 : f64[] @ models/lib/nn.yaml:89:7
%6932 = sub %6722, %6931 : f64[] @ models/lib/nn.yaml:89:7
%6933 = sqrt %6932 : f64[] @ models/lib/nn.yaml:89:7
%6934 = div %6722, %6933 : f64[] @ models/lib/nn.yaml:89:7
%6935 = sqrt %6926 : f32[16] @ models/lib/nn.yaml:89:7
%6936 = cast %6934 : f32[] @ models/lib/nn.yaml:89:7
%6937 = broadcast %6936 : f32[16] @ models/lib/nn.yaml:89:7
%6938 = mul %6935, %6937 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = add %6938, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%6940 = div %6922, %6939 : f32[16] @ models/lib/nn.yaml:89:7
%6941 = cast %6930 : f32[] @ models/lib/nn.yaml:89:7
%6942 = broadcast %6941 : f32[16] @ models/lib/nn.yaml:89:7
%6943 = mul %6940, %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6944 = sub %10, %6943 : f32[16] @ models/lib/nn.yaml:89:7
%6945 = assign %10, %6944 : f32[16] @ models/lib/nn.yaml:89:7
%6946 = assign %6916, %6922 : f32[16] @ models/lib/nn.yaml:89:7
%6947 = assign %6917, %6926 : f32[16] @ models/lib/nn.yaml:89:7
%6948 = assign %6918, %6919 : i64[] @ models/lib/nn.yaml:89:7
%6949 = mul %88, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = mul %6944, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%6951 = add %6949, %6950 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = assign %88, %6951 : f32[16] @ models/lib/nn.yaml:89:7
%6953 = all_reduce_sum %6667 : f32[16] @ models/lib/nn.yaml:90:7
%6954 = mul %6953, %6953 : f32[16] @ models/lib/nn.yaml:90:7
%6955 = reduce_sum %6954 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6956 = sqrt %6955 : f32[] @ models/lib/nn.yaml:90:7
%6957 = cast %6956 : f64[] @ models/lib/nn.yaml:90:7
%6958 = add %6957, %6718 : f64[] @ models/lib/nn.yaml:90:7
%6959 = div %6720, %6958 : f64[] @ models/lib/nn.yaml:90:7
%6960 = lt %6959, %6722 : bool[] @ models/lib/nn.yaml:90:7
%6961 = cast %6959 : f32[] @ models/lib/nn.yaml:90:7
%6962 = broadcast %6961 : f32[16] @ models/lib/nn.yaml:90:7
%6963 = mul %6953, %6962 : f32[16] @ models/lib/nn.yaml:90:7
%6964 = broadcast %6960 : bool[16] @ models/lib/nn.yaml:90:7
%6965 = select %6964, %6963, %6953 : f32[16] @ models/lib/nn.yaml:90:7
%6966 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6967 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6968 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6969 = add %6968, %6732 : i64[] @ models/lib/nn.yaml:90:7
%6970 = mul %6965, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%6971 = mul %6966, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%6972 = add %6971, %6970 : f32[16] @ models/lib/nn.yaml:90:7
%6973 = mul %6965, %6965 : f32[16] @ models/lib/nn.yaml:90:7
%6974 = mul %6973, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%6975 = mul %6967, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%6976 = add %6975, %6974 : f32[16] @ models/lib/nn.yaml:90:7
%6977 = cast %6969 : f64[] @ models/lib/nn.yaml:90:7
%6978 = pow %6741, %6977 : f64[] @ models/lib/nn.yaml:90:7
%6979 = sub %6722, %6978 : f64[] @ models/lib/nn.yaml:90:7
%6980 = div %4159, %6979 : f64[] @ models/lib/nn.yaml:90:7
%6981 = pow %6749, %6977 : f64[] @ models/lib/nn.yaml:90:7
%6982 = sub %6722, %6981 : f64[] @ models/lib/nn.yaml:90:7
%6983 = sqrt %6982 : f64[] @ models/lib/nn.yaml:90:7
%6984 = div %6722, %6983 : f64[] @ models/lib/nn.yaml:90:7
%6985 = sqrt %6976 : f32[16] @ models/lib/nn.yaml:90:7
%6986 = cast %6984 : f32[] @ models/lib/nn.yaml:90:7
%6987 = broadcast %6986 : f32[16] @ models/lib/nn.yaml:90:7
%6988 = mul %6985, %6987 : f32[16] @ models/lib/nn.yaml:90:7
%6989 = add %6988, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%6990 = div %6972, %6989 : f32[16] @ models/lib/nn.yaml:90:7
%6991 = cast %6980 : f32[] @ models/lib/nn.yaml:90:7
%6992 = broadcast %6991 : f32[16] @ models/lib/nn.yaml:90:7
%6993 = mul %6990, %6992 : f32[16] @ models/lib/nn.yaml:90:7
%6994 = sub %11, %6993 : f32[16] @ models/lib/nn.yaml:90:7
%6995 = assign %11, %6994 : f32[16] @ models/lib/nn.yaml:90:7
%6996 = assign %6966, %6972 : f32[16] @ models/lib/nn.yaml:90:7
%6997 = assign %6967, %6976 : f32[16] @ models/lib/nn.yaml:90:7
%6998 = assign %6968, %6969 : i64[] @ models/lib/nn.yaml:90:7
%6999 = mul %89, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = mul %6994, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = add %6999, %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = assign %89, %7001 : f32[16] @ models/lib/nn.yaml:90:7
%7003 = all_reduce_sum %6661 : f32[48,16] @ models/lib/nn.yaml:79:7
%7004 = reshape %7003 : f32[768] @ models/lib/nn.yaml:79:7
%7005 = mul %7004, %7004 : f32[768] @ models/lib/nn.yaml:79:7
%7006 = reduce_sum %7005 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7007 = sqrt %7006 : f32[] @ models/lib/nn.yaml:79:7
%7008 = cast %7007 : f64[] @ models/lib/nn.yaml:79:7
%7009 = add %7008, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7010 = div %6720, %7009 : f64[] @ models/lib/nn.yaml:79:7
%7011 = lt %7010, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7012 = cast %7010 : f32[] @ models/lib/nn.yaml:79:7
%7013 = broadcast %7012 : f32[48,16] @ models/lib/nn.yaml:79:7
%7014 = mul %7003, %7013 : f32[48,16] @ models/lib/nn.yaml:79:7
%7015 = broadcast %7011 : bool[48,16] @ models/lib/nn.yaml:79:7
%7016 = select %7015, %7014, %7003 : f32[48,16] @ models/lib/nn.yaml:79:7
%7017 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7018 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7019 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7020 = add %7019, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7021 = broadcast %6736 : f32[48,16] @ models/lib/nn.yaml:79:7
%7022 = mul %12, %7021 : f32[48,16] @ models/lib/nn.yaml:79:7
%7023 = broadcast %3852 : f32[48,16] @ models/lib/nn.yaml:79:7
%7024 = mul %7016, %7023 : f32[48,16] @ models/lib/nn.yaml:79:7
%7025 = broadcast %2640 : f32[48,16] @ models/lib/nn.yaml:79:7
%7026 = mul %7017, %7025 : f32[48,16] @ models/lib/nn.yaml:79:7
%7027 = add %7026, %7024 : f32[48,16] @ models/lib/nn.yaml:79:7
%7028 = mul %7016, %7016 : f32[48,16] @ models/lib/nn.yaml:79:7
%7029 = broadcast %6746 : f32[48,16] @ models/lib/nn.yaml:79:7
%7030 = mul %7028, %7029 : f32[48,16] @ models/lib/nn.yaml:79:7
%7031 = broadcast %6750 : f32[48,16] @ models/lib/nn.yaml:79:7
%7032 = mul %7018, %7031 : f32[48,16] @ models/lib/nn.yaml:79:7
%7033 = add %7032, %7030 : f32[48,16] @ models/lib/nn.yaml:79:7
%7034 = cast %7020 : f64[] @ models/lib/nn.yaml:79:7
%7035 = pow %6741, %7034 : f64[] @ models/lib/nn.yaml:79:7
%7036 = sub %6722, %7035 : f64[] @ models/lib/nn.yaml:79:7
%7037 = div %4159, %7036 : f64[] @ models/lib/nn.yaml:79:7
%7038 = pow %6749, %7034 : f64[] @ models/lib/nn.yaml:79:7
%7039 = sub %6722, %7038 : f64[] @ models/lib/nn.yaml:79:7
%7040 = sqrt %7039 : f64[] @ models/lib/nn.yaml:79:7
%7041 = div %6722, %7040 : f64[] @ models/lib/nn.yaml:79:7
%7042 = sqrt %7033 : f32[48,16] @ models/lib/nn.yaml:79:7
%7043 = cast %7041 : f32[] @ models/lib/nn.yaml:79:7
%7044 = broadcast %7043 : f32[48,16] @ models/lib/nn.yaml:79:7
%7045 = mul %7042, %7044 : f32[48,16] @ models/lib/nn.yaml:79:7
%7046 = broadcast %6766 : f32[48,16] @ models/lib/nn.yaml:79:7
%7047 = add %7045, %7046 : f32[48,16] @ models/lib/nn.yaml:79:7
%7048 = div %7027, %7047 : f32[48,16] @ models/lib/nn.yaml:79:7
%7049 = cast %7037 : f32[] @ models/lib/nn.yaml:79:7
%7050 = broadcast %7049 : f32[48,16] @ models/lib/nn.yaml:79:7
%7051 = mul %7048, %7050 : f32[48,16] @ models/lib/nn.yaml:79:7
%7052 = sub %7022, %7051 : f32[48,16] @ models/lib/nn.yaml:79:7
%7053 = assign %12, %7052 : f32[48,16] @ models/lib/nn.yaml:79:7
%7054 = assign %7017, %7027 : f32[48,16] @ models/lib/nn.yaml:79:7
%7055 = assign %7018, %7033 : f32[48,16] @ models/lib/nn.yaml:79:7
%7056 = assign %7019, %7020 : i64[] @ models/lib/nn.yaml:79:7
%7057 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%7058 = mul %90, %7057 : f32[48,16] @ models/lib/nn.yaml:79:7
%7059 = broadcast %6781 : f32[48,16] @ models/lib/nn.yaml:79:7
%7060 = mul %7052, %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7061 = add %7058, %7060 : f32[48,16] @ models/lib/nn.yaml:79:7
%7062 = assign %90, %7061 : f32[48,16] @ models/lib/nn.yaml:79:7
%7063 = all_reduce_sum %6652 : f32[48] @ models/lib/nn.yaml:80:7
%7064 = mul %7063, %7063 : f32[48] @ models/lib/nn.yaml:80:7
%7065 = reduce_sum %7064 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7066 = sqrt %7065 : f32[] @ models/lib/nn.yaml:80:7
%7067 = cast %7066 : f64[] @ models/lib/nn.yaml:80:7
%7068 = add %7067, %6718 : f64[] @ models/lib/nn.yaml:80:7
%7069 = div %6720, %7068 : f64[] @ models/lib/nn.yaml:80:7
%7070 = lt %7069, %6722 : bool[] @ models/lib/nn.yaml:80:7
%7071 = cast %7069 : f32[] @ models/lib/nn.yaml:80:7
%7072 = broadcast %7071 : f32[48] @ models/lib/nn.yaml:80:7
%7073 = mul %7063, %7072 : f32[48] @ models/lib/nn.yaml:80:7
%7074 = broadcast %7070 : bool[48] @ models/lib/nn.yaml:80:7
%7075 = select %7074, %7073, %7063 : f32[48] @ models/lib/nn.yaml:80:7
%7076 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7077 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7078 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7079 = add %7078, %6732 : i64[] @ models/lib/nn.yaml:80:7
%7080 = broadcast %3852 : f32[48] @ models/lib/nn.yaml:80:7
%7081 = mul %7075, %7080 : f32[48] @ models/lib/nn.yaml:80:7
%7082 = broadcast %2640 : f32[48] @ models/lib/nn.yaml:80:7
%7083 = mul %7076, %7082 : f32[48] @ models/lib/nn.yaml:80:7
%7084 = add %7083, %7081 : f32[48] @ models/lib/nn.yaml:80:7
%7085 = mul %7075, %7075 : f32[48] @ models/lib/nn.yaml:80:7
%7086 = broadcast %6746 : f32[48] @ models/lib/nn.yaml:80:7
%7087 = mul %7085, %7086 : f32[48] @ models/lib/nn.yaml:80:7
%7088 = broadcast %6750 : f32[48] @ models/lib/nn.yaml:80:7
%7089 = mul %7077, %7088 : f32[48] @ models/lib/nn.yaml:80:7
%7090 = add %7089, %7087 : f32[48] @ models/lib/nn.yaml:80:7
%7091 = cast %7079 : f64[] @ models/lib/nn.yaml:80:7
%7092 = pow %6741, %7091 : f64[] @ models/lib/nn.yaml:80:7
%7093 = sub %6722, %7092 : f64[] @ models/lib/nn.yaml:80:7
%7094 = div %4159, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7095 = pow %6749, %7091 : f64[] @ models/lib/nn.yaml:80:7
%7096 = sub %6722, %7095 : f64[] @ models/lib/nn.yaml:80:7
%7097 = sqrt %7096 : f64[] @ models/lib/nn.yaml:80:7
%7098 = div %6722, %7097 : f64[] @ models/lib/nn.yaml:80:7
%7099 = sqrt %7090 : f32[48] @ models/lib/nn.yaml:80:7
%7100 = cast %7098 : f32[] @ models/lib/nn.yaml:80:7
%7101 = broadcast %7100 : f32[48] @ models/lib/nn.yaml:80:7
%7102 = mul %7099, %7101 : f32[48] @ models/lib/nn.yaml:80:7
%7103 = broadcast %6766 : f32[48] @ models/lib/nn.yaml:80:7
%7104 = add %7102, %7103 : f32[48] @ models/lib/nn.yaml:80:7
%7105 = div %7084, %7104 : f32[48] @ models/lib/nn.yaml:80:7
%7106 = cast %7094 : f32[] @ models/lib/nn.yaml:80:7
%7107 = broadcast %7106 : f32[48] @ models/lib/nn.yaml:80:7
%7108 = mul %7105, %7107 : f32[48] @ models/lib/nn.yaml:80:7
%7109 = sub %13, %7108 : f32[48] @ models/lib/nn.yaml:80:7
%7110 = assign %13, %7109 : f32[48] @ models/lib/nn.yaml:80:7
%7111 = assign %7076, %7084 : f32[48] @ models/lib/nn.yaml:80:7
%7112 = assign %7077, %7090 : f32[48] @ models/lib/nn.yaml:80:7
%7113 = assign %7078, %7079 : i64[] @ models/lib/nn.yaml:80:7
%7114 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%7115 = mul %91, %7114 : f32[48] @ models/lib/nn.yaml:80:7
%7116 = broadcast %6781 : f32[48] @ models/lib/nn.yaml:80:7
%7117 = mul %7109, %7116 : f32[48] @ models/lib/nn.yaml:80:7
%7118 = add %7115, %7117 : f32[48] @ models/lib/nn.yaml:80:7
%7119 = assign %91, %7118 : f32[48] @ models/lib/nn.yaml:80:7
%7120 = all_reduce_sum %6547 : f32[16,16] @ models/lib/nn.yaml:79:7
%7121 = reshape %7120 : f32[256] @ models/lib/nn.yaml:79:7
%7122 = mul %7121, %7121 : f32[256] @ models/lib/nn.yaml:79:7
%7123 = reduce_sum %7122 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7124 = sqrt %7123 : f32[] @ models/lib/nn.yaml:79:7
%7125 = cast %7124 : f64[] @ models/lib/nn.yaml:79:7
%7126 = add %7125, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7127 = div %6720, %7126 : f64[] @ models/lib/nn.yaml:79:7
%7128 = lt %7127, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7129 = cast %7127 : f32[] @ models/lib/nn.yaml:79:7
%7130 = broadcast %7129 : f32[16,16] @ models/lib/nn.yaml:79:7
%7131 = mul %7120, %7130 : f32[16,16] @ models/lib/nn.yaml:79:7
%7132 = broadcast %7128 : bool[16,16] @ models/lib/nn.yaml:79:7
%7133 = select %7132, %7131, %7120 : f32[16,16] @ models/lib/nn.yaml:79:7
%7134 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7135 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7136 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7137 = add %7136, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7138 = broadcast %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7139 = mul %14, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%7140 = broadcast %3852 : f32[16,16] @ models/lib/nn.yaml:79:7
%7141 = mul %7133, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%7142 = broadcast %2640 : f32[16,16] @ models/lib/nn.yaml:79:7
%7143 = mul %7134, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%7144 = add %7143, %7141 : f32[16,16] @ models/lib/nn.yaml:79:7
%7145 = mul %7133, %7133 : f32[16,16] @ models/lib/nn.yaml:79:7
%7146 = broadcast %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7147 = mul %7145, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%7148 = broadcast %6750 : f32[16,16] @ models/lib/nn.yaml:79:7
%7149 = mul %7135, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%7150 = add %7149, %7147 : f32[16,16] @ models/lib/nn.yaml:79:7
%7151 = cast %7137 : f64[] @ models/lib/nn.yaml:79:7
%7152 = pow %6741, %7151 : f64[] @ models/lib/nn.yaml:79:7
%7153 = sub %6722, %7152 : f64[] @ models/lib/nn.yaml:79:7
%7154 = div %4159, %7153 : f64[] @ models/lib/nn.yaml:79:7
%7155 = pow %6749, %7151 : f64[] @ models/lib/nn.yaml:79:7
%7156 = sub %6722, %7155 : f64[] @ models/lib/nn.yaml:79:7
%7157 = sqrt %7156 : f64[] @ models/lib/nn.yaml:79:7
%7158 = div %6722, %7157 : f64[] @ models/lib/nn.yaml:79:7
%7159 = sqrt %7150 : f32[16,16] @ models/lib/nn.yaml:79:7
%7160 = cast %7158 : f32[] @ models/lib/nn.yaml:79:7
%7161 = broadcast %7160 : f32[16,16] @ models/lib/nn.yaml:79:7
%7162 = mul %7159, %7161 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = broadcast %6766 : f32[16,16] @ models/lib/nn.yaml:79:7
%7164 = add %7162, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = div %7144, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = cast %7154 : f32[] @ models/lib/nn.yaml:79:7
%7167 = broadcast %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%7168 = mul %7165, %7167 : f32[16,16] @ models/lib/nn.yaml:79:7
%7169 = sub %7139, %7168 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = assign %14, %7169 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = assign %7134, %7144 : f32[16,16] @ models/lib/nn.yaml:79:7
%7172 = assign %7135, %7150 : f32[16,16] @ models/lib/nn.yaml:79:7
%7173 = assign %7136, %7137 : i64[] @ models/lib/nn.yaml:79:7
%7174 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%7175 = mul %92, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = broadcast %6781 : f32[16,16] @ models/lib/nn.yaml:79:7
%7177 = mul %7169, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7178 = add %7175, %7177 : f32[16,16] @ models/lib/nn.yaml:79:7
%7179 = assign %92, %7178 : f32[16,16] @ models/lib/nn.yaml:79:7
%7180 = all_reduce_sum %6539 : f32[16] @ models/lib/nn.yaml:80:7
%7181 = mul %7180, %7180 : f32[16] @ models/lib/nn.yaml:80:7
%7182 = reduce_sum %7181 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7183 = sqrt %7182 : f32[] @ models/lib/nn.yaml:80:7
%7184 = cast %7183 : f64[] @ models/lib/nn.yaml:80:7
%7185 = add %7184, %6718 : f64[] @ models/lib/nn.yaml:80:7
%7186 = div %6720, %7185 : f64[] @ models/lib/nn.yaml:80:7
%7187 = lt %7186, %6722 : bool[] @ models/lib/nn.yaml:80:7
%7188 = cast %7186 : f32[] @ models/lib/nn.yaml:80:7
%7189 = broadcast %7188 : f32[16] @ models/lib/nn.yaml:80:7
%7190 = mul %7180, %7189 : f32[16] @ models/lib/nn.yaml:80:7
%7191 = broadcast %7187 : bool[16] @ models/lib/nn.yaml:80:7
%7192 = select %7191, %7190, %7180 : f32[16] @ models/lib/nn.yaml:80:7
%7193 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7194 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7195 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7196 = add %7195, %6732 : i64[] @ models/lib/nn.yaml:80:7
%7197 = mul %7192, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%7198 = mul %7193, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%7199 = add %7198, %7197 : f32[16] @ models/lib/nn.yaml:80:7
%7200 = mul %7192, %7192 : f32[16] @ models/lib/nn.yaml:80:7
%7201 = mul %7200, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%7202 = mul %7194, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%7203 = add %7202, %7201 : f32[16] @ models/lib/nn.yaml:80:7
%7204 = cast %7196 : f64[] @ models/lib/nn.yaml:80:7
%7205 = pow %6741, %7204 : f64[] @ models/lib/nn.yaml:80:7
%7206 = sub %6722, %7205 : f64[] @ models/lib/nn.yaml:80:7
%7207 = div %4159, %7206 : f64[] @ models/lib/nn.yaml:80:7
%7208 = pow %6749, %7204 : f64[] @ models/lib/nn.yaml:80:7
%7209 = sub %6722, %7208 : f64[] @ models/lib/nn.yaml:80:7
%7210 = sqrt %7209 : f64[] @ models/lib/nn.yaml:80:7
%7211 = div %6722, %7210 : f64[] @ models/lib/nn.yaml:80:7
%7212 = sqrt %7203 : f32[16] @ models/lib/nn.yaml:80:7
%7213 = cast %7211 : f32[] @ models/lib/nn.yaml:80:7
%7214 = broadcast %7213 : f32[16] @ models/lib/nn.yaml:80:7
%7215 = mul %7212, %7214 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = add %7215, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%7217 = div %7199, %7216 : f32[16] @ models/lib/nn.yaml:80:7
%7218 = cast %7207 : f32[] @ models/lib/nn.yaml:80:7
%7219 = broadcast %7218 : f32[16] @ models/lib/nn.yaml:80:7
%7220 = mul %7217, %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7221 = sub %15, %7220 : f32[16] @ models/lib/nn.yaml:80:7
%7222 = assign %15, %7221 : f32[16] @ models/lib/nn.yaml:80:7
%7223 = assign %7193, %7199 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = assign %7194, %7203 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = assign %7195, %7196 : i64[] @ models/lib/nn.yaml:80:7
%7226 = mul %93, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%7227 = mul %7221, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%7228 = add %7226, %7227 : f32[16] @ models/lib/nn.yaml:80:7
%7229 = assign %93, %7228 : f32[16] @ models/lib/nn.yaml:80:7
%7230 = all_reduce_sum %6514 : f32[16] @ models/lib/nn.yaml:89:7
%7231 = mul %7230, %7230 : f32[16] @ models/lib/nn.yaml:89:7
%7232 = reduce_sum %7231 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7233 = sqrt %7232 : f32[] @ models/lib/nn.yaml:89:7
%7234 = cast %7233 : f64[] @ models/lib/nn.yaml:89:7
%7235 = add %7234, %6718 : f64[] @ models/lib/nn.yaml:89:7
%7236 = div %6720, %7235 : f64[] @ models/lib/nn.yaml:89:7
%7237 = lt %7236, %6722 : bool[] @ models/lib/nn.yaml:89:7
%7238 = cast %7236 : f32[] @ models/lib/nn.yaml:89:7
%7239 = broadcast %7238 : f32[16] @ models/lib/nn.yaml:89:7
%7240 = mul %7230, %7239 : f32[16] @ models/lib/nn.yaml:89:7
%7241 = broadcast %7237 : bool[16] @ models/lib/nn.yaml:89:7
%7242 = select %7241, %7240, %7230 : f32[16] @ models/lib/nn.yaml:89:7
%7243 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7244 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7245 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7246 = add %7245, %6732 : i64[] @ models/lib/nn.yaml:89:7
%7247 = mul %7242, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%7248 = mul %7243, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%7249 = add %7248, %7247 : f32[16] @ models/lib/nn.yaml:89:7
%7250 = mul %7242, %7242 : f32[16] @ models/lib/nn.yaml:89:7
%7251 = mul %7250, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%7252 = mul %7244, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%7253 = add %7252, %7251 : f32[16] @ models/lib/nn.yaml:89:7
%7254 = cast %7246 : f64[] @ models/lib/nn.yaml:89:7
%7255 = pow %6741, %7254 : f64[] @ models/lib/nn.yaml:89:7
%7256 = sub %6722, %7255 : f64[] @ models/lib/nn.yaml:89:7
%7257 = div %4159, %7256 : f64[] @ models/lib/nn.yaml:89:7
%7258 = pow %6749, %7254 : f64[] @ models/lib/nn.yaml:89:7
%7259 = sub %6722, %7258 : f64[] @ models/lib/nn.yaml:89:7
%7260 = sqrt %7259 : f64[] @ models/lib/nn.yaml:89:7
%7261 = div %6722, %7260 : f64[] @ models/lib/nn.yaml:89:7
%7262 = sqrt %7253 : f32[16] @ models/lib/nn.yaml:89:7
%7263 = cast %7261 : f32[] @ models/lib/nn.yaml:89:7
%7264 = broadcast %7263 : f32[16] @ models/lib/nn.yaml:89:7
%7265 = mul %7262, %7264 : f32[16] @ models/lib/nn.yaml:89:7
%7266 = add %7265, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%7267 = div %7249, %7266 : f32[16] @ models/lib/nn.yaml:89:7
%7268 = cast %7257 : f32[] @ models/lib/nn.yaml:89:7
%7269 = broadcast %7268 : f32[16] @ models/lib/nn.yaml:89:7
%7270 = mul %7267, %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7271 = sub %16, %7270 : f32[16] @ models/lib/nn.yaml:89:7
%7272 = assign %16, %7271 : f32[16] @ models/lib/nn.yaml:89:7
%7273 = assign %7243, %7249 : f32[16] @ models/lib/nn.yaml:89:7
%7274 = assign %7244, %7253 : f32[16] @ models/lib/nn.yaml:89:7
%7275 = assign %7245, %7246 : i64[] @ models/lib/nn.yaml:89:7
%7276 = mul %94, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%7277 = mul %7271, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%7278 = add %7276, %7277 : f32[16] @ models/lib/nn.yaml:89:7
%7279 = assign %94, %7278 : f32[16] @ models/lib/nn.yaml:89:7
%7280 = all_reduce_sum %6508 : f32[16] @ models/lib/nn.yaml:90:7
%7281 = mul %7280, %7280 : f32[16] @ models/lib/nn.yaml:90:7
%7282 = reduce_sum %7281 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7283 = sqrt %7282 : f32[] @ models/lib/nn.yaml:90:7
%7284 = cast %7283 : f64[] @ models/lib/nn.yaml:90:7
%7285 = add %7284, %6718 : f64[] @ models/lib/nn.yaml:90:7
%7286 = div %6720, %7285 : f64[] @ models/lib/nn.yaml:90:7
%7287 = lt %7286, %6722 : bool[] @ models/lib/nn.yaml:90:7
%7288 = cast %7286 : f32[] @ models/lib/nn.yaml:90:7
%7289 = broadcast %7288 : f32[16] @ models/lib/nn.yaml:90:7
%7290 = mul %7280, %7289 : f32[16] @ models/lib/nn.yaml:90:7
%7291 = broadcast %7287 : bool[16] @ models/lib/nn.yaml:90:7
%7292 = select %7291, %7290, %7280 : f32[16] @ models/lib/nn.yaml:90:7
%7293 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7294 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7295 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7296 = add %7295, %6732 : i64[] @ models/lib/nn.yaml:90:7
%7297 = mul %7292, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%7298 = mul %7293, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%7299 = add %7298, %7297 : f32[16] @ models/lib/nn.yaml:90:7
%7300 = mul %7292, %7292 : f32[16] @ models/lib/nn.yaml:90:7
%7301 = mul %7300, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%7302 = mul %7294, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%7303 = add %7302, %7301 : f32[16] @ models/lib/nn.yaml:90:7
%7304 = cast %7296 : f64[] @ models/lib/nn.yaml:90:7
%7305 = pow %6741, %7304 : f64[] @ models/lib/nn.yaml:90:7
%7306 = sub %6722, %7305 : f64[] @ models/lib/nn.yaml:90:7
%7307 = div %4159, %7306 : f64[] @ models/lib/nn.yaml:90:7
%7308 = pow %6749, %7304 : f64[] @ models/lib/nn.yaml:90:7
%7309 = sub %6722, %7308 : f64[] @ models/lib/nn.yaml:90:7
%7310 = sqrt %7309 : f64[] @ models/lib/nn.yaml:90:7
%7311 = div %6722, %7310 : f64[] @ models/lib/nn.yaml:90:7
%7312 = sqrt %7303 : f32[16] @ models/lib/nn.yaml:90:7
%7313 = cast %7311 : f32[] @ models/lib/nn.yaml:90:7
%7314 = broadcast %7313 : f32[16] @ models/lib/nn.yaml:90:7
%7315 = mul %7312, %7314 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = add %7315, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%7317 = div %7299, %7316 : f32[16] @ models/lib/nn.yaml:90:7
%7318 = cast %7307 : f32[] @ models/lib/nn.yaml:90:7
%7319 = broadcast %7318 : f32[16] @ models/lib/nn.yaml:90:7
%7320 = mul %7317, %7319 : f32[16] @ models/lib/nn.yaml:90:7
%7321 = sub %17, %7320 : f32[16] @ models/lib/nn.yaml:90:7
%7322 = assign %17, %7321 : f32[16] @ models/lib/nn.yaml:90:7
%7323 = assign %7293, %7299 : f32[16] @ models/lib/nn.yaml:90:7
%7324 = assign %7294, %7303 : f32[16] @ models/lib/nn.yaml:90:7
%7325 = assign %7295, %7296 : i64[] @ models/lib/nn.yaml:90:7
%7326 = mul %95, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7327 = mul %7321, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%7328 = add %7326, %7327 : f32[16] @ models/lib/nn.yaml:90:7
%7329 = assign %95, %7328 : f32[16] @ models/lib/nn.yaml:90:7
%7330 = all_reduce_sum %6502 : f32[64,16] @ models/lib/nn.yaml:79:7
%7331 = reshape %7330 : f32[1024] @ models/lib/nn.yaml:79:7
%7332 = mul %7331, %7331 : f32[1024] @ models/lib/nn.yaml:79:7
%7333 = reduce_sum %7332 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7334 = sqrt %7333 : f32[] @ models/lib/nn.yaml:79:7
%7335 = cast %7334 : f64[] @ models/lib/nn.yaml:79:7
%7336 = add %7335, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7337 = div %6720, %7336 : f64[] @ models/lib/nn.yaml:79:7
%7338 = lt %7337, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7339 = cast %7337 : f32[] @ models/lib/nn.yaml:79:7
%7340 = broadcast %7339 : f32[64,16] @ models/lib/nn.yaml:79:7
%7341 = mul %7330, %7340 : f32[64,16] @ models/lib/nn.yaml:79:7
%7342 = broadcast %7338 : bool[64,16] @ models/lib/nn.yaml:79:7
%7343 = select %7342, %7341, %7330 : f32[64,16] @ models/lib/nn.yaml:79:7
%7344 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7345 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7346 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7347 = add %7346, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7348 = broadcast %6736 : f32[64,16] @ models/lib/nn.yaml:79:7
%7349 = mul %18, %7348 : f32[64,16] @ models/lib/nn.yaml:79:7
%7350 = broadcast %3852 : f32[64,16] @ models/lib/nn.yaml:79:7
%7351 = mul %7343, %7350 : f32[64,16] @ models/lib/nn.yaml:79:7
%7352 = broadcast %2640 : f32[64,16] @ models/lib/nn.yaml:79:7
%7353 = mul %7344, %7352 : f32[64,16] @ models/lib/nn.yaml:79:7
%7354 = add %7353, %7351 : f32[64,16] @ models/lib/nn.yaml:79:7
%7355 = mul %7343, %7343 : f32[64,16] @ models/lib/nn.yaml:79:7
%7356 = broadcast %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%7357 = mul %7355, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%7358 = broadcast %6750 : f32[64,16] @ models/lib/nn.yaml:79:7
%7359 = mul %7345, %7358 : f32[64,16] @ models/lib/nn.yaml:79:7
%7360 = add %7359, %7357 : f32[64,16] @ models/lib/nn.yaml:79:7
%7361 = cast %7347 : f64[] @ models/lib/nn.yaml:79:7
%7362 = pow %6741, %7361 : f64[] @ models/lib/nn.yaml:79:7
%7363 = sub %6722, %7362 : f64[] @ models/lib/nn.yaml:79:7
%7364 = div %4159, %7363 : f64[] @ models/lib/nn.yaml:79:7
%7365 = pow %6749, %7361 : f64[] @ models/lib/nn.yaml:79:7
%7366 = sub %6722, %7365 : f64[] @ models/lib/nn.yaml:79:7
%7367 = sqrt %7366 : f64[] @ models/lib/nn.yaml:79:7
%7368 = div %6722, %7367 : f64[] @ models/lib/nn.yaml:79:7
%7369 = sqrt %7360 : f32[64,16] @ models/lib/nn.yaml:79:7
%7370 = cast %7368 : f32[] @ models/lib/nn.yaml:79:7
%7371 = broadcast %7370 : f32[64,16] @ models/lib/nn.yaml:79:7
%7372 = mul %7369, %7371 : f32[64,16] @ models/lib/nn.yaml:79:7
%7373 = broadcast %6766 : f32[64,16] @ models/lib/nn.yaml:79:7
%7374 = add %7372, %7373 : f32[64,16] @ models/lib/nn.yaml:79:7
%7375 = div %7354, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%7376 = cast %7364 : f32[] @ models/lib/nn.yaml:79:7
%7377 = broadcast %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%7378 = mul %7375, %7377 : f32[64,16] @ models/lib/nn.yaml:79:7
%7379 = sub %7349, %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%7380 = assign %18, %7379 : f32[64,16] @ models/lib/nn.yaml:79:7
%7381 = assign %7344, %7354 : f32[64,16] @ models/lib/nn.yaml:79:7
%7382 = assign %7345, %7360 : f32[64,16] @ models/lib/nn.yaml:79:7
%7383 = assign %7346, %7347 : i64[] @ models/lib/nn.yaml:79:7
%7384 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%7385 = mul %96, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%7386 = broadcast %6781 : f32[64,16] @ models/lib/nn.yaml:79:7
%7387 = mul %7379, %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%7388 = add %7385, %7387 : f32[64,16] @ models/lib/nn.yaml:79:7
%7389 = assign %96, %7388 : f32[64,16] @ models/lib/nn.yaml:79:7
%7390 = all_reduce_sum %6494 : f32[64] @ models/lib/nn.yaml:80:7
%7391 = mul %7390, %7390 : f32[64] @ models/lib/nn.yaml:80:7
%7392 = reduce_sum %7391 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7393 = sqrt %7392 : f32[] @ models/lib/nn.yaml:80:7
%7394 = cast %7393 : f64[] @ models/lib/nn.yaml:80:7
%7395 = add %7394, %6718 : f64[] @ models/lib/nn.yaml:80:7
%7396 = div %6720, %7395 : f64[] @ models/lib/nn.yaml:80:7
%7397 = lt %7396, %6722 : bool[] @ models/lib/nn.yaml:80:7
%7398 = cast %7396 : f32[] @ models/lib/nn.yaml:80:7
%7399 = broadcast %7398 : f32[64] @ models/lib/nn.yaml:80:7
%7400 = mul %7390, %7399 : f32[64] @ models/lib/nn.yaml:80:7
%7401 = broadcast %7397 : bool[64] @ models/lib/nn.yaml:80:7
%7402 = select %7401, %7400, %7390 : f32[64] @ models/lib/nn.yaml:80:7
%7403 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7404 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7405 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7406 = add %7405, %6732 : i64[] @ models/lib/nn.yaml:80:7
%7407 = broadcast %3852 : f32[64] @ models/lib/nn.yaml:80:7
%7408 = mul %7402, %7407 : f32[64] @ models/lib/nn.yaml:80:7
%7409 = broadcast %2640 : f32[64] @ models/lib/nn.yaml:80:7
%7410 = mul %7403, %7409 : f32[64] @ models/lib/nn.yaml:80:7
%7411 = add %7410, %7408 : f32[64] @ models/lib/nn.yaml:80:7
%7412 = mul %7402, %7402 : f32[64] @ models/lib/nn.yaml:80:7
%7413 = broadcast %6746 : f32[64] @ models/lib/nn.yaml:80:7
%7414 = mul %7412, %7413 : f32[64] @ models/lib/nn.yaml:80:7
%7415 = broadcast %6750 : f32[64] @ models/lib/nn.yaml:80:7
%7416 = mul %7404, %7415 : f32[64] @ models/lib/nn.yaml:80:7
%7417 = add %7416, %7414 : f32[64] @ models/lib/nn.yaml:80:7
%7418 = cast %7406 : f64[] @ models/lib/nn.yaml:80:7
%7419 = pow %6741, %7418 : f64[] @ models/lib/nn.yaml:80:7
%7420 = sub %6722, %7419 : f64[] @ models/lib/nn.yaml:80:7
%7421 = div %4159, %7420 : f64[] @ models/lib/nn.yaml:80:7
%7422 = pow %6749, %7418 : f64[] @ models/lib/nn.yaml:80:7
%7423 = sub %6722, %7422 : f64[] @ models/lib/nn.yaml:80:7
%7424 = sqrt %7423 : f64[] @ models/lib/nn.yaml:80:7
%7425 = div %6722, %7424 : f64[] @ models/lib/nn.yaml:80:7
%7426 = sqrt %7417 : f32[64] @ models/lib/nn.yaml:80:7
%7427 = cast %7425 : f32[] @ models/lib/nn.yaml:80:7
%7428 = broadcast %7427 : f32[64] @ models/lib/nn.yaml:80:7
%7429 = mul %7426, %7428 : f32[64] @ models/lib/nn.yaml:80:7
%7430 = broadcast %6766 : f32[64] @ models/lib/nn.yaml:80:7
%7431 = add %7429, %7430 : f32[64] @ models/lib/nn.yaml:80:7
%7432 = div %7411, %7431 : f32[64] @ models/lib/nn.yaml:80:7
%7433 = cast %7421 : f32[] @ models/lib/nn.yaml:80:7
%7434 = broadcast %7433 : f32[64] @ models/lib/nn.yaml:80:7
%7435 = mul %7432, %7434 : f32[64] @ models/lib/nn.yaml:80:7
%7436 = sub %19, %7435 : f32[64] @ models/lib/nn.yaml:80:7
%7437 = assign %19, %7436 : f32[64] @ models/lib/nn.yaml:80:7
%7438 = assign %7403, %7411 : f32[64] @ models/lib/nn.yaml:80:7
%7439 = assign %7404, %7417 : f32[64] @ models/lib/nn.yaml:80:7
%7440 = assign %7405, %7406 : i64[] @ models/lib/nn.yaml:80:7
%7441 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7442 = mul %97, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%7443 = broadcast %6781 : f32[64] @ models/lib/nn.yaml:80:7
%7444 = mul %7436, %7443 : f32[64] @ models/lib/nn.yaml:80:7
%7445 = add %7442, %7444 : f32[64] @ models/lib/nn.yaml:80:7
%7446 = assign %97, %7445 : f32[64] @ models/lib/nn.yaml:80:7
%7447 = all_reduce_sum %6466 : f32[16,64] @ models/lib/nn.yaml:79:7
%7448 = reshape %7447 : f32[1024] @ models/lib/nn.yaml:79:7
%7449 = mul %7448, %7448 : f32[1024] @ models/lib/nn.yaml:79:7
%7450 = reduce_sum %7449 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7451 = sqrt %7450 : f32[] @ models/lib/nn.yaml:79:7
%7452 = cast %7451 : f64[] @ models/lib/nn.yaml:79:7
%7453 = add %7452, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7454 = div %6720, %7453 : f64[] @ models/lib/nn.yaml:79:7
%7455 = lt %7454, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7456 = cast %7454 : f32[] @ models/lib/nn.yaml:79:7
%7457 = broadcast %7456 : f32[16,64] @ models/lib/nn.yaml:79:7
%7458 = mul %7447, %7457 : f32[16,64] @ models/lib/nn.yaml:79:7
%7459 = broadcast %7455 : bool[16,64] @ models/lib/nn.yaml:79:7
%7460 = select %7459, %7458, %7447 : f32[16,64] @ models/lib/nn.yaml:79:7
%7461 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7462 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7463 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7464 = add %7463, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7465 = broadcast %6736 : f32[16,64] @ models/lib/nn.yaml:79:7
%7466 = mul %20, %7465 : f32[16,64] @ models/lib/nn.yaml:79:7
%7467 = broadcast %3852 : f32[16,64] @ models/lib/nn.yaml:79:7
%7468 = mul %7460, %7467 : f32[16,64] @ models/lib/nn.yaml:79:7
%7469 = broadcast %2640 : f32[16,64] @ models/lib/nn.yaml:79:7
%7470 = mul %7461, %7469 : f32[16,64] @ models/lib/nn.yaml:79:7
%7471 = add %7470, %7468 : f32[16,64] @ models/lib/nn.yaml:79:7
%7472 = mul %7460, %7460 : f32[16,64] @ models/lib/nn.yaml:79:7
%7473 = broadcast %6746 : f32[16,64] @ models/lib/nn.yaml:79:7
%7474 = mul %7472, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%7475 = broadcast %6750 : f32[16,64] @ models/lib/nn.yaml:79:7
%7476 = mul %7462, %7475 : f32[16,64] @ models/lib/nn.yaml:79:7
%7477 = add %7476, %7474 : f32[16,64] @ models/lib/nn.yaml:79:7
%7478 = cast %7464 : f64[] @ models/lib/nn.yaml:79:7
%7479 = pow %6741, %7478 : f64[] @ models/lib/nn.yaml:79:7
%7480 = sub %6722, %7479 : f64[] @ models/lib/nn.yaml:79:7
%7481 = div %4159, %7480 : f64[] @ models/lib/nn.yaml:79:7
%7482 = pow %6749, %7478 : f64[] @ models/lib/nn.yaml:79:7
%7483 = sub %6722, %7482 : f64[] @ models/lib/nn.yaml:79:7
%7484 = sqrt %7483 : f64[] @ models/lib/nn.yaml:79:7
%7485 = div %6722, %7484 : f64[] @ models/lib/nn.yaml:79:7
%7486 = sqrt %7477 : f32[16,64] @ models/lib/nn.yaml:79:7
%7487 = cast %7485 : f32[] @ models/lib/nn.yaml:79:7
%7488 = broadcast %7487 : f32[16,64] @ models/lib/nn.yaml:79:7
%7489 = mul %7486, %7488 : f32[16,64] @ models/lib/nn.yaml:79:7
%7490 = broadcast %6766 : f32[16,64] @ models/lib/nn.yaml:79:7
%7491 = add %7489, %7490 : f32[16,64] @ models/lib/nn.yaml:79:7
%7492 = div %7471, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%7493 = cast %7481 : f32[] @ models/lib/nn.yaml:79:7
%7494 = broadcast %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%7495 = mul %7492, %7494 : f32[16,64] @ models/lib/nn.yaml:79:7
%7496 = sub %7466, %7495 : f32[16,64] @ models/lib/nn.yaml:79:7
%7497 = assign %20, %7496 : f32[16,64] @ models/lib/nn.yaml:79:7
%7498 = assign %7461, %7471 : f32[16,64] @ models/lib/nn.yaml:79:7
%7499 = assign %7462, %7477 : f32[16,64] @ models/lib/nn.yaml:79:7
%7500 = assign %7463, %7464 : i64[] @ models/lib/nn.yaml:79:7
%7501 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7502 = mul %98, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%7503 = broadcast %6781 : f32[16,64] @ models/lib/nn.yaml:79:7
%7504 = mul %7496, %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%7505 = add %7502, %7504 : f32[16,64] @ models/lib/nn.yaml:79:7
%7506 = assign %98, %7505 : f32[16,64] @ models/lib/nn.yaml:79:7
%7507 = all_reduce_sum %6458 : f32[16] @ models/lib/nn.yaml:80:7
%7508 = mul %7507, %7507 : f32[16] @ models/lib/nn.yaml:80:7
%7509 = reduce_sum %7508 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7510 = sqrt %7509 : f32[] @ models/lib/nn.yaml:80:7
%7511 = cast %7510 : f64[] @ models/lib/nn.yaml:80:7
%7512 = add %7511, %6718 : f64[] @ models/lib/nn.yaml:80:7
%7513 = div %6720, %7512 : f64[] @ models/lib/nn.yaml:80:7
%7514 = lt %7513, %6722 : bool[] @ models/lib/nn.yaml:80:7
%7515 = cast %7513 : f32[] @ models/lib/nn.yaml:80:7
%7516 = broadcast %7515 : f32[16] @ models/lib/nn.yaml:80:7
%7517 = mul %7507, %7516 : f32[16] @ models/lib/nn.yaml:80:7
%7518 = broadcast %7514 : bool[16] @ models/lib/nn.yaml:80:7
%7519 = select %7518, %7517, %7507 : f32[16] @ models/lib/nn.yaml:80:7
%7520 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7521 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7522 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7523 = add %7522, %6732 : i64[] @ models/lib/nn.yaml:80:7
%7524 = mul %7519, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%7525 = mul %7520, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%7526 = add %7525, %7524 : f32[16] @ models/lib/nn.yaml:80:7
%7527 = mul %7519, %7519 : f32[16] @ models/lib/nn.yaml:80:7
%7528 = mul %7527, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%7529 = mul %7521, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%7530 = add %7529, %7528 : f32[16] @ models/lib/nn.yaml:80:7
%7531 = cast %7523 : f64[] @ models/lib/nn.yaml:80:7
%7532 = pow %6741, %7531 : f64[] @ models/lib/nn.yaml:80:7
%7533 = sub %6722, %7532 : f64[] @ models/lib/nn.yaml:80:7
%7534 = div %4159, %7533 : f64[] @ models/lib/nn.yaml:80:7
%7535 = pow %6749, %7531 : f64[] @ models/lib/nn.yaml:80:7
%7536 = sub %6722, %7535 : f64[] @ models/lib/nn.yaml:80:7
%7537 = sqrt %7536 : f64[] @ models/lib/nn.yaml:80:7
%7538 = div %6722, %7537 : f64[] @ models/lib/nn.yaml:80:7
%7539 = sqrt %7530 : f32[16] @ models/lib/nn.yaml:80:7
%7540 = cast %7538 : f32[] @ models/lib/nn.yaml:80:7
%7541 = broadcast %7540 : f32[16] @ models/lib/nn.yaml:80:7
%7542 = mul %7539, %7541 : f32[16] @ models/lib/nn.yaml:80:7
%7543 = add %7542, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%7544 = div %7526, %7543 : f32[16] @ models/lib/nn.yaml:80:7
%7545 = cast %7534 : f32[] @ models/lib/nn.yaml:80:7
%7546 = broadcast %7545 : f32[16] @ models/lib/nn.yaml:80:7
%7547 = mul %7544, %7546 : f32[16] @ models/lib/nn.yaml:80:7
%7548 = sub %21, %7547 : f32[16] @ models/lib/nn.yaml:80:7
%7549 = assign %21, %7548 : f32[16] @ models/lib/nn.yaml:80:7
%7550 = assign %7520, %7526 : f32[16] @ models/lib/nn.yaml:80:7
%7551 = assign %7521, %7530 : f32[16] @ models/lib/nn.yaml:80:7
%7552 = assign %7522, %7523 : i64[] @ models/lib/nn.yaml:80:7
%7553 = mul %99, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%7554 = mul %7548, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%7555 = add %7553, %7554 : f32[16] @ models/lib/nn.yaml:80:7
%7556 = assign %99, %7555 : f32[16] @ models/lib/nn.yaml:80:7
%7557 = all_reduce_sum %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7558 = mul %7557, %7557 : f32[16] @ models/lib/nn.yaml:89:7
%7559 = reduce_sum %7558 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7560 = sqrt %7559 : f32[] @ models/lib/nn.yaml:89:7
%7561 = cast %7560 : f64[] @ models/lib/nn.yaml:89:7
%7562 = add %7561, %6718 : f64[] @ models/lib/nn.yaml:89:7
%7563 = div %6720, %7562 : f64[] @ models/lib/nn.yaml:89:7
%7564 = lt %7563, %6722 : bool[] @ models/lib/nn.yaml:89:7
%7565 = cast %7563 : f32[] @ models/lib/nn.yaml:89:7
%7566 = broadcast %7565 : f32[16] @ models/lib/nn.yaml:89:7
%7567 = mul %7557, %7566 : f32[16] @ models/lib/nn.yaml:89:7
%7568 = broadcast %7564 : bool[16] @ models/lib/nn.yaml:89:7
%7569 = select %7568, %7567, %7557 : f32[16] @ models/lib/nn.yaml:89:7
%7570 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7571 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7572 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7573 = add %7572, %6732 : i64[] @ models/lib/nn.yaml:89:7
%7574 = mul %7569, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%7575 = mul %7570, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%7576 = add %7575, %7574 : f32[16] @ models/lib/nn.yaml:89:7
%7577 = mul %7569, %7569 : f32[16] @ models/lib/nn.yaml:89:7
%7578 = mul %7577, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%7579 = mul %7571, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%7580 = add %7579, %7578 : f32[16] @ models/lib/nn.yaml:89:7
%7581 = cast %7573 : f64[] @ models/lib/nn.yaml:89:7
%7582 = pow %6741, %7581 : f64[] @ models/lib/nn.yaml:89:7
%7583 = sub %6722, %7582 : f64[] @ models/lib/nn.yaml:89:7
%7584 = div %4159, %7583 : f64[] @ models/lib/nn.yaml:89:7
%7585 = pow %6749, %7581 : f64[] @ models/lib/nn.yaml:89:7
%7586 = sub %6722, %7585 : f64[] @ models/lib/nn.yaml:89:7
%7587 = sqrt %7586 : f64[] @ models/lib/nn.yaml:89:7
%7588 = div %6722, %7587 : f64[] @ models/lib/nn.yaml:89:7
%7589 = sqrt %7580 : f32[16] @ models/lib/nn.yaml:89:7
%7590 = cast %7588 : f32[] @ models/lib/nn.yaml:89:7
%7591 = broadcast %7590 : f32[16] @ models/lib/nn.yaml:89:7
%7592 = mul %7589, %7591 : f32[16] @ models/lib/nn.yaml:89:7
%7593 = add %7592, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%7594 = div %7576, %7593 : f32[16] @ models/lib/nn.yaml:89:7
%7595 = cast %7584 : f32[] @ models/lib/nn.yaml:89:7
%7596 = broadcast %7595 : f32[16] @ models/lib/nn.yaml:89:7
%7597 = mul %7594, %7596 : f32[16] @ models/lib/nn.yaml:89:7
%7598 = sub %22, %7597 : f32[16] @ models/lib/nn.yaml:89:7
%7599 = assign %22, %7598 : f32[16] @ models/lib/nn.yaml:89:7
%7600 = assign %7570, %7576 : f32[16] @ models/lib/nn.yaml:89:7
%7601 = assign %7571, %7580 : f32[16] @ models/lib/nn.yaml:89:7
%7602 = assign %7572, %7573 : i64[] @ models/lib/nn.yaml:89:7
%7603 = mul %100, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%7604 = mul %7598, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%7605 = add %7603, %7604 : f32[16] @ models/lib/nn.yaml:89:7
%7606 = assign %100, %7605 : f32[16] @ models/lib/nn.yaml:89:7
%7607 = all_reduce_sum %6427 : f32[16] @ models/lib/nn.yaml:90:7
%7608 = mul %7607, %7607 : f32[16] @ models/lib/nn.yaml:90:7
%7609 = reduce_sum %7608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7610 = sqrt %7609 : f32[] @ models/lib/nn.yaml:90:7
%7611 = cast %7610 : f64[] @ models/lib/nn.yaml:90:7
%7612 = add %7611, %6718 : f64[] @ models/lib/nn.yaml:90:7
%7613 = div %6720, %7612 : f64[] @ models/lib/nn.yaml:90:7
%7614 = lt %7613, %6722 : bool[] @ models/lib/nn.yaml:90:7
%7615 = cast %7613 : f32[] @ models/lib/nn.yaml:90:7
%7616 = broadcast %7615 : f32[16] @ models/lib/nn.yaml:90:7
%7617 = mul %7607, %7616 : f32[16] @ models/lib/nn.yaml:90:7
%7618 = broadcast %7614 : bool[16] @ models/lib/nn.yaml:90:7
%7619 = select %7618, %7617, %7607 : f32[16] @ models/lib/nn.yaml:90:7
%7620 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7621 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7622 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7623 = add %7622, %6732 : i64[] @ models/lib/nn.yaml:90:7
%7624 = mul %7619, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%7625 = mul %7620, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%7626 = add %7625, %7624 : f32[16] @ models/lib/nn.yaml:90:7
%7627 = mul %7619, %7619 : f32[16] @ models/lib/nn.yaml:90:7
%7628 = mul %7627, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%7629 = mul %7621, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%7630 = add %7629, %7628 : f32[16] @ models/lib/nn.yaml:90:7
%7631 = cast %7623 : f64[] @ models/lib/nn.yaml:90:7
%7632 = pow %6741, %7631 : f64[] @ models/lib/nn.yaml:90:7
%7633 = sub %6722, %7632 : f64[] @ models/lib/nn.yaml:90:7
%7634 = div %4159, %7633 : f64[] @ models/lib/nn.yaml:90:7
%7635 = pow %6749, %7631 : f64[] @ models/lib/nn.yaml:90:7
%7636 = sub %6722, %7635 : f64[] @ models/lib/nn.yaml:90:7
%7637 = sqrt %7636 : f64[] @ models/lib/nn.yaml:90:7
%7638 = div %6722, %7637 : f64[] @ models/lib/nn.yaml:90:7
%7639 = sqrt %7630 : f32[16] @ models/lib/nn.yaml:90:7
%7640 = cast %7638 : f32[] @ models/lib/nn.yaml:90:7
%7641 = broadcast %7640 : f32[16] @ models/lib/nn.yaml:90:7
%7642 = mul %7639, %7641 : f32[16] @ models/lib/nn.yaml:90:7
%7643 = add %7642, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%7644 = div %7626, %7643 : f32[16] @ models/lib/nn.yaml:90:7
%7645 = cast %7634 : f32[] @ models/lib/nn.yaml:90:7
%7646 = broadcast %7645 : f32[16] @ models/lib/nn.yaml:90:7
%7647 = mul %7644, %7646 : f32[16] @ models/lib/nn.yaml:90:7
%7648 = sub %23, %7647 : f32[16] @ models/lib/nn.yaml:90:7
%7649 = assign %23, %7648 : f32[16] @ models/lib/nn.yaml:90:7
%7650 = assign %7620, %7626 : f32[16] @ models/lib/nn.yaml:90:7
%7651 = assign %7621, %7630 : f32[16] @ models/lib/nn.yaml:90:7
%7652 = assign %7622, %7623 : i64[] @ models/lib/nn.yaml:90:7
%7653 = mul %101, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7654 = mul %7648, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%7655 = add %7653, %7654 : f32[16] @ models/lib/nn.yaml:90:7
%7656 = assign %101, %7655 : f32[16] @ models/lib/nn.yaml:90:7
%7657 = all_reduce_sum %6421 : f32[48,16] @ models/lib/nn.yaml:79:7
%7658 = reshape %7657 : f32[768] @ models/lib/nn.yaml:79:7
%7659 = mul %7658, %7658 : f32[768] @ models/lib/nn.yaml:79:7
%7660 = reduce_sum %7659 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7661 = sqrt %7660 : f32[] @ models/lib/nn.yaml:79:7
%7662 = cast %7661 : f64[] @ models/lib/nn.yaml:79:7
%7663 = add %7662, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7664 = div %6720, %7663 : f64[] @ models/lib/nn.yaml:79:7
%7665 = lt %7664, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7666 = cast %7664 : f32[] @ models/lib/nn.yaml:79:7
%7667 = broadcast %7666 : f32[48,16] @ models/lib/nn.yaml:79:7
%7668 = mul %7657, %7667 : f32[48,16] @ models/lib/nn.yaml:79:7
%7669 = broadcast %7665 : bool[48,16] @ models/lib/nn.yaml:79:7
%7670 = select %7669, %7668, %7657 : f32[48,16] @ models/lib/nn.yaml:79:7
%7671 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7672 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7673 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7674 = add %7673, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7675 = mul %24, %7021 : f32[48,16] @ models/lib/nn.yaml:79:7
%7676 = mul %7670, %7023 : f32[48,16] @ models/lib/nn.yaml:79:7
%7677 = mul %7671, %7025 : f32[48,16] @ models/lib/nn.yaml:79:7
%7678 = add %7677, %7676 : f32[48,16] @ models/lib/nn.yaml:79:7
%7679 = mul %7670, %7670 : f32[48,16] @ models/lib/nn.yaml:79:7
%7680 = mul %7679, %7029 : f32[48,16] @ models/lib/nn.yaml:79:7
%7681 = mul %7672, %7031 : f32[48,16] @ models/lib/nn.yaml:79:7
%7682 = add %7681, %7680 : f32[48,16] @ models/lib/nn.yaml:79:7
%7683 = cast %7674 : f64[] @ models/lib/nn.yaml:79:7
%7684 = pow %6741, %7683 : f64[] @ models/lib/nn.yaml:79:7
%7685 = sub %6722, %7684 : f64[] @ models/lib/nn.yaml:79:7
%7686 = div %4159, %7685 : f64[] @ models/lib/nn.yaml:79:7
%7687 = pow %6749, %7683 : f64[] @ models/lib/nn.yaml:79:7
%7688 = sub %6722, %7687 : f64[] @ models/lib/nn.yaml:79:7
%7689 = sqrt %7688 : f64[] @ models/lib/nn.yaml:79:7
%7690 = div %6722, %7689 : f64[] @ models/lib/nn.yaml:79:7
%7691 = sqrt %7682 : f32[48,16] @ models/lib/nn.yaml:79:7
%7692 = cast %7690 : f32[] @ models/lib/nn.yaml:79:7
%7693 = broadcast %7692 : f32[48,16] @ models/lib/nn.yaml:79:7
%7694 = mul %7691, %7693 : f32[48,16] @ models/lib/nn.yaml:79:7
%7695 = add %7694, %7046 : f32[48,16] @ models/lib/nn.yaml:79:7
%7696 = div %7678, %7695 : f32[48,16] @ models/lib/nn.yaml:79:7
%7697 = cast %7686 : f32[] @ models/lib/nn.yaml:79:7
%7698 = broadcast %7697 : f32[48,16] @ models/lib/nn.yaml:79:7
%7699 = mul %7696, %7698 : f32[48,16] @ models/lib/nn.yaml:79:7
%7700 = sub %7675, %7699 : f32[48,16] @ models/lib/nn.yaml:79:7
%7701 = assign %24, %7700 : f32[48,16] @ models/lib/nn.yaml:79:7
%7702 = assign %7671, %7678 : f32[48,16] @ models/lib/nn.yaml:79:7
%7703 = assign %7672, %7682 : f32[48,16] @ models/lib/nn.yaml:79:7
%7704 = assign %7673, %7674 : i64[] @ models/lib/nn.yaml:79:7
%7705 = mul %102, %7057 : f32[48,16] @ models/lib/nn.yaml:79:7
%7706 = mul %7700, %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7707 = add %7705, %7706 : f32[48,16] @ models/lib/nn.yaml:79:7
%7708 = assign %102, %7707 : f32[48,16] @ models/lib/nn.yaml:79:7
%7709 = all_reduce_sum %6412 : f32[48] @ models/lib/nn.yaml:80:7
%7710 = mul %7709, %7709 : f32[48] @ models/lib/nn.yaml:80:7
%7711 = reduce_sum %7710 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7712 = sqrt %7711 : f32[] @ models/lib/nn.yaml:80:7
%7713 = cast %7712 : f64[] @ models/lib/nn.yaml:80:7
%7714 = add %7713, %6718 : f64[] @ models/lib/nn.yaml:80:7
%7715 = div %6720, %7714 : f64[] @ models/lib/nn.yaml:80:7
%7716 = lt %7715, %6722 : bool[] @ models/lib/nn.yaml:80:7
%7717 = cast %7715 : f32[] @ models/lib/nn.yaml:80:7
%7718 = broadcast %7717 : f32[48] @ models/lib/nn.yaml:80:7
%7719 = mul %7709, %7718 : f32[48] @ models/lib/nn.yaml:80:7
%7720 = broadcast %7716 : bool[48] @ models/lib/nn.yaml:80:7
%7721 = select %7720, %7719, %7709 : f32[48] @ models/lib/nn.yaml:80:7
%7722 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7723 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7724 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7725 = add %7724, %6732 : i64[] @ models/lib/nn.yaml:80:7
%7726 = mul %7721, %7080 : f32[48] @ models/lib/nn.yaml:80:7
%7727 = mul %7722, %7082 : f32[48] @ models/lib/nn.yaml:80:7
%7728 = add %7727, %7726 : f32[48] @ models/lib/nn.yaml:80:7
%7729 = mul %7721, %7721 : f32[48] @ models/lib/nn.yaml:80:7
%7730 = mul %7729, %7086 : f32[48] @ models/lib/nn.yaml:80:7
%7731 = mul %7723, %7088 : f32[48] @ models/lib/nn.yaml:80:7
%7732 = add %7731, %7730 : f32[48] @ models/lib/nn.yaml:80:7
%7733 = cast %7725 : f64[] @ models/lib/nn.yaml:80:7
%7734 = pow %6741, %7733 : f64[] @ models/lib/nn.yaml:80:7
%7735 = sub %6722, %7734 : f64[] @ models/lib/nn.yaml:80:7
%7736 = div %4159, %7735 : f64[] @ models/lib/nn.yaml:80:7
%7737 = pow %6749, %7733 : f64[] @ models/lib/nn.yaml:80:7
%7738 = sub %6722, %7737 : f64[] @ models/lib/nn.yaml:80:7
%7739 = sqrt %7738 : f64[] @ models/lib/nn.yaml:80:7
%7740 = div %6722, %7739 : f64[] @ models/lib/nn.yaml:80:7
%7741 = sqrt %7732 : f32[48] @ models/lib/nn.yaml:80:7
%7742 = cast %7740 : f32[] @ models/lib/nn.yaml:80:7
%7743 = broadcast %7742 : f32[48] @ models/lib/nn.yaml:80:7
%7744 = mul %7741, %7743 : f32[48] @ models/lib/nn.yaml:80:7
%7745 = add %7744, %7103 : f32[48] @ models/lib/nn.yaml:80:7
%7746 = div %7728, %7745 : f32[48] @ models/lib/nn.yaml:80:7
%7747 = cast %7736 : f32[] @ models/lib/nn.yaml:80:7
%7748 = broadcast %7747 : f32[48] @ models/lib/nn.yaml:80:7
%7749 = mul %7746, %7748 : f32[48] @ models/lib/nn.yaml:80:7
%7750 = sub %25, %7749 : f32[48] @ models/lib/nn.yaml:80:7
%7751 = assign %25, %7750 : f32[48] @ models/lib/nn.yaml:80:7
%7752 = assign %7722, %7728 : f32[48] @ models/lib/nn.yaml:80:7
%7753 = assign %7723, %7732 : f32[48] @ models/lib/nn.yaml:80:7
%7754 = assign %7724, %7725 : i64[] @ models/lib/nn.yaml:80:7
%7755 = mul %103, %7114 : f32[48] @ models/lib/nn.yaml:80:7
%7756 = mul %7750, %7116 : f32[48] @ models/lib/nn.yaml:80:7
%7757 = add %7755, %7756 : f32[48] @ models/lib/nn.yaml:80:7
%7758 = assign %103, %7757 : f32[48] @ models/lib/nn.yaml:80:7
%7759 = all_reduce_sum %6307 : f32[16,16] @ models/lib/nn.yaml:79:7
%7760 = reshape %7759 : f32[256] @ models/lib/nn.yaml:79:7
%7761 = mul %7760, %7760 : f32[256] @ models/lib/nn.yaml:79:7
%7762 = reduce_sum %7761 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7763 = sqrt %7762 : f32[] @ models/lib/nn.yaml:79:7
%7764 = cast %7763 : f64[] @ models/lib/nn.yaml:79:7
%7765 = add %7764, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7766 = div %6720, %7765 : f64[] @ models/lib/nn.yaml:79:7
%7767 = lt %7766, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7768 = cast %7766 : f32[] @ models/lib/nn.yaml:79:7
%7769 = broadcast %7768 : f32[16,16] @ models/lib/nn.yaml:79:7
%7770 = mul %7759, %7769 : f32[16,16] @ models/lib/nn.yaml:79:7
%7771 = broadcast %7767 : bool[16,16] @ models/lib/nn.yaml:79:7
%7772 = select %7771, %7770, %7759 : f32[16,16] @ models/lib/nn.yaml:79:7
%7773 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7774 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7775 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7776 = add %7775, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7777 = mul %26, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%7778 = mul %7772, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%7779 = mul %7773, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%7780 = add %7779, %7778 : f32[16,16] @ models/lib/nn.yaml:79:7
%7781 = mul %7772, %7772 : f32[16,16] @ models/lib/nn.yaml:79:7
%7782 = mul %7781, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%7783 = mul %7774, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%7784 = add %7783, %7782 : f32[16,16] @ models/lib/nn.yaml:79:7
%7785 = cast %7776 : f64[] @ models/lib/nn.yaml:79:7
%7786 = pow %6741, %7785 : f64[] @ models/lib/nn.yaml:79:7
%7787 = sub %6722, %7786 : f64[] @ models/lib/nn.yaml:79:7
%7788 = div %4159, %7787 : f64[] @ models/lib/nn.yaml:79:7
%7789 = pow %6749, %7785 : f64[] @ models/lib/nn.yaml:79:7
%7790 = sub %6722, %7789 : f64[] @ models/lib/nn.yaml:79:7
%7791 = sqrt %7790 : f64[] @ models/lib/nn.yaml:79:7
%7792 = div %6722, %7791 : f64[] @ models/lib/nn.yaml:79:7
%7793 = sqrt %7784 : f32[16,16] @ models/lib/nn.yaml:79:7
%7794 = cast %7792 : f32[] @ models/lib/nn.yaml:79:7
%7795 = broadcast %7794 : f32[16,16] @ models/lib/nn.yaml:79:7
%7796 = mul %7793, %7795 : f32[16,16] @ models/lib/nn.yaml:79:7
%7797 = add %7796, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%7798 = div %7780, %7797 : f32[16,16] @ models/lib/nn.yaml:79:7
%7799 = cast %7788 : f32[] @ models/lib/nn.yaml:79:7
%7800 = broadcast %7799 : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = mul %7798, %7800 : f32[16,16] @ models/lib/nn.yaml:79:7
%7802 = sub %7777, %7801 : f32[16,16] @ models/lib/nn.yaml:79:7
%7803 = assign %26, %7802 : f32[16,16] @ models/lib/nn.yaml:79:7
%7804 = assign %7773, %7780 : f32[16,16] @ models/lib/nn.yaml:79:7
%7805 = assign %7774, %7784 : f32[16,16] @ models/lib/nn.yaml:79:7
%7806 = assign %7775, %7776 : i64[] @ models/lib/nn.yaml:79:7
%7807 = mul %104, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7808 = mul %7802, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7809 = add %7807, %7808 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = assign %104, %7809 : f32[16,16] @ models/lib/nn.yaml:79:7
%7811 = all_reduce_sum %6299 : f32[16] @ models/lib/nn.yaml:80:7
%7812 = mul %7811, %7811 : f32[16] @ models/lib/nn.yaml:80:7
%7813 = reduce_sum %7812 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7814 = sqrt %7813 : f32[] @ models/lib/nn.yaml:80:7
%7815 = cast %7814 : f64[] @ models/lib/nn.yaml:80:7
%7816 = add %7815, %6718 : f64[] @ models/lib/nn.yaml:80:7
%7817 = div %6720, %7816 : f64[] @ models/lib/nn.yaml:80:7
%7818 = lt %7817, %6722 : bool[] @ models/lib/nn.yaml:80:7
%7819 = cast %7817 : f32[] @ models/lib/nn.yaml:80:7
%7820 = broadcast %7819 : f32[16] @ models/lib/nn.yaml:80:7
%7821 = mul %7811, %7820 : f32[16] @ models/lib/nn.yaml:80:7
%7822 = broadcast %7818 : bool[16] @ models/lib/nn.yaml:80:7
%7823 = select %7822, %7821, %7811 : f32[16] @ models/lib/nn.yaml:80:7
%7824 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7825 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7826 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7827 = add %7826, %6732 : i64[] @ models/lib/nn.yaml:80:7
%7828 = mul %7823, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%7829 = mul %7824, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%7830 = add %7829, %7828 : f32[16] @ models/lib/nn.yaml:80:7
%7831 = mul %7823, %7823 : f32[16] @ models/lib/nn.yaml:80:7
%7832 = mul %7831, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%7833 = mul %7825, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%7834 = add %7833, %7832 : f32[16] @ models/lib/nn.yaml:80:7
%7835 = cast %7827 : f64[] @ models/lib/nn.yaml:80:7
%7836 = pow %6741, %7835 : f64[] @ models/lib/nn.yaml:80:7
%7837 = sub %6722, %7836 : f64[] @ models/lib/nn.yaml:80:7
%7838 = div %4159, %7837 : f64[] @ models/lib/nn.yaml:80:7
%7839 = pow %6749, %7835 : f64[] @ models/lib/nn.yaml:80:7
%7840 = sub %6722, %7839 : f64[] @ models/lib/nn.yaml:80:7
%7841 = sqrt %7840 : f64[] @ models/lib/nn.yaml:80:7
%7842 = div %6722, %7841 : f64[] @ models/lib/nn.yaml:80:7
%7843 = sqrt %7834 : f32[16] @ models/lib/nn.yaml:80:7
%7844 = cast %7842 : f32[] @ models/lib/nn.yaml:80:7
%7845 = broadcast %7844 : f32[16] @ models/lib/nn.yaml:80:7
%7846 = mul %7843, %7845 : f32[16] @ models/lib/nn.yaml:80:7
%7847 = add %7846, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%7848 = div %7830, %7847 : f32[16] @ models/lib/nn.yaml:80:7
%7849 = cast %7838 : f32[] @ models/lib/nn.yaml:80:7
%7850 = broadcast %7849 : f32[16] @ models/lib/nn.yaml:80:7
%7851 = mul %7848, %7850 : f32[16] @ models/lib/nn.yaml:80:7
%7852 = sub %27, %7851 : f32[16] @ models/lib/nn.yaml:80:7
%7853 = assign %27, %7852 : f32[16] @ models/lib/nn.yaml:80:7
%7854 = assign %7824, %7830 : f32[16] @ models/lib/nn.yaml:80:7
%7855 = assign %7825, %7834 : f32[16] @ models/lib/nn.yaml:80:7
%7856 = assign %7826, %7827 : i64[] @ models/lib/nn.yaml:80:7
%7857 = mul %105, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%7858 = mul %7852, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%7859 = add %7857, %7858 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = assign %105, %7859 : f32[16] @ models/lib/nn.yaml:80:7
%7861 = all_reduce_sum %6271 : f32[16] @ models/lib/nn.yaml:89:7
%7862 = mul %7861, %7861 : f32[16] @ models/lib/nn.yaml:89:7
%7863 = reduce_sum %7862 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7864 = sqrt %7863 : f32[] @ models/lib/nn.yaml:89:7
%7865 = cast %7864 : f64[] @ models/lib/nn.yaml:89:7
%7866 = add %7865, %6718 : f64[] @ models/lib/nn.yaml:89:7
%7867 = div %6720, %7866 : f64[] @ models/lib/nn.yaml:89:7
%7868 = lt %7867, %6722 : bool[] @ models/lib/nn.yaml:89:7
%7869 = cast %7867 : f32[] @ models/lib/nn.yaml:89:7
%7870 = broadcast %7869 : f32[16] @ models/lib/nn.yaml:89:7
%7871 = mul %7861, %7870 : f32[16] @ models/lib/nn.yaml:89:7
%7872 = broadcast %7868 : bool[16] @ models/lib/nn.yaml:89:7
%7873 = select %7872, %7871, %7861 : f32[16] @ models/lib/nn.yaml:89:7
%7874 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7875 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7876 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7877 = add %7876, %6732 : i64[] @ models/lib/nn.yaml:89:7
%7878 = mul %7873, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%7879 = mul %7874, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%7880 = add %7879, %7878 : f32[16] @ models/lib/nn.yaml:89:7
%7881 = mul %7873, %7873 : f32[16] @ models/lib/nn.yaml:89:7
%7882 = mul %7881, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%7883 = mul %7875, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%7884 = add %7883, %7882 : f32[16] @ models/lib/nn.yaml:89:7
%7885 = cast %7877 : f64[] @ models/lib/nn.yaml:89:7
%7886 = pow %6741, %7885 : f64[] @ models/lib/nn.yaml:89:7
%7887 = sub %6722, %7886 : f64[] @ models/lib/nn.yaml:89:7
%7888 = div %4159, %7887 : f64[] @ models/lib/nn.yaml:89:7
%7889 = pow %6749, %7885 : f64[] @ models/lib/nn.yaml:89:7
%7890 = sub %6722, %7889 : f64[] @ models/lib/nn.yaml:89:7
%7891 = sqrt %7890 : f64[] @ models/lib/nn.yaml:89:7
%7892 = div %6722, %7891 : f64[] @ models/lib/nn.yaml:89:7
%7893 = sqrt %7884 : f32[16] @ models/lib/nn.yaml:89:7
%7894 = cast %7892 : f32[] @ models/lib/nn.yaml:89:7
%7895 = broadcast %7894 : f32[16] @ models/lib/nn.yaml:89:7
%7896 = mul %7893, %7895 : f32[16] @ models/lib/nn.yaml:89:7
%7897 = add %7896, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%7898 = div %7880, %7897 : f32[16] @ models/lib/nn.yaml:89:7
%7899 = cast %7888 : f32[] @ models/lib/nn.yaml:89:7
%7900 = broadcast %7899 : f32[16] @ models/lib/nn.yaml:89:7
%7901 = mul %7898, %7900 : f32[16] @ models/lib/nn.yaml:89:7
%7902 = sub %28, %7901 : f32[16] @ models/lib/nn.yaml:89:7
%7903 = assign %28, %7902 : f32[16] @ models/lib/nn.yaml:89:7
%7904 = assign %7874, %7880 : f32[16] @ models/lib/nn.yaml:89:7
%7905 = assign %7875, %7884 : f32[16] @ models/lib/nn.yaml:89:7
%7906 = assign %7876, %7877 : i64[] @ models/lib/nn.yaml:89:7
%7907 = mul %106, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%7908 = mul %7902, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%7909 = add %7907, %7908 : f32[16] @ models/lib/nn.yaml:89:7
%7910 = assign %106, %7909 : f32[16] @ models/lib/nn.yaml:89:7
%7911 = all_reduce_sum %6265 : f32[16] @ models/lib/nn.yaml:90:7
%7912 = mul %7911, %7911 : f32[16] @ models/lib/nn.yaml:90:7
%7913 = reduce_sum %7912 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7914 = sqrt %7913 : f32[] @ models/lib/nn.yaml:90:7
%7915 = cast %7914 : f64[] @ models/lib/nn.yaml:90:7
%7916 = add %7915, %6718 : f64[] @ models/lib/nn.yaml:90:7
%7917 = div %6720, %7916 : f64[] @ models/lib/nn.yaml:90:7
%7918 = lt %7917, %6722 : bool[] @ models/lib/nn.yaml:90:7
%7919 = cast %7917 : f32[] @ models/lib/nn.yaml:90:7
%7920 = broadcast %7919 : f32[16] @ models/lib/nn.yaml:90:7
%7921 = mul %7911, %7920 : f32[16] @ models/lib/nn.yaml:90:7
%7922 = broadcast %7918 : bool[16] @ models/lib/nn.yaml:90:7
%7923 = select %7922, %7921, %7911 : f32[16] @ models/lib/nn.yaml:90:7
%7924 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7925 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7926 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7927 = add %7926, %6732 : i64[] @ models/lib/nn.yaml:90:7
%7928 = mul %7923, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%7929 = mul %7924, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%7930 = add %7929, %7928 : f32[16] @ models/lib/nn.yaml:90:7
%7931 = mul %7923, %7923 : f32[16] @ models/lib/nn.yaml:90:7
%7932 = mul %7931, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%7933 = mul %7925, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%7934 = add %7933, %7932 : f32[16] @ models/lib/nn.yaml:90:7
%7935 = cast %7927 : f64[] @ models/lib/nn.yaml:90:7
%7936 = pow %6741, %7935 : f64[] @ models/lib/nn.yaml:90:7
%7937 = sub %6722, %7936 : f64[] @ models/lib/nn.yaml:90:7
%7938 = div %4159, %7937 : f64[] @ models/lib/nn.yaml:90:7
%7939 = pow %6749, %7935 : f64[] @ models/lib/nn.yaml:90:7
%7940 = sub %6722, %7939 : f64[] @ models/lib/nn.yaml:90:7
%7941 = sqrt %7940 : f64[] @ models/lib/nn.yaml:90:7
%7942 = div %6722, %7941 : f64[] @ models/lib/nn.yaml:90:7
%7943 = sqrt %7934 : f32[16] @ models/lib/nn.yaml:90:7
%7944 = cast %7942 : f32[] @ models/lib/nn.yaml:90:7
%7945 = broadcast %7944 : f32[16] @ models/lib/nn.yaml:90:7
%7946 = mul %7943, %7945 : f32[16] @ models/lib/nn.yaml:90:7
%7947 = add %7946, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%7948 = div %7930, %7947 : f32[16] @ models/lib/nn.yaml:90:7
%7949 = cast %7938 : f32[] @ models/lib/nn.yaml:90:7
%7950 = broadcast %7949 : f32[16] @ models/lib/nn.yaml:90:7
%7951 = mul %7948, %7950 : f32[16] @ models/lib/nn.yaml:90:7
%7952 = sub %29, %7951 : f32[16] @ models/lib/nn.yaml:90:7
%7953 = assign %29, %7952 : f32[16] @ models/lib/nn.yaml:90:7
%7954 = assign %7924, %7930 : f32[16] @ models/lib/nn.yaml:90:7
%7955 = assign %7925, %7934 : f32[16] @ models/lib/nn.yaml:90:7
%7956 = assign %7926, %7927 : i64[] @ models/lib/nn.yaml:90:7
%7957 = mul %107, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%7958 = mul %7952, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%7959 = add %7957, %7958 : f32[16] @ models/lib/nn.yaml:90:7
%7960 = assign %107, %7959 : f32[16] @ models/lib/nn.yaml:90:7
%7961 = all_reduce_sum %6259 : f32[64,16] @ models/lib/nn.yaml:79:7
%7962 = reshape %7961 : f32[1024] @ models/lib/nn.yaml:79:7
%7963 = mul %7962, %7962 : f32[1024] @ models/lib/nn.yaml:79:7
%7964 = reduce_sum %7963 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7965 = sqrt %7964 : f32[] @ models/lib/nn.yaml:79:7
%7966 = cast %7965 : f64[] @ models/lib/nn.yaml:79:7
%7967 = add %7966, %6718 : f64[] @ models/lib/nn.yaml:79:7
%7968 = div %6720, %7967 : f64[] @ models/lib/nn.yaml:79:7
%7969 = lt %7968, %6722 : bool[] @ models/lib/nn.yaml:79:7
%7970 = cast %7968 : f32[] @ models/lib/nn.yaml:79:7
%7971 = broadcast %7970 : f32[64,16] @ models/lib/nn.yaml:79:7
%7972 = mul %7961, %7971 : f32[64,16] @ models/lib/nn.yaml:79:7
%7973 = broadcast %7969 : bool[64,16] @ models/lib/nn.yaml:79:7
%7974 = select %7973, %7972, %7961 : f32[64,16] @ models/lib/nn.yaml:79:7
%7975 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7976 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7977 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7978 = add %7977, %6732 : i64[] @ models/lib/nn.yaml:79:7
%7979 = mul %30, %7348 : f32[64,16] @ models/lib/nn.yaml:79:7
%7980 = mul %7974, %7350 : f32[64,16] @ models/lib/nn.yaml:79:7
%7981 = mul %7975, %7352 : f32[64,16] @ models/lib/nn.yaml:79:7
%7982 = add %7981, %7980 : f32[64,16] @ models/lib/nn.yaml:79:7
%7983 = mul %7974, %7974 : f32[64,16] @ models/lib/nn.yaml:79:7
%7984 = mul %7983, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%7985 = mul %7976, %7358 : f32[64,16] @ models/lib/nn.yaml:79:7
%7986 = add %7985, %7984 : f32[64,16] @ models/lib/nn.yaml:79:7
%7987 = cast %7978 : f64[] @ models/lib/nn.yaml:79:7
%7988 = pow %6741, %7987 : f64[] @ models/lib/nn.yaml:79:7
%7989 = sub %6722, %7988 : f64[] @ models/lib/nn.yaml:79:7
%7990 = div %4159, %7989 : f64[] @ models/lib/nn.yaml:79:7
%7991 = pow %6749, %7987 : f64[] @ models/lib/nn.yaml:79:7
%7992 = sub %6722, %7991 : f64[] @ models/lib/nn.yaml:79:7
%7993 = sqrt %7992 : f64[] @ models/lib/nn.yaml:79:7
%7994 = div %6722, %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = sqrt %7986 : f32[64,16] @ models/lib/nn.yaml:79:7
%7996 = cast %7994 : f32[] @ models/lib/nn.yaml:79:7
%7997 = broadcast %7996 : f32[64,16] @ models/lib/nn.yaml:79:7
%7998 = mul %7995, %7997 : f32[64,16] @ models/lib/nn.yaml:79:7
%7999 = add %7998, %7373 : f32[64,16] @ models/lib/nn.yaml:79:7
%8000 = div %7982, %7999 : f32[64,16] @ models/lib/nn.yaml:79:7
%8001 = cast %7990 : f32[] @ models/lib/nn.yaml:79:7
%8002 = broadcast %8001 : f32[64,16] @ models/lib/nn.yaml:79:7
%8003 = mul %8000, %8002 : f32[64,16] @ models/lib/nn.yaml:79:7
%8004 = sub %7979, %8003 : f32[64,16] @ models/lib/nn.yaml:79:7
%8005 = assign %30, %8004 : f32[64,16] @ models/lib/nn.yaml:79:7
%8006 = assign %7975, %7982 : f32[64,16] @ models/lib/nn.yaml:79:7
%8007 = assign %7976, %7986 : f32[64,16] @ models/lib/nn.yaml:79:7
%8008 = assign %7977, %7978 : i64[] @ models/lib/nn.yaml:79:7
%8009 = mul %108, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%8010 = mul %8004, %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%8011 = add %8009, %8010 : f32[64,16] @ models/lib/nn.yaml:79:7
%8012 = assign %108, %8011 : f32[64,16] @ models/lib/nn.yaml:79:7
%8013 = all_reduce_sum %6251 : f32[64] @ models/lib/nn.yaml:80:7
%8014 = mul %8013, %8013 : f32[64] @ models/lib/nn.yaml:80:7
%8015 = reduce_sum %8014 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8016 = sqrt %8015 : f32[] @ models/lib/nn.yaml:80:7
%8017 = cast %8016 : f64[] @ models/lib/nn.yaml:80:7
%8018 = add %8017, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8019 = div %6720, %8018 : f64[] @ models/lib/nn.yaml:80:7
%8020 = lt %8019, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8021 = cast %8019 : f32[] @ models/lib/nn.yaml:80:7
%8022 = broadcast %8021 : f32[64] @ models/lib/nn.yaml:80:7
%8023 = mul %8013, %8022 : f32[64] @ models/lib/nn.yaml:80:7
%8024 = broadcast %8020 : bool[64] @ models/lib/nn.yaml:80:7
%8025 = select %8024, %8023, %8013 : f32[64] @ models/lib/nn.yaml:80:7
%8026 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8027 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8028 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8029 = add %8028, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8030 = mul %8025, %7407 : f32[64] @ models/lib/nn.yaml:80:7
%8031 = mul %8026, %7409 : f32[64] @ models/lib/nn.yaml:80:7
%8032 = add %8031, %8030 : f32[64] @ models/lib/nn.yaml:80:7
%8033 = mul %8025, %8025 : f32[64] @ models/lib/nn.yaml:80:7
%8034 = mul %8033, %7413 : f32[64] @ models/lib/nn.yaml:80:7
%8035 = mul %8027, %7415 : f32[64] @ models/lib/nn.yaml:80:7
%8036 = add %8035, %8034 : f32[64] @ models/lib/nn.yaml:80:7
%8037 = cast %8029 : f64[] @ models/lib/nn.yaml:80:7
%8038 = pow %6741, %8037 : f64[] @ models/lib/nn.yaml:80:7
%8039 = sub %6722, %8038 : f64[] @ models/lib/nn.yaml:80:7
%8040 = div %4159, %8039 : f64[] @ models/lib/nn.yaml:80:7
%8041 = pow %6749, %8037 : f64[] @ models/lib/nn.yaml:80:7
%8042 = sub %6722, %8041 : f64[] @ models/lib/nn.yaml:80:7
%8043 = sqrt %8042 : f64[] @ models/lib/nn.yaml:80:7
%8044 = div %6722, %8043 : f64[] @ models/lib/nn.yaml:80:7
%8045 = sqrt %8036 : f32[64] @ models/lib/nn.yaml:80:7
%8046 = cast %8044 : f32[] @ models/lib/nn.yaml:80:7
%8047 = broadcast %8046 : f32[64] @ models/lib/nn.yaml:80:7
%8048 = mul %8045, %8047 : f32[64] @ models/lib/nn.yaml:80:7
%8049 = add %8048, %7430 : f32[64] @ models/lib/nn.yaml:80:7
%8050 = div %8032, %8049 : f32[64] @ models/lib/nn.yaml:80:7
%8051 = cast %8040 : f32[] @ models/lib/nn.yaml:80:7
%8052 = broadcast %8051 : f32[64] @ models/lib/nn.yaml:80:7
%8053 = mul %8050, %8052 : f32[64] @ models/lib/nn.yaml:80:7
%8054 = sub %31, %8053 : f32[64] @ models/lib/nn.yaml:80:7
%8055 = assign %31, %8054 : f32[64] @ models/lib/nn.yaml:80:7
%8056 = assign %8026, %8032 : f32[64] @ models/lib/nn.yaml:80:7
%8057 = assign %8027, %8036 : f32[64] @ models/lib/nn.yaml:80:7
%8058 = assign %8028, %8029 : i64[] @ models/lib/nn.yaml:80:7
%8059 = mul %109, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%8060 = mul %8054, %7443 : f32[64] @ models/lib/nn.yaml:80:7
%8061 = add %8059, %8060 : f32[64] @ models/lib/nn.yaml:80:7
%8062 = assign %109, %8061 : f32[64] @ models/lib/nn.yaml:80:7
%8063 = all_reduce_sum %6222 : f32[16,64] @ models/lib/nn.yaml:79:7
%8064 = reshape %8063 : f32[1024] @ models/lib/nn.yaml:79:7
%8065 = mul %8064, %8064 : f32[1024] @ models/lib/nn.yaml:79:7
%8066 = reduce_sum %8065 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8067 = sqrt %8066 : f32[] @ models/lib/nn.yaml:79:7
%8068 = cast %8067 : f64[] @ models/lib/nn.yaml:79:7
%8069 = add %8068, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8070 = div %6720, %8069 : f64[] @ models/lib/nn.yaml:79:7
%8071 = lt %8070, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8072 = cast %8070 : f32[] @ models/lib/nn.yaml:79:7
%8073 = broadcast %8072 : f32[16,64] @ models/lib/nn.yaml:79:7
%8074 = mul %8063, %8073 : f32[16,64] @ models/lib/nn.yaml:79:7
%8075 = broadcast %8071 : bool[16,64] @ models/lib/nn.yaml:79:7
%8076 = select %8075, %8074, %8063 : f32[16,64] @ models/lib/nn.yaml:79:7
%8077 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8078 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8079 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8080 = add %8079, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8081 = mul %32, %7465 : f32[16,64] @ models/lib/nn.yaml:79:7
%8082 = mul %8076, %7467 : f32[16,64] @ models/lib/nn.yaml:79:7
%8083 = mul %8077, %7469 : f32[16,64] @ models/lib/nn.yaml:79:7
%8084 = add %8083, %8082 : f32[16,64] @ models/lib/nn.yaml:79:7
%8085 = mul %8076, %8076 : f32[16,64] @ models/lib/nn.yaml:79:7
%8086 = mul %8085, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%8087 = mul %8078, %7475 : f32[16,64] @ models/lib/nn.yaml:79:7
%8088 = add %8087, %8086 : f32[16,64] @ models/lib/nn.yaml:79:7
%8089 = cast %8080 : f64[] @ models/lib/nn.yaml:79:7
%8090 = pow %6741, %8089 : f64[] @ models/lib/nn.yaml:79:7
%8091 = sub %6722, %8090 : f64[] @ models/lib/nn.yaml:79:7
%8092 = div %4159, %8091 : f64[] @ models/lib/nn.yaml:79:7
%8093 = pow %6749, %8089 : f64[] @ models/lib/nn.yaml:79:7
%8094 = sub %6722, %8093 : f64[] @ models/lib/nn.yaml:79:7
%8095 = sqrt %8094 : f64[] @ models/lib/nn.yaml:79:7
%8096 = div %6722, %8095 : f64[] @ models/lib/nn.yaml:79:7
%8097 = sqrt %8088 : f32[16,64] @ models/lib/nn.yaml:79:7
%8098 = cast %8096 : f32[] @ models/lib/nn.yaml:79:7
%8099 = broadcast %8098 : f32[16,64] @ models/lib/nn.yaml:79:7
%8100 = mul %8097, %8099 : f32[16,64] @ models/lib/nn.yaml:79:7
%8101 = add %8100, %7490 : f32[16,64] @ models/lib/nn.yaml:79:7
%8102 = div %8084, %8101 : f32[16,64] @ models/lib/nn.yaml:79:7
%8103 = cast %8092 : f32[] @ models/lib/nn.yaml:79:7
%8104 = broadcast %8103 : f32[16,64] @ models/lib/nn.yaml:79:7
%8105 = mul %8102, %8104 : f32[16,64] @ models/lib/nn.yaml:79:7
%8106 = sub %8081, %8105 : f32[16,64] @ models/lib/nn.yaml:79:7
%8107 = assign %32, %8106 : f32[16,64] @ models/lib/nn.yaml:79:7
%8108 = assign %8077, %8084 : f32[16,64] @ models/lib/nn.yaml:79:7
%8109 = assign %8078, %8088 : f32[16,64] @ models/lib/nn.yaml:79:7
%8110 = assign %8079, %8080 : i64[] @ models/lib/nn.yaml:79:7
%8111 = mul %110, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%8112 = mul %8106, %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%8113 = add %8111, %8112 : f32[16,64] @ models/lib/nn.yaml:79:7
%8114 = assign %110, %8113 : f32[16,64] @ models/lib/nn.yaml:79:7
%8115 = all_reduce_sum %6214 : f32[16] @ models/lib/nn.yaml:80:7
%8116 = mul %8115, %8115 : f32[16] @ models/lib/nn.yaml:80:7
%8117 = reduce_sum %8116 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8118 = sqrt %8117 : f32[] @ models/lib/nn.yaml:80:7
%8119 = cast %8118 : f64[] @ models/lib/nn.yaml:80:7
%8120 = add %8119, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8121 = div %6720, %8120 : f64[] @ models/lib/nn.yaml:80:7
%8122 = lt %8121, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8123 = cast %8121 : f32[] @ models/lib/nn.yaml:80:7
%8124 = broadcast %8123 : f32[16] @ models/lib/nn.yaml:80:7
%8125 = mul %8115, %8124 : f32[16] @ models/lib/nn.yaml:80:7
%8126 = broadcast %8122 : bool[16] @ models/lib/nn.yaml:80:7
%8127 = select %8126, %8125, %8115 : f32[16] @ models/lib/nn.yaml:80:7
%8128 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8129 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8130 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8131 = add %8130, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8132 = mul %8127, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%8133 = mul %8128, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%8134 = add %8133, %8132 : f32[16] @ models/lib/nn.yaml:80:7
%8135 = mul %8127, %8127 : f32[16] @ models/lib/nn.yaml:80:7
%8136 = mul %8135, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%8137 = mul %8129, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%8138 = add %8137, %8136 : f32[16] @ models/lib/nn.yaml:80:7
%8139 = cast %8131 : f64[] @ models/lib/nn.yaml:80:7
%8140 = pow %6741, %8139 : f64[] @ models/lib/nn.yaml:80:7
%8141 = sub %6722, %8140 : f64[] @ models/lib/nn.yaml:80:7
%8142 = div %4159, %8141 : f64[] @ models/lib/nn.yaml:80:7
%8143 = pow %6749, %8139 : f64[] @ models/lib/nn.yaml:80:7
%8144 = sub %6722, %8143 : f64[] @ models/lib/nn.yaml:80:7
%8145 = sqrt %8144 : f64[] @ models/lib/nn.yaml:80:7
%8146 = div %6722, %8145 : f64[] @ models/lib/nn.yaml:80:7
%8147 = sqrt %8138 : f32[16] @ models/lib/nn.yaml:80:7
%8148 = cast %8146 : f32[] @ models/lib/nn.yaml:80:7
%8149 = broadcast %8148 : f32[16] @ models/lib/nn.yaml:80:7
%8150 = mul %8147, %8149 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = add %8150, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = div %8134, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = cast %8142 : f32[] @ models/lib/nn.yaml:80:7
%8154 = broadcast %8153 : f32[16] @ models/lib/nn.yaml:80:7
%8155 = mul %8152, %8154 : f32[16] @ models/lib/nn.yaml:80:7
%8156 = sub %33, %8155 : f32[16] @ models/lib/nn.yaml:80:7
%8157 = assign %33, %8156 : f32[16] @ models/lib/nn.yaml:80:7
%8158 = assign %8128, %8134 : f32[16] @ models/lib/nn.yaml:80:7
%8159 = assign %8129, %8138 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = assign %8130, %8131 : i64[] @ models/lib/nn.yaml:80:7
%8161 = mul %111, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = mul %8156, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%8163 = add %8161, %8162 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = assign %111, %8163 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = all_reduce_sum %6207 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8166 = reshape %8165 : f32[16] @ models/lib/vit.yaml:103:7
%8167 = mul %8166, %8166 : f32[16] @ models/lib/vit.yaml:103:7
%8168 = reduce_sum %8167 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8169 = sqrt %8168 : f32[] @ models/lib/vit.yaml:103:7
%8170 = cast %8169 : f64[] @ models/lib/vit.yaml:103:7
%8171 = add %8170, %6718 : f64[] @ models/lib/vit.yaml:103:7
%8172 = div %6720, %8171 : f64[] @ models/lib/vit.yaml:103:7
%8173 = lt %8172, %6722 : bool[] @ models/lib/vit.yaml:103:7
%8174 = cast %8172 : f32[] @ models/lib/vit.yaml:103:7
%8175 = broadcast %8174 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8176 = mul %8165, %8175 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8177 = broadcast %8173 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8178 = select %8177, %8176, %8165 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8179 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8180 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8181 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8182 = add %8181, %6732 : i64[] @ models/lib/vit.yaml:103:7
%8183 = broadcast %6736 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8184 = mul %34, %8183 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8185 = broadcast %3852 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8186 = mul %8178, %8185 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8187 = broadcast %2640 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8188 = mul %8179, %8187 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8189 = add %8188, %8186 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8190 = mul %8178, %8178 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8191 = broadcast %6746 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8192 = mul %8190, %8191 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8193 = broadcast %6750 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8194 = mul %8180, %8193 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8195 = add %8194, %8192 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8196 = cast %8182 : f64[] @ models/lib/vit.yaml:103:7
%8197 = pow %6741, %8196 : f64[] @ models/lib/vit.yaml:103:7
%8198 = sub %6722, %8197 : f64[] @ models/lib/vit.yaml:103:7
%8199 = div %4159, %8198 : f64[] @ models/lib/vit.yaml:103:7
%8200 = pow %6749, %8196 : f64[] @ models/lib/vit.yaml:103:7
%8201 = sub %6722, %8200 : f64[] @ models/lib/vit.yaml:103:7
%8202 = sqrt %8201 : f64[] @ models/lib/vit.yaml:103:7
%8203 = div %6722, %8202 : f64[] @ models/lib/vit.yaml:103:7
%8204 = sqrt %8195 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8205 = cast %8203 : f32[] @ models/lib/vit.yaml:103:7
%8206 = broadcast %8205 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8207 = mul %8204, %8206 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8208 = broadcast %6766 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8209 = add %8207, %8208 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8210 = div %8189, %8209 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8211 = cast %8199 : f32[] @ models/lib/vit.yaml:103:7
%8212 = broadcast %8211 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8213 = mul %8210, %8212 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8214 = sub %8184, %8213 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8215 = assign %34, %8214 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8216 = assign %8179, %8189 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8217 = assign %8180, %8195 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8218 = assign %8181, %8182 : i64[] @ models/lib/vit.yaml:103:7
%8219 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8220 = mul %112, %8219 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8221 = broadcast %6781 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8222 = mul %8214, %8221 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8223 = add %8220, %8222 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8224 = assign %112, %8223 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8225 = all_reduce_sum %6182 : f32[16] @ models/lib/nn.yaml:89:7
%8226 = mul %8225, %8225 : f32[16] @ models/lib/nn.yaml:89:7
%8227 = reduce_sum %8226 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8228 = sqrt %8227 : f32[] @ models/lib/nn.yaml:89:7
%8229 = cast %8228 : f64[] @ models/lib/nn.yaml:89:7
%8230 = add %8229, %6718 : f64[] @ models/lib/nn.yaml:89:7
%8231 = div %6720, %8230 : f64[] @ models/lib/nn.yaml:89:7
%8232 = lt %8231, %6722 : bool[] @ models/lib/nn.yaml:89:7
%8233 = cast %8231 : f32[] @ models/lib/nn.yaml:89:7
%8234 = broadcast %8233 : f32[16] @ models/lib/nn.yaml:89:7
%8235 = mul %8225, %8234 : f32[16] @ models/lib/nn.yaml:89:7
%8236 = broadcast %8232 : bool[16] @ models/lib/nn.yaml:89:7
%8237 = select %8236, %8235, %8225 : f32[16] @ models/lib/nn.yaml:89:7
%8238 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8239 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8240 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8241 = add %8240, %6732 : i64[] @ models/lib/nn.yaml:89:7
%8242 = mul %8237, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%8243 = mul %8238, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%8244 = add %8243, %8242 : f32[16] @ models/lib/nn.yaml:89:7
%8245 = mul %8237, %8237 : f32[16] @ models/lib/nn.yaml:89:7
%8246 = mul %8245, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%8247 = mul %8239, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%8248 = add %8247, %8246 : f32[16] @ models/lib/nn.yaml:89:7
%8249 = cast %8241 : f64[] @ models/lib/nn.yaml:89:7
%8250 = pow %6741, %8249 : f64[] @ models/lib/nn.yaml:89:7
%8251 = sub %6722, %8250 : f64[] @ models/lib/nn.yaml:89:7
%8252 = div %4159, %8251 : f64[] @ models/lib/nn.yaml:89:7
%8253 = pow %6749, %8249 : f64[] @ models/lib/nn.yaml:89:7
%8254 = sub %6722, %8253 : f64[] @ models/lib/nn.yaml:89:7
%8255 = sqrt %8254 : f64[] @ models/lib/nn.yaml:89:7
%8256 = div %6722, %8255 : f64[] @ models/lib/nn.yaml:89:7
%8257 = sqrt %8248 : f32[16] @ models/lib/nn.yaml:89:7
%8258 = cast %8256 : f32[] @ models/lib/nn.yaml:89:7
%8259 = broadcast %8258 : f32[16] @ models/lib/nn.yaml:89:7
%8260 = mul %8257, %8259 : f32[16] @ models/lib/nn.yaml:89:7
%8261 = add %8260, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%8262 = div %8244, %8261 : f32[16] @ models/lib/nn.yaml:89:7
%8263 = cast %8252 : f32[] @ models/lib/nn.yaml:89:7
%8264 = broadcast %8263 : f32[16] @ models/lib/nn.yaml:89:7
%8265 = mul %8262, %8264 : f32[16] @ models/lib/nn.yaml:89:7
%8266 = sub %35, %8265 : f32[16] @ models/lib/nn.yaml:89:7
%8267 = assign %35, %8266 : f32[16] @ models/lib/nn.yaml:89:7
%8268 = assign %8238, %8244 : f32[16] @ models/lib/nn.yaml:89:7
%8269 = assign %8239, %8248 : f32[16] @ models/lib/nn.yaml:89:7
%8270 = assign %8240, %8241 : i64[] @ models/lib/nn.yaml:89:7
%8271 = mul %113, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%8272 = mul %8266, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%8273 = add %8271, %8272 : f32[16] @ models/lib/nn.yaml:89:7
%8274 = assign %113, %8273 : f32[16] @ models/lib/nn.yaml:89:7
%8275 = all_reduce_sum %6176 : f32[16] @ models/lib/nn.yaml:90:7
%8276 = mul %8275, %8275 : f32[16] @ models/lib/nn.yaml:90:7
%8277 = reduce_sum %8276 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8278 = sqrt %8277 : f32[] @ models/lib/nn.yaml:90:7
%8279 = cast %8278 : f64[] @ models/lib/nn.yaml:90:7
%8280 = add %8279, %6718 : f64[] @ models/lib/nn.yaml:90:7
%8281 = div %6720, %8280 : f64[] @ models/lib/nn.yaml:90:7
%8282 = lt %8281, %6722 : bool[] @ models/lib/nn.yaml:90:7
%8283 = cast %8281 : f32[] @ models/lib/nn.yaml:90:7
%8284 = broadcast %8283 : f32[16] @ models/lib/nn.yaml:90:7
%8285 = mul %8275, %8284 : f32[16] @ models/lib/nn.yaml:90:7
%8286 = broadcast %8282 : bool[16] @ models/lib/nn.yaml:90:7
%8287 = select %8286, %8285, %8275 : f32[16] @ models/lib/nn.yaml:90:7
%8288 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8289 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8290 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8291 = add %8290, %6732 : i64[] @ models/lib/nn.yaml:90:7
%8292 = mul %8287, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%8293 = mul %8288, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%8294 = add %8293, %8292 : f32[16] @ models/lib/nn.yaml:90:7
%8295 = mul %8287, %8287 : f32[16] @ models/lib/nn.yaml:90:7
%8296 = mul %8295, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%8297 = mul %8289, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%8298 = add %8297, %8296 : f32[16] @ models/lib/nn.yaml:90:7
%8299 = cast %8291 : f64[] @ models/lib/nn.yaml:90:7
%8300 = pow %6741, %8299 : f64[] @ models/lib/nn.yaml:90:7
%8301 = sub %6722, %8300 : f64[] @ models/lib/nn.yaml:90:7
%8302 = div %4159, %8301 : f64[] @ models/lib/nn.yaml:90:7
%8303 = pow %6749, %8299 : f64[] @ models/lib/nn.yaml:90:7
%8304 = sub %6722, %8303 : f64[] @ models/lib/nn.yaml:90:7
%8305 = sqrt %8304 : f64[] @ models/lib/nn.yaml:90:7
%8306 = div %6722, %8305 : f64[] @ models/lib/nn.yaml:90:7
%8307 = sqrt %8298 : f32[16] @ models/lib/nn.yaml:90:7
%8308 = cast %8306 : f32[] @ models/lib/nn.yaml:90:7
%8309 = broadcast %8308 : f32[16] @ models/lib/nn.yaml:90:7
%8310 = mul %8307, %8309 : f32[16] @ models/lib/nn.yaml:90:7
%8311 = add %8310, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%8312 = div %8294, %8311 : f32[16] @ models/lib/nn.yaml:90:7
%8313 = cast %8302 : f32[] @ models/lib/nn.yaml:90:7
%8314 = broadcast %8313 : f32[16] @ models/lib/nn.yaml:90:7
%8315 = mul %8312, %8314 : f32[16] @ models/lib/nn.yaml:90:7
%8316 = sub %36, %8315 : f32[16] @ models/lib/nn.yaml:90:7
%8317 = assign %36, %8316 : f32[16] @ models/lib/nn.yaml:90:7
%8318 = assign %8288, %8294 : f32[16] @ models/lib/nn.yaml:90:7
%8319 = assign %8289, %8298 : f32[16] @ models/lib/nn.yaml:90:7
%8320 = assign %8290, %8291 : i64[] @ models/lib/nn.yaml:90:7
%8321 = mul %114, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%8322 = mul %8316, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%8323 = add %8321, %8322 : f32[16] @ models/lib/nn.yaml:90:7
%8324 = assign %114, %8323 : f32[16] @ models/lib/nn.yaml:90:7
%8325 = all_reduce_sum %6168 : f32[16,16] @ models/lib/nn.yaml:79:7
%8326 = reshape %8325 : f32[256] @ models/lib/nn.yaml:79:7
%8327 = mul %8326, %8326 : f32[256] @ models/lib/nn.yaml:79:7
%8328 = reduce_sum %8327 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8329 = sqrt %8328 : f32[] @ models/lib/nn.yaml:79:7
%8330 = cast %8329 : f64[] @ models/lib/nn.yaml:79:7
%8331 = add %8330, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8332 = div %6720, %8331 : f64[] @ models/lib/nn.yaml:79:7
%8333 = lt %8332, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8334 = cast %8332 : f32[] @ models/lib/nn.yaml:79:7
%8335 = broadcast %8334 : f32[16,16] @ models/lib/nn.yaml:79:7
%8336 = mul %8325, %8335 : f32[16,16] @ models/lib/nn.yaml:79:7
%8337 = broadcast %8333 : bool[16,16] @ models/lib/nn.yaml:79:7
%8338 = select %8337, %8336, %8325 : f32[16,16] @ models/lib/nn.yaml:79:7
%8339 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8340 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8341 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8342 = add %8341, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8343 = mul %37, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%8344 = mul %8338, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8345 = mul %8339, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8346 = add %8345, %8344 : f32[16,16] @ models/lib/nn.yaml:79:7
%8347 = mul %8338, %8338 : f32[16,16] @ models/lib/nn.yaml:79:7
%8348 = mul %8347, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8349 = mul %8340, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8350 = add %8349, %8348 : f32[16,16] @ models/lib/nn.yaml:79:7
%8351 = cast %8342 : f64[] @ models/lib/nn.yaml:79:7
%8352 = pow %6741, %8351 : f64[] @ models/lib/nn.yaml:79:7
%8353 = sub %6722, %8352 : f64[] @ models/lib/nn.yaml:79:7
%8354 = div %4159, %8353 : f64[] @ models/lib/nn.yaml:79:7
%8355 = pow %6749, %8351 : f64[] @ models/lib/nn.yaml:79:7
%8356 = sub %6722, %8355 : f64[] @ models/lib/nn.yaml:79:7
%8357 = sqrt %8356 : f64[] @ models/lib/nn.yaml:79:7
%8358 = div %6722, %8357 : f64[] @ models/lib/nn.yaml:79:7
%8359 = sqrt %8350 : f32[16,16] @ models/lib/nn.yaml:79:7
%8360 = cast %8358 : f32[] @ models/lib/nn.yaml:79:7
%8361 = broadcast %8360 : f32[16,16] @ models/lib/nn.yaml:79:7
%8362 = mul %8359, %8361 : f32[16,16] @ models/lib/nn.yaml:79:7
%8363 = add %8362, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8364 = div %8346, %8363 : f32[16,16] @ models/lib/nn.yaml:79:7
%8365 = cast %8354 : f32[] @ models/lib/nn.yaml:79:7
%8366 = broadcast %8365 : f32[16,16] @ models/lib/nn.yaml:79:7
%8367 = mul %8364, %8366 : f32[16,16] @ models/lib/nn.yaml:79:7
%8368 = sub %8343, %8367 : f32[16,16] @ models/lib/nn.yaml:79:7
%8369 = assign %37, %8368 : f32[16,16] @ models/lib/nn.yaml:79:7
%8370 = assign %8339, %8346 : f32[16,16] @ models/lib/nn.yaml:79:7
%8371 = assign %8340, %8350 : f32[16,16] @ models/lib/nn.yaml:79:7
%8372 = assign %8341, %8342 : i64[] @ models/lib/nn.yaml:79:7
%8373 = mul %115, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8374 = mul %8368, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8375 = add %8373, %8374 : f32[16,16] @ models/lib/nn.yaml:79:7
%8376 = assign %115, %8375 : f32[16,16] @ models/lib/nn.yaml:79:7
%8377 = all_reduce_sum %6159 : f32[16] @ models/lib/nn.yaml:80:7
%8378 = mul %8377, %8377 : f32[16] @ models/lib/nn.yaml:80:7
%8379 = reduce_sum %8378 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8380 = sqrt %8379 : f32[] @ models/lib/nn.yaml:80:7
%8381 = cast %8380 : f64[] @ models/lib/nn.yaml:80:7
%8382 = add %8381, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8383 = div %6720, %8382 : f64[] @ models/lib/nn.yaml:80:7
%8384 = lt %8383, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8385 = cast %8383 : f32[] @ models/lib/nn.yaml:80:7
%8386 = broadcast %8385 : f32[16] @ models/lib/nn.yaml:80:7
%8387 = mul %8377, %8386 : f32[16] @ models/lib/nn.yaml:80:7
%8388 = broadcast %8384 : bool[16] @ models/lib/nn.yaml:80:7
%8389 = select %8388, %8387, %8377 : f32[16] @ models/lib/nn.yaml:80:7
%8390 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8391 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8392 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8393 = add %8392, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8394 = mul %8389, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = mul %8390, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%8396 = add %8395, %8394 : f32[16] @ models/lib/nn.yaml:80:7
%8397 = mul %8389, %8389 : f32[16] @ models/lib/nn.yaml:80:7
%8398 = mul %8397, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%8399 = mul %8391, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%8400 = add %8399, %8398 : f32[16] @ models/lib/nn.yaml:80:7
%8401 = cast %8393 : f64[] @ models/lib/nn.yaml:80:7
%8402 = pow %6741, %8401 : f64[] @ models/lib/nn.yaml:80:7
%8403 = sub %6722, %8402 : f64[] @ models/lib/nn.yaml:80:7
%8404 = div %4159, %8403 : f64[] @ models/lib/nn.yaml:80:7
%8405 = pow %6749, %8401 : f64[] @ models/lib/nn.yaml:80:7
%8406 = sub %6722, %8405 : f64[] @ models/lib/nn.yaml:80:7
%8407 = sqrt %8406 : f64[] @ models/lib/nn.yaml:80:7
%8408 = div %6722, %8407 : f64[] @ models/lib/nn.yaml:80:7
%8409 = sqrt %8400 : f32[16] @ models/lib/nn.yaml:80:7
%8410 = cast %8408 : f32[] @ models/lib/nn.yaml:80:7
%8411 = broadcast %8410 : f32[16] @ models/lib/nn.yaml:80:7
%8412 = mul %8409, %8411 : f32[16] @ models/lib/nn.yaml:80:7
%8413 = add %8412, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%8414 = div %8396, %8413 : f32[16] @ models/lib/nn.yaml:80:7
%8415 = cast %8404 : f32[] @ models/lib/nn.yaml:80:7
%8416 = broadcast %8415 : f32[16] @ models/lib/nn.yaml:80:7
%8417 = mul %8414, %8416 : f32[16] @ models/lib/nn.yaml:80:7
%8418 = sub %38, %8417 : f32[16] @ models/lib/nn.yaml:80:7
%8419 = assign %38, %8418 : f32[16] @ models/lib/nn.yaml:80:7
%8420 = assign %8390, %8396 : f32[16] @ models/lib/nn.yaml:80:7
%8421 = assign %8391, %8400 : f32[16] @ models/lib/nn.yaml:80:7
%8422 = assign %8392, %8393 : i64[] @ models/lib/nn.yaml:80:7
%8423 = mul %116, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8424 = mul %8418, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%8425 = add %8423, %8424 : f32[16] @ models/lib/nn.yaml:80:7
%8426 = assign %116, %8425 : f32[16] @ models/lib/nn.yaml:80:7
%8427 = all_reduce_sum %6153 : f32[16,16] @ models/lib/nn.yaml:79:7
%8428 = reshape %8427 : f32[256] @ models/lib/nn.yaml:79:7
%8429 = mul %8428, %8428 : f32[256] @ models/lib/nn.yaml:79:7
%8430 = reduce_sum %8429 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8431 = sqrt %8430 : f32[] @ models/lib/nn.yaml:79:7
%8432 = cast %8431 : f64[] @ models/lib/nn.yaml:79:7
%8433 = add %8432, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8434 = div %6720, %8433 : f64[] @ models/lib/nn.yaml:79:7
%8435 = lt %8434, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8436 = cast %8434 : f32[] @ models/lib/nn.yaml:79:7
%8437 = broadcast %8436 : f32[16,16] @ models/lib/nn.yaml:79:7
%8438 = mul %8427, %8437 : f32[16,16] @ models/lib/nn.yaml:79:7
%8439 = broadcast %8435 : bool[16,16] @ models/lib/nn.yaml:79:7
%8440 = select %8439, %8438, %8427 : f32[16,16] @ models/lib/nn.yaml:79:7
%8441 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8442 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8443 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8444 = add %8443, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8445 = mul %39, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%8446 = mul %8440, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8447 = mul %8441, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8448 = add %8447, %8446 : f32[16,16] @ models/lib/nn.yaml:79:7
%8449 = mul %8440, %8440 : f32[16,16] @ models/lib/nn.yaml:79:7
%8450 = mul %8449, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8451 = mul %8442, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8452 = add %8451, %8450 : f32[16,16] @ models/lib/nn.yaml:79:7
%8453 = cast %8444 : f64[] @ models/lib/nn.yaml:79:7
%8454 = pow %6741, %8453 : f64[] @ models/lib/nn.yaml:79:7
%8455 = sub %6722, %8454 : f64[] @ models/lib/nn.yaml:79:7
%8456 = div %4159, %8455 : f64[] @ models/lib/nn.yaml:79:7
%8457 = pow %6749, %8453 : f64[] @ models/lib/nn.yaml:79:7
%8458 = sub %6722, %8457 : f64[] @ models/lib/nn.yaml:79:7
%8459 = sqrt %8458 : f64[] @ models/lib/nn.yaml:79:7
%8460 = div %6722, %8459 : f64[] @ models/lib/nn.yaml:79:7
%8461 = sqrt %8452 : f32[16,16] @ models/lib/nn.yaml:79:7
%8462 = cast %8460 : f32[] @ models/lib/nn.yaml:79:7
%8463 = broadcast %8462 : f32[16,16] @ models/lib/nn.yaml:79:7
%8464 = mul %8461, %8463 : f32[16,16] @ models/lib/nn.yaml:79:7
%8465 = add %8464, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8466 = div %8448, %8465 : f32[16,16] @ models/lib/nn.yaml:79:7
%8467 = cast %8456 : f32[] @ models/lib/nn.yaml:79:7
%8468 = broadcast %8467 : f32[16,16] @ models/lib/nn.yaml:79:7
%8469 = mul %8466, %8468 : f32[16,16] @ models/lib/nn.yaml:79:7
%8470 = sub %8445, %8469 : f32[16,16] @ models/lib/nn.yaml:79:7
%8471 = assign %39, %8470 : f32[16,16] @ models/lib/nn.yaml:79:7
%8472 = assign %8441, %8448 : f32[16,16] @ models/lib/nn.yaml:79:7
%8473 = assign %8442, %8452 : f32[16,16] @ models/lib/nn.yaml:79:7
%8474 = assign %8443, %8444 : i64[] @ models/lib/nn.yaml:79:7
%8475 = mul %117, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8476 = mul %8470, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8477 = add %8475, %8476 : f32[16,16] @ models/lib/nn.yaml:79:7
%8478 = assign %117, %8477 : f32[16,16] @ models/lib/nn.yaml:79:7
%8479 = all_reduce_sum %6142 : f32[16] @ models/lib/nn.yaml:80:7
%8480 = mul %8479, %8479 : f32[16] @ models/lib/nn.yaml:80:7
%8481 = reduce_sum %8480 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8482 = sqrt %8481 : f32[] @ models/lib/nn.yaml:80:7
%8483 = cast %8482 : f64[] @ models/lib/nn.yaml:80:7
%8484 = add %8483, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8485 = div %6720, %8484 : f64[] @ models/lib/nn.yaml:80:7
%8486 = lt %8485, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8487 = cast %8485 : f32[] @ models/lib/nn.yaml:80:7
%8488 = broadcast %8487 : f32[16] @ models/lib/nn.yaml:80:7
%8489 = mul %8479, %8488 : f32[16] @ models/lib/nn.yaml:80:7
%8490 = broadcast %8486 : bool[16] @ models/lib/nn.yaml:80:7
%8491 = select %8490, %8489, %8479 : f32[16] @ models/lib/nn.yaml:80:7
%8492 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8493 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8494 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8495 = add %8494, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8496 = mul %8491, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%8497 = mul %8492, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%8498 = add %8497, %8496 : f32[16] @ models/lib/nn.yaml:80:7
%8499 = mul %8491, %8491 : f32[16] @ models/lib/nn.yaml:80:7
%8500 = mul %8499, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%8501 = mul %8493, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%8502 = add %8501, %8500 : f32[16] @ models/lib/nn.yaml:80:7
%8503 = cast %8495 : f64[] @ models/lib/nn.yaml:80:7
%8504 = pow %6741, %8503 : f64[] @ models/lib/nn.yaml:80:7
%8505 = sub %6722, %8504 : f64[] @ models/lib/nn.yaml:80:7
%8506 = div %4159, %8505 : f64[] @ models/lib/nn.yaml:80:7
%8507 = pow %6749, %8503 : f64[] @ models/lib/nn.yaml:80:7
%8508 = sub %6722, %8507 : f64[] @ models/lib/nn.yaml:80:7
%8509 = sqrt %8508 : f64[] @ models/lib/nn.yaml:80:7
%8510 = div %6722, %8509 : f64[] @ models/lib/nn.yaml:80:7
%8511 = sqrt %8502 : f32[16] @ models/lib/nn.yaml:80:7
%8512 = cast %8510 : f32[] @ models/lib/nn.yaml:80:7
%8513 = broadcast %8512 : f32[16] @ models/lib/nn.yaml:80:7
%8514 = mul %8511, %8513 : f32[16] @ models/lib/nn.yaml:80:7
%8515 = add %8514, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%8516 = div %8498, %8515 : f32[16] @ models/lib/nn.yaml:80:7
%8517 = cast %8506 : f32[] @ models/lib/nn.yaml:80:7
%8518 = broadcast %8517 : f32[16] @ models/lib/nn.yaml:80:7
%8519 = mul %8516, %8518 : f32[16] @ models/lib/nn.yaml:80:7
%8520 = sub %40, %8519 : f32[16] @ models/lib/nn.yaml:80:7
%8521 = assign %40, %8520 : f32[16] @ models/lib/nn.yaml:80:7
%8522 = assign %8492, %8498 : f32[16] @ models/lib/nn.yaml:80:7
%8523 = assign %8493, %8502 : f32[16] @ models/lib/nn.yaml:80:7
%8524 = assign %8494, %8495 : i64[] @ models/lib/nn.yaml:80:7
%8525 = mul %118, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8526 = mul %8520, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%8527 = add %8525, %8526 : f32[16] @ models/lib/nn.yaml:80:7
%8528 = assign %118, %8527 : f32[16] @ models/lib/nn.yaml:80:7
%8529 = all_reduce_sum %6134 : f32[16,16] @ models/lib/nn.yaml:79:7
%8530 = reshape %8529 : f32[256] @ models/lib/nn.yaml:79:7
%8531 = mul %8530, %8530 : f32[256] @ models/lib/nn.yaml:79:7
%8532 = reduce_sum %8531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8533 = sqrt %8532 : f32[] @ models/lib/nn.yaml:79:7
%8534 = cast %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8536 = div %6720, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = lt %8536, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = mul %8529, %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = broadcast %8537 : bool[16,16] @ models/lib/nn.yaml:79:7
%8542 = select %8541, %8540, %8529 : f32[16,16] @ models/lib/nn.yaml:79:7
%8543 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8546 = add %8545, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8547 = mul %41, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = mul %8542, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = mul %8543, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8550 = add %8549, %8548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8551 = mul %8542, %8542 : f32[16,16] @ models/lib/nn.yaml:79:7
%8552 = mul %8551, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8553 = mul %8544, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8554 = add %8553, %8552 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = cast %8546 : f64[] @ models/lib/nn.yaml:79:7
%8556 = pow %6741, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8557 = sub %6722, %8556 : f64[] @ models/lib/nn.yaml:79:7
%8558 = div %4159, %8557 : f64[] @ models/lib/nn.yaml:79:7
%8559 = pow %6749, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8560 = sub %6722, %8559 : f64[] @ models/lib/nn.yaml:79:7
%8561 = sqrt %8560 : f64[] @ models/lib/nn.yaml:79:7
%8562 = div %6722, %8561 : f64[] @ models/lib/nn.yaml:79:7
%8563 = sqrt %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8564 = cast %8562 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = mul %8563, %8565 : f32[16,16] @ models/lib/nn.yaml:79:7
%8567 = add %8566, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8568 = div %8550, %8567 : f32[16,16] @ models/lib/nn.yaml:79:7
%8569 = cast %8558 : f32[] @ models/lib/nn.yaml:79:7
%8570 = broadcast %8569 : f32[16,16] @ models/lib/nn.yaml:79:7
%8571 = mul %8568, %8570 : f32[16,16] @ models/lib/nn.yaml:79:7
%8572 = sub %8547, %8571 : f32[16,16] @ models/lib/nn.yaml:79:7
%8573 = assign %41, %8572 : f32[16,16] @ models/lib/nn.yaml:79:7
%8574 = assign %8543, %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8575 = assign %8544, %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = assign %8545, %8546 : i64[] @ models/lib/nn.yaml:79:7
%8577 = mul %119, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = mul %8572, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8579 = add %8577, %8578 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = assign %119, %8579 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = all_reduce_sum %6125 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = mul %8581, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = reduce_sum %8582 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8584 = sqrt %8583 : f32[] @ models/lib/nn.yaml:80:7
%8585 = cast %8584 : f64[] @ models/lib/nn.yaml:80:7
%8586 = add %8585, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8587 = div %6720, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = lt %8587, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8589 = cast %8587 : f32[] @ models/lib/nn.yaml:80:7
%8590 = broadcast %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = mul %8581, %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = broadcast %8588 : bool[16] @ models/lib/nn.yaml:80:7
%8593 = select %8592, %8591, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8595 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8596 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8597 = add %8596, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8598 = mul %8593, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = mul %8594, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%8600 = add %8599, %8598 : f32[16] @ models/lib/nn.yaml:80:7
%8601 = mul %8593, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = mul %8601, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = mul %8595, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = add %8603, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = cast %8597 : f64[] @ models/lib/nn.yaml:80:7
%8606 = pow %6741, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8607 = sub %6722, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8608 = div %4159, %8607 : f64[] @ models/lib/nn.yaml:80:7
%8609 = pow %6749, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8610 = sub %6722, %8609 : f64[] @ models/lib/nn.yaml:80:7
%8611 = sqrt %8610 : f64[] @ models/lib/nn.yaml:80:7
%8612 = div %6722, %8611 : f64[] @ models/lib/nn.yaml:80:7
%8613 = sqrt %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8614 = cast %8612 : f32[] @ models/lib/nn.yaml:80:7
%8615 = broadcast %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = mul %8613, %8615 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = add %8616, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = div %8600, %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8619 = cast %8608 : f32[] @ models/lib/nn.yaml:80:7
%8620 = broadcast %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = mul %8618, %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8622 = sub %42, %8621 : f32[16] @ models/lib/nn.yaml:80:7
%8623 = assign %42, %8622 : f32[16] @ models/lib/nn.yaml:80:7
%8624 = assign %8594, %8600 : f32[16] @ models/lib/nn.yaml:80:7
%8625 = assign %8595, %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = assign %8596, %8597 : i64[] @ models/lib/nn.yaml:80:7
%8627 = mul %120, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = mul %8622, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%8629 = add %8627, %8628 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = assign %120, %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = all_reduce_sum %6024 : f32[16,16] @ models/lib/nn.yaml:79:7
%8632 = reshape %8631 : f32[256] @ models/lib/nn.yaml:79:7
%8633 = mul %8632, %8632 : f32[256] @ models/lib/nn.yaml:79:7
%8634 = reduce_sum %8633 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8635 = sqrt %8634 : f32[] @ models/lib/nn.yaml:79:7
%8636 = cast %8635 : f64[] @ models/lib/nn.yaml:79:7
%8637 = add %8636, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8638 = div %6720, %8637 : f64[] @ models/lib/nn.yaml:79:7
%8639 = lt %8638, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8640 = cast %8638 : f32[] @ models/lib/nn.yaml:79:7
%8641 = broadcast %8640 : f32[16,16] @ models/lib/nn.yaml:79:7
%8642 = mul %8631, %8641 : f32[16,16] @ models/lib/nn.yaml:79:7
%8643 = broadcast %8639 : bool[16,16] @ models/lib/nn.yaml:79:7
%8644 = select %8643, %8642, %8631 : f32[16,16] @ models/lib/nn.yaml:79:7
%8645 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8646 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8647 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8648 = add %8647, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8649 = mul %43, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%8650 = mul %8644, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8651 = mul %8645, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8652 = add %8651, %8650 : f32[16,16] @ models/lib/nn.yaml:79:7
%8653 = mul %8644, %8644 : f32[16,16] @ models/lib/nn.yaml:79:7
%8654 = mul %8653, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%8655 = mul %8646, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8656 = add %8655, %8654 : f32[16,16] @ models/lib/nn.yaml:79:7
%8657 = cast %8648 : f64[] @ models/lib/nn.yaml:79:7
%8658 = pow %6741, %8657 : f64[] @ models/lib/nn.yaml:79:7
%8659 = sub %6722, %8658 : f64[] @ models/lib/nn.yaml:79:7
%8660 = div %4159, %8659 : f64[] @ models/lib/nn.yaml:79:7
%8661 = pow %6749, %8657 : f64[] @ models/lib/nn.yaml:79:7
%8662 = sub %6722, %8661 : f64[] @ models/lib/nn.yaml:79:7
%8663 = sqrt %8662 : f64[] @ models/lib/nn.yaml:79:7
%8664 = div %6722, %8663 : f64[] @ models/lib/nn.yaml:79:7
%8665 = sqrt %8656 : f32[16,16] @ models/lib/nn.yaml:79:7
%8666 = cast %8664 : f32[] @ models/lib/nn.yaml:79:7
%8667 = broadcast %8666 : f32[16,16] @ models/lib/nn.yaml:79:7
%8668 = mul %8665, %8667 : f32[16,16] @ models/lib/nn.yaml:79:7
%8669 = add %8668, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%8670 = div %8652, %8669 : f32[16,16] @ models/lib/nn.yaml:79:7
%8671 = cast %8660 : f32[] @ models/lib/nn.yaml:79:7
%8672 = broadcast %8671 : f32[16,16] @ models/lib/nn.yaml:79:7
%8673 = mul %8670, %8672 : f32[16,16] @ models/lib/nn.yaml:79:7
%8674 = sub %8649, %8673 : f32[16,16] @ models/lib/nn.yaml:79:7
%8675 = assign %43, %8674 : f32[16,16] @ models/lib/nn.yaml:79:7
%8676 = assign %8645, %8652 : f32[16,16] @ models/lib/nn.yaml:79:7
%8677 = assign %8646, %8656 : f32[16,16] @ models/lib/nn.yaml:79:7
%8678 = assign %8647, %8648 : i64[] @ models/lib/nn.yaml:79:7
%8679 = mul %121, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%8680 = mul %8674, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%8681 = add %8679, %8680 : f32[16,16] @ models/lib/nn.yaml:79:7
%8682 = assign %121, %8681 : f32[16,16] @ models/lib/nn.yaml:79:7
%8683 = all_reduce_sum %6016 : f32[16] @ models/lib/nn.yaml:80:7
%8684 = mul %8683, %8683 : f32[16] @ models/lib/nn.yaml:80:7
%8685 = reduce_sum %8684 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8686 = sqrt %8685 : f32[] @ models/lib/nn.yaml:80:7
%8687 = cast %8686 : f64[] @ models/lib/nn.yaml:80:7
%8688 = add %8687, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8689 = div %6720, %8688 : f64[] @ models/lib/nn.yaml:80:7
%8690 = lt %8689, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8691 = cast %8689 : f32[] @ models/lib/nn.yaml:80:7
%8692 = broadcast %8691 : f32[16] @ models/lib/nn.yaml:80:7
%8693 = mul %8683, %8692 : f32[16] @ models/lib/nn.yaml:80:7
%8694 = broadcast %8690 : bool[16] @ models/lib/nn.yaml:80:7
%8695 = select %8694, %8693, %8683 : f32[16] @ models/lib/nn.yaml:80:7
%8696 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8697 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8698 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8699 = add %8698, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8700 = mul %8695, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%8701 = mul %8696, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%8702 = add %8701, %8700 : f32[16] @ models/lib/nn.yaml:80:7
%8703 = mul %8695, %8695 : f32[16] @ models/lib/nn.yaml:80:7
%8704 = mul %8703, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%8705 = mul %8697, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%8706 = add %8705, %8704 : f32[16] @ models/lib/nn.yaml:80:7
%8707 = cast %8699 : f64[] @ models/lib/nn.yaml:80:7
%8708 = pow %6741, %8707 : f64[] @ models/lib/nn.yaml:80:7
%8709 = sub %6722, %8708 : f64[] @ models/lib/nn.yaml:80:7
%8710 = div %4159, %8709 : f64[] @ models/lib/nn.yaml:80:7
%8711 = pow %6749, %8707 : f64[] @ models/lib/nn.yaml:80:7
%8712 = sub %6722, %8711 : f64[] @ models/lib/nn.yaml:80:7
%8713 = sqrt %8712 : f64[] @ models/lib/nn.yaml:80:7
%8714 = div %6722, %8713 : f64[] @ models/lib/nn.yaml:80:7
%8715 = sqrt %8706 : f32[16] @ models/lib/nn.yaml:80:7
%8716 = cast %8714 : f32[] @ models/lib/nn.yaml:80:7
%8717 = broadcast %8716 : f32[16] @ models/lib/nn.yaml:80:7
%8718 = mul %8715, %8717 : f32[16] @ models/lib/nn.yaml:80:7
%8719 = add %8718, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%8720 = div %8702, %8719 : f32[16] @ models/lib/nn.yaml:80:7
%8721 = cast %8710 : f32[] @ models/lib/nn.yaml:80:7
%8722 = broadcast %8721 : f32[16] @ models/lib/nn.yaml:80:7
%8723 = mul %8720, %8722 : f32[16] @ models/lib/nn.yaml:80:7
%8724 = sub %44, %8723 : f32[16] @ models/lib/nn.yaml:80:7
%8725 = assign %44, %8724 : f32[16] @ models/lib/nn.yaml:80:7
%8726 = assign %8696, %8702 : f32[16] @ models/lib/nn.yaml:80:7
%8727 = assign %8697, %8706 : f32[16] @ models/lib/nn.yaml:80:7
%8728 = assign %8698, %8699 : i64[] @ models/lib/nn.yaml:80:7
%8729 = mul %122, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%8730 = mul %8724, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%8731 = add %8729, %8730 : f32[16] @ models/lib/nn.yaml:80:7
%8732 = assign %122, %8731 : f32[16] @ models/lib/nn.yaml:80:7
%8733 = all_reduce_sum %5995 : f32[16] @ models/lib/nn.yaml:89:7
%8734 = mul %8733, %8733 : f32[16] @ models/lib/nn.yaml:89:7
%8735 = reduce_sum %8734 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8736 = sqrt %8735 : f32[] @ models/lib/nn.yaml:89:7
%8737 = cast %8736 : f64[] @ models/lib/nn.yaml:89:7
%8738 = add %8737, %6718 : f64[] @ models/lib/nn.yaml:89:7
%8739 = div %6720, %8738 : f64[] @ models/lib/nn.yaml:89:7
%8740 = lt %8739, %6722 : bool[] @ models/lib/nn.yaml:89:7
%8741 = cast %8739 : f32[] @ models/lib/nn.yaml:89:7
%8742 = broadcast %8741 : f32[16] @ models/lib/nn.yaml:89:7
%8743 = mul %8733, %8742 : f32[16] @ models/lib/nn.yaml:89:7
%8744 = broadcast %8740 : bool[16] @ models/lib/nn.yaml:89:7
%8745 = select %8744, %8743, %8733 : f32[16] @ models/lib/nn.yaml:89:7
%8746 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8747 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8748 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8749 = add %8748, %6732 : i64[] @ models/lib/nn.yaml:89:7
%8750 = mul %8745, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%8751 = mul %8746, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%8752 = add %8751, %8750 : f32[16] @ models/lib/nn.yaml:89:7
%8753 = mul %8745, %8745 : f32[16] @ models/lib/nn.yaml:89:7
%8754 = mul %8753, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%8755 = mul %8747, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%8756 = add %8755, %8754 : f32[16] @ models/lib/nn.yaml:89:7
%8757 = cast %8749 : f64[] @ models/lib/nn.yaml:89:7
%8758 = pow %6741, %8757 : f64[] @ models/lib/nn.yaml:89:7
%8759 = sub %6722, %8758 : f64[] @ models/lib/nn.yaml:89:7
%8760 = div %4159, %8759 : f64[] @ models/lib/nn.yaml:89:7
%8761 = pow %6749, %8757 : f64[] @ models/lib/nn.yaml:89:7
%8762 = sub %6722, %8761 : f64[] @ models/lib/nn.yaml:89:7
%8763 = sqrt %8762 : f64[] @ models/lib/nn.yaml:89:7
%8764 = div %6722, %8763 : f64[] @ models/lib/nn.yaml:89:7
%8765 = sqrt %8756 : f32[16] @ models/lib/nn.yaml:89:7
%8766 = cast %8764 : f32[] @ models/lib/nn.yaml:89:7
%8767 = broadcast %8766 : f32[16] @ models/lib/nn.yaml:89:7
%8768 = mul %8765, %8767 : f32[16] @ models/lib/nn.yaml:89:7
%8769 = add %8768, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%8770 = div %8752, %8769 : f32[16] @ models/lib/nn.yaml:89:7
%8771 = cast %8760 : f32[] @ models/lib/nn.yaml:89:7
%8772 = broadcast %8771 : f32[16] @ models/lib/nn.yaml:89:7
%8773 = mul %8770, %8772 : f32[16] @ models/lib/nn.yaml:89:7
%8774 = sub %45, %8773 : f32[16] @ models/lib/nn.yaml:89:7
%8775 = assign %45, %8774 : f32[16] @ models/lib/nn.yaml:89:7
%8776 = assign %8746, %8752 : f32[16] @ models/lib/nn.yaml:89:7
%8777 = assign %8747, %8756 : f32[16] @ models/lib/nn.yaml:89:7
%8778 = assign %8748, %8749 : i64[] @ models/lib/nn.yaml:89:7
%8779 = mul %123, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%8780 = mul %8774, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%8781 = add %8779, %8780 : f32[16] @ models/lib/nn.yaml:89:7
%8782 = assign %123, %8781 : f32[16] @ models/lib/nn.yaml:89:7
%8783 = all_reduce_sum %5988 : f32[16] @ models/lib/nn.yaml:90:7
%8784 = mul %8783, %8783 : f32[16] @ models/lib/nn.yaml:90:7
%8785 = reduce_sum %8784 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8786 = sqrt %8785 : f32[] @ models/lib/nn.yaml:90:7
%8787 = cast %8786 : f64[] @ models/lib/nn.yaml:90:7
%8788 = add %8787, %6718 : f64[] @ models/lib/nn.yaml:90:7
%8789 = div %6720, %8788 : f64[] @ models/lib/nn.yaml:90:7
%8790 = lt %8789, %6722 : bool[] @ models/lib/nn.yaml:90:7
%8791 = cast %8789 : f32[] @ models/lib/nn.yaml:90:7
%8792 = broadcast %8791 : f32[16] @ models/lib/nn.yaml:90:7
%8793 = mul %8783, %8792 : f32[16] @ models/lib/nn.yaml:90:7
%8794 = broadcast %8790 : bool[16] @ models/lib/nn.yaml:90:7
%8795 = select %8794, %8793, %8783 : f32[16] @ models/lib/nn.yaml:90:7
%8796 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8797 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8798 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8799 = add %8798, %6732 : i64[] @ models/lib/nn.yaml:90:7
%8800 = mul %8795, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%8801 = mul %8796, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%8802 = add %8801, %8800 : f32[16] @ models/lib/nn.yaml:90:7
%8803 = mul %8795, %8795 : f32[16] @ models/lib/nn.yaml:90:7
%8804 = mul %8803, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%8805 = mul %8797, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%8806 = add %8805, %8804 : f32[16] @ models/lib/nn.yaml:90:7
%8807 = cast %8799 : f64[] @ models/lib/nn.yaml:90:7
%8808 = pow %6741, %8807 : f64[] @ models/lib/nn.yaml:90:7
%8809 = sub %6722, %8808 : f64[] @ models/lib/nn.yaml:90:7
%8810 = div %4159, %8809 : f64[] @ models/lib/nn.yaml:90:7
%8811 = pow %6749, %8807 : f64[] @ models/lib/nn.yaml:90:7
%8812 = sub %6722, %8811 : f64[] @ models/lib/nn.yaml:90:7
%8813 = sqrt %8812 : f64[] @ models/lib/nn.yaml:90:7
%8814 = div %6722, %8813 : f64[] @ models/lib/nn.yaml:90:7
%8815 = sqrt %8806 : f32[16] @ models/lib/nn.yaml:90:7
%8816 = cast %8814 : f32[] @ models/lib/nn.yaml:90:7
%8817 = broadcast %8816 : f32[16] @ models/lib/nn.yaml:90:7
%8818 = mul %8815, %8817 : f32[16] @ models/lib/nn.yaml:90:7
%8819 = add %8818, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%8820 = div %8802, %8819 : f32[16] @ models/lib/nn.yaml:90:7
%8821 = cast %8810 : f32[] @ models/lib/nn.yaml:90:7
%8822 = broadcast %8821 : f32[16] @ models/lib/nn.yaml:90:7
%8823 = mul %8820, %8822 : f32[16] @ models/lib/nn.yaml:90:7
%8824 = sub %46, %8823 : f32[16] @ models/lib/nn.yaml:90:7
%8825 = assign %46, %8824 : f32[16] @ models/lib/nn.yaml:90:7
%8826 = assign %8796, %8802 : f32[16] @ models/lib/nn.yaml:90:7
%8827 = assign %8797, %8806 : f32[16] @ models/lib/nn.yaml:90:7
%8828 = assign %8798, %8799 : i64[] @ models/lib/nn.yaml:90:7
%8829 = mul %124, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%8830 = mul %8824, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%8831 = add %8829, %8830 : f32[16] @ models/lib/nn.yaml:90:7
%8832 = assign %124, %8831 : f32[16] @ models/lib/nn.yaml:90:7
%8833 = all_reduce_sum %5984 : f32[64,16] @ models/lib/nn.yaml:79:7
%8834 = reshape %8833 : f32[1024] @ models/lib/nn.yaml:79:7
%8835 = mul %8834, %8834 : f32[1024] @ models/lib/nn.yaml:79:7
%8836 = reduce_sum %8835 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8837 = sqrt %8836 : f32[] @ models/lib/nn.yaml:79:7
%8838 = cast %8837 : f64[] @ models/lib/nn.yaml:79:7
%8839 = add %8838, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8840 = div %6720, %8839 : f64[] @ models/lib/nn.yaml:79:7
%8841 = lt %8840, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8842 = cast %8840 : f32[] @ models/lib/nn.yaml:79:7
%8843 = broadcast %8842 : f32[64,16] @ models/lib/nn.yaml:79:7
%8844 = mul %8833, %8843 : f32[64,16] @ models/lib/nn.yaml:79:7
%8845 = broadcast %8841 : bool[64,16] @ models/lib/nn.yaml:79:7
%8846 = select %8845, %8844, %8833 : f32[64,16] @ models/lib/nn.yaml:79:7
%8847 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8848 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8849 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8850 = add %8849, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8851 = mul %47, %7348 : f32[64,16] @ models/lib/nn.yaml:79:7
%8852 = mul %8846, %7350 : f32[64,16] @ models/lib/nn.yaml:79:7
%8853 = mul %8847, %7352 : f32[64,16] @ models/lib/nn.yaml:79:7
%8854 = add %8853, %8852 : f32[64,16] @ models/lib/nn.yaml:79:7
%8855 = mul %8846, %8846 : f32[64,16] @ models/lib/nn.yaml:79:7
%8856 = mul %8855, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%8857 = mul %8848, %7358 : f32[64,16] @ models/lib/nn.yaml:79:7
%8858 = add %8857, %8856 : f32[64,16] @ models/lib/nn.yaml:79:7
%8859 = cast %8850 : f64[] @ models/lib/nn.yaml:79:7
%8860 = pow %6741, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8861 = sub %6722, %8860 : f64[] @ models/lib/nn.yaml:79:7
%8862 = div %4159, %8861 : f64[] @ models/lib/nn.yaml:79:7
%8863 = pow %6749, %8859 : f64[] @ models/lib/nn.yaml:79:7
%8864 = sub %6722, %8863 : f64[] @ models/lib/nn.yaml:79:7
%8865 = sqrt %8864 : f64[] @ models/lib/nn.yaml:79:7
%8866 = div %6722, %8865 : f64[] @ models/lib/nn.yaml:79:7
%8867 = sqrt %8858 : f32[64,16] @ models/lib/nn.yaml:79:7
%8868 = cast %8866 : f32[] @ models/lib/nn.yaml:79:7
%8869 = broadcast %8868 : f32[64,16] @ models/lib/nn.yaml:79:7
%8870 = mul %8867, %8869 : f32[64,16] @ models/lib/nn.yaml:79:7
%8871 = add %8870, %7373 : f32[64,16] @ models/lib/nn.yaml:79:7
%8872 = div %8854, %8871 : f32[64,16] @ models/lib/nn.yaml:79:7
%8873 = cast %8862 : f32[] @ models/lib/nn.yaml:79:7
%8874 = broadcast %8873 : f32[64,16] @ models/lib/nn.yaml:79:7
%8875 = mul %8872, %8874 : f32[64,16] @ models/lib/nn.yaml:79:7
%8876 = sub %8851, %8875 : f32[64,16] @ models/lib/nn.yaml:79:7
%8877 = assign %47, %8876 : f32[64,16] @ models/lib/nn.yaml:79:7
%8878 = assign %8847, %8854 : f32[64,16] @ models/lib/nn.yaml:79:7
%8879 = assign %8848, %8858 : f32[64,16] @ models/lib/nn.yaml:79:7
%8880 = assign %8849, %8850 : i64[] @ models/lib/nn.yaml:79:7
%8881 = mul %125, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%8882 = mul %8876, %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%8883 = add %8881, %8882 : f32[64,16] @ models/lib/nn.yaml:79:7
%8884 = assign %125, %8883 : f32[64,16] @ models/lib/nn.yaml:79:7
%8885 = all_reduce_sum %5976 : f32[64] @ models/lib/nn.yaml:80:7
%8886 = mul %8885, %8885 : f32[64] @ models/lib/nn.yaml:80:7
%8887 = reduce_sum %8886 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8888 = sqrt %8887 : f32[] @ models/lib/nn.yaml:80:7
%8889 = cast %8888 : f64[] @ models/lib/nn.yaml:80:7
%8890 = add %8889, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8891 = div %6720, %8890 : f64[] @ models/lib/nn.yaml:80:7
%8892 = lt %8891, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8893 = cast %8891 : f32[] @ models/lib/nn.yaml:80:7
%8894 = broadcast %8893 : f32[64] @ models/lib/nn.yaml:80:7
%8895 = mul %8885, %8894 : f32[64] @ models/lib/nn.yaml:80:7
%8896 = broadcast %8892 : bool[64] @ models/lib/nn.yaml:80:7
%8897 = select %8896, %8895, %8885 : f32[64] @ models/lib/nn.yaml:80:7
%8898 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8899 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8900 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8901 = add %8900, %6732 : i64[] @ models/lib/nn.yaml:80:7
%8902 = mul %8897, %7407 : f32[64] @ models/lib/nn.yaml:80:7
%8903 = mul %8898, %7409 : f32[64] @ models/lib/nn.yaml:80:7
%8904 = add %8903, %8902 : f32[64] @ models/lib/nn.yaml:80:7
%8905 = mul %8897, %8897 : f32[64] @ models/lib/nn.yaml:80:7
%8906 = mul %8905, %7413 : f32[64] @ models/lib/nn.yaml:80:7
%8907 = mul %8899, %7415 : f32[64] @ models/lib/nn.yaml:80:7
%8908 = add %8907, %8906 : f32[64] @ models/lib/nn.yaml:80:7
%8909 = cast %8901 : f64[] @ models/lib/nn.yaml:80:7
%8910 = pow %6741, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8911 = sub %6722, %8910 : f64[] @ models/lib/nn.yaml:80:7
%8912 = div %4159, %8911 : f64[] @ models/lib/nn.yaml:80:7
%8913 = pow %6749, %8909 : f64[] @ models/lib/nn.yaml:80:7
%8914 = sub %6722, %8913 : f64[] @ models/lib/nn.yaml:80:7
%8915 = sqrt %8914 : f64[] @ models/lib/nn.yaml:80:7
%8916 = div %6722, %8915 : f64[] @ models/lib/nn.yaml:80:7
%8917 = sqrt %8908 : f32[64] @ models/lib/nn.yaml:80:7
%8918 = cast %8916 : f32[] @ models/lib/nn.yaml:80:7
%8919 = broadcast %8918 : f32[64] @ models/lib/nn.yaml:80:7
%8920 = mul %8917, %8919 : f32[64] @ models/lib/nn.yaml:80:7
%8921 = add %8920, %7430 : f32[64] @ models/lib/nn.yaml:80:7
%8922 = div %8904, %8921 : f32[64] @ models/lib/nn.yaml:80:7
%8923 = cast %8912 : f32[] @ models/lib/nn.yaml:80:7
%8924 = broadcast %8923 : f32[64] @ models/lib/nn.yaml:80:7
%8925 = mul %8922, %8924 : f32[64] @ models/lib/nn.yaml:80:7
%8926 = sub %48, %8925 : f32[64] @ models/lib/nn.yaml:80:7
%8927 = assign %48, %8926 : f32[64] @ models/lib/nn.yaml:80:7
%8928 = assign %8898, %8904 : f32[64] @ models/lib/nn.yaml:80:7
%8929 = assign %8899, %8908 : f32[64] @ models/lib/nn.yaml:80:7
%8930 = assign %8900, %8901 : i64[] @ models/lib/nn.yaml:80:7
%8931 = mul %126, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%8932 = mul %8926, %7443 : f32[64] @ models/lib/nn.yaml:80:7
%8933 = add %8931, %8932 : f32[64] @ models/lib/nn.yaml:80:7
%8934 = assign %126, %8933 : f32[64] @ models/lib/nn.yaml:80:7
%8935 = all_reduce_sum %5956 : f32[16,64] @ models/lib/nn.yaml:79:7
%8936 = reshape %8935 : f32[1024] @ models/lib/nn.yaml:79:7
%8937 = mul %8936, %8936 : f32[1024] @ models/lib/nn.yaml:79:7
%8938 = reduce_sum %8937 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8939 = sqrt %8938 : f32[] @ models/lib/nn.yaml:79:7
%8940 = cast %8939 : f64[] @ models/lib/nn.yaml:79:7
%8941 = add %8940, %6718 : f64[] @ models/lib/nn.yaml:79:7
%8942 = div %6720, %8941 : f64[] @ models/lib/nn.yaml:79:7
%8943 = lt %8942, %6722 : bool[] @ models/lib/nn.yaml:79:7
%8944 = cast %8942 : f32[] @ models/lib/nn.yaml:79:7
%8945 = broadcast %8944 : f32[16,64] @ models/lib/nn.yaml:79:7
%8946 = mul %8935, %8945 : f32[16,64] @ models/lib/nn.yaml:79:7
%8947 = broadcast %8943 : bool[16,64] @ models/lib/nn.yaml:79:7
%8948 = select %8947, %8946, %8935 : f32[16,64] @ models/lib/nn.yaml:79:7
%8949 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8950 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8951 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8952 = add %8951, %6732 : i64[] @ models/lib/nn.yaml:79:7
%8953 = mul %49, %7465 : f32[16,64] @ models/lib/nn.yaml:79:7
%8954 = mul %8948, %7467 : f32[16,64] @ models/lib/nn.yaml:79:7
%8955 = mul %8949, %7469 : f32[16,64] @ models/lib/nn.yaml:79:7
%8956 = add %8955, %8954 : f32[16,64] @ models/lib/nn.yaml:79:7
%8957 = mul %8948, %8948 : f32[16,64] @ models/lib/nn.yaml:79:7
%8958 = mul %8957, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%8959 = mul %8950, %7475 : f32[16,64] @ models/lib/nn.yaml:79:7
%8960 = add %8959, %8958 : f32[16,64] @ models/lib/nn.yaml:79:7
%8961 = cast %8952 : f64[] @ models/lib/nn.yaml:79:7
%8962 = pow %6741, %8961 : f64[] @ models/lib/nn.yaml:79:7
%8963 = sub %6722, %8962 : f64[] @ models/lib/nn.yaml:79:7
%8964 = div %4159, %8963 : f64[] @ models/lib/nn.yaml:79:7
%8965 = pow %6749, %8961 : f64[] @ models/lib/nn.yaml:79:7
%8966 = sub %6722, %8965 : f64[] @ models/lib/nn.yaml:79:7
%8967 = sqrt %8966 : f64[] @ models/lib/nn.yaml:79:7
%8968 = div %6722, %8967 : f64[] @ models/lib/nn.yaml:79:7
%8969 = sqrt %8960 : f32[16,64] @ models/lib/nn.yaml:79:7
%8970 = cast %8968 : f32[] @ models/lib/nn.yaml:79:7
%8971 = broadcast %8970 : f32[16,64] @ models/lib/nn.yaml:79:7
%8972 = mul %8969, %8971 : f32[16,64] @ models/lib/nn.yaml:79:7
%8973 = add %8972, %7490 : f32[16,64] @ models/lib/nn.yaml:79:7
%8974 = div %8956, %8973 : f32[16,64] @ models/lib/nn.yaml:79:7
%8975 = cast %8964 : f32[] @ models/lib/nn.yaml:79:7
%8976 = broadcast %8975 : f32[16,64] @ models/lib/nn.yaml:79:7
%8977 = mul %8974, %8976 : f32[16,64] @ models/lib/nn.yaml:79:7
%8978 = sub %8953, %8977 : f32[16,64] @ models/lib/nn.yaml:79:7
%8979 = assign %49, %8978 : f32[16,64] @ models/lib/nn.yaml:79:7
%8980 = assign %8949, %8956 : f32[16,64] @ models/lib/nn.yaml:79:7
%8981 = assign %8950, %8960 : f32[16,64] @ models/lib/nn.yaml:79:7
%8982 = assign %8951, %8952 : i64[] @ models/lib/nn.yaml:79:7
%8983 = mul %127, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%8984 = mul %8978, %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%8985 = add %8983, %8984 : f32[16,64] @ models/lib/nn.yaml:79:7
%8986 = assign %127, %8985 : f32[16,64] @ models/lib/nn.yaml:79:7
%8987 = all_reduce_sum %5948 : f32[16] @ models/lib/nn.yaml:80:7
%8988 = mul %8987, %8987 : f32[16] @ models/lib/nn.yaml:80:7
%8989 = reduce_sum %8988 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8990 = sqrt %8989 : f32[] @ models/lib/nn.yaml:80:7
%8991 = cast %8990 : f64[] @ models/lib/nn.yaml:80:7
%8992 = add %8991, %6718 : f64[] @ models/lib/nn.yaml:80:7
%8993 = div %6720, %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = lt %8993, %6722 : bool[] @ models/lib/nn.yaml:80:7
%8995 = cast %8993 : f32[] @ models/lib/nn.yaml:80:7
%8996 = broadcast %8995 : f32[16] @ models/lib/nn.yaml:80:7
%8997 = mul %8987, %8996 : f32[16] @ models/lib/nn.yaml:80:7
%8998 = broadcast %8994 : bool[16] @ models/lib/nn.yaml:80:7
%8999 = select %8998, %8997, %8987 : f32[16] @ models/lib/nn.yaml:80:7
%9000 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9001 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9002 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9003 = add %9002, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9004 = mul %8999, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%9005 = mul %9000, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%9006 = add %9005, %9004 : f32[16] @ models/lib/nn.yaml:80:7
%9007 = mul %8999, %8999 : f32[16] @ models/lib/nn.yaml:80:7
%9008 = mul %9007, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%9009 = mul %9001, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%9010 = add %9009, %9008 : f32[16] @ models/lib/nn.yaml:80:7
%9011 = cast %9003 : f64[] @ models/lib/nn.yaml:80:7
%9012 = pow %6741, %9011 : f64[] @ models/lib/nn.yaml:80:7
%9013 = sub %6722, %9012 : f64[] @ models/lib/nn.yaml:80:7
%9014 = div %4159, %9013 : f64[] @ models/lib/nn.yaml:80:7
%9015 = pow %6749, %9011 : f64[] @ models/lib/nn.yaml:80:7
%9016 = sub %6722, %9015 : f64[] @ models/lib/nn.yaml:80:7
%9017 = sqrt %9016 : f64[] @ models/lib/nn.yaml:80:7
%9018 = div %6722, %9017 : f64[] @ models/lib/nn.yaml:80:7
%9019 = sqrt %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9020 = cast %9018 : f32[] @ models/lib/nn.yaml:80:7
%9021 = broadcast %9020 : f32[16] @ models/lib/nn.yaml:80:7
%9022 = mul %9019, %9021 : f32[16] @ models/lib/nn.yaml:80:7
%9023 = add %9022, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%9024 = div %9006, %9023 : f32[16] @ models/lib/nn.yaml:80:7
%9025 = cast %9014 : f32[] @ models/lib/nn.yaml:80:7
%9026 = broadcast %9025 : f32[16] @ models/lib/nn.yaml:80:7
%9027 = mul %9024, %9026 : f32[16] @ models/lib/nn.yaml:80:7
%9028 = sub %50, %9027 : f32[16] @ models/lib/nn.yaml:80:7
%9029 = assign %50, %9028 : f32[16] @ models/lib/nn.yaml:80:7
%9030 = assign %9000, %9006 : f32[16] @ models/lib/nn.yaml:80:7
%9031 = assign %9001, %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9032 = assign %9002, %9003 : i64[] @ models/lib/nn.yaml:80:7
%9033 = mul %128, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9034 = mul %9028, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%9035 = add %9033, %9034 : f32[16] @ models/lib/nn.yaml:80:7
%9036 = assign %128, %9035 : f32[16] @ models/lib/nn.yaml:80:7
%9037 = all_reduce_sum %5922 : f32[16] @ models/lib/nn.yaml:89:7
%9038 = mul %9037, %9037 : f32[16] @ models/lib/nn.yaml:89:7
%9039 = reduce_sum %9038 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9040 = sqrt %9039 : f32[] @ models/lib/nn.yaml:89:7
%9041 = cast %9040 : f64[] @ models/lib/nn.yaml:89:7
%9042 = add %9041, %6718 : f64[] @ models/lib/nn.yaml:89:7
%9043 = div %6720, %9042 : f64[] @ models/lib/nn.yaml:89:7
%9044 = lt %9043, %6722 : bool[] @ models/lib/nn.yaml:89:7
%9045 = cast %9043 : f32[] @ models/lib/nn.yaml:89:7
%9046 = broadcast %9045 : f32[16] @ models/lib/nn.yaml:89:7
%9047 = mul %9037, %9046 : f32[16] @ models/lib/nn.yaml:89:7
%9048 = broadcast %9044 : bool[16] @ models/lib/nn.yaml:89:7
%9049 = select %9048, %9047, %9037 : f32[16] @ models/lib/nn.yaml:89:7
%9050 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9051 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9052 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9053 = add %9052, %6732 : i64[] @ models/lib/nn.yaml:89:7
%9054 = mul %9049, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%9055 = mul %9050, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%9056 = add %9055, %9054 : f32[16] @ models/lib/nn.yaml:89:7
%9057 = mul %9049, %9049 : f32[16] @ models/lib/nn.yaml:89:7
%9058 = mul %9057, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%9059 = mul %9051, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%9060 = add %9059, %9058 : f32[16] @ models/lib/nn.yaml:89:7
%9061 = cast %9053 : f64[] @ models/lib/nn.yaml:89:7
%9062 = pow %6741, %9061 : f64[] @ models/lib/nn.yaml:89:7
%9063 = sub %6722, %9062 : f64[] @ models/lib/nn.yaml:89:7
%9064 = div %4159, %9063 : f64[] @ models/lib/nn.yaml:89:7
%9065 = pow %6749, %9061 : f64[] @ models/lib/nn.yaml:89:7
%9066 = sub %6722, %9065 : f64[] @ models/lib/nn.yaml:89:7
%9067 = sqrt %9066 : f64[] @ models/lib/nn.yaml:89:7
%9068 = div %6722, %9067 : f64[] @ models/lib/nn.yaml:89:7
%9069 = sqrt %9060 : f32[16] @ models/lib/nn.yaml:89:7
%9070 = cast %9068 : f32[] @ models/lib/nn.yaml:89:7
%9071 = broadcast %9070 : f32[16] @ models/lib/nn.yaml:89:7
%9072 = mul %9069, %9071 : f32[16] @ models/lib/nn.yaml:89:7
%9073 = add %9072, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%9074 = div %9056, %9073 : f32[16] @ models/lib/nn.yaml:89:7
%9075 = cast %9064 : f32[] @ models/lib/nn.yaml:89:7
%9076 = broadcast %9075 : f32[16] @ models/lib/nn.yaml:89:7
%9077 = mul %9074, %9076 : f32[16] @ models/lib/nn.yaml:89:7
%9078 = sub %51, %9077 : f32[16] @ models/lib/nn.yaml:89:7
%9079 = assign %51, %9078 : f32[16] @ models/lib/nn.yaml:89:7
%9080 = assign %9050, %9056 : f32[16] @ models/lib/nn.yaml:89:7
%9081 = assign %9051, %9060 : f32[16] @ models/lib/nn.yaml:89:7
%9082 = assign %9052, %9053 : i64[] @ models/lib/nn.yaml:89:7
%9083 = mul %129, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%9084 = mul %9078, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%9085 = add %9083, %9084 : f32[16] @ models/lib/nn.yaml:89:7
%9086 = assign %129, %9085 : f32[16] @ models/lib/nn.yaml:89:7
%9087 = all_reduce_sum %5916 : f32[16] @ models/lib/nn.yaml:90:7
%9088 = mul %9087, %9087 : f32[16] @ models/lib/nn.yaml:90:7
%9089 = reduce_sum %9088 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9090 = sqrt %9089 : f32[] @ models/lib/nn.yaml:90:7
%9091 = cast %9090 : f64[] @ models/lib/nn.yaml:90:7
%9092 = add %9091, %6718 : f64[] @ models/lib/nn.yaml:90:7
%9093 = div %6720, %9092 : f64[] @ models/lib/nn.yaml:90:7
%9094 = lt %9093, %6722 : bool[] @ models/lib/nn.yaml:90:7
%9095 = cast %9093 : f32[] @ models/lib/nn.yaml:90:7
%9096 = broadcast %9095 : f32[16] @ models/lib/nn.yaml:90:7
%9097 = mul %9087, %9096 : f32[16] @ models/lib/nn.yaml:90:7
%9098 = broadcast %9094 : bool[16] @ models/lib/nn.yaml:90:7
%9099 = select %9098, %9097, %9087 : f32[16] @ models/lib/nn.yaml:90:7
%9100 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9101 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9102 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9103 = add %9102, %6732 : i64[] @ models/lib/nn.yaml:90:7
%9104 = mul %9099, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%9105 = mul %9100, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%9106 = add %9105, %9104 : f32[16] @ models/lib/nn.yaml:90:7
%9107 = mul %9099, %9099 : f32[16] @ models/lib/nn.yaml:90:7
%9108 = mul %9107, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%9109 = mul %9101, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%9110 = add %9109, %9108 : f32[16] @ models/lib/nn.yaml:90:7
%9111 = cast %9103 : f64[] @ models/lib/nn.yaml:90:7
%9112 = pow %6741, %9111 : f64[] @ models/lib/nn.yaml:90:7
%9113 = sub %6722, %9112 : f64[] @ models/lib/nn.yaml:90:7
%9114 = div %4159, %9113 : f64[] @ models/lib/nn.yaml:90:7
%9115 = pow %6749, %9111 : f64[] @ models/lib/nn.yaml:90:7
%9116 = sub %6722, %9115 : f64[] @ models/lib/nn.yaml:90:7
%9117 = sqrt %9116 : f64[] @ models/lib/nn.yaml:90:7
%9118 = div %6722, %9117 : f64[] @ models/lib/nn.yaml:90:7
%9119 = sqrt %9110 : f32[16] @ models/lib/nn.yaml:90:7
%9120 = cast %9118 : f32[] @ models/lib/nn.yaml:90:7
%9121 = broadcast %9120 : f32[16] @ models/lib/nn.yaml:90:7
%9122 = mul %9119, %9121 : f32[16] @ models/lib/nn.yaml:90:7
%9123 = add %9122, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%9124 = div %9106, %9123 : f32[16] @ models/lib/nn.yaml:90:7
%9125 = cast %9114 : f32[] @ models/lib/nn.yaml:90:7
%9126 = broadcast %9125 : f32[16] @ models/lib/nn.yaml:90:7
%9127 = mul %9124, %9126 : f32[16] @ models/lib/nn.yaml:90:7
%9128 = sub %52, %9127 : f32[16] @ models/lib/nn.yaml:90:7
%9129 = assign %52, %9128 : f32[16] @ models/lib/nn.yaml:90:7
%9130 = assign %9100, %9106 : f32[16] @ models/lib/nn.yaml:90:7
%9131 = assign %9101, %9110 : f32[16] @ models/lib/nn.yaml:90:7
%9132 = assign %9102, %9103 : i64[] @ models/lib/nn.yaml:90:7
%9133 = mul %130, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%9134 = mul %9128, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%9135 = add %9133, %9134 : f32[16] @ models/lib/nn.yaml:90:7
%9136 = assign %130, %9135 : f32[16] @ models/lib/nn.yaml:90:7
%9137 = all_reduce_sum %5908 : f32[16,16] @ models/lib/nn.yaml:79:7
%9138 = reshape %9137 : f32[256] @ models/lib/nn.yaml:79:7
%9139 = mul %9138, %9138 : f32[256] @ models/lib/nn.yaml:79:7
%9140 = reduce_sum %9139 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9141 = sqrt %9140 : f32[] @ models/lib/nn.yaml:79:7
%9142 = cast %9141 : f64[] @ models/lib/nn.yaml:79:7
%9143 = add %9142, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9144 = div %6720, %9143 : f64[] @ models/lib/nn.yaml:79:7
%9145 = lt %9144, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9146 = cast %9144 : f32[] @ models/lib/nn.yaml:79:7
%9147 = broadcast %9146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9148 = mul %9137, %9147 : f32[16,16] @ models/lib/nn.yaml:79:7
%9149 = broadcast %9145 : bool[16,16] @ models/lib/nn.yaml:79:7
%9150 = select %9149, %9148, %9137 : f32[16,16] @ models/lib/nn.yaml:79:7
%9151 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9152 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9153 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9154 = add %9153, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9155 = mul %53, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%9156 = mul %9150, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%9157 = mul %9151, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%9158 = add %9157, %9156 : f32[16,16] @ models/lib/nn.yaml:79:7
%9159 = mul %9150, %9150 : f32[16,16] @ models/lib/nn.yaml:79:7
%9160 = mul %9159, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9161 = mul %9152, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%9162 = add %9161, %9160 : f32[16,16] @ models/lib/nn.yaml:79:7
%9163 = cast %9154 : f64[] @ models/lib/nn.yaml:79:7
%9164 = pow %6741, %9163 : f64[] @ models/lib/nn.yaml:79:7
%9165 = sub %6722, %9164 : f64[] @ models/lib/nn.yaml:79:7
%9166 = div %4159, %9165 : f64[] @ models/lib/nn.yaml:79:7
%9167 = pow %6749, %9163 : f64[] @ models/lib/nn.yaml:79:7
%9168 = sub %6722, %9167 : f64[] @ models/lib/nn.yaml:79:7
%9169 = sqrt %9168 : f64[] @ models/lib/nn.yaml:79:7
%9170 = div %6722, %9169 : f64[] @ models/lib/nn.yaml:79:7
%9171 = sqrt %9162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9172 = cast %9170 : f32[] @ models/lib/nn.yaml:79:7
%9173 = broadcast %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = mul %9171, %9173 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = add %9174, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9176 = div %9158, %9175 : f32[16,16] @ models/lib/nn.yaml:79:7
%9177 = cast %9166 : f32[] @ models/lib/nn.yaml:79:7
%9178 = broadcast %9177 : f32[16,16] @ models/lib/nn.yaml:79:7
%9179 = mul %9176, %9178 : f32[16,16] @ models/lib/nn.yaml:79:7
%9180 = sub %9155, %9179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9181 = assign %53, %9180 : f32[16,16] @ models/lib/nn.yaml:79:7
%9182 = assign %9151, %9158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9183 = assign %9152, %9162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9184 = assign %9153, %9154 : i64[] @ models/lib/nn.yaml:79:7
%9185 = mul %131, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9186 = mul %9180, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%9187 = add %9185, %9186 : f32[16,16] @ models/lib/nn.yaml:79:7
%9188 = assign %131, %9187 : f32[16,16] @ models/lib/nn.yaml:79:7
%9189 = all_reduce_sum %5899 : f32[16] @ models/lib/nn.yaml:80:7
%9190 = mul %9189, %9189 : f32[16] @ models/lib/nn.yaml:80:7
%9191 = reduce_sum %9190 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9192 = sqrt %9191 : f32[] @ models/lib/nn.yaml:80:7
%9193 = cast %9192 : f64[] @ models/lib/nn.yaml:80:7
%9194 = add %9193, %6718 : f64[] @ models/lib/nn.yaml:80:7
%9195 = div %6720, %9194 : f64[] @ models/lib/nn.yaml:80:7
%9196 = lt %9195, %6722 : bool[] @ models/lib/nn.yaml:80:7
%9197 = cast %9195 : f32[] @ models/lib/nn.yaml:80:7
%9198 = broadcast %9197 : f32[16] @ models/lib/nn.yaml:80:7
%9199 = mul %9189, %9198 : f32[16] @ models/lib/nn.yaml:80:7
%9200 = broadcast %9196 : bool[16] @ models/lib/nn.yaml:80:7
%9201 = select %9200, %9199, %9189 : f32[16] @ models/lib/nn.yaml:80:7
%9202 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9203 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9204 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9205 = add %9204, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9206 = mul %9201, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%9207 = mul %9202, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%9208 = add %9207, %9206 : f32[16] @ models/lib/nn.yaml:80:7
%9209 = mul %9201, %9201 : f32[16] @ models/lib/nn.yaml:80:7
%9210 = mul %9209, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%9211 = mul %9203, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%9212 = add %9211, %9210 : f32[16] @ models/lib/nn.yaml:80:7
%9213 = cast %9205 : f64[] @ models/lib/nn.yaml:80:7
%9214 = pow %6741, %9213 : f64[] @ models/lib/nn.yaml:80:7
%9215 = sub %6722, %9214 : f64[] @ models/lib/nn.yaml:80:7
%9216 = div %4159, %9215 : f64[] @ models/lib/nn.yaml:80:7
%9217 = pow %6749, %9213 : f64[] @ models/lib/nn.yaml:80:7
%9218 = sub %6722, %9217 : f64[] @ models/lib/nn.yaml:80:7
%9219 = sqrt %9218 : f64[] @ models/lib/nn.yaml:80:7
%9220 = div %6722, %9219 : f64[] @ models/lib/nn.yaml:80:7
%9221 = sqrt %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9222 = cast %9220 : f32[] @ models/lib/nn.yaml:80:7
%9223 = broadcast %9222 : f32[16] @ models/lib/nn.yaml:80:7
%9224 = mul %9221, %9223 : f32[16] @ models/lib/nn.yaml:80:7
%9225 = add %9224, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%9226 = div %9208, %9225 : f32[16] @ models/lib/nn.yaml:80:7
%9227 = cast %9216 : f32[] @ models/lib/nn.yaml:80:7
%9228 = broadcast %9227 : f32[16] @ models/lib/nn.yaml:80:7
%9229 = mul %9226, %9228 : f32[16] @ models/lib/nn.yaml:80:7
%9230 = sub %54, %9229 : f32[16] @ models/lib/nn.yaml:80:7
%9231 = assign %54, %9230 : f32[16] @ models/lib/nn.yaml:80:7
%9232 = assign %9202, %9208 : f32[16] @ models/lib/nn.yaml:80:7
%9233 = assign %9203, %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9234 = assign %9204, %9205 : i64[] @ models/lib/nn.yaml:80:7
%9235 = mul %132, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9236 = mul %9230, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%9237 = add %9235, %9236 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = assign %132, %9237 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = all_reduce_sum %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%9240 = reshape %9239 : f32[256] @ models/lib/nn.yaml:79:7
%9241 = mul %9240, %9240 : f32[256] @ models/lib/nn.yaml:79:7
%9242 = reduce_sum %9241 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9243 = sqrt %9242 : f32[] @ models/lib/nn.yaml:79:7
%9244 = cast %9243 : f64[] @ models/lib/nn.yaml:79:7
%9245 = add %9244, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9246 = div %6720, %9245 : f64[] @ models/lib/nn.yaml:79:7
%9247 = lt %9246, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9248 = cast %9246 : f32[] @ models/lib/nn.yaml:79:7
%9249 = broadcast %9248 : f32[16,16] @ models/lib/nn.yaml:79:7
%9250 = mul %9239, %9249 : f32[16,16] @ models/lib/nn.yaml:79:7
%9251 = broadcast %9247 : bool[16,16] @ models/lib/nn.yaml:79:7
%9252 = select %9251, %9250, %9239 : f32[16,16] @ models/lib/nn.yaml:79:7
%9253 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9254 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9255 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9256 = add %9255, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9257 = mul %55, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%9258 = mul %9252, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%9259 = mul %9253, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%9260 = add %9259, %9258 : f32[16,16] @ models/lib/nn.yaml:79:7
%9261 = mul %9252, %9252 : f32[16,16] @ models/lib/nn.yaml:79:7
%9262 = mul %9261, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9263 = mul %9254, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%9264 = add %9263, %9262 : f32[16,16] @ models/lib/nn.yaml:79:7
%9265 = cast %9256 : f64[] @ models/lib/nn.yaml:79:7
%9266 = pow %6741, %9265 : f64[] @ models/lib/nn.yaml:79:7
%9267 = sub %6722, %9266 : f64[] @ models/lib/nn.yaml:79:7
%9268 = div %4159, %9267 : f64[] @ models/lib/nn.yaml:79:7
%9269 = pow %6749, %9265 : f64[] @ models/lib/nn.yaml:79:7
%9270 = sub %6722, %9269 : f64[] @ models/lib/nn.yaml:79:7
%9271 = sqrt %9270 : f64[] @ models/lib/nn.yaml:79:7
%9272 = div %6722, %9271 : f64[] @ models/lib/nn.yaml:79:7
%9273 = sqrt %9264 : f32[16,16] @ models/lib/nn.yaml:79:7
%9274 = cast %9272 : f32[] @ models/lib/nn.yaml:79:7
%9275 = broadcast %9274 : f32[16,16] @ models/lib/nn.yaml:79:7
%9276 = mul %9273, %9275 : f32[16,16] @ models/lib/nn.yaml:79:7
%9277 = add %9276, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9278 = div %9260, %9277 : f32[16,16] @ models/lib/nn.yaml:79:7
%9279 = cast %9268 : f32[] @ models/lib/nn.yaml:79:7
%9280 = broadcast %9279 : f32[16,16] @ models/lib/nn.yaml:79:7
%9281 = mul %9278, %9280 : f32[16,16] @ models/lib/nn.yaml:79:7
%9282 = sub %9257, %9281 : f32[16,16] @ models/lib/nn.yaml:79:7
%9283 = assign %55, %9282 : f32[16,16] @ models/lib/nn.yaml:79:7
%9284 = assign %9253, %9260 : f32[16,16] @ models/lib/nn.yaml:79:7
%9285 = assign %9254, %9264 : f32[16,16] @ models/lib/nn.yaml:79:7
%9286 = assign %9255, %9256 : i64[] @ models/lib/nn.yaml:79:7
%9287 = mul %133, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9288 = mul %9282, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%9289 = add %9287, %9288 : f32[16,16] @ models/lib/nn.yaml:79:7
%9290 = assign %133, %9289 : f32[16,16] @ models/lib/nn.yaml:79:7
%9291 = all_reduce_sum %5882 : f32[16] @ models/lib/nn.yaml:80:7
%9292 = mul %9291, %9291 : f32[16] @ models/lib/nn.yaml:80:7
%9293 = reduce_sum %9292 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9294 = sqrt %9293 : f32[] @ models/lib/nn.yaml:80:7
%9295 = cast %9294 : f64[] @ models/lib/nn.yaml:80:7
%9296 = add %9295, %6718 : f64[] @ models/lib/nn.yaml:80:7
%9297 = div %6720, %9296 : f64[] @ models/lib/nn.yaml:80:7
%9298 = lt %9297, %6722 : bool[] @ models/lib/nn.yaml:80:7
%9299 = cast %9297 : f32[] @ models/lib/nn.yaml:80:7
%9300 = broadcast %9299 : f32[16] @ models/lib/nn.yaml:80:7
%9301 = mul %9291, %9300 : f32[16] @ models/lib/nn.yaml:80:7
%9302 = broadcast %9298 : bool[16] @ models/lib/nn.yaml:80:7
%9303 = select %9302, %9301, %9291 : f32[16] @ models/lib/nn.yaml:80:7
%9304 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9305 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9306 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9307 = add %9306, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9308 = mul %9303, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%9309 = mul %9304, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%9310 = add %9309, %9308 : f32[16] @ models/lib/nn.yaml:80:7
%9311 = mul %9303, %9303 : f32[16] @ models/lib/nn.yaml:80:7
%9312 = mul %9311, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%9313 = mul %9305, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%9314 = add %9313, %9312 : f32[16] @ models/lib/nn.yaml:80:7
%9315 = cast %9307 : f64[] @ models/lib/nn.yaml:80:7
%9316 = pow %6741, %9315 : f64[] @ models/lib/nn.yaml:80:7
%9317 = sub %6722, %9316 : f64[] @ models/lib/nn.yaml:80:7
%9318 = div %4159, %9317 : f64[] @ models/lib/nn.yaml:80:7
%9319 = pow %6749, %9315 : f64[] @ models/lib/nn.yaml:80:7
%9320 = sub %6722, %9319 : f64[] @ models/lib/nn.yaml:80:7
%9321 = sqrt %9320 : f64[] @ models/lib/nn.yaml:80:7
%9322 = div %6722, %9321 : f64[] @ models/lib/nn.yaml:80:7
%9323 = sqrt %9314 : f32[16] @ models/lib/nn.yaml:80:7
%9324 = cast %9322 : f32[] @ models/lib/nn.yaml:80:7
%9325 = broadcast %9324 : f32[16] @ models/lib/nn.yaml:80:7
%9326 = mul %9323, %9325 : f32[16] @ models/lib/nn.yaml:80:7
%9327 = add %9326, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%9328 = div %9310, %9327 : f32[16] @ models/lib/nn.yaml:80:7
%9329 = cast %9318 : f32[] @ models/lib/nn.yaml:80:7
%9330 = broadcast %9329 : f32[16] @ models/lib/nn.yaml:80:7
%9331 = mul %9328, %9330 : f32[16] @ models/lib/nn.yaml:80:7
%9332 = sub %56, %9331 : f32[16] @ models/lib/nn.yaml:80:7
%9333 = assign %56, %9332 : f32[16] @ models/lib/nn.yaml:80:7
%9334 = assign %9304, %9310 : f32[16] @ models/lib/nn.yaml:80:7
%9335 = assign %9305, %9314 : f32[16] @ models/lib/nn.yaml:80:7
%9336 = assign %9306, %9307 : i64[] @ models/lib/nn.yaml:80:7
%9337 = mul %134, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9338 = mul %9332, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%9339 = add %9337, %9338 : f32[16] @ models/lib/nn.yaml:80:7
%9340 = assign %134, %9339 : f32[16] @ models/lib/nn.yaml:80:7
%9341 = all_reduce_sum %5874 : f32[16,16] @ models/lib/nn.yaml:79:7
%9342 = reshape %9341 : f32[256] @ models/lib/nn.yaml:79:7
%9343 = mul %9342, %9342 : f32[256] @ models/lib/nn.yaml:79:7
%9344 = reduce_sum %9343 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9345 = sqrt %9344 : f32[] @ models/lib/nn.yaml:79:7
%9346 = cast %9345 : f64[] @ models/lib/nn.yaml:79:7
%9347 = add %9346, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9348 = div %6720, %9347 : f64[] @ models/lib/nn.yaml:79:7
%9349 = lt %9348, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9350 = cast %9348 : f32[] @ models/lib/nn.yaml:79:7
%9351 = broadcast %9350 : f32[16,16] @ models/lib/nn.yaml:79:7
%9352 = mul %9341, %9351 : f32[16,16] @ models/lib/nn.yaml:79:7
%9353 = broadcast %9349 : bool[16,16] @ models/lib/nn.yaml:79:7
%9354 = select %9353, %9352, %9341 : f32[16,16] @ models/lib/nn.yaml:79:7
%9355 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9356 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9357 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9358 = add %9357, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9359 = mul %57, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%9360 = mul %9354, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%9361 = mul %9355, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%9362 = add %9361, %9360 : f32[16,16] @ models/lib/nn.yaml:79:7
%9363 = mul %9354, %9354 : f32[16,16] @ models/lib/nn.yaml:79:7
%9364 = mul %9363, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9365 = mul %9356, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%9366 = add %9365, %9364 : f32[16,16] @ models/lib/nn.yaml:79:7
%9367 = cast %9358 : f64[] @ models/lib/nn.yaml:79:7
%9368 = pow %6741, %9367 : f64[] @ models/lib/nn.yaml:79:7
%9369 = sub %6722, %9368 : f64[] @ models/lib/nn.yaml:79:7
%9370 = div %4159, %9369 : f64[] @ models/lib/nn.yaml:79:7
%9371 = pow %6749, %9367 : f64[] @ models/lib/nn.yaml:79:7
%9372 = sub %6722, %9371 : f64[] @ models/lib/nn.yaml:79:7
%9373 = sqrt %9372 : f64[] @ models/lib/nn.yaml:79:7
%9374 = div %6722, %9373 : f64[] @ models/lib/nn.yaml:79:7
%9375 = sqrt %9366 : f32[16,16] @ models/lib/nn.yaml:79:7
%9376 = cast %9374 : f32[] @ models/lib/nn.yaml:79:7
%9377 = broadcast %9376 : f32[16,16] @ models/lib/nn.yaml:79:7
%9378 = mul %9375, %9377 : f32[16,16] @ models/lib/nn.yaml:79:7
%9379 = add %9378, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9380 = div %9362, %9379 : f32[16,16] @ models/lib/nn.yaml:79:7
%9381 = cast %9370 : f32[] @ models/lib/nn.yaml:79:7
%9382 = broadcast %9381 : f32[16,16] @ models/lib/nn.yaml:79:7
%9383 = mul %9380, %9382 : f32[16,16] @ models/lib/nn.yaml:79:7
%9384 = sub %9359, %9383 : f32[16,16] @ models/lib/nn.yaml:79:7
%9385 = assign %57, %9384 : f32[16,16] @ models/lib/nn.yaml:79:7
%9386 = assign %9355, %9362 : f32[16,16] @ models/lib/nn.yaml:79:7
%9387 = assign %9356, %9366 : f32[16,16] @ models/lib/nn.yaml:79:7
%9388 = assign %9357, %9358 : i64[] @ models/lib/nn.yaml:79:7
%9389 = mul %135, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9390 = mul %9384, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%9391 = add %9389, %9390 : f32[16,16] @ models/lib/nn.yaml:79:7
%9392 = assign %135, %9391 : f32[16,16] @ models/lib/nn.yaml:79:7
%9393 = all_reduce_sum %5865 : f32[16] @ models/lib/nn.yaml:80:7
%9394 = mul %9393, %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9395 = reduce_sum %9394 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9396 = sqrt %9395 : f32[] @ models/lib/nn.yaml:80:7
%9397 = cast %9396 : f64[] @ models/lib/nn.yaml:80:7
%9398 = add %9397, %6718 : f64[] @ models/lib/nn.yaml:80:7
%9399 = div %6720, %9398 : f64[] @ models/lib/nn.yaml:80:7
%9400 = lt %9399, %6722 : bool[] @ models/lib/nn.yaml:80:7
%9401 = cast %9399 : f32[] @ models/lib/nn.yaml:80:7
%9402 = broadcast %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = mul %9393, %9402 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = broadcast %9400 : bool[16] @ models/lib/nn.yaml:80:7
%9405 = select %9404, %9403, %9393 : f32[16] @ models/lib/nn.yaml:80:7
%9406 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9407 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9408 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9409 = add %9408, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9410 = mul %9405, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = mul %9406, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%9412 = add %9411, %9410 : f32[16] @ models/lib/nn.yaml:80:7
%9413 = mul %9405, %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9414 = mul %9413, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%9415 = mul %9407, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%9416 = add %9415, %9414 : f32[16] @ models/lib/nn.yaml:80:7
%9417 = cast %9409 : f64[] @ models/lib/nn.yaml:80:7
%9418 = pow %6741, %9417 : f64[] @ models/lib/nn.yaml:80:7
%9419 = sub %6722, %9418 : f64[] @ models/lib/nn.yaml:80:7
%9420 = div %4159, %9419 : f64[] @ models/lib/nn.yaml:80:7
%9421 = pow %6749, %9417 : f64[] @ models/lib/nn.yaml:80:7
%9422 = sub %6722, %9421 : f64[] @ models/lib/nn.yaml:80:7
%9423 = sqrt %9422 : f64[] @ models/lib/nn.yaml:80:7
%9424 = div %6722, %9423 : f64[] @ models/lib/nn.yaml:80:7
%9425 = sqrt %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9426 = cast %9424 : f32[] @ models/lib/nn.yaml:80:7
%9427 = broadcast %9426 : f32[16] @ models/lib/nn.yaml:80:7
%9428 = mul %9425, %9427 : f32[16] @ models/lib/nn.yaml:80:7
%9429 = add %9428, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%9430 = div %9412, %9429 : f32[16] @ models/lib/nn.yaml:80:7
%9431 = cast %9420 : f32[] @ models/lib/nn.yaml:80:7
%9432 = broadcast %9431 : f32[16] @ models/lib/nn.yaml:80:7
%9433 = mul %9430, %9432 : f32[16] @ models/lib/nn.yaml:80:7
%9434 = sub %58, %9433 : f32[16] @ models/lib/nn.yaml:80:7
%9435 = assign %58, %9434 : f32[16] @ models/lib/nn.yaml:80:7
%9436 = assign %9406, %9412 : f32[16] @ models/lib/nn.yaml:80:7
%9437 = assign %9407, %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9438 = assign %9408, %9409 : i64[] @ models/lib/nn.yaml:80:7
%9439 = mul %136, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9440 = mul %9434, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%9441 = add %9439, %9440 : f32[16] @ models/lib/nn.yaml:80:7
%9442 = assign %136, %9441 : f32[16] @ models/lib/nn.yaml:80:7
%9443 = all_reduce_sum %5764 : f32[16,16] @ models/lib/nn.yaml:79:7
%9444 = reshape %9443 : f32[256] @ models/lib/nn.yaml:79:7
%9445 = mul %9444, %9444 : f32[256] @ models/lib/nn.yaml:79:7
%9446 = reduce_sum %9445 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9447 = sqrt %9446 : f32[] @ models/lib/nn.yaml:79:7
%9448 = cast %9447 : f64[] @ models/lib/nn.yaml:79:7
%9449 = add %9448, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9450 = div %6720, %9449 : f64[] @ models/lib/nn.yaml:79:7
%9451 = lt %9450, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9452 = cast %9450 : f32[] @ models/lib/nn.yaml:79:7
%9453 = broadcast %9452 : f32[16,16] @ models/lib/nn.yaml:79:7
%9454 = mul %9443, %9453 : f32[16,16] @ models/lib/nn.yaml:79:7
%9455 = broadcast %9451 : bool[16,16] @ models/lib/nn.yaml:79:7
%9456 = select %9455, %9454, %9443 : f32[16,16] @ models/lib/nn.yaml:79:7
%9457 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9458 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9459 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9460 = add %9459, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9461 = mul %59, %7138 : f32[16,16] @ models/lib/nn.yaml:79:7
%9462 = mul %9456, %7140 : f32[16,16] @ models/lib/nn.yaml:79:7
%9463 = mul %9457, %7142 : f32[16,16] @ models/lib/nn.yaml:79:7
%9464 = add %9463, %9462 : f32[16,16] @ models/lib/nn.yaml:79:7
%9465 = mul %9456, %9456 : f32[16,16] @ models/lib/nn.yaml:79:7
%9466 = mul %9465, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%9467 = mul %9458, %7148 : f32[16,16] @ models/lib/nn.yaml:79:7
%9468 = add %9467, %9466 : f32[16,16] @ models/lib/nn.yaml:79:7
%9469 = cast %9460 : f64[] @ models/lib/nn.yaml:79:7
%9470 = pow %6741, %9469 : f64[] @ models/lib/nn.yaml:79:7
%9471 = sub %6722, %9470 : f64[] @ models/lib/nn.yaml:79:7
%9472 = div %4159, %9471 : f64[] @ models/lib/nn.yaml:79:7
%9473 = pow %6749, %9469 : f64[] @ models/lib/nn.yaml:79:7
%9474 = sub %6722, %9473 : f64[] @ models/lib/nn.yaml:79:7
%9475 = sqrt %9474 : f64[] @ models/lib/nn.yaml:79:7
%9476 = div %6722, %9475 : f64[] @ models/lib/nn.yaml:79:7
%9477 = sqrt %9468 : f32[16,16] @ models/lib/nn.yaml:79:7
%9478 = cast %9476 : f32[] @ models/lib/nn.yaml:79:7
%9479 = broadcast %9478 : f32[16,16] @ models/lib/nn.yaml:79:7
%9480 = mul %9477, %9479 : f32[16,16] @ models/lib/nn.yaml:79:7
%9481 = add %9480, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9482 = div %9464, %9481 : f32[16,16] @ models/lib/nn.yaml:79:7
%9483 = cast %9472 : f32[] @ models/lib/nn.yaml:79:7
%9484 = broadcast %9483 : f32[16,16] @ models/lib/nn.yaml:79:7
%9485 = mul %9482, %9484 : f32[16,16] @ models/lib/nn.yaml:79:7
%9486 = sub %9461, %9485 : f32[16,16] @ models/lib/nn.yaml:79:7
%9487 = assign %59, %9486 : f32[16,16] @ models/lib/nn.yaml:79:7
%9488 = assign %9457, %9464 : f32[16,16] @ models/lib/nn.yaml:79:7
%9489 = assign %9458, %9468 : f32[16,16] @ models/lib/nn.yaml:79:7
%9490 = assign %9459, %9460 : i64[] @ models/lib/nn.yaml:79:7
%9491 = mul %137, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9492 = mul %9486, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%9493 = add %9491, %9492 : f32[16,16] @ models/lib/nn.yaml:79:7
%9494 = assign %137, %9493 : f32[16,16] @ models/lib/nn.yaml:79:7
%9495 = all_reduce_sum %5756 : f32[16] @ models/lib/nn.yaml:80:7
%9496 = mul %9495, %9495 : f32[16] @ models/lib/nn.yaml:80:7
%9497 = reduce_sum %9496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9498 = sqrt %9497 : f32[] @ models/lib/nn.yaml:80:7
%9499 = cast %9498 : f64[] @ models/lib/nn.yaml:80:7
%9500 = add %9499, %6718 : f64[] @ models/lib/nn.yaml:80:7
%9501 = div %6720, %9500 : f64[] @ models/lib/nn.yaml:80:7
%9502 = lt %9501, %6722 : bool[] @ models/lib/nn.yaml:80:7
%9503 = cast %9501 : f32[] @ models/lib/nn.yaml:80:7
%9504 = broadcast %9503 : f32[16] @ models/lib/nn.yaml:80:7
%9505 = mul %9495, %9504 : f32[16] @ models/lib/nn.yaml:80:7
%9506 = broadcast %9502 : bool[16] @ models/lib/nn.yaml:80:7
%9507 = select %9506, %9505, %9495 : f32[16] @ models/lib/nn.yaml:80:7
%9508 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9509 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9510 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9511 = add %9510, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9512 = mul %9507, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%9513 = mul %9508, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%9514 = add %9513, %9512 : f32[16] @ models/lib/nn.yaml:80:7
%9515 = mul %9507, %9507 : f32[16] @ models/lib/nn.yaml:80:7
%9516 = mul %9515, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%9517 = mul %9509, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%9518 = add %9517, %9516 : f32[16] @ models/lib/nn.yaml:80:7
%9519 = cast %9511 : f64[] @ models/lib/nn.yaml:80:7
%9520 = pow %6741, %9519 : f64[] @ models/lib/nn.yaml:80:7
%9521 = sub %6722, %9520 : f64[] @ models/lib/nn.yaml:80:7
%9522 = div %4159, %9521 : f64[] @ models/lib/nn.yaml:80:7
%9523 = pow %6749, %9519 : f64[] @ models/lib/nn.yaml:80:7
%9524 = sub %6722, %9523 : f64[] @ models/lib/nn.yaml:80:7
%9525 = sqrt %9524 : f64[] @ models/lib/nn.yaml:80:7
%9526 = div %6722, %9525 : f64[] @ models/lib/nn.yaml:80:7
%9527 = sqrt %9518 : f32[16] @ models/lib/nn.yaml:80:7
%9528 = cast %9526 : f32[] @ models/lib/nn.yaml:80:7
%9529 = broadcast %9528 : f32[16] @ models/lib/nn.yaml:80:7
%9530 = mul %9527, %9529 : f32[16] @ models/lib/nn.yaml:80:7
%9531 = add %9530, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%9532 = div %9514, %9531 : f32[16] @ models/lib/nn.yaml:80:7
%9533 = cast %9522 : f32[] @ models/lib/nn.yaml:80:7
%9534 = broadcast %9533 : f32[16] @ models/lib/nn.yaml:80:7
%9535 = mul %9532, %9534 : f32[16] @ models/lib/nn.yaml:80:7
%9536 = sub %60, %9535 : f32[16] @ models/lib/nn.yaml:80:7
%9537 = assign %60, %9536 : f32[16] @ models/lib/nn.yaml:80:7
%9538 = assign %9508, %9514 : f32[16] @ models/lib/nn.yaml:80:7
%9539 = assign %9509, %9518 : f32[16] @ models/lib/nn.yaml:80:7
%9540 = assign %9510, %9511 : i64[] @ models/lib/nn.yaml:80:7
%9541 = mul %138, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9542 = mul %9536, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%9543 = add %9541, %9542 : f32[16] @ models/lib/nn.yaml:80:7
%9544 = assign %138, %9543 : f32[16] @ models/lib/nn.yaml:80:7
%9545 = all_reduce_sum %5735 : f32[16] @ models/lib/nn.yaml:89:7
%9546 = mul %9545, %9545 : f32[16] @ models/lib/nn.yaml:89:7
%9547 = reduce_sum %9546 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9548 = sqrt %9547 : f32[] @ models/lib/nn.yaml:89:7
%9549 = cast %9548 : f64[] @ models/lib/nn.yaml:89:7
%9550 = add %9549, %6718 : f64[] @ models/lib/nn.yaml:89:7
%9551 = div %6720, %9550 : f64[] @ models/lib/nn.yaml:89:7
%9552 = lt %9551, %6722 : bool[] @ models/lib/nn.yaml:89:7
%9553 = cast %9551 : f32[] @ models/lib/nn.yaml:89:7
%9554 = broadcast %9553 : f32[16] @ models/lib/nn.yaml:89:7
%9555 = mul %9545, %9554 : f32[16] @ models/lib/nn.yaml:89:7
%9556 = broadcast %9552 : bool[16] @ models/lib/nn.yaml:89:7
%9557 = select %9556, %9555, %9545 : f32[16] @ models/lib/nn.yaml:89:7
%9558 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9559 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9560 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9561 = add %9560, %6732 : i64[] @ models/lib/nn.yaml:89:7
%9562 = mul %9557, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%9563 = mul %9558, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%9564 = add %9563, %9562 : f32[16] @ models/lib/nn.yaml:89:7
%9565 = mul %9557, %9557 : f32[16] @ models/lib/nn.yaml:89:7
%9566 = mul %9565, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%9567 = mul %9559, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%9568 = add %9567, %9566 : f32[16] @ models/lib/nn.yaml:89:7
%9569 = cast %9561 : f64[] @ models/lib/nn.yaml:89:7
%9570 = pow %6741, %9569 : f64[] @ models/lib/nn.yaml:89:7
%9571 = sub %6722, %9570 : f64[] @ models/lib/nn.yaml:89:7
%9572 = div %4159, %9571 : f64[] @ models/lib/nn.yaml:89:7
%9573 = pow %6749, %9569 : f64[] @ models/lib/nn.yaml:89:7
%9574 = sub %6722, %9573 : f64[] @ models/lib/nn.yaml:89:7
%9575 = sqrt %9574 : f64[] @ models/lib/nn.yaml:89:7
%9576 = div %6722, %9575 : f64[] @ models/lib/nn.yaml:89:7
%9577 = sqrt %9568 : f32[16] @ models/lib/nn.yaml:89:7
%9578 = cast %9576 : f32[] @ models/lib/nn.yaml:89:7
%9579 = broadcast %9578 : f32[16] @ models/lib/nn.yaml:89:7
%9580 = mul %9577, %9579 : f32[16] @ models/lib/nn.yaml:89:7
%9581 = add %9580, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%9582 = div %9564, %9581 : f32[16] @ models/lib/nn.yaml:89:7
%9583 = cast %9572 : f32[] @ models/lib/nn.yaml:89:7
%9584 = broadcast %9583 : f32[16] @ models/lib/nn.yaml:89:7
%9585 = mul %9582, %9584 : f32[16] @ models/lib/nn.yaml:89:7
%9586 = sub %61, %9585 : f32[16] @ models/lib/nn.yaml:89:7
%9587 = assign %61, %9586 : f32[16] @ models/lib/nn.yaml:89:7
%9588 = assign %9558, %9564 : f32[16] @ models/lib/nn.yaml:89:7
%9589 = assign %9559, %9568 : f32[16] @ models/lib/nn.yaml:89:7
%9590 = assign %9560, %9561 : i64[] @ models/lib/nn.yaml:89:7
%9591 = mul %139, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%9592 = mul %9586, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%9593 = add %9591, %9592 : f32[16] @ models/lib/nn.yaml:89:7
%9594 = assign %139, %9593 : f32[16] @ models/lib/nn.yaml:89:7
%9595 = all_reduce_sum %5728 : f32[16] @ models/lib/nn.yaml:90:7
%9596 = mul %9595, %9595 : f32[16] @ models/lib/nn.yaml:90:7
%9597 = reduce_sum %9596 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9598 = sqrt %9597 : f32[] @ models/lib/nn.yaml:90:7
%9599 = cast %9598 : f64[] @ models/lib/nn.yaml:90:7
%9600 = add %9599, %6718 : f64[] @ models/lib/nn.yaml:90:7
%9601 = div %6720, %9600 : f64[] @ models/lib/nn.yaml:90:7
%9602 = lt %9601, %6722 : bool[] @ models/lib/nn.yaml:90:7
%9603 = cast %9601 : f32[] @ models/lib/nn.yaml:90:7
%9604 = broadcast %9603 : f32[16] @ models/lib/nn.yaml:90:7
%9605 = mul %9595, %9604 : f32[16] @ models/lib/nn.yaml:90:7
%9606 = broadcast %9602 : bool[16] @ models/lib/nn.yaml:90:7
%9607 = select %9606, %9605, %9595 : f32[16] @ models/lib/nn.yaml:90:7
%9608 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9609 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9610 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9611 = add %9610, %6732 : i64[] @ models/lib/nn.yaml:90:7
%9612 = mul %9607, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%9613 = mul %9608, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%9614 = add %9613, %9612 : f32[16] @ models/lib/nn.yaml:90:7
%9615 = mul %9607, %9607 : f32[16] @ models/lib/nn.yaml:90:7
%9616 = mul %9615, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%9617 = mul %9609, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%9618 = add %9617, %9616 : f32[16] @ models/lib/nn.yaml:90:7
%9619 = cast %9611 : f64[] @ models/lib/nn.yaml:90:7
%9620 = pow %6741, %9619 : f64[] @ models/lib/nn.yaml:90:7
%9621 = sub %6722, %9620 : f64[] @ models/lib/nn.yaml:90:7
%9622 = div %4159, %9621 : f64[] @ models/lib/nn.yaml:90:7
%9623 = pow %6749, %9619 : f64[] @ models/lib/nn.yaml:90:7
%9624 = sub %6722, %9623 : f64[] @ models/lib/nn.yaml:90:7
%9625 = sqrt %9624 : f64[] @ models/lib/nn.yaml:90:7
%9626 = div %6722, %9625 : f64[] @ models/lib/nn.yaml:90:7
%9627 = sqrt %9618 : f32[16] @ models/lib/nn.yaml:90:7
%9628 = cast %9626 : f32[] @ models/lib/nn.yaml:90:7
%9629 = broadcast %9628 : f32[16] @ models/lib/nn.yaml:90:7
%9630 = mul %9627, %9629 : f32[16] @ models/lib/nn.yaml:90:7
%9631 = add %9630, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%9632 = div %9614, %9631 : f32[16] @ models/lib/nn.yaml:90:7
%9633 = cast %9622 : f32[] @ models/lib/nn.yaml:90:7
%9634 = broadcast %9633 : f32[16] @ models/lib/nn.yaml:90:7
%9635 = mul %9632, %9634 : f32[16] @ models/lib/nn.yaml:90:7
%9636 = sub %62, %9635 : f32[16] @ models/lib/nn.yaml:90:7
%9637 = assign %62, %9636 : f32[16] @ models/lib/nn.yaml:90:7
%9638 = assign %9608, %9614 : f32[16] @ models/lib/nn.yaml:90:7
%9639 = assign %9609, %9618 : f32[16] @ models/lib/nn.yaml:90:7
%9640 = assign %9610, %9611 : i64[] @ models/lib/nn.yaml:90:7
%9641 = mul %140, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%9642 = mul %9636, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%9643 = add %9641, %9642 : f32[16] @ models/lib/nn.yaml:90:7
%9644 = assign %140, %9643 : f32[16] @ models/lib/nn.yaml:90:7
%9645 = all_reduce_sum %5724 : f32[64,16] @ models/lib/nn.yaml:79:7
%9646 = reshape %9645 : f32[1024] @ models/lib/nn.yaml:79:7
%9647 = mul %9646, %9646 : f32[1024] @ models/lib/nn.yaml:79:7
%9648 = reduce_sum %9647 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9649 = sqrt %9648 : f32[] @ models/lib/nn.yaml:79:7
%9650 = cast %9649 : f64[] @ models/lib/nn.yaml:79:7
%9651 = add %9650, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9652 = div %6720, %9651 : f64[] @ models/lib/nn.yaml:79:7
%9653 = lt %9652, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9654 = cast %9652 : f32[] @ models/lib/nn.yaml:79:7
%9655 = broadcast %9654 : f32[64,16] @ models/lib/nn.yaml:79:7
%9656 = mul %9645, %9655 : f32[64,16] @ models/lib/nn.yaml:79:7
%9657 = broadcast %9653 : bool[64,16] @ models/lib/nn.yaml:79:7
%9658 = select %9657, %9656, %9645 : f32[64,16] @ models/lib/nn.yaml:79:7
%9659 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9660 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9661 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9662 = add %9661, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9663 = mul %63, %7348 : f32[64,16] @ models/lib/nn.yaml:79:7
%9664 = mul %9658, %7350 : f32[64,16] @ models/lib/nn.yaml:79:7
%9665 = mul %9659, %7352 : f32[64,16] @ models/lib/nn.yaml:79:7
%9666 = add %9665, %9664 : f32[64,16] @ models/lib/nn.yaml:79:7
%9667 = mul %9658, %9658 : f32[64,16] @ models/lib/nn.yaml:79:7
%9668 = mul %9667, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%9669 = mul %9660, %7358 : f32[64,16] @ models/lib/nn.yaml:79:7
%9670 = add %9669, %9668 : f32[64,16] @ models/lib/nn.yaml:79:7
%9671 = cast %9662 : f64[] @ models/lib/nn.yaml:79:7
%9672 = pow %6741, %9671 : f64[] @ models/lib/nn.yaml:79:7
%9673 = sub %6722, %9672 : f64[] @ models/lib/nn.yaml:79:7
%9674 = div %4159, %9673 : f64[] @ models/lib/nn.yaml:79:7
%9675 = pow %6749, %9671 : f64[] @ models/lib/nn.yaml:79:7
%9676 = sub %6722, %9675 : f64[] @ models/lib/nn.yaml:79:7
%9677 = sqrt %9676 : f64[] @ models/lib/nn.yaml:79:7
%9678 = div %6722, %9677 : f64[] @ models/lib/nn.yaml:79:7
%9679 = sqrt %9670 : f32[64,16] @ models/lib/nn.yaml:79:7
%9680 = cast %9678 : f32[] @ models/lib/nn.yaml:79:7
%9681 = broadcast %9680 : f32[64,16] @ models/lib/nn.yaml:79:7
%9682 = mul %9679, %9681 : f32[64,16] @ models/lib/nn.yaml:79:7
%9683 = add %9682, %7373 : f32[64,16] @ models/lib/nn.yaml:79:7
%9684 = div %9666, %9683 : f32[64,16] @ models/lib/nn.yaml:79:7
%9685 = cast %9674 : f32[] @ models/lib/nn.yaml:79:7
%9686 = broadcast %9685 : f32[64,16] @ models/lib/nn.yaml:79:7
%9687 = mul %9684, %9686 : f32[64,16] @ models/lib/nn.yaml:79:7
%9688 = sub %9663, %9687 : f32[64,16] @ models/lib/nn.yaml:79:7
%9689 = assign %63, %9688 : f32[64,16] @ models/lib/nn.yaml:79:7
%9690 = assign %9659, %9666 : f32[64,16] @ models/lib/nn.yaml:79:7
%9691 = assign %9660, %9670 : f32[64,16] @ models/lib/nn.yaml:79:7
%9692 = assign %9661, %9662 : i64[] @ models/lib/nn.yaml:79:7
%9693 = mul %141, %7384 : f32[64,16] @ models/lib/nn.yaml:79:7
%9694 = mul %9688, %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%9695 = add %9693, %9694 : f32[64,16] @ models/lib/nn.yaml:79:7
%9696 = assign %141, %9695 : f32[64,16] @ models/lib/nn.yaml:79:7
%9697 = all_reduce_sum %5716 : f32[64] @ models/lib/nn.yaml:80:7
%9698 = mul %9697, %9697 : f32[64] @ models/lib/nn.yaml:80:7
%9699 = reduce_sum %9698 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9700 = sqrt %9699 : f32[] @ models/lib/nn.yaml:80:7
%9701 = cast %9700 : f64[] @ models/lib/nn.yaml:80:7
%9702 = add %9701, %6718 : f64[] @ models/lib/nn.yaml:80:7
%9703 = div %6720, %9702 : f64[] @ models/lib/nn.yaml:80:7
%9704 = lt %9703, %6722 : bool[] @ models/lib/nn.yaml:80:7
%9705 = cast %9703 : f32[] @ models/lib/nn.yaml:80:7
%9706 = broadcast %9705 : f32[64] @ models/lib/nn.yaml:80:7
%9707 = mul %9697, %9706 : f32[64] @ models/lib/nn.yaml:80:7
%9708 = broadcast %9704 : bool[64] @ models/lib/nn.yaml:80:7
%9709 = select %9708, %9707, %9697 : f32[64] @ models/lib/nn.yaml:80:7
%9710 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9711 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9712 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9713 = add %9712, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9714 = mul %9709, %7407 : f32[64] @ models/lib/nn.yaml:80:7
%9715 = mul %9710, %7409 : f32[64] @ models/lib/nn.yaml:80:7
%9716 = add %9715, %9714 : f32[64] @ models/lib/nn.yaml:80:7
%9717 = mul %9709, %9709 : f32[64] @ models/lib/nn.yaml:80:7
%9718 = mul %9717, %7413 : f32[64] @ models/lib/nn.yaml:80:7
%9719 = mul %9711, %7415 : f32[64] @ models/lib/nn.yaml:80:7
%9720 = add %9719, %9718 : f32[64] @ models/lib/nn.yaml:80:7
%9721 = cast %9713 : f64[] @ models/lib/nn.yaml:80:7
%9722 = pow %6741, %9721 : f64[] @ models/lib/nn.yaml:80:7
%9723 = sub %6722, %9722 : f64[] @ models/lib/nn.yaml:80:7
%9724 = div %4159, %9723 : f64[] @ models/lib/nn.yaml:80:7
%9725 = pow %6749, %9721 : f64[] @ models/lib/nn.yaml:80:7
%9726 = sub %6722, %9725 : f64[] @ models/lib/nn.yaml:80:7
%9727 = sqrt %9726 : f64[] @ models/lib/nn.yaml:80:7
%9728 = div %6722, %9727 : f64[] @ models/lib/nn.yaml:80:7
%9729 = sqrt %9720 : f32[64] @ models/lib/nn.yaml:80:7
%9730 = cast %9728 : f32[] @ models/lib/nn.yaml:80:7
%9731 = broadcast %9730 : f32[64] @ models/lib/nn.yaml:80:7
%9732 = mul %9729, %9731 : f32[64] @ models/lib/nn.yaml:80:7
%9733 = add %9732, %7430 : f32[64] @ models/lib/nn.yaml:80:7
%9734 = div %9716, %9733 : f32[64] @ models/lib/nn.yaml:80:7
%9735 = cast %9724 : f32[] @ models/lib/nn.yaml:80:7
%9736 = broadcast %9735 : f32[64] @ models/lib/nn.yaml:80:7
%9737 = mul %9734, %9736 : f32[64] @ models/lib/nn.yaml:80:7
%9738 = sub %64, %9737 : f32[64] @ models/lib/nn.yaml:80:7
%9739 = assign %64, %9738 : f32[64] @ models/lib/nn.yaml:80:7
%9740 = assign %9710, %9716 : f32[64] @ models/lib/nn.yaml:80:7
%9741 = assign %9711, %9720 : f32[64] @ models/lib/nn.yaml:80:7
%9742 = assign %9712, %9713 : i64[] @ models/lib/nn.yaml:80:7
%9743 = mul %142, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%9744 = mul %9738, %7443 : f32[64] @ models/lib/nn.yaml:80:7
%9745 = add %9743, %9744 : f32[64] @ models/lib/nn.yaml:80:7
%9746 = assign %142, %9745 : f32[64] @ models/lib/nn.yaml:80:7
%9747 = all_reduce_sum %5696 : f32[16,64] @ models/lib/nn.yaml:79:7
%9748 = reshape %9747 : f32[1024] @ models/lib/nn.yaml:79:7
%9749 = mul %9748, %9748 : f32[1024] @ models/lib/nn.yaml:79:7
%9750 = reduce_sum %9749 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9751 = sqrt %9750 : f32[] @ models/lib/nn.yaml:79:7
%9752 = cast %9751 : f64[] @ models/lib/nn.yaml:79:7
%9753 = add %9752, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9754 = div %6720, %9753 : f64[] @ models/lib/nn.yaml:79:7
%9755 = lt %9754, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9756 = cast %9754 : f32[] @ models/lib/nn.yaml:79:7
%9757 = broadcast %9756 : f32[16,64] @ models/lib/nn.yaml:79:7
%9758 = mul %9747, %9757 : f32[16,64] @ models/lib/nn.yaml:79:7
%9759 = broadcast %9755 : bool[16,64] @ models/lib/nn.yaml:79:7
%9760 = select %9759, %9758, %9747 : f32[16,64] @ models/lib/nn.yaml:79:7
%9761 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9762 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9763 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9764 = add %9763, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9765 = mul %65, %7465 : f32[16,64] @ models/lib/nn.yaml:79:7
%9766 = mul %9760, %7467 : f32[16,64] @ models/lib/nn.yaml:79:7
%9767 = mul %9761, %7469 : f32[16,64] @ models/lib/nn.yaml:79:7
%9768 = add %9767, %9766 : f32[16,64] @ models/lib/nn.yaml:79:7
%9769 = mul %9760, %9760 : f32[16,64] @ models/lib/nn.yaml:79:7
%9770 = mul %9769, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%9771 = mul %9762, %7475 : f32[16,64] @ models/lib/nn.yaml:79:7
%9772 = add %9771, %9770 : f32[16,64] @ models/lib/nn.yaml:79:7
%9773 = cast %9764 : f64[] @ models/lib/nn.yaml:79:7
%9774 = pow %6741, %9773 : f64[] @ models/lib/nn.yaml:79:7
%9775 = sub %6722, %9774 : f64[] @ models/lib/nn.yaml:79:7
%9776 = div %4159, %9775 : f64[] @ models/lib/nn.yaml:79:7
%9777 = pow %6749, %9773 : f64[] @ models/lib/nn.yaml:79:7
%9778 = sub %6722, %9777 : f64[] @ models/lib/nn.yaml:79:7
%9779 = sqrt %9778 : f64[] @ models/lib/nn.yaml:79:7
%9780 = div %6722, %9779 : f64[] @ models/lib/nn.yaml:79:7
%9781 = sqrt %9772 : f32[16,64] @ models/lib/nn.yaml:79:7
%9782 = cast %9780 : f32[] @ models/lib/nn.yaml:79:7
%9783 = broadcast %9782 : f32[16,64] @ models/lib/nn.yaml:79:7
%9784 = mul %9781, %9783 : f32[16,64] @ models/lib/nn.yaml:79:7
%9785 = add %9784, %7490 : f32[16,64] @ models/lib/nn.yaml:79:7
%9786 = div %9768, %9785 : f32[16,64] @ models/lib/nn.yaml:79:7
%9787 = cast %9776 : f32[] @ models/lib/nn.yaml:79:7
%9788 = broadcast %9787 : f32[16,64] @ models/lib/nn.yaml:79:7
%9789 = mul %9786, %9788 : f32[16,64] @ models/lib/nn.yaml:79:7
%9790 = sub %9765, %9789 : f32[16,64] @ models/lib/nn.yaml:79:7
%9791 = assign %65, %9790 : f32[16,64] @ models/lib/nn.yaml:79:7
%9792 = assign %9761, %9768 : f32[16,64] @ models/lib/nn.yaml:79:7
%9793 = assign %9762, %9772 : f32[16,64] @ models/lib/nn.yaml:79:7
%9794 = assign %9763, %9764 : i64[] @ models/lib/nn.yaml:79:7
%9795 = mul %143, %7501 : f32[16,64] @ models/lib/nn.yaml:79:7
%9796 = mul %9790, %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%9797 = add %9795, %9796 : f32[16,64] @ models/lib/nn.yaml:79:7
%9798 = assign %143, %9797 : f32[16,64] @ models/lib/nn.yaml:79:7
%9799 = all_reduce_sum %5688 : f32[16] @ models/lib/nn.yaml:80:7
%9800 = mul %9799, %9799 : f32[16] @ models/lib/nn.yaml:80:7
%9801 = reduce_sum %9800 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9802 = sqrt %9801 : f32[] @ models/lib/nn.yaml:80:7
%9803 = cast %9802 : f64[] @ models/lib/nn.yaml:80:7
%9804 = add %9803, %6718 : f64[] @ models/lib/nn.yaml:80:7
%9805 = div %6720, %9804 : f64[] @ models/lib/nn.yaml:80:7
%9806 = lt %9805, %6722 : bool[] @ models/lib/nn.yaml:80:7
%9807 = cast %9805 : f32[] @ models/lib/nn.yaml:80:7
%9808 = broadcast %9807 : f32[16] @ models/lib/nn.yaml:80:7
%9809 = mul %9799, %9808 : f32[16] @ models/lib/nn.yaml:80:7
%9810 = broadcast %9806 : bool[16] @ models/lib/nn.yaml:80:7
%9811 = select %9810, %9809, %9799 : f32[16] @ models/lib/nn.yaml:80:7
%9812 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9813 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9814 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9815 = add %9814, %6732 : i64[] @ models/lib/nn.yaml:80:7
%9816 = mul %9811, %6863 : f32[16] @ models/lib/nn.yaml:80:7
%9817 = mul %9812, %6865 : f32[16] @ models/lib/nn.yaml:80:7
%9818 = add %9817, %9816 : f32[16] @ models/lib/nn.yaml:80:7
%9819 = mul %9811, %9811 : f32[16] @ models/lib/nn.yaml:80:7
%9820 = mul %9819, %6869 : f32[16] @ models/lib/nn.yaml:80:7
%9821 = mul %9813, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%9822 = add %9821, %9820 : f32[16] @ models/lib/nn.yaml:80:7
%9823 = cast %9815 : f64[] @ models/lib/nn.yaml:80:7
%9824 = pow %6741, %9823 : f64[] @ models/lib/nn.yaml:80:7
%9825 = sub %6722, %9824 : f64[] @ models/lib/nn.yaml:80:7
%9826 = div %4159, %9825 : f64[] @ models/lib/nn.yaml:80:7
%9827 = pow %6749, %9823 : f64[] @ models/lib/nn.yaml:80:7
%9828 = sub %6722, %9827 : f64[] @ models/lib/nn.yaml:80:7
%9829 = sqrt %9828 : f64[] @ models/lib/nn.yaml:80:7
%9830 = div %6722, %9829 : f64[] @ models/lib/nn.yaml:80:7
%9831 = sqrt %9822 : f32[16] @ models/lib/nn.yaml:80:7
%9832 = cast %9830 : f32[] @ models/lib/nn.yaml:80:7
%9833 = broadcast %9832 : f32[16] @ models/lib/nn.yaml:80:7
%9834 = mul %9831, %9833 : f32[16] @ models/lib/nn.yaml:80:7
%9835 = add %9834, %6886 : f32[16] @ models/lib/nn.yaml:80:7
%9836 = div %9818, %9835 : f32[16] @ models/lib/nn.yaml:80:7
%9837 = cast %9826 : f32[] @ models/lib/nn.yaml:80:7
%9838 = broadcast %9837 : f32[16] @ models/lib/nn.yaml:80:7
%9839 = mul %9836, %9838 : f32[16] @ models/lib/nn.yaml:80:7
%9840 = sub %66, %9839 : f32[16] @ models/lib/nn.yaml:80:7
%9841 = assign %66, %9840 : f32[16] @ models/lib/nn.yaml:80:7
%9842 = assign %9812, %9818 : f32[16] @ models/lib/nn.yaml:80:7
%9843 = assign %9813, %9822 : f32[16] @ models/lib/nn.yaml:80:7
%9844 = assign %9814, %9815 : i64[] @ models/lib/nn.yaml:80:7
%9845 = mul %144, %6897 : f32[16] @ models/lib/nn.yaml:80:7
%9846 = mul %9840, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%9847 = add %9845, %9846 : f32[16] @ models/lib/nn.yaml:80:7
%9848 = assign %144, %9847 : f32[16] @ models/lib/nn.yaml:80:7
%9849 = all_reduce_sum %5663 : f32[16] @ models/lib/nn.yaml:89:7
%9850 = mul %9849, %9849 : f32[16] @ models/lib/nn.yaml:89:7
%9851 = reduce_sum %9850 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9852 = sqrt %9851 : f32[] @ models/lib/nn.yaml:89:7
%9853 = cast %9852 : f64[] @ models/lib/nn.yaml:89:7
%9854 = add %9853, %6718 : f64[] @ models/lib/nn.yaml:89:7
%9855 = div %6720, %9854 : f64[] @ models/lib/nn.yaml:89:7
%9856 = lt %9855, %6722 : bool[] @ models/lib/nn.yaml:89:7
%9857 = cast %9855 : f32[] @ models/lib/nn.yaml:89:7
%9858 = broadcast %9857 : f32[16] @ models/lib/nn.yaml:89:7
%9859 = mul %9849, %9858 : f32[16] @ models/lib/nn.yaml:89:7
%9860 = broadcast %9856 : bool[16] @ models/lib/nn.yaml:89:7
%9861 = select %9860, %9859, %9849 : f32[16] @ models/lib/nn.yaml:89:7
%9862 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9863 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9864 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9865 = add %9864, %6732 : i64[] @ models/lib/nn.yaml:89:7
%9866 = mul %9861, %6863 : f32[16] @ models/lib/nn.yaml:89:7
%9867 = mul %9862, %6865 : f32[16] @ models/lib/nn.yaml:89:7
%9868 = add %9867, %9866 : f32[16] @ models/lib/nn.yaml:89:7
%9869 = mul %9861, %9861 : f32[16] @ models/lib/nn.yaml:89:7
%9870 = mul %9869, %6869 : f32[16] @ models/lib/nn.yaml:89:7
%9871 = mul %9863, %6871 : f32[16] @ models/lib/nn.yaml:89:7
%9872 = add %9871, %9870 : f32[16] @ models/lib/nn.yaml:89:7
%9873 = cast %9865 : f64[] @ models/lib/nn.yaml:89:7
%9874 = pow %6741, %9873 : f64[] @ models/lib/nn.yaml:89:7
%9875 = sub %6722, %9874 : f64[] @ models/lib/nn.yaml:89:7
%9876 = div %4159, %9875 : f64[] @ models/lib/nn.yaml:89:7
%9877 = pow %6749, %9873 : f64[] @ models/lib/nn.yaml:89:7
%9878 = sub %6722, %9877 : f64[] @ models/lib/nn.yaml:89:7
%9879 = sqrt %9878 : f64[] @ models/lib/nn.yaml:89:7
%9880 = div %6722, %9879 : f64[] @ models/lib/nn.yaml:89:7
%9881 = sqrt %9872 : f32[16] @ models/lib/nn.yaml:89:7
%9882 = cast %9880 : f32[] @ models/lib/nn.yaml:89:7
%9883 = broadcast %9882 : f32[16] @ models/lib/nn.yaml:89:7
%9884 = mul %9881, %9883 : f32[16] @ models/lib/nn.yaml:89:7
%9885 = add %9884, %6886 : f32[16] @ models/lib/nn.yaml:89:7
%9886 = div %9868, %9885 : f32[16] @ models/lib/nn.yaml:89:7
%9887 = cast %9876 : f32[] @ models/lib/nn.yaml:89:7
%9888 = broadcast %9887 : f32[16] @ models/lib/nn.yaml:89:7
%9889 = mul %9886, %9888 : f32[16] @ models/lib/nn.yaml:89:7
%9890 = sub %67, %9889 : f32[16] @ models/lib/nn.yaml:89:7
%9891 = assign %67, %9890 : f32[16] @ models/lib/nn.yaml:89:7
%9892 = assign %9862, %9868 : f32[16] @ models/lib/nn.yaml:89:7
%9893 = assign %9863, %9872 : f32[16] @ models/lib/nn.yaml:89:7
%9894 = assign %9864, %9865 : i64[] @ models/lib/nn.yaml:89:7
%9895 = mul %145, %6897 : f32[16] @ models/lib/nn.yaml:89:7
%9896 = mul %9890, %6899 : f32[16] @ models/lib/nn.yaml:89:7
%9897 = add %9895, %9896 : f32[16] @ models/lib/nn.yaml:89:7
%9898 = assign %145, %9897 : f32[16] @ models/lib/nn.yaml:89:7
%9899 = all_reduce_sum %5657 : f32[16] @ models/lib/nn.yaml:90:7
%9900 = mul %9899, %9899 : f32[16] @ models/lib/nn.yaml:90:7
%9901 = reduce_sum %9900 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9902 = sqrt %9901 : f32[] @ models/lib/nn.yaml:90:7
%9903 = cast %9902 : f64[] @ models/lib/nn.yaml:90:7
%9904 = add %9903, %6718 : f64[] @ models/lib/nn.yaml:90:7
%9905 = div %6720, %9904 : f64[] @ models/lib/nn.yaml:90:7
%9906 = lt %9905, %6722 : bool[] @ models/lib/nn.yaml:90:7
%9907 = cast %9905 : f32[] @ models/lib/nn.yaml:90:7
%9908 = broadcast %9907 : f32[16] @ models/lib/nn.yaml:90:7
%9909 = mul %9899, %9908 : f32[16] @ models/lib/nn.yaml:90:7
%9910 = broadcast %9906 : bool[16] @ models/lib/nn.yaml:90:7
%9911 = select %9910, %9909, %9899 : f32[16] @ models/lib/nn.yaml:90:7
%9912 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9913 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9914 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9915 = add %9914, %6732 : i64[] @ models/lib/nn.yaml:90:7
%9916 = mul %9911, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%9917 = mul %9912, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%9918 = add %9917, %9916 : f32[16] @ models/lib/nn.yaml:90:7
%9919 = mul %9911, %9911 : f32[16] @ models/lib/nn.yaml:90:7
%9920 = mul %9919, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%9921 = mul %9913, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%9922 = add %9921, %9920 : f32[16] @ models/lib/nn.yaml:90:7
%9923 = cast %9915 : f64[] @ models/lib/nn.yaml:90:7
%9924 = pow %6741, %9923 : f64[] @ models/lib/nn.yaml:90:7
%9925 = sub %6722, %9924 : f64[] @ models/lib/nn.yaml:90:7
%9926 = div %4159, %9925 : f64[] @ models/lib/nn.yaml:90:7
%9927 = pow %6749, %9923 : f64[] @ models/lib/nn.yaml:90:7
%9928 = sub %6722, %9927 : f64[] @ models/lib/nn.yaml:90:7
%9929 = sqrt %9928 : f64[] @ models/lib/nn.yaml:90:7
%9930 = div %6722, %9929 : f64[] @ models/lib/nn.yaml:90:7
%9931 = sqrt %9922 : f32[16] @ models/lib/nn.yaml:90:7
%9932 = cast %9930 : f32[] @ models/lib/nn.yaml:90:7
%9933 = broadcast %9932 : f32[16] @ models/lib/nn.yaml:90:7
%9934 = mul %9931, %9933 : f32[16] @ models/lib/nn.yaml:90:7
%9935 = add %9934, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%9936 = div %9918, %9935 : f32[16] @ models/lib/nn.yaml:90:7
%9937 = cast %9926 : f32[] @ models/lib/nn.yaml:90:7
%9938 = broadcast %9937 : f32[16] @ models/lib/nn.yaml:90:7
%9939 = mul %9936, %9938 : f32[16] @ models/lib/nn.yaml:90:7
%9940 = sub %68, %9939 : f32[16] @ models/lib/nn.yaml:90:7
%9941 = assign %68, %9940 : f32[16] @ models/lib/nn.yaml:90:7
%9942 = assign %9912, %9918 : f32[16] @ models/lib/nn.yaml:90:7
%9943 = assign %9913, %9922 : f32[16] @ models/lib/nn.yaml:90:7
%9944 = assign %9914, %9915 : i64[] @ models/lib/nn.yaml:90:7
%9945 = mul %146, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%9946 = mul %9940, %6899 : f32[16] @ models/lib/nn.yaml:90:7
%9947 = add %9945, %9946 : f32[16] @ models/lib/nn.yaml:90:7
%9948 = assign %146, %9947 : f32[16] @ models/lib/nn.yaml:90:7
%9949 = all_reduce_sum %5649 : f32[24,16] @ models/lib/nn.yaml:79:7
%9950 = reshape %9949 : f32[384] @ models/lib/nn.yaml:79:7
%9951 = mul %9950, %9950 : f32[384] @ models/lib/nn.yaml:79:7
%9952 = reduce_sum %9951 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9953 = sqrt %9952 : f32[] @ models/lib/nn.yaml:79:7
%9954 = cast %9953 : f64[] @ models/lib/nn.yaml:79:7
%9955 = add %9954, %6718 : f64[] @ models/lib/nn.yaml:79:7
%9956 = div %6720, %9955 : f64[] @ models/lib/nn.yaml:79:7
%9957 = lt %9956, %6722 : bool[] @ models/lib/nn.yaml:79:7
%9958 = cast %9956 : f32[] @ models/lib/nn.yaml:79:7
%9959 = broadcast %9958 : f32[24,16] @ models/lib/nn.yaml:79:7
%9960 = mul %9949, %9959 : f32[24,16] @ models/lib/nn.yaml:79:7
%9961 = broadcast %9957 : bool[24,16] @ models/lib/nn.yaml:79:7
%9962 = select %9961, %9960, %9949 : f32[24,16] @ models/lib/nn.yaml:79:7
%9963 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9964 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9965 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9966 = add %9965, %6732 : i64[] @ models/lib/nn.yaml:79:7
%9967 = broadcast %6736 : f32[24,16] @ models/lib/nn.yaml:79:7
%9968 = mul %69, %9967 : f32[24,16] @ models/lib/nn.yaml:79:7
%9969 = broadcast %3852 : f32[24,16] @ models/lib/nn.yaml:79:7
%9970 = mul %9962, %9969 : f32[24,16] @ models/lib/nn.yaml:79:7
%9971 = broadcast %2640 : f32[24,16] @ models/lib/nn.yaml:79:7
%9972 = mul %9963, %9971 : f32[24,16] @ models/lib/nn.yaml:79:7
%9973 = add %9972, %9970 : f32[24,16] @ models/lib/nn.yaml:79:7
%9974 = mul %9962, %9962 : f32[24,16] @ models/lib/nn.yaml:79:7
%9975 = broadcast %6746 : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = mul %9974, %9975 : f32[24,16] @ models/lib/nn.yaml:79:7
%9977 = broadcast %6750 : f32[24,16] @ models/lib/nn.yaml:79:7
%9978 = mul %9964, %9977 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = add %9978, %9976 : f32[24,16] @ models/lib/nn.yaml:79:7
%9980 = cast %9966 : f64[] @ models/lib/nn.yaml:79:7
%9981 = pow %6741, %9980 : f64[] @ models/lib/nn.yaml:79:7
%9982 = sub %6722, %9981 : f64[] @ models/lib/nn.yaml:79:7
%9983 = div %4159, %9982 : f64[] @ models/lib/nn.yaml:79:7
%9984 = pow %6749, %9980 : f64[] @ models/lib/nn.yaml:79:7
%9985 = sub %6722, %9984 : f64[] @ models/lib/nn.yaml:79:7
%9986 = sqrt %9985 : f64[] @ models/lib/nn.yaml:79:7
%9987 = div %6722, %9986 : f64[] @ models/lib/nn.yaml:79:7
%9988 = sqrt %9979 : f32[24,16] @ models/lib/nn.yaml:79:7
%9989 = cast %9987 : f32[] @ models/lib/nn.yaml:79:7
%9990 = broadcast %9989 : f32[24,16] @ models/lib/nn.yaml:79:7
%9991 = mul %9988, %9990 : f32[24,16] @ models/lib/nn.yaml:79:7
%9992 = broadcast %6766 : f32[24,16] @ models/lib/nn.yaml:79:7
%9993 = add %9991, %9992 : f32[24,16] @ models/lib/nn.yaml:79:7
%9994 = div %9973, %9993 : f32[24,16] @ models/lib/nn.yaml:79:7
%9995 = cast %9983 : f32[] @ models/lib/nn.yaml:79:7
%9996 = broadcast %9995 : f32[24,16] @ models/lib/nn.yaml:79:7
%9997 = mul %9994, %9996 : f32[24,16] @ models/lib/nn.yaml:79:7
%9998 = sub %9968, %9997 : f32[24,16] @ models/lib/nn.yaml:79:7
%9999 = assign %69, %9998 : f32[24,16] @ models/lib/nn.yaml:79:7
%10000 = assign %9963, %9973 : f32[24,16] @ models/lib/nn.yaml:79:7
%10001 = assign %9964, %9979 : f32[24,16] @ models/lib/nn.yaml:79:7
%10002 = assign %9965, %9966 : i64[] @ models/lib/nn.yaml:79:7
%10003 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%10004 = mul %147, %10003 : f32[24,16] @ models/lib/nn.yaml:79:7
%10005 = broadcast %6781 : f32[24,16] @ models/lib/nn.yaml:79:7
%10006 = mul %9998, %10005 : f32[24,16] @ models/lib/nn.yaml:79:7
%10007 = add %10004, %10006 : f32[24,16] @ models/lib/nn.yaml:79:7
%10008 = assign %147, %10007 : f32[24,16] @ models/lib/nn.yaml:79:7
%10009 = all_reduce_sum %5641 : f32[24] @ models/lib/nn.yaml:80:7
%10010 = mul %10009, %10009 : f32[24] @ models/lib/nn.yaml:80:7
%10011 = reduce_sum %10010 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10012 = sqrt %10011 : f32[] @ models/lib/nn.yaml:80:7
%10013 = cast %10012 : f64[] @ models/lib/nn.yaml:80:7
%10014 = add %10013, %6718 : f64[] @ models/lib/nn.yaml:80:7
%10015 = div %6720, %10014 : f64[] @ models/lib/nn.yaml:80:7
%10016 = lt %10015, %6722 : bool[] @ models/lib/nn.yaml:80:7
%10017 = cast %10015 : f32[] @ models/lib/nn.yaml:80:7
%10018 = broadcast %10017 : f32[24] @ models/lib/nn.yaml:80:7
%10019 = mul %10009, %10018 : f32[24] @ models/lib/nn.yaml:80:7
%10020 = broadcast %10016 : bool[24] @ models/lib/nn.yaml:80:7
%10021 = select %10020, %10019, %10009 : f32[24] @ models/lib/nn.yaml:80:7
%10022 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10023 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10024 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10025 = add %10024, %6732 : i64[] @ models/lib/nn.yaml:80:7
%10026 = broadcast %3852 : f32[24] @ models/lib/nn.yaml:80:7
%10027 = mul %10021, %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10028 = broadcast %2640 : f32[24] @ models/lib/nn.yaml:80:7
%10029 = mul %10022, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10030 = add %10029, %10027 : f32[24] @ models/lib/nn.yaml:80:7
%10031 = mul %10021, %10021 : f32[24] @ models/lib/nn.yaml:80:7
%10032 = broadcast %6746 : f32[24] @ models/lib/nn.yaml:80:7
%10033 = mul %10031, %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10034 = broadcast %6750 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = mul %10023, %10034 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = add %10035, %10033 : f32[24] @ models/lib/nn.yaml:80:7
%10037 = cast %10025 : f64[] @ models/lib/nn.yaml:80:7
%10038 = pow %6741, %10037 : f64[] @ models/lib/nn.yaml:80:7
%10039 = sub %6722, %10038 : f64[] @ models/lib/nn.yaml:80:7
%10040 = div %4159, %10039 : f64[] @ models/lib/nn.yaml:80:7
%10041 = pow %6749, %10037 : f64[] @ models/lib/nn.yaml:80:7
%10042 = sub %6722, %10041 : f64[] @ models/lib/nn.yaml:80:7
%10043 = sqrt %10042 : f64[] @ models/lib/nn.yaml:80:7
%10044 = div %6722, %10043 : f64[] @ models/lib/nn.yaml:80:7
%10045 = sqrt %10036 : f32[24] @ models/lib/nn.yaml:80:7
%10046 = cast %10044 : f32[] @ models/lib/nn.yaml:80:7
%10047 = broadcast %10046 : f32[24] @ models/lib/nn.yaml:80:7
%10048 = mul %10045, %10047 : f32[24] @ models/lib/nn.yaml:80:7
%10049 = broadcast %6766 : f32[24] @ models/lib/nn.yaml:80:7
%10050 = add %10048, %10049 : f32[24] @ models/lib/nn.yaml:80:7
%10051 = div %10030, %10050 : f32[24] @ models/lib/nn.yaml:80:7
%10052 = cast %10040 : f32[] @ models/lib/nn.yaml:80:7
%10053 = broadcast %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10054 = mul %10051, %10053 : f32[24] @ models/lib/nn.yaml:80:7
%10055 = sub %70, %10054 : f32[24] @ models/lib/nn.yaml:80:7
%10056 = assign %70, %10055 : f32[24] @ models/lib/nn.yaml:80:7
%10057 = assign %10022, %10030 : f32[24] @ models/lib/nn.yaml:80:7
%10058 = assign %10023, %10036 : f32[24] @ models/lib/nn.yaml:80:7
%10059 = assign %10024, %10025 : i64[] @ models/lib/nn.yaml:80:7
%10060 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%10061 = mul %148, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10062 = broadcast %6781 : f32[24] @ models/lib/nn.yaml:80:7
%10063 = mul %10055, %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10064 = add %10061, %10063 : f32[24] @ models/lib/nn.yaml:80:7
%10065 = assign %148, %10064 : f32[24] @ models/lib/nn.yaml:80:7
%10066 = all_reduce_sum %5621 : f32[24,24] @ models/lib/nn.yaml:79:7
%10067 = reshape %10066 : f32[576] @ models/lib/nn.yaml:79:7
%10068 = mul %10067, %10067 : f32[576] @ models/lib/nn.yaml:79:7
%10069 = reduce_sum %10068 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10070 = sqrt %10069 : f32[] @ models/lib/nn.yaml:79:7
%10071 = cast %10070 : f64[] @ models/lib/nn.yaml:79:7
%10072 = add %10071, %6718 : f64[] @ models/lib/nn.yaml:79:7
%10073 = div %6720, %10072 : f64[] @ models/lib/nn.yaml:79:7
%10074 = lt %10073, %6722 : bool[] @ models/lib/nn.yaml:79:7
%10075 = cast %10073 : f32[] @ models/lib/nn.yaml:79:7
%10076 = broadcast %10075 : f32[24,24] @ models/lib/nn.yaml:79:7
%10077 = mul %10066, %10076 : f32[24,24] @ models/lib/nn.yaml:79:7
%10078 = broadcast %10074 : bool[24,24] @ models/lib/nn.yaml:79:7
%10079 = select %10078, %10077, %10066 : f32[24,24] @ models/lib/nn.yaml:79:7
%10080 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10081 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10082 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10083 = add %10082, %6732 : i64[] @ models/lib/nn.yaml:79:7
%10084 = broadcast %6736 : f32[24,24] @ models/lib/nn.yaml:79:7
%10085 = mul %71, %10084 : f32[24,24] @ models/lib/nn.yaml:79:7
%10086 = broadcast %3852 : f32[24,24] @ models/lib/nn.yaml:79:7
%10087 = mul %10079, %10086 : f32[24,24] @ models/lib/nn.yaml:79:7
%10088 = broadcast %2640 : f32[24,24] @ models/lib/nn.yaml:79:7
%10089 = mul %10080, %10088 : f32[24,24] @ models/lib/nn.yaml:79:7
%10090 = add %10089, %10087 : f32[24,24] @ models/lib/nn.yaml:79:7
%10091 = mul %10079, %10079 : f32[24,24] @ models/lib/nn.yaml:79:7
%10092 = broadcast %6746 : f32[24,24] @ models/lib/nn.yaml:79:7
%10093 = mul %10091, %10092 : f32[24,24] @ models/lib/nn.yaml:79:7
%10094 = broadcast %6750 : f32[24,24] @ models/lib/nn.yaml:79:7
%10095 = mul %10081, %10094 : f32[24,24] @ models/lib/nn.yaml:79:7
%10096 = add %10095, %10093 : f32[24,24] @ models/lib/nn.yaml:79:7
%10097 = cast %10083 : f64[] @ models/lib/nn.yaml:79:7
%10098 = pow %6741, %10097 : f64[] @ models/lib/nn.yaml:79:7
%10099 = sub %6722, %10098 : f64[] @ models/lib/nn.yaml:79:7
%10100 = div %4159, %10099 : f64[] @ models/lib/nn.yaml:79:7
%10101 = pow %6749, %10097 : f64[] @ models/lib/nn.yaml:79:7
%10102 = sub %6722, %10101 : f64[] @ models/lib/nn.yaml:79:7
%10103 = sqrt %10102 : f64[] @ models/lib/nn.yaml:79:7
%10104 = div %6722, %10103 : f64[] @ models/lib/nn.yaml:79:7
%10105 = sqrt %10096 : f32[24,24] @ models/lib/nn.yaml:79:7
%10106 = cast %10104 : f32[] @ models/lib/nn.yaml:79:7
%10107 = broadcast %10106 : f32[24,24] @ models/lib/nn.yaml:79:7
%10108 = mul %10105, %10107 : f32[24,24] @ models/lib/nn.yaml:79:7
%10109 = broadcast %6766 : f32[24,24] @ models/lib/nn.yaml:79:7
%10110 = add %10108, %10109 : f32[24,24] @ models/lib/nn.yaml:79:7
%10111 = div %10090, %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10112 = cast %10100 : f32[] @ models/lib/nn.yaml:79:7
%10113 = broadcast %10112 : f32[24,24] @ models/lib/nn.yaml:79:7
%10114 = mul %10111, %10113 : f32[24,24] @ models/lib/nn.yaml:79:7
%10115 = sub %10085, %10114 : f32[24,24] @ models/lib/nn.yaml:79:7
%10116 = assign %71, %10115 : f32[24,24] @ models/lib/nn.yaml:79:7
%10117 = assign %10080, %10090 : f32[24,24] @ models/lib/nn.yaml:79:7
%10118 = assign %10081, %10096 : f32[24,24] @ models/lib/nn.yaml:79:7
%10119 = assign %10082, %10083 : i64[] @ models/lib/nn.yaml:79:7
%10120 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%10121 = mul %149, %10120 : f32[24,24] @ models/lib/nn.yaml:79:7
%10122 = broadcast %6781 : f32[24,24] @ models/lib/nn.yaml:79:7
%10123 = mul %10115, %10122 : f32[24,24] @ models/lib/nn.yaml:79:7
%10124 = add %10121, %10123 : f32[24,24] @ models/lib/nn.yaml:79:7
%10125 = assign %149, %10124 : f32[24,24] @ models/lib/nn.yaml:79:7
%10126 = all_reduce_sum %5613 : f32[24] @ models/lib/nn.yaml:80:7
%10127 = mul %10126, %10126 : f32[24] @ models/lib/nn.yaml:80:7
%10128 = reduce_sum %10127 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10129 = sqrt %10128 : f32[] @ models/lib/nn.yaml:80:7
%10130 = cast %10129 : f64[] @ models/lib/nn.yaml:80:7
%10131 = add %10130, %6718 : f64[] @ models/lib/nn.yaml:80:7
%10132 = div %6720, %10131 : f64[] @ models/lib/nn.yaml:80:7
%10133 = lt %10132, %6722 : bool[] @ models/lib/nn.yaml:80:7
%10134 = cast %10132 : f32[] @ models/lib/nn.yaml:80:7
%10135 = broadcast %10134 : f32[24] @ models/lib/nn.yaml:80:7
%10136 = mul %10126, %10135 : f32[24] @ models/lib/nn.yaml:80:7
%10137 = broadcast %10133 : bool[24] @ models/lib/nn.yaml:80:7
%10138 = select %10137, %10136, %10126 : f32[24] @ models/lib/nn.yaml:80:7
%10139 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10140 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10141 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10142 = add %10141, %6732 : i64[] @ models/lib/nn.yaml:80:7
%10143 = mul %10138, %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10144 = mul %10139, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10145 = add %10144, %10143 : f32[24] @ models/lib/nn.yaml:80:7
%10146 = mul %10138, %10138 : f32[24] @ models/lib/nn.yaml:80:7
%10147 = mul %10146, %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10148 = mul %10140, %10034 : f32[24] @ models/lib/nn.yaml:80:7
%10149 = add %10148, %10147 : f32[24] @ models/lib/nn.yaml:80:7
%10150 = cast %10142 : f64[] @ models/lib/nn.yaml:80:7
%10151 = pow %6741, %10150 : f64[] @ models/lib/nn.yaml:80:7
%10152 = sub %6722, %10151 : f64[] @ models/lib/nn.yaml:80:7
%10153 = div %4159, %10152 : f64[] @ models/lib/nn.yaml:80:7
%10154 = pow %6749, %10150 : f64[] @ models/lib/nn.yaml:80:7
%10155 = sub %6722, %10154 : f64[] @ models/lib/nn.yaml:80:7
%10156 = sqrt %10155 : f64[] @ models/lib/nn.yaml:80:7
%10157 = div %6722, %10156 : f64[] @ models/lib/nn.yaml:80:7
%10158 = sqrt %10149 : f32[24] @ models/lib/nn.yaml:80:7
%10159 = cast %10157 : f32[] @ models/lib/nn.yaml:80:7
%10160 = broadcast %10159 : f32[24] @ models/lib/nn.yaml:80:7
%10161 = mul %10158, %10160 : f32[24] @ models/lib/nn.yaml:80:7
%10162 = add %10161, %10049 : f32[24] @ models/lib/nn.yaml:80:7
%10163 = div %10145, %10162 : f32[24] @ models/lib/nn.yaml:80:7
%10164 = cast %10153 : f32[] @ models/lib/nn.yaml:80:7
%10165 = broadcast %10164 : f32[24] @ models/lib/nn.yaml:80:7
%10166 = mul %10163, %10165 : f32[24] @ models/lib/nn.yaml:80:7
%10167 = sub %72, %10166 : f32[24] @ models/lib/nn.yaml:80:7
%10168 = assign %72, %10167 : f32[24] @ models/lib/nn.yaml:80:7
%10169 = assign %10139, %10145 : f32[24] @ models/lib/nn.yaml:80:7
%10170 = assign %10140, %10149 : f32[24] @ models/lib/nn.yaml:80:7
%10171 = assign %10141, %10142 : i64[] @ models/lib/nn.yaml:80:7
%10172 = mul %150, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10173 = mul %10167, %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10174 = add %10172, %10173 : f32[24] @ models/lib/nn.yaml:80:7
%10175 = assign %150, %10174 : f32[24] @ models/lib/nn.yaml:80:7
%10176 = all_reduce_sum %5593 : f32[8,24] @ models/lib/nn.yaml:79:7
%10177 = reshape %10176 : f32[192] @ models/lib/nn.yaml:79:7
%10178 = mul %10177, %10177 : f32[192] @ models/lib/nn.yaml:79:7
%10179 = reduce_sum %10178 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10180 = sqrt %10179 : f32[] @ models/lib/nn.yaml:79:7
%10181 = cast %10180 : f64[] @ models/lib/nn.yaml:79:7
%10182 = add %10181, %6718 : f64[] @ models/lib/nn.yaml:79:7
%10183 = div %6720, %10182 : f64[] @ models/lib/nn.yaml:79:7
%10184 = lt %10183, %6722 : bool[] @ models/lib/nn.yaml:79:7
%10185 = cast %10183 : f32[] @ models/lib/nn.yaml:79:7
%10186 = broadcast %10185 : f32[8,24] @ models/lib/nn.yaml:79:7
%10187 = mul %10176, %10186 : f32[8,24] @ models/lib/nn.yaml:79:7
%10188 = broadcast %10184 : bool[8,24] @ models/lib/nn.yaml:79:7
%10189 = select %10188, %10187, %10176 : f32[8,24] @ models/lib/nn.yaml:79:7
%10190 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10191 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10192 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10193 = add %10192, %6732 : i64[] @ models/lib/nn.yaml:79:7
%10194 = broadcast %6736 : f32[8,24] @ models/lib/nn.yaml:79:7
%10195 = mul %73, %10194 : f32[8,24] @ models/lib/nn.yaml:79:7
%10196 = broadcast %3852 : f32[8,24] @ models/lib/nn.yaml:79:7
%10197 = mul %10189, %10196 : f32[8,24] @ models/lib/nn.yaml:79:7
%10198 = broadcast %2640 : f32[8,24] @ models/lib/nn.yaml:79:7
%10199 = mul %10190, %10198 : f32[8,24] @ models/lib/nn.yaml:79:7
%10200 = add %10199, %10197 : f32[8,24] @ models/lib/nn.yaml:79:7
%10201 = mul %10189, %10189 : f32[8,24] @ models/lib/nn.yaml:79:7
%10202 = broadcast %6746 : f32[8,24] @ models/lib/nn.yaml:79:7
%10203 = mul %10201, %10202 : f32[8,24] @ models/lib/nn.yaml:79:7
%10204 = broadcast %6750 : f32[8,24] @ models/lib/nn.yaml:79:7
%10205 = mul %10191, %10204 : f32[8,24] @ models/lib/nn.yaml:79:7
%10206 = add %10205, %10203 : f32[8,24] @ models/lib/nn.yaml:79:7
%10207 = cast %10193 : f64[] @ models/lib/nn.yaml:79:7
%10208 = pow %6741, %10207 : f64[] @ models/lib/nn.yaml:79:7
%10209 = sub %6722, %10208 : f64[] @ models/lib/nn.yaml:79:7
%10210 = div %4159, %10209 : f64[] @ models/lib/nn.yaml:79:7
%10211 = pow %6749, %10207 : f64[] @ models/lib/nn.yaml:79:7
%10212 = sub %6722, %10211 : f64[] @ models/lib/nn.yaml:79:7
%10213 = sqrt %10212 : f64[] @ models/lib/nn.yaml:79:7
%10214 = div %6722, %10213 : f64[] @ models/lib/nn.yaml:79:7
%10215 = sqrt %10206 : f32[8,24] @ models/lib/nn.yaml:79:7
%10216 = cast %10214 : f32[] @ models/lib/nn.yaml:79:7
%10217 = broadcast %10216 : f32[8,24] @ models/lib/nn.yaml:79:7
%10218 = mul %10215, %10217 : f32[8,24] @ models/lib/nn.yaml:79:7
%10219 = broadcast %6766 : f32[8,24] @ models/lib/nn.yaml:79:7
%10220 = add %10218, %10219 : f32[8,24] @ models/lib/nn.yaml:79:7
%10221 = div %10200, %10220 : f32[8,24] @ models/lib/nn.yaml:79:7
%10222 = cast %10210 : f32[] @ models/lib/nn.yaml:79:7
%10223 = broadcast %10222 : f32[8,24] @ models/lib/nn.yaml:79:7
%10224 = mul %10221, %10223 : f32[8,24] @ models/lib/nn.yaml:79:7
%10225 = sub %10195, %10224 : f32[8,24] @ models/lib/nn.yaml:79:7
%10226 = assign %73, %10225 : f32[8,24] @ models/lib/nn.yaml:79:7
%10227 = assign %10190, %10200 : f32[8,24] @ models/lib/nn.yaml:79:7
%10228 = assign %10191, %10206 : f32[8,24] @ models/lib/nn.yaml:79:7
%10229 = assign %10192, %10193 : i64[] @ models/lib/nn.yaml:79:7
%10230 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%10231 = mul %151, %10230 : f32[8,24] @ models/lib/nn.yaml:79:7
%10232 = broadcast %6781 : f32[8,24] @ models/lib/nn.yaml:79:7
%10233 = mul %10225, %10232 : f32[8,24] @ models/lib/nn.yaml:79:7
%10234 = add %10231, %10233 : f32[8,24] @ models/lib/nn.yaml:79:7
%10235 = assign %151, %10234 : f32[8,24] @ models/lib/nn.yaml:79:7
%10236 = all_reduce_sum %5585 : f32[8] @ models/lib/nn.yaml:80:7
%10237 = mul %10236, %10236 : f32[8] @ models/lib/nn.yaml:80:7
%10238 = reduce_sum %10237 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10239 = sqrt %10238 : f32[] @ models/lib/nn.yaml:80:7
%10240 = cast %10239 : f64[] @ models/lib/nn.yaml:80:7
%10241 = add %10240, %6718 : f64[] @ models/lib/nn.yaml:80:7
%10242 = div %6720, %10241 : f64[] @ models/lib/nn.yaml:80:7
%10243 = lt %10242, %6722 : bool[] @ models/lib/nn.yaml:80:7
%10244 = cast %10242 : f32[] @ models/lib/nn.yaml:80:7
%10245 = broadcast %10244 : f32[8] @ models/lib/nn.yaml:80:7
%10246 = mul %10236, %10245 : f32[8] @ models/lib/nn.yaml:80:7
%10247 = broadcast %10243 : bool[8] @ models/lib/nn.yaml:80:7
%10248 = select %10247, %10246, %10236 : f32[8] @ models/lib/nn.yaml:80:7
%10249 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10250 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10251 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10252 = add %10251, %6732 : i64[] @ models/lib/nn.yaml:80:7
%10253 = broadcast %3852 : f32[8] @ models/lib/nn.yaml:80:7
%10254 = mul %10248, %10253 : f32[8] @ models/lib/nn.yaml:80:7
%10255 = broadcast %2640 : f32[8] @ models/lib/nn.yaml:80:7
%10256 = mul %10249, %10255 : f32[8] @ models/lib/nn.yaml:80:7
%10257 = add %10256, %10254 : f32[8] @ models/lib/nn.yaml:80:7
%10258 = mul %10248, %10248 : f32[8] @ models/lib/nn.yaml:80:7
%10259 = broadcast %6746 : f32[8] @ models/lib/nn.yaml:80:7
%10260 = mul %10258, %10259 : f32[8] @ models/lib/nn.yaml:80:7
%10261 = broadcast %6750 : f32[8] @ models/lib/nn.yaml:80:7
%10262 = mul %10250, %10261 : f32[8] @ models/lib/nn.yaml:80:7
%10263 = add %10262, %10260 : f32[8] @ models/lib/nn.yaml:80:7
%10264 = cast %10252 : f64[] @ models/lib/nn.yaml:80:7
%10265 = pow %6741, %10264 : f64[] @ models/lib/nn.yaml:80:7
%10266 = sub %6722, %10265 : f64[] @ models/lib/nn.yaml:80:7
%10267 = div %4159, %10266 : f64[] @ models/lib/nn.yaml:80:7
%10268 = pow %6749, %10264 : f64[] @ models/lib/nn.yaml:80:7
%10269 = sub %6722, %10268 : f64[] @ models/lib/nn.yaml:80:7
%10270 = sqrt %10269 : f64[] @ models/lib/nn.yaml:80:7
%10271 = div %6722, %10270 : f64[] @ models/lib/nn.yaml:80:7
%10272 = sqrt %10263 : f32[8] @ models/lib/nn.yaml:80:7
%10273 = cast %10271 : f32[] @ models/lib/nn.yaml:80:7
%10274 = broadcast %10273 : f32[8] @ models/lib/nn.yaml:80:7
%10275 = mul %10272, %10274 : f32[8] @ models/lib/nn.yaml:80:7
%10276 = broadcast %6766 : f32[8] @ models/lib/nn.yaml:80:7
%10277 = add %10275, %10276 : f32[8] @ models/lib/nn.yaml:80:7
%10278 = div %10257, %10277 : f32[8] @ models/lib/nn.yaml:80:7
%10279 = cast %10267 : f32[] @ models/lib/nn.yaml:80:7
%10280 = broadcast %10279 : f32[8] @ models/lib/nn.yaml:80:7
%10281 = mul %10278, %10280 : f32[8] @ models/lib/nn.yaml:80:7
%10282 = sub %74, %10281 : f32[8] @ models/lib/nn.yaml:80:7
%10283 = assign %74, %10282 : f32[8] @ models/lib/nn.yaml:80:7
%10284 = assign %10249, %10257 : f32[8] @ models/lib/nn.yaml:80:7
%10285 = assign %10250, %10263 : f32[8] @ models/lib/nn.yaml:80:7
%10286 = assign %10251, %10252 : i64[] @ models/lib/nn.yaml:80:7
%10287 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%10288 = mul %152, %10287 : f32[8] @ models/lib/nn.yaml:80:7
%10289 = broadcast %6781 : f32[8] @ models/lib/nn.yaml:80:7
%10290 = mul %10282, %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10291 = add %10288, %10290 : f32[8] @ models/lib/nn.yaml:80:7
%10292 = assign %152, %10291 : f32[8] @ models/lib/nn.yaml:80:7
%10293 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%10294 = mul %153, %10293 : f32[32,1] @ models/lib/dino.yaml:18:7
%10295 = broadcast %6781 : f32[32,1] @ models/lib/dino.yaml:18:7
%10296 = mul %75, %10295 : f32[32,1] @ models/lib/dino.yaml:18:7
%10297 = add %10294, %10296 : f32[32,1] @ models/lib/dino.yaml:18:7
%10298 = assign %153, %10297 : f32[32,1] @ models/lib/dino.yaml:18:7
%10299 = all_reduce_sum %5563 : f32[32,8] @ models/lib/dino.yaml:19:7
%10300 = reshape %10299 : f32[256] @ models/lib/dino.yaml:19:7
%10301 = mul %10300, %10300 : f32[256] @ models/lib/dino.yaml:19:7
%10302 = reduce_sum %10301 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10303 = sqrt %10302 : f32[] @ models/lib/dino.yaml:19:7
%10304 = cast %10303 : f64[] @ models/lib/dino.yaml:19:7
%10305 = add %10304, %6718 : f64[] @ models/lib/dino.yaml:19:7
%10306 = div %6720, %10305 : f64[] @ models/lib/dino.yaml:19:7
%10307 = lt %10306, %6722 : bool[] @ models/lib/dino.yaml:19:7
%10308 = cast %10306 : f32[] @ models/lib/dino.yaml:19:7
%10309 = broadcast %10308 : f32[32,8] @ models/lib/dino.yaml:19:7
%10310 = mul %10299, %10309 : f32[32,8] @ models/lib/dino.yaml:19:7
%10311 = broadcast %10307 : bool[32,8] @ models/lib/dino.yaml:19:7
%10312 = select %10311, %10310, %10299 : f32[32,8] @ models/lib/dino.yaml:19:7
%10313 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10314 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10315 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10316 = add %10315, %6732 : i64[] @ models/lib/dino.yaml:19:7
%10317 = broadcast %6736 : f32[32,8] @ models/lib/dino.yaml:19:7
%10318 = mul %76, %10317 : f32[32,8] @ models/lib/dino.yaml:19:7
%10319 = broadcast %3852 : f32[32,8] @ models/lib/dino.yaml:19:7
%10320 = mul %10312, %10319 : f32[32,8] @ models/lib/dino.yaml:19:7
%10321 = broadcast %2640 : f32[32,8] @ models/lib/dino.yaml:19:7
%10322 = mul %10313, %10321 : f32[32,8] @ models/lib/dino.yaml:19:7
%10323 = add %10322, %10320 : f32[32,8] @ models/lib/dino.yaml:19:7
%10324 = mul %10312, %10312 : f32[32,8] @ models/lib/dino.yaml:19:7
%10325 = broadcast %6746 : f32[32,8] @ models/lib/dino.yaml:19:7
%10326 = mul %10324, %10325 : f32[32,8] @ models/lib/dino.yaml:19:7
%10327 = broadcast %6750 : f32[32,8] @ models/lib/dino.yaml:19:7
%10328 = mul %10314, %10327 : f32[32,8] @ models/lib/dino.yaml:19:7
%10329 = add %10328, %10326 : f32[32,8] @ models/lib/dino.yaml:19:7
%10330 = cast %10316 : f64[] @ models/lib/dino.yaml:19:7
%10331 = pow %6741, %10330 : f64[] @ models/lib/dino.yaml:19:7
%10332 = sub %6722, %10331 : f64[] @ models/lib/dino.yaml:19:7
%10333 = div %4159, %10332 : f64[] @ models/lib/dino.yaml:19:7
%10334 = pow %6749, %10330 : f64[] @ models/lib/dino.yaml:19:7
%10335 = sub %6722, %10334 : f64[] @ models/lib/dino.yaml:19:7
%10336 = sqrt %10335 : f64[] @ models/lib/dino.yaml:19:7
%10337 = div %6722, %10336 : f64[] @ models/lib/dino.yaml:19:7
%10338 = sqrt %10329 : f32[32,8] @ models/lib/dino.yaml:19:7
%10339 = cast %10337 : f32[] @ models/lib/dino.yaml:19:7
%10340 = broadcast %10339 : f32[32,8] @ models/lib/dino.yaml:19:7
%10341 = mul %10338, %10340 : f32[32,8] @ models/lib/dino.yaml:19:7
%10342 = broadcast %6766 : f32[32,8] @ models/lib/dino.yaml:19:7
%10343 = add %10341, %10342 : f32[32,8] @ models/lib/dino.yaml:19:7
%10344 = div %10323, %10343 : f32[32,8] @ models/lib/dino.yaml:19:7
%10345 = cast %10333 : f32[] @ models/lib/dino.yaml:19:7
%10346 = broadcast %10345 : f32[32,8] @ models/lib/dino.yaml:19:7
%10347 = mul %10344, %10346 : f32[32,8] @ models/lib/dino.yaml:19:7
%10348 = sub %10318, %10347 : f32[32,8] @ models/lib/dino.yaml:19:7
%10349 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10350 = lt %10349, %6732 : bool[] @ models/lib/dino.yaml:19:7
%10351 = broadcast %10350 : bool[32,8] @ models/lib/dino.yaml:19:7
%10352 = select %10351, %76, %10348 : f32[32,8] @ models/lib/dino.yaml:19:7
%10353 = select %10351, %10313, %10323 : f32[32,8] @ models/lib/dino.yaml:19:7
%10354 = select %10351, %10314, %10329 : f32[32,8] @ models/lib/dino.yaml:19:7
%10355 = select %10350, %10315, %10316 : i64[] @ models/lib/dino.yaml:19:7
%10356 = assign %76, %10352 : f32[32,8] @ models/lib/dino.yaml:19:7
%10357 = assign %10313, %10353 : f32[32,8] @ models/lib/dino.yaml:19:7
%10358 = assign %10314, %10354 : f32[32,8] @ models/lib/dino.yaml:19:7
%10359 = assign %10315, %10355 : i64[] @ models/lib/dino.yaml:19:7
%10360 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%10361 = mul %154, %10360 : f32[32,8] @ models/lib/dino.yaml:19:7
%10362 = broadcast %6781 : f32[32,8] @ models/lib/dino.yaml:19:7
%10363 = mul %10352, %10362 : f32[32,8] @ models/lib/dino.yaml:19:7
%10364 = add %10361, %10363 : f32[32,8] @ models/lib/dino.yaml:19:7
%10365 = assign %154, %10364 : f32[32,8] @ models/lib/dino.yaml:19:7
%10366 = all_reduce_sum %5545 : f32[24,16] @ models/lib/nn.yaml:79:7
%10367 = reshape %10366 : f32[384] @ models/lib/nn.yaml:79:7
%10368 = mul %10367, %10367 : f32[384] @ models/lib/nn.yaml:79:7
%10369 = reduce_sum %10368 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10370 = sqrt %10369 : f32[] @ models/lib/nn.yaml:79:7
%10371 = cast %10370 : f64[] @ models/lib/nn.yaml:79:7
%10372 = add %10371, %6718 : f64[] @ models/lib/nn.yaml:79:7
%10373 = div %6720, %10372 : f64[] @ models/lib/nn.yaml:79:7
%10374 = lt %10373, %6722 : bool[] @ models/lib/nn.yaml:79:7
%10375 = cast %10373 : f32[] @ models/lib/nn.yaml:79:7
%10376 = broadcast %10375 : f32[24,16] @ models/lib/nn.yaml:79:7
%10377 = mul %10366, %10376 : f32[24,16] @ models/lib/nn.yaml:79:7
%10378 = broadcast %10374 : bool[24,16] @ models/lib/nn.yaml:79:7
%10379 = select %10378, %10377, %10366 : f32[24,16] @ models/lib/nn.yaml:79:7
%10380 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10381 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10382 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10383 = add %10382, %6732 : i64[] @ models/lib/nn.yaml:79:7
%10384 = mul %77, %9967 : f32[24,16] @ models/lib/nn.yaml:79:7
%10385 = mul %10379, %9969 : f32[24,16] @ models/lib/nn.yaml:79:7
%10386 = mul %10380, %9971 : f32[24,16] @ models/lib/nn.yaml:79:7
%10387 = add %10386, %10385 : f32[24,16] @ models/lib/nn.yaml:79:7
%10388 = mul %10379, %10379 : f32[24,16] @ models/lib/nn.yaml:79:7
%10389 = mul %10388, %9975 : f32[24,16] @ models/lib/nn.yaml:79:7
%10390 = mul %10381, %9977 : f32[24,16] @ models/lib/nn.yaml:79:7
%10391 = add %10390, %10389 : f32[24,16] @ models/lib/nn.yaml:79:7
%10392 = cast %10383 : f64[] @ models/lib/nn.yaml:79:7
%10393 = pow %6741, %10392 : f64[] @ models/lib/nn.yaml:79:7
%10394 = sub %6722, %10393 : f64[] @ models/lib/nn.yaml:79:7
%10395 = div %4159, %10394 : f64[] @ models/lib/nn.yaml:79:7
%10396 = pow %6749, %10392 : f64[] @ models/lib/nn.yaml:79:7
%10397 = sub %6722, %10396 : f64[] @ models/lib/nn.yaml:79:7
%10398 = sqrt %10397 : f64[] @ models/lib/nn.yaml:79:7
%10399 = div %6722, %10398 : f64[] @ models/lib/nn.yaml:79:7
%10400 = sqrt %10391 : f32[24,16] @ models/lib/nn.yaml:79:7
%10401 = cast %10399 : f32[] @ models/lib/nn.yaml:79:7
%10402 = broadcast %10401 : f32[24,16] @ models/lib/nn.yaml:79:7
%10403 = mul %10400, %10402 : f32[24,16] @ models/lib/nn.yaml:79:7
%10404 = add %10403, %9992 : f32[24,16] @ models/lib/nn.yaml:79:7
%10405 = div %10387, %10404 : f32[24,16] @ models/lib/nn.yaml:79:7
%10406 = cast %10395 : f32[] @ models/lib/nn.yaml:79:7
%10407 = broadcast %10406 : f32[24,16] @ models/lib/nn.yaml:79:7
%10408 = mul %10405, %10407 : f32[24,16] @ models/lib/nn.yaml:79:7
%10409 = sub %10384, %10408 : f32[24,16] @ models/lib/nn.yaml:79:7
%10410 = assign %77, %10409 : f32[24,16] @ models/lib/nn.yaml:79:7
%10411 = assign %10380, %10387 : f32[24,16] @ models/lib/nn.yaml:79:7
%10412 = assign %10381, %10391 : f32[24,16] @ models/lib/nn.yaml:79:7
%10413 = assign %10382, %10383 : i64[] @ models/lib/nn.yaml:79:7
%10414 = mul %155, %10003 : f32[24,16] @ models/lib/nn.yaml:79:7
%10415 = mul %10409, %10005 : f32[24,16] @ models/lib/nn.yaml:79:7
%10416 = add %10414, %10415 : f32[24,16] @ models/lib/nn.yaml:79:7
%10417 = assign %155, %10416 : f32[24,16] @ models/lib/nn.yaml:79:7
%10418 = all_reduce_sum %5537 : f32[24] @ models/lib/nn.yaml:80:7
%10419 = mul %10418, %10418 : f32[24] @ models/lib/nn.yaml:80:7
%10420 = reduce_sum %10419 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10421 = sqrt %10420 : f32[] @ models/lib/nn.yaml:80:7
%10422 = cast %10421 : f64[] @ models/lib/nn.yaml:80:7
%10423 = add %10422, %6718 : f64[] @ models/lib/nn.yaml:80:7
%10424 = div %6720, %10423 : f64[] @ models/lib/nn.yaml:80:7
%10425 = lt %10424, %6722 : bool[] @ models/lib/nn.yaml:80:7
%10426 = cast %10424 : f32[] @ models/lib/nn.yaml:80:7
%10427 = broadcast %10426 : f32[24] @ models/lib/nn.yaml:80:7
%10428 = mul %10418, %10427 : f32[24] @ models/lib/nn.yaml:80:7
%10429 = broadcast %10425 : bool[24] @ models/lib/nn.yaml:80:7
%10430 = select %10429, %10428, %10418 : f32[24] @ models/lib/nn.yaml:80:7
%10431 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10432 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10433 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10434 = add %10433, %6732 : i64[] @ models/lib/nn.yaml:80:7
%10435 = mul %10430, %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10436 = mul %10431, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10437 = add %10436, %10435 : f32[24] @ models/lib/nn.yaml:80:7
%10438 = mul %10430, %10430 : f32[24] @ models/lib/nn.yaml:80:7
%10439 = mul %10438, %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10440 = mul %10432, %10034 : f32[24] @ models/lib/nn.yaml:80:7
%10441 = add %10440, %10439 : f32[24] @ models/lib/nn.yaml:80:7
%10442 = cast %10434 : f64[] @ models/lib/nn.yaml:80:7
%10443 = pow %6741, %10442 : f64[] @ models/lib/nn.yaml:80:7
%10444 = sub %6722, %10443 : f64[] @ models/lib/nn.yaml:80:7
%10445 = div %4159, %10444 : f64[] @ models/lib/nn.yaml:80:7
%10446 = pow %6749, %10442 : f64[] @ models/lib/nn.yaml:80:7
%10447 = sub %6722, %10446 : f64[] @ models/lib/nn.yaml:80:7
%10448 = sqrt %10447 : f64[] @ models/lib/nn.yaml:80:7
%10449 = div %6722, %10448 : f64[] @ models/lib/nn.yaml:80:7
%10450 = sqrt %10441 : f32[24] @ models/lib/nn.yaml:80:7
%10451 = cast %10449 : f32[] @ models/lib/nn.yaml:80:7
%10452 = broadcast %10451 : f32[24] @ models/lib/nn.yaml:80:7
%10453 = mul %10450, %10452 : f32[24] @ models/lib/nn.yaml:80:7
%10454 = add %10453, %10049 : f32[24] @ models/lib/nn.yaml:80:7
%10455 = div %10437, %10454 : f32[24] @ models/lib/nn.yaml:80:7
%10456 = cast %10445 : f32[] @ models/lib/nn.yaml:80:7
%10457 = broadcast %10456 : f32[24] @ models/lib/nn.yaml:80:7
%10458 = mul %10455, %10457 : f32[24] @ models/lib/nn.yaml:80:7
%10459 = sub %78, %10458 : f32[24] @ models/lib/nn.yaml:80:7
%10460 = assign %78, %10459 : f32[24] @ models/lib/nn.yaml:80:7
%10461 = assign %10431, %10437 : f32[24] @ models/lib/nn.yaml:80:7
%10462 = assign %10432, %10441 : f32[24] @ models/lib/nn.yaml:80:7
%10463 = assign %10433, %10434 : i64[] @ models/lib/nn.yaml:80:7
%10464 = mul %156, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10465 = mul %10459, %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10466 = add %10464, %10465 : f32[24] @ models/lib/nn.yaml:80:7
%10467 = assign %156, %10466 : f32[24] @ models/lib/nn.yaml:80:7
%10468 = all_reduce_sum %5509 : f32[24,24] @ models/lib/nn.yaml:79:7
%10469 = reshape %10468 : f32[576] @ models/lib/nn.yaml:79:7
%10470 = mul %10469, %10469 : f32[576] @ models/lib/nn.yaml:79:7
%10471 = reduce_sum %10470 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10472 = sqrt %10471 : f32[] @ models/lib/nn.yaml:79:7
%10473 = cast %10472 : f64[] @ models/lib/nn.yaml:79:7
%10474 = add %10473, %6718 : f64[] @ models/lib/nn.yaml:79:7
%10475 = div %6720, %10474 : f64[] @ models/lib/nn.yaml:79:7
%10476 = lt %10475, %6722 : bool[] @ models/lib/nn.yaml:79:7
%10477 = cast %10475 : f32[] @ models/lib/nn.yaml:79:7
%10478 = broadcast %10477 : f32[24,24] @ models/lib/nn.yaml:79:7
%10479 = mul %10468, %10478 : f32[24,24] @ models/lib/nn.yaml:79:7
%10480 = broadcast %10476 : bool[24,24] @ models/lib/nn.yaml:79:7
%10481 = select %10480, %10479, %10468 : f32[24,24] @ models/lib/nn.yaml:79:7
%10482 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10483 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10484 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10485 = add %10484, %6732 : i64[] @ models/lib/nn.yaml:79:7
%10486 = mul %79, %10084 : f32[24,24] @ models/lib/nn.yaml:79:7
%10487 = mul %10481, %10086 : f32[24,24] @ models/lib/nn.yaml:79:7
%10488 = mul %10482, %10088 : f32[24,24] @ models/lib/nn.yaml:79:7
%10489 = add %10488, %10487 : f32[24,24] @ models/lib/nn.yaml:79:7
%10490 = mul %10481, %10481 : f32[24,24] @ models/lib/nn.yaml:79:7
%10491 = mul %10490, %10092 : f32[24,24] @ models/lib/nn.yaml:79:7
%10492 = mul %10483, %10094 : f32[24,24] @ models/lib/nn.yaml:79:7
%10493 = add %10492, %10491 : f32[24,24] @ models/lib/nn.yaml:79:7
%10494 = cast %10485 : f64[] @ models/lib/nn.yaml:79:7
%10495 = pow %6741, %10494 : f64[] @ models/lib/nn.yaml:79:7
%10496 = sub %6722, %10495 : f64[] @ models/lib/nn.yaml:79:7
%10497 = div %4159, %10496 : f64[] @ models/lib/nn.yaml:79:7
%10498 = pow %6749, %10494 : f64[] @ models/lib/nn.yaml:79:7
%10499 = sub %6722, %10498 : f64[] @ models/lib/nn.yaml:79:7
%10500 = sqrt %10499 : f64[] @ models/lib/nn.yaml:79:7
%10501 = div %6722, %10500 : f64[] @ models/lib/nn.yaml:79:7
%10502 = sqrt %10493 : f32[24,24] @ models/lib/nn.yaml:79:7
%10503 = cast %10501 : f32[] @ models/lib/nn.yaml:79:7
%10504 = broadcast %10503 : f32[24,24] @ models/lib/nn.yaml:79:7
%10505 = mul %10502, %10504 : f32[24,24] @ models/lib/nn.yaml:79:7
%10506 = add %10505, %10109 : f32[24,24] @ models/lib/nn.yaml:79:7
%10507 = div %10489, %10506 : f32[24,24] @ models/lib/nn.yaml:79:7
%10508 = cast %10497 : f32[] @ models/lib/nn.yaml:79:7
%10509 = broadcast %10508 : f32[24,24] @ models/lib/nn.yaml:79:7
%10510 = mul %10507, %10509 : f32[24,24] @ models/lib/nn.yaml:79:7
%10511 = sub %10486, %10510 : f32[24,24] @ models/lib/nn.yaml:79:7
%10512 = assign %79, %10511 : f32[24,24] @ models/lib/nn.yaml:79:7
%10513 = assign %10482, %10489 : f32[24,24] @ models/lib/nn.yaml:79:7
%10514 = assign %10483, %10493 : f32[24,24] @ models/lib/nn.yaml:79:7
%10515 = assign %10484, %10485 : i64[] @ models/lib/nn.yaml:79:7
%10516 = mul %157, %10120 : f32[24,24] @ models/lib/nn.yaml:79:7
%10517 = mul %10511, %10122 : f32[24,24] @ models/lib/nn.yaml:79:7
%10518 = add %10516, %10517 : f32[24,24] @ models/lib/nn.yaml:79:7
%10519 = assign %157, %10518 : f32[24,24] @ models/lib/nn.yaml:79:7
%10520 = all_reduce_sum %5501 : f32[24] @ models/lib/nn.yaml:80:7
%10521 = mul %10520, %10520 : f32[24] @ models/lib/nn.yaml:80:7
%10522 = reduce_sum %10521 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10523 = sqrt %10522 : f32[] @ models/lib/nn.yaml:80:7
%10524 = cast %10523 : f64[] @ models/lib/nn.yaml:80:7
%10525 = add %10524, %6718 : f64[] @ models/lib/nn.yaml:80:7
%10526 = div %6720, %10525 : f64[] @ models/lib/nn.yaml:80:7
%10527 = lt %10526, %6722 : bool[] @ models/lib/nn.yaml:80:7
%10528 = cast %10526 : f32[] @ models/lib/nn.yaml:80:7
%10529 = broadcast %10528 : f32[24] @ models/lib/nn.yaml:80:7
%10530 = mul %10520, %10529 : f32[24] @ models/lib/nn.yaml:80:7
%10531 = broadcast %10527 : bool[24] @ models/lib/nn.yaml:80:7
%10532 = select %10531, %10530, %10520 : f32[24] @ models/lib/nn.yaml:80:7
%10533 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10534 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10535 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10536 = add %10535, %6732 : i64[] @ models/lib/nn.yaml:80:7
%10537 = mul %10532, %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10538 = mul %10533, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10539 = add %10538, %10537 : f32[24] @ models/lib/nn.yaml:80:7
%10540 = mul %10532, %10532 : f32[24] @ models/lib/nn.yaml:80:7
%10541 = mul %10540, %10032 : f32[24] @ models/lib/nn.yaml:80:7
%10542 = mul %10534, %10034 : f32[24] @ models/lib/nn.yaml:80:7
%10543 = add %10542, %10541 : f32[24] @ models/lib/nn.yaml:80:7
%10544 = cast %10536 : f64[] @ models/lib/nn.yaml:80:7
%10545 = pow %6741, %10544 : f64[] @ models/lib/nn.yaml:80:7
%10546 = sub %6722, %10545 : f64[] @ models/lib/nn.yaml:80:7
%10547 = div %4159, %10546 : f64[] @ models/lib/nn.yaml:80:7
%10548 = pow %6749, %10544 : f64[] @ models/lib/nn.yaml:80:7
%10549 = sub %6722, %10548 : f64[] @ models/lib/nn.yaml:80:7
%10550 = sqrt %10549 : f64[] @ models/lib/nn.yaml:80:7
%10551 = div %6722, %10550 : f64[] @ models/lib/nn.yaml:80:7
%10552 = sqrt %10543 : f32[24] @ models/lib/nn.yaml:80:7
%10553 = cast %10551 : f32[] @ models/lib/nn.yaml:80:7
%10554 = broadcast %10553 : f32[24] @ models/lib/nn.yaml:80:7
%10555 = mul %10552, %10554 : f32[24] @ models/lib/nn.yaml:80:7
%10556 = add %10555, %10049 : f32[24] @ models/lib/nn.yaml:80:7
%10557 = div %10539, %10556 : f32[24] @ models/lib/nn.yaml:80:7
%10558 = cast %10547 : f32[] @ models/lib/nn.yaml:80:7
%10559 = broadcast %10558 : f32[24] @ models/lib/nn.yaml:80:7
%10560 = mul %10557, %10559 : f32[24] @ models/lib/nn.yaml:80:7
%10561 = sub %80, %10560 : f32[24] @ models/lib/nn.yaml:80:7
%10562 = assign %80, %10561 : f32[24] @ models/lib/nn.yaml:80:7
%10563 = assign %10533, %10539 : f32[24] @ models/lib/nn.yaml:80:7
%10564 = assign %10534, %10543 : f32[24] @ models/lib/nn.yaml:80:7
%10565 = assign %10535, %10536 : i64[] @ models/lib/nn.yaml:80:7
%10566 = mul %158, %10060 : f32[24] @ models/lib/nn.yaml:80:7
%10567 = mul %10561, %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10568 = add %10566, %10567 : f32[24] @ models/lib/nn.yaml:80:7
%10569 = assign %158, %10568 : f32[24] @ models/lib/nn.yaml:80:7
%10570 = all_reduce_sum %5472 : f32[8,24] @ models/lib/nn.yaml:79:7
%10571 = reshape %10570 : f32[192] @ models/lib/nn.yaml:79:7
%10572 = mul %10571, %10571 : f32[192] @ models/lib/nn.yaml:79:7
%10573 = reduce_sum %10572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10574 = sqrt %10573 : f32[] @ models/lib/nn.yaml:79:7
%10575 = cast %10574 : f64[] @ models/lib/nn.yaml:79:7
%10576 = add %10575, %6718 : f64[] @ models/lib/nn.yaml:79:7
%10577 = div %6720, %10576 : f64[] @ models/lib/nn.yaml:79:7
%10578 = lt %10577, %6722 : bool[] @ models/lib/nn.yaml:79:7
%10579 = cast %10577 : f32[] @ models/lib/nn.yaml:79:7
%10580 = broadcast %10579 : f32[8,24] @ models/lib/nn.yaml:79:7
%10581 = mul %10570, %10580 : f32[8,24] @ models/lib/nn.yaml:79:7
%10582 = broadcast %10578 : bool[8,24] @ models/lib/nn.yaml:79:7
%10583 = select %10582, %10581, %10570 : f32[8,24] @ models/lib/nn.yaml:79:7
%10584 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10585 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10586 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10587 = add %10586, %6732 : i64[] @ models/lib/nn.yaml:79:7
%10588 = mul %81, %10194 : f32[8,24] @ models/lib/nn.yaml:79:7
%10589 = mul %10583, %10196 : f32[8,24] @ models/lib/nn.yaml:79:7
%10590 = mul %10584, %10198 : f32[8,24] @ models/lib/nn.yaml:79:7
%10591 = add %10590, %10589 : f32[8,24] @ models/lib/nn.yaml:79:7
%10592 = mul %10583, %10583 : f32[8,24] @ models/lib/nn.yaml:79:7
%10593 = mul %10592, %10202 : f32[8,24] @ models/lib/nn.yaml:79:7
%10594 = mul %10585, %10204 : f32[8,24] @ models/lib/nn.yaml:79:7
%10595 = add %10594, %10593 : f32[8,24] @ models/lib/nn.yaml:79:7
%10596 = cast %10587 : f64[] @ models/lib/nn.yaml:79:7
%10597 = pow %6741, %10596 : f64[] @ models/lib/nn.yaml:79:7
%10598 = sub %6722, %10597 : f64[] @ models/lib/nn.yaml:79:7
%10599 = div %4159, %10598 : f64[] @ models/lib/nn.yaml:79:7
%10600 = pow %6749, %10596 : f64[] @ models/lib/nn.yaml:79:7
%10601 = sub %6722, %10600 : f64[] @ models/lib/nn.yaml:79:7
%10602 = sqrt %10601 : f64[] @ models/lib/nn.yaml:79:7
%10603 = div %6722, %10602 : f64[] @ models/lib/nn.yaml:79:7
%10604 = sqrt %10595 : f32[8,24] @ models/lib/nn.yaml:79:7
%10605 = cast %10603 : f32[] @ models/lib/nn.yaml:79:7
%10606 = broadcast %10605 : f32[8,24] @ models/lib/nn.yaml:79:7
%10607 = mul %10604, %10606 : f32[8,24] @ models/lib/nn.yaml:79:7
%10608 = add %10607, %10219 : f32[8,24] @ models/lib/nn.yaml:79:7
%10609 = div %10591, %10608 : f32[8,24] @ models/lib/nn.yaml:79:7
%10610 = cast %10599 : f32[] @ models/lib/nn.yaml:79:7
%10611 = broadcast %10610 : f32[8,24] @ models/lib/nn.yaml:79:7
%10612 = mul %10609, %10611 : f32[8,24] @ models/lib/nn.yaml:79:7
%10613 = sub %10588, %10612 : f32[8,24] @ models/lib/nn.yaml:79:7
%10614 = assign %81, %10613 : f32[8,24] @ models/lib/nn.yaml:79:7
%10615 = assign %10584, %10591 : f32[8,24] @ models/lib/nn.yaml:79:7
%10616 = assign %10585, %10595 : f32[8,24] @ models/lib/nn.yaml:79:7
%10617 = assign %10586, %10587 : i64[] @ models/lib/nn.yaml:79:7
%10618 = mul %159, %10230 : f32[8,24] @ models/lib/nn.yaml:79:7
%10619 = mul %10613, %10232 : f32[8,24] @ models/lib/nn.yaml:79:7
%10620 = add %10618, %10619 : f32[8,24] @ models/lib/nn.yaml:79:7
%10621 = assign %159, %10620 : f32[8,24] @ models/lib/nn.yaml:79:7
%10622 = all_reduce_sum %5464 : f32[8] @ models/lib/nn.yaml:80:7
%10623 = mul %10622, %10622 : f32[8] @ models/lib/nn.yaml:80:7
%10624 = reduce_sum %10623 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10625 = sqrt %10624 : f32[] @ models/lib/nn.yaml:80:7
%10626 = cast %10625 : f64[] @ models/lib/nn.yaml:80:7
%10627 = add %10626, %6718 : f64[] @ models/lib/nn.yaml:80:7
%10628 = div %6720, %10627 : f64[] @ models/lib/nn.yaml:80:7
%10629 = lt %10628, %6722 : bool[] @ models/lib/nn.yaml:80:7
%10630 = cast %10628 : f32[] @ models/lib/nn.yaml:80:7
%10631 = broadcast %10630 : f32[8] @ models/lib/nn.yaml:80:7
%10632 = mul %10622, %10631 : f32[8] @ models/lib/nn.yaml:80:7
%10633 = broadcast %10629 : bool[8] @ models/lib/nn.yaml:80:7
%10634 = select %10633, %10632, %10622 : f32[8] @ models/lib/nn.yaml:80:7
%10635 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10636 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10637 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10638 = add %10637, %6732 : i64[] @ models/lib/nn.yaml:80:7
%10639 = mul %10634, %10253 : f32[8] @ models/lib/nn.yaml:80:7
%10640 = mul %10635, %10255 : f32[8] @ models/lib/nn.yaml:80:7
%10641 = add %10640, %10639 : f32[8] @ models/lib/nn.yaml:80:7
%10642 = mul %10634, %10634 : f32[8] @ models/lib/nn.yaml:80:7
%10643 = mul %10642, %10259 : f32[8] @ models/lib/nn.yaml:80:7
%10644 = mul %10636, %10261 : f32[8] @ models/lib/nn.yaml:80:7
%10645 = add %10644, %10643 : f32[8] @ models/lib/nn.yaml:80:7
%10646 = cast %10638 : f64[] @ models/lib/nn.yaml:80:7
%10647 = pow %6741, %10646 : f64[] @ models/lib/nn.yaml:80:7
%10648 = sub %6722, %10647 : f64[] @ models/lib/nn.yaml:80:7
%10649 = div %4159, %10648 : f64[] @ models/lib/nn.yaml:80:7
%10650 = pow %6749, %10646 : f64[] @ models/lib/nn.yaml:80:7
%10651 = sub %6722, %10650 : f64[] @ models/lib/nn.yaml:80:7
%10652 = sqrt %10651 : f64[] @ models/lib/nn.yaml:80:7
%10653 = div %6722, %10652 : f64[] @ models/lib/nn.yaml:80:7
%10654 = sqrt %10645 : f32[8] @ models/lib/nn.yaml:80:7
%10655 = cast %10653 : f32[] @ models/lib/nn.yaml:80:7
%10656 = broadcast %10655 : f32[8] @ models/lib/nn.yaml:80:7
%10657 = mul %10654, %10656 : f32[8] @ models/lib/nn.yaml:80:7
%10658 = add %10657, %10276 : f32[8] @ models/lib/nn.yaml:80:7
%10659 = div %10641, %10658 : f32[8] @ models/lib/nn.yaml:80:7
%10660 = cast %10649 : f32[] @ models/lib/nn.yaml:80:7
%10661 = broadcast %10660 : f32[8] @ models/lib/nn.yaml:80:7
%10662 = mul %10659, %10661 : f32[8] @ models/lib/nn.yaml:80:7
%10663 = sub %82, %10662 : f32[8] @ models/lib/nn.yaml:80:7
%10664 = assign %82, %10663 : f32[8] @ models/lib/nn.yaml:80:7
%10665 = assign %10635, %10641 : f32[8] @ models/lib/nn.yaml:80:7
%10666 = assign %10636, %10645 : f32[8] @ models/lib/nn.yaml:80:7
%10667 = assign %10637, %10638 : i64[] @ models/lib/nn.yaml:80:7
%10668 = mul %160, %10287 : f32[8] @ models/lib/nn.yaml:80:7
%10669 = mul %10663, %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10670 = add %10668, %10669 : f32[8] @ models/lib/nn.yaml:80:7
%10671 = assign %160, %10670 : f32[8] @ models/lib/nn.yaml:80:7
%10672 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10673 = mul %161, %10672 : f32[16,1] @ models/lib/dino.yaml:18:7
%10674 = broadcast %6781 : f32[16,1] @ models/lib/dino.yaml:18:7
%10675 = mul %83, %10674 : f32[16,1] @ models/lib/dino.yaml:18:7
%10676 = add %10673, %10675 : f32[16,1] @ models/lib/dino.yaml:18:7
%10677 = assign %161, %10676 : f32[16,1] @ models/lib/dino.yaml:18:7
%10678 = all_reduce_sum %5435 : f32[16,8] @ models/lib/dino.yaml:19:7
%10679 = reshape %10678 : f32[128] @ models/lib/dino.yaml:19:7
%10680 = mul %10679, %10679 : f32[128] @ models/lib/dino.yaml:19:7
%10681 = reduce_sum %10680 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10682 = sqrt %10681 : f32[] @ models/lib/dino.yaml:19:7
%10683 = cast %10682 : f64[] @ models/lib/dino.yaml:19:7
%10684 = add %10683, %6718 : f64[] @ models/lib/dino.yaml:19:7
%10685 = div %6720, %10684 : f64[] @ models/lib/dino.yaml:19:7
%10686 = lt %10685, %6722 : bool[] @ models/lib/dino.yaml:19:7
%10687 = cast %10685 : f32[] @ models/lib/dino.yaml:19:7
%10688 = broadcast %10687 : f32[16,8] @ models/lib/dino.yaml:19:7
%10689 = mul %10678, %10688 : f32[16,8] @ models/lib/dino.yaml:19:7
%10690 = broadcast %10686 : bool[16,8] @ models/lib/dino.yaml:19:7
%10691 = select %10690, %10689, %10678 : f32[16,8] @ models/lib/dino.yaml:19:7
%10692 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10693 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10694 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10695 = add %10694, %6732 : i64[] @ models/lib/dino.yaml:19:7
%10696 = broadcast %6736 : f32[16,8] @ models/lib/dino.yaml:19:7
%10697 = mul %84, %10696 : f32[16,8] @ models/lib/dino.yaml:19:7
%10698 = broadcast %3852 : f32[16,8] @ models/lib/dino.yaml:19:7
%10699 = mul %10691, %10698 : f32[16,8] @ models/lib/dino.yaml:19:7
%10700 = broadcast %2640 : f32[16,8] @ models/lib/dino.yaml:19:7
%10701 = mul %10692, %10700 : f32[16,8] @ models/lib/dino.yaml:19:7
%10702 = add %10701, %10699 : f32[16,8] @ models/lib/dino.yaml:19:7
%10703 = mul %10691, %10691 : f32[16,8] @ models/lib/dino.yaml:19:7
%10704 = broadcast %6746 : f32[16,8] @ models/lib/dino.yaml:19:7
%10705 = mul %10703, %10704 : f32[16,8] @ models/lib/dino.yaml:19:7
%10706 = broadcast %6750 : f32[16,8] @ models/lib/dino.yaml:19:7
%10707 = mul %10693, %10706 : f32[16,8] @ models/lib/dino.yaml:19:7
%10708 = add %10707, %10705 : f32[16,8] @ models/lib/dino.yaml:19:7
%10709 = cast %10695 : f64[] @ models/lib/dino.yaml:19:7
%10710 = pow %6741, %10709 : f64[] @ models/lib/dino.yaml:19:7
%10711 = sub %6722, %10710 : f64[] @ models/lib/dino.yaml:19:7
%10712 = div %4159, %10711 : f64[] @ models/lib/dino.yaml:19:7
%10713 = pow %6749, %10709 : f64[] @ models/lib/dino.yaml:19:7
%10714 = sub %6722, %10713 : f64[] @ models/lib/dino.yaml:19:7
%10715 = sqrt %10714 : f64[] @ models/lib/dino.yaml:19:7
%10716 = div %6722, %10715 : f64[] @ models/lib/dino.yaml:19:7
%10717 = sqrt %10708 : f32[16,8] @ models/lib/dino.yaml:19:7
%10718 = cast %10716 : f32[] @ models/lib/dino.yaml:19:7
%10719 = broadcast %10718 : f32[16,8] @ models/lib/dino.yaml:19:7
%10720 = mul %10717, %10719 : f32[16,8] @ models/lib/dino.yaml:19:7
%10721 = broadcast %6766 : f32[16,8] @ models/lib/dino.yaml:19:7
%10722 = add %10720, %10721 : f32[16,8] @ models/lib/dino.yaml:19:7
%10723 = div %10702, %10722 : f32[16,8] @ models/lib/dino.yaml:19:7
%10724 = cast %10712 : f32[] @ models/lib/dino.yaml:19:7
%10725 = broadcast %10724 : f32[16,8] @ models/lib/dino.yaml:19:7
%10726 = mul %10723, %10725 : f32[16,8] @ models/lib/dino.yaml:19:7
%10727 = sub %10697, %10726 : f32[16,8] @ models/lib/dino.yaml:19:7
%10728 = broadcast %10350 : bool[16,8] @ models/lib/dino.yaml:19:7
%10729 = select %10728, %84, %10727 : f32[16,8] @ models/lib/dino.yaml:19:7
%10730 = select %10728, %10692, %10702 : f32[16,8] @ models/lib/dino.yaml:19:7
%10731 = select %10728, %10693, %10708 : f32[16,8] @ models/lib/dino.yaml:19:7
%10732 = select %10350, %10694, %10695 : i64[] @ models/lib/dino.yaml:19:7
%10733 = assign %84, %10729 : f32[16,8] @ models/lib/dino.yaml:19:7
%10734 = assign %10692, %10730 : f32[16,8] @ models/lib/dino.yaml:19:7
%10735 = assign %10693, %10731 : f32[16,8] @ models/lib/dino.yaml:19:7
%10736 = assign %10694, %10732 : i64[] @ models/lib/dino.yaml:19:7
%10737 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10738 = mul %162, %10737 : f32[16,8] @ models/lib/dino.yaml:19:7
%10739 = broadcast %6781 : f32[16,8] @ models/lib/dino.yaml:19:7
%10740 = mul %10729, %10739 : f32[16,8] @ models/lib/dino.yaml:19:7
%10741 = add %10738, %10740 : f32[16,8] @ models/lib/dino.yaml:19:7
%10742 = assign %162, %10741 : f32[16,8] @ models/lib/dino.yaml:19:7
%10743 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10744 = abs %4122 : f32[] @ models/dino_pass.yaml:149:3
%10745 = lt %10744, %10743 : bool[] @ models/dino_pass.yaml:149:3
%10746 = output %10745 name="finite" : bool[] @ models/dino_pass.yaml:149:3
