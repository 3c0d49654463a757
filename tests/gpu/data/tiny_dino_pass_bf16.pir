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
%4095 = cast %4091 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%4096 = cast %4001 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4097 = matmul %4096, %2872 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4098 = reshape %4096 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4099 = reshape %3553 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4100 = matmul %4098, %4099 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4101 = cast %4100 : f32[32,8] @ models/lib/dino.yaml:22:33
%4102 = div %4101, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%4103 = mul %4102, %2870 : f32[32,8] @ models/lib/dino.yaml:22:33
%4104 = neg %4103 : f32[32,8] @ models/lib/dino.yaml:22:33
%4105 = reduce_sum %4104 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4106 = broadcast %315 : f32[32,1] @ models/lib/dino.yaml:22:35
%4107 = mul %4105, %4106 : f32[32,1] @ models/lib/dino.yaml:22:35
%4108 = div %4107, %2868 : f32[32,1] @ models/lib/dino.yaml:22:35
%4109 = broadcast %4108 : f32[32,8] @ models/lib/dino.yaml:22:40
%4110 = mul %4109, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4111 = add %4110, %4110 : f32[32,8] @ models/lib/dino.yaml:22:53
%4112 = mul %4102, %2864 : f32[32,8] @ models/lib/dino.yaml:22:22
%4113 = add %4111, %4112 : f32[32,8] @ models/lib/dino.yaml:22:22
%4114 = cast %4097 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4115 = div %4114, %3551 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4116 = mul %4115, %3552 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4117 = neg %4116 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4118 = reduce_sum %4117 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4119 = broadcast %4025 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4120 = broadcast %315 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4121 = mul %4118, %4120 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4122 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4123 = eq %4122, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4124 = select %4123, %4121, %4119 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4125 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4126 = gt %4125, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4127 = select %4126, %4118, %4124 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4128 = mul %4127, %4120 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4129 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4130 = div %4128, %4129 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4131 = broadcast %4130 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4132 = mul %4131, %3546 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4133 = add %4115, %4132 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4134 = add %4133, %4132 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4135 = reduce_sum %4134 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4136 = reshape %4135 : f32[8] @ models/lib/nn.yaml:84:18
%4137 = cast %4134 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4138 = matmul %4137, %2853 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4139 = reshape %4137 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4140 = reshape %3543 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4141 = matmul %4139, %4140 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4142 = cast %4138 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4143 = add %1123, %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4144 = mul %4142, %4143 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4145 = cast %4138 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4146 = mul %1118, %3537 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4147 = mul %4145, %4146 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4148 = mul %3537, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4149 = mul %4148, %4148 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4150 = neg %4149 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4151 = exp %4150 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4152 = broadcast %4059 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4153 = mul %4151, %4152 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4154 = mul %4147, %4153 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4155 = mul %4154, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4156 = mul %4144, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4157 = add %4155, %4156 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4158 = reduce_sum %4157 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4159 = reshape %4158 : f32[24] @ models/lib/nn.yaml:84:18
%4160 = cast %4157 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4161 = matmul %4160, %2842 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4162 = reshape %4160 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4163 = reshape %3534 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4164 = matmul %4162, %4163 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4165 = cast %4161 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4166 = add %1123, %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4167 = mul %4165, %4166 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4168 = cast %4161 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4169 = mul %1118, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4170 = mul %4168, %4169 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4171 = mul %3528, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4172 = mul %4171, %4171 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4173 = neg %4172 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4174 = exp %4173 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4175 = mul %4174, %4152 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4176 = mul %4170, %4175 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4177 = mul %4176, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4178 = mul %4167, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4179 = add %4177, %4178 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4180 = reduce_sum %4179 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4181 = reshape %4180 : f32[24] @ models/lib/nn.yaml:84:18
%4182 = cast %4179 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4183 = matmul %4182, %2831 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4184 = reshape %4182 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4185 = reshape %3525 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4186 = matmul %4184, %4185 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4187 = cast %4183 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4188 = concat %4187, %4095 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4189 = reduce_sum %4188 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4190 = reshape %4189 : f32[16] @ models/lib/nn.yaml:96:46
%4191 = mul %4188, %3520 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4192 = mul %4188, %3519 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4193 = reduce_sum %4192 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4194 = reshape %4193 : f32[16] @ models/lib/nn.yaml:96:37
%4195 = mul %4191, %3518 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4196 = mul %4191, %3512 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4197 = reduce_sum %4196 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4198 = mul %3517, %3517 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4199 = mul %3517, %4198 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4200 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4201 = broadcast %4200 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4202 = mul %4199, %4201 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4203 = mul %4197, %4202 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4204 = div %4203, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4205 = broadcast %4204 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4206 = mul %4205, %3512 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4207 = add %4195, %4206 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4208 = add %4207, %4206 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4209 = neg %4208 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4210 = reduce_sum %4209 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4211 = div %4210, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4212 = broadcast %4211 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4213 = add %4208, %4212 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4214 = slice %4213 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4215 = slice %4213 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4216 = reduce_sum %4214 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4217 = reshape %4216 : f32[16] @ models/lib/nn.yaml:84:18
%4218 = cast %4214 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4219 = matmul %4218, %2807 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4220 = reshape %4218 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4221 = reshape %3503 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4222 = matmul %4220, %4221 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4223 = cast %4219 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4224 = add %944, %3499 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4225 = mul %4223, %4224 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4226 = cast %4219 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4227 = mul %939, %3497 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4228 = mul %4226, %4227 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4229 = mul %3497, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4230 = mul %4229, %4229 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4231 = neg %4230 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4232 = exp %4231 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4233 = broadcast %4059 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4234 = mul %4232, %4233 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4235 = mul %4228, %4234 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4236 = mul %4235, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4237 = mul %4225, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4238 = add %4236, %4237 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4239 = reduce_sum %4238 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4240 = reshape %4239 : f32[64] @ models/lib/nn.yaml:84:18
%4241 = cast %4238 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4242 = matmul %4241, %2796 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4243 = reshape %4241 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4244 = reshape %3494 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4245 = matmul %4243, %4244 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4246 = cast %4242 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4247 = reduce_sum %4246 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4248 = reshape %4247 : f32[16] @ models/lib/nn.yaml:96:46
%4249 = cast %4242 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4250 = mul %4249, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4251 = cast %4242 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4252 = mul %4251, %3491 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4253 = reduce_sum %4252 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4254 = reshape %4253 : f32[16] @ models/lib/nn.yaml:96:37
%4255 = mul %4250, %3490 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4256 = mul %4250, %3484 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4257 = reduce_sum %4256 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4258 = mul %3489, %3489 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4259 = mul %3489, %4258 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4260 = broadcast %4200 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4261 = mul %4259, %4260 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4262 = mul %4257, %4261 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4263 = div %4262, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4264 = broadcast %4263 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4265 = mul %4264, %3484 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4266 = add %4255, %4265 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4267 = add %4266, %4265 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4268 = add %4214, %4267 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4269 = neg %4267 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4270 = reduce_sum %4269 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4271 = div %4270, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4272 = broadcast %4271 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4273 = add %4268, %4272 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4274 = reduce_sum %4273 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4275 = reshape %4274 : f32[16] @ models/lib/nn.yaml:84:18
%4276 = cast %4273 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4277 = matmul %4276, %2774 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4278 = reshape %4276 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4279 = reshape %3475 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4280 = matmul %4278, %4279 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4281 = reshape %4277 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4282 = permute %4281 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4283 = cast %4282 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4284 = cast %3465 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4285 = permute %4284 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4286 = slice %4283 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4287 = broadcast %4286 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4288 = slice %4285 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4289 = mul %4287, %4288 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4290 = slice %4283 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4291 = broadcast %4290 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4292 = slice %4285 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4293 = mul %4291, %4292 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4294 = add %4289, %4293 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4295 = slice %4283 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4296 = broadcast %4295 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4297 = slice %4285 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4298 = mul %4296, %4297 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4299 = add %4294, %4298 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4300 = slice %4283 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4301 = broadcast %4300 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4302 = slice %4285 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4303 = mul %4301, %4302 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4304 = add %4299, %4303 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4305 = slice %4283 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4306 = broadcast %4305 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4307 = slice %4285 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4308 = mul %4306, %4307 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4309 = add %4304, %4308 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4310 = slice %4283 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4311 = broadcast %4310 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4312 = slice %4285 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4313 = mul %4311, %4312 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4314 = add %4309, %4313 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4315 = slice %4283 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4316 = broadcast %4315 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4317 = slice %4285 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4318 = mul %4316, %4317 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4319 = add %4314, %4318 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4320 = slice %4283 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4321 = broadcast %4320 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4322 = slice %4285 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4323 = mul %4321, %4322 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4324 = add %4319, %4323 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4325 = cast %4324 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4326 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4327 = permute %4326 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4328 = cast %4282 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4329 = broadcast %4327 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4330 = broadcast %4328 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4331 = mul %4329, %4330 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4332 = cast %4331 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4333 = cast %4325 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4334 = div %4333, %3459 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4335 = mul %4334, %3461 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4336 = neg %4335 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4337 = reduce_sum %4336 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4338 = broadcast %4337 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4339 = add %4334, %4338 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4340 = exp %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4341 = mul %4339, %4340 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4342 = mul %4341, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4343 = cast %4342 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4344 = cast %4343 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4345 = cast %3406 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4346 = reshape %4344 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4347 = broadcast %4346 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4348 = reshape %4345 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4349 = broadcast %4348 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4350 = mul %4347, %4349 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4351 = reduce_sum %4350 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4352 = cast %4351 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4353 = cast %4343 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4354 = permute %4353 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4355 = cast %3403 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4356 = broadcast %4354 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4357 = broadcast %4355 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4358 = mul %4356, %4357 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4359 = cast %4358 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4360 = cast %4332 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4361 = permute %4360 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4362 = reshape %4361 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4363 = reduce_sum %4362 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4364 = reshape %4363 : f32[16] @ models/lib/nn.yaml:84:18
%4365 = permute %4332 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4366 = reshape %4365 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4367 = matmul %4366, %2693 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4368 = reshape %4365 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4369 = reshape %3388 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4370 = matmul %4368, %4369 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4371 = cast %4359 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4372 = permute %4371 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4373 = reshape %4372 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4374 = reduce_sum %4373 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4375 = reshape %4374 : f32[16] @ models/lib/nn.yaml:84:18
%4376 = permute %4359 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4377 = reshape %4376 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4378 = matmul %4377, %2688 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4379 = cast %4367 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4380 = cast %4378 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4381 = add %4379, %4380 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4382 = reshape %4376 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4383 = matmul %4382, %4369 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4384 = cast %4352 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4385 = permute %4384 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4386 = reshape %4385 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4387 = reduce_sum %4386 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4388 = reshape %4387 : f32[16] @ models/lib/nn.yaml:84:18
%4389 = permute %4352 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4390 = reshape %4389 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4391 = matmul %4390, %2683 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4392 = reshape %4389 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4393 = reshape %3389 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4394 = matmul %4392, %4393 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4395 = cast %4391 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4396 = pad %4395 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4397 = add %4381, %4396 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4398 = reduce_sum %4397 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4399 = reshape %4398 : f32[16] @ models/lib/nn.yaml:96:46
%4400 = mul %4397, %3384 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4401 = mul %4397, %3383 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4402 = reduce_sum %4401 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4403 = reshape %4402 : f32[16] @ models/lib/nn.yaml:96:37
%4404 = mul %4400, %3382 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4405 = mul %4400, %3376 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4406 = reduce_sum %4405 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4407 = mul %3381, %3381 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4408 = mul %3381, %4407 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4409 = mul %4408, %4201 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4410 = mul %4406, %4409 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4411 = div %4410, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4412 = broadcast %4411 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4413 = mul %4412, %3376 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4414 = add %4404, %4413 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4415 = add %4414, %4413 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4416 = neg %4415 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4417 = reduce_sum %4416 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4418 = div %4417, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4419 = broadcast %4418 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4420 = add %4415, %4419 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4421 = slice %4420 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4422 = add %4273, %4421 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4423 = slice %4420 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4424 = add %4215, %4423 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4425 = reduce_sum %4422 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4426 = reshape %4425 : f32[16] @ models/lib/nn.yaml:84:18
%4427 = cast %4422 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4428 = matmul %4427, %2659 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4429 = reshape %4427 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4430 = reshape %3367 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4431 = matmul %4429, %4430 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4432 = cast %4428 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4433 = add %944, %3363 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4434 = mul %4432, %4433 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4435 = cast %4428 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4436 = mul %939, %3361 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4437 = mul %4435, %4436 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4438 = mul %3361, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4439 = mul %4438, %4438 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4440 = neg %4439 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4441 = exp %4440 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4442 = mul %4441, %4233 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4443 = mul %4437, %4442 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4444 = mul %4443, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4445 = mul %4434, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4446 = add %4444, %4445 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4447 = reduce_sum %4446 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4448 = reshape %4447 : f32[64] @ models/lib/nn.yaml:84:18
%4449 = cast %4446 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4450 = matmul %4449, %2648 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4451 = reshape %4449 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4452 = reshape %3358 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4453 = matmul %4451, %4452 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4454 = cast %4450 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4455 = reduce_sum %4454 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4456 = reshape %4455 : f32[16] @ models/lib/nn.yaml:96:46
%4457 = cast %4450 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4458 = mul %4457, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4459 = cast %4450 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4460 = mul %4459, %3355 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4461 = reduce_sum %4460 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4462 = reshape %4461 : f32[16] @ models/lib/nn.yaml:96:37
%4463 = mul %4458, %3354 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4464 = mul %4458, %3348 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4465 = reduce_sum %4464 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4466 = mul %3353, %3353 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4467 = mul %3353, %4466 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4468 = mul %4467, %4260 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4469 = mul %4465, %4468 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4470 = div %4469, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4471 = broadcast %4470 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4472 = mul %4471, %3348 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4473 = add %4463, %4472 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4474 = add %4473, %4472 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4475 = add %4422, %4474 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4476 = neg %4474 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4477 = reduce_sum %4476 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4478 = div %4477, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4479 = broadcast %4478 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4480 = add %4475, %4479 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4481 = reduce_sum %4480 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4482 = reshape %4481 : f32[16] @ models/lib/nn.yaml:84:18
%4483 = cast %4480 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4484 = matmul %4483, %2626 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4485 = reshape %4483 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4486 = reshape %3339 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4487 = matmul %4485, %4486 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4488 = reshape %4484 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4489 = permute %4488 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4490 = cast %4489 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4491 = cast %3329 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4492 = permute %4491 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4493 = slice %4490 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4494 = broadcast %4493 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4495 = slice %4492 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4496 = mul %4494, %4495 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4497 = slice %4490 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4498 = broadcast %4497 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4499 = slice %4492 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4500 = mul %4498, %4499 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4501 = add %4496, %4500 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4502 = slice %4490 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4503 = broadcast %4502 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4504 = slice %4492 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4505 = mul %4503, %4504 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4506 = add %4501, %4505 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4507 = slice %4490 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4508 = broadcast %4507 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4509 = slice %4492 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4510 = mul %4508, %4509 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4511 = add %4506, %4510 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4512 = slice %4490 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4513 = broadcast %4512 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4514 = slice %4492 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4515 = mul %4513, %4514 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4516 = add %4511, %4515 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4517 = slice %4490 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4518 = broadcast %4517 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4519 = slice %4492 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4520 = mul %4518, %4519 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4521 = add %4516, %4520 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4522 = slice %4490 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4523 = broadcast %4522 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4524 = slice %4492 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4525 = mul %4523, %4524 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4526 = add %4521, %4525 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4527 = slice %4490 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4528 = broadcast %4527 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4529 = slice %4492 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4530 = mul %4528, %4529 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4531 = add %4526, %4530 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4532 = cast %4531 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4533 = cast %3326 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4534 = permute %4533 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4535 = cast %4489 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4536 = broadcast %4534 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4537 = broadcast %4535 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4538 = mul %4536, %4537 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4539 = cast %4538 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4540 = cast %4532 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4541 = div %4540, %3323 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4542 = mul %4541, %3325 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4543 = neg %4542 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4544 = reduce_sum %4543 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4545 = broadcast %4544 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4546 = add %4541, %4545 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4547 = exp %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4548 = mul %4546, %4547 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4549 = mul %4548, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4550 = cast %4549 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4551 = cast %4550 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4552 = cast %3270 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4553 = reshape %4551 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4554 = broadcast %4553 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4555 = reshape %4552 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4556 = broadcast %4555 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4557 = mul %4554, %4556 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4558 = reduce_sum %4557 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4559 = cast %4558 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4560 = cast %4550 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4561 = permute %4560 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4562 = cast %3267 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4563 = broadcast %4561 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4564 = broadcast %4562 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4565 = mul %4563, %4564 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4566 = cast %4565 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4567 = cast %4539 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4568 = permute %4567 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4569 = reshape %4568 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4570 = reduce_sum %4569 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4571 = reshape %4570 : f32[16] @ models/lib/nn.yaml:84:18
%4572 = permute %4539 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4573 = reshape %4572 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4574 = matmul %4573, %2545 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4575 = reshape %4572 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4576 = reshape %3252 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4577 = matmul %4575, %4576 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4578 = cast %4566 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4579 = permute %4578 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4580 = reshape %4579 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4581 = reduce_sum %4580 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4582 = reshape %4581 : f32[16] @ models/lib/nn.yaml:84:18
%4583 = permute %4566 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4584 = reshape %4583 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4585 = matmul %4584, %2540 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4586 = cast %4574 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4587 = cast %4585 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4588 = add %4586, %4587 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4589 = reshape %4583 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4590 = matmul %4589, %4576 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4591 = cast %4559 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4592 = permute %4591 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4593 = reshape %4592 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4594 = reduce_sum %4593 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4595 = reshape %4594 : f32[16] @ models/lib/nn.yaml:84:18
%4596 = permute %4559 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4597 = reshape %4596 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4598 = matmul %4597, %2535 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4599 = reshape %4596 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4600 = reshape %3253 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4601 = matmul %4599, %4600 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4602 = cast %4598 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4603 = pad %4602 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4604 = add %4588, %4603 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4605 = reduce_sum %4604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4606 = reshape %4605 : f32[16] @ models/lib/nn.yaml:96:46
%4607 = mul %4604, %3248 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4608 = mul %4604, %3247 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4609 = reduce_sum %4608 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4610 = reshape %4609 : f32[16] @ models/lib/nn.yaml:96:37
%4611 = mul %4607, %3246 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4612 = mul %4607, %3240 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4613 = reduce_sum %4612 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4614 = mul %3245, %3245 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4615 = mul %3245, %4614 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4616 = mul %4615, %4201 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4617 = mul %4613, %4616 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4618 = div %4617, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4619 = broadcast %4618 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4620 = mul %4619, %3240 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4621 = add %4611, %4620 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4622 = add %4621, %4620 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4623 = neg %4622 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4624 = reduce_sum %4623 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4625 = div %4624, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4626 = broadcast %4625 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4627 = add %4622, %4626 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4628 = slice %4627 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4629 = add %4480, %4628 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4630 = slice %4627 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4631 = add %4424, %4630 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4632 = reduce_sum %4629 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4633 = mul %4631, %3233 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4634 = div %4633, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4635 = reduce_sum %4634 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4636 = reshape %4635 : f32[16] @ models/lib/nn.yaml:84:18
%4637 = div %4633, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4638 = cast %4637 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4639 = matmul %4638, %2503 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4640 = reshape %4638 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4641 = reshape %3223 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4642 = matmul %4640, %4641 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4643 = cast %4639 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4644 = add %1375, %3219 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4645 = mul %4643, %4644 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4646 = cast %4639 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4647 = mul %1370, %3217 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4648 = mul %4646, %4647 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4649 = mul %3217, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4650 = mul %4649, %4649 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4651 = neg %4650 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4652 = exp %4651 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4653 = broadcast %4059 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4654 = mul %4652, %4653 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4655 = mul %4648, %4654 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4656 = mul %4655, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4657 = mul %4645, %1370 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4658 = add %4656, %4657 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4659 = reduce_sum %4658 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4660 = reshape %4659 : f32[64] @ models/lib/nn.yaml:84:18
%4661 = cast %4658 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4662 = matmul %4661, %2492 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4663 = reshape %4661 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4664 = reshape %3213 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4665 = matmul %4663, %4664 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4666 = cast %4662 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4667 = reduce_sum %4666 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4668 = reshape %4667 : f32[16] @ models/lib/nn.yaml:96:46
%4669 = cast %4662 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4670 = mul %4669, %3209 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4671 = cast %4662 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4672 = mul %4671, %3208 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4673 = reduce_sum %4672 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4674 = reshape %4673 : f32[16] @ models/lib/nn.yaml:96:37
%4675 = mul %4670, %3207 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4676 = mul %4670, %3201 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4677 = reduce_sum %4676 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4678 = mul %3206, %3206 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4679 = mul %3206, %4678 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4680 = broadcast %4200 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4681 = mul %4679, %4680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4682 = mul %4677, %4681 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4683 = div %4682, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4684 = broadcast %4683 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4685 = mul %4684, %3201 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4686 = add %4675, %4685 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4687 = add %4686, %4685 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4688 = add %4631, %4687 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4689 = neg %4687 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4690 = reduce_sum %4689 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4691 = div %4690, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4692 = broadcast %4691 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4693 = add %4688, %4692 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4694 = mul %4693, %3195 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4695 = div %4694, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4696 = reduce_sum %4695 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4697 = reshape %4696 : f32[16] @ models/lib/nn.yaml:84:18
%4698 = div %4694, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4699 = cast %4698 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4700 = matmul %4699, %2459 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4701 = reshape %4699 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4702 = reshape %3183 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4703 = matmul %4701, %4702 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4704 = reshape %4700 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4705 = permute %4704 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4706 = cast %4705 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4707 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4708 = permute %4707 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4709 = slice %4706 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4710 = broadcast %4709 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4711 = slice %4708 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4712 = broadcast %4711 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4713 = mul %4710, %4712 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4714 = slice %4706 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4715 = broadcast %4714 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4716 = slice %4708 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4717 = broadcast %4716 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4718 = mul %4715, %4717 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4719 = add %4713, %4718 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4720 = slice %4706 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4721 = broadcast %4720 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4722 = slice %4708 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4723 = broadcast %4722 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4724 = mul %4721, %4723 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4725 = add %4719, %4724 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4726 = slice %4706 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4727 = broadcast %4726 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4728 = slice %4708 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4729 = broadcast %4728 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4730 = mul %4727, %4729 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4731 = add %4725, %4730 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4732 = slice %4706 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4733 = broadcast %4732 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4734 = slice %4708 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4735 = broadcast %4734 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4736 = mul %4733, %4735 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4737 = add %4731, %4736 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4738 = slice %4706 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4739 = broadcast %4738 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4740 = slice %4708 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4741 = broadcast %4740 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4742 = mul %4739, %4741 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4743 = add %4737, %4742 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4744 = slice %4706 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4745 = broadcast %4744 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4746 = slice %4708 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4747 = broadcast %4746 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4748 = mul %4745, %4747 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4749 = add %4743, %4748 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4750 = slice %4706 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4751 = broadcast %4750 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4752 = slice %4708 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4753 = broadcast %4752 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4754 = mul %4751, %4753 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4755 = add %4749, %4754 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4756 = cast %4755 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4757 = cast %3171 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4758 = permute %4757 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4759 = cast %4705 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4760 = reshape %4758 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4761 = broadcast %4760 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4762 = reshape %4759 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4763 = broadcast %4762 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4764 = mul %4761, %4763 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4765 = reduce_sum %4764 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4766 = cast %4765 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4767 = cast %4756 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4768 = div %4767, %3168 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4769 = mul %4768, %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4770 = neg %4769 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4771 = reduce_sum %4770 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4772 = broadcast %4771 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4773 = add %4768, %4772 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4774 = exp %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4775 = mul %4773, %4774 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4776 = mul %4775, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4777 = cast %4776 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4778 = cast %4777 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4779 = cast %3107 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4780 = reshape %4778 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4781 = broadcast %4780 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4782 = reshape %4779 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4783 = broadcast %4782 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4784 = mul %4781, %4783 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4785 = reduce_sum %4784 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4786 = cast %4785 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4787 = cast %4777 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4788 = permute %4787 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4789 = cast %3105 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4790 = reshape %4788 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4791 = broadcast %4790 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4792 = reshape %4789 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4793 = broadcast %4792 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4794 = mul %4791, %4793 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4795 = reduce_sum %4794 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4796 = cast %4795 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4797 = cast %4766 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4798 = reshape %4797 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4799 = cast %4796 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4800 = reshape %4799 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4801 = cast %4786 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4802 = reshape %4801 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4803 = concat %4802, %4800, %4798 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4804 = permute %4803 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4805 = reshape %4804 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4806 = reduce_sum %4805 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4807 = reshape %4806 : f32[48] @ models/lib/nn.yaml:84:18
%4808 = cast %4805 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4809 = matmul %4808, %2370 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4810 = reshape %4808 : bf16[36,48] @ models/lib/nn.yaml:83:15
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
%4827 = mul %4826, %4680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4828 = mul %4824, %4827 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4829 = div %4828, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4830 = broadcast %4829 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4831 = mul %4830, %3084 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4832 = add %4822, %4831 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4833 = add %4832, %4831 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4834 = add %4693, %4833 : f32[4,9,16] @ models/lib/nn.yaml:94:15
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
%4857 = mul %4856, %4653 : f32[4,9,64] @ models/lib/nn.yaml:27:31
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
%4883 = mul %4882, %4680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
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
%4996 = cast %4965 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4997 = reshape %4996 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4998 = cast %4995 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4999 = reshape %4998 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%5000 = cast %4985 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%5001 = reshape %5000 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%5002 = concat %5001, %4999, %4997 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%5003 = permute %5002 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5004 = reshape %5003 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%5005 = reduce_sum %5004 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5006 = reshape %5005 : f32[48] @ models/lib/nn.yaml:84:18
%5007 = cast %5004 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%5008 = matmul %5007, %2226 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5009 = reshape %5007 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5010 = reshape %2956 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5011 = matmul %5009, %5010 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5012 = cast %5008 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5013 = reduce_sum %5012 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5014 = reshape %5013 : f32[16] @ models/lib/nn.yaml:96:46
%5015 = cast %5008 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5016 = mul %5015, %2952 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5017 = cast %5008 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5018 = mul %5017, %2951 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5019 = reduce_sum %5018 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5020 = reshape %5019 : f32[16] @ models/lib/nn.yaml:96:37
%5021 = mul %5016, %2950 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5022 = mul %5016, %2944 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5023 = reduce_sum %5022 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5024 = mul %2949, %2949 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5025 = mul %2949, %5024 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5026 = mul %5025, %4680 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5027 = mul %5023, %5026 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5028 = div %5027, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5029 = broadcast %5028 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5030 = mul %5029, %2944 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5031 = add %5021, %5030 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5032 = add %5031, %5030 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5033 = add %4895, %5032 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5034 = neg %5032 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5035 = reduce_sum %5034 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5036 = div %5035, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5037 = broadcast %5036 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5038 = add %5033, %5037 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5039 = reduce_sum %5038 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5040 = cast %5039 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5041 = reshape %5040 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5042 = permute %5041 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5043 = reshape %5042 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5044 = matmul %1225, %5043 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5045 = reshape %5044 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5046 = permute %5045 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5047 = reshape %5046 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5048 = matmul %1225, %5047 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5049 = cast %5048 : f32[4,64] @ models/lib/vit.yaml:32:17
%5050 = reshape %5049 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%5051 = reduce_sum %5038 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5052 = reshape %5051 : f32[16] @ models/lib/vit.yaml:17:71
%5053 = reshape %5038 : f32[36,16] @ models/lib/vit.yaml:17:18
%5054 = cast %5053 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5055 = reshape %1217 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5056 = matmul %5054, %5055 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5057 = cast %5056 : f32[16,48] @ models/lib/vit.yaml:17:20
%5058 = reshape %5057 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5059 = concat %3937, %3925 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5060 = concat %3969, %3999 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5061 = cast %5059 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%5062 = matmul %5061, %2916 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5063 = reshape %5061 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5064 = reshape %2915 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5065 = matmul %5063, %5064 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5066 = cast %5065 : f32[16,8] @ models/lib/dino.yaml:22:33
%5067 = div %5066, %2913 : f32[16,8] @ models/lib/dino.yaml:22:33
%5068 = mul %5067, %2914 : f32[16,8] @ models/lib/dino.yaml:22:33
%5069 = neg %5068 : f32[16,8] @ models/lib/dino.yaml:22:33
%5070 = reduce_sum %5069 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5071 = mul %5070, %4012 : f32[16,1] @ models/lib/dino.yaml:22:35
%5072 = div %5071, %2912 : f32[16,1] @ models/lib/dino.yaml:22:35
%5073 = broadcast %5072 : f32[16,8] @ models/lib/dino.yaml:22:40
%5074 = mul %5073, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5075 = add %4019, %5074 : f32[16,8] @ models/lib/dino.yaml:22:53
%5076 = add %5075, %5074 : f32[16,8] @ models/lib/dino.yaml:22:53
%5077 = mul %5067, %2908 : f32[16,8] @ models/lib/dino.yaml:22:22
%5078 = add %5076, %5077 : f32[16,8] @ models/lib/dino.yaml:22:22
%5079 = cast %5062 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5080 = div %5079, %2906 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5081 = mul %5080, %2907 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5082 = neg %5081 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5083 = reduce_sum %5082 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5084 = broadcast %4025 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5085 = broadcast %315 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5086 = mul %5083, %5085 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5087 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5088 = eq %5087, %1195 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5089 = select %5088, %5086, %5084 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5090 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5091 = gt %5090, %1195 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5092 = select %5091, %5083, %5089 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5093 = mul %5092, %5085 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5094 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5095 = div %5093, %5094 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5096 = broadcast %5095 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5097 = mul %5096, %2901 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5098 = add %5080, %5097 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5099 = add %5098, %5097 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5100 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5101 = reshape %5099 : f32[64,8] @ models/lib/nn.yaml:84:18
%5102 = matmul %5100, %5101 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5103 = reshape %5102 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5104 = reshape %5103 : f32[8] @ models/lib/nn.yaml:84:18
%5105 = add %4043, %5104 : f32[8] @ models/lib/nn.yaml:84:18
%5106 = cast %5099 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5107 = matmul %5106, %2897 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5108 = reshape %5106 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5109 = reshape %2896 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5110 = matmul %5108, %5109 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5111 = cast %4048 : f32[8,24] @ models/lib/nn.yaml:83:15
%5112 = cast %5110 : f32[8,24] @ models/lib/nn.yaml:83:15
%5113 = add %5111, %5112 : f32[8,24] @ models/lib/nn.yaml:83:15
%5114 = cast %5107 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5115 = add %1172, %2892 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5116 = mul %5114, %5115 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5117 = cast %5107 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5118 = mul %1167, %2890 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5119 = mul %5117, %5118 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5120 = mul %2890, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5121 = mul %5120, %5120 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5122 = neg %5121 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5123 = exp %5122 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5124 = broadcast %4059 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5125 = mul %5123, %5124 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5126 = mul %5119, %5125 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5127 = mul %5126, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5128 = mul %5116, %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5129 = add %5127, %5128 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5130 = reshape %5129 : f32[64,24] @ models/lib/nn.yaml:84:18
%5131 = matmul %5100, %5130 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5132 = reshape %5131 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5133 = reshape %5132 : f32[24] @ models/lib/nn.yaml:84:18
%5134 = add %4067, %5133 : f32[24] @ models/lib/nn.yaml:84:18
%5135 = cast %5129 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5136 = matmul %5135, %2886 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5137 = reshape %5135 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5138 = reshape %2885 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5139 = matmul %5137, %5138 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5140 = cast %4072 : f32[24,24] @ models/lib/nn.yaml:83:15
%5141 = cast %5139 : f32[24,24] @ models/lib/nn.yaml:83:15
%5142 = add %5140, %5141 : f32[24,24] @ models/lib/nn.yaml:83:15
%5143 = cast %5136 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5144 = add %1172, %2881 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5145 = mul %5143, %5144 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5146 = cast %5136 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5147 = mul %1167, %2879 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5148 = mul %5146, %5147 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5149 = mul %2879, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5150 = mul %5149, %5149 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5151 = neg %5150 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5152 = exp %5151 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5153 = mul %5152, %5124 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5154 = mul %5148, %5153 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5155 = mul %5154, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5156 = mul %5145, %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5157 = add %5155, %5156 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5158 = reshape %5157 : f32[64,24] @ models/lib/nn.yaml:84:18
%5159 = matmul %5100, %5158 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5160 = reshape %5159 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5161 = reshape %5160 : f32[24] @ models/lib/nn.yaml:84:18
%5162 = add %4089, %5161 : f32[24] @ models/lib/nn.yaml:84:18
%5163 = cast %5157 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5164 = matmul %5163, %2875 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5165 = reshape %5163 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5166 = reshape %2874 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5167 = matmul %5165, %5166 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5168 = cast %4094 : f32[24,16] @ models/lib/nn.yaml:83:15
%5169 = cast %5167 : f32[24,16] @ models/lib/nn.yaml:83:15
%5170 = add %5168, %5169 : f32[24,16] @ models/lib/nn.yaml:83:15
%5171 = cast %5164 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%5172 = cast %5060 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5173 = matmul %5172, %2872 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5174 = reshape %5172 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5175 = reshape %2871 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5176 = matmul %5174, %5175 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5177 = cast %5176 : f32[32,8] @ models/lib/dino.yaml:22:33
%5178 = div %5177, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%5179 = mul %5178, %2870 : f32[32,8] @ models/lib/dino.yaml:22:33
%5180 = neg %5179 : f32[32,8] @ models/lib/dino.yaml:22:33
%5181 = reduce_sum %5180 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5182 = mul %5181, %4106 : f32[32,1] @ models/lib/dino.yaml:22:35
%5183 = div %5182, %2868 : f32[32,1] @ models/lib/dino.yaml:22:35
%5184 = broadcast %5183 : f32[32,8] @ models/lib/dino.yaml:22:40
%5185 = mul %5184, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5186 = add %4113, %5185 : f32[32,8] @ models/lib/dino.yaml:22:53
%5187 = add %5186, %5185 : f32[32,8] @ models/lib/dino.yaml:22:53
%5188 = mul %5178, %2864 : f32[32,8] @ models/lib/dino.yaml:22:22
%5189 = add %5187, %5188 : f32[32,8] @ models/lib/dino.yaml:22:22
%5190 = cast %5173 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5191 = div %5190, %2862 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5192 = mul %5191, %2863 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5193 = neg %5192 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5194 = reduce_sum %5193 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5195 = mul %5194, %4120 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5196 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5197 = eq %5196, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5198 = select %5197, %5195, %4119 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5199 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5200 = gt %5199, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5201 = select %5200, %5194, %5198 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5202 = mul %5201, %4120 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5203 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5204 = div %5202, %5203 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5205 = broadcast %5204 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5206 = mul %5205, %2857 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5207 = add %5191, %5206 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5208 = add %5207, %5206 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5209 = reduce_sum %5208 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5210 = reshape %5209 : f32[8] @ models/lib/nn.yaml:84:18
%5211 = add %4136, %5210 : f32[8] @ models/lib/nn.yaml:84:18
%5212 = cast %5208 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5213 = matmul %5212, %2853 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5214 = reshape %5212 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5215 = reshape %2852 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5216 = matmul %5214, %5215 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5217 = cast %4141 : f32[8,24] @ models/lib/nn.yaml:83:15
%5218 = cast %5216 : f32[8,24] @ models/lib/nn.yaml:83:15
%5219 = add %5217, %5218 : f32[8,24] @ models/lib/nn.yaml:83:15
%5220 = cast %5213 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5221 = add %1123, %2848 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5222 = mul %5220, %5221 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5223 = cast %5213 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5224 = mul %1118, %2846 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5225 = mul %5223, %5224 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5226 = mul %2846, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5227 = mul %5226, %5226 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5228 = neg %5227 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5229 = exp %5228 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5230 = mul %5229, %4152 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5231 = mul %5225, %5230 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5232 = mul %5231, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5233 = mul %5222, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5234 = add %5232, %5233 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5235 = reduce_sum %5234 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5236 = reshape %5235 : f32[24] @ models/lib/nn.yaml:84:18
%5237 = add %4159, %5236 : f32[24] @ models/lib/nn.yaml:84:18
%5238 = cast %5234 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5239 = matmul %5238, %2842 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5240 = reshape %5238 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5241 = reshape %2841 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5242 = matmul %5240, %5241 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5243 = cast %4164 : f32[24,24] @ models/lib/nn.yaml:83:15
%5244 = cast %5242 : f32[24,24] @ models/lib/nn.yaml:83:15
%5245 = add %5243, %5244 : f32[24,24] @ models/lib/nn.yaml:83:15
%5246 = cast %5239 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5247 = add %1123, %2837 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5248 = mul %5246, %5247 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5249 = cast %5239 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5250 = mul %1118, %2835 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5251 = mul %5249, %5250 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5252 = mul %2835, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5253 = mul %5252, %5252 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5254 = neg %5253 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5255 = exp %5254 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5256 = mul %5255, %4152 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5257 = mul %5251, %5256 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5258 = mul %5257, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5259 = mul %5248, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5260 = add %5258, %5259 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5261 = reduce_sum %5260 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5262 = reshape %5261 : f32[24] @ models/lib/nn.yaml:84:18
%5263 = add %4181, %5262 : f32[24] @ models/lib/nn.yaml:84:18
%5264 = cast %5260 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5265 = matmul %5264, %2831 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5266 = reshape %5264 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5267 = reshape %2830 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5268 = matmul %5266, %5267 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5269 = cast %4186 : f32[24,16] @ models/lib/nn.yaml:83:15
%5270 = cast %5268 : f32[24,16] @ models/lib/nn.yaml:83:15
%5271 = add %5269, %5270 : f32[24,16] @ models/lib/nn.yaml:83:15
%5272 = cast %5265 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%5273 = concat %5272, %5171 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5274 = const data=[1,1,1,1] : f32[1,4] @ models/lib/nn.yaml:96:46
%5275 = reshape %5272 : f32[4,16] @ models/lib/nn.yaml:96:46
%5276 = matmul %5274, %5275 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5277 = reshape %5171 : f32[64,16] @ models/lib/nn.yaml:96:46
%5278 = matmul %5100, %5277 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5279 = add %5276, %5278 : f32[1,16] @ models/lib/nn.yaml:96:46
%5280 = reshape %5279 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5281 = reshape %5280 : f32[16] @ models/lib/nn.yaml:96:46
%5282 = add %4190, %5281 : f32[16] @ models/lib/nn.yaml:96:46
%5283 = mul %5273, %2825 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5284 = mul %5273, %2824 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5285 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:37
%5286 = reshape %5284 : f32[68,16] @ models/lib/nn.yaml:96:37
%5287 = matmul %5285, %5286 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5288 = reshape %5287 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5289 = reshape %5288 : f32[16] @ models/lib/nn.yaml:96:37
%5290 = add %4194, %5289 : f32[16] @ models/lib/nn.yaml:96:37
%5291 = mul %5283, %2823 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5292 = mul %5283, %2817 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5293 = reduce_sum %5292 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5294 = mul %2822, %2822 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5295 = mul %2822, %5294 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5296 = broadcast %4200 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5297 = mul %5295, %5296 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5298 = mul %5293, %5297 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5299 = div %5298, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5300 = broadcast %5299 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5301 = mul %5300, %2817 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5302 = add %5291, %5301 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5303 = add %5302, %5301 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5304 = neg %5303 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5305 = reduce_sum %5304 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5306 = div %5305, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5307 = broadcast %5306 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5308 = add %5303, %5307 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5309 = slice %5308 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5310 = slice %5308 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5311 = reduce_sum %5309 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5312 = reshape %5311 : f32[16] @ models/lib/nn.yaml:84:18
%5313 = add %4217, %5312 : f32[16] @ models/lib/nn.yaml:84:18
%5314 = cast %5309 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5315 = matmul %5314, %2807 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5316 = reshape %5314 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5317 = reshape %2806 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5318 = matmul %5316, %5317 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5319 = cast %4222 : f32[16,64] @ models/lib/nn.yaml:83:15
%5320 = cast %5318 : f32[16,64] @ models/lib/nn.yaml:83:15
%5321 = add %5319, %5320 : f32[16,64] @ models/lib/nn.yaml:83:15
%5322 = cast %5315 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5323 = add %944, %2802 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5324 = mul %5322, %5323 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5325 = cast %5315 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5326 = mul %939, %2800 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5327 = mul %5325, %5326 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5328 = mul %2800, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5329 = mul %5328, %5328 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5330 = neg %5329 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5331 = exp %5330 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5332 = mul %5331, %4233 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5333 = mul %5327, %5332 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5334 = mul %5333, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5335 = mul %5324, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5336 = add %5334, %5335 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5337 = reduce_sum %5336 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5338 = reshape %5337 : f32[64] @ models/lib/nn.yaml:84:18
%5339 = add %4240, %5338 : f32[64] @ models/lib/nn.yaml:84:18
%5340 = cast %5336 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5341 = matmul %5340, %2796 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5342 = reshape %5340 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5343 = reshape %2795 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5344 = matmul %5342, %5343 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5345 = cast %4245 : f32[64,16] @ models/lib/nn.yaml:83:15
%5346 = cast %5344 : f32[64,16] @ models/lib/nn.yaml:83:15
%5347 = add %5345, %5346 : f32[64,16] @ models/lib/nn.yaml:83:15
%5348 = cast %5341 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5349 = reduce_sum %5348 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5350 = reshape %5349 : f32[16] @ models/lib/nn.yaml:96:46
%5351 = add %4248, %5350 : f32[16] @ models/lib/nn.yaml:96:46
%5352 = cast %5341 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5353 = mul %5352, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5354 = cast %5341 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5355 = mul %5354, %2790 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5356 = reduce_sum %5355 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5357 = reshape %5356 : f32[16] @ models/lib/nn.yaml:96:37
%5358 = add %4254, %5357 : f32[16] @ models/lib/nn.yaml:96:37
%5359 = mul %5353, %2789 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5360 = mul %5353, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5361 = reduce_sum %5360 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5362 = mul %2788, %2788 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5363 = mul %2788, %5362 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5364 = mul %5363, %4260 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5365 = mul %5361, %5364 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5366 = div %5365, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5367 = broadcast %5366 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5368 = mul %5367, %2783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5369 = add %5359, %5368 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5370 = add %5369, %5368 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5371 = add %5309, %5370 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5372 = neg %5370 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5373 = reduce_sum %5372 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5374 = div %5373, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5375 = broadcast %5374 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5376 = add %5371, %5375 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5377 = reduce_sum %5376 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5378 = reshape %5377 : f32[16] @ models/lib/nn.yaml:84:18
%5379 = add %4275, %5378 : f32[16] @ models/lib/nn.yaml:84:18
%5380 = cast %5376 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5381 = matmul %5380, %2774 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5382 = reshape %5380 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5383 = reshape %2772 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5384 = matmul %5382, %5383 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5385 = cast %4280 : f32[16,16] @ models/lib/nn.yaml:83:15
%5386 = cast %5384 : f32[16,16] @ models/lib/nn.yaml:83:15
%5387 = add %5385, %5386 : f32[16,16] @ models/lib/nn.yaml:83:15
%5388 = reshape %5381 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5389 = permute %5388 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5390 = cast %5389 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5391 = cast %2762 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5392 = permute %5391 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5393 = slice %5390 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5394 = broadcast %5393 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5395 = slice %5392 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5396 = mul %5394, %5395 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5397 = slice %5390 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5398 = broadcast %5397 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5399 = slice %5392 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5400 = mul %5398, %5399 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5401 = add %5396, %5400 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5402 = slice %5390 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5403 = broadcast %5402 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5404 = slice %5392 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5405 = mul %5403, %5404 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5406 = add %5401, %5405 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5407 = slice %5390 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5408 = broadcast %5407 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5409 = slice %5392 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5410 = mul %5408, %5409 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5411 = add %5406, %5410 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5412 = slice %5390 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5413 = broadcast %5412 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5414 = slice %5392 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5415 = mul %5413, %5414 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5416 = add %5411, %5415 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5417 = slice %5390 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5418 = broadcast %5417 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5419 = slice %5392 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5420 = mul %5418, %5419 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5421 = add %5416, %5420 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5422 = slice %5390 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5423 = broadcast %5422 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5424 = slice %5392 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5425 = mul %5423, %5424 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5426 = add %5421, %5425 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5427 = slice %5390 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5428 = broadcast %5427 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5429 = slice %5392 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5430 = mul %5428, %5429 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5431 = add %5426, %5430 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5432 = cast %5431 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5433 = cast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5434 = permute %5433 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5435 = cast %5389 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5436 = broadcast %5434 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5437 = broadcast %5435 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5438 = mul %5436, %5437 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5439 = cast %5438 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5440 = cast %5432 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5441 = div %5440, %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5442 = mul %5441, %2758 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5443 = neg %5442 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5444 = reduce_sum %5443 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5445 = broadcast %5444 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5446 = add %5441, %5445 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5447 = exp %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5448 = mul %5446, %5447 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5449 = mul %5448, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5450 = cast %5449 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5451 = cast %5450 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5452 = cast %2703 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5453 = reshape %5451 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5454 = broadcast %5453 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5455 = reshape %5452 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5456 = broadcast %5455 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5457 = mul %5454, %5456 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5458 = reduce_sum %5457 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5459 = cast %5458 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5460 = cast %5450 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5461 = permute %5460 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5462 = cast %2700 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5463 = broadcast %5461 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5464 = broadcast %5462 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5465 = mul %5463, %5464 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5466 = cast %5465 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5467 = cast %5439 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5468 = permute %5467 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5469 = reshape %5468 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5470 = reshape %5469 : f32[68,16] @ models/lib/nn.yaml:84:18
%5471 = matmul %5285, %5470 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5472 = reshape %5471 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5473 = reshape %5472 : f32[16] @ models/lib/nn.yaml:84:18
%5474 = add %4364, %5473 : f32[16] @ models/lib/nn.yaml:84:18
%5475 = permute %5439 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5476 = reshape %5475 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5477 = matmul %5476, %2693 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5478 = reshape %5475 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5479 = reshape %2681 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5480 = matmul %5478, %5479 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5481 = cast %4370 : f32[16,16] @ models/lib/nn.yaml:83:15
%5482 = cast %5480 : f32[16,16] @ models/lib/nn.yaml:83:15
%5483 = add %5481, %5482 : f32[16,16] @ models/lib/nn.yaml:83:15
%5484 = cast %5466 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5485 = permute %5484 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5486 = reshape %5485 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5487 = reshape %5486 : f32[68,16] @ models/lib/nn.yaml:84:18
%5488 = matmul %5285, %5487 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5489 = reshape %5488 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5490 = reshape %5489 : f32[16] @ models/lib/nn.yaml:84:18
%5491 = add %4375, %5490 : f32[16] @ models/lib/nn.yaml:84:18
%5492 = permute %5466 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5493 = reshape %5492 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5494 = matmul %5493, %2688 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5495 = cast %5477 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5496 = cast %5494 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5497 = add %5495, %5496 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5498 = reshape %5492 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5499 = matmul %5498, %5479 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5500 = cast %4383 : f32[16,16] @ models/lib/nn.yaml:83:15
%5501 = cast %5499 : f32[16,16] @ models/lib/nn.yaml:83:15
%5502 = add %5500, %5501 : f32[16,16] @ models/lib/nn.yaml:83:15
%5503 = cast %5459 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5504 = permute %5503 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5505 = reshape %5504 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5506 = reduce_sum %5505 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5507 = reshape %5506 : f32[16] @ models/lib/nn.yaml:84:18
%5508 = add %4388, %5507 : f32[16] @ models/lib/nn.yaml:84:18
%5509 = permute %5459 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5510 = reshape %5509 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5511 = matmul %5510, %2683 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5512 = reshape %5509 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5513 = reshape %2682 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5514 = matmul %5512, %5513 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5515 = cast %4394 : f32[16,16] @ models/lib/nn.yaml:83:15
%5516 = cast %5514 : f32[16,16] @ models/lib/nn.yaml:83:15
%5517 = add %5515, %5516 : f32[16,16] @ models/lib/nn.yaml:83:15
%5518 = cast %5511 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5519 = pad %5518 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5520 = add %5497, %5519 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5521 = reshape %5520 : f32[68,16] @ models/lib/nn.yaml:96:46
%5522 = matmul %5285, %5521 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5523 = reshape %5522 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5524 = reshape %5523 : f32[16] @ models/lib/nn.yaml:96:46
%5525 = add %4399, %5524 : f32[16] @ models/lib/nn.yaml:96:46
%5526 = mul %5520, %2677 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5527 = mul %5520, %2676 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5528 = reshape %5527 : f32[68,16] @ models/lib/nn.yaml:96:37
%5529 = matmul %5285, %5528 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5530 = reshape %5529 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5531 = reshape %5530 : f32[16] @ models/lib/nn.yaml:96:37
%5532 = add %4403, %5531 : f32[16] @ models/lib/nn.yaml:96:37
%5533 = mul %5526, %2675 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5534 = mul %5526, %2669 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5535 = reduce_sum %5534 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5536 = mul %2674, %2674 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5537 = mul %2674, %5536 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5538 = mul %5537, %5296 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5539 = mul %5535, %5538 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5540 = div %5539, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5541 = broadcast %5540 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5542 = mul %5541, %2669 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5543 = add %5533, %5542 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5544 = add %5543, %5542 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5545 = neg %5544 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5546 = reduce_sum %5545 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5547 = div %5546, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5548 = broadcast %5547 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5549 = add %5544, %5548 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5550 = slice %5549 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5551 = add %5376, %5550 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5552 = slice %5549 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5553 = add %5310, %5552 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5554 = reduce_sum %5551 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5555 = reshape %5554 : f32[16] @ models/lib/nn.yaml:84:18
%5556 = add %4426, %5555 : f32[16] @ models/lib/nn.yaml:84:18
%5557 = cast %5551 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5558 = matmul %5557, %2659 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5559 = reshape %5557 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5560 = reshape %2658 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5561 = matmul %5559, %5560 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5562 = cast %4431 : f32[16,64] @ models/lib/nn.yaml:83:15
%5563 = cast %5561 : f32[16,64] @ models/lib/nn.yaml:83:15
%5564 = add %5562, %5563 : f32[16,64] @ models/lib/nn.yaml:83:15
%5565 = cast %5558 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5566 = add %944, %2654 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5567 = mul %5565, %5566 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5568 = cast %5558 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5569 = mul %939, %2652 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5570 = mul %5568, %5569 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5571 = mul %2652, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5572 = mul %5571, %5571 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5573 = neg %5572 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5574 = exp %5573 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5575 = mul %5574, %4233 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5576 = mul %5570, %5575 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5577 = mul %5576, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5578 = mul %5567, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5579 = add %5577, %5578 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5580 = reduce_sum %5579 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5581 = reshape %5580 : f32[64] @ models/lib/nn.yaml:84:18
%5582 = add %4448, %5581 : f32[64] @ models/lib/nn.yaml:84:18
%5583 = cast %5579 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5584 = matmul %5583, %2648 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5585 = reshape %5583 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5586 = reshape %2647 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5587 = matmul %5585, %5586 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5588 = cast %4453 : f32[64,16] @ models/lib/nn.yaml:83:15
%5589 = cast %5587 : f32[64,16] @ models/lib/nn.yaml:83:15
%5590 = add %5588, %5589 : f32[64,16] @ models/lib/nn.yaml:83:15
%5591 = cast %5584 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5592 = reduce_sum %5591 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5593 = reshape %5592 : f32[16] @ models/lib/nn.yaml:96:46
%5594 = add %4456, %5593 : f32[16] @ models/lib/nn.yaml:96:46
%5595 = cast %5584 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5596 = mul %5595, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5597 = cast %5584 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5598 = mul %5597, %2642 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5599 = reduce_sum %5598 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5600 = reshape %5599 : f32[16] @ models/lib/nn.yaml:96:37
%5601 = add %4462, %5600 : f32[16] @ models/lib/nn.yaml:96:37
%5602 = mul %5596, %2641 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5603 = mul %5596, %2635 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5604 = reduce_sum %5603 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5605 = mul %2640, %2640 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5606 = mul %2640, %5605 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5607 = mul %5606, %4260 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5608 = mul %5604, %5607 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5609 = div %5608, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5610 = broadcast %5609 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5611 = mul %5610, %2635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5612 = add %5602, %5611 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5613 = add %5612, %5611 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5614 = add %5551, %5613 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5615 = neg %5613 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5616 = reduce_sum %5615 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5617 = div %5616, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5618 = broadcast %5617 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5619 = add %5614, %5618 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5620 = reduce_sum %5619 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5621 = reshape %5620 : f32[16] @ models/lib/nn.yaml:84:18
%5622 = add %4482, %5621 : f32[16] @ models/lib/nn.yaml:84:18
%5623 = cast %5619 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5624 = matmul %5623, %2626 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5625 = reshape %5623 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5626 = reshape %2624 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5627 = matmul %5625, %5626 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5628 = cast %4487 : f32[16,16] @ models/lib/nn.yaml:83:15
%5629 = cast %5627 : f32[16,16] @ models/lib/nn.yaml:83:15
%5630 = add %5628, %5629 : f32[16,16] @ models/lib/nn.yaml:83:15
%5631 = reshape %5624 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5632 = permute %5631 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5633 = cast %5632 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5634 = cast %2614 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5635 = permute %5634 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5636 = slice %5633 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5637 = broadcast %5636 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5638 = slice %5635 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5639 = mul %5637, %5638 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5640 = slice %5633 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5641 = broadcast %5640 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5642 = slice %5635 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5643 = mul %5641, %5642 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5644 = add %5639, %5643 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5645 = slice %5633 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5646 = broadcast %5645 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5647 = slice %5635 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5648 = mul %5646, %5647 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5649 = add %5644, %5648 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5650 = slice %5633 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5651 = broadcast %5650 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5652 = slice %5635 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5653 = mul %5651, %5652 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5654 = add %5649, %5653 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5655 = slice %5633 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5656 = broadcast %5655 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5657 = slice %5635 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5658 = mul %5656, %5657 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5659 = add %5654, %5658 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5660 = slice %5633 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5661 = broadcast %5660 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5662 = slice %5635 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5663 = mul %5661, %5662 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5664 = add %5659, %5663 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5665 = slice %5633 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5666 = broadcast %5665 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5667 = slice %5635 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5668 = mul %5666, %5667 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5669 = add %5664, %5668 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5670 = slice %5633 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5671 = broadcast %5670 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5672 = slice %5635 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5673 = mul %5671, %5672 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5674 = add %5669, %5673 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5675 = cast %5674 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5676 = cast %2611 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5677 = permute %5676 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5678 = cast %5632 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5679 = broadcast %5677 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5680 = broadcast %5678 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5681 = mul %5679, %5680 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5682 = cast %5681 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5683 = cast %5675 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5684 = div %5683, %2608 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5685 = mul %5684, %2610 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5686 = neg %5685 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5687 = reduce_sum %5686 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5688 = broadcast %5687 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5689 = add %5684, %5688 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5690 = exp %2605 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5691 = mul %5689, %5690 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5692 = mul %5691, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5693 = cast %5692 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5694 = cast %5693 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5695 = cast %2555 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5696 = reshape %5694 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5697 = broadcast %5696 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5698 = reshape %5695 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5699 = broadcast %5698 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5700 = mul %5697, %5699 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5701 = reduce_sum %5700 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5702 = cast %5701 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5703 = cast %5693 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5704 = permute %5703 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5705 = cast %2552 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5706 = broadcast %5704 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5707 = broadcast %5705 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5708 = mul %5706, %5707 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5709 = cast %5708 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5710 = cast %5682 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5711 = permute %5710 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5712 = reshape %5711 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5713 = reshape %5712 : f32[68,16] @ models/lib/nn.yaml:84:18
%5714 = matmul %5285, %5713 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5715 = reshape %5714 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5716 = reshape %5715 : f32[16] @ models/lib/nn.yaml:84:18
%5717 = add %4571, %5716 : f32[16] @ models/lib/nn.yaml:84:18
%5718 = permute %5682 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5719 = reshape %5718 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5720 = matmul %5719, %2545 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5721 = reshape %5718 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5722 = reshape %2533 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5723 = matmul %5721, %5722 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5724 = cast %4577 : f32[16,16] @ models/lib/nn.yaml:83:15
%5725 = cast %5723 : f32[16,16] @ models/lib/nn.yaml:83:15
%5726 = add %5724, %5725 : f32[16,16] @ models/lib/nn.yaml:83:15
%5727 = cast %5709 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5728 = permute %5727 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5729 = reshape %5728 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5730 = reshape %5729 : f32[68,16] @ models/lib/nn.yaml:84:18
%5731 = matmul %5285, %5730 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5732 = reshape %5731 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5733 = reshape %5732 : f32[16] @ models/lib/nn.yaml:84:18
%5734 = add %4582, %5733 : f32[16] @ models/lib/nn.yaml:84:18
%5735 = permute %5709 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5736 = reshape %5735 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5737 = matmul %5736, %2540 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5738 = cast %5720 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5739 = cast %5737 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5740 = add %5738, %5739 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5741 = reshape %5735 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5742 = matmul %5741, %5722 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5743 = cast %4590 : f32[16,16] @ models/lib/nn.yaml:83:15
%5744 = cast %5742 : f32[16,16] @ models/lib/nn.yaml:83:15
%5745 = add %5743, %5744 : f32[16,16] @ models/lib/nn.yaml:83:15
%5746 = cast %5702 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5747 = permute %5746 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5748 = reshape %5747 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5749 = reduce_sum %5748 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5750 = reshape %5749 : f32[16] @ models/lib/nn.yaml:84:18
%5751 = add %4595, %5750 : f32[16] @ models/lib/nn.yaml:84:18
%5752 = permute %5702 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5753 = reshape %5752 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5754 = matmul %5753, %2535 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5755 = reshape %5752 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5756 = reshape %2534 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5757 = matmul %5755, %5756 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5758 = cast %4601 : f32[16,16] @ models/lib/nn.yaml:83:15
%5759 = cast %5757 : f32[16,16] @ models/lib/nn.yaml:83:15
%5760 = add %5758, %5759 : f32[16,16] @ models/lib/nn.yaml:83:15
%5761 = cast %5754 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5762 = pad %5761 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5763 = add %5740, %5762 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5764 = reshape %5763 : f32[68,16] @ models/lib/nn.yaml:96:46
%5765 = matmul %5285, %5764 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5766 = reshape %5765 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5767 = reshape %5766 : f32[16] @ models/lib/nn.yaml:96:46
%5768 = add %4606, %5767 : f32[16] @ models/lib/nn.yaml:96:46
%5769 = mul %5763, %2529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5770 = mul %5763, %2528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5771 = reshape %5770 : f32[68,16] @ models/lib/nn.yaml:96:37
%5772 = matmul %5285, %5771 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5773 = reshape %5772 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5774 = reshape %5773 : f32[16] @ models/lib/nn.yaml:96:37
%5775 = add %4610, %5774 : f32[16] @ models/lib/nn.yaml:96:37
%5776 = mul %5769, %2527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5777 = mul %5769, %2521 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5778 = reduce_sum %5777 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5779 = mul %2526, %2526 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5780 = mul %2526, %5779 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5781 = mul %5780, %5296 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5782 = mul %5778, %5781 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5783 = div %5782, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5784 = broadcast %5783 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5785 = mul %5784, %2521 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5786 = add %5776, %5785 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5787 = add %5786, %5785 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5788 = neg %5787 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5789 = reduce_sum %5788 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5790 = div %5789, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5791 = broadcast %5790 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5792 = add %5787, %5791 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5793 = slice %5792 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5794 = add %5619, %5793 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5795 = slice %5792 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5796 = add %5553, %5795 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5797 = reduce_sum %5794 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5798 = add %4632, %5797 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5799 = mul %5796, %2513 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5800 = div %5799, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5801 = reshape %5800 : f32[64,16] @ models/lib/nn.yaml:84:18
%5802 = matmul %5100, %5801 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5803 = reshape %5802 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5804 = reshape %5803 : f32[16] @ models/lib/nn.yaml:84:18
%5805 = add %4636, %5804 : f32[16] @ models/lib/nn.yaml:84:18
%5806 = cast %5800 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5807 = matmul %5806, %2503 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5808 = reshape %5806 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5809 = reshape %2502 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5810 = matmul %5808, %5809 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5811 = cast %4642 : f32[16,64] @ models/lib/nn.yaml:83:15
%5812 = cast %5810 : f32[16,64] @ models/lib/nn.yaml:83:15
%5813 = add %5811, %5812 : f32[16,64] @ models/lib/nn.yaml:83:15
%5814 = cast %5807 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5815 = add %323, %2498 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5816 = mul %5814, %5815 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5817 = cast %5807 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5818 = mul %316, %2496 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5819 = mul %5817, %5818 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5820 = mul %2496, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5821 = mul %5820, %5820 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5822 = neg %5821 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5823 = exp %5822 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5824 = broadcast %4059 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5825 = mul %5823, %5824 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5826 = mul %5819, %5825 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5827 = mul %5826, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5828 = mul %5816, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5829 = add %5827, %5828 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5830 = reshape %5829 : f32[64,64] @ models/lib/nn.yaml:84:18
%5831 = matmul %5100, %5830 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5832 = reshape %5831 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5833 = reshape %5832 : f32[64] @ models/lib/nn.yaml:84:18
%5834 = add %4660, %5833 : f32[64] @ models/lib/nn.yaml:84:18
%5835 = cast %5829 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5836 = matmul %5835, %2492 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5837 = reshape %5835 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5838 = reshape %2491 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5839 = matmul %5837, %5838 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5840 = cast %4665 : f32[64,16] @ models/lib/nn.yaml:83:15
%5841 = cast %5839 : f32[64,16] @ models/lib/nn.yaml:83:15
%5842 = add %5840, %5841 : f32[64,16] @ models/lib/nn.yaml:83:15
%5843 = cast %5836 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5844 = reshape %5843 : f32[64,16] @ models/lib/nn.yaml:96:46
%5845 = matmul %5100, %5844 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5846 = reshape %5845 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5847 = reshape %5846 : f32[16] @ models/lib/nn.yaml:96:46
%5848 = add %4668, %5847 : f32[16] @ models/lib/nn.yaml:96:46
%5849 = mul %5843, %2487 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5850 = mul %5843, %2486 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5851 = reshape %5850 : f32[64,16] @ models/lib/nn.yaml:96:37
%5852 = matmul %5100, %5851 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5853 = reshape %5852 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5854 = reshape %5853 : f32[16] @ models/lib/nn.yaml:96:37
%5855 = add %4674, %5854 : f32[16] @ models/lib/nn.yaml:96:37
%5856 = mul %5849, %2485 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5857 = mul %5849, %2479 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5858 = reduce_sum %5857 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5859 = mul %2484, %2484 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5860 = mul %2484, %5859 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5861 = broadcast %4200 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5862 = mul %5860, %5861 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5863 = mul %5858, %5862 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5864 = div %5863, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5865 = broadcast %5864 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5866 = mul %5865, %2479 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5867 = add %5856, %5866 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5868 = add %5867, %5866 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5869 = add %5796, %5868 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5870 = neg %5868 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5871 = reduce_sum %5870 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5872 = div %5871, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5873 = broadcast %5872 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5874 = add %5869, %5873 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5875 = mul %5874, %2473 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5876 = div %5875, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5877 = reshape %5876 : f32[64,16] @ models/lib/nn.yaml:84:18
%5878 = matmul %5100, %5877 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5879 = reshape %5878 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5880 = reshape %5879 : f32[16] @ models/lib/nn.yaml:84:18
%5881 = add %4697, %5880 : f32[16] @ models/lib/nn.yaml:84:18
%5882 = cast %5876 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5883 = matmul %5882, %2459 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5884 = reshape %5882 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5885 = reshape %2457 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5886 = matmul %5884, %5885 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5887 = cast %4703 : f32[16,16] @ models/lib/nn.yaml:83:15
%5888 = cast %5886 : f32[16,16] @ models/lib/nn.yaml:83:15
%5889 = add %5887, %5888 : f32[16,16] @ models/lib/nn.yaml:83:15
%5890 = reshape %5883 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5891 = permute %5890 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5892 = cast %5891 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5893 = cast %2447 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5894 = permute %5893 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5895 = slice %5892 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5896 = broadcast %5895 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5897 = slice %5894 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5898 = broadcast %5897 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5899 = mul %5896, %5898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5900 = slice %5892 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5901 = broadcast %5900 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5902 = slice %5894 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5903 = broadcast %5902 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5904 = mul %5901, %5903 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5905 = add %5899, %5904 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5906 = slice %5892 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5907 = broadcast %5906 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5908 = slice %5894 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5909 = broadcast %5908 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5910 = mul %5907, %5909 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5911 = add %5905, %5910 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5912 = slice %5892 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5913 = broadcast %5912 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5914 = slice %5894 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5915 = broadcast %5914 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5916 = mul %5913, %5915 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5917 = add %5911, %5916 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5918 = slice %5892 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5919 = broadcast %5918 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5920 = slice %5894 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5921 = broadcast %5920 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5922 = mul %5919, %5921 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5923 = add %5917, %5922 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5924 = slice %5892 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5925 = broadcast %5924 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5926 = slice %5894 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5927 = broadcast %5926 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5928 = mul %5925, %5927 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5929 = add %5923, %5928 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5930 = slice %5892 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5931 = broadcast %5930 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5932 = slice %5894 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5933 = broadcast %5932 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5934 = mul %5931, %5933 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5935 = add %5929, %5934 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5936 = slice %5892 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5937 = broadcast %5936 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5938 = slice %5894 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5939 = broadcast %5938 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5940 = mul %5937, %5939 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5941 = add %5935, %5940 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5942 = cast %5941 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5943 = cast %2445 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5944 = permute %5943 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5945 = cast %5891 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5946 = reshape %5944 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5947 = broadcast %5946 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5948 = reshape %5945 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5949 = broadcast %5948 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5950 = mul %5947, %5949 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5951 = reduce_sum %5950 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5952 = cast %5951 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5953 = cast %5942 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5954 = div %5953, %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5955 = mul %5954, %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5956 = neg %5955 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5957 = reduce_sum %5956 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5958 = broadcast %5957 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5959 = add %5954, %5958 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5960 = exp %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5961 = mul %5959, %5960 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5962 = mul %5961, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5963 = cast %5962 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5964 = cast %5963 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5965 = cast %2381 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5966 = reshape %5964 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5967 = broadcast %5966 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5968 = reshape %5965 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5969 = broadcast %5968 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5970 = mul %5967, %5969 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5971 = reduce_sum %5970 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5972 = cast %5971 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5973 = cast %5963 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5974 = permute %5973 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5975 = cast %2379 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5976 = reshape %5974 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5977 = broadcast %5976 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5978 = reshape %5975 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5979 = broadcast %5978 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5980 = mul %5977, %5979 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5981 = reduce_sum %5980 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5982 = cast %5981 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5983 = cast %5952 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5984 = reshape %5983 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5985 = cast %5982 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5986 = reshape %5985 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5987 = cast %5972 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5988 = reshape %5987 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5989 = concat %5988, %5986, %5984 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5990 = permute %5989 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5991 = reshape %5990 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5992 = reshape %5991 : f32[64,48] @ models/lib/nn.yaml:84:18
%5993 = matmul %5100, %5992 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5994 = reshape %5993 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5995 = reshape %5994 : f32[48] @ models/lib/nn.yaml:84:18
%5996 = add %4807, %5995 : f32[48] @ models/lib/nn.yaml:84:18
%5997 = cast %5991 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5998 = matmul %5997, %2370 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5999 = reshape %5997 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6000 = reshape %2369 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6001 = matmul %5999, %6000 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6002 = cast %4812 : f32[48,16] @ models/lib/nn.yaml:83:15
%6003 = cast %6001 : f32[48,16] @ models/lib/nn.yaml:83:15
%6004 = add %6002, %6003 : f32[48,16] @ models/lib/nn.yaml:83:15
%6005 = cast %5998 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6006 = reshape %6005 : f32[64,16] @ models/lib/nn.yaml:96:46
%6007 = matmul %5100, %6006 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6008 = reshape %6007 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6009 = reshape %6008 : f32[16] @ models/lib/nn.yaml:96:46
%6010 = add %4815, %6009 : f32[16] @ models/lib/nn.yaml:96:46
%6011 = mul %6005, %2365 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6012 = mul %6005, %2364 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6013 = reshape %6012 : f32[64,16] @ models/lib/nn.yaml:96:37
%6014 = matmul %5100, %6013 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6015 = reshape %6014 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6016 = reshape %6015 : f32[16] @ models/lib/nn.yaml:96:37
%6017 = add %4821, %6016 : f32[16] @ models/lib/nn.yaml:96:37
%6018 = mul %6011, %2363 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6019 = mul %6011, %2357 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6020 = reduce_sum %6019 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6021 = mul %2362, %2362 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6022 = mul %2362, %6021 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6023 = mul %6022, %5861 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6024 = mul %6020, %6023 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6025 = div %6024, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6026 = broadcast %6025 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6027 = mul %6026, %2357 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6028 = add %6018, %6027 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6029 = add %6028, %6027 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6030 = add %5874, %6029 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6031 = neg %6029 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6032 = reduce_sum %6031 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6033 = div %6032, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6034 = broadcast %6033 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6035 = add %6030, %6034 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6036 = reshape %6035 : f32[64,16] @ models/lib/nn.yaml:84:18
%6037 = matmul %5100, %6036 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6038 = reshape %6037 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6039 = reshape %6038 : f32[16] @ models/lib/nn.yaml:84:18
%6040 = add %4841, %6039 : f32[16] @ models/lib/nn.yaml:84:18
%6041 = cast %6035 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6042 = matmul %6041, %2348 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6043 = reshape %6041 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6044 = reshape %2347 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6045 = matmul %6043, %6044 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6046 = cast %4846 : f32[16,64] @ models/lib/nn.yaml:83:15
%6047 = cast %6045 : f32[16,64] @ models/lib/nn.yaml:83:15
%6048 = add %6046, %6047 : f32[16,64] @ models/lib/nn.yaml:83:15
%6049 = cast %6042 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6050 = add %323, %2343 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6051 = mul %6049, %6050 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6052 = cast %6042 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6053 = mul %316, %2341 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6054 = mul %6052, %6053 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6055 = mul %2341, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6056 = mul %6055, %6055 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6057 = neg %6056 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6058 = exp %6057 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6059 = mul %6058, %5824 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6060 = mul %6054, %6059 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6061 = mul %6060, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6062 = mul %6051, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6063 = add %6061, %6062 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6064 = reshape %6063 : f32[64,64] @ models/lib/nn.yaml:84:18
%6065 = matmul %5100, %6064 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6066 = reshape %6065 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6067 = reshape %6066 : f32[64] @ models/lib/nn.yaml:84:18
%6068 = add %4863, %6067 : f32[64] @ models/lib/nn.yaml:84:18
%6069 = cast %6063 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6070 = matmul %6069, %2337 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6071 = reshape %6069 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6072 = reshape %2336 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6073 = matmul %6071, %6072 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6074 = cast %4868 : f32[64,16] @ models/lib/nn.yaml:83:15
%6075 = cast %6073 : f32[64,16] @ models/lib/nn.yaml:83:15
%6076 = add %6074, %6075 : f32[64,16] @ models/lib/nn.yaml:83:15
%6077 = cast %6070 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6078 = reshape %6077 : f32[64,16] @ models/lib/nn.yaml:96:46
%6079 = matmul %5100, %6078 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6080 = reshape %6079 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6081 = reshape %6080 : f32[16] @ models/lib/nn.yaml:96:46
%6082 = add %4871, %6081 : f32[16] @ models/lib/nn.yaml:96:46
%6083 = mul %6077, %2332 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6084 = mul %6077, %2331 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6085 = reshape %6084 : f32[64,16] @ models/lib/nn.yaml:96:37
%6086 = matmul %5100, %6085 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6087 = reshape %6086 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6088 = reshape %6087 : f32[16] @ models/lib/nn.yaml:96:37
%6089 = add %4877, %6088 : f32[16] @ models/lib/nn.yaml:96:37
%6090 = mul %6083, %2330 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6091 = mul %6083, %2324 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6092 = reduce_sum %6091 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6093 = mul %2329, %2329 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6094 = mul %2329, %6093 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6095 = mul %6094, %5861 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6096 = mul %6092, %6095 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6097 = div %6096, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6098 = broadcast %6097 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6099 = mul %6098, %2324 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6100 = add %6090, %6099 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6101 = add %6100, %6099 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6102 = add %6035, %6101 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6103 = neg %6101 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6104 = reduce_sum %6103 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6105 = div %6104, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6106 = broadcast %6105 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6107 = add %6102, %6106 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6108 = reshape %6107 : f32[64,16] @ models/lib/nn.yaml:84:18
%6109 = matmul %5100, %6108 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6110 = reshape %6109 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6111 = reshape %6110 : f32[16] @ models/lib/nn.yaml:84:18
%6112 = add %4897, %6111 : f32[16] @ models/lib/nn.yaml:84:18
%6113 = cast %6107 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6114 = matmul %6113, %2315 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6115 = reshape %6113 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6116 = reshape %2313 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6117 = matmul %6115, %6116 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6118 = cast %4902 : f32[16,16] @ models/lib/nn.yaml:83:15
%6119 = cast %6117 : f32[16,16] @ models/lib/nn.yaml:83:15
%6120 = add %6118, %6119 : f32[16,16] @ models/lib/nn.yaml:83:15
%6121 = reshape %6114 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6122 = permute %6121 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6123 = cast %6122 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6124 = cast %2303 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6125 = permute %6124 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6126 = slice %6123 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6127 = broadcast %6126 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6128 = slice %6125 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6129 = broadcast %6128 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6130 = mul %6127, %6129 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6131 = slice %6123 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6132 = broadcast %6131 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6133 = slice %6125 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6134 = broadcast %6133 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6135 = mul %6132, %6134 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6136 = add %6130, %6135 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6137 = slice %6123 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6138 = broadcast %6137 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6139 = slice %6125 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6140 = broadcast %6139 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6141 = mul %6138, %6140 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6142 = add %6136, %6141 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6143 = slice %6123 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6144 = broadcast %6143 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6145 = slice %6125 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6146 = broadcast %6145 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6147 = mul %6144, %6146 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6148 = add %6142, %6147 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6149 = slice %6123 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6150 = broadcast %6149 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6151 = slice %6125 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6152 = broadcast %6151 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6153 = mul %6150, %6152 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6154 = add %6148, %6153 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6155 = slice %6123 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6156 = broadcast %6155 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6157 = slice %6125 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6158 = broadcast %6157 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6159 = mul %6156, %6158 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6160 = add %6154, %6159 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6161 = slice %6123 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6162 = broadcast %6161 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6163 = slice %6125 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6164 = broadcast %6163 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6165 = mul %6162, %6164 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6166 = add %6160, %6165 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6167 = slice %6123 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6168 = broadcast %6167 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6169 = slice %6125 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6170 = broadcast %6169 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6171 = mul %6168, %6170 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6172 = add %6166, %6171 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6173 = cast %6172 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6174 = cast %2301 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6175 = permute %6174 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6176 = cast %6122 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6177 = reshape %6175 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6178 = broadcast %6177 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6179 = reshape %6176 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6180 = broadcast %6179 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6181 = mul %6178, %6180 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6182 = reduce_sum %6181 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6183 = cast %6182 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6184 = cast %6173 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6185 = div %6184, %2298 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6186 = mul %6185, %2300 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6187 = neg %6186 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6188 = reduce_sum %6187 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6189 = broadcast %6188 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6190 = add %6185, %6189 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6191 = exp %2295 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6192 = mul %6190, %6191 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6193 = mul %6192, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6194 = cast %6193 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6195 = cast %6194 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6196 = cast %2237 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6197 = reshape %6195 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6198 = broadcast %6197 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6199 = reshape %6196 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6200 = broadcast %6199 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6201 = mul %6198, %6200 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6202 = reduce_sum %6201 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6203 = cast %6202 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6204 = cast %6194 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6205 = permute %6204 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6206 = cast %2235 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6207 = reshape %6205 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6208 = broadcast %6207 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6209 = reshape %6206 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6210 = broadcast %6209 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6211 = mul %6208, %6210 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6212 = reduce_sum %6211 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6213 = cast %6212 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6214 = cast %6183 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%6215 = reshape %6214 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6216 = cast %6213 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%6217 = reshape %6216 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6218 = cast %6203 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%6219 = reshape %6218 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6220 = concat %6219, %6217, %6215 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6221 = permute %6220 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6222 = reshape %6221 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6223 = reshape %6222 : f32[64,48] @ models/lib/nn.yaml:84:18
%6224 = matmul %5100, %6223 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6225 = reshape %6224 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6226 = reshape %6225 : f32[48] @ models/lib/nn.yaml:84:18
%6227 = add %5006, %6226 : f32[48] @ models/lib/nn.yaml:84:18
%6228 = cast %6222 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%6229 = matmul %6228, %2226 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6230 = reshape %6228 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6231 = reshape %2225 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6232 = matmul %6230, %6231 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6233 = cast %5011 : f32[48,16] @ models/lib/nn.yaml:83:15
%6234 = cast %6232 : f32[48,16] @ models/lib/nn.yaml:83:15
%6235 = add %6233, %6234 : f32[48,16] @ models/lib/nn.yaml:83:15
%6236 = cast %6229 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6237 = reshape %6236 : f32[64,16] @ models/lib/nn.yaml:96:46
%6238 = matmul %5100, %6237 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6239 = reshape %6238 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6240 = reshape %6239 : f32[16] @ models/lib/nn.yaml:96:46
%6241 = add %5014, %6240 : f32[16] @ models/lib/nn.yaml:96:46
%6242 = mul %6236, %2221 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6243 = mul %6236, %2220 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6244 = reshape %6243 : f32[64,16] @ models/lib/nn.yaml:96:37
%6245 = matmul %5100, %6244 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6246 = reshape %6245 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6247 = reshape %6246 : f32[16] @ models/lib/nn.yaml:96:37
%6248 = add %5020, %6247 : f32[16] @ models/lib/nn.yaml:96:37
%6249 = mul %6242, %2219 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6250 = mul %6242, %2213 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6251 = reduce_sum %6250 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6252 = mul %2218, %2218 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6253 = mul %2218, %6252 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6254 = mul %6253, %5861 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6255 = mul %6251, %6254 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6256 = div %6255, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6257 = broadcast %6256 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6258 = mul %6257, %2213 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6259 = add %6249, %6258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6260 = add %6259, %6258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6261 = add %6107, %6260 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6262 = neg %6260 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6263 = reduce_sum %6262 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6264 = div %6263, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6265 = broadcast %6264 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6266 = add %6261, %6265 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6267 = reduce_sum %6266 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6268 = add %5050, %6267 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6269 = reshape %6266 : f32[64,16] @ models/lib/vit.yaml:17:71
%6270 = matmul %5100, %6269 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6271 = reshape %6270 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6272 = reshape %6271 : f32[16] @ models/lib/vit.yaml:17:71
%6273 = add %5052, %6272 : f32[16] @ models/lib/vit.yaml:17:71
%6274 = reshape %6266 : f32[64,16] @ models/lib/vit.yaml:17:18
%6275 = cast %6274 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6276 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6277 = matmul %6275, %6276 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6278 = cast %6277 : f32[16,48] @ models/lib/vit.yaml:17:20
%6279 = reshape %6278 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6280 = add %5058, %6279 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6281 = all_reduce_sum %6268 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6282 = reshape %6281 : f32[256] @ models/lib/vit.yaml:48:7
%6283 = mul %6282, %6282 : f32[256] @ models/lib/vit.yaml:48:7
%6284 = reduce_sum %6283 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6285 = sqrt %6284 : f32[] @ models/lib/vit.yaml:48:7
%6286 = cast %6285 : f64[] @ models/lib/vit.yaml:48:7
%6287 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6288 = add %6286, %6287 : f64[] @ models/lib/vit.yaml:48:7
%6289 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6290 = div %6289, %6288 : f64[] @ models/lib/vit.yaml:48:7
%6291 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6292 = lt %6290, %6291 : bool[] @ models/lib/vit.yaml:48:7
%6293 = cast %6290 : f32[] @ models/lib/vit.yaml:48:7
%6294 = broadcast %6293 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6295 = mul %6281, %6294 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6296 = broadcast %6292 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6297 = select %6296, %6295, %6281 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6298 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6299 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6300 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6301 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6302 = add %6300, %6301 : i64[] @ models/lib/vit.yaml:48:7
%6303 = mul %3879, %3880 : f64[] @ models/lib/vit.yaml:48:7
%6304 = sub %6291, %6303 : f64[] @ models/lib/vit.yaml:48:7
%6305 = cast %6304 : f32[] @ models/lib/vit.yaml:48:7
%6306 = broadcast %6305 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6307 = mul %7, %6306 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6308 = broadcast %3608 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6309 = mul %6297, %6308 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6310 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6311 = broadcast %2464 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6312 = mul %6298, %6311 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6313 = add %6312, %6309 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6314 = mul %6297, %6297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6315 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6316 = broadcast %6315 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6317 = mul %6314, %6316 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6318 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6319 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6320 = broadcast %6319 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6321 = mul %6299, %6320 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6322 = add %6321, %6317 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6323 = cast %6302 : f64[] @ models/lib/vit.yaml:48:7
%6324 = pow %6310, %6323 : f64[] @ models/lib/vit.yaml:48:7
%6325 = sub %6291, %6324 : f64[] @ models/lib/vit.yaml:48:7
%6326 = div %3879, %6325 : f64[] @ models/lib/vit.yaml:48:7
%6327 = pow %6318, %6323 : f64[] @ models/lib/vit.yaml:48:7
%6328 = sub %6291, %6327 : f64[] @ models/lib/vit.yaml:48:7
%6329 = sqrt %6328 : f64[] @ models/lib/vit.yaml:48:7
%6330 = div %6291, %6329 : f64[] @ models/lib/vit.yaml:48:7
%6331 = sqrt %6322 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6332 = cast %6330 : f32[] @ models/lib/vit.yaml:48:7
%6333 = broadcast %6332 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6334 = mul %6331, %6333 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6335 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6336 = broadcast %6335 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6337 = add %6334, %6336 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6338 = div %6313, %6337 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6339 = cast %6326 : f32[] @ models/lib/vit.yaml:48:7
%6340 = broadcast %6339 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6341 = mul %6338, %6340 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6342 = sub %6307, %6341 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6343 = assign %7, %6342 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6344 = assign %6298, %6313 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6345 = assign %6299, %6322 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6346 = assign %6300, %6302 : i64[] @ models/lib/vit.yaml:48:7
%6347 = cast %3881 : f32[] @ models/lib/vit.yaml:48:7
%6348 = broadcast %6347 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6349 = mul %85, %6348 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6350 = sub %6291, %3881 : f64[] @ models/lib/vit.yaml:48:7
%6351 = cast %6350 : f32[] @ models/lib/vit.yaml:48:7
%6352 = broadcast %6351 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6353 = mul %6342, %6352 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6354 = add %6349, %6353 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6355 = assign %85, %6354 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6356 = all_reduce_sum %6280 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6357 = reshape %6356 : f32[768] @ models/lib/vit.yaml:9:7
%6358 = mul %6357, %6357 : f32[768] @ models/lib/vit.yaml:9:7
%6359 = reduce_sum %6358 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6360 = sqrt %6359 : f32[] @ models/lib/vit.yaml:9:7
%6361 = cast %6360 : f64[] @ models/lib/vit.yaml:9:7
%6362 = add %6361, %6287 : f64[] @ models/lib/vit.yaml:9:7
%6363 = div %6289, %6362 : f64[] @ models/lib/vit.yaml:9:7
%6364 = lt %6363, %6291 : bool[] @ models/lib/vit.yaml:9:7
%6365 = cast %6363 : f32[] @ models/lib/vit.yaml:9:7
%6366 = broadcast %6365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6367 = mul %6356, %6366 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6368 = broadcast %6364 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6369 = select %6368, %6367, %6356 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6370 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6371 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6372 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6373 = add %6372, %6301 : i64[] @ models/lib/vit.yaml:9:7
%6374 = broadcast %6305 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6375 = mul %8, %6374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6376 = broadcast %3608 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6377 = mul %6369, %6376 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6378 = broadcast %2464 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6379 = mul %6370, %6378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6380 = add %6379, %6377 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6381 = mul %6369, %6369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6382 = broadcast %6315 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6383 = mul %6381, %6382 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6384 = broadcast %6319 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6385 = mul %6371, %6384 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6386 = add %6385, %6383 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6387 = cast %6373 : f64[] @ models/lib/vit.yaml:9:7
%6388 = pow %6310, %6387 : f64[] @ models/lib/vit.yaml:9:7
%6389 = sub %6291, %6388 : f64[] @ models/lib/vit.yaml:9:7
%6390 = div %3879, %6389 : f64[] @ models/lib/vit.yaml:9:7
%6391 = pow %6318, %6387 : f64[] @ models/lib/vit.yaml:9:7
%6392 = sub %6291, %6391 : f64[] @ models/lib/vit.yaml:9:7
%6393 = sqrt %6392 : f64[] @ models/lib/vit.yaml:9:7
%6394 = div %6291, %6393 : f64[] @ models/lib/vit.yaml:9:7
%6395 = sqrt %6386 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6396 = cast %6394 : f32[] @ models/lib/vit.yaml:9:7
%6397 = broadcast %6396 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6398 = mul %6395, %6397 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6399 = broadcast %6335 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6400 = add %6398, %6399 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6401 = div %6380, %6400 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6402 = cast %6390 : f32[] @ models/lib/vit.yaml:9:7
%6403 = broadcast %6402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6404 = mul %6401, %6403 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6405 = sub %6375, %6404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6406 = assign %8, %6405 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6407 = assign %6370, %6380 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6408 = assign %6371, %6386 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6409 = assign %6372, %6373 : i64[] @ models/lib/vit.yaml:9:7
%6410 = broadcast %6347 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6411 = mul %86, %6410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6412 = broadcast %6351 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6413 = mul %6405, %6412 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6414 = add %6411, %6413 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6415 = assign %86, %6414 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6416 = all_reduce_sum %6273 : f32[16] @ models/lib/vit.yaml:10:7
%6417 = mul %6416, %6416 : f32[16] @ models/lib/vit.yaml:10:7
%6418 = reduce_sum %6417 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6419 = sqrt %6418 : f32[] @ models/lib/vit.yaml:10:7
%6420 = cast %6419 : f64[] @ models/lib/vit.yaml:10:7
%6421 = add %6420, %6287 : f64[] @ models/lib/vit.yaml:10:7
%6422 = div %6289, %6421 : f64[] @ models/lib/vit.yaml:10:7
%6423 = lt %6422, %6291 : bool[] @ models/lib/vit.yaml:10:7
%6424 = cast %6422 : f32[] @ models/lib/vit.yaml:10:7
%6425 = broadcast %6424 : f32[16] @ models/lib/vit.yaml:10:7
%6426 = mul %6416, %6425 : f32[16] @ models/lib/vit.yaml:10:7
%6427 = broadcast %6423 : bool[16] @ models/lib/vit.yaml:10:7
%6428 = select %6427, %6426, %6416 : f32[16] @ models/lib/vit.yaml:10:7
%6429 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6430 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6431 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6432 = add %6431, %6301 : i64[] @ models/lib/vit.yaml:10:7
%6433 = broadcast %3608 : f32[16] @ models/lib/vit.yaml:10:7
%6434 = mul %6428, %6433 : f32[16] @ models/lib/vit.yaml:10:7
%6435 = broadcast %2464 : f32[16] @ models/lib/vit.yaml:10:7
%6436 = mul %6429, %6435 : f32[16] @ models/lib/vit.yaml:10:7
%6437 = add %6436, %6434 : f32[16] @ models/lib/vit.yaml:10:7
%6438 = mul %6428, %6428 : f32[16] @ models/lib/vit.yaml:10:7
%6439 = broadcast %6315 : f32[16] @ models/lib/vit.yaml:10:7
%6440 = mul %6438, %6439 : f32[16] @ models/lib/vit.yaml:10:7
%6441 = broadcast %6319 : f32[16] @ models/lib/vit.yaml:10:7
%6442 = mul %6430, %6441 : f32[16] @ models/lib/vit.yaml:10:7
%6443 = add %6442, %6440 : f32[16] @ models/lib/vit.yaml:10:7
%6444 = cast %6432 : f64[] @ models/lib/vit.yaml:10:7
%6445 = pow %6310, %6444 : f64[] @ models/lib/vit.yaml:10:7
%6446 = sub %6291, %6445 : f64[] @ models/lib/vit.yaml:10:7
%6447 = div %3879, %6446 : f64[] @ models/lib/vit.yaml:10:7
%6448 = pow %6318, %6444 : f64[] @ models/lib/vit.yaml:10:7
%6449 = sub %6291, %6448 : f64[] @ models/lib/vit.yaml:10:7
%6450 = sqrt %6449 : f64[] @ models/lib/vit.yaml:10:7
%6451 = div %6291, %6450 : f64[] @ models/lib/vit.yaml:10:7
%6452 = sqrt %6443 : f32[16] @ models/lib/vit.yaml:10:7
%6453 = cast %6451 : f32[] @ models/lib/vit.yaml:10:7
%6454 = broadcast %6453 : f32[16] @ models/lib/vit.yaml:10:7
%6455 = mul %6452, %6454 : f32[16] @ models/lib/vit.yaml:10:7
%6456 = broadcast %6335 : f32[16] @ models/lib/vit.yaml:10:7
%6457 = add %6455, %6456 : f32[16] @ models/lib/vit.yaml:10:7
%6458 = div %6437, %6457 : f32[16] @ models/lib/vit.yaml:10:7
%6459 = cast %6447 : f32[] @ models/lib/vit.yaml:10:7
%6460 = broadcast %6459 : f32[16] @ models/lib/vit.yaml:10:7
%6461 = mul %6458, %6460 : f32[16] @ models/lib/vit.yaml:10:7
%6462 = sub %9, %6461 : f32[16] @ models/lib/vit.yaml:10:7
%6463 = assign %9, %6462 : f32[16] @ models/lib/vit.yaml:10:7
%6464 = assign %6429, %6437 : f32[16] @ models/lib/vit.yaml:10:7
%6465 = assign %6430, %6443 : f32[16] @ models/lib/vit.yaml:10:7
%6466 = assign %6431, %6432 : i64[] @ models/lib/vit.yaml:10:7
%6467 = broadcast %6347 : f32[16] @ models/lib/vit.yaml:10:7
%6468 = mul %87, %6467 : f32[16] @ models/lib/vit.yaml:10:7
%6469 = broadcast %6351 : f32[16] @ models/lib/vit.yaml:10:7
%6470 = mul %6462, %6469 : f32[16] @ models/lib/vit.yaml:10:7
%6471 = add %6468, %6470 : f32[16] @ models/lib/vit.yaml:10:7
%6472 = assign %87, %6471 : f32[16] @ models/lib/vit.yaml:10:7
%6473 = all_reduce_sum %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6474 = mul %6473, %6473 : f32[16] @ models/lib/nn.yaml:89:7
%6475 = reduce_sum %6474 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6476 = sqrt %6475 : f32[] @ models/lib/nn.yaml:89:7
%6477 = cast %6476 : f64[] @ models/lib/nn.yaml:89:7
%6478 = add %6477, %6287 : f64[] @ models/lib/nn.yaml:89:7
%6479 = div %6289, %6478 : f64[] @ models/lib/nn.yaml:89:7
%6480 = lt %6479, %6291 : bool[] @ models/lib/nn.yaml:89:7
%6481 = cast %6479 : f32[] @ models/lib/nn.yaml:89:7
%6482 = broadcast %6481 : f32[16] @ models/lib/nn.yaml:89:7
%6483 = mul %6473, %6482 : f32[16] @ models/lib/nn.yaml:89:7
%6484 = broadcast %6480 : bool[16] @ models/lib/nn.yaml:89:7
%6485 = select %6484, %6483, %6473 : f32[16] @ models/lib/nn.yaml:89:7
%6486 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6487 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6488 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6489 = add %6488, %6301 : i64[] @ models/lib/nn.yaml:89:7
%6490 = mul %6485, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6491 = mul %6486, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%6492 = add %6491, %6490 : f32[16] @ models/lib/nn.yaml:89:7
%6493 = mul %6485, %6485 : f32[16] @ models/lib/nn.yaml:89:7
%6494 = mul %6493, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%6495 = mul %6487, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%6496 = add %6495, %6494 : f32[16] @ models/lib/nn.yaml:89:7
%6497 = cast %6489 : f64[] @ models/lib/nn.yaml:89:7
%6498 = pow %6310, %6497 : f64[] @ models/lib/nn.yaml:89:7
%6499 = sub %6291, %6498 : f64[] @ models/lib/nn.yaml:89:7
%6500 = div %3879, %6499 : f64[] @ models/lib/nn.yaml:89:7
%6501 = pow %6318, %6497 : f64[] @ models/lib/nn.yaml:89:7
%6502 = sub %6291, %6501 : f64[] @ models/lib/nn.yaml:89:7
%6503 = sqrt %6502 : f64[] @ models/lib/nn.yaml:89:7
%6504 = div %6291, %6503 : f64[] @ models/lib/nn.yaml:89:7
%6505 = sqrt %6496 : f32[16] @ models/lib/nn.yaml:89:7
%6506 = cast %6504 : f32[] @ models/lib/nn.yaml:89:7
%6507 = broadcast %6506 : f32[16] @ models/lib/nn.yaml:89:7
%6508 = mul %6505, %6507 : f32[16] @ models/lib/nn.yaml:89:7
%6509 = add %6508, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%6510 = div %6492, %6509 : f32[16] @ models/lib/nn.yaml:89:7
%6511 = cast %6500 : f32[] @ models/lib/nn.yaml:89:7
%6512 = broadcast %6511 : f32[16] @ models/lib/nn.yaml:89:7
%6513 = mul %6510, %6512 : f32[16] @ models/lib/nn.yaml:89:7
%6514 = sub %10, %6513 : f32[16] @ models/lib/nn.yaml:89:7
%6515 = assign %10, %6514 : f32[16] @ models/lib/nn.yaml:89:7
%6516 = assign %6486, %6492 : f32[16] @ models/lib/nn.yaml:89:7
%6517 = assign %6487, %6496 : f32[16] @ models/lib/nn.yaml:89:7
%6518 = assign %6488, %6489 : i64[] @ models/lib/nn.yaml:89:7
%6519 = mul %88, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%6520 = mul %6514, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%6521 = add %6519, %6520 : f32[16] @ models/lib/nn.yaml:89:7
%6522 = assign %88, %6521 : f32[16] @ models/lib/nn.yaml:89:7
%6523 = all_reduce_sum %6241 : f32[16] @ models/lib/nn.yaml:90:7
%6524 = mul %6523, %6523 : f32[16] @ models/lib/nn.yaml:90:7
%6525 = reduce_sum %6524 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6526 = sqrt %6525 : f32[] @ models/lib/nn.yaml:90:7
%6527 = cast %6526 : f64[] @ models/lib/nn.yaml:90:7
%6528 = add %6527, %6287 : f64[] @ models/lib/nn.yaml:90:7
%6529 = div %6289, %6528 : f64[] @ models/lib/nn.yaml:90:7
%6530 = lt %6529, %6291 : bool[] @ models/lib/nn.yaml:90:7
%6531 = cast %6529 : f32[] @ models/lib/nn.yaml:90:7
%6532 = broadcast %6531 : f32[16] @ models/lib/nn.yaml:90:7
%6533 = mul %6523, %6532 : f32[16] @ models/lib/nn.yaml:90:7
%6534 = broadcast %6530 : bool[16] @ models/lib/nn.yaml:90:7
%6535 = select %6534, %6533, %6523 : f32[16] @ models/lib/nn.yaml:90:7
%6536 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6537 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6538 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6539 = add %6538, %6301 : i64[] @ models/lib/nn.yaml:90:7
%6540 = mul %6535, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%6541 = mul %6536, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%6542 = add %6541, %6540 : f32[16] @ models/lib/nn.yaml:90:7
%6543 = mul %6535, %6535 : f32[16] @ models/lib/nn.yaml:90:7
%6544 = mul %6543, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%6545 = mul %6537, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%6546 = add %6545, %6544 : f32[16] @ models/lib/nn.yaml:90:7
%6547 = cast %6539 : f64[] @ models/lib/nn.yaml:90:7
%6548 = pow %6310, %6547 : f64[] @ models/lib/nn.yaml:90:7
%6549 = sub %6291, %6548 : f64[] @ models/lib/nn.yaml:90:7
%6550 = div %3879, %6549 : f64[] @ models/lib/nn.yaml:90:7
%6551 = pow %6318, %6547 : f64[] @ models/lib/nn.yaml:90:7
%6552 = sub %6291, %6551 : f64[] @ models/lib/nn.yaml:90:7
%6553 = sqrt %6552 : f64[] @ models/lib/nn.yaml:90:7
%6554 = div %6291, %6553 : f64[] @ models/lib/nn.yaml:90:7
%6555 = sqrt %6546 : f32[16] @ models/lib/nn.yaml:90:7
%6556 = cast %6554 : f32[] @ models/lib/nn.yaml:90:7
%6557 = broadcast %6556 : f32[16] @ models/lib/nn.yaml:90:7
%6558 = mul %6555, %6557 : f32[16] @ models/lib/nn.yaml:90:7
%6559 = add %6558, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%6560 = div %6542, %6559 : f32[16] @ models/lib/nn.yaml:90:7
%6561 = cast %6550 : f32[] @ models/lib/nn.yaml:90:7
%6562 = broadcast %6561 : f32[16] @ models/lib/nn.yaml:90:7
%6563 = mul %6560, %6562 : f32[16] @ models/lib/nn.yaml:90:7
%6564 = sub %11, %6563 : f32[16] @ models/lib/nn.yaml:90:7
%6565 = assign %11, %6564 : f32[16] @ models/lib/nn.yaml:90:7
%6566 = assign %6536, %6542 : f32[16] @ models/lib/nn.yaml:90:7
%6567 = assign %6537, %6546 : f32[16] @ models/lib/nn.yaml:90:7
%6568 = assign %6538, %6539 : i64[] @ models/lib/nn.yaml:90:7
%6569 = mul %89, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%6570 = mul %6564, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%6571 = add %6569, %6570 : f32[16] @ models/lib/nn.yaml:90:7
%6572 = assign %89, %6571 : f32[16] @ models/lib/nn.yaml:90:7
%6573 = all_reduce_sum %6235 : f32[48,16] @ models/lib/nn.yaml:79:7
%6574 = reshape %6573 : f32[768] @ models/lib/nn.yaml:79:7
%6575 = mul %6574, %6574 : f32[768] @ models/lib/nn.yaml:79:7
%6576 = reduce_sum %6575 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6577 = sqrt %6576 : f32[] @ models/lib/nn.yaml:79:7
%6578 = cast %6577 : f64[] @ models/lib/nn.yaml:79:7
%6579 = add %6578, %6287 : f64[] @ models/lib/nn.yaml:79:7
%6580 = div %6289, %6579 : f64[] @ models/lib/nn.yaml:79:7
%6581 = lt %6580, %6291 : bool[] @ models/lib/nn.yaml:79:7
%6582 = cast %6580 : f32[] @ models/lib/nn.yaml:79:7
%6583 = broadcast %6582 : f32[48,16] @ models/lib/nn.yaml:79:7
%6584 = mul %6573, %6583 : f32[48,16] @ models/lib/nn.yaml:79:7
%6585 = broadcast %6581 : bool[48,16] @ models/lib/nn.yaml:79:7
%6586 = select %6585, %6584, %6573 : f32[48,16] @ models/lib/nn.yaml:79:7
%6587 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6588 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6589 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6590 = add %6589, %6301 : i64[] @ models/lib/nn.yaml:79:7
%6591 = broadcast %6305 : f32[48,16] @ models/lib/nn.yaml:79:7
%6592 = mul %12, %6591 : f32[48,16] @ models/lib/nn.yaml:79:7
%6593 = broadcast %3608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6594 = mul %6586, %6593 : f32[48,16] @ models/lib/nn.yaml:79:7
%6595 = broadcast %2464 : f32[48,16] @ models/lib/nn.yaml:79:7
%6596 = mul %6587, %6595 : f32[48,16] @ models/lib/nn.yaml:79:7
%6597 = add %6596, %6594 : f32[48,16] @ models/lib/nn.yaml:79:7
%6598 = mul %6586, %6586 : f32[48,16] @ models/lib/nn.yaml:79:7
%6599 = broadcast %6315 : f32[48,16] @ models/lib/nn.yaml:79:7
%6600 = mul %6598, %6599 : f32[48,16] @ models/lib/nn.yaml:79:7
%6601 = broadcast %6319 : f32[48,16] @ models/lib/nn.yaml:79:7
%6602 = mul %6588, %6601 : f32[48,16] @ models/lib/nn.yaml:79:7
%6603 = add %6602, %6600 : f32[48,16] @ models/lib/nn.yaml:79:7
%6604 = cast %6590 : f64[] @ models/lib/nn.yaml:79:7
%6605 = pow %6310, %6604 : f64[] @ models/lib/nn.yaml:79:7
%6606 = sub %6291, %6605 : f64[] @ models/lib/nn.yaml:79:7
%6607 = div %3879, %6606 : f64[] @ models/lib/nn.yaml:79:7
%6608 = pow %6318, %6604 : f64[] @ models/lib/nn.yaml:79:7
%6609 = sub %6291, %6608 : f64[] @ models/lib/nn.yaml:79:7
%6610 = sqrt %6609 : f64[] @ models/lib/nn.yaml:79:7
%6611 = div %6291, %6610 : f64[] @ models/lib/nn.yaml:79:7
%6612 = sqrt %6603 : f32[48,16] @ models/lib/nn.yaml:79:7
%6613 = cast %6611 : f32[] @ models/lib/nn.yaml:79:7
%6614 = broadcast %6613 : f32[48,16] @ models/lib/nn.yaml:79:7
%6615 = mul %6612, %6614 : f32[48,16] @ models/lib/nn.yaml:79:7
%6616 = broadcast %6335 : f32[48,16] @ models/lib/nn.yaml:79:7
%6617 = add %6615, %6616 : f32[48,16] @ models/lib/nn.yaml:79:7
%6618 = div %6597, %6617 : f32[48,16] @ models/lib/nn.yaml:79:7
%6619 = cast %6607 : f32[] @ models/lib/nn.yaml:79:7
%6620 = broadcast %6619 : f32[48,16] @ models/lib/nn.yaml:79:7
%6621 = mul %6618, %6620 : f32[48,16] @ models/lib/nn.yaml:79:7
%6622 = sub %6592, %6621 : f32[48,16] @ models/lib/nn.yaml:79:7
%6623 = assign %12, %6622 : f32[48,16] @ models/lib/nn.yaml:79:7
%6624 = assign %6587, %6597 : f32[48,16] @ models/lib/nn.yaml:79:7
%6625 = assign %6588, %6603 : f32[48,16] @ models/lib/nn.yaml:79:7
%6626 = assign %6589, %6590 : i64[] @ models/lib/nn.yaml:79:7
%6627 = broadcast %6347 : f32[48,16] @ models/lib/nn.yaml:79:7
%6628 = mul %90, %6627 : f32[48,16] @ models/lib/nn.yaml:79:7
%6629 = broadcast %6351 : f32[48,16] @ models/lib/nn.yaml:79:7
%6630 = mul %6622, %6629 : f32[48,16] @ models/lib/nn.yaml:79:7
%6631 = add %6628, %6630 : f32[48,16] @ models/lib/nn.yaml:79:7
%6632 = assign %90, %6631 : f32[48,16] @ models/lib/nn.yaml:79:7
%6633 = all_reduce_sum %6227 : f32[48] @ models/lib/nn.yaml:80:7
%6634 = mul %6633, %6633 : f32[48] @ models/lib/nn.yaml:80:7
%6635 = reduce_sum %6634 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6636 = sqrt %6635 : f32[] @ models/lib/nn.yaml:80:7
%6637 = cast %6636 : f64[] @ models/lib/nn.yaml:80:7
%6638 = add %6637, %6287 : f64[] @ models/lib/nn.yaml:80:7
%6639 = div %6289, %6638 : f64[] @ models/lib/nn.yaml:80:7
%6640 = lt %6639, %6291 : bool[] @ models/lib/nn.yaml:80:7
%6641 = cast %6639 : f32[] @ models/lib/nn.yaml:80:7
%6642 = broadcast %6641 : f32[48] @ models/lib/nn.yaml:80:7
%6643 = mul %6633, %6642 : f32[48] @ models/lib/nn.yaml:80:7
%6644 = broadcast %6640 : bool[48] @ models/lib/nn.yaml:80:7
%6645 = select %6644, %6643, %6633 : f32[48] @ models/lib/nn.yaml:80:7
%6646 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6647 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6648 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6649 = add %6648, %6301 : i64[] @ models/lib/nn.yaml:80:7
%6650 = broadcast %3608 : f32[48] @ models/lib/nn.yaml:80:7
%6651 = mul %6645, %6650 : f32[48] @ models/lib/nn.yaml:80:7
%6652 = broadcast %2464 : f32[48] @ models/lib/nn.yaml:80:7
%6653 = mul %6646, %6652 : f32[48] @ models/lib/nn.yaml:80:7
%6654 = add %6653, %6651 : f32[48] @ models/lib/nn.yaml:80:7
%6655 = mul %6645, %6645 : f32[48] @ models/lib/nn.yaml:80:7
%6656 = broadcast %6315 : f32[48] @ models/lib/nn.yaml:80:7
%6657 = mul %6655, %6656 : f32[48] @ models/lib/nn.yaml:80:7
%6658 = broadcast %6319 : f32[48] @ models/lib/nn.yaml:80:7
%6659 = mul %6647, %6658 : f32[48] @ models/lib/nn.yaml:80:7
%6660 = add %6659, %6657 : f32[48] @ models/lib/nn.yaml:80:7
%6661 = cast %6649 : f64[] @ models/lib/nn.yaml:80:7
%6662 = pow %6310, %6661 : f64[] @ models/lib/nn.yaml:80:7
%6663 = sub %6291, %6662 : f64[] @ models/lib/nn.yaml:80:7
%6664 = div %3879, %6663 : f64[] @ models/lib/nn.yaml:80:7
%6665 = pow %6318, %6661 : f64[] @ models/lib/nn.yaml:80:7
%6666 = sub %6291, %6665 : f64[] @ models/lib/nn.yaml:80:7
%6667 = sqrt %6666 : f64[] @ models/lib/nn.yaml:80:7
%6668 = div %6291, %6667 : f64[] @ models/lib/nn.yaml:80:7
%6669 = sqrt %6660 : f32[48] @ models/lib/nn.yaml:80:7
%6670 = cast %6668 : f32[] @ models/lib/nn.yaml:80:7
%6671 = broadcast %6670 : f32[48] @ models/lib/nn.yaml:80:7
%6672 = mul %6669, %6671 : f32[48] @ models/lib/nn.yaml:80:7
%6673 = broadcast %6335 : f32[48] @ models/lib/nn.yaml:80:7
%6674 = add %6672, %6673 : f32[48] @ models/lib/nn.yaml:80:7
%6675 = div %6654, %6674 : f32[48] @ models/lib/nn.yaml:80:7
%6676 = cast %6664 : f32[] @ models/lib/nn.yaml:80:7
%6677 = broadcast %6676 : f32[48] @ models/lib/nn.yaml:80:7
%6678 = mul %6675, %6677 : f32[48] @ models/lib/nn.yaml:80:7
%6679 = sub %13, %6678 : f32[48] @ models/lib/nn.yaml:80:7
%6680 = assign %13, %6679 : f32[48] @ models/lib/nn.yaml:80:7
%6681 = assign %6646, %6654 : f32[48] @ models/lib/nn.yaml:80:7
%6682 = assign %6647, %6660 : f32[48] @ models/lib/nn.yaml:80:7
%6683 = assign %6648, %6649 : i64[] @ models/lib/nn.yaml:80:7
%6684 = broadcast %6347 : f32[48] @ models/lib/nn.yaml:80:7
%6685 = mul %91, %6684 : f32[48] @ models/lib/nn.yaml:80:7
%6686 = broadcast %6351 : f32[48] @ models/lib/nn.yaml:80:7
%6687 = mul %6679, %6686 : f32[48] @ models/lib/nn.yaml:80:7
%6688 = add %6685, %6687 : f32[48] @ models/lib/nn.yaml:80:7
%6689 = assign %91, %6688 : f32[48] @ models/lib/nn.yaml:80:7
%6690 = all_reduce_sum %6120 : f32[16,16] @ models/lib/nn.yaml:79:7
%6691 = reshape %6690 : f32[256] @ models/lib/nn.yaml:79:7
%6692 = mul %6691, %6691 : f32[256] @ models/lib/nn.yaml:79:7
%6693 = reduce_sum %6692 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6694 = sqrt %6693 : f32[] @ models/lib/nn.yaml:79:7
%6695 = cast %6694 : f64[] @ models/lib/nn.yaml:79:7
%6696 = add %6695, %6287 : f64[] @ models/lib/nn.yaml:79:7
%6697 = div %6289, %6696 : f64[] @ models/lib/nn.yaml:79:7
%6698 = lt %6697, %6291 : bool[] @ models/lib/nn.yaml:79:7
%6699 = cast %6697 : f32[] @ models/lib/nn.yaml:79:7
%6700 = broadcast %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%6701 = mul %6690, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%6702 = broadcast %6698 : bool[16,16] @ models/lib/nn.yaml:79:7
%6703 = select %6702, %6701, %6690 : f32[16,16] @ models/lib/nn.yaml:79:7
%6704 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6706 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6707 = add %6706, %6301 : i64[] @ models/lib/nn.yaml:79:7
%6708 = broadcast %6305 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = mul %14, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = broadcast %3608 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = mul %6703, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = broadcast %2464 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = mul %6704, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6714 = add %6713, %6711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6715 = mul %6703, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%6716 = broadcast %6315 : f32[16,16] @ models/lib/nn.yaml:79:7
%6717 = mul %6715, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = broadcast %6319 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = mul %6705, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%6720 = add %6719, %6717 : f32[16,16] @ models/lib/nn.yaml:79:7
%6721 = cast %6707 : f64[] @ models/lib/nn.yaml:79:7
%6722 = pow %6310, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6723 = sub %6291, %6722 : f64[] @ models/lib/nn.yaml:79:7
%6724 = div %3879, %6723 : f64[] @ models/lib/nn.yaml:79:7
%6725 = pow %6318, %6721 : f64[] @ models/lib/nn.yaml:79:7
%6726 = sub %6291, %6725 : f64[] @ models/lib/nn.yaml:79:7
%6727 = sqrt %6726 : f64[] @ models/lib/nn.yaml:79:7
%6728 = div %6291, %6727 : f64[] @ models/lib/nn.yaml:79:7
%6729 = sqrt %6720 : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = cast %6728 : f32[] @ models/lib/nn.yaml:79:7
%6731 = broadcast %6730 : f32[16,16] @ models/lib/nn.yaml:79:7
%6732 = mul %6729, %6731 : f32[16,16] @ models/lib/nn.yaml:79:7
%6733 = broadcast %6335 : f32[16,16] @ models/lib/nn.yaml:79:7
%6734 = add %6732, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%6735 = div %6714, %6734 : f32[16,16] @ models/lib/nn.yaml:79:7
%6736 = cast %6724 : f32[] @ models/lib/nn.yaml:79:7
%6737 = broadcast %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%6738 = mul %6735, %6737 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = sub %6709, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = assign %14, %6739 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = assign %6704, %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6742 = assign %6705, %6720 : f32[16,16] @ models/lib/nn.yaml:79:7
%6743 = assign %6706, %6707 : i64[] @ models/lib/nn.yaml:79:7
%6744 = broadcast %6347 : f32[16,16] @ models/lib/nn.yaml:79:7
%6745 = mul %92, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%6746 = broadcast %6351 : f32[16,16] @ models/lib/nn.yaml:79:7
%6747 = mul %6739, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%6748 = add %6745, %6747 : f32[16,16] @ models/lib/nn.yaml:79:7
%6749 = assign %92, %6748 : f32[16,16] @ models/lib/nn.yaml:79:7
%6750 = all_reduce_sum %6112 : f32[16] @ models/lib/nn.yaml:80:7
%6751 = mul %6750, %6750 : f32[16] @ models/lib/nn.yaml:80:7
%6752 = reduce_sum %6751 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6753 = sqrt %6752 : f32[] @ models/lib/nn.yaml:80:7
%6754 = cast %6753 : f64[] @ models/lib/nn.yaml:80:7
%6755 = add %6754, %6287 : f64[] @ models/lib/nn.yaml:80:7
%6756 = div %6289, %6755 : f64[] @ models/lib/nn.yaml:80:7
%6757 = lt %6756, %6291 : bool[] @ models/lib/nn.yaml:80:7
%6758 = cast %6756 : f32[] @ models/lib/nn.yaml:80:7
%6759 = broadcast %6758 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = mul %6750, %6759 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = broadcast %6757 : bool[16] @ models/lib/nn.yaml:80:7
%6762 = select %6761, %6760, %6750 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6764 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6765 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6766 = add %6765, %6301 : i64[] @ models/lib/nn.yaml:80:7
%6767 = mul %6762, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%6768 = mul %6763, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%6769 = add %6768, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%6770 = mul %6762, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%6771 = mul %6770, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%6772 = mul %6764, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%6773 = add %6772, %6771 : f32[16] @ models/lib/nn.yaml:80:7
%6774 = cast %6766 : f64[] @ models/lib/nn.yaml:80:7
%6775 = pow %6310, %6774 : f64[] @ models/lib/nn.yaml:80:7
%6776 = sub %6291, %6775 : f64[] @ models/lib/nn.yaml:80:7
%6777 = div %3879, %6776 : f64[] @ models/lib/nn.yaml:80:7
%6778 = pow %6318, %6774 : f64[] @ models/lib/nn.yaml:80:7
%6779 = sub %6291, %6778 : f64[] @ models/lib/nn.yaml:80:7
%6780 = sqrt %6779 : f64[] @ models/lib/nn.yaml:80:7
%6781 = div %6291, %6780 : f64[] @ models/lib/nn.yaml:80:7
%6782 = sqrt %6773 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = cast %6781 : f32[] @ models/lib/nn.yaml:80:7
%6784 = broadcast %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = mul %6782, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%6786 = add %6785, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%6787 = div %6769, %6786 : f32[16] @ models/lib/nn.yaml:80:7
%6788 = cast %6777 : f32[] @ models/lib/nn.yaml:80:7
%6789 = broadcast %6788 : f32[16] @ models/lib/nn.yaml:80:7
%6790 = mul %6787, %6789 : f32[16] @ models/lib/nn.yaml:80:7
%6791 = sub %15, %6790 : f32[16] @ models/lib/nn.yaml:80:7
%6792 = assign %15, %6791 : f32[16] @ models/lib/nn.yaml:80:7
%6793 = assign %6763, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%6794 = assign %6764, %6773 : f32[16] @ models/lib/nn.yaml:80:7
%6795 = assign %6765, %6766 : i64[] @ models/lib/nn.yaml:80:7
%6796 = mul %93, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%6797 = mul %6791, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%6798 = add %6796, %6797 : f32[16] @ models/lib/nn.yaml:80:7
%6799 = assign %93, %6798 : f32[16] @ models/lib/nn.yaml:80:7
%6800 = all_reduce_sum %6089 : f32[16] @ models/lib/nn.yaml:89:7
%6801 = mul %6800, %6800 : f32[16] @ models/lib/nn.yaml:89:7
%6802 = reduce_sum %6801 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6803 = sqrt %6802 : f32[] @ models/lib/nn.yaml:89:7
%6804 = cast %6803 : f64[] @ models/lib/nn.yaml:89:7
%6805 = add %6804, %6287 : f64[] @ models/lib/nn.yaml:89:7
%6806 = div %6289, %6805 : f64[] @ models/lib/nn.yaml:89:7
%6807 = lt %6806, %6291 : bool[] @ models/lib/nn.yaml:89:7
%6808 = cast %6806 : f32[] @ models/lib/nn.yaml:89:7
%6809 = broadcast %6808 : f32[16] @ models/lib/nn.yaml:89:7
%6810 = mul %6800, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = broadcast %6807 : bool[16] @ models/lib/nn.yaml:89:7
%6812 = select %6811, %6810, %6800 : f32[16] @ models/lib/nn.yaml:89:7
%6813 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6814 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6815 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6816 = add %6815, %6301 : i64[] @ models/lib/nn.yaml:89:7
%6817 = mul %6812, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6818 = mul %6813, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%6819 = add %6818, %6817 : f32[16] @ models/lib/nn.yaml:89:7
%6820 = mul %6812, %6812 : f32[16] @ models/lib/nn.yaml:89:7
%6821 = mul %6820, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%6822 = mul %6814, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%6823 = add %6822, %6821 : f32[16] @ models/lib/nn.yaml:89:7
%6824 = cast %6816 : f64[] @ models/lib/nn.yaml:89:7
%6825 = pow %6310, %6824 : f64[] @ models/lib/nn.yaml:89:7
%6826 = sub %6291, %6825 : f64[] @ models/lib/nn.yaml:89:7
%6827 = div %3879, %6826 : f64[] @ models/lib/nn.yaml:89:7
%6828 = pow %6318, %6824 : f64[] @ models/lib/nn.yaml:89:7
%6829 = sub %6291, %6828 : f64[] @ models/lib/nn.yaml:89:7
%6830 = sqrt %6829 : f64[] @ models/lib/nn.yaml:89:7
%6831 = div %6291, %6830 : f64[] @ models/lib/nn.yaml:89:7
%6832 = sqrt %6823 : f32[16] @ models/lib/nn.yaml:89:7
%6833 = cast %6831 : f32[] @ models/lib/nn.yaml:89:7
%6834 = broadcast %6833 : f32[16] @ models/lib/nn.yaml:89:7
%6835 = mul %6832, %6834 : f32[16] @ models/lib/nn.yaml:89:7
%6836 = add %6835, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%6837 = div %6819, %6836 : f32[16] @ models/lib/nn.yaml:89:7
%6838 = cast %6827 : f32[] @ models/lib/nn.yaml:89:7
%6839 = broadcast %6838 : f32[16] @ models/lib/nn.yaml:89:7
%6840 = mul %6837, %6839 : f32[16] @ models/lib/nn.yaml:89:7
%6841 = sub %16, %6840 : f32[16] @ models/lib/nn.yaml:89:7
%6842 = assign %16, %6841 : f32[16] @ models/lib/nn.yaml:89:7
%6843 = assign %6813, %6819 : f32[16] @ models/lib/nn.yaml:89:7
%6844 = assign %6814, %6823 : f32[16] @ models/lib/nn.yaml:89:7
%6845 = assign %6815, %6816 : i64[] @ models/lib/nn.yaml:89:7
%6846 = mul %94, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%6847 = mul %6841, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%6848 = add %6846, %6847 : f32[16] @ models/lib/nn.yaml:89:7
%6849 = assign %94, %6848 : f32[16] @ models/lib/nn.yaml:89:7
%6850 = all_reduce_sum %6082 : f32[16] @ models/lib/nn.yaml:90:7
%6851 = mul %6850, %6850 : f32[16] @ models/lib/nn.yaml:90:7
%6852 = reduce_sum %6851 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6853 = sqrt %6852 : f32[] @ models/lib/nn.yaml:90:7
%6854 = cast %6853 : f64[] @ models/lib/nn.yaml:90:7
%6855 = add %6854, %6287 : f64[] @ models/lib/nn.yaml:90:7
%6856 = div %6289, %6855 : f64[] @ models/lib/nn.yaml:90:7
%6857 = lt %6856, %6291 : bool[] @ models/lib/nn.yaml:90:7
%6858 = cast %6856 : f32[] @ models/lib/nn.yaml:90:7
%6859 = broadcast %6858 : f32[16] @ models/lib/nn.yaml:90:7
%6860 = mul %6850, %6859 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = broadcast %6857 : bool[16] @ models/lib/nn.yaml:90:7
%6862 = select %6861, %6860, %6850 : f32[16] @ models/lib/nn.yaml:90:7
%6863 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6864 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6865 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6866 = add %6865, %6301 : i64[] @ models/lib/nn.yaml:90:7
%6867 = mul %6862, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%6868 = mul %6863, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%6869 = add %6868, %6867 : f32[16] @ models/lib/nn.yaml:90:7
%6870 = mul %6862, %6862 : f32[16] @ models/lib/nn.yaml:90:7
%6871 = mul %6870, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%6872 = mul %6864, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%6873 = add %6872, %6871 : f32[16] @ models/lib/nn.yaml:90:7
%6874 = cast %6866 : f64[] @ models/lib/nn.yaml:90:7
%6875 = pow %6310, %6874 : f64[] @ models/lib/nn.yaml:90:7
%6876 = sub %6291, %6875 : f64[] @ models/lib/nn.yaml:90:7
%6877 = div %3879, %6876 : f64[] @ models/lib/nn.yaml:90:7
%6878 = pow %6318, %6874 : f64[] @ models/lib/nn.yaml:90:7
%6879 = sub %6291, %6878 : f64[] @ models/lib/nn.yaml:90:7
%6880 = sqrt %6879 : f64[] @ models/lib/nn.yaml:90:7
%6881 = div %6291, %6880 : f64[] @ models/lib/nn.yaml:90:7
%6882 = sqrt %6873 : f32[16] @ models/lib/nn.yaml:90:7
%6883 = cast %6881 : f32[] @ models/lib/nn.yaml:90:7
%6884 = broadcast %6883 : f32[16] @ models/lib/nn.yaml:90:7
%6885 = mul %6882, %6884 : f32[16] @ models/lib/nn.yaml:90:7
%6886 = add %6885, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%6887 = div %6869, %6886 : f32[16] @ models/lib/nn.yaml:90:7
%6888 = cast %6877 : f32[] @ models/lib/nn.yaml:90:7
%6889 = broadcast %6888 : f32[16] @ models/lib/nn.yaml:90:7
%6890 = mul %6887, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%6891 = sub %17, %6890 : f32[16] @ models/lib/nn.yaml:90:7
%6892 = assign %17, %6891 : f32[16] @ models/lib/nn.yaml:90:7
%6893 = assign %6863, %6869 : f32[16] @ models/lib/nn.yaml:90:7
%6894 = assign %6864, %6873 : f32[16] @ models/lib/nn.yaml:90:7
%6895 = assign %6865, %6866 : i64[] @ models/lib/nn.yaml:90:7
%6896 = mul %95, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%6897 = mul %6891, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%6898 = add %6896, %6897 : f32[16] @ models/lib/nn.yaml:90:7
%6899 = assign %95, %6898 : f32[16] @ models/lib/nn.yaml:90:7
%6900 = all_reduce_sum %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%6901 = reshape %6900 : f32[1024] @ models/lib/nn.yaml:79:7
%6902 = mul %6901, %6901 : f32[1024] @ models/lib/nn.yaml:79:7
%6903 = reduce_sum %6902 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6904 = sqrt %6903 : f32[] @ models/lib/nn.yaml:79:7
%6905 = cast %6904 : f64[] @ models/lib/nn.yaml:79:7
%6906 = add %6905, %6287 : f64[] @ models/lib/nn.yaml:79:7
%6907 = div %6289, %6906 : f64[] @ models/lib/nn.yaml:79:7
%6908 = lt %6907, %6291 : bool[] @ models/lib/nn.yaml:79:7
%6909 = cast %6907 : f32[] @ models/lib/nn.yaml:79:7
%6910 = broadcast %6909 : f32[64,16] @ models/lib/nn.yaml:79:7
%6911 = mul %6900, %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%6912 = broadcast %6908 : bool[64,16] @ models/lib/nn.yaml:79:7
%6913 = select %6912, %6911, %6900 : f32[64,16] @ models/lib/nn.yaml:79:7
%6914 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6915 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6916 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6917 = add %6916, %6301 : i64[] @ models/lib/nn.yaml:79:7
%6918 = broadcast %6305 : f32[64,16] @ models/lib/nn.yaml:79:7
%6919 = mul %18, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%6920 = broadcast %3608 : f32[64,16] @ models/lib/nn.yaml:79:7
%6921 = mul %6913, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%6922 = broadcast %2464 : f32[64,16] @ models/lib/nn.yaml:79:7
%6923 = mul %6914, %6922 : f32[64,16] @ models/lib/nn.yaml:79:7
%6924 = add %6923, %6921 : f32[64,16] @ models/lib/nn.yaml:79:7
%6925 = mul %6913, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%6926 = broadcast %6315 : f32[64,16] @ models/lib/nn.yaml:79:7
%6927 = mul %6925, %6926 : f32[64,16] @ models/lib/nn.yaml:79:7
%6928 = broadcast %6319 : f32[64,16] @ models/lib/nn.yaml:79:7
%6929 = mul %6915, %6928 : f32[64,16] @ models/lib/nn.yaml:79:7
%6930 = add %6929, %6927 : f32[64,16] @ models/lib/nn.yaml:79:7
%6931 = cast %6917 : f64[] @ models/lib/nn.yaml:79:7
%6932 = pow %6310, %6931 : f64[] @ models/lib/nn.yaml:79:7
%6933 = sub %6291, %6932 : f64[] @ models/lib/nn.yaml:79:7
%6934 = div %3879, %6933 : f64[] @ models/lib/nn.yaml:79:7
%6935 = pow %6318, %6931 : f64[] @ models/lib/nn.yaml:79:7
%6936 = sub %6291, %6935 : f64[] @ models/lib/nn.yaml:79:7
%6937 = sqrt %6936 : f64[] @ models/lib/nn.yaml:79:7
%6938 = div %6291, %6937 : f64[] @ models/lib/nn.yaml:79:7
%6939 = sqrt %6930 : f32[64,16] @ models/lib/nn.yaml:79:7
%6940 = cast %6938 : f32[] @ models/lib/nn.yaml:79:7
%6941 = broadcast %6940 : f32[64,16] @ models/lib/nn.yaml:79:7
%6942 = mul %6939, %6941 : f32[64,16] @ models/lib/nn.yaml:79:7
%6943 = broadcast %6335 : f32[64,16] @ models/lib/nn.yaml:79:7
%6944 = add %6942, %6943 : f32[64,16] @ models/lib/nn.yaml:79:7
%6945 = div %6924, %6944 : f32[64,16] @ models/lib/nn.yaml:79:7
%6946 = cast %6934 : f32[] @ models/lib/nn.yaml:79:7
%6947 = broadcast %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%6948 = mul %6945, %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%6949 = sub %6919, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%6950 = assign %18, %6949 : f32[64,16] @ models/lib/nn.yaml:79:7
%6951 = assign %6914, %6924 : f32[64,16] @ models/lib/nn.yaml:79:7
%6952 = assign %6915, %6930 : f32[64,16] @ models/lib/nn.yaml:79:7
%6953 = assign %6916, %6917 : i64[] @ models/lib/nn.yaml:79:7
%6954 = broadcast %6347 : f32[64,16] @ models/lib/nn.yaml:79:7
%6955 = mul %96, %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%6956 = broadcast %6351 : f32[64,16] @ models/lib/nn.yaml:79:7
%6957 = mul %6949, %6956 : f32[64,16] @ models/lib/nn.yaml:79:7
%6958 = add %6955, %6957 : f32[64,16] @ models/lib/nn.yaml:79:7
%6959 = assign %96, %6958 : f32[64,16] @ models/lib/nn.yaml:79:7
%6960 = all_reduce_sum %6068 : f32[64] @ models/lib/nn.yaml:80:7
%6961 = mul %6960, %6960 : f32[64] @ models/lib/nn.yaml:80:7
%6962 = reduce_sum %6961 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6963 = sqrt %6962 : f32[] @ models/lib/nn.yaml:80:7
%6964 = cast %6963 : f64[] @ models/lib/nn.yaml:80:7
%6965 = add %6964, %6287 : f64[] @ models/lib/nn.yaml:80:7
%6966 = div %6289, %6965 : f64[] @ models/lib/nn.yaml:80:7
%6967 = lt %6966, %6291 : bool[] @ models/lib/nn.yaml:80:7
%6968 = cast %6966 : f32[] @ models/lib/nn.yaml:80:7
%6969 = broadcast %6968 : f32[64] @ models/lib/nn.yaml:80:7
%6970 = mul %6960, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = broadcast %6967 : bool[64] @ models/lib/nn.yaml:80:7
%6972 = select %6971, %6970, %6960 : f32[64] @ models/lib/nn.yaml:80:7
%6973 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6974 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6975 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6976 = add %6975, %6301 : i64[] @ models/lib/nn.yaml:80:7
%6977 = broadcast %3608 : f32[64] @ models/lib/nn.yaml:80:7
%6978 = mul %6972, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%6979 = broadcast %2464 : f32[64] @ models/lib/nn.yaml:80:7
%6980 = mul %6973, %6979 : f32[64] @ models/lib/nn.yaml:80:7
%6981 = add %6980, %6978 : f32[64] @ models/lib/nn.yaml:80:7
%6982 = mul %6972, %6972 : f32[64] @ models/lib/nn.yaml:80:7
%6983 = broadcast %6315 : f32[64] @ models/lib/nn.yaml:80:7
%6984 = mul %6982, %6983 : f32[64] @ models/lib/nn.yaml:80:7
%6985 = broadcast %6319 : f32[64] @ models/lib/nn.yaml:80:7
%6986 = mul %6974, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%6987 = add %6986, %6984 : f32[64] @ models/lib/nn.yaml:80:7
%6988 = cast %6976 : f64[] @ models/lib/nn.yaml:80:7
%6989 = pow %6310, %6988 : f64[] @ models/lib/nn.yaml:80:7
%6990 = sub %6291, %6989 : f64[] @ models/lib/nn.yaml:80:7
%6991 = div %3879, %6990 : f64[] @ models/lib/nn.yaml:80:7
%6992 = pow %6318, %6988 : f64[] @ models/lib/nn.yaml:80:7
%6993 = sub %6291, %6992 : f64[] @ models/lib/nn.yaml:80:7
%6994 = sqrt %6993 : f64[] @ models/lib/nn.yaml:80:7
%6995 = div %6291, %6994 : f64[] @ models/lib/nn.yaml:80:7
%6996 = sqrt %6987 : f32[64] @ models/lib/nn.yaml:80:7
%6997 = cast %6995 : f32[] @ models/lib/nn.yaml:80:7
%6998 = broadcast %6997 : f32[64] @ models/lib/nn.yaml:80:7
%6999 = mul %6996, %6998 : f32[64] @ models/lib/nn.yaml:80:7
%7000 = broadcast %6335 : f32[64] @ models/lib/nn.yaml:80:7
%7001 = add %6999, %7000 : f32[64] @ models/lib/nn.yaml:80:7
%7002 = div %6981, %7001 : f32[64] @ models/lib/nn.yaml:80:7
%7003 = cast %6991 : f32[] @ models/lib/nn.yaml:80:7
%7004 = broadcast %7003 : f32[64] @ models/lib/nn.yaml:80:7
%7005 = mul %7002, %7004 : f32[64] @ models/lib/nn.yaml:80:7
%7006 = sub %19, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%7007 = assign %19, %7006 : f32[64] @ models/lib/nn.yaml:80:7
%7008 = assign %6973, %6981 : f32[64] @ models/lib/nn.yaml:80:7
%7009 = assign %6974, %6987 : f32[64] @ models/lib/nn.yaml:80:7
%7010 = assign %6975, %6976 : i64[] @ models/lib/nn.yaml:80:7
%7011 = broadcast %6347 : f32[64] @ models/lib/nn.yaml:80:7
%7012 = mul %97, %7011 : f32[64] @ models/lib/nn.yaml:80:7
%7013 = broadcast %6351 : f32[64] @ models/lib/nn.yaml:80:7
%7014 = mul %7006, %7013 : f32[64] @ models/lib/nn.yaml:80:7
%7015 = add %7012, %7014 : f32[64] @ models/lib/nn.yaml:80:7
%7016 = assign %97, %7015 : f32[64] @ models/lib/nn.yaml:80:7
%7017 = all_reduce_sum %6048 : f32[16,64] @ models/lib/nn.yaml:79:7
%7018 = reshape %7017 : f32[1024] @ models/lib/nn.yaml:79:7
%7019 = mul %7018, %7018 : f32[1024] @ models/lib/nn.yaml:79:7
%7020 = reduce_sum %7019 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7021 = sqrt %7020 : f32[] @ models/lib/nn.yaml:79:7
%7022 = cast %7021 : f64[] @ models/lib/nn.yaml:79:7
%7023 = add %7022, %6287 : f64[] @ models/lib/nn.yaml:79:7
%7024 = div %6289, %7023 : f64[] @ models/lib/nn.yaml:79:7
%7025 = lt %7024, %6291 : bool[] @ models/lib/nn.yaml:79:7
%7026 = cast %7024 : f32[] @ models/lib/nn.yaml:79:7
%7027 = broadcast %7026 : f32[16,64] @ models/lib/nn.yaml:79:7
%7028 = mul %7017, %7027 : f32[16,64] @ models/lib/nn.yaml:79:7
%7029 = broadcast %7025 : bool[16,64] @ models/lib/nn.yaml:79:7
%7030 = select %7029, %7028, %7017 : f32[16,64] @ models/lib/nn.yaml:79:7
%7031 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7032 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7033 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7034 = add %7033, %6301 : i64[] @ models/lib/nn.yaml:79:7
%7035 = broadcast %6305 : f32[16,64] @ models/lib/nn.yaml:79:7
%7036 = mul %20, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%7037 = broadcast %3608 : f32[16,64] @ models/lib/nn.yaml:79:7
%7038 = mul %7030, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%7039 = broadcast %2464 : f32[16,64] @ models/lib/nn.yaml:79:7
%7040 = mul %7031, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7041 = add %7040, %7038 : f32[16,64] @ models/lib/nn.yaml:79:7
%7042 = mul %7030, %7030 : f32[16,64] @ models/lib/nn.yaml:79:7
%7043 = broadcast %6315 : f32[16,64] @ models/lib/nn.yaml:79:7
%7044 = mul %7042, %7043 : f32[16,64] @ models/lib/nn.yaml:79:7
%7045 = broadcast %6319 : f32[16,64] @ models/lib/nn.yaml:79:7
%7046 = mul %7032, %7045 : f32[16,64] @ models/lib/nn.yaml:79:7
%7047 = add %7046, %7044 : f32[16,64] @ models/lib/nn.yaml:79:7
%7048 = cast %7034 : f64[] @ models/lib/nn.yaml:79:7
%7049 = pow %6310, %7048 : f64[] @ models/lib/nn.yaml:79:7
%7050 = sub %6291, %7049 : f64[] @ models/lib/nn.yaml:79:7
%7051 = div %3879, %7050 : f64[] @ models/lib/nn.yaml:79:7
%7052 = pow %6318, %7048 : f64[] @ models/lib/nn.yaml:79:7
%7053 = sub %6291, %7052 : f64[] @ models/lib/nn.yaml:79:7
%7054 = sqrt %7053 : f64[] @ models/lib/nn.yaml:79:7
%7055 = div %6291, %7054 : f64[] @ models/lib/nn.yaml:79:7
%7056 = sqrt %7047 : f32[16,64] @ models/lib/nn.yaml:79:7
%7057 = cast %7055 : f32[] @ models/lib/nn.yaml:79:7
%7058 = broadcast %7057 : f32[16,64] @ models/lib/nn.yaml:79:7
%7059 = mul %7056, %7058 : f32[16,64] @ models/lib/nn.yaml:79:7
%7060 = broadcast %6335 : f32[16,64] @ models/lib/nn.yaml:79:7
%7061 = add %7059, %7060 : f32[16,64] @ models/lib/nn.yaml:79:7
%7062 = div %7041, %7061 : f32[16,64] @ models/lib/nn.yaml:79:7
%7063 = cast %7051 : f32[] @ models/lib/nn.yaml:79:7
%7064 = broadcast %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%7065 = mul %7062, %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%7066 = sub %7036, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%7067 = assign %20, %7066 : f32[16,64] @ models/lib/nn.yaml:79:7
%7068 = assign %7031, %7041 : f32[16,64] @ models/lib/nn.yaml:79:7
%7069 = assign %7032, %7047 : f32[16,64] @ models/lib/nn.yaml:79:7
%7070 = assign %7033, %7034 : i64[] @ models/lib/nn.yaml:79:7
%7071 = broadcast %6347 : f32[16,64] @ models/lib/nn.yaml:79:7
%7072 = mul %98, %7071 : f32[16,64] @ models/lib/nn.yaml:79:7
%7073 = broadcast %6351 : f32[16,64] @ models/lib/nn.yaml:79:7
%7074 = mul %7066, %7073 : f32[16,64] @ models/lib/nn.yaml:79:7
%7075 = add %7072, %7074 : f32[16,64] @ models/lib/nn.yaml:79:7
%7076 = assign %98, %7075 : f32[16,64] @ models/lib/nn.yaml:79:7
%7077 = all_reduce_sum %6040 : f32[16] @ models/lib/nn.yaml:80:7
%7078 = mul %7077, %7077 : f32[16] @ models/lib/nn.yaml:80:7
%7079 = reduce_sum %7078 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7080 = sqrt %7079 : f32[] @ models/lib/nn.yaml:80:7
%7081 = cast %7080 : f64[] @ models/lib/nn.yaml:80:7
%7082 = add %7081, %6287 : f64[] @ models/lib/nn.yaml:80:7
%7083 = div %6289, %7082 : f64[] @ models/lib/nn.yaml:80:7
%7084 = lt %7083, %6291 : bool[] @ models/lib/nn.yaml:80:7
%7085 = cast %7083 : f32[] @ models/lib/nn.yaml:80:7
%7086 = broadcast %7085 : f32[16] @ models/lib/nn.yaml:80:7
%7087 = mul %7077, %7086 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = broadcast %7084 : bool[16] @ models/lib/nn.yaml:80:7
%7089 = select %7088, %7087, %7077 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7091 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7092 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7093 = add %7092, %6301 : i64[] @ models/lib/nn.yaml:80:7
%7094 = mul %7089, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7095 = mul %7090, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%7096 = add %7095, %7094 : f32[16] @ models/lib/nn.yaml:80:7
%7097 = mul %7089, %7089 : f32[16] @ models/lib/nn.yaml:80:7
%7098 = mul %7097, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%7099 = mul %7091, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%7100 = add %7099, %7098 : f32[16] @ models/lib/nn.yaml:80:7
%7101 = cast %7093 : f64[] @ models/lib/nn.yaml:80:7
%7102 = pow %6310, %7101 : f64[] @ models/lib/nn.yaml:80:7
%7103 = sub %6291, %7102 : f64[] @ models/lib/nn.yaml:80:7
%7104 = div %3879, %7103 : f64[] @ models/lib/nn.yaml:80:7
%7105 = pow %6318, %7101 : f64[] @ models/lib/nn.yaml:80:7
%7106 = sub %6291, %7105 : f64[] @ models/lib/nn.yaml:80:7
%7107 = sqrt %7106 : f64[] @ models/lib/nn.yaml:80:7
%7108 = div %6291, %7107 : f64[] @ models/lib/nn.yaml:80:7
%7109 = sqrt %7100 : f32[16] @ models/lib/nn.yaml:80:7
%7110 = cast %7108 : f32[] @ models/lib/nn.yaml:80:7
%7111 = broadcast %7110 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = mul %7109, %7111 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = add %7112, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = div %7096, %7113 : f32[16] @ models/lib/nn.yaml:80:7
%7115 = cast %7104 : f32[] @ models/lib/nn.yaml:80:7
%7116 = broadcast %7115 : f32[16] @ models/lib/nn.yaml:80:7
%7117 = mul %7114, %7116 : f32[16] @ models/lib/nn.yaml:80:7
%7118 = sub %21, %7117 : f32[16] @ models/lib/nn.yaml:80:7
%7119 = assign %21, %7118 : f32[16] @ models/lib/nn.yaml:80:7
%7120 = assign %7090, %7096 : f32[16] @ models/lib/nn.yaml:80:7
%7121 = assign %7091, %7100 : f32[16] @ models/lib/nn.yaml:80:7
%7122 = assign %7092, %7093 : i64[] @ models/lib/nn.yaml:80:7
%7123 = mul %99, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%7124 = mul %7118, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = add %7123, %7124 : f32[16] @ models/lib/nn.yaml:80:7
%7126 = assign %99, %7125 : f32[16] @ models/lib/nn.yaml:80:7
%7127 = all_reduce_sum %6017 : f32[16] @ models/lib/nn.yaml:89:7
%7128 = mul %7127, %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = reduce_sum %7128 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7130 = sqrt %7129 : f32[] @ models/lib/nn.yaml:89:7
%7131 = cast %7130 : f64[] @ models/lib/nn.yaml:89:7
%7132 = add %7131, %6287 : f64[] @ models/lib/nn.yaml:89:7
%7133 = div %6289, %7132 : f64[] @ models/lib/nn.yaml:89:7
%7134 = lt %7133, %6291 : bool[] @ models/lib/nn.yaml:89:7
%7135 = cast %7133 : f32[] @ models/lib/nn.yaml:89:7
%7136 = broadcast %7135 : f32[16] @ models/lib/nn.yaml:89:7
%7137 = mul %7127, %7136 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = broadcast %7134 : bool[16] @ models/lib/nn.yaml:89:7
%7139 = select %7138, %7137, %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7140 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7141 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7142 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7143 = add %7142, %6301 : i64[] @ models/lib/nn.yaml:89:7
%7144 = mul %7139, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7145 = mul %7140, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%7146 = add %7145, %7144 : f32[16] @ models/lib/nn.yaml:89:7
%7147 = mul %7139, %7139 : f32[16] @ models/lib/nn.yaml:89:7
%7148 = mul %7147, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%7149 = mul %7141, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%7150 = add %7149, %7148 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = cast %7143 : f64[] @ models/lib/nn.yaml:89:7
%7152 = pow %6310, %7151 : f64[] @ models/lib/nn.yaml:89:7
%7153 = sub %6291, %7152 : f64[] @ models/lib/nn.yaml:89:7
%7154 = div %3879, %7153 : f64[] @ models/lib/nn.yaml:89:7
%7155 = pow %6318, %7151 : f64[] @ models/lib/nn.yaml:89:7
%7156 = sub %6291, %7155 : f64[] @ models/lib/nn.yaml:89:7
%7157 = sqrt %7156 : f64[] @ models/lib/nn.yaml:89:7
%7158 = div %6291, %7157 : f64[] @ models/lib/nn.yaml:89:7
%7159 = sqrt %7150 : f32[16] @ models/lib/nn.yaml:89:7
%7160 = cast %7158 : f32[] @ models/lib/nn.yaml:89:7
%7161 = broadcast %7160 : f32[16] @ models/lib/nn.yaml:89:7
%7162 = mul %7159, %7161 : f32[16] @ models/lib/nn.yaml:89:7
%7163 = add %7162, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%7164 = div %7146, %7163 : f32[16] @ models/lib/nn.yaml:89:7
%7165 = cast %7154 : f32[] @ models/lib/nn.yaml:89:7
%7166 = broadcast %7165 : f32[16] @ models/lib/nn.yaml:89:7
%7167 = mul %7164, %7166 : f32[16] @ models/lib/nn.yaml:89:7
%7168 = sub %22, %7167 : f32[16] @ models/lib/nn.yaml:89:7
%7169 = assign %22, %7168 : f32[16] @ models/lib/nn.yaml:89:7
%7170 = assign %7140, %7146 : f32[16] @ models/lib/nn.yaml:89:7
%7171 = assign %7141, %7150 : f32[16] @ models/lib/nn.yaml:89:7
%7172 = assign %7142, %7143 : i64[] @ models/lib/nn.yaml:89:7
%7173 = mul %100, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%7174 = mul %7168, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%7175 = add %7173, %7174 : f32[16] @ models/lib/nn.yaml:89:7
%7176 = assign %100, %7175 : f32[16] @ models/lib/nn.yaml:89:7
%7177 = all_reduce_sum %6010 : f32[16] @ models/lib/nn.yaml:90:7
%7178 = mul %7177, %7177 : f32[16] @ models/lib/nn.yaml:90:7
%7179 = reduce_sum %7178 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7180 = sqrt %7179 : f32[] @ models/lib/nn.yaml:90:7
%7181 = cast %7180 : f64[] @ models/lib/nn.yaml:90:7
%7182 = add %7181, %6287 : f64[] @ models/lib/nn.yaml:90:7
%7183 = div %6289, %7182 : f64[] @ models/lib/nn.yaml:90:7
%7184 = lt %7183, %6291 : bool[] @ models/lib/nn.yaml:90:7
%7185 = cast %7183 : f32[] @ models/lib/nn.yaml:90:7
%7186 = broadcast %7185 : f32[16] @ models/lib/nn.yaml:90:7
%7187 = mul %7177, %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = broadcast %7184 : bool[16] @ models/lib/nn.yaml:90:7
%7189 = select %7188, %7187, %7177 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7191 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7192 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7193 = add %7192, %6301 : i64[] @ models/lib/nn.yaml:90:7
%7194 = mul %7189, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%7195 = mul %7190, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%7196 = add %7195, %7194 : f32[16] @ models/lib/nn.yaml:90:7
%7197 = mul %7189, %7189 : f32[16] @ models/lib/nn.yaml:90:7
%7198 = mul %7197, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%7199 = mul %7191, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%7200 = add %7199, %7198 : f32[16] @ models/lib/nn.yaml:90:7
%7201 = cast %7193 : f64[] @ models/lib/nn.yaml:90:7
%7202 = pow %6310, %7201 : f64[] @ models/lib/nn.yaml:90:7
%7203 = sub %6291, %7202 : f64[] @ models/lib/nn.yaml:90:7
%7204 = div %3879, %7203 : f64[] @ models/lib/nn.yaml:90:7
%7205 = pow %6318, %7201 : f64[] @ models/lib/nn.yaml:90:7
%7206 = sub %6291, %7205 : f64[] @ models/lib/nn.yaml:90:7
%7207 = sqrt %7206 : f64[] @ models/lib/nn.yaml:90:7
%7208 = div %6291, %7207 : f64[] @ models/lib/nn.yaml:90:7
%7209 = sqrt %7200 : f32[16] @ models/lib/nn.yaml:90:7
%7210 = cast %7208 : f32[] @ models/lib/nn.yaml:90:7
%7211 = broadcast %7210 : f32[16] @ models/lib/nn.yaml:90:7
%7212 = mul %7209, %7211 : f32[16] @ models/lib/nn.yaml:90:7
%7213 = add %7212, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%7214 = div %7196, %7213 : f32[16] @ models/lib/nn.yaml:90:7
%7215 = cast %7204 : f32[] @ models/lib/nn.yaml:90:7
%7216 = broadcast %7215 : f32[16] @ models/lib/nn.yaml:90:7
%7217 = mul %7214, %7216 : f32[16] @ models/lib/nn.yaml:90:7
%7218 = sub %23, %7217 : f32[16] @ models/lib/nn.yaml:90:7
%7219 = assign %23, %7218 : f32[16] @ models/lib/nn.yaml:90:7
%7220 = assign %7190, %7196 : f32[16] @ models/lib/nn.yaml:90:7
%7221 = assign %7191, %7200 : f32[16] @ models/lib/nn.yaml:90:7
%7222 = assign %7192, %7193 : i64[] @ models/lib/nn.yaml:90:7
%7223 = mul %101, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%7224 = mul %7218, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%7225 = add %7223, %7224 : f32[16] @ models/lib/nn.yaml:90:7
%7226 = assign %101, %7225 : f32[16] @ models/lib/nn.yaml:90:7
%7227 = all_reduce_sum %6004 : f32[48,16] @ models/lib/nn.yaml:79:7
%7228 = reshape %7227 : f32[768] @ models/lib/nn.yaml:79:7
%7229 = mul %7228, %7228 : f32[768] @ models/lib/nn.yaml:79:7
%7230 = reduce_sum %7229 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7231 = sqrt %7230 : f32[] @ models/lib/nn.yaml:79:7
%7232 = cast %7231 : f64[] @ models/lib/nn.yaml:79:7
%7233 = add %7232, %6287 : f64[] @ models/lib/nn.yaml:79:7
%7234 = div %6289, %7233 : f64[] @ models/lib/nn.yaml:79:7
%7235 = lt %7234, %6291 : bool[] @ models/lib/nn.yaml:79:7
%7236 = cast %7234 : f32[] @ models/lib/nn.yaml:79:7
%7237 = broadcast %7236 : f32[48,16] @ models/lib/nn.yaml:79:7
%7238 = mul %7227, %7237 : f32[48,16] @ models/lib/nn.yaml:79:7
%7239 = broadcast %7235 : bool[48,16] @ models/lib/nn.yaml:79:7
%7240 = select %7239, %7238, %7227 : f32[48,16] @ models/lib/nn.yaml:79:7
%7241 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7242 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7243 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7244 = add %7243, %6301 : i64[] @ models/lib/nn.yaml:79:7
%7245 = mul %24, %6591 : f32[48,16] @ models/lib/nn.yaml:79:7
%7246 = mul %7240, %6593 : f32[48,16] @ models/lib/nn.yaml:79:7
%7247 = mul %7241, %6595 : f32[48,16] @ models/lib/nn.yaml:79:7
%7248 = add %7247, %7246 : f32[48,16] @ models/lib/nn.yaml:79:7
%7249 = mul %7240, %7240 : f32[48,16] @ models/lib/nn.yaml:79:7
%7250 = mul %7249, %6599 : f32[48,16] @ models/lib/nn.yaml:79:7
%7251 = mul %7242, %6601 : f32[48,16] @ models/lib/nn.yaml:79:7
%7252 = add %7251, %7250 : f32[48,16] @ models/lib/nn.yaml:79:7
%7253 = cast %7244 : f64[] @ models/lib/nn.yaml:79:7
%7254 = pow %6310, %7253 : f64[] @ models/lib/nn.yaml:79:7
%7255 = sub %6291, %7254 : f64[] @ models/lib/nn.yaml:79:7
%7256 = div %3879, %7255 : f64[] @ models/lib/nn.yaml:79:7
%7257 = pow %6318, %7253 : f64[] @ models/lib/nn.yaml:79:7
%7258 = sub %6291, %7257 : f64[] @ models/lib/nn.yaml:79:7
%7259 = sqrt %7258 : f64[] @ models/lib/nn.yaml:79:7
%7260 = div %6291, %7259 : f64[] @ models/lib/nn.yaml:79:7
%7261 = sqrt %7252 : f32[48,16] @ models/lib/nn.yaml:79:7
%7262 = cast %7260 : f32[] @ models/lib/nn.yaml:79:7
%7263 = broadcast %7262 : f32[48,16] @ models/lib/nn.yaml:79:7
%7264 = mul %7261, %7263 : f32[48,16] @ models/lib/nn.yaml:79:7
%7265 = add %7264, %6616 : f32[48,16] @ models/lib/nn.yaml:79:7
%7266 = div %7248, %7265 : f32[48,16] @ models/lib/nn.yaml:79:7
%7267 = cast %7256 : f32[] @ models/lib/nn.yaml:79:7
%7268 = broadcast %7267 : f32[48,16] @ models/lib/nn.yaml:79:7
%7269 = mul %7266, %7268 : f32[48,16] @ models/lib/nn.yaml:79:7
%7270 = sub %7245, %7269 : f32[48,16] @ models/lib/nn.yaml:79:7
%7271 = assign %24, %7270 : f32[48,16] @ models/lib/nn.yaml:79:7
%7272 = assign %7241, %7248 : f32[48,16] @ models/lib/nn.yaml:79:7
%7273 = assign %7242, %7252 : f32[48,16] @ models/lib/nn.yaml:79:7
%7274 = assign %7243, %7244 : i64[] @ models/lib/nn.yaml:79:7
%7275 = mul %102, %6627 : f32[48,16] @ models/lib/nn.yaml:79:7
%7276 = mul %7270, %6629 : f32[48,16] @ models/lib/nn.yaml:79:7
%7277 = add %7275, %7276 : f32[48,16] @ models/lib/nn.yaml:79:7
%7278 = assign %102, %7277 : f32[48,16] @ models/lib/nn.yaml:79:7
%7279 = all_reduce_sum %5996 : f32[48] @ models/lib/nn.yaml:80:7
%7280 = mul %7279, %7279 : f32[48] @ models/lib/nn.yaml:80:7
%7281 = reduce_sum %7280 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7282 = sqrt %7281 : f32[] @ models/lib/nn.yaml:80:7
%7283 = cast %7282 : f64[] @ models/lib/nn.yaml:80:7
%7284 = add %7283, %6287 : f64[] @ models/lib/nn.yaml:80:7
%7285 = div %6289, %7284 : f64[] @ models/lib/nn.yaml:80:7
%7286 = lt %7285, %6291 : bool[] @ models/lib/nn.yaml:80:7
%7287 = cast %7285 : f32[] @ models/lib/nn.yaml:80:7
%7288 = broadcast %7287 : f32[48] @ models/lib/nn.yaml:80:7
%7289 = mul %7279, %7288 : f32[48] @ models/lib/nn.yaml:80:7
%7290 = broadcast %7286 : bool[48] @ models/lib/nn.yaml:80:7
%7291 = select %7290, %7289, %7279 : f32[48] @ models/lib/nn.yaml:80:7
%7292 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7293 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7294 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7295 = add %7294, %6301 : i64[] @ models/lib/nn.yaml:80:7
%7296 = mul %7291, %6650 : f32[48] @ models/lib/nn.yaml:80:7
%7297 = mul %7292, %6652 : f32[48] @ models/lib/nn.yaml:80:7
%7298 = add %7297, %7296 : f32[48] @ models/lib/nn.yaml:80:7
%7299 = mul %7291, %7291 : f32[48] @ models/lib/nn.yaml:80:7
%7300 = mul %7299, %6656 : f32[48] @ models/lib/nn.yaml:80:7
%7301 = mul %7293, %6658 : f32[48] @ models/lib/nn.yaml:80:7
%7302 = add %7301, %7300 : f32[48] @ models/lib/nn.yaml:80:7
%7303 = cast %7295 : f64[] @ models/lib/nn.yaml:80:7
%7304 = pow %6310, %7303 : f64[] @ models/lib/nn.yaml:80:7
%7305 = sub %6291, %7304 : f64[] @ models/lib/nn.yaml:80:7
%7306 = div %3879, %7305 : f64[] @ models/lib/nn.yaml:80:7
%7307 = pow %6318, %7303 : f64[] @ models/lib/nn.yaml:80:7
%7308 = sub %6291, %7307 : f64[] @ models/lib/nn.yaml:80:7
%7309 = sqrt %7308 : f64[] @ models/lib/nn.yaml:80:7
%7310 = div %6291, %7309 : f64[] @ models/lib/nn.yaml:80:7
%7311 = sqrt %7302 : f32[48] @ models/lib/nn.yaml:80:7
%7312 = cast %7310 : f32[] @ models/lib/nn.yaml:80:7
%7313 = broadcast %7312 : f32[48] @ models/lib/nn.yaml:80:7
%7314 = mul %7311, %7313 : f32[48] @ models/lib/nn.yaml:80:7
%7315 = add %7314, %6673 : f32[48] @ models/lib/nn.yaml:80:7
%7316 = div %7298, %7315 : f32[48] @ models/lib/nn.yaml:80:7
%7317 = cast %7306 : f32[] @ models/lib/nn.yaml:80:7
%7318 = broadcast %7317 : f32[48] @ models/lib/nn.yaml:80:7
%7319 = mul %7316, %7318 : f32[48] @ models/lib/nn.yaml:80:7
%7320 = sub %25, %7319 : f32[48] @ models/lib/nn.yaml:80:7
%7321 = assign %25, %7320 : f32[48] @ models/lib/nn.yaml:80:7
%7322 = assign %7292, %7298 : f32[48] @ models/lib/nn.yaml:80:7
%7323 = assign %7293, %7302 : f32[48] @ models/lib/nn.yaml:80:7
%7324 = assign %7294, %7295 : i64[] @ models/lib/nn.yaml:80:7
%7325 = mul %103, %6684 : f32[48] @ models/lib/nn.yaml:80:7
%7326 = mul %7320, %6686 : f32[48] @ models/lib/nn.yaml:80:7
%7327 = add %7325, %7326 : f32[48] @ models/lib/nn.yaml:80:7
%7328 = assign %103, %7327 : f32[48] @ models/lib/nn.yaml:80:7
%7329 = all_reduce_sum %5889 : f32[16,16] @ models/lib/nn.yaml:79:7
%7330 = reshape %7329 : f32[256] @ models/lib/nn.yaml:79:7
%7331 = mul %7330, %7330 : f32[256] @ models/lib/nn.yaml:79:7
%7332 = reduce_sum %7331 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7333 = sqrt %7332 : f32[] @ models/lib/nn.yaml:79:7
%7334 = cast %7333 : f64[] @ models/lib/nn.yaml:79:7
%7335 = add %7334, %6287 : f64[] @ models/lib/nn.yaml:79:7
%7336 = div %6289, %7335 : f64[] @ models/lib/nn.yaml:79:7
%7337 = lt %7336, %6291 : bool[] @ models/lib/nn.yaml:79:7
%7338 = cast %7336 : f32[] @ models/lib/nn.yaml:79:7
%7339 = broadcast %7338 : f32[16,16] @ models/lib/nn.yaml:79:7
%7340 = mul %7329, %7339 : f32[16,16] @ models/lib/nn.yaml:79:7
%7341 = broadcast %7337 : bool[16,16] @ models/lib/nn.yaml:79:7
%7342 = select %7341, %7340, %7329 : f32[16,16] @ models/lib/nn.yaml:79:7
%7343 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7344 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7345 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7346 = add %7345, %6301 : i64[] @ models/lib/nn.yaml:79:7
%7347 = mul %26, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7348 = mul %7342, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7349 = mul %7343, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7350 = add %7349, %7348 : f32[16,16] @ models/lib/nn.yaml:79:7
%7351 = mul %7342, %7342 : f32[16,16] @ models/lib/nn.yaml:79:7
%7352 = mul %7351, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%7353 = mul %7344, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7354 = add %7353, %7352 : f32[16,16] @ models/lib/nn.yaml:79:7
%7355 = cast %7346 : f64[] @ models/lib/nn.yaml:79:7
%7356 = pow %6310, %7355 : f64[] @ models/lib/nn.yaml:79:7
%7357 = sub %6291, %7356 : f64[] @ models/lib/nn.yaml:79:7
%7358 = div %3879, %7357 : f64[] @ models/lib/nn.yaml:79:7
%7359 = pow %6318, %7355 : f64[] @ models/lib/nn.yaml:79:7
%7360 = sub %6291, %7359 : f64[] @ models/lib/nn.yaml:79:7
%7361 = sqrt %7360 : f64[] @ models/lib/nn.yaml:79:7
%7362 = div %6291, %7361 : f64[] @ models/lib/nn.yaml:79:7
%7363 = sqrt %7354 : f32[16,16] @ models/lib/nn.yaml:79:7
%7364 = cast %7362 : f32[] @ models/lib/nn.yaml:79:7
%7365 = broadcast %7364 : f32[16,16] @ models/lib/nn.yaml:79:7
%7366 = mul %7363, %7365 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = add %7366, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%7368 = div %7350, %7367 : f32[16,16] @ models/lib/nn.yaml:79:7
%7369 = cast %7358 : f32[] @ models/lib/nn.yaml:79:7
%7370 = broadcast %7369 : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = mul %7368, %7370 : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = sub %7347, %7371 : f32[16,16] @ models/lib/nn.yaml:79:7
%7373 = assign %26, %7372 : f32[16,16] @ models/lib/nn.yaml:79:7
%7374 = assign %7343, %7350 : f32[16,16] @ models/lib/nn.yaml:79:7
%7375 = assign %7344, %7354 : f32[16,16] @ models/lib/nn.yaml:79:7
%7376 = assign %7345, %7346 : i64[] @ models/lib/nn.yaml:79:7
%7377 = mul %104, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%7378 = mul %7372, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7379 = add %7377, %7378 : f32[16,16] @ models/lib/nn.yaml:79:7
%7380 = assign %104, %7379 : f32[16,16] @ models/lib/nn.yaml:79:7
%7381 = all_reduce_sum %5881 : f32[16] @ models/lib/nn.yaml:80:7
%7382 = mul %7381, %7381 : f32[16] @ models/lib/nn.yaml:80:7
%7383 = reduce_sum %7382 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7384 = sqrt %7383 : f32[] @ models/lib/nn.yaml:80:7
%7385 = cast %7384 : f64[] @ models/lib/nn.yaml:80:7
%7386 = add %7385, %6287 : f64[] @ models/lib/nn.yaml:80:7
%7387 = div %6289, %7386 : f64[] @ models/lib/nn.yaml:80:7
%7388 = lt %7387, %6291 : bool[] @ models/lib/nn.yaml:80:7
%7389 = cast %7387 : f32[] @ models/lib/nn.yaml:80:7
%7390 = broadcast %7389 : f32[16] @ models/lib/nn.yaml:80:7
%7391 = mul %7381, %7390 : f32[16] @ models/lib/nn.yaml:80:7
%7392 = broadcast %7388 : bool[16] @ models/lib/nn.yaml:80:7
%7393 = select %7392, %7391, %7381 : f32[16] @ models/lib/nn.yaml:80:7
%7394 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7395 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7396 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7397 = add %7396, %6301 : i64[] @ models/lib/nn.yaml:80:7
%7398 = mul %7393, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7399 = mul %7394, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%7400 = add %7399, %7398 : f32[16] @ models/lib/nn.yaml:80:7
%7401 = mul %7393, %7393 : f32[16] @ models/lib/nn.yaml:80:7
%7402 = mul %7401, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%7403 = mul %7395, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%7404 = add %7403, %7402 : f32[16] @ models/lib/nn.yaml:80:7
%7405 = cast %7397 : f64[] @ models/lib/nn.yaml:80:7
%7406 = pow %6310, %7405 : f64[] @ models/lib/nn.yaml:80:7
%7407 = sub %6291, %7406 : f64[] @ models/lib/nn.yaml:80:7
%7408 = div %3879, %7407 : f64[] @ models/lib/nn.yaml:80:7
%7409 = pow %6318, %7405 : f64[] @ models/lib/nn.yaml:80:7
%7410 = sub %6291, %7409 : f64[] @ models/lib/nn.yaml:80:7
%7411 = sqrt %7410 : f64[] @ models/lib/nn.yaml:80:7
%7412 = div %6291, %7411 : f64[] @ models/lib/nn.yaml:80:7
%7413 = sqrt %7404 : f32[16] @ models/lib/nn.yaml:80:7
%7414 = cast %7412 : f32[] @ models/lib/nn.yaml:80:7
%7415 = broadcast %7414 : f32[16] @ models/lib/nn.yaml:80:7
%7416 = mul %7413, %7415 : f32[16] @ models/lib/nn.yaml:80:7
%7417 = add %7416, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = div %7400, %7417 : f32[16] @ models/lib/nn.yaml:80:7
%7419 = cast %7408 : f32[] @ models/lib/nn.yaml:80:7
%7420 = broadcast %7419 : f32[16] @ models/lib/nn.yaml:80:7
%7421 = mul %7418, %7420 : f32[16] @ models/lib/nn.yaml:80:7
%7422 = sub %27, %7421 : f32[16] @ models/lib/nn.yaml:80:7
%7423 = assign %27, %7422 : f32[16] @ models/lib/nn.yaml:80:7
%7424 = assign %7394, %7400 : f32[16] @ models/lib/nn.yaml:80:7
%7425 = assign %7395, %7404 : f32[16] @ models/lib/nn.yaml:80:7
%7426 = assign %7396, %7397 : i64[] @ models/lib/nn.yaml:80:7
%7427 = mul %105, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%7428 = mul %7422, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%7429 = add %7427, %7428 : f32[16] @ models/lib/nn.yaml:80:7
%7430 = assign %105, %7429 : f32[16] @ models/lib/nn.yaml:80:7
%7431 = all_reduce_sum %5855 : f32[16] @ models/lib/nn.yaml:89:7
%7432 = mul %7431, %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7433 = reduce_sum %7432 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7434 = sqrt %7433 : f32[] @ models/lib/nn.yaml:89:7
%7435 = cast %7434 : f64[] @ models/lib/nn.yaml:89:7
%7436 = add %7435, %6287 : f64[] @ models/lib/nn.yaml:89:7
%7437 = div %6289, %7436 : f64[] @ models/lib/nn.yaml:89:7
%7438 = lt %7437, %6291 : bool[] @ models/lib/nn.yaml:89:7
%7439 = cast %7437 : f32[] @ models/lib/nn.yaml:89:7
%7440 = broadcast %7439 : f32[16] @ models/lib/nn.yaml:89:7
%7441 = mul %7431, %7440 : f32[16] @ models/lib/nn.yaml:89:7
%7442 = broadcast %7438 : bool[16] @ models/lib/nn.yaml:89:7
%7443 = select %7442, %7441, %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7445 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7446 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7447 = add %7446, %6301 : i64[] @ models/lib/nn.yaml:89:7
%7448 = mul %7443, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7449 = mul %7444, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%7450 = add %7449, %7448 : f32[16] @ models/lib/nn.yaml:89:7
%7451 = mul %7443, %7443 : f32[16] @ models/lib/nn.yaml:89:7
%7452 = mul %7451, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%7453 = mul %7445, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%7454 = add %7453, %7452 : f32[16] @ models/lib/nn.yaml:89:7
%7455 = cast %7447 : f64[] @ models/lib/nn.yaml:89:7
%7456 = pow %6310, %7455 : f64[] @ models/lib/nn.yaml:89:7
%7457 = sub %6291, %7456 : f64[] @ models/lib/nn.yaml:89:7
%7458 = div %3879, %7457 : f64[] @ models/lib/nn.yaml:89:7
%7459 = pow %6318, %7455 : f64[] @ models/lib/nn.yaml:89:7
%7460 = sub %6291, %7459 : f64[] @ models/lib/nn.yaml:89:7
%7461 = sqrt %7460 : f64[] @ models/lib/nn.yaml:89:7
%7462 = div %6291, %7461 : f64[] @ models/lib/nn.yaml:89:7
%7463 = sqrt %7454 : f32[16] @ models/lib/nn.yaml:89:7
%7464 = cast %7462 : f32[] @ models/lib/nn.yaml:89:7
%7465 = broadcast %7464 : f32[16] @ models/lib/nn.yaml:89:7
%7466 = mul %7463, %7465 : f32[16] @ models/lib/nn.yaml:89:7
%7467 = add %7466, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = div %7450, %7467 : f32[16] @ models/lib/nn.yaml:89:7
%7469 = cast %7458 : f32[] @ models/lib/nn.yaml:89:7
%7470 = broadcast %7469 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = mul %7468, %7470 : f32[16] @ models/lib/nn.yaml:89:7
%7472 = sub %28, %7471 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = assign %28, %7472 : f32[16] @ models/lib/nn.yaml:89:7
%7474 = assign %7444, %7450 : f32[16] @ models/lib/nn.yaml:89:7
%7475 = assign %7445, %7454 : f32[16] @ models/lib/nn.yaml:89:7
%7476 = assign %7446, %7447 : i64[] @ models/lib/nn.yaml:89:7
%7477 = mul %106, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%7478 = mul %7472, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%7479 = add %7477, %7478 : f32[16] @ models/lib/nn.yaml:89:7
%7480 = assign %106, %7479 : f32[16] @ models/lib/nn.yaml:89:7
%7481 = all_reduce_sum %5848 : f32[16] @ models/lib/nn.yaml:90:7
%7482 = mul %7481, %7481 : f32[16] @ models/lib/nn.yaml:90:7
%7483 = reduce_sum %7482 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7484 = sqrt %7483 : f32[] @ models/lib/nn.yaml:90:7
%7485 = cast %7484 : f64[] @ models/lib/nn.yaml:90:7
%7486 = add %7485, %6287 : f64[] @ models/lib/nn.yaml:90:7
%7487 = div %6289, %7486 : f64[] @ models/lib/nn.yaml:90:7
%7488 = lt %7487, %6291 : bool[] @ models/lib/nn.yaml:90:7
%7489 = cast %7487 : f32[] @ models/lib/nn.yaml:90:7
%7490 = broadcast %7489 : f32[16] @ models/lib/nn.yaml:90:7
%7491 = mul %7481, %7490 : f32[16] @ models/lib/nn.yaml:90:7
%7492 = broadcast %7488 : bool[16] @ models/lib/nn.yaml:90:7
%7493 = select %7492, %7491, %7481 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7495 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7496 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7497 = add %7496, %6301 : i64[] @ models/lib/nn.yaml:90:7
%7498 = mul %7493, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%7499 = mul %7494, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%7500 = add %7499, %7498 : f32[16] @ models/lib/nn.yaml:90:7
%7501 = mul %7493, %7493 : f32[16] @ models/lib/nn.yaml:90:7
%7502 = mul %7501, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%7503 = mul %7495, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%7504 = add %7503, %7502 : f32[16] @ models/lib/nn.yaml:90:7
%7505 = cast %7497 : f64[] @ models/lib/nn.yaml:90:7
%7506 = pow %6310, %7505 : f64[] @ models/lib/nn.yaml:90:7
%7507 = sub %6291, %7506 : f64[] @ models/lib/nn.yaml:90:7
%7508 = div %3879, %7507 : f64[] @ models/lib/nn.yaml:90:7
%7509 = pow %6318, %7505 : f64[] @ models/lib/nn.yaml:90:7
%7510 = sub %6291, %7509 : f64[] @ models/lib/nn.yaml:90:7
%7511 = sqrt %7510 : f64[] @ models/lib/nn.yaml:90:7
%7512 = div %6291, %7511 : f64[] @ models/lib/nn.yaml:90:7
%7513 = sqrt %7504 : f32[16] @ models/lib/nn.yaml:90:7
%7514 = cast %7512 : f32[] @ models/lib/nn.yaml:90:7
%7515 = broadcast %7514 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = mul %7513, %7515 : f32[16] @ models/lib/nn.yaml:90:7
%7517 = add %7516, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = div %7500, %7517 : f32[16] @ models/lib/nn.yaml:90:7
%7519 = cast %7508 : f32[] @ models/lib/nn.yaml:90:7
%7520 = broadcast %7519 : f32[16] @ models/lib/nn.yaml:90:7
%7521 = mul %7518, %7520 : f32[16] @ models/lib/nn.yaml:90:7
%7522 = sub %29, %7521 : f32[16] @ models/lib/nn.yaml:90:7
%7523 = assign %29, %7522 : f32[16] @ models/lib/nn.yaml:90:7
%7524 = assign %7494, %7500 : f32[16] @ models/lib/nn.yaml:90:7
%7525 = assign %7495, %7504 : f32[16] @ models/lib/nn.yaml:90:7
%7526 = assign %7496, %7497 : i64[] @ models/lib/nn.yaml:90:7
%7527 = mul %107, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%7528 = mul %7522, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%7529 = add %7527, %7528 : f32[16] @ models/lib/nn.yaml:90:7
%7530 = assign %107, %7529 : f32[16] @ models/lib/nn.yaml:90:7
%7531 = all_reduce_sum %5842 : f32[64,16] @ models/lib/nn.yaml:79:7
%7532 = reshape %7531 : f32[1024] @ models/lib/nn.yaml:79:7
%7533 = mul %7532, %7532 : f32[1024] @ models/lib/nn.yaml:79:7
%7534 = reduce_sum %7533 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7535 = sqrt %7534 : f32[] @ models/lib/nn.yaml:79:7
%7536 = cast %7535 : f64[] @ models/lib/nn.yaml:79:7
%7537 = add %7536, %6287 : f64[] @ models/lib/nn.yaml:79:7
%7538 = div %6289, %7537 : f64[] @ models/lib/nn.yaml:79:7
%7539 = lt %7538, %6291 : bool[] @ models/lib/nn.yaml:79:7
%7540 = cast %7538 : f32[] @ models/lib/nn.yaml:79:7
%7541 = broadcast %7540 : f32[64,16] @ models/lib/nn.yaml:79:7
%7542 = mul %7531, %7541 : f32[64,16] @ models/lib/nn.yaml:79:7
%7543 = broadcast %7539 : bool[64,16] @ models/lib/nn.yaml:79:7
%7544 = select %7543, %7542, %7531 : f32[64,16] @ models/lib/nn.yaml:79:7
%7545 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7546 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7547 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7548 = add %7547, %6301 : i64[] @ models/lib/nn.yaml:79:7
%7549 = mul %30, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%7550 = mul %7544, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%7551 = mul %7545, %6922 : f32[64,16] @ models/lib/nn.yaml:79:7
%7552 = add %7551, %7550 : f32[64,16] @ models/lib/nn.yaml:79:7
%7553 = mul %7544, %7544 : f32[64,16] @ models/lib/nn.yaml:79:7
%7554 = mul %7553, %6926 : f32[64,16] @ models/lib/nn.yaml:79:7
%7555 = mul %7546, %6928 : f32[64,16] @ models/lib/nn.yaml:79:7
%7556 = add %7555, %7554 : f32[64,16] @ models/lib/nn.yaml:79:7
%7557 = cast %7548 : f64[] @ models/lib/nn.yaml:79:7
%7558 = pow %6310, %7557 : f64[] @ models/lib/nn.yaml:79:7
%7559 = sub %6291, %7558 : f64[] @ models/lib/nn.yaml:79:7
%7560 = div %3879, %7559 : f64[] @ models/lib/nn.yaml:79:7
%7561 = pow %6318, %7557 : f64[] @ models/lib/nn.yaml:79:7
%7562 = sub %6291, %7561 : f64[] @ models/lib/nn.yaml:79:7
%7563 = sqrt %7562 : f64[] @ models/lib/nn.yaml:79:7
%7564 = div %6291, %7563 : f64[] @ models/lib/nn.yaml:79:7
%7565 = sqrt %7556 : f32[64,16] @ models/lib/nn.yaml:79:7
%7566 = cast %7564 : f32[] @ models/lib/nn.yaml:79:7
%7567 = broadcast %7566 : f32[64,16] @ models/lib/nn.yaml:79:7
%7568 = mul %7565, %7567 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = add %7568, %6943 : f32[64,16] @ models/lib/nn.yaml:79:7
%7570 = div %7552, %7569 : f32[64,16] @ models/lib/nn.yaml:79:7
%7571 = cast %7560 : f32[] @ models/lib/nn.yaml:79:7
%7572 = broadcast %7571 : f32[64,16] @ models/lib/nn.yaml:79:7
%7573 = mul %7570, %7572 : f32[64,16] @ models/lib/nn.yaml:79:7
%7574 = sub %7549, %7573 : f32[64,16] @ models/lib/nn.yaml:79:7
%7575 = assign %30, %7574 : f32[64,16] @ models/lib/nn.yaml:79:7
%7576 = assign %7545, %7552 : f32[64,16] @ models/lib/nn.yaml:79:7
%7577 = assign %7546, %7556 : f32[64,16] @ models/lib/nn.yaml:79:7
%7578 = assign %7547, %7548 : i64[] @ models/lib/nn.yaml:79:7
%7579 = mul %108, %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%7580 = mul %7574, %6956 : f32[64,16] @ models/lib/nn.yaml:79:7
%7581 = add %7579, %7580 : f32[64,16] @ models/lib/nn.yaml:79:7
%7582 = assign %108, %7581 : f32[64,16] @ models/lib/nn.yaml:79:7
%7583 = all_reduce_sum %5834 : f32[64] @ models/lib/nn.yaml:80:7
%7584 = mul %7583, %7583 : f32[64] @ models/lib/nn.yaml:80:7
%7585 = reduce_sum %7584 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7586 = sqrt %7585 : f32[] @ models/lib/nn.yaml:80:7
%7587 = cast %7586 : f64[] @ models/lib/nn.yaml:80:7
%7588 = add %7587, %6287 : f64[] @ models/lib/nn.yaml:80:7
%7589 = div %6289, %7588 : f64[] @ models/lib/nn.yaml:80:7
%7590 = lt %7589, %6291 : bool[] @ models/lib/nn.yaml:80:7
%7591 = cast %7589 : f32[] @ models/lib/nn.yaml:80:7
%7592 = broadcast %7591 : f32[64] @ models/lib/nn.yaml:80:7
%7593 = mul %7583, %7592 : f32[64] @ models/lib/nn.yaml:80:7
%7594 = broadcast %7590 : bool[64] @ models/lib/nn.yaml:80:7
%7595 = select %7594, %7593, %7583 : f32[64] @ models/lib/nn.yaml:80:7
%7596 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7597 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7598 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7599 = add %7598, %6301 : i64[] @ models/lib/nn.yaml:80:7
%7600 = mul %7595, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%7601 = mul %7596, %6979 : f32[64] @ models/lib/nn.yaml:80:7
%7602 = add %7601, %7600 : f32[64] @ models/lib/nn.yaml:80:7
%7603 = mul %7595, %7595 : f32[64] @ models/lib/nn.yaml:80:7
%7604 = mul %7603, %6983 : f32[64] @ models/lib/nn.yaml:80:7
%7605 = mul %7597, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%7606 = add %7605, %7604 : f32[64] @ models/lib/nn.yaml:80:7
%7607 = cast %7599 : f64[] @ models/lib/nn.yaml:80:7
%7608 = pow %6310, %7607 : f64[] @ models/lib/nn.yaml:80:7
%7609 = sub %6291, %7608 : f64[] @ models/lib/nn.yaml:80:7
%7610 = div %3879, %7609 : f64[] @ models/lib/nn.yaml:80:7
%7611 = pow %6318, %7607 : f64[] @ models/lib/nn.yaml:80:7
%7612 = sub %6291, %7611 : f64[] @ models/lib/nn.yaml:80:7
%7613 = sqrt %7612 : f64[] @ models/lib/nn.yaml:80:7
%7614 = div %6291, %7613 : f64[] @ models/lib/nn.yaml:80:7
%7615 = sqrt %7606 : f32[64] @ models/lib/nn.yaml:80:7
%7616 = cast %7614 : f32[] @ models/lib/nn.yaml:80:7
%7617 = broadcast %7616 : f32[64] @ models/lib/nn.yaml:80:7
%7618 = mul %7615, %7617 : f32[64] @ models/lib/nn.yaml:80:7
%7619 = add %7618, %7000 : f32[64] @ models/lib/nn.yaml:80:7
%7620 = div %7602, %7619 : f32[64] @ models/lib/nn.yaml:80:7
%7621 = cast %7610 : f32[] @ models/lib/nn.yaml:80:7
%7622 = broadcast %7621 : f32[64] @ models/lib/nn.yaml:80:7
%7623 = mul %7620, %7622 : f32[64] @ models/lib/nn.yaml:80:7
%7624 = sub %31, %7623 : f32[64] @ models/lib/nn.yaml:80:7
%7625 = assign %31, %7624 : f32[64] @ models/lib/nn.yaml:80:7
%7626 = assign %7596, %7602 : f32[64] @ models/lib/nn.yaml:80:7
%7627 = assign %7597, %7606 : f32[64] @ models/lib/nn.yaml:80:7
%7628 = assign %7598, %7599 : i64[] @ models/lib/nn.yaml:80:7
%7629 = mul %109, %7011 : f32[64] @ models/lib/nn.yaml:80:7
%7630 = mul %7624, %7013 : f32[64] @ models/lib/nn.yaml:80:7
%7631 = add %7629, %7630 : f32[64] @ models/lib/nn.yaml:80:7
%7632 = assign %109, %7631 : f32[64] @ models/lib/nn.yaml:80:7
%7633 = all_reduce_sum %5813 : f32[16,64] @ models/lib/nn.yaml:79:7
%7634 = reshape %7633 : f32[1024] @ models/lib/nn.yaml:79:7
%7635 = mul %7634, %7634 : f32[1024] @ models/lib/nn.yaml:79:7
%7636 = reduce_sum %7635 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7637 = sqrt %7636 : f32[] @ models/lib/nn.yaml:79:7
%7638 = cast %7637 : f64[] @ models/lib/nn.yaml:79:7
%7639 = add %7638, %6287 : f64[] @ models/lib/nn.yaml:79:7
%7640 = div %6289, %7639 : f64[] @ models/lib/nn.yaml:79:7
%7641 = lt %7640, %6291 : bool[] @ models/lib/nn.yaml:79:7
%7642 = cast %7640 : f32[] @ models/lib/nn.yaml:79:7
%7643 = broadcast %7642 : f32[16,64] @ models/lib/nn.yaml:79:7
%7644 = mul %7633, %7643 : f32[16,64] @ models/lib/nn.yaml:79:7
%7645 = broadcast %7641 : bool[16,64] @ models/lib/nn.yaml:79:7
%7646 = select %7645, %7644, %7633 : f32[16,64] @ models/lib/nn.yaml:79:7
%7647 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7648 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7649 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7650 = add %7649, %6301 : i64[] @ models/lib/nn.yaml:79:7
%7651 = mul %32, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%7652 = mul %7646, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%7653 = mul %7647, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7654 = add %7653, %7652 : f32[16,64] @ models/lib/nn.yaml:79:7
%7655 = mul %7646, %7646 : f32[16,64] @ models/lib/nn.yaml:79:7
%7656 = mul %7655, %7043 : f32[16,64] @ models/lib/nn.yaml:79:7
%7657 = mul %7648, %7045 : f32[16,64] @ models/lib/nn.yaml:79:7
%7658 = add %7657, %7656 : f32[16,64] @ models/lib/nn.yaml:79:7
%7659 = cast %7650 : f64[] @ models/lib/nn.yaml:79:7
%7660 = pow %6310, %7659 : f64[] @ models/lib/nn.yaml:79:7
%7661 = sub %6291, %7660 : f64[] @ models/lib/nn.yaml:79:7
%7662 = div %3879, %7661 : f64[] @ models/lib/nn.yaml:79:7
%7663 = pow %6318, %7659 : f64[] @ models/lib/nn.yaml:79:7
%7664 = sub %6291, %7663 : f64[] @ models/lib/nn.yaml:79:7
%7665 = sqrt %7664 : f64[] @ models/lib/nn.yaml:79:7
%7666 = div %6291, %7665 : f64[] @ models/lib/nn.yaml:79:7
%7667 = sqrt %7658 : f32[16,64] @ models/lib/nn.yaml:79:7
%7668 = cast %7666 : f32[] @ models/lib/nn.yaml:79:7
%7669 = broadcast %7668 : f32[16,64] @ models/lib/nn.yaml:79:7
%7670 = mul %7667, %7669 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = add %7670, %7060 : f32[16,64] @ models/lib/nn.yaml:79:7
%7672 = div %7654, %7671 : f32[16,64] @ models/lib/nn.yaml:79:7
%7673 = cast %7662 : f32[] @ models/lib/nn.yaml:79:7
%7674 = broadcast %7673 : f32[16,64] @ models/lib/nn.yaml:79:7
%7675 = mul %7672, %7674 : f32[16,64] @ models/lib/nn.yaml:79:7
%7676 = sub %7651, %7675 : f32[16,64] @ models/lib/nn.yaml:79:7
%7677 = assign %32, %7676 : f32[16,64] @ models/lib/nn.yaml:79:7
%7678 = assign %7647, %7654 : f32[16,64] @ models/lib/nn.yaml:79:7
%7679 = assign %7648, %7658 : f32[16,64] @ models/lib/nn.yaml:79:7
%7680 = assign %7649, %7650 : i64[] @ models/lib/nn.yaml:79:7
%7681 = mul %110, %7071 : f32[16,64] @ models/lib/nn.yaml:79:7
%7682 = mul %7676, %7073 : f32[16,64] @ models/lib/nn.yaml:79:7
%7683 = add %7681, %7682 : f32[16,64] @ models/lib/nn.yaml:79:7
%7684 = assign %110, %7683 : f32[16,64] @ models/lib/nn.yaml:79:7
%7685 = all_reduce_sum %5805 : f32[16] @ models/lib/nn.yaml:80:7
%7686 = mul %7685, %7685 : f32[16] @ models/lib/nn.yaml:80:7
%7687 = reduce_sum %7686 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7688 = sqrt %7687 : f32[] @ models/lib/nn.yaml:80:7
%7689 = cast %7688 : f64[] @ models/lib/nn.yaml:80:7
%7690 = add %7689, %6287 : f64[] @ models/lib/nn.yaml:80:7
%7691 = div %6289, %7690 : f64[] @ models/lib/nn.yaml:80:7
%7692 = lt %7691, %6291 : bool[] @ models/lib/nn.yaml:80:7
%7693 = cast %7691 : f32[] @ models/lib/nn.yaml:80:7
%7694 = broadcast %7693 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = mul %7685, %7694 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = broadcast %7692 : bool[16] @ models/lib/nn.yaml:80:7
%7697 = select %7696, %7695, %7685 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7699 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7700 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7701 = add %7700, %6301 : i64[] @ models/lib/nn.yaml:80:7
%7702 = mul %7697, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7703 = mul %7698, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%7704 = add %7703, %7702 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = mul %7697, %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7706 = mul %7705, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%7707 = mul %7699, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%7708 = add %7707, %7706 : f32[16] @ models/lib/nn.yaml:80:7
%7709 = cast %7701 : f64[] @ models/lib/nn.yaml:80:7
%7710 = pow %6310, %7709 : f64[] @ models/lib/nn.yaml:80:7
%7711 = sub %6291, %7710 : f64[] @ models/lib/nn.yaml:80:7
%7712 = div %3879, %7711 : f64[] @ models/lib/nn.yaml:80:7
%7713 = pow %6318, %7709 : f64[] @ models/lib/nn.yaml:80:7
%7714 = sub %6291, %7713 : f64[] @ models/lib/nn.yaml:80:7
%7715 = sqrt %7714 : f64[] @ models/lib/nn.yaml:80:7
%7716 = div %6291, %7715 : f64[] @ models/lib/nn.yaml:80:7
%7717 = sqrt %7708 : f32[16] @ models/lib/nn.yaml:80:7
%7718 = cast %7716 : f32[] @ models/lib/nn.yaml:80:7
%7719 = broadcast %7718 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = mul %7717, %7719 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = add %7720, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = div %7704, %7721 : f32[16] @ models/lib/nn.yaml:80:7
%7723 = cast %7712 : f32[] @ models/lib/nn.yaml:80:7
%7724 = broadcast %7723 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = mul %7722, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7726 = sub %33, %7725 : f32[16] @ models/lib/nn.yaml:80:7
%7727 = assign %33, %7726 : f32[16] @ models/lib/nn.yaml:80:7
%7728 = assign %7698, %7704 : f32[16] @ models/lib/nn.yaml:80:7
%7729 = assign %7699, %7708 : f32[16] @ models/lib/nn.yaml:80:7
%7730 = assign %7700, %7701 : i64[] @ models/lib/nn.yaml:80:7
%7731 = mul %111, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%7732 = mul %7726, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%7733 = add %7731, %7732 : f32[16] @ models/lib/nn.yaml:80:7
%7734 = assign %111, %7733 : f32[16] @ models/lib/nn.yaml:80:7
%7735 = all_reduce_sum %5798 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7736 = reshape %7735 : f32[16] @ models/lib/vit.yaml:103:7
%7737 = mul %7736, %7736 : f32[16] @ models/lib/vit.yaml:103:7
%7738 = reduce_sum %7737 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7739 = sqrt %7738 : f32[] @ models/lib/vit.yaml:103:7
%7740 = cast %7739 : f64[] @ models/lib/vit.yaml:103:7
%7741 = add %7740, %6287 : f64[] @ models/lib/vit.yaml:103:7
%7742 = div %6289, %7741 : f64[] @ models/lib/vit.yaml:103:7
%7743 = lt %7742, %6291 : bool[] @ models/lib/vit.yaml:103:7
%7744 = cast %7742 : f32[] @ models/lib/vit.yaml:103:7
%7745 = broadcast %7744 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7746 = mul %7735, %7745 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7747 = broadcast %7743 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7748 = select %7747, %7746, %7735 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7749 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7750 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7751 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7752 = add %7751, %6301 : i64[] @ models/lib/vit.yaml:103:7
%7753 = broadcast %6305 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7754 = mul %34, %7753 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7755 = broadcast %3608 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7756 = mul %7748, %7755 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7757 = broadcast %2464 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7758 = mul %7749, %7757 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7759 = add %7758, %7756 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7760 = mul %7748, %7748 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7761 = broadcast %6315 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7762 = mul %7760, %7761 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7763 = broadcast %6319 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7764 = mul %7750, %7763 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7765 = add %7764, %7762 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7766 = cast %7752 : f64[] @ models/lib/vit.yaml:103:7
%7767 = pow %6310, %7766 : f64[] @ models/lib/vit.yaml:103:7
%7768 = sub %6291, %7767 : f64[] @ models/lib/vit.yaml:103:7
%7769 = div %3879, %7768 : f64[] @ models/lib/vit.yaml:103:7
%7770 = pow %6318, %7766 : f64[] @ models/lib/vit.yaml:103:7
%7771 = sub %6291, %7770 : f64[] @ models/lib/vit.yaml:103:7
%7772 = sqrt %7771 : f64[] @ models/lib/vit.yaml:103:7
%7773 = div %6291, %7772 : f64[] @ models/lib/vit.yaml:103:7
%7774 = sqrt %7765 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7775 = cast %7773 : f32[] @ models/lib/vit.yaml:103:7
%7776 = broadcast %7775 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7777 = mul %7774, %7776 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7778 = broadcast %6335 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7779 = add %7777, %7778 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7780 = div %7759, %7779 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7781 = cast %7769 : f32[] @ models/lib/vit.yaml:103:7
%7782 = broadcast %7781 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7783 = mul %7780, %7782 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7784 = sub %7754, %7783 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7785 = assign %34, %7784 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7786 = assign %7749, %7759 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7787 = assign %7750, %7765 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7788 = assign %7751, %7752 : i64[] @ models/lib/vit.yaml:103:7
%7789 = broadcast %6347 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7790 = mul %112, %7789 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7791 = broadcast %6351 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7792 = mul %7784, %7791 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7793 = add %7790, %7792 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7794 = assign %112, %7793 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7795 = all_reduce_sum %5775 : f32[16] @ models/lib/nn.yaml:89:7
%7796 = mul %7795, %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = reduce_sum %7796 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7798 = sqrt %7797 : f32[] @ models/lib/nn.yaml:89:7
%7799 = cast %7798 : f64[] @ models/lib/nn.yaml:89:7
%7800 = add %7799, %6287 : f64[] @ models/lib/nn.yaml:89:7
%7801 = div %6289, %7800 : f64[] @ models/lib/nn.yaml:89:7
%7802 = lt %7801, %6291 : bool[] @ models/lib/nn.yaml:89:7
%7803 = cast %7801 : f32[] @ models/lib/nn.yaml:89:7
%7804 = broadcast %7803 : f32[16] @ models/lib/nn.yaml:89:7
%7805 = mul %7795, %7804 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = broadcast %7802 : bool[16] @ models/lib/nn.yaml:89:7
%7807 = select %7806, %7805, %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7808 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7809 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7810 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7811 = add %7810, %6301 : i64[] @ models/lib/nn.yaml:89:7
%7812 = mul %7807, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7813 = mul %7808, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%7814 = add %7813, %7812 : f32[16] @ models/lib/nn.yaml:89:7
%7815 = mul %7807, %7807 : f32[16] @ models/lib/nn.yaml:89:7
%7816 = mul %7815, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%7817 = mul %7809, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%7818 = add %7817, %7816 : f32[16] @ models/lib/nn.yaml:89:7
%7819 = cast %7811 : f64[] @ models/lib/nn.yaml:89:7
%7820 = pow %6310, %7819 : f64[] @ models/lib/nn.yaml:89:7
%7821 = sub %6291, %7820 : f64[] @ models/lib/nn.yaml:89:7
%7822 = div %3879, %7821 : f64[] @ models/lib/nn.yaml:89:7
%7823 = pow %6318, %7819 : f64[] @ models/lib/nn.yaml:89:7
%7824 = sub %6291, %7823 : f64[] @ models/lib/nn.yaml:89:7
%7825 = sqrt %7824 : f64[] @ models/lib/nn.yaml:89:7
%7826 = div %6291, %7825 : f64[] @ models/lib/nn.yaml:89:7
%7827 = sqrt %7818 : f32[16] @ models/lib/nn.yaml:89:7
%7828 = cast %7826 : f32[] @ models/lib/nn.yaml:89:7
%7829 = broadcast %7828 : f32[16] @ models/lib/nn.yaml:89:7
%7830 = mul %7827, %7829 : f32[16] @ models/lib/nn.yaml:89:7
%7831 = add %7830, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%7832 = div %7814, %7831 : f32[16] @ models/lib/nn.yaml:89:7
%7833 = cast %7822 : f32[] @ models/lib/nn.yaml:89:7
%7834 = broadcast %7833 : f32[16] @ models/lib/nn.yaml:89:7
%7835 = mul %7832, %7834 : f32[16] @ models/lib/nn.yaml:89:7
%7836 = sub %35, %7835 : f32[16] @ models/lib/nn.yaml:89:7
%7837 = assign %35, %7836 : f32[16] @ models/lib/nn.yaml:89:7
%7838 = assign %7808, %7814 : f32[16] @ models/lib/nn.yaml:89:7
%7839 = assign %7809, %7818 : f32[16] @ models/lib/nn.yaml:89:7
%7840 = assign %7810, %7811 : i64[] @ models/lib/nn.yaml:89:7
%7841 = mul %113, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%7842 = mul %7836, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%7843 = add %7841, %7842 : f32[16] @ models/lib/nn.yaml:89:7
%7844 = assign %113, %7843 : f32[16] @ models/lib/nn.yaml:89:7
%7845 = all_reduce_sum %5768 : f32[16] @ models/lib/nn.yaml:90:7
%7846 = mul %7845, %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = reduce_sum %7846 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7848 = sqrt %7847 : f32[] @ models/lib/nn.yaml:90:7
%7849 = cast %7848 : f64[] @ models/lib/nn.yaml:90:7
%7850 = add %7849, %6287 : f64[] @ models/lib/nn.yaml:90:7
%7851 = div %6289, %7850 : f64[] @ models/lib/nn.yaml:90:7
%7852 = lt %7851, %6291 : bool[] @ models/lib/nn.yaml:90:7
%7853 = cast %7851 : f32[] @ models/lib/nn.yaml:90:7
%7854 = broadcast %7853 : f32[16] @ models/lib/nn.yaml:90:7
%7855 = mul %7845, %7854 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = broadcast %7852 : bool[16] @ models/lib/nn.yaml:90:7
%7857 = select %7856, %7855, %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7859 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7860 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7861 = add %7860, %6301 : i64[] @ models/lib/nn.yaml:90:7
%7862 = mul %7857, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%7863 = mul %7858, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%7864 = add %7863, %7862 : f32[16] @ models/lib/nn.yaml:90:7
%7865 = mul %7857, %7857 : f32[16] @ models/lib/nn.yaml:90:7
%7866 = mul %7865, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%7867 = mul %7859, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%7868 = add %7867, %7866 : f32[16] @ models/lib/nn.yaml:90:7
%7869 = cast %7861 : f64[] @ models/lib/nn.yaml:90:7
%7870 = pow %6310, %7869 : f64[] @ models/lib/nn.yaml:90:7
%7871 = sub %6291, %7870 : f64[] @ models/lib/nn.yaml:90:7
%7872 = div %3879, %7871 : f64[] @ models/lib/nn.yaml:90:7
%7873 = pow %6318, %7869 : f64[] @ models/lib/nn.yaml:90:7
%7874 = sub %6291, %7873 : f64[] @ models/lib/nn.yaml:90:7
%7875 = sqrt %7874 : f64[] @ models/lib/nn.yaml:90:7
%7876 = div %6291, %7875 : f64[] @ models/lib/nn.yaml:90:7
%7877 = sqrt %7868 : f32[16] @ models/lib/nn.yaml:90:7
%7878 = cast %7876 : f32[] @ models/lib/nn.yaml:90:7
%7879 = broadcast %7878 : f32[16] @ models/lib/nn.yaml:90:7
%7880 = mul %7877, %7879 : f32[16] @ models/lib/nn.yaml:90:7
%7881 = add %7880, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%7882 = div %7864, %7881 : f32[16] @ models/lib/nn.yaml:90:7
%7883 = cast %7872 : f32[] @ models/lib/nn.yaml:90:7
%7884 = broadcast %7883 : f32[16] @ models/lib/nn.yaml:90:7
%7885 = mul %7882, %7884 : f32[16] @ models/lib/nn.yaml:90:7
%7886 = sub %36, %7885 : f32[16] @ models/lib/nn.yaml:90:7
%7887 = assign %36, %7886 : f32[16] @ models/lib/nn.yaml:90:7
%7888 = assign %7858, %7864 : f32[16] @ models/lib/nn.yaml:90:7
%7889 = assign %7859, %7868 : f32[16] @ models/lib/nn.yaml:90:7
%7890 = assign %7860, %7861 : i64[] @ models/lib/nn.yaml:90:7
%7891 = mul %114, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%7892 = mul %7886, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%7893 = add %7891, %7892 : f32[16] @ models/lib/nn.yaml:90:7
%7894 = assign %114, %7893 : f32[16] @ models/lib/nn.yaml:90:7
%7895 = all_reduce_sum %5760 : f32[16,16] @ models/lib/nn.yaml:79:7
%7896 = reshape %7895 : f32[256] @ models/lib/nn.yaml:79:7
%7897 = mul %7896, %7896 : f32[256] @ models/lib/nn.yaml:79:7
%7898 = reduce_sum %7897 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7899 = sqrt %7898 : f32[] @ models/lib/nn.yaml:79:7
%7900 = cast %7899 : f64[] @ models/lib/nn.yaml:79:7
%7901 = add %7900, %6287 : f64[] @ models/lib/nn.yaml:79:7
%7902 = div %6289, %7901 : f64[] @ models/lib/nn.yaml:79:7
%7903 = lt %7902, %6291 : bool[] @ models/lib/nn.yaml:79:7
%7904 = cast %7902 : f32[] @ models/lib/nn.yaml:79:7
%7905 = broadcast %7904 : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = mul %7895, %7905 : f32[16,16] @ models/lib/nn.yaml:79:7
%7907 = broadcast %7903 : bool[16,16] @ models/lib/nn.yaml:79:7
%7908 = select %7907, %7906, %7895 : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7912 = add %7911, %6301 : i64[] @ models/lib/nn.yaml:79:7
%7913 = mul %37, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7914 = mul %7908, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7915 = mul %7909, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%7916 = add %7915, %7914 : f32[16,16] @ models/lib/nn.yaml:79:7
%7917 = mul %7908, %7908 : f32[16,16] @ models/lib/nn.yaml:79:7
%7918 = mul %7917, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%7919 = mul %7910, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%7920 = add %7919, %7918 : f32[16,16] @ models/lib/nn.yaml:79:7
%7921 = cast %7912 : f64[] @ models/lib/nn.yaml:79:7
%7922 = pow %6310, %7921 : f64[] @ models/lib/nn.yaml:79:7
%7923 = sub %6291, %7922 : f64[] @ models/lib/nn.yaml:79:7
%7924 = div %3879, %7923 : f64[] @ models/lib/nn.yaml:79:7
%7925 = pow %6318, %7921 : f64[] @ models/lib/nn.yaml:79:7
%7926 = sub %6291, %7925 : f64[] @ models/lib/nn.yaml:79:7
%7927 = sqrt %7926 : f64[] @ models/lib/nn.yaml:79:7
%7928 = div %6291, %7927 : f64[] @ models/lib/nn.yaml:79:7
%7929 = sqrt %7920 : f32[16,16] @ models/lib/nn.yaml:79:7
%7930 = cast %7928 : f32[] @ models/lib/nn.yaml:79:7
%7931 = broadcast %7930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = mul %7929, %7931 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = add %7932, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%7934 = div %7916, %7933 : f32[16,16] @ models/lib/nn.yaml:79:7
%7935 = cast %7924 : f32[] @ models/lib/nn.yaml:79:7
%7936 = broadcast %7935 : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = mul %7934, %7936 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = sub %7913, %7937 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = assign %37, %7938 : f32[16,16] @ models/lib/nn.yaml:79:7
%7940 = assign %7909, %7916 : f32[16,16] @ models/lib/nn.yaml:79:7
%7941 = assign %7910, %7920 : f32[16,16] @ models/lib/nn.yaml:79:7
%7942 = assign %7911, %7912 : i64[] @ models/lib/nn.yaml:79:7
%7943 = mul %115, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%7944 = mul %7938, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%7945 = add %7943, %7944 : f32[16,16] @ models/lib/nn.yaml:79:7
%7946 = assign %115, %7945 : f32[16,16] @ models/lib/nn.yaml:79:7
%7947 = all_reduce_sum %5751 : f32[16] @ models/lib/nn.yaml:80:7
%7948 = mul %7947, %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = reduce_sum %7948 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7950 = sqrt %7949 : f32[] @ models/lib/nn.yaml:80:7
%7951 = cast %7950 : f64[] @ models/lib/nn.yaml:80:7
%7952 = add %7951, %6287 : f64[] @ models/lib/nn.yaml:80:7
%7953 = div %6289, %7952 : f64[] @ models/lib/nn.yaml:80:7
%7954 = lt %7953, %6291 : bool[] @ models/lib/nn.yaml:80:7
%7955 = cast %7953 : f32[] @ models/lib/nn.yaml:80:7
%7956 = broadcast %7955 : f32[16] @ models/lib/nn.yaml:80:7
%7957 = mul %7947, %7956 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = broadcast %7954 : bool[16] @ models/lib/nn.yaml:80:7
%7959 = select %7958, %7957, %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7961 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7962 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7963 = add %7962, %6301 : i64[] @ models/lib/nn.yaml:80:7
%7964 = mul %7959, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7965 = mul %7960, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%7966 = add %7965, %7964 : f32[16] @ models/lib/nn.yaml:80:7
%7967 = mul %7959, %7959 : f32[16] @ models/lib/nn.yaml:80:7
%7968 = mul %7967, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%7969 = mul %7961, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%7970 = add %7969, %7968 : f32[16] @ models/lib/nn.yaml:80:7
%7971 = cast %7963 : f64[] @ models/lib/nn.yaml:80:7
%7972 = pow %6310, %7971 : f64[] @ models/lib/nn.yaml:80:7
%7973 = sub %6291, %7972 : f64[] @ models/lib/nn.yaml:80:7
%7974 = div %3879, %7973 : f64[] @ models/lib/nn.yaml:80:7
%7975 = pow %6318, %7971 : f64[] @ models/lib/nn.yaml:80:7
%7976 = sub %6291, %7975 : f64[] @ models/lib/nn.yaml:80:7
%7977 = sqrt %7976 : f64[] @ models/lib/nn.yaml:80:7
%7978 = div %6291, %7977 : f64[] @ models/lib/nn.yaml:80:7
%7979 = sqrt %7970 : f32[16] @ models/lib/nn.yaml:80:7
%7980 = cast %7978 : f32[] @ models/lib/nn.yaml:80:7
%7981 = broadcast %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = mul %7979, %7981 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = add %7982, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%7984 = div %7966, %7983 : f32[16] @ models/lib/nn.yaml:80:7
%7985 = cast %7974 : f32[] @ models/lib/nn.yaml:80:7
%7986 = broadcast %7985 : f32[16] @ models/lib/nn.yaml:80:7
%7987 = mul %7984, %7986 : f32[16] @ models/lib/nn.yaml:80:7
%7988 = sub %38, %7987 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = assign %38, %7988 : f32[16] @ models/lib/nn.yaml:80:7
%7990 = assign %7960, %7966 : f32[16] @ models/lib/nn.yaml:80:7
%7991 = assign %7961, %7970 : f32[16] @ models/lib/nn.yaml:80:7
%7992 = assign %7962, %7963 : i64[] @ models/lib/nn.yaml:80:7
%7993 = mul %116, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%7994 = mul %7988, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%7995 = add %7993, %7994 : f32[16] @ models/lib/nn.yaml:80:7
%7996 = assign %116, %7995 : f32[16] @ models/lib/nn.yaml:80:7
%7997 = all_reduce_sum %5745 : f32[16,16] @ models/lib/nn.yaml:79:7
%7998 = reshape %7997 : f32[256] @ models/lib/nn.yaml:79:7
%7999 = mul %7998, %7998 : f32[256] @ models/lib/nn.yaml:79:7
%8000 = reduce_sum %7999 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8001 = sqrt %8000 : f32[] @ models/lib/nn.yaml:79:7
%8002 = cast %8001 : f64[] @ models/lib/nn.yaml:79:7
%8003 = add %8002, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8004 = div %6289, %8003 : f64[] @ models/lib/nn.yaml:79:7
%8005 = lt %8004, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8006 = cast %8004 : f32[] @ models/lib/nn.yaml:79:7
%8007 = broadcast %8006 : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = mul %7997, %8007 : f32[16,16] @ models/lib/nn.yaml:79:7
%8009 = broadcast %8005 : bool[16,16] @ models/lib/nn.yaml:79:7
%8010 = select %8009, %8008, %7997 : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8012 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8014 = add %8013, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8015 = mul %39, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8016 = mul %8010, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8017 = mul %8011, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8018 = add %8017, %8016 : f32[16,16] @ models/lib/nn.yaml:79:7
%8019 = mul %8010, %8010 : f32[16,16] @ models/lib/nn.yaml:79:7
%8020 = mul %8019, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8021 = mul %8012, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8022 = add %8021, %8020 : f32[16,16] @ models/lib/nn.yaml:79:7
%8023 = cast %8014 : f64[] @ models/lib/nn.yaml:79:7
%8024 = pow %6310, %8023 : f64[] @ models/lib/nn.yaml:79:7
%8025 = sub %6291, %8024 : f64[] @ models/lib/nn.yaml:79:7
%8026 = div %3879, %8025 : f64[] @ models/lib/nn.yaml:79:7
%8027 = pow %6318, %8023 : f64[] @ models/lib/nn.yaml:79:7
%8028 = sub %6291, %8027 : f64[] @ models/lib/nn.yaml:79:7
%8029 = sqrt %8028 : f64[] @ models/lib/nn.yaml:79:7
%8030 = div %6291, %8029 : f64[] @ models/lib/nn.yaml:79:7
%8031 = sqrt %8022 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = cast %8030 : f32[] @ models/lib/nn.yaml:79:7
%8033 = broadcast %8032 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = mul %8031, %8033 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = add %8034, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8036 = div %8018, %8035 : f32[16,16] @ models/lib/nn.yaml:79:7
%8037 = cast %8026 : f32[] @ models/lib/nn.yaml:79:7
%8038 = broadcast %8037 : f32[16,16] @ models/lib/nn.yaml:79:7
%8039 = mul %8036, %8038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = sub %8015, %8039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = assign %39, %8040 : f32[16,16] @ models/lib/nn.yaml:79:7
%8042 = assign %8011, %8018 : f32[16,16] @ models/lib/nn.yaml:79:7
%8043 = assign %8012, %8022 : f32[16,16] @ models/lib/nn.yaml:79:7
%8044 = assign %8013, %8014 : i64[] @ models/lib/nn.yaml:79:7
%8045 = mul %117, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8046 = mul %8040, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8047 = add %8045, %8046 : f32[16,16] @ models/lib/nn.yaml:79:7
%8048 = assign %117, %8047 : f32[16,16] @ models/lib/nn.yaml:79:7
%8049 = all_reduce_sum %5734 : f32[16] @ models/lib/nn.yaml:80:7
%8050 = mul %8049, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = reduce_sum %8050 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8052 = sqrt %8051 : f32[] @ models/lib/nn.yaml:80:7
%8053 = cast %8052 : f64[] @ models/lib/nn.yaml:80:7
%8054 = add %8053, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8055 = div %6289, %8054 : f64[] @ models/lib/nn.yaml:80:7
%8056 = lt %8055, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8057 = cast %8055 : f32[] @ models/lib/nn.yaml:80:7
%8058 = broadcast %8057 : f32[16] @ models/lib/nn.yaml:80:7
%8059 = mul %8049, %8058 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = broadcast %8056 : bool[16] @ models/lib/nn.yaml:80:7
%8061 = select %8060, %8059, %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8063 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8064 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8065 = add %8064, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8066 = mul %8061, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8067 = mul %8062, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8068 = add %8067, %8066 : f32[16] @ models/lib/nn.yaml:80:7
%8069 = mul %8061, %8061 : f32[16] @ models/lib/nn.yaml:80:7
%8070 = mul %8069, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8071 = mul %8063, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8072 = add %8071, %8070 : f32[16] @ models/lib/nn.yaml:80:7
%8073 = cast %8065 : f64[] @ models/lib/nn.yaml:80:7
%8074 = pow %6310, %8073 : f64[] @ models/lib/nn.yaml:80:7
%8075 = sub %6291, %8074 : f64[] @ models/lib/nn.yaml:80:7
%8076 = div %3879, %8075 : f64[] @ models/lib/nn.yaml:80:7
%8077 = pow %6318, %8073 : f64[] @ models/lib/nn.yaml:80:7
%8078 = sub %6291, %8077 : f64[] @ models/lib/nn.yaml:80:7
%8079 = sqrt %8078 : f64[] @ models/lib/nn.yaml:80:7
%8080 = div %6291, %8079 : f64[] @ models/lib/nn.yaml:80:7
%8081 = sqrt %8072 : f32[16] @ models/lib/nn.yaml:80:7
%8082 = cast %8080 : f32[] @ models/lib/nn.yaml:80:7
%8083 = broadcast %8082 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = mul %8081, %8083 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = add %8084, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%8086 = div %8068, %8085 : f32[16] @ models/lib/nn.yaml:80:7
%8087 = cast %8076 : f32[] @ models/lib/nn.yaml:80:7
%8088 = broadcast %8087 : f32[16] @ models/lib/nn.yaml:80:7
%8089 = mul %8086, %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8090 = sub %40, %8089 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = assign %40, %8090 : f32[16] @ models/lib/nn.yaml:80:7
%8092 = assign %8062, %8068 : f32[16] @ models/lib/nn.yaml:80:7
%8093 = assign %8063, %8072 : f32[16] @ models/lib/nn.yaml:80:7
%8094 = assign %8064, %8065 : i64[] @ models/lib/nn.yaml:80:7
%8095 = mul %118, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%8096 = mul %8090, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%8097 = add %8095, %8096 : f32[16] @ models/lib/nn.yaml:80:7
%8098 = assign %118, %8097 : f32[16] @ models/lib/nn.yaml:80:7
%8099 = all_reduce_sum %5726 : f32[16,16] @ models/lib/nn.yaml:79:7
%8100 = reshape %8099 : f32[256] @ models/lib/nn.yaml:79:7
%8101 = mul %8100, %8100 : f32[256] @ models/lib/nn.yaml:79:7
%8102 = reduce_sum %8101 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8103 = sqrt %8102 : f32[] @ models/lib/nn.yaml:79:7
%8104 = cast %8103 : f64[] @ models/lib/nn.yaml:79:7
%8105 = add %8104, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8106 = div %6289, %8105 : f64[] @ models/lib/nn.yaml:79:7
%8107 = lt %8106, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8108 = cast %8106 : f32[] @ models/lib/nn.yaml:79:7
%8109 = broadcast %8108 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = mul %8099, %8109 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = broadcast %8107 : bool[16,16] @ models/lib/nn.yaml:79:7
%8112 = select %8111, %8110, %8099 : f32[16,16] @ models/lib/nn.yaml:79:7
%8113 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8114 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8115 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8116 = add %8115, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8117 = mul %41, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8118 = mul %8112, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8119 = mul %8113, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8120 = add %8119, %8118 : f32[16,16] @ models/lib/nn.yaml:79:7
%8121 = mul %8112, %8112 : f32[16,16] @ models/lib/nn.yaml:79:7
%8122 = mul %8121, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8123 = mul %8114, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8124 = add %8123, %8122 : f32[16,16] @ models/lib/nn.yaml:79:7
%8125 = cast %8116 : f64[] @ models/lib/nn.yaml:79:7
%8126 = pow %6310, %8125 : f64[] @ models/lib/nn.yaml:79:7
%8127 = sub %6291, %8126 : f64[] @ models/lib/nn.yaml:79:7
%8128 = div %3879, %8127 : f64[] @ models/lib/nn.yaml:79:7
%8129 = pow %6318, %8125 : f64[] @ models/lib/nn.yaml:79:7
%8130 = sub %6291, %8129 : f64[] @ models/lib/nn.yaml:79:7
%8131 = sqrt %8130 : f64[] @ models/lib/nn.yaml:79:7
%8132 = div %6291, %8131 : f64[] @ models/lib/nn.yaml:79:7
%8133 = sqrt %8124 : f32[16,16] @ models/lib/nn.yaml:79:7
%8134 = cast %8132 : f32[] @ models/lib/nn.yaml:79:7
%8135 = broadcast %8134 : f32[16,16] @ models/lib/nn.yaml:79:7
%8136 = mul %8133, %8135 : f32[16,16] @ models/lib/nn.yaml:79:7
%8137 = add %8136, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8138 = div %8120, %8137 : f32[16,16] @ models/lib/nn.yaml:79:7
%8139 = cast %8128 : f32[] @ models/lib/nn.yaml:79:7
%8140 = broadcast %8139 : f32[16,16] @ models/lib/nn.yaml:79:7
%8141 = mul %8138, %8140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8142 = sub %8117, %8141 : f32[16,16] @ models/lib/nn.yaml:79:7
%8143 = assign %41, %8142 : f32[16,16] @ models/lib/nn.yaml:79:7
%8144 = assign %8113, %8120 : f32[16,16] @ models/lib/nn.yaml:79:7
%8145 = assign %8114, %8124 : f32[16,16] @ models/lib/nn.yaml:79:7
%8146 = assign %8115, %8116 : i64[] @ models/lib/nn.yaml:79:7
%8147 = mul %119, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8148 = mul %8142, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8149 = add %8147, %8148 : f32[16,16] @ models/lib/nn.yaml:79:7
%8150 = assign %119, %8149 : f32[16,16] @ models/lib/nn.yaml:79:7
%8151 = all_reduce_sum %5717 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = mul %8151, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = reduce_sum %8152 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8154 = sqrt %8153 : f32[] @ models/lib/nn.yaml:80:7
%8155 = cast %8154 : f64[] @ models/lib/nn.yaml:80:7
%8156 = add %8155, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8157 = div %6289, %8156 : f64[] @ models/lib/nn.yaml:80:7
%8158 = lt %8157, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8159 = cast %8157 : f32[] @ models/lib/nn.yaml:80:7
%8160 = broadcast %8159 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = mul %8151, %8160 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = broadcast %8158 : bool[16] @ models/lib/nn.yaml:80:7
%8163 = select %8162, %8161, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8165 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8166 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8167 = add %8166, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8168 = mul %8163, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8169 = mul %8164, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8170 = add %8169, %8168 : f32[16] @ models/lib/nn.yaml:80:7
%8171 = mul %8163, %8163 : f32[16] @ models/lib/nn.yaml:80:7
%8172 = mul %8171, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8173 = mul %8165, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8174 = add %8173, %8172 : f32[16] @ models/lib/nn.yaml:80:7
%8175 = cast %8167 : f64[] @ models/lib/nn.yaml:80:7
%8176 = pow %6310, %8175 : f64[] @ models/lib/nn.yaml:80:7
%8177 = sub %6291, %8176 : f64[] @ models/lib/nn.yaml:80:7
%8178 = div %3879, %8177 : f64[] @ models/lib/nn.yaml:80:7
%8179 = pow %6318, %8175 : f64[] @ models/lib/nn.yaml:80:7
%8180 = sub %6291, %8179 : f64[] @ models/lib/nn.yaml:80:7
%8181 = sqrt %8180 : f64[] @ models/lib/nn.yaml:80:7
%8182 = div %6291, %8181 : f64[] @ models/lib/nn.yaml:80:7
%8183 = sqrt %8174 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = cast %8182 : f32[] @ models/lib/nn.yaml:80:7
%8185 = broadcast %8184 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = mul %8183, %8185 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = add %8186, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%8188 = div %8170, %8187 : f32[16] @ models/lib/nn.yaml:80:7
%8189 = cast %8178 : f32[] @ models/lib/nn.yaml:80:7
%8190 = broadcast %8189 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = mul %8188, %8190 : f32[16] @ models/lib/nn.yaml:80:7
%8192 = sub %42, %8191 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = assign %42, %8192 : f32[16] @ models/lib/nn.yaml:80:7
%8194 = assign %8164, %8170 : f32[16] @ models/lib/nn.yaml:80:7
%8195 = assign %8165, %8174 : f32[16] @ models/lib/nn.yaml:80:7
%8196 = assign %8166, %8167 : i64[] @ models/lib/nn.yaml:80:7
%8197 = mul %120, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%8198 = mul %8192, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = add %8197, %8198 : f32[16] @ models/lib/nn.yaml:80:7
%8200 = assign %120, %8199 : f32[16] @ models/lib/nn.yaml:80:7
%8201 = all_reduce_sum %5630 : f32[16,16] @ models/lib/nn.yaml:79:7
%8202 = reshape %8201 : f32[256] @ models/lib/nn.yaml:79:7
%8203 = mul %8202, %8202 : f32[256] @ models/lib/nn.yaml:79:7
%8204 = reduce_sum %8203 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8205 = sqrt %8204 : f32[] @ models/lib/nn.yaml:79:7
%8206 = cast %8205 : f64[] @ models/lib/nn.yaml:79:7
%8207 = add %8206, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8208 = div %6289, %8207 : f64[] @ models/lib/nn.yaml:79:7
%8209 = lt %8208, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8210 = cast %8208 : f32[] @ models/lib/nn.yaml:79:7
%8211 = broadcast %8210 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = mul %8201, %8211 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = broadcast %8209 : bool[16,16] @ models/lib/nn.yaml:79:7
%8214 = select %8213, %8212, %8201 : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8216 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8217 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8218 = add %8217, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8219 = mul %43, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8220 = mul %8214, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8221 = mul %8215, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8222 = add %8221, %8220 : f32[16,16] @ models/lib/nn.yaml:79:7
%8223 = mul %8214, %8214 : f32[16,16] @ models/lib/nn.yaml:79:7
%8224 = mul %8223, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8225 = mul %8216, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8226 = add %8225, %8224 : f32[16,16] @ models/lib/nn.yaml:79:7
%8227 = cast %8218 : f64[] @ models/lib/nn.yaml:79:7
%8228 = pow %6310, %8227 : f64[] @ models/lib/nn.yaml:79:7
%8229 = sub %6291, %8228 : f64[] @ models/lib/nn.yaml:79:7
%8230 = div %3879, %8229 : f64[] @ models/lib/nn.yaml:79:7
%8231 = pow %6318, %8227 : f64[] @ models/lib/nn.yaml:79:7
%8232 = sub %6291, %8231 : f64[] @ models/lib/nn.yaml:79:7
%8233 = sqrt %8232 : f64[] @ models/lib/nn.yaml:79:7
%8234 = div %6291, %8233 : f64[] @ models/lib/nn.yaml:79:7
%8235 = sqrt %8226 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = cast %8234 : f32[] @ models/lib/nn.yaml:79:7
%8237 = broadcast %8236 : f32[16,16] @ models/lib/nn.yaml:79:7
%8238 = mul %8235, %8237 : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = add %8238, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8240 = div %8222, %8239 : f32[16,16] @ models/lib/nn.yaml:79:7
%8241 = cast %8230 : f32[] @ models/lib/nn.yaml:79:7
%8242 = broadcast %8241 : f32[16,16] @ models/lib/nn.yaml:79:7
%8243 = mul %8240, %8242 : f32[16,16] @ models/lib/nn.yaml:79:7
%8244 = sub %8219, %8243 : f32[16,16] @ models/lib/nn.yaml:79:7
%8245 = assign %43, %8244 : f32[16,16] @ models/lib/nn.yaml:79:7
%8246 = assign %8215, %8222 : f32[16,16] @ models/lib/nn.yaml:79:7
%8247 = assign %8216, %8226 : f32[16,16] @ models/lib/nn.yaml:79:7
%8248 = assign %8217, %8218 : i64[] @ models/lib/nn.yaml:79:7
%8249 = mul %121, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8250 = mul %8244, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8251 = add %8249, %8250 : f32[16,16] @ models/lib/nn.yaml:79:7
%8252 = assign %121, %8251 : f32[16,16] @ models/lib/nn.yaml:79:7
%8253 = all_reduce_sum %5622 : f32[16] @ models/lib/nn.yaml:80:7
%8254 = mul %8253, %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = reduce_sum %8254 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8256 = sqrt %8255 : f32[] @ models/lib/nn.yaml:80:7
%8257 = cast %8256 : f64[] @ models/lib/nn.yaml:80:7
%8258 = add %8257, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8259 = div %6289, %8258 : f64[] @ models/lib/nn.yaml:80:7
%8260 = lt %8259, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8261 = cast %8259 : f32[] @ models/lib/nn.yaml:80:7
%8262 = broadcast %8261 : f32[16] @ models/lib/nn.yaml:80:7
%8263 = mul %8253, %8262 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = broadcast %8260 : bool[16] @ models/lib/nn.yaml:80:7
%8265 = select %8264, %8263, %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8266 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8267 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8268 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8269 = add %8268, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8270 = mul %8265, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8271 = mul %8266, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8272 = add %8271, %8270 : f32[16] @ models/lib/nn.yaml:80:7
%8273 = mul %8265, %8265 : f32[16] @ models/lib/nn.yaml:80:7
%8274 = mul %8273, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8275 = mul %8267, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8276 = add %8275, %8274 : f32[16] @ models/lib/nn.yaml:80:7
%8277 = cast %8269 : f64[] @ models/lib/nn.yaml:80:7
%8278 = pow %6310, %8277 : f64[] @ models/lib/nn.yaml:80:7
%8279 = sub %6291, %8278 : f64[] @ models/lib/nn.yaml:80:7
%8280 = div %3879, %8279 : f64[] @ models/lib/nn.yaml:80:7
%8281 = pow %6318, %8277 : f64[] @ models/lib/nn.yaml:80:7
%8282 = sub %6291, %8281 : f64[] @ models/lib/nn.yaml:80:7
%8283 = sqrt %8282 : f64[] @ models/lib/nn.yaml:80:7
%8284 = div %6291, %8283 : f64[] @ models/lib/nn.yaml:80:7
%8285 = sqrt %8276 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = cast %8284 : f32[] @ models/lib/nn.yaml:80:7
%8287 = broadcast %8286 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = mul %8285, %8287 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = add %8288, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%8290 = div %8272, %8289 : f32[16] @ models/lib/nn.yaml:80:7
%8291 = cast %8280 : f32[] @ models/lib/nn.yaml:80:7
%8292 = broadcast %8291 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = mul %8290, %8292 : f32[16] @ models/lib/nn.yaml:80:7
%8294 = sub %44, %8293 : f32[16] @ models/lib/nn.yaml:80:7
%8295 = assign %44, %8294 : f32[16] @ models/lib/nn.yaml:80:7
%8296 = assign %8266, %8272 : f32[16] @ models/lib/nn.yaml:80:7
%8297 = assign %8267, %8276 : f32[16] @ models/lib/nn.yaml:80:7
%8298 = assign %8268, %8269 : i64[] @ models/lib/nn.yaml:80:7
%8299 = mul %122, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%8300 = mul %8294, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%8301 = add %8299, %8300 : f32[16] @ models/lib/nn.yaml:80:7
%8302 = assign %122, %8301 : f32[16] @ models/lib/nn.yaml:80:7
%8303 = all_reduce_sum %5601 : f32[16] @ models/lib/nn.yaml:89:7
%8304 = mul %8303, %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = reduce_sum %8304 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8306 = sqrt %8305 : f32[] @ models/lib/nn.yaml:89:7
%8307 = cast %8306 : f64[] @ models/lib/nn.yaml:89:7
%8308 = add %8307, %6287 : f64[] @ models/lib/nn.yaml:89:7
%8309 = div %6289, %8308 : f64[] @ models/lib/nn.yaml:89:7
%8310 = lt %8309, %6291 : bool[] @ models/lib/nn.yaml:89:7
%8311 = cast %8309 : f32[] @ models/lib/nn.yaml:89:7
%8312 = broadcast %8311 : f32[16] @ models/lib/nn.yaml:89:7
%8313 = mul %8303, %8312 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = broadcast %8310 : bool[16] @ models/lib/nn.yaml:89:7
%8315 = select %8314, %8313, %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8316 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8317 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8318 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8319 = add %8318, %6301 : i64[] @ models/lib/nn.yaml:89:7
%8320 = mul %8315, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%8321 = mul %8316, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%8322 = add %8321, %8320 : f32[16] @ models/lib/nn.yaml:89:7
%8323 = mul %8315, %8315 : f32[16] @ models/lib/nn.yaml:89:7
%8324 = mul %8323, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%8325 = mul %8317, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%8326 = add %8325, %8324 : f32[16] @ models/lib/nn.yaml:89:7
%8327 = cast %8319 : f64[] @ models/lib/nn.yaml:89:7
%8328 = pow %6310, %8327 : f64[] @ models/lib/nn.yaml:89:7
%8329 = sub %6291, %8328 : f64[] @ models/lib/nn.yaml:89:7
%8330 = div %3879, %8329 : f64[] @ models/lib/nn.yaml:89:7
%8331 = pow %6318, %8327 : f64[] @ models/lib/nn.yaml:89:7
%8332 = sub %6291, %8331 : f64[] @ models/lib/nn.yaml:89:7
%8333 = sqrt %8332 : f64[] @ models/lib/nn.yaml:89:7
%8334 = div %6291, %8333 : f64[] @ models/lib/nn.yaml:89:7
%8335 = sqrt %8326 : f32[16] @ models/lib/nn.yaml:89:7
%8336 = cast %8334 : f32[] @ models/lib/nn.yaml:89:7
%8337 = broadcast %8336 : f32[16] @ models/lib/nn.yaml:89:7
%8338 = mul %8335, %8337 : f32[16] @ models/lib/nn.yaml:89:7
%8339 = add %8338, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%8340 = div %8322, %8339 : f32[16] @ models/lib/nn.yaml:89:7
%8341 = cast %8330 : f32[] @ models/lib/nn.yaml:89:7
%8342 = broadcast %8341 : f32[16] @ models/lib/nn.yaml:89:7
%8343 = mul %8340, %8342 : f32[16] @ models/lib/nn.yaml:89:7
%8344 = sub %45, %8343 : f32[16] @ models/lib/nn.yaml:89:7
%8345 = assign %45, %8344 : f32[16] @ models/lib/nn.yaml:89:7
%8346 = assign %8316, %8322 : f32[16] @ models/lib/nn.yaml:89:7
%8347 = assign %8317, %8326 : f32[16] @ models/lib/nn.yaml:89:7
%8348 = assign %8318, %8319 : i64[] @ models/lib/nn.yaml:89:7
%8349 = mul %123, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%8350 = mul %8344, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%8351 = add %8349, %8350 : f32[16] @ models/lib/nn.yaml:89:7
%8352 = assign %123, %8351 : f32[16] @ models/lib/nn.yaml:89:7
%8353 = all_reduce_sum %5594 : f32[16] @ models/lib/nn.yaml:90:7
%8354 = mul %8353, %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8355 = reduce_sum %8354 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8356 = sqrt %8355 : f32[] @ models/lib/nn.yaml:90:7
%8357 = cast %8356 : f64[] @ models/lib/nn.yaml:90:7
%8358 = add %8357, %6287 : f64[] @ models/lib/nn.yaml:90:7
%8359 = div %6289, %8358 : f64[] @ models/lib/nn.yaml:90:7
%8360 = lt %8359, %6291 : bool[] @ models/lib/nn.yaml:90:7
%8361 = cast %8359 : f32[] @ models/lib/nn.yaml:90:7
%8362 = broadcast %8361 : f32[16] @ models/lib/nn.yaml:90:7
%8363 = mul %8353, %8362 : f32[16] @ models/lib/nn.yaml:90:7
%8364 = broadcast %8360 : bool[16] @ models/lib/nn.yaml:90:7
%8365 = select %8364, %8363, %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8366 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8367 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8368 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8369 = add %8368, %6301 : i64[] @ models/lib/nn.yaml:90:7
%8370 = mul %8365, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%8371 = mul %8366, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%8372 = add %8371, %8370 : f32[16] @ models/lib/nn.yaml:90:7
%8373 = mul %8365, %8365 : f32[16] @ models/lib/nn.yaml:90:7
%8374 = mul %8373, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%8375 = mul %8367, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%8376 = add %8375, %8374 : f32[16] @ models/lib/nn.yaml:90:7
%8377 = cast %8369 : f64[] @ models/lib/nn.yaml:90:7
%8378 = pow %6310, %8377 : f64[] @ models/lib/nn.yaml:90:7
%8379 = sub %6291, %8378 : f64[] @ models/lib/nn.yaml:90:7
%8380 = div %3879, %8379 : f64[] @ models/lib/nn.yaml:90:7
%8381 = pow %6318, %8377 : f64[] @ models/lib/nn.yaml:90:7
%8382 = sub %6291, %8381 : f64[] @ models/lib/nn.yaml:90:7
%8383 = sqrt %8382 : f64[] @ models/lib/nn.yaml:90:7
%8384 = div %6291, %8383 : f64[] @ models/lib/nn.yaml:90:7
%8385 = sqrt %8376 : f32[16] @ models/lib/nn.yaml:90:7
%8386 = cast %8384 : f32[] @ models/lib/nn.yaml:90:7
%8387 = broadcast %8386 : f32[16] @ models/lib/nn.yaml:90:7
%8388 = mul %8385, %8387 : f32[16] @ models/lib/nn.yaml:90:7
%8389 = add %8388, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%8390 = div %8372, %8389 : f32[16] @ models/lib/nn.yaml:90:7
%8391 = cast %8380 : f32[] @ models/lib/nn.yaml:90:7
%8392 = broadcast %8391 : f32[16] @ models/lib/nn.yaml:90:7
%8393 = mul %8390, %8392 : f32[16] @ models/lib/nn.yaml:90:7
%8394 = sub %46, %8393 : f32[16] @ models/lib/nn.yaml:90:7
%8395 = assign %46, %8394 : f32[16] @ models/lib/nn.yaml:90:7
%8396 = assign %8366, %8372 : f32[16] @ models/lib/nn.yaml:90:7
%8397 = assign %8367, %8376 : f32[16] @ models/lib/nn.yaml:90:7
%8398 = assign %8368, %8369 : i64[] @ models/lib/nn.yaml:90:7
%8399 = mul %124, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%8400 = mul %8394, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%8401 = add %8399, %8400 : f32[16] @ models/lib/nn.yaml:90:7
%8402 = assign %124, %8401 : f32[16] @ models/lib/nn.yaml:90:7
%8403 = all_reduce_sum %5590 : f32[64,16] @ models/lib/nn.yaml:79:7
%8404 = reshape %8403 : f32[1024] @ models/lib/nn.yaml:79:7
%8405 = mul %8404, %8404 : f32[1024] @ models/lib/nn.yaml:79:7
%8406 = reduce_sum %8405 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8407 = sqrt %8406 : f32[] @ models/lib/nn.yaml:79:7
%8408 = cast %8407 : f64[] @ models/lib/nn.yaml:79:7
%8409 = add %8408, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8410 = div %6289, %8409 : f64[] @ models/lib/nn.yaml:79:7
%8411 = lt %8410, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8412 = cast %8410 : f32[] @ models/lib/nn.yaml:79:7
%8413 = broadcast %8412 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = mul %8403, %8413 : f32[64,16] @ models/lib/nn.yaml:79:7
%8415 = broadcast %8411 : bool[64,16] @ models/lib/nn.yaml:79:7
%8416 = select %8415, %8414, %8403 : f32[64,16] @ models/lib/nn.yaml:79:7
%8417 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8418 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8419 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8420 = add %8419, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8421 = mul %47, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%8422 = mul %8416, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%8423 = mul %8417, %6922 : f32[64,16] @ models/lib/nn.yaml:79:7
%8424 = add %8423, %8422 : f32[64,16] @ models/lib/nn.yaml:79:7
%8425 = mul %8416, %8416 : f32[64,16] @ models/lib/nn.yaml:79:7
%8426 = mul %8425, %6926 : f32[64,16] @ models/lib/nn.yaml:79:7
%8427 = mul %8418, %6928 : f32[64,16] @ models/lib/nn.yaml:79:7
%8428 = add %8427, %8426 : f32[64,16] @ models/lib/nn.yaml:79:7
%8429 = cast %8420 : f64[] @ models/lib/nn.yaml:79:7
%8430 = pow %6310, %8429 : f64[] @ models/lib/nn.yaml:79:7
%8431 = sub %6291, %8430 : f64[] @ models/lib/nn.yaml:79:7
%8432 = div %3879, %8431 : f64[] @ models/lib/nn.yaml:79:7
%8433 = pow %6318, %8429 : f64[] @ models/lib/nn.yaml:79:7
%8434 = sub %6291, %8433 : f64[] @ models/lib/nn.yaml:79:7
%8435 = sqrt %8434 : f64[] @ models/lib/nn.yaml:79:7
%8436 = div %6291, %8435 : f64[] @ models/lib/nn.yaml:79:7
%8437 = sqrt %8428 : f32[64,16] @ models/lib/nn.yaml:79:7
%8438 = cast %8436 : f32[] @ models/lib/nn.yaml:79:7
%8439 = broadcast %8438 : f32[64,16] @ models/lib/nn.yaml:79:7
%8440 = mul %8437, %8439 : f32[64,16] @ models/lib/nn.yaml:79:7
%8441 = add %8440, %6943 : f32[64,16] @ models/lib/nn.yaml:79:7
%8442 = div %8424, %8441 : f32[64,16] @ models/lib/nn.yaml:79:7
%8443 = cast %8432 : f32[] @ models/lib/nn.yaml:79:7
%8444 = broadcast %8443 : f32[64,16] @ models/lib/nn.yaml:79:7
%8445 = mul %8442, %8444 : f32[64,16] @ models/lib/nn.yaml:79:7
%8446 = sub %8421, %8445 : f32[64,16] @ models/lib/nn.yaml:79:7
%8447 = assign %47, %8446 : f32[64,16] @ models/lib/nn.yaml:79:7
%8448 = assign %8417, %8424 : f32[64,16] @ models/lib/nn.yaml:79:7
%8449 = assign %8418, %8428 : f32[64,16] @ models/lib/nn.yaml:79:7
%8450 = assign %8419, %8420 : i64[] @ models/lib/nn.yaml:79:7
%8451 = mul %125, %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%8452 = mul %8446, %6956 : f32[64,16] @ models/lib/nn.yaml:79:7
%8453 = add %8451, %8452 : f32[64,16] @ models/lib/nn.yaml:79:7
%8454 = assign %125, %8453 : f32[64,16] @ models/lib/nn.yaml:79:7
%8455 = all_reduce_sum %5582 : f32[64] @ models/lib/nn.yaml:80:7
%8456 = mul %8455, %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8457 = reduce_sum %8456 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8458 = sqrt %8457 : f32[] @ models/lib/nn.yaml:80:7
%8459 = cast %8458 : f64[] @ models/lib/nn.yaml:80:7
%8460 = add %8459, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8461 = div %6289, %8460 : f64[] @ models/lib/nn.yaml:80:7
%8462 = lt %8461, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8463 = cast %8461 : f32[] @ models/lib/nn.yaml:80:7
%8464 = broadcast %8463 : f32[64] @ models/lib/nn.yaml:80:7
%8465 = mul %8455, %8464 : f32[64] @ models/lib/nn.yaml:80:7
%8466 = broadcast %8462 : bool[64] @ models/lib/nn.yaml:80:7
%8467 = select %8466, %8465, %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8468 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8469 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8470 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8471 = add %8470, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8472 = mul %8467, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%8473 = mul %8468, %6979 : f32[64] @ models/lib/nn.yaml:80:7
%8474 = add %8473, %8472 : f32[64] @ models/lib/nn.yaml:80:7
%8475 = mul %8467, %8467 : f32[64] @ models/lib/nn.yaml:80:7
%8476 = mul %8475, %6983 : f32[64] @ models/lib/nn.yaml:80:7
%8477 = mul %8469, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%8478 = add %8477, %8476 : f32[64] @ models/lib/nn.yaml:80:7
%8479 = cast %8471 : f64[] @ models/lib/nn.yaml:80:7
%8480 = pow %6310, %8479 : f64[] @ models/lib/nn.yaml:80:7
%8481 = sub %6291, %8480 : f64[] @ models/lib/nn.yaml:80:7
%8482 = div %3879, %8481 : f64[] @ models/lib/nn.yaml:80:7
%8483 = pow %6318, %8479 : f64[] @ models/lib/nn.yaml:80:7
%8484 = sub %6291, %8483 : f64[] @ models/lib/nn.yaml:80:7
%8485 = sqrt %8484 : f64[] @ models/lib/nn.yaml:80:7
%8486 = div %6291, %8485 : f64[] @ models/lib/nn.yaml:80:7
%8487 = sqrt %8478 : f32[64] @ models/lib/nn.yaml:80:7
%8488 = cast %8486 : f32[] @ models/lib/nn.yaml:80:7
%8489 = broadcast %8488 : f32[64] @ models/lib/nn.yaml:80:7
%8490 = mul %8487, %8489 : f32[64] @ models/lib/nn.yaml:80:7
%8491 = add %8490, %7000 : f32[64] @ models/lib/nn.yaml:80:7
%8492 = div %8474, %8491 : f32[64] @ models/lib/nn.yaml:80:7
%8493 = cast %8482 : f32[] @ models/lib/nn.yaml:80:7
%8494 = broadcast %8493 : f32[64] @ models/lib/nn.yaml:80:7
%8495 = mul %8492, %8494 : f32[64] @ models/lib/nn.yaml:80:7
%8496 = sub %48, %8495 : f32[64] @ models/lib/nn.yaml:80:7
%8497 = assign %48, %8496 : f32[64] @ models/lib/nn.yaml:80:7
%8498 = assign %8468, %8474 : f32[64] @ models/lib/nn.yaml:80:7
%8499 = assign %8469, %8478 : f32[64] @ models/lib/nn.yaml:80:7
%8500 = assign %8470, %8471 : i64[] @ models/lib/nn.yaml:80:7
%8501 = mul %126, %7011 : f32[64] @ models/lib/nn.yaml:80:7
%8502 = mul %8496, %7013 : f32[64] @ models/lib/nn.yaml:80:7
%8503 = add %8501, %8502 : f32[64] @ models/lib/nn.yaml:80:7
%8504 = assign %126, %8503 : f32[64] @ models/lib/nn.yaml:80:7
%8505 = all_reduce_sum %5564 : f32[16,64] @ models/lib/nn.yaml:79:7
%8506 = reshape %8505 : f32[1024] @ models/lib/nn.yaml:79:7
%8507 = mul %8506, %8506 : f32[1024] @ models/lib/nn.yaml:79:7
%8508 = reduce_sum %8507 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8509 = sqrt %8508 : f32[] @ models/lib/nn.yaml:79:7
%8510 = cast %8509 : f64[] @ models/lib/nn.yaml:79:7
%8511 = add %8510, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8512 = div %6289, %8511 : f64[] @ models/lib/nn.yaml:79:7
%8513 = lt %8512, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8514 = cast %8512 : f32[] @ models/lib/nn.yaml:79:7
%8515 = broadcast %8514 : f32[16,64] @ models/lib/nn.yaml:79:7
%8516 = mul %8505, %8515 : f32[16,64] @ models/lib/nn.yaml:79:7
%8517 = broadcast %8513 : bool[16,64] @ models/lib/nn.yaml:79:7
%8518 = select %8517, %8516, %8505 : f32[16,64] @ models/lib/nn.yaml:79:7
%8519 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8520 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8521 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8522 = add %8521, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8523 = mul %49, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%8524 = mul %8518, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%8525 = mul %8519, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%8526 = add %8525, %8524 : f32[16,64] @ models/lib/nn.yaml:79:7
%8527 = mul %8518, %8518 : f32[16,64] @ models/lib/nn.yaml:79:7
%8528 = mul %8527, %7043 : f32[16,64] @ models/lib/nn.yaml:79:7
%8529 = mul %8520, %7045 : f32[16,64] @ models/lib/nn.yaml:79:7
%8530 = add %8529, %8528 : f32[16,64] @ models/lib/nn.yaml:79:7
%8531 = cast %8522 : f64[] @ models/lib/nn.yaml:79:7
%8532 = pow %6310, %8531 : f64[] @ models/lib/nn.yaml:79:7
%8533 = sub %6291, %8532 : f64[] @ models/lib/nn.yaml:79:7
%8534 = div %3879, %8533 : f64[] @ models/lib/nn.yaml:79:7
%8535 = pow %6318, %8531 : f64[] @ models/lib/nn.yaml:79:7
%8536 = sub %6291, %8535 : f64[] @ models/lib/nn.yaml:79:7
%8537 = sqrt %8536 : f64[] @ models/lib/nn.yaml:79:7
%8538 = div %6291, %8537 : f64[] @ models/lib/nn.yaml:79:7
%8539 = sqrt %8530 : f32[16,64] @ models/lib/nn.yaml:79:7
%8540 = cast %8538 : f32[] @ models/lib/nn.yaml:79:7
%8541 = broadcast %8540 : f32[16,64] @ models/lib/nn.yaml:79:7
%8542 = mul %8539, %8541 : f32[16,64] @ models/lib/nn.yaml:79:7
%8543 = add %8542, %7060 : f32[16,64] @ models/lib/nn.yaml:79:7
%8544 = div %8526, %8543 : f32[16,64] @ models/lib/nn.yaml:79:7
%8545 = cast %8534 : f32[] @ models/lib/nn.yaml:79:7
%8546 = broadcast %8545 : f32[16,64] @ models/lib/nn.yaml:79:7
%8547 = mul %8544, %8546 : f32[16,64] @ models/lib/nn.yaml:79:7
%8548 = sub %8523, %8547 : f32[16,64] @ models/lib/nn.yaml:79:7
%8549 = assign %49, %8548 : f32[16,64] @ models/lib/nn.yaml:79:7
%8550 = assign %8519, %8526 : f32[16,64] @ models/lib/nn.yaml:79:7
%8551 = assign %8520, %8530 : f32[16,64] @ models/lib/nn.yaml:79:7
%8552 = assign %8521, %8522 : i64[] @ models/lib/nn.yaml:79:7
%8553 = mul %127, %7071 : f32[16,64] @ models/lib/nn.yaml:79:7
%8554 = mul %8548, %7073 : f32[16,64] @ models/lib/nn.yaml:79:7
%8555 = add %8553, %8554 : f32[16,64] @ models/lib/nn.yaml:79:7
%8556 = assign %127, %8555 : f32[16,64] @ models/lib/nn.yaml:79:7
%8557 = all_reduce_sum %5556 : f32[16] @ models/lib/nn.yaml:80:7
%8558 = mul %8557, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = reduce_sum %8558 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8560 = sqrt %8559 : f32[] @ models/lib/nn.yaml:80:7
%8561 = cast %8560 : f64[] @ models/lib/nn.yaml:80:7
%8562 = add %8561, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8563 = div %6289, %8562 : f64[] @ models/lib/nn.yaml:80:7
%8564 = lt %8563, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8565 = cast %8563 : f32[] @ models/lib/nn.yaml:80:7
%8566 = broadcast %8565 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = mul %8557, %8566 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = broadcast %8564 : bool[16] @ models/lib/nn.yaml:80:7
%8569 = select %8568, %8567, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8570 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8571 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8572 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8573 = add %8572, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8574 = mul %8569, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8575 = mul %8570, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8576 = add %8575, %8574 : f32[16] @ models/lib/nn.yaml:80:7
%8577 = mul %8569, %8569 : f32[16] @ models/lib/nn.yaml:80:7
%8578 = mul %8577, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8579 = mul %8571, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8580 = add %8579, %8578 : f32[16] @ models/lib/nn.yaml:80:7
%8581 = cast %8573 : f64[] @ models/lib/nn.yaml:80:7
%8582 = pow %6310, %8581 : f64[] @ models/lib/nn.yaml:80:7
%8583 = sub %6291, %8582 : f64[] @ models/lib/nn.yaml:80:7
%8584 = div %3879, %8583 : f64[] @ models/lib/nn.yaml:80:7
%8585 = pow %6318, %8581 : f64[] @ models/lib/nn.yaml:80:7
%8586 = sub %6291, %8585 : f64[] @ models/lib/nn.yaml:80:7
%8587 = sqrt %8586 : f64[] @ models/lib/nn.yaml:80:7
%8588 = div %6291, %8587 : f64[] @ models/lib/nn.yaml:80:7
%8589 = sqrt %8580 : f32[16] @ models/lib/nn.yaml:80:7
%8590 = cast %8588 : f32[] @ models/lib/nn.yaml:80:7
%8591 = broadcast %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = mul %8589, %8591 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = add %8592, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = div %8576, %8593 : f32[16] @ models/lib/nn.yaml:80:7
%8595 = cast %8584 : f32[] @ models/lib/nn.yaml:80:7
%8596 = broadcast %8595 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = mul %8594, %8596 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = sub %50, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = assign %50, %8598 : f32[16] @ models/lib/nn.yaml:80:7
%8600 = assign %8570, %8576 : f32[16] @ models/lib/nn.yaml:80:7
%8601 = assign %8571, %8580 : f32[16] @ models/lib/nn.yaml:80:7
%8602 = assign %8572, %8573 : i64[] @ models/lib/nn.yaml:80:7
%8603 = mul %128, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%8604 = mul %8598, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%8605 = add %8603, %8604 : f32[16] @ models/lib/nn.yaml:80:7
%8606 = assign %128, %8605 : f32[16] @ models/lib/nn.yaml:80:7
%8607 = all_reduce_sum %5532 : f32[16] @ models/lib/nn.yaml:89:7
%8608 = mul %8607, %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = reduce_sum %8608 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8610 = sqrt %8609 : f32[] @ models/lib/nn.yaml:89:7
%8611 = cast %8610 : f64[] @ models/lib/nn.yaml:89:7
%8612 = add %8611, %6287 : f64[] @ models/lib/nn.yaml:89:7
%8613 = div %6289, %8612 : f64[] @ models/lib/nn.yaml:89:7
%8614 = lt %8613, %6291 : bool[] @ models/lib/nn.yaml:89:7
%8615 = cast %8613 : f32[] @ models/lib/nn.yaml:89:7
%8616 = broadcast %8615 : f32[16] @ models/lib/nn.yaml:89:7
%8617 = mul %8607, %8616 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = broadcast %8614 : bool[16] @ models/lib/nn.yaml:89:7
%8619 = select %8618, %8617, %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8620 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8621 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8622 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8623 = add %8622, %6301 : i64[] @ models/lib/nn.yaml:89:7
%8624 = mul %8619, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%8625 = mul %8620, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%8626 = add %8625, %8624 : f32[16] @ models/lib/nn.yaml:89:7
%8627 = mul %8619, %8619 : f32[16] @ models/lib/nn.yaml:89:7
%8628 = mul %8627, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%8629 = mul %8621, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%8630 = add %8629, %8628 : f32[16] @ models/lib/nn.yaml:89:7
%8631 = cast %8623 : f64[] @ models/lib/nn.yaml:89:7
%8632 = pow %6310, %8631 : f64[] @ models/lib/nn.yaml:89:7
%8633 = sub %6291, %8632 : f64[] @ models/lib/nn.yaml:89:7
%8634 = div %3879, %8633 : f64[] @ models/lib/nn.yaml:89:7
%8635 = pow %6318, %8631 : f64[] @ models/lib/nn.yaml:89:7
%8636 = sub %6291, %8635 : f64[] @ models/lib/nn.yaml:89:7
%8637 = sqrt %8636 : f64[] @ models/lib/nn.yaml:89:7
%8638 = div %6291, %8637 : f64[] @ models/lib/nn.yaml:89:7
%8639 = sqrt %8630 : f32[16] @ models/lib/nn.yaml:89:7
%8640 = cast %8638 : f32[] @ models/lib/nn.yaml:89:7
%8641 = broadcast %8640 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = mul %8639, %8641 : f32[16] @ models/lib/nn.yaml:89:7
%8643 = add %8642, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%8644 = div %8626, %8643 : f32[16] @ models/lib/nn.yaml:89:7
%8645 = cast %8634 : f32[] @ models/lib/nn.yaml:89:7
%8646 = broadcast %8645 : f32[16] @ models/lib/nn.yaml:89:7
%8647 = mul %8644, %8646 : f32[16] @ models/lib/nn.yaml:89:7
%8648 = sub %51, %8647 : f32[16] @ models/lib/nn.yaml:89:7
%8649 = assign %51, %8648 : f32[16] @ models/lib/nn.yaml:89:7
%8650 = assign %8620, %8626 : f32[16] @ models/lib/nn.yaml:89:7
%8651 = assign %8621, %8630 : f32[16] @ models/lib/nn.yaml:89:7
%8652 = assign %8622, %8623 : i64[] @ models/lib/nn.yaml:89:7
%8653 = mul %129, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%8654 = mul %8648, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%8655 = add %8653, %8654 : f32[16] @ models/lib/nn.yaml:89:7
%8656 = assign %129, %8655 : f32[16] @ models/lib/nn.yaml:89:7
%8657 = all_reduce_sum %5525 : f32[16] @ models/lib/nn.yaml:90:7
%8658 = mul %8657, %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = reduce_sum %8658 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8660 = sqrt %8659 : f32[] @ models/lib/nn.yaml:90:7
%8661 = cast %8660 : f64[] @ models/lib/nn.yaml:90:7
%8662 = add %8661, %6287 : f64[] @ models/lib/nn.yaml:90:7
%8663 = div %6289, %8662 : f64[] @ models/lib/nn.yaml:90:7
%8664 = lt %8663, %6291 : bool[] @ models/lib/nn.yaml:90:7
%8665 = cast %8663 : f32[] @ models/lib/nn.yaml:90:7
%8666 = broadcast %8665 : f32[16] @ models/lib/nn.yaml:90:7
%8667 = mul %8657, %8666 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = broadcast %8664 : bool[16] @ models/lib/nn.yaml:90:7
%8669 = select %8668, %8667, %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8670 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8671 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8672 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8673 = add %8672, %6301 : i64[] @ models/lib/nn.yaml:90:7
%8674 = mul %8669, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%8675 = mul %8670, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%8676 = add %8675, %8674 : f32[16] @ models/lib/nn.yaml:90:7
%8677 = mul %8669, %8669 : f32[16] @ models/lib/nn.yaml:90:7
%8678 = mul %8677, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%8679 = mul %8671, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%8680 = add %8679, %8678 : f32[16] @ models/lib/nn.yaml:90:7
%8681 = cast %8673 : f64[] @ models/lib/nn.yaml:90:7
%8682 = pow %6310, %8681 : f64[] @ models/lib/nn.yaml:90:7
%8683 = sub %6291, %8682 : f64[] @ models/lib/nn.yaml:90:7
%8684 = div %3879, %8683 : f64[] @ models/lib/nn.yaml:90:7
%8685 = pow %6318, %8681 : f64[] @ models/lib/nn.yaml:90:7
%8686 = sub %6291, %8685 : f64[] @ models/lib/nn.yaml:90:7
%8687 = sqrt %8686 : f64[] @ models/lib/nn.yaml:90:7
%8688 = div %6291, %8687 : f64[] @ models/lib/nn.yaml:90:7
%8689 = sqrt %8680 : f32[16] @ models/lib/nn.yaml:90:7
%8690 = cast %8688 : f32[] @ models/lib/nn.yaml:90:7
%8691 = broadcast %8690 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = mul %8689, %8691 : f32[16] @ models/lib/nn.yaml:90:7
%8693 = add %8692, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%8694 = div %8676, %8693 : f32[16] @ models/lib/nn.yaml:90:7
%8695 = cast %8684 : f32[] @ models/lib/nn.yaml:90:7
%8696 = broadcast %8695 : f32[16] @ models/lib/nn.yaml:90:7
%8697 = mul %8694, %8696 : f32[16] @ models/lib/nn.yaml:90:7
%8698 = sub %52, %8697 : f32[16] @ models/lib/nn.yaml:90:7
%8699 = assign %52, %8698 : f32[16] @ models/lib/nn.yaml:90:7
%8700 = assign %8670, %8676 : f32[16] @ models/lib/nn.yaml:90:7
%8701 = assign %8671, %8680 : f32[16] @ models/lib/nn.yaml:90:7
%8702 = assign %8672, %8673 : i64[] @ models/lib/nn.yaml:90:7
%8703 = mul %130, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%8704 = mul %8698, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%8705 = add %8703, %8704 : f32[16] @ models/lib/nn.yaml:90:7
%8706 = assign %130, %8705 : f32[16] @ models/lib/nn.yaml:90:7
%8707 = all_reduce_sum %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%8708 = reshape %8707 : f32[256] @ models/lib/nn.yaml:79:7
%8709 = mul %8708, %8708 : f32[256] @ models/lib/nn.yaml:79:7
%8710 = reduce_sum %8709 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8711 = sqrt %8710 : f32[] @ models/lib/nn.yaml:79:7
%8712 = cast %8711 : f64[] @ models/lib/nn.yaml:79:7
%8713 = add %8712, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8714 = div %6289, %8713 : f64[] @ models/lib/nn.yaml:79:7
%8715 = lt %8714, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8716 = cast %8714 : f32[] @ models/lib/nn.yaml:79:7
%8717 = broadcast %8716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8718 = mul %8707, %8717 : f32[16,16] @ models/lib/nn.yaml:79:7
%8719 = broadcast %8715 : bool[16,16] @ models/lib/nn.yaml:79:7
%8720 = select %8719, %8718, %8707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8721 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8722 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8723 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8724 = add %8723, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8725 = mul %53, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8726 = mul %8720, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8727 = mul %8721, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8728 = add %8727, %8726 : f32[16,16] @ models/lib/nn.yaml:79:7
%8729 = mul %8720, %8720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8730 = mul %8729, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8731 = mul %8722, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8732 = add %8731, %8730 : f32[16,16] @ models/lib/nn.yaml:79:7
%8733 = cast %8724 : f64[] @ models/lib/nn.yaml:79:7
%8734 = pow %6310, %8733 : f64[] @ models/lib/nn.yaml:79:7
%8735 = sub %6291, %8734 : f64[] @ models/lib/nn.yaml:79:7
%8736 = div %3879, %8735 : f64[] @ models/lib/nn.yaml:79:7
%8737 = pow %6318, %8733 : f64[] @ models/lib/nn.yaml:79:7
%8738 = sub %6291, %8737 : f64[] @ models/lib/nn.yaml:79:7
%8739 = sqrt %8738 : f64[] @ models/lib/nn.yaml:79:7
%8740 = div %6291, %8739 : f64[] @ models/lib/nn.yaml:79:7
%8741 = sqrt %8732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8742 = cast %8740 : f32[] @ models/lib/nn.yaml:79:7
%8743 = broadcast %8742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = mul %8741, %8743 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = add %8744, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8746 = div %8728, %8745 : f32[16,16] @ models/lib/nn.yaml:79:7
%8747 = cast %8736 : f32[] @ models/lib/nn.yaml:79:7
%8748 = broadcast %8747 : f32[16,16] @ models/lib/nn.yaml:79:7
%8749 = mul %8746, %8748 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = sub %8725, %8749 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = assign %53, %8750 : f32[16,16] @ models/lib/nn.yaml:79:7
%8752 = assign %8721, %8728 : f32[16,16] @ models/lib/nn.yaml:79:7
%8753 = assign %8722, %8732 : f32[16,16] @ models/lib/nn.yaml:79:7
%8754 = assign %8723, %8724 : i64[] @ models/lib/nn.yaml:79:7
%8755 = mul %131, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8756 = mul %8750, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8757 = add %8755, %8756 : f32[16,16] @ models/lib/nn.yaml:79:7
%8758 = assign %131, %8757 : f32[16,16] @ models/lib/nn.yaml:79:7
%8759 = all_reduce_sum %5508 : f32[16] @ models/lib/nn.yaml:80:7
%8760 = mul %8759, %8759 : f32[16] @ models/lib/nn.yaml:80:7
%8761 = reduce_sum %8760 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8762 = sqrt %8761 : f32[] @ models/lib/nn.yaml:80:7
%8763 = cast %8762 : f64[] @ models/lib/nn.yaml:80:7
%8764 = add %8763, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8765 = div %6289, %8764 : f64[] @ models/lib/nn.yaml:80:7
%8766 = lt %8765, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8767 = cast %8765 : f32[] @ models/lib/nn.yaml:80:7
%8768 = broadcast %8767 : f32[16] @ models/lib/nn.yaml:80:7
%8769 = mul %8759, %8768 : f32[16] @ models/lib/nn.yaml:80:7
%8770 = broadcast %8766 : bool[16] @ models/lib/nn.yaml:80:7
%8771 = select %8770, %8769, %8759 : f32[16] @ models/lib/nn.yaml:80:7
%8772 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8773 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8774 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8775 = add %8774, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8776 = mul %8771, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8777 = mul %8772, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8778 = add %8777, %8776 : f32[16] @ models/lib/nn.yaml:80:7
%8779 = mul %8771, %8771 : f32[16] @ models/lib/nn.yaml:80:7
%8780 = mul %8779, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8781 = mul %8773, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8782 = add %8781, %8780 : f32[16] @ models/lib/nn.yaml:80:7
%8783 = cast %8775 : f64[] @ models/lib/nn.yaml:80:7
%8784 = pow %6310, %8783 : f64[] @ models/lib/nn.yaml:80:7
%8785 = sub %6291, %8784 : f64[] @ models/lib/nn.yaml:80:7
%8786 = div %3879, %8785 : f64[] @ models/lib/nn.yaml:80:7
%8787 = pow %6318, %8783 : f64[] @ models/lib/nn.yaml:80:7
%8788 = sub %6291, %8787 : f64[] @ models/lib/nn.yaml:80:7
%8789 = sqrt %8788 : f64[] @ models/lib/nn.yaml:80:7
%8790 = div %6291, %8789 : f64[] @ models/lib/nn.yaml:80:7
%8791 = sqrt %8782 : f32[16] @ models/lib/nn.yaml:80:7
%8792 = cast %8790 : f32[] @ models/lib/nn.yaml:80:7
%8793 = broadcast %8792 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = mul %8791, %8793 : f32[16] @ models/lib/nn.yaml:80:7
%8795 = add %8794, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = div %8778, %8795 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = cast %8786 : f32[] @ models/lib/nn.yaml:80:7
%8798 = broadcast %8797 : f32[16] @ models/lib/nn.yaml:80:7
%8799 = mul %8796, %8798 : f32[16] @ models/lib/nn.yaml:80:7
%8800 = sub %54, %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = assign %54, %8800 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = assign %8772, %8778 : f32[16] @ models/lib/nn.yaml:80:7
%8803 = assign %8773, %8782 : f32[16] @ models/lib/nn.yaml:80:7
%8804 = assign %8774, %8775 : i64[] @ models/lib/nn.yaml:80:7
%8805 = mul %132, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%8806 = mul %8800, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%8807 = add %8805, %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8808 = assign %132, %8807 : f32[16] @ models/lib/nn.yaml:80:7
%8809 = all_reduce_sum %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8810 = reshape %8809 : f32[256] @ models/lib/nn.yaml:79:7
%8811 = mul %8810, %8810 : f32[256] @ models/lib/nn.yaml:79:7
%8812 = reduce_sum %8811 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8813 = sqrt %8812 : f32[] @ models/lib/nn.yaml:79:7
%8814 = cast %8813 : f64[] @ models/lib/nn.yaml:79:7
%8815 = add %8814, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8816 = div %6289, %8815 : f64[] @ models/lib/nn.yaml:79:7
%8817 = lt %8816, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8818 = cast %8816 : f32[] @ models/lib/nn.yaml:79:7
%8819 = broadcast %8818 : f32[16,16] @ models/lib/nn.yaml:79:7
%8820 = mul %8809, %8819 : f32[16,16] @ models/lib/nn.yaml:79:7
%8821 = broadcast %8817 : bool[16,16] @ models/lib/nn.yaml:79:7
%8822 = select %8821, %8820, %8809 : f32[16,16] @ models/lib/nn.yaml:79:7
%8823 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8824 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8825 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8826 = add %8825, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8827 = mul %55, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8828 = mul %8822, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8829 = mul %8823, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8830 = add %8829, %8828 : f32[16,16] @ models/lib/nn.yaml:79:7
%8831 = mul %8822, %8822 : f32[16,16] @ models/lib/nn.yaml:79:7
%8832 = mul %8831, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8833 = mul %8824, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8834 = add %8833, %8832 : f32[16,16] @ models/lib/nn.yaml:79:7
%8835 = cast %8826 : f64[] @ models/lib/nn.yaml:79:7
%8836 = pow %6310, %8835 : f64[] @ models/lib/nn.yaml:79:7
%8837 = sub %6291, %8836 : f64[] @ models/lib/nn.yaml:79:7
%8838 = div %3879, %8837 : f64[] @ models/lib/nn.yaml:79:7
%8839 = pow %6318, %8835 : f64[] @ models/lib/nn.yaml:79:7
%8840 = sub %6291, %8839 : f64[] @ models/lib/nn.yaml:79:7
%8841 = sqrt %8840 : f64[] @ models/lib/nn.yaml:79:7
%8842 = div %6291, %8841 : f64[] @ models/lib/nn.yaml:79:7
%8843 = sqrt %8834 : f32[16,16] @ models/lib/nn.yaml:79:7
%8844 = cast %8842 : f32[] @ models/lib/nn.yaml:79:7
%8845 = broadcast %8844 : f32[16,16] @ models/lib/nn.yaml:79:7
%8846 = mul %8843, %8845 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = add %8846, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8848 = div %8830, %8847 : f32[16,16] @ models/lib/nn.yaml:79:7
%8849 = cast %8838 : f32[] @ models/lib/nn.yaml:79:7
%8850 = broadcast %8849 : f32[16,16] @ models/lib/nn.yaml:79:7
%8851 = mul %8848, %8850 : f32[16,16] @ models/lib/nn.yaml:79:7
%8852 = sub %8827, %8851 : f32[16,16] @ models/lib/nn.yaml:79:7
%8853 = assign %55, %8852 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = assign %8823, %8830 : f32[16,16] @ models/lib/nn.yaml:79:7
%8855 = assign %8824, %8834 : f32[16,16] @ models/lib/nn.yaml:79:7
%8856 = assign %8825, %8826 : i64[] @ models/lib/nn.yaml:79:7
%8857 = mul %133, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8858 = mul %8852, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8859 = add %8857, %8858 : f32[16,16] @ models/lib/nn.yaml:79:7
%8860 = assign %133, %8859 : f32[16,16] @ models/lib/nn.yaml:79:7
%8861 = all_reduce_sum %5491 : f32[16] @ models/lib/nn.yaml:80:7
%8862 = mul %8861, %8861 : f32[16] @ models/lib/nn.yaml:80:7
%8863 = reduce_sum %8862 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8864 = sqrt %8863 : f32[] @ models/lib/nn.yaml:80:7
%8865 = cast %8864 : f64[] @ models/lib/nn.yaml:80:7
%8866 = add %8865, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8867 = div %6289, %8866 : f64[] @ models/lib/nn.yaml:80:7
%8868 = lt %8867, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8869 = cast %8867 : f32[] @ models/lib/nn.yaml:80:7
%8870 = broadcast %8869 : f32[16] @ models/lib/nn.yaml:80:7
%8871 = mul %8861, %8870 : f32[16] @ models/lib/nn.yaml:80:7
%8872 = broadcast %8868 : bool[16] @ models/lib/nn.yaml:80:7
%8873 = select %8872, %8871, %8861 : f32[16] @ models/lib/nn.yaml:80:7
%8874 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8875 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8876 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8877 = add %8876, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8878 = mul %8873, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8879 = mul %8874, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8880 = add %8879, %8878 : f32[16] @ models/lib/nn.yaml:80:7
%8881 = mul %8873, %8873 : f32[16] @ models/lib/nn.yaml:80:7
%8882 = mul %8881, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8883 = mul %8875, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8884 = add %8883, %8882 : f32[16] @ models/lib/nn.yaml:80:7
%8885 = cast %8877 : f64[] @ models/lib/nn.yaml:80:7
%8886 = pow %6310, %8885 : f64[] @ models/lib/nn.yaml:80:7
%8887 = sub %6291, %8886 : f64[] @ models/lib/nn.yaml:80:7
%8888 = div %3879, %8887 : f64[] @ models/lib/nn.yaml:80:7
%8889 = pow %6318, %8885 : f64[] @ models/lib/nn.yaml:80:7
%8890 = sub %6291, %8889 : f64[] @ models/lib/nn.yaml:80:7
%8891 = sqrt %8890 : f64[] @ models/lib/nn.yaml:80:7
%8892 = div %6291, %8891 : f64[] @ models/lib/nn.yaml:80:7
%8893 = sqrt %8884 : f32[16] @ models/lib/nn.yaml:80:7
%8894 = cast %8892 : f32[] @ models/lib/nn.yaml:80:7
%8895 = broadcast %8894 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = mul %8893, %8895 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = add %8896, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = div %8880, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = cast %8888 : f32[] @ models/lib/nn.yaml:80:7
%8900 = broadcast %8899 : f32[16] @ models/lib/nn.yaml:80:7
%8901 = mul %8898, %8900 : f32[16] @ models/lib/nn.yaml:80:7
%8902 = sub %56, %8901 : f32[16] @ models/lib/nn.yaml:80:7
%8903 = assign %56, %8902 : f32[16] @ models/lib/nn.yaml:80:7
%8904 = assign %8874, %8880 : f32[16] @ models/lib/nn.yaml:80:7
%8905 = assign %8875, %8884 : f32[16] @ models/lib/nn.yaml:80:7
%8906 = assign %8876, %8877 : i64[] @ models/lib/nn.yaml:80:7
%8907 = mul %134, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%8908 = mul %8902, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%8909 = add %8907, %8908 : f32[16] @ models/lib/nn.yaml:80:7
%8910 = assign %134, %8909 : f32[16] @ models/lib/nn.yaml:80:7
%8911 = all_reduce_sum %5483 : f32[16,16] @ models/lib/nn.yaml:79:7
%8912 = reshape %8911 : f32[256] @ models/lib/nn.yaml:79:7
%8913 = mul %8912, %8912 : f32[256] @ models/lib/nn.yaml:79:7
%8914 = reduce_sum %8913 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8915 = sqrt %8914 : f32[] @ models/lib/nn.yaml:79:7
%8916 = cast %8915 : f64[] @ models/lib/nn.yaml:79:7
%8917 = add %8916, %6287 : f64[] @ models/lib/nn.yaml:79:7
%8918 = div %6289, %8917 : f64[] @ models/lib/nn.yaml:79:7
%8919 = lt %8918, %6291 : bool[] @ models/lib/nn.yaml:79:7
%8920 = cast %8918 : f32[] @ models/lib/nn.yaml:79:7
%8921 = broadcast %8920 : f32[16,16] @ models/lib/nn.yaml:79:7
%8922 = mul %8911, %8921 : f32[16,16] @ models/lib/nn.yaml:79:7
%8923 = broadcast %8919 : bool[16,16] @ models/lib/nn.yaml:79:7
%8924 = select %8923, %8922, %8911 : f32[16,16] @ models/lib/nn.yaml:79:7
%8925 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8926 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8927 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8928 = add %8927, %6301 : i64[] @ models/lib/nn.yaml:79:7
%8929 = mul %57, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8930 = mul %8924, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8931 = mul %8925, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8932 = add %8931, %8930 : f32[16,16] @ models/lib/nn.yaml:79:7
%8933 = mul %8924, %8924 : f32[16,16] @ models/lib/nn.yaml:79:7
%8934 = mul %8933, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%8935 = mul %8926, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8936 = add %8935, %8934 : f32[16,16] @ models/lib/nn.yaml:79:7
%8937 = cast %8928 : f64[] @ models/lib/nn.yaml:79:7
%8938 = pow %6310, %8937 : f64[] @ models/lib/nn.yaml:79:7
%8939 = sub %6291, %8938 : f64[] @ models/lib/nn.yaml:79:7
%8940 = div %3879, %8939 : f64[] @ models/lib/nn.yaml:79:7
%8941 = pow %6318, %8937 : f64[] @ models/lib/nn.yaml:79:7
%8942 = sub %6291, %8941 : f64[] @ models/lib/nn.yaml:79:7
%8943 = sqrt %8942 : f64[] @ models/lib/nn.yaml:79:7
%8944 = div %6291, %8943 : f64[] @ models/lib/nn.yaml:79:7
%8945 = sqrt %8936 : f32[16,16] @ models/lib/nn.yaml:79:7
%8946 = cast %8944 : f32[] @ models/lib/nn.yaml:79:7
%8947 = broadcast %8946 : f32[16,16] @ models/lib/nn.yaml:79:7
%8948 = mul %8945, %8947 : f32[16,16] @ models/lib/nn.yaml:79:7
%8949 = add %8948, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%8950 = div %8932, %8949 : f32[16,16] @ models/lib/nn.yaml:79:7
%8951 = cast %8940 : f32[] @ models/lib/nn.yaml:79:7
%8952 = broadcast %8951 : f32[16,16] @ models/lib/nn.yaml:79:7
%8953 = mul %8950, %8952 : f32[16,16] @ models/lib/nn.yaml:79:7
%8954 = sub %8929, %8953 : f32[16,16] @ models/lib/nn.yaml:79:7
%8955 = assign %57, %8954 : f32[16,16] @ models/lib/nn.yaml:79:7
%8956 = assign %8925, %8932 : f32[16,16] @ models/lib/nn.yaml:79:7
%8957 = assign %8926, %8936 : f32[16,16] @ models/lib/nn.yaml:79:7
%8958 = assign %8927, %8928 : i64[] @ models/lib/nn.yaml:79:7
%8959 = mul %135, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%8960 = mul %8954, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%8961 = add %8959, %8960 : f32[16,16] @ models/lib/nn.yaml:79:7
%8962 = assign %135, %8961 : f32[16,16] @ models/lib/nn.yaml:79:7
%8963 = all_reduce_sum %5474 : f32[16] @ models/lib/nn.yaml:80:7
%8964 = mul %8963, %8963 : f32[16] @ models/lib/nn.yaml:80:7
%8965 = reduce_sum %8964 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8966 = sqrt %8965 : f32[] @ models/lib/nn.yaml:80:7
%8967 = cast %8966 : f64[] @ models/lib/nn.yaml:80:7
%8968 = add %8967, %6287 : f64[] @ models/lib/nn.yaml:80:7
%8969 = div %6289, %8968 : f64[] @ models/lib/nn.yaml:80:7
%8970 = lt %8969, %6291 : bool[] @ models/lib/nn.yaml:80:7
%8971 = cast %8969 : f32[] @ models/lib/nn.yaml:80:7
%8972 = broadcast %8971 : f32[16] @ models/lib/nn.yaml:80:7
%8973 = mul %8963, %8972 : f32[16] @ models/lib/nn.yaml:80:7
%8974 = broadcast %8970 : bool[16] @ models/lib/nn.yaml:80:7
%8975 = select %8974, %8973, %8963 : f32[16] @ models/lib/nn.yaml:80:7
%8976 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8977 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8978 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8979 = add %8978, %6301 : i64[] @ models/lib/nn.yaml:80:7
%8980 = mul %8975, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8981 = mul %8976, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%8982 = add %8981, %8980 : f32[16] @ models/lib/nn.yaml:80:7
%8983 = mul %8975, %8975 : f32[16] @ models/lib/nn.yaml:80:7
%8984 = mul %8983, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%8985 = mul %8977, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%8986 = add %8985, %8984 : f32[16] @ models/lib/nn.yaml:80:7
%8987 = cast %8979 : f64[] @ models/lib/nn.yaml:80:7
%8988 = pow %6310, %8987 : f64[] @ models/lib/nn.yaml:80:7
%8989 = sub %6291, %8988 : f64[] @ models/lib/nn.yaml:80:7
%8990 = div %3879, %8989 : f64[] @ models/lib/nn.yaml:80:7
%8991 = pow %6318, %8987 : f64[] @ models/lib/nn.yaml:80:7
%8992 = sub %6291, %8991 : f64[] @ models/lib/nn.yaml:80:7
%8993 = sqrt %8992 : f64[] @ models/lib/nn.yaml:80:7
%8994 = div %6291, %8993 : f64[] @ models/lib/nn.yaml:80:7
%8995 = sqrt %8986 : f32[16] @ models/lib/nn.yaml:80:7
%8996 = cast %8994 : f32[] @ models/lib/nn.yaml:80:7
%8997 = broadcast %8996 : f32[16] @ models/lib/nn.yaml:80:7
%8998 = mul %8995, %8997 : f32[16] @ models/lib/nn.yaml:80:7
%8999 = add %8998, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%9000 = div %8982, %8999 : f32[16] @ models/lib/nn.yaml:80:7
%9001 = cast %8990 : f32[] @ models/lib/nn.yaml:80:7
%9002 = broadcast %9001 : f32[16] @ models/lib/nn.yaml:80:7
%9003 = mul %9000, %9002 : f32[16] @ models/lib/nn.yaml:80:7
%9004 = sub %58, %9003 : f32[16] @ models/lib/nn.yaml:80:7
%9005 = assign %58, %9004 : f32[16] @ models/lib/nn.yaml:80:7
%9006 = assign %8976, %8982 : f32[16] @ models/lib/nn.yaml:80:7
%9007 = assign %8977, %8986 : f32[16] @ models/lib/nn.yaml:80:7
%9008 = assign %8978, %8979 : i64[] @ models/lib/nn.yaml:80:7
%9009 = mul %136, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%9010 = mul %9004, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%9011 = add %9009, %9010 : f32[16] @ models/lib/nn.yaml:80:7
%9012 = assign %136, %9011 : f32[16] @ models/lib/nn.yaml:80:7
%9013 = all_reduce_sum %5387 : f32[16,16] @ models/lib/nn.yaml:79:7
%9014 = reshape %9013 : f32[256] @ models/lib/nn.yaml:79:7
%9015 = mul %9014, %9014 : f32[256] @ models/lib/nn.yaml:79:7
%9016 = reduce_sum %9015 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9017 = sqrt %9016 : f32[] @ models/lib/nn.yaml:79:7
%9018 = cast %9017 : f64[] @ models/lib/nn.yaml:79:7
%9019 = add %9018, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9020 = div %6289, %9019 : f64[] @ models/lib/nn.yaml:79:7
%9021 = lt %9020, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9022 = cast %9020 : f32[] @ models/lib/nn.yaml:79:7
%9023 = broadcast %9022 : f32[16,16] @ models/lib/nn.yaml:79:7
%9024 = mul %9013, %9023 : f32[16,16] @ models/lib/nn.yaml:79:7
%9025 = broadcast %9021 : bool[16,16] @ models/lib/nn.yaml:79:7
%9026 = select %9025, %9024, %9013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9027 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9028 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9029 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9030 = add %9029, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9031 = mul %59, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%9032 = mul %9026, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%9033 = mul %9027, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%9034 = add %9033, %9032 : f32[16,16] @ models/lib/nn.yaml:79:7
%9035 = mul %9026, %9026 : f32[16,16] @ models/lib/nn.yaml:79:7
%9036 = mul %9035, %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%9037 = mul %9028, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%9038 = add %9037, %9036 : f32[16,16] @ models/lib/nn.yaml:79:7
%9039 = cast %9030 : f64[] @ models/lib/nn.yaml:79:7
%9040 = pow %6310, %9039 : f64[] @ models/lib/nn.yaml:79:7
%9041 = sub %6291, %9040 : f64[] @ models/lib/nn.yaml:79:7
%9042 = div %3879, %9041 : f64[] @ models/lib/nn.yaml:79:7
%9043 = pow %6318, %9039 : f64[] @ models/lib/nn.yaml:79:7
%9044 = sub %6291, %9043 : f64[] @ models/lib/nn.yaml:79:7
%9045 = sqrt %9044 : f64[] @ models/lib/nn.yaml:79:7
%9046 = div %6291, %9045 : f64[] @ models/lib/nn.yaml:79:7
%9047 = sqrt %9038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = cast %9046 : f32[] @ models/lib/nn.yaml:79:7
%9049 = broadcast %9048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9050 = mul %9047, %9049 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = add %9050, %6733 : f32[16,16] @ models/lib/nn.yaml:79:7
%9052 = div %9034, %9051 : f32[16,16] @ models/lib/nn.yaml:79:7
%9053 = cast %9042 : f32[] @ models/lib/nn.yaml:79:7
%9054 = broadcast %9053 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = mul %9052, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = sub %9031, %9055 : f32[16,16] @ models/lib/nn.yaml:79:7
%9057 = assign %59, %9056 : f32[16,16] @ models/lib/nn.yaml:79:7
%9058 = assign %9027, %9034 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = assign %9028, %9038 : f32[16,16] @ models/lib/nn.yaml:79:7
%9060 = assign %9029, %9030 : i64[] @ models/lib/nn.yaml:79:7
%9061 = mul %137, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%9062 = mul %9056, %6746 : f32[16,16] @ models/lib/nn.yaml:79:7
%9063 = add %9061, %9062 : f32[16,16] @ models/lib/nn.yaml:79:7
%9064 = assign %137, %9063 : f32[16,16] @ models/lib/nn.yaml:79:7
%9065 = all_reduce_sum %5379 : f32[16] @ models/lib/nn.yaml:80:7
%9066 = mul %9065, %9065 : f32[16] @ models/lib/nn.yaml:80:7
%9067 = reduce_sum %9066 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9068 = sqrt %9067 : f32[] @ models/lib/nn.yaml:80:7
%9069 = cast %9068 : f64[] @ models/lib/nn.yaml:80:7
%9070 = add %9069, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9071 = div %6289, %9070 : f64[] @ models/lib/nn.yaml:80:7
%9072 = lt %9071, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9073 = cast %9071 : f32[] @ models/lib/nn.yaml:80:7
%9074 = broadcast %9073 : f32[16] @ models/lib/nn.yaml:80:7
%9075 = mul %9065, %9074 : f32[16] @ models/lib/nn.yaml:80:7
%9076 = broadcast %9072 : bool[16] @ models/lib/nn.yaml:80:7
%9077 = select %9076, %9075, %9065 : f32[16] @ models/lib/nn.yaml:80:7
%9078 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9079 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9080 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9081 = add %9080, %6301 : i64[] @ models/lib/nn.yaml:80:7
%9082 = mul %9077, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%9083 = mul %9078, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%9084 = add %9083, %9082 : f32[16] @ models/lib/nn.yaml:80:7
%9085 = mul %9077, %9077 : f32[16] @ models/lib/nn.yaml:80:7
%9086 = mul %9085, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%9087 = mul %9079, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%9088 = add %9087, %9086 : f32[16] @ models/lib/nn.yaml:80:7
%9089 = cast %9081 : f64[] @ models/lib/nn.yaml:80:7
%9090 = pow %6310, %9089 : f64[] @ models/lib/nn.yaml:80:7
%9091 = sub %6291, %9090 : f64[] @ models/lib/nn.yaml:80:7
%9092 = div %3879, %9091 : f64[] @ models/lib/nn.yaml:80:7
%9093 = pow %6318, %9089 : f64[] @ models/lib/nn.yaml:80:7
%9094 = sub %6291, %9093 : f64[] @ models/lib/nn.yaml:80:7
%9095 = sqrt %9094 : f64[] @ models/lib/nn.yaml:80:7
%9096 = div %6291, %9095 : f64[] @ models/lib/nn.yaml:80:7
%9097 = sqrt %9088 : f32[16] @ models/lib/nn.yaml:80:7
%9098 = cast %9096 : f32[] @ models/lib/nn.yaml:80:7
%9099 = broadcast %9098 : f32[16] @ models/lib/nn.yaml:80:7
%9100 = mul %9097, %9099 : f32[16] @ models/lib/nn.yaml:80:7
%9101 = add %9100, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%9102 = div %9084, %9101 : f32[16] @ models/lib/nn.yaml:80:7
%9103 = cast %9092 : f32[] @ models/lib/nn.yaml:80:7
%9104 = broadcast %9103 : f32[16] @ models/lib/nn.yaml:80:7
%9105 = mul %9102, %9104 : f32[16] @ models/lib/nn.yaml:80:7
%9106 = sub %60, %9105 : f32[16] @ models/lib/nn.yaml:80:7
%9107 = assign %60, %9106 : f32[16] @ models/lib/nn.yaml:80:7
%9108 = assign %9078, %9084 : f32[16] @ models/lib/nn.yaml:80:7
%9109 = assign %9079, %9088 : f32[16] @ models/lib/nn.yaml:80:7
%9110 = assign %9080, %9081 : i64[] @ models/lib/nn.yaml:80:7
%9111 = mul %138, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%9112 = mul %9106, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%9113 = add %9111, %9112 : f32[16] @ models/lib/nn.yaml:80:7
%9114 = assign %138, %9113 : f32[16] @ models/lib/nn.yaml:80:7
%9115 = all_reduce_sum %5358 : f32[16] @ models/lib/nn.yaml:89:7
%9116 = mul %9115, %9115 : f32[16] @ models/lib/nn.yaml:89:7
%9117 = reduce_sum %9116 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9118 = sqrt %9117 : f32[] @ models/lib/nn.yaml:89:7
%9119 = cast %9118 : f64[] @ models/lib/nn.yaml:89:7
%9120 = add %9119, %6287 : f64[] @ models/lib/nn.yaml:89:7
%9121 = div %6289, %9120 : f64[] @ models/lib/nn.yaml:89:7
%9122 = lt %9121, %6291 : bool[] @ models/lib/nn.yaml:89:7
%9123 = cast %9121 : f32[] @ models/lib/nn.yaml:89:7
%9124 = broadcast %9123 : f32[16] @ models/lib/nn.yaml:89:7
%9125 = mul %9115, %9124 : f32[16] @ models/lib/nn.yaml:89:7
%9126 = broadcast %9122 : bool[16] @ models/lib/nn.yaml:89:7
%9127 = select %9126, %9125, %9115 : f32[16] @ models/lib/nn.yaml:89:7
%9128 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9129 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9130 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9131 = add %9130, %6301 : i64[] @ models/lib/nn.yaml:89:7
%9132 = mul %9127, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%9133 = mul %9128, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%9134 = add %9133, %9132 : f32[16] @ models/lib/nn.yaml:89:7
%9135 = mul %9127, %9127 : f32[16] @ models/lib/nn.yaml:89:7
%9136 = mul %9135, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%9137 = mul %9129, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%9138 = add %9137, %9136 : f32[16] @ models/lib/nn.yaml:89:7
%9139 = cast %9131 : f64[] @ models/lib/nn.yaml:89:7
%9140 = pow %6310, %9139 : f64[] @ models/lib/nn.yaml:89:7
%9141 = sub %6291, %9140 : f64[] @ models/lib/nn.yaml:89:7
%9142 = div %3879, %9141 : f64[] @ models/lib/nn.yaml:89:7
%9143 = pow %6318, %9139 : f64[] @ models/lib/nn.yaml:89:7
%9144 = sub %6291, %9143 : f64[] @ models/lib/nn.yaml:89:7
%9145 = sqrt %9144 : f64[] @ models/lib/nn.yaml:89:7
%9146 = div %6291, %9145 : f64[] @ models/lib/nn.yaml:89:7
%9147 = sqrt %9138 : f32[16] @ models/lib/nn.yaml:89:7
%9148 = cast %9146 : f32[] @ models/lib/nn.yaml:89:7
%9149 = broadcast %9148 : f32[16] @ models/lib/nn.yaml:89:7
%9150 = mul %9147, %9149 : f32[16] @ models/lib/nn.yaml:89:7
%9151 = add %9150, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%9152 = div %9134, %9151 : f32[16] @ models/lib/nn.yaml:89:7
%9153 = cast %9142 : f32[] @ models/lib/nn.yaml:89:7
%9154 = broadcast %9153 : f32[16] @ models/lib/nn.yaml:89:7
%9155 = mul %9152, %9154 : f32[16] @ models/lib/nn.yaml:89:7
%9156 = sub %61, %9155 : f32[16] @ models/lib/nn.yaml:89:7
%9157 = assign %61, %9156 : f32[16] @ models/lib/nn.yaml:89:7
%9158 = assign %9128, %9134 : f32[16] @ models/lib/nn.yaml:89:7
%9159 = assign %9129, %9138 : f32[16] @ models/lib/nn.yaml:89:7
%9160 = assign %9130, %9131 : i64[] @ models/lib/nn.yaml:89:7
%9161 = mul %139, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%9162 = mul %9156, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%9163 = add %9161, %9162 : f32[16] @ models/lib/nn.yaml:89:7
%9164 = assign %139, %9163 : f32[16] @ models/lib/nn.yaml:89:7
%9165 = all_reduce_sum %5351 : f32[16] @ models/lib/nn.yaml:90:7
%9166 = mul %9165, %9165 : f32[16] @ models/lib/nn.yaml:90:7
%9167 = reduce_sum %9166 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9168 = sqrt %9167 : f32[] @ models/lib/nn.yaml:90:7
%9169 = cast %9168 : f64[] @ models/lib/nn.yaml:90:7
%9170 = add %9169, %6287 : f64[] @ models/lib/nn.yaml:90:7
%9171 = div %6289, %9170 : f64[] @ models/lib/nn.yaml:90:7
%9172 = lt %9171, %6291 : bool[] @ models/lib/nn.yaml:90:7
%9173 = cast %9171 : f32[] @ models/lib/nn.yaml:90:7
%9174 = broadcast %9173 : f32[16] @ models/lib/nn.yaml:90:7
%9175 = mul %9165, %9174 : f32[16] @ models/lib/nn.yaml:90:7
%9176 = broadcast %9172 : bool[16] @ models/lib/nn.yaml:90:7
%9177 = select %9176, %9175, %9165 : f32[16] @ models/lib/nn.yaml:90:7
%9178 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9179 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9180 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9181 = add %9180, %6301 : i64[] @ models/lib/nn.yaml:90:7
%9182 = mul %9177, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%9183 = mul %9178, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%9184 = add %9183, %9182 : f32[16] @ models/lib/nn.yaml:90:7
%9185 = mul %9177, %9177 : f32[16] @ models/lib/nn.yaml:90:7
%9186 = mul %9185, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%9187 = mul %9179, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%9188 = add %9187, %9186 : f32[16] @ models/lib/nn.yaml:90:7
%9189 = cast %9181 : f64[] @ models/lib/nn.yaml:90:7
%9190 = pow %6310, %9189 : f64[] @ models/lib/nn.yaml:90:7
%9191 = sub %6291, %9190 : f64[] @ models/lib/nn.yaml:90:7
%9192 = div %3879, %9191 : f64[] @ models/lib/nn.yaml:90:7
%9193 = pow %6318, %9189 : f64[] @ models/lib/nn.yaml:90:7
%9194 = sub %6291, %9193 : f64[] @ models/lib/nn.yaml:90:7
%9195 = sqrt %9194 : f64[] @ models/lib/nn.yaml:90:7
%9196 = div %6291, %9195 : f64[] @ models/lib/nn.yaml:90:7
%9197 = sqrt %9188 : f32[16] @ models/lib/nn.yaml:90:7
%9198 = cast %9196 : f32[] @ models/lib/nn.yaml:90:7
%9199 = broadcast %9198 : f32[16] @ models/lib/nn.yaml:90:7
%9200 = mul %9197, %9199 : f32[16] @ models/lib/nn.yaml:90:7
%9201 = add %9200, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%9202 = div %9184, %9201 : f32[16] @ models/lib/nn.yaml:90:7
%9203 = cast %9192 : f32[] @ models/lib/nn.yaml:90:7
%9204 = broadcast %9203 : f32[16] @ models/lib/nn.yaml:90:7
%9205 = mul %9202, %9204 : f32[16] @ models/lib/nn.yaml:90:7
%9206 = sub %62, %9205 : f32[16] @ models/lib/nn.yaml:90:7
%9207 = assign %62, %9206 : f32[16] @ models/lib/nn.yaml:90:7
%9208 = assign %9178, %9184 : f32[16] @ models/lib/nn.yaml:90:7
%9209 = assign %9179, %9188 : f32[16] @ models/lib/nn.yaml:90:7
%9210 = assign %9180, %9181 : i64[] @ models/lib/nn.yaml:90:7
%9211 = mul %140, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%9212 = mul %9206, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%9213 = add %9211, %9212 : f32[16] @ models/lib/nn.yaml:90:7
%9214 = assign %140, %9213 : f32[16] @ models/lib/nn.yaml:90:7
%9215 = all_reduce_sum %5347 : f32[64,16] @ models/lib/nn.yaml:79:7
%9216 = reshape %9215 : f32[1024] @ models/lib/nn.yaml:79:7
%9217 = mul %9216, %9216 : f32[1024] @ models/lib/nn.yaml:79:7
%9218 = reduce_sum %9217 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9219 = sqrt %9218 : f32[] @ models/lib/nn.yaml:79:7
%9220 = cast %9219 : f64[] @ models/lib/nn.yaml:79:7
%9221 = add %9220, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9222 = div %6289, %9221 : f64[] @ models/lib/nn.yaml:79:7
%9223 = lt %9222, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9224 = cast %9222 : f32[] @ models/lib/nn.yaml:79:7
%9225 = broadcast %9224 : f32[64,16] @ models/lib/nn.yaml:79:7
%9226 = mul %9215, %9225 : f32[64,16] @ models/lib/nn.yaml:79:7
%9227 = broadcast %9223 : bool[64,16] @ models/lib/nn.yaml:79:7
%9228 = select %9227, %9226, %9215 : f32[64,16] @ models/lib/nn.yaml:79:7
%9229 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9230 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9231 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9232 = add %9231, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9233 = mul %63, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%9234 = mul %9228, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%9235 = mul %9229, %6922 : f32[64,16] @ models/lib/nn.yaml:79:7
%9236 = add %9235, %9234 : f32[64,16] @ models/lib/nn.yaml:79:7
%9237 = mul %9228, %9228 : f32[64,16] @ models/lib/nn.yaml:79:7
%9238 = mul %9237, %6926 : f32[64,16] @ models/lib/nn.yaml:79:7
%9239 = mul %9230, %6928 : f32[64,16] @ models/lib/nn.yaml:79:7
%9240 = add %9239, %9238 : f32[64,16] @ models/lib/nn.yaml:79:7
%9241 = cast %9232 : f64[] @ models/lib/nn.yaml:79:7
%9242 = pow %6310, %9241 : f64[] @ models/lib/nn.yaml:79:7
%9243 = sub %6291, %9242 : f64[] @ models/lib/nn.yaml:79:7
%9244 = div %3879, %9243 : f64[] @ models/lib/nn.yaml:79:7
%9245 = pow %6318, %9241 : f64[] @ models/lib/nn.yaml:79:7
%9246 = sub %6291, %9245 : f64[] @ models/lib/nn.yaml:79:7
%9247 = sqrt %9246 : f64[] @ models/lib/nn.yaml:79:7
%9248 = div %6291, %9247 : f64[] @ models/lib/nn.yaml:79:7
%9249 = sqrt %9240 : f32[64,16] @ models/lib/nn.yaml:79:7
%9250 = cast %9248 : f32[] @ models/lib/nn.yaml:79:7
%9251 = broadcast %9250 : f32[64,16] @ models/lib/nn.yaml:79:7
%9252 = mul %9249, %9251 : f32[64,16] @ models/lib/nn.yaml:79:7
%9253 = add %9252, %6943 : f32[64,16] @ models/lib/nn.yaml:79:7
%9254 = div %9236, %9253 : f32[64,16] @ models/lib/nn.yaml:79:7
%9255 = cast %9244 : f32[] @ models/lib/nn.yaml:79:7
%9256 = broadcast %9255 : f32[64,16] @ models/lib/nn.yaml:79:7
%9257 = mul %9254, %9256 : f32[64,16] @ models/lib/nn.yaml:79:7
%9258 = sub %9233, %9257 : f32[64,16] @ models/lib/nn.yaml:79:7
%9259 = assign %63, %9258 : f32[64,16] @ models/lib/nn.yaml:79:7
%9260 = assign %9229, %9236 : f32[64,16] @ models/lib/nn.yaml:79:7
%9261 = assign %9230, %9240 : f32[64,16] @ models/lib/nn.yaml:79:7
%9262 = assign %9231, %9232 : i64[] @ models/lib/nn.yaml:79:7
%9263 = mul %141, %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%9264 = mul %9258, %6956 : f32[64,16] @ models/lib/nn.yaml:79:7
%9265 = add %9263, %9264 : f32[64,16] @ models/lib/nn.yaml:79:7
%9266 = assign %141, %9265 : f32[64,16] @ models/lib/nn.yaml:79:7
%9267 = all_reduce_sum %5339 : f32[64] @ models/lib/nn.yaml:80:7
%9268 = mul %9267, %9267 : f32[64] @ models/lib/nn.yaml:80:7
%9269 = reduce_sum %9268 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9270 = sqrt %9269 : f32[] @ models/lib/nn.yaml:80:7
%9271 = cast %9270 : f64[] @ models/lib/nn.yaml:80:7
%9272 = add %9271, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9273 = div %6289, %9272 : f64[] @ models/lib/nn.yaml:80:7
%9274 = lt %9273, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9275 = cast %9273 : f32[] @ models/lib/nn.yaml:80:7
%9276 = broadcast %9275 : f32[64] @ models/lib/nn.yaml:80:7
%9277 = mul %9267, %9276 : f32[64] @ models/lib/nn.yaml:80:7
%9278 = broadcast %9274 : bool[64] @ models/lib/nn.yaml:80:7
%9279 = select %9278, %9277, %9267 : f32[64] @ models/lib/nn.yaml:80:7
%9280 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9281 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9282 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9283 = add %9282, %6301 : i64[] @ models/lib/nn.yaml:80:7
%9284 = mul %9279, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%9285 = mul %9280, %6979 : f32[64] @ models/lib/nn.yaml:80:7
%9286 = add %9285, %9284 : f32[64] @ models/lib/nn.yaml:80:7
%9287 = mul %9279, %9279 : f32[64] @ models/lib/nn.yaml:80:7
%9288 = mul %9287, %6983 : f32[64] @ models/lib/nn.yaml:80:7
%9289 = mul %9281, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%9290 = add %9289, %9288 : f32[64] @ models/lib/nn.yaml:80:7
%9291 = cast %9283 : f64[] @ models/lib/nn.yaml:80:7
%9292 = pow %6310, %9291 : f64[] @ models/lib/nn.yaml:80:7
%9293 = sub %6291, %9292 : f64[] @ models/lib/nn.yaml:80:7
%9294 = div %3879, %9293 : f64[] @ models/lib/nn.yaml:80:7
%9295 = pow %6318, %9291 : f64[] @ models/lib/nn.yaml:80:7
%9296 = sub %6291, %9295 : f64[] @ models/lib/nn.yaml:80:7
%9297 = sqrt %9296 : f64[] @ models/lib/nn.yaml:80:7
%9298 = div %6291, %9297 : f64[] @ models/lib/nn.yaml:80:7
%9299 = sqrt %9290 : f32[64] @ models/lib/nn.yaml:80:7
%9300 = cast %9298 : f32[] @ models/lib/nn.yaml:80:7
%9301 = broadcast %9300 : f32[64] @ models/lib/nn.yaml:80:7
%9302 = mul %9299, %9301 : f32[64] @ models/lib/nn.yaml:80:7
%9303 = add %9302, %7000 : f32[64] @ models/lib/nn.yaml:80:7
%9304 = div %9286, %9303 : f32[64] @ models/lib/nn.yaml:80:7
%9305 = cast %9294 : f32[] @ models/lib/nn.yaml:80:7
%9306 = broadcast %9305 : f32[64] @ models/lib/nn.yaml:80:7
%9307 = mul %9304, %9306 : f32[64] @ models/lib/nn.yaml:80:7
%9308 = sub %64, %9307 : f32[64] @ models/lib/nn.yaml:80:7
%9309 = assign %64, %9308 : f32[64] @ models/lib/nn.yaml:80:7
%9310 = assign %9280, %9286 : f32[64] @ models/lib/nn.yaml:80:7
%9311 = assign %9281, %9290 : f32[64] @ models/lib/nn.yaml:80:7
%9312 = assign %9282, %9283 : i64[] @ models/lib/nn.yaml:80:7
%9313 = mul %142, %7011 : f32[64] @ models/lib/nn.yaml:80:7
%9314 = mul %9308, %7013 : f32[64] @ models/lib/nn.yaml:80:7
%9315 = add %9313, %9314 : f32[64] @ models/lib/nn.yaml:80:7
%9316 = assign %142, %9315 : f32[64] @ models/lib/nn.yaml:80:7
%9317 = all_reduce_sum %5321 : f32[16,64] @ models/lib/nn.yaml:79:7
%9318 = reshape %9317 : f32[1024] @ models/lib/nn.yaml:79:7
%9319 = mul %9318, %9318 : f32[1024] @ models/lib/nn.yaml:79:7
%9320 = reduce_sum %9319 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9321 = sqrt %9320 : f32[] @ models/lib/nn.yaml:79:7
%9322 = cast %9321 : f64[] @ models/lib/nn.yaml:79:7
%9323 = add %9322, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9324 = div %6289, %9323 : f64[] @ models/lib/nn.yaml:79:7
%9325 = lt %9324, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9326 = cast %9324 : f32[] @ models/lib/nn.yaml:79:7
%9327 = broadcast %9326 : f32[16,64] @ models/lib/nn.yaml:79:7
%9328 = mul %9317, %9327 : f32[16,64] @ models/lib/nn.yaml:79:7
%9329 = broadcast %9325 : bool[16,64] @ models/lib/nn.yaml:79:7
%9330 = select %9329, %9328, %9317 : f32[16,64] @ models/lib/nn.yaml:79:7
%9331 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9332 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9333 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9334 = add %9333, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9335 = mul %65, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%9336 = mul %9330, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%9337 = mul %9331, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%9338 = add %9337, %9336 : f32[16,64] @ models/lib/nn.yaml:79:7
%9339 = mul %9330, %9330 : f32[16,64] @ models/lib/nn.yaml:79:7
%9340 = mul %9339, %7043 : f32[16,64] @ models/lib/nn.yaml:79:7
%9341 = mul %9332, %7045 : f32[16,64] @ models/lib/nn.yaml:79:7
%9342 = add %9341, %9340 : f32[16,64] @ models/lib/nn.yaml:79:7
%9343 = cast %9334 : f64[] @ models/lib/nn.yaml:79:7
%9344 = pow %6310, %9343 : f64[] @ models/lib/nn.yaml:79:7
%9345 = sub %6291, %9344 : f64[] @ models/lib/nn.yaml:79:7
%9346 = div %3879, %9345 : f64[] @ models/lib/nn.yaml:79:7
%9347 = pow %6318, %9343 : f64[] @ models/lib/nn.yaml:79:7
%9348 = sub %6291, %9347 : f64[] @ models/lib/nn.yaml:79:7
%9349 = sqrt %9348 : f64[] @ models/lib/nn.yaml:79:7
%9350 = div %6291, %9349 : f64[] @ models/lib/nn.yaml:79:7
%9351 = sqrt %9342 : f32[16,64] @ models/lib/nn.yaml:79:7
%9352 = cast %9350 : f32[] @ models/lib/nn.yaml:79:7
%9353 = broadcast %9352 : f32[16,64] @ models/lib/nn.yaml:79:7
%9354 = mul %9351, %9353 : f32[16,64] @ models/lib/nn.yaml:79:7
%9355 = add %9354, %7060 : f32[16,64] @ models/lib/nn.yaml:79:7
%9356 = div %9338, %9355 : f32[16,64] @ models/lib/nn.yaml:79:7
%9357 = cast %9346 : f32[] @ models/lib/nn.yaml:79:7
%9358 = broadcast %9357 : f32[16,64] @ models/lib/nn.yaml:79:7
%9359 = mul %9356, %9358 : f32[16,64] @ models/lib/nn.yaml:79:7
%9360 = sub %9335, %9359 : f32[16,64] @ models/lib/nn.yaml:79:7
%9361 = assign %65, %9360 : f32[16,64] @ models/lib/nn.yaml:79:7
%9362 = assign %9331, %9338 : f32[16,64] @ models/lib/nn.yaml:79:7
%9363 = assign %9332, %9342 : f32[16,64] @ models/lib/nn.yaml:79:7
%9364 = assign %9333, %9334 : i64[] @ models/lib/nn.yaml:79:7
%9365 = mul %143, %7071 : f32[16,64] @ models/lib/nn.yaml:79:7
%9366 = mul %9360, %7073 : f32[16,64] @ models/lib/nn.yaml:79:7
%9367 = add %9365, %9366 : f32[16,64] @ models/lib/nn.yaml:79:7
%9368 = assign %143, %9367 : f32[16,64] @ models/lib/nn.yaml:79:7
%9369 = all_reduce_sum %5313 : f32[16] @ models/lib/nn.yaml:80:7
%9370 = mul %9369, %9369 : f32[16] @ models/lib/nn.yaml:80:7
%9371 = reduce_sum %9370 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9372 = sqrt %9371 : f32[] @ models/lib/nn.yaml:80:7
%9373 = cast %9372 : f64[] @ models/lib/nn.yaml:80:7
%9374 = add %9373, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9375 = div %6289, %9374 : f64[] @ models/lib/nn.yaml:80:7
%9376 = lt %9375, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9377 = cast %9375 : f32[] @ models/lib/nn.yaml:80:7
%9378 = broadcast %9377 : f32[16] @ models/lib/nn.yaml:80:7
%9379 = mul %9369, %9378 : f32[16] @ models/lib/nn.yaml:80:7
%9380 = broadcast %9376 : bool[16] @ models/lib/nn.yaml:80:7
%9381 = select %9380, %9379, %9369 : f32[16] @ models/lib/nn.yaml:80:7
%9382 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9383 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9384 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9385 = add %9384, %6301 : i64[] @ models/lib/nn.yaml:80:7
%9386 = mul %9381, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%9387 = mul %9382, %6435 : f32[16] @ models/lib/nn.yaml:80:7
%9388 = add %9387, %9386 : f32[16] @ models/lib/nn.yaml:80:7
%9389 = mul %9381, %9381 : f32[16] @ models/lib/nn.yaml:80:7
%9390 = mul %9389, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%9391 = mul %9383, %6441 : f32[16] @ models/lib/nn.yaml:80:7
%9392 = add %9391, %9390 : f32[16] @ models/lib/nn.yaml:80:7
%9393 = cast %9385 : f64[] @ models/lib/nn.yaml:80:7
%9394 = pow %6310, %9393 : f64[] @ models/lib/nn.yaml:80:7
%9395 = sub %6291, %9394 : f64[] @ models/lib/nn.yaml:80:7
%9396 = div %3879, %9395 : f64[] @ models/lib/nn.yaml:80:7
%9397 = pow %6318, %9393 : f64[] @ models/lib/nn.yaml:80:7
%9398 = sub %6291, %9397 : f64[] @ models/lib/nn.yaml:80:7
%9399 = sqrt %9398 : f64[] @ models/lib/nn.yaml:80:7
%9400 = div %6291, %9399 : f64[] @ models/lib/nn.yaml:80:7
%9401 = sqrt %9392 : f32[16] @ models/lib/nn.yaml:80:7
%9402 = cast %9400 : f32[] @ models/lib/nn.yaml:80:7
%9403 = broadcast %9402 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = mul %9401, %9403 : f32[16] @ models/lib/nn.yaml:80:7
%9405 = add %9404, %6456 : f32[16] @ models/lib/nn.yaml:80:7
%9406 = div %9388, %9405 : f32[16] @ models/lib/nn.yaml:80:7
%9407 = cast %9396 : f32[] @ models/lib/nn.yaml:80:7
%9408 = broadcast %9407 : f32[16] @ models/lib/nn.yaml:80:7
%9409 = mul %9406, %9408 : f32[16] @ models/lib/nn.yaml:80:7
%9410 = sub %66, %9409 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = assign %66, %9410 : f32[16] @ models/lib/nn.yaml:80:7
%9412 = assign %9382, %9388 : f32[16] @ models/lib/nn.yaml:80:7
%9413 = assign %9383, %9392 : f32[16] @ models/lib/nn.yaml:80:7
%9414 = assign %9384, %9385 : i64[] @ models/lib/nn.yaml:80:7
%9415 = mul %144, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%9416 = mul %9410, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%9417 = add %9415, %9416 : f32[16] @ models/lib/nn.yaml:80:7
%9418 = assign %144, %9417 : f32[16] @ models/lib/nn.yaml:80:7
%9419 = all_reduce_sum %5290 : f32[16] @ models/lib/nn.yaml:89:7
%9420 = mul %9419, %9419 : f32[16] @ models/lib/nn.yaml:89:7
%9421 = reduce_sum %9420 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9422 = sqrt %9421 : f32[] @ models/lib/nn.yaml:89:7
%9423 = cast %9422 : f64[] @ models/lib/nn.yaml:89:7
%9424 = add %9423, %6287 : f64[] @ models/lib/nn.yaml:89:7
%9425 = div %6289, %9424 : f64[] @ models/lib/nn.yaml:89:7
%9426 = lt %9425, %6291 : bool[] @ models/lib/nn.yaml:89:7
%9427 = cast %9425 : f32[] @ models/lib/nn.yaml:89:7
%9428 = broadcast %9427 : f32[16] @ models/lib/nn.yaml:89:7
%9429 = mul %9419, %9428 : f32[16] @ models/lib/nn.yaml:89:7
%9430 = broadcast %9426 : bool[16] @ models/lib/nn.yaml:89:7
%9431 = select %9430, %9429, %9419 : f32[16] @ models/lib/nn.yaml:89:7
%9432 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9433 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9434 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9435 = add %9434, %6301 : i64[] @ models/lib/nn.yaml:89:7
%9436 = mul %9431, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%9437 = mul %9432, %6435 : f32[16] @ models/lib/nn.yaml:89:7
%9438 = add %9437, %9436 : f32[16] @ models/lib/nn.yaml:89:7
%9439 = mul %9431, %9431 : f32[16] @ models/lib/nn.yaml:89:7
%9440 = mul %9439, %6439 : f32[16] @ models/lib/nn.yaml:89:7
%9441 = mul %9433, %6441 : f32[16] @ models/lib/nn.yaml:89:7
%9442 = add %9441, %9440 : f32[16] @ models/lib/nn.yaml:89:7
%9443 = cast %9435 : f64[] @ models/lib/nn.yaml:89:7
%9444 = pow %6310, %9443 : f64[] @ models/lib/nn.yaml:89:7
%9445 = sub %6291, %9444 : f64[] @ models/lib/nn.yaml:89:7
%9446 = div %3879, %9445 : f64[] @ models/lib/nn.yaml:89:7
%9447 = pow %6318, %9443 : f64[] @ models/lib/nn.yaml:89:7
%9448 = sub %6291, %9447 : f64[] @ models/lib/nn.yaml:89:7
%9449 = sqrt %9448 : f64[] @ models/lib/nn.yaml:89:7
%9450 = div %6291, %9449 : f64[] @ models/lib/nn.yaml:89:7
%9451 = sqrt %9442 : f32[16] @ models/lib/nn.yaml:89:7
%9452 = cast %9450 : f32[] @ models/lib/nn.yaml:89:7
%9453 = broadcast %9452 : f32[16] @ models/lib/nn.yaml:89:7
%9454 = mul %9451, %9453 : f32[16] @ models/lib/nn.yaml:89:7
%9455 = add %9454, %6456 : f32[16] @ models/lib/nn.yaml:89:7
%9456 = div %9438, %9455 : f32[16] @ models/lib/nn.yaml:89:7
%9457 = cast %9446 : f32[] @ models/lib/nn.yaml:89:7
%9458 = broadcast %9457 : f32[16] @ models/lib/nn.yaml:89:7
%9459 = mul %9456, %9458 : f32[16] @ models/lib/nn.yaml:89:7
%9460 = sub %67, %9459 : f32[16] @ models/lib/nn.yaml:89:7
%9461 = assign %67, %9460 : f32[16] @ models/lib/nn.yaml:89:7
%9462 = assign %9432, %9438 : f32[16] @ models/lib/nn.yaml:89:7
%9463 = assign %9433, %9442 : f32[16] @ models/lib/nn.yaml:89:7
%9464 = assign %9434, %9435 : i64[] @ models/lib/nn.yaml:89:7
%9465 = mul %145, %6467 : f32[16] @ models/lib/nn.yaml:89:7
%9466 = mul %9460, %6469 : f32[16] @ models/lib/nn.yaml:89:7
%9467 = add %9465, %9466 : f32[16] @ models/lib/nn.yaml:89:7
%9468 = assign %145, %9467 : f32[16] @ models/lib/nn.yaml:89:7
%9469 = all_reduce_sum %5282 : f32[16] @ models/lib/nn.yaml:90:7
%9470 = mul %9469, %9469 : f32[16] @ models/lib/nn.yaml:90:7
%9471 = reduce_sum %9470 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9472 = sqrt %9471 : f32[] @ models/lib/nn.yaml:90:7
%9473 = cast %9472 : f64[] @ models/lib/nn.yaml:90:7
%9474 = add %9473, %6287 : f64[] @ models/lib/nn.yaml:90:7
%9475 = div %6289, %9474 : f64[] @ models/lib/nn.yaml:90:7
%9476 = lt %9475, %6291 : bool[] @ models/lib/nn.yaml:90:7
%9477 = cast %9475 : f32[] @ models/lib/nn.yaml:90:7
%9478 = broadcast %9477 : f32[16] @ models/lib/nn.yaml:90:7
%9479 = mul %9469, %9478 : f32[16] @ models/lib/nn.yaml:90:7
%9480 = broadcast %9476 : bool[16] @ models/lib/nn.yaml:90:7
%9481 = select %9480, %9479, %9469 : f32[16] @ models/lib/nn.yaml:90:7
%9482 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9483 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9484 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9485 = add %9484, %6301 : i64[] @ models/lib/nn.yaml:90:7
%9486 = mul %9481, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%9487 = mul %9482, %6435 : f32[16] @ models/lib/nn.yaml:90:7
%9488 = add %9487, %9486 : f32[16] @ models/lib/nn.yaml:90:7
%9489 = mul %9481, %9481 : f32[16] @ models/lib/nn.yaml:90:7
%9490 = mul %9489, %6439 : f32[16] @ models/lib/nn.yaml:90:7
%9491 = mul %9483, %6441 : f32[16] @ models/lib/nn.yaml:90:7
%9492 = add %9491, %9490 : f32[16] @ models/lib/nn.yaml:90:7
%9493 = cast %9485 : f64[] @ models/lib/nn.yaml:90:7
%9494 = pow %6310, %9493 : f64[] @ models/lib/nn.yaml:90:7
%9495 = sub %6291, %9494 : f64[] @ models/lib/nn.yaml:90:7
%9496 = div %3879, %9495 : f64[] @ models/lib/nn.yaml:90:7
%9497 = pow %6318, %9493 : f64[] @ models/lib/nn.yaml:90:7
%9498 = sub %6291, %9497 : f64[] @ models/lib/nn.yaml:90:7
%9499 = sqrt %9498 : f64[] @ models/lib/nn.yaml:90:7
%9500 = div %6291, %9499 : f64[] @ models/lib/nn.yaml:90:7
%9501 = sqrt %9492 : f32[16] @ models/lib/nn.yaml:90:7
%9502 = cast %9500 : f32[] @ models/lib/nn.yaml:90:7
%9503 = broadcast %9502 : f32[16] @ models/lib/nn.yaml:90:7
%9504 = mul %9501, %9503 : f32[16] @ models/lib/nn.yaml:90:7
%9505 = add %9504, %6456 : f32[16] @ models/lib/nn.yaml:90:7
%9506 = div %9488, %9505 : f32[16] @ models/lib/nn.yaml:90:7
%9507 = cast %9496 : f32[] @ models/lib/nn.yaml:90:7
%9508 = broadcast %9507 : f32[16] @ models/lib/nn.yaml:90:7
%9509 = mul %9506, %9508 : f32[16] @ models/lib/nn.yaml:90:7
%9510 = sub %68, %9509 : f32[16] @ models/lib/nn.yaml:90:7
%9511 = assign %68, %9510 : f32[16] @ models/lib/nn.yaml:90:7
%9512 = assign %9482, %9488 : f32[16] @ models/lib/nn.yaml:90:7
%9513 = assign %9483, %9492 : f32[16] @ models/lib/nn.yaml:90:7
%9514 = assign %9484, %9485 : i64[] @ models/lib/nn.yaml:90:7
%9515 = mul %146, %6467 : f32[16] @ models/lib/nn.yaml:90:7
%9516 = mul %9510, %6469 : f32[16] @ models/lib/nn.yaml:90:7
%9517 = add %9515, %9516 : f32[16] @ models/lib/nn.yaml:90:7
%9518 = assign %146, %9517 : f32[16] @ models/lib/nn.yaml:90:7
%9519 = all_reduce_sum %5271 : f32[24,16] @ models/lib/nn.yaml:79:7
%9520 = reshape %9519 : f32[384] @ models/lib/nn.yaml:79:7
%9521 = mul %9520, %9520 : f32[384] @ models/lib/nn.yaml:79:7
%9522 = reduce_sum %9521 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9523 = sqrt %9522 : f32[] @ models/lib/nn.yaml:79:7
%9524 = cast %9523 : f64[] @ models/lib/nn.yaml:79:7
%9525 = add %9524, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9526 = div %6289, %9525 : f64[] @ models/lib/nn.yaml:79:7
%9527 = lt %9526, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9528 = cast %9526 : f32[] @ models/lib/nn.yaml:79:7
%9529 = broadcast %9528 : f32[24,16] @ models/lib/nn.yaml:79:7
%9530 = mul %9519, %9529 : f32[24,16] @ models/lib/nn.yaml:79:7
%9531 = broadcast %9527 : bool[24,16] @ models/lib/nn.yaml:79:7
%9532 = select %9531, %9530, %9519 : f32[24,16] @ models/lib/nn.yaml:79:7
%9533 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9534 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9535 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9536 = add %9535, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9537 = broadcast %6305 : f32[24,16] @ models/lib/nn.yaml:79:7
%9538 = mul %69, %9537 : f32[24,16] @ models/lib/nn.yaml:79:7
%9539 = broadcast %3608 : f32[24,16] @ models/lib/nn.yaml:79:7
%9540 = mul %9532, %9539 : f32[24,16] @ models/lib/nn.yaml:79:7
%9541 = broadcast %2464 : f32[24,16] @ models/lib/nn.yaml:79:7
%9542 = mul %9533, %9541 : f32[24,16] @ models/lib/nn.yaml:79:7
%9543 = add %9542, %9540 : f32[24,16] @ models/lib/nn.yaml:79:7
%9544 = mul %9532, %9532 : f32[24,16] @ models/lib/nn.yaml:79:7
%9545 = broadcast %6315 : f32[24,16] @ models/lib/nn.yaml:79:7
%9546 = mul %9544, %9545 : f32[24,16] @ models/lib/nn.yaml:79:7
%9547 = broadcast %6319 : f32[24,16] @ models/lib/nn.yaml:79:7
%9548 = mul %9534, %9547 : f32[24,16] @ models/lib/nn.yaml:79:7
%9549 = add %9548, %9546 : f32[24,16] @ models/lib/nn.yaml:79:7
%9550 = cast %9536 : f64[] @ models/lib/nn.yaml:79:7
%9551 = pow %6310, %9550 : f64[] @ models/lib/nn.yaml:79:7
%9552 = sub %6291, %9551 : f64[] @ models/lib/nn.yaml:79:7
%9553 = div %3879, %9552 : f64[] @ models/lib/nn.yaml:79:7
%9554 = pow %6318, %9550 : f64[] @ models/lib/nn.yaml:79:7
%9555 = sub %6291, %9554 : f64[] @ models/lib/nn.yaml:79:7
%9556 = sqrt %9555 : f64[] @ models/lib/nn.yaml:79:7
%9557 = div %6291, %9556 : f64[] @ models/lib/nn.yaml:79:7
%9558 = sqrt %9549 : f32[24,16] @ models/lib/nn.yaml:79:7
%9559 = cast %9557 : f32[] @ models/lib/nn.yaml:79:7
%9560 = broadcast %9559 : f32[24,16] @ models/lib/nn.yaml:79:7
%9561 = mul %9558, %9560 : f32[24,16] @ models/lib/nn.yaml:79:7
%9562 = broadcast %6335 : f32[24,16] @ models/lib/nn.yaml:79:7
%9563 = add %9561, %9562 : f32[24,16] @ models/lib/nn.yaml:79:7
%9564 = div %9543, %9563 : f32[24,16] @ models/lib/nn.yaml:79:7
%9565 = cast %9553 : f32[] @ models/lib/nn.yaml:79:7
%9566 = broadcast %9565 : f32[24,16] @ models/lib/nn.yaml:79:7
%9567 = mul %9564, %9566 : f32[24,16] @ models/lib/nn.yaml:79:7
%9568 = sub %9538, %9567 : f32[24,16] @ models/lib/nn.yaml:79:7
%9569 = assign %69, %9568 : f32[24,16] @ models/lib/nn.yaml:79:7
%9570 = assign %9533, %9543 : f32[24,16] @ models/lib/nn.yaml:79:7
%9571 = assign %9534, %9549 : f32[24,16] @ models/lib/nn.yaml:79:7
%9572 = assign %9535, %9536 : i64[] @ models/lib/nn.yaml:79:7
%9573 = broadcast %6347 : f32[24,16] @ models/lib/nn.yaml:79:7
%9574 = mul %147, %9573 : f32[24,16] @ models/lib/nn.yaml:79:7
%9575 = broadcast %6351 : f32[24,16] @ models/lib/nn.yaml:79:7
%9576 = mul %9568, %9575 : f32[24,16] @ models/lib/nn.yaml:79:7
%9577 = add %9574, %9576 : f32[24,16] @ models/lib/nn.yaml:79:7
%9578 = assign %147, %9577 : f32[24,16] @ models/lib/nn.yaml:79:7
%9579 = all_reduce_sum %5263 : f32[24] @ models/lib/nn.yaml:80:7
%9580 = mul %9579, %9579 : f32[24] @ models/lib/nn.yaml:80:7
%9581 = reduce_sum %9580 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9582 = sqrt %9581 : f32[] @ models/lib/nn.yaml:80:7
%9583 = cast %9582 : f64[] @ models/lib/nn.yaml:80:7
%9584 = add %9583, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9585 = div %6289, %9584 : f64[] @ models/lib/nn.yaml:80:7
%9586 = lt %9585, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9587 = cast %9585 : f32[] @ models/lib/nn.yaml:80:7
%9588 = broadcast %9587 : f32[24] @ models/lib/nn.yaml:80:7
%9589 = mul %9579, %9588 : f32[24] @ models/lib/nn.yaml:80:7
%9590 = broadcast %9586 : bool[24] @ models/lib/nn.yaml:80:7
%9591 = select %9590, %9589, %9579 : f32[24] @ models/lib/nn.yaml:80:7
%9592 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9593 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9594 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9595 = add %9594, %6301 : i64[] @ models/lib/nn.yaml:80:7
%9596 = broadcast %3608 : f32[24] @ models/lib/nn.yaml:80:7
%9597 = mul %9591, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%9598 = broadcast %2464 : f32[24] @ models/lib/nn.yaml:80:7
%9599 = mul %9592, %9598 : f32[24] @ models/lib/nn.yaml:80:7
%9600 = add %9599, %9597 : f32[24] @ models/lib/nn.yaml:80:7
%9601 = mul %9591, %9591 : f32[24] @ models/lib/nn.yaml:80:7
%9602 = broadcast %6315 : f32[24] @ models/lib/nn.yaml:80:7
%9603 = mul %9601, %9602 : f32[24] @ models/lib/nn.yaml:80:7
%9604 = broadcast %6319 : f32[24] @ models/lib/nn.yaml:80:7
%9605 = mul %9593, %9604 : f32[24] @ models/lib/nn.yaml:80:7
%9606 = add %9605, %9603 : f32[24] @ models/lib/nn.yaml:80:7
%9607 = cast %9595 : f64[] @ models/lib/nn.yaml:80:7
%9608 = pow %6310, %9607 : f64[] @ models/lib/nn.yaml:80:7
%9609 = sub %6291, %9608 : f64[] @ models/lib/nn.yaml:80:7
%9610 = div %3879, %9609 : f64[] @ models/lib/nn.yaml:80:7
%9611 = pow %6318, %9607 : f64[] @ models/lib/nn.yaml:80:7
%9612 = sub %6291, %9611 : f64[] @ models/lib/nn.yaml:80:7
%9613 = sqrt %9612 : f64[] @ models/lib/nn.yaml:80:7
%9614 = div %6291, %9613 : f64[] @ models/lib/nn.yaml:80:7
%9615 = sqrt %9606 : f32[24] @ models/lib/nn.yaml:80:7
%9616 = cast %9614 : f32[] @ models/lib/nn.yaml:80:7
%9617 = broadcast %9616 : f32[24] @ models/lib/nn.yaml:80:7
%9618 = mul %9615, %9617 : f32[24] @ models/lib/nn.yaml:80:7
%9619 = broadcast %6335 : f32[24] @ models/lib/nn.yaml:80:7
%9620 = add %9618, %9619 : f32[24] @ models/lib/nn.yaml:80:7
%9621 = div %9600, %9620 : f32[24] @ models/lib/nn.yaml:80:7
%9622 = cast %9610 : f32[] @ models/lib/nn.yaml:80:7
%9623 = broadcast %9622 : f32[24] @ models/lib/nn.yaml:80:7
%9624 = mul %9621, %9623 : f32[24] @ models/lib/nn.yaml:80:7
%9625 = sub %70, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%9626 = assign %70, %9625 : f32[24] @ models/lib/nn.yaml:80:7
%9627 = assign %9592, %9600 : f32[24] @ models/lib/nn.yaml:80:7
%9628 = assign %9593, %9606 : f32[24] @ models/lib/nn.yaml:80:7
%9629 = assign %9594, %9595 : i64[] @ models/lib/nn.yaml:80:7
%9630 = broadcast %6347 : f32[24] @ models/lib/nn.yaml:80:7
%9631 = mul %148, %9630 : f32[24] @ models/lib/nn.yaml:80:7
%9632 = broadcast %6351 : f32[24] @ models/lib/nn.yaml:80:7
%9633 = mul %9625, %9632 : f32[24] @ models/lib/nn.yaml:80:7
%9634 = add %9631, %9633 : f32[24] @ models/lib/nn.yaml:80:7
%9635 = assign %148, %9634 : f32[24] @ models/lib/nn.yaml:80:7
%9636 = all_reduce_sum %5245 : f32[24,24] @ models/lib/nn.yaml:79:7
%9637 = reshape %9636 : f32[576] @ models/lib/nn.yaml:79:7
%9638 = mul %9637, %9637 : f32[576] @ models/lib/nn.yaml:79:7
%9639 = reduce_sum %9638 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9640 = sqrt %9639 : f32[] @ models/lib/nn.yaml:79:7
%9641 = cast %9640 : f64[] @ models/lib/nn.yaml:79:7
%9642 = add %9641, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9643 = div %6289, %9642 : f64[] @ models/lib/nn.yaml:79:7
%9644 = lt %9643, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9645 = cast %9643 : f32[] @ models/lib/nn.yaml:79:7
%9646 = broadcast %9645 : f32[24,24] @ models/lib/nn.yaml:79:7
%9647 = mul %9636, %9646 : f32[24,24] @ models/lib/nn.yaml:79:7
%9648 = broadcast %9644 : bool[24,24] @ models/lib/nn.yaml:79:7
%9649 = select %9648, %9647, %9636 : f32[24,24] @ models/lib/nn.yaml:79:7
%9650 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9651 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9652 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9653 = add %9652, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9654 = broadcast %6305 : f32[24,24] @ models/lib/nn.yaml:79:7
%9655 = mul %71, %9654 : f32[24,24] @ models/lib/nn.yaml:79:7
%9656 = broadcast %3608 : f32[24,24] @ models/lib/nn.yaml:79:7
%9657 = mul %9649, %9656 : f32[24,24] @ models/lib/nn.yaml:79:7
%9658 = broadcast %2464 : f32[24,24] @ models/lib/nn.yaml:79:7
%9659 = mul %9650, %9658 : f32[24,24] @ models/lib/nn.yaml:79:7
%9660 = add %9659, %9657 : f32[24,24] @ models/lib/nn.yaml:79:7
%9661 = mul %9649, %9649 : f32[24,24] @ models/lib/nn.yaml:79:7
%9662 = broadcast %6315 : f32[24,24] @ models/lib/nn.yaml:79:7
%9663 = mul %9661, %9662 : f32[24,24] @ models/lib/nn.yaml:79:7
%9664 = broadcast %6319 : f32[24,24] @ models/lib/nn.yaml:79:7
%9665 = mul %9651, %9664 : f32[24,24] @ models/lib/nn.yaml:79:7
%9666 = add %9665, %9663 : f32[24,24] @ models/lib/nn.yaml:79:7
%9667 = cast %9653 : f64[] @ models/lib/nn.yaml:79:7
%9668 = pow %6310, %9667 : f64[] @ models/lib/nn.yaml:79:7
%9669 = sub %6291, %9668 : f64[] @ models/lib/nn.yaml:79:7
%9670 = div %3879, %9669 : f64[] @ models/lib/nn.yaml:79:7
%9671 = pow %6318, %9667 : f64[] @ models/lib/nn.yaml:79:7
%9672 = sub %6291, %9671 : f64[] @ models/lib/nn.yaml:79:7
%9673 = sqrt %9672 : f64[] @ models/lib/nn.yaml:79:7
%9674 = div %6291, %9673 : f64[] @ models/lib/nn.yaml:79:7
%9675 = sqrt %9666 : f32[24,24] @ models/lib/nn.yaml:79:7
%9676 = cast %9674 : f32[] @ models/lib/nn.yaml:79:7
%9677 = broadcast %9676 : f32[24,24] @ models/lib/nn.yaml:79:7
%9678 = mul %9675, %9677 : f32[24,24] @ models/lib/nn.yaml:79:7
%9679 = broadcast %6335 : f32[24,24] @ models/lib/nn.yaml:79:7
%9680 = add %9678, %9679 : f32[24,24] @ models/lib/nn.yaml:79:7
%9681 = div %9660, %9680 : f32[24,24] @ models/lib/nn.yaml:79:7
%9682 = cast %9670 : f32[] @ models/lib/nn.yaml:79:7
%9683 = broadcast %9682 : f32[24,24] @ models/lib/nn.yaml:79:7
%9684 = mul %9681, %9683 : f32[24,24] @ models/lib/nn.yaml:79:7
%9685 = sub %9655, %9684 : f32[24,24] @ models/lib/nn.yaml:79:7
%9686 = assign %71, %9685 : f32[24,24] @ models/lib/nn.yaml:79:7
%9687 = assign %9650, %9660 : f32[24,24] @ models/lib/nn.yaml:79:7
%9688 = assign %9651, %9666 : f32[24,24] @ models/lib/nn.yaml:79:7
%9689 = assign %9652, %9653 : i64[] @ models/lib/nn.yaml:79:7
%9690 = broadcast %6347 : f32[24,24] @ models/lib/nn.yaml:79:7
%9691 = mul %149, %9690 : f32[24,24] @ models/lib/nn.yaml:79:7
%9692 = broadcast %6351 : f32[24,24] @ models/lib/nn.yaml:79:7
%9693 = mul %9685, %9692 : f32[24,24] @ models/lib/nn.yaml:79:7
%9694 = add %9691, %9693 : f32[24,24] @ models/lib/nn.yaml:79:7
%9695 = assign %149, %9694 : f32[24,24] @ models/lib/nn.yaml:79:7
%9696 = all_reduce_sum %5237 : f32[24] @ models/lib/nn.yaml:80:7
%9697 = mul %9696, %9696 : f32[24] @ models/lib/nn.yaml:80:7
%9698 = reduce_sum %9697 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9699 = sqrt %9698 : f32[] @ models/lib/nn.yaml:80:7
%9700 = cast %9699 : f64[] @ models/lib/nn.yaml:80:7
%9701 = add %9700, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9702 = div %6289, %9701 : f64[] @ models/lib/nn.yaml:80:7
%9703 = lt %9702, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9704 = cast %9702 : f32[] @ models/lib/nn.yaml:80:7
%9705 = broadcast %9704 : f32[24] @ models/lib/nn.yaml:80:7
%9706 = mul %9696, %9705 : f32[24] @ models/lib/nn.yaml:80:7
%9707 = broadcast %9703 : bool[24] @ models/lib/nn.yaml:80:7
%9708 = select %9707, %9706, %9696 : f32[24] @ models/lib/nn.yaml:80:7
%9709 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9710 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9711 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9712 = add %9711, %6301 : i64[] @ models/lib/nn.yaml:80:7
%9713 = mul %9708, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%9714 = mul %9709, %9598 : f32[24] @ models/lib/nn.yaml:80:7
%9715 = add %9714, %9713 : f32[24] @ models/lib/nn.yaml:80:7
%9716 = mul %9708, %9708 : f32[24] @ models/lib/nn.yaml:80:7
%9717 = mul %9716, %9602 : f32[24] @ models/lib/nn.yaml:80:7
%9718 = mul %9710, %9604 : f32[24] @ models/lib/nn.yaml:80:7
%9719 = add %9718, %9717 : f32[24] @ models/lib/nn.yaml:80:7
%9720 = cast %9712 : f64[] @ models/lib/nn.yaml:80:7
%9721 = pow %6310, %9720 : f64[] @ models/lib/nn.yaml:80:7
%9722 = sub %6291, %9721 : f64[] @ models/lib/nn.yaml:80:7
%9723 = div %3879, %9722 : f64[] @ models/lib/nn.yaml:80:7
%9724 = pow %6318, %9720 : f64[] @ models/lib/nn.yaml:80:7
%9725 = sub %6291, %9724 : f64[] @ models/lib/nn.yaml:80:7
%9726 = sqrt %9725 : f64[] @ models/lib/nn.yaml:80:7
%9727 = div %6291, %9726 : f64[] @ models/lib/nn.yaml:80:7
%9728 = sqrt %9719 : f32[24] @ models/lib/nn.yaml:80:7
%9729 = cast %9727 : f32[] @ models/lib/nn.yaml:80:7
%9730 = broadcast %9729 : f32[24] @ models/lib/nn.yaml:80:7
%9731 = mul %9728, %9730 : f32[24] @ models/lib/nn.yaml:80:7
%9732 = add %9731, %9619 : f32[24] @ models/lib/nn.yaml:80:7
%9733 = div %9715, %9732 : f32[24] @ models/lib/nn.yaml:80:7
%9734 = cast %9723 : f32[] @ models/lib/nn.yaml:80:7
%9735 = broadcast %9734 : f32[24] @ models/lib/nn.yaml:80:7
%9736 = mul %9733, %9735 : f32[24] @ models/lib/nn.yaml:80:7
%9737 = sub %72, %9736 : f32[24] @ models/lib/nn.yaml:80:7
%9738 = assign %72, %9737 : f32[24] @ models/lib/nn.yaml:80:7
%9739 = assign %9709, %9715 : f32[24] @ models/lib/nn.yaml:80:7
%9740 = assign %9710, %9719 : f32[24] @ models/lib/nn.yaml:80:7
%9741 = assign %9711, %9712 : i64[] @ models/lib/nn.yaml:80:7
%9742 = mul %150, %9630 : f32[24] @ models/lib/nn.yaml:80:7
%9743 = mul %9737, %9632 : f32[24] @ models/lib/nn.yaml:80:7
%9744 = add %9742, %9743 : f32[24] @ models/lib/nn.yaml:80:7
%9745 = assign %150, %9744 : f32[24] @ models/lib/nn.yaml:80:7
%9746 = all_reduce_sum %5219 : f32[8,24] @ models/lib/nn.yaml:79:7
%9747 = reshape %9746 : f32[192] @ models/lib/nn.yaml:79:7
%9748 = mul %9747, %9747 : f32[192] @ models/lib/nn.yaml:79:7
%9749 = reduce_sum %9748 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9750 = sqrt %9749 : f32[] @ models/lib/nn.yaml:79:7
%9751 = cast %9750 : f64[] @ models/lib/nn.yaml:79:7
%9752 = add %9751, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9753 = div %6289, %9752 : f64[] @ models/lib/nn.yaml:79:7
%9754 = lt %9753, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9755 = cast %9753 : f32[] @ models/lib/nn.yaml:79:7
%9756 = broadcast %9755 : f32[8,24] @ models/lib/nn.yaml:79:7
%9757 = mul %9746, %9756 : f32[8,24] @ models/lib/nn.yaml:79:7
%9758 = broadcast %9754 : bool[8,24] @ models/lib/nn.yaml:79:7
%9759 = select %9758, %9757, %9746 : f32[8,24] @ models/lib/nn.yaml:79:7
%9760 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9761 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9762 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9763 = add %9762, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9764 = broadcast %6305 : f32[8,24] @ models/lib/nn.yaml:79:7
%9765 = mul %73, %9764 : f32[8,24] @ models/lib/nn.yaml:79:7
%9766 = broadcast %3608 : f32[8,24] @ models/lib/nn.yaml:79:7
%9767 = mul %9759, %9766 : f32[8,24] @ models/lib/nn.yaml:79:7
%9768 = broadcast %2464 : f32[8,24] @ models/lib/nn.yaml:79:7
%9769 = mul %9760, %9768 : f32[8,24] @ models/lib/nn.yaml:79:7
%9770 = add %9769, %9767 : f32[8,24] @ models/lib/nn.yaml:79:7
%9771 = mul %9759, %9759 : f32[8,24] @ models/lib/nn.yaml:79:7
%9772 = broadcast %6315 : f32[8,24] @ models/lib/nn.yaml:79:7
%9773 = mul %9771, %9772 : f32[8,24] @ models/lib/nn.yaml:79:7
%9774 = broadcast %6319 : f32[8,24] @ models/lib/nn.yaml:79:7
%9775 = mul %9761, %9774 : f32[8,24] @ models/lib/nn.yaml:79:7
%9776 = add %9775, %9773 : f32[8,24] @ models/lib/nn.yaml:79:7
%9777 = cast %9763 : f64[] @ models/lib/nn.yaml:79:7
%9778 = pow %6310, %9777 : f64[] @ models/lib/nn.yaml:79:7
%9779 = sub %6291, %9778 : f64[] @ models/lib/nn.yaml:79:7
%9780 = div %3879, %9779 : f64[] @ models/lib/nn.yaml:79:7
%9781 = pow %6318, %9777 : f64[] @ models/lib/nn.yaml:79:7
%9782 = sub %6291, %9781 : f64[] @ models/lib/nn.yaml:79:7
%9783 = sqrt %9782 : f64[] @ models/lib/nn.yaml:79:7
%9784 = div %6291, %9783 : f64[] @ models/lib/nn.yaml:79:7
%9785 = sqrt %9776 : f32[8,24] @ models/lib/nn.yaml:79:7
%9786 = cast %9784 : f32[] @ models/lib/nn.yaml:79:7
%9787 = broadcast %9786 : f32[8,24] @ models/lib/nn.yaml:79:7
%9788 = mul %9785, %9787 : f32[8,24] @ models/lib/nn.yaml:79:7
%9789 = broadcast %6335 : f32[8,24] @ models/lib/nn.yaml:79:7
%9790 = add %9788, %9789 : f32[8,24] @ models/lib/nn.yaml:79:7
%9791 = div %9770, %9790 : f32[8,24] @ models/lib/nn.yaml:79:7
%9792 = cast %9780 : f32[] @ models/lib/nn.yaml:79:7
%9793 = broadcast %9792 : f32[8,24] @ models/lib/nn.yaml:79:7
%9794 = mul %9791, %9793 : f32[8,24] @ models/lib/nn.yaml:79:7
%9795 = sub %9765, %9794 : f32[8,24] @ models/lib/nn.yaml:79:7
%9796 = assign %73, %9795 : f32[8,24] @ models/lib/nn.yaml:79:7
%9797 = assign %9760, %9770 : f32[8,24] @ models/lib/nn.yaml:79:7
%9798 = assign %9761, %9776 : f32[8,24] @ models/lib/nn.yaml:79:7
%9799 = assign %9762, %9763 : i64[] @ models/lib/nn.yaml:79:7
%9800 = broadcast %6347 : f32[8,24] @ models/lib/nn.yaml:79:7
%9801 = mul %151, %9800 : f32[8,24] @ models/lib/nn.yaml:79:7
%9802 = broadcast %6351 : f32[8,24] @ models/lib/nn.yaml:79:7
%9803 = mul %9795, %9802 : f32[8,24] @ models/lib/nn.yaml:79:7
%9804 = add %9801, %9803 : f32[8,24] @ models/lib/nn.yaml:79:7
%9805 = assign %151, %9804 : f32[8,24] @ models/lib/nn.yaml:79:7
%9806 = all_reduce_sum %5211 : f32[8] @ models/lib/nn.yaml:80:7
%9807 = mul %9806, %9806 : f32[8] @ models/lib/nn.yaml:80:7
%9808 = reduce_sum %9807 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9809 = sqrt %9808 : f32[] @ models/lib/nn.yaml:80:7
%9810 = cast %9809 : f64[] @ models/lib/nn.yaml:80:7
%9811 = add %9810, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9812 = div %6289, %9811 : f64[] @ models/lib/nn.yaml:80:7
%9813 = lt %9812, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9814 = cast %9812 : f32[] @ models/lib/nn.yaml:80:7
%9815 = broadcast %9814 : f32[8] @ models/lib/nn.yaml:80:7
%9816 = mul %9806, %9815 : f32[8] @ models/lib/nn.yaml:80:7
%9817 = broadcast %9813 : bool[8] @ models/lib/nn.yaml:80:7
%9818 = select %9817, %9816, %9806 : f32[8] @ models/lib/nn.yaml:80:7
%9819 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9820 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9821 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9822 = add %9821, %6301 : i64[] @ models/lib/nn.yaml:80:7
%9823 = broadcast %3608 : f32[8] @ models/lib/nn.yaml:80:7
%9824 = mul %9818, %9823 : f32[8] @ models/lib/nn.yaml:80:7
%9825 = broadcast %2464 : f32[8] @ models/lib/nn.yaml:80:7
%9826 = mul %9819, %9825 : f32[8] @ models/lib/nn.yaml:80:7
%9827 = add %9826, %9824 : f32[8] @ models/lib/nn.yaml:80:7
%9828 = mul %9818, %9818 : f32[8] @ models/lib/nn.yaml:80:7
%9829 = broadcast %6315 : f32[8] @ models/lib/nn.yaml:80:7
%9830 = mul %9828, %9829 : f32[8] @ models/lib/nn.yaml:80:7
%9831 = broadcast %6319 : f32[8] @ models/lib/nn.yaml:80:7
%9832 = mul %9820, %9831 : f32[8] @ models/lib/nn.yaml:80:7
%9833 = add %9832, %9830 : f32[8] @ models/lib/nn.yaml:80:7
%9834 = cast %9822 : f64[] @ models/lib/nn.yaml:80:7
%9835 = pow %6310, %9834 : f64[] @ models/lib/nn.yaml:80:7
%9836 = sub %6291, %9835 : f64[] @ models/lib/nn.yaml:80:7
%9837 = div %3879, %9836 : f64[] @ models/lib/nn.yaml:80:7
%9838 = pow %6318, %9834 : f64[] @ models/lib/nn.yaml:80:7
%9839 = sub %6291, %9838 : f64[] @ models/lib/nn.yaml:80:7
%9840 = sqrt %9839 : f64[] @ models/lib/nn.yaml:80:7
%9841 = div %6291, %9840 : f64[] @ models/lib/nn.yaml:80:7
%9842 = sqrt %9833 : f32[8] @ models/lib/nn.yaml:80:7
%9843 = cast %9841 : f32[] @ models/lib/nn.yaml:80:7
%9844 = broadcast %9843 : f32[8] @ models/lib/nn.yaml:80:7
%9845 = mul %9842, %9844 : f32[8] @ models/lib/nn.yaml:80:7
%9846 = broadcast %6335 : f32[8] @ models/lib/nn.yaml:80:7
%9847 = add %9845, %9846 : f32[8] @ models/lib/nn.yaml:80:7
%9848 = div %9827, %9847 : f32[8] @ models/lib/nn.yaml:80:7
%9849 = cast %9837 : f32[] @ models/lib/nn.yaml:80:7
%9850 = broadcast %9849 : f32[8] @ models/lib/nn.yaml:80:7
%9851 = mul %9848, %9850 : f32[8] @ models/lib/nn.yaml:80:7
%9852 = sub %74, %9851 : f32[8] @ models/lib/nn.yaml:80:7
%9853 = assign %74, %9852 : f32[8] @ models/lib/nn.yaml:80:7
%9854 = assign %9819, %9827 : f32[8] @ models/lib/nn.yaml:80:7
%9855 = assign %9820, %9833 : f32[8] @ models/lib/nn.yaml:80:7
%9856 = assign %9821, %9822 : i64[] @ models/lib/nn.yaml:80:7
%9857 = broadcast %6347 : f32[8] @ models/lib/nn.yaml:80:7
%9858 = mul %152, %9857 : f32[8] @ models/lib/nn.yaml:80:7
%9859 = broadcast %6351 : f32[8] @ models/lib/nn.yaml:80:7
%9860 = mul %9852, %9859 : f32[8] @ models/lib/nn.yaml:80:7
%9861 = add %9858, %9860 : f32[8] @ models/lib/nn.yaml:80:7
%9862 = assign %152, %9861 : f32[8] @ models/lib/nn.yaml:80:7
%9863 = broadcast %6347 : f32[32,1] @ models/lib/dino.yaml:18:7
%9864 = mul %153, %9863 : f32[32,1] @ models/lib/dino.yaml:18:7
%9865 = broadcast %6351 : f32[32,1] @ models/lib/dino.yaml:18:7
%9866 = mul %75, %9865 : f32[32,1] @ models/lib/dino.yaml:18:7
%9867 = add %9864, %9866 : f32[32,1] @ models/lib/dino.yaml:18:7
%9868 = assign %153, %9867 : f32[32,1] @ models/lib/dino.yaml:18:7
%9869 = all_reduce_sum %5189 : f32[32,8] @ models/lib/dino.yaml:19:7
%9870 = reshape %9869 : f32[256] @ models/lib/dino.yaml:19:7
%9871 = mul %9870, %9870 : f32[256] @ models/lib/dino.yaml:19:7
%9872 = reduce_sum %9871 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9873 = sqrt %9872 : f32[] @ models/lib/dino.yaml:19:7
%9874 = cast %9873 : f64[] @ models/lib/dino.yaml:19:7
%9875 = add %9874, %6287 : f64[] @ models/lib/dino.yaml:19:7
%9876 = div %6289, %9875 : f64[] @ models/lib/dino.yaml:19:7
%9877 = lt %9876, %6291 : bool[] @ models/lib/dino.yaml:19:7
%9878 = cast %9876 : f32[] @ models/lib/dino.yaml:19:7
%9879 = broadcast %9878 : f32[32,8] @ models/lib/dino.yaml:19:7
%9880 = mul %9869, %9879 : f32[32,8] @ models/lib/dino.yaml:19:7
%9881 = broadcast %9877 : bool[32,8] @ models/lib/dino.yaml:19:7
%9882 = select %9881, %9880, %9869 : f32[32,8] @ models/lib/dino.yaml:19:7
%9883 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9884 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9885 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9886 = add %9885, %6301 : i64[] @ models/lib/dino.yaml:19:7
%9887 = broadcast %6305 : f32[32,8] @ models/lib/dino.yaml:19:7
%9888 = mul %76, %9887 : f32[32,8] @ models/lib/dino.yaml:19:7
%9889 = broadcast %3608 : f32[32,8] @ models/lib/dino.yaml:19:7
%9890 = mul %9882, %9889 : f32[32,8] @ models/lib/dino.yaml:19:7
%9891 = broadcast %2464 : f32[32,8] @ models/lib/dino.yaml:19:7
%9892 = mul %9883, %9891 : f32[32,8] @ models/lib/dino.yaml:19:7
%9893 = add %9892, %9890 : f32[32,8] @ models/lib/dino.yaml:19:7
%9894 = mul %9882, %9882 : f32[32,8] @ models/lib/dino.yaml:19:7
%9895 = broadcast %6315 : f32[32,8] @ models/lib/dino.yaml:19:7
%9896 = mul %9894, %9895 : f32[32,8] @ models/lib/dino.yaml:19:7
%9897 = broadcast %6319 : f32[32,8] @ models/lib/dino.yaml:19:7
%9898 = mul %9884, %9897 : f32[32,8] @ models/lib/dino.yaml:19:7
%9899 = add %9898, %9896 : f32[32,8] @ models/lib/dino.yaml:19:7
%9900 = cast %9886 : f64[] @ models/lib/dino.yaml:19:7
%9901 = pow %6310, %9900 : f64[] @ models/lib/dino.yaml:19:7
%9902 = sub %6291, %9901 : f64[] @ models/lib/dino.yaml:19:7
%9903 = div %3879, %9902 : f64[] @ models/lib/dino.yaml:19:7
%9904 = pow %6318, %9900 : f64[] @ models/lib/dino.yaml:19:7
%9905 = sub %6291, %9904 : f64[] @ models/lib/dino.yaml:19:7
%9906 = sqrt %9905 : f64[] @ models/lib/dino.yaml:19:7
%9907 = div %6291, %9906 : f64[] @ models/lib/dino.yaml:19:7
%9908 = sqrt %9899 : f32[32,8] @ models/lib/dino.yaml:19:7
%9909 = cast %9907 : f32[] @ models/lib/dino.yaml:19:7
%9910 = broadcast %9909 : f32[32,8] @ models/lib/dino.yaml:19:7
%9911 = mul %9908, %9910 : f32[32,8] @ models/lib/dino.yaml:19:7
%9912 = broadcast %6335 : f32[32,8] @ models/lib/dino.yaml:19:7
%9913 = add %9911, %9912 : f32[32,8] @ models/lib/dino.yaml:19:7
%9914 = div %9893, %9913 : f32[32,8] @ models/lib/dino.yaml:19:7
%9915 = cast %9903 : f32[] @ models/lib/dino.yaml:19:7
%9916 = broadcast %9915 : f32[32,8] @ models/lib/dino.yaml:19:7
%9917 = mul %9914, %9916 : f32[32,8] @ models/lib/dino.yaml:19:7
%9918 = sub %9888, %9917 : f32[32,8] @ models/lib/dino.yaml:19:7
%9919 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9920 = lt %9919, %6301 : bool[] @ models/lib/dino.yaml:19:7
%9921 = broadcast %9920 : bool[32,8] @ models/lib/dino.yaml:19:7
%9922 = select %9921, %76, %9918 : f32[32,8] @ models/lib/dino.yaml:19:7
%9923 = select %9921, %9883, %9893 : f32[32,8] @ models/lib/dino.yaml:19:7
%9924 = select %9921, %9884, %9899 : f32[32,8] @ models/lib/dino.yaml:19:7
%9925 = select %9920, %9885, %9886 : i64[] @ models/lib/dino.yaml:19:7
%9926 = assign %76, %9922 : f32[32,8] @ models/lib/dino.yaml:19:7
%9927 = assign %9883, %9923 : f32[32,8] @ models/lib/dino.yaml:19:7
%9928 = assign %9884, %9924 : f32[32,8] @ models/lib/dino.yaml:19:7
%9929 = assign %9885, %9925 : i64[] @ models/lib/dino.yaml:19:7
%9930 = broadcast %6347 : f32[32,8] @ models/lib/dino.yaml:19:7
%9931 = mul %154, %9930 : f32[32,8] @ models/lib/dino.yaml:19:7
%9932 = broadcast %6351 : f32[32,8] @ models/lib/dino.yaml:19:7
%9933 = mul %9922, %9932 : f32[32,8] @ models/lib/dino.yaml:19:7
%9934 = add %9931, %9933 : f32[32,8] @ models/lib/dino.yaml:19:7
%9935 = assign %154, %9934 : f32[32,8] @ models/lib/dino.yaml:19:7
%9936 = all_reduce_sum %5170 : f32[24,16] @ models/lib/nn.yaml:79:7
%9937 = reshape %9936 : f32[384] @ models/lib/nn.yaml:79:7
%9938 = mul %9937, %9937 : f32[384] @ models/lib/nn.yaml:79:7
%9939 = reduce_sum %9938 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9940 = sqrt %9939 : f32[] @ models/lib/nn.yaml:79:7
%9941 = cast %9940 : f64[] @ models/lib/nn.yaml:79:7
%9942 = add %9941, %6287 : f64[] @ models/lib/nn.yaml:79:7
%9943 = div %6289, %9942 : f64[] @ models/lib/nn.yaml:79:7
%9944 = lt %9943, %6291 : bool[] @ models/lib/nn.yaml:79:7
%9945 = cast %9943 : f32[] @ models/lib/nn.yaml:79:7
%9946 = broadcast %9945 : f32[24,16] @ models/lib/nn.yaml:79:7
%9947 = mul %9936, %9946 : f32[24,16] @ models/lib/nn.yaml:79:7
%9948 = broadcast %9944 : bool[24,16] @ models/lib/nn.yaml:79:7
%9949 = select %9948, %9947, %9936 : f32[24,16] @ models/lib/nn.yaml:79:7
%9950 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9951 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9952 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9953 = add %9952, %6301 : i64[] @ models/lib/nn.yaml:79:7
%9954 = mul %77, %9537 : f32[24,16] @ models/lib/nn.yaml:79:7
%9955 = mul %9949, %9539 : f32[24,16] @ models/lib/nn.yaml:79:7
%9956 = mul %9950, %9541 : f32[24,16] @ models/lib/nn.yaml:79:7
%9957 = add %9956, %9955 : f32[24,16] @ models/lib/nn.yaml:79:7
%9958 = mul %9949, %9949 : f32[24,16] @ models/lib/nn.yaml:79:7
%9959 = mul %9958, %9545 : f32[24,16] @ models/lib/nn.yaml:79:7
%9960 = mul %9951, %9547 : f32[24,16] @ models/lib/nn.yaml:79:7
%9961 = add %9960, %9959 : f32[24,16] @ models/lib/nn.yaml:79:7
%9962 = cast %9953 : f64[] @ models/lib/nn.yaml:79:7
%9963 = pow %6310, %9962 : f64[] @ models/lib/nn.yaml:79:7
%9964 = sub %6291, %9963 : f64[] @ models/lib/nn.yaml:79:7
%9965 = div %3879, %9964 : f64[] @ models/lib/nn.yaml:79:7
%9966 = pow %6318, %9962 : f64[] @ models/lib/nn.yaml:79:7
%9967 = sub %6291, %9966 : f64[] @ models/lib/nn.yaml:79:7
%9968 = sqrt %9967 : f64[] @ models/lib/nn.yaml:79:7
%9969 = div %6291, %9968 : f64[] @ models/lib/nn.yaml:79:7
%9970 = sqrt %9961 : f32[24,16] @ models/lib/nn.yaml:79:7
%9971 = cast %9969 : f32[] @ models/lib/nn.yaml:79:7
%9972 = broadcast %9971 : f32[24,16] @ models/lib/nn.yaml:79:7
%9973 = mul %9970, %9972 : f32[24,16] @ models/lib/nn.yaml:79:7
%9974 = add %9973, %9562 : f32[24,16] @ models/lib/nn.yaml:79:7
%9975 = div %9957, %9974 : f32[24,16] @ models/lib/nn.yaml:79:7
%9976 = cast %9965 : f32[] @ models/lib/nn.yaml:79:7
%9977 = broadcast %9976 : f32[24,16] @ models/lib/nn.yaml:79:7
%9978 = mul %9975, %9977 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = sub %9954, %9978 : f32[24,16] @ models/lib/nn.yaml:79:7
%9980 = assign %77, %9979 : f32[24,16] @ models/lib/nn.yaml:79:7
%9981 = assign %9950, %9957 : f32[24,16] @ models/lib/nn.yaml:79:7
%9982 = assign %9951, %9961 : f32[24,16] @ models/lib/nn.yaml:79:7
%9983 = assign %9952, %9953 : i64[] @ models/lib/nn.yaml:79:7
%9984 = mul %155, %9573 : f32[24,16] @ models/lib/nn.yaml:79:7
%9985 = mul %9979, %9575 : f32[24,16] @ models/lib/nn.yaml:79:7
%9986 = add %9984, %9985 : f32[24,16] @ models/lib/nn.yaml:79:7
%9987 = assign %155, %9986 : f32[24,16] @ models/lib/nn.yaml:79:7
%9988 = all_reduce_sum %5162 : f32[24] @ models/lib/nn.yaml:80:7
%9989 = mul %9988, %9988 : f32[24] @ models/lib/nn.yaml:80:7
%9990 = reduce_sum %9989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9991 = sqrt %9990 : f32[] @ models/lib/nn.yaml:80:7
%9992 = cast %9991 : f64[] @ models/lib/nn.yaml:80:7
%9993 = add %9992, %6287 : f64[] @ models/lib/nn.yaml:80:7
%9994 = div %6289, %9993 : f64[] @ models/lib/nn.yaml:80:7
%9995 = lt %9994, %6291 : bool[] @ models/lib/nn.yaml:80:7
%9996 = cast %9994 : f32[] @ models/lib/nn.yaml:80:7
%9997 = broadcast %9996 : f32[24] @ models/lib/nn.yaml:80:7
%9998 = mul %9988, %9997 : f32[24] @ models/lib/nn.yaml:80:7
%9999 = broadcast %9995 : bool[24] @ models/lib/nn.yaml:80:7
%10000 = select %9999, %9998, %9988 : f32[24] @ models/lib/nn.yaml:80:7
%10001 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10002 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10003 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10004 = add %10003, %6301 : i64[] @ models/lib/nn.yaml:80:7
%10005 = mul %10000, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%10006 = mul %10001, %9598 : f32[24] @ models/lib/nn.yaml:80:7
%10007 = add %10006, %10005 : f32[24] @ models/lib/nn.yaml:80:7
%10008 = mul %10000, %10000 : f32[24] @ models/lib/nn.yaml:80:7
%10009 = mul %10008, %9602 : f32[24] @ models/lib/nn.yaml:80:7
%10010 = mul %10002, %9604 : f32[24] @ models/lib/nn.yaml:80:7
%10011 = add %10010, %10009 : f32[24] @ models/lib/nn.yaml:80:7
%10012 = cast %10004 : f64[] @ models/lib/nn.yaml:80:7
%10013 = pow %6310, %10012 : f64[] @ models/lib/nn.yaml:80:7
%10014 = sub %6291, %10013 : f64[] @ models/lib/nn.yaml:80:7
%10015 = div %3879, %10014 : f64[] @ models/lib/nn.yaml:80:7
%10016 = pow %6318, %10012 : f64[] @ models/lib/nn.yaml:80:7
%10017 = sub %6291, %10016 : f64[] @ models/lib/nn.yaml:80:7
%10018 = sqrt %10017 : f64[] @ models/lib/nn.yaml:80:7
%10019 = div %6291, %10018 : f64[] @ models/lib/nn.yaml:80:7
%10020 = sqrt %10011 : f32[24] @ models/lib/nn.yaml:80:7
%10021 = cast %10019 : f32[] @ models/lib/nn.yaml:80:7
%10022 = broadcast %10021 : f32[24] @ models/lib/nn.yaml:80:7
%10023 = mul %10020, %10022 : f32[24] @ models/lib/nn.yaml:80:7
%10024 = add %10023, %9619 : f32[24] @ models/lib/nn.yaml:80:7
%10025 = div %10007, %10024 : f32[24] @ models/lib/nn.yaml:80:7
%10026 = cast %10015 : f32[] @ models/lib/nn.yaml:80:7
%10027 = broadcast %10026 : f32[24] @ models/lib/nn.yaml:80:7
%10028 = mul %10025, %10027 : f32[24] @ models/lib/nn.yaml:80:7
%10029 = sub %78, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10030 = assign %78, %10029 : f32[24] @ models/lib/nn.yaml:80:7
%10031 = assign %10001, %10007 : f32[24] @ models/lib/nn.yaml:80:7
%10032 = assign %10002, %10011 : f32[24] @ models/lib/nn.yaml:80:7
%10033 = assign %10003, %10004 : i64[] @ models/lib/nn.yaml:80:7
%10034 = mul %156, %9630 : f32[24] @ models/lib/nn.yaml:80:7
%10035 = mul %10029, %9632 : f32[24] @ models/lib/nn.yaml:80:7
%10036 = add %10034, %10035 : f32[24] @ models/lib/nn.yaml:80:7
%10037 = assign %156, %10036 : f32[24] @ models/lib/nn.yaml:80:7
%10038 = all_reduce_sum %5142 : f32[24,24] @ models/lib/nn.yaml:79:7
%10039 = reshape %10038 : f32[576] @ models/lib/nn.yaml:79:7
%10040 = mul %10039, %10039 : f32[576] @ models/lib/nn.yaml:79:7
%10041 = reduce_sum %10040 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10042 = sqrt %10041 : f32[] @ models/lib/nn.yaml:79:7
%10043 = cast %10042 : f64[] @ models/lib/nn.yaml:79:7
%10044 = add %10043, %6287 : f64[] @ models/lib/nn.yaml:79:7
%10045 = div %6289, %10044 : f64[] @ models/lib/nn.yaml:79:7
%10046 = lt %10045, %6291 : bool[] @ models/lib/nn.yaml:79:7
%10047 = cast %10045 : f32[] @ models/lib/nn.yaml:79:7
%10048 = broadcast %10047 : f32[24,24] @ models/lib/nn.yaml:79:7
%10049 = mul %10038, %10048 : f32[24,24] @ models/lib/nn.yaml:79:7
%10050 = broadcast %10046 : bool[24,24] @ models/lib/nn.yaml:79:7
%10051 = select %10050, %10049, %10038 : f32[24,24] @ models/lib/nn.yaml:79:7
%10052 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10053 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10054 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10055 = add %10054, %6301 : i64[] @ models/lib/nn.yaml:79:7
%10056 = mul %79, %9654 : f32[24,24] @ models/lib/nn.yaml:79:7
%10057 = mul %10051, %9656 : f32[24,24] @ models/lib/nn.yaml:79:7
%10058 = mul %10052, %9658 : f32[24,24] @ models/lib/nn.yaml:79:7
%10059 = add %10058, %10057 : f32[24,24] @ models/lib/nn.yaml:79:7
%10060 = mul %10051, %10051 : f32[24,24] @ models/lib/nn.yaml:79:7
%10061 = mul %10060, %9662 : f32[24,24] @ models/lib/nn.yaml:79:7
%10062 = mul %10053, %9664 : f32[24,24] @ models/lib/nn.yaml:79:7
%10063 = add %10062, %10061 : f32[24,24] @ models/lib/nn.yaml:79:7
%10064 = cast %10055 : f64[] @ models/lib/nn.yaml:79:7
%10065 = pow %6310, %10064 : f64[] @ models/lib/nn.yaml:79:7
%10066 = sub %6291, %10065 : f64[] @ models/lib/nn.yaml:79:7
%10067 = div %3879, %10066 : f64[] @ models/lib/nn.yaml:79:7
%10068 = pow %6318, %10064 : f64[] @ models/lib/nn.yaml:79:7
%10069 = sub %6291, %10068 : f64[] @ models/lib/nn.yaml:79:7
%10070 = sqrt %10069 : f64[] @ models/lib/nn.yaml:79:7
%10071 = div %6291, %10070 : f64[] @ models/lib/nn.yaml:79:7
%10072 = sqrt %10063 : f32[24,24] @ models/lib/nn.yaml:79:7
%10073 = cast %10071 : f32[] @ models/lib/nn.yaml:79:7
%10074 = broadcast %10073 : f32[24,24] @ models/lib/nn.yaml:79:7
%10075 = mul %10072, %10074 : f32[24,24] @ models/lib/nn.yaml:79:7
%10076 = add %10075, %9679 : f32[24,24] @ models/lib/nn.yaml:79:7
%10077 = div %10059, %10076 : f32[24,24] @ models/lib/nn.yaml:79:7
%10078 = cast %10067 : f32[] @ models/lib/nn.yaml:79:7
%10079 = broadcast %10078 : f32[24,24] @ models/lib/nn.yaml:79:7
%10080 = mul %10077, %10079 : f32[24,24] @ models/lib/nn.yaml:79:7
%10081 = sub %10056, %10080 : f32[24,24] @ models/lib/nn.yaml:79:7
%10082 = assign %79, %10081 : f32[24,24] @ models/lib/nn.yaml:79:7
%10083 = assign %10052, %10059 : f32[24,24] @ models/lib/nn.yaml:79:7
%10084 = assign %10053, %10063 : f32[24,24] @ models/lib/nn.yaml:79:7
%10085 = assign %10054, %10055 : i64[] @ models/lib/nn.yaml:79:7
%10086 = mul %157, %9690 : f32[24,24] @ models/lib/nn.yaml:79:7
%10087 = mul %10081, %9692 : f32[24,24] @ models/lib/nn.yaml:79:7
%10088 = add %10086, %10087 : f32[24,24] @ models/lib/nn.yaml:79:7
%10089 = assign %157, %10088 : f32[24,24] @ models/lib/nn.yaml:79:7
%10090 = all_reduce_sum %5134 : f32[24] @ models/lib/nn.yaml:80:7
%10091 = mul %10090, %10090 : f32[24] @ models/lib/nn.yaml:80:7
%10092 = reduce_sum %10091 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10093 = sqrt %10092 : f32[] @ models/lib/nn.yaml:80:7
%10094 = cast %10093 : f64[] @ models/lib/nn.yaml:80:7
%10095 = add %10094, %6287 : f64[] @ models/lib/nn.yaml:80:7
%10096 = div %6289, %10095 : f64[] @ models/lib/nn.yaml:80:7
%10097 = lt %10096, %6291 : bool[] @ models/lib/nn.yaml:80:7
%10098 = cast %10096 : f32[] @ models/lib/nn.yaml:80:7
%10099 = broadcast %10098 : f32[24] @ models/lib/nn.yaml:80:7
%10100 = mul %10090, %10099 : f32[24] @ models/lib/nn.yaml:80:7
%10101 = broadcast %10097 : bool[24] @ models/lib/nn.yaml:80:7
%10102 = select %10101, %10100, %10090 : f32[24] @ models/lib/nn.yaml:80:7
%10103 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10104 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10105 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10106 = add %10105, %6301 : i64[] @ models/lib/nn.yaml:80:7
%10107 = mul %10102, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%10108 = mul %10103, %9598 : f32[24] @ models/lib/nn.yaml:80:7
%10109 = add %10108, %10107 : f32[24] @ models/lib/nn.yaml:80:7
%10110 = mul %10102, %10102 : f32[24] @ models/lib/nn.yaml:80:7
%10111 = mul %10110, %9602 : f32[24] @ models/lib/nn.yaml:80:7
%10112 = mul %10104, %9604 : f32[24] @ models/lib/nn.yaml:80:7
%10113 = add %10112, %10111 : f32[24] @ models/lib/nn.yaml:80:7
%10114 = cast %10106 : f64[] @ models/lib/nn.yaml:80:7
%10115 = pow %6310, %10114 : f64[] @ models/lib/nn.yaml:80:7
%10116 = sub %6291, %10115 : f64[] @ models/lib/nn.yaml:80:7
%10117 = div %3879, %10116 : f64[] @ models/lib/nn.yaml:80:7
%10118 = pow %6318, %10114 : f64[] @ models/lib/nn.yaml:80:7
%10119 = sub %6291, %10118 : f64[] @ models/lib/nn.yaml:80:7
%10120 = sqrt %10119 : f64[] @ models/lib/nn.yaml:80:7
%10121 = div %6291, %10120 : f64[] @ models/lib/nn.yaml:80:7
%10122 = sqrt %10113 : f32[24] @ models/lib/nn.yaml:80:7
%10123 = cast %10121 : f32[] @ models/lib/nn.yaml:80:7
%10124 = broadcast %10123 : f32[24] @ models/lib/nn.yaml:80:7
%10125 = mul %10122, %10124 : f32[24] @ models/lib/nn.yaml:80:7
%10126 = add %10125, %9619 : f32[24] @ models/lib/nn.yaml:80:7
%10127 = div %10109, %10126 : f32[24] @ models/lib/nn.yaml:80:7
%10128 = cast %10117 : f32[] @ models/lib/nn.yaml:80:7
%10129 = broadcast %10128 : f32[24] @ models/lib/nn.yaml:80:7
%10130 = mul %10127, %10129 : f32[24] @ models/lib/nn.yaml:80:7
%10131 = sub %80, %10130 : f32[24] @ models/lib/nn.yaml:80:7
%10132 = assign %80, %10131 : f32[24] @ models/lib/nn.yaml:80:7
%10133 = assign %10103, %10109 : f32[24] @ models/lib/nn.yaml:80:7
%10134 = assign %10104, %10113 : f32[24] @ models/lib/nn.yaml:80:7
%10135 = assign %10105, %10106 : i64[] @ models/lib/nn.yaml:80:7
%10136 = mul %158, %9630 : f32[24] @ models/lib/nn.yaml:80:7
%10137 = mul %10131, %9632 : f32[24] @ models/lib/nn.yaml:80:7
%10138 = add %10136, %10137 : f32[24] @ models/lib/nn.yaml:80:7
%10139 = assign %158, %10138 : f32[24] @ models/lib/nn.yaml:80:7
%10140 = all_reduce_sum %5113 : f32[8,24] @ models/lib/nn.yaml:79:7
%10141 = reshape %10140 : f32[192] @ models/lib/nn.yaml:79:7
%10142 = mul %10141, %10141 : f32[192] @ models/lib/nn.yaml:79:7
%10143 = reduce_sum %10142 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10144 = sqrt %10143 : f32[] @ models/lib/nn.yaml:79:7
%10145 = cast %10144 : f64[] @ models/lib/nn.yaml:79:7
%10146 = add %10145, %6287 : f64[] @ models/lib/nn.yaml:79:7
%10147 = div %6289, %10146 : f64[] @ models/lib/nn.yaml:79:7
%10148 = lt %10147, %6291 : bool[] @ models/lib/nn.yaml:79:7
%10149 = cast %10147 : f32[] @ models/lib/nn.yaml:79:7
%10150 = broadcast %10149 : f32[8,24] @ models/lib/nn.yaml:79:7
%10151 = mul %10140, %10150 : f32[8,24] @ models/lib/nn.yaml:79:7
%10152 = broadcast %10148 : bool[8,24] @ models/lib/nn.yaml:79:7
%10153 = select %10152, %10151, %10140 : f32[8,24] @ models/lib/nn.yaml:79:7
%10154 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10155 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10156 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10157 = add %10156, %6301 : i64[] @ models/lib/nn.yaml:79:7
%10158 = mul %81, %9764 : f32[8,24] @ models/lib/nn.yaml:79:7
%10159 = mul %10153, %9766 : f32[8,24] @ models/lib/nn.yaml:79:7
%10160 = mul %10154, %9768 : f32[8,24] @ models/lib/nn.yaml:79:7
%10161 = add %10160, %10159 : f32[8,24] @ models/lib/nn.yaml:79:7
%10162 = mul %10153, %10153 : f32[8,24] @ models/lib/nn.yaml:79:7
%10163 = mul %10162, %9772 : f32[8,24] @ models/lib/nn.yaml:79:7
%10164 = mul %10155, %9774 : f32[8,24] @ models/lib/nn.yaml:79:7
%10165 = add %10164, %10163 : f32[8,24] @ models/lib/nn.yaml:79:7
%10166 = cast %10157 : f64[] @ models/lib/nn.yaml:79:7
%10167 = pow %6310, %10166 : f64[] @ models/lib/nn.yaml:79:7
%10168 = sub %6291, %10167 : f64[] @ models/lib/nn.yaml:79:7
%10169 = div %3879, %10168 : f64[] @ models/lib/nn.yaml:79:7
%10170 = pow %6318, %10166 : f64[] @ models/lib/nn.yaml:79:7
%10171 = sub %6291, %10170 : f64[] @ models/lib/nn.yaml:79:7
%10172 = sqrt %10171 : f64[] @ models/lib/nn.yaml:79:7
%10173 = div %6291, %10172 : f64[] @ models/lib/nn.yaml:79:7
%10174 = sqrt %10165 : f32[8,24] @ models/lib/nn.yaml:79:7
%10175 = cast %10173 : f32[] @ models/lib/nn.yaml:79:7
%10176 = broadcast %10175 : f32[8,24] @ models/lib/nn.yaml:79:7
%10177 = mul %10174, %10176 : f32[8,24] @ models/lib/nn.yaml:79:7
%10178 = add %10177, %9789 : f32[8,24] @ models/lib/nn.yaml:79:7
%10179 = div %10161, %10178 : f32[8,24] @ models/lib/nn.yaml:79:7
%10180 = cast %10169 : f32[] @ models/lib/nn.yaml:79:7
%10181 = broadcast %10180 : f32[8,24] @ models/lib/nn.yaml:79:7
%10182 = mul %10179, %10181 : f32[8,24] @ models/lib/nn.yaml:79:7
%10183 = sub %10158, %10182 : f32[8,24] @ models/lib/nn.yaml:79:7
%10184 = assign %81, %10183 : f32[8,24] @ models/lib/nn.yaml:79:7
%10185 = assign %10154, %10161 : f32[8,24] @ models/lib/nn.yaml:79:7
%10186 = assign %10155, %10165 : f32[8,24] @ models/lib/nn.yaml:79:7
%10187 = assign %10156, %10157 : i64[] @ models/lib/nn.yaml:79:7
%10188 = mul %159, %9800 : f32[8,24] @ models/lib/nn.yaml:79:7
%10189 = mul %10183, %9802 : f32[8,24] @ models/lib/nn.yaml:79:7
%10190 = add %10188, %10189 : f32[8,24] @ models/lib/nn.yaml:79:7
%10191 = assign %159, %10190 : f32[8,24] @ models/lib/nn.yaml:79:7
%10192 = all_reduce_sum %5105 : f32[8] @ models/lib/nn.yaml:80:7
%10193 = mul %10192, %10192 : f32[8] @ models/lib/nn.yaml:80:7
%10194 = reduce_sum %10193 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10195 = sqrt %10194 : f32[] @ models/lib/nn.yaml:80:7
%10196 = cast %10195 : f64[] @ models/lib/nn.yaml:80:7
%10197 = add %10196, %6287 : f64[] @ models/lib/nn.yaml:80:7
%10198 = div %6289, %10197 : f64[] @ models/lib/nn.yaml:80:7
%10199 = lt %10198, %6291 : bool[] @ models/lib/nn.yaml:80:7
%10200 = cast %10198 : f32[] @ models/lib/nn.yaml:80:7
%10201 = broadcast %10200 : f32[8] @ models/lib/nn.yaml:80:7
%10202 = mul %10192, %10201 : f32[8] @ models/lib/nn.yaml:80:7
%10203 = broadcast %10199 : bool[8] @ models/lib/nn.yaml:80:7
%10204 = select %10203, %10202, %10192 : f32[8] @ models/lib/nn.yaml:80:7
%10205 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10206 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10207 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10208 = add %10207, %6301 : i64[] @ models/lib/nn.yaml:80:7
%10209 = mul %10204, %9823 : f32[8] @ models/lib/nn.yaml:80:7
%10210 = mul %10205, %9825 : f32[8] @ models/lib/nn.yaml:80:7
%10211 = add %10210, %10209 : f32[8] @ models/lib/nn.yaml:80:7
%10212 = mul %10204, %10204 : f32[8] @ models/lib/nn.yaml:80:7
%10213 = mul %10212, %9829 : f32[8] @ models/lib/nn.yaml:80:7
%10214 = mul %10206, %9831 : f32[8] @ models/lib/nn.yaml:80:7
%10215 = add %10214, %10213 : f32[8] @ models/lib/nn.yaml:80:7
%10216 = cast %10208 : f64[] @ models/lib/nn.yaml:80:7
%10217 = pow %6310, %10216 : f64[] @ models/lib/nn.yaml:80:7
%10218 = sub %6291, %10217 : f64[] @ models/lib/nn.yaml:80:7
%10219 = div %3879, %10218 : f64[] @ models/lib/nn.yaml:80:7
%10220 = pow %6318, %10216 : f64[] @ models/lib/nn.yaml:80:7
%10221 = sub %6291, %10220 : f64[] @ models/lib/nn.yaml:80:7
%10222 = sqrt %10221 : f64[] @ models/lib/nn.yaml:80:7
%10223 = div %6291, %10222 : f64[] @ models/lib/nn.yaml:80:7
%10224 = sqrt %10215 : f32[8] @ models/lib/nn.yaml:80:7
%10225 = cast %10223 : f32[] @ models/lib/nn.yaml:80:7
%10226 = broadcast %10225 : f32[8] @ models/lib/nn.yaml:80:7
%10227 = mul %10224, %10226 : f32[8] @ models/lib/nn.yaml:80:7
%10228 = add %10227, %9846 : f32[8] @ models/lib/nn.yaml:80:7
%10229 = div %10211, %10228 : f32[8] @ models/lib/nn.yaml:80:7
%10230 = cast %10219 : f32[] @ models/lib/nn.yaml:80:7
%10231 = broadcast %10230 : f32[8] @ models/lib/nn.yaml:80:7
%10232 = mul %10229, %10231 : f32[8] @ models/lib/nn.yaml:80:7
%10233 = sub %82, %10232 : f32[8] @ models/lib/nn.yaml:80:7
%10234 = assign %82, %10233 : f32[8] @ models/lib/nn.yaml:80:7
%10235 = assign %10205, %10211 : f32[8] @ models/lib/nn.yaml:80:7
%10236 = assign %10206, %10215 : f32[8] @ models/lib/nn.yaml:80:7
%10237 = assign %10207, %10208 : i64[] @ models/lib/nn.yaml:80:7
%10238 = mul %160, %9857 : f32[8] @ models/lib/nn.yaml:80:7
%10239 = mul %10233, %9859 : f32[8] @ models/lib/nn.yaml:80:7
%10240 = add %10238, %10239 : f32[8] @ models/lib/nn.yaml:80:7
%10241 = assign %160, %10240 : f32[8] @ models/lib/nn.yaml:80:7
%10242 = broadcast %6347 : f32[16,1] @ models/lib/dino.yaml:18:7
%10243 = mul %161, %10242 : f32[16,1] @ models/lib/dino.yaml:18:7
%10244 = broadcast %6351 : f32[16,1] @ models/lib/dino.yaml:18:7
%10245 = mul %83, %10244 : f32[16,1] @ models/lib/dino.yaml:18:7
%10246 = add %10243, %10245 : f32[16,1] @ models/lib/dino.yaml:18:7
%10247 = assign %161, %10246 : f32[16,1] @ models/lib/dino.yaml:18:7
%10248 = all_reduce_sum %5078 : f32[16,8] @ models/lib/dino.yaml:19:7
%10249 = reshape %10248 : f32[128] @ models/lib/dino.yaml:19:7
%10250 = mul %10249, %10249 : f32[128] @ models/lib/dino.yaml:19:7
%10251 = reduce_sum %10250 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10252 = sqrt %10251 : f32[] @ models/lib/dino.yaml:19:7
%10253 = cast %10252 : f64[] @ models/lib/dino.yaml:19:7
%10254 = add %10253, %6287 : f64[] @ models/lib/dino.yaml:19:7
%10255 = div %6289, %10254 : f64[] @ models/lib/dino.yaml:19:7
%10256 = lt %10255, %6291 : bool[] @ models/lib/dino.yaml:19:7
%10257 = cast %10255 : f32[] @ models/lib/dino.yaml:19:7
%10258 = broadcast %10257 : f32[16,8] @ models/lib/dino.yaml:19:7
%10259 = mul %10248, %10258 : f32[16,8] @ models/lib/dino.yaml:19:7
%10260 = broadcast %10256 : bool[16,8] @ models/lib/dino.yaml:19:7
%10261 = select %10260, %10259, %10248 : f32[16,8] @ models/lib/dino.yaml:19:7
%10262 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10263 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10264 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10265 = add %10264, %6301 : i64[] @ models/lib/dino.yaml:19:7
%10266 = broadcast %6305 : f32[16,8] @ models/lib/dino.yaml:19:7
%10267 = mul %84, %10266 : f32[16,8] @ models/lib/dino.yaml:19:7
%10268 = broadcast %3608 : f32[16,8] @ models/lib/dino.yaml:19:7
%10269 = mul %10261, %10268 : f32[16,8] @ models/lib/dino.yaml:19:7
%10270 = broadcast %2464 : f32[16,8] @ models/lib/dino.yaml:19:7
%10271 = mul %10262, %10270 : f32[16,8] @ models/lib/dino.yaml:19:7
%10272 = add %10271, %10269 : f32[16,8] @ models/lib/dino.yaml:19:7
%10273 = mul %10261, %10261 : f32[16,8] @ models/lib/dino.yaml:19:7
%10274 = broadcast %6315 : f32[16,8] @ models/lib/dino.yaml:19:7
%10275 = mul %10273, %10274 : f32[16,8] @ models/lib/dino.yaml:19:7
%10276 = broadcast %6319 : f32[16,8] @ models/lib/dino.yaml:19:7
%10277 = mul %10263, %10276 : f32[16,8] @ models/lib/dino.yaml:19:7
%10278 = add %10277, %10275 : f32[16,8] @ models/lib/dino.yaml:19:7
%10279 = cast %10265 : f64[] @ models/lib/dino.yaml:19:7
%10280 = pow %6310, %10279 : f64[] @ models/lib/dino.yaml:19:7
%10281 = sub %6291, %10280 : f64[] @ models/lib/dino.yaml:19:7
%10282 = div %3879, %10281 : f64[] @ models/lib/dino.yaml:19:7
%10283 = pow %6318, %10279 : f64[] @ models/lib/dino.yaml:19:7
%10284 = sub %6291, %10283 : f64[] @ models/lib/dino.yaml:19:7
%10285 = sqrt %10284 : f64[] @ models/lib/dino.yaml:19:7
%10286 = div %6291, %10285 : f64[] @ models/lib/dino.yaml:19:7
%10287 = sqrt %10278 : f32[16,8] @ models/lib/dino.yaml:19:7
%10288 = cast %10286 : f32[] @ models/lib/dino.yaml:19:7
%10289 = broadcast %10288 : f32[16,8] @ models/lib/dino.yaml:19:7
%10290 = mul %10287, %10289 : f32[16,8] @ models/lib/dino.yaml:19:7
%10291 = broadcast %6335 : f32[16,8] @ models/lib/dino.yaml:19:7
%10292 = add %10290, %10291 : f32[16,8] @ models/lib/dino.yaml:19:7
%10293 = div %10272, %10292 : f32[16,8] @ models/lib/dino.yaml:19:7
%10294 = cast %10282 : f32[] @ models/lib/dino.yaml:19:7
%10295 = broadcast %10294 : f32[16,8] @ models/lib/dino.yaml:19:7
%10296 = mul %10293, %10295 : f32[16,8] @ models/lib/dino.yaml:19:7
%10297 = sub %10267, %10296 : f32[16,8] @ models/lib/dino.yaml:19:7
%10298 = broadcast %9920 : bool[16,8] @ models/lib/dino.yaml:19:7
%10299 = select %10298, %84, %10297 : f32[16,8] @ models/lib/dino.yaml:19:7
%10300 = select %10298, %10262, %10272 : f32[16,8] @ models/lib/dino.yaml:19:7
%10301 = select %10298, %10263, %10278 : f32[16,8] @ models/lib/dino.yaml:19:7
%10302 = select %9920, %10264, %10265 : i64[] @ models/lib/dino.yaml:19:7
%10303 = assign %84, %10299 : f32[16,8] @ models/lib/dino.yaml:19:7
%10304 = assign %10262, %10300 : f32[16,8] @ models/lib/dino.yaml:19:7
%10305 = assign %10263, %10301 : f32[16,8] @ models/lib/dino.yaml:19:7
%10306 = assign %10264, %10302 : i64[] @ models/lib/dino.yaml:19:7
%10307 = broadcast %6347 : f32[16,8] @ models/lib/dino.yaml:19:7
%10308 = mul %162, %10307 : f32[16,8] @ models/lib/dino.yaml:19:7
%10309 = broadcast %6351 : f32[16,8] @ models/lib/dino.yaml:19:7
%10310 = mul %10299, %10309 : f32[16,8] @ models/lib/dino.yaml:19:7
%10311 = add %10308, %10310 : f32[16,8] @ models/lib/dino.yaml:19:7
%10312 = assign %162, %10311 : f32[16,8] @ models/lib/dino.yaml:19:7
%10313 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10314 = abs %3842 : f32[] @ models/dino_pass.yaml:149:3
%10315 = lt %10314, %10313 : bool[] @ models/dino_pass.yaml:149:3
%10316 = output %10315 name="finite" : bool[] @ models/dino_pass.yaml:149:3
