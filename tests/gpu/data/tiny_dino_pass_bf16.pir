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
%185 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%186 = broadcast %185 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%187 = div %184, %186 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%188 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%189 = broadcast %188 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%190 = add %187, %189 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%191 = rsqrt %190 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%192 = broadcast %191 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%193 = mul %182, %192 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%194 = broadcast %88 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%195 = mul %193, %194 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%196 = broadcast %89 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%197 = add %195, %196 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%198 = cast %197 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%199 = cast %90 : bf16[48,16] @ models/lib/nn.yaml:83:15
%200 = matmul %198, %199 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%201 = broadcast %91 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%202 = cast %200 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%203 = add %202, %201 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%204 = reshape %203 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%205 = permute %204 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%206 = slice %205 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%207 = reshape %206 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%208 = slice %205 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%209 = reshape %208 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%210 = slice %205 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%211 = reshape %210 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%212 = cast %207 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%213 = cast %209 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%214 = cast %212 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%215 = cast %213 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%216 = permute %215 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%217 = reshape %214 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%219 = reshape %216 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%220 = broadcast %219 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%221 = mul %218, %220 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%222 = reduce_sum %221 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%223 = cast %222 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%224 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%225 = broadcast %224 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%226 = cast %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%227 = mul %226, %225 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%228 = reduce_max %227 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%229 = stop_gradient %228 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%230 = broadcast %229 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%231 = sub %227, %230 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%232 = exp %231 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%233 = reduce_sum %232 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%234 = broadcast %233 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%235 = div %232, %234 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%236 = cast %235 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%237 = cast %211 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%238 = cast %236 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%239 = cast %237 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%240 = reshape %238 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%241 = broadcast %240 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%242 = reshape %239 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%243 = broadcast %242 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%244 = mul %241, %243 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%245 = reduce_sum %244 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%246 = cast %245 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%247 = permute %246 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%248 = reshape %247 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%249 = cast %92 : bf16[16,16] @ models/lib/nn.yaml:83:15
%250 = matmul %248, %249 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%251 = broadcast %93 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%252 = cast %250 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%253 = add %252, %251 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%254 = add %176, %253 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%255 = reduce_sum %254 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%256 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%257 = broadcast %256 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%258 = div %255, %257 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%259 = broadcast %258 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%260 = sub %254, %259 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%261 = mul %260, %260 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%262 = reduce_sum %261 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%263 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%264 = broadcast %263 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%265 = div %262, %264 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%266 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%267 = broadcast %266 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%268 = add %265, %267 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%269 = rsqrt %268 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%270 = broadcast %269 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%271 = mul %260, %270 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%272 = broadcast %94 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%273 = mul %271, %272 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%274 = broadcast %95 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%275 = add %273, %274 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%276 = cast %275 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%277 = cast %96 : bf16[64,16] @ models/lib/nn.yaml:83:15
%278 = matmul %276, %277 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%279 = broadcast %97 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%280 = cast %278 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%281 = add %280, %279 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%282 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%283 = broadcast %282 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%284 = mul %283, %281 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%285 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%286 = broadcast %285 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%287 = mul %281, %286 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%288 = erf %287 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%289 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%290 = broadcast %289 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%291 = add %290, %288 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%292 = mul %284, %291 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%293 = cast %292 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%294 = cast %98 : bf16[16,64] @ models/lib/nn.yaml:83:15
%295 = matmul %293, %294 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%296 = broadcast %99 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%297 = cast %295 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%298 = add %297, %296 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%299 = add %254, %298 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%300 = reduce_sum %299 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%301 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%302 = broadcast %301 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%303 = div %300, %302 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%304 = broadcast %303 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%305 = sub %299, %304 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%306 = mul %305, %305 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%307 = reduce_sum %306 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%308 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%309 = broadcast %308 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%310 = div %307, %309 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%311 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%312 = broadcast %311 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%313 = add %310, %312 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%314 = rsqrt %313 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%315 = broadcast %314 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%316 = mul %305, %315 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%317 = broadcast %100 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%318 = mul %316, %317 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%319 = broadcast %101 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%320 = add %318, %319 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%321 = cast %320 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%322 = cast %102 : bf16[48,16] @ models/lib/nn.yaml:83:15
%323 = matmul %321, %322 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%324 = broadcast %103 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%325 = cast %323 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%326 = add %325, %324 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%327 = reshape %326 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%328 = permute %327 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%329 = slice %328 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%330 = reshape %329 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%331 = slice %328 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%332 = reshape %331 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%333 = slice %328 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%334 = reshape %333 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%335 = cast %330 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%336 = cast %332 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%337 = cast %335 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%338 = cast %336 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%339 = permute %338 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%340 = reshape %337 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%341 = broadcast %340 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%342 = reshape %339 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%343 = broadcast %342 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%344 = mul %341, %343 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%345 = reduce_sum %344 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%346 = cast %345 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%347 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%348 = broadcast %347 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%349 = cast %346 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%350 = mul %349, %348 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%351 = reduce_max %350 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%352 = stop_gradient %351 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%353 = broadcast %352 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%354 = sub %350, %353 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%355 = exp %354 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%356 = reduce_sum %355 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%357 = broadcast %356 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%358 = div %355, %357 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%359 = cast %358 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%360 = cast %334 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%361 = cast %359 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%362 = cast %360 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%363 = reshape %361 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%364 = broadcast %363 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%365 = reshape %362 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%366 = broadcast %365 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%367 = mul %364, %366 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%368 = reduce_sum %367 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%369 = cast %368 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%370 = permute %369 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%371 = reshape %370 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%372 = cast %104 : bf16[16,16] @ models/lib/nn.yaml:83:15
%373 = matmul %371, %372 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%374 = broadcast %105 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%375 = cast %373 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%376 = add %375, %374 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%377 = add %299, %376 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%378 = reduce_sum %377 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%379 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%380 = broadcast %379 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%381 = div %378, %380 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%382 = broadcast %381 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%383 = sub %377, %382 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%384 = mul %383, %383 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%385 = reduce_sum %384 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%386 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%387 = broadcast %386 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%388 = div %385, %387 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%389 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%390 = broadcast %389 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%391 = add %388, %390 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%392 = rsqrt %391 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%393 = broadcast %392 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%394 = mul %383, %393 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%395 = broadcast %106 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%396 = mul %394, %395 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%397 = broadcast %107 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%398 = add %396, %397 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%399 = cast %398 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%400 = cast %108 : bf16[64,16] @ models/lib/nn.yaml:83:15
%401 = matmul %399, %400 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%402 = broadcast %109 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%403 = cast %401 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%404 = add %403, %402 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%405 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%406 = broadcast %405 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%407 = mul %406, %404 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%408 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%409 = broadcast %408 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%410 = mul %404, %409 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%411 = erf %410 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%412 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%413 = broadcast %412 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%414 = add %413, %411 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%415 = mul %407, %414 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%416 = cast %415 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%417 = cast %110 : bf16[16,64] @ models/lib/nn.yaml:83:15
%418 = matmul %416, %417 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%419 = broadcast %111 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%420 = cast %418 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%421 = add %420, %419 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%422 = add %377, %421 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%423 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%424 = neighbor_topk_gather %422, %423 k=2 : f32[4,16,2,16] @ models/dino_pass.yaml:77:16
%425 = reshape %424 : f32[64,2,16] @ models/dino_pass.yaml:87:23
%426 = broadcast %112 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%427 = concat %426, %425 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%428 = reduce_sum %427 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%429 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%430 = broadcast %429 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%431 = div %428, %430 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%432 = broadcast %431 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%433 = sub %427, %432 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%434 = mul %433, %433 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%435 = reduce_sum %434 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%436 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%437 = broadcast %436 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%438 = div %435, %437 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%439 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%440 = broadcast %439 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%441 = add %438, %440 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%442 = rsqrt %441 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%443 = broadcast %442 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%444 = mul %433, %443 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%445 = broadcast %113 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%446 = mul %444, %445 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%447 = broadcast %114 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%448 = add %446, %447 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%449 = slice %448 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%450 = cast %449 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%451 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%452 = matmul %450, %451 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%453 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%454 = cast %452 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%455 = add %454, %453 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%456 = reshape %455 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%457 = permute %456 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%458 = cast %448 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%459 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%460 = matmul %458, %459 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%461 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%462 = cast %460 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%463 = add %462, %461 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%464 = reshape %463 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%465 = permute %464 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%466 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%467 = matmul %458, %466 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%468 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%469 = cast %467 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%470 = add %469, %468 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%471 = reshape %470 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%472 = permute %471 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%473 = cast %457 : bf16[64,2,1,8] @ models/lib/nn.yaml:55:23
%474 = cast %465 : bf16[64,2,3,8] @ models/lib/nn.yaml:55:23
%475 = cast %473 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%476 = cast %474 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%477 = permute %476 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%478 = reshape %475 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%479 = broadcast %478 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%480 = reshape %477 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%481 = broadcast %480 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%482 = mul %479, %481 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%483 = reduce_sum %482 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%484 = cast %483 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%485 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%486 = broadcast %485 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%487 = cast %484 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%488 = mul %487, %486 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%489 = reduce_max %488 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%490 = stop_gradient %489 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%491 = broadcast %490 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%492 = sub %488, %491 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%493 = exp %492 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%494 = reduce_sum %493 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%495 = broadcast %494 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%496 = div %493, %495 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%497 = cast %496 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%498 = cast %472 : bf16[64,2,3,8] @ models/lib/nn.yaml:56:23
%499 = cast %497 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%500 = cast %498 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%501 = reshape %499 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%502 = broadcast %501 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%503 = reshape %500 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%504 = broadcast %503 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%505 = mul %502, %504 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%506 = reduce_sum %505 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%507 = cast %506 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%508 = permute %507 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%509 = reshape %508 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%510 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%511 = matmul %509, %510 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%512 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%513 = cast %511 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%514 = add %513, %512 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%515 = add %426, %514 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%516 = reduce_sum %515 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%517 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%518 = broadcast %517 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%519 = div %516, %518 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%520 = broadcast %519 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%521 = sub %515, %520 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%522 = mul %521, %521 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%523 = reduce_sum %522 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%524 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%525 = broadcast %524 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%526 = div %523, %525 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%527 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%528 = broadcast %527 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%529 = add %526, %528 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%530 = rsqrt %529 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%531 = broadcast %530 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%532 = mul %521, %531 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%533 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%534 = mul %532, %533 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%535 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%536 = add %534, %535 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%537 = cast %536 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%538 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%539 = matmul %537, %538 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%540 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%541 = cast %539 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%542 = add %541, %540 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%543 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%544 = broadcast %543 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%545 = mul %544, %542 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%546 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%547 = broadcast %546 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%548 = mul %542, %547 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%549 = erf %548 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%550 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%551 = broadcast %550 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%552 = add %551, %549 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%553 = mul %545, %552 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%554 = cast %553 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%555 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%556 = matmul %554, %555 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%557 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%558 = cast %556 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%559 = add %558, %557 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%560 = add %515, %559 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%561 = concat %560, %425 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%562 = reduce_sum %561 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%563 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%564 = broadcast %563 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%565 = div %562, %564 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%566 = broadcast %565 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%567 = sub %561, %566 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%568 = mul %567, %567 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%569 = reduce_sum %568 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%570 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%571 = broadcast %570 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%572 = div %569, %571 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%573 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%574 = broadcast %573 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%575 = add %572, %574 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%576 = rsqrt %575 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%577 = broadcast %576 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%578 = mul %567, %577 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%579 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%580 = mul %578, %579 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%581 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%582 = add %580, %581 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%583 = slice %582 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%584 = cast %583 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%585 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%586 = matmul %584, %585 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%587 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%588 = cast %586 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%589 = add %588, %587 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%590 = reshape %589 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%591 = permute %590 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%592 = cast %582 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%593 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%594 = matmul %592, %593 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%595 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%596 = cast %594 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%597 = add %596, %595 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%598 = reshape %597 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%599 = permute %598 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%600 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%601 = matmul %592, %600 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%602 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%603 = cast %601 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%604 = add %603, %602 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%605 = reshape %604 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%606 = permute %605 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%607 = cast %591 : bf16[64,2,1,8] @ models/lib/nn.yaml:55:23
%608 = cast %599 : bf16[64,2,3,8] @ models/lib/nn.yaml:55:23
%609 = cast %607 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%610 = cast %608 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%611 = permute %610 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%612 = reshape %609 : f32[64,2,1,8,1] @ models/lib/nn.yaml:55:23
%613 = broadcast %612 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%614 = reshape %611 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%615 = broadcast %614 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%616 = mul %613, %615 : f32[64,2,1,8,3] @ models/lib/nn.yaml:55:23
%617 = reduce_sum %616 axes=[3] keep=0 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%618 = cast %617 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%619 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%620 = broadcast %619 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%621 = cast %618 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%622 = mul %621, %620 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%623 = reduce_max %622 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%624 = stop_gradient %623 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%625 = broadcast %624 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%626 = sub %622, %625 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%627 = exp %626 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%628 = reduce_sum %627 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%629 = broadcast %628 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%630 = div %627, %629 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%631 = cast %630 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%632 = cast %606 : bf16[64,2,3,8] @ models/lib/nn.yaml:56:23
%633 = cast %631 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%634 = cast %632 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%635 = reshape %633 : f32[64,2,1,3,1] @ models/lib/nn.yaml:56:23
%636 = broadcast %635 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%637 = reshape %634 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%638 = broadcast %637 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%639 = mul %636, %638 : f32[64,2,1,3,8] @ models/lib/nn.yaml:56:23
%640 = reduce_sum %639 axes=[3] keep=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%641 = cast %640 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%642 = permute %641 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%643 = reshape %642 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%644 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%645 = matmul %643, %644 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%646 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%647 = cast %645 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%648 = add %647, %646 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%649 = add %560, %648 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%650 = reduce_sum %649 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%651 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%652 = broadcast %651 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%653 = div %650, %652 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%654 = broadcast %653 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%655 = sub %649, %654 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%656 = mul %655, %655 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%657 = reduce_sum %656 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%658 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%659 = broadcast %658 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%660 = div %657, %659 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%661 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%662 = broadcast %661 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%663 = add %660, %662 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%664 = rsqrt %663 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%665 = broadcast %664 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%666 = mul %655, %665 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%667 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%668 = mul %666, %667 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%669 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%670 = add %668, %669 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%671 = cast %670 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%672 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%673 = matmul %671, %672 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%674 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%675 = cast %673 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%676 = add %675, %674 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%677 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%678 = broadcast %677 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%679 = mul %678, %676 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%680 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%681 = broadcast %680 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%682 = mul %676, %681 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%683 = erf %682 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%684 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%685 = broadcast %684 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%686 = add %685, %683 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%687 = mul %679, %686 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%688 = cast %687 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%689 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%690 = matmul %688, %689 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%691 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%692 = cast %690 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%693 = add %692, %691 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%694 = add %649, %693 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%695 = reshape %694 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%696 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%697 = concat %696, %422 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%698 = reduce_sum %697 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%699 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%700 = broadcast %699 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%701 = div %698, %700 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%702 = broadcast %701 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%703 = sub %697, %702 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%704 = mul %703, %703 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%705 = reduce_sum %704 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%706 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%707 = broadcast %706 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%708 = div %705, %707 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%709 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%710 = broadcast %709 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%711 = add %708, %710 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%712 = rsqrt %711 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%713 = broadcast %712 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%714 = mul %703, %713 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%715 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%716 = mul %714, %715 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%717 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%718 = add %716, %717 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%719 = slice %718 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%720 = cast %719 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%721 = matmul %720, %451 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%722 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%723 = cast %721 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%724 = add %723, %722 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%725 = reshape %724 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%726 = permute %725 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%727 = cast %718 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%728 = matmul %727, %459 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%729 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%730 = cast %728 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%731 = add %730, %729 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%732 = reshape %731 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%733 = permute %732 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%734 = matmul %727, %466 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%735 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%736 = cast %734 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%737 = add %736, %735 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%738 = reshape %737 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%739 = permute %738 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%740 = cast %726 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%741 = cast %733 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%742 = cast %740 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%743 = cast %741 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%744 = permute %743 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%745 = reshape %742 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%746 = broadcast %745 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%747 = reshape %744 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%748 = broadcast %747 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%749 = mul %746, %748 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%750 = reduce_sum %749 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%751 = cast %750 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%752 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%753 = broadcast %752 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%754 = cast %751 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%755 = mul %754, %753 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%756 = reduce_max %755 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%757 = stop_gradient %756 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%758 = broadcast %757 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%759 = sub %755, %758 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%760 = exp %759 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%761 = reduce_sum %760 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%762 = broadcast %761 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%763 = div %760, %762 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%764 = cast %763 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%765 = cast %739 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%766 = cast %764 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%767 = cast %765 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%768 = reshape %766 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%769 = broadcast %768 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%770 = reshape %767 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%771 = broadcast %770 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%772 = mul %769, %771 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%773 = reduce_sum %772 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%774 = cast %773 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%775 = permute %774 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%776 = reshape %775 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%777 = matmul %776, %510 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%778 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%779 = cast %777 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%780 = add %779, %778 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%781 = add %696, %780 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%782 = reduce_sum %781 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%783 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%784 = broadcast %783 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%785 = div %782, %784 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%786 = broadcast %785 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%787 = sub %781, %786 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%788 = mul %787, %787 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%789 = reduce_sum %788 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%790 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%791 = broadcast %790 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%792 = div %789, %791 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%793 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%794 = broadcast %793 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%795 = add %792, %794 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%796 = rsqrt %795 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%797 = broadcast %796 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%798 = mul %787, %797 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%799 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%800 = mul %798, %799 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%801 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%802 = add %800, %801 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%803 = cast %802 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%804 = matmul %803, %538 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%805 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%806 = cast %804 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%807 = add %806, %805 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%808 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%809 = broadcast %808 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%810 = mul %809, %807 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%811 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%812 = broadcast %811 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%813 = mul %807, %812 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%814 = erf %813 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%815 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%816 = broadcast %815 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%817 = add %816, %814 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%818 = mul %810, %817 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%819 = cast %818 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%820 = matmul %819, %555 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%821 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%822 = cast %820 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%823 = add %822, %821 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%824 = add %781, %823 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%825 = concat %824, %422 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%826 = reduce_sum %825 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%827 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%828 = broadcast %827 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%829 = div %826, %828 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%830 = broadcast %829 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%831 = sub %825, %830 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%832 = mul %831, %831 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%833 = reduce_sum %832 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%834 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%835 = broadcast %834 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%836 = div %833, %835 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%837 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%838 = broadcast %837 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%839 = add %836, %838 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%840 = rsqrt %839 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%841 = broadcast %840 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%842 = mul %831, %841 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%843 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%844 = mul %842, %843 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%845 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%846 = add %844, %845 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%847 = slice %846 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%848 = cast %847 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%849 = matmul %848, %585 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%850 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%851 = cast %849 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%852 = add %851, %850 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%853 = reshape %852 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%854 = permute %853 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%855 = cast %846 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%856 = matmul %855, %593 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%857 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%858 = cast %856 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%859 = add %858, %857 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%860 = reshape %859 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%861 = permute %860 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%862 = matmul %855, %600 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%863 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%864 = cast %862 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%865 = add %864, %863 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%866 = reshape %865 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%867 = permute %866 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%868 = cast %854 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%869 = cast %861 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%870 = cast %868 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%871 = cast %869 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%872 = permute %871 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%873 = reshape %870 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%874 = broadcast %873 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%875 = reshape %872 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%876 = broadcast %875 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%877 = mul %874, %876 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%878 = reduce_sum %877 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%879 = cast %878 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%880 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%881 = broadcast %880 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%882 = cast %879 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%883 = mul %882, %881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%884 = reduce_max %883 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%885 = stop_gradient %884 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%886 = broadcast %885 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%887 = sub %883, %886 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%888 = exp %887 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%889 = reduce_sum %888 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%890 = broadcast %889 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%891 = div %888, %890 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%892 = cast %891 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%893 = cast %867 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%894 = cast %892 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%895 = cast %893 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%896 = reshape %894 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%897 = broadcast %896 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%898 = reshape %895 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%899 = broadcast %898 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%900 = mul %897, %899 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%901 = reduce_sum %900 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%902 = cast %901 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%903 = permute %902 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%904 = reshape %903 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%905 = matmul %904, %644 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%906 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%907 = cast %905 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%908 = add %907, %906 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%909 = add %824, %908 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%910 = reduce_sum %909 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%911 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%912 = broadcast %911 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%913 = div %910, %912 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%914 = broadcast %913 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%915 = sub %909, %914 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%916 = mul %915, %915 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%917 = reduce_sum %916 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%918 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%919 = broadcast %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%920 = div %917, %919 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%921 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%922 = broadcast %921 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%923 = add %920, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%924 = rsqrt %923 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%925 = broadcast %924 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%926 = mul %915, %925 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%927 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%928 = mul %926, %927 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%929 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%930 = add %928, %929 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%931 = cast %930 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%932 = matmul %931, %672 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%933 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%934 = cast %932 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%935 = add %934, %933 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%936 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%937 = broadcast %936 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%938 = mul %937, %935 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%939 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%940 = broadcast %939 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%941 = mul %935, %940 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%942 = erf %941 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%943 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%944 = broadcast %943 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%945 = add %944, %942 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%946 = mul %938, %945 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%947 = cast %946 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%948 = matmul %947, %689 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%949 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%950 = cast %948 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%951 = add %950, %949 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%952 = add %909, %951 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%953 = concat %952, %695 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%954 = reduce_sum %953 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%955 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%956 = broadcast %955 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%957 = div %954, %956 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%958 = broadcast %957 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%959 = sub %953, %958 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%960 = mul %959, %959 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%961 = reduce_sum %960 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%962 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%963 = broadcast %962 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%964 = div %961, %963 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%965 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%966 = broadcast %965 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%967 = add %964, %966 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%968 = rsqrt %967 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%969 = broadcast %968 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%970 = mul %959, %969 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%971 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%972 = mul %970, %971 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%973 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%974 = add %972, %973 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%975 = slice %974 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%976 = cast %975 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%977 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%978 = matmul %976, %977 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%979 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%980 = cast %978 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%981 = add %980, %979 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%982 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%983 = broadcast %982 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%984 = mul %983, %981 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%985 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%986 = broadcast %985 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%987 = mul %981, %986 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%988 = erf %987 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%989 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%990 = broadcast %989 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%991 = add %990, %988 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%992 = mul %984, %991 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%993 = cast %992 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%994 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%995 = matmul %993, %994 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%996 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%997 = cast %995 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%998 = add %997, %996 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%999 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1000 = broadcast %999 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1001 = mul %1000, %998 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1002 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1003 = broadcast %1002 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1004 = mul %998, %1003 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1005 = erf %1004 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1006 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1007 = broadcast %1006 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1008 = add %1007, %1005 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1009 = mul %1001, %1008 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1010 = cast %1009 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1011 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1012 = matmul %1010, %1011 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1013 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1014 = cast %1012 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1015 = add %1014, %1013 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1016 = mul %1015, %1015 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1017 = reduce_sum %1016 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1018 = sqrt %1017 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1019 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1020 = cast %1019 : f32[] @ models/lib/nn.yaml:33:61
%1021 = broadcast %1020 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1022 = max %1018, %1021 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1023 = broadcast %1022 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1024 = div %1015, %1023 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1025 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1026 = mul %1025, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1027 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1028 = reduce_sum %1027 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1029 = sqrt %1028 : f32[32,1] @ models/lib/dino.yaml:22:35
%1030 = broadcast %1029 : f32[32,8] @ models/lib/dino.yaml:22:33
%1031 = div %1026, %1030 : f32[32,8] @ models/lib/dino.yaml:22:33
%1032 = cast %1024 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1033 = cast %1031 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1034 = matmul %1032, %1033 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1035 = slice %974 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%1036 = cast %1035 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1037 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1038 = matmul %1036, %1037 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1039 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1040 = cast %1038 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1041 = add %1040, %1039 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1042 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1043 = broadcast %1042 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1044 = mul %1043, %1041 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1045 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1046 = broadcast %1045 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1047 = mul %1041, %1046 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1048 = erf %1047 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1049 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1050 = broadcast %1049 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1051 = add %1050, %1048 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1052 = mul %1044, %1051 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1053 = cast %1052 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1054 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1055 = matmul %1053, %1054 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1056 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1057 = cast %1055 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1058 = add %1057, %1056 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1059 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1060 = broadcast %1059 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1061 = mul %1060, %1058 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1062 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1063 = broadcast %1062 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1064 = mul %1058, %1063 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1065 = erf %1064 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1066 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1067 = broadcast %1066 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1068 = add %1067, %1065 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1069 = mul %1061, %1068 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1070 = cast %1069 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1071 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1072 = matmul %1070, %1071 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1073 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1074 = cast %1072 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1075 = add %1074, %1073 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1076 = mul %1075, %1075 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1077 = reduce_sum %1076 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1078 = sqrt %1077 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1079 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1080 = cast %1079 : f32[] @ models/lib/nn.yaml:33:61
%1081 = broadcast %1080 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1082 = max %1078, %1081 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1083 = broadcast %1082 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1084 = div %1075, %1083 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1085 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1086 = mul %1085, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1087 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1088 = reduce_sum %1087 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1089 = sqrt %1088 : f32[16,1] @ models/lib/dino.yaml:22:35
%1090 = broadcast %1089 : f32[16,8] @ models/lib/dino.yaml:22:33
%1091 = div %1086, %1090 : f32[16,8] @ models/lib/dino.yaml:22:33
%1092 = cast %1084 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1093 = cast %1091 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1094 = matmul %1092, %1093 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1095 = cast %1034 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1096 = slice %1095 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1097 = cast %1034 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1098 = slice %1097 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1099 = cast %1094 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1100 = slice %1099 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1101 = cast %1094 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1102 = slice %1101 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1103 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1104 = permute %1103 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1105 = reshape %1104 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%1106 = reshape %86 : f32[16,48] @ models/lib/vit.yaml:17:20
%1107 = cast %1105 : bf16[4,9,48] @ models/lib/vit.yaml:17:18
%1108 = cast %1106 : bf16[16,48] @ models/lib/vit.yaml:17:18
%1109 = matmul %1107, %1108 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1110 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1111 = cast %1109 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1112 = add %1111, %1110 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1113 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1114 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1115 = cast %1113 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1116 = cast %1114 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1117 = matmul %1115, %1116 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1118 = reshape %1117 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1119 = permute %1118 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1120 = reshape %1119 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1121 = matmul %1115, %1120 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1122 = cast %1121 : f32[3,48] @ models/lib/vit.yaml:35:21
%1123 = reshape %1122 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1124 = permute %1123 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1125 = reshape %1124 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1126 = broadcast %1125 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1127 = add %1112, %1126 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1128 = reduce_sum %1127 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1129 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1130 = broadcast %1129 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1131 = div %1128, %1130 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1132 = broadcast %1131 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1133 = sub %1127, %1132 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1134 = mul %1133, %1133 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1135 = reduce_sum %1134 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1136 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1137 = broadcast %1136 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1138 = div %1135, %1137 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1139 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1140 = broadcast %1139 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1141 = add %1138, %1140 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1142 = rsqrt %1141 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1143 = broadcast %1142 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1144 = mul %1133, %1143 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1145 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1146 = mul %1144, %1145 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1147 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1148 = add %1146, %1147 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1149 = cast %1148 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1150 = matmul %1149, %199 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1151 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1152 = cast %1150 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1153 = add %1152, %1151 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1154 = reshape %1153 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1155 = permute %1154 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1156 = slice %1155 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1157 = reshape %1156 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1158 = slice %1155 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1159 = reshape %1158 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1160 = slice %1155 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1161 = reshape %1160 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1162 = cast %1157 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1163 = cast %1159 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1164 = cast %1162 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1165 = cast %1163 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1166 = permute %1165 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1167 = reshape %1164 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%1168 = broadcast %1167 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1169 = reshape %1166 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%1170 = broadcast %1169 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1171 = mul %1168, %1170 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1172 = reduce_sum %1171 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1173 = cast %1172 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1174 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1175 = broadcast %1174 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1176 = cast %1173 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1177 = mul %1176, %1175 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1178 = reduce_max %1177 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1179 = stop_gradient %1178 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1180 = broadcast %1179 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1181 = sub %1177, %1180 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1182 = exp %1181 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1183 = reduce_sum %1182 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1184 = broadcast %1183 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1185 = div %1182, %1184 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1186 = cast %1185 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1187 = cast %1161 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1188 = cast %1186 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1189 = cast %1187 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1190 = reshape %1188 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1191 = broadcast %1190 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1192 = reshape %1189 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1193 = broadcast %1192 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1194 = mul %1191, %1193 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1195 = reduce_sum %1194 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1196 = cast %1195 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1197 = permute %1196 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1198 = reshape %1197 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1199 = matmul %1198, %249 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1200 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1201 = cast %1199 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1202 = add %1201, %1200 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1203 = add %1127, %1202 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1204 = reduce_sum %1203 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1205 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1206 = broadcast %1205 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1207 = div %1204, %1206 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1208 = broadcast %1207 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1209 = sub %1203, %1208 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1210 = mul %1209, %1209 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1211 = reduce_sum %1210 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1212 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1213 = broadcast %1212 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1214 = div %1211, %1213 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1215 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1216 = broadcast %1215 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1217 = add %1214, %1216 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1218 = rsqrt %1217 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1219 = broadcast %1218 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1220 = mul %1209, %1219 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1221 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1222 = mul %1220, %1221 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1223 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1224 = add %1222, %1223 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1225 = cast %1224 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1226 = matmul %1225, %277 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1227 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1228 = cast %1226 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1229 = add %1228, %1227 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1230 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1231 = broadcast %1230 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1232 = mul %1231, %1229 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1233 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1234 = broadcast %1233 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1235 = mul %1229, %1234 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1236 = erf %1235 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1237 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1238 = broadcast %1237 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1239 = add %1238, %1236 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1240 = mul %1232, %1239 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1241 = cast %1240 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1242 = matmul %1241, %294 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1243 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1244 = cast %1242 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1245 = add %1244, %1243 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1246 = add %1203, %1245 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1247 = reduce_sum %1246 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1248 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1249 = broadcast %1248 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1250 = div %1247, %1249 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1251 = broadcast %1250 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1252 = sub %1246, %1251 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1253 = mul %1252, %1252 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1254 = reduce_sum %1253 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1255 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1256 = broadcast %1255 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1257 = div %1254, %1256 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1258 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1259 = broadcast %1258 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1260 = add %1257, %1259 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1261 = rsqrt %1260 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1262 = broadcast %1261 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1263 = mul %1252, %1262 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1264 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1265 = mul %1263, %1264 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1266 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1267 = add %1265, %1266 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1268 = cast %1267 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1269 = matmul %1268, %322 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1270 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1271 = cast %1269 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1272 = add %1271, %1270 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1273 = reshape %1272 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1274 = permute %1273 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1275 = slice %1274 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1276 = reshape %1275 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1277 = slice %1274 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1278 = reshape %1277 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1279 = slice %1274 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1280 = reshape %1279 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1281 = cast %1276 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1282 = cast %1278 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1283 = cast %1281 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1284 = cast %1282 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%1285 = permute %1284 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%1286 = reshape %1283 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%1287 = broadcast %1286 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1288 = reshape %1285 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%1289 = broadcast %1288 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1290 = mul %1287, %1289 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%1291 = reduce_sum %1290 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1292 = cast %1291 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%1293 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1294 = broadcast %1293 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1295 = cast %1292 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1296 = mul %1295, %1294 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1297 = reduce_max %1296 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1298 = stop_gradient %1297 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1299 = broadcast %1298 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1300 = sub %1296, %1299 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1301 = exp %1300 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1302 = reduce_sum %1301 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1303 = broadcast %1302 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1304 = div %1301, %1303 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1305 = cast %1304 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1306 = cast %1280 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1307 = cast %1305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1308 = cast %1306 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1309 = reshape %1307 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1310 = broadcast %1309 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1311 = reshape %1308 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1312 = broadcast %1311 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1313 = mul %1310, %1312 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1314 = reduce_sum %1313 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1315 = cast %1314 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1316 = permute %1315 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1317 = reshape %1316 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1318 = matmul %1317, %372 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1319 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1320 = cast %1318 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1321 = add %1320, %1319 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1322 = add %1246, %1321 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1323 = reduce_sum %1322 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1324 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1325 = broadcast %1324 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1326 = div %1323, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1327 = broadcast %1326 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1328 = sub %1322, %1327 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1329 = mul %1328, %1328 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1330 = reduce_sum %1329 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1331 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1332 = broadcast %1331 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1333 = div %1330, %1332 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1334 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1335 = broadcast %1334 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1336 = add %1333, %1335 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1337 = rsqrt %1336 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1338 = broadcast %1337 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1339 = mul %1328, %1338 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1340 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1341 = mul %1339, %1340 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1342 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1343 = add %1341, %1342 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1344 = cast %1343 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1345 = matmul %1344, %400 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1346 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1347 = cast %1345 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1348 = add %1347, %1346 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1349 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1350 = broadcast %1349 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1351 = mul %1350, %1348 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1352 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1353 = broadcast %1352 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1354 = mul %1348, %1353 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1355 = erf %1354 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1356 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1357 = broadcast %1356 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1358 = add %1357, %1355 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1359 = mul %1351, %1358 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1360 = cast %1359 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1361 = matmul %1360, %417 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1362 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1363 = cast %1361 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1364 = add %1363, %1362 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1365 = add %1322, %1364 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1366 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1367 = neighbor_topk_gather %1365, %1366 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1368 = reshape %1367 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1369 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1370 = concat %1369, %1368 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1371 = reduce_sum %1370 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1372 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1373 = broadcast %1372 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1374 = div %1371, %1373 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1375 = broadcast %1374 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1376 = sub %1370, %1375 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1377 = mul %1376, %1376 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1378 = reduce_sum %1377 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1379 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1380 = broadcast %1379 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1381 = div %1378, %1380 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1382 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1383 = broadcast %1382 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1384 = add %1381, %1383 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1385 = rsqrt %1384 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1386 = broadcast %1385 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1387 = mul %1376, %1386 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1388 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1389 = mul %1387, %1388 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1390 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1391 = add %1389, %1390 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1392 = slice %1391 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1393 = cast %1392 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1394 = matmul %1393, %451 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1395 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1396 = cast %1394 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1397 = add %1396, %1395 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1398 = reshape %1397 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1399 = permute %1398 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1400 = cast %1391 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1401 = matmul %1400, %459 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1402 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1403 = cast %1401 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1404 = add %1403, %1402 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1405 = reshape %1404 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1406 = permute %1405 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1407 = matmul %1400, %466 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1408 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1409 = cast %1407 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1410 = add %1409, %1408 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1411 = reshape %1410 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1412 = permute %1411 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1413 = cast %1399 : bf16[36,2,1,8] @ models/lib/nn.yaml:55:23
%1414 = cast %1406 : bf16[36,2,3,8] @ models/lib/nn.yaml:55:23
%1415 = cast %1413 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1416 = cast %1414 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1417 = permute %1416 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1418 = reshape %1415 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1419 = broadcast %1418 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1420 = reshape %1417 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1421 = broadcast %1420 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1422 = mul %1419, %1421 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1423 = reduce_sum %1422 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1424 = cast %1423 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1425 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1426 = broadcast %1425 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1427 = cast %1424 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1428 = mul %1427, %1426 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1429 = reduce_max %1428 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1430 = stop_gradient %1429 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1431 = broadcast %1430 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1432 = sub %1428, %1431 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1433 = exp %1432 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1434 = reduce_sum %1433 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1435 = broadcast %1434 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1436 = div %1433, %1435 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1437 = cast %1436 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1438 = cast %1412 : bf16[36,2,3,8] @ models/lib/nn.yaml:56:23
%1439 = cast %1437 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1440 = cast %1438 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1441 = reshape %1439 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1442 = broadcast %1441 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1443 = reshape %1440 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1444 = broadcast %1443 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1445 = mul %1442, %1444 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1446 = reduce_sum %1445 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1447 = cast %1446 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1448 = permute %1447 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1449 = reshape %1448 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1450 = matmul %1449, %510 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1451 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1452 = cast %1450 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1453 = add %1452, %1451 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1454 = add %1369, %1453 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1455 = reduce_sum %1454 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1456 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1457 = broadcast %1456 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1458 = div %1455, %1457 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1459 = broadcast %1458 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1460 = sub %1454, %1459 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1461 = mul %1460, %1460 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1462 = reduce_sum %1461 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1463 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1464 = broadcast %1463 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1465 = div %1462, %1464 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1466 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1467 = broadcast %1466 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1468 = add %1465, %1467 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1469 = rsqrt %1468 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1470 = broadcast %1469 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1471 = mul %1460, %1470 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1472 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1473 = mul %1471, %1472 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1474 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1475 = add %1473, %1474 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1476 = cast %1475 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1477 = matmul %1476, %538 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1478 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1479 = cast %1477 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1480 = add %1479, %1478 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1481 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1482 = broadcast %1481 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1483 = mul %1482, %1480 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1484 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1485 = broadcast %1484 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1486 = mul %1480, %1485 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1487 = erf %1486 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1488 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1489 = broadcast %1488 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1490 = add %1489, %1487 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1491 = mul %1483, %1490 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1492 = cast %1491 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1493 = matmul %1492, %555 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1494 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1495 = cast %1493 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1496 = add %1495, %1494 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1497 = add %1454, %1496 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1498 = concat %1497, %1368 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1499 = reduce_sum %1498 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1500 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1501 = broadcast %1500 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1502 = div %1499, %1501 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1503 = broadcast %1502 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1504 = sub %1498, %1503 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1505 = mul %1504, %1504 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1506 = reduce_sum %1505 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1507 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1508 = broadcast %1507 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1509 = div %1506, %1508 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1510 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1511 = broadcast %1510 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1512 = add %1509, %1511 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1513 = rsqrt %1512 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1514 = broadcast %1513 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1515 = mul %1504, %1514 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1516 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1517 = mul %1515, %1516 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1518 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1519 = add %1517, %1518 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1520 = slice %1519 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1521 = cast %1520 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1522 = matmul %1521, %585 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1523 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1524 = cast %1522 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1525 = add %1524, %1523 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1526 = reshape %1525 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1527 = permute %1526 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1528 = cast %1519 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1529 = matmul %1528, %593 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1530 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1531 = cast %1529 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1532 = add %1531, %1530 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1533 = reshape %1532 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1534 = permute %1533 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1535 = matmul %1528, %600 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1536 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1537 = cast %1535 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1538 = add %1537, %1536 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1539 = reshape %1538 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1540 = permute %1539 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1541 = cast %1527 : bf16[36,2,1,8] @ models/lib/nn.yaml:55:23
%1542 = cast %1534 : bf16[36,2,3,8] @ models/lib/nn.yaml:55:23
%1543 = cast %1541 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1544 = cast %1542 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1545 = permute %1544 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1546 = reshape %1543 : f32[36,2,1,8,1] @ models/lib/nn.yaml:55:23
%1547 = broadcast %1546 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1548 = reshape %1545 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1549 = broadcast %1548 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1550 = mul %1547, %1549 : f32[36,2,1,8,3] @ models/lib/nn.yaml:55:23
%1551 = reduce_sum %1550 axes=[3] keep=0 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1552 = cast %1551 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1553 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1554 = broadcast %1553 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1555 = cast %1552 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1556 = mul %1555, %1554 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1557 = reduce_max %1556 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1558 = stop_gradient %1557 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1559 = broadcast %1558 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1560 = sub %1556, %1559 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1561 = exp %1560 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1562 = reduce_sum %1561 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1563 = broadcast %1562 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1564 = div %1561, %1563 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1565 = cast %1564 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1566 = cast %1540 : bf16[36,2,3,8] @ models/lib/nn.yaml:56:23
%1567 = cast %1565 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1568 = cast %1566 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1569 = reshape %1567 : f32[36,2,1,3,1] @ models/lib/nn.yaml:56:23
%1570 = broadcast %1569 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1571 = reshape %1568 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1572 = broadcast %1571 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1573 = mul %1570, %1572 : f32[36,2,1,3,8] @ models/lib/nn.yaml:56:23
%1574 = reduce_sum %1573 axes=[3] keep=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1575 = cast %1574 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1576 = permute %1575 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1577 = reshape %1576 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1578 = matmul %1577, %644 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1579 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1580 = cast %1578 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1581 = add %1580, %1579 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1582 = add %1497, %1581 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1583 = reduce_sum %1582 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1584 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1585 = broadcast %1584 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1586 = div %1583, %1585 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1587 = broadcast %1586 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1588 = sub %1582, %1587 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1589 = mul %1588, %1588 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1590 = reduce_sum %1589 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1591 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1592 = broadcast %1591 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1593 = div %1590, %1592 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1594 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1595 = broadcast %1594 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1596 = add %1593, %1595 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1597 = rsqrt %1596 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1598 = broadcast %1597 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1599 = mul %1588, %1598 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1600 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1601 = mul %1599, %1600 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1602 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1603 = add %1601, %1602 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1604 = cast %1603 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1605 = matmul %1604, %672 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1606 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1607 = cast %1605 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1608 = add %1607, %1606 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1609 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1610 = broadcast %1609 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1611 = mul %1610, %1608 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1612 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1613 = broadcast %1612 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1614 = mul %1608, %1613 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1615 = erf %1614 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1616 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1617 = broadcast %1616 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1618 = add %1617, %1615 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1619 = mul %1611, %1618 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1620 = cast %1619 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1621 = matmul %1620, %689 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1622 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1623 = cast %1621 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1624 = add %1623, %1622 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1625 = add %1582, %1624 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1626 = reshape %1625 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1627 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1628 = concat %1627, %1365 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1629 = reduce_sum %1628 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1630 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1631 = broadcast %1630 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1632 = div %1629, %1631 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1633 = broadcast %1632 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1634 = sub %1628, %1633 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1635 = mul %1634, %1634 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1636 = reduce_sum %1635 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1637 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1638 = broadcast %1637 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1639 = div %1636, %1638 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1640 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1641 = broadcast %1640 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1642 = add %1639, %1641 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1643 = rsqrt %1642 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1644 = broadcast %1643 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1645 = mul %1634, %1644 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1646 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1647 = mul %1645, %1646 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1648 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1649 = add %1647, %1648 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1650 = slice %1649 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1651 = cast %1650 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1652 = matmul %1651, %451 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1653 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1654 = cast %1652 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1655 = add %1654, %1653 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1656 = reshape %1655 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1657 = permute %1656 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1658 = cast %1649 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1659 = matmul %1658, %459 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1660 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1661 = cast %1659 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1662 = add %1661, %1660 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1663 = reshape %1662 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1664 = permute %1663 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1665 = matmul %1658, %466 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1666 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1667 = cast %1665 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1668 = add %1667, %1666 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1669 = reshape %1668 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1670 = permute %1669 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1671 = cast %1657 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%1672 = cast %1664 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%1673 = cast %1671 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1674 = cast %1672 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1675 = permute %1674 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1676 = reshape %1673 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1677 = broadcast %1676 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1678 = reshape %1675 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1679 = broadcast %1678 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1680 = mul %1677, %1679 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1681 = reduce_sum %1680 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1682 = cast %1681 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1683 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1684 = broadcast %1683 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1685 = cast %1682 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1686 = mul %1685, %1684 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1687 = reduce_max %1686 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1688 = stop_gradient %1687 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1689 = broadcast %1688 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1690 = sub %1686, %1689 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1691 = exp %1690 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1692 = reduce_sum %1691 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1693 = broadcast %1692 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1694 = div %1691, %1693 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1695 = cast %1694 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1696 = cast %1670 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%1697 = cast %1695 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1698 = cast %1696 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1699 = reshape %1697 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1700 = broadcast %1699 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1701 = reshape %1698 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1702 = broadcast %1701 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1703 = mul %1700, %1702 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1704 = reduce_sum %1703 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1705 = cast %1704 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1706 = permute %1705 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1707 = reshape %1706 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1708 = matmul %1707, %510 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1709 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1710 = cast %1708 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1711 = add %1710, %1709 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1712 = add %1627, %1711 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1713 = reduce_sum %1712 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1714 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1715 = broadcast %1714 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1716 = div %1713, %1715 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1717 = broadcast %1716 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1718 = sub %1712, %1717 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1719 = mul %1718, %1718 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1720 = reduce_sum %1719 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1721 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1722 = broadcast %1721 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1723 = div %1720, %1722 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1724 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1725 = broadcast %1724 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1726 = add %1723, %1725 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1727 = rsqrt %1726 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1728 = broadcast %1727 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1729 = mul %1718, %1728 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1730 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1731 = mul %1729, %1730 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1732 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1733 = add %1731, %1732 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1734 = cast %1733 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1735 = matmul %1734, %538 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1736 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1737 = cast %1735 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1738 = add %1737, %1736 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1739 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1740 = broadcast %1739 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1741 = mul %1740, %1738 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1742 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1743 = broadcast %1742 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1744 = mul %1738, %1743 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1745 = erf %1744 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1746 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1747 = broadcast %1746 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1748 = add %1747, %1745 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1749 = mul %1741, %1748 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1750 = cast %1749 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1751 = matmul %1750, %555 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1752 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1753 = cast %1751 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1754 = add %1753, %1752 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1755 = add %1712, %1754 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1756 = concat %1755, %1365 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1757 = reduce_sum %1756 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1758 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1759 = broadcast %1758 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1760 = div %1757, %1759 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1761 = broadcast %1760 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1762 = sub %1756, %1761 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1763 = mul %1762, %1762 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1764 = reduce_sum %1763 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1765 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1766 = broadcast %1765 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1767 = div %1764, %1766 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1768 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1769 = broadcast %1768 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1770 = add %1767, %1769 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1771 = rsqrt %1770 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1772 = broadcast %1771 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1773 = mul %1762, %1772 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1774 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1775 = mul %1773, %1774 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1776 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1777 = add %1775, %1776 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1778 = slice %1777 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1779 = cast %1778 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1780 = matmul %1779, %585 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1781 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1782 = cast %1780 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1783 = add %1782, %1781 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1784 = reshape %1783 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1785 = permute %1784 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1786 = cast %1777 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1787 = matmul %1786, %593 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1788 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1789 = cast %1787 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1790 = add %1789, %1788 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1791 = reshape %1790 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1792 = permute %1791 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1793 = matmul %1786, %600 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1794 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1795 = cast %1793 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1796 = add %1795, %1794 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1797 = reshape %1796 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1798 = permute %1797 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1799 = cast %1785 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%1800 = cast %1792 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%1801 = cast %1799 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1802 = cast %1800 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1803 = permute %1802 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1804 = reshape %1801 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%1805 = broadcast %1804 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1806 = reshape %1803 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1807 = broadcast %1806 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1808 = mul %1805, %1807 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%1809 = reduce_sum %1808 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1810 = cast %1809 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1811 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1812 = broadcast %1811 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1813 = cast %1810 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1814 = mul %1813, %1812 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1815 = reduce_max %1814 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1816 = stop_gradient %1815 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1817 = broadcast %1816 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1818 = sub %1814, %1817 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1819 = exp %1818 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1820 = reduce_sum %1819 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1821 = broadcast %1820 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1822 = div %1819, %1821 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1823 = cast %1822 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1824 = cast %1798 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%1825 = cast %1823 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1826 = cast %1824 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1827 = reshape %1825 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1828 = broadcast %1827 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1829 = reshape %1826 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1830 = broadcast %1829 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1831 = mul %1828, %1830 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1832 = reduce_sum %1831 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1833 = cast %1832 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1834 = permute %1833 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1835 = reshape %1834 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1836 = matmul %1835, %644 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1837 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1838 = cast %1836 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1839 = add %1838, %1837 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1840 = add %1755, %1839 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1841 = reduce_sum %1840 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1842 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1843 = broadcast %1842 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1844 = div %1841, %1843 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1845 = broadcast %1844 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1846 = sub %1840, %1845 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1847 = mul %1846, %1846 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1848 = reduce_sum %1847 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1849 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1850 = broadcast %1849 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1851 = div %1848, %1850 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1852 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1853 = broadcast %1852 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1854 = add %1851, %1853 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1855 = rsqrt %1854 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1856 = broadcast %1855 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1857 = mul %1846, %1856 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1858 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1859 = mul %1857, %1858 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1860 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1861 = add %1859, %1860 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1862 = cast %1861 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1863 = matmul %1862, %672 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1864 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1865 = cast %1863 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1866 = add %1865, %1864 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1867 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1868 = broadcast %1867 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1869 = mul %1868, %1866 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1870 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1871 = broadcast %1870 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1872 = mul %1866, %1871 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1873 = erf %1872 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1874 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1875 = broadcast %1874 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1876 = add %1875, %1873 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1877 = mul %1869, %1876 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1878 = cast %1877 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1879 = matmul %1878, %689 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1880 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1881 = cast %1879 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1882 = add %1881, %1880 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1883 = add %1840, %1882 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1884 = concat %1883, %1626 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%1885 = reduce_sum %1884 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1886 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1887 = broadcast %1886 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1888 = div %1885, %1887 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1889 = broadcast %1888 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1890 = sub %1884, %1889 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1891 = mul %1890, %1890 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1892 = reduce_sum %1891 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1893 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1894 = broadcast %1893 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1895 = div %1892, %1894 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1896 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1897 = broadcast %1896 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1898 = add %1895, %1897 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1899 = rsqrt %1898 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1900 = broadcast %1899 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1901 = mul %1890, %1900 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1902 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1903 = mul %1901, %1902 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1904 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1905 = add %1903, %1904 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1906 = slice %1905 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1907 = cast %1906 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1908 = matmul %1907, %977 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1909 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1910 = cast %1908 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1911 = add %1910, %1909 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1912 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1913 = broadcast %1912 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1914 = mul %1913, %1911 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1915 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1916 = broadcast %1915 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1917 = mul %1911, %1916 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1918 = erf %1917 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1919 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1920 = broadcast %1919 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1921 = add %1920, %1918 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1922 = mul %1914, %1921 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1923 = cast %1922 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1924 = matmul %1923, %994 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1925 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1926 = cast %1924 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1927 = add %1926, %1925 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1928 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1929 = broadcast %1928 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1930 = mul %1929, %1927 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1931 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1932 = broadcast %1931 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1933 = mul %1927, %1932 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1934 = erf %1933 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1935 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1936 = broadcast %1935 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1937 = add %1936, %1934 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1938 = mul %1930, %1937 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1939 = cast %1938 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1940 = matmul %1939, %1011 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1941 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1942 = cast %1940 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1943 = add %1942, %1941 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1944 = mul %1943, %1943 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1945 = reduce_sum %1944 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1946 = sqrt %1945 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1947 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1948 = cast %1947 : f32[] @ models/lib/nn.yaml:33:61
%1949 = broadcast %1948 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1950 = max %1946, %1949 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1951 = broadcast %1950 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1952 = div %1943, %1951 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1953 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1954 = mul %1953, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1955 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1956 = reduce_sum %1955 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1957 = sqrt %1956 : f32[32,1] @ models/lib/dino.yaml:22:35
%1958 = broadcast %1957 : f32[32,8] @ models/lib/dino.yaml:22:33
%1959 = div %1954, %1958 : f32[32,8] @ models/lib/dino.yaml:22:33
%1960 = cast %1952 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1961 = cast %1959 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1962 = matmul %1960, %1961 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1963 = slice %1905 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%1964 = cast %1963 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1965 = matmul %1964, %1037 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1966 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1967 = cast %1965 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1968 = add %1967, %1966 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1969 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1970 = broadcast %1969 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1971 = mul %1970, %1968 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1972 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1973 = broadcast %1972 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1974 = mul %1968, %1973 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1975 = erf %1974 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1976 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1977 = broadcast %1976 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1978 = add %1977, %1975 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1979 = mul %1971, %1978 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1980 = cast %1979 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1981 = matmul %1980, %1054 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1982 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1983 = cast %1981 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1984 = add %1983, %1982 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1985 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1986 = broadcast %1985 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1987 = mul %1986, %1984 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1988 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1989 = broadcast %1988 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1990 = mul %1984, %1989 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1991 = erf %1990 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1992 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1993 = broadcast %1992 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1994 = add %1993, %1991 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1995 = mul %1987, %1994 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1996 = cast %1995 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%1997 = matmul %1996, %1071 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%1998 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1999 = cast %1997 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2000 = add %1999, %1998 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2001 = mul %2000, %2000 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2002 = reduce_sum %2001 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2003 = sqrt %2002 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2004 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2005 = cast %2004 : f32[] @ models/lib/nn.yaml:33:61
%2006 = broadcast %2005 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2007 = max %2003, %2006 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2008 = broadcast %2007 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2009 = div %2000, %2008 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2010 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%2011 = mul %2010, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%2012 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%2013 = reduce_sum %2012 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2014 = sqrt %2013 : f32[16,1] @ models/lib/dino.yaml:22:35
%2015 = broadcast %2014 : f32[16,8] @ models/lib/dino.yaml:22:33
%2016 = div %2011, %2015 : f32[16,8] @ models/lib/dino.yaml:22:33
%2017 = cast %2009 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2018 = cast %2016 : bf16[16,8] @ models/lib/dino.yaml:23:18
%2019 = matmul %2017, %2018 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2020 = cast %1962 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2021 = slice %2020 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2022 = cast %1962 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2023 = slice %2022 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2024 = cast %2019 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2025 = slice %2024 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2026 = cast %2019 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2027 = slice %2026 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2028 = reshape %5 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%2029 = permute %2028 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%2030 = reshape %2029 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%2031 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2032 = cast %2030 : bf16[4,16,48] @ models/lib/vit.yaml:17:18
%2033 = cast %2031 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2034 = matmul %2032, %2033 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2035 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2036 = cast %2034 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2037 = add %2036, %2035 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2038 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2039 = add %2037, %2038 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2040 = reduce_sum %2039 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2041 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2042 = broadcast %2041 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2043 = div %2040, %2042 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2044 = broadcast %2043 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2045 = sub %2039, %2044 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2046 = mul %2045, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2047 = reduce_sum %2046 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2048 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2049 = broadcast %2048 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2050 = div %2047, %2049 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2051 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2052 = broadcast %2051 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2053 = add %2050, %2052 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2054 = rsqrt %2053 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2055 = broadcast %2054 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2056 = mul %2045, %2055 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2057 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2058 = mul %2056, %2057 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2059 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2060 = add %2058, %2059 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2061 = cast %2060 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2062 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2063 = matmul %2061, %2062 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2064 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2065 = cast %2063 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2066 = add %2065, %2064 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2067 = reshape %2066 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2068 = permute %2067 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2069 = slice %2068 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2070 = reshape %2069 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2071 = slice %2068 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2072 = reshape %2071 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2073 = slice %2068 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2074 = reshape %2073 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2075 = cast %2070 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2076 = cast %2072 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2077 = cast %2075 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2078 = cast %2076 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2079 = permute %2078 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2080 = reshape %2077 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%2081 = broadcast %2080 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%2082 = reshape %2079 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%2083 = broadcast %2082 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%2084 = mul %2081, %2083 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%2085 = reduce_sum %2084 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2086 = cast %2085 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2087 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2088 = broadcast %2087 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2089 = cast %2086 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2090 = mul %2089, %2088 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2091 = reduce_max %2090 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2092 = stop_gradient %2091 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2093 = broadcast %2092 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2094 = sub %2090, %2093 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2095 = exp %2094 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2096 = reduce_sum %2095 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2097 = broadcast %2096 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2098 = div %2095, %2097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2099 = cast %2098 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2100 = cast %2074 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2101 = cast %2099 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2102 = cast %2100 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2103 = reshape %2101 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2104 = broadcast %2103 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2105 = reshape %2102 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2106 = broadcast %2105 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2107 = mul %2104, %2106 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2108 = reduce_sum %2107 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2109 = cast %2108 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2110 = permute %2109 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2111 = reshape %2110 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2112 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2113 = matmul %2111, %2112 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2114 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2115 = cast %2113 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2116 = add %2115, %2114 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2117 = add %2039, %2116 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2118 = reduce_sum %2117 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2119 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2120 = broadcast %2119 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2121 = div %2118, %2120 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2122 = broadcast %2121 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2123 = sub %2117, %2122 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2124 = mul %2123, %2123 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2125 = reduce_sum %2124 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2126 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2127 = broadcast %2126 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2128 = div %2125, %2127 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2129 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2130 = broadcast %2129 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2131 = add %2128, %2130 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2132 = rsqrt %2131 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2133 = broadcast %2132 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2134 = mul %2123, %2133 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2135 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2136 = mul %2134, %2135 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2137 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2138 = add %2136, %2137 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2139 = cast %2138 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2140 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2141 = matmul %2139, %2140 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2142 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2143 = cast %2141 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2144 = add %2143, %2142 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2145 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2146 = broadcast %2145 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2147 = mul %2146, %2144 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2148 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2149 = broadcast %2148 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2150 = mul %2144, %2149 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2151 = erf %2150 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2152 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2153 = broadcast %2152 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2154 = add %2153, %2151 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2155 = mul %2147, %2154 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2156 = cast %2155 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2157 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2158 = matmul %2156, %2157 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2159 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2160 = cast %2158 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2161 = add %2160, %2159 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2162 = add %2117, %2161 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2163 = reduce_sum %2162 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2164 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2165 = broadcast %2164 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2166 = div %2163, %2165 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2167 = broadcast %2166 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2168 = sub %2162, %2167 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2169 = mul %2168, %2168 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2170 = reduce_sum %2169 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2171 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2172 = broadcast %2171 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2173 = div %2170, %2172 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2174 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2175 = broadcast %2174 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2176 = add %2173, %2175 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2177 = rsqrt %2176 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2178 = broadcast %2177 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2179 = mul %2168, %2178 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2180 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2181 = mul %2179, %2180 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2182 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2183 = add %2181, %2182 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2184 = cast %2183 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2185 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2186 = matmul %2184, %2185 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2187 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2188 = cast %2186 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2189 = add %2188, %2187 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2190 = reshape %2189 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2191 = permute %2190 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2192 = slice %2191 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2193 = reshape %2192 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2194 = slice %2191 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2195 = reshape %2194 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2196 = slice %2191 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2197 = reshape %2196 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2198 = cast %2193 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2199 = cast %2195 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2200 = cast %2198 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2201 = cast %2199 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2202 = permute %2201 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2203 = reshape %2200 : f32[4,2,16,8,1] @ models/lib/nn.yaml:55:23
%2204 = broadcast %2203 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%2205 = reshape %2202 : f32[4,2,1,8,16] @ models/lib/nn.yaml:55:23
%2206 = broadcast %2205 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%2207 = mul %2204, %2206 : f32[4,2,16,8,16] @ models/lib/nn.yaml:55:23
%2208 = reduce_sum %2207 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2209 = cast %2208 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2210 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2211 = broadcast %2210 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2212 = cast %2209 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2213 = mul %2212, %2211 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2214 = reduce_max %2213 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2215 = stop_gradient %2214 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2216 = broadcast %2215 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2217 = sub %2213, %2216 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2218 = exp %2217 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2219 = reduce_sum %2218 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2220 = broadcast %2219 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2221 = div %2218, %2220 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2222 = cast %2221 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2223 = cast %2197 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2224 = cast %2222 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2225 = cast %2223 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2226 = reshape %2224 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2227 = broadcast %2226 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2228 = reshape %2225 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2229 = broadcast %2228 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2230 = mul %2227, %2229 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2231 = reduce_sum %2230 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2232 = cast %2231 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2233 = permute %2232 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2234 = reshape %2233 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2235 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2236 = matmul %2234, %2235 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2237 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2238 = cast %2236 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2239 = add %2238, %2237 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2240 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2241 = broadcast %2240 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2242 = div %2239, %2241 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2243 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2244 = rand_uniform %2243 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2245 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2246 = broadcast %2245 : f32[4] @ models/lib/nn.yaml:44:35
%2247 = add %2246, %2244 : f32[4] @ models/lib/nn.yaml:44:35
%2248 = floor %2247 : f32[4] @ models/lib/nn.yaml:44:24
%2249 = reshape %2248 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2250 = broadcast %2249 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2251 = mul %2242, %2250 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2252 = add %2162, %2251 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2253 = reduce_sum %2252 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2254 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2255 = broadcast %2254 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2256 = div %2253, %2255 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2257 = broadcast %2256 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2258 = sub %2252, %2257 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2259 = mul %2258, %2258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2260 = reduce_sum %2259 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2261 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2262 = broadcast %2261 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2263 = div %2260, %2262 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2264 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2265 = broadcast %2264 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2266 = add %2263, %2265 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2267 = rsqrt %2266 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2268 = broadcast %2267 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2269 = mul %2258, %2268 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2270 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2271 = mul %2269, %2270 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2272 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2273 = add %2271, %2272 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2274 = cast %2273 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2275 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2276 = matmul %2274, %2275 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2277 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2278 = cast %2276 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2279 = add %2278, %2277 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2280 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2281 = broadcast %2280 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2282 = mul %2281, %2279 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2283 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2284 = broadcast %2283 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2285 = mul %2279, %2284 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2286 = erf %2285 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2287 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2288 = broadcast %2287 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2289 = add %2288, %2286 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2290 = mul %2282, %2289 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2291 = cast %2290 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2292 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2293 = matmul %2291, %2292 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2294 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2295 = cast %2293 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2296 = add %2295, %2294 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2297 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2298 = broadcast %2297 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2299 = div %2296, %2298 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2300 = rand_uniform %2243 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2301 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2302 = broadcast %2301 : f32[4] @ models/lib/nn.yaml:44:35
%2303 = add %2302, %2300 : f32[4] @ models/lib/nn.yaml:44:35
%2304 = floor %2303 : f32[4] @ models/lib/nn.yaml:44:24
%2305 = reshape %2304 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2306 = broadcast %2305 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2307 = mul %2299, %2306 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2308 = add %2252, %2307 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2309 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2310 = concat %2309, %2308 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2311 = reduce_sum %2310 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2312 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2313 = broadcast %2312 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2314 = div %2311, %2313 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2315 = broadcast %2314 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2316 = sub %2310, %2315 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2317 = mul %2316, %2316 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2318 = reduce_sum %2317 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2319 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2320 = broadcast %2319 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2321 = div %2318, %2320 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2322 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2323 = broadcast %2322 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2324 = add %2321, %2323 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2325 = rsqrt %2324 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2326 = broadcast %2325 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2327 = mul %2316, %2326 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2328 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2329 = mul %2327, %2328 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2330 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2331 = add %2329, %2330 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2332 = slice %2331 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2333 = cast %2332 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2334 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2335 = matmul %2333, %2334 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2336 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2337 = cast %2335 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2338 = add %2337, %2336 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2339 = reshape %2338 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2340 = permute %2339 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2341 = cast %2331 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2342 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2343 = matmul %2341, %2342 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2344 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2345 = cast %2343 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2346 = add %2345, %2344 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2347 = reshape %2346 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2348 = permute %2347 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2349 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2350 = matmul %2341, %2349 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2351 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2352 = cast %2350 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2353 = add %2352, %2351 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2354 = reshape %2353 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2355 = permute %2354 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2356 = cast %2340 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2357 = cast %2348 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%2358 = cast %2356 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2359 = cast %2357 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2360 = permute %2359 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2361 = reshape %2358 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2362 = broadcast %2361 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2363 = reshape %2360 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2364 = broadcast %2363 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2365 = mul %2362, %2364 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2366 = reduce_sum %2365 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2367 = cast %2366 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2368 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2369 = broadcast %2368 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2370 = cast %2367 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2371 = mul %2370, %2369 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2372 = reduce_max %2371 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2373 = stop_gradient %2372 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2374 = broadcast %2373 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2375 = sub %2371, %2374 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2376 = exp %2375 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2377 = reduce_sum %2376 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2378 = broadcast %2377 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2379 = div %2376, %2378 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2380 = cast %2379 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2381 = cast %2355 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%2382 = cast %2380 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2383 = cast %2381 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2384 = reshape %2382 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2385 = broadcast %2384 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2386 = reshape %2383 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2387 = broadcast %2386 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2388 = mul %2385, %2387 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2389 = reduce_sum %2388 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2390 = cast %2389 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2391 = permute %2390 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2392 = reshape %2391 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2393 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2394 = matmul %2392, %2393 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2395 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2396 = cast %2394 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2397 = add %2396, %2395 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2398 = add %2309, %2397 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2399 = reduce_sum %2398 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2400 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2401 = broadcast %2400 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2402 = div %2399, %2401 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2403 = broadcast %2402 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2404 = sub %2398, %2403 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2405 = mul %2404, %2404 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2406 = reduce_sum %2405 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2407 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2408 = broadcast %2407 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2409 = div %2406, %2408 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2410 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2411 = broadcast %2410 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2412 = add %2409, %2411 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2413 = rsqrt %2412 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2414 = broadcast %2413 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2415 = mul %2404, %2414 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2416 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2417 = mul %2415, %2416 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2418 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2419 = add %2417, %2418 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2420 = cast %2419 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2421 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2422 = matmul %2420, %2421 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2423 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2424 = cast %2422 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2425 = add %2424, %2423 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2426 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2427 = broadcast %2426 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2428 = mul %2427, %2425 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2429 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2430 = broadcast %2429 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2431 = mul %2425, %2430 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2432 = erf %2431 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2433 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2434 = broadcast %2433 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2435 = add %2434, %2432 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2436 = mul %2428, %2435 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2437 = cast %2436 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2438 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2439 = matmul %2437, %2438 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2440 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2441 = cast %2439 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2442 = add %2441, %2440 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2443 = add %2398, %2442 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2444 = concat %2443, %2308 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2445 = reduce_sum %2444 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2446 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2447 = broadcast %2446 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2448 = div %2445, %2447 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2449 = broadcast %2448 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2450 = sub %2444, %2449 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2451 = mul %2450, %2450 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2452 = reduce_sum %2451 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2453 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2454 = broadcast %2453 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2455 = div %2452, %2454 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2456 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2457 = broadcast %2456 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2458 = add %2455, %2457 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2459 = rsqrt %2458 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2460 = broadcast %2459 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2461 = mul %2450, %2460 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2462 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2463 = mul %2461, %2462 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2464 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2465 = add %2463, %2464 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2466 = slice %2465 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2467 = cast %2466 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2468 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2469 = matmul %2467, %2468 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2470 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2471 = cast %2469 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2472 = add %2471, %2470 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2473 = reshape %2472 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2474 = permute %2473 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2475 = cast %2465 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2476 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2477 = matmul %2475, %2476 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2478 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2479 = cast %2477 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2480 = add %2479, %2478 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2481 = reshape %2480 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2482 = permute %2481 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2483 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2484 = matmul %2475, %2483 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2485 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2486 = cast %2484 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2487 = add %2486, %2485 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2488 = reshape %2487 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2489 = permute %2488 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2490 = cast %2474 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2491 = cast %2482 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%2492 = cast %2490 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2493 = cast %2491 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2494 = permute %2493 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2495 = reshape %2492 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%2496 = broadcast %2495 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2497 = reshape %2494 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2498 = broadcast %2497 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2499 = mul %2496, %2498 : f32[4,2,1,8,17] @ models/lib/nn.yaml:55:23
%2500 = reduce_sum %2499 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2501 = cast %2500 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2502 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2503 = broadcast %2502 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2504 = cast %2501 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2505 = mul %2504, %2503 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2506 = reduce_max %2505 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2507 = stop_gradient %2506 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2508 = broadcast %2507 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2509 = sub %2505, %2508 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2510 = exp %2509 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2511 = reduce_sum %2510 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2512 = broadcast %2511 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2513 = div %2510, %2512 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2514 = cast %2513 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2515 = cast %2489 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%2516 = cast %2514 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2517 = cast %2515 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2518 = reshape %2516 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2519 = broadcast %2518 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2520 = reshape %2517 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2521 = broadcast %2520 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2522 = mul %2519, %2521 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2523 = reduce_sum %2522 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2524 = cast %2523 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2525 = permute %2524 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2526 = reshape %2525 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2527 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2528 = matmul %2526, %2527 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2529 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2530 = cast %2528 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2531 = add %2530, %2529 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2532 = add %2443, %2531 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2533 = reduce_sum %2532 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2534 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2535 = broadcast %2534 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2536 = div %2533, %2535 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2537 = broadcast %2536 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2538 = sub %2532, %2537 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2539 = mul %2538, %2538 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2540 = reduce_sum %2539 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2541 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2542 = broadcast %2541 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2543 = div %2540, %2542 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2544 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2545 = broadcast %2544 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2546 = add %2543, %2545 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2547 = rsqrt %2546 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2548 = broadcast %2547 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2549 = mul %2538, %2548 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2550 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2551 = mul %2549, %2550 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2552 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2553 = add %2551, %2552 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2554 = cast %2553 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2555 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2556 = matmul %2554, %2555 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2557 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2558 = cast %2556 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2559 = add %2558, %2557 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2560 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2561 = broadcast %2560 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2562 = mul %2561, %2559 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2563 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2564 = broadcast %2563 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2565 = mul %2559, %2564 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2566 = erf %2565 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2567 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2568 = broadcast %2567 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2569 = add %2568, %2566 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2570 = mul %2562, %2569 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2571 = cast %2570 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2572 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2573 = matmul %2571, %2572 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2574 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2575 = cast %2573 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2576 = add %2575, %2574 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2577 = add %2532, %2576 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2578 = concat %2577, %2308 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2579 = reduce_sum %2578 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2580 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2581 = broadcast %2580 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2582 = div %2579, %2581 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2583 = broadcast %2582 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2584 = sub %2578, %2583 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2585 = mul %2584, %2584 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2586 = reduce_sum %2585 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2587 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2588 = broadcast %2587 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2589 = div %2586, %2588 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2590 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2591 = broadcast %2590 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2592 = add %2589, %2591 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2593 = rsqrt %2592 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2594 = broadcast %2593 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2595 = mul %2584, %2594 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2596 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2597 = mul %2595, %2596 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2598 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2599 = add %2597, %2598 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2600 = slice %2599 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2601 = cast %2600 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2602 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2603 = matmul %2601, %2602 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2604 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2605 = cast %2603 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2606 = add %2605, %2604 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2607 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2608 = broadcast %2607 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2609 = mul %2608, %2606 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2610 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2611 = broadcast %2610 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2612 = mul %2606, %2611 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2613 = erf %2612 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2614 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2615 = broadcast %2614 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2616 = add %2615, %2613 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2617 = mul %2609, %2616 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2618 = cast %2617 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2619 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2620 = matmul %2618, %2619 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2621 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2622 = cast %2620 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2623 = add %2622, %2621 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2624 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2625 = broadcast %2624 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2626 = mul %2625, %2623 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2627 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2628 = broadcast %2627 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2629 = mul %2623, %2628 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2630 = erf %2629 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2631 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2632 = broadcast %2631 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2633 = add %2632, %2630 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2634 = mul %2626, %2633 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2635 = cast %2634 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2636 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2637 = matmul %2635, %2636 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2638 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2639 = cast %2637 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2640 = add %2639, %2638 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2641 = mul %2640, %2640 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2642 = reduce_sum %2641 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2643 = sqrt %2642 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2644 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2645 = cast %2644 : f32[] @ models/lib/nn.yaml:33:61
%2646 = broadcast %2645 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2647 = max %2643, %2646 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2648 = broadcast %2647 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2649 = div %2640, %2648 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2650 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2651 = mul %2650, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2652 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2653 = reduce_sum %2652 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2654 = sqrt %2653 : f32[32,1] @ models/lib/dino.yaml:22:35
%2655 = broadcast %2654 : f32[32,8] @ models/lib/dino.yaml:22:33
%2656 = div %2651, %2655 : f32[32,8] @ models/lib/dino.yaml:22:33
%2657 = cast %2649 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2658 = cast %2656 : bf16[32,8] @ models/lib/dino.yaml:23:18
%2659 = matmul %2657, %2658 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2660 = slice %2599 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2661 = cast %2660 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2662 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2663 = matmul %2661, %2662 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2664 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2665 = cast %2663 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2666 = add %2665, %2664 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2667 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2668 = broadcast %2667 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2669 = mul %2668, %2666 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2670 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2671 = broadcast %2670 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2672 = mul %2666, %2671 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2673 = erf %2672 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2674 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2675 = broadcast %2674 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2676 = add %2675, %2673 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2677 = mul %2669, %2676 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2678 = cast %2677 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2679 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2680 = matmul %2678, %2679 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2681 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2682 = cast %2680 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2683 = add %2682, %2681 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2684 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2685 = broadcast %2684 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2686 = mul %2685, %2683 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2687 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2688 = broadcast %2687 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2689 = mul %2683, %2688 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2690 = erf %2689 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2691 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2692 = broadcast %2691 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2693 = add %2692, %2690 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2694 = mul %2686, %2693 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2695 = cast %2694 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2696 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2697 = matmul %2695, %2696 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%2698 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2699 = cast %2697 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2700 = add %2699, %2698 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2701 = mul %2700, %2700 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2702 = reduce_sum %2701 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2703 = sqrt %2702 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2704 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2705 = cast %2704 : f32[] @ models/lib/nn.yaml:33:61
%2706 = broadcast %2705 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2707 = max %2703, %2706 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2708 = broadcast %2707 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2709 = div %2700, %2708 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2710 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2711 = mul %2710, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2712 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2713 = reduce_sum %2712 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2714 = sqrt %2713 : f32[16,1] @ models/lib/dino.yaml:22:35
%2715 = broadcast %2714 : f32[16,8] @ models/lib/dino.yaml:22:33
%2716 = div %2711, %2715 : f32[16,8] @ models/lib/dino.yaml:22:33
%2717 = cast %2709 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%2718 = cast %2716 : bf16[16,8] @ models/lib/dino.yaml:23:18
%2719 = matmul %2717, %2718 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%2720 = cast %2659 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2721 = slice %2720 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2722 = cast %2659 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2723 = slice %2722 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2724 = cast %2719 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%2725 = slice %2724 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2726 = cast %2719 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%2727 = slice %2726 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2728 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%2729 = permute %2728 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%2730 = reshape %2729 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%2731 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2732 = cast %2730 : bf16[4,9,48] @ models/lib/vit.yaml:17:18
%2733 = cast %2731 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2734 = matmul %2732, %2733 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%2735 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2736 = cast %2734 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2737 = add %2736, %2735 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2738 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%2739 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2740 = cast %2738 : bf16[3,4] @ models/lib/vit.yaml:32:15
%2741 = cast %2739 : bf16[4,64] @ models/lib/vit.yaml:32:15
%2742 = matmul %2740, %2741 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%2743 = reshape %2742 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%2744 = permute %2743 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%2745 = reshape %2744 : bf16[4,48] @ models/lib/vit.yaml:34:17
%2746 = matmul %2740, %2745 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%2747 = cast %2746 : f32[3,48] @ models/lib/vit.yaml:35:21
%2748 = reshape %2747 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2749 = permute %2748 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2750 = reshape %2749 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2751 = broadcast %2750 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2752 = add %2737, %2751 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2753 = reduce_sum %2752 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2754 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2755 = broadcast %2754 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2756 = div %2753, %2755 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2757 = broadcast %2756 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2758 = sub %2752, %2757 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2759 = mul %2758, %2758 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2760 = reduce_sum %2759 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2761 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2762 = broadcast %2761 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2763 = div %2760, %2762 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2764 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2765 = broadcast %2764 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2766 = add %2763, %2765 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2767 = rsqrt %2766 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2768 = broadcast %2767 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2769 = mul %2758, %2768 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2770 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2771 = mul %2769, %2770 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2772 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2773 = add %2771, %2772 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2774 = cast %2773 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2775 = matmul %2774, %2062 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2776 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2777 = cast %2775 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2778 = add %2777, %2776 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2779 = reshape %2778 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2780 = permute %2779 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2781 = slice %2780 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2782 = reshape %2781 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2783 = slice %2780 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2784 = reshape %2783 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2785 = slice %2780 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2786 = reshape %2785 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2787 = cast %2782 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2788 = cast %2784 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2789 = cast %2787 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2790 = cast %2788 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2791 = permute %2790 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2792 = reshape %2789 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2793 = broadcast %2792 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2794 = reshape %2791 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2795 = broadcast %2794 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2796 = mul %2793, %2795 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2797 = reduce_sum %2796 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2798 = cast %2797 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%2799 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2800 = broadcast %2799 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2801 = cast %2798 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2802 = mul %2801, %2800 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2803 = reduce_max %2802 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2804 = stop_gradient %2803 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2805 = broadcast %2804 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2806 = sub %2802, %2805 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2807 = exp %2806 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2808 = reduce_sum %2807 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2809 = broadcast %2808 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2810 = div %2807, %2809 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2811 = cast %2810 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%2812 = cast %2786 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2813 = cast %2811 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2814 = cast %2812 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2815 = reshape %2813 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2816 = broadcast %2815 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2817 = reshape %2814 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2818 = broadcast %2817 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2819 = mul %2816, %2818 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2820 = reduce_sum %2819 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2821 = cast %2820 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2822 = permute %2821 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%2823 = reshape %2822 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%2824 = matmul %2823, %2112 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2825 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2826 = cast %2824 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2827 = add %2826, %2825 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2828 = add %2752, %2827 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2829 = reduce_sum %2828 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2830 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2831 = broadcast %2830 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2832 = div %2829, %2831 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2833 = broadcast %2832 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2834 = sub %2828, %2833 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2835 = mul %2834, %2834 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2836 = reduce_sum %2835 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2837 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2838 = broadcast %2837 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2839 = div %2836, %2838 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2840 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2841 = broadcast %2840 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2842 = add %2839, %2841 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2843 = rsqrt %2842 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2844 = broadcast %2843 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2845 = mul %2834, %2844 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2846 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2847 = mul %2845, %2846 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2848 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2849 = add %2847, %2848 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2850 = cast %2849 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2851 = matmul %2850, %2140 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2852 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2853 = cast %2851 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2854 = add %2853, %2852 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2855 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2856 = broadcast %2855 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2857 = mul %2856, %2854 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2858 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2859 = broadcast %2858 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2860 = mul %2854, %2859 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2861 = erf %2860 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2862 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2863 = broadcast %2862 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2864 = add %2863, %2861 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2865 = mul %2857, %2864 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2866 = cast %2865 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2867 = matmul %2866, %2157 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2868 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2869 = cast %2867 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2870 = add %2869, %2868 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2871 = add %2828, %2870 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2872 = reduce_sum %2871 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2873 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2874 = broadcast %2873 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2875 = div %2872, %2874 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2876 = broadcast %2875 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2877 = sub %2871, %2876 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2878 = mul %2877, %2877 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2879 = reduce_sum %2878 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2880 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2881 = broadcast %2880 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2882 = div %2879, %2881 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2883 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2884 = broadcast %2883 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2885 = add %2882, %2884 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2886 = rsqrt %2885 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2887 = broadcast %2886 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2888 = mul %2877, %2887 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2889 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2890 = mul %2888, %2889 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2891 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2892 = add %2890, %2891 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2893 = cast %2892 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2894 = matmul %2893, %2185 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2895 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2896 = cast %2894 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2897 = add %2896, %2895 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2898 = reshape %2897 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2899 = permute %2898 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2900 = slice %2899 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2901 = reshape %2900 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2902 = slice %2899 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2903 = reshape %2902 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2904 = slice %2899 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2905 = reshape %2904 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2906 = cast %2901 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2907 = cast %2903 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2908 = cast %2906 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2909 = cast %2907 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2910 = permute %2909 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2911 = reshape %2908 : f32[4,2,9,8,1] @ models/lib/nn.yaml:55:23
%2912 = broadcast %2911 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2913 = reshape %2910 : f32[4,2,1,8,9] @ models/lib/nn.yaml:55:23
%2914 = broadcast %2913 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2915 = mul %2912, %2914 : f32[4,2,9,8,9] @ models/lib/nn.yaml:55:23
%2916 = reduce_sum %2915 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2917 = cast %2916 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%2918 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2919 = broadcast %2918 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2920 = cast %2917 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2921 = mul %2920, %2919 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2922 = reduce_max %2921 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2923 = stop_gradient %2922 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2924 = broadcast %2923 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2925 = sub %2921, %2924 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2926 = exp %2925 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2927 = reduce_sum %2926 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2928 = broadcast %2927 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2929 = div %2926, %2928 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2930 = cast %2929 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%2931 = cast %2905 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2932 = cast %2930 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%2933 = cast %2931 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2934 = reshape %2932 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%2935 = broadcast %2934 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2936 = reshape %2933 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%2937 = broadcast %2936 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2938 = mul %2935, %2937 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%2939 = reduce_sum %2938 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2940 = cast %2939 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%2941 = permute %2940 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%2942 = reshape %2941 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%2943 = matmul %2942, %2235 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2944 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2945 = cast %2943 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2946 = add %2945, %2944 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2947 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2948 = broadcast %2947 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2949 = div %2946, %2948 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2950 = rand_uniform %2243 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2951 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2952 = broadcast %2951 : f32[4] @ models/lib/nn.yaml:44:35
%2953 = add %2952, %2950 : f32[4] @ models/lib/nn.yaml:44:35
%2954 = floor %2953 : f32[4] @ models/lib/nn.yaml:44:24
%2955 = reshape %2954 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2956 = broadcast %2955 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2957 = mul %2949, %2956 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2958 = add %2871, %2957 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2959 = reduce_sum %2958 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2960 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2961 = broadcast %2960 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2962 = div %2959, %2961 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2963 = broadcast %2962 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2964 = sub %2958, %2963 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2965 = mul %2964, %2964 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2966 = reduce_sum %2965 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2967 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2968 = broadcast %2967 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2969 = div %2966, %2968 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2970 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2971 = broadcast %2970 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2972 = add %2969, %2971 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2973 = rsqrt %2972 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2974 = broadcast %2973 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2975 = mul %2964, %2974 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2976 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2977 = mul %2975, %2976 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2978 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2979 = add %2977, %2978 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2980 = cast %2979 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2981 = matmul %2980, %2275 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2982 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2983 = cast %2981 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2984 = add %2983, %2982 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2985 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2986 = broadcast %2985 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2987 = mul %2986, %2984 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2988 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2989 = broadcast %2988 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2990 = mul %2984, %2989 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2991 = erf %2990 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2992 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2993 = broadcast %2992 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2994 = add %2993, %2991 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2995 = mul %2987, %2994 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2996 = cast %2995 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%2997 = matmul %2996, %2292 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2998 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2999 = cast %2997 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3000 = add %2999, %2998 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3001 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%3002 = broadcast %3001 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3003 = div %3000, %3002 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3004 = rand_uniform %2243 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3005 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%3006 = broadcast %3005 : f32[4] @ models/lib/nn.yaml:44:35
%3007 = add %3006, %3004 : f32[4] @ models/lib/nn.yaml:44:35
%3008 = floor %3007 : f32[4] @ models/lib/nn.yaml:44:24
%3009 = reshape %3008 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3010 = broadcast %3009 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3011 = mul %3003, %3010 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3012 = add %2958, %3011 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3013 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%3014 = concat %3013, %3012 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3015 = reduce_sum %3014 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3016 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%3017 = broadcast %3016 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3018 = div %3015, %3017 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3019 = broadcast %3018 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3020 = sub %3014, %3019 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3021 = mul %3020, %3020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3022 = reduce_sum %3021 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3023 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%3024 = broadcast %3023 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3025 = div %3022, %3024 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3026 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%3027 = broadcast %3026 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3028 = add %3025, %3027 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3029 = rsqrt %3028 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3030 = broadcast %3029 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3031 = mul %3020, %3030 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3032 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3033 = mul %3031, %3032 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3034 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3035 = add %3033, %3034 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3036 = slice %3035 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3037 = cast %3036 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3038 = matmul %3037, %2334 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3039 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3040 = cast %3038 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3041 = add %3040, %3039 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3042 = reshape %3041 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3043 = permute %3042 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3044 = cast %3035 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3045 = matmul %3044, %2342 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3046 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3047 = cast %3045 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3048 = add %3047, %3046 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3049 = reshape %3048 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3050 = permute %3049 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3051 = matmul %3044, %2349 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3052 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3053 = cast %3051 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3054 = add %3053, %3052 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3055 = reshape %3054 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3056 = permute %3055 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3057 = cast %3043 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3058 = cast %3050 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3059 = cast %3057 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3060 = cast %3058 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3061 = permute %3060 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3062 = reshape %3059 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%3063 = broadcast %3062 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3064 = reshape %3061 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3065 = broadcast %3064 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3066 = mul %3063, %3065 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3067 = reduce_sum %3066 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3068 = cast %3067 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3069 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%3070 = broadcast %3069 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3071 = cast %3068 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3072 = mul %3071, %3070 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3073 = reduce_max %3072 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3074 = stop_gradient %3073 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3075 = broadcast %3074 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3076 = sub %3072, %3075 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3077 = exp %3076 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3078 = reduce_sum %3077 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3079 = broadcast %3078 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3080 = div %3077, %3079 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3081 = cast %3080 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3082 = cast %3056 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3083 = cast %3081 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3084 = cast %3082 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3085 = reshape %3083 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3086 = broadcast %3085 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3087 = reshape %3084 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3088 = broadcast %3087 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3089 = mul %3086, %3088 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3090 = reduce_sum %3089 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3091 = cast %3090 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3092 = permute %3091 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3093 = reshape %3092 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3094 = matmul %3093, %2393 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3095 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3096 = cast %3094 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3097 = add %3096, %3095 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3098 = add %3013, %3097 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3099 = reduce_sum %3098 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3100 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%3101 = broadcast %3100 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3102 = div %3099, %3101 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3103 = broadcast %3102 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3104 = sub %3098, %3103 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3105 = mul %3104, %3104 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3106 = reduce_sum %3105 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3107 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%3108 = broadcast %3107 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3109 = div %3106, %3108 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3110 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%3111 = broadcast %3110 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3112 = add %3109, %3111 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3113 = rsqrt %3112 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3114 = broadcast %3113 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3115 = mul %3104, %3114 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3116 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3117 = mul %3115, %3116 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3118 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3119 = add %3117, %3118 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3120 = cast %3119 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3121 = matmul %3120, %2421 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3122 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3123 = cast %3121 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3124 = add %3123, %3122 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3125 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%3126 = broadcast %3125 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3127 = mul %3126, %3124 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3128 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%3129 = broadcast %3128 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3130 = mul %3124, %3129 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3131 = erf %3130 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3132 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%3133 = broadcast %3132 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3134 = add %3133, %3131 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3135 = mul %3127, %3134 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3136 = cast %3135 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3137 = matmul %3136, %2438 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3138 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3139 = cast %3137 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3140 = add %3139, %3138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3141 = add %3098, %3140 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3142 = concat %3141, %3012 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3143 = reduce_sum %3142 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3144 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%3145 = broadcast %3144 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3146 = div %3143, %3145 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3147 = broadcast %3146 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3148 = sub %3142, %3147 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3149 = mul %3148, %3148 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3150 = reduce_sum %3149 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3151 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%3152 = broadcast %3151 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3153 = div %3150, %3152 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3154 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%3155 = broadcast %3154 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3156 = add %3153, %3155 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3157 = rsqrt %3156 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3158 = broadcast %3157 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3159 = mul %3148, %3158 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3160 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3161 = mul %3159, %3160 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3162 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3163 = add %3161, %3162 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3164 = slice %3163 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3165 = cast %3164 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3166 = matmul %3165, %2468 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3167 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3168 = cast %3166 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3169 = add %3168, %3167 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3170 = reshape %3169 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3171 = permute %3170 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3172 = cast %3163 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3173 = matmul %3172, %2476 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3174 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3175 = cast %3173 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3176 = add %3175, %3174 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3177 = reshape %3176 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3178 = permute %3177 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3179 = matmul %3172, %2483 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3180 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3181 = cast %3179 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3182 = add %3181, %3180 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3183 = reshape %3182 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3184 = permute %3183 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3185 = cast %3171 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3186 = cast %3178 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3187 = cast %3185 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3188 = cast %3186 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3189 = permute %3188 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3190 = reshape %3187 : f32[4,2,1,8,1] @ models/lib/nn.yaml:55:23
%3191 = broadcast %3190 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3192 = reshape %3189 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3193 = broadcast %3192 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3194 = mul %3191, %3193 : f32[4,2,1,8,10] @ models/lib/nn.yaml:55:23
%3195 = reduce_sum %3194 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3196 = cast %3195 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3197 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%3198 = broadcast %3197 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3199 = cast %3196 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3200 = mul %3199, %3198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3201 = reduce_max %3200 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3202 = stop_gradient %3201 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3203 = broadcast %3202 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3204 = sub %3200, %3203 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3205 = exp %3204 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3206 = reduce_sum %3205 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3207 = broadcast %3206 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3208 = div %3205, %3207 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3209 = cast %3208 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3210 = cast %3184 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3211 = cast %3209 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3212 = cast %3210 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3213 = reshape %3211 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3214 = broadcast %3213 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3215 = reshape %3212 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3216 = broadcast %3215 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3217 = mul %3214, %3216 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3218 = reduce_sum %3217 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3219 = cast %3218 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3220 = permute %3219 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3221 = reshape %3220 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3222 = matmul %3221, %2527 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3223 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3224 = cast %3222 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3225 = add %3224, %3223 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3226 = add %3141, %3225 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3227 = reduce_sum %3226 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3228 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%3229 = broadcast %3228 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3230 = div %3227, %3229 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3231 = broadcast %3230 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3232 = sub %3226, %3231 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3233 = mul %3232, %3232 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3234 = reduce_sum %3233 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3235 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%3236 = broadcast %3235 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3237 = div %3234, %3236 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3238 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%3239 = broadcast %3238 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3240 = add %3237, %3239 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3241 = rsqrt %3240 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3242 = broadcast %3241 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3243 = mul %3232, %3242 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3244 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3245 = mul %3243, %3244 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3246 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3247 = add %3245, %3246 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3248 = cast %3247 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3249 = matmul %3248, %2555 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3250 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3251 = cast %3249 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3252 = add %3251, %3250 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3253 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%3254 = broadcast %3253 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3255 = mul %3254, %3252 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3256 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%3257 = broadcast %3256 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3258 = mul %3252, %3257 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3259 = erf %3258 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3260 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%3261 = broadcast %3260 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3262 = add %3261, %3259 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3263 = mul %3255, %3262 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3264 = cast %3263 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3265 = matmul %3264, %2572 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3266 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3267 = cast %3265 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3268 = add %3267, %3266 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3269 = add %3226, %3268 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3270 = concat %3269, %3012 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3271 = reduce_sum %3270 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3272 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%3273 = broadcast %3272 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3274 = div %3271, %3273 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3275 = broadcast %3274 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3276 = sub %3270, %3275 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3277 = mul %3276, %3276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3278 = reduce_sum %3277 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3279 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%3280 = broadcast %3279 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3281 = div %3278, %3280 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3282 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%3283 = broadcast %3282 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3284 = add %3281, %3283 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3285 = rsqrt %3284 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3286 = broadcast %3285 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3287 = mul %3276, %3286 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3288 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3289 = mul %3287, %3288 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3290 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3291 = add %3289, %3290 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3292 = slice %3291 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3293 = cast %3292 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3294 = matmul %3293, %2602 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3295 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3296 = cast %3294 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3297 = add %3296, %3295 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3298 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%3299 = broadcast %3298 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3300 = mul %3299, %3297 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3301 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%3302 = broadcast %3301 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3303 = mul %3297, %3302 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3304 = erf %3303 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3305 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%3306 = broadcast %3305 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3307 = add %3306, %3304 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3308 = mul %3300, %3307 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3309 = cast %3308 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3310 = matmul %3309, %2619 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3311 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3312 = cast %3310 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3313 = add %3312, %3311 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3314 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%3315 = broadcast %3314 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3316 = mul %3315, %3313 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3317 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%3318 = broadcast %3317 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3319 = mul %3313, %3318 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3320 = erf %3319 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3321 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%3322 = broadcast %3321 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3323 = add %3322, %3320 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3324 = mul %3316, %3323 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3325 = cast %3324 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3326 = matmul %3325, %2636 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3327 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3328 = cast %3326 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3329 = add %3328, %3327 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3330 = mul %3329, %3329 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3331 = reduce_sum %3330 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3332 = sqrt %3331 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3333 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%3334 = cast %3333 : f32[] @ models/lib/nn.yaml:33:61
%3335 = broadcast %3334 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3336 = max %3332, %3335 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3337 = broadcast %3336 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3338 = div %3329, %3337 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3339 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%3340 = mul %3339, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%3341 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%3342 = reduce_sum %3341 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%3343 = sqrt %3342 : f32[32,1] @ models/lib/dino.yaml:22:35
%3344 = broadcast %3343 : f32[32,8] @ models/lib/dino.yaml:22:33
%3345 = div %3340, %3344 : f32[32,8] @ models/lib/dino.yaml:22:33
%3346 = cast %3338 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3347 = cast %3345 : bf16[32,8] @ models/lib/dino.yaml:23:18
%3348 = matmul %3346, %3347 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3349 = slice %3291 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3350 = cast %3349 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3351 = matmul %3350, %2662 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3352 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3353 = cast %3351 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3354 = add %3353, %3352 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3355 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%3356 = broadcast %3355 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3357 = mul %3356, %3354 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3358 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%3359 = broadcast %3358 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3360 = mul %3354, %3359 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3361 = erf %3360 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3362 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%3363 = broadcast %3362 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3364 = add %3363, %3361 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3365 = mul %3357, %3364 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3366 = cast %3365 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3367 = matmul %3366, %2679 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3368 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3369 = cast %3367 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3370 = add %3369, %3368 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3371 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%3372 = broadcast %3371 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3373 = mul %3372, %3370 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3374 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%3375 = broadcast %3374 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3376 = mul %3370, %3375 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3377 = erf %3376 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3378 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%3379 = broadcast %3378 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3380 = add %3379, %3377 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3381 = mul %3373, %3380 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3382 = cast %3381 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3383 = matmul %3382, %2696 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3384 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3385 = cast %3383 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3386 = add %3385, %3384 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3387 = mul %3386, %3386 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3388 = reduce_sum %3387 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3389 = sqrt %3388 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3390 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%3391 = cast %3390 : f32[] @ models/lib/nn.yaml:33:61
%3392 = broadcast %3391 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3393 = max %3389, %3392 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3394 = broadcast %3393 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3395 = div %3386, %3394 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3396 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%3397 = mul %3396, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%3398 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3399 = reduce_sum %3398 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%3400 = sqrt %3399 : f32[16,1] @ models/lib/dino.yaml:22:35
%3401 = broadcast %3400 : f32[16,8] @ models/lib/dino.yaml:22:33
%3402 = div %3397, %3401 : f32[16,8] @ models/lib/dino.yaml:22:33
%3403 = cast %3395 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3404 = cast %3402 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3405 = matmul %3403, %3404 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3406 = cast %3348 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3407 = slice %3406 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3408 = cast %3348 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3409 = slice %3408 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3410 = cast %3405 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3411 = slice %3410 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3412 = cast %3405 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3413 = slice %3412 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3414 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3415 = sub %1096, %3414 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3416 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3417 = div %3415, %3416 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3418 = reduce_max %3417 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3419 = stop_gradient %3418 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3420 = broadcast %3419 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3421 = sub %3417, %3420 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3422 = exp %3421 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3423 = reduce_sum %3422 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3424 = broadcast %3423 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3425 = div %3422, %3424 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3426 = stop_gradient %3425 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3427 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3428 = broadcast %3427 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3429 = div %2723, %3428 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3430 = reduce_max %3429 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3431 = stop_gradient %3430 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3432 = broadcast %3431 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3433 = sub %3429, %3432 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3434 = exp %3433 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3435 = reduce_sum %3434 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3436 = log %3435 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3437 = broadcast %3436 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3438 = sub %3433, %3437 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3439 = mul %3426, %3438 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3440 = reduce_sum %3439 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3441 = neg %3440 : f32[2,1] @ models/lib/dino.yaml:39:21
%3442 = reduce_sum %3441 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3443 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3444 = div %3442, %3443 : f32[] @ models/lib/dino.yaml:39:16
%3445 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3446 = sub %1096, %3445 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3447 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3448 = div %3446, %3447 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3449 = reduce_max %3448 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3450 = stop_gradient %3449 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3451 = broadcast %3450 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3452 = sub %3448, %3451 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3453 = exp %3452 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3454 = reduce_sum %3453 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3455 = broadcast %3454 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3456 = div %3453, %3455 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3457 = stop_gradient %3456 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3458 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3459 = broadcast %3458 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3460 = div %3407, %3459 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3461 = reduce_max %3460 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3462 = stop_gradient %3461 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3463 = broadcast %3462 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3464 = sub %3460, %3463 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3465 = exp %3464 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3466 = reduce_sum %3465 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3467 = log %3466 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3468 = broadcast %3467 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3469 = sub %3464, %3468 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3470 = mul %3457, %3469 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3471 = reduce_sum %3470 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3472 = neg %3471 : f32[2,1] @ models/lib/dino.yaml:39:21
%3473 = reduce_sum %3472 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3474 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3475 = div %3473, %3474 : f32[] @ models/lib/dino.yaml:39:16
%3476 = add %3444, %3475 : f32[] @ models/dino_pass.yaml:148:11
%3477 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3478 = sub %1096, %3477 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3479 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3480 = div %3478, %3479 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3481 = reduce_max %3480 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3482 = stop_gradient %3481 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3483 = broadcast %3482 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3484 = sub %3480, %3483 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3485 = exp %3484 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3486 = reduce_sum %3485 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3487 = broadcast %3486 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3488 = div %3485, %3487 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3489 = stop_gradient %3488 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3490 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3491 = broadcast %3490 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3492 = div %3409, %3491 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3493 = reduce_max %3492 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3494 = stop_gradient %3493 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3495 = broadcast %3494 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3496 = sub %3492, %3495 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3497 = exp %3496 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3498 = reduce_sum %3497 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3499 = log %3498 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3500 = broadcast %3499 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3501 = sub %3496, %3500 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3502 = mul %3489, %3501 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3503 = reduce_sum %3502 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3504 = neg %3503 : f32[2,1] @ models/lib/dino.yaml:39:21
%3505 = reduce_sum %3504 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3506 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3507 = div %3505, %3506 : f32[] @ models/lib/dino.yaml:39:16
%3508 = add %3476, %3507 : f32[] @ models/dino_pass.yaml:148:11
%3509 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3510 = sub %1098, %3509 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3511 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3512 = div %3510, %3511 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3513 = reduce_max %3512 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3514 = stop_gradient %3513 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3515 = broadcast %3514 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3516 = sub %3512, %3515 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3517 = exp %3516 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3518 = reduce_sum %3517 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3519 = broadcast %3518 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3520 = div %3517, %3519 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3521 = stop_gradient %3520 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3522 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3523 = broadcast %3522 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3524 = div %2721, %3523 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3525 = reduce_max %3524 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3526 = stop_gradient %3525 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3527 = broadcast %3526 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3528 = sub %3524, %3527 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3529 = exp %3528 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3530 = reduce_sum %3529 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3531 = log %3530 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3532 = broadcast %3531 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3533 = sub %3528, %3532 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3534 = mul %3521, %3533 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3535 = reduce_sum %3534 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3536 = neg %3535 : f32[2,1] @ models/lib/dino.yaml:39:21
%3537 = reduce_sum %3536 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3538 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3539 = div %3537, %3538 : f32[] @ models/lib/dino.yaml:39:16
%3540 = add %3508, %3539 : f32[] @ models/dino_pass.yaml:148:11
%3541 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3542 = sub %1098, %3541 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3543 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3544 = div %3542, %3543 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3545 = reduce_max %3544 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3546 = stop_gradient %3545 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3547 = broadcast %3546 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3548 = sub %3544, %3547 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3549 = exp %3548 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3550 = reduce_sum %3549 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3551 = broadcast %3550 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3552 = div %3549, %3551 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3553 = stop_gradient %3552 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3554 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3555 = broadcast %3554 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3556 = div %3407, %3555 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3557 = reduce_max %3556 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3558 = stop_gradient %3557 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3559 = broadcast %3558 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3560 = sub %3556, %3559 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3561 = exp %3560 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3562 = reduce_sum %3561 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3563 = log %3562 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3564 = broadcast %3563 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3565 = sub %3560, %3564 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3566 = mul %3553, %3565 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3567 = reduce_sum %3566 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3568 = neg %3567 : f32[2,1] @ models/lib/dino.yaml:39:21
%3569 = reduce_sum %3568 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3570 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3571 = div %3569, %3570 : f32[] @ models/lib/dino.yaml:39:16
%3572 = add %3540, %3571 : f32[] @ models/dino_pass.yaml:148:11
%3573 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3574 = sub %1098, %3573 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3575 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3576 = div %3574, %3575 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3577 = reduce_max %3576 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3578 = stop_gradient %3577 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3579 = broadcast %3578 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3580 = sub %3576, %3579 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3581 = exp %3580 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3582 = reduce_sum %3581 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3583 = broadcast %3582 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3584 = div %3581, %3583 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3585 = stop_gradient %3584 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3586 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3587 = broadcast %3586 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3588 = div %3409, %3587 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3589 = reduce_max %3588 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3590 = stop_gradient %3589 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3591 = broadcast %3590 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3592 = sub %3588, %3591 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3593 = exp %3592 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3594 = reduce_sum %3593 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3595 = log %3594 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3596 = broadcast %3595 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3597 = sub %3592, %3596 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3598 = mul %3585, %3597 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3599 = reduce_sum %3598 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3600 = neg %3599 : f32[2,1] @ models/lib/dino.yaml:39:21
%3601 = reduce_sum %3600 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3602 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3603 = div %3601, %3602 : f32[] @ models/lib/dino.yaml:39:16
%3604 = add %3572, %3603 : f32[] @ models/dino_pass.yaml:148:11
%3605 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3606 = div %3604, %3605 : f32[] @ models/dino_pass.yaml:145:3
%3607 = output %3606 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3608 = const data=[1] : f32[] @ models/dino_pass.yaml:145:3
%3609 = mul %3606, %3608 : f32[] @ models/dino_pass.yaml:145:3
%3610 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3611 = sub %1100, %3610 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3612 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3613 = div %3611, %3612 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3614 = reduce_max %3613 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3615 = stop_gradient %3614 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3616 = broadcast %3615 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3617 = sub %3613, %3616 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3618 = exp %3617 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3619 = reduce_sum %3618 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3620 = broadcast %3619 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3621 = div %3618, %3620 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3622 = stop_gradient %3621 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3623 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3624 = broadcast %3623 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3625 = div %2725, %3624 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3626 = reduce_max %3625 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3627 = stop_gradient %3626 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3628 = broadcast %3627 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3629 = sub %3625, %3628 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3630 = exp %3629 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3631 = reduce_sum %3630 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3632 = log %3631 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3633 = broadcast %3632 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3634 = sub %3629, %3633 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3635 = mul %3622, %3634 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3636 = reduce_sum %3635 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3637 = neg %3636 : f32[2,16] @ models/lib/dino.yaml:39:21
%3638 = reduce_sum %3637 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3639 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3640 = div %3638, %3639 : f32[] @ models/lib/dino.yaml:39:16
%3641 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3642 = sub %1102, %3641 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3643 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3644 = div %3642, %3643 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3645 = reduce_max %3644 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3646 = stop_gradient %3645 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3647 = broadcast %3646 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3648 = sub %3644, %3647 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3649 = exp %3648 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3650 = reduce_sum %3649 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3651 = broadcast %3650 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3652 = div %3649, %3651 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3653 = stop_gradient %3652 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3654 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3655 = broadcast %3654 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3656 = div %2727, %3655 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3657 = reduce_max %3656 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3658 = stop_gradient %3657 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3659 = broadcast %3658 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3660 = sub %3656, %3659 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3661 = exp %3660 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3662 = reduce_sum %3661 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3663 = log %3662 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3664 = broadcast %3663 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3665 = sub %3660, %3664 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3666 = mul %3653, %3665 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3667 = reduce_sum %3666 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3668 = neg %3667 : f32[2,16] @ models/lib/dino.yaml:39:21
%3669 = reduce_sum %3668 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3670 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3671 = div %3669, %3670 : f32[] @ models/lib/dino.yaml:39:16
%3672 = add %3640, %3671 : f32[] @ models/dino_pass.yaml:152:11
%3673 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3674 = sub %2025, %3673 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3675 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3676 = div %3674, %3675 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3677 = reduce_max %3676 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3678 = stop_gradient %3677 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3679 = broadcast %3678 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3680 = sub %3676, %3679 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3681 = exp %3680 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3682 = reduce_sum %3681 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3683 = broadcast %3682 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3684 = div %3681, %3683 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3685 = stop_gradient %3684 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3686 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3687 = broadcast %3686 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3688 = div %3411, %3687 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3689 = reduce_max %3688 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3690 = stop_gradient %3689 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3691 = broadcast %3690 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3692 = sub %3688, %3691 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3693 = exp %3692 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3694 = reduce_sum %3693 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3695 = log %3694 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3696 = broadcast %3695 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3697 = sub %3692, %3696 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3698 = mul %3685, %3697 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3699 = reduce_sum %3698 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3700 = neg %3699 : f32[2,9] @ models/lib/dino.yaml:39:21
%3701 = reduce_sum %3700 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3702 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3703 = div %3701, %3702 : f32[] @ models/lib/dino.yaml:39:16
%3704 = add %3672, %3703 : f32[] @ models/dino_pass.yaml:152:11
%3705 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3706 = sub %2027, %3705 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3707 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3708 = div %3706, %3707 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3709 = reduce_max %3708 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3710 = stop_gradient %3709 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3711 = broadcast %3710 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3712 = sub %3708, %3711 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3713 = exp %3712 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3714 = reduce_sum %3713 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3715 = broadcast %3714 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3716 = div %3713, %3715 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3717 = stop_gradient %3716 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3718 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3719 = broadcast %3718 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3720 = div %3413, %3719 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3721 = reduce_max %3720 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3722 = stop_gradient %3721 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3723 = broadcast %3722 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3724 = sub %3720, %3723 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3725 = exp %3724 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3726 = reduce_sum %3725 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3727 = log %3726 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3728 = broadcast %3727 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3729 = sub %3724, %3728 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3730 = mul %3717, %3729 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3731 = reduce_sum %3730 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3732 = neg %3731 : f32[2,9] @ models/lib/dino.yaml:39:21
%3733 = reduce_sum %3732 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3734 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3735 = div %3733, %3734 : f32[] @ models/lib/dino.yaml:39:16
%3736 = add %3704, %3735 : f32[] @ models/dino_pass.yaml:152:11
%3737 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3738 = div %3736, %3737 : f32[] @ models/dino_pass.yaml:149:3
%3739 = output %3738 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3740 = const data=[0.1] : f32[] @ models/dino_pass.yaml:149:3
%3741 = mul %3738, %3740 : f32[] @ models/dino_pass.yaml:149:3
%3742 = add %3609, %3741 : f32[] @ models/dino_pass.yaml:149:3
%3743 = output %3742 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3744 = const data=[0.9] : f32[] @ models/dino_pass.yaml:138:22
%3745 = broadcast %3744 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3746 = mul %163, %3745 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3747 = concat %1096, %1098, %2021, %2023 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3748 = reduce_sum %3747 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3749 = all_reduce_sum %3748 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3750 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3751 = broadcast %3750 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3752 = div %3749, %3751 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3753 = const data=[0.1] : f32[] @ models/dino_pass.yaml:138:43
%3754 = broadcast %3753 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3755 = mul %3754, %3752 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3756 = add %3746, %3755 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3757 = assign %163, %3756 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3758 = const data=[0.9] : f32[] @ models/dino_pass.yaml:142:28
%3759 = broadcast %3758 : f32[1,16] @ models/dino_pass.yaml:142:26
%3760 = mul %164, %3759 : f32[1,16] @ models/dino_pass.yaml:142:26
%3761 = reshape %1100 : f32[32,16] @ models/dino_pass.yaml:142:81
%3762 = reshape %1102 : f32[32,16] @ models/dino_pass.yaml:142:81
%3763 = reshape %2025 : f32[18,16] @ models/dino_pass.yaml:142:81
%3764 = reshape %2027 : f32[18,16] @ models/dino_pass.yaml:142:81
%3765 = concat %3761, %3762, %3763, %3764 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3766 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3767 = reshape %3765 : f32[100,16] @ models/lib/nn.yaml:73:26
%3768 = matmul %3766, %3767 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3769 = reshape %3768 : f32[1,16] @ models/lib/nn.yaml:73:26
%3770 = all_reduce_sum %3769 : f32[1,16] @ models/lib/nn.yaml:73:16
%3771 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3772 = broadcast %3771 : f32[1,16] @ models/lib/nn.yaml:73:52
%3773 = div %3770, %3772 : f32[1,16] @ models/lib/nn.yaml:73:52
%3774 = const data=[0.1] : f32[] @ models/dino_pass.yaml:142:49
%3775 = broadcast %3774 : f32[1,16] @ models/dino_pass.yaml:142:68
%3776 = mul %3775, %3773 : f32[1,16] @ models/dino_pass.yaml:142:68
%3777 = add %3760, %3776 : f32[1,16] @ models/dino_pass.yaml:142:44
%3778 = assign %164, %3777 : f32[1,16] @ models/dino_pass.yaml:142:13
%3779 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3780 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3781 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3782 = const data=[1] : f32[] @ models/dino_pass.yaml:149:3
%3783 = mul %3782, %3740 : f32[] @ models/dino_pass.yaml:149:3
%3784 = div %3783, %3737 : f32[] @ models/dino_pass.yaml:149:3
%3785 = div %3784, %3734 : f32[] @ models/lib/dino.yaml:39:16
%3786 = reshape %3785 : f32[1,1] @ models/lib/dino.yaml:39:16
%3787 = broadcast %3786 : f32[2,9] @ models/lib/dino.yaml:39:16
%3788 = neg %3787 : f32[2,9] @ models/lib/dino.yaml:39:21
%3789 = reshape %3788 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3790 = broadcast %3789 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3791 = mul %3790, %3717 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3792 = neg %3791 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3793 = reduce_sum %3792 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3794 = div %3793, %3726 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3795 = broadcast %3794 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3796 = mul %3795, %3725 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3797 = add %3791, %3796 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3798 = div %3797, %3719 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3799 = div %3784, %3702 : f32[] @ models/lib/dino.yaml:39:16
%3800 = reshape %3799 : f32[1,1] @ models/lib/dino.yaml:39:16
%3801 = broadcast %3800 : f32[2,9] @ models/lib/dino.yaml:39:16
%3802 = neg %3801 : f32[2,9] @ models/lib/dino.yaml:39:21
%3803 = reshape %3802 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3804 = broadcast %3803 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3805 = mul %3804, %3685 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3806 = neg %3805 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3807 = reduce_sum %3806 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3808 = div %3807, %3694 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3809 = broadcast %3808 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3810 = mul %3809, %3693 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3811 = add %3805, %3810 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3812 = div %3811, %3687 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3813 = div %3784, %3670 : f32[] @ models/lib/dino.yaml:39:16
%3814 = reshape %3813 : f32[1,1] @ models/lib/dino.yaml:39:16
%3815 = broadcast %3814 : f32[2,16] @ models/lib/dino.yaml:39:16
%3816 = neg %3815 : f32[2,16] @ models/lib/dino.yaml:39:21
%3817 = reshape %3816 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3818 = broadcast %3817 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3819 = mul %3818, %3653 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3820 = neg %3819 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3821 = reduce_sum %3820 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3822 = div %3821, %3662 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3823 = broadcast %3822 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3824 = mul %3823, %3661 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3825 = add %3819, %3824 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3826 = div %3825, %3655 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3827 = div %3784, %3639 : f32[] @ models/lib/dino.yaml:39:16
%3828 = reshape %3827 : f32[1,1] @ models/lib/dino.yaml:39:16
%3829 = broadcast %3828 : f32[2,16] @ models/lib/dino.yaml:39:16
%3830 = neg %3829 : f32[2,16] @ models/lib/dino.yaml:39:21
%3831 = reshape %3830 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3832 = broadcast %3831 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3833 = mul %3832, %3622 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3834 = neg %3833 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3835 = reduce_sum %3834 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3836 = div %3835, %3631 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3837 = broadcast %3836 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3838 = mul %3837, %3630 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3839 = add %3833, %3838 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3840 = div %3839, %3624 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3841 = mul %3782, %3608 : f32[] @ models/dino_pass.yaml:145:3
%3842 = div %3841, %3605 : f32[] @ models/dino_pass.yaml:145:3
%3843 = div %3842, %3602 : f32[] @ models/lib/dino.yaml:39:16
%3844 = reshape %3843 : f32[1,1] @ models/lib/dino.yaml:39:16
%3845 = broadcast %3844 : f32[2,1] @ models/lib/dino.yaml:39:16
%3846 = neg %3845 : f32[2,1] @ models/lib/dino.yaml:39:21
%3847 = reshape %3846 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3848 = broadcast %3847 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3849 = mul %3848, %3585 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3850 = neg %3849 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3851 = reduce_sum %3850 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3852 = div %3851, %3594 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3853 = broadcast %3852 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3854 = mul %3853, %3593 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3855 = add %3849, %3854 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3856 = div %3855, %3587 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3857 = div %3842, %3570 : f32[] @ models/lib/dino.yaml:39:16
%3858 = reshape %3857 : f32[1,1] @ models/lib/dino.yaml:39:16
%3859 = broadcast %3858 : f32[2,1] @ models/lib/dino.yaml:39:16
%3860 = neg %3859 : f32[2,1] @ models/lib/dino.yaml:39:21
%3861 = reshape %3860 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3862 = broadcast %3861 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3863 = mul %3862, %3553 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3864 = neg %3863 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3865 = reduce_sum %3864 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3866 = div %3865, %3562 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3867 = broadcast %3866 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3868 = mul %3867, %3561 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3869 = add %3863, %3868 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3870 = div %3869, %3555 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3871 = div %3842, %3538 : f32[] @ models/lib/dino.yaml:39:16
%3872 = reshape %3871 : f32[1,1] @ models/lib/dino.yaml:39:16
%3873 = broadcast %3872 : f32[2,1] @ models/lib/dino.yaml:39:16
%3874 = neg %3873 : f32[2,1] @ models/lib/dino.yaml:39:21
%3875 = reshape %3874 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3876 = broadcast %3875 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3877 = mul %3876, %3521 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3878 = neg %3877 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3879 = reduce_sum %3878 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3880 = div %3879, %3530 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3881 = broadcast %3880 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3882 = mul %3881, %3529 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3883 = add %3877, %3882 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3884 = div %3883, %3523 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3885 = div %3842, %3506 : f32[] @ models/lib/dino.yaml:39:16
%3886 = reshape %3885 : f32[1,1] @ models/lib/dino.yaml:39:16
%3887 = broadcast %3886 : f32[2,1] @ models/lib/dino.yaml:39:16
%3888 = neg %3887 : f32[2,1] @ models/lib/dino.yaml:39:21
%3889 = reshape %3888 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3890 = broadcast %3889 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3891 = mul %3890, %3489 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3892 = neg %3891 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3893 = reduce_sum %3892 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3894 = div %3893, %3498 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3895 = broadcast %3894 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3896 = mul %3895, %3497 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3897 = add %3891, %3896 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3898 = div %3897, %3491 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3899 = add %3856, %3898 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3900 = div %3842, %3474 : f32[] @ models/lib/dino.yaml:39:16
%3901 = reshape %3900 : f32[1,1] @ models/lib/dino.yaml:39:16
%3902 = broadcast %3901 : f32[2,1] @ models/lib/dino.yaml:39:16
%3903 = neg %3902 : f32[2,1] @ models/lib/dino.yaml:39:21
%3904 = reshape %3903 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3905 = broadcast %3904 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3906 = mul %3905, %3457 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3907 = neg %3906 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3908 = reduce_sum %3907 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3909 = div %3908, %3466 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3910 = broadcast %3909 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3911 = mul %3910, %3465 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3912 = add %3906, %3911 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3913 = div %3912, %3459 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3914 = add %3870, %3913 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3915 = div %3842, %3443 : f32[] @ models/lib/dino.yaml:39:16
%3916 = reshape %3915 : f32[1,1] @ models/lib/dino.yaml:39:16
%3917 = broadcast %3916 : f32[2,1] @ models/lib/dino.yaml:39:16
%3918 = neg %3917 : f32[2,1] @ models/lib/dino.yaml:39:21
%3919 = reshape %3918 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3920 = broadcast %3919 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3921 = mul %3920, %3426 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3922 = neg %3921 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3923 = reduce_sum %3922 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3924 = div %3923, %3435 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3925 = broadcast %3924 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3926 = mul %3925, %3434 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3927 = add %3921, %3926 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3928 = div %3927, %3428 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3929 = pad %3798 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3930 = pad %3812 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3931 = add %3929, %3930 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3932 = pad %3899 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3933 = pad %3914 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3934 = add %3932, %3933 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3935 = cast %3931 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3936 = matmul %3935, %3404 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3937 = reshape %3935 : bf16[36,16] @ models/lib/dino.yaml:23:18
%3938 = reshape %3403 : bf16[36,8] @ models/lib/dino.yaml:23:18
%3939 = matmul %3937, %3938 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3940 = cast %3939 : f32[16,8] @ models/lib/dino.yaml:22:33
%3941 = div %3940, %3401 : f32[16,8] @ models/lib/dino.yaml:22:33
%3942 = mul %3941, %3402 : f32[16,8] @ models/lib/dino.yaml:22:33
%3943 = neg %3942 : f32[16,8] @ models/lib/dino.yaml:22:33
%3944 = reduce_sum %3943 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3945 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3946 = broadcast %3945 : f32[16,1] @ models/lib/dino.yaml:22:35
%3947 = mul %3944, %3946 : f32[16,1] @ models/lib/dino.yaml:22:35
%3948 = div %3947, %3400 : f32[16,1] @ models/lib/dino.yaml:22:35
%3949 = broadcast %3948 : f32[16,8] @ models/lib/dino.yaml:22:40
%3950 = mul %3949, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3951 = mul %3949, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3952 = add %3950, %3951 : f32[16,8] @ models/lib/dino.yaml:22:53
%3953 = mul %3941, %3396 : f32[16,8] @ models/lib/dino.yaml:22:22
%3954 = add %3952, %3953 : f32[16,8] @ models/lib/dino.yaml:22:22
%3955 = cast %3936 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3956 = div %3955, %3394 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3957 = mul %3956, %3395 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3958 = neg %3957 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3959 = reduce_sum %3958 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3960 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3961 = broadcast %3960 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3962 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3963 = broadcast %3962 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3964 = mul %3959, %3963 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3965 = eq %3389, %3392 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3966 = select %3965, %3964, %3961 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3967 = gt %3389, %3392 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3968 = select %3967, %3959, %3966 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3969 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3970 = broadcast %3969 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3971 = mul %3968, %3970 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3972 = div %3971, %3389 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3973 = broadcast %3972 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3974 = mul %3973, %3386 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3975 = add %3956, %3974 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3976 = mul %3973, %3386 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3977 = add %3975, %3976 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3978 = reduce_sum %3977 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3979 = reshape %3978 : f32[8] @ models/lib/nn.yaml:84:18
%3980 = cast %3977 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3981 = matmul %3980, %2696 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3982 = reshape %3980 : bf16[36,8] @ models/lib/nn.yaml:83:15
%3983 = reshape %3382 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3984 = matmul %3982, %3983 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3985 = cast %3981 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3986 = mul %3985, %3380 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3987 = cast %3981 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3988 = mul %3987, %3373 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3989 = mul %3376, %3376 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3990 = neg %3989 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3991 = exp %3990 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3992 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3993 = broadcast %3992 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3994 = mul %3991, %3993 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3995 = mul %3988, %3994 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3996 = mul %3995, %3375 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3997 = mul %3986, %3372 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3998 = add %3996, %3997 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3999 = reduce_sum %3998 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4000 = reshape %3999 : f32[24] @ models/lib/nn.yaml:84:18
%4001 = cast %3998 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4002 = matmul %4001, %2679 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4003 = reshape %4001 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4004 = reshape %3366 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4005 = matmul %4003, %4004 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4006 = cast %4002 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4007 = mul %4006, %3364 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4008 = cast %4002 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4009 = mul %4008, %3357 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4010 = mul %3360, %3360 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4011 = neg %4010 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4012 = exp %4011 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4013 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4014 = broadcast %4013 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4015 = mul %4012, %4014 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4016 = mul %4009, %4015 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4017 = mul %4016, %3359 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4018 = mul %4007, %3356 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4019 = add %4017, %4018 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4020 = reduce_sum %4019 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4021 = reshape %4020 : f32[24] @ models/lib/nn.yaml:84:18
%4022 = cast %4019 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4023 = matmul %4022, %2662 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4024 = reshape %4022 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4025 = reshape %3350 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4026 = matmul %4024, %4025 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4027 = cast %4023 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%4028 = pad %4027 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%4029 = cast %3934 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4030 = matmul %4029, %3347 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4031 = reshape %4029 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4032 = reshape %3346 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4033 = matmul %4031, %4032 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4034 = cast %4033 : f32[32,8] @ models/lib/dino.yaml:22:33
%4035 = div %4034, %3344 : f32[32,8] @ models/lib/dino.yaml:22:33
%4036 = mul %4035, %3345 : f32[32,8] @ models/lib/dino.yaml:22:33
%4037 = neg %4036 : f32[32,8] @ models/lib/dino.yaml:22:33
%4038 = reduce_sum %4037 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4039 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4040 = broadcast %4039 : f32[32,1] @ models/lib/dino.yaml:22:35
%4041 = mul %4038, %4040 : f32[32,1] @ models/lib/dino.yaml:22:35
%4042 = div %4041, %3343 : f32[32,1] @ models/lib/dino.yaml:22:35
%4043 = broadcast %4042 : f32[32,8] @ models/lib/dino.yaml:22:40
%4044 = mul %4043, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4045 = mul %4043, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4046 = add %4044, %4045 : f32[32,8] @ models/lib/dino.yaml:22:53
%4047 = mul %4035, %3339 : f32[32,8] @ models/lib/dino.yaml:22:22
%4048 = add %4046, %4047 : f32[32,8] @ models/lib/dino.yaml:22:22
%4049 = cast %4030 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4050 = div %4049, %3337 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4051 = mul %4050, %3338 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4052 = neg %4051 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4053 = reduce_sum %4052 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4054 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4055 = broadcast %4054 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4056 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4057 = broadcast %4056 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4058 = mul %4053, %4057 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4059 = eq %3332, %3335 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4060 = select %4059, %4058, %4055 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4061 = gt %3332, %3335 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4062 = select %4061, %4053, %4060 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4063 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4064 = broadcast %4063 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4065 = mul %4062, %4064 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4066 = div %4065, %3332 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4067 = broadcast %4066 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4068 = mul %4067, %3329 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4069 = add %4050, %4068 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4070 = mul %4067, %3329 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4071 = add %4069, %4070 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4072 = reduce_sum %4071 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4073 = reshape %4072 : f32[8] @ models/lib/nn.yaml:84:18
%4074 = cast %4071 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4075 = matmul %4074, %2636 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4076 = reshape %4074 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4077 = reshape %3325 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4078 = matmul %4076, %4077 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4079 = cast %4075 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4080 = mul %4079, %3323 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4081 = cast %4075 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4082 = mul %4081, %3316 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4083 = mul %3319, %3319 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4084 = neg %4083 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4085 = exp %4084 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4086 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4087 = broadcast %4086 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4088 = mul %4085, %4087 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4089 = mul %4082, %4088 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4090 = mul %4089, %3318 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4091 = mul %4080, %3315 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4092 = add %4090, %4091 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4093 = reduce_sum %4092 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4094 = reshape %4093 : f32[24] @ models/lib/nn.yaml:84:18
%4095 = cast %4092 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4096 = matmul %4095, %2619 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4097 = reshape %4095 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4098 = reshape %3309 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4099 = matmul %4097, %4098 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4100 = cast %4096 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4101 = mul %4100, %3307 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4102 = cast %4096 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4103 = mul %4102, %3300 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4104 = mul %3303, %3303 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4105 = neg %4104 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4106 = exp %4105 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4107 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4108 = broadcast %4107 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4109 = mul %4106, %4108 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4110 = mul %4103, %4109 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4111 = mul %4110, %3302 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4112 = mul %4101, %3299 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4113 = add %4111, %4112 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4114 = reduce_sum %4113 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4115 = reshape %4114 : f32[24] @ models/lib/nn.yaml:84:18
%4116 = cast %4113 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4117 = matmul %4116, %2602 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4118 = reshape %4116 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4119 = reshape %3293 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4120 = matmul %4118, %4119 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4121 = cast %4117 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4122 = pad %4121 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4123 = add %4028, %4122 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4124 = reduce_sum %4123 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4125 = reshape %4124 : f32[16] @ models/lib/nn.yaml:96:46
%4126 = mul %4123, %3288 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4127 = mul %4123, %3287 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4128 = reduce_sum %4127 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4129 = reshape %4128 : f32[16] @ models/lib/nn.yaml:96:37
%4130 = mul %4126, %3286 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4131 = mul %4126, %3276 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4132 = reduce_sum %4131 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4133 = mul %3285, %3285 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4134 = mul %3285, %4133 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4135 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4136 = broadcast %4135 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4137 = mul %4134, %4136 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4138 = mul %4132, %4137 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4139 = div %4138, %3280 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4140 = broadcast %4139 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4141 = mul %4140, %3276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4142 = add %4130, %4141 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4143 = mul %4140, %3276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4144 = add %4142, %4143 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4145 = neg %4144 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4146 = reduce_sum %4145 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4147 = div %4146, %3273 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4148 = broadcast %4147 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4149 = add %4144, %4148 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4150 = slice %4149 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4151 = slice %4149 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4152 = reduce_sum %4150 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4153 = reshape %4152 : f32[16] @ models/lib/nn.yaml:84:18
%4154 = cast %4150 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4155 = matmul %4154, %2572 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4156 = reshape %4154 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4157 = reshape %3264 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4158 = matmul %4156, %4157 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4159 = cast %4155 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4160 = mul %4159, %3262 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4161 = cast %4155 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4162 = mul %4161, %3255 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4163 = mul %3258, %3258 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4164 = neg %4163 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4165 = exp %4164 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4166 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4167 = broadcast %4166 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4168 = mul %4165, %4167 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4169 = mul %4162, %4168 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4170 = mul %4169, %3257 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4171 = mul %4160, %3254 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4172 = add %4170, %4171 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4173 = reduce_sum %4172 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4174 = reshape %4173 : f32[64] @ models/lib/nn.yaml:84:18
%4175 = cast %4172 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4176 = matmul %4175, %2555 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4177 = reshape %4175 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4178 = reshape %3248 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4179 = matmul %4177, %4178 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4180 = cast %4176 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4181 = reduce_sum %4180 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4182 = reshape %4181 : f32[16] @ models/lib/nn.yaml:96:46
%4183 = cast %4176 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4184 = mul %4183, %3244 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4185 = cast %4176 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4186 = mul %4185, %3243 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4187 = reduce_sum %4186 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4188 = reshape %4187 : f32[16] @ models/lib/nn.yaml:96:37
%4189 = mul %4184, %3242 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4190 = mul %4184, %3232 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4191 = reduce_sum %4190 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4192 = mul %3241, %3241 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4193 = mul %3241, %4192 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4194 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4195 = broadcast %4194 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4196 = mul %4193, %4195 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4197 = mul %4191, %4196 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4198 = div %4197, %3236 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4199 = broadcast %4198 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4200 = mul %4199, %3232 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4201 = add %4189, %4200 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4202 = mul %4199, %3232 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4203 = add %4201, %4202 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4204 = add %4150, %4203 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4205 = neg %4203 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4206 = reduce_sum %4205 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4207 = div %4206, %3229 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4208 = broadcast %4207 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4209 = add %4204, %4208 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4210 = reduce_sum %4209 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4211 = reshape %4210 : f32[16] @ models/lib/nn.yaml:84:18
%4212 = cast %4209 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4213 = matmul %4212, %2527 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4214 = reshape %4212 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4215 = reshape %3221 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4216 = matmul %4214, %4215 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4217 = reshape %4213 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4218 = permute %4217 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4219 = cast %4218 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4220 = cast %3210 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4221 = permute %4220 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4222 = reshape %4219 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4223 = broadcast %4222 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4224 = reshape %4221 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4225 = broadcast %4224 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4226 = mul %4223, %4225 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4227 = reduce_sum %4226 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4228 = cast %4227 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4229 = cast %3209 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4230 = permute %4229 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4231 = cast %4218 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4232 = reshape %4230 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%4233 = broadcast %4232 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4234 = reshape %4231 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4235 = broadcast %4234 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4236 = mul %4233, %4235 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4237 = reshape %4236 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4238 = cast %4237 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4239 = cast %4228 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4240 = div %4239, %3207 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4241 = mul %4240, %3208 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4242 = neg %4241 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4243 = reduce_sum %4242 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4244 = broadcast %4243 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4245 = add %4240, %4244 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4246 = mul %4245, %3205 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4247 = mul %4246, %3198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4248 = cast %4247 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4249 = cast %4248 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4250 = cast %3186 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4251 = reshape %4249 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4252 = broadcast %4251 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4253 = reshape %4250 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4254 = broadcast %4253 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4255 = mul %4252, %4254 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4256 = reduce_sum %4255 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4257 = cast %4256 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4258 = cast %4248 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4259 = permute %4258 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4260 = cast %3185 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4261 = reshape %4259 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%4262 = broadcast %4261 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4263 = reshape %4260 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4264 = broadcast %4263 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4265 = mul %4262, %4264 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4266 = reshape %4265 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4267 = cast %4266 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4268 = cast %4238 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4269 = permute %4268 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4270 = reshape %4269 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4271 = reduce_sum %4270 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4272 = reshape %4271 : f32[16] @ models/lib/nn.yaml:84:18
%4273 = permute %4238 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4274 = reshape %4273 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4275 = matmul %4274, %2483 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4276 = reshape %4274 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4277 = reshape %3172 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4278 = matmul %4276, %4277 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4279 = cast %4267 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4280 = permute %4279 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4281 = reshape %4280 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4282 = reduce_sum %4281 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4283 = reshape %4282 : f32[16] @ models/lib/nn.yaml:84:18
%4284 = permute %4267 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4285 = reshape %4284 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4286 = matmul %4285, %2476 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4287 = cast %4275 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4288 = cast %4286 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4289 = add %4287, %4288 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4290 = reshape %4285 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4291 = reshape %3172 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4292 = matmul %4290, %4291 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4293 = cast %4257 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4294 = permute %4293 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4295 = reshape %4294 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4296 = reduce_sum %4295 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4297 = reshape %4296 : f32[16] @ models/lib/nn.yaml:84:18
%4298 = permute %4257 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4299 = reshape %4298 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4300 = matmul %4299, %2468 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4301 = reshape %4299 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4302 = reshape %3165 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4303 = matmul %4301, %4302 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4304 = cast %4300 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4305 = pad %4304 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4306 = add %4289, %4305 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4307 = reduce_sum %4306 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4308 = reshape %4307 : f32[16] @ models/lib/nn.yaml:96:46
%4309 = mul %4306, %3160 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4310 = mul %4306, %3159 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4311 = reduce_sum %4310 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4312 = reshape %4311 : f32[16] @ models/lib/nn.yaml:96:37
%4313 = mul %4309, %3158 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4314 = mul %4309, %3148 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4315 = reduce_sum %4314 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4316 = mul %3157, %3157 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4317 = mul %3157, %4316 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4318 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4319 = broadcast %4318 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4320 = mul %4317, %4319 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4321 = mul %4315, %4320 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4322 = div %4321, %3152 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4323 = broadcast %4322 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4324 = mul %4323, %3148 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4325 = add %4313, %4324 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4326 = mul %4323, %3148 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4327 = add %4325, %4326 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4328 = neg %4327 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4329 = reduce_sum %4328 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4330 = div %4329, %3145 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4331 = broadcast %4330 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4332 = add %4327, %4331 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4333 = slice %4332 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4334 = add %4209, %4333 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4335 = slice %4332 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4336 = add %4151, %4335 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4337 = reduce_sum %4334 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4338 = reshape %4337 : f32[16] @ models/lib/nn.yaml:84:18
%4339 = cast %4334 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4340 = matmul %4339, %2438 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4341 = reshape %4339 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4342 = reshape %3136 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4343 = matmul %4341, %4342 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4344 = cast %4340 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4345 = mul %4344, %3134 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4346 = cast %4340 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4347 = mul %4346, %3127 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4348 = mul %3130, %3130 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4349 = neg %4348 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4350 = exp %4349 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4351 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4352 = broadcast %4351 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4353 = mul %4350, %4352 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4354 = mul %4347, %4353 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4355 = mul %4354, %3129 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4356 = mul %4345, %3126 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4357 = add %4355, %4356 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4358 = reduce_sum %4357 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4359 = reshape %4358 : f32[64] @ models/lib/nn.yaml:84:18
%4360 = cast %4357 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4361 = matmul %4360, %2421 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4362 = reshape %4360 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4363 = reshape %3120 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4364 = matmul %4362, %4363 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4365 = cast %4361 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4366 = reduce_sum %4365 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4367 = reshape %4366 : f32[16] @ models/lib/nn.yaml:96:46
%4368 = cast %4361 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4369 = mul %4368, %3116 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4370 = cast %4361 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4371 = mul %4370, %3115 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4372 = reduce_sum %4371 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4373 = reshape %4372 : f32[16] @ models/lib/nn.yaml:96:37
%4374 = mul %4369, %3114 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4375 = mul %4369, %3104 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4376 = reduce_sum %4375 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4377 = mul %3113, %3113 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4378 = mul %3113, %4377 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4379 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4380 = broadcast %4379 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4381 = mul %4378, %4380 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4382 = mul %4376, %4381 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4383 = div %4382, %3108 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4384 = broadcast %4383 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4385 = mul %4384, %3104 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4386 = add %4374, %4385 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4387 = mul %4384, %3104 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4388 = add %4386, %4387 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4389 = add %4334, %4388 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4390 = neg %4388 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4391 = reduce_sum %4390 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4392 = div %4391, %3101 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4393 = broadcast %4392 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4394 = add %4389, %4393 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4395 = reduce_sum %4394 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4396 = reshape %4395 : f32[16] @ models/lib/nn.yaml:84:18
%4397 = cast %4394 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4398 = matmul %4397, %2393 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4399 = reshape %4397 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4400 = reshape %3093 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4401 = matmul %4399, %4400 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4402 = reshape %4398 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4403 = permute %4402 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4404 = cast %4403 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4405 = cast %3082 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4406 = permute %4405 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4407 = reshape %4404 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4408 = broadcast %4407 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4409 = reshape %4406 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4410 = broadcast %4409 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4411 = mul %4408, %4410 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4412 = reduce_sum %4411 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4413 = cast %4412 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4414 = cast %3081 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4415 = permute %4414 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4416 = cast %4403 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4417 = reshape %4415 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%4418 = broadcast %4417 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4419 = reshape %4416 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4420 = broadcast %4419 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4421 = mul %4418, %4420 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4422 = reshape %4421 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4423 = cast %4422 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4424 = cast %4413 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4425 = div %4424, %3079 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4426 = mul %4425, %3080 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4427 = neg %4426 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4428 = reduce_sum %4427 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4429 = broadcast %4428 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4430 = add %4425, %4429 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4431 = mul %4430, %3077 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4432 = mul %4431, %3070 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4433 = cast %4432 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4434 = cast %4433 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4435 = cast %3058 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4436 = reshape %4434 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4437 = broadcast %4436 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4438 = reshape %4435 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4439 = broadcast %4438 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4440 = mul %4437, %4439 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4441 = reduce_sum %4440 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4442 = cast %4441 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4443 = cast %4433 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4444 = permute %4443 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4445 = cast %3057 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4446 = reshape %4444 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%4447 = broadcast %4446 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4448 = reshape %4445 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4449 = broadcast %4448 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4450 = mul %4447, %4449 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4451 = reshape %4450 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4452 = cast %4451 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4453 = cast %4423 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4454 = permute %4453 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4455 = reshape %4454 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4456 = reduce_sum %4455 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4457 = reshape %4456 : f32[16] @ models/lib/nn.yaml:84:18
%4458 = permute %4423 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4459 = reshape %4458 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4460 = matmul %4459, %2349 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4461 = reshape %4459 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4462 = reshape %3044 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4463 = matmul %4461, %4462 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4464 = cast %4452 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4465 = permute %4464 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4466 = reshape %4465 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4467 = reduce_sum %4466 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4468 = reshape %4467 : f32[16] @ models/lib/nn.yaml:84:18
%4469 = permute %4452 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4470 = reshape %4469 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4471 = matmul %4470, %2342 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4472 = cast %4460 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4473 = cast %4471 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4474 = add %4472, %4473 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4475 = reshape %4470 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4476 = reshape %3044 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4477 = matmul %4475, %4476 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4478 = cast %4442 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4479 = permute %4478 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4480 = reshape %4479 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4481 = reduce_sum %4480 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4482 = reshape %4481 : f32[16] @ models/lib/nn.yaml:84:18
%4483 = permute %4442 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4484 = reshape %4483 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4485 = matmul %4484, %2334 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4486 = reshape %4484 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4487 = reshape %3037 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4488 = matmul %4486, %4487 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4489 = cast %4485 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4490 = pad %4489 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4491 = add %4474, %4490 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4492 = reduce_sum %4491 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4493 = reshape %4492 : f32[16] @ models/lib/nn.yaml:96:46
%4494 = mul %4491, %3032 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4495 = mul %4491, %3031 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4496 = reduce_sum %4495 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4497 = reshape %4496 : f32[16] @ models/lib/nn.yaml:96:37
%4498 = mul %4494, %3030 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4499 = mul %4494, %3020 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4500 = reduce_sum %4499 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4501 = mul %3029, %3029 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4502 = mul %3029, %4501 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4503 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4504 = broadcast %4503 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4505 = mul %4502, %4504 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4506 = mul %4500, %4505 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4507 = div %4506, %3024 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4508 = broadcast %4507 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4509 = mul %4508, %3020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4510 = add %4498, %4509 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4511 = mul %4508, %3020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4512 = add %4510, %4511 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4513 = neg %4512 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4514 = reduce_sum %4513 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4515 = div %4514, %3017 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4516 = broadcast %4515 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4517 = add %4512, %4516 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4518 = slice %4517 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4519 = add %4394, %4518 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4520 = slice %4517 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4521 = add %4336, %4520 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4522 = reduce_sum %4519 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4523 = mul %4521, %3010 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4524 = div %4523, %3002 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4525 = reduce_sum %4524 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4526 = reshape %4525 : f32[16] @ models/lib/nn.yaml:84:18
%4527 = cast %4524 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4528 = matmul %4527, %2292 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4529 = reshape %4527 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4530 = reshape %2996 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4531 = matmul %4529, %4530 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4532 = cast %4528 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4533 = mul %4532, %2994 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4534 = cast %4528 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4535 = mul %4534, %2987 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4536 = mul %2990, %2990 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4537 = neg %4536 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4538 = exp %4537 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4539 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4540 = broadcast %4539 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4541 = mul %4538, %4540 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4542 = mul %4535, %4541 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4543 = mul %4542, %2989 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4544 = mul %4533, %2986 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4545 = add %4543, %4544 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4546 = reduce_sum %4545 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4547 = reshape %4546 : f32[64] @ models/lib/nn.yaml:84:18
%4548 = cast %4545 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4549 = matmul %4548, %2275 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4550 = reshape %4548 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4551 = reshape %2980 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4552 = matmul %4550, %4551 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4553 = cast %4549 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4554 = reduce_sum %4553 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4555 = reshape %4554 : f32[16] @ models/lib/nn.yaml:96:46
%4556 = cast %4549 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4557 = mul %4556, %2976 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4558 = cast %4549 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4559 = mul %4558, %2975 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4560 = reduce_sum %4559 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4561 = reshape %4560 : f32[16] @ models/lib/nn.yaml:96:37
%4562 = mul %4557, %2974 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4563 = mul %4557, %2964 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4564 = reduce_sum %4563 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4565 = mul %2973, %2973 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4566 = mul %2973, %4565 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4567 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4568 = broadcast %4567 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4569 = mul %4566, %4568 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4570 = mul %4564, %4569 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4571 = div %4570, %2968 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4572 = broadcast %4571 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4573 = mul %4572, %2964 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4574 = add %4562, %4573 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4575 = mul %4572, %2964 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4576 = add %4574, %4575 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4577 = add %4521, %4576 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4578 = neg %4576 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4579 = reduce_sum %4578 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4580 = div %4579, %2961 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4581 = broadcast %4580 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4582 = add %4577, %4581 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4583 = mul %4582, %2956 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4584 = div %4583, %2948 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4585 = reduce_sum %4584 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4586 = reshape %4585 : f32[16] @ models/lib/nn.yaml:84:18
%4587 = cast %4584 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4588 = matmul %4587, %2235 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4589 = reshape %4587 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4590 = reshape %2942 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4591 = matmul %4589, %4590 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4592 = reshape %4588 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4593 = permute %4592 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4594 = cast %4593 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4595 = cast %2931 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4596 = permute %4595 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4597 = reshape %4594 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%4598 = broadcast %4597 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4599 = reshape %4596 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%4600 = broadcast %4599 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4601 = mul %4598, %4600 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4602 = reduce_sum %4601 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4603 = cast %4602 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4604 = cast %2930 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4605 = permute %4604 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4606 = cast %4593 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4607 = reshape %4605 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4608 = broadcast %4607 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4609 = reshape %4606 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4610 = broadcast %4609 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4611 = mul %4608, %4610 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4612 = reduce_sum %4611 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4613 = cast %4612 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4614 = cast %4603 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4615 = div %4614, %2928 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4616 = mul %4615, %2929 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4617 = neg %4616 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4618 = reduce_sum %4617 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4619 = broadcast %4618 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4620 = add %4615, %4619 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4621 = mul %4620, %2926 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4622 = mul %4621, %2919 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4623 = cast %4622 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4624 = cast %4623 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4625 = cast %2907 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4626 = reshape %4624 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4627 = broadcast %4626 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4628 = reshape %4625 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4629 = broadcast %4628 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4630 = mul %4627, %4629 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4631 = reduce_sum %4630 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4632 = cast %4631 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4633 = cast %4623 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4634 = permute %4633 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4635 = cast %2906 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4636 = reshape %4634 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4637 = broadcast %4636 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4638 = reshape %4635 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4639 = broadcast %4638 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4640 = mul %4637, %4639 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4641 = reduce_sum %4640 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4642 = cast %4641 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4643 = cast %4613 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4644 = reshape %4643 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4645 = pad %4644 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%4646 = cast %4642 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4647 = reshape %4646 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4648 = pad %4647 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4649 = add %4645, %4648 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4650 = cast %4632 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4651 = reshape %4650 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4652 = pad %4651 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4653 = add %4649, %4652 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4654 = permute %4653 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4655 = reshape %4654 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4656 = reduce_sum %4655 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4657 = reshape %4656 : f32[48] @ models/lib/nn.yaml:84:18
%4658 = cast %4655 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4659 = matmul %4658, %2185 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4660 = reshape %4658 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4661 = reshape %2893 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4662 = matmul %4660, %4661 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4663 = cast %4659 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4664 = reduce_sum %4663 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4665 = reshape %4664 : f32[16] @ models/lib/nn.yaml:96:46
%4666 = cast %4659 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4667 = mul %4666, %2889 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4668 = cast %4659 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4669 = mul %4668, %2888 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4670 = reduce_sum %4669 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4671 = reshape %4670 : f32[16] @ models/lib/nn.yaml:96:37
%4672 = mul %4667, %2887 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4673 = mul %4667, %2877 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4674 = reduce_sum %4673 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4675 = mul %2886, %2886 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4676 = mul %2886, %4675 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4677 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4678 = broadcast %4677 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4679 = mul %4676, %4678 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4680 = mul %4674, %4679 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4681 = div %4680, %2881 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4682 = broadcast %4681 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4683 = mul %4682, %2877 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4684 = add %4672, %4683 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4685 = mul %4682, %2877 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4686 = add %4684, %4685 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4687 = add %4582, %4686 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4688 = neg %4686 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4689 = reduce_sum %4688 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4690 = div %4689, %2874 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4691 = broadcast %4690 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4692 = add %4687, %4691 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4693 = reduce_sum %4692 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4694 = reshape %4693 : f32[16] @ models/lib/nn.yaml:84:18
%4695 = cast %4692 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4696 = matmul %4695, %2157 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4697 = reshape %4695 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4698 = reshape %2866 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4699 = matmul %4697, %4698 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4700 = cast %4696 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4701 = mul %4700, %2864 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4702 = cast %4696 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4703 = mul %4702, %2857 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4704 = mul %2860, %2860 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4705 = neg %4704 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4706 = exp %4705 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4707 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4708 = broadcast %4707 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4709 = mul %4706, %4708 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4710 = mul %4703, %4709 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4711 = mul %4710, %2859 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4712 = mul %4701, %2856 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4713 = add %4711, %4712 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4714 = reduce_sum %4713 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4715 = reshape %4714 : f32[64] @ models/lib/nn.yaml:84:18
%4716 = cast %4713 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4717 = matmul %4716, %2140 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4718 = reshape %4716 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4719 = reshape %2850 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4720 = matmul %4718, %4719 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4721 = cast %4717 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4722 = reduce_sum %4721 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4723 = reshape %4722 : f32[16] @ models/lib/nn.yaml:96:46
%4724 = cast %4717 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4725 = mul %4724, %2846 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4726 = cast %4717 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4727 = mul %4726, %2845 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4728 = reduce_sum %4727 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4729 = reshape %4728 : f32[16] @ models/lib/nn.yaml:96:37
%4730 = mul %4725, %2844 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4731 = mul %4725, %2834 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4732 = reduce_sum %4731 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4733 = mul %2843, %2843 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4734 = mul %2843, %4733 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4735 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4736 = broadcast %4735 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4737 = mul %4734, %4736 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4738 = mul %4732, %4737 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4739 = div %4738, %2838 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4740 = broadcast %4739 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4741 = mul %4740, %2834 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4742 = add %4730, %4741 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4743 = mul %4740, %2834 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4744 = add %4742, %4743 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4745 = add %4692, %4744 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4746 = neg %4744 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4747 = reduce_sum %4746 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4748 = div %4747, %2831 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4749 = broadcast %4748 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4750 = add %4745, %4749 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4751 = reduce_sum %4750 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4752 = reshape %4751 : f32[16] @ models/lib/nn.yaml:84:18
%4753 = cast %4750 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4754 = matmul %4753, %2112 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4755 = reshape %4753 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4756 = reshape %2823 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4757 = matmul %4755, %4756 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4758 = reshape %4754 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4759 = permute %4758 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4760 = cast %4759 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4761 = cast %2812 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4762 = permute %4761 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4763 = reshape %4760 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%4764 = broadcast %4763 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4765 = reshape %4762 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%4766 = broadcast %4765 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4767 = mul %4764, %4766 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4768 = reduce_sum %4767 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4769 = cast %4768 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4770 = cast %2811 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4771 = permute %4770 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4772 = cast %4759 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4773 = reshape %4771 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4774 = broadcast %4773 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4775 = reshape %4772 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4776 = broadcast %4775 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4777 = mul %4774, %4776 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4778 = reduce_sum %4777 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4779 = cast %4778 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4780 = cast %4769 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4781 = div %4780, %2809 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4782 = mul %4781, %2810 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4783 = neg %4782 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4784 = reduce_sum %4783 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4785 = broadcast %4784 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4786 = add %4781, %4785 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4787 = mul %4786, %2807 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4788 = mul %4787, %2800 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4789 = cast %4788 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4790 = cast %4789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4791 = cast %2788 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4792 = reshape %4790 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4793 = broadcast %4792 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4794 = reshape %4791 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4795 = broadcast %4794 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4796 = mul %4793, %4795 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4797 = reduce_sum %4796 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4798 = cast %4797 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4799 = cast %4789 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4800 = permute %4799 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4801 = cast %2787 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4802 = reshape %4800 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4803 = broadcast %4802 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4804 = reshape %4801 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4805 = broadcast %4804 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4806 = mul %4803, %4805 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4807 = reduce_sum %4806 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4808 = cast %4807 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4809 = cast %4779 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4810 = reshape %4809 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4811 = pad %4810 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%4812 = cast %4808 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4813 = reshape %4812 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4814 = pad %4813 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4815 = add %4811, %4814 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4816 = cast %4798 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4817 = reshape %4816 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4818 = pad %4817 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4819 = add %4815, %4818 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4820 = permute %4819 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4821 = reshape %4820 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4822 = reduce_sum %4821 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4823 = reshape %4822 : f32[48] @ models/lib/nn.yaml:84:18
%4824 = cast %4821 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4825 = matmul %4824, %2062 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4826 = reshape %4824 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4827 = reshape %2774 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4828 = matmul %4826, %4827 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4829 = cast %4825 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4830 = reduce_sum %4829 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4831 = reshape %4830 : f32[16] @ models/lib/nn.yaml:96:46
%4832 = cast %4825 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4833 = mul %4832, %2770 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4834 = cast %4825 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4835 = mul %4834, %2769 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4836 = reduce_sum %4835 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4837 = reshape %4836 : f32[16] @ models/lib/nn.yaml:96:37
%4838 = mul %4833, %2768 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4839 = mul %4833, %2758 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4840 = reduce_sum %4839 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4841 = mul %2767, %2767 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4842 = mul %2767, %4841 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4843 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4844 = broadcast %4843 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4845 = mul %4842, %4844 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4846 = mul %4840, %4845 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4847 = div %4846, %2762 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4848 = broadcast %4847 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4849 = mul %4848, %2758 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4850 = add %4838, %4849 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4851 = mul %4848, %2758 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4852 = add %4850, %4851 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4853 = add %4750, %4852 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4854 = neg %4852 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4855 = reduce_sum %4854 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4856 = div %4855, %2755 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4857 = broadcast %4856 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4858 = add %4853, %4857 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4859 = reduce_sum %4858 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4860 = reshape %4859 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4861 = permute %4860 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4862 = reshape %4861 : f32[3,48] @ models/lib/vit.yaml:35:21
%4863 = cast %4862 : bf16[3,48] @ models/lib/vit.yaml:34:15
%4864 = matmul %2740, %4863 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%4865 = reshape %4864 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%4866 = permute %4865 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%4867 = reshape %4866 : bf16[3,64] @ models/lib/vit.yaml:33:21
%4868 = matmul %2740, %4867 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%4869 = cast %4868 : f32[4,64] @ models/lib/vit.yaml:32:17
%4870 = reshape %4869 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4871 = reduce_sum %4858 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4872 = reshape %4871 : f32[16] @ models/lib/vit.yaml:17:71
%4873 = reshape %4858 : f32[36,16] @ models/lib/vit.yaml:17:18
%4874 = cast %4873 : bf16[36,16] @ models/lib/vit.yaml:17:18
%4875 = reshape %2732 : bf16[36,48] @ models/lib/vit.yaml:17:18
%4876 = matmul %4874, %4875 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%4877 = cast %4876 : f32[16,48] @ models/lib/vit.yaml:17:20
%4878 = reshape %4877 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4879 = pad %3826 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4880 = pad %3840 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4881 = add %4879, %4880 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4882 = pad %3928 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4883 = pad %3884 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4884 = add %4882, %4883 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4885 = cast %4881 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%4886 = matmul %4885, %2718 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%4887 = reshape %4885 : bf16[64,16] @ models/lib/dino.yaml:23:18
%4888 = reshape %2717 : bf16[64,8] @ models/lib/dino.yaml:23:18
%4889 = matmul %4887, %4888 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4890 = cast %4889 : f32[16,8] @ models/lib/dino.yaml:22:33
%4891 = div %4890, %2715 : f32[16,8] @ models/lib/dino.yaml:22:33
%4892 = mul %4891, %2716 : f32[16,8] @ models/lib/dino.yaml:22:33
%4893 = neg %4892 : f32[16,8] @ models/lib/dino.yaml:22:33
%4894 = reduce_sum %4893 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4895 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4896 = broadcast %4895 : f32[16,1] @ models/lib/dino.yaml:22:35
%4897 = mul %4894, %4896 : f32[16,1] @ models/lib/dino.yaml:22:35
%4898 = div %4897, %2714 : f32[16,1] @ models/lib/dino.yaml:22:35
%4899 = broadcast %4898 : f32[16,8] @ models/lib/dino.yaml:22:40
%4900 = mul %4899, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4901 = add %3954, %4900 : f32[16,8] @ models/lib/dino.yaml:22:53
%4902 = mul %4899, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4903 = add %4901, %4902 : f32[16,8] @ models/lib/dino.yaml:22:53
%4904 = mul %4891, %2710 : f32[16,8] @ models/lib/dino.yaml:22:22
%4905 = add %4903, %4904 : f32[16,8] @ models/lib/dino.yaml:22:22
%4906 = cast %4886 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4907 = div %4906, %2708 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4908 = mul %4907, %2709 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4909 = neg %4908 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4910 = reduce_sum %4909 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4911 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4912 = broadcast %4911 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4913 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4914 = broadcast %4913 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4915 = mul %4910, %4914 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4916 = eq %2703, %2706 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4917 = select %4916, %4915, %4912 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4918 = gt %2703, %2706 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4919 = select %4918, %4910, %4917 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4920 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4921 = broadcast %4920 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4922 = mul %4919, %4921 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4923 = div %4922, %2703 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4924 = broadcast %4923 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4925 = mul %4924, %2700 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4926 = add %4907, %4925 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4927 = mul %4924, %2700 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4928 = add %4926, %4927 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4929 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4930 = reshape %4928 : f32[64,8] @ models/lib/nn.yaml:84:18
%4931 = matmul %4929, %4930 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4932 = reshape %4931 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4933 = reshape %4932 : f32[8] @ models/lib/nn.yaml:84:18
%4934 = add %3979, %4933 : f32[8] @ models/lib/nn.yaml:84:18
%4935 = cast %4928 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%4936 = matmul %4935, %2696 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4937 = reshape %4935 : bf16[64,8] @ models/lib/nn.yaml:83:15
%4938 = reshape %2695 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4939 = matmul %4937, %4938 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4940 = cast %3984 : f32[8,24] @ models/lib/nn.yaml:83:15
%4941 = cast %4939 : f32[8,24] @ models/lib/nn.yaml:83:15
%4942 = add %4940, %4941 : f32[8,24] @ models/lib/nn.yaml:83:15
%4943 = cast %4936 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4944 = mul %4943, %2693 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4945 = cast %4936 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4946 = mul %4945, %2686 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4947 = mul %2689, %2689 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4948 = neg %4947 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4949 = exp %4948 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4950 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4951 = broadcast %4950 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4952 = mul %4949, %4951 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4953 = mul %4946, %4952 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4954 = mul %4953, %2688 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4955 = mul %4944, %2685 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4956 = add %4954, %4955 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4957 = reshape %4956 : f32[64,24] @ models/lib/nn.yaml:84:18
%4958 = matmul %4929, %4957 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4959 = reshape %4958 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4960 = reshape %4959 : f32[24] @ models/lib/nn.yaml:84:18
%4961 = add %4000, %4960 : f32[24] @ models/lib/nn.yaml:84:18
%4962 = cast %4956 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4963 = matmul %4962, %2679 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4964 = reshape %4962 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4965 = reshape %2678 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4966 = matmul %4964, %4965 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4967 = cast %4005 : f32[24,24] @ models/lib/nn.yaml:83:15
%4968 = cast %4966 : f32[24,24] @ models/lib/nn.yaml:83:15
%4969 = add %4967, %4968 : f32[24,24] @ models/lib/nn.yaml:83:15
%4970 = cast %4963 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4971 = mul %4970, %2676 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4972 = cast %4963 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4973 = mul %4972, %2669 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4974 = mul %2672, %2672 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4975 = neg %4974 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4976 = exp %4975 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4977 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4978 = broadcast %4977 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4979 = mul %4976, %4978 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4980 = mul %4973, %4979 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4981 = mul %4980, %2671 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4982 = mul %4971, %2668 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4983 = add %4981, %4982 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4984 = reshape %4983 : f32[64,24] @ models/lib/nn.yaml:84:18
%4985 = matmul %4929, %4984 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4986 = reshape %4985 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4987 = reshape %4986 : f32[24] @ models/lib/nn.yaml:84:18
%4988 = add %4021, %4987 : f32[24] @ models/lib/nn.yaml:84:18
%4989 = cast %4983 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4990 = matmul %4989, %2662 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4991 = reshape %4989 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4992 = reshape %2661 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4993 = matmul %4991, %4992 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4994 = cast %4026 : f32[24,16] @ models/lib/nn.yaml:83:15
%4995 = cast %4993 : f32[24,16] @ models/lib/nn.yaml:83:15
%4996 = add %4994, %4995 : f32[24,16] @ models/lib/nn.yaml:83:15
%4997 = cast %4990 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%4998 = pad %4997 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%4999 = cast %4884 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5000 = matmul %4999, %2658 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5001 = reshape %4999 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5002 = reshape %2657 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5003 = matmul %5001, %5002 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5004 = cast %5003 : f32[32,8] @ models/lib/dino.yaml:22:33
%5005 = div %5004, %2655 : f32[32,8] @ models/lib/dino.yaml:22:33
%5006 = mul %5005, %2656 : f32[32,8] @ models/lib/dino.yaml:22:33
%5007 = neg %5006 : f32[32,8] @ models/lib/dino.yaml:22:33
%5008 = reduce_sum %5007 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5009 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%5010 = broadcast %5009 : f32[32,1] @ models/lib/dino.yaml:22:35
%5011 = mul %5008, %5010 : f32[32,1] @ models/lib/dino.yaml:22:35
%5012 = div %5011, %2654 : f32[32,1] @ models/lib/dino.yaml:22:35
%5013 = broadcast %5012 : f32[32,8] @ models/lib/dino.yaml:22:40
%5014 = mul %5013, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5015 = add %4048, %5014 : f32[32,8] @ models/lib/dino.yaml:22:53
%5016 = mul %5013, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5017 = add %5015, %5016 : f32[32,8] @ models/lib/dino.yaml:22:53
%5018 = mul %5005, %2650 : f32[32,8] @ models/lib/dino.yaml:22:22
%5019 = add %5017, %5018 : f32[32,8] @ models/lib/dino.yaml:22:22
%5020 = cast %5000 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5021 = div %5020, %2648 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5022 = mul %5021, %2649 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5023 = neg %5022 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5024 = reduce_sum %5023 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5025 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%5026 = broadcast %5025 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5027 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%5028 = broadcast %5027 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5029 = mul %5024, %5028 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5030 = eq %2643, %2646 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5031 = select %5030, %5029, %5026 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5032 = gt %2643, %2646 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5033 = select %5032, %5024, %5031 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5034 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%5035 = broadcast %5034 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5036 = mul %5033, %5035 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5037 = div %5036, %2643 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5038 = broadcast %5037 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5039 = mul %5038, %2640 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5040 = add %5021, %5039 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5041 = mul %5038, %2640 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5042 = add %5040, %5041 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5043 = reduce_sum %5042 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5044 = reshape %5043 : f32[8] @ models/lib/nn.yaml:84:18
%5045 = add %4073, %5044 : f32[8] @ models/lib/nn.yaml:84:18
%5046 = cast %5042 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5047 = matmul %5046, %2636 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5048 = reshape %5046 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5049 = reshape %2635 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5050 = matmul %5048, %5049 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5051 = cast %4078 : f32[8,24] @ models/lib/nn.yaml:83:15
%5052 = cast %5050 : f32[8,24] @ models/lib/nn.yaml:83:15
%5053 = add %5051, %5052 : f32[8,24] @ models/lib/nn.yaml:83:15
%5054 = cast %5047 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5055 = mul %5054, %2633 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5056 = cast %5047 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5057 = mul %5056, %2626 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5058 = mul %2629, %2629 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5059 = neg %5058 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5060 = exp %5059 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5061 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5062 = broadcast %5061 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5063 = mul %5060, %5062 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5064 = mul %5057, %5063 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5065 = mul %5064, %2628 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5066 = mul %5055, %2625 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5067 = add %5065, %5066 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5068 = reduce_sum %5067 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5069 = reshape %5068 : f32[24] @ models/lib/nn.yaml:84:18
%5070 = add %4094, %5069 : f32[24] @ models/lib/nn.yaml:84:18
%5071 = cast %5067 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5072 = matmul %5071, %2619 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5073 = reshape %5071 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5074 = reshape %2618 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5075 = matmul %5073, %5074 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5076 = cast %4099 : f32[24,24] @ models/lib/nn.yaml:83:15
%5077 = cast %5075 : f32[24,24] @ models/lib/nn.yaml:83:15
%5078 = add %5076, %5077 : f32[24,24] @ models/lib/nn.yaml:83:15
%5079 = cast %5072 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5080 = mul %5079, %2616 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5081 = cast %5072 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5082 = mul %5081, %2609 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5083 = mul %2612, %2612 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5084 = neg %5083 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5085 = exp %5084 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5086 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5087 = broadcast %5086 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5088 = mul %5085, %5087 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5089 = mul %5082, %5088 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5090 = mul %5089, %2611 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5091 = mul %5080, %2608 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5092 = add %5090, %5091 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5093 = reduce_sum %5092 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5094 = reshape %5093 : f32[24] @ models/lib/nn.yaml:84:18
%5095 = add %4115, %5094 : f32[24] @ models/lib/nn.yaml:84:18
%5096 = cast %5092 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5097 = matmul %5096, %2602 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5098 = reshape %5096 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5099 = reshape %2601 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5100 = matmul %5098, %5099 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5101 = cast %4120 : f32[24,16] @ models/lib/nn.yaml:83:15
%5102 = cast %5100 : f32[24,16] @ models/lib/nn.yaml:83:15
%5103 = add %5101, %5102 : f32[24,16] @ models/lib/nn.yaml:83:15
%5104 = cast %5097 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%5105 = pad %5104 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5106 = add %4998, %5105 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5107 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5108 = reshape %5106 : f32[68,16] @ models/lib/nn.yaml:96:46
%5109 = matmul %5107, %5108 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5110 = reshape %5109 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5111 = reshape %5110 : f32[16] @ models/lib/nn.yaml:96:46
%5112 = add %4125, %5111 : f32[16] @ models/lib/nn.yaml:96:46
%5113 = mul %5106, %2596 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5114 = mul %5106, %2595 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5115 = reduce_sum %5114 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5116 = reshape %5115 : f32[16] @ models/lib/nn.yaml:96:37
%5117 = add %4129, %5116 : f32[16] @ models/lib/nn.yaml:96:37
%5118 = mul %5113, %2594 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5119 = mul %5113, %2584 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5120 = reduce_sum %5119 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5121 = mul %2593, %2593 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5122 = mul %2593, %5121 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5123 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5124 = broadcast %5123 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5125 = mul %5122, %5124 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5126 = mul %5120, %5125 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5127 = div %5126, %2588 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5128 = broadcast %5127 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5129 = mul %5128, %2584 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5130 = add %5118, %5129 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5131 = mul %5128, %2584 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5132 = add %5130, %5131 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5133 = neg %5132 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5134 = reduce_sum %5133 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5135 = div %5134, %2581 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5136 = broadcast %5135 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5137 = add %5132, %5136 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5138 = slice %5137 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5139 = slice %5137 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5140 = reduce_sum %5138 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5141 = reshape %5140 : f32[16] @ models/lib/nn.yaml:84:18
%5142 = add %4153, %5141 : f32[16] @ models/lib/nn.yaml:84:18
%5143 = cast %5138 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5144 = matmul %5143, %2572 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5145 = reshape %5143 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5146 = reshape %2571 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5147 = matmul %5145, %5146 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5148 = cast %4158 : f32[16,64] @ models/lib/nn.yaml:83:15
%5149 = cast %5147 : f32[16,64] @ models/lib/nn.yaml:83:15
%5150 = add %5148, %5149 : f32[16,64] @ models/lib/nn.yaml:83:15
%5151 = cast %5144 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5152 = mul %5151, %2569 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5153 = cast %5144 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5154 = mul %5153, %2562 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5155 = mul %2565, %2565 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5156 = neg %5155 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5157 = exp %5156 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5158 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5159 = broadcast %5158 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5160 = mul %5157, %5159 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5161 = mul %5154, %5160 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5162 = mul %5161, %2564 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5163 = mul %5152, %2561 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5164 = add %5162, %5163 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5165 = reduce_sum %5164 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5166 = reshape %5165 : f32[64] @ models/lib/nn.yaml:84:18
%5167 = add %4174, %5166 : f32[64] @ models/lib/nn.yaml:84:18
%5168 = cast %5164 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5169 = matmul %5168, %2555 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5170 = reshape %5168 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5171 = reshape %2554 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5172 = matmul %5170, %5171 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5173 = cast %4179 : f32[64,16] @ models/lib/nn.yaml:83:15
%5174 = cast %5172 : f32[64,16] @ models/lib/nn.yaml:83:15
%5175 = add %5173, %5174 : f32[64,16] @ models/lib/nn.yaml:83:15
%5176 = cast %5169 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5177 = reduce_sum %5176 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5178 = reshape %5177 : f32[16] @ models/lib/nn.yaml:96:46
%5179 = add %4182, %5178 : f32[16] @ models/lib/nn.yaml:96:46
%5180 = cast %5169 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5181 = mul %5180, %2550 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5182 = cast %5169 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5183 = mul %5182, %2549 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5184 = reduce_sum %5183 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5185 = reshape %5184 : f32[16] @ models/lib/nn.yaml:96:37
%5186 = add %4188, %5185 : f32[16] @ models/lib/nn.yaml:96:37
%5187 = mul %5181, %2548 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5188 = mul %5181, %2538 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5189 = reduce_sum %5188 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5190 = mul %2547, %2547 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5191 = mul %2547, %5190 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5192 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5193 = broadcast %5192 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5194 = mul %5191, %5193 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5195 = mul %5189, %5194 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5196 = div %5195, %2542 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5197 = broadcast %5196 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5198 = mul %5197, %2538 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5199 = add %5187, %5198 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5200 = mul %5197, %2538 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5201 = add %5199, %5200 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5202 = add %5138, %5201 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5203 = neg %5201 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5204 = reduce_sum %5203 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5205 = div %5204, %2535 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5206 = broadcast %5205 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5207 = add %5202, %5206 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5208 = reduce_sum %5207 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5209 = reshape %5208 : f32[16] @ models/lib/nn.yaml:84:18
%5210 = add %4211, %5209 : f32[16] @ models/lib/nn.yaml:84:18
%5211 = cast %5207 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5212 = matmul %5211, %2527 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5213 = reshape %5211 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5214 = reshape %2526 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5215 = matmul %5213, %5214 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5216 = cast %4216 : f32[16,16] @ models/lib/nn.yaml:83:15
%5217 = cast %5215 : f32[16,16] @ models/lib/nn.yaml:83:15
%5218 = add %5216, %5217 : f32[16,16] @ models/lib/nn.yaml:83:15
%5219 = reshape %5212 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5220 = permute %5219 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5221 = cast %5220 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5222 = cast %2515 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5223 = permute %5222 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5224 = reshape %5221 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%5225 = broadcast %5224 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5226 = reshape %5223 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5227 = broadcast %5226 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5228 = mul %5225, %5227 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5229 = reduce_sum %5228 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5230 = cast %5229 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5231 = cast %2514 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5232 = permute %5231 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5233 = cast %5220 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5234 = reshape %5232 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%5235 = broadcast %5234 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5236 = reshape %5233 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%5237 = broadcast %5236 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5238 = mul %5235, %5237 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5239 = reshape %5238 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5240 = cast %5239 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5241 = cast %5230 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5242 = div %5241, %2512 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5243 = mul %5242, %2513 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5244 = neg %5243 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5245 = reduce_sum %5244 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5246 = broadcast %5245 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5247 = add %5242, %5246 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5248 = mul %5247, %2510 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5249 = mul %5248, %2503 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5250 = cast %5249 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5251 = cast %5250 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5252 = cast %2491 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5253 = reshape %5251 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5254 = broadcast %5253 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5255 = reshape %5252 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5256 = broadcast %5255 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5257 = mul %5254, %5256 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5258 = reduce_sum %5257 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5259 = cast %5258 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5260 = cast %5250 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5261 = permute %5260 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5262 = cast %2490 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5263 = reshape %5261 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%5264 = broadcast %5263 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5265 = reshape %5262 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%5266 = broadcast %5265 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5267 = mul %5264, %5266 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5268 = reshape %5267 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5269 = cast %5268 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5270 = cast %5240 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5271 = permute %5270 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5272 = reshape %5271 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5273 = reduce_sum %5272 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5274 = reshape %5273 : f32[16] @ models/lib/nn.yaml:84:18
%5275 = add %4272, %5274 : f32[16] @ models/lib/nn.yaml:84:18
%5276 = permute %5240 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5277 = reshape %5276 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5278 = matmul %5277, %2483 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5279 = reshape %5277 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5280 = reshape %2475 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5281 = matmul %5279, %5280 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5282 = cast %4278 : f32[16,16] @ models/lib/nn.yaml:83:15
%5283 = cast %5281 : f32[16,16] @ models/lib/nn.yaml:83:15
%5284 = add %5282, %5283 : f32[16,16] @ models/lib/nn.yaml:83:15
%5285 = cast %5269 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5286 = permute %5285 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5287 = reshape %5286 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5288 = reduce_sum %5287 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5289 = reshape %5288 : f32[16] @ models/lib/nn.yaml:84:18
%5290 = add %4283, %5289 : f32[16] @ models/lib/nn.yaml:84:18
%5291 = permute %5269 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5292 = reshape %5291 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5293 = matmul %5292, %2476 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5294 = cast %5278 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5295 = cast %5293 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5296 = add %5294, %5295 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5297 = reshape %5292 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5298 = reshape %2475 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5299 = matmul %5297, %5298 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5300 = cast %4292 : f32[16,16] @ models/lib/nn.yaml:83:15
%5301 = cast %5299 : f32[16,16] @ models/lib/nn.yaml:83:15
%5302 = add %5300, %5301 : f32[16,16] @ models/lib/nn.yaml:83:15
%5303 = cast %5259 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5304 = permute %5303 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5305 = reshape %5304 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5306 = reduce_sum %5305 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5307 = reshape %5306 : f32[16] @ models/lib/nn.yaml:84:18
%5308 = add %4297, %5307 : f32[16] @ models/lib/nn.yaml:84:18
%5309 = permute %5259 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5310 = reshape %5309 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5311 = matmul %5310, %2468 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5312 = reshape %5310 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5313 = reshape %2467 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5314 = matmul %5312, %5313 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5315 = cast %4303 : f32[16,16] @ models/lib/nn.yaml:83:15
%5316 = cast %5314 : f32[16,16] @ models/lib/nn.yaml:83:15
%5317 = add %5315, %5316 : f32[16,16] @ models/lib/nn.yaml:83:15
%5318 = cast %5311 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5319 = pad %5318 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5320 = add %5296, %5319 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5321 = reshape %5320 : f32[68,16] @ models/lib/nn.yaml:96:46
%5322 = matmul %5107, %5321 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5323 = reshape %5322 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5324 = reshape %5323 : f32[16] @ models/lib/nn.yaml:96:46
%5325 = add %4308, %5324 : f32[16] @ models/lib/nn.yaml:96:46
%5326 = mul %5320, %2462 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5327 = mul %5320, %2461 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5328 = reduce_sum %5327 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5329 = reshape %5328 : f32[16] @ models/lib/nn.yaml:96:37
%5330 = add %4312, %5329 : f32[16] @ models/lib/nn.yaml:96:37
%5331 = mul %5326, %2460 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5332 = mul %5326, %2450 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5333 = reduce_sum %5332 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5334 = mul %2459, %2459 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5335 = mul %2459, %5334 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5336 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5337 = broadcast %5336 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5338 = mul %5335, %5337 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5339 = mul %5333, %5338 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5340 = div %5339, %2454 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5341 = broadcast %5340 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5342 = mul %5341, %2450 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5343 = add %5331, %5342 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5344 = mul %5341, %2450 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5345 = add %5343, %5344 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5346 = neg %5345 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5347 = reduce_sum %5346 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5348 = div %5347, %2447 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5349 = broadcast %5348 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5350 = add %5345, %5349 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5351 = slice %5350 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5352 = add %5207, %5351 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5353 = slice %5350 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5354 = add %5139, %5353 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5355 = reduce_sum %5352 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5356 = reshape %5355 : f32[16] @ models/lib/nn.yaml:84:18
%5357 = add %4338, %5356 : f32[16] @ models/lib/nn.yaml:84:18
%5358 = cast %5352 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5359 = matmul %5358, %2438 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5360 = reshape %5358 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5361 = reshape %2437 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5362 = matmul %5360, %5361 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5363 = cast %4343 : f32[16,64] @ models/lib/nn.yaml:83:15
%5364 = cast %5362 : f32[16,64] @ models/lib/nn.yaml:83:15
%5365 = add %5363, %5364 : f32[16,64] @ models/lib/nn.yaml:83:15
%5366 = cast %5359 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5367 = mul %5366, %2435 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5368 = cast %5359 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5369 = mul %5368, %2428 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5370 = mul %2431, %2431 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5371 = neg %5370 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5372 = exp %5371 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5373 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5374 = broadcast %5373 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5375 = mul %5372, %5374 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5376 = mul %5369, %5375 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5377 = mul %5376, %2430 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5378 = mul %5367, %2427 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5379 = add %5377, %5378 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5380 = reduce_sum %5379 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5381 = reshape %5380 : f32[64] @ models/lib/nn.yaml:84:18
%5382 = add %4359, %5381 : f32[64] @ models/lib/nn.yaml:84:18
%5383 = cast %5379 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5384 = matmul %5383, %2421 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5385 = reshape %5383 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5386 = reshape %2420 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5387 = matmul %5385, %5386 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5388 = cast %4364 : f32[64,16] @ models/lib/nn.yaml:83:15
%5389 = cast %5387 : f32[64,16] @ models/lib/nn.yaml:83:15
%5390 = add %5388, %5389 : f32[64,16] @ models/lib/nn.yaml:83:15
%5391 = cast %5384 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5392 = reduce_sum %5391 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5393 = reshape %5392 : f32[16] @ models/lib/nn.yaml:96:46
%5394 = add %4367, %5393 : f32[16] @ models/lib/nn.yaml:96:46
%5395 = cast %5384 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5396 = mul %5395, %2416 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5397 = cast %5384 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5398 = mul %5397, %2415 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5399 = reduce_sum %5398 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5400 = reshape %5399 : f32[16] @ models/lib/nn.yaml:96:37
%5401 = add %4373, %5400 : f32[16] @ models/lib/nn.yaml:96:37
%5402 = mul %5396, %2414 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5403 = mul %5396, %2404 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5404 = reduce_sum %5403 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5405 = mul %2413, %2413 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5406 = mul %2413, %5405 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5407 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5408 = broadcast %5407 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5409 = mul %5406, %5408 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5410 = mul %5404, %5409 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5411 = div %5410, %2408 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5412 = broadcast %5411 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5413 = mul %5412, %2404 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5414 = add %5402, %5413 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5415 = mul %5412, %2404 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5416 = add %5414, %5415 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5417 = add %5352, %5416 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5418 = neg %5416 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5419 = reduce_sum %5418 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5420 = div %5419, %2401 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5421 = broadcast %5420 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5422 = add %5417, %5421 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5423 = reduce_sum %5422 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5424 = reshape %5423 : f32[16] @ models/lib/nn.yaml:84:18
%5425 = add %4396, %5424 : f32[16] @ models/lib/nn.yaml:84:18
%5426 = cast %5422 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5427 = matmul %5426, %2393 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5428 = reshape %5426 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5429 = reshape %2392 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5430 = matmul %5428, %5429 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5431 = cast %4401 : f32[16,16] @ models/lib/nn.yaml:83:15
%5432 = cast %5430 : f32[16,16] @ models/lib/nn.yaml:83:15
%5433 = add %5431, %5432 : f32[16,16] @ models/lib/nn.yaml:83:15
%5434 = reshape %5427 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5435 = permute %5434 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5436 = cast %5435 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5437 = cast %2381 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5438 = permute %5437 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5439 = reshape %5436 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%5440 = broadcast %5439 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5441 = reshape %5438 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5442 = broadcast %5441 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5443 = mul %5440, %5442 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5444 = reduce_sum %5443 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5445 = cast %5444 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5446 = cast %2380 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5447 = permute %5446 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5448 = cast %5435 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5449 = reshape %5447 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%5450 = broadcast %5449 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5451 = reshape %5448 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%5452 = broadcast %5451 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5453 = mul %5450, %5452 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5454 = reshape %5453 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5455 = cast %5454 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5456 = cast %5445 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5457 = div %5456, %2378 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5458 = mul %5457, %2379 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5459 = neg %5458 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5460 = reduce_sum %5459 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5461 = broadcast %5460 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5462 = add %5457, %5461 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5463 = mul %5462, %2376 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5464 = mul %5463, %2369 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5465 = cast %5464 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5466 = cast %5465 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5467 = cast %2357 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5468 = reshape %5466 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5469 = broadcast %5468 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5470 = reshape %5467 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5471 = broadcast %5470 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5472 = mul %5469, %5471 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5473 = reduce_sum %5472 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5474 = cast %5473 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5475 = cast %5465 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5476 = permute %5475 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5477 = cast %2356 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5478 = reshape %5476 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%5479 = broadcast %5478 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5480 = reshape %5477 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%5481 = broadcast %5480 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5482 = mul %5479, %5481 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5483 = reshape %5482 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5484 = cast %5483 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5485 = cast %5455 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5486 = permute %5485 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5487 = reshape %5486 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5488 = reduce_sum %5487 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5489 = reshape %5488 : f32[16] @ models/lib/nn.yaml:84:18
%5490 = add %4457, %5489 : f32[16] @ models/lib/nn.yaml:84:18
%5491 = permute %5455 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5492 = reshape %5491 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5493 = matmul %5492, %2349 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5494 = reshape %5492 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5495 = reshape %2341 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5496 = matmul %5494, %5495 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5497 = cast %4463 : f32[16,16] @ models/lib/nn.yaml:83:15
%5498 = cast %5496 : f32[16,16] @ models/lib/nn.yaml:83:15
%5499 = add %5497, %5498 : f32[16,16] @ models/lib/nn.yaml:83:15
%5500 = cast %5484 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5501 = permute %5500 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5502 = reshape %5501 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5503 = reduce_sum %5502 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5504 = reshape %5503 : f32[16] @ models/lib/nn.yaml:84:18
%5505 = add %4468, %5504 : f32[16] @ models/lib/nn.yaml:84:18
%5506 = permute %5484 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5507 = reshape %5506 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5508 = matmul %5507, %2342 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5509 = cast %5493 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5510 = cast %5508 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5511 = add %5509, %5510 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5512 = reshape %5507 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5513 = reshape %2341 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5514 = matmul %5512, %5513 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5515 = cast %4477 : f32[16,16] @ models/lib/nn.yaml:83:15
%5516 = cast %5514 : f32[16,16] @ models/lib/nn.yaml:83:15
%5517 = add %5515, %5516 : f32[16,16] @ models/lib/nn.yaml:83:15
%5518 = cast %5474 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5519 = permute %5518 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5520 = reshape %5519 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5521 = reduce_sum %5520 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5522 = reshape %5521 : f32[16] @ models/lib/nn.yaml:84:18
%5523 = add %4482, %5522 : f32[16] @ models/lib/nn.yaml:84:18
%5524 = permute %5474 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5525 = reshape %5524 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5526 = matmul %5525, %2334 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5527 = reshape %5525 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5528 = reshape %2333 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5529 = matmul %5527, %5528 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5530 = cast %4488 : f32[16,16] @ models/lib/nn.yaml:83:15
%5531 = cast %5529 : f32[16,16] @ models/lib/nn.yaml:83:15
%5532 = add %5530, %5531 : f32[16,16] @ models/lib/nn.yaml:83:15
%5533 = cast %5526 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5534 = pad %5533 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5535 = add %5511, %5534 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5536 = reshape %5535 : f32[68,16] @ models/lib/nn.yaml:96:46
%5537 = matmul %5107, %5536 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5538 = reshape %5537 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5539 = reshape %5538 : f32[16] @ models/lib/nn.yaml:96:46
%5540 = add %4493, %5539 : f32[16] @ models/lib/nn.yaml:96:46
%5541 = mul %5535, %2328 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5542 = mul %5535, %2327 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5543 = reduce_sum %5542 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5544 = reshape %5543 : f32[16] @ models/lib/nn.yaml:96:37
%5545 = add %4497, %5544 : f32[16] @ models/lib/nn.yaml:96:37
%5546 = mul %5541, %2326 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5547 = mul %5541, %2316 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5548 = reduce_sum %5547 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5549 = mul %2325, %2325 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5550 = mul %2325, %5549 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5551 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5552 = broadcast %5551 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5553 = mul %5550, %5552 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5554 = mul %5548, %5553 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5555 = div %5554, %2320 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5556 = broadcast %5555 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5557 = mul %5556, %2316 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5558 = add %5546, %5557 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5559 = mul %5556, %2316 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5560 = add %5558, %5559 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5561 = neg %5560 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5562 = reduce_sum %5561 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5563 = div %5562, %2313 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5564 = broadcast %5563 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5565 = add %5560, %5564 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5566 = slice %5565 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5567 = add %5422, %5566 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5568 = slice %5565 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5569 = add %5354, %5568 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5570 = reduce_sum %5567 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5571 = add %4522, %5570 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5572 = mul %5569, %2306 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5573 = div %5572, %2298 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5574 = reshape %5573 : f32[64,16] @ models/lib/nn.yaml:84:18
%5575 = matmul %4929, %5574 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5576 = reshape %5575 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5577 = reshape %5576 : f32[16] @ models/lib/nn.yaml:84:18
%5578 = add %4526, %5577 : f32[16] @ models/lib/nn.yaml:84:18
%5579 = cast %5573 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5580 = matmul %5579, %2292 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5581 = reshape %5579 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5582 = reshape %2291 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5583 = matmul %5581, %5582 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5584 = cast %4531 : f32[16,64] @ models/lib/nn.yaml:83:15
%5585 = cast %5583 : f32[16,64] @ models/lib/nn.yaml:83:15
%5586 = add %5584, %5585 : f32[16,64] @ models/lib/nn.yaml:83:15
%5587 = cast %5580 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5588 = mul %5587, %2289 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5589 = cast %5580 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5590 = mul %5589, %2282 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5591 = mul %2285, %2285 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5592 = neg %5591 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5593 = exp %5592 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5594 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5595 = broadcast %5594 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5596 = mul %5593, %5595 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5597 = mul %5590, %5596 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5598 = mul %5597, %2284 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5599 = mul %5588, %2281 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5600 = add %5598, %5599 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5601 = reshape %5600 : f32[64,64] @ models/lib/nn.yaml:84:18
%5602 = matmul %4929, %5601 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5603 = reshape %5602 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5604 = reshape %5603 : f32[64] @ models/lib/nn.yaml:84:18
%5605 = add %4547, %5604 : f32[64] @ models/lib/nn.yaml:84:18
%5606 = cast %5600 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5607 = matmul %5606, %2275 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5608 = reshape %5606 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5609 = reshape %2274 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5610 = matmul %5608, %5609 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5611 = cast %4552 : f32[64,16] @ models/lib/nn.yaml:83:15
%5612 = cast %5610 : f32[64,16] @ models/lib/nn.yaml:83:15
%5613 = add %5611, %5612 : f32[64,16] @ models/lib/nn.yaml:83:15
%5614 = cast %5607 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5615 = reduce_sum %5614 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5616 = reshape %5615 : f32[16] @ models/lib/nn.yaml:96:46
%5617 = add %4555, %5616 : f32[16] @ models/lib/nn.yaml:96:46
%5618 = cast %5607 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5619 = mul %5618, %2270 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5620 = cast %5607 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5621 = mul %5620, %2269 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5622 = reduce_sum %5621 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5623 = reshape %5622 : f32[16] @ models/lib/nn.yaml:96:37
%5624 = add %4561, %5623 : f32[16] @ models/lib/nn.yaml:96:37
%5625 = mul %5619, %2268 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5626 = mul %5619, %2258 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5627 = reduce_sum %5626 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5628 = mul %2267, %2267 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5629 = mul %2267, %5628 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5630 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5631 = broadcast %5630 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5632 = mul %5629, %5631 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5633 = mul %5627, %5632 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5634 = div %5633, %2262 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5635 = broadcast %5634 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5636 = mul %5635, %2258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5637 = add %5625, %5636 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5638 = mul %5635, %2258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5639 = add %5637, %5638 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5640 = add %5569, %5639 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5641 = neg %5639 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5642 = reduce_sum %5641 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5643 = div %5642, %2255 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5644 = broadcast %5643 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5645 = add %5640, %5644 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5646 = mul %5645, %2250 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5647 = div %5646, %2241 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5648 = reshape %5647 : f32[64,16] @ models/lib/nn.yaml:84:18
%5649 = matmul %4929, %5648 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5650 = reshape %5649 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5651 = reshape %5650 : f32[16] @ models/lib/nn.yaml:84:18
%5652 = add %4586, %5651 : f32[16] @ models/lib/nn.yaml:84:18
%5653 = cast %5647 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5654 = matmul %5653, %2235 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5655 = reshape %5653 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5656 = reshape %2234 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5657 = matmul %5655, %5656 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5658 = cast %4591 : f32[16,16] @ models/lib/nn.yaml:83:15
%5659 = cast %5657 : f32[16,16] @ models/lib/nn.yaml:83:15
%5660 = add %5658, %5659 : f32[16,16] @ models/lib/nn.yaml:83:15
%5661 = reshape %5654 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5662 = permute %5661 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5663 = cast %5662 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5664 = cast %2223 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5665 = permute %5664 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5666 = reshape %5663 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%5667 = broadcast %5666 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5668 = reshape %5665 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%5669 = broadcast %5668 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5670 = mul %5667, %5669 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5671 = reduce_sum %5670 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5672 = cast %5671 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5673 = cast %2222 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5674 = permute %5673 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5675 = cast %5662 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5676 = reshape %5674 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5677 = broadcast %5676 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5678 = reshape %5675 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5679 = broadcast %5678 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5680 = mul %5677, %5679 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5681 = reduce_sum %5680 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5682 = cast %5681 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5683 = cast %5672 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5684 = div %5683, %2220 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5685 = mul %5684, %2221 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5686 = neg %5685 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5687 = reduce_sum %5686 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5688 = broadcast %5687 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5689 = add %5684, %5688 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5690 = mul %5689, %2218 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5691 = mul %5690, %2211 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5692 = cast %5691 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5693 = cast %5692 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5694 = cast %2199 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5695 = reshape %5693 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5696 = broadcast %5695 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5697 = reshape %5694 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5698 = broadcast %5697 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5699 = mul %5696, %5698 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5700 = reduce_sum %5699 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5701 = cast %5700 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5702 = cast %5692 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5703 = permute %5702 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5704 = cast %2198 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5705 = reshape %5703 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5706 = broadcast %5705 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5707 = reshape %5704 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5708 = broadcast %5707 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5709 = mul %5706, %5708 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5710 = reduce_sum %5709 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5711 = cast %5710 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5712 = cast %5682 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5713 = reshape %5712 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5714 = pad %5713 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%5715 = cast %5711 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5716 = reshape %5715 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5717 = pad %5716 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5718 = add %5714, %5717 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5719 = cast %5701 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5720 = reshape %5719 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5721 = pad %5720 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5722 = add %5718, %5721 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5723 = permute %5722 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5724 = reshape %5723 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5725 = reshape %5724 : f32[64,48] @ models/lib/nn.yaml:84:18
%5726 = matmul %4929, %5725 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5727 = reshape %5726 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5728 = reshape %5727 : f32[48] @ models/lib/nn.yaml:84:18
%5729 = add %4657, %5728 : f32[48] @ models/lib/nn.yaml:84:18
%5730 = cast %5724 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5731 = matmul %5730, %2185 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5732 = reshape %5730 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5733 = reshape %2184 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5734 = matmul %5732, %5733 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5735 = cast %4662 : f32[48,16] @ models/lib/nn.yaml:83:15
%5736 = cast %5734 : f32[48,16] @ models/lib/nn.yaml:83:15
%5737 = add %5735, %5736 : f32[48,16] @ models/lib/nn.yaml:83:15
%5738 = cast %5731 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5739 = reduce_sum %5738 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5740 = reshape %5739 : f32[16] @ models/lib/nn.yaml:96:46
%5741 = add %4665, %5740 : f32[16] @ models/lib/nn.yaml:96:46
%5742 = cast %5731 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5743 = mul %5742, %2180 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5744 = cast %5731 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5745 = mul %5744, %2179 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5746 = reduce_sum %5745 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5747 = reshape %5746 : f32[16] @ models/lib/nn.yaml:96:37
%5748 = add %4671, %5747 : f32[16] @ models/lib/nn.yaml:96:37
%5749 = mul %5743, %2178 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5750 = mul %5743, %2168 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5751 = reduce_sum %5750 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5752 = mul %2177, %2177 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5753 = mul %2177, %5752 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5754 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5755 = broadcast %5754 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5756 = mul %5753, %5755 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5757 = mul %5751, %5756 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5758 = div %5757, %2172 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5759 = broadcast %5758 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5760 = mul %5759, %2168 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5761 = add %5749, %5760 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5762 = mul %5759, %2168 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5763 = add %5761, %5762 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5764 = add %5645, %5763 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5765 = neg %5763 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5766 = reduce_sum %5765 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5767 = div %5766, %2165 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5768 = broadcast %5767 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5769 = add %5764, %5768 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5770 = reshape %5769 : f32[64,16] @ models/lib/nn.yaml:84:18
%5771 = matmul %4929, %5770 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5772 = reshape %5771 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5773 = reshape %5772 : f32[16] @ models/lib/nn.yaml:84:18
%5774 = add %4694, %5773 : f32[16] @ models/lib/nn.yaml:84:18
%5775 = cast %5769 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5776 = matmul %5775, %2157 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5777 = reshape %5775 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5778 = reshape %2156 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5779 = matmul %5777, %5778 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5780 = cast %4699 : f32[16,64] @ models/lib/nn.yaml:83:15
%5781 = cast %5779 : f32[16,64] @ models/lib/nn.yaml:83:15
%5782 = add %5780, %5781 : f32[16,64] @ models/lib/nn.yaml:83:15
%5783 = cast %5776 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5784 = mul %5783, %2154 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5785 = cast %5776 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5786 = mul %5785, %2147 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5787 = mul %2150, %2150 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5788 = neg %5787 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5789 = exp %5788 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5790 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5791 = broadcast %5790 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5792 = mul %5789, %5791 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5793 = mul %5786, %5792 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5794 = mul %5793, %2149 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5795 = mul %5784, %2146 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5796 = add %5794, %5795 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5797 = reshape %5796 : f32[64,64] @ models/lib/nn.yaml:84:18
%5798 = matmul %4929, %5797 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5799 = reshape %5798 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5800 = reshape %5799 : f32[64] @ models/lib/nn.yaml:84:18
%5801 = add %4715, %5800 : f32[64] @ models/lib/nn.yaml:84:18
%5802 = cast %5796 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5803 = matmul %5802, %2140 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5804 = reshape %5802 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5805 = reshape %2139 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5806 = matmul %5804, %5805 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5807 = cast %4720 : f32[64,16] @ models/lib/nn.yaml:83:15
%5808 = cast %5806 : f32[64,16] @ models/lib/nn.yaml:83:15
%5809 = add %5807, %5808 : f32[64,16] @ models/lib/nn.yaml:83:15
%5810 = cast %5803 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5811 = reduce_sum %5810 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5812 = reshape %5811 : f32[16] @ models/lib/nn.yaml:96:46
%5813 = add %4723, %5812 : f32[16] @ models/lib/nn.yaml:96:46
%5814 = cast %5803 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5815 = mul %5814, %2135 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5816 = cast %5803 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5817 = mul %5816, %2134 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5818 = reduce_sum %5817 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5819 = reshape %5818 : f32[16] @ models/lib/nn.yaml:96:37
%5820 = add %4729, %5819 : f32[16] @ models/lib/nn.yaml:96:37
%5821 = mul %5815, %2133 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5822 = mul %5815, %2123 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5823 = reduce_sum %5822 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5824 = mul %2132, %2132 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5825 = mul %2132, %5824 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5826 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5827 = broadcast %5826 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5828 = mul %5825, %5827 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5829 = mul %5823, %5828 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5830 = div %5829, %2127 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5831 = broadcast %5830 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5832 = mul %5831, %2123 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5833 = add %5821, %5832 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5834 = mul %5831, %2123 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5835 = add %5833, %5834 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5836 = add %5769, %5835 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5837 = neg %5835 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5838 = reduce_sum %5837 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5839 = div %5838, %2120 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5840 = broadcast %5839 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5841 = add %5836, %5840 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5842 = reshape %5841 : f32[64,16] @ models/lib/nn.yaml:84:18
%5843 = matmul %4929, %5842 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5844 = reshape %5843 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5845 = reshape %5844 : f32[16] @ models/lib/nn.yaml:84:18
%5846 = add %4752, %5845 : f32[16] @ models/lib/nn.yaml:84:18
%5847 = cast %5841 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5848 = matmul %5847, %2112 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5849 = reshape %5847 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5850 = reshape %2111 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5851 = matmul %5849, %5850 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5852 = cast %4757 : f32[16,16] @ models/lib/nn.yaml:83:15
%5853 = cast %5851 : f32[16,16] @ models/lib/nn.yaml:83:15
%5854 = add %5852, %5853 : f32[16,16] @ models/lib/nn.yaml:83:15
%5855 = reshape %5848 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5856 = permute %5855 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5857 = cast %5856 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5858 = cast %2100 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5859 = permute %5858 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5860 = reshape %5857 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%5861 = broadcast %5860 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5862 = reshape %5859 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%5863 = broadcast %5862 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5864 = mul %5861, %5863 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5865 = reduce_sum %5864 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5866 = cast %5865 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5867 = cast %2099 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5868 = permute %5867 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5869 = cast %5856 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5870 = reshape %5868 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5871 = broadcast %5870 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5872 = reshape %5869 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5873 = broadcast %5872 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5874 = mul %5871, %5873 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5875 = reduce_sum %5874 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5876 = cast %5875 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5877 = cast %5866 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5878 = div %5877, %2097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5879 = mul %5878, %2098 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5880 = neg %5879 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5881 = reduce_sum %5880 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5882 = broadcast %5881 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5883 = add %5878, %5882 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5884 = mul %5883, %2095 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5885 = mul %5884, %2088 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5886 = cast %5885 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5887 = cast %5886 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5888 = cast %2076 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5889 = reshape %5887 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5890 = broadcast %5889 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5891 = reshape %5888 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5892 = broadcast %5891 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5893 = mul %5890, %5892 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5894 = reduce_sum %5893 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5895 = cast %5894 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5896 = cast %5886 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5897 = permute %5896 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5898 = cast %2075 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5899 = reshape %5897 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5900 = broadcast %5899 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5901 = reshape %5898 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5902 = broadcast %5901 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5903 = mul %5900, %5902 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5904 = reduce_sum %5903 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5905 = cast %5904 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5906 = cast %5876 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5907 = reshape %5906 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5908 = pad %5907 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%5909 = cast %5905 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5910 = reshape %5909 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5911 = pad %5910 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5912 = add %5908, %5911 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5913 = cast %5895 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5914 = reshape %5913 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5915 = pad %5914 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5916 = add %5912, %5915 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5917 = permute %5916 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5918 = reshape %5917 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5919 = reshape %5918 : f32[64,48] @ models/lib/nn.yaml:84:18
%5920 = matmul %4929, %5919 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5921 = reshape %5920 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5922 = reshape %5921 : f32[48] @ models/lib/nn.yaml:84:18
%5923 = add %4823, %5922 : f32[48] @ models/lib/nn.yaml:84:18
%5924 = cast %5918 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5925 = matmul %5924, %2062 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5926 = reshape %5924 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5927 = reshape %2061 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5928 = matmul %5926, %5927 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5929 = cast %4828 : f32[48,16] @ models/lib/nn.yaml:83:15
%5930 = cast %5928 : f32[48,16] @ models/lib/nn.yaml:83:15
%5931 = add %5929, %5930 : f32[48,16] @ models/lib/nn.yaml:83:15
%5932 = cast %5925 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5933 = reduce_sum %5932 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5934 = reshape %5933 : f32[16] @ models/lib/nn.yaml:96:46
%5935 = add %4831, %5934 : f32[16] @ models/lib/nn.yaml:96:46
%5936 = cast %5925 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5937 = mul %5936, %2057 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5938 = cast %5925 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5939 = mul %5938, %2056 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5940 = reduce_sum %5939 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5941 = reshape %5940 : f32[16] @ models/lib/nn.yaml:96:37
%5942 = add %4837, %5941 : f32[16] @ models/lib/nn.yaml:96:37
%5943 = mul %5937, %2055 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5944 = mul %5937, %2045 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5945 = reduce_sum %5944 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5946 = mul %2054, %2054 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5947 = mul %2054, %5946 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5948 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5949 = broadcast %5948 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5950 = mul %5947, %5949 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5951 = mul %5945, %5950 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5952 = div %5951, %2049 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5953 = broadcast %5952 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5954 = mul %5953, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5955 = add %5943, %5954 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5956 = mul %5953, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5957 = add %5955, %5956 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5958 = add %5841, %5957 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5959 = neg %5957 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5960 = reduce_sum %5959 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5961 = div %5960, %2042 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5962 = broadcast %5961 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5963 = add %5958, %5962 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5964 = reduce_sum %5963 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5965 = add %4870, %5964 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5966 = reshape %5963 : f32[64,16] @ models/lib/vit.yaml:17:71
%5967 = matmul %4929, %5966 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%5968 = reshape %5967 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5969 = reshape %5968 : f32[16] @ models/lib/vit.yaml:17:71
%5970 = add %4872, %5969 : f32[16] @ models/lib/vit.yaml:17:71
%5971 = reshape %5963 : f32[64,16] @ models/lib/vit.yaml:17:18
%5972 = cast %5971 : bf16[64,16] @ models/lib/vit.yaml:17:18
%5973 = reshape %2032 : bf16[64,48] @ models/lib/vit.yaml:17:18
%5974 = matmul %5972, %5973 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5975 = cast %5974 : f32[16,48] @ models/lib/vit.yaml:17:20
%5976 = reshape %5975 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5977 = add %4878, %5976 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5978 = all_reduce_sum %5965 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5979 = reshape %5978 : f32[256] @ models/lib/vit.yaml:48:7
%5980 = mul %5979, %5979 : f32[256] @ models/lib/vit.yaml:48:7
%5981 = reduce_sum %5980 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5982 = sqrt %5981 : f32[] @ models/lib/vit.yaml:48:7
%5983 = cast %5982 : f64[] @ models/lib/vit.yaml:48:7
%5984 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5985 = add %5983, %5984 : f64[] @ models/lib/vit.yaml:48:7
%5986 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5987 = div %5986, %5985 : f64[] @ models/lib/vit.yaml:48:7
%5988 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5989 = lt %5987, %5988 : bool[] @ models/lib/vit.yaml:48:7
%5990 = cast %5987 : f32[] @ models/lib/vit.yaml:48:7
%5991 = broadcast %5990 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5992 = mul %5978, %5991 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5993 = broadcast %5989 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5994 = select %5993, %5992, %5978 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5995 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5996 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5997 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5998 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5999 = add %5997, %5998 : i64[] @ models/lib/vit.yaml:48:7
%6000 = mul %3779, %3780 : f64[] @ models/lib/vit.yaml:48:7
%6001 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6002 = sub %6001, %6000 : f64[] @ models/lib/vit.yaml:48:7
%6003 = cast %6002 : f32[] @ models/lib/vit.yaml:48:7
%6004 = broadcast %6003 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6005 = mul %7, %6004 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6006 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%6007 = cast %6006 : f32[] @ models/lib/vit.yaml:48:7
%6008 = broadcast %6007 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6009 = mul %5994, %6008 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6010 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6011 = cast %6010 : f32[] @ models/lib/vit.yaml:48:7
%6012 = broadcast %6011 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6013 = mul %5995, %6012 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6014 = add %6013, %6009 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6015 = mul %5994, %5994 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6016 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%6017 = cast %6016 : f32[] @ models/lib/vit.yaml:48:7
%6018 = broadcast %6017 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6019 = mul %6015, %6018 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6020 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6021 = cast %6020 : f32[] @ models/lib/vit.yaml:48:7
%6022 = broadcast %6021 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6023 = mul %5996, %6022 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6024 = add %6023, %6019 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6025 = cast %5999 : f64[] @ models/lib/vit.yaml:48:7
%6026 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6027 = pow %6026, %6025 : f64[] @ models/lib/vit.yaml:48:7
%6028 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6029 = sub %6028, %6027 : f64[] @ models/lib/vit.yaml:48:7
%6030 = div %3779, %6029 : f64[] @ models/lib/vit.yaml:48:7
%6031 = cast %5999 : f64[] @ models/lib/vit.yaml:48:7
%6032 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6033 = pow %6032, %6031 : f64[] @ models/lib/vit.yaml:48:7
%6034 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6035 = sub %6034, %6033 : f64[] @ models/lib/vit.yaml:48:7
%6036 = sqrt %6035 : f64[] @ models/lib/vit.yaml:48:7
%6037 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6038 = div %6037, %6036 : f64[] @ models/lib/vit.yaml:48:7
%6039 = sqrt %6024 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6040 = cast %6038 : f32[] @ models/lib/vit.yaml:48:7
%6041 = broadcast %6040 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6042 = mul %6039, %6041 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6043 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%6044 = cast %6043 : f32[] @ models/lib/vit.yaml:48:7
%6045 = broadcast %6044 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6046 = add %6042, %6045 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6047 = div %6014, %6046 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6048 = cast %6030 : f32[] @ models/lib/vit.yaml:48:7
%6049 = broadcast %6048 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6050 = mul %6047, %6049 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6051 = sub %6005, %6050 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6052 = assign %7, %6051 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6053 = assign %5995, %6014 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6054 = assign %5996, %6024 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6055 = assign %5997, %5999 : i64[] @ models/lib/vit.yaml:48:7
%6056 = cast %3781 : f32[] @ models/lib/vit.yaml:48:7
%6057 = broadcast %6056 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6058 = mul %85, %6057 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6059 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6060 = sub %6059, %3781 : f64[] @ models/lib/vit.yaml:48:7
%6061 = cast %6060 : f32[] @ models/lib/vit.yaml:48:7
%6062 = broadcast %6061 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6063 = mul %6051, %6062 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6064 = add %6058, %6063 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6065 = assign %85, %6064 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6066 = all_reduce_sum %5977 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6067 = reshape %6066 : f32[768] @ models/lib/vit.yaml:9:7
%6068 = mul %6067, %6067 : f32[768] @ models/lib/vit.yaml:9:7
%6069 = reduce_sum %6068 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6070 = sqrt %6069 : f32[] @ models/lib/vit.yaml:9:7
%6071 = cast %6070 : f64[] @ models/lib/vit.yaml:9:7
%6072 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%6073 = add %6071, %6072 : f64[] @ models/lib/vit.yaml:9:7
%6074 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%6075 = div %6074, %6073 : f64[] @ models/lib/vit.yaml:9:7
%6076 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6077 = lt %6075, %6076 : bool[] @ models/lib/vit.yaml:9:7
%6078 = cast %6075 : f32[] @ models/lib/vit.yaml:9:7
%6079 = broadcast %6078 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6080 = mul %6066, %6079 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6081 = broadcast %6077 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6082 = select %6081, %6080, %6066 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6083 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6084 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6085 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6086 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%6087 = add %6085, %6086 : i64[] @ models/lib/vit.yaml:9:7
%6088 = mul %3779, %3780 : f64[] @ models/lib/vit.yaml:9:7
%6089 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6090 = sub %6089, %6088 : f64[] @ models/lib/vit.yaml:9:7
%6091 = cast %6090 : f32[] @ models/lib/vit.yaml:9:7
%6092 = broadcast %6091 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6093 = mul %8, %6092 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6094 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%6095 = cast %6094 : f32[] @ models/lib/vit.yaml:9:7
%6096 = broadcast %6095 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6097 = mul %6082, %6096 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6098 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%6099 = cast %6098 : f32[] @ models/lib/vit.yaml:9:7
%6100 = broadcast %6099 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6101 = mul %6083, %6100 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6102 = add %6101, %6097 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6103 = mul %6082, %6082 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6104 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%6105 = cast %6104 : f32[] @ models/lib/vit.yaml:9:7
%6106 = broadcast %6105 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6107 = mul %6103, %6106 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6108 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%6109 = cast %6108 : f32[] @ models/lib/vit.yaml:9:7
%6110 = broadcast %6109 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6111 = mul %6084, %6110 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6112 = add %6111, %6107 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6113 = cast %6087 : f64[] @ models/lib/vit.yaml:9:7
%6114 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%6115 = pow %6114, %6113 : f64[] @ models/lib/vit.yaml:9:7
%6116 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6117 = sub %6116, %6115 : f64[] @ models/lib/vit.yaml:9:7
%6118 = div %3779, %6117 : f64[] @ models/lib/vit.yaml:9:7
%6119 = cast %6087 : f64[] @ models/lib/vit.yaml:9:7
%6120 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%6121 = pow %6120, %6119 : f64[] @ models/lib/vit.yaml:9:7
%6122 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6123 = sub %6122, %6121 : f64[] @ models/lib/vit.yaml:9:7
%6124 = sqrt %6123 : f64[] @ models/lib/vit.yaml:9:7
%6125 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6126 = div %6125, %6124 : f64[] @ models/lib/vit.yaml:9:7
%6127 = sqrt %6112 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6128 = cast %6126 : f32[] @ models/lib/vit.yaml:9:7
%6129 = broadcast %6128 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6130 = mul %6127, %6129 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6131 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%6132 = cast %6131 : f32[] @ models/lib/vit.yaml:9:7
%6133 = broadcast %6132 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6134 = add %6130, %6133 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6135 = div %6102, %6134 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6136 = cast %6118 : f32[] @ models/lib/vit.yaml:9:7
%6137 = broadcast %6136 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6138 = mul %6135, %6137 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6139 = sub %6093, %6138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6140 = assign %8, %6139 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6141 = assign %6083, %6102 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6142 = assign %6084, %6112 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6143 = assign %6085, %6087 : i64[] @ models/lib/vit.yaml:9:7
%6144 = cast %3781 : f32[] @ models/lib/vit.yaml:9:7
%6145 = broadcast %6144 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6146 = mul %86, %6145 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6147 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6148 = sub %6147, %3781 : f64[] @ models/lib/vit.yaml:9:7
%6149 = cast %6148 : f32[] @ models/lib/vit.yaml:9:7
%6150 = broadcast %6149 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6151 = mul %6139, %6150 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6152 = add %6146, %6151 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6153 = assign %86, %6152 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6154 = all_reduce_sum %5970 : f32[16] @ models/lib/vit.yaml:10:7
%6155 = reshape %6154 : f32[16] @ models/lib/vit.yaml:10:7
%6156 = mul %6155, %6155 : f32[16] @ models/lib/vit.yaml:10:7
%6157 = reduce_sum %6156 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6158 = sqrt %6157 : f32[] @ models/lib/vit.yaml:10:7
%6159 = cast %6158 : f64[] @ models/lib/vit.yaml:10:7
%6160 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%6161 = add %6159, %6160 : f64[] @ models/lib/vit.yaml:10:7
%6162 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%6163 = div %6162, %6161 : f64[] @ models/lib/vit.yaml:10:7
%6164 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6165 = lt %6163, %6164 : bool[] @ models/lib/vit.yaml:10:7
%6166 = cast %6163 : f32[] @ models/lib/vit.yaml:10:7
%6167 = broadcast %6166 : f32[16] @ models/lib/vit.yaml:10:7
%6168 = mul %6154, %6167 : f32[16] @ models/lib/vit.yaml:10:7
%6169 = broadcast %6165 : bool[16] @ models/lib/vit.yaml:10:7
%6170 = select %6169, %6168, %6154 : f32[16] @ models/lib/vit.yaml:10:7
%6171 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6172 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6173 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6174 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%6175 = add %6173, %6174 : i64[] @ models/lib/vit.yaml:10:7
%6176 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%6177 = cast %6176 : f32[] @ models/lib/vit.yaml:10:7
%6178 = broadcast %6177 : f32[16] @ models/lib/vit.yaml:10:7
%6179 = mul %6170, %6178 : f32[16] @ models/lib/vit.yaml:10:7
%6180 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%6181 = cast %6180 : f32[] @ models/lib/vit.yaml:10:7
%6182 = broadcast %6181 : f32[16] @ models/lib/vit.yaml:10:7
%6183 = mul %6171, %6182 : f32[16] @ models/lib/vit.yaml:10:7
%6184 = add %6183, %6179 : f32[16] @ models/lib/vit.yaml:10:7
%6185 = mul %6170, %6170 : f32[16] @ models/lib/vit.yaml:10:7
%6186 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%6187 = cast %6186 : f32[] @ models/lib/vit.yaml:10:7
%6188 = broadcast %6187 : f32[16] @ models/lib/vit.yaml:10:7
%6189 = mul %6185, %6188 : f32[16] @ models/lib/vit.yaml:10:7
%6190 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%6191 = cast %6190 : f32[] @ models/lib/vit.yaml:10:7
%6192 = broadcast %6191 : f32[16] @ models/lib/vit.yaml:10:7
%6193 = mul %6172, %6192 : f32[16] @ models/lib/vit.yaml:10:7
%6194 = add %6193, %6189 : f32[16] @ models/lib/vit.yaml:10:7
%6195 = cast %6175 : f64[] @ models/lib/vit.yaml:10:7
%6196 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%6197 = pow %6196, %6195 : f64[] @ models/lib/vit.yaml:10:7
%6198 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6199 = sub %6198, %6197 : f64[] @ models/lib/vit.yaml:10:7
%6200 = div %3779, %6199 : f64[] @ models/lib/vit.yaml:10:7
%6201 = cast %6175 : f64[] @ models/lib/vit.yaml:10:7
%6202 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%6203 = pow %6202, %6201 : f64[] @ models/lib/vit.yaml:10:7
%6204 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6205 = sub %6204, %6203 : f64[] @ models/lib/vit.yaml:10:7
%6206 = sqrt %6205 : f64[] @ models/lib/vit.yaml:10:7
%6207 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6208 = div %6207, %6206 : f64[] @ models/lib/vit.yaml:10:7
%6209 = sqrt %6194 : f32[16] @ models/lib/vit.yaml:10:7
%6210 = cast %6208 : f32[] @ models/lib/vit.yaml:10:7
%6211 = broadcast %6210 : f32[16] @ models/lib/vit.yaml:10:7
%6212 = mul %6209, %6211 : f32[16] @ models/lib/vit.yaml:10:7
%6213 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%6214 = cast %6213 : f32[] @ models/lib/vit.yaml:10:7
%6215 = broadcast %6214 : f32[16] @ models/lib/vit.yaml:10:7
%6216 = add %6212, %6215 : f32[16] @ models/lib/vit.yaml:10:7
%6217 = div %6184, %6216 : f32[16] @ models/lib/vit.yaml:10:7
%6218 = cast %6200 : f32[] @ models/lib/vit.yaml:10:7
%6219 = broadcast %6218 : f32[16] @ models/lib/vit.yaml:10:7
%6220 = mul %6217, %6219 : f32[16] @ models/lib/vit.yaml:10:7
%6221 = sub %9, %6220 : f32[16] @ models/lib/vit.yaml:10:7
%6222 = assign %9, %6221 : f32[16] @ models/lib/vit.yaml:10:7
%6223 = assign %6171, %6184 : f32[16] @ models/lib/vit.yaml:10:7
%6224 = assign %6172, %6194 : f32[16] @ models/lib/vit.yaml:10:7
%6225 = assign %6173, %6175 : i64[] @ models/lib/vit.yaml:10:7
%6226 = cast %3781 : f32[] @ models/lib/vit.yaml:10:7
%6227 = broadcast %6226 : f32[16] @ models/lib/vit.yaml:10:7
%6228 = mul %87, %6227 : f32[16] @ models/lib/vit.yaml:10:7
%6229 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6230 = sub %6229, %3781 : f64[] @ models/lib/vit.yaml:10:7
%6231 = cast %6230 : f32[] @ models/lib/vit.yaml:10:7
%6232 = broadcast %6231 : f32[16] @ models/lib/vit.yaml:10:7
%6233 = mul %6221, %6232 : f32[16] @ models/lib/vit.yaml:10:7
%6234 = add %6228, %6233 : f32[16] @ models/lib/vit.yaml:10:7
%6235 = assign %87, %6234 : f32[16] @ models/lib/vit.yaml:10:7
%6236 = all_reduce_sum %5942 : f32[16] @ models/lib/nn.yaml:89:7
%6237 = reshape %6236 : f32[16] @ models/lib/nn.yaml:89:7
%6238 = mul %6237, %6237 : f32[16] @ models/lib/nn.yaml:89:7
%6239 = reduce_sum %6238 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6240 = sqrt %6239 : f32[] @ models/lib/nn.yaml:89:7
%6241 = cast %6240 : f64[] @ models/lib/nn.yaml:89:7
%6242 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6243 = add %6241, %6242 : f64[] @ models/lib/nn.yaml:89:7
%6244 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6245 = div %6244, %6243 : f64[] @ models/lib/nn.yaml:89:7
%6246 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6247 = lt %6245, %6246 : bool[] @ models/lib/nn.yaml:89:7
%6248 = cast %6245 : f32[] @ models/lib/nn.yaml:89:7
%6249 = broadcast %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6250 = mul %6236, %6249 : f32[16] @ models/lib/nn.yaml:89:7
%6251 = broadcast %6247 : bool[16] @ models/lib/nn.yaml:89:7
%6252 = select %6251, %6250, %6236 : f32[16] @ models/lib/nn.yaml:89:7
%6253 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6254 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6255 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6256 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6257 = add %6255, %6256 : i64[] @ models/lib/nn.yaml:89:7
%6258 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6259 = cast %6258 : f32[] @ models/lib/nn.yaml:89:7
%6260 = broadcast %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6261 = mul %6252, %6260 : f32[16] @ models/lib/nn.yaml:89:7
%6262 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6263 = cast %6262 : f32[] @ models/lib/nn.yaml:89:7
%6264 = broadcast %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6265 = mul %6253, %6264 : f32[16] @ models/lib/nn.yaml:89:7
%6266 = add %6265, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6267 = mul %6252, %6252 : f32[16] @ models/lib/nn.yaml:89:7
%6268 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6269 = cast %6268 : f32[] @ models/lib/nn.yaml:89:7
%6270 = broadcast %6269 : f32[16] @ models/lib/nn.yaml:89:7
%6271 = mul %6267, %6270 : f32[16] @ models/lib/nn.yaml:89:7
%6272 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6273 = cast %6272 : f32[] @ models/lib/nn.yaml:89:7
%6274 = broadcast %6273 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = mul %6254, %6274 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = add %6275, %6271 : f32[16] @ models/lib/nn.yaml:89:7
%6277 = cast %6257 : f64[] @ models/lib/nn.yaml:89:7
%6278 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6279 = pow %6278, %6277 : f64[] @ models/lib/nn.yaml:89:7
%6280 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6281 = sub %6280, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6282 = div %3779, %6281 : f64[] @ models/lib/nn.yaml:89:7
%6283 = cast %6257 : f64[] @ models/lib/nn.yaml:89:7
%6284 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6285 = pow %6284, %6283 : f64[] @ models/lib/nn.yaml:89:7
%6286 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6287 = sub %6286, %6285 : f64[] @ models/lib/nn.yaml:89:7
%6288 = sqrt %6287 : f64[] @ models/lib/nn.yaml:89:7
%6289 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6290 = div %6289, %6288 : f64[] @ models/lib/nn.yaml:89:7
%6291 = sqrt %6276 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = cast %6290 : f32[] @ models/lib/nn.yaml:89:7
%6293 = broadcast %6292 : f32[16] @ models/lib/nn.yaml:89:7
%6294 = mul %6291, %6293 : f32[16] @ models/lib/nn.yaml:89:7
%6295 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6296 = cast %6295 : f32[] @ models/lib/nn.yaml:89:7
%6297 = broadcast %6296 : f32[16] @ models/lib/nn.yaml:89:7
%6298 = add %6294, %6297 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = div %6266, %6298 : f32[16] @ models/lib/nn.yaml:89:7
%6300 = cast %6282 : f32[] @ models/lib/nn.yaml:89:7
%6301 = broadcast %6300 : f32[16] @ models/lib/nn.yaml:89:7
%6302 = mul %6299, %6301 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = sub %10, %6302 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = assign %10, %6303 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = assign %6253, %6266 : f32[16] @ models/lib/nn.yaml:89:7
%6306 = assign %6254, %6276 : f32[16] @ models/lib/nn.yaml:89:7
%6307 = assign %6255, %6257 : i64[] @ models/lib/nn.yaml:89:7
%6308 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%6309 = broadcast %6308 : f32[16] @ models/lib/nn.yaml:89:7
%6310 = mul %88, %6309 : f32[16] @ models/lib/nn.yaml:89:7
%6311 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6312 = sub %6311, %3781 : f64[] @ models/lib/nn.yaml:89:7
%6313 = cast %6312 : f32[] @ models/lib/nn.yaml:89:7
%6314 = broadcast %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = mul %6303, %6314 : f32[16] @ models/lib/nn.yaml:89:7
%6316 = add %6310, %6315 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = assign %88, %6316 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = all_reduce_sum %5935 : f32[16] @ models/lib/nn.yaml:90:7
%6319 = reshape %6318 : f32[16] @ models/lib/nn.yaml:90:7
%6320 = mul %6319, %6319 : f32[16] @ models/lib/nn.yaml:90:7
%6321 = reduce_sum %6320 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6322 = sqrt %6321 : f32[] @ models/lib/nn.yaml:90:7
%6323 = cast %6322 : f64[] @ models/lib/nn.yaml:90:7
%6324 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6325 = add %6323, %6324 : f64[] @ models/lib/nn.yaml:90:7
%6326 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6327 = div %6326, %6325 : f64[] @ models/lib/nn.yaml:90:7
%6328 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6329 = lt %6327, %6328 : bool[] @ models/lib/nn.yaml:90:7
%6330 = cast %6327 : f32[] @ models/lib/nn.yaml:90:7
%6331 = broadcast %6330 : f32[16] @ models/lib/nn.yaml:90:7
%6332 = mul %6318, %6331 : f32[16] @ models/lib/nn.yaml:90:7
%6333 = broadcast %6329 : bool[16] @ models/lib/nn.yaml:90:7
%6334 = select %6333, %6332, %6318 : f32[16] @ models/lib/nn.yaml:90:7
%6335 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6336 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6337 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6338 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6339 = add %6337, %6338 : i64[] @ models/lib/nn.yaml:90:7
%6340 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6341 = cast %6340 : f32[] @ models/lib/nn.yaml:90:7
%6342 = broadcast %6341 : f32[16] @ models/lib/nn.yaml:90:7
%6343 = mul %6334, %6342 : f32[16] @ models/lib/nn.yaml:90:7
%6344 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6345 = cast %6344 : f32[] @ models/lib/nn.yaml:90:7
%6346 = broadcast %6345 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = mul %6335, %6346 : f32[16] @ models/lib/nn.yaml:90:7
%6348 = add %6347, %6343 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = mul %6334, %6334 : f32[16] @ models/lib/nn.yaml:90:7
%6350 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6351 = cast %6350 : f32[] @ models/lib/nn.yaml:90:7
%6352 = broadcast %6351 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = mul %6349, %6352 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6355 = cast %6354 : f32[] @ models/lib/nn.yaml:90:7
%6356 = broadcast %6355 : f32[16] @ models/lib/nn.yaml:90:7
%6357 = mul %6336, %6356 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = add %6357, %6353 : f32[16] @ models/lib/nn.yaml:90:7
%6359 = cast %6339 : f64[] @ models/lib/nn.yaml:90:7
%6360 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6361 = pow %6360, %6359 : f64[] @ models/lib/nn.yaml:90:7
%6362 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6363 = sub %6362, %6361 : f64[] @ models/lib/nn.yaml:90:7
%6364 = div %3779, %6363 : f64[] @ models/lib/nn.yaml:90:7
%6365 = cast %6339 : f64[] @ models/lib/nn.yaml:90:7
%6366 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6367 = pow %6366, %6365 : f64[] @ models/lib/nn.yaml:90:7
%6368 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6369 = sub %6368, %6367 : f64[] @ models/lib/nn.yaml:90:7
%6370 = sqrt %6369 : f64[] @ models/lib/nn.yaml:90:7
%6371 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6372 = div %6371, %6370 : f64[] @ models/lib/nn.yaml:90:7
%6373 = sqrt %6358 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = cast %6372 : f32[] @ models/lib/nn.yaml:90:7
%6375 = broadcast %6374 : f32[16] @ models/lib/nn.yaml:90:7
%6376 = mul %6373, %6375 : f32[16] @ models/lib/nn.yaml:90:7
%6377 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6378 = cast %6377 : f32[] @ models/lib/nn.yaml:90:7
%6379 = broadcast %6378 : f32[16] @ models/lib/nn.yaml:90:7
%6380 = add %6376, %6379 : f32[16] @ models/lib/nn.yaml:90:7
%6381 = div %6348, %6380 : f32[16] @ models/lib/nn.yaml:90:7
%6382 = cast %6364 : f32[] @ models/lib/nn.yaml:90:7
%6383 = broadcast %6382 : f32[16] @ models/lib/nn.yaml:90:7
%6384 = mul %6381, %6383 : f32[16] @ models/lib/nn.yaml:90:7
%6385 = sub %11, %6384 : f32[16] @ models/lib/nn.yaml:90:7
%6386 = assign %11, %6385 : f32[16] @ models/lib/nn.yaml:90:7
%6387 = assign %6335, %6348 : f32[16] @ models/lib/nn.yaml:90:7
%6388 = assign %6336, %6358 : f32[16] @ models/lib/nn.yaml:90:7
%6389 = assign %6337, %6339 : i64[] @ models/lib/nn.yaml:90:7
%6390 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%6391 = broadcast %6390 : f32[16] @ models/lib/nn.yaml:90:7
%6392 = mul %89, %6391 : f32[16] @ models/lib/nn.yaml:90:7
%6393 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6394 = sub %6393, %3781 : f64[] @ models/lib/nn.yaml:90:7
%6395 = cast %6394 : f32[] @ models/lib/nn.yaml:90:7
%6396 = broadcast %6395 : f32[16] @ models/lib/nn.yaml:90:7
%6397 = mul %6385, %6396 : f32[16] @ models/lib/nn.yaml:90:7
%6398 = add %6392, %6397 : f32[16] @ models/lib/nn.yaml:90:7
%6399 = assign %89, %6398 : f32[16] @ models/lib/nn.yaml:90:7
%6400 = all_reduce_sum %5931 : f32[48,16] @ models/lib/nn.yaml:79:7
%6401 = reshape %6400 : f32[768] @ models/lib/nn.yaml:79:7
%6402 = mul %6401, %6401 : f32[768] @ models/lib/nn.yaml:79:7
%6403 = reduce_sum %6402 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6404 = sqrt %6403 : f32[] @ models/lib/nn.yaml:79:7
%6405 = cast %6404 : f64[] @ models/lib/nn.yaml:79:7
%6406 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6407 = add %6405, %6406 : f64[] @ models/lib/nn.yaml:79:7
%6408 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6409 = div %6408, %6407 : f64[] @ models/lib/nn.yaml:79:7
%6410 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6411 = lt %6409, %6410 : bool[] @ models/lib/nn.yaml:79:7
%6412 = cast %6409 : f32[] @ models/lib/nn.yaml:79:7
%6413 = broadcast %6412 : f32[48,16] @ models/lib/nn.yaml:79:7
%6414 = mul %6400, %6413 : f32[48,16] @ models/lib/nn.yaml:79:7
%6415 = broadcast %6411 : bool[48,16] @ models/lib/nn.yaml:79:7
%6416 = select %6415, %6414, %6400 : f32[48,16] @ models/lib/nn.yaml:79:7
%6417 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6418 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6420 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6421 = add %6419, %6420 : i64[] @ models/lib/nn.yaml:79:7
%6422 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%6423 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6424 = sub %6423, %6422 : f64[] @ models/lib/nn.yaml:79:7
%6425 = cast %6424 : f32[] @ models/lib/nn.yaml:79:7
%6426 = broadcast %6425 : f32[48,16] @ models/lib/nn.yaml:79:7
%6427 = mul %12, %6426 : f32[48,16] @ models/lib/nn.yaml:79:7
%6428 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6429 = cast %6428 : f32[] @ models/lib/nn.yaml:79:7
%6430 = broadcast %6429 : f32[48,16] @ models/lib/nn.yaml:79:7
%6431 = mul %6416, %6430 : f32[48,16] @ models/lib/nn.yaml:79:7
%6432 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6433 = cast %6432 : f32[] @ models/lib/nn.yaml:79:7
%6434 = broadcast %6433 : f32[48,16] @ models/lib/nn.yaml:79:7
%6435 = mul %6417, %6434 : f32[48,16] @ models/lib/nn.yaml:79:7
%6436 = add %6435, %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%6437 = mul %6416, %6416 : f32[48,16] @ models/lib/nn.yaml:79:7
%6438 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6439 = cast %6438 : f32[] @ models/lib/nn.yaml:79:7
%6440 = broadcast %6439 : f32[48,16] @ models/lib/nn.yaml:79:7
%6441 = mul %6437, %6440 : f32[48,16] @ models/lib/nn.yaml:79:7
%6442 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6443 = cast %6442 : f32[] @ models/lib/nn.yaml:79:7
%6444 = broadcast %6443 : f32[48,16] @ models/lib/nn.yaml:79:7
%6445 = mul %6418, %6444 : f32[48,16] @ models/lib/nn.yaml:79:7
%6446 = add %6445, %6441 : f32[48,16] @ models/lib/nn.yaml:79:7
%6447 = cast %6421 : f64[] @ models/lib/nn.yaml:79:7
%6448 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6449 = pow %6448, %6447 : f64[] @ models/lib/nn.yaml:79:7
%6450 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6451 = sub %6450, %6449 : f64[] @ models/lib/nn.yaml:79:7
%6452 = div %3779, %6451 : f64[] @ models/lib/nn.yaml:79:7
%6453 = cast %6421 : f64[] @ models/lib/nn.yaml:79:7
%6454 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6455 = pow %6454, %6453 : f64[] @ models/lib/nn.yaml:79:7
%6456 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6457 = sub %6456, %6455 : f64[] @ models/lib/nn.yaml:79:7
%6458 = sqrt %6457 : f64[] @ models/lib/nn.yaml:79:7
%6459 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6460 = div %6459, %6458 : f64[] @ models/lib/nn.yaml:79:7
%6461 = sqrt %6446 : f32[48,16] @ models/lib/nn.yaml:79:7
%6462 = cast %6460 : f32[] @ models/lib/nn.yaml:79:7
%6463 = broadcast %6462 : f32[48,16] @ models/lib/nn.yaml:79:7
%6464 = mul %6461, %6463 : f32[48,16] @ models/lib/nn.yaml:79:7
%6465 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6466 = cast %6465 : f32[] @ models/lib/nn.yaml:79:7
%6467 = broadcast %6466 : f32[48,16] @ models/lib/nn.yaml:79:7
%6468 = add %6464, %6467 : f32[48,16] @ models/lib/nn.yaml:79:7
%6469 = div %6436, %6468 : f32[48,16] @ models/lib/nn.yaml:79:7
%6470 = cast %6452 : f32[] @ models/lib/nn.yaml:79:7
%6471 = broadcast %6470 : f32[48,16] @ models/lib/nn.yaml:79:7
%6472 = mul %6469, %6471 : f32[48,16] @ models/lib/nn.yaml:79:7
%6473 = sub %6427, %6472 : f32[48,16] @ models/lib/nn.yaml:79:7
%6474 = assign %12, %6473 : f32[48,16] @ models/lib/nn.yaml:79:7
%6475 = assign %6417, %6436 : f32[48,16] @ models/lib/nn.yaml:79:7
%6476 = assign %6418, %6446 : f32[48,16] @ models/lib/nn.yaml:79:7
%6477 = assign %6419, %6421 : i64[] @ models/lib/nn.yaml:79:7
%6478 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%6479 = broadcast %6478 : f32[48,16] @ models/lib/nn.yaml:79:7
%6480 = mul %90, %6479 : f32[48,16] @ models/lib/nn.yaml:79:7
%6481 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6482 = sub %6481, %3781 : f64[] @ models/lib/nn.yaml:79:7
%6483 = cast %6482 : f32[] @ models/lib/nn.yaml:79:7
%6484 = broadcast %6483 : f32[48,16] @ models/lib/nn.yaml:79:7
%6485 = mul %6473, %6484 : f32[48,16] @ models/lib/nn.yaml:79:7
%6486 = add %6480, %6485 : f32[48,16] @ models/lib/nn.yaml:79:7
%6487 = assign %90, %6486 : f32[48,16] @ models/lib/nn.yaml:79:7
%6488 = all_reduce_sum %5923 : f32[48] @ models/lib/nn.yaml:80:7
%6489 = reshape %6488 : f32[48] @ models/lib/nn.yaml:80:7
%6490 = mul %6489, %6489 : f32[48] @ models/lib/nn.yaml:80:7
%6491 = reduce_sum %6490 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6492 = sqrt %6491 : f32[] @ models/lib/nn.yaml:80:7
%6493 = cast %6492 : f64[] @ models/lib/nn.yaml:80:7
%6494 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6495 = add %6493, %6494 : f64[] @ models/lib/nn.yaml:80:7
%6496 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6497 = div %6496, %6495 : f64[] @ models/lib/nn.yaml:80:7
%6498 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6499 = lt %6497, %6498 : bool[] @ models/lib/nn.yaml:80:7
%6500 = cast %6497 : f32[] @ models/lib/nn.yaml:80:7
%6501 = broadcast %6500 : f32[48] @ models/lib/nn.yaml:80:7
%6502 = mul %6488, %6501 : f32[48] @ models/lib/nn.yaml:80:7
%6503 = broadcast %6499 : bool[48] @ models/lib/nn.yaml:80:7
%6504 = select %6503, %6502, %6488 : f32[48] @ models/lib/nn.yaml:80:7
%6505 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6506 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6507 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6508 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6509 = add %6507, %6508 : i64[] @ models/lib/nn.yaml:80:7
%6510 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6511 = cast %6510 : f32[] @ models/lib/nn.yaml:80:7
%6512 = broadcast %6511 : f32[48] @ models/lib/nn.yaml:80:7
%6513 = mul %6504, %6512 : f32[48] @ models/lib/nn.yaml:80:7
%6514 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6515 = cast %6514 : f32[] @ models/lib/nn.yaml:80:7
%6516 = broadcast %6515 : f32[48] @ models/lib/nn.yaml:80:7
%6517 = mul %6505, %6516 : f32[48] @ models/lib/nn.yaml:80:7
%6518 = add %6517, %6513 : f32[48] @ models/lib/nn.yaml:80:7
%6519 = mul %6504, %6504 : f32[48] @ models/lib/nn.yaml:80:7
%6520 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6521 = cast %6520 : f32[] @ models/lib/nn.yaml:80:7
%6522 = broadcast %6521 : f32[48] @ models/lib/nn.yaml:80:7
%6523 = mul %6519, %6522 : f32[48] @ models/lib/nn.yaml:80:7
%6524 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6525 = cast %6524 : f32[] @ models/lib/nn.yaml:80:7
%6526 = broadcast %6525 : f32[48] @ models/lib/nn.yaml:80:7
%6527 = mul %6506, %6526 : f32[48] @ models/lib/nn.yaml:80:7
%6528 = add %6527, %6523 : f32[48] @ models/lib/nn.yaml:80:7
%6529 = cast %6509 : f64[] @ models/lib/nn.yaml:80:7
%6530 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6531 = pow %6530, %6529 : f64[] @ models/lib/nn.yaml:80:7
%6532 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6533 = sub %6532, %6531 : f64[] @ models/lib/nn.yaml:80:7
%6534 = div %3779, %6533 : f64[] @ models/lib/nn.yaml:80:7
%6535 = cast %6509 : f64[] @ models/lib/nn.yaml:80:7
%6536 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6537 = pow %6536, %6535 : f64[] @ models/lib/nn.yaml:80:7
%6538 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6539 = sub %6538, %6537 : f64[] @ models/lib/nn.yaml:80:7
%6540 = sqrt %6539 : f64[] @ models/lib/nn.yaml:80:7
%6541 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6542 = div %6541, %6540 : f64[] @ models/lib/nn.yaml:80:7
%6543 = sqrt %6528 : f32[48] @ models/lib/nn.yaml:80:7
%6544 = cast %6542 : f32[] @ models/lib/nn.yaml:80:7
%6545 = broadcast %6544 : f32[48] @ models/lib/nn.yaml:80:7
%6546 = mul %6543, %6545 : f32[48] @ models/lib/nn.yaml:80:7
%6547 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6548 = cast %6547 : f32[] @ models/lib/nn.yaml:80:7
%6549 = broadcast %6548 : f32[48] @ models/lib/nn.yaml:80:7
%6550 = add %6546, %6549 : f32[48] @ models/lib/nn.yaml:80:7
%6551 = div %6518, %6550 : f32[48] @ models/lib/nn.yaml:80:7
%6552 = cast %6534 : f32[] @ models/lib/nn.yaml:80:7
%6553 = broadcast %6552 : f32[48] @ models/lib/nn.yaml:80:7
%6554 = mul %6551, %6553 : f32[48] @ models/lib/nn.yaml:80:7
%6555 = sub %13, %6554 : f32[48] @ models/lib/nn.yaml:80:7
%6556 = assign %13, %6555 : f32[48] @ models/lib/nn.yaml:80:7
%6557 = assign %6505, %6518 : f32[48] @ models/lib/nn.yaml:80:7
%6558 = assign %6506, %6528 : f32[48] @ models/lib/nn.yaml:80:7
%6559 = assign %6507, %6509 : i64[] @ models/lib/nn.yaml:80:7
%6560 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%6561 = broadcast %6560 : f32[48] @ models/lib/nn.yaml:80:7
%6562 = mul %91, %6561 : f32[48] @ models/lib/nn.yaml:80:7
%6563 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6564 = sub %6563, %3781 : f64[] @ models/lib/nn.yaml:80:7
%6565 = cast %6564 : f32[] @ models/lib/nn.yaml:80:7
%6566 = broadcast %6565 : f32[48] @ models/lib/nn.yaml:80:7
%6567 = mul %6555, %6566 : f32[48] @ models/lib/nn.yaml:80:7
%6568 = add %6562, %6567 : f32[48] @ models/lib/nn.yaml:80:7
%6569 = assign %91, %6568 : f32[48] @ models/lib/nn.yaml:80:7
%6570 = all_reduce_sum %5854 : f32[16,16] @ models/lib/nn.yaml:79:7
%6571 = reshape %6570 : f32[256] @ models/lib/nn.yaml:79:7
%6572 = mul %6571, %6571 : f32[256] @ models/lib/nn.yaml:79:7
%6573 = reduce_sum %6572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6574 = sqrt %6573 : f32[] @ models/lib/nn.yaml:79:7
%6575 = cast %6574 : f64[] @ models/lib/nn.yaml:79:7
%6576 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6577 = add %6575, %6576 : f64[] @ models/lib/nn.yaml:79:7
%6578 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6579 = div %6578, %6577 : f64[] @ models/lib/nn.yaml:79:7
%6580 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6581 = lt %6579, %6580 : bool[] @ models/lib/nn.yaml:79:7
%6582 = cast %6579 : f32[] @ models/lib/nn.yaml:79:7
%6583 = broadcast %6582 : f32[16,16] @ models/lib/nn.yaml:79:7
%6584 = mul %6570, %6583 : f32[16,16] @ models/lib/nn.yaml:79:7
%6585 = broadcast %6581 : bool[16,16] @ models/lib/nn.yaml:79:7
%6586 = select %6585, %6584, %6570 : f32[16,16] @ models/lib/nn.yaml:79:7
%6587 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6588 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6589 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6590 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6591 = add %6589, %6590 : i64[] @ models/lib/nn.yaml:79:7
%6592 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%6593 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6594 = sub %6593, %6592 : f64[] @ models/lib/nn.yaml:79:7
%6595 = cast %6594 : f32[] @ models/lib/nn.yaml:79:7
%6596 = broadcast %6595 : f32[16,16] @ models/lib/nn.yaml:79:7
%6597 = mul %14, %6596 : f32[16,16] @ models/lib/nn.yaml:79:7
%6598 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6599 = cast %6598 : f32[] @ models/lib/nn.yaml:79:7
%6600 = broadcast %6599 : f32[16,16] @ models/lib/nn.yaml:79:7
%6601 = mul %6586, %6600 : f32[16,16] @ models/lib/nn.yaml:79:7
%6602 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6603 = cast %6602 : f32[] @ models/lib/nn.yaml:79:7
%6604 = broadcast %6603 : f32[16,16] @ models/lib/nn.yaml:79:7
%6605 = mul %6587, %6604 : f32[16,16] @ models/lib/nn.yaml:79:7
%6606 = add %6605, %6601 : f32[16,16] @ models/lib/nn.yaml:79:7
%6607 = mul %6586, %6586 : f32[16,16] @ models/lib/nn.yaml:79:7
%6608 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6609 = cast %6608 : f32[] @ models/lib/nn.yaml:79:7
%6610 = broadcast %6609 : f32[16,16] @ models/lib/nn.yaml:79:7
%6611 = mul %6607, %6610 : f32[16,16] @ models/lib/nn.yaml:79:7
%6612 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6613 = cast %6612 : f32[] @ models/lib/nn.yaml:79:7
%6614 = broadcast %6613 : f32[16,16] @ models/lib/nn.yaml:79:7
%6615 = mul %6588, %6614 : f32[16,16] @ models/lib/nn.yaml:79:7
%6616 = add %6615, %6611 : f32[16,16] @ models/lib/nn.yaml:79:7
%6617 = cast %6591 : f64[] @ models/lib/nn.yaml:79:7
%6618 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6619 = pow %6618, %6617 : f64[] @ models/lib/nn.yaml:79:7
%6620 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6621 = sub %6620, %6619 : f64[] @ models/lib/nn.yaml:79:7
%6622 = div %3779, %6621 : f64[] @ models/lib/nn.yaml:79:7
%6623 = cast %6591 : f64[] @ models/lib/nn.yaml:79:7
%6624 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6625 = pow %6624, %6623 : f64[] @ models/lib/nn.yaml:79:7
%6626 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6627 = sub %6626, %6625 : f64[] @ models/lib/nn.yaml:79:7
%6628 = sqrt %6627 : f64[] @ models/lib/nn.yaml:79:7
%6629 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6630 = div %6629, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6631 = sqrt %6616 : f32[16,16] @ models/lib/nn.yaml:79:7
%6632 = cast %6630 : f32[] @ models/lib/nn.yaml:79:7
%6633 = broadcast %6632 : f32[16,16] @ models/lib/nn.yaml:79:7
%6634 = mul %6631, %6633 : f32[16,16] @ models/lib/nn.yaml:79:7
%6635 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6636 = cast %6635 : f32[] @ models/lib/nn.yaml:79:7
%6637 = broadcast %6636 : f32[16,16] @ models/lib/nn.yaml:79:7
%6638 = add %6634, %6637 : f32[16,16] @ models/lib/nn.yaml:79:7
%6639 = div %6606, %6638 : f32[16,16] @ models/lib/nn.yaml:79:7
%6640 = cast %6622 : f32[] @ models/lib/nn.yaml:79:7
%6641 = broadcast %6640 : f32[16,16] @ models/lib/nn.yaml:79:7
%6642 = mul %6639, %6641 : f32[16,16] @ models/lib/nn.yaml:79:7
%6643 = sub %6597, %6642 : f32[16,16] @ models/lib/nn.yaml:79:7
%6644 = assign %14, %6643 : f32[16,16] @ models/lib/nn.yaml:79:7
%6645 = assign %6587, %6606 : f32[16,16] @ models/lib/nn.yaml:79:7
%6646 = assign %6588, %6616 : f32[16,16] @ models/lib/nn.yaml:79:7
%6647 = assign %6589, %6591 : i64[] @ models/lib/nn.yaml:79:7
%6648 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%6649 = broadcast %6648 : f32[16,16] @ models/lib/nn.yaml:79:7
%6650 = mul %92, %6649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6651 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6652 = sub %6651, %3781 : f64[] @ models/lib/nn.yaml:79:7
%6653 = cast %6652 : f32[] @ models/lib/nn.yaml:79:7
%6654 = broadcast %6653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6655 = mul %6643, %6654 : f32[16,16] @ models/lib/nn.yaml:79:7
%6656 = add %6650, %6655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6657 = assign %92, %6656 : f32[16,16] @ models/lib/nn.yaml:79:7
%6658 = all_reduce_sum %5846 : f32[16] @ models/lib/nn.yaml:80:7
%6659 = reshape %6658 : f32[16] @ models/lib/nn.yaml:80:7
%6660 = mul %6659, %6659 : f32[16] @ models/lib/nn.yaml:80:7
%6661 = reduce_sum %6660 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6662 = sqrt %6661 : f32[] @ models/lib/nn.yaml:80:7
%6663 = cast %6662 : f64[] @ models/lib/nn.yaml:80:7
%6664 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6665 = add %6663, %6664 : f64[] @ models/lib/nn.yaml:80:7
%6666 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6667 = div %6666, %6665 : f64[] @ models/lib/nn.yaml:80:7
%6668 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6669 = lt %6667, %6668 : bool[] @ models/lib/nn.yaml:80:7
%6670 = cast %6667 : f32[] @ models/lib/nn.yaml:80:7
%6671 = broadcast %6670 : f32[16] @ models/lib/nn.yaml:80:7
%6672 = mul %6658, %6671 : f32[16] @ models/lib/nn.yaml:80:7
%6673 = broadcast %6669 : bool[16] @ models/lib/nn.yaml:80:7
%6674 = select %6673, %6672, %6658 : f32[16] @ models/lib/nn.yaml:80:7
%6675 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6676 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6677 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6678 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6679 = add %6677, %6678 : i64[] @ models/lib/nn.yaml:80:7
%6680 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6681 = cast %6680 : f32[] @ models/lib/nn.yaml:80:7
%6682 = broadcast %6681 : f32[16] @ models/lib/nn.yaml:80:7
%6683 = mul %6674, %6682 : f32[16] @ models/lib/nn.yaml:80:7
%6684 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6685 = cast %6684 : f32[] @ models/lib/nn.yaml:80:7
%6686 = broadcast %6685 : f32[16] @ models/lib/nn.yaml:80:7
%6687 = mul %6675, %6686 : f32[16] @ models/lib/nn.yaml:80:7
%6688 = add %6687, %6683 : f32[16] @ models/lib/nn.yaml:80:7
%6689 = mul %6674, %6674 : f32[16] @ models/lib/nn.yaml:80:7
%6690 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6691 = cast %6690 : f32[] @ models/lib/nn.yaml:80:7
%6692 = broadcast %6691 : f32[16] @ models/lib/nn.yaml:80:7
%6693 = mul %6689, %6692 : f32[16] @ models/lib/nn.yaml:80:7
%6694 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6695 = cast %6694 : f32[] @ models/lib/nn.yaml:80:7
%6696 = broadcast %6695 : f32[16] @ models/lib/nn.yaml:80:7
%6697 = mul %6676, %6696 : f32[16] @ models/lib/nn.yaml:80:7
%6698 = add %6697, %6693 : f32[16] @ models/lib/nn.yaml:80:7
%6699 = cast %6679 : f64[] @ models/lib/nn.yaml:80:7
%6700 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6701 = pow %6700, %6699 : f64[] @ models/lib/nn.yaml:80:7
%6702 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6703 = sub %6702, %6701 : f64[] @ models/lib/nn.yaml:80:7
%6704 = div %3779, %6703 : f64[] @ models/lib/nn.yaml:80:7
%6705 = cast %6679 : f64[] @ models/lib/nn.yaml:80:7
%6706 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6707 = pow %6706, %6705 : f64[] @ models/lib/nn.yaml:80:7
%6708 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6709 = sub %6708, %6707 : f64[] @ models/lib/nn.yaml:80:7
%6710 = sqrt %6709 : f64[] @ models/lib/nn.yaml:80:7
%6711 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6712 = div %6711, %6710 : f64[] @ models/lib/nn.yaml:80:7
%6713 = sqrt %6698 : f32[16] @ models/lib/nn.yaml:80:7
%6714 = cast %6712 : f32[] @ models/lib/nn.yaml:80:7
%6715 = broadcast %6714 : f32[16] @ models/lib/nn.yaml:80:7
%6716 = mul %6713, %6715 : f32[16] @ models/lib/nn.yaml:80:7
%6717 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6718 = cast %6717 : f32[] @ models/lib/nn.yaml:80:7
%6719 = broadcast %6718 : f32[16] @ models/lib/nn.yaml:80:7
%6720 = add %6716, %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6721 = div %6688, %6720 : f32[16] @ models/lib/nn.yaml:80:7
%6722 = cast %6704 : f32[] @ models/lib/nn.yaml:80:7
%6723 = broadcast %6722 : f32[16] @ models/lib/nn.yaml:80:7
%6724 = mul %6721, %6723 : f32[16] @ models/lib/nn.yaml:80:7
%6725 = sub %15, %6724 : f32[16] @ models/lib/nn.yaml:80:7
%6726 = assign %15, %6725 : f32[16] @ models/lib/nn.yaml:80:7
%6727 = assign %6675, %6688 : f32[16] @ models/lib/nn.yaml:80:7
%6728 = assign %6676, %6698 : f32[16] @ models/lib/nn.yaml:80:7
%6729 = assign %6677, %6679 : i64[] @ models/lib/nn.yaml:80:7
%6730 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%6731 = broadcast %6730 : f32[16] @ models/lib/nn.yaml:80:7
%6732 = mul %93, %6731 : f32[16] @ models/lib/nn.yaml:80:7
%6733 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6734 = sub %6733, %3781 : f64[] @ models/lib/nn.yaml:80:7
%6735 = cast %6734 : f32[] @ models/lib/nn.yaml:80:7
%6736 = broadcast %6735 : f32[16] @ models/lib/nn.yaml:80:7
%6737 = mul %6725, %6736 : f32[16] @ models/lib/nn.yaml:80:7
%6738 = add %6732, %6737 : f32[16] @ models/lib/nn.yaml:80:7
%6739 = assign %93, %6738 : f32[16] @ models/lib/nn.yaml:80:7
%6740 = all_reduce_sum %5820 : f32[16] @ models/lib/nn.yaml:89:7
%6741 = reshape %6740 : f32[16] @ models/lib/nn.yaml:89:7
%6742 = mul %6741, %6741 : f32[16] @ models/lib/nn.yaml:89:7
%6743 = reduce_sum %6742 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6744 = sqrt %6743 : f32[] @ models/lib/nn.yaml:89:7
%6745 = cast %6744 : f64[] @ models/lib/nn.yaml:89:7
%6746 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6747 = add %6745, %6746 : f64[] @ models/lib/nn.yaml:89:7
%6748 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6749 = div %6748, %6747 : f64[] @ models/lib/nn.yaml:89:7
%6750 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6751 = lt %6749, %6750 : bool[] @ models/lib/nn.yaml:89:7
%6752 = cast %6749 : f32[] @ models/lib/nn.yaml:89:7
%6753 = broadcast %6752 : f32[16] @ models/lib/nn.yaml:89:7
%6754 = mul %6740, %6753 : f32[16] @ models/lib/nn.yaml:89:7
%6755 = broadcast %6751 : bool[16] @ models/lib/nn.yaml:89:7
%6756 = select %6755, %6754, %6740 : f32[16] @ models/lib/nn.yaml:89:7
%6757 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6758 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6759 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6760 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6761 = add %6759, %6760 : i64[] @ models/lib/nn.yaml:89:7
%6762 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6763 = cast %6762 : f32[] @ models/lib/nn.yaml:89:7
%6764 = broadcast %6763 : f32[16] @ models/lib/nn.yaml:89:7
%6765 = mul %6756, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%6766 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6767 = cast %6766 : f32[] @ models/lib/nn.yaml:89:7
%6768 = broadcast %6767 : f32[16] @ models/lib/nn.yaml:89:7
%6769 = mul %6757, %6768 : f32[16] @ models/lib/nn.yaml:89:7
%6770 = add %6769, %6765 : f32[16] @ models/lib/nn.yaml:89:7
%6771 = mul %6756, %6756 : f32[16] @ models/lib/nn.yaml:89:7
%6772 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6773 = cast %6772 : f32[] @ models/lib/nn.yaml:89:7
%6774 = broadcast %6773 : f32[16] @ models/lib/nn.yaml:89:7
%6775 = mul %6771, %6774 : f32[16] @ models/lib/nn.yaml:89:7
%6776 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6777 = cast %6776 : f32[] @ models/lib/nn.yaml:89:7
%6778 = broadcast %6777 : f32[16] @ models/lib/nn.yaml:89:7
%6779 = mul %6758, %6778 : f32[16] @ models/lib/nn.yaml:89:7
%6780 = add %6779, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%6781 = cast %6761 : f64[] @ models/lib/nn.yaml:89:7
%6782 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6783 = pow %6782, %6781 : f64[] @ models/lib/nn.yaml:89:7
%6784 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6785 = sub %6784, %6783 : f64[] @ models/lib/nn.yaml:89:7
%6786 = div %3779, %6785 : f64[] @ models/lib/nn.yaml:89:7
%6787 = cast %6761 : f64[] @ models/lib/nn.yaml:89:7
%6788 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6789 = pow %6788, %6787 : f64[] @ models/lib/nn.yaml:89:7
%6790 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6791 = sub %6790, %6789 : f64[] @ models/lib/nn.yaml:89:7
%6792 = sqrt %6791 : f64[] @ models/lib/nn.yaml:89:7
%6793 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6794 = div %6793, %6792 : f64[] @ models/lib/nn.yaml:89:7
%6795 = sqrt %6780 : f32[16] @ models/lib/nn.yaml:89:7
%6796 = cast %6794 : f32[] @ models/lib/nn.yaml:89:7
%6797 = broadcast %6796 : f32[16] @ models/lib/nn.yaml:89:7
%6798 = mul %6795, %6797 : f32[16] @ models/lib/nn.yaml:89:7
%6799 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6800 = cast %6799 : f32[] @ models/lib/nn.yaml:89:7
%6801 = broadcast %6800 : f32[16] @ models/lib/nn.yaml:89:7
%6802 = add %6798, %6801 : f32[16] @ models/lib/nn.yaml:89:7
%6803 = div %6770, %6802 : f32[16] @ models/lib/nn.yaml:89:7
%6804 = cast %6786 : f32[] @ models/lib/nn.yaml:89:7
%6805 = broadcast %6804 : f32[16] @ models/lib/nn.yaml:89:7
%6806 = mul %6803, %6805 : f32[16] @ models/lib/nn.yaml:89:7
%6807 = sub %16, %6806 : f32[16] @ models/lib/nn.yaml:89:7
%6808 = assign %16, %6807 : f32[16] @ models/lib/nn.yaml:89:7
%6809 = assign %6757, %6770 : f32[16] @ models/lib/nn.yaml:89:7
%6810 = assign %6758, %6780 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = assign %6759, %6761 : i64[] @ models/lib/nn.yaml:89:7
%6812 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%6813 = broadcast %6812 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = mul %94, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6816 = sub %6815, %3781 : f64[] @ models/lib/nn.yaml:89:7
%6817 = cast %6816 : f32[] @ models/lib/nn.yaml:89:7
%6818 = broadcast %6817 : f32[16] @ models/lib/nn.yaml:89:7
%6819 = mul %6807, %6818 : f32[16] @ models/lib/nn.yaml:89:7
%6820 = add %6814, %6819 : f32[16] @ models/lib/nn.yaml:89:7
%6821 = assign %94, %6820 : f32[16] @ models/lib/nn.yaml:89:7
%6822 = all_reduce_sum %5813 : f32[16] @ models/lib/nn.yaml:90:7
%6823 = reshape %6822 : f32[16] @ models/lib/nn.yaml:90:7
%6824 = mul %6823, %6823 : f32[16] @ models/lib/nn.yaml:90:7
%6825 = reduce_sum %6824 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6826 = sqrt %6825 : f32[] @ models/lib/nn.yaml:90:7
%6827 = cast %6826 : f64[] @ models/lib/nn.yaml:90:7
%6828 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6829 = add %6827, %6828 : f64[] @ models/lib/nn.yaml:90:7
%6830 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6831 = div %6830, %6829 : f64[] @ models/lib/nn.yaml:90:7
%6832 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6833 = lt %6831, %6832 : bool[] @ models/lib/nn.yaml:90:7
%6834 = cast %6831 : f32[] @ models/lib/nn.yaml:90:7
%6835 = broadcast %6834 : f32[16] @ models/lib/nn.yaml:90:7
%6836 = mul %6822, %6835 : f32[16] @ models/lib/nn.yaml:90:7
%6837 = broadcast %6833 : bool[16] @ models/lib/nn.yaml:90:7
%6838 = select %6837, %6836, %6822 : f32[16] @ models/lib/nn.yaml:90:7
%6839 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6840 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6841 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6842 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6843 = add %6841, %6842 : i64[] @ models/lib/nn.yaml:90:7
%6844 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6845 = cast %6844 : f32[] @ models/lib/nn.yaml:90:7
%6846 = broadcast %6845 : f32[16] @ models/lib/nn.yaml:90:7
%6847 = mul %6838, %6846 : f32[16] @ models/lib/nn.yaml:90:7
%6848 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6849 = cast %6848 : f32[] @ models/lib/nn.yaml:90:7
%6850 = broadcast %6849 : f32[16] @ models/lib/nn.yaml:90:7
%6851 = mul %6839, %6850 : f32[16] @ models/lib/nn.yaml:90:7
%6852 = add %6851, %6847 : f32[16] @ models/lib/nn.yaml:90:7
%6853 = mul %6838, %6838 : f32[16] @ models/lib/nn.yaml:90:7
%6854 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6855 = cast %6854 : f32[] @ models/lib/nn.yaml:90:7
%6856 = broadcast %6855 : f32[16] @ models/lib/nn.yaml:90:7
%6857 = mul %6853, %6856 : f32[16] @ models/lib/nn.yaml:90:7
%6858 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6859 = cast %6858 : f32[] @ models/lib/nn.yaml:90:7
%6860 = broadcast %6859 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = mul %6840, %6860 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = add %6861, %6857 : f32[16] @ models/lib/nn.yaml:90:7
%6863 = cast %6843 : f64[] @ models/lib/nn.yaml:90:7
%6864 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6865 = pow %6864, %6863 : f64[] @ models/lib/nn.yaml:90:7
%6866 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6867 = sub %6866, %6865 : f64[] @ models/lib/nn.yaml:90:7
%6868 = div %3779, %6867 : f64[] @ models/lib/nn.yaml:90:7
%6869 = cast %6843 : f64[] @ models/lib/nn.yaml:90:7
%6870 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6871 = pow %6870, %6869 : f64[] @ models/lib/nn.yaml:90:7
%6872 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6873 = sub %6872, %6871 : f64[] @ models/lib/nn.yaml:90:7
%6874 = sqrt %6873 : f64[] @ models/lib/nn.yaml:90:7
%6875 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6876 = div %6875, %6874 : f64[] @ models/lib/nn.yaml:90:7
%6877 = sqrt %6862 : f32[16] @ models/lib/nn.yaml:90:7
%6878 = cast %6876 : f32[] @ models/lib/nn.yaml:90:7
%6879 = broadcast %6878 : f32[16] @ models/lib/nn.yaml:90:7
%6880 = mul %6877, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%6881 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6882 = cast %6881 : f32[] @ models/lib/nn.yaml:90:7
%6883 = broadcast %6882 : f32[16] @ models/lib/nn.yaml:90:7
%6884 = add %6880, %6883 : f32[16] @ models/lib/nn.yaml:90:7
%6885 = div %6852, %6884 : f32[16] @ models/lib/nn.yaml:90:7
%6886 = cast %6868 : f32[] @ models/lib/nn.yaml:90:7
%6887 = broadcast %6886 : f32[16] @ models/lib/nn.yaml:90:7
%6888 = mul %6885, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%6889 = sub %17, %6888 : f32[16] @ models/lib/nn.yaml:90:7
%6890 = assign %17, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%6891 = assign %6839, %6852 : f32[16] @ models/lib/nn.yaml:90:7
%6892 = assign %6840, %6862 : f32[16] @ models/lib/nn.yaml:90:7
%6893 = assign %6841, %6843 : i64[] @ models/lib/nn.yaml:90:7
%6894 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%6895 = broadcast %6894 : f32[16] @ models/lib/nn.yaml:90:7
%6896 = mul %95, %6895 : f32[16] @ models/lib/nn.yaml:90:7
%6897 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6898 = sub %6897, %3781 : f64[] @ models/lib/nn.yaml:90:7
%6899 = cast %6898 : f32[] @ models/lib/nn.yaml:90:7
%6900 = broadcast %6899 : f32[16] @ models/lib/nn.yaml:90:7
%6901 = mul %6889, %6900 : f32[16] @ models/lib/nn.yaml:90:7
%6902 = add %6896, %6901 : f32[16] @ models/lib/nn.yaml:90:7
%6903 = assign %95, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%6904 = all_reduce_sum %5809 : f32[64,16] @ models/lib/nn.yaml:79:7
%6905 = reshape %6904 : f32[1024] @ models/lib/nn.yaml:79:7
%6906 = mul %6905, %6905 : f32[1024] @ models/lib/nn.yaml:79:7
%6907 = reduce_sum %6906 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6908 = sqrt %6907 : f32[] @ models/lib/nn.yaml:79:7
%6909 = cast %6908 : f64[] @ models/lib/nn.yaml:79:7
%6910 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6911 = add %6909, %6910 : f64[] @ models/lib/nn.yaml:79:7
%6912 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6913 = div %6912, %6911 : f64[] @ models/lib/nn.yaml:79:7
%6914 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6915 = lt %6913, %6914 : bool[] @ models/lib/nn.yaml:79:7
%6916 = cast %6913 : f32[] @ models/lib/nn.yaml:79:7
%6917 = broadcast %6916 : f32[64,16] @ models/lib/nn.yaml:79:7
%6918 = mul %6904, %6917 : f32[64,16] @ models/lib/nn.yaml:79:7
%6919 = broadcast %6915 : bool[64,16] @ models/lib/nn.yaml:79:7
%6920 = select %6919, %6918, %6904 : f32[64,16] @ models/lib/nn.yaml:79:7
%6921 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6922 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6923 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6924 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6925 = add %6923, %6924 : i64[] @ models/lib/nn.yaml:79:7
%6926 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%6927 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6928 = sub %6927, %6926 : f64[] @ models/lib/nn.yaml:79:7
%6929 = cast %6928 : f32[] @ models/lib/nn.yaml:79:7
%6930 = broadcast %6929 : f32[64,16] @ models/lib/nn.yaml:79:7
%6931 = mul %18, %6930 : f32[64,16] @ models/lib/nn.yaml:79:7
%6932 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6933 = cast %6932 : f32[] @ models/lib/nn.yaml:79:7
%6934 = broadcast %6933 : f32[64,16] @ models/lib/nn.yaml:79:7
%6935 = mul %6920, %6934 : f32[64,16] @ models/lib/nn.yaml:79:7
%6936 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6937 = cast %6936 : f32[] @ models/lib/nn.yaml:79:7
%6938 = broadcast %6937 : f32[64,16] @ models/lib/nn.yaml:79:7
%6939 = mul %6921, %6938 : f32[64,16] @ models/lib/nn.yaml:79:7
%6940 = add %6939, %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%6941 = mul %6920, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%6942 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6943 = cast %6942 : f32[] @ models/lib/nn.yaml:79:7
%6944 = broadcast %6943 : f32[64,16] @ models/lib/nn.yaml:79:7
%6945 = mul %6941, %6944 : f32[64,16] @ models/lib/nn.yaml:79:7
%6946 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6947 = cast %6946 : f32[] @ models/lib/nn.yaml:79:7
%6948 = broadcast %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%6949 = mul %6922, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%6950 = add %6949, %6945 : f32[64,16] @ models/lib/nn.yaml:79:7
%6951 = cast %6925 : f64[] @ models/lib/nn.yaml:79:7
%6952 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6953 = pow %6952, %6951 : f64[] @ models/lib/nn.yaml:79:7
%6954 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6955 = sub %6954, %6953 : f64[] @ models/lib/nn.yaml:79:7
%6956 = div %3779, %6955 : f64[] @ models/lib/nn.yaml:79:7
%6957 = cast %6925 : f64[] @ models/lib/nn.yaml:79:7
%6958 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6959 = pow %6958, %6957 : f64[] @ models/lib/nn.yaml:79:7
%6960 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6961 = sub %6960, %6959 : f64[] @ models/lib/nn.yaml:79:7
%6962 = sqrt %6961 : f64[] @ models/lib/nn.yaml:79:7
%6963 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6964 = div %6963, %6962 : f64[] @ models/lib/nn.yaml:79:7
%6965 = sqrt %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%6966 = cast %6964 : f32[] @ models/lib/nn.yaml:79:7
%6967 = broadcast %6966 : f32[64,16] @ models/lib/nn.yaml:79:7
%6968 = mul %6965, %6967 : f32[64,16] @ models/lib/nn.yaml:79:7
%6969 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6970 = cast %6969 : f32[] @ models/lib/nn.yaml:79:7
%6971 = broadcast %6970 : f32[64,16] @ models/lib/nn.yaml:79:7
%6972 = add %6968, %6971 : f32[64,16] @ models/lib/nn.yaml:79:7
%6973 = div %6940, %6972 : f32[64,16] @ models/lib/nn.yaml:79:7
%6974 = cast %6956 : f32[] @ models/lib/nn.yaml:79:7
%6975 = broadcast %6974 : f32[64,16] @ models/lib/nn.yaml:79:7
%6976 = mul %6973, %6975 : f32[64,16] @ models/lib/nn.yaml:79:7
%6977 = sub %6931, %6976 : f32[64,16] @ models/lib/nn.yaml:79:7
%6978 = assign %18, %6977 : f32[64,16] @ models/lib/nn.yaml:79:7
%6979 = assign %6921, %6940 : f32[64,16] @ models/lib/nn.yaml:79:7
%6980 = assign %6922, %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%6981 = assign %6923, %6925 : i64[] @ models/lib/nn.yaml:79:7
%6982 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%6983 = broadcast %6982 : f32[64,16] @ models/lib/nn.yaml:79:7
%6984 = mul %96, %6983 : f32[64,16] @ models/lib/nn.yaml:79:7
%6985 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6986 = sub %6985, %3781 : f64[] @ models/lib/nn.yaml:79:7
%6987 = cast %6986 : f32[] @ models/lib/nn.yaml:79:7
%6988 = broadcast %6987 : f32[64,16] @ models/lib/nn.yaml:79:7
%6989 = mul %6977, %6988 : f32[64,16] @ models/lib/nn.yaml:79:7
%6990 = add %6984, %6989 : f32[64,16] @ models/lib/nn.yaml:79:7
%6991 = assign %96, %6990 : f32[64,16] @ models/lib/nn.yaml:79:7
%6992 = all_reduce_sum %5801 : f32[64] @ models/lib/nn.yaml:80:7
%6993 = reshape %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6994 = mul %6993, %6993 : f32[64] @ models/lib/nn.yaml:80:7
%6995 = reduce_sum %6994 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6996 = sqrt %6995 : f32[] @ models/lib/nn.yaml:80:7
%6997 = cast %6996 : f64[] @ models/lib/nn.yaml:80:7
%6998 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6999 = add %6997, %6998 : f64[] @ models/lib/nn.yaml:80:7
%7000 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7001 = div %7000, %6999 : f64[] @ models/lib/nn.yaml:80:7
%7002 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7003 = lt %7001, %7002 : bool[] @ models/lib/nn.yaml:80:7
%7004 = cast %7001 : f32[] @ models/lib/nn.yaml:80:7
%7005 = broadcast %7004 : f32[64] @ models/lib/nn.yaml:80:7
%7006 = mul %6992, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%7007 = broadcast %7003 : bool[64] @ models/lib/nn.yaml:80:7
%7008 = select %7007, %7006, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%7009 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7010 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7011 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7012 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7013 = add %7011, %7012 : i64[] @ models/lib/nn.yaml:80:7
%7014 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7015 = cast %7014 : f32[] @ models/lib/nn.yaml:80:7
%7016 = broadcast %7015 : f32[64] @ models/lib/nn.yaml:80:7
%7017 = mul %7008, %7016 : f32[64] @ models/lib/nn.yaml:80:7
%7018 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7019 = cast %7018 : f32[] @ models/lib/nn.yaml:80:7
%7020 = broadcast %7019 : f32[64] @ models/lib/nn.yaml:80:7
%7021 = mul %7009, %7020 : f32[64] @ models/lib/nn.yaml:80:7
%7022 = add %7021, %7017 : f32[64] @ models/lib/nn.yaml:80:7
%7023 = mul %7008, %7008 : f32[64] @ models/lib/nn.yaml:80:7
%7024 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7025 = cast %7024 : f32[] @ models/lib/nn.yaml:80:7
%7026 = broadcast %7025 : f32[64] @ models/lib/nn.yaml:80:7
%7027 = mul %7023, %7026 : f32[64] @ models/lib/nn.yaml:80:7
%7028 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7029 = cast %7028 : f32[] @ models/lib/nn.yaml:80:7
%7030 = broadcast %7029 : f32[64] @ models/lib/nn.yaml:80:7
%7031 = mul %7010, %7030 : f32[64] @ models/lib/nn.yaml:80:7
%7032 = add %7031, %7027 : f32[64] @ models/lib/nn.yaml:80:7
%7033 = cast %7013 : f64[] @ models/lib/nn.yaml:80:7
%7034 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7035 = pow %7034, %7033 : f64[] @ models/lib/nn.yaml:80:7
%7036 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7037 = sub %7036, %7035 : f64[] @ models/lib/nn.yaml:80:7
%7038 = div %3779, %7037 : f64[] @ models/lib/nn.yaml:80:7
%7039 = cast %7013 : f64[] @ models/lib/nn.yaml:80:7
%7040 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7041 = pow %7040, %7039 : f64[] @ models/lib/nn.yaml:80:7
%7042 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7043 = sub %7042, %7041 : f64[] @ models/lib/nn.yaml:80:7
%7044 = sqrt %7043 : f64[] @ models/lib/nn.yaml:80:7
%7045 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7046 = div %7045, %7044 : f64[] @ models/lib/nn.yaml:80:7
%7047 = sqrt %7032 : f32[64] @ models/lib/nn.yaml:80:7
%7048 = cast %7046 : f32[] @ models/lib/nn.yaml:80:7
%7049 = broadcast %7048 : f32[64] @ models/lib/nn.yaml:80:7
%7050 = mul %7047, %7049 : f32[64] @ models/lib/nn.yaml:80:7
%7051 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7052 = cast %7051 : f32[] @ models/lib/nn.yaml:80:7
%7053 = broadcast %7052 : f32[64] @ models/lib/nn.yaml:80:7
%7054 = add %7050, %7053 : f32[64] @ models/lib/nn.yaml:80:7
%7055 = div %7022, %7054 : f32[64] @ models/lib/nn.yaml:80:7
%7056 = cast %7038 : f32[] @ models/lib/nn.yaml:80:7
%7057 = broadcast %7056 : f32[64] @ models/lib/nn.yaml:80:7
%7058 = mul %7055, %7057 : f32[64] @ models/lib/nn.yaml:80:7
%7059 = sub %19, %7058 : f32[64] @ models/lib/nn.yaml:80:7
%7060 = assign %19, %7059 : f32[64] @ models/lib/nn.yaml:80:7
%7061 = assign %7009, %7022 : f32[64] @ models/lib/nn.yaml:80:7
%7062 = assign %7010, %7032 : f32[64] @ models/lib/nn.yaml:80:7
%7063 = assign %7011, %7013 : i64[] @ models/lib/nn.yaml:80:7
%7064 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%7065 = broadcast %7064 : f32[64] @ models/lib/nn.yaml:80:7
%7066 = mul %97, %7065 : f32[64] @ models/lib/nn.yaml:80:7
%7067 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7068 = sub %7067, %3781 : f64[] @ models/lib/nn.yaml:80:7
%7069 = cast %7068 : f32[] @ models/lib/nn.yaml:80:7
%7070 = broadcast %7069 : f32[64] @ models/lib/nn.yaml:80:7
%7071 = mul %7059, %7070 : f32[64] @ models/lib/nn.yaml:80:7
%7072 = add %7066, %7071 : f32[64] @ models/lib/nn.yaml:80:7
%7073 = assign %97, %7072 : f32[64] @ models/lib/nn.yaml:80:7
%7074 = all_reduce_sum %5782 : f32[16,64] @ models/lib/nn.yaml:79:7
%7075 = reshape %7074 : f32[1024] @ models/lib/nn.yaml:79:7
%7076 = mul %7075, %7075 : f32[1024] @ models/lib/nn.yaml:79:7
%7077 = reduce_sum %7076 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7078 = sqrt %7077 : f32[] @ models/lib/nn.yaml:79:7
%7079 = cast %7078 : f64[] @ models/lib/nn.yaml:79:7
%7080 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7081 = add %7079, %7080 : f64[] @ models/lib/nn.yaml:79:7
%7082 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7083 = div %7082, %7081 : f64[] @ models/lib/nn.yaml:79:7
%7084 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7085 = lt %7083, %7084 : bool[] @ models/lib/nn.yaml:79:7
%7086 = cast %7083 : f32[] @ models/lib/nn.yaml:79:7
%7087 = broadcast %7086 : f32[16,64] @ models/lib/nn.yaml:79:7
%7088 = mul %7074, %7087 : f32[16,64] @ models/lib/nn.yaml:79:7
%7089 = broadcast %7085 : bool[16,64] @ models/lib/nn.yaml:79:7
%7090 = select %7089, %7088, %7074 : f32[16,64] @ models/lib/nn.yaml:79:7
%7091 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7092 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7093 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7094 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7095 = add %7093, %7094 : i64[] @ models/lib/nn.yaml:79:7
%7096 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%7097 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7098 = sub %7097, %7096 : f64[] @ models/lib/nn.yaml:79:7
%7099 = cast %7098 : f32[] @ models/lib/nn.yaml:79:7
%7100 = broadcast %7099 : f32[16,64] @ models/lib/nn.yaml:79:7
%7101 = mul %20, %7100 : f32[16,64] @ models/lib/nn.yaml:79:7
%7102 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7103 = cast %7102 : f32[] @ models/lib/nn.yaml:79:7
%7104 = broadcast %7103 : f32[16,64] @ models/lib/nn.yaml:79:7
%7105 = mul %7090, %7104 : f32[16,64] @ models/lib/nn.yaml:79:7
%7106 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7107 = cast %7106 : f32[] @ models/lib/nn.yaml:79:7
%7108 = broadcast %7107 : f32[16,64] @ models/lib/nn.yaml:79:7
%7109 = mul %7091, %7108 : f32[16,64] @ models/lib/nn.yaml:79:7
%7110 = add %7109, %7105 : f32[16,64] @ models/lib/nn.yaml:79:7
%7111 = mul %7090, %7090 : f32[16,64] @ models/lib/nn.yaml:79:7
%7112 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7113 = cast %7112 : f32[] @ models/lib/nn.yaml:79:7
%7114 = broadcast %7113 : f32[16,64] @ models/lib/nn.yaml:79:7
%7115 = mul %7111, %7114 : f32[16,64] @ models/lib/nn.yaml:79:7
%7116 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7117 = cast %7116 : f32[] @ models/lib/nn.yaml:79:7
%7118 = broadcast %7117 : f32[16,64] @ models/lib/nn.yaml:79:7
%7119 = mul %7092, %7118 : f32[16,64] @ models/lib/nn.yaml:79:7
%7120 = add %7119, %7115 : f32[16,64] @ models/lib/nn.yaml:79:7
%7121 = cast %7095 : f64[] @ models/lib/nn.yaml:79:7
%7122 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7123 = pow %7122, %7121 : f64[] @ models/lib/nn.yaml:79:7
%7124 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7125 = sub %7124, %7123 : f64[] @ models/lib/nn.yaml:79:7
%7126 = div %3779, %7125 : f64[] @ models/lib/nn.yaml:79:7
%7127 = cast %7095 : f64[] @ models/lib/nn.yaml:79:7
%7128 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7129 = pow %7128, %7127 : f64[] @ models/lib/nn.yaml:79:7
%7130 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7131 = sub %7130, %7129 : f64[] @ models/lib/nn.yaml:79:7
%7132 = sqrt %7131 : f64[] @ models/lib/nn.yaml:79:7
%7133 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7134 = div %7133, %7132 : f64[] @ models/lib/nn.yaml:79:7
%7135 = sqrt %7120 : f32[16,64] @ models/lib/nn.yaml:79:7
%7136 = cast %7134 : f32[] @ models/lib/nn.yaml:79:7
%7137 = broadcast %7136 : f32[16,64] @ models/lib/nn.yaml:79:7
%7138 = mul %7135, %7137 : f32[16,64] @ models/lib/nn.yaml:79:7
%7139 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7140 = cast %7139 : f32[] @ models/lib/nn.yaml:79:7
%7141 = broadcast %7140 : f32[16,64] @ models/lib/nn.yaml:79:7
%7142 = add %7138, %7141 : f32[16,64] @ models/lib/nn.yaml:79:7
%7143 = div %7110, %7142 : f32[16,64] @ models/lib/nn.yaml:79:7
%7144 = cast %7126 : f32[] @ models/lib/nn.yaml:79:7
%7145 = broadcast %7144 : f32[16,64] @ models/lib/nn.yaml:79:7
%7146 = mul %7143, %7145 : f32[16,64] @ models/lib/nn.yaml:79:7
%7147 = sub %7101, %7146 : f32[16,64] @ models/lib/nn.yaml:79:7
%7148 = assign %20, %7147 : f32[16,64] @ models/lib/nn.yaml:79:7
%7149 = assign %7091, %7110 : f32[16,64] @ models/lib/nn.yaml:79:7
%7150 = assign %7092, %7120 : f32[16,64] @ models/lib/nn.yaml:79:7
%7151 = assign %7093, %7095 : i64[] @ models/lib/nn.yaml:79:7
%7152 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%7153 = broadcast %7152 : f32[16,64] @ models/lib/nn.yaml:79:7
%7154 = mul %98, %7153 : f32[16,64] @ models/lib/nn.yaml:79:7
%7155 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7156 = sub %7155, %3781 : f64[] @ models/lib/nn.yaml:79:7
%7157 = cast %7156 : f32[] @ models/lib/nn.yaml:79:7
%7158 = broadcast %7157 : f32[16,64] @ models/lib/nn.yaml:79:7
%7159 = mul %7147, %7158 : f32[16,64] @ models/lib/nn.yaml:79:7
%7160 = add %7154, %7159 : f32[16,64] @ models/lib/nn.yaml:79:7
%7161 = assign %98, %7160 : f32[16,64] @ models/lib/nn.yaml:79:7
%7162 = all_reduce_sum %5774 : f32[16] @ models/lib/nn.yaml:80:7
%7163 = reshape %7162 : f32[16] @ models/lib/nn.yaml:80:7
%7164 = mul %7163, %7163 : f32[16] @ models/lib/nn.yaml:80:7
%7165 = reduce_sum %7164 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7166 = sqrt %7165 : f32[] @ models/lib/nn.yaml:80:7
%7167 = cast %7166 : f64[] @ models/lib/nn.yaml:80:7
%7168 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7169 = add %7167, %7168 : f64[] @ models/lib/nn.yaml:80:7
%7170 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7171 = div %7170, %7169 : f64[] @ models/lib/nn.yaml:80:7
%7172 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7173 = lt %7171, %7172 : bool[] @ models/lib/nn.yaml:80:7
%7174 = cast %7171 : f32[] @ models/lib/nn.yaml:80:7
%7175 = broadcast %7174 : f32[16] @ models/lib/nn.yaml:80:7
%7176 = mul %7162, %7175 : f32[16] @ models/lib/nn.yaml:80:7
%7177 = broadcast %7173 : bool[16] @ models/lib/nn.yaml:80:7
%7178 = select %7177, %7176, %7162 : f32[16] @ models/lib/nn.yaml:80:7
%7179 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7180 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7181 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7182 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7183 = add %7181, %7182 : i64[] @ models/lib/nn.yaml:80:7
%7184 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7185 = cast %7184 : f32[] @ models/lib/nn.yaml:80:7
%7186 = broadcast %7185 : f32[16] @ models/lib/nn.yaml:80:7
%7187 = mul %7178, %7186 : f32[16] @ models/lib/nn.yaml:80:7
%7188 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7189 = cast %7188 : f32[] @ models/lib/nn.yaml:80:7
%7190 = broadcast %7189 : f32[16] @ models/lib/nn.yaml:80:7
%7191 = mul %7179, %7190 : f32[16] @ models/lib/nn.yaml:80:7
%7192 = add %7191, %7187 : f32[16] @ models/lib/nn.yaml:80:7
%7193 = mul %7178, %7178 : f32[16] @ models/lib/nn.yaml:80:7
%7194 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7195 = cast %7194 : f32[] @ models/lib/nn.yaml:80:7
%7196 = broadcast %7195 : f32[16] @ models/lib/nn.yaml:80:7
%7197 = mul %7193, %7196 : f32[16] @ models/lib/nn.yaml:80:7
%7198 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7199 = cast %7198 : f32[] @ models/lib/nn.yaml:80:7
%7200 = broadcast %7199 : f32[16] @ models/lib/nn.yaml:80:7
%7201 = mul %7180, %7200 : f32[16] @ models/lib/nn.yaml:80:7
%7202 = add %7201, %7197 : f32[16] @ models/lib/nn.yaml:80:7
%7203 = cast %7183 : f64[] @ models/lib/nn.yaml:80:7
%7204 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7205 = pow %7204, %7203 : f64[] @ models/lib/nn.yaml:80:7
%7206 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7207 = sub %7206, %7205 : f64[] @ models/lib/nn.yaml:80:7
%7208 = div %3779, %7207 : f64[] @ models/lib/nn.yaml:80:7
%7209 = cast %7183 : f64[] @ models/lib/nn.yaml:80:7
%7210 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7211 = pow %7210, %7209 : f64[] @ models/lib/nn.yaml:80:7
%7212 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7213 = sub %7212, %7211 : f64[] @ models/lib/nn.yaml:80:7
%7214 = sqrt %7213 : f64[] @ models/lib/nn.yaml:80:7
%7215 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7216 = div %7215, %7214 : f64[] @ models/lib/nn.yaml:80:7
%7217 = sqrt %7202 : f32[16] @ models/lib/nn.yaml:80:7
%7218 = cast %7216 : f32[] @ models/lib/nn.yaml:80:7
%7219 = broadcast %7218 : f32[16] @ models/lib/nn.yaml:80:7
%7220 = mul %7217, %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7221 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7222 = cast %7221 : f32[] @ models/lib/nn.yaml:80:7
%7223 = broadcast %7222 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = add %7220, %7223 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = div %7192, %7224 : f32[16] @ models/lib/nn.yaml:80:7
%7226 = cast %7208 : f32[] @ models/lib/nn.yaml:80:7
%7227 = broadcast %7226 : f32[16] @ models/lib/nn.yaml:80:7
%7228 = mul %7225, %7227 : f32[16] @ models/lib/nn.yaml:80:7
%7229 = sub %21, %7228 : f32[16] @ models/lib/nn.yaml:80:7
%7230 = assign %21, %7229 : f32[16] @ models/lib/nn.yaml:80:7
%7231 = assign %7179, %7192 : f32[16] @ models/lib/nn.yaml:80:7
%7232 = assign %7180, %7202 : f32[16] @ models/lib/nn.yaml:80:7
%7233 = assign %7181, %7183 : i64[] @ models/lib/nn.yaml:80:7
%7234 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%7235 = broadcast %7234 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = mul %99, %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7237 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7238 = sub %7237, %3781 : f64[] @ models/lib/nn.yaml:80:7
%7239 = cast %7238 : f32[] @ models/lib/nn.yaml:80:7
%7240 = broadcast %7239 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = mul %7229, %7240 : f32[16] @ models/lib/nn.yaml:80:7
%7242 = add %7236, %7241 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = assign %99, %7242 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = all_reduce_sum %5748 : f32[16] @ models/lib/nn.yaml:89:7
%7245 = reshape %7244 : f32[16] @ models/lib/nn.yaml:89:7
%7246 = mul %7245, %7245 : f32[16] @ models/lib/nn.yaml:89:7
%7247 = reduce_sum %7246 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7248 = sqrt %7247 : f32[] @ models/lib/nn.yaml:89:7
%7249 = cast %7248 : f64[] @ models/lib/nn.yaml:89:7
%7250 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7251 = add %7249, %7250 : f64[] @ models/lib/nn.yaml:89:7
%7252 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7253 = div %7252, %7251 : f64[] @ models/lib/nn.yaml:89:7
%7254 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7255 = lt %7253, %7254 : bool[] @ models/lib/nn.yaml:89:7
%7256 = cast %7253 : f32[] @ models/lib/nn.yaml:89:7
%7257 = broadcast %7256 : f32[16] @ models/lib/nn.yaml:89:7
%7258 = mul %7244, %7257 : f32[16] @ models/lib/nn.yaml:89:7
%7259 = broadcast %7255 : bool[16] @ models/lib/nn.yaml:89:7
%7260 = select %7259, %7258, %7244 : f32[16] @ models/lib/nn.yaml:89:7
%7261 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7262 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7263 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7264 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7265 = add %7263, %7264 : i64[] @ models/lib/nn.yaml:89:7
%7266 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7267 = cast %7266 : f32[] @ models/lib/nn.yaml:89:7
%7268 = broadcast %7267 : f32[16] @ models/lib/nn.yaml:89:7
%7269 = mul %7260, %7268 : f32[16] @ models/lib/nn.yaml:89:7
%7270 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7271 = cast %7270 : f32[] @ models/lib/nn.yaml:89:7
%7272 = broadcast %7271 : f32[16] @ models/lib/nn.yaml:89:7
%7273 = mul %7261, %7272 : f32[16] @ models/lib/nn.yaml:89:7
%7274 = add %7273, %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7275 = mul %7260, %7260 : f32[16] @ models/lib/nn.yaml:89:7
%7276 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7277 = cast %7276 : f32[] @ models/lib/nn.yaml:89:7
%7278 = broadcast %7277 : f32[16] @ models/lib/nn.yaml:89:7
%7279 = mul %7275, %7278 : f32[16] @ models/lib/nn.yaml:89:7
%7280 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7281 = cast %7280 : f32[] @ models/lib/nn.yaml:89:7
%7282 = broadcast %7281 : f32[16] @ models/lib/nn.yaml:89:7
%7283 = mul %7262, %7282 : f32[16] @ models/lib/nn.yaml:89:7
%7284 = add %7283, %7279 : f32[16] @ models/lib/nn.yaml:89:7
%7285 = cast %7265 : f64[] @ models/lib/nn.yaml:89:7
%7286 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7287 = pow %7286, %7285 : f64[] @ models/lib/nn.yaml:89:7
%7288 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7289 = sub %7288, %7287 : f64[] @ models/lib/nn.yaml:89:7
%7290 = div %3779, %7289 : f64[] @ models/lib/nn.yaml:89:7
%7291 = cast %7265 : f64[] @ models/lib/nn.yaml:89:7
%7292 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7293 = pow %7292, %7291 : f64[] @ models/lib/nn.yaml:89:7
%7294 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7295 = sub %7294, %7293 : f64[] @ models/lib/nn.yaml:89:7
%7296 = sqrt %7295 : f64[] @ models/lib/nn.yaml:89:7
%7297 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7298 = div %7297, %7296 : f64[] @ models/lib/nn.yaml:89:7
%7299 = sqrt %7284 : f32[16] @ models/lib/nn.yaml:89:7
%7300 = cast %7298 : f32[] @ models/lib/nn.yaml:89:7
%7301 = broadcast %7300 : f32[16] @ models/lib/nn.yaml:89:7
%7302 = mul %7299, %7301 : f32[16] @ models/lib/nn.yaml:89:7
%7303 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7304 = cast %7303 : f32[] @ models/lib/nn.yaml:89:7
%7305 = broadcast %7304 : f32[16] @ models/lib/nn.yaml:89:7
%7306 = add %7302, %7305 : f32[16] @ models/lib/nn.yaml:89:7
%7307 = div %7274, %7306 : f32[16] @ models/lib/nn.yaml:89:7
%7308 = cast %7290 : f32[] @ models/lib/nn.yaml:89:7
%7309 = broadcast %7308 : f32[16] @ models/lib/nn.yaml:89:7
%7310 = mul %7307, %7309 : f32[16] @ models/lib/nn.yaml:89:7
%7311 = sub %22, %7310 : f32[16] @ models/lib/nn.yaml:89:7
%7312 = assign %22, %7311 : f32[16] @ models/lib/nn.yaml:89:7
%7313 = assign %7261, %7274 : f32[16] @ models/lib/nn.yaml:89:7
%7314 = assign %7262, %7284 : f32[16] @ models/lib/nn.yaml:89:7
%7315 = assign %7263, %7265 : i64[] @ models/lib/nn.yaml:89:7
%7316 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%7317 = broadcast %7316 : f32[16] @ models/lib/nn.yaml:89:7
%7318 = mul %100, %7317 : f32[16] @ models/lib/nn.yaml:89:7
%7319 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7320 = sub %7319, %3781 : f64[] @ models/lib/nn.yaml:89:7
%7321 = cast %7320 : f32[] @ models/lib/nn.yaml:89:7
%7322 = broadcast %7321 : f32[16] @ models/lib/nn.yaml:89:7
%7323 = mul %7311, %7322 : f32[16] @ models/lib/nn.yaml:89:7
%7324 = add %7318, %7323 : f32[16] @ models/lib/nn.yaml:89:7
%7325 = assign %100, %7324 : f32[16] @ models/lib/nn.yaml:89:7
%7326 = all_reduce_sum %5741 : f32[16] @ models/lib/nn.yaml:90:7
%7327 = reshape %7326 : f32[16] @ models/lib/nn.yaml:90:7
%7328 = mul %7327, %7327 : f32[16] @ models/lib/nn.yaml:90:7
%7329 = reduce_sum %7328 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7330 = sqrt %7329 : f32[] @ models/lib/nn.yaml:90:7
%7331 = cast %7330 : f64[] @ models/lib/nn.yaml:90:7
%7332 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7333 = add %7331, %7332 : f64[] @ models/lib/nn.yaml:90:7
%7334 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7335 = div %7334, %7333 : f64[] @ models/lib/nn.yaml:90:7
%7336 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7337 = lt %7335, %7336 : bool[] @ models/lib/nn.yaml:90:7
%7338 = cast %7335 : f32[] @ models/lib/nn.yaml:90:7
%7339 = broadcast %7338 : f32[16] @ models/lib/nn.yaml:90:7
%7340 = mul %7326, %7339 : f32[16] @ models/lib/nn.yaml:90:7
%7341 = broadcast %7337 : bool[16] @ models/lib/nn.yaml:90:7
%7342 = select %7341, %7340, %7326 : f32[16] @ models/lib/nn.yaml:90:7
%7343 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7344 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7345 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7346 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7347 = add %7345, %7346 : i64[] @ models/lib/nn.yaml:90:7
%7348 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7349 = cast %7348 : f32[] @ models/lib/nn.yaml:90:7
%7350 = broadcast %7349 : f32[16] @ models/lib/nn.yaml:90:7
%7351 = mul %7342, %7350 : f32[16] @ models/lib/nn.yaml:90:7
%7352 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7353 = cast %7352 : f32[] @ models/lib/nn.yaml:90:7
%7354 = broadcast %7353 : f32[16] @ models/lib/nn.yaml:90:7
%7355 = mul %7343, %7354 : f32[16] @ models/lib/nn.yaml:90:7
%7356 = add %7355, %7351 : f32[16] @ models/lib/nn.yaml:90:7
%7357 = mul %7342, %7342 : f32[16] @ models/lib/nn.yaml:90:7
%7358 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7359 = cast %7358 : f32[] @ models/lib/nn.yaml:90:7
%7360 = broadcast %7359 : f32[16] @ models/lib/nn.yaml:90:7
%7361 = mul %7357, %7360 : f32[16] @ models/lib/nn.yaml:90:7
%7362 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7363 = cast %7362 : f32[] @ models/lib/nn.yaml:90:7
%7364 = broadcast %7363 : f32[16] @ models/lib/nn.yaml:90:7
%7365 = mul %7344, %7364 : f32[16] @ models/lib/nn.yaml:90:7
%7366 = add %7365, %7361 : f32[16] @ models/lib/nn.yaml:90:7
%7367 = cast %7347 : f64[] @ models/lib/nn.yaml:90:7
%7368 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7369 = pow %7368, %7367 : f64[] @ models/lib/nn.yaml:90:7
%7370 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7371 = sub %7370, %7369 : f64[] @ models/lib/nn.yaml:90:7
%7372 = div %3779, %7371 : f64[] @ models/lib/nn.yaml:90:7
%7373 = cast %7347 : f64[] @ models/lib/nn.yaml:90:7
%7374 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7375 = pow %7374, %7373 : f64[] @ models/lib/nn.yaml:90:7
%7376 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7377 = sub %7376, %7375 : f64[] @ models/lib/nn.yaml:90:7
%7378 = sqrt %7377 : f64[] @ models/lib/nn.yaml:90:7
%7379 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7380 = div %7379, %7378 : f64[] @ models/lib/nn.yaml:90:7
%7381 = sqrt %7366 : f32[16] @ models/lib/nn.yaml:90:7
%7382 = cast %7380 : f32[] @ models/lib/nn.yaml:90:7
%7383 = broadcast %7382 : f32[16] @ models/lib/nn.yaml:90:7
%7384 = mul %7381, %7383 : f32[16] @ models/lib/nn.yaml:90:7
%7385 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7386 = cast %7385 : f32[] @ models/lib/nn.yaml:90:7
%7387 = broadcast %7386 : f32[16] @ models/lib/nn.yaml:90:7
%7388 = add %7384, %7387 : f32[16] @ models/lib/nn.yaml:90:7
%7389 = div %7356, %7388 : f32[16] @ models/lib/nn.yaml:90:7
%7390 = cast %7372 : f32[] @ models/lib/nn.yaml:90:7
%7391 = broadcast %7390 : f32[16] @ models/lib/nn.yaml:90:7
%7392 = mul %7389, %7391 : f32[16] @ models/lib/nn.yaml:90:7
%7393 = sub %23, %7392 : f32[16] @ models/lib/nn.yaml:90:7
%7394 = assign %23, %7393 : f32[16] @ models/lib/nn.yaml:90:7
%7395 = assign %7343, %7356 : f32[16] @ models/lib/nn.yaml:90:7
%7396 = assign %7344, %7366 : f32[16] @ models/lib/nn.yaml:90:7
%7397 = assign %7345, %7347 : i64[] @ models/lib/nn.yaml:90:7
%7398 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%7399 = broadcast %7398 : f32[16] @ models/lib/nn.yaml:90:7
%7400 = mul %101, %7399 : f32[16] @ models/lib/nn.yaml:90:7
%7401 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7402 = sub %7401, %3781 : f64[] @ models/lib/nn.yaml:90:7
%7403 = cast %7402 : f32[] @ models/lib/nn.yaml:90:7
%7404 = broadcast %7403 : f32[16] @ models/lib/nn.yaml:90:7
%7405 = mul %7393, %7404 : f32[16] @ models/lib/nn.yaml:90:7
%7406 = add %7400, %7405 : f32[16] @ models/lib/nn.yaml:90:7
%7407 = assign %101, %7406 : f32[16] @ models/lib/nn.yaml:90:7
%7408 = all_reduce_sum %5737 : f32[48,16] @ models/lib/nn.yaml:79:7
%7409 = reshape %7408 : f32[768] @ models/lib/nn.yaml:79:7
%7410 = mul %7409, %7409 : f32[768] @ models/lib/nn.yaml:79:7
%7411 = reduce_sum %7410 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7412 = sqrt %7411 : f32[] @ models/lib/nn.yaml:79:7
%7413 = cast %7412 : f64[] @ models/lib/nn.yaml:79:7
%7414 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7415 = add %7413, %7414 : f64[] @ models/lib/nn.yaml:79:7
%7416 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7417 = div %7416, %7415 : f64[] @ models/lib/nn.yaml:79:7
%7418 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7419 = lt %7417, %7418 : bool[] @ models/lib/nn.yaml:79:7
%7420 = cast %7417 : f32[] @ models/lib/nn.yaml:79:7
%7421 = broadcast %7420 : f32[48,16] @ models/lib/nn.yaml:79:7
%7422 = mul %7408, %7421 : f32[48,16] @ models/lib/nn.yaml:79:7
%7423 = broadcast %7419 : bool[48,16] @ models/lib/nn.yaml:79:7
%7424 = select %7423, %7422, %7408 : f32[48,16] @ models/lib/nn.yaml:79:7
%7425 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7426 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7427 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7428 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7429 = add %7427, %7428 : i64[] @ models/lib/nn.yaml:79:7
%7430 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%7431 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7432 = sub %7431, %7430 : f64[] @ models/lib/nn.yaml:79:7
%7433 = cast %7432 : f32[] @ models/lib/nn.yaml:79:7
%7434 = broadcast %7433 : f32[48,16] @ models/lib/nn.yaml:79:7
%7435 = mul %24, %7434 : f32[48,16] @ models/lib/nn.yaml:79:7
%7436 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7437 = cast %7436 : f32[] @ models/lib/nn.yaml:79:7
%7438 = broadcast %7437 : f32[48,16] @ models/lib/nn.yaml:79:7
%7439 = mul %7424, %7438 : f32[48,16] @ models/lib/nn.yaml:79:7
%7440 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7441 = cast %7440 : f32[] @ models/lib/nn.yaml:79:7
%7442 = broadcast %7441 : f32[48,16] @ models/lib/nn.yaml:79:7
%7443 = mul %7425, %7442 : f32[48,16] @ models/lib/nn.yaml:79:7
%7444 = add %7443, %7439 : f32[48,16] @ models/lib/nn.yaml:79:7
%7445 = mul %7424, %7424 : f32[48,16] @ models/lib/nn.yaml:79:7
%7446 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7447 = cast %7446 : f32[] @ models/lib/nn.yaml:79:7
%7448 = broadcast %7447 : f32[48,16] @ models/lib/nn.yaml:79:7
%7449 = mul %7445, %7448 : f32[48,16] @ models/lib/nn.yaml:79:7
%7450 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7451 = cast %7450 : f32[] @ models/lib/nn.yaml:79:7
%7452 = broadcast %7451 : f32[48,16] @ models/lib/nn.yaml:79:7
%7453 = mul %7426, %7452 : f32[48,16] @ models/lib/nn.yaml:79:7
%7454 = add %7453, %7449 : f32[48,16] @ models/lib/nn.yaml:79:7
%7455 = cast %7429 : f64[] @ models/lib/nn.yaml:79:7
%7456 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7457 = pow %7456, %7455 : f64[] @ models/lib/nn.yaml:79:7
%7458 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7459 = sub %7458, %7457 : f64[] @ models/lib/nn.yaml:79:7
%7460 = div %3779, %7459 : f64[] @ models/lib/nn.yaml:79:7
%7461 = cast %7429 : f64[] @ models/lib/nn.yaml:79:7
%7462 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7463 = pow %7462, %7461 : f64[] @ models/lib/nn.yaml:79:7
%7464 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7465 = sub %7464, %7463 : f64[] @ models/lib/nn.yaml:79:7
%7466 = sqrt %7465 : f64[] @ models/lib/nn.yaml:79:7
%7467 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7468 = div %7467, %7466 : f64[] @ models/lib/nn.yaml:79:7
%7469 = sqrt %7454 : f32[48,16] @ models/lib/nn.yaml:79:7
%7470 = cast %7468 : f32[] @ models/lib/nn.yaml:79:7
%7471 = broadcast %7470 : f32[48,16] @ models/lib/nn.yaml:79:7
%7472 = mul %7469, %7471 : f32[48,16] @ models/lib/nn.yaml:79:7
%7473 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7474 = cast %7473 : f32[] @ models/lib/nn.yaml:79:7
%7475 = broadcast %7474 : f32[48,16] @ models/lib/nn.yaml:79:7
%7476 = add %7472, %7475 : f32[48,16] @ models/lib/nn.yaml:79:7
%7477 = div %7444, %7476 : f32[48,16] @ models/lib/nn.yaml:79:7
%7478 = cast %7460 : f32[] @ models/lib/nn.yaml:79:7
%7479 = broadcast %7478 : f32[48,16] @ models/lib/nn.yaml:79:7
%7480 = mul %7477, %7479 : f32[48,16] @ models/lib/nn.yaml:79:7
%7481 = sub %7435, %7480 : f32[48,16] @ models/lib/nn.yaml:79:7
%7482 = assign %24, %7481 : f32[48,16] @ models/lib/nn.yaml:79:7
%7483 = assign %7425, %7444 : f32[48,16] @ models/lib/nn.yaml:79:7
%7484 = assign %7426, %7454 : f32[48,16] @ models/lib/nn.yaml:79:7
%7485 = assign %7427, %7429 : i64[] @ models/lib/nn.yaml:79:7
%7486 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%7487 = broadcast %7486 : f32[48,16] @ models/lib/nn.yaml:79:7
%7488 = mul %102, %7487 : f32[48,16] @ models/lib/nn.yaml:79:7
%7489 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7490 = sub %7489, %3781 : f64[] @ models/lib/nn.yaml:79:7
%7491 = cast %7490 : f32[] @ models/lib/nn.yaml:79:7
%7492 = broadcast %7491 : f32[48,16] @ models/lib/nn.yaml:79:7
%7493 = mul %7481, %7492 : f32[48,16] @ models/lib/nn.yaml:79:7
%7494 = add %7488, %7493 : f32[48,16] @ models/lib/nn.yaml:79:7
%7495 = assign %102, %7494 : f32[48,16] @ models/lib/nn.yaml:79:7
%7496 = all_reduce_sum %5729 : f32[48] @ models/lib/nn.yaml:80:7
%7497 = reshape %7496 : f32[48] @ models/lib/nn.yaml:80:7
%7498 = mul %7497, %7497 : f32[48] @ models/lib/nn.yaml:80:7
%7499 = reduce_sum %7498 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7500 = sqrt %7499 : f32[] @ models/lib/nn.yaml:80:7
%7501 = cast %7500 : f64[] @ models/lib/nn.yaml:80:7
%7502 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7503 = add %7501, %7502 : f64[] @ models/lib/nn.yaml:80:7
%7504 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7505 = div %7504, %7503 : f64[] @ models/lib/nn.yaml:80:7
%7506 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7507 = lt %7505, %7506 : bool[] @ models/lib/nn.yaml:80:7
%7508 = cast %7505 : f32[] @ models/lib/nn.yaml:80:7
%7509 = broadcast %7508 : f32[48] @ models/lib/nn.yaml:80:7
%7510 = mul %7496, %7509 : f32[48] @ models/lib/nn.yaml:80:7
%7511 = broadcast %7507 : bool[48] @ models/lib/nn.yaml:80:7
%7512 = select %7511, %7510, %7496 : f32[48] @ models/lib/nn.yaml:80:7
%7513 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7514 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7515 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7516 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7517 = add %7515, %7516 : i64[] @ models/lib/nn.yaml:80:7
%7518 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7519 = cast %7518 : f32[] @ models/lib/nn.yaml:80:7
%7520 = broadcast %7519 : f32[48] @ models/lib/nn.yaml:80:7
%7521 = mul %7512, %7520 : f32[48] @ models/lib/nn.yaml:80:7
%7522 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7523 = cast %7522 : f32[] @ models/lib/nn.yaml:80:7
%7524 = broadcast %7523 : f32[48] @ models/lib/nn.yaml:80:7
%7525 = mul %7513, %7524 : f32[48] @ models/lib/nn.yaml:80:7
%7526 = add %7525, %7521 : f32[48] @ models/lib/nn.yaml:80:7
%7527 = mul %7512, %7512 : f32[48] @ models/lib/nn.yaml:80:7
%7528 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7529 = cast %7528 : f32[] @ models/lib/nn.yaml:80:7
%7530 = broadcast %7529 : f32[48] @ models/lib/nn.yaml:80:7
%7531 = mul %7527, %7530 : f32[48] @ models/lib/nn.yaml:80:7
%7532 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7533 = cast %7532 : f32[] @ models/lib/nn.yaml:80:7
%7534 = broadcast %7533 : f32[48] @ models/lib/nn.yaml:80:7
%7535 = mul %7514, %7534 : f32[48] @ models/lib/nn.yaml:80:7
%7536 = add %7535, %7531 : f32[48] @ models/lib/nn.yaml:80:7
%7537 = cast %7517 : f64[] @ models/lib/nn.yaml:80:7
%7538 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7539 = pow %7538, %7537 : f64[] @ models/lib/nn.yaml:80:7
%7540 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7541 = sub %7540, %7539 : f64[] @ models/lib/nn.yaml:80:7
%7542 = div %3779, %7541 : f64[] @ models/lib/nn.yaml:80:7
%7543 = cast %7517 : f64[] @ models/lib/nn.yaml:80:7
%7544 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7545 = pow %7544, %7543 : f64[] @ models/lib/nn.yaml:80:7
%7546 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7547 = sub %7546, %7545 : f64[] @ models/lib/nn.yaml:80:7
%7548 = sqrt %7547 : f64[] @ models/lib/nn.yaml:80:7
%7549 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7550 = div %7549, %7548 : f64[] @ models/lib/nn.yaml:80:7
%7551 = sqrt %7536 : f32[48] @ models/lib/nn.yaml:80:7
%7552 = cast %7550 : f32[] @ models/lib/nn.yaml:80:7
%7553 = broadcast %7552 : f32[48] @ models/lib/nn.yaml:80:7
%7554 = mul %7551, %7553 : f32[48] @ models/lib/nn.yaml:80:7
%7555 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7556 = cast %7555 : f32[] @ models/lib/nn.yaml:80:7
%7557 = broadcast %7556 : f32[48] @ models/lib/nn.yaml:80:7
%7558 = add %7554, %7557 : f32[48] @ models/lib/nn.yaml:80:7
%7559 = div %7526, %7558 : f32[48] @ models/lib/nn.yaml:80:7
%7560 = cast %7542 : f32[] @ models/lib/nn.yaml:80:7
%7561 = broadcast %7560 : f32[48] @ models/lib/nn.yaml:80:7
%7562 = mul %7559, %7561 : f32[48] @ models/lib/nn.yaml:80:7
%7563 = sub %25, %7562 : f32[48] @ models/lib/nn.yaml:80:7
%7564 = assign %25, %7563 : f32[48] @ models/lib/nn.yaml:80:7
%7565 = assign %7513, %7526 : f32[48] @ models/lib/nn.yaml:80:7
%7566 = assign %7514, %7536 : f32[48] @ models/lib/nn.yaml:80:7
%7567 = assign %7515, %7517 : i64[] @ models/lib/nn.yaml:80:7
%7568 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%7569 = broadcast %7568 : f32[48] @ models/lib/nn.yaml:80:7
%7570 = mul %103, %7569 : f32[48] @ models/lib/nn.yaml:80:7
%7571 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7572 = sub %7571, %3781 : f64[] @ models/lib/nn.yaml:80:7
%7573 = cast %7572 : f32[] @ models/lib/nn.yaml:80:7
%7574 = broadcast %7573 : f32[48] @ models/lib/nn.yaml:80:7
%7575 = mul %7563, %7574 : f32[48] @ models/lib/nn.yaml:80:7
%7576 = add %7570, %7575 : f32[48] @ models/lib/nn.yaml:80:7
%7577 = assign %103, %7576 : f32[48] @ models/lib/nn.yaml:80:7
%7578 = all_reduce_sum %5660 : f32[16,16] @ models/lib/nn.yaml:79:7
%7579 = reshape %7578 : f32[256] @ models/lib/nn.yaml:79:7
%7580 = mul %7579, %7579 : f32[256] @ models/lib/nn.yaml:79:7
%7581 = reduce_sum %7580 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7582 = sqrt %7581 : f32[] @ models/lib/nn.yaml:79:7
%7583 = cast %7582 : f64[] @ models/lib/nn.yaml:79:7
%7584 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7585 = add %7583, %7584 : f64[] @ models/lib/nn.yaml:79:7
%7586 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7587 = div %7586, %7585 : f64[] @ models/lib/nn.yaml:79:7
%7588 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7589 = lt %7587, %7588 : bool[] @ models/lib/nn.yaml:79:7
%7590 = cast %7587 : f32[] @ models/lib/nn.yaml:79:7
%7591 = broadcast %7590 : f32[16,16] @ models/lib/nn.yaml:79:7
%7592 = mul %7578, %7591 : f32[16,16] @ models/lib/nn.yaml:79:7
%7593 = broadcast %7589 : bool[16,16] @ models/lib/nn.yaml:79:7
%7594 = select %7593, %7592, %7578 : f32[16,16] @ models/lib/nn.yaml:79:7
%7595 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7596 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7597 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7598 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7599 = add %7597, %7598 : i64[] @ models/lib/nn.yaml:79:7
%7600 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%7601 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7602 = sub %7601, %7600 : f64[] @ models/lib/nn.yaml:79:7
%7603 = cast %7602 : f32[] @ models/lib/nn.yaml:79:7
%7604 = broadcast %7603 : f32[16,16] @ models/lib/nn.yaml:79:7
%7605 = mul %26, %7604 : f32[16,16] @ models/lib/nn.yaml:79:7
%7606 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7607 = cast %7606 : f32[] @ models/lib/nn.yaml:79:7
%7608 = broadcast %7607 : f32[16,16] @ models/lib/nn.yaml:79:7
%7609 = mul %7594, %7608 : f32[16,16] @ models/lib/nn.yaml:79:7
%7610 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7611 = cast %7610 : f32[] @ models/lib/nn.yaml:79:7
%7612 = broadcast %7611 : f32[16,16] @ models/lib/nn.yaml:79:7
%7613 = mul %7595, %7612 : f32[16,16] @ models/lib/nn.yaml:79:7
%7614 = add %7613, %7609 : f32[16,16] @ models/lib/nn.yaml:79:7
%7615 = mul %7594, %7594 : f32[16,16] @ models/lib/nn.yaml:79:7
%7616 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7617 = cast %7616 : f32[] @ models/lib/nn.yaml:79:7
%7618 = broadcast %7617 : f32[16,16] @ models/lib/nn.yaml:79:7
%7619 = mul %7615, %7618 : f32[16,16] @ models/lib/nn.yaml:79:7
%7620 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7621 = cast %7620 : f32[] @ models/lib/nn.yaml:79:7
%7622 = broadcast %7621 : f32[16,16] @ models/lib/nn.yaml:79:7
%7623 = mul %7596, %7622 : f32[16,16] @ models/lib/nn.yaml:79:7
%7624 = add %7623, %7619 : f32[16,16] @ models/lib/nn.yaml:79:7
%7625 = cast %7599 : f64[] @ models/lib/nn.yaml:79:7
%7626 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7627 = pow %7626, %7625 : f64[] @ models/lib/nn.yaml:79:7
%7628 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7629 = sub %7628, %7627 : f64[] @ models/lib/nn.yaml:79:7
%7630 = div %3779, %7629 : f64[] @ models/lib/nn.yaml:79:7
%7631 = cast %7599 : f64[] @ models/lib/nn.yaml:79:7
%7632 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7633 = pow %7632, %7631 : f64[] @ models/lib/nn.yaml:79:7
%7634 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7635 = sub %7634, %7633 : f64[] @ models/lib/nn.yaml:79:7
%7636 = sqrt %7635 : f64[] @ models/lib/nn.yaml:79:7
%7637 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7638 = div %7637, %7636 : f64[] @ models/lib/nn.yaml:79:7
%7639 = sqrt %7624 : f32[16,16] @ models/lib/nn.yaml:79:7
%7640 = cast %7638 : f32[] @ models/lib/nn.yaml:79:7
%7641 = broadcast %7640 : f32[16,16] @ models/lib/nn.yaml:79:7
%7642 = mul %7639, %7641 : f32[16,16] @ models/lib/nn.yaml:79:7
%7643 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7644 = cast %7643 : f32[] @ models/lib/nn.yaml:79:7
%7645 = broadcast %7644 : f32[16,16] @ models/lib/nn.yaml:79:7
%7646 = add %7642, %7645 : f32[16,16] @ models/lib/nn.yaml:79:7
%7647 = div %7614, %7646 : f32[16,16] @ models/lib/nn.yaml:79:7
%7648 = cast %7630 : f32[] @ models/lib/nn.yaml:79:7
%7649 = broadcast %7648 : f32[16,16] @ models/lib/nn.yaml:79:7
%7650 = mul %7647, %7649 : f32[16,16] @ models/lib/nn.yaml:79:7
%7651 = sub %7605, %7650 : f32[16,16] @ models/lib/nn.yaml:79:7
%7652 = assign %26, %7651 : f32[16,16] @ models/lib/nn.yaml:79:7
%7653 = assign %7595, %7614 : f32[16,16] @ models/lib/nn.yaml:79:7
%7654 = assign %7596, %7624 : f32[16,16] @ models/lib/nn.yaml:79:7
%7655 = assign %7597, %7599 : i64[] @ models/lib/nn.yaml:79:7
%7656 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%7657 = broadcast %7656 : f32[16,16] @ models/lib/nn.yaml:79:7
%7658 = mul %104, %7657 : f32[16,16] @ models/lib/nn.yaml:79:7
%7659 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7660 = sub %7659, %3781 : f64[] @ models/lib/nn.yaml:79:7
%7661 = cast %7660 : f32[] @ models/lib/nn.yaml:79:7
%7662 = broadcast %7661 : f32[16,16] @ models/lib/nn.yaml:79:7
%7663 = mul %7651, %7662 : f32[16,16] @ models/lib/nn.yaml:79:7
%7664 = add %7658, %7663 : f32[16,16] @ models/lib/nn.yaml:79:7
%7665 = assign %104, %7664 : f32[16,16] @ models/lib/nn.yaml:79:7
%7666 = all_reduce_sum %5652 : f32[16] @ models/lib/nn.yaml:80:7
%7667 = reshape %7666 : f32[16] @ models/lib/nn.yaml:80:7
%7668 = mul %7667, %7667 : f32[16] @ models/lib/nn.yaml:80:7
%7669 = reduce_sum %7668 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7670 = sqrt %7669 : f32[] @ models/lib/nn.yaml:80:7
%7671 = cast %7670 : f64[] @ models/lib/nn.yaml:80:7
%7672 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7673 = add %7671, %7672 : f64[] @ models/lib/nn.yaml:80:7
%7674 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7675 = div %7674, %7673 : f64[] @ models/lib/nn.yaml:80:7
%7676 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7677 = lt %7675, %7676 : bool[] @ models/lib/nn.yaml:80:7
%7678 = cast %7675 : f32[] @ models/lib/nn.yaml:80:7
%7679 = broadcast %7678 : f32[16] @ models/lib/nn.yaml:80:7
%7680 = mul %7666, %7679 : f32[16] @ models/lib/nn.yaml:80:7
%7681 = broadcast %7677 : bool[16] @ models/lib/nn.yaml:80:7
%7682 = select %7681, %7680, %7666 : f32[16] @ models/lib/nn.yaml:80:7
%7683 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7684 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7685 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7686 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7687 = add %7685, %7686 : i64[] @ models/lib/nn.yaml:80:7
%7688 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7689 = cast %7688 : f32[] @ models/lib/nn.yaml:80:7
%7690 = broadcast %7689 : f32[16] @ models/lib/nn.yaml:80:7
%7691 = mul %7682, %7690 : f32[16] @ models/lib/nn.yaml:80:7
%7692 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7693 = cast %7692 : f32[] @ models/lib/nn.yaml:80:7
%7694 = broadcast %7693 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = mul %7683, %7694 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = add %7695, %7691 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = mul %7682, %7682 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7699 = cast %7698 : f32[] @ models/lib/nn.yaml:80:7
%7700 = broadcast %7699 : f32[16] @ models/lib/nn.yaml:80:7
%7701 = mul %7697, %7700 : f32[16] @ models/lib/nn.yaml:80:7
%7702 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7703 = cast %7702 : f32[] @ models/lib/nn.yaml:80:7
%7704 = broadcast %7703 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = mul %7684, %7704 : f32[16] @ models/lib/nn.yaml:80:7
%7706 = add %7705, %7701 : f32[16] @ models/lib/nn.yaml:80:7
%7707 = cast %7687 : f64[] @ models/lib/nn.yaml:80:7
%7708 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7709 = pow %7708, %7707 : f64[] @ models/lib/nn.yaml:80:7
%7710 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7711 = sub %7710, %7709 : f64[] @ models/lib/nn.yaml:80:7
%7712 = div %3779, %7711 : f64[] @ models/lib/nn.yaml:80:7
%7713 = cast %7687 : f64[] @ models/lib/nn.yaml:80:7
%7714 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7715 = pow %7714, %7713 : f64[] @ models/lib/nn.yaml:80:7
%7716 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7717 = sub %7716, %7715 : f64[] @ models/lib/nn.yaml:80:7
%7718 = sqrt %7717 : f64[] @ models/lib/nn.yaml:80:7
%7719 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7720 = div %7719, %7718 : f64[] @ models/lib/nn.yaml:80:7
%7721 = sqrt %7706 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = cast %7720 : f32[] @ models/lib/nn.yaml:80:7
%7723 = broadcast %7722 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = mul %7721, %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7726 = cast %7725 : f32[] @ models/lib/nn.yaml:80:7
%7727 = broadcast %7726 : f32[16] @ models/lib/nn.yaml:80:7
%7728 = add %7724, %7727 : f32[16] @ models/lib/nn.yaml:80:7
%7729 = div %7696, %7728 : f32[16] @ models/lib/nn.yaml:80:7
%7730 = cast %7712 : f32[] @ models/lib/nn.yaml:80:7
%7731 = broadcast %7730 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = mul %7729, %7731 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = sub %27, %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7734 = assign %27, %7733 : f32[16] @ models/lib/nn.yaml:80:7
%7735 = assign %7683, %7696 : f32[16] @ models/lib/nn.yaml:80:7
%7736 = assign %7684, %7706 : f32[16] @ models/lib/nn.yaml:80:7
%7737 = assign %7685, %7687 : i64[] @ models/lib/nn.yaml:80:7
%7738 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%7739 = broadcast %7738 : f32[16] @ models/lib/nn.yaml:80:7
%7740 = mul %105, %7739 : f32[16] @ models/lib/nn.yaml:80:7
%7741 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7742 = sub %7741, %3781 : f64[] @ models/lib/nn.yaml:80:7
%7743 = cast %7742 : f32[] @ models/lib/nn.yaml:80:7
%7744 = broadcast %7743 : f32[16] @ models/lib/nn.yaml:80:7
%7745 = mul %7733, %7744 : f32[16] @ models/lib/nn.yaml:80:7
%7746 = add %7740, %7745 : f32[16] @ models/lib/nn.yaml:80:7
%7747 = assign %105, %7746 : f32[16] @ models/lib/nn.yaml:80:7
%7748 = all_reduce_sum %5624 : f32[16] @ models/lib/nn.yaml:89:7
%7749 = reshape %7748 : f32[16] @ models/lib/nn.yaml:89:7
%7750 = mul %7749, %7749 : f32[16] @ models/lib/nn.yaml:89:7
%7751 = reduce_sum %7750 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7752 = sqrt %7751 : f32[] @ models/lib/nn.yaml:89:7
%7753 = cast %7752 : f64[] @ models/lib/nn.yaml:89:7
%7754 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7755 = add %7753, %7754 : f64[] @ models/lib/nn.yaml:89:7
%7756 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7757 = div %7756, %7755 : f64[] @ models/lib/nn.yaml:89:7
%7758 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7759 = lt %7757, %7758 : bool[] @ models/lib/nn.yaml:89:7
%7760 = cast %7757 : f32[] @ models/lib/nn.yaml:89:7
%7761 = broadcast %7760 : f32[16] @ models/lib/nn.yaml:89:7
%7762 = mul %7748, %7761 : f32[16] @ models/lib/nn.yaml:89:7
%7763 = broadcast %7759 : bool[16] @ models/lib/nn.yaml:89:7
%7764 = select %7763, %7762, %7748 : f32[16] @ models/lib/nn.yaml:89:7
%7765 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7766 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7767 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7768 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7769 = add %7767, %7768 : i64[] @ models/lib/nn.yaml:89:7
%7770 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7771 = cast %7770 : f32[] @ models/lib/nn.yaml:89:7
%7772 = broadcast %7771 : f32[16] @ models/lib/nn.yaml:89:7
%7773 = mul %7764, %7772 : f32[16] @ models/lib/nn.yaml:89:7
%7774 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7775 = cast %7774 : f32[] @ models/lib/nn.yaml:89:7
%7776 = broadcast %7775 : f32[16] @ models/lib/nn.yaml:89:7
%7777 = mul %7765, %7776 : f32[16] @ models/lib/nn.yaml:89:7
%7778 = add %7777, %7773 : f32[16] @ models/lib/nn.yaml:89:7
%7779 = mul %7764, %7764 : f32[16] @ models/lib/nn.yaml:89:7
%7780 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7781 = cast %7780 : f32[] @ models/lib/nn.yaml:89:7
%7782 = broadcast %7781 : f32[16] @ models/lib/nn.yaml:89:7
%7783 = mul %7779, %7782 : f32[16] @ models/lib/nn.yaml:89:7
%7784 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7785 = cast %7784 : f32[] @ models/lib/nn.yaml:89:7
%7786 = broadcast %7785 : f32[16] @ models/lib/nn.yaml:89:7
%7787 = mul %7766, %7786 : f32[16] @ models/lib/nn.yaml:89:7
%7788 = add %7787, %7783 : f32[16] @ models/lib/nn.yaml:89:7
%7789 = cast %7769 : f64[] @ models/lib/nn.yaml:89:7
%7790 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7791 = pow %7790, %7789 : f64[] @ models/lib/nn.yaml:89:7
%7792 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7793 = sub %7792, %7791 : f64[] @ models/lib/nn.yaml:89:7
%7794 = div %3779, %7793 : f64[] @ models/lib/nn.yaml:89:7
%7795 = cast %7769 : f64[] @ models/lib/nn.yaml:89:7
%7796 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7797 = pow %7796, %7795 : f64[] @ models/lib/nn.yaml:89:7
%7798 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7799 = sub %7798, %7797 : f64[] @ models/lib/nn.yaml:89:7
%7800 = sqrt %7799 : f64[] @ models/lib/nn.yaml:89:7
%7801 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7802 = div %7801, %7800 : f64[] @ models/lib/nn.yaml:89:7
%7803 = sqrt %7788 : f32[16] @ models/lib/nn.yaml:89:7
%7804 = cast %7802 : f32[] @ models/lib/nn.yaml:89:7
%7805 = broadcast %7804 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = mul %7803, %7805 : f32[16] @ models/lib/nn.yaml:89:7
%7807 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7808 = cast %7807 : f32[] @ models/lib/nn.yaml:89:7
%7809 = broadcast %7808 : f32[16] @ models/lib/nn.yaml:89:7
%7810 = add %7806, %7809 : f32[16] @ models/lib/nn.yaml:89:7
%7811 = div %7778, %7810 : f32[16] @ models/lib/nn.yaml:89:7
%7812 = cast %7794 : f32[] @ models/lib/nn.yaml:89:7
%7813 = broadcast %7812 : f32[16] @ models/lib/nn.yaml:89:7
%7814 = mul %7811, %7813 : f32[16] @ models/lib/nn.yaml:89:7
%7815 = sub %28, %7814 : f32[16] @ models/lib/nn.yaml:89:7
%7816 = assign %28, %7815 : f32[16] @ models/lib/nn.yaml:89:7
%7817 = assign %7765, %7778 : f32[16] @ models/lib/nn.yaml:89:7
%7818 = assign %7766, %7788 : f32[16] @ models/lib/nn.yaml:89:7
%7819 = assign %7767, %7769 : i64[] @ models/lib/nn.yaml:89:7
%7820 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%7821 = broadcast %7820 : f32[16] @ models/lib/nn.yaml:89:7
%7822 = mul %106, %7821 : f32[16] @ models/lib/nn.yaml:89:7
%7823 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7824 = sub %7823, %3781 : f64[] @ models/lib/nn.yaml:89:7
%7825 = cast %7824 : f32[] @ models/lib/nn.yaml:89:7
%7826 = broadcast %7825 : f32[16] @ models/lib/nn.yaml:89:7
%7827 = mul %7815, %7826 : f32[16] @ models/lib/nn.yaml:89:7
%7828 = add %7822, %7827 : f32[16] @ models/lib/nn.yaml:89:7
%7829 = assign %106, %7828 : f32[16] @ models/lib/nn.yaml:89:7
%7830 = all_reduce_sum %5617 : f32[16] @ models/lib/nn.yaml:90:7
%7831 = reshape %7830 : f32[16] @ models/lib/nn.yaml:90:7
%7832 = mul %7831, %7831 : f32[16] @ models/lib/nn.yaml:90:7
%7833 = reduce_sum %7832 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7834 = sqrt %7833 : f32[] @ models/lib/nn.yaml:90:7
%7835 = cast %7834 : f64[] @ models/lib/nn.yaml:90:7
%7836 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7837 = add %7835, %7836 : f64[] @ models/lib/nn.yaml:90:7
%7838 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7839 = div %7838, %7837 : f64[] @ models/lib/nn.yaml:90:7
%7840 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7841 = lt %7839, %7840 : bool[] @ models/lib/nn.yaml:90:7
%7842 = cast %7839 : f32[] @ models/lib/nn.yaml:90:7
%7843 = broadcast %7842 : f32[16] @ models/lib/nn.yaml:90:7
%7844 = mul %7830, %7843 : f32[16] @ models/lib/nn.yaml:90:7
%7845 = broadcast %7841 : bool[16] @ models/lib/nn.yaml:90:7
%7846 = select %7845, %7844, %7830 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7848 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7849 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7850 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7851 = add %7849, %7850 : i64[] @ models/lib/nn.yaml:90:7
%7852 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7853 = cast %7852 : f32[] @ models/lib/nn.yaml:90:7
%7854 = broadcast %7853 : f32[16] @ models/lib/nn.yaml:90:7
%7855 = mul %7846, %7854 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7857 = cast %7856 : f32[] @ models/lib/nn.yaml:90:7
%7858 = broadcast %7857 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = mul %7847, %7858 : f32[16] @ models/lib/nn.yaml:90:7
%7860 = add %7859, %7855 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = mul %7846, %7846 : f32[16] @ models/lib/nn.yaml:90:7
%7862 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7863 = cast %7862 : f32[] @ models/lib/nn.yaml:90:7
%7864 = broadcast %7863 : f32[16] @ models/lib/nn.yaml:90:7
%7865 = mul %7861, %7864 : f32[16] @ models/lib/nn.yaml:90:7
%7866 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7867 = cast %7866 : f32[] @ models/lib/nn.yaml:90:7
%7868 = broadcast %7867 : f32[16] @ models/lib/nn.yaml:90:7
%7869 = mul %7848, %7868 : f32[16] @ models/lib/nn.yaml:90:7
%7870 = add %7869, %7865 : f32[16] @ models/lib/nn.yaml:90:7
%7871 = cast %7851 : f64[] @ models/lib/nn.yaml:90:7
%7872 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7873 = pow %7872, %7871 : f64[] @ models/lib/nn.yaml:90:7
%7874 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7875 = sub %7874, %7873 : f64[] @ models/lib/nn.yaml:90:7
%7876 = div %3779, %7875 : f64[] @ models/lib/nn.yaml:90:7
%7877 = cast %7851 : f64[] @ models/lib/nn.yaml:90:7
%7878 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7879 = pow %7878, %7877 : f64[] @ models/lib/nn.yaml:90:7
%7880 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7881 = sub %7880, %7879 : f64[] @ models/lib/nn.yaml:90:7
%7882 = sqrt %7881 : f64[] @ models/lib/nn.yaml:90:7
%7883 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7884 = div %7883, %7882 : f64[] @ models/lib/nn.yaml:90:7
%7885 = sqrt %7870 : f32[16] @ models/lib/nn.yaml:90:7
%7886 = cast %7884 : f32[] @ models/lib/nn.yaml:90:7
%7887 = broadcast %7886 : f32[16] @ models/lib/nn.yaml:90:7
%7888 = mul %7885, %7887 : f32[16] @ models/lib/nn.yaml:90:7
%7889 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7890 = cast %7889 : f32[] @ models/lib/nn.yaml:90:7
%7891 = broadcast %7890 : f32[16] @ models/lib/nn.yaml:90:7
%7892 = add %7888, %7891 : f32[16] @ models/lib/nn.yaml:90:7
%7893 = div %7860, %7892 : f32[16] @ models/lib/nn.yaml:90:7
%7894 = cast %7876 : f32[] @ models/lib/nn.yaml:90:7
%7895 = broadcast %7894 : f32[16] @ models/lib/nn.yaml:90:7
%7896 = mul %7893, %7895 : f32[16] @ models/lib/nn.yaml:90:7
%7897 = sub %29, %7896 : f32[16] @ models/lib/nn.yaml:90:7
%7898 = assign %29, %7897 : f32[16] @ models/lib/nn.yaml:90:7
%7899 = assign %7847, %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7900 = assign %7848, %7870 : f32[16] @ models/lib/nn.yaml:90:7
%7901 = assign %7849, %7851 : i64[] @ models/lib/nn.yaml:90:7
%7902 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%7903 = broadcast %7902 : f32[16] @ models/lib/nn.yaml:90:7
%7904 = mul %107, %7903 : f32[16] @ models/lib/nn.yaml:90:7
%7905 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7906 = sub %7905, %3781 : f64[] @ models/lib/nn.yaml:90:7
%7907 = cast %7906 : f32[] @ models/lib/nn.yaml:90:7
%7908 = broadcast %7907 : f32[16] @ models/lib/nn.yaml:90:7
%7909 = mul %7897, %7908 : f32[16] @ models/lib/nn.yaml:90:7
%7910 = add %7904, %7909 : f32[16] @ models/lib/nn.yaml:90:7
%7911 = assign %107, %7910 : f32[16] @ models/lib/nn.yaml:90:7
%7912 = all_reduce_sum %5613 : f32[64,16] @ models/lib/nn.yaml:79:7
%7913 = reshape %7912 : f32[1024] @ models/lib/nn.yaml:79:7
%7914 = mul %7913, %7913 : f32[1024] @ models/lib/nn.yaml:79:7
%7915 = reduce_sum %7914 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7916 = sqrt %7915 : f32[] @ models/lib/nn.yaml:79:7
%7917 = cast %7916 : f64[] @ models/lib/nn.yaml:79:7
%7918 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7919 = add %7917, %7918 : f64[] @ models/lib/nn.yaml:79:7
%7920 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7921 = div %7920, %7919 : f64[] @ models/lib/nn.yaml:79:7
%7922 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7923 = lt %7921, %7922 : bool[] @ models/lib/nn.yaml:79:7
%7924 = cast %7921 : f32[] @ models/lib/nn.yaml:79:7
%7925 = broadcast %7924 : f32[64,16] @ models/lib/nn.yaml:79:7
%7926 = mul %7912, %7925 : f32[64,16] @ models/lib/nn.yaml:79:7
%7927 = broadcast %7923 : bool[64,16] @ models/lib/nn.yaml:79:7
%7928 = select %7927, %7926, %7912 : f32[64,16] @ models/lib/nn.yaml:79:7
%7929 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7930 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7931 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7932 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7933 = add %7931, %7932 : i64[] @ models/lib/nn.yaml:79:7
%7934 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%7935 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7936 = sub %7935, %7934 : f64[] @ models/lib/nn.yaml:79:7
%7937 = cast %7936 : f32[] @ models/lib/nn.yaml:79:7
%7938 = broadcast %7937 : f32[64,16] @ models/lib/nn.yaml:79:7
%7939 = mul %30, %7938 : f32[64,16] @ models/lib/nn.yaml:79:7
%7940 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7941 = cast %7940 : f32[] @ models/lib/nn.yaml:79:7
%7942 = broadcast %7941 : f32[64,16] @ models/lib/nn.yaml:79:7
%7943 = mul %7928, %7942 : f32[64,16] @ models/lib/nn.yaml:79:7
%7944 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7945 = cast %7944 : f32[] @ models/lib/nn.yaml:79:7
%7946 = broadcast %7945 : f32[64,16] @ models/lib/nn.yaml:79:7
%7947 = mul %7929, %7946 : f32[64,16] @ models/lib/nn.yaml:79:7
%7948 = add %7947, %7943 : f32[64,16] @ models/lib/nn.yaml:79:7
%7949 = mul %7928, %7928 : f32[64,16] @ models/lib/nn.yaml:79:7
%7950 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7951 = cast %7950 : f32[] @ models/lib/nn.yaml:79:7
%7952 = broadcast %7951 : f32[64,16] @ models/lib/nn.yaml:79:7
%7953 = mul %7949, %7952 : f32[64,16] @ models/lib/nn.yaml:79:7
%7954 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7955 = cast %7954 : f32[] @ models/lib/nn.yaml:79:7
%7956 = broadcast %7955 : f32[64,16] @ models/lib/nn.yaml:79:7
%7957 = mul %7930, %7956 : f32[64,16] @ models/lib/nn.yaml:79:7
%7958 = add %7957, %7953 : f32[64,16] @ models/lib/nn.yaml:79:7
%7959 = cast %7933 : f64[] @ models/lib/nn.yaml:79:7
%7960 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7961 = pow %7960, %7959 : f64[] @ models/lib/nn.yaml:79:7
%7962 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7963 = sub %7962, %7961 : f64[] @ models/lib/nn.yaml:79:7
%7964 = div %3779, %7963 : f64[] @ models/lib/nn.yaml:79:7
%7965 = cast %7933 : f64[] @ models/lib/nn.yaml:79:7
%7966 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7967 = pow %7966, %7965 : f64[] @ models/lib/nn.yaml:79:7
%7968 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7969 = sub %7968, %7967 : f64[] @ models/lib/nn.yaml:79:7
%7970 = sqrt %7969 : f64[] @ models/lib/nn.yaml:79:7
%7971 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7972 = div %7971, %7970 : f64[] @ models/lib/nn.yaml:79:7
%7973 = sqrt %7958 : f32[64,16] @ models/lib/nn.yaml:79:7
%7974 = cast %7972 : f32[] @ models/lib/nn.yaml:79:7
%7975 = broadcast %7974 : f32[64,16] @ models/lib/nn.yaml:79:7
%7976 = mul %7973, %7975 : f32[64,16] @ models/lib/nn.yaml:79:7
%7977 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7978 = cast %7977 : f32[] @ models/lib/nn.yaml:79:7
%7979 = broadcast %7978 : f32[64,16] @ models/lib/nn.yaml:79:7
%7980 = add %7976, %7979 : f32[64,16] @ models/lib/nn.yaml:79:7
%7981 = div %7948, %7980 : f32[64,16] @ models/lib/nn.yaml:79:7
%7982 = cast %7964 : f32[] @ models/lib/nn.yaml:79:7
%7983 = broadcast %7982 : f32[64,16] @ models/lib/nn.yaml:79:7
%7984 = mul %7981, %7983 : f32[64,16] @ models/lib/nn.yaml:79:7
%7985 = sub %7939, %7984 : f32[64,16] @ models/lib/nn.yaml:79:7
%7986 = assign %30, %7985 : f32[64,16] @ models/lib/nn.yaml:79:7
%7987 = assign %7929, %7948 : f32[64,16] @ models/lib/nn.yaml:79:7
%7988 = assign %7930, %7958 : f32[64,16] @ models/lib/nn.yaml:79:7
%7989 = assign %7931, %7933 : i64[] @ models/lib/nn.yaml:79:7
%7990 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%7991 = broadcast %7990 : f32[64,16] @ models/lib/nn.yaml:79:7
%7992 = mul %108, %7991 : f32[64,16] @ models/lib/nn.yaml:79:7
%7993 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7994 = sub %7993, %3781 : f64[] @ models/lib/nn.yaml:79:7
%7995 = cast %7994 : f32[] @ models/lib/nn.yaml:79:7
%7996 = broadcast %7995 : f32[64,16] @ models/lib/nn.yaml:79:7
%7997 = mul %7985, %7996 : f32[64,16] @ models/lib/nn.yaml:79:7
%7998 = add %7992, %7997 : f32[64,16] @ models/lib/nn.yaml:79:7
%7999 = assign %108, %7998 : f32[64,16] @ models/lib/nn.yaml:79:7
%8000 = all_reduce_sum %5605 : f32[64] @ models/lib/nn.yaml:80:7
%8001 = reshape %8000 : f32[64] @ models/lib/nn.yaml:80:7
%8002 = mul %8001, %8001 : f32[64] @ models/lib/nn.yaml:80:7
%8003 = reduce_sum %8002 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8004 = sqrt %8003 : f32[] @ models/lib/nn.yaml:80:7
%8005 = cast %8004 : f64[] @ models/lib/nn.yaml:80:7
%8006 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8007 = add %8005, %8006 : f64[] @ models/lib/nn.yaml:80:7
%8008 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8009 = div %8008, %8007 : f64[] @ models/lib/nn.yaml:80:7
%8010 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8011 = lt %8009, %8010 : bool[] @ models/lib/nn.yaml:80:7
%8012 = cast %8009 : f32[] @ models/lib/nn.yaml:80:7
%8013 = broadcast %8012 : f32[64] @ models/lib/nn.yaml:80:7
%8014 = mul %8000, %8013 : f32[64] @ models/lib/nn.yaml:80:7
%8015 = broadcast %8011 : bool[64] @ models/lib/nn.yaml:80:7
%8016 = select %8015, %8014, %8000 : f32[64] @ models/lib/nn.yaml:80:7
%8017 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8018 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8019 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8020 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8021 = add %8019, %8020 : i64[] @ models/lib/nn.yaml:80:7
%8022 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8023 = cast %8022 : f32[] @ models/lib/nn.yaml:80:7
%8024 = broadcast %8023 : f32[64] @ models/lib/nn.yaml:80:7
%8025 = mul %8016, %8024 : f32[64] @ models/lib/nn.yaml:80:7
%8026 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8027 = cast %8026 : f32[] @ models/lib/nn.yaml:80:7
%8028 = broadcast %8027 : f32[64] @ models/lib/nn.yaml:80:7
%8029 = mul %8017, %8028 : f32[64] @ models/lib/nn.yaml:80:7
%8030 = add %8029, %8025 : f32[64] @ models/lib/nn.yaml:80:7
%8031 = mul %8016, %8016 : f32[64] @ models/lib/nn.yaml:80:7
%8032 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8033 = cast %8032 : f32[] @ models/lib/nn.yaml:80:7
%8034 = broadcast %8033 : f32[64] @ models/lib/nn.yaml:80:7
%8035 = mul %8031, %8034 : f32[64] @ models/lib/nn.yaml:80:7
%8036 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8037 = cast %8036 : f32[] @ models/lib/nn.yaml:80:7
%8038 = broadcast %8037 : f32[64] @ models/lib/nn.yaml:80:7
%8039 = mul %8018, %8038 : f32[64] @ models/lib/nn.yaml:80:7
%8040 = add %8039, %8035 : f32[64] @ models/lib/nn.yaml:80:7
%8041 = cast %8021 : f64[] @ models/lib/nn.yaml:80:7
%8042 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8043 = pow %8042, %8041 : f64[] @ models/lib/nn.yaml:80:7
%8044 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8045 = sub %8044, %8043 : f64[] @ models/lib/nn.yaml:80:7
%8046 = div %3779, %8045 : f64[] @ models/lib/nn.yaml:80:7
%8047 = cast %8021 : f64[] @ models/lib/nn.yaml:80:7
%8048 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8049 = pow %8048, %8047 : f64[] @ models/lib/nn.yaml:80:7
%8050 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8051 = sub %8050, %8049 : f64[] @ models/lib/nn.yaml:80:7
%8052 = sqrt %8051 : f64[] @ models/lib/nn.yaml:80:7
%8053 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8054 = div %8053, %8052 : f64[] @ models/lib/nn.yaml:80:7
%8055 = sqrt %8040 : f32[64] @ models/lib/nn.yaml:80:7
%8056 = cast %8054 : f32[] @ models/lib/nn.yaml:80:7
%8057 = broadcast %8056 : f32[64] @ models/lib/nn.yaml:80:7
%8058 = mul %8055, %8057 : f32[64] @ models/lib/nn.yaml:80:7
%8059 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8060 = cast %8059 : f32[] @ models/lib/nn.yaml:80:7
%8061 = broadcast %8060 : f32[64] @ models/lib/nn.yaml:80:7
%8062 = add %8058, %8061 : f32[64] @ models/lib/nn.yaml:80:7
%8063 = div %8030, %8062 : f32[64] @ models/lib/nn.yaml:80:7
%8064 = cast %8046 : f32[] @ models/lib/nn.yaml:80:7
%8065 = broadcast %8064 : f32[64] @ models/lib/nn.yaml:80:7
%8066 = mul %8063, %8065 : f32[64] @ models/lib/nn.yaml:80:7
%8067 = sub %31, %8066 : f32[64] @ models/lib/nn.yaml:80:7
%8068 = assign %31, %8067 : f32[64] @ models/lib/nn.yaml:80:7
%8069 = assign %8017, %8030 : f32[64] @ models/lib/nn.yaml:80:7
%8070 = assign %8018, %8040 : f32[64] @ models/lib/nn.yaml:80:7
%8071 = assign %8019, %8021 : i64[] @ models/lib/nn.yaml:80:7
%8072 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%8073 = broadcast %8072 : f32[64] @ models/lib/nn.yaml:80:7
%8074 = mul %109, %8073 : f32[64] @ models/lib/nn.yaml:80:7
%8075 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8076 = sub %8075, %3781 : f64[] @ models/lib/nn.yaml:80:7
%8077 = cast %8076 : f32[] @ models/lib/nn.yaml:80:7
%8078 = broadcast %8077 : f32[64] @ models/lib/nn.yaml:80:7
%8079 = mul %8067, %8078 : f32[64] @ models/lib/nn.yaml:80:7
%8080 = add %8074, %8079 : f32[64] @ models/lib/nn.yaml:80:7
%8081 = assign %109, %8080 : f32[64] @ models/lib/nn.yaml:80:7
%8082 = all_reduce_sum %5586 : f32[16,64] @ models/lib/nn.yaml:79:7
%8083 = reshape %8082 : f32[1024] @ models/lib/nn.yaml:79:7
%8084 = mul %8083, %8083 : f32[1024] @ models/lib/nn.yaml:79:7
%8085 = reduce_sum %8084 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8086 = sqrt %8085 : f32[] @ models/lib/nn.yaml:79:7
%8087 = cast %8086 : f64[] @ models/lib/nn.yaml:79:7
%8088 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8089 = add %8087, %8088 : f64[] @ models/lib/nn.yaml:79:7
%8090 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8091 = div %8090, %8089 : f64[] @ models/lib/nn.yaml:79:7
%8092 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8093 = lt %8091, %8092 : bool[] @ models/lib/nn.yaml:79:7
%8094 = cast %8091 : f32[] @ models/lib/nn.yaml:79:7
%8095 = broadcast %8094 : f32[16,64] @ models/lib/nn.yaml:79:7
%8096 = mul %8082, %8095 : f32[16,64] @ models/lib/nn.yaml:79:7
%8097 = broadcast %8093 : bool[16,64] @ models/lib/nn.yaml:79:7
%8098 = select %8097, %8096, %8082 : f32[16,64] @ models/lib/nn.yaml:79:7
%8099 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8100 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8101 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8102 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8103 = add %8101, %8102 : i64[] @ models/lib/nn.yaml:79:7
%8104 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%8105 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8106 = sub %8105, %8104 : f64[] @ models/lib/nn.yaml:79:7
%8107 = cast %8106 : f32[] @ models/lib/nn.yaml:79:7
%8108 = broadcast %8107 : f32[16,64] @ models/lib/nn.yaml:79:7
%8109 = mul %32, %8108 : f32[16,64] @ models/lib/nn.yaml:79:7
%8110 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8111 = cast %8110 : f32[] @ models/lib/nn.yaml:79:7
%8112 = broadcast %8111 : f32[16,64] @ models/lib/nn.yaml:79:7
%8113 = mul %8098, %8112 : f32[16,64] @ models/lib/nn.yaml:79:7
%8114 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8115 = cast %8114 : f32[] @ models/lib/nn.yaml:79:7
%8116 = broadcast %8115 : f32[16,64] @ models/lib/nn.yaml:79:7
%8117 = mul %8099, %8116 : f32[16,64] @ models/lib/nn.yaml:79:7
%8118 = add %8117, %8113 : f32[16,64] @ models/lib/nn.yaml:79:7
%8119 = mul %8098, %8098 : f32[16,64] @ models/lib/nn.yaml:79:7
%8120 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8121 = cast %8120 : f32[] @ models/lib/nn.yaml:79:7
%8122 = broadcast %8121 : f32[16,64] @ models/lib/nn.yaml:79:7
%8123 = mul %8119, %8122 : f32[16,64] @ models/lib/nn.yaml:79:7
%8124 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8125 = cast %8124 : f32[] @ models/lib/nn.yaml:79:7
%8126 = broadcast %8125 : f32[16,64] @ models/lib/nn.yaml:79:7
%8127 = mul %8100, %8126 : f32[16,64] @ models/lib/nn.yaml:79:7
%8128 = add %8127, %8123 : f32[16,64] @ models/lib/nn.yaml:79:7
%8129 = cast %8103 : f64[] @ models/lib/nn.yaml:79:7
%8130 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8131 = pow %8130, %8129 : f64[] @ models/lib/nn.yaml:79:7
%8132 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8133 = sub %8132, %8131 : f64[] @ models/lib/nn.yaml:79:7
%8134 = div %3779, %8133 : f64[] @ models/lib/nn.yaml:79:7
%8135 = cast %8103 : f64[] @ models/lib/nn.yaml:79:7
%8136 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8137 = pow %8136, %8135 : f64[] @ models/lib/nn.yaml:79:7
%8138 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8139 = sub %8138, %8137 : f64[] @ models/lib/nn.yaml:79:7
%8140 = sqrt %8139 : f64[] @ models/lib/nn.yaml:79:7
%8141 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8142 = div %8141, %8140 : f64[] @ models/lib/nn.yaml:79:7
%8143 = sqrt %8128 : f32[16,64] @ models/lib/nn.yaml:79:7
%8144 = cast %8142 : f32[] @ models/lib/nn.yaml:79:7
%8145 = broadcast %8144 : f32[16,64] @ models/lib/nn.yaml:79:7
%8146 = mul %8143, %8145 : f32[16,64] @ models/lib/nn.yaml:79:7
%8147 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8148 = cast %8147 : f32[] @ models/lib/nn.yaml:79:7
%8149 = broadcast %8148 : f32[16,64] @ models/lib/nn.yaml:79:7
%8150 = add %8146, %8149 : f32[16,64] @ models/lib/nn.yaml:79:7
%8151 = div %8118, %8150 : f32[16,64] @ models/lib/nn.yaml:79:7
%8152 = cast %8134 : f32[] @ models/lib/nn.yaml:79:7
%8153 = broadcast %8152 : f32[16,64] @ models/lib/nn.yaml:79:7
%8154 = mul %8151, %8153 : f32[16,64] @ models/lib/nn.yaml:79:7
%8155 = sub %8109, %8154 : f32[16,64] @ models/lib/nn.yaml:79:7
%8156 = assign %32, %8155 : f32[16,64] @ models/lib/nn.yaml:79:7
%8157 = assign %8099, %8118 : f32[16,64] @ models/lib/nn.yaml:79:7
%8158 = assign %8100, %8128 : f32[16,64] @ models/lib/nn.yaml:79:7
%8159 = assign %8101, %8103 : i64[] @ models/lib/nn.yaml:79:7
%8160 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%8161 = broadcast %8160 : f32[16,64] @ models/lib/nn.yaml:79:7
%8162 = mul %110, %8161 : f32[16,64] @ models/lib/nn.yaml:79:7
%8163 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8164 = sub %8163, %3781 : f64[] @ models/lib/nn.yaml:79:7
%8165 = cast %8164 : f32[] @ models/lib/nn.yaml:79:7
%8166 = broadcast %8165 : f32[16,64] @ models/lib/nn.yaml:79:7
%8167 = mul %8155, %8166 : f32[16,64] @ models/lib/nn.yaml:79:7
%8168 = add %8162, %8167 : f32[16,64] @ models/lib/nn.yaml:79:7
%8169 = assign %110, %8168 : f32[16,64] @ models/lib/nn.yaml:79:7
%8170 = all_reduce_sum %5578 : f32[16] @ models/lib/nn.yaml:80:7
%8171 = reshape %8170 : f32[16] @ models/lib/nn.yaml:80:7
%8172 = mul %8171, %8171 : f32[16] @ models/lib/nn.yaml:80:7
%8173 = reduce_sum %8172 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8174 = sqrt %8173 : f32[] @ models/lib/nn.yaml:80:7
%8175 = cast %8174 : f64[] @ models/lib/nn.yaml:80:7
%8176 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8177 = add %8175, %8176 : f64[] @ models/lib/nn.yaml:80:7
%8178 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8179 = div %8178, %8177 : f64[] @ models/lib/nn.yaml:80:7
%8180 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8181 = lt %8179, %8180 : bool[] @ models/lib/nn.yaml:80:7
%8182 = cast %8179 : f32[] @ models/lib/nn.yaml:80:7
%8183 = broadcast %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = mul %8170, %8183 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = broadcast %8181 : bool[16] @ models/lib/nn.yaml:80:7
%8186 = select %8185, %8184, %8170 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8188 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8189 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8190 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8191 = add %8189, %8190 : i64[] @ models/lib/nn.yaml:80:7
%8192 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8193 = cast %8192 : f32[] @ models/lib/nn.yaml:80:7
%8194 = broadcast %8193 : f32[16] @ models/lib/nn.yaml:80:7
%8195 = mul %8186, %8194 : f32[16] @ models/lib/nn.yaml:80:7
%8196 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8197 = cast %8196 : f32[] @ models/lib/nn.yaml:80:7
%8198 = broadcast %8197 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = mul %8187, %8198 : f32[16] @ models/lib/nn.yaml:80:7
%8200 = add %8199, %8195 : f32[16] @ models/lib/nn.yaml:80:7
%8201 = mul %8186, %8186 : f32[16] @ models/lib/nn.yaml:80:7
%8202 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8203 = cast %8202 : f32[] @ models/lib/nn.yaml:80:7
%8204 = broadcast %8203 : f32[16] @ models/lib/nn.yaml:80:7
%8205 = mul %8201, %8204 : f32[16] @ models/lib/nn.yaml:80:7
%8206 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8207 = cast %8206 : f32[] @ models/lib/nn.yaml:80:7
%8208 = broadcast %8207 : f32[16] @ models/lib/nn.yaml:80:7
%8209 = mul %8188, %8208 : f32[16] @ models/lib/nn.yaml:80:7
%8210 = add %8209, %8205 : f32[16] @ models/lib/nn.yaml:80:7
%8211 = cast %8191 : f64[] @ models/lib/nn.yaml:80:7
%8212 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8213 = pow %8212, %8211 : f64[] @ models/lib/nn.yaml:80:7
%8214 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8215 = sub %8214, %8213 : f64[] @ models/lib/nn.yaml:80:7
%8216 = div %3779, %8215 : f64[] @ models/lib/nn.yaml:80:7
%8217 = cast %8191 : f64[] @ models/lib/nn.yaml:80:7
%8218 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8219 = pow %8218, %8217 : f64[] @ models/lib/nn.yaml:80:7
%8220 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8221 = sub %8220, %8219 : f64[] @ models/lib/nn.yaml:80:7
%8222 = sqrt %8221 : f64[] @ models/lib/nn.yaml:80:7
%8223 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8224 = div %8223, %8222 : f64[] @ models/lib/nn.yaml:80:7
%8225 = sqrt %8210 : f32[16] @ models/lib/nn.yaml:80:7
%8226 = cast %8224 : f32[] @ models/lib/nn.yaml:80:7
%8227 = broadcast %8226 : f32[16] @ models/lib/nn.yaml:80:7
%8228 = mul %8225, %8227 : f32[16] @ models/lib/nn.yaml:80:7
%8229 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8230 = cast %8229 : f32[] @ models/lib/nn.yaml:80:7
%8231 = broadcast %8230 : f32[16] @ models/lib/nn.yaml:80:7
%8232 = add %8228, %8231 : f32[16] @ models/lib/nn.yaml:80:7
%8233 = div %8200, %8232 : f32[16] @ models/lib/nn.yaml:80:7
%8234 = cast %8216 : f32[] @ models/lib/nn.yaml:80:7
%8235 = broadcast %8234 : f32[16] @ models/lib/nn.yaml:80:7
%8236 = mul %8233, %8235 : f32[16] @ models/lib/nn.yaml:80:7
%8237 = sub %33, %8236 : f32[16] @ models/lib/nn.yaml:80:7
%8238 = assign %33, %8237 : f32[16] @ models/lib/nn.yaml:80:7
%8239 = assign %8187, %8200 : f32[16] @ models/lib/nn.yaml:80:7
%8240 = assign %8188, %8210 : f32[16] @ models/lib/nn.yaml:80:7
%8241 = assign %8189, %8191 : i64[] @ models/lib/nn.yaml:80:7
%8242 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%8243 = broadcast %8242 : f32[16] @ models/lib/nn.yaml:80:7
%8244 = mul %111, %8243 : f32[16] @ models/lib/nn.yaml:80:7
%8245 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8246 = sub %8245, %3781 : f64[] @ models/lib/nn.yaml:80:7
%8247 = cast %8246 : f32[] @ models/lib/nn.yaml:80:7
%8248 = broadcast %8247 : f32[16] @ models/lib/nn.yaml:80:7
%8249 = mul %8237, %8248 : f32[16] @ models/lib/nn.yaml:80:7
%8250 = add %8244, %8249 : f32[16] @ models/lib/nn.yaml:80:7
%8251 = assign %111, %8250 : f32[16] @ models/lib/nn.yaml:80:7
%8252 = all_reduce_sum %5571 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8253 = reshape %8252 : f32[16] @ models/lib/vit.yaml:103:7
%8254 = mul %8253, %8253 : f32[16] @ models/lib/vit.yaml:103:7
%8255 = reduce_sum %8254 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8256 = sqrt %8255 : f32[] @ models/lib/vit.yaml:103:7
%8257 = cast %8256 : f64[] @ models/lib/vit.yaml:103:7
%8258 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:103:7
%8259 = add %8257, %8258 : f64[] @ models/lib/vit.yaml:103:7
%8260 = const data=[3] : f64[] @ models/lib/vit.yaml:103:7
%8261 = div %8260, %8259 : f64[] @ models/lib/vit.yaml:103:7
%8262 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8263 = lt %8261, %8262 : bool[] @ models/lib/vit.yaml:103:7
%8264 = cast %8261 : f32[] @ models/lib/vit.yaml:103:7
%8265 = broadcast %8264 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8266 = mul %8252, %8265 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8267 = broadcast %8263 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8268 = select %8267, %8266, %8252 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8269 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8270 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8271 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8272 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%8273 = add %8271, %8272 : i64[] @ models/lib/vit.yaml:103:7
%8274 = mul %3779, %3780 : f64[] @ models/lib/vit.yaml:103:7
%8275 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8276 = sub %8275, %8274 : f64[] @ models/lib/vit.yaml:103:7
%8277 = cast %8276 : f32[] @ models/lib/vit.yaml:103:7
%8278 = broadcast %8277 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8279 = mul %34, %8278 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8280 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%8281 = cast %8280 : f32[] @ models/lib/vit.yaml:103:7
%8282 = broadcast %8281 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8283 = mul %8268, %8282 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8284 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%8285 = cast %8284 : f32[] @ models/lib/vit.yaml:103:7
%8286 = broadcast %8285 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8287 = mul %8269, %8286 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8288 = add %8287, %8283 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8289 = mul %8268, %8268 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8290 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%8291 = cast %8290 : f32[] @ models/lib/vit.yaml:103:7
%8292 = broadcast %8291 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8293 = mul %8289, %8292 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8294 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%8295 = cast %8294 : f32[] @ models/lib/vit.yaml:103:7
%8296 = broadcast %8295 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8297 = mul %8270, %8296 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8298 = add %8297, %8293 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8299 = cast %8273 : f64[] @ models/lib/vit.yaml:103:7
%8300 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%8301 = pow %8300, %8299 : f64[] @ models/lib/vit.yaml:103:7
%8302 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8303 = sub %8302, %8301 : f64[] @ models/lib/vit.yaml:103:7
%8304 = div %3779, %8303 : f64[] @ models/lib/vit.yaml:103:7
%8305 = cast %8273 : f64[] @ models/lib/vit.yaml:103:7
%8306 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%8307 = pow %8306, %8305 : f64[] @ models/lib/vit.yaml:103:7
%8308 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8309 = sub %8308, %8307 : f64[] @ models/lib/vit.yaml:103:7
%8310 = sqrt %8309 : f64[] @ models/lib/vit.yaml:103:7
%8311 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8312 = div %8311, %8310 : f64[] @ models/lib/vit.yaml:103:7
%8313 = sqrt %8298 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8314 = cast %8312 : f32[] @ models/lib/vit.yaml:103:7
%8315 = broadcast %8314 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8316 = mul %8313, %8315 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8317 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%8318 = cast %8317 : f32[] @ models/lib/vit.yaml:103:7
%8319 = broadcast %8318 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8320 = add %8316, %8319 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8321 = div %8288, %8320 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8322 = cast %8304 : f32[] @ models/lib/vit.yaml:103:7
%8323 = broadcast %8322 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8324 = mul %8321, %8323 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8325 = sub %8279, %8324 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8326 = assign %34, %8325 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8327 = assign %8269, %8288 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8328 = assign %8270, %8298 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8329 = assign %8271, %8273 : i64[] @ models/lib/vit.yaml:103:7
%8330 = cast %3781 : f32[] @ models/lib/vit.yaml:103:7
%8331 = broadcast %8330 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8332 = mul %112, %8331 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8333 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8334 = sub %8333, %3781 : f64[] @ models/lib/vit.yaml:103:7
%8335 = cast %8334 : f32[] @ models/lib/vit.yaml:103:7
%8336 = broadcast %8335 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8337 = mul %8325, %8336 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8338 = add %8332, %8337 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8339 = assign %112, %8338 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8340 = all_reduce_sum %5545 : f32[16] @ models/lib/nn.yaml:89:7
%8341 = reshape %8340 : f32[16] @ models/lib/nn.yaml:89:7
%8342 = mul %8341, %8341 : f32[16] @ models/lib/nn.yaml:89:7
%8343 = reduce_sum %8342 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8344 = sqrt %8343 : f32[] @ models/lib/nn.yaml:89:7
%8345 = cast %8344 : f64[] @ models/lib/nn.yaml:89:7
%8346 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8347 = add %8345, %8346 : f64[] @ models/lib/nn.yaml:89:7
%8348 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8349 = div %8348, %8347 : f64[] @ models/lib/nn.yaml:89:7
%8350 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8351 = lt %8349, %8350 : bool[] @ models/lib/nn.yaml:89:7
%8352 = cast %8349 : f32[] @ models/lib/nn.yaml:89:7
%8353 = broadcast %8352 : f32[16] @ models/lib/nn.yaml:89:7
%8354 = mul %8340, %8353 : f32[16] @ models/lib/nn.yaml:89:7
%8355 = broadcast %8351 : bool[16] @ models/lib/nn.yaml:89:7
%8356 = select %8355, %8354, %8340 : f32[16] @ models/lib/nn.yaml:89:7
%8357 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8358 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8359 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8360 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8361 = add %8359, %8360 : i64[] @ models/lib/nn.yaml:89:7
%8362 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8363 = cast %8362 : f32[] @ models/lib/nn.yaml:89:7
%8364 = broadcast %8363 : f32[16] @ models/lib/nn.yaml:89:7
%8365 = mul %8356, %8364 : f32[16] @ models/lib/nn.yaml:89:7
%8366 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8367 = cast %8366 : f32[] @ models/lib/nn.yaml:89:7
%8368 = broadcast %8367 : f32[16] @ models/lib/nn.yaml:89:7
%8369 = mul %8357, %8368 : f32[16] @ models/lib/nn.yaml:89:7
%8370 = add %8369, %8365 : f32[16] @ models/lib/nn.yaml:89:7
%8371 = mul %8356, %8356 : f32[16] @ models/lib/nn.yaml:89:7
%8372 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8373 = cast %8372 : f32[] @ models/lib/nn.yaml:89:7
%8374 = broadcast %8373 : f32[16] @ models/lib/nn.yaml:89:7
%8375 = mul %8371, %8374 : f32[16] @ models/lib/nn.yaml:89:7
%8376 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8377 = cast %8376 : f32[] @ models/lib/nn.yaml:89:7
%8378 = broadcast %8377 : f32[16] @ models/lib/nn.yaml:89:7
%8379 = mul %8358, %8378 : f32[16] @ models/lib/nn.yaml:89:7
%8380 = add %8379, %8375 : f32[16] @ models/lib/nn.yaml:89:7
%8381 = cast %8361 : f64[] @ models/lib/nn.yaml:89:7
%8382 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8383 = pow %8382, %8381 : f64[] @ models/lib/nn.yaml:89:7
%8384 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8385 = sub %8384, %8383 : f64[] @ models/lib/nn.yaml:89:7
%8386 = div %3779, %8385 : f64[] @ models/lib/nn.yaml:89:7
%8387 = cast %8361 : f64[] @ models/lib/nn.yaml:89:7
%8388 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8389 = pow %8388, %8387 : f64[] @ models/lib/nn.yaml:89:7
%8390 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8391 = sub %8390, %8389 : f64[] @ models/lib/nn.yaml:89:7
%8392 = sqrt %8391 : f64[] @ models/lib/nn.yaml:89:7
%8393 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8394 = div %8393, %8392 : f64[] @ models/lib/nn.yaml:89:7
%8395 = sqrt %8380 : f32[16] @ models/lib/nn.yaml:89:7
%8396 = cast %8394 : f32[] @ models/lib/nn.yaml:89:7
%8397 = broadcast %8396 : f32[16] @ models/lib/nn.yaml:89:7
%8398 = mul %8395, %8397 : f32[16] @ models/lib/nn.yaml:89:7
%8399 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8400 = cast %8399 : f32[] @ models/lib/nn.yaml:89:7
%8401 = broadcast %8400 : f32[16] @ models/lib/nn.yaml:89:7
%8402 = add %8398, %8401 : f32[16] @ models/lib/nn.yaml:89:7
%8403 = div %8370, %8402 : f32[16] @ models/lib/nn.yaml:89:7
%8404 = cast %8386 : f32[] @ models/lib/nn.yaml:89:7
%8405 = broadcast %8404 : f32[16] @ models/lib/nn.yaml:89:7
%8406 = mul %8403, %8405 : f32[16] @ models/lib/nn.yaml:89:7
%8407 = sub %35, %8406 : f32[16] @ models/lib/nn.yaml:89:7
%8408 = assign %35, %8407 : f32[16] @ models/lib/nn.yaml:89:7
%8409 = assign %8357, %8370 : f32[16] @ models/lib/nn.yaml:89:7
%8410 = assign %8358, %8380 : f32[16] @ models/lib/nn.yaml:89:7
%8411 = assign %8359, %8361 : i64[] @ models/lib/nn.yaml:89:7
%8412 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%8413 = broadcast %8412 : f32[16] @ models/lib/nn.yaml:89:7
%8414 = mul %113, %8413 : f32[16] @ models/lib/nn.yaml:89:7
%8415 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8416 = sub %8415, %3781 : f64[] @ models/lib/nn.yaml:89:7
%8417 = cast %8416 : f32[] @ models/lib/nn.yaml:89:7
%8418 = broadcast %8417 : f32[16] @ models/lib/nn.yaml:89:7
%8419 = mul %8407, %8418 : f32[16] @ models/lib/nn.yaml:89:7
%8420 = add %8414, %8419 : f32[16] @ models/lib/nn.yaml:89:7
%8421 = assign %113, %8420 : f32[16] @ models/lib/nn.yaml:89:7
%8422 = all_reduce_sum %5540 : f32[16] @ models/lib/nn.yaml:90:7
%8423 = reshape %8422 : f32[16] @ models/lib/nn.yaml:90:7
%8424 = mul %8423, %8423 : f32[16] @ models/lib/nn.yaml:90:7
%8425 = reduce_sum %8424 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8426 = sqrt %8425 : f32[] @ models/lib/nn.yaml:90:7
%8427 = cast %8426 : f64[] @ models/lib/nn.yaml:90:7
%8428 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8429 = add %8427, %8428 : f64[] @ models/lib/nn.yaml:90:7
%8430 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8431 = div %8430, %8429 : f64[] @ models/lib/nn.yaml:90:7
%8432 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8433 = lt %8431, %8432 : bool[] @ models/lib/nn.yaml:90:7
%8434 = cast %8431 : f32[] @ models/lib/nn.yaml:90:7
%8435 = broadcast %8434 : f32[16] @ models/lib/nn.yaml:90:7
%8436 = mul %8422, %8435 : f32[16] @ models/lib/nn.yaml:90:7
%8437 = broadcast %8433 : bool[16] @ models/lib/nn.yaml:90:7
%8438 = select %8437, %8436, %8422 : f32[16] @ models/lib/nn.yaml:90:7
%8439 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8440 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8441 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8442 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8443 = add %8441, %8442 : i64[] @ models/lib/nn.yaml:90:7
%8444 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8445 = cast %8444 : f32[] @ models/lib/nn.yaml:90:7
%8446 = broadcast %8445 : f32[16] @ models/lib/nn.yaml:90:7
%8447 = mul %8438, %8446 : f32[16] @ models/lib/nn.yaml:90:7
%8448 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8449 = cast %8448 : f32[] @ models/lib/nn.yaml:90:7
%8450 = broadcast %8449 : f32[16] @ models/lib/nn.yaml:90:7
%8451 = mul %8439, %8450 : f32[16] @ models/lib/nn.yaml:90:7
%8452 = add %8451, %8447 : f32[16] @ models/lib/nn.yaml:90:7
%8453 = mul %8438, %8438 : f32[16] @ models/lib/nn.yaml:90:7
%8454 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8455 = cast %8454 : f32[] @ models/lib/nn.yaml:90:7
%8456 = broadcast %8455 : f32[16] @ models/lib/nn.yaml:90:7
%8457 = mul %8453, %8456 : f32[16] @ models/lib/nn.yaml:90:7
%8458 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8459 = cast %8458 : f32[] @ models/lib/nn.yaml:90:7
%8460 = broadcast %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8461 = mul %8440, %8460 : f32[16] @ models/lib/nn.yaml:90:7
%8462 = add %8461, %8457 : f32[16] @ models/lib/nn.yaml:90:7
%8463 = cast %8443 : f64[] @ models/lib/nn.yaml:90:7
%8464 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8465 = pow %8464, %8463 : f64[] @ models/lib/nn.yaml:90:7
%8466 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8467 = sub %8466, %8465 : f64[] @ models/lib/nn.yaml:90:7
%8468 = div %3779, %8467 : f64[] @ models/lib/nn.yaml:90:7
%8469 = cast %8443 : f64[] @ models/lib/nn.yaml:90:7
%8470 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8471 = pow %8470, %8469 : f64[] @ models/lib/nn.yaml:90:7
%8472 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8473 = sub %8472, %8471 : f64[] @ models/lib/nn.yaml:90:7
%8474 = sqrt %8473 : f64[] @ models/lib/nn.yaml:90:7
%8475 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8476 = div %8475, %8474 : f64[] @ models/lib/nn.yaml:90:7
%8477 = sqrt %8462 : f32[16] @ models/lib/nn.yaml:90:7
%8478 = cast %8476 : f32[] @ models/lib/nn.yaml:90:7
%8479 = broadcast %8478 : f32[16] @ models/lib/nn.yaml:90:7
%8480 = mul %8477, %8479 : f32[16] @ models/lib/nn.yaml:90:7
%8481 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8482 = cast %8481 : f32[] @ models/lib/nn.yaml:90:7
%8483 = broadcast %8482 : f32[16] @ models/lib/nn.yaml:90:7
%8484 = add %8480, %8483 : f32[16] @ models/lib/nn.yaml:90:7
%8485 = div %8452, %8484 : f32[16] @ models/lib/nn.yaml:90:7
%8486 = cast %8468 : f32[] @ models/lib/nn.yaml:90:7
%8487 = broadcast %8486 : f32[16] @ models/lib/nn.yaml:90:7
%8488 = mul %8485, %8487 : f32[16] @ models/lib/nn.yaml:90:7
%8489 = sub %36, %8488 : f32[16] @ models/lib/nn.yaml:90:7
%8490 = assign %36, %8489 : f32[16] @ models/lib/nn.yaml:90:7
%8491 = assign %8439, %8452 : f32[16] @ models/lib/nn.yaml:90:7
%8492 = assign %8440, %8462 : f32[16] @ models/lib/nn.yaml:90:7
%8493 = assign %8441, %8443 : i64[] @ models/lib/nn.yaml:90:7
%8494 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%8495 = broadcast %8494 : f32[16] @ models/lib/nn.yaml:90:7
%8496 = mul %114, %8495 : f32[16] @ models/lib/nn.yaml:90:7
%8497 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8498 = sub %8497, %3781 : f64[] @ models/lib/nn.yaml:90:7
%8499 = cast %8498 : f32[] @ models/lib/nn.yaml:90:7
%8500 = broadcast %8499 : f32[16] @ models/lib/nn.yaml:90:7
%8501 = mul %8489, %8500 : f32[16] @ models/lib/nn.yaml:90:7
%8502 = add %8496, %8501 : f32[16] @ models/lib/nn.yaml:90:7
%8503 = assign %114, %8502 : f32[16] @ models/lib/nn.yaml:90:7
%8504 = all_reduce_sum %5532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8505 = reshape %8504 : f32[256] @ models/lib/nn.yaml:79:7
%8506 = mul %8505, %8505 : f32[256] @ models/lib/nn.yaml:79:7
%8507 = reduce_sum %8506 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8508 = sqrt %8507 : f32[] @ models/lib/nn.yaml:79:7
%8509 = cast %8508 : f64[] @ models/lib/nn.yaml:79:7
%8510 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8511 = add %8509, %8510 : f64[] @ models/lib/nn.yaml:79:7
%8512 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8513 = div %8512, %8511 : f64[] @ models/lib/nn.yaml:79:7
%8514 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8515 = lt %8513, %8514 : bool[] @ models/lib/nn.yaml:79:7
%8516 = cast %8513 : f32[] @ models/lib/nn.yaml:79:7
%8517 = broadcast %8516 : f32[16,16] @ models/lib/nn.yaml:79:7
%8518 = mul %8504, %8517 : f32[16,16] @ models/lib/nn.yaml:79:7
%8519 = broadcast %8515 : bool[16,16] @ models/lib/nn.yaml:79:7
%8520 = select %8519, %8518, %8504 : f32[16,16] @ models/lib/nn.yaml:79:7
%8521 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8522 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8523 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8524 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8525 = add %8523, %8524 : i64[] @ models/lib/nn.yaml:79:7
%8526 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%8527 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8528 = sub %8527, %8526 : f64[] @ models/lib/nn.yaml:79:7
%8529 = cast %8528 : f32[] @ models/lib/nn.yaml:79:7
%8530 = broadcast %8529 : f32[16,16] @ models/lib/nn.yaml:79:7
%8531 = mul %37, %8530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8532 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8533 = cast %8532 : f32[] @ models/lib/nn.yaml:79:7
%8534 = broadcast %8533 : f32[16,16] @ models/lib/nn.yaml:79:7
%8535 = mul %8520, %8534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8536 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8537 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8538 = broadcast %8537 : f32[16,16] @ models/lib/nn.yaml:79:7
%8539 = mul %8521, %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = add %8539, %8535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = mul %8520, %8520 : f32[16,16] @ models/lib/nn.yaml:79:7
%8542 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8543 = cast %8542 : f32[] @ models/lib/nn.yaml:79:7
%8544 = broadcast %8543 : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = mul %8541, %8544 : f32[16,16] @ models/lib/nn.yaml:79:7
%8546 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8547 = cast %8546 : f32[] @ models/lib/nn.yaml:79:7
%8548 = broadcast %8547 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = mul %8522, %8548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8550 = add %8549, %8545 : f32[16,16] @ models/lib/nn.yaml:79:7
%8551 = cast %8525 : f64[] @ models/lib/nn.yaml:79:7
%8552 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8553 = pow %8552, %8551 : f64[] @ models/lib/nn.yaml:79:7
%8554 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8555 = sub %8554, %8553 : f64[] @ models/lib/nn.yaml:79:7
%8556 = div %3779, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8557 = cast %8525 : f64[] @ models/lib/nn.yaml:79:7
%8558 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8559 = pow %8558, %8557 : f64[] @ models/lib/nn.yaml:79:7
%8560 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8561 = sub %8560, %8559 : f64[] @ models/lib/nn.yaml:79:7
%8562 = sqrt %8561 : f64[] @ models/lib/nn.yaml:79:7
%8563 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8564 = div %8563, %8562 : f64[] @ models/lib/nn.yaml:79:7
%8565 = sqrt %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = cast %8564 : f32[] @ models/lib/nn.yaml:79:7
%8567 = broadcast %8566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8568 = mul %8565, %8567 : f32[16,16] @ models/lib/nn.yaml:79:7
%8569 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8570 = cast %8569 : f32[] @ models/lib/nn.yaml:79:7
%8571 = broadcast %8570 : f32[16,16] @ models/lib/nn.yaml:79:7
%8572 = add %8568, %8571 : f32[16,16] @ models/lib/nn.yaml:79:7
%8573 = div %8540, %8572 : f32[16,16] @ models/lib/nn.yaml:79:7
%8574 = cast %8556 : f32[] @ models/lib/nn.yaml:79:7
%8575 = broadcast %8574 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = mul %8573, %8575 : f32[16,16] @ models/lib/nn.yaml:79:7
%8577 = sub %8531, %8576 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = assign %37, %8577 : f32[16,16] @ models/lib/nn.yaml:79:7
%8579 = assign %8521, %8540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = assign %8522, %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = assign %8523, %8525 : i64[] @ models/lib/nn.yaml:79:7
%8582 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%8583 = broadcast %8582 : f32[16,16] @ models/lib/nn.yaml:79:7
%8584 = mul %115, %8583 : f32[16,16] @ models/lib/nn.yaml:79:7
%8585 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8586 = sub %8585, %3781 : f64[] @ models/lib/nn.yaml:79:7
%8587 = cast %8586 : f32[] @ models/lib/nn.yaml:79:7
%8588 = broadcast %8587 : f32[16,16] @ models/lib/nn.yaml:79:7
%8589 = mul %8577, %8588 : f32[16,16] @ models/lib/nn.yaml:79:7
%8590 = add %8584, %8589 : f32[16,16] @ models/lib/nn.yaml:79:7
%8591 = assign %115, %8590 : f32[16,16] @ models/lib/nn.yaml:79:7
%8592 = all_reduce_sum %5523 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = reshape %8592 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = mul %8593, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8595 = reduce_sum %8594 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8596 = sqrt %8595 : f32[] @ models/lib/nn.yaml:80:7
%8597 = cast %8596 : f64[] @ models/lib/nn.yaml:80:7
%8598 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8599 = add %8597, %8598 : f64[] @ models/lib/nn.yaml:80:7
%8600 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8601 = div %8600, %8599 : f64[] @ models/lib/nn.yaml:80:7
%8602 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8603 = lt %8601, %8602 : bool[] @ models/lib/nn.yaml:80:7
%8604 = cast %8601 : f32[] @ models/lib/nn.yaml:80:7
%8605 = broadcast %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8606 = mul %8592, %8605 : f32[16] @ models/lib/nn.yaml:80:7
%8607 = broadcast %8603 : bool[16] @ models/lib/nn.yaml:80:7
%8608 = select %8607, %8606, %8592 : f32[16] @ models/lib/nn.yaml:80:7
%8609 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8610 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8611 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8612 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8613 = add %8611, %8612 : i64[] @ models/lib/nn.yaml:80:7
%8614 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8615 = cast %8614 : f32[] @ models/lib/nn.yaml:80:7
%8616 = broadcast %8615 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = mul %8608, %8616 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8619 = cast %8618 : f32[] @ models/lib/nn.yaml:80:7
%8620 = broadcast %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = mul %8609, %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8622 = add %8621, %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8623 = mul %8608, %8608 : f32[16] @ models/lib/nn.yaml:80:7
%8624 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8625 = cast %8624 : f32[] @ models/lib/nn.yaml:80:7
%8626 = broadcast %8625 : f32[16] @ models/lib/nn.yaml:80:7
%8627 = mul %8623, %8626 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8629 = cast %8628 : f32[] @ models/lib/nn.yaml:80:7
%8630 = broadcast %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = mul %8610, %8630 : f32[16] @ models/lib/nn.yaml:80:7
%8632 = add %8631, %8627 : f32[16] @ models/lib/nn.yaml:80:7
%8633 = cast %8613 : f64[] @ models/lib/nn.yaml:80:7
%8634 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8635 = pow %8634, %8633 : f64[] @ models/lib/nn.yaml:80:7
%8636 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8637 = sub %8636, %8635 : f64[] @ models/lib/nn.yaml:80:7
%8638 = div %3779, %8637 : f64[] @ models/lib/nn.yaml:80:7
%8639 = cast %8613 : f64[] @ models/lib/nn.yaml:80:7
%8640 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8641 = pow %8640, %8639 : f64[] @ models/lib/nn.yaml:80:7
%8642 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8643 = sub %8642, %8641 : f64[] @ models/lib/nn.yaml:80:7
%8644 = sqrt %8643 : f64[] @ models/lib/nn.yaml:80:7
%8645 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8646 = div %8645, %8644 : f64[] @ models/lib/nn.yaml:80:7
%8647 = sqrt %8632 : f32[16] @ models/lib/nn.yaml:80:7
%8648 = cast %8646 : f32[] @ models/lib/nn.yaml:80:7
%8649 = broadcast %8648 : f32[16] @ models/lib/nn.yaml:80:7
%8650 = mul %8647, %8649 : f32[16] @ models/lib/nn.yaml:80:7
%8651 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8652 = cast %8651 : f32[] @ models/lib/nn.yaml:80:7
%8653 = broadcast %8652 : f32[16] @ models/lib/nn.yaml:80:7
%8654 = add %8650, %8653 : f32[16] @ models/lib/nn.yaml:80:7
%8655 = div %8622, %8654 : f32[16] @ models/lib/nn.yaml:80:7
%8656 = cast %8638 : f32[] @ models/lib/nn.yaml:80:7
%8657 = broadcast %8656 : f32[16] @ models/lib/nn.yaml:80:7
%8658 = mul %8655, %8657 : f32[16] @ models/lib/nn.yaml:80:7
%8659 = sub %38, %8658 : f32[16] @ models/lib/nn.yaml:80:7
%8660 = assign %38, %8659 : f32[16] @ models/lib/nn.yaml:80:7
%8661 = assign %8609, %8622 : f32[16] @ models/lib/nn.yaml:80:7
%8662 = assign %8610, %8632 : f32[16] @ models/lib/nn.yaml:80:7
%8663 = assign %8611, %8613 : i64[] @ models/lib/nn.yaml:80:7
%8664 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%8665 = broadcast %8664 : f32[16] @ models/lib/nn.yaml:80:7
%8666 = mul %116, %8665 : f32[16] @ models/lib/nn.yaml:80:7
%8667 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8668 = sub %8667, %3781 : f64[] @ models/lib/nn.yaml:80:7
%8669 = cast %8668 : f32[] @ models/lib/nn.yaml:80:7
%8670 = broadcast %8669 : f32[16] @ models/lib/nn.yaml:80:7
%8671 = mul %8659, %8670 : f32[16] @ models/lib/nn.yaml:80:7
%8672 = add %8666, %8671 : f32[16] @ models/lib/nn.yaml:80:7
%8673 = assign %116, %8672 : f32[16] @ models/lib/nn.yaml:80:7
%8674 = all_reduce_sum %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%8675 = reshape %8674 : f32[256] @ models/lib/nn.yaml:79:7
%8676 = mul %8675, %8675 : f32[256] @ models/lib/nn.yaml:79:7
%8677 = reduce_sum %8676 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8678 = sqrt %8677 : f32[] @ models/lib/nn.yaml:79:7
%8679 = cast %8678 : f64[] @ models/lib/nn.yaml:79:7
%8680 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8681 = add %8679, %8680 : f64[] @ models/lib/nn.yaml:79:7
%8682 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8683 = div %8682, %8681 : f64[] @ models/lib/nn.yaml:79:7
%8684 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8685 = lt %8683, %8684 : bool[] @ models/lib/nn.yaml:79:7
%8686 = cast %8683 : f32[] @ models/lib/nn.yaml:79:7
%8687 = broadcast %8686 : f32[16,16] @ models/lib/nn.yaml:79:7
%8688 = mul %8674, %8687 : f32[16,16] @ models/lib/nn.yaml:79:7
%8689 = broadcast %8685 : bool[16,16] @ models/lib/nn.yaml:79:7
%8690 = select %8689, %8688, %8674 : f32[16,16] @ models/lib/nn.yaml:79:7
%8691 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8692 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8693 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8694 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8695 = add %8693, %8694 : i64[] @ models/lib/nn.yaml:79:7
%8696 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%8697 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8698 = sub %8697, %8696 : f64[] @ models/lib/nn.yaml:79:7
%8699 = cast %8698 : f32[] @ models/lib/nn.yaml:79:7
%8700 = broadcast %8699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8701 = mul %39, %8700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8702 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8703 = cast %8702 : f32[] @ models/lib/nn.yaml:79:7
%8704 = broadcast %8703 : f32[16,16] @ models/lib/nn.yaml:79:7
%8705 = mul %8690, %8704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8706 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8707 = cast %8706 : f32[] @ models/lib/nn.yaml:79:7
%8708 = broadcast %8707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8709 = mul %8691, %8708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8710 = add %8709, %8705 : f32[16,16] @ models/lib/nn.yaml:79:7
%8711 = mul %8690, %8690 : f32[16,16] @ models/lib/nn.yaml:79:7
%8712 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8713 = cast %8712 : f32[] @ models/lib/nn.yaml:79:7
%8714 = broadcast %8713 : f32[16,16] @ models/lib/nn.yaml:79:7
%8715 = mul %8711, %8714 : f32[16,16] @ models/lib/nn.yaml:79:7
%8716 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8717 = cast %8716 : f32[] @ models/lib/nn.yaml:79:7
%8718 = broadcast %8717 : f32[16,16] @ models/lib/nn.yaml:79:7
%8719 = mul %8692, %8718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8720 = add %8719, %8715 : f32[16,16] @ models/lib/nn.yaml:79:7
%8721 = cast %8695 : f64[] @ models/lib/nn.yaml:79:7
%8722 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8723 = pow %8722, %8721 : f64[] @ models/lib/nn.yaml:79:7
%8724 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8725 = sub %8724, %8723 : f64[] @ models/lib/nn.yaml:79:7
%8726 = div %3779, %8725 : f64[] @ models/lib/nn.yaml:79:7
%8727 = cast %8695 : f64[] @ models/lib/nn.yaml:79:7
%8728 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8729 = pow %8728, %8727 : f64[] @ models/lib/nn.yaml:79:7
%8730 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8731 = sub %8730, %8729 : f64[] @ models/lib/nn.yaml:79:7
%8732 = sqrt %8731 : f64[] @ models/lib/nn.yaml:79:7
%8733 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8734 = div %8733, %8732 : f64[] @ models/lib/nn.yaml:79:7
%8735 = sqrt %8720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8736 = cast %8734 : f32[] @ models/lib/nn.yaml:79:7
%8737 = broadcast %8736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8738 = mul %8735, %8737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8739 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8740 = cast %8739 : f32[] @ models/lib/nn.yaml:79:7
%8741 = broadcast %8740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8742 = add %8738, %8741 : f32[16,16] @ models/lib/nn.yaml:79:7
%8743 = div %8710, %8742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = cast %8726 : f32[] @ models/lib/nn.yaml:79:7
%8745 = broadcast %8744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8746 = mul %8743, %8745 : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = sub %8701, %8746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = assign %39, %8747 : f32[16,16] @ models/lib/nn.yaml:79:7
%8749 = assign %8691, %8710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = assign %8692, %8720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = assign %8693, %8695 : i64[] @ models/lib/nn.yaml:79:7
%8752 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%8753 = broadcast %8752 : f32[16,16] @ models/lib/nn.yaml:79:7
%8754 = mul %117, %8753 : f32[16,16] @ models/lib/nn.yaml:79:7
%8755 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8756 = sub %8755, %3781 : f64[] @ models/lib/nn.yaml:79:7
%8757 = cast %8756 : f32[] @ models/lib/nn.yaml:79:7
%8758 = broadcast %8757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8759 = mul %8747, %8758 : f32[16,16] @ models/lib/nn.yaml:79:7
%8760 = add %8754, %8759 : f32[16,16] @ models/lib/nn.yaml:79:7
%8761 = assign %117, %8760 : f32[16,16] @ models/lib/nn.yaml:79:7
%8762 = all_reduce_sum %5505 : f32[16] @ models/lib/nn.yaml:80:7
%8763 = reshape %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8764 = mul %8763, %8763 : f32[16] @ models/lib/nn.yaml:80:7
%8765 = reduce_sum %8764 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8766 = sqrt %8765 : f32[] @ models/lib/nn.yaml:80:7
%8767 = cast %8766 : f64[] @ models/lib/nn.yaml:80:7
%8768 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8769 = add %8767, %8768 : f64[] @ models/lib/nn.yaml:80:7
%8770 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8771 = div %8770, %8769 : f64[] @ models/lib/nn.yaml:80:7
%8772 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8773 = lt %8771, %8772 : bool[] @ models/lib/nn.yaml:80:7
%8774 = cast %8771 : f32[] @ models/lib/nn.yaml:80:7
%8775 = broadcast %8774 : f32[16] @ models/lib/nn.yaml:80:7
%8776 = mul %8762, %8775 : f32[16] @ models/lib/nn.yaml:80:7
%8777 = broadcast %8773 : bool[16] @ models/lib/nn.yaml:80:7
%8778 = select %8777, %8776, %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8779 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8780 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8781 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8782 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8783 = add %8781, %8782 : i64[] @ models/lib/nn.yaml:80:7
%8784 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8785 = cast %8784 : f32[] @ models/lib/nn.yaml:80:7
%8786 = broadcast %8785 : f32[16] @ models/lib/nn.yaml:80:7
%8787 = mul %8778, %8786 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8789 = cast %8788 : f32[] @ models/lib/nn.yaml:80:7
%8790 = broadcast %8789 : f32[16] @ models/lib/nn.yaml:80:7
%8791 = mul %8779, %8790 : f32[16] @ models/lib/nn.yaml:80:7
%8792 = add %8791, %8787 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = mul %8778, %8778 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8795 = cast %8794 : f32[] @ models/lib/nn.yaml:80:7
%8796 = broadcast %8795 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = mul %8793, %8796 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8799 = cast %8798 : f32[] @ models/lib/nn.yaml:80:7
%8800 = broadcast %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = mul %8780, %8800 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = add %8801, %8797 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = cast %8783 : f64[] @ models/lib/nn.yaml:80:7
%8804 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8805 = pow %8804, %8803 : f64[] @ models/lib/nn.yaml:80:7
%8806 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8807 = sub %8806, %8805 : f64[] @ models/lib/nn.yaml:80:7
%8808 = div %3779, %8807 : f64[] @ models/lib/nn.yaml:80:7
%8809 = cast %8783 : f64[] @ models/lib/nn.yaml:80:7
%8810 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8811 = pow %8810, %8809 : f64[] @ models/lib/nn.yaml:80:7
%8812 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8813 = sub %8812, %8811 : f64[] @ models/lib/nn.yaml:80:7
%8814 = sqrt %8813 : f64[] @ models/lib/nn.yaml:80:7
%8815 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8816 = div %8815, %8814 : f64[] @ models/lib/nn.yaml:80:7
%8817 = sqrt %8802 : f32[16] @ models/lib/nn.yaml:80:7
%8818 = cast %8816 : f32[] @ models/lib/nn.yaml:80:7
%8819 = broadcast %8818 : f32[16] @ models/lib/nn.yaml:80:7
%8820 = mul %8817, %8819 : f32[16] @ models/lib/nn.yaml:80:7
%8821 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8822 = cast %8821 : f32[] @ models/lib/nn.yaml:80:7
%8823 = broadcast %8822 : f32[16] @ models/lib/nn.yaml:80:7
%8824 = add %8820, %8823 : f32[16] @ models/lib/nn.yaml:80:7
%8825 = div %8792, %8824 : f32[16] @ models/lib/nn.yaml:80:7
%8826 = cast %8808 : f32[] @ models/lib/nn.yaml:80:7
%8827 = broadcast %8826 : f32[16] @ models/lib/nn.yaml:80:7
%8828 = mul %8825, %8827 : f32[16] @ models/lib/nn.yaml:80:7
%8829 = sub %40, %8828 : f32[16] @ models/lib/nn.yaml:80:7
%8830 = assign %40, %8829 : f32[16] @ models/lib/nn.yaml:80:7
%8831 = assign %8779, %8792 : f32[16] @ models/lib/nn.yaml:80:7
%8832 = assign %8780, %8802 : f32[16] @ models/lib/nn.yaml:80:7
%8833 = assign %8781, %8783 : i64[] @ models/lib/nn.yaml:80:7
%8834 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%8835 = broadcast %8834 : f32[16] @ models/lib/nn.yaml:80:7
%8836 = mul %118, %8835 : f32[16] @ models/lib/nn.yaml:80:7
%8837 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8838 = sub %8837, %3781 : f64[] @ models/lib/nn.yaml:80:7
%8839 = cast %8838 : f32[] @ models/lib/nn.yaml:80:7
%8840 = broadcast %8839 : f32[16] @ models/lib/nn.yaml:80:7
%8841 = mul %8829, %8840 : f32[16] @ models/lib/nn.yaml:80:7
%8842 = add %8836, %8841 : f32[16] @ models/lib/nn.yaml:80:7
%8843 = assign %118, %8842 : f32[16] @ models/lib/nn.yaml:80:7
%8844 = all_reduce_sum %5499 : f32[16,16] @ models/lib/nn.yaml:79:7
%8845 = reshape %8844 : f32[256] @ models/lib/nn.yaml:79:7
%8846 = mul %8845, %8845 : f32[256] @ models/lib/nn.yaml:79:7
%8847 = reduce_sum %8846 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8848 = sqrt %8847 : f32[] @ models/lib/nn.yaml:79:7
%8849 = cast %8848 : f64[] @ models/lib/nn.yaml:79:7
%8850 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8851 = add %8849, %8850 : f64[] @ models/lib/nn.yaml:79:7
%8852 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8853 = div %8852, %8851 : f64[] @ models/lib/nn.yaml:79:7
%8854 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8855 = lt %8853, %8854 : bool[] @ models/lib/nn.yaml:79:7
%8856 = cast %8853 : f32[] @ models/lib/nn.yaml:79:7
%8857 = broadcast %8856 : f32[16,16] @ models/lib/nn.yaml:79:7
%8858 = mul %8844, %8857 : f32[16,16] @ models/lib/nn.yaml:79:7
%8859 = broadcast %8855 : bool[16,16] @ models/lib/nn.yaml:79:7
%8860 = select %8859, %8858, %8844 : f32[16,16] @ models/lib/nn.yaml:79:7
%8861 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8862 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8863 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8864 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8865 = add %8863, %8864 : i64[] @ models/lib/nn.yaml:79:7
%8866 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%8867 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8868 = sub %8867, %8866 : f64[] @ models/lib/nn.yaml:79:7
%8869 = cast %8868 : f32[] @ models/lib/nn.yaml:79:7
%8870 = broadcast %8869 : f32[16,16] @ models/lib/nn.yaml:79:7
%8871 = mul %41, %8870 : f32[16,16] @ models/lib/nn.yaml:79:7
%8872 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8873 = cast %8872 : f32[] @ models/lib/nn.yaml:79:7
%8874 = broadcast %8873 : f32[16,16] @ models/lib/nn.yaml:79:7
%8875 = mul %8860, %8874 : f32[16,16] @ models/lib/nn.yaml:79:7
%8876 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8877 = cast %8876 : f32[] @ models/lib/nn.yaml:79:7
%8878 = broadcast %8877 : f32[16,16] @ models/lib/nn.yaml:79:7
%8879 = mul %8861, %8878 : f32[16,16] @ models/lib/nn.yaml:79:7
%8880 = add %8879, %8875 : f32[16,16] @ models/lib/nn.yaml:79:7
%8881 = mul %8860, %8860 : f32[16,16] @ models/lib/nn.yaml:79:7
%8882 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8883 = cast %8882 : f32[] @ models/lib/nn.yaml:79:7
%8884 = broadcast %8883 : f32[16,16] @ models/lib/nn.yaml:79:7
%8885 = mul %8881, %8884 : f32[16,16] @ models/lib/nn.yaml:79:7
%8886 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8887 = cast %8886 : f32[] @ models/lib/nn.yaml:79:7
%8888 = broadcast %8887 : f32[16,16] @ models/lib/nn.yaml:79:7
%8889 = mul %8862, %8888 : f32[16,16] @ models/lib/nn.yaml:79:7
%8890 = add %8889, %8885 : f32[16,16] @ models/lib/nn.yaml:79:7
%8891 = cast %8865 : f64[] @ models/lib/nn.yaml:79:7
%8892 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8893 = pow %8892, %8891 : f64[] @ models/lib/nn.yaml:79:7
%8894 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8895 = sub %8894, %8893 : f64[] @ models/lib/nn.yaml:79:7
%8896 = div %3779, %8895 : f64[] @ models/lib/nn.yaml:79:7
%8897 = cast %8865 : f64[] @ models/lib/nn.yaml:79:7
%8898 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8899 = pow %8898, %8897 : f64[] @ models/lib/nn.yaml:79:7
%8900 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8901 = sub %8900, %8899 : f64[] @ models/lib/nn.yaml:79:7
%8902 = sqrt %8901 : f64[] @ models/lib/nn.yaml:79:7
%8903 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8904 = div %8903, %8902 : f64[] @ models/lib/nn.yaml:79:7
%8905 = sqrt %8890 : f32[16,16] @ models/lib/nn.yaml:79:7
%8906 = cast %8904 : f32[] @ models/lib/nn.yaml:79:7
%8907 = broadcast %8906 : f32[16,16] @ models/lib/nn.yaml:79:7
%8908 = mul %8905, %8907 : f32[16,16] @ models/lib/nn.yaml:79:7
%8909 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8910 = cast %8909 : f32[] @ models/lib/nn.yaml:79:7
%8911 = broadcast %8910 : f32[16,16] @ models/lib/nn.yaml:79:7
%8912 = add %8908, %8911 : f32[16,16] @ models/lib/nn.yaml:79:7
%8913 = div %8880, %8912 : f32[16,16] @ models/lib/nn.yaml:79:7
%8914 = cast %8896 : f32[] @ models/lib/nn.yaml:79:7
%8915 = broadcast %8914 : f32[16,16] @ models/lib/nn.yaml:79:7
%8916 = mul %8913, %8915 : f32[16,16] @ models/lib/nn.yaml:79:7
%8917 = sub %8871, %8916 : f32[16,16] @ models/lib/nn.yaml:79:7
%8918 = assign %41, %8917 : f32[16,16] @ models/lib/nn.yaml:79:7
%8919 = assign %8861, %8880 : f32[16,16] @ models/lib/nn.yaml:79:7
%8920 = assign %8862, %8890 : f32[16,16] @ models/lib/nn.yaml:79:7
%8921 = assign %8863, %8865 : i64[] @ models/lib/nn.yaml:79:7
%8922 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%8923 = broadcast %8922 : f32[16,16] @ models/lib/nn.yaml:79:7
%8924 = mul %119, %8923 : f32[16,16] @ models/lib/nn.yaml:79:7
%8925 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8926 = sub %8925, %3781 : f64[] @ models/lib/nn.yaml:79:7
%8927 = cast %8926 : f32[] @ models/lib/nn.yaml:79:7
%8928 = broadcast %8927 : f32[16,16] @ models/lib/nn.yaml:79:7
%8929 = mul %8917, %8928 : f32[16,16] @ models/lib/nn.yaml:79:7
%8930 = add %8924, %8929 : f32[16,16] @ models/lib/nn.yaml:79:7
%8931 = assign %119, %8930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8932 = all_reduce_sum %5490 : f32[16] @ models/lib/nn.yaml:80:7
%8933 = reshape %8932 : f32[16] @ models/lib/nn.yaml:80:7
%8934 = mul %8933, %8933 : f32[16] @ models/lib/nn.yaml:80:7
%8935 = reduce_sum %8934 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8936 = sqrt %8935 : f32[] @ models/lib/nn.yaml:80:7
%8937 = cast %8936 : f64[] @ models/lib/nn.yaml:80:7
%8938 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8939 = add %8937, %8938 : f64[] @ models/lib/nn.yaml:80:7
%8940 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8941 = div %8940, %8939 : f64[] @ models/lib/nn.yaml:80:7
%8942 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8943 = lt %8941, %8942 : bool[] @ models/lib/nn.yaml:80:7
%8944 = cast %8941 : f32[] @ models/lib/nn.yaml:80:7
%8945 = broadcast %8944 : f32[16] @ models/lib/nn.yaml:80:7
%8946 = mul %8932, %8945 : f32[16] @ models/lib/nn.yaml:80:7
%8947 = broadcast %8943 : bool[16] @ models/lib/nn.yaml:80:7
%8948 = select %8947, %8946, %8932 : f32[16] @ models/lib/nn.yaml:80:7
%8949 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8950 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8951 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8952 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8953 = add %8951, %8952 : i64[] @ models/lib/nn.yaml:80:7
%8954 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8955 = cast %8954 : f32[] @ models/lib/nn.yaml:80:7
%8956 = broadcast %8955 : f32[16] @ models/lib/nn.yaml:80:7
%8957 = mul %8948, %8956 : f32[16] @ models/lib/nn.yaml:80:7
%8958 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8959 = cast %8958 : f32[] @ models/lib/nn.yaml:80:7
%8960 = broadcast %8959 : f32[16] @ models/lib/nn.yaml:80:7
%8961 = mul %8949, %8960 : f32[16] @ models/lib/nn.yaml:80:7
%8962 = add %8961, %8957 : f32[16] @ models/lib/nn.yaml:80:7
%8963 = mul %8948, %8948 : f32[16] @ models/lib/nn.yaml:80:7
%8964 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8965 = cast %8964 : f32[] @ models/lib/nn.yaml:80:7
%8966 = broadcast %8965 : f32[16] @ models/lib/nn.yaml:80:7
%8967 = mul %8963, %8966 : f32[16] @ models/lib/nn.yaml:80:7
%8968 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8969 = cast %8968 : f32[] @ models/lib/nn.yaml:80:7
%8970 = broadcast %8969 : f32[16] @ models/lib/nn.yaml:80:7
%8971 = mul %8950, %8970 : f32[16] @ models/lib/nn.yaml:80:7
%8972 = add %8971, %8967 : f32[16] @ models/lib/nn.yaml:80:7
%8973 = cast %8953 : f64[] @ models/lib/nn.yaml:80:7
%8974 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8975 = pow %8974, %8973 : f64[] @ models/lib/nn.yaml:80:7
%8976 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8977 = sub %8976, %8975 : f64[] @ models/lib/nn.yaml:80:7
%8978 = div %3779, %8977 : f64[] @ models/lib/nn.yaml:80:7
%8979 = cast %8953 : f64[] @ models/lib/nn.yaml:80:7
%8980 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8981 = pow %8980, %8979 : f64[] @ models/lib/nn.yaml:80:7
%8982 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8983 = sub %8982, %8981 : f64[] @ models/lib/nn.yaml:80:7
%8984 = sqrt %8983 : f64[] @ models/lib/nn.yaml:80:7
%8985 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8986 = div %8985, %8984 : f64[] @ models/lib/nn.yaml:80:7
%8987 = sqrt %8972 : f32[16] @ models/lib/nn.yaml:80:7
%8988 = cast %8986 : f32[] @ models/lib/nn.yaml:80:7
%8989 = broadcast %8988 : f32[16] @ models/lib/nn.yaml:80:7
%8990 = mul %8987, %8989 : f32[16] @ models/lib/nn.yaml:80:7
%8991 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8992 = cast %8991 : f32[] @ models/lib/nn.yaml:80:7
%8993 = broadcast %8992 : f32[16] @ models/lib/nn.yaml:80:7
%8994 = add %8990, %8993 : f32[16] @ models/lib/nn.yaml:80:7
%8995 = div %8962, %8994 : f32[16] @ models/lib/nn.yaml:80:7
%8996 = cast %8978 : f32[] @ models/lib/nn.yaml:80:7
%8997 = broadcast %8996 : f32[16] @ models/lib/nn.yaml:80:7
%8998 = mul %8995, %8997 : f32[16] @ models/lib/nn.yaml:80:7
%8999 = sub %42, %8998 : f32[16] @ models/lib/nn.yaml:80:7
%9000 = assign %42, %8999 : f32[16] @ models/lib/nn.yaml:80:7
%9001 = assign %8949, %8962 : f32[16] @ models/lib/nn.yaml:80:7
%9002 = assign %8950, %8972 : f32[16] @ models/lib/nn.yaml:80:7
%9003 = assign %8951, %8953 : i64[] @ models/lib/nn.yaml:80:7
%9004 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%9005 = broadcast %9004 : f32[16] @ models/lib/nn.yaml:80:7
%9006 = mul %120, %9005 : f32[16] @ models/lib/nn.yaml:80:7
%9007 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9008 = sub %9007, %3781 : f64[] @ models/lib/nn.yaml:80:7
%9009 = cast %9008 : f32[] @ models/lib/nn.yaml:80:7
%9010 = broadcast %9009 : f32[16] @ models/lib/nn.yaml:80:7
%9011 = mul %8999, %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9012 = add %9006, %9011 : f32[16] @ models/lib/nn.yaml:80:7
%9013 = assign %120, %9012 : f32[16] @ models/lib/nn.yaml:80:7
%9014 = all_reduce_sum %5433 : f32[16,16] @ models/lib/nn.yaml:79:7
%9015 = reshape %9014 : f32[256] @ models/lib/nn.yaml:79:7
%9016 = mul %9015, %9015 : f32[256] @ models/lib/nn.yaml:79:7
%9017 = reduce_sum %9016 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9018 = sqrt %9017 : f32[] @ models/lib/nn.yaml:79:7
%9019 = cast %9018 : f64[] @ models/lib/nn.yaml:79:7
%9020 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9021 = add %9019, %9020 : f64[] @ models/lib/nn.yaml:79:7
%9022 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9023 = div %9022, %9021 : f64[] @ models/lib/nn.yaml:79:7
%9024 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9025 = lt %9023, %9024 : bool[] @ models/lib/nn.yaml:79:7
%9026 = cast %9023 : f32[] @ models/lib/nn.yaml:79:7
%9027 = broadcast %9026 : f32[16,16] @ models/lib/nn.yaml:79:7
%9028 = mul %9014, %9027 : f32[16,16] @ models/lib/nn.yaml:79:7
%9029 = broadcast %9025 : bool[16,16] @ models/lib/nn.yaml:79:7
%9030 = select %9029, %9028, %9014 : f32[16,16] @ models/lib/nn.yaml:79:7
%9031 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9032 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9033 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9034 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9035 = add %9033, %9034 : i64[] @ models/lib/nn.yaml:79:7
%9036 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%9037 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9038 = sub %9037, %9036 : f64[] @ models/lib/nn.yaml:79:7
%9039 = cast %9038 : f32[] @ models/lib/nn.yaml:79:7
%9040 = broadcast %9039 : f32[16,16] @ models/lib/nn.yaml:79:7
%9041 = mul %43, %9040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9042 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9043 = cast %9042 : f32[] @ models/lib/nn.yaml:79:7
%9044 = broadcast %9043 : f32[16,16] @ models/lib/nn.yaml:79:7
%9045 = mul %9030, %9044 : f32[16,16] @ models/lib/nn.yaml:79:7
%9046 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9047 = cast %9046 : f32[] @ models/lib/nn.yaml:79:7
%9048 = broadcast %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = mul %9031, %9048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9050 = add %9049, %9045 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = mul %9030, %9030 : f32[16,16] @ models/lib/nn.yaml:79:7
%9052 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9053 = cast %9052 : f32[] @ models/lib/nn.yaml:79:7
%9054 = broadcast %9053 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = mul %9051, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9057 = cast %9056 : f32[] @ models/lib/nn.yaml:79:7
%9058 = broadcast %9057 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = mul %9032, %9058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9060 = add %9059, %9055 : f32[16,16] @ models/lib/nn.yaml:79:7
%9061 = cast %9035 : f64[] @ models/lib/nn.yaml:79:7
%9062 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9063 = pow %9062, %9061 : f64[] @ models/lib/nn.yaml:79:7
%9064 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9065 = sub %9064, %9063 : f64[] @ models/lib/nn.yaml:79:7
%9066 = div %3779, %9065 : f64[] @ models/lib/nn.yaml:79:7
%9067 = cast %9035 : f64[] @ models/lib/nn.yaml:79:7
%9068 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9069 = pow %9068, %9067 : f64[] @ models/lib/nn.yaml:79:7
%9070 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9071 = sub %9070, %9069 : f64[] @ models/lib/nn.yaml:79:7
%9072 = sqrt %9071 : f64[] @ models/lib/nn.yaml:79:7
%9073 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9074 = div %9073, %9072 : f64[] @ models/lib/nn.yaml:79:7
%9075 = sqrt %9060 : f32[16,16] @ models/lib/nn.yaml:79:7
%9076 = cast %9074 : f32[] @ models/lib/nn.yaml:79:7
%9077 = broadcast %9076 : f32[16,16] @ models/lib/nn.yaml:79:7
%9078 = mul %9075, %9077 : f32[16,16] @ models/lib/nn.yaml:79:7
%9079 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9080 = cast %9079 : f32[] @ models/lib/nn.yaml:79:7
%9081 = broadcast %9080 : f32[16,16] @ models/lib/nn.yaml:79:7
%9082 = add %9078, %9081 : f32[16,16] @ models/lib/nn.yaml:79:7
%9083 = div %9050, %9082 : f32[16,16] @ models/lib/nn.yaml:79:7
%9084 = cast %9066 : f32[] @ models/lib/nn.yaml:79:7
%9085 = broadcast %9084 : f32[16,16] @ models/lib/nn.yaml:79:7
%9086 = mul %9083, %9085 : f32[16,16] @ models/lib/nn.yaml:79:7
%9087 = sub %9041, %9086 : f32[16,16] @ models/lib/nn.yaml:79:7
%9088 = assign %43, %9087 : f32[16,16] @ models/lib/nn.yaml:79:7
%9089 = assign %9031, %9050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9090 = assign %9032, %9060 : f32[16,16] @ models/lib/nn.yaml:79:7
%9091 = assign %9033, %9035 : i64[] @ models/lib/nn.yaml:79:7
%9092 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%9093 = broadcast %9092 : f32[16,16] @ models/lib/nn.yaml:79:7
%9094 = mul %121, %9093 : f32[16,16] @ models/lib/nn.yaml:79:7
%9095 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9096 = sub %9095, %3781 : f64[] @ models/lib/nn.yaml:79:7
%9097 = cast %9096 : f32[] @ models/lib/nn.yaml:79:7
%9098 = broadcast %9097 : f32[16,16] @ models/lib/nn.yaml:79:7
%9099 = mul %9087, %9098 : f32[16,16] @ models/lib/nn.yaml:79:7
%9100 = add %9094, %9099 : f32[16,16] @ models/lib/nn.yaml:79:7
%9101 = assign %121, %9100 : f32[16,16] @ models/lib/nn.yaml:79:7
%9102 = all_reduce_sum %5425 : f32[16] @ models/lib/nn.yaml:80:7
%9103 = reshape %9102 : f32[16] @ models/lib/nn.yaml:80:7
%9104 = mul %9103, %9103 : f32[16] @ models/lib/nn.yaml:80:7
%9105 = reduce_sum %9104 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9106 = sqrt %9105 : f32[] @ models/lib/nn.yaml:80:7
%9107 = cast %9106 : f64[] @ models/lib/nn.yaml:80:7
%9108 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9109 = add %9107, %9108 : f64[] @ models/lib/nn.yaml:80:7
%9110 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9111 = div %9110, %9109 : f64[] @ models/lib/nn.yaml:80:7
%9112 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9113 = lt %9111, %9112 : bool[] @ models/lib/nn.yaml:80:7
%9114 = cast %9111 : f32[] @ models/lib/nn.yaml:80:7
%9115 = broadcast %9114 : f32[16] @ models/lib/nn.yaml:80:7
%9116 = mul %9102, %9115 : f32[16] @ models/lib/nn.yaml:80:7
%9117 = broadcast %9113 : bool[16] @ models/lib/nn.yaml:80:7
%9118 = select %9117, %9116, %9102 : f32[16] @ models/lib/nn.yaml:80:7
%9119 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9120 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9121 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9122 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9123 = add %9121, %9122 : i64[] @ models/lib/nn.yaml:80:7
%9124 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9125 = cast %9124 : f32[] @ models/lib/nn.yaml:80:7
%9126 = broadcast %9125 : f32[16] @ models/lib/nn.yaml:80:7
%9127 = mul %9118, %9126 : f32[16] @ models/lib/nn.yaml:80:7
%9128 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9129 = cast %9128 : f32[] @ models/lib/nn.yaml:80:7
%9130 = broadcast %9129 : f32[16] @ models/lib/nn.yaml:80:7
%9131 = mul %9119, %9130 : f32[16] @ models/lib/nn.yaml:80:7
%9132 = add %9131, %9127 : f32[16] @ models/lib/nn.yaml:80:7
%9133 = mul %9118, %9118 : f32[16] @ models/lib/nn.yaml:80:7
%9134 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9135 = cast %9134 : f32[] @ models/lib/nn.yaml:80:7
%9136 = broadcast %9135 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = mul %9133, %9136 : f32[16] @ models/lib/nn.yaml:80:7
%9138 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9139 = cast %9138 : f32[] @ models/lib/nn.yaml:80:7
%9140 = broadcast %9139 : f32[16] @ models/lib/nn.yaml:80:7
%9141 = mul %9120, %9140 : f32[16] @ models/lib/nn.yaml:80:7
%9142 = add %9141, %9137 : f32[16] @ models/lib/nn.yaml:80:7
%9143 = cast %9123 : f64[] @ models/lib/nn.yaml:80:7
%9144 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9145 = pow %9144, %9143 : f64[] @ models/lib/nn.yaml:80:7
%9146 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9147 = sub %9146, %9145 : f64[] @ models/lib/nn.yaml:80:7
%9148 = div %3779, %9147 : f64[] @ models/lib/nn.yaml:80:7
%9149 = cast %9123 : f64[] @ models/lib/nn.yaml:80:7
%9150 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9151 = pow %9150, %9149 : f64[] @ models/lib/nn.yaml:80:7
%9152 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9153 = sub %9152, %9151 : f64[] @ models/lib/nn.yaml:80:7
%9154 = sqrt %9153 : f64[] @ models/lib/nn.yaml:80:7
%9155 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9156 = div %9155, %9154 : f64[] @ models/lib/nn.yaml:80:7
%9157 = sqrt %9142 : f32[16] @ models/lib/nn.yaml:80:7
%9158 = cast %9156 : f32[] @ models/lib/nn.yaml:80:7
%9159 = broadcast %9158 : f32[16] @ models/lib/nn.yaml:80:7
%9160 = mul %9157, %9159 : f32[16] @ models/lib/nn.yaml:80:7
%9161 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9162 = cast %9161 : f32[] @ models/lib/nn.yaml:80:7
%9163 = broadcast %9162 : f32[16] @ models/lib/nn.yaml:80:7
%9164 = add %9160, %9163 : f32[16] @ models/lib/nn.yaml:80:7
%9165 = div %9132, %9164 : f32[16] @ models/lib/nn.yaml:80:7
%9166 = cast %9148 : f32[] @ models/lib/nn.yaml:80:7
%9167 = broadcast %9166 : f32[16] @ models/lib/nn.yaml:80:7
%9168 = mul %9165, %9167 : f32[16] @ models/lib/nn.yaml:80:7
%9169 = sub %44, %9168 : f32[16] @ models/lib/nn.yaml:80:7
%9170 = assign %44, %9169 : f32[16] @ models/lib/nn.yaml:80:7
%9171 = assign %9119, %9132 : f32[16] @ models/lib/nn.yaml:80:7
%9172 = assign %9120, %9142 : f32[16] @ models/lib/nn.yaml:80:7
%9173 = assign %9121, %9123 : i64[] @ models/lib/nn.yaml:80:7
%9174 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%9175 = broadcast %9174 : f32[16] @ models/lib/nn.yaml:80:7
%9176 = mul %122, %9175 : f32[16] @ models/lib/nn.yaml:80:7
%9177 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9178 = sub %9177, %3781 : f64[] @ models/lib/nn.yaml:80:7
%9179 = cast %9178 : f32[] @ models/lib/nn.yaml:80:7
%9180 = broadcast %9179 : f32[16] @ models/lib/nn.yaml:80:7
%9181 = mul %9169, %9180 : f32[16] @ models/lib/nn.yaml:80:7
%9182 = add %9176, %9181 : f32[16] @ models/lib/nn.yaml:80:7
%9183 = assign %122, %9182 : f32[16] @ models/lib/nn.yaml:80:7
%9184 = all_reduce_sum %5401 : f32[16] @ models/lib/nn.yaml:89:7
%9185 = reshape %9184 : f32[16] @ models/lib/nn.yaml:89:7
%9186 = mul %9185, %9185 : f32[16] @ models/lib/nn.yaml:89:7
%9187 = reduce_sum %9186 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9188 = sqrt %9187 : f32[] @ models/lib/nn.yaml:89:7
%9189 = cast %9188 : f64[] @ models/lib/nn.yaml:89:7
%9190 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9191 = add %9189, %9190 : f64[] @ models/lib/nn.yaml:89:7
%9192 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9193 = div %9192, %9191 : f64[] @ models/lib/nn.yaml:89:7
%9194 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9195 = lt %9193, %9194 : bool[] @ models/lib/nn.yaml:89:7
%9196 = cast %9193 : f32[] @ models/lib/nn.yaml:89:7
%9197 = broadcast %9196 : f32[16] @ models/lib/nn.yaml:89:7
%9198 = mul %9184, %9197 : f32[16] @ models/lib/nn.yaml:89:7
%9199 = broadcast %9195 : bool[16] @ models/lib/nn.yaml:89:7
%9200 = select %9199, %9198, %9184 : f32[16] @ models/lib/nn.yaml:89:7
%9201 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9202 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9203 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9204 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9205 = add %9203, %9204 : i64[] @ models/lib/nn.yaml:89:7
%9206 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9207 = cast %9206 : f32[] @ models/lib/nn.yaml:89:7
%9208 = broadcast %9207 : f32[16] @ models/lib/nn.yaml:89:7
%9209 = mul %9200, %9208 : f32[16] @ models/lib/nn.yaml:89:7
%9210 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9211 = cast %9210 : f32[] @ models/lib/nn.yaml:89:7
%9212 = broadcast %9211 : f32[16] @ models/lib/nn.yaml:89:7
%9213 = mul %9201, %9212 : f32[16] @ models/lib/nn.yaml:89:7
%9214 = add %9213, %9209 : f32[16] @ models/lib/nn.yaml:89:7
%9215 = mul %9200, %9200 : f32[16] @ models/lib/nn.yaml:89:7
%9216 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9217 = cast %9216 : f32[] @ models/lib/nn.yaml:89:7
%9218 = broadcast %9217 : f32[16] @ models/lib/nn.yaml:89:7
%9219 = mul %9215, %9218 : f32[16] @ models/lib/nn.yaml:89:7
%9220 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9221 = cast %9220 : f32[] @ models/lib/nn.yaml:89:7
%9222 = broadcast %9221 : f32[16] @ models/lib/nn.yaml:89:7
%9223 = mul %9202, %9222 : f32[16] @ models/lib/nn.yaml:89:7
%9224 = add %9223, %9219 : f32[16] @ models/lib/nn.yaml:89:7
%9225 = cast %9205 : f64[] @ models/lib/nn.yaml:89:7
%9226 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9227 = pow %9226, %9225 : f64[] @ models/lib/nn.yaml:89:7
%9228 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9229 = sub %9228, %9227 : f64[] @ models/lib/nn.yaml:89:7
%9230 = div %3779, %9229 : f64[] @ models/lib/nn.yaml:89:7
%9231 = cast %9205 : f64[] @ models/lib/nn.yaml:89:7
%9232 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9233 = pow %9232, %9231 : f64[] @ models/lib/nn.yaml:89:7
%9234 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9235 = sub %9234, %9233 : f64[] @ models/lib/nn.yaml:89:7
%9236 = sqrt %9235 : f64[] @ models/lib/nn.yaml:89:7
%9237 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9238 = div %9237, %9236 : f64[] @ models/lib/nn.yaml:89:7
%9239 = sqrt %9224 : f32[16] @ models/lib/nn.yaml:89:7
%9240 = cast %9238 : f32[] @ models/lib/nn.yaml:89:7
%9241 = broadcast %9240 : f32[16] @ models/lib/nn.yaml:89:7
%9242 = mul %9239, %9241 : f32[16] @ models/lib/nn.yaml:89:7
%9243 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9244 = cast %9243 : f32[] @ models/lib/nn.yaml:89:7
%9245 = broadcast %9244 : f32[16] @ models/lib/nn.yaml:89:7
%9246 = add %9242, %9245 : f32[16] @ models/lib/nn.yaml:89:7
%9247 = div %9214, %9246 : f32[16] @ models/lib/nn.yaml:89:7
%9248 = cast %9230 : f32[] @ models/lib/nn.yaml:89:7
%9249 = broadcast %9248 : f32[16] @ models/lib/nn.yaml:89:7
%9250 = mul %9247, %9249 : f32[16] @ models/lib/nn.yaml:89:7
%9251 = sub %45, %9250 : f32[16] @ models/lib/nn.yaml:89:7
%9252 = assign %45, %9251 : f32[16] @ models/lib/nn.yaml:89:7
%9253 = assign %9201, %9214 : f32[16] @ models/lib/nn.yaml:89:7
%9254 = assign %9202, %9224 : f32[16] @ models/lib/nn.yaml:89:7
%9255 = assign %9203, %9205 : i64[] @ models/lib/nn.yaml:89:7
%9256 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%9257 = broadcast %9256 : f32[16] @ models/lib/nn.yaml:89:7
%9258 = mul %123, %9257 : f32[16] @ models/lib/nn.yaml:89:7
%9259 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9260 = sub %9259, %3781 : f64[] @ models/lib/nn.yaml:89:7
%9261 = cast %9260 : f32[] @ models/lib/nn.yaml:89:7
%9262 = broadcast %9261 : f32[16] @ models/lib/nn.yaml:89:7
%9263 = mul %9251, %9262 : f32[16] @ models/lib/nn.yaml:89:7
%9264 = add %9258, %9263 : f32[16] @ models/lib/nn.yaml:89:7
%9265 = assign %123, %9264 : f32[16] @ models/lib/nn.yaml:89:7
%9266 = all_reduce_sum %5394 : f32[16] @ models/lib/nn.yaml:90:7
%9267 = reshape %9266 : f32[16] @ models/lib/nn.yaml:90:7
%9268 = mul %9267, %9267 : f32[16] @ models/lib/nn.yaml:90:7
%9269 = reduce_sum %9268 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9270 = sqrt %9269 : f32[] @ models/lib/nn.yaml:90:7
%9271 = cast %9270 : f64[] @ models/lib/nn.yaml:90:7
%9272 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9273 = add %9271, %9272 : f64[] @ models/lib/nn.yaml:90:7
%9274 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9275 = div %9274, %9273 : f64[] @ models/lib/nn.yaml:90:7
%9276 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9277 = lt %9275, %9276 : bool[] @ models/lib/nn.yaml:90:7
%9278 = cast %9275 : f32[] @ models/lib/nn.yaml:90:7
%9279 = broadcast %9278 : f32[16] @ models/lib/nn.yaml:90:7
%9280 = mul %9266, %9279 : f32[16] @ models/lib/nn.yaml:90:7
%9281 = broadcast %9277 : bool[16] @ models/lib/nn.yaml:90:7
%9282 = select %9281, %9280, %9266 : f32[16] @ models/lib/nn.yaml:90:7
%9283 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9284 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9285 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9286 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9287 = add %9285, %9286 : i64[] @ models/lib/nn.yaml:90:7
%9288 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9289 = cast %9288 : f32[] @ models/lib/nn.yaml:90:7
%9290 = broadcast %9289 : f32[16] @ models/lib/nn.yaml:90:7
%9291 = mul %9282, %9290 : f32[16] @ models/lib/nn.yaml:90:7
%9292 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9293 = cast %9292 : f32[] @ models/lib/nn.yaml:90:7
%9294 = broadcast %9293 : f32[16] @ models/lib/nn.yaml:90:7
%9295 = mul %9283, %9294 : f32[16] @ models/lib/nn.yaml:90:7
%9296 = add %9295, %9291 : f32[16] @ models/lib/nn.yaml:90:7
%9297 = mul %9282, %9282 : f32[16] @ models/lib/nn.yaml:90:7
%9298 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9299 = cast %9298 : f32[] @ models/lib/nn.yaml:90:7
%9300 = broadcast %9299 : f32[16] @ models/lib/nn.yaml:90:7
%9301 = mul %9297, %9300 : f32[16] @ models/lib/nn.yaml:90:7
%9302 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9303 = cast %9302 : f32[] @ models/lib/nn.yaml:90:7
%9304 = broadcast %9303 : f32[16] @ models/lib/nn.yaml:90:7
%9305 = mul %9284, %9304 : f32[16] @ models/lib/nn.yaml:90:7
%9306 = add %9305, %9301 : f32[16] @ models/lib/nn.yaml:90:7
%9307 = cast %9287 : f64[] @ models/lib/nn.yaml:90:7
%9308 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9309 = pow %9308, %9307 : f64[] @ models/lib/nn.yaml:90:7
%9310 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9311 = sub %9310, %9309 : f64[] @ models/lib/nn.yaml:90:7
%9312 = div %3779, %9311 : f64[] @ models/lib/nn.yaml:90:7
%9313 = cast %9287 : f64[] @ models/lib/nn.yaml:90:7
%9314 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9315 = pow %9314, %9313 : f64[] @ models/lib/nn.yaml:90:7
%9316 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9317 = sub %9316, %9315 : f64[] @ models/lib/nn.yaml:90:7
%9318 = sqrt %9317 : f64[] @ models/lib/nn.yaml:90:7
%9319 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9320 = div %9319, %9318 : f64[] @ models/lib/nn.yaml:90:7
%9321 = sqrt %9306 : f32[16] @ models/lib/nn.yaml:90:7
%9322 = cast %9320 : f32[] @ models/lib/nn.yaml:90:7
%9323 = broadcast %9322 : f32[16] @ models/lib/nn.yaml:90:7
%9324 = mul %9321, %9323 : f32[16] @ models/lib/nn.yaml:90:7
%9325 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9326 = cast %9325 : f32[] @ models/lib/nn.yaml:90:7
%9327 = broadcast %9326 : f32[16] @ models/lib/nn.yaml:90:7
%9328 = add %9324, %9327 : f32[16] @ models/lib/nn.yaml:90:7
%9329 = div %9296, %9328 : f32[16] @ models/lib/nn.yaml:90:7
%9330 = cast %9312 : f32[] @ models/lib/nn.yaml:90:7
%9331 = broadcast %9330 : f32[16] @ models/lib/nn.yaml:90:7
%9332 = mul %9329, %9331 : f32[16] @ models/lib/nn.yaml:90:7
%9333 = sub %46, %9332 : f32[16] @ models/lib/nn.yaml:90:7
%9334 = assign %46, %9333 : f32[16] @ models/lib/nn.yaml:90:7
%9335 = assign %9283, %9296 : f32[16] @ models/lib/nn.yaml:90:7
%9336 = assign %9284, %9306 : f32[16] @ models/lib/nn.yaml:90:7
%9337 = assign %9285, %9287 : i64[] @ models/lib/nn.yaml:90:7
%9338 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%9339 = broadcast %9338 : f32[16] @ models/lib/nn.yaml:90:7
%9340 = mul %124, %9339 : f32[16] @ models/lib/nn.yaml:90:7
%9341 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9342 = sub %9341, %3781 : f64[] @ models/lib/nn.yaml:90:7
%9343 = cast %9342 : f32[] @ models/lib/nn.yaml:90:7
%9344 = broadcast %9343 : f32[16] @ models/lib/nn.yaml:90:7
%9345 = mul %9333, %9344 : f32[16] @ models/lib/nn.yaml:90:7
%9346 = add %9340, %9345 : f32[16] @ models/lib/nn.yaml:90:7
%9347 = assign %124, %9346 : f32[16] @ models/lib/nn.yaml:90:7
%9348 = all_reduce_sum %5390 : f32[64,16] @ models/lib/nn.yaml:79:7
%9349 = reshape %9348 : f32[1024] @ models/lib/nn.yaml:79:7
%9350 = mul %9349, %9349 : f32[1024] @ models/lib/nn.yaml:79:7
%9351 = reduce_sum %9350 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9352 = sqrt %9351 : f32[] @ models/lib/nn.yaml:79:7
%9353 = cast %9352 : f64[] @ models/lib/nn.yaml:79:7
%9354 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9355 = add %9353, %9354 : f64[] @ models/lib/nn.yaml:79:7
%9356 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9357 = div %9356, %9355 : f64[] @ models/lib/nn.yaml:79:7
%9358 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9359 = lt %9357, %9358 : bool[] @ models/lib/nn.yaml:79:7
%9360 = cast %9357 : f32[] @ models/lib/nn.yaml:79:7
%9361 = broadcast %9360 : f32[64,16] @ models/lib/nn.yaml:79:7
%9362 = mul %9348, %9361 : f32[64,16] @ models/lib/nn.yaml:79:7
%9363 = broadcast %9359 : bool[64,16] @ models/lib/nn.yaml:79:7
%9364 = select %9363, %9362, %9348 : f32[64,16] @ models/lib/nn.yaml:79:7
%9365 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9366 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9367 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9368 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9369 = add %9367, %9368 : i64[] @ models/lib/nn.yaml:79:7
%9370 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%9371 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9372 = sub %9371, %9370 : f64[] @ models/lib/nn.yaml:79:7
%9373 = cast %9372 : f32[] @ models/lib/nn.yaml:79:7
%9374 = broadcast %9373 : f32[64,16] @ models/lib/nn.yaml:79:7
%9375 = mul %47, %9374 : f32[64,16] @ models/lib/nn.yaml:79:7
%9376 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9377 = cast %9376 : f32[] @ models/lib/nn.yaml:79:7
%9378 = broadcast %9377 : f32[64,16] @ models/lib/nn.yaml:79:7
%9379 = mul %9364, %9378 : f32[64,16] @ models/lib/nn.yaml:79:7
%9380 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9381 = cast %9380 : f32[] @ models/lib/nn.yaml:79:7
%9382 = broadcast %9381 : f32[64,16] @ models/lib/nn.yaml:79:7
%9383 = mul %9365, %9382 : f32[64,16] @ models/lib/nn.yaml:79:7
%9384 = add %9383, %9379 : f32[64,16] @ models/lib/nn.yaml:79:7
%9385 = mul %9364, %9364 : f32[64,16] @ models/lib/nn.yaml:79:7
%9386 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9387 = cast %9386 : f32[] @ models/lib/nn.yaml:79:7
%9388 = broadcast %9387 : f32[64,16] @ models/lib/nn.yaml:79:7
%9389 = mul %9385, %9388 : f32[64,16] @ models/lib/nn.yaml:79:7
%9390 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9391 = cast %9390 : f32[] @ models/lib/nn.yaml:79:7
%9392 = broadcast %9391 : f32[64,16] @ models/lib/nn.yaml:79:7
%9393 = mul %9366, %9392 : f32[64,16] @ models/lib/nn.yaml:79:7
%9394 = add %9393, %9389 : f32[64,16] @ models/lib/nn.yaml:79:7
%9395 = cast %9369 : f64[] @ models/lib/nn.yaml:79:7
%9396 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9397 = pow %9396, %9395 : f64[] @ models/lib/nn.yaml:79:7
%9398 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9399 = sub %9398, %9397 : f64[] @ models/lib/nn.yaml:79:7
%9400 = div %3779, %9399 : f64[] @ models/lib/nn.yaml:79:7
%9401 = cast %9369 : f64[] @ models/lib/nn.yaml:79:7
%9402 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9403 = pow %9402, %9401 : f64[] @ models/lib/nn.yaml:79:7
%9404 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9405 = sub %9404, %9403 : f64[] @ models/lib/nn.yaml:79:7
%9406 = sqrt %9405 : f64[] @ models/lib/nn.yaml:79:7
%9407 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9408 = div %9407, %9406 : f64[] @ models/lib/nn.yaml:79:7
%9409 = sqrt %9394 : f32[64,16] @ models/lib/nn.yaml:79:7
%9410 = cast %9408 : f32[] @ models/lib/nn.yaml:79:7
%9411 = broadcast %9410 : f32[64,16] @ models/lib/nn.yaml:79:7
%9412 = mul %9409, %9411 : f32[64,16] @ models/lib/nn.yaml:79:7
%9413 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9414 = cast %9413 : f32[] @ models/lib/nn.yaml:79:7
%9415 = broadcast %9414 : f32[64,16] @ models/lib/nn.yaml:79:7
%9416 = add %9412, %9415 : f32[64,16] @ models/lib/nn.yaml:79:7
%9417 = div %9384, %9416 : f32[64,16] @ models/lib/nn.yaml:79:7
%9418 = cast %9400 : f32[] @ models/lib/nn.yaml:79:7
%9419 = broadcast %9418 : f32[64,16] @ models/lib/nn.yaml:79:7
%9420 = mul %9417, %9419 : f32[64,16] @ models/lib/nn.yaml:79:7
%9421 = sub %9375, %9420 : f32[64,16] @ models/lib/nn.yaml:79:7
%9422 = assign %47, %9421 : f32[64,16] @ models/lib/nn.yaml:79:7
%9423 = assign %9365, %9384 : f32[64,16] @ models/lib/nn.yaml:79:7
%9424 = assign %9366, %9394 : f32[64,16] @ models/lib/nn.yaml:79:7
%9425 = assign %9367, %9369 : i64[] @ models/lib/nn.yaml:79:7
%9426 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%9427 = broadcast %9426 : f32[64,16] @ models/lib/nn.yaml:79:7
%9428 = mul %125, %9427 : f32[64,16] @ models/lib/nn.yaml:79:7
%9429 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9430 = sub %9429, %3781 : f64[] @ models/lib/nn.yaml:79:7
%9431 = cast %9430 : f32[] @ models/lib/nn.yaml:79:7
%9432 = broadcast %9431 : f32[64,16] @ models/lib/nn.yaml:79:7
%9433 = mul %9421, %9432 : f32[64,16] @ models/lib/nn.yaml:79:7
%9434 = add %9428, %9433 : f32[64,16] @ models/lib/nn.yaml:79:7
%9435 = assign %125, %9434 : f32[64,16] @ models/lib/nn.yaml:79:7
%9436 = all_reduce_sum %5382 : f32[64] @ models/lib/nn.yaml:80:7
%9437 = reshape %9436 : f32[64] @ models/lib/nn.yaml:80:7
%9438 = mul %9437, %9437 : f32[64] @ models/lib/nn.yaml:80:7
%9439 = reduce_sum %9438 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9440 = sqrt %9439 : f32[] @ models/lib/nn.yaml:80:7
%9441 = cast %9440 : f64[] @ models/lib/nn.yaml:80:7
%9442 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9443 = add %9441, %9442 : f64[] @ models/lib/nn.yaml:80:7
%9444 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9445 = div %9444, %9443 : f64[] @ models/lib/nn.yaml:80:7
%9446 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9447 = lt %9445, %9446 : bool[] @ models/lib/nn.yaml:80:7
%9448 = cast %9445 : f32[] @ models/lib/nn.yaml:80:7
%9449 = broadcast %9448 : f32[64] @ models/lib/nn.yaml:80:7
%9450 = mul %9436, %9449 : f32[64] @ models/lib/nn.yaml:80:7
%9451 = broadcast %9447 : bool[64] @ models/lib/nn.yaml:80:7
%9452 = select %9451, %9450, %9436 : f32[64] @ models/lib/nn.yaml:80:7
%9453 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9454 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9455 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9456 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9457 = add %9455, %9456 : i64[] @ models/lib/nn.yaml:80:7
%9458 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9459 = cast %9458 : f32[] @ models/lib/nn.yaml:80:7
%9460 = broadcast %9459 : f32[64] @ models/lib/nn.yaml:80:7
%9461 = mul %9452, %9460 : f32[64] @ models/lib/nn.yaml:80:7
%9462 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9463 = cast %9462 : f32[] @ models/lib/nn.yaml:80:7
%9464 = broadcast %9463 : f32[64] @ models/lib/nn.yaml:80:7
%9465 = mul %9453, %9464 : f32[64] @ models/lib/nn.yaml:80:7
%9466 = add %9465, %9461 : f32[64] @ models/lib/nn.yaml:80:7
%9467 = mul %9452, %9452 : f32[64] @ models/lib/nn.yaml:80:7
%9468 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9469 = cast %9468 : f32[] @ models/lib/nn.yaml:80:7
%9470 = broadcast %9469 : f32[64] @ models/lib/nn.yaml:80:7
%9471 = mul %9467, %9470 : f32[64] @ models/lib/nn.yaml:80:7
%9472 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9473 = cast %9472 : f32[] @ models/lib/nn.yaml:80:7
%9474 = broadcast %9473 : f32[64] @ models/lib/nn.yaml:80:7
%9475 = mul %9454, %9474 : f32[64] @ models/lib/nn.yaml:80:7
%9476 = add %9475, %9471 : f32[64] @ models/lib/nn.yaml:80:7
%9477 = cast %9457 : f64[] @ models/lib/nn.yaml:80:7
%9478 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9479 = pow %9478, %9477 : f64[] @ models/lib/nn.yaml:80:7
%9480 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9481 = sub %9480, %9479 : f64[] @ models/lib/nn.yaml:80:7
%9482 = div %3779, %9481 : f64[] @ models/lib/nn.yaml:80:7
%9483 = cast %9457 : f64[] @ models/lib/nn.yaml:80:7
%9484 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9485 = pow %9484, %9483 : f64[] @ models/lib/nn.yaml:80:7
%9486 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9487 = sub %9486, %9485 : f64[] @ models/lib/nn.yaml:80:7
%9488 = sqrt %9487 : f64[] @ models/lib/nn.yaml:80:7
%9489 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9490 = div %9489, %9488 : f64[] @ models/lib/nn.yaml:80:7
%9491 = sqrt %9476 : f32[64] @ models/lib/nn.yaml:80:7
%9492 = cast %9490 : f32[] @ models/lib/nn.yaml:80:7
%9493 = broadcast %9492 : f32[64] @ models/lib/nn.yaml:80:7
%9494 = mul %9491, %9493 : f32[64] @ models/lib/nn.yaml:80:7
%9495 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9496 = cast %9495 : f32[] @ models/lib/nn.yaml:80:7
%9497 = broadcast %9496 : f32[64] @ models/lib/nn.yaml:80:7
%9498 = add %9494, %9497 : f32[64] @ models/lib/nn.yaml:80:7
%9499 = div %9466, %9498 : f32[64] @ models/lib/nn.yaml:80:7
%9500 = cast %9482 : f32[] @ models/lib/nn.yaml:80:7
%9501 = broadcast %9500 : f32[64] @ models/lib/nn.yaml:80:7
%9502 = mul %9499, %9501 : f32[64] @ models/lib/nn.yaml:80:7
%9503 = sub %48, %9502 : f32[64] @ models/lib/nn.yaml:80:7
%9504 = assign %48, %9503 : f32[64] @ models/lib/nn.yaml:80:7
%9505 = assign %9453, %9466 : f32[64] @ models/lib/nn.yaml:80:7
%9506 = assign %9454, %9476 : f32[64] @ models/lib/nn.yaml:80:7
%9507 = assign %9455, %9457 : i64[] @ models/lib/nn.yaml:80:7
%9508 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%9509 = broadcast %9508 : f32[64] @ models/lib/nn.yaml:80:7
%9510 = mul %126, %9509 : f32[64] @ models/lib/nn.yaml:80:7
%9511 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9512 = sub %9511, %3781 : f64[] @ models/lib/nn.yaml:80:7
%9513 = cast %9512 : f32[] @ models/lib/nn.yaml:80:7
%9514 = broadcast %9513 : f32[64] @ models/lib/nn.yaml:80:7
%9515 = mul %9503, %9514 : f32[64] @ models/lib/nn.yaml:80:7
%9516 = add %9510, %9515 : f32[64] @ models/lib/nn.yaml:80:7
%9517 = assign %126, %9516 : f32[64] @ models/lib/nn.yaml:80:7
%9518 = all_reduce_sum %5365 : f32[16,64] @ models/lib/nn.yaml:79:7
%9519 = reshape %9518 : f32[1024] @ models/lib/nn.yaml:79:7
%9520 = mul %9519, %9519 : f32[1024] @ models/lib/nn.yaml:79:7
%9521 = reduce_sum %9520 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9522 = sqrt %9521 : f32[] @ models/lib/nn.yaml:79:7
%9523 = cast %9522 : f64[] @ models/lib/nn.yaml:79:7
%9524 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9525 = add %9523, %9524 : f64[] @ models/lib/nn.yaml:79:7
%9526 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9527 = div %9526, %9525 : f64[] @ models/lib/nn.yaml:79:7
%9528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9529 = lt %9527, %9528 : bool[] @ models/lib/nn.yaml:79:7
%9530 = cast %9527 : f32[] @ models/lib/nn.yaml:79:7
%9531 = broadcast %9530 : f32[16,64] @ models/lib/nn.yaml:79:7
%9532 = mul %9518, %9531 : f32[16,64] @ models/lib/nn.yaml:79:7
%9533 = broadcast %9529 : bool[16,64] @ models/lib/nn.yaml:79:7
%9534 = select %9533, %9532, %9518 : f32[16,64] @ models/lib/nn.yaml:79:7
%9535 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9536 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9537 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9538 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9539 = add %9537, %9538 : i64[] @ models/lib/nn.yaml:79:7
%9540 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%9541 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9542 = sub %9541, %9540 : f64[] @ models/lib/nn.yaml:79:7
%9543 = cast %9542 : f32[] @ models/lib/nn.yaml:79:7
%9544 = broadcast %9543 : f32[16,64] @ models/lib/nn.yaml:79:7
%9545 = mul %49, %9544 : f32[16,64] @ models/lib/nn.yaml:79:7
%9546 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9547 = cast %9546 : f32[] @ models/lib/nn.yaml:79:7
%9548 = broadcast %9547 : f32[16,64] @ models/lib/nn.yaml:79:7
%9549 = mul %9534, %9548 : f32[16,64] @ models/lib/nn.yaml:79:7
%9550 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9551 = cast %9550 : f32[] @ models/lib/nn.yaml:79:7
%9552 = broadcast %9551 : f32[16,64] @ models/lib/nn.yaml:79:7
%9553 = mul %9535, %9552 : f32[16,64] @ models/lib/nn.yaml:79:7
%9554 = add %9553, %9549 : f32[16,64] @ models/lib/nn.yaml:79:7
%9555 = mul %9534, %9534 : f32[16,64] @ models/lib/nn.yaml:79:7
%9556 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9557 = cast %9556 : f32[] @ models/lib/nn.yaml:79:7
%9558 = broadcast %9557 : f32[16,64] @ models/lib/nn.yaml:79:7
%9559 = mul %9555, %9558 : f32[16,64] @ models/lib/nn.yaml:79:7
%9560 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9561 = cast %9560 : f32[] @ models/lib/nn.yaml:79:7
%9562 = broadcast %9561 : f32[16,64] @ models/lib/nn.yaml:79:7
%9563 = mul %9536, %9562 : f32[16,64] @ models/lib/nn.yaml:79:7
%9564 = add %9563, %9559 : f32[16,64] @ models/lib/nn.yaml:79:7
%9565 = cast %9539 : f64[] @ models/lib/nn.yaml:79:7
%9566 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9567 = pow %9566, %9565 : f64[] @ models/lib/nn.yaml:79:7
%9568 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9569 = sub %9568, %9567 : f64[] @ models/lib/nn.yaml:79:7
%9570 = div %3779, %9569 : f64[] @ models/lib/nn.yaml:79:7
%9571 = cast %9539 : f64[] @ models/lib/nn.yaml:79:7
%9572 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9573 = pow %9572, %9571 : f64[] @ models/lib/nn.yaml:79:7
%9574 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9575 = sub %9574, %9573 : f64[] @ models/lib/nn.yaml:79:7
%9576 = sqrt %9575 : f64[] @ models/lib/nn.yaml:79:7
%9577 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9578 = div %9577, %9576 : f64[] @ models/lib/nn.yaml:79:7
%9579 = sqrt %9564 : f32[16,64] @ models/lib/nn.yaml:79:7
%9580 = cast %9578 : f32[] @ models/lib/nn.yaml:79:7
%9581 = broadcast %9580 : f32[16,64] @ models/lib/nn.yaml:79:7
%9582 = mul %9579, %9581 : f32[16,64] @ models/lib/nn.yaml:79:7
%9583 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9584 = cast %9583 : f32[] @ models/lib/nn.yaml:79:7
%9585 = broadcast %9584 : f32[16,64] @ models/lib/nn.yaml:79:7
%9586 = add %9582, %9585 : f32[16,64] @ models/lib/nn.yaml:79:7
%9587 = div %9554, %9586 : f32[16,64] @ models/lib/nn.yaml:79:7
%9588 = cast %9570 : f32[] @ models/lib/nn.yaml:79:7
%9589 = broadcast %9588 : f32[16,64] @ models/lib/nn.yaml:79:7
%9590 = mul %9587, %9589 : f32[16,64] @ models/lib/nn.yaml:79:7
%9591 = sub %9545, %9590 : f32[16,64] @ models/lib/nn.yaml:79:7
%9592 = assign %49, %9591 : f32[16,64] @ models/lib/nn.yaml:79:7
%9593 = assign %9535, %9554 : f32[16,64] @ models/lib/nn.yaml:79:7
%9594 = assign %9536, %9564 : f32[16,64] @ models/lib/nn.yaml:79:7
%9595 = assign %9537, %9539 : i64[] @ models/lib/nn.yaml:79:7
%9596 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%9597 = broadcast %9596 : f32[16,64] @ models/lib/nn.yaml:79:7
%9598 = mul %127, %9597 : f32[16,64] @ models/lib/nn.yaml:79:7
%9599 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9600 = sub %9599, %3781 : f64[] @ models/lib/nn.yaml:79:7
%9601 = cast %9600 : f32[] @ models/lib/nn.yaml:79:7
%9602 = broadcast %9601 : f32[16,64] @ models/lib/nn.yaml:79:7
%9603 = mul %9591, %9602 : f32[16,64] @ models/lib/nn.yaml:79:7
%9604 = add %9598, %9603 : f32[16,64] @ models/lib/nn.yaml:79:7
%9605 = assign %127, %9604 : f32[16,64] @ models/lib/nn.yaml:79:7
%9606 = all_reduce_sum %5357 : f32[16] @ models/lib/nn.yaml:80:7
%9607 = reshape %9606 : f32[16] @ models/lib/nn.yaml:80:7
%9608 = mul %9607, %9607 : f32[16] @ models/lib/nn.yaml:80:7
%9609 = reduce_sum %9608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9610 = sqrt %9609 : f32[] @ models/lib/nn.yaml:80:7
%9611 = cast %9610 : f64[] @ models/lib/nn.yaml:80:7
%9612 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9613 = add %9611, %9612 : f64[] @ models/lib/nn.yaml:80:7
%9614 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9615 = div %9614, %9613 : f64[] @ models/lib/nn.yaml:80:7
%9616 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9617 = lt %9615, %9616 : bool[] @ models/lib/nn.yaml:80:7
%9618 = cast %9615 : f32[] @ models/lib/nn.yaml:80:7
%9619 = broadcast %9618 : f32[16] @ models/lib/nn.yaml:80:7
%9620 = mul %9606, %9619 : f32[16] @ models/lib/nn.yaml:80:7
%9621 = broadcast %9617 : bool[16] @ models/lib/nn.yaml:80:7
%9622 = select %9621, %9620, %9606 : f32[16] @ models/lib/nn.yaml:80:7
%9623 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9624 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9625 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9626 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9627 = add %9625, %9626 : i64[] @ models/lib/nn.yaml:80:7
%9628 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9629 = cast %9628 : f32[] @ models/lib/nn.yaml:80:7
%9630 = broadcast %9629 : f32[16] @ models/lib/nn.yaml:80:7
%9631 = mul %9622, %9630 : f32[16] @ models/lib/nn.yaml:80:7
%9632 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9633 = cast %9632 : f32[] @ models/lib/nn.yaml:80:7
%9634 = broadcast %9633 : f32[16] @ models/lib/nn.yaml:80:7
%9635 = mul %9623, %9634 : f32[16] @ models/lib/nn.yaml:80:7
%9636 = add %9635, %9631 : f32[16] @ models/lib/nn.yaml:80:7
%9637 = mul %9622, %9622 : f32[16] @ models/lib/nn.yaml:80:7
%9638 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9639 = cast %9638 : f32[] @ models/lib/nn.yaml:80:7
%9640 = broadcast %9639 : f32[16] @ models/lib/nn.yaml:80:7
%9641 = mul %9637, %9640 : f32[16] @ models/lib/nn.yaml:80:7
%9642 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9643 = cast %9642 : f32[] @ models/lib/nn.yaml:80:7
%9644 = broadcast %9643 : f32[16] @ models/lib/nn.yaml:80:7
%9645 = mul %9624, %9644 : f32[16] @ models/lib/nn.yaml:80:7
%9646 = add %9645, %9641 : f32[16] @ models/lib/nn.yaml:80:7
%9647 = cast %9627 : f64[] @ models/lib/nn.yaml:80:7
%9648 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9649 = pow %9648, %9647 : f64[] @ models/lib/nn.yaml:80:7
%9650 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9651 = sub %9650, %9649 : f64[] @ models/lib/nn.yaml:80:7
%9652 = div %3779, %9651 : f64[] @ models/lib/nn.yaml:80:7
%9653 = cast %9627 : f64[] @ models/lib/nn.yaml:80:7
%9654 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9655 = pow %9654, %9653 : f64[] @ models/lib/nn.yaml:80:7
%9656 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9657 = sub %9656, %9655 : f64[] @ models/lib/nn.yaml:80:7
%9658 = sqrt %9657 : f64[] @ models/lib/nn.yaml:80:7
%9659 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9660 = div %9659, %9658 : f64[] @ models/lib/nn.yaml:80:7
%9661 = sqrt %9646 : f32[16] @ models/lib/nn.yaml:80:7
%9662 = cast %9660 : f32[] @ models/lib/nn.yaml:80:7
%9663 = broadcast %9662 : f32[16] @ models/lib/nn.yaml:80:7
%9664 = mul %9661, %9663 : f32[16] @ models/lib/nn.yaml:80:7
%9665 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9666 = cast %9665 : f32[] @ models/lib/nn.yaml:80:7
%9667 = broadcast %9666 : f32[16] @ models/lib/nn.yaml:80:7
%9668 = add %9664, %9667 : f32[16] @ models/lib/nn.yaml:80:7
%9669 = div %9636, %9668 : f32[16] @ models/lib/nn.yaml:80:7
%9670 = cast %9652 : f32[] @ models/lib/nn.yaml:80:7
%9671 = broadcast %9670 : f32[16] @ models/lib/nn.yaml:80:7
%9672 = mul %9669, %9671 : f32[16] @ models/lib/nn.yaml:80:7
%9673 = sub %50, %9672 : f32[16] @ models/lib/nn.yaml:80:7
%9674 = assign %50, %9673 : f32[16] @ models/lib/nn.yaml:80:7
%9675 = assign %9623, %9636 : f32[16] @ models/lib/nn.yaml:80:7
%9676 = assign %9624, %9646 : f32[16] @ models/lib/nn.yaml:80:7
%9677 = assign %9625, %9627 : i64[] @ models/lib/nn.yaml:80:7
%9678 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%9679 = broadcast %9678 : f32[16] @ models/lib/nn.yaml:80:7
%9680 = mul %128, %9679 : f32[16] @ models/lib/nn.yaml:80:7
%9681 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9682 = sub %9681, %3781 : f64[] @ models/lib/nn.yaml:80:7
%9683 = cast %9682 : f32[] @ models/lib/nn.yaml:80:7
%9684 = broadcast %9683 : f32[16] @ models/lib/nn.yaml:80:7
%9685 = mul %9673, %9684 : f32[16] @ models/lib/nn.yaml:80:7
%9686 = add %9680, %9685 : f32[16] @ models/lib/nn.yaml:80:7
%9687 = assign %128, %9686 : f32[16] @ models/lib/nn.yaml:80:7
%9688 = all_reduce_sum %5330 : f32[16] @ models/lib/nn.yaml:89:7
%9689 = reshape %9688 : f32[16] @ models/lib/nn.yaml:89:7
%9690 = mul %9689, %9689 : f32[16] @ models/lib/nn.yaml:89:7
%9691 = reduce_sum %9690 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9692 = sqrt %9691 : f32[] @ models/lib/nn.yaml:89:7
%9693 = cast %9692 : f64[] @ models/lib/nn.yaml:89:7
%9694 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9695 = add %9693, %9694 : f64[] @ models/lib/nn.yaml:89:7
%9696 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9697 = div %9696, %9695 : f64[] @ models/lib/nn.yaml:89:7
%9698 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9699 = lt %9697, %9698 : bool[] @ models/lib/nn.yaml:89:7
%9700 = cast %9697 : f32[] @ models/lib/nn.yaml:89:7
%9701 = broadcast %9700 : f32[16] @ models/lib/nn.yaml:89:7
%9702 = mul %9688, %9701 : f32[16] @ models/lib/nn.yaml:89:7
%9703 = broadcast %9699 : bool[16] @ models/lib/nn.yaml:89:7
%9704 = select %9703, %9702, %9688 : f32[16] @ models/lib/nn.yaml:89:7
%9705 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9706 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9707 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9708 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9709 = add %9707, %9708 : i64[] @ models/lib/nn.yaml:89:7
%9710 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9711 = cast %9710 : f32[] @ models/lib/nn.yaml:89:7
%9712 = broadcast %9711 : f32[16] @ models/lib/nn.yaml:89:7
%9713 = mul %9704, %9712 : f32[16] @ models/lib/nn.yaml:89:7
%9714 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9715 = cast %9714 : f32[] @ models/lib/nn.yaml:89:7
%9716 = broadcast %9715 : f32[16] @ models/lib/nn.yaml:89:7
%9717 = mul %9705, %9716 : f32[16] @ models/lib/nn.yaml:89:7
%9718 = add %9717, %9713 : f32[16] @ models/lib/nn.yaml:89:7
%9719 = mul %9704, %9704 : f32[16] @ models/lib/nn.yaml:89:7
%9720 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9721 = cast %9720 : f32[] @ models/lib/nn.yaml:89:7
%9722 = broadcast %9721 : f32[16] @ models/lib/nn.yaml:89:7
%9723 = mul %9719, %9722 : f32[16] @ models/lib/nn.yaml:89:7
%9724 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9725 = cast %9724 : f32[] @ models/lib/nn.yaml:89:7
%9726 = broadcast %9725 : f32[16] @ models/lib/nn.yaml:89:7
%9727 = mul %9706, %9726 : f32[16] @ models/lib/nn.yaml:89:7
%9728 = add %9727, %9723 : f32[16] @ models/lib/nn.yaml:89:7
%9729 = cast %9709 : f64[] @ models/lib/nn.yaml:89:7
%9730 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9731 = pow %9730, %9729 : f64[] @ models/lib/nn.yaml:89:7
%9732 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9733 = sub %9732, %9731 : f64[] @ models/lib/nn.yaml:89:7
%9734 = div %3779, %9733 : f64[] @ models/lib/nn.yaml:89:7
%9735 = cast %9709 : f64[] @ models/lib/nn.yaml:89:7
%9736 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9737 = pow %9736, %9735 : f64[] @ models/lib/nn.yaml:89:7
%9738 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9739 = sub %9738, %9737 : f64[] @ models/lib/nn.yaml:89:7
%9740 = sqrt %9739 : f64[] @ models/lib/nn.yaml:89:7
%9741 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9742 = div %9741, %9740 : f64[] @ models/lib/nn.yaml:89:7
%9743 = sqrt %9728 : f32[16] @ models/lib/nn.yaml:89:7
%9744 = cast %9742 : f32[] @ models/lib/nn.yaml:89:7
%9745 = broadcast %9744 : f32[16] @ models/lib/nn.yaml:89:7
%9746 = mul %9743, %9745 : f32[16] @ models/lib/nn.yaml:89:7
%9747 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9748 = cast %9747 : f32[] @ models/lib/nn.yaml:89:7
%9749 = broadcast %9748 : f32[16] @ models/lib/nn.yaml:89:7
%9750 = add %9746, %9749 : f32[16] @ models/lib/nn.yaml:89:7
%9751 = div %9718, %9750 : f32[16] @ models/lib/nn.yaml:89:7
%9752 = cast %9734 : f32[] @ models/lib/nn.yaml:89:7
%9753 = broadcast %9752 : f32[16] @ models/lib/nn.yaml:89:7
%9754 = mul %9751, %9753 : f32[16] @ models/lib/nn.yaml:89:7
%9755 = sub %51, %9754 : f32[16] @ models/lib/nn.yaml:89:7
%9756 = assign %51, %9755 : f32[16] @ models/lib/nn.yaml:89:7
%9757 = assign %9705, %9718 : f32[16] @ models/lib/nn.yaml:89:7
%9758 = assign %9706, %9728 : f32[16] @ models/lib/nn.yaml:89:7
%9759 = assign %9707, %9709 : i64[] @ models/lib/nn.yaml:89:7
%9760 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%9761 = broadcast %9760 : f32[16] @ models/lib/nn.yaml:89:7
%9762 = mul %129, %9761 : f32[16] @ models/lib/nn.yaml:89:7
%9763 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9764 = sub %9763, %3781 : f64[] @ models/lib/nn.yaml:89:7
%9765 = cast %9764 : f32[] @ models/lib/nn.yaml:89:7
%9766 = broadcast %9765 : f32[16] @ models/lib/nn.yaml:89:7
%9767 = mul %9755, %9766 : f32[16] @ models/lib/nn.yaml:89:7
%9768 = add %9762, %9767 : f32[16] @ models/lib/nn.yaml:89:7
%9769 = assign %129, %9768 : f32[16] @ models/lib/nn.yaml:89:7
%9770 = all_reduce_sum %5325 : f32[16] @ models/lib/nn.yaml:90:7
%9771 = reshape %9770 : f32[16] @ models/lib/nn.yaml:90:7
%9772 = mul %9771, %9771 : f32[16] @ models/lib/nn.yaml:90:7
%9773 = reduce_sum %9772 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9774 = sqrt %9773 : f32[] @ models/lib/nn.yaml:90:7
%9775 = cast %9774 : f64[] @ models/lib/nn.yaml:90:7
%9776 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9777 = add %9775, %9776 : f64[] @ models/lib/nn.yaml:90:7
%9778 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9779 = div %9778, %9777 : f64[] @ models/lib/nn.yaml:90:7
%9780 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9781 = lt %9779, %9780 : bool[] @ models/lib/nn.yaml:90:7
%9782 = cast %9779 : f32[] @ models/lib/nn.yaml:90:7
%9783 = broadcast %9782 : f32[16] @ models/lib/nn.yaml:90:7
%9784 = mul %9770, %9783 : f32[16] @ models/lib/nn.yaml:90:7
%9785 = broadcast %9781 : bool[16] @ models/lib/nn.yaml:90:7
%9786 = select %9785, %9784, %9770 : f32[16] @ models/lib/nn.yaml:90:7
%9787 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9788 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9789 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9790 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9791 = add %9789, %9790 : i64[] @ models/lib/nn.yaml:90:7
%9792 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9793 = cast %9792 : f32[] @ models/lib/nn.yaml:90:7
%9794 = broadcast %9793 : f32[16] @ models/lib/nn.yaml:90:7
%9795 = mul %9786, %9794 : f32[16] @ models/lib/nn.yaml:90:7
%9796 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9797 = cast %9796 : f32[] @ models/lib/nn.yaml:90:7
%9798 = broadcast %9797 : f32[16] @ models/lib/nn.yaml:90:7
%9799 = mul %9787, %9798 : f32[16] @ models/lib/nn.yaml:90:7
%9800 = add %9799, %9795 : f32[16] @ models/lib/nn.yaml:90:7
%9801 = mul %9786, %9786 : f32[16] @ models/lib/nn.yaml:90:7
%9802 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9803 = cast %9802 : f32[] @ models/lib/nn.yaml:90:7
%9804 = broadcast %9803 : f32[16] @ models/lib/nn.yaml:90:7
%9805 = mul %9801, %9804 : f32[16] @ models/lib/nn.yaml:90:7
%9806 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9807 = cast %9806 : f32[] @ models/lib/nn.yaml:90:7
%9808 = broadcast %9807 : f32[16] @ models/lib/nn.yaml:90:7
%9809 = mul %9788, %9808 : f32[16] @ models/lib/nn.yaml:90:7
%9810 = add %9809, %9805 : f32[16] @ models/lib/nn.yaml:90:7
%9811 = cast %9791 : f64[] @ models/lib/nn.yaml:90:7
%9812 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9813 = pow %9812, %9811 : f64[] @ models/lib/nn.yaml:90:7
%9814 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9815 = sub %9814, %9813 : f64[] @ models/lib/nn.yaml:90:7
%9816 = div %3779, %9815 : f64[] @ models/lib/nn.yaml:90:7
%9817 = cast %9791 : f64[] @ models/lib/nn.yaml:90:7
%9818 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9819 = pow %9818, %9817 : f64[] @ models/lib/nn.yaml:90:7
%9820 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9821 = sub %9820, %9819 : f64[] @ models/lib/nn.yaml:90:7
%9822 = sqrt %9821 : f64[] @ models/lib/nn.yaml:90:7
%9823 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9824 = div %9823, %9822 : f64[] @ models/lib/nn.yaml:90:7
%9825 = sqrt %9810 : f32[16] @ models/lib/nn.yaml:90:7
%9826 = cast %9824 : f32[] @ models/lib/nn.yaml:90:7
%9827 = broadcast %9826 : f32[16] @ models/lib/nn.yaml:90:7
%9828 = mul %9825, %9827 : f32[16] @ models/lib/nn.yaml:90:7
%9829 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9830 = cast %9829 : f32[] @ models/lib/nn.yaml:90:7
%9831 = broadcast %9830 : f32[16] @ models/lib/nn.yaml:90:7
%9832 = add %9828, %9831 : f32[16] @ models/lib/nn.yaml:90:7
%9833 = div %9800, %9832 : f32[16] @ models/lib/nn.yaml:90:7
%9834 = cast %9816 : f32[] @ models/lib/nn.yaml:90:7
%9835 = broadcast %9834 : f32[16] @ models/lib/nn.yaml:90:7
%9836 = mul %9833, %9835 : f32[16] @ models/lib/nn.yaml:90:7
%9837 = sub %52, %9836 : f32[16] @ models/lib/nn.yaml:90:7
%9838 = assign %52, %9837 : f32[16] @ models/lib/nn.yaml:90:7
%9839 = assign %9787, %9800 : f32[16] @ models/lib/nn.yaml:90:7
%9840 = assign %9788, %9810 : f32[16] @ models/lib/nn.yaml:90:7
%9841 = assign %9789, %9791 : i64[] @ models/lib/nn.yaml:90:7
%9842 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%9843 = broadcast %9842 : f32[16] @ models/lib/nn.yaml:90:7
%9844 = mul %130, %9843 : f32[16] @ models/lib/nn.yaml:90:7
%9845 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9846 = sub %9845, %3781 : f64[] @ models/lib/nn.yaml:90:7
%9847 = cast %9846 : f32[] @ models/lib/nn.yaml:90:7
%9848 = broadcast %9847 : f32[16] @ models/lib/nn.yaml:90:7
%9849 = mul %9837, %9848 : f32[16] @ models/lib/nn.yaml:90:7
%9850 = add %9844, %9849 : f32[16] @ models/lib/nn.yaml:90:7
%9851 = assign %130, %9850 : f32[16] @ models/lib/nn.yaml:90:7
%9852 = all_reduce_sum %5317 : f32[16,16] @ models/lib/nn.yaml:79:7
%9853 = reshape %9852 : f32[256] @ models/lib/nn.yaml:79:7
%9854 = mul %9853, %9853 : f32[256] @ models/lib/nn.yaml:79:7
%9855 = reduce_sum %9854 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9856 = sqrt %9855 : f32[] @ models/lib/nn.yaml:79:7
%9857 = cast %9856 : f64[] @ models/lib/nn.yaml:79:7
%9858 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9859 = add %9857, %9858 : f64[] @ models/lib/nn.yaml:79:7
%9860 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9861 = div %9860, %9859 : f64[] @ models/lib/nn.yaml:79:7
%9862 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9863 = lt %9861, %9862 : bool[] @ models/lib/nn.yaml:79:7
%9864 = cast %9861 : f32[] @ models/lib/nn.yaml:79:7
%9865 = broadcast %9864 : f32[16,16] @ models/lib/nn.yaml:79:7
%9866 = mul %9852, %9865 : f32[16,16] @ models/lib/nn.yaml:79:7
%9867 = broadcast %9863 : bool[16,16] @ models/lib/nn.yaml:79:7
%9868 = select %9867, %9866, %9852 : f32[16,16] @ models/lib/nn.yaml:79:7
%9869 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9870 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9871 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9872 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9873 = add %9871, %9872 : i64[] @ models/lib/nn.yaml:79:7
%9874 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%9875 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9876 = sub %9875, %9874 : f64[] @ models/lib/nn.yaml:79:7
%9877 = cast %9876 : f32[] @ models/lib/nn.yaml:79:7
%9878 = broadcast %9877 : f32[16,16] @ models/lib/nn.yaml:79:7
%9879 = mul %53, %9878 : f32[16,16] @ models/lib/nn.yaml:79:7
%9880 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9881 = cast %9880 : f32[] @ models/lib/nn.yaml:79:7
%9882 = broadcast %9881 : f32[16,16] @ models/lib/nn.yaml:79:7
%9883 = mul %9868, %9882 : f32[16,16] @ models/lib/nn.yaml:79:7
%9884 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9885 = cast %9884 : f32[] @ models/lib/nn.yaml:79:7
%9886 = broadcast %9885 : f32[16,16] @ models/lib/nn.yaml:79:7
%9887 = mul %9869, %9886 : f32[16,16] @ models/lib/nn.yaml:79:7
%9888 = add %9887, %9883 : f32[16,16] @ models/lib/nn.yaml:79:7
%9889 = mul %9868, %9868 : f32[16,16] @ models/lib/nn.yaml:79:7
%9890 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9891 = cast %9890 : f32[] @ models/lib/nn.yaml:79:7
%9892 = broadcast %9891 : f32[16,16] @ models/lib/nn.yaml:79:7
%9893 = mul %9889, %9892 : f32[16,16] @ models/lib/nn.yaml:79:7
%9894 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9895 = cast %9894 : f32[] @ models/lib/nn.yaml:79:7
%9896 = broadcast %9895 : f32[16,16] @ models/lib/nn.yaml:79:7
%9897 = mul %9870, %9896 : f32[16,16] @ models/lib/nn.yaml:79:7
%9898 = add %9897, %9893 : f32[16,16] @ models/lib/nn.yaml:79:7
%9899 = cast %9873 : f64[] @ models/lib/nn.yaml:79:7
%9900 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9901 = pow %9900, %9899 : f64[] @ models/lib/nn.yaml:79:7
%9902 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9903 = sub %9902, %9901 : f64[] @ models/lib/nn.yaml:79:7
%9904 = div %3779, %9903 : f64[] @ models/lib/nn.yaml:79:7
%9905 = cast %9873 : f64[] @ models/lib/nn.yaml:79:7
%9906 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9907 = pow %9906, %9905 : f64[] @ models/lib/nn.yaml:79:7
%9908 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9909 = sub %9908, %9907 : f64[] @ models/lib/nn.yaml:79:7
%9910 = sqrt %9909 : f64[] @ models/lib/nn.yaml:79:7
%9911 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9912 = div %9911, %9910 : f64[] @ models/lib/nn.yaml:79:7
%9913 = sqrt %9898 : f32[16,16] @ models/lib/nn.yaml:79:7
%9914 = cast %9912 : f32[] @ models/lib/nn.yaml:79:7
%9915 = broadcast %9914 : f32[16,16] @ models/lib/nn.yaml:79:7
%9916 = mul %9913, %9915 : f32[16,16] @ models/lib/nn.yaml:79:7
%9917 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9918 = cast %9917 : f32[] @ models/lib/nn.yaml:79:7
%9919 = broadcast %9918 : f32[16,16] @ models/lib/nn.yaml:79:7
%9920 = add %9916, %9919 : f32[16,16] @ models/lib/nn.yaml:79:7
%9921 = div %9888, %9920 : f32[16,16] @ models/lib/nn.yaml:79:7
%9922 = cast %9904 : f32[] @ models/lib/nn.yaml:79:7
%9923 = broadcast %9922 : f32[16,16] @ models/lib/nn.yaml:79:7
%9924 = mul %9921, %9923 : f32[16,16] @ models/lib/nn.yaml:79:7
%9925 = sub %9879, %9924 : f32[16,16] @ models/lib/nn.yaml:79:7
%9926 = assign %53, %9925 : f32[16,16] @ models/lib/nn.yaml:79:7
%9927 = assign %9869, %9888 : f32[16,16] @ models/lib/nn.yaml:79:7
%9928 = assign %9870, %9898 : f32[16,16] @ models/lib/nn.yaml:79:7
%9929 = assign %9871, %9873 : i64[] @ models/lib/nn.yaml:79:7
%9930 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%9931 = broadcast %9930 : f32[16,16] @ models/lib/nn.yaml:79:7
%9932 = mul %131, %9931 : f32[16,16] @ models/lib/nn.yaml:79:7
%9933 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9934 = sub %9933, %3781 : f64[] @ models/lib/nn.yaml:79:7
%9935 = cast %9934 : f32[] @ models/lib/nn.yaml:79:7
%9936 = broadcast %9935 : f32[16,16] @ models/lib/nn.yaml:79:7
%9937 = mul %9925, %9936 : f32[16,16] @ models/lib/nn.yaml:79:7
%9938 = add %9932, %9937 : f32[16,16] @ models/lib/nn.yaml:79:7
%9939 = assign %131, %9938 : f32[16,16] @ models/lib/nn.yaml:79:7
%9940 = all_reduce_sum %5308 : f32[16] @ models/lib/nn.yaml:80:7
%9941 = reshape %9940 : f32[16] @ models/lib/nn.yaml:80:7
%9942 = mul %9941, %9941 : f32[16] @ models/lib/nn.yaml:80:7
%9943 = reduce_sum %9942 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9944 = sqrt %9943 : f32[] @ models/lib/nn.yaml:80:7
%9945 = cast %9944 : f64[] @ models/lib/nn.yaml:80:7
%9946 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9947 = add %9945, %9946 : f64[] @ models/lib/nn.yaml:80:7
%9948 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9949 = div %9948, %9947 : f64[] @ models/lib/nn.yaml:80:7
%9950 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9951 = lt %9949, %9950 : bool[] @ models/lib/nn.yaml:80:7
%9952 = cast %9949 : f32[] @ models/lib/nn.yaml:80:7
%9953 = broadcast %9952 : f32[16] @ models/lib/nn.yaml:80:7
%9954 = mul %9940, %9953 : f32[16] @ models/lib/nn.yaml:80:7
%9955 = broadcast %9951 : bool[16] @ models/lib/nn.yaml:80:7
%9956 = select %9955, %9954, %9940 : f32[16] @ models/lib/nn.yaml:80:7
%9957 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9958 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9959 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9960 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9961 = add %9959, %9960 : i64[] @ models/lib/nn.yaml:80:7
%9962 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9963 = cast %9962 : f32[] @ models/lib/nn.yaml:80:7
%9964 = broadcast %9963 : f32[16] @ models/lib/nn.yaml:80:7
%9965 = mul %9956, %9964 : f32[16] @ models/lib/nn.yaml:80:7
%9966 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9967 = cast %9966 : f32[] @ models/lib/nn.yaml:80:7
%9968 = broadcast %9967 : f32[16] @ models/lib/nn.yaml:80:7
%9969 = mul %9957, %9968 : f32[16] @ models/lib/nn.yaml:80:7
%9970 = add %9969, %9965 : f32[16] @ models/lib/nn.yaml:80:7
%9971 = mul %9956, %9956 : f32[16] @ models/lib/nn.yaml:80:7
%9972 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9973 = cast %9972 : f32[] @ models/lib/nn.yaml:80:7
%9974 = broadcast %9973 : f32[16] @ models/lib/nn.yaml:80:7
%9975 = mul %9971, %9974 : f32[16] @ models/lib/nn.yaml:80:7
%9976 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9977 = cast %9976 : f32[] @ models/lib/nn.yaml:80:7
%9978 = broadcast %9977 : f32[16] @ models/lib/nn.yaml:80:7
%9979 = mul %9958, %9978 : f32[16] @ models/lib/nn.yaml:80:7
%9980 = add %9979, %9975 : f32[16] @ models/lib/nn.yaml:80:7
%9981 = cast %9961 : f64[] @ models/lib/nn.yaml:80:7
%9982 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9983 = pow %9982, %9981 : f64[] @ models/lib/nn.yaml:80:7
%9984 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9985 = sub %9984, %9983 : f64[] @ models/lib/nn.yaml:80:7
%9986 = div %3779, %9985 : f64[] @ models/lib/nn.yaml:80:7
%9987 = cast %9961 : f64[] @ models/lib/nn.yaml:80:7
%9988 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9989 = pow %9988, %9987 : f64[] @ models/lib/nn.yaml:80:7
%9990 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9991 = sub %9990, %9989 : f64[] @ models/lib/nn.yaml:80:7
%9992 = sqrt %9991 : f64[] @ models/lib/nn.yaml:80:7
%9993 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9994 = div %9993, %9992 : f64[] @ models/lib/nn.yaml:80:7
%9995 = sqrt %9980 : f32[16] @ models/lib/nn.yaml:80:7
%9996 = cast %9994 : f32[] @ models/lib/nn.yaml:80:7
%9997 = broadcast %9996 : f32[16] @ models/lib/nn.yaml:80:7
%9998 = mul %9995, %9997 : f32[16] @ models/lib/nn.yaml:80:7
%9999 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10000 = cast %9999 : f32[] @ models/lib/nn.yaml:80:7
%10001 = broadcast %10000 : f32[16] @ models/lib/nn.yaml:80:7
%10002 = add %9998, %10001 : f32[16] @ models/lib/nn.yaml:80:7
%10003 = div %9970, %10002 : f32[16] @ models/lib/nn.yaml:80:7
%10004 = cast %9986 : f32[] @ models/lib/nn.yaml:80:7
%10005 = broadcast %10004 : f32[16] @ models/lib/nn.yaml:80:7
%10006 = mul %10003, %10005 : f32[16] @ models/lib/nn.yaml:80:7
%10007 = sub %54, %10006 : f32[16] @ models/lib/nn.yaml:80:7
%10008 = assign %54, %10007 : f32[16] @ models/lib/nn.yaml:80:7
%10009 = assign %9957, %9970 : f32[16] @ models/lib/nn.yaml:80:7
%10010 = assign %9958, %9980 : f32[16] @ models/lib/nn.yaml:80:7
%10011 = assign %9959, %9961 : i64[] @ models/lib/nn.yaml:80:7
%10012 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%10013 = broadcast %10012 : f32[16] @ models/lib/nn.yaml:80:7
%10014 = mul %132, %10013 : f32[16] @ models/lib/nn.yaml:80:7
%10015 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10016 = sub %10015, %3781 : f64[] @ models/lib/nn.yaml:80:7
%10017 = cast %10016 : f32[] @ models/lib/nn.yaml:80:7
%10018 = broadcast %10017 : f32[16] @ models/lib/nn.yaml:80:7
%10019 = mul %10007, %10018 : f32[16] @ models/lib/nn.yaml:80:7
%10020 = add %10014, %10019 : f32[16] @ models/lib/nn.yaml:80:7
%10021 = assign %132, %10020 : f32[16] @ models/lib/nn.yaml:80:7
%10022 = all_reduce_sum %5302 : f32[16,16] @ models/lib/nn.yaml:79:7
%10023 = reshape %10022 : f32[256] @ models/lib/nn.yaml:79:7
%10024 = mul %10023, %10023 : f32[256] @ models/lib/nn.yaml:79:7
%10025 = reduce_sum %10024 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10026 = sqrt %10025 : f32[] @ models/lib/nn.yaml:79:7
%10027 = cast %10026 : f64[] @ models/lib/nn.yaml:79:7
%10028 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10029 = add %10027, %10028 : f64[] @ models/lib/nn.yaml:79:7
%10030 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10031 = div %10030, %10029 : f64[] @ models/lib/nn.yaml:79:7
%10032 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10033 = lt %10031, %10032 : bool[] @ models/lib/nn.yaml:79:7
%10034 = cast %10031 : f32[] @ models/lib/nn.yaml:79:7
%10035 = broadcast %10034 : f32[16,16] @ models/lib/nn.yaml:79:7
%10036 = mul %10022, %10035 : f32[16,16] @ models/lib/nn.yaml:79:7
%10037 = broadcast %10033 : bool[16,16] @ models/lib/nn.yaml:79:7
%10038 = select %10037, %10036, %10022 : f32[16,16] @ models/lib/nn.yaml:79:7
%10039 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10040 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10041 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10042 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10043 = add %10041, %10042 : i64[] @ models/lib/nn.yaml:79:7
%10044 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%10045 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10046 = sub %10045, %10044 : f64[] @ models/lib/nn.yaml:79:7
%10047 = cast %10046 : f32[] @ models/lib/nn.yaml:79:7
%10048 = broadcast %10047 : f32[16,16] @ models/lib/nn.yaml:79:7
%10049 = mul %55, %10048 : f32[16,16] @ models/lib/nn.yaml:79:7
%10050 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10051 = cast %10050 : f32[] @ models/lib/nn.yaml:79:7
%10052 = broadcast %10051 : f32[16,16] @ models/lib/nn.yaml:79:7
%10053 = mul %10038, %10052 : f32[16,16] @ models/lib/nn.yaml:79:7
%10054 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10055 = cast %10054 : f32[] @ models/lib/nn.yaml:79:7
%10056 = broadcast %10055 : f32[16,16] @ models/lib/nn.yaml:79:7
%10057 = mul %10039, %10056 : f32[16,16] @ models/lib/nn.yaml:79:7
%10058 = add %10057, %10053 : f32[16,16] @ models/lib/nn.yaml:79:7
%10059 = mul %10038, %10038 : f32[16,16] @ models/lib/nn.yaml:79:7
%10060 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10061 = cast %10060 : f32[] @ models/lib/nn.yaml:79:7
%10062 = broadcast %10061 : f32[16,16] @ models/lib/nn.yaml:79:7
%10063 = mul %10059, %10062 : f32[16,16] @ models/lib/nn.yaml:79:7
%10064 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10065 = cast %10064 : f32[] @ models/lib/nn.yaml:79:7
%10066 = broadcast %10065 : f32[16,16] @ models/lib/nn.yaml:79:7
%10067 = mul %10040, %10066 : f32[16,16] @ models/lib/nn.yaml:79:7
%10068 = add %10067, %10063 : f32[16,16] @ models/lib/nn.yaml:79:7
%10069 = cast %10043 : f64[] @ models/lib/nn.yaml:79:7
%10070 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10071 = pow %10070, %10069 : f64[] @ models/lib/nn.yaml:79:7
%10072 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10073 = sub %10072, %10071 : f64[] @ models/lib/nn.yaml:79:7
%10074 = div %3779, %10073 : f64[] @ models/lib/nn.yaml:79:7
%10075 = cast %10043 : f64[] @ models/lib/nn.yaml:79:7
%10076 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10077 = pow %10076, %10075 : f64[] @ models/lib/nn.yaml:79:7
%10078 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10079 = sub %10078, %10077 : f64[] @ models/lib/nn.yaml:79:7
%10080 = sqrt %10079 : f64[] @ models/lib/nn.yaml:79:7
%10081 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10082 = div %10081, %10080 : f64[] @ models/lib/nn.yaml:79:7
%10083 = sqrt %10068 : f32[16,16] @ models/lib/nn.yaml:79:7
%10084 = cast %10082 : f32[] @ models/lib/nn.yaml:79:7
%10085 = broadcast %10084 : f32[16,16] @ models/lib/nn.yaml:79:7
%10086 = mul %10083, %10085 : f32[16,16] @ models/lib/nn.yaml:79:7
%10087 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10088 = cast %10087 : f32[] @ models/lib/nn.yaml:79:7
%10089 = broadcast %10088 : f32[16,16] @ models/lib/nn.yaml:79:7
%10090 = add %10086, %10089 : f32[16,16] @ models/lib/nn.yaml:79:7
%10091 = div %10058, %10090 : f32[16,16] @ models/lib/nn.yaml:79:7
%10092 = cast %10074 : f32[] @ models/lib/nn.yaml:79:7
%10093 = broadcast %10092 : f32[16,16] @ models/lib/nn.yaml:79:7
%10094 = mul %10091, %10093 : f32[16,16] @ models/lib/nn.yaml:79:7
%10095 = sub %10049, %10094 : f32[16,16] @ models/lib/nn.yaml:79:7
%10096 = assign %55, %10095 : f32[16,16] @ models/lib/nn.yaml:79:7
%10097 = assign %10039, %10058 : f32[16,16] @ models/lib/nn.yaml:79:7
%10098 = assign %10040, %10068 : f32[16,16] @ models/lib/nn.yaml:79:7
%10099 = assign %10041, %10043 : i64[] @ models/lib/nn.yaml:79:7
%10100 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%10101 = broadcast %10100 : f32[16,16] @ models/lib/nn.yaml:79:7
%10102 = mul %133, %10101 : f32[16,16] @ models/lib/nn.yaml:79:7
%10103 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10104 = sub %10103, %3781 : f64[] @ models/lib/nn.yaml:79:7
%10105 = cast %10104 : f32[] @ models/lib/nn.yaml:79:7
%10106 = broadcast %10105 : f32[16,16] @ models/lib/nn.yaml:79:7
%10107 = mul %10095, %10106 : f32[16,16] @ models/lib/nn.yaml:79:7
%10108 = add %10102, %10107 : f32[16,16] @ models/lib/nn.yaml:79:7
%10109 = assign %133, %10108 : f32[16,16] @ models/lib/nn.yaml:79:7
%10110 = all_reduce_sum %5290 : f32[16] @ models/lib/nn.yaml:80:7
%10111 = reshape %10110 : f32[16] @ models/lib/nn.yaml:80:7
%10112 = mul %10111, %10111 : f32[16] @ models/lib/nn.yaml:80:7
%10113 = reduce_sum %10112 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10114 = sqrt %10113 : f32[] @ models/lib/nn.yaml:80:7
%10115 = cast %10114 : f64[] @ models/lib/nn.yaml:80:7
%10116 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10117 = add %10115, %10116 : f64[] @ models/lib/nn.yaml:80:7
%10118 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10119 = div %10118, %10117 : f64[] @ models/lib/nn.yaml:80:7
%10120 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10121 = lt %10119, %10120 : bool[] @ models/lib/nn.yaml:80:7
%10122 = cast %10119 : f32[] @ models/lib/nn.yaml:80:7
%10123 = broadcast %10122 : f32[16] @ models/lib/nn.yaml:80:7
%10124 = mul %10110, %10123 : f32[16] @ models/lib/nn.yaml:80:7
%10125 = broadcast %10121 : bool[16] @ models/lib/nn.yaml:80:7
%10126 = select %10125, %10124, %10110 : f32[16] @ models/lib/nn.yaml:80:7
%10127 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10128 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10129 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10130 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10131 = add %10129, %10130 : i64[] @ models/lib/nn.yaml:80:7
%10132 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10133 = cast %10132 : f32[] @ models/lib/nn.yaml:80:7
%10134 = broadcast %10133 : f32[16] @ models/lib/nn.yaml:80:7
%10135 = mul %10126, %10134 : f32[16] @ models/lib/nn.yaml:80:7
%10136 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10137 = cast %10136 : f32[] @ models/lib/nn.yaml:80:7
%10138 = broadcast %10137 : f32[16] @ models/lib/nn.yaml:80:7
%10139 = mul %10127, %10138 : f32[16] @ models/lib/nn.yaml:80:7
%10140 = add %10139, %10135 : f32[16] @ models/lib/nn.yaml:80:7
%10141 = mul %10126, %10126 : f32[16] @ models/lib/nn.yaml:80:7
%10142 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10143 = cast %10142 : f32[] @ models/lib/nn.yaml:80:7
%10144 = broadcast %10143 : f32[16] @ models/lib/nn.yaml:80:7
%10145 = mul %10141, %10144 : f32[16] @ models/lib/nn.yaml:80:7
%10146 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10147 = cast %10146 : f32[] @ models/lib/nn.yaml:80:7
%10148 = broadcast %10147 : f32[16] @ models/lib/nn.yaml:80:7
%10149 = mul %10128, %10148 : f32[16] @ models/lib/nn.yaml:80:7
%10150 = add %10149, %10145 : f32[16] @ models/lib/nn.yaml:80:7
%10151 = cast %10131 : f64[] @ models/lib/nn.yaml:80:7
%10152 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10153 = pow %10152, %10151 : f64[] @ models/lib/nn.yaml:80:7
%10154 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10155 = sub %10154, %10153 : f64[] @ models/lib/nn.yaml:80:7
%10156 = div %3779, %10155 : f64[] @ models/lib/nn.yaml:80:7
%10157 = cast %10131 : f64[] @ models/lib/nn.yaml:80:7
%10158 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10159 = pow %10158, %10157 : f64[] @ models/lib/nn.yaml:80:7
%10160 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10161 = sub %10160, %10159 : f64[] @ models/lib/nn.yaml:80:7
%10162 = sqrt %10161 : f64[] @ models/lib/nn.yaml:80:7
%10163 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10164 = div %10163, %10162 : f64[] @ models/lib/nn.yaml:80:7
%10165 = sqrt %10150 : f32[16] @ models/lib/nn.yaml:80:7
%10166 = cast %10164 : f32[] @ models/lib/nn.yaml:80:7
%10167 = broadcast %10166 : f32[16] @ models/lib/nn.yaml:80:7
%10168 = mul %10165, %10167 : f32[16] @ models/lib/nn.yaml:80:7
%10169 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10170 = cast %10169 : f32[] @ models/lib/nn.yaml:80:7
%10171 = broadcast %10170 : f32[16] @ models/lib/nn.yaml:80:7
%10172 = add %10168, %10171 : f32[16] @ models/lib/nn.yaml:80:7
%10173 = div %10140, %10172 : f32[16] @ models/lib/nn.yaml:80:7
%10174 = cast %10156 : f32[] @ models/lib/nn.yaml:80:7
%10175 = broadcast %10174 : f32[16] @ models/lib/nn.yaml:80:7
%10176 = mul %10173, %10175 : f32[16] @ models/lib/nn.yaml:80:7
%10177 = sub %56, %10176 : f32[16] @ models/lib/nn.yaml:80:7
%10178 = assign %56, %10177 : f32[16] @ models/lib/nn.yaml:80:7
%10179 = assign %10127, %10140 : f32[16] @ models/lib/nn.yaml:80:7
%10180 = assign %10128, %10150 : f32[16] @ models/lib/nn.yaml:80:7
%10181 = assign %10129, %10131 : i64[] @ models/lib/nn.yaml:80:7
%10182 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%10183 = broadcast %10182 : f32[16] @ models/lib/nn.yaml:80:7
%10184 = mul %134, %10183 : f32[16] @ models/lib/nn.yaml:80:7
%10185 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10186 = sub %10185, %3781 : f64[] @ models/lib/nn.yaml:80:7
%10187 = cast %10186 : f32[] @ models/lib/nn.yaml:80:7
%10188 = broadcast %10187 : f32[16] @ models/lib/nn.yaml:80:7
%10189 = mul %10177, %10188 : f32[16] @ models/lib/nn.yaml:80:7
%10190 = add %10184, %10189 : f32[16] @ models/lib/nn.yaml:80:7
%10191 = assign %134, %10190 : f32[16] @ models/lib/nn.yaml:80:7
%10192 = all_reduce_sum %5284 : f32[16,16] @ models/lib/nn.yaml:79:7
%10193 = reshape %10192 : f32[256] @ models/lib/nn.yaml:79:7
%10194 = mul %10193, %10193 : f32[256] @ models/lib/nn.yaml:79:7
%10195 = reduce_sum %10194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10196 = sqrt %10195 : f32[] @ models/lib/nn.yaml:79:7
%10197 = cast %10196 : f64[] @ models/lib/nn.yaml:79:7
%10198 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10199 = add %10197, %10198 : f64[] @ models/lib/nn.yaml:79:7
%10200 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10201 = div %10200, %10199 : f64[] @ models/lib/nn.yaml:79:7
%10202 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10203 = lt %10201, %10202 : bool[] @ models/lib/nn.yaml:79:7
%10204 = cast %10201 : f32[] @ models/lib/nn.yaml:79:7
%10205 = broadcast %10204 : f32[16,16] @ models/lib/nn.yaml:79:7
%10206 = mul %10192, %10205 : f32[16,16] @ models/lib/nn.yaml:79:7
%10207 = broadcast %10203 : bool[16,16] @ models/lib/nn.yaml:79:7
%10208 = select %10207, %10206, %10192 : f32[16,16] @ models/lib/nn.yaml:79:7
%10209 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10210 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10211 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10212 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10213 = add %10211, %10212 : i64[] @ models/lib/nn.yaml:79:7
%10214 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%10215 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10216 = sub %10215, %10214 : f64[] @ models/lib/nn.yaml:79:7
%10217 = cast %10216 : f32[] @ models/lib/nn.yaml:79:7
%10218 = broadcast %10217 : f32[16,16] @ models/lib/nn.yaml:79:7
%10219 = mul %57, %10218 : f32[16,16] @ models/lib/nn.yaml:79:7
%10220 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10221 = cast %10220 : f32[] @ models/lib/nn.yaml:79:7
%10222 = broadcast %10221 : f32[16,16] @ models/lib/nn.yaml:79:7
%10223 = mul %10208, %10222 : f32[16,16] @ models/lib/nn.yaml:79:7
%10224 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10225 = cast %10224 : f32[] @ models/lib/nn.yaml:79:7
%10226 = broadcast %10225 : f32[16,16] @ models/lib/nn.yaml:79:7
%10227 = mul %10209, %10226 : f32[16,16] @ models/lib/nn.yaml:79:7
%10228 = add %10227, %10223 : f32[16,16] @ models/lib/nn.yaml:79:7
%10229 = mul %10208, %10208 : f32[16,16] @ models/lib/nn.yaml:79:7
%10230 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10231 = cast %10230 : f32[] @ models/lib/nn.yaml:79:7
%10232 = broadcast %10231 : f32[16,16] @ models/lib/nn.yaml:79:7
%10233 = mul %10229, %10232 : f32[16,16] @ models/lib/nn.yaml:79:7
%10234 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10235 = cast %10234 : f32[] @ models/lib/nn.yaml:79:7
%10236 = broadcast %10235 : f32[16,16] @ models/lib/nn.yaml:79:7
%10237 = mul %10210, %10236 : f32[16,16] @ models/lib/nn.yaml:79:7
%10238 = add %10237, %10233 : f32[16,16] @ models/lib/nn.yaml:79:7
%10239 = cast %10213 : f64[] @ models/lib/nn.yaml:79:7
%10240 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10241 = pow %10240, %10239 : f64[] @ models/lib/nn.yaml:79:7
%10242 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10243 = sub %10242, %10241 : f64[] @ models/lib/nn.yaml:79:7
%10244 = div %3779, %10243 : f64[] @ models/lib/nn.yaml:79:7
%10245 = cast %10213 : f64[] @ models/lib/nn.yaml:79:7
%10246 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10247 = pow %10246, %10245 : f64[] @ models/lib/nn.yaml:79:7
%10248 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10249 = sub %10248, %10247 : f64[] @ models/lib/nn.yaml:79:7
%10250 = sqrt %10249 : f64[] @ models/lib/nn.yaml:79:7
%10251 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10252 = div %10251, %10250 : f64[] @ models/lib/nn.yaml:79:7
%10253 = sqrt %10238 : f32[16,16] @ models/lib/nn.yaml:79:7
%10254 = cast %10252 : f32[] @ models/lib/nn.yaml:79:7
%10255 = broadcast %10254 : f32[16,16] @ models/lib/nn.yaml:79:7
%10256 = mul %10253, %10255 : f32[16,16] @ models/lib/nn.yaml:79:7
%10257 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10258 = cast %10257 : f32[] @ models/lib/nn.yaml:79:7
%10259 = broadcast %10258 : f32[16,16] @ models/lib/nn.yaml:79:7
%10260 = add %10256, %10259 : f32[16,16] @ models/lib/nn.yaml:79:7
%10261 = div %10228, %10260 : f32[16,16] @ models/lib/nn.yaml:79:7
%10262 = cast %10244 : f32[] @ models/lib/nn.yaml:79:7
%10263 = broadcast %10262 : f32[16,16] @ models/lib/nn.yaml:79:7
%10264 = mul %10261, %10263 : f32[16,16] @ models/lib/nn.yaml:79:7
%10265 = sub %10219, %10264 : f32[16,16] @ models/lib/nn.yaml:79:7
%10266 = assign %57, %10265 : f32[16,16] @ models/lib/nn.yaml:79:7
%10267 = assign %10209, %10228 : f32[16,16] @ models/lib/nn.yaml:79:7
%10268 = assign %10210, %10238 : f32[16,16] @ models/lib/nn.yaml:79:7
%10269 = assign %10211, %10213 : i64[] @ models/lib/nn.yaml:79:7
%10270 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%10271 = broadcast %10270 : f32[16,16] @ models/lib/nn.yaml:79:7
%10272 = mul %135, %10271 : f32[16,16] @ models/lib/nn.yaml:79:7
%10273 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10274 = sub %10273, %3781 : f64[] @ models/lib/nn.yaml:79:7
%10275 = cast %10274 : f32[] @ models/lib/nn.yaml:79:7
%10276 = broadcast %10275 : f32[16,16] @ models/lib/nn.yaml:79:7
%10277 = mul %10265, %10276 : f32[16,16] @ models/lib/nn.yaml:79:7
%10278 = add %10272, %10277 : f32[16,16] @ models/lib/nn.yaml:79:7
%10279 = assign %135, %10278 : f32[16,16] @ models/lib/nn.yaml:79:7
%10280 = all_reduce_sum %5275 : f32[16] @ models/lib/nn.yaml:80:7
%10281 = reshape %10280 : f32[16] @ models/lib/nn.yaml:80:7
%10282 = mul %10281, %10281 : f32[16] @ models/lib/nn.yaml:80:7
%10283 = reduce_sum %10282 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10284 = sqrt %10283 : f32[] @ models/lib/nn.yaml:80:7
%10285 = cast %10284 : f64[] @ models/lib/nn.yaml:80:7
%10286 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10287 = add %10285, %10286 : f64[] @ models/lib/nn.yaml:80:7
%10288 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10289 = div %10288, %10287 : f64[] @ models/lib/nn.yaml:80:7
%10290 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10291 = lt %10289, %10290 : bool[] @ models/lib/nn.yaml:80:7
%10292 = cast %10289 : f32[] @ models/lib/nn.yaml:80:7
%10293 = broadcast %10292 : f32[16] @ models/lib/nn.yaml:80:7
%10294 = mul %10280, %10293 : f32[16] @ models/lib/nn.yaml:80:7
%10295 = broadcast %10291 : bool[16] @ models/lib/nn.yaml:80:7
%10296 = select %10295, %10294, %10280 : f32[16] @ models/lib/nn.yaml:80:7
%10297 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10298 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10299 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10300 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10301 = add %10299, %10300 : i64[] @ models/lib/nn.yaml:80:7
%10302 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10303 = cast %10302 : f32[] @ models/lib/nn.yaml:80:7
%10304 = broadcast %10303 : f32[16] @ models/lib/nn.yaml:80:7
%10305 = mul %10296, %10304 : f32[16] @ models/lib/nn.yaml:80:7
%10306 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10307 = cast %10306 : f32[] @ models/lib/nn.yaml:80:7
%10308 = broadcast %10307 : f32[16] @ models/lib/nn.yaml:80:7
%10309 = mul %10297, %10308 : f32[16] @ models/lib/nn.yaml:80:7
%10310 = add %10309, %10305 : f32[16] @ models/lib/nn.yaml:80:7
%10311 = mul %10296, %10296 : f32[16] @ models/lib/nn.yaml:80:7
%10312 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10313 = cast %10312 : f32[] @ models/lib/nn.yaml:80:7
%10314 = broadcast %10313 : f32[16] @ models/lib/nn.yaml:80:7
%10315 = mul %10311, %10314 : f32[16] @ models/lib/nn.yaml:80:7
%10316 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10317 = cast %10316 : f32[] @ models/lib/nn.yaml:80:7
%10318 = broadcast %10317 : f32[16] @ models/lib/nn.yaml:80:7
%10319 = mul %10298, %10318 : f32[16] @ models/lib/nn.yaml:80:7
%10320 = add %10319, %10315 : f32[16] @ models/lib/nn.yaml:80:7
%10321 = cast %10301 : f64[] @ models/lib/nn.yaml:80:7
%10322 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10323 = pow %10322, %10321 : f64[] @ models/lib/nn.yaml:80:7
%10324 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10325 = sub %10324, %10323 : f64[] @ models/lib/nn.yaml:80:7
%10326 = div %3779, %10325 : f64[] @ models/lib/nn.yaml:80:7
%10327 = cast %10301 : f64[] @ models/lib/nn.yaml:80:7
%10328 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10329 = pow %10328, %10327 : f64[] @ models/lib/nn.yaml:80:7
%10330 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10331 = sub %10330, %10329 : f64[] @ models/lib/nn.yaml:80:7
%10332 = sqrt %10331 : f64[] @ models/lib/nn.yaml:80:7
%10333 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10334 = div %10333, %10332 : f64[] @ models/lib/nn.yaml:80:7
%10335 = sqrt %10320 : f32[16] @ models/lib/nn.yaml:80:7
%10336 = cast %10334 : f32[] @ models/lib/nn.yaml:80:7
%10337 = broadcast %10336 : f32[16] @ models/lib/nn.yaml:80:7
%10338 = mul %10335, %10337 : f32[16] @ models/lib/nn.yaml:80:7
%10339 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10340 = cast %10339 : f32[] @ models/lib/nn.yaml:80:7
%10341 = broadcast %10340 : f32[16] @ models/lib/nn.yaml:80:7
%10342 = add %10338, %10341 : f32[16] @ models/lib/nn.yaml:80:7
%10343 = div %10310, %10342 : f32[16] @ models/lib/nn.yaml:80:7
%10344 = cast %10326 : f32[] @ models/lib/nn.yaml:80:7
%10345 = broadcast %10344 : f32[16] @ models/lib/nn.yaml:80:7
%10346 = mul %10343, %10345 : f32[16] @ models/lib/nn.yaml:80:7
%10347 = sub %58, %10346 : f32[16] @ models/lib/nn.yaml:80:7
%10348 = assign %58, %10347 : f32[16] @ models/lib/nn.yaml:80:7
%10349 = assign %10297, %10310 : f32[16] @ models/lib/nn.yaml:80:7
%10350 = assign %10298, %10320 : f32[16] @ models/lib/nn.yaml:80:7
%10351 = assign %10299, %10301 : i64[] @ models/lib/nn.yaml:80:7
%10352 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%10353 = broadcast %10352 : f32[16] @ models/lib/nn.yaml:80:7
%10354 = mul %136, %10353 : f32[16] @ models/lib/nn.yaml:80:7
%10355 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10356 = sub %10355, %3781 : f64[] @ models/lib/nn.yaml:80:7
%10357 = cast %10356 : f32[] @ models/lib/nn.yaml:80:7
%10358 = broadcast %10357 : f32[16] @ models/lib/nn.yaml:80:7
%10359 = mul %10347, %10358 : f32[16] @ models/lib/nn.yaml:80:7
%10360 = add %10354, %10359 : f32[16] @ models/lib/nn.yaml:80:7
%10361 = assign %136, %10360 : f32[16] @ models/lib/nn.yaml:80:7
%10362 = all_reduce_sum %5218 : f32[16,16] @ models/lib/nn.yaml:79:7
%10363 = reshape %10362 : f32[256] @ models/lib/nn.yaml:79:7
%10364 = mul %10363, %10363 : f32[256] @ models/lib/nn.yaml:79:7
%10365 = reduce_sum %10364 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10366 = sqrt %10365 : f32[] @ models/lib/nn.yaml:79:7
%10367 = cast %10366 : f64[] @ models/lib/nn.yaml:79:7
%10368 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10369 = add %10367, %10368 : f64[] @ models/lib/nn.yaml:79:7
%10370 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10371 = div %10370, %10369 : f64[] @ models/lib/nn.yaml:79:7
%10372 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10373 = lt %10371, %10372 : bool[] @ models/lib/nn.yaml:79:7
%10374 = cast %10371 : f32[] @ models/lib/nn.yaml:79:7
%10375 = broadcast %10374 : f32[16,16] @ models/lib/nn.yaml:79:7
%10376 = mul %10362, %10375 : f32[16,16] @ models/lib/nn.yaml:79:7
%10377 = broadcast %10373 : bool[16,16] @ models/lib/nn.yaml:79:7
%10378 = select %10377, %10376, %10362 : f32[16,16] @ models/lib/nn.yaml:79:7
%10379 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10380 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10381 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10382 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10383 = add %10381, %10382 : i64[] @ models/lib/nn.yaml:79:7
%10384 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%10385 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10386 = sub %10385, %10384 : f64[] @ models/lib/nn.yaml:79:7
%10387 = cast %10386 : f32[] @ models/lib/nn.yaml:79:7
%10388 = broadcast %10387 : f32[16,16] @ models/lib/nn.yaml:79:7
%10389 = mul %59, %10388 : f32[16,16] @ models/lib/nn.yaml:79:7
%10390 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10391 = cast %10390 : f32[] @ models/lib/nn.yaml:79:7
%10392 = broadcast %10391 : f32[16,16] @ models/lib/nn.yaml:79:7
%10393 = mul %10378, %10392 : f32[16,16] @ models/lib/nn.yaml:79:7
%10394 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10395 = cast %10394 : f32[] @ models/lib/nn.yaml:79:7
%10396 = broadcast %10395 : f32[16,16] @ models/lib/nn.yaml:79:7
%10397 = mul %10379, %10396 : f32[16,16] @ models/lib/nn.yaml:79:7
%10398 = add %10397, %10393 : f32[16,16] @ models/lib/nn.yaml:79:7
%10399 = mul %10378, %10378 : f32[16,16] @ models/lib/nn.yaml:79:7
%10400 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10401 = cast %10400 : f32[] @ models/lib/nn.yaml:79:7
%10402 = broadcast %10401 : f32[16,16] @ models/lib/nn.yaml:79:7
%10403 = mul %10399, %10402 : f32[16,16] @ models/lib/nn.yaml:79:7
%10404 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10405 = cast %10404 : f32[] @ models/lib/nn.yaml:79:7
%10406 = broadcast %10405 : f32[16,16] @ models/lib/nn.yaml:79:7
%10407 = mul %10380, %10406 : f32[16,16] @ models/lib/nn.yaml:79:7
%10408 = add %10407, %10403 : f32[16,16] @ models/lib/nn.yaml:79:7
%10409 = cast %10383 : f64[] @ models/lib/nn.yaml:79:7
%10410 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10411 = pow %10410, %10409 : f64[] @ models/lib/nn.yaml:79:7
%10412 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10413 = sub %10412, %10411 : f64[] @ models/lib/nn.yaml:79:7
%10414 = div %3779, %10413 : f64[] @ models/lib/nn.yaml:79:7
%10415 = cast %10383 : f64[] @ models/lib/nn.yaml:79:7
%10416 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10417 = pow %10416, %10415 : f64[] @ models/lib/nn.yaml:79:7
%10418 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10419 = sub %10418, %10417 : f64[] @ models/lib/nn.yaml:79:7
%10420 = sqrt %10419 : f64[] @ models/lib/nn.yaml:79:7
%10421 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10422 = div %10421, %10420 : f64[] @ models/lib/nn.yaml:79:7
%10423 = sqrt %10408 : f32[16,16] @ models/lib/nn.yaml:79:7
%10424 = cast %10422 : f32[] @ models/lib/nn.yaml:79:7
%10425 = broadcast %10424 : f32[16,16] @ models/lib/nn.yaml:79:7
%10426 = mul %10423, %10425 : f32[16,16] @ models/lib/nn.yaml:79:7
%10427 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10428 = cast %10427 : f32[] @ models/lib/nn.yaml:79:7
%10429 = broadcast %10428 : f32[16,16] @ models/lib/nn.yaml:79:7
%10430 = add %10426, %10429 : f32[16,16] @ models/lib/nn.yaml:79:7
%10431 = div %10398, %10430 : f32[16,16] @ models/lib/nn.yaml:79:7
%10432 = cast %10414 : f32[] @ models/lib/nn.yaml:79:7
%10433 = broadcast %10432 : f32[16,16] @ models/lib/nn.yaml:79:7
%10434 = mul %10431, %10433 : f32[16,16] @ models/lib/nn.yaml:79:7
%10435 = sub %10389, %10434 : f32[16,16] @ models/lib/nn.yaml:79:7
%10436 = assign %59, %10435 : f32[16,16] @ models/lib/nn.yaml:79:7
%10437 = assign %10379, %10398 : f32[16,16] @ models/lib/nn.yaml:79:7
%10438 = assign %10380, %10408 : f32[16,16] @ models/lib/nn.yaml:79:7
%10439 = assign %10381, %10383 : i64[] @ models/lib/nn.yaml:79:7
%10440 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%10441 = broadcast %10440 : f32[16,16] @ models/lib/nn.yaml:79:7
%10442 = mul %137, %10441 : f32[16,16] @ models/lib/nn.yaml:79:7
%10443 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10444 = sub %10443, %3781 : f64[] @ models/lib/nn.yaml:79:7
%10445 = cast %10444 : f32[] @ models/lib/nn.yaml:79:7
%10446 = broadcast %10445 : f32[16,16] @ models/lib/nn.yaml:79:7
%10447 = mul %10435, %10446 : f32[16,16] @ models/lib/nn.yaml:79:7
%10448 = add %10442, %10447 : f32[16,16] @ models/lib/nn.yaml:79:7
%10449 = assign %137, %10448 : f32[16,16] @ models/lib/nn.yaml:79:7
%10450 = all_reduce_sum %5210 : f32[16] @ models/lib/nn.yaml:80:7
%10451 = reshape %10450 : f32[16] @ models/lib/nn.yaml:80:7
%10452 = mul %10451, %10451 : f32[16] @ models/lib/nn.yaml:80:7
%10453 = reduce_sum %10452 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10454 = sqrt %10453 : f32[] @ models/lib/nn.yaml:80:7
%10455 = cast %10454 : f64[] @ models/lib/nn.yaml:80:7
%10456 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10457 = add %10455, %10456 : f64[] @ models/lib/nn.yaml:80:7
%10458 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10459 = div %10458, %10457 : f64[] @ models/lib/nn.yaml:80:7
%10460 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10461 = lt %10459, %10460 : bool[] @ models/lib/nn.yaml:80:7
%10462 = cast %10459 : f32[] @ models/lib/nn.yaml:80:7
%10463 = broadcast %10462 : f32[16] @ models/lib/nn.yaml:80:7
%10464 = mul %10450, %10463 : f32[16] @ models/lib/nn.yaml:80:7
%10465 = broadcast %10461 : bool[16] @ models/lib/nn.yaml:80:7
%10466 = select %10465, %10464, %10450 : f32[16] @ models/lib/nn.yaml:80:7
%10467 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10468 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10469 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10470 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10471 = add %10469, %10470 : i64[] @ models/lib/nn.yaml:80:7
%10472 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10473 = cast %10472 : f32[] @ models/lib/nn.yaml:80:7
%10474 = broadcast %10473 : f32[16] @ models/lib/nn.yaml:80:7
%10475 = mul %10466, %10474 : f32[16] @ models/lib/nn.yaml:80:7
%10476 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10477 = cast %10476 : f32[] @ models/lib/nn.yaml:80:7
%10478 = broadcast %10477 : f32[16] @ models/lib/nn.yaml:80:7
%10479 = mul %10467, %10478 : f32[16] @ models/lib/nn.yaml:80:7
%10480 = add %10479, %10475 : f32[16] @ models/lib/nn.yaml:80:7
%10481 = mul %10466, %10466 : f32[16] @ models/lib/nn.yaml:80:7
%10482 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10483 = cast %10482 : f32[] @ models/lib/nn.yaml:80:7
%10484 = broadcast %10483 : f32[16] @ models/lib/nn.yaml:80:7
%10485 = mul %10481, %10484 : f32[16] @ models/lib/nn.yaml:80:7
%10486 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10487 = cast %10486 : f32[] @ models/lib/nn.yaml:80:7
%10488 = broadcast %10487 : f32[16] @ models/lib/nn.yaml:80:7
%10489 = mul %10468, %10488 : f32[16] @ models/lib/nn.yaml:80:7
%10490 = add %10489, %10485 : f32[16] @ models/lib/nn.yaml:80:7
%10491 = cast %10471 : f64[] @ models/lib/nn.yaml:80:7
%10492 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10493 = pow %10492, %10491 : f64[] @ models/lib/nn.yaml:80:7
%10494 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10495 = sub %10494, %10493 : f64[] @ models/lib/nn.yaml:80:7
%10496 = div %3779, %10495 : f64[] @ models/lib/nn.yaml:80:7
%10497 = cast %10471 : f64[] @ models/lib/nn.yaml:80:7
%10498 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10499 = pow %10498, %10497 : f64[] @ models/lib/nn.yaml:80:7
%10500 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10501 = sub %10500, %10499 : f64[] @ models/lib/nn.yaml:80:7
%10502 = sqrt %10501 : f64[] @ models/lib/nn.yaml:80:7
%10503 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10504 = div %10503, %10502 : f64[] @ models/lib/nn.yaml:80:7
%10505 = sqrt %10490 : f32[16] @ models/lib/nn.yaml:80:7
%10506 = cast %10504 : f32[] @ models/lib/nn.yaml:80:7
%10507 = broadcast %10506 : f32[16] @ models/lib/nn.yaml:80:7
%10508 = mul %10505, %10507 : f32[16] @ models/lib/nn.yaml:80:7
%10509 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10510 = cast %10509 : f32[] @ models/lib/nn.yaml:80:7
%10511 = broadcast %10510 : f32[16] @ models/lib/nn.yaml:80:7
%10512 = add %10508, %10511 : f32[16] @ models/lib/nn.yaml:80:7
%10513 = div %10480, %10512 : f32[16] @ models/lib/nn.yaml:80:7
%10514 = cast %10496 : f32[] @ models/lib/nn.yaml:80:7
%10515 = broadcast %10514 : f32[16] @ models/lib/nn.yaml:80:7
%10516 = mul %10513, %10515 : f32[16] @ models/lib/nn.yaml:80:7
%10517 = sub %60, %10516 : f32[16] @ models/lib/nn.yaml:80:7
%10518 = assign %60, %10517 : f32[16] @ models/lib/nn.yaml:80:7
%10519 = assign %10467, %10480 : f32[16] @ models/lib/nn.yaml:80:7
%10520 = assign %10468, %10490 : f32[16] @ models/lib/nn.yaml:80:7
%10521 = assign %10469, %10471 : i64[] @ models/lib/nn.yaml:80:7
%10522 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%10523 = broadcast %10522 : f32[16] @ models/lib/nn.yaml:80:7
%10524 = mul %138, %10523 : f32[16] @ models/lib/nn.yaml:80:7
%10525 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10526 = sub %10525, %3781 : f64[] @ models/lib/nn.yaml:80:7
%10527 = cast %10526 : f32[] @ models/lib/nn.yaml:80:7
%10528 = broadcast %10527 : f32[16] @ models/lib/nn.yaml:80:7
%10529 = mul %10517, %10528 : f32[16] @ models/lib/nn.yaml:80:7
%10530 = add %10524, %10529 : f32[16] @ models/lib/nn.yaml:80:7
%10531 = assign %138, %10530 : f32[16] @ models/lib/nn.yaml:80:7
%10532 = all_reduce_sum %5186 : f32[16] @ models/lib/nn.yaml:89:7
%10533 = reshape %10532 : f32[16] @ models/lib/nn.yaml:89:7
%10534 = mul %10533, %10533 : f32[16] @ models/lib/nn.yaml:89:7
%10535 = reduce_sum %10534 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%10536 = sqrt %10535 : f32[] @ models/lib/nn.yaml:89:7
%10537 = cast %10536 : f64[] @ models/lib/nn.yaml:89:7
%10538 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%10539 = add %10537, %10538 : f64[] @ models/lib/nn.yaml:89:7
%10540 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%10541 = div %10540, %10539 : f64[] @ models/lib/nn.yaml:89:7
%10542 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10543 = lt %10541, %10542 : bool[] @ models/lib/nn.yaml:89:7
%10544 = cast %10541 : f32[] @ models/lib/nn.yaml:89:7
%10545 = broadcast %10544 : f32[16] @ models/lib/nn.yaml:89:7
%10546 = mul %10532, %10545 : f32[16] @ models/lib/nn.yaml:89:7
%10547 = broadcast %10543 : bool[16] @ models/lib/nn.yaml:89:7
%10548 = select %10547, %10546, %10532 : f32[16] @ models/lib/nn.yaml:89:7
%10549 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10550 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10551 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%10552 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%10553 = add %10551, %10552 : i64[] @ models/lib/nn.yaml:89:7
%10554 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%10555 = cast %10554 : f32[] @ models/lib/nn.yaml:89:7
%10556 = broadcast %10555 : f32[16] @ models/lib/nn.yaml:89:7
%10557 = mul %10548, %10556 : f32[16] @ models/lib/nn.yaml:89:7
%10558 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10559 = cast %10558 : f32[] @ models/lib/nn.yaml:89:7
%10560 = broadcast %10559 : f32[16] @ models/lib/nn.yaml:89:7
%10561 = mul %10549, %10560 : f32[16] @ models/lib/nn.yaml:89:7
%10562 = add %10561, %10557 : f32[16] @ models/lib/nn.yaml:89:7
%10563 = mul %10548, %10548 : f32[16] @ models/lib/nn.yaml:89:7
%10564 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%10565 = cast %10564 : f32[] @ models/lib/nn.yaml:89:7
%10566 = broadcast %10565 : f32[16] @ models/lib/nn.yaml:89:7
%10567 = mul %10563, %10566 : f32[16] @ models/lib/nn.yaml:89:7
%10568 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10569 = cast %10568 : f32[] @ models/lib/nn.yaml:89:7
%10570 = broadcast %10569 : f32[16] @ models/lib/nn.yaml:89:7
%10571 = mul %10550, %10570 : f32[16] @ models/lib/nn.yaml:89:7
%10572 = add %10571, %10567 : f32[16] @ models/lib/nn.yaml:89:7
%10573 = cast %10553 : f64[] @ models/lib/nn.yaml:89:7
%10574 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10575 = pow %10574, %10573 : f64[] @ models/lib/nn.yaml:89:7
%10576 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10577 = sub %10576, %10575 : f64[] @ models/lib/nn.yaml:89:7
%10578 = div %3779, %10577 : f64[] @ models/lib/nn.yaml:89:7
%10579 = cast %10553 : f64[] @ models/lib/nn.yaml:89:7
%10580 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10581 = pow %10580, %10579 : f64[] @ models/lib/nn.yaml:89:7
%10582 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10583 = sub %10582, %10581 : f64[] @ models/lib/nn.yaml:89:7
%10584 = sqrt %10583 : f64[] @ models/lib/nn.yaml:89:7
%10585 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10586 = div %10585, %10584 : f64[] @ models/lib/nn.yaml:89:7
%10587 = sqrt %10572 : f32[16] @ models/lib/nn.yaml:89:7
%10588 = cast %10586 : f32[] @ models/lib/nn.yaml:89:7
%10589 = broadcast %10588 : f32[16] @ models/lib/nn.yaml:89:7
%10590 = mul %10587, %10589 : f32[16] @ models/lib/nn.yaml:89:7
%10591 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%10592 = cast %10591 : f32[] @ models/lib/nn.yaml:89:7
%10593 = broadcast %10592 : f32[16] @ models/lib/nn.yaml:89:7
%10594 = add %10590, %10593 : f32[16] @ models/lib/nn.yaml:89:7
%10595 = div %10562, %10594 : f32[16] @ models/lib/nn.yaml:89:7
%10596 = cast %10578 : f32[] @ models/lib/nn.yaml:89:7
%10597 = broadcast %10596 : f32[16] @ models/lib/nn.yaml:89:7
%10598 = mul %10595, %10597 : f32[16] @ models/lib/nn.yaml:89:7
%10599 = sub %61, %10598 : f32[16] @ models/lib/nn.yaml:89:7
%10600 = assign %61, %10599 : f32[16] @ models/lib/nn.yaml:89:7
%10601 = assign %10549, %10562 : f32[16] @ models/lib/nn.yaml:89:7
%10602 = assign %10550, %10572 : f32[16] @ models/lib/nn.yaml:89:7
%10603 = assign %10551, %10553 : i64[] @ models/lib/nn.yaml:89:7
%10604 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%10605 = broadcast %10604 : f32[16] @ models/lib/nn.yaml:89:7
%10606 = mul %139, %10605 : f32[16] @ models/lib/nn.yaml:89:7
%10607 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10608 = sub %10607, %3781 : f64[] @ models/lib/nn.yaml:89:7
%10609 = cast %10608 : f32[] @ models/lib/nn.yaml:89:7
%10610 = broadcast %10609 : f32[16] @ models/lib/nn.yaml:89:7
%10611 = mul %10599, %10610 : f32[16] @ models/lib/nn.yaml:89:7
%10612 = add %10606, %10611 : f32[16] @ models/lib/nn.yaml:89:7
%10613 = assign %139, %10612 : f32[16] @ models/lib/nn.yaml:89:7
%10614 = all_reduce_sum %5179 : f32[16] @ models/lib/nn.yaml:90:7
%10615 = reshape %10614 : f32[16] @ models/lib/nn.yaml:90:7
%10616 = mul %10615, %10615 : f32[16] @ models/lib/nn.yaml:90:7
%10617 = reduce_sum %10616 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%10618 = sqrt %10617 : f32[] @ models/lib/nn.yaml:90:7
%10619 = cast %10618 : f64[] @ models/lib/nn.yaml:90:7
%10620 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%10621 = add %10619, %10620 : f64[] @ models/lib/nn.yaml:90:7
%10622 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%10623 = div %10622, %10621 : f64[] @ models/lib/nn.yaml:90:7
%10624 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10625 = lt %10623, %10624 : bool[] @ models/lib/nn.yaml:90:7
%10626 = cast %10623 : f32[] @ models/lib/nn.yaml:90:7
%10627 = broadcast %10626 : f32[16] @ models/lib/nn.yaml:90:7
%10628 = mul %10614, %10627 : f32[16] @ models/lib/nn.yaml:90:7
%10629 = broadcast %10625 : bool[16] @ models/lib/nn.yaml:90:7
%10630 = select %10629, %10628, %10614 : f32[16] @ models/lib/nn.yaml:90:7
%10631 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10632 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10633 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%10634 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%10635 = add %10633, %10634 : i64[] @ models/lib/nn.yaml:90:7
%10636 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%10637 = cast %10636 : f32[] @ models/lib/nn.yaml:90:7
%10638 = broadcast %10637 : f32[16] @ models/lib/nn.yaml:90:7
%10639 = mul %10630, %10638 : f32[16] @ models/lib/nn.yaml:90:7
%10640 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10641 = cast %10640 : f32[] @ models/lib/nn.yaml:90:7
%10642 = broadcast %10641 : f32[16] @ models/lib/nn.yaml:90:7
%10643 = mul %10631, %10642 : f32[16] @ models/lib/nn.yaml:90:7
%10644 = add %10643, %10639 : f32[16] @ models/lib/nn.yaml:90:7
%10645 = mul %10630, %10630 : f32[16] @ models/lib/nn.yaml:90:7
%10646 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%10647 = cast %10646 : f32[] @ models/lib/nn.yaml:90:7
%10648 = broadcast %10647 : f32[16] @ models/lib/nn.yaml:90:7
%10649 = mul %10645, %10648 : f32[16] @ models/lib/nn.yaml:90:7
%10650 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10651 = cast %10650 : f32[] @ models/lib/nn.yaml:90:7
%10652 = broadcast %10651 : f32[16] @ models/lib/nn.yaml:90:7
%10653 = mul %10632, %10652 : f32[16] @ models/lib/nn.yaml:90:7
%10654 = add %10653, %10649 : f32[16] @ models/lib/nn.yaml:90:7
%10655 = cast %10635 : f64[] @ models/lib/nn.yaml:90:7
%10656 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10657 = pow %10656, %10655 : f64[] @ models/lib/nn.yaml:90:7
%10658 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10659 = sub %10658, %10657 : f64[] @ models/lib/nn.yaml:90:7
%10660 = div %3779, %10659 : f64[] @ models/lib/nn.yaml:90:7
%10661 = cast %10635 : f64[] @ models/lib/nn.yaml:90:7
%10662 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10663 = pow %10662, %10661 : f64[] @ models/lib/nn.yaml:90:7
%10664 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10665 = sub %10664, %10663 : f64[] @ models/lib/nn.yaml:90:7
%10666 = sqrt %10665 : f64[] @ models/lib/nn.yaml:90:7
%10667 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10668 = div %10667, %10666 : f64[] @ models/lib/nn.yaml:90:7
%10669 = sqrt %10654 : f32[16] @ models/lib/nn.yaml:90:7
%10670 = cast %10668 : f32[] @ models/lib/nn.yaml:90:7
%10671 = broadcast %10670 : f32[16] @ models/lib/nn.yaml:90:7
%10672 = mul %10669, %10671 : f32[16] @ models/lib/nn.yaml:90:7
%10673 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%10674 = cast %10673 : f32[] @ models/lib/nn.yaml:90:7
%10675 = broadcast %10674 : f32[16] @ models/lib/nn.yaml:90:7
%10676 = add %10672, %10675 : f32[16] @ models/lib/nn.yaml:90:7
%10677 = div %10644, %10676 : f32[16] @ models/lib/nn.yaml:90:7
%10678 = cast %10660 : f32[] @ models/lib/nn.yaml:90:7
%10679 = broadcast %10678 : f32[16] @ models/lib/nn.yaml:90:7
%10680 = mul %10677, %10679 : f32[16] @ models/lib/nn.yaml:90:7
%10681 = sub %62, %10680 : f32[16] @ models/lib/nn.yaml:90:7
%10682 = assign %62, %10681 : f32[16] @ models/lib/nn.yaml:90:7
%10683 = assign %10631, %10644 : f32[16] @ models/lib/nn.yaml:90:7
%10684 = assign %10632, %10654 : f32[16] @ models/lib/nn.yaml:90:7
%10685 = assign %10633, %10635 : i64[] @ models/lib/nn.yaml:90:7
%10686 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%10687 = broadcast %10686 : f32[16] @ models/lib/nn.yaml:90:7
%10688 = mul %140, %10687 : f32[16] @ models/lib/nn.yaml:90:7
%10689 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10690 = sub %10689, %3781 : f64[] @ models/lib/nn.yaml:90:7
%10691 = cast %10690 : f32[] @ models/lib/nn.yaml:90:7
%10692 = broadcast %10691 : f32[16] @ models/lib/nn.yaml:90:7
%10693 = mul %10681, %10692 : f32[16] @ models/lib/nn.yaml:90:7
%10694 = add %10688, %10693 : f32[16] @ models/lib/nn.yaml:90:7
%10695 = assign %140, %10694 : f32[16] @ models/lib/nn.yaml:90:7
%10696 = all_reduce_sum %5175 : f32[64,16] @ models/lib/nn.yaml:79:7
%10697 = reshape %10696 : f32[1024] @ models/lib/nn.yaml:79:7
%10698 = mul %10697, %10697 : f32[1024] @ models/lib/nn.yaml:79:7
%10699 = reduce_sum %10698 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10700 = sqrt %10699 : f32[] @ models/lib/nn.yaml:79:7
%10701 = cast %10700 : f64[] @ models/lib/nn.yaml:79:7
%10702 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10703 = add %10701, %10702 : f64[] @ models/lib/nn.yaml:79:7
%10704 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10705 = div %10704, %10703 : f64[] @ models/lib/nn.yaml:79:7
%10706 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10707 = lt %10705, %10706 : bool[] @ models/lib/nn.yaml:79:7
%10708 = cast %10705 : f32[] @ models/lib/nn.yaml:79:7
%10709 = broadcast %10708 : f32[64,16] @ models/lib/nn.yaml:79:7
%10710 = mul %10696, %10709 : f32[64,16] @ models/lib/nn.yaml:79:7
%10711 = broadcast %10707 : bool[64,16] @ models/lib/nn.yaml:79:7
%10712 = select %10711, %10710, %10696 : f32[64,16] @ models/lib/nn.yaml:79:7
%10713 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%10714 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%10715 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10716 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10717 = add %10715, %10716 : i64[] @ models/lib/nn.yaml:79:7
%10718 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%10719 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10720 = sub %10719, %10718 : f64[] @ models/lib/nn.yaml:79:7
%10721 = cast %10720 : f32[] @ models/lib/nn.yaml:79:7
%10722 = broadcast %10721 : f32[64,16] @ models/lib/nn.yaml:79:7
%10723 = mul %63, %10722 : f32[64,16] @ models/lib/nn.yaml:79:7
%10724 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10725 = cast %10724 : f32[] @ models/lib/nn.yaml:79:7
%10726 = broadcast %10725 : f32[64,16] @ models/lib/nn.yaml:79:7
%10727 = mul %10712, %10726 : f32[64,16] @ models/lib/nn.yaml:79:7
%10728 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10729 = cast %10728 : f32[] @ models/lib/nn.yaml:79:7
%10730 = broadcast %10729 : f32[64,16] @ models/lib/nn.yaml:79:7
%10731 = mul %10713, %10730 : f32[64,16] @ models/lib/nn.yaml:79:7
%10732 = add %10731, %10727 : f32[64,16] @ models/lib/nn.yaml:79:7
%10733 = mul %10712, %10712 : f32[64,16] @ models/lib/nn.yaml:79:7
%10734 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10735 = cast %10734 : f32[] @ models/lib/nn.yaml:79:7
%10736 = broadcast %10735 : f32[64,16] @ models/lib/nn.yaml:79:7
%10737 = mul %10733, %10736 : f32[64,16] @ models/lib/nn.yaml:79:7
%10738 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10739 = cast %10738 : f32[] @ models/lib/nn.yaml:79:7
%10740 = broadcast %10739 : f32[64,16] @ models/lib/nn.yaml:79:7
%10741 = mul %10714, %10740 : f32[64,16] @ models/lib/nn.yaml:79:7
%10742 = add %10741, %10737 : f32[64,16] @ models/lib/nn.yaml:79:7
%10743 = cast %10717 : f64[] @ models/lib/nn.yaml:79:7
%10744 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10745 = pow %10744, %10743 : f64[] @ models/lib/nn.yaml:79:7
%10746 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10747 = sub %10746, %10745 : f64[] @ models/lib/nn.yaml:79:7
%10748 = div %3779, %10747 : f64[] @ models/lib/nn.yaml:79:7
%10749 = cast %10717 : f64[] @ models/lib/nn.yaml:79:7
%10750 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10751 = pow %10750, %10749 : f64[] @ models/lib/nn.yaml:79:7
%10752 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10753 = sub %10752, %10751 : f64[] @ models/lib/nn.yaml:79:7
%10754 = sqrt %10753 : f64[] @ models/lib/nn.yaml:79:7
%10755 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10756 = div %10755, %10754 : f64[] @ models/lib/nn.yaml:79:7
%10757 = sqrt %10742 : f32[64,16] @ models/lib/nn.yaml:79:7
%10758 = cast %10756 : f32[] @ models/lib/nn.yaml:79:7
%10759 = broadcast %10758 : f32[64,16] @ models/lib/nn.yaml:79:7
%10760 = mul %10757, %10759 : f32[64,16] @ models/lib/nn.yaml:79:7
%10761 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10762 = cast %10761 : f32[] @ models/lib/nn.yaml:79:7
%10763 = broadcast %10762 : f32[64,16] @ models/lib/nn.yaml:79:7
%10764 = add %10760, %10763 : f32[64,16] @ models/lib/nn.yaml:79:7
%10765 = div %10732, %10764 : f32[64,16] @ models/lib/nn.yaml:79:7
%10766 = cast %10748 : f32[] @ models/lib/nn.yaml:79:7
%10767 = broadcast %10766 : f32[64,16] @ models/lib/nn.yaml:79:7
%10768 = mul %10765, %10767 : f32[64,16] @ models/lib/nn.yaml:79:7
%10769 = sub %10723, %10768 : f32[64,16] @ models/lib/nn.yaml:79:7
%10770 = assign %63, %10769 : f32[64,16] @ models/lib/nn.yaml:79:7
%10771 = assign %10713, %10732 : f32[64,16] @ models/lib/nn.yaml:79:7
%10772 = assign %10714, %10742 : f32[64,16] @ models/lib/nn.yaml:79:7
%10773 = assign %10715, %10717 : i64[] @ models/lib/nn.yaml:79:7
%10774 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%10775 = broadcast %10774 : f32[64,16] @ models/lib/nn.yaml:79:7
%10776 = mul %141, %10775 : f32[64,16] @ models/lib/nn.yaml:79:7
%10777 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10778 = sub %10777, %3781 : f64[] @ models/lib/nn.yaml:79:7
%10779 = cast %10778 : f32[] @ models/lib/nn.yaml:79:7
%10780 = broadcast %10779 : f32[64,16] @ models/lib/nn.yaml:79:7
%10781 = mul %10769, %10780 : f32[64,16] @ models/lib/nn.yaml:79:7
%10782 = add %10776, %10781 : f32[64,16] @ models/lib/nn.yaml:79:7
%10783 = assign %141, %10782 : f32[64,16] @ models/lib/nn.yaml:79:7
%10784 = all_reduce_sum %5167 : f32[64] @ models/lib/nn.yaml:80:7
%10785 = reshape %10784 : f32[64] @ models/lib/nn.yaml:80:7
%10786 = mul %10785, %10785 : f32[64] @ models/lib/nn.yaml:80:7
%10787 = reduce_sum %10786 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10788 = sqrt %10787 : f32[] @ models/lib/nn.yaml:80:7
%10789 = cast %10788 : f64[] @ models/lib/nn.yaml:80:7
%10790 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10791 = add %10789, %10790 : f64[] @ models/lib/nn.yaml:80:7
%10792 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10793 = div %10792, %10791 : f64[] @ models/lib/nn.yaml:80:7
%10794 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10795 = lt %10793, %10794 : bool[] @ models/lib/nn.yaml:80:7
%10796 = cast %10793 : f32[] @ models/lib/nn.yaml:80:7
%10797 = broadcast %10796 : f32[64] @ models/lib/nn.yaml:80:7
%10798 = mul %10784, %10797 : f32[64] @ models/lib/nn.yaml:80:7
%10799 = broadcast %10795 : bool[64] @ models/lib/nn.yaml:80:7
%10800 = select %10799, %10798, %10784 : f32[64] @ models/lib/nn.yaml:80:7
%10801 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%10802 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%10803 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10804 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10805 = add %10803, %10804 : i64[] @ models/lib/nn.yaml:80:7
%10806 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10807 = cast %10806 : f32[] @ models/lib/nn.yaml:80:7
%10808 = broadcast %10807 : f32[64] @ models/lib/nn.yaml:80:7
%10809 = mul %10800, %10808 : f32[64] @ models/lib/nn.yaml:80:7
%10810 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10811 = cast %10810 : f32[] @ models/lib/nn.yaml:80:7
%10812 = broadcast %10811 : f32[64] @ models/lib/nn.yaml:80:7
%10813 = mul %10801, %10812 : f32[64] @ models/lib/nn.yaml:80:7
%10814 = add %10813, %10809 : f32[64] @ models/lib/nn.yaml:80:7
%10815 = mul %10800, %10800 : f32[64] @ models/lib/nn.yaml:80:7
%10816 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10817 = cast %10816 : f32[] @ models/lib/nn.yaml:80:7
%10818 = broadcast %10817 : f32[64] @ models/lib/nn.yaml:80:7
%10819 = mul %10815, %10818 : f32[64] @ models/lib/nn.yaml:80:7
%10820 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10821 = cast %10820 : f32[] @ models/lib/nn.yaml:80:7
%10822 = broadcast %10821 : f32[64] @ models/lib/nn.yaml:80:7
%10823 = mul %10802, %10822 : f32[64] @ models/lib/nn.yaml:80:7
%10824 = add %10823, %10819 : f32[64] @ models/lib/nn.yaml:80:7
%10825 = cast %10805 : f64[] @ models/lib/nn.yaml:80:7
%10826 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10827 = pow %10826, %10825 : f64[] @ models/lib/nn.yaml:80:7
%10828 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10829 = sub %10828, %10827 : f64[] @ models/lib/nn.yaml:80:7
%10830 = div %3779, %10829 : f64[] @ models/lib/nn.yaml:80:7
%10831 = cast %10805 : f64[] @ models/lib/nn.yaml:80:7
%10832 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10833 = pow %10832, %10831 : f64[] @ models/lib/nn.yaml:80:7
%10834 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10835 = sub %10834, %10833 : f64[] @ models/lib/nn.yaml:80:7
%10836 = sqrt %10835 : f64[] @ models/lib/nn.yaml:80:7
%10837 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10838 = div %10837, %10836 : f64[] @ models/lib/nn.yaml:80:7
%10839 = sqrt %10824 : f32[64] @ models/lib/nn.yaml:80:7
%10840 = cast %10838 : f32[] @ models/lib/nn.yaml:80:7
%10841 = broadcast %10840 : f32[64] @ models/lib/nn.yaml:80:7
%10842 = mul %10839, %10841 : f32[64] @ models/lib/nn.yaml:80:7
%10843 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10844 = cast %10843 : f32[] @ models/lib/nn.yaml:80:7
%10845 = broadcast %10844 : f32[64] @ models/lib/nn.yaml:80:7
%10846 = add %10842, %10845 : f32[64] @ models/lib/nn.yaml:80:7
%10847 = div %10814, %10846 : f32[64] @ models/lib/nn.yaml:80:7
%10848 = cast %10830 : f32[] @ models/lib/nn.yaml:80:7
%10849 = broadcast %10848 : f32[64] @ models/lib/nn.yaml:80:7
%10850 = mul %10847, %10849 : f32[64] @ models/lib/nn.yaml:80:7
%10851 = sub %64, %10850 : f32[64] @ models/lib/nn.yaml:80:7
%10852 = assign %64, %10851 : f32[64] @ models/lib/nn.yaml:80:7
%10853 = assign %10801, %10814 : f32[64] @ models/lib/nn.yaml:80:7
%10854 = assign %10802, %10824 : f32[64] @ models/lib/nn.yaml:80:7
%10855 = assign %10803, %10805 : i64[] @ models/lib/nn.yaml:80:7
%10856 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%10857 = broadcast %10856 : f32[64] @ models/lib/nn.yaml:80:7
%10858 = mul %142, %10857 : f32[64] @ models/lib/nn.yaml:80:7
%10859 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10860 = sub %10859, %3781 : f64[] @ models/lib/nn.yaml:80:7
%10861 = cast %10860 : f32[] @ models/lib/nn.yaml:80:7
%10862 = broadcast %10861 : f32[64] @ models/lib/nn.yaml:80:7
%10863 = mul %10851, %10862 : f32[64] @ models/lib/nn.yaml:80:7
%10864 = add %10858, %10863 : f32[64] @ models/lib/nn.yaml:80:7
%10865 = assign %142, %10864 : f32[64] @ models/lib/nn.yaml:80:7
%10866 = all_reduce_sum %5150 : f32[16,64] @ models/lib/nn.yaml:79:7
%10867 = reshape %10866 : f32[1024] @ models/lib/nn.yaml:79:7
%10868 = mul %10867, %10867 : f32[1024] @ models/lib/nn.yaml:79:7
%10869 = reduce_sum %10868 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10870 = sqrt %10869 : f32[] @ models/lib/nn.yaml:79:7
%10871 = cast %10870 : f64[] @ models/lib/nn.yaml:79:7
%10872 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10873 = add %10871, %10872 : f64[] @ models/lib/nn.yaml:79:7
%10874 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10875 = div %10874, %10873 : f64[] @ models/lib/nn.yaml:79:7
%10876 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10877 = lt %10875, %10876 : bool[] @ models/lib/nn.yaml:79:7
%10878 = cast %10875 : f32[] @ models/lib/nn.yaml:79:7
%10879 = broadcast %10878 : f32[16,64] @ models/lib/nn.yaml:79:7
%10880 = mul %10866, %10879 : f32[16,64] @ models/lib/nn.yaml:79:7
%10881 = broadcast %10877 : bool[16,64] @ models/lib/nn.yaml:79:7
%10882 = select %10881, %10880, %10866 : f32[16,64] @ models/lib/nn.yaml:79:7
%10883 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%10884 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%10885 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10886 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10887 = add %10885, %10886 : i64[] @ models/lib/nn.yaml:79:7
%10888 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%10889 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10890 = sub %10889, %10888 : f64[] @ models/lib/nn.yaml:79:7
%10891 = cast %10890 : f32[] @ models/lib/nn.yaml:79:7
%10892 = broadcast %10891 : f32[16,64] @ models/lib/nn.yaml:79:7
%10893 = mul %65, %10892 : f32[16,64] @ models/lib/nn.yaml:79:7
%10894 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10895 = cast %10894 : f32[] @ models/lib/nn.yaml:79:7
%10896 = broadcast %10895 : f32[16,64] @ models/lib/nn.yaml:79:7
%10897 = mul %10882, %10896 : f32[16,64] @ models/lib/nn.yaml:79:7
%10898 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10899 = cast %10898 : f32[] @ models/lib/nn.yaml:79:7
%10900 = broadcast %10899 : f32[16,64] @ models/lib/nn.yaml:79:7
%10901 = mul %10883, %10900 : f32[16,64] @ models/lib/nn.yaml:79:7
%10902 = add %10901, %10897 : f32[16,64] @ models/lib/nn.yaml:79:7
%10903 = mul %10882, %10882 : f32[16,64] @ models/lib/nn.yaml:79:7
%10904 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10905 = cast %10904 : f32[] @ models/lib/nn.yaml:79:7
%10906 = broadcast %10905 : f32[16,64] @ models/lib/nn.yaml:79:7
%10907 = mul %10903, %10906 : f32[16,64] @ models/lib/nn.yaml:79:7
%10908 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10909 = cast %10908 : f32[] @ models/lib/nn.yaml:79:7
%10910 = broadcast %10909 : f32[16,64] @ models/lib/nn.yaml:79:7
%10911 = mul %10884, %10910 : f32[16,64] @ models/lib/nn.yaml:79:7
%10912 = add %10911, %10907 : f32[16,64] @ models/lib/nn.yaml:79:7
%10913 = cast %10887 : f64[] @ models/lib/nn.yaml:79:7
%10914 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10915 = pow %10914, %10913 : f64[] @ models/lib/nn.yaml:79:7
%10916 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10917 = sub %10916, %10915 : f64[] @ models/lib/nn.yaml:79:7
%10918 = div %3779, %10917 : f64[] @ models/lib/nn.yaml:79:7
%10919 = cast %10887 : f64[] @ models/lib/nn.yaml:79:7
%10920 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10921 = pow %10920, %10919 : f64[] @ models/lib/nn.yaml:79:7
%10922 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10923 = sub %10922, %10921 : f64[] @ models/lib/nn.yaml:79:7
%10924 = sqrt %10923 : f64[] @ models/lib/nn.yaml:79:7
%10925 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10926 = div %10925, %10924 : f64[] @ models/lib/nn.yaml:79:7
%10927 = sqrt %10912 : f32[16,64] @ models/lib/nn.yaml:79:7
%10928 = cast %10926 : f32[] @ models/lib/nn.yaml:79:7
%10929 = broadcast %10928 : f32[16,64] @ models/lib/nn.yaml:79:7
%10930 = mul %10927, %10929 : f32[16,64] @ models/lib/nn.yaml:79:7
%10931 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10932 = cast %10931 : f32[] @ models/lib/nn.yaml:79:7
%10933 = broadcast %10932 : f32[16,64] @ models/lib/nn.yaml:79:7
%10934 = add %10930, %10933 : f32[16,64] @ models/lib/nn.yaml:79:7
%10935 = div %10902, %10934 : f32[16,64] @ models/lib/nn.yaml:79:7
%10936 = cast %10918 : f32[] @ models/lib/nn.yaml:79:7
%10937 = broadcast %10936 : f32[16,64] @ models/lib/nn.yaml:79:7
%10938 = mul %10935, %10937 : f32[16,64] @ models/lib/nn.yaml:79:7
%10939 = sub %10893, %10938 : f32[16,64] @ models/lib/nn.yaml:79:7
%10940 = assign %65, %10939 : f32[16,64] @ models/lib/nn.yaml:79:7
%10941 = assign %10883, %10902 : f32[16,64] @ models/lib/nn.yaml:79:7
%10942 = assign %10884, %10912 : f32[16,64] @ models/lib/nn.yaml:79:7
%10943 = assign %10885, %10887 : i64[] @ models/lib/nn.yaml:79:7
%10944 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%10945 = broadcast %10944 : f32[16,64] @ models/lib/nn.yaml:79:7
%10946 = mul %143, %10945 : f32[16,64] @ models/lib/nn.yaml:79:7
%10947 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10948 = sub %10947, %3781 : f64[] @ models/lib/nn.yaml:79:7
%10949 = cast %10948 : f32[] @ models/lib/nn.yaml:79:7
%10950 = broadcast %10949 : f32[16,64] @ models/lib/nn.yaml:79:7
%10951 = mul %10939, %10950 : f32[16,64] @ models/lib/nn.yaml:79:7
%10952 = add %10946, %10951 : f32[16,64] @ models/lib/nn.yaml:79:7
%10953 = assign %143, %10952 : f32[16,64] @ models/lib/nn.yaml:79:7
%10954 = all_reduce_sum %5142 : f32[16] @ models/lib/nn.yaml:80:7
%10955 = reshape %10954 : f32[16] @ models/lib/nn.yaml:80:7
%10956 = mul %10955, %10955 : f32[16] @ models/lib/nn.yaml:80:7
%10957 = reduce_sum %10956 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10958 = sqrt %10957 : f32[] @ models/lib/nn.yaml:80:7
%10959 = cast %10958 : f64[] @ models/lib/nn.yaml:80:7
%10960 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10961 = add %10959, %10960 : f64[] @ models/lib/nn.yaml:80:7
%10962 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10963 = div %10962, %10961 : f64[] @ models/lib/nn.yaml:80:7
%10964 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10965 = lt %10963, %10964 : bool[] @ models/lib/nn.yaml:80:7
%10966 = cast %10963 : f32[] @ models/lib/nn.yaml:80:7
%10967 = broadcast %10966 : f32[16] @ models/lib/nn.yaml:80:7
%10968 = mul %10954, %10967 : f32[16] @ models/lib/nn.yaml:80:7
%10969 = broadcast %10965 : bool[16] @ models/lib/nn.yaml:80:7
%10970 = select %10969, %10968, %10954 : f32[16] @ models/lib/nn.yaml:80:7
%10971 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10972 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10973 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10974 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10975 = add %10973, %10974 : i64[] @ models/lib/nn.yaml:80:7
%10976 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10977 = cast %10976 : f32[] @ models/lib/nn.yaml:80:7
%10978 = broadcast %10977 : f32[16] @ models/lib/nn.yaml:80:7
%10979 = mul %10970, %10978 : f32[16] @ models/lib/nn.yaml:80:7
%10980 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10981 = cast %10980 : f32[] @ models/lib/nn.yaml:80:7
%10982 = broadcast %10981 : f32[16] @ models/lib/nn.yaml:80:7
%10983 = mul %10971, %10982 : f32[16] @ models/lib/nn.yaml:80:7
%10984 = add %10983, %10979 : f32[16] @ models/lib/nn.yaml:80:7
%10985 = mul %10970, %10970 : f32[16] @ models/lib/nn.yaml:80:7
%10986 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10987 = cast %10986 : f32[] @ models/lib/nn.yaml:80:7
%10988 = broadcast %10987 : f32[16] @ models/lib/nn.yaml:80:7
%10989 = mul %10985, %10988 : f32[16] @ models/lib/nn.yaml:80:7
%10990 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10991 = cast %10990 : f32[] @ models/lib/nn.yaml:80:7
%10992 = broadcast %10991 : f32[16] @ models/lib/nn.yaml:80:7
%10993 = mul %10972, %10992 : f32[16] @ models/lib/nn.yaml:80:7
%10994 = add %10993, %10989 : f32[16] @ models/lib/nn.yaml:80:7
%10995 = cast %10975 : f64[] @ models/lib/nn.yaml:80:7
%10996 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10997 = pow %10996, %10995 : f64[] @ models/lib/nn.yaml:80:7
%10998 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10999 = sub %10998, %10997 : f64[] @ models/lib/nn.yaml:80:7
%11000 = div %3779, %10999 : f64[] @ models/lib/nn.yaml:80:7
%11001 = cast %10975 : f64[] @ models/lib/nn.yaml:80:7
%11002 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11003 = pow %11002, %11001 : f64[] @ models/lib/nn.yaml:80:7
%11004 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11005 = sub %11004, %11003 : f64[] @ models/lib/nn.yaml:80:7
%11006 = sqrt %11005 : f64[] @ models/lib/nn.yaml:80:7
%11007 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11008 = div %11007, %11006 : f64[] @ models/lib/nn.yaml:80:7
%11009 = sqrt %10994 : f32[16] @ models/lib/nn.yaml:80:7
%11010 = cast %11008 : f32[] @ models/lib/nn.yaml:80:7
%11011 = broadcast %11010 : f32[16] @ models/lib/nn.yaml:80:7
%11012 = mul %11009, %11011 : f32[16] @ models/lib/nn.yaml:80:7
%11013 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11014 = cast %11013 : f32[] @ models/lib/nn.yaml:80:7
%11015 = broadcast %11014 : f32[16] @ models/lib/nn.yaml:80:7
%11016 = add %11012, %11015 : f32[16] @ models/lib/nn.yaml:80:7
%11017 = div %10984, %11016 : f32[16] @ models/lib/nn.yaml:80:7
%11018 = cast %11000 : f32[] @ models/lib/nn.yaml:80:7
%11019 = broadcast %11018 : f32[16] @ models/lib/nn.yaml:80:7
%11020 = mul %11017, %11019 : f32[16] @ models/lib/nn.yaml:80:7
%11021 = sub %66, %11020 : f32[16] @ models/lib/nn.yaml:80:7
%11022 = assign %66, %11021 : f32[16] @ models/lib/nn.yaml:80:7
%11023 = assign %10971, %10984 : f32[16] @ models/lib/nn.yaml:80:7
%11024 = assign %10972, %10994 : f32[16] @ models/lib/nn.yaml:80:7
%11025 = assign %10973, %10975 : i64[] @ models/lib/nn.yaml:80:7
%11026 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%11027 = broadcast %11026 : f32[16] @ models/lib/nn.yaml:80:7
%11028 = mul %144, %11027 : f32[16] @ models/lib/nn.yaml:80:7
%11029 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11030 = sub %11029, %3781 : f64[] @ models/lib/nn.yaml:80:7
%11031 = cast %11030 : f32[] @ models/lib/nn.yaml:80:7
%11032 = broadcast %11031 : f32[16] @ models/lib/nn.yaml:80:7
%11033 = mul %11021, %11032 : f32[16] @ models/lib/nn.yaml:80:7
%11034 = add %11028, %11033 : f32[16] @ models/lib/nn.yaml:80:7
%11035 = assign %144, %11034 : f32[16] @ models/lib/nn.yaml:80:7
%11036 = all_reduce_sum %5117 : f32[16] @ models/lib/nn.yaml:89:7
%11037 = reshape %11036 : f32[16] @ models/lib/nn.yaml:89:7
%11038 = mul %11037, %11037 : f32[16] @ models/lib/nn.yaml:89:7
%11039 = reduce_sum %11038 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%11040 = sqrt %11039 : f32[] @ models/lib/nn.yaml:89:7
%11041 = cast %11040 : f64[] @ models/lib/nn.yaml:89:7
%11042 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%11043 = add %11041, %11042 : f64[] @ models/lib/nn.yaml:89:7
%11044 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%11045 = div %11044, %11043 : f64[] @ models/lib/nn.yaml:89:7
%11046 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11047 = lt %11045, %11046 : bool[] @ models/lib/nn.yaml:89:7
%11048 = cast %11045 : f32[] @ models/lib/nn.yaml:89:7
%11049 = broadcast %11048 : f32[16] @ models/lib/nn.yaml:89:7
%11050 = mul %11036, %11049 : f32[16] @ models/lib/nn.yaml:89:7
%11051 = broadcast %11047 : bool[16] @ models/lib/nn.yaml:89:7
%11052 = select %11051, %11050, %11036 : f32[16] @ models/lib/nn.yaml:89:7
%11053 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%11054 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%11055 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%11056 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%11057 = add %11055, %11056 : i64[] @ models/lib/nn.yaml:89:7
%11058 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%11059 = cast %11058 : f32[] @ models/lib/nn.yaml:89:7
%11060 = broadcast %11059 : f32[16] @ models/lib/nn.yaml:89:7
%11061 = mul %11052, %11060 : f32[16] @ models/lib/nn.yaml:89:7
%11062 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%11063 = cast %11062 : f32[] @ models/lib/nn.yaml:89:7
%11064 = broadcast %11063 : f32[16] @ models/lib/nn.yaml:89:7
%11065 = mul %11053, %11064 : f32[16] @ models/lib/nn.yaml:89:7
%11066 = add %11065, %11061 : f32[16] @ models/lib/nn.yaml:89:7
%11067 = mul %11052, %11052 : f32[16] @ models/lib/nn.yaml:89:7
%11068 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%11069 = cast %11068 : f32[] @ models/lib/nn.yaml:89:7
%11070 = broadcast %11069 : f32[16] @ models/lib/nn.yaml:89:7
%11071 = mul %11067, %11070 : f32[16] @ models/lib/nn.yaml:89:7
%11072 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%11073 = cast %11072 : f32[] @ models/lib/nn.yaml:89:7
%11074 = broadcast %11073 : f32[16] @ models/lib/nn.yaml:89:7
%11075 = mul %11054, %11074 : f32[16] @ models/lib/nn.yaml:89:7
%11076 = add %11075, %11071 : f32[16] @ models/lib/nn.yaml:89:7
%11077 = cast %11057 : f64[] @ models/lib/nn.yaml:89:7
%11078 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%11079 = pow %11078, %11077 : f64[] @ models/lib/nn.yaml:89:7
%11080 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11081 = sub %11080, %11079 : f64[] @ models/lib/nn.yaml:89:7
%11082 = div %3779, %11081 : f64[] @ models/lib/nn.yaml:89:7
%11083 = cast %11057 : f64[] @ models/lib/nn.yaml:89:7
%11084 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%11085 = pow %11084, %11083 : f64[] @ models/lib/nn.yaml:89:7
%11086 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11087 = sub %11086, %11085 : f64[] @ models/lib/nn.yaml:89:7
%11088 = sqrt %11087 : f64[] @ models/lib/nn.yaml:89:7
%11089 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11090 = div %11089, %11088 : f64[] @ models/lib/nn.yaml:89:7
%11091 = sqrt %11076 : f32[16] @ models/lib/nn.yaml:89:7
%11092 = cast %11090 : f32[] @ models/lib/nn.yaml:89:7
%11093 = broadcast %11092 : f32[16] @ models/lib/nn.yaml:89:7
%11094 = mul %11091, %11093 : f32[16] @ models/lib/nn.yaml:89:7
%11095 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%11096 = cast %11095 : f32[] @ models/lib/nn.yaml:89:7
%11097 = broadcast %11096 : f32[16] @ models/lib/nn.yaml:89:7
%11098 = add %11094, %11097 : f32[16] @ models/lib/nn.yaml:89:7
%11099 = div %11066, %11098 : f32[16] @ models/lib/nn.yaml:89:7
%11100 = cast %11082 : f32[] @ models/lib/nn.yaml:89:7
%11101 = broadcast %11100 : f32[16] @ models/lib/nn.yaml:89:7
%11102 = mul %11099, %11101 : f32[16] @ models/lib/nn.yaml:89:7
%11103 = sub %67, %11102 : f32[16] @ models/lib/nn.yaml:89:7
%11104 = assign %67, %11103 : f32[16] @ models/lib/nn.yaml:89:7
%11105 = assign %11053, %11066 : f32[16] @ models/lib/nn.yaml:89:7
%11106 = assign %11054, %11076 : f32[16] @ models/lib/nn.yaml:89:7
%11107 = assign %11055, %11057 : i64[] @ models/lib/nn.yaml:89:7
%11108 = cast %3781 : f32[] @ models/lib/nn.yaml:89:7
%11109 = broadcast %11108 : f32[16] @ models/lib/nn.yaml:89:7
%11110 = mul %145, %11109 : f32[16] @ models/lib/nn.yaml:89:7
%11111 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11112 = sub %11111, %3781 : f64[] @ models/lib/nn.yaml:89:7
%11113 = cast %11112 : f32[] @ models/lib/nn.yaml:89:7
%11114 = broadcast %11113 : f32[16] @ models/lib/nn.yaml:89:7
%11115 = mul %11103, %11114 : f32[16] @ models/lib/nn.yaml:89:7
%11116 = add %11110, %11115 : f32[16] @ models/lib/nn.yaml:89:7
%11117 = assign %145, %11116 : f32[16] @ models/lib/nn.yaml:89:7
%11118 = all_reduce_sum %5112 : f32[16] @ models/lib/nn.yaml:90:7
%11119 = reshape %11118 : f32[16] @ models/lib/nn.yaml:90:7
%11120 = mul %11119, %11119 : f32[16] @ models/lib/nn.yaml:90:7
%11121 = reduce_sum %11120 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%11122 = sqrt %11121 : f32[] @ models/lib/nn.yaml:90:7
%11123 = cast %11122 : f64[] @ models/lib/nn.yaml:90:7
%11124 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%11125 = add %11123, %11124 : f64[] @ models/lib/nn.yaml:90:7
%11126 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%11127 = div %11126, %11125 : f64[] @ models/lib/nn.yaml:90:7
%11128 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11129 = lt %11127, %11128 : bool[] @ models/lib/nn.yaml:90:7
%11130 = cast %11127 : f32[] @ models/lib/nn.yaml:90:7
%11131 = broadcast %11130 : f32[16] @ models/lib/nn.yaml:90:7
%11132 = mul %11118, %11131 : f32[16] @ models/lib/nn.yaml:90:7
%11133 = broadcast %11129 : bool[16] @ models/lib/nn.yaml:90:7
%11134 = select %11133, %11132, %11118 : f32[16] @ models/lib/nn.yaml:90:7
%11135 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%11136 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%11137 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%11138 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%11139 = add %11137, %11138 : i64[] @ models/lib/nn.yaml:90:7
%11140 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%11141 = cast %11140 : f32[] @ models/lib/nn.yaml:90:7
%11142 = broadcast %11141 : f32[16] @ models/lib/nn.yaml:90:7
%11143 = mul %11134, %11142 : f32[16] @ models/lib/nn.yaml:90:7
%11144 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%11145 = cast %11144 : f32[] @ models/lib/nn.yaml:90:7
%11146 = broadcast %11145 : f32[16] @ models/lib/nn.yaml:90:7
%11147 = mul %11135, %11146 : f32[16] @ models/lib/nn.yaml:90:7
%11148 = add %11147, %11143 : f32[16] @ models/lib/nn.yaml:90:7
%11149 = mul %11134, %11134 : f32[16] @ models/lib/nn.yaml:90:7
%11150 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%11151 = cast %11150 : f32[] @ models/lib/nn.yaml:90:7
%11152 = broadcast %11151 : f32[16] @ models/lib/nn.yaml:90:7
%11153 = mul %11149, %11152 : f32[16] @ models/lib/nn.yaml:90:7
%11154 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%11155 = cast %11154 : f32[] @ models/lib/nn.yaml:90:7
%11156 = broadcast %11155 : f32[16] @ models/lib/nn.yaml:90:7
%11157 = mul %11136, %11156 : f32[16] @ models/lib/nn.yaml:90:7
%11158 = add %11157, %11153 : f32[16] @ models/lib/nn.yaml:90:7
%11159 = cast %11139 : f64[] @ models/lib/nn.yaml:90:7
%11160 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%11161 = pow %11160, %11159 : f64[] @ models/lib/nn.yaml:90:7
%11162 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11163 = sub %11162, %11161 : f64[] @ models/lib/nn.yaml:90:7
%11164 = div %3779, %11163 : f64[] @ models/lib/nn.yaml:90:7
%11165 = cast %11139 : f64[] @ models/lib/nn.yaml:90:7
%11166 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%11167 = pow %11166, %11165 : f64[] @ models/lib/nn.yaml:90:7
%11168 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11169 = sub %11168, %11167 : f64[] @ models/lib/nn.yaml:90:7
%11170 = sqrt %11169 : f64[] @ models/lib/nn.yaml:90:7
%11171 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11172 = div %11171, %11170 : f64[] @ models/lib/nn.yaml:90:7
%11173 = sqrt %11158 : f32[16] @ models/lib/nn.yaml:90:7
%11174 = cast %11172 : f32[] @ models/lib/nn.yaml:90:7
%11175 = broadcast %11174 : f32[16] @ models/lib/nn.yaml:90:7
%11176 = mul %11173, %11175 : f32[16] @ models/lib/nn.yaml:90:7
%11177 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%11178 = cast %11177 : f32[] @ models/lib/nn.yaml:90:7
%11179 = broadcast %11178 : f32[16] @ models/lib/nn.yaml:90:7
%11180 = add %11176, %11179 : f32[16] @ models/lib/nn.yaml:90:7
%11181 = div %11148, %11180 : f32[16] @ models/lib/nn.yaml:90:7
%11182 = cast %11164 : f32[] @ models/lib/nn.yaml:90:7
%11183 = broadcast %11182 : f32[16] @ models/lib/nn.yaml:90:7
%11184 = mul %11181, %11183 : f32[16] @ models/lib/nn.yaml:90:7
%11185 = sub %68, %11184 : f32[16] @ models/lib/nn.yaml:90:7
%11186 = assign %68, %11185 : f32[16] @ models/lib/nn.yaml:90:7
%11187 = assign %11135, %11148 : f32[16] @ models/lib/nn.yaml:90:7
%11188 = assign %11136, %11158 : f32[16] @ models/lib/nn.yaml:90:7
%11189 = assign %11137, %11139 : i64[] @ models/lib/nn.yaml:90:7
%11190 = cast %3781 : f32[] @ models/lib/nn.yaml:90:7
%11191 = broadcast %11190 : f32[16] @ models/lib/nn.yaml:90:7
%11192 = mul %146, %11191 : f32[16] @ models/lib/nn.yaml:90:7
%11193 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11194 = sub %11193, %3781 : f64[] @ models/lib/nn.yaml:90:7
%11195 = cast %11194 : f32[] @ models/lib/nn.yaml:90:7
%11196 = broadcast %11195 : f32[16] @ models/lib/nn.yaml:90:7
%11197 = mul %11185, %11196 : f32[16] @ models/lib/nn.yaml:90:7
%11198 = add %11192, %11197 : f32[16] @ models/lib/nn.yaml:90:7
%11199 = assign %146, %11198 : f32[16] @ models/lib/nn.yaml:90:7
%11200 = all_reduce_sum %5103 : f32[24,16] @ models/lib/nn.yaml:79:7
%11201 = reshape %11200 : f32[384] @ models/lib/nn.yaml:79:7
%11202 = mul %11201, %11201 : f32[384] @ models/lib/nn.yaml:79:7
%11203 = reduce_sum %11202 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11204 = sqrt %11203 : f32[] @ models/lib/nn.yaml:79:7
%11205 = cast %11204 : f64[] @ models/lib/nn.yaml:79:7
%11206 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11207 = add %11205, %11206 : f64[] @ models/lib/nn.yaml:79:7
%11208 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11209 = div %11208, %11207 : f64[] @ models/lib/nn.yaml:79:7
%11210 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11211 = lt %11209, %11210 : bool[] @ models/lib/nn.yaml:79:7
%11212 = cast %11209 : f32[] @ models/lib/nn.yaml:79:7
%11213 = broadcast %11212 : f32[24,16] @ models/lib/nn.yaml:79:7
%11214 = mul %11200, %11213 : f32[24,16] @ models/lib/nn.yaml:79:7
%11215 = broadcast %11211 : bool[24,16] @ models/lib/nn.yaml:79:7
%11216 = select %11215, %11214, %11200 : f32[24,16] @ models/lib/nn.yaml:79:7
%11217 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11218 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11219 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11220 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11221 = add %11219, %11220 : i64[] @ models/lib/nn.yaml:79:7
%11222 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%11223 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11224 = sub %11223, %11222 : f64[] @ models/lib/nn.yaml:79:7
%11225 = cast %11224 : f32[] @ models/lib/nn.yaml:79:7
%11226 = broadcast %11225 : f32[24,16] @ models/lib/nn.yaml:79:7
%11227 = mul %69, %11226 : f32[24,16] @ models/lib/nn.yaml:79:7
%11228 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11229 = cast %11228 : f32[] @ models/lib/nn.yaml:79:7
%11230 = broadcast %11229 : f32[24,16] @ models/lib/nn.yaml:79:7
%11231 = mul %11216, %11230 : f32[24,16] @ models/lib/nn.yaml:79:7
%11232 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11233 = cast %11232 : f32[] @ models/lib/nn.yaml:79:7
%11234 = broadcast %11233 : f32[24,16] @ models/lib/nn.yaml:79:7
%11235 = mul %11217, %11234 : f32[24,16] @ models/lib/nn.yaml:79:7
%11236 = add %11235, %11231 : f32[24,16] @ models/lib/nn.yaml:79:7
%11237 = mul %11216, %11216 : f32[24,16] @ models/lib/nn.yaml:79:7
%11238 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11239 = cast %11238 : f32[] @ models/lib/nn.yaml:79:7
%11240 = broadcast %11239 : f32[24,16] @ models/lib/nn.yaml:79:7
%11241 = mul %11237, %11240 : f32[24,16] @ models/lib/nn.yaml:79:7
%11242 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11243 = cast %11242 : f32[] @ models/lib/nn.yaml:79:7
%11244 = broadcast %11243 : f32[24,16] @ models/lib/nn.yaml:79:7
%11245 = mul %11218, %11244 : f32[24,16] @ models/lib/nn.yaml:79:7
%11246 = add %11245, %11241 : f32[24,16] @ models/lib/nn.yaml:79:7
%11247 = cast %11221 : f64[] @ models/lib/nn.yaml:79:7
%11248 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11249 = pow %11248, %11247 : f64[] @ models/lib/nn.yaml:79:7
%11250 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11251 = sub %11250, %11249 : f64[] @ models/lib/nn.yaml:79:7
%11252 = div %3779, %11251 : f64[] @ models/lib/nn.yaml:79:7
%11253 = cast %11221 : f64[] @ models/lib/nn.yaml:79:7
%11254 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11255 = pow %11254, %11253 : f64[] @ models/lib/nn.yaml:79:7
%11256 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11257 = sub %11256, %11255 : f64[] @ models/lib/nn.yaml:79:7
%11258 = sqrt %11257 : f64[] @ models/lib/nn.yaml:79:7
%11259 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11260 = div %11259, %11258 : f64[] @ models/lib/nn.yaml:79:7
%11261 = sqrt %11246 : f32[24,16] @ models/lib/nn.yaml:79:7
%11262 = cast %11260 : f32[] @ models/lib/nn.yaml:79:7
%11263 = broadcast %11262 : f32[24,16] @ models/lib/nn.yaml:79:7
%11264 = mul %11261, %11263 : f32[24,16] @ models/lib/nn.yaml:79:7
%11265 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11266 = cast %11265 : f32[] @ models/lib/nn.yaml:79:7
%11267 = broadcast %11266 : f32[24,16] @ models/lib/nn.yaml:79:7
%11268 = add %11264, %11267 : f32[24,16] @ models/lib/nn.yaml:79:7
%11269 = div %11236, %11268 : f32[24,16] @ models/lib/nn.yaml:79:7
%11270 = cast %11252 : f32[] @ models/lib/nn.yaml:79:7
%11271 = broadcast %11270 : f32[24,16] @ models/lib/nn.yaml:79:7
%11272 = mul %11269, %11271 : f32[24,16] @ models/lib/nn.yaml:79:7
%11273 = sub %11227, %11272 : f32[24,16] @ models/lib/nn.yaml:79:7
%11274 = assign %69, %11273 : f32[24,16] @ models/lib/nn.yaml:79:7
%11275 = assign %11217, %11236 : f32[24,16] @ models/lib/nn.yaml:79:7
%11276 = assign %11218, %11246 : f32[24,16] @ models/lib/nn.yaml:79:7
%11277 = assign %11219, %11221 : i64[] @ models/lib/nn.yaml:79:7
%11278 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%11279 = broadcast %11278 : f32[24,16] @ models/lib/nn.yaml:79:7
%11280 = mul %147, %11279 : f32[24,16] @ models/lib/nn.yaml:79:7
%11281 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11282 = sub %11281, %3781 : f64[] @ models/lib/nn.yaml:79:7
%11283 = cast %11282 : f32[] @ models/lib/nn.yaml:79:7
%11284 = broadcast %11283 : f32[24,16] @ models/lib/nn.yaml:79:7
%11285 = mul %11273, %11284 : f32[24,16] @ models/lib/nn.yaml:79:7
%11286 = add %11280, %11285 : f32[24,16] @ models/lib/nn.yaml:79:7
%11287 = assign %147, %11286 : f32[24,16] @ models/lib/nn.yaml:79:7
%11288 = all_reduce_sum %5095 : f32[24] @ models/lib/nn.yaml:80:7
%11289 = reshape %11288 : f32[24] @ models/lib/nn.yaml:80:7
%11290 = mul %11289, %11289 : f32[24] @ models/lib/nn.yaml:80:7
%11291 = reduce_sum %11290 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11292 = sqrt %11291 : f32[] @ models/lib/nn.yaml:80:7
%11293 = cast %11292 : f64[] @ models/lib/nn.yaml:80:7
%11294 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11295 = add %11293, %11294 : f64[] @ models/lib/nn.yaml:80:7
%11296 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11297 = div %11296, %11295 : f64[] @ models/lib/nn.yaml:80:7
%11298 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11299 = lt %11297, %11298 : bool[] @ models/lib/nn.yaml:80:7
%11300 = cast %11297 : f32[] @ models/lib/nn.yaml:80:7
%11301 = broadcast %11300 : f32[24] @ models/lib/nn.yaml:80:7
%11302 = mul %11288, %11301 : f32[24] @ models/lib/nn.yaml:80:7
%11303 = broadcast %11299 : bool[24] @ models/lib/nn.yaml:80:7
%11304 = select %11303, %11302, %11288 : f32[24] @ models/lib/nn.yaml:80:7
%11305 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11306 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11307 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11308 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11309 = add %11307, %11308 : i64[] @ models/lib/nn.yaml:80:7
%11310 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11311 = cast %11310 : f32[] @ models/lib/nn.yaml:80:7
%11312 = broadcast %11311 : f32[24] @ models/lib/nn.yaml:80:7
%11313 = mul %11304, %11312 : f32[24] @ models/lib/nn.yaml:80:7
%11314 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11315 = cast %11314 : f32[] @ models/lib/nn.yaml:80:7
%11316 = broadcast %11315 : f32[24] @ models/lib/nn.yaml:80:7
%11317 = mul %11305, %11316 : f32[24] @ models/lib/nn.yaml:80:7
%11318 = add %11317, %11313 : f32[24] @ models/lib/nn.yaml:80:7
%11319 = mul %11304, %11304 : f32[24] @ models/lib/nn.yaml:80:7
%11320 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11321 = cast %11320 : f32[] @ models/lib/nn.yaml:80:7
%11322 = broadcast %11321 : f32[24] @ models/lib/nn.yaml:80:7
%11323 = mul %11319, %11322 : f32[24] @ models/lib/nn.yaml:80:7
%11324 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11325 = cast %11324 : f32[] @ models/lib/nn.yaml:80:7
%11326 = broadcast %11325 : f32[24] @ models/lib/nn.yaml:80:7
%11327 = mul %11306, %11326 : f32[24] @ models/lib/nn.yaml:80:7
%11328 = add %11327, %11323 : f32[24] @ models/lib/nn.yaml:80:7
%11329 = cast %11309 : f64[] @ models/lib/nn.yaml:80:7
%11330 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11331 = pow %11330, %11329 : f64[] @ models/lib/nn.yaml:80:7
%11332 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11333 = sub %11332, %11331 : f64[] @ models/lib/nn.yaml:80:7
%11334 = div %3779, %11333 : f64[] @ models/lib/nn.yaml:80:7
%11335 = cast %11309 : f64[] @ models/lib/nn.yaml:80:7
%11336 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11337 = pow %11336, %11335 : f64[] @ models/lib/nn.yaml:80:7
%11338 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11339 = sub %11338, %11337 : f64[] @ models/lib/nn.yaml:80:7
%11340 = sqrt %11339 : f64[] @ models/lib/nn.yaml:80:7
%11341 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11342 = div %11341, %11340 : f64[] @ models/lib/nn.yaml:80:7
%11343 = sqrt %11328 : f32[24] @ models/lib/nn.yaml:80:7
%11344 = cast %11342 : f32[] @ models/lib/nn.yaml:80:7
%11345 = broadcast %11344 : f32[24] @ models/lib/nn.yaml:80:7
%11346 = mul %11343, %11345 : f32[24] @ models/lib/nn.yaml:80:7
%11347 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11348 = cast %11347 : f32[] @ models/lib/nn.yaml:80:7
%11349 = broadcast %11348 : f32[24] @ models/lib/nn.yaml:80:7
%11350 = add %11346, %11349 : f32[24] @ models/lib/nn.yaml:80:7
%11351 = div %11318, %11350 : f32[24] @ models/lib/nn.yaml:80:7
%11352 = cast %11334 : f32[] @ models/lib/nn.yaml:80:7
%11353 = broadcast %11352 : f32[24] @ models/lib/nn.yaml:80:7
%11354 = mul %11351, %11353 : f32[24] @ models/lib/nn.yaml:80:7
%11355 = sub %70, %11354 : f32[24] @ models/lib/nn.yaml:80:7
%11356 = assign %70, %11355 : f32[24] @ models/lib/nn.yaml:80:7
%11357 = assign %11305, %11318 : f32[24] @ models/lib/nn.yaml:80:7
%11358 = assign %11306, %11328 : f32[24] @ models/lib/nn.yaml:80:7
%11359 = assign %11307, %11309 : i64[] @ models/lib/nn.yaml:80:7
%11360 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%11361 = broadcast %11360 : f32[24] @ models/lib/nn.yaml:80:7
%11362 = mul %148, %11361 : f32[24] @ models/lib/nn.yaml:80:7
%11363 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11364 = sub %11363, %3781 : f64[] @ models/lib/nn.yaml:80:7
%11365 = cast %11364 : f32[] @ models/lib/nn.yaml:80:7
%11366 = broadcast %11365 : f32[24] @ models/lib/nn.yaml:80:7
%11367 = mul %11355, %11366 : f32[24] @ models/lib/nn.yaml:80:7
%11368 = add %11362, %11367 : f32[24] @ models/lib/nn.yaml:80:7
%11369 = assign %148, %11368 : f32[24] @ models/lib/nn.yaml:80:7
%11370 = all_reduce_sum %5078 : f32[24,24] @ models/lib/nn.yaml:79:7
%11371 = reshape %11370 : f32[576] @ models/lib/nn.yaml:79:7
%11372 = mul %11371, %11371 : f32[576] @ models/lib/nn.yaml:79:7
%11373 = reduce_sum %11372 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11374 = sqrt %11373 : f32[] @ models/lib/nn.yaml:79:7
%11375 = cast %11374 : f64[] @ models/lib/nn.yaml:79:7
%11376 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11377 = add %11375, %11376 : f64[] @ models/lib/nn.yaml:79:7
%11378 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11379 = div %11378, %11377 : f64[] @ models/lib/nn.yaml:79:7
%11380 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11381 = lt %11379, %11380 : bool[] @ models/lib/nn.yaml:79:7
%11382 = cast %11379 : f32[] @ models/lib/nn.yaml:79:7
%11383 = broadcast %11382 : f32[24,24] @ models/lib/nn.yaml:79:7
%11384 = mul %11370, %11383 : f32[24,24] @ models/lib/nn.yaml:79:7
%11385 = broadcast %11381 : bool[24,24] @ models/lib/nn.yaml:79:7
%11386 = select %11385, %11384, %11370 : f32[24,24] @ models/lib/nn.yaml:79:7
%11387 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11388 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11389 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11390 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11391 = add %11389, %11390 : i64[] @ models/lib/nn.yaml:79:7
%11392 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%11393 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11394 = sub %11393, %11392 : f64[] @ models/lib/nn.yaml:79:7
%11395 = cast %11394 : f32[] @ models/lib/nn.yaml:79:7
%11396 = broadcast %11395 : f32[24,24] @ models/lib/nn.yaml:79:7
%11397 = mul %71, %11396 : f32[24,24] @ models/lib/nn.yaml:79:7
%11398 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11399 = cast %11398 : f32[] @ models/lib/nn.yaml:79:7
%11400 = broadcast %11399 : f32[24,24] @ models/lib/nn.yaml:79:7
%11401 = mul %11386, %11400 : f32[24,24] @ models/lib/nn.yaml:79:7
%11402 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11403 = cast %11402 : f32[] @ models/lib/nn.yaml:79:7
%11404 = broadcast %11403 : f32[24,24] @ models/lib/nn.yaml:79:7
%11405 = mul %11387, %11404 : f32[24,24] @ models/lib/nn.yaml:79:7
%11406 = add %11405, %11401 : f32[24,24] @ models/lib/nn.yaml:79:7
%11407 = mul %11386, %11386 : f32[24,24] @ models/lib/nn.yaml:79:7
%11408 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11409 = cast %11408 : f32[] @ models/lib/nn.yaml:79:7
%11410 = broadcast %11409 : f32[24,24] @ models/lib/nn.yaml:79:7
%11411 = mul %11407, %11410 : f32[24,24] @ models/lib/nn.yaml:79:7
%11412 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11413 = cast %11412 : f32[] @ models/lib/nn.yaml:79:7
%11414 = broadcast %11413 : f32[24,24] @ models/lib/nn.yaml:79:7
%11415 = mul %11388, %11414 : f32[24,24] @ models/lib/nn.yaml:79:7
%11416 = add %11415, %11411 : f32[24,24] @ models/lib/nn.yaml:79:7
%11417 = cast %11391 : f64[] @ models/lib/nn.yaml:79:7
%11418 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11419 = pow %11418, %11417 : f64[] @ models/lib/nn.yaml:79:7
%11420 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11421 = sub %11420, %11419 : f64[] @ models/lib/nn.yaml:79:7
%11422 = div %3779, %11421 : f64[] @ models/lib/nn.yaml:79:7
%11423 = cast %11391 : f64[] @ models/lib/nn.yaml:79:7
%11424 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11425 = pow %11424, %11423 : f64[] @ models/lib/nn.yaml:79:7
%11426 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11427 = sub %11426, %11425 : f64[] @ models/lib/nn.yaml:79:7
%11428 = sqrt %11427 : f64[] @ models/lib/nn.yaml:79:7
%11429 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11430 = div %11429, %11428 : f64[] @ models/lib/nn.yaml:79:7
%11431 = sqrt %11416 : f32[24,24] @ models/lib/nn.yaml:79:7
%11432 = cast %11430 : f32[] @ models/lib/nn.yaml:79:7
%11433 = broadcast %11432 : f32[24,24] @ models/lib/nn.yaml:79:7
%11434 = mul %11431, %11433 : f32[24,24] @ models/lib/nn.yaml:79:7
%11435 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11436 = cast %11435 : f32[] @ models/lib/nn.yaml:79:7
%11437 = broadcast %11436 : f32[24,24] @ models/lib/nn.yaml:79:7
%11438 = add %11434, %11437 : f32[24,24] @ models/lib/nn.yaml:79:7
%11439 = div %11406, %11438 : f32[24,24] @ models/lib/nn.yaml:79:7
%11440 = cast %11422 : f32[] @ models/lib/nn.yaml:79:7
%11441 = broadcast %11440 : f32[24,24] @ models/lib/nn.yaml:79:7
%11442 = mul %11439, %11441 : f32[24,24] @ models/lib/nn.yaml:79:7
%11443 = sub %11397, %11442 : f32[24,24] @ models/lib/nn.yaml:79:7
%11444 = assign %71, %11443 : f32[24,24] @ models/lib/nn.yaml:79:7
%11445 = assign %11387, %11406 : f32[24,24] @ models/lib/nn.yaml:79:7
%11446 = assign %11388, %11416 : f32[24,24] @ models/lib/nn.yaml:79:7
%11447 = assign %11389, %11391 : i64[] @ models/lib/nn.yaml:79:7
%11448 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%11449 = broadcast %11448 : f32[24,24] @ models/lib/nn.yaml:79:7
%11450 = mul %149, %11449 : f32[24,24] @ models/lib/nn.yaml:79:7
%11451 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11452 = sub %11451, %3781 : f64[] @ models/lib/nn.yaml:79:7
%11453 = cast %11452 : f32[] @ models/lib/nn.yaml:79:7
%11454 = broadcast %11453 : f32[24,24] @ models/lib/nn.yaml:79:7
%11455 = mul %11443, %11454 : f32[24,24] @ models/lib/nn.yaml:79:7
%11456 = add %11450, %11455 : f32[24,24] @ models/lib/nn.yaml:79:7
%11457 = assign %149, %11456 : f32[24,24] @ models/lib/nn.yaml:79:7
%11458 = all_reduce_sum %5070 : f32[24] @ models/lib/nn.yaml:80:7
%11459 = reshape %11458 : f32[24] @ models/lib/nn.yaml:80:7
%11460 = mul %11459, %11459 : f32[24] @ models/lib/nn.yaml:80:7
%11461 = reduce_sum %11460 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11462 = sqrt %11461 : f32[] @ models/lib/nn.yaml:80:7
%11463 = cast %11462 : f64[] @ models/lib/nn.yaml:80:7
%11464 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11465 = add %11463, %11464 : f64[] @ models/lib/nn.yaml:80:7
%11466 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11467 = div %11466, %11465 : f64[] @ models/lib/nn.yaml:80:7
%11468 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11469 = lt %11467, %11468 : bool[] @ models/lib/nn.yaml:80:7
%11470 = cast %11467 : f32[] @ models/lib/nn.yaml:80:7
%11471 = broadcast %11470 : f32[24] @ models/lib/nn.yaml:80:7
%11472 = mul %11458, %11471 : f32[24] @ models/lib/nn.yaml:80:7
%11473 = broadcast %11469 : bool[24] @ models/lib/nn.yaml:80:7
%11474 = select %11473, %11472, %11458 : f32[24] @ models/lib/nn.yaml:80:7
%11475 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11476 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11477 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11478 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11479 = add %11477, %11478 : i64[] @ models/lib/nn.yaml:80:7
%11480 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11481 = cast %11480 : f32[] @ models/lib/nn.yaml:80:7
%11482 = broadcast %11481 : f32[24] @ models/lib/nn.yaml:80:7
%11483 = mul %11474, %11482 : f32[24] @ models/lib/nn.yaml:80:7
%11484 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11485 = cast %11484 : f32[] @ models/lib/nn.yaml:80:7
%11486 = broadcast %11485 : f32[24] @ models/lib/nn.yaml:80:7
%11487 = mul %11475, %11486 : f32[24] @ models/lib/nn.yaml:80:7
%11488 = add %11487, %11483 : f32[24] @ models/lib/nn.yaml:80:7
%11489 = mul %11474, %11474 : f32[24] @ models/lib/nn.yaml:80:7
%11490 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11491 = cast %11490 : f32[] @ models/lib/nn.yaml:80:7
%11492 = broadcast %11491 : f32[24] @ models/lib/nn.yaml:80:7
%11493 = mul %11489, %11492 : f32[24] @ models/lib/nn.yaml:80:7
%11494 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11495 = cast %11494 : f32[] @ models/lib/nn.yaml:80:7
%11496 = broadcast %11495 : f32[24] @ models/lib/nn.yaml:80:7
%11497 = mul %11476, %11496 : f32[24] @ models/lib/nn.yaml:80:7
%11498 = add %11497, %11493 : f32[24] @ models/lib/nn.yaml:80:7
%11499 = cast %11479 : f64[] @ models/lib/nn.yaml:80:7
%11500 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11501 = pow %11500, %11499 : f64[] @ models/lib/nn.yaml:80:7
%11502 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11503 = sub %11502, %11501 : f64[] @ models/lib/nn.yaml:80:7
%11504 = div %3779, %11503 : f64[] @ models/lib/nn.yaml:80:7
%11505 = cast %11479 : f64[] @ models/lib/nn.yaml:80:7
%11506 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11507 = pow %11506, %11505 : f64[] @ models/lib/nn.yaml:80:7
%11508 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11509 = sub %11508, %11507 : f64[] @ models/lib/nn.yaml:80:7
%11510 = sqrt %11509 : f64[] @ models/lib/nn.yaml:80:7
%11511 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11512 = div %11511, %11510 : f64[] @ models/lib/nn.yaml:80:7
%11513 = sqrt %11498 : f32[24] @ models/lib/nn.yaml:80:7
%11514 = cast %11512 : f32[] @ models/lib/nn.yaml:80:7
%11515 = broadcast %11514 : f32[24] @ models/lib/nn.yaml:80:7
%11516 = mul %11513, %11515 : f32[24] @ models/lib/nn.yaml:80:7
%11517 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11518 = cast %11517 : f32[] @ models/lib/nn.yaml:80:7
%11519 = broadcast %11518 : f32[24] @ models/lib/nn.yaml:80:7
%11520 = add %11516, %11519 : f32[24] @ models/lib/nn.yaml:80:7
%11521 = div %11488, %11520 : f32[24] @ models/lib/nn.yaml:80:7
%11522 = cast %11504 : f32[] @ models/lib/nn.yaml:80:7
%11523 = broadcast %11522 : f32[24] @ models/lib/nn.yaml:80:7
%11524 = mul %11521, %11523 : f32[24] @ models/lib/nn.yaml:80:7
%11525 = sub %72, %11524 : f32[24] @ models/lib/nn.yaml:80:7
%11526 = assign %72, %11525 : f32[24] @ models/lib/nn.yaml:80:7
%11527 = assign %11475, %11488 : f32[24] @ models/lib/nn.yaml:80:7
%11528 = assign %11476, %11498 : f32[24] @ models/lib/nn.yaml:80:7
%11529 = assign %11477, %11479 : i64[] @ models/lib/nn.yaml:80:7
%11530 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%11531 = broadcast %11530 : f32[24] @ models/lib/nn.yaml:80:7
%11532 = mul %150, %11531 : f32[24] @ models/lib/nn.yaml:80:7
%11533 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11534 = sub %11533, %3781 : f64[] @ models/lib/nn.yaml:80:7
%11535 = cast %11534 : f32[] @ models/lib/nn.yaml:80:7
%11536 = broadcast %11535 : f32[24] @ models/lib/nn.yaml:80:7
%11537 = mul %11525, %11536 : f32[24] @ models/lib/nn.yaml:80:7
%11538 = add %11532, %11537 : f32[24] @ models/lib/nn.yaml:80:7
%11539 = assign %150, %11538 : f32[24] @ models/lib/nn.yaml:80:7
%11540 = all_reduce_sum %5053 : f32[8,24] @ models/lib/nn.yaml:79:7
%11541 = reshape %11540 : f32[192] @ models/lib/nn.yaml:79:7
%11542 = mul %11541, %11541 : f32[192] @ models/lib/nn.yaml:79:7
%11543 = reduce_sum %11542 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11544 = sqrt %11543 : f32[] @ models/lib/nn.yaml:79:7
%11545 = cast %11544 : f64[] @ models/lib/nn.yaml:79:7
%11546 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11547 = add %11545, %11546 : f64[] @ models/lib/nn.yaml:79:7
%11548 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11549 = div %11548, %11547 : f64[] @ models/lib/nn.yaml:79:7
%11550 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11551 = lt %11549, %11550 : bool[] @ models/lib/nn.yaml:79:7
%11552 = cast %11549 : f32[] @ models/lib/nn.yaml:79:7
%11553 = broadcast %11552 : f32[8,24] @ models/lib/nn.yaml:79:7
%11554 = mul %11540, %11553 : f32[8,24] @ models/lib/nn.yaml:79:7
%11555 = broadcast %11551 : bool[8,24] @ models/lib/nn.yaml:79:7
%11556 = select %11555, %11554, %11540 : f32[8,24] @ models/lib/nn.yaml:79:7
%11557 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11558 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11559 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11560 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11561 = add %11559, %11560 : i64[] @ models/lib/nn.yaml:79:7
%11562 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%11563 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11564 = sub %11563, %11562 : f64[] @ models/lib/nn.yaml:79:7
%11565 = cast %11564 : f32[] @ models/lib/nn.yaml:79:7
%11566 = broadcast %11565 : f32[8,24] @ models/lib/nn.yaml:79:7
%11567 = mul %73, %11566 : f32[8,24] @ models/lib/nn.yaml:79:7
%11568 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11569 = cast %11568 : f32[] @ models/lib/nn.yaml:79:7
%11570 = broadcast %11569 : f32[8,24] @ models/lib/nn.yaml:79:7
%11571 = mul %11556, %11570 : f32[8,24] @ models/lib/nn.yaml:79:7
%11572 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11573 = cast %11572 : f32[] @ models/lib/nn.yaml:79:7
%11574 = broadcast %11573 : f32[8,24] @ models/lib/nn.yaml:79:7
%11575 = mul %11557, %11574 : f32[8,24] @ models/lib/nn.yaml:79:7
%11576 = add %11575, %11571 : f32[8,24] @ models/lib/nn.yaml:79:7
%11577 = mul %11556, %11556 : f32[8,24] @ models/lib/nn.yaml:79:7
%11578 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11579 = cast %11578 : f32[] @ models/lib/nn.yaml:79:7
%11580 = broadcast %11579 : f32[8,24] @ models/lib/nn.yaml:79:7
%11581 = mul %11577, %11580 : f32[8,24] @ models/lib/nn.yaml:79:7
%11582 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11583 = cast %11582 : f32[] @ models/lib/nn.yaml:79:7
%11584 = broadcast %11583 : f32[8,24] @ models/lib/nn.yaml:79:7
%11585 = mul %11558, %11584 : f32[8,24] @ models/lib/nn.yaml:79:7
%11586 = add %11585, %11581 : f32[8,24] @ models/lib/nn.yaml:79:7
%11587 = cast %11561 : f64[] @ models/lib/nn.yaml:79:7
%11588 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11589 = pow %11588, %11587 : f64[] @ models/lib/nn.yaml:79:7
%11590 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11591 = sub %11590, %11589 : f64[] @ models/lib/nn.yaml:79:7
%11592 = div %3779, %11591 : f64[] @ models/lib/nn.yaml:79:7
%11593 = cast %11561 : f64[] @ models/lib/nn.yaml:79:7
%11594 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11595 = pow %11594, %11593 : f64[] @ models/lib/nn.yaml:79:7
%11596 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11597 = sub %11596, %11595 : f64[] @ models/lib/nn.yaml:79:7
%11598 = sqrt %11597 : f64[] @ models/lib/nn.yaml:79:7
%11599 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11600 = div %11599, %11598 : f64[] @ models/lib/nn.yaml:79:7
%11601 = sqrt %11586 : f32[8,24] @ models/lib/nn.yaml:79:7
%11602 = cast %11600 : f32[] @ models/lib/nn.yaml:79:7
%11603 = broadcast %11602 : f32[8,24] @ models/lib/nn.yaml:79:7
%11604 = mul %11601, %11603 : f32[8,24] @ models/lib/nn.yaml:79:7
%11605 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11606 = cast %11605 : f32[] @ models/lib/nn.yaml:79:7
%11607 = broadcast %11606 : f32[8,24] @ models/lib/nn.yaml:79:7
%11608 = add %11604, %11607 : f32[8,24] @ models/lib/nn.yaml:79:7
%11609 = div %11576, %11608 : f32[8,24] @ models/lib/nn.yaml:79:7
%11610 = cast %11592 : f32[] @ models/lib/nn.yaml:79:7
%11611 = broadcast %11610 : f32[8,24] @ models/lib/nn.yaml:79:7
%11612 = mul %11609, %11611 : f32[8,24] @ models/lib/nn.yaml:79:7
%11613 = sub %11567, %11612 : f32[8,24] @ models/lib/nn.yaml:79:7
%11614 = assign %73, %11613 : f32[8,24] @ models/lib/nn.yaml:79:7
%11615 = assign %11557, %11576 : f32[8,24] @ models/lib/nn.yaml:79:7
%11616 = assign %11558, %11586 : f32[8,24] @ models/lib/nn.yaml:79:7
%11617 = assign %11559, %11561 : i64[] @ models/lib/nn.yaml:79:7
%11618 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%11619 = broadcast %11618 : f32[8,24] @ models/lib/nn.yaml:79:7
%11620 = mul %151, %11619 : f32[8,24] @ models/lib/nn.yaml:79:7
%11621 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11622 = sub %11621, %3781 : f64[] @ models/lib/nn.yaml:79:7
%11623 = cast %11622 : f32[] @ models/lib/nn.yaml:79:7
%11624 = broadcast %11623 : f32[8,24] @ models/lib/nn.yaml:79:7
%11625 = mul %11613, %11624 : f32[8,24] @ models/lib/nn.yaml:79:7
%11626 = add %11620, %11625 : f32[8,24] @ models/lib/nn.yaml:79:7
%11627 = assign %151, %11626 : f32[8,24] @ models/lib/nn.yaml:79:7
%11628 = all_reduce_sum %5045 : f32[8] @ models/lib/nn.yaml:80:7
%11629 = reshape %11628 : f32[8] @ models/lib/nn.yaml:80:7
%11630 = mul %11629, %11629 : f32[8] @ models/lib/nn.yaml:80:7
%11631 = reduce_sum %11630 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11632 = sqrt %11631 : f32[] @ models/lib/nn.yaml:80:7
%11633 = cast %11632 : f64[] @ models/lib/nn.yaml:80:7
%11634 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11635 = add %11633, %11634 : f64[] @ models/lib/nn.yaml:80:7
%11636 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11637 = div %11636, %11635 : f64[] @ models/lib/nn.yaml:80:7
%11638 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11639 = lt %11637, %11638 : bool[] @ models/lib/nn.yaml:80:7
%11640 = cast %11637 : f32[] @ models/lib/nn.yaml:80:7
%11641 = broadcast %11640 : f32[8] @ models/lib/nn.yaml:80:7
%11642 = mul %11628, %11641 : f32[8] @ models/lib/nn.yaml:80:7
%11643 = broadcast %11639 : bool[8] @ models/lib/nn.yaml:80:7
%11644 = select %11643, %11642, %11628 : f32[8] @ models/lib/nn.yaml:80:7
%11645 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11646 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11647 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11648 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11649 = add %11647, %11648 : i64[] @ models/lib/nn.yaml:80:7
%11650 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11651 = cast %11650 : f32[] @ models/lib/nn.yaml:80:7
%11652 = broadcast %11651 : f32[8] @ models/lib/nn.yaml:80:7
%11653 = mul %11644, %11652 : f32[8] @ models/lib/nn.yaml:80:7
%11654 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11655 = cast %11654 : f32[] @ models/lib/nn.yaml:80:7
%11656 = broadcast %11655 : f32[8] @ models/lib/nn.yaml:80:7
%11657 = mul %11645, %11656 : f32[8] @ models/lib/nn.yaml:80:7
%11658 = add %11657, %11653 : f32[8] @ models/lib/nn.yaml:80:7
%11659 = mul %11644, %11644 : f32[8] @ models/lib/nn.yaml:80:7
%11660 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11661 = cast %11660 : f32[] @ models/lib/nn.yaml:80:7
%11662 = broadcast %11661 : f32[8] @ models/lib/nn.yaml:80:7
%11663 = mul %11659, %11662 : f32[8] @ models/lib/nn.yaml:80:7
%11664 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11665 = cast %11664 : f32[] @ models/lib/nn.yaml:80:7
%11666 = broadcast %11665 : f32[8] @ models/lib/nn.yaml:80:7
%11667 = mul %11646, %11666 : f32[8] @ models/lib/nn.yaml:80:7
%11668 = add %11667, %11663 : f32[8] @ models/lib/nn.yaml:80:7
%11669 = cast %11649 : f64[] @ models/lib/nn.yaml:80:7
%11670 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11671 = pow %11670, %11669 : f64[] @ models/lib/nn.yaml:80:7
%11672 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11673 = sub %11672, %11671 : f64[] @ models/lib/nn.yaml:80:7
%11674 = div %3779, %11673 : f64[] @ models/lib/nn.yaml:80:7
%11675 = cast %11649 : f64[] @ models/lib/nn.yaml:80:7
%11676 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11677 = pow %11676, %11675 : f64[] @ models/lib/nn.yaml:80:7
%11678 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11679 = sub %11678, %11677 : f64[] @ models/lib/nn.yaml:80:7
%11680 = sqrt %11679 : f64[] @ models/lib/nn.yaml:80:7
%11681 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11682 = div %11681, %11680 : f64[] @ models/lib/nn.yaml:80:7
%11683 = sqrt %11668 : f32[8] @ models/lib/nn.yaml:80:7
%11684 = cast %11682 : f32[] @ models/lib/nn.yaml:80:7
%11685 = broadcast %11684 : f32[8] @ models/lib/nn.yaml:80:7
%11686 = mul %11683, %11685 : f32[8] @ models/lib/nn.yaml:80:7
%11687 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11688 = cast %11687 : f32[] @ models/lib/nn.yaml:80:7
%11689 = broadcast %11688 : f32[8] @ models/lib/nn.yaml:80:7
%11690 = add %11686, %11689 : f32[8] @ models/lib/nn.yaml:80:7
%11691 = div %11658, %11690 : f32[8] @ models/lib/nn.yaml:80:7
%11692 = cast %11674 : f32[] @ models/lib/nn.yaml:80:7
%11693 = broadcast %11692 : f32[8] @ models/lib/nn.yaml:80:7
%11694 = mul %11691, %11693 : f32[8] @ models/lib/nn.yaml:80:7
%11695 = sub %74, %11694 : f32[8] @ models/lib/nn.yaml:80:7
%11696 = assign %74, %11695 : f32[8] @ models/lib/nn.yaml:80:7
%11697 = assign %11645, %11658 : f32[8] @ models/lib/nn.yaml:80:7
%11698 = assign %11646, %11668 : f32[8] @ models/lib/nn.yaml:80:7
%11699 = assign %11647, %11649 : i64[] @ models/lib/nn.yaml:80:7
%11700 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%11701 = broadcast %11700 : f32[8] @ models/lib/nn.yaml:80:7
%11702 = mul %152, %11701 : f32[8] @ models/lib/nn.yaml:80:7
%11703 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11704 = sub %11703, %3781 : f64[] @ models/lib/nn.yaml:80:7
%11705 = cast %11704 : f32[] @ models/lib/nn.yaml:80:7
%11706 = broadcast %11705 : f32[8] @ models/lib/nn.yaml:80:7
%11707 = mul %11695, %11706 : f32[8] @ models/lib/nn.yaml:80:7
%11708 = add %11702, %11707 : f32[8] @ models/lib/nn.yaml:80:7
%11709 = assign %152, %11708 : f32[8] @ models/lib/nn.yaml:80:7
%11710 = cast %3781 : f32[] @ models/lib/dino.yaml:18:7
%11711 = broadcast %11710 : f32[32,1] @ models/lib/dino.yaml:18:7
%11712 = mul %153, %11711 : f32[32,1] @ models/lib/dino.yaml:18:7
%11713 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%11714 = sub %11713, %3781 : f64[] @ models/lib/dino.yaml:18:7
%11715 = cast %11714 : f32[] @ models/lib/dino.yaml:18:7
%11716 = broadcast %11715 : f32[32,1] @ models/lib/dino.yaml:18:7
%11717 = mul %75, %11716 : f32[32,1] @ models/lib/dino.yaml:18:7
%11718 = add %11712, %11717 : f32[32,1] @ models/lib/dino.yaml:18:7
%11719 = assign %153, %11718 : f32[32,1] @ models/lib/dino.yaml:18:7
%11720 = all_reduce_sum %5019 : f32[32,8] @ models/lib/dino.yaml:19:7
%11721 = reshape %11720 : f32[256] @ models/lib/dino.yaml:19:7
%11722 = mul %11721, %11721 : f32[256] @ models/lib/dino.yaml:19:7
%11723 = reduce_sum %11722 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%11724 = sqrt %11723 : f32[] @ models/lib/dino.yaml:19:7
%11725 = cast %11724 : f64[] @ models/lib/dino.yaml:19:7
%11726 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%11727 = add %11725, %11726 : f64[] @ models/lib/dino.yaml:19:7
%11728 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%11729 = div %11728, %11727 : f64[] @ models/lib/dino.yaml:19:7
%11730 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11731 = lt %11729, %11730 : bool[] @ models/lib/dino.yaml:19:7
%11732 = cast %11729 : f32[] @ models/lib/dino.yaml:19:7
%11733 = broadcast %11732 : f32[32,8] @ models/lib/dino.yaml:19:7
%11734 = mul %11720, %11733 : f32[32,8] @ models/lib/dino.yaml:19:7
%11735 = broadcast %11731 : bool[32,8] @ models/lib/dino.yaml:19:7
%11736 = select %11735, %11734, %11720 : f32[32,8] @ models/lib/dino.yaml:19:7
%11737 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%11738 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%11739 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%11740 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11741 = add %11739, %11740 : i64[] @ models/lib/dino.yaml:19:7
%11742 = mul %3779, %3780 : f64[] @ models/lib/dino.yaml:19:7
%11743 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11744 = sub %11743, %11742 : f64[] @ models/lib/dino.yaml:19:7
%11745 = cast %11744 : f32[] @ models/lib/dino.yaml:19:7
%11746 = broadcast %11745 : f32[32,8] @ models/lib/dino.yaml:19:7
%11747 = mul %76, %11746 : f32[32,8] @ models/lib/dino.yaml:19:7
%11748 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%11749 = cast %11748 : f32[] @ models/lib/dino.yaml:19:7
%11750 = broadcast %11749 : f32[32,8] @ models/lib/dino.yaml:19:7
%11751 = mul %11736, %11750 : f32[32,8] @ models/lib/dino.yaml:19:7
%11752 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11753 = cast %11752 : f32[] @ models/lib/dino.yaml:19:7
%11754 = broadcast %11753 : f32[32,8] @ models/lib/dino.yaml:19:7
%11755 = mul %11737, %11754 : f32[32,8] @ models/lib/dino.yaml:19:7
%11756 = add %11755, %11751 : f32[32,8] @ models/lib/dino.yaml:19:7
%11757 = mul %11736, %11736 : f32[32,8] @ models/lib/dino.yaml:19:7
%11758 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%11759 = cast %11758 : f32[] @ models/lib/dino.yaml:19:7
%11760 = broadcast %11759 : f32[32,8] @ models/lib/dino.yaml:19:7
%11761 = mul %11757, %11760 : f32[32,8] @ models/lib/dino.yaml:19:7
%11762 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11763 = cast %11762 : f32[] @ models/lib/dino.yaml:19:7
%11764 = broadcast %11763 : f32[32,8] @ models/lib/dino.yaml:19:7
%11765 = mul %11738, %11764 : f32[32,8] @ models/lib/dino.yaml:19:7
%11766 = add %11765, %11761 : f32[32,8] @ models/lib/dino.yaml:19:7
%11767 = cast %11741 : f64[] @ models/lib/dino.yaml:19:7
%11768 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11769 = pow %11768, %11767 : f64[] @ models/lib/dino.yaml:19:7
%11770 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11771 = sub %11770, %11769 : f64[] @ models/lib/dino.yaml:19:7
%11772 = div %3779, %11771 : f64[] @ models/lib/dino.yaml:19:7
%11773 = cast %11741 : f64[] @ models/lib/dino.yaml:19:7
%11774 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11775 = pow %11774, %11773 : f64[] @ models/lib/dino.yaml:19:7
%11776 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11777 = sub %11776, %11775 : f64[] @ models/lib/dino.yaml:19:7
%11778 = sqrt %11777 : f64[] @ models/lib/dino.yaml:19:7
%11779 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11780 = div %11779, %11778 : f64[] @ models/lib/dino.yaml:19:7
%11781 = sqrt %11766 : f32[32,8] @ models/lib/dino.yaml:19:7
%11782 = cast %11780 : f32[] @ models/lib/dino.yaml:19:7
%11783 = broadcast %11782 : f32[32,8] @ models/lib/dino.yaml:19:7
%11784 = mul %11781, %11783 : f32[32,8] @ models/lib/dino.yaml:19:7
%11785 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%11786 = cast %11785 : f32[] @ models/lib/dino.yaml:19:7
%11787 = broadcast %11786 : f32[32,8] @ models/lib/dino.yaml:19:7
%11788 = add %11784, %11787 : f32[32,8] @ models/lib/dino.yaml:19:7
%11789 = div %11756, %11788 : f32[32,8] @ models/lib/dino.yaml:19:7
%11790 = cast %11772 : f32[] @ models/lib/dino.yaml:19:7
%11791 = broadcast %11790 : f32[32,8] @ models/lib/dino.yaml:19:7
%11792 = mul %11789, %11791 : f32[32,8] @ models/lib/dino.yaml:19:7
%11793 = sub %11747, %11792 : f32[32,8] @ models/lib/dino.yaml:19:7
%11794 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11795 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%11796 = lt %11795, %11794 : bool[] @ models/lib/dino.yaml:19:7
%11797 = broadcast %11796 : bool[32,8] @ models/lib/dino.yaml:19:7
%11798 = select %11797, %76, %11793 : f32[32,8] @ models/lib/dino.yaml:19:7
%11799 = broadcast %11796 : bool[32,8] @ models/lib/dino.yaml:19:7
%11800 = select %11799, %11737, %11756 : f32[32,8] @ models/lib/dino.yaml:19:7
%11801 = broadcast %11796 : bool[32,8] @ models/lib/dino.yaml:19:7
%11802 = select %11801, %11738, %11766 : f32[32,8] @ models/lib/dino.yaml:19:7
%11803 = select %11796, %11739, %11741 : i64[] @ models/lib/dino.yaml:19:7
%11804 = assign %76, %11798 : f32[32,8] @ models/lib/dino.yaml:19:7
%11805 = assign %11737, %11800 : f32[32,8] @ models/lib/dino.yaml:19:7
%11806 = assign %11738, %11802 : f32[32,8] @ models/lib/dino.yaml:19:7
%11807 = assign %11739, %11803 : i64[] @ models/lib/dino.yaml:19:7
%11808 = cast %3781 : f32[] @ models/lib/dino.yaml:19:7
%11809 = broadcast %11808 : f32[32,8] @ models/lib/dino.yaml:19:7
%11810 = mul %154, %11809 : f32[32,8] @ models/lib/dino.yaml:19:7
%11811 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11812 = sub %11811, %3781 : f64[] @ models/lib/dino.yaml:19:7
%11813 = cast %11812 : f32[] @ models/lib/dino.yaml:19:7
%11814 = broadcast %11813 : f32[32,8] @ models/lib/dino.yaml:19:7
%11815 = mul %11798, %11814 : f32[32,8] @ models/lib/dino.yaml:19:7
%11816 = add %11810, %11815 : f32[32,8] @ models/lib/dino.yaml:19:7
%11817 = assign %154, %11816 : f32[32,8] @ models/lib/dino.yaml:19:7
%11818 = all_reduce_sum %4996 : f32[24,16] @ models/lib/nn.yaml:79:7
%11819 = reshape %11818 : f32[384] @ models/lib/nn.yaml:79:7
%11820 = mul %11819, %11819 : f32[384] @ models/lib/nn.yaml:79:7
%11821 = reduce_sum %11820 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11822 = sqrt %11821 : f32[] @ models/lib/nn.yaml:79:7
%11823 = cast %11822 : f64[] @ models/lib/nn.yaml:79:7
%11824 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11825 = add %11823, %11824 : f64[] @ models/lib/nn.yaml:79:7
%11826 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11827 = div %11826, %11825 : f64[] @ models/lib/nn.yaml:79:7
%11828 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11829 = lt %11827, %11828 : bool[] @ models/lib/nn.yaml:79:7
%11830 = cast %11827 : f32[] @ models/lib/nn.yaml:79:7
%11831 = broadcast %11830 : f32[24,16] @ models/lib/nn.yaml:79:7
%11832 = mul %11818, %11831 : f32[24,16] @ models/lib/nn.yaml:79:7
%11833 = broadcast %11829 : bool[24,16] @ models/lib/nn.yaml:79:7
%11834 = select %11833, %11832, %11818 : f32[24,16] @ models/lib/nn.yaml:79:7
%11835 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11836 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11837 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11838 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11839 = add %11837, %11838 : i64[] @ models/lib/nn.yaml:79:7
%11840 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%11841 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11842 = sub %11841, %11840 : f64[] @ models/lib/nn.yaml:79:7
%11843 = cast %11842 : f32[] @ models/lib/nn.yaml:79:7
%11844 = broadcast %11843 : f32[24,16] @ models/lib/nn.yaml:79:7
%11845 = mul %77, %11844 : f32[24,16] @ models/lib/nn.yaml:79:7
%11846 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11847 = cast %11846 : f32[] @ models/lib/nn.yaml:79:7
%11848 = broadcast %11847 : f32[24,16] @ models/lib/nn.yaml:79:7
%11849 = mul %11834, %11848 : f32[24,16] @ models/lib/nn.yaml:79:7
%11850 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11851 = cast %11850 : f32[] @ models/lib/nn.yaml:79:7
%11852 = broadcast %11851 : f32[24,16] @ models/lib/nn.yaml:79:7
%11853 = mul %11835, %11852 : f32[24,16] @ models/lib/nn.yaml:79:7
%11854 = add %11853, %11849 : f32[24,16] @ models/lib/nn.yaml:79:7
%11855 = mul %11834, %11834 : f32[24,16] @ models/lib/nn.yaml:79:7
%11856 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11857 = cast %11856 : f32[] @ models/lib/nn.yaml:79:7
%11858 = broadcast %11857 : f32[24,16] @ models/lib/nn.yaml:79:7
%11859 = mul %11855, %11858 : f32[24,16] @ models/lib/nn.yaml:79:7
%11860 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11861 = cast %11860 : f32[] @ models/lib/nn.yaml:79:7
%11862 = broadcast %11861 : f32[24,16] @ models/lib/nn.yaml:79:7
%11863 = mul %11836, %11862 : f32[24,16] @ models/lib/nn.yaml:79:7
%11864 = add %11863, %11859 : f32[24,16] @ models/lib/nn.yaml:79:7
%11865 = cast %11839 : f64[] @ models/lib/nn.yaml:79:7
%11866 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11867 = pow %11866, %11865 : f64[] @ models/lib/nn.yaml:79:7
%11868 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11869 = sub %11868, %11867 : f64[] @ models/lib/nn.yaml:79:7
%11870 = div %3779, %11869 : f64[] @ models/lib/nn.yaml:79:7
%11871 = cast %11839 : f64[] @ models/lib/nn.yaml:79:7
%11872 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11873 = pow %11872, %11871 : f64[] @ models/lib/nn.yaml:79:7
%11874 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11875 = sub %11874, %11873 : f64[] @ models/lib/nn.yaml:79:7
%11876 = sqrt %11875 : f64[] @ models/lib/nn.yaml:79:7
%11877 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11878 = div %11877, %11876 : f64[] @ models/lib/nn.yaml:79:7
%11879 = sqrt %11864 : f32[24,16] @ models/lib/nn.yaml:79:7
%11880 = cast %11878 : f32[] @ models/lib/nn.yaml:79:7
%11881 = broadcast %11880 : f32[24,16] @ models/lib/nn.yaml:79:7
%11882 = mul %11879, %11881 : f32[24,16] @ models/lib/nn.yaml:79:7
%11883 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11884 = cast %11883 : f32[] @ models/lib/nn.yaml:79:7
%11885 = broadcast %11884 : f32[24,16] @ models/lib/nn.yaml:79:7
%11886 = add %11882, %11885 : f32[24,16] @ models/lib/nn.yaml:79:7
%11887 = div %11854, %11886 : f32[24,16] @ models/lib/nn.yaml:79:7
%11888 = cast %11870 : f32[] @ models/lib/nn.yaml:79:7
%11889 = broadcast %11888 : f32[24,16] @ models/lib/nn.yaml:79:7
%11890 = mul %11887, %11889 : f32[24,16] @ models/lib/nn.yaml:79:7
%11891 = sub %11845, %11890 : f32[24,16] @ models/lib/nn.yaml:79:7
%11892 = assign %77, %11891 : f32[24,16] @ models/lib/nn.yaml:79:7
%11893 = assign %11835, %11854 : f32[24,16] @ models/lib/nn.yaml:79:7
%11894 = assign %11836, %11864 : f32[24,16] @ models/lib/nn.yaml:79:7
%11895 = assign %11837, %11839 : i64[] @ models/lib/nn.yaml:79:7
%11896 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%11897 = broadcast %11896 : f32[24,16] @ models/lib/nn.yaml:79:7
%11898 = mul %155, %11897 : f32[24,16] @ models/lib/nn.yaml:79:7
%11899 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11900 = sub %11899, %3781 : f64[] @ models/lib/nn.yaml:79:7
%11901 = cast %11900 : f32[] @ models/lib/nn.yaml:79:7
%11902 = broadcast %11901 : f32[24,16] @ models/lib/nn.yaml:79:7
%11903 = mul %11891, %11902 : f32[24,16] @ models/lib/nn.yaml:79:7
%11904 = add %11898, %11903 : f32[24,16] @ models/lib/nn.yaml:79:7
%11905 = assign %155, %11904 : f32[24,16] @ models/lib/nn.yaml:79:7
%11906 = all_reduce_sum %4988 : f32[24] @ models/lib/nn.yaml:80:7
%11907 = reshape %11906 : f32[24] @ models/lib/nn.yaml:80:7
%11908 = mul %11907, %11907 : f32[24] @ models/lib/nn.yaml:80:7
%11909 = reduce_sum %11908 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11910 = sqrt %11909 : f32[] @ models/lib/nn.yaml:80:7
%11911 = cast %11910 : f64[] @ models/lib/nn.yaml:80:7
%11912 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11913 = add %11911, %11912 : f64[] @ models/lib/nn.yaml:80:7
%11914 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11915 = div %11914, %11913 : f64[] @ models/lib/nn.yaml:80:7
%11916 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11917 = lt %11915, %11916 : bool[] @ models/lib/nn.yaml:80:7
%11918 = cast %11915 : f32[] @ models/lib/nn.yaml:80:7
%11919 = broadcast %11918 : f32[24] @ models/lib/nn.yaml:80:7
%11920 = mul %11906, %11919 : f32[24] @ models/lib/nn.yaml:80:7
%11921 = broadcast %11917 : bool[24] @ models/lib/nn.yaml:80:7
%11922 = select %11921, %11920, %11906 : f32[24] @ models/lib/nn.yaml:80:7
%11923 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11924 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11925 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11926 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11927 = add %11925, %11926 : i64[] @ models/lib/nn.yaml:80:7
%11928 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11929 = cast %11928 : f32[] @ models/lib/nn.yaml:80:7
%11930 = broadcast %11929 : f32[24] @ models/lib/nn.yaml:80:7
%11931 = mul %11922, %11930 : f32[24] @ models/lib/nn.yaml:80:7
%11932 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11933 = cast %11932 : f32[] @ models/lib/nn.yaml:80:7
%11934 = broadcast %11933 : f32[24] @ models/lib/nn.yaml:80:7
%11935 = mul %11923, %11934 : f32[24] @ models/lib/nn.yaml:80:7
%11936 = add %11935, %11931 : f32[24] @ models/lib/nn.yaml:80:7
%11937 = mul %11922, %11922 : f32[24] @ models/lib/nn.yaml:80:7
%11938 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11939 = cast %11938 : f32[] @ models/lib/nn.yaml:80:7
%11940 = broadcast %11939 : f32[24] @ models/lib/nn.yaml:80:7
%11941 = mul %11937, %11940 : f32[24] @ models/lib/nn.yaml:80:7
%11942 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11943 = cast %11942 : f32[] @ models/lib/nn.yaml:80:7
%11944 = broadcast %11943 : f32[24] @ models/lib/nn.yaml:80:7
%11945 = mul %11924, %11944 : f32[24] @ models/lib/nn.yaml:80:7
%11946 = add %11945, %11941 : f32[24] @ models/lib/nn.yaml:80:7
%11947 = cast %11927 : f64[] @ models/lib/nn.yaml:80:7
%11948 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11949 = pow %11948, %11947 : f64[] @ models/lib/nn.yaml:80:7
%11950 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11951 = sub %11950, %11949 : f64[] @ models/lib/nn.yaml:80:7
%11952 = div %3779, %11951 : f64[] @ models/lib/nn.yaml:80:7
%11953 = cast %11927 : f64[] @ models/lib/nn.yaml:80:7
%11954 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11955 = pow %11954, %11953 : f64[] @ models/lib/nn.yaml:80:7
%11956 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11957 = sub %11956, %11955 : f64[] @ models/lib/nn.yaml:80:7
%11958 = sqrt %11957 : f64[] @ models/lib/nn.yaml:80:7
%11959 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11960 = div %11959, %11958 : f64[] @ models/lib/nn.yaml:80:7
%11961 = sqrt %11946 : f32[24] @ models/lib/nn.yaml:80:7
%11962 = cast %11960 : f32[] @ models/lib/nn.yaml:80:7
%11963 = broadcast %11962 : f32[24] @ models/lib/nn.yaml:80:7
%11964 = mul %11961, %11963 : f32[24] @ models/lib/nn.yaml:80:7
%11965 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11966 = cast %11965 : f32[] @ models/lib/nn.yaml:80:7
%11967 = broadcast %11966 : f32[24] @ models/lib/nn.yaml:80:7
%11968 = add %11964, %11967 : f32[24] @ models/lib/nn.yaml:80:7
%11969 = div %11936, %11968 : f32[24] @ models/lib/nn.yaml:80:7
%11970 = cast %11952 : f32[] @ models/lib/nn.yaml:80:7
%11971 = broadcast %11970 : f32[24] @ models/lib/nn.yaml:80:7
%11972 = mul %11969, %11971 : f32[24] @ models/lib/nn.yaml:80:7
%11973 = sub %78, %11972 : f32[24] @ models/lib/nn.yaml:80:7
%11974 = assign %78, %11973 : f32[24] @ models/lib/nn.yaml:80:7
%11975 = assign %11923, %11936 : f32[24] @ models/lib/nn.yaml:80:7
%11976 = assign %11924, %11946 : f32[24] @ models/lib/nn.yaml:80:7
%11977 = assign %11925, %11927 : i64[] @ models/lib/nn.yaml:80:7
%11978 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%11979 = broadcast %11978 : f32[24] @ models/lib/nn.yaml:80:7
%11980 = mul %156, %11979 : f32[24] @ models/lib/nn.yaml:80:7
%11981 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11982 = sub %11981, %3781 : f64[] @ models/lib/nn.yaml:80:7
%11983 = cast %11982 : f32[] @ models/lib/nn.yaml:80:7
%11984 = broadcast %11983 : f32[24] @ models/lib/nn.yaml:80:7
%11985 = mul %11973, %11984 : f32[24] @ models/lib/nn.yaml:80:7
%11986 = add %11980, %11985 : f32[24] @ models/lib/nn.yaml:80:7
%11987 = assign %156, %11986 : f32[24] @ models/lib/nn.yaml:80:7
%11988 = all_reduce_sum %4969 : f32[24,24] @ models/lib/nn.yaml:79:7
%11989 = reshape %11988 : f32[576] @ models/lib/nn.yaml:79:7
%11990 = mul %11989, %11989 : f32[576] @ models/lib/nn.yaml:79:7
%11991 = reduce_sum %11990 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11992 = sqrt %11991 : f32[] @ models/lib/nn.yaml:79:7
%11993 = cast %11992 : f64[] @ models/lib/nn.yaml:79:7
%11994 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11995 = add %11993, %11994 : f64[] @ models/lib/nn.yaml:79:7
%11996 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11997 = div %11996, %11995 : f64[] @ models/lib/nn.yaml:79:7
%11998 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11999 = lt %11997, %11998 : bool[] @ models/lib/nn.yaml:79:7
%12000 = cast %11997 : f32[] @ models/lib/nn.yaml:79:7
%12001 = broadcast %12000 : f32[24,24] @ models/lib/nn.yaml:79:7
%12002 = mul %11988, %12001 : f32[24,24] @ models/lib/nn.yaml:79:7
%12003 = broadcast %11999 : bool[24,24] @ models/lib/nn.yaml:79:7
%12004 = select %12003, %12002, %11988 : f32[24,24] @ models/lib/nn.yaml:79:7
%12005 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%12006 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%12007 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%12008 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%12009 = add %12007, %12008 : i64[] @ models/lib/nn.yaml:79:7
%12010 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%12011 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12012 = sub %12011, %12010 : f64[] @ models/lib/nn.yaml:79:7
%12013 = cast %12012 : f32[] @ models/lib/nn.yaml:79:7
%12014 = broadcast %12013 : f32[24,24] @ models/lib/nn.yaml:79:7
%12015 = mul %79, %12014 : f32[24,24] @ models/lib/nn.yaml:79:7
%12016 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%12017 = cast %12016 : f32[] @ models/lib/nn.yaml:79:7
%12018 = broadcast %12017 : f32[24,24] @ models/lib/nn.yaml:79:7
%12019 = mul %12004, %12018 : f32[24,24] @ models/lib/nn.yaml:79:7
%12020 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12021 = cast %12020 : f32[] @ models/lib/nn.yaml:79:7
%12022 = broadcast %12021 : f32[24,24] @ models/lib/nn.yaml:79:7
%12023 = mul %12005, %12022 : f32[24,24] @ models/lib/nn.yaml:79:7
%12024 = add %12023, %12019 : f32[24,24] @ models/lib/nn.yaml:79:7
%12025 = mul %12004, %12004 : f32[24,24] @ models/lib/nn.yaml:79:7
%12026 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%12027 = cast %12026 : f32[] @ models/lib/nn.yaml:79:7
%12028 = broadcast %12027 : f32[24,24] @ models/lib/nn.yaml:79:7
%12029 = mul %12025, %12028 : f32[24,24] @ models/lib/nn.yaml:79:7
%12030 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12031 = cast %12030 : f32[] @ models/lib/nn.yaml:79:7
%12032 = broadcast %12031 : f32[24,24] @ models/lib/nn.yaml:79:7
%12033 = mul %12006, %12032 : f32[24,24] @ models/lib/nn.yaml:79:7
%12034 = add %12033, %12029 : f32[24,24] @ models/lib/nn.yaml:79:7
%12035 = cast %12009 : f64[] @ models/lib/nn.yaml:79:7
%12036 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12037 = pow %12036, %12035 : f64[] @ models/lib/nn.yaml:79:7
%12038 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12039 = sub %12038, %12037 : f64[] @ models/lib/nn.yaml:79:7
%12040 = div %3779, %12039 : f64[] @ models/lib/nn.yaml:79:7
%12041 = cast %12009 : f64[] @ models/lib/nn.yaml:79:7
%12042 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12043 = pow %12042, %12041 : f64[] @ models/lib/nn.yaml:79:7
%12044 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12045 = sub %12044, %12043 : f64[] @ models/lib/nn.yaml:79:7
%12046 = sqrt %12045 : f64[] @ models/lib/nn.yaml:79:7
%12047 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12048 = div %12047, %12046 : f64[] @ models/lib/nn.yaml:79:7
%12049 = sqrt %12034 : f32[24,24] @ models/lib/nn.yaml:79:7
%12050 = cast %12048 : f32[] @ models/lib/nn.yaml:79:7
%12051 = broadcast %12050 : f32[24,24] @ models/lib/nn.yaml:79:7
%12052 = mul %12049, %12051 : f32[24,24] @ models/lib/nn.yaml:79:7
%12053 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%12054 = cast %12053 : f32[] @ models/lib/nn.yaml:79:7
%12055 = broadcast %12054 : f32[24,24] @ models/lib/nn.yaml:79:7
%12056 = add %12052, %12055 : f32[24,24] @ models/lib/nn.yaml:79:7
%12057 = div %12024, %12056 : f32[24,24] @ models/lib/nn.yaml:79:7
%12058 = cast %12040 : f32[] @ models/lib/nn.yaml:79:7
%12059 = broadcast %12058 : f32[24,24] @ models/lib/nn.yaml:79:7
%12060 = mul %12057, %12059 : f32[24,24] @ models/lib/nn.yaml:79:7
%12061 = sub %12015, %12060 : f32[24,24] @ models/lib/nn.yaml:79:7
%12062 = assign %79, %12061 : f32[24,24] @ models/lib/nn.yaml:79:7
%12063 = assign %12005, %12024 : f32[24,24] @ models/lib/nn.yaml:79:7
%12064 = assign %12006, %12034 : f32[24,24] @ models/lib/nn.yaml:79:7
%12065 = assign %12007, %12009 : i64[] @ models/lib/nn.yaml:79:7
%12066 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%12067 = broadcast %12066 : f32[24,24] @ models/lib/nn.yaml:79:7
%12068 = mul %157, %12067 : f32[24,24] @ models/lib/nn.yaml:79:7
%12069 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12070 = sub %12069, %3781 : f64[] @ models/lib/nn.yaml:79:7
%12071 = cast %12070 : f32[] @ models/lib/nn.yaml:79:7
%12072 = broadcast %12071 : f32[24,24] @ models/lib/nn.yaml:79:7
%12073 = mul %12061, %12072 : f32[24,24] @ models/lib/nn.yaml:79:7
%12074 = add %12068, %12073 : f32[24,24] @ models/lib/nn.yaml:79:7
%12075 = assign %157, %12074 : f32[24,24] @ models/lib/nn.yaml:79:7
%12076 = all_reduce_sum %4961 : f32[24] @ models/lib/nn.yaml:80:7
%12077 = reshape %12076 : f32[24] @ models/lib/nn.yaml:80:7
%12078 = mul %12077, %12077 : f32[24] @ models/lib/nn.yaml:80:7
%12079 = reduce_sum %12078 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%12080 = sqrt %12079 : f32[] @ models/lib/nn.yaml:80:7
%12081 = cast %12080 : f64[] @ models/lib/nn.yaml:80:7
%12082 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%12083 = add %12081, %12082 : f64[] @ models/lib/nn.yaml:80:7
%12084 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%12085 = div %12084, %12083 : f64[] @ models/lib/nn.yaml:80:7
%12086 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12087 = lt %12085, %12086 : bool[] @ models/lib/nn.yaml:80:7
%12088 = cast %12085 : f32[] @ models/lib/nn.yaml:80:7
%12089 = broadcast %12088 : f32[24] @ models/lib/nn.yaml:80:7
%12090 = mul %12076, %12089 : f32[24] @ models/lib/nn.yaml:80:7
%12091 = broadcast %12087 : bool[24] @ models/lib/nn.yaml:80:7
%12092 = select %12091, %12090, %12076 : f32[24] @ models/lib/nn.yaml:80:7
%12093 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%12094 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%12095 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%12096 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%12097 = add %12095, %12096 : i64[] @ models/lib/nn.yaml:80:7
%12098 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%12099 = cast %12098 : f32[] @ models/lib/nn.yaml:80:7
%12100 = broadcast %12099 : f32[24] @ models/lib/nn.yaml:80:7
%12101 = mul %12092, %12100 : f32[24] @ models/lib/nn.yaml:80:7
%12102 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12103 = cast %12102 : f32[] @ models/lib/nn.yaml:80:7
%12104 = broadcast %12103 : f32[24] @ models/lib/nn.yaml:80:7
%12105 = mul %12093, %12104 : f32[24] @ models/lib/nn.yaml:80:7
%12106 = add %12105, %12101 : f32[24] @ models/lib/nn.yaml:80:7
%12107 = mul %12092, %12092 : f32[24] @ models/lib/nn.yaml:80:7
%12108 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%12109 = cast %12108 : f32[] @ models/lib/nn.yaml:80:7
%12110 = broadcast %12109 : f32[24] @ models/lib/nn.yaml:80:7
%12111 = mul %12107, %12110 : f32[24] @ models/lib/nn.yaml:80:7
%12112 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12113 = cast %12112 : f32[] @ models/lib/nn.yaml:80:7
%12114 = broadcast %12113 : f32[24] @ models/lib/nn.yaml:80:7
%12115 = mul %12094, %12114 : f32[24] @ models/lib/nn.yaml:80:7
%12116 = add %12115, %12111 : f32[24] @ models/lib/nn.yaml:80:7
%12117 = cast %12097 : f64[] @ models/lib/nn.yaml:80:7
%12118 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12119 = pow %12118, %12117 : f64[] @ models/lib/nn.yaml:80:7
%12120 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12121 = sub %12120, %12119 : f64[] @ models/lib/nn.yaml:80:7
%12122 = div %3779, %12121 : f64[] @ models/lib/nn.yaml:80:7
%12123 = cast %12097 : f64[] @ models/lib/nn.yaml:80:7
%12124 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12125 = pow %12124, %12123 : f64[] @ models/lib/nn.yaml:80:7
%12126 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12127 = sub %12126, %12125 : f64[] @ models/lib/nn.yaml:80:7
%12128 = sqrt %12127 : f64[] @ models/lib/nn.yaml:80:7
%12129 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12130 = div %12129, %12128 : f64[] @ models/lib/nn.yaml:80:7
%12131 = sqrt %12116 : f32[24] @ models/lib/nn.yaml:80:7
%12132 = cast %12130 : f32[] @ models/lib/nn.yaml:80:7
%12133 = broadcast %12132 : f32[24] @ models/lib/nn.yaml:80:7
%12134 = mul %12131, %12133 : f32[24] @ models/lib/nn.yaml:80:7
%12135 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%12136 = cast %12135 : f32[] @ models/lib/nn.yaml:80:7
%12137 = broadcast %12136 : f32[24] @ models/lib/nn.yaml:80:7
%12138 = add %12134, %12137 : f32[24] @ models/lib/nn.yaml:80:7
%12139 = div %12106, %12138 : f32[24] @ models/lib/nn.yaml:80:7
%12140 = cast %12122 : f32[] @ models/lib/nn.yaml:80:7
%12141 = broadcast %12140 : f32[24] @ models/lib/nn.yaml:80:7
%12142 = mul %12139, %12141 : f32[24] @ models/lib/nn.yaml:80:7
%12143 = sub %80, %12142 : f32[24] @ models/lib/nn.yaml:80:7
%12144 = assign %80, %12143 : f32[24] @ models/lib/nn.yaml:80:7
%12145 = assign %12093, %12106 : f32[24] @ models/lib/nn.yaml:80:7
%12146 = assign %12094, %12116 : f32[24] @ models/lib/nn.yaml:80:7
%12147 = assign %12095, %12097 : i64[] @ models/lib/nn.yaml:80:7
%12148 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%12149 = broadcast %12148 : f32[24] @ models/lib/nn.yaml:80:7
%12150 = mul %158, %12149 : f32[24] @ models/lib/nn.yaml:80:7
%12151 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12152 = sub %12151, %3781 : f64[] @ models/lib/nn.yaml:80:7
%12153 = cast %12152 : f32[] @ models/lib/nn.yaml:80:7
%12154 = broadcast %12153 : f32[24] @ models/lib/nn.yaml:80:7
%12155 = mul %12143, %12154 : f32[24] @ models/lib/nn.yaml:80:7
%12156 = add %12150, %12155 : f32[24] @ models/lib/nn.yaml:80:7
%12157 = assign %158, %12156 : f32[24] @ models/lib/nn.yaml:80:7
%12158 = all_reduce_sum %4942 : f32[8,24] @ models/lib/nn.yaml:79:7
%12159 = reshape %12158 : f32[192] @ models/lib/nn.yaml:79:7
%12160 = mul %12159, %12159 : f32[192] @ models/lib/nn.yaml:79:7
%12161 = reduce_sum %12160 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%12162 = sqrt %12161 : f32[] @ models/lib/nn.yaml:79:7
%12163 = cast %12162 : f64[] @ models/lib/nn.yaml:79:7
%12164 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%12165 = add %12163, %12164 : f64[] @ models/lib/nn.yaml:79:7
%12166 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%12167 = div %12166, %12165 : f64[] @ models/lib/nn.yaml:79:7
%12168 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12169 = lt %12167, %12168 : bool[] @ models/lib/nn.yaml:79:7
%12170 = cast %12167 : f32[] @ models/lib/nn.yaml:79:7
%12171 = broadcast %12170 : f32[8,24] @ models/lib/nn.yaml:79:7
%12172 = mul %12158, %12171 : f32[8,24] @ models/lib/nn.yaml:79:7
%12173 = broadcast %12169 : bool[8,24] @ models/lib/nn.yaml:79:7
%12174 = select %12173, %12172, %12158 : f32[8,24] @ models/lib/nn.yaml:79:7
%12175 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%12176 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%12177 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%12178 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%12179 = add %12177, %12178 : i64[] @ models/lib/nn.yaml:79:7
%12180 = mul %3779, %3780 : f64[] @ models/lib/nn.yaml:79:7
%12181 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12182 = sub %12181, %12180 : f64[] @ models/lib/nn.yaml:79:7
%12183 = cast %12182 : f32[] @ models/lib/nn.yaml:79:7
%12184 = broadcast %12183 : f32[8,24] @ models/lib/nn.yaml:79:7
%12185 = mul %81, %12184 : f32[8,24] @ models/lib/nn.yaml:79:7
%12186 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%12187 = cast %12186 : f32[] @ models/lib/nn.yaml:79:7
%12188 = broadcast %12187 : f32[8,24] @ models/lib/nn.yaml:79:7
%12189 = mul %12174, %12188 : f32[8,24] @ models/lib/nn.yaml:79:7
%12190 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12191 = cast %12190 : f32[] @ models/lib/nn.yaml:79:7
%12192 = broadcast %12191 : f32[8,24] @ models/lib/nn.yaml:79:7
%12193 = mul %12175, %12192 : f32[8,24] @ models/lib/nn.yaml:79:7
%12194 = add %12193, %12189 : f32[8,24] @ models/lib/nn.yaml:79:7
%12195 = mul %12174, %12174 : f32[8,24] @ models/lib/nn.yaml:79:7
%12196 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%12197 = cast %12196 : f32[] @ models/lib/nn.yaml:79:7
%12198 = broadcast %12197 : f32[8,24] @ models/lib/nn.yaml:79:7
%12199 = mul %12195, %12198 : f32[8,24] @ models/lib/nn.yaml:79:7
%12200 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12201 = cast %12200 : f32[] @ models/lib/nn.yaml:79:7
%12202 = broadcast %12201 : f32[8,24] @ models/lib/nn.yaml:79:7
%12203 = mul %12176, %12202 : f32[8,24] @ models/lib/nn.yaml:79:7
%12204 = add %12203, %12199 : f32[8,24] @ models/lib/nn.yaml:79:7
%12205 = cast %12179 : f64[] @ models/lib/nn.yaml:79:7
%12206 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12207 = pow %12206, %12205 : f64[] @ models/lib/nn.yaml:79:7
%12208 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12209 = sub %12208, %12207 : f64[] @ models/lib/nn.yaml:79:7
%12210 = div %3779, %12209 : f64[] @ models/lib/nn.yaml:79:7
%12211 = cast %12179 : f64[] @ models/lib/nn.yaml:79:7
%12212 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12213 = pow %12212, %12211 : f64[] @ models/lib/nn.yaml:79:7
%12214 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12215 = sub %12214, %12213 : f64[] @ models/lib/nn.yaml:79:7
%12216 = sqrt %12215 : f64[] @ models/lib/nn.yaml:79:7
%12217 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12218 = div %12217, %12216 : f64[] @ models/lib/nn.yaml:79:7
%12219 = sqrt %12204 : f32[8,24] @ models/lib/nn.yaml:79:7
%12220 = cast %12218 : f32[] @ models/lib/nn.yaml:79:7
%12221 = broadcast %12220 : f32[8,24] @ models/lib/nn.yaml:79:7
%12222 = mul %12219, %12221 : f32[8,24] @ models/lib/nn.yaml:79:7
%12223 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%12224 = cast %12223 : f32[] @ models/lib/nn.yaml:79:7
%12225 = broadcast %12224 : f32[8,24] @ models/lib/nn.yaml:79:7
%12226 = add %12222, %12225 : f32[8,24] @ models/lib/nn.yaml:79:7
%12227 = div %12194, %12226 : f32[8,24] @ models/lib/nn.yaml:79:7
%12228 = cast %12210 : f32[] @ models/lib/nn.yaml:79:7
%12229 = broadcast %12228 : f32[8,24] @ models/lib/nn.yaml:79:7
%12230 = mul %12227, %12229 : f32[8,24] @ models/lib/nn.yaml:79:7
%12231 = sub %12185, %12230 : f32[8,24] @ models/lib/nn.yaml:79:7
%12232 = assign %81, %12231 : f32[8,24] @ models/lib/nn.yaml:79:7
%12233 = assign %12175, %12194 : f32[8,24] @ models/lib/nn.yaml:79:7
%12234 = assign %12176, %12204 : f32[8,24] @ models/lib/nn.yaml:79:7
%12235 = assign %12177, %12179 : i64[] @ models/lib/nn.yaml:79:7
%12236 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%12237 = broadcast %12236 : f32[8,24] @ models/lib/nn.yaml:79:7
%12238 = mul %159, %12237 : f32[8,24] @ models/lib/nn.yaml:79:7
%12239 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12240 = sub %12239, %3781 : f64[] @ models/lib/nn.yaml:79:7
%12241 = cast %12240 : f32[] @ models/lib/nn.yaml:79:7
%12242 = broadcast %12241 : f32[8,24] @ models/lib/nn.yaml:79:7
%12243 = mul %12231, %12242 : f32[8,24] @ models/lib/nn.yaml:79:7
%12244 = add %12238, %12243 : f32[8,24] @ models/lib/nn.yaml:79:7
%12245 = assign %159, %12244 : f32[8,24] @ models/lib/nn.yaml:79:7
%12246 = all_reduce_sum %4934 : f32[8] @ models/lib/nn.yaml:80:7
%12247 = reshape %12246 : f32[8] @ models/lib/nn.yaml:80:7
%12248 = mul %12247, %12247 : f32[8] @ models/lib/nn.yaml:80:7
%12249 = reduce_sum %12248 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%12250 = sqrt %12249 : f32[] @ models/lib/nn.yaml:80:7
%12251 = cast %12250 : f64[] @ models/lib/nn.yaml:80:7
%12252 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%12253 = add %12251, %12252 : f64[] @ models/lib/nn.yaml:80:7
%12254 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%12255 = div %12254, %12253 : f64[] @ models/lib/nn.yaml:80:7
%12256 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12257 = lt %12255, %12256 : bool[] @ models/lib/nn.yaml:80:7
%12258 = cast %12255 : f32[] @ models/lib/nn.yaml:80:7
%12259 = broadcast %12258 : f32[8] @ models/lib/nn.yaml:80:7
%12260 = mul %12246, %12259 : f32[8] @ models/lib/nn.yaml:80:7
%12261 = broadcast %12257 : bool[8] @ models/lib/nn.yaml:80:7
%12262 = select %12261, %12260, %12246 : f32[8] @ models/lib/nn.yaml:80:7
%12263 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%12264 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%12265 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%12266 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%12267 = add %12265, %12266 : i64[] @ models/lib/nn.yaml:80:7
%12268 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%12269 = cast %12268 : f32[] @ models/lib/nn.yaml:80:7
%12270 = broadcast %12269 : f32[8] @ models/lib/nn.yaml:80:7
%12271 = mul %12262, %12270 : f32[8] @ models/lib/nn.yaml:80:7
%12272 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12273 = cast %12272 : f32[] @ models/lib/nn.yaml:80:7
%12274 = broadcast %12273 : f32[8] @ models/lib/nn.yaml:80:7
%12275 = mul %12263, %12274 : f32[8] @ models/lib/nn.yaml:80:7
%12276 = add %12275, %12271 : f32[8] @ models/lib/nn.yaml:80:7
%12277 = mul %12262, %12262 : f32[8] @ models/lib/nn.yaml:80:7
%12278 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%12279 = cast %12278 : f32[] @ models/lib/nn.yaml:80:7
%12280 = broadcast %12279 : f32[8] @ models/lib/nn.yaml:80:7
%12281 = mul %12277, %12280 : f32[8] @ models/lib/nn.yaml:80:7
%12282 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12283 = cast %12282 : f32[] @ models/lib/nn.yaml:80:7
%12284 = broadcast %12283 : f32[8] @ models/lib/nn.yaml:80:7
%12285 = mul %12264, %12284 : f32[8] @ models/lib/nn.yaml:80:7
%12286 = add %12285, %12281 : f32[8] @ models/lib/nn.yaml:80:7
%12287 = cast %12267 : f64[] @ models/lib/nn.yaml:80:7
%12288 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12289 = pow %12288, %12287 : f64[] @ models/lib/nn.yaml:80:7
%12290 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12291 = sub %12290, %12289 : f64[] @ models/lib/nn.yaml:80:7
%12292 = div %3779, %12291 : f64[] @ models/lib/nn.yaml:80:7
%12293 = cast %12267 : f64[] @ models/lib/nn.yaml:80:7
%12294 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12295 = pow %12294, %12293 : f64[] @ models/lib/nn.yaml:80:7
%12296 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12297 = sub %12296, %12295 : f64[] @ models/lib/nn.yaml:80:7
%12298 = sqrt %12297 : f64[] @ models/lib/nn.yaml:80:7
%12299 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12300 = div %12299, %12298 : f64[] @ models/lib/nn.yaml:80:7
%12301 = sqrt %12286 : f32[8] @ models/lib/nn.yaml:80:7
%12302 = cast %12300 : f32[] @ models/lib/nn.yaml:80:7
%12303 = broadcast %12302 : f32[8] @ models/lib/nn.yaml:80:7
%12304 = mul %12301, %12303 : f32[8] @ models/lib/nn.yaml:80:7
%12305 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%12306 = cast %12305 : f32[] @ models/lib/nn.yaml:80:7
%12307 = broadcast %12306 : f32[8] @ models/lib/nn.yaml:80:7
%12308 = add %12304, %12307 : f32[8] @ models/lib/nn.yaml:80:7
%12309 = div %12276, %12308 : f32[8] @ models/lib/nn.yaml:80:7
%12310 = cast %12292 : f32[] @ models/lib/nn.yaml:80:7
%12311 = broadcast %12310 : f32[8] @ models/lib/nn.yaml:80:7
%12312 = mul %12309, %12311 : f32[8] @ models/lib/nn.yaml:80:7
%12313 = sub %82, %12312 : f32[8] @ models/lib/nn.yaml:80:7
%12314 = assign %82, %12313 : f32[8] @ models/lib/nn.yaml:80:7
%12315 = assign %12263, %12276 : f32[8] @ models/lib/nn.yaml:80:7
%12316 = assign %12264, %12286 : f32[8] @ models/lib/nn.yaml:80:7
%12317 = assign %12265, %12267 : i64[] @ models/lib/nn.yaml:80:7
%12318 = cast %3781 : f32[] @ models/lib/nn.yaml:80:7
%12319 = broadcast %12318 : f32[8] @ models/lib/nn.yaml:80:7
%12320 = mul %160, %12319 : f32[8] @ models/lib/nn.yaml:80:7
%12321 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12322 = sub %12321, %3781 : f64[] @ models/lib/nn.yaml:80:7
%12323 = cast %12322 : f32[] @ models/lib/nn.yaml:80:7
%12324 = broadcast %12323 : f32[8] @ models/lib/nn.yaml:80:7
%12325 = mul %12313, %12324 : f32[8] @ models/lib/nn.yaml:80:7
%12326 = add %12320, %12325 : f32[8] @ models/lib/nn.yaml:80:7
%12327 = assign %160, %12326 : f32[8] @ models/lib/nn.yaml:80:7
%12328 = cast %3781 : f32[] @ models/lib/dino.yaml:18:7
%12329 = broadcast %12328 : f32[16,1] @ models/lib/dino.yaml:18:7
%12330 = mul %161, %12329 : f32[16,1] @ models/lib/dino.yaml:18:7
%12331 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%12332 = sub %12331, %3781 : f64[] @ models/lib/dino.yaml:18:7
%12333 = cast %12332 : f32[] @ models/lib/dino.yaml:18:7
%12334 = broadcast %12333 : f32[16,1] @ models/lib/dino.yaml:18:7
%12335 = mul %83, %12334 : f32[16,1] @ models/lib/dino.yaml:18:7
%12336 = add %12330, %12335 : f32[16,1] @ models/lib/dino.yaml:18:7
%12337 = assign %161, %12336 : f32[16,1] @ models/lib/dino.yaml:18:7
%12338 = all_reduce_sum %4905 : f32[16,8] @ models/lib/dino.yaml:19:7
%12339 = reshape %12338 : f32[128] @ models/lib/dino.yaml:19:7
%12340 = mul %12339, %12339 : f32[128] @ models/lib/dino.yaml:19:7
%12341 = reduce_sum %12340 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%12342 = sqrt %12341 : f32[] @ models/lib/dino.yaml:19:7
%12343 = cast %12342 : f64[] @ models/lib/dino.yaml:19:7
%12344 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%12345 = add %12343, %12344 : f64[] @ models/lib/dino.yaml:19:7
%12346 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%12347 = div %12346, %12345 : f64[] @ models/lib/dino.yaml:19:7
%12348 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12349 = lt %12347, %12348 : bool[] @ models/lib/dino.yaml:19:7
%12350 = cast %12347 : f32[] @ models/lib/dino.yaml:19:7
%12351 = broadcast %12350 : f32[16,8] @ models/lib/dino.yaml:19:7
%12352 = mul %12338, %12351 : f32[16,8] @ models/lib/dino.yaml:19:7
%12353 = broadcast %12349 : bool[16,8] @ models/lib/dino.yaml:19:7
%12354 = select %12353, %12352, %12338 : f32[16,8] @ models/lib/dino.yaml:19:7
%12355 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%12356 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%12357 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%12358 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%12359 = add %12357, %12358 : i64[] @ models/lib/dino.yaml:19:7
%12360 = mul %3779, %3780 : f64[] @ models/lib/dino.yaml:19:7
%12361 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12362 = sub %12361, %12360 : f64[] @ models/lib/dino.yaml:19:7
%12363 = cast %12362 : f32[] @ models/lib/dino.yaml:19:7
%12364 = broadcast %12363 : f32[16,8] @ models/lib/dino.yaml:19:7
%12365 = mul %84, %12364 : f32[16,8] @ models/lib/dino.yaml:19:7
%12366 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%12367 = cast %12366 : f32[] @ models/lib/dino.yaml:19:7
%12368 = broadcast %12367 : f32[16,8] @ models/lib/dino.yaml:19:7
%12369 = mul %12354, %12368 : f32[16,8] @ models/lib/dino.yaml:19:7
%12370 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%12371 = cast %12370 : f32[] @ models/lib/dino.yaml:19:7
%12372 = broadcast %12371 : f32[16,8] @ models/lib/dino.yaml:19:7
%12373 = mul %12355, %12372 : f32[16,8] @ models/lib/dino.yaml:19:7
%12374 = add %12373, %12369 : f32[16,8] @ models/lib/dino.yaml:19:7
%12375 = mul %12354, %12354 : f32[16,8] @ models/lib/dino.yaml:19:7
%12376 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%12377 = cast %12376 : f32[] @ models/lib/dino.yaml:19:7
%12378 = broadcast %12377 : f32[16,8] @ models/lib/dino.yaml:19:7
%12379 = mul %12375, %12378 : f32[16,8] @ models/lib/dino.yaml:19:7
%12380 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%12381 = cast %12380 : f32[] @ models/lib/dino.yaml:19:7
%12382 = broadcast %12381 : f32[16,8] @ models/lib/dino.yaml:19:7
%12383 = mul %12356, %12382 : f32[16,8] @ models/lib/dino.yaml:19:7
%12384 = add %12383, %12379 : f32[16,8] @ models/lib/dino.yaml:19:7
%12385 = cast %12359 : f64[] @ models/lib/dino.yaml:19:7
%12386 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%12387 = pow %12386, %12385 : f64[] @ models/lib/dino.yaml:19:7
%12388 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12389 = sub %12388, %12387 : f64[] @ models/lib/dino.yaml:19:7
%12390 = div %3779, %12389 : f64[] @ models/lib/dino.yaml:19:7
%12391 = cast %12359 : f64[] @ models/lib/dino.yaml:19:7
%12392 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%12393 = pow %12392, %12391 : f64[] @ models/lib/dino.yaml:19:7
%12394 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12395 = sub %12394, %12393 : f64[] @ models/lib/dino.yaml:19:7
%12396 = sqrt %12395 : f64[] @ models/lib/dino.yaml:19:7
%12397 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12398 = div %12397, %12396 : f64[] @ models/lib/dino.yaml:19:7
%12399 = sqrt %12384 : f32[16,8] @ models/lib/dino.yaml:19:7
%12400 = cast %12398 : f32[] @ models/lib/dino.yaml:19:7
%12401 = broadcast %12400 : f32[16,8] @ models/lib/dino.yaml:19:7
%12402 = mul %12399, %12401 : f32[16,8] @ models/lib/dino.yaml:19:7
%12403 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%12404 = cast %12403 : f32[] @ models/lib/dino.yaml:19:7
%12405 = broadcast %12404 : f32[16,8] @ models/lib/dino.yaml:19:7
%12406 = add %12402, %12405 : f32[16,8] @ models/lib/dino.yaml:19:7
%12407 = div %12374, %12406 : f32[16,8] @ models/lib/dino.yaml:19:7
%12408 = cast %12390 : f32[] @ models/lib/dino.yaml:19:7
%12409 = broadcast %12408 : f32[16,8] @ models/lib/dino.yaml:19:7
%12410 = mul %12407, %12409 : f32[16,8] @ models/lib/dino.yaml:19:7
%12411 = sub %12365, %12410 : f32[16,8] @ models/lib/dino.yaml:19:7
%12412 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%12413 = lt %11795, %12412 : bool[] @ models/lib/dino.yaml:19:7
%12414 = broadcast %12413 : bool[16,8] @ models/lib/dino.yaml:19:7
%12415 = select %12414, %84, %12411 : f32[16,8] @ models/lib/dino.yaml:19:7
%12416 = broadcast %12413 : bool[16,8] @ models/lib/dino.yaml:19:7
%12417 = select %12416, %12355, %12374 : f32[16,8] @ models/lib/dino.yaml:19:7
%12418 = broadcast %12413 : bool[16,8] @ models/lib/dino.yaml:19:7
%12419 = select %12418, %12356, %12384 : f32[16,8] @ models/lib/dino.yaml:19:7
%12420 = select %12413, %12357, %12359 : i64[] @ models/lib/dino.yaml:19:7
%12421 = assign %84, %12415 : f32[16,8] @ models/lib/dino.yaml:19:7
%12422 = assign %12355, %12417 : f32[16,8] @ models/lib/dino.yaml:19:7
%12423 = assign %12356, %12419 : f32[16,8] @ models/lib/dino.yaml:19:7
%12424 = assign %12357, %12420 : i64[] @ models/lib/dino.yaml:19:7
%12425 = cast %3781 : f32[] @ models/lib/dino.yaml:19:7
%12426 = broadcast %12425 : f32[16,8] @ models/lib/dino.yaml:19:7
%12427 = mul %162, %12426 : f32[16,8] @ models/lib/dino.yaml:19:7
%12428 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12429 = sub %12428, %3781 : f64[] @ models/lib/dino.yaml:19:7
%12430 = cast %12429 : f32[] @ models/lib/dino.yaml:19:7
%12431 = broadcast %12430 : f32[16,8] @ models/lib/dino.yaml:19:7
%12432 = mul %12415, %12431 : f32[16,8] @ models/lib/dino.yaml:19:7
%12433 = add %12427, %12432 : f32[16,8] @ models/lib/dino.yaml:19:7
%12434 = assign %162, %12433 : f32[16,8] @ models/lib/dino.yaml:19:7
%12435 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%12436 = abs %3742 : f32[] @ models/dino_pass.yaml:149:3
%12437 = lt %12436, %12435 : bool[] @ models/dino_pass.yaml:149:3
%12438 = output %12437 name="finite" : bool[] @ models/dino_pass.yaml:149:3
