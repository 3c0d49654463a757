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
%4280 = cast %4189 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4281 = cast %4177 : bf16[2,9,16] @ models/lib/dino.yaml:39:44
%4282 = concat %4280, %4281 axis=0 : bf16[4,9,16] @ models/dino_pass.yaml:132:27
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
%4393 = cast %4271 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4394 = cast %4262 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%4395 = concat %4393, %4394 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%4396 = matmul %4395, %3080 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4397 = reshape %4395 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4398 = reshape %3797 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4399 = matmul %4397, %4398 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4400 = cast %4399 : f32[32,8] @ models/lib/dino.yaml:22:33
%4401 = div %4400, %3077 : f32[32,8] @ models/lib/dino.yaml:22:33
%4402 = mul %4401, %3078 : f32[32,8] @ models/lib/dino.yaml:22:33
%4403 = neg %4402 : f32[32,8] @ models/lib/dino.yaml:22:33
%4404 = reduce_sum %4403 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4405 = broadcast %314 : f32[32,1] @ models/lib/dino.yaml:22:35
%4406 = mul %4404, %4405 : f32[32,1] @ models/lib/dino.yaml:22:35
%4407 = div %4406, %3076 : f32[32,1] @ models/lib/dino.yaml:22:35
%4408 = broadcast %4407 : f32[32,8] @ models/lib/dino.yaml:22:40
%4409 = mul %4408, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4410 = add %4409, %4409 : f32[32,8] @ models/lib/dino.yaml:22:53
%4411 = mul %4401, %3072 : f32[32,8] @ models/lib/dino.yaml:22:22
%4412 = add %4410, %4411 : f32[32,8] @ models/lib/dino.yaml:22:22
%4413 = cast %4396 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4414 = div %4413, %3795 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4415 = mul %4414, %3796 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4416 = neg %4415 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4417 = reduce_sum %4416 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4418 = broadcast %4305 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4419 = broadcast %314 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4420 = mul %4417, %4419 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4421 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4422 = eq %4421, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4423 = select %4422, %4420, %4418 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4424 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4425 = gt %4424, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4426 = select %4425, %4417, %4423 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4427 = mul %4426, %4419 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4428 = sqrt %3792 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4429 = div %4427, %4428 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4430 = broadcast %4429 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4431 = mul %4430, %3790 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4432 = add %4414, %4431 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4433 = add %4432, %4431 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4434 = reduce_sum %4433 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4435 = reshape %4434 : f32[8] @ models/lib/nn.yaml:84:18
%4436 = cast %4433 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4437 = matmul %4436, %3061 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4438 = reshape %4436 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4439 = reshape %3787 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4440 = matmul %4438, %4439 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4441 = cast %4437 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4442 = mul %3781, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4443 = erf %4442 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4444 = add %1203, %4443 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4445 = mul %4441, %4444 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4446 = cast %4437 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4447 = mul %1198, %3781 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4448 = mul %4446, %4447 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4449 = mul %3781, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4450 = mul %4449, %4449 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4451 = neg %4450 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4452 = exp %4451 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4453 = broadcast %4349 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4454 = mul %4452, %4453 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4455 = mul %4448, %4454 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4456 = mul %4455, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4457 = mul %4445, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4458 = add %4456, %4457 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4459 = reduce_sum %4458 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4460 = reshape %4459 : f32[24] @ models/lib/nn.yaml:84:18
%4461 = cast %4458 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4462 = matmul %4461, %3050 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4463 = reshape %4461 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4464 = reshape %3778 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4465 = matmul %4463, %4464 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4466 = cast %4462 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4467 = mul %3772, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4468 = erf %4467 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4469 = add %1203, %4468 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4470 = mul %4466, %4469 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4471 = cast %4462 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4472 = mul %1198, %3772 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4473 = mul %4471, %4472 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4474 = mul %3772, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4475 = mul %4474, %4474 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4476 = neg %4475 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4477 = exp %4476 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4478 = mul %4477, %4453 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4479 = mul %4473, %4478 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4480 = mul %4479, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4481 = mul %4470, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4482 = add %4480, %4481 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4483 = reduce_sum %4482 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4484 = reshape %4483 : f32[24] @ models/lib/nn.yaml:84:18
%4485 = cast %4482 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4486 = matmul %4485, %3039 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4487 = reshape %4485 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4488 = reshape %3769 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4489 = matmul %4487, %4488 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4490 = concat %4486, %4389 axis=1 : bf16[4,10,16] @ models/dino_pass.yaml:103:28
%4491 = cast %4490 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4492 = reduce_sum %4491 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4493 = reshape %4492 : f32[16] @ models/lib/nn.yaml:96:46
%4494 = cast %4490 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4495 = mul %4494, %3763 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4496 = reduce_sum %4495 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4497 = reshape %4496 : f32[16] @ models/lib/nn.yaml:96:37
%4498 = cast %4490 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4499 = mul %4498, %3764 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4500 = mul %4499, %3762 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4501 = cast %4490 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4502 = mul %4501, %3764 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4503 = mul %4502, %3756 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4504 = reduce_sum %4503 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4505 = mul %3761, %3761 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4506 = mul %3761, %4505 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4507 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4508 = broadcast %4507 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4509 = mul %4506, %4508 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4510 = mul %4504, %4509 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4511 = div %4510, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4512 = broadcast %4511 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4513 = mul %4512, %3756 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4514 = add %4500, %4513 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4515 = add %4514, %4513 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4516 = neg %4515 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4517 = reduce_sum %4516 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4518 = div %4517, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4519 = broadcast %4518 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4520 = add %4515, %4519 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4521 = slice %4520 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4522 = slice %4520 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4523 = reduce_sum %4521 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4524 = reshape %4523 : f32[16] @ models/lib/nn.yaml:84:18
%4525 = cast %4521 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4526 = matmul %4525, %3015 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4527 = reshape %4525 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4528 = reshape %3747 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4529 = matmul %4527, %4528 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4530 = cast %4526 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4531 = mul %3741, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4532 = erf %4531 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4533 = add %1009, %4532 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4534 = mul %4530, %4533 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4535 = cast %4526 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4536 = mul %1004, %3741 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4537 = mul %4535, %4536 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4538 = mul %3741, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4539 = mul %4538, %4538 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4540 = neg %4539 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4541 = exp %4540 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4542 = broadcast %4349 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4543 = mul %4541, %4542 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4544 = mul %4537, %4543 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4545 = mul %4544, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4546 = mul %4534, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4547 = add %4545, %4546 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4548 = reduce_sum %4547 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4549 = reshape %4548 : f32[64] @ models/lib/nn.yaml:84:18
%4550 = cast %4547 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4551 = matmul %4550, %3004 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4552 = reshape %4550 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4553 = reshape %3738 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4554 = matmul %4552, %4553 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4555 = cast %4551 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4556 = reduce_sum %4555 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4557 = reshape %4556 : f32[16] @ models/lib/nn.yaml:96:46
%4558 = cast %4551 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4559 = mul %4558, %2999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4560 = cast %4551 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4561 = mul %4560, %3735 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4562 = reduce_sum %4561 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4563 = reshape %4562 : f32[16] @ models/lib/nn.yaml:96:37
%4564 = mul %4559, %3734 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4565 = mul %4559, %3728 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4566 = reduce_sum %4565 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4567 = mul %3733, %3733 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4568 = mul %3733, %4567 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4569 = broadcast %4507 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4570 = mul %4568, %4569 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4571 = mul %4566, %4570 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4572 = div %4571, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4573 = broadcast %4572 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4574 = mul %4573, %3728 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4575 = add %4564, %4574 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4576 = add %4575, %4574 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4577 = add %4521, %4576 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4578 = neg %4576 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4579 = reduce_sum %4578 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4580 = div %4579, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4581 = broadcast %4580 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4582 = add %4577, %4581 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4583 = reduce_sum %4582 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4584 = reshape %4583 : f32[16] @ models/lib/nn.yaml:84:18
%4585 = cast %4582 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4586 = matmul %4585, %2982 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4587 = reshape %4585 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4588 = reshape %3719 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4589 = matmul %4587, %4588 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4590 = reshape %4586 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4591 = permute %4590 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4592 = cast %4591 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4593 = slice %4592 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4594 = broadcast %4593 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4595 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4596 = slice %4595 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4597 = cast %4596 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4598 = mul %4594, %4597 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4599 = slice %4592 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4600 = broadcast %4599 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4601 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4602 = slice %4601 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4603 = cast %4602 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4604 = mul %4600, %4603 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4605 = add %4598, %4604 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4606 = slice %4592 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4607 = broadcast %4606 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4608 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4609 = slice %4608 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4610 = cast %4609 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4611 = mul %4607, %4610 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4612 = add %4605, %4611 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4613 = slice %4592 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4614 = broadcast %4613 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4615 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4616 = slice %4615 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4617 = cast %4616 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4618 = mul %4614, %4617 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4619 = add %4612, %4618 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4620 = slice %4592 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4621 = broadcast %4620 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4622 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4623 = slice %4622 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4624 = cast %4623 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4625 = mul %4621, %4624 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4626 = add %4619, %4625 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4627 = slice %4592 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4628 = broadcast %4627 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4629 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4630 = slice %4629 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4631 = cast %4630 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4632 = mul %4628, %4631 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4633 = add %4626, %4632 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4634 = slice %4592 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4635 = broadcast %4634 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4636 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4637 = slice %4636 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4638 = cast %4637 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4639 = mul %4635, %4638 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4640 = add %4633, %4639 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4641 = slice %4592 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4642 = broadcast %4641 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4643 = permute %3709 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4644 = slice %4643 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4645 = cast %4644 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4646 = mul %4642, %4645 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4647 = add %4640, %4646 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4648 = cast %4647 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4649 = cast %3706 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4650 = permute %4649 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4651 = cast %4591 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4652 = broadcast %4650 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4653 = broadcast %4651 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4654 = mul %4652, %4653 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4655 = cast %4654 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4656 = cast %4648 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4657 = div %4656, %3703 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4658 = mul %4657, %3705 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4659 = neg %4658 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4660 = reduce_sum %4659 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4661 = broadcast %4660 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4662 = add %4657, %4661 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4663 = exp %3700 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4664 = mul %4662, %4663 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4665 = mul %4664, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4666 = cast %4665 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4667 = cast %4666 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4668 = cast %3635 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4669 = reshape %4667 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4670 = broadcast %4669 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4671 = reshape %4668 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4672 = broadcast %4671 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4673 = mul %4670, %4672 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4674 = reduce_sum %4673 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4675 = cast %4674 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4676 = cast %4666 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4677 = permute %4676 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4678 = cast %3632 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4679 = broadcast %4677 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4680 = broadcast %4678 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4681 = mul %4679, %4680 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4682 = cast %4681 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4683 = permute %4655 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4684 = reshape %4683 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4685 = cast %4684 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4686 = reduce_sum %4685 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4687 = reshape %4686 : f32[16] @ models/lib/nn.yaml:84:18
%4688 = permute %4655 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4689 = reshape %4688 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4690 = matmul %4689, %2886 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4691 = reshape %4688 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4692 = reshape %3617 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4693 = matmul %4691, %4692 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4694 = permute %4682 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4695 = reshape %4694 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4696 = cast %4695 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4697 = reduce_sum %4696 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4698 = reshape %4697 : f32[16] @ models/lib/nn.yaml:84:18
%4699 = permute %4682 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4700 = reshape %4699 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4701 = matmul %4700, %2881 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4702 = cast %4690 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4703 = cast %4701 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4704 = add %4702, %4703 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4705 = reshape %4699 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4706 = matmul %4705, %4692 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4707 = permute %4675 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4708 = reshape %4707 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4709 = cast %4708 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4710 = reduce_sum %4709 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4711 = reshape %4710 : f32[16] @ models/lib/nn.yaml:84:18
%4712 = permute %4675 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4713 = reshape %4712 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4714 = matmul %4713, %2876 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4715 = reshape %4712 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4716 = reshape %3618 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4717 = matmul %4715, %4716 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4718 = cast %4714 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4719 = pad %4718 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4720 = add %4704, %4719 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4721 = reduce_sum %4720 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4722 = reshape %4721 : f32[16] @ models/lib/nn.yaml:96:46
%4723 = mul %4720, %3612 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4724 = reduce_sum %4723 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4725 = reshape %4724 : f32[16] @ models/lib/nn.yaml:96:37
%4726 = mul %4720, %3613 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4727 = mul %4726, %3611 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4728 = mul %4720, %3613 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4729 = mul %4728, %3605 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4730 = reduce_sum %4729 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4731 = mul %3610, %3610 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4732 = mul %3610, %4731 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4733 = mul %4732, %4508 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4734 = mul %4730, %4733 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4735 = div %4734, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4736 = broadcast %4735 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4737 = mul %4736, %3605 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4738 = add %4727, %4737 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4739 = add %4738, %4737 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4740 = neg %4739 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4741 = reduce_sum %4740 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4742 = div %4741, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4743 = broadcast %4742 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4744 = add %4739, %4743 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4745 = slice %4744 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4746 = add %4582, %4745 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4747 = slice %4744 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4748 = add %4522, %4747 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4749 = reduce_sum %4746 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4750 = reshape %4749 : f32[16] @ models/lib/nn.yaml:84:18
%4751 = cast %4746 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4752 = matmul %4751, %2852 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4753 = reshape %4751 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4754 = reshape %3596 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4755 = matmul %4753, %4754 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4756 = cast %4752 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4757 = mul %3590, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4758 = erf %4757 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4759 = add %1009, %4758 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4760 = mul %4756, %4759 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4761 = cast %4752 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4762 = mul %1004, %3590 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4763 = mul %4761, %4762 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4764 = mul %3590, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4765 = mul %4764, %4764 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4766 = neg %4765 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4767 = exp %4766 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4768 = mul %4767, %4542 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4769 = mul %4763, %4768 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4770 = mul %4769, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4771 = mul %4760, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4772 = add %4770, %4771 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4773 = reduce_sum %4772 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4774 = reshape %4773 : f32[64] @ models/lib/nn.yaml:84:18
%4775 = cast %4772 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4776 = matmul %4775, %2841 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4777 = reshape %4775 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4778 = reshape %3587 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4779 = matmul %4777, %4778 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4780 = cast %4776 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4781 = reduce_sum %4780 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4782 = reshape %4781 : f32[16] @ models/lib/nn.yaml:96:46
%4783 = cast %4776 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4784 = mul %4783, %2836 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4785 = cast %4776 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4786 = mul %4785, %3584 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4787 = reduce_sum %4786 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4788 = reshape %4787 : f32[16] @ models/lib/nn.yaml:96:37
%4789 = mul %4784, %3583 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4790 = mul %4784, %3577 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4791 = reduce_sum %4790 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4792 = mul %3582, %3582 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4793 = mul %3582, %4792 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4794 = mul %4793, %4569 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4795 = mul %4791, %4794 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4796 = div %4795, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4797 = broadcast %4796 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4798 = mul %4797, %3577 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4799 = add %4789, %4798 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4800 = add %4799, %4798 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4801 = add %4746, %4800 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4802 = neg %4800 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4803 = reduce_sum %4802 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4804 = div %4803, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4805 = broadcast %4804 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4806 = add %4801, %4805 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4807 = reduce_sum %4806 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4808 = reshape %4807 : f32[16] @ models/lib/nn.yaml:84:18
%4809 = cast %4806 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4810 = matmul %4809, %2819 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4811 = reshape %4809 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4812 = reshape %3568 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4813 = matmul %4811, %4812 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4814 = reshape %4810 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4815 = permute %4814 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4816 = cast %4815 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4817 = slice %4816 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4818 = broadcast %4817 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4819 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4820 = slice %4819 lo=[0,0,0,0] hi=[4,2,1,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4821 = cast %4820 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4822 = mul %4818, %4821 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4823 = slice %4816 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4824 = broadcast %4823 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4825 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4826 = slice %4825 lo=[0,0,1,0] hi=[4,2,2,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4827 = cast %4826 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4828 = mul %4824, %4827 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4829 = add %4822, %4828 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4830 = slice %4816 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4831 = broadcast %4830 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4832 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4833 = slice %4832 lo=[0,0,2,0] hi=[4,2,3,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4834 = cast %4833 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4835 = mul %4831, %4834 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4836 = add %4829, %4835 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4837 = slice %4816 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4838 = broadcast %4837 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4839 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4840 = slice %4839 lo=[0,0,3,0] hi=[4,2,4,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4841 = cast %4840 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4842 = mul %4838, %4841 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4843 = add %4836, %4842 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4844 = slice %4816 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4845 = broadcast %4844 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4846 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4847 = slice %4846 lo=[0,0,4,0] hi=[4,2,5,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4848 = cast %4847 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4849 = mul %4845, %4848 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4850 = add %4843, %4849 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4851 = slice %4816 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4852 = broadcast %4851 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4853 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4854 = slice %4853 lo=[0,0,5,0] hi=[4,2,6,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4855 = cast %4854 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4856 = mul %4852, %4855 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4857 = add %4850, %4856 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4858 = slice %4816 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4859 = broadcast %4858 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4860 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4861 = slice %4860 lo=[0,0,6,0] hi=[4,2,7,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4862 = cast %4861 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4863 = mul %4859, %4862 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4864 = add %4857, %4863 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4865 = slice %4816 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4866 = broadcast %4865 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4867 = permute %3558 perm=[0,1,3,2] : bf16[4,2,8,10] @ models/lib/nn.yaml:56:23
%4868 = slice %4867 lo=[0,0,7,0] hi=[4,2,8,10] : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4869 = cast %4868 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4870 = mul %4866, %4869 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4871 = add %4864, %4870 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4872 = cast %4871 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4873 = cast %3555 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4874 = permute %4873 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4875 = cast %4815 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4876 = broadcast %4874 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4877 = broadcast %4875 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4878 = mul %4876, %4877 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4879 = cast %4878 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4880 = cast %4872 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4881 = div %4880, %3552 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4882 = mul %4881, %3554 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4883 = neg %4882 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4884 = reduce_sum %4883 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4885 = broadcast %4884 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4886 = add %4881, %4885 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4887 = exp %3549 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4888 = mul %4886, %4887 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4889 = mul %4888, %2067 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4890 = cast %4889 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4891 = cast %4890 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4892 = cast %3484 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4893 = reshape %4891 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4894 = broadcast %4893 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4895 = reshape %4892 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4896 = broadcast %4895 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4897 = mul %4894, %4896 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4898 = reduce_sum %4897 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4899 = cast %4898 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4900 = cast %4890 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4901 = permute %4900 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4902 = cast %3481 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4903 = broadcast %4901 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4904 = broadcast %4902 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4905 = mul %4903, %4904 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4906 = cast %4905 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4907 = permute %4879 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4908 = reshape %4907 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4909 = cast %4908 : f32[4,10,16] @ models/lib/vit.yaml:80:14
%4910 = reduce_sum %4909 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4911 = reshape %4910 : f32[16] @ models/lib/nn.yaml:84:18
%4912 = permute %4879 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4913 = reshape %4912 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4914 = matmul %4913, %2723 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4915 = reshape %4912 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4916 = reshape %3466 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4917 = matmul %4915, %4916 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4918 = permute %4906 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4919 = reshape %4918 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4920 = cast %4919 : f32[4,10,16] @ models/lib/vit.yaml:79:14
%4921 = reduce_sum %4920 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4922 = reshape %4921 : f32[16] @ models/lib/nn.yaml:84:18
%4923 = permute %4906 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4924 = reshape %4923 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4925 = matmul %4924, %2718 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4926 = cast %4914 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4927 = cast %4925 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4928 = add %4926, %4927 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4929 = reshape %4923 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4930 = matmul %4929, %4916 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4931 = permute %4899 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4932 = reshape %4931 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4933 = cast %4932 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%4934 = reduce_sum %4933 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4935 = reshape %4934 : f32[16] @ models/lib/nn.yaml:84:18
%4936 = permute %4899 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4937 = reshape %4936 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4938 = matmul %4937, %2713 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4939 = reshape %4936 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4940 = reshape %3467 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4941 = matmul %4939, %4940 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4942 = cast %4938 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4943 = pad %4942 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4944 = add %4928, %4943 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4945 = reduce_sum %4944 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4946 = reshape %4945 : f32[16] @ models/lib/nn.yaml:96:46
%4947 = mul %4944, %3461 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4948 = reduce_sum %4947 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4949 = reshape %4948 : f32[16] @ models/lib/nn.yaml:96:37
%4950 = mul %4944, %3462 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4951 = mul %4950, %3460 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4952 = mul %4944, %3462 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4953 = mul %4952, %3454 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4954 = reduce_sum %4953 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4955 = mul %3459, %3459 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4956 = mul %3459, %4955 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4957 = mul %4956, %4508 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4958 = mul %4954, %4957 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4959 = div %4958, %1975 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4960 = broadcast %4959 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4961 = mul %4960, %3454 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4962 = add %4951, %4961 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4963 = add %4962, %4961 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4964 = neg %4963 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4965 = reduce_sum %4964 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4966 = div %4965, %1975 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4967 = broadcast %4966 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4968 = add %4963, %4967 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4969 = slice %4968 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4970 = add %4806, %4969 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4971 = slice %4968 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4972 = add %4748, %4971 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4973 = reduce_sum %4970 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4974 = mul %4972, %3447 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4975 = div %4974, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4976 = reduce_sum %4975 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4977 = reshape %4976 : f32[16] @ models/lib/nn.yaml:84:18
%4978 = div %4974, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4979 = cast %4978 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4980 = matmul %4979, %2681 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4981 = reshape %4979 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4982 = reshape %3437 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4983 = matmul %4981, %4982 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4984 = cast %4980 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4985 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4986 = add %4985, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4987 = mul %4986, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4988 = erf %4987 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4989 = add %1464, %4988 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4990 = mul %4984, %4989 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4991 = cast %4980 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4992 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4993 = add %4992, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4994 = mul %1455, %4993 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4995 = mul %4991, %4994 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4996 = cast %3426 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4997 = add %4996, %3427 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%4998 = mul %4997, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4999 = mul %4998, %4998 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5000 = neg %4999 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5001 = exp %5000 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5002 = broadcast %4349 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5003 = mul %5001, %5002 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5004 = mul %4995, %5003 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5005 = mul %5004, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5006 = mul %4990, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5007 = add %5005, %5006 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5008 = reduce_sum %5007 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5009 = reshape %5008 : f32[64] @ models/lib/nn.yaml:84:18
%5010 = cast %5007 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5011 = matmul %5010, %2668 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5012 = reshape %5010 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5013 = reshape %3425 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5014 = matmul %5012, %5013 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5015 = cast %5011 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5016 = reduce_sum %5015 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5017 = reshape %5016 : f32[16] @ models/lib/nn.yaml:96:46
%5018 = cast %5011 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5019 = mul %5018, %3420 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5020 = reduce_sum %5019 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5021 = reshape %5020 : f32[16] @ models/lib/nn.yaml:96:37
%5022 = cast %5011 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5023 = mul %5022, %3421 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5024 = mul %5023, %3419 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5025 = cast %5011 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5026 = mul %5025, %3421 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5027 = mul %5026, %3413 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5028 = reduce_sum %5027 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5029 = mul %3418, %3418 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5030 = mul %3418, %5029 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5031 = broadcast %4507 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5032 = mul %5030, %5031 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5033 = mul %5028, %5032 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5034 = div %5033, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5035 = broadcast %5034 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5036 = mul %5035, %3413 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5037 = add %5024, %5036 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5038 = add %5037, %5036 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5039 = add %4972, %5038 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5040 = neg %5038 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5041 = reduce_sum %5040 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5042 = div %5041, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5043 = broadcast %5042 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5044 = add %5039, %5043 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5045 = mul %5044, %3407 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%5046 = div %5045, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5047 = reduce_sum %5046 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5048 = reshape %5047 : f32[16] @ models/lib/nn.yaml:84:18
%5049 = div %5045, %3401 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%5050 = cast %5049 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5051 = matmul %5050, %2635 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5052 = reshape %5050 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5053 = reshape %3395 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5054 = matmul %5052, %5053 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5055 = reshape %5051 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5056 = permute %5055 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5057 = cast %5056 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5058 = cast %3385 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5059 = permute %5058 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5060 = slice %5057 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5061 = broadcast %5060 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5062 = slice %5059 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5063 = broadcast %5062 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5064 = mul %5061, %5063 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5065 = slice %5057 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5066 = broadcast %5065 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5067 = slice %5059 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5068 = broadcast %5067 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5069 = mul %5066, %5068 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5070 = add %5064, %5069 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5071 = slice %5057 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5072 = broadcast %5071 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5073 = slice %5059 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5074 = broadcast %5073 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5075 = mul %5072, %5074 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5076 = add %5070, %5075 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5077 = slice %5057 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5078 = broadcast %5077 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5079 = slice %5059 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5080 = broadcast %5079 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5081 = mul %5078, %5080 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5082 = add %5076, %5081 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5083 = slice %5057 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5084 = broadcast %5083 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5085 = slice %5059 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5086 = broadcast %5085 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5087 = mul %5084, %5086 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5088 = add %5082, %5087 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5089 = slice %5057 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5090 = broadcast %5089 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5091 = slice %5059 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5092 = broadcast %5091 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5093 = mul %5090, %5092 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5094 = add %5088, %5093 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5095 = slice %5057 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5096 = broadcast %5095 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5097 = slice %5059 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5098 = broadcast %5097 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5099 = mul %5096, %5098 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5100 = add %5094, %5099 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5101 = slice %5057 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5102 = broadcast %5101 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5103 = slice %5059 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5104 = broadcast %5103 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5105 = mul %5102, %5104 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5106 = add %5100, %5105 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5107 = cast %5106 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5108 = cast %3383 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5109 = permute %5108 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5110 = cast %5056 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5111 = reshape %5109 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5112 = broadcast %5111 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5113 = reshape %5110 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5114 = broadcast %5113 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5115 = mul %5112, %5114 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5116 = reduce_sum %5115 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5117 = cast %5116 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5118 = cast %5107 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5119 = div %5118, %3380 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5120 = mul %5119, %3382 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5121 = neg %5120 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5122 = reduce_sum %5121 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5123 = broadcast %5122 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5124 = add %5119, %5123 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5125 = exp %3377 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5126 = mul %5124, %5125 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5127 = mul %5126, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5128 = cast %5127 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5129 = cast %5128 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5130 = cast %3318 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5131 = reshape %5129 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5132 = broadcast %5131 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5133 = reshape %5130 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5134 = broadcast %5133 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5135 = mul %5132, %5134 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5136 = reduce_sum %5135 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5137 = cast %5136 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5138 = cast %5128 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5139 = permute %5138 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5140 = cast %3316 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5141 = reshape %5139 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5142 = broadcast %5141 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5143 = reshape %5140 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5144 = broadcast %5143 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5145 = mul %5142, %5144 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5146 = reduce_sum %5145 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5147 = cast %5146 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5148 = reshape %5147 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5149 = reshape %5117 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5150 = reshape %5137 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5151 = concat %5150, %5148, %5149 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5152 = permute %5151 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5153 = reshape %5152 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5154 = cast %5153 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5155 = reduce_sum %5154 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5156 = reshape %5155 : f32[48] @ models/lib/nn.yaml:84:18
%5157 = permute %5151 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5158 = reshape %5157 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5159 = matmul %5158, %2545 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5160 = reshape %5157 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5161 = reshape %3307 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5162 = matmul %5160, %5161 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5163 = cast %5159 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5164 = reduce_sum %5163 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5165 = reshape %5164 : f32[16] @ models/lib/nn.yaml:96:46
%5166 = cast %5159 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5167 = mul %5166, %3302 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5168 = reduce_sum %5167 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5169 = reshape %5168 : f32[16] @ models/lib/nn.yaml:96:37
%5170 = cast %5159 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5171 = mul %5170, %3303 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5172 = mul %5171, %3301 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5173 = cast %5159 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5174 = mul %5173, %3303 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5175 = mul %5174, %3295 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5176 = reduce_sum %5175 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5177 = mul %3300, %3300 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5178 = mul %3300, %5177 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5179 = mul %5178, %5031 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5180 = mul %5176, %5179 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5181 = div %5180, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5182 = broadcast %5181 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5183 = mul %5182, %3295 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5184 = add %5172, %5183 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5185 = add %5184, %5183 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5186 = add %5044, %5185 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5187 = neg %5185 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5188 = reduce_sum %5187 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5189 = div %5188, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5190 = broadcast %5189 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5191 = add %5186, %5190 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5192 = reduce_sum %5191 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5193 = reshape %5192 : f32[16] @ models/lib/nn.yaml:84:18
%5194 = cast %5191 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5195 = matmul %5194, %2523 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5196 = reshape %5194 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5197 = reshape %3286 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5198 = matmul %5196, %5197 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5199 = cast %5195 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5200 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5201 = add %5200, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5202 = mul %5201, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5203 = erf %5202 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5204 = add %1464, %5203 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%5205 = mul %5199, %5204 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5206 = cast %5195 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5207 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5208 = add %5207, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5209 = mul %1455, %5208 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5210 = mul %5206, %5209 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%5211 = cast %3275 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5212 = add %5211, %3276 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%5213 = mul %5212, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5214 = mul %5213, %5213 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5215 = neg %5214 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5216 = exp %5215 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5217 = mul %5216, %5002 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5218 = mul %5210, %5217 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%5219 = mul %5218, %1459 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%5220 = mul %5205, %1455 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5221 = add %5219, %5220 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%5222 = reduce_sum %5221 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5223 = reshape %5222 : f32[64] @ models/lib/nn.yaml:84:18
%5224 = cast %5221 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%5225 = matmul %5224, %2510 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5226 = reshape %5224 : bf16[36,64] @ models/lib/nn.yaml:83:15
%5227 = reshape %3274 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5228 = matmul %5226, %5227 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5229 = cast %5225 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5230 = reduce_sum %5229 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5231 = reshape %5230 : f32[16] @ models/lib/nn.yaml:96:46
%5232 = cast %5225 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5233 = mul %5232, %3269 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5234 = reduce_sum %5233 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5235 = reshape %5234 : f32[16] @ models/lib/nn.yaml:96:37
%5236 = cast %5225 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5237 = mul %5236, %3270 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5238 = mul %5237, %3268 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5239 = cast %5225 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5240 = mul %5239, %3270 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5241 = mul %5240, %3262 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5242 = reduce_sum %5241 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5243 = mul %3267, %3267 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5244 = mul %3267, %5243 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5245 = mul %5244, %5031 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5246 = mul %5242, %5245 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5247 = div %5246, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5248 = broadcast %5247 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5249 = mul %5248, %3262 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5250 = add %5238, %5249 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5251 = add %5250, %5249 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5252 = add %5191, %5251 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5253 = neg %5251 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5254 = reduce_sum %5253 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5255 = div %5254, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5256 = broadcast %5255 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5257 = add %5252, %5256 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5258 = reduce_sum %5257 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5259 = reshape %5258 : f32[16] @ models/lib/nn.yaml:84:18
%5260 = cast %5257 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5261 = matmul %5260, %2488 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5262 = reshape %5260 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5263 = reshape %3252 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5264 = matmul %5262, %5263 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5265 = reshape %5261 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%5266 = permute %5265 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%5267 = cast %5266 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5268 = cast %3242 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5269 = permute %5268 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%5270 = slice %5267 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5271 = broadcast %5270 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5272 = slice %5269 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5273 = broadcast %5272 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5274 = mul %5271, %5273 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5275 = slice %5267 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5276 = broadcast %5275 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5277 = slice %5269 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5278 = broadcast %5277 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5279 = mul %5276, %5278 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5280 = add %5274, %5279 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5281 = slice %5267 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5282 = broadcast %5281 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5283 = slice %5269 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5284 = broadcast %5283 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5285 = mul %5282, %5284 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5286 = add %5280, %5285 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5287 = slice %5267 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5288 = broadcast %5287 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5289 = slice %5269 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5290 = broadcast %5289 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5291 = mul %5288, %5290 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5292 = add %5286, %5291 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5293 = slice %5267 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5294 = broadcast %5293 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5295 = slice %5269 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5296 = broadcast %5295 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5297 = mul %5294, %5296 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5298 = add %5292, %5297 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5299 = slice %5267 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5300 = broadcast %5299 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5301 = slice %5269 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5302 = broadcast %5301 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5303 = mul %5300, %5302 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5304 = add %5298, %5303 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5305 = slice %5267 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5306 = broadcast %5305 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5307 = slice %5269 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5308 = broadcast %5307 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5309 = mul %5306, %5308 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5310 = add %5304, %5309 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5311 = slice %5267 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%5312 = broadcast %5311 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5313 = slice %5269 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%5314 = broadcast %5313 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5315 = mul %5312, %5314 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5316 = add %5310, %5315 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5317 = cast %5316 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%5318 = cast %3240 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5319 = permute %5318 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%5320 = cast %5266 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5321 = reshape %5319 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%5322 = broadcast %5321 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5323 = reshape %5320 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%5324 = broadcast %5323 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5325 = mul %5322, %5324 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%5326 = reduce_sum %5325 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%5327 = cast %5326 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%5328 = cast %5317 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5329 = div %5328, %3237 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5330 = mul %5329, %3239 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5331 = neg %5330 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%5332 = reduce_sum %5331 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%5333 = broadcast %5332 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5334 = add %5329, %5333 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%5335 = exp %3234 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5336 = mul %5334, %5335 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%5337 = mul %5336, %1404 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%5338 = cast %5337 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%5339 = cast %5338 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5340 = cast %3175 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5341 = reshape %5339 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5342 = broadcast %5341 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5343 = reshape %5340 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5344 = broadcast %5343 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5345 = mul %5342, %5344 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5346 = reduce_sum %5345 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5347 = cast %5346 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5348 = cast %5338 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5349 = permute %5348 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%5350 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5351 = reshape %5349 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%5352 = broadcast %5351 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5353 = reshape %5350 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%5354 = broadcast %5353 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5355 = mul %5352, %5354 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%5356 = reduce_sum %5355 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%5357 = cast %5356 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%5358 = reshape %5357 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5359 = reshape %5327 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%5360 = reshape %5347 : bf16[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5361 = concat %5360, %5358, %5359 axis=0 : bf16[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5362 = permute %5361 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5363 = reshape %5362 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5364 = cast %5363 : f32[4,9,48] @ models/lib/nn.yaml:67:28
%5365 = reduce_sum %5364 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5366 = reshape %5365 : f32[48] @ models/lib/nn.yaml:84:18
%5367 = permute %5361 perm=[1,3,0,2,4] : bf16[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5368 = reshape %5367 : bf16[4,9,48] @ models/lib/nn.yaml:66:21
%5369 = matmul %5368, %2398 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5370 = reshape %5367 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5371 = reshape %3164 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5372 = matmul %5370, %5371 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5373 = cast %5369 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5374 = reduce_sum %5373 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5375 = reshape %5374 : f32[16] @ models/lib/nn.yaml:96:46
%5376 = cast %5369 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5377 = mul %5376, %3159 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5378 = reduce_sum %5377 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5379 = reshape %5378 : f32[16] @ models/lib/nn.yaml:96:37
%5380 = cast %5369 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5381 = mul %5380, %3160 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5382 = mul %5381, %3158 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5383 = cast %5369 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5384 = mul %5383, %3160 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5385 = mul %5384, %3152 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5386 = reduce_sum %5385 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5387 = mul %3157, %3157 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5388 = mul %3157, %5387 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5389 = mul %5388, %5031 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5390 = mul %5386, %5389 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5391 = div %5390, %1325 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5392 = broadcast %5391 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5393 = mul %5392, %3152 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5394 = add %5382, %5393 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5395 = add %5394, %5393 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5396 = add %5257, %5395 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5397 = neg %5395 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5398 = reduce_sum %5397 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5399 = div %5398, %1325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5400 = broadcast %5399 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5401 = add %5396, %5400 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5402 = reduce_sum %5401 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5403 = cast %5402 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5404 = reshape %5403 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5405 = permute %5404 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5406 = reshape %5405 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5407 = matmul %1311, %5406 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5408 = reshape %5407 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5409 = permute %5408 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5410 = reshape %5409 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5411 = matmul %1311, %5410 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5412 = reduce_sum %5401 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5413 = reshape %5412 : f32[16] @ models/lib/vit.yaml:17:71
%5414 = reshape %5401 : f32[36,16] @ models/lib/vit.yaml:17:18
%5415 = cast %5414 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5416 = reshape %1303 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5417 = matmul %5415, %5416 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5418 = cast %4217 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5419 = cast %4205 : bf16[2,16,16] @ models/lib/dino.yaml:39:44
%5420 = concat %5418, %5419 axis=0 : bf16[4,16,16] @ models/dino_pass.yaml:132:27
%5421 = matmul %5420, %3130 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5422 = reshape %5420 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5423 = reshape %3129 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5424 = matmul %5422, %5423 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5425 = cast %5424 : f32[16,8] @ models/lib/dino.yaml:22:33
%5426 = div %5425, %3127 : f32[16,8] @ models/lib/dino.yaml:22:33
%5427 = mul %5426, %3128 : f32[16,8] @ models/lib/dino.yaml:22:33
%5428 = neg %5427 : f32[16,8] @ models/lib/dino.yaml:22:33
%5429 = reduce_sum %5428 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5430 = mul %5429, %4292 : f32[16,1] @ models/lib/dino.yaml:22:35
%5431 = div %5430, %3126 : f32[16,1] @ models/lib/dino.yaml:22:35
%5432 = broadcast %5431 : f32[16,8] @ models/lib/dino.yaml:22:40
%5433 = mul %5432, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5434 = add %4299, %5433 : f32[16,8] @ models/lib/dino.yaml:22:53
%5435 = add %5434, %5433 : f32[16,8] @ models/lib/dino.yaml:22:53
%5436 = mul %5426, %3122 : f32[16,8] @ models/lib/dino.yaml:22:22
%5437 = add %5435, %5436 : f32[16,8] @ models/lib/dino.yaml:22:22
%5438 = cast %5421 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5439 = div %5438, %3118 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5440 = mul %5439, %3121 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5441 = neg %5440 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5442 = reduce_sum %5441 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5443 = broadcast %4305 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5444 = broadcast %314 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5445 = mul %5442, %5444 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5446 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5447 = eq %5446, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5448 = select %5447, %5445, %5443 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5449 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5450 = gt %5449, %1279 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5451 = select %5450, %5442, %5448 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5452 = mul %5451, %5444 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5453 = sqrt %3115 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5454 = div %5452, %5453 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5455 = broadcast %5454 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5456 = cast %3110 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5457 = add %5456, %3111 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%5458 = mul %5455, %5457 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5459 = add %5439, %5458 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5460 = add %5459, %5458 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5461 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5462 = reshape %5460 : f32[64,8] @ models/lib/nn.yaml:84:18
%5463 = matmul %5461, %5462 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5464 = reshape %5463 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5465 = reshape %5464 : f32[8] @ models/lib/nn.yaml:84:18
%5466 = add %4325, %5465 : f32[8] @ models/lib/nn.yaml:84:18
%5467 = cast %5460 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5468 = matmul %5467, %3109 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5469 = reshape %5467 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5470 = reshape %3108 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5471 = matmul %5469, %5470 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5472 = cast %4330 : f32[8,24] @ models/lib/nn.yaml:83:15
%5473 = cast %5471 : f32[8,24] @ models/lib/nn.yaml:83:15
%5474 = add %5472, %5473 : f32[8,24] @ models/lib/nn.yaml:83:15
%5475 = cast %5468 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5476 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5477 = add %5476, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5478 = mul %5477, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5479 = erf %5478 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5480 = add %1254, %5479 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5481 = mul %5475, %5480 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5482 = cast %5468 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5483 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5484 = add %5483, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5485 = mul %1245, %5484 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5486 = mul %5482, %5485 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5487 = cast %3097 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5488 = add %5487, %3098 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5489 = mul %5488, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5490 = mul %5489, %5489 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5491 = neg %5490 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5492 = exp %5491 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5493 = broadcast %4349 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5494 = mul %5492, %5493 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5495 = mul %5486, %5494 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5496 = mul %5495, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5497 = mul %5481, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5498 = add %5496, %5497 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5499 = reshape %5498 : f32[64,24] @ models/lib/nn.yaml:84:18
%5500 = matmul %5461, %5499 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5501 = reshape %5500 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5502 = reshape %5501 : f32[24] @ models/lib/nn.yaml:84:18
%5503 = add %4357, %5502 : f32[24] @ models/lib/nn.yaml:84:18
%5504 = cast %5498 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5505 = matmul %5504, %3096 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5506 = reshape %5504 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5507 = reshape %3095 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5508 = matmul %5506, %5507 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5509 = cast %4362 : f32[24,24] @ models/lib/nn.yaml:83:15
%5510 = cast %5508 : f32[24,24] @ models/lib/nn.yaml:83:15
%5511 = add %5509, %5510 : f32[24,24] @ models/lib/nn.yaml:83:15
%5512 = cast %5505 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5513 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5514 = add %5513, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5515 = mul %5514, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5516 = erf %5515 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5517 = add %1254, %5516 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5518 = mul %5512, %5517 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5519 = cast %5505 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5520 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5521 = add %5520, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5522 = mul %1245, %5521 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5523 = mul %5519, %5522 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5524 = cast %3084 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5525 = add %5524, %3085 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%5526 = mul %5525, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5527 = mul %5526, %5526 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5528 = neg %5527 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5529 = exp %5528 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5530 = mul %5529, %5493 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5531 = mul %5523, %5530 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5532 = mul %5531, %1249 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5533 = mul %5518, %1245 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5534 = add %5532, %5533 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5535 = reshape %5534 : f32[64,24] @ models/lib/nn.yaml:84:18
%5536 = matmul %5461, %5535 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5537 = reshape %5536 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5538 = reshape %5537 : f32[24] @ models/lib/nn.yaml:84:18
%5539 = add %4387, %5538 : f32[24] @ models/lib/nn.yaml:84:18
%5540 = cast %5534 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5541 = matmul %5540, %3083 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5542 = reshape %5540 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5543 = reshape %3082 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5544 = matmul %5542, %5543 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5545 = cast %4392 : f32[24,16] @ models/lib/nn.yaml:83:15
%5546 = cast %5544 : f32[24,16] @ models/lib/nn.yaml:83:15
%5547 = add %5545, %5546 : f32[24,16] @ models/lib/nn.yaml:83:15
%5548 = cast %4249 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5549 = cast %4279 : bf16[2,1,32] @ models/lib/dino.yaml:39:44
%5550 = concat %5548, %5549 axis=0 : bf16[4,1,32] @ models/dino_pass.yaml:132:20
%5551 = matmul %5550, %3080 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5552 = reshape %5550 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5553 = reshape %3079 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5554 = matmul %5552, %5553 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5555 = cast %5554 : f32[32,8] @ models/lib/dino.yaml:22:33
%5556 = div %5555, %3077 : f32[32,8] @ models/lib/dino.yaml:22:33
%5557 = mul %5556, %3078 : f32[32,8] @ models/lib/dino.yaml:22:33
%5558 = neg %5557 : f32[32,8] @ models/lib/dino.yaml:22:33
%5559 = reduce_sum %5558 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5560 = mul %5559, %4405 : f32[32,1] @ models/lib/dino.yaml:22:35
%5561 = div %5560, %3076 : f32[32,1] @ models/lib/dino.yaml:22:35
%5562 = broadcast %5561 : f32[32,8] @ models/lib/dino.yaml:22:40
%5563 = mul %5562, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5564 = add %4412, %5563 : f32[32,8] @ models/lib/dino.yaml:22:53
%5565 = add %5564, %5563 : f32[32,8] @ models/lib/dino.yaml:22:53
%5566 = mul %5556, %3072 : f32[32,8] @ models/lib/dino.yaml:22:22
%5567 = add %5565, %5566 : f32[32,8] @ models/lib/dino.yaml:22:22
%5568 = cast %5551 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5569 = div %5568, %3070 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5570 = mul %5569, %3071 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5571 = neg %5570 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5572 = reduce_sum %5571 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5573 = mul %5572, %4419 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5574 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5575 = eq %5574, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5576 = select %5575, %5573, %4418 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5577 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5578 = gt %5577, %1227 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5579 = select %5578, %5572, %5576 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5580 = mul %5579, %4419 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5581 = sqrt %3067 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5582 = div %5580, %5581 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5583 = broadcast %5582 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5584 = mul %5583, %3065 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5585 = add %5569, %5584 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5586 = add %5585, %5584 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5587 = reduce_sum %5586 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5588 = reshape %5587 : f32[8] @ models/lib/nn.yaml:84:18
%5589 = add %4435, %5588 : f32[8] @ models/lib/nn.yaml:84:18
%5590 = cast %5586 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5591 = matmul %5590, %3061 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5592 = reshape %5590 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5593 = reshape %3060 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5594 = matmul %5592, %5593 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5595 = cast %4440 : f32[8,24] @ models/lib/nn.yaml:83:15
%5596 = cast %5594 : f32[8,24] @ models/lib/nn.yaml:83:15
%5597 = add %5595, %5596 : f32[8,24] @ models/lib/nn.yaml:83:15
%5598 = cast %5591 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5599 = mul %3054, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5600 = erf %5599 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5601 = add %1203, %5600 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5602 = mul %5598, %5601 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5603 = cast %5591 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5604 = mul %1198, %3054 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5605 = mul %5603, %5604 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5606 = mul %3054, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5607 = mul %5606, %5606 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5608 = neg %5607 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5609 = exp %5608 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5610 = mul %5609, %4453 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5611 = mul %5605, %5610 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5612 = mul %5611, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5613 = mul %5602, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5614 = add %5612, %5613 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5615 = reduce_sum %5614 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5616 = reshape %5615 : f32[24] @ models/lib/nn.yaml:84:18
%5617 = add %4460, %5616 : f32[24] @ models/lib/nn.yaml:84:18
%5618 = cast %5614 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5619 = matmul %5618, %3050 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5620 = reshape %5618 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5621 = reshape %3049 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5622 = matmul %5620, %5621 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5623 = cast %4465 : f32[24,24] @ models/lib/nn.yaml:83:15
%5624 = cast %5622 : f32[24,24] @ models/lib/nn.yaml:83:15
%5625 = add %5623, %5624 : f32[24,24] @ models/lib/nn.yaml:83:15
%5626 = cast %5619 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5627 = mul %3043, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5628 = erf %5627 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5629 = add %1203, %5628 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5630 = mul %5626, %5629 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5631 = cast %5619 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5632 = mul %1198, %3043 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5633 = mul %5631, %5632 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5634 = mul %3043, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5635 = mul %5634, %5634 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5636 = neg %5635 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5637 = exp %5636 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5638 = mul %5637, %4453 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5639 = mul %5633, %5638 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5640 = mul %5639, %1200 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5641 = mul %5630, %1198 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5642 = add %5640, %5641 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5643 = reduce_sum %5642 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5644 = reshape %5643 : f32[24] @ models/lib/nn.yaml:84:18
%5645 = add %4484, %5644 : f32[24] @ models/lib/nn.yaml:84:18
%5646 = cast %5642 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5647 = matmul %5646, %3039 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5648 = reshape %5646 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5649 = reshape %3038 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5650 = matmul %5648, %5649 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5651 = cast %4489 : f32[24,16] @ models/lib/nn.yaml:83:15
%5652 = cast %5650 : f32[24,16] @ models/lib/nn.yaml:83:15
%5653 = add %5651, %5652 : f32[24,16] @ models/lib/nn.yaml:83:15
%5654 = concat %5647, %5541 axis=1 : bf16[4,17,16] @ models/dino_pass.yaml:103:28
%5655 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,68] @ models/lib/nn.yaml:96:46
%5656 = reshape %5654 : bf16[68,16] @ models/lib/nn.yaml:96:46
%5657 = matmul %5655, %5656 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5658 = reshape %5657 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5659 = reshape %5658 : f32[16] @ models/lib/nn.yaml:96:46
%5660 = add %4493, %5659 : f32[16] @ models/lib/nn.yaml:96:46
%5661 = cast %5654 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5662 = mul %5661, %3032 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5663 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5664 = reshape %5662 : f32[68,16] @ models/lib/nn.yaml:96:37
%5665 = matmul %5663, %5664 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5666 = reshape %5665 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5667 = reshape %5666 : f32[16] @ models/lib/nn.yaml:96:37
%5668 = add %4497, %5667 : f32[16] @ models/lib/nn.yaml:96:37
%5669 = cast %5654 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5670 = mul %5669, %3033 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5671 = mul %5670, %3031 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5672 = cast %5654 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5673 = mul %5672, %3033 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5674 = mul %5673, %3025 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5675 = reduce_sum %5674 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5676 = mul %3030, %3030 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5677 = mul %3030, %5676 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5678 = broadcast %4507 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5679 = mul %5677, %5678 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5680 = mul %5675, %5679 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5681 = div %5680, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5682 = broadcast %5681 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5683 = mul %5682, %3025 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5684 = add %5671, %5683 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5685 = add %5684, %5683 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5686 = neg %5685 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5687 = reduce_sum %5686 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5688 = div %5687, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5689 = broadcast %5688 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5690 = add %5685, %5689 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5691 = slice %5690 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5692 = slice %5690 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5693 = reduce_sum %5691 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5694 = reshape %5693 : f32[16] @ models/lib/nn.yaml:84:18
%5695 = add %4524, %5694 : f32[16] @ models/lib/nn.yaml:84:18
%5696 = cast %5691 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5697 = matmul %5696, %3015 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5698 = reshape %5696 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5699 = reshape %3014 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5700 = matmul %5698, %5699 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5701 = cast %4529 : f32[16,64] @ models/lib/nn.yaml:83:15
%5702 = cast %5700 : f32[16,64] @ models/lib/nn.yaml:83:15
%5703 = add %5701, %5702 : f32[16,64] @ models/lib/nn.yaml:83:15
%5704 = cast %5697 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5705 = mul %3008, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5706 = erf %5705 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5707 = add %1009, %5706 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5708 = mul %5704, %5707 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5709 = cast %5697 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5710 = mul %1004, %3008 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5711 = mul %5709, %5710 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5712 = mul %3008, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5713 = mul %5712, %5712 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5714 = neg %5713 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5715 = exp %5714 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5716 = mul %5715, %4542 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5717 = mul %5711, %5716 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5718 = mul %5717, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5719 = mul %5708, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5720 = add %5718, %5719 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5721 = reduce_sum %5720 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5722 = reshape %5721 : f32[64] @ models/lib/nn.yaml:84:18
%5723 = add %4549, %5722 : f32[64] @ models/lib/nn.yaml:84:18
%5724 = cast %5720 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5725 = matmul %5724, %3004 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5726 = reshape %5724 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5727 = reshape %3003 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5728 = matmul %5726, %5727 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5729 = cast %4554 : f32[64,16] @ models/lib/nn.yaml:83:15
%5730 = cast %5728 : f32[64,16] @ models/lib/nn.yaml:83:15
%5731 = add %5729, %5730 : f32[64,16] @ models/lib/nn.yaml:83:15
%5732 = cast %5725 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5733 = reduce_sum %5732 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5734 = reshape %5733 : f32[16] @ models/lib/nn.yaml:96:46
%5735 = add %4557, %5734 : f32[16] @ models/lib/nn.yaml:96:46
%5736 = cast %5725 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5737 = mul %5736, %2999 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5738 = cast %5725 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5739 = mul %5738, %2998 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5740 = reduce_sum %5739 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5741 = reshape %5740 : f32[16] @ models/lib/nn.yaml:96:37
%5742 = add %4563, %5741 : f32[16] @ models/lib/nn.yaml:96:37
%5743 = mul %5737, %2997 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5744 = mul %5737, %2991 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5745 = reduce_sum %5744 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5746 = mul %2996, %2996 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5747 = mul %2996, %5746 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5748 = mul %5747, %4569 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5749 = mul %5745, %5748 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5750 = div %5749, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5751 = broadcast %5750 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5752 = mul %5751, %2991 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5753 = add %5743, %5752 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5754 = add %5753, %5752 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5755 = add %5691, %5754 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5756 = neg %5754 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5757 = reduce_sum %5756 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5758 = div %5757, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5759 = broadcast %5758 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5760 = add %5755, %5759 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5761 = reduce_sum %5760 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5762 = reshape %5761 : f32[16] @ models/lib/nn.yaml:84:18
%5763 = add %4584, %5762 : f32[16] @ models/lib/nn.yaml:84:18
%5764 = cast %5760 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5765 = matmul %5764, %2982 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5766 = reshape %5764 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5767 = reshape %2980 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5768 = matmul %5766, %5767 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5769 = cast %4589 : f32[16,16] @ models/lib/nn.yaml:83:15
%5770 = cast %5768 : f32[16,16] @ models/lib/nn.yaml:83:15
%5771 = add %5769, %5770 : f32[16,16] @ models/lib/nn.yaml:83:15
%5772 = reshape %5765 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5773 = permute %5772 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5774 = cast %5773 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5775 = slice %5774 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5776 = broadcast %5775 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5777 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5778 = slice %5777 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5779 = cast %5778 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5780 = mul %5776, %5779 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5781 = slice %5774 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5782 = broadcast %5781 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5783 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5784 = slice %5783 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5785 = cast %5784 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5786 = mul %5782, %5785 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5787 = add %5780, %5786 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5788 = slice %5774 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5789 = broadcast %5788 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5790 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5791 = slice %5790 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5792 = cast %5791 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5793 = mul %5789, %5792 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5794 = add %5787, %5793 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5795 = slice %5774 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5796 = broadcast %5795 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5797 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5798 = slice %5797 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5799 = cast %5798 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5800 = mul %5796, %5799 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5801 = add %5794, %5800 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5802 = slice %5774 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5803 = broadcast %5802 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5804 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5805 = slice %5804 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5806 = cast %5805 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5807 = mul %5803, %5806 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5808 = add %5801, %5807 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5809 = slice %5774 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5810 = broadcast %5809 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5811 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5812 = slice %5811 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5813 = cast %5812 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5814 = mul %5810, %5813 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5815 = add %5808, %5814 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5816 = slice %5774 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5817 = broadcast %5816 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5818 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5819 = slice %5818 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5820 = cast %5819 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5821 = mul %5817, %5820 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5822 = add %5815, %5821 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5823 = slice %5774 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5824 = broadcast %5823 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5825 = permute %2970 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%5826 = slice %5825 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5827 = cast %5826 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5828 = mul %5824, %5827 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5829 = add %5822, %5828 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5830 = cast %5829 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5831 = cast %2967 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5832 = permute %5831 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5833 = cast %5773 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5834 = broadcast %5832 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5835 = broadcast %5833 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5836 = mul %5834, %5835 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5837 = cast %5836 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5838 = cast %5830 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5839 = div %5838, %2964 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5840 = mul %5839, %2966 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5841 = neg %5840 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5842 = reduce_sum %5841 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5843 = broadcast %5842 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5844 = add %5839, %5843 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5845 = exp %2961 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5846 = mul %5844, %5845 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5847 = mul %5846, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5848 = cast %5847 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5849 = cast %5848 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5850 = cast %2896 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5851 = reshape %5849 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5852 = broadcast %5851 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5853 = reshape %5850 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5854 = broadcast %5853 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5855 = mul %5852, %5854 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5856 = reduce_sum %5855 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5857 = cast %5856 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5858 = cast %5848 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5859 = permute %5858 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5860 = cast %2893 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5861 = broadcast %5859 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5862 = broadcast %5860 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5863 = mul %5861, %5862 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5864 = cast %5863 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5865 = cast %5837 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5866 = permute %5865 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5867 = reshape %5866 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5868 = reshape %5867 : f32[68,16] @ models/lib/nn.yaml:84:18
%5869 = matmul %5663, %5868 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5870 = reshape %5869 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5871 = reshape %5870 : f32[16] @ models/lib/nn.yaml:84:18
%5872 = add %4687, %5871 : f32[16] @ models/lib/nn.yaml:84:18
%5873 = permute %5837 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5874 = reshape %5873 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5875 = matmul %5874, %2886 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5876 = reshape %5873 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5877 = reshape %2874 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5878 = matmul %5876, %5877 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5879 = cast %4693 : f32[16,16] @ models/lib/nn.yaml:83:15
%5880 = cast %5878 : f32[16,16] @ models/lib/nn.yaml:83:15
%5881 = add %5879, %5880 : f32[16,16] @ models/lib/nn.yaml:83:15
%5882 = cast %5864 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5883 = permute %5882 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5884 = reshape %5883 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5885 = reshape %5884 : f32[68,16] @ models/lib/nn.yaml:84:18
%5886 = matmul %5663, %5885 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5887 = reshape %5886 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5888 = reshape %5887 : f32[16] @ models/lib/nn.yaml:84:18
%5889 = add %4698, %5888 : f32[16] @ models/lib/nn.yaml:84:18
%5890 = permute %5864 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5891 = reshape %5890 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5892 = matmul %5891, %2881 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5893 = cast %5875 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5894 = cast %5892 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5895 = add %5893, %5894 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5896 = reshape %5890 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5897 = matmul %5896, %5877 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5898 = cast %4706 : f32[16,16] @ models/lib/nn.yaml:83:15
%5899 = cast %5897 : f32[16,16] @ models/lib/nn.yaml:83:15
%5900 = add %5898, %5899 : f32[16,16] @ models/lib/nn.yaml:83:15
%5901 = permute %5857 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5902 = reshape %5901 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5903 = cast %5902 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%5904 = reduce_sum %5903 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5905 = reshape %5904 : f32[16] @ models/lib/nn.yaml:84:18
%5906 = add %4711, %5905 : f32[16] @ models/lib/nn.yaml:84:18
%5907 = permute %5857 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5908 = reshape %5907 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5909 = matmul %5908, %2876 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5910 = reshape %5907 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5911 = reshape %2875 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5912 = matmul %5910, %5911 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5913 = cast %4717 : f32[16,16] @ models/lib/nn.yaml:83:15
%5914 = cast %5912 : f32[16,16] @ models/lib/nn.yaml:83:15
%5915 = add %5913, %5914 : f32[16,16] @ models/lib/nn.yaml:83:15
%5916 = cast %5909 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5917 = pad %5916 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5918 = add %5895, %5917 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5919 = reshape %5918 : f32[68,16] @ models/lib/nn.yaml:96:46
%5920 = matmul %5663, %5919 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5921 = reshape %5920 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5922 = reshape %5921 : f32[16] @ models/lib/nn.yaml:96:46
%5923 = add %4722, %5922 : f32[16] @ models/lib/nn.yaml:96:46
%5924 = mul %5918, %2869 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5925 = reshape %5924 : f32[68,16] @ models/lib/nn.yaml:96:37
%5926 = matmul %5663, %5925 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5927 = reshape %5926 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5928 = reshape %5927 : f32[16] @ models/lib/nn.yaml:96:37
%5929 = add %4725, %5928 : f32[16] @ models/lib/nn.yaml:96:37
%5930 = mul %5918, %2870 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5931 = mul %5930, %2868 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5932 = mul %5918, %2870 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5933 = mul %5932, %2862 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5934 = reduce_sum %5933 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5935 = mul %2867, %2867 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5936 = mul %2867, %5935 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5937 = mul %5936, %5678 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5938 = mul %5934, %5937 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5939 = div %5938, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5940 = broadcast %5939 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5941 = mul %5940, %2862 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5942 = add %5931, %5941 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5943 = add %5942, %5941 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5944 = neg %5943 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5945 = reduce_sum %5944 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5946 = div %5945, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5947 = broadcast %5946 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5948 = add %5943, %5947 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5949 = slice %5948 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5950 = add %5760, %5949 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5951 = slice %5948 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5952 = add %5692, %5951 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5953 = reduce_sum %5950 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5954 = reshape %5953 : f32[16] @ models/lib/nn.yaml:84:18
%5955 = add %4750, %5954 : f32[16] @ models/lib/nn.yaml:84:18
%5956 = cast %5950 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5957 = matmul %5956, %2852 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5958 = reshape %5956 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5959 = reshape %2851 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5960 = matmul %5958, %5959 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5961 = cast %4755 : f32[16,64] @ models/lib/nn.yaml:83:15
%5962 = cast %5960 : f32[16,64] @ models/lib/nn.yaml:83:15
%5963 = add %5961, %5962 : f32[16,64] @ models/lib/nn.yaml:83:15
%5964 = cast %5957 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5965 = mul %2845, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5966 = erf %5965 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5967 = add %1009, %5966 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5968 = mul %5964, %5967 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5969 = cast %5957 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5970 = mul %1004, %2845 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5971 = mul %5969, %5970 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5972 = mul %2845, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5973 = mul %5972, %5972 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5974 = neg %5973 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5975 = exp %5974 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5976 = mul %5975, %4542 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5977 = mul %5971, %5976 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5978 = mul %5977, %1006 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5979 = mul %5968, %1004 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5980 = add %5978, %5979 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5981 = reduce_sum %5980 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5982 = reshape %5981 : f32[64] @ models/lib/nn.yaml:84:18
%5983 = add %4774, %5982 : f32[64] @ models/lib/nn.yaml:84:18
%5984 = cast %5980 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5985 = matmul %5984, %2841 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5986 = reshape %5984 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5987 = reshape %2840 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5988 = matmul %5986, %5987 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5989 = cast %4779 : f32[64,16] @ models/lib/nn.yaml:83:15
%5990 = cast %5988 : f32[64,16] @ models/lib/nn.yaml:83:15
%5991 = add %5989, %5990 : f32[64,16] @ models/lib/nn.yaml:83:15
%5992 = cast %5985 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5993 = reduce_sum %5992 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5994 = reshape %5993 : f32[16] @ models/lib/nn.yaml:96:46
%5995 = add %4782, %5994 : f32[16] @ models/lib/nn.yaml:96:46
%5996 = cast %5985 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5997 = mul %5996, %2836 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5998 = cast %5985 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5999 = mul %5998, %2835 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%6000 = reduce_sum %5999 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6001 = reshape %6000 : f32[16] @ models/lib/nn.yaml:96:37
%6002 = add %4788, %6001 : f32[16] @ models/lib/nn.yaml:96:37
%6003 = mul %5997, %2834 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%6004 = mul %5997, %2828 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%6005 = reduce_sum %6004 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%6006 = mul %2833, %2833 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6007 = mul %2833, %6006 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6008 = mul %6007, %4569 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6009 = mul %6005, %6008 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%6010 = div %6009, %983 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%6011 = broadcast %6010 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%6012 = mul %6011, %2828 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6013 = add %6003, %6012 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6014 = add %6013, %6012 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%6015 = add %5950, %6014 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%6016 = neg %6014 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%6017 = reduce_sum %6016 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%6018 = div %6017, %983 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%6019 = broadcast %6018 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%6020 = add %6015, %6019 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%6021 = reduce_sum %6020 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6022 = reshape %6021 : f32[16] @ models/lib/nn.yaml:84:18
%6023 = add %4808, %6022 : f32[16] @ models/lib/nn.yaml:84:18
%6024 = cast %6020 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6025 = matmul %6024, %2819 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6026 = reshape %6024 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6027 = reshape %2817 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6028 = matmul %6026, %6027 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6029 = cast %4813 : f32[16,16] @ models/lib/nn.yaml:83:15
%6030 = cast %6028 : f32[16,16] @ models/lib/nn.yaml:83:15
%6031 = add %6029, %6030 : f32[16,16] @ models/lib/nn.yaml:83:15
%6032 = reshape %6025 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%6033 = permute %6032 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%6034 = cast %6033 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%6035 = slice %6034 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6036 = broadcast %6035 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6037 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6038 = slice %6037 lo=[0,0,0,0] hi=[4,2,1,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6039 = cast %6038 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6040 = mul %6036, %6039 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6041 = slice %6034 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6042 = broadcast %6041 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6043 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6044 = slice %6043 lo=[0,0,1,0] hi=[4,2,2,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6045 = cast %6044 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6046 = mul %6042, %6045 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6047 = add %6040, %6046 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6048 = slice %6034 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6049 = broadcast %6048 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6050 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6051 = slice %6050 lo=[0,0,2,0] hi=[4,2,3,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6052 = cast %6051 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6053 = mul %6049, %6052 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6054 = add %6047, %6053 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6055 = slice %6034 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6056 = broadcast %6055 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6057 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6058 = slice %6057 lo=[0,0,3,0] hi=[4,2,4,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6059 = cast %6058 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6060 = mul %6056, %6059 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6061 = add %6054, %6060 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6062 = slice %6034 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6063 = broadcast %6062 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6064 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6065 = slice %6064 lo=[0,0,4,0] hi=[4,2,5,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6066 = cast %6065 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6067 = mul %6063, %6066 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6068 = add %6061, %6067 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6069 = slice %6034 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6070 = broadcast %6069 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6071 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6072 = slice %6071 lo=[0,0,5,0] hi=[4,2,6,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6073 = cast %6072 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6074 = mul %6070, %6073 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6075 = add %6068, %6074 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6076 = slice %6034 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6077 = broadcast %6076 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6078 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6079 = slice %6078 lo=[0,0,6,0] hi=[4,2,7,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6080 = cast %6079 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6081 = mul %6077, %6080 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6082 = add %6075, %6081 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6083 = slice %6034 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%6084 = broadcast %6083 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6085 = permute %2807 perm=[0,1,3,2] : bf16[4,2,8,17] @ models/lib/nn.yaml:56:23
%6086 = slice %6085 lo=[0,0,7,0] hi=[4,2,8,17] : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6087 = cast %6086 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6088 = mul %6084, %6087 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6089 = add %6082, %6088 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6090 = cast %6089 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%6091 = cast %2804 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%6092 = permute %6091 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%6093 = cast %6033 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%6094 = broadcast %6092 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6095 = broadcast %6093 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6096 = mul %6094, %6095 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%6097 = cast %6096 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%6098 = cast %6090 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6099 = div %6098, %2801 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6100 = mul %6099, %2803 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6101 = neg %6100 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%6102 = reduce_sum %6101 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%6103 = broadcast %6102 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6104 = add %6099, %6103 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%6105 = exp %2798 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6106 = mul %6104, %6105 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%6107 = mul %6106, %948 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%6108 = cast %6107 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%6109 = cast %6108 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6110 = cast %2733 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6111 = reshape %6109 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%6112 = broadcast %6111 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6113 = reshape %6110 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6114 = broadcast %6113 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6115 = mul %6112, %6114 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%6116 = reduce_sum %6115 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6117 = cast %6116 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%6118 = cast %6108 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%6119 = permute %6118 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%6120 = cast %2730 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%6121 = broadcast %6119 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6122 = broadcast %6120 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6123 = mul %6121, %6122 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%6124 = cast %6123 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%6125 = cast %6097 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%6126 = permute %6125 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%6127 = reshape %6126 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%6128 = reshape %6127 : f32[68,16] @ models/lib/nn.yaml:84:18
%6129 = matmul %5663, %6128 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6130 = reshape %6129 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6131 = reshape %6130 : f32[16] @ models/lib/nn.yaml:84:18
%6132 = add %4911, %6131 : f32[16] @ models/lib/nn.yaml:84:18
%6133 = permute %6097 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%6134 = reshape %6133 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%6135 = matmul %6134, %2723 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6136 = reshape %6133 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6137 = reshape %2711 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6138 = matmul %6136, %6137 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6139 = cast %4917 : f32[16,16] @ models/lib/nn.yaml:83:15
%6140 = cast %6138 : f32[16,16] @ models/lib/nn.yaml:83:15
%6141 = add %6139, %6140 : f32[16,16] @ models/lib/nn.yaml:83:15
%6142 = cast %6124 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%6143 = permute %6142 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%6144 = reshape %6143 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%6145 = reshape %6144 : f32[68,16] @ models/lib/nn.yaml:84:18
%6146 = matmul %5663, %6145 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6147 = reshape %6146 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6148 = reshape %6147 : f32[16] @ models/lib/nn.yaml:84:18
%6149 = add %4922, %6148 : f32[16] @ models/lib/nn.yaml:84:18
%6150 = permute %6124 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%6151 = reshape %6150 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%6152 = matmul %6151, %2718 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%6153 = cast %6135 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6154 = cast %6152 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6155 = add %6153, %6154 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%6156 = reshape %6150 : bf16[68,16] @ models/lib/nn.yaml:83:15
%6157 = matmul %6156, %6137 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6158 = cast %4930 : f32[16,16] @ models/lib/nn.yaml:83:15
%6159 = cast %6157 : f32[16,16] @ models/lib/nn.yaml:83:15
%6160 = add %6158, %6159 : f32[16,16] @ models/lib/nn.yaml:83:15
%6161 = permute %6117 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6162 = reshape %6161 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6163 = cast %6162 : f32[4,1,16] @ models/lib/vit.yaml:78:14
%6164 = reduce_sum %6163 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6165 = reshape %6164 : f32[16] @ models/lib/nn.yaml:84:18
%6166 = add %4935, %6165 : f32[16] @ models/lib/nn.yaml:84:18
%6167 = permute %6117 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%6168 = reshape %6167 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%6169 = matmul %6168, %2713 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%6170 = reshape %6167 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6171 = reshape %2712 : bf16[4,16] @ models/lib/nn.yaml:83:15
%6172 = matmul %6170, %6171 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6173 = cast %4941 : f32[16,16] @ models/lib/nn.yaml:83:15
%6174 = cast %6172 : f32[16,16] @ models/lib/nn.yaml:83:15
%6175 = add %6173, %6174 : f32[16,16] @ models/lib/nn.yaml:83:15
%6176 = cast %6169 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%6177 = pad %6176 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6178 = add %6155, %6177 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%6179 = reshape %6178 : f32[68,16] @ models/lib/nn.yaml:96:46
%6180 = matmul %5663, %6179 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6181 = reshape %6180 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6182 = reshape %6181 : f32[16] @ models/lib/nn.yaml:96:46
%6183 = add %4946, %6182 : f32[16] @ models/lib/nn.yaml:96:46
%6184 = mul %6178, %2706 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6185 = reshape %6184 : f32[68,16] @ models/lib/nn.yaml:96:37
%6186 = matmul %5663, %6185 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6187 = reshape %6186 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6188 = reshape %6187 : f32[16] @ models/lib/nn.yaml:96:37
%6189 = add %4949, %6188 : f32[16] @ models/lib/nn.yaml:96:37
%6190 = mul %6178, %2707 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6191 = mul %6190, %2705 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6192 = mul %6178, %2707 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%6193 = mul %6192, %2699 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%6194 = reduce_sum %6193 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%6195 = mul %2704, %2704 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6196 = mul %2704, %6195 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6197 = mul %6196, %5678 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6198 = mul %6194, %6197 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%6199 = div %6198, %855 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%6200 = broadcast %6199 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%6201 = mul %6200, %2699 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6202 = add %6191, %6201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6203 = add %6202, %6201 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%6204 = neg %6203 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%6205 = reduce_sum %6204 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%6206 = div %6205, %855 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%6207 = broadcast %6206 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6208 = add %6203, %6207 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%6209 = slice %6208 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6210 = add %6020, %6209 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%6211 = slice %6208 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6212 = add %5952, %6211 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%6213 = reduce_sum %6210 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6214 = add %4973, %6213 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%6215 = mul %6212, %2691 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6216 = div %6215, %2641 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6217 = reshape %6216 : f32[64,16] @ models/lib/nn.yaml:84:18
%6218 = matmul %5461, %6217 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6219 = reshape %6218 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6220 = reshape %6219 : f32[16] @ models/lib/nn.yaml:84:18
%6221 = add %4977, %6220 : f32[16] @ models/lib/nn.yaml:84:18
%6222 = cast %6216 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6223 = matmul %6222, %2681 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6224 = reshape %6222 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6225 = reshape %2680 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6226 = matmul %6224, %6225 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6227 = cast %4983 : f32[16,64] @ models/lib/nn.yaml:83:15
%6228 = cast %6226 : f32[16,64] @ models/lib/nn.yaml:83:15
%6229 = add %6227, %6228 : f32[16,64] @ models/lib/nn.yaml:83:15
%6230 = cast %6223 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6231 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6232 = add %6231, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6233 = mul %6232, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6234 = erf %6233 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6235 = add %326, %6234 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6236 = mul %6230, %6235 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6237 = cast %6223 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6238 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6239 = add %6238, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6240 = mul %315, %6239 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6241 = mul %6237, %6240 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6242 = cast %2669 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6243 = add %6242, %2670 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6244 = mul %6243, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6245 = mul %6244, %6244 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6246 = neg %6245 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6247 = exp %6246 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6248 = broadcast %4349 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6249 = mul %6247, %6248 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6250 = mul %6241, %6249 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6251 = mul %6250, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6252 = mul %6236, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6253 = add %6251, %6252 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6254 = reshape %6253 : f32[64,64] @ models/lib/nn.yaml:84:18
%6255 = matmul %5461, %6254 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6256 = reshape %6255 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6257 = reshape %6256 : f32[64] @ models/lib/nn.yaml:84:18
%6258 = add %5009, %6257 : f32[64] @ models/lib/nn.yaml:84:18
%6259 = cast %6253 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6260 = matmul %6259, %2668 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6261 = reshape %6259 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6262 = reshape %2667 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6263 = matmul %6261, %6262 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6264 = cast %5014 : f32[64,16] @ models/lib/nn.yaml:83:15
%6265 = cast %6263 : f32[64,16] @ models/lib/nn.yaml:83:15
%6266 = add %6264, %6265 : f32[64,16] @ models/lib/nn.yaml:83:15
%6267 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : bf16[1,64] @ models/lib/nn.yaml:96:46
%6268 = reshape %6260 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6269 = matmul %6267, %6268 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6270 = reshape %6269 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6271 = reshape %6270 : f32[16] @ models/lib/nn.yaml:96:46
%6272 = add %5017, %6271 : f32[16] @ models/lib/nn.yaml:96:46
%6273 = cast %6260 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6274 = mul %6273, %2662 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6275 = reshape %6274 : f32[64,16] @ models/lib/nn.yaml:96:37
%6276 = matmul %5461, %6275 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6277 = reshape %6276 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6278 = reshape %6277 : f32[16] @ models/lib/nn.yaml:96:37
%6279 = add %5021, %6278 : f32[16] @ models/lib/nn.yaml:96:37
%6280 = cast %6260 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6281 = mul %6280, %2663 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6282 = mul %6281, %2661 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6283 = cast %6260 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6284 = mul %6283, %2663 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6285 = mul %6284, %2655 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6286 = reduce_sum %6285 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6287 = mul %2660, %2660 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6288 = mul %2660, %6287 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6289 = broadcast %4507 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6290 = mul %6288, %6289 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6291 = mul %6286, %6290 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6292 = div %6291, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6293 = broadcast %6292 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6294 = mul %6293, %2655 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6295 = add %6282, %6294 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6296 = add %6295, %6294 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6297 = add %6212, %6296 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6298 = neg %6296 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6299 = reduce_sum %6298 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6300 = div %6299, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6301 = broadcast %6300 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6302 = add %6297, %6301 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6303 = mul %6302, %2649 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%6304 = div %6303, %2641 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%6305 = reshape %6304 : f32[64,16] @ models/lib/nn.yaml:84:18
%6306 = matmul %5461, %6305 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6307 = reshape %6306 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6308 = reshape %6307 : f32[16] @ models/lib/nn.yaml:84:18
%6309 = add %5048, %6308 : f32[16] @ models/lib/nn.yaml:84:18
%6310 = cast %6304 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6311 = matmul %6310, %2635 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6312 = reshape %6310 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6313 = reshape %2633 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6314 = matmul %6312, %6313 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6315 = cast %5054 : f32[16,16] @ models/lib/nn.yaml:83:15
%6316 = cast %6314 : f32[16,16] @ models/lib/nn.yaml:83:15
%6317 = add %6315, %6316 : f32[16,16] @ models/lib/nn.yaml:83:15
%6318 = reshape %6311 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6319 = permute %6318 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6320 = cast %6319 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6321 = cast %2623 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6322 = permute %6321 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6323 = slice %6320 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6324 = broadcast %6323 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6325 = slice %6322 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6326 = broadcast %6325 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6327 = mul %6324, %6326 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6328 = slice %6320 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6329 = broadcast %6328 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6330 = slice %6322 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6331 = broadcast %6330 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6332 = mul %6329, %6331 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6333 = add %6327, %6332 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6334 = slice %6320 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6335 = broadcast %6334 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6336 = slice %6322 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6337 = broadcast %6336 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6338 = mul %6335, %6337 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6339 = add %6333, %6338 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6340 = slice %6320 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6341 = broadcast %6340 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6342 = slice %6322 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6343 = broadcast %6342 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6344 = mul %6341, %6343 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6345 = add %6339, %6344 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6346 = slice %6320 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6347 = broadcast %6346 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6348 = slice %6322 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6349 = broadcast %6348 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6350 = mul %6347, %6349 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6351 = add %6345, %6350 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6352 = slice %6320 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6353 = broadcast %6352 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6354 = slice %6322 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6355 = broadcast %6354 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6356 = mul %6353, %6355 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6357 = add %6351, %6356 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6358 = slice %6320 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6359 = broadcast %6358 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6360 = slice %6322 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6361 = broadcast %6360 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6362 = mul %6359, %6361 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6363 = add %6357, %6362 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6364 = slice %6320 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6365 = broadcast %6364 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6366 = slice %6322 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6367 = broadcast %6366 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6368 = mul %6365, %6367 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6369 = add %6363, %6368 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6370 = cast %6369 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6371 = cast %2621 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6372 = permute %6371 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6373 = cast %6319 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6374 = reshape %6372 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6375 = broadcast %6374 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6376 = reshape %6373 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6377 = broadcast %6376 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6378 = mul %6375, %6377 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6379 = reduce_sum %6378 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6380 = cast %6379 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6381 = cast %6370 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6382 = div %6381, %2618 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6383 = mul %6382, %2620 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6384 = neg %6383 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6385 = reduce_sum %6384 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6386 = broadcast %6385 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6387 = add %6382, %6386 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6388 = exp %2615 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6389 = mul %6387, %6388 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6390 = mul %6389, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6391 = cast %6390 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6392 = cast %6391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6393 = cast %2556 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6394 = reshape %6392 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6395 = broadcast %6394 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6396 = reshape %6393 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6397 = broadcast %6396 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6398 = mul %6395, %6397 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6399 = reduce_sum %6398 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6400 = cast %6399 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6401 = cast %6391 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6402 = permute %6401 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6403 = cast %2554 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6404 = reshape %6402 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6405 = broadcast %6404 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6406 = reshape %6403 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6407 = broadcast %6406 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6408 = mul %6405, %6407 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6409 = reduce_sum %6408 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6410 = cast %6409 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6411 = reshape %6410 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6412 = reshape %6380 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6413 = reshape %6400 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6414 = concat %6413, %6411, %6412 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6415 = cast %6414 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6416 = permute %6415 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6417 = reshape %6416 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6418 = reshape %6417 : f32[64,48] @ models/lib/nn.yaml:84:18
%6419 = matmul %5461, %6418 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6420 = reshape %6419 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6421 = reshape %6420 : f32[48] @ models/lib/nn.yaml:84:18
%6422 = add %5156, %6421 : f32[48] @ models/lib/nn.yaml:84:18
%6423 = permute %6414 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6424 = reshape %6423 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6425 = matmul %6424, %2545 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6426 = reshape %6423 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6427 = reshape %2544 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6428 = matmul %6426, %6427 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6429 = cast %5162 : f32[48,16] @ models/lib/nn.yaml:83:15
%6430 = cast %6428 : f32[48,16] @ models/lib/nn.yaml:83:15
%6431 = add %6429, %6430 : f32[48,16] @ models/lib/nn.yaml:83:15
%6432 = reshape %6425 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6433 = matmul %6267, %6432 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6434 = reshape %6433 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6435 = reshape %6434 : f32[16] @ models/lib/nn.yaml:96:46
%6436 = add %5165, %6435 : f32[16] @ models/lib/nn.yaml:96:46
%6437 = cast %6425 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6438 = mul %6437, %2539 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6439 = reshape %6438 : f32[64,16] @ models/lib/nn.yaml:96:37
%6440 = matmul %5461, %6439 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6441 = reshape %6440 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6442 = reshape %6441 : f32[16] @ models/lib/nn.yaml:96:37
%6443 = add %5169, %6442 : f32[16] @ models/lib/nn.yaml:96:37
%6444 = cast %6425 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6445 = mul %6444, %2540 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6446 = mul %6445, %2538 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6447 = cast %6425 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6448 = mul %6447, %2540 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6449 = mul %6448, %2532 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6450 = reduce_sum %6449 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6451 = mul %2537, %2537 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6452 = mul %2537, %6451 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6453 = mul %6452, %6289 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6454 = mul %6450, %6453 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6455 = div %6454, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6456 = broadcast %6455 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6457 = mul %6456, %2532 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6458 = add %6446, %6457 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6459 = add %6458, %6457 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6460 = add %6302, %6459 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6461 = neg %6459 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6462 = reduce_sum %6461 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6463 = div %6462, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6464 = broadcast %6463 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6465 = add %6460, %6464 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6466 = reshape %6465 : f32[64,16] @ models/lib/nn.yaml:84:18
%6467 = matmul %5461, %6466 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6468 = reshape %6467 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6469 = reshape %6468 : f32[16] @ models/lib/nn.yaml:84:18
%6470 = add %5193, %6469 : f32[16] @ models/lib/nn.yaml:84:18
%6471 = cast %6465 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6472 = matmul %6471, %2523 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6473 = reshape %6471 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6474 = reshape %2522 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6475 = matmul %6473, %6474 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6476 = cast %5198 : f32[16,64] @ models/lib/nn.yaml:83:15
%6477 = cast %6475 : f32[16,64] @ models/lib/nn.yaml:83:15
%6478 = add %6476, %6477 : f32[16,64] @ models/lib/nn.yaml:83:15
%6479 = cast %6472 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6480 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6481 = add %6480, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6482 = mul %6481, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6483 = erf %6482 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6484 = add %326, %6483 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6485 = mul %6479, %6484 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6486 = cast %6472 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6487 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6488 = add %6487, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6489 = mul %315, %6488 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6490 = mul %6486, %6489 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6491 = cast %2511 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6492 = add %6491, %2512 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%6493 = mul %6492, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6494 = mul %6493, %6493 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6495 = neg %6494 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6496 = exp %6495 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6497 = mul %6496, %6248 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6498 = mul %6490, %6497 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6499 = mul %6498, %320 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6500 = mul %6485, %315 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6501 = add %6499, %6500 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6502 = reshape %6501 : f32[64,64] @ models/lib/nn.yaml:84:18
%6503 = matmul %5461, %6502 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6504 = reshape %6503 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6505 = reshape %6504 : f32[64] @ models/lib/nn.yaml:84:18
%6506 = add %5223, %6505 : f32[64] @ models/lib/nn.yaml:84:18
%6507 = cast %6501 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6508 = matmul %6507, %2510 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6509 = reshape %6507 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6510 = reshape %2509 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6511 = matmul %6509, %6510 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6512 = cast %5228 : f32[64,16] @ models/lib/nn.yaml:83:15
%6513 = cast %6511 : f32[64,16] @ models/lib/nn.yaml:83:15
%6514 = add %6512, %6513 : f32[64,16] @ models/lib/nn.yaml:83:15
%6515 = reshape %6508 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6516 = matmul %6267, %6515 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6517 = reshape %6516 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6518 = reshape %6517 : f32[16] @ models/lib/nn.yaml:96:46
%6519 = add %5231, %6518 : f32[16] @ models/lib/nn.yaml:96:46
%6520 = cast %6508 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6521 = mul %6520, %2504 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6522 = reshape %6521 : f32[64,16] @ models/lib/nn.yaml:96:37
%6523 = matmul %5461, %6522 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6524 = reshape %6523 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6525 = reshape %6524 : f32[16] @ models/lib/nn.yaml:96:37
%6526 = add %5235, %6525 : f32[16] @ models/lib/nn.yaml:96:37
%6527 = cast %6508 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6528 = mul %6527, %2505 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6529 = mul %6528, %2503 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6530 = cast %6508 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6531 = mul %6530, %2505 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6532 = mul %6531, %2497 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6533 = reduce_sum %6532 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6534 = mul %2502, %2502 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6535 = mul %2502, %6534 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6536 = mul %6535, %6289 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6537 = mul %6533, %6536 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6538 = div %6537, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6539 = broadcast %6538 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6540 = mul %6539, %2497 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6541 = add %6529, %6540 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6542 = add %6541, %6540 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6543 = add %6465, %6542 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6544 = neg %6542 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6545 = reduce_sum %6544 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6546 = div %6545, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6547 = broadcast %6546 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6548 = add %6543, %6547 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6549 = reshape %6548 : f32[64,16] @ models/lib/nn.yaml:84:18
%6550 = matmul %5461, %6549 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6551 = reshape %6550 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6552 = reshape %6551 : f32[16] @ models/lib/nn.yaml:84:18
%6553 = add %5259, %6552 : f32[16] @ models/lib/nn.yaml:84:18
%6554 = cast %6548 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6555 = matmul %6554, %2488 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6556 = reshape %6554 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6557 = reshape %2486 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6558 = matmul %6556, %6557 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6559 = cast %5264 : f32[16,16] @ models/lib/nn.yaml:83:15
%6560 = cast %6558 : f32[16,16] @ models/lib/nn.yaml:83:15
%6561 = add %6559, %6560 : f32[16,16] @ models/lib/nn.yaml:83:15
%6562 = reshape %6555 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6563 = permute %6562 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6564 = cast %6563 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6565 = cast %2476 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6566 = permute %6565 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6567 = slice %6564 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6568 = broadcast %6567 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6569 = slice %6566 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6570 = broadcast %6569 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6571 = mul %6568, %6570 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6572 = slice %6564 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6573 = broadcast %6572 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6574 = slice %6566 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6575 = broadcast %6574 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6576 = mul %6573, %6575 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6577 = add %6571, %6576 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6578 = slice %6564 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6579 = broadcast %6578 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6580 = slice %6566 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6581 = broadcast %6580 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6582 = mul %6579, %6581 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6583 = add %6577, %6582 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6584 = slice %6564 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6585 = broadcast %6584 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6586 = slice %6566 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6587 = broadcast %6586 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6588 = mul %6585, %6587 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6589 = add %6583, %6588 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6590 = slice %6564 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6591 = broadcast %6590 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6592 = slice %6566 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6593 = broadcast %6592 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6594 = mul %6591, %6593 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6595 = add %6589, %6594 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6596 = slice %6564 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6597 = broadcast %6596 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6598 = slice %6566 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6599 = broadcast %6598 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6600 = mul %6597, %6599 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6601 = add %6595, %6600 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6602 = slice %6564 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6603 = broadcast %6602 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6604 = slice %6566 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6605 = broadcast %6604 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6606 = mul %6603, %6605 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6607 = add %6601, %6606 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6608 = slice %6564 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6609 = broadcast %6608 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6610 = slice %6566 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6611 = broadcast %6610 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6612 = mul %6609, %6611 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6613 = add %6607, %6612 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6614 = cast %6613 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6615 = cast %2474 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6616 = permute %6615 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6617 = cast %6563 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6618 = reshape %6616 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6619 = broadcast %6618 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6620 = reshape %6617 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6621 = broadcast %6620 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6622 = mul %6619, %6621 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6623 = reduce_sum %6622 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6624 = cast %6623 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6625 = cast %6614 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6626 = div %6625, %2471 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6627 = mul %6626, %2473 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6628 = neg %6627 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6629 = reduce_sum %6628 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6630 = broadcast %6629 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6631 = add %6626, %6630 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6632 = exp %2468 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6633 = mul %6631, %6632 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6634 = mul %6633, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6635 = cast %6634 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6636 = cast %6635 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6637 = cast %2409 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6638 = reshape %6636 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6639 = broadcast %6638 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6640 = reshape %6637 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6641 = broadcast %6640 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6642 = mul %6639, %6641 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6643 = reduce_sum %6642 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6644 = cast %6643 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6645 = cast %6635 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6646 = permute %6645 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6647 = cast %2407 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6648 = reshape %6646 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6649 = broadcast %6648 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6650 = reshape %6647 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6651 = broadcast %6650 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6652 = mul %6649, %6651 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6653 = reduce_sum %6652 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6654 = cast %6653 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6655 = reshape %6654 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6656 = reshape %6624 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6657 = reshape %6644 : bf16[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6658 = concat %6657, %6655, %6656 axis=0 : bf16[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6659 = cast %6658 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6660 = permute %6659 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6661 = reshape %6660 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6662 = reshape %6661 : f32[64,48] @ models/lib/nn.yaml:84:18
%6663 = matmul %5461, %6662 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6664 = reshape %6663 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6665 = reshape %6664 : f32[48] @ models/lib/nn.yaml:84:18
%6666 = add %5366, %6665 : f32[48] @ models/lib/nn.yaml:84:18
%6667 = permute %6658 perm=[1,3,0,2,4] : bf16[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6668 = reshape %6667 : bf16[4,16,48] @ models/lib/nn.yaml:66:21
%6669 = matmul %6668, %2398 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6670 = reshape %6667 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6671 = reshape %2397 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6672 = matmul %6670, %6671 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6673 = cast %5372 : f32[48,16] @ models/lib/nn.yaml:83:15
%6674 = cast %6672 : f32[48,16] @ models/lib/nn.yaml:83:15
%6675 = add %6673, %6674 : f32[48,16] @ models/lib/nn.yaml:83:15
%6676 = reshape %6669 : bf16[64,16] @ models/lib/nn.yaml:96:46
%6677 = matmul %6267, %6676 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6678 = reshape %6677 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6679 = reshape %6678 : f32[16] @ models/lib/nn.yaml:96:46
%6680 = add %5375, %6679 : f32[16] @ models/lib/nn.yaml:96:46
%6681 = cast %6669 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6682 = mul %6681, %2392 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6683 = reshape %6682 : f32[64,16] @ models/lib/nn.yaml:96:37
%6684 = matmul %5461, %6683 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6685 = reshape %6684 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6686 = reshape %6685 : f32[16] @ models/lib/nn.yaml:96:37
%6687 = add %5379, %6686 : f32[16] @ models/lib/nn.yaml:96:37
%6688 = cast %6669 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6689 = mul %6688, %2393 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6690 = mul %6689, %2391 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6691 = cast %6669 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6692 = mul %6691, %2393 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6693 = mul %6692, %2385 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6694 = reduce_sum %6693 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6695 = mul %2390, %2390 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6696 = mul %2390, %6695 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6697 = mul %6696, %6289 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6698 = mul %6694, %6697 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6699 = div %6698, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6700 = broadcast %6699 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6701 = mul %6700, %2385 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6702 = add %6690, %6701 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6703 = add %6702, %6701 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6704 = add %6548, %6703 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6705 = neg %6703 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6706 = reduce_sum %6705 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6707 = div %6706, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6708 = broadcast %6707 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6709 = add %6704, %6708 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6710 = reduce_sum %6709 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6711 = reshape %5411 : bf16[1,16,16] @ models/lib/vit.yaml:32:17
%6712 = cast %6711 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%6713 = add %6712, %6710 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6714 = reshape %6709 : f32[64,16] @ models/lib/vit.yaml:17:71
%6715 = matmul %5461, %6714 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6716 = reshape %6715 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6717 = reshape %6716 : f32[16] @ models/lib/vit.yaml:17:71
%6718 = add %5413, %6717 : f32[16] @ models/lib/vit.yaml:17:71
%6719 = reshape %6709 : f32[64,16] @ models/lib/vit.yaml:17:18
%6720 = cast %6719 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6721 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6722 = matmul %6720, %6721 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6723 = reshape %5417 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6724 = cast %6723 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6725 = reshape %6722 : bf16[16,3,4,4] @ models/lib/vit.yaml:17:20
%6726 = cast %6725 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6727 = add %6724, %6726 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6728 = all_reduce_sum %6713 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6729 = reshape %6728 : f32[256] @ models/lib/vit.yaml:48:7
%6730 = mul %6729, %6729 : f32[256] @ models/lib/vit.yaml:48:7
%6731 = reduce_sum %6730 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6732 = sqrt %6731 : f32[] @ models/lib/vit.yaml:48:7
%6733 = cast %6732 : f64[] @ models/lib/vit.yaml:48:7
%6734 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6735 = add %6733, %6734 : f64[] @ models/lib/vit.yaml:48:7
%6736 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6737 = div %6736, %6735 : f64[] @ models/lib/vit.yaml:48:7
%6738 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6739 = lt %6737, %6738 : bool[] @ models/lib/vit.yaml:48:7
%6740 = cast %6737 : f32[] @ models/lib/vit.yaml:48:7
%6741 = broadcast %6740 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6742 = mul %6728, %6741 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6743 = broadcast %6739 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6744 = select %6743, %6742, %6728 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6745 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6746 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6747 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6748 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6749 = add %6747, %6748 : i64[] @ models/lib/vit.yaml:48:7
%6750 = mul %4159, %4160 : f64[] @ models/lib/vit.yaml:48:7
%6751 = sub %6738, %6750 : f64[] @ models/lib/vit.yaml:48:7
%6752 = cast %6751 : f32[] @ models/lib/vit.yaml:48:7
%6753 = broadcast %6752 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6754 = mul %7, %6753 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6755 = broadcast %3852 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6756 = mul %6744, %6755 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6757 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6758 = broadcast %2640 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6759 = mul %6745, %6758 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6760 = add %6759, %6756 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6761 = mul %6744, %6744 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6762 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6763 = broadcast %6762 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6764 = mul %6761, %6763 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6765 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6766 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6767 = broadcast %6766 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6768 = mul %6746, %6767 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6769 = add %6768, %6764 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6770 = cast %6749 : f64[] @ models/lib/vit.yaml:48:7
%6771 = pow %6757, %6770 : f64[] @ models/lib/vit.yaml:48:7
%6772 = sub %6738, %6771 : f64[] @ models/lib/vit.yaml:48:7
%6773 = div %4159, %6772 : f64[] @ models/lib/vit.yaml:48:7
%6774 = pow %6765, %6770 : f64[] @ models/lib/vit.yaml:48:7
%6775 = sub %6738, %6774 : f64[] @ models/lib/vit.yaml:48:7
%6776 = sqrt %6775 : f64[] @ models/lib/vit.yaml:48:7
%6777 = div %6738, %6776 : f64[] @ models/lib/vit.yaml:48:7
%6778 = sqrt %6769 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6779 = cast %6777 : f32[] @ models/lib/vit.yaml:48:7
%6780 = broadcast %6779 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6781 = mul %6778, %6780 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6782 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6783 = broadcast %6782 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6784 = add %6781, %6783 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6785 = div %6760, %6784 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6786 = cast %6773 : f32[] @ models/lib/vit.yaml:48:7
%6787 = broadcast %6786 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6788 = mul %6785, %6787 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6789 = sub %6754, %6788 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6790 = assign %7, %6789 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6791 = assign %6745, %6760 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6792 = assign %6746, %6769 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6793 = assign %6747, %6749 : i64[] @ models/lib/vit.yaml:48:7
%6794 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6795 = mul %85, %6794 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6796 = sub %6738, %4161 : f64[] @ models/lib/vit.yaml:48:7
%6797 = cast %6796 : f32[] @ models/lib/vit.yaml:48:7
%6798 = broadcast %6797 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6799 = mul %6789, %6798 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6800 = add %6795, %6799 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6801 = assign %85, %6800 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6802 = all_reduce_sum %6727 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6803 = reshape %6802 : f32[768] @ models/lib/vit.yaml:9:7
%6804 = mul %6803, %6803 : f32[768] @ models/lib/vit.yaml:9:7
%6805 = reduce_sum %6804 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6806 = sqrt %6805 : f32[] @ models/lib/vit.yaml:9:7
%6807 = cast %6806 : f64[] @ models/lib/vit.yaml:9:7
%6808 = add %6807, %6734 : f64[] @ models/lib/vit.yaml:9:7
%6809 = div %6736, %6808 : f64[] @ models/lib/vit.yaml:9:7
%6810 = lt %6809, %6738 : bool[] @ models/lib/vit.yaml:9:7
%6811 = cast %6809 : f32[] @ models/lib/vit.yaml:9:7
%6812 = broadcast %6811 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6813 = mul %6802, %6812 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6814 = broadcast %6810 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6815 = select %6814, %6813, %6802 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6816 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6817 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6818 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6819 = add %6818, %6748 : i64[] @ models/lib/vit.yaml:9:7
%6820 = broadcast %6752 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6821 = mul %8, %6820 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6822 = broadcast %3852 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6823 = mul %6815, %6822 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6824 = broadcast %2640 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6825 = mul %6816, %6824 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6826 = add %6825, %6823 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6827 = mul %6815, %6815 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6828 = broadcast %6762 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6829 = mul %6827, %6828 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6830 = broadcast %6766 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6831 = mul %6817, %6830 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6832 = add %6831, %6829 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6833 = cast %6819 : f64[] @ models/lib/vit.yaml:9:7
%6834 = pow %6757, %6833 : f64[] @ models/lib/vit.yaml:9:7
%6835 = sub %6738, %6834 : f64[] @ models/lib/vit.yaml:9:7
%6836 = div %4159, %6835 : f64[] @ models/lib/vit.yaml:9:7
%6837 = pow %6765, %6833 : f64[] @ models/lib/vit.yaml:9:7
%6838 = sub %6738, %6837 : f64[] @ models/lib/vit.yaml:9:7
%6839 = sqrt %6838 : f64[] @ models/lib/vit.yaml:9:7
%6840 = div %6738, %6839 : f64[] @ models/lib/vit.yaml:9:7
%6841 = sqrt %6832 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6842 = cast %6840 : f32[] @ models/lib/vit.yaml:9:7
%6843 = broadcast %6842 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6844 = mul %6841, %6843 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6845 = broadcast %6782 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6846 = add %6844, %6845 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6847 = div %6826, %6846 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6848 = cast %6836 : f32[] @ models/lib/vit.yaml:9:7
%6849 = broadcast %6848 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6850 = mul %6847, %6849 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6851 = sub %6821, %6850 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6852 = assign %8, %6851 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6853 = assign %6816, %6826 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6854 = assign %6817, %6832 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6855 = assign %6818, %6819 : i64[] @ models/lib/vit.yaml:9:7
%6856 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6857 = mul %86, %6856 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6858 = broadcast %6797 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6859 = mul %6851, %6858 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6860 = add %6857, %6859 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6861 = assign %86, %6860 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6862 = all_reduce_sum %6718 : f32[16] @ models/lib/vit.yaml:10:7
%6863 = mul %6862, %6862 : f32[16] @ models/lib/vit.yaml:10:7
%6864 = reduce_sum %6863 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6865 = sqrt %6864 : f32[] @ models/lib/vit.yaml:10:7
%6866 = cast %6865 : f64[] @ models/lib/vit.yaml:10:7
%6867 = add %6866, %6734 : f64[] @ models/lib/vit.yaml:10:7
%6868 = div %6736, %6867 : f64[] @ models/lib/vit.yaml:10:7
%6869 = lt %6868, %6738 : bool[] @ models/lib/vit.yaml:10:7
%6870 = cast %6868 : f32[] @ models/lib/vit.yaml:10:7
%6871 = broadcast %6870 : f32[16] @ models/lib/vit.yaml:10:7
%6872 = mul %6862, %6871 : f32[16] @ models/lib/vit.yaml:10:7
%6873 = broadcast %6869 : bool[16] @ models/lib/vit.yaml:10:7
%6874 = select %6873, %6872, %6862 : f32[16] @ models/lib/vit.yaml:10:7
%6875 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6876 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6877 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6878 = add %6877, %6748 : i64[] @ models/lib/vit.yaml:10:7
%6879 = broadcast %3852 : f32[16] @ models/lib/vit.yaml:10:7
%6880 = mul %6874, %6879 : f32[16] @ models/lib/vit.yaml:10:7
%6881 = broadcast %2640 : f32[16] @ models/lib/vit.yaml:10:7
%6882 = mul %6875, %6881 : f32[16] @ models/lib/vit.yaml:10:7
%6883 = add %6882, %6880 : f32[16] @ models/lib/vit.yaml:10:7
%6884 = mul %6874, %6874 : f32[16] @ models/lib/vit.yaml:10:7
%6885 = broadcast %6762 : f32[16] @ models/lib/vit.yaml:10:7
%6886 = mul %6884, %6885 : f32[16] @ models/lib/vit.yaml:10:7
%6887 = broadcast %6766 : f32[16] @ models/lib/vit.yaml:10:7
%6888 = mul %6876, %6887 : f32[16] @ models/lib/vit.yaml:10:7
%6889 = add %6888, %6886 : f32[16] @ models/lib/vit.yaml:10:7
%6890 = cast %6878 : f64[] @ models/lib/vit.yaml:10:7
%6891 = pow %6757, %6890 : f64[] @ models/lib/vit.yaml:10:7
%6892 = sub %6738, %6891 : f64[] @ models/lib/vit.yaml:10:7
%6893 = div %4159, %6892 : f64[] @ models/lib/vit.yaml:10:7
%6894 = pow %6765, %6890 : f64[] @ models/lib/vit.yaml:10:7
%6895 = sub %6738, %6894 : f64[] @ models/lib/vit.yaml:10:7
%6896 = sqrt %6895 : f64[] @ models/lib/vit.yaml:10:7
%6897 = div %6738, %6896 : f64[] @ models/lib/vit.yaml:10:7
%6898 = sqrt %6889 : f32[16] @ models/lib/vit.yaml:10:7
%6899 = cast %6897 : f32[] @ models/lib/vit.yaml:10:7
%6900 = broadcast %6899 : f32[16] @ models/lib/vit.yaml:10:7
%6901 = mul %6898, %6900 : f32[16] @ models/lib/vit.yaml:10:7
%6902 = broadcast %6782 : f32[16] @ models/lib/vit.yaml:10:7
%6903 = add %6901, %6902 : f32[16] @ models/lib/vit.yaml:10:7
%6904 = div %6883, %6903 : f32[16] @ models/lib/vit.yaml:10:7
%6905 = cast %6893 : f32[] @ models/lib/vit.yaml:10:7
%6906 = broadcast %6905 : f32[16] @ models/lib/vit.yaml:10:7
%6907 = mul %6904, %6906 : f32[16] @ models/lib/vit.yaml:10:7
%6908 = sub %9, %6907 : f32[16] @ models/lib/vit.yaml:10:7
%6909 = assign %9, %6908 : f32[16] @ models/lib/vit.yaml:10:7
%6910 = assign %6875, %6883 : f32[16] @ models/lib/vit.yaml:10:7
%6911 = assign %6876, %6889 : f32[16] @ models/lib/vit.yaml:10:7
%6912 = assign %6877, %6878 : i64[] @ models/lib/vit.yaml:10:7
%6913 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%6914 = mul %87, %6913 : f32[16] @ models/lib/vit.yaml:10:7
%6915 = broadcast %6797 : f32[16] @ models/lib/vit.yaml:10:7
%6916 = mul %6908, %6915 : f32[16] @ models/lib/vit.yaml:10:7
%6917 = add %6914, %6916 : f32[16] @ models/lib/vit.yaml:10:7
%6918 = assign %87, %6917 : f32[16] @ models/lib/vit.yaml:10:7
%6919 = all_reduce_sum %6687 : f32[16] @ models/lib/nn.yaml:89:7
%6920 = mul %6919, %6919 : f32[16] @ models/lib/nn.yaml:89:7
%6921 = reduce_sum %6920 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6922 = sqrt %6921 : f32[] @ models/lib/nn.yaml:89:7
%6923 = cast %6922 : f64[] @ models/lib/nn.yaml:89:7
%6924 = add %6923, %6734 : f64[] @ models/lib/nn.yaml:89:7
%6925 = div %6736, %6924 : f64[] @ models/lib/nn.yaml:89:7
%6926 = lt %6925, %6738 : bool[] @ models/lib/nn.yaml:89:7
%6927 = cast %6925 : f32[] @ models/lib/nn.yaml:89:7
%6928 = broadcast %6927 : f32[16] @ models/lib/nn.yaml:89:7
%6929 = mul %6919, %6928 : f32[16] @ models/lib/nn.yaml:89:7
%6930 = broadcast %6926 : bool[16] @ models/lib/nn.yaml:89:7
%6931 = select %6930, %6929, %6919 : f32[16] @ models/lib/nn.yaml:89:7
%6932 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6933 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6934 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6935 = add %6934, %6748 : i64[] @ models/lib/nn.yaml:89:7
%6936 = mul %6931, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%6937 = mul %6932, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%6938 = add %6937, %6936 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = mul %6931, %6931 : f32[16] @ models/lib/nn.yaml:89:7
%6940 = mul %6939, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%6941 = mul %6933, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%6942 = add %6941, %6940 : f32[16] @ models/lib/nn.yaml:89:7
%6943 = cast %6935 : f64[] @ models/lib/nn.yaml:89:7
%6944 = pow %6757, %6943 : f64[] @ models/lib/nn.yaml:89:7
%6945 = sub %6738, %6944 : f64[] @ models/lib/nn.yaml:89:7
%6946 = div %4159, %6945 : f64[] @ models/lib/nn.yaml:89:7
%6947 = pow %6765, %6943 : f64[] @ models/lib/nn.yaml:89:7
%6948 = sub %6738, %6947 : f64[] @ models/lib/nn.yaml:89:7
%6949 = sqrt %6948 : f64[] @ models/lib/nn.yaml:89:7
%6950 = div %6738, %6949 : f64[] @ models/lib/nn.yaml:89:7
%6951 = sqrt %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6952 = cast %6950 : f32[] @ models/lib/nn.yaml:89:7
%6953 = broadcast %6952 : f32[16] @ models/lib/nn.yaml:89:7
%6954 = mul %6951, %6953 : f32[16] @ models/lib/nn.yaml:89:7
%6955 = add %6954, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%6956 = div %6938, %6955 : f32[16] @ models/lib/nn.yaml:89:7
%6957 = cast %6946 : f32[] @ models/lib/nn.yaml:89:7
%6958 = broadcast %6957 : f32[16] @ models/lib/nn.yaml:89:7
%6959 = mul %6956, %6958 : f32[16] @ models/lib/nn.yaml:89:7
%6960 = sub %10, %6959 : f32[16] @ models/lib/nn.yaml:89:7
%6961 = assign %10, %6960 : f32[16] @ models/lib/nn.yaml:89:7
%6962 = assign %6932, %6938 : f32[16] @ models/lib/nn.yaml:89:7
%6963 = assign %6933, %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6964 = assign %6934, %6935 : i64[] @ models/lib/nn.yaml:89:7
%6965 = mul %88, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%6966 = mul %6960, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = add %6965, %6966 : f32[16] @ models/lib/nn.yaml:89:7
%6968 = assign %88, %6967 : f32[16] @ models/lib/nn.yaml:89:7
%6969 = all_reduce_sum %6680 : f32[16] @ models/lib/nn.yaml:90:7
%6970 = mul %6969, %6969 : f32[16] @ models/lib/nn.yaml:90:7
%6971 = reduce_sum %6970 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6972 = sqrt %6971 : f32[] @ models/lib/nn.yaml:90:7
%6973 = cast %6972 : f64[] @ models/lib/nn.yaml:90:7
%6974 = add %6973, %6734 : f64[] @ models/lib/nn.yaml:90:7
%6975 = div %6736, %6974 : f64[] @ models/lib/nn.yaml:90:7
%6976 = lt %6975, %6738 : bool[] @ models/lib/nn.yaml:90:7
%6977 = cast %6975 : f32[] @ models/lib/nn.yaml:90:7
%6978 = broadcast %6977 : f32[16] @ models/lib/nn.yaml:90:7
%6979 = mul %6969, %6978 : f32[16] @ models/lib/nn.yaml:90:7
%6980 = broadcast %6976 : bool[16] @ models/lib/nn.yaml:90:7
%6981 = select %6980, %6979, %6969 : f32[16] @ models/lib/nn.yaml:90:7
%6982 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6983 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6984 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6985 = add %6984, %6748 : i64[] @ models/lib/nn.yaml:90:7
%6986 = mul %6981, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%6987 = mul %6982, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%6988 = add %6987, %6986 : f32[16] @ models/lib/nn.yaml:90:7
%6989 = mul %6981, %6981 : f32[16] @ models/lib/nn.yaml:90:7
%6990 = mul %6989, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%6991 = mul %6983, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%6992 = add %6991, %6990 : f32[16] @ models/lib/nn.yaml:90:7
%6993 = cast %6985 : f64[] @ models/lib/nn.yaml:90:7
%6994 = pow %6757, %6993 : f64[] @ models/lib/nn.yaml:90:7
%6995 = sub %6738, %6994 : f64[] @ models/lib/nn.yaml:90:7
%6996 = div %4159, %6995 : f64[] @ models/lib/nn.yaml:90:7
%6997 = pow %6765, %6993 : f64[] @ models/lib/nn.yaml:90:7
%6998 = sub %6738, %6997 : f64[] @ models/lib/nn.yaml:90:7
%6999 = sqrt %6998 : f64[] @ models/lib/nn.yaml:90:7
%7000 = div %6738, %6999 : f64[] @ models/lib/nn.yaml:90:7
%7001 = sqrt %6992 : f32[16] @ models/lib/nn.yaml:90:7
%7002 = cast %7000 : f32[] @ models/lib/nn.yaml:90:7
%7003 = broadcast %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7004 = mul %7001, %7003 : f32[16] @ models/lib/nn.yaml:90:7
%7005 = add %7004, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%7006 = div %6988, %7005 : f32[16] @ models/lib/nn.yaml:90:7
%7007 = cast %6996 : f32[] @ models/lib/nn.yaml:90:7
%7008 = broadcast %7007 : f32[16] @ models/lib/nn.yaml:90:7
%7009 = mul %7006, %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = sub %11, %7009 : f32[16] @ models/lib/nn.yaml:90:7
%7011 = assign %11, %7010 : f32[16] @ models/lib/nn.yaml:90:7
%7012 = assign %6982, %6988 : f32[16] @ models/lib/nn.yaml:90:7
%7013 = assign %6983, %6992 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = assign %6984, %6985 : i64[] @ models/lib/nn.yaml:90:7
%7015 = mul %89, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = mul %7010, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%7017 = add %7015, %7016 : f32[16] @ models/lib/nn.yaml:90:7
%7018 = assign %89, %7017 : f32[16] @ models/lib/nn.yaml:90:7
%7019 = all_reduce_sum %6675 : f32[48,16] @ models/lib/nn.yaml:79:7
%7020 = reshape %7019 : f32[768] @ models/lib/nn.yaml:79:7
%7021 = mul %7020, %7020 : f32[768] @ models/lib/nn.yaml:79:7
%7022 = reduce_sum %7021 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7023 = sqrt %7022 : f32[] @ models/lib/nn.yaml:79:7
%7024 = cast %7023 : f64[] @ models/lib/nn.yaml:79:7
%7025 = add %7024, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7026 = div %6736, %7025 : f64[] @ models/lib/nn.yaml:79:7
%7027 = lt %7026, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7028 = cast %7026 : f32[] @ models/lib/nn.yaml:79:7
%7029 = broadcast %7028 : f32[48,16] @ models/lib/nn.yaml:79:7
%7030 = mul %7019, %7029 : f32[48,16] @ models/lib/nn.yaml:79:7
%7031 = broadcast %7027 : bool[48,16] @ models/lib/nn.yaml:79:7
%7032 = select %7031, %7030, %7019 : f32[48,16] @ models/lib/nn.yaml:79:7
%7033 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7034 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7035 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7036 = add %7035, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7037 = broadcast %6752 : f32[48,16] @ models/lib/nn.yaml:79:7
%7038 = mul %12, %7037 : f32[48,16] @ models/lib/nn.yaml:79:7
%7039 = broadcast %3852 : f32[48,16] @ models/lib/nn.yaml:79:7
%7040 = mul %7032, %7039 : f32[48,16] @ models/lib/nn.yaml:79:7
%7041 = broadcast %2640 : f32[48,16] @ models/lib/nn.yaml:79:7
%7042 = mul %7033, %7041 : f32[48,16] @ models/lib/nn.yaml:79:7
%7043 = add %7042, %7040 : f32[48,16] @ models/lib/nn.yaml:79:7
%7044 = mul %7032, %7032 : f32[48,16] @ models/lib/nn.yaml:79:7
%7045 = broadcast %6762 : f32[48,16] @ models/lib/nn.yaml:79:7
%7046 = mul %7044, %7045 : f32[48,16] @ models/lib/nn.yaml:79:7
%7047 = broadcast %6766 : f32[48,16] @ models/lib/nn.yaml:79:7
%7048 = mul %7034, %7047 : f32[48,16] @ models/lib/nn.yaml:79:7
%7049 = add %7048, %7046 : f32[48,16] @ models/lib/nn.yaml:79:7
%7050 = cast %7036 : f64[] @ models/lib/nn.yaml:79:7
%7051 = pow %6757, %7050 : f64[] @ models/lib/nn.yaml:79:7
%7052 = sub %6738, %7051 : f64[] @ models/lib/nn.yaml:79:7
%7053 = div %4159, %7052 : f64[] @ models/lib/nn.yaml:79:7
%7054 = pow %6765, %7050 : f64[] @ models/lib/nn.yaml:79:7
%7055 = sub %6738, %7054 : f64[] @ models/lib/nn.yaml:79:7
%7056 = sqrt %7055 : f64[] @ models/lib/nn.yaml:79:7
%7057 = div %6738, %7056 : f64[] @ models/lib/nn.yaml:79:7
%7058 = sqrt %7049 : f32[48,16] @ models/lib/nn.yaml:79:7
%7059 = cast %7057 : f32[] @ models/lib/nn.yaml:79:7
%7060 = broadcast %7059 : f32[48,16] @ models/lib/nn.yaml:79:7
%7061 = mul %7058, %7060 : f32[48,16] @ models/lib/nn.yaml:79:7
%7062 = broadcast %6782 : f32[48,16] @ models/lib/nn.yaml:79:7
%7063 = add %7061, %7062 : f32[48,16] @ models/lib/nn.yaml:79:7
%7064 = div %7043, %7063 : f32[48,16] @ models/lib/nn.yaml:79:7
%7065 = cast %7053 : f32[] @ models/lib/nn.yaml:79:7
%7066 = broadcast %7065 : f32[48,16] @ models/lib/nn.yaml:79:7
%7067 = mul %7064, %7066 : f32[48,16] @ models/lib/nn.yaml:79:7
%7068 = sub %7038, %7067 : f32[48,16] @ models/lib/nn.yaml:79:7
%7069 = assign %12, %7068 : f32[48,16] @ models/lib/nn.yaml:79:7
%7070 = assign %7033, %7043 : f32[48,16] @ models/lib/nn.yaml:79:7
%7071 = assign %7034, %7049 : f32[48,16] @ models/lib/nn.yaml:79:7
%7072 = assign %7035, %7036 : i64[] @ models/lib/nn.yaml:79:7
%7073 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%7074 = mul %90, %7073 : f32[48,16] @ models/lib/nn.yaml:79:7
%7075 = broadcast %6797 : f32[48,16] @ models/lib/nn.yaml:79:7
%7076 = mul %7068, %7075 : f32[48,16] @ models/lib/nn.yaml:79:7
%7077 = add %7074, %7076 : f32[48,16] @ models/lib/nn.yaml:79:7
%7078 = assign %90, %7077 : f32[48,16] @ models/lib/nn.yaml:79:7
%7079 = all_reduce_sum %6666 : f32[48] @ models/lib/nn.yaml:80:7
%7080 = mul %7079, %7079 : f32[48] @ models/lib/nn.yaml:80:7
%7081 = reduce_sum %7080 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7082 = sqrt %7081 : f32[] @ models/lib/nn.yaml:80:7
%7083 = cast %7082 : f64[] @ models/lib/nn.yaml:80:7
%7084 = add %7083, %6734 : f64[] @ models/lib/nn.yaml:80:7
%7085 = div %6736, %7084 : f64[] @ models/lib/nn.yaml:80:7
%7086 = lt %7085, %6738 : bool[] @ models/lib/nn.yaml:80:7
%7087 = cast %7085 : f32[] @ models/lib/nn.yaml:80:7
%7088 = broadcast %7087 : f32[48] @ models/lib/nn.yaml:80:7
%7089 = mul %7079, %7088 : f32[48] @ models/lib/nn.yaml:80:7
%7090 = broadcast %7086 : bool[48] @ models/lib/nn.yaml:80:7
%7091 = select %7090, %7089, %7079 : f32[48] @ models/lib/nn.yaml:80:7
%7092 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7093 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7094 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7095 = add %7094, %6748 : i64[] @ models/lib/nn.yaml:80:7
%7096 = broadcast %3852 : f32[48] @ models/lib/nn.yaml:80:7
%7097 = mul %7091, %7096 : f32[48] @ models/lib/nn.yaml:80:7
%7098 = broadcast %2640 : f32[48] @ models/lib/nn.yaml:80:7
%7099 = mul %7092, %7098 : f32[48] @ models/lib/nn.yaml:80:7
%7100 = add %7099, %7097 : f32[48] @ models/lib/nn.yaml:80:7
%7101 = mul %7091, %7091 : f32[48] @ models/lib/nn.yaml:80:7
%7102 = broadcast %6762 : f32[48] @ models/lib/nn.yaml:80:7
%7103 = mul %7101, %7102 : f32[48] @ models/lib/nn.yaml:80:7
%7104 = broadcast %6766 : f32[48] @ models/lib/nn.yaml:80:7
%7105 = mul %7093, %7104 : f32[48] @ models/lib/nn.yaml:80:7
%7106 = add %7105, %7103 : f32[48] @ models/lib/nn.yaml:80:7
%7107 = cast %7095 : f64[] @ models/lib/nn.yaml:80:7
%7108 = pow %6757, %7107 : f64[] @ models/lib/nn.yaml:80:7
%7109 = sub %6738, %7108 : f64[] @ models/lib/nn.yaml:80:7
%7110 = div %4159, %7109 : f64[] @ models/lib/nn.yaml:80:7
%7111 = pow %6765, %7107 : f64[] @ models/lib/nn.yaml:80:7
%7112 = sub %6738, %7111 : f64[] @ models/lib/nn.yaml:80:7
%7113 = sqrt %7112 : f64[] @ models/lib/nn.yaml:80:7
%7114 = div %6738, %7113 : f64[] @ models/lib/nn.yaml:80:7
%7115 = sqrt %7106 : f32[48] @ models/lib/nn.yaml:80:7
%7116 = cast %7114 : f32[] @ models/lib/nn.yaml:80:7
%7117 = broadcast %7116 : f32[48] @ models/lib/nn.yaml:80:7
%7118 = mul %7115, %7117 : f32[48] @ models/lib/nn.yaml:80:7
%7119 = broadcast %6782 : f32[48] @ models/lib/nn.yaml:80:7
%7120 = add %7118, %7119 : f32[48] @ models/lib/nn.yaml:80:7
%7121 = div %7100, %7120 : f32[48] @ models/lib/nn.yaml:80:7
%7122 = cast %7110 : f32[] @ models/lib/nn.yaml:80:7
%7123 = broadcast %7122 : f32[48] @ models/lib/nn.yaml:80:7
%7124 = mul %7121, %7123 : f32[48] @ models/lib/nn.yaml:80:7
%7125 = sub %13, %7124 : f32[48] @ models/lib/nn.yaml:80:7
%7126 = assign %13, %7125 : f32[48] @ models/lib/nn.yaml:80:7
%7127 = assign %7092, %7100 : f32[48] @ models/lib/nn.yaml:80:7
%7128 = assign %7093, %7106 : f32[48] @ models/lib/nn.yaml:80:7
%7129 = assign %7094, %7095 : i64[] @ models/lib/nn.yaml:80:7
%7130 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%7131 = mul %91, %7130 : f32[48] @ models/lib/nn.yaml:80:7
%7132 = broadcast %6797 : f32[48] @ models/lib/nn.yaml:80:7
%7133 = mul %7125, %7132 : f32[48] @ models/lib/nn.yaml:80:7
%7134 = add %7131, %7133 : f32[48] @ models/lib/nn.yaml:80:7
%7135 = assign %91, %7134 : f32[48] @ models/lib/nn.yaml:80:7
%7136 = all_reduce_sum %6561 : f32[16,16] @ models/lib/nn.yaml:79:7
%7137 = reshape %7136 : f32[256] @ models/lib/nn.yaml:79:7
%7138 = mul %7137, %7137 : f32[256] @ models/lib/nn.yaml:79:7
%7139 = reduce_sum %7138 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7140 = sqrt %7139 : f32[] @ models/lib/nn.yaml:79:7
%7141 = cast %7140 : f64[] @ models/lib/nn.yaml:79:7
%7142 = add %7141, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7143 = div %6736, %7142 : f64[] @ models/lib/nn.yaml:79:7
%7144 = lt %7143, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7145 = cast %7143 : f32[] @ models/lib/nn.yaml:79:7
%7146 = broadcast %7145 : f32[16,16] @ models/lib/nn.yaml:79:7
%7147 = mul %7136, %7146 : f32[16,16] @ models/lib/nn.yaml:79:7
%7148 = broadcast %7144 : bool[16,16] @ models/lib/nn.yaml:79:7
%7149 = select %7148, %7147, %7136 : f32[16,16] @ models/lib/nn.yaml:79:7
%7150 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7151 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7152 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7153 = add %7152, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7154 = broadcast %6752 : f32[16,16] @ models/lib/nn.yaml:79:7
%7155 = mul %14, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%7156 = broadcast %3852 : f32[16,16] @ models/lib/nn.yaml:79:7
%7157 = mul %7149, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%7158 = broadcast %2640 : f32[16,16] @ models/lib/nn.yaml:79:7
%7159 = mul %7150, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%7160 = add %7159, %7157 : f32[16,16] @ models/lib/nn.yaml:79:7
%7161 = mul %7149, %7149 : f32[16,16] @ models/lib/nn.yaml:79:7
%7162 = broadcast %6762 : f32[16,16] @ models/lib/nn.yaml:79:7
%7163 = mul %7161, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%7164 = broadcast %6766 : f32[16,16] @ models/lib/nn.yaml:79:7
%7165 = mul %7151, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7166 = add %7165, %7163 : f32[16,16] @ models/lib/nn.yaml:79:7
%7167 = cast %7153 : f64[] @ models/lib/nn.yaml:79:7
%7168 = pow %6757, %7167 : f64[] @ models/lib/nn.yaml:79:7
%7169 = sub %6738, %7168 : f64[] @ models/lib/nn.yaml:79:7
%7170 = div %4159, %7169 : f64[] @ models/lib/nn.yaml:79:7
%7171 = pow %6765, %7167 : f64[] @ models/lib/nn.yaml:79:7
%7172 = sub %6738, %7171 : f64[] @ models/lib/nn.yaml:79:7
%7173 = sqrt %7172 : f64[] @ models/lib/nn.yaml:79:7
%7174 = div %6738, %7173 : f64[] @ models/lib/nn.yaml:79:7
%7175 = sqrt %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%7176 = cast %7174 : f32[] @ models/lib/nn.yaml:79:7
%7177 = broadcast %7176 : f32[16,16] @ models/lib/nn.yaml:79:7
%7178 = mul %7175, %7177 : f32[16,16] @ models/lib/nn.yaml:79:7
%7179 = broadcast %6782 : f32[16,16] @ models/lib/nn.yaml:79:7
%7180 = add %7178, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%7181 = div %7160, %7180 : f32[16,16] @ models/lib/nn.yaml:79:7
%7182 = cast %7170 : f32[] @ models/lib/nn.yaml:79:7
%7183 = broadcast %7182 : f32[16,16] @ models/lib/nn.yaml:79:7
%7184 = mul %7181, %7183 : f32[16,16] @ models/lib/nn.yaml:79:7
%7185 = sub %7155, %7184 : f32[16,16] @ models/lib/nn.yaml:79:7
%7186 = assign %14, %7185 : f32[16,16] @ models/lib/nn.yaml:79:7
%7187 = assign %7150, %7160 : f32[16,16] @ models/lib/nn.yaml:79:7
%7188 = assign %7151, %7166 : f32[16,16] @ models/lib/nn.yaml:79:7
%7189 = assign %7152, %7153 : i64[] @ models/lib/nn.yaml:79:7
%7190 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%7191 = mul %92, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%7192 = broadcast %6797 : f32[16,16] @ models/lib/nn.yaml:79:7
%7193 = mul %7185, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7194 = add %7191, %7193 : f32[16,16] @ models/lib/nn.yaml:79:7
%7195 = assign %92, %7194 : f32[16,16] @ models/lib/nn.yaml:79:7
%7196 = all_reduce_sum %6553 : f32[16] @ models/lib/nn.yaml:80:7
%7197 = mul %7196, %7196 : f32[16] @ models/lib/nn.yaml:80:7
%7198 = reduce_sum %7197 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7199 = sqrt %7198 : f32[] @ models/lib/nn.yaml:80:7
%7200 = cast %7199 : f64[] @ models/lib/nn.yaml:80:7
%7201 = add %7200, %6734 : f64[] @ models/lib/nn.yaml:80:7
%7202 = div %6736, %7201 : f64[] @ models/lib/nn.yaml:80:7
%7203 = lt %7202, %6738 : bool[] @ models/lib/nn.yaml:80:7
%7204 = cast %7202 : f32[] @ models/lib/nn.yaml:80:7
%7205 = broadcast %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7206 = mul %7196, %7205 : f32[16] @ models/lib/nn.yaml:80:7
%7207 = broadcast %7203 : bool[16] @ models/lib/nn.yaml:80:7
%7208 = select %7207, %7206, %7196 : f32[16] @ models/lib/nn.yaml:80:7
%7209 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7210 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7211 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7212 = add %7211, %6748 : i64[] @ models/lib/nn.yaml:80:7
%7213 = mul %7208, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%7214 = mul %7209, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%7215 = add %7214, %7213 : f32[16] @ models/lib/nn.yaml:80:7
%7216 = mul %7208, %7208 : f32[16] @ models/lib/nn.yaml:80:7
%7217 = mul %7216, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%7218 = mul %7210, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%7219 = add %7218, %7217 : f32[16] @ models/lib/nn.yaml:80:7
%7220 = cast %7212 : f64[] @ models/lib/nn.yaml:80:7
%7221 = pow %6757, %7220 : f64[] @ models/lib/nn.yaml:80:7
%7222 = sub %6738, %7221 : f64[] @ models/lib/nn.yaml:80:7
%7223 = div %4159, %7222 : f64[] @ models/lib/nn.yaml:80:7
%7224 = pow %6765, %7220 : f64[] @ models/lib/nn.yaml:80:7
%7225 = sub %6738, %7224 : f64[] @ models/lib/nn.yaml:80:7
%7226 = sqrt %7225 : f64[] @ models/lib/nn.yaml:80:7
%7227 = div %6738, %7226 : f64[] @ models/lib/nn.yaml:80:7
%7228 = sqrt %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7229 = cast %7227 : f32[] @ models/lib/nn.yaml:80:7
%7230 = broadcast %7229 : f32[16] @ models/lib/nn.yaml:80:7
%7231 = mul %7228, %7230 : f32[16] @ models/lib/nn.yaml:80:7
%7232 = add %7231, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%7233 = div %7215, %7232 : f32[16] @ models/lib/nn.yaml:80:7
%7234 = cast %7223 : f32[] @ models/lib/nn.yaml:80:7
%7235 = broadcast %7234 : f32[16] @ models/lib/nn.yaml:80:7
%7236 = mul %7233, %7235 : f32[16] @ models/lib/nn.yaml:80:7
%7237 = sub %15, %7236 : f32[16] @ models/lib/nn.yaml:80:7
%7238 = assign %15, %7237 : f32[16] @ models/lib/nn.yaml:80:7
%7239 = assign %7209, %7215 : f32[16] @ models/lib/nn.yaml:80:7
%7240 = assign %7210, %7219 : f32[16] @ models/lib/nn.yaml:80:7
%7241 = assign %7211, %7212 : i64[] @ models/lib/nn.yaml:80:7
%7242 = mul %93, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%7243 = mul %7237, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%7244 = add %7242, %7243 : f32[16] @ models/lib/nn.yaml:80:7
%7245 = assign %93, %7244 : f32[16] @ models/lib/nn.yaml:80:7
%7246 = all_reduce_sum %6526 : f32[16] @ models/lib/nn.yaml:89:7
%7247 = mul %7246, %7246 : f32[16] @ models/lib/nn.yaml:89:7
%7248 = reduce_sum %7247 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7249 = sqrt %7248 : f32[] @ models/lib/nn.yaml:89:7
%7250 = cast %7249 : f64[] @ models/lib/nn.yaml:89:7
%7251 = add %7250, %6734 : f64[] @ models/lib/nn.yaml:89:7
%7252 = div %6736, %7251 : f64[] @ models/lib/nn.yaml:89:7
%7253 = lt %7252, %6738 : bool[] @ models/lib/nn.yaml:89:7
%7254 = cast %7252 : f32[] @ models/lib/nn.yaml:89:7
%7255 = broadcast %7254 : f32[16] @ models/lib/nn.yaml:89:7
%7256 = mul %7246, %7255 : f32[16] @ models/lib/nn.yaml:89:7
%7257 = broadcast %7253 : bool[16] @ models/lib/nn.yaml:89:7
%7258 = select %7257, %7256, %7246 : f32[16] @ models/lib/nn.yaml:89:7
%7259 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7260 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7261 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7262 = add %7261, %6748 : i64[] @ models/lib/nn.yaml:89:7
%7263 = mul %7258, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%7264 = mul %7259, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%7265 = add %7264, %7263 : f32[16] @ models/lib/nn.yaml:89:7
%7266 = mul %7258, %7258 : f32[16] @ models/lib/nn.yaml:89:7
%7267 = mul %7266, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%7268 = mul %7260, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%7269 = add %7268, %7267 : f32[16] @ models/lib/nn.yaml:89:7
%7270 = cast %7262 : f64[] @ models/lib/nn.yaml:89:7
%7271 = pow %6757, %7270 : f64[] @ models/lib/nn.yaml:89:7
%7272 = sub %6738, %7271 : f64[] @ models/lib/nn.yaml:89:7
%7273 = div %4159, %7272 : f64[] @ models/lib/nn.yaml:89:7
%7274 = pow %6765, %7270 : f64[] @ models/lib/nn.yaml:89:7
%7275 = sub %6738, %7274 : f64[] @ models/lib/nn.yaml:89:7
%7276 = sqrt %7275 : f64[] @ models/lib/nn.yaml:89:7
%7277 = div %6738, %7276 : f64[] @ models/lib/nn.yaml:89:7
%7278 = sqrt %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7279 = cast %7277 : f32[] @ models/lib/nn.yaml:89:7
%7280 = broadcast %7279 : f32[16] @ models/lib/nn.yaml:89:7
%7281 = mul %7278, %7280 : f32[16] @ models/lib/nn.yaml:89:7
%7282 = add %7281, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%7283 = div %7265, %7282 : f32[16] @ models/lib/nn.yaml:89:7
%7284 = cast %7273 : f32[] @ models/lib/nn.yaml:89:7
%7285 = broadcast %7284 : f32[16] @ models/lib/nn.yaml:89:7
%7286 = mul %7283, %7285 : f32[16] @ models/lib/nn.yaml:89:7
%7287 = sub %16, %7286 : f32[16] @ models/lib/nn.yaml:89:7
%7288 = assign %16, %7287 : f32[16] @ models/lib/nn.yaml:89:7
%7289 = assign %7259, %7265 : f32[16] @ models/lib/nn.yaml:89:7
%7290 = assign %7260, %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7291 = assign %7261, %7262 : i64[] @ models/lib/nn.yaml:89:7
%7292 = mul %94, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%7293 = mul %7287, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%7294 = add %7292, %7293 : f32[16] @ models/lib/nn.yaml:89:7
%7295 = assign %94, %7294 : f32[16] @ models/lib/nn.yaml:89:7
%7296 = all_reduce_sum %6519 : f32[16] @ models/lib/nn.yaml:90:7
%7297 = mul %7296, %7296 : f32[16] @ models/lib/nn.yaml:90:7
%7298 = reduce_sum %7297 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7299 = sqrt %7298 : f32[] @ models/lib/nn.yaml:90:7
%7300 = cast %7299 : f64[] @ models/lib/nn.yaml:90:7
%7301 = add %7300, %6734 : f64[] @ models/lib/nn.yaml:90:7
%7302 = div %6736, %7301 : f64[] @ models/lib/nn.yaml:90:7
%7303 = lt %7302, %6738 : bool[] @ models/lib/nn.yaml:90:7
%7304 = cast %7302 : f32[] @ models/lib/nn.yaml:90:7
%7305 = broadcast %7304 : f32[16] @ models/lib/nn.yaml:90:7
%7306 = mul %7296, %7305 : f32[16] @ models/lib/nn.yaml:90:7
%7307 = broadcast %7303 : bool[16] @ models/lib/nn.yaml:90:7
%7308 = select %7307, %7306, %7296 : f32[16] @ models/lib/nn.yaml:90:7
%7309 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7310 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7311 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7312 = add %7311, %6748 : i64[] @ models/lib/nn.yaml:90:7
%7313 = mul %7308, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%7314 = mul %7309, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%7315 = add %7314, %7313 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = mul %7308, %7308 : f32[16] @ models/lib/nn.yaml:90:7
%7317 = mul %7316, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%7318 = mul %7310, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%7319 = add %7318, %7317 : f32[16] @ models/lib/nn.yaml:90:7
%7320 = cast %7312 : f64[] @ models/lib/nn.yaml:90:7
%7321 = pow %6757, %7320 : f64[] @ models/lib/nn.yaml:90:7
%7322 = sub %6738, %7321 : f64[] @ models/lib/nn.yaml:90:7
%7323 = div %4159, %7322 : f64[] @ models/lib/nn.yaml:90:7
%7324 = pow %6765, %7320 : f64[] @ models/lib/nn.yaml:90:7
%7325 = sub %6738, %7324 : f64[] @ models/lib/nn.yaml:90:7
%7326 = sqrt %7325 : f64[] @ models/lib/nn.yaml:90:7
%7327 = div %6738, %7326 : f64[] @ models/lib/nn.yaml:90:7
%7328 = sqrt %7319 : f32[16] @ models/lib/nn.yaml:90:7
%7329 = cast %7327 : f32[] @ models/lib/nn.yaml:90:7
%7330 = broadcast %7329 : f32[16] @ models/lib/nn.yaml:90:7
%7331 = mul %7328, %7330 : f32[16] @ models/lib/nn.yaml:90:7
%7332 = add %7331, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%7333 = div %7315, %7332 : f32[16] @ models/lib/nn.yaml:90:7
%7334 = cast %7323 : f32[] @ models/lib/nn.yaml:90:7
%7335 = broadcast %7334 : f32[16] @ models/lib/nn.yaml:90:7
%7336 = mul %7333, %7335 : f32[16] @ models/lib/nn.yaml:90:7
%7337 = sub %17, %7336 : f32[16] @ models/lib/nn.yaml:90:7
%7338 = assign %17, %7337 : f32[16] @ models/lib/nn.yaml:90:7
%7339 = assign %7309, %7315 : f32[16] @ models/lib/nn.yaml:90:7
%7340 = assign %7310, %7319 : f32[16] @ models/lib/nn.yaml:90:7
%7341 = assign %7311, %7312 : i64[] @ models/lib/nn.yaml:90:7
%7342 = mul %95, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%7343 = mul %7337, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%7344 = add %7342, %7343 : f32[16] @ models/lib/nn.yaml:90:7
%7345 = assign %95, %7344 : f32[16] @ models/lib/nn.yaml:90:7
%7346 = all_reduce_sum %6514 : f32[64,16] @ models/lib/nn.yaml:79:7
%7347 = reshape %7346 : f32[1024] @ models/lib/nn.yaml:79:7
%7348 = mul %7347, %7347 : f32[1024] @ models/lib/nn.yaml:79:7
%7349 = reduce_sum %7348 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7350 = sqrt %7349 : f32[] @ models/lib/nn.yaml:79:7
%7351 = cast %7350 : f64[] @ models/lib/nn.yaml:79:7
%7352 = add %7351, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7353 = div %6736, %7352 : f64[] @ models/lib/nn.yaml:79:7
%7354 = lt %7353, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7355 = cast %7353 : f32[] @ models/lib/nn.yaml:79:7
%7356 = broadcast %7355 : f32[64,16] @ models/lib/nn.yaml:79:7
%7357 = mul %7346, %7356 : f32[64,16] @ models/lib/nn.yaml:79:7
%7358 = broadcast %7354 : bool[64,16] @ models/lib/nn.yaml:79:7
%7359 = select %7358, %7357, %7346 : f32[64,16] @ models/lib/nn.yaml:79:7
%7360 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7361 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7362 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7363 = add %7362, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7364 = broadcast %6752 : f32[64,16] @ models/lib/nn.yaml:79:7
%7365 = mul %18, %7364 : f32[64,16] @ models/lib/nn.yaml:79:7
%7366 = broadcast %3852 : f32[64,16] @ models/lib/nn.yaml:79:7
%7367 = mul %7359, %7366 : f32[64,16] @ models/lib/nn.yaml:79:7
%7368 = broadcast %2640 : f32[64,16] @ models/lib/nn.yaml:79:7
%7369 = mul %7360, %7368 : f32[64,16] @ models/lib/nn.yaml:79:7
%7370 = add %7369, %7367 : f32[64,16] @ models/lib/nn.yaml:79:7
%7371 = mul %7359, %7359 : f32[64,16] @ models/lib/nn.yaml:79:7
%7372 = broadcast %6762 : f32[64,16] @ models/lib/nn.yaml:79:7
%7373 = mul %7371, %7372 : f32[64,16] @ models/lib/nn.yaml:79:7
%7374 = broadcast %6766 : f32[64,16] @ models/lib/nn.yaml:79:7
%7375 = mul %7361, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%7376 = add %7375, %7373 : f32[64,16] @ models/lib/nn.yaml:79:7
%7377 = cast %7363 : f64[] @ models/lib/nn.yaml:79:7
%7378 = pow %6757, %7377 : f64[] @ models/lib/nn.yaml:79:7
%7379 = sub %6738, %7378 : f64[] @ models/lib/nn.yaml:79:7
%7380 = div %4159, %7379 : f64[] @ models/lib/nn.yaml:79:7
%7381 = pow %6765, %7377 : f64[] @ models/lib/nn.yaml:79:7
%7382 = sub %6738, %7381 : f64[] @ models/lib/nn.yaml:79:7
%7383 = sqrt %7382 : f64[] @ models/lib/nn.yaml:79:7
%7384 = div %6738, %7383 : f64[] @ models/lib/nn.yaml:79:7
%7385 = sqrt %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%7386 = cast %7384 : f32[] @ models/lib/nn.yaml:79:7
%7387 = broadcast %7386 : f32[64,16] @ models/lib/nn.yaml:79:7
%7388 = mul %7385, %7387 : f32[64,16] @ models/lib/nn.yaml:79:7
%7389 = broadcast %6782 : f32[64,16] @ models/lib/nn.yaml:79:7
%7390 = add %7388, %7389 : f32[64,16] @ models/lib/nn.yaml:79:7
%7391 = div %7370, %7390 : f32[64,16] @ models/lib/nn.yaml:79:7
%7392 = cast %7380 : f32[] @ models/lib/nn.yaml:79:7
%7393 = broadcast %7392 : f32[64,16] @ models/lib/nn.yaml:79:7
%7394 = mul %7391, %7393 : f32[64,16] @ models/lib/nn.yaml:79:7
%7395 = sub %7365, %7394 : f32[64,16] @ models/lib/nn.yaml:79:7
%7396 = assign %18, %7395 : f32[64,16] @ models/lib/nn.yaml:79:7
%7397 = assign %7360, %7370 : f32[64,16] @ models/lib/nn.yaml:79:7
%7398 = assign %7361, %7376 : f32[64,16] @ models/lib/nn.yaml:79:7
%7399 = assign %7362, %7363 : i64[] @ models/lib/nn.yaml:79:7
%7400 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%7401 = mul %96, %7400 : f32[64,16] @ models/lib/nn.yaml:79:7
%7402 = broadcast %6797 : f32[64,16] @ models/lib/nn.yaml:79:7
%7403 = mul %7395, %7402 : f32[64,16] @ models/lib/nn.yaml:79:7
%7404 = add %7401, %7403 : f32[64,16] @ models/lib/nn.yaml:79:7
%7405 = assign %96, %7404 : f32[64,16] @ models/lib/nn.yaml:79:7
%7406 = all_reduce_sum %6506 : f32[64] @ models/lib/nn.yaml:80:7
%7407 = mul %7406, %7406 : f32[64] @ models/lib/nn.yaml:80:7
%7408 = reduce_sum %7407 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7409 = sqrt %7408 : f32[] @ models/lib/nn.yaml:80:7
%7410 = cast %7409 : f64[] @ models/lib/nn.yaml:80:7
%7411 = add %7410, %6734 : f64[] @ models/lib/nn.yaml:80:7
%7412 = div %6736, %7411 : f64[] @ models/lib/nn.yaml:80:7
%7413 = lt %7412, %6738 : bool[] @ models/lib/nn.yaml:80:7
%7414 = cast %7412 : f32[] @ models/lib/nn.yaml:80:7
%7415 = broadcast %7414 : f32[64] @ models/lib/nn.yaml:80:7
%7416 = mul %7406, %7415 : f32[64] @ models/lib/nn.yaml:80:7
%7417 = broadcast %7413 : bool[64] @ models/lib/nn.yaml:80:7
%7418 = select %7417, %7416, %7406 : f32[64] @ models/lib/nn.yaml:80:7
%7419 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7420 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7421 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7422 = add %7421, %6748 : i64[] @ models/lib/nn.yaml:80:7
%7423 = broadcast %3852 : f32[64] @ models/lib/nn.yaml:80:7
%7424 = mul %7418, %7423 : f32[64] @ models/lib/nn.yaml:80:7
%7425 = broadcast %2640 : f32[64] @ models/lib/nn.yaml:80:7
%7426 = mul %7419, %7425 : f32[64] @ models/lib/nn.yaml:80:7
%7427 = add %7426, %7424 : f32[64] @ models/lib/nn.yaml:80:7
%7428 = mul %7418, %7418 : f32[64] @ models/lib/nn.yaml:80:7
%7429 = broadcast %6762 : f32[64] @ models/lib/nn.yaml:80:7
%7430 = mul %7428, %7429 : f32[64] @ models/lib/nn.yaml:80:7
%7431 = broadcast %6766 : f32[64] @ models/lib/nn.yaml:80:7
%7432 = mul %7420, %7431 : f32[64] @ models/lib/nn.yaml:80:7
%7433 = add %7432, %7430 : f32[64] @ models/lib/nn.yaml:80:7
%7434 = cast %7422 : f64[] @ models/lib/nn.yaml:80:7
%7435 = pow %6757, %7434 : f64[] @ models/lib/nn.yaml:80:7
%7436 = sub %6738, %7435 : f64[] @ models/lib/nn.yaml:80:7
%7437 = div %4159, %7436 : f64[] @ models/lib/nn.yaml:80:7
%7438 = pow %6765, %7434 : f64[] @ models/lib/nn.yaml:80:7
%7439 = sub %6738, %7438 : f64[] @ models/lib/nn.yaml:80:7
%7440 = sqrt %7439 : f64[] @ models/lib/nn.yaml:80:7
%7441 = div %6738, %7440 : f64[] @ models/lib/nn.yaml:80:7
%7442 = sqrt %7433 : f32[64] @ models/lib/nn.yaml:80:7
%7443 = cast %7441 : f32[] @ models/lib/nn.yaml:80:7
%7444 = broadcast %7443 : f32[64] @ models/lib/nn.yaml:80:7
%7445 = mul %7442, %7444 : f32[64] @ models/lib/nn.yaml:80:7
%7446 = broadcast %6782 : f32[64] @ models/lib/nn.yaml:80:7
%7447 = add %7445, %7446 : f32[64] @ models/lib/nn.yaml:80:7
%7448 = div %7427, %7447 : f32[64] @ models/lib/nn.yaml:80:7
%7449 = cast %7437 : f32[] @ models/lib/nn.yaml:80:7
%7450 = broadcast %7449 : f32[64] @ models/lib/nn.yaml:80:7
%7451 = mul %7448, %7450 : f32[64] @ models/lib/nn.yaml:80:7
%7452 = sub %19, %7451 : f32[64] @ models/lib/nn.yaml:80:7
%7453 = assign %19, %7452 : f32[64] @ models/lib/nn.yaml:80:7
%7454 = assign %7419, %7427 : f32[64] @ models/lib/nn.yaml:80:7
%7455 = assign %7420, %7433 : f32[64] @ models/lib/nn.yaml:80:7
%7456 = assign %7421, %7422 : i64[] @ models/lib/nn.yaml:80:7
%7457 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%7458 = mul %97, %7457 : f32[64] @ models/lib/nn.yaml:80:7
%7459 = broadcast %6797 : f32[64] @ models/lib/nn.yaml:80:7
%7460 = mul %7452, %7459 : f32[64] @ models/lib/nn.yaml:80:7
%7461 = add %7458, %7460 : f32[64] @ models/lib/nn.yaml:80:7
%7462 = assign %97, %7461 : f32[64] @ models/lib/nn.yaml:80:7
%7463 = all_reduce_sum %6478 : f32[16,64] @ models/lib/nn.yaml:79:7
%7464 = reshape %7463 : f32[1024] @ models/lib/nn.yaml:79:7
%7465 = mul %7464, %7464 : f32[1024] @ models/lib/nn.yaml:79:7
%7466 = reduce_sum %7465 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7467 = sqrt %7466 : f32[] @ models/lib/nn.yaml:79:7
%7468 = cast %7467 : f64[] @ models/lib/nn.yaml:79:7
%7469 = add %7468, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7470 = div %6736, %7469 : f64[] @ models/lib/nn.yaml:79:7
%7471 = lt %7470, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7472 = cast %7470 : f32[] @ models/lib/nn.yaml:79:7
%7473 = broadcast %7472 : f32[16,64] @ models/lib/nn.yaml:79:7
%7474 = mul %7463, %7473 : f32[16,64] @ models/lib/nn.yaml:79:7
%7475 = broadcast %7471 : bool[16,64] @ models/lib/nn.yaml:79:7
%7476 = select %7475, %7474, %7463 : f32[16,64] @ models/lib/nn.yaml:79:7
%7477 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7478 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7479 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7480 = add %7479, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7481 = broadcast %6752 : f32[16,64] @ models/lib/nn.yaml:79:7
%7482 = mul %20, %7481 : f32[16,64] @ models/lib/nn.yaml:79:7
%7483 = broadcast %3852 : f32[16,64] @ models/lib/nn.yaml:79:7
%7484 = mul %7476, %7483 : f32[16,64] @ models/lib/nn.yaml:79:7
%7485 = broadcast %2640 : f32[16,64] @ models/lib/nn.yaml:79:7
%7486 = mul %7477, %7485 : f32[16,64] @ models/lib/nn.yaml:79:7
%7487 = add %7486, %7484 : f32[16,64] @ models/lib/nn.yaml:79:7
%7488 = mul %7476, %7476 : f32[16,64] @ models/lib/nn.yaml:79:7
%7489 = broadcast %6762 : f32[16,64] @ models/lib/nn.yaml:79:7
%7490 = mul %7488, %7489 : f32[16,64] @ models/lib/nn.yaml:79:7
%7491 = broadcast %6766 : f32[16,64] @ models/lib/nn.yaml:79:7
%7492 = mul %7478, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%7493 = add %7492, %7490 : f32[16,64] @ models/lib/nn.yaml:79:7
%7494 = cast %7480 : f64[] @ models/lib/nn.yaml:79:7
%7495 = pow %6757, %7494 : f64[] @ models/lib/nn.yaml:79:7
%7496 = sub %6738, %7495 : f64[] @ models/lib/nn.yaml:79:7
%7497 = div %4159, %7496 : f64[] @ models/lib/nn.yaml:79:7
%7498 = pow %6765, %7494 : f64[] @ models/lib/nn.yaml:79:7
%7499 = sub %6738, %7498 : f64[] @ models/lib/nn.yaml:79:7
%7500 = sqrt %7499 : f64[] @ models/lib/nn.yaml:79:7
%7501 = div %6738, %7500 : f64[] @ models/lib/nn.yaml:79:7
%7502 = sqrt %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%7503 = cast %7501 : f32[] @ models/lib/nn.yaml:79:7
%7504 = broadcast %7503 : f32[16,64] @ models/lib/nn.yaml:79:7
%7505 = mul %7502, %7504 : f32[16,64] @ models/lib/nn.yaml:79:7
%7506 = broadcast %6782 : f32[16,64] @ models/lib/nn.yaml:79:7
%7507 = add %7505, %7506 : f32[16,64] @ models/lib/nn.yaml:79:7
%7508 = div %7487, %7507 : f32[16,64] @ models/lib/nn.yaml:79:7
%7509 = cast %7497 : f32[] @ models/lib/nn.yaml:79:7
%7510 = broadcast %7509 : f32[16,64] @ models/lib/nn.yaml:79:7
%7511 = mul %7508, %7510 : f32[16,64] @ models/lib/nn.yaml:79:7
%7512 = sub %7482, %7511 : f32[16,64] @ models/lib/nn.yaml:79:7
%7513 = assign %20, %7512 : f32[16,64] @ models/lib/nn.yaml:79:7
%7514 = assign %7477, %7487 : f32[16,64] @ models/lib/nn.yaml:79:7
%7515 = assign %7478, %7493 : f32[16,64] @ models/lib/nn.yaml:79:7
%7516 = assign %7479, %7480 : i64[] @ models/lib/nn.yaml:79:7
%7517 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%7518 = mul %98, %7517 : f32[16,64] @ models/lib/nn.yaml:79:7
%7519 = broadcast %6797 : f32[16,64] @ models/lib/nn.yaml:79:7
%7520 = mul %7512, %7519 : f32[16,64] @ models/lib/nn.yaml:79:7
%7521 = add %7518, %7520 : f32[16,64] @ models/lib/nn.yaml:79:7
%7522 = assign %98, %7521 : f32[16,64] @ models/lib/nn.yaml:79:7
%7523 = all_reduce_sum %6470 : f32[16] @ models/lib/nn.yaml:80:7
%7524 = mul %7523, %7523 : f32[16] @ models/lib/nn.yaml:80:7
%7525 = reduce_sum %7524 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7526 = sqrt %7525 : f32[] @ models/lib/nn.yaml:80:7
%7527 = cast %7526 : f64[] @ models/lib/nn.yaml:80:7
%7528 = add %7527, %6734 : f64[] @ models/lib/nn.yaml:80:7
%7529 = div %6736, %7528 : f64[] @ models/lib/nn.yaml:80:7
%7530 = lt %7529, %6738 : bool[] @ models/lib/nn.yaml:80:7
%7531 = cast %7529 : f32[] @ models/lib/nn.yaml:80:7
%7532 = broadcast %7531 : f32[16] @ models/lib/nn.yaml:80:7
%7533 = mul %7523, %7532 : f32[16] @ models/lib/nn.yaml:80:7
%7534 = broadcast %7530 : bool[16] @ models/lib/nn.yaml:80:7
%7535 = select %7534, %7533, %7523 : f32[16] @ models/lib/nn.yaml:80:7
%7536 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7537 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7538 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7539 = add %7538, %6748 : i64[] @ models/lib/nn.yaml:80:7
%7540 = mul %7535, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%7541 = mul %7536, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%7542 = add %7541, %7540 : f32[16] @ models/lib/nn.yaml:80:7
%7543 = mul %7535, %7535 : f32[16] @ models/lib/nn.yaml:80:7
%7544 = mul %7543, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%7545 = mul %7537, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%7546 = add %7545, %7544 : f32[16] @ models/lib/nn.yaml:80:7
%7547 = cast %7539 : f64[] @ models/lib/nn.yaml:80:7
%7548 = pow %6757, %7547 : f64[] @ models/lib/nn.yaml:80:7
%7549 = sub %6738, %7548 : f64[] @ models/lib/nn.yaml:80:7
%7550 = div %4159, %7549 : f64[] @ models/lib/nn.yaml:80:7
%7551 = pow %6765, %7547 : f64[] @ models/lib/nn.yaml:80:7
%7552 = sub %6738, %7551 : f64[] @ models/lib/nn.yaml:80:7
%7553 = sqrt %7552 : f64[] @ models/lib/nn.yaml:80:7
%7554 = div %6738, %7553 : f64[] @ models/lib/nn.yaml:80:7
%7555 = sqrt %7546 : f32[16] @ models/lib/nn.yaml:80:7
%7556 = cast %7554 : f32[] @ models/lib/nn.yaml:80:7
%7557 = broadcast %7556 : f32[16] @ models/lib/nn.yaml:80:7
%7558 = mul %7555, %7557 : f32[16] @ models/lib/nn.yaml:80:7
%7559 = add %7558, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%7560 = div %7542, %7559 : f32[16] @ models/lib/nn.yaml:80:7
%7561 = cast %7550 : f32[] @ models/lib/nn.yaml:80:7
%7562 = broadcast %7561 : f32[16] @ models/lib/nn.yaml:80:7
%7563 = mul %7560, %7562 : f32[16] @ models/lib/nn.yaml:80:7
%7564 = sub %21, %7563 : f32[16] @ models/lib/nn.yaml:80:7
%7565 = assign %21, %7564 : f32[16] @ models/lib/nn.yaml:80:7
%7566 = assign %7536, %7542 : f32[16] @ models/lib/nn.yaml:80:7
%7567 = assign %7537, %7546 : f32[16] @ models/lib/nn.yaml:80:7
%7568 = assign %7538, %7539 : i64[] @ models/lib/nn.yaml:80:7
%7569 = mul %99, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%7570 = mul %7564, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%7571 = add %7569, %7570 : f32[16] @ models/lib/nn.yaml:80:7
%7572 = assign %99, %7571 : f32[16] @ models/lib/nn.yaml:80:7
%7573 = all_reduce_sum %6443 : f32[16] @ models/lib/nn.yaml:89:7
%7574 = mul %7573, %7573 : f32[16] @ models/lib/nn.yaml:89:7
%7575 = reduce_sum %7574 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7576 = sqrt %7575 : f32[] @ models/lib/nn.yaml:89:7
%7577 = cast %7576 : f64[] @ models/lib/nn.yaml:89:7
%7578 = add %7577, %6734 : f64[] @ models/lib/nn.yaml:89:7
%7579 = div %6736, %7578 : f64[] @ models/lib/nn.yaml:89:7
%7580 = lt %7579, %6738 : bool[] @ models/lib/nn.yaml:89:7
%7581 = cast %7579 : f32[] @ models/lib/nn.yaml:89:7
%7582 = broadcast %7581 : f32[16] @ models/lib/nn.yaml:89:7
%7583 = mul %7573, %7582 : f32[16] @ models/lib/nn.yaml:89:7
%7584 = broadcast %7580 : bool[16] @ models/lib/nn.yaml:89:7
%7585 = select %7584, %7583, %7573 : f32[16] @ models/lib/nn.yaml:89:7
%7586 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7587 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7588 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7589 = add %7588, %6748 : i64[] @ models/lib/nn.yaml:89:7
%7590 = mul %7585, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%7591 = mul %7586, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%7592 = add %7591, %7590 : f32[16] @ models/lib/nn.yaml:89:7
%7593 = mul %7585, %7585 : f32[16] @ models/lib/nn.yaml:89:7
%7594 = mul %7593, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%7595 = mul %7587, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%7596 = add %7595, %7594 : f32[16] @ models/lib/nn.yaml:89:7
%7597 = cast %7589 : f64[] @ models/lib/nn.yaml:89:7
%7598 = pow %6757, %7597 : f64[] @ models/lib/nn.yaml:89:7
%7599 = sub %6738, %7598 : f64[] @ models/lib/nn.yaml:89:7
%7600 = div %4159, %7599 : f64[] @ models/lib/nn.yaml:89:7
%7601 = pow %6765, %7597 : f64[] @ models/lib/nn.yaml:89:7
%7602 = sub %6738, %7601 : f64[] @ models/lib/nn.yaml:89:7
%7603 = sqrt %7602 : f64[] @ models/lib/nn.yaml:89:7
%7604 = div %6738, %7603 : f64[] @ models/lib/nn.yaml:89:7
%7605 = sqrt %7596 : f32[16] @ models/lib/nn.yaml:89:7
%7606 = cast %7604 : f32[] @ models/lib/nn.yaml:89:7
%7607 = broadcast %7606 : f32[16] @ models/lib/nn.yaml:89:7
%7608 = mul %7605, %7607 : f32[16] @ models/lib/nn.yaml:89:7
%7609 = add %7608, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%7610 = div %7592, %7609 : f32[16] @ models/lib/nn.yaml:89:7
%7611 = cast %7600 : f32[] @ models/lib/nn.yaml:89:7
%7612 = broadcast %7611 : f32[16] @ models/lib/nn.yaml:89:7
%7613 = mul %7610, %7612 : f32[16] @ models/lib/nn.yaml:89:7
%7614 = sub %22, %7613 : f32[16] @ models/lib/nn.yaml:89:7
%7615 = assign %22, %7614 : f32[16] @ models/lib/nn.yaml:89:7
%7616 = assign %7586, %7592 : f32[16] @ models/lib/nn.yaml:89:7
%7617 = assign %7587, %7596 : f32[16] @ models/lib/nn.yaml:89:7
%7618 = assign %7588, %7589 : i64[] @ models/lib/nn.yaml:89:7
%7619 = mul %100, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%7620 = mul %7614, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%7621 = add %7619, %7620 : f32[16] @ models/lib/nn.yaml:89:7
%7622 = assign %100, %7621 : f32[16] @ models/lib/nn.yaml:89:7
%7623 = all_reduce_sum %6436 : f32[16] @ models/lib/nn.yaml:90:7
%7624 = mul %7623, %7623 : f32[16] @ models/lib/nn.yaml:90:7
%7625 = reduce_sum %7624 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7626 = sqrt %7625 : f32[] @ models/lib/nn.yaml:90:7
%7627 = cast %7626 : f64[] @ models/lib/nn.yaml:90:7
%7628 = add %7627, %6734 : f64[] @ models/lib/nn.yaml:90:7
%7629 = div %6736, %7628 : f64[] @ models/lib/nn.yaml:90:7
%7630 = lt %7629, %6738 : bool[] @ models/lib/nn.yaml:90:7
%7631 = cast %7629 : f32[] @ models/lib/nn.yaml:90:7
%7632 = broadcast %7631 : f32[16] @ models/lib/nn.yaml:90:7
%7633 = mul %7623, %7632 : f32[16] @ models/lib/nn.yaml:90:7
%7634 = broadcast %7630 : bool[16] @ models/lib/nn.yaml:90:7
%7635 = select %7634, %7633, %7623 : f32[16] @ models/lib/nn.yaml:90:7
%7636 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7637 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7638 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7639 = add %7638, %6748 : i64[] @ models/lib/nn.yaml:90:7
%7640 = mul %7635, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%7641 = mul %7636, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%7642 = add %7641, %7640 : f32[16] @ models/lib/nn.yaml:90:7
%7643 = mul %7635, %7635 : f32[16] @ models/lib/nn.yaml:90:7
%7644 = mul %7643, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%7645 = mul %7637, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%7646 = add %7645, %7644 : f32[16] @ models/lib/nn.yaml:90:7
%7647 = cast %7639 : f64[] @ models/lib/nn.yaml:90:7
%7648 = pow %6757, %7647 : f64[] @ models/lib/nn.yaml:90:7
%7649 = sub %6738, %7648 : f64[] @ models/lib/nn.yaml:90:7
%7650 = div %4159, %7649 : f64[] @ models/lib/nn.yaml:90:7
%7651 = pow %6765, %7647 : f64[] @ models/lib/nn.yaml:90:7
%7652 = sub %6738, %7651 : f64[] @ models/lib/nn.yaml:90:7
%7653 = sqrt %7652 : f64[] @ models/lib/nn.yaml:90:7
%7654 = div %6738, %7653 : f64[] @ models/lib/nn.yaml:90:7
%7655 = sqrt %7646 : f32[16] @ models/lib/nn.yaml:90:7
%7656 = cast %7654 : f32[] @ models/lib/nn.yaml:90:7
%7657 = broadcast %7656 : f32[16] @ models/lib/nn.yaml:90:7
%7658 = mul %7655, %7657 : f32[16] @ models/lib/nn.yaml:90:7
%7659 = add %7658, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%7660 = div %7642, %7659 : f32[16] @ models/lib/nn.yaml:90:7
%7661 = cast %7650 : f32[] @ models/lib/nn.yaml:90:7
%7662 = broadcast %7661 : f32[16] @ models/lib/nn.yaml:90:7
%7663 = mul %7660, %7662 : f32[16] @ models/lib/nn.yaml:90:7
%7664 = sub %23, %7663 : f32[16] @ models/lib/nn.yaml:90:7
%7665 = assign %23, %7664 : f32[16] @ models/lib/nn.yaml:90:7
%7666 = assign %7636, %7642 : f32[16] @ models/lib/nn.yaml:90:7
%7667 = assign %7637, %7646 : f32[16] @ models/lib/nn.yaml:90:7
%7668 = assign %7638, %7639 : i64[] @ models/lib/nn.yaml:90:7
%7669 = mul %101, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%7670 = mul %7664, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%7671 = add %7669, %7670 : f32[16] @ models/lib/nn.yaml:90:7
%7672 = assign %101, %7671 : f32[16] @ models/lib/nn.yaml:90:7
%7673 = all_reduce_sum %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%7674 = reshape %7673 : f32[768] @ models/lib/nn.yaml:79:7
%7675 = mul %7674, %7674 : f32[768] @ models/lib/nn.yaml:79:7
%7676 = reduce_sum %7675 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7677 = sqrt %7676 : f32[] @ models/lib/nn.yaml:79:7
%7678 = cast %7677 : f64[] @ models/lib/nn.yaml:79:7
%7679 = add %7678, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7680 = div %6736, %7679 : f64[] @ models/lib/nn.yaml:79:7
%7681 = lt %7680, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7682 = cast %7680 : f32[] @ models/lib/nn.yaml:79:7
%7683 = broadcast %7682 : f32[48,16] @ models/lib/nn.yaml:79:7
%7684 = mul %7673, %7683 : f32[48,16] @ models/lib/nn.yaml:79:7
%7685 = broadcast %7681 : bool[48,16] @ models/lib/nn.yaml:79:7
%7686 = select %7685, %7684, %7673 : f32[48,16] @ models/lib/nn.yaml:79:7
%7687 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7688 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7689 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7690 = add %7689, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7691 = mul %24, %7037 : f32[48,16] @ models/lib/nn.yaml:79:7
%7692 = mul %7686, %7039 : f32[48,16] @ models/lib/nn.yaml:79:7
%7693 = mul %7687, %7041 : f32[48,16] @ models/lib/nn.yaml:79:7
%7694 = add %7693, %7692 : f32[48,16] @ models/lib/nn.yaml:79:7
%7695 = mul %7686, %7686 : f32[48,16] @ models/lib/nn.yaml:79:7
%7696 = mul %7695, %7045 : f32[48,16] @ models/lib/nn.yaml:79:7
%7697 = mul %7688, %7047 : f32[48,16] @ models/lib/nn.yaml:79:7
%7698 = add %7697, %7696 : f32[48,16] @ models/lib/nn.yaml:79:7
%7699 = cast %7690 : f64[] @ models/lib/nn.yaml:79:7
%7700 = pow %6757, %7699 : f64[] @ models/lib/nn.yaml:79:7
%7701 = sub %6738, %7700 : f64[] @ models/lib/nn.yaml:79:7
%7702 = div %4159, %7701 : f64[] @ models/lib/nn.yaml:79:7
%7703 = pow %6765, %7699 : f64[] @ models/lib/nn.yaml:79:7
%7704 = sub %6738, %7703 : f64[] @ models/lib/nn.yaml:79:7
%7705 = sqrt %7704 : f64[] @ models/lib/nn.yaml:79:7
%7706 = div %6738, %7705 : f64[] @ models/lib/nn.yaml:79:7
%7707 = sqrt %7698 : f32[48,16] @ models/lib/nn.yaml:79:7
%7708 = cast %7706 : f32[] @ models/lib/nn.yaml:79:7
%7709 = broadcast %7708 : f32[48,16] @ models/lib/nn.yaml:79:7
%7710 = mul %7707, %7709 : f32[48,16] @ models/lib/nn.yaml:79:7
%7711 = add %7710, %7062 : f32[48,16] @ models/lib/nn.yaml:79:7
%7712 = div %7694, %7711 : f32[48,16] @ models/lib/nn.yaml:79:7
%7713 = cast %7702 : f32[] @ models/lib/nn.yaml:79:7
%7714 = broadcast %7713 : f32[48,16] @ models/lib/nn.yaml:79:7
%7715 = mul %7712, %7714 : f32[48,16] @ models/lib/nn.yaml:79:7
%7716 = sub %7691, %7715 : f32[48,16] @ models/lib/nn.yaml:79:7
%7717 = assign %24, %7716 : f32[48,16] @ models/lib/nn.yaml:79:7
%7718 = assign %7687, %7694 : f32[48,16] @ models/lib/nn.yaml:79:7
%7719 = assign %7688, %7698 : f32[48,16] @ models/lib/nn.yaml:79:7
%7720 = assign %7689, %7690 : i64[] @ models/lib/nn.yaml:79:7
%7721 = mul %102, %7073 : f32[48,16] @ models/lib/nn.yaml:79:7
%7722 = mul %7716, %7075 : f32[48,16] @ models/lib/nn.yaml:79:7
%7723 = add %7721, %7722 : f32[48,16] @ models/lib/nn.yaml:79:7
%7724 = assign %102, %7723 : f32[48,16] @ models/lib/nn.yaml:79:7
%7725 = all_reduce_sum %6422 : f32[48] @ models/lib/nn.yaml:80:7
%7726 = mul %7725, %7725 : f32[48] @ models/lib/nn.yaml:80:7
%7727 = reduce_sum %7726 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7728 = sqrt %7727 : f32[] @ models/lib/nn.yaml:80:7
%7729 = cast %7728 : f64[] @ models/lib/nn.yaml:80:7
%7730 = add %7729, %6734 : f64[] @ models/lib/nn.yaml:80:7
%7731 = div %6736, %7730 : f64[] @ models/lib/nn.yaml:80:7
%7732 = lt %7731, %6738 : bool[] @ models/lib/nn.yaml:80:7
%7733 = cast %7731 : f32[] @ models/lib/nn.yaml:80:7
%7734 = broadcast %7733 : f32[48] @ models/lib/nn.yaml:80:7
%7735 = mul %7725, %7734 : f32[48] @ models/lib/nn.yaml:80:7
%7736 = broadcast %7732 : bool[48] @ models/lib/nn.yaml:80:7
%7737 = select %7736, %7735, %7725 : f32[48] @ models/lib/nn.yaml:80:7
%7738 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7739 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7740 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7741 = add %7740, %6748 : i64[] @ models/lib/nn.yaml:80:7
%7742 = mul %7737, %7096 : f32[48] @ models/lib/nn.yaml:80:7
%7743 = mul %7738, %7098 : f32[48] @ models/lib/nn.yaml:80:7
%7744 = add %7743, %7742 : f32[48] @ models/lib/nn.yaml:80:7
%7745 = mul %7737, %7737 : f32[48] @ models/lib/nn.yaml:80:7
%7746 = mul %7745, %7102 : f32[48] @ models/lib/nn.yaml:80:7
%7747 = mul %7739, %7104 : f32[48] @ models/lib/nn.yaml:80:7
%7748 = add %7747, %7746 : f32[48] @ models/lib/nn.yaml:80:7
%7749 = cast %7741 : f64[] @ models/lib/nn.yaml:80:7
%7750 = pow %6757, %7749 : f64[] @ models/lib/nn.yaml:80:7
%7751 = sub %6738, %7750 : f64[] @ models/lib/nn.yaml:80:7
%7752 = div %4159, %7751 : f64[] @ models/lib/nn.yaml:80:7
%7753 = pow %6765, %7749 : f64[] @ models/lib/nn.yaml:80:7
%7754 = sub %6738, %7753 : f64[] @ models/lib/nn.yaml:80:7
%7755 = sqrt %7754 : f64[] @ models/lib/nn.yaml:80:7
%7756 = div %6738, %7755 : f64[] @ models/lib/nn.yaml:80:7
%7757 = sqrt %7748 : f32[48] @ models/lib/nn.yaml:80:7
%7758 = cast %7756 : f32[] @ models/lib/nn.yaml:80:7
%7759 = broadcast %7758 : f32[48] @ models/lib/nn.yaml:80:7
%7760 = mul %7757, %7759 : f32[48] @ models/lib/nn.yaml:80:7
%7761 = add %7760, %7119 : f32[48] @ models/lib/nn.yaml:80:7
%7762 = div %7744, %7761 : f32[48] @ models/lib/nn.yaml:80:7
%7763 = cast %7752 : f32[] @ models/lib/nn.yaml:80:7
%7764 = broadcast %7763 : f32[48] @ models/lib/nn.yaml:80:7
%7765 = mul %7762, %7764 : f32[48] @ models/lib/nn.yaml:80:7
%7766 = sub %25, %7765 : f32[48] @ models/lib/nn.yaml:80:7
%7767 = assign %25, %7766 : f32[48] @ models/lib/nn.yaml:80:7
%7768 = assign %7738, %7744 : f32[48] @ models/lib/nn.yaml:80:7
%7769 = assign %7739, %7748 : f32[48] @ models/lib/nn.yaml:80:7
%7770 = assign %7740, %7741 : i64[] @ models/lib/nn.yaml:80:7
%7771 = mul %103, %7130 : f32[48] @ models/lib/nn.yaml:80:7
%7772 = mul %7766, %7132 : f32[48] @ models/lib/nn.yaml:80:7
%7773 = add %7771, %7772 : f32[48] @ models/lib/nn.yaml:80:7
%7774 = assign %103, %7773 : f32[48] @ models/lib/nn.yaml:80:7
%7775 = all_reduce_sum %6317 : f32[16,16] @ models/lib/nn.yaml:79:7
%7776 = reshape %7775 : f32[256] @ models/lib/nn.yaml:79:7
%7777 = mul %7776, %7776 : f32[256] @ models/lib/nn.yaml:79:7
%7778 = reduce_sum %7777 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7779 = sqrt %7778 : f32[] @ models/lib/nn.yaml:79:7
%7780 = cast %7779 : f64[] @ models/lib/nn.yaml:79:7
%7781 = add %7780, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7782 = div %6736, %7781 : f64[] @ models/lib/nn.yaml:79:7
%7783 = lt %7782, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7784 = cast %7782 : f32[] @ models/lib/nn.yaml:79:7
%7785 = broadcast %7784 : f32[16,16] @ models/lib/nn.yaml:79:7
%7786 = mul %7775, %7785 : f32[16,16] @ models/lib/nn.yaml:79:7
%7787 = broadcast %7783 : bool[16,16] @ models/lib/nn.yaml:79:7
%7788 = select %7787, %7786, %7775 : f32[16,16] @ models/lib/nn.yaml:79:7
%7789 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7790 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7791 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7792 = add %7791, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7793 = mul %26, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%7794 = mul %7788, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%7795 = mul %7789, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%7796 = add %7795, %7794 : f32[16,16] @ models/lib/nn.yaml:79:7
%7797 = mul %7788, %7788 : f32[16,16] @ models/lib/nn.yaml:79:7
%7798 = mul %7797, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%7799 = mul %7790, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%7800 = add %7799, %7798 : f32[16,16] @ models/lib/nn.yaml:79:7
%7801 = cast %7792 : f64[] @ models/lib/nn.yaml:79:7
%7802 = pow %6757, %7801 : f64[] @ models/lib/nn.yaml:79:7
%7803 = sub %6738, %7802 : f64[] @ models/lib/nn.yaml:79:7
%7804 = div %4159, %7803 : f64[] @ models/lib/nn.yaml:79:7
%7805 = pow %6765, %7801 : f64[] @ models/lib/nn.yaml:79:7
%7806 = sub %6738, %7805 : f64[] @ models/lib/nn.yaml:79:7
%7807 = sqrt %7806 : f64[] @ models/lib/nn.yaml:79:7
%7808 = div %6738, %7807 : f64[] @ models/lib/nn.yaml:79:7
%7809 = sqrt %7800 : f32[16,16] @ models/lib/nn.yaml:79:7
%7810 = cast %7808 : f32[] @ models/lib/nn.yaml:79:7
%7811 = broadcast %7810 : f32[16,16] @ models/lib/nn.yaml:79:7
%7812 = mul %7809, %7811 : f32[16,16] @ models/lib/nn.yaml:79:7
%7813 = add %7812, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%7814 = div %7796, %7813 : f32[16,16] @ models/lib/nn.yaml:79:7
%7815 = cast %7804 : f32[] @ models/lib/nn.yaml:79:7
%7816 = broadcast %7815 : f32[16,16] @ models/lib/nn.yaml:79:7
%7817 = mul %7814, %7816 : f32[16,16] @ models/lib/nn.yaml:79:7
%7818 = sub %7793, %7817 : f32[16,16] @ models/lib/nn.yaml:79:7
%7819 = assign %26, %7818 : f32[16,16] @ models/lib/nn.yaml:79:7
%7820 = assign %7789, %7796 : f32[16,16] @ models/lib/nn.yaml:79:7
%7821 = assign %7790, %7800 : f32[16,16] @ models/lib/nn.yaml:79:7
%7822 = assign %7791, %7792 : i64[] @ models/lib/nn.yaml:79:7
%7823 = mul %104, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%7824 = mul %7818, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%7825 = add %7823, %7824 : f32[16,16] @ models/lib/nn.yaml:79:7
%7826 = assign %104, %7825 : f32[16,16] @ models/lib/nn.yaml:79:7
%7827 = all_reduce_sum %6309 : f32[16] @ models/lib/nn.yaml:80:7
%7828 = mul %7827, %7827 : f32[16] @ models/lib/nn.yaml:80:7
%7829 = reduce_sum %7828 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7830 = sqrt %7829 : f32[] @ models/lib/nn.yaml:80:7
%7831 = cast %7830 : f64[] @ models/lib/nn.yaml:80:7
%7832 = add %7831, %6734 : f64[] @ models/lib/nn.yaml:80:7
%7833 = div %6736, %7832 : f64[] @ models/lib/nn.yaml:80:7
%7834 = lt %7833, %6738 : bool[] @ models/lib/nn.yaml:80:7
%7835 = cast %7833 : f32[] @ models/lib/nn.yaml:80:7
%7836 = broadcast %7835 : f32[16] @ models/lib/nn.yaml:80:7
%7837 = mul %7827, %7836 : f32[16] @ models/lib/nn.yaml:80:7
%7838 = broadcast %7834 : bool[16] @ models/lib/nn.yaml:80:7
%7839 = select %7838, %7837, %7827 : f32[16] @ models/lib/nn.yaml:80:7
%7840 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7841 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7842 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7843 = add %7842, %6748 : i64[] @ models/lib/nn.yaml:80:7
%7844 = mul %7839, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%7845 = mul %7840, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%7846 = add %7845, %7844 : f32[16] @ models/lib/nn.yaml:80:7
%7847 = mul %7839, %7839 : f32[16] @ models/lib/nn.yaml:80:7
%7848 = mul %7847, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%7849 = mul %7841, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%7850 = add %7849, %7848 : f32[16] @ models/lib/nn.yaml:80:7
%7851 = cast %7843 : f64[] @ models/lib/nn.yaml:80:7
%7852 = pow %6757, %7851 : f64[] @ models/lib/nn.yaml:80:7
%7853 = sub %6738, %7852 : f64[] @ models/lib/nn.yaml:80:7
%7854 = div %4159, %7853 : f64[] @ models/lib/nn.yaml:80:7
%7855 = pow %6765, %7851 : f64[] @ models/lib/nn.yaml:80:7
%7856 = sub %6738, %7855 : f64[] @ models/lib/nn.yaml:80:7
%7857 = sqrt %7856 : f64[] @ models/lib/nn.yaml:80:7
%7858 = div %6738, %7857 : f64[] @ models/lib/nn.yaml:80:7
%7859 = sqrt %7850 : f32[16] @ models/lib/nn.yaml:80:7
%7860 = cast %7858 : f32[] @ models/lib/nn.yaml:80:7
%7861 = broadcast %7860 : f32[16] @ models/lib/nn.yaml:80:7
%7862 = mul %7859, %7861 : f32[16] @ models/lib/nn.yaml:80:7
%7863 = add %7862, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%7864 = div %7846, %7863 : f32[16] @ models/lib/nn.yaml:80:7
%7865 = cast %7854 : f32[] @ models/lib/nn.yaml:80:7
%7866 = broadcast %7865 : f32[16] @ models/lib/nn.yaml:80:7
%7867 = mul %7864, %7866 : f32[16] @ models/lib/nn.yaml:80:7
%7868 = sub %27, %7867 : f32[16] @ models/lib/nn.yaml:80:7
%7869 = assign %27, %7868 : f32[16] @ models/lib/nn.yaml:80:7
%7870 = assign %7840, %7846 : f32[16] @ models/lib/nn.yaml:80:7
%7871 = assign %7841, %7850 : f32[16] @ models/lib/nn.yaml:80:7
%7872 = assign %7842, %7843 : i64[] @ models/lib/nn.yaml:80:7
%7873 = mul %105, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%7874 = mul %7868, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%7875 = add %7873, %7874 : f32[16] @ models/lib/nn.yaml:80:7
%7876 = assign %105, %7875 : f32[16] @ models/lib/nn.yaml:80:7
%7877 = all_reduce_sum %6279 : f32[16] @ models/lib/nn.yaml:89:7
%7878 = mul %7877, %7877 : f32[16] @ models/lib/nn.yaml:89:7
%7879 = reduce_sum %7878 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7880 = sqrt %7879 : f32[] @ models/lib/nn.yaml:89:7
%7881 = cast %7880 : f64[] @ models/lib/nn.yaml:89:7
%7882 = add %7881, %6734 : f64[] @ models/lib/nn.yaml:89:7
%7883 = div %6736, %7882 : f64[] @ models/lib/nn.yaml:89:7
%7884 = lt %7883, %6738 : bool[] @ models/lib/nn.yaml:89:7
%7885 = cast %7883 : f32[] @ models/lib/nn.yaml:89:7
%7886 = broadcast %7885 : f32[16] @ models/lib/nn.yaml:89:7
%7887 = mul %7877, %7886 : f32[16] @ models/lib/nn.yaml:89:7
%7888 = broadcast %7884 : bool[16] @ models/lib/nn.yaml:89:7
%7889 = select %7888, %7887, %7877 : f32[16] @ models/lib/nn.yaml:89:7
%7890 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7891 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7892 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7893 = add %7892, %6748 : i64[] @ models/lib/nn.yaml:89:7
%7894 = mul %7889, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%7895 = mul %7890, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%7896 = add %7895, %7894 : f32[16] @ models/lib/nn.yaml:89:7
%7897 = mul %7889, %7889 : f32[16] @ models/lib/nn.yaml:89:7
%7898 = mul %7897, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%7899 = mul %7891, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%7900 = add %7899, %7898 : f32[16] @ models/lib/nn.yaml:89:7
%7901 = cast %7893 : f64[] @ models/lib/nn.yaml:89:7
%7902 = pow %6757, %7901 : f64[] @ models/lib/nn.yaml:89:7
%7903 = sub %6738, %7902 : f64[] @ models/lib/nn.yaml:89:7
%7904 = div %4159, %7903 : f64[] @ models/lib/nn.yaml:89:7
%7905 = pow %6765, %7901 : f64[] @ models/lib/nn.yaml:89:7
%7906 = sub %6738, %7905 : f64[] @ models/lib/nn.yaml:89:7
%7907 = sqrt %7906 : f64[] @ models/lib/nn.yaml:89:7
%7908 = div %6738, %7907 : f64[] @ models/lib/nn.yaml:89:7
%7909 = sqrt %7900 : f32[16] @ models/lib/nn.yaml:89:7
%7910 = cast %7908 : f32[] @ models/lib/nn.yaml:89:7
%7911 = broadcast %7910 : f32[16] @ models/lib/nn.yaml:89:7
%7912 = mul %7909, %7911 : f32[16] @ models/lib/nn.yaml:89:7
%7913 = add %7912, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%7914 = div %7896, %7913 : f32[16] @ models/lib/nn.yaml:89:7
%7915 = cast %7904 : f32[] @ models/lib/nn.yaml:89:7
%7916 = broadcast %7915 : f32[16] @ models/lib/nn.yaml:89:7
%7917 = mul %7914, %7916 : f32[16] @ models/lib/nn.yaml:89:7
%7918 = sub %28, %7917 : f32[16] @ models/lib/nn.yaml:89:7
%7919 = assign %28, %7918 : f32[16] @ models/lib/nn.yaml:89:7
%7920 = assign %7890, %7896 : f32[16] @ models/lib/nn.yaml:89:7
%7921 = assign %7891, %7900 : f32[16] @ models/lib/nn.yaml:89:7
%7922 = assign %7892, %7893 : i64[] @ models/lib/nn.yaml:89:7
%7923 = mul %106, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%7924 = mul %7918, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%7925 = add %7923, %7924 : f32[16] @ models/lib/nn.yaml:89:7
%7926 = assign %106, %7925 : f32[16] @ models/lib/nn.yaml:89:7
%7927 = all_reduce_sum %6272 : f32[16] @ models/lib/nn.yaml:90:7
%7928 = mul %7927, %7927 : f32[16] @ models/lib/nn.yaml:90:7
%7929 = reduce_sum %7928 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7930 = sqrt %7929 : f32[] @ models/lib/nn.yaml:90:7
%7931 = cast %7930 : f64[] @ models/lib/nn.yaml:90:7
%7932 = add %7931, %6734 : f64[] @ models/lib/nn.yaml:90:7
%7933 = div %6736, %7932 : f64[] @ models/lib/nn.yaml:90:7
%7934 = lt %7933, %6738 : bool[] @ models/lib/nn.yaml:90:7
%7935 = cast %7933 : f32[] @ models/lib/nn.yaml:90:7
%7936 = broadcast %7935 : f32[16] @ models/lib/nn.yaml:90:7
%7937 = mul %7927, %7936 : f32[16] @ models/lib/nn.yaml:90:7
%7938 = broadcast %7934 : bool[16] @ models/lib/nn.yaml:90:7
%7939 = select %7938, %7937, %7927 : f32[16] @ models/lib/nn.yaml:90:7
%7940 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7941 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7942 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7943 = add %7942, %6748 : i64[] @ models/lib/nn.yaml:90:7
%7944 = mul %7939, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%7945 = mul %7940, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%7946 = add %7945, %7944 : f32[16] @ models/lib/nn.yaml:90:7
%7947 = mul %7939, %7939 : f32[16] @ models/lib/nn.yaml:90:7
%7948 = mul %7947, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%7949 = mul %7941, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%7950 = add %7949, %7948 : f32[16] @ models/lib/nn.yaml:90:7
%7951 = cast %7943 : f64[] @ models/lib/nn.yaml:90:7
%7952 = pow %6757, %7951 : f64[] @ models/lib/nn.yaml:90:7
%7953 = sub %6738, %7952 : f64[] @ models/lib/nn.yaml:90:7
%7954 = div %4159, %7953 : f64[] @ models/lib/nn.yaml:90:7
%7955 = pow %6765, %7951 : f64[] @ models/lib/nn.yaml:90:7
%7956 = sub %6738, %7955 : f64[] @ models/lib/nn.yaml:90:7
%7957 = sqrt %7956 : f64[] @ models/lib/nn.yaml:90:7
%7958 = div %6738, %7957 : f64[] @ models/lib/nn.yaml:90:7
%7959 = sqrt %7950 : f32[16] @ models/lib/nn.yaml:90:7
%7960 = cast %7958 : f32[] @ models/lib/nn.yaml:90:7
%7961 = broadcast %7960 : f32[16] @ models/lib/nn.yaml:90:7
%7962 = mul %7959, %7961 : f32[16] @ models/lib/nn.yaml:90:7
%7963 = add %7962, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%7964 = div %7946, %7963 : f32[16] @ models/lib/nn.yaml:90:7
%7965 = cast %7954 : f32[] @ models/lib/nn.yaml:90:7
%7966 = broadcast %7965 : f32[16] @ models/lib/nn.yaml:90:7
%7967 = mul %7964, %7966 : f32[16] @ models/lib/nn.yaml:90:7
%7968 = sub %29, %7967 : f32[16] @ models/lib/nn.yaml:90:7
%7969 = assign %29, %7968 : f32[16] @ models/lib/nn.yaml:90:7
%7970 = assign %7940, %7946 : f32[16] @ models/lib/nn.yaml:90:7
%7971 = assign %7941, %7950 : f32[16] @ models/lib/nn.yaml:90:7
%7972 = assign %7942, %7943 : i64[] @ models/lib/nn.yaml:90:7
%7973 = mul %107, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%7974 = mul %7968, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%7975 = add %7973, %7974 : f32[16] @ models/lib/nn.yaml:90:7
%7976 = assign %107, %7975 : f32[16] @ models/lib/nn.yaml:90:7
%7977 = all_reduce_sum %6266 : f32[64,16] @ models/lib/nn.yaml:79:7
%7978 = reshape %7977 : f32[1024] @ models/lib/nn.yaml:79:7
%7979 = mul %7978, %7978 : f32[1024] @ models/lib/nn.yaml:79:7
%7980 = reduce_sum %7979 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7981 = sqrt %7980 : f32[] @ models/lib/nn.yaml:79:7
%7982 = cast %7981 : f64[] @ models/lib/nn.yaml:79:7
%7983 = add %7982, %6734 : f64[] @ models/lib/nn.yaml:79:7
%7984 = div %6736, %7983 : f64[] @ models/lib/nn.yaml:79:7
%7985 = lt %7984, %6738 : bool[] @ models/lib/nn.yaml:79:7
%7986 = cast %7984 : f32[] @ models/lib/nn.yaml:79:7
%7987 = broadcast %7986 : f32[64,16] @ models/lib/nn.yaml:79:7
%7988 = mul %7977, %7987 : f32[64,16] @ models/lib/nn.yaml:79:7
%7989 = broadcast %7985 : bool[64,16] @ models/lib/nn.yaml:79:7
%7990 = select %7989, %7988, %7977 : f32[64,16] @ models/lib/nn.yaml:79:7
%7991 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7992 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7993 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7994 = add %7993, %6748 : i64[] @ models/lib/nn.yaml:79:7
%7995 = mul %30, %7364 : f32[64,16] @ models/lib/nn.yaml:79:7
%7996 = mul %7990, %7366 : f32[64,16] @ models/lib/nn.yaml:79:7
%7997 = mul %7991, %7368 : f32[64,16] @ models/lib/nn.yaml:79:7
%7998 = add %7997, %7996 : f32[64,16] @ models/lib/nn.yaml:79:7
%7999 = mul %7990, %7990 : f32[64,16] @ models/lib/nn.yaml:79:7
%8000 = mul %7999, %7372 : f32[64,16] @ models/lib/nn.yaml:79:7
%8001 = mul %7992, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%8002 = add %8001, %8000 : f32[64,16] @ models/lib/nn.yaml:79:7
%8003 = cast %7994 : f64[] @ models/lib/nn.yaml:79:7
%8004 = pow %6757, %8003 : f64[] @ models/lib/nn.yaml:79:7
%8005 = sub %6738, %8004 : f64[] @ models/lib/nn.yaml:79:7
%8006 = div %4159, %8005 : f64[] @ models/lib/nn.yaml:79:7
%8007 = pow %6765, %8003 : f64[] @ models/lib/nn.yaml:79:7
%8008 = sub %6738, %8007 : f64[] @ models/lib/nn.yaml:79:7
%8009 = sqrt %8008 : f64[] @ models/lib/nn.yaml:79:7
%8010 = div %6738, %8009 : f64[] @ models/lib/nn.yaml:79:7
%8011 = sqrt %8002 : f32[64,16] @ models/lib/nn.yaml:79:7
%8012 = cast %8010 : f32[] @ models/lib/nn.yaml:79:7
%8013 = broadcast %8012 : f32[64,16] @ models/lib/nn.yaml:79:7
%8014 = mul %8011, %8013 : f32[64,16] @ models/lib/nn.yaml:79:7
%8015 = add %8014, %7389 : f32[64,16] @ models/lib/nn.yaml:79:7
%8016 = div %7998, %8015 : f32[64,16] @ models/lib/nn.yaml:79:7
%8017 = cast %8006 : f32[] @ models/lib/nn.yaml:79:7
%8018 = broadcast %8017 : f32[64,16] @ models/lib/nn.yaml:79:7
%8019 = mul %8016, %8018 : f32[64,16] @ models/lib/nn.yaml:79:7
%8020 = sub %7995, %8019 : f32[64,16] @ models/lib/nn.yaml:79:7
%8021 = assign %30, %8020 : f32[64,16] @ models/lib/nn.yaml:79:7
%8022 = assign %7991, %7998 : f32[64,16] @ models/lib/nn.yaml:79:7
%8023 = assign %7992, %8002 : f32[64,16] @ models/lib/nn.yaml:79:7
%8024 = assign %7993, %7994 : i64[] @ models/lib/nn.yaml:79:7
%8025 = mul %108, %7400 : f32[64,16] @ models/lib/nn.yaml:79:7
%8026 = mul %8020, %7402 : f32[64,16] @ models/lib/nn.yaml:79:7
%8027 = add %8025, %8026 : f32[64,16] @ models/lib/nn.yaml:79:7
%8028 = assign %108, %8027 : f32[64,16] @ models/lib/nn.yaml:79:7
%8029 = all_reduce_sum %6258 : f32[64] @ models/lib/nn.yaml:80:7
%8030 = mul %8029, %8029 : f32[64] @ models/lib/nn.yaml:80:7
%8031 = reduce_sum %8030 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8032 = sqrt %8031 : f32[] @ models/lib/nn.yaml:80:7
%8033 = cast %8032 : f64[] @ models/lib/nn.yaml:80:7
%8034 = add %8033, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8035 = div %6736, %8034 : f64[] @ models/lib/nn.yaml:80:7
%8036 = lt %8035, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8037 = cast %8035 : f32[] @ models/lib/nn.yaml:80:7
%8038 = broadcast %8037 : f32[64] @ models/lib/nn.yaml:80:7
%8039 = mul %8029, %8038 : f32[64] @ models/lib/nn.yaml:80:7
%8040 = broadcast %8036 : bool[64] @ models/lib/nn.yaml:80:7
%8041 = select %8040, %8039, %8029 : f32[64] @ models/lib/nn.yaml:80:7
%8042 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8043 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8044 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8045 = add %8044, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8046 = mul %8041, %7423 : f32[64] @ models/lib/nn.yaml:80:7
%8047 = mul %8042, %7425 : f32[64] @ models/lib/nn.yaml:80:7
%8048 = add %8047, %8046 : f32[64] @ models/lib/nn.yaml:80:7
%8049 = mul %8041, %8041 : f32[64] @ models/lib/nn.yaml:80:7
%8050 = mul %8049, %7429 : f32[64] @ models/lib/nn.yaml:80:7
%8051 = mul %8043, %7431 : f32[64] @ models/lib/nn.yaml:80:7
%8052 = add %8051, %8050 : f32[64] @ models/lib/nn.yaml:80:7
%8053 = cast %8045 : f64[] @ models/lib/nn.yaml:80:7
%8054 = pow %6757, %8053 : f64[] @ models/lib/nn.yaml:80:7
%8055 = sub %6738, %8054 : f64[] @ models/lib/nn.yaml:80:7
%8056 = div %4159, %8055 : f64[] @ models/lib/nn.yaml:80:7
%8057 = pow %6765, %8053 : f64[] @ models/lib/nn.yaml:80:7
%8058 = sub %6738, %8057 : f64[] @ models/lib/nn.yaml:80:7
%8059 = sqrt %8058 : f64[] @ models/lib/nn.yaml:80:7
%8060 = div %6738, %8059 : f64[] @ models/lib/nn.yaml:80:7
%8061 = sqrt %8052 : f32[64] @ models/lib/nn.yaml:80:7
%8062 = cast %8060 : f32[] @ models/lib/nn.yaml:80:7
%8063 = broadcast %8062 : f32[64] @ models/lib/nn.yaml:80:7
%8064 = mul %8061, %8063 : f32[64] @ models/lib/nn.yaml:80:7
%8065 = add %8064, %7446 : f32[64] @ models/lib/nn.yaml:80:7
%8066 = div %8048, %8065 : f32[64] @ models/lib/nn.yaml:80:7
%8067 = cast %8056 : f32[] @ models/lib/nn.yaml:80:7
%8068 = broadcast %8067 : f32[64] @ models/lib/nn.yaml:80:7
%8069 = mul %8066, %8068 : f32[64] @ models/lib/nn.yaml:80:7
%8070 = sub %31, %8069 : f32[64] @ models/lib/nn.yaml:80:7
%8071 = assign %31, %8070 : f32[64] @ models/lib/nn.yaml:80:7
%8072 = assign %8042, %8048 : f32[64] @ models/lib/nn.yaml:80:7
%8073 = assign %8043, %8052 : f32[64] @ models/lib/nn.yaml:80:7
%8074 = assign %8044, %8045 : i64[] @ models/lib/nn.yaml:80:7
%8075 = mul %109, %7457 : f32[64] @ models/lib/nn.yaml:80:7
%8076 = mul %8070, %7459 : f32[64] @ models/lib/nn.yaml:80:7
%8077 = add %8075, %8076 : f32[64] @ models/lib/nn.yaml:80:7
%8078 = assign %109, %8077 : f32[64] @ models/lib/nn.yaml:80:7
%8079 = all_reduce_sum %6229 : f32[16,64] @ models/lib/nn.yaml:79:7
%8080 = reshape %8079 : f32[1024] @ models/lib/nn.yaml:79:7
%8081 = mul %8080, %8080 : f32[1024] @ models/lib/nn.yaml:79:7
%8082 = reduce_sum %8081 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8083 = sqrt %8082 : f32[] @ models/lib/nn.yaml:79:7
%8084 = cast %8083 : f64[] @ models/lib/nn.yaml:79:7
%8085 = add %8084, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8086 = div %6736, %8085 : f64[] @ models/lib/nn.yaml:79:7
%8087 = lt %8086, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8088 = cast %8086 : f32[] @ models/lib/nn.yaml:79:7
%8089 = broadcast %8088 : f32[16,64] @ models/lib/nn.yaml:79:7
%8090 = mul %8079, %8089 : f32[16,64] @ models/lib/nn.yaml:79:7
%8091 = broadcast %8087 : bool[16,64] @ models/lib/nn.yaml:79:7
%8092 = select %8091, %8090, %8079 : f32[16,64] @ models/lib/nn.yaml:79:7
%8093 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8094 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8095 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8096 = add %8095, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8097 = mul %32, %7481 : f32[16,64] @ models/lib/nn.yaml:79:7
%8098 = mul %8092, %7483 : f32[16,64] @ models/lib/nn.yaml:79:7
%8099 = mul %8093, %7485 : f32[16,64] @ models/lib/nn.yaml:79:7
%8100 = add %8099, %8098 : f32[16,64] @ models/lib/nn.yaml:79:7
%8101 = mul %8092, %8092 : f32[16,64] @ models/lib/nn.yaml:79:7
%8102 = mul %8101, %7489 : f32[16,64] @ models/lib/nn.yaml:79:7
%8103 = mul %8094, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%8104 = add %8103, %8102 : f32[16,64] @ models/lib/nn.yaml:79:7
%8105 = cast %8096 : f64[] @ models/lib/nn.yaml:79:7
%8106 = pow %6757, %8105 : f64[] @ models/lib/nn.yaml:79:7
%8107 = sub %6738, %8106 : f64[] @ models/lib/nn.yaml:79:7
%8108 = div %4159, %8107 : f64[] @ models/lib/nn.yaml:79:7
%8109 = pow %6765, %8105 : f64[] @ models/lib/nn.yaml:79:7
%8110 = sub %6738, %8109 : f64[] @ models/lib/nn.yaml:79:7
%8111 = sqrt %8110 : f64[] @ models/lib/nn.yaml:79:7
%8112 = div %6738, %8111 : f64[] @ models/lib/nn.yaml:79:7
%8113 = sqrt %8104 : f32[16,64] @ models/lib/nn.yaml:79:7
%8114 = cast %8112 : f32[] @ models/lib/nn.yaml:79:7
%8115 = broadcast %8114 : f32[16,64] @ models/lib/nn.yaml:79:7
%8116 = mul %8113, %8115 : f32[16,64] @ models/lib/nn.yaml:79:7
%8117 = add %8116, %7506 : f32[16,64] @ models/lib/nn.yaml:79:7
%8118 = div %8100, %8117 : f32[16,64] @ models/lib/nn.yaml:79:7
%8119 = cast %8108 : f32[] @ models/lib/nn.yaml:79:7
%8120 = broadcast %8119 : f32[16,64] @ models/lib/nn.yaml:79:7
%8121 = mul %8118, %8120 : f32[16,64] @ models/lib/nn.yaml:79:7
%8122 = sub %8097, %8121 : f32[16,64] @ models/lib/nn.yaml:79:7
%8123 = assign %32, %8122 : f32[16,64] @ models/lib/nn.yaml:79:7
%8124 = assign %8093, %8100 : f32[16,64] @ models/lib/nn.yaml:79:7
%8125 = assign %8094, %8104 : f32[16,64] @ models/lib/nn.yaml:79:7
%8126 = assign %8095, %8096 : i64[] @ models/lib/nn.yaml:79:7
%8127 = mul %110, %7517 : f32[16,64] @ models/lib/nn.yaml:79:7
%8128 = mul %8122, %7519 : f32[16,64] @ models/lib/nn.yaml:79:7
%8129 = add %8127, %8128 : f32[16,64] @ models/lib/nn.yaml:79:7
%8130 = assign %110, %8129 : f32[16,64] @ models/lib/nn.yaml:79:7
%8131 = all_reduce_sum %6221 : f32[16] @ models/lib/nn.yaml:80:7
%8132 = mul %8131, %8131 : f32[16] @ models/lib/nn.yaml:80:7
%8133 = reduce_sum %8132 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8134 = sqrt %8133 : f32[] @ models/lib/nn.yaml:80:7
%8135 = cast %8134 : f64[] @ models/lib/nn.yaml:80:7
%8136 = add %8135, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8137 = div %6736, %8136 : f64[] @ models/lib/nn.yaml:80:7
%8138 = lt %8137, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8139 = cast %8137 : f32[] @ models/lib/nn.yaml:80:7
%8140 = broadcast %8139 : f32[16] @ models/lib/nn.yaml:80:7
%8141 = mul %8131, %8140 : f32[16] @ models/lib/nn.yaml:80:7
%8142 = broadcast %8138 : bool[16] @ models/lib/nn.yaml:80:7
%8143 = select %8142, %8141, %8131 : f32[16] @ models/lib/nn.yaml:80:7
%8144 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8145 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8146 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8147 = add %8146, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8148 = mul %8143, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%8149 = mul %8144, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%8150 = add %8149, %8148 : f32[16] @ models/lib/nn.yaml:80:7
%8151 = mul %8143, %8143 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = mul %8151, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = mul %8145, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = add %8153, %8152 : f32[16] @ models/lib/nn.yaml:80:7
%8155 = cast %8147 : f64[] @ models/lib/nn.yaml:80:7
%8156 = pow %6757, %8155 : f64[] @ models/lib/nn.yaml:80:7
%8157 = sub %6738, %8156 : f64[] @ models/lib/nn.yaml:80:7
%8158 = div %4159, %8157 : f64[] @ models/lib/nn.yaml:80:7
%8159 = pow %6765, %8155 : f64[] @ models/lib/nn.yaml:80:7
%8160 = sub %6738, %8159 : f64[] @ models/lib/nn.yaml:80:7
%8161 = sqrt %8160 : f64[] @ models/lib/nn.yaml:80:7
%8162 = div %6738, %8161 : f64[] @ models/lib/nn.yaml:80:7
%8163 = sqrt %8154 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = cast %8162 : f32[] @ models/lib/nn.yaml:80:7
%8165 = broadcast %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8166 = mul %8163, %8165 : f32[16] @ models/lib/nn.yaml:80:7
%8167 = add %8166, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%8168 = div %8150, %8167 : f32[16] @ models/lib/nn.yaml:80:7
%8169 = cast %8158 : f32[] @ models/lib/nn.yaml:80:7
%8170 = broadcast %8169 : f32[16] @ models/lib/nn.yaml:80:7
%8171 = mul %8168, %8170 : f32[16] @ models/lib/nn.yaml:80:7
%8172 = sub %33, %8171 : f32[16] @ models/lib/nn.yaml:80:7
%8173 = assign %33, %8172 : f32[16] @ models/lib/nn.yaml:80:7
%8174 = assign %8144, %8150 : f32[16] @ models/lib/nn.yaml:80:7
%8175 = assign %8145, %8154 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = assign %8146, %8147 : i64[] @ models/lib/nn.yaml:80:7
%8177 = mul %111, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%8178 = mul %8172, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%8179 = add %8177, %8178 : f32[16] @ models/lib/nn.yaml:80:7
%8180 = assign %111, %8179 : f32[16] @ models/lib/nn.yaml:80:7
%8181 = all_reduce_sum %6214 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8182 = reshape %8181 : f32[16] @ models/lib/vit.yaml:103:7
%8183 = mul %8182, %8182 : f32[16] @ models/lib/vit.yaml:103:7
%8184 = reduce_sum %8183 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8185 = sqrt %8184 : f32[] @ models/lib/vit.yaml:103:7
%8186 = cast %8185 : f64[] @ models/lib/vit.yaml:103:7
%8187 = add %8186, %6734 : f64[] @ models/lib/vit.yaml:103:7
%8188 = div %6736, %8187 : f64[] @ models/lib/vit.yaml:103:7
%8189 = lt %8188, %6738 : bool[] @ models/lib/vit.yaml:103:7
%8190 = cast %8188 : f32[] @ models/lib/vit.yaml:103:7
%8191 = broadcast %8190 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8192 = mul %8181, %8191 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8193 = broadcast %8189 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8194 = select %8193, %8192, %8181 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8195 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8196 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8197 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8198 = add %8197, %6748 : i64[] @ models/lib/vit.yaml:103:7
%8199 = broadcast %6752 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8200 = mul %34, %8199 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8201 = broadcast %3852 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8202 = mul %8194, %8201 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8203 = broadcast %2640 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8204 = mul %8195, %8203 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8205 = add %8204, %8202 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8206 = mul %8194, %8194 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8207 = broadcast %6762 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8208 = mul %8206, %8207 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8209 = broadcast %6766 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8210 = mul %8196, %8209 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8211 = add %8210, %8208 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8212 = cast %8198 : f64[] @ models/lib/vit.yaml:103:7
%8213 = pow %6757, %8212 : f64[] @ models/lib/vit.yaml:103:7
%8214 = sub %6738, %8213 : f64[] @ models/lib/vit.yaml:103:7
%8215 = div %4159, %8214 : f64[] @ models/lib/vit.yaml:103:7
%8216 = pow %6765, %8212 : f64[] @ models/lib/vit.yaml:103:7
%8217 = sub %6738, %8216 : f64[] @ models/lib/vit.yaml:103:7
%8218 = sqrt %8217 : f64[] @ models/lib/vit.yaml:103:7
%8219 = div %6738, %8218 : f64[] @ models/lib/vit.yaml:103:7
%8220 = sqrt %8211 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8221 = cast %8219 : f32[] @ models/lib/vit.yaml:103:7
%8222 = broadcast %8221 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8223 = mul %8220, %8222 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8224 = broadcast %6782 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8225 = add %8223, %8224 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8226 = div %8205, %8225 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8227 = cast %8215 : f32[] @ models/lib/vit.yaml:103:7
%8228 = broadcast %8227 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8229 = mul %8226, %8228 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8230 = sub %8200, %8229 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8231 = assign %34, %8230 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8232 = assign %8195, %8205 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8233 = assign %8196, %8211 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8234 = assign %8197, %8198 : i64[] @ models/lib/vit.yaml:103:7
%8235 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8236 = mul %112, %8235 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8237 = broadcast %6797 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8238 = mul %8230, %8237 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8239 = add %8236, %8238 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8240 = assign %112, %8239 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8241 = all_reduce_sum %6189 : f32[16] @ models/lib/nn.yaml:89:7
%8242 = mul %8241, %8241 : f32[16] @ models/lib/nn.yaml:89:7
%8243 = reduce_sum %8242 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8244 = sqrt %8243 : f32[] @ models/lib/nn.yaml:89:7
%8245 = cast %8244 : f64[] @ models/lib/nn.yaml:89:7
%8246 = add %8245, %6734 : f64[] @ models/lib/nn.yaml:89:7
%8247 = div %6736, %8246 : f64[] @ models/lib/nn.yaml:89:7
%8248 = lt %8247, %6738 : bool[] @ models/lib/nn.yaml:89:7
%8249 = cast %8247 : f32[] @ models/lib/nn.yaml:89:7
%8250 = broadcast %8249 : f32[16] @ models/lib/nn.yaml:89:7
%8251 = mul %8241, %8250 : f32[16] @ models/lib/nn.yaml:89:7
%8252 = broadcast %8248 : bool[16] @ models/lib/nn.yaml:89:7
%8253 = select %8252, %8251, %8241 : f32[16] @ models/lib/nn.yaml:89:7
%8254 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8255 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8256 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8257 = add %8256, %6748 : i64[] @ models/lib/nn.yaml:89:7
%8258 = mul %8253, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%8259 = mul %8254, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%8260 = add %8259, %8258 : f32[16] @ models/lib/nn.yaml:89:7
%8261 = mul %8253, %8253 : f32[16] @ models/lib/nn.yaml:89:7
%8262 = mul %8261, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%8263 = mul %8255, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%8264 = add %8263, %8262 : f32[16] @ models/lib/nn.yaml:89:7
%8265 = cast %8257 : f64[] @ models/lib/nn.yaml:89:7
%8266 = pow %6757, %8265 : f64[] @ models/lib/nn.yaml:89:7
%8267 = sub %6738, %8266 : f64[] @ models/lib/nn.yaml:89:7
%8268 = div %4159, %8267 : f64[] @ models/lib/nn.yaml:89:7
%8269 = pow %6765, %8265 : f64[] @ models/lib/nn.yaml:89:7
%8270 = sub %6738, %8269 : f64[] @ models/lib/nn.yaml:89:7
%8271 = sqrt %8270 : f64[] @ models/lib/nn.yaml:89:7
%8272 = div %6738, %8271 : f64[] @ models/lib/nn.yaml:89:7
%8273 = sqrt %8264 : f32[16] @ models/lib/nn.yaml:89:7
%8274 = cast %8272 : f32[] @ models/lib/nn.yaml:89:7
%8275 = broadcast %8274 : f32[16] @ models/lib/nn.yaml:89:7
%8276 = mul %8273, %8275 : f32[16] @ models/lib/nn.yaml:89:7
%8277 = add %8276, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%8278 = div %8260, %8277 : f32[16] @ models/lib/nn.yaml:89:7
%8279 = cast %8268 : f32[] @ models/lib/nn.yaml:89:7
%8280 = broadcast %8279 : f32[16] @ models/lib/nn.yaml:89:7
%8281 = mul %8278, %8280 : f32[16] @ models/lib/nn.yaml:89:7
%8282 = sub %35, %8281 : f32[16] @ models/lib/nn.yaml:89:7
%8283 = assign %35, %8282 : f32[16] @ models/lib/nn.yaml:89:7
%8284 = assign %8254, %8260 : f32[16] @ models/lib/nn.yaml:89:7
%8285 = assign %8255, %8264 : f32[16] @ models/lib/nn.yaml:89:7
%8286 = assign %8256, %8257 : i64[] @ models/lib/nn.yaml:89:7
%8287 = mul %113, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%8288 = mul %8282, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%8289 = add %8287, %8288 : f32[16] @ models/lib/nn.yaml:89:7
%8290 = assign %113, %8289 : f32[16] @ models/lib/nn.yaml:89:7
%8291 = all_reduce_sum %6183 : f32[16] @ models/lib/nn.yaml:90:7
%8292 = mul %8291, %8291 : f32[16] @ models/lib/nn.yaml:90:7
%8293 = reduce_sum %8292 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8294 = sqrt %8293 : f32[] @ models/lib/nn.yaml:90:7
%8295 = cast %8294 : f64[] @ models/lib/nn.yaml:90:7
%8296 = add %8295, %6734 : f64[] @ models/lib/nn.yaml:90:7
%8297 = div %6736, %8296 : f64[] @ models/lib/nn.yaml:90:7
%8298 = lt %8297, %6738 : bool[] @ models/lib/nn.yaml:90:7
%8299 = cast %8297 : f32[] @ models/lib/nn.yaml:90:7
%8300 = broadcast %8299 : f32[16] @ models/lib/nn.yaml:90:7
%8301 = mul %8291, %8300 : f32[16] @ models/lib/nn.yaml:90:7
%8302 = broadcast %8298 : bool[16] @ models/lib/nn.yaml:90:7
%8303 = select %8302, %8301, %8291 : f32[16] @ models/lib/nn.yaml:90:7
%8304 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8305 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8306 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8307 = add %8306, %6748 : i64[] @ models/lib/nn.yaml:90:7
%8308 = mul %8303, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%8309 = mul %8304, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%8310 = add %8309, %8308 : f32[16] @ models/lib/nn.yaml:90:7
%8311 = mul %8303, %8303 : f32[16] @ models/lib/nn.yaml:90:7
%8312 = mul %8311, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%8313 = mul %8305, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%8314 = add %8313, %8312 : f32[16] @ models/lib/nn.yaml:90:7
%8315 = cast %8307 : f64[] @ models/lib/nn.yaml:90:7
%8316 = pow %6757, %8315 : f64[] @ models/lib/nn.yaml:90:7
%8317 = sub %6738, %8316 : f64[] @ models/lib/nn.yaml:90:7
%8318 = div %4159, %8317 : f64[] @ models/lib/nn.yaml:90:7
%8319 = pow %6765, %8315 : f64[] @ models/lib/nn.yaml:90:7
%8320 = sub %6738, %8319 : f64[] @ models/lib/nn.yaml:90:7
%8321 = sqrt %8320 : f64[] @ models/lib/nn.yaml:90:7
%8322 = div %6738, %8321 : f64[] @ models/lib/nn.yaml:90:7
%8323 = sqrt %8314 : f32[16] @ models/lib/nn.yaml:90:7
%8324 = cast %8322 : f32[] @ models/lib/nn.yaml:90:7
%8325 = broadcast %8324 : f32[16] @ models/lib/nn.yaml:90:7
%8326 = mul %8323, %8325 : f32[16] @ models/lib/nn.yaml:90:7
%8327 = add %8326, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%8328 = div %8310, %8327 : f32[16] @ models/lib/nn.yaml:90:7
%8329 = cast %8318 : f32[] @ models/lib/nn.yaml:90:7
%8330 = broadcast %8329 : f32[16] @ models/lib/nn.yaml:90:7
%8331 = mul %8328, %8330 : f32[16] @ models/lib/nn.yaml:90:7
%8332 = sub %36, %8331 : f32[16] @ models/lib/nn.yaml:90:7
%8333 = assign %36, %8332 : f32[16] @ models/lib/nn.yaml:90:7
%8334 = assign %8304, %8310 : f32[16] @ models/lib/nn.yaml:90:7
%8335 = assign %8305, %8314 : f32[16] @ models/lib/nn.yaml:90:7
%8336 = assign %8306, %8307 : i64[] @ models/lib/nn.yaml:90:7
%8337 = mul %114, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%8338 = mul %8332, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%8339 = add %8337, %8338 : f32[16] @ models/lib/nn.yaml:90:7
%8340 = assign %114, %8339 : f32[16] @ models/lib/nn.yaml:90:7
%8341 = all_reduce_sum %6175 : f32[16,16] @ models/lib/nn.yaml:79:7
%8342 = reshape %8341 : f32[256] @ models/lib/nn.yaml:79:7
%8343 = mul %8342, %8342 : f32[256] @ models/lib/nn.yaml:79:7
%8344 = reduce_sum %8343 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8345 = sqrt %8344 : f32[] @ models/lib/nn.yaml:79:7
%8346 = cast %8345 : f64[] @ models/lib/nn.yaml:79:7
%8347 = add %8346, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8348 = div %6736, %8347 : f64[] @ models/lib/nn.yaml:79:7
%8349 = lt %8348, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8350 = cast %8348 : f32[] @ models/lib/nn.yaml:79:7
%8351 = broadcast %8350 : f32[16,16] @ models/lib/nn.yaml:79:7
%8352 = mul %8341, %8351 : f32[16,16] @ models/lib/nn.yaml:79:7
%8353 = broadcast %8349 : bool[16,16] @ models/lib/nn.yaml:79:7
%8354 = select %8353, %8352, %8341 : f32[16,16] @ models/lib/nn.yaml:79:7
%8355 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8356 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8357 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8358 = add %8357, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8359 = mul %37, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%8360 = mul %8354, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%8361 = mul %8355, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%8362 = add %8361, %8360 : f32[16,16] @ models/lib/nn.yaml:79:7
%8363 = mul %8354, %8354 : f32[16,16] @ models/lib/nn.yaml:79:7
%8364 = mul %8363, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%8365 = mul %8356, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8366 = add %8365, %8364 : f32[16,16] @ models/lib/nn.yaml:79:7
%8367 = cast %8358 : f64[] @ models/lib/nn.yaml:79:7
%8368 = pow %6757, %8367 : f64[] @ models/lib/nn.yaml:79:7
%8369 = sub %6738, %8368 : f64[] @ models/lib/nn.yaml:79:7
%8370 = div %4159, %8369 : f64[] @ models/lib/nn.yaml:79:7
%8371 = pow %6765, %8367 : f64[] @ models/lib/nn.yaml:79:7
%8372 = sub %6738, %8371 : f64[] @ models/lib/nn.yaml:79:7
%8373 = sqrt %8372 : f64[] @ models/lib/nn.yaml:79:7
%8374 = div %6738, %8373 : f64[] @ models/lib/nn.yaml:79:7
%8375 = sqrt %8366 : f32[16,16] @ models/lib/nn.yaml:79:7
%8376 = cast %8374 : f32[] @ models/lib/nn.yaml:79:7
%8377 = broadcast %8376 : f32[16,16] @ models/lib/nn.yaml:79:7
%8378 = mul %8375, %8377 : f32[16,16] @ models/lib/nn.yaml:79:7
%8379 = add %8378, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%8380 = div %8362, %8379 : f32[16,16] @ models/lib/nn.yaml:79:7
%8381 = cast %8370 : f32[] @ models/lib/nn.yaml:79:7
%8382 = broadcast %8381 : f32[16,16] @ models/lib/nn.yaml:79:7
%8383 = mul %8380, %8382 : f32[16,16] @ models/lib/nn.yaml:79:7
%8384 = sub %8359, %8383 : f32[16,16] @ models/lib/nn.yaml:79:7
%8385 = assign %37, %8384 : f32[16,16] @ models/lib/nn.yaml:79:7
%8386 = assign %8355, %8362 : f32[16,16] @ models/lib/nn.yaml:79:7
%8387 = assign %8356, %8366 : f32[16,16] @ models/lib/nn.yaml:79:7
%8388 = assign %8357, %8358 : i64[] @ models/lib/nn.yaml:79:7
%8389 = mul %115, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%8390 = mul %8384, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8391 = add %8389, %8390 : f32[16,16] @ models/lib/nn.yaml:79:7
%8392 = assign %115, %8391 : f32[16,16] @ models/lib/nn.yaml:79:7
%8393 = all_reduce_sum %6166 : f32[16] @ models/lib/nn.yaml:80:7
%8394 = mul %8393, %8393 : f32[16] @ models/lib/nn.yaml:80:7
%8395 = reduce_sum %8394 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8396 = sqrt %8395 : f32[] @ models/lib/nn.yaml:80:7
%8397 = cast %8396 : f64[] @ models/lib/nn.yaml:80:7
%8398 = add %8397, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8399 = div %6736, %8398 : f64[] @ models/lib/nn.yaml:80:7
%8400 = lt %8399, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8401 = cast %8399 : f32[] @ models/lib/nn.yaml:80:7
%8402 = broadcast %8401 : f32[16] @ models/lib/nn.yaml:80:7
%8403 = mul %8393, %8402 : f32[16] @ models/lib/nn.yaml:80:7
%8404 = broadcast %8400 : bool[16] @ models/lib/nn.yaml:80:7
%8405 = select %8404, %8403, %8393 : f32[16] @ models/lib/nn.yaml:80:7
%8406 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8407 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8408 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8409 = add %8408, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8410 = mul %8405, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%8411 = mul %8406, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%8412 = add %8411, %8410 : f32[16] @ models/lib/nn.yaml:80:7
%8413 = mul %8405, %8405 : f32[16] @ models/lib/nn.yaml:80:7
%8414 = mul %8413, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%8415 = mul %8407, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%8416 = add %8415, %8414 : f32[16] @ models/lib/nn.yaml:80:7
%8417 = cast %8409 : f64[] @ models/lib/nn.yaml:80:7
%8418 = pow %6757, %8417 : f64[] @ models/lib/nn.yaml:80:7
%8419 = sub %6738, %8418 : f64[] @ models/lib/nn.yaml:80:7
%8420 = div %4159, %8419 : f64[] @ models/lib/nn.yaml:80:7
%8421 = pow %6765, %8417 : f64[] @ models/lib/nn.yaml:80:7
%8422 = sub %6738, %8421 : f64[] @ models/lib/nn.yaml:80:7
%8423 = sqrt %8422 : f64[] @ models/lib/nn.yaml:80:7
%8424 = div %6738, %8423 : f64[] @ models/lib/nn.yaml:80:7
%8425 = sqrt %8416 : f32[16] @ models/lib/nn.yaml:80:7
%8426 = cast %8424 : f32[] @ models/lib/nn.yaml:80:7
%8427 = broadcast %8426 : f32[16] @ models/lib/nn.yaml:80:7
%8428 = mul %8425, %8427 : f32[16] @ models/lib/nn.yaml:80:7
%8429 = add %8428, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%8430 = div %8412, %8429 : f32[16] @ models/lib/nn.yaml:80:7
%8431 = cast %8420 : f32[] @ models/lib/nn.yaml:80:7
%8432 = broadcast %8431 : f32[16] @ models/lib/nn.yaml:80:7
%8433 = mul %8430, %8432 : f32[16] @ models/lib/nn.yaml:80:7
%8434 = sub %38, %8433 : f32[16] @ models/lib/nn.yaml:80:7
%8435 = assign %38, %8434 : f32[16] @ models/lib/nn.yaml:80:7
%8436 = assign %8406, %8412 : f32[16] @ models/lib/nn.yaml:80:7
%8437 = assign %8407, %8416 : f32[16] @ models/lib/nn.yaml:80:7
%8438 = assign %8408, %8409 : i64[] @ models/lib/nn.yaml:80:7
%8439 = mul %116, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%8440 = mul %8434, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%8441 = add %8439, %8440 : f32[16] @ models/lib/nn.yaml:80:7
%8442 = assign %116, %8441 : f32[16] @ models/lib/nn.yaml:80:7
%8443 = all_reduce_sum %6160 : f32[16,16] @ models/lib/nn.yaml:79:7
%8444 = reshape %8443 : f32[256] @ models/lib/nn.yaml:79:7
%8445 = mul %8444, %8444 : f32[256] @ models/lib/nn.yaml:79:7
%8446 = reduce_sum %8445 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8447 = sqrt %8446 : f32[] @ models/lib/nn.yaml:79:7
%8448 = cast %8447 : f64[] @ models/lib/nn.yaml:79:7
%8449 = add %8448, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8450 = div %6736, %8449 : f64[] @ models/lib/nn.yaml:79:7
%8451 = lt %8450, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8452 = cast %8450 : f32[] @ models/lib/nn.yaml:79:7
%8453 = broadcast %8452 : f32[16,16] @ models/lib/nn.yaml:79:7
%8454 = mul %8443, %8453 : f32[16,16] @ models/lib/nn.yaml:79:7
%8455 = broadcast %8451 : bool[16,16] @ models/lib/nn.yaml:79:7
%8456 = select %8455, %8454, %8443 : f32[16,16] @ models/lib/nn.yaml:79:7
%8457 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8458 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8459 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8460 = add %8459, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8461 = mul %39, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%8462 = mul %8456, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%8463 = mul %8457, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%8464 = add %8463, %8462 : f32[16,16] @ models/lib/nn.yaml:79:7
%8465 = mul %8456, %8456 : f32[16,16] @ models/lib/nn.yaml:79:7
%8466 = mul %8465, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%8467 = mul %8458, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8468 = add %8467, %8466 : f32[16,16] @ models/lib/nn.yaml:79:7
%8469 = cast %8460 : f64[] @ models/lib/nn.yaml:79:7
%8470 = pow %6757, %8469 : f64[] @ models/lib/nn.yaml:79:7
%8471 = sub %6738, %8470 : f64[] @ models/lib/nn.yaml:79:7
%8472 = div %4159, %8471 : f64[] @ models/lib/nn.yaml:79:7
%8473 = pow %6765, %8469 : f64[] @ models/lib/nn.yaml:79:7
%8474 = sub %6738, %8473 : f64[] @ models/lib/nn.yaml:79:7
%8475 = sqrt %8474 : f64[] @ models/lib/nn.yaml:79:7
%8476 = div %6738, %8475 : f64[] @ models/lib/nn.yaml:79:7
%8477 = sqrt %8468 : f32[16,16] @ models/lib/nn.yaml:79:7
%8478 = cast %8476 : f32[] @ models/lib/nn.yaml:79:7
%8479 = broadcast %8478 : f32[16,16] @ models/lib/nn.yaml:79:7
%8480 = mul %8477, %8479 : f32[16,16] @ models/lib/nn.yaml:79:7
%8481 = add %8480, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%8482 = div %8464, %8481 : f32[16,16] @ models/lib/nn.yaml:79:7
%8483 = cast %8472 : f32[] @ models/lib/nn.yaml:79:7
%8484 = broadcast %8483 : f32[16,16] @ models/lib/nn.yaml:79:7
%8485 = mul %8482, %8484 : f32[16,16] @ models/lib/nn.yaml:79:7
%8486 = sub %8461, %8485 : f32[16,16] @ models/lib/nn.yaml:79:7
%8487 = assign %39, %8486 : f32[16,16] @ models/lib/nn.yaml:79:7
%8488 = assign %8457, %8464 : f32[16,16] @ models/lib/nn.yaml:79:7
%8489 = assign %8458, %8468 : f32[16,16] @ models/lib/nn.yaml:79:7
%8490 = assign %8459, %8460 : i64[] @ models/lib/nn.yaml:79:7
%8491 = mul %117, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%8492 = mul %8486, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8493 = add %8491, %8492 : f32[16,16] @ models/lib/nn.yaml:79:7
%8494 = assign %117, %8493 : f32[16,16] @ models/lib/nn.yaml:79:7
%8495 = all_reduce_sum %6149 : f32[16] @ models/lib/nn.yaml:80:7
%8496 = mul %8495, %8495 : f32[16] @ models/lib/nn.yaml:80:7
%8497 = reduce_sum %8496 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8498 = sqrt %8497 : f32[] @ models/lib/nn.yaml:80:7
%8499 = cast %8498 : f64[] @ models/lib/nn.yaml:80:7
%8500 = add %8499, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8501 = div %6736, %8500 : f64[] @ models/lib/nn.yaml:80:7
%8502 = lt %8501, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8503 = cast %8501 : f32[] @ models/lib/nn.yaml:80:7
%8504 = broadcast %8503 : f32[16] @ models/lib/nn.yaml:80:7
%8505 = mul %8495, %8504 : f32[16] @ models/lib/nn.yaml:80:7
%8506 = broadcast %8502 : bool[16] @ models/lib/nn.yaml:80:7
%8507 = select %8506, %8505, %8495 : f32[16] @ models/lib/nn.yaml:80:7
%8508 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8509 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8510 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8511 = add %8510, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8512 = mul %8507, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%8513 = mul %8508, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%8514 = add %8513, %8512 : f32[16] @ models/lib/nn.yaml:80:7
%8515 = mul %8507, %8507 : f32[16] @ models/lib/nn.yaml:80:7
%8516 = mul %8515, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%8517 = mul %8509, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%8518 = add %8517, %8516 : f32[16] @ models/lib/nn.yaml:80:7
%8519 = cast %8511 : f64[] @ models/lib/nn.yaml:80:7
%8520 = pow %6757, %8519 : f64[] @ models/lib/nn.yaml:80:7
%8521 = sub %6738, %8520 : f64[] @ models/lib/nn.yaml:80:7
%8522 = div %4159, %8521 : f64[] @ models/lib/nn.yaml:80:7
%8523 = pow %6765, %8519 : f64[] @ models/lib/nn.yaml:80:7
%8524 = sub %6738, %8523 : f64[] @ models/lib/nn.yaml:80:7
%8525 = sqrt %8524 : f64[] @ models/lib/nn.yaml:80:7
%8526 = div %6738, %8525 : f64[] @ models/lib/nn.yaml:80:7
%8527 = sqrt %8518 : f32[16] @ models/lib/nn.yaml:80:7
%8528 = cast %8526 : f32[] @ models/lib/nn.yaml:80:7
%8529 = broadcast %8528 : f32[16] @ models/lib/nn.yaml:80:7
%8530 = mul %8527, %8529 : f32[16] @ models/lib/nn.yaml:80:7
%8531 = add %8530, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%8532 = div %8514, %8531 : f32[16] @ models/lib/nn.yaml:80:7
%8533 = cast %8522 : f32[] @ models/lib/nn.yaml:80:7
%8534 = broadcast %8533 : f32[16] @ models/lib/nn.yaml:80:7
%8535 = mul %8532, %8534 : f32[16] @ models/lib/nn.yaml:80:7
%8536 = sub %40, %8535 : f32[16] @ models/lib/nn.yaml:80:7
%8537 = assign %40, %8536 : f32[16] @ models/lib/nn.yaml:80:7
%8538 = assign %8508, %8514 : f32[16] @ models/lib/nn.yaml:80:7
%8539 = assign %8509, %8518 : f32[16] @ models/lib/nn.yaml:80:7
%8540 = assign %8510, %8511 : i64[] @ models/lib/nn.yaml:80:7
%8541 = mul %118, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%8542 = mul %8536, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%8543 = add %8541, %8542 : f32[16] @ models/lib/nn.yaml:80:7
%8544 = assign %118, %8543 : f32[16] @ models/lib/nn.yaml:80:7
%8545 = all_reduce_sum %6141 : f32[16,16] @ models/lib/nn.yaml:79:7
%8546 = reshape %8545 : f32[256] @ models/lib/nn.yaml:79:7
%8547 = mul %8546, %8546 : f32[256] @ models/lib/nn.yaml:79:7
%8548 = reduce_sum %8547 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8549 = sqrt %8548 : f32[] @ models/lib/nn.yaml:79:7
%8550 = cast %8549 : f64[] @ models/lib/nn.yaml:79:7
%8551 = add %8550, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8552 = div %6736, %8551 : f64[] @ models/lib/nn.yaml:79:7
%8553 = lt %8552, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8554 = cast %8552 : f32[] @ models/lib/nn.yaml:79:7
%8555 = broadcast %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8556 = mul %8545, %8555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8557 = broadcast %8553 : bool[16,16] @ models/lib/nn.yaml:79:7
%8558 = select %8557, %8556, %8545 : f32[16,16] @ models/lib/nn.yaml:79:7
%8559 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8560 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8561 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8562 = add %8561, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8563 = mul %41, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%8564 = mul %8558, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%8565 = mul %8559, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%8566 = add %8565, %8564 : f32[16,16] @ models/lib/nn.yaml:79:7
%8567 = mul %8558, %8558 : f32[16,16] @ models/lib/nn.yaml:79:7
%8568 = mul %8567, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%8569 = mul %8560, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8570 = add %8569, %8568 : f32[16,16] @ models/lib/nn.yaml:79:7
%8571 = cast %8562 : f64[] @ models/lib/nn.yaml:79:7
%8572 = pow %6757, %8571 : f64[] @ models/lib/nn.yaml:79:7
%8573 = sub %6738, %8572 : f64[] @ models/lib/nn.yaml:79:7
%8574 = div %4159, %8573 : f64[] @ models/lib/nn.yaml:79:7
%8575 = pow %6765, %8571 : f64[] @ models/lib/nn.yaml:79:7
%8576 = sub %6738, %8575 : f64[] @ models/lib/nn.yaml:79:7
%8577 = sqrt %8576 : f64[] @ models/lib/nn.yaml:79:7
%8578 = div %6738, %8577 : f64[] @ models/lib/nn.yaml:79:7
%8579 = sqrt %8570 : f32[16,16] @ models/lib/nn.yaml:79:7
%8580 = cast %8578 : f32[] @ models/lib/nn.yaml:79:7
%8581 = broadcast %8580 : f32[16,16] @ models/lib/nn.yaml:79:7
%8582 = mul %8579, %8581 : f32[16,16] @ models/lib/nn.yaml:79:7
%8583 = add %8582, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%8584 = div %8566, %8583 : f32[16,16] @ models/lib/nn.yaml:79:7
%8585 = cast %8574 : f32[] @ models/lib/nn.yaml:79:7
%8586 = broadcast %8585 : f32[16,16] @ models/lib/nn.yaml:79:7
%8587 = mul %8584, %8586 : f32[16,16] @ models/lib/nn.yaml:79:7
%8588 = sub %8563, %8587 : f32[16,16] @ models/lib/nn.yaml:79:7
%8589 = assign %41, %8588 : f32[16,16] @ models/lib/nn.yaml:79:7
%8590 = assign %8559, %8566 : f32[16,16] @ models/lib/nn.yaml:79:7
%8591 = assign %8560, %8570 : f32[16,16] @ models/lib/nn.yaml:79:7
%8592 = assign %8561, %8562 : i64[] @ models/lib/nn.yaml:79:7
%8593 = mul %119, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%8594 = mul %8588, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8595 = add %8593, %8594 : f32[16,16] @ models/lib/nn.yaml:79:7
%8596 = assign %119, %8595 : f32[16,16] @ models/lib/nn.yaml:79:7
%8597 = all_reduce_sum %6132 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = mul %8597, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = reduce_sum %8598 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8600 = sqrt %8599 : f32[] @ models/lib/nn.yaml:80:7
%8601 = cast %8600 : f64[] @ models/lib/nn.yaml:80:7
%8602 = add %8601, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8603 = div %6736, %8602 : f64[] @ models/lib/nn.yaml:80:7
%8604 = lt %8603, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8605 = cast %8603 : f32[] @ models/lib/nn.yaml:80:7
%8606 = broadcast %8605 : f32[16] @ models/lib/nn.yaml:80:7
%8607 = mul %8597, %8606 : f32[16] @ models/lib/nn.yaml:80:7
%8608 = broadcast %8604 : bool[16] @ models/lib/nn.yaml:80:7
%8609 = select %8608, %8607, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8610 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8611 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8612 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8613 = add %8612, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8614 = mul %8609, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%8615 = mul %8610, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = add %8615, %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8617 = mul %8609, %8609 : f32[16] @ models/lib/nn.yaml:80:7
%8618 = mul %8617, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%8619 = mul %8611, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%8620 = add %8619, %8618 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = cast %8613 : f64[] @ models/lib/nn.yaml:80:7
%8622 = pow %6757, %8621 : f64[] @ models/lib/nn.yaml:80:7
%8623 = sub %6738, %8622 : f64[] @ models/lib/nn.yaml:80:7
%8624 = div %4159, %8623 : f64[] @ models/lib/nn.yaml:80:7
%8625 = pow %6765, %8621 : f64[] @ models/lib/nn.yaml:80:7
%8626 = sub %6738, %8625 : f64[] @ models/lib/nn.yaml:80:7
%8627 = sqrt %8626 : f64[] @ models/lib/nn.yaml:80:7
%8628 = div %6738, %8627 : f64[] @ models/lib/nn.yaml:80:7
%8629 = sqrt %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8630 = cast %8628 : f32[] @ models/lib/nn.yaml:80:7
%8631 = broadcast %8630 : f32[16] @ models/lib/nn.yaml:80:7
%8632 = mul %8629, %8631 : f32[16] @ models/lib/nn.yaml:80:7
%8633 = add %8632, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%8634 = div %8616, %8633 : f32[16] @ models/lib/nn.yaml:80:7
%8635 = cast %8624 : f32[] @ models/lib/nn.yaml:80:7
%8636 = broadcast %8635 : f32[16] @ models/lib/nn.yaml:80:7
%8637 = mul %8634, %8636 : f32[16] @ models/lib/nn.yaml:80:7
%8638 = sub %42, %8637 : f32[16] @ models/lib/nn.yaml:80:7
%8639 = assign %42, %8638 : f32[16] @ models/lib/nn.yaml:80:7
%8640 = assign %8610, %8616 : f32[16] @ models/lib/nn.yaml:80:7
%8641 = assign %8611, %8620 : f32[16] @ models/lib/nn.yaml:80:7
%8642 = assign %8612, %8613 : i64[] @ models/lib/nn.yaml:80:7
%8643 = mul %120, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%8644 = mul %8638, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%8645 = add %8643, %8644 : f32[16] @ models/lib/nn.yaml:80:7
%8646 = assign %120, %8645 : f32[16] @ models/lib/nn.yaml:80:7
%8647 = all_reduce_sum %6031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8648 = reshape %8647 : f32[256] @ models/lib/nn.yaml:79:7
%8649 = mul %8648, %8648 : f32[256] @ models/lib/nn.yaml:79:7
%8650 = reduce_sum %8649 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8651 = sqrt %8650 : f32[] @ models/lib/nn.yaml:79:7
%8652 = cast %8651 : f64[] @ models/lib/nn.yaml:79:7
%8653 = add %8652, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8654 = div %6736, %8653 : f64[] @ models/lib/nn.yaml:79:7
%8655 = lt %8654, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8656 = cast %8654 : f32[] @ models/lib/nn.yaml:79:7
%8657 = broadcast %8656 : f32[16,16] @ models/lib/nn.yaml:79:7
%8658 = mul %8647, %8657 : f32[16,16] @ models/lib/nn.yaml:79:7
%8659 = broadcast %8655 : bool[16,16] @ models/lib/nn.yaml:79:7
%8660 = select %8659, %8658, %8647 : f32[16,16] @ models/lib/nn.yaml:79:7
%8661 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8662 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8663 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8664 = add %8663, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8665 = mul %43, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%8666 = mul %8660, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%8667 = mul %8661, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%8668 = add %8667, %8666 : f32[16,16] @ models/lib/nn.yaml:79:7
%8669 = mul %8660, %8660 : f32[16,16] @ models/lib/nn.yaml:79:7
%8670 = mul %8669, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%8671 = mul %8662, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%8672 = add %8671, %8670 : f32[16,16] @ models/lib/nn.yaml:79:7
%8673 = cast %8664 : f64[] @ models/lib/nn.yaml:79:7
%8674 = pow %6757, %8673 : f64[] @ models/lib/nn.yaml:79:7
%8675 = sub %6738, %8674 : f64[] @ models/lib/nn.yaml:79:7
%8676 = div %4159, %8675 : f64[] @ models/lib/nn.yaml:79:7
%8677 = pow %6765, %8673 : f64[] @ models/lib/nn.yaml:79:7
%8678 = sub %6738, %8677 : f64[] @ models/lib/nn.yaml:79:7
%8679 = sqrt %8678 : f64[] @ models/lib/nn.yaml:79:7
%8680 = div %6738, %8679 : f64[] @ models/lib/nn.yaml:79:7
%8681 = sqrt %8672 : f32[16,16] @ models/lib/nn.yaml:79:7
%8682 = cast %8680 : f32[] @ models/lib/nn.yaml:79:7
%8683 = broadcast %8682 : f32[16,16] @ models/lib/nn.yaml:79:7
%8684 = mul %8681, %8683 : f32[16,16] @ models/lib/nn.yaml:79:7
%8685 = add %8684, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%8686 = div %8668, %8685 : f32[16,16] @ models/lib/nn.yaml:79:7
%8687 = cast %8676 : f32[] @ models/lib/nn.yaml:79:7
%8688 = broadcast %8687 : f32[16,16] @ models/lib/nn.yaml:79:7
%8689 = mul %8686, %8688 : f32[16,16] @ models/lib/nn.yaml:79:7
%8690 = sub %8665, %8689 : f32[16,16] @ models/lib/nn.yaml:79:7
%8691 = assign %43, %8690 : f32[16,16] @ models/lib/nn.yaml:79:7
%8692 = assign %8661, %8668 : f32[16,16] @ models/lib/nn.yaml:79:7
%8693 = assign %8662, %8672 : f32[16,16] @ models/lib/nn.yaml:79:7
%8694 = assign %8663, %8664 : i64[] @ models/lib/nn.yaml:79:7
%8695 = mul %121, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%8696 = mul %8690, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%8697 = add %8695, %8696 : f32[16,16] @ models/lib/nn.yaml:79:7
%8698 = assign %121, %8697 : f32[16,16] @ models/lib/nn.yaml:79:7
%8699 = all_reduce_sum %6023 : f32[16] @ models/lib/nn.yaml:80:7
%8700 = mul %8699, %8699 : f32[16] @ models/lib/nn.yaml:80:7
%8701 = reduce_sum %8700 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8702 = sqrt %8701 : f32[] @ models/lib/nn.yaml:80:7
%8703 = cast %8702 : f64[] @ models/lib/nn.yaml:80:7
%8704 = add %8703, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8705 = div %6736, %8704 : f64[] @ models/lib/nn.yaml:80:7
%8706 = lt %8705, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8707 = cast %8705 : f32[] @ models/lib/nn.yaml:80:7
%8708 = broadcast %8707 : f32[16] @ models/lib/nn.yaml:80:7
%8709 = mul %8699, %8708 : f32[16] @ models/lib/nn.yaml:80:7
%8710 = broadcast %8706 : bool[16] @ models/lib/nn.yaml:80:7
%8711 = select %8710, %8709, %8699 : f32[16] @ models/lib/nn.yaml:80:7
%8712 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8713 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8714 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8715 = add %8714, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8716 = mul %8711, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%8717 = mul %8712, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%8718 = add %8717, %8716 : f32[16] @ models/lib/nn.yaml:80:7
%8719 = mul %8711, %8711 : f32[16] @ models/lib/nn.yaml:80:7
%8720 = mul %8719, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%8721 = mul %8713, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%8722 = add %8721, %8720 : f32[16] @ models/lib/nn.yaml:80:7
%8723 = cast %8715 : f64[] @ models/lib/nn.yaml:80:7
%8724 = pow %6757, %8723 : f64[] @ models/lib/nn.yaml:80:7
%8725 = sub %6738, %8724 : f64[] @ models/lib/nn.yaml:80:7
%8726 = div %4159, %8725 : f64[] @ models/lib/nn.yaml:80:7
%8727 = pow %6765, %8723 : f64[] @ models/lib/nn.yaml:80:7
%8728 = sub %6738, %8727 : f64[] @ models/lib/nn.yaml:80:7
%8729 = sqrt %8728 : f64[] @ models/lib/nn.yaml:80:7
%8730 = div %6738, %8729 : f64[] @ models/lib/nn.yaml:80:7
%8731 = sqrt %8722 : f32[16] @ models/lib/nn.yaml:80:7
%8732 = cast %8730 : f32[] @ models/lib/nn.yaml:80:7
%8733 = broadcast %8732 : f32[16] @ models/lib/nn.yaml:80:7
%8734 = mul %8731, %8733 : f32[16] @ models/lib/nn.yaml:80:7
%8735 = add %8734, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%8736 = div %8718, %8735 : f32[16] @ models/lib/nn.yaml:80:7
%8737 = cast %8726 : f32[] @ models/lib/nn.yaml:80:7
%8738 = broadcast %8737 : f32[16] @ models/lib/nn.yaml:80:7
%8739 = mul %8736, %8738 : f32[16] @ models/lib/nn.yaml:80:7
%8740 = sub %44, %8739 : f32[16] @ models/lib/nn.yaml:80:7
%8741 = assign %44, %8740 : f32[16] @ models/lib/nn.yaml:80:7
%8742 = assign %8712, %8718 : f32[16] @ models/lib/nn.yaml:80:7
%8743 = assign %8713, %8722 : f32[16] @ models/lib/nn.yaml:80:7
%8744 = assign %8714, %8715 : i64[] @ models/lib/nn.yaml:80:7
%8745 = mul %122, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%8746 = mul %8740, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%8747 = add %8745, %8746 : f32[16] @ models/lib/nn.yaml:80:7
%8748 = assign %122, %8747 : f32[16] @ models/lib/nn.yaml:80:7
%8749 = all_reduce_sum %6002 : f32[16] @ models/lib/nn.yaml:89:7
%8750 = mul %8749, %8749 : f32[16] @ models/lib/nn.yaml:89:7
%8751 = reduce_sum %8750 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8752 = sqrt %8751 : f32[] @ models/lib/nn.yaml:89:7
%8753 = cast %8752 : f64[] @ models/lib/nn.yaml:89:7
%8754 = add %8753, %6734 : f64[] @ models/lib/nn.yaml:89:7
%8755 = div %6736, %8754 : f64[] @ models/lib/nn.yaml:89:7
%8756 = lt %8755, %6738 : bool[] @ models/lib/nn.yaml:89:7
%8757 = cast %8755 : f32[] @ models/lib/nn.yaml:89:7
%8758 = broadcast %8757 : f32[16] @ models/lib/nn.yaml:89:7
%8759 = mul %8749, %8758 : f32[16] @ models/lib/nn.yaml:89:7
%8760 = broadcast %8756 : bool[16] @ models/lib/nn.yaml:89:7
%8761 = select %8760, %8759, %8749 : f32[16] @ models/lib/nn.yaml:89:7
%8762 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8763 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8764 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8765 = add %8764, %6748 : i64[] @ models/lib/nn.yaml:89:7
%8766 = mul %8761, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%8767 = mul %8762, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%8768 = add %8767, %8766 : f32[16] @ models/lib/nn.yaml:89:7
%8769 = mul %8761, %8761 : f32[16] @ models/lib/nn.yaml:89:7
%8770 = mul %8769, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%8771 = mul %8763, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%8772 = add %8771, %8770 : f32[16] @ models/lib/nn.yaml:89:7
%8773 = cast %8765 : f64[] @ models/lib/nn.yaml:89:7
%8774 = pow %6757, %8773 : f64[] @ models/lib/nn.yaml:89:7
%8775 = sub %6738, %8774 : f64[] @ models/lib/nn.yaml:89:7
%8776 = div %4159, %8775 : f64[] @ models/lib/nn.yaml:89:7
%8777 = pow %6765, %8773 : f64[] @ models/lib/nn.yaml:89:7
%8778 = sub %6738, %8777 : f64[] @ models/lib/nn.yaml:89:7
%8779 = sqrt %8778 : f64[] @ models/lib/nn.yaml:89:7
%8780 = div %6738, %8779 : f64[] @ models/lib/nn.yaml:89:7
%8781 = sqrt %8772 : f32[16] @ models/lib/nn.yaml:89:7
%8782 = cast %8780 : f32[] @ models/lib/nn.yaml:89:7
%8783 = broadcast %8782 : f32[16] @ models/lib/nn.yaml:89:7
%8784 = mul %8781, %8783 : f32[16] @ models/lib/nn.yaml:89:7
%8785 = add %8784, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%8786 = div %8768, %8785 : f32[16] @ models/lib/nn.yaml:89:7
%8787 = cast %8776 : f32[] @ models/lib/nn.yaml:89:7
%8788 = broadcast %8787 : f32[16] @ models/lib/nn.yaml:89:7
%8789 = mul %8786, %8788 : f32[16] @ models/lib/nn.yaml:89:7
%8790 = sub %45, %8789 : f32[16] @ models/lib/nn.yaml:89:7
%8791 = assign %45, %8790 : f32[16] @ models/lib/nn.yaml:89:7
%8792 = assign %8762, %8768 : f32[16] @ models/lib/nn.yaml:89:7
%8793 = assign %8763, %8772 : f32[16] @ models/lib/nn.yaml:89:7
%8794 = assign %8764, %8765 : i64[] @ models/lib/nn.yaml:89:7
%8795 = mul %123, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%8796 = mul %8790, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%8797 = add %8795, %8796 : f32[16] @ models/lib/nn.yaml:89:7
%8798 = assign %123, %8797 : f32[16] @ models/lib/nn.yaml:89:7
%8799 = all_reduce_sum %5995 : f32[16] @ models/lib/nn.yaml:90:7
%8800 = mul %8799, %8799 : f32[16] @ models/lib/nn.yaml:90:7
%8801 = reduce_sum %8800 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8802 = sqrt %8801 : f32[] @ models/lib/nn.yaml:90:7
%8803 = cast %8802 : f64[] @ models/lib/nn.yaml:90:7
%8804 = add %8803, %6734 : f64[] @ models/lib/nn.yaml:90:7
%8805 = div %6736, %8804 : f64[] @ models/lib/nn.yaml:90:7
%8806 = lt %8805, %6738 : bool[] @ models/lib/nn.yaml:90:7
%8807 = cast %8805 : f32[] @ models/lib/nn.yaml:90:7
%8808 = broadcast %8807 : f32[16] @ models/lib/nn.yaml:90:7
%8809 = mul %8799, %8808 : f32[16] @ models/lib/nn.yaml:90:7
%8810 = broadcast %8806 : bool[16] @ models/lib/nn.yaml:90:7
%8811 = select %8810, %8809, %8799 : f32[16] @ models/lib/nn.yaml:90:7
%8812 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8813 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8814 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8815 = add %8814, %6748 : i64[] @ models/lib/nn.yaml:90:7
%8816 = mul %8811, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%8817 = mul %8812, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%8818 = add %8817, %8816 : f32[16] @ models/lib/nn.yaml:90:7
%8819 = mul %8811, %8811 : f32[16] @ models/lib/nn.yaml:90:7
%8820 = mul %8819, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%8821 = mul %8813, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%8822 = add %8821, %8820 : f32[16] @ models/lib/nn.yaml:90:7
%8823 = cast %8815 : f64[] @ models/lib/nn.yaml:90:7
%8824 = pow %6757, %8823 : f64[] @ models/lib/nn.yaml:90:7
%8825 = sub %6738, %8824 : f64[] @ models/lib/nn.yaml:90:7
%8826 = div %4159, %8825 : f64[] @ models/lib/nn.yaml:90:7
%8827 = pow %6765, %8823 : f64[] @ models/lib/nn.yaml:90:7
%8828 = sub %6738, %8827 : f64[] @ models/lib/nn.yaml:90:7
%8829 = sqrt %8828 : f64[] @ models/lib/nn.yaml:90:7
%8830 = div %6738, %8829 : f64[] @ models/lib/nn.yaml:90:7
%8831 = sqrt %8822 : f32[16] @ models/lib/nn.yaml:90:7
%8832 = cast %8830 : f32[] @ models/lib/nn.yaml:90:7
%8833 = broadcast %8832 : f32[16] @ models/lib/nn.yaml:90:7
%8834 = mul %8831, %8833 : f32[16] @ models/lib/nn.yaml:90:7
%8835 = add %8834, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%8836 = div %8818, %8835 : f32[16] @ models/lib/nn.yaml:90:7
%8837 = cast %8826 : f32[] @ models/lib/nn.yaml:90:7
%8838 = broadcast %8837 : f32[16] @ models/lib/nn.yaml:90:7
%8839 = mul %8836, %8838 : f32[16] @ models/lib/nn.yaml:90:7
%8840 = sub %46, %8839 : f32[16] @ models/lib/nn.yaml:90:7
%8841 = assign %46, %8840 : f32[16] @ models/lib/nn.yaml:90:7
%8842 = assign %8812, %8818 : f32[16] @ models/lib/nn.yaml:90:7
%8843 = assign %8813, %8822 : f32[16] @ models/lib/nn.yaml:90:7
%8844 = assign %8814, %8815 : i64[] @ models/lib/nn.yaml:90:7
%8845 = mul %124, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%8846 = mul %8840, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%8847 = add %8845, %8846 : f32[16] @ models/lib/nn.yaml:90:7
%8848 = assign %124, %8847 : f32[16] @ models/lib/nn.yaml:90:7
%8849 = all_reduce_sum %5991 : f32[64,16] @ models/lib/nn.yaml:79:7
%8850 = reshape %8849 : f32[1024] @ models/lib/nn.yaml:79:7
%8851 = mul %8850, %8850 : f32[1024] @ models/lib/nn.yaml:79:7
%8852 = reduce_sum %8851 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8853 = sqrt %8852 : f32[] @ models/lib/nn.yaml:79:7
%8854 = cast %8853 : f64[] @ models/lib/nn.yaml:79:7
%8855 = add %8854, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8856 = div %6736, %8855 : f64[] @ models/lib/nn.yaml:79:7
%8857 = lt %8856, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8858 = cast %8856 : f32[] @ models/lib/nn.yaml:79:7
%8859 = broadcast %8858 : f32[64,16] @ models/lib/nn.yaml:79:7
%8860 = mul %8849, %8859 : f32[64,16] @ models/lib/nn.yaml:79:7
%8861 = broadcast %8857 : bool[64,16] @ models/lib/nn.yaml:79:7
%8862 = select %8861, %8860, %8849 : f32[64,16] @ models/lib/nn.yaml:79:7
%8863 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8864 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8865 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8866 = add %8865, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8867 = mul %47, %7364 : f32[64,16] @ models/lib/nn.yaml:79:7
%8868 = mul %8862, %7366 : f32[64,16] @ models/lib/nn.yaml:79:7
%8869 = mul %8863, %7368 : f32[64,16] @ models/lib/nn.yaml:79:7
%8870 = add %8869, %8868 : f32[64,16] @ models/lib/nn.yaml:79:7
%8871 = mul %8862, %8862 : f32[64,16] @ models/lib/nn.yaml:79:7
%8872 = mul %8871, %7372 : f32[64,16] @ models/lib/nn.yaml:79:7
%8873 = mul %8864, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%8874 = add %8873, %8872 : f32[64,16] @ models/lib/nn.yaml:79:7
%8875 = cast %8866 : f64[] @ models/lib/nn.yaml:79:7
%8876 = pow %6757, %8875 : f64[] @ models/lib/nn.yaml:79:7
%8877 = sub %6738, %8876 : f64[] @ models/lib/nn.yaml:79:7
%8878 = div %4159, %8877 : f64[] @ models/lib/nn.yaml:79:7
%8879 = pow %6765, %8875 : f64[] @ models/lib/nn.yaml:79:7
%8880 = sub %6738, %8879 : f64[] @ models/lib/nn.yaml:79:7
%8881 = sqrt %8880 : f64[] @ models/lib/nn.yaml:79:7
%8882 = div %6738, %8881 : f64[] @ models/lib/nn.yaml:79:7
%8883 = sqrt %8874 : f32[64,16] @ models/lib/nn.yaml:79:7
%8884 = cast %8882 : f32[] @ models/lib/nn.yaml:79:7
%8885 = broadcast %8884 : f32[64,16] @ models/lib/nn.yaml:79:7
%8886 = mul %8883, %8885 : f32[64,16] @ models/lib/nn.yaml:79:7
%8887 = add %8886, %7389 : f32[64,16] @ models/lib/nn.yaml:79:7
%8888 = div %8870, %8887 : f32[64,16] @ models/lib/nn.yaml:79:7
%8889 = cast %8878 : f32[] @ models/lib/nn.yaml:79:7
%8890 = broadcast %8889 : f32[64,16] @ models/lib/nn.yaml:79:7
%8891 = mul %8888, %8890 : f32[64,16] @ models/lib/nn.yaml:79:7
%8892 = sub %8867, %8891 : f32[64,16] @ models/lib/nn.yaml:79:7
%8893 = assign %47, %8892 : f32[64,16] @ models/lib/nn.yaml:79:7
%8894 = assign %8863, %8870 : f32[64,16] @ models/lib/nn.yaml:79:7
%8895 = assign %8864, %8874 : f32[64,16] @ models/lib/nn.yaml:79:7
%8896 = assign %8865, %8866 : i64[] @ models/lib/nn.yaml:79:7
%8897 = mul %125, %7400 : f32[64,16] @ models/lib/nn.yaml:79:7
%8898 = mul %8892, %7402 : f32[64,16] @ models/lib/nn.yaml:79:7
%8899 = add %8897, %8898 : f32[64,16] @ models/lib/nn.yaml:79:7
%8900 = assign %125, %8899 : f32[64,16] @ models/lib/nn.yaml:79:7
%8901 = all_reduce_sum %5983 : f32[64] @ models/lib/nn.yaml:80:7
%8902 = mul %8901, %8901 : f32[64] @ models/lib/nn.yaml:80:7
%8903 = reduce_sum %8902 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8904 = sqrt %8903 : f32[] @ models/lib/nn.yaml:80:7
%8905 = cast %8904 : f64[] @ models/lib/nn.yaml:80:7
%8906 = add %8905, %6734 : f64[] @ models/lib/nn.yaml:80:7
%8907 = div %6736, %8906 : f64[] @ models/lib/nn.yaml:80:7
%8908 = lt %8907, %6738 : bool[] @ models/lib/nn.yaml:80:7
%8909 = cast %8907 : f32[] @ models/lib/nn.yaml:80:7
%8910 = broadcast %8909 : f32[64] @ models/lib/nn.yaml:80:7
%8911 = mul %8901, %8910 : f32[64] @ models/lib/nn.yaml:80:7
%8912 = broadcast %8908 : bool[64] @ models/lib/nn.yaml:80:7
%8913 = select %8912, %8911, %8901 : f32[64] @ models/lib/nn.yaml:80:7
%8914 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8915 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8916 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8917 = add %8916, %6748 : i64[] @ models/lib/nn.yaml:80:7
%8918 = mul %8913, %7423 : f32[64] @ models/lib/nn.yaml:80:7
%8919 = mul %8914, %7425 : f32[64] @ models/lib/nn.yaml:80:7
%8920 = add %8919, %8918 : f32[64] @ models/lib/nn.yaml:80:7
%8921 = mul %8913, %8913 : f32[64] @ models/lib/nn.yaml:80:7
%8922 = mul %8921, %7429 : f32[64] @ models/lib/nn.yaml:80:7
%8923 = mul %8915, %7431 : f32[64] @ models/lib/nn.yaml:80:7
%8924 = add %8923, %8922 : f32[64] @ models/lib/nn.yaml:80:7
%8925 = cast %8917 : f64[] @ models/lib/nn.yaml:80:7
%8926 = pow %6757, %8925 : f64[] @ models/lib/nn.yaml:80:7
%8927 = sub %6738, %8926 : f64[] @ models/lib/nn.yaml:80:7
%8928 = div %4159, %8927 : f64[] @ models/lib/nn.yaml:80:7
%8929 = pow %6765, %8925 : f64[] @ models/lib/nn.yaml:80:7
%8930 = sub %6738, %8929 : f64[] @ models/lib/nn.yaml:80:7
%8931 = sqrt %8930 : f64[] @ models/lib/nn.yaml:80:7
%8932 = div %6738, %8931 : f64[] @ models/lib/nn.yaml:80:7
%8933 = sqrt %8924 : f32[64] @ models/lib/nn.yaml:80:7
%8934 = cast %8932 : f32[] @ models/lib/nn.yaml:80:7
%8935 = broadcast %8934 : f32[64] @ models/lib/nn.yaml:80:7
%8936 = mul %8933, %8935 : f32[64] @ models/lib/nn.yaml:80:7
%8937 = add %8936, %7446 : f32[64] @ models/lib/nn.yaml:80:7
%8938 = div %8920, %8937 : f32[64] @ models/lib/nn.yaml:80:7
%8939 = cast %8928 : f32[] @ models/lib/nn.yaml:80:7
%8940 = broadcast %8939 : f32[64] @ models/lib/nn.yaml:80:7
%8941 = mul %8938, %8940 : f32[64] @ models/lib/nn.yaml:80:7
%8942 = sub %48, %8941 : f32[64] @ models/lib/nn.yaml:80:7
%8943 = assign %48, %8942 : f32[64] @ models/lib/nn.yaml:80:7
%8944 = assign %8914, %8920 : f32[64] @ models/lib/nn.yaml:80:7
%8945 = assign %8915, %8924 : f32[64] @ models/lib/nn.yaml:80:7
%8946 = assign %8916, %8917 : i64[] @ models/lib/nn.yaml:80:7
%8947 = mul %126, %7457 : f32[64] @ models/lib/nn.yaml:80:7
%8948 = mul %8942, %7459 : f32[64] @ models/lib/nn.yaml:80:7
%8949 = add %8947, %8948 : f32[64] @ models/lib/nn.yaml:80:7
%8950 = assign %126, %8949 : f32[64] @ models/lib/nn.yaml:80:7
%8951 = all_reduce_sum %5963 : f32[16,64] @ models/lib/nn.yaml:79:7
%8952 = reshape %8951 : f32[1024] @ models/lib/nn.yaml:79:7
%8953 = mul %8952, %8952 : f32[1024] @ models/lib/nn.yaml:79:7
%8954 = reduce_sum %8953 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8955 = sqrt %8954 : f32[] @ models/lib/nn.yaml:79:7
%8956 = cast %8955 : f64[] @ models/lib/nn.yaml:79:7
%8957 = add %8956, %6734 : f64[] @ models/lib/nn.yaml:79:7
%8958 = div %6736, %8957 : f64[] @ models/lib/nn.yaml:79:7
%8959 = lt %8958, %6738 : bool[] @ models/lib/nn.yaml:79:7
%8960 = cast %8958 : f32[] @ models/lib/nn.yaml:79:7
%8961 = broadcast %8960 : f32[16,64] @ models/lib/nn.yaml:79:7
%8962 = mul %8951, %8961 : f32[16,64] @ models/lib/nn.yaml:79:7
%8963 = broadcast %8959 : bool[16,64] @ models/lib/nn.yaml:79:7
%8964 = select %8963, %8962, %8951 : f32[16,64] @ models/lib/nn.yaml:79:7
%8965 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8966 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8967 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8968 = add %8967, %6748 : i64[] @ models/lib/nn.yaml:79:7
%8969 = mul %49, %7481 : f32[16,64] @ models/lib/nn.yaml:79:7
%8970 = mul %8964, %7483 : f32[16,64] @ models/lib/nn.yaml:79:7
%8971 = mul %8965, %7485 : f32[16,64] @ models/lib/nn.yaml:79:7
%8972 = add %8971, %8970 : f32[16,64] @ models/lib/nn.yaml:79:7
%8973 = mul %8964, %8964 : f32[16,64] @ models/lib/nn.yaml:79:7
%8974 = mul %8973, %7489 : f32[16,64] @ models/lib/nn.yaml:79:7
%8975 = mul %8966, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%8976 = add %8975, %8974 : f32[16,64] @ models/lib/nn.yaml:79:7
%8977 = cast %8968 : f64[] @ models/lib/nn.yaml:79:7
%8978 = pow %6757, %8977 : f64[] @ models/lib/nn.yaml:79:7
%8979 = sub %6738, %8978 : f64[] @ models/lib/nn.yaml:79:7
%8980 = div %4159, %8979 : f64[] @ models/lib/nn.yaml:79:7
%8981 = pow %6765, %8977 : f64[] @ models/lib/nn.yaml:79:7
%8982 = sub %6738, %8981 : f64[] @ models/lib/nn.yaml:79:7
%8983 = sqrt %8982 : f64[] @ models/lib/nn.yaml:79:7
%8984 = div %6738, %8983 : f64[] @ models/lib/nn.yaml:79:7
%8985 = sqrt %8976 : f32[16,64] @ models/lib/nn.yaml:79:7
%8986 = cast %8984 : f32[] @ models/lib/nn.yaml:79:7
%8987 = broadcast %8986 : f32[16,64] @ models/lib/nn.yaml:79:7
%8988 = mul %8985, %8987 : f32[16,64] @ models/lib/nn.yaml:79:7
%8989 = add %8988, %7506 : f32[16,64] @ models/lib/nn.yaml:79:7
%8990 = div %8972, %8989 : f32[16,64] @ models/lib/nn.yaml:79:7
%8991 = cast %8980 : f32[] @ models/lib/nn.yaml:79:7
%8992 = broadcast %8991 : f32[16,64] @ models/lib/nn.yaml:79:7
%8993 = mul %8990, %8992 : f32[16,64] @ models/lib/nn.yaml:79:7
%8994 = sub %8969, %8993 : f32[16,64] @ models/lib/nn.yaml:79:7
%8995 = assign %49, %8994 : f32[16,64] @ models/lib/nn.yaml:79:7
%8996 = assign %8965, %8972 : f32[16,64] @ models/lib/nn.yaml:79:7
%8997 = assign %8966, %8976 : f32[16,64] @ models/lib/nn.yaml:79:7
%8998 = assign %8967, %8968 : i64[] @ models/lib/nn.yaml:79:7
%8999 = mul %127, %7517 : f32[16,64] @ models/lib/nn.yaml:79:7
%9000 = mul %8994, %7519 : f32[16,64] @ models/lib/nn.yaml:79:7
%9001 = add %8999, %9000 : f32[16,64] @ models/lib/nn.yaml:79:7
%9002 = assign %127, %9001 : f32[16,64] @ models/lib/nn.yaml:79:7
%9003 = all_reduce_sum %5955 : f32[16] @ models/lib/nn.yaml:80:7
%9004 = mul %9003, %9003 : f32[16] @ models/lib/nn.yaml:80:7
%9005 = reduce_sum %9004 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9006 = sqrt %9005 : f32[] @ models/lib/nn.yaml:80:7
%9007 = cast %9006 : f64[] @ models/lib/nn.yaml:80:7
%9008 = add %9007, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9009 = div %6736, %9008 : f64[] @ models/lib/nn.yaml:80:7
%9010 = lt %9009, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9011 = cast %9009 : f32[] @ models/lib/nn.yaml:80:7
%9012 = broadcast %9011 : f32[16] @ models/lib/nn.yaml:80:7
%9013 = mul %9003, %9012 : f32[16] @ models/lib/nn.yaml:80:7
%9014 = broadcast %9010 : bool[16] @ models/lib/nn.yaml:80:7
%9015 = select %9014, %9013, %9003 : f32[16] @ models/lib/nn.yaml:80:7
%9016 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9017 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9018 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9019 = add %9018, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9020 = mul %9015, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%9021 = mul %9016, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%9022 = add %9021, %9020 : f32[16] @ models/lib/nn.yaml:80:7
%9023 = mul %9015, %9015 : f32[16] @ models/lib/nn.yaml:80:7
%9024 = mul %9023, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%9025 = mul %9017, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%9026 = add %9025, %9024 : f32[16] @ models/lib/nn.yaml:80:7
%9027 = cast %9019 : f64[] @ models/lib/nn.yaml:80:7
%9028 = pow %6757, %9027 : f64[] @ models/lib/nn.yaml:80:7
%9029 = sub %6738, %9028 : f64[] @ models/lib/nn.yaml:80:7
%9030 = div %4159, %9029 : f64[] @ models/lib/nn.yaml:80:7
%9031 = pow %6765, %9027 : f64[] @ models/lib/nn.yaml:80:7
%9032 = sub %6738, %9031 : f64[] @ models/lib/nn.yaml:80:7
%9033 = sqrt %9032 : f64[] @ models/lib/nn.yaml:80:7
%9034 = div %6738, %9033 : f64[] @ models/lib/nn.yaml:80:7
%9035 = sqrt %9026 : f32[16] @ models/lib/nn.yaml:80:7
%9036 = cast %9034 : f32[] @ models/lib/nn.yaml:80:7
%9037 = broadcast %9036 : f32[16] @ models/lib/nn.yaml:80:7
%9038 = mul %9035, %9037 : f32[16] @ models/lib/nn.yaml:80:7
%9039 = add %9038, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%9040 = div %9022, %9039 : f32[16] @ models/lib/nn.yaml:80:7
%9041 = cast %9030 : f32[] @ models/lib/nn.yaml:80:7
%9042 = broadcast %9041 : f32[16] @ models/lib/nn.yaml:80:7
%9043 = mul %9040, %9042 : f32[16] @ models/lib/nn.yaml:80:7
%9044 = sub %50, %9043 : f32[16] @ models/lib/nn.yaml:80:7
%9045 = assign %50, %9044 : f32[16] @ models/lib/nn.yaml:80:7
%9046 = assign %9016, %9022 : f32[16] @ models/lib/nn.yaml:80:7
%9047 = assign %9017, %9026 : f32[16] @ models/lib/nn.yaml:80:7
%9048 = assign %9018, %9019 : i64[] @ models/lib/nn.yaml:80:7
%9049 = mul %128, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%9050 = mul %9044, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%9051 = add %9049, %9050 : f32[16] @ models/lib/nn.yaml:80:7
%9052 = assign %128, %9051 : f32[16] @ models/lib/nn.yaml:80:7
%9053 = all_reduce_sum %5929 : f32[16] @ models/lib/nn.yaml:89:7
%9054 = mul %9053, %9053 : f32[16] @ models/lib/nn.yaml:89:7
%9055 = reduce_sum %9054 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9056 = sqrt %9055 : f32[] @ models/lib/nn.yaml:89:7
%9057 = cast %9056 : f64[] @ models/lib/nn.yaml:89:7
%9058 = add %9057, %6734 : f64[] @ models/lib/nn.yaml:89:7
%9059 = div %6736, %9058 : f64[] @ models/lib/nn.yaml:89:7
%9060 = lt %9059, %6738 : bool[] @ models/lib/nn.yaml:89:7
%9061 = cast %9059 : f32[] @ models/lib/nn.yaml:89:7
%9062 = broadcast %9061 : f32[16] @ models/lib/nn.yaml:89:7
%9063 = mul %9053, %9062 : f32[16] @ models/lib/nn.yaml:89:7
%9064 = broadcast %9060 : bool[16] @ models/lib/nn.yaml:89:7
%9065 = select %9064, %9063, %9053 : f32[16] @ models/lib/nn.yaml:89:7
%9066 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9067 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9068 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9069 = add %9068, %6748 : i64[] @ models/lib/nn.yaml:89:7
%9070 = mul %9065, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%9071 = mul %9066, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%9072 = add %9071, %9070 : f32[16] @ models/lib/nn.yaml:89:7
%9073 = mul %9065, %9065 : f32[16] @ models/lib/nn.yaml:89:7
%9074 = mul %9073, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%9075 = mul %9067, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%9076 = add %9075, %9074 : f32[16] @ models/lib/nn.yaml:89:7
%9077 = cast %9069 : f64[] @ models/lib/nn.yaml:89:7
%9078 = pow %6757, %9077 : f64[] @ models/lib/nn.yaml:89:7
%9079 = sub %6738, %9078 : f64[] @ models/lib/nn.yaml:89:7
%9080 = div %4159, %9079 : f64[] @ models/lib/nn.yaml:89:7
%9081 = pow %6765, %9077 : f64[] @ models/lib/nn.yaml:89:7
%9082 = sub %6738, %9081 : f64[] @ models/lib/nn.yaml:89:7
%9083 = sqrt %9082 : f64[] @ models/lib/nn.yaml:89:7
%9084 = div %6738, %9083 : f64[] @ models/lib/nn.yaml:89:7
%9085 = sqrt %9076 : f32[16] @ models/lib/nn.yaml:89:7
%9086 = cast %9084 : f32[] @ models/lib/nn.yaml:89:7
%9087 = broadcast %9086 : f32[16] @ models/lib/nn.yaml:89:7
%9088 = mul %9085, %9087 : f32[16] @ models/lib/nn.yaml:89:7
%9089 = add %9088, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%9090 = div %9072, %9089 : f32[16] @ models/lib/nn.yaml:89:7
%9091 = cast %9080 : f32[] @ models/lib/nn.yaml:89:7
%9092 = broadcast %9091 : f32[16] @ models/lib/nn.yaml:89:7
%9093 = mul %9090, %9092 : f32[16] @ models/lib/nn.yaml:89:7
%9094 = sub %51, %9093 : f32[16] @ models/lib/nn.yaml:89:7
%9095 = assign %51, %9094 : f32[16] @ models/lib/nn.yaml:89:7
%9096 = assign %9066, %9072 : f32[16] @ models/lib/nn.yaml:89:7
%9097 = assign %9067, %9076 : f32[16] @ models/lib/nn.yaml:89:7
%9098 = assign %9068, %9069 : i64[] @ models/lib/nn.yaml:89:7
%9099 = mul %129, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%9100 = mul %9094, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%9101 = add %9099, %9100 : f32[16] @ models/lib/nn.yaml:89:7
%9102 = assign %129, %9101 : f32[16] @ models/lib/nn.yaml:89:7
%9103 = all_reduce_sum %5923 : f32[16] @ models/lib/nn.yaml:90:7
%9104 = mul %9103, %9103 : f32[16] @ models/lib/nn.yaml:90:7
%9105 = reduce_sum %9104 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9106 = sqrt %9105 : f32[] @ models/lib/nn.yaml:90:7
%9107 = cast %9106 : f64[] @ models/lib/nn.yaml:90:7
%9108 = add %9107, %6734 : f64[] @ models/lib/nn.yaml:90:7
%9109 = div %6736, %9108 : f64[] @ models/lib/nn.yaml:90:7
%9110 = lt %9109, %6738 : bool[] @ models/lib/nn.yaml:90:7
%9111 = cast %9109 : f32[] @ models/lib/nn.yaml:90:7
%9112 = broadcast %9111 : f32[16] @ models/lib/nn.yaml:90:7
%9113 = mul %9103, %9112 : f32[16] @ models/lib/nn.yaml:90:7
%9114 = broadcast %9110 : bool[16] @ models/lib/nn.yaml:90:7
%9115 = select %9114, %9113, %9103 : f32[16] @ models/lib/nn.yaml:90:7
%9116 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9117 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9118 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9119 = add %9118, %6748 : i64[] @ models/lib/nn.yaml:90:7
%9120 = mul %9115, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%9121 = mul %9116, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%9122 = add %9121, %9120 : f32[16] @ models/lib/nn.yaml:90:7
%9123 = mul %9115, %9115 : f32[16] @ models/lib/nn.yaml:90:7
%9124 = mul %9123, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%9125 = mul %9117, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%9126 = add %9125, %9124 : f32[16] @ models/lib/nn.yaml:90:7
%9127 = cast %9119 : f64[] @ models/lib/nn.yaml:90:7
%9128 = pow %6757, %9127 : f64[] @ models/lib/nn.yaml:90:7
%9129 = sub %6738, %9128 : f64[] @ models/lib/nn.yaml:90:7
%9130 = div %4159, %9129 : f64[] @ models/lib/nn.yaml:90:7
%9131 = pow %6765, %9127 : f64[] @ models/lib/nn.yaml:90:7
%9132 = sub %6738, %9131 : f64[] @ models/lib/nn.yaml:90:7
%9133 = sqrt %9132 : f64[] @ models/lib/nn.yaml:90:7
%9134 = div %6738, %9133 : f64[] @ models/lib/nn.yaml:90:7
%9135 = sqrt %9126 : f32[16] @ models/lib/nn.yaml:90:7
%9136 = cast %9134 : f32[] @ models/lib/nn.yaml:90:7
%9137 = broadcast %9136 : f32[16] @ models/lib/nn.yaml:90:7
%9138 = mul %9135, %9137 : f32[16] @ models/lib/nn.yaml:90:7
%9139 = add %9138, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%9140 = div %9122, %9139 : f32[16] @ models/lib/nn.yaml:90:7
%9141 = cast %9130 : f32[] @ models/lib/nn.yaml:90:7
%9142 = broadcast %9141 : f32[16] @ models/lib/nn.yaml:90:7
%9143 = mul %9140, %9142 : f32[16] @ models/lib/nn.yaml:90:7
%9144 = sub %52, %9143 : f32[16] @ models/lib/nn.yaml:90:7
%9145 = assign %52, %9144 : f32[16] @ models/lib/nn.yaml:90:7
%9146 = assign %9116, %9122 : f32[16] @ models/lib/nn.yaml:90:7
%9147 = assign %9117, %9126 : f32[16] @ models/lib/nn.yaml:90:7
%9148 = assign %9118, %9119 : i64[] @ models/lib/nn.yaml:90:7
%9149 = mul %130, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%9150 = mul %9144, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%9151 = add %9149, %9150 : f32[16] @ models/lib/nn.yaml:90:7
%9152 = assign %130, %9151 : f32[16] @ models/lib/nn.yaml:90:7
%9153 = all_reduce_sum %5915 : f32[16,16] @ models/lib/nn.yaml:79:7
%9154 = reshape %9153 : f32[256] @ models/lib/nn.yaml:79:7
%9155 = mul %9154, %9154 : f32[256] @ models/lib/nn.yaml:79:7
%9156 = reduce_sum %9155 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9157 = sqrt %9156 : f32[] @ models/lib/nn.yaml:79:7
%9158 = cast %9157 : f64[] @ models/lib/nn.yaml:79:7
%9159 = add %9158, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9160 = div %6736, %9159 : f64[] @ models/lib/nn.yaml:79:7
%9161 = lt %9160, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9162 = cast %9160 : f32[] @ models/lib/nn.yaml:79:7
%9163 = broadcast %9162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9164 = mul %9153, %9163 : f32[16,16] @ models/lib/nn.yaml:79:7
%9165 = broadcast %9161 : bool[16,16] @ models/lib/nn.yaml:79:7
%9166 = select %9165, %9164, %9153 : f32[16,16] @ models/lib/nn.yaml:79:7
%9167 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9168 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9169 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9170 = add %9169, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9171 = mul %53, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9172 = mul %9166, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%9173 = mul %9167, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9174 = add %9173, %9172 : f32[16,16] @ models/lib/nn.yaml:79:7
%9175 = mul %9166, %9166 : f32[16,16] @ models/lib/nn.yaml:79:7
%9176 = mul %9175, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9177 = mul %9168, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9178 = add %9177, %9176 : f32[16,16] @ models/lib/nn.yaml:79:7
%9179 = cast %9170 : f64[] @ models/lib/nn.yaml:79:7
%9180 = pow %6757, %9179 : f64[] @ models/lib/nn.yaml:79:7
%9181 = sub %6738, %9180 : f64[] @ models/lib/nn.yaml:79:7
%9182 = div %4159, %9181 : f64[] @ models/lib/nn.yaml:79:7
%9183 = pow %6765, %9179 : f64[] @ models/lib/nn.yaml:79:7
%9184 = sub %6738, %9183 : f64[] @ models/lib/nn.yaml:79:7
%9185 = sqrt %9184 : f64[] @ models/lib/nn.yaml:79:7
%9186 = div %6738, %9185 : f64[] @ models/lib/nn.yaml:79:7
%9187 = sqrt %9178 : f32[16,16] @ models/lib/nn.yaml:79:7
%9188 = cast %9186 : f32[] @ models/lib/nn.yaml:79:7
%9189 = broadcast %9188 : f32[16,16] @ models/lib/nn.yaml:79:7
%9190 = mul %9187, %9189 : f32[16,16] @ models/lib/nn.yaml:79:7
%9191 = add %9190, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9192 = div %9174, %9191 : f32[16,16] @ models/lib/nn.yaml:79:7
%9193 = cast %9182 : f32[] @ models/lib/nn.yaml:79:7
%9194 = broadcast %9193 : f32[16,16] @ models/lib/nn.yaml:79:7
%9195 = mul %9192, %9194 : f32[16,16] @ models/lib/nn.yaml:79:7
%9196 = sub %9171, %9195 : f32[16,16] @ models/lib/nn.yaml:79:7
%9197 = assign %53, %9196 : f32[16,16] @ models/lib/nn.yaml:79:7
%9198 = assign %9167, %9174 : f32[16,16] @ models/lib/nn.yaml:79:7
%9199 = assign %9168, %9178 : f32[16,16] @ models/lib/nn.yaml:79:7
%9200 = assign %9169, %9170 : i64[] @ models/lib/nn.yaml:79:7
%9201 = mul %131, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%9202 = mul %9196, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%9203 = add %9201, %9202 : f32[16,16] @ models/lib/nn.yaml:79:7
%9204 = assign %131, %9203 : f32[16,16] @ models/lib/nn.yaml:79:7
%9205 = all_reduce_sum %5906 : f32[16] @ models/lib/nn.yaml:80:7
%9206 = mul %9205, %9205 : f32[16] @ models/lib/nn.yaml:80:7
%9207 = reduce_sum %9206 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9208 = sqrt %9207 : f32[] @ models/lib/nn.yaml:80:7
%9209 = cast %9208 : f64[] @ models/lib/nn.yaml:80:7
%9210 = add %9209, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9211 = div %6736, %9210 : f64[] @ models/lib/nn.yaml:80:7
%9212 = lt %9211, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9213 = cast %9211 : f32[] @ models/lib/nn.yaml:80:7
%9214 = broadcast %9213 : f32[16] @ models/lib/nn.yaml:80:7
%9215 = mul %9205, %9214 : f32[16] @ models/lib/nn.yaml:80:7
%9216 = broadcast %9212 : bool[16] @ models/lib/nn.yaml:80:7
%9217 = select %9216, %9215, %9205 : f32[16] @ models/lib/nn.yaml:80:7
%9218 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9219 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9220 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9221 = add %9220, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9222 = mul %9217, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%9223 = mul %9218, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%9224 = add %9223, %9222 : f32[16] @ models/lib/nn.yaml:80:7
%9225 = mul %9217, %9217 : f32[16] @ models/lib/nn.yaml:80:7
%9226 = mul %9225, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%9227 = mul %9219, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%9228 = add %9227, %9226 : f32[16] @ models/lib/nn.yaml:80:7
%9229 = cast %9221 : f64[] @ models/lib/nn.yaml:80:7
%9230 = pow %6757, %9229 : f64[] @ models/lib/nn.yaml:80:7
%9231 = sub %6738, %9230 : f64[] @ models/lib/nn.yaml:80:7
%9232 = div %4159, %9231 : f64[] @ models/lib/nn.yaml:80:7
%9233 = pow %6765, %9229 : f64[] @ models/lib/nn.yaml:80:7
%9234 = sub %6738, %9233 : f64[] @ models/lib/nn.yaml:80:7
%9235 = sqrt %9234 : f64[] @ models/lib/nn.yaml:80:7
%9236 = div %6738, %9235 : f64[] @ models/lib/nn.yaml:80:7
%9237 = sqrt %9228 : f32[16] @ models/lib/nn.yaml:80:7
%9238 = cast %9236 : f32[] @ models/lib/nn.yaml:80:7
%9239 = broadcast %9238 : f32[16] @ models/lib/nn.yaml:80:7
%9240 = mul %9237, %9239 : f32[16] @ models/lib/nn.yaml:80:7
%9241 = add %9240, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%9242 = div %9224, %9241 : f32[16] @ models/lib/nn.yaml:80:7
%9243 = cast %9232 : f32[] @ models/lib/nn.yaml:80:7
%9244 = broadcast %9243 : f32[16] @ models/lib/nn.yaml:80:7
%9245 = mul %9242, %9244 : f32[16] @ models/lib/nn.yaml:80:7
%9246 = sub %54, %9245 : f32[16] @ models/lib/nn.yaml:80:7
%9247 = assign %54, %9246 : f32[16] @ models/lib/nn.yaml:80:7
%9248 = assign %9218, %9224 : f32[16] @ models/lib/nn.yaml:80:7
%9249 = assign %9219, %9228 : f32[16] @ models/lib/nn.yaml:80:7
%9250 = assign %9220, %9221 : i64[] @ models/lib/nn.yaml:80:7
%9251 = mul %132, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%9252 = mul %9246, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%9253 = add %9251, %9252 : f32[16] @ models/lib/nn.yaml:80:7
%9254 = assign %132, %9253 : f32[16] @ models/lib/nn.yaml:80:7
%9255 = all_reduce_sum %5900 : f32[16,16] @ models/lib/nn.yaml:79:7
%9256 = reshape %9255 : f32[256] @ models/lib/nn.yaml:79:7
%9257 = mul %9256, %9256 : f32[256] @ models/lib/nn.yaml:79:7
%9258 = reduce_sum %9257 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9259 = sqrt %9258 : f32[] @ models/lib/nn.yaml:79:7
%9260 = cast %9259 : f64[] @ models/lib/nn.yaml:79:7
%9261 = add %9260, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9262 = div %6736, %9261 : f64[] @ models/lib/nn.yaml:79:7
%9263 = lt %9262, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9264 = cast %9262 : f32[] @ models/lib/nn.yaml:79:7
%9265 = broadcast %9264 : f32[16,16] @ models/lib/nn.yaml:79:7
%9266 = mul %9255, %9265 : f32[16,16] @ models/lib/nn.yaml:79:7
%9267 = broadcast %9263 : bool[16,16] @ models/lib/nn.yaml:79:7
%9268 = select %9267, %9266, %9255 : f32[16,16] @ models/lib/nn.yaml:79:7
%9269 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9270 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9271 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9272 = add %9271, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9273 = mul %55, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9274 = mul %9268, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%9275 = mul %9269, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9276 = add %9275, %9274 : f32[16,16] @ models/lib/nn.yaml:79:7
%9277 = mul %9268, %9268 : f32[16,16] @ models/lib/nn.yaml:79:7
%9278 = mul %9277, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9279 = mul %9270, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9280 = add %9279, %9278 : f32[16,16] @ models/lib/nn.yaml:79:7
%9281 = cast %9272 : f64[] @ models/lib/nn.yaml:79:7
%9282 = pow %6757, %9281 : f64[] @ models/lib/nn.yaml:79:7
%9283 = sub %6738, %9282 : f64[] @ models/lib/nn.yaml:79:7
%9284 = div %4159, %9283 : f64[] @ models/lib/nn.yaml:79:7
%9285 = pow %6765, %9281 : f64[] @ models/lib/nn.yaml:79:7
%9286 = sub %6738, %9285 : f64[] @ models/lib/nn.yaml:79:7
%9287 = sqrt %9286 : f64[] @ models/lib/nn.yaml:79:7
%9288 = div %6738, %9287 : f64[] @ models/lib/nn.yaml:79:7
%9289 = sqrt %9280 : f32[16,16] @ models/lib/nn.yaml:79:7
%9290 = cast %9288 : f32[] @ models/lib/nn.yaml:79:7
%9291 = broadcast %9290 : f32[16,16] @ models/lib/nn.yaml:79:7
%9292 = mul %9289, %9291 : f32[16,16] @ models/lib/nn.yaml:79:7
%9293 = add %9292, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9294 = div %9276, %9293 : f32[16,16] @ models/lib/nn.yaml:79:7
%9295 = cast %9284 : f32[] @ models/lib/nn.yaml:79:7
%9296 = broadcast %9295 : f32[16,16] @ models/lib/nn.yaml:79:7
%9297 = mul %9294, %9296 : f32[16,16] @ models/lib/nn.yaml:79:7
%9298 = sub %9273, %9297 : f32[16,16] @ models/lib/nn.yaml:79:7
%9299 = assign %55, %9298 : f32[16,16] @ models/lib/nn.yaml:79:7
%9300 = assign %9269, %9276 : f32[16,16] @ models/lib/nn.yaml:79:7
%9301 = assign %9270, %9280 : f32[16,16] @ models/lib/nn.yaml:79:7
%9302 = assign %9271, %9272 : i64[] @ models/lib/nn.yaml:79:7
%9303 = mul %133, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%9304 = mul %9298, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%9305 = add %9303, %9304 : f32[16,16] @ models/lib/nn.yaml:79:7
%9306 = assign %133, %9305 : f32[16,16] @ models/lib/nn.yaml:79:7
%9307 = all_reduce_sum %5889 : f32[16] @ models/lib/nn.yaml:80:7
%9308 = mul %9307, %9307 : f32[16] @ models/lib/nn.yaml:80:7
%9309 = reduce_sum %9308 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9310 = sqrt %9309 : f32[] @ models/lib/nn.yaml:80:7
%9311 = cast %9310 : f64[] @ models/lib/nn.yaml:80:7
%9312 = add %9311, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9313 = div %6736, %9312 : f64[] @ models/lib/nn.yaml:80:7
%9314 = lt %9313, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9315 = cast %9313 : f32[] @ models/lib/nn.yaml:80:7
%9316 = broadcast %9315 : f32[16] @ models/lib/nn.yaml:80:7
%9317 = mul %9307, %9316 : f32[16] @ models/lib/nn.yaml:80:7
%9318 = broadcast %9314 : bool[16] @ models/lib/nn.yaml:80:7
%9319 = select %9318, %9317, %9307 : f32[16] @ models/lib/nn.yaml:80:7
%9320 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9321 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9322 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9323 = add %9322, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9324 = mul %9319, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%9325 = mul %9320, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%9326 = add %9325, %9324 : f32[16] @ models/lib/nn.yaml:80:7
%9327 = mul %9319, %9319 : f32[16] @ models/lib/nn.yaml:80:7
%9328 = mul %9327, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%9329 = mul %9321, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%9330 = add %9329, %9328 : f32[16] @ models/lib/nn.yaml:80:7
%9331 = cast %9323 : f64[] @ models/lib/nn.yaml:80:7
%9332 = pow %6757, %9331 : f64[] @ models/lib/nn.yaml:80:7
%9333 = sub %6738, %9332 : f64[] @ models/lib/nn.yaml:80:7
%9334 = div %4159, %9333 : f64[] @ models/lib/nn.yaml:80:7
%9335 = pow %6765, %9331 : f64[] @ models/lib/nn.yaml:80:7
%9336 = sub %6738, %9335 : f64[] @ models/lib/nn.yaml:80:7
%9337 = sqrt %9336 : f64[] @ models/lib/nn.yaml:80:7
%9338 = div %6738, %9337 : f64[] @ models/lib/nn.yaml:80:7
%9339 = sqrt %9330 : f32[16] @ models/lib/nn.yaml:80:7
%9340 = cast %9338 : f32[] @ models/lib/nn.yaml:80:7
%9341 = broadcast %9340 : f32[16] @ models/lib/nn.yaml:80:7
%9342 = mul %9339, %9341 : f32[16] @ models/lib/nn.yaml:80:7
%9343 = add %9342, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%9344 = div %9326, %9343 : f32[16] @ models/lib/nn.yaml:80:7
%9345 = cast %9334 : f32[] @ models/lib/nn.yaml:80:7
%9346 = broadcast %9345 : f32[16] @ models/lib/nn.yaml:80:7
%9347 = mul %9344, %9346 : f32[16] @ models/lib/nn.yaml:80:7
%9348 = sub %56, %9347 : f32[16] @ models/lib/nn.yaml:80:7
%9349 = assign %56, %9348 : f32[16] @ models/lib/nn.yaml:80:7
%9350 = assign %9320, %9326 : f32[16] @ models/lib/nn.yaml:80:7
%9351 = assign %9321, %9330 : f32[16] @ models/lib/nn.yaml:80:7
%9352 = assign %9322, %9323 : i64[] @ models/lib/nn.yaml:80:7
%9353 = mul %134, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%9354 = mul %9348, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%9355 = add %9353, %9354 : f32[16] @ models/lib/nn.yaml:80:7
%9356 = assign %134, %9355 : f32[16] @ models/lib/nn.yaml:80:7
%9357 = all_reduce_sum %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%9358 = reshape %9357 : f32[256] @ models/lib/nn.yaml:79:7
%9359 = mul %9358, %9358 : f32[256] @ models/lib/nn.yaml:79:7
%9360 = reduce_sum %9359 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9361 = sqrt %9360 : f32[] @ models/lib/nn.yaml:79:7
%9362 = cast %9361 : f64[] @ models/lib/nn.yaml:79:7
%9363 = add %9362, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9364 = div %6736, %9363 : f64[] @ models/lib/nn.yaml:79:7
%9365 = lt %9364, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9366 = cast %9364 : f32[] @ models/lib/nn.yaml:79:7
%9367 = broadcast %9366 : f32[16,16] @ models/lib/nn.yaml:79:7
%9368 = mul %9357, %9367 : f32[16,16] @ models/lib/nn.yaml:79:7
%9369 = broadcast %9365 : bool[16,16] @ models/lib/nn.yaml:79:7
%9370 = select %9369, %9368, %9357 : f32[16,16] @ models/lib/nn.yaml:79:7
%9371 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9372 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9373 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9374 = add %9373, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9375 = mul %57, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9376 = mul %9370, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%9377 = mul %9371, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9378 = add %9377, %9376 : f32[16,16] @ models/lib/nn.yaml:79:7
%9379 = mul %9370, %9370 : f32[16,16] @ models/lib/nn.yaml:79:7
%9380 = mul %9379, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9381 = mul %9372, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9382 = add %9381, %9380 : f32[16,16] @ models/lib/nn.yaml:79:7
%9383 = cast %9374 : f64[] @ models/lib/nn.yaml:79:7
%9384 = pow %6757, %9383 : f64[] @ models/lib/nn.yaml:79:7
%9385 = sub %6738, %9384 : f64[] @ models/lib/nn.yaml:79:7
%9386 = div %4159, %9385 : f64[] @ models/lib/nn.yaml:79:7
%9387 = pow %6765, %9383 : f64[] @ models/lib/nn.yaml:79:7
%9388 = sub %6738, %9387 : f64[] @ models/lib/nn.yaml:79:7
%9389 = sqrt %9388 : f64[] @ models/lib/nn.yaml:79:7
%9390 = div %6738, %9389 : f64[] @ models/lib/nn.yaml:79:7
%9391 = sqrt %9382 : f32[16,16] @ models/lib/nn.yaml:79:7
%9392 = cast %9390 : f32[] @ models/lib/nn.yaml:79:7
%9393 = broadcast %9392 : f32[16,16] @ models/lib/nn.yaml:79:7
%9394 = mul %9391, %9393 : f32[16,16] @ models/lib/nn.yaml:79:7
%9395 = add %9394, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9396 = div %9378, %9395 : f32[16,16] @ models/lib/nn.yaml:79:7
%9397 = cast %9386 : f32[] @ models/lib/nn.yaml:79:7
%9398 = broadcast %9397 : f32[16,16] @ models/lib/nn.yaml:79:7
%9399 = mul %9396, %9398 : f32[16,16] @ models/lib/nn.yaml:79:7
%9400 = sub %9375, %9399 : f32[16,16] @ models/lib/nn.yaml:79:7
%9401 = assign %57, %9400 : f32[16,16] @ models/lib/nn.yaml:79:7
%9402 = assign %9371, %9378 : f32[16,16] @ models/lib/nn.yaml:79:7
%9403 = assign %9372, %9382 : f32[16,16] @ models/lib/nn.yaml:79:7
%9404 = assign %9373, %9374 : i64[] @ models/lib/nn.yaml:79:7
%9405 = mul %135, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%9406 = mul %9400, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%9407 = add %9405, %9406 : f32[16,16] @ models/lib/nn.yaml:79:7
%9408 = assign %135, %9407 : f32[16,16] @ models/lib/nn.yaml:79:7
%9409 = all_reduce_sum %5872 : f32[16] @ models/lib/nn.yaml:80:7
%9410 = mul %9409, %9409 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = reduce_sum %9410 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9412 = sqrt %9411 : f32[] @ models/lib/nn.yaml:80:7
%9413 = cast %9412 : f64[] @ models/lib/nn.yaml:80:7
%9414 = add %9413, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9415 = div %6736, %9414 : f64[] @ models/lib/nn.yaml:80:7
%9416 = lt %9415, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9417 = cast %9415 : f32[] @ models/lib/nn.yaml:80:7
%9418 = broadcast %9417 : f32[16] @ models/lib/nn.yaml:80:7
%9419 = mul %9409, %9418 : f32[16] @ models/lib/nn.yaml:80:7
%9420 = broadcast %9416 : bool[16] @ models/lib/nn.yaml:80:7
%9421 = select %9420, %9419, %9409 : f32[16] @ models/lib/nn.yaml:80:7
%9422 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9423 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9424 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9425 = add %9424, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9426 = mul %9421, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%9427 = mul %9422, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%9428 = add %9427, %9426 : f32[16] @ models/lib/nn.yaml:80:7
%9429 = mul %9421, %9421 : f32[16] @ models/lib/nn.yaml:80:7
%9430 = mul %9429, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%9431 = mul %9423, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%9432 = add %9431, %9430 : f32[16] @ models/lib/nn.yaml:80:7
%9433 = cast %9425 : f64[] @ models/lib/nn.yaml:80:7
%9434 = pow %6757, %9433 : f64[] @ models/lib/nn.yaml:80:7
%9435 = sub %6738, %9434 : f64[] @ models/lib/nn.yaml:80:7
%9436 = div %4159, %9435 : f64[] @ models/lib/nn.yaml:80:7
%9437 = pow %6765, %9433 : f64[] @ models/lib/nn.yaml:80:7
%9438 = sub %6738, %9437 : f64[] @ models/lib/nn.yaml:80:7
%9439 = sqrt %9438 : f64[] @ models/lib/nn.yaml:80:7
%9440 = div %6738, %9439 : f64[] @ models/lib/nn.yaml:80:7
%9441 = sqrt %9432 : f32[16] @ models/lib/nn.yaml:80:7
%9442 = cast %9440 : f32[] @ models/lib/nn.yaml:80:7
%9443 = broadcast %9442 : f32[16] @ models/lib/nn.yaml:80:7
%9444 = mul %9441, %9443 : f32[16] @ models/lib/nn.yaml:80:7
%9445 = add %9444, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%9446 = div %9428, %9445 : f32[16] @ models/lib/nn.yaml:80:7
%9447 = cast %9436 : f32[] @ models/lib/nn.yaml:80:7
%9448 = broadcast %9447 : f32[16] @ models/lib/nn.yaml:80:7
%9449 = mul %9446, %9448 : f32[16] @ models/lib/nn.yaml:80:7
%9450 = sub %58, %9449 : f32[16] @ models/lib/nn.yaml:80:7
%9451 = assign %58, %9450 : f32[16] @ models/lib/nn.yaml:80:7
%9452 = assign %9422, %9428 : f32[16] @ models/lib/nn.yaml:80:7
%9453 = assign %9423, %9432 : f32[16] @ models/lib/nn.yaml:80:7
%9454 = assign %9424, %9425 : i64[] @ models/lib/nn.yaml:80:7
%9455 = mul %136, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%9456 = mul %9450, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%9457 = add %9455, %9456 : f32[16] @ models/lib/nn.yaml:80:7
%9458 = assign %136, %9457 : f32[16] @ models/lib/nn.yaml:80:7
%9459 = all_reduce_sum %5771 : f32[16,16] @ models/lib/nn.yaml:79:7
%9460 = reshape %9459 : f32[256] @ models/lib/nn.yaml:79:7
%9461 = mul %9460, %9460 : f32[256] @ models/lib/nn.yaml:79:7
%9462 = reduce_sum %9461 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9463 = sqrt %9462 : f32[] @ models/lib/nn.yaml:79:7
%9464 = cast %9463 : f64[] @ models/lib/nn.yaml:79:7
%9465 = add %9464, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9466 = div %6736, %9465 : f64[] @ models/lib/nn.yaml:79:7
%9467 = lt %9466, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9468 = cast %9466 : f32[] @ models/lib/nn.yaml:79:7
%9469 = broadcast %9468 : f32[16,16] @ models/lib/nn.yaml:79:7
%9470 = mul %9459, %9469 : f32[16,16] @ models/lib/nn.yaml:79:7
%9471 = broadcast %9467 : bool[16,16] @ models/lib/nn.yaml:79:7
%9472 = select %9471, %9470, %9459 : f32[16,16] @ models/lib/nn.yaml:79:7
%9473 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9474 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9475 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9476 = add %9475, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9477 = mul %59, %7154 : f32[16,16] @ models/lib/nn.yaml:79:7
%9478 = mul %9472, %7156 : f32[16,16] @ models/lib/nn.yaml:79:7
%9479 = mul %9473, %7158 : f32[16,16] @ models/lib/nn.yaml:79:7
%9480 = add %9479, %9478 : f32[16,16] @ models/lib/nn.yaml:79:7
%9481 = mul %9472, %9472 : f32[16,16] @ models/lib/nn.yaml:79:7
%9482 = mul %9481, %7162 : f32[16,16] @ models/lib/nn.yaml:79:7
%9483 = mul %9474, %7164 : f32[16,16] @ models/lib/nn.yaml:79:7
%9484 = add %9483, %9482 : f32[16,16] @ models/lib/nn.yaml:79:7
%9485 = cast %9476 : f64[] @ models/lib/nn.yaml:79:7
%9486 = pow %6757, %9485 : f64[] @ models/lib/nn.yaml:79:7
%9487 = sub %6738, %9486 : f64[] @ models/lib/nn.yaml:79:7
%9488 = div %4159, %9487 : f64[] @ models/lib/nn.yaml:79:7
%9489 = pow %6765, %9485 : f64[] @ models/lib/nn.yaml:79:7
%9490 = sub %6738, %9489 : f64[] @ models/lib/nn.yaml:79:7
%9491 = sqrt %9490 : f64[] @ models/lib/nn.yaml:79:7
%9492 = div %6738, %9491 : f64[] @ models/lib/nn.yaml:79:7
%9493 = sqrt %9484 : f32[16,16] @ models/lib/nn.yaml:79:7
%9494 = cast %9492 : f32[] @ models/lib/nn.yaml:79:7
%9495 = broadcast %9494 : f32[16,16] @ models/lib/nn.yaml:79:7
%9496 = mul %9493, %9495 : f32[16,16] @ models/lib/nn.yaml:79:7
%9497 = add %9496, %7179 : f32[16,16] @ models/lib/nn.yaml:79:7
%9498 = div %9480, %9497 : f32[16,16] @ models/lib/nn.yaml:79:7
%9499 = cast %9488 : f32[] @ models/lib/nn.yaml:79:7
%9500 = broadcast %9499 : f32[16,16] @ models/lib/nn.yaml:79:7
%9501 = mul %9498, %9500 : f32[16,16] @ models/lib/nn.yaml:79:7
%9502 = sub %9477, %9501 : f32[16,16] @ models/lib/nn.yaml:79:7
%9503 = assign %59, %9502 : f32[16,16] @ models/lib/nn.yaml:79:7
%9504 = assign %9473, %9480 : f32[16,16] @ models/lib/nn.yaml:79:7
%9505 = assign %9474, %9484 : f32[16,16] @ models/lib/nn.yaml:79:7
%9506 = assign %9475, %9476 : i64[] @ models/lib/nn.yaml:79:7
%9507 = mul %137, %7190 : f32[16,16] @ models/lib/nn.yaml:79:7
%9508 = mul %9502, %7192 : f32[16,16] @ models/lib/nn.yaml:79:7
%9509 = add %9507, %9508 : f32[16,16] @ models/lib/nn.yaml:79:7
%9510 = assign %137, %9509 : f32[16,16] @ models/lib/nn.yaml:79:7
%9511 = all_reduce_sum %5763 : f32[16] @ models/lib/nn.yaml:80:7
%9512 = mul %9511, %9511 : f32[16] @ models/lib/nn.yaml:80:7
%9513 = reduce_sum %9512 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9514 = sqrt %9513 : f32[] @ models/lib/nn.yaml:80:7
%9515 = cast %9514 : f64[] @ models/lib/nn.yaml:80:7
%9516 = add %9515, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9517 = div %6736, %9516 : f64[] @ models/lib/nn.yaml:80:7
%9518 = lt %9517, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9519 = cast %9517 : f32[] @ models/lib/nn.yaml:80:7
%9520 = broadcast %9519 : f32[16] @ models/lib/nn.yaml:80:7
%9521 = mul %9511, %9520 : f32[16] @ models/lib/nn.yaml:80:7
%9522 = broadcast %9518 : bool[16] @ models/lib/nn.yaml:80:7
%9523 = select %9522, %9521, %9511 : f32[16] @ models/lib/nn.yaml:80:7
%9524 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9525 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9526 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9527 = add %9526, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9528 = mul %9523, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%9529 = mul %9524, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%9530 = add %9529, %9528 : f32[16] @ models/lib/nn.yaml:80:7
%9531 = mul %9523, %9523 : f32[16] @ models/lib/nn.yaml:80:7
%9532 = mul %9531, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%9533 = mul %9525, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%9534 = add %9533, %9532 : f32[16] @ models/lib/nn.yaml:80:7
%9535 = cast %9527 : f64[] @ models/lib/nn.yaml:80:7
%9536 = pow %6757, %9535 : f64[] @ models/lib/nn.yaml:80:7
%9537 = sub %6738, %9536 : f64[] @ models/lib/nn.yaml:80:7
%9538 = div %4159, %9537 : f64[] @ models/lib/nn.yaml:80:7
%9539 = pow %6765, %9535 : f64[] @ models/lib/nn.yaml:80:7
%9540 = sub %6738, %9539 : f64[] @ models/lib/nn.yaml:80:7
%9541 = sqrt %9540 : f64[] @ models/lib/nn.yaml:80:7
%9542 = div %6738, %9541 : f64[] @ models/lib/nn.yaml:80:7
%9543 = sqrt %9534 : f32[16] @ models/lib/nn.yaml:80:7
%9544 = cast %9542 : f32[] @ models/lib/nn.yaml:80:7
%9545 = broadcast %9544 : f32[16] @ models/lib/nn.yaml:80:7
%9546 = mul %9543, %9545 : f32[16] @ models/lib/nn.yaml:80:7
%9547 = add %9546, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%9548 = div %9530, %9547 : f32[16] @ models/lib/nn.yaml:80:7
%9549 = cast %9538 : f32[] @ models/lib/nn.yaml:80:7
%9550 = broadcast %9549 : f32[16] @ models/lib/nn.yaml:80:7
%9551 = mul %9548, %9550 : f32[16] @ models/lib/nn.yaml:80:7
%9552 = sub %60, %9551 : f32[16] @ models/lib/nn.yaml:80:7
%9553 = assign %60, %9552 : f32[16] @ models/lib/nn.yaml:80:7
%9554 = assign %9524, %9530 : f32[16] @ models/lib/nn.yaml:80:7
%9555 = assign %9525, %9534 : f32[16] @ models/lib/nn.yaml:80:7
%9556 = assign %9526, %9527 : i64[] @ models/lib/nn.yaml:80:7
%9557 = mul %138, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%9558 = mul %9552, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%9559 = add %9557, %9558 : f32[16] @ models/lib/nn.yaml:80:7
%9560 = assign %138, %9559 : f32[16] @ models/lib/nn.yaml:80:7
%9561 = all_reduce_sum %5742 : f32[16] @ models/lib/nn.yaml:89:7
%9562 = mul %9561, %9561 : f32[16] @ models/lib/nn.yaml:89:7
%9563 = reduce_sum %9562 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9564 = sqrt %9563 : f32[] @ models/lib/nn.yaml:89:7
%9565 = cast %9564 : f64[] @ models/lib/nn.yaml:89:7
%9566 = add %9565, %6734 : f64[] @ models/lib/nn.yaml:89:7
%9567 = div %6736, %9566 : f64[] @ models/lib/nn.yaml:89:7
%9568 = lt %9567, %6738 : bool[] @ models/lib/nn.yaml:89:7
%9569 = cast %9567 : f32[] @ models/lib/nn.yaml:89:7
%9570 = broadcast %9569 : f32[16] @ models/lib/nn.yaml:89:7
%9571 = mul %9561, %9570 : f32[16] @ models/lib/nn.yaml:89:7
%9572 = broadcast %9568 : bool[16] @ models/lib/nn.yaml:89:7
%9573 = select %9572, %9571, %9561 : f32[16] @ models/lib/nn.yaml:89:7
%9574 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9575 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9576 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9577 = add %9576, %6748 : i64[] @ models/lib/nn.yaml:89:7
%9578 = mul %9573, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%9579 = mul %9574, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%9580 = add %9579, %9578 : f32[16] @ models/lib/nn.yaml:89:7
%9581 = mul %9573, %9573 : f32[16] @ models/lib/nn.yaml:89:7
%9582 = mul %9581, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%9583 = mul %9575, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%9584 = add %9583, %9582 : f32[16] @ models/lib/nn.yaml:89:7
%9585 = cast %9577 : f64[] @ models/lib/nn.yaml:89:7
%9586 = pow %6757, %9585 : f64[] @ models/lib/nn.yaml:89:7
%9587 = sub %6738, %9586 : f64[] @ models/lib/nn.yaml:89:7
%9588 = div %4159, %9587 : f64[] @ models/lib/nn.yaml:89:7
%9589 = pow %6765, %9585 : f64[] @ models/lib/nn.yaml:89:7
%9590 = sub %6738, %9589 : f64[] @ models/lib/nn.yaml:89:7
%9591 = sqrt %9590 : f64[] @ models/lib/nn.yaml:89:7
%9592 = div %6738, %9591 : f64[] @ models/lib/nn.yaml:89:7
%9593 = sqrt %9584 : f32[16] @ models/lib/nn.yaml:89:7
%9594 = cast %9592 : f32[] @ models/lib/nn.yaml:89:7
%9595 = broadcast %9594 : f32[16] @ models/lib/nn.yaml:89:7
%9596 = mul %9593, %9595 : f32[16] @ models/lib/nn.yaml:89:7
%9597 = add %9596, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%9598 = div %9580, %9597 : f32[16] @ models/lib/nn.yaml:89:7
%9599 = cast %9588 : f32[] @ models/lib/nn.yaml:89:7
%9600 = broadcast %9599 : f32[16] @ models/lib/nn.yaml:89:7
%9601 = mul %9598, %9600 : f32[16] @ models/lib/nn.yaml:89:7
%9602 = sub %61, %9601 : f32[16] @ models/lib/nn.yaml:89:7
%9603 = assign %61, %9602 : f32[16] @ models/lib/nn.yaml:89:7
%9604 = assign %9574, %9580 : f32[16] @ models/lib/nn.yaml:89:7
%9605 = assign %9575, %9584 : f32[16] @ models/lib/nn.yaml:89:7
%9606 = assign %9576, %9577 : i64[] @ models/lib/nn.yaml:89:7
%9607 = mul %139, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%9608 = mul %9602, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%9609 = add %9607, %9608 : f32[16] @ models/lib/nn.yaml:89:7
%9610 = assign %139, %9609 : f32[16] @ models/lib/nn.yaml:89:7
%9611 = all_reduce_sum %5735 : f32[16] @ models/lib/nn.yaml:90:7
%9612 = mul %9611, %9611 : f32[16] @ models/lib/nn.yaml:90:7
%9613 = reduce_sum %9612 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9614 = sqrt %9613 : f32[] @ models/lib/nn.yaml:90:7
%9615 = cast %9614 : f64[] @ models/lib/nn.yaml:90:7
%9616 = add %9615, %6734 : f64[] @ models/lib/nn.yaml:90:7
%9617 = div %6736, %9616 : f64[] @ models/lib/nn.yaml:90:7
%9618 = lt %9617, %6738 : bool[] @ models/lib/nn.yaml:90:7
%9619 = cast %9617 : f32[] @ models/lib/nn.yaml:90:7
%9620 = broadcast %9619 : f32[16] @ models/lib/nn.yaml:90:7
%9621 = mul %9611, %9620 : f32[16] @ models/lib/nn.yaml:90:7
%9622 = broadcast %9618 : bool[16] @ models/lib/nn.yaml:90:7
%9623 = select %9622, %9621, %9611 : f32[16] @ models/lib/nn.yaml:90:7
%9624 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9625 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9626 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9627 = add %9626, %6748 : i64[] @ models/lib/nn.yaml:90:7
%9628 = mul %9623, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%9629 = mul %9624, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%9630 = add %9629, %9628 : f32[16] @ models/lib/nn.yaml:90:7
%9631 = mul %9623, %9623 : f32[16] @ models/lib/nn.yaml:90:7
%9632 = mul %9631, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%9633 = mul %9625, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%9634 = add %9633, %9632 : f32[16] @ models/lib/nn.yaml:90:7
%9635 = cast %9627 : f64[] @ models/lib/nn.yaml:90:7
%9636 = pow %6757, %9635 : f64[] @ models/lib/nn.yaml:90:7
%9637 = sub %6738, %9636 : f64[] @ models/lib/nn.yaml:90:7
%9638 = div %4159, %9637 : f64[] @ models/lib/nn.yaml:90:7
%9639 = pow %6765, %9635 : f64[] @ models/lib/nn.yaml:90:7
%9640 = sub %6738, %9639 : f64[] @ models/lib/nn.yaml:90:7
%9641 = sqrt %9640 : f64[] @ models/lib/nn.yaml:90:7
%9642 = div %6738, %9641 : f64[] @ models/lib/nn.yaml:90:7
%9643 = sqrt %9634 : f32[16] @ models/lib/nn.yaml:90:7
%9644 = cast %9642 : f32[] @ models/lib/nn.yaml:90:7
%9645 = broadcast %9644 : f32[16] @ models/lib/nn.yaml:90:7
%9646 = mul %9643, %9645 : f32[16] @ models/lib/nn.yaml:90:7
%9647 = add %9646, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%9648 = div %9630, %9647 : f32[16] @ models/lib/nn.yaml:90:7
%9649 = cast %9638 : f32[] @ models/lib/nn.yaml:90:7
%9650 = broadcast %9649 : f32[16] @ models/lib/nn.yaml:90:7
%9651 = mul %9648, %9650 : f32[16] @ models/lib/nn.yaml:90:7
%9652 = sub %62, %9651 : f32[16] @ models/lib/nn.yaml:90:7
%9653 = assign %62, %9652 : f32[16] @ models/lib/nn.yaml:90:7
%9654 = assign %9624, %9630 : f32[16] @ models/lib/nn.yaml:90:7
%9655 = assign %9625, %9634 : f32[16] @ models/lib/nn.yaml:90:7
%9656 = assign %9626, %9627 : i64[] @ models/lib/nn.yaml:90:7
%9657 = mul %140, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%9658 = mul %9652, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%9659 = add %9657, %9658 : f32[16] @ models/lib/nn.yaml:90:7
%9660 = assign %140, %9659 : f32[16] @ models/lib/nn.yaml:90:7
%9661 = all_reduce_sum %5731 : f32[64,16] @ models/lib/nn.yaml:79:7
%9662 = reshape %9661 : f32[1024] @ models/lib/nn.yaml:79:7
%9663 = mul %9662, %9662 : f32[1024] @ models/lib/nn.yaml:79:7
%9664 = reduce_sum %9663 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9665 = sqrt %9664 : f32[] @ models/lib/nn.yaml:79:7
%9666 = cast %9665 : f64[] @ models/lib/nn.yaml:79:7
%9667 = add %9666, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9668 = div %6736, %9667 : f64[] @ models/lib/nn.yaml:79:7
%9669 = lt %9668, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9670 = cast %9668 : f32[] @ models/lib/nn.yaml:79:7
%9671 = broadcast %9670 : f32[64,16] @ models/lib/nn.yaml:79:7
%9672 = mul %9661, %9671 : f32[64,16] @ models/lib/nn.yaml:79:7
%9673 = broadcast %9669 : bool[64,16] @ models/lib/nn.yaml:79:7
%9674 = select %9673, %9672, %9661 : f32[64,16] @ models/lib/nn.yaml:79:7
%9675 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9676 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9677 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9678 = add %9677, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9679 = mul %63, %7364 : f32[64,16] @ models/lib/nn.yaml:79:7
%9680 = mul %9674, %7366 : f32[64,16] @ models/lib/nn.yaml:79:7
%9681 = mul %9675, %7368 : f32[64,16] @ models/lib/nn.yaml:79:7
%9682 = add %9681, %9680 : f32[64,16] @ models/lib/nn.yaml:79:7
%9683 = mul %9674, %9674 : f32[64,16] @ models/lib/nn.yaml:79:7
%9684 = mul %9683, %7372 : f32[64,16] @ models/lib/nn.yaml:79:7
%9685 = mul %9676, %7374 : f32[64,16] @ models/lib/nn.yaml:79:7
%9686 = add %9685, %9684 : f32[64,16] @ models/lib/nn.yaml:79:7
%9687 = cast %9678 : f64[] @ models/lib/nn.yaml:79:7
%9688 = pow %6757, %9687 : f64[] @ models/lib/nn.yaml:79:7
%9689 = sub %6738, %9688 : f64[] @ models/lib/nn.yaml:79:7
%9690 = div %4159, %9689 : f64[] @ models/lib/nn.yaml:79:7
%9691 = pow %6765, %9687 : f64[] @ models/lib/nn.yaml:79:7
%9692 = sub %6738, %9691 : f64[] @ models/lib/nn.yaml:79:7
%9693 = sqrt %9692 : f64[] @ models/lib/nn.yaml:79:7
%9694 = div %6738, %9693 : f64[] @ models/lib/nn.yaml:79:7
%9695 = sqrt %9686 : f32[64,16] @ models/lib/nn.yaml:79:7
%9696 = cast %9694 : f32[] @ models/lib/nn.yaml:79:7
%9697 = broadcast %9696 : f32[64,16] @ models/lib/nn.yaml:79:7
%9698 = mul %9695, %9697 : f32[64,16] @ models/lib/nn.yaml:79:7
%9699 = add %9698, %7389 : f32[64,16] @ models/lib/nn.yaml:79:7
%9700 = div %9682, %9699 : f32[64,16] @ models/lib/nn.yaml:79:7
%9701 = cast %9690 : f32[] @ models/lib/nn.yaml:79:7
%9702 = broadcast %9701 : f32[64,16] @ models/lib/nn.yaml:79:7
%9703 = mul %9700, %9702 : f32[64,16] @ models/lib/nn.yaml:79:7
%9704 = sub %9679, %9703 : f32[64,16] @ models/lib/nn.yaml:79:7
%9705 = assign %63, %9704 : f32[64,16] @ models/lib/nn.yaml:79:7
%9706 = assign %9675, %9682 : f32[64,16] @ models/lib/nn.yaml:79:7
%9707 = assign %9676, %9686 : f32[64,16] @ models/lib/nn.yaml:79:7
%9708 = assign %9677, %9678 : i64[] @ models/lib/nn.yaml:79:7
%9709 = mul %141, %7400 : f32[64,16] @ models/lib/nn.yaml:79:7
%9710 = mul %9704, %7402 : f32[64,16] @ models/lib/nn.yaml:79:7
%9711 = add %9709, %9710 : f32[64,16] @ models/lib/nn.yaml:79:7
%9712 = assign %141, %9711 : f32[64,16] @ models/lib/nn.yaml:79:7
%9713 = all_reduce_sum %5723 : f32[64] @ models/lib/nn.yaml:80:7
%9714 = mul %9713, %9713 : f32[64] @ models/lib/nn.yaml:80:7
%9715 = reduce_sum %9714 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9716 = sqrt %9715 : f32[] @ models/lib/nn.yaml:80:7
%9717 = cast %9716 : f64[] @ models/lib/nn.yaml:80:7
%9718 = add %9717, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9719 = div %6736, %9718 : f64[] @ models/lib/nn.yaml:80:7
%9720 = lt %9719, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9721 = cast %9719 : f32[] @ models/lib/nn.yaml:80:7
%9722 = broadcast %9721 : f32[64] @ models/lib/nn.yaml:80:7
%9723 = mul %9713, %9722 : f32[64] @ models/lib/nn.yaml:80:7
%9724 = broadcast %9720 : bool[64] @ models/lib/nn.yaml:80:7
%9725 = select %9724, %9723, %9713 : f32[64] @ models/lib/nn.yaml:80:7
%9726 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9727 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9728 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9729 = add %9728, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9730 = mul %9725, %7423 : f32[64] @ models/lib/nn.yaml:80:7
%9731 = mul %9726, %7425 : f32[64] @ models/lib/nn.yaml:80:7
%9732 = add %9731, %9730 : f32[64] @ models/lib/nn.yaml:80:7
%9733 = mul %9725, %9725 : f32[64] @ models/lib/nn.yaml:80:7
%9734 = mul %9733, %7429 : f32[64] @ models/lib/nn.yaml:80:7
%9735 = mul %9727, %7431 : f32[64] @ models/lib/nn.yaml:80:7
%9736 = add %9735, %9734 : f32[64] @ models/lib/nn.yaml:80:7
%9737 = cast %9729 : f64[] @ models/lib/nn.yaml:80:7
%9738 = pow %6757, %9737 : f64[] @ models/lib/nn.yaml:80:7
%9739 = sub %6738, %9738 : f64[] @ models/lib/nn.yaml:80:7
%9740 = div %4159, %9739 : f64[] @ models/lib/nn.yaml:80:7
%9741 = pow %6765, %9737 : f64[] @ models/lib/nn.yaml:80:7
%9742 = sub %6738, %9741 : f64[] @ models/lib/nn.yaml:80:7
%9743 = sqrt %9742 : f64[] @ models/lib/nn.yaml:80:7
%9744 = div %6738, %9743 : f64[] @ models/lib/nn.yaml:80:7
%9745 = sqrt %9736 : f32[64] @ models/lib/nn.yaml:80:7
%9746 = cast %9744 : f32[] @ models/lib/nn.yaml:80:7
%9747 = broadcast %9746 : f32[64] @ models/lib/nn.yaml:80:7
%9748 = mul %9745, %9747 : f32[64] @ models/lib/nn.yaml:80:7
%9749 = add %9748, %7446 : f32[64] @ models/lib/nn.yaml:80:7
%9750 = div %9732, %9749 : f32[64] @ models/lib/nn.yaml:80:7
%9751 = cast %9740 : f32[] @ models/lib/nn.yaml:80:7
%9752 = broadcast %9751 : f32[64] @ models/lib/nn.yaml:80:7
%9753 = mul %9750, %9752 : f32[64] @ models/lib/nn.yaml:80:7
%9754 = sub %64, %9753 : f32[64] @ models/lib/nn.yaml:80:7
%9755 = assign %64, %9754 : f32[64] @ models/lib/nn.yaml:80:7
%9756 = assign %9726, %9732 : f32[64] @ models/lib/nn.yaml:80:7
%9757 = assign %9727, %9736 : f32[64] @ models/lib/nn.yaml:80:7
%9758 = assign %9728, %9729 : i64[] @ models/lib/nn.yaml:80:7
%9759 = mul %142, %7457 : f32[64] @ models/lib/nn.yaml:80:7
%9760 = mul %9754, %7459 : f32[64] @ models/lib/nn.yaml:80:7
%9761 = add %9759, %9760 : f32[64] @ models/lib/nn.yaml:80:7
%9762 = assign %142, %9761 : f32[64] @ models/lib/nn.yaml:80:7
%9763 = all_reduce_sum %5703 : f32[16,64] @ models/lib/nn.yaml:79:7
%9764 = reshape %9763 : f32[1024] @ models/lib/nn.yaml:79:7
%9765 = mul %9764, %9764 : f32[1024] @ models/lib/nn.yaml:79:7
%9766 = reduce_sum %9765 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9767 = sqrt %9766 : f32[] @ models/lib/nn.yaml:79:7
%9768 = cast %9767 : f64[] @ models/lib/nn.yaml:79:7
%9769 = add %9768, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9770 = div %6736, %9769 : f64[] @ models/lib/nn.yaml:79:7
%9771 = lt %9770, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9772 = cast %9770 : f32[] @ models/lib/nn.yaml:79:7
%9773 = broadcast %9772 : f32[16,64] @ models/lib/nn.yaml:79:7
%9774 = mul %9763, %9773 : f32[16,64] @ models/lib/nn.yaml:79:7
%9775 = broadcast %9771 : bool[16,64] @ models/lib/nn.yaml:79:7
%9776 = select %9775, %9774, %9763 : f32[16,64] @ models/lib/nn.yaml:79:7
%9777 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9778 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9779 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9780 = add %9779, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9781 = mul %65, %7481 : f32[16,64] @ models/lib/nn.yaml:79:7
%9782 = mul %9776, %7483 : f32[16,64] @ models/lib/nn.yaml:79:7
%9783 = mul %9777, %7485 : f32[16,64] @ models/lib/nn.yaml:79:7
%9784 = add %9783, %9782 : f32[16,64] @ models/lib/nn.yaml:79:7
%9785 = mul %9776, %9776 : f32[16,64] @ models/lib/nn.yaml:79:7
%9786 = mul %9785, %7489 : f32[16,64] @ models/lib/nn.yaml:79:7
%9787 = mul %9778, %7491 : f32[16,64] @ models/lib/nn.yaml:79:7
%9788 = add %9787, %9786 : f32[16,64] @ models/lib/nn.yaml:79:7
%9789 = cast %9780 : f64[] @ models/lib/nn.yaml:79:7
%9790 = pow %6757, %9789 : f64[] @ models/lib/nn.yaml:79:7
%9791 = sub %6738, %9790 : f64[] @ models/lib/nn.yaml:79:7
%9792 = div %4159, %9791 : f64[] @ models/lib/nn.yaml:79:7
%9793 = pow %6765, %9789 : f64[] @ models/lib/nn.yaml:79:7
%9794 = sub %6738, %9793 : f64[] @ models/lib/nn.yaml:79:7
%9795 = sqrt %9794 : f64[] @ models/lib/nn.yaml:79:7
%9796 = div %6738, %9795 : f64[] @ models/lib/nn.yaml:79:7
%9797 = sqrt %9788 : f32[16,64] @ models/lib/nn.yaml:79:7
%9798 = cast %9796 : f32[] @ models/lib/nn.yaml:79:7
%9799 = broadcast %9798 : f32[16,64] @ models/lib/nn.yaml:79:7
%9800 = mul %9797, %9799 : f32[16,64] @ models/lib/nn.yaml:79:7
%9801 = add %9800, %7506 : f32[16,64] @ models/lib/nn.yaml:79:7
%9802 = div %9784, %9801 : f32[16,64] @ models/lib/nn.yaml:79:7
%9803 = cast %9792 : f32[] @ models/lib/nn.yaml:79:7
%9804 = broadcast %9803 : f32[16,64] @ models/lib/nn.yaml:79:7
%9805 = mul %9802, %9804 : f32[16,64] @ models/lib/nn.yaml:79:7
%9806 = sub %9781, %9805 : f32[16,64] @ models/lib/nn.yaml:79:7
%9807 = assign %65, %9806 : f32[16,64] @ models/lib/nn.yaml:79:7
%9808 = assign %9777, %9784 : f32[16,64] @ models/lib/nn.yaml:79:7
%9809 = assign %9778, %9788 : f32[16,64] @ models/lib/nn.yaml:79:7
%9810 = assign %9779, %9780 : i64[] @ models/lib/nn.yaml:79:7
%9811 = mul %143, %7517 : f32[16,64] @ models/lib/nn.yaml:79:7
%9812 = mul %9806, %7519 : f32[16,64] @ models/lib/nn.yaml:79:7
%9813 = add %9811, %9812 : f32[16,64] @ models/lib/nn.yaml:79:7
%9814 = assign %143, %9813 : f32[16,64] @ models/lib/nn.yaml:79:7
%9815 = all_reduce_sum %5695 : f32[16] @ models/lib/nn.yaml:80:7
%9816 = mul %9815, %9815 : f32[16] @ models/lib/nn.yaml:80:7
%9817 = reduce_sum %9816 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9818 = sqrt %9817 : f32[] @ models/lib/nn.yaml:80:7
%9819 = cast %9818 : f64[] @ models/lib/nn.yaml:80:7
%9820 = add %9819, %6734 : f64[] @ models/lib/nn.yaml:80:7
%9821 = div %6736, %9820 : f64[] @ models/lib/nn.yaml:80:7
%9822 = lt %9821, %6738 : bool[] @ models/lib/nn.yaml:80:7
%9823 = cast %9821 : f32[] @ models/lib/nn.yaml:80:7
%9824 = broadcast %9823 : f32[16] @ models/lib/nn.yaml:80:7
%9825 = mul %9815, %9824 : f32[16] @ models/lib/nn.yaml:80:7
%9826 = broadcast %9822 : bool[16] @ models/lib/nn.yaml:80:7
%9827 = select %9826, %9825, %9815 : f32[16] @ models/lib/nn.yaml:80:7
%9828 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9829 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9830 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9831 = add %9830, %6748 : i64[] @ models/lib/nn.yaml:80:7
%9832 = mul %9827, %6879 : f32[16] @ models/lib/nn.yaml:80:7
%9833 = mul %9828, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%9834 = add %9833, %9832 : f32[16] @ models/lib/nn.yaml:80:7
%9835 = mul %9827, %9827 : f32[16] @ models/lib/nn.yaml:80:7
%9836 = mul %9835, %6885 : f32[16] @ models/lib/nn.yaml:80:7
%9837 = mul %9829, %6887 : f32[16] @ models/lib/nn.yaml:80:7
%9838 = add %9837, %9836 : f32[16] @ models/lib/nn.yaml:80:7
%9839 = cast %9831 : f64[] @ models/lib/nn.yaml:80:7
%9840 = pow %6757, %9839 : f64[] @ models/lib/nn.yaml:80:7
%9841 = sub %6738, %9840 : f64[] @ models/lib/nn.yaml:80:7
%9842 = div %4159, %9841 : f64[] @ models/lib/nn.yaml:80:7
%9843 = pow %6765, %9839 : f64[] @ models/lib/nn.yaml:80:7
%9844 = sub %6738, %9843 : f64[] @ models/lib/nn.yaml:80:7
%9845 = sqrt %9844 : f64[] @ models/lib/nn.yaml:80:7
%9846 = div %6738, %9845 : f64[] @ models/lib/nn.yaml:80:7
%9847 = sqrt %9838 : f32[16] @ models/lib/nn.yaml:80:7
%9848 = cast %9846 : f32[] @ models/lib/nn.yaml:80:7
%9849 = broadcast %9848 : f32[16] @ models/lib/nn.yaml:80:7
%9850 = mul %9847, %9849 : f32[16] @ models/lib/nn.yaml:80:7
%9851 = add %9850, %6902 : f32[16] @ models/lib/nn.yaml:80:7
%9852 = div %9834, %9851 : f32[16] @ models/lib/nn.yaml:80:7
%9853 = cast %9842 : f32[] @ models/lib/nn.yaml:80:7
%9854 = broadcast %9853 : f32[16] @ models/lib/nn.yaml:80:7
%9855 = mul %9852, %9854 : f32[16] @ models/lib/nn.yaml:80:7
%9856 = sub %66, %9855 : f32[16] @ models/lib/nn.yaml:80:7
%9857 = assign %66, %9856 : f32[16] @ models/lib/nn.yaml:80:7
%9858 = assign %9828, %9834 : f32[16] @ models/lib/nn.yaml:80:7
%9859 = assign %9829, %9838 : f32[16] @ models/lib/nn.yaml:80:7
%9860 = assign %9830, %9831 : i64[] @ models/lib/nn.yaml:80:7
%9861 = mul %144, %6913 : f32[16] @ models/lib/nn.yaml:80:7
%9862 = mul %9856, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%9863 = add %9861, %9862 : f32[16] @ models/lib/nn.yaml:80:7
%9864 = assign %144, %9863 : f32[16] @ models/lib/nn.yaml:80:7
%9865 = all_reduce_sum %5668 : f32[16] @ models/lib/nn.yaml:89:7
%9866 = mul %9865, %9865 : f32[16] @ models/lib/nn.yaml:89:7
%9867 = reduce_sum %9866 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9868 = sqrt %9867 : f32[] @ models/lib/nn.yaml:89:7
%9869 = cast %9868 : f64[] @ models/lib/nn.yaml:89:7
%9870 = add %9869, %6734 : f64[] @ models/lib/nn.yaml:89:7
%9871 = div %6736, %9870 : f64[] @ models/lib/nn.yaml:89:7
%9872 = lt %9871, %6738 : bool[] @ models/lib/nn.yaml:89:7
%9873 = cast %9871 : f32[] @ models/lib/nn.yaml:89:7
%9874 = broadcast %9873 : f32[16] @ models/lib/nn.yaml:89:7
%9875 = mul %9865, %9874 : f32[16] @ models/lib/nn.yaml:89:7
%9876 = broadcast %9872 : bool[16] @ models/lib/nn.yaml:89:7
%9877 = select %9876, %9875, %9865 : f32[16] @ models/lib/nn.yaml:89:7
%9878 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9879 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9880 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9881 = add %9880, %6748 : i64[] @ models/lib/nn.yaml:89:7
%9882 = mul %9877, %6879 : f32[16] @ models/lib/nn.yaml:89:7
%9883 = mul %9878, %6881 : f32[16] @ models/lib/nn.yaml:89:7
%9884 = add %9883, %9882 : f32[16] @ models/lib/nn.yaml:89:7
%9885 = mul %9877, %9877 : f32[16] @ models/lib/nn.yaml:89:7
%9886 = mul %9885, %6885 : f32[16] @ models/lib/nn.yaml:89:7
%9887 = mul %9879, %6887 : f32[16] @ models/lib/nn.yaml:89:7
%9888 = add %9887, %9886 : f32[16] @ models/lib/nn.yaml:89:7
%9889 = cast %9881 : f64[] @ models/lib/nn.yaml:89:7
%9890 = pow %6757, %9889 : f64[] @ models/lib/nn.yaml:89:7
%9891 = sub %6738, %9890 : f64[] @ models/lib/nn.yaml:89:7
%9892 = div %4159, %9891 : f64[] @ models/lib/nn.yaml:89:7
%9893 = pow %6765, %9889 : f64[] @ models/lib/nn.yaml:89:7
%9894 = sub %6738, %9893 : f64[] @ models/lib/nn.yaml:89:7
%9895 = sqrt %9894 : f64[] @ models/lib/nn.yaml:89:7
%9896 = div %6738, %9895 : f64[] @ models/lib/nn.yaml:89:7
%9897 = sqrt %9888 : f32[16] @ models/lib/nn.yaml:89:7
%9898 = cast %9896 : f32[] @ models/lib/nn.yaml:89:7
%9899 = broadcast %9898 : f32[16] @ models/lib/nn.yaml:89:7
%9900 = mul %9897, %9899 : f32[16] @ models/lib/nn.yaml:89:7
%9901 = add %9900, %6902 : f32[16] @ models/lib/nn.yaml:89:7
%9902 = div %9884, %9901 : f32[16] @ models/lib/nn.yaml:89:7
%9903 = cast %9892 : f32[] @ models/lib/nn.yaml:89:7
%9904 = broadcast %9903 : f32[16] @ models/lib/nn.yaml:89:7
%9905 = mul %9902, %9904 : f32[16] @ models/lib/nn.yaml:89:7
%9906 = sub %67, %9905 : f32[16] @ models/lib/nn.yaml:89:7
%9907 = assign %67, %9906 : f32[16] @ models/lib/nn.yaml:89:7
%9908 = assign %9878, %9884 : f32[16] @ models/lib/nn.yaml:89:7
%9909 = assign %9879, %9888 : f32[16] @ models/lib/nn.yaml:89:7
%9910 = assign %9880, %9881 : i64[] @ models/lib/nn.yaml:89:7
%9911 = mul %145, %6913 : f32[16] @ models/lib/nn.yaml:89:7
%9912 = mul %9906, %6915 : f32[16] @ models/lib/nn.yaml:89:7
%9913 = add %9911, %9912 : f32[16] @ models/lib/nn.yaml:89:7
%9914 = assign %145, %9913 : f32[16] @ models/lib/nn.yaml:89:7
%9915 = all_reduce_sum %5660 : f32[16] @ models/lib/nn.yaml:90:7
%9916 = mul %9915, %9915 : f32[16] @ models/lib/nn.yaml:90:7
%9917 = reduce_sum %9916 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9918 = sqrt %9917 : f32[] @ models/lib/nn.yaml:90:7
%9919 = cast %9918 : f64[] @ models/lib/nn.yaml:90:7
%9920 = add %9919, %6734 : f64[] @ models/lib/nn.yaml:90:7
%9921 = div %6736, %9920 : f64[] @ models/lib/nn.yaml:90:7
%9922 = lt %9921, %6738 : bool[] @ models/lib/nn.yaml:90:7
%9923 = cast %9921 : f32[] @ models/lib/nn.yaml:90:7
%9924 = broadcast %9923 : f32[16] @ models/lib/nn.yaml:90:7
%9925 = mul %9915, %9924 : f32[16] @ models/lib/nn.yaml:90:7
%9926 = broadcast %9922 : bool[16] @ models/lib/nn.yaml:90:7
%9927 = select %9926, %9925, %9915 : f32[16] @ models/lib/nn.yaml:90:7
%9928 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9929 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9930 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9931 = add %9930, %6748 : i64[] @ models/lib/nn.yaml:90:7
%9932 = mul %9927, %6879 : f32[16] @ models/lib/nn.yaml:90:7
%9933 = mul %9928, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%9934 = add %9933, %9932 : f32[16] @ models/lib/nn.yaml:90:7
%9935 = mul %9927, %9927 : f32[16] @ models/lib/nn.yaml:90:7
%9936 = mul %9935, %6885 : f32[16] @ models/lib/nn.yaml:90:7
%9937 = mul %9929, %6887 : f32[16] @ models/lib/nn.yaml:90:7
%9938 = add %9937, %9936 : f32[16] @ models/lib/nn.yaml:90:7
%9939 = cast %9931 : f64[] @ models/lib/nn.yaml:90:7
%9940 = pow %6757, %9939 : f64[] @ models/lib/nn.yaml:90:7
%9941 = sub %6738, %9940 : f64[] @ models/lib/nn.yaml:90:7
%9942 = div %4159, %9941 : f64[] @ models/lib/nn.yaml:90:7
%9943 = pow %6765, %9939 : f64[] @ models/lib/nn.yaml:90:7
%9944 = sub %6738, %9943 : f64[] @ models/lib/nn.yaml:90:7
%9945 = sqrt %9944 : f64[] @ models/lib/nn.yaml:90:7
%9946 = div %6738, %9945 : f64[] @ models/lib/nn.yaml:90:7
%9947 = sqrt %9938 : f32[16] @ models/lib/nn.yaml:90:7
%9948 = cast %9946 : f32[] @ models/lib/nn.yaml:90:7
%9949 = broadcast %9948 : f32[16] @ models/lib/nn.yaml:90:7
%9950 = mul %9947, %9949 : f32[16] @ models/lib/nn.yaml:90:7
%9951 = add %9950, %6902 : f32[16] @ models/lib/nn.yaml:90:7
%9952 = div %9934, %9951 : f32[16] @ models/lib/nn.yaml:90:7
%9953 = cast %9942 : f32[] @ models/lib/nn.yaml:90:7
%9954 = broadcast %9953 : f32[16] @ models/lib/nn.yaml:90:7
%9955 = mul %9952, %9954 : f32[16] @ models/lib/nn.yaml:90:7
%9956 = sub %68, %9955 : f32[16] @ models/lib/nn.yaml:90:7
%9957 = assign %68, %9956 : f32[16] @ models/lib/nn.yaml:90:7
%9958 = assign %9928, %9934 : f32[16] @ models/lib/nn.yaml:90:7
%9959 = assign %9929, %9938 : f32[16] @ models/lib/nn.yaml:90:7
%9960 = assign %9930, %9931 : i64[] @ models/lib/nn.yaml:90:7
%9961 = mul %146, %6913 : f32[16] @ models/lib/nn.yaml:90:7
%9962 = mul %9956, %6915 : f32[16] @ models/lib/nn.yaml:90:7
%9963 = add %9961, %9962 : f32[16] @ models/lib/nn.yaml:90:7
%9964 = assign %146, %9963 : f32[16] @ models/lib/nn.yaml:90:7
%9965 = all_reduce_sum %5653 : f32[24,16] @ models/lib/nn.yaml:79:7
%9966 = reshape %9965 : f32[384] @ models/lib/nn.yaml:79:7
%9967 = mul %9966, %9966 : f32[384] @ models/lib/nn.yaml:79:7
%9968 = reduce_sum %9967 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9969 = sqrt %9968 : f32[] @ models/lib/nn.yaml:79:7
%9970 = cast %9969 : f64[] @ models/lib/nn.yaml:79:7
%9971 = add %9970, %6734 : f64[] @ models/lib/nn.yaml:79:7
%9972 = div %6736, %9971 : f64[] @ models/lib/nn.yaml:79:7
%9973 = lt %9972, %6738 : bool[] @ models/lib/nn.yaml:79:7
%9974 = cast %9972 : f32[] @ models/lib/nn.yaml:79:7
%9975 = broadcast %9974 : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = mul %9965, %9975 : f32[24,16] @ models/lib/nn.yaml:79:7
%9977 = broadcast %9973 : bool[24,16] @ models/lib/nn.yaml:79:7
%9978 = select %9977, %9976, %9965 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9980 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9981 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9982 = add %9981, %6748 : i64[] @ models/lib/nn.yaml:79:7
%9983 = broadcast %6752 : f32[24,16] @ models/lib/nn.yaml:79:7
%9984 = mul %69, %9983 : f32[24,16] @ models/lib/nn.yaml:79:7
%9985 = broadcast %3852 : f32[24,16] @ models/lib/nn.yaml:79:7
%9986 = mul %9978, %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%9987 = broadcast %2640 : f32[24,16] @ models/lib/nn.yaml:79:7
%9988 = mul %9979, %9987 : f32[24,16] @ models/lib/nn.yaml:79:7
%9989 = add %9988, %9986 : f32[24,16] @ models/lib/nn.yaml:79:7
%9990 = mul %9978, %9978 : f32[24,16] @ models/lib/nn.yaml:79:7
%9991 = broadcast %6762 : f32[24,16] @ models/lib/nn.yaml:79:7
%9992 = mul %9990, %9991 : f32[24,16] @ models/lib/nn.yaml:79:7
%9993 = broadcast %6766 : f32[24,16] @ models/lib/nn.yaml:79:7
%9994 = mul %9980, %9993 : f32[24,16] @ models/lib/nn.yaml:79:7
%9995 = add %9994, %9992 : f32[24,16] @ models/lib/nn.yaml:79:7
%9996 = cast %9982 : f64[] @ models/lib/nn.yaml:79:7
%9997 = pow %6757, %9996 : f64[] @ models/lib/nn.yaml:79:7
%9998 = sub %6738, %9997 : f64[] @ models/lib/nn.yaml:79:7
%9999 = div %4159, %9998 : f64[] @ models/lib/nn.yaml:79:7
%10000 = pow %6765, %9996 : f64[] @ models/lib/nn.yaml:79:7
%10001 = sub %6738, %10000 : f64[] @ models/lib/nn.yaml:79:7
%10002 = sqrt %10001 : f64[] @ models/lib/nn.yaml:79:7
%10003 = div %6738, %10002 : f64[] @ models/lib/nn.yaml:79:7
%10004 = sqrt %9995 : f32[24,16] @ models/lib/nn.yaml:79:7
%10005 = cast %10003 : f32[] @ models/lib/nn.yaml:79:7
%10006 = broadcast %10005 : f32[24,16] @ models/lib/nn.yaml:79:7
%10007 = mul %10004, %10006 : f32[24,16] @ models/lib/nn.yaml:79:7
%10008 = broadcast %6782 : f32[24,16] @ models/lib/nn.yaml:79:7
%10009 = add %10007, %10008 : f32[24,16] @ models/lib/nn.yaml:79:7
%10010 = div %9989, %10009 : f32[24,16] @ models/lib/nn.yaml:79:7
%10011 = cast %9999 : f32[] @ models/lib/nn.yaml:79:7
%10012 = broadcast %10011 : f32[24,16] @ models/lib/nn.yaml:79:7
%10013 = mul %10010, %10012 : f32[24,16] @ models/lib/nn.yaml:79:7
%10014 = sub %9984, %10013 : f32[24,16] @ models/lib/nn.yaml:79:7
%10015 = assign %69, %10014 : f32[24,16] @ models/lib/nn.yaml:79:7
%10016 = assign %9979, %9989 : f32[24,16] @ models/lib/nn.yaml:79:7
%10017 = assign %9980, %9995 : f32[24,16] @ models/lib/nn.yaml:79:7
%10018 = assign %9981, %9982 : i64[] @ models/lib/nn.yaml:79:7
%10019 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%10020 = mul %147, %10019 : f32[24,16] @ models/lib/nn.yaml:79:7
%10021 = broadcast %6797 : f32[24,16] @ models/lib/nn.yaml:79:7
%10022 = mul %10014, %10021 : f32[24,16] @ models/lib/nn.yaml:79:7
%10023 = add %10020, %10022 : f32[24,16] @ models/lib/nn.yaml:79:7
%10024 = assign %147, %10023 : f32[24,16] @ models/lib/nn.yaml:79:7
%10025 = all_reduce_sum %5645 : f32[24] @ models/lib/nn.yaml:80:7
%10026 = mul %10025, %10025 : f32[24] @ models/lib/nn.yaml:80:7
%10027 = reduce_sum %10026 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10028 = sqrt %10027 : f32[] @ models/lib/nn.yaml:80:7
%10029 = cast %10028 : f64[] @ models/lib/nn.yaml:80:7
%10030 = add %10029, %6734 : f64[] @ models/lib/nn.yaml:80:7
%10031 = div %6736, %10030 : f64[] @ models/lib/nn.yaml:80:7
%10032 = lt %10031, %6738 : bool[] @ models/lib/nn.yaml:80:7
%10033 = cast %10031 : f32[] @ models/lib/nn.yaml:80:7
%10034 = broadcast %10033 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = mul %10025, %10034 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = broadcast %10032 : bool[24] @ models/lib/nn.yaml:80:7
%10037 = select %10036, %10035, %10025 : f32[24] @ models/lib/nn.yaml:80:7
%10038 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10039 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10040 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10041 = add %10040, %6748 : i64[] @ models/lib/nn.yaml:80:7
%10042 = broadcast %3852 : f32[24] @ models/lib/nn.yaml:80:7
%10043 = mul %10037, %10042 : f32[24] @ models/lib/nn.yaml:80:7
%10044 = broadcast %2640 : f32[24] @ models/lib/nn.yaml:80:7
%10045 = mul %10038, %10044 : f32[24] @ models/lib/nn.yaml:80:7
%10046 = add %10045, %10043 : f32[24] @ models/lib/nn.yaml:80:7
%10047 = mul %10037, %10037 : f32[24] @ models/lib/nn.yaml:80:7
%10048 = broadcast %6762 : f32[24] @ models/lib/nn.yaml:80:7
%10049 = mul %10047, %10048 : f32[24] @ models/lib/nn.yaml:80:7
%10050 = broadcast %6766 : f32[24] @ models/lib/nn.yaml:80:7
%10051 = mul %10039, %10050 : f32[24] @ models/lib/nn.yaml:80:7
%10052 = add %10051, %10049 : f32[24] @ models/lib/nn.yaml:80:7
%10053 = cast %10041 : f64[] @ models/lib/nn.yaml:80:7
%10054 = pow %6757, %10053 : f64[] @ models/lib/nn.yaml:80:7
%10055 = sub %6738, %10054 : f64[] @ models/lib/nn.yaml:80:7
%10056 = div %4159, %10055 : f64[] @ models/lib/nn.yaml:80:7
%10057 = pow %6765, %10053 : f64[] @ models/lib/nn.yaml:80:7
%10058 = sub %6738, %10057 : f64[] @ models/lib/nn.yaml:80:7
%10059 = sqrt %10058 : f64[] @ models/lib/nn.yaml:80:7
%10060 = div %6738, %10059 : f64[] @ models/lib/nn.yaml:80:7
%10061 = sqrt %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10062 = cast %10060 : f32[] @ models/lib/nn.yaml:80:7
%10063 = broadcast %10062 : f32[24] @ models/lib/nn.yaml:80:7
%10064 = mul %10061, %10063 : f32[24] @ models/lib/nn.yaml:80:7
%10065 = broadcast %6782 : f32[24] @ models/lib/nn.yaml:80:7
%10066 = add %10064, %10065 : f32[24] @ models/lib/nn.yaml:80:7
%10067 = div %10046, %10066 : f32[24] @ models/lib/nn.yaml:80:7
%10068 = cast %10056 : f32[] @ models/lib/nn.yaml:80:7
%10069 = broadcast %10068 : f32[24] @ models/lib/nn.yaml:80:7
%10070 = mul %10067, %10069 : f32[24] @ models/lib/nn.yaml:80:7
%10071 = sub %70, %10070 : f32[24] @ models/lib/nn.yaml:80:7
%10072 = assign %70, %10071 : f32[24] @ models/lib/nn.yaml:80:7
%10073 = assign %10038, %10046 : f32[24] @ models/lib/nn.yaml:80:7
%10074 = assign %10039, %10052 : f32[24] @ models/lib/nn.yaml:80:7
%10075 = assign %10040, %10041 : i64[] @ models/lib/nn.yaml:80:7
%10076 = broadcast %3 : f32[24] @ models/lib/nn.yaml:80:7
%10077 = mul %148, %10076 : f32[24] @ models/lib/nn.yaml:80:7
%10078 = broadcast %6797 : f32[24] @ models/lib/nn.yaml:80:7
%10079 = mul %10071, %10078 : f32[24] @ models/lib/nn.yaml:80:7
%10080 = add %10077, %10079 : f32[24] @ models/lib/nn.yaml:80:7
%10081 = assign %148, %10080 : f32[24] @ models/lib/nn.yaml:80:7
%10082 = all_reduce_sum %5625 : f32[24,24] @ models/lib/nn.yaml:79:7
%10083 = reshape %10082 : f32[576] @ models/lib/nn.yaml:79:7
%10084 = mul %10083, %10083 : f32[576] @ models/lib/nn.yaml:79:7
%10085 = reduce_sum %10084 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10086 = sqrt %10085 : f32[] @ models/lib/nn.yaml:79:7
%10087 = cast %10086 : f64[] @ models/lib/nn.yaml:79:7
%10088 = add %10087, %6734 : f64[] @ models/lib/nn.yaml:79:7
%10089 = div %6736, %10088 : f64[] @ models/lib/nn.yaml:79:7
%10090 = lt %10089, %6738 : bool[] @ models/lib/nn.yaml:79:7
%10091 = cast %10089 : f32[] @ models/lib/nn.yaml:79:7
%10092 = broadcast %10091 : f32[24,24] @ models/lib/nn.yaml:79:7
%10093 = mul %10082, %10092 : f32[24,24] @ models/lib/nn.yaml:79:7
%10094 = broadcast %10090 : bool[24,24] @ models/lib/nn.yaml:79:7
%10095 = select %10094, %10093, %10082 : f32[24,24] @ models/lib/nn.yaml:79:7
%10096 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10097 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10098 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10099 = add %10098, %6748 : i64[] @ models/lib/nn.yaml:79:7
%10100 = broadcast %6752 : f32[24,24] @ models/lib/nn.yaml:79:7
%10101 = mul %71, %10100 : f32[24,24] @ models/lib/nn.yaml:79:7
%10102 = broadcast %3852 : f32[24,24] @ models/lib/nn.yaml:79:7
%10103 = mul %10095, %10102 : f32[24,24] @ models/lib/nn.yaml:79:7
%10104 = broadcast %2640 : f32[24,24] @ models/lib/nn.yaml:79:7
%10105 = mul %10096, %10104 : f32[24,24] @ models/lib/nn.yaml:79:7
%10106 = add %10105, %10103 : f32[24,24] @ models/lib/nn.yaml:79:7
%10107 = mul %10095, %10095 : f32[24,24] @ models/lib/nn.yaml:79:7
%10108 = broadcast %6762 : f32[24,24] @ models/lib/nn.yaml:79:7
%10109 = mul %10107, %10108 : f32[24,24] @ models/lib/nn.yaml:79:7
%10110 = broadcast %6766 : f32[24,24] @ models/lib/nn.yaml:79:7
%10111 = mul %10097, %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10112 = add %10111, %10109 : f32[24,24] @ models/lib/nn.yaml:79:7
%10113 = cast %10099 : f64[] @ models/lib/nn.yaml:79:7
%10114 = pow %6757, %10113 : f64[] @ models/lib/nn.yaml:79:7
%10115 = sub %6738, %10114 : f64[] @ models/lib/nn.yaml:79:7
%10116 = div %4159, %10115 : f64[] @ models/lib/nn.yaml:79:7
%10117 = pow %6765, %10113 : f64[] @ models/lib/nn.yaml:79:7
%10118 = sub %6738, %10117 : f64[] @ models/lib/nn.yaml:79:7
%10119 = sqrt %10118 : f64[] @ models/lib/nn.yaml:79:7
%10120 = div %6738, %10119 : f64[] @ models/lib/nn.yaml:79:7
%10121 = sqrt %10112 : f32[24,24] @ models/lib/nn.yaml:79:7
%10122 = cast %10120 : f32[] @ models/lib/nn.yaml:79:7
%10123 = broadcast %10122 : f32[24,24] @ models/lib/nn.yaml:79:7
%10124 = mul %10121, %10123 : f32[24,24] @ models/lib/nn.yaml:79:7
%10125 = broadcast %6782 : f32[24,24] @ models/lib/nn.yaml:79:7
%10126 = add %10124, %10125 : f32[24,24] @ models/lib/nn.yaml:79:7
%10127 = div %10106, %10126 : f32[24,24] @ models/lib/nn.yaml:79:7
%10128 = cast %10116 : f32[] @ models/lib/nn.yaml:79:7
%10129 = broadcast %10128 : f32[24,24] @ models/lib/nn.yaml:79:7
%10130 = mul %10127, %10129 : f32[24,24] @ models/lib/nn.yaml:79:7
%10131 = sub %10101, %10130 : f32[24,24] @ models/lib/nn.yaml:79:7
%10132 = assign %71, %10131 : f32[24,24] @ models/lib/nn.yaml:79:7
%10133 = assign %10096, %10106 : f32[24,24] @ models/lib/nn.yaml:79:7
%10134 = assign %10097, %10112 : f32[24,24] @ models/lib/nn.yaml:79:7
%10135 = assign %10098, %10099 : i64[] @ models/lib/nn.yaml:79:7
%10136 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%10137 = mul %149, %10136 : f32[24,24] @ models/lib/nn.yaml:79:7
%10138 = broadcast %6797 : f32[24,24] @ models/lib/nn.yaml:79:7
%10139 = mul %10131, %10138 : f32[24,24] @ models/lib/nn.yaml:79:7
%10140 = add %10137, %10139 : f32[24,24] @ models/lib/nn.yaml:79:7
%10141 = assign %149, %10140 : f32[24,24] @ models/lib/nn.yaml:79:7
%10142 = all_reduce_sum %5617 : f32[24] @ models/lib/nn.yaml:80:7
%10143 = mul %10142, %10142 : f32[24] @ models/lib/nn.yaml:80:7
%10144 = reduce_sum %10143 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10145 = sqrt %10144 : f32[] @ models/lib/nn.yaml:80:7
%10146 = cast %10145 : f64[] @ models/lib/nn.yaml:80:7
%10147 = add %10146, %6734 : f64[] @ models/lib/nn.yaml:80:7
%10148 = div %6736, %10147 : f64[] @ models/lib/nn.yaml:80:7
%10149 = lt %10148, %6738 : bool[] @ models/lib/nn.yaml:80:7
%10150 = cast %10148 : f32[] @ models/lib/nn.yaml:80:7
%10151 = broadcast %10150 : f32[24] @ models/lib/nn.yaml:80:7
%10152 = mul %10142, %10151 : f32[24] @ models/lib/nn.yaml:80:7
%10153 = broadcast %10149 : bool[24] @ models/lib/nn.yaml:80:7
%10154 = select %10153, %10152, %10142 : f32[24] @ models/lib/nn.yaml:80:7
%10155 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10156 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10157 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10158 = add %10157, %6748 : i64[] @ models/lib/nn.yaml:80:7
%10159 = mul %10154, %10042 : f32[24] @ models/lib/nn.yaml:80:7
%10160 = mul %10155, %10044 : f32[24] @ models/lib/nn.yaml:80:7
%10161 = add %10160, %10159 : f32[24] @ models/lib/nn.yaml:80:7
%10162 = mul %10154, %10154 : f32[24] @ models/lib/nn.yaml:80:7
%10163 = mul %10162, %10048 : f32[24] @ models/lib/nn.yaml:80:7
%10164 = mul %10156, %10050 : f32[24] @ models/lib/nn.yaml:80:7
%10165 = add %10164, %10163 : f32[24] @ models/lib/nn.yaml:80:7
%10166 = cast %10158 : f64[] @ models/lib/nn.yaml:80:7
%10167 = pow %6757, %10166 : f64[] @ models/lib/nn.yaml:80:7
%10168 = sub %6738, %10167 : f64[] @ models/lib/nn.yaml:80:7
%10169 = div %4159, %10168 : f64[] @ models/lib/nn.yaml:80:7
%10170 = pow %6765, %10166 : f64[] @ models/lib/nn.yaml:80:7
%10171 = sub %6738, %10170 : f64[] @ models/lib/nn.yaml:80:7
%10172 = sqrt %10171 : f64[] @ models/lib/nn.yaml:80:7
%10173 = div %6738, %10172 : f64[] @ models/lib/nn.yaml:80:7
%10174 = sqrt %10165 : f32[24] @ models/lib/nn.yaml:80:7
%10175 = cast %10173 : f32[] @ models/lib/nn.yaml:80:7
%10176 = broadcast %10175 : f32[24] @ models/lib/nn.yaml:80:7
%10177 = mul %10174, %10176 : f32[24] @ models/lib/nn.yaml:80:7
%10178 = add %10177, %10065 : f32[24] @ models/lib/nn.yaml:80:7
%10179 = div %10161, %10178 : f32[24] @ models/lib/nn.yaml:80:7
%10180 = cast %10169 : f32[] @ models/lib/nn.yaml:80:7
%10181 = broadcast %10180 : f32[24] @ models/lib/nn.yaml:80:7
%10182 = mul %10179, %10181 : f32[24] @ models/lib/nn.yaml:80:7
%10183 = sub %72, %10182 : f32[24] @ models/lib/nn.yaml:80:7
%10184 = assign %72, %10183 : f32[24] @ models/lib/nn.yaml:80:7
%10185 = assign %10155, %10161 : f32[24] @ models/lib/nn.yaml:80:7
%10186 = assign %10156, %10165 : f32[24] @ models/lib/nn.yaml:80:7
%10187 = assign %10157, %10158 : i64[] @ models/lib/nn.yaml:80:7
%10188 = mul %150, %10076 : f32[24] @ models/lib/nn.yaml:80:7
%10189 = mul %10183, %10078 : f32[24] @ models/lib/nn.yaml:80:7
%10190 = add %10188, %10189 : f32[24] @ models/lib/nn.yaml:80:7
%10191 = assign %150, %10190 : f32[24] @ models/lib/nn.yaml:80:7
%10192 = all_reduce_sum %5597 : f32[8,24] @ models/lib/nn.yaml:79:7
%10193 = reshape %10192 : f32[192] @ models/lib/nn.yaml:79:7
%10194 = mul %10193, %10193 : f32[192] @ models/lib/nn.yaml:79:7
%10195 = reduce_sum %10194 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10196 = sqrt %10195 : f32[] @ models/lib/nn.yaml:79:7
%10197 = cast %10196 : f64[] @ models/lib/nn.yaml:79:7
%10198 = add %10197, %6734 : f64[] @ models/lib/nn.yaml:79:7
%10199 = div %6736, %10198 : f64[] @ models/lib/nn.yaml:79:7
%10200 = lt %10199, %6738 : bool[] @ models/lib/nn.yaml:79:7
%10201 = cast %10199 : f32[] @ models/lib/nn.yaml:79:7
%10202 = broadcast %10201 : f32[8,24] @ models/lib/nn.yaml:79:7
%10203 = mul %10192, %10202 : f32[8,24] @ models/lib/nn.yaml:79:7
%10204 = broadcast %10200 : bool[8,24] @ models/lib/nn.yaml:79:7
%10205 = select %10204, %10203, %10192 : f32[8,24] @ models/lib/nn.yaml:79:7
%10206 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10207 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10208 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10209 = add %10208, %6748 : i64[] @ models/lib/nn.yaml:79:7
%10210 = broadcast %6752 : f32[8,24] @ models/lib/nn.yaml:79:7
%10211 = mul %73, %10210 : f32[8,24] @ models/lib/nn.yaml:79:7
%10212 = broadcast %3852 : f32[8,24] @ models/lib/nn.yaml:79:7
%10213 = mul %10205, %10212 : f32[8,24] @ models/lib/nn.yaml:79:7
%10214 = broadcast %2640 : f32[8,24] @ models/lib/nn.yaml:79:7
%10215 = mul %10206, %10214 : f32[8,24] @ models/lib/nn.yaml:79:7
%10216 = add %10215, %10213 : f32[8,24] @ models/lib/nn.yaml:79:7
%10217 = mul %10205, %10205 : f32[8,24] @ models/lib/nn.yaml:79:7
%10218 = broadcast %6762 : f32[8,24] @ models/lib/nn.yaml:79:7
%10219 = mul %10217, %10218 : f32[8,24] @ models/lib/nn.yaml:79:7
%10220 = broadcast %6766 : f32[8,24] @ models/lib/nn.yaml:79:7
%10221 = mul %10207, %10220 : f32[8,24] @ models/lib/nn.yaml:79:7
%10222 = add %10221, %10219 : f32[8,24] @ models/lib/nn.yaml:79:7
%10223 = cast %10209 : f64[] @ models/lib/nn.yaml:79:7
%10224 = pow %6757, %10223 : f64[] @ models/lib/nn.yaml:79:7
%10225 = sub %6738, %10224 : f64[] @ models/lib/nn.yaml:79:7
%10226 = div %4159, %10225 : f64[] @ models/lib/nn.yaml:79:7
%10227 = pow %6765, %10223 : f64[] @ models/lib/nn.yaml:79:7
%10228 = sub %6738, %10227 : f64[] @ models/lib/nn.yaml:79:7
%10229 = sqrt %10228 : f64[] @ models/lib/nn.yaml:79:7
%10230 = div %6738, %10229 : f64[] @ models/lib/nn.yaml:79:7
%10231 = sqrt %10222 : f32[8,24] @ models/lib/nn.yaml:79:7
%10232 = cast %10230 : f32[] @ models/lib/nn.yaml:79:7
%10233 = broadcast %10232 : f32[8,24] @ models/lib/nn.yaml:79:7
%10234 = mul %10231, %10233 : f32[8,24] @ models/lib/nn.yaml:79:7
%10235 = broadcast %6782 : f32[8,24] @ models/lib/nn.yaml:79:7
%10236 = add %10234, %10235 : f32[8,24] @ models/lib/nn.yaml:79:7
%10237 = div %10216, %10236 : f32[8,24] @ models/lib/nn.yaml:79:7
%10238 = cast %10226 : f32[] @ models/lib/nn.yaml:79:7
%10239 = broadcast %10238 : f32[8,24] @ models/lib/nn.yaml:79:7
%10240 = mul %10237, %10239 : f32[8,24] @ models/lib/nn.yaml:79:7
%10241 = sub %10211, %10240 : f32[8,24] @ models/lib/nn.yaml:79:7
%10242 = assign %73, %10241 : f32[8,24] @ models/lib/nn.yaml:79:7
%10243 = assign %10206, %10216 : f32[8,24] @ models/lib/nn.yaml:79:7
%10244 = assign %10207, %10222 : f32[8,24] @ models/lib/nn.yaml:79:7
%10245 = assign %10208, %10209 : i64[] @ models/lib/nn.yaml:79:7
%10246 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%10247 = mul %151, %10246 : f32[8,24] @ models/lib/nn.yaml:79:7
%10248 = broadcast %6797 : f32[8,24] @ models/lib/nn.yaml:79:7
%10249 = mul %10241, %10248 : f32[8,24] @ models/lib/nn.yaml:79:7
%10250 = add %10247, %10249 : f32[8,24] @ models/lib/nn.yaml:79:7
%10251 = assign %151, %10250 : f32[8,24] @ models/lib/nn.yaml:79:7
%10252 = all_reduce_sum %5589 : f32[8] @ models/lib/nn.yaml:80:7
%10253 = mul %10252, %10252 : f32[8] @ models/lib/nn.yaml:80:7
%10254 = reduce_sum %10253 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10255 = sqrt %10254 : f32[] @ models/lib/nn.yaml:80:7
%10256 = cast %10255 : f64[] @ models/lib/nn.yaml:80:7
%10257 = add %10256, %6734 : f64[] @ models/lib/nn.yaml:80:7
%10258 = div %6736, %10257 : f64[] @ models/lib/nn.yaml:80:7
%10259 = lt %10258, %6738 : bool[] @ models/lib/nn.yaml:80:7
%10260 = cast %10258 : f32[] @ models/lib/nn.yaml:80:7
%10261 = broadcast %10260 : f32[8] @ models/lib/nn.yaml:80:7
%10262 = mul %10252, %10261 : f32[8] @ models/lib/nn.yaml:80:7
%10263 = broadcast %10259 : bool[8] @ models/lib/nn.yaml:80:7
%10264 = select %10263, %10262, %10252 : f32[8] @ models/lib/nn.yaml:80:7
%10265 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10266 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10267 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10268 = add %10267, %6748 : i64[] @ models/lib/nn.yaml:80:7
%10269 = broadcast %3852 : f32[8] @ models/lib/nn.yaml:80:7
%10270 = mul %10264, %10269 : f32[8] @ models/lib/nn.yaml:80:7
%10271 = broadcast %2640 : f32[8] @ models/lib/nn.yaml:80:7
%10272 = mul %10265, %10271 : f32[8] @ models/lib/nn.yaml:80:7
%10273 = add %10272, %10270 : f32[8] @ models/lib/nn.yaml:80:7
%10274 = mul %10264, %10264 : f32[8] @ models/lib/nn.yaml:80:7
%10275 = broadcast %6762 : f32[8] @ models/lib/nn.yaml:80:7
%10276 = mul %10274, %10275 : f32[8] @ models/lib/nn.yaml:80:7
%10277 = broadcast %6766 : f32[8] @ models/lib/nn.yaml:80:7
%10278 = mul %10266, %10277 : f32[8] @ models/lib/nn.yaml:80:7
%10279 = add %10278, %10276 : f32[8] @ models/lib/nn.yaml:80:7
%10280 = cast %10268 : f64[] @ models/lib/nn.yaml:80:7
%10281 = pow %6757, %10280 : f64[] @ models/lib/nn.yaml:80:7
%10282 = sub %6738, %10281 : f64[] @ models/lib/nn.yaml:80:7
%10283 = div %4159, %10282 : f64[] @ models/lib/nn.yaml:80:7
%10284 = pow %6765, %10280 : f64[] @ models/lib/nn.yaml:80:7
%10285 = sub %6738, %10284 : f64[] @ models/lib/nn.yaml:80:7
%10286 = sqrt %10285 : f64[] @ models/lib/nn.yaml:80:7
%10287 = div %6738, %10286 : f64[] @ models/lib/nn.yaml:80:7
%10288 = sqrt %10279 : f32[8] @ models/lib/nn.yaml:80:7
%10289 = cast %10287 : f32[] @ models/lib/nn.yaml:80:7
%10290 = broadcast %10289 : f32[8] @ models/lib/nn.yaml:80:7
%10291 = mul %10288, %10290 : f32[8] @ models/lib/nn.yaml:80:7
%10292 = broadcast %6782 : f32[8] @ models/lib/nn.yaml:80:7
%10293 = add %10291, %10292 : f32[8] @ models/lib/nn.yaml:80:7
%10294 = div %10273, %10293 : f32[8] @ models/lib/nn.yaml:80:7
%10295 = cast %10283 : f32[] @ models/lib/nn.yaml:80:7
%10296 = broadcast %10295 : f32[8] @ models/lib/nn.yaml:80:7
%10297 = mul %10294, %10296 : f32[8] @ models/lib/nn.yaml:80:7
%10298 = sub %74, %10297 : f32[8] @ models/lib/nn.yaml:80:7
%10299 = assign %74, %10298 : f32[8] @ models/lib/nn.yaml:80:7
%10300 = assign %10265, %10273 : f32[8] @ models/lib/nn.yaml:80:7
%10301 = assign %10266, %10279 : f32[8] @ models/lib/nn.yaml:80:7
%10302 = assign %10267, %10268 : i64[] @ models/lib/nn.yaml:80:7
%10303 = broadcast %3 : f32[8] @ models/lib/nn.yaml:80:7
%10304 = mul %152, %10303 : f32[8] @ models/lib/nn.yaml:80:7
%10305 = broadcast %6797 : f32[8] @ models/lib/nn.yaml:80:7
%10306 = mul %10298, %10305 : f32[8] @ models/lib/nn.yaml:80:7
%10307 = add %10304, %10306 : f32[8] @ models/lib/nn.yaml:80:7
%10308 = assign %152, %10307 : f32[8] @ models/lib/nn.yaml:80:7
%10309 = broadcast %3 : f32[32,1] @ models/lib/dino.yaml:18:7
%10310 = mul %153, %10309 : f32[32,1] @ models/lib/dino.yaml:18:7
%10311 = broadcast %6797 : f32[32,1] @ models/lib/dino.yaml:18:7
%10312 = mul %75, %10311 : f32[32,1] @ models/lib/dino.yaml:18:7
%10313 = add %10310, %10312 : f32[32,1] @ models/lib/dino.yaml:18:7
%10314 = assign %153, %10313 : f32[32,1] @ models/lib/dino.yaml:18:7
%10315 = all_reduce_sum %5567 : f32[32,8] @ models/lib/dino.yaml:19:7
%10316 = reshape %10315 : f32[256] @ models/lib/dino.yaml:19:7
%10317 = mul %10316, %10316 : f32[256] @ models/lib/dino.yaml:19:7
%10318 = reduce_sum %10317 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10319 = sqrt %10318 : f32[] @ models/lib/dino.yaml:19:7
%10320 = cast %10319 : f64[] @ models/lib/dino.yaml:19:7
%10321 = add %10320, %6734 : f64[] @ models/lib/dino.yaml:19:7
%10322 = div %6736, %10321 : f64[] @ models/lib/dino.yaml:19:7
%10323 = lt %10322, %6738 : bool[] @ models/lib/dino.yaml:19:7
%10324 = cast %10322 : f32[] @ models/lib/dino.yaml:19:7
%10325 = broadcast %10324 : f32[32,8] @ models/lib/dino.yaml:19:7
%10326 = mul %10315, %10325 : f32[32,8] @ models/lib/dino.yaml:19:7
%10327 = broadcast %10323 : bool[32,8] @ models/lib/dino.yaml:19:7
%10328 = select %10327, %10326, %10315 : f32[32,8] @ models/lib/dino.yaml:19:7
%10329 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10330 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%10331 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10332 = add %10331, %6748 : i64[] @ models/lib/dino.yaml:19:7
%10333 = broadcast %6752 : f32[32,8] @ models/lib/dino.yaml:19:7
%10334 = mul %76, %10333 : f32[32,8] @ models/lib/dino.yaml:19:7
%10335 = broadcast %3852 : f32[32,8] @ models/lib/dino.yaml:19:7
%10336 = mul %10328, %10335 : f32[32,8] @ models/lib/dino.yaml:19:7
%10337 = broadcast %2640 : f32[32,8] @ models/lib/dino.yaml:19:7
%10338 = mul %10329, %10337 : f32[32,8] @ models/lib/dino.yaml:19:7
%10339 = add %10338, %10336 : f32[32,8] @ models/lib/dino.yaml:19:7
%10340 = mul %10328, %10328 : f32[32,8] @ models/lib/dino.yaml:19:7
%10341 = broadcast %6762 : f32[32,8] @ models/lib/dino.yaml:19:7
%10342 = mul %10340, %10341 : f32[32,8] @ models/lib/dino.yaml:19:7
%10343 = broadcast %6766 : f32[32,8] @ models/lib/dino.yaml:19:7
%10344 = mul %10330, %10343 : f32[32,8] @ models/lib/dino.yaml:19:7
%10345 = add %10344, %10342 : f32[32,8] @ models/lib/dino.yaml:19:7
%10346 = cast %10332 : f64[] @ models/lib/dino.yaml:19:7
%10347 = pow %6757, %10346 : f64[] @ models/lib/dino.yaml:19:7
%10348 = sub %6738, %10347 : f64[] @ models/lib/dino.yaml:19:7
%10349 = div %4159, %10348 : f64[] @ models/lib/dino.yaml:19:7
%10350 = pow %6765, %10346 : f64[] @ models/lib/dino.yaml:19:7
%10351 = sub %6738, %10350 : f64[] @ models/lib/dino.yaml:19:7
%10352 = sqrt %10351 : f64[] @ models/lib/dino.yaml:19:7
%10353 = div %6738, %10352 : f64[] @ models/lib/dino.yaml:19:7
%10354 = sqrt %10345 : f32[32,8] @ models/lib/dino.yaml:19:7
%10355 = cast %10353 : f32[] @ models/lib/dino.yaml:19:7
%10356 = broadcast %10355 : f32[32,8] @ models/lib/dino.yaml:19:7
%10357 = mul %10354, %10356 : f32[32,8] @ models/lib/dino.yaml:19:7
%10358 = broadcast %6782 : f32[32,8] @ models/lib/dino.yaml:19:7
%10359 = add %10357, %10358 : f32[32,8] @ models/lib/dino.yaml:19:7
%10360 = div %10339, %10359 : f32[32,8] @ models/lib/dino.yaml:19:7
%10361 = cast %10349 : f32[] @ models/lib/dino.yaml:19:7
%10362 = broadcast %10361 : f32[32,8] @ models/lib/dino.yaml:19:7
%10363 = mul %10360, %10362 : f32[32,8] @ models/lib/dino.yaml:19:7
%10364 = sub %10334, %10363 : f32[32,8] @ models/lib/dino.yaml:19:7
%10365 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%10366 = lt %10365, %6748 : bool[] @ models/lib/dino.yaml:19:7
%10367 = broadcast %10366 : bool[32,8] @ models/lib/dino.yaml:19:7
%10368 = select %10367, %76, %10364 : f32[32,8] @ models/lib/dino.yaml:19:7
%10369 = select %10367, %10329, %10339 : f32[32,8] @ models/lib/dino.yaml:19:7
%10370 = select %10367, %10330, %10345 : f32[32,8] @ models/lib/dino.yaml:19:7
%10371 = select %10366, %10331, %10332 : i64[] @ models/lib/dino.yaml:19:7
%10372 = assign %76, %10368 : f32[32,8] @ models/lib/dino.yaml:19:7
%10373 = assign %10329, %10369 : f32[32,8] @ models/lib/dino.yaml:19:7
%10374 = assign %10330, %10370 : f32[32,8] @ models/lib/dino.yaml:19:7
%10375 = assign %10331, %10371 : i64[] @ models/lib/dino.yaml:19:7
%10376 = broadcast %3 : f32[32,8] @ models/lib/dino.yaml:19:7
%10377 = mul %154, %10376 : f32[32,8] @ models/lib/dino.yaml:19:7
%10378 = broadcast %6797 : f32[32,8] @ models/lib/dino.yaml:19:7
%10379 = mul %10368, %10378 : f32[32,8] @ models/lib/dino.yaml:19:7
%10380 = add %10377, %10379 : f32[32,8] @ models/lib/dino.yaml:19:7
%10381 = assign %154, %10380 : f32[32,8] @ models/lib/dino.yaml:19:7
%10382 = all_reduce_sum %5547 : f32[24,16] @ models/lib/nn.yaml:79:7
%10383 = reshape %10382 : f32[384] @ models/lib/nn.yaml:79:7
%10384 = mul %10383, %10383 : f32[384] @ models/lib/nn.yaml:79:7
%10385 = reduce_sum %10384 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10386 = sqrt %10385 : f32[] @ models/lib/nn.yaml:79:7
%10387 = cast %10386 : f64[] @ models/lib/nn.yaml:79:7
%10388 = add %10387, %6734 : f64[] @ models/lib/nn.yaml:79:7
%10389 = div %6736, %10388 : f64[] @ models/lib/nn.yaml:79:7
%10390 = lt %10389, %6738 : bool[] @ models/lib/nn.yaml:79:7
%10391 = cast %10389 : f32[] @ models/lib/nn.yaml:79:7
%10392 = broadcast %10391 : f32[24,16] @ models/lib/nn.yaml:79:7
%10393 = mul %10382, %10392 : f32[24,16] @ models/lib/nn.yaml:79:7
%10394 = broadcast %10390 : bool[24,16] @ models/lib/nn.yaml:79:7
%10395 = select %10394, %10393, %10382 : f32[24,16] @ models/lib/nn.yaml:79:7
%10396 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10397 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%10398 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10399 = add %10398, %6748 : i64[] @ models/lib/nn.yaml:79:7
%10400 = mul %77, %9983 : f32[24,16] @ models/lib/nn.yaml:79:7
%10401 = mul %10395, %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%10402 = mul %10396, %9987 : f32[24,16] @ models/lib/nn.yaml:79:7
%10403 = add %10402, %10401 : f32[24,16] @ models/lib/nn.yaml:79:7
%10404 = mul %10395, %10395 : f32[24,16] @ models/lib/nn.yaml:79:7
%10405 = mul %10404, %9991 : f32[24,16] @ models/lib/nn.yaml:79:7
%10406 = mul %10397, %9993 : f32[24,16] @ models/lib/nn.yaml:79:7
%10407 = add %10406, %10405 : f32[24,16] @ models/lib/nn.yaml:79:7
%10408 = cast %10399 : f64[] @ models/lib/nn.yaml:79:7
%10409 = pow %6757, %10408 : f64[] @ models/lib/nn.yaml:79:7
%10410 = sub %6738, %10409 : f64[] @ models/lib/nn.yaml:79:7
%10411 = div %4159, %10410 : f64[] @ models/lib/nn.yaml:79:7
%10412 = pow %6765, %10408 : f64[] @ models/lib/nn.yaml:79:7
%10413 = sub %6738, %10412 : f64[] @ models/lib/nn.yaml:79:7
%10414 = sqrt %10413 : f64[] @ models/lib/nn.yaml:79:7
%10415 = div %6738, %10414 : f64[] @ models/lib/nn.yaml:79:7
%10416 = sqrt %10407 : f32[24,16] @ models/lib/nn.yaml:79:7
%10417 = cast %10415 : f32[] @ models/lib/nn.yaml:79:7
%10418 = broadcast %10417 : f32[24,16] @ models/lib/nn.yaml:79:7
%10419 = mul %10416, %10418 : f32[24,16] @ models/lib/nn.yaml:79:7
%10420 = add %10419, %10008 : f32[24,16] @ models/lib/nn.yaml:79:7
%10421 = div %10403, %10420 : f32[24,16] @ models/lib/nn.yaml:79:7
%10422 = cast %10411 : f32[] @ models/lib/nn.yaml:79:7
%10423 = broadcast %10422 : f32[24,16] @ models/lib/nn.yaml:79:7
%10424 = mul %10421, %10423 : f32[24,16] @ models/lib/nn.yaml:79:7
%10425 = sub %10400, %10424 : f32[24,16] @ models/lib/nn.yaml:79:7
%10426 = assign %77, %10425 : f32[24,16] @ models/lib/nn.yaml:79:7
%10427 = assign %10396, %10403 : f32[24,16] @ models/lib/nn.yaml:79:7
%10428 = assign %10397, %10407 : f32[24,16] @ models/lib/nn.yaml:79:7
%10429 = assign %10398, %10399 : i64[] @ models/lib/nn.yaml:79:7
%10430 = mul %155, %10019 : f32[24,16] @ models/lib/nn.yaml:79:7
%10431 = mul %10425, %10021 : f32[24,16] @ models/lib/nn.yaml:79:7
%10432 = add %10430, %10431 : f32[24,16] @ models/lib/nn.yaml:79:7
%10433 = assign %155, %10432 : f32[24,16] @ models/lib/nn.yaml:79:7
%10434 = all_reduce_sum %5539 : f32[24] @ models/lib/nn.yaml:80:7
%10435 = mul %10434, %10434 : f32[24] @ models/lib/nn.yaml:80:7
%10436 = reduce_sum %10435 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10437 = sqrt %10436 : f32[] @ models/lib/nn.yaml:80:7
%10438 = cast %10437 : f64[] @ models/lib/nn.yaml:80:7
%10439 = add %10438, %6734 : f64[] @ models/lib/nn.yaml:80:7
%10440 = div %6736, %10439 : f64[] @ models/lib/nn.yaml:80:7
%10441 = lt %10440, %6738 : bool[] @ models/lib/nn.yaml:80:7
%10442 = cast %10440 : f32[] @ models/lib/nn.yaml:80:7
%10443 = broadcast %10442 : f32[24] @ models/lib/nn.yaml:80:7
%10444 = mul %10434, %10443 : f32[24] @ models/lib/nn.yaml:80:7
%10445 = broadcast %10441 : bool[24] @ models/lib/nn.yaml:80:7
%10446 = select %10445, %10444, %10434 : f32[24] @ models/lib/nn.yaml:80:7
%10447 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10448 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10449 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10450 = add %10449, %6748 : i64[] @ models/lib/nn.yaml:80:7
%10451 = mul %10446, %10042 : f32[24] @ models/lib/nn.yaml:80:7
%10452 = mul %10447, %10044 : f32[24] @ models/lib/nn.yaml:80:7
%10453 = add %10452, %10451 : f32[24] @ models/lib/nn.yaml:80:7
%10454 = mul %10446, %10446 : f32[24] @ models/lib/nn.yaml:80:7
%10455 = mul %10454, %10048 : f32[24] @ models/lib/nn.yaml:80:7
%10456 = mul %10448, %10050 : f32[24] @ models/lib/nn.yaml:80:7
%10457 = add %10456, %10455 : f32[24] @ models/lib/nn.yaml:80:7
%10458 = cast %10450 : f64[] @ models/lib/nn.yaml:80:7
%10459 = pow %6757, %10458 : f64[] @ models/lib/nn.yaml:80:7
%10460 = sub %6738, %10459 : f64[] @ models/lib/nn.yaml:80:7
%10461 = div %4159, %10460 : f64[] @ models/lib/nn.yaml:80:7
%10462 = pow %6765, %10458 : f64[] @ models/lib/nn.yaml:80:7
%10463 = sub %6738, %10462 : f64[] @ models/lib/nn.yaml:80:7
%10464 = sqrt %10463 : f64[] @ models/lib/nn.yaml:80:7
%10465 = div %6738, %10464 : f64[] @ models/lib/nn.yaml:80:7
%10466 = sqrt %10457 : f32[24] @ models/lib/nn.yaml:80:7
%10467 = cast %10465 : f32[] @ models/lib/nn.yaml:80:7
%10468 = broadcast %10467 : f32[24] @ models/lib/nn.yaml:80:7
%10469 = mul %10466, %10468 : f32[24] @ models/lib/nn.yaml:80:7
%10470 = add %10469, %10065 : f32[24] @ models/lib/nn.yaml:80:7
%10471 = div %10453, %10470 : f32[24] @ models/lib/nn.yaml:80:7
%10472 = cast %10461 : f32[] @ models/lib/nn.yaml:80:7
%10473 = broadcast %10472 : f32[24] @ models/lib/nn.yaml:80:7
%10474 = mul %10471, %10473 : f32[24] @ models/lib/nn.yaml:80:7
%10475 = sub %78, %10474 : f32[24] @ models/lib/nn.yaml:80:7
%10476 = assign %78, %10475 : f32[24] @ models/lib/nn.yaml:80:7
%10477 = assign %10447, %10453 : f32[24] @ models/lib/nn.yaml:80:7
%10478 = assign %10448, %10457 : f32[24] @ models/lib/nn.yaml:80:7
%10479 = assign %10449, %10450 : i64[] @ models/lib/nn.yaml:80:7
%10480 = mul %156, %10076 : f32[24] @ models/lib/nn.yaml:80:7
%10481 = mul %10475, %10078 : f32[24] @ models/lib/nn.yaml:80:7
%10482 = add %10480, %10481 : f32[24] @ models/lib/nn.yaml:80:7
%10483 = assign %156, %10482 : f32[24] @ models/lib/nn.yaml:80:7
%10484 = all_reduce_sum %5511 : f32[24,24] @ models/lib/nn.yaml:79:7
%10485 = reshape %10484 : f32[576] @ models/lib/nn.yaml:79:7
%10486 = mul %10485, %10485 : f32[576] @ models/lib/nn.yaml:79:7
%10487 = reduce_sum %10486 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10488 = sqrt %10487 : f32[] @ models/lib/nn.yaml:79:7
%10489 = cast %10488 : f64[] @ models/lib/nn.yaml:79:7
%10490 = add %10489, %6734 : f64[] @ models/lib/nn.yaml:79:7
%10491 = div %6736, %10490 : f64[] @ models/lib/nn.yaml:79:7
%10492 = lt %10491, %6738 : bool[] @ models/lib/nn.yaml:79:7
%10493 = cast %10491 : f32[] @ models/lib/nn.yaml:79:7
%10494 = broadcast %10493 : f32[24,24] @ models/lib/nn.yaml:79:7
%10495 = mul %10484, %10494 : f32[24,24] @ models/lib/nn.yaml:79:7
%10496 = broadcast %10492 : bool[24,24] @ models/lib/nn.yaml:79:7
%10497 = select %10496, %10495, %10484 : f32[24,24] @ models/lib/nn.yaml:79:7
%10498 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10499 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10500 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10501 = add %10500, %6748 : i64[] @ models/lib/nn.yaml:79:7
%10502 = mul %79, %10100 : f32[24,24] @ models/lib/nn.yaml:79:7
%10503 = mul %10497, %10102 : f32[24,24] @ models/lib/nn.yaml:79:7
%10504 = mul %10498, %10104 : f32[24,24] @ models/lib/nn.yaml:79:7
%10505 = add %10504, %10503 : f32[24,24] @ models/lib/nn.yaml:79:7
%10506 = mul %10497, %10497 : f32[24,24] @ models/lib/nn.yaml:79:7
%10507 = mul %10506, %10108 : f32[24,24] @ models/lib/nn.yaml:79:7
%10508 = mul %10499, %10110 : f32[24,24] @ models/lib/nn.yaml:79:7
%10509 = add %10508, %10507 : f32[24,24] @ models/lib/nn.yaml:79:7
%10510 = cast %10501 : f64[] @ models/lib/nn.yaml:79:7
%10511 = pow %6757, %10510 : f64[] @ models/lib/nn.yaml:79:7
%10512 = sub %6738, %10511 : f64[] @ models/lib/nn.yaml:79:7
%10513 = div %4159, %10512 : f64[] @ models/lib/nn.yaml:79:7
%10514 = pow %6765, %10510 : f64[] @ models/lib/nn.yaml:79:7
%10515 = sub %6738, %10514 : f64[] @ models/lib/nn.yaml:79:7
%10516 = sqrt %10515 : f64[] @ models/lib/nn.yaml:79:7
%10517 = div %6738, %10516 : f64[] @ models/lib/nn.yaml:79:7
%10518 = sqrt %10509 : f32[24,24] @ models/lib/nn.yaml:79:7
%10519 = cast %10517 : f32[] @ models/lib/nn.yaml:79:7
%10520 = broadcast %10519 : f32[24,24] @ models/lib/nn.yaml:79:7
%10521 = mul %10518, %10520 : f32[24,24] @ models/lib/nn.yaml:79:7
%10522 = add %10521, %10125 : f32[24,24] @ models/lib/nn.yaml:79:7
%10523 = div %10505, %10522 : f32[24,24] @ models/lib/nn.yaml:79:7
%10524 = cast %10513 : f32[] @ models/lib/nn.yaml:79:7
%10525 = broadcast %10524 : f32[24,24] @ models/lib/nn.yaml:79:7
%10526 = mul %10523, %10525 : f32[24,24] @ models/lib/nn.yaml:79:7
%10527 = sub %10502, %10526 : f32[24,24] @ models/lib/nn.yaml:79:7
%10528 = assign %79, %10527 : f32[24,24] @ models/lib/nn.yaml:79:7
%10529 = assign %10498, %10505 : f32[24,24] @ models/lib/nn.yaml:79:7
%10530 = assign %10499, %10509 : f32[24,24] @ models/lib/nn.yaml:79:7
%10531 = assign %10500, %10501 : i64[] @ models/lib/nn.yaml:79:7
%10532 = mul %157, %10136 : f32[24,24] @ models/lib/nn.yaml:79:7
%10533 = mul %10527, %10138 : f32[24,24] @ models/lib/nn.yaml:79:7
%10534 = add %10532, %10533 : f32[24,24] @ models/lib/nn.yaml:79:7
%10535 = assign %157, %10534 : f32[24,24] @ models/lib/nn.yaml:79:7
%10536 = all_reduce_sum %5503 : f32[24] @ models/lib/nn.yaml:80:7
%10537 = mul %10536, %10536 : f32[24] @ models/lib/nn.yaml:80:7
%10538 = reduce_sum %10537 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10539 = sqrt %10538 : f32[] @ models/lib/nn.yaml:80:7
%10540 = cast %10539 : f64[] @ models/lib/nn.yaml:80:7
%10541 = add %10540, %6734 : f64[] @ models/lib/nn.yaml:80:7
%10542 = div %6736, %10541 : f64[] @ models/lib/nn.yaml:80:7
%10543 = lt %10542, %6738 : bool[] @ models/lib/nn.yaml:80:7
%10544 = cast %10542 : f32[] @ models/lib/nn.yaml:80:7
%10545 = broadcast %10544 : f32[24] @ models/lib/nn.yaml:80:7
%10546 = mul %10536, %10545 : f32[24] @ models/lib/nn.yaml:80:7
%10547 = broadcast %10543 : bool[24] @ models/lib/nn.yaml:80:7
%10548 = select %10547, %10546, %10536 : f32[24] @ models/lib/nn.yaml:80:7
%10549 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10550 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10551 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10552 = add %10551, %6748 : i64[] @ models/lib/nn.yaml:80:7
%10553 = mul %10548, %10042 : f32[24] @ models/lib/nn.yaml:80:7
%10554 = mul %10549, %10044 : f32[24] @ models/lib/nn.yaml:80:7
%10555 = add %10554, %10553 : f32[24] @ models/lib/nn.yaml:80:7
%10556 = mul %10548, %10548 : f32[24] @ models/lib/nn.yaml:80:7
%10557 = mul %10556, %10048 : f32[24] @ models/lib/nn.yaml:80:7
%10558 = mul %10550, %10050 : f32[24] @ models/lib/nn.yaml:80:7
%10559 = add %10558, %10557 : f32[24] @ models/lib/nn.yaml:80:7
%10560 = cast %10552 : f64[] @ models/lib/nn.yaml:80:7
%10561 = pow %6757, %10560 : f64[] @ models/lib/nn.yaml:80:7
%10562 = sub %6738, %10561 : f64[] @ models/lib/nn.yaml:80:7
%10563 = div %4159, %10562 : f64[] @ models/lib/nn.yaml:80:7
%10564 = pow %6765, %10560 : f64[] @ models/lib/nn.yaml:80:7
%10565 = sub %6738, %10564 : f64[] @ models/lib/nn.yaml:80:7
%10566 = sqrt %10565 : f64[] @ models/lib/nn.yaml:80:7
%10567 = div %6738, %10566 : f64[] @ models/lib/nn.yaml:80:7
%10568 = sqrt %10559 : f32[24] @ models/lib/nn.yaml:80:7
%10569 = cast %10567 : f32[] @ models/lib/nn.yaml:80:7
%10570 = broadcast %10569 : f32[24] @ models/lib/nn.yaml:80:7
%10571 = mul %10568, %10570 : f32[24] @ models/lib/nn.yaml:80:7
%10572 = add %10571, %10065 : f32[24] @ models/lib/nn.yaml:80:7
%10573 = div %10555, %10572 : f32[24] @ models/lib/nn.yaml:80:7
%10574 = cast %10563 : f32[] @ models/lib/nn.yaml:80:7
%10575 = broadcast %10574 : f32[24] @ models/lib/nn.yaml:80:7
%10576 = mul %10573, %10575 : f32[24] @ models/lib/nn.yaml:80:7
%10577 = sub %80, %10576 : f32[24] @ models/lib/nn.yaml:80:7
%10578 = assign %80, %10577 : f32[24] @ models/lib/nn.yaml:80:7
%10579 = assign %10549, %10555 : f32[24] @ models/lib/nn.yaml:80:7
%10580 = assign %10550, %10559 : f32[24] @ models/lib/nn.yaml:80:7
%10581 = assign %10551, %10552 : i64[] @ models/lib/nn.yaml:80:7
%10582 = mul %158, %10076 : f32[24] @ models/lib/nn.yaml:80:7
%10583 = mul %10577, %10078 : f32[24] @ models/lib/nn.yaml:80:7
%10584 = add %10582, %10583 : f32[24] @ models/lib/nn.yaml:80:7
%10585 = assign %158, %10584 : f32[24] @ models/lib/nn.yaml:80:7
%10586 = all_reduce_sum %5474 : f32[8,24] @ models/lib/nn.yaml:79:7
%10587 = reshape %10586 : f32[192] @ models/lib/nn.yaml:79:7
%10588 = mul %10587, %10587 : f32[192] @ models/lib/nn.yaml:79:7
%10589 = reduce_sum %10588 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10590 = sqrt %10589 : f32[] @ models/lib/nn.yaml:79:7
%10591 = cast %10590 : f64[] @ models/lib/nn.yaml:79:7
%10592 = add %10591, %6734 : f64[] @ models/lib/nn.yaml:79:7
%10593 = div %6736, %10592 : f64[] @ models/lib/nn.yaml:79:7
%10594 = lt %10593, %6738 : bool[] @ models/lib/nn.yaml:79:7
%10595 = cast %10593 : f32[] @ models/lib/nn.yaml:79:7
%10596 = broadcast %10595 : f32[8,24] @ models/lib/nn.yaml:79:7
%10597 = mul %10586, %10596 : f32[8,24] @ models/lib/nn.yaml:79:7
%10598 = broadcast %10594 : bool[8,24] @ models/lib/nn.yaml:79:7
%10599 = select %10598, %10597, %10586 : f32[8,24] @ models/lib/nn.yaml:79:7
%10600 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10601 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10602 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10603 = add %10602, %6748 : i64[] @ models/lib/nn.yaml:79:7
%10604 = mul %81, %10210 : f32[8,24] @ models/lib/nn.yaml:79:7
%10605 = mul %10599, %10212 : f32[8,24] @ models/lib/nn.yaml:79:7
%10606 = mul %10600, %10214 : f32[8,24] @ models/lib/nn.yaml:79:7
%10607 = add %10606, %10605 : f32[8,24] @ models/lib/nn.yaml:79:7
%10608 = mul %10599, %10599 : f32[8,24] @ models/lib/nn.yaml:79:7
%10609 = mul %10608, %10218 : f32[8,24] @ models/lib/nn.yaml:79:7
%10610 = mul %10601, %10220 : f32[8,24] @ models/lib/nn.yaml:79:7
%10611 = add %10610, %10609 : f32[8,24] @ models/lib/nn.yaml:79:7
%10612 = cast %10603 : f64[] @ models/lib/nn.yaml:79:7
%10613 = pow %6757, %10612 : f64[] @ models/lib/nn.yaml:79:7
%10614 = sub %6738, %10613 : f64[] @ models/lib/nn.yaml:79:7
%10615 = div %4159, %10614 : f64[] @ models/lib/nn.yaml:79:7
%10616 = pow %6765, %10612 : f64[] @ models/lib/nn.yaml:79:7
%10617 = sub %6738, %10616 : f64[] @ models/lib/nn.yaml:79:7
%10618 = sqrt %10617 : f64[] @ models/lib/nn.yaml:79:7
%10619 = div %6738, %10618 : f64[] @ models/lib/nn.yaml:79:7
%10620 = sqrt %10611 : f32[8,24] @ models/lib/nn.yaml:79:7
%10621 = cast %10619 : f32[] @ models/lib/nn.yaml:79:7
%10622 = broadcast %10621 : f32[8,24] @ models/lib/nn.yaml:79:7
%10623 = mul %10620, %10622 : f32[8,24] @ models/lib/nn.yaml:79:7
%10624 = add %10623, %10235 : f32[8,24] @ models/lib/nn.yaml:79:7
%10625 = div %10607, %10624 : f32[8,24] @ models/lib/nn.yaml:79:7
%10626 = cast %10615 : f32[] @ models/lib/nn.yaml:79:7
%10627 = broadcast %10626 : f32[8,24] @ models/lib/nn.yaml:79:7
%10628 = mul %10625, %10627 : f32[8,24] @ models/lib/nn.yaml:79:7
%10629 = sub %10604, %10628 : f32[8,24] @ models/lib/nn.yaml:79:7
%10630 = assign %81, %10629 : f32[8,24] @ models/lib/nn.yaml:79:7
%10631 = assign %10600, %10607 : f32[8,24] @ models/lib/nn.yaml:79:7
%10632 = assign %10601, %10611 : f32[8,24] @ models/lib/nn.yaml:79:7
%10633 = assign %10602, %10603 : i64[] @ models/lib/nn.yaml:79:7
%10634 = mul %159, %10246 : f32[8,24] @ models/lib/nn.yaml:79:7
%10635 = mul %10629, %10248 : f32[8,24] @ models/lib/nn.yaml:79:7
%10636 = add %10634, %10635 : f32[8,24] @ models/lib/nn.yaml:79:7
%10637 = assign %159, %10636 : f32[8,24] @ models/lib/nn.yaml:79:7
%10638 = all_reduce_sum %5466 : f32[8] @ models/lib/nn.yaml:80:7
%10639 = mul %10638, %10638 : f32[8] @ models/lib/nn.yaml:80:7
%10640 = reduce_sum %10639 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10641 = sqrt %10640 : f32[] @ models/lib/nn.yaml:80:7
%10642 = cast %10641 : f64[] @ models/lib/nn.yaml:80:7
%10643 = add %10642, %6734 : f64[] @ models/lib/nn.yaml:80:7
%10644 = div %6736, %10643 : f64[] @ models/lib/nn.yaml:80:7
%10645 = lt %10644, %6738 : bool[] @ models/lib/nn.yaml:80:7
%10646 = cast %10644 : f32[] @ models/lib/nn.yaml:80:7
%10647 = broadcast %10646 : f32[8] @ models/lib/nn.yaml:80:7
%10648 = mul %10638, %10647 : f32[8] @ models/lib/nn.yaml:80:7
%10649 = broadcast %10645 : bool[8] @ models/lib/nn.yaml:80:7
%10650 = select %10649, %10648, %10638 : f32[8] @ models/lib/nn.yaml:80:7
%10651 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10652 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10653 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10654 = add %10653, %6748 : i64[] @ models/lib/nn.yaml:80:7
%10655 = mul %10650, %10269 : f32[8] @ models/lib/nn.yaml:80:7
%10656 = mul %10651, %10271 : f32[8] @ models/lib/nn.yaml:80:7
%10657 = add %10656, %10655 : f32[8] @ models/lib/nn.yaml:80:7
%10658 = mul %10650, %10650 : f32[8] @ models/lib/nn.yaml:80:7
%10659 = mul %10658, %10275 : f32[8] @ models/lib/nn.yaml:80:7
%10660 = mul %10652, %10277 : f32[8] @ models/lib/nn.yaml:80:7
%10661 = add %10660, %10659 : f32[8] @ models/lib/nn.yaml:80:7
%10662 = cast %10654 : f64[] @ models/lib/nn.yaml:80:7
%10663 = pow %6757, %10662 : f64[] @ models/lib/nn.yaml:80:7
%10664 = sub %6738, %10663 : f64[] @ models/lib/nn.yaml:80:7
%10665 = div %4159, %10664 : f64[] @ models/lib/nn.yaml:80:7
%10666 = pow %6765, %10662 : f64[] @ models/lib/nn.yaml:80:7
%10667 = sub %6738, %10666 : f64[] @ models/lib/nn.yaml:80:7
%10668 = sqrt %10667 : f64[] @ models/lib/nn.yaml:80:7
%10669 = div %6738, %10668 : f64[] @ models/lib/nn.yaml:80:7
%10670 = sqrt %10661 : f32[8] @ models/lib/nn.yaml:80:7
%10671 = cast %10669 : f32[] @ models/lib/nn.yaml:80:7
%10672 = broadcast %10671 : f32[8] @ models/lib/nn.yaml:80:7
%10673 = mul %10670, %10672 : f32[8] @ models/lib/nn.yaml:80:7
%10674 = add %10673, %10292 : f32[8] @ models/lib/nn.yaml:80:7
%10675 = div %10657, %10674 : f32[8] @ models/lib/nn.yaml:80:7
%10676 = cast %10665 : f32[] @ models/lib/nn.yaml:80:7
%10677 = broadcast %10676 : f32[8] @ models/lib/nn.yaml:80:7
%10678 = mul %10675, %10677 : f32[8] @ models/lib/nn.yaml:80:7
%10679 = sub %82, %10678 : f32[8] @ models/lib/nn.yaml:80:7
%10680 = assign %82, %10679 : f32[8] @ models/lib/nn.yaml:80:7
%10681 = assign %10651, %10657 : f32[8] @ models/lib/nn.yaml:80:7
%10682 = assign %10652, %10661 : f32[8] @ models/lib/nn.yaml:80:7
%10683 = assign %10653, %10654 : i64[] @ models/lib/nn.yaml:80:7
%10684 = mul %160, %10303 : f32[8] @ models/lib/nn.yaml:80:7
%10685 = mul %10679, %10305 : f32[8] @ models/lib/nn.yaml:80:7
%10686 = add %10684, %10685 : f32[8] @ models/lib/nn.yaml:80:7
%10687 = assign %160, %10686 : f32[8] @ models/lib/nn.yaml:80:7
%10688 = broadcast %3 : f32[16,1] @ models/lib/dino.yaml:18:7
%10689 = mul %161, %10688 : f32[16,1] @ models/lib/dino.yaml:18:7
%10690 = broadcast %6797 : f32[16,1] @ models/lib/dino.yaml:18:7
%10691 = mul %83, %10690 : f32[16,1] @ models/lib/dino.yaml:18:7
%10692 = add %10689, %10691 : f32[16,1] @ models/lib/dino.yaml:18:7
%10693 = assign %161, %10692 : f32[16,1] @ models/lib/dino.yaml:18:7
%10694 = all_reduce_sum %5437 : f32[16,8] @ models/lib/dino.yaml:19:7
%10695 = reshape %10694 : f32[128] @ models/lib/dino.yaml:19:7
%10696 = mul %10695, %10695 : f32[128] @ models/lib/dino.yaml:19:7
%10697 = reduce_sum %10696 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10698 = sqrt %10697 : f32[] @ models/lib/dino.yaml:19:7
%10699 = cast %10698 : f64[] @ models/lib/dino.yaml:19:7
%10700 = add %10699, %6734 : f64[] @ models/lib/dino.yaml:19:7
%10701 = div %6736, %10700 : f64[] @ models/lib/dino.yaml:19:7
%10702 = lt %10701, %6738 : bool[] @ models/lib/dino.yaml:19:7
%10703 = cast %10701 : f32[] @ models/lib/dino.yaml:19:7
%10704 = broadcast %10703 : f32[16,8] @ models/lib/dino.yaml:19:7
%10705 = mul %10694, %10704 : f32[16,8] @ models/lib/dino.yaml:19:7
%10706 = broadcast %10702 : bool[16,8] @ models/lib/dino.yaml:19:7
%10707 = select %10706, %10705, %10694 : f32[16,8] @ models/lib/dino.yaml:19:7
%10708 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10709 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10710 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10711 = add %10710, %6748 : i64[] @ models/lib/dino.yaml:19:7
%10712 = broadcast %6752 : f32[16,8] @ models/lib/dino.yaml:19:7
%10713 = mul %84, %10712 : f32[16,8] @ models/lib/dino.yaml:19:7
%10714 = broadcast %3852 : f32[16,8] @ models/lib/dino.yaml:19:7
%10715 = mul %10707, %10714 : f32[16,8] @ models/lib/dino.yaml:19:7
%10716 = broadcast %2640 : f32[16,8] @ models/lib/dino.yaml:19:7
%10717 = mul %10708, %10716 : f32[16,8] @ models/lib/dino.yaml:19:7
%10718 = add %10717, %10715 : f32[16,8] @ models/lib/dino.yaml:19:7
%10719 = mul %10707, %10707 : f32[16,8] @ models/lib/dino.yaml:19:7
%10720 = broadcast %6762 : f32[16,8] @ models/lib/dino.yaml:19:7
%10721 = mul %10719, %10720 : f32[16,8] @ models/lib/dino.yaml:19:7
%10722 = broadcast %6766 : f32[16,8] @ models/lib/dino.yaml:19:7
%10723 = mul %10709, %10722 : f32[16,8] @ models/lib/dino.yaml:19:7
%10724 = add %10723, %10721 : f32[16,8] @ models/lib/dino.yaml:19:7
%10725 = cast %10711 : f64[] @ models/lib/dino.yaml:19:7
%10726 = pow %6757, %10725 : f64[] @ models/lib/dino.yaml:19:7
%10727 = sub %6738, %10726 : f64[] @ models/lib/dino.yaml:19:7
%10728 = div %4159, %10727 : f64[] @ models/lib/dino.yaml:19:7
%10729 = pow %6765, %10725 : f64[] @ models/lib/dino.yaml:19:7
%10730 = sub %6738, %10729 : f64[] @ models/lib/dino.yaml:19:7
%10731 = sqrt %10730 : f64[] @ models/lib/dino.yaml:19:7
%10732 = div %6738, %10731 : f64[] @ models/lib/dino.yaml:19:7
%10733 = sqrt %10724 : f32[16,8] @ models/lib/dino.yaml:19:7
%10734 = cast %10732 : f32[] @ models/lib/dino.yaml:19:7
%10735 = broadcast %10734 : f32[16,8] @ models/lib/dino.yaml:19:7
%10736 = mul %10733, %10735 : f32[16,8] @ models/lib/dino.yaml:19:7
%10737 = broadcast %6782 : f32[16,8] @ models/lib/dino.yaml:19:7
%10738 = add %10736, %10737 : f32[16,8] @ models/lib/dino.yaml:19:7
%10739 = div %10718, %10738 : f32[16,8] @ models/lib/dino.yaml:19:7
%10740 = cast %10728 : f32[] @ models/lib/dino.yaml:19:7
%10741 = broadcast %10740 : f32[16,8] @ models/lib/dino.yaml:19:7
%10742 = mul %10739, %10741 : f32[16,8] @ models/lib/dino.yaml:19:7
%10743 = sub %10713, %10742 : f32[16,8] @ models/lib/dino.yaml:19:7
%10744 = broadcast %10366 : bool[16,8] @ models/lib/dino.yaml:19:7
%10745 = select %10744, %84, %10743 : f32[16,8] @ models/lib/dino.yaml:19:7
%10746 = select %10744, %10708, %10718 : f32[16,8] @ models/lib/dino.yaml:19:7
%10747 = select %10744, %10709, %10724 : f32[16,8] @ models/lib/dino.yaml:19:7
%10748 = select %10366, %10710, %10711 : i64[] @ models/lib/dino.yaml:19:7
%10749 = assign %84, %10745 : f32[16,8] @ models/lib/dino.yaml:19:7
%10750 = assign %10708, %10746 : f32[16,8] @ models/lib/dino.yaml:19:7
%10751 = assign %10709, %10747 : f32[16,8] @ models/lib/dino.yaml:19:7
%10752 = assign %10710, %10748 : i64[] @ models/lib/dino.yaml:19:7
%10753 = broadcast %3 : f32[16,8] @ models/lib/dino.yaml:19:7
%10754 = mul %162, %10753 : f32[16,8] @ models/lib/dino.yaml:19:7
%10755 = broadcast %6797 : f32[16,8] @ models/lib/dino.yaml:19:7
%10756 = mul %10745, %10755 : f32[16,8] @ models/lib/dino.yaml:19:7
%10757 = add %10754, %10756 : f32[16,8] @ models/lib/dino.yaml:19:7
%10758 = assign %162, %10757 : f32[16,8] @ models/lib/dino.yaml:19:7
%10759 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10760 = abs %4122 : f32[] @ models/dino_pass.yaml:149:3
%10761 = lt %10760, %10759 : bool[] @ models/dino_pass.yaml:149:3
%10762 = output %10761 name="finite" : bool[] @ models/dino_pass.yaml:149:3
