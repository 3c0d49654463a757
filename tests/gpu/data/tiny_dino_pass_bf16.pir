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
%215 = slice %212 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%217 = slice %214 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%219 = mul %216, %218 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%220 = slice %212 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%221 = broadcast %220 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%222 = slice %214 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%223 = broadcast %222 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%224 = mul %221, %223 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%225 = add %219, %224 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%226 = slice %212 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%227 = broadcast %226 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%228 = slice %214 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%229 = broadcast %228 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%230 = mul %227, %229 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%231 = add %225, %230 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%232 = slice %212 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%233 = broadcast %232 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%234 = slice %214 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%235 = broadcast %234 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%236 = mul %233, %235 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%237 = add %231, %236 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%238 = slice %212 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%239 = broadcast %238 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%240 = slice %214 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%241 = broadcast %240 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%242 = mul %239, %241 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%243 = add %237, %242 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%244 = slice %212 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%245 = broadcast %244 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%246 = slice %214 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%247 = broadcast %246 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%248 = mul %245, %247 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%249 = add %243, %248 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%250 = slice %212 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%251 = broadcast %250 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%252 = slice %214 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%253 = broadcast %252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%254 = mul %251, %253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%255 = add %249, %254 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%256 = slice %212 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%257 = broadcast %256 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%258 = slice %214 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%259 = broadcast %258 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%260 = mul %257, %259 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%261 = add %255, %260 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%262 = cast %261 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%263 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%264 = broadcast %263 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%265 = cast %262 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%266 = mul %265, %264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%267 = reduce_max %266 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%268 = stop_gradient %267 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%269 = broadcast %268 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%270 = sub %266, %269 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%271 = exp %270 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%272 = reduce_sum %271 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%273 = broadcast %272 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%274 = div %271, %273 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%275 = cast %274 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%276 = cast %209 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%277 = cast %275 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
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
%354 = reshape %353 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%355 = permute %354 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%356 = slice %355 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%357 = reshape %356 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%358 = slice %355 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%359 = reshape %358 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%360 = slice %355 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%361 = reshape %360 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%362 = cast %357 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%363 = cast %359 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%364 = cast %362 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
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
%416 = mul %415, %264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%417 = reduce_max %416 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%418 = stop_gradient %417 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%419 = broadcast %418 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%420 = sub %416, %419 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%421 = exp %420 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%422 = reduce_sum %421 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%423 = broadcast %422 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%424 = div %421, %423 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%425 = cast %424 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%426 = cast %361 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%427 = cast %425 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
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
%499 = slice %498 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%500 = cast %499 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%501 = cast %115 : bf16[16,16] @ models/lib/nn.yaml:83:15
%502 = matmul %500, %501 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%503 = broadcast %116 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%504 = cast %502 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%505 = add %504, %503 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%506 = reshape %505 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%507 = permute %506 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%508 = cast %498 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%509 = cast %117 : bf16[16,16] @ models/lib/nn.yaml:83:15
%510 = matmul %508, %509 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%511 = broadcast %118 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%512 = cast %510 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%513 = add %512, %511 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%514 = reshape %513 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%515 = permute %514 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%516 = cast %119 : bf16[16,16] @ models/lib/nn.yaml:83:15
%517 = matmul %508, %516 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%518 = broadcast %120 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%519 = cast %517 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%520 = add %519, %518 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%521 = reshape %520 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%522 = permute %521 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%523 = cast %507 : bf16[64,2,1,8] @ models/lib/nn.yaml:55:23
%524 = cast %515 : bf16[64,2,3,8] @ models/lib/nn.yaml:55:23
%525 = cast %523 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%526 = cast %524 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%527 = permute %526 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%528 = slice %525 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%529 = broadcast %528 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%530 = slice %527 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%531 = mul %529, %530 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%532 = slice %525 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%533 = broadcast %532 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%534 = slice %527 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%535 = mul %533, %534 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%536 = add %531, %535 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%537 = slice %525 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%538 = broadcast %537 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%539 = slice %527 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%540 = mul %538, %539 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%541 = add %536, %540 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%542 = slice %525 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%543 = broadcast %542 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%544 = slice %527 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%545 = mul %543, %544 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%546 = add %541, %545 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%547 = slice %525 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%548 = broadcast %547 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%549 = slice %527 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%550 = mul %548, %549 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%551 = add %546, %550 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%552 = slice %525 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%553 = broadcast %552 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%554 = slice %527 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%555 = mul %553, %554 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%556 = add %551, %555 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%557 = slice %525 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%558 = broadcast %557 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%559 = slice %527 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%560 = mul %558, %559 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%561 = add %556, %560 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%562 = slice %525 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%563 = broadcast %562 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%564 = slice %527 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%565 = mul %563, %564 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%566 = add %561, %565 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%567 = cast %566 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%568 = broadcast %263 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%569 = cast %567 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%570 = mul %569, %568 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%571 = reduce_max %570 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%572 = stop_gradient %571 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%573 = broadcast %572 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%574 = sub %570, %573 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%575 = exp %574 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%576 = reduce_sum %575 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%577 = broadcast %576 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%578 = div %575, %577 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%579 = cast %578 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%580 = cast %522 : bf16[64,2,3,8] @ models/lib/nn.yaml:56:23
%581 = cast %579 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%582 = cast %580 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%583 = slice %581 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%584 = broadcast %583 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%585 = slice %582 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%586 = mul %584, %585 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%587 = slice %581 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%588 = broadcast %587 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%589 = slice %582 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%590 = mul %588, %589 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%591 = add %586, %590 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%592 = slice %581 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%593 = broadcast %592 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%594 = slice %582 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%595 = mul %593, %594 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%596 = add %591, %595 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%597 = cast %596 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%598 = permute %597 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%599 = reshape %598 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%600 = cast %121 : bf16[16,16] @ models/lib/nn.yaml:83:15
%601 = matmul %599, %600 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%602 = broadcast %122 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%603 = cast %601 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%604 = add %603, %602 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%605 = add %480, %604 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%606 = reduce_sum %605 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%607 = broadcast %178 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%608 = div %606, %607 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%609 = broadcast %608 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%610 = sub %605, %609 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%611 = mul %610, %610 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%612 = reduce_sum %611 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%613 = div %612, %607 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%614 = broadcast %186 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%615 = add %613, %614 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%616 = rsqrt %615 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%617 = broadcast %616 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%618 = mul %610, %617 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%619 = broadcast %123 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%620 = mul %618, %619 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%621 = broadcast %124 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%622 = add %620, %621 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%623 = cast %622 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%624 = cast %125 : bf16[64,16] @ models/lib/nn.yaml:83:15
%625 = matmul %623, %624 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%626 = broadcast %126 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%627 = cast %625 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%628 = add %627, %626 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%629 = broadcast %315 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%630 = mul %629, %628 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%631 = broadcast %318 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%632 = mul %628, %631 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%633 = erf %632 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%634 = broadcast %322 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%635 = add %634, %633 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%636 = mul %630, %635 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%637 = cast %636 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%638 = cast %127 : bf16[16,64] @ models/lib/nn.yaml:83:15
%639 = matmul %637, %638 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%640 = broadcast %128 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%641 = cast %639 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%642 = add %641, %640 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%643 = add %605, %642 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%644 = concat %643, %479 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%645 = reduce_sum %644 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%646 = div %645, %483 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%647 = broadcast %646 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%648 = sub %644, %647 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%649 = mul %648, %648 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%650 = reduce_sum %649 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%651 = div %650, %483 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%652 = add %651, %490 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%653 = rsqrt %652 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%654 = broadcast %653 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%655 = mul %648, %654 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%656 = broadcast %129 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%657 = mul %655, %656 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%658 = broadcast %130 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%659 = add %657, %658 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%660 = slice %659 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%661 = cast %660 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%662 = cast %131 : bf16[16,16] @ models/lib/nn.yaml:83:15
%663 = matmul %661, %662 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%664 = broadcast %132 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%665 = cast %663 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%666 = add %665, %664 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%667 = reshape %666 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%668 = permute %667 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%669 = cast %659 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%670 = cast %133 : bf16[16,16] @ models/lib/nn.yaml:83:15
%671 = matmul %669, %670 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%672 = broadcast %134 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%673 = cast %671 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%674 = add %673, %672 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%675 = reshape %674 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%676 = permute %675 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%677 = cast %135 : bf16[16,16] @ models/lib/nn.yaml:83:15
%678 = matmul %669, %677 ta=0 tb=1 : bf16[64,3,16] @ models/lib/nn.yaml:83:15
%679 = broadcast %136 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%680 = cast %678 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%681 = add %680, %679 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%682 = reshape %681 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%683 = permute %682 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%684 = cast %668 : bf16[64,2,1,8] @ models/lib/nn.yaml:55:23
%685 = cast %676 : bf16[64,2,3,8] @ models/lib/nn.yaml:55:23
%686 = cast %684 : f32[64,2,1,8] @ models/lib/nn.yaml:55:23
%687 = cast %685 : f32[64,2,3,8] @ models/lib/nn.yaml:55:23
%688 = permute %687 perm=[0,1,3,2] : f32[64,2,8,3] @ models/lib/nn.yaml:55:23
%689 = slice %686 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%690 = broadcast %689 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%691 = slice %688 lo=[0,0,0,0] hi=[64,2,1,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%692 = mul %690, %691 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%693 = slice %686 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%694 = broadcast %693 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%695 = slice %688 lo=[0,0,1,0] hi=[64,2,2,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%696 = mul %694, %695 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%697 = add %692, %696 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%698 = slice %686 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%699 = broadcast %698 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%700 = slice %688 lo=[0,0,2,0] hi=[64,2,3,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%701 = mul %699, %700 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%702 = add %697, %701 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%703 = slice %686 lo=[0,0,0,3] hi=[64,2,1,4] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%704 = broadcast %703 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%705 = slice %688 lo=[0,0,3,0] hi=[64,2,4,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%706 = mul %704, %705 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%707 = add %702, %706 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%708 = slice %686 lo=[0,0,0,4] hi=[64,2,1,5] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%709 = broadcast %708 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%710 = slice %688 lo=[0,0,4,0] hi=[64,2,5,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%711 = mul %709, %710 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%712 = add %707, %711 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%713 = slice %686 lo=[0,0,0,5] hi=[64,2,1,6] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%714 = broadcast %713 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%715 = slice %688 lo=[0,0,5,0] hi=[64,2,6,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%716 = mul %714, %715 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%717 = add %712, %716 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%718 = slice %686 lo=[0,0,0,6] hi=[64,2,1,7] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%719 = broadcast %718 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%720 = slice %688 lo=[0,0,6,0] hi=[64,2,7,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%721 = mul %719, %720 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%722 = add %717, %721 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%723 = slice %686 lo=[0,0,0,7] hi=[64,2,1,8] : f32[64,2,1,1] @ models/lib/nn.yaml:55:23
%724 = broadcast %723 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%725 = slice %688 lo=[0,0,7,0] hi=[64,2,8,3] : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%726 = mul %724, %725 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%727 = add %722, %726 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%728 = cast %727 : bf16[64,2,1,3] @ models/lib/nn.yaml:55:23
%729 = cast %728 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%730 = mul %729, %568 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%731 = reduce_max %730 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%732 = stop_gradient %731 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%733 = broadcast %732 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%734 = sub %730, %733 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%735 = exp %734 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%736 = reduce_sum %735 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%737 = broadcast %736 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%738 = div %735, %737 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%739 = cast %738 : bf16[64,2,1,3] @ models/lib/nn.yaml:56:23
%740 = cast %683 : bf16[64,2,3,8] @ models/lib/nn.yaml:56:23
%741 = cast %739 : f32[64,2,1,3] @ models/lib/nn.yaml:56:23
%742 = cast %740 : f32[64,2,3,8] @ models/lib/nn.yaml:56:23
%743 = slice %741 lo=[0,0,0,0] hi=[64,2,1,1] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%744 = broadcast %743 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%745 = slice %742 lo=[0,0,0,0] hi=[64,2,1,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%746 = mul %744, %745 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%747 = slice %741 lo=[0,0,0,1] hi=[64,2,1,2] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%748 = broadcast %747 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%749 = slice %742 lo=[0,0,1,0] hi=[64,2,2,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%750 = mul %748, %749 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%751 = add %746, %750 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%752 = slice %741 lo=[0,0,0,2] hi=[64,2,1,3] : f32[64,2,1,1] @ models/lib/nn.yaml:56:23
%753 = broadcast %752 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%754 = slice %742 lo=[0,0,2,0] hi=[64,2,3,8] : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%755 = mul %753, %754 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%756 = add %751, %755 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%757 = cast %756 : bf16[64,2,1,8] @ models/lib/nn.yaml:56:23
%758 = permute %757 perm=[0,2,1,3] : bf16[64,1,2,8] @ models/lib/nn.yaml:56:13
%759 = reshape %758 : bf16[64,1,16] @ models/lib/nn.yaml:57:16
%760 = cast %137 : bf16[16,16] @ models/lib/nn.yaml:83:15
%761 = matmul %759, %760 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%762 = broadcast %138 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%763 = cast %761 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%764 = add %763, %762 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%765 = add %643, %764 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%766 = reduce_sum %765 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%767 = div %766, %607 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%768 = broadcast %767 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%769 = sub %765, %768 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%770 = mul %769, %769 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%771 = reduce_sum %770 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%772 = div %771, %607 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%773 = add %772, %614 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%774 = rsqrt %773 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%775 = broadcast %774 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%776 = mul %769, %775 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%777 = broadcast %139 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%778 = mul %776, %777 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%779 = broadcast %140 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%780 = add %778, %779 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%781 = cast %780 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%782 = cast %141 : bf16[64,16] @ models/lib/nn.yaml:83:15
%783 = matmul %781, %782 ta=0 tb=1 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%784 = broadcast %142 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%785 = cast %783 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%786 = add %785, %784 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%787 = mul %629, %786 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%788 = mul %786, %631 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%789 = erf %788 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%790 = add %634, %789 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%791 = mul %787, %790 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%792 = cast %791 : bf16[64,1,64] @ models/lib/nn.yaml:83:15
%793 = cast %143 : bf16[16,64] @ models/lib/nn.yaml:83:15
%794 = matmul %792, %793 ta=0 tb=1 : bf16[64,1,16] @ models/lib/nn.yaml:83:15
%795 = broadcast %144 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%796 = cast %794 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%797 = add %796, %795 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%798 = add %765, %797 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%799 = reshape %798 : f32[4,16,16] @ models/dino_pass.yaml:88:16
%800 = broadcast %112 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%801 = concat %800, %476 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%802 = reduce_sum %801 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%803 = broadcast %178 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%804 = div %802, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%805 = broadcast %804 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%806 = sub %801, %805 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%807 = mul %806, %806 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%808 = reduce_sum %807 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%809 = div %808, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%810 = broadcast %186 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%811 = add %809, %810 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%812 = rsqrt %811 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%813 = broadcast %812 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%814 = mul %806, %813 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%815 = broadcast %113 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%816 = mul %814, %815 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%817 = broadcast %114 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%818 = add %816, %817 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%819 = slice %818 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%820 = cast %819 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%821 = matmul %820, %501 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%822 = broadcast %116 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%823 = cast %821 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%824 = add %823, %822 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%825 = reshape %824 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%826 = permute %825 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%827 = cast %818 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%828 = matmul %827, %509 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%829 = broadcast %118 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%830 = cast %828 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%831 = add %830, %829 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%832 = reshape %831 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%833 = permute %832 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%834 = matmul %827, %516 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%835 = broadcast %120 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%836 = cast %834 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%837 = add %836, %835 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%838 = reshape %837 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%839 = permute %838 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%840 = cast %826 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%841 = cast %833 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%842 = cast %840 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%843 = cast %841 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%844 = permute %843 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%845 = slice %842 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%846 = broadcast %845 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%847 = slice %844 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%848 = mul %846, %847 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%849 = slice %842 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%850 = broadcast %849 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%851 = slice %844 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%852 = mul %850, %851 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%853 = add %848, %852 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%854 = slice %842 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%855 = broadcast %854 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%856 = slice %844 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%857 = mul %855, %856 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%858 = add %853, %857 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%859 = slice %842 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%860 = broadcast %859 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%861 = slice %844 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%862 = mul %860, %861 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%863 = add %858, %862 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%864 = slice %842 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%865 = broadcast %864 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%866 = slice %844 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%867 = mul %865, %866 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%868 = add %863, %867 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%869 = slice %842 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%870 = broadcast %869 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%871 = slice %844 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%872 = mul %870, %871 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%873 = add %868, %872 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%874 = slice %842 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%875 = broadcast %874 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%876 = slice %844 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%877 = mul %875, %876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%878 = add %873, %877 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%879 = slice %842 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%880 = broadcast %879 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%881 = slice %844 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%882 = mul %880, %881 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%883 = add %878, %882 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%884 = cast %883 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%885 = broadcast %263 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%886 = cast %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%887 = mul %886, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%888 = reduce_max %887 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%889 = stop_gradient %888 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%890 = broadcast %889 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%891 = sub %887, %890 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%892 = exp %891 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%893 = reduce_sum %892 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%894 = broadcast %893 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%895 = div %892, %894 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%896 = cast %895 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%897 = cast %839 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%898 = cast %896 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%899 = cast %897 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%900 = reshape %898 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%901 = broadcast %900 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%902 = reshape %899 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%903 = broadcast %902 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%904 = mul %901, %903 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%905 = reduce_sum %904 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%906 = cast %905 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%907 = permute %906 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%908 = reshape %907 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%909 = matmul %908, %600 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%910 = broadcast %122 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%911 = cast %909 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%912 = add %911, %910 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%913 = add %800, %912 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%914 = reduce_sum %913 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%915 = broadcast %178 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%916 = div %914, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%917 = broadcast %916 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%918 = sub %913, %917 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%919 = mul %918, %918 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%920 = reduce_sum %919 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%921 = div %920, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%922 = broadcast %186 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%923 = add %921, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%924 = rsqrt %923 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%925 = broadcast %924 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%926 = mul %918, %925 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%927 = broadcast %123 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%928 = mul %926, %927 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%929 = broadcast %124 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%930 = add %928, %929 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%931 = cast %930 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%932 = matmul %931, %624 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%933 = broadcast %126 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%934 = cast %932 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%935 = add %934, %933 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%936 = broadcast %315 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%937 = mul %936, %935 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%938 = broadcast %318 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%939 = mul %935, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%940 = erf %939 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%941 = broadcast %322 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%942 = add %941, %940 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%943 = mul %937, %942 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%944 = cast %943 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%945 = matmul %944, %638 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%946 = broadcast %128 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%947 = cast %945 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%948 = add %947, %946 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%949 = add %913, %948 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%950 = concat %949, %476 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%951 = reduce_sum %950 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%952 = div %951, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%953 = broadcast %952 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%954 = sub %950, %953 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%955 = mul %954, %954 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%956 = reduce_sum %955 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%957 = div %956, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%958 = add %957, %810 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%959 = rsqrt %958 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%960 = broadcast %959 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%961 = mul %954, %960 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%962 = broadcast %129 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%963 = mul %961, %962 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%964 = broadcast %130 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%965 = add %963, %964 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%966 = slice %965 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%967 = cast %966 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%968 = matmul %967, %662 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%969 = broadcast %132 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%970 = cast %968 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%971 = add %970, %969 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%972 = reshape %971 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%973 = permute %972 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%974 = cast %965 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%975 = matmul %974, %670 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%976 = broadcast %134 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%977 = cast %975 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%978 = add %977, %976 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%979 = reshape %978 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%980 = permute %979 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%981 = matmul %974, %677 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%982 = broadcast %136 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%983 = cast %981 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%984 = add %983, %982 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%985 = reshape %984 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%986 = permute %985 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%987 = cast %973 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%988 = cast %980 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%989 = cast %987 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
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
%1033 = mul %1032, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1034 = reduce_max %1033 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1035 = stop_gradient %1034 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1036 = broadcast %1035 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1037 = sub %1033, %1036 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1038 = exp %1037 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1039 = reduce_sum %1038 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1040 = broadcast %1039 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1041 = div %1038, %1040 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1042 = cast %1041 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%1043 = cast %986 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%1044 = cast %1042 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%1045 = cast %1043 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%1046 = reshape %1044 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%1047 = broadcast %1046 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1048 = reshape %1045 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1049 = broadcast %1048 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1050 = mul %1047, %1049 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%1051 = reduce_sum %1050 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1052 = cast %1051 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1053 = permute %1052 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1054 = reshape %1053 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1055 = matmul %1054, %760 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1056 = broadcast %138 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1057 = cast %1055 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1058 = add %1057, %1056 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1059 = add %949, %1058 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1060 = reduce_sum %1059 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1061 = div %1060, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1062 = broadcast %1061 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1063 = sub %1059, %1062 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1064 = mul %1063, %1063 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1065 = reduce_sum %1064 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1066 = div %1065, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1067 = add %1066, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1068 = rsqrt %1067 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1069 = broadcast %1068 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1070 = mul %1063, %1069 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1071 = broadcast %139 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1072 = mul %1070, %1071 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1073 = broadcast %140 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1074 = add %1072, %1073 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1075 = cast %1074 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1076 = matmul %1075, %782 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1077 = broadcast %142 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1078 = cast %1076 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1079 = add %1078, %1077 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1080 = mul %936, %1079 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1081 = mul %1079, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1082 = erf %1081 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1083 = add %941, %1082 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1084 = mul %1080, %1083 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1085 = cast %1084 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1086 = matmul %1085, %793 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1087 = broadcast %144 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1088 = cast %1086 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1089 = add %1088, %1087 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1090 = add %1059, %1089 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1091 = concat %1090, %799 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:109:30
%1092 = reduce_sum %1091 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1093 = div %1092, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1094 = broadcast %1093 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1095 = sub %1091, %1094 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1096 = mul %1095, %1095 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1097 = reduce_sum %1096 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1098 = div %1097, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1099 = add %1098, %810 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1100 = rsqrt %1099 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1101 = broadcast %1100 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1102 = mul %1095, %1101 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1103 = broadcast %145 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1104 = mul %1102, %1103 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1105 = broadcast %146 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1106 = add %1104, %1105 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1107 = slice %1106 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%1108 = cast %1107 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1109 = cast %147 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1110 = matmul %1108, %1109 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1111 = broadcast %148 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1112 = cast %1110 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1113 = add %1112, %1111 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1114 = broadcast %315 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1115 = mul %1114, %1113 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1116 = broadcast %318 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1117 = mul %1113, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1118 = erf %1117 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1119 = broadcast %322 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1120 = add %1119, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1121 = mul %1115, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1122 = cast %1121 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1123 = cast %149 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1124 = matmul %1122, %1123 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1125 = broadcast %150 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1126 = cast %1124 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1127 = add %1126, %1125 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1128 = mul %1114, %1127 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1129 = mul %1127, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1130 = erf %1129 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1131 = add %1119, %1130 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1132 = mul %1128, %1131 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1133 = cast %1132 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%1134 = cast %151 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1135 = matmul %1133, %1134 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%1136 = broadcast %152 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1137 = cast %1135 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1138 = add %1137, %1136 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1139 = mul %1138, %1138 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1140 = reduce_sum %1139 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1141 = sqrt %1140 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1142 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1143 = broadcast %1142 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1144 = max %1141, %1143 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1145 = broadcast %1144 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1146 = div %1138, %1145 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1147 = broadcast %153 : f32[32,8] @ models/lib/dino.yaml:22:22
%1148 = mul %1147, %154 : f32[32,8] @ models/lib/dino.yaml:22:22
%1149 = mul %154, %154 : f32[32,8] @ models/lib/dino.yaml:22:53
%1150 = reduce_sum %1149 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1151 = sqrt %1150 : f32[32,1] @ models/lib/dino.yaml:22:35
%1152 = broadcast %1151 : f32[32,8] @ models/lib/dino.yaml:22:33
%1153 = div %1148, %1152 : f32[32,8] @ models/lib/dino.yaml:22:33
%1154 = cast %1146 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%1155 = cast %1153 : bf16[32,8] @ models/lib/dino.yaml:23:18
%1156 = matmul %1154, %1155 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%1157 = slice %1106 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:110:46
%1158 = cast %1157 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%1159 = cast %155 : bf16[24,16] @ models/lib/nn.yaml:83:15
%1160 = matmul %1158, %1159 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1161 = broadcast %156 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1162 = cast %1160 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1163 = add %1162, %1161 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1164 = broadcast %315 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1165 = mul %1164, %1163 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1166 = broadcast %318 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1167 = mul %1163, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1168 = erf %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1169 = broadcast %322 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1170 = add %1169, %1168 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1171 = mul %1165, %1170 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1172 = cast %1171 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1173 = cast %157 : bf16[24,24] @ models/lib/nn.yaml:83:15
%1174 = matmul %1172, %1173 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1175 = broadcast %158 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1176 = cast %1174 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1177 = add %1176, %1175 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%1178 = mul %1164, %1177 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%1179 = mul %1177, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%1180 = erf %1179 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%1181 = add %1169, %1180 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%1182 = mul %1178, %1181 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%1183 = cast %1182 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%1184 = cast %159 : bf16[8,24] @ models/lib/nn.yaml:83:15
%1185 = matmul %1183, %1184 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%1186 = broadcast %160 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1187 = cast %1185 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1188 = add %1187, %1186 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%1189 = mul %1188, %1188 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%1190 = reduce_sum %1189 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%1191 = sqrt %1190 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%1192 = broadcast %1142 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1193 = max %1191, %1192 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%1194 = broadcast %1193 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1195 = div %1188, %1194 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%1196 = broadcast %161 : f32[16,8] @ models/lib/dino.yaml:22:22
%1197 = mul %1196, %162 : f32[16,8] @ models/lib/dino.yaml:22:22
%1198 = mul %162, %162 : f32[16,8] @ models/lib/dino.yaml:22:53
%1199 = reduce_sum %1198 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1200 = sqrt %1199 : f32[16,1] @ models/lib/dino.yaml:22:35
%1201 = broadcast %1200 : f32[16,8] @ models/lib/dino.yaml:22:33
%1202 = div %1197, %1201 : f32[16,8] @ models/lib/dino.yaml:22:33
%1203 = cast %1195 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%1204 = cast %1202 : bf16[16,8] @ models/lib/dino.yaml:23:18
%1205 = matmul %1203, %1204 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%1206 = cast %1156 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%1207 = slice %1206 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1208 = slice %1206 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%1209 = cast %1205 : f32[4,16,16] @ models/dino_pass.yaml:131:27
%1210 = slice %1209 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1211 = slice %1209 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:131:27
%1212 = reshape %6 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%1213 = permute %1212 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%1214 = reshape %1213 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%1215 = cast %1214 : bf16[4,9,48] @ models/lib/vit.yaml:17:18
%1216 = matmul %1215, %170 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%1217 = broadcast %87 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1218 = cast %1216 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1219 = add %1218, %1217 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%1220 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%1221 = reshape %85 : f32[4,64] @ models/lib/vit.yaml:32:17
%1222 = cast %1220 : bf16[3,4] @ models/lib/vit.yaml:32:15
%1223 = cast %1221 : bf16[4,64] @ models/lib/vit.yaml:32:15
%1224 = matmul %1222, %1223 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%1225 = reshape %1224 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%1226 = permute %1225 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%1227 = reshape %1226 : bf16[4,48] @ models/lib/vit.yaml:34:17
%1228 = matmul %1222, %1227 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%1229 = cast %1228 : f32[3,48] @ models/lib/vit.yaml:35:21
%1230 = reshape %1229 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%1231 = permute %1230 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%1232 = reshape %1231 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%1233 = broadcast %1232 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1234 = add %1219, %1233 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%1235 = reduce_sum %1234 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1236 = broadcast %178 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1237 = div %1235, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1238 = broadcast %1237 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1239 = sub %1234, %1238 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1240 = mul %1239, %1239 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1241 = reduce_sum %1240 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1242 = div %1241, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1243 = broadcast %186 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1244 = add %1242, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1245 = rsqrt %1244 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1246 = broadcast %1245 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1247 = mul %1239, %1246 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1248 = broadcast %88 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1249 = mul %1247, %1248 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1250 = broadcast %89 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1251 = add %1249, %1250 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1252 = cast %1251 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1253 = matmul %1252, %197 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1254 = broadcast %91 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1255 = cast %1253 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1256 = add %1255, %1254 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1257 = reshape %1256 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1258 = permute %1257 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1259 = slice %1258 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1260 = reshape %1259 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1261 = slice %1258 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1262 = reshape %1261 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1263 = slice %1258 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1264 = reshape %1263 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1265 = cast %1260 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1266 = cast %1262 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1267 = cast %1265 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
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
%1318 = broadcast %263 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1319 = cast %1317 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1320 = mul %1319, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1321 = reduce_max %1320 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1322 = stop_gradient %1321 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1323 = broadcast %1322 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1324 = sub %1320, %1323 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1325 = exp %1324 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1326 = reduce_sum %1325 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1327 = broadcast %1326 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1328 = div %1325, %1327 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1329 = cast %1328 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1330 = cast %1264 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1331 = cast %1329 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1332 = cast %1330 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1333 = reshape %1331 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1334 = broadcast %1333 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1335 = reshape %1332 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1336 = broadcast %1335 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1337 = mul %1334, %1336 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1338 = reduce_sum %1337 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1339 = cast %1338 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1340 = permute %1339 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1341 = reshape %1340 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1342 = matmul %1341, %288 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1343 = broadcast %93 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1344 = cast %1342 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1345 = add %1344, %1343 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1346 = add %1234, %1345 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1347 = reduce_sum %1346 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1348 = div %1347, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1349 = broadcast %1348 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1350 = sub %1346, %1349 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1351 = mul %1350, %1350 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1352 = reduce_sum %1351 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1353 = div %1352, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1354 = add %1353, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1355 = rsqrt %1354 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1356 = broadcast %1355 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1357 = mul %1350, %1356 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1358 = broadcast %94 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1359 = mul %1357, %1358 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1360 = broadcast %95 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1361 = add %1359, %1360 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1362 = cast %1361 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1363 = matmul %1362, %310 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1364 = broadcast %97 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1365 = cast %1363 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1366 = add %1365, %1364 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1367 = broadcast %315 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1368 = mul %1367, %1366 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1369 = broadcast %318 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1370 = mul %1366, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1371 = erf %1370 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1372 = broadcast %322 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1373 = add %1372, %1371 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1374 = mul %1368, %1373 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1375 = cast %1374 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1376 = matmul %1375, %327 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1377 = broadcast %99 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1378 = cast %1376 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1379 = add %1378, %1377 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1380 = add %1346, %1379 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1381 = reduce_sum %1380 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1382 = div %1381, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1383 = broadcast %1382 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1384 = sub %1380, %1383 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1385 = mul %1384, %1384 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1386 = reduce_sum %1385 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1387 = div %1386, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1388 = add %1387, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1389 = rsqrt %1388 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1390 = broadcast %1389 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1391 = mul %1384, %1390 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1392 = broadcast %100 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1393 = mul %1391, %1392 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1394 = broadcast %101 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1395 = add %1393, %1394 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1396 = cast %1395 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1397 = matmul %1396, %349 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%1398 = broadcast %103 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1399 = cast %1397 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1400 = add %1399, %1398 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1401 = reshape %1400 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1402 = permute %1401 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1403 = slice %1402 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1404 = reshape %1403 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1405 = slice %1402 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1406 = reshape %1405 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1407 = slice %1402 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1408 = reshape %1407 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1409 = cast %1404 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1410 = cast %1406 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%1411 = cast %1409 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
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
%1467 = sub %1463, %1466 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1468 = exp %1467 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1469 = reduce_sum %1468 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1470 = broadcast %1469 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1471 = div %1468, %1470 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1472 = cast %1471 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%1473 = cast %1408 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1474 = cast %1472 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%1475 = cast %1473 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1476 = reshape %1474 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%1477 = broadcast %1476 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1478 = reshape %1475 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%1479 = broadcast %1478 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1480 = mul %1477, %1479 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%1481 = reduce_sum %1480 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1482 = cast %1481 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%1483 = permute %1482 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%1484 = reshape %1483 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%1485 = matmul %1484, %438 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1486 = broadcast %105 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1487 = cast %1485 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1488 = add %1487, %1486 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1489 = add %1380, %1488 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1490 = reduce_sum %1489 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1491 = div %1490, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1492 = broadcast %1491 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1493 = sub %1489, %1492 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1494 = mul %1493, %1493 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1495 = reduce_sum %1494 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1496 = div %1495, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1497 = add %1496, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1498 = rsqrt %1497 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1499 = broadcast %1498 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1500 = mul %1493, %1499 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1501 = broadcast %106 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1502 = mul %1500, %1501 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1503 = broadcast %107 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1504 = add %1502, %1503 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1505 = cast %1504 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1506 = matmul %1505, %460 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1507 = broadcast %109 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1508 = cast %1506 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1509 = add %1508, %1507 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1510 = mul %1367, %1509 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1511 = mul %1509, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1512 = erf %1511 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1513 = add %1372, %1512 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1514 = mul %1510, %1513 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1515 = cast %1514 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%1516 = matmul %1515, %471 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%1517 = broadcast %111 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1518 = cast %1516 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1519 = add %1518, %1517 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1520 = add %1489, %1519 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1521 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1522 = neighbor_topk_gather %1520, %1521 k=2 : f32[4,9,2,16] @ models/dino_pass.yaml:77:16
%1523 = reshape %1522 : f32[36,2,16] @ models/dino_pass.yaml:87:23
%1524 = broadcast %112 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1525 = concat %1524, %1523 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1526 = reduce_sum %1525 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1527 = broadcast %178 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1528 = div %1526, %1527 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1529 = broadcast %1528 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1530 = sub %1525, %1529 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1531 = mul %1530, %1530 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1532 = reduce_sum %1531 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1533 = div %1532, %1527 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1534 = broadcast %186 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1535 = add %1533, %1534 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1536 = rsqrt %1535 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1537 = broadcast %1536 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1538 = mul %1530, %1537 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1539 = broadcast %113 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1540 = mul %1538, %1539 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1541 = broadcast %114 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1542 = add %1540, %1541 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1543 = slice %1542 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1544 = cast %1543 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1545 = matmul %1544, %501 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1546 = broadcast %116 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1547 = cast %1545 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1548 = add %1547, %1546 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1549 = reshape %1548 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1550 = permute %1549 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1551 = cast %1542 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1552 = matmul %1551, %509 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1553 = broadcast %118 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1554 = cast %1552 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1555 = add %1554, %1553 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1556 = reshape %1555 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1557 = permute %1556 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1558 = matmul %1551, %516 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1559 = broadcast %120 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1560 = cast %1558 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1561 = add %1560, %1559 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1562 = reshape %1561 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1563 = permute %1562 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1564 = cast %1550 : bf16[36,2,1,8] @ models/lib/nn.yaml:55:23
%1565 = cast %1557 : bf16[36,2,3,8] @ models/lib/nn.yaml:55:23
%1566 = cast %1564 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
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
%1609 = broadcast %263 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1610 = cast %1608 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1611 = mul %1610, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1612 = reduce_max %1611 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1613 = stop_gradient %1612 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1614 = broadcast %1613 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1615 = sub %1611, %1614 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1616 = exp %1615 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1617 = reduce_sum %1616 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1618 = broadcast %1617 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1619 = div %1616, %1618 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1620 = cast %1619 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1621 = cast %1563 : bf16[36,2,3,8] @ models/lib/nn.yaml:56:23
%1622 = cast %1620 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1623 = cast %1621 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1624 = slice %1622 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1625 = broadcast %1624 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1626 = slice %1623 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1627 = mul %1625, %1626 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1628 = slice %1622 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1629 = broadcast %1628 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1630 = slice %1623 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1631 = mul %1629, %1630 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1632 = add %1627, %1631 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1633 = slice %1622 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1634 = broadcast %1633 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1635 = slice %1623 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1636 = mul %1634, %1635 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1637 = add %1632, %1636 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1638 = cast %1637 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1639 = permute %1638 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1640 = reshape %1639 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1641 = matmul %1640, %600 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1642 = broadcast %122 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1643 = cast %1641 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1644 = add %1643, %1642 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1645 = add %1524, %1644 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1646 = reduce_sum %1645 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1647 = broadcast %178 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1648 = div %1646, %1647 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1649 = broadcast %1648 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1650 = sub %1645, %1649 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1651 = mul %1650, %1650 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1652 = reduce_sum %1651 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1653 = div %1652, %1647 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1654 = broadcast %186 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1655 = add %1653, %1654 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1656 = rsqrt %1655 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1657 = broadcast %1656 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1658 = mul %1650, %1657 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1659 = broadcast %123 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1660 = mul %1658, %1659 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1661 = broadcast %124 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1662 = add %1660, %1661 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1663 = cast %1662 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1664 = matmul %1663, %624 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1665 = broadcast %126 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1666 = cast %1664 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1667 = add %1666, %1665 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1668 = broadcast %315 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1669 = mul %1668, %1667 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1670 = broadcast %318 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1671 = mul %1667, %1670 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1672 = erf %1671 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1673 = broadcast %322 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1674 = add %1673, %1672 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1675 = mul %1669, %1674 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1676 = cast %1675 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1677 = matmul %1676, %638 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1678 = broadcast %128 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1679 = cast %1677 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1680 = add %1679, %1678 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1681 = add %1645, %1680 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1682 = concat %1681, %1523 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1683 = reduce_sum %1682 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1684 = div %1683, %1527 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1685 = broadcast %1684 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1686 = sub %1682, %1685 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1687 = mul %1686, %1686 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1688 = reduce_sum %1687 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1689 = div %1688, %1527 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1690 = add %1689, %1534 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1691 = rsqrt %1690 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1692 = broadcast %1691 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1693 = mul %1686, %1692 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1694 = broadcast %129 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1695 = mul %1693, %1694 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1696 = broadcast %130 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1697 = add %1695, %1696 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1698 = slice %1697 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1699 = cast %1698 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1700 = matmul %1699, %662 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1701 = broadcast %132 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1702 = cast %1700 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1703 = add %1702, %1701 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1704 = reshape %1703 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1705 = permute %1704 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1706 = cast %1697 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1707 = matmul %1706, %670 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1708 = broadcast %134 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1709 = cast %1707 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1710 = add %1709, %1708 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1711 = reshape %1710 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1712 = permute %1711 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1713 = matmul %1706, %677 ta=0 tb=1 : bf16[36,3,16] @ models/lib/nn.yaml:83:15
%1714 = broadcast %136 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1715 = cast %1713 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1716 = add %1715, %1714 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1717 = reshape %1716 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1718 = permute %1717 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1719 = cast %1705 : bf16[36,2,1,8] @ models/lib/nn.yaml:55:23
%1720 = cast %1712 : bf16[36,2,3,8] @ models/lib/nn.yaml:55:23
%1721 = cast %1719 : f32[36,2,1,8] @ models/lib/nn.yaml:55:23
%1722 = cast %1720 : f32[36,2,3,8] @ models/lib/nn.yaml:55:23
%1723 = permute %1722 perm=[0,1,3,2] : f32[36,2,8,3] @ models/lib/nn.yaml:55:23
%1724 = slice %1721 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1725 = broadcast %1724 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1726 = slice %1723 lo=[0,0,0,0] hi=[36,2,1,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1727 = mul %1725, %1726 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1728 = slice %1721 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1729 = broadcast %1728 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1730 = slice %1723 lo=[0,0,1,0] hi=[36,2,2,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1731 = mul %1729, %1730 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1732 = add %1727, %1731 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1733 = slice %1721 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1734 = broadcast %1733 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1735 = slice %1723 lo=[0,0,2,0] hi=[36,2,3,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1736 = mul %1734, %1735 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1737 = add %1732, %1736 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1738 = slice %1721 lo=[0,0,0,3] hi=[36,2,1,4] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1739 = broadcast %1738 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1740 = slice %1723 lo=[0,0,3,0] hi=[36,2,4,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1741 = mul %1739, %1740 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1742 = add %1737, %1741 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1743 = slice %1721 lo=[0,0,0,4] hi=[36,2,1,5] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1744 = broadcast %1743 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1745 = slice %1723 lo=[0,0,4,0] hi=[36,2,5,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1746 = mul %1744, %1745 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1747 = add %1742, %1746 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1748 = slice %1721 lo=[0,0,0,5] hi=[36,2,1,6] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1749 = broadcast %1748 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1750 = slice %1723 lo=[0,0,5,0] hi=[36,2,6,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1751 = mul %1749, %1750 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1752 = add %1747, %1751 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1753 = slice %1721 lo=[0,0,0,6] hi=[36,2,1,7] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1754 = broadcast %1753 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1755 = slice %1723 lo=[0,0,6,0] hi=[36,2,7,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1756 = mul %1754, %1755 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1757 = add %1752, %1756 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1758 = slice %1721 lo=[0,0,0,7] hi=[36,2,1,8] : f32[36,2,1,1] @ models/lib/nn.yaml:55:23
%1759 = broadcast %1758 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1760 = slice %1723 lo=[0,0,7,0] hi=[36,2,8,3] : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1761 = mul %1759, %1760 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1762 = add %1757, %1761 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1763 = cast %1762 : bf16[36,2,1,3] @ models/lib/nn.yaml:55:23
%1764 = cast %1763 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1765 = mul %1764, %1609 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1766 = reduce_max %1765 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1767 = stop_gradient %1766 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1768 = broadcast %1767 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1769 = sub %1765, %1768 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1770 = exp %1769 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1771 = reduce_sum %1770 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1772 = broadcast %1771 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1773 = div %1770, %1772 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1774 = cast %1773 : bf16[36,2,1,3] @ models/lib/nn.yaml:56:23
%1775 = cast %1718 : bf16[36,2,3,8] @ models/lib/nn.yaml:56:23
%1776 = cast %1774 : f32[36,2,1,3] @ models/lib/nn.yaml:56:23
%1777 = cast %1775 : f32[36,2,3,8] @ models/lib/nn.yaml:56:23
%1778 = slice %1776 lo=[0,0,0,0] hi=[36,2,1,1] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1779 = broadcast %1778 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1780 = slice %1777 lo=[0,0,0,0] hi=[36,2,1,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1781 = mul %1779, %1780 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1782 = slice %1776 lo=[0,0,0,1] hi=[36,2,1,2] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1783 = broadcast %1782 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1784 = slice %1777 lo=[0,0,1,0] hi=[36,2,2,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1785 = mul %1783, %1784 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1786 = add %1781, %1785 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1787 = slice %1776 lo=[0,0,0,2] hi=[36,2,1,3] : f32[36,2,1,1] @ models/lib/nn.yaml:56:23
%1788 = broadcast %1787 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1789 = slice %1777 lo=[0,0,2,0] hi=[36,2,3,8] : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1790 = mul %1788, %1789 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1791 = add %1786, %1790 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1792 = cast %1791 : bf16[36,2,1,8] @ models/lib/nn.yaml:56:23
%1793 = permute %1792 perm=[0,2,1,3] : bf16[36,1,2,8] @ models/lib/nn.yaml:56:13
%1794 = reshape %1793 : bf16[36,1,16] @ models/lib/nn.yaml:57:16
%1795 = matmul %1794, %760 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1796 = broadcast %138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1797 = cast %1795 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1798 = add %1797, %1796 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1799 = add %1681, %1798 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1800 = reduce_sum %1799 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1801 = div %1800, %1647 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1802 = broadcast %1801 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1803 = sub %1799, %1802 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1804 = mul %1803, %1803 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1805 = reduce_sum %1804 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1806 = div %1805, %1647 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1807 = add %1806, %1654 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1808 = rsqrt %1807 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1809 = broadcast %1808 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1810 = mul %1803, %1809 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1811 = broadcast %139 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1812 = mul %1810, %1811 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1813 = broadcast %140 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1814 = add %1812, %1813 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1815 = cast %1814 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1816 = matmul %1815, %782 ta=0 tb=1 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1817 = broadcast %142 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1818 = cast %1816 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1819 = add %1818, %1817 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1820 = mul %1668, %1819 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1821 = mul %1819, %1670 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1822 = erf %1821 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1823 = add %1673, %1822 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1824 = mul %1820, %1823 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1825 = cast %1824 : bf16[36,1,64] @ models/lib/nn.yaml:83:15
%1826 = matmul %1825, %793 ta=0 tb=1 : bf16[36,1,16] @ models/lib/nn.yaml:83:15
%1827 = broadcast %144 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1828 = cast %1826 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1829 = add %1828, %1827 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1830 = add %1799, %1829 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1831 = reshape %1830 : f32[4,9,16] @ models/dino_pass.yaml:88:16
%1832 = concat %800, %1520 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1833 = reduce_sum %1832 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1834 = broadcast %178 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1835 = div %1833, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1836 = broadcast %1835 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1837 = sub %1832, %1836 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1838 = mul %1837, %1837 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1839 = reduce_sum %1838 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1840 = div %1839, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1841 = broadcast %186 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1842 = add %1840, %1841 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1843 = rsqrt %1842 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1844 = broadcast %1843 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1845 = mul %1837, %1844 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1846 = broadcast %113 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1847 = mul %1845, %1846 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1848 = broadcast %114 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1849 = add %1847, %1848 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1850 = slice %1849 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1851 = cast %1850 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1852 = matmul %1851, %501 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1853 = cast %1852 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1854 = add %1853, %822 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1855 = reshape %1854 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1856 = permute %1855 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1857 = cast %1849 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1858 = matmul %1857, %509 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1859 = broadcast %118 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1860 = cast %1858 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1861 = add %1860, %1859 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1862 = reshape %1861 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1863 = permute %1862 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1864 = matmul %1857, %516 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1865 = broadcast %120 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1866 = cast %1864 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1867 = add %1866, %1865 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1868 = reshape %1867 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1869 = permute %1868 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1870 = cast %1856 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%1871 = cast %1863 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%1872 = cast %1870 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%1873 = cast %1871 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%1874 = permute %1873 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%1875 = slice %1872 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1876 = broadcast %1875 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1877 = slice %1874 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1878 = mul %1876, %1877 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1879 = slice %1872 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1880 = broadcast %1879 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1881 = slice %1874 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1882 = mul %1880, %1881 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1883 = add %1878, %1882 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1884 = slice %1872 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1885 = broadcast %1884 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1886 = slice %1874 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1887 = mul %1885, %1886 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1888 = add %1883, %1887 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1889 = slice %1872 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1890 = broadcast %1889 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1891 = slice %1874 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1892 = mul %1890, %1891 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1893 = add %1888, %1892 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1894 = slice %1872 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1895 = broadcast %1894 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1896 = slice %1874 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1897 = mul %1895, %1896 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1898 = add %1893, %1897 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1899 = slice %1872 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1900 = broadcast %1899 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1901 = slice %1874 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1902 = mul %1900, %1901 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1903 = add %1898, %1902 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1904 = slice %1872 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1905 = broadcast %1904 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1906 = slice %1874 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1907 = mul %1905, %1906 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1908 = add %1903, %1907 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1909 = slice %1872 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%1910 = broadcast %1909 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1911 = slice %1874 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1912 = mul %1910, %1911 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1913 = add %1908, %1912 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1914 = cast %1913 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%1915 = broadcast %263 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1916 = cast %1914 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1917 = mul %1916, %1915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1918 = reduce_max %1917 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1919 = stop_gradient %1918 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1920 = broadcast %1919 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1921 = sub %1917, %1920 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1922 = exp %1921 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1923 = reduce_sum %1922 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1924 = broadcast %1923 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1925 = div %1922, %1924 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1926 = cast %1925 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%1927 = cast %1869 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%1928 = cast %1926 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%1929 = cast %1927 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%1930 = reshape %1928 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%1931 = broadcast %1930 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1932 = reshape %1929 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1933 = broadcast %1932 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1934 = mul %1931, %1933 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%1935 = reduce_sum %1934 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1936 = cast %1935 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%1937 = permute %1936 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%1938 = reshape %1937 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%1939 = matmul %1938, %600 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1940 = cast %1939 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1941 = add %1940, %910 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1942 = add %800, %1941 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1943 = reduce_sum %1942 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1944 = div %1943, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1945 = broadcast %1944 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1946 = sub %1942, %1945 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1947 = mul %1946, %1946 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1948 = reduce_sum %1947 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1949 = div %1948, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1950 = add %1949, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1951 = rsqrt %1950 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1952 = broadcast %1951 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1953 = mul %1946, %1952 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1954 = mul %1953, %927 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1955 = add %1954, %929 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1956 = cast %1955 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1957 = matmul %1956, %624 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1958 = cast %1957 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1959 = add %1958, %933 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1960 = mul %936, %1959 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1961 = mul %1959, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1962 = erf %1961 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1963 = add %941, %1962 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1964 = mul %1960, %1963 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1965 = cast %1964 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%1966 = matmul %1965, %638 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1967 = cast %1966 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1968 = add %1967, %946 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1969 = add %1942, %1968 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1970 = concat %1969, %1520 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1971 = reduce_sum %1970 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1972 = div %1971, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1973 = broadcast %1972 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1974 = sub %1970, %1973 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1975 = mul %1974, %1974 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1976 = reduce_sum %1975 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1977 = div %1976, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1978 = add %1977, %1841 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1979 = rsqrt %1978 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1980 = broadcast %1979 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1981 = mul %1974, %1980 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1982 = broadcast %129 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1983 = mul %1981, %1982 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1984 = broadcast %130 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1985 = add %1983, %1984 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1986 = slice %1985 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1987 = cast %1986 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1988 = matmul %1987, %662 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%1989 = cast %1988 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1990 = add %1989, %969 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1991 = reshape %1990 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1992 = permute %1991 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1993 = cast %1985 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1994 = matmul %1993, %670 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%1995 = broadcast %134 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1996 = cast %1994 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1997 = add %1996, %1995 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1998 = reshape %1997 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1999 = permute %1998 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2000 = matmul %1993, %677 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%2001 = broadcast %136 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2002 = cast %2000 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2003 = add %2002, %2001 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2004 = reshape %2003 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2005 = permute %2004 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2006 = cast %1992 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2007 = cast %1999 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%2008 = cast %2006 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2009 = cast %2007 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%2010 = permute %2009 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%2011 = slice %2008 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2012 = broadcast %2011 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2013 = slice %2010 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2014 = mul %2012, %2013 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2015 = slice %2008 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2016 = broadcast %2015 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2017 = slice %2010 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2018 = mul %2016, %2017 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2019 = add %2014, %2018 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2020 = slice %2008 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2021 = broadcast %2020 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2022 = slice %2010 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2023 = mul %2021, %2022 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2024 = add %2019, %2023 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2025 = slice %2008 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2026 = broadcast %2025 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2027 = slice %2010 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2028 = mul %2026, %2027 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2029 = add %2024, %2028 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2030 = slice %2008 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2031 = broadcast %2030 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2032 = slice %2010 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2033 = mul %2031, %2032 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2034 = add %2029, %2033 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2035 = slice %2008 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2036 = broadcast %2035 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2037 = slice %2010 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2038 = mul %2036, %2037 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2039 = add %2034, %2038 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2040 = slice %2008 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2041 = broadcast %2040 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2042 = slice %2010 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2043 = mul %2041, %2042 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2044 = add %2039, %2043 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2045 = slice %2008 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2046 = broadcast %2045 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2047 = slice %2010 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2048 = mul %2046, %2047 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2049 = add %2044, %2048 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2050 = cast %2049 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%2051 = cast %2050 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2052 = mul %2051, %1915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2053 = reduce_max %2052 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2054 = stop_gradient %2053 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2055 = broadcast %2054 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2056 = sub %2052, %2055 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2057 = exp %2056 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2058 = reduce_sum %2057 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2059 = broadcast %2058 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2060 = div %2057, %2059 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2061 = cast %2060 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%2062 = cast %2005 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%2063 = cast %2061 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%2064 = cast %2062 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%2065 = reshape %2063 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%2066 = broadcast %2065 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2067 = reshape %2064 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2068 = broadcast %2067 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2069 = mul %2066, %2068 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%2070 = reduce_sum %2069 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2071 = cast %2070 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2072 = permute %2071 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2073 = reshape %2072 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2074 = matmul %2073, %760 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2075 = cast %2074 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2076 = add %2075, %1056 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2077 = add %1969, %2076 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2078 = reduce_sum %2077 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2079 = div %2078, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2080 = broadcast %2079 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2081 = sub %2077, %2080 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2082 = mul %2081, %2081 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2083 = reduce_sum %2082 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2084 = div %2083, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2085 = add %2084, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2086 = rsqrt %2085 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2087 = broadcast %2086 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2088 = mul %2081, %2087 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2089 = mul %2088, %1071 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2090 = add %2089, %1073 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2091 = cast %2090 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2092 = matmul %2091, %782 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2093 = cast %2092 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2094 = add %2093, %1077 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2095 = mul %936, %2094 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2096 = mul %2094, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2097 = erf %2096 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2098 = add %941, %2097 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2099 = mul %2095, %2098 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2100 = cast %2099 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2101 = matmul %2100, %793 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2102 = cast %2101 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2103 = add %2102, %1087 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2104 = add %2077, %2103 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2105 = concat %2104, %1831 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:109:30
%2106 = reduce_sum %2105 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2107 = div %2106, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2108 = broadcast %2107 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2109 = sub %2105, %2108 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2110 = mul %2109, %2109 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2111 = reduce_sum %2110 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2112 = div %2111, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2113 = add %2112, %1841 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2114 = rsqrt %2113 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2115 = broadcast %2114 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2116 = mul %2109, %2115 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2117 = broadcast %145 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2118 = mul %2116, %2117 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2119 = broadcast %146 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2120 = add %2118, %2119 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2121 = slice %2120 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:110:28
%2122 = cast %2121 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2123 = matmul %2122, %1109 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2124 = cast %2123 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2125 = add %2124, %1111 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2126 = mul %1114, %2125 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2127 = mul %2125, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2128 = erf %2127 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2129 = add %1119, %2128 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2130 = mul %2126, %2129 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2131 = cast %2130 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2132 = matmul %2131, %1123 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2133 = cast %2132 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2134 = add %2133, %1125 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2135 = mul %1114, %2134 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2136 = mul %2134, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2137 = erf %2136 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2138 = add %1119, %2137 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2139 = mul %2135, %2138 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2140 = cast %2139 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2141 = matmul %2140, %1134 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2142 = cast %2141 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2143 = add %2142, %1136 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2144 = mul %2143, %2143 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2145 = reduce_sum %2144 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2146 = sqrt %2145 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2147 = max %2146, %1143 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2148 = broadcast %2147 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2149 = div %2143, %2148 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2150 = cast %2149 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2151 = matmul %2150, %1155 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2152 = slice %2120 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:110:46
%2153 = cast %2152 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2154 = matmul %2153, %1159 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2155 = broadcast %156 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2156 = cast %2154 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2157 = add %2156, %2155 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2158 = broadcast %315 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2159 = mul %2158, %2157 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2160 = broadcast %318 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2161 = mul %2157, %2160 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2162 = erf %2161 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2163 = broadcast %322 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2164 = add %2163, %2162 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2165 = mul %2159, %2164 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2166 = cast %2165 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2167 = matmul %2166, %1173 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2168 = broadcast %158 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2169 = cast %2167 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2170 = add %2169, %2168 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2171 = mul %2158, %2170 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2172 = mul %2170, %2160 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2173 = erf %2172 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2174 = add %2163, %2173 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2175 = mul %2171, %2174 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2176 = cast %2175 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%2177 = matmul %2176, %1184 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%2178 = broadcast %160 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2179 = cast %2177 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2180 = add %2179, %2178 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2181 = mul %2180, %2180 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2182 = reduce_sum %2181 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2183 = sqrt %2182 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2184 = broadcast %1142 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2185 = max %2183, %2184 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2186 = broadcast %2185 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2187 = div %2180, %2186 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2188 = cast %2187 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%2189 = matmul %2188, %1204 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%2190 = cast %2151 : f32[4,1,32] @ models/dino_pass.yaml:131:20
%2191 = slice %2190 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2192 = slice %2190 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:131:20
%2193 = cast %2189 : f32[4,9,16] @ models/dino_pass.yaml:131:27
%2194 = slice %2193 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2195 = slice %2193 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:131:27
%2196 = reshape %8 : f32[16,48] @ models/lib/vit.yaml:17:20
%2197 = cast %2196 : bf16[16,48] @ models/lib/vit.yaml:17:18
%2198 = matmul %169, %2197 ta=0 tb=1 : bf16[4,16,16] @ models/lib/vit.yaml:17:18
%2199 = broadcast %9 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2200 = cast %2198 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2201 = add %2200, %2199 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%2202 = broadcast %7 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2203 = add %2201, %2202 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%2204 = reduce_sum %2203 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2205 = div %2204, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2206 = broadcast %2205 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2207 = sub %2203, %2206 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2208 = mul %2207, %2207 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2209 = reduce_sum %2208 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2210 = div %2209, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2211 = add %2210, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2212 = rsqrt %2211 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2213 = broadcast %2212 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2214 = mul %2207, %2213 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2215 = broadcast %10 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2216 = mul %2214, %2215 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2217 = broadcast %11 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2218 = add %2216, %2217 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2219 = cast %2218 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2220 = cast %12 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2221 = matmul %2219, %2220 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2222 = broadcast %13 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2223 = cast %2221 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2224 = add %2223, %2222 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2225 = reshape %2224 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2226 = permute %2225 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2227 = slice %2226 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2228 = reshape %2227 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2229 = slice %2226 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2230 = reshape %2229 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2231 = slice %2226 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2232 = reshape %2231 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2233 = cast %2228 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2234 = cast %2230 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2235 = cast %2233 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2236 = cast %2234 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2237 = permute %2236 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2238 = slice %2235 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2239 = broadcast %2238 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2240 = slice %2237 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2241 = broadcast %2240 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2242 = mul %2239, %2241 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2243 = slice %2235 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2244 = broadcast %2243 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2245 = slice %2237 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2246 = broadcast %2245 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2247 = mul %2244, %2246 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2248 = add %2242, %2247 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2249 = slice %2235 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2250 = broadcast %2249 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2251 = slice %2237 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2252 = broadcast %2251 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2253 = mul %2250, %2252 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2254 = add %2248, %2253 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2255 = slice %2235 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2256 = broadcast %2255 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2257 = slice %2237 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2258 = broadcast %2257 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2259 = mul %2256, %2258 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2260 = add %2254, %2259 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2261 = slice %2235 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2262 = broadcast %2261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2263 = slice %2237 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2264 = broadcast %2263 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2265 = mul %2262, %2264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2266 = add %2260, %2265 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2267 = slice %2235 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2268 = broadcast %2267 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2269 = slice %2237 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2270 = broadcast %2269 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2271 = mul %2268, %2270 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2272 = add %2266, %2271 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2273 = slice %2235 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2274 = broadcast %2273 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2275 = slice %2237 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2276 = broadcast %2275 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2277 = mul %2274, %2276 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2278 = add %2272, %2277 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2279 = slice %2235 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2280 = broadcast %2279 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2281 = slice %2237 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2282 = broadcast %2281 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2283 = mul %2280, %2282 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2284 = add %2278, %2283 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2285 = cast %2284 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2286 = cast %2285 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2287 = mul %2286, %264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2288 = reduce_max %2287 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2289 = stop_gradient %2288 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2290 = broadcast %2289 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2291 = sub %2287, %2290 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2292 = exp %2291 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2293 = reduce_sum %2292 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2294 = broadcast %2293 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2295 = div %2292, %2294 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2296 = cast %2295 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2297 = cast %2232 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2298 = cast %2296 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2299 = cast %2297 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2300 = reshape %2298 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2301 = broadcast %2300 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2302 = reshape %2299 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2303 = broadcast %2302 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2304 = mul %2301, %2303 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2305 = reduce_sum %2304 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2306 = cast %2305 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2307 = permute %2306 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2308 = reshape %2307 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2309 = cast %14 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2310 = matmul %2308, %2309 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2311 = broadcast %15 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2312 = cast %2310 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2313 = add %2312, %2311 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2314 = add %2203, %2313 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2315 = reduce_sum %2314 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2316 = div %2315, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2317 = broadcast %2316 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2318 = sub %2314, %2317 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2319 = mul %2318, %2318 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2320 = reduce_sum %2319 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2321 = div %2320, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2322 = add %2321, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2323 = rsqrt %2322 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2324 = broadcast %2323 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2325 = mul %2318, %2324 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2326 = broadcast %16 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2327 = mul %2325, %2326 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2328 = broadcast %17 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2329 = add %2327, %2328 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2330 = cast %2329 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2331 = cast %18 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2332 = matmul %2330, %2331 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2333 = broadcast %19 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2334 = cast %2332 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2335 = add %2334, %2333 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2336 = mul %316, %2335 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2337 = mul %2335, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2338 = erf %2337 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2339 = add %323, %2338 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2340 = mul %2336, %2339 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2341 = cast %2340 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2342 = cast %20 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2343 = matmul %2341, %2342 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2344 = broadcast %21 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2345 = cast %2343 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2346 = add %2345, %2344 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2347 = add %2314, %2346 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2348 = reduce_sum %2347 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2349 = div %2348, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2350 = broadcast %2349 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2351 = sub %2347, %2350 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2352 = mul %2351, %2351 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2353 = reduce_sum %2352 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2354 = div %2353, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2355 = add %2354, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2356 = rsqrt %2355 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2357 = broadcast %2356 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2358 = mul %2351, %2357 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2359 = broadcast %22 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2360 = mul %2358, %2359 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2361 = broadcast %23 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2362 = add %2360, %2361 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2363 = cast %2362 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2364 = cast %24 : bf16[48,16] @ models/lib/nn.yaml:83:15
%2365 = matmul %2363, %2364 ta=0 tb=1 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%2366 = broadcast %25 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2367 = cast %2365 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2368 = add %2367, %2366 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%2369 = reshape %2368 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%2370 = permute %2369 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%2371 = slice %2370 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%2372 = reshape %2371 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%2373 = slice %2370 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%2374 = reshape %2373 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%2375 = slice %2370 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%2376 = reshape %2375 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%2377 = cast %2372 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2378 = cast %2374 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%2379 = cast %2377 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2380 = cast %2378 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%2381 = permute %2380 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:55:23
%2382 = slice %2379 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2383 = broadcast %2382 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2384 = slice %2381 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2385 = broadcast %2384 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2386 = mul %2383, %2385 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2387 = slice %2379 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2388 = broadcast %2387 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2389 = slice %2381 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2390 = broadcast %2389 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2391 = mul %2388, %2390 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2392 = add %2386, %2391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2393 = slice %2379 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2394 = broadcast %2393 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2395 = slice %2381 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2396 = broadcast %2395 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2397 = mul %2394, %2396 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2398 = add %2392, %2397 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2399 = slice %2379 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2400 = broadcast %2399 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2401 = slice %2381 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2402 = broadcast %2401 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2403 = mul %2400, %2402 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2404 = add %2398, %2403 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2405 = slice %2379 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2406 = broadcast %2405 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2407 = slice %2381 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2408 = broadcast %2407 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2409 = mul %2406, %2408 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2410 = add %2404, %2409 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2411 = slice %2379 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2412 = broadcast %2411 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2413 = slice %2381 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2414 = broadcast %2413 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2415 = mul %2412, %2414 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2416 = add %2410, %2415 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2417 = slice %2379 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2418 = broadcast %2417 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2419 = slice %2381 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2420 = broadcast %2419 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2421 = mul %2418, %2420 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2422 = add %2416, %2421 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2423 = slice %2379 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:55:23
%2424 = broadcast %2423 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2425 = slice %2381 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:55:23
%2426 = broadcast %2425 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2427 = mul %2424, %2426 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2428 = add %2422, %2427 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%2429 = cast %2428 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%2430 = cast %2429 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2431 = mul %2430, %264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%2432 = reduce_max %2431 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%2433 = stop_gradient %2432 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%2434 = broadcast %2433 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2435 = sub %2431, %2434 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%2436 = exp %2435 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%2437 = reduce_sum %2436 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%2438 = broadcast %2437 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2439 = div %2436, %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%2440 = cast %2439 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%2441 = cast %2376 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2442 = cast %2440 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%2443 = cast %2441 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2444 = reshape %2442 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%2445 = broadcast %2444 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2446 = reshape %2443 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%2447 = broadcast %2446 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2448 = mul %2445, %2447 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%2449 = reduce_sum %2448 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%2450 = cast %2449 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%2451 = permute %2450 perm=[0,2,1,3] : bf16[4,16,2,8] @ models/lib/nn.yaml:56:13
%2452 = reshape %2451 : bf16[4,16,16] @ models/lib/nn.yaml:57:16
%2453 = cast %26 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2454 = matmul %2452, %2453 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2455 = broadcast %27 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2456 = cast %2454 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2457 = add %2456, %2455 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2458 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2459 = broadcast %2458 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2460 = div %2457, %2459 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2461 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%2462 = rand_uniform %2461 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%2463 = broadcast %2458 : f32[4] @ models/lib/nn.yaml:44:35
%2464 = add %2463, %2462 : f32[4] @ models/lib/nn.yaml:44:35
%2465 = floor %2464 : f32[4] @ models/lib/nn.yaml:44:24
%2466 = reshape %2465 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2467 = broadcast %2466 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2468 = mul %2460, %2467 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2469 = add %2347, %2468 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%2470 = reduce_sum %2469 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2471 = div %2470, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%2472 = broadcast %2471 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2473 = sub %2469, %2472 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%2474 = mul %2473, %2473 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%2475 = reduce_sum %2474 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2476 = div %2475, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%2477 = add %2476, %187 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%2478 = rsqrt %2477 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%2479 = broadcast %2478 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2480 = mul %2473, %2479 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%2481 = broadcast %28 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2482 = mul %2480, %2481 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%2483 = broadcast %29 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2484 = add %2482, %2483 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%2485 = cast %2484 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2486 = cast %30 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2487 = matmul %2485, %2486 ta=0 tb=1 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2488 = broadcast %31 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2489 = cast %2487 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2490 = add %2489, %2488 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%2491 = mul %316, %2490 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%2492 = mul %2490, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%2493 = erf %2492 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%2494 = add %323, %2493 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%2495 = mul %2491, %2494 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%2496 = cast %2495 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%2497 = cast %32 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2498 = matmul %2496, %2497 ta=0 tb=1 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2499 = broadcast %33 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2500 = cast %2498 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2501 = add %2500, %2499 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%2502 = div %2501, %2459 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%2503 = rand_uniform %2461 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%2504 = add %2463, %2503 : f32[4] @ models/lib/nn.yaml:44:35
%2505 = floor %2504 : f32[4] @ models/lib/nn.yaml:44:24
%2506 = reshape %2505 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2507 = broadcast %2506 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2508 = mul %2502, %2507 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%2509 = add %2469, %2508 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%2510 = broadcast %34 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2511 = concat %2510, %2509 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2512 = reduce_sum %2511 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2513 = div %2512, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2514 = broadcast %2513 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2515 = sub %2511, %2514 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2516 = mul %2515, %2515 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2517 = reduce_sum %2516 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2518 = div %2517, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2519 = add %2518, %810 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2520 = rsqrt %2519 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2521 = broadcast %2520 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2522 = mul %2515, %2521 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2523 = broadcast %35 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2524 = mul %2522, %2523 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2525 = broadcast %36 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2526 = add %2524, %2525 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2527 = slice %2526 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2528 = cast %2527 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2529 = cast %37 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2530 = matmul %2528, %2529 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2531 = broadcast %38 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2532 = cast %2530 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2533 = add %2532, %2531 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2534 = reshape %2533 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2535 = permute %2534 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2536 = cast %2526 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2537 = cast %39 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2538 = matmul %2536, %2537 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2539 = broadcast %40 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2540 = cast %2538 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2541 = add %2540, %2539 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2542 = reshape %2541 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2543 = permute %2542 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2544 = cast %41 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2545 = matmul %2536, %2544 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2546 = broadcast %42 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2547 = cast %2545 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2548 = add %2547, %2546 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2549 = reshape %2548 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2550 = permute %2549 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2551 = cast %2535 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2552 = cast %2543 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%2553 = cast %2551 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2554 = cast %2552 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2555 = permute %2554 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2556 = slice %2553 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2557 = broadcast %2556 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2558 = slice %2555 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2559 = mul %2557, %2558 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2560 = slice %2553 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2561 = broadcast %2560 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2562 = slice %2555 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2563 = mul %2561, %2562 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2564 = add %2559, %2563 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2565 = slice %2553 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2566 = broadcast %2565 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2567 = slice %2555 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2568 = mul %2566, %2567 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2569 = add %2564, %2568 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2570 = slice %2553 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2571 = broadcast %2570 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2572 = slice %2555 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2573 = mul %2571, %2572 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2574 = add %2569, %2573 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2575 = slice %2553 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2576 = broadcast %2575 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2577 = slice %2555 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2578 = mul %2576, %2577 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2579 = add %2574, %2578 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2580 = slice %2553 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2581 = broadcast %2580 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2582 = slice %2555 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2583 = mul %2581, %2582 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2584 = add %2579, %2583 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2585 = slice %2553 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2586 = broadcast %2585 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2587 = slice %2555 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2588 = mul %2586, %2587 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2589 = add %2584, %2588 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2590 = slice %2553 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2591 = broadcast %2590 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2592 = slice %2555 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2593 = mul %2591, %2592 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2594 = add %2589, %2593 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2595 = cast %2594 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2596 = cast %2595 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2597 = mul %2596, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2598 = reduce_max %2597 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2599 = stop_gradient %2598 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2600 = broadcast %2599 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2601 = sub %2597, %2600 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2602 = exp %2601 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2603 = reduce_sum %2602 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2604 = broadcast %2603 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2605 = div %2602, %2604 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2606 = cast %2605 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2607 = cast %2550 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%2608 = cast %2606 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2609 = cast %2607 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2610 = reshape %2608 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2611 = broadcast %2610 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2612 = reshape %2609 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2613 = broadcast %2612 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2614 = mul %2611, %2613 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2615 = reduce_sum %2614 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2616 = cast %2615 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2617 = permute %2616 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2618 = reshape %2617 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2619 = cast %43 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2620 = matmul %2618, %2619 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2621 = broadcast %44 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2622 = cast %2620 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2623 = add %2622, %2621 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2624 = add %2510, %2623 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2625 = reduce_sum %2624 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2626 = div %2625, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2627 = broadcast %2626 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2628 = sub %2624, %2627 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2629 = mul %2628, %2628 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2630 = reduce_sum %2629 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2631 = div %2630, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2632 = add %2631, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2633 = rsqrt %2632 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2634 = broadcast %2633 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2635 = mul %2628, %2634 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2636 = broadcast %45 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2637 = mul %2635, %2636 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2638 = broadcast %46 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2639 = add %2637, %2638 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2640 = cast %2639 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2641 = cast %47 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2642 = matmul %2640, %2641 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2643 = broadcast %48 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2644 = cast %2642 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2645 = add %2644, %2643 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2646 = mul %936, %2645 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2647 = mul %2645, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2648 = erf %2647 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2649 = add %941, %2648 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2650 = mul %2646, %2649 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2651 = cast %2650 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2652 = cast %49 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2653 = matmul %2651, %2652 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2654 = broadcast %50 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2655 = cast %2653 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2656 = add %2655, %2654 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2657 = add %2624, %2656 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2658 = concat %2657, %2509 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%2659 = reduce_sum %2658 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2660 = div %2659, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2661 = broadcast %2660 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2662 = sub %2658, %2661 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2663 = mul %2662, %2662 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2664 = reduce_sum %2663 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2665 = div %2664, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2666 = add %2665, %810 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2667 = rsqrt %2666 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2668 = broadcast %2667 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2669 = mul %2662, %2668 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2670 = broadcast %51 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2671 = mul %2669, %2670 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2672 = broadcast %52 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2673 = add %2671, %2672 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2674 = slice %2673 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2675 = cast %2674 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2676 = cast %53 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2677 = matmul %2675, %2676 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2678 = broadcast %54 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2679 = cast %2677 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2680 = add %2679, %2678 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2681 = reshape %2680 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2682 = permute %2681 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2683 = cast %2673 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2684 = cast %55 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2685 = matmul %2683, %2684 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2686 = broadcast %56 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2687 = cast %2685 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2688 = add %2687, %2686 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2689 = reshape %2688 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%2690 = permute %2689 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%2691 = cast %57 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2692 = matmul %2683, %2691 ta=0 tb=1 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%2693 = broadcast %58 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2694 = cast %2692 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2695 = add %2694, %2693 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%2696 = reshape %2695 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%2697 = permute %2696 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%2698 = cast %2682 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%2699 = cast %2690 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%2700 = cast %2698 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%2701 = cast %2699 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%2702 = permute %2701 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:55:23
%2703 = slice %2700 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2704 = broadcast %2703 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2705 = slice %2702 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2706 = mul %2704, %2705 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2707 = slice %2700 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2708 = broadcast %2707 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2709 = slice %2702 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2710 = mul %2708, %2709 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2711 = add %2706, %2710 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2712 = slice %2700 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2713 = broadcast %2712 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2714 = slice %2702 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2715 = mul %2713, %2714 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2716 = add %2711, %2715 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2717 = slice %2700 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2718 = broadcast %2717 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2719 = slice %2702 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2720 = mul %2718, %2719 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2721 = add %2716, %2720 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2722 = slice %2700 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2723 = broadcast %2722 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2724 = slice %2702 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2725 = mul %2723, %2724 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2726 = add %2721, %2725 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2727 = slice %2700 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2728 = broadcast %2727 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2729 = slice %2702 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2730 = mul %2728, %2729 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2731 = add %2726, %2730 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2732 = slice %2700 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2733 = broadcast %2732 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2734 = slice %2702 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2735 = mul %2733, %2734 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2736 = add %2731, %2735 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2737 = slice %2700 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%2738 = broadcast %2737 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2739 = slice %2702 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2740 = mul %2738, %2739 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2741 = add %2736, %2740 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%2742 = cast %2741 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%2743 = cast %2742 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2744 = mul %2743, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%2745 = reduce_max %2744 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2746 = stop_gradient %2745 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2747 = broadcast %2746 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2748 = sub %2744, %2747 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%2749 = exp %2748 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%2750 = reduce_sum %2749 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2751 = broadcast %2750 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2752 = div %2749, %2751 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%2753 = cast %2752 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%2754 = cast %2697 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%2755 = cast %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%2756 = cast %2754 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%2757 = reshape %2755 : f32[4,2,1,17,1] @ models/lib/nn.yaml:56:23
%2758 = broadcast %2757 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2759 = reshape %2756 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2760 = broadcast %2759 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2761 = mul %2758, %2760 : f32[4,2,1,17,8] @ models/lib/nn.yaml:56:23
%2762 = reduce_sum %2761 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2763 = cast %2762 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%2764 = permute %2763 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%2765 = reshape %2764 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%2766 = cast %59 : bf16[16,16] @ models/lib/nn.yaml:83:15
%2767 = matmul %2765, %2766 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2768 = broadcast %60 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2769 = cast %2767 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2770 = add %2769, %2768 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2771 = add %2657, %2770 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2772 = reduce_sum %2771 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2773 = div %2772, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2774 = broadcast %2773 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2775 = sub %2771, %2774 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2776 = mul %2775, %2775 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2777 = reduce_sum %2776 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2778 = div %2777, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2779 = add %2778, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2780 = rsqrt %2779 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2781 = broadcast %2780 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2782 = mul %2775, %2781 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2783 = broadcast %61 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2784 = mul %2782, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2785 = broadcast %62 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2786 = add %2784, %2785 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2787 = cast %2786 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2788 = cast %63 : bf16[64,16] @ models/lib/nn.yaml:83:15
%2789 = matmul %2787, %2788 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2790 = broadcast %64 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2791 = cast %2789 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2792 = add %2791, %2790 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2793 = mul %936, %2792 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2794 = mul %2792, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2795 = erf %2794 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2796 = add %941, %2795 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2797 = mul %2793, %2796 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2798 = cast %2797 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%2799 = cast %65 : bf16[16,64] @ models/lib/nn.yaml:83:15
%2800 = matmul %2798, %2799 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2801 = broadcast %66 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2802 = cast %2800 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2803 = add %2802, %2801 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2804 = add %2771, %2803 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2805 = concat %2804, %2509 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2806 = reduce_sum %2805 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2807 = div %2806, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2808 = broadcast %2807 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2809 = sub %2805, %2808 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2810 = mul %2809, %2809 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2811 = reduce_sum %2810 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2812 = div %2811, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2813 = add %2812, %810 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2814 = rsqrt %2813 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2815 = broadcast %2814 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2816 = mul %2809, %2815 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2817 = broadcast %67 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2818 = mul %2816, %2817 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2819 = broadcast %68 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2820 = add %2818, %2819 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2821 = slice %2820 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%2822 = cast %2821 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%2823 = cast %69 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2824 = matmul %2822, %2823 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2825 = broadcast %70 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2826 = cast %2824 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2827 = add %2826, %2825 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2828 = mul %1114, %2827 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2829 = mul %2827, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2830 = erf %2829 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2831 = add %1119, %2830 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2832 = mul %2828, %2831 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2833 = cast %2832 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2834 = cast %71 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2835 = matmul %2833, %2834 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2836 = broadcast %72 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2837 = cast %2835 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2838 = add %2837, %2836 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2839 = mul %1114, %2838 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2840 = mul %2838, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2841 = erf %2840 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2842 = add %1119, %2841 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2843 = mul %2839, %2842 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2844 = cast %2843 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%2845 = cast %73 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2846 = matmul %2844, %2845 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%2847 = broadcast %74 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2848 = cast %2846 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2849 = add %2848, %2847 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2850 = mul %2849, %2849 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2851 = reduce_sum %2850 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2852 = sqrt %2851 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2853 = max %2852, %1143 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2854 = broadcast %2853 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2855 = div %2849, %2854 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2856 = broadcast %75 : f32[32,8] @ models/lib/dino.yaml:22:22
%2857 = mul %2856, %76 : f32[32,8] @ models/lib/dino.yaml:22:22
%2858 = mul %76, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%2859 = reduce_sum %2858 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2860 = sqrt %2859 : f32[32,1] @ models/lib/dino.yaml:22:35
%2861 = broadcast %2860 : f32[32,8] @ models/lib/dino.yaml:22:33
%2862 = div %2857, %2861 : f32[32,8] @ models/lib/dino.yaml:22:33
%2863 = cast %2855 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%2864 = cast %2862 : bf16[32,8] @ models/lib/dino.yaml:23:18
%2865 = matmul %2863, %2864 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%2866 = slice %2820 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:103:46
%2867 = cast %2866 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%2868 = cast %77 : bf16[24,16] @ models/lib/nn.yaml:83:15
%2869 = matmul %2867, %2868 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2870 = broadcast %78 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2871 = cast %2869 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2872 = add %2871, %2870 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2873 = mul %1164, %2872 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2874 = mul %2872, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2875 = erf %2874 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2876 = add %1169, %2875 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2877 = mul %2873, %2876 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2878 = cast %2877 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2879 = cast %79 : bf16[24,24] @ models/lib/nn.yaml:83:15
%2880 = matmul %2878, %2879 ta=0 tb=1 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2881 = broadcast %80 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2882 = cast %2880 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2883 = add %2882, %2881 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2884 = mul %1164, %2883 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2885 = mul %2883, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2886 = erf %2885 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2887 = add %1169, %2886 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2888 = mul %2884, %2887 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2889 = cast %2888 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%2890 = cast %81 : bf16[8,24] @ models/lib/nn.yaml:83:15
%2891 = matmul %2889, %2890 ta=0 tb=1 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%2892 = broadcast %82 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2893 = cast %2891 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2894 = add %2893, %2892 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2895 = mul %2894, %2894 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2896 = reduce_sum %2895 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2897 = sqrt %2896 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2898 = max %2897, %1192 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2899 = broadcast %2898 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2900 = div %2894, %2899 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2901 = broadcast %83 : f32[16,8] @ models/lib/dino.yaml:22:22
%2902 = mul %2901, %84 : f32[16,8] @ models/lib/dino.yaml:22:22
%2903 = mul %84, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%2904 = reduce_sum %2903 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2905 = sqrt %2904 : f32[16,1] @ models/lib/dino.yaml:22:35
%2906 = broadcast %2905 : f32[16,8] @ models/lib/dino.yaml:22:33
%2907 = div %2902, %2906 : f32[16,8] @ models/lib/dino.yaml:22:33
%2908 = cast %2900 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%2909 = cast %2907 : bf16[16,8] @ models/lib/dino.yaml:23:18
%2910 = matmul %2908, %2909 ta=0 tb=1 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%2911 = cast %2865 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%2912 = slice %2911 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2913 = slice %2911 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%2914 = cast %2910 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%2915 = slice %2914 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2916 = slice %2914 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%2917 = matmul %1215, %2197 ta=0 tb=1 : bf16[4,9,16] @ models/lib/vit.yaml:17:18
%2918 = broadcast %9 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2919 = cast %2917 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2920 = add %2919, %2918 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2921 = reshape %7 : f32[4,64] @ models/lib/vit.yaml:32:17
%2922 = cast %2921 : bf16[4,64] @ models/lib/vit.yaml:32:15
%2923 = matmul %1222, %2922 ta=0 tb=0 : bf16[3,64] @ models/lib/vit.yaml:32:15
%2924 = reshape %2923 : bf16[3,4,16] @ models/lib/vit.yaml:33:21
%2925 = permute %2924 perm=[1,0,2] : bf16[4,3,16] @ models/lib/vit.yaml:33:13
%2926 = reshape %2925 : bf16[4,48] @ models/lib/vit.yaml:34:17
%2927 = matmul %1222, %2926 ta=0 tb=0 : bf16[3,48] @ models/lib/vit.yaml:34:15
%2928 = cast %2927 : f32[3,48] @ models/lib/vit.yaml:35:21
%2929 = reshape %2928 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2930 = permute %2929 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2931 = reshape %2930 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2932 = broadcast %2931 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2933 = add %2920, %2932 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2934 = reduce_sum %2933 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2935 = div %2934, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2936 = broadcast %2935 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2937 = sub %2933, %2936 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2938 = mul %2937, %2937 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2939 = reduce_sum %2938 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2940 = div %2939, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2941 = add %2940, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2942 = rsqrt %2941 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2943 = broadcast %2942 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2944 = mul %2937, %2943 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2945 = broadcast %10 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2946 = mul %2944, %2945 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2947 = broadcast %11 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2948 = add %2946, %2947 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2949 = cast %2948 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%2950 = matmul %2949, %2220 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%2951 = broadcast %13 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2952 = cast %2950 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2953 = add %2952, %2951 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2954 = reshape %2953 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2955 = permute %2954 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2956 = slice %2955 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2957 = reshape %2956 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2958 = slice %2955 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2959 = reshape %2958 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2960 = slice %2955 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2961 = reshape %2960 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2962 = cast %2957 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2963 = cast %2959 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%2964 = cast %2962 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2965 = cast %2963 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%2966 = permute %2965 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%2967 = slice %2964 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2968 = broadcast %2967 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2969 = slice %2966 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2970 = broadcast %2969 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2971 = mul %2968, %2970 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2972 = slice %2964 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2973 = broadcast %2972 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2974 = slice %2966 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2975 = broadcast %2974 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2976 = mul %2973, %2975 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2977 = add %2971, %2976 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2978 = slice %2964 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2979 = broadcast %2978 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2980 = slice %2966 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2981 = broadcast %2980 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2982 = mul %2979, %2981 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2983 = add %2977, %2982 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2984 = slice %2964 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2985 = broadcast %2984 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2986 = slice %2966 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2987 = broadcast %2986 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2988 = mul %2985, %2987 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2989 = add %2983, %2988 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2990 = slice %2964 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2991 = broadcast %2990 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2992 = slice %2966 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2993 = broadcast %2992 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2994 = mul %2991, %2993 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2995 = add %2989, %2994 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2996 = slice %2964 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%2997 = broadcast %2996 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2998 = slice %2966 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%2999 = broadcast %2998 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3000 = mul %2997, %2999 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3001 = add %2995, %3000 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3002 = slice %2964 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3003 = broadcast %3002 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3004 = slice %2966 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3005 = broadcast %3004 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3006 = mul %3003, %3005 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3007 = add %3001, %3006 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3008 = slice %2964 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3009 = broadcast %3008 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3010 = slice %2966 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3011 = broadcast %3010 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3012 = mul %3009, %3011 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3013 = add %3007, %3012 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3014 = cast %3013 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3015 = cast %3014 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3016 = mul %3015, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3017 = reduce_max %3016 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3018 = stop_gradient %3017 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3019 = broadcast %3018 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3020 = sub %3016, %3019 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3021 = exp %3020 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3022 = reduce_sum %3021 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3023 = broadcast %3022 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3024 = div %3021, %3023 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3025 = cast %3024 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3026 = cast %2961 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3027 = cast %3025 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3028 = cast %3026 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3029 = reshape %3027 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3030 = broadcast %3029 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3031 = reshape %3028 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3032 = broadcast %3031 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3033 = mul %3030, %3032 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3034 = reduce_sum %3033 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3035 = cast %3034 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3036 = permute %3035 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3037 = reshape %3036 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3038 = matmul %3037, %2309 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3039 = broadcast %15 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3040 = cast %3038 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3041 = add %3040, %3039 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3042 = add %2933, %3041 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3043 = reduce_sum %3042 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3044 = div %3043, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3045 = broadcast %3044 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3046 = sub %3042, %3045 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3047 = mul %3046, %3046 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3048 = reduce_sum %3047 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3049 = div %3048, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3050 = add %3049, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3051 = rsqrt %3050 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3052 = broadcast %3051 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3053 = mul %3046, %3052 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3054 = broadcast %16 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3055 = mul %3053, %3054 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3056 = broadcast %17 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3057 = add %3055, %3056 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3058 = cast %3057 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3059 = matmul %3058, %2331 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3060 = broadcast %19 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3061 = cast %3059 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3062 = add %3061, %3060 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3063 = mul %1367, %3062 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3064 = mul %3062, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3065 = erf %3064 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3066 = add %1372, %3065 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3067 = mul %3063, %3066 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3068 = cast %3067 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3069 = matmul %3068, %2342 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3070 = broadcast %21 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3071 = cast %3069 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3072 = add %3071, %3070 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3073 = add %3042, %3072 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3074 = reduce_sum %3073 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3075 = div %3074, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3076 = broadcast %3075 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3077 = sub %3073, %3076 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3078 = mul %3077, %3077 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3079 = reduce_sum %3078 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3080 = div %3079, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3081 = add %3080, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3082 = rsqrt %3081 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3083 = broadcast %3082 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3084 = mul %3077, %3083 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3085 = broadcast %22 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3086 = mul %3084, %3085 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3087 = broadcast %23 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3088 = add %3086, %3087 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3089 = cast %3088 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3090 = matmul %3089, %2364 ta=0 tb=1 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%3091 = broadcast %25 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3092 = cast %3090 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3093 = add %3092, %3091 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%3094 = reshape %3093 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%3095 = permute %3094 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%3096 = slice %3095 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%3097 = reshape %3096 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%3098 = slice %3095 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%3099 = reshape %3098 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%3100 = slice %3095 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%3101 = reshape %3100 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%3102 = cast %3097 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3103 = cast %3099 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%3104 = cast %3102 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3105 = cast %3103 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%3106 = permute %3105 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:55:23
%3107 = slice %3104 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3108 = broadcast %3107 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3109 = slice %3106 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3110 = broadcast %3109 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3111 = mul %3108, %3110 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3112 = slice %3104 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3113 = broadcast %3112 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3114 = slice %3106 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3115 = broadcast %3114 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3116 = mul %3113, %3115 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3117 = add %3111, %3116 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3118 = slice %3104 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3119 = broadcast %3118 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3120 = slice %3106 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3121 = broadcast %3120 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3122 = mul %3119, %3121 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3123 = add %3117, %3122 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3124 = slice %3104 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3125 = broadcast %3124 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3126 = slice %3106 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3127 = broadcast %3126 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3128 = mul %3125, %3127 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3129 = add %3123, %3128 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3130 = slice %3104 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3131 = broadcast %3130 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3132 = slice %3106 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3133 = broadcast %3132 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3134 = mul %3131, %3133 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3135 = add %3129, %3134 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3136 = slice %3104 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3137 = broadcast %3136 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3138 = slice %3106 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3139 = broadcast %3138 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3140 = mul %3137, %3139 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3141 = add %3135, %3140 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3142 = slice %3104 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3143 = broadcast %3142 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3144 = slice %3106 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3145 = broadcast %3144 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3146 = mul %3143, %3145 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3147 = add %3141, %3146 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3148 = slice %3104 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:55:23
%3149 = broadcast %3148 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3150 = slice %3106 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:55:23
%3151 = broadcast %3150 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3152 = mul %3149, %3151 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3153 = add %3147, %3152 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%3154 = cast %3153 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%3155 = cast %3154 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3156 = mul %3155, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%3157 = reduce_max %3156 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%3158 = stop_gradient %3157 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%3159 = broadcast %3158 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3160 = sub %3156, %3159 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%3161 = exp %3160 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%3162 = reduce_sum %3161 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%3163 = broadcast %3162 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3164 = div %3161, %3163 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%3165 = cast %3164 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%3166 = cast %3101 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3167 = cast %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%3168 = cast %3166 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3169 = reshape %3167 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%3170 = broadcast %3169 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3171 = reshape %3168 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%3172 = broadcast %3171 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3173 = mul %3170, %3172 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%3174 = reduce_sum %3173 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%3175 = cast %3174 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%3176 = permute %3175 perm=[0,2,1,3] : bf16[4,9,2,8] @ models/lib/nn.yaml:56:13
%3177 = reshape %3176 : bf16[4,9,16] @ models/lib/nn.yaml:57:16
%3178 = matmul %3177, %2453 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3179 = broadcast %27 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3180 = cast %3178 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3181 = add %3180, %3179 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3182 = broadcast %2458 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3183 = div %3181, %3182 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3184 = rand_uniform %2461 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%3185 = add %2463, %3184 : f32[4] @ models/lib/nn.yaml:44:35
%3186 = floor %3185 : f32[4] @ models/lib/nn.yaml:44:24
%3187 = reshape %3186 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3188 = broadcast %3187 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3189 = mul %3183, %3188 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3190 = add %3073, %3189 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%3191 = reduce_sum %3190 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3192 = div %3191, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%3193 = broadcast %3192 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3194 = sub %3190, %3193 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%3195 = mul %3194, %3194 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%3196 = reduce_sum %3195 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3197 = div %3196, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%3198 = add %3197, %1243 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%3199 = rsqrt %3198 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%3200 = broadcast %3199 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3201 = mul %3194, %3200 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%3202 = broadcast %28 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3203 = mul %3201, %3202 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%3204 = broadcast %29 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3205 = add %3203, %3204 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%3206 = cast %3205 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3207 = matmul %3206, %2486 ta=0 tb=1 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3208 = broadcast %31 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3209 = cast %3207 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3210 = add %3209, %3208 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%3211 = mul %1367, %3210 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%3212 = mul %3210, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%3213 = erf %3212 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%3214 = add %1372, %3213 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%3215 = mul %3211, %3214 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%3216 = cast %3215 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%3217 = matmul %3216, %2497 ta=0 tb=1 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3218 = broadcast %33 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3219 = cast %3217 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3220 = add %3219, %3218 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%3221 = div %3220, %3182 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%3222 = rand_uniform %2461 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%3223 = add %2463, %3222 : f32[4] @ models/lib/nn.yaml:44:35
%3224 = floor %3223 : f32[4] @ models/lib/nn.yaml:44:24
%3225 = reshape %3224 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%3226 = broadcast %3225 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3227 = mul %3221, %3226 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%3228 = add %3190, %3227 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%3229 = concat %2510, %3228 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3230 = reduce_sum %3229 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3231 = div %3230, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3232 = broadcast %3231 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3233 = sub %3229, %3232 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3234 = mul %3233, %3233 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3235 = reduce_sum %3234 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3236 = div %3235, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3237 = add %3236, %1841 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3238 = rsqrt %3237 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3239 = broadcast %3238 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3240 = mul %3233, %3239 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3241 = broadcast %35 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3242 = mul %3240, %3241 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3243 = broadcast %36 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3244 = add %3242, %3243 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3245 = slice %3244 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3246 = cast %3245 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3247 = matmul %3246, %2529 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3248 = cast %3247 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3249 = add %3248, %2531 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3250 = reshape %3249 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3251 = permute %3250 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3252 = cast %3244 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3253 = matmul %3252, %2537 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3254 = broadcast %40 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3255 = cast %3253 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3256 = add %3255, %3254 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3257 = reshape %3256 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3258 = permute %3257 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3259 = matmul %3252, %2544 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3260 = broadcast %42 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3261 = cast %3259 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3262 = add %3261, %3260 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3263 = reshape %3262 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3264 = permute %3263 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3265 = cast %3251 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3266 = cast %3258 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3267 = cast %3265 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3268 = cast %3266 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3269 = permute %3268 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3270 = slice %3267 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3271 = broadcast %3270 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3272 = slice %3269 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3273 = mul %3271, %3272 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3274 = slice %3267 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3275 = broadcast %3274 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3276 = slice %3269 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3277 = mul %3275, %3276 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3278 = add %3273, %3277 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3279 = slice %3267 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3280 = broadcast %3279 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3281 = slice %3269 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3282 = mul %3280, %3281 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3283 = add %3278, %3282 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3284 = slice %3267 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3285 = broadcast %3284 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3286 = slice %3269 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3287 = mul %3285, %3286 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3288 = add %3283, %3287 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3289 = slice %3267 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3290 = broadcast %3289 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3291 = slice %3269 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3292 = mul %3290, %3291 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3293 = add %3288, %3292 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3294 = slice %3267 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3295 = broadcast %3294 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3296 = slice %3269 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3297 = mul %3295, %3296 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3298 = add %3293, %3297 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3299 = slice %3267 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3300 = broadcast %3299 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3301 = slice %3269 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3302 = mul %3300, %3301 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3303 = add %3298, %3302 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3304 = slice %3267 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3305 = broadcast %3304 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3306 = slice %3269 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3307 = mul %3305, %3306 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3308 = add %3303, %3307 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3309 = cast %3308 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3310 = cast %3309 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3311 = mul %3310, %1915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3312 = reduce_max %3311 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3313 = stop_gradient %3312 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3314 = broadcast %3313 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3315 = sub %3311, %3314 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3316 = exp %3315 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3317 = reduce_sum %3316 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3318 = broadcast %3317 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3319 = div %3316, %3318 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3320 = cast %3319 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3321 = cast %3264 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3322 = cast %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3323 = cast %3321 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3324 = reshape %3322 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3325 = broadcast %3324 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3326 = reshape %3323 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3327 = broadcast %3326 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3328 = mul %3325, %3327 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3329 = reduce_sum %3328 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3330 = cast %3329 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3331 = permute %3330 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3332 = reshape %3331 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3333 = matmul %3332, %2619 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3334 = cast %3333 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3335 = add %3334, %2621 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3336 = add %2510, %3335 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3337 = reduce_sum %3336 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3338 = div %3337, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3339 = broadcast %3338 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3340 = sub %3336, %3339 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3341 = mul %3340, %3340 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3342 = reduce_sum %3341 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3343 = div %3342, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3344 = add %3343, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3345 = rsqrt %3344 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3346 = broadcast %3345 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3347 = mul %3340, %3346 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3348 = mul %3347, %2636 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3349 = add %3348, %2638 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3350 = cast %3349 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3351 = matmul %3350, %2641 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3352 = cast %3351 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3353 = add %3352, %2643 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3354 = mul %936, %3353 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3355 = mul %3353, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3356 = erf %3355 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3357 = add %941, %3356 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3358 = mul %3354, %3357 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3359 = cast %3358 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3360 = matmul %3359, %2652 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3361 = cast %3360 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3362 = add %3361, %2654 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3363 = add %3336, %3362 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3364 = concat %3363, %3228 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%3365 = reduce_sum %3364 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3366 = div %3365, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3367 = broadcast %3366 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3368 = sub %3364, %3367 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3369 = mul %3368, %3368 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3370 = reduce_sum %3369 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3371 = div %3370, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3372 = add %3371, %1841 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3373 = rsqrt %3372 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3374 = broadcast %3373 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3375 = mul %3368, %3374 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3376 = broadcast %51 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3377 = mul %3375, %3376 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3378 = broadcast %52 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3379 = add %3377, %3378 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3380 = slice %3379 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%3381 = cast %3380 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3382 = matmul %3381, %2676 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3383 = cast %3382 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3384 = add %3383, %2678 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3385 = reshape %3384 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%3386 = permute %3385 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%3387 = cast %3379 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3388 = matmul %3387, %2684 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3389 = broadcast %56 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3390 = cast %3388 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3391 = add %3390, %3389 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3392 = reshape %3391 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%3393 = permute %3392 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%3394 = matmul %3387, %2691 ta=0 tb=1 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%3395 = broadcast %58 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3396 = cast %3394 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3397 = add %3396, %3395 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%3398 = reshape %3397 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%3399 = permute %3398 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%3400 = cast %3386 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%3401 = cast %3393 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%3402 = cast %3400 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%3403 = cast %3401 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%3404 = permute %3403 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:55:23
%3405 = slice %3402 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3406 = broadcast %3405 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3407 = slice %3404 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3408 = mul %3406, %3407 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3409 = slice %3402 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3410 = broadcast %3409 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3411 = slice %3404 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3412 = mul %3410, %3411 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3413 = add %3408, %3412 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3414 = slice %3402 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3415 = broadcast %3414 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3416 = slice %3404 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3417 = mul %3415, %3416 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3418 = add %3413, %3417 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3419 = slice %3402 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3420 = broadcast %3419 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3421 = slice %3404 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3422 = mul %3420, %3421 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3423 = add %3418, %3422 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3424 = slice %3402 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3425 = broadcast %3424 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3426 = slice %3404 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3427 = mul %3425, %3426 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3428 = add %3423, %3427 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3429 = slice %3402 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3430 = broadcast %3429 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3431 = slice %3404 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3432 = mul %3430, %3431 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3433 = add %3428, %3432 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3434 = slice %3402 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3435 = broadcast %3434 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3436 = slice %3404 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3437 = mul %3435, %3436 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3438 = add %3433, %3437 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3439 = slice %3402 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:55:23
%3440 = broadcast %3439 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3441 = slice %3404 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3442 = mul %3440, %3441 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3443 = add %3438, %3442 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%3444 = cast %3443 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%3445 = cast %3444 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3446 = mul %3445, %1915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%3447 = reduce_max %3446 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%3448 = stop_gradient %3447 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%3449 = broadcast %3448 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3450 = sub %3446, %3449 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%3451 = exp %3450 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%3452 = reduce_sum %3451 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%3453 = broadcast %3452 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3454 = div %3451, %3453 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%3455 = cast %3454 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%3456 = cast %3399 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%3457 = cast %3455 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%3458 = cast %3456 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%3459 = reshape %3457 : f32[4,2,1,10,1] @ models/lib/nn.yaml:56:23
%3460 = broadcast %3459 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3461 = reshape %3458 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3462 = broadcast %3461 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3463 = mul %3460, %3462 : f32[4,2,1,10,8] @ models/lib/nn.yaml:56:23
%3464 = reduce_sum %3463 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%3465 = cast %3464 : bf16[4,2,1,8] @ models/lib/nn.yaml:56:23
%3466 = permute %3465 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/nn.yaml:56:13
%3467 = reshape %3466 : bf16[4,1,16] @ models/lib/nn.yaml:57:16
%3468 = matmul %3467, %2766 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3469 = cast %3468 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3470 = add %3469, %2768 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3471 = add %3363, %3470 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%3472 = reduce_sum %3471 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3473 = div %3472, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%3474 = broadcast %3473 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3475 = sub %3471, %3474 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%3476 = mul %3475, %3475 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%3477 = reduce_sum %3476 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3478 = div %3477, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%3479 = add %3478, %922 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%3480 = rsqrt %3479 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%3481 = broadcast %3480 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3482 = mul %3475, %3481 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%3483 = mul %3482, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%3484 = add %3483, %2785 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%3485 = cast %3484 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3486 = matmul %3485, %2788 ta=0 tb=1 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3487 = cast %3486 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3488 = add %3487, %2790 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%3489 = mul %936, %3488 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%3490 = mul %3488, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%3491 = erf %3490 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%3492 = add %941, %3491 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%3493 = mul %3489, %3492 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%3494 = cast %3493 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%3495 = matmul %3494, %2799 ta=0 tb=1 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3496 = cast %3495 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3497 = add %3496, %2801 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%3498 = add %3471, %3497 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%3499 = concat %3498, %3228 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%3500 = reduce_sum %3499 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3501 = div %3500, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%3502 = broadcast %3501 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3503 = sub %3499, %3502 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%3504 = mul %3503, %3503 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%3505 = reduce_sum %3504 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3506 = div %3505, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%3507 = add %3506, %1841 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%3508 = rsqrt %3507 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%3509 = broadcast %3508 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3510 = mul %3503, %3509 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%3511 = broadcast %67 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3512 = mul %3510, %3511 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%3513 = broadcast %68 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3514 = add %3512, %3513 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%3515 = slice %3514 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:103:28
%3516 = cast %3515 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%3517 = matmul %3516, %2823 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3518 = cast %3517 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3519 = add %3518, %2825 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3520 = mul %1114, %3519 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3521 = mul %3519, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3522 = erf %3521 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3523 = add %1119, %3522 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3524 = mul %3520, %3523 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3525 = cast %3524 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3526 = matmul %3525, %2834 ta=0 tb=1 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3527 = cast %3526 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3528 = add %3527, %2836 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%3529 = mul %1114, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%3530 = mul %3528, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%3531 = erf %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%3532 = add %1119, %3531 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%3533 = mul %3529, %3532 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%3534 = cast %3533 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%3535 = matmul %3534, %2845 ta=0 tb=1 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%3536 = cast %3535 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3537 = add %3536, %2847 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%3538 = mul %3537, %3537 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%3539 = reduce_sum %3538 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%3540 = sqrt %3539 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%3541 = max %3540, %1143 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%3542 = broadcast %3541 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3543 = div %3537, %3542 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%3544 = cast %3543 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%3545 = matmul %3544, %2864 ta=0 tb=1 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%3546 = slice %3514 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:103:46
%3547 = cast %3546 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%3548 = matmul %3547, %2868 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3549 = broadcast %78 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3550 = cast %3548 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3551 = add %3550, %3549 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3552 = mul %2158, %3551 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3553 = mul %3551, %2160 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3554 = erf %3553 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3555 = add %2163, %3554 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3556 = mul %3552, %3555 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3557 = cast %3556 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3558 = matmul %3557, %2879 ta=0 tb=1 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3559 = broadcast %80 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3560 = cast %3558 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3561 = add %3560, %3559 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%3562 = mul %2158, %3561 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3563 = mul %3561, %2160 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3564 = erf %3563 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3565 = add %2163, %3564 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%3566 = mul %3562, %3565 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3567 = cast %3566 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3568 = matmul %3567, %2890 ta=0 tb=1 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3569 = broadcast %82 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3570 = cast %3568 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3571 = add %3570, %3569 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%3572 = mul %3571, %3571 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3573 = reduce_sum %3572 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%3574 = sqrt %3573 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3575 = max %3574, %2184 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3576 = broadcast %3575 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3577 = div %3571, %3576 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3578 = cast %3577 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3579 = matmul %3578, %2909 ta=0 tb=1 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3580 = cast %3545 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3581 = slice %3580 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3582 = slice %3580 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%3583 = cast %3579 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3584 = slice %3583 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3585 = slice %3583 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%3586 = broadcast %163 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3587 = sub %1207, %3586 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3588 = broadcast %4 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3589 = div %3587, %3588 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3590 = reduce_max %3589 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3591 = stop_gradient %3590 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3592 = broadcast %3591 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3593 = sub %3589, %3592 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3594 = exp %3593 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3595 = reduce_sum %3594 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3596 = broadcast %3595 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3597 = div %3594, %3596 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3598 = stop_gradient %3597 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3599 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%3600 = broadcast %3599 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3601 = div %2913, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3602 = reduce_max %3601 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3603 = stop_gradient %3602 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3604 = broadcast %3603 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3605 = sub %3601, %3604 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3606 = exp %3605 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3607 = reduce_sum %3606 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3608 = log %3607 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3609 = broadcast %3608 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3610 = sub %3605, %3609 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3611 = mul %3598, %3610 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3612 = reduce_sum %3611 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3613 = neg %3612 : f32[2,1] @ models/lib/dino.yaml:39:21
%3614 = reduce_sum %3613 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3615 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%3616 = div %3614, %3615 : f32[] @ models/lib/dino.yaml:39:16
%3617 = div %3581, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3618 = reduce_max %3617 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3619 = stop_gradient %3618 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3620 = broadcast %3619 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3621 = sub %3617, %3620 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3622 = exp %3621 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3623 = reduce_sum %3622 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3624 = log %3623 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3625 = broadcast %3624 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3626 = sub %3621, %3625 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3627 = mul %3598, %3626 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3628 = reduce_sum %3627 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3629 = neg %3628 : f32[2,1] @ models/lib/dino.yaml:39:21
%3630 = reduce_sum %3629 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3631 = div %3630, %3615 : f32[] @ models/lib/dino.yaml:39:16
%3632 = add %3616, %3631 : f32[] @ models/dino_pass.yaml:148:11
%3633 = div %3582, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3634 = reduce_max %3633 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3635 = stop_gradient %3634 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3636 = broadcast %3635 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3637 = sub %3633, %3636 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3638 = exp %3637 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3639 = reduce_sum %3638 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3640 = log %3639 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3641 = broadcast %3640 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3642 = sub %3637, %3641 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3643 = mul %3598, %3642 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3644 = reduce_sum %3643 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3645 = neg %3644 : f32[2,1] @ models/lib/dino.yaml:39:21
%3646 = reduce_sum %3645 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3647 = div %3646, %3615 : f32[] @ models/lib/dino.yaml:39:16
%3648 = add %3632, %3647 : f32[] @ models/dino_pass.yaml:148:11
%3649 = sub %1208, %3586 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%3650 = div %3649, %3588 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%3651 = reduce_max %3650 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%3652 = stop_gradient %3651 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%3653 = broadcast %3652 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3654 = sub %3650, %3653 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%3655 = exp %3654 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%3656 = reduce_sum %3655 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%3657 = broadcast %3656 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3658 = div %3655, %3657 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%3659 = stop_gradient %3658 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3660 = div %2912, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3661 = reduce_max %3660 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%3662 = stop_gradient %3661 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%3663 = broadcast %3662 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3664 = sub %3660, %3663 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%3665 = exp %3664 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3666 = reduce_sum %3665 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%3667 = log %3666 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3668 = broadcast %3667 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3669 = sub %3664, %3668 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3670 = mul %3659, %3669 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3671 = reduce_sum %3670 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3672 = neg %3671 : f32[2,1] @ models/lib/dino.yaml:39:21
%3673 = reduce_sum %3672 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3674 = div %3673, %3615 : f32[] @ models/lib/dino.yaml:39:16
%3675 = add %3648, %3674 : f32[] @ models/dino_pass.yaml:148:11
%3676 = mul %3659, %3626 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3677 = reduce_sum %3676 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3678 = neg %3677 : f32[2,1] @ models/lib/dino.yaml:39:21
%3679 = reduce_sum %3678 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3680 = div %3679, %3615 : f32[] @ models/lib/dino.yaml:39:16
%3681 = add %3675, %3680 : f32[] @ models/dino_pass.yaml:148:11
%3682 = mul %3659, %3642 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3683 = reduce_sum %3682 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%3684 = neg %3683 : f32[2,1] @ models/lib/dino.yaml:39:21
%3685 = reduce_sum %3684 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3686 = div %3685, %3615 : f32[] @ models/lib/dino.yaml:39:16
%3687 = add %3681, %3686 : f32[] @ models/dino_pass.yaml:148:11
%3688 = const data=[6] : f32[] @ models/dino_pass.yaml:145:3
%3689 = div %3687, %3688 : f32[] @ models/dino_pass.yaml:145:3
%3690 = output %3689 name="loss.cls" : f32[] @ models/dino_pass.yaml:145:3
%3691 = broadcast %164 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3692 = sub %1210, %3691 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3693 = broadcast %4 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3694 = div %3692, %3693 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3695 = reduce_max %3694 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3696 = stop_gradient %3695 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3697 = broadcast %3696 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3698 = sub %3694, %3697 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3699 = exp %3698 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3700 = reduce_sum %3699 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3701 = broadcast %3700 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3702 = div %3699, %3701 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3703 = stop_gradient %3702 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3704 = broadcast %3599 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3705 = div %2915, %3704 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3706 = reduce_max %3705 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3707 = stop_gradient %3706 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3708 = broadcast %3707 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3709 = sub %3705, %3708 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3710 = exp %3709 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3711 = reduce_sum %3710 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3712 = log %3711 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3713 = broadcast %3712 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3714 = sub %3709, %3713 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3715 = mul %3703, %3714 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3716 = reduce_sum %3715 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3717 = neg %3716 : f32[2,16] @ models/lib/dino.yaml:39:21
%3718 = reduce_sum %3717 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3719 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%3720 = div %3718, %3719 : f32[] @ models/lib/dino.yaml:39:16
%3721 = sub %1211, %3691 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%3722 = div %3721, %3693 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%3723 = reduce_max %3722 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%3724 = stop_gradient %3723 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%3725 = broadcast %3724 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3726 = sub %3722, %3725 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%3727 = exp %3726 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%3728 = reduce_sum %3727 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%3729 = broadcast %3728 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3730 = div %3727, %3729 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%3731 = stop_gradient %3730 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3732 = div %2916, %3704 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3733 = reduce_max %3732 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%3734 = stop_gradient %3733 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%3735 = broadcast %3734 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3736 = sub %3732, %3735 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%3737 = exp %3736 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3738 = reduce_sum %3737 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%3739 = log %3738 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3740 = broadcast %3739 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3741 = sub %3736, %3740 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3742 = mul %3731, %3741 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3743 = reduce_sum %3742 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%3744 = neg %3743 : f32[2,16] @ models/lib/dino.yaml:39:21
%3745 = reduce_sum %3744 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3746 = div %3745, %3719 : f32[] @ models/lib/dino.yaml:39:16
%3747 = add %3720, %3746 : f32[] @ models/dino_pass.yaml:152:11
%3748 = broadcast %164 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3749 = sub %2194, %3748 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3750 = broadcast %4 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3751 = div %3749, %3750 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3752 = reduce_max %3751 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3753 = stop_gradient %3752 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3754 = broadcast %3753 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3755 = sub %3751, %3754 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3756 = exp %3755 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3757 = reduce_sum %3756 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3758 = broadcast %3757 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3759 = div %3756, %3758 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3760 = stop_gradient %3759 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3761 = broadcast %3599 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3762 = div %3584, %3761 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3763 = reduce_max %3762 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3764 = stop_gradient %3763 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3765 = broadcast %3764 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3766 = sub %3762, %3765 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3767 = exp %3766 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3768 = reduce_sum %3767 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3769 = log %3768 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3770 = broadcast %3769 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3771 = sub %3766, %3770 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3772 = mul %3760, %3771 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3773 = reduce_sum %3772 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3774 = neg %3773 : f32[2,9] @ models/lib/dino.yaml:39:21
%3775 = reduce_sum %3774 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3776 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3777 = div %3775, %3776 : f32[] @ models/lib/dino.yaml:39:16
%3778 = add %3747, %3777 : f32[] @ models/dino_pass.yaml:152:11
%3779 = sub %2195, %3748 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%3780 = div %3779, %3750 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%3781 = reduce_max %3780 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%3782 = stop_gradient %3781 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%3783 = broadcast %3782 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3784 = sub %3780, %3783 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%3785 = exp %3784 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%3786 = reduce_sum %3785 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%3787 = broadcast %3786 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3788 = div %3785, %3787 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%3789 = stop_gradient %3788 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3790 = div %3585, %3761 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3791 = reduce_max %3790 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%3792 = stop_gradient %3791 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3793 = broadcast %3792 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3794 = sub %3790, %3793 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3795 = exp %3794 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3796 = reduce_sum %3795 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3797 = log %3796 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3798 = broadcast %3797 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3799 = sub %3794, %3798 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3800 = mul %3789, %3799 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3801 = reduce_sum %3800 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3802 = neg %3801 : f32[2,9] @ models/lib/dino.yaml:39:21
%3803 = reduce_sum %3802 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3804 = div %3803, %3776 : f32[] @ models/lib/dino.yaml:39:16
%3805 = add %3778, %3804 : f32[] @ models/dino_pass.yaml:152:11
%3806 = const data=[4] : f32[] @ models/dino_pass.yaml:149:3
%3807 = div %3805, %3806 : f32[] @ models/dino_pass.yaml:149:3
%3808 = output %3807 name="loss.patch" : f32[] @ models/dino_pass.yaml:149:3
%3809 = mul %3807, %3599 : f32[] @ models/dino_pass.yaml:149:3
%3810 = add %3689, %3809 : f32[] @ models/dino_pass.yaml:149:3
%3811 = output %3810 name="loss" : f32[] @ models/dino_pass.yaml:145:3
%3812 = broadcast %2458 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3813 = mul %163, %3812 : f32[1,1,32] @ models/dino_pass.yaml:138:20
%3814 = concat %1207, %1208, %2191, %2192 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:138:75
%3815 = reduce_sum %3814 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3816 = all_reduce_sum %3815 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3817 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3818 = broadcast %3817 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3819 = div %3816, %3818 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3820 = broadcast %3599 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3821 = mul %3820, %3819 : f32[1,1,32] @ models/dino_pass.yaml:138:62
%3822 = add %3813, %3821 : f32[1,1,32] @ models/dino_pass.yaml:138:38
%3823 = assign %163, %3822 : f32[1,1,32] @ models/dino_pass.yaml:138:13
%3824 = broadcast %2458 : f32[1,16] @ models/dino_pass.yaml:142:26
%3825 = mul %164, %3824 : f32[1,16] @ models/dino_pass.yaml:142:26
%3826 = reshape %1210 : f32[32,16] @ models/dino_pass.yaml:142:81
%3827 = reshape %1211 : f32[32,16] @ models/dino_pass.yaml:142:81
%3828 = reshape %2194 : f32[18,16] @ models/dino_pass.yaml:142:81
%3829 = reshape %2195 : f32[18,16] @ models/dino_pass.yaml:142:81
%3830 = concat %3826, %3827, %3828, %3829 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3831 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3832 = reshape %3830 : f32[100,16] @ models/lib/nn.yaml:73:26
%3833 = matmul %3831, %3832 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3834 = reshape %3833 : f32[1,16] @ models/lib/nn.yaml:73:26
%3835 = all_reduce_sum %3834 : f32[1,16] @ models/lib/nn.yaml:73:16
%3836 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3837 = broadcast %3836 : f32[1,16] @ models/lib/nn.yaml:73:52
%3838 = div %3835, %3837 : f32[1,16] @ models/lib/nn.yaml:73:52
%3839 = broadcast %3599 : f32[1,16] @ models/dino_pass.yaml:142:68
%3840 = mul %3839, %3838 : f32[1,16] @ models/dino_pass.yaml:142:68
%3841 = add %3825, %3840 : f32[1,16] @ models/dino_pass.yaml:142:44
%3842 = assign %164, %3841 : f32[1,16] @ models/dino_pass.yaml:142:13
%3843 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3844 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3845 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3846 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3847 = broadcast %3846 : f32[2,9] @ models/lib/dino.yaml:39:21
%3848 = reshape %3847 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3849 = broadcast %3848 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3850 = mul %3849, %3789 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3851 = neg %3850 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3852 = reduce_sum %3851 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3853 = div %3852, %3796 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3854 = broadcast %3853 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3855 = mul %3854, %3795 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3856 = add %3850, %3855 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3857 = div %3856, %3761 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3858 = mul %3849, %3760 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3859 = neg %3858 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3860 = reduce_sum %3859 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3861 = div %3860, %3768 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3862 = broadcast %3861 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3863 = mul %3862, %3767 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3864 = add %3858, %3863 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3865 = div %3864, %3761 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3866 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3867 = broadcast %3866 : f32[2,16] @ models/lib/dino.yaml:39:21
%3868 = reshape %3867 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3869 = broadcast %3868 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3870 = mul %3869, %3731 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3871 = neg %3870 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3872 = reduce_sum %3871 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3873 = div %3872, %3738 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3874 = broadcast %3873 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3875 = mul %3874, %3737 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3876 = add %3870, %3875 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3877 = div %3876, %3704 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3878 = mul %3869, %3703 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3879 = neg %3878 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3880 = reduce_sum %3879 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3881 = div %3880, %3711 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3882 = broadcast %3881 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3883 = mul %3882, %3710 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3884 = add %3878, %3883 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3885 = div %3884, %3704 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3886 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3887 = broadcast %3886 : f32[2,1] @ models/lib/dino.yaml:39:21
%3888 = reshape %3887 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3889 = broadcast %3888 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3890 = mul %3889, %3659 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3891 = neg %3890 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3892 = reduce_sum %3891 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3893 = div %3892, %3639 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3894 = broadcast %3893 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3895 = mul %3894, %3638 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3896 = add %3890, %3895 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3897 = div %3896, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3898 = div %3892, %3623 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3899 = broadcast %3898 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3900 = mul %3899, %3622 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3901 = add %3890, %3900 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3902 = div %3901, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3903 = div %3892, %3666 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3904 = broadcast %3903 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3905 = mul %3904, %3665 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3906 = add %3890, %3905 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3907 = div %3906, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3908 = mul %3889, %3598 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3909 = neg %3908 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3910 = reduce_sum %3909 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3911 = div %3910, %3639 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3912 = broadcast %3911 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3913 = mul %3912, %3638 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3914 = add %3908, %3913 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3915 = div %3914, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3916 = add %3897, %3915 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3917 = div %3910, %3623 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3918 = broadcast %3917 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3919 = mul %3918, %3622 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3920 = add %3908, %3919 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3921 = div %3920, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3922 = add %3902, %3921 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3923 = div %3910, %3607 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3924 = broadcast %3923 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3925 = mul %3924, %3606 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3926 = add %3908, %3925 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3927 = div %3926, %3600 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3928 = concat %3865, %3857 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3929 = concat %3922, %3916 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3930 = cast %3928 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3931 = matmul %3930, %2909 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3932 = reshape %3930 : bf16[36,16] @ models/lib/dino.yaml:23:18
%3933 = reshape %3578 : bf16[36,8] @ models/lib/dino.yaml:23:18
%3934 = matmul %3932, %3933 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3935 = cast %3934 : f32[16,8] @ models/lib/dino.yaml:22:33
%3936 = div %3935, %2906 : f32[16,8] @ models/lib/dino.yaml:22:33
%3937 = mul %3936, %2907 : f32[16,8] @ models/lib/dino.yaml:22:33
%3938 = neg %3937 : f32[16,8] @ models/lib/dino.yaml:22:33
%3939 = reduce_sum %3938 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3940 = broadcast %315 : f32[16,1] @ models/lib/dino.yaml:22:35
%3941 = mul %3939, %3940 : f32[16,1] @ models/lib/dino.yaml:22:35
%3942 = div %3941, %2905 : f32[16,1] @ models/lib/dino.yaml:22:35
%3943 = broadcast %3942 : f32[16,8] @ models/lib/dino.yaml:22:40
%3944 = mul %3943, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3945 = add %3944, %3944 : f32[16,8] @ models/lib/dino.yaml:22:53
%3946 = mul %3936, %2901 : f32[16,8] @ models/lib/dino.yaml:22:22
%3947 = add %3945, %3946 : f32[16,8] @ models/lib/dino.yaml:22:22
%3948 = cast %3931 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3949 = div %3948, %3576 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3950 = mul %3949, %3577 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3951 = neg %3950 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3952 = reduce_sum %3951 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3953 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3954 = broadcast %3953 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3955 = broadcast %315 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3956 = mul %3952, %3955 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3957 = eq %3574, %2184 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3958 = select %3957, %3956, %3954 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3959 = gt %3574, %2184 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3960 = select %3959, %3952, %3958 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3961 = mul %3960, %3955 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3962 = div %3961, %3574 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3963 = broadcast %3962 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3964 = mul %3963, %3571 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3965 = add %3949, %3964 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3966 = add %3965, %3964 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3967 = reduce_sum %3966 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3968 = reshape %3967 : f32[8] @ models/lib/nn.yaml:84:18
%3969 = cast %3966 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3970 = matmul %3969, %2890 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3971 = reshape %3969 : bf16[36,8] @ models/lib/nn.yaml:83:15
%3972 = reshape %3567 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3973 = matmul %3971, %3972 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3974 = cast %3970 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3975 = mul %3974, %3565 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3976 = mul %3974, %3562 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3977 = mul %3563, %3563 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3978 = neg %3977 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3979 = exp %3978 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3980 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3981 = broadcast %3980 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3982 = mul %3979, %3981 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3983 = mul %3976, %3982 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3984 = mul %3983, %2160 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3985 = mul %3975, %2158 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3986 = add %3984, %3985 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3987 = reduce_sum %3986 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3988 = reshape %3987 : f32[24] @ models/lib/nn.yaml:84:18
%3989 = cast %3986 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3990 = matmul %3989, %2879 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3991 = reshape %3989 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3992 = reshape %3557 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3993 = matmul %3991, %3992 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%3994 = cast %3990 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3995 = mul %3994, %3555 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3996 = mul %3994, %3552 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3997 = mul %3553, %3553 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3998 = neg %3997 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3999 = exp %3998 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4000 = mul %3999, %3981 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4001 = mul %3996, %4000 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4002 = mul %4001, %2160 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4003 = mul %3995, %2158 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4004 = add %4002, %4003 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4005 = reduce_sum %4004 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4006 = reshape %4005 : f32[24] @ models/lib/nn.yaml:84:18
%4007 = cast %4004 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4008 = matmul %4007, %2868 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4009 = reshape %4007 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4010 = reshape %3547 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4011 = matmul %4009, %4010 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4012 = cast %4008 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%4013 = cast %3929 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4014 = matmul %4013, %2864 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4015 = reshape %4013 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4016 = reshape %3544 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4017 = matmul %4015, %4016 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4018 = cast %4017 : f32[32,8] @ models/lib/dino.yaml:22:33
%4019 = div %4018, %2861 : f32[32,8] @ models/lib/dino.yaml:22:33
%4020 = mul %4019, %2862 : f32[32,8] @ models/lib/dino.yaml:22:33
%4021 = neg %4020 : f32[32,8] @ models/lib/dino.yaml:22:33
%4022 = reduce_sum %4021 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4023 = broadcast %315 : f32[32,1] @ models/lib/dino.yaml:22:35
%4024 = mul %4022, %4023 : f32[32,1] @ models/lib/dino.yaml:22:35
%4025 = div %4024, %2860 : f32[32,1] @ models/lib/dino.yaml:22:35
%4026 = broadcast %4025 : f32[32,8] @ models/lib/dino.yaml:22:40
%4027 = mul %4026, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4028 = add %4027, %4027 : f32[32,8] @ models/lib/dino.yaml:22:53
%4029 = mul %4019, %2856 : f32[32,8] @ models/lib/dino.yaml:22:22
%4030 = add %4028, %4029 : f32[32,8] @ models/lib/dino.yaml:22:22
%4031 = cast %4014 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4032 = div %4031, %3542 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4033 = mul %4032, %3543 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4034 = neg %4033 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4035 = reduce_sum %4034 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4036 = broadcast %3953 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4037 = broadcast %315 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4038 = mul %4035, %4037 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4039 = eq %3540, %1143 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4040 = select %4039, %4038, %4036 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4041 = gt %3540, %1143 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4042 = select %4041, %4035, %4040 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4043 = mul %4042, %4037 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4044 = div %4043, %3540 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4045 = broadcast %4044 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4046 = mul %4045, %3537 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4047 = add %4032, %4046 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4048 = add %4047, %4046 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4049 = reduce_sum %4048 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4050 = reshape %4049 : f32[8] @ models/lib/nn.yaml:84:18
%4051 = cast %4048 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4052 = matmul %4051, %2845 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4053 = reshape %4051 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4054 = reshape %3534 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4055 = matmul %4053, %4054 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4056 = cast %4052 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4057 = mul %4056, %3532 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4058 = mul %4056, %3529 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4059 = mul %3530, %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4060 = neg %4059 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4061 = exp %4060 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4062 = broadcast %3980 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4063 = mul %4061, %4062 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4064 = mul %4058, %4063 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4065 = mul %4064, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4066 = mul %4057, %1114 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4067 = add %4065, %4066 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4068 = reduce_sum %4067 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4069 = reshape %4068 : f32[24] @ models/lib/nn.yaml:84:18
%4070 = cast %4067 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4071 = matmul %4070, %2834 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4072 = reshape %4070 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4073 = reshape %3525 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4074 = matmul %4072, %4073 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4075 = cast %4071 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4076 = mul %4075, %3523 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4077 = mul %4075, %3520 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4078 = mul %3521, %3521 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4079 = neg %4078 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4080 = exp %4079 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4081 = mul %4080, %4062 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4082 = mul %4077, %4081 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4083 = mul %4082, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4084 = mul %4076, %1114 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4085 = add %4083, %4084 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4086 = reduce_sum %4085 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4087 = reshape %4086 : f32[24] @ models/lib/nn.yaml:84:18
%4088 = cast %4085 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4089 = matmul %4088, %2823 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4090 = reshape %4088 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4091 = reshape %3516 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4092 = matmul %4090, %4091 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4093 = cast %4089 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4094 = concat %4093, %4012 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4095 = reduce_sum %4094 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4096 = reshape %4095 : f32[16] @ models/lib/nn.yaml:96:46
%4097 = mul %4094, %3511 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4098 = mul %4094, %3510 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4099 = reduce_sum %4098 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4100 = reshape %4099 : f32[16] @ models/lib/nn.yaml:96:37
%4101 = mul %4097, %3509 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4102 = mul %4097, %3503 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4103 = reduce_sum %4102 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4104 = mul %3508, %3508 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4105 = mul %3508, %4104 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4106 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4107 = broadcast %4106 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4108 = mul %4105, %4107 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4109 = mul %4103, %4108 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4110 = div %4109, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4111 = broadcast %4110 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4112 = mul %4111, %3503 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4113 = add %4101, %4112 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4114 = add %4113, %4112 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4115 = neg %4114 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4116 = reduce_sum %4115 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4117 = div %4116, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4118 = broadcast %4117 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4119 = add %4114, %4118 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4120 = slice %4119 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4121 = slice %4119 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4122 = reduce_sum %4120 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4123 = reshape %4122 : f32[16] @ models/lib/nn.yaml:84:18
%4124 = cast %4120 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4125 = matmul %4124, %2799 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4126 = reshape %4124 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4127 = reshape %3494 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4128 = matmul %4126, %4127 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4129 = cast %4125 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4130 = mul %4129, %3492 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4131 = mul %4129, %3489 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4132 = mul %3490, %3490 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4133 = neg %4132 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4134 = exp %4133 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4135 = broadcast %3980 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4136 = mul %4134, %4135 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4137 = mul %4131, %4136 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4138 = mul %4137, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4139 = mul %4130, %936 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4140 = add %4138, %4139 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4141 = reduce_sum %4140 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4142 = reshape %4141 : f32[64] @ models/lib/nn.yaml:84:18
%4143 = cast %4140 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4144 = matmul %4143, %2788 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4145 = reshape %4143 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4146 = reshape %3485 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4147 = matmul %4145, %4146 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4148 = cast %4144 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4149 = reduce_sum %4148 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4150 = reshape %4149 : f32[16] @ models/lib/nn.yaml:96:46
%4151 = mul %4148, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4152 = mul %4148, %3482 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4153 = reduce_sum %4152 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4154 = reshape %4153 : f32[16] @ models/lib/nn.yaml:96:37
%4155 = mul %4151, %3481 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4156 = mul %4151, %3475 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4157 = reduce_sum %4156 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4158 = mul %3480, %3480 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4159 = mul %3480, %4158 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4160 = broadcast %4106 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4161 = mul %4159, %4160 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4162 = mul %4157, %4161 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4163 = div %4162, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4164 = broadcast %4163 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4165 = mul %4164, %3475 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4166 = add %4155, %4165 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4167 = add %4166, %4165 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4168 = add %4120, %4167 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4169 = neg %4167 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4170 = reduce_sum %4169 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4171 = div %4170, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4172 = broadcast %4171 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4173 = add %4168, %4172 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4174 = reduce_sum %4173 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4175 = reshape %4174 : f32[16] @ models/lib/nn.yaml:84:18
%4176 = cast %4173 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4177 = matmul %4176, %2766 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4178 = reshape %4176 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4179 = reshape %3466 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4180 = matmul %4178, %4179 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4181 = reshape %4177 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4182 = permute %4181 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4183 = cast %4182 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4184 = cast %3456 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4185 = permute %4184 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4186 = slice %4183 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4187 = broadcast %4186 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4188 = slice %4185 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4189 = mul %4187, %4188 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4190 = slice %4183 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4191 = broadcast %4190 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4192 = slice %4185 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4193 = mul %4191, %4192 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4194 = add %4189, %4193 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4195 = slice %4183 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4196 = broadcast %4195 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4197 = slice %4185 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4198 = mul %4196, %4197 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4199 = add %4194, %4198 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4200 = slice %4183 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4201 = broadcast %4200 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4202 = slice %4185 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4203 = mul %4201, %4202 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4204 = add %4199, %4203 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4205 = slice %4183 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4206 = broadcast %4205 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4207 = slice %4185 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4208 = mul %4206, %4207 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4209 = add %4204, %4208 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4210 = slice %4183 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4211 = broadcast %4210 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4212 = slice %4185 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4213 = mul %4211, %4212 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4214 = add %4209, %4213 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4215 = slice %4183 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4216 = broadcast %4215 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4217 = slice %4185 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4218 = mul %4216, %4217 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4219 = add %4214, %4218 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4220 = slice %4183 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4221 = broadcast %4220 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4222 = slice %4185 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4223 = mul %4221, %4222 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4224 = add %4219, %4223 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4225 = cast %4224 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4226 = cast %3455 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4227 = permute %4226 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4228 = cast %4182 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4229 = broadcast %4227 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4230 = broadcast %4228 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4231 = mul %4229, %4230 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4232 = cast %4231 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4233 = cast %4225 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4234 = div %4233, %3453 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4235 = mul %4234, %3454 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4236 = neg %4235 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4237 = reduce_sum %4236 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4238 = broadcast %4237 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4239 = add %4234, %4238 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4240 = mul %4239, %3451 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4241 = mul %4240, %1915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4242 = cast %4241 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4243 = cast %4242 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4244 = cast %3401 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4245 = reshape %4243 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4246 = broadcast %4245 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4247 = reshape %4244 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4248 = broadcast %4247 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4249 = mul %4246, %4248 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4250 = reduce_sum %4249 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4251 = cast %4250 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4252 = cast %4242 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4253 = permute %4252 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4254 = cast %3400 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4255 = broadcast %4253 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4256 = broadcast %4254 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4257 = mul %4255, %4256 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4258 = cast %4257 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4259 = cast %4232 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4260 = permute %4259 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4261 = reshape %4260 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4262 = reduce_sum %4261 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4263 = reshape %4262 : f32[16] @ models/lib/nn.yaml:84:18
%4264 = permute %4232 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4265 = reshape %4264 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4266 = matmul %4265, %2691 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4267 = reshape %4264 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4268 = reshape %3387 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4269 = matmul %4267, %4268 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4270 = cast %4258 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4271 = permute %4270 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4272 = reshape %4271 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4273 = reduce_sum %4272 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4274 = reshape %4273 : f32[16] @ models/lib/nn.yaml:84:18
%4275 = permute %4258 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4276 = reshape %4275 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4277 = matmul %4276, %2684 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4278 = cast %4266 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4279 = cast %4277 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4280 = add %4278, %4279 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4281 = reshape %4275 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4282 = matmul %4281, %4268 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4283 = cast %4251 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4284 = permute %4283 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4285 = reshape %4284 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4286 = reduce_sum %4285 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4287 = reshape %4286 : f32[16] @ models/lib/nn.yaml:84:18
%4288 = permute %4251 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4289 = reshape %4288 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4290 = matmul %4289, %2676 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4291 = reshape %4288 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4292 = reshape %3381 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4293 = matmul %4291, %4292 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4294 = cast %4290 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4295 = pad %4294 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4296 = add %4280, %4295 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4297 = reduce_sum %4296 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4298 = reshape %4297 : f32[16] @ models/lib/nn.yaml:96:46
%4299 = mul %4296, %3376 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4300 = mul %4296, %3375 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4301 = reduce_sum %4300 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4302 = reshape %4301 : f32[16] @ models/lib/nn.yaml:96:37
%4303 = mul %4299, %3374 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4304 = mul %4299, %3368 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4305 = reduce_sum %4304 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4306 = mul %3373, %3373 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4307 = mul %3373, %4306 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4308 = mul %4307, %4107 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4309 = mul %4305, %4308 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4310 = div %4309, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4311 = broadcast %4310 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4312 = mul %4311, %3368 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4313 = add %4303, %4312 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4314 = add %4313, %4312 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4315 = neg %4314 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4316 = reduce_sum %4315 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4317 = div %4316, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4318 = broadcast %4317 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4319 = add %4314, %4318 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4320 = slice %4319 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4321 = add %4173, %4320 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4322 = slice %4319 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4323 = add %4121, %4322 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4324 = reduce_sum %4321 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4325 = reshape %4324 : f32[16] @ models/lib/nn.yaml:84:18
%4326 = cast %4321 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4327 = matmul %4326, %2652 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4328 = reshape %4326 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4329 = reshape %3359 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4330 = matmul %4328, %4329 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4331 = cast %4327 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4332 = mul %4331, %3357 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4333 = mul %4331, %3354 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4334 = mul %3355, %3355 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4335 = neg %4334 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4336 = exp %4335 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4337 = mul %4336, %4135 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4338 = mul %4333, %4337 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4339 = mul %4338, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4340 = mul %4332, %936 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4341 = add %4339, %4340 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4342 = reduce_sum %4341 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4343 = reshape %4342 : f32[64] @ models/lib/nn.yaml:84:18
%4344 = cast %4341 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4345 = matmul %4344, %2641 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4346 = reshape %4344 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4347 = reshape %3350 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4348 = matmul %4346, %4347 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4349 = cast %4345 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4350 = reduce_sum %4349 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4351 = reshape %4350 : f32[16] @ models/lib/nn.yaml:96:46
%4352 = mul %4349, %2636 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4353 = mul %4349, %3347 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4354 = reduce_sum %4353 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4355 = reshape %4354 : f32[16] @ models/lib/nn.yaml:96:37
%4356 = mul %4352, %3346 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4357 = mul %4352, %3340 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4358 = reduce_sum %4357 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4359 = mul %3345, %3345 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4360 = mul %3345, %4359 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4361 = mul %4360, %4160 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4362 = mul %4358, %4361 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4363 = div %4362, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4364 = broadcast %4363 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4365 = mul %4364, %3340 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4366 = add %4356, %4365 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4367 = add %4366, %4365 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4368 = add %4321, %4367 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4369 = neg %4367 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4370 = reduce_sum %4369 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4371 = div %4370, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4372 = broadcast %4371 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4373 = add %4368, %4372 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4374 = reduce_sum %4373 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4375 = reshape %4374 : f32[16] @ models/lib/nn.yaml:84:18
%4376 = cast %4373 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4377 = matmul %4376, %2619 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4378 = reshape %4376 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4379 = reshape %3331 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4380 = matmul %4378, %4379 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4381 = reshape %4377 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4382 = permute %4381 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4383 = cast %4382 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4384 = cast %3321 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4385 = permute %4384 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4386 = slice %4383 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4387 = broadcast %4386 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4388 = slice %4385 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4389 = mul %4387, %4388 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4390 = slice %4383 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4391 = broadcast %4390 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4392 = slice %4385 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4393 = mul %4391, %4392 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4394 = add %4389, %4393 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4395 = slice %4383 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4396 = broadcast %4395 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4397 = slice %4385 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4398 = mul %4396, %4397 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4399 = add %4394, %4398 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4400 = slice %4383 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4401 = broadcast %4400 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4402 = slice %4385 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4403 = mul %4401, %4402 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4404 = add %4399, %4403 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4405 = slice %4383 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4406 = broadcast %4405 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4407 = slice %4385 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4408 = mul %4406, %4407 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4409 = add %4404, %4408 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4410 = slice %4383 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4411 = broadcast %4410 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4412 = slice %4385 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4413 = mul %4411, %4412 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4414 = add %4409, %4413 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4415 = slice %4383 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4416 = broadcast %4415 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4417 = slice %4385 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4418 = mul %4416, %4417 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4419 = add %4414, %4418 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4420 = slice %4383 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4421 = broadcast %4420 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4422 = slice %4385 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4423 = mul %4421, %4422 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4424 = add %4419, %4423 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4425 = cast %4424 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4426 = cast %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4427 = permute %4426 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4428 = cast %4382 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4429 = broadcast %4427 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4430 = broadcast %4428 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4431 = mul %4429, %4430 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4432 = cast %4431 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4433 = cast %4425 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4434 = div %4433, %3318 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4435 = mul %4434, %3319 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4436 = neg %4435 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4437 = reduce_sum %4436 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4438 = broadcast %4437 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4439 = add %4434, %4438 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4440 = mul %4439, %3316 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4441 = mul %4440, %1915 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4442 = cast %4441 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4443 = cast %4442 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4444 = cast %3266 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4445 = reshape %4443 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4446 = broadcast %4445 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4447 = reshape %4444 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4448 = broadcast %4447 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4449 = mul %4446, %4448 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4450 = reduce_sum %4449 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4451 = cast %4450 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4452 = cast %4442 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4453 = permute %4452 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4454 = cast %3265 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4455 = broadcast %4453 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4456 = broadcast %4454 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4457 = mul %4455, %4456 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4458 = cast %4457 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4459 = cast %4432 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4460 = permute %4459 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4461 = reshape %4460 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4462 = reduce_sum %4461 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4463 = reshape %4462 : f32[16] @ models/lib/nn.yaml:84:18
%4464 = permute %4432 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4465 = reshape %4464 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4466 = matmul %4465, %2544 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4467 = reshape %4464 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4468 = reshape %3252 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4469 = matmul %4467, %4468 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4470 = cast %4458 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4471 = permute %4470 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4472 = reshape %4471 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4473 = reduce_sum %4472 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4474 = reshape %4473 : f32[16] @ models/lib/nn.yaml:84:18
%4475 = permute %4458 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4476 = reshape %4475 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4477 = matmul %4476, %2537 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4478 = cast %4466 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4479 = cast %4477 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4480 = add %4478, %4479 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4481 = reshape %4475 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4482 = matmul %4481, %4468 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4483 = cast %4451 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4484 = permute %4483 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4485 = reshape %4484 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4486 = reduce_sum %4485 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4487 = reshape %4486 : f32[16] @ models/lib/nn.yaml:84:18
%4488 = permute %4451 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4489 = reshape %4488 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4490 = matmul %4489, %2529 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4491 = reshape %4488 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4492 = reshape %3246 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4493 = matmul %4491, %4492 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4494 = cast %4490 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4495 = pad %4494 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4496 = add %4480, %4495 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4497 = reduce_sum %4496 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4498 = reshape %4497 : f32[16] @ models/lib/nn.yaml:96:46
%4499 = mul %4496, %3241 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4500 = mul %4496, %3240 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4501 = reduce_sum %4500 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4502 = reshape %4501 : f32[16] @ models/lib/nn.yaml:96:37
%4503 = mul %4499, %3239 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4504 = mul %4499, %3233 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4505 = reduce_sum %4504 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4506 = mul %3238, %3238 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4507 = mul %3238, %4506 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4508 = mul %4507, %4107 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4509 = mul %4505, %4508 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4510 = div %4509, %1834 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4511 = broadcast %4510 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4512 = mul %4511, %3233 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4513 = add %4503, %4512 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4514 = add %4513, %4512 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4515 = neg %4514 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4516 = reduce_sum %4515 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4517 = div %4516, %1834 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4518 = broadcast %4517 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4519 = add %4514, %4518 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4520 = slice %4519 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4521 = add %4373, %4520 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4522 = slice %4519 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4523 = add %4323, %4522 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4524 = reduce_sum %4521 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4525 = mul %4523, %3226 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4526 = div %4525, %3182 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4527 = reduce_sum %4526 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4528 = reshape %4527 : f32[16] @ models/lib/nn.yaml:84:18
%4529 = cast %4526 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4530 = matmul %4529, %2497 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4531 = reshape %4529 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4532 = reshape %3216 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4533 = matmul %4531, %4532 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4534 = cast %4530 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4535 = mul %4534, %3214 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4536 = mul %4534, %3211 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4537 = mul %3212, %3212 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4538 = neg %4537 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4539 = exp %4538 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4540 = broadcast %3980 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4541 = mul %4539, %4540 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4542 = mul %4536, %4541 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4543 = mul %4542, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4544 = mul %4535, %1367 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4545 = add %4543, %4544 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4546 = reduce_sum %4545 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4547 = reshape %4546 : f32[64] @ models/lib/nn.yaml:84:18
%4548 = cast %4545 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4549 = matmul %4548, %2486 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4550 = reshape %4548 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4551 = reshape %3206 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4552 = matmul %4550, %4551 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4553 = cast %4549 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4554 = reduce_sum %4553 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4555 = reshape %4554 : f32[16] @ models/lib/nn.yaml:96:46
%4556 = mul %4553, %3202 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4557 = mul %4553, %3201 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4558 = reduce_sum %4557 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4559 = reshape %4558 : f32[16] @ models/lib/nn.yaml:96:37
%4560 = mul %4556, %3200 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4561 = mul %4556, %3194 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4562 = reduce_sum %4561 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4563 = mul %3199, %3199 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4564 = mul %3199, %4563 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4565 = broadcast %4106 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4566 = mul %4564, %4565 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4567 = mul %4562, %4566 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4568 = div %4567, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4569 = broadcast %4568 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4570 = mul %4569, %3194 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4571 = add %4560, %4570 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4572 = add %4571, %4570 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4573 = add %4523, %4572 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4574 = neg %4572 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4575 = reduce_sum %4574 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4576 = div %4575, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4577 = broadcast %4576 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4578 = add %4573, %4577 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4579 = mul %4578, %3188 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4580 = div %4579, %3182 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4581 = reduce_sum %4580 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4582 = reshape %4581 : f32[16] @ models/lib/nn.yaml:84:18
%4583 = cast %4580 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4584 = matmul %4583, %2453 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4585 = reshape %4583 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4586 = reshape %3176 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4587 = matmul %4585, %4586 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4588 = reshape %4584 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4589 = permute %4588 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4590 = cast %4589 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4591 = cast %3166 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4592 = permute %4591 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4593 = slice %4590 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4594 = broadcast %4593 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4595 = slice %4592 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4596 = broadcast %4595 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4597 = mul %4594, %4596 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4598 = slice %4590 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4599 = broadcast %4598 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4600 = slice %4592 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4601 = broadcast %4600 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4602 = mul %4599, %4601 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4603 = add %4597, %4602 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4604 = slice %4590 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4605 = broadcast %4604 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4606 = slice %4592 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4607 = broadcast %4606 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4608 = mul %4605, %4607 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4609 = add %4603, %4608 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4610 = slice %4590 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4611 = broadcast %4610 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4612 = slice %4592 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4613 = broadcast %4612 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4614 = mul %4611, %4613 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4615 = add %4609, %4614 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4616 = slice %4590 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4617 = broadcast %4616 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4618 = slice %4592 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4619 = broadcast %4618 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4620 = mul %4617, %4619 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4621 = add %4615, %4620 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4622 = slice %4590 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4623 = broadcast %4622 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4624 = slice %4592 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4625 = broadcast %4624 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4626 = mul %4623, %4625 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4627 = add %4621, %4626 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4628 = slice %4590 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4629 = broadcast %4628 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4630 = slice %4592 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4631 = broadcast %4630 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4632 = mul %4629, %4631 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4633 = add %4627, %4632 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4634 = slice %4590 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4635 = broadcast %4634 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4636 = slice %4592 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4637 = broadcast %4636 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4638 = mul %4635, %4637 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4639 = add %4633, %4638 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4640 = cast %4639 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4641 = cast %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4642 = permute %4641 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4643 = cast %4589 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4644 = reshape %4642 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4645 = broadcast %4644 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4646 = reshape %4643 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4647 = broadcast %4646 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4648 = mul %4645, %4647 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4649 = reduce_sum %4648 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4650 = cast %4649 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4651 = cast %4640 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4652 = div %4651, %3163 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4653 = mul %4652, %3164 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4654 = neg %4653 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4655 = reduce_sum %4654 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4656 = broadcast %4655 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4657 = add %4652, %4656 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4658 = mul %4657, %3161 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4659 = mul %4658, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4660 = cast %4659 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4661 = cast %4660 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4662 = cast %3103 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4663 = reshape %4661 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4664 = broadcast %4663 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4665 = reshape %4662 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4666 = broadcast %4665 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4667 = mul %4664, %4666 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4668 = reduce_sum %4667 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4669 = cast %4668 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4670 = cast %4660 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4671 = permute %4670 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4672 = cast %3102 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4673 = reshape %4671 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4674 = broadcast %4673 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4675 = reshape %4672 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4676 = broadcast %4675 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4677 = mul %4674, %4676 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4678 = reduce_sum %4677 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4679 = cast %4678 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4680 = cast %4650 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4681 = reshape %4680 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4682 = cast %4679 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4683 = reshape %4682 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4684 = cast %4669 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4685 = reshape %4684 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4686 = concat %4685, %4683, %4681 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4687 = permute %4686 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4688 = reshape %4687 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4689 = reduce_sum %4688 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4690 = reshape %4689 : f32[48] @ models/lib/nn.yaml:84:18
%4691 = cast %4688 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4692 = matmul %4691, %2364 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4693 = reshape %4691 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4694 = reshape %3089 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4695 = matmul %4693, %4694 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4696 = cast %4692 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4697 = reduce_sum %4696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4698 = reshape %4697 : f32[16] @ models/lib/nn.yaml:96:46
%4699 = mul %4696, %3085 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4700 = mul %4696, %3084 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4701 = reduce_sum %4700 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4702 = reshape %4701 : f32[16] @ models/lib/nn.yaml:96:37
%4703 = mul %4699, %3083 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4704 = mul %4699, %3077 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4705 = reduce_sum %4704 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4706 = mul %3082, %3082 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4707 = mul %3082, %4706 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4708 = mul %4707, %4565 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4709 = mul %4705, %4708 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4710 = div %4709, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4711 = broadcast %4710 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4712 = mul %4711, %3077 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4713 = add %4703, %4712 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4714 = add %4713, %4712 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4715 = add %4578, %4714 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4716 = neg %4714 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4717 = reduce_sum %4716 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4718 = div %4717, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4719 = broadcast %4718 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4720 = add %4715, %4719 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4721 = reduce_sum %4720 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4722 = reshape %4721 : f32[16] @ models/lib/nn.yaml:84:18
%4723 = cast %4720 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4724 = matmul %4723, %2342 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4725 = reshape %4723 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4726 = reshape %3068 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4727 = matmul %4725, %4726 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4728 = cast %4724 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4729 = mul %4728, %3066 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4730 = mul %4728, %3063 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4731 = mul %3064, %3064 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4732 = neg %4731 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4733 = exp %4732 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4734 = mul %4733, %4540 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4735 = mul %4730, %4734 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4736 = mul %4735, %1369 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4737 = mul %4729, %1367 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4738 = add %4736, %4737 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4739 = reduce_sum %4738 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4740 = reshape %4739 : f32[64] @ models/lib/nn.yaml:84:18
%4741 = cast %4738 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4742 = matmul %4741, %2331 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4743 = reshape %4741 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4744 = reshape %3058 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4745 = matmul %4743, %4744 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4746 = cast %4742 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4747 = reduce_sum %4746 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4748 = reshape %4747 : f32[16] @ models/lib/nn.yaml:96:46
%4749 = mul %4746, %3054 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4750 = mul %4746, %3053 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4751 = reduce_sum %4750 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4752 = reshape %4751 : f32[16] @ models/lib/nn.yaml:96:37
%4753 = mul %4749, %3052 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4754 = mul %4749, %3046 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4755 = reduce_sum %4754 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4756 = mul %3051, %3051 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4757 = mul %3051, %4756 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4758 = mul %4757, %4565 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4759 = mul %4755, %4758 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4760 = div %4759, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4761 = broadcast %4760 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4762 = mul %4761, %3046 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4763 = add %4753, %4762 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4764 = add %4763, %4762 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4765 = add %4720, %4764 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4766 = neg %4764 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4767 = reduce_sum %4766 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4768 = div %4767, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4769 = broadcast %4768 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4770 = add %4765, %4769 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4771 = reduce_sum %4770 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4772 = reshape %4771 : f32[16] @ models/lib/nn.yaml:84:18
%4773 = cast %4770 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4774 = matmul %4773, %2309 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4775 = reshape %4773 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4776 = reshape %3036 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4777 = matmul %4775, %4776 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4778 = reshape %4774 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4779 = permute %4778 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4780 = cast %4779 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4781 = cast %3026 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4782 = permute %4781 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4783 = slice %4780 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4784 = broadcast %4783 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4785 = slice %4782 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4786 = broadcast %4785 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4787 = mul %4784, %4786 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4788 = slice %4780 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4789 = broadcast %4788 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4790 = slice %4782 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4791 = broadcast %4790 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4792 = mul %4789, %4791 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4793 = add %4787, %4792 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4794 = slice %4780 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4795 = broadcast %4794 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4796 = slice %4782 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4797 = broadcast %4796 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4798 = mul %4795, %4797 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4799 = add %4793, %4798 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4800 = slice %4780 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4801 = broadcast %4800 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4802 = slice %4782 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4803 = broadcast %4802 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4804 = mul %4801, %4803 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4805 = add %4799, %4804 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4806 = slice %4780 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4807 = broadcast %4806 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4808 = slice %4782 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4809 = broadcast %4808 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4810 = mul %4807, %4809 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4811 = add %4805, %4810 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4812 = slice %4780 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4813 = broadcast %4812 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4814 = slice %4782 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4815 = broadcast %4814 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4816 = mul %4813, %4815 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4817 = add %4811, %4816 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4818 = slice %4780 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4819 = broadcast %4818 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4820 = slice %4782 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4821 = broadcast %4820 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4822 = mul %4819, %4821 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4823 = add %4817, %4822 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4824 = slice %4780 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4825 = broadcast %4824 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4826 = slice %4782 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4827 = broadcast %4826 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4828 = mul %4825, %4827 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4829 = add %4823, %4828 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4830 = cast %4829 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4831 = cast %3025 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4832 = permute %4831 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4833 = cast %4779 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4834 = reshape %4832 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4835 = broadcast %4834 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4836 = reshape %4833 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4837 = broadcast %4836 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4838 = mul %4835, %4837 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4839 = reduce_sum %4838 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4840 = cast %4839 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4841 = cast %4830 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4842 = div %4841, %3023 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4843 = mul %4842, %3024 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4844 = neg %4843 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4845 = reduce_sum %4844 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4846 = broadcast %4845 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4847 = add %4842, %4846 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4848 = mul %4847, %3021 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4849 = mul %4848, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4850 = cast %4849 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4851 = cast %4850 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4852 = cast %2963 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4853 = reshape %4851 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4854 = broadcast %4853 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4855 = reshape %4852 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4856 = broadcast %4855 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4857 = mul %4854, %4856 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4858 = reduce_sum %4857 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4859 = cast %4858 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4860 = cast %4850 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4861 = permute %4860 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4862 = cast %2962 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4863 = reshape %4861 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4864 = broadcast %4863 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4865 = reshape %4862 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4866 = broadcast %4865 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4867 = mul %4864, %4866 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4868 = reduce_sum %4867 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4869 = cast %4868 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4870 = cast %4840 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4871 = reshape %4870 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4872 = cast %4869 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4873 = reshape %4872 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4874 = cast %4859 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4875 = reshape %4874 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4876 = concat %4875, %4873, %4871 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4877 = permute %4876 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4878 = reshape %4877 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4879 = reduce_sum %4878 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4880 = reshape %4879 : f32[48] @ models/lib/nn.yaml:84:18
%4881 = cast %4878 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4882 = matmul %4881, %2220 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4883 = reshape %4881 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4884 = reshape %2949 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4885 = matmul %4883, %4884 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4886 = cast %4882 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4887 = reduce_sum %4886 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4888 = reshape %4887 : f32[16] @ models/lib/nn.yaml:96:46
%4889 = mul %4886, %2945 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4890 = mul %4886, %2944 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4891 = reduce_sum %4890 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4892 = reshape %4891 : f32[16] @ models/lib/nn.yaml:96:37
%4893 = mul %4889, %2943 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4894 = mul %4889, %2937 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4895 = reduce_sum %4894 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4896 = mul %2942, %2942 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4897 = mul %2942, %4896 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4898 = mul %4897, %4565 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4899 = mul %4895, %4898 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4900 = div %4899, %1236 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4901 = broadcast %4900 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4902 = mul %4901, %2937 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4903 = add %4893, %4902 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4904 = add %4903, %4902 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4905 = add %4770, %4904 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4906 = neg %4904 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4907 = reduce_sum %4906 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4908 = div %4907, %1236 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4909 = broadcast %4908 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4910 = add %4905, %4909 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4911 = reduce_sum %4910 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4912 = reshape %4911 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4913 = permute %4912 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4914 = reshape %4913 : f32[3,48] @ models/lib/vit.yaml:35:21
%4915 = cast %4914 : bf16[3,48] @ models/lib/vit.yaml:34:15
%4916 = matmul %1222, %4915 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%4917 = reshape %4916 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%4918 = permute %4917 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%4919 = reshape %4918 : bf16[3,64] @ models/lib/vit.yaml:33:21
%4920 = matmul %1222, %4919 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%4921 = cast %4920 : f32[4,64] @ models/lib/vit.yaml:32:17
%4922 = reshape %4921 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4923 = reduce_sum %4910 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4924 = reshape %4923 : f32[16] @ models/lib/vit.yaml:17:71
%4925 = reshape %4910 : f32[36,16] @ models/lib/vit.yaml:17:18
%4926 = cast %4925 : bf16[36,16] @ models/lib/vit.yaml:17:18
%4927 = reshape %1215 : bf16[36,48] @ models/lib/vit.yaml:17:18
%4928 = matmul %4926, %4927 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%4929 = cast %4928 : f32[16,48] @ models/lib/vit.yaml:17:20
%4930 = reshape %4929 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4931 = concat %3885, %3877 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4932 = concat %3907, %3927 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4933 = cast %4931 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%4934 = matmul %4933, %2909 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%4935 = reshape %4933 : bf16[64,16] @ models/lib/dino.yaml:23:18
%4936 = reshape %2908 : bf16[64,8] @ models/lib/dino.yaml:23:18
%4937 = matmul %4935, %4936 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4938 = cast %4937 : f32[16,8] @ models/lib/dino.yaml:22:33
%4939 = div %4938, %2906 : f32[16,8] @ models/lib/dino.yaml:22:33
%4940 = mul %4939, %2907 : f32[16,8] @ models/lib/dino.yaml:22:33
%4941 = neg %4940 : f32[16,8] @ models/lib/dino.yaml:22:33
%4942 = reduce_sum %4941 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4943 = mul %4942, %3940 : f32[16,1] @ models/lib/dino.yaml:22:35
%4944 = div %4943, %2905 : f32[16,1] @ models/lib/dino.yaml:22:35
%4945 = broadcast %4944 : f32[16,8] @ models/lib/dino.yaml:22:40
%4946 = mul %4945, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4947 = add %3947, %4946 : f32[16,8] @ models/lib/dino.yaml:22:53
%4948 = add %4947, %4946 : f32[16,8] @ models/lib/dino.yaml:22:53
%4949 = mul %4939, %2901 : f32[16,8] @ models/lib/dino.yaml:22:22
%4950 = add %4948, %4949 : f32[16,8] @ models/lib/dino.yaml:22:22
%4951 = cast %4934 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4952 = div %4951, %2899 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4953 = mul %4952, %2900 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4954 = neg %4953 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4955 = reduce_sum %4954 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4956 = broadcast %3953 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4957 = broadcast %315 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4958 = mul %4955, %4957 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4959 = eq %2897, %1192 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4960 = select %4959, %4958, %4956 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4961 = gt %2897, %1192 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4962 = select %4961, %4955, %4960 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4963 = mul %4962, %4957 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4964 = div %4963, %2897 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4965 = broadcast %4964 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4966 = mul %4965, %2894 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4967 = add %4952, %4966 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4968 = add %4967, %4966 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4969 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%4970 = reshape %4968 : f32[64,8] @ models/lib/nn.yaml:84:18
%4971 = matmul %4969, %4970 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%4972 = reshape %4971 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4973 = reshape %4972 : f32[8] @ models/lib/nn.yaml:84:18
%4974 = add %3968, %4973 : f32[8] @ models/lib/nn.yaml:84:18
%4975 = cast %4968 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%4976 = matmul %4975, %2890 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4977 = reshape %4975 : bf16[64,8] @ models/lib/nn.yaml:83:15
%4978 = reshape %2889 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4979 = matmul %4977, %4978 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4980 = cast %3973 : f32[8,24] @ models/lib/nn.yaml:83:15
%4981 = cast %4979 : f32[8,24] @ models/lib/nn.yaml:83:15
%4982 = add %4980, %4981 : f32[8,24] @ models/lib/nn.yaml:83:15
%4983 = cast %4976 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4984 = mul %4983, %2887 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4985 = mul %4983, %2884 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4986 = mul %2885, %2885 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4987 = neg %4986 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4988 = exp %4987 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4989 = broadcast %3980 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4990 = mul %4988, %4989 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4991 = mul %4985, %4990 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4992 = mul %4991, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4993 = mul %4984, %1164 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4994 = add %4992, %4993 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4995 = reshape %4994 : f32[64,24] @ models/lib/nn.yaml:84:18
%4996 = matmul %4969, %4995 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%4997 = reshape %4996 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4998 = reshape %4997 : f32[24] @ models/lib/nn.yaml:84:18
%4999 = add %3988, %4998 : f32[24] @ models/lib/nn.yaml:84:18
%5000 = cast %4994 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5001 = matmul %5000, %2879 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5002 = reshape %5000 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5003 = reshape %2878 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5004 = matmul %5002, %5003 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5005 = cast %3993 : f32[24,24] @ models/lib/nn.yaml:83:15
%5006 = cast %5004 : f32[24,24] @ models/lib/nn.yaml:83:15
%5007 = add %5005, %5006 : f32[24,24] @ models/lib/nn.yaml:83:15
%5008 = cast %5001 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5009 = mul %5008, %2876 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5010 = mul %5008, %2873 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5011 = mul %2874, %2874 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5012 = neg %5011 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5013 = exp %5012 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5014 = mul %5013, %4989 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5015 = mul %5010, %5014 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5016 = mul %5015, %1166 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5017 = mul %5009, %1164 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5018 = add %5016, %5017 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5019 = reshape %5018 : f32[64,24] @ models/lib/nn.yaml:84:18
%5020 = matmul %4969, %5019 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5021 = reshape %5020 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5022 = reshape %5021 : f32[24] @ models/lib/nn.yaml:84:18
%5023 = add %4006, %5022 : f32[24] @ models/lib/nn.yaml:84:18
%5024 = cast %5018 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5025 = matmul %5024, %2868 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5026 = reshape %5024 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5027 = reshape %2867 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5028 = matmul %5026, %5027 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5029 = cast %4011 : f32[24,16] @ models/lib/nn.yaml:83:15
%5030 = cast %5028 : f32[24,16] @ models/lib/nn.yaml:83:15
%5031 = add %5029, %5030 : f32[24,16] @ models/lib/nn.yaml:83:15
%5032 = cast %5025 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%5033 = cast %4932 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5034 = matmul %5033, %2864 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5035 = reshape %5033 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5036 = reshape %2863 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5037 = matmul %5035, %5036 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5038 = cast %5037 : f32[32,8] @ models/lib/dino.yaml:22:33
%5039 = div %5038, %2861 : f32[32,8] @ models/lib/dino.yaml:22:33
%5040 = mul %5039, %2862 : f32[32,8] @ models/lib/dino.yaml:22:33
%5041 = neg %5040 : f32[32,8] @ models/lib/dino.yaml:22:33
%5042 = reduce_sum %5041 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5043 = mul %5042, %4023 : f32[32,1] @ models/lib/dino.yaml:22:35
%5044 = div %5043, %2860 : f32[32,1] @ models/lib/dino.yaml:22:35
%5045 = broadcast %5044 : f32[32,8] @ models/lib/dino.yaml:22:40
%5046 = mul %5045, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5047 = add %4030, %5046 : f32[32,8] @ models/lib/dino.yaml:22:53
%5048 = add %5047, %5046 : f32[32,8] @ models/lib/dino.yaml:22:53
%5049 = mul %5039, %2856 : f32[32,8] @ models/lib/dino.yaml:22:22
%5050 = add %5048, %5049 : f32[32,8] @ models/lib/dino.yaml:22:22
%5051 = cast %5034 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5052 = div %5051, %2854 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5053 = mul %5052, %2855 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5054 = neg %5053 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5055 = reduce_sum %5054 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5056 = mul %5055, %4037 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5057 = eq %2852, %1143 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5058 = select %5057, %5056, %4036 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5059 = gt %2852, %1143 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5060 = select %5059, %5055, %5058 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5061 = mul %5060, %4037 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5062 = div %5061, %2852 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5063 = broadcast %5062 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5064 = mul %5063, %2849 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5065 = add %5052, %5064 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5066 = add %5065, %5064 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5067 = reduce_sum %5066 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5068 = reshape %5067 : f32[8] @ models/lib/nn.yaml:84:18
%5069 = add %4050, %5068 : f32[8] @ models/lib/nn.yaml:84:18
%5070 = cast %5066 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5071 = matmul %5070, %2845 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5072 = reshape %5070 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5073 = reshape %2844 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5074 = matmul %5072, %5073 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5075 = cast %4055 : f32[8,24] @ models/lib/nn.yaml:83:15
%5076 = cast %5074 : f32[8,24] @ models/lib/nn.yaml:83:15
%5077 = add %5075, %5076 : f32[8,24] @ models/lib/nn.yaml:83:15
%5078 = cast %5071 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5079 = mul %5078, %2842 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5080 = mul %5078, %2839 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5081 = mul %2840, %2840 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5082 = neg %5081 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5083 = exp %5082 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5084 = mul %5083, %4062 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5085 = mul %5080, %5084 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5086 = mul %5085, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5087 = mul %5079, %1114 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5088 = add %5086, %5087 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5089 = reduce_sum %5088 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5090 = reshape %5089 : f32[24] @ models/lib/nn.yaml:84:18
%5091 = add %4069, %5090 : f32[24] @ models/lib/nn.yaml:84:18
%5092 = cast %5088 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5093 = matmul %5092, %2834 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5094 = reshape %5092 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5095 = reshape %2833 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5096 = matmul %5094, %5095 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5097 = cast %4074 : f32[24,24] @ models/lib/nn.yaml:83:15
%5098 = cast %5096 : f32[24,24] @ models/lib/nn.yaml:83:15
%5099 = add %5097, %5098 : f32[24,24] @ models/lib/nn.yaml:83:15
%5100 = cast %5093 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5101 = mul %5100, %2831 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5102 = mul %5100, %2828 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5103 = mul %2829, %2829 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5104 = neg %5103 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5105 = exp %5104 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5106 = mul %5105, %4062 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5107 = mul %5102, %5106 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5108 = mul %5107, %1116 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5109 = mul %5101, %1114 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5110 = add %5108, %5109 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5111 = reduce_sum %5110 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5112 = reshape %5111 : f32[24] @ models/lib/nn.yaml:84:18
%5113 = add %4087, %5112 : f32[24] @ models/lib/nn.yaml:84:18
%5114 = cast %5110 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5115 = matmul %5114, %2823 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5116 = reshape %5114 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5117 = reshape %2822 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5118 = matmul %5116, %5117 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5119 = cast %4092 : f32[24,16] @ models/lib/nn.yaml:83:15
%5120 = cast %5118 : f32[24,16] @ models/lib/nn.yaml:83:15
%5121 = add %5119, %5120 : f32[24,16] @ models/lib/nn.yaml:83:15
%5122 = cast %5115 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%5123 = concat %5122, %5032 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5124 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5125 = reshape %5123 : f32[68,16] @ models/lib/nn.yaml:96:46
%5126 = matmul %5124, %5125 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5127 = reshape %5126 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5128 = reshape %5127 : f32[16] @ models/lib/nn.yaml:96:46
%5129 = add %4096, %5128 : f32[16] @ models/lib/nn.yaml:96:46
%5130 = mul %5123, %2817 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5131 = mul %5123, %2816 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5132 = reshape %5131 : f32[68,16] @ models/lib/nn.yaml:96:37
%5133 = matmul %5124, %5132 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5134 = reshape %5133 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5135 = reshape %5134 : f32[16] @ models/lib/nn.yaml:96:37
%5136 = add %4100, %5135 : f32[16] @ models/lib/nn.yaml:96:37
%5137 = mul %5130, %2815 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5138 = mul %5130, %2809 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5139 = reduce_sum %5138 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5140 = mul %2814, %2814 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5141 = mul %2814, %5140 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5142 = broadcast %4106 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5143 = mul %5141, %5142 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5144 = mul %5139, %5143 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5145 = div %5144, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5146 = broadcast %5145 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5147 = mul %5146, %2809 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5148 = add %5137, %5147 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5149 = add %5148, %5147 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5150 = neg %5149 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5151 = reduce_sum %5150 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5152 = div %5151, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5153 = broadcast %5152 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5154 = add %5149, %5153 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5155 = slice %5154 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5156 = slice %5154 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5157 = reduce_sum %5155 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5158 = reshape %5157 : f32[16] @ models/lib/nn.yaml:84:18
%5159 = add %4123, %5158 : f32[16] @ models/lib/nn.yaml:84:18
%5160 = cast %5155 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5161 = matmul %5160, %2799 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5162 = reshape %5160 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5163 = reshape %2798 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5164 = matmul %5162, %5163 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5165 = cast %4128 : f32[16,64] @ models/lib/nn.yaml:83:15
%5166 = cast %5164 : f32[16,64] @ models/lib/nn.yaml:83:15
%5167 = add %5165, %5166 : f32[16,64] @ models/lib/nn.yaml:83:15
%5168 = cast %5161 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5169 = mul %5168, %2796 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5170 = mul %5168, %2793 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5171 = mul %2794, %2794 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5172 = neg %5171 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5173 = exp %5172 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5174 = mul %5173, %4135 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5175 = mul %5170, %5174 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5176 = mul %5175, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5177 = mul %5169, %936 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5178 = add %5176, %5177 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5179 = reduce_sum %5178 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5180 = reshape %5179 : f32[64] @ models/lib/nn.yaml:84:18
%5181 = add %4142, %5180 : f32[64] @ models/lib/nn.yaml:84:18
%5182 = cast %5178 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5183 = matmul %5182, %2788 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5184 = reshape %5182 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5185 = reshape %2787 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5186 = matmul %5184, %5185 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5187 = cast %4147 : f32[64,16] @ models/lib/nn.yaml:83:15
%5188 = cast %5186 : f32[64,16] @ models/lib/nn.yaml:83:15
%5189 = add %5187, %5188 : f32[64,16] @ models/lib/nn.yaml:83:15
%5190 = cast %5183 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5191 = reduce_sum %5190 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5192 = reshape %5191 : f32[16] @ models/lib/nn.yaml:96:46
%5193 = add %4150, %5192 : f32[16] @ models/lib/nn.yaml:96:46
%5194 = mul %5190, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5195 = mul %5190, %2782 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5196 = reduce_sum %5195 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5197 = reshape %5196 : f32[16] @ models/lib/nn.yaml:96:37
%5198 = add %4154, %5197 : f32[16] @ models/lib/nn.yaml:96:37
%5199 = mul %5194, %2781 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5200 = mul %5194, %2775 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5201 = reduce_sum %5200 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5202 = mul %2780, %2780 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5203 = mul %2780, %5202 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5204 = mul %5203, %4160 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5205 = mul %5201, %5204 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5206 = div %5205, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5207 = broadcast %5206 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5208 = mul %5207, %2775 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5209 = add %5199, %5208 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5210 = add %5209, %5208 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5211 = add %5155, %5210 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5212 = neg %5210 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5213 = reduce_sum %5212 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5214 = div %5213, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5215 = broadcast %5214 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5216 = add %5211, %5215 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5217 = reduce_sum %5216 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5218 = reshape %5217 : f32[16] @ models/lib/nn.yaml:84:18
%5219 = add %4175, %5218 : f32[16] @ models/lib/nn.yaml:84:18
%5220 = cast %5216 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5221 = matmul %5220, %2766 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5222 = reshape %5220 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5223 = reshape %2764 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5224 = matmul %5222, %5223 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5225 = cast %4180 : f32[16,16] @ models/lib/nn.yaml:83:15
%5226 = cast %5224 : f32[16,16] @ models/lib/nn.yaml:83:15
%5227 = add %5225, %5226 : f32[16,16] @ models/lib/nn.yaml:83:15
%5228 = reshape %5221 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5229 = permute %5228 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5230 = cast %5229 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5231 = cast %2754 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5232 = permute %5231 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5233 = slice %5230 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5234 = broadcast %5233 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5235 = slice %5232 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5236 = mul %5234, %5235 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5237 = slice %5230 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5238 = broadcast %5237 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5239 = slice %5232 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5240 = mul %5238, %5239 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5241 = add %5236, %5240 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5242 = slice %5230 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5243 = broadcast %5242 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5244 = slice %5232 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5245 = mul %5243, %5244 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5246 = add %5241, %5245 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5247 = slice %5230 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5248 = broadcast %5247 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5249 = slice %5232 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5250 = mul %5248, %5249 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5251 = add %5246, %5250 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5252 = slice %5230 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5253 = broadcast %5252 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5254 = slice %5232 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5255 = mul %5253, %5254 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5256 = add %5251, %5255 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5257 = slice %5230 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5258 = broadcast %5257 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5259 = slice %5232 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5260 = mul %5258, %5259 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5261 = add %5256, %5260 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5262 = slice %5230 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5263 = broadcast %5262 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5264 = slice %5232 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5265 = mul %5263, %5264 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5266 = add %5261, %5265 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5267 = slice %5230 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5268 = broadcast %5267 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5269 = slice %5232 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5270 = mul %5268, %5269 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5271 = add %5266, %5270 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5272 = cast %5271 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5273 = cast %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5274 = permute %5273 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5275 = cast %5229 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5276 = broadcast %5274 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5277 = broadcast %5275 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5278 = mul %5276, %5277 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5279 = cast %5278 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5280 = cast %5272 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5281 = div %5280, %2751 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5282 = mul %5281, %2752 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5283 = neg %5282 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5284 = reduce_sum %5283 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5285 = broadcast %5284 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5286 = add %5281, %5285 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5287 = mul %5286, %2749 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5288 = mul %5287, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5289 = cast %5288 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5290 = cast %5289 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5291 = cast %2699 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5292 = reshape %5290 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5293 = broadcast %5292 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5294 = reshape %5291 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5295 = broadcast %5294 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5296 = mul %5293, %5295 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5297 = reduce_sum %5296 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5298 = cast %5297 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5299 = cast %5289 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5300 = permute %5299 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5301 = cast %2698 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5302 = broadcast %5300 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5303 = broadcast %5301 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5304 = mul %5302, %5303 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5305 = cast %5304 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5306 = cast %5279 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5307 = permute %5306 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5308 = reshape %5307 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5309 = reshape %5308 : f32[68,16] @ models/lib/nn.yaml:84:18
%5310 = matmul %5124, %5309 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5311 = reshape %5310 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5312 = reshape %5311 : f32[16] @ models/lib/nn.yaml:84:18
%5313 = add %4263, %5312 : f32[16] @ models/lib/nn.yaml:84:18
%5314 = permute %5279 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5315 = reshape %5314 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5316 = matmul %5315, %2691 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5317 = reshape %5314 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5318 = reshape %2683 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5319 = matmul %5317, %5318 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5320 = cast %4269 : f32[16,16] @ models/lib/nn.yaml:83:15
%5321 = cast %5319 : f32[16,16] @ models/lib/nn.yaml:83:15
%5322 = add %5320, %5321 : f32[16,16] @ models/lib/nn.yaml:83:15
%5323 = cast %5305 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5324 = permute %5323 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5325 = reshape %5324 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5326 = reshape %5325 : f32[68,16] @ models/lib/nn.yaml:84:18
%5327 = matmul %5124, %5326 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5328 = reshape %5327 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5329 = reshape %5328 : f32[16] @ models/lib/nn.yaml:84:18
%5330 = add %4274, %5329 : f32[16] @ models/lib/nn.yaml:84:18
%5331 = permute %5305 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5332 = reshape %5331 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5333 = matmul %5332, %2684 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5334 = cast %5316 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5335 = cast %5333 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5336 = add %5334, %5335 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5337 = reshape %5331 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5338 = matmul %5337, %5318 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5339 = cast %4282 : f32[16,16] @ models/lib/nn.yaml:83:15
%5340 = cast %5338 : f32[16,16] @ models/lib/nn.yaml:83:15
%5341 = add %5339, %5340 : f32[16,16] @ models/lib/nn.yaml:83:15
%5342 = cast %5298 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5343 = permute %5342 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5344 = reshape %5343 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5345 = reduce_sum %5344 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5346 = reshape %5345 : f32[16] @ models/lib/nn.yaml:84:18
%5347 = add %4287, %5346 : f32[16] @ models/lib/nn.yaml:84:18
%5348 = permute %5298 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5349 = reshape %5348 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5350 = matmul %5349, %2676 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5351 = reshape %5348 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5352 = reshape %2675 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5353 = matmul %5351, %5352 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5354 = cast %4293 : f32[16,16] @ models/lib/nn.yaml:83:15
%5355 = cast %5353 : f32[16,16] @ models/lib/nn.yaml:83:15
%5356 = add %5354, %5355 : f32[16,16] @ models/lib/nn.yaml:83:15
%5357 = cast %5350 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5358 = pad %5357 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5359 = add %5336, %5358 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5360 = reshape %5359 : f32[68,16] @ models/lib/nn.yaml:96:46
%5361 = matmul %5124, %5360 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5362 = reshape %5361 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5363 = reshape %5362 : f32[16] @ models/lib/nn.yaml:96:46
%5364 = add %4298, %5363 : f32[16] @ models/lib/nn.yaml:96:46
%5365 = mul %5359, %2670 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5366 = mul %5359, %2669 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5367 = reshape %5366 : f32[68,16] @ models/lib/nn.yaml:96:37
%5368 = matmul %5124, %5367 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5369 = reshape %5368 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5370 = reshape %5369 : f32[16] @ models/lib/nn.yaml:96:37
%5371 = add %4302, %5370 : f32[16] @ models/lib/nn.yaml:96:37
%5372 = mul %5365, %2668 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5373 = mul %5365, %2662 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5374 = reduce_sum %5373 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5375 = mul %2667, %2667 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5376 = mul %2667, %5375 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5377 = mul %5376, %5142 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5378 = mul %5374, %5377 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5379 = div %5378, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5380 = broadcast %5379 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5381 = mul %5380, %2662 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5382 = add %5372, %5381 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5383 = add %5382, %5381 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5384 = neg %5383 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5385 = reduce_sum %5384 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5386 = div %5385, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5387 = broadcast %5386 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5388 = add %5383, %5387 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5389 = slice %5388 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5390 = add %5216, %5389 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5391 = slice %5388 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5392 = add %5156, %5391 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5393 = reduce_sum %5390 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5394 = reshape %5393 : f32[16] @ models/lib/nn.yaml:84:18
%5395 = add %4325, %5394 : f32[16] @ models/lib/nn.yaml:84:18
%5396 = cast %5390 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5397 = matmul %5396, %2652 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5398 = reshape %5396 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5399 = reshape %2651 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5400 = matmul %5398, %5399 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5401 = cast %4330 : f32[16,64] @ models/lib/nn.yaml:83:15
%5402 = cast %5400 : f32[16,64] @ models/lib/nn.yaml:83:15
%5403 = add %5401, %5402 : f32[16,64] @ models/lib/nn.yaml:83:15
%5404 = cast %5397 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5405 = mul %5404, %2649 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5406 = mul %5404, %2646 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5407 = mul %2647, %2647 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5408 = neg %5407 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5409 = exp %5408 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5410 = mul %5409, %4135 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5411 = mul %5406, %5410 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5412 = mul %5411, %938 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5413 = mul %5405, %936 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5414 = add %5412, %5413 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5415 = reduce_sum %5414 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5416 = reshape %5415 : f32[64] @ models/lib/nn.yaml:84:18
%5417 = add %4343, %5416 : f32[64] @ models/lib/nn.yaml:84:18
%5418 = cast %5414 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5419 = matmul %5418, %2641 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5420 = reshape %5418 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5421 = reshape %2640 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5422 = matmul %5420, %5421 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5423 = cast %4348 : f32[64,16] @ models/lib/nn.yaml:83:15
%5424 = cast %5422 : f32[64,16] @ models/lib/nn.yaml:83:15
%5425 = add %5423, %5424 : f32[64,16] @ models/lib/nn.yaml:83:15
%5426 = cast %5419 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5427 = reduce_sum %5426 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5428 = reshape %5427 : f32[16] @ models/lib/nn.yaml:96:46
%5429 = add %4351, %5428 : f32[16] @ models/lib/nn.yaml:96:46
%5430 = mul %5426, %2636 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5431 = mul %5426, %2635 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5432 = reduce_sum %5431 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5433 = reshape %5432 : f32[16] @ models/lib/nn.yaml:96:37
%5434 = add %4355, %5433 : f32[16] @ models/lib/nn.yaml:96:37
%5435 = mul %5430, %2634 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5436 = mul %5430, %2628 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5437 = reduce_sum %5436 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5438 = mul %2633, %2633 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5439 = mul %2633, %5438 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5440 = mul %5439, %4160 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5441 = mul %5437, %5440 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5442 = div %5441, %915 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5443 = broadcast %5442 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5444 = mul %5443, %2628 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5445 = add %5435, %5444 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5446 = add %5445, %5444 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5447 = add %5390, %5446 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5448 = neg %5446 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5449 = reduce_sum %5448 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5450 = div %5449, %915 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5451 = broadcast %5450 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5452 = add %5447, %5451 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5453 = reduce_sum %5452 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5454 = reshape %5453 : f32[16] @ models/lib/nn.yaml:84:18
%5455 = add %4375, %5454 : f32[16] @ models/lib/nn.yaml:84:18
%5456 = cast %5452 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5457 = matmul %5456, %2619 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5458 = reshape %5456 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5459 = reshape %2617 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5460 = matmul %5458, %5459 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5461 = cast %4380 : f32[16,16] @ models/lib/nn.yaml:83:15
%5462 = cast %5460 : f32[16,16] @ models/lib/nn.yaml:83:15
%5463 = add %5461, %5462 : f32[16,16] @ models/lib/nn.yaml:83:15
%5464 = reshape %5457 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5465 = permute %5464 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5466 = cast %5465 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5467 = cast %2607 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5468 = permute %5467 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5469 = slice %5466 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5470 = broadcast %5469 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5471 = slice %5468 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5472 = mul %5470, %5471 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5473 = slice %5466 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5474 = broadcast %5473 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5475 = slice %5468 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5476 = mul %5474, %5475 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5477 = add %5472, %5476 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5478 = slice %5466 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5479 = broadcast %5478 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5480 = slice %5468 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5481 = mul %5479, %5480 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5482 = add %5477, %5481 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5483 = slice %5466 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5484 = broadcast %5483 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5485 = slice %5468 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5486 = mul %5484, %5485 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5487 = add %5482, %5486 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5488 = slice %5466 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5489 = broadcast %5488 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5490 = slice %5468 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5491 = mul %5489, %5490 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5492 = add %5487, %5491 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5493 = slice %5466 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5494 = broadcast %5493 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5495 = slice %5468 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5496 = mul %5494, %5495 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5497 = add %5492, %5496 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5498 = slice %5466 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5499 = broadcast %5498 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5500 = slice %5468 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5501 = mul %5499, %5500 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5502 = add %5497, %5501 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5503 = slice %5466 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5504 = broadcast %5503 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5505 = slice %5468 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5506 = mul %5504, %5505 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5507 = add %5502, %5506 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5508 = cast %5507 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5509 = cast %2606 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5510 = permute %5509 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5511 = cast %5465 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5512 = broadcast %5510 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5513 = broadcast %5511 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5514 = mul %5512, %5513 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5515 = cast %5514 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5516 = cast %5508 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5517 = div %5516, %2604 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5518 = mul %5517, %2605 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5519 = neg %5518 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5520 = reduce_sum %5519 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5521 = broadcast %5520 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5522 = add %5517, %5521 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5523 = mul %5522, %2602 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5524 = mul %5523, %885 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5525 = cast %5524 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5526 = cast %5525 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5527 = cast %2552 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5528 = reshape %5526 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5529 = broadcast %5528 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5530 = reshape %5527 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5531 = broadcast %5530 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5532 = mul %5529, %5531 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5533 = reduce_sum %5532 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5534 = cast %5533 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5535 = cast %5525 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5536 = permute %5535 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5537 = cast %2551 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5538 = broadcast %5536 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5539 = broadcast %5537 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5540 = mul %5538, %5539 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5541 = cast %5540 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5542 = cast %5515 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5543 = permute %5542 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5544 = reshape %5543 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5545 = reshape %5544 : f32[68,16] @ models/lib/nn.yaml:84:18
%5546 = matmul %5124, %5545 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5547 = reshape %5546 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5548 = reshape %5547 : f32[16] @ models/lib/nn.yaml:84:18
%5549 = add %4463, %5548 : f32[16] @ models/lib/nn.yaml:84:18
%5550 = permute %5515 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5551 = reshape %5550 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5552 = matmul %5551, %2544 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5553 = reshape %5550 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5554 = reshape %2536 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5555 = matmul %5553, %5554 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5556 = cast %4469 : f32[16,16] @ models/lib/nn.yaml:83:15
%5557 = cast %5555 : f32[16,16] @ models/lib/nn.yaml:83:15
%5558 = add %5556, %5557 : f32[16,16] @ models/lib/nn.yaml:83:15
%5559 = cast %5541 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5560 = permute %5559 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5561 = reshape %5560 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5562 = reshape %5561 : f32[68,16] @ models/lib/nn.yaml:84:18
%5563 = matmul %5124, %5562 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5564 = reshape %5563 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5565 = reshape %5564 : f32[16] @ models/lib/nn.yaml:84:18
%5566 = add %4474, %5565 : f32[16] @ models/lib/nn.yaml:84:18
%5567 = permute %5541 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5568 = reshape %5567 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5569 = matmul %5568, %2537 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5570 = cast %5552 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5571 = cast %5569 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5572 = add %5570, %5571 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5573 = reshape %5567 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5574 = matmul %5573, %5554 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5575 = cast %4482 : f32[16,16] @ models/lib/nn.yaml:83:15
%5576 = cast %5574 : f32[16,16] @ models/lib/nn.yaml:83:15
%5577 = add %5575, %5576 : f32[16,16] @ models/lib/nn.yaml:83:15
%5578 = cast %5534 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5579 = permute %5578 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5580 = reshape %5579 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5581 = reduce_sum %5580 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5582 = reshape %5581 : f32[16] @ models/lib/nn.yaml:84:18
%5583 = add %4487, %5582 : f32[16] @ models/lib/nn.yaml:84:18
%5584 = permute %5534 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5585 = reshape %5584 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5586 = matmul %5585, %2529 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5587 = reshape %5584 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5588 = reshape %2528 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5589 = matmul %5587, %5588 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5590 = cast %4493 : f32[16,16] @ models/lib/nn.yaml:83:15
%5591 = cast %5589 : f32[16,16] @ models/lib/nn.yaml:83:15
%5592 = add %5590, %5591 : f32[16,16] @ models/lib/nn.yaml:83:15
%5593 = cast %5586 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5594 = pad %5593 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5595 = add %5572, %5594 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5596 = reshape %5595 : f32[68,16] @ models/lib/nn.yaml:96:46
%5597 = matmul %5124, %5596 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5598 = reshape %5597 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5599 = reshape %5598 : f32[16] @ models/lib/nn.yaml:96:46
%5600 = add %4498, %5599 : f32[16] @ models/lib/nn.yaml:96:46
%5601 = mul %5595, %2523 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5602 = mul %5595, %2522 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5603 = reshape %5602 : f32[68,16] @ models/lib/nn.yaml:96:37
%5604 = matmul %5124, %5603 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5605 = reshape %5604 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5606 = reshape %5605 : f32[16] @ models/lib/nn.yaml:96:37
%5607 = add %4502, %5606 : f32[16] @ models/lib/nn.yaml:96:37
%5608 = mul %5601, %2521 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5609 = mul %5601, %2515 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5610 = reduce_sum %5609 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5611 = mul %2520, %2520 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5612 = mul %2520, %5611 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5613 = mul %5612, %5142 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5614 = mul %5610, %5613 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5615 = div %5614, %803 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5616 = broadcast %5615 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5617 = mul %5616, %2515 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5618 = add %5608, %5617 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5619 = add %5618, %5617 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5620 = neg %5619 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5621 = reduce_sum %5620 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5622 = div %5621, %803 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5623 = broadcast %5622 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5624 = add %5619, %5623 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5625 = slice %5624 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5626 = add %5452, %5625 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5627 = slice %5624 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5628 = add %5392, %5627 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5629 = reduce_sum %5626 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5630 = add %4524, %5629 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5631 = mul %5628, %2507 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5632 = div %5631, %2459 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5633 = reshape %5632 : f32[64,16] @ models/lib/nn.yaml:84:18
%5634 = matmul %4969, %5633 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5635 = reshape %5634 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5636 = reshape %5635 : f32[16] @ models/lib/nn.yaml:84:18
%5637 = add %4528, %5636 : f32[16] @ models/lib/nn.yaml:84:18
%5638 = cast %5632 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5639 = matmul %5638, %2497 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5640 = reshape %5638 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5641 = reshape %2496 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5642 = matmul %5640, %5641 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5643 = cast %4533 : f32[16,64] @ models/lib/nn.yaml:83:15
%5644 = cast %5642 : f32[16,64] @ models/lib/nn.yaml:83:15
%5645 = add %5643, %5644 : f32[16,64] @ models/lib/nn.yaml:83:15
%5646 = cast %5639 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5647 = mul %5646, %2494 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5648 = mul %5646, %2491 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5649 = mul %2492, %2492 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5650 = neg %5649 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5651 = exp %5650 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5652 = broadcast %3980 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5653 = mul %5651, %5652 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5654 = mul %5648, %5653 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5655 = mul %5654, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5656 = mul %5647, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5657 = add %5655, %5656 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5658 = reshape %5657 : f32[64,64] @ models/lib/nn.yaml:84:18
%5659 = matmul %4969, %5658 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5660 = reshape %5659 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5661 = reshape %5660 : f32[64] @ models/lib/nn.yaml:84:18
%5662 = add %4547, %5661 : f32[64] @ models/lib/nn.yaml:84:18
%5663 = cast %5657 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5664 = matmul %5663, %2486 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5665 = reshape %5663 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5666 = reshape %2485 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5667 = matmul %5665, %5666 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5668 = cast %4552 : f32[64,16] @ models/lib/nn.yaml:83:15
%5669 = cast %5667 : f32[64,16] @ models/lib/nn.yaml:83:15
%5670 = add %5668, %5669 : f32[64,16] @ models/lib/nn.yaml:83:15
%5671 = cast %5664 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5672 = reshape %5671 : f32[64,16] @ models/lib/nn.yaml:96:46
%5673 = matmul %4969, %5672 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5674 = reshape %5673 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5675 = reshape %5674 : f32[16] @ models/lib/nn.yaml:96:46
%5676 = add %4555, %5675 : f32[16] @ models/lib/nn.yaml:96:46
%5677 = mul %5671, %2481 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5678 = mul %5671, %2480 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5679 = reshape %5678 : f32[64,16] @ models/lib/nn.yaml:96:37
%5680 = matmul %4969, %5679 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5681 = reshape %5680 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5682 = reshape %5681 : f32[16] @ models/lib/nn.yaml:96:37
%5683 = add %4559, %5682 : f32[16] @ models/lib/nn.yaml:96:37
%5684 = mul %5677, %2479 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5685 = mul %5677, %2473 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5686 = reduce_sum %5685 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5687 = mul %2478, %2478 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5688 = mul %2478, %5687 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5689 = broadcast %4106 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5690 = mul %5688, %5689 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5691 = mul %5686, %5690 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5692 = div %5691, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5693 = broadcast %5692 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5694 = mul %5693, %2473 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5695 = add %5684, %5694 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5696 = add %5695, %5694 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5697 = add %5628, %5696 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5698 = neg %5696 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5699 = reduce_sum %5698 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5700 = div %5699, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5701 = broadcast %5700 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5702 = add %5697, %5701 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5703 = mul %5702, %2467 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5704 = div %5703, %2459 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5705 = reshape %5704 : f32[64,16] @ models/lib/nn.yaml:84:18
%5706 = matmul %4969, %5705 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5707 = reshape %5706 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5708 = reshape %5707 : f32[16] @ models/lib/nn.yaml:84:18
%5709 = add %4582, %5708 : f32[16] @ models/lib/nn.yaml:84:18
%5710 = cast %5704 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5711 = matmul %5710, %2453 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5712 = reshape %5710 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5713 = reshape %2451 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5714 = matmul %5712, %5713 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5715 = cast %4587 : f32[16,16] @ models/lib/nn.yaml:83:15
%5716 = cast %5714 : f32[16,16] @ models/lib/nn.yaml:83:15
%5717 = add %5715, %5716 : f32[16,16] @ models/lib/nn.yaml:83:15
%5718 = reshape %5711 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5719 = permute %5718 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5720 = cast %5719 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5721 = cast %2441 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5722 = permute %5721 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5723 = slice %5720 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5724 = broadcast %5723 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5725 = slice %5722 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5726 = broadcast %5725 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5727 = mul %5724, %5726 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5728 = slice %5720 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5729 = broadcast %5728 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5730 = slice %5722 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5731 = broadcast %5730 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5732 = mul %5729, %5731 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5733 = add %5727, %5732 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5734 = slice %5720 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5735 = broadcast %5734 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5736 = slice %5722 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5737 = broadcast %5736 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5738 = mul %5735, %5737 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5739 = add %5733, %5738 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5740 = slice %5720 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5741 = broadcast %5740 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5742 = slice %5722 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5743 = broadcast %5742 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5744 = mul %5741, %5743 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5745 = add %5739, %5744 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5746 = slice %5720 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5747 = broadcast %5746 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5748 = slice %5722 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5749 = broadcast %5748 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5750 = mul %5747, %5749 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5751 = add %5745, %5750 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5752 = slice %5720 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5753 = broadcast %5752 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5754 = slice %5722 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5755 = broadcast %5754 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5756 = mul %5753, %5755 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5757 = add %5751, %5756 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5758 = slice %5720 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5759 = broadcast %5758 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5760 = slice %5722 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5761 = broadcast %5760 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5762 = mul %5759, %5761 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5763 = add %5757, %5762 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5764 = slice %5720 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5765 = broadcast %5764 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5766 = slice %5722 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5767 = broadcast %5766 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5768 = mul %5765, %5767 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5769 = add %5763, %5768 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5770 = cast %5769 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5771 = cast %2440 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5772 = permute %5771 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5773 = cast %5719 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5774 = reshape %5772 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5775 = broadcast %5774 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5776 = reshape %5773 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5777 = broadcast %5776 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5778 = mul %5775, %5777 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5779 = reduce_sum %5778 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5780 = cast %5779 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5781 = cast %5770 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5782 = div %5781, %2438 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5783 = mul %5782, %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5784 = neg %5783 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5785 = reduce_sum %5784 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5786 = broadcast %5785 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5787 = add %5782, %5786 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5788 = mul %5787, %2436 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5789 = mul %5788, %264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5790 = cast %5789 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5791 = cast %5790 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5792 = cast %2378 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5793 = reshape %5791 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5794 = broadcast %5793 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5795 = reshape %5792 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5796 = broadcast %5795 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5797 = mul %5794, %5796 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5798 = reduce_sum %5797 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5799 = cast %5798 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5800 = cast %5790 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5801 = permute %5800 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5802 = cast %2377 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5803 = reshape %5801 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5804 = broadcast %5803 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5805 = reshape %5802 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5806 = broadcast %5805 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5807 = mul %5804, %5806 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5808 = reduce_sum %5807 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5809 = cast %5808 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5810 = cast %5780 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5811 = reshape %5810 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5812 = cast %5809 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5813 = reshape %5812 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5814 = cast %5799 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5815 = reshape %5814 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5816 = concat %5815, %5813, %5811 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5817 = permute %5816 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5818 = reshape %5817 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5819 = reshape %5818 : f32[64,48] @ models/lib/nn.yaml:84:18
%5820 = matmul %4969, %5819 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5821 = reshape %5820 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5822 = reshape %5821 : f32[48] @ models/lib/nn.yaml:84:18
%5823 = add %4690, %5822 : f32[48] @ models/lib/nn.yaml:84:18
%5824 = cast %5818 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5825 = matmul %5824, %2364 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5826 = reshape %5824 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5827 = reshape %2363 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5828 = matmul %5826, %5827 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5829 = cast %4695 : f32[48,16] @ models/lib/nn.yaml:83:15
%5830 = cast %5828 : f32[48,16] @ models/lib/nn.yaml:83:15
%5831 = add %5829, %5830 : f32[48,16] @ models/lib/nn.yaml:83:15
%5832 = cast %5825 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5833 = reshape %5832 : f32[64,16] @ models/lib/nn.yaml:96:46
%5834 = matmul %4969, %5833 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5835 = reshape %5834 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5836 = reshape %5835 : f32[16] @ models/lib/nn.yaml:96:46
%5837 = add %4698, %5836 : f32[16] @ models/lib/nn.yaml:96:46
%5838 = mul %5832, %2359 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5839 = mul %5832, %2358 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5840 = reshape %5839 : f32[64,16] @ models/lib/nn.yaml:96:37
%5841 = matmul %4969, %5840 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5842 = reshape %5841 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5843 = reshape %5842 : f32[16] @ models/lib/nn.yaml:96:37
%5844 = add %4702, %5843 : f32[16] @ models/lib/nn.yaml:96:37
%5845 = mul %5838, %2357 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5846 = mul %5838, %2351 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5847 = reduce_sum %5846 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5848 = mul %2356, %2356 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5849 = mul %2356, %5848 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5850 = mul %5849, %5689 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5851 = mul %5847, %5850 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5852 = div %5851, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5853 = broadcast %5852 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5854 = mul %5853, %2351 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5855 = add %5845, %5854 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5856 = add %5855, %5854 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5857 = add %5702, %5856 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5858 = neg %5856 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5859 = reduce_sum %5858 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5860 = div %5859, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5861 = broadcast %5860 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5862 = add %5857, %5861 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5863 = reshape %5862 : f32[64,16] @ models/lib/nn.yaml:84:18
%5864 = matmul %4969, %5863 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5865 = reshape %5864 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5866 = reshape %5865 : f32[16] @ models/lib/nn.yaml:84:18
%5867 = add %4722, %5866 : f32[16] @ models/lib/nn.yaml:84:18
%5868 = cast %5862 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5869 = matmul %5868, %2342 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5870 = reshape %5868 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5871 = reshape %2341 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5872 = matmul %5870, %5871 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5873 = cast %4727 : f32[16,64] @ models/lib/nn.yaml:83:15
%5874 = cast %5872 : f32[16,64] @ models/lib/nn.yaml:83:15
%5875 = add %5873, %5874 : f32[16,64] @ models/lib/nn.yaml:83:15
%5876 = cast %5869 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5877 = mul %5876, %2339 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5878 = mul %5876, %2336 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5879 = mul %2337, %2337 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5880 = neg %5879 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5881 = exp %5880 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5882 = mul %5881, %5652 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5883 = mul %5878, %5882 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5884 = mul %5883, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5885 = mul %5877, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5886 = add %5884, %5885 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5887 = reshape %5886 : f32[64,64] @ models/lib/nn.yaml:84:18
%5888 = matmul %4969, %5887 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5889 = reshape %5888 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5890 = reshape %5889 : f32[64] @ models/lib/nn.yaml:84:18
%5891 = add %4740, %5890 : f32[64] @ models/lib/nn.yaml:84:18
%5892 = cast %5886 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5893 = matmul %5892, %2331 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5894 = reshape %5892 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5895 = reshape %2330 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5896 = matmul %5894, %5895 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5897 = cast %4745 : f32[64,16] @ models/lib/nn.yaml:83:15
%5898 = cast %5896 : f32[64,16] @ models/lib/nn.yaml:83:15
%5899 = add %5897, %5898 : f32[64,16] @ models/lib/nn.yaml:83:15
%5900 = cast %5893 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5901 = reshape %5900 : f32[64,16] @ models/lib/nn.yaml:96:46
%5902 = matmul %4969, %5901 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5903 = reshape %5902 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5904 = reshape %5903 : f32[16] @ models/lib/nn.yaml:96:46
%5905 = add %4748, %5904 : f32[16] @ models/lib/nn.yaml:96:46
%5906 = mul %5900, %2326 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5907 = mul %5900, %2325 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5908 = reshape %5907 : f32[64,16] @ models/lib/nn.yaml:96:37
%5909 = matmul %4969, %5908 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5910 = reshape %5909 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5911 = reshape %5910 : f32[16] @ models/lib/nn.yaml:96:37
%5912 = add %4752, %5911 : f32[16] @ models/lib/nn.yaml:96:37
%5913 = mul %5906, %2324 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5914 = mul %5906, %2318 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5915 = reduce_sum %5914 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5916 = mul %2323, %2323 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5917 = mul %2323, %5916 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5918 = mul %5917, %5689 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5919 = mul %5915, %5918 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5920 = div %5919, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5921 = broadcast %5920 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5922 = mul %5921, %2318 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5923 = add %5913, %5922 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5924 = add %5923, %5922 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5925 = add %5862, %5924 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5926 = neg %5924 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5927 = reduce_sum %5926 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5928 = div %5927, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5929 = broadcast %5928 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5930 = add %5925, %5929 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5931 = reshape %5930 : f32[64,16] @ models/lib/nn.yaml:84:18
%5932 = matmul %4969, %5931 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5933 = reshape %5932 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5934 = reshape %5933 : f32[16] @ models/lib/nn.yaml:84:18
%5935 = add %4772, %5934 : f32[16] @ models/lib/nn.yaml:84:18
%5936 = cast %5930 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5937 = matmul %5936, %2309 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5938 = reshape %5936 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5939 = reshape %2307 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5940 = matmul %5938, %5939 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5941 = cast %4777 : f32[16,16] @ models/lib/nn.yaml:83:15
%5942 = cast %5940 : f32[16,16] @ models/lib/nn.yaml:83:15
%5943 = add %5941, %5942 : f32[16,16] @ models/lib/nn.yaml:83:15
%5944 = reshape %5937 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5945 = permute %5944 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5946 = cast %5945 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5947 = cast %2297 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5948 = permute %5947 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5949 = slice %5946 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5950 = broadcast %5949 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5951 = slice %5948 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5952 = broadcast %5951 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5953 = mul %5950, %5952 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5954 = slice %5946 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5955 = broadcast %5954 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5956 = slice %5948 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5957 = broadcast %5956 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5958 = mul %5955, %5957 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5959 = add %5953, %5958 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5960 = slice %5946 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5961 = broadcast %5960 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5962 = slice %5948 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5963 = broadcast %5962 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5964 = mul %5961, %5963 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5965 = add %5959, %5964 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5966 = slice %5946 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5967 = broadcast %5966 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5968 = slice %5948 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5969 = broadcast %5968 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5970 = mul %5967, %5969 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5971 = add %5965, %5970 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5972 = slice %5946 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5973 = broadcast %5972 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5974 = slice %5948 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5975 = broadcast %5974 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5976 = mul %5973, %5975 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5977 = add %5971, %5976 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5978 = slice %5946 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5979 = broadcast %5978 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5980 = slice %5948 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5981 = broadcast %5980 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5982 = mul %5979, %5981 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5983 = add %5977, %5982 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5984 = slice %5946 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5985 = broadcast %5984 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5986 = slice %5948 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5987 = broadcast %5986 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5988 = mul %5985, %5987 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5989 = add %5983, %5988 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5990 = slice %5946 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5991 = broadcast %5990 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5992 = slice %5948 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5993 = broadcast %5992 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5994 = mul %5991, %5993 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5995 = add %5989, %5994 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5996 = cast %5995 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5997 = cast %2296 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5998 = permute %5997 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5999 = cast %5945 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6000 = reshape %5998 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6001 = broadcast %6000 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6002 = reshape %5999 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6003 = broadcast %6002 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6004 = mul %6001, %6003 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6005 = reduce_sum %6004 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6006 = cast %6005 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6007 = cast %5996 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6008 = div %6007, %2294 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6009 = mul %6008, %2295 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6010 = neg %6009 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6011 = reduce_sum %6010 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6012 = broadcast %6011 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6013 = add %6008, %6012 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6014 = mul %6013, %2292 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6015 = mul %6014, %264 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6016 = cast %6015 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6017 = cast %6016 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6018 = cast %2234 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6019 = reshape %6017 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6020 = broadcast %6019 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6021 = reshape %6018 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6022 = broadcast %6021 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6023 = mul %6020, %6022 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6024 = reduce_sum %6023 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6025 = cast %6024 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6026 = cast %6016 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6027 = permute %6026 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6028 = cast %2233 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6029 = reshape %6027 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6030 = broadcast %6029 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6031 = reshape %6028 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6032 = broadcast %6031 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6033 = mul %6030, %6032 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6034 = reduce_sum %6033 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6035 = cast %6034 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6036 = cast %6006 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%6037 = reshape %6036 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6038 = cast %6035 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%6039 = reshape %6038 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6040 = cast %6025 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%6041 = reshape %6040 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6042 = concat %6041, %6039, %6037 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6043 = permute %6042 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6044 = reshape %6043 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6045 = reshape %6044 : f32[64,48] @ models/lib/nn.yaml:84:18
%6046 = matmul %4969, %6045 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6047 = reshape %6046 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6048 = reshape %6047 : f32[48] @ models/lib/nn.yaml:84:18
%6049 = add %4880, %6048 : f32[48] @ models/lib/nn.yaml:84:18
%6050 = cast %6044 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%6051 = matmul %6050, %2220 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6052 = reshape %6050 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6053 = reshape %2219 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6054 = matmul %6052, %6053 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6055 = cast %4885 : f32[48,16] @ models/lib/nn.yaml:83:15
%6056 = cast %6054 : f32[48,16] @ models/lib/nn.yaml:83:15
%6057 = add %6055, %6056 : f32[48,16] @ models/lib/nn.yaml:83:15
%6058 = cast %6051 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6059 = reshape %6058 : f32[64,16] @ models/lib/nn.yaml:96:46
%6060 = matmul %4969, %6059 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6061 = reshape %6060 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6062 = reshape %6061 : f32[16] @ models/lib/nn.yaml:96:46
%6063 = add %4888, %6062 : f32[16] @ models/lib/nn.yaml:96:46
%6064 = mul %6058, %2215 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6065 = mul %6058, %2214 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6066 = reshape %6065 : f32[64,16] @ models/lib/nn.yaml:96:37
%6067 = matmul %4969, %6066 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6068 = reshape %6067 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6069 = reshape %6068 : f32[16] @ models/lib/nn.yaml:96:37
%6070 = add %4892, %6069 : f32[16] @ models/lib/nn.yaml:96:37
%6071 = mul %6064, %2213 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6072 = mul %6064, %2207 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6073 = reduce_sum %6072 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6074 = mul %2212, %2212 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6075 = mul %2212, %6074 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6076 = mul %6075, %5689 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6077 = mul %6073, %6076 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6078 = div %6077, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6079 = broadcast %6078 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6080 = mul %6079, %2207 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6081 = add %6071, %6080 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6082 = add %6081, %6080 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6083 = add %5930, %6082 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6084 = neg %6082 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6085 = reduce_sum %6084 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6086 = div %6085, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6087 = broadcast %6086 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6088 = add %6083, %6087 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6089 = reduce_sum %6088 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6090 = add %4922, %6089 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6091 = reshape %6088 : f32[64,16] @ models/lib/vit.yaml:17:71
%6092 = matmul %4969, %6091 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6093 = reshape %6092 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6094 = reshape %6093 : f32[16] @ models/lib/vit.yaml:17:71
%6095 = add %4924, %6094 : f32[16] @ models/lib/vit.yaml:17:71
%6096 = reshape %6088 : f32[64,16] @ models/lib/vit.yaml:17:18
%6097 = cast %6096 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6098 = reshape %169 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6099 = matmul %6097, %6098 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6100 = cast %6099 : f32[16,48] @ models/lib/vit.yaml:17:20
%6101 = reshape %6100 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6102 = add %4930, %6101 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6103 = all_reduce_sum %6090 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6104 = reshape %6103 : f32[256] @ models/lib/vit.yaml:48:7
%6105 = mul %6104, %6104 : f32[256] @ models/lib/vit.yaml:48:7
%6106 = reduce_sum %6105 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6107 = sqrt %6106 : f32[] @ models/lib/vit.yaml:48:7
%6108 = cast %6107 : f64[] @ models/lib/vit.yaml:48:7
%6109 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6110 = add %6108, %6109 : f64[] @ models/lib/vit.yaml:48:7
%6111 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6112 = div %6111, %6110 : f64[] @ models/lib/vit.yaml:48:7
%6113 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6114 = lt %6112, %6113 : bool[] @ models/lib/vit.yaml:48:7
%6115 = cast %6112 : f32[] @ models/lib/vit.yaml:48:7
%6116 = broadcast %6115 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6117 = mul %6103, %6116 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6118 = broadcast %6114 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6119 = select %6118, %6117, %6103 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6120 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6121 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6122 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6123 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6124 = add %6122, %6123 : i64[] @ models/lib/vit.yaml:48:7
%6125 = mul %3843, %3844 : f64[] @ models/lib/vit.yaml:48:7
%6126 = sub %6113, %6125 : f64[] @ models/lib/vit.yaml:48:7
%6127 = cast %6126 : f32[] @ models/lib/vit.yaml:48:7
%6128 = broadcast %6127 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6129 = mul %7, %6128 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6130 = broadcast %3599 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6131 = mul %6119, %6130 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6132 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6133 = broadcast %2458 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6134 = mul %6120, %6133 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6135 = add %6134, %6131 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6136 = mul %6119, %6119 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6137 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6138 = broadcast %6137 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6139 = mul %6136, %6138 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6140 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6141 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6142 = broadcast %6141 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6143 = mul %6121, %6142 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6144 = add %6143, %6139 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6145 = cast %6124 : f64[] @ models/lib/vit.yaml:48:7
%6146 = pow %6132, %6145 : f64[] @ models/lib/vit.yaml:48:7
%6147 = sub %6113, %6146 : f64[] @ models/lib/vit.yaml:48:7
%6148 = div %3843, %6147 : f64[] @ models/lib/vit.yaml:48:7
%6149 = pow %6140, %6145 : f64[] @ models/lib/vit.yaml:48:7
%6150 = sub %6113, %6149 : f64[] @ models/lib/vit.yaml:48:7
%6151 = sqrt %6150 : f64[] @ models/lib/vit.yaml:48:7
%6152 = div %6113, %6151 : f64[] @ models/lib/vit.yaml:48:7
%6153 = sqrt %6144 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6154 = cast %6152 : f32[] @ models/lib/vit.yaml:48:7
%6155 = broadcast %6154 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6156 = mul %6153, %6155 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6157 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6158 = broadcast %6157 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6159 = add %6156, %6158 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6160 = div %6135, %6159 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6161 = cast %6148 : f32[] @ models/lib/vit.yaml:48:7
%6162 = broadcast %6161 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6163 = mul %6160, %6162 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6164 = sub %6129, %6163 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6165 = assign %7, %6164 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6166 = assign %6120, %6135 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6167 = assign %6121, %6144 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6168 = assign %6122, %6124 : i64[] @ models/lib/vit.yaml:48:7
%6169 = cast %3845 : f32[] @ models/lib/vit.yaml:48:7
%6170 = broadcast %6169 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6171 = mul %85, %6170 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6172 = sub %6113, %3845 : f64[] @ models/lib/vit.yaml:48:7
%6173 = cast %6172 : f32[] @ models/lib/vit.yaml:48:7
%6174 = broadcast %6173 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6175 = mul %6164, %6174 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6176 = add %6171, %6175 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6177 = assign %85, %6176 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6178 = all_reduce_sum %6102 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6179 = reshape %6178 : f32[768] @ models/lib/vit.yaml:9:7
%6180 = mul %6179, %6179 : f32[768] @ models/lib/vit.yaml:9:7
%6181 = reduce_sum %6180 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6182 = sqrt %6181 : f32[] @ models/lib/vit.yaml:9:7
%6183 = cast %6182 : f64[] @ models/lib/vit.yaml:9:7
%6184 = add %6183, %6109 : f64[] @ models/lib/vit.yaml:9:7
%6185 = div %6111, %6184 : f64[] @ models/lib/vit.yaml:9:7
%6186 = lt %6185, %6113 : bool[] @ models/lib/vit.yaml:9:7
%6187 = cast %6185 : f32[] @ models/lib/vit.yaml:9:7
%6188 = broadcast %6187 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6189 = mul %6178, %6188 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6190 = broadcast %6186 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6191 = select %6190, %6189, %6178 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6192 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6193 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6194 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6195 = add %6194, %6123 : i64[] @ models/lib/vit.yaml:9:7
%6196 = broadcast %6127 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6197 = mul %8, %6196 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6198 = broadcast %3599 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6199 = mul %6191, %6198 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6200 = broadcast %2458 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6201 = mul %6192, %6200 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6202 = add %6201, %6199 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6203 = mul %6191, %6191 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6204 = broadcast %6137 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6205 = mul %6203, %6204 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6206 = broadcast %6141 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6207 = mul %6193, %6206 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6208 = add %6207, %6205 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6209 = cast %6195 : f64[] @ models/lib/vit.yaml:9:7
%6210 = pow %6132, %6209 : f64[] @ models/lib/vit.yaml:9:7
%6211 = sub %6113, %6210 : f64[] @ models/lib/vit.yaml:9:7
%6212 = div %3843, %6211 : f64[] @ models/lib/vit.yaml:9:7
%6213 = pow %6140, %6209 : f64[] @ models/lib/vit.yaml:9:7
%6214 = sub %6113, %6213 : f64[] @ models/lib/vit.yaml:9:7
%6215 = sqrt %6214 : f64[] @ models/lib/vit.yaml:9:7
%6216 = div %6113, %6215 : f64[] @ models/lib/vit.yaml:9:7
%6217 = sqrt %6208 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6218 = cast %6216 : f32[] @ models/lib/vit.yaml:9:7
%6219 = broadcast %6218 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6220 = mul %6217, %6219 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6221 = broadcast %6157 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6222 = add %6220, %6221 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6223 = div %6202, %6222 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6224 = cast %6212 : f32[] @ models/lib/vit.yaml:9:7
%6225 = broadcast %6224 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6226 = mul %6223, %6225 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6227 = sub %6197, %6226 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6228 = assign %8, %6227 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6229 = assign %6192, %6202 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6230 = assign %6193, %6208 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6231 = assign %6194, %6195 : i64[] @ models/lib/vit.yaml:9:7
%6232 = broadcast %6169 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6233 = mul %86, %6232 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6234 = broadcast %6173 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6235 = mul %6227, %6234 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6236 = add %6233, %6235 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6237 = assign %86, %6236 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6238 = all_reduce_sum %6095 : f32[16] @ models/lib/vit.yaml:10:7
%6239 = mul %6238, %6238 : f32[16] @ models/lib/vit.yaml:10:7
%6240 = reduce_sum %6239 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6241 = sqrt %6240 : f32[] @ models/lib/vit.yaml:10:7
%6242 = cast %6241 : f64[] @ models/lib/vit.yaml:10:7
%6243 = add %6242, %6109 : f64[] @ models/lib/vit.yaml:10:7
%6244 = div %6111, %6243 : f64[] @ models/lib/vit.yaml:10:7
%6245 = lt %6244, %6113 : bool[] @ models/lib/vit.yaml:10:7
%6246 = cast %6244 : f32[] @ models/lib/vit.yaml:10:7
%6247 = broadcast %6246 : f32[16] @ models/lib/vit.yaml:10:7
%6248 = mul %6238, %6247 : f32[16] @ models/lib/vit.yaml:10:7
%6249 = broadcast %6245 : bool[16] @ models/lib/vit.yaml:10:7
%6250 = select %6249, %6248, %6238 : f32[16] @ models/lib/vit.yaml:10:7
%6251 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6252 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6253 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6254 = add %6253, %6123 : i64[] @ models/lib/vit.yaml:10:7
%6255 = broadcast %3599 : f32[16] @ models/lib/vit.yaml:10:7
%6256 = mul %6250, %6255 : f32[16] @ models/lib/vit.yaml:10:7
%6257 = broadcast %2458 : f32[16] @ models/lib/vit.yaml:10:7
%6258 = mul %6251, %6257 : f32[16] @ models/lib/vit.yaml:10:7
%6259 = add %6258, %6256 : f32[16] @ models/lib/vit.yaml:10:7
%6260 = mul %6250, %6250 : f32[16] @ models/lib/vit.yaml:10:7
%6261 = broadcast %6137 : f32[16] @ models/lib/vit.yaml:10:7
%6262 = mul %6260, %6261 : f32[16] @ models/lib/vit.yaml:10:7
%6263 = broadcast %6141 : f32[16] @ models/lib/vit.yaml:10:7
%6264 = mul %6252, %6263 : f32[16] @ models/lib/vit.yaml:10:7
%6265 = add %6264, %6262 : f32[16] @ models/lib/vit.yaml:10:7
%6266 = cast %6254 : f64[] @ models/lib/vit.yaml:10:7
%6267 = pow %6132, %6266 : f64[] @ models/lib/vit.yaml:10:7
%6268 = sub %6113, %6267 : f64[] @ models/lib/vit.yaml:10:7
%6269 = div %3843, %6268 : f64[] @ models/lib/vit.yaml:10:7
%6270 = pow %6140, %6266 : f64[] @ models/lib/vit.yaml:10:7
%6271 = sub %6113, %6270 : f64[] @ models/lib/vit.yaml:10:7
%6272 = sqrt %6271 : f64[] @ models/lib/vit.yaml:10:7
%6273 = div %6113, %6272 : f64[] @ models/lib/vit.yaml:10:7
%6274 = sqrt %6265 : f32[16] @ models/lib/vit.yaml:10:7
%6275 = cast %6273 : f32[] @ models/lib/vit.yaml:10:7
%6276 = broadcast %6275 : f32[16] @ models/lib/vit.yaml:10:7
%6277 = mul %6274, %6276 : f32[16] @ models/lib/vit.yaml:10:7
%6278 = broadcast %6157 : f32[16] @ models/lib/vit.yaml:10:7
%6279 = add %6277, %6278 : f32[16] @ models/lib/vit.yaml:10:7
%6280 = div %6259, %6279 : f32[16] @ models/lib/vit.yaml:10:7
%6281 = cast %6269 : f32[] @ models/lib/vit.yaml:10:7
%6282 = broadcast %6281 : f32[16] @ models/lib/vit.yaml:10:7
%6283 = mul %6280, %6282 : f32[16] @ models/lib/vit.yaml:10:7
%6284 = sub %9, %6283 : f32[16] @ models/lib/vit.yaml:10:7
%6285 = assign %9, %6284 : f32[16] @ models/lib/vit.yaml:10:7
%6286 = assign %6251, %6259 : f32[16] @ models/lib/vit.yaml:10:7
%6287 = assign %6252, %6265 : f32[16] @ models/lib/vit.yaml:10:7
%6288 = assign %6253, %6254 : i64[] @ models/lib/vit.yaml:10:7
%6289 = broadcast %6169 : f32[16] @ models/lib/vit.yaml:10:7
%6290 = mul %87, %6289 : f32[16] @ models/lib/vit.yaml:10:7
%6291 = broadcast %6173 : f32[16] @ models/lib/vit.yaml:10:7
%6292 = mul %6284, %6291 : f32[16] @ models/lib/vit.yaml:10:7
%6293 = add %6290, %6292 : f32[16] @ models/lib/vit.yaml:10:7
%6294 = assign %87, %6293 : f32[16] @ models/lib/vit.yaml:10:7
%6295 = all_reduce_sum %6070 : f32[16] @ models/lib/nn.yaml:89:7
%6296 = mul %6295, %6295 : f32[16] @ models/lib/nn.yaml:89:7
%6297 = reduce_sum %6296 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6298 = sqrt %6297 : f32[] @ models/lib/nn.yaml:89:7
%6299 = cast %6298 : f64[] @ models/lib/nn.yaml:89:7
%6300 = add %6299, %6109 : f64[] @ models/lib/nn.yaml:89:7
%6301 = div %6111, %6300 : f64[] @ models/lib/nn.yaml:89:7
%6302 = lt %6301, %6113 : bool[] @ models/lib/nn.yaml:89:7
%6303 = cast %6301 : f32[] @ models/lib/nn.yaml:89:7
%6304 = broadcast %6303 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = mul %6295, %6304 : f32[16] @ models/lib/nn.yaml:89:7
%6306 = broadcast %6302 : bool[16] @ models/lib/nn.yaml:89:7
%6307 = select %6306, %6305, %6295 : f32[16] @ models/lib/nn.yaml:89:7
%6308 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6309 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6310 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6311 = add %6310, %6123 : i64[] @ models/lib/nn.yaml:89:7
%6312 = mul %6307, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%6313 = mul %6308, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6314 = add %6313, %6312 : f32[16] @ models/lib/nn.yaml:89:7
%6315 = mul %6307, %6307 : f32[16] @ models/lib/nn.yaml:89:7
%6316 = mul %6315, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6317 = mul %6309, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6318 = add %6317, %6316 : f32[16] @ models/lib/nn.yaml:89:7
%6319 = cast %6311 : f64[] @ models/lib/nn.yaml:89:7
%6320 = pow %6132, %6319 : f64[] @ models/lib/nn.yaml:89:7
%6321 = sub %6113, %6320 : f64[] @ models/lib/nn.yaml:89:7
%6322 = div %3843, %6321 : f64[] @ models/lib/nn.yaml:89:7
%6323 = pow %6140, %6319 : f64[] @ models/lib/nn.yaml:89:7
%6324 = sub %6113, %6323 : f64[] @ models/lib/nn.yaml:89:7
%6325 = sqrt %6324 : f64[] @ models/lib/nn.yaml:89:7
%6326 = div %6113, %6325 : f64[] @ models/lib/nn.yaml:89:7
%6327 = sqrt %6318 : f32[16] @ models/lib/nn.yaml:89:7
%6328 = cast %6326 : f32[] @ models/lib/nn.yaml:89:7
%6329 = broadcast %6328 : f32[16] @ models/lib/nn.yaml:89:7
%6330 = mul %6327, %6329 : f32[16] @ models/lib/nn.yaml:89:7
%6331 = add %6330, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%6332 = div %6314, %6331 : f32[16] @ models/lib/nn.yaml:89:7
%6333 = cast %6322 : f32[] @ models/lib/nn.yaml:89:7
%6334 = broadcast %6333 : f32[16] @ models/lib/nn.yaml:89:7
%6335 = mul %6332, %6334 : f32[16] @ models/lib/nn.yaml:89:7
%6336 = sub %10, %6335 : f32[16] @ models/lib/nn.yaml:89:7
%6337 = assign %10, %6336 : f32[16] @ models/lib/nn.yaml:89:7
%6338 = assign %6308, %6314 : f32[16] @ models/lib/nn.yaml:89:7
%6339 = assign %6309, %6318 : f32[16] @ models/lib/nn.yaml:89:7
%6340 = assign %6310, %6311 : i64[] @ models/lib/nn.yaml:89:7
%6341 = mul %88, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6342 = mul %6336, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6343 = add %6341, %6342 : f32[16] @ models/lib/nn.yaml:89:7
%6344 = assign %88, %6343 : f32[16] @ models/lib/nn.yaml:89:7
%6345 = all_reduce_sum %6063 : f32[16] @ models/lib/nn.yaml:90:7
%6346 = mul %6345, %6345 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = reduce_sum %6346 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6348 = sqrt %6347 : f32[] @ models/lib/nn.yaml:90:7
%6349 = cast %6348 : f64[] @ models/lib/nn.yaml:90:7
%6350 = add %6349, %6109 : f64[] @ models/lib/nn.yaml:90:7
%6351 = div %6111, %6350 : f64[] @ models/lib/nn.yaml:90:7
%6352 = lt %6351, %6113 : bool[] @ models/lib/nn.yaml:90:7
%6353 = cast %6351 : f32[] @ models/lib/nn.yaml:90:7
%6354 = broadcast %6353 : f32[16] @ models/lib/nn.yaml:90:7
%6355 = mul %6345, %6354 : f32[16] @ models/lib/nn.yaml:90:7
%6356 = broadcast %6352 : bool[16] @ models/lib/nn.yaml:90:7
%6357 = select %6356, %6355, %6345 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6359 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6360 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6361 = add %6360, %6123 : i64[] @ models/lib/nn.yaml:90:7
%6362 = mul %6357, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%6363 = mul %6358, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%6364 = add %6363, %6362 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = mul %6357, %6357 : f32[16] @ models/lib/nn.yaml:90:7
%6366 = mul %6365, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%6367 = mul %6359, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = add %6367, %6366 : f32[16] @ models/lib/nn.yaml:90:7
%6369 = cast %6361 : f64[] @ models/lib/nn.yaml:90:7
%6370 = pow %6132, %6369 : f64[] @ models/lib/nn.yaml:90:7
%6371 = sub %6113, %6370 : f64[] @ models/lib/nn.yaml:90:7
%6372 = div %3843, %6371 : f64[] @ models/lib/nn.yaml:90:7
%6373 = pow %6140, %6369 : f64[] @ models/lib/nn.yaml:90:7
%6374 = sub %6113, %6373 : f64[] @ models/lib/nn.yaml:90:7
%6375 = sqrt %6374 : f64[] @ models/lib/nn.yaml:90:7
%6376 = div %6113, %6375 : f64[] @ models/lib/nn.yaml:90:7
%6377 = sqrt %6368 : f32[16] @ models/lib/nn.yaml:90:7
%6378 = cast %6376 : f32[] @ models/lib/nn.yaml:90:7
%6379 = broadcast %6378 : f32[16] @ models/lib/nn.yaml:90:7
%6380 = mul %6377, %6379 : f32[16] @ models/lib/nn.yaml:90:7
%6381 = add %6380, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%6382 = div %6364, %6381 : f32[16] @ models/lib/nn.yaml:90:7
%6383 = cast %6372 : f32[] @ models/lib/nn.yaml:90:7
%6384 = broadcast %6383 : f32[16] @ models/lib/nn.yaml:90:7
%6385 = mul %6382, %6384 : f32[16] @ models/lib/nn.yaml:90:7
%6386 = sub %11, %6385 : f32[16] @ models/lib/nn.yaml:90:7
%6387 = assign %11, %6386 : f32[16] @ models/lib/nn.yaml:90:7
%6388 = assign %6358, %6364 : f32[16] @ models/lib/nn.yaml:90:7
%6389 = assign %6359, %6368 : f32[16] @ models/lib/nn.yaml:90:7
%6390 = assign %6360, %6361 : i64[] @ models/lib/nn.yaml:90:7
%6391 = mul %89, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%6392 = mul %6386, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%6393 = add %6391, %6392 : f32[16] @ models/lib/nn.yaml:90:7
%6394 = assign %89, %6393 : f32[16] @ models/lib/nn.yaml:90:7
%6395 = all_reduce_sum %6057 : f32[48,16] @ models/lib/nn.yaml:79:7
%6396 = reshape %6395 : f32[768] @ models/lib/nn.yaml:79:7
%6397 = mul %6396, %6396 : f32[768] @ models/lib/nn.yaml:79:7
%6398 = reduce_sum %6397 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6399 = sqrt %6398 : f32[] @ models/lib/nn.yaml:79:7
%6400 = cast %6399 : f64[] @ models/lib/nn.yaml:79:7
%6401 = add %6400, %6109 : f64[] @ models/lib/nn.yaml:79:7
%6402 = div %6111, %6401 : f64[] @ models/lib/nn.yaml:79:7
%6403 = lt %6402, %6113 : bool[] @ models/lib/nn.yaml:79:7
%6404 = cast %6402 : f32[] @ models/lib/nn.yaml:79:7
%6405 = broadcast %6404 : f32[48,16] @ models/lib/nn.yaml:79:7
%6406 = mul %6395, %6405 : f32[48,16] @ models/lib/nn.yaml:79:7
%6407 = broadcast %6403 : bool[48,16] @ models/lib/nn.yaml:79:7
%6408 = select %6407, %6406, %6395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6409 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6410 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6411 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6412 = add %6411, %6123 : i64[] @ models/lib/nn.yaml:79:7
%6413 = broadcast %6127 : f32[48,16] @ models/lib/nn.yaml:79:7
%6414 = mul %12, %6413 : f32[48,16] @ models/lib/nn.yaml:79:7
%6415 = broadcast %3599 : f32[48,16] @ models/lib/nn.yaml:79:7
%6416 = mul %6408, %6415 : f32[48,16] @ models/lib/nn.yaml:79:7
%6417 = broadcast %2458 : f32[48,16] @ models/lib/nn.yaml:79:7
%6418 = mul %6409, %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%6419 = add %6418, %6416 : f32[48,16] @ models/lib/nn.yaml:79:7
%6420 = mul %6408, %6408 : f32[48,16] @ models/lib/nn.yaml:79:7
%6421 = broadcast %6137 : f32[48,16] @ models/lib/nn.yaml:79:7
%6422 = mul %6420, %6421 : f32[48,16] @ models/lib/nn.yaml:79:7
%6423 = broadcast %6141 : f32[48,16] @ models/lib/nn.yaml:79:7
%6424 = mul %6410, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%6425 = add %6424, %6422 : f32[48,16] @ models/lib/nn.yaml:79:7
%6426 = cast %6412 : f64[] @ models/lib/nn.yaml:79:7
%6427 = pow %6132, %6426 : f64[] @ models/lib/nn.yaml:79:7
%6428 = sub %6113, %6427 : f64[] @ models/lib/nn.yaml:79:7
%6429 = div %3843, %6428 : f64[] @ models/lib/nn.yaml:79:7
%6430 = pow %6140, %6426 : f64[] @ models/lib/nn.yaml:79:7
%6431 = sub %6113, %6430 : f64[] @ models/lib/nn.yaml:79:7
%6432 = sqrt %6431 : f64[] @ models/lib/nn.yaml:79:7
%6433 = div %6113, %6432 : f64[] @ models/lib/nn.yaml:79:7
%6434 = sqrt %6425 : f32[48,16] @ models/lib/nn.yaml:79:7
%6435 = cast %6433 : f32[] @ models/lib/nn.yaml:79:7
%6436 = broadcast %6435 : f32[48,16] @ models/lib/nn.yaml:79:7
%6437 = mul %6434, %6436 : f32[48,16] @ models/lib/nn.yaml:79:7
%6438 = broadcast %6157 : f32[48,16] @ models/lib/nn.yaml:79:7
%6439 = add %6437, %6438 : f32[48,16] @ models/lib/nn.yaml:79:7
%6440 = div %6419, %6439 : f32[48,16] @ models/lib/nn.yaml:79:7
%6441 = cast %6429 : f32[] @ models/lib/nn.yaml:79:7
%6442 = broadcast %6441 : f32[48,16] @ models/lib/nn.yaml:79:7
%6443 = mul %6440, %6442 : f32[48,16] @ models/lib/nn.yaml:79:7
%6444 = sub %6414, %6443 : f32[48,16] @ models/lib/nn.yaml:79:7
%6445 = assign %12, %6444 : f32[48,16] @ models/lib/nn.yaml:79:7
%6446 = assign %6409, %6419 : f32[48,16] @ models/lib/nn.yaml:79:7
%6447 = assign %6410, %6425 : f32[48,16] @ models/lib/nn.yaml:79:7
%6448 = assign %6411, %6412 : i64[] @ models/lib/nn.yaml:79:7
%6449 = broadcast %6169 : f32[48,16] @ models/lib/nn.yaml:79:7
%6450 = mul %90, %6449 : f32[48,16] @ models/lib/nn.yaml:79:7
%6451 = broadcast %6173 : f32[48,16] @ models/lib/nn.yaml:79:7
%6452 = mul %6444, %6451 : f32[48,16] @ models/lib/nn.yaml:79:7
%6453 = add %6450, %6452 : f32[48,16] @ models/lib/nn.yaml:79:7
%6454 = assign %90, %6453 : f32[48,16] @ models/lib/nn.yaml:79:7
%6455 = all_reduce_sum %6049 : f32[48] @ models/lib/nn.yaml:80:7
%6456 = mul %6455, %6455 : f32[48] @ models/lib/nn.yaml:80:7
%6457 = reduce_sum %6456 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6458 = sqrt %6457 : f32[] @ models/lib/nn.yaml:80:7
%6459 = cast %6458 : f64[] @ models/lib/nn.yaml:80:7
%6460 = add %6459, %6109 : f64[] @ models/lib/nn.yaml:80:7
%6461 = div %6111, %6460 : f64[] @ models/lib/nn.yaml:80:7
%6462 = lt %6461, %6113 : bool[] @ models/lib/nn.yaml:80:7
%6463 = cast %6461 : f32[] @ models/lib/nn.yaml:80:7
%6464 = broadcast %6463 : f32[48] @ models/lib/nn.yaml:80:7
%6465 = mul %6455, %6464 : f32[48] @ models/lib/nn.yaml:80:7
%6466 = broadcast %6462 : bool[48] @ models/lib/nn.yaml:80:7
%6467 = select %6466, %6465, %6455 : f32[48] @ models/lib/nn.yaml:80:7
%6468 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6469 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6470 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6471 = add %6470, %6123 : i64[] @ models/lib/nn.yaml:80:7
%6472 = broadcast %3599 : f32[48] @ models/lib/nn.yaml:80:7
%6473 = mul %6467, %6472 : f32[48] @ models/lib/nn.yaml:80:7
%6474 = broadcast %2458 : f32[48] @ models/lib/nn.yaml:80:7
%6475 = mul %6468, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%6476 = add %6475, %6473 : f32[48] @ models/lib/nn.yaml:80:7
%6477 = mul %6467, %6467 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = broadcast %6137 : f32[48] @ models/lib/nn.yaml:80:7
%6479 = mul %6477, %6478 : f32[48] @ models/lib/nn.yaml:80:7
%6480 = broadcast %6141 : f32[48] @ models/lib/nn.yaml:80:7
%6481 = mul %6469, %6480 : f32[48] @ models/lib/nn.yaml:80:7
%6482 = add %6481, %6479 : f32[48] @ models/lib/nn.yaml:80:7
%6483 = cast %6471 : f64[] @ models/lib/nn.yaml:80:7
%6484 = pow %6132, %6483 : f64[] @ models/lib/nn.yaml:80:7
%6485 = sub %6113, %6484 : f64[] @ models/lib/nn.yaml:80:7
%6486 = div %3843, %6485 : f64[] @ models/lib/nn.yaml:80:7
%6487 = pow %6140, %6483 : f64[] @ models/lib/nn.yaml:80:7
%6488 = sub %6113, %6487 : f64[] @ models/lib/nn.yaml:80:7
%6489 = sqrt %6488 : f64[] @ models/lib/nn.yaml:80:7
%6490 = div %6113, %6489 : f64[] @ models/lib/nn.yaml:80:7
%6491 = sqrt %6482 : f32[48] @ models/lib/nn.yaml:80:7
%6492 = cast %6490 : f32[] @ models/lib/nn.yaml:80:7
%6493 = broadcast %6492 : f32[48] @ models/lib/nn.yaml:80:7
%6494 = mul %6491, %6493 : f32[48] @ models/lib/nn.yaml:80:7
%6495 = broadcast %6157 : f32[48] @ models/lib/nn.yaml:80:7
%6496 = add %6494, %6495 : f32[48] @ models/lib/nn.yaml:80:7
%6497 = div %6476, %6496 : f32[48] @ models/lib/nn.yaml:80:7
%6498 = cast %6486 : f32[] @ models/lib/nn.yaml:80:7
%6499 = broadcast %6498 : f32[48] @ models/lib/nn.yaml:80:7
%6500 = mul %6497, %6499 : f32[48] @ models/lib/nn.yaml:80:7
%6501 = sub %13, %6500 : f32[48] @ models/lib/nn.yaml:80:7
%6502 = assign %13, %6501 : f32[48] @ models/lib/nn.yaml:80:7
%6503 = assign %6468, %6476 : f32[48] @ models/lib/nn.yaml:80:7
%6504 = assign %6469, %6482 : f32[48] @ models/lib/nn.yaml:80:7
%6505 = assign %6470, %6471 : i64[] @ models/lib/nn.yaml:80:7
%6506 = broadcast %6169 : f32[48] @ models/lib/nn.yaml:80:7
%6507 = mul %91, %6506 : f32[48] @ models/lib/nn.yaml:80:7
%6508 = broadcast %6173 : f32[48] @ models/lib/nn.yaml:80:7
%6509 = mul %6501, %6508 : f32[48] @ models/lib/nn.yaml:80:7
%6510 = add %6507, %6509 : f32[48] @ models/lib/nn.yaml:80:7
%6511 = assign %91, %6510 : f32[48] @ models/lib/nn.yaml:80:7
%6512 = all_reduce_sum %5943 : f32[16,16] @ models/lib/nn.yaml:79:7
%6513 = reshape %6512 : f32[256] @ models/lib/nn.yaml:79:7
%6514 = mul %6513, %6513 : f32[256] @ models/lib/nn.yaml:79:7
%6515 = reduce_sum %6514 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6516 = sqrt %6515 : f32[] @ models/lib/nn.yaml:79:7
%6517 = cast %6516 : f64[] @ models/lib/nn.yaml:79:7
%6518 = add %6517, %6109 : f64[] @ models/lib/nn.yaml:79:7
%6519 = div %6111, %6518 : f64[] @ models/lib/nn.yaml:79:7
%6520 = lt %6519, %6113 : bool[] @ models/lib/nn.yaml:79:7
%6521 = cast %6519 : f32[] @ models/lib/nn.yaml:79:7
%6522 = broadcast %6521 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = mul %6512, %6522 : f32[16,16] @ models/lib/nn.yaml:79:7
%6524 = broadcast %6520 : bool[16,16] @ models/lib/nn.yaml:79:7
%6525 = select %6524, %6523, %6512 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6527 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6528 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6529 = add %6528, %6123 : i64[] @ models/lib/nn.yaml:79:7
%6530 = broadcast %6127 : f32[16,16] @ models/lib/nn.yaml:79:7
%6531 = mul %14, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%6532 = broadcast %3599 : f32[16,16] @ models/lib/nn.yaml:79:7
%6533 = mul %6525, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%6534 = broadcast %2458 : f32[16,16] @ models/lib/nn.yaml:79:7
%6535 = mul %6526, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = add %6535, %6533 : f32[16,16] @ models/lib/nn.yaml:79:7
%6537 = mul %6525, %6525 : f32[16,16] @ models/lib/nn.yaml:79:7
%6538 = broadcast %6137 : f32[16,16] @ models/lib/nn.yaml:79:7
%6539 = mul %6537, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6540 = broadcast %6141 : f32[16,16] @ models/lib/nn.yaml:79:7
%6541 = mul %6527, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%6542 = add %6541, %6539 : f32[16,16] @ models/lib/nn.yaml:79:7
%6543 = cast %6529 : f64[] @ models/lib/nn.yaml:79:7
%6544 = pow %6132, %6543 : f64[] @ models/lib/nn.yaml:79:7
%6545 = sub %6113, %6544 : f64[] @ models/lib/nn.yaml:79:7
%6546 = div %3843, %6545 : f64[] @ models/lib/nn.yaml:79:7
%6547 = pow %6140, %6543 : f64[] @ models/lib/nn.yaml:79:7
%6548 = sub %6113, %6547 : f64[] @ models/lib/nn.yaml:79:7
%6549 = sqrt %6548 : f64[] @ models/lib/nn.yaml:79:7
%6550 = div %6113, %6549 : f64[] @ models/lib/nn.yaml:79:7
%6551 = sqrt %6542 : f32[16,16] @ models/lib/nn.yaml:79:7
%6552 = cast %6550 : f32[] @ models/lib/nn.yaml:79:7
%6553 = broadcast %6552 : f32[16,16] @ models/lib/nn.yaml:79:7
%6554 = mul %6551, %6553 : f32[16,16] @ models/lib/nn.yaml:79:7
%6555 = broadcast %6157 : f32[16,16] @ models/lib/nn.yaml:79:7
%6556 = add %6554, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%6557 = div %6536, %6556 : f32[16,16] @ models/lib/nn.yaml:79:7
%6558 = cast %6546 : f32[] @ models/lib/nn.yaml:79:7
%6559 = broadcast %6558 : f32[16,16] @ models/lib/nn.yaml:79:7
%6560 = mul %6557, %6559 : f32[16,16] @ models/lib/nn.yaml:79:7
%6561 = sub %6531, %6560 : f32[16,16] @ models/lib/nn.yaml:79:7
%6562 = assign %14, %6561 : f32[16,16] @ models/lib/nn.yaml:79:7
%6563 = assign %6526, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%6564 = assign %6527, %6542 : f32[16,16] @ models/lib/nn.yaml:79:7
%6565 = assign %6528, %6529 : i64[] @ models/lib/nn.yaml:79:7
%6566 = broadcast %6169 : f32[16,16] @ models/lib/nn.yaml:79:7
%6567 = mul %92, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%6568 = broadcast %6173 : f32[16,16] @ models/lib/nn.yaml:79:7
%6569 = mul %6561, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%6570 = add %6567, %6569 : f32[16,16] @ models/lib/nn.yaml:79:7
%6571 = assign %92, %6570 : f32[16,16] @ models/lib/nn.yaml:79:7
%6572 = all_reduce_sum %5935 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = mul %6572, %6572 : f32[16] @ models/lib/nn.yaml:80:7
%6574 = reduce_sum %6573 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6575 = sqrt %6574 : f32[] @ models/lib/nn.yaml:80:7
%6576 = cast %6575 : f64[] @ models/lib/nn.yaml:80:7
%6577 = add %6576, %6109 : f64[] @ models/lib/nn.yaml:80:7
%6578 = div %6111, %6577 : f64[] @ models/lib/nn.yaml:80:7
%6579 = lt %6578, %6113 : bool[] @ models/lib/nn.yaml:80:7
%6580 = cast %6578 : f32[] @ models/lib/nn.yaml:80:7
%6581 = broadcast %6580 : f32[16] @ models/lib/nn.yaml:80:7
%6582 = mul %6572, %6581 : f32[16] @ models/lib/nn.yaml:80:7
%6583 = broadcast %6579 : bool[16] @ models/lib/nn.yaml:80:7
%6584 = select %6583, %6582, %6572 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6586 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6587 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6588 = add %6587, %6123 : i64[] @ models/lib/nn.yaml:80:7
%6589 = mul %6584, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%6590 = mul %6585, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6591 = add %6590, %6589 : f32[16] @ models/lib/nn.yaml:80:7
%6592 = mul %6584, %6584 : f32[16] @ models/lib/nn.yaml:80:7
%6593 = mul %6592, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%6594 = mul %6586, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6595 = add %6594, %6593 : f32[16] @ models/lib/nn.yaml:80:7
%6596 = cast %6588 : f64[] @ models/lib/nn.yaml:80:7
%6597 = pow %6132, %6596 : f64[] @ models/lib/nn.yaml:80:7
%6598 = sub %6113, %6597 : f64[] @ models/lib/nn.yaml:80:7
%6599 = div %3843, %6598 : f64[] @ models/lib/nn.yaml:80:7
%6600 = pow %6140, %6596 : f64[] @ models/lib/nn.yaml:80:7
%6601 = sub %6113, %6600 : f64[] @ models/lib/nn.yaml:80:7
%6602 = sqrt %6601 : f64[] @ models/lib/nn.yaml:80:7
%6603 = div %6113, %6602 : f64[] @ models/lib/nn.yaml:80:7
%6604 = sqrt %6595 : f32[16] @ models/lib/nn.yaml:80:7
%6605 = cast %6603 : f32[] @ models/lib/nn.yaml:80:7
%6606 = broadcast %6605 : f32[16] @ models/lib/nn.yaml:80:7
%6607 = mul %6604, %6606 : f32[16] @ models/lib/nn.yaml:80:7
%6608 = add %6607, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%6609 = div %6591, %6608 : f32[16] @ models/lib/nn.yaml:80:7
%6610 = cast %6599 : f32[] @ models/lib/nn.yaml:80:7
%6611 = broadcast %6610 : f32[16] @ models/lib/nn.yaml:80:7
%6612 = mul %6609, %6611 : f32[16] @ models/lib/nn.yaml:80:7
%6613 = sub %15, %6612 : f32[16] @ models/lib/nn.yaml:80:7
%6614 = assign %15, %6613 : f32[16] @ models/lib/nn.yaml:80:7
%6615 = assign %6585, %6591 : f32[16] @ models/lib/nn.yaml:80:7
%6616 = assign %6586, %6595 : f32[16] @ models/lib/nn.yaml:80:7
%6617 = assign %6587, %6588 : i64[] @ models/lib/nn.yaml:80:7
%6618 = mul %93, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%6619 = mul %6613, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%6620 = add %6618, %6619 : f32[16] @ models/lib/nn.yaml:80:7
%6621 = assign %93, %6620 : f32[16] @ models/lib/nn.yaml:80:7
%6622 = all_reduce_sum %5912 : f32[16] @ models/lib/nn.yaml:89:7
%6623 = mul %6622, %6622 : f32[16] @ models/lib/nn.yaml:89:7
%6624 = reduce_sum %6623 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6625 = sqrt %6624 : f32[] @ models/lib/nn.yaml:89:7
%6626 = cast %6625 : f64[] @ models/lib/nn.yaml:89:7
%6627 = add %6626, %6109 : f64[] @ models/lib/nn.yaml:89:7
%6628 = div %6111, %6627 : f64[] @ models/lib/nn.yaml:89:7
%6629 = lt %6628, %6113 : bool[] @ models/lib/nn.yaml:89:7
%6630 = cast %6628 : f32[] @ models/lib/nn.yaml:89:7
%6631 = broadcast %6630 : f32[16] @ models/lib/nn.yaml:89:7
%6632 = mul %6622, %6631 : f32[16] @ models/lib/nn.yaml:89:7
%6633 = broadcast %6629 : bool[16] @ models/lib/nn.yaml:89:7
%6634 = select %6633, %6632, %6622 : f32[16] @ models/lib/nn.yaml:89:7
%6635 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6636 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6637 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6638 = add %6637, %6123 : i64[] @ models/lib/nn.yaml:89:7
%6639 = mul %6634, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%6640 = mul %6635, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6641 = add %6640, %6639 : f32[16] @ models/lib/nn.yaml:89:7
%6642 = mul %6634, %6634 : f32[16] @ models/lib/nn.yaml:89:7
%6643 = mul %6642, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6644 = mul %6636, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6645 = add %6644, %6643 : f32[16] @ models/lib/nn.yaml:89:7
%6646 = cast %6638 : f64[] @ models/lib/nn.yaml:89:7
%6647 = pow %6132, %6646 : f64[] @ models/lib/nn.yaml:89:7
%6648 = sub %6113, %6647 : f64[] @ models/lib/nn.yaml:89:7
%6649 = div %3843, %6648 : f64[] @ models/lib/nn.yaml:89:7
%6650 = pow %6140, %6646 : f64[] @ models/lib/nn.yaml:89:7
%6651 = sub %6113, %6650 : f64[] @ models/lib/nn.yaml:89:7
%6652 = sqrt %6651 : f64[] @ models/lib/nn.yaml:89:7
%6653 = div %6113, %6652 : f64[] @ models/lib/nn.yaml:89:7
%6654 = sqrt %6645 : f32[16] @ models/lib/nn.yaml:89:7
%6655 = cast %6653 : f32[] @ models/lib/nn.yaml:89:7
%6656 = broadcast %6655 : f32[16] @ models/lib/nn.yaml:89:7
%6657 = mul %6654, %6656 : f32[16] @ models/lib/nn.yaml:89:7
%6658 = add %6657, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%6659 = div %6641, %6658 : f32[16] @ models/lib/nn.yaml:89:7
%6660 = cast %6649 : f32[] @ models/lib/nn.yaml:89:7
%6661 = broadcast %6660 : f32[16] @ models/lib/nn.yaml:89:7
%6662 = mul %6659, %6661 : f32[16] @ models/lib/nn.yaml:89:7
%6663 = sub %16, %6662 : f32[16] @ models/lib/nn.yaml:89:7
%6664 = assign %16, %6663 : f32[16] @ models/lib/nn.yaml:89:7
%6665 = assign %6635, %6641 : f32[16] @ models/lib/nn.yaml:89:7
%6666 = assign %6636, %6645 : f32[16] @ models/lib/nn.yaml:89:7
%6667 = assign %6637, %6638 : i64[] @ models/lib/nn.yaml:89:7
%6668 = mul %94, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6669 = mul %6663, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6670 = add %6668, %6669 : f32[16] @ models/lib/nn.yaml:89:7
%6671 = assign %94, %6670 : f32[16] @ models/lib/nn.yaml:89:7
%6672 = all_reduce_sum %5905 : f32[16] @ models/lib/nn.yaml:90:7
%6673 = mul %6672, %6672 : f32[16] @ models/lib/nn.yaml:90:7
%6674 = reduce_sum %6673 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6675 = sqrt %6674 : f32[] @ models/lib/nn.yaml:90:7
%6676 = cast %6675 : f64[] @ models/lib/nn.yaml:90:7
%6677 = add %6676, %6109 : f64[] @ models/lib/nn.yaml:90:7
%6678 = div %6111, %6677 : f64[] @ models/lib/nn.yaml:90:7
%6679 = lt %6678, %6113 : bool[] @ models/lib/nn.yaml:90:7
%6680 = cast %6678 : f32[] @ models/lib/nn.yaml:90:7
%6681 = broadcast %6680 : f32[16] @ models/lib/nn.yaml:90:7
%6682 = mul %6672, %6681 : f32[16] @ models/lib/nn.yaml:90:7
%6683 = broadcast %6679 : bool[16] @ models/lib/nn.yaml:90:7
%6684 = select %6683, %6682, %6672 : f32[16] @ models/lib/nn.yaml:90:7
%6685 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6686 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6687 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6688 = add %6687, %6123 : i64[] @ models/lib/nn.yaml:90:7
%6689 = mul %6684, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%6690 = mul %6685, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%6691 = add %6690, %6689 : f32[16] @ models/lib/nn.yaml:90:7
%6692 = mul %6684, %6684 : f32[16] @ models/lib/nn.yaml:90:7
%6693 = mul %6692, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%6694 = mul %6686, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%6695 = add %6694, %6693 : f32[16] @ models/lib/nn.yaml:90:7
%6696 = cast %6688 : f64[] @ models/lib/nn.yaml:90:7
%6697 = pow %6132, %6696 : f64[] @ models/lib/nn.yaml:90:7
%6698 = sub %6113, %6697 : f64[] @ models/lib/nn.yaml:90:7
%6699 = div %3843, %6698 : f64[] @ models/lib/nn.yaml:90:7
%6700 = pow %6140, %6696 : f64[] @ models/lib/nn.yaml:90:7
%6701 = sub %6113, %6700 : f64[] @ models/lib/nn.yaml:90:7
%6702 = sqrt %6701 : f64[] @ models/lib/nn.yaml:90:7
%6703 = div %6113, %6702 : f64[] @ models/lib/nn.yaml:90:7
%6704 = sqrt %6695 : f32[16] @ models/lib/nn.yaml:90:7
%6705 = cast %6703 : f32[] @ models/lib/nn.yaml:90:7
%6706 = broadcast %6705 : f32[16] @ models/lib/nn.yaml:90:7
%6707 = mul %6704, %6706 : f32[16] @ models/lib/nn.yaml:90:7
%6708 = add %6707, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%6709 = div %6691, %6708 : f32[16] @ models/lib/nn.yaml:90:7
%6710 = cast %6699 : f32[] @ models/lib/nn.yaml:90:7
%6711 = broadcast %6710 : f32[16] @ models/lib/nn.yaml:90:7
%6712 = mul %6709, %6711 : f32[16] @ models/lib/nn.yaml:90:7
%6713 = sub %17, %6712 : f32[16] @ models/lib/nn.yaml:90:7
%6714 = assign %17, %6713 : f32[16] @ models/lib/nn.yaml:90:7
%6715 = assign %6685, %6691 : f32[16] @ models/lib/nn.yaml:90:7
%6716 = assign %6686, %6695 : f32[16] @ models/lib/nn.yaml:90:7
%6717 = assign %6687, %6688 : i64[] @ models/lib/nn.yaml:90:7
%6718 = mul %95, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%6719 = mul %6713, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%6720 = add %6718, %6719 : f32[16] @ models/lib/nn.yaml:90:7
%6721 = assign %95, %6720 : f32[16] @ models/lib/nn.yaml:90:7
%6722 = all_reduce_sum %5899 : f32[64,16] @ models/lib/nn.yaml:79:7
%6723 = reshape %6722 : f32[1024] @ models/lib/nn.yaml:79:7
%6724 = mul %6723, %6723 : f32[1024] @ models/lib/nn.yaml:79:7
%6725 = reduce_sum %6724 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6726 = sqrt %6725 : f32[] @ models/lib/nn.yaml:79:7
%6727 = cast %6726 : f64[] @ models/lib/nn.yaml:79:7
%6728 = add %6727, %6109 : f64[] @ models/lib/nn.yaml:79:7
%6729 = div %6111, %6728 : f64[] @ models/lib/nn.yaml:79:7
%6730 = lt %6729, %6113 : bool[] @ models/lib/nn.yaml:79:7
%6731 = cast %6729 : f32[] @ models/lib/nn.yaml:79:7
%6732 = broadcast %6731 : f32[64,16] @ models/lib/nn.yaml:79:7
%6733 = mul %6722, %6732 : f32[64,16] @ models/lib/nn.yaml:79:7
%6734 = broadcast %6730 : bool[64,16] @ models/lib/nn.yaml:79:7
%6735 = select %6734, %6733, %6722 : f32[64,16] @ models/lib/nn.yaml:79:7
%6736 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6737 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6738 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6739 = add %6738, %6123 : i64[] @ models/lib/nn.yaml:79:7
%6740 = broadcast %6127 : f32[64,16] @ models/lib/nn.yaml:79:7
%6741 = mul %18, %6740 : f32[64,16] @ models/lib/nn.yaml:79:7
%6742 = broadcast %3599 : f32[64,16] @ models/lib/nn.yaml:79:7
%6743 = mul %6735, %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%6744 = broadcast %2458 : f32[64,16] @ models/lib/nn.yaml:79:7
%6745 = mul %6736, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%6746 = add %6745, %6743 : f32[64,16] @ models/lib/nn.yaml:79:7
%6747 = mul %6735, %6735 : f32[64,16] @ models/lib/nn.yaml:79:7
%6748 = broadcast %6137 : f32[64,16] @ models/lib/nn.yaml:79:7
%6749 = mul %6747, %6748 : f32[64,16] @ models/lib/nn.yaml:79:7
%6750 = broadcast %6141 : f32[64,16] @ models/lib/nn.yaml:79:7
%6751 = mul %6737, %6750 : f32[64,16] @ models/lib/nn.yaml:79:7
%6752 = add %6751, %6749 : f32[64,16] @ models/lib/nn.yaml:79:7
%6753 = cast %6739 : f64[] @ models/lib/nn.yaml:79:7
%6754 = pow %6132, %6753 : f64[] @ models/lib/nn.yaml:79:7
%6755 = sub %6113, %6754 : f64[] @ models/lib/nn.yaml:79:7
%6756 = div %3843, %6755 : f64[] @ models/lib/nn.yaml:79:7
%6757 = pow %6140, %6753 : f64[] @ models/lib/nn.yaml:79:7
%6758 = sub %6113, %6757 : f64[] @ models/lib/nn.yaml:79:7
%6759 = sqrt %6758 : f64[] @ models/lib/nn.yaml:79:7
%6760 = div %6113, %6759 : f64[] @ models/lib/nn.yaml:79:7
%6761 = sqrt %6752 : f32[64,16] @ models/lib/nn.yaml:79:7
%6762 = cast %6760 : f32[] @ models/lib/nn.yaml:79:7
%6763 = broadcast %6762 : f32[64,16] @ models/lib/nn.yaml:79:7
%6764 = mul %6761, %6763 : f32[64,16] @ models/lib/nn.yaml:79:7
%6765 = broadcast %6157 : f32[64,16] @ models/lib/nn.yaml:79:7
%6766 = add %6764, %6765 : f32[64,16] @ models/lib/nn.yaml:79:7
%6767 = div %6746, %6766 : f32[64,16] @ models/lib/nn.yaml:79:7
%6768 = cast %6756 : f32[] @ models/lib/nn.yaml:79:7
%6769 = broadcast %6768 : f32[64,16] @ models/lib/nn.yaml:79:7
%6770 = mul %6767, %6769 : f32[64,16] @ models/lib/nn.yaml:79:7
%6771 = sub %6741, %6770 : f32[64,16] @ models/lib/nn.yaml:79:7
%6772 = assign %18, %6771 : f32[64,16] @ models/lib/nn.yaml:79:7
%6773 = assign %6736, %6746 : f32[64,16] @ models/lib/nn.yaml:79:7
%6774 = assign %6737, %6752 : f32[64,16] @ models/lib/nn.yaml:79:7
%6775 = assign %6738, %6739 : i64[] @ models/lib/nn.yaml:79:7
%6776 = broadcast %6169 : f32[64,16] @ models/lib/nn.yaml:79:7
%6777 = mul %96, %6776 : f32[64,16] @ models/lib/nn.yaml:79:7
%6778 = broadcast %6173 : f32[64,16] @ models/lib/nn.yaml:79:7
%6779 = mul %6771, %6778 : f32[64,16] @ models/lib/nn.yaml:79:7
%6780 = add %6777, %6779 : f32[64,16] @ models/lib/nn.yaml:79:7
%6781 = assign %96, %6780 : f32[64,16] @ models/lib/nn.yaml:79:7
%6782 = all_reduce_sum %5891 : f32[64] @ models/lib/nn.yaml:80:7
%6783 = mul %6782, %6782 : f32[64] @ models/lib/nn.yaml:80:7
%6784 = reduce_sum %6783 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6785 = sqrt %6784 : f32[] @ models/lib/nn.yaml:80:7
%6786 = cast %6785 : f64[] @ models/lib/nn.yaml:80:7
%6787 = add %6786, %6109 : f64[] @ models/lib/nn.yaml:80:7
%6788 = div %6111, %6787 : f64[] @ models/lib/nn.yaml:80:7
%6789 = lt %6788, %6113 : bool[] @ models/lib/nn.yaml:80:7
%6790 = cast %6788 : f32[] @ models/lib/nn.yaml:80:7
%6791 = broadcast %6790 : f32[64] @ models/lib/nn.yaml:80:7
%6792 = mul %6782, %6791 : f32[64] @ models/lib/nn.yaml:80:7
%6793 = broadcast %6789 : bool[64] @ models/lib/nn.yaml:80:7
%6794 = select %6793, %6792, %6782 : f32[64] @ models/lib/nn.yaml:80:7
%6795 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6796 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6797 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6798 = add %6797, %6123 : i64[] @ models/lib/nn.yaml:80:7
%6799 = broadcast %3599 : f32[64] @ models/lib/nn.yaml:80:7
%6800 = mul %6794, %6799 : f32[64] @ models/lib/nn.yaml:80:7
%6801 = broadcast %2458 : f32[64] @ models/lib/nn.yaml:80:7
%6802 = mul %6795, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%6803 = add %6802, %6800 : f32[64] @ models/lib/nn.yaml:80:7
%6804 = mul %6794, %6794 : f32[64] @ models/lib/nn.yaml:80:7
%6805 = broadcast %6137 : f32[64] @ models/lib/nn.yaml:80:7
%6806 = mul %6804, %6805 : f32[64] @ models/lib/nn.yaml:80:7
%6807 = broadcast %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6808 = mul %6796, %6807 : f32[64] @ models/lib/nn.yaml:80:7
%6809 = add %6808, %6806 : f32[64] @ models/lib/nn.yaml:80:7
%6810 = cast %6798 : f64[] @ models/lib/nn.yaml:80:7
%6811 = pow %6132, %6810 : f64[] @ models/lib/nn.yaml:80:7
%6812 = sub %6113, %6811 : f64[] @ models/lib/nn.yaml:80:7
%6813 = div %3843, %6812 : f64[] @ models/lib/nn.yaml:80:7
%6814 = pow %6140, %6810 : f64[] @ models/lib/nn.yaml:80:7
%6815 = sub %6113, %6814 : f64[] @ models/lib/nn.yaml:80:7
%6816 = sqrt %6815 : f64[] @ models/lib/nn.yaml:80:7
%6817 = div %6113, %6816 : f64[] @ models/lib/nn.yaml:80:7
%6818 = sqrt %6809 : f32[64] @ models/lib/nn.yaml:80:7
%6819 = cast %6817 : f32[] @ models/lib/nn.yaml:80:7
%6820 = broadcast %6819 : f32[64] @ models/lib/nn.yaml:80:7
%6821 = mul %6818, %6820 : f32[64] @ models/lib/nn.yaml:80:7
%6822 = broadcast %6157 : f32[64] @ models/lib/nn.yaml:80:7
%6823 = add %6821, %6822 : f32[64] @ models/lib/nn.yaml:80:7
%6824 = div %6803, %6823 : f32[64] @ models/lib/nn.yaml:80:7
%6825 = cast %6813 : f32[] @ models/lib/nn.yaml:80:7
%6826 = broadcast %6825 : f32[64] @ models/lib/nn.yaml:80:7
%6827 = mul %6824, %6826 : f32[64] @ models/lib/nn.yaml:80:7
%6828 = sub %19, %6827 : f32[64] @ models/lib/nn.yaml:80:7
%6829 = assign %19, %6828 : f32[64] @ models/lib/nn.yaml:80:7
%6830 = assign %6795, %6803 : f32[64] @ models/lib/nn.yaml:80:7
%6831 = assign %6796, %6809 : f32[64] @ models/lib/nn.yaml:80:7
%6832 = assign %6797, %6798 : i64[] @ models/lib/nn.yaml:80:7
%6833 = broadcast %6169 : f32[64] @ models/lib/nn.yaml:80:7
%6834 = mul %97, %6833 : f32[64] @ models/lib/nn.yaml:80:7
%6835 = broadcast %6173 : f32[64] @ models/lib/nn.yaml:80:7
%6836 = mul %6828, %6835 : f32[64] @ models/lib/nn.yaml:80:7
%6837 = add %6834, %6836 : f32[64] @ models/lib/nn.yaml:80:7
%6838 = assign %97, %6837 : f32[64] @ models/lib/nn.yaml:80:7
%6839 = all_reduce_sum %5875 : f32[16,64] @ models/lib/nn.yaml:79:7
%6840 = reshape %6839 : f32[1024] @ models/lib/nn.yaml:79:7
%6841 = mul %6840, %6840 : f32[1024] @ models/lib/nn.yaml:79:7
%6842 = reduce_sum %6841 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6843 = sqrt %6842 : f32[] @ models/lib/nn.yaml:79:7
%6844 = cast %6843 : f64[] @ models/lib/nn.yaml:79:7
%6845 = add %6844, %6109 : f64[] @ models/lib/nn.yaml:79:7
%6846 = div %6111, %6845 : f64[] @ models/lib/nn.yaml:79:7
%6847 = lt %6846, %6113 : bool[] @ models/lib/nn.yaml:79:7
%6848 = cast %6846 : f32[] @ models/lib/nn.yaml:79:7
%6849 = broadcast %6848 : f32[16,64] @ models/lib/nn.yaml:79:7
%6850 = mul %6839, %6849 : f32[16,64] @ models/lib/nn.yaml:79:7
%6851 = broadcast %6847 : bool[16,64] @ models/lib/nn.yaml:79:7
%6852 = select %6851, %6850, %6839 : f32[16,64] @ models/lib/nn.yaml:79:7
%6853 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6854 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6855 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6856 = add %6855, %6123 : i64[] @ models/lib/nn.yaml:79:7
%6857 = broadcast %6127 : f32[16,64] @ models/lib/nn.yaml:79:7
%6858 = mul %20, %6857 : f32[16,64] @ models/lib/nn.yaml:79:7
%6859 = broadcast %3599 : f32[16,64] @ models/lib/nn.yaml:79:7
%6860 = mul %6852, %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%6861 = broadcast %2458 : f32[16,64] @ models/lib/nn.yaml:79:7
%6862 = mul %6853, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%6863 = add %6862, %6860 : f32[16,64] @ models/lib/nn.yaml:79:7
%6864 = mul %6852, %6852 : f32[16,64] @ models/lib/nn.yaml:79:7
%6865 = broadcast %6137 : f32[16,64] @ models/lib/nn.yaml:79:7
%6866 = mul %6864, %6865 : f32[16,64] @ models/lib/nn.yaml:79:7
%6867 = broadcast %6141 : f32[16,64] @ models/lib/nn.yaml:79:7
%6868 = mul %6854, %6867 : f32[16,64] @ models/lib/nn.yaml:79:7
%6869 = add %6868, %6866 : f32[16,64] @ models/lib/nn.yaml:79:7
%6870 = cast %6856 : f64[] @ models/lib/nn.yaml:79:7
%6871 = pow %6132, %6870 : f64[] @ models/lib/nn.yaml:79:7
%6872 = sub %6113, %6871 : f64[] @ models/lib/nn.yaml:79:7
%6873 = div %3843, %6872 : f64[] @ models/lib/nn.yaml:79:7
%6874 = pow %6140, %6870 : f64[] @ models/lib/nn.yaml:79:7
%6875 = sub %6113, %6874 : f64[] @ models/lib/nn.yaml:79:7
%6876 = sqrt %6875 : f64[] @ models/lib/nn.yaml:79:7
%6877 = div %6113, %6876 : f64[] @ models/lib/nn.yaml:79:7
%6878 = sqrt %6869 : f32[16,64] @ models/lib/nn.yaml:79:7
%6879 = cast %6877 : f32[] @ models/lib/nn.yaml:79:7
%6880 = broadcast %6879 : f32[16,64] @ models/lib/nn.yaml:79:7
%6881 = mul %6878, %6880 : f32[16,64] @ models/lib/nn.yaml:79:7
%6882 = broadcast %6157 : f32[16,64] @ models/lib/nn.yaml:79:7
%6883 = add %6881, %6882 : f32[16,64] @ models/lib/nn.yaml:79:7
%6884 = div %6863, %6883 : f32[16,64] @ models/lib/nn.yaml:79:7
%6885 = cast %6873 : f32[] @ models/lib/nn.yaml:79:7
%6886 = broadcast %6885 : f32[16,64] @ models/lib/nn.yaml:79:7
%6887 = mul %6884, %6886 : f32[16,64] @ models/lib/nn.yaml:79:7
%6888 = sub %6858, %6887 : f32[16,64] @ models/lib/nn.yaml:79:7
%6889 = assign %20, %6888 : f32[16,64] @ models/lib/nn.yaml:79:7
%6890 = assign %6853, %6863 : f32[16,64] @ models/lib/nn.yaml:79:7
%6891 = assign %6854, %6869 : f32[16,64] @ models/lib/nn.yaml:79:7
%6892 = assign %6855, %6856 : i64[] @ models/lib/nn.yaml:79:7
%6893 = broadcast %6169 : f32[16,64] @ models/lib/nn.yaml:79:7
%6894 = mul %98, %6893 : f32[16,64] @ models/lib/nn.yaml:79:7
%6895 = broadcast %6173 : f32[16,64] @ models/lib/nn.yaml:79:7
%6896 = mul %6888, %6895 : f32[16,64] @ models/lib/nn.yaml:79:7
%6897 = add %6894, %6896 : f32[16,64] @ models/lib/nn.yaml:79:7
%6898 = assign %98, %6897 : f32[16,64] @ models/lib/nn.yaml:79:7
%6899 = all_reduce_sum %5867 : f32[16] @ models/lib/nn.yaml:80:7
%6900 = mul %6899, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%6901 = reduce_sum %6900 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6902 = sqrt %6901 : f32[] @ models/lib/nn.yaml:80:7
%6903 = cast %6902 : f64[] @ models/lib/nn.yaml:80:7
%6904 = add %6903, %6109 : f64[] @ models/lib/nn.yaml:80:7
%6905 = div %6111, %6904 : f64[] @ models/lib/nn.yaml:80:7
%6906 = lt %6905, %6113 : bool[] @ models/lib/nn.yaml:80:7
%6907 = cast %6905 : f32[] @ models/lib/nn.yaml:80:7
%6908 = broadcast %6907 : f32[16] @ models/lib/nn.yaml:80:7
%6909 = mul %6899, %6908 : f32[16] @ models/lib/nn.yaml:80:7
%6910 = broadcast %6906 : bool[16] @ models/lib/nn.yaml:80:7
%6911 = select %6910, %6909, %6899 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6913 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6914 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6915 = add %6914, %6123 : i64[] @ models/lib/nn.yaml:80:7
%6916 = mul %6911, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%6917 = mul %6912, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%6918 = add %6917, %6916 : f32[16] @ models/lib/nn.yaml:80:7
%6919 = mul %6911, %6911 : f32[16] @ models/lib/nn.yaml:80:7
%6920 = mul %6919, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%6921 = mul %6913, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6922 = add %6921, %6920 : f32[16] @ models/lib/nn.yaml:80:7
%6923 = cast %6915 : f64[] @ models/lib/nn.yaml:80:7
%6924 = pow %6132, %6923 : f64[] @ models/lib/nn.yaml:80:7
%6925 = sub %6113, %6924 : f64[] @ models/lib/nn.yaml:80:7
%6926 = div %3843, %6925 : f64[] @ models/lib/nn.yaml:80:7
%6927 = pow %6140, %6923 : f64[] @ models/lib/nn.yaml:80:7
%6928 = sub %6113, %6927 : f64[] @ models/lib/nn.yaml:80:7
%6929 = sqrt %6928 : f64[] @ models/lib/nn.yaml:80:7
%6930 = div %6113, %6929 : f64[] @ models/lib/nn.yaml:80:7
%6931 = sqrt %6922 : f32[16] @ models/lib/nn.yaml:80:7
%6932 = cast %6930 : f32[] @ models/lib/nn.yaml:80:7
%6933 = broadcast %6932 : f32[16] @ models/lib/nn.yaml:80:7
%6934 = mul %6931, %6933 : f32[16] @ models/lib/nn.yaml:80:7
%6935 = add %6934, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%6936 = div %6918, %6935 : f32[16] @ models/lib/nn.yaml:80:7
%6937 = cast %6926 : f32[] @ models/lib/nn.yaml:80:7
%6938 = broadcast %6937 : f32[16] @ models/lib/nn.yaml:80:7
%6939 = mul %6936, %6938 : f32[16] @ models/lib/nn.yaml:80:7
%6940 = sub %21, %6939 : f32[16] @ models/lib/nn.yaml:80:7
%6941 = assign %21, %6940 : f32[16] @ models/lib/nn.yaml:80:7
%6942 = assign %6912, %6918 : f32[16] @ models/lib/nn.yaml:80:7
%6943 = assign %6913, %6922 : f32[16] @ models/lib/nn.yaml:80:7
%6944 = assign %6914, %6915 : i64[] @ models/lib/nn.yaml:80:7
%6945 = mul %99, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%6946 = mul %6940, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = add %6945, %6946 : f32[16] @ models/lib/nn.yaml:80:7
%6948 = assign %99, %6947 : f32[16] @ models/lib/nn.yaml:80:7
%6949 = all_reduce_sum %5844 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = mul %6949, %6949 : f32[16] @ models/lib/nn.yaml:89:7
%6951 = reduce_sum %6950 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6952 = sqrt %6951 : f32[] @ models/lib/nn.yaml:89:7
%6953 = cast %6952 : f64[] @ models/lib/nn.yaml:89:7
%6954 = add %6953, %6109 : f64[] @ models/lib/nn.yaml:89:7
%6955 = div %6111, %6954 : f64[] @ models/lib/nn.yaml:89:7
%6956 = lt %6955, %6113 : bool[] @ models/lib/nn.yaml:89:7
%6957 = cast %6955 : f32[] @ models/lib/nn.yaml:89:7
%6958 = broadcast %6957 : f32[16] @ models/lib/nn.yaml:89:7
%6959 = mul %6949, %6958 : f32[16] @ models/lib/nn.yaml:89:7
%6960 = broadcast %6956 : bool[16] @ models/lib/nn.yaml:89:7
%6961 = select %6960, %6959, %6949 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6963 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6964 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6965 = add %6964, %6123 : i64[] @ models/lib/nn.yaml:89:7
%6966 = mul %6961, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = mul %6962, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6968 = add %6967, %6966 : f32[16] @ models/lib/nn.yaml:89:7
%6969 = mul %6961, %6961 : f32[16] @ models/lib/nn.yaml:89:7
%6970 = mul %6969, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6971 = mul %6963, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6972 = add %6971, %6970 : f32[16] @ models/lib/nn.yaml:89:7
%6973 = cast %6965 : f64[] @ models/lib/nn.yaml:89:7
%6974 = pow %6132, %6973 : f64[] @ models/lib/nn.yaml:89:7
%6975 = sub %6113, %6974 : f64[] @ models/lib/nn.yaml:89:7
%6976 = div %3843, %6975 : f64[] @ models/lib/nn.yaml:89:7
%6977 = pow %6140, %6973 : f64[] @ models/lib/nn.yaml:89:7
%6978 = sub %6113, %6977 : f64[] @ models/lib/nn.yaml:89:7
%6979 = sqrt %6978 : f64[] @ models/lib/nn.yaml:89:7
%6980 = div %6113, %6979 : f64[] @ models/lib/nn.yaml:89:7
%6981 = sqrt %6972 : f32[16] @ models/lib/nn.yaml:89:7
%6982 = cast %6980 : f32[] @ models/lib/nn.yaml:89:7
%6983 = broadcast %6982 : f32[16] @ models/lib/nn.yaml:89:7
%6984 = mul %6981, %6983 : f32[16] @ models/lib/nn.yaml:89:7
%6985 = add %6984, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%6986 = div %6968, %6985 : f32[16] @ models/lib/nn.yaml:89:7
%6987 = cast %6976 : f32[] @ models/lib/nn.yaml:89:7
%6988 = broadcast %6987 : f32[16] @ models/lib/nn.yaml:89:7
%6989 = mul %6986, %6988 : f32[16] @ models/lib/nn.yaml:89:7
%6990 = sub %22, %6989 : f32[16] @ models/lib/nn.yaml:89:7
%6991 = assign %22, %6990 : f32[16] @ models/lib/nn.yaml:89:7
%6992 = assign %6962, %6968 : f32[16] @ models/lib/nn.yaml:89:7
%6993 = assign %6963, %6972 : f32[16] @ models/lib/nn.yaml:89:7
%6994 = assign %6964, %6965 : i64[] @ models/lib/nn.yaml:89:7
%6995 = mul %100, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6996 = mul %6990, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6997 = add %6995, %6996 : f32[16] @ models/lib/nn.yaml:89:7
%6998 = assign %100, %6997 : f32[16] @ models/lib/nn.yaml:89:7
%6999 = all_reduce_sum %5837 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = mul %6999, %6999 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = reduce_sum %7000 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7002 = sqrt %7001 : f32[] @ models/lib/nn.yaml:90:7
%7003 = cast %7002 : f64[] @ models/lib/nn.yaml:90:7
%7004 = add %7003, %6109 : f64[] @ models/lib/nn.yaml:90:7
%7005 = div %6111, %7004 : f64[] @ models/lib/nn.yaml:90:7
%7006 = lt %7005, %6113 : bool[] @ models/lib/nn.yaml:90:7
%7007 = cast %7005 : f32[] @ models/lib/nn.yaml:90:7
%7008 = broadcast %7007 : f32[16] @ models/lib/nn.yaml:90:7
%7009 = mul %6999, %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = broadcast %7006 : bool[16] @ models/lib/nn.yaml:90:7
%7011 = select %7010, %7009, %6999 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7013 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7014 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7015 = add %7014, %6123 : i64[] @ models/lib/nn.yaml:90:7
%7016 = mul %7011, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = mul %7012, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%7018 = add %7017, %7016 : f32[16] @ models/lib/nn.yaml:90:7
%7019 = mul %7011, %7011 : f32[16] @ models/lib/nn.yaml:90:7
%7020 = mul %7019, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%7021 = mul %7013, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%7022 = add %7021, %7020 : f32[16] @ models/lib/nn.yaml:90:7
%7023 = cast %7015 : f64[] @ models/lib/nn.yaml:90:7
%7024 = pow %6132, %7023 : f64[] @ models/lib/nn.yaml:90:7
%7025 = sub %6113, %7024 : f64[] @ models/lib/nn.yaml:90:7
%7026 = div %3843, %7025 : f64[] @ models/lib/nn.yaml:90:7
%7027 = pow %6140, %7023 : f64[] @ models/lib/nn.yaml:90:7
%7028 = sub %6113, %7027 : f64[] @ models/lib/nn.yaml:90:7
%7029 = sqrt %7028 : f64[] @ models/lib/nn.yaml:90:7
%7030 = div %6113, %7029 : f64[] @ models/lib/nn.yaml:90:7
%7031 = sqrt %7022 : f32[16] @ models/lib/nn.yaml:90:7
%7032 = cast %7030 : f32[] @ models/lib/nn.yaml:90:7
%7033 = broadcast %7032 : f32[16] @ models/lib/nn.yaml:90:7
%7034 = mul %7031, %7033 : f32[16] @ models/lib/nn.yaml:90:7
%7035 = add %7034, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%7036 = div %7018, %7035 : f32[16] @ models/lib/nn.yaml:90:7
%7037 = cast %7026 : f32[] @ models/lib/nn.yaml:90:7
%7038 = broadcast %7037 : f32[16] @ models/lib/nn.yaml:90:7
%7039 = mul %7036, %7038 : f32[16] @ models/lib/nn.yaml:90:7
%7040 = sub %23, %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7041 = assign %23, %7040 : f32[16] @ models/lib/nn.yaml:90:7
%7042 = assign %7012, %7018 : f32[16] @ models/lib/nn.yaml:90:7
%7043 = assign %7013, %7022 : f32[16] @ models/lib/nn.yaml:90:7
%7044 = assign %7014, %7015 : i64[] @ models/lib/nn.yaml:90:7
%7045 = mul %101, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%7046 = mul %7040, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%7047 = add %7045, %7046 : f32[16] @ models/lib/nn.yaml:90:7
%7048 = assign %101, %7047 : f32[16] @ models/lib/nn.yaml:90:7
%7049 = all_reduce_sum %5831 : f32[48,16] @ models/lib/nn.yaml:79:7
%7050 = reshape %7049 : f32[768] @ models/lib/nn.yaml:79:7
%7051 = mul %7050, %7050 : f32[768] @ models/lib/nn.yaml:79:7
%7052 = reduce_sum %7051 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7053 = sqrt %7052 : f32[] @ models/lib/nn.yaml:79:7
%7054 = cast %7053 : f64[] @ models/lib/nn.yaml:79:7
%7055 = add %7054, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7056 = div %6111, %7055 : f64[] @ models/lib/nn.yaml:79:7
%7057 = lt %7056, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7058 = cast %7056 : f32[] @ models/lib/nn.yaml:79:7
%7059 = broadcast %7058 : f32[48,16] @ models/lib/nn.yaml:79:7
%7060 = mul %7049, %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7061 = broadcast %7057 : bool[48,16] @ models/lib/nn.yaml:79:7
%7062 = select %7061, %7060, %7049 : f32[48,16] @ models/lib/nn.yaml:79:7
%7063 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7064 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7065 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7066 = add %7065, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7067 = mul %24, %6413 : f32[48,16] @ models/lib/nn.yaml:79:7
%7068 = mul %7062, %6415 : f32[48,16] @ models/lib/nn.yaml:79:7
%7069 = mul %7063, %6417 : f32[48,16] @ models/lib/nn.yaml:79:7
%7070 = add %7069, %7068 : f32[48,16] @ models/lib/nn.yaml:79:7
%7071 = mul %7062, %7062 : f32[48,16] @ models/lib/nn.yaml:79:7
%7072 = mul %7071, %6421 : f32[48,16] @ models/lib/nn.yaml:79:7
%7073 = mul %7064, %6423 : f32[48,16] @ models/lib/nn.yaml:79:7
%7074 = add %7073, %7072 : f32[48,16] @ models/lib/nn.yaml:79:7
%7075 = cast %7066 : f64[] @ models/lib/nn.yaml:79:7
%7076 = pow %6132, %7075 : f64[] @ models/lib/nn.yaml:79:7
%7077 = sub %6113, %7076 : f64[] @ models/lib/nn.yaml:79:7
%7078 = div %3843, %7077 : f64[] @ models/lib/nn.yaml:79:7
%7079 = pow %6140, %7075 : f64[] @ models/lib/nn.yaml:79:7
%7080 = sub %6113, %7079 : f64[] @ models/lib/nn.yaml:79:7
%7081 = sqrt %7080 : f64[] @ models/lib/nn.yaml:79:7
%7082 = div %6113, %7081 : f64[] @ models/lib/nn.yaml:79:7
%7083 = sqrt %7074 : f32[48,16] @ models/lib/nn.yaml:79:7
%7084 = cast %7082 : f32[] @ models/lib/nn.yaml:79:7
%7085 = broadcast %7084 : f32[48,16] @ models/lib/nn.yaml:79:7
%7086 = mul %7083, %7085 : f32[48,16] @ models/lib/nn.yaml:79:7
%7087 = add %7086, %6438 : f32[48,16] @ models/lib/nn.yaml:79:7
%7088 = div %7070, %7087 : f32[48,16] @ models/lib/nn.yaml:79:7
%7089 = cast %7078 : f32[] @ models/lib/nn.yaml:79:7
%7090 = broadcast %7089 : f32[48,16] @ models/lib/nn.yaml:79:7
%7091 = mul %7088, %7090 : f32[48,16] @ models/lib/nn.yaml:79:7
%7092 = sub %7067, %7091 : f32[48,16] @ models/lib/nn.yaml:79:7
%7093 = assign %24, %7092 : f32[48,16] @ models/lib/nn.yaml:79:7
%7094 = assign %7063, %7070 : f32[48,16] @ models/lib/nn.yaml:79:7
%7095 = assign %7064, %7074 : f32[48,16] @ models/lib/nn.yaml:79:7
%7096 = assign %7065, %7066 : i64[] @ models/lib/nn.yaml:79:7
%7097 = mul %102, %6449 : f32[48,16] @ models/lib/nn.yaml:79:7
%7098 = mul %7092, %6451 : f32[48,16] @ models/lib/nn.yaml:79:7
%7099 = add %7097, %7098 : f32[48,16] @ models/lib/nn.yaml:79:7
%7100 = assign %102, %7099 : f32[48,16] @ models/lib/nn.yaml:79:7
%7101 = all_reduce_sum %5823 : f32[48] @ models/lib/nn.yaml:80:7
%7102 = mul %7101, %7101 : f32[48] @ models/lib/nn.yaml:80:7
%7103 = reduce_sum %7102 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7104 = sqrt %7103 : f32[] @ models/lib/nn.yaml:80:7
%7105 = cast %7104 : f64[] @ models/lib/nn.yaml:80:7
%7106 = add %7105, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7107 = div %6111, %7106 : f64[] @ models/lib/nn.yaml:80:7
%7108 = lt %7107, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7109 = cast %7107 : f32[] @ models/lib/nn.yaml:80:7
%7110 = broadcast %7109 : f32[48] @ models/lib/nn.yaml:80:7
%7111 = mul %7101, %7110 : f32[48] @ models/lib/nn.yaml:80:7
%7112 = broadcast %7108 : bool[48] @ models/lib/nn.yaml:80:7
%7113 = select %7112, %7111, %7101 : f32[48] @ models/lib/nn.yaml:80:7
%7114 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7115 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7116 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7117 = add %7116, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7118 = mul %7113, %6472 : f32[48] @ models/lib/nn.yaml:80:7
%7119 = mul %7114, %6474 : f32[48] @ models/lib/nn.yaml:80:7
%7120 = add %7119, %7118 : f32[48] @ models/lib/nn.yaml:80:7
%7121 = mul %7113, %7113 : f32[48] @ models/lib/nn.yaml:80:7
%7122 = mul %7121, %6478 : f32[48] @ models/lib/nn.yaml:80:7
%7123 = mul %7115, %6480 : f32[48] @ models/lib/nn.yaml:80:7
%7124 = add %7123, %7122 : f32[48] @ models/lib/nn.yaml:80:7
%7125 = cast %7117 : f64[] @ models/lib/nn.yaml:80:7
%7126 = pow %6132, %7125 : f64[] @ models/lib/nn.yaml:80:7
%7127 = sub %6113, %7126 : f64[] @ models/lib/nn.yaml:80:7
%7128 = div %3843, %7127 : f64[] @ models/lib/nn.yaml:80:7
%7129 = pow %6140, %7125 : f64[] @ models/lib/nn.yaml:80:7
%7130 = sub %6113, %7129 : f64[] @ models/lib/nn.yaml:80:7
%7131 = sqrt %7130 : f64[] @ models/lib/nn.yaml:80:7
%7132 = div %6113, %7131 : f64[] @ models/lib/nn.yaml:80:7
%7133 = sqrt %7124 : f32[48] @ models/lib/nn.yaml:80:7
%7134 = cast %7132 : f32[] @ models/lib/nn.yaml:80:7
%7135 = broadcast %7134 : f32[48] @ models/lib/nn.yaml:80:7
%7136 = mul %7133, %7135 : f32[48] @ models/lib/nn.yaml:80:7
%7137 = add %7136, %6495 : f32[48] @ models/lib/nn.yaml:80:7
%7138 = div %7120, %7137 : f32[48] @ models/lib/nn.yaml:80:7
%7139 = cast %7128 : f32[] @ models/lib/nn.yaml:80:7
%7140 = broadcast %7139 : f32[48] @ models/lib/nn.yaml:80:7
%7141 = mul %7138, %7140 : f32[48] @ models/lib/nn.yaml:80:7
%7142 = sub %25, %7141 : f32[48] @ models/lib/nn.yaml:80:7
%7143 = assign %25, %7142 : f32[48] @ models/lib/nn.yaml:80:7
%7144 = assign %7114, %7120 : f32[48] @ models/lib/nn.yaml:80:7
%7145 = assign %7115, %7124 : f32[48] @ models/lib/nn.yaml:80:7
%7146 = assign %7116, %7117 : i64[] @ models/lib/nn.yaml:80:7
%7147 = mul %103, %6506 : f32[48] @ models/lib/nn.yaml:80:7
%7148 = mul %7142, %6508 : f32[48] @ models/lib/nn.yaml:80:7
%7149 = add %7147, %7148 : f32[48] @ models/lib/nn.yaml:80:7
%7150 = assign %103, %7149 : f32[48] @ models/lib/nn.yaml:80:7
%7151 = all_reduce_sum %5717 : f32[16,16] @ models/lib/nn.yaml:79:7
%7152 = reshape %7151 : f32[256] @ models/lib/nn.yaml:79:7
%7153 = mul %7152, %7152 : f32[256] @ models/lib/nn.yaml:79:7
%7154 = reduce_sum %7153 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7155 = sqrt %7154 : f32[] @ models/lib/nn.yaml:79:7
%7156 = cast %7155 : f64[] @ models/lib/nn.yaml:79:7
%7157 = add %7156, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7158 = div %6111, %7157 : f64[] @ models/lib/nn.yaml:79:7
%7159 = lt %7158, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7160 = cast %7158 : f32[] @ models/lib/nn.yaml:79:7
%7161 = broadcast %7160 : f32[16,16] @ models/lib/nn.yaml:79:7
%7162 = mul %7151, %7161 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = broadcast %7159 : bool[16,16] @ models/lib/nn.yaml:79:7
%7164 = select %7163, %7162, %7151 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7167 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7168 = add %7167, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7169 = mul %26, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%7170 = mul %7164, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%7171 = mul %7165, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7172 = add %7171, %7170 : f32[16,16] @ models/lib/nn.yaml:79:7
%7173 = mul %7164, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7174 = mul %7173, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7175 = mul %7166, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = add %7175, %7174 : f32[16,16] @ models/lib/nn.yaml:79:7
%7177 = cast %7168 : f64[] @ models/lib/nn.yaml:79:7
%7178 = pow %6132, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7179 = sub %6113, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7180 = div %3843, %7179 : f64[] @ models/lib/nn.yaml:79:7
%7181 = pow %6140, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7182 = sub %6113, %7181 : f64[] @ models/lib/nn.yaml:79:7
%7183 = sqrt %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = div %6113, %7183 : f64[] @ models/lib/nn.yaml:79:7
%7185 = sqrt %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7186 = cast %7184 : f32[] @ models/lib/nn.yaml:79:7
%7187 = broadcast %7186 : f32[16,16] @ models/lib/nn.yaml:79:7
%7188 = mul %7185, %7187 : f32[16,16] @ models/lib/nn.yaml:79:7
%7189 = add %7188, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%7190 = div %7172, %7189 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = cast %7180 : f32[] @ models/lib/nn.yaml:79:7
%7192 = broadcast %7191 : f32[16,16] @ models/lib/nn.yaml:79:7
%7193 = mul %7190, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = sub %7169, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = assign %26, %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = assign %7165, %7172 : f32[16,16] @ models/lib/nn.yaml:79:7
%7197 = assign %7166, %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7198 = assign %7167, %7168 : i64[] @ models/lib/nn.yaml:79:7
%7199 = mul %104, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%7200 = mul %7194, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%7201 = add %7199, %7200 : f32[16,16] @ models/lib/nn.yaml:79:7
%7202 = assign %104, %7201 : f32[16,16] @ models/lib/nn.yaml:79:7
%7203 = all_reduce_sum %5709 : f32[16] @ models/lib/nn.yaml:80:7
%7204 = mul %7203, %7203 : f32[16] @ models/lib/nn.yaml:80:7
%7205 = reduce_sum %7204 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7206 = sqrt %7205 : f32[] @ models/lib/nn.yaml:80:7
%7207 = cast %7206 : f64[] @ models/lib/nn.yaml:80:7
%7208 = add %7207, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7209 = div %6111, %7208 : f64[] @ models/lib/nn.yaml:80:7
%7210 = lt %7209, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7211 = cast %7209 : f32[] @ models/lib/nn.yaml:80:7
%7212 = broadcast %7211 : f32[16] @ models/lib/nn.yaml:80:7
%7213 = mul %7203, %7212 : f32[16] @ models/lib/nn.yaml:80:7
%7214 = broadcast %7210 : bool[16] @ models/lib/nn.yaml:80:7
%7215 = select %7214, %7213, %7203 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7217 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7218 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7219 = add %7218, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7220 = mul %7215, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%7221 = mul %7216, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7222 = add %7221, %7220 : f32[16] @ models/lib/nn.yaml:80:7
%7223 = mul %7215, %7215 : f32[16] @ models/lib/nn.yaml:80:7
%7224 = mul %7223, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%7225 = mul %7217, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%7226 = add %7225, %7224 : f32[16] @ models/lib/nn.yaml:80:7
%7227 = cast %7219 : f64[] @ models/lib/nn.yaml:80:7
%7228 = pow %6132, %7227 : f64[] @ models/lib/nn.yaml:80:7
%7229 = sub %6113, %7228 : f64[] @ models/lib/nn.yaml:80:7
%7230 = div %3843, %7229 : f64[] @ models/lib/nn.yaml:80:7
%7231 = pow %6140, %7227 : f64[] @ models/lib/nn.yaml:80:7
%7232 = sub %6113, %7231 : f64[] @ models/lib/nn.yaml:80:7
%7233 = sqrt %7232 : f64[] @ models/lib/nn.yaml:80:7
%7234 = div %6113, %7233 : f64[] @ models/lib/nn.yaml:80:7
%7235 = sqrt %7226 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = cast %7234 : f32[] @ models/lib/nn.yaml:80:7
%7237 = broadcast %7236 : f32[16] @ models/lib/nn.yaml:80:7
%7238 = mul %7235, %7237 : f32[16] @ models/lib/nn.yaml:80:7
%7239 = add %7238, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%7240 = div %7222, %7239 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = cast %7230 : f32[] @ models/lib/nn.yaml:80:7
%7242 = broadcast %7241 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = mul %7240, %7242 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = sub %27, %7243 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = assign %27, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = assign %7216, %7222 : f32[16] @ models/lib/nn.yaml:80:7
%7247 = assign %7217, %7226 : f32[16] @ models/lib/nn.yaml:80:7
%7248 = assign %7218, %7219 : i64[] @ models/lib/nn.yaml:80:7
%7249 = mul %105, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%7250 = mul %7244, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%7251 = add %7249, %7250 : f32[16] @ models/lib/nn.yaml:80:7
%7252 = assign %105, %7251 : f32[16] @ models/lib/nn.yaml:80:7
%7253 = all_reduce_sum %5683 : f32[16] @ models/lib/nn.yaml:89:7
%7254 = mul %7253, %7253 : f32[16] @ models/lib/nn.yaml:89:7
%7255 = reduce_sum %7254 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7256 = sqrt %7255 : f32[] @ models/lib/nn.yaml:89:7
%7257 = cast %7256 : f64[] @ models/lib/nn.yaml:89:7
%7258 = add %7257, %6109 : f64[] @ models/lib/nn.yaml:89:7
%7259 = div %6111, %7258 : f64[] @ models/lib/nn.yaml:89:7
%7260 = lt %7259, %6113 : bool[] @ models/lib/nn.yaml:89:7
%7261 = cast %7259 : f32[] @ models/lib/nn.yaml:89:7
%7262 = broadcast %7261 : f32[16] @ models/lib/nn.yaml:89:7
%7263 = mul %7253, %7262 : f32[16] @ models/lib/nn.yaml:89:7
%7264 = broadcast %7260 : bool[16] @ models/lib/nn.yaml:89:7
%7265 = select %7264, %7263, %7253 : f32[16] @ models/lib/nn.yaml:89:7
%7266 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7267 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7268 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7269 = add %7268, %6123 : i64[] @ models/lib/nn.yaml:89:7
%7270 = mul %7265, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%7271 = mul %7266, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%7272 = add %7271, %7270 : f32[16] @ models/lib/nn.yaml:89:7
%7273 = mul %7265, %7265 : f32[16] @ models/lib/nn.yaml:89:7
%7274 = mul %7273, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%7275 = mul %7267, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%7276 = add %7275, %7274 : f32[16] @ models/lib/nn.yaml:89:7
%7277 = cast %7269 : f64[] @ models/lib/nn.yaml:89:7
%7278 = pow %6132, %7277 : f64[] @ models/lib/nn.yaml:89:7
%7279 = sub %6113, %7278 : f64[] @ models/lib/nn.yaml:89:7
%7280 = div %3843, %7279 : f64[] @ models/lib/nn.yaml:89:7
%7281 = pow %6140, %7277 : f64[] @ models/lib/nn.yaml:89:7
%7282 = sub %6113, %7281 : f64[] @ models/lib/nn.yaml:89:7
%7283 = sqrt %7282 : f64[] @ models/lib/nn.yaml:89:7
%7284 = div %6113, %7283 : f64[] @ models/lib/nn.yaml:89:7
%7285 = sqrt %7276 : f32[16] @ models/lib/nn.yaml:89:7
%7286 = cast %7284 : f32[] @ models/lib/nn.yaml:89:7
%7287 = broadcast %7286 : f32[16] @ models/lib/nn.yaml:89:7
%7288 = mul %7285, %7287 : f32[16] @ models/lib/nn.yaml:89:7
%7289 = add %7288, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%7290 = div %7272, %7289 : f32[16] @ models/lib/nn.yaml:89:7
%7291 = cast %7280 : f32[] @ models/lib/nn.yaml:89:7
%7292 = broadcast %7291 : f32[16] @ models/lib/nn.yaml:89:7
%7293 = mul %7290, %7292 : f32[16] @ models/lib/nn.yaml:89:7
%7294 = sub %28, %7293 : f32[16] @ models/lib/nn.yaml:89:7
%7295 = assign %28, %7294 : f32[16] @ models/lib/nn.yaml:89:7
%7296 = assign %7266, %7272 : f32[16] @ models/lib/nn.yaml:89:7
%7297 = assign %7267, %7276 : f32[16] @ models/lib/nn.yaml:89:7
%7298 = assign %7268, %7269 : i64[] @ models/lib/nn.yaml:89:7
%7299 = mul %106, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%7300 = mul %7294, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%7301 = add %7299, %7300 : f32[16] @ models/lib/nn.yaml:89:7
%7302 = assign %106, %7301 : f32[16] @ models/lib/nn.yaml:89:7
%7303 = all_reduce_sum %5676 : f32[16] @ models/lib/nn.yaml:90:7
%7304 = mul %7303, %7303 : f32[16] @ models/lib/nn.yaml:90:7
%7305 = reduce_sum %7304 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7306 = sqrt %7305 : f32[] @ models/lib/nn.yaml:90:7
%7307 = cast %7306 : f64[] @ models/lib/nn.yaml:90:7
%7308 = add %7307, %6109 : f64[] @ models/lib/nn.yaml:90:7
%7309 = div %6111, %7308 : f64[] @ models/lib/nn.yaml:90:7
%7310 = lt %7309, %6113 : bool[] @ models/lib/nn.yaml:90:7
%7311 = cast %7309 : f32[] @ models/lib/nn.yaml:90:7
%7312 = broadcast %7311 : f32[16] @ models/lib/nn.yaml:90:7
%7313 = mul %7303, %7312 : f32[16] @ models/lib/nn.yaml:90:7
%7314 = broadcast %7310 : bool[16] @ models/lib/nn.yaml:90:7
%7315 = select %7314, %7313, %7303 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7317 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7318 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7319 = add %7318, %6123 : i64[] @ models/lib/nn.yaml:90:7
%7320 = mul %7315, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%7321 = mul %7316, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%7322 = add %7321, %7320 : f32[16] @ models/lib/nn.yaml:90:7
%7323 = mul %7315, %7315 : f32[16] @ models/lib/nn.yaml:90:7
%7324 = mul %7323, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%7325 = mul %7317, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%7326 = add %7325, %7324 : f32[16] @ models/lib/nn.yaml:90:7
%7327 = cast %7319 : f64[] @ models/lib/nn.yaml:90:7
%7328 = pow %6132, %7327 : f64[] @ models/lib/nn.yaml:90:7
%7329 = sub %6113, %7328 : f64[] @ models/lib/nn.yaml:90:7
%7330 = div %3843, %7329 : f64[] @ models/lib/nn.yaml:90:7
%7331 = pow %6140, %7327 : f64[] @ models/lib/nn.yaml:90:7
%7332 = sub %6113, %7331 : f64[] @ models/lib/nn.yaml:90:7
%7333 = sqrt %7332 : f64[] @ models/lib/nn.yaml:90:7
%7334 = div %6113, %7333 : f64[] @ models/lib/nn.yaml:90:7
%7335 = sqrt %7326 : f32[16] @ models/lib/nn.yaml:90:7
%7336 = cast %7334 : f32[] @ models/lib/nn.yaml:90:7
%7337 = broadcast %7336 : f32[16] @ models/lib/nn.yaml:90:7
%7338 = mul %7335, %7337 : f32[16] @ models/lib/nn.yaml:90:7
%7339 = add %7338, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%7340 = div %7322, %7339 : f32[16] @ models/lib/nn.yaml:90:7
%7341 = cast %7330 : f32[] @ models/lib/nn.yaml:90:7
%7342 = broadcast %7341 : f32[16] @ models/lib/nn.yaml:90:7
%7343 = mul %7340, %7342 : f32[16] @ models/lib/nn.yaml:90:7
%7344 = sub %29, %7343 : f32[16] @ models/lib/nn.yaml:90:7
%7345 = assign %29, %7344 : f32[16] @ models/lib/nn.yaml:90:7
%7346 = assign %7316, %7322 : f32[16] @ models/lib/nn.yaml:90:7
%7347 = assign %7317, %7326 : f32[16] @ models/lib/nn.yaml:90:7
%7348 = assign %7318, %7319 : i64[] @ models/lib/nn.yaml:90:7
%7349 = mul %107, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%7350 = mul %7344, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%7351 = add %7349, %7350 : f32[16] @ models/lib/nn.yaml:90:7
%7352 = assign %107, %7351 : f32[16] @ models/lib/nn.yaml:90:7
%7353 = all_reduce_sum %5670 : f32[64,16] @ models/lib/nn.yaml:79:7
%7354 = reshape %7353 : f32[1024] @ models/lib/nn.yaml:79:7
%7355 = mul %7354, %7354 : f32[1024] @ models/lib/nn.yaml:79:7
%7356 = reduce_sum %7355 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7357 = sqrt %7356 : f32[] @ models/lib/nn.yaml:79:7
%7358 = cast %7357 : f64[] @ models/lib/nn.yaml:79:7
%7359 = add %7358, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7360 = div %6111, %7359 : f64[] @ models/lib/nn.yaml:79:7
%7361 = lt %7360, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7362 = cast %7360 : f32[] @ models/lib/nn.yaml:79:7
%7363 = broadcast %7362 : f32[64,16] @ models/lib/nn.yaml:79:7
%7364 = mul %7353, %7363 : f32[64,16] @ models/lib/nn.yaml:79:7
%7365 = broadcast %7361 : bool[64,16] @ models/lib/nn.yaml:79:7
%7366 = select %7365, %7364, %7353 : f32[64,16] @ models/lib/nn.yaml:79:7
%7367 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7368 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7369 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7370 = add %7369, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7371 = mul %30, %6740 : f32[64,16] @ models/lib/nn.yaml:79:7
%7372 = mul %7366, %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%7373 = mul %7367, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%7374 = add %7373, %7372 : f32[64,16] @ models/lib/nn.yaml:79:7
%7375 = mul %7366, %7366 : f32[64,16] @ models/lib/nn.yaml:79:7
%7376 = mul %7375, %6748 : f32[64,16] @ models/lib/nn.yaml:79:7
%7377 = mul %7368, %6750 : f32[64,16] @ models/lib/nn.yaml:79:7
%7378 = add %7377, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%7379 = cast %7370 : f64[] @ models/lib/nn.yaml:79:7
%7380 = pow %6132, %7379 : f64[] @ models/lib/nn.yaml:79:7
%7381 = sub %6113, %7380 : f64[] @ models/lib/nn.yaml:79:7
%7382 = div %3843, %7381 : f64[] @ models/lib/nn.yaml:79:7
%7383 = pow %6140, %7379 : f64[] @ models/lib/nn.yaml:79:7
%7384 = sub %6113, %7383 : f64[] @ models/lib/nn.yaml:79:7
%7385 = sqrt %7384 : f64[] @ models/lib/nn.yaml:79:7
%7386 = div %6113, %7385 : f64[] @ models/lib/nn.yaml:79:7
%7387 = sqrt %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%7388 = cast %7386 : f32[] @ models/lib/nn.yaml:79:7
%7389 = broadcast %7388 : f32[64,16] @ models/lib/nn.yaml:79:7
%7390 = mul %7387, %7389 : f32[64,16] @ models/lib/nn.yaml:79:7
%7391 = add %7390, %6765 : f32[64,16] @ models/lib/nn.yaml:79:7
%7392 = div %7374, %7391 : f32[64,16] @ models/lib/nn.yaml:79:7
%7393 = cast %7382 : f32[] @ models/lib/nn.yaml:79:7
%7394 = broadcast %7393 : f32[64,16] @ models/lib/nn.yaml:79:7
%7395 = mul %7392, %7394 : f32[64,16] @ models/lib/nn.yaml:79:7
%7396 = sub %7371, %7395 : f32[64,16] @ models/lib/nn.yaml:79:7
%7397 = assign %30, %7396 : f32[64,16] @ models/lib/nn.yaml:79:7
%7398 = assign %7367, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%7399 = assign %7368, %7378 : f32[64,16] @ models/lib/nn.yaml:79:7
%7400 = assign %7369, %7370 : i64[] @ models/lib/nn.yaml:79:7
%7401 = mul %108, %6776 : f32[64,16] @ models/lib/nn.yaml:79:7
%7402 = mul %7396, %6778 : f32[64,16] @ models/lib/nn.yaml:79:7
%7403 = add %7401, %7402 : f32[64,16] @ models/lib/nn.yaml:79:7
%7404 = assign %108, %7403 : f32[64,16] @ models/lib/nn.yaml:79:7
%7405 = all_reduce_sum %5662 : f32[64] @ models/lib/nn.yaml:80:7
%7406 = mul %7405, %7405 : f32[64] @ models/lib/nn.yaml:80:7
%7407 = reduce_sum %7406 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7408 = sqrt %7407 : f32[] @ models/lib/nn.yaml:80:7
%7409 = cast %7408 : f64[] @ models/lib/nn.yaml:80:7
%7410 = add %7409, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7411 = div %6111, %7410 : f64[] @ models/lib/nn.yaml:80:7
%7412 = lt %7411, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7413 = cast %7411 : f32[] @ models/lib/nn.yaml:80:7
%7414 = broadcast %7413 : f32[64] @ models/lib/nn.yaml:80:7
%7415 = mul %7405, %7414 : f32[64] @ models/lib/nn.yaml:80:7
%7416 = broadcast %7412 : bool[64] @ models/lib/nn.yaml:80:7
%7417 = select %7416, %7415, %7405 : f32[64] @ models/lib/nn.yaml:80:7
%7418 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7419 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7420 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7421 = add %7420, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7422 = mul %7417, %6799 : f32[64] @ models/lib/nn.yaml:80:7
%7423 = mul %7418, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%7424 = add %7423, %7422 : f32[64] @ models/lib/nn.yaml:80:7
%7425 = mul %7417, %7417 : f32[64] @ models/lib/nn.yaml:80:7
%7426 = mul %7425, %6805 : f32[64] @ models/lib/nn.yaml:80:7
%7427 = mul %7419, %6807 : f32[64] @ models/lib/nn.yaml:80:7
%7428 = add %7427, %7426 : f32[64] @ models/lib/nn.yaml:80:7
%7429 = cast %7421 : f64[] @ models/lib/nn.yaml:80:7
%7430 = pow %6132, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7431 = sub %6113, %7430 : f64[] @ models/lib/nn.yaml:80:7
%7432 = div %3843, %7431 : f64[] @ models/lib/nn.yaml:80:7
%7433 = pow %6140, %7429 : f64[] @ models/lib/nn.yaml:80:7
%7434 = sub %6113, %7433 : f64[] @ models/lib/nn.yaml:80:7
%7435 = sqrt %7434 : f64[] @ models/lib/nn.yaml:80:7
%7436 = div %6113, %7435 : f64[] @ models/lib/nn.yaml:80:7
%7437 = sqrt %7428 : f32[64] @ models/lib/nn.yaml:80:7
%7438 = cast %7436 : f32[] @ models/lib/nn.yaml:80:7
%7439 = broadcast %7438 : f32[64] @ models/lib/nn.yaml:80:7
%7440 = mul %7437, %7439 : f32[64] @ models/lib/nn.yaml:80:7
%7441 = add %7440, %6822 : f32[64] @ models/lib/nn.yaml:80:7
%7442 = div %7424, %7441 : f32[64] @ models/lib/nn.yaml:80:7
%7443 = cast %7432 : f32[] @ models/lib/nn.yaml:80:7
%7444 = broadcast %7443 : f32[64] @ models/lib/nn.yaml:80:7
%7445 = mul %7442, %7444 : f32[64] @ models/lib/nn.yaml:80:7
%7446 = sub %31, %7445 : f32[64] @ models/lib/nn.yaml:80:7
%7447 = assign %31, %7446 : f32[64] @ models/lib/nn.yaml:80:7
%7448 = assign %7418, %7424 : f32[64] @ models/lib/nn.yaml:80:7
%7449 = assign %7419, %7428 : f32[64] @ models/lib/nn.yaml:80:7
%7450 = assign %7420, %7421 : i64[] @ models/lib/nn.yaml:80:7
%7451 = mul %109, %6833 : f32[64] @ models/lib/nn.yaml:80:7
%7452 = mul %7446, %6835 : f32[64] @ models/lib/nn.yaml:80:7
%7453 = add %7451, %7452 : f32[64] @ models/lib/nn.yaml:80:7
%7454 = assign %109, %7453 : f32[64] @ models/lib/nn.yaml:80:7
%7455 = all_reduce_sum %5645 : f32[16,64] @ models/lib/nn.yaml:79:7
%7456 = reshape %7455 : f32[1024] @ models/lib/nn.yaml:79:7
%7457 = mul %7456, %7456 : f32[1024] @ models/lib/nn.yaml:79:7
%7458 = reduce_sum %7457 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7459 = sqrt %7458 : f32[] @ models/lib/nn.yaml:79:7
%7460 = cast %7459 : f64[] @ models/lib/nn.yaml:79:7
%7461 = add %7460, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7462 = div %6111, %7461 : f64[] @ models/lib/nn.yaml:79:7
%7463 = lt %7462, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7464 = cast %7462 : f32[] @ models/lib/nn.yaml:79:7
%7465 = broadcast %7464 : f32[16,64] @ models/lib/nn.yaml:79:7
%7466 = mul %7455, %7465 : f32[16,64] @ models/lib/nn.yaml:79:7
%7467 = broadcast %7463 : bool[16,64] @ models/lib/nn.yaml:79:7
%7468 = select %7467, %7466, %7455 : f32[16,64] @ models/lib/nn.yaml:79:7
%7469 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7470 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7471 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7472 = add %7471, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7473 = mul %32, %6857 : f32[16,64] @ models/lib/nn.yaml:79:7
%7474 = mul %7468, %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%7475 = mul %7469, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%7476 = add %7475, %7474 : f32[16,64] @ models/lib/nn.yaml:79:7
%7477 = mul %7468, %7468 : f32[16,64] @ models/lib/nn.yaml:79:7
%7478 = mul %7477, %6865 : f32[16,64] @ models/lib/nn.yaml:79:7
%7479 = mul %7470, %6867 : f32[16,64] @ models/lib/nn.yaml:79:7
%7480 = add %7479, %7478 : f32[16,64] @ models/lib/nn.yaml:79:7
%7481 = cast %7472 : f64[] @ models/lib/nn.yaml:79:7
%7482 = pow %6132, %7481 : f64[] @ models/lib/nn.yaml:79:7
%7483 = sub %6113, %7482 : f64[] @ models/lib/nn.yaml:79:7
%7484 = div %3843, %7483 : f64[] @ models/lib/nn.yaml:79:7
%7485 = pow %6140, %7481 : f64[] @ models/lib/nn.yaml:79:7
%7486 = sub %6113, %7485 : f64[] @ models/lib/nn.yaml:79:7
%7487 = sqrt %7486 : f64[] @ models/lib/nn.yaml:79:7
%7488 = div %6113, %7487 : f64[] @ models/lib/nn.yaml:79:7
%7489 = sqrt %7480 : f32[16,64] @ models/lib/nn.yaml:79:7
%7490 = cast %7488 : f32[] @ models/lib/nn.yaml:79:7
%7491 = broadcast %7490 : f32[16,64] @ models/lib/nn.yaml:79:7
%7492 = mul %7489, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%7493 = add %7492, %6882 : f32[16,64] @ models/lib/nn.yaml:79:7
%7494 = div %7476, %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%7495 = cast %7484 : f32[] @ models/lib/nn.yaml:79:7
%7496 = broadcast %7495 : f32[16,64] @ models/lib/nn.yaml:79:7
%7497 = mul %7494, %7496 : f32[16,64] @ models/lib/nn.yaml:79:7
%7498 = sub %7473, %7497 : f32[16,64] @ models/lib/nn.yaml:79:7
%7499 = assign %32, %7498 : f32[16,64] @ models/lib/nn.yaml:79:7
%7500 = assign %7469, %7476 : f32[16,64] @ models/lib/nn.yaml:79:7
%7501 = assign %7470, %7480 : f32[16,64] @ models/lib/nn.yaml:79:7
%7502 = assign %7471, %7472 : i64[] @ models/lib/nn.yaml:79:7
%7503 = mul %110, %6893 : f32[16,64] @ models/lib/nn.yaml:79:7
%7504 = mul %7498, %6895 : f32[16,64] @ models/lib/nn.yaml:79:7
%7505 = add %7503, %7504 : f32[16,64] @ models/lib/nn.yaml:79:7
%7506 = assign %110, %7505 : f32[16,64] @ models/lib/nn.yaml:79:7
%7507 = all_reduce_sum %5637 : f32[16] @ models/lib/nn.yaml:80:7
%7508 = mul %7507, %7507 : f32[16] @ models/lib/nn.yaml:80:7
%7509 = reduce_sum %7508 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7510 = sqrt %7509 : f32[] @ models/lib/nn.yaml:80:7
%7511 = cast %7510 : f64[] @ models/lib/nn.yaml:80:7
%7512 = add %7511, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7513 = div %6111, %7512 : f64[] @ models/lib/nn.yaml:80:7
%7514 = lt %7513, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7515 = cast %7513 : f32[] @ models/lib/nn.yaml:80:7
%7516 = broadcast %7515 : f32[16] @ models/lib/nn.yaml:80:7
%7517 = mul %7507, %7516 : f32[16] @ models/lib/nn.yaml:80:7
%7518 = broadcast %7514 : bool[16] @ models/lib/nn.yaml:80:7
%7519 = select %7518, %7517, %7507 : f32[16] @ models/lib/nn.yaml:80:7
%7520 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7521 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7522 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7523 = add %7522, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7524 = mul %7519, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%7525 = mul %7520, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7526 = add %7525, %7524 : f32[16] @ models/lib/nn.yaml:80:7
%7527 = mul %7519, %7519 : f32[16] @ models/lib/nn.yaml:80:7
%7528 = mul %7527, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%7529 = mul %7521, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%7530 = add %7529, %7528 : f32[16] @ models/lib/nn.yaml:80:7
%7531 = cast %7523 : f64[] @ models/lib/nn.yaml:80:7
%7532 = pow %6132, %7531 : f64[] @ models/lib/nn.yaml:80:7
%7533 = sub %6113, %7532 : f64[] @ models/lib/nn.yaml:80:7
%7534 = div %3843, %7533 : f64[] @ models/lib/nn.yaml:80:7
%7535 = pow %6140, %7531 : f64[] @ models/lib/nn.yaml:80:7
%7536 = sub %6113, %7535 : f64[] @ models/lib/nn.yaml:80:7
%7537 = sqrt %7536 : f64[] @ models/lib/nn.yaml:80:7
%7538 = div %6113, %7537 : f64[] @ models/lib/nn.yaml:80:7
%7539 = sqrt %7530 : f32[16] @ models/lib/nn.yaml:80:7
%7540 = cast %7538 : f32[] @ models/lib/nn.yaml:80:7
%7541 = broadcast %7540 : f32[16] @ models/lib/nn.yaml:80:7
%7542 = mul %7539, %7541 : f32[16] @ models/lib/nn.yaml:80:7
%7543 = add %7542, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%7544 = div %7526, %7543 : f32[16] @ models/lib/nn.yaml:80:7
%7545 = cast %7534 : f32[] @ models/lib/nn.yaml:80:7
%7546 = broadcast %7545 : f32[16] @ models/lib/nn.yaml:80:7
%7547 = mul %7544, %7546 : f32[16] @ models/lib/nn.yaml:80:7
%7548 = sub %33, %7547 : f32[16] @ models/lib/nn.yaml:80:7
%7549 = assign %33, %7548 : f32[16] @ models/lib/nn.yaml:80:7
%7550 = assign %7520, %7526 : f32[16] @ models/lib/nn.yaml:80:7
%7551 = assign %7521, %7530 : f32[16] @ models/lib/nn.yaml:80:7
%7552 = assign %7522, %7523 : i64[] @ models/lib/nn.yaml:80:7
%7553 = mul %111, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%7554 = mul %7548, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%7555 = add %7553, %7554 : f32[16] @ models/lib/nn.yaml:80:7
%7556 = assign %111, %7555 : f32[16] @ models/lib/nn.yaml:80:7
%7557 = all_reduce_sum %5630 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7558 = reshape %7557 : f32[16] @ models/lib/vit.yaml:103:7
%7559 = mul %7558, %7558 : f32[16] @ models/lib/vit.yaml:103:7
%7560 = reduce_sum %7559 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7561 = sqrt %7560 : f32[] @ models/lib/vit.yaml:103:7
%7562 = cast %7561 : f64[] @ models/lib/vit.yaml:103:7
%7563 = add %7562, %6109 : f64[] @ models/lib/vit.yaml:103:7
%7564 = div %6111, %7563 : f64[] @ models/lib/vit.yaml:103:7
%7565 = lt %7564, %6113 : bool[] @ models/lib/vit.yaml:103:7
%7566 = cast %7564 : f32[] @ models/lib/vit.yaml:103:7
%7567 = broadcast %7566 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7568 = mul %7557, %7567 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7569 = broadcast %7565 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7570 = select %7569, %7568, %7557 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7571 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7572 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7573 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7574 = add %7573, %6123 : i64[] @ models/lib/vit.yaml:103:7
%7575 = broadcast %6127 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7576 = mul %34, %7575 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7577 = broadcast %3599 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7578 = mul %7570, %7577 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7579 = broadcast %2458 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7580 = mul %7571, %7579 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7581 = add %7580, %7578 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7582 = mul %7570, %7570 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7583 = broadcast %6137 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7584 = mul %7582, %7583 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7585 = broadcast %6141 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7586 = mul %7572, %7585 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7587 = add %7586, %7584 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7588 = cast %7574 : f64[] @ models/lib/vit.yaml:103:7
%7589 = pow %6132, %7588 : f64[] @ models/lib/vit.yaml:103:7
%7590 = sub %6113, %7589 : f64[] @ models/lib/vit.yaml:103:7
%7591 = div %3843, %7590 : f64[] @ models/lib/vit.yaml:103:7
%7592 = pow %6140, %7588 : f64[] @ models/lib/vit.yaml:103:7
%7593 = sub %6113, %7592 : f64[] @ models/lib/vit.yaml:103:7
%7594 = sqrt %7593 : f64[] @ models/lib/vit.yaml:103:7
%7595 = div %6113, %7594 : f64[] @ models/lib/vit.yaml:103:7
%7596 = sqrt %7587 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7597 = cast %7595 : f32[] @ models/lib/vit.yaml:103:7
%7598 = broadcast %7597 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7599 = mul %7596, %7598 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7600 = broadcast %6157 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7601 = add %7599, %7600 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7602 = div %7581, %7601 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7603 = cast %7591 : f32[] @ models/lib/vit.yaml:103:7
%7604 = broadcast %7603 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7605 = mul %7602, %7604 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7606 = sub %7576, %7605 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7607 = assign %34, %7606 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7608 = assign %7571, %7581 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7609 = assign %7572, %7587 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7610 = assign %7573, %7574 : i64[] @ models/lib/vit.yaml:103:7
%7611 = broadcast %6169 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7612 = mul %112, %7611 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7613 = broadcast %6173 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7614 = mul %7606, %7613 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7615 = add %7612, %7614 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7616 = assign %112, %7615 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7617 = all_reduce_sum %5607 : f32[16] @ models/lib/nn.yaml:89:7
%7618 = mul %7617, %7617 : f32[16] @ models/lib/nn.yaml:89:7
%7619 = reduce_sum %7618 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7620 = sqrt %7619 : f32[] @ models/lib/nn.yaml:89:7
%7621 = cast %7620 : f64[] @ models/lib/nn.yaml:89:7
%7622 = add %7621, %6109 : f64[] @ models/lib/nn.yaml:89:7
%7623 = div %6111, %7622 : f64[] @ models/lib/nn.yaml:89:7
%7624 = lt %7623, %6113 : bool[] @ models/lib/nn.yaml:89:7
%7625 = cast %7623 : f32[] @ models/lib/nn.yaml:89:7
%7626 = broadcast %7625 : f32[16] @ models/lib/nn.yaml:89:7
%7627 = mul %7617, %7626 : f32[16] @ models/lib/nn.yaml:89:7
%7628 = broadcast %7624 : bool[16] @ models/lib/nn.yaml:89:7
%7629 = select %7628, %7627, %7617 : f32[16] @ models/lib/nn.yaml:89:7
%7630 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7631 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7632 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7633 = add %7632, %6123 : i64[] @ models/lib/nn.yaml:89:7
%7634 = mul %7629, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%7635 = mul %7630, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%7636 = add %7635, %7634 : f32[16] @ models/lib/nn.yaml:89:7
%7637 = mul %7629, %7629 : f32[16] @ models/lib/nn.yaml:89:7
%7638 = mul %7637, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%7639 = mul %7631, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%7640 = add %7639, %7638 : f32[16] @ models/lib/nn.yaml:89:7
%7641 = cast %7633 : f64[] @ models/lib/nn.yaml:89:7
%7642 = pow %6132, %7641 : f64[] @ models/lib/nn.yaml:89:7
%7643 = sub %6113, %7642 : f64[] @ models/lib/nn.yaml:89:7
%7644 = div %3843, %7643 : f64[] @ models/lib/nn.yaml:89:7
%7645 = pow %6140, %7641 : f64[] @ models/lib/nn.yaml:89:7
%7646 = sub %6113, %7645 : f64[] @ models/lib/nn.yaml:89:7
%7647 = sqrt %7646 : f64[] @ models/lib/nn.yaml:89:7
%7648 = div %6113, %7647 : f64[] @ models/lib/nn.yaml:89:7
%7649 = sqrt %7640 : f32[16] @ models/lib/nn.yaml:89:7
%7650 = cast %7648 : f32[] @ models/lib/nn.yaml:89:7
%7651 = broadcast %7650 : f32[16] @ models/lib/nn.yaml:89:7
%7652 = mul %7649, %7651 : f32[16] @ models/lib/nn.yaml:89:7
%7653 = add %7652, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%7654 = div %7636, %7653 : f32[16] @ models/lib/nn.yaml:89:7
%7655 = cast %7644 : f32[] @ models/lib/nn.yaml:89:7
%7656 = broadcast %7655 : f32[16] @ models/lib/nn.yaml:89:7
%7657 = mul %7654, %7656 : f32[16] @ models/lib/nn.yaml:89:7
%7658 = sub %35, %7657 : f32[16] @ models/lib/nn.yaml:89:7
%7659 = assign %35, %7658 : f32[16] @ models/lib/nn.yaml:89:7
%7660 = assign %7630, %7636 : f32[16] @ models/lib/nn.yaml:89:7
%7661 = assign %7631, %7640 : f32[16] @ models/lib/nn.yaml:89:7
%7662 = assign %7632, %7633 : i64[] @ models/lib/nn.yaml:89:7
%7663 = mul %113, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%7664 = mul %7658, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%7665 = add %7663, %7664 : f32[16] @ models/lib/nn.yaml:89:7
%7666 = assign %113, %7665 : f32[16] @ models/lib/nn.yaml:89:7
%7667 = all_reduce_sum %5600 : f32[16] @ models/lib/nn.yaml:90:7
%7668 = mul %7667, %7667 : f32[16] @ models/lib/nn.yaml:90:7
%7669 = reduce_sum %7668 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7670 = sqrt %7669 : f32[] @ models/lib/nn.yaml:90:7
%7671 = cast %7670 : f64[] @ models/lib/nn.yaml:90:7
%7672 = add %7671, %6109 : f64[] @ models/lib/nn.yaml:90:7
%7673 = div %6111, %7672 : f64[] @ models/lib/nn.yaml:90:7
%7674 = lt %7673, %6113 : bool[] @ models/lib/nn.yaml:90:7
%7675 = cast %7673 : f32[] @ models/lib/nn.yaml:90:7
%7676 = broadcast %7675 : f32[16] @ models/lib/nn.yaml:90:7
%7677 = mul %7667, %7676 : f32[16] @ models/lib/nn.yaml:90:7
%7678 = broadcast %7674 : bool[16] @ models/lib/nn.yaml:90:7
%7679 = select %7678, %7677, %7667 : f32[16] @ models/lib/nn.yaml:90:7
%7680 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7681 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7682 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7683 = add %7682, %6123 : i64[] @ models/lib/nn.yaml:90:7
%7684 = mul %7679, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%7685 = mul %7680, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%7686 = add %7685, %7684 : f32[16] @ models/lib/nn.yaml:90:7
%7687 = mul %7679, %7679 : f32[16] @ models/lib/nn.yaml:90:7
%7688 = mul %7687, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%7689 = mul %7681, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%7690 = add %7689, %7688 : f32[16] @ models/lib/nn.yaml:90:7
%7691 = cast %7683 : f64[] @ models/lib/nn.yaml:90:7
%7692 = pow %6132, %7691 : f64[] @ models/lib/nn.yaml:90:7
%7693 = sub %6113, %7692 : f64[] @ models/lib/nn.yaml:90:7
%7694 = div %3843, %7693 : f64[] @ models/lib/nn.yaml:90:7
%7695 = pow %6140, %7691 : f64[] @ models/lib/nn.yaml:90:7
%7696 = sub %6113, %7695 : f64[] @ models/lib/nn.yaml:90:7
%7697 = sqrt %7696 : f64[] @ models/lib/nn.yaml:90:7
%7698 = div %6113, %7697 : f64[] @ models/lib/nn.yaml:90:7
%7699 = sqrt %7690 : f32[16] @ models/lib/nn.yaml:90:7
%7700 = cast %7698 : f32[] @ models/lib/nn.yaml:90:7
%7701 = broadcast %7700 : f32[16] @ models/lib/nn.yaml:90:7
%7702 = mul %7699, %7701 : f32[16] @ models/lib/nn.yaml:90:7
%7703 = add %7702, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%7704 = div %7686, %7703 : f32[16] @ models/lib/nn.yaml:90:7
%7705 = cast %7694 : f32[] @ models/lib/nn.yaml:90:7
%7706 = broadcast %7705 : f32[16] @ models/lib/nn.yaml:90:7
%7707 = mul %7704, %7706 : f32[16] @ models/lib/nn.yaml:90:7
%7708 = sub %36, %7707 : f32[16] @ models/lib/nn.yaml:90:7
%7709 = assign %36, %7708 : f32[16] @ models/lib/nn.yaml:90:7
%7710 = assign %7680, %7686 : f32[16] @ models/lib/nn.yaml:90:7
%7711 = assign %7681, %7690 : f32[16] @ models/lib/nn.yaml:90:7
%7712 = assign %7682, %7683 : i64[] @ models/lib/nn.yaml:90:7
%7713 = mul %114, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%7714 = mul %7708, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%7715 = add %7713, %7714 : f32[16] @ models/lib/nn.yaml:90:7
%7716 = assign %114, %7715 : f32[16] @ models/lib/nn.yaml:90:7
%7717 = all_reduce_sum %5592 : f32[16,16] @ models/lib/nn.yaml:79:7
%7718 = reshape %7717 : f32[256] @ models/lib/nn.yaml:79:7
%7719 = mul %7718, %7718 : f32[256] @ models/lib/nn.yaml:79:7
%7720 = reduce_sum %7719 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7721 = sqrt %7720 : f32[] @ models/lib/nn.yaml:79:7
%7722 = cast %7721 : f64[] @ models/lib/nn.yaml:79:7
%7723 = add %7722, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7724 = div %6111, %7723 : f64[] @ models/lib/nn.yaml:79:7
%7725 = lt %7724, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7726 = cast %7724 : f32[] @ models/lib/nn.yaml:79:7
%7727 = broadcast %7726 : f32[16,16] @ models/lib/nn.yaml:79:7
%7728 = mul %7717, %7727 : f32[16,16] @ models/lib/nn.yaml:79:7
%7729 = broadcast %7725 : bool[16,16] @ models/lib/nn.yaml:79:7
%7730 = select %7729, %7728, %7717 : f32[16,16] @ models/lib/nn.yaml:79:7
%7731 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7732 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7733 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7734 = add %7733, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7735 = mul %37, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%7736 = mul %7730, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%7737 = mul %7731, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7738 = add %7737, %7736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7739 = mul %7730, %7730 : f32[16,16] @ models/lib/nn.yaml:79:7
%7740 = mul %7739, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7741 = mul %7732, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7742 = add %7741, %7740 : f32[16,16] @ models/lib/nn.yaml:79:7
%7743 = cast %7734 : f64[] @ models/lib/nn.yaml:79:7
%7744 = pow %6132, %7743 : f64[] @ models/lib/nn.yaml:79:7
%7745 = sub %6113, %7744 : f64[] @ models/lib/nn.yaml:79:7
%7746 = div %3843, %7745 : f64[] @ models/lib/nn.yaml:79:7
%7747 = pow %6140, %7743 : f64[] @ models/lib/nn.yaml:79:7
%7748 = sub %6113, %7747 : f64[] @ models/lib/nn.yaml:79:7
%7749 = sqrt %7748 : f64[] @ models/lib/nn.yaml:79:7
%7750 = div %6113, %7749 : f64[] @ models/lib/nn.yaml:79:7
%7751 = sqrt %7742 : f32[16,16] @ models/lib/nn.yaml:79:7
%7752 = cast %7750 : f32[] @ models/lib/nn.yaml:79:7
%7753 = broadcast %7752 : f32[16,16] @ models/lib/nn.yaml:79:7
%7754 = mul %7751, %7753 : f32[16,16] @ models/lib/nn.yaml:79:7
%7755 = add %7754, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%7756 = div %7738, %7755 : f32[16,16] @ models/lib/nn.yaml:79:7
%7757 = cast %7746 : f32[] @ models/lib/nn.yaml:79:7
%7758 = broadcast %7757 : f32[16,16] @ models/lib/nn.yaml:79:7
%7759 = mul %7756, %7758 : f32[16,16] @ models/lib/nn.yaml:79:7
%7760 = sub %7735, %7759 : f32[16,16] @ models/lib/nn.yaml:79:7
%7761 = assign %37, %7760 : f32[16,16] @ models/lib/nn.yaml:79:7
%7762 = assign %7731, %7738 : f32[16,16] @ models/lib/nn.yaml:79:7
%7763 = assign %7732, %7742 : f32[16,16] @ models/lib/nn.yaml:79:7
%7764 = assign %7733, %7734 : i64[] @ models/lib/nn.yaml:79:7
%7765 = mul %115, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%7766 = mul %7760, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%7767 = add %7765, %7766 : f32[16,16] @ models/lib/nn.yaml:79:7
%7768 = assign %115, %7767 : f32[16,16] @ models/lib/nn.yaml:79:7
%7769 = all_reduce_sum %5583 : f32[16] @ models/lib/nn.yaml:80:7
%7770 = mul %7769, %7769 : f32[16] @ models/lib/nn.yaml:80:7
%7771 = reduce_sum %7770 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7772 = sqrt %7771 : f32[] @ models/lib/nn.yaml:80:7
%7773 = cast %7772 : f64[] @ models/lib/nn.yaml:80:7
%7774 = add %7773, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7775 = div %6111, %7774 : f64[] @ models/lib/nn.yaml:80:7
%7776 = lt %7775, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7777 = cast %7775 : f32[] @ models/lib/nn.yaml:80:7
%7778 = broadcast %7777 : f32[16] @ models/lib/nn.yaml:80:7
%7779 = mul %7769, %7778 : f32[16] @ models/lib/nn.yaml:80:7
%7780 = broadcast %7776 : bool[16] @ models/lib/nn.yaml:80:7
%7781 = select %7780, %7779, %7769 : f32[16] @ models/lib/nn.yaml:80:7
%7782 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7783 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7784 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7785 = add %7784, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7786 = mul %7781, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%7787 = mul %7782, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7788 = add %7787, %7786 : f32[16] @ models/lib/nn.yaml:80:7
%7789 = mul %7781, %7781 : f32[16] @ models/lib/nn.yaml:80:7
%7790 = mul %7789, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%7791 = mul %7783, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%7792 = add %7791, %7790 : f32[16] @ models/lib/nn.yaml:80:7
%7793 = cast %7785 : f64[] @ models/lib/nn.yaml:80:7
%7794 = pow %6132, %7793 : f64[] @ models/lib/nn.yaml:80:7
%7795 = sub %6113, %7794 : f64[] @ models/lib/nn.yaml:80:7
%7796 = div %3843, %7795 : f64[] @ models/lib/nn.yaml:80:7
%7797 = pow %6140, %7793 : f64[] @ models/lib/nn.yaml:80:7
%7798 = sub %6113, %7797 : f64[] @ models/lib/nn.yaml:80:7
%7799 = sqrt %7798 : f64[] @ models/lib/nn.yaml:80:7
%7800 = div %6113, %7799 : f64[] @ models/lib/nn.yaml:80:7
%7801 = sqrt %7792 : f32[16] @ models/lib/nn.yaml:80:7
%7802 = cast %7800 : f32[] @ models/lib/nn.yaml:80:7
%7803 = broadcast %7802 : f32[16] @ models/lib/nn.yaml:80:7
%7804 = mul %7801, %7803 : f32[16] @ models/lib/nn.yaml:80:7
%7805 = add %7804, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%7806 = div %7788, %7805 : f32[16] @ models/lib/nn.yaml:80:7
%7807 = cast %7796 : f32[] @ models/lib/nn.yaml:80:7
%7808 = broadcast %7807 : f32[16] @ models/lib/nn.yaml:80:7
%7809 = mul %7806, %7808 : f32[16] @ models/lib/nn.yaml:80:7
%7810 = sub %38, %7809 : f32[16] @ models/lib/nn.yaml:80:7
%7811 = assign %38, %7810 : f32[16] @ models/lib/nn.yaml:80:7
%7812 = assign %7782, %7788 : f32[16] @ models/lib/nn.yaml:80:7
%7813 = assign %7783, %7792 : f32[16] @ models/lib/nn.yaml:80:7
%7814 = assign %7784, %7785 : i64[] @ models/lib/nn.yaml:80:7
%7815 = mul %116, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%7816 = mul %7810, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%7817 = add %7815, %7816 : f32[16] @ models/lib/nn.yaml:80:7
%7818 = assign %116, %7817 : f32[16] @ models/lib/nn.yaml:80:7
%7819 = all_reduce_sum %5577 : f32[16,16] @ models/lib/nn.yaml:79:7
%7820 = reshape %7819 : f32[256] @ models/lib/nn.yaml:79:7
%7821 = mul %7820, %7820 : f32[256] @ models/lib/nn.yaml:79:7
%7822 = reduce_sum %7821 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7823 = sqrt %7822 : f32[] @ models/lib/nn.yaml:79:7
%7824 = cast %7823 : f64[] @ models/lib/nn.yaml:79:7
%7825 = add %7824, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7826 = div %6111, %7825 : f64[] @ models/lib/nn.yaml:79:7
%7827 = lt %7826, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7828 = cast %7826 : f32[] @ models/lib/nn.yaml:79:7
%7829 = broadcast %7828 : f32[16,16] @ models/lib/nn.yaml:79:7
%7830 = mul %7819, %7829 : f32[16,16] @ models/lib/nn.yaml:79:7
%7831 = broadcast %7827 : bool[16,16] @ models/lib/nn.yaml:79:7
%7832 = select %7831, %7830, %7819 : f32[16,16] @ models/lib/nn.yaml:79:7
%7833 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7834 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7835 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7836 = add %7835, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7837 = mul %39, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%7838 = mul %7832, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%7839 = mul %7833, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7840 = add %7839, %7838 : f32[16,16] @ models/lib/nn.yaml:79:7
%7841 = mul %7832, %7832 : f32[16,16] @ models/lib/nn.yaml:79:7
%7842 = mul %7841, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7843 = mul %7834, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7844 = add %7843, %7842 : f32[16,16] @ models/lib/nn.yaml:79:7
%7845 = cast %7836 : f64[] @ models/lib/nn.yaml:79:7
%7846 = pow %6132, %7845 : f64[] @ models/lib/nn.yaml:79:7
%7847 = sub %6113, %7846 : f64[] @ models/lib/nn.yaml:79:7
%7848 = div %3843, %7847 : f64[] @ models/lib/nn.yaml:79:7
%7849 = pow %6140, %7845 : f64[] @ models/lib/nn.yaml:79:7
%7850 = sub %6113, %7849 : f64[] @ models/lib/nn.yaml:79:7
%7851 = sqrt %7850 : f64[] @ models/lib/nn.yaml:79:7
%7852 = div %6113, %7851 : f64[] @ models/lib/nn.yaml:79:7
%7853 = sqrt %7844 : f32[16,16] @ models/lib/nn.yaml:79:7
%7854 = cast %7852 : f32[] @ models/lib/nn.yaml:79:7
%7855 = broadcast %7854 : f32[16,16] @ models/lib/nn.yaml:79:7
%7856 = mul %7853, %7855 : f32[16,16] @ models/lib/nn.yaml:79:7
%7857 = add %7856, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%7858 = div %7840, %7857 : f32[16,16] @ models/lib/nn.yaml:79:7
%7859 = cast %7848 : f32[] @ models/lib/nn.yaml:79:7
%7860 = broadcast %7859 : f32[16,16] @ models/lib/nn.yaml:79:7
%7861 = mul %7858, %7860 : f32[16,16] @ models/lib/nn.yaml:79:7
%7862 = sub %7837, %7861 : f32[16,16] @ models/lib/nn.yaml:79:7
%7863 = assign %39, %7862 : f32[16,16] @ models/lib/nn.yaml:79:7
%7864 = assign %7833, %7840 : f32[16,16] @ models/lib/nn.yaml:79:7
%7865 = assign %7834, %7844 : f32[16,16] @ models/lib/nn.yaml:79:7
%7866 = assign %7835, %7836 : i64[] @ models/lib/nn.yaml:79:7
%7867 = mul %117, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%7868 = mul %7862, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%7869 = add %7867, %7868 : f32[16,16] @ models/lib/nn.yaml:79:7
%7870 = assign %117, %7869 : f32[16,16] @ models/lib/nn.yaml:79:7
%7871 = all_reduce_sum %5566 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = mul %7871, %7871 : f32[16] @ models/lib/nn.yaml:80:7
%7873 = reduce_sum %7872 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7874 = sqrt %7873 : f32[] @ models/lib/nn.yaml:80:7
%7875 = cast %7874 : f64[] @ models/lib/nn.yaml:80:7
%7876 = add %7875, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7877 = div %6111, %7876 : f64[] @ models/lib/nn.yaml:80:7
%7878 = lt %7877, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7879 = cast %7877 : f32[] @ models/lib/nn.yaml:80:7
%7880 = broadcast %7879 : f32[16] @ models/lib/nn.yaml:80:7
%7881 = mul %7871, %7880 : f32[16] @ models/lib/nn.yaml:80:7
%7882 = broadcast %7878 : bool[16] @ models/lib/nn.yaml:80:7
%7883 = select %7882, %7881, %7871 : f32[16] @ models/lib/nn.yaml:80:7
%7884 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7885 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7886 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7887 = add %7886, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7888 = mul %7883, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%7889 = mul %7884, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7890 = add %7889, %7888 : f32[16] @ models/lib/nn.yaml:80:7
%7891 = mul %7883, %7883 : f32[16] @ models/lib/nn.yaml:80:7
%7892 = mul %7891, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%7893 = mul %7885, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%7894 = add %7893, %7892 : f32[16] @ models/lib/nn.yaml:80:7
%7895 = cast %7887 : f64[] @ models/lib/nn.yaml:80:7
%7896 = pow %6132, %7895 : f64[] @ models/lib/nn.yaml:80:7
%7897 = sub %6113, %7896 : f64[] @ models/lib/nn.yaml:80:7
%7898 = div %3843, %7897 : f64[] @ models/lib/nn.yaml:80:7
%7899 = pow %6140, %7895 : f64[] @ models/lib/nn.yaml:80:7
%7900 = sub %6113, %7899 : f64[] @ models/lib/nn.yaml:80:7
%7901 = sqrt %7900 : f64[] @ models/lib/nn.yaml:80:7
%7902 = div %6113, %7901 : f64[] @ models/lib/nn.yaml:80:7
%7903 = sqrt %7894 : f32[16] @ models/lib/nn.yaml:80:7
%7904 = cast %7902 : f32[] @ models/lib/nn.yaml:80:7
%7905 = broadcast %7904 : f32[16] @ models/lib/nn.yaml:80:7
%7906 = mul %7903, %7905 : f32[16] @ models/lib/nn.yaml:80:7
%7907 = add %7906, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%7908 = div %7890, %7907 : f32[16] @ models/lib/nn.yaml:80:7
%7909 = cast %7898 : f32[] @ models/lib/nn.yaml:80:7
%7910 = broadcast %7909 : f32[16] @ models/lib/nn.yaml:80:7
%7911 = mul %7908, %7910 : f32[16] @ models/lib/nn.yaml:80:7
%7912 = sub %40, %7911 : f32[16] @ models/lib/nn.yaml:80:7
%7913 = assign %40, %7912 : f32[16] @ models/lib/nn.yaml:80:7
%7914 = assign %7884, %7890 : f32[16] @ models/lib/nn.yaml:80:7
%7915 = assign %7885, %7894 : f32[16] @ models/lib/nn.yaml:80:7
%7916 = assign %7886, %7887 : i64[] @ models/lib/nn.yaml:80:7
%7917 = mul %118, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%7918 = mul %7912, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%7919 = add %7917, %7918 : f32[16] @ models/lib/nn.yaml:80:7
%7920 = assign %118, %7919 : f32[16] @ models/lib/nn.yaml:80:7
%7921 = all_reduce_sum %5558 : f32[16,16] @ models/lib/nn.yaml:79:7
%7922 = reshape %7921 : f32[256] @ models/lib/nn.yaml:79:7
%7923 = mul %7922, %7922 : f32[256] @ models/lib/nn.yaml:79:7
%7924 = reduce_sum %7923 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7925 = sqrt %7924 : f32[] @ models/lib/nn.yaml:79:7
%7926 = cast %7925 : f64[] @ models/lib/nn.yaml:79:7
%7927 = add %7926, %6109 : f64[] @ models/lib/nn.yaml:79:7
%7928 = div %6111, %7927 : f64[] @ models/lib/nn.yaml:79:7
%7929 = lt %7928, %6113 : bool[] @ models/lib/nn.yaml:79:7
%7930 = cast %7928 : f32[] @ models/lib/nn.yaml:79:7
%7931 = broadcast %7930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = mul %7921, %7931 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = broadcast %7929 : bool[16,16] @ models/lib/nn.yaml:79:7
%7934 = select %7933, %7932, %7921 : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7938 = add %7937, %6123 : i64[] @ models/lib/nn.yaml:79:7
%7939 = mul %41, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = mul %7934, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = mul %7935, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%7942 = add %7941, %7940 : f32[16,16] @ models/lib/nn.yaml:79:7
%7943 = mul %7934, %7934 : f32[16,16] @ models/lib/nn.yaml:79:7
%7944 = mul %7943, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%7945 = mul %7936, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%7946 = add %7945, %7944 : f32[16,16] @ models/lib/nn.yaml:79:7
%7947 = cast %7938 : f64[] @ models/lib/nn.yaml:79:7
%7948 = pow %6132, %7947 : f64[] @ models/lib/nn.yaml:79:7
%7949 = sub %6113, %7948 : f64[] @ models/lib/nn.yaml:79:7
%7950 = div %3843, %7949 : f64[] @ models/lib/nn.yaml:79:7
%7951 = pow %6140, %7947 : f64[] @ models/lib/nn.yaml:79:7
%7952 = sub %6113, %7951 : f64[] @ models/lib/nn.yaml:79:7
%7953 = sqrt %7952 : f64[] @ models/lib/nn.yaml:79:7
%7954 = div %6113, %7953 : f64[] @ models/lib/nn.yaml:79:7
%7955 = sqrt %7946 : f32[16,16] @ models/lib/nn.yaml:79:7
%7956 = cast %7954 : f32[] @ models/lib/nn.yaml:79:7
%7957 = broadcast %7956 : f32[16,16] @ models/lib/nn.yaml:79:7
%7958 = mul %7955, %7957 : f32[16,16] @ models/lib/nn.yaml:79:7
%7959 = add %7958, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%7960 = div %7942, %7959 : f32[16,16] @ models/lib/nn.yaml:79:7
%7961 = cast %7950 : f32[] @ models/lib/nn.yaml:79:7
%7962 = broadcast %7961 : f32[16,16] @ models/lib/nn.yaml:79:7
%7963 = mul %7960, %7962 : f32[16,16] @ models/lib/nn.yaml:79:7
%7964 = sub %7939, %7963 : f32[16,16] @ models/lib/nn.yaml:79:7
%7965 = assign %41, %7964 : f32[16,16] @ models/lib/nn.yaml:79:7
%7966 = assign %7935, %7942 : f32[16,16] @ models/lib/nn.yaml:79:7
%7967 = assign %7936, %7946 : f32[16,16] @ models/lib/nn.yaml:79:7
%7968 = assign %7937, %7938 : i64[] @ models/lib/nn.yaml:79:7
%7969 = mul %119, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%7970 = mul %7964, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%7971 = add %7969, %7970 : f32[16,16] @ models/lib/nn.yaml:79:7
%7972 = assign %119, %7971 : f32[16,16] @ models/lib/nn.yaml:79:7
%7973 = all_reduce_sum %5549 : f32[16] @ models/lib/nn.yaml:80:7
%7974 = mul %7973, %7973 : f32[16] @ models/lib/nn.yaml:80:7
%7975 = reduce_sum %7974 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7976 = sqrt %7975 : f32[] @ models/lib/nn.yaml:80:7
%7977 = cast %7976 : f64[] @ models/lib/nn.yaml:80:7
%7978 = add %7977, %6109 : f64[] @ models/lib/nn.yaml:80:7
%7979 = div %6111, %7978 : f64[] @ models/lib/nn.yaml:80:7
%7980 = lt %7979, %6113 : bool[] @ models/lib/nn.yaml:80:7
%7981 = cast %7979 : f32[] @ models/lib/nn.yaml:80:7
%7982 = broadcast %7981 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = mul %7973, %7982 : f32[16] @ models/lib/nn.yaml:80:7
%7984 = broadcast %7980 : bool[16] @ models/lib/nn.yaml:80:7
%7985 = select %7984, %7983, %7973 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7987 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7988 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7989 = add %7988, %6123 : i64[] @ models/lib/nn.yaml:80:7
%7990 = mul %7985, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = mul %7986, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%7992 = add %7991, %7990 : f32[16] @ models/lib/nn.yaml:80:7
%7993 = mul %7985, %7985 : f32[16] @ models/lib/nn.yaml:80:7
%7994 = mul %7993, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%7995 = mul %7987, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%7996 = add %7995, %7994 : f32[16] @ models/lib/nn.yaml:80:7
%7997 = cast %7989 : f64[] @ models/lib/nn.yaml:80:7
%7998 = pow %6132, %7997 : f64[] @ models/lib/nn.yaml:80:7
%7999 = sub %6113, %7998 : f64[] @ models/lib/nn.yaml:80:7
%8000 = div %3843, %7999 : f64[] @ models/lib/nn.yaml:80:7
%8001 = pow %6140, %7997 : f64[] @ models/lib/nn.yaml:80:7
%8002 = sub %6113, %8001 : f64[] @ models/lib/nn.yaml:80:7
%8003 = sqrt %8002 : f64[] @ models/lib/nn.yaml:80:7
%8004 = div %6113, %8003 : f64[] @ models/lib/nn.yaml:80:7
%8005 = sqrt %7996 : f32[16] @ models/lib/nn.yaml:80:7
%8006 = cast %8004 : f32[] @ models/lib/nn.yaml:80:7
%8007 = broadcast %8006 : f32[16] @ models/lib/nn.yaml:80:7
%8008 = mul %8005, %8007 : f32[16] @ models/lib/nn.yaml:80:7
%8009 = add %8008, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8010 = div %7992, %8009 : f32[16] @ models/lib/nn.yaml:80:7
%8011 = cast %8000 : f32[] @ models/lib/nn.yaml:80:7
%8012 = broadcast %8011 : f32[16] @ models/lib/nn.yaml:80:7
%8013 = mul %8010, %8012 : f32[16] @ models/lib/nn.yaml:80:7
%8014 = sub %42, %8013 : f32[16] @ models/lib/nn.yaml:80:7
%8015 = assign %42, %8014 : f32[16] @ models/lib/nn.yaml:80:7
%8016 = assign %7986, %7992 : f32[16] @ models/lib/nn.yaml:80:7
%8017 = assign %7987, %7996 : f32[16] @ models/lib/nn.yaml:80:7
%8018 = assign %7988, %7989 : i64[] @ models/lib/nn.yaml:80:7
%8019 = mul %120, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8020 = mul %8014, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8021 = add %8019, %8020 : f32[16] @ models/lib/nn.yaml:80:7
%8022 = assign %120, %8021 : f32[16] @ models/lib/nn.yaml:80:7
%8023 = all_reduce_sum %5463 : f32[16,16] @ models/lib/nn.yaml:79:7
%8024 = reshape %8023 : f32[256] @ models/lib/nn.yaml:79:7
%8025 = mul %8024, %8024 : f32[256] @ models/lib/nn.yaml:79:7
%8026 = reduce_sum %8025 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8027 = sqrt %8026 : f32[] @ models/lib/nn.yaml:79:7
%8028 = cast %8027 : f64[] @ models/lib/nn.yaml:79:7
%8029 = add %8028, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8030 = div %6111, %8029 : f64[] @ models/lib/nn.yaml:79:7
%8031 = lt %8030, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8032 = cast %8030 : f32[] @ models/lib/nn.yaml:79:7
%8033 = broadcast %8032 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = mul %8023, %8033 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = broadcast %8031 : bool[16,16] @ models/lib/nn.yaml:79:7
%8036 = select %8035, %8034, %8023 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8039 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8040 = add %8039, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8041 = mul %43, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = mul %8036, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8043 = mul %8037, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8044 = add %8043, %8042 : f32[16,16] @ models/lib/nn.yaml:79:7
%8045 = mul %8036, %8036 : f32[16,16] @ models/lib/nn.yaml:79:7
%8046 = mul %8045, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8047 = mul %8038, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8048 = add %8047, %8046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8049 = cast %8040 : f64[] @ models/lib/nn.yaml:79:7
%8050 = pow %6132, %8049 : f64[] @ models/lib/nn.yaml:79:7
%8051 = sub %6113, %8050 : f64[] @ models/lib/nn.yaml:79:7
%8052 = div %3843, %8051 : f64[] @ models/lib/nn.yaml:79:7
%8053 = pow %6140, %8049 : f64[] @ models/lib/nn.yaml:79:7
%8054 = sub %6113, %8053 : f64[] @ models/lib/nn.yaml:79:7
%8055 = sqrt %8054 : f64[] @ models/lib/nn.yaml:79:7
%8056 = div %6113, %8055 : f64[] @ models/lib/nn.yaml:79:7
%8057 = sqrt %8048 : f32[16,16] @ models/lib/nn.yaml:79:7
%8058 = cast %8056 : f32[] @ models/lib/nn.yaml:79:7
%8059 = broadcast %8058 : f32[16,16] @ models/lib/nn.yaml:79:7
%8060 = mul %8057, %8059 : f32[16,16] @ models/lib/nn.yaml:79:7
%8061 = add %8060, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8062 = div %8044, %8061 : f32[16,16] @ models/lib/nn.yaml:79:7
%8063 = cast %8052 : f32[] @ models/lib/nn.yaml:79:7
%8064 = broadcast %8063 : f32[16,16] @ models/lib/nn.yaml:79:7
%8065 = mul %8062, %8064 : f32[16,16] @ models/lib/nn.yaml:79:7
%8066 = sub %8041, %8065 : f32[16,16] @ models/lib/nn.yaml:79:7
%8067 = assign %43, %8066 : f32[16,16] @ models/lib/nn.yaml:79:7
%8068 = assign %8037, %8044 : f32[16,16] @ models/lib/nn.yaml:79:7
%8069 = assign %8038, %8048 : f32[16,16] @ models/lib/nn.yaml:79:7
%8070 = assign %8039, %8040 : i64[] @ models/lib/nn.yaml:79:7
%8071 = mul %121, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8072 = mul %8066, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8073 = add %8071, %8072 : f32[16,16] @ models/lib/nn.yaml:79:7
%8074 = assign %121, %8073 : f32[16,16] @ models/lib/nn.yaml:79:7
%8075 = all_reduce_sum %5455 : f32[16] @ models/lib/nn.yaml:80:7
%8076 = mul %8075, %8075 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = reduce_sum %8076 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8078 = sqrt %8077 : f32[] @ models/lib/nn.yaml:80:7
%8079 = cast %8078 : f64[] @ models/lib/nn.yaml:80:7
%8080 = add %8079, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8081 = div %6111, %8080 : f64[] @ models/lib/nn.yaml:80:7
%8082 = lt %8081, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8083 = cast %8081 : f32[] @ models/lib/nn.yaml:80:7
%8084 = broadcast %8083 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = mul %8075, %8084 : f32[16] @ models/lib/nn.yaml:80:7
%8086 = broadcast %8082 : bool[16] @ models/lib/nn.yaml:80:7
%8087 = select %8086, %8085, %8075 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8089 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8090 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8091 = add %8090, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8092 = mul %8087, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%8093 = mul %8088, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8094 = add %8093, %8092 : f32[16] @ models/lib/nn.yaml:80:7
%8095 = mul %8087, %8087 : f32[16] @ models/lib/nn.yaml:80:7
%8096 = mul %8095, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%8097 = mul %8089, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%8098 = add %8097, %8096 : f32[16] @ models/lib/nn.yaml:80:7
%8099 = cast %8091 : f64[] @ models/lib/nn.yaml:80:7
%8100 = pow %6132, %8099 : f64[] @ models/lib/nn.yaml:80:7
%8101 = sub %6113, %8100 : f64[] @ models/lib/nn.yaml:80:7
%8102 = div %3843, %8101 : f64[] @ models/lib/nn.yaml:80:7
%8103 = pow %6140, %8099 : f64[] @ models/lib/nn.yaml:80:7
%8104 = sub %6113, %8103 : f64[] @ models/lib/nn.yaml:80:7
%8105 = sqrt %8104 : f64[] @ models/lib/nn.yaml:80:7
%8106 = div %6113, %8105 : f64[] @ models/lib/nn.yaml:80:7
%8107 = sqrt %8098 : f32[16] @ models/lib/nn.yaml:80:7
%8108 = cast %8106 : f32[] @ models/lib/nn.yaml:80:7
%8109 = broadcast %8108 : f32[16] @ models/lib/nn.yaml:80:7
%8110 = mul %8107, %8109 : f32[16] @ models/lib/nn.yaml:80:7
%8111 = add %8110, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8112 = div %8094, %8111 : f32[16] @ models/lib/nn.yaml:80:7
%8113 = cast %8102 : f32[] @ models/lib/nn.yaml:80:7
%8114 = broadcast %8113 : f32[16] @ models/lib/nn.yaml:80:7
%8115 = mul %8112, %8114 : f32[16] @ models/lib/nn.yaml:80:7
%8116 = sub %44, %8115 : f32[16] @ models/lib/nn.yaml:80:7
%8117 = assign %44, %8116 : f32[16] @ models/lib/nn.yaml:80:7
%8118 = assign %8088, %8094 : f32[16] @ models/lib/nn.yaml:80:7
%8119 = assign %8089, %8098 : f32[16] @ models/lib/nn.yaml:80:7
%8120 = assign %8090, %8091 : i64[] @ models/lib/nn.yaml:80:7
%8121 = mul %122, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8122 = mul %8116, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8123 = add %8121, %8122 : f32[16] @ models/lib/nn.yaml:80:7
%8124 = assign %122, %8123 : f32[16] @ models/lib/nn.yaml:80:7
%8125 = all_reduce_sum %5434 : f32[16] @ models/lib/nn.yaml:89:7
%8126 = mul %8125, %8125 : f32[16] @ models/lib/nn.yaml:89:7
%8127 = reduce_sum %8126 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8128 = sqrt %8127 : f32[] @ models/lib/nn.yaml:89:7
%8129 = cast %8128 : f64[] @ models/lib/nn.yaml:89:7
%8130 = add %8129, %6109 : f64[] @ models/lib/nn.yaml:89:7
%8131 = div %6111, %8130 : f64[] @ models/lib/nn.yaml:89:7
%8132 = lt %8131, %6113 : bool[] @ models/lib/nn.yaml:89:7
%8133 = cast %8131 : f32[] @ models/lib/nn.yaml:89:7
%8134 = broadcast %8133 : f32[16] @ models/lib/nn.yaml:89:7
%8135 = mul %8125, %8134 : f32[16] @ models/lib/nn.yaml:89:7
%8136 = broadcast %8132 : bool[16] @ models/lib/nn.yaml:89:7
%8137 = select %8136, %8135, %8125 : f32[16] @ models/lib/nn.yaml:89:7
%8138 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8139 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8140 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8141 = add %8140, %6123 : i64[] @ models/lib/nn.yaml:89:7
%8142 = mul %8137, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%8143 = mul %8138, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%8144 = add %8143, %8142 : f32[16] @ models/lib/nn.yaml:89:7
%8145 = mul %8137, %8137 : f32[16] @ models/lib/nn.yaml:89:7
%8146 = mul %8145, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%8147 = mul %8139, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%8148 = add %8147, %8146 : f32[16] @ models/lib/nn.yaml:89:7
%8149 = cast %8141 : f64[] @ models/lib/nn.yaml:89:7
%8150 = pow %6132, %8149 : f64[] @ models/lib/nn.yaml:89:7
%8151 = sub %6113, %8150 : f64[] @ models/lib/nn.yaml:89:7
%8152 = div %3843, %8151 : f64[] @ models/lib/nn.yaml:89:7
%8153 = pow %6140, %8149 : f64[] @ models/lib/nn.yaml:89:7
%8154 = sub %6113, %8153 : f64[] @ models/lib/nn.yaml:89:7
%8155 = sqrt %8154 : f64[] @ models/lib/nn.yaml:89:7
%8156 = div %6113, %8155 : f64[] @ models/lib/nn.yaml:89:7
%8157 = sqrt %8148 : f32[16] @ models/lib/nn.yaml:89:7
%8158 = cast %8156 : f32[] @ models/lib/nn.yaml:89:7
%8159 = broadcast %8158 : f32[16] @ models/lib/nn.yaml:89:7
%8160 = mul %8157, %8159 : f32[16] @ models/lib/nn.yaml:89:7
%8161 = add %8160, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%8162 = div %8144, %8161 : f32[16] @ models/lib/nn.yaml:89:7
%8163 = cast %8152 : f32[] @ models/lib/nn.yaml:89:7
%8164 = broadcast %8163 : f32[16] @ models/lib/nn.yaml:89:7
%8165 = mul %8162, %8164 : f32[16] @ models/lib/nn.yaml:89:7
%8166 = sub %45, %8165 : f32[16] @ models/lib/nn.yaml:89:7
%8167 = assign %45, %8166 : f32[16] @ models/lib/nn.yaml:89:7
%8168 = assign %8138, %8144 : f32[16] @ models/lib/nn.yaml:89:7
%8169 = assign %8139, %8148 : f32[16] @ models/lib/nn.yaml:89:7
%8170 = assign %8140, %8141 : i64[] @ models/lib/nn.yaml:89:7
%8171 = mul %123, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%8172 = mul %8166, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%8173 = add %8171, %8172 : f32[16] @ models/lib/nn.yaml:89:7
%8174 = assign %123, %8173 : f32[16] @ models/lib/nn.yaml:89:7
%8175 = all_reduce_sum %5429 : f32[16] @ models/lib/nn.yaml:90:7
%8176 = mul %8175, %8175 : f32[16] @ models/lib/nn.yaml:90:7
%8177 = reduce_sum %8176 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8178 = sqrt %8177 : f32[] @ models/lib/nn.yaml:90:7
%8179 = cast %8178 : f64[] @ models/lib/nn.yaml:90:7
%8180 = add %8179, %6109 : f64[] @ models/lib/nn.yaml:90:7
%8181 = div %6111, %8180 : f64[] @ models/lib/nn.yaml:90:7
%8182 = lt %8181, %6113 : bool[] @ models/lib/nn.yaml:90:7
%8183 = cast %8181 : f32[] @ models/lib/nn.yaml:90:7
%8184 = broadcast %8183 : f32[16] @ models/lib/nn.yaml:90:7
%8185 = mul %8175, %8184 : f32[16] @ models/lib/nn.yaml:90:7
%8186 = broadcast %8182 : bool[16] @ models/lib/nn.yaml:90:7
%8187 = select %8186, %8185, %8175 : f32[16] @ models/lib/nn.yaml:90:7
%8188 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8189 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8190 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8191 = add %8190, %6123 : i64[] @ models/lib/nn.yaml:90:7
%8192 = mul %8187, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%8193 = mul %8188, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%8194 = add %8193, %8192 : f32[16] @ models/lib/nn.yaml:90:7
%8195 = mul %8187, %8187 : f32[16] @ models/lib/nn.yaml:90:7
%8196 = mul %8195, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%8197 = mul %8189, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%8198 = add %8197, %8196 : f32[16] @ models/lib/nn.yaml:90:7
%8199 = cast %8191 : f64[] @ models/lib/nn.yaml:90:7
%8200 = pow %6132, %8199 : f64[] @ models/lib/nn.yaml:90:7
%8201 = sub %6113, %8200 : f64[] @ models/lib/nn.yaml:90:7
%8202 = div %3843, %8201 : f64[] @ models/lib/nn.yaml:90:7
%8203 = pow %6140, %8199 : f64[] @ models/lib/nn.yaml:90:7
%8204 = sub %6113, %8203 : f64[] @ models/lib/nn.yaml:90:7
%8205 = sqrt %8204 : f64[] @ models/lib/nn.yaml:90:7
%8206 = div %6113, %8205 : f64[] @ models/lib/nn.yaml:90:7
%8207 = sqrt %8198 : f32[16] @ models/lib/nn.yaml:90:7
%8208 = cast %8206 : f32[] @ models/lib/nn.yaml:90:7
%8209 = broadcast %8208 : f32[16] @ models/lib/nn.yaml:90:7
%8210 = mul %8207, %8209 : f32[16] @ models/lib/nn.yaml:90:7
%8211 = add %8210, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%8212 = div %8194, %8211 : f32[16] @ models/lib/nn.yaml:90:7
%8213 = cast %8202 : f32[] @ models/lib/nn.yaml:90:7
%8214 = broadcast %8213 : f32[16] @ models/lib/nn.yaml:90:7
%8215 = mul %8212, %8214 : f32[16] @ models/lib/nn.yaml:90:7
%8216 = sub %46, %8215 : f32[16] @ models/lib/nn.yaml:90:7
%8217 = assign %46, %8216 : f32[16] @ models/lib/nn.yaml:90:7
%8218 = assign %8188, %8194 : f32[16] @ models/lib/nn.yaml:90:7
%8219 = assign %8189, %8198 : f32[16] @ models/lib/nn.yaml:90:7
%8220 = assign %8190, %8191 : i64[] @ models/lib/nn.yaml:90:7
%8221 = mul %124, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%8222 = mul %8216, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%8223 = add %8221, %8222 : f32[16] @ models/lib/nn.yaml:90:7
%8224 = assign %124, %8223 : f32[16] @ models/lib/nn.yaml:90:7
%8225 = all_reduce_sum %5425 : f32[64,16] @ models/lib/nn.yaml:79:7
%8226 = reshape %8225 : f32[1024] @ models/lib/nn.yaml:79:7
%8227 = mul %8226, %8226 : f32[1024] @ models/lib/nn.yaml:79:7
%8228 = reduce_sum %8227 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8229 = sqrt %8228 : f32[] @ models/lib/nn.yaml:79:7
%8230 = cast %8229 : f64[] @ models/lib/nn.yaml:79:7
%8231 = add %8230, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8232 = div %6111, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8233 = lt %8232, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8234 = cast %8232 : f32[] @ models/lib/nn.yaml:79:7
%8235 = broadcast %8234 : f32[64,16] @ models/lib/nn.yaml:79:7
%8236 = mul %8225, %8235 : f32[64,16] @ models/lib/nn.yaml:79:7
%8237 = broadcast %8233 : bool[64,16] @ models/lib/nn.yaml:79:7
%8238 = select %8237, %8236, %8225 : f32[64,16] @ models/lib/nn.yaml:79:7
%8239 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8240 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8241 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8242 = add %8241, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8243 = mul %47, %6740 : f32[64,16] @ models/lib/nn.yaml:79:7
%8244 = mul %8238, %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%8245 = mul %8239, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%8246 = add %8245, %8244 : f32[64,16] @ models/lib/nn.yaml:79:7
%8247 = mul %8238, %8238 : f32[64,16] @ models/lib/nn.yaml:79:7
%8248 = mul %8247, %6748 : f32[64,16] @ models/lib/nn.yaml:79:7
%8249 = mul %8240, %6750 : f32[64,16] @ models/lib/nn.yaml:79:7
%8250 = add %8249, %8248 : f32[64,16] @ models/lib/nn.yaml:79:7
%8251 = cast %8242 : f64[] @ models/lib/nn.yaml:79:7
%8252 = pow %6132, %8251 : f64[] @ models/lib/nn.yaml:79:7
%8253 = sub %6113, %8252 : f64[] @ models/lib/nn.yaml:79:7
%8254 = div %3843, %8253 : f64[] @ models/lib/nn.yaml:79:7
%8255 = pow %6140, %8251 : f64[] @ models/lib/nn.yaml:79:7
%8256 = sub %6113, %8255 : f64[] @ models/lib/nn.yaml:79:7
%8257 = sqrt %8256 : f64[] @ models/lib/nn.yaml:79:7
%8258 = div %6113, %8257 : f64[] @ models/lib/nn.yaml:79:7
%8259 = sqrt %8250 : f32[64,16] @ models/lib/nn.yaml:79:7
%8260 = cast %8258 : f32[] @ models/lib/nn.yaml:79:7
%8261 = broadcast %8260 : f32[64,16] @ models/lib/nn.yaml:79:7
%8262 = mul %8259, %8261 : f32[64,16] @ models/lib/nn.yaml:79:7
%8263 = add %8262, %6765 : f32[64,16] @ models/lib/nn.yaml:79:7
%8264 = div %8246, %8263 : f32[64,16] @ models/lib/nn.yaml:79:7
%8265 = cast %8254 : f32[] @ models/lib/nn.yaml:79:7
%8266 = broadcast %8265 : f32[64,16] @ models/lib/nn.yaml:79:7
%8267 = mul %8264, %8266 : f32[64,16] @ models/lib/nn.yaml:79:7
%8268 = sub %8243, %8267 : f32[64,16] @ models/lib/nn.yaml:79:7
%8269 = assign %47, %8268 : f32[64,16] @ models/lib/nn.yaml:79:7
%8270 = assign %8239, %8246 : f32[64,16] @ models/lib/nn.yaml:79:7
%8271 = assign %8240, %8250 : f32[64,16] @ models/lib/nn.yaml:79:7
%8272 = assign %8241, %8242 : i64[] @ models/lib/nn.yaml:79:7
%8273 = mul %125, %6776 : f32[64,16] @ models/lib/nn.yaml:79:7
%8274 = mul %8268, %6778 : f32[64,16] @ models/lib/nn.yaml:79:7
%8275 = add %8273, %8274 : f32[64,16] @ models/lib/nn.yaml:79:7
%8276 = assign %125, %8275 : f32[64,16] @ models/lib/nn.yaml:79:7
%8277 = all_reduce_sum %5417 : f32[64] @ models/lib/nn.yaml:80:7
%8278 = mul %8277, %8277 : f32[64] @ models/lib/nn.yaml:80:7
%8279 = reduce_sum %8278 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8280 = sqrt %8279 : f32[] @ models/lib/nn.yaml:80:7
%8281 = cast %8280 : f64[] @ models/lib/nn.yaml:80:7
%8282 = add %8281, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8283 = div %6111, %8282 : f64[] @ models/lib/nn.yaml:80:7
%8284 = lt %8283, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8285 = cast %8283 : f32[] @ models/lib/nn.yaml:80:7
%8286 = broadcast %8285 : f32[64] @ models/lib/nn.yaml:80:7
%8287 = mul %8277, %8286 : f32[64] @ models/lib/nn.yaml:80:7
%8288 = broadcast %8284 : bool[64] @ models/lib/nn.yaml:80:7
%8289 = select %8288, %8287, %8277 : f32[64] @ models/lib/nn.yaml:80:7
%8290 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8291 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8292 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8293 = add %8292, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8294 = mul %8289, %6799 : f32[64] @ models/lib/nn.yaml:80:7
%8295 = mul %8290, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%8296 = add %8295, %8294 : f32[64] @ models/lib/nn.yaml:80:7
%8297 = mul %8289, %8289 : f32[64] @ models/lib/nn.yaml:80:7
%8298 = mul %8297, %6805 : f32[64] @ models/lib/nn.yaml:80:7
%8299 = mul %8291, %6807 : f32[64] @ models/lib/nn.yaml:80:7
%8300 = add %8299, %8298 : f32[64] @ models/lib/nn.yaml:80:7
%8301 = cast %8293 : f64[] @ models/lib/nn.yaml:80:7
%8302 = pow %6132, %8301 : f64[] @ models/lib/nn.yaml:80:7
%8303 = sub %6113, %8302 : f64[] @ models/lib/nn.yaml:80:7
%8304 = div %3843, %8303 : f64[] @ models/lib/nn.yaml:80:7
%8305 = pow %6140, %8301 : f64[] @ models/lib/nn.yaml:80:7
%8306 = sub %6113, %8305 : f64[] @ models/lib/nn.yaml:80:7
%8307 = sqrt %8306 : f64[] @ models/lib/nn.yaml:80:7
%8308 = div %6113, %8307 : f64[] @ models/lib/nn.yaml:80:7
%8309 = sqrt %8300 : f32[64] @ models/lib/nn.yaml:80:7
%8310 = cast %8308 : f32[] @ models/lib/nn.yaml:80:7
%8311 = broadcast %8310 : f32[64] @ models/lib/nn.yaml:80:7
%8312 = mul %8309, %8311 : f32[64] @ models/lib/nn.yaml:80:7
%8313 = add %8312, %6822 : f32[64] @ models/lib/nn.yaml:80:7
%8314 = div %8296, %8313 : f32[64] @ models/lib/nn.yaml:80:7
%8315 = cast %8304 : f32[] @ models/lib/nn.yaml:80:7
%8316 = broadcast %8315 : f32[64] @ models/lib/nn.yaml:80:7
%8317 = mul %8314, %8316 : f32[64] @ models/lib/nn.yaml:80:7
%8318 = sub %48, %8317 : f32[64] @ models/lib/nn.yaml:80:7
%8319 = assign %48, %8318 : f32[64] @ models/lib/nn.yaml:80:7
%8320 = assign %8290, %8296 : f32[64] @ models/lib/nn.yaml:80:7
%8321 = assign %8291, %8300 : f32[64] @ models/lib/nn.yaml:80:7
%8322 = assign %8292, %8293 : i64[] @ models/lib/nn.yaml:80:7
%8323 = mul %126, %6833 : f32[64] @ models/lib/nn.yaml:80:7
%8324 = mul %8318, %6835 : f32[64] @ models/lib/nn.yaml:80:7
%8325 = add %8323, %8324 : f32[64] @ models/lib/nn.yaml:80:7
%8326 = assign %126, %8325 : f32[64] @ models/lib/nn.yaml:80:7
%8327 = all_reduce_sum %5403 : f32[16,64] @ models/lib/nn.yaml:79:7
%8328 = reshape %8327 : f32[1024] @ models/lib/nn.yaml:79:7
%8329 = mul %8328, %8328 : f32[1024] @ models/lib/nn.yaml:79:7
%8330 = reduce_sum %8329 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8331 = sqrt %8330 : f32[] @ models/lib/nn.yaml:79:7
%8332 = cast %8331 : f64[] @ models/lib/nn.yaml:79:7
%8333 = add %8332, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8334 = div %6111, %8333 : f64[] @ models/lib/nn.yaml:79:7
%8335 = lt %8334, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8336 = cast %8334 : f32[] @ models/lib/nn.yaml:79:7
%8337 = broadcast %8336 : f32[16,64] @ models/lib/nn.yaml:79:7
%8338 = mul %8327, %8337 : f32[16,64] @ models/lib/nn.yaml:79:7
%8339 = broadcast %8335 : bool[16,64] @ models/lib/nn.yaml:79:7
%8340 = select %8339, %8338, %8327 : f32[16,64] @ models/lib/nn.yaml:79:7
%8341 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8342 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8343 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8344 = add %8343, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8345 = mul %49, %6857 : f32[16,64] @ models/lib/nn.yaml:79:7
%8346 = mul %8340, %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%8347 = mul %8341, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%8348 = add %8347, %8346 : f32[16,64] @ models/lib/nn.yaml:79:7
%8349 = mul %8340, %8340 : f32[16,64] @ models/lib/nn.yaml:79:7
%8350 = mul %8349, %6865 : f32[16,64] @ models/lib/nn.yaml:79:7
%8351 = mul %8342, %6867 : f32[16,64] @ models/lib/nn.yaml:79:7
%8352 = add %8351, %8350 : f32[16,64] @ models/lib/nn.yaml:79:7
%8353 = cast %8344 : f64[] @ models/lib/nn.yaml:79:7
%8354 = pow %6132, %8353 : f64[] @ models/lib/nn.yaml:79:7
%8355 = sub %6113, %8354 : f64[] @ models/lib/nn.yaml:79:7
%8356 = div %3843, %8355 : f64[] @ models/lib/nn.yaml:79:7
%8357 = pow %6140, %8353 : f64[] @ models/lib/nn.yaml:79:7
%8358 = sub %6113, %8357 : f64[] @ models/lib/nn.yaml:79:7
%8359 = sqrt %8358 : f64[] @ models/lib/nn.yaml:79:7
%8360 = div %6113, %8359 : f64[] @ models/lib/nn.yaml:79:7
%8361 = sqrt %8352 : f32[16,64] @ models/lib/nn.yaml:79:7
%8362 = cast %8360 : f32[] @ models/lib/nn.yaml:79:7
%8363 = broadcast %8362 : f32[16,64] @ models/lib/nn.yaml:79:7
%8364 = mul %8361, %8363 : f32[16,64] @ models/lib/nn.yaml:79:7
%8365 = add %8364, %6882 : f32[16,64] @ models/lib/nn.yaml:79:7
%8366 = div %8348, %8365 : f32[16,64] @ models/lib/nn.yaml:79:7
%8367 = cast %8356 : f32[] @ models/lib/nn.yaml:79:7
%8368 = broadcast %8367 : f32[16,64] @ models/lib/nn.yaml:79:7
%8369 = mul %8366, %8368 : f32[16,64] @ models/lib/nn.yaml:79:7
%8370 = sub %8345, %8369 : f32[16,64] @ models/lib/nn.yaml:79:7
%8371 = assign %49, %8370 : f32[16,64] @ models/lib/nn.yaml:79:7
%8372 = assign %8341, %8348 : f32[16,64] @ models/lib/nn.yaml:79:7
%8373 = assign %8342, %8352 : f32[16,64] @ models/lib/nn.yaml:79:7
%8374 = assign %8343, %8344 : i64[] @ models/lib/nn.yaml:79:7
%8375 = mul %127, %6893 : f32[16,64] @ models/lib/nn.yaml:79:7
%8376 = mul %8370, %6895 : f32[16,64] @ models/lib/nn.yaml:79:7
%8377 = add %8375, %8376 : f32[16,64] @ models/lib/nn.yaml:79:7
%8378 = assign %127, %8377 : f32[16,64] @ models/lib/nn.yaml:79:7
%8379 = all_reduce_sum %5395 : f32[16] @ models/lib/nn.yaml:80:7
%8380 = mul %8379, %8379 : f32[16] @ models/lib/nn.yaml:80:7
%8381 = reduce_sum %8380 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8382 = sqrt %8381 : f32[] @ models/lib/nn.yaml:80:7
%8383 = cast %8382 : f64[] @ models/lib/nn.yaml:80:7
%8384 = add %8383, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8385 = div %6111, %8384 : f64[] @ models/lib/nn.yaml:80:7
%8386 = lt %8385, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8387 = cast %8385 : f32[] @ models/lib/nn.yaml:80:7
%8388 = broadcast %8387 : f32[16] @ models/lib/nn.yaml:80:7
%8389 = mul %8379, %8388 : f32[16] @ models/lib/nn.yaml:80:7
%8390 = broadcast %8386 : bool[16] @ models/lib/nn.yaml:80:7
%8391 = select %8390, %8389, %8379 : f32[16] @ models/lib/nn.yaml:80:7
%8392 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8393 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8394 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8395 = add %8394, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8396 = mul %8391, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%8397 = mul %8392, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8398 = add %8397, %8396 : f32[16] @ models/lib/nn.yaml:80:7
%8399 = mul %8391, %8391 : f32[16] @ models/lib/nn.yaml:80:7
%8400 = mul %8399, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%8401 = mul %8393, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%8402 = add %8401, %8400 : f32[16] @ models/lib/nn.yaml:80:7
%8403 = cast %8395 : f64[] @ models/lib/nn.yaml:80:7
%8404 = pow %6132, %8403 : f64[] @ models/lib/nn.yaml:80:7
%8405 = sub %6113, %8404 : f64[] @ models/lib/nn.yaml:80:7
%8406 = div %3843, %8405 : f64[] @ models/lib/nn.yaml:80:7
%8407 = pow %6140, %8403 : f64[] @ models/lib/nn.yaml:80:7
%8408 = sub %6113, %8407 : f64[] @ models/lib/nn.yaml:80:7
%8409 = sqrt %8408 : f64[] @ models/lib/nn.yaml:80:7
%8410 = div %6113, %8409 : f64[] @ models/lib/nn.yaml:80:7
%8411 = sqrt %8402 : f32[16] @ models/lib/nn.yaml:80:7
%8412 = cast %8410 : f32[] @ models/lib/nn.yaml:80:7
%8413 = broadcast %8412 : f32[16] @ models/lib/nn.yaml:80:7
%8414 = mul %8411, %8413 : f32[16] @ models/lib/nn.yaml:80:7
%8415 = add %8414, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8416 = div %8398, %8415 : f32[16] @ models/lib/nn.yaml:80:7
%8417 = cast %8406 : f32[] @ models/lib/nn.yaml:80:7
%8418 = broadcast %8417 : f32[16] @ models/lib/nn.yaml:80:7
%8419 = mul %8416, %8418 : f32[16] @ models/lib/nn.yaml:80:7
%8420 = sub %50, %8419 : f32[16] @ models/lib/nn.yaml:80:7
%8421 = assign %50, %8420 : f32[16] @ models/lib/nn.yaml:80:7
%8422 = assign %8392, %8398 : f32[16] @ models/lib/nn.yaml:80:7
%8423 = assign %8393, %8402 : f32[16] @ models/lib/nn.yaml:80:7
%8424 = assign %8394, %8395 : i64[] @ models/lib/nn.yaml:80:7
%8425 = mul %128, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8426 = mul %8420, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8427 = add %8425, %8426 : f32[16] @ models/lib/nn.yaml:80:7
%8428 = assign %128, %8427 : f32[16] @ models/lib/nn.yaml:80:7
%8429 = all_reduce_sum %5371 : f32[16] @ models/lib/nn.yaml:89:7
%8430 = mul %8429, %8429 : f32[16] @ models/lib/nn.yaml:89:7
%8431 = reduce_sum %8430 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8432 = sqrt %8431 : f32[] @ models/lib/nn.yaml:89:7
%8433 = cast %8432 : f64[] @ models/lib/nn.yaml:89:7
%8434 = add %8433, %6109 : f64[] @ models/lib/nn.yaml:89:7
%8435 = div %6111, %8434 : f64[] @ models/lib/nn.yaml:89:7
%8436 = lt %8435, %6113 : bool[] @ models/lib/nn.yaml:89:7
%8437 = cast %8435 : f32[] @ models/lib/nn.yaml:89:7
%8438 = broadcast %8437 : f32[16] @ models/lib/nn.yaml:89:7
%8439 = mul %8429, %8438 : f32[16] @ models/lib/nn.yaml:89:7
%8440 = broadcast %8436 : bool[16] @ models/lib/nn.yaml:89:7
%8441 = select %8440, %8439, %8429 : f32[16] @ models/lib/nn.yaml:89:7
%8442 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8443 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8444 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8445 = add %8444, %6123 : i64[] @ models/lib/nn.yaml:89:7
%8446 = mul %8441, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%8447 = mul %8442, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%8448 = add %8447, %8446 : f32[16] @ models/lib/nn.yaml:89:7
%8449 = mul %8441, %8441 : f32[16] @ models/lib/nn.yaml:89:7
%8450 = mul %8449, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%8451 = mul %8443, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%8452 = add %8451, %8450 : f32[16] @ models/lib/nn.yaml:89:7
%8453 = cast %8445 : f64[] @ models/lib/nn.yaml:89:7
%8454 = pow %6132, %8453 : f64[] @ models/lib/nn.yaml:89:7
%8455 = sub %6113, %8454 : f64[] @ models/lib/nn.yaml:89:7
%8456 = div %3843, %8455 : f64[] @ models/lib/nn.yaml:89:7
%8457 = pow %6140, %8453 : f64[] @ models/lib/nn.yaml:89:7
%8458 = sub %6113, %8457 : f64[] @ models/lib/nn.yaml:89:7
%8459 = sqrt %8458 : f64[] @ models/lib/nn.yaml:89:7
%8460 = div %6113, %8459 : f64[] @ models/lib/nn.yaml:89:7
%8461 = sqrt %8452 : f32[16] @ models/lib/nn.yaml:89:7
%8462 = cast %8460 : f32[] @ models/lib/nn.yaml:89:7
%8463 = broadcast %8462 : f32[16] @ models/lib/nn.yaml:89:7
%8464 = mul %8461, %8463 : f32[16] @ models/lib/nn.yaml:89:7
%8465 = add %8464, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%8466 = div %8448, %8465 : f32[16] @ models/lib/nn.yaml:89:7
%8467 = cast %8456 : f32[] @ models/lib/nn.yaml:89:7
%8468 = broadcast %8467 : f32[16] @ models/lib/nn.yaml:89:7
%8469 = mul %8466, %8468 : f32[16] @ models/lib/nn.yaml:89:7
%8470 = sub %51, %8469 : f32[16] @ models/lib/nn.yaml:89:7
%8471 = assign %51, %8470 : f32[16] @ models/lib/nn.yaml:89:7
%8472 = assign %8442, %8448 : f32[16] @ models/lib/nn.yaml:89:7
%8473 = assign %8443, %8452 : f32[16] @ models/lib/nn.yaml:89:7
%8474 = assign %8444, %8445 : i64[] @ models/lib/nn.yaml:89:7
%8475 = mul %129, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%8476 = mul %8470, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%8477 = add %8475, %8476 : f32[16] @ models/lib/nn.yaml:89:7
%8478 = assign %129, %8477 : f32[16] @ models/lib/nn.yaml:89:7
%8479 = all_reduce_sum %5364 : f32[16] @ models/lib/nn.yaml:90:7
%8480 = mul %8479, %8479 : f32[16] @ models/lib/nn.yaml:90:7
%8481 = reduce_sum %8480 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8482 = sqrt %8481 : f32[] @ models/lib/nn.yaml:90:7
%8483 = cast %8482 : f64[] @ models/lib/nn.yaml:90:7
%8484 = add %8483, %6109 : f64[] @ models/lib/nn.yaml:90:7
%8485 = div %6111, %8484 : f64[] @ models/lib/nn.yaml:90:7
%8486 = lt %8485, %6113 : bool[] @ models/lib/nn.yaml:90:7
%8487 = cast %8485 : f32[] @ models/lib/nn.yaml:90:7
%8488 = broadcast %8487 : f32[16] @ models/lib/nn.yaml:90:7
%8489 = mul %8479, %8488 : f32[16] @ models/lib/nn.yaml:90:7
%8490 = broadcast %8486 : bool[16] @ models/lib/nn.yaml:90:7
%8491 = select %8490, %8489, %8479 : f32[16] @ models/lib/nn.yaml:90:7
%8492 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8493 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8494 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8495 = add %8494, %6123 : i64[] @ models/lib/nn.yaml:90:7
%8496 = mul %8491, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%8497 = mul %8492, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%8498 = add %8497, %8496 : f32[16] @ models/lib/nn.yaml:90:7
%8499 = mul %8491, %8491 : f32[16] @ models/lib/nn.yaml:90:7
%8500 = mul %8499, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%8501 = mul %8493, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%8502 = add %8501, %8500 : f32[16] @ models/lib/nn.yaml:90:7
%8503 = cast %8495 : f64[] @ models/lib/nn.yaml:90:7
%8504 = pow %6132, %8503 : f64[] @ models/lib/nn.yaml:90:7
%8505 = sub %6113, %8504 : f64[] @ models/lib/nn.yaml:90:7
%8506 = div %3843, %8505 : f64[] @ models/lib/nn.yaml:90:7
%8507 = pow %6140, %8503 : f64[] @ models/lib/nn.yaml:90:7
%8508 = sub %6113, %8507 : f64[] @ models/lib/nn.yaml:90:7
%8509 = sqrt %8508 : f64[] @ models/lib/nn.yaml:90:7
%8510 = div %6113, %8509 : f64[] @ models/lib/nn.yaml:90:7
%8511 = sqrt %8502 : f32[16] @ models/lib/nn.yaml:90:7
%8512 = cast %8510 : f32[] @ models/lib/nn.yaml:90:7
%8513 = broadcast %8512 : f32[16] @ models/lib/nn.yaml:90:7
%8514 = mul %8511, %8513 : f32[16] @ models/lib/nn.yaml:90:7
%8515 = add %8514, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%8516 = div %8498, %8515 : f32[16] @ models/lib/nn.yaml:90:7
%8517 = cast %8506 : f32[] @ models/lib/nn.yaml:90:7
%8518 = broadcast %8517 : f32[16] @ models/lib/nn.yaml:90:7
%8519 = mul %8516, %8518 : f32[16] @ models/lib/nn.yaml:90:7
%8520 = sub %52, %8519 : f32[16] @ models/lib/nn.yaml:90:7
%8521 = assign %52, %8520 : f32[16] @ models/lib/nn.yaml:90:7
%8522 = assign %8492, %8498 : f32[16] @ models/lib/nn.yaml:90:7
%8523 = assign %8493, %8502 : f32[16] @ models/lib/nn.yaml:90:7
%8524 = assign %8494, %8495 : i64[] @ models/lib/nn.yaml:90:7
%8525 = mul %130, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%8526 = mul %8520, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%8527 = add %8525, %8526 : f32[16] @ models/lib/nn.yaml:90:7
%8528 = assign %130, %8527 : f32[16] @ models/lib/nn.yaml:90:7
%8529 = all_reduce_sum %5356 : f32[16,16] @ models/lib/nn.yaml:79:7
%8530 = reshape %8529 : f32[256] @ models/lib/nn.yaml:79:7
%8531 = mul %8530, %8530 : f32[256] @ models/lib/nn.yaml:79:7
%8532 = reduce_sum %8531 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8533 = sqrt %8532 : f32[] @ models/lib/nn.yaml:79:7
%8534 = cast %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8536 = div %6111, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = lt %8536, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8538 = cast %8536 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8540 = mul %8529, %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = broadcast %8537 : bool[16,16] @ models/lib/nn.yaml:79:7
%8542 = select %8541, %8540, %8529 : f32[16,16] @ models/lib/nn.yaml:79:7
%8543 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8546 = add %8545, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8547 = mul %53, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8548 = mul %8542, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = mul %8543, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8550 = add %8549, %8548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8551 = mul %8542, %8542 : f32[16,16] @ models/lib/nn.yaml:79:7
%8552 = mul %8551, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8553 = mul %8544, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8554 = add %8553, %8552 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = cast %8546 : f64[] @ models/lib/nn.yaml:79:7
%8556 = pow %6132, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8557 = sub %6113, %8556 : f64[] @ models/lib/nn.yaml:79:7
%8558 = div %3843, %8557 : f64[] @ models/lib/nn.yaml:79:7
%8559 = pow %6140, %8555 : f64[] @ models/lib/nn.yaml:79:7
%8560 = sub %6113, %8559 : f64[] @ models/lib/nn.yaml:79:7
%8561 = sqrt %8560 : f64[] @ models/lib/nn.yaml:79:7
%8562 = div %6113, %8561 : f64[] @ models/lib/nn.yaml:79:7
%8563 = sqrt %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8564 = cast %8562 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = mul %8563, %8565 : f32[16,16] @ models/lib/nn.yaml:79:7
%8567 = add %8566, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8568 = div %8550, %8567 : f32[16,16] @ models/lib/nn.yaml:79:7
%8569 = cast %8558 : f32[] @ models/lib/nn.yaml:79:7
%8570 = broadcast %8569 : f32[16,16] @ models/lib/nn.yaml:79:7
%8571 = mul %8568, %8570 : f32[16,16] @ models/lib/nn.yaml:79:7
%8572 = sub %8547, %8571 : f32[16,16] @ models/lib/nn.yaml:79:7
%8573 = assign %53, %8572 : f32[16,16] @ models/lib/nn.yaml:79:7
%8574 = assign %8543, %8550 : f32[16,16] @ models/lib/nn.yaml:79:7
%8575 = assign %8544, %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8576 = assign %8545, %8546 : i64[] @ models/lib/nn.yaml:79:7
%8577 = mul %131, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8578 = mul %8572, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8579 = add %8577, %8578 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = assign %131, %8579 : f32[16,16] @ models/lib/nn.yaml:79:7
%8581 = all_reduce_sum %5347 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = mul %8581, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = reduce_sum %8582 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8584 = sqrt %8583 : f32[] @ models/lib/nn.yaml:80:7
%8585 = cast %8584 : f64[] @ models/lib/nn.yaml:80:7
%8586 = add %8585, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8587 = div %6111, %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = lt %8587, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8589 = cast %8587 : f32[] @ models/lib/nn.yaml:80:7
%8590 = broadcast %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = mul %8581, %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = broadcast %8588 : bool[16] @ models/lib/nn.yaml:80:7
%8593 = select %8592, %8591, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8595 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8596 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8597 = add %8596, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8598 = mul %8593, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = mul %8594, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8600 = add %8599, %8598 : f32[16] @ models/lib/nn.yaml:80:7
%8601 = mul %8593, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = mul %8601, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%8603 = mul %8595, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = add %8603, %8602 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = cast %8597 : f64[] @ models/lib/nn.yaml:80:7
%8606 = pow %6132, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8607 = sub %6113, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8608 = div %3843, %8607 : f64[] @ models/lib/nn.yaml:80:7
%8609 = pow %6140, %8605 : f64[] @ models/lib/nn.yaml:80:7
%8610 = sub %6113, %8609 : f64[] @ models/lib/nn.yaml:80:7
%8611 = sqrt %8610 : f64[] @ models/lib/nn.yaml:80:7
%8612 = div %6113, %8611 : f64[] @ models/lib/nn.yaml:80:7
%8613 = sqrt %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8614 = cast %8612 : f32[] @ models/lib/nn.yaml:80:7
%8615 = broadcast %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = mul %8613, %8615 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = add %8616, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = div %8600, %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8619 = cast %8608 : f32[] @ models/lib/nn.yaml:80:7
%8620 = broadcast %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = mul %8618, %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8622 = sub %54, %8621 : f32[16] @ models/lib/nn.yaml:80:7
%8623 = assign %54, %8622 : f32[16] @ models/lib/nn.yaml:80:7
%8624 = assign %8594, %8600 : f32[16] @ models/lib/nn.yaml:80:7
%8625 = assign %8595, %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = assign %8596, %8597 : i64[] @ models/lib/nn.yaml:80:7
%8627 = mul %132, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = mul %8622, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8629 = add %8627, %8628 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = assign %132, %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = all_reduce_sum %5341 : f32[16,16] @ models/lib/nn.yaml:79:7
%8632 = reshape %8631 : f32[256] @ models/lib/nn.yaml:79:7
%8633 = mul %8632, %8632 : f32[256] @ models/lib/nn.yaml:79:7
%8634 = reduce_sum %8633 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8635 = sqrt %8634 : f32[] @ models/lib/nn.yaml:79:7
%8636 = cast %8635 : f64[] @ models/lib/nn.yaml:79:7
%8637 = add %8636, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8638 = div %6111, %8637 : f64[] @ models/lib/nn.yaml:79:7
%8639 = lt %8638, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8640 = cast %8638 : f32[] @ models/lib/nn.yaml:79:7
%8641 = broadcast %8640 : f32[16,16] @ models/lib/nn.yaml:79:7
%8642 = mul %8631, %8641 : f32[16,16] @ models/lib/nn.yaml:79:7
%8643 = broadcast %8639 : bool[16,16] @ models/lib/nn.yaml:79:7
%8644 = select %8643, %8642, %8631 : f32[16,16] @ models/lib/nn.yaml:79:7
%8645 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8646 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8647 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8648 = add %8647, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8649 = mul %55, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8650 = mul %8644, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8651 = mul %8645, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8652 = add %8651, %8650 : f32[16,16] @ models/lib/nn.yaml:79:7
%8653 = mul %8644, %8644 : f32[16,16] @ models/lib/nn.yaml:79:7
%8654 = mul %8653, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8655 = mul %8646, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8656 = add %8655, %8654 : f32[16,16] @ models/lib/nn.yaml:79:7
%8657 = cast %8648 : f64[] @ models/lib/nn.yaml:79:7
%8658 = pow %6132, %8657 : f64[] @ models/lib/nn.yaml:79:7
%8659 = sub %6113, %8658 : f64[] @ models/lib/nn.yaml:79:7
%8660 = div %3843, %8659 : f64[] @ models/lib/nn.yaml:79:7
%8661 = pow %6140, %8657 : f64[] @ models/lib/nn.yaml:79:7
%8662 = sub %6113, %8661 : f64[] @ models/lib/nn.yaml:79:7
%8663 = sqrt %8662 : f64[] @ models/lib/nn.yaml:79:7
%8664 = div %6113, %8663 : f64[] @ models/lib/nn.yaml:79:7
%8665 = sqrt %8656 : f32[16,16] @ models/lib/nn.yaml:79:7
%8666 = cast %8664 : f32[] @ models/lib/nn.yaml:79:7
%8667 = broadcast %8666 : f32[16,16] @ models/lib/nn.yaml:79:7
%8668 = mul %8665, %8667 : f32[16,16] @ models/lib/nn.yaml:79:7
%8669 = add %8668, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8670 = div %8652, %8669 : f32[16,16] @ models/lib/nn.yaml:79:7
%8671 = cast %8660 : f32[] @ models/lib/nn.yaml:79:7
%8672 = broadcast %8671 : f32[16,16] @ models/lib/nn.yaml:79:7
%8673 = mul %8670, %8672 : f32[16,16] @ models/lib/nn.yaml:79:7
%8674 = sub %8649, %8673 : f32[16,16] @ models/lib/nn.yaml:79:7
%8675 = assign %55, %8674 : f32[16,16] @ models/lib/nn.yaml:79:7
%8676 = assign %8645, %8652 : f32[16,16] @ models/lib/nn.yaml:79:7
%8677 = assign %8646, %8656 : f32[16,16] @ models/lib/nn.yaml:79:7
%8678 = assign %8647, %8648 : i64[] @ models/lib/nn.yaml:79:7
%8679 = mul %133, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8680 = mul %8674, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8681 = add %8679, %8680 : f32[16,16] @ models/lib/nn.yaml:79:7
%8682 = assign %133, %8681 : f32[16,16] @ models/lib/nn.yaml:79:7
%8683 = all_reduce_sum %5330 : f32[16] @ models/lib/nn.yaml:80:7
%8684 = mul %8683, %8683 : f32[16] @ models/lib/nn.yaml:80:7
%8685 = reduce_sum %8684 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8686 = sqrt %8685 : f32[] @ models/lib/nn.yaml:80:7
%8687 = cast %8686 : f64[] @ models/lib/nn.yaml:80:7
%8688 = add %8687, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8689 = div %6111, %8688 : f64[] @ models/lib/nn.yaml:80:7
%8690 = lt %8689, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8691 = cast %8689 : f32[] @ models/lib/nn.yaml:80:7
%8692 = broadcast %8691 : f32[16] @ models/lib/nn.yaml:80:7
%8693 = mul %8683, %8692 : f32[16] @ models/lib/nn.yaml:80:7
%8694 = broadcast %8690 : bool[16] @ models/lib/nn.yaml:80:7
%8695 = select %8694, %8693, %8683 : f32[16] @ models/lib/nn.yaml:80:7
%8696 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8697 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8698 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8699 = add %8698, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8700 = mul %8695, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%8701 = mul %8696, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8702 = add %8701, %8700 : f32[16] @ models/lib/nn.yaml:80:7
%8703 = mul %8695, %8695 : f32[16] @ models/lib/nn.yaml:80:7
%8704 = mul %8703, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%8705 = mul %8697, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%8706 = add %8705, %8704 : f32[16] @ models/lib/nn.yaml:80:7
%8707 = cast %8699 : f64[] @ models/lib/nn.yaml:80:7
%8708 = pow %6132, %8707 : f64[] @ models/lib/nn.yaml:80:7
%8709 = sub %6113, %8708 : f64[] @ models/lib/nn.yaml:80:7
%8710 = div %3843, %8709 : f64[] @ models/lib/nn.yaml:80:7
%8711 = pow %6140, %8707 : f64[] @ models/lib/nn.yaml:80:7
%8712 = sub %6113, %8711 : f64[] @ models/lib/nn.yaml:80:7
%8713 = sqrt %8712 : f64[] @ models/lib/nn.yaml:80:7
%8714 = div %6113, %8713 : f64[] @ models/lib/nn.yaml:80:7
%8715 = sqrt %8706 : f32[16] @ models/lib/nn.yaml:80:7
%8716 = cast %8714 : f32[] @ models/lib/nn.yaml:80:7
%8717 = broadcast %8716 : f32[16] @ models/lib/nn.yaml:80:7
%8718 = mul %8715, %8717 : f32[16] @ models/lib/nn.yaml:80:7
%8719 = add %8718, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8720 = div %8702, %8719 : f32[16] @ models/lib/nn.yaml:80:7
%8721 = cast %8710 : f32[] @ models/lib/nn.yaml:80:7
%8722 = broadcast %8721 : f32[16] @ models/lib/nn.yaml:80:7
%8723 = mul %8720, %8722 : f32[16] @ models/lib/nn.yaml:80:7
%8724 = sub %56, %8723 : f32[16] @ models/lib/nn.yaml:80:7
%8725 = assign %56, %8724 : f32[16] @ models/lib/nn.yaml:80:7
%8726 = assign %8696, %8702 : f32[16] @ models/lib/nn.yaml:80:7
%8727 = assign %8697, %8706 : f32[16] @ models/lib/nn.yaml:80:7
%8728 = assign %8698, %8699 : i64[] @ models/lib/nn.yaml:80:7
%8729 = mul %134, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8730 = mul %8724, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8731 = add %8729, %8730 : f32[16] @ models/lib/nn.yaml:80:7
%8732 = assign %134, %8731 : f32[16] @ models/lib/nn.yaml:80:7
%8733 = all_reduce_sum %5322 : f32[16,16] @ models/lib/nn.yaml:79:7
%8734 = reshape %8733 : f32[256] @ models/lib/nn.yaml:79:7
%8735 = mul %8734, %8734 : f32[256] @ models/lib/nn.yaml:79:7
%8736 = reduce_sum %8735 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8737 = sqrt %8736 : f32[] @ models/lib/nn.yaml:79:7
%8738 = cast %8737 : f64[] @ models/lib/nn.yaml:79:7
%8739 = add %8738, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8740 = div %6111, %8739 : f64[] @ models/lib/nn.yaml:79:7
%8741 = lt %8740, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8742 = cast %8740 : f32[] @ models/lib/nn.yaml:79:7
%8743 = broadcast %8742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = mul %8733, %8743 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = broadcast %8741 : bool[16,16] @ models/lib/nn.yaml:79:7
%8746 = select %8745, %8744, %8733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8749 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8750 = add %8749, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8751 = mul %57, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8752 = mul %8746, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8753 = mul %8747, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8754 = add %8753, %8752 : f32[16,16] @ models/lib/nn.yaml:79:7
%8755 = mul %8746, %8746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8756 = mul %8755, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8757 = mul %8748, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8758 = add %8757, %8756 : f32[16,16] @ models/lib/nn.yaml:79:7
%8759 = cast %8750 : f64[] @ models/lib/nn.yaml:79:7
%8760 = pow %6132, %8759 : f64[] @ models/lib/nn.yaml:79:7
%8761 = sub %6113, %8760 : f64[] @ models/lib/nn.yaml:79:7
%8762 = div %3843, %8761 : f64[] @ models/lib/nn.yaml:79:7
%8763 = pow %6140, %8759 : f64[] @ models/lib/nn.yaml:79:7
%8764 = sub %6113, %8763 : f64[] @ models/lib/nn.yaml:79:7
%8765 = sqrt %8764 : f64[] @ models/lib/nn.yaml:79:7
%8766 = div %6113, %8765 : f64[] @ models/lib/nn.yaml:79:7
%8767 = sqrt %8758 : f32[16,16] @ models/lib/nn.yaml:79:7
%8768 = cast %8766 : f32[] @ models/lib/nn.yaml:79:7
%8769 = broadcast %8768 : f32[16,16] @ models/lib/nn.yaml:79:7
%8770 = mul %8767, %8769 : f32[16,16] @ models/lib/nn.yaml:79:7
%8771 = add %8770, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8772 = div %8754, %8771 : f32[16,16] @ models/lib/nn.yaml:79:7
%8773 = cast %8762 : f32[] @ models/lib/nn.yaml:79:7
%8774 = broadcast %8773 : f32[16,16] @ models/lib/nn.yaml:79:7
%8775 = mul %8772, %8774 : f32[16,16] @ models/lib/nn.yaml:79:7
%8776 = sub %8751, %8775 : f32[16,16] @ models/lib/nn.yaml:79:7
%8777 = assign %57, %8776 : f32[16,16] @ models/lib/nn.yaml:79:7
%8778 = assign %8747, %8754 : f32[16,16] @ models/lib/nn.yaml:79:7
%8779 = assign %8748, %8758 : f32[16,16] @ models/lib/nn.yaml:79:7
%8780 = assign %8749, %8750 : i64[] @ models/lib/nn.yaml:79:7
%8781 = mul %135, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8782 = mul %8776, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8783 = add %8781, %8782 : f32[16,16] @ models/lib/nn.yaml:79:7
%8784 = assign %135, %8783 : f32[16,16] @ models/lib/nn.yaml:79:7
%8785 = all_reduce_sum %5313 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = mul %8785, %8785 : f32[16] @ models/lib/nn.yaml:80:7
%8787 = reduce_sum %8786 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8788 = sqrt %8787 : f32[] @ models/lib/nn.yaml:80:7
%8789 = cast %8788 : f64[] @ models/lib/nn.yaml:80:7
%8790 = add %8789, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8791 = div %6111, %8790 : f64[] @ models/lib/nn.yaml:80:7
%8792 = lt %8791, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8793 = cast %8791 : f32[] @ models/lib/nn.yaml:80:7
%8794 = broadcast %8793 : f32[16] @ models/lib/nn.yaml:80:7
%8795 = mul %8785, %8794 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = broadcast %8792 : bool[16] @ models/lib/nn.yaml:80:7
%8797 = select %8796, %8795, %8785 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8799 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8800 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8801 = add %8800, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8802 = mul %8797, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = mul %8798, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8804 = add %8803, %8802 : f32[16] @ models/lib/nn.yaml:80:7
%8805 = mul %8797, %8797 : f32[16] @ models/lib/nn.yaml:80:7
%8806 = mul %8805, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%8807 = mul %8799, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%8808 = add %8807, %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8809 = cast %8801 : f64[] @ models/lib/nn.yaml:80:7
%8810 = pow %6132, %8809 : f64[] @ models/lib/nn.yaml:80:7
%8811 = sub %6113, %8810 : f64[] @ models/lib/nn.yaml:80:7
%8812 = div %3843, %8811 : f64[] @ models/lib/nn.yaml:80:7
%8813 = pow %6140, %8809 : f64[] @ models/lib/nn.yaml:80:7
%8814 = sub %6113, %8813 : f64[] @ models/lib/nn.yaml:80:7
%8815 = sqrt %8814 : f64[] @ models/lib/nn.yaml:80:7
%8816 = div %6113, %8815 : f64[] @ models/lib/nn.yaml:80:7
%8817 = sqrt %8808 : f32[16] @ models/lib/nn.yaml:80:7
%8818 = cast %8816 : f32[] @ models/lib/nn.yaml:80:7
%8819 = broadcast %8818 : f32[16] @ models/lib/nn.yaml:80:7
%8820 = mul %8817, %8819 : f32[16] @ models/lib/nn.yaml:80:7
%8821 = add %8820, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8822 = div %8804, %8821 : f32[16] @ models/lib/nn.yaml:80:7
%8823 = cast %8812 : f32[] @ models/lib/nn.yaml:80:7
%8824 = broadcast %8823 : f32[16] @ models/lib/nn.yaml:80:7
%8825 = mul %8822, %8824 : f32[16] @ models/lib/nn.yaml:80:7
%8826 = sub %58, %8825 : f32[16] @ models/lib/nn.yaml:80:7
%8827 = assign %58, %8826 : f32[16] @ models/lib/nn.yaml:80:7
%8828 = assign %8798, %8804 : f32[16] @ models/lib/nn.yaml:80:7
%8829 = assign %8799, %8808 : f32[16] @ models/lib/nn.yaml:80:7
%8830 = assign %8800, %8801 : i64[] @ models/lib/nn.yaml:80:7
%8831 = mul %136, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8832 = mul %8826, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8833 = add %8831, %8832 : f32[16] @ models/lib/nn.yaml:80:7
%8834 = assign %136, %8833 : f32[16] @ models/lib/nn.yaml:80:7
%8835 = all_reduce_sum %5227 : f32[16,16] @ models/lib/nn.yaml:79:7
%8836 = reshape %8835 : f32[256] @ models/lib/nn.yaml:79:7
%8837 = mul %8836, %8836 : f32[256] @ models/lib/nn.yaml:79:7
%8838 = reduce_sum %8837 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8839 = sqrt %8838 : f32[] @ models/lib/nn.yaml:79:7
%8840 = cast %8839 : f64[] @ models/lib/nn.yaml:79:7
%8841 = add %8840, %6109 : f64[] @ models/lib/nn.yaml:79:7
%8842 = div %6111, %8841 : f64[] @ models/lib/nn.yaml:79:7
%8843 = lt %8842, %6113 : bool[] @ models/lib/nn.yaml:79:7
%8844 = cast %8842 : f32[] @ models/lib/nn.yaml:79:7
%8845 = broadcast %8844 : f32[16,16] @ models/lib/nn.yaml:79:7
%8846 = mul %8835, %8845 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = broadcast %8843 : bool[16,16] @ models/lib/nn.yaml:79:7
%8848 = select %8847, %8846, %8835 : f32[16,16] @ models/lib/nn.yaml:79:7
%8849 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8850 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8851 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8852 = add %8851, %6123 : i64[] @ models/lib/nn.yaml:79:7
%8853 = mul %59, %6530 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = mul %8848, %6532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8855 = mul %8849, %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%8856 = add %8855, %8854 : f32[16,16] @ models/lib/nn.yaml:79:7
%8857 = mul %8848, %8848 : f32[16,16] @ models/lib/nn.yaml:79:7
%8858 = mul %8857, %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%8859 = mul %8850, %6540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8860 = add %8859, %8858 : f32[16,16] @ models/lib/nn.yaml:79:7
%8861 = cast %8852 : f64[] @ models/lib/nn.yaml:79:7
%8862 = pow %6132, %8861 : f64[] @ models/lib/nn.yaml:79:7
%8863 = sub %6113, %8862 : f64[] @ models/lib/nn.yaml:79:7
%8864 = div %3843, %8863 : f64[] @ models/lib/nn.yaml:79:7
%8865 = pow %6140, %8861 : f64[] @ models/lib/nn.yaml:79:7
%8866 = sub %6113, %8865 : f64[] @ models/lib/nn.yaml:79:7
%8867 = sqrt %8866 : f64[] @ models/lib/nn.yaml:79:7
%8868 = div %6113, %8867 : f64[] @ models/lib/nn.yaml:79:7
%8869 = sqrt %8860 : f32[16,16] @ models/lib/nn.yaml:79:7
%8870 = cast %8868 : f32[] @ models/lib/nn.yaml:79:7
%8871 = broadcast %8870 : f32[16,16] @ models/lib/nn.yaml:79:7
%8872 = mul %8869, %8871 : f32[16,16] @ models/lib/nn.yaml:79:7
%8873 = add %8872, %6555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8874 = div %8856, %8873 : f32[16,16] @ models/lib/nn.yaml:79:7
%8875 = cast %8864 : f32[] @ models/lib/nn.yaml:79:7
%8876 = broadcast %8875 : f32[16,16] @ models/lib/nn.yaml:79:7
%8877 = mul %8874, %8876 : f32[16,16] @ models/lib/nn.yaml:79:7
%8878 = sub %8853, %8877 : f32[16,16] @ models/lib/nn.yaml:79:7
%8879 = assign %59, %8878 : f32[16,16] @ models/lib/nn.yaml:79:7
%8880 = assign %8849, %8856 : f32[16,16] @ models/lib/nn.yaml:79:7
%8881 = assign %8850, %8860 : f32[16,16] @ models/lib/nn.yaml:79:7
%8882 = assign %8851, %8852 : i64[] @ models/lib/nn.yaml:79:7
%8883 = mul %137, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8884 = mul %8878, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8885 = add %8883, %8884 : f32[16,16] @ models/lib/nn.yaml:79:7
%8886 = assign %137, %8885 : f32[16,16] @ models/lib/nn.yaml:79:7
%8887 = all_reduce_sum %5219 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = mul %8887, %8887 : f32[16] @ models/lib/nn.yaml:80:7
%8889 = reduce_sum %8888 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8890 = sqrt %8889 : f32[] @ models/lib/nn.yaml:80:7
%8891 = cast %8890 : f64[] @ models/lib/nn.yaml:80:7
%8892 = add %8891, %6109 : f64[] @ models/lib/nn.yaml:80:7
%8893 = div %6111, %8892 : f64[] @ models/lib/nn.yaml:80:7
%8894 = lt %8893, %6113 : bool[] @ models/lib/nn.yaml:80:7
%8895 = cast %8893 : f32[] @ models/lib/nn.yaml:80:7
%8896 = broadcast %8895 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = mul %8887, %8896 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = broadcast %8894 : bool[16] @ models/lib/nn.yaml:80:7
%8899 = select %8898, %8897, %8887 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8901 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8902 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8903 = add %8902, %6123 : i64[] @ models/lib/nn.yaml:80:7
%8904 = mul %8899, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%8905 = mul %8900, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%8906 = add %8905, %8904 : f32[16] @ models/lib/nn.yaml:80:7
%8907 = mul %8899, %8899 : f32[16] @ models/lib/nn.yaml:80:7
%8908 = mul %8907, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%8909 = mul %8901, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%8910 = add %8909, %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8911 = cast %8903 : f64[] @ models/lib/nn.yaml:80:7
%8912 = pow %6132, %8911 : f64[] @ models/lib/nn.yaml:80:7
%8913 = sub %6113, %8912 : f64[] @ models/lib/nn.yaml:80:7
%8914 = div %3843, %8913 : f64[] @ models/lib/nn.yaml:80:7
%8915 = pow %6140, %8911 : f64[] @ models/lib/nn.yaml:80:7
%8916 = sub %6113, %8915 : f64[] @ models/lib/nn.yaml:80:7
%8917 = sqrt %8916 : f64[] @ models/lib/nn.yaml:80:7
%8918 = div %6113, %8917 : f64[] @ models/lib/nn.yaml:80:7
%8919 = sqrt %8910 : f32[16] @ models/lib/nn.yaml:80:7
%8920 = cast %8918 : f32[] @ models/lib/nn.yaml:80:7
%8921 = broadcast %8920 : f32[16] @ models/lib/nn.yaml:80:7
%8922 = mul %8919, %8921 : f32[16] @ models/lib/nn.yaml:80:7
%8923 = add %8922, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%8924 = div %8906, %8923 : f32[16] @ models/lib/nn.yaml:80:7
%8925 = cast %8914 : f32[] @ models/lib/nn.yaml:80:7
%8926 = broadcast %8925 : f32[16] @ models/lib/nn.yaml:80:7
%8927 = mul %8924, %8926 : f32[16] @ models/lib/nn.yaml:80:7
%8928 = sub %60, %8927 : f32[16] @ models/lib/nn.yaml:80:7
%8929 = assign %60, %8928 : f32[16] @ models/lib/nn.yaml:80:7
%8930 = assign %8900, %8906 : f32[16] @ models/lib/nn.yaml:80:7
%8931 = assign %8901, %8910 : f32[16] @ models/lib/nn.yaml:80:7
%8932 = assign %8902, %8903 : i64[] @ models/lib/nn.yaml:80:7
%8933 = mul %138, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%8934 = mul %8928, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%8935 = add %8933, %8934 : f32[16] @ models/lib/nn.yaml:80:7
%8936 = assign %138, %8935 : f32[16] @ models/lib/nn.yaml:80:7
%8937 = all_reduce_sum %5198 : f32[16] @ models/lib/nn.yaml:89:7
%8938 = mul %8937, %8937 : f32[16] @ models/lib/nn.yaml:89:7
%8939 = reduce_sum %8938 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8940 = sqrt %8939 : f32[] @ models/lib/nn.yaml:89:7
%8941 = cast %8940 : f64[] @ models/lib/nn.yaml:89:7
%8942 = add %8941, %6109 : f64[] @ models/lib/nn.yaml:89:7
%8943 = div %6111, %8942 : f64[] @ models/lib/nn.yaml:89:7
%8944 = lt %8943, %6113 : bool[] @ models/lib/nn.yaml:89:7
%8945 = cast %8943 : f32[] @ models/lib/nn.yaml:89:7
%8946 = broadcast %8945 : f32[16] @ models/lib/nn.yaml:89:7
%8947 = mul %8937, %8946 : f32[16] @ models/lib/nn.yaml:89:7
%8948 = broadcast %8944 : bool[16] @ models/lib/nn.yaml:89:7
%8949 = select %8948, %8947, %8937 : f32[16] @ models/lib/nn.yaml:89:7
%8950 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8951 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8952 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8953 = add %8952, %6123 : i64[] @ models/lib/nn.yaml:89:7
%8954 = mul %8949, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%8955 = mul %8950, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%8956 = add %8955, %8954 : f32[16] @ models/lib/nn.yaml:89:7
%8957 = mul %8949, %8949 : f32[16] @ models/lib/nn.yaml:89:7
%8958 = mul %8957, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%8959 = mul %8951, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%8960 = add %8959, %8958 : f32[16] @ models/lib/nn.yaml:89:7
%8961 = cast %8953 : f64[] @ models/lib/nn.yaml:89:7
%8962 = pow %6132, %8961 : f64[] @ models/lib/nn.yaml:89:7
%8963 = sub %6113, %8962 : f64[] @ models/lib/nn.yaml:89:7
%8964 = div %3843, %8963 : f64[] @ models/lib/nn.yaml:89:7
%8965 = pow %6140, %8961 : f64[] @ models/lib/nn.yaml:89:7
%8966 = sub %6113, %8965 : f64[] @ models/lib/nn.yaml:89:7
%8967 = sqrt %8966 : f64[] @ models/lib/nn.yaml:89:7
%8968 = div %6113, %8967 : f64[] @ models/lib/nn.yaml:89:7
%8969 = sqrt %8960 : f32[16] @ models/lib/nn.yaml:89:7
%8970 = cast %8968 : f32[] @ models/lib/nn.yaml:89:7
%8971 = broadcast %8970 : f32[16] @ models/lib/nn.yaml:89:7
%8972 = mul %8969, %8971 : f32[16] @ models/lib/nn.yaml:89:7
%8973 = add %8972, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%8974 = div %8956, %8973 : f32[16] @ models/lib/nn.yaml:89:7
%8975 = cast %8964 : f32[] @ models/lib/nn.yaml:89:7
%8976 = broadcast %8975 : f32[16] @ models/lib/nn.yaml:89:7
%8977 = mul %8974, %8976 : f32[16] @ models/lib/nn.yaml:89:7
%8978 = sub %61, %8977 : f32[16] @ models/lib/nn.yaml:89:7
%8979 = assign %61, %8978 : f32[16] @ models/lib/nn.yaml:89:7
%8980 = assign %8950, %8956 : f32[16] @ models/lib/nn.yaml:89:7
%8981 = assign %8951, %8960 : f32[16] @ models/lib/nn.yaml:89:7
%8982 = assign %8952, %8953 : i64[] @ models/lib/nn.yaml:89:7
%8983 = mul %139, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%8984 = mul %8978, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%8985 = add %8983, %8984 : f32[16] @ models/lib/nn.yaml:89:7
%8986 = assign %139, %8985 : f32[16] @ models/lib/nn.yaml:89:7
%8987 = all_reduce_sum %5193 : f32[16] @ models/lib/nn.yaml:90:7
%8988 = mul %8987, %8987 : f32[16] @ models/lib/nn.yaml:90:7
%8989 = reduce_sum %8988 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8990 = sqrt %8989 : f32[] @ models/lib/nn.yaml:90:7
%8991 = cast %8990 : f64[] @ models/lib/nn.yaml:90:7
%8992 = add %8991, %6109 : f64[] @ models/lib/nn.yaml:90:7
%8993 = div %6111, %8992 : f64[] @ models/lib/nn.yaml:90:7
%8994 = lt %8993, %6113 : bool[] @ models/lib/nn.yaml:90:7
%8995 = cast %8993 : f32[] @ models/lib/nn.yaml:90:7
%8996 = broadcast %8995 : f32[16] @ models/lib/nn.yaml:90:7
%8997 = mul %8987, %8996 : f32[16] @ models/lib/nn.yaml:90:7
%8998 = broadcast %8994 : bool[16] @ models/lib/nn.yaml:90:7
%8999 = select %8998, %8997, %8987 : f32[16] @ models/lib/nn.yaml:90:7
%9000 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9001 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9002 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9003 = add %9002, %6123 : i64[] @ models/lib/nn.yaml:90:7
%9004 = mul %8999, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%9005 = mul %9000, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%9006 = add %9005, %9004 : f32[16] @ models/lib/nn.yaml:90:7
%9007 = mul %8999, %8999 : f32[16] @ models/lib/nn.yaml:90:7
%9008 = mul %9007, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%9009 = mul %9001, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%9010 = add %9009, %9008 : f32[16] @ models/lib/nn.yaml:90:7
%9011 = cast %9003 : f64[] @ models/lib/nn.yaml:90:7
%9012 = pow %6132, %9011 : f64[] @ models/lib/nn.yaml:90:7
%9013 = sub %6113, %9012 : f64[] @ models/lib/nn.yaml:90:7
%9014 = div %3843, %9013 : f64[] @ models/lib/nn.yaml:90:7
%9015 = pow %6140, %9011 : f64[] @ models/lib/nn.yaml:90:7
%9016 = sub %6113, %9015 : f64[] @ models/lib/nn.yaml:90:7
%9017 = sqrt %9016 : f64[] @ models/lib/nn.yaml:90:7
%9018 = div %6113, %9017 : f64[] @ models/lib/nn.yaml:90:7
%9019 = sqrt %9010 : f32[16] @ models/lib/nn.yaml:90:7
%9020 = cast %9018 : f32[] @ models/lib/nn.yaml:90:7
%9021 = broadcast %9020 : f32[16] @ models/lib/nn.yaml:90:7
%9022 = mul %9019, %9021 : f32[16] @ models/lib/nn.yaml:90:7
%9023 = add %9022, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%9024 = div %9006, %9023 : f32[16] @ models/lib/nn.yaml:90:7
%9025 = cast %9014 : f32[] @ models/lib/nn.yaml:90:7
%9026 = broadcast %9025 : f32[16] @ models/lib/nn.yaml:90:7
%9027 = mul %9024, %9026 : f32[16] @ models/lib/nn.yaml:90:7
%9028 = sub %62, %9027 : f32[16] @ models/lib/nn.yaml:90:7
%9029 = assign %62, %9028 : f32[16] @ models/lib/nn.yaml:90:7
%9030 = assign %9000, %9006 : f32[16] @ models/lib/nn.yaml:90:7
%9031 = assign %9001, %9010 : f32[16] @ models/lib/nn.yaml:90:7
%9032 = assign %9002, %9003 : i64[] @ models/lib/nn.yaml:90:7
%9033 = mul %140, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%9034 = mul %9028, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%9035 = add %9033, %9034 : f32[16] @ models/lib/nn.yaml:90:7
%9036 = assign %140, %9035 : f32[16] @ models/lib/nn.yaml:90:7
%9037 = all_reduce_sum %5189 : f32[64,16] @ models/lib/nn.yaml:79:7
%9038 = reshape %9037 : f32[1024] @ models/lib/nn.yaml:79:7
%9039 = mul %9038, %9038 : f32[1024] @ models/lib/nn.yaml:79:7
%9040 = reduce_sum %9039 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9041 = sqrt %9040 : f32[] @ models/lib/nn.yaml:79:7
%9042 = cast %9041 : f64[] @ models/lib/nn.yaml:79:7
%9043 = add %9042, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9044 = div %6111, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9045 = lt %9044, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9046 = cast %9044 : f32[] @ models/lib/nn.yaml:79:7
%9047 = broadcast %9046 : f32[64,16] @ models/lib/nn.yaml:79:7
%9048 = mul %9037, %9047 : f32[64,16] @ models/lib/nn.yaml:79:7
%9049 = broadcast %9045 : bool[64,16] @ models/lib/nn.yaml:79:7
%9050 = select %9049, %9048, %9037 : f32[64,16] @ models/lib/nn.yaml:79:7
%9051 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9052 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9053 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9054 = add %9053, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9055 = mul %63, %6740 : f32[64,16] @ models/lib/nn.yaml:79:7
%9056 = mul %9050, %6742 : f32[64,16] @ models/lib/nn.yaml:79:7
%9057 = mul %9051, %6744 : f32[64,16] @ models/lib/nn.yaml:79:7
%9058 = add %9057, %9056 : f32[64,16] @ models/lib/nn.yaml:79:7
%9059 = mul %9050, %9050 : f32[64,16] @ models/lib/nn.yaml:79:7
%9060 = mul %9059, %6748 : f32[64,16] @ models/lib/nn.yaml:79:7
%9061 = mul %9052, %6750 : f32[64,16] @ models/lib/nn.yaml:79:7
%9062 = add %9061, %9060 : f32[64,16] @ models/lib/nn.yaml:79:7
%9063 = cast %9054 : f64[] @ models/lib/nn.yaml:79:7
%9064 = pow %6132, %9063 : f64[] @ models/lib/nn.yaml:79:7
%9065 = sub %6113, %9064 : f64[] @ models/lib/nn.yaml:79:7
%9066 = div %3843, %9065 : f64[] @ models/lib/nn.yaml:79:7
%9067 = pow %6140, %9063 : f64[] @ models/lib/nn.yaml:79:7
%9068 = sub %6113, %9067 : f64[] @ models/lib/nn.yaml:79:7
%9069 = sqrt %9068 : f64[] @ models/lib/nn.yaml:79:7
%9070 = div %6113, %9069 : f64[] @ models/lib/nn.yaml:79:7
%9071 = sqrt %9062 : f32[64,16] @ models/lib/nn.yaml:79:7
%9072 = cast %9070 : f32[] @ models/lib/nn.yaml:79:7
%9073 = broadcast %9072 : f32[64,16] @ models/lib/nn.yaml:79:7
%9074 = mul %9071, %9073 : f32[64,16] @ models/lib/nn.yaml:79:7
%9075 = add %9074, %6765 : f32[64,16] @ models/lib/nn.yaml:79:7
%9076 = div %9058, %9075 : f32[64,16] @ models/lib/nn.yaml:79:7
%9077 = cast %9066 : f32[] @ models/lib/nn.yaml:79:7
%9078 = broadcast %9077 : f32[64,16] @ models/lib/nn.yaml:79:7
%9079 = mul %9076, %9078 : f32[64,16] @ models/lib/nn.yaml:79:7
%9080 = sub %9055, %9079 : f32[64,16] @ models/lib/nn.yaml:79:7
%9081 = assign %63, %9080 : f32[64,16] @ models/lib/nn.yaml:79:7
%9082 = assign %9051, %9058 : f32[64,16] @ models/lib/nn.yaml:79:7
%9083 = assign %9052, %9062 : f32[64,16] @ models/lib/nn.yaml:79:7
%9084 = assign %9053, %9054 : i64[] @ models/lib/nn.yaml:79:7
%9085 = mul %141, %6776 : f32[64,16] @ models/lib/nn.yaml:79:7
%9086 = mul %9080, %6778 : f32[64,16] @ models/lib/nn.yaml:79:7
%9087 = add %9085, %9086 : f32[64,16] @ models/lib/nn.yaml:79:7
%9088 = assign %141, %9087 : f32[64,16] @ models/lib/nn.yaml:79:7
%9089 = all_reduce_sum %5181 : f32[64] @ models/lib/nn.yaml:80:7
%9090 = mul %9089, %9089 : f32[64] @ models/lib/nn.yaml:80:7
%9091 = reduce_sum %9090 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9092 = sqrt %9091 : f32[] @ models/lib/nn.yaml:80:7
%9093 = cast %9092 : f64[] @ models/lib/nn.yaml:80:7
%9094 = add %9093, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9095 = div %6111, %9094 : f64[] @ models/lib/nn.yaml:80:7
%9096 = lt %9095, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9097 = cast %9095 : f32[] @ models/lib/nn.yaml:80:7
%9098 = broadcast %9097 : f32[64] @ models/lib/nn.yaml:80:7
%9099 = mul %9089, %9098 : f32[64] @ models/lib/nn.yaml:80:7
%9100 = broadcast %9096 : bool[64] @ models/lib/nn.yaml:80:7
%9101 = select %9100, %9099, %9089 : f32[64] @ models/lib/nn.yaml:80:7
%9102 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9103 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9104 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9105 = add %9104, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9106 = mul %9101, %6799 : f32[64] @ models/lib/nn.yaml:80:7
%9107 = mul %9102, %6801 : f32[64] @ models/lib/nn.yaml:80:7
%9108 = add %9107, %9106 : f32[64] @ models/lib/nn.yaml:80:7
%9109 = mul %9101, %9101 : f32[64] @ models/lib/nn.yaml:80:7
%9110 = mul %9109, %6805 : f32[64] @ models/lib/nn.yaml:80:7
%9111 = mul %9103, %6807 : f32[64] @ models/lib/nn.yaml:80:7
%9112 = add %9111, %9110 : f32[64] @ models/lib/nn.yaml:80:7
%9113 = cast %9105 : f64[] @ models/lib/nn.yaml:80:7
%9114 = pow %6132, %9113 : f64[] @ models/lib/nn.yaml:80:7
%9115 = sub %6113, %9114 : f64[] @ models/lib/nn.yaml:80:7
%9116 = div %3843, %9115 : f64[] @ models/lib/nn.yaml:80:7
%9117 = pow %6140, %9113 : f64[] @ models/lib/nn.yaml:80:7
%9118 = sub %6113, %9117 : f64[] @ models/lib/nn.yaml:80:7
%9119 = sqrt %9118 : f64[] @ models/lib/nn.yaml:80:7
%9120 = div %6113, %9119 : f64[] @ models/lib/nn.yaml:80:7
%9121 = sqrt %9112 : f32[64] @ models/lib/nn.yaml:80:7
%9122 = cast %9120 : f32[] @ models/lib/nn.yaml:80:7
%9123 = broadcast %9122 : f32[64] @ models/lib/nn.yaml:80:7
%9124 = mul %9121, %9123 : f32[64] @ models/lib/nn.yaml:80:7
%9125 = add %9124, %6822 : f32[64] @ models/lib/nn.yaml:80:7
%9126 = div %9108, %9125 : f32[64] @ models/lib/nn.yaml:80:7
%9127 = cast %9116 : f32[] @ models/lib/nn.yaml:80:7
%9128 = broadcast %9127 : f32[64] @ models/lib/nn.yaml:80:7
%9129 = mul %9126, %9128 : f32[64] @ models/lib/nn.yaml:80:7
%9130 = sub %64, %9129 : f32[64] @ models/lib/nn.yaml:80:7
%9131 = assign %64, %9130 : f32[64] @ models/lib/nn.yaml:80:7
%9132 = assign %9102, %9108 : f32[64] @ models/lib/nn.yaml:80:7
%9133 = assign %9103, %9112 : f32[64] @ models/lib/nn.yaml:80:7
%9134 = assign %9104, %9105 : i64[] @ models/lib/nn.yaml:80:7
%9135 = mul %142, %6833 : f32[64] @ models/lib/nn.yaml:80:7
%9136 = mul %9130, %6835 : f32[64] @ models/lib/nn.yaml:80:7
%9137 = add %9135, %9136 : f32[64] @ models/lib/nn.yaml:80:7
%9138 = assign %142, %9137 : f32[64] @ models/lib/nn.yaml:80:7
%9139 = all_reduce_sum %5167 : f32[16,64] @ models/lib/nn.yaml:79:7
%9140 = reshape %9139 : f32[1024] @ models/lib/nn.yaml:79:7
%9141 = mul %9140, %9140 : f32[1024] @ models/lib/nn.yaml:79:7
%9142 = reduce_sum %9141 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9143 = sqrt %9142 : f32[] @ models/lib/nn.yaml:79:7
%9144 = cast %9143 : f64[] @ models/lib/nn.yaml:79:7
%9145 = add %9144, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9146 = div %6111, %9145 : f64[] @ models/lib/nn.yaml:79:7
%9147 = lt %9146, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9148 = cast %9146 : f32[] @ models/lib/nn.yaml:79:7
%9149 = broadcast %9148 : f32[16,64] @ models/lib/nn.yaml:79:7
%9150 = mul %9139, %9149 : f32[16,64] @ models/lib/nn.yaml:79:7
%9151 = broadcast %9147 : bool[16,64] @ models/lib/nn.yaml:79:7
%9152 = select %9151, %9150, %9139 : f32[16,64] @ models/lib/nn.yaml:79:7
%9153 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9154 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9155 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9156 = add %9155, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9157 = mul %65, %6857 : f32[16,64] @ models/lib/nn.yaml:79:7
%9158 = mul %9152, %6859 : f32[16,64] @ models/lib/nn.yaml:79:7
%9159 = mul %9153, %6861 : f32[16,64] @ models/lib/nn.yaml:79:7
%9160 = add %9159, %9158 : f32[16,64] @ models/lib/nn.yaml:79:7
%9161 = mul %9152, %9152 : f32[16,64] @ models/lib/nn.yaml:79:7
%9162 = mul %9161, %6865 : f32[16,64] @ models/lib/nn.yaml:79:7
%9163 = mul %9154, %6867 : f32[16,64] @ models/lib/nn.yaml:79:7
%9164 = add %9163, %9162 : f32[16,64] @ models/lib/nn.yaml:79:7
%9165 = cast %9156 : f64[] @ models/lib/nn.yaml:79:7
%9166 = pow %6132, %9165 : f64[] @ models/lib/nn.yaml:79:7
%9167 = sub %6113, %9166 : f64[] @ models/lib/nn.yaml:79:7
%9168 = div %3843, %9167 : f64[] @ models/lib/nn.yaml:79:7
%9169 = pow %6140, %9165 : f64[] @ models/lib/nn.yaml:79:7
%9170 = sub %6113, %9169 : f64[] @ models/lib/nn.yaml:79:7
%9171 = sqrt %9170 : f64[] @ models/lib/nn.yaml:79:7
%9172 = div %6113, %9171 : f64[] @ models/lib/nn.yaml:79:7
%9173 = sqrt %9164 : f32[16,64] @ models/lib/nn.yaml:79:7
%9174 = cast %9172 : f32[] @ models/lib/nn.yaml:79:7
%9175 = broadcast %9174 : f32[16,64] @ models/lib/nn.yaml:79:7
%9176 = mul %9173, %9175 : f32[16,64] @ models/lib/nn.yaml:79:7
%9177 = add %9176, %6882 : f32[16,64] @ models/lib/nn.yaml:79:7
%9178 = div %9160, %9177 : f32[16,64] @ models/lib/nn.yaml:79:7
%9179 = cast %9168 : f32[] @ models/lib/nn.yaml:79:7
%9180 = broadcast %9179 : f32[16,64] @ models/lib/nn.yaml:79:7
%9181 = mul %9178, %9180 : f32[16,64] @ models/lib/nn.yaml:79:7
%9182 = sub %9157, %9181 : f32[16,64] @ models/lib/nn.yaml:79:7
%9183 = assign %65, %9182 : f32[16,64] @ models/lib/nn.yaml:79:7
%9184 = assign %9153, %9160 : f32[16,64] @ models/lib/nn.yaml:79:7
%9185 = assign %9154, %9164 : f32[16,64] @ models/lib/nn.yaml:79:7
%9186 = assign %9155, %9156 : i64[] @ models/lib/nn.yaml:79:7
%9187 = mul %143, %6893 : f32[16,64] @ models/lib/nn.yaml:79:7
%9188 = mul %9182, %6895 : f32[16,64] @ models/lib/nn.yaml:79:7
%9189 = add %9187, %9188 : f32[16,64] @ models/lib/nn.yaml:79:7
%9190 = assign %143, %9189 : f32[16,64] @ models/lib/nn.yaml:79:7
%9191 = all_reduce_sum %5159 : f32[16] @ models/lib/nn.yaml:80:7
%9192 = mul %9191, %9191 : f32[16] @ models/lib/nn.yaml:80:7
%9193 = reduce_sum %9192 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9194 = sqrt %9193 : f32[] @ models/lib/nn.yaml:80:7
%9195 = cast %9194 : f64[] @ models/lib/nn.yaml:80:7
%9196 = add %9195, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9197 = div %6111, %9196 : f64[] @ models/lib/nn.yaml:80:7
%9198 = lt %9197, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9199 = cast %9197 : f32[] @ models/lib/nn.yaml:80:7
%9200 = broadcast %9199 : f32[16] @ models/lib/nn.yaml:80:7
%9201 = mul %9191, %9200 : f32[16] @ models/lib/nn.yaml:80:7
%9202 = broadcast %9198 : bool[16] @ models/lib/nn.yaml:80:7
%9203 = select %9202, %9201, %9191 : f32[16] @ models/lib/nn.yaml:80:7
%9204 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9205 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9206 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9207 = add %9206, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9208 = mul %9203, %6255 : f32[16] @ models/lib/nn.yaml:80:7
%9209 = mul %9204, %6257 : f32[16] @ models/lib/nn.yaml:80:7
%9210 = add %9209, %9208 : f32[16] @ models/lib/nn.yaml:80:7
%9211 = mul %9203, %9203 : f32[16] @ models/lib/nn.yaml:80:7
%9212 = mul %9211, %6261 : f32[16] @ models/lib/nn.yaml:80:7
%9213 = mul %9205, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%9214 = add %9213, %9212 : f32[16] @ models/lib/nn.yaml:80:7
%9215 = cast %9207 : f64[] @ models/lib/nn.yaml:80:7
%9216 = pow %6132, %9215 : f64[] @ models/lib/nn.yaml:80:7
%9217 = sub %6113, %9216 : f64[] @ models/lib/nn.yaml:80:7
%9218 = div %3843, %9217 : f64[] @ models/lib/nn.yaml:80:7
%9219 = pow %6140, %9215 : f64[] @ models/lib/nn.yaml:80:7
%9220 = sub %6113, %9219 : f64[] @ models/lib/nn.yaml:80:7
%9221 = sqrt %9220 : f64[] @ models/lib/nn.yaml:80:7
%9222 = div %6113, %9221 : f64[] @ models/lib/nn.yaml:80:7
%9223 = sqrt %9214 : f32[16] @ models/lib/nn.yaml:80:7
%9224 = cast %9222 : f32[] @ models/lib/nn.yaml:80:7
%9225 = broadcast %9224 : f32[16] @ models/lib/nn.yaml:80:7
%9226 = mul %9223, %9225 : f32[16] @ models/lib/nn.yaml:80:7
%9227 = add %9226, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%9228 = div %9210, %9227 : f32[16] @ models/lib/nn.yaml:80:7
%9229 = cast %9218 : f32[] @ models/lib/nn.yaml:80:7
%9230 = broadcast %9229 : f32[16] @ models/lib/nn.yaml:80:7
%9231 = mul %9228, %9230 : f32[16] @ models/lib/nn.yaml:80:7
%9232 = sub %66, %9231 : f32[16] @ models/lib/nn.yaml:80:7
%9233 = assign %66, %9232 : f32[16] @ models/lib/nn.yaml:80:7
%9234 = assign %9204, %9210 : f32[16] @ models/lib/nn.yaml:80:7
%9235 = assign %9205, %9214 : f32[16] @ models/lib/nn.yaml:80:7
%9236 = assign %9206, %9207 : i64[] @ models/lib/nn.yaml:80:7
%9237 = mul %144, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = mul %9232, %6291 : f32[16] @ models/lib/nn.yaml:80:7
%9239 = add %9237, %9238 : f32[16] @ models/lib/nn.yaml:80:7
%9240 = assign %144, %9239 : f32[16] @ models/lib/nn.yaml:80:7
%9241 = all_reduce_sum %5136 : f32[16] @ models/lib/nn.yaml:89:7
%9242 = mul %9241, %9241 : f32[16] @ models/lib/nn.yaml:89:7
%9243 = reduce_sum %9242 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9244 = sqrt %9243 : f32[] @ models/lib/nn.yaml:89:7
%9245 = cast %9244 : f64[] @ models/lib/nn.yaml:89:7
%9246 = add %9245, %6109 : f64[] @ models/lib/nn.yaml:89:7
%9247 = div %6111, %9246 : f64[] @ models/lib/nn.yaml:89:7
%9248 = lt %9247, %6113 : bool[] @ models/lib/nn.yaml:89:7
%9249 = cast %9247 : f32[] @ models/lib/nn.yaml:89:7
%9250 = broadcast %9249 : f32[16] @ models/lib/nn.yaml:89:7
%9251 = mul %9241, %9250 : f32[16] @ models/lib/nn.yaml:89:7
%9252 = broadcast %9248 : bool[16] @ models/lib/nn.yaml:89:7
%9253 = select %9252, %9251, %9241 : f32[16] @ models/lib/nn.yaml:89:7
%9254 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9255 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9256 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9257 = add %9256, %6123 : i64[] @ models/lib/nn.yaml:89:7
%9258 = mul %9253, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%9259 = mul %9254, %6257 : f32[16] @ models/lib/nn.yaml:89:7
%9260 = add %9259, %9258 : f32[16] @ models/lib/nn.yaml:89:7
%9261 = mul %9253, %9253 : f32[16] @ models/lib/nn.yaml:89:7
%9262 = mul %9261, %6261 : f32[16] @ models/lib/nn.yaml:89:7
%9263 = mul %9255, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%9264 = add %9263, %9262 : f32[16] @ models/lib/nn.yaml:89:7
%9265 = cast %9257 : f64[] @ models/lib/nn.yaml:89:7
%9266 = pow %6132, %9265 : f64[] @ models/lib/nn.yaml:89:7
%9267 = sub %6113, %9266 : f64[] @ models/lib/nn.yaml:89:7
%9268 = div %3843, %9267 : f64[] @ models/lib/nn.yaml:89:7
%9269 = pow %6140, %9265 : f64[] @ models/lib/nn.yaml:89:7
%9270 = sub %6113, %9269 : f64[] @ models/lib/nn.yaml:89:7
%9271 = sqrt %9270 : f64[] @ models/lib/nn.yaml:89:7
%9272 = div %6113, %9271 : f64[] @ models/lib/nn.yaml:89:7
%9273 = sqrt %9264 : f32[16] @ models/lib/nn.yaml:89:7
%9274 = cast %9272 : f32[] @ models/lib/nn.yaml:89:7
%9275 = broadcast %9274 : f32[16] @ models/lib/nn.yaml:89:7
%9276 = mul %9273, %9275 : f32[16] @ models/lib/nn.yaml:89:7
%9277 = add %9276, %6278 : f32[16] @ models/lib/nn.yaml:89:7
%9278 = div %9260, %9277 : f32[16] @ models/lib/nn.yaml:89:7
%9279 = cast %9268 : f32[] @ models/lib/nn.yaml:89:7
%9280 = broadcast %9279 : f32[16] @ models/lib/nn.yaml:89:7
%9281 = mul %9278, %9280 : f32[16] @ models/lib/nn.yaml:89:7
%9282 = sub %67, %9281 : f32[16] @ models/lib/nn.yaml:89:7
%9283 = assign %67, %9282 : f32[16] @ models/lib/nn.yaml:89:7
%9284 = assign %9254, %9260 : f32[16] @ models/lib/nn.yaml:89:7
%9285 = assign %9255, %9264 : f32[16] @ models/lib/nn.yaml:89:7
%9286 = assign %9256, %9257 : i64[] @ models/lib/nn.yaml:89:7
%9287 = mul %145, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%9288 = mul %9282, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%9289 = add %9287, %9288 : f32[16] @ models/lib/nn.yaml:89:7
%9290 = assign %145, %9289 : f32[16] @ models/lib/nn.yaml:89:7
%9291 = all_reduce_sum %5129 : f32[16] @ models/lib/nn.yaml:90:7
%9292 = mul %9291, %9291 : f32[16] @ models/lib/nn.yaml:90:7
%9293 = reduce_sum %9292 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9294 = sqrt %9293 : f32[] @ models/lib/nn.yaml:90:7
%9295 = cast %9294 : f64[] @ models/lib/nn.yaml:90:7
%9296 = add %9295, %6109 : f64[] @ models/lib/nn.yaml:90:7
%9297 = div %6111, %9296 : f64[] @ models/lib/nn.yaml:90:7
%9298 = lt %9297, %6113 : bool[] @ models/lib/nn.yaml:90:7
%9299 = cast %9297 : f32[] @ models/lib/nn.yaml:90:7
%9300 = broadcast %9299 : f32[16] @ models/lib/nn.yaml:90:7
%9301 = mul %9291, %9300 : f32[16] @ models/lib/nn.yaml:90:7
%9302 = broadcast %9298 : bool[16] @ models/lib/nn.yaml:90:7
%9303 = select %9302, %9301, %9291 : f32[16] @ models/lib/nn.yaml:90:7
%9304 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9305 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9306 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9307 = add %9306, %6123 : i64[] @ models/lib/nn.yaml:90:7
%9308 = mul %9303, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%9309 = mul %9304, %6257 : f32[16] @ models/lib/nn.yaml:90:7
%9310 = add %9309, %9308 : f32[16] @ models/lib/nn.yaml:90:7
%9311 = mul %9303, %9303 : f32[16] @ models/lib/nn.yaml:90:7
%9312 = mul %9311, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%9313 = mul %9305, %6263 : f32[16] @ models/lib/nn.yaml:90:7
%9314 = add %9313, %9312 : f32[16] @ models/lib/nn.yaml:90:7
%9315 = cast %9307 : f64[] @ models/lib/nn.yaml:90:7
%9316 = pow %6132, %9315 : f64[] @ models/lib/nn.yaml:90:7
%9317 = sub %6113, %9316 : f64[] @ models/lib/nn.yaml:90:7
%9318 = div %3843, %9317 : f64[] @ models/lib/nn.yaml:90:7
%9319 = pow %6140, %9315 : f64[] @ models/lib/nn.yaml:90:7
%9320 = sub %6113, %9319 : f64[] @ models/lib/nn.yaml:90:7
%9321 = sqrt %9320 : f64[] @ models/lib/nn.yaml:90:7
%9322 = div %6113, %9321 : f64[] @ models/lib/nn.yaml:90:7
%9323 = sqrt %9314 : f32[16] @ models/lib/nn.yaml:90:7
%9324 = cast %9322 : f32[] @ models/lib/nn.yaml:90:7
%9325 = broadcast %9324 : f32[16] @ models/lib/nn.yaml:90:7
%9326 = mul %9323, %9325 : f32[16] @ models/lib/nn.yaml:90:7
%9327 = add %9326, %6278 : f32[16] @ models/lib/nn.yaml:90:7
%9328 = div %9310, %9327 : f32[16] @ models/lib/nn.yaml:90:7
%9329 = cast %9318 : f32[] @ models/lib/nn.yaml:90:7
%9330 = broadcast %9329 : f32[16] @ models/lib/nn.yaml:90:7
%9331 = mul %9328, %9330 : f32[16] @ models/lib/nn.yaml:90:7
%9332 = sub %68, %9331 : f32[16] @ models/lib/nn.yaml:90:7
%9333 = assign %68, %9332 : f32[16] @ models/lib/nn.yaml:90:7
%9334 = assign %9304, %9310 : f32[16] @ models/lib/nn.yaml:90:7
%9335 = assign %9305, %9314 : f32[16] @ models/lib/nn.yaml:90:7
%9336 = assign %9306, %9307 : i64[] @ models/lib/nn.yaml:90:7
%9337 = mul %146, %6289 : f32[16] @ models/lib/nn.yaml:90:7
%9338 = mul %9332, %6291 : f32[16] @ models/lib/nn.yaml:90:7
%9339 = add %9337, %9338 : f32[16] @ models/lib/nn.yaml:90:7
%9340 = assign %146, %9339 : f32[16] @ models/lib/nn.yaml:90:7
%9341 = all_reduce_sum %5121 : f32[24,16] @ models/lib/nn.yaml:79:7
%9342 = reshape %9341 : f32[384] @ models/lib/nn.yaml:79:7
%9343 = mul %9342, %9342 : f32[384] @ models/lib/nn.yaml:79:7
%9344 = reduce_sum %9343 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9345 = sqrt %9344 : f32[] @ models/lib/nn.yaml:79:7
%9346 = cast %9345 : f64[] @ models/lib/nn.yaml:79:7
%9347 = add %9346, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9348 = div %6111, %9347 : f64[] @ models/lib/nn.yaml:79:7
%9349 = lt %9348, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9350 = cast %9348 : f32[] @ models/lib/nn.yaml:79:7
%9351 = broadcast %9350 : f32[24,16] @ models/lib/nn.yaml:79:7
%9352 = mul %9341, %9351 : f32[24,16] @ models/lib/nn.yaml:79:7
%9353 = broadcast %9349 : bool[24,16] @ models/lib/nn.yaml:79:7
%9354 = select %9353, %9352, %9341 : f32[24,16] @ models/lib/nn.yaml:79:7
%9355 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9356 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9357 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9358 = add %9357, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9359 = broadcast %6127 : f32[24,16] @ models/lib/nn.yaml:79:7
%9360 = mul %69, %9359 : f32[24,16] @ models/lib/nn.yaml:79:7
%9361 = broadcast %3599 : f32[24,16] @ models/lib/nn.yaml:79:7
%9362 = mul %9354, %9361 : f32[24,16] @ models/lib/nn.yaml:79:7
%9363 = broadcast %2458 : f32[24,16] @ models/lib/nn.yaml:79:7
%9364 = mul %9355, %9363 : f32[24,16] @ models/lib/nn.yaml:79:7
%9365 = add %9364, %9362 : f32[24,16] @ models/lib/nn.yaml:79:7
%9366 = mul %9354, %9354 : f32[24,16] @ models/lib/nn.yaml:79:7
%9367 = broadcast %6137 : f32[24,16] @ models/lib/nn.yaml:79:7
%9368 = mul %9366, %9367 : f32[24,16] @ models/lib/nn.yaml:79:7
%9369 = broadcast %6141 : f32[24,16] @ models/lib/nn.yaml:79:7
%9370 = mul %9356, %9369 : f32[24,16] @ models/lib/nn.yaml:79:7
%9371 = add %9370, %9368 : f32[24,16] @ models/lib/nn.yaml:79:7
%9372 = cast %9358 : f64[] @ models/lib/nn.yaml:79:7
%9373 = pow %6132, %9372 : f64[] @ models/lib/nn.yaml:79:7
%9374 = sub %6113, %9373 : f64[] @ models/lib/nn.yaml:79:7
%9375 = div %3843, %9374 : f64[] @ models/lib/nn.yaml:79:7
%9376 = pow %6140, %9372 : f64[] @ models/lib/nn.yaml:79:7
%9377 = sub %6113, %9376 : f64[] @ models/lib/nn.yaml:79:7
%9378 = sqrt %9377 : f64[] @ models/lib/nn.yaml:79:7
%9379 = div %6113, %9378 : f64[] @ models/lib/nn.yaml:79:7
%9380 = sqrt %9371 : f32[24,16] @ models/lib/nn.yaml:79:7
%9381 = cast %9379 : f32[] @ models/lib/nn.yaml:79:7
%9382 = broadcast %9381 : f32[24,16] @ models/lib/nn.yaml:79:7
%9383 = mul %9380, %9382 : f32[24,16] @ models/lib/nn.yaml:79:7
%9384 = broadcast %6157 : f32[24,16] @ models/lib/nn.yaml:79:7
%9385 = add %9383, %9384 : f32[24,16] @ models/lib/nn.yaml:79:7
%9386 = div %9365, %9385 : f32[24,16] @ models/lib/nn.yaml:79:7
%9387 = cast %9375 : f32[] @ models/lib/nn.yaml:79:7
%9388 = broadcast %9387 : f32[24,16] @ models/lib/nn.yaml:79:7
%9389 = mul %9386, %9388 : f32[24,16] @ models/lib/nn.yaml:79:7
%9390 = sub %9360, %9389 : f32[24,16] @ models/lib/nn.yaml:79:7
%9391 = assign %69, %9390 : f32[24,16] @ models/lib/nn.yaml:79:7
%9392 = assign %9355, %9365 : f32[24,16] @ models/lib/nn.yaml:79:7
%9393 = assign %9356, %9371 : f32[24,16] @ models/lib/nn.yaml:79:7
%9394 = assign %9357, %9358 : i64[] @ models/lib/nn.yaml:79:7
%9395 = broadcast %6169 : f32[24,16] @ models/lib/nn.yaml:79:7
%9396 = mul %147, %9395 : f32[24,16] @ models/lib/nn.yaml:79:7
%9397 = broadcast %6173 : f32[24,16] @ models/lib/nn.yaml:79:7
%9398 = mul %9390, %9397 : f32[24,16] @ models/lib/nn.yaml:79:7
%9399 = add %9396, %9398 : f32[24,16] @ models/lib/nn.yaml:79:7
%9400 = assign %147, %9399 : f32[24,16] @ models/lib/nn.yaml:79:7
%9401 = all_reduce_sum %5113 : f32[24] @ models/lib/nn.yaml:80:7
%9402 = mul %9401, %9401 : f32[24] @ models/lib/nn.yaml:80:7
%9403 = reduce_sum %9402 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9404 = sqrt %9403 : f32[] @ models/lib/nn.yaml:80:7
%9405 = cast %9404 : f64[] @ models/lib/nn.yaml:80:7
%9406 = add %9405, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9407 = div %6111, %9406 : f64[] @ models/lib/nn.yaml:80:7
%9408 = lt %9407, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9409 = cast %9407 : f32[] @ models/lib/nn.yaml:80:7
%9410 = broadcast %9409 : f32[24] @ models/lib/nn.yaml:80:7
%9411 = mul %9401, %9410 : f32[24] @ models/lib/nn.yaml:80:7
%9412 = broadcast %9408 : bool[24] @ models/lib/nn.yaml:80:7
%9413 = select %9412, %9411, %9401 : f32[24] @ models/lib/nn.yaml:80:7
%9414 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9415 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9416 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9417 = add %9416, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9418 = broadcast %3599 : f32[24] @ models/lib/nn.yaml:80:7
%9419 = mul %9413, %9418 : f32[24] @ models/lib/nn.yaml:80:7
%9420 = broadcast %2458 : f32[24] @ models/lib/nn.yaml:80:7
%9421 = mul %9414, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9422 = add %9421, %9419 : f32[24] @ models/lib/nn.yaml:80:7
%9423 = mul %9413, %9413 : f32[24] @ models/lib/nn.yaml:80:7
%9424 = broadcast %6137 : f32[24] @ models/lib/nn.yaml:80:7
%9425 = mul %9423, %9424 : f32[24] @ models/lib/nn.yaml:80:7
%9426 = broadcast %6141 : f32[24] @ models/lib/nn.yaml:80:7
%9427 = mul %9415, %9426 : f32[24] @ models/lib/nn.yaml:80:7
%9428 = add %9427, %9425 : f32[24] @ models/lib/nn.yaml:80:7
%9429 = cast %9417 : f64[] @ models/lib/nn.yaml:80:7
%9430 = pow %6132, %9429 : f64[] @ models/lib/nn.yaml:80:7
%9431 = sub %6113, %9430 : f64[] @ models/lib/nn.yaml:80:7
%9432 = div %3843, %9431 : f64[] @ models/lib/nn.yaml:80:7
%9433 = pow %6140, %9429 : f64[] @ models/lib/nn.yaml:80:7
%9434 = sub %6113, %9433 : f64[] @ models/lib/nn.yaml:80:7
%9435 = sqrt %9434 : f64[] @ models/lib/nn.yaml:80:7
%9436 = div %6113, %9435 : f64[] @ models/lib/nn.yaml:80:7
%9437 = sqrt %9428 : f32[24] @ models/lib/nn.yaml:80:7
%9438 = cast %9436 : f32[] @ models/lib/nn.yaml:80:7
%9439 = broadcast %9438 : f32[24] @ models/lib/nn.yaml:80:7
%9440 = mul %9437, %9439 : f32[24] @ models/lib/nn.yaml:80:7
%9441 = broadcast %6157 : f32[24] @ models/lib/nn.yaml:80:7
%9442 = add %9440, %9441 : f32[24] @ models/lib/nn.yaml:80:7
%9443 = div %9422, %9442 : f32[24] @ models/lib/nn.yaml:80:7
%9444 = cast %9432 : f32[] @ models/lib/nn.yaml:80:7
%9445 = broadcast %9444 : f32[24] @ models/lib/nn.yaml:80:7
%9446 = mul %9443, %9445 : f32[24] @ models/lib/nn.yaml:80:7
%9447 = sub %70, %9446 : f32[24] @ models/lib/nn.yaml:80:7
%9448 = assign %70, %9447 : f32[24] @ models/lib/nn.yaml:80:7
%9449 = assign %9414, %9422 : f32[24] @ models/lib/nn.yaml:80:7
%9450 = assign %9415, %9428 : f32[24] @ models/lib/nn.yaml:80:7
%9451 = assign %9416, %9417 : i64[] @ models/lib/nn.yaml:80:7
%9452 = broadcast %6169 : f32[24] @ models/lib/nn.yaml:80:7
%9453 = mul %148, %9452 : f32[24] @ models/lib/nn.yaml:80:7
%9454 = broadcast %6173 : f32[24] @ models/lib/nn.yaml:80:7
%9455 = mul %9447, %9454 : f32[24] @ models/lib/nn.yaml:80:7
%9456 = add %9453, %9455 : f32[24] @ models/lib/nn.yaml:80:7
%9457 = assign %148, %9456 : f32[24] @ models/lib/nn.yaml:80:7
%9458 = all_reduce_sum %5099 : f32[24,24] @ models/lib/nn.yaml:79:7
%9459 = reshape %9458 : f32[576] @ models/lib/nn.yaml:79:7
%9460 = mul %9459, %9459 : f32[576] @ models/lib/nn.yaml:79:7
%9461 = reduce_sum %9460 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9462 = sqrt %9461 : f32[] @ models/lib/nn.yaml:79:7
%9463 = cast %9462 : f64[] @ models/lib/nn.yaml:79:7
%9464 = add %9463, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9465 = div %6111, %9464 : f64[] @ models/lib/nn.yaml:79:7
%9466 = lt %9465, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9467 = cast %9465 : f32[] @ models/lib/nn.yaml:79:7
%9468 = broadcast %9467 : f32[24,24] @ models/lib/nn.yaml:79:7
%9469 = mul %9458, %9468 : f32[24,24] @ models/lib/nn.yaml:79:7
%9470 = broadcast %9466 : bool[24,24] @ models/lib/nn.yaml:79:7
%9471 = select %9470, %9469, %9458 : f32[24,24] @ models/lib/nn.yaml:79:7
%9472 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9473 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9474 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9475 = add %9474, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9476 = broadcast %6127 : f32[24,24] @ models/lib/nn.yaml:79:7
%9477 = mul %71, %9476 : f32[24,24] @ models/lib/nn.yaml:79:7
%9478 = broadcast %3599 : f32[24,24] @ models/lib/nn.yaml:79:7
%9479 = mul %9471, %9478 : f32[24,24] @ models/lib/nn.yaml:79:7
%9480 = broadcast %2458 : f32[24,24] @ models/lib/nn.yaml:79:7
%9481 = mul %9472, %9480 : f32[24,24] @ models/lib/nn.yaml:79:7
%9482 = add %9481, %9479 : f32[24,24] @ models/lib/nn.yaml:79:7
%9483 = mul %9471, %9471 : f32[24,24] @ models/lib/nn.yaml:79:7
%9484 = broadcast %6137 : f32[24,24] @ models/lib/nn.yaml:79:7
%9485 = mul %9483, %9484 : f32[24,24] @ models/lib/nn.yaml:79:7
%9486 = broadcast %6141 : f32[24,24] @ models/lib/nn.yaml:79:7
%9487 = mul %9473, %9486 : f32[24,24] @ models/lib/nn.yaml:79:7
%9488 = add %9487, %9485 : f32[24,24] @ models/lib/nn.yaml:79:7
%9489 = cast %9475 : f64[] @ models/lib/nn.yaml:79:7
%9490 = pow %6132, %9489 : f64[] @ models/lib/nn.yaml:79:7
%9491 = sub %6113, %9490 : f64[] @ models/lib/nn.yaml:79:7
%9492 = div %3843, %9491 : f64[] @ models/lib/nn.yaml:79:7
%9493 = pow %6140, %9489 : f64[] @ models/lib/nn.yaml:79:7
%9494 = sub %6113, %9493 : f64[] @ models/lib/nn.yaml:79:7
%9495 = sqrt %9494 : f64[] @ models/lib/nn.yaml:79:7
%9496 = div %6113, %9495 : f64[] @ models/lib/nn.yaml:79:7
%9497 = sqrt %9488 : f32[24,24] @ models/lib/nn.yaml:79:7
%9498 = cast %9496 : f32[] @ models/lib/nn.yaml:79:7
%9499 = broadcast %9498 : f32[24,24] @ models/lib/nn.yaml:79:7
%9500 = mul %9497, %9499 : f32[24,24] @ models/lib/nn.yaml:79:7
%9501 = broadcast %6157 : f32[24,24] @ models/lib/nn.yaml:79:7
%9502 = add %9500, %9501 : f32[24,24] @ models/lib/nn.yaml:79:7
%9503 = div %9482, %9502 : f32[24,24] @ models/lib/nn.yaml:79:7
%9504 = cast %9492 : f32[] @ models/lib/nn.yaml:79:7
%9505 = broadcast %9504 : f32[24,24] @ models/lib/nn.yaml:79:7
%9506 = mul %9503, %9505 : f32[24,24] @ models/lib/nn.yaml:79:7
%9507 = sub %9477, %9506 : f32[24,24] @ models/lib/nn.yaml:79:7
%9508 = assign %71, %9507 : f32[24,24] @ models/lib/nn.yaml:79:7
%9509 = assign %9472, %9482 : f32[24,24] @ models/lib/nn.yaml:79:7
%9510 = assign %9473, %9488 : f32[24,24] @ models/lib/nn.yaml:79:7
%9511 = assign %9474, %9475 : i64[] @ models/lib/nn.yaml:79:7
%9512 = broadcast %6169 : f32[24,24] @ models/lib/nn.yaml:79:7
%9513 = mul %149, %9512 : f32[24,24] @ models/lib/nn.yaml:79:7
%9514 = broadcast %6173 : f32[24,24] @ models/lib/nn.yaml:79:7
%9515 = mul %9507, %9514 : f32[24,24] @ models/lib/nn.yaml:79:7
%9516 = add %9513, %9515 : f32[24,24] @ models/lib/nn.yaml:79:7
%9517 = assign %149, %9516 : f32[24,24] @ models/lib/nn.yaml:79:7
%9518 = all_reduce_sum %5091 : f32[24] @ models/lib/nn.yaml:80:7
%9519 = mul %9518, %9518 : f32[24] @ models/lib/nn.yaml:80:7
%9520 = reduce_sum %9519 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9521 = sqrt %9520 : f32[] @ models/lib/nn.yaml:80:7
%9522 = cast %9521 : f64[] @ models/lib/nn.yaml:80:7
%9523 = add %9522, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9524 = div %6111, %9523 : f64[] @ models/lib/nn.yaml:80:7
%9525 = lt %9524, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9526 = cast %9524 : f32[] @ models/lib/nn.yaml:80:7
%9527 = broadcast %9526 : f32[24] @ models/lib/nn.yaml:80:7
%9528 = mul %9518, %9527 : f32[24] @ models/lib/nn.yaml:80:7
%9529 = broadcast %9525 : bool[24] @ models/lib/nn.yaml:80:7
%9530 = select %9529, %9528, %9518 : f32[24] @ models/lib/nn.yaml:80:7
%9531 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9532 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9533 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9534 = add %9533, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9535 = mul %9530, %9418 : f32[24] @ models/lib/nn.yaml:80:7
%9536 = mul %9531, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9537 = add %9536, %9535 : f32[24] @ models/lib/nn.yaml:80:7
%9538 = mul %9530, %9530 : f32[24] @ models/lib/nn.yaml:80:7
%9539 = mul %9538, %9424 : f32[24] @ models/lib/nn.yaml:80:7
%9540 = mul %9532, %9426 : f32[24] @ models/lib/nn.yaml:80:7
%9541 = add %9540, %9539 : f32[24] @ models/lib/nn.yaml:80:7
%9542 = cast %9534 : f64[] @ models/lib/nn.yaml:80:7
%9543 = pow %6132, %9542 : f64[] @ models/lib/nn.yaml:80:7
%9544 = sub %6113, %9543 : f64[] @ models/lib/nn.yaml:80:7
%9545 = div %3843, %9544 : f64[] @ models/lib/nn.yaml:80:7
%9546 = pow %6140, %9542 : f64[] @ models/lib/nn.yaml:80:7
%9547 = sub %6113, %9546 : f64[] @ models/lib/nn.yaml:80:7
%9548 = sqrt %9547 : f64[] @ models/lib/nn.yaml:80:7
%9549 = div %6113, %9548 : f64[] @ models/lib/nn.yaml:80:7
%9550 = sqrt %9541 : f32[24] @ models/lib/nn.yaml:80:7
%9551 = cast %9549 : f32[] @ models/lib/nn.yaml:80:7
%9552 = broadcast %9551 : f32[24] @ models/lib/nn.yaml:80:7
%9553 = mul %9550, %9552 : f32[24] @ models/lib/nn.yaml:80:7
%9554 = add %9553, %9441 : f32[24] @ models/lib/nn.yaml:80:7
%9555 = div %9537, %9554 : f32[24] @ models/lib/nn.yaml:80:7
%9556 = cast %9545 : f32[] @ models/lib/nn.yaml:80:7
%9557 = broadcast %9556 : f32[24] @ models/lib/nn.yaml:80:7
%9558 = mul %9555, %9557 : f32[24] @ models/lib/nn.yaml:80:7
%9559 = sub %72, %9558 : f32[24] @ models/lib/nn.yaml:80:7
%9560 = assign %72, %9559 : f32[24] @ models/lib/nn.yaml:80:7
%9561 = assign %9531, %9537 : f32[24] @ models/lib/nn.yaml:80:7
%9562 = assign %9532, %9541 : f32[24] @ models/lib/nn.yaml:80:7
%9563 = assign %9533, %9534 : i64[] @ models/lib/nn.yaml:80:7
%9564 = mul %150, %9452 : f32[24] @ models/lib/nn.yaml:80:7
%9565 = mul %9559, %9454 : f32[24] @ models/lib/nn.yaml:80:7
%9566 = add %9564, %9565 : f32[24] @ models/lib/nn.yaml:80:7
%9567 = assign %150, %9566 : f32[24] @ models/lib/nn.yaml:80:7
%9568 = all_reduce_sum %5077 : f32[8,24] @ models/lib/nn.yaml:79:7
%9569 = reshape %9568 : f32[192] @ models/lib/nn.yaml:79:7
%9570 = mul %9569, %9569 : f32[192] @ models/lib/nn.yaml:79:7
%9571 = reduce_sum %9570 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9572 = sqrt %9571 : f32[] @ models/lib/nn.yaml:79:7
%9573 = cast %9572 : f64[] @ models/lib/nn.yaml:79:7
%9574 = add %9573, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9575 = div %6111, %9574 : f64[] @ models/lib/nn.yaml:79:7
%9576 = lt %9575, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9577 = cast %9575 : f32[] @ models/lib/nn.yaml:79:7
%9578 = broadcast %9577 : f32[8,24] @ models/lib/nn.yaml:79:7
%9579 = mul %9568, %9578 : f32[8,24] @ models/lib/nn.yaml:79:7
%9580 = broadcast %9576 : bool[8,24] @ models/lib/nn.yaml:79:7
%9581 = select %9580, %9579, %9568 : f32[8,24] @ models/lib/nn.yaml:79:7
%9582 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9583 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9584 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9585 = add %9584, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9586 = broadcast %6127 : f32[8,24] @ models/lib/nn.yaml:79:7
%9587 = mul %73, %9586 : f32[8,24] @ models/lib/nn.yaml:79:7
%9588 = broadcast %3599 : f32[8,24] @ models/lib/nn.yaml:79:7
%9589 = mul %9581, %9588 : f32[8,24] @ models/lib/nn.yaml:79:7
%9590 = broadcast %2458 : f32[8,24] @ models/lib/nn.yaml:79:7
%9591 = mul %9582, %9590 : f32[8,24] @ models/lib/nn.yaml:79:7
%9592 = add %9591, %9589 : f32[8,24] @ models/lib/nn.yaml:79:7
%9593 = mul %9581, %9581 : f32[8,24] @ models/lib/nn.yaml:79:7
%9594 = broadcast %6137 : f32[8,24] @ models/lib/nn.yaml:79:7
%9595 = mul %9593, %9594 : f32[8,24] @ models/lib/nn.yaml:79:7
%9596 = broadcast %6141 : f32[8,24] @ models/lib/nn.yaml:79:7
%9597 = mul %9583, %9596 : f32[8,24] @ models/lib/nn.yaml:79:7
%9598 = add %9597, %9595 : f32[8,24] @ models/lib/nn.yaml:79:7
%9599 = cast %9585 : f64[] @ models/lib/nn.yaml:79:7
%9600 = pow %6132, %9599 : f64[] @ models/lib/nn.yaml:79:7
%9601 = sub %6113, %9600 : f64[] @ models/lib/nn.yaml:79:7
%9602 = div %3843, %9601 : f64[] @ models/lib/nn.yaml:79:7
%9603 = pow %6140, %9599 : f64[] @ models/lib/nn.yaml:79:7
%9604 = sub %6113, %9603 : f64[] @ models/lib/nn.yaml:79:7
%9605 = sqrt %9604 : f64[] @ models/lib/nn.yaml:79:7
%9606 = div %6113, %9605 : f64[] @ models/lib/nn.yaml:79:7
%9607 = sqrt %9598 : f32[8,24] @ models/lib/nn.yaml:79:7
%9608 = cast %9606 : f32[] @ models/lib/nn.yaml:79:7
%9609 = broadcast %9608 : f32[8,24] @ models/lib/nn.yaml:79:7
%9610 = mul %9607, %9609 : f32[8,24] @ models/lib/nn.yaml:79:7
%9611 = broadcast %6157 : f32[8,24] @ models/lib/nn.yaml:79:7
%9612 = add %9610, %9611 : f32[8,24] @ models/lib/nn.yaml:79:7
%9613 = div %9592, %9612 : f32[8,24] @ models/lib/nn.yaml:79:7
%9614 = cast %9602 : f32[] @ models/lib/nn.yaml:79:7
%9615 = broadcast %9614 : f32[8,24] @ models/lib/nn.yaml:79:7
%9616 = mul %9613, %9615 : f32[8,24] @ models/lib/nn.yaml:79:7
%9617 = sub %9587, %9616 : f32[8,24] @ models/lib/nn.yaml:79:7
%9618 = assign %73, %9617 : f32[8,24] @ models/lib/nn.yaml:79:7
%9619 = assign %9582, %9592 : f32[8,24] @ models/lib/nn.yaml:79:7
%9620 = assign %9583, %9598 : f32[8,24] @ models/lib/nn.yaml:79:7
%9621 = assign %9584, %9585 : i64[] @ models/lib/nn.yaml:79:7
%9622 = broadcast %6169 : f32[8,24] @ models/lib/nn.yaml:79:7
%9623 = mul %151, %9622 : f32[8,24] @ models/lib/nn.yaml:79:7
%9624 = broadcast %6173 : f32[8,24] @ models/lib/nn.yaml:79:7
%9625 = mul %9617, %9624 : f32[8,24] @ models/lib/nn.yaml:79:7
%9626 = add %9623, %9625 : f32[8,24] @ models/lib/nn.yaml:79:7
%9627 = assign %151, %9626 : f32[8,24] @ models/lib/nn.yaml:79:7
%9628 = all_reduce_sum %5069 : f32[8] @ models/lib/nn.yaml:80:7
%9629 = mul %9628, %9628 : f32[8] @ models/lib/nn.yaml:80:7
%9630 = reduce_sum %9629 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9631 = sqrt %9630 : f32[] @ models/lib/nn.yaml:80:7
%9632 = cast %9631 : f64[] @ models/lib/nn.yaml:80:7
%9633 = add %9632, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9634 = div %6111, %9633 : f64[] @ models/lib/nn.yaml:80:7
%9635 = lt %9634, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9636 = cast %9634 : f32[] @ models/lib/nn.yaml:80:7
%9637 = broadcast %9636 : f32[8] @ models/lib/nn.yaml:80:7
%9638 = mul %9628, %9637 : f32[8] @ models/lib/nn.yaml:80:7
%9639 = broadcast %9635 : bool[8] @ models/lib/nn.yaml:80:7
%9640 = select %9639, %9638, %9628 : f32[8] @ models/lib/nn.yaml:80:7
%9641 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9642 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9643 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9644 = add %9643, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9645 = broadcast %3599 : f32[8] @ models/lib/nn.yaml:80:7
%9646 = mul %9640, %9645 : f32[8] @ models/lib/nn.yaml:80:7
%9647 = broadcast %2458 : f32[8] @ models/lib/nn.yaml:80:7
%9648 = mul %9641, %9647 : f32[8] @ models/lib/nn.yaml:80:7
%9649 = add %9648, %9646 : f32[8] @ models/lib/nn.yaml:80:7
%9650 = mul %9640, %9640 : f32[8] @ models/lib/nn.yaml:80:7
%9651 = broadcast %6137 : f32[8] @ models/lib/nn.yaml:80:7
%9652 = mul %9650, %9651 : f32[8] @ models/lib/nn.yaml:80:7
%9653 = broadcast %6141 : f32[8] @ models/lib/nn.yaml:80:7
%9654 = mul %9642, %9653 : f32[8] @ models/lib/nn.yaml:80:7
%9655 = add %9654, %9652 : f32[8] @ models/lib/nn.yaml:80:7
%9656 = cast %9644 : f64[] @ models/lib/nn.yaml:80:7
%9657 = pow %6132, %9656 : f64[] @ models/lib/nn.yaml:80:7
%9658 = sub %6113, %9657 : f64[] @ models/lib/nn.yaml:80:7
%9659 = div %3843, %9658 : f64[] @ models/lib/nn.yaml:80:7
%9660 = pow %6140, %9656 : f64[] @ models/lib/nn.yaml:80:7
%9661 = sub %6113, %9660 : f64[] @ models/lib/nn.yaml:80:7
%9662 = sqrt %9661 : f64[] @ models/lib/nn.yaml:80:7
%9663 = div %6113, %9662 : f64[] @ models/lib/nn.yaml:80:7
%9664 = sqrt %9655 : f32[8] @ models/lib/nn.yaml:80:7
%9665 = cast %9663 : f32[] @ models/lib/nn.yaml:80:7
%9666 = broadcast %9665 : f32[8] @ models/lib/nn.yaml:80:7
%9667 = mul %9664, %9666 : f32[8] @ models/lib/nn.yaml:80:7
%9668 = broadcast %6157 : f32[8] @ models/lib/nn.yaml:80:7
%9669 = add %9667, %9668 : f32[8] @ models/lib/nn.yaml:80:7
%9670 = div %9649, %9669 : f32[8] @ models/lib/nn.yaml:80:7
%9671 = cast %9659 : f32[] @ models/lib/nn.yaml:80:7
%9672 = broadcast %9671 : f32[8] @ models/lib/nn.yaml:80:7
%9673 = mul %9670, %9672 : f32[8] @ models/lib/nn.yaml:80:7
%9674 = sub %74, %9673 : f32[8] @ models/lib/nn.yaml:80:7
%9675 = assign %74, %9674 : f32[8] @ models/lib/nn.yaml:80:7
%9676 = assign %9641, %9649 : f32[8] @ models/lib/nn.yaml:80:7
%9677 = assign %9642, %9655 : f32[8] @ models/lib/nn.yaml:80:7
%9678 = assign %9643, %9644 : i64[] @ models/lib/nn.yaml:80:7
%9679 = broadcast %6169 : f32[8] @ models/lib/nn.yaml:80:7
%9680 = mul %152, %9679 : f32[8] @ models/lib/nn.yaml:80:7
%9681 = broadcast %6173 : f32[8] @ models/lib/nn.yaml:80:7
%9682 = mul %9674, %9681 : f32[8] @ models/lib/nn.yaml:80:7
%9683 = add %9680, %9682 : f32[8] @ models/lib/nn.yaml:80:7
%9684 = assign %152, %9683 : f32[8] @ models/lib/nn.yaml:80:7
%9685 = broadcast %6169 : f32[32,1] @ models/lib/dino.yaml:18:7
%9686 = mul %153, %9685 : f32[32,1] @ models/lib/dino.yaml:18:7
%9687 = broadcast %6173 : f32[32,1] @ models/lib/dino.yaml:18:7
%9688 = mul %75, %9687 : f32[32,1] @ models/lib/dino.yaml:18:7
%9689 = add %9686, %9688 : f32[32,1] @ models/lib/dino.yaml:18:7
%9690 = assign %153, %9689 : f32[32,1] @ models/lib/dino.yaml:18:7
%9691 = all_reduce_sum %5050 : f32[32,8] @ models/lib/dino.yaml:19:7
%9692 = reshape %9691 : f32[256] @ models/lib/dino.yaml:19:7
%9693 = mul %9692, %9692 : f32[256] @ models/lib/dino.yaml:19:7
%9694 = reduce_sum %9693 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9695 = sqrt %9694 : f32[] @ models/lib/dino.yaml:19:7
%9696 = cast %9695 : f64[] @ models/lib/dino.yaml:19:7
%9697 = add %9696, %6109 : f64[] @ models/lib/dino.yaml:19:7
%9698 = div %6111, %9697 : f64[] @ models/lib/dino.yaml:19:7
%9699 = lt %9698, %6113 : bool[] @ models/lib/dino.yaml:19:7
%9700 = cast %9698 : f32[] @ models/lib/dino.yaml:19:7
%9701 = broadcast %9700 : f32[32,8] @ models/lib/dino.yaml:19:7
%9702 = mul %9691, %9701 : f32[32,8] @ models/lib/dino.yaml:19:7
%9703 = broadcast %9699 : bool[32,8] @ models/lib/dino.yaml:19:7
%9704 = select %9703, %9702, %9691 : f32[32,8] @ models/lib/dino.yaml:19:7
%9705 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9706 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9707 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9708 = add %9707, %6123 : i64[] @ models/lib/dino.yaml:19:7
%9709 = broadcast %6127 : f32[32,8] @ models/lib/dino.yaml:19:7
%9710 = mul %76, %9709 : f32[32,8] @ models/lib/dino.yaml:19:7
%9711 = broadcast %3599 : f32[32,8] @ models/lib/dino.yaml:19:7
%9712 = mul %9704, %9711 : f32[32,8] @ models/lib/dino.yaml:19:7
%9713 = broadcast %2458 : f32[32,8] @ models/lib/dino.yaml:19:7
%9714 = mul %9705, %9713 : f32[32,8] @ models/lib/dino.yaml:19:7
%9715 = add %9714, %9712 : f32[32,8] @ models/lib/dino.yaml:19:7
%9716 = mul %9704, %9704 : f32[32,8] @ models/lib/dino.yaml:19:7
%9717 = broadcast %6137 : f32[32,8] @ models/lib/dino.yaml:19:7
%9718 = mul %9716, %9717 : f32[32,8] @ models/lib/dino.yaml:19:7
%9719 = broadcast %6141 : f32[32,8] @ models/lib/dino.yaml:19:7
%9720 = mul %9706, %9719 : f32[32,8] @ models/lib/dino.yaml:19:7
%9721 = add %9720, %9718 : f32[32,8] @ models/lib/dino.yaml:19:7
%9722 = cast %9708 : f64[] @ models/lib/dino.yaml:19:7
%9723 = pow %6132, %9722 : f64[] @ models/lib/dino.yaml:19:7
%9724 = sub %6113, %9723 : f64[] @ models/lib/dino.yaml:19:7
%9725 = div %3843, %9724 : f64[] @ models/lib/dino.yaml:19:7
%9726 = pow %6140, %9722 : f64[] @ models/lib/dino.yaml:19:7
%9727 = sub %6113, %9726 : f64[] @ models/lib/dino.yaml:19:7
%9728 = sqrt %9727 : f64[] @ models/lib/dino.yaml:19:7
%9729 = div %6113, %9728 : f64[] @ models/lib/dino.yaml:19:7
%9730 = sqrt %9721 : f32[32,8] @ models/lib/dino.yaml:19:7
%9731 = cast %9729 : f32[] @ models/lib/dino.yaml:19:7
%9732 = broadcast %9731 : f32[32,8] @ models/lib/dino.yaml:19:7
%9733 = mul %9730, %9732 : f32[32,8] @ models/lib/dino.yaml:19:7
%9734 = broadcast %6157 : f32[32,8] @ models/lib/dino.yaml:19:7
%9735 = add %9733, %9734 : f32[32,8] @ models/lib/dino.yaml:19:7
%9736 = div %9715, %9735 : f32[32,8] @ models/lib/dino.yaml:19:7
%9737 = cast %9725 : f32[] @ models/lib/dino.yaml:19:7
%9738 = broadcast %9737 : f32[32,8] @ models/lib/dino.yaml:19:7
%9739 = mul %9736, %9738 : f32[32,8] @ models/lib/dino.yaml:19:7
%9740 = sub %9710, %9739 : f32[32,8] @ models/lib/dino.yaml:19:7
%9741 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9742 = lt %9741, %6123 : bool[] @ models/lib/dino.yaml:19:7
%9743 = broadcast %9742 : bool[32,8] @ models/lib/dino.yaml:19:7
%9744 = select %9743, %76, %9740 : f32[32,8] @ models/lib/dino.yaml:19:7
%9745 = select %9743, %9705, %9715 : f32[32,8] @ models/lib/dino.yaml:19:7
%9746 = select %9743, %9706, %9721 : f32[32,8] @ models/lib/dino.yaml:19:7
%9747 = select %9742, %9707, %9708 : i64[] @ models/lib/dino.yaml:19:7
%9748 = assign %76, %9744 : f32[32,8] @ models/lib/dino.yaml:19:7
%9749 = assign %9705, %9745 : f32[32,8] @ models/lib/dino.yaml:19:7
%9750 = assign %9706, %9746 : f32[32,8] @ models/lib/dino.yaml:19:7
%9751 = assign %9707, %9747 : i64[] @ models/lib/dino.yaml:19:7
%9752 = broadcast %6169 : f32[32,8] @ models/lib/dino.yaml:19:7
%9753 = mul %154, %9752 : f32[32,8] @ models/lib/dino.yaml:19:7
%9754 = broadcast %6173 : f32[32,8] @ models/lib/dino.yaml:19:7
%9755 = mul %9744, %9754 : f32[32,8] @ models/lib/dino.yaml:19:7
%9756 = add %9753, %9755 : f32[32,8] @ models/lib/dino.yaml:19:7
%9757 = assign %154, %9756 : f32[32,8] @ models/lib/dino.yaml:19:7
%9758 = all_reduce_sum %5031 : f32[24,16] @ models/lib/nn.yaml:79:7
%9759 = reshape %9758 : f32[384] @ models/lib/nn.yaml:79:7
%9760 = mul %9759, %9759 : f32[384] @ models/lib/nn.yaml:79:7
%9761 = reduce_sum %9760 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9762 = sqrt %9761 : f32[] @ models/lib/nn.yaml:79:7
%9763 = cast %9762 : f64[] @ models/lib/nn.yaml:79:7
%9764 = add %9763, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9765 = div %6111, %9764 : f64[] @ models/lib/nn.yaml:79:7
%9766 = lt %9765, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9767 = cast %9765 : f32[] @ models/lib/nn.yaml:79:7
%9768 = broadcast %9767 : f32[24,16] @ models/lib/nn.yaml:79:7
%9769 = mul %9758, %9768 : f32[24,16] @ models/lib/nn.yaml:79:7
%9770 = broadcast %9766 : bool[24,16] @ models/lib/nn.yaml:79:7
%9771 = select %9770, %9769, %9758 : f32[24,16] @ models/lib/nn.yaml:79:7
%9772 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9773 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9774 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9775 = add %9774, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9776 = mul %77, %9359 : f32[24,16] @ models/lib/nn.yaml:79:7
%9777 = mul %9771, %9361 : f32[24,16] @ models/lib/nn.yaml:79:7
%9778 = mul %9772, %9363 : f32[24,16] @ models/lib/nn.yaml:79:7
%9779 = add %9778, %9777 : f32[24,16] @ models/lib/nn.yaml:79:7
%9780 = mul %9771, %9771 : f32[24,16] @ models/lib/nn.yaml:79:7
%9781 = mul %9780, %9367 : f32[24,16] @ models/lib/nn.yaml:79:7
%9782 = mul %9773, %9369 : f32[24,16] @ models/lib/nn.yaml:79:7
%9783 = add %9782, %9781 : f32[24,16] @ models/lib/nn.yaml:79:7
%9784 = cast %9775 : f64[] @ models/lib/nn.yaml:79:7
%9785 = pow %6132, %9784 : f64[] @ models/lib/nn.yaml:79:7
%9786 = sub %6113, %9785 : f64[] @ models/lib/nn.yaml:79:7
%9787 = div %3843, %9786 : f64[] @ models/lib/nn.yaml:79:7
%9788 = pow %6140, %9784 : f64[] @ models/lib/nn.yaml:79:7
%9789 = sub %6113, %9788 : f64[] @ models/lib/nn.yaml:79:7
%9790 = sqrt %9789 : f64[] @ models/lib/nn.yaml:79:7
%9791 = div %6113, %9790 : f64[] @ models/lib/nn.yaml:79:7
%9792 = sqrt %9783 : f32[24,16] @ models/lib/nn.yaml:79:7
%9793 = cast %9791 : f32[] @ models/lib/nn.yaml:79:7
%9794 = broadcast %9793 : f32[24,16] @ models/lib/nn.yaml:79:7
%9795 = mul %9792, %9794 : f32[24,16] @ models/lib/nn.yaml:79:7
%9796 = add %9795, %9384 : f32[24,16] @ models/lib/nn.yaml:79:7
%9797 = div %9779, %9796 : f32[24,16] @ models/lib/nn.yaml:79:7
%9798 = cast %9787 : f32[] @ models/lib/nn.yaml:79:7
%9799 = broadcast %9798 : f32[24,16] @ models/lib/nn.yaml:79:7
%9800 = mul %9797, %9799 : f32[24,16] @ models/lib/nn.yaml:79:7
%9801 = sub %9776, %9800 : f32[24,16] @ models/lib/nn.yaml:79:7
%9802 = assign %77, %9801 : f32[24,16] @ models/lib/nn.yaml:79:7
%9803 = assign %9772, %9779 : f32[24,16] @ models/lib/nn.yaml:79:7
%9804 = assign %9773, %9783 : f32[24,16] @ models/lib/nn.yaml:79:7
%9805 = assign %9774, %9775 : i64[] @ models/lib/nn.yaml:79:7
%9806 = mul %155, %9395 : f32[24,16] @ models/lib/nn.yaml:79:7
%9807 = mul %9801, %9397 : f32[24,16] @ models/lib/nn.yaml:79:7
%9808 = add %9806, %9807 : f32[24,16] @ models/lib/nn.yaml:79:7
%9809 = assign %155, %9808 : f32[24,16] @ models/lib/nn.yaml:79:7
%9810 = all_reduce_sum %5023 : f32[24] @ models/lib/nn.yaml:80:7
%9811 = mul %9810, %9810 : f32[24] @ models/lib/nn.yaml:80:7
%9812 = reduce_sum %9811 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9813 = sqrt %9812 : f32[] @ models/lib/nn.yaml:80:7
%9814 = cast %9813 : f64[] @ models/lib/nn.yaml:80:7
%9815 = add %9814, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9816 = div %6111, %9815 : f64[] @ models/lib/nn.yaml:80:7
%9817 = lt %9816, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9818 = cast %9816 : f32[] @ models/lib/nn.yaml:80:7
%9819 = broadcast %9818 : f32[24] @ models/lib/nn.yaml:80:7
%9820 = mul %9810, %9819 : f32[24] @ models/lib/nn.yaml:80:7
%9821 = broadcast %9817 : bool[24] @ models/lib/nn.yaml:80:7
%9822 = select %9821, %9820, %9810 : f32[24] @ models/lib/nn.yaml:80:7
%9823 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9824 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9825 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9826 = add %9825, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9827 = mul %9822, %9418 : f32[24] @ models/lib/nn.yaml:80:7
%9828 = mul %9823, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9829 = add %9828, %9827 : f32[24] @ models/lib/nn.yaml:80:7
%9830 = mul %9822, %9822 : f32[24] @ models/lib/nn.yaml:80:7
%9831 = mul %9830, %9424 : f32[24] @ models/lib/nn.yaml:80:7
%9832 = mul %9824, %9426 : f32[24] @ models/lib/nn.yaml:80:7
%9833 = add %9832, %9831 : f32[24] @ models/lib/nn.yaml:80:7
%9834 = cast %9826 : f64[] @ models/lib/nn.yaml:80:7
%9835 = pow %6132, %9834 : f64[] @ models/lib/nn.yaml:80:7
%9836 = sub %6113, %9835 : f64[] @ models/lib/nn.yaml:80:7
%9837 = div %3843, %9836 : f64[] @ models/lib/nn.yaml:80:7
%9838 = pow %6140, %9834 : f64[] @ models/lib/nn.yaml:80:7
%9839 = sub %6113, %9838 : f64[] @ models/lib/nn.yaml:80:7
%9840 = sqrt %9839 : f64[] @ models/lib/nn.yaml:80:7
%9841 = div %6113, %9840 : f64[] @ models/lib/nn.yaml:80:7
%9842 = sqrt %9833 : f32[24] @ models/lib/nn.yaml:80:7
%9843 = cast %9841 : f32[] @ models/lib/nn.yaml:80:7
%9844 = broadcast %9843 : f32[24] @ models/lib/nn.yaml:80:7
%9845 = mul %9842, %9844 : f32[24] @ models/lib/nn.yaml:80:7
%9846 = add %9845, %9441 : f32[24] @ models/lib/nn.yaml:80:7
%9847 = div %9829, %9846 : f32[24] @ models/lib/nn.yaml:80:7
%9848 = cast %9837 : f32[] @ models/lib/nn.yaml:80:7
%9849 = broadcast %9848 : f32[24] @ models/lib/nn.yaml:80:7
%9850 = mul %9847, %9849 : f32[24] @ models/lib/nn.yaml:80:7
%9851 = sub %78, %9850 : f32[24] @ models/lib/nn.yaml:80:7
%9852 = assign %78, %9851 : f32[24] @ models/lib/nn.yaml:80:7
%9853 = assign %9823, %9829 : f32[24] @ models/lib/nn.yaml:80:7
%9854 = assign %9824, %9833 : f32[24] @ models/lib/nn.yaml:80:7
%9855 = assign %9825, %9826 : i64[] @ models/lib/nn.yaml:80:7
%9856 = mul %156, %9452 : f32[24] @ models/lib/nn.yaml:80:7
%9857 = mul %9851, %9454 : f32[24] @ models/lib/nn.yaml:80:7
%9858 = add %9856, %9857 : f32[24] @ models/lib/nn.yaml:80:7
%9859 = assign %156, %9858 : f32[24] @ models/lib/nn.yaml:80:7
%9860 = all_reduce_sum %5007 : f32[24,24] @ models/lib/nn.yaml:79:7
%9861 = reshape %9860 : f32[576] @ models/lib/nn.yaml:79:7
%9862 = mul %9861, %9861 : f32[576] @ models/lib/nn.yaml:79:7
%9863 = reduce_sum %9862 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9864 = sqrt %9863 : f32[] @ models/lib/nn.yaml:79:7
%9865 = cast %9864 : f64[] @ models/lib/nn.yaml:79:7
%9866 = add %9865, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9867 = div %6111, %9866 : f64[] @ models/lib/nn.yaml:79:7
%9868 = lt %9867, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9869 = cast %9867 : f32[] @ models/lib/nn.yaml:79:7
%9870 = broadcast %9869 : f32[24,24] @ models/lib/nn.yaml:79:7
%9871 = mul %9860, %9870 : f32[24,24] @ models/lib/nn.yaml:79:7
%9872 = broadcast %9868 : bool[24,24] @ models/lib/nn.yaml:79:7
%9873 = select %9872, %9871, %9860 : f32[24,24] @ models/lib/nn.yaml:79:7
%9874 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9875 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9876 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9877 = add %9876, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9878 = mul %79, %9476 : f32[24,24] @ models/lib/nn.yaml:79:7
%9879 = mul %9873, %9478 : f32[24,24] @ models/lib/nn.yaml:79:7
%9880 = mul %9874, %9480 : f32[24,24] @ models/lib/nn.yaml:79:7
%9881 = add %9880, %9879 : f32[24,24] @ models/lib/nn.yaml:79:7
%9882 = mul %9873, %9873 : f32[24,24] @ models/lib/nn.yaml:79:7
%9883 = mul %9882, %9484 : f32[24,24] @ models/lib/nn.yaml:79:7
%9884 = mul %9875, %9486 : f32[24,24] @ models/lib/nn.yaml:79:7
%9885 = add %9884, %9883 : f32[24,24] @ models/lib/nn.yaml:79:7
%9886 = cast %9877 : f64[] @ models/lib/nn.yaml:79:7
%9887 = pow %6132, %9886 : f64[] @ models/lib/nn.yaml:79:7
%9888 = sub %6113, %9887 : f64[] @ models/lib/nn.yaml:79:7
%9889 = div %3843, %9888 : f64[] @ models/lib/nn.yaml:79:7
%9890 = pow %6140, %9886 : f64[] @ models/lib/nn.yaml:79:7
%9891 = sub %6113, %9890 : f64[] @ models/lib/nn.yaml:79:7
%9892 = sqrt %9891 : f64[] @ models/lib/nn.yaml:79:7
%9893 = div %6113, %9892 : f64[] @ models/lib/nn.yaml:79:7
%9894 = sqrt %9885 : f32[24,24] @ models/lib/nn.yaml:79:7
%9895 = cast %9893 : f32[] @ models/lib/nn.yaml:79:7
%9896 = broadcast %9895 : f32[24,24] @ models/lib/nn.yaml:79:7
%9897 = mul %9894, %9896 : f32[24,24] @ models/lib/nn.yaml:79:7
%9898 = add %9897, %9501 : f32[24,24] @ models/lib/nn.yaml:79:7
%9899 = div %9881, %9898 : f32[24,24] @ models/lib/nn.yaml:79:7
%9900 = cast %9889 : f32[] @ models/lib/nn.yaml:79:7
%9901 = broadcast %9900 : f32[24,24] @ models/lib/nn.yaml:79:7
%9902 = mul %9899, %9901 : f32[24,24] @ models/lib/nn.yaml:79:7
%9903 = sub %9878, %9902 : f32[24,24] @ models/lib/nn.yaml:79:7
%9904 = assign %79, %9903 : f32[24,24] @ models/lib/nn.yaml:79:7
%9905 = assign %9874, %9881 : f32[24,24] @ models/lib/nn.yaml:79:7
%9906 = assign %9875, %9885 : f32[24,24] @ models/lib/nn.yaml:79:7
%9907 = assign %9876, %9877 : i64[] @ models/lib/nn.yaml:79:7
%9908 = mul %157, %9512 : f32[24,24] @ models/lib/nn.yaml:79:7
%9909 = mul %9903, %9514 : f32[24,24] @ models/lib/nn.yaml:79:7
%9910 = add %9908, %9909 : f32[24,24] @ models/lib/nn.yaml:79:7
%9911 = assign %157, %9910 : f32[24,24] @ models/lib/nn.yaml:79:7
%9912 = all_reduce_sum %4999 : f32[24] @ models/lib/nn.yaml:80:7
%9913 = mul %9912, %9912 : f32[24] @ models/lib/nn.yaml:80:7
%9914 = reduce_sum %9913 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9915 = sqrt %9914 : f32[] @ models/lib/nn.yaml:80:7
%9916 = cast %9915 : f64[] @ models/lib/nn.yaml:80:7
%9917 = add %9916, %6109 : f64[] @ models/lib/nn.yaml:80:7
%9918 = div %6111, %9917 : f64[] @ models/lib/nn.yaml:80:7
%9919 = lt %9918, %6113 : bool[] @ models/lib/nn.yaml:80:7
%9920 = cast %9918 : f32[] @ models/lib/nn.yaml:80:7
%9921 = broadcast %9920 : f32[24] @ models/lib/nn.yaml:80:7
%9922 = mul %9912, %9921 : f32[24] @ models/lib/nn.yaml:80:7
%9923 = broadcast %9919 : bool[24] @ models/lib/nn.yaml:80:7
%9924 = select %9923, %9922, %9912 : f32[24] @ models/lib/nn.yaml:80:7
%9925 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9926 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9927 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9928 = add %9927, %6123 : i64[] @ models/lib/nn.yaml:80:7
%9929 = mul %9924, %9418 : f32[24] @ models/lib/nn.yaml:80:7
%9930 = mul %9925, %9420 : f32[24] @ models/lib/nn.yaml:80:7
%9931 = add %9930, %9929 : f32[24] @ models/lib/nn.yaml:80:7
%9932 = mul %9924, %9924 : f32[24] @ models/lib/nn.yaml:80:7
%9933 = mul %9932, %9424 : f32[24] @ models/lib/nn.yaml:80:7
%9934 = mul %9926, %9426 : f32[24] @ models/lib/nn.yaml:80:7
%9935 = add %9934, %9933 : f32[24] @ models/lib/nn.yaml:80:7
%9936 = cast %9928 : f64[] @ models/lib/nn.yaml:80:7
%9937 = pow %6132, %9936 : f64[] @ models/lib/nn.yaml:80:7
%9938 = sub %6113, %9937 : f64[] @ models/lib/nn.yaml:80:7
%9939 = div %3843, %9938 : f64[] @ models/lib/nn.yaml:80:7
%9940 = pow %6140, %9936 : f64[] @ models/lib/nn.yaml:80:7
%9941 = sub %6113, %9940 : f64[] @ models/lib/nn.yaml:80:7
%9942 = sqrt %9941 : f64[] @ models/lib/nn.yaml:80:7
%9943 = div %6113, %9942 : f64[] @ models/lib/nn.yaml:80:7
%9944 = sqrt %9935 : f32[24] @ models/lib/nn.yaml:80:7
%9945 = cast %9943 : f32[] @ models/lib/nn.yaml:80:7
%9946 = broadcast %9945 : f32[24] @ models/lib/nn.yaml:80:7
%9947 = mul %9944, %9946 : f32[24] @ models/lib/nn.yaml:80:7
%9948 = add %9947, %9441 : f32[24] @ models/lib/nn.yaml:80:7
%9949 = div %9931, %9948 : f32[24] @ models/lib/nn.yaml:80:7
%9950 = cast %9939 : f32[] @ models/lib/nn.yaml:80:7
%9951 = broadcast %9950 : f32[24] @ models/lib/nn.yaml:80:7
%9952 = mul %9949, %9951 : f32[24] @ models/lib/nn.yaml:80:7
%9953 = sub %80, %9952 : f32[24] @ models/lib/nn.yaml:80:7
%9954 = assign %80, %9953 : f32[24] @ models/lib/nn.yaml:80:7
%9955 = assign %9925, %9931 : f32[24] @ models/lib/nn.yaml:80:7
%9956 = assign %9926, %9935 : f32[24] @ models/lib/nn.yaml:80:7
%9957 = assign %9927, %9928 : i64[] @ models/lib/nn.yaml:80:7
%9958 = mul %158, %9452 : f32[24] @ models/lib/nn.yaml:80:7
%9959 = mul %9953, %9454 : f32[24] @ models/lib/nn.yaml:80:7
%9960 = add %9958, %9959 : f32[24] @ models/lib/nn.yaml:80:7
%9961 = assign %158, %9960 : f32[24] @ models/lib/nn.yaml:80:7
%9962 = all_reduce_sum %4982 : f32[8,24] @ models/lib/nn.yaml:79:7
%9963 = reshape %9962 : f32[192] @ models/lib/nn.yaml:79:7
%9964 = mul %9963, %9963 : f32[192] @ models/lib/nn.yaml:79:7
%9965 = reduce_sum %9964 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9966 = sqrt %9965 : f32[] @ models/lib/nn.yaml:79:7
%9967 = cast %9966 : f64[] @ models/lib/nn.yaml:79:7
%9968 = add %9967, %6109 : f64[] @ models/lib/nn.yaml:79:7
%9969 = div %6111, %9968 : f64[] @ models/lib/nn.yaml:79:7
%9970 = lt %9969, %6113 : bool[] @ models/lib/nn.yaml:79:7
%9971 = cast %9969 : f32[] @ models/lib/nn.yaml:79:7
%9972 = broadcast %9971 : f32[8,24] @ models/lib/nn.yaml:79:7
%9973 = mul %9962, %9972 : f32[8,24] @ models/lib/nn.yaml:79:7
%9974 = broadcast %9970 : bool[8,24] @ models/lib/nn.yaml:79:7
%9975 = select %9974, %9973, %9962 : f32[8,24] @ models/lib/nn.yaml:79:7
%9976 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9977 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9978 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9979 = add %9978, %6123 : i64[] @ models/lib/nn.yaml:79:7
%9980 = mul %81, %9586 : f32[8,24] @ models/lib/nn.yaml:79:7
%9981 = mul %9975, %9588 : f32[8,24] @ models/lib/nn.yaml:79:7
%9982 = mul %9976, %9590 : f32[8,24] @ models/lib/nn.yaml:79:7
%9983 = add %9982, %9981 : f32[8,24] @ models/lib/nn.yaml:79:7
%9984 = mul %9975, %9975 : f32[8,24] @ models/lib/nn.yaml:79:7
%9985 = mul %9984, %9594 : f32[8,24] @ models/lib/nn.yaml:79:7
%9986 = mul %9977, %9596 : f32[8,24] @ models/lib/nn.yaml:79:7
%9987 = add %9986, %9985 : f32[8,24] @ models/lib/nn.yaml:79:7
%9988 = cast %9979 : f64[] @ models/lib/nn.yaml:79:7
%9989 = pow %6132, %9988 : f64[] @ models/lib/nn.yaml:79:7
%9990 = sub %6113, %9989 : f64[] @ models/lib/nn.yaml:79:7
%9991 = div %3843, %9990 : f64[] @ models/lib/nn.yaml:79:7
%9992 = pow %6140, %9988 : f64[] @ models/lib/nn.yaml:79:7
%9993 = sub %6113, %9992 : f64[] @ models/lib/nn.yaml:79:7
%9994 = sqrt %9993 : f64[] @ models/lib/nn.yaml:79:7
%9995 = div %6113, %9994 : f64[] @ models/lib/nn.yaml:79:7
%9996 = sqrt %9987 : f32[8,24] @ models/lib/nn.yaml:79:7
%9997 = cast %9995 : f32[] @ models/lib/nn.yaml:79:7
%9998 = broadcast %9997 : f32[8,24] @ models/lib/nn.yaml:79:7
%9999 = mul %9996, %9998 : f32[8,24] @ models/lib/nn.yaml:79:7
%10000 = add %9999, %9611 : f32[8,24] @ models/lib/nn.yaml:79:7
%10001 = div %9983, %10000 : f32[8,24] @ models/lib/nn.yaml:79:7
%10002 = cast %9991 : f32[] @ models/lib/nn.yaml:79:7
%10003 = broadcast %10002 : f32[8,24] @ models/lib/nn.yaml:79:7
%10004 = mul %10001, %10003 : f32[8,24] @ models/lib/nn.yaml:79:7
%10005 = sub %9980, %10004 : f32[8,24] @ models/lib/nn.yaml:79:7
%10006 = assign %81, %10005 : f32[8,24] @ models/lib/nn.yaml:79:7
%10007 = assign %9976, %9983 : f32[8,24] @ models/lib/nn.yaml:79:7
%10008 = assign %9977, %9987 : f32[8,24] @ models/lib/nn.yaml:79:7
%10009 = assign %9978, %9979 : i64[] @ models/lib/nn.yaml:79:7
%10010 = mul %159, %9622 : f32[8,24] @ models/lib/nn.yaml:79:7
%10011 = mul %10005, %9624 : f32[8,24] @ models/lib/nn.yaml:79:7
%10012 = add %10010, %10011 : f32[8,24] @ models/lib/nn.yaml:79:7
%10013 = assign %159, %10012 : f32[8,24] @ models/lib/nn.yaml:79:7
%10014 = all_reduce_sum %4974 : f32[8] @ models/lib/nn.yaml:80:7
%10015 = mul %10014, %10014 : f32[8] @ models/lib/nn.yaml:80:7
%10016 = reduce_sum %10015 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10017 = sqrt %10016 : f32[] @ models/lib/nn.yaml:80:7
%10018 = cast %10017 : f64[] @ models/lib/nn.yaml:80:7
%10019 = add %10018, %6109 : f64[] @ models/lib/nn.yaml:80:7
%10020 = div %6111, %10019 : f64[] @ models/lib/nn.yaml:80:7
%10021 = lt %10020, %6113 : bool[] @ models/lib/nn.yaml:80:7
%10022 = cast %10020 : f32[] @ models/lib/nn.yaml:80:7
%10023 = broadcast %10022 : f32[8] @ models/lib/nn.yaml:80:7
%10024 = mul %10014, %10023 : f32[8] @ models/lib/nn.yaml:80:7
%10025 = broadcast %10021 : bool[8] @ models/lib/nn.yaml:80:7
%10026 = select %10025, %10024, %10014 : f32[8] @ models/lib/nn.yaml:80:7
%10027 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10028 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10029 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10030 = add %10029, %6123 : i64[] @ models/lib/nn.yaml:80:7
%10031 = mul %10026, %9645 : f32[8] @ models/lib/nn.yaml:80:7
%10032 = mul %10027, %9647 : f32[8] @ models/lib/nn.yaml:80:7
%10033 = add %10032, %10031 : f32[8] @ models/lib/nn.yaml:80:7
%10034 = mul %10026, %10026 : f32[8] @ models/lib/nn.yaml:80:7
%10035 = mul %10034, %9651 : f32[8] @ models/lib/nn.yaml:80:7
%10036 = mul %10028, %9653 : f32[8] @ models/lib/nn.yaml:80:7
%10037 = add %10036, %10035 : f32[8] @ models/lib/nn.yaml:80:7
%10038 = cast %10030 : f64[] @ models/lib/nn.yaml:80:7
%10039 = pow %6132, %10038 : f64[] @ models/lib/nn.yaml:80:7
%10040 = sub %6113, %10039 : f64[] @ models/lib/nn.yaml:80:7
%10041 = div %3843, %10040 : f64[] @ models/lib/nn.yaml:80:7
%10042 = pow %6140, %10038 : f64[] @ models/lib/nn.yaml:80:7
%10043 = sub %6113, %10042 : f64[] @ models/lib/nn.yaml:80:7
%10044 = sqrt %10043 : f64[] @ models/lib/nn.yaml:80:7
%10045 = div %6113, %10044 : f64[] @ models/lib/nn.yaml:80:7
%10046 = sqrt %10037 : f32[8] @ models/lib/nn.yaml:80:7
%10047 = cast %10045 : f32[] @ models/lib/nn.yaml:80:7
%10048 = broadcast %10047 : f32[8] @ models/lib/nn.yaml:80:7
%10049 = mul %10046, %10048 : f32[8] @ models/lib/nn.yaml:80:7
%10050 = add %10049, %9668 : f32[8] @ models/lib/nn.yaml:80:7
%10051 = div %10033, %10050 : f32[8] @ models/lib/nn.yaml:80:7
%10052 = cast %10041 : f32[] @ models/lib/nn.yaml:80:7
%10053 = broadcast %10052 : f32[8] @ models/lib/nn.yaml:80:7
%10054 = mul %10051, %10053 : f32[8] @ models/lib/nn.yaml:80:7
%10055 = sub %82, %10054 : f32[8] @ models/lib/nn.yaml:80:7
%10056 = assign %82, %10055 : f32[8] @ models/lib/nn.yaml:80:7
%10057 = assign %10027, %10033 : f32[8] @ models/lib/nn.yaml:80:7
%10058 = assign %10028, %10037 : f32[8] @ models/lib/nn.yaml:80:7
%10059 = assign %10029, %10030 : i64[] @ models/lib/nn.yaml:80:7
%10060 = mul %160, %9679 : f32[8] @ models/lib/nn.yaml:80:7
%10061 = mul %10055, %9681 : f32[8] @ models/lib/nn.yaml:80:7
%10062 = add %10060, %10061 : f32[8] @ models/lib/nn.yaml:80:7
%10063 = assign %160, %10062 : f32[8] @ models/lib/nn.yaml:80:7
%10064 = broadcast %6169 : f32[16,1] @ models/lib/dino.yaml:18:7
%10065 = mul %161, %10064 : f32[16,1] @ models/lib/dino.yaml:18:7
%10066 = broadcast %6173 : f32[16,1] @ models/lib/dino.yaml:18:7
%10067 = mul %83, %10066 : f32[16,1] @ models/lib/dino.yaml:18:7
%10068 = add %10065, %10067 : f32[16,1] @ models/lib/dino.yaml:18:7
%10069 = assign %161, %10068 : f32[16,1] @ models/lib/dino.yaml:18:7
%10070 = all_reduce_sum %4950 : f32[16,8] @ models/lib/dino.yaml:19:7
%10071 = reshape %10070 : f32[128] @ models/lib/dino.yaml:19:7
%10072 = mul %10071, %10071 : f32[128] @ models/lib/dino.yaml:19:7
%10073 = reduce_sum %10072 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10074 = sqrt %10073 : f32[] @ models/lib/dino.yaml:19:7
%10075 = cast %10074 : f64[] @ models/lib/dino.yaml:19:7
%10076 = add %10075, %6109 : f64[] @ models/lib/dino.yaml:19:7
%10077 = div %6111, %10076 : f64[] @ models/lib/dino.yaml:19:7
%10078 = lt %10077, %6113 : bool[] @ models/lib/dino.yaml:19:7
%10079 = cast %10077 : f32[] @ models/lib/dino.yaml:19:7
%10080 = broadcast %10079 : f32[16,8] @ models/lib/dino.yaml:19:7
%10081 = mul %10070, %10080 : f32[16,8] @ models/lib/dino.yaml:19:7
%10082 = broadcast %10078 : bool[16,8] @ models/lib/dino.yaml:19:7
%10083 = select %10082, %10081, %10070 : f32[16,8] @ models/lib/dino.yaml:19:7
%10084 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10085 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10086 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10087 = add %10086, %6123 : i64[] @ models/lib/dino.yaml:19:7
%10088 = broadcast %6127 : f32[16,8] @ models/lib/dino.yaml:19:7
%10089 = mul %84, %10088 : f32[16,8] @ models/lib/dino.yaml:19:7
%10090 = broadcast %3599 : f32[16,8] @ models/lib/dino.yaml:19:7
%10091 = mul %10083, %10090 : f32[16,8] @ models/lib/dino.yaml:19:7
%10092 = broadcast %2458 : f32[16,8] @ models/lib/dino.yaml:19:7
%10093 = mul %10084, %10092 : f32[16,8] @ models/lib/dino.yaml:19:7
%10094 = add %10093, %10091 : f32[16,8] @ models/lib/dino.yaml:19:7
%10095 = mul %10083, %10083 : f32[16,8] @ models/lib/dino.yaml:19:7
%10096 = broadcast %6137 : f32[16,8] @ models/lib/dino.yaml:19:7
%10097 = mul %10095, %10096 : f32[16,8] @ models/lib/dino.yaml:19:7
%10098 = broadcast %6141 : f32[16,8] @ models/lib/dino.yaml:19:7
%10099 = mul %10085, %10098 : f32[16,8] @ models/lib/dino.yaml:19:7
%10100 = add %10099, %10097 : f32[16,8] @ models/lib/dino.yaml:19:7
%10101 = cast %10087 : f64[] @ models/lib/dino.yaml:19:7
%10102 = pow %6132, %10101 : f64[] @ models/lib/dino.yaml:19:7
%10103 = sub %6113, %10102 : f64[] @ models/lib/dino.yaml:19:7
%10104 = div %3843, %10103 : f64[] @ models/lib/dino.yaml:19:7
%10105 = pow %6140, %10101 : f64[] @ models/lib/dino.yaml:19:7
%10106 = sub %6113, %10105 : f64[] @ models/lib/dino.yaml:19:7
%10107 = sqrt %10106 : f64[] @ models/lib/dino.yaml:19:7
%10108 = div %6113, %10107 : f64[] @ models/lib/dino.yaml:19:7
%10109 = sqrt %10100 : f32[16,8] @ models/lib/dino.yaml:19:7
%10110 = cast %10108 : f32[] @ models/lib/dino.yaml:19:7
%10111 = broadcast %10110 : f32[16,8] @ models/lib/dino.yaml:19:7
%10112 = mul %10109, %10111 : f32[16,8] @ models/lib/dino.yaml:19:7
%10113 = broadcast %6157 : f32[16,8] @ models/lib/dino.yaml:19:7
%10114 = add %10112, %10113 : f32[16,8] @ models/lib/dino.yaml:19:7
%10115 = div %10094, %10114 : f32[16,8] @ models/lib/dino.yaml:19:7
%10116 = cast %10104 : f32[] @ models/lib/dino.yaml:19:7
%10117 = broadcast %10116 : f32[16,8] @ models/lib/dino.yaml:19:7
%10118 = mul %10115, %10117 : f32[16,8] @ models/lib/dino.yaml:19:7
%10119 = sub %10089, %10118 : f32[16,8] @ models/lib/dino.yaml:19:7
%10120 = broadcast %9742 : bool[16,8] @ models/lib/dino.yaml:19:7
%10121 = select %10120, %84, %10119 : f32[16,8] @ models/lib/dino.yaml:19:7
%10122 = select %10120, %10084, %10094 : f32[16,8] @ models/lib/dino.yaml:19:7
%10123 = select %10120, %10085, %10100 : f32[16,8] @ models/lib/dino.yaml:19:7
%10124 = select %9742, %10086, %10087 : i64[] @ models/lib/dino.yaml:19:7
%10125 = assign %84, %10121 : f32[16,8] @ models/lib/dino.yaml:19:7
%10126 = assign %10084, %10122 : f32[16,8] @ models/lib/dino.yaml:19:7
%10127 = assign %10085, %10123 : f32[16,8] @ models/lib/dino.yaml:19:7
%10128 = assign %10086, %10124 : i64[] @ models/lib/dino.yaml:19:7
%10129 = broadcast %6169 : f32[16,8] @ models/lib/dino.yaml:19:7
%10130 = mul %162, %10129 : f32[16,8] @ models/lib/dino.yaml:19:7
%10131 = broadcast %6173 : f32[16,8] @ models/lib/dino.yaml:19:7
%10132 = mul %10121, %10131 : f32[16,8] @ models/lib/dino.yaml:19:7
%10133 = add %10130, %10132 : f32[16,8] @ models/lib/dino.yaml:19:7
%10134 = assign %162, %10133 : f32[16,8] @ models/lib/dino.yaml:19:7
%10135 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10136 = abs %3810 : f32[] @ models/dino_pass.yaml:149:3
%10137 = lt %10136, %10135 : bool[] @ models/dino_pass.yaml:149:3
%10138 = output %10137 name="finite" : bool[] @ models/dino_pass.yaml:149:3
