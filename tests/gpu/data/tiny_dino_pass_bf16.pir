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
%3766 = reduce_sum %3765 axes=[0] keep=1 : f32[1,16] @ models/lib/nn.yaml:73:26
%3767 = all_reduce_sum %3766 : f32[1,16] @ models/lib/nn.yaml:73:16
%3768 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3769 = broadcast %3768 : f32[1,16] @ models/lib/nn.yaml:73:52
%3770 = div %3767, %3769 : f32[1,16] @ models/lib/nn.yaml:73:52
%3771 = const data=[0.1] : f32[] @ models/dino_pass.yaml:142:49
%3772 = broadcast %3771 : f32[1,16] @ models/dino_pass.yaml:142:68
%3773 = mul %3772, %3770 : f32[1,16] @ models/dino_pass.yaml:142:68
%3774 = add %3760, %3773 : f32[1,16] @ models/dino_pass.yaml:142:44
%3775 = assign %164, %3774 : f32[1,16] @ models/dino_pass.yaml:142:13
%3776 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3777 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3778 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3779 = const data=[1] : f32[] @ models/dino_pass.yaml:149:3
%3780 = mul %3779, %3740 : f32[] @ models/dino_pass.yaml:149:3
%3781 = div %3780, %3737 : f32[] @ models/dino_pass.yaml:149:3
%3782 = div %3781, %3734 : f32[] @ models/lib/dino.yaml:39:16
%3783 = reshape %3782 : f32[1,1] @ models/lib/dino.yaml:39:16
%3784 = broadcast %3783 : f32[2,9] @ models/lib/dino.yaml:39:16
%3785 = neg %3784 : f32[2,9] @ models/lib/dino.yaml:39:21
%3786 = reshape %3785 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3787 = broadcast %3786 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3788 = mul %3787, %3717 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3789 = neg %3788 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3790 = reduce_sum %3789 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3791 = div %3790, %3726 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3792 = broadcast %3791 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3793 = mul %3792, %3725 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3794 = add %3788, %3793 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3795 = div %3794, %3719 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3796 = div %3781, %3702 : f32[] @ models/lib/dino.yaml:39:16
%3797 = reshape %3796 : f32[1,1] @ models/lib/dino.yaml:39:16
%3798 = broadcast %3797 : f32[2,9] @ models/lib/dino.yaml:39:16
%3799 = neg %3798 : f32[2,9] @ models/lib/dino.yaml:39:21
%3800 = reshape %3799 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3801 = broadcast %3800 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3802 = mul %3801, %3685 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3803 = neg %3802 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3804 = reduce_sum %3803 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3805 = div %3804, %3694 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3806 = broadcast %3805 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3807 = mul %3806, %3693 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3808 = add %3802, %3807 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3809 = div %3808, %3687 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3810 = div %3781, %3670 : f32[] @ models/lib/dino.yaml:39:16
%3811 = reshape %3810 : f32[1,1] @ models/lib/dino.yaml:39:16
%3812 = broadcast %3811 : f32[2,16] @ models/lib/dino.yaml:39:16
%3813 = neg %3812 : f32[2,16] @ models/lib/dino.yaml:39:21
%3814 = reshape %3813 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3815 = broadcast %3814 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3816 = mul %3815, %3653 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3817 = neg %3816 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3818 = reduce_sum %3817 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3819 = div %3818, %3662 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3820 = broadcast %3819 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3821 = mul %3820, %3661 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3822 = add %3816, %3821 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3823 = div %3822, %3655 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3824 = div %3781, %3639 : f32[] @ models/lib/dino.yaml:39:16
%3825 = reshape %3824 : f32[1,1] @ models/lib/dino.yaml:39:16
%3826 = broadcast %3825 : f32[2,16] @ models/lib/dino.yaml:39:16
%3827 = neg %3826 : f32[2,16] @ models/lib/dino.yaml:39:21
%3828 = reshape %3827 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3829 = broadcast %3828 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3830 = mul %3829, %3622 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3831 = neg %3830 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3832 = reduce_sum %3831 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3833 = div %3832, %3631 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3834 = broadcast %3833 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3835 = mul %3834, %3630 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3836 = add %3830, %3835 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3837 = div %3836, %3624 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3838 = mul %3779, %3608 : f32[] @ models/dino_pass.yaml:145:3
%3839 = div %3838, %3605 : f32[] @ models/dino_pass.yaml:145:3
%3840 = div %3839, %3602 : f32[] @ models/lib/dino.yaml:39:16
%3841 = reshape %3840 : f32[1,1] @ models/lib/dino.yaml:39:16
%3842 = broadcast %3841 : f32[2,1] @ models/lib/dino.yaml:39:16
%3843 = neg %3842 : f32[2,1] @ models/lib/dino.yaml:39:21
%3844 = reshape %3843 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3845 = broadcast %3844 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3846 = mul %3845, %3585 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3847 = neg %3846 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3848 = reduce_sum %3847 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3849 = div %3848, %3594 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3850 = broadcast %3849 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3851 = mul %3850, %3593 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3852 = add %3846, %3851 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3853 = div %3852, %3587 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3854 = div %3839, %3570 : f32[] @ models/lib/dino.yaml:39:16
%3855 = reshape %3854 : f32[1,1] @ models/lib/dino.yaml:39:16
%3856 = broadcast %3855 : f32[2,1] @ models/lib/dino.yaml:39:16
%3857 = neg %3856 : f32[2,1] @ models/lib/dino.yaml:39:21
%3858 = reshape %3857 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3859 = broadcast %3858 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3860 = mul %3859, %3553 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3861 = neg %3860 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3862 = reduce_sum %3861 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3863 = div %3862, %3562 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3864 = broadcast %3863 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3865 = mul %3864, %3561 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3866 = add %3860, %3865 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3867 = div %3866, %3555 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3868 = div %3839, %3538 : f32[] @ models/lib/dino.yaml:39:16
%3869 = reshape %3868 : f32[1,1] @ models/lib/dino.yaml:39:16
%3870 = broadcast %3869 : f32[2,1] @ models/lib/dino.yaml:39:16
%3871 = neg %3870 : f32[2,1] @ models/lib/dino.yaml:39:21
%3872 = reshape %3871 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3873 = broadcast %3872 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3874 = mul %3873, %3521 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3875 = neg %3874 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3876 = reduce_sum %3875 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3877 = div %3876, %3530 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3878 = broadcast %3877 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3879 = mul %3878, %3529 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3880 = add %3874, %3879 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3881 = div %3880, %3523 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3882 = div %3839, %3506 : f32[] @ models/lib/dino.yaml:39:16
%3883 = reshape %3882 : f32[1,1] @ models/lib/dino.yaml:39:16
%3884 = broadcast %3883 : f32[2,1] @ models/lib/dino.yaml:39:16
%3885 = neg %3884 : f32[2,1] @ models/lib/dino.yaml:39:21
%3886 = reshape %3885 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3887 = broadcast %3886 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3888 = mul %3887, %3489 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3889 = neg %3888 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3890 = reduce_sum %3889 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3891 = div %3890, %3498 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3892 = broadcast %3891 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3893 = mul %3892, %3497 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3894 = add %3888, %3893 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3895 = div %3894, %3491 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3896 = add %3853, %3895 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3897 = div %3839, %3474 : f32[] @ models/lib/dino.yaml:39:16
%3898 = reshape %3897 : f32[1,1] @ models/lib/dino.yaml:39:16
%3899 = broadcast %3898 : f32[2,1] @ models/lib/dino.yaml:39:16
%3900 = neg %3899 : f32[2,1] @ models/lib/dino.yaml:39:21
%3901 = reshape %3900 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3902 = broadcast %3901 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3903 = mul %3902, %3457 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3904 = neg %3903 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3905 = reduce_sum %3904 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3906 = div %3905, %3466 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3907 = broadcast %3906 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3908 = mul %3907, %3465 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3909 = add %3903, %3908 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3910 = div %3909, %3459 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3911 = add %3867, %3910 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3912 = div %3839, %3443 : f32[] @ models/lib/dino.yaml:39:16
%3913 = reshape %3912 : f32[1,1] @ models/lib/dino.yaml:39:16
%3914 = broadcast %3913 : f32[2,1] @ models/lib/dino.yaml:39:16
%3915 = neg %3914 : f32[2,1] @ models/lib/dino.yaml:39:21
%3916 = reshape %3915 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3917 = broadcast %3916 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3918 = mul %3917, %3426 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3919 = neg %3918 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3920 = reduce_sum %3919 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3921 = div %3920, %3435 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3922 = broadcast %3921 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3923 = mul %3922, %3434 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3924 = add %3918, %3923 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3925 = div %3924, %3428 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3926 = pad %3795 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3927 = pad %3809 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3928 = add %3926, %3927 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3929 = pad %3896 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3930 = pad %3911 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3931 = add %3929, %3930 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3932 = cast %3928 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3933 = matmul %3932, %3404 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%3934 = reshape %3932 : bf16[36,16] @ models/lib/dino.yaml:23:18
%3935 = reshape %3403 : bf16[36,8] @ models/lib/dino.yaml:23:18
%3936 = matmul %3934, %3935 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%3937 = cast %3936 : f32[16,8] @ models/lib/dino.yaml:22:33
%3938 = div %3937, %3401 : f32[16,8] @ models/lib/dino.yaml:22:33
%3939 = mul %3938, %3402 : f32[16,8] @ models/lib/dino.yaml:22:33
%3940 = neg %3939 : f32[16,8] @ models/lib/dino.yaml:22:33
%3941 = reduce_sum %3940 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%3942 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%3943 = broadcast %3942 : f32[16,1] @ models/lib/dino.yaml:22:35
%3944 = mul %3941, %3943 : f32[16,1] @ models/lib/dino.yaml:22:35
%3945 = div %3944, %3400 : f32[16,1] @ models/lib/dino.yaml:22:35
%3946 = broadcast %3945 : f32[16,8] @ models/lib/dino.yaml:22:40
%3947 = mul %3946, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3948 = mul %3946, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%3949 = add %3947, %3948 : f32[16,8] @ models/lib/dino.yaml:22:53
%3950 = mul %3938, %3396 : f32[16,8] @ models/lib/dino.yaml:22:22
%3951 = add %3949, %3950 : f32[16,8] @ models/lib/dino.yaml:22:22
%3952 = cast %3933 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3953 = div %3952, %3394 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3954 = mul %3953, %3395 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3955 = neg %3954 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%3956 = reduce_sum %3955 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%3957 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%3958 = broadcast %3957 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3959 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%3960 = broadcast %3959 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3961 = mul %3956, %3960 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3962 = eq %3389, %3392 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3963 = select %3962, %3961, %3958 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3964 = gt %3389, %3392 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%3965 = select %3964, %3956, %3963 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%3966 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%3967 = broadcast %3966 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3968 = mul %3965, %3967 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3969 = div %3968, %3389 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%3970 = broadcast %3969 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%3971 = mul %3970, %3386 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3972 = add %3953, %3971 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3973 = mul %3970, %3386 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3974 = add %3972, %3973 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%3975 = reduce_sum %3974 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%3976 = reshape %3975 : f32[8] @ models/lib/nn.yaml:84:18
%3977 = cast %3974 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%3978 = matmul %3977, %2696 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3979 = reshape %3977 : bf16[36,8] @ models/lib/nn.yaml:83:15
%3980 = reshape %3382 : bf16[36,24] @ models/lib/nn.yaml:83:15
%3981 = matmul %3979, %3980 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%3982 = cast %3978 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3983 = mul %3982, %3380 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3984 = cast %3978 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3985 = mul %3984, %3373 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%3986 = mul %3376, %3376 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3987 = neg %3986 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3988 = exp %3987 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3989 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3990 = broadcast %3989 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3991 = mul %3988, %3990 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3992 = mul %3985, %3991 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%3993 = mul %3992, %3375 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%3994 = mul %3983, %3372 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3995 = add %3993, %3994 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%3996 = reduce_sum %3995 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%3997 = reshape %3996 : f32[24] @ models/lib/nn.yaml:84:18
%3998 = cast %3995 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%3999 = matmul %3998, %2679 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4000 = reshape %3998 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4001 = reshape %3366 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4002 = matmul %4000, %4001 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4003 = cast %3999 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4004 = mul %4003, %3364 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4005 = cast %3999 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4006 = mul %4005, %3357 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4007 = mul %3360, %3360 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4008 = neg %4007 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4009 = exp %4008 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4010 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4011 = broadcast %4010 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4012 = mul %4009, %4011 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4013 = mul %4006, %4012 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4014 = mul %4013, %3359 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4015 = mul %4004, %3356 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4016 = add %4014, %4015 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4017 = reduce_sum %4016 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4018 = reshape %4017 : f32[24] @ models/lib/nn.yaml:84:18
%4019 = cast %4016 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4020 = matmul %4019, %2662 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4021 = reshape %4019 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4022 = reshape %3350 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4023 = matmul %4021, %4022 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4024 = cast %4020 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%4025 = pad %4024 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:46
%4026 = cast %3931 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4027 = matmul %4026, %3347 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4028 = reshape %4026 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4029 = reshape %3346 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4030 = matmul %4028, %4029 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4031 = cast %4030 : f32[32,8] @ models/lib/dino.yaml:22:33
%4032 = div %4031, %3344 : f32[32,8] @ models/lib/dino.yaml:22:33
%4033 = mul %4032, %3345 : f32[32,8] @ models/lib/dino.yaml:22:33
%4034 = neg %4033 : f32[32,8] @ models/lib/dino.yaml:22:33
%4035 = reduce_sum %4034 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4036 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4037 = broadcast %4036 : f32[32,1] @ models/lib/dino.yaml:22:35
%4038 = mul %4035, %4037 : f32[32,1] @ models/lib/dino.yaml:22:35
%4039 = div %4038, %3343 : f32[32,1] @ models/lib/dino.yaml:22:35
%4040 = broadcast %4039 : f32[32,8] @ models/lib/dino.yaml:22:40
%4041 = mul %4040, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4042 = mul %4040, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4043 = add %4041, %4042 : f32[32,8] @ models/lib/dino.yaml:22:53
%4044 = mul %4032, %3339 : f32[32,8] @ models/lib/dino.yaml:22:22
%4045 = add %4043, %4044 : f32[32,8] @ models/lib/dino.yaml:22:22
%4046 = cast %4027 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4047 = div %4046, %3337 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4048 = mul %4047, %3338 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4049 = neg %4048 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4050 = reduce_sum %4049 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4051 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4052 = broadcast %4051 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4053 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4054 = broadcast %4053 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4055 = mul %4050, %4054 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4056 = eq %3332, %3335 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4057 = select %4056, %4055, %4052 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4058 = gt %3332, %3335 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4059 = select %4058, %4050, %4057 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4060 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4061 = broadcast %4060 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4062 = mul %4059, %4061 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4063 = div %4062, %3332 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4064 = broadcast %4063 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4065 = mul %4064, %3329 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4066 = add %4047, %4065 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4067 = mul %4064, %3329 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4068 = add %4066, %4067 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4069 = reduce_sum %4068 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4070 = reshape %4069 : f32[8] @ models/lib/nn.yaml:84:18
%4071 = cast %4068 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4072 = matmul %4071, %2636 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4073 = reshape %4071 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4074 = reshape %3325 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4075 = matmul %4073, %4074 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4076 = cast %4072 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4077 = mul %4076, %3323 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4078 = cast %4072 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4079 = mul %4078, %3316 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4080 = mul %3319, %3319 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4081 = neg %4080 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4082 = exp %4081 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4083 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4084 = broadcast %4083 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4085 = mul %4082, %4084 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4086 = mul %4079, %4085 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4087 = mul %4086, %3318 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4088 = mul %4077, %3315 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4089 = add %4087, %4088 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4090 = reduce_sum %4089 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4091 = reshape %4090 : f32[24] @ models/lib/nn.yaml:84:18
%4092 = cast %4089 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4093 = matmul %4092, %2619 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4094 = reshape %4092 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4095 = reshape %3309 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4096 = matmul %4094, %4095 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4097 = cast %4093 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4098 = mul %4097, %3307 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4099 = cast %4093 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4100 = mul %4099, %3300 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4101 = mul %3303, %3303 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4102 = neg %4101 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4103 = exp %4102 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4104 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4105 = broadcast %4104 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4106 = mul %4103, %4105 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4107 = mul %4100, %4106 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4108 = mul %4107, %3302 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4109 = mul %4098, %3299 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4110 = add %4108, %4109 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4111 = reduce_sum %4110 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4112 = reshape %4111 : f32[24] @ models/lib/nn.yaml:84:18
%4113 = cast %4110 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4114 = matmul %4113, %2602 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4115 = reshape %4113 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4116 = reshape %3293 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4117 = matmul %4115, %4116 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4118 = cast %4114 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4119 = pad %4118 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4120 = add %4025, %4119 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4121 = reduce_sum %4120 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4122 = reshape %4121 : f32[16] @ models/lib/nn.yaml:96:46
%4123 = mul %4120, %3288 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4124 = mul %4120, %3287 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4125 = reduce_sum %4124 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4126 = reshape %4125 : f32[16] @ models/lib/nn.yaml:96:37
%4127 = mul %4123, %3286 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4128 = mul %4123, %3276 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4129 = reduce_sum %4128 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4130 = mul %3285, %3285 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4131 = mul %3285, %4130 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4132 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4133 = broadcast %4132 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4134 = mul %4131, %4133 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4135 = mul %4129, %4134 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4136 = div %4135, %3280 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4137 = broadcast %4136 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4138 = mul %4137, %3276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4139 = add %4127, %4138 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4140 = mul %4137, %3276 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4141 = add %4139, %4140 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4142 = neg %4141 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4143 = reduce_sum %4142 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4144 = div %4143, %3273 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4145 = broadcast %4144 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4146 = add %4141, %4145 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4147 = slice %4146 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4148 = slice %4146 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4149 = reduce_sum %4147 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4150 = reshape %4149 : f32[16] @ models/lib/nn.yaml:84:18
%4151 = cast %4147 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4152 = matmul %4151, %2572 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4153 = reshape %4151 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4154 = reshape %3264 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4155 = matmul %4153, %4154 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4156 = cast %4152 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4157 = mul %4156, %3262 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4158 = cast %4152 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4159 = mul %4158, %3255 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4160 = mul %3258, %3258 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4161 = neg %4160 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4162 = exp %4161 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4163 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4164 = broadcast %4163 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4165 = mul %4162, %4164 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4166 = mul %4159, %4165 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4167 = mul %4166, %3257 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4168 = mul %4157, %3254 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4169 = add %4167, %4168 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4170 = reduce_sum %4169 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4171 = reshape %4170 : f32[64] @ models/lib/nn.yaml:84:18
%4172 = cast %4169 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4173 = matmul %4172, %2555 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4174 = reshape %4172 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4175 = reshape %3248 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4176 = matmul %4174, %4175 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4177 = cast %4173 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4178 = reduce_sum %4177 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4179 = reshape %4178 : f32[16] @ models/lib/nn.yaml:96:46
%4180 = cast %4173 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4181 = mul %4180, %3244 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4182 = cast %4173 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4183 = mul %4182, %3243 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4184 = reduce_sum %4183 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4185 = reshape %4184 : f32[16] @ models/lib/nn.yaml:96:37
%4186 = mul %4181, %3242 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4187 = mul %4181, %3232 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4188 = reduce_sum %4187 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4189 = mul %3241, %3241 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4190 = mul %3241, %4189 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4191 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4192 = broadcast %4191 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4193 = mul %4190, %4192 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4194 = mul %4188, %4193 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4195 = div %4194, %3236 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4196 = broadcast %4195 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4197 = mul %4196, %3232 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4198 = add %4186, %4197 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4199 = mul %4196, %3232 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4200 = add %4198, %4199 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4201 = add %4147, %4200 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4202 = neg %4200 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4203 = reduce_sum %4202 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4204 = div %4203, %3229 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4205 = broadcast %4204 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4206 = add %4201, %4205 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4207 = reduce_sum %4206 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4208 = reshape %4207 : f32[16] @ models/lib/nn.yaml:84:18
%4209 = cast %4206 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4210 = matmul %4209, %2527 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4211 = reshape %4209 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4212 = reshape %3221 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4213 = matmul %4211, %4212 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4214 = reshape %4210 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4215 = permute %4214 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4216 = cast %4215 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4217 = cast %3210 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4218 = permute %4217 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4219 = reshape %4216 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4220 = broadcast %4219 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4221 = reshape %4218 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4222 = broadcast %4221 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4223 = mul %4220, %4222 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4224 = reduce_sum %4223 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4225 = cast %4224 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4226 = cast %3209 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4227 = permute %4226 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4228 = cast %4215 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4229 = reshape %4227 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%4230 = broadcast %4229 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4231 = reshape %4228 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4232 = broadcast %4231 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4233 = mul %4230, %4232 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4234 = reshape %4233 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4235 = cast %4234 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4236 = cast %4225 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4237 = div %4236, %3207 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4238 = mul %4237, %3208 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4239 = neg %4238 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4240 = reduce_sum %4239 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4241 = broadcast %4240 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4242 = add %4237, %4241 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4243 = mul %4242, %3205 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4244 = mul %4243, %3198 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4245 = cast %4244 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4246 = cast %4245 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4247 = cast %3186 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4248 = reshape %4246 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4249 = broadcast %4248 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4250 = reshape %4247 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4251 = broadcast %4250 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4252 = mul %4249, %4251 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4253 = reduce_sum %4252 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4254 = cast %4253 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4255 = cast %4245 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4256 = permute %4255 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4257 = cast %3185 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4258 = reshape %4256 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%4259 = broadcast %4258 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4260 = reshape %4257 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4261 = broadcast %4260 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4262 = mul %4259, %4261 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4263 = reshape %4262 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4264 = cast %4263 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4265 = cast %4235 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4266 = permute %4265 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4267 = reshape %4266 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4268 = reduce_sum %4267 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4269 = reshape %4268 : f32[16] @ models/lib/nn.yaml:84:18
%4270 = permute %4235 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4271 = reshape %4270 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4272 = matmul %4271, %2483 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4273 = reshape %4271 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4274 = reshape %3172 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4275 = matmul %4273, %4274 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4276 = cast %4264 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4277 = permute %4276 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4278 = reshape %4277 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4279 = reduce_sum %4278 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4280 = reshape %4279 : f32[16] @ models/lib/nn.yaml:84:18
%4281 = permute %4264 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4282 = reshape %4281 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4283 = matmul %4282, %2476 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4284 = cast %4272 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4285 = cast %4283 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4286 = add %4284, %4285 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4287 = reshape %4282 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4288 = reshape %3172 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4289 = matmul %4287, %4288 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4290 = cast %4254 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4291 = permute %4290 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4292 = reshape %4291 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4293 = reduce_sum %4292 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4294 = reshape %4293 : f32[16] @ models/lib/nn.yaml:84:18
%4295 = permute %4254 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4296 = reshape %4295 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4297 = matmul %4296, %2468 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4298 = reshape %4296 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4299 = reshape %3165 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4300 = matmul %4298, %4299 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4301 = cast %4297 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4302 = pad %4301 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4303 = add %4286, %4302 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4304 = reduce_sum %4303 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4305 = reshape %4304 : f32[16] @ models/lib/nn.yaml:96:46
%4306 = mul %4303, %3160 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4307 = mul %4303, %3159 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4308 = reduce_sum %4307 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4309 = reshape %4308 : f32[16] @ models/lib/nn.yaml:96:37
%4310 = mul %4306, %3158 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4311 = mul %4306, %3148 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4312 = reduce_sum %4311 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4313 = mul %3157, %3157 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4314 = mul %3157, %4313 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4315 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4316 = broadcast %4315 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4317 = mul %4314, %4316 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4318 = mul %4312, %4317 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4319 = div %4318, %3152 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4320 = broadcast %4319 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4321 = mul %4320, %3148 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4322 = add %4310, %4321 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4323 = mul %4320, %3148 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4324 = add %4322, %4323 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4325 = neg %4324 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4326 = reduce_sum %4325 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4327 = div %4326, %3145 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4328 = broadcast %4327 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4329 = add %4324, %4328 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4330 = slice %4329 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4331 = add %4206, %4330 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4332 = slice %4329 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4333 = add %4148, %4332 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4334 = reduce_sum %4331 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4335 = reshape %4334 : f32[16] @ models/lib/nn.yaml:84:18
%4336 = cast %4331 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4337 = matmul %4336, %2438 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4338 = reshape %4336 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4339 = reshape %3136 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4340 = matmul %4338, %4339 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4341 = cast %4337 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4342 = mul %4341, %3134 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4343 = cast %4337 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4344 = mul %4343, %3127 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4345 = mul %3130, %3130 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4346 = neg %4345 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4347 = exp %4346 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4348 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4349 = broadcast %4348 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4350 = mul %4347, %4349 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4351 = mul %4344, %4350 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4352 = mul %4351, %3129 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4353 = mul %4342, %3126 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4354 = add %4352, %4353 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4355 = reduce_sum %4354 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4356 = reshape %4355 : f32[64] @ models/lib/nn.yaml:84:18
%4357 = cast %4354 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4358 = matmul %4357, %2421 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4359 = reshape %4357 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4360 = reshape %3120 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4361 = matmul %4359, %4360 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4362 = cast %4358 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4363 = reduce_sum %4362 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4364 = reshape %4363 : f32[16] @ models/lib/nn.yaml:96:46
%4365 = cast %4358 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4366 = mul %4365, %3116 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4367 = cast %4358 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4368 = mul %4367, %3115 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4369 = reduce_sum %4368 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4370 = reshape %4369 : f32[16] @ models/lib/nn.yaml:96:37
%4371 = mul %4366, %3114 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4372 = mul %4366, %3104 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4373 = reduce_sum %4372 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4374 = mul %3113, %3113 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4375 = mul %3113, %4374 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4376 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4377 = broadcast %4376 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4378 = mul %4375, %4377 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4379 = mul %4373, %4378 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4380 = div %4379, %3108 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4381 = broadcast %4380 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4382 = mul %4381, %3104 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4383 = add %4371, %4382 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4384 = mul %4381, %3104 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4385 = add %4383, %4384 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4386 = add %4331, %4385 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4387 = neg %4385 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4388 = reduce_sum %4387 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4389 = div %4388, %3101 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4390 = broadcast %4389 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4391 = add %4386, %4390 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4392 = reduce_sum %4391 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4393 = reshape %4392 : f32[16] @ models/lib/nn.yaml:84:18
%4394 = cast %4391 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4395 = matmul %4394, %2393 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4396 = reshape %4394 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4397 = reshape %3093 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4398 = matmul %4396, %4397 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4399 = reshape %4395 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4400 = permute %4399 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4401 = cast %4400 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4402 = cast %3082 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4403 = permute %4402 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4404 = reshape %4401 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%4405 = broadcast %4404 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4406 = reshape %4403 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4407 = broadcast %4406 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4408 = mul %4405, %4407 : f32[4,2,1,8,10] @ models/lib/nn.yaml:56:23
%4409 = reduce_sum %4408 axes=[3] keep=0 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4410 = cast %4409 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4411 = cast %3081 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4412 = permute %4411 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4413 = cast %4400 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4414 = reshape %4412 : f32[4,2,10,1,1] @ models/lib/nn.yaml:56:23
%4415 = broadcast %4414 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4416 = reshape %4413 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%4417 = broadcast %4416 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4418 = mul %4415, %4417 : f32[4,2,10,1,8] @ models/lib/nn.yaml:56:23
%4419 = reshape %4418 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4420 = cast %4419 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4421 = cast %4410 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4422 = div %4421, %3079 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4423 = mul %4422, %3080 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4424 = neg %4423 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4425 = reduce_sum %4424 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4426 = broadcast %4425 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4427 = add %4422, %4426 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4428 = mul %4427, %3077 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4429 = mul %4428, %3070 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4430 = cast %4429 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4431 = cast %4430 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4432 = cast %3058 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4433 = reshape %4431 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4434 = broadcast %4433 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4435 = reshape %4432 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4436 = broadcast %4435 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4437 = mul %4434, %4436 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4438 = reduce_sum %4437 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4439 = cast %4438 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4440 = cast %4430 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4441 = permute %4440 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4442 = cast %3057 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4443 = reshape %4441 : f32[4,2,10,1,1] @ models/lib/nn.yaml:55:23
%4444 = broadcast %4443 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4445 = reshape %4442 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%4446 = broadcast %4445 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4447 = mul %4444, %4446 : f32[4,2,10,1,8] @ models/lib/nn.yaml:55:23
%4448 = reshape %4447 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4449 = cast %4448 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4450 = cast %4420 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4451 = permute %4450 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4452 = reshape %4451 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4453 = reduce_sum %4452 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4454 = reshape %4453 : f32[16] @ models/lib/nn.yaml:84:18
%4455 = permute %4420 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4456 = reshape %4455 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4457 = matmul %4456, %2349 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4458 = reshape %4456 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4459 = reshape %3044 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4460 = matmul %4458, %4459 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4461 = cast %4449 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4462 = permute %4461 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4463 = reshape %4462 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4464 = reduce_sum %4463 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4465 = reshape %4464 : f32[16] @ models/lib/nn.yaml:84:18
%4466 = permute %4449 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4467 = reshape %4466 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4468 = matmul %4467, %2342 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4469 = cast %4457 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4470 = cast %4468 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4471 = add %4469, %4470 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4472 = reshape %4467 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4473 = reshape %3044 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4474 = matmul %4472, %4473 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4475 = cast %4439 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4476 = permute %4475 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4477 = reshape %4476 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4478 = reduce_sum %4477 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4479 = reshape %4478 : f32[16] @ models/lib/nn.yaml:84:18
%4480 = permute %4439 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4481 = reshape %4480 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4482 = matmul %4481, %2334 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4483 = reshape %4481 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4484 = reshape %3037 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4485 = matmul %4483, %4484 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4486 = cast %4482 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4487 = pad %4486 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4488 = add %4471, %4487 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4489 = reduce_sum %4488 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4490 = reshape %4489 : f32[16] @ models/lib/nn.yaml:96:46
%4491 = mul %4488, %3032 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4492 = mul %4488, %3031 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4493 = reduce_sum %4492 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4494 = reshape %4493 : f32[16] @ models/lib/nn.yaml:96:37
%4495 = mul %4491, %3030 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4496 = mul %4491, %3020 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4497 = reduce_sum %4496 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4498 = mul %3029, %3029 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4499 = mul %3029, %4498 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4500 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4501 = broadcast %4500 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4502 = mul %4499, %4501 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4503 = mul %4497, %4502 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4504 = div %4503, %3024 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4505 = broadcast %4504 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4506 = mul %4505, %3020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4507 = add %4495, %4506 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4508 = mul %4505, %3020 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4509 = add %4507, %4508 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4510 = neg %4509 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4511 = reduce_sum %4510 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4512 = div %4511, %3017 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4513 = broadcast %4512 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4514 = add %4509, %4513 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4515 = slice %4514 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4516 = add %4391, %4515 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4517 = slice %4514 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4518 = add %4333, %4517 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4519 = reduce_sum %4516 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4520 = mul %4518, %3010 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4521 = div %4520, %3002 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4522 = reduce_sum %4521 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4523 = reshape %4522 : f32[16] @ models/lib/nn.yaml:84:18
%4524 = cast %4521 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4525 = matmul %4524, %2292 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4526 = reshape %4524 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4527 = reshape %2996 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4528 = matmul %4526, %4527 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4529 = cast %4525 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4530 = mul %4529, %2994 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4531 = cast %4525 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4532 = mul %4531, %2987 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4533 = mul %2990, %2990 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4534 = neg %4533 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4535 = exp %4534 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4536 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4537 = broadcast %4536 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4538 = mul %4535, %4537 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4539 = mul %4532, %4538 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4540 = mul %4539, %2989 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4541 = mul %4530, %2986 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4542 = add %4540, %4541 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4543 = reduce_sum %4542 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4544 = reshape %4543 : f32[64] @ models/lib/nn.yaml:84:18
%4545 = cast %4542 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4546 = matmul %4545, %2275 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4547 = reshape %4545 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4548 = reshape %2980 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4549 = matmul %4547, %4548 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4550 = cast %4546 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4551 = reduce_sum %4550 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4552 = reshape %4551 : f32[16] @ models/lib/nn.yaml:96:46
%4553 = cast %4546 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4554 = mul %4553, %2976 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4555 = cast %4546 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4556 = mul %4555, %2975 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4557 = reduce_sum %4556 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4558 = reshape %4557 : f32[16] @ models/lib/nn.yaml:96:37
%4559 = mul %4554, %2974 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4560 = mul %4554, %2964 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4561 = reduce_sum %4560 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4562 = mul %2973, %2973 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4563 = mul %2973, %4562 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4564 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4565 = broadcast %4564 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4566 = mul %4563, %4565 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4567 = mul %4561, %4566 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4568 = div %4567, %2968 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4569 = broadcast %4568 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4570 = mul %4569, %2964 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4571 = add %4559, %4570 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4572 = mul %4569, %2964 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4573 = add %4571, %4572 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4574 = add %4518, %4573 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4575 = neg %4573 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4576 = reduce_sum %4575 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4577 = div %4576, %2961 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4578 = broadcast %4577 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4579 = add %4574, %4578 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4580 = mul %4579, %2956 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4581 = div %4580, %2948 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4582 = reduce_sum %4581 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4583 = reshape %4582 : f32[16] @ models/lib/nn.yaml:84:18
%4584 = cast %4581 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4585 = matmul %4584, %2235 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4586 = reshape %4584 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4587 = reshape %2942 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4588 = matmul %4586, %4587 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4589 = reshape %4585 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4590 = permute %4589 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4591 = cast %4590 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4592 = cast %2931 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4593 = permute %4592 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4594 = reshape %4591 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%4595 = broadcast %4594 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4596 = reshape %4593 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%4597 = broadcast %4596 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4598 = mul %4595, %4597 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4599 = reduce_sum %4598 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4600 = cast %4599 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4601 = cast %2930 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4602 = permute %4601 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4603 = cast %4590 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4604 = reshape %4602 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4605 = broadcast %4604 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4606 = reshape %4603 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4607 = broadcast %4606 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4608 = mul %4605, %4607 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4609 = reduce_sum %4608 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4610 = cast %4609 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4611 = cast %4600 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4612 = div %4611, %2928 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4613 = mul %4612, %2929 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4614 = neg %4613 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4615 = reduce_sum %4614 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4616 = broadcast %4615 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4617 = add %4612, %4616 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4618 = mul %4617, %2926 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4619 = mul %4618, %2919 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4620 = cast %4619 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4621 = cast %4620 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4622 = cast %2907 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4623 = reshape %4621 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4624 = broadcast %4623 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4625 = reshape %4622 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4626 = broadcast %4625 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4627 = mul %4624, %4626 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4628 = reduce_sum %4627 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4629 = cast %4628 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4630 = cast %4620 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4631 = permute %4630 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4632 = cast %2906 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4633 = reshape %4631 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4634 = broadcast %4633 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4635 = reshape %4632 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4636 = broadcast %4635 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4637 = mul %4634, %4636 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4638 = reduce_sum %4637 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4639 = cast %4638 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4640 = cast %4610 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4641 = reshape %4640 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4642 = pad %4641 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%4643 = cast %4639 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4644 = reshape %4643 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4645 = pad %4644 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4646 = add %4642, %4645 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4647 = cast %4629 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4648 = reshape %4647 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4649 = pad %4648 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4650 = add %4646, %4649 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4651 = permute %4650 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4652 = reshape %4651 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4653 = reduce_sum %4652 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4654 = reshape %4653 : f32[48] @ models/lib/nn.yaml:84:18
%4655 = cast %4652 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4656 = matmul %4655, %2185 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4657 = reshape %4655 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4658 = reshape %2893 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4659 = matmul %4657, %4658 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4660 = cast %4656 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4661 = reduce_sum %4660 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4662 = reshape %4661 : f32[16] @ models/lib/nn.yaml:96:46
%4663 = cast %4656 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4664 = mul %4663, %2889 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4665 = cast %4656 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4666 = mul %4665, %2888 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4667 = reduce_sum %4666 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4668 = reshape %4667 : f32[16] @ models/lib/nn.yaml:96:37
%4669 = mul %4664, %2887 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4670 = mul %4664, %2877 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4671 = reduce_sum %4670 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4672 = mul %2886, %2886 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4673 = mul %2886, %4672 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4674 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4675 = broadcast %4674 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4676 = mul %4673, %4675 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4677 = mul %4671, %4676 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4678 = div %4677, %2881 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4679 = broadcast %4678 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4680 = mul %4679, %2877 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4681 = add %4669, %4680 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4682 = mul %4679, %2877 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4683 = add %4681, %4682 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4684 = add %4579, %4683 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4685 = neg %4683 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4686 = reduce_sum %4685 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4687 = div %4686, %2874 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4688 = broadcast %4687 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4689 = add %4684, %4688 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4690 = reduce_sum %4689 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4691 = reshape %4690 : f32[16] @ models/lib/nn.yaml:84:18
%4692 = cast %4689 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4693 = matmul %4692, %2157 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4694 = reshape %4692 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4695 = reshape %2866 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4696 = matmul %4694, %4695 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4697 = cast %4693 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4698 = mul %4697, %2864 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4699 = cast %4693 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4700 = mul %4699, %2857 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4701 = mul %2860, %2860 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4702 = neg %4701 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4703 = exp %4702 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4704 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4705 = broadcast %4704 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4706 = mul %4703, %4705 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4707 = mul %4700, %4706 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4708 = mul %4707, %2859 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4709 = mul %4698, %2856 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4710 = add %4708, %4709 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4711 = reduce_sum %4710 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4712 = reshape %4711 : f32[64] @ models/lib/nn.yaml:84:18
%4713 = cast %4710 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4714 = matmul %4713, %2140 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4715 = reshape %4713 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4716 = reshape %2850 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4717 = matmul %4715, %4716 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4718 = cast %4714 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4719 = reduce_sum %4718 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4720 = reshape %4719 : f32[16] @ models/lib/nn.yaml:96:46
%4721 = cast %4714 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4722 = mul %4721, %2846 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4723 = cast %4714 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4724 = mul %4723, %2845 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4725 = reduce_sum %4724 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4726 = reshape %4725 : f32[16] @ models/lib/nn.yaml:96:37
%4727 = mul %4722, %2844 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4728 = mul %4722, %2834 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4729 = reduce_sum %4728 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4730 = mul %2843, %2843 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4731 = mul %2843, %4730 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4732 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4733 = broadcast %4732 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4734 = mul %4731, %4733 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4735 = mul %4729, %4734 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4736 = div %4735, %2838 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4737 = broadcast %4736 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4738 = mul %4737, %2834 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4739 = add %4727, %4738 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4740 = mul %4737, %2834 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4741 = add %4739, %4740 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4742 = add %4689, %4741 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4743 = neg %4741 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4744 = reduce_sum %4743 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4745 = div %4744, %2831 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4746 = broadcast %4745 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4747 = add %4742, %4746 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4748 = reduce_sum %4747 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4749 = reshape %4748 : f32[16] @ models/lib/nn.yaml:84:18
%4750 = cast %4747 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4751 = matmul %4750, %2112 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4752 = reshape %4750 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4753 = reshape %2823 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4754 = matmul %4752, %4753 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4755 = reshape %4751 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4756 = permute %4755 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4757 = cast %4756 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4758 = cast %2812 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4759 = permute %4758 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4760 = reshape %4757 : f32[4,2,9,8,1] @ models/lib/nn.yaml:56:23
%4761 = broadcast %4760 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4762 = reshape %4759 : f32[4,2,1,8,9] @ models/lib/nn.yaml:56:23
%4763 = broadcast %4762 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4764 = mul %4761, %4763 : f32[4,2,9,8,9] @ models/lib/nn.yaml:56:23
%4765 = reduce_sum %4764 axes=[3] keep=0 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4766 = cast %4765 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4767 = cast %2811 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4768 = permute %4767 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4769 = cast %4756 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4770 = reshape %4768 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4771 = broadcast %4770 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4772 = reshape %4769 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4773 = broadcast %4772 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4774 = mul %4771, %4773 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4775 = reduce_sum %4774 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4776 = cast %4775 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4777 = cast %4766 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4778 = div %4777, %2809 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4779 = mul %4778, %2810 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4780 = neg %4779 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4781 = reduce_sum %4780 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4782 = broadcast %4781 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4783 = add %4778, %4782 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4784 = mul %4783, %2807 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4785 = mul %4784, %2800 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4786 = cast %4785 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4787 = cast %4786 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4788 = cast %2788 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4789 = reshape %4787 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4790 = broadcast %4789 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4791 = reshape %4788 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4792 = broadcast %4791 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4793 = mul %4790, %4792 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4794 = reduce_sum %4793 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4795 = cast %4794 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4796 = cast %4786 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4797 = permute %4796 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4798 = cast %2787 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4799 = reshape %4797 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4800 = broadcast %4799 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4801 = reshape %4798 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4802 = broadcast %4801 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4803 = mul %4800, %4802 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4804 = reduce_sum %4803 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4805 = cast %4804 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4806 = cast %4776 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4807 = reshape %4806 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4808 = pad %4807 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:40
%4809 = cast %4805 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4810 = reshape %4809 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4811 = pad %4810 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4812 = add %4808, %4811 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:34
%4813 = cast %4795 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4814 = reshape %4813 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4815 = pad %4814 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4816 = add %4812, %4815 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4817 = permute %4816 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4818 = reshape %4817 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4819 = reduce_sum %4818 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4820 = reshape %4819 : f32[48] @ models/lib/nn.yaml:84:18
%4821 = cast %4818 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4822 = matmul %4821, %2062 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4823 = reshape %4821 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4824 = reshape %2774 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4825 = matmul %4823, %4824 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4826 = cast %4822 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4827 = reduce_sum %4826 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4828 = reshape %4827 : f32[16] @ models/lib/nn.yaml:96:46
%4829 = cast %4822 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4830 = mul %4829, %2770 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4831 = cast %4822 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4832 = mul %4831, %2769 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4833 = reduce_sum %4832 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4834 = reshape %4833 : f32[16] @ models/lib/nn.yaml:96:37
%4835 = mul %4830, %2768 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4836 = mul %4830, %2758 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4837 = reduce_sum %4836 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4838 = mul %2767, %2767 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4839 = mul %2767, %4838 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4840 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4841 = broadcast %4840 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4842 = mul %4839, %4841 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4843 = mul %4837, %4842 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4844 = div %4843, %2762 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4845 = broadcast %4844 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4846 = mul %4845, %2758 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4847 = add %4835, %4846 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4848 = mul %4845, %2758 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4849 = add %4847, %4848 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4850 = add %4747, %4849 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4851 = neg %4849 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4852 = reduce_sum %4851 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4853 = div %4852, %2755 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4854 = broadcast %4853 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4855 = add %4850, %4854 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4856 = reduce_sum %4855 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%4857 = reshape %4856 : f32[3,3,16] @ models/lib/vit.yaml:36:16
%4858 = permute %4857 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%4859 = reshape %4858 : f32[3,48] @ models/lib/vit.yaml:35:21
%4860 = cast %4859 : bf16[3,48] @ models/lib/vit.yaml:34:15
%4861 = matmul %2740, %4860 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%4862 = reshape %4861 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%4863 = permute %4862 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%4864 = reshape %4863 : bf16[3,64] @ models/lib/vit.yaml:33:21
%4865 = matmul %2740, %4864 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%4866 = cast %4865 : f32[4,64] @ models/lib/vit.yaml:32:17
%4867 = reshape %4866 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%4868 = reduce_sum %4855 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%4869 = reshape %4868 : f32[16] @ models/lib/vit.yaml:17:71
%4870 = reshape %4855 : f32[36,16] @ models/lib/vit.yaml:17:18
%4871 = cast %4870 : bf16[36,16] @ models/lib/vit.yaml:17:18
%4872 = reshape %2732 : bf16[36,48] @ models/lib/vit.yaml:17:18
%4873 = matmul %4871, %4872 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%4874 = cast %4873 : f32[16,48] @ models/lib/vit.yaml:17:20
%4875 = reshape %4874 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%4876 = pad %3823 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4877 = pad %3837 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4878 = add %4876, %4877 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%4879 = pad %3925 lo=[2,0,0] hi=[0,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4880 = pad %3881 lo=[0,0,0] hi=[2,0,0] value=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4881 = add %4879, %4880 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%4882 = cast %4878 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%4883 = matmul %4882, %2718 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%4884 = reshape %4882 : bf16[64,16] @ models/lib/dino.yaml:23:18
%4885 = reshape %2717 : bf16[64,8] @ models/lib/dino.yaml:23:18
%4886 = matmul %4884, %4885 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4887 = cast %4886 : f32[16,8] @ models/lib/dino.yaml:22:33
%4888 = div %4887, %2715 : f32[16,8] @ models/lib/dino.yaml:22:33
%4889 = mul %4888, %2716 : f32[16,8] @ models/lib/dino.yaml:22:33
%4890 = neg %4889 : f32[16,8] @ models/lib/dino.yaml:22:33
%4891 = reduce_sum %4890 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4892 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%4893 = broadcast %4892 : f32[16,1] @ models/lib/dino.yaml:22:35
%4894 = mul %4891, %4893 : f32[16,1] @ models/lib/dino.yaml:22:35
%4895 = div %4894, %2714 : f32[16,1] @ models/lib/dino.yaml:22:35
%4896 = broadcast %4895 : f32[16,8] @ models/lib/dino.yaml:22:40
%4897 = mul %4896, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4898 = add %3951, %4897 : f32[16,8] @ models/lib/dino.yaml:22:53
%4899 = mul %4896, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4900 = add %4898, %4899 : f32[16,8] @ models/lib/dino.yaml:22:53
%4901 = mul %4888, %2710 : f32[16,8] @ models/lib/dino.yaml:22:22
%4902 = add %4900, %4901 : f32[16,8] @ models/lib/dino.yaml:22:22
%4903 = cast %4883 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4904 = div %4903, %2708 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4905 = mul %4904, %2709 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4906 = neg %4905 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%4907 = reduce_sum %4906 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%4908 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4909 = broadcast %4908 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4910 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%4911 = broadcast %4910 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4912 = mul %4907, %4911 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4913 = eq %2703, %2706 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4914 = select %4913, %4912, %4909 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4915 = gt %2703, %2706 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%4916 = select %4915, %4907, %4914 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%4917 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%4918 = broadcast %4917 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4919 = mul %4916, %4918 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4920 = div %4919, %2703 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%4921 = broadcast %4920 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%4922 = mul %4921, %2700 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4923 = add %4904, %4922 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4924 = mul %4921, %2700 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4925 = add %4923, %4924 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%4926 = reduce_sum %4925 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4927 = reshape %4926 : f32[8] @ models/lib/nn.yaml:84:18
%4928 = add %3976, %4927 : f32[8] @ models/lib/nn.yaml:84:18
%4929 = cast %4925 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%4930 = matmul %4929, %2696 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4931 = reshape %4929 : bf16[64,8] @ models/lib/nn.yaml:83:15
%4932 = reshape %2695 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4933 = matmul %4931, %4932 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4934 = cast %3981 : f32[8,24] @ models/lib/nn.yaml:83:15
%4935 = cast %4933 : f32[8,24] @ models/lib/nn.yaml:83:15
%4936 = add %4934, %4935 : f32[8,24] @ models/lib/nn.yaml:83:15
%4937 = cast %4930 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4938 = mul %4937, %2693 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4939 = cast %4930 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4940 = mul %4939, %2686 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4941 = mul %2689, %2689 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4942 = neg %4941 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4943 = exp %4942 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4944 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4945 = broadcast %4944 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4946 = mul %4943, %4945 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4947 = mul %4940, %4946 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4948 = mul %4947, %2688 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4949 = mul %4938, %2685 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4950 = add %4948, %4949 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4951 = reduce_sum %4950 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4952 = reshape %4951 : f32[24] @ models/lib/nn.yaml:84:18
%4953 = add %3997, %4952 : f32[24] @ models/lib/nn.yaml:84:18
%4954 = cast %4950 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4955 = matmul %4954, %2679 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4956 = reshape %4954 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4957 = reshape %2678 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4958 = matmul %4956, %4957 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4959 = cast %4002 : f32[24,24] @ models/lib/nn.yaml:83:15
%4960 = cast %4958 : f32[24,24] @ models/lib/nn.yaml:83:15
%4961 = add %4959, %4960 : f32[24,24] @ models/lib/nn.yaml:83:15
%4962 = cast %4955 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4963 = mul %4962, %2676 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4964 = cast %4955 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4965 = mul %4964, %2669 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%4966 = mul %2672, %2672 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4967 = neg %4966 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4968 = exp %4967 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4969 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4970 = broadcast %4969 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4971 = mul %4968, %4970 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4972 = mul %4965, %4971 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%4973 = mul %4972, %2671 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%4974 = mul %4963, %2668 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4975 = add %4973, %4974 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%4976 = reduce_sum %4975 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4977 = reshape %4976 : f32[24] @ models/lib/nn.yaml:84:18
%4978 = add %4018, %4977 : f32[24] @ models/lib/nn.yaml:84:18
%4979 = cast %4975 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%4980 = matmul %4979, %2662 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%4981 = reshape %4979 : bf16[64,24] @ models/lib/nn.yaml:83:15
%4982 = reshape %2661 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4983 = matmul %4981, %4982 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4984 = cast %4023 : f32[24,16] @ models/lib/nn.yaml:83:15
%4985 = cast %4983 : f32[24,16] @ models/lib/nn.yaml:83:15
%4986 = add %4984, %4985 : f32[24,16] @ models/lib/nn.yaml:83:15
%4987 = cast %4980 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%4988 = pad %4987 lo=[0,1,0] hi=[0,0,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:46
%4989 = cast %4881 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4990 = matmul %4989, %2658 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4991 = reshape %4989 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4992 = reshape %2657 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4993 = matmul %4991, %4992 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4994 = cast %4993 : f32[32,8] @ models/lib/dino.yaml:22:33
%4995 = div %4994, %2655 : f32[32,8] @ models/lib/dino.yaml:22:33
%4996 = mul %4995, %2656 : f32[32,8] @ models/lib/dino.yaml:22:33
%4997 = neg %4996 : f32[32,8] @ models/lib/dino.yaml:22:33
%4998 = reduce_sum %4997 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4999 = const data=[0.5] : f32[] @ models/lib/dino.yaml:22:35
%5000 = broadcast %4999 : f32[32,1] @ models/lib/dino.yaml:22:35
%5001 = mul %4998, %5000 : f32[32,1] @ models/lib/dino.yaml:22:35
%5002 = div %5001, %2654 : f32[32,1] @ models/lib/dino.yaml:22:35
%5003 = broadcast %5002 : f32[32,8] @ models/lib/dino.yaml:22:40
%5004 = mul %5003, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5005 = add %4045, %5004 : f32[32,8] @ models/lib/dino.yaml:22:53
%5006 = mul %5003, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5007 = add %5005, %5006 : f32[32,8] @ models/lib/dino.yaml:22:53
%5008 = mul %4995, %2650 : f32[32,8] @ models/lib/dino.yaml:22:22
%5009 = add %5007, %5008 : f32[32,8] @ models/lib/dino.yaml:22:22
%5010 = cast %4990 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5011 = div %5010, %2648 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5012 = mul %5011, %2649 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5013 = neg %5012 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5014 = reduce_sum %5013 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5015 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%5016 = broadcast %5015 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5017 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%5018 = broadcast %5017 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5019 = mul %5014, %5018 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5020 = eq %2643, %2646 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5021 = select %5020, %5019, %5016 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5022 = gt %2643, %2646 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5023 = select %5022, %5014, %5021 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5024 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%5025 = broadcast %5024 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5026 = mul %5023, %5025 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5027 = div %5026, %2643 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5028 = broadcast %5027 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5029 = mul %5028, %2640 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5030 = add %5011, %5029 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5031 = mul %5028, %2640 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5032 = add %5030, %5031 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5033 = reduce_sum %5032 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5034 = reshape %5033 : f32[8] @ models/lib/nn.yaml:84:18
%5035 = add %4070, %5034 : f32[8] @ models/lib/nn.yaml:84:18
%5036 = cast %5032 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5037 = matmul %5036, %2636 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5038 = reshape %5036 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5039 = reshape %2635 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5040 = matmul %5038, %5039 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5041 = cast %4075 : f32[8,24] @ models/lib/nn.yaml:83:15
%5042 = cast %5040 : f32[8,24] @ models/lib/nn.yaml:83:15
%5043 = add %5041, %5042 : f32[8,24] @ models/lib/nn.yaml:83:15
%5044 = cast %5037 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5045 = mul %5044, %2633 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5046 = cast %5037 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5047 = mul %5046, %2626 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5048 = mul %2629, %2629 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5049 = neg %5048 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5050 = exp %5049 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5051 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5052 = broadcast %5051 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5053 = mul %5050, %5052 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5054 = mul %5047, %5053 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5055 = mul %5054, %2628 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5056 = mul %5045, %2625 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5057 = add %5055, %5056 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5058 = reduce_sum %5057 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5059 = reshape %5058 : f32[24] @ models/lib/nn.yaml:84:18
%5060 = add %4091, %5059 : f32[24] @ models/lib/nn.yaml:84:18
%5061 = cast %5057 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5062 = matmul %5061, %2619 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5063 = reshape %5061 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5064 = reshape %2618 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5065 = matmul %5063, %5064 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5066 = cast %4096 : f32[24,24] @ models/lib/nn.yaml:83:15
%5067 = cast %5065 : f32[24,24] @ models/lib/nn.yaml:83:15
%5068 = add %5066, %5067 : f32[24,24] @ models/lib/nn.yaml:83:15
%5069 = cast %5062 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5070 = mul %5069, %2616 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5071 = cast %5062 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5072 = mul %5071, %2609 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5073 = mul %2612, %2612 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5074 = neg %5073 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5075 = exp %5074 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5076 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5077 = broadcast %5076 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5078 = mul %5075, %5077 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5079 = mul %5072, %5078 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5080 = mul %5079, %2611 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5081 = mul %5070, %2608 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5082 = add %5080, %5081 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5083 = reduce_sum %5082 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5084 = reshape %5083 : f32[24] @ models/lib/nn.yaml:84:18
%5085 = add %4112, %5084 : f32[24] @ models/lib/nn.yaml:84:18
%5086 = cast %5082 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5087 = matmul %5086, %2602 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5088 = reshape %5086 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5089 = reshape %2601 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5090 = matmul %5088, %5089 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5091 = cast %4117 : f32[24,16] @ models/lib/nn.yaml:83:15
%5092 = cast %5090 : f32[24,16] @ models/lib/nn.yaml:83:15
%5093 = add %5091, %5092 : f32[24,16] @ models/lib/nn.yaml:83:15
%5094 = cast %5087 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%5095 = pad %5094 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5096 = add %4988, %5095 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5097 = reduce_sum %5096 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5098 = reshape %5097 : f32[16] @ models/lib/nn.yaml:96:46
%5099 = add %4122, %5098 : f32[16] @ models/lib/nn.yaml:96:46
%5100 = mul %5096, %2596 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5101 = mul %5096, %2595 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5102 = reduce_sum %5101 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5103 = reshape %5102 : f32[16] @ models/lib/nn.yaml:96:37
%5104 = add %4126, %5103 : f32[16] @ models/lib/nn.yaml:96:37
%5105 = mul %5100, %2594 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5106 = mul %5100, %2584 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5107 = reduce_sum %5106 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5108 = mul %2593, %2593 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5109 = mul %2593, %5108 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5110 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5111 = broadcast %5110 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5112 = mul %5109, %5111 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5113 = mul %5107, %5112 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5114 = div %5113, %2588 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5115 = broadcast %5114 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5116 = mul %5115, %2584 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5117 = add %5105, %5116 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5118 = mul %5115, %2584 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5119 = add %5117, %5118 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5120 = neg %5119 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5121 = reduce_sum %5120 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5122 = div %5121, %2581 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5123 = broadcast %5122 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5124 = add %5119, %5123 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5125 = slice %5124 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5126 = slice %5124 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5127 = reduce_sum %5125 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5128 = reshape %5127 : f32[16] @ models/lib/nn.yaml:84:18
%5129 = add %4150, %5128 : f32[16] @ models/lib/nn.yaml:84:18
%5130 = cast %5125 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5131 = matmul %5130, %2572 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5132 = reshape %5130 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5133 = reshape %2571 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5134 = matmul %5132, %5133 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5135 = cast %4155 : f32[16,64] @ models/lib/nn.yaml:83:15
%5136 = cast %5134 : f32[16,64] @ models/lib/nn.yaml:83:15
%5137 = add %5135, %5136 : f32[16,64] @ models/lib/nn.yaml:83:15
%5138 = cast %5131 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5139 = mul %5138, %2569 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5140 = cast %5131 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5141 = mul %5140, %2562 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5142 = mul %2565, %2565 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5143 = neg %5142 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5144 = exp %5143 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5145 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5146 = broadcast %5145 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5147 = mul %5144, %5146 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5148 = mul %5141, %5147 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5149 = mul %5148, %2564 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5150 = mul %5139, %2561 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5151 = add %5149, %5150 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5152 = reduce_sum %5151 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5153 = reshape %5152 : f32[64] @ models/lib/nn.yaml:84:18
%5154 = add %4171, %5153 : f32[64] @ models/lib/nn.yaml:84:18
%5155 = cast %5151 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5156 = matmul %5155, %2555 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5157 = reshape %5155 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5158 = reshape %2554 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5159 = matmul %5157, %5158 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5160 = cast %4176 : f32[64,16] @ models/lib/nn.yaml:83:15
%5161 = cast %5159 : f32[64,16] @ models/lib/nn.yaml:83:15
%5162 = add %5160, %5161 : f32[64,16] @ models/lib/nn.yaml:83:15
%5163 = cast %5156 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5164 = reduce_sum %5163 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5165 = reshape %5164 : f32[16] @ models/lib/nn.yaml:96:46
%5166 = add %4179, %5165 : f32[16] @ models/lib/nn.yaml:96:46
%5167 = cast %5156 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5168 = mul %5167, %2550 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5169 = cast %5156 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5170 = mul %5169, %2549 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5171 = reduce_sum %5170 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5172 = reshape %5171 : f32[16] @ models/lib/nn.yaml:96:37
%5173 = add %4185, %5172 : f32[16] @ models/lib/nn.yaml:96:37
%5174 = mul %5168, %2548 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5175 = mul %5168, %2538 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5176 = reduce_sum %5175 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5177 = mul %2547, %2547 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5178 = mul %2547, %5177 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5179 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5180 = broadcast %5179 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5181 = mul %5178, %5180 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5182 = mul %5176, %5181 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5183 = div %5182, %2542 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5184 = broadcast %5183 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5185 = mul %5184, %2538 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5186 = add %5174, %5185 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5187 = mul %5184, %2538 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5188 = add %5186, %5187 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5189 = add %5125, %5188 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5190 = neg %5188 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5191 = reduce_sum %5190 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5192 = div %5191, %2535 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5193 = broadcast %5192 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5194 = add %5189, %5193 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5195 = reduce_sum %5194 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5196 = reshape %5195 : f32[16] @ models/lib/nn.yaml:84:18
%5197 = add %4208, %5196 : f32[16] @ models/lib/nn.yaml:84:18
%5198 = cast %5194 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5199 = matmul %5198, %2527 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5200 = reshape %5198 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5201 = reshape %2526 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5202 = matmul %5200, %5201 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5203 = cast %4213 : f32[16,16] @ models/lib/nn.yaml:83:15
%5204 = cast %5202 : f32[16,16] @ models/lib/nn.yaml:83:15
%5205 = add %5203, %5204 : f32[16,16] @ models/lib/nn.yaml:83:15
%5206 = reshape %5199 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5207 = permute %5206 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5208 = cast %5207 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5209 = cast %2515 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5210 = permute %5209 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5211 = reshape %5208 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%5212 = broadcast %5211 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5213 = reshape %5210 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5214 = broadcast %5213 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5215 = mul %5212, %5214 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5216 = reduce_sum %5215 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5217 = cast %5216 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5218 = cast %2514 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5219 = permute %5218 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5220 = cast %5207 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5221 = reshape %5219 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%5222 = broadcast %5221 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5223 = reshape %5220 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%5224 = broadcast %5223 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5225 = mul %5222, %5224 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5226 = reshape %5225 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5227 = cast %5226 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5228 = cast %5217 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5229 = div %5228, %2512 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5230 = mul %5229, %2513 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5231 = neg %5230 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5232 = reduce_sum %5231 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5233 = broadcast %5232 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5234 = add %5229, %5233 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5235 = mul %5234, %2510 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5236 = mul %5235, %2503 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5237 = cast %5236 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5238 = cast %5237 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5239 = cast %2491 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5240 = reshape %5238 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5241 = broadcast %5240 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5242 = reshape %5239 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5243 = broadcast %5242 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5244 = mul %5241, %5243 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5245 = reduce_sum %5244 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5246 = cast %5245 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5247 = cast %5237 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5248 = permute %5247 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5249 = cast %2490 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5250 = reshape %5248 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%5251 = broadcast %5250 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5252 = reshape %5249 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%5253 = broadcast %5252 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5254 = mul %5251, %5253 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5255 = reshape %5254 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5256 = cast %5255 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5257 = cast %5227 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5258 = permute %5257 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5259 = reshape %5258 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5260 = reduce_sum %5259 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5261 = reshape %5260 : f32[16] @ models/lib/nn.yaml:84:18
%5262 = add %4269, %5261 : f32[16] @ models/lib/nn.yaml:84:18
%5263 = permute %5227 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5264 = reshape %5263 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5265 = matmul %5264, %2483 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5266 = reshape %5264 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5267 = reshape %2475 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5268 = matmul %5266, %5267 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5269 = cast %4275 : f32[16,16] @ models/lib/nn.yaml:83:15
%5270 = cast %5268 : f32[16,16] @ models/lib/nn.yaml:83:15
%5271 = add %5269, %5270 : f32[16,16] @ models/lib/nn.yaml:83:15
%5272 = cast %5256 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5273 = permute %5272 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5274 = reshape %5273 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5275 = reduce_sum %5274 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5276 = reshape %5275 : f32[16] @ models/lib/nn.yaml:84:18
%5277 = add %4280, %5276 : f32[16] @ models/lib/nn.yaml:84:18
%5278 = permute %5256 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5279 = reshape %5278 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5280 = matmul %5279, %2476 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5281 = cast %5265 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5282 = cast %5280 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5283 = add %5281, %5282 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5284 = reshape %5279 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5285 = reshape %2475 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5286 = matmul %5284, %5285 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5287 = cast %4289 : f32[16,16] @ models/lib/nn.yaml:83:15
%5288 = cast %5286 : f32[16,16] @ models/lib/nn.yaml:83:15
%5289 = add %5287, %5288 : f32[16,16] @ models/lib/nn.yaml:83:15
%5290 = cast %5246 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5291 = permute %5290 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5292 = reshape %5291 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5293 = reduce_sum %5292 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5294 = reshape %5293 : f32[16] @ models/lib/nn.yaml:84:18
%5295 = add %4294, %5294 : f32[16] @ models/lib/nn.yaml:84:18
%5296 = permute %5246 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5297 = reshape %5296 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5298 = matmul %5297, %2468 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5299 = reshape %5297 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5300 = reshape %2467 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5301 = matmul %5299, %5300 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5302 = cast %4300 : f32[16,16] @ models/lib/nn.yaml:83:15
%5303 = cast %5301 : f32[16,16] @ models/lib/nn.yaml:83:15
%5304 = add %5302, %5303 : f32[16,16] @ models/lib/nn.yaml:83:15
%5305 = cast %5298 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5306 = pad %5305 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5307 = add %5283, %5306 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5308 = reduce_sum %5307 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5309 = reshape %5308 : f32[16] @ models/lib/nn.yaml:96:46
%5310 = add %4305, %5309 : f32[16] @ models/lib/nn.yaml:96:46
%5311 = mul %5307, %2462 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5312 = mul %5307, %2461 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5313 = reduce_sum %5312 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5314 = reshape %5313 : f32[16] @ models/lib/nn.yaml:96:37
%5315 = add %4309, %5314 : f32[16] @ models/lib/nn.yaml:96:37
%5316 = mul %5311, %2460 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5317 = mul %5311, %2450 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5318 = reduce_sum %5317 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5319 = mul %2459, %2459 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5320 = mul %2459, %5319 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5321 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5322 = broadcast %5321 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5323 = mul %5320, %5322 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5324 = mul %5318, %5323 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5325 = div %5324, %2454 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5326 = broadcast %5325 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5327 = mul %5326, %2450 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5328 = add %5316, %5327 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5329 = mul %5326, %2450 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5330 = add %5328, %5329 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5331 = neg %5330 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5332 = reduce_sum %5331 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5333 = div %5332, %2447 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5334 = broadcast %5333 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5335 = add %5330, %5334 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5336 = slice %5335 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5337 = add %5194, %5336 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5338 = slice %5335 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5339 = add %5126, %5338 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5340 = reduce_sum %5337 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5341 = reshape %5340 : f32[16] @ models/lib/nn.yaml:84:18
%5342 = add %4335, %5341 : f32[16] @ models/lib/nn.yaml:84:18
%5343 = cast %5337 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5344 = matmul %5343, %2438 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5345 = reshape %5343 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5346 = reshape %2437 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5347 = matmul %5345, %5346 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5348 = cast %4340 : f32[16,64] @ models/lib/nn.yaml:83:15
%5349 = cast %5347 : f32[16,64] @ models/lib/nn.yaml:83:15
%5350 = add %5348, %5349 : f32[16,64] @ models/lib/nn.yaml:83:15
%5351 = cast %5344 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5352 = mul %5351, %2435 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5353 = cast %5344 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5354 = mul %5353, %2428 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5355 = mul %2431, %2431 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5356 = neg %5355 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5357 = exp %5356 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5358 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5359 = broadcast %5358 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5360 = mul %5357, %5359 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5361 = mul %5354, %5360 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5362 = mul %5361, %2430 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5363 = mul %5352, %2427 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5364 = add %5362, %5363 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5365 = reduce_sum %5364 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5366 = reshape %5365 : f32[64] @ models/lib/nn.yaml:84:18
%5367 = add %4356, %5366 : f32[64] @ models/lib/nn.yaml:84:18
%5368 = cast %5364 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5369 = matmul %5368, %2421 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5370 = reshape %5368 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5371 = reshape %2420 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5372 = matmul %5370, %5371 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5373 = cast %4361 : f32[64,16] @ models/lib/nn.yaml:83:15
%5374 = cast %5372 : f32[64,16] @ models/lib/nn.yaml:83:15
%5375 = add %5373, %5374 : f32[64,16] @ models/lib/nn.yaml:83:15
%5376 = cast %5369 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5377 = reduce_sum %5376 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5378 = reshape %5377 : f32[16] @ models/lib/nn.yaml:96:46
%5379 = add %4364, %5378 : f32[16] @ models/lib/nn.yaml:96:46
%5380 = cast %5369 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5381 = mul %5380, %2416 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5382 = cast %5369 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5383 = mul %5382, %2415 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5384 = reduce_sum %5383 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5385 = reshape %5384 : f32[16] @ models/lib/nn.yaml:96:37
%5386 = add %4370, %5385 : f32[16] @ models/lib/nn.yaml:96:37
%5387 = mul %5381, %2414 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5388 = mul %5381, %2404 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5389 = reduce_sum %5388 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5390 = mul %2413, %2413 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5391 = mul %2413, %5390 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5392 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5393 = broadcast %5392 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5394 = mul %5391, %5393 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5395 = mul %5389, %5394 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5396 = div %5395, %2408 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5397 = broadcast %5396 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5398 = mul %5397, %2404 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5399 = add %5387, %5398 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5400 = mul %5397, %2404 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5401 = add %5399, %5400 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5402 = add %5337, %5401 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5403 = neg %5401 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5404 = reduce_sum %5403 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5405 = div %5404, %2401 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5406 = broadcast %5405 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5407 = add %5402, %5406 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5408 = reduce_sum %5407 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5409 = reshape %5408 : f32[16] @ models/lib/nn.yaml:84:18
%5410 = add %4393, %5409 : f32[16] @ models/lib/nn.yaml:84:18
%5411 = cast %5407 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5412 = matmul %5411, %2393 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5413 = reshape %5411 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5414 = reshape %2392 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5415 = matmul %5413, %5414 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5416 = cast %4398 : f32[16,16] @ models/lib/nn.yaml:83:15
%5417 = cast %5415 : f32[16,16] @ models/lib/nn.yaml:83:15
%5418 = add %5416, %5417 : f32[16,16] @ models/lib/nn.yaml:83:15
%5419 = reshape %5412 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5420 = permute %5419 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5421 = cast %5420 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5422 = cast %2381 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5423 = permute %5422 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5424 = reshape %5421 : f32[4,2,1,8,1] @ models/lib/nn.yaml:56:23
%5425 = broadcast %5424 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5426 = reshape %5423 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5427 = broadcast %5426 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5428 = mul %5425, %5427 : f32[4,2,1,8,17] @ models/lib/nn.yaml:56:23
%5429 = reduce_sum %5428 axes=[3] keep=0 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5430 = cast %5429 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5431 = cast %2380 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5432 = permute %5431 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5433 = cast %5420 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5434 = reshape %5432 : f32[4,2,17,1,1] @ models/lib/nn.yaml:56:23
%5435 = broadcast %5434 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5436 = reshape %5433 : f32[4,2,1,1,8] @ models/lib/nn.yaml:56:23
%5437 = broadcast %5436 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5438 = mul %5435, %5437 : f32[4,2,17,1,8] @ models/lib/nn.yaml:56:23
%5439 = reshape %5438 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5440 = cast %5439 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5441 = cast %5430 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5442 = div %5441, %2378 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5443 = mul %5442, %2379 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5444 = neg %5443 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5445 = reduce_sum %5444 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5446 = broadcast %5445 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5447 = add %5442, %5446 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5448 = mul %5447, %2376 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5449 = mul %5448, %2369 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5450 = cast %5449 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5451 = cast %5450 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5452 = cast %2357 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5453 = reshape %5451 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5454 = broadcast %5453 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5455 = reshape %5452 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5456 = broadcast %5455 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5457 = mul %5454, %5456 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5458 = reduce_sum %5457 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5459 = cast %5458 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5460 = cast %5450 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5461 = permute %5460 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5462 = cast %2356 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5463 = reshape %5461 : f32[4,2,17,1,1] @ models/lib/nn.yaml:55:23
%5464 = broadcast %5463 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5465 = reshape %5462 : f32[4,2,1,1,8] @ models/lib/nn.yaml:55:23
%5466 = broadcast %5465 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5467 = mul %5464, %5466 : f32[4,2,17,1,8] @ models/lib/nn.yaml:55:23
%5468 = reshape %5467 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5469 = cast %5468 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5470 = cast %5440 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5471 = permute %5470 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5472 = reshape %5471 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5473 = reduce_sum %5472 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5474 = reshape %5473 : f32[16] @ models/lib/nn.yaml:84:18
%5475 = add %4454, %5474 : f32[16] @ models/lib/nn.yaml:84:18
%5476 = permute %5440 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5477 = reshape %5476 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5478 = matmul %5477, %2349 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5479 = reshape %5477 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5480 = reshape %2341 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5481 = matmul %5479, %5480 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5482 = cast %4460 : f32[16,16] @ models/lib/nn.yaml:83:15
%5483 = cast %5481 : f32[16,16] @ models/lib/nn.yaml:83:15
%5484 = add %5482, %5483 : f32[16,16] @ models/lib/nn.yaml:83:15
%5485 = cast %5469 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5486 = permute %5485 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5487 = reshape %5486 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5488 = reduce_sum %5487 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5489 = reshape %5488 : f32[16] @ models/lib/nn.yaml:84:18
%5490 = add %4465, %5489 : f32[16] @ models/lib/nn.yaml:84:18
%5491 = permute %5469 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5492 = reshape %5491 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5493 = matmul %5492, %2342 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5494 = cast %5478 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5495 = cast %5493 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5496 = add %5494, %5495 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5497 = reshape %5492 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5498 = reshape %2341 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5499 = matmul %5497, %5498 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5500 = cast %4474 : f32[16,16] @ models/lib/nn.yaml:83:15
%5501 = cast %5499 : f32[16,16] @ models/lib/nn.yaml:83:15
%5502 = add %5500, %5501 : f32[16,16] @ models/lib/nn.yaml:83:15
%5503 = cast %5459 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5504 = permute %5503 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5505 = reshape %5504 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5506 = reduce_sum %5505 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5507 = reshape %5506 : f32[16] @ models/lib/nn.yaml:84:18
%5508 = add %4479, %5507 : f32[16] @ models/lib/nn.yaml:84:18
%5509 = permute %5459 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5510 = reshape %5509 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5511 = matmul %5510, %2334 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5512 = reshape %5510 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5513 = reshape %2333 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5514 = matmul %5512, %5513 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5515 = cast %4485 : f32[16,16] @ models/lib/nn.yaml:83:15
%5516 = cast %5514 : f32[16,16] @ models/lib/nn.yaml:83:15
%5517 = add %5515, %5516 : f32[16,16] @ models/lib/nn.yaml:83:15
%5518 = cast %5511 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5519 = pad %5518 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5520 = add %5496, %5519 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5521 = reduce_sum %5520 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5522 = reshape %5521 : f32[16] @ models/lib/nn.yaml:96:46
%5523 = add %4490, %5522 : f32[16] @ models/lib/nn.yaml:96:46
%5524 = mul %5520, %2328 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5525 = mul %5520, %2327 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5526 = reduce_sum %5525 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5527 = reshape %5526 : f32[16] @ models/lib/nn.yaml:96:37
%5528 = add %4494, %5527 : f32[16] @ models/lib/nn.yaml:96:37
%5529 = mul %5524, %2326 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5530 = mul %5524, %2316 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5531 = reduce_sum %5530 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5532 = mul %2325, %2325 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5533 = mul %2325, %5532 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5534 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5535 = broadcast %5534 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5536 = mul %5533, %5535 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5537 = mul %5531, %5536 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5538 = div %5537, %2320 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5539 = broadcast %5538 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5540 = mul %5539, %2316 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5541 = add %5529, %5540 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5542 = mul %5539, %2316 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5543 = add %5541, %5542 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5544 = neg %5543 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5545 = reduce_sum %5544 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5546 = div %5545, %2313 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5547 = broadcast %5546 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5548 = add %5543, %5547 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5549 = slice %5548 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5550 = add %5407, %5549 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5551 = slice %5548 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5552 = add %5339, %5551 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5553 = reduce_sum %5550 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5554 = add %4519, %5553 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5555 = mul %5552, %2306 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5556 = div %5555, %2298 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5557 = reduce_sum %5556 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5558 = reshape %5557 : f32[16] @ models/lib/nn.yaml:84:18
%5559 = add %4523, %5558 : f32[16] @ models/lib/nn.yaml:84:18
%5560 = cast %5556 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5561 = matmul %5560, %2292 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5562 = reshape %5560 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5563 = reshape %2291 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5564 = matmul %5562, %5563 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5565 = cast %4528 : f32[16,64] @ models/lib/nn.yaml:83:15
%5566 = cast %5564 : f32[16,64] @ models/lib/nn.yaml:83:15
%5567 = add %5565, %5566 : f32[16,64] @ models/lib/nn.yaml:83:15
%5568 = cast %5561 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5569 = mul %5568, %2289 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5570 = cast %5561 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5571 = mul %5570, %2282 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5572 = mul %2285, %2285 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5573 = neg %5572 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5574 = exp %5573 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5575 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5576 = broadcast %5575 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5577 = mul %5574, %5576 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5578 = mul %5571, %5577 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5579 = mul %5578, %2284 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5580 = mul %5569, %2281 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5581 = add %5579, %5580 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5582 = reduce_sum %5581 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5583 = reshape %5582 : f32[64] @ models/lib/nn.yaml:84:18
%5584 = add %4544, %5583 : f32[64] @ models/lib/nn.yaml:84:18
%5585 = cast %5581 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5586 = matmul %5585, %2275 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5587 = reshape %5585 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5588 = reshape %2274 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5589 = matmul %5587, %5588 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5590 = cast %4549 : f32[64,16] @ models/lib/nn.yaml:83:15
%5591 = cast %5589 : f32[64,16] @ models/lib/nn.yaml:83:15
%5592 = add %5590, %5591 : f32[64,16] @ models/lib/nn.yaml:83:15
%5593 = cast %5586 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5594 = reduce_sum %5593 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5595 = reshape %5594 : f32[16] @ models/lib/nn.yaml:96:46
%5596 = add %4552, %5595 : f32[16] @ models/lib/nn.yaml:96:46
%5597 = cast %5586 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5598 = mul %5597, %2270 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5599 = cast %5586 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5600 = mul %5599, %2269 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5601 = reduce_sum %5600 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5602 = reshape %5601 : f32[16] @ models/lib/nn.yaml:96:37
%5603 = add %4558, %5602 : f32[16] @ models/lib/nn.yaml:96:37
%5604 = mul %5598, %2268 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5605 = mul %5598, %2258 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5606 = reduce_sum %5605 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5607 = mul %2267, %2267 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5608 = mul %2267, %5607 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5609 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5610 = broadcast %5609 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5611 = mul %5608, %5610 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5612 = mul %5606, %5611 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5613 = div %5612, %2262 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5614 = broadcast %5613 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5615 = mul %5614, %2258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5616 = add %5604, %5615 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5617 = mul %5614, %2258 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5618 = add %5616, %5617 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5619 = add %5552, %5618 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5620 = neg %5618 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5621 = reduce_sum %5620 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5622 = div %5621, %2255 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5623 = broadcast %5622 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5624 = add %5619, %5623 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5625 = mul %5624, %2250 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5626 = div %5625, %2241 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5627 = reduce_sum %5626 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5628 = reshape %5627 : f32[16] @ models/lib/nn.yaml:84:18
%5629 = add %4583, %5628 : f32[16] @ models/lib/nn.yaml:84:18
%5630 = cast %5626 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5631 = matmul %5630, %2235 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5632 = reshape %5630 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5633 = reshape %2234 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5634 = matmul %5632, %5633 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5635 = cast %4588 : f32[16,16] @ models/lib/nn.yaml:83:15
%5636 = cast %5634 : f32[16,16] @ models/lib/nn.yaml:83:15
%5637 = add %5635, %5636 : f32[16,16] @ models/lib/nn.yaml:83:15
%5638 = reshape %5631 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5639 = permute %5638 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5640 = cast %5639 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5641 = cast %2223 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5642 = permute %5641 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5643 = reshape %5640 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%5644 = broadcast %5643 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5645 = reshape %5642 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%5646 = broadcast %5645 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5647 = mul %5644, %5646 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5648 = reduce_sum %5647 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5649 = cast %5648 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5650 = cast %2222 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5651 = permute %5650 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5652 = cast %5639 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5653 = reshape %5651 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5654 = broadcast %5653 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5655 = reshape %5652 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5656 = broadcast %5655 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5657 = mul %5654, %5656 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5658 = reduce_sum %5657 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5659 = cast %5658 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5660 = cast %5649 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5661 = div %5660, %2220 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5662 = mul %5661, %2221 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5663 = neg %5662 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5664 = reduce_sum %5663 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5665 = broadcast %5664 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5666 = add %5661, %5665 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5667 = mul %5666, %2218 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5668 = mul %5667, %2211 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5669 = cast %5668 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5670 = cast %5669 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5671 = cast %2199 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5672 = reshape %5670 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5673 = broadcast %5672 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5674 = reshape %5671 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5675 = broadcast %5674 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5676 = mul %5673, %5675 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5677 = reduce_sum %5676 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5678 = cast %5677 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5679 = cast %5669 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5680 = permute %5679 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5681 = cast %2198 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5682 = reshape %5680 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5683 = broadcast %5682 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5684 = reshape %5681 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5685 = broadcast %5684 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5686 = mul %5683, %5685 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5687 = reduce_sum %5686 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5688 = cast %5687 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5689 = cast %5659 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5690 = reshape %5689 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5691 = pad %5690 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%5692 = cast %5688 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5693 = reshape %5692 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5694 = pad %5693 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5695 = add %5691, %5694 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5696 = cast %5678 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5697 = reshape %5696 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5698 = pad %5697 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5699 = add %5695, %5698 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5700 = permute %5699 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5701 = reshape %5700 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5702 = reduce_sum %5701 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5703 = reshape %5702 : f32[48] @ models/lib/nn.yaml:84:18
%5704 = add %4654, %5703 : f32[48] @ models/lib/nn.yaml:84:18
%5705 = cast %5701 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5706 = matmul %5705, %2185 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5707 = reshape %5705 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5708 = reshape %2184 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5709 = matmul %5707, %5708 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5710 = cast %4659 : f32[48,16] @ models/lib/nn.yaml:83:15
%5711 = cast %5709 : f32[48,16] @ models/lib/nn.yaml:83:15
%5712 = add %5710, %5711 : f32[48,16] @ models/lib/nn.yaml:83:15
%5713 = cast %5706 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5714 = reduce_sum %5713 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5715 = reshape %5714 : f32[16] @ models/lib/nn.yaml:96:46
%5716 = add %4662, %5715 : f32[16] @ models/lib/nn.yaml:96:46
%5717 = cast %5706 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5718 = mul %5717, %2180 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5719 = cast %5706 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5720 = mul %5719, %2179 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5721 = reduce_sum %5720 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5722 = reshape %5721 : f32[16] @ models/lib/nn.yaml:96:37
%5723 = add %4668, %5722 : f32[16] @ models/lib/nn.yaml:96:37
%5724 = mul %5718, %2178 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5725 = mul %5718, %2168 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5726 = reduce_sum %5725 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5727 = mul %2177, %2177 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5728 = mul %2177, %5727 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5729 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5730 = broadcast %5729 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5731 = mul %5728, %5730 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5732 = mul %5726, %5731 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5733 = div %5732, %2172 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5734 = broadcast %5733 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5735 = mul %5734, %2168 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5736 = add %5724, %5735 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5737 = mul %5734, %2168 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5738 = add %5736, %5737 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5739 = add %5624, %5738 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5740 = neg %5738 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5741 = reduce_sum %5740 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5742 = div %5741, %2165 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5743 = broadcast %5742 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5744 = add %5739, %5743 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5745 = reduce_sum %5744 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5746 = reshape %5745 : f32[16] @ models/lib/nn.yaml:84:18
%5747 = add %4691, %5746 : f32[16] @ models/lib/nn.yaml:84:18
%5748 = cast %5744 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5749 = matmul %5748, %2157 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5750 = reshape %5748 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5751 = reshape %2156 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5752 = matmul %5750, %5751 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5753 = cast %4696 : f32[16,64] @ models/lib/nn.yaml:83:15
%5754 = cast %5752 : f32[16,64] @ models/lib/nn.yaml:83:15
%5755 = add %5753, %5754 : f32[16,64] @ models/lib/nn.yaml:83:15
%5756 = cast %5749 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5757 = mul %5756, %2154 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5758 = cast %5749 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5759 = mul %5758, %2147 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5760 = mul %2150, %2150 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5761 = neg %5760 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5762 = exp %5761 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5763 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%5764 = broadcast %5763 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5765 = mul %5762, %5764 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5766 = mul %5759, %5765 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5767 = mul %5766, %2149 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5768 = mul %5757, %2146 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5769 = add %5767, %5768 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5770 = reduce_sum %5769 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5771 = reshape %5770 : f32[64] @ models/lib/nn.yaml:84:18
%5772 = add %4712, %5771 : f32[64] @ models/lib/nn.yaml:84:18
%5773 = cast %5769 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5774 = matmul %5773, %2140 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5775 = reshape %5773 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5776 = reshape %2139 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5777 = matmul %5775, %5776 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5778 = cast %4717 : f32[64,16] @ models/lib/nn.yaml:83:15
%5779 = cast %5777 : f32[64,16] @ models/lib/nn.yaml:83:15
%5780 = add %5778, %5779 : f32[64,16] @ models/lib/nn.yaml:83:15
%5781 = cast %5774 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5782 = reduce_sum %5781 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5783 = reshape %5782 : f32[16] @ models/lib/nn.yaml:96:46
%5784 = add %4720, %5783 : f32[16] @ models/lib/nn.yaml:96:46
%5785 = cast %5774 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5786 = mul %5785, %2135 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5787 = cast %5774 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5788 = mul %5787, %2134 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5789 = reduce_sum %5788 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5790 = reshape %5789 : f32[16] @ models/lib/nn.yaml:96:37
%5791 = add %4726, %5790 : f32[16] @ models/lib/nn.yaml:96:37
%5792 = mul %5786, %2133 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5793 = mul %5786, %2123 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5794 = reduce_sum %5793 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5795 = mul %2132, %2132 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5796 = mul %2132, %5795 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5797 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5798 = broadcast %5797 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5799 = mul %5796, %5798 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5800 = mul %5794, %5799 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5801 = div %5800, %2127 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5802 = broadcast %5801 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5803 = mul %5802, %2123 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5804 = add %5792, %5803 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5805 = mul %5802, %2123 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5806 = add %5804, %5805 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5807 = add %5744, %5806 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5808 = neg %5806 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5809 = reduce_sum %5808 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5810 = div %5809, %2120 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5811 = broadcast %5810 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5812 = add %5807, %5811 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5813 = reduce_sum %5812 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5814 = reshape %5813 : f32[16] @ models/lib/nn.yaml:84:18
%5815 = add %4749, %5814 : f32[16] @ models/lib/nn.yaml:84:18
%5816 = cast %5812 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5817 = matmul %5816, %2112 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5818 = reshape %5816 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5819 = reshape %2111 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5820 = matmul %5818, %5819 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5821 = cast %4754 : f32[16,16] @ models/lib/nn.yaml:83:15
%5822 = cast %5820 : f32[16,16] @ models/lib/nn.yaml:83:15
%5823 = add %5821, %5822 : f32[16,16] @ models/lib/nn.yaml:83:15
%5824 = reshape %5817 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5825 = permute %5824 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5826 = cast %5825 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5827 = cast %2100 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5828 = permute %5827 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5829 = reshape %5826 : f32[4,2,16,8,1] @ models/lib/nn.yaml:56:23
%5830 = broadcast %5829 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5831 = reshape %5828 : f32[4,2,1,8,16] @ models/lib/nn.yaml:56:23
%5832 = broadcast %5831 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5833 = mul %5830, %5832 : f32[4,2,16,8,16] @ models/lib/nn.yaml:56:23
%5834 = reduce_sum %5833 axes=[3] keep=0 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5835 = cast %5834 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5836 = cast %2099 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5837 = permute %5836 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5838 = cast %5825 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5839 = reshape %5837 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5840 = broadcast %5839 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5841 = reshape %5838 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5842 = broadcast %5841 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5843 = mul %5840, %5842 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5844 = reduce_sum %5843 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5845 = cast %5844 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5846 = cast %5835 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5847 = div %5846, %2097 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5848 = mul %5847, %2098 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5849 = neg %5848 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5850 = reduce_sum %5849 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5851 = broadcast %5850 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5852 = add %5847, %5851 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5853 = mul %5852, %2095 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5854 = mul %5853, %2088 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5855 = cast %5854 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5856 = cast %5855 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5857 = cast %2076 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5858 = reshape %5856 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5859 = broadcast %5858 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5860 = reshape %5857 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5861 = broadcast %5860 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5862 = mul %5859, %5861 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5863 = reduce_sum %5862 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5864 = cast %5863 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5865 = cast %5855 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5866 = permute %5865 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5867 = cast %2075 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5868 = reshape %5866 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5869 = broadcast %5868 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5870 = reshape %5867 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5871 = broadcast %5870 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5872 = mul %5869, %5871 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5873 = reduce_sum %5872 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5874 = cast %5873 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5875 = cast %5845 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5876 = reshape %5875 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5877 = pad %5876 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:40
%5878 = cast %5874 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5879 = reshape %5878 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5880 = pad %5879 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5881 = add %5877, %5880 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:34
%5882 = cast %5864 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5883 = reshape %5882 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5884 = pad %5883 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5885 = add %5881, %5884 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5886 = permute %5885 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5887 = reshape %5886 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5888 = reduce_sum %5887 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5889 = reshape %5888 : f32[48] @ models/lib/nn.yaml:84:18
%5890 = add %4820, %5889 : f32[48] @ models/lib/nn.yaml:84:18
%5891 = cast %5887 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5892 = matmul %5891, %2062 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5893 = reshape %5891 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5894 = reshape %2061 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5895 = matmul %5893, %5894 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5896 = cast %4825 : f32[48,16] @ models/lib/nn.yaml:83:15
%5897 = cast %5895 : f32[48,16] @ models/lib/nn.yaml:83:15
%5898 = add %5896, %5897 : f32[48,16] @ models/lib/nn.yaml:83:15
%5899 = cast %5892 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5900 = reduce_sum %5899 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5901 = reshape %5900 : f32[16] @ models/lib/nn.yaml:96:46
%5902 = add %4828, %5901 : f32[16] @ models/lib/nn.yaml:96:46
%5903 = cast %5892 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5904 = mul %5903, %2057 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5905 = cast %5892 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5906 = mul %5905, %2056 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5907 = reduce_sum %5906 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5908 = reshape %5907 : f32[16] @ models/lib/nn.yaml:96:37
%5909 = add %4834, %5908 : f32[16] @ models/lib/nn.yaml:96:37
%5910 = mul %5904, %2055 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5911 = mul %5904, %2045 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5912 = reduce_sum %5911 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5913 = mul %2054, %2054 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5914 = mul %2054, %5913 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5915 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%5916 = broadcast %5915 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5917 = mul %5914, %5916 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5918 = mul %5912, %5917 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5919 = div %5918, %2049 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5920 = broadcast %5919 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5921 = mul %5920, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5922 = add %5910, %5921 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5923 = mul %5920, %2045 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5924 = add %5922, %5923 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5925 = add %5812, %5924 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5926 = neg %5924 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5927 = reduce_sum %5926 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5928 = div %5927, %2042 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5929 = broadcast %5928 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5930 = add %5925, %5929 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5931 = reduce_sum %5930 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5932 = add %4867, %5931 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%5933 = reduce_sum %5930 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5934 = reshape %5933 : f32[16] @ models/lib/vit.yaml:17:71
%5935 = add %4869, %5934 : f32[16] @ models/lib/vit.yaml:17:71
%5936 = reshape %5930 : f32[64,16] @ models/lib/vit.yaml:17:18
%5937 = cast %5936 : bf16[64,16] @ models/lib/vit.yaml:17:18
%5938 = reshape %2032 : bf16[64,48] @ models/lib/vit.yaml:17:18
%5939 = matmul %5937, %5938 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5940 = cast %5939 : f32[16,48] @ models/lib/vit.yaml:17:20
%5941 = reshape %5940 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5942 = add %4875, %5941 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5943 = all_reduce_sum %5932 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5944 = reshape %5943 : f32[256] @ models/lib/vit.yaml:48:7
%5945 = mul %5944, %5944 : f32[256] @ models/lib/vit.yaml:48:7
%5946 = reduce_sum %5945 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%5947 = sqrt %5946 : f32[] @ models/lib/vit.yaml:48:7
%5948 = cast %5947 : f64[] @ models/lib/vit.yaml:48:7
%5949 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%5950 = add %5948, %5949 : f64[] @ models/lib/vit.yaml:48:7
%5951 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%5952 = div %5951, %5950 : f64[] @ models/lib/vit.yaml:48:7
%5953 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5954 = lt %5952, %5953 : bool[] @ models/lib/vit.yaml:48:7
%5955 = cast %5952 : f32[] @ models/lib/vit.yaml:48:7
%5956 = broadcast %5955 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5957 = mul %5943, %5956 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5958 = broadcast %5954 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%5959 = select %5958, %5957, %5943 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5960 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5961 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5962 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%5963 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%5964 = add %5962, %5963 : i64[] @ models/lib/vit.yaml:48:7
%5965 = mul %3776, %3777 : f64[] @ models/lib/vit.yaml:48:7
%5966 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5967 = sub %5966, %5965 : f64[] @ models/lib/vit.yaml:48:7
%5968 = cast %5967 : f32[] @ models/lib/vit.yaml:48:7
%5969 = broadcast %5968 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5970 = mul %7, %5969 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5971 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%5972 = cast %5971 : f32[] @ models/lib/vit.yaml:48:7
%5973 = broadcast %5972 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5974 = mul %5959, %5973 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5975 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5976 = cast %5975 : f32[] @ models/lib/vit.yaml:48:7
%5977 = broadcast %5976 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5978 = mul %5960, %5977 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5979 = add %5978, %5974 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5980 = mul %5959, %5959 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5981 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%5982 = cast %5981 : f32[] @ models/lib/vit.yaml:48:7
%5983 = broadcast %5982 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5984 = mul %5980, %5983 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5985 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5986 = cast %5985 : f32[] @ models/lib/vit.yaml:48:7
%5987 = broadcast %5986 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5988 = mul %5961, %5987 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5989 = add %5988, %5984 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5990 = cast %5964 : f64[] @ models/lib/vit.yaml:48:7
%5991 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%5992 = pow %5991, %5990 : f64[] @ models/lib/vit.yaml:48:7
%5993 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%5994 = sub %5993, %5992 : f64[] @ models/lib/vit.yaml:48:7
%5995 = div %3776, %5994 : f64[] @ models/lib/vit.yaml:48:7
%5996 = cast %5964 : f64[] @ models/lib/vit.yaml:48:7
%5997 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%5998 = pow %5997, %5996 : f64[] @ models/lib/vit.yaml:48:7
%5999 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6000 = sub %5999, %5998 : f64[] @ models/lib/vit.yaml:48:7
%6001 = sqrt %6000 : f64[] @ models/lib/vit.yaml:48:7
%6002 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6003 = div %6002, %6001 : f64[] @ models/lib/vit.yaml:48:7
%6004 = sqrt %5989 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6005 = cast %6003 : f32[] @ models/lib/vit.yaml:48:7
%6006 = broadcast %6005 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6007 = mul %6004, %6006 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6008 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%6009 = cast %6008 : f32[] @ models/lib/vit.yaml:48:7
%6010 = broadcast %6009 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6011 = add %6007, %6010 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6012 = div %5979, %6011 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6013 = cast %5995 : f32[] @ models/lib/vit.yaml:48:7
%6014 = broadcast %6013 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6015 = mul %6012, %6014 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6016 = sub %5970, %6015 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6017 = assign %7, %6016 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6018 = assign %5960, %5979 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6019 = assign %5961, %5989 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6020 = assign %5962, %5964 : i64[] @ models/lib/vit.yaml:48:7
%6021 = cast %3778 : f32[] @ models/lib/vit.yaml:48:7
%6022 = broadcast %6021 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6023 = mul %85, %6022 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6024 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6025 = sub %6024, %3778 : f64[] @ models/lib/vit.yaml:48:7
%6026 = cast %6025 : f32[] @ models/lib/vit.yaml:48:7
%6027 = broadcast %6026 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6028 = mul %6016, %6027 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6029 = add %6023, %6028 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6030 = assign %85, %6029 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6031 = all_reduce_sum %5942 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6032 = reshape %6031 : f32[768] @ models/lib/vit.yaml:9:7
%6033 = mul %6032, %6032 : f32[768] @ models/lib/vit.yaml:9:7
%6034 = reduce_sum %6033 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6035 = sqrt %6034 : f32[] @ models/lib/vit.yaml:9:7
%6036 = cast %6035 : f64[] @ models/lib/vit.yaml:9:7
%6037 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:9:7
%6038 = add %6036, %6037 : f64[] @ models/lib/vit.yaml:9:7
%6039 = const data=[3] : f64[] @ models/lib/vit.yaml:9:7
%6040 = div %6039, %6038 : f64[] @ models/lib/vit.yaml:9:7
%6041 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6042 = lt %6040, %6041 : bool[] @ models/lib/vit.yaml:9:7
%6043 = cast %6040 : f32[] @ models/lib/vit.yaml:9:7
%6044 = broadcast %6043 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6045 = mul %6031, %6044 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6046 = broadcast %6042 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6047 = select %6046, %6045, %6031 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6048 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6049 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6050 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6051 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%6052 = add %6050, %6051 : i64[] @ models/lib/vit.yaml:9:7
%6053 = mul %3776, %3777 : f64[] @ models/lib/vit.yaml:9:7
%6054 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6055 = sub %6054, %6053 : f64[] @ models/lib/vit.yaml:9:7
%6056 = cast %6055 : f32[] @ models/lib/vit.yaml:9:7
%6057 = broadcast %6056 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6058 = mul %8, %6057 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6059 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%6060 = cast %6059 : f32[] @ models/lib/vit.yaml:9:7
%6061 = broadcast %6060 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6062 = mul %6047, %6061 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6063 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%6064 = cast %6063 : f32[] @ models/lib/vit.yaml:9:7
%6065 = broadcast %6064 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6066 = mul %6048, %6065 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6067 = add %6066, %6062 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6068 = mul %6047, %6047 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6069 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%6070 = cast %6069 : f32[] @ models/lib/vit.yaml:9:7
%6071 = broadcast %6070 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6072 = mul %6068, %6071 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6073 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%6074 = cast %6073 : f32[] @ models/lib/vit.yaml:9:7
%6075 = broadcast %6074 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6076 = mul %6049, %6075 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6077 = add %6076, %6072 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6078 = cast %6052 : f64[] @ models/lib/vit.yaml:9:7
%6079 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%6080 = pow %6079, %6078 : f64[] @ models/lib/vit.yaml:9:7
%6081 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6082 = sub %6081, %6080 : f64[] @ models/lib/vit.yaml:9:7
%6083 = div %3776, %6082 : f64[] @ models/lib/vit.yaml:9:7
%6084 = cast %6052 : f64[] @ models/lib/vit.yaml:9:7
%6085 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%6086 = pow %6085, %6084 : f64[] @ models/lib/vit.yaml:9:7
%6087 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6088 = sub %6087, %6086 : f64[] @ models/lib/vit.yaml:9:7
%6089 = sqrt %6088 : f64[] @ models/lib/vit.yaml:9:7
%6090 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6091 = div %6090, %6089 : f64[] @ models/lib/vit.yaml:9:7
%6092 = sqrt %6077 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6093 = cast %6091 : f32[] @ models/lib/vit.yaml:9:7
%6094 = broadcast %6093 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6095 = mul %6092, %6094 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6096 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%6097 = cast %6096 : f32[] @ models/lib/vit.yaml:9:7
%6098 = broadcast %6097 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6099 = add %6095, %6098 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6100 = div %6067, %6099 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6101 = cast %6083 : f32[] @ models/lib/vit.yaml:9:7
%6102 = broadcast %6101 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6103 = mul %6100, %6102 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6104 = sub %6058, %6103 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6105 = assign %8, %6104 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6106 = assign %6048, %6067 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6107 = assign %6049, %6077 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6108 = assign %6050, %6052 : i64[] @ models/lib/vit.yaml:9:7
%6109 = cast %3778 : f32[] @ models/lib/vit.yaml:9:7
%6110 = broadcast %6109 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6111 = mul %86, %6110 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6112 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%6113 = sub %6112, %3778 : f64[] @ models/lib/vit.yaml:9:7
%6114 = cast %6113 : f32[] @ models/lib/vit.yaml:9:7
%6115 = broadcast %6114 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6116 = mul %6104, %6115 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6117 = add %6111, %6116 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6118 = assign %86, %6117 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6119 = all_reduce_sum %5935 : f32[16] @ models/lib/vit.yaml:10:7
%6120 = reshape %6119 : f32[16] @ models/lib/vit.yaml:10:7
%6121 = mul %6120, %6120 : f32[16] @ models/lib/vit.yaml:10:7
%6122 = reduce_sum %6121 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6123 = sqrt %6122 : f32[] @ models/lib/vit.yaml:10:7
%6124 = cast %6123 : f64[] @ models/lib/vit.yaml:10:7
%6125 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:10:7
%6126 = add %6124, %6125 : f64[] @ models/lib/vit.yaml:10:7
%6127 = const data=[3] : f64[] @ models/lib/vit.yaml:10:7
%6128 = div %6127, %6126 : f64[] @ models/lib/vit.yaml:10:7
%6129 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6130 = lt %6128, %6129 : bool[] @ models/lib/vit.yaml:10:7
%6131 = cast %6128 : f32[] @ models/lib/vit.yaml:10:7
%6132 = broadcast %6131 : f32[16] @ models/lib/vit.yaml:10:7
%6133 = mul %6119, %6132 : f32[16] @ models/lib/vit.yaml:10:7
%6134 = broadcast %6130 : bool[16] @ models/lib/vit.yaml:10:7
%6135 = select %6134, %6133, %6119 : f32[16] @ models/lib/vit.yaml:10:7
%6136 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6137 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6138 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6139 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%6140 = add %6138, %6139 : i64[] @ models/lib/vit.yaml:10:7
%6141 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%6142 = cast %6141 : f32[] @ models/lib/vit.yaml:10:7
%6143 = broadcast %6142 : f32[16] @ models/lib/vit.yaml:10:7
%6144 = mul %6135, %6143 : f32[16] @ models/lib/vit.yaml:10:7
%6145 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%6146 = cast %6145 : f32[] @ models/lib/vit.yaml:10:7
%6147 = broadcast %6146 : f32[16] @ models/lib/vit.yaml:10:7
%6148 = mul %6136, %6147 : f32[16] @ models/lib/vit.yaml:10:7
%6149 = add %6148, %6144 : f32[16] @ models/lib/vit.yaml:10:7
%6150 = mul %6135, %6135 : f32[16] @ models/lib/vit.yaml:10:7
%6151 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%6152 = cast %6151 : f32[] @ models/lib/vit.yaml:10:7
%6153 = broadcast %6152 : f32[16] @ models/lib/vit.yaml:10:7
%6154 = mul %6150, %6153 : f32[16] @ models/lib/vit.yaml:10:7
%6155 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%6156 = cast %6155 : f32[] @ models/lib/vit.yaml:10:7
%6157 = broadcast %6156 : f32[16] @ models/lib/vit.yaml:10:7
%6158 = mul %6137, %6157 : f32[16] @ models/lib/vit.yaml:10:7
%6159 = add %6158, %6154 : f32[16] @ models/lib/vit.yaml:10:7
%6160 = cast %6140 : f64[] @ models/lib/vit.yaml:10:7
%6161 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%6162 = pow %6161, %6160 : f64[] @ models/lib/vit.yaml:10:7
%6163 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6164 = sub %6163, %6162 : f64[] @ models/lib/vit.yaml:10:7
%6165 = div %3776, %6164 : f64[] @ models/lib/vit.yaml:10:7
%6166 = cast %6140 : f64[] @ models/lib/vit.yaml:10:7
%6167 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%6168 = pow %6167, %6166 : f64[] @ models/lib/vit.yaml:10:7
%6169 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6170 = sub %6169, %6168 : f64[] @ models/lib/vit.yaml:10:7
%6171 = sqrt %6170 : f64[] @ models/lib/vit.yaml:10:7
%6172 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6173 = div %6172, %6171 : f64[] @ models/lib/vit.yaml:10:7
%6174 = sqrt %6159 : f32[16] @ models/lib/vit.yaml:10:7
%6175 = cast %6173 : f32[] @ models/lib/vit.yaml:10:7
%6176 = broadcast %6175 : f32[16] @ models/lib/vit.yaml:10:7
%6177 = mul %6174, %6176 : f32[16] @ models/lib/vit.yaml:10:7
%6178 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%6179 = cast %6178 : f32[] @ models/lib/vit.yaml:10:7
%6180 = broadcast %6179 : f32[16] @ models/lib/vit.yaml:10:7
%6181 = add %6177, %6180 : f32[16] @ models/lib/vit.yaml:10:7
%6182 = div %6149, %6181 : f32[16] @ models/lib/vit.yaml:10:7
%6183 = cast %6165 : f32[] @ models/lib/vit.yaml:10:7
%6184 = broadcast %6183 : f32[16] @ models/lib/vit.yaml:10:7
%6185 = mul %6182, %6184 : f32[16] @ models/lib/vit.yaml:10:7
%6186 = sub %9, %6185 : f32[16] @ models/lib/vit.yaml:10:7
%6187 = assign %9, %6186 : f32[16] @ models/lib/vit.yaml:10:7
%6188 = assign %6136, %6149 : f32[16] @ models/lib/vit.yaml:10:7
%6189 = assign %6137, %6159 : f32[16] @ models/lib/vit.yaml:10:7
%6190 = assign %6138, %6140 : i64[] @ models/lib/vit.yaml:10:7
%6191 = cast %3778 : f32[] @ models/lib/vit.yaml:10:7
%6192 = broadcast %6191 : f32[16] @ models/lib/vit.yaml:10:7
%6193 = mul %87, %6192 : f32[16] @ models/lib/vit.yaml:10:7
%6194 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%6195 = sub %6194, %3778 : f64[] @ models/lib/vit.yaml:10:7
%6196 = cast %6195 : f32[] @ models/lib/vit.yaml:10:7
%6197 = broadcast %6196 : f32[16] @ models/lib/vit.yaml:10:7
%6198 = mul %6186, %6197 : f32[16] @ models/lib/vit.yaml:10:7
%6199 = add %6193, %6198 : f32[16] @ models/lib/vit.yaml:10:7
%6200 = assign %87, %6199 : f32[16] @ models/lib/vit.yaml:10:7
%6201 = all_reduce_sum %5909 : f32[16] @ models/lib/nn.yaml:89:7
%6202 = reshape %6201 : f32[16] @ models/lib/nn.yaml:89:7
%6203 = mul %6202, %6202 : f32[16] @ models/lib/nn.yaml:89:7
%6204 = reduce_sum %6203 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6205 = sqrt %6204 : f32[] @ models/lib/nn.yaml:89:7
%6206 = cast %6205 : f64[] @ models/lib/nn.yaml:89:7
%6207 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6208 = add %6206, %6207 : f64[] @ models/lib/nn.yaml:89:7
%6209 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6210 = div %6209, %6208 : f64[] @ models/lib/nn.yaml:89:7
%6211 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6212 = lt %6210, %6211 : bool[] @ models/lib/nn.yaml:89:7
%6213 = cast %6210 : f32[] @ models/lib/nn.yaml:89:7
%6214 = broadcast %6213 : f32[16] @ models/lib/nn.yaml:89:7
%6215 = mul %6201, %6214 : f32[16] @ models/lib/nn.yaml:89:7
%6216 = broadcast %6212 : bool[16] @ models/lib/nn.yaml:89:7
%6217 = select %6216, %6215, %6201 : f32[16] @ models/lib/nn.yaml:89:7
%6218 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6219 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6220 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6221 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6222 = add %6220, %6221 : i64[] @ models/lib/nn.yaml:89:7
%6223 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6224 = cast %6223 : f32[] @ models/lib/nn.yaml:89:7
%6225 = broadcast %6224 : f32[16] @ models/lib/nn.yaml:89:7
%6226 = mul %6217, %6225 : f32[16] @ models/lib/nn.yaml:89:7
%6227 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6228 = cast %6227 : f32[] @ models/lib/nn.yaml:89:7
%6229 = broadcast %6228 : f32[16] @ models/lib/nn.yaml:89:7
%6230 = mul %6218, %6229 : f32[16] @ models/lib/nn.yaml:89:7
%6231 = add %6230, %6226 : f32[16] @ models/lib/nn.yaml:89:7
%6232 = mul %6217, %6217 : f32[16] @ models/lib/nn.yaml:89:7
%6233 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6234 = cast %6233 : f32[] @ models/lib/nn.yaml:89:7
%6235 = broadcast %6234 : f32[16] @ models/lib/nn.yaml:89:7
%6236 = mul %6232, %6235 : f32[16] @ models/lib/nn.yaml:89:7
%6237 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6238 = cast %6237 : f32[] @ models/lib/nn.yaml:89:7
%6239 = broadcast %6238 : f32[16] @ models/lib/nn.yaml:89:7
%6240 = mul %6219, %6239 : f32[16] @ models/lib/nn.yaml:89:7
%6241 = add %6240, %6236 : f32[16] @ models/lib/nn.yaml:89:7
%6242 = cast %6222 : f64[] @ models/lib/nn.yaml:89:7
%6243 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6244 = pow %6243, %6242 : f64[] @ models/lib/nn.yaml:89:7
%6245 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6246 = sub %6245, %6244 : f64[] @ models/lib/nn.yaml:89:7
%6247 = div %3776, %6246 : f64[] @ models/lib/nn.yaml:89:7
%6248 = cast %6222 : f64[] @ models/lib/nn.yaml:89:7
%6249 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6250 = pow %6249, %6248 : f64[] @ models/lib/nn.yaml:89:7
%6251 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6252 = sub %6251, %6250 : f64[] @ models/lib/nn.yaml:89:7
%6253 = sqrt %6252 : f64[] @ models/lib/nn.yaml:89:7
%6254 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6255 = div %6254, %6253 : f64[] @ models/lib/nn.yaml:89:7
%6256 = sqrt %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6257 = cast %6255 : f32[] @ models/lib/nn.yaml:89:7
%6258 = broadcast %6257 : f32[16] @ models/lib/nn.yaml:89:7
%6259 = mul %6256, %6258 : f32[16] @ models/lib/nn.yaml:89:7
%6260 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6261 = cast %6260 : f32[] @ models/lib/nn.yaml:89:7
%6262 = broadcast %6261 : f32[16] @ models/lib/nn.yaml:89:7
%6263 = add %6259, %6262 : f32[16] @ models/lib/nn.yaml:89:7
%6264 = div %6231, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6265 = cast %6247 : f32[] @ models/lib/nn.yaml:89:7
%6266 = broadcast %6265 : f32[16] @ models/lib/nn.yaml:89:7
%6267 = mul %6264, %6266 : f32[16] @ models/lib/nn.yaml:89:7
%6268 = sub %10, %6267 : f32[16] @ models/lib/nn.yaml:89:7
%6269 = assign %10, %6268 : f32[16] @ models/lib/nn.yaml:89:7
%6270 = assign %6218, %6231 : f32[16] @ models/lib/nn.yaml:89:7
%6271 = assign %6219, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6272 = assign %6220, %6222 : i64[] @ models/lib/nn.yaml:89:7
%6273 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%6274 = broadcast %6273 : f32[16] @ models/lib/nn.yaml:89:7
%6275 = mul %88, %6274 : f32[16] @ models/lib/nn.yaml:89:7
%6276 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6277 = sub %6276, %3778 : f64[] @ models/lib/nn.yaml:89:7
%6278 = cast %6277 : f32[] @ models/lib/nn.yaml:89:7
%6279 = broadcast %6278 : f32[16] @ models/lib/nn.yaml:89:7
%6280 = mul %6268, %6279 : f32[16] @ models/lib/nn.yaml:89:7
%6281 = add %6275, %6280 : f32[16] @ models/lib/nn.yaml:89:7
%6282 = assign %88, %6281 : f32[16] @ models/lib/nn.yaml:89:7
%6283 = all_reduce_sum %5902 : f32[16] @ models/lib/nn.yaml:90:7
%6284 = reshape %6283 : f32[16] @ models/lib/nn.yaml:90:7
%6285 = mul %6284, %6284 : f32[16] @ models/lib/nn.yaml:90:7
%6286 = reduce_sum %6285 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6287 = sqrt %6286 : f32[] @ models/lib/nn.yaml:90:7
%6288 = cast %6287 : f64[] @ models/lib/nn.yaml:90:7
%6289 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6290 = add %6288, %6289 : f64[] @ models/lib/nn.yaml:90:7
%6291 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6292 = div %6291, %6290 : f64[] @ models/lib/nn.yaml:90:7
%6293 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6294 = lt %6292, %6293 : bool[] @ models/lib/nn.yaml:90:7
%6295 = cast %6292 : f32[] @ models/lib/nn.yaml:90:7
%6296 = broadcast %6295 : f32[16] @ models/lib/nn.yaml:90:7
%6297 = mul %6283, %6296 : f32[16] @ models/lib/nn.yaml:90:7
%6298 = broadcast %6294 : bool[16] @ models/lib/nn.yaml:90:7
%6299 = select %6298, %6297, %6283 : f32[16] @ models/lib/nn.yaml:90:7
%6300 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6301 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6302 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6303 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6304 = add %6302, %6303 : i64[] @ models/lib/nn.yaml:90:7
%6305 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6306 = cast %6305 : f32[] @ models/lib/nn.yaml:90:7
%6307 = broadcast %6306 : f32[16] @ models/lib/nn.yaml:90:7
%6308 = mul %6299, %6307 : f32[16] @ models/lib/nn.yaml:90:7
%6309 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6310 = cast %6309 : f32[] @ models/lib/nn.yaml:90:7
%6311 = broadcast %6310 : f32[16] @ models/lib/nn.yaml:90:7
%6312 = mul %6300, %6311 : f32[16] @ models/lib/nn.yaml:90:7
%6313 = add %6312, %6308 : f32[16] @ models/lib/nn.yaml:90:7
%6314 = mul %6299, %6299 : f32[16] @ models/lib/nn.yaml:90:7
%6315 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6316 = cast %6315 : f32[] @ models/lib/nn.yaml:90:7
%6317 = broadcast %6316 : f32[16] @ models/lib/nn.yaml:90:7
%6318 = mul %6314, %6317 : f32[16] @ models/lib/nn.yaml:90:7
%6319 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6320 = cast %6319 : f32[] @ models/lib/nn.yaml:90:7
%6321 = broadcast %6320 : f32[16] @ models/lib/nn.yaml:90:7
%6322 = mul %6301, %6321 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = add %6322, %6318 : f32[16] @ models/lib/nn.yaml:90:7
%6324 = cast %6304 : f64[] @ models/lib/nn.yaml:90:7
%6325 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6326 = pow %6325, %6324 : f64[] @ models/lib/nn.yaml:90:7
%6327 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6328 = sub %6327, %6326 : f64[] @ models/lib/nn.yaml:90:7
%6329 = div %3776, %6328 : f64[] @ models/lib/nn.yaml:90:7
%6330 = cast %6304 : f64[] @ models/lib/nn.yaml:90:7
%6331 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6332 = pow %6331, %6330 : f64[] @ models/lib/nn.yaml:90:7
%6333 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6334 = sub %6333, %6332 : f64[] @ models/lib/nn.yaml:90:7
%6335 = sqrt %6334 : f64[] @ models/lib/nn.yaml:90:7
%6336 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6337 = div %6336, %6335 : f64[] @ models/lib/nn.yaml:90:7
%6338 = sqrt %6323 : f32[16] @ models/lib/nn.yaml:90:7
%6339 = cast %6337 : f32[] @ models/lib/nn.yaml:90:7
%6340 = broadcast %6339 : f32[16] @ models/lib/nn.yaml:90:7
%6341 = mul %6338, %6340 : f32[16] @ models/lib/nn.yaml:90:7
%6342 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6343 = cast %6342 : f32[] @ models/lib/nn.yaml:90:7
%6344 = broadcast %6343 : f32[16] @ models/lib/nn.yaml:90:7
%6345 = add %6341, %6344 : f32[16] @ models/lib/nn.yaml:90:7
%6346 = div %6313, %6345 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = cast %6329 : f32[] @ models/lib/nn.yaml:90:7
%6348 = broadcast %6347 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = mul %6346, %6348 : f32[16] @ models/lib/nn.yaml:90:7
%6350 = sub %11, %6349 : f32[16] @ models/lib/nn.yaml:90:7
%6351 = assign %11, %6350 : f32[16] @ models/lib/nn.yaml:90:7
%6352 = assign %6300, %6313 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = assign %6301, %6323 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = assign %6302, %6304 : i64[] @ models/lib/nn.yaml:90:7
%6355 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%6356 = broadcast %6355 : f32[16] @ models/lib/nn.yaml:90:7
%6357 = mul %89, %6356 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6359 = sub %6358, %3778 : f64[] @ models/lib/nn.yaml:90:7
%6360 = cast %6359 : f32[] @ models/lib/nn.yaml:90:7
%6361 = broadcast %6360 : f32[16] @ models/lib/nn.yaml:90:7
%6362 = mul %6350, %6361 : f32[16] @ models/lib/nn.yaml:90:7
%6363 = add %6357, %6362 : f32[16] @ models/lib/nn.yaml:90:7
%6364 = assign %89, %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = all_reduce_sum %5898 : f32[48,16] @ models/lib/nn.yaml:79:7
%6366 = reshape %6365 : f32[768] @ models/lib/nn.yaml:79:7
%6367 = mul %6366, %6366 : f32[768] @ models/lib/nn.yaml:79:7
%6368 = reduce_sum %6367 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6369 = sqrt %6368 : f32[] @ models/lib/nn.yaml:79:7
%6370 = cast %6369 : f64[] @ models/lib/nn.yaml:79:7
%6371 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6372 = add %6370, %6371 : f64[] @ models/lib/nn.yaml:79:7
%6373 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6374 = div %6373, %6372 : f64[] @ models/lib/nn.yaml:79:7
%6375 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6376 = lt %6374, %6375 : bool[] @ models/lib/nn.yaml:79:7
%6377 = cast %6374 : f32[] @ models/lib/nn.yaml:79:7
%6378 = broadcast %6377 : f32[48,16] @ models/lib/nn.yaml:79:7
%6379 = mul %6365, %6378 : f32[48,16] @ models/lib/nn.yaml:79:7
%6380 = broadcast %6376 : bool[48,16] @ models/lib/nn.yaml:79:7
%6381 = select %6380, %6379, %6365 : f32[48,16] @ models/lib/nn.yaml:79:7
%6382 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6383 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6384 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6385 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6386 = add %6384, %6385 : i64[] @ models/lib/nn.yaml:79:7
%6387 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%6388 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6389 = sub %6388, %6387 : f64[] @ models/lib/nn.yaml:79:7
%6390 = cast %6389 : f32[] @ models/lib/nn.yaml:79:7
%6391 = broadcast %6390 : f32[48,16] @ models/lib/nn.yaml:79:7
%6392 = mul %12, %6391 : f32[48,16] @ models/lib/nn.yaml:79:7
%6393 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6394 = cast %6393 : f32[] @ models/lib/nn.yaml:79:7
%6395 = broadcast %6394 : f32[48,16] @ models/lib/nn.yaml:79:7
%6396 = mul %6381, %6395 : f32[48,16] @ models/lib/nn.yaml:79:7
%6397 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6398 = cast %6397 : f32[] @ models/lib/nn.yaml:79:7
%6399 = broadcast %6398 : f32[48,16] @ models/lib/nn.yaml:79:7
%6400 = mul %6382, %6399 : f32[48,16] @ models/lib/nn.yaml:79:7
%6401 = add %6400, %6396 : f32[48,16] @ models/lib/nn.yaml:79:7
%6402 = mul %6381, %6381 : f32[48,16] @ models/lib/nn.yaml:79:7
%6403 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6404 = cast %6403 : f32[] @ models/lib/nn.yaml:79:7
%6405 = broadcast %6404 : f32[48,16] @ models/lib/nn.yaml:79:7
%6406 = mul %6402, %6405 : f32[48,16] @ models/lib/nn.yaml:79:7
%6407 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6408 = cast %6407 : f32[] @ models/lib/nn.yaml:79:7
%6409 = broadcast %6408 : f32[48,16] @ models/lib/nn.yaml:79:7
%6410 = mul %6383, %6409 : f32[48,16] @ models/lib/nn.yaml:79:7
%6411 = add %6410, %6406 : f32[48,16] @ models/lib/nn.yaml:79:7
%6412 = cast %6386 : f64[] @ models/lib/nn.yaml:79:7
%6413 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6414 = pow %6413, %6412 : f64[] @ models/lib/nn.yaml:79:7
%6415 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6416 = sub %6415, %6414 : f64[] @ models/lib/nn.yaml:79:7
%6417 = div %3776, %6416 : f64[] @ models/lib/nn.yaml:79:7
%6418 = cast %6386 : f64[] @ models/lib/nn.yaml:79:7
%6419 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6420 = pow %6419, %6418 : f64[] @ models/lib/nn.yaml:79:7
%6421 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6422 = sub %6421, %6420 : f64[] @ models/lib/nn.yaml:79:7
%6423 = sqrt %6422 : f64[] @ models/lib/nn.yaml:79:7
%6424 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6425 = div %6424, %6423 : f64[] @ models/lib/nn.yaml:79:7
%6426 = sqrt %6411 : f32[48,16] @ models/lib/nn.yaml:79:7
%6427 = cast %6425 : f32[] @ models/lib/nn.yaml:79:7
%6428 = broadcast %6427 : f32[48,16] @ models/lib/nn.yaml:79:7
%6429 = mul %6426, %6428 : f32[48,16] @ models/lib/nn.yaml:79:7
%6430 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6431 = cast %6430 : f32[] @ models/lib/nn.yaml:79:7
%6432 = broadcast %6431 : f32[48,16] @ models/lib/nn.yaml:79:7
%6433 = add %6429, %6432 : f32[48,16] @ models/lib/nn.yaml:79:7
%6434 = div %6401, %6433 : f32[48,16] @ models/lib/nn.yaml:79:7
%6435 = cast %6417 : f32[] @ models/lib/nn.yaml:79:7
%6436 = broadcast %6435 : f32[48,16] @ models/lib/nn.yaml:79:7
%6437 = mul %6434, %6436 : f32[48,16] @ models/lib/nn.yaml:79:7
%6438 = sub %6392, %6437 : f32[48,16] @ models/lib/nn.yaml:79:7
%6439 = assign %12, %6438 : f32[48,16] @ models/lib/nn.yaml:79:7
%6440 = assign %6382, %6401 : f32[48,16] @ models/lib/nn.yaml:79:7
%6441 = assign %6383, %6411 : f32[48,16] @ models/lib/nn.yaml:79:7
%6442 = assign %6384, %6386 : i64[] @ models/lib/nn.yaml:79:7
%6443 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%6444 = broadcast %6443 : f32[48,16] @ models/lib/nn.yaml:79:7
%6445 = mul %90, %6444 : f32[48,16] @ models/lib/nn.yaml:79:7
%6446 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6447 = sub %6446, %3778 : f64[] @ models/lib/nn.yaml:79:7
%6448 = cast %6447 : f32[] @ models/lib/nn.yaml:79:7
%6449 = broadcast %6448 : f32[48,16] @ models/lib/nn.yaml:79:7
%6450 = mul %6438, %6449 : f32[48,16] @ models/lib/nn.yaml:79:7
%6451 = add %6445, %6450 : f32[48,16] @ models/lib/nn.yaml:79:7
%6452 = assign %90, %6451 : f32[48,16] @ models/lib/nn.yaml:79:7
%6453 = all_reduce_sum %5890 : f32[48] @ models/lib/nn.yaml:80:7
%6454 = reshape %6453 : f32[48] @ models/lib/nn.yaml:80:7
%6455 = mul %6454, %6454 : f32[48] @ models/lib/nn.yaml:80:7
%6456 = reduce_sum %6455 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6457 = sqrt %6456 : f32[] @ models/lib/nn.yaml:80:7
%6458 = cast %6457 : f64[] @ models/lib/nn.yaml:80:7
%6459 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6460 = add %6458, %6459 : f64[] @ models/lib/nn.yaml:80:7
%6461 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6462 = div %6461, %6460 : f64[] @ models/lib/nn.yaml:80:7
%6463 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6464 = lt %6462, %6463 : bool[] @ models/lib/nn.yaml:80:7
%6465 = cast %6462 : f32[] @ models/lib/nn.yaml:80:7
%6466 = broadcast %6465 : f32[48] @ models/lib/nn.yaml:80:7
%6467 = mul %6453, %6466 : f32[48] @ models/lib/nn.yaml:80:7
%6468 = broadcast %6464 : bool[48] @ models/lib/nn.yaml:80:7
%6469 = select %6468, %6467, %6453 : f32[48] @ models/lib/nn.yaml:80:7
%6470 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6471 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6472 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6473 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6474 = add %6472, %6473 : i64[] @ models/lib/nn.yaml:80:7
%6475 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6476 = cast %6475 : f32[] @ models/lib/nn.yaml:80:7
%6477 = broadcast %6476 : f32[48] @ models/lib/nn.yaml:80:7
%6478 = mul %6469, %6477 : f32[48] @ models/lib/nn.yaml:80:7
%6479 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6480 = cast %6479 : f32[] @ models/lib/nn.yaml:80:7
%6481 = broadcast %6480 : f32[48] @ models/lib/nn.yaml:80:7
%6482 = mul %6470, %6481 : f32[48] @ models/lib/nn.yaml:80:7
%6483 = add %6482, %6478 : f32[48] @ models/lib/nn.yaml:80:7
%6484 = mul %6469, %6469 : f32[48] @ models/lib/nn.yaml:80:7
%6485 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6486 = cast %6485 : f32[] @ models/lib/nn.yaml:80:7
%6487 = broadcast %6486 : f32[48] @ models/lib/nn.yaml:80:7
%6488 = mul %6484, %6487 : f32[48] @ models/lib/nn.yaml:80:7
%6489 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6490 = cast %6489 : f32[] @ models/lib/nn.yaml:80:7
%6491 = broadcast %6490 : f32[48] @ models/lib/nn.yaml:80:7
%6492 = mul %6471, %6491 : f32[48] @ models/lib/nn.yaml:80:7
%6493 = add %6492, %6488 : f32[48] @ models/lib/nn.yaml:80:7
%6494 = cast %6474 : f64[] @ models/lib/nn.yaml:80:7
%6495 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6496 = pow %6495, %6494 : f64[] @ models/lib/nn.yaml:80:7
%6497 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6498 = sub %6497, %6496 : f64[] @ models/lib/nn.yaml:80:7
%6499 = div %3776, %6498 : f64[] @ models/lib/nn.yaml:80:7
%6500 = cast %6474 : f64[] @ models/lib/nn.yaml:80:7
%6501 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6502 = pow %6501, %6500 : f64[] @ models/lib/nn.yaml:80:7
%6503 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6504 = sub %6503, %6502 : f64[] @ models/lib/nn.yaml:80:7
%6505 = sqrt %6504 : f64[] @ models/lib/nn.yaml:80:7
%6506 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6507 = div %6506, %6505 : f64[] @ models/lib/nn.yaml:80:7
%6508 = sqrt %6493 : f32[48] @ models/lib/nn.yaml:80:7
%6509 = cast %6507 : f32[] @ models/lib/nn.yaml:80:7
%6510 = broadcast %6509 : f32[48] @ models/lib/nn.yaml:80:7
%6511 = mul %6508, %6510 : f32[48] @ models/lib/nn.yaml:80:7
%6512 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6513 = cast %6512 : f32[] @ models/lib/nn.yaml:80:7
%6514 = broadcast %6513 : f32[48] @ models/lib/nn.yaml:80:7
%6515 = add %6511, %6514 : f32[48] @ models/lib/nn.yaml:80:7
%6516 = div %6483, %6515 : f32[48] @ models/lib/nn.yaml:80:7
%6517 = cast %6499 : f32[] @ models/lib/nn.yaml:80:7
%6518 = broadcast %6517 : f32[48] @ models/lib/nn.yaml:80:7
%6519 = mul %6516, %6518 : f32[48] @ models/lib/nn.yaml:80:7
%6520 = sub %13, %6519 : f32[48] @ models/lib/nn.yaml:80:7
%6521 = assign %13, %6520 : f32[48] @ models/lib/nn.yaml:80:7
%6522 = assign %6470, %6483 : f32[48] @ models/lib/nn.yaml:80:7
%6523 = assign %6471, %6493 : f32[48] @ models/lib/nn.yaml:80:7
%6524 = assign %6472, %6474 : i64[] @ models/lib/nn.yaml:80:7
%6525 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%6526 = broadcast %6525 : f32[48] @ models/lib/nn.yaml:80:7
%6527 = mul %91, %6526 : f32[48] @ models/lib/nn.yaml:80:7
%6528 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6529 = sub %6528, %3778 : f64[] @ models/lib/nn.yaml:80:7
%6530 = cast %6529 : f32[] @ models/lib/nn.yaml:80:7
%6531 = broadcast %6530 : f32[48] @ models/lib/nn.yaml:80:7
%6532 = mul %6520, %6531 : f32[48] @ models/lib/nn.yaml:80:7
%6533 = add %6527, %6532 : f32[48] @ models/lib/nn.yaml:80:7
%6534 = assign %91, %6533 : f32[48] @ models/lib/nn.yaml:80:7
%6535 = all_reduce_sum %5823 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = reshape %6535 : f32[256] @ models/lib/nn.yaml:79:7
%6537 = mul %6536, %6536 : f32[256] @ models/lib/nn.yaml:79:7
%6538 = reduce_sum %6537 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6539 = sqrt %6538 : f32[] @ models/lib/nn.yaml:79:7
%6540 = cast %6539 : f64[] @ models/lib/nn.yaml:79:7
%6541 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6542 = add %6540, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6543 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6544 = div %6543, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6545 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6546 = lt %6544, %6545 : bool[] @ models/lib/nn.yaml:79:7
%6547 = cast %6544 : f32[] @ models/lib/nn.yaml:79:7
%6548 = broadcast %6547 : f32[16,16] @ models/lib/nn.yaml:79:7
%6549 = mul %6535, %6548 : f32[16,16] @ models/lib/nn.yaml:79:7
%6550 = broadcast %6546 : bool[16,16] @ models/lib/nn.yaml:79:7
%6551 = select %6550, %6549, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%6552 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6553 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6554 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6555 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6556 = add %6554, %6555 : i64[] @ models/lib/nn.yaml:79:7
%6557 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%6558 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6559 = sub %6558, %6557 : f64[] @ models/lib/nn.yaml:79:7
%6560 = cast %6559 : f32[] @ models/lib/nn.yaml:79:7
%6561 = broadcast %6560 : f32[16,16] @ models/lib/nn.yaml:79:7
%6562 = mul %14, %6561 : f32[16,16] @ models/lib/nn.yaml:79:7
%6563 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6564 = cast %6563 : f32[] @ models/lib/nn.yaml:79:7
%6565 = broadcast %6564 : f32[16,16] @ models/lib/nn.yaml:79:7
%6566 = mul %6551, %6565 : f32[16,16] @ models/lib/nn.yaml:79:7
%6567 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6568 = cast %6567 : f32[] @ models/lib/nn.yaml:79:7
%6569 = broadcast %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%6570 = mul %6552, %6569 : f32[16,16] @ models/lib/nn.yaml:79:7
%6571 = add %6570, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%6572 = mul %6551, %6551 : f32[16,16] @ models/lib/nn.yaml:79:7
%6573 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6574 = cast %6573 : f32[] @ models/lib/nn.yaml:79:7
%6575 = broadcast %6574 : f32[16,16] @ models/lib/nn.yaml:79:7
%6576 = mul %6572, %6575 : f32[16,16] @ models/lib/nn.yaml:79:7
%6577 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6578 = cast %6577 : f32[] @ models/lib/nn.yaml:79:7
%6579 = broadcast %6578 : f32[16,16] @ models/lib/nn.yaml:79:7
%6580 = mul %6553, %6579 : f32[16,16] @ models/lib/nn.yaml:79:7
%6581 = add %6580, %6576 : f32[16,16] @ models/lib/nn.yaml:79:7
%6582 = cast %6556 : f64[] @ models/lib/nn.yaml:79:7
%6583 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6584 = pow %6583, %6582 : f64[] @ models/lib/nn.yaml:79:7
%6585 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6586 = sub %6585, %6584 : f64[] @ models/lib/nn.yaml:79:7
%6587 = div %3776, %6586 : f64[] @ models/lib/nn.yaml:79:7
%6588 = cast %6556 : f64[] @ models/lib/nn.yaml:79:7
%6589 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6590 = pow %6589, %6588 : f64[] @ models/lib/nn.yaml:79:7
%6591 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6592 = sub %6591, %6590 : f64[] @ models/lib/nn.yaml:79:7
%6593 = sqrt %6592 : f64[] @ models/lib/nn.yaml:79:7
%6594 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6595 = div %6594, %6593 : f64[] @ models/lib/nn.yaml:79:7
%6596 = sqrt %6581 : f32[16,16] @ models/lib/nn.yaml:79:7
%6597 = cast %6595 : f32[] @ models/lib/nn.yaml:79:7
%6598 = broadcast %6597 : f32[16,16] @ models/lib/nn.yaml:79:7
%6599 = mul %6596, %6598 : f32[16,16] @ models/lib/nn.yaml:79:7
%6600 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6601 = cast %6600 : f32[] @ models/lib/nn.yaml:79:7
%6602 = broadcast %6601 : f32[16,16] @ models/lib/nn.yaml:79:7
%6603 = add %6599, %6602 : f32[16,16] @ models/lib/nn.yaml:79:7
%6604 = div %6571, %6603 : f32[16,16] @ models/lib/nn.yaml:79:7
%6605 = cast %6587 : f32[] @ models/lib/nn.yaml:79:7
%6606 = broadcast %6605 : f32[16,16] @ models/lib/nn.yaml:79:7
%6607 = mul %6604, %6606 : f32[16,16] @ models/lib/nn.yaml:79:7
%6608 = sub %6562, %6607 : f32[16,16] @ models/lib/nn.yaml:79:7
%6609 = assign %14, %6608 : f32[16,16] @ models/lib/nn.yaml:79:7
%6610 = assign %6552, %6571 : f32[16,16] @ models/lib/nn.yaml:79:7
%6611 = assign %6553, %6581 : f32[16,16] @ models/lib/nn.yaml:79:7
%6612 = assign %6554, %6556 : i64[] @ models/lib/nn.yaml:79:7
%6613 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%6614 = broadcast %6613 : f32[16,16] @ models/lib/nn.yaml:79:7
%6615 = mul %92, %6614 : f32[16,16] @ models/lib/nn.yaml:79:7
%6616 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6617 = sub %6616, %3778 : f64[] @ models/lib/nn.yaml:79:7
%6618 = cast %6617 : f32[] @ models/lib/nn.yaml:79:7
%6619 = broadcast %6618 : f32[16,16] @ models/lib/nn.yaml:79:7
%6620 = mul %6608, %6619 : f32[16,16] @ models/lib/nn.yaml:79:7
%6621 = add %6615, %6620 : f32[16,16] @ models/lib/nn.yaml:79:7
%6622 = assign %92, %6621 : f32[16,16] @ models/lib/nn.yaml:79:7
%6623 = all_reduce_sum %5815 : f32[16] @ models/lib/nn.yaml:80:7
%6624 = reshape %6623 : f32[16] @ models/lib/nn.yaml:80:7
%6625 = mul %6624, %6624 : f32[16] @ models/lib/nn.yaml:80:7
%6626 = reduce_sum %6625 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6627 = sqrt %6626 : f32[] @ models/lib/nn.yaml:80:7
%6628 = cast %6627 : f64[] @ models/lib/nn.yaml:80:7
%6629 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6630 = add %6628, %6629 : f64[] @ models/lib/nn.yaml:80:7
%6631 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6632 = div %6631, %6630 : f64[] @ models/lib/nn.yaml:80:7
%6633 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6634 = lt %6632, %6633 : bool[] @ models/lib/nn.yaml:80:7
%6635 = cast %6632 : f32[] @ models/lib/nn.yaml:80:7
%6636 = broadcast %6635 : f32[16] @ models/lib/nn.yaml:80:7
%6637 = mul %6623, %6636 : f32[16] @ models/lib/nn.yaml:80:7
%6638 = broadcast %6634 : bool[16] @ models/lib/nn.yaml:80:7
%6639 = select %6638, %6637, %6623 : f32[16] @ models/lib/nn.yaml:80:7
%6640 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6641 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6642 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6643 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6644 = add %6642, %6643 : i64[] @ models/lib/nn.yaml:80:7
%6645 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6646 = cast %6645 : f32[] @ models/lib/nn.yaml:80:7
%6647 = broadcast %6646 : f32[16] @ models/lib/nn.yaml:80:7
%6648 = mul %6639, %6647 : f32[16] @ models/lib/nn.yaml:80:7
%6649 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6650 = cast %6649 : f32[] @ models/lib/nn.yaml:80:7
%6651 = broadcast %6650 : f32[16] @ models/lib/nn.yaml:80:7
%6652 = mul %6640, %6651 : f32[16] @ models/lib/nn.yaml:80:7
%6653 = add %6652, %6648 : f32[16] @ models/lib/nn.yaml:80:7
%6654 = mul %6639, %6639 : f32[16] @ models/lib/nn.yaml:80:7
%6655 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6656 = cast %6655 : f32[] @ models/lib/nn.yaml:80:7
%6657 = broadcast %6656 : f32[16] @ models/lib/nn.yaml:80:7
%6658 = mul %6654, %6657 : f32[16] @ models/lib/nn.yaml:80:7
%6659 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6660 = cast %6659 : f32[] @ models/lib/nn.yaml:80:7
%6661 = broadcast %6660 : f32[16] @ models/lib/nn.yaml:80:7
%6662 = mul %6641, %6661 : f32[16] @ models/lib/nn.yaml:80:7
%6663 = add %6662, %6658 : f32[16] @ models/lib/nn.yaml:80:7
%6664 = cast %6644 : f64[] @ models/lib/nn.yaml:80:7
%6665 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6666 = pow %6665, %6664 : f64[] @ models/lib/nn.yaml:80:7
%6667 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6668 = sub %6667, %6666 : f64[] @ models/lib/nn.yaml:80:7
%6669 = div %3776, %6668 : f64[] @ models/lib/nn.yaml:80:7
%6670 = cast %6644 : f64[] @ models/lib/nn.yaml:80:7
%6671 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6672 = pow %6671, %6670 : f64[] @ models/lib/nn.yaml:80:7
%6673 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6674 = sub %6673, %6672 : f64[] @ models/lib/nn.yaml:80:7
%6675 = sqrt %6674 : f64[] @ models/lib/nn.yaml:80:7
%6676 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6677 = div %6676, %6675 : f64[] @ models/lib/nn.yaml:80:7
%6678 = sqrt %6663 : f32[16] @ models/lib/nn.yaml:80:7
%6679 = cast %6677 : f32[] @ models/lib/nn.yaml:80:7
%6680 = broadcast %6679 : f32[16] @ models/lib/nn.yaml:80:7
%6681 = mul %6678, %6680 : f32[16] @ models/lib/nn.yaml:80:7
%6682 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6683 = cast %6682 : f32[] @ models/lib/nn.yaml:80:7
%6684 = broadcast %6683 : f32[16] @ models/lib/nn.yaml:80:7
%6685 = add %6681, %6684 : f32[16] @ models/lib/nn.yaml:80:7
%6686 = div %6653, %6685 : f32[16] @ models/lib/nn.yaml:80:7
%6687 = cast %6669 : f32[] @ models/lib/nn.yaml:80:7
%6688 = broadcast %6687 : f32[16] @ models/lib/nn.yaml:80:7
%6689 = mul %6686, %6688 : f32[16] @ models/lib/nn.yaml:80:7
%6690 = sub %15, %6689 : f32[16] @ models/lib/nn.yaml:80:7
%6691 = assign %15, %6690 : f32[16] @ models/lib/nn.yaml:80:7
%6692 = assign %6640, %6653 : f32[16] @ models/lib/nn.yaml:80:7
%6693 = assign %6641, %6663 : f32[16] @ models/lib/nn.yaml:80:7
%6694 = assign %6642, %6644 : i64[] @ models/lib/nn.yaml:80:7
%6695 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%6696 = broadcast %6695 : f32[16] @ models/lib/nn.yaml:80:7
%6697 = mul %93, %6696 : f32[16] @ models/lib/nn.yaml:80:7
%6698 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6699 = sub %6698, %3778 : f64[] @ models/lib/nn.yaml:80:7
%6700 = cast %6699 : f32[] @ models/lib/nn.yaml:80:7
%6701 = broadcast %6700 : f32[16] @ models/lib/nn.yaml:80:7
%6702 = mul %6690, %6701 : f32[16] @ models/lib/nn.yaml:80:7
%6703 = add %6697, %6702 : f32[16] @ models/lib/nn.yaml:80:7
%6704 = assign %93, %6703 : f32[16] @ models/lib/nn.yaml:80:7
%6705 = all_reduce_sum %5791 : f32[16] @ models/lib/nn.yaml:89:7
%6706 = reshape %6705 : f32[16] @ models/lib/nn.yaml:89:7
%6707 = mul %6706, %6706 : f32[16] @ models/lib/nn.yaml:89:7
%6708 = reduce_sum %6707 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6709 = sqrt %6708 : f32[] @ models/lib/nn.yaml:89:7
%6710 = cast %6709 : f64[] @ models/lib/nn.yaml:89:7
%6711 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%6712 = add %6710, %6711 : f64[] @ models/lib/nn.yaml:89:7
%6713 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%6714 = div %6713, %6712 : f64[] @ models/lib/nn.yaml:89:7
%6715 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6716 = lt %6714, %6715 : bool[] @ models/lib/nn.yaml:89:7
%6717 = cast %6714 : f32[] @ models/lib/nn.yaml:89:7
%6718 = broadcast %6717 : f32[16] @ models/lib/nn.yaml:89:7
%6719 = mul %6705, %6718 : f32[16] @ models/lib/nn.yaml:89:7
%6720 = broadcast %6716 : bool[16] @ models/lib/nn.yaml:89:7
%6721 = select %6720, %6719, %6705 : f32[16] @ models/lib/nn.yaml:89:7
%6722 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6723 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6724 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6725 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6726 = add %6724, %6725 : i64[] @ models/lib/nn.yaml:89:7
%6727 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6728 = cast %6727 : f32[] @ models/lib/nn.yaml:89:7
%6729 = broadcast %6728 : f32[16] @ models/lib/nn.yaml:89:7
%6730 = mul %6721, %6729 : f32[16] @ models/lib/nn.yaml:89:7
%6731 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6732 = cast %6731 : f32[] @ models/lib/nn.yaml:89:7
%6733 = broadcast %6732 : f32[16] @ models/lib/nn.yaml:89:7
%6734 = mul %6722, %6733 : f32[16] @ models/lib/nn.yaml:89:7
%6735 = add %6734, %6730 : f32[16] @ models/lib/nn.yaml:89:7
%6736 = mul %6721, %6721 : f32[16] @ models/lib/nn.yaml:89:7
%6737 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6738 = cast %6737 : f32[] @ models/lib/nn.yaml:89:7
%6739 = broadcast %6738 : f32[16] @ models/lib/nn.yaml:89:7
%6740 = mul %6736, %6739 : f32[16] @ models/lib/nn.yaml:89:7
%6741 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6742 = cast %6741 : f32[] @ models/lib/nn.yaml:89:7
%6743 = broadcast %6742 : f32[16] @ models/lib/nn.yaml:89:7
%6744 = mul %6723, %6743 : f32[16] @ models/lib/nn.yaml:89:7
%6745 = add %6744, %6740 : f32[16] @ models/lib/nn.yaml:89:7
%6746 = cast %6726 : f64[] @ models/lib/nn.yaml:89:7
%6747 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6748 = pow %6747, %6746 : f64[] @ models/lib/nn.yaml:89:7
%6749 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6750 = sub %6749, %6748 : f64[] @ models/lib/nn.yaml:89:7
%6751 = div %3776, %6750 : f64[] @ models/lib/nn.yaml:89:7
%6752 = cast %6726 : f64[] @ models/lib/nn.yaml:89:7
%6753 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6754 = pow %6753, %6752 : f64[] @ models/lib/nn.yaml:89:7
%6755 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6756 = sub %6755, %6754 : f64[] @ models/lib/nn.yaml:89:7
%6757 = sqrt %6756 : f64[] @ models/lib/nn.yaml:89:7
%6758 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6759 = div %6758, %6757 : f64[] @ models/lib/nn.yaml:89:7
%6760 = sqrt %6745 : f32[16] @ models/lib/nn.yaml:89:7
%6761 = cast %6759 : f32[] @ models/lib/nn.yaml:89:7
%6762 = broadcast %6761 : f32[16] @ models/lib/nn.yaml:89:7
%6763 = mul %6760, %6762 : f32[16] @ models/lib/nn.yaml:89:7
%6764 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6765 = cast %6764 : f32[] @ models/lib/nn.yaml:89:7
%6766 = broadcast %6765 : f32[16] @ models/lib/nn.yaml:89:7
%6767 = add %6763, %6766 : f32[16] @ models/lib/nn.yaml:89:7
%6768 = div %6735, %6767 : f32[16] @ models/lib/nn.yaml:89:7
%6769 = cast %6751 : f32[] @ models/lib/nn.yaml:89:7
%6770 = broadcast %6769 : f32[16] @ models/lib/nn.yaml:89:7
%6771 = mul %6768, %6770 : f32[16] @ models/lib/nn.yaml:89:7
%6772 = sub %16, %6771 : f32[16] @ models/lib/nn.yaml:89:7
%6773 = assign %16, %6772 : f32[16] @ models/lib/nn.yaml:89:7
%6774 = assign %6722, %6735 : f32[16] @ models/lib/nn.yaml:89:7
%6775 = assign %6723, %6745 : f32[16] @ models/lib/nn.yaml:89:7
%6776 = assign %6724, %6726 : i64[] @ models/lib/nn.yaml:89:7
%6777 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%6778 = broadcast %6777 : f32[16] @ models/lib/nn.yaml:89:7
%6779 = mul %94, %6778 : f32[16] @ models/lib/nn.yaml:89:7
%6780 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6781 = sub %6780, %3778 : f64[] @ models/lib/nn.yaml:89:7
%6782 = cast %6781 : f32[] @ models/lib/nn.yaml:89:7
%6783 = broadcast %6782 : f32[16] @ models/lib/nn.yaml:89:7
%6784 = mul %6772, %6783 : f32[16] @ models/lib/nn.yaml:89:7
%6785 = add %6779, %6784 : f32[16] @ models/lib/nn.yaml:89:7
%6786 = assign %94, %6785 : f32[16] @ models/lib/nn.yaml:89:7
%6787 = all_reduce_sum %5784 : f32[16] @ models/lib/nn.yaml:90:7
%6788 = reshape %6787 : f32[16] @ models/lib/nn.yaml:90:7
%6789 = mul %6788, %6788 : f32[16] @ models/lib/nn.yaml:90:7
%6790 = reduce_sum %6789 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6791 = sqrt %6790 : f32[] @ models/lib/nn.yaml:90:7
%6792 = cast %6791 : f64[] @ models/lib/nn.yaml:90:7
%6793 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%6794 = add %6792, %6793 : f64[] @ models/lib/nn.yaml:90:7
%6795 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%6796 = div %6795, %6794 : f64[] @ models/lib/nn.yaml:90:7
%6797 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6798 = lt %6796, %6797 : bool[] @ models/lib/nn.yaml:90:7
%6799 = cast %6796 : f32[] @ models/lib/nn.yaml:90:7
%6800 = broadcast %6799 : f32[16] @ models/lib/nn.yaml:90:7
%6801 = mul %6787, %6800 : f32[16] @ models/lib/nn.yaml:90:7
%6802 = broadcast %6798 : bool[16] @ models/lib/nn.yaml:90:7
%6803 = select %6802, %6801, %6787 : f32[16] @ models/lib/nn.yaml:90:7
%6804 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6805 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6806 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6807 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6808 = add %6806, %6807 : i64[] @ models/lib/nn.yaml:90:7
%6809 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6810 = cast %6809 : f32[] @ models/lib/nn.yaml:90:7
%6811 = broadcast %6810 : f32[16] @ models/lib/nn.yaml:90:7
%6812 = mul %6803, %6811 : f32[16] @ models/lib/nn.yaml:90:7
%6813 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6814 = cast %6813 : f32[] @ models/lib/nn.yaml:90:7
%6815 = broadcast %6814 : f32[16] @ models/lib/nn.yaml:90:7
%6816 = mul %6804, %6815 : f32[16] @ models/lib/nn.yaml:90:7
%6817 = add %6816, %6812 : f32[16] @ models/lib/nn.yaml:90:7
%6818 = mul %6803, %6803 : f32[16] @ models/lib/nn.yaml:90:7
%6819 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6820 = cast %6819 : f32[] @ models/lib/nn.yaml:90:7
%6821 = broadcast %6820 : f32[16] @ models/lib/nn.yaml:90:7
%6822 = mul %6818, %6821 : f32[16] @ models/lib/nn.yaml:90:7
%6823 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6824 = cast %6823 : f32[] @ models/lib/nn.yaml:90:7
%6825 = broadcast %6824 : f32[16] @ models/lib/nn.yaml:90:7
%6826 = mul %6805, %6825 : f32[16] @ models/lib/nn.yaml:90:7
%6827 = add %6826, %6822 : f32[16] @ models/lib/nn.yaml:90:7
%6828 = cast %6808 : f64[] @ models/lib/nn.yaml:90:7
%6829 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6830 = pow %6829, %6828 : f64[] @ models/lib/nn.yaml:90:7
%6831 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6832 = sub %6831, %6830 : f64[] @ models/lib/nn.yaml:90:7
%6833 = div %3776, %6832 : f64[] @ models/lib/nn.yaml:90:7
%6834 = cast %6808 : f64[] @ models/lib/nn.yaml:90:7
%6835 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6836 = pow %6835, %6834 : f64[] @ models/lib/nn.yaml:90:7
%6837 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6838 = sub %6837, %6836 : f64[] @ models/lib/nn.yaml:90:7
%6839 = sqrt %6838 : f64[] @ models/lib/nn.yaml:90:7
%6840 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6841 = div %6840, %6839 : f64[] @ models/lib/nn.yaml:90:7
%6842 = sqrt %6827 : f32[16] @ models/lib/nn.yaml:90:7
%6843 = cast %6841 : f32[] @ models/lib/nn.yaml:90:7
%6844 = broadcast %6843 : f32[16] @ models/lib/nn.yaml:90:7
%6845 = mul %6842, %6844 : f32[16] @ models/lib/nn.yaml:90:7
%6846 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6847 = cast %6846 : f32[] @ models/lib/nn.yaml:90:7
%6848 = broadcast %6847 : f32[16] @ models/lib/nn.yaml:90:7
%6849 = add %6845, %6848 : f32[16] @ models/lib/nn.yaml:90:7
%6850 = div %6817, %6849 : f32[16] @ models/lib/nn.yaml:90:7
%6851 = cast %6833 : f32[] @ models/lib/nn.yaml:90:7
%6852 = broadcast %6851 : f32[16] @ models/lib/nn.yaml:90:7
%6853 = mul %6850, %6852 : f32[16] @ models/lib/nn.yaml:90:7
%6854 = sub %17, %6853 : f32[16] @ models/lib/nn.yaml:90:7
%6855 = assign %17, %6854 : f32[16] @ models/lib/nn.yaml:90:7
%6856 = assign %6804, %6817 : f32[16] @ models/lib/nn.yaml:90:7
%6857 = assign %6805, %6827 : f32[16] @ models/lib/nn.yaml:90:7
%6858 = assign %6806, %6808 : i64[] @ models/lib/nn.yaml:90:7
%6859 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%6860 = broadcast %6859 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = mul %95, %6860 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6863 = sub %6862, %3778 : f64[] @ models/lib/nn.yaml:90:7
%6864 = cast %6863 : f32[] @ models/lib/nn.yaml:90:7
%6865 = broadcast %6864 : f32[16] @ models/lib/nn.yaml:90:7
%6866 = mul %6854, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%6867 = add %6861, %6866 : f32[16] @ models/lib/nn.yaml:90:7
%6868 = assign %95, %6867 : f32[16] @ models/lib/nn.yaml:90:7
%6869 = all_reduce_sum %5780 : f32[64,16] @ models/lib/nn.yaml:79:7
%6870 = reshape %6869 : f32[1024] @ models/lib/nn.yaml:79:7
%6871 = mul %6870, %6870 : f32[1024] @ models/lib/nn.yaml:79:7
%6872 = reduce_sum %6871 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6873 = sqrt %6872 : f32[] @ models/lib/nn.yaml:79:7
%6874 = cast %6873 : f64[] @ models/lib/nn.yaml:79:7
%6875 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%6876 = add %6874, %6875 : f64[] @ models/lib/nn.yaml:79:7
%6877 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%6878 = div %6877, %6876 : f64[] @ models/lib/nn.yaml:79:7
%6879 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6880 = lt %6878, %6879 : bool[] @ models/lib/nn.yaml:79:7
%6881 = cast %6878 : f32[] @ models/lib/nn.yaml:79:7
%6882 = broadcast %6881 : f32[64,16] @ models/lib/nn.yaml:79:7
%6883 = mul %6869, %6882 : f32[64,16] @ models/lib/nn.yaml:79:7
%6884 = broadcast %6880 : bool[64,16] @ models/lib/nn.yaml:79:7
%6885 = select %6884, %6883, %6869 : f32[64,16] @ models/lib/nn.yaml:79:7
%6886 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6887 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6888 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6889 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6890 = add %6888, %6889 : i64[] @ models/lib/nn.yaml:79:7
%6891 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%6892 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6893 = sub %6892, %6891 : f64[] @ models/lib/nn.yaml:79:7
%6894 = cast %6893 : f32[] @ models/lib/nn.yaml:79:7
%6895 = broadcast %6894 : f32[64,16] @ models/lib/nn.yaml:79:7
%6896 = mul %18, %6895 : f32[64,16] @ models/lib/nn.yaml:79:7
%6897 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6898 = cast %6897 : f32[] @ models/lib/nn.yaml:79:7
%6899 = broadcast %6898 : f32[64,16] @ models/lib/nn.yaml:79:7
%6900 = mul %6885, %6899 : f32[64,16] @ models/lib/nn.yaml:79:7
%6901 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6902 = cast %6901 : f32[] @ models/lib/nn.yaml:79:7
%6903 = broadcast %6902 : f32[64,16] @ models/lib/nn.yaml:79:7
%6904 = mul %6886, %6903 : f32[64,16] @ models/lib/nn.yaml:79:7
%6905 = add %6904, %6900 : f32[64,16] @ models/lib/nn.yaml:79:7
%6906 = mul %6885, %6885 : f32[64,16] @ models/lib/nn.yaml:79:7
%6907 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6908 = cast %6907 : f32[] @ models/lib/nn.yaml:79:7
%6909 = broadcast %6908 : f32[64,16] @ models/lib/nn.yaml:79:7
%6910 = mul %6906, %6909 : f32[64,16] @ models/lib/nn.yaml:79:7
%6911 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6912 = cast %6911 : f32[] @ models/lib/nn.yaml:79:7
%6913 = broadcast %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%6914 = mul %6887, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%6915 = add %6914, %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%6916 = cast %6890 : f64[] @ models/lib/nn.yaml:79:7
%6917 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6918 = pow %6917, %6916 : f64[] @ models/lib/nn.yaml:79:7
%6919 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6920 = sub %6919, %6918 : f64[] @ models/lib/nn.yaml:79:7
%6921 = div %3776, %6920 : f64[] @ models/lib/nn.yaml:79:7
%6922 = cast %6890 : f64[] @ models/lib/nn.yaml:79:7
%6923 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6924 = pow %6923, %6922 : f64[] @ models/lib/nn.yaml:79:7
%6925 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6926 = sub %6925, %6924 : f64[] @ models/lib/nn.yaml:79:7
%6927 = sqrt %6926 : f64[] @ models/lib/nn.yaml:79:7
%6928 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6929 = div %6928, %6927 : f64[] @ models/lib/nn.yaml:79:7
%6930 = sqrt %6915 : f32[64,16] @ models/lib/nn.yaml:79:7
%6931 = cast %6929 : f32[] @ models/lib/nn.yaml:79:7
%6932 = broadcast %6931 : f32[64,16] @ models/lib/nn.yaml:79:7
%6933 = mul %6930, %6932 : f32[64,16] @ models/lib/nn.yaml:79:7
%6934 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6935 = cast %6934 : f32[] @ models/lib/nn.yaml:79:7
%6936 = broadcast %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%6937 = add %6933, %6936 : f32[64,16] @ models/lib/nn.yaml:79:7
%6938 = div %6905, %6937 : f32[64,16] @ models/lib/nn.yaml:79:7
%6939 = cast %6921 : f32[] @ models/lib/nn.yaml:79:7
%6940 = broadcast %6939 : f32[64,16] @ models/lib/nn.yaml:79:7
%6941 = mul %6938, %6940 : f32[64,16] @ models/lib/nn.yaml:79:7
%6942 = sub %6896, %6941 : f32[64,16] @ models/lib/nn.yaml:79:7
%6943 = assign %18, %6942 : f32[64,16] @ models/lib/nn.yaml:79:7
%6944 = assign %6886, %6905 : f32[64,16] @ models/lib/nn.yaml:79:7
%6945 = assign %6887, %6915 : f32[64,16] @ models/lib/nn.yaml:79:7
%6946 = assign %6888, %6890 : i64[] @ models/lib/nn.yaml:79:7
%6947 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%6948 = broadcast %6947 : f32[64,16] @ models/lib/nn.yaml:79:7
%6949 = mul %96, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%6950 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6951 = sub %6950, %3778 : f64[] @ models/lib/nn.yaml:79:7
%6952 = cast %6951 : f32[] @ models/lib/nn.yaml:79:7
%6953 = broadcast %6952 : f32[64,16] @ models/lib/nn.yaml:79:7
%6954 = mul %6942, %6953 : f32[64,16] @ models/lib/nn.yaml:79:7
%6955 = add %6949, %6954 : f32[64,16] @ models/lib/nn.yaml:79:7
%6956 = assign %96, %6955 : f32[64,16] @ models/lib/nn.yaml:79:7
%6957 = all_reduce_sum %5772 : f32[64] @ models/lib/nn.yaml:80:7
%6958 = reshape %6957 : f32[64] @ models/lib/nn.yaml:80:7
%6959 = mul %6958, %6958 : f32[64] @ models/lib/nn.yaml:80:7
%6960 = reduce_sum %6959 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6961 = sqrt %6960 : f32[] @ models/lib/nn.yaml:80:7
%6962 = cast %6961 : f64[] @ models/lib/nn.yaml:80:7
%6963 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%6964 = add %6962, %6963 : f64[] @ models/lib/nn.yaml:80:7
%6965 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%6966 = div %6965, %6964 : f64[] @ models/lib/nn.yaml:80:7
%6967 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6968 = lt %6966, %6967 : bool[] @ models/lib/nn.yaml:80:7
%6969 = cast %6966 : f32[] @ models/lib/nn.yaml:80:7
%6970 = broadcast %6969 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = mul %6957, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%6972 = broadcast %6968 : bool[64] @ models/lib/nn.yaml:80:7
%6973 = select %6972, %6971, %6957 : f32[64] @ models/lib/nn.yaml:80:7
%6974 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6975 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6976 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6977 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6978 = add %6976, %6977 : i64[] @ models/lib/nn.yaml:80:7
%6979 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6980 = cast %6979 : f32[] @ models/lib/nn.yaml:80:7
%6981 = broadcast %6980 : f32[64] @ models/lib/nn.yaml:80:7
%6982 = mul %6973, %6981 : f32[64] @ models/lib/nn.yaml:80:7
%6983 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6984 = cast %6983 : f32[] @ models/lib/nn.yaml:80:7
%6985 = broadcast %6984 : f32[64] @ models/lib/nn.yaml:80:7
%6986 = mul %6974, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%6987 = add %6986, %6982 : f32[64] @ models/lib/nn.yaml:80:7
%6988 = mul %6973, %6973 : f32[64] @ models/lib/nn.yaml:80:7
%6989 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6990 = cast %6989 : f32[] @ models/lib/nn.yaml:80:7
%6991 = broadcast %6990 : f32[64] @ models/lib/nn.yaml:80:7
%6992 = mul %6988, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%6993 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6994 = cast %6993 : f32[] @ models/lib/nn.yaml:80:7
%6995 = broadcast %6994 : f32[64] @ models/lib/nn.yaml:80:7
%6996 = mul %6975, %6995 : f32[64] @ models/lib/nn.yaml:80:7
%6997 = add %6996, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6998 = cast %6978 : f64[] @ models/lib/nn.yaml:80:7
%6999 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7000 = pow %6999, %6998 : f64[] @ models/lib/nn.yaml:80:7
%7001 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7002 = sub %7001, %7000 : f64[] @ models/lib/nn.yaml:80:7
%7003 = div %3776, %7002 : f64[] @ models/lib/nn.yaml:80:7
%7004 = cast %6978 : f64[] @ models/lib/nn.yaml:80:7
%7005 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7006 = pow %7005, %7004 : f64[] @ models/lib/nn.yaml:80:7
%7007 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7008 = sub %7007, %7006 : f64[] @ models/lib/nn.yaml:80:7
%7009 = sqrt %7008 : f64[] @ models/lib/nn.yaml:80:7
%7010 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7011 = div %7010, %7009 : f64[] @ models/lib/nn.yaml:80:7
%7012 = sqrt %6997 : f32[64] @ models/lib/nn.yaml:80:7
%7013 = cast %7011 : f32[] @ models/lib/nn.yaml:80:7
%7014 = broadcast %7013 : f32[64] @ models/lib/nn.yaml:80:7
%7015 = mul %7012, %7014 : f32[64] @ models/lib/nn.yaml:80:7
%7016 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7017 = cast %7016 : f32[] @ models/lib/nn.yaml:80:7
%7018 = broadcast %7017 : f32[64] @ models/lib/nn.yaml:80:7
%7019 = add %7015, %7018 : f32[64] @ models/lib/nn.yaml:80:7
%7020 = div %6987, %7019 : f32[64] @ models/lib/nn.yaml:80:7
%7021 = cast %7003 : f32[] @ models/lib/nn.yaml:80:7
%7022 = broadcast %7021 : f32[64] @ models/lib/nn.yaml:80:7
%7023 = mul %7020, %7022 : f32[64] @ models/lib/nn.yaml:80:7
%7024 = sub %19, %7023 : f32[64] @ models/lib/nn.yaml:80:7
%7025 = assign %19, %7024 : f32[64] @ models/lib/nn.yaml:80:7
%7026 = assign %6974, %6987 : f32[64] @ models/lib/nn.yaml:80:7
%7027 = assign %6975, %6997 : f32[64] @ models/lib/nn.yaml:80:7
%7028 = assign %6976, %6978 : i64[] @ models/lib/nn.yaml:80:7
%7029 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%7030 = broadcast %7029 : f32[64] @ models/lib/nn.yaml:80:7
%7031 = mul %97, %7030 : f32[64] @ models/lib/nn.yaml:80:7
%7032 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7033 = sub %7032, %3778 : f64[] @ models/lib/nn.yaml:80:7
%7034 = cast %7033 : f32[] @ models/lib/nn.yaml:80:7
%7035 = broadcast %7034 : f32[64] @ models/lib/nn.yaml:80:7
%7036 = mul %7024, %7035 : f32[64] @ models/lib/nn.yaml:80:7
%7037 = add %7031, %7036 : f32[64] @ models/lib/nn.yaml:80:7
%7038 = assign %97, %7037 : f32[64] @ models/lib/nn.yaml:80:7
%7039 = all_reduce_sum %5755 : f32[16,64] @ models/lib/nn.yaml:79:7
%7040 = reshape %7039 : f32[1024] @ models/lib/nn.yaml:79:7
%7041 = mul %7040, %7040 : f32[1024] @ models/lib/nn.yaml:79:7
%7042 = reduce_sum %7041 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7043 = sqrt %7042 : f32[] @ models/lib/nn.yaml:79:7
%7044 = cast %7043 : f64[] @ models/lib/nn.yaml:79:7
%7045 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7046 = add %7044, %7045 : f64[] @ models/lib/nn.yaml:79:7
%7047 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7048 = div %7047, %7046 : f64[] @ models/lib/nn.yaml:79:7
%7049 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7050 = lt %7048, %7049 : bool[] @ models/lib/nn.yaml:79:7
%7051 = cast %7048 : f32[] @ models/lib/nn.yaml:79:7
%7052 = broadcast %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%7053 = mul %7039, %7052 : f32[16,64] @ models/lib/nn.yaml:79:7
%7054 = broadcast %7050 : bool[16,64] @ models/lib/nn.yaml:79:7
%7055 = select %7054, %7053, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7056 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7057 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7058 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7059 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7060 = add %7058, %7059 : i64[] @ models/lib/nn.yaml:79:7
%7061 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%7062 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7063 = sub %7062, %7061 : f64[] @ models/lib/nn.yaml:79:7
%7064 = cast %7063 : f32[] @ models/lib/nn.yaml:79:7
%7065 = broadcast %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%7066 = mul %20, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%7067 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7068 = cast %7067 : f32[] @ models/lib/nn.yaml:79:7
%7069 = broadcast %7068 : f32[16,64] @ models/lib/nn.yaml:79:7
%7070 = mul %7055, %7069 : f32[16,64] @ models/lib/nn.yaml:79:7
%7071 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7072 = cast %7071 : f32[] @ models/lib/nn.yaml:79:7
%7073 = broadcast %7072 : f32[16,64] @ models/lib/nn.yaml:79:7
%7074 = mul %7056, %7073 : f32[16,64] @ models/lib/nn.yaml:79:7
%7075 = add %7074, %7070 : f32[16,64] @ models/lib/nn.yaml:79:7
%7076 = mul %7055, %7055 : f32[16,64] @ models/lib/nn.yaml:79:7
%7077 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7078 = cast %7077 : f32[] @ models/lib/nn.yaml:79:7
%7079 = broadcast %7078 : f32[16,64] @ models/lib/nn.yaml:79:7
%7080 = mul %7076, %7079 : f32[16,64] @ models/lib/nn.yaml:79:7
%7081 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7082 = cast %7081 : f32[] @ models/lib/nn.yaml:79:7
%7083 = broadcast %7082 : f32[16,64] @ models/lib/nn.yaml:79:7
%7084 = mul %7057, %7083 : f32[16,64] @ models/lib/nn.yaml:79:7
%7085 = add %7084, %7080 : f32[16,64] @ models/lib/nn.yaml:79:7
%7086 = cast %7060 : f64[] @ models/lib/nn.yaml:79:7
%7087 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7088 = pow %7087, %7086 : f64[] @ models/lib/nn.yaml:79:7
%7089 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7090 = sub %7089, %7088 : f64[] @ models/lib/nn.yaml:79:7
%7091 = div %3776, %7090 : f64[] @ models/lib/nn.yaml:79:7
%7092 = cast %7060 : f64[] @ models/lib/nn.yaml:79:7
%7093 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7094 = pow %7093, %7092 : f64[] @ models/lib/nn.yaml:79:7
%7095 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7096 = sub %7095, %7094 : f64[] @ models/lib/nn.yaml:79:7
%7097 = sqrt %7096 : f64[] @ models/lib/nn.yaml:79:7
%7098 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7099 = div %7098, %7097 : f64[] @ models/lib/nn.yaml:79:7
%7100 = sqrt %7085 : f32[16,64] @ models/lib/nn.yaml:79:7
%7101 = cast %7099 : f32[] @ models/lib/nn.yaml:79:7
%7102 = broadcast %7101 : f32[16,64] @ models/lib/nn.yaml:79:7
%7103 = mul %7100, %7102 : f32[16,64] @ models/lib/nn.yaml:79:7
%7104 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7105 = cast %7104 : f32[] @ models/lib/nn.yaml:79:7
%7106 = broadcast %7105 : f32[16,64] @ models/lib/nn.yaml:79:7
%7107 = add %7103, %7106 : f32[16,64] @ models/lib/nn.yaml:79:7
%7108 = div %7075, %7107 : f32[16,64] @ models/lib/nn.yaml:79:7
%7109 = cast %7091 : f32[] @ models/lib/nn.yaml:79:7
%7110 = broadcast %7109 : f32[16,64] @ models/lib/nn.yaml:79:7
%7111 = mul %7108, %7110 : f32[16,64] @ models/lib/nn.yaml:79:7
%7112 = sub %7066, %7111 : f32[16,64] @ models/lib/nn.yaml:79:7
%7113 = assign %20, %7112 : f32[16,64] @ models/lib/nn.yaml:79:7
%7114 = assign %7056, %7075 : f32[16,64] @ models/lib/nn.yaml:79:7
%7115 = assign %7057, %7085 : f32[16,64] @ models/lib/nn.yaml:79:7
%7116 = assign %7058, %7060 : i64[] @ models/lib/nn.yaml:79:7
%7117 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%7118 = broadcast %7117 : f32[16,64] @ models/lib/nn.yaml:79:7
%7119 = mul %98, %7118 : f32[16,64] @ models/lib/nn.yaml:79:7
%7120 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7121 = sub %7120, %3778 : f64[] @ models/lib/nn.yaml:79:7
%7122 = cast %7121 : f32[] @ models/lib/nn.yaml:79:7
%7123 = broadcast %7122 : f32[16,64] @ models/lib/nn.yaml:79:7
%7124 = mul %7112, %7123 : f32[16,64] @ models/lib/nn.yaml:79:7
%7125 = add %7119, %7124 : f32[16,64] @ models/lib/nn.yaml:79:7
%7126 = assign %98, %7125 : f32[16,64] @ models/lib/nn.yaml:79:7
%7127 = all_reduce_sum %5747 : f32[16] @ models/lib/nn.yaml:80:7
%7128 = reshape %7127 : f32[16] @ models/lib/nn.yaml:80:7
%7129 = mul %7128, %7128 : f32[16] @ models/lib/nn.yaml:80:7
%7130 = reduce_sum %7129 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7131 = sqrt %7130 : f32[] @ models/lib/nn.yaml:80:7
%7132 = cast %7131 : f64[] @ models/lib/nn.yaml:80:7
%7133 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7134 = add %7132, %7133 : f64[] @ models/lib/nn.yaml:80:7
%7135 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7136 = div %7135, %7134 : f64[] @ models/lib/nn.yaml:80:7
%7137 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7138 = lt %7136, %7137 : bool[] @ models/lib/nn.yaml:80:7
%7139 = cast %7136 : f32[] @ models/lib/nn.yaml:80:7
%7140 = broadcast %7139 : f32[16] @ models/lib/nn.yaml:80:7
%7141 = mul %7127, %7140 : f32[16] @ models/lib/nn.yaml:80:7
%7142 = broadcast %7138 : bool[16] @ models/lib/nn.yaml:80:7
%7143 = select %7142, %7141, %7127 : f32[16] @ models/lib/nn.yaml:80:7
%7144 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7145 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7146 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7147 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7148 = add %7146, %7147 : i64[] @ models/lib/nn.yaml:80:7
%7149 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7150 = cast %7149 : f32[] @ models/lib/nn.yaml:80:7
%7151 = broadcast %7150 : f32[16] @ models/lib/nn.yaml:80:7
%7152 = mul %7143, %7151 : f32[16] @ models/lib/nn.yaml:80:7
%7153 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7154 = cast %7153 : f32[] @ models/lib/nn.yaml:80:7
%7155 = broadcast %7154 : f32[16] @ models/lib/nn.yaml:80:7
%7156 = mul %7144, %7155 : f32[16] @ models/lib/nn.yaml:80:7
%7157 = add %7156, %7152 : f32[16] @ models/lib/nn.yaml:80:7
%7158 = mul %7143, %7143 : f32[16] @ models/lib/nn.yaml:80:7
%7159 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7160 = cast %7159 : f32[] @ models/lib/nn.yaml:80:7
%7161 = broadcast %7160 : f32[16] @ models/lib/nn.yaml:80:7
%7162 = mul %7158, %7161 : f32[16] @ models/lib/nn.yaml:80:7
%7163 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7164 = cast %7163 : f32[] @ models/lib/nn.yaml:80:7
%7165 = broadcast %7164 : f32[16] @ models/lib/nn.yaml:80:7
%7166 = mul %7145, %7165 : f32[16] @ models/lib/nn.yaml:80:7
%7167 = add %7166, %7162 : f32[16] @ models/lib/nn.yaml:80:7
%7168 = cast %7148 : f64[] @ models/lib/nn.yaml:80:7
%7169 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7170 = pow %7169, %7168 : f64[] @ models/lib/nn.yaml:80:7
%7171 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7172 = sub %7171, %7170 : f64[] @ models/lib/nn.yaml:80:7
%7173 = div %3776, %7172 : f64[] @ models/lib/nn.yaml:80:7
%7174 = cast %7148 : f64[] @ models/lib/nn.yaml:80:7
%7175 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7176 = pow %7175, %7174 : f64[] @ models/lib/nn.yaml:80:7
%7177 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7178 = sub %7177, %7176 : f64[] @ models/lib/nn.yaml:80:7
%7179 = sqrt %7178 : f64[] @ models/lib/nn.yaml:80:7
%7180 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7181 = div %7180, %7179 : f64[] @ models/lib/nn.yaml:80:7
%7182 = sqrt %7167 : f32[16] @ models/lib/nn.yaml:80:7
%7183 = cast %7181 : f32[] @ models/lib/nn.yaml:80:7
%7184 = broadcast %7183 : f32[16] @ models/lib/nn.yaml:80:7
%7185 = mul %7182, %7184 : f32[16] @ models/lib/nn.yaml:80:7
%7186 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7187 = cast %7186 : f32[] @ models/lib/nn.yaml:80:7
%7188 = broadcast %7187 : f32[16] @ models/lib/nn.yaml:80:7
%7189 = add %7185, %7188 : f32[16] @ models/lib/nn.yaml:80:7
%7190 = div %7157, %7189 : f32[16] @ models/lib/nn.yaml:80:7
%7191 = cast %7173 : f32[] @ models/lib/nn.yaml:80:7
%7192 = broadcast %7191 : f32[16] @ models/lib/nn.yaml:80:7
%7193 = mul %7190, %7192 : f32[16] @ models/lib/nn.yaml:80:7
%7194 = sub %21, %7193 : f32[16] @ models/lib/nn.yaml:80:7
%7195 = assign %21, %7194 : f32[16] @ models/lib/nn.yaml:80:7
%7196 = assign %7144, %7157 : f32[16] @ models/lib/nn.yaml:80:7
%7197 = assign %7145, %7167 : f32[16] @ models/lib/nn.yaml:80:7
%7198 = assign %7146, %7148 : i64[] @ models/lib/nn.yaml:80:7
%7199 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%7200 = broadcast %7199 : f32[16] @ models/lib/nn.yaml:80:7
%7201 = mul %99, %7200 : f32[16] @ models/lib/nn.yaml:80:7
%7202 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7203 = sub %7202, %3778 : f64[] @ models/lib/nn.yaml:80:7
%7204 = cast %7203 : f32[] @ models/lib/nn.yaml:80:7
%7205 = broadcast %7204 : f32[16] @ models/lib/nn.yaml:80:7
%7206 = mul %7194, %7205 : f32[16] @ models/lib/nn.yaml:80:7
%7207 = add %7201, %7206 : f32[16] @ models/lib/nn.yaml:80:7
%7208 = assign %99, %7207 : f32[16] @ models/lib/nn.yaml:80:7
%7209 = all_reduce_sum %5723 : f32[16] @ models/lib/nn.yaml:89:7
%7210 = reshape %7209 : f32[16] @ models/lib/nn.yaml:89:7
%7211 = mul %7210, %7210 : f32[16] @ models/lib/nn.yaml:89:7
%7212 = reduce_sum %7211 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7213 = sqrt %7212 : f32[] @ models/lib/nn.yaml:89:7
%7214 = cast %7213 : f64[] @ models/lib/nn.yaml:89:7
%7215 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7216 = add %7214, %7215 : f64[] @ models/lib/nn.yaml:89:7
%7217 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7218 = div %7217, %7216 : f64[] @ models/lib/nn.yaml:89:7
%7219 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7220 = lt %7218, %7219 : bool[] @ models/lib/nn.yaml:89:7
%7221 = cast %7218 : f32[] @ models/lib/nn.yaml:89:7
%7222 = broadcast %7221 : f32[16] @ models/lib/nn.yaml:89:7
%7223 = mul %7209, %7222 : f32[16] @ models/lib/nn.yaml:89:7
%7224 = broadcast %7220 : bool[16] @ models/lib/nn.yaml:89:7
%7225 = select %7224, %7223, %7209 : f32[16] @ models/lib/nn.yaml:89:7
%7226 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7227 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7228 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7229 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7230 = add %7228, %7229 : i64[] @ models/lib/nn.yaml:89:7
%7231 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7232 = cast %7231 : f32[] @ models/lib/nn.yaml:89:7
%7233 = broadcast %7232 : f32[16] @ models/lib/nn.yaml:89:7
%7234 = mul %7225, %7233 : f32[16] @ models/lib/nn.yaml:89:7
%7235 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7236 = cast %7235 : f32[] @ models/lib/nn.yaml:89:7
%7237 = broadcast %7236 : f32[16] @ models/lib/nn.yaml:89:7
%7238 = mul %7226, %7237 : f32[16] @ models/lib/nn.yaml:89:7
%7239 = add %7238, %7234 : f32[16] @ models/lib/nn.yaml:89:7
%7240 = mul %7225, %7225 : f32[16] @ models/lib/nn.yaml:89:7
%7241 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7242 = cast %7241 : f32[] @ models/lib/nn.yaml:89:7
%7243 = broadcast %7242 : f32[16] @ models/lib/nn.yaml:89:7
%7244 = mul %7240, %7243 : f32[16] @ models/lib/nn.yaml:89:7
%7245 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7246 = cast %7245 : f32[] @ models/lib/nn.yaml:89:7
%7247 = broadcast %7246 : f32[16] @ models/lib/nn.yaml:89:7
%7248 = mul %7227, %7247 : f32[16] @ models/lib/nn.yaml:89:7
%7249 = add %7248, %7244 : f32[16] @ models/lib/nn.yaml:89:7
%7250 = cast %7230 : f64[] @ models/lib/nn.yaml:89:7
%7251 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7252 = pow %7251, %7250 : f64[] @ models/lib/nn.yaml:89:7
%7253 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7254 = sub %7253, %7252 : f64[] @ models/lib/nn.yaml:89:7
%7255 = div %3776, %7254 : f64[] @ models/lib/nn.yaml:89:7
%7256 = cast %7230 : f64[] @ models/lib/nn.yaml:89:7
%7257 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7258 = pow %7257, %7256 : f64[] @ models/lib/nn.yaml:89:7
%7259 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7260 = sub %7259, %7258 : f64[] @ models/lib/nn.yaml:89:7
%7261 = sqrt %7260 : f64[] @ models/lib/nn.yaml:89:7
%7262 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7263 = div %7262, %7261 : f64[] @ models/lib/nn.yaml:89:7
%7264 = sqrt %7249 : f32[16] @ models/lib/nn.yaml:89:7
%7265 = cast %7263 : f32[] @ models/lib/nn.yaml:89:7
%7266 = broadcast %7265 : f32[16] @ models/lib/nn.yaml:89:7
%7267 = mul %7264, %7266 : f32[16] @ models/lib/nn.yaml:89:7
%7268 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7269 = cast %7268 : f32[] @ models/lib/nn.yaml:89:7
%7270 = broadcast %7269 : f32[16] @ models/lib/nn.yaml:89:7
%7271 = add %7267, %7270 : f32[16] @ models/lib/nn.yaml:89:7
%7272 = div %7239, %7271 : f32[16] @ models/lib/nn.yaml:89:7
%7273 = cast %7255 : f32[] @ models/lib/nn.yaml:89:7
%7274 = broadcast %7273 : f32[16] @ models/lib/nn.yaml:89:7
%7275 = mul %7272, %7274 : f32[16] @ models/lib/nn.yaml:89:7
%7276 = sub %22, %7275 : f32[16] @ models/lib/nn.yaml:89:7
%7277 = assign %22, %7276 : f32[16] @ models/lib/nn.yaml:89:7
%7278 = assign %7226, %7239 : f32[16] @ models/lib/nn.yaml:89:7
%7279 = assign %7227, %7249 : f32[16] @ models/lib/nn.yaml:89:7
%7280 = assign %7228, %7230 : i64[] @ models/lib/nn.yaml:89:7
%7281 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%7282 = broadcast %7281 : f32[16] @ models/lib/nn.yaml:89:7
%7283 = mul %100, %7282 : f32[16] @ models/lib/nn.yaml:89:7
%7284 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7285 = sub %7284, %3778 : f64[] @ models/lib/nn.yaml:89:7
%7286 = cast %7285 : f32[] @ models/lib/nn.yaml:89:7
%7287 = broadcast %7286 : f32[16] @ models/lib/nn.yaml:89:7
%7288 = mul %7276, %7287 : f32[16] @ models/lib/nn.yaml:89:7
%7289 = add %7283, %7288 : f32[16] @ models/lib/nn.yaml:89:7
%7290 = assign %100, %7289 : f32[16] @ models/lib/nn.yaml:89:7
%7291 = all_reduce_sum %5716 : f32[16] @ models/lib/nn.yaml:90:7
%7292 = reshape %7291 : f32[16] @ models/lib/nn.yaml:90:7
%7293 = mul %7292, %7292 : f32[16] @ models/lib/nn.yaml:90:7
%7294 = reduce_sum %7293 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7295 = sqrt %7294 : f32[] @ models/lib/nn.yaml:90:7
%7296 = cast %7295 : f64[] @ models/lib/nn.yaml:90:7
%7297 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7298 = add %7296, %7297 : f64[] @ models/lib/nn.yaml:90:7
%7299 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7300 = div %7299, %7298 : f64[] @ models/lib/nn.yaml:90:7
%7301 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7302 = lt %7300, %7301 : bool[] @ models/lib/nn.yaml:90:7
%7303 = cast %7300 : f32[] @ models/lib/nn.yaml:90:7
%7304 = broadcast %7303 : f32[16] @ models/lib/nn.yaml:90:7
%7305 = mul %7291, %7304 : f32[16] @ models/lib/nn.yaml:90:7
%7306 = broadcast %7302 : bool[16] @ models/lib/nn.yaml:90:7
%7307 = select %7306, %7305, %7291 : f32[16] @ models/lib/nn.yaml:90:7
%7308 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7309 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7310 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7311 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7312 = add %7310, %7311 : i64[] @ models/lib/nn.yaml:90:7
%7313 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7314 = cast %7313 : f32[] @ models/lib/nn.yaml:90:7
%7315 = broadcast %7314 : f32[16] @ models/lib/nn.yaml:90:7
%7316 = mul %7307, %7315 : f32[16] @ models/lib/nn.yaml:90:7
%7317 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7318 = cast %7317 : f32[] @ models/lib/nn.yaml:90:7
%7319 = broadcast %7318 : f32[16] @ models/lib/nn.yaml:90:7
%7320 = mul %7308, %7319 : f32[16] @ models/lib/nn.yaml:90:7
%7321 = add %7320, %7316 : f32[16] @ models/lib/nn.yaml:90:7
%7322 = mul %7307, %7307 : f32[16] @ models/lib/nn.yaml:90:7
%7323 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7324 = cast %7323 : f32[] @ models/lib/nn.yaml:90:7
%7325 = broadcast %7324 : f32[16] @ models/lib/nn.yaml:90:7
%7326 = mul %7322, %7325 : f32[16] @ models/lib/nn.yaml:90:7
%7327 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7328 = cast %7327 : f32[] @ models/lib/nn.yaml:90:7
%7329 = broadcast %7328 : f32[16] @ models/lib/nn.yaml:90:7
%7330 = mul %7309, %7329 : f32[16] @ models/lib/nn.yaml:90:7
%7331 = add %7330, %7326 : f32[16] @ models/lib/nn.yaml:90:7
%7332 = cast %7312 : f64[] @ models/lib/nn.yaml:90:7
%7333 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7334 = pow %7333, %7332 : f64[] @ models/lib/nn.yaml:90:7
%7335 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7336 = sub %7335, %7334 : f64[] @ models/lib/nn.yaml:90:7
%7337 = div %3776, %7336 : f64[] @ models/lib/nn.yaml:90:7
%7338 = cast %7312 : f64[] @ models/lib/nn.yaml:90:7
%7339 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7340 = pow %7339, %7338 : f64[] @ models/lib/nn.yaml:90:7
%7341 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7342 = sub %7341, %7340 : f64[] @ models/lib/nn.yaml:90:7
%7343 = sqrt %7342 : f64[] @ models/lib/nn.yaml:90:7
%7344 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7345 = div %7344, %7343 : f64[] @ models/lib/nn.yaml:90:7
%7346 = sqrt %7331 : f32[16] @ models/lib/nn.yaml:90:7
%7347 = cast %7345 : f32[] @ models/lib/nn.yaml:90:7
%7348 = broadcast %7347 : f32[16] @ models/lib/nn.yaml:90:7
%7349 = mul %7346, %7348 : f32[16] @ models/lib/nn.yaml:90:7
%7350 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7351 = cast %7350 : f32[] @ models/lib/nn.yaml:90:7
%7352 = broadcast %7351 : f32[16] @ models/lib/nn.yaml:90:7
%7353 = add %7349, %7352 : f32[16] @ models/lib/nn.yaml:90:7
%7354 = div %7321, %7353 : f32[16] @ models/lib/nn.yaml:90:7
%7355 = cast %7337 : f32[] @ models/lib/nn.yaml:90:7
%7356 = broadcast %7355 : f32[16] @ models/lib/nn.yaml:90:7
%7357 = mul %7354, %7356 : f32[16] @ models/lib/nn.yaml:90:7
%7358 = sub %23, %7357 : f32[16] @ models/lib/nn.yaml:90:7
%7359 = assign %23, %7358 : f32[16] @ models/lib/nn.yaml:90:7
%7360 = assign %7308, %7321 : f32[16] @ models/lib/nn.yaml:90:7
%7361 = assign %7309, %7331 : f32[16] @ models/lib/nn.yaml:90:7
%7362 = assign %7310, %7312 : i64[] @ models/lib/nn.yaml:90:7
%7363 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%7364 = broadcast %7363 : f32[16] @ models/lib/nn.yaml:90:7
%7365 = mul %101, %7364 : f32[16] @ models/lib/nn.yaml:90:7
%7366 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7367 = sub %7366, %3778 : f64[] @ models/lib/nn.yaml:90:7
%7368 = cast %7367 : f32[] @ models/lib/nn.yaml:90:7
%7369 = broadcast %7368 : f32[16] @ models/lib/nn.yaml:90:7
%7370 = mul %7358, %7369 : f32[16] @ models/lib/nn.yaml:90:7
%7371 = add %7365, %7370 : f32[16] @ models/lib/nn.yaml:90:7
%7372 = assign %101, %7371 : f32[16] @ models/lib/nn.yaml:90:7
%7373 = all_reduce_sum %5712 : f32[48,16] @ models/lib/nn.yaml:79:7
%7374 = reshape %7373 : f32[768] @ models/lib/nn.yaml:79:7
%7375 = mul %7374, %7374 : f32[768] @ models/lib/nn.yaml:79:7
%7376 = reduce_sum %7375 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7377 = sqrt %7376 : f32[] @ models/lib/nn.yaml:79:7
%7378 = cast %7377 : f64[] @ models/lib/nn.yaml:79:7
%7379 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7380 = add %7378, %7379 : f64[] @ models/lib/nn.yaml:79:7
%7381 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7382 = div %7381, %7380 : f64[] @ models/lib/nn.yaml:79:7
%7383 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7384 = lt %7382, %7383 : bool[] @ models/lib/nn.yaml:79:7
%7385 = cast %7382 : f32[] @ models/lib/nn.yaml:79:7
%7386 = broadcast %7385 : f32[48,16] @ models/lib/nn.yaml:79:7
%7387 = mul %7373, %7386 : f32[48,16] @ models/lib/nn.yaml:79:7
%7388 = broadcast %7384 : bool[48,16] @ models/lib/nn.yaml:79:7
%7389 = select %7388, %7387, %7373 : f32[48,16] @ models/lib/nn.yaml:79:7
%7390 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7391 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7392 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7393 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7394 = add %7392, %7393 : i64[] @ models/lib/nn.yaml:79:7
%7395 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%7396 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7397 = sub %7396, %7395 : f64[] @ models/lib/nn.yaml:79:7
%7398 = cast %7397 : f32[] @ models/lib/nn.yaml:79:7
%7399 = broadcast %7398 : f32[48,16] @ models/lib/nn.yaml:79:7
%7400 = mul %24, %7399 : f32[48,16] @ models/lib/nn.yaml:79:7
%7401 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7402 = cast %7401 : f32[] @ models/lib/nn.yaml:79:7
%7403 = broadcast %7402 : f32[48,16] @ models/lib/nn.yaml:79:7
%7404 = mul %7389, %7403 : f32[48,16] @ models/lib/nn.yaml:79:7
%7405 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7406 = cast %7405 : f32[] @ models/lib/nn.yaml:79:7
%7407 = broadcast %7406 : f32[48,16] @ models/lib/nn.yaml:79:7
%7408 = mul %7390, %7407 : f32[48,16] @ models/lib/nn.yaml:79:7
%7409 = add %7408, %7404 : f32[48,16] @ models/lib/nn.yaml:79:7
%7410 = mul %7389, %7389 : f32[48,16] @ models/lib/nn.yaml:79:7
%7411 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7412 = cast %7411 : f32[] @ models/lib/nn.yaml:79:7
%7413 = broadcast %7412 : f32[48,16] @ models/lib/nn.yaml:79:7
%7414 = mul %7410, %7413 : f32[48,16] @ models/lib/nn.yaml:79:7
%7415 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7416 = cast %7415 : f32[] @ models/lib/nn.yaml:79:7
%7417 = broadcast %7416 : f32[48,16] @ models/lib/nn.yaml:79:7
%7418 = mul %7391, %7417 : f32[48,16] @ models/lib/nn.yaml:79:7
%7419 = add %7418, %7414 : f32[48,16] @ models/lib/nn.yaml:79:7
%7420 = cast %7394 : f64[] @ models/lib/nn.yaml:79:7
%7421 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7422 = pow %7421, %7420 : f64[] @ models/lib/nn.yaml:79:7
%7423 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7424 = sub %7423, %7422 : f64[] @ models/lib/nn.yaml:79:7
%7425 = div %3776, %7424 : f64[] @ models/lib/nn.yaml:79:7
%7426 = cast %7394 : f64[] @ models/lib/nn.yaml:79:7
%7427 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7428 = pow %7427, %7426 : f64[] @ models/lib/nn.yaml:79:7
%7429 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7430 = sub %7429, %7428 : f64[] @ models/lib/nn.yaml:79:7
%7431 = sqrt %7430 : f64[] @ models/lib/nn.yaml:79:7
%7432 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7433 = div %7432, %7431 : f64[] @ models/lib/nn.yaml:79:7
%7434 = sqrt %7419 : f32[48,16] @ models/lib/nn.yaml:79:7
%7435 = cast %7433 : f32[] @ models/lib/nn.yaml:79:7
%7436 = broadcast %7435 : f32[48,16] @ models/lib/nn.yaml:79:7
%7437 = mul %7434, %7436 : f32[48,16] @ models/lib/nn.yaml:79:7
%7438 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7439 = cast %7438 : f32[] @ models/lib/nn.yaml:79:7
%7440 = broadcast %7439 : f32[48,16] @ models/lib/nn.yaml:79:7
%7441 = add %7437, %7440 : f32[48,16] @ models/lib/nn.yaml:79:7
%7442 = div %7409, %7441 : f32[48,16] @ models/lib/nn.yaml:79:7
%7443 = cast %7425 : f32[] @ models/lib/nn.yaml:79:7
%7444 = broadcast %7443 : f32[48,16] @ models/lib/nn.yaml:79:7
%7445 = mul %7442, %7444 : f32[48,16] @ models/lib/nn.yaml:79:7
%7446 = sub %7400, %7445 : f32[48,16] @ models/lib/nn.yaml:79:7
%7447 = assign %24, %7446 : f32[48,16] @ models/lib/nn.yaml:79:7
%7448 = assign %7390, %7409 : f32[48,16] @ models/lib/nn.yaml:79:7
%7449 = assign %7391, %7419 : f32[48,16] @ models/lib/nn.yaml:79:7
%7450 = assign %7392, %7394 : i64[] @ models/lib/nn.yaml:79:7
%7451 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%7452 = broadcast %7451 : f32[48,16] @ models/lib/nn.yaml:79:7
%7453 = mul %102, %7452 : f32[48,16] @ models/lib/nn.yaml:79:7
%7454 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7455 = sub %7454, %3778 : f64[] @ models/lib/nn.yaml:79:7
%7456 = cast %7455 : f32[] @ models/lib/nn.yaml:79:7
%7457 = broadcast %7456 : f32[48,16] @ models/lib/nn.yaml:79:7
%7458 = mul %7446, %7457 : f32[48,16] @ models/lib/nn.yaml:79:7
%7459 = add %7453, %7458 : f32[48,16] @ models/lib/nn.yaml:79:7
%7460 = assign %102, %7459 : f32[48,16] @ models/lib/nn.yaml:79:7
%7461 = all_reduce_sum %5704 : f32[48] @ models/lib/nn.yaml:80:7
%7462 = reshape %7461 : f32[48] @ models/lib/nn.yaml:80:7
%7463 = mul %7462, %7462 : f32[48] @ models/lib/nn.yaml:80:7
%7464 = reduce_sum %7463 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7465 = sqrt %7464 : f32[] @ models/lib/nn.yaml:80:7
%7466 = cast %7465 : f64[] @ models/lib/nn.yaml:80:7
%7467 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7468 = add %7466, %7467 : f64[] @ models/lib/nn.yaml:80:7
%7469 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7470 = div %7469, %7468 : f64[] @ models/lib/nn.yaml:80:7
%7471 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7472 = lt %7470, %7471 : bool[] @ models/lib/nn.yaml:80:7
%7473 = cast %7470 : f32[] @ models/lib/nn.yaml:80:7
%7474 = broadcast %7473 : f32[48] @ models/lib/nn.yaml:80:7
%7475 = mul %7461, %7474 : f32[48] @ models/lib/nn.yaml:80:7
%7476 = broadcast %7472 : bool[48] @ models/lib/nn.yaml:80:7
%7477 = select %7476, %7475, %7461 : f32[48] @ models/lib/nn.yaml:80:7
%7478 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7479 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7480 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7481 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7482 = add %7480, %7481 : i64[] @ models/lib/nn.yaml:80:7
%7483 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7484 = cast %7483 : f32[] @ models/lib/nn.yaml:80:7
%7485 = broadcast %7484 : f32[48] @ models/lib/nn.yaml:80:7
%7486 = mul %7477, %7485 : f32[48] @ models/lib/nn.yaml:80:7
%7487 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7488 = cast %7487 : f32[] @ models/lib/nn.yaml:80:7
%7489 = broadcast %7488 : f32[48] @ models/lib/nn.yaml:80:7
%7490 = mul %7478, %7489 : f32[48] @ models/lib/nn.yaml:80:7
%7491 = add %7490, %7486 : f32[48] @ models/lib/nn.yaml:80:7
%7492 = mul %7477, %7477 : f32[48] @ models/lib/nn.yaml:80:7
%7493 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7494 = cast %7493 : f32[] @ models/lib/nn.yaml:80:7
%7495 = broadcast %7494 : f32[48] @ models/lib/nn.yaml:80:7
%7496 = mul %7492, %7495 : f32[48] @ models/lib/nn.yaml:80:7
%7497 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7498 = cast %7497 : f32[] @ models/lib/nn.yaml:80:7
%7499 = broadcast %7498 : f32[48] @ models/lib/nn.yaml:80:7
%7500 = mul %7479, %7499 : f32[48] @ models/lib/nn.yaml:80:7
%7501 = add %7500, %7496 : f32[48] @ models/lib/nn.yaml:80:7
%7502 = cast %7482 : f64[] @ models/lib/nn.yaml:80:7
%7503 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7504 = pow %7503, %7502 : f64[] @ models/lib/nn.yaml:80:7
%7505 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7506 = sub %7505, %7504 : f64[] @ models/lib/nn.yaml:80:7
%7507 = div %3776, %7506 : f64[] @ models/lib/nn.yaml:80:7
%7508 = cast %7482 : f64[] @ models/lib/nn.yaml:80:7
%7509 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7510 = pow %7509, %7508 : f64[] @ models/lib/nn.yaml:80:7
%7511 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7512 = sub %7511, %7510 : f64[] @ models/lib/nn.yaml:80:7
%7513 = sqrt %7512 : f64[] @ models/lib/nn.yaml:80:7
%7514 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7515 = div %7514, %7513 : f64[] @ models/lib/nn.yaml:80:7
%7516 = sqrt %7501 : f32[48] @ models/lib/nn.yaml:80:7
%7517 = cast %7515 : f32[] @ models/lib/nn.yaml:80:7
%7518 = broadcast %7517 : f32[48] @ models/lib/nn.yaml:80:7
%7519 = mul %7516, %7518 : f32[48] @ models/lib/nn.yaml:80:7
%7520 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7521 = cast %7520 : f32[] @ models/lib/nn.yaml:80:7
%7522 = broadcast %7521 : f32[48] @ models/lib/nn.yaml:80:7
%7523 = add %7519, %7522 : f32[48] @ models/lib/nn.yaml:80:7
%7524 = div %7491, %7523 : f32[48] @ models/lib/nn.yaml:80:7
%7525 = cast %7507 : f32[] @ models/lib/nn.yaml:80:7
%7526 = broadcast %7525 : f32[48] @ models/lib/nn.yaml:80:7
%7527 = mul %7524, %7526 : f32[48] @ models/lib/nn.yaml:80:7
%7528 = sub %25, %7527 : f32[48] @ models/lib/nn.yaml:80:7
%7529 = assign %25, %7528 : f32[48] @ models/lib/nn.yaml:80:7
%7530 = assign %7478, %7491 : f32[48] @ models/lib/nn.yaml:80:7
%7531 = assign %7479, %7501 : f32[48] @ models/lib/nn.yaml:80:7
%7532 = assign %7480, %7482 : i64[] @ models/lib/nn.yaml:80:7
%7533 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%7534 = broadcast %7533 : f32[48] @ models/lib/nn.yaml:80:7
%7535 = mul %103, %7534 : f32[48] @ models/lib/nn.yaml:80:7
%7536 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7537 = sub %7536, %3778 : f64[] @ models/lib/nn.yaml:80:7
%7538 = cast %7537 : f32[] @ models/lib/nn.yaml:80:7
%7539 = broadcast %7538 : f32[48] @ models/lib/nn.yaml:80:7
%7540 = mul %7528, %7539 : f32[48] @ models/lib/nn.yaml:80:7
%7541 = add %7535, %7540 : f32[48] @ models/lib/nn.yaml:80:7
%7542 = assign %103, %7541 : f32[48] @ models/lib/nn.yaml:80:7
%7543 = all_reduce_sum %5637 : f32[16,16] @ models/lib/nn.yaml:79:7
%7544 = reshape %7543 : f32[256] @ models/lib/nn.yaml:79:7
%7545 = mul %7544, %7544 : f32[256] @ models/lib/nn.yaml:79:7
%7546 = reduce_sum %7545 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7547 = sqrt %7546 : f32[] @ models/lib/nn.yaml:79:7
%7548 = cast %7547 : f64[] @ models/lib/nn.yaml:79:7
%7549 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7550 = add %7548, %7549 : f64[] @ models/lib/nn.yaml:79:7
%7551 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7552 = div %7551, %7550 : f64[] @ models/lib/nn.yaml:79:7
%7553 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7554 = lt %7552, %7553 : bool[] @ models/lib/nn.yaml:79:7
%7555 = cast %7552 : f32[] @ models/lib/nn.yaml:79:7
%7556 = broadcast %7555 : f32[16,16] @ models/lib/nn.yaml:79:7
%7557 = mul %7543, %7556 : f32[16,16] @ models/lib/nn.yaml:79:7
%7558 = broadcast %7554 : bool[16,16] @ models/lib/nn.yaml:79:7
%7559 = select %7558, %7557, %7543 : f32[16,16] @ models/lib/nn.yaml:79:7
%7560 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7561 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7562 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7563 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7564 = add %7562, %7563 : i64[] @ models/lib/nn.yaml:79:7
%7565 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%7566 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7567 = sub %7566, %7565 : f64[] @ models/lib/nn.yaml:79:7
%7568 = cast %7567 : f32[] @ models/lib/nn.yaml:79:7
%7569 = broadcast %7568 : f32[16,16] @ models/lib/nn.yaml:79:7
%7570 = mul %26, %7569 : f32[16,16] @ models/lib/nn.yaml:79:7
%7571 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7572 = cast %7571 : f32[] @ models/lib/nn.yaml:79:7
%7573 = broadcast %7572 : f32[16,16] @ models/lib/nn.yaml:79:7
%7574 = mul %7559, %7573 : f32[16,16] @ models/lib/nn.yaml:79:7
%7575 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7576 = cast %7575 : f32[] @ models/lib/nn.yaml:79:7
%7577 = broadcast %7576 : f32[16,16] @ models/lib/nn.yaml:79:7
%7578 = mul %7560, %7577 : f32[16,16] @ models/lib/nn.yaml:79:7
%7579 = add %7578, %7574 : f32[16,16] @ models/lib/nn.yaml:79:7
%7580 = mul %7559, %7559 : f32[16,16] @ models/lib/nn.yaml:79:7
%7581 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7582 = cast %7581 : f32[] @ models/lib/nn.yaml:79:7
%7583 = broadcast %7582 : f32[16,16] @ models/lib/nn.yaml:79:7
%7584 = mul %7580, %7583 : f32[16,16] @ models/lib/nn.yaml:79:7
%7585 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7586 = cast %7585 : f32[] @ models/lib/nn.yaml:79:7
%7587 = broadcast %7586 : f32[16,16] @ models/lib/nn.yaml:79:7
%7588 = mul %7561, %7587 : f32[16,16] @ models/lib/nn.yaml:79:7
%7589 = add %7588, %7584 : f32[16,16] @ models/lib/nn.yaml:79:7
%7590 = cast %7564 : f64[] @ models/lib/nn.yaml:79:7
%7591 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7592 = pow %7591, %7590 : f64[] @ models/lib/nn.yaml:79:7
%7593 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7594 = sub %7593, %7592 : f64[] @ models/lib/nn.yaml:79:7
%7595 = div %3776, %7594 : f64[] @ models/lib/nn.yaml:79:7
%7596 = cast %7564 : f64[] @ models/lib/nn.yaml:79:7
%7597 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7598 = pow %7597, %7596 : f64[] @ models/lib/nn.yaml:79:7
%7599 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7600 = sub %7599, %7598 : f64[] @ models/lib/nn.yaml:79:7
%7601 = sqrt %7600 : f64[] @ models/lib/nn.yaml:79:7
%7602 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7603 = div %7602, %7601 : f64[] @ models/lib/nn.yaml:79:7
%7604 = sqrt %7589 : f32[16,16] @ models/lib/nn.yaml:79:7
%7605 = cast %7603 : f32[] @ models/lib/nn.yaml:79:7
%7606 = broadcast %7605 : f32[16,16] @ models/lib/nn.yaml:79:7
%7607 = mul %7604, %7606 : f32[16,16] @ models/lib/nn.yaml:79:7
%7608 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7609 = cast %7608 : f32[] @ models/lib/nn.yaml:79:7
%7610 = broadcast %7609 : f32[16,16] @ models/lib/nn.yaml:79:7
%7611 = add %7607, %7610 : f32[16,16] @ models/lib/nn.yaml:79:7
%7612 = div %7579, %7611 : f32[16,16] @ models/lib/nn.yaml:79:7
%7613 = cast %7595 : f32[] @ models/lib/nn.yaml:79:7
%7614 = broadcast %7613 : f32[16,16] @ models/lib/nn.yaml:79:7
%7615 = mul %7612, %7614 : f32[16,16] @ models/lib/nn.yaml:79:7
%7616 = sub %7570, %7615 : f32[16,16] @ models/lib/nn.yaml:79:7
%7617 = assign %26, %7616 : f32[16,16] @ models/lib/nn.yaml:79:7
%7618 = assign %7560, %7579 : f32[16,16] @ models/lib/nn.yaml:79:7
%7619 = assign %7561, %7589 : f32[16,16] @ models/lib/nn.yaml:79:7
%7620 = assign %7562, %7564 : i64[] @ models/lib/nn.yaml:79:7
%7621 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%7622 = broadcast %7621 : f32[16,16] @ models/lib/nn.yaml:79:7
%7623 = mul %104, %7622 : f32[16,16] @ models/lib/nn.yaml:79:7
%7624 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7625 = sub %7624, %3778 : f64[] @ models/lib/nn.yaml:79:7
%7626 = cast %7625 : f32[] @ models/lib/nn.yaml:79:7
%7627 = broadcast %7626 : f32[16,16] @ models/lib/nn.yaml:79:7
%7628 = mul %7616, %7627 : f32[16,16] @ models/lib/nn.yaml:79:7
%7629 = add %7623, %7628 : f32[16,16] @ models/lib/nn.yaml:79:7
%7630 = assign %104, %7629 : f32[16,16] @ models/lib/nn.yaml:79:7
%7631 = all_reduce_sum %5629 : f32[16] @ models/lib/nn.yaml:80:7
%7632 = reshape %7631 : f32[16] @ models/lib/nn.yaml:80:7
%7633 = mul %7632, %7632 : f32[16] @ models/lib/nn.yaml:80:7
%7634 = reduce_sum %7633 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7635 = sqrt %7634 : f32[] @ models/lib/nn.yaml:80:7
%7636 = cast %7635 : f64[] @ models/lib/nn.yaml:80:7
%7637 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7638 = add %7636, %7637 : f64[] @ models/lib/nn.yaml:80:7
%7639 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7640 = div %7639, %7638 : f64[] @ models/lib/nn.yaml:80:7
%7641 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7642 = lt %7640, %7641 : bool[] @ models/lib/nn.yaml:80:7
%7643 = cast %7640 : f32[] @ models/lib/nn.yaml:80:7
%7644 = broadcast %7643 : f32[16] @ models/lib/nn.yaml:80:7
%7645 = mul %7631, %7644 : f32[16] @ models/lib/nn.yaml:80:7
%7646 = broadcast %7642 : bool[16] @ models/lib/nn.yaml:80:7
%7647 = select %7646, %7645, %7631 : f32[16] @ models/lib/nn.yaml:80:7
%7648 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7649 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7650 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7651 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7652 = add %7650, %7651 : i64[] @ models/lib/nn.yaml:80:7
%7653 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7654 = cast %7653 : f32[] @ models/lib/nn.yaml:80:7
%7655 = broadcast %7654 : f32[16] @ models/lib/nn.yaml:80:7
%7656 = mul %7647, %7655 : f32[16] @ models/lib/nn.yaml:80:7
%7657 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7658 = cast %7657 : f32[] @ models/lib/nn.yaml:80:7
%7659 = broadcast %7658 : f32[16] @ models/lib/nn.yaml:80:7
%7660 = mul %7648, %7659 : f32[16] @ models/lib/nn.yaml:80:7
%7661 = add %7660, %7656 : f32[16] @ models/lib/nn.yaml:80:7
%7662 = mul %7647, %7647 : f32[16] @ models/lib/nn.yaml:80:7
%7663 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7664 = cast %7663 : f32[] @ models/lib/nn.yaml:80:7
%7665 = broadcast %7664 : f32[16] @ models/lib/nn.yaml:80:7
%7666 = mul %7662, %7665 : f32[16] @ models/lib/nn.yaml:80:7
%7667 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7668 = cast %7667 : f32[] @ models/lib/nn.yaml:80:7
%7669 = broadcast %7668 : f32[16] @ models/lib/nn.yaml:80:7
%7670 = mul %7649, %7669 : f32[16] @ models/lib/nn.yaml:80:7
%7671 = add %7670, %7666 : f32[16] @ models/lib/nn.yaml:80:7
%7672 = cast %7652 : f64[] @ models/lib/nn.yaml:80:7
%7673 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7674 = pow %7673, %7672 : f64[] @ models/lib/nn.yaml:80:7
%7675 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7676 = sub %7675, %7674 : f64[] @ models/lib/nn.yaml:80:7
%7677 = div %3776, %7676 : f64[] @ models/lib/nn.yaml:80:7
%7678 = cast %7652 : f64[] @ models/lib/nn.yaml:80:7
%7679 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7680 = pow %7679, %7678 : f64[] @ models/lib/nn.yaml:80:7
%7681 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7682 = sub %7681, %7680 : f64[] @ models/lib/nn.yaml:80:7
%7683 = sqrt %7682 : f64[] @ models/lib/nn.yaml:80:7
%7684 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7685 = div %7684, %7683 : f64[] @ models/lib/nn.yaml:80:7
%7686 = sqrt %7671 : f32[16] @ models/lib/nn.yaml:80:7
%7687 = cast %7685 : f32[] @ models/lib/nn.yaml:80:7
%7688 = broadcast %7687 : f32[16] @ models/lib/nn.yaml:80:7
%7689 = mul %7686, %7688 : f32[16] @ models/lib/nn.yaml:80:7
%7690 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7691 = cast %7690 : f32[] @ models/lib/nn.yaml:80:7
%7692 = broadcast %7691 : f32[16] @ models/lib/nn.yaml:80:7
%7693 = add %7689, %7692 : f32[16] @ models/lib/nn.yaml:80:7
%7694 = div %7661, %7693 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = cast %7677 : f32[] @ models/lib/nn.yaml:80:7
%7696 = broadcast %7695 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = mul %7694, %7696 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = sub %27, %7697 : f32[16] @ models/lib/nn.yaml:80:7
%7699 = assign %27, %7698 : f32[16] @ models/lib/nn.yaml:80:7
%7700 = assign %7648, %7661 : f32[16] @ models/lib/nn.yaml:80:7
%7701 = assign %7649, %7671 : f32[16] @ models/lib/nn.yaml:80:7
%7702 = assign %7650, %7652 : i64[] @ models/lib/nn.yaml:80:7
%7703 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%7704 = broadcast %7703 : f32[16] @ models/lib/nn.yaml:80:7
%7705 = mul %105, %7704 : f32[16] @ models/lib/nn.yaml:80:7
%7706 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7707 = sub %7706, %3778 : f64[] @ models/lib/nn.yaml:80:7
%7708 = cast %7707 : f32[] @ models/lib/nn.yaml:80:7
%7709 = broadcast %7708 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = mul %7698, %7709 : f32[16] @ models/lib/nn.yaml:80:7
%7711 = add %7705, %7710 : f32[16] @ models/lib/nn.yaml:80:7
%7712 = assign %105, %7711 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = all_reduce_sum %5603 : f32[16] @ models/lib/nn.yaml:89:7
%7714 = reshape %7713 : f32[16] @ models/lib/nn.yaml:89:7
%7715 = mul %7714, %7714 : f32[16] @ models/lib/nn.yaml:89:7
%7716 = reduce_sum %7715 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7717 = sqrt %7716 : f32[] @ models/lib/nn.yaml:89:7
%7718 = cast %7717 : f64[] @ models/lib/nn.yaml:89:7
%7719 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%7720 = add %7718, %7719 : f64[] @ models/lib/nn.yaml:89:7
%7721 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%7722 = div %7721, %7720 : f64[] @ models/lib/nn.yaml:89:7
%7723 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7724 = lt %7722, %7723 : bool[] @ models/lib/nn.yaml:89:7
%7725 = cast %7722 : f32[] @ models/lib/nn.yaml:89:7
%7726 = broadcast %7725 : f32[16] @ models/lib/nn.yaml:89:7
%7727 = mul %7713, %7726 : f32[16] @ models/lib/nn.yaml:89:7
%7728 = broadcast %7724 : bool[16] @ models/lib/nn.yaml:89:7
%7729 = select %7728, %7727, %7713 : f32[16] @ models/lib/nn.yaml:89:7
%7730 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7731 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7732 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7733 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7734 = add %7732, %7733 : i64[] @ models/lib/nn.yaml:89:7
%7735 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7736 = cast %7735 : f32[] @ models/lib/nn.yaml:89:7
%7737 = broadcast %7736 : f32[16] @ models/lib/nn.yaml:89:7
%7738 = mul %7729, %7737 : f32[16] @ models/lib/nn.yaml:89:7
%7739 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7740 = cast %7739 : f32[] @ models/lib/nn.yaml:89:7
%7741 = broadcast %7740 : f32[16] @ models/lib/nn.yaml:89:7
%7742 = mul %7730, %7741 : f32[16] @ models/lib/nn.yaml:89:7
%7743 = add %7742, %7738 : f32[16] @ models/lib/nn.yaml:89:7
%7744 = mul %7729, %7729 : f32[16] @ models/lib/nn.yaml:89:7
%7745 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7746 = cast %7745 : f32[] @ models/lib/nn.yaml:89:7
%7747 = broadcast %7746 : f32[16] @ models/lib/nn.yaml:89:7
%7748 = mul %7744, %7747 : f32[16] @ models/lib/nn.yaml:89:7
%7749 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7750 = cast %7749 : f32[] @ models/lib/nn.yaml:89:7
%7751 = broadcast %7750 : f32[16] @ models/lib/nn.yaml:89:7
%7752 = mul %7731, %7751 : f32[16] @ models/lib/nn.yaml:89:7
%7753 = add %7752, %7748 : f32[16] @ models/lib/nn.yaml:89:7
%7754 = cast %7734 : f64[] @ models/lib/nn.yaml:89:7
%7755 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7756 = pow %7755, %7754 : f64[] @ models/lib/nn.yaml:89:7
%7757 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7758 = sub %7757, %7756 : f64[] @ models/lib/nn.yaml:89:7
%7759 = div %3776, %7758 : f64[] @ models/lib/nn.yaml:89:7
%7760 = cast %7734 : f64[] @ models/lib/nn.yaml:89:7
%7761 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7762 = pow %7761, %7760 : f64[] @ models/lib/nn.yaml:89:7
%7763 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7764 = sub %7763, %7762 : f64[] @ models/lib/nn.yaml:89:7
%7765 = sqrt %7764 : f64[] @ models/lib/nn.yaml:89:7
%7766 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7767 = div %7766, %7765 : f64[] @ models/lib/nn.yaml:89:7
%7768 = sqrt %7753 : f32[16] @ models/lib/nn.yaml:89:7
%7769 = cast %7767 : f32[] @ models/lib/nn.yaml:89:7
%7770 = broadcast %7769 : f32[16] @ models/lib/nn.yaml:89:7
%7771 = mul %7768, %7770 : f32[16] @ models/lib/nn.yaml:89:7
%7772 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7773 = cast %7772 : f32[] @ models/lib/nn.yaml:89:7
%7774 = broadcast %7773 : f32[16] @ models/lib/nn.yaml:89:7
%7775 = add %7771, %7774 : f32[16] @ models/lib/nn.yaml:89:7
%7776 = div %7743, %7775 : f32[16] @ models/lib/nn.yaml:89:7
%7777 = cast %7759 : f32[] @ models/lib/nn.yaml:89:7
%7778 = broadcast %7777 : f32[16] @ models/lib/nn.yaml:89:7
%7779 = mul %7776, %7778 : f32[16] @ models/lib/nn.yaml:89:7
%7780 = sub %28, %7779 : f32[16] @ models/lib/nn.yaml:89:7
%7781 = assign %28, %7780 : f32[16] @ models/lib/nn.yaml:89:7
%7782 = assign %7730, %7743 : f32[16] @ models/lib/nn.yaml:89:7
%7783 = assign %7731, %7753 : f32[16] @ models/lib/nn.yaml:89:7
%7784 = assign %7732, %7734 : i64[] @ models/lib/nn.yaml:89:7
%7785 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%7786 = broadcast %7785 : f32[16] @ models/lib/nn.yaml:89:7
%7787 = mul %106, %7786 : f32[16] @ models/lib/nn.yaml:89:7
%7788 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7789 = sub %7788, %3778 : f64[] @ models/lib/nn.yaml:89:7
%7790 = cast %7789 : f32[] @ models/lib/nn.yaml:89:7
%7791 = broadcast %7790 : f32[16] @ models/lib/nn.yaml:89:7
%7792 = mul %7780, %7791 : f32[16] @ models/lib/nn.yaml:89:7
%7793 = add %7787, %7792 : f32[16] @ models/lib/nn.yaml:89:7
%7794 = assign %106, %7793 : f32[16] @ models/lib/nn.yaml:89:7
%7795 = all_reduce_sum %5596 : f32[16] @ models/lib/nn.yaml:90:7
%7796 = reshape %7795 : f32[16] @ models/lib/nn.yaml:90:7
%7797 = mul %7796, %7796 : f32[16] @ models/lib/nn.yaml:90:7
%7798 = reduce_sum %7797 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7799 = sqrt %7798 : f32[] @ models/lib/nn.yaml:90:7
%7800 = cast %7799 : f64[] @ models/lib/nn.yaml:90:7
%7801 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%7802 = add %7800, %7801 : f64[] @ models/lib/nn.yaml:90:7
%7803 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%7804 = div %7803, %7802 : f64[] @ models/lib/nn.yaml:90:7
%7805 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7806 = lt %7804, %7805 : bool[] @ models/lib/nn.yaml:90:7
%7807 = cast %7804 : f32[] @ models/lib/nn.yaml:90:7
%7808 = broadcast %7807 : f32[16] @ models/lib/nn.yaml:90:7
%7809 = mul %7795, %7808 : f32[16] @ models/lib/nn.yaml:90:7
%7810 = broadcast %7806 : bool[16] @ models/lib/nn.yaml:90:7
%7811 = select %7810, %7809, %7795 : f32[16] @ models/lib/nn.yaml:90:7
%7812 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7813 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7814 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7815 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7816 = add %7814, %7815 : i64[] @ models/lib/nn.yaml:90:7
%7817 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7818 = cast %7817 : f32[] @ models/lib/nn.yaml:90:7
%7819 = broadcast %7818 : f32[16] @ models/lib/nn.yaml:90:7
%7820 = mul %7811, %7819 : f32[16] @ models/lib/nn.yaml:90:7
%7821 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7822 = cast %7821 : f32[] @ models/lib/nn.yaml:90:7
%7823 = broadcast %7822 : f32[16] @ models/lib/nn.yaml:90:7
%7824 = mul %7812, %7823 : f32[16] @ models/lib/nn.yaml:90:7
%7825 = add %7824, %7820 : f32[16] @ models/lib/nn.yaml:90:7
%7826 = mul %7811, %7811 : f32[16] @ models/lib/nn.yaml:90:7
%7827 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7828 = cast %7827 : f32[] @ models/lib/nn.yaml:90:7
%7829 = broadcast %7828 : f32[16] @ models/lib/nn.yaml:90:7
%7830 = mul %7826, %7829 : f32[16] @ models/lib/nn.yaml:90:7
%7831 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7832 = cast %7831 : f32[] @ models/lib/nn.yaml:90:7
%7833 = broadcast %7832 : f32[16] @ models/lib/nn.yaml:90:7
%7834 = mul %7813, %7833 : f32[16] @ models/lib/nn.yaml:90:7
%7835 = add %7834, %7830 : f32[16] @ models/lib/nn.yaml:90:7
%7836 = cast %7816 : f64[] @ models/lib/nn.yaml:90:7
%7837 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7838 = pow %7837, %7836 : f64[] @ models/lib/nn.yaml:90:7
%7839 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7840 = sub %7839, %7838 : f64[] @ models/lib/nn.yaml:90:7
%7841 = div %3776, %7840 : f64[] @ models/lib/nn.yaml:90:7
%7842 = cast %7816 : f64[] @ models/lib/nn.yaml:90:7
%7843 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7844 = pow %7843, %7842 : f64[] @ models/lib/nn.yaml:90:7
%7845 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7846 = sub %7845, %7844 : f64[] @ models/lib/nn.yaml:90:7
%7847 = sqrt %7846 : f64[] @ models/lib/nn.yaml:90:7
%7848 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7849 = div %7848, %7847 : f64[] @ models/lib/nn.yaml:90:7
%7850 = sqrt %7835 : f32[16] @ models/lib/nn.yaml:90:7
%7851 = cast %7849 : f32[] @ models/lib/nn.yaml:90:7
%7852 = broadcast %7851 : f32[16] @ models/lib/nn.yaml:90:7
%7853 = mul %7850, %7852 : f32[16] @ models/lib/nn.yaml:90:7
%7854 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7855 = cast %7854 : f32[] @ models/lib/nn.yaml:90:7
%7856 = broadcast %7855 : f32[16] @ models/lib/nn.yaml:90:7
%7857 = add %7853, %7856 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = div %7825, %7857 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = cast %7841 : f32[] @ models/lib/nn.yaml:90:7
%7860 = broadcast %7859 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = mul %7858, %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7862 = sub %29, %7861 : f32[16] @ models/lib/nn.yaml:90:7
%7863 = assign %29, %7862 : f32[16] @ models/lib/nn.yaml:90:7
%7864 = assign %7812, %7825 : f32[16] @ models/lib/nn.yaml:90:7
%7865 = assign %7813, %7835 : f32[16] @ models/lib/nn.yaml:90:7
%7866 = assign %7814, %7816 : i64[] @ models/lib/nn.yaml:90:7
%7867 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%7868 = broadcast %7867 : f32[16] @ models/lib/nn.yaml:90:7
%7869 = mul %107, %7868 : f32[16] @ models/lib/nn.yaml:90:7
%7870 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7871 = sub %7870, %3778 : f64[] @ models/lib/nn.yaml:90:7
%7872 = cast %7871 : f32[] @ models/lib/nn.yaml:90:7
%7873 = broadcast %7872 : f32[16] @ models/lib/nn.yaml:90:7
%7874 = mul %7862, %7873 : f32[16] @ models/lib/nn.yaml:90:7
%7875 = add %7869, %7874 : f32[16] @ models/lib/nn.yaml:90:7
%7876 = assign %107, %7875 : f32[16] @ models/lib/nn.yaml:90:7
%7877 = all_reduce_sum %5592 : f32[64,16] @ models/lib/nn.yaml:79:7
%7878 = reshape %7877 : f32[1024] @ models/lib/nn.yaml:79:7
%7879 = mul %7878, %7878 : f32[1024] @ models/lib/nn.yaml:79:7
%7880 = reduce_sum %7879 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7881 = sqrt %7880 : f32[] @ models/lib/nn.yaml:79:7
%7882 = cast %7881 : f64[] @ models/lib/nn.yaml:79:7
%7883 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%7884 = add %7882, %7883 : f64[] @ models/lib/nn.yaml:79:7
%7885 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%7886 = div %7885, %7884 : f64[] @ models/lib/nn.yaml:79:7
%7887 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7888 = lt %7886, %7887 : bool[] @ models/lib/nn.yaml:79:7
%7889 = cast %7886 : f32[] @ models/lib/nn.yaml:79:7
%7890 = broadcast %7889 : f32[64,16] @ models/lib/nn.yaml:79:7
%7891 = mul %7877, %7890 : f32[64,16] @ models/lib/nn.yaml:79:7
%7892 = broadcast %7888 : bool[64,16] @ models/lib/nn.yaml:79:7
%7893 = select %7892, %7891, %7877 : f32[64,16] @ models/lib/nn.yaml:79:7
%7894 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7895 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7896 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7897 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7898 = add %7896, %7897 : i64[] @ models/lib/nn.yaml:79:7
%7899 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%7900 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7901 = sub %7900, %7899 : f64[] @ models/lib/nn.yaml:79:7
%7902 = cast %7901 : f32[] @ models/lib/nn.yaml:79:7
%7903 = broadcast %7902 : f32[64,16] @ models/lib/nn.yaml:79:7
%7904 = mul %30, %7903 : f32[64,16] @ models/lib/nn.yaml:79:7
%7905 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7906 = cast %7905 : f32[] @ models/lib/nn.yaml:79:7
%7907 = broadcast %7906 : f32[64,16] @ models/lib/nn.yaml:79:7
%7908 = mul %7893, %7907 : f32[64,16] @ models/lib/nn.yaml:79:7
%7909 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7910 = cast %7909 : f32[] @ models/lib/nn.yaml:79:7
%7911 = broadcast %7910 : f32[64,16] @ models/lib/nn.yaml:79:7
%7912 = mul %7894, %7911 : f32[64,16] @ models/lib/nn.yaml:79:7
%7913 = add %7912, %7908 : f32[64,16] @ models/lib/nn.yaml:79:7
%7914 = mul %7893, %7893 : f32[64,16] @ models/lib/nn.yaml:79:7
%7915 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7916 = cast %7915 : f32[] @ models/lib/nn.yaml:79:7
%7917 = broadcast %7916 : f32[64,16] @ models/lib/nn.yaml:79:7
%7918 = mul %7914, %7917 : f32[64,16] @ models/lib/nn.yaml:79:7
%7919 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7920 = cast %7919 : f32[] @ models/lib/nn.yaml:79:7
%7921 = broadcast %7920 : f32[64,16] @ models/lib/nn.yaml:79:7
%7922 = mul %7895, %7921 : f32[64,16] @ models/lib/nn.yaml:79:7
%7923 = add %7922, %7918 : f32[64,16] @ models/lib/nn.yaml:79:7
%7924 = cast %7898 : f64[] @ models/lib/nn.yaml:79:7
%7925 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7926 = pow %7925, %7924 : f64[] @ models/lib/nn.yaml:79:7
%7927 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7928 = sub %7927, %7926 : f64[] @ models/lib/nn.yaml:79:7
%7929 = div %3776, %7928 : f64[] @ models/lib/nn.yaml:79:7
%7930 = cast %7898 : f64[] @ models/lib/nn.yaml:79:7
%7931 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7932 = pow %7931, %7930 : f64[] @ models/lib/nn.yaml:79:7
%7933 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7934 = sub %7933, %7932 : f64[] @ models/lib/nn.yaml:79:7
%7935 = sqrt %7934 : f64[] @ models/lib/nn.yaml:79:7
%7936 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7937 = div %7936, %7935 : f64[] @ models/lib/nn.yaml:79:7
%7938 = sqrt %7923 : f32[64,16] @ models/lib/nn.yaml:79:7
%7939 = cast %7937 : f32[] @ models/lib/nn.yaml:79:7
%7940 = broadcast %7939 : f32[64,16] @ models/lib/nn.yaml:79:7
%7941 = mul %7938, %7940 : f32[64,16] @ models/lib/nn.yaml:79:7
%7942 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7943 = cast %7942 : f32[] @ models/lib/nn.yaml:79:7
%7944 = broadcast %7943 : f32[64,16] @ models/lib/nn.yaml:79:7
%7945 = add %7941, %7944 : f32[64,16] @ models/lib/nn.yaml:79:7
%7946 = div %7913, %7945 : f32[64,16] @ models/lib/nn.yaml:79:7
%7947 = cast %7929 : f32[] @ models/lib/nn.yaml:79:7
%7948 = broadcast %7947 : f32[64,16] @ models/lib/nn.yaml:79:7
%7949 = mul %7946, %7948 : f32[64,16] @ models/lib/nn.yaml:79:7
%7950 = sub %7904, %7949 : f32[64,16] @ models/lib/nn.yaml:79:7
%7951 = assign %30, %7950 : f32[64,16] @ models/lib/nn.yaml:79:7
%7952 = assign %7894, %7913 : f32[64,16] @ models/lib/nn.yaml:79:7
%7953 = assign %7895, %7923 : f32[64,16] @ models/lib/nn.yaml:79:7
%7954 = assign %7896, %7898 : i64[] @ models/lib/nn.yaml:79:7
%7955 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%7956 = broadcast %7955 : f32[64,16] @ models/lib/nn.yaml:79:7
%7957 = mul %108, %7956 : f32[64,16] @ models/lib/nn.yaml:79:7
%7958 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7959 = sub %7958, %3778 : f64[] @ models/lib/nn.yaml:79:7
%7960 = cast %7959 : f32[] @ models/lib/nn.yaml:79:7
%7961 = broadcast %7960 : f32[64,16] @ models/lib/nn.yaml:79:7
%7962 = mul %7950, %7961 : f32[64,16] @ models/lib/nn.yaml:79:7
%7963 = add %7957, %7962 : f32[64,16] @ models/lib/nn.yaml:79:7
%7964 = assign %108, %7963 : f32[64,16] @ models/lib/nn.yaml:79:7
%7965 = all_reduce_sum %5584 : f32[64] @ models/lib/nn.yaml:80:7
%7966 = reshape %7965 : f32[64] @ models/lib/nn.yaml:80:7
%7967 = mul %7966, %7966 : f32[64] @ models/lib/nn.yaml:80:7
%7968 = reduce_sum %7967 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7969 = sqrt %7968 : f32[] @ models/lib/nn.yaml:80:7
%7970 = cast %7969 : f64[] @ models/lib/nn.yaml:80:7
%7971 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%7972 = add %7970, %7971 : f64[] @ models/lib/nn.yaml:80:7
%7973 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%7974 = div %7973, %7972 : f64[] @ models/lib/nn.yaml:80:7
%7975 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7976 = lt %7974, %7975 : bool[] @ models/lib/nn.yaml:80:7
%7977 = cast %7974 : f32[] @ models/lib/nn.yaml:80:7
%7978 = broadcast %7977 : f32[64] @ models/lib/nn.yaml:80:7
%7979 = mul %7965, %7978 : f32[64] @ models/lib/nn.yaml:80:7
%7980 = broadcast %7976 : bool[64] @ models/lib/nn.yaml:80:7
%7981 = select %7980, %7979, %7965 : f32[64] @ models/lib/nn.yaml:80:7
%7982 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7983 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7984 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7985 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7986 = add %7984, %7985 : i64[] @ models/lib/nn.yaml:80:7
%7987 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7988 = cast %7987 : f32[] @ models/lib/nn.yaml:80:7
%7989 = broadcast %7988 : f32[64] @ models/lib/nn.yaml:80:7
%7990 = mul %7981, %7989 : f32[64] @ models/lib/nn.yaml:80:7
%7991 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7992 = cast %7991 : f32[] @ models/lib/nn.yaml:80:7
%7993 = broadcast %7992 : f32[64] @ models/lib/nn.yaml:80:7
%7994 = mul %7982, %7993 : f32[64] @ models/lib/nn.yaml:80:7
%7995 = add %7994, %7990 : f32[64] @ models/lib/nn.yaml:80:7
%7996 = mul %7981, %7981 : f32[64] @ models/lib/nn.yaml:80:7
%7997 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7998 = cast %7997 : f32[] @ models/lib/nn.yaml:80:7
%7999 = broadcast %7998 : f32[64] @ models/lib/nn.yaml:80:7
%8000 = mul %7996, %7999 : f32[64] @ models/lib/nn.yaml:80:7
%8001 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8002 = cast %8001 : f32[] @ models/lib/nn.yaml:80:7
%8003 = broadcast %8002 : f32[64] @ models/lib/nn.yaml:80:7
%8004 = mul %7983, %8003 : f32[64] @ models/lib/nn.yaml:80:7
%8005 = add %8004, %8000 : f32[64] @ models/lib/nn.yaml:80:7
%8006 = cast %7986 : f64[] @ models/lib/nn.yaml:80:7
%8007 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8008 = pow %8007, %8006 : f64[] @ models/lib/nn.yaml:80:7
%8009 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8010 = sub %8009, %8008 : f64[] @ models/lib/nn.yaml:80:7
%8011 = div %3776, %8010 : f64[] @ models/lib/nn.yaml:80:7
%8012 = cast %7986 : f64[] @ models/lib/nn.yaml:80:7
%8013 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8014 = pow %8013, %8012 : f64[] @ models/lib/nn.yaml:80:7
%8015 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8016 = sub %8015, %8014 : f64[] @ models/lib/nn.yaml:80:7
%8017 = sqrt %8016 : f64[] @ models/lib/nn.yaml:80:7
%8018 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8019 = div %8018, %8017 : f64[] @ models/lib/nn.yaml:80:7
%8020 = sqrt %8005 : f32[64] @ models/lib/nn.yaml:80:7
%8021 = cast %8019 : f32[] @ models/lib/nn.yaml:80:7
%8022 = broadcast %8021 : f32[64] @ models/lib/nn.yaml:80:7
%8023 = mul %8020, %8022 : f32[64] @ models/lib/nn.yaml:80:7
%8024 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8025 = cast %8024 : f32[] @ models/lib/nn.yaml:80:7
%8026 = broadcast %8025 : f32[64] @ models/lib/nn.yaml:80:7
%8027 = add %8023, %8026 : f32[64] @ models/lib/nn.yaml:80:7
%8028 = div %7995, %8027 : f32[64] @ models/lib/nn.yaml:80:7
%8029 = cast %8011 : f32[] @ models/lib/nn.yaml:80:7
%8030 = broadcast %8029 : f32[64] @ models/lib/nn.yaml:80:7
%8031 = mul %8028, %8030 : f32[64] @ models/lib/nn.yaml:80:7
%8032 = sub %31, %8031 : f32[64] @ models/lib/nn.yaml:80:7
%8033 = assign %31, %8032 : f32[64] @ models/lib/nn.yaml:80:7
%8034 = assign %7982, %7995 : f32[64] @ models/lib/nn.yaml:80:7
%8035 = assign %7983, %8005 : f32[64] @ models/lib/nn.yaml:80:7
%8036 = assign %7984, %7986 : i64[] @ models/lib/nn.yaml:80:7
%8037 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%8038 = broadcast %8037 : f32[64] @ models/lib/nn.yaml:80:7
%8039 = mul %109, %8038 : f32[64] @ models/lib/nn.yaml:80:7
%8040 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8041 = sub %8040, %3778 : f64[] @ models/lib/nn.yaml:80:7
%8042 = cast %8041 : f32[] @ models/lib/nn.yaml:80:7
%8043 = broadcast %8042 : f32[64] @ models/lib/nn.yaml:80:7
%8044 = mul %8032, %8043 : f32[64] @ models/lib/nn.yaml:80:7
%8045 = add %8039, %8044 : f32[64] @ models/lib/nn.yaml:80:7
%8046 = assign %109, %8045 : f32[64] @ models/lib/nn.yaml:80:7
%8047 = all_reduce_sum %5567 : f32[16,64] @ models/lib/nn.yaml:79:7
%8048 = reshape %8047 : f32[1024] @ models/lib/nn.yaml:79:7
%8049 = mul %8048, %8048 : f32[1024] @ models/lib/nn.yaml:79:7
%8050 = reduce_sum %8049 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8051 = sqrt %8050 : f32[] @ models/lib/nn.yaml:79:7
%8052 = cast %8051 : f64[] @ models/lib/nn.yaml:79:7
%8053 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8054 = add %8052, %8053 : f64[] @ models/lib/nn.yaml:79:7
%8055 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8056 = div %8055, %8054 : f64[] @ models/lib/nn.yaml:79:7
%8057 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8058 = lt %8056, %8057 : bool[] @ models/lib/nn.yaml:79:7
%8059 = cast %8056 : f32[] @ models/lib/nn.yaml:79:7
%8060 = broadcast %8059 : f32[16,64] @ models/lib/nn.yaml:79:7
%8061 = mul %8047, %8060 : f32[16,64] @ models/lib/nn.yaml:79:7
%8062 = broadcast %8058 : bool[16,64] @ models/lib/nn.yaml:79:7
%8063 = select %8062, %8061, %8047 : f32[16,64] @ models/lib/nn.yaml:79:7
%8064 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8065 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8066 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8067 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8068 = add %8066, %8067 : i64[] @ models/lib/nn.yaml:79:7
%8069 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%8070 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8071 = sub %8070, %8069 : f64[] @ models/lib/nn.yaml:79:7
%8072 = cast %8071 : f32[] @ models/lib/nn.yaml:79:7
%8073 = broadcast %8072 : f32[16,64] @ models/lib/nn.yaml:79:7
%8074 = mul %32, %8073 : f32[16,64] @ models/lib/nn.yaml:79:7
%8075 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8076 = cast %8075 : f32[] @ models/lib/nn.yaml:79:7
%8077 = broadcast %8076 : f32[16,64] @ models/lib/nn.yaml:79:7
%8078 = mul %8063, %8077 : f32[16,64] @ models/lib/nn.yaml:79:7
%8079 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8080 = cast %8079 : f32[] @ models/lib/nn.yaml:79:7
%8081 = broadcast %8080 : f32[16,64] @ models/lib/nn.yaml:79:7
%8082 = mul %8064, %8081 : f32[16,64] @ models/lib/nn.yaml:79:7
%8083 = add %8082, %8078 : f32[16,64] @ models/lib/nn.yaml:79:7
%8084 = mul %8063, %8063 : f32[16,64] @ models/lib/nn.yaml:79:7
%8085 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8086 = cast %8085 : f32[] @ models/lib/nn.yaml:79:7
%8087 = broadcast %8086 : f32[16,64] @ models/lib/nn.yaml:79:7
%8088 = mul %8084, %8087 : f32[16,64] @ models/lib/nn.yaml:79:7
%8089 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8090 = cast %8089 : f32[] @ models/lib/nn.yaml:79:7
%8091 = broadcast %8090 : f32[16,64] @ models/lib/nn.yaml:79:7
%8092 = mul %8065, %8091 : f32[16,64] @ models/lib/nn.yaml:79:7
%8093 = add %8092, %8088 : f32[16,64] @ models/lib/nn.yaml:79:7
%8094 = cast %8068 : f64[] @ models/lib/nn.yaml:79:7
%8095 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8096 = pow %8095, %8094 : f64[] @ models/lib/nn.yaml:79:7
%8097 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8098 = sub %8097, %8096 : f64[] @ models/lib/nn.yaml:79:7
%8099 = div %3776, %8098 : f64[] @ models/lib/nn.yaml:79:7
%8100 = cast %8068 : f64[] @ models/lib/nn.yaml:79:7
%8101 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8102 = pow %8101, %8100 : f64[] @ models/lib/nn.yaml:79:7
%8103 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8104 = sub %8103, %8102 : f64[] @ models/lib/nn.yaml:79:7
%8105 = sqrt %8104 : f64[] @ models/lib/nn.yaml:79:7
%8106 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8107 = div %8106, %8105 : f64[] @ models/lib/nn.yaml:79:7
%8108 = sqrt %8093 : f32[16,64] @ models/lib/nn.yaml:79:7
%8109 = cast %8107 : f32[] @ models/lib/nn.yaml:79:7
%8110 = broadcast %8109 : f32[16,64] @ models/lib/nn.yaml:79:7
%8111 = mul %8108, %8110 : f32[16,64] @ models/lib/nn.yaml:79:7
%8112 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8113 = cast %8112 : f32[] @ models/lib/nn.yaml:79:7
%8114 = broadcast %8113 : f32[16,64] @ models/lib/nn.yaml:79:7
%8115 = add %8111, %8114 : f32[16,64] @ models/lib/nn.yaml:79:7
%8116 = div %8083, %8115 : f32[16,64] @ models/lib/nn.yaml:79:7
%8117 = cast %8099 : f32[] @ models/lib/nn.yaml:79:7
%8118 = broadcast %8117 : f32[16,64] @ models/lib/nn.yaml:79:7
%8119 = mul %8116, %8118 : f32[16,64] @ models/lib/nn.yaml:79:7
%8120 = sub %8074, %8119 : f32[16,64] @ models/lib/nn.yaml:79:7
%8121 = assign %32, %8120 : f32[16,64] @ models/lib/nn.yaml:79:7
%8122 = assign %8064, %8083 : f32[16,64] @ models/lib/nn.yaml:79:7
%8123 = assign %8065, %8093 : f32[16,64] @ models/lib/nn.yaml:79:7
%8124 = assign %8066, %8068 : i64[] @ models/lib/nn.yaml:79:7
%8125 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%8126 = broadcast %8125 : f32[16,64] @ models/lib/nn.yaml:79:7
%8127 = mul %110, %8126 : f32[16,64] @ models/lib/nn.yaml:79:7
%8128 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8129 = sub %8128, %3778 : f64[] @ models/lib/nn.yaml:79:7
%8130 = cast %8129 : f32[] @ models/lib/nn.yaml:79:7
%8131 = broadcast %8130 : f32[16,64] @ models/lib/nn.yaml:79:7
%8132 = mul %8120, %8131 : f32[16,64] @ models/lib/nn.yaml:79:7
%8133 = add %8127, %8132 : f32[16,64] @ models/lib/nn.yaml:79:7
%8134 = assign %110, %8133 : f32[16,64] @ models/lib/nn.yaml:79:7
%8135 = all_reduce_sum %5559 : f32[16] @ models/lib/nn.yaml:80:7
%8136 = reshape %8135 : f32[16] @ models/lib/nn.yaml:80:7
%8137 = mul %8136, %8136 : f32[16] @ models/lib/nn.yaml:80:7
%8138 = reduce_sum %8137 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8139 = sqrt %8138 : f32[] @ models/lib/nn.yaml:80:7
%8140 = cast %8139 : f64[] @ models/lib/nn.yaml:80:7
%8141 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8142 = add %8140, %8141 : f64[] @ models/lib/nn.yaml:80:7
%8143 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8144 = div %8143, %8142 : f64[] @ models/lib/nn.yaml:80:7
%8145 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8146 = lt %8144, %8145 : bool[] @ models/lib/nn.yaml:80:7
%8147 = cast %8144 : f32[] @ models/lib/nn.yaml:80:7
%8148 = broadcast %8147 : f32[16] @ models/lib/nn.yaml:80:7
%8149 = mul %8135, %8148 : f32[16] @ models/lib/nn.yaml:80:7
%8150 = broadcast %8146 : bool[16] @ models/lib/nn.yaml:80:7
%8151 = select %8150, %8149, %8135 : f32[16] @ models/lib/nn.yaml:80:7
%8152 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8153 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8154 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8155 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8156 = add %8154, %8155 : i64[] @ models/lib/nn.yaml:80:7
%8157 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8158 = cast %8157 : f32[] @ models/lib/nn.yaml:80:7
%8159 = broadcast %8158 : f32[16] @ models/lib/nn.yaml:80:7
%8160 = mul %8151, %8159 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8162 = cast %8161 : f32[] @ models/lib/nn.yaml:80:7
%8163 = broadcast %8162 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = mul %8152, %8163 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = add %8164, %8160 : f32[16] @ models/lib/nn.yaml:80:7
%8166 = mul %8151, %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8167 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8168 = cast %8167 : f32[] @ models/lib/nn.yaml:80:7
%8169 = broadcast %8168 : f32[16] @ models/lib/nn.yaml:80:7
%8170 = mul %8166, %8169 : f32[16] @ models/lib/nn.yaml:80:7
%8171 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8172 = cast %8171 : f32[] @ models/lib/nn.yaml:80:7
%8173 = broadcast %8172 : f32[16] @ models/lib/nn.yaml:80:7
%8174 = mul %8153, %8173 : f32[16] @ models/lib/nn.yaml:80:7
%8175 = add %8174, %8170 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = cast %8156 : f64[] @ models/lib/nn.yaml:80:7
%8177 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8178 = pow %8177, %8176 : f64[] @ models/lib/nn.yaml:80:7
%8179 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8180 = sub %8179, %8178 : f64[] @ models/lib/nn.yaml:80:7
%8181 = div %3776, %8180 : f64[] @ models/lib/nn.yaml:80:7
%8182 = cast %8156 : f64[] @ models/lib/nn.yaml:80:7
%8183 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8184 = pow %8183, %8182 : f64[] @ models/lib/nn.yaml:80:7
%8185 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8186 = sub %8185, %8184 : f64[] @ models/lib/nn.yaml:80:7
%8187 = sqrt %8186 : f64[] @ models/lib/nn.yaml:80:7
%8188 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8189 = div %8188, %8187 : f64[] @ models/lib/nn.yaml:80:7
%8190 = sqrt %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = cast %8189 : f32[] @ models/lib/nn.yaml:80:7
%8192 = broadcast %8191 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = mul %8190, %8192 : f32[16] @ models/lib/nn.yaml:80:7
%8194 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8195 = cast %8194 : f32[] @ models/lib/nn.yaml:80:7
%8196 = broadcast %8195 : f32[16] @ models/lib/nn.yaml:80:7
%8197 = add %8193, %8196 : f32[16] @ models/lib/nn.yaml:80:7
%8198 = div %8165, %8197 : f32[16] @ models/lib/nn.yaml:80:7
%8199 = cast %8181 : f32[] @ models/lib/nn.yaml:80:7
%8200 = broadcast %8199 : f32[16] @ models/lib/nn.yaml:80:7
%8201 = mul %8198, %8200 : f32[16] @ models/lib/nn.yaml:80:7
%8202 = sub %33, %8201 : f32[16] @ models/lib/nn.yaml:80:7
%8203 = assign %33, %8202 : f32[16] @ models/lib/nn.yaml:80:7
%8204 = assign %8152, %8165 : f32[16] @ models/lib/nn.yaml:80:7
%8205 = assign %8153, %8175 : f32[16] @ models/lib/nn.yaml:80:7
%8206 = assign %8154, %8156 : i64[] @ models/lib/nn.yaml:80:7
%8207 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%8208 = broadcast %8207 : f32[16] @ models/lib/nn.yaml:80:7
%8209 = mul %111, %8208 : f32[16] @ models/lib/nn.yaml:80:7
%8210 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8211 = sub %8210, %3778 : f64[] @ models/lib/nn.yaml:80:7
%8212 = cast %8211 : f32[] @ models/lib/nn.yaml:80:7
%8213 = broadcast %8212 : f32[16] @ models/lib/nn.yaml:80:7
%8214 = mul %8202, %8213 : f32[16] @ models/lib/nn.yaml:80:7
%8215 = add %8209, %8214 : f32[16] @ models/lib/nn.yaml:80:7
%8216 = assign %111, %8215 : f32[16] @ models/lib/nn.yaml:80:7
%8217 = all_reduce_sum %5554 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8218 = reshape %8217 : f32[16] @ models/lib/vit.yaml:103:7
%8219 = mul %8218, %8218 : f32[16] @ models/lib/vit.yaml:103:7
%8220 = reduce_sum %8219 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%8221 = sqrt %8220 : f32[] @ models/lib/vit.yaml:103:7
%8222 = cast %8221 : f64[] @ models/lib/vit.yaml:103:7
%8223 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:103:7
%8224 = add %8222, %8223 : f64[] @ models/lib/vit.yaml:103:7
%8225 = const data=[3] : f64[] @ models/lib/vit.yaml:103:7
%8226 = div %8225, %8224 : f64[] @ models/lib/vit.yaml:103:7
%8227 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8228 = lt %8226, %8227 : bool[] @ models/lib/vit.yaml:103:7
%8229 = cast %8226 : f32[] @ models/lib/vit.yaml:103:7
%8230 = broadcast %8229 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8231 = mul %8217, %8230 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8232 = broadcast %8228 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%8233 = select %8232, %8231, %8217 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8234 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8235 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8236 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%8237 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%8238 = add %8236, %8237 : i64[] @ models/lib/vit.yaml:103:7
%8239 = mul %3776, %3777 : f64[] @ models/lib/vit.yaml:103:7
%8240 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8241 = sub %8240, %8239 : f64[] @ models/lib/vit.yaml:103:7
%8242 = cast %8241 : f32[] @ models/lib/vit.yaml:103:7
%8243 = broadcast %8242 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8244 = mul %34, %8243 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8245 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%8246 = cast %8245 : f32[] @ models/lib/vit.yaml:103:7
%8247 = broadcast %8246 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8248 = mul %8233, %8247 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8249 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%8250 = cast %8249 : f32[] @ models/lib/vit.yaml:103:7
%8251 = broadcast %8250 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8252 = mul %8234, %8251 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8253 = add %8252, %8248 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8254 = mul %8233, %8233 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8255 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%8256 = cast %8255 : f32[] @ models/lib/vit.yaml:103:7
%8257 = broadcast %8256 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8258 = mul %8254, %8257 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8259 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%8260 = cast %8259 : f32[] @ models/lib/vit.yaml:103:7
%8261 = broadcast %8260 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8262 = mul %8235, %8261 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8263 = add %8262, %8258 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8264 = cast %8238 : f64[] @ models/lib/vit.yaml:103:7
%8265 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%8266 = pow %8265, %8264 : f64[] @ models/lib/vit.yaml:103:7
%8267 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8268 = sub %8267, %8266 : f64[] @ models/lib/vit.yaml:103:7
%8269 = div %3776, %8268 : f64[] @ models/lib/vit.yaml:103:7
%8270 = cast %8238 : f64[] @ models/lib/vit.yaml:103:7
%8271 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%8272 = pow %8271, %8270 : f64[] @ models/lib/vit.yaml:103:7
%8273 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8274 = sub %8273, %8272 : f64[] @ models/lib/vit.yaml:103:7
%8275 = sqrt %8274 : f64[] @ models/lib/vit.yaml:103:7
%8276 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8277 = div %8276, %8275 : f64[] @ models/lib/vit.yaml:103:7
%8278 = sqrt %8263 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8279 = cast %8277 : f32[] @ models/lib/vit.yaml:103:7
%8280 = broadcast %8279 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8281 = mul %8278, %8280 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8282 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%8283 = cast %8282 : f32[] @ models/lib/vit.yaml:103:7
%8284 = broadcast %8283 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8285 = add %8281, %8284 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8286 = div %8253, %8285 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8287 = cast %8269 : f32[] @ models/lib/vit.yaml:103:7
%8288 = broadcast %8287 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8289 = mul %8286, %8288 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8290 = sub %8244, %8289 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8291 = assign %34, %8290 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8292 = assign %8234, %8253 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8293 = assign %8235, %8263 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8294 = assign %8236, %8238 : i64[] @ models/lib/vit.yaml:103:7
%8295 = cast %3778 : f32[] @ models/lib/vit.yaml:103:7
%8296 = broadcast %8295 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8297 = mul %112, %8296 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8298 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%8299 = sub %8298, %3778 : f64[] @ models/lib/vit.yaml:103:7
%8300 = cast %8299 : f32[] @ models/lib/vit.yaml:103:7
%8301 = broadcast %8300 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8302 = mul %8290, %8301 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8303 = add %8297, %8302 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8304 = assign %112, %8303 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%8305 = all_reduce_sum %5528 : f32[16] @ models/lib/nn.yaml:89:7
%8306 = reshape %8305 : f32[16] @ models/lib/nn.yaml:89:7
%8307 = mul %8306, %8306 : f32[16] @ models/lib/nn.yaml:89:7
%8308 = reduce_sum %8307 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8309 = sqrt %8308 : f32[] @ models/lib/nn.yaml:89:7
%8310 = cast %8309 : f64[] @ models/lib/nn.yaml:89:7
%8311 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%8312 = add %8310, %8311 : f64[] @ models/lib/nn.yaml:89:7
%8313 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%8314 = div %8313, %8312 : f64[] @ models/lib/nn.yaml:89:7
%8315 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8316 = lt %8314, %8315 : bool[] @ models/lib/nn.yaml:89:7
%8317 = cast %8314 : f32[] @ models/lib/nn.yaml:89:7
%8318 = broadcast %8317 : f32[16] @ models/lib/nn.yaml:89:7
%8319 = mul %8305, %8318 : f32[16] @ models/lib/nn.yaml:89:7
%8320 = broadcast %8316 : bool[16] @ models/lib/nn.yaml:89:7
%8321 = select %8320, %8319, %8305 : f32[16] @ models/lib/nn.yaml:89:7
%8322 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8323 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8324 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8325 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%8326 = add %8324, %8325 : i64[] @ models/lib/nn.yaml:89:7
%8327 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%8328 = cast %8327 : f32[] @ models/lib/nn.yaml:89:7
%8329 = broadcast %8328 : f32[16] @ models/lib/nn.yaml:89:7
%8330 = mul %8321, %8329 : f32[16] @ models/lib/nn.yaml:89:7
%8331 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8332 = cast %8331 : f32[] @ models/lib/nn.yaml:89:7
%8333 = broadcast %8332 : f32[16] @ models/lib/nn.yaml:89:7
%8334 = mul %8322, %8333 : f32[16] @ models/lib/nn.yaml:89:7
%8335 = add %8334, %8330 : f32[16] @ models/lib/nn.yaml:89:7
%8336 = mul %8321, %8321 : f32[16] @ models/lib/nn.yaml:89:7
%8337 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%8338 = cast %8337 : f32[] @ models/lib/nn.yaml:89:7
%8339 = broadcast %8338 : f32[16] @ models/lib/nn.yaml:89:7
%8340 = mul %8336, %8339 : f32[16] @ models/lib/nn.yaml:89:7
%8341 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8342 = cast %8341 : f32[] @ models/lib/nn.yaml:89:7
%8343 = broadcast %8342 : f32[16] @ models/lib/nn.yaml:89:7
%8344 = mul %8323, %8343 : f32[16] @ models/lib/nn.yaml:89:7
%8345 = add %8344, %8340 : f32[16] @ models/lib/nn.yaml:89:7
%8346 = cast %8326 : f64[] @ models/lib/nn.yaml:89:7
%8347 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%8348 = pow %8347, %8346 : f64[] @ models/lib/nn.yaml:89:7
%8349 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8350 = sub %8349, %8348 : f64[] @ models/lib/nn.yaml:89:7
%8351 = div %3776, %8350 : f64[] @ models/lib/nn.yaml:89:7
%8352 = cast %8326 : f64[] @ models/lib/nn.yaml:89:7
%8353 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%8354 = pow %8353, %8352 : f64[] @ models/lib/nn.yaml:89:7
%8355 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8356 = sub %8355, %8354 : f64[] @ models/lib/nn.yaml:89:7
%8357 = sqrt %8356 : f64[] @ models/lib/nn.yaml:89:7
%8358 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8359 = div %8358, %8357 : f64[] @ models/lib/nn.yaml:89:7
%8360 = sqrt %8345 : f32[16] @ models/lib/nn.yaml:89:7
%8361 = cast %8359 : f32[] @ models/lib/nn.yaml:89:7
%8362 = broadcast %8361 : f32[16] @ models/lib/nn.yaml:89:7
%8363 = mul %8360, %8362 : f32[16] @ models/lib/nn.yaml:89:7
%8364 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%8365 = cast %8364 : f32[] @ models/lib/nn.yaml:89:7
%8366 = broadcast %8365 : f32[16] @ models/lib/nn.yaml:89:7
%8367 = add %8363, %8366 : f32[16] @ models/lib/nn.yaml:89:7
%8368 = div %8335, %8367 : f32[16] @ models/lib/nn.yaml:89:7
%8369 = cast %8351 : f32[] @ models/lib/nn.yaml:89:7
%8370 = broadcast %8369 : f32[16] @ models/lib/nn.yaml:89:7
%8371 = mul %8368, %8370 : f32[16] @ models/lib/nn.yaml:89:7
%8372 = sub %35, %8371 : f32[16] @ models/lib/nn.yaml:89:7
%8373 = assign %35, %8372 : f32[16] @ models/lib/nn.yaml:89:7
%8374 = assign %8322, %8335 : f32[16] @ models/lib/nn.yaml:89:7
%8375 = assign %8323, %8345 : f32[16] @ models/lib/nn.yaml:89:7
%8376 = assign %8324, %8326 : i64[] @ models/lib/nn.yaml:89:7
%8377 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%8378 = broadcast %8377 : f32[16] @ models/lib/nn.yaml:89:7
%8379 = mul %113, %8378 : f32[16] @ models/lib/nn.yaml:89:7
%8380 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%8381 = sub %8380, %3778 : f64[] @ models/lib/nn.yaml:89:7
%8382 = cast %8381 : f32[] @ models/lib/nn.yaml:89:7
%8383 = broadcast %8382 : f32[16] @ models/lib/nn.yaml:89:7
%8384 = mul %8372, %8383 : f32[16] @ models/lib/nn.yaml:89:7
%8385 = add %8379, %8384 : f32[16] @ models/lib/nn.yaml:89:7
%8386 = assign %113, %8385 : f32[16] @ models/lib/nn.yaml:89:7
%8387 = all_reduce_sum %5523 : f32[16] @ models/lib/nn.yaml:90:7
%8388 = reshape %8387 : f32[16] @ models/lib/nn.yaml:90:7
%8389 = mul %8388, %8388 : f32[16] @ models/lib/nn.yaml:90:7
%8390 = reduce_sum %8389 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8391 = sqrt %8390 : f32[] @ models/lib/nn.yaml:90:7
%8392 = cast %8391 : f64[] @ models/lib/nn.yaml:90:7
%8393 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%8394 = add %8392, %8393 : f64[] @ models/lib/nn.yaml:90:7
%8395 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%8396 = div %8395, %8394 : f64[] @ models/lib/nn.yaml:90:7
%8397 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8398 = lt %8396, %8397 : bool[] @ models/lib/nn.yaml:90:7
%8399 = cast %8396 : f32[] @ models/lib/nn.yaml:90:7
%8400 = broadcast %8399 : f32[16] @ models/lib/nn.yaml:90:7
%8401 = mul %8387, %8400 : f32[16] @ models/lib/nn.yaml:90:7
%8402 = broadcast %8398 : bool[16] @ models/lib/nn.yaml:90:7
%8403 = select %8402, %8401, %8387 : f32[16] @ models/lib/nn.yaml:90:7
%8404 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8405 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8406 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8407 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%8408 = add %8406, %8407 : i64[] @ models/lib/nn.yaml:90:7
%8409 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%8410 = cast %8409 : f32[] @ models/lib/nn.yaml:90:7
%8411 = broadcast %8410 : f32[16] @ models/lib/nn.yaml:90:7
%8412 = mul %8403, %8411 : f32[16] @ models/lib/nn.yaml:90:7
%8413 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8414 = cast %8413 : f32[] @ models/lib/nn.yaml:90:7
%8415 = broadcast %8414 : f32[16] @ models/lib/nn.yaml:90:7
%8416 = mul %8404, %8415 : f32[16] @ models/lib/nn.yaml:90:7
%8417 = add %8416, %8412 : f32[16] @ models/lib/nn.yaml:90:7
%8418 = mul %8403, %8403 : f32[16] @ models/lib/nn.yaml:90:7
%8419 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%8420 = cast %8419 : f32[] @ models/lib/nn.yaml:90:7
%8421 = broadcast %8420 : f32[16] @ models/lib/nn.yaml:90:7
%8422 = mul %8418, %8421 : f32[16] @ models/lib/nn.yaml:90:7
%8423 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8424 = cast %8423 : f32[] @ models/lib/nn.yaml:90:7
%8425 = broadcast %8424 : f32[16] @ models/lib/nn.yaml:90:7
%8426 = mul %8405, %8425 : f32[16] @ models/lib/nn.yaml:90:7
%8427 = add %8426, %8422 : f32[16] @ models/lib/nn.yaml:90:7
%8428 = cast %8408 : f64[] @ models/lib/nn.yaml:90:7
%8429 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%8430 = pow %8429, %8428 : f64[] @ models/lib/nn.yaml:90:7
%8431 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8432 = sub %8431, %8430 : f64[] @ models/lib/nn.yaml:90:7
%8433 = div %3776, %8432 : f64[] @ models/lib/nn.yaml:90:7
%8434 = cast %8408 : f64[] @ models/lib/nn.yaml:90:7
%8435 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%8436 = pow %8435, %8434 : f64[] @ models/lib/nn.yaml:90:7
%8437 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8438 = sub %8437, %8436 : f64[] @ models/lib/nn.yaml:90:7
%8439 = sqrt %8438 : f64[] @ models/lib/nn.yaml:90:7
%8440 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8441 = div %8440, %8439 : f64[] @ models/lib/nn.yaml:90:7
%8442 = sqrt %8427 : f32[16] @ models/lib/nn.yaml:90:7
%8443 = cast %8441 : f32[] @ models/lib/nn.yaml:90:7
%8444 = broadcast %8443 : f32[16] @ models/lib/nn.yaml:90:7
%8445 = mul %8442, %8444 : f32[16] @ models/lib/nn.yaml:90:7
%8446 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%8447 = cast %8446 : f32[] @ models/lib/nn.yaml:90:7
%8448 = broadcast %8447 : f32[16] @ models/lib/nn.yaml:90:7
%8449 = add %8445, %8448 : f32[16] @ models/lib/nn.yaml:90:7
%8450 = div %8417, %8449 : f32[16] @ models/lib/nn.yaml:90:7
%8451 = cast %8433 : f32[] @ models/lib/nn.yaml:90:7
%8452 = broadcast %8451 : f32[16] @ models/lib/nn.yaml:90:7
%8453 = mul %8450, %8452 : f32[16] @ models/lib/nn.yaml:90:7
%8454 = sub %36, %8453 : f32[16] @ models/lib/nn.yaml:90:7
%8455 = assign %36, %8454 : f32[16] @ models/lib/nn.yaml:90:7
%8456 = assign %8404, %8417 : f32[16] @ models/lib/nn.yaml:90:7
%8457 = assign %8405, %8427 : f32[16] @ models/lib/nn.yaml:90:7
%8458 = assign %8406, %8408 : i64[] @ models/lib/nn.yaml:90:7
%8459 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%8460 = broadcast %8459 : f32[16] @ models/lib/nn.yaml:90:7
%8461 = mul %114, %8460 : f32[16] @ models/lib/nn.yaml:90:7
%8462 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%8463 = sub %8462, %3778 : f64[] @ models/lib/nn.yaml:90:7
%8464 = cast %8463 : f32[] @ models/lib/nn.yaml:90:7
%8465 = broadcast %8464 : f32[16] @ models/lib/nn.yaml:90:7
%8466 = mul %8454, %8465 : f32[16] @ models/lib/nn.yaml:90:7
%8467 = add %8461, %8466 : f32[16] @ models/lib/nn.yaml:90:7
%8468 = assign %114, %8467 : f32[16] @ models/lib/nn.yaml:90:7
%8469 = all_reduce_sum %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%8470 = reshape %8469 : f32[256] @ models/lib/nn.yaml:79:7
%8471 = mul %8470, %8470 : f32[256] @ models/lib/nn.yaml:79:7
%8472 = reduce_sum %8471 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8473 = sqrt %8472 : f32[] @ models/lib/nn.yaml:79:7
%8474 = cast %8473 : f64[] @ models/lib/nn.yaml:79:7
%8475 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8476 = add %8474, %8475 : f64[] @ models/lib/nn.yaml:79:7
%8477 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8478 = div %8477, %8476 : f64[] @ models/lib/nn.yaml:79:7
%8479 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8480 = lt %8478, %8479 : bool[] @ models/lib/nn.yaml:79:7
%8481 = cast %8478 : f32[] @ models/lib/nn.yaml:79:7
%8482 = broadcast %8481 : f32[16,16] @ models/lib/nn.yaml:79:7
%8483 = mul %8469, %8482 : f32[16,16] @ models/lib/nn.yaml:79:7
%8484 = broadcast %8480 : bool[16,16] @ models/lib/nn.yaml:79:7
%8485 = select %8484, %8483, %8469 : f32[16,16] @ models/lib/nn.yaml:79:7
%8486 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8487 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8488 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8489 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8490 = add %8488, %8489 : i64[] @ models/lib/nn.yaml:79:7
%8491 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%8492 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8493 = sub %8492, %8491 : f64[] @ models/lib/nn.yaml:79:7
%8494 = cast %8493 : f32[] @ models/lib/nn.yaml:79:7
%8495 = broadcast %8494 : f32[16,16] @ models/lib/nn.yaml:79:7
%8496 = mul %37, %8495 : f32[16,16] @ models/lib/nn.yaml:79:7
%8497 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8498 = cast %8497 : f32[] @ models/lib/nn.yaml:79:7
%8499 = broadcast %8498 : f32[16,16] @ models/lib/nn.yaml:79:7
%8500 = mul %8485, %8499 : f32[16,16] @ models/lib/nn.yaml:79:7
%8501 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8502 = cast %8501 : f32[] @ models/lib/nn.yaml:79:7
%8503 = broadcast %8502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8504 = mul %8486, %8503 : f32[16,16] @ models/lib/nn.yaml:79:7
%8505 = add %8504, %8500 : f32[16,16] @ models/lib/nn.yaml:79:7
%8506 = mul %8485, %8485 : f32[16,16] @ models/lib/nn.yaml:79:7
%8507 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8508 = cast %8507 : f32[] @ models/lib/nn.yaml:79:7
%8509 = broadcast %8508 : f32[16,16] @ models/lib/nn.yaml:79:7
%8510 = mul %8506, %8509 : f32[16,16] @ models/lib/nn.yaml:79:7
%8511 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8512 = cast %8511 : f32[] @ models/lib/nn.yaml:79:7
%8513 = broadcast %8512 : f32[16,16] @ models/lib/nn.yaml:79:7
%8514 = mul %8487, %8513 : f32[16,16] @ models/lib/nn.yaml:79:7
%8515 = add %8514, %8510 : f32[16,16] @ models/lib/nn.yaml:79:7
%8516 = cast %8490 : f64[] @ models/lib/nn.yaml:79:7
%8517 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8518 = pow %8517, %8516 : f64[] @ models/lib/nn.yaml:79:7
%8519 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8520 = sub %8519, %8518 : f64[] @ models/lib/nn.yaml:79:7
%8521 = div %3776, %8520 : f64[] @ models/lib/nn.yaml:79:7
%8522 = cast %8490 : f64[] @ models/lib/nn.yaml:79:7
%8523 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8524 = pow %8523, %8522 : f64[] @ models/lib/nn.yaml:79:7
%8525 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8526 = sub %8525, %8524 : f64[] @ models/lib/nn.yaml:79:7
%8527 = sqrt %8526 : f64[] @ models/lib/nn.yaml:79:7
%8528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8529 = div %8528, %8527 : f64[] @ models/lib/nn.yaml:79:7
%8530 = sqrt %8515 : f32[16,16] @ models/lib/nn.yaml:79:7
%8531 = cast %8529 : f32[] @ models/lib/nn.yaml:79:7
%8532 = broadcast %8531 : f32[16,16] @ models/lib/nn.yaml:79:7
%8533 = mul %8530, %8532 : f32[16,16] @ models/lib/nn.yaml:79:7
%8534 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8535 = cast %8534 : f32[] @ models/lib/nn.yaml:79:7
%8536 = broadcast %8535 : f32[16,16] @ models/lib/nn.yaml:79:7
%8537 = add %8533, %8536 : f32[16,16] @ models/lib/nn.yaml:79:7
%8538 = div %8505, %8537 : f32[16,16] @ models/lib/nn.yaml:79:7
%8539 = cast %8521 : f32[] @ models/lib/nn.yaml:79:7
%8540 = broadcast %8539 : f32[16,16] @ models/lib/nn.yaml:79:7
%8541 = mul %8538, %8540 : f32[16,16] @ models/lib/nn.yaml:79:7
%8542 = sub %8496, %8541 : f32[16,16] @ models/lib/nn.yaml:79:7
%8543 = assign %37, %8542 : f32[16,16] @ models/lib/nn.yaml:79:7
%8544 = assign %8486, %8505 : f32[16,16] @ models/lib/nn.yaml:79:7
%8545 = assign %8487, %8515 : f32[16,16] @ models/lib/nn.yaml:79:7
%8546 = assign %8488, %8490 : i64[] @ models/lib/nn.yaml:79:7
%8547 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%8548 = broadcast %8547 : f32[16,16] @ models/lib/nn.yaml:79:7
%8549 = mul %115, %8548 : f32[16,16] @ models/lib/nn.yaml:79:7
%8550 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8551 = sub %8550, %3778 : f64[] @ models/lib/nn.yaml:79:7
%8552 = cast %8551 : f32[] @ models/lib/nn.yaml:79:7
%8553 = broadcast %8552 : f32[16,16] @ models/lib/nn.yaml:79:7
%8554 = mul %8542, %8553 : f32[16,16] @ models/lib/nn.yaml:79:7
%8555 = add %8549, %8554 : f32[16,16] @ models/lib/nn.yaml:79:7
%8556 = assign %115, %8555 : f32[16,16] @ models/lib/nn.yaml:79:7
%8557 = all_reduce_sum %5508 : f32[16] @ models/lib/nn.yaml:80:7
%8558 = reshape %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = mul %8558, %8558 : f32[16] @ models/lib/nn.yaml:80:7
%8560 = reduce_sum %8559 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8561 = sqrt %8560 : f32[] @ models/lib/nn.yaml:80:7
%8562 = cast %8561 : f64[] @ models/lib/nn.yaml:80:7
%8563 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8564 = add %8562, %8563 : f64[] @ models/lib/nn.yaml:80:7
%8565 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8566 = div %8565, %8564 : f64[] @ models/lib/nn.yaml:80:7
%8567 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8568 = lt %8566, %8567 : bool[] @ models/lib/nn.yaml:80:7
%8569 = cast %8566 : f32[] @ models/lib/nn.yaml:80:7
%8570 = broadcast %8569 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = mul %8557, %8570 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = broadcast %8568 : bool[16] @ models/lib/nn.yaml:80:7
%8573 = select %8572, %8571, %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8574 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8575 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8576 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8577 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8578 = add %8576, %8577 : i64[] @ models/lib/nn.yaml:80:7
%8579 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8580 = cast %8579 : f32[] @ models/lib/nn.yaml:80:7
%8581 = broadcast %8580 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = mul %8573, %8581 : f32[16] @ models/lib/nn.yaml:80:7
%8583 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8584 = cast %8583 : f32[] @ models/lib/nn.yaml:80:7
%8585 = broadcast %8584 : f32[16] @ models/lib/nn.yaml:80:7
%8586 = mul %8574, %8585 : f32[16] @ models/lib/nn.yaml:80:7
%8587 = add %8586, %8582 : f32[16] @ models/lib/nn.yaml:80:7
%8588 = mul %8573, %8573 : f32[16] @ models/lib/nn.yaml:80:7
%8589 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8590 = cast %8589 : f32[] @ models/lib/nn.yaml:80:7
%8591 = broadcast %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = mul %8588, %8591 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8594 = cast %8593 : f32[] @ models/lib/nn.yaml:80:7
%8595 = broadcast %8594 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = mul %8575, %8595 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = add %8596, %8592 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = cast %8578 : f64[] @ models/lib/nn.yaml:80:7
%8599 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8600 = pow %8599, %8598 : f64[] @ models/lib/nn.yaml:80:7
%8601 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8602 = sub %8601, %8600 : f64[] @ models/lib/nn.yaml:80:7
%8603 = div %3776, %8602 : f64[] @ models/lib/nn.yaml:80:7
%8604 = cast %8578 : f64[] @ models/lib/nn.yaml:80:7
%8605 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8606 = pow %8605, %8604 : f64[] @ models/lib/nn.yaml:80:7
%8607 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8608 = sub %8607, %8606 : f64[] @ models/lib/nn.yaml:80:7
%8609 = sqrt %8608 : f64[] @ models/lib/nn.yaml:80:7
%8610 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8611 = div %8610, %8609 : f64[] @ models/lib/nn.yaml:80:7
%8612 = sqrt %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8613 = cast %8611 : f32[] @ models/lib/nn.yaml:80:7
%8614 = broadcast %8613 : f32[16] @ models/lib/nn.yaml:80:7
%8615 = mul %8612, %8614 : f32[16] @ models/lib/nn.yaml:80:7
%8616 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8617 = cast %8616 : f32[] @ models/lib/nn.yaml:80:7
%8618 = broadcast %8617 : f32[16] @ models/lib/nn.yaml:80:7
%8619 = add %8615, %8618 : f32[16] @ models/lib/nn.yaml:80:7
%8620 = div %8587, %8619 : f32[16] @ models/lib/nn.yaml:80:7
%8621 = cast %8603 : f32[] @ models/lib/nn.yaml:80:7
%8622 = broadcast %8621 : f32[16] @ models/lib/nn.yaml:80:7
%8623 = mul %8620, %8622 : f32[16] @ models/lib/nn.yaml:80:7
%8624 = sub %38, %8623 : f32[16] @ models/lib/nn.yaml:80:7
%8625 = assign %38, %8624 : f32[16] @ models/lib/nn.yaml:80:7
%8626 = assign %8574, %8587 : f32[16] @ models/lib/nn.yaml:80:7
%8627 = assign %8575, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8628 = assign %8576, %8578 : i64[] @ models/lib/nn.yaml:80:7
%8629 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%8630 = broadcast %8629 : f32[16] @ models/lib/nn.yaml:80:7
%8631 = mul %116, %8630 : f32[16] @ models/lib/nn.yaml:80:7
%8632 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8633 = sub %8632, %3778 : f64[] @ models/lib/nn.yaml:80:7
%8634 = cast %8633 : f32[] @ models/lib/nn.yaml:80:7
%8635 = broadcast %8634 : f32[16] @ models/lib/nn.yaml:80:7
%8636 = mul %8624, %8635 : f32[16] @ models/lib/nn.yaml:80:7
%8637 = add %8631, %8636 : f32[16] @ models/lib/nn.yaml:80:7
%8638 = assign %116, %8637 : f32[16] @ models/lib/nn.yaml:80:7
%8639 = all_reduce_sum %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%8640 = reshape %8639 : f32[256] @ models/lib/nn.yaml:79:7
%8641 = mul %8640, %8640 : f32[256] @ models/lib/nn.yaml:79:7
%8642 = reduce_sum %8641 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8643 = sqrt %8642 : f32[] @ models/lib/nn.yaml:79:7
%8644 = cast %8643 : f64[] @ models/lib/nn.yaml:79:7
%8645 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8646 = add %8644, %8645 : f64[] @ models/lib/nn.yaml:79:7
%8647 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8648 = div %8647, %8646 : f64[] @ models/lib/nn.yaml:79:7
%8649 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8650 = lt %8648, %8649 : bool[] @ models/lib/nn.yaml:79:7
%8651 = cast %8648 : f32[] @ models/lib/nn.yaml:79:7
%8652 = broadcast %8651 : f32[16,16] @ models/lib/nn.yaml:79:7
%8653 = mul %8639, %8652 : f32[16,16] @ models/lib/nn.yaml:79:7
%8654 = broadcast %8650 : bool[16,16] @ models/lib/nn.yaml:79:7
%8655 = select %8654, %8653, %8639 : f32[16,16] @ models/lib/nn.yaml:79:7
%8656 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8657 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8658 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8659 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8660 = add %8658, %8659 : i64[] @ models/lib/nn.yaml:79:7
%8661 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%8662 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8663 = sub %8662, %8661 : f64[] @ models/lib/nn.yaml:79:7
%8664 = cast %8663 : f32[] @ models/lib/nn.yaml:79:7
%8665 = broadcast %8664 : f32[16,16] @ models/lib/nn.yaml:79:7
%8666 = mul %39, %8665 : f32[16,16] @ models/lib/nn.yaml:79:7
%8667 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8668 = cast %8667 : f32[] @ models/lib/nn.yaml:79:7
%8669 = broadcast %8668 : f32[16,16] @ models/lib/nn.yaml:79:7
%8670 = mul %8655, %8669 : f32[16,16] @ models/lib/nn.yaml:79:7
%8671 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8672 = cast %8671 : f32[] @ models/lib/nn.yaml:79:7
%8673 = broadcast %8672 : f32[16,16] @ models/lib/nn.yaml:79:7
%8674 = mul %8656, %8673 : f32[16,16] @ models/lib/nn.yaml:79:7
%8675 = add %8674, %8670 : f32[16,16] @ models/lib/nn.yaml:79:7
%8676 = mul %8655, %8655 : f32[16,16] @ models/lib/nn.yaml:79:7
%8677 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8678 = cast %8677 : f32[] @ models/lib/nn.yaml:79:7
%8679 = broadcast %8678 : f32[16,16] @ models/lib/nn.yaml:79:7
%8680 = mul %8676, %8679 : f32[16,16] @ models/lib/nn.yaml:79:7
%8681 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8682 = cast %8681 : f32[] @ models/lib/nn.yaml:79:7
%8683 = broadcast %8682 : f32[16,16] @ models/lib/nn.yaml:79:7
%8684 = mul %8657, %8683 : f32[16,16] @ models/lib/nn.yaml:79:7
%8685 = add %8684, %8680 : f32[16,16] @ models/lib/nn.yaml:79:7
%8686 = cast %8660 : f64[] @ models/lib/nn.yaml:79:7
%8687 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8688 = pow %8687, %8686 : f64[] @ models/lib/nn.yaml:79:7
%8689 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8690 = sub %8689, %8688 : f64[] @ models/lib/nn.yaml:79:7
%8691 = div %3776, %8690 : f64[] @ models/lib/nn.yaml:79:7
%8692 = cast %8660 : f64[] @ models/lib/nn.yaml:79:7
%8693 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8694 = pow %8693, %8692 : f64[] @ models/lib/nn.yaml:79:7
%8695 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8696 = sub %8695, %8694 : f64[] @ models/lib/nn.yaml:79:7
%8697 = sqrt %8696 : f64[] @ models/lib/nn.yaml:79:7
%8698 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8699 = div %8698, %8697 : f64[] @ models/lib/nn.yaml:79:7
%8700 = sqrt %8685 : f32[16,16] @ models/lib/nn.yaml:79:7
%8701 = cast %8699 : f32[] @ models/lib/nn.yaml:79:7
%8702 = broadcast %8701 : f32[16,16] @ models/lib/nn.yaml:79:7
%8703 = mul %8700, %8702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8704 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8705 = cast %8704 : f32[] @ models/lib/nn.yaml:79:7
%8706 = broadcast %8705 : f32[16,16] @ models/lib/nn.yaml:79:7
%8707 = add %8703, %8706 : f32[16,16] @ models/lib/nn.yaml:79:7
%8708 = div %8675, %8707 : f32[16,16] @ models/lib/nn.yaml:79:7
%8709 = cast %8691 : f32[] @ models/lib/nn.yaml:79:7
%8710 = broadcast %8709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8711 = mul %8708, %8710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8712 = sub %8666, %8711 : f32[16,16] @ models/lib/nn.yaml:79:7
%8713 = assign %39, %8712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8714 = assign %8656, %8675 : f32[16,16] @ models/lib/nn.yaml:79:7
%8715 = assign %8657, %8685 : f32[16,16] @ models/lib/nn.yaml:79:7
%8716 = assign %8658, %8660 : i64[] @ models/lib/nn.yaml:79:7
%8717 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%8718 = broadcast %8717 : f32[16,16] @ models/lib/nn.yaml:79:7
%8719 = mul %117, %8718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8720 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8721 = sub %8720, %3778 : f64[] @ models/lib/nn.yaml:79:7
%8722 = cast %8721 : f32[] @ models/lib/nn.yaml:79:7
%8723 = broadcast %8722 : f32[16,16] @ models/lib/nn.yaml:79:7
%8724 = mul %8712, %8723 : f32[16,16] @ models/lib/nn.yaml:79:7
%8725 = add %8719, %8724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8726 = assign %117, %8725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8727 = all_reduce_sum %5490 : f32[16] @ models/lib/nn.yaml:80:7
%8728 = reshape %8727 : f32[16] @ models/lib/nn.yaml:80:7
%8729 = mul %8728, %8728 : f32[16] @ models/lib/nn.yaml:80:7
%8730 = reduce_sum %8729 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8731 = sqrt %8730 : f32[] @ models/lib/nn.yaml:80:7
%8732 = cast %8731 : f64[] @ models/lib/nn.yaml:80:7
%8733 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8734 = add %8732, %8733 : f64[] @ models/lib/nn.yaml:80:7
%8735 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8736 = div %8735, %8734 : f64[] @ models/lib/nn.yaml:80:7
%8737 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8738 = lt %8736, %8737 : bool[] @ models/lib/nn.yaml:80:7
%8739 = cast %8736 : f32[] @ models/lib/nn.yaml:80:7
%8740 = broadcast %8739 : f32[16] @ models/lib/nn.yaml:80:7
%8741 = mul %8727, %8740 : f32[16] @ models/lib/nn.yaml:80:7
%8742 = broadcast %8738 : bool[16] @ models/lib/nn.yaml:80:7
%8743 = select %8742, %8741, %8727 : f32[16] @ models/lib/nn.yaml:80:7
%8744 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8745 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8746 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8747 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8748 = add %8746, %8747 : i64[] @ models/lib/nn.yaml:80:7
%8749 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8750 = cast %8749 : f32[] @ models/lib/nn.yaml:80:7
%8751 = broadcast %8750 : f32[16] @ models/lib/nn.yaml:80:7
%8752 = mul %8743, %8751 : f32[16] @ models/lib/nn.yaml:80:7
%8753 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8754 = cast %8753 : f32[] @ models/lib/nn.yaml:80:7
%8755 = broadcast %8754 : f32[16] @ models/lib/nn.yaml:80:7
%8756 = mul %8744, %8755 : f32[16] @ models/lib/nn.yaml:80:7
%8757 = add %8756, %8752 : f32[16] @ models/lib/nn.yaml:80:7
%8758 = mul %8743, %8743 : f32[16] @ models/lib/nn.yaml:80:7
%8759 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8760 = cast %8759 : f32[] @ models/lib/nn.yaml:80:7
%8761 = broadcast %8760 : f32[16] @ models/lib/nn.yaml:80:7
%8762 = mul %8758, %8761 : f32[16] @ models/lib/nn.yaml:80:7
%8763 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8764 = cast %8763 : f32[] @ models/lib/nn.yaml:80:7
%8765 = broadcast %8764 : f32[16] @ models/lib/nn.yaml:80:7
%8766 = mul %8745, %8765 : f32[16] @ models/lib/nn.yaml:80:7
%8767 = add %8766, %8762 : f32[16] @ models/lib/nn.yaml:80:7
%8768 = cast %8748 : f64[] @ models/lib/nn.yaml:80:7
%8769 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8770 = pow %8769, %8768 : f64[] @ models/lib/nn.yaml:80:7
%8771 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8772 = sub %8771, %8770 : f64[] @ models/lib/nn.yaml:80:7
%8773 = div %3776, %8772 : f64[] @ models/lib/nn.yaml:80:7
%8774 = cast %8748 : f64[] @ models/lib/nn.yaml:80:7
%8775 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8776 = pow %8775, %8774 : f64[] @ models/lib/nn.yaml:80:7
%8777 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8778 = sub %8777, %8776 : f64[] @ models/lib/nn.yaml:80:7
%8779 = sqrt %8778 : f64[] @ models/lib/nn.yaml:80:7
%8780 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8781 = div %8780, %8779 : f64[] @ models/lib/nn.yaml:80:7
%8782 = sqrt %8767 : f32[16] @ models/lib/nn.yaml:80:7
%8783 = cast %8781 : f32[] @ models/lib/nn.yaml:80:7
%8784 = broadcast %8783 : f32[16] @ models/lib/nn.yaml:80:7
%8785 = mul %8782, %8784 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8787 = cast %8786 : f32[] @ models/lib/nn.yaml:80:7
%8788 = broadcast %8787 : f32[16] @ models/lib/nn.yaml:80:7
%8789 = add %8785, %8788 : f32[16] @ models/lib/nn.yaml:80:7
%8790 = div %8757, %8789 : f32[16] @ models/lib/nn.yaml:80:7
%8791 = cast %8773 : f32[] @ models/lib/nn.yaml:80:7
%8792 = broadcast %8791 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = mul %8790, %8792 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = sub %40, %8793 : f32[16] @ models/lib/nn.yaml:80:7
%8795 = assign %40, %8794 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = assign %8744, %8757 : f32[16] @ models/lib/nn.yaml:80:7
%8797 = assign %8745, %8767 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = assign %8746, %8748 : i64[] @ models/lib/nn.yaml:80:7
%8799 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%8800 = broadcast %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = mul %118, %8800 : f32[16] @ models/lib/nn.yaml:80:7
%8802 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8803 = sub %8802, %3778 : f64[] @ models/lib/nn.yaml:80:7
%8804 = cast %8803 : f32[] @ models/lib/nn.yaml:80:7
%8805 = broadcast %8804 : f32[16] @ models/lib/nn.yaml:80:7
%8806 = mul %8794, %8805 : f32[16] @ models/lib/nn.yaml:80:7
%8807 = add %8801, %8806 : f32[16] @ models/lib/nn.yaml:80:7
%8808 = assign %118, %8807 : f32[16] @ models/lib/nn.yaml:80:7
%8809 = all_reduce_sum %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%8810 = reshape %8809 : f32[256] @ models/lib/nn.yaml:79:7
%8811 = mul %8810, %8810 : f32[256] @ models/lib/nn.yaml:79:7
%8812 = reduce_sum %8811 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8813 = sqrt %8812 : f32[] @ models/lib/nn.yaml:79:7
%8814 = cast %8813 : f64[] @ models/lib/nn.yaml:79:7
%8815 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8816 = add %8814, %8815 : f64[] @ models/lib/nn.yaml:79:7
%8817 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8818 = div %8817, %8816 : f64[] @ models/lib/nn.yaml:79:7
%8819 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8820 = lt %8818, %8819 : bool[] @ models/lib/nn.yaml:79:7
%8821 = cast %8818 : f32[] @ models/lib/nn.yaml:79:7
%8822 = broadcast %8821 : f32[16,16] @ models/lib/nn.yaml:79:7
%8823 = mul %8809, %8822 : f32[16,16] @ models/lib/nn.yaml:79:7
%8824 = broadcast %8820 : bool[16,16] @ models/lib/nn.yaml:79:7
%8825 = select %8824, %8823, %8809 : f32[16,16] @ models/lib/nn.yaml:79:7
%8826 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8827 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8828 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8829 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8830 = add %8828, %8829 : i64[] @ models/lib/nn.yaml:79:7
%8831 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%8832 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8833 = sub %8832, %8831 : f64[] @ models/lib/nn.yaml:79:7
%8834 = cast %8833 : f32[] @ models/lib/nn.yaml:79:7
%8835 = broadcast %8834 : f32[16,16] @ models/lib/nn.yaml:79:7
%8836 = mul %41, %8835 : f32[16,16] @ models/lib/nn.yaml:79:7
%8837 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8838 = cast %8837 : f32[] @ models/lib/nn.yaml:79:7
%8839 = broadcast %8838 : f32[16,16] @ models/lib/nn.yaml:79:7
%8840 = mul %8825, %8839 : f32[16,16] @ models/lib/nn.yaml:79:7
%8841 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8842 = cast %8841 : f32[] @ models/lib/nn.yaml:79:7
%8843 = broadcast %8842 : f32[16,16] @ models/lib/nn.yaml:79:7
%8844 = mul %8826, %8843 : f32[16,16] @ models/lib/nn.yaml:79:7
%8845 = add %8844, %8840 : f32[16,16] @ models/lib/nn.yaml:79:7
%8846 = mul %8825, %8825 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8848 = cast %8847 : f32[] @ models/lib/nn.yaml:79:7
%8849 = broadcast %8848 : f32[16,16] @ models/lib/nn.yaml:79:7
%8850 = mul %8846, %8849 : f32[16,16] @ models/lib/nn.yaml:79:7
%8851 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8852 = cast %8851 : f32[] @ models/lib/nn.yaml:79:7
%8853 = broadcast %8852 : f32[16,16] @ models/lib/nn.yaml:79:7
%8854 = mul %8827, %8853 : f32[16,16] @ models/lib/nn.yaml:79:7
%8855 = add %8854, %8850 : f32[16,16] @ models/lib/nn.yaml:79:7
%8856 = cast %8830 : f64[] @ models/lib/nn.yaml:79:7
%8857 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8858 = pow %8857, %8856 : f64[] @ models/lib/nn.yaml:79:7
%8859 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8860 = sub %8859, %8858 : f64[] @ models/lib/nn.yaml:79:7
%8861 = div %3776, %8860 : f64[] @ models/lib/nn.yaml:79:7
%8862 = cast %8830 : f64[] @ models/lib/nn.yaml:79:7
%8863 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8864 = pow %8863, %8862 : f64[] @ models/lib/nn.yaml:79:7
%8865 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8866 = sub %8865, %8864 : f64[] @ models/lib/nn.yaml:79:7
%8867 = sqrt %8866 : f64[] @ models/lib/nn.yaml:79:7
%8868 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8869 = div %8868, %8867 : f64[] @ models/lib/nn.yaml:79:7
%8870 = sqrt %8855 : f32[16,16] @ models/lib/nn.yaml:79:7
%8871 = cast %8869 : f32[] @ models/lib/nn.yaml:79:7
%8872 = broadcast %8871 : f32[16,16] @ models/lib/nn.yaml:79:7
%8873 = mul %8870, %8872 : f32[16,16] @ models/lib/nn.yaml:79:7
%8874 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8875 = cast %8874 : f32[] @ models/lib/nn.yaml:79:7
%8876 = broadcast %8875 : f32[16,16] @ models/lib/nn.yaml:79:7
%8877 = add %8873, %8876 : f32[16,16] @ models/lib/nn.yaml:79:7
%8878 = div %8845, %8877 : f32[16,16] @ models/lib/nn.yaml:79:7
%8879 = cast %8861 : f32[] @ models/lib/nn.yaml:79:7
%8880 = broadcast %8879 : f32[16,16] @ models/lib/nn.yaml:79:7
%8881 = mul %8878, %8880 : f32[16,16] @ models/lib/nn.yaml:79:7
%8882 = sub %8836, %8881 : f32[16,16] @ models/lib/nn.yaml:79:7
%8883 = assign %41, %8882 : f32[16,16] @ models/lib/nn.yaml:79:7
%8884 = assign %8826, %8845 : f32[16,16] @ models/lib/nn.yaml:79:7
%8885 = assign %8827, %8855 : f32[16,16] @ models/lib/nn.yaml:79:7
%8886 = assign %8828, %8830 : i64[] @ models/lib/nn.yaml:79:7
%8887 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%8888 = broadcast %8887 : f32[16,16] @ models/lib/nn.yaml:79:7
%8889 = mul %119, %8888 : f32[16,16] @ models/lib/nn.yaml:79:7
%8890 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8891 = sub %8890, %3778 : f64[] @ models/lib/nn.yaml:79:7
%8892 = cast %8891 : f32[] @ models/lib/nn.yaml:79:7
%8893 = broadcast %8892 : f32[16,16] @ models/lib/nn.yaml:79:7
%8894 = mul %8882, %8893 : f32[16,16] @ models/lib/nn.yaml:79:7
%8895 = add %8889, %8894 : f32[16,16] @ models/lib/nn.yaml:79:7
%8896 = assign %119, %8895 : f32[16,16] @ models/lib/nn.yaml:79:7
%8897 = all_reduce_sum %5475 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = reshape %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8899 = mul %8898, %8898 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = reduce_sum %8899 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8901 = sqrt %8900 : f32[] @ models/lib/nn.yaml:80:7
%8902 = cast %8901 : f64[] @ models/lib/nn.yaml:80:7
%8903 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%8904 = add %8902, %8903 : f64[] @ models/lib/nn.yaml:80:7
%8905 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%8906 = div %8905, %8904 : f64[] @ models/lib/nn.yaml:80:7
%8907 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8908 = lt %8906, %8907 : bool[] @ models/lib/nn.yaml:80:7
%8909 = cast %8906 : f32[] @ models/lib/nn.yaml:80:7
%8910 = broadcast %8909 : f32[16] @ models/lib/nn.yaml:80:7
%8911 = mul %8897, %8910 : f32[16] @ models/lib/nn.yaml:80:7
%8912 = broadcast %8908 : bool[16] @ models/lib/nn.yaml:80:7
%8913 = select %8912, %8911, %8897 : f32[16] @ models/lib/nn.yaml:80:7
%8914 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8915 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8916 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8917 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%8918 = add %8916, %8917 : i64[] @ models/lib/nn.yaml:80:7
%8919 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%8920 = cast %8919 : f32[] @ models/lib/nn.yaml:80:7
%8921 = broadcast %8920 : f32[16] @ models/lib/nn.yaml:80:7
%8922 = mul %8913, %8921 : f32[16] @ models/lib/nn.yaml:80:7
%8923 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8924 = cast %8923 : f32[] @ models/lib/nn.yaml:80:7
%8925 = broadcast %8924 : f32[16] @ models/lib/nn.yaml:80:7
%8926 = mul %8914, %8925 : f32[16] @ models/lib/nn.yaml:80:7
%8927 = add %8926, %8922 : f32[16] @ models/lib/nn.yaml:80:7
%8928 = mul %8913, %8913 : f32[16] @ models/lib/nn.yaml:80:7
%8929 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%8930 = cast %8929 : f32[] @ models/lib/nn.yaml:80:7
%8931 = broadcast %8930 : f32[16] @ models/lib/nn.yaml:80:7
%8932 = mul %8928, %8931 : f32[16] @ models/lib/nn.yaml:80:7
%8933 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8934 = cast %8933 : f32[] @ models/lib/nn.yaml:80:7
%8935 = broadcast %8934 : f32[16] @ models/lib/nn.yaml:80:7
%8936 = mul %8915, %8935 : f32[16] @ models/lib/nn.yaml:80:7
%8937 = add %8936, %8932 : f32[16] @ models/lib/nn.yaml:80:7
%8938 = cast %8918 : f64[] @ models/lib/nn.yaml:80:7
%8939 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%8940 = pow %8939, %8938 : f64[] @ models/lib/nn.yaml:80:7
%8941 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8942 = sub %8941, %8940 : f64[] @ models/lib/nn.yaml:80:7
%8943 = div %3776, %8942 : f64[] @ models/lib/nn.yaml:80:7
%8944 = cast %8918 : f64[] @ models/lib/nn.yaml:80:7
%8945 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%8946 = pow %8945, %8944 : f64[] @ models/lib/nn.yaml:80:7
%8947 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8948 = sub %8947, %8946 : f64[] @ models/lib/nn.yaml:80:7
%8949 = sqrt %8948 : f64[] @ models/lib/nn.yaml:80:7
%8950 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8951 = div %8950, %8949 : f64[] @ models/lib/nn.yaml:80:7
%8952 = sqrt %8937 : f32[16] @ models/lib/nn.yaml:80:7
%8953 = cast %8951 : f32[] @ models/lib/nn.yaml:80:7
%8954 = broadcast %8953 : f32[16] @ models/lib/nn.yaml:80:7
%8955 = mul %8952, %8954 : f32[16] @ models/lib/nn.yaml:80:7
%8956 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%8957 = cast %8956 : f32[] @ models/lib/nn.yaml:80:7
%8958 = broadcast %8957 : f32[16] @ models/lib/nn.yaml:80:7
%8959 = add %8955, %8958 : f32[16] @ models/lib/nn.yaml:80:7
%8960 = div %8927, %8959 : f32[16] @ models/lib/nn.yaml:80:7
%8961 = cast %8943 : f32[] @ models/lib/nn.yaml:80:7
%8962 = broadcast %8961 : f32[16] @ models/lib/nn.yaml:80:7
%8963 = mul %8960, %8962 : f32[16] @ models/lib/nn.yaml:80:7
%8964 = sub %42, %8963 : f32[16] @ models/lib/nn.yaml:80:7
%8965 = assign %42, %8964 : f32[16] @ models/lib/nn.yaml:80:7
%8966 = assign %8914, %8927 : f32[16] @ models/lib/nn.yaml:80:7
%8967 = assign %8915, %8937 : f32[16] @ models/lib/nn.yaml:80:7
%8968 = assign %8916, %8918 : i64[] @ models/lib/nn.yaml:80:7
%8969 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%8970 = broadcast %8969 : f32[16] @ models/lib/nn.yaml:80:7
%8971 = mul %120, %8970 : f32[16] @ models/lib/nn.yaml:80:7
%8972 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%8973 = sub %8972, %3778 : f64[] @ models/lib/nn.yaml:80:7
%8974 = cast %8973 : f32[] @ models/lib/nn.yaml:80:7
%8975 = broadcast %8974 : f32[16] @ models/lib/nn.yaml:80:7
%8976 = mul %8964, %8975 : f32[16] @ models/lib/nn.yaml:80:7
%8977 = add %8971, %8976 : f32[16] @ models/lib/nn.yaml:80:7
%8978 = assign %120, %8977 : f32[16] @ models/lib/nn.yaml:80:7
%8979 = all_reduce_sum %5418 : f32[16,16] @ models/lib/nn.yaml:79:7
%8980 = reshape %8979 : f32[256] @ models/lib/nn.yaml:79:7
%8981 = mul %8980, %8980 : f32[256] @ models/lib/nn.yaml:79:7
%8982 = reduce_sum %8981 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8983 = sqrt %8982 : f32[] @ models/lib/nn.yaml:79:7
%8984 = cast %8983 : f64[] @ models/lib/nn.yaml:79:7
%8985 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%8986 = add %8984, %8985 : f64[] @ models/lib/nn.yaml:79:7
%8987 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%8988 = div %8987, %8986 : f64[] @ models/lib/nn.yaml:79:7
%8989 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8990 = lt %8988, %8989 : bool[] @ models/lib/nn.yaml:79:7
%8991 = cast %8988 : f32[] @ models/lib/nn.yaml:79:7
%8992 = broadcast %8991 : f32[16,16] @ models/lib/nn.yaml:79:7
%8993 = mul %8979, %8992 : f32[16,16] @ models/lib/nn.yaml:79:7
%8994 = broadcast %8990 : bool[16,16] @ models/lib/nn.yaml:79:7
%8995 = select %8994, %8993, %8979 : f32[16,16] @ models/lib/nn.yaml:79:7
%8996 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8997 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8998 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8999 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9000 = add %8998, %8999 : i64[] @ models/lib/nn.yaml:79:7
%9001 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%9002 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9003 = sub %9002, %9001 : f64[] @ models/lib/nn.yaml:79:7
%9004 = cast %9003 : f32[] @ models/lib/nn.yaml:79:7
%9005 = broadcast %9004 : f32[16,16] @ models/lib/nn.yaml:79:7
%9006 = mul %43, %9005 : f32[16,16] @ models/lib/nn.yaml:79:7
%9007 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9008 = cast %9007 : f32[] @ models/lib/nn.yaml:79:7
%9009 = broadcast %9008 : f32[16,16] @ models/lib/nn.yaml:79:7
%9010 = mul %8995, %9009 : f32[16,16] @ models/lib/nn.yaml:79:7
%9011 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9012 = cast %9011 : f32[] @ models/lib/nn.yaml:79:7
%9013 = broadcast %9012 : f32[16,16] @ models/lib/nn.yaml:79:7
%9014 = mul %8996, %9013 : f32[16,16] @ models/lib/nn.yaml:79:7
%9015 = add %9014, %9010 : f32[16,16] @ models/lib/nn.yaml:79:7
%9016 = mul %8995, %8995 : f32[16,16] @ models/lib/nn.yaml:79:7
%9017 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9018 = cast %9017 : f32[] @ models/lib/nn.yaml:79:7
%9019 = broadcast %9018 : f32[16,16] @ models/lib/nn.yaml:79:7
%9020 = mul %9016, %9019 : f32[16,16] @ models/lib/nn.yaml:79:7
%9021 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9022 = cast %9021 : f32[] @ models/lib/nn.yaml:79:7
%9023 = broadcast %9022 : f32[16,16] @ models/lib/nn.yaml:79:7
%9024 = mul %8997, %9023 : f32[16,16] @ models/lib/nn.yaml:79:7
%9025 = add %9024, %9020 : f32[16,16] @ models/lib/nn.yaml:79:7
%9026 = cast %9000 : f64[] @ models/lib/nn.yaml:79:7
%9027 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9028 = pow %9027, %9026 : f64[] @ models/lib/nn.yaml:79:7
%9029 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9030 = sub %9029, %9028 : f64[] @ models/lib/nn.yaml:79:7
%9031 = div %3776, %9030 : f64[] @ models/lib/nn.yaml:79:7
%9032 = cast %9000 : f64[] @ models/lib/nn.yaml:79:7
%9033 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9034 = pow %9033, %9032 : f64[] @ models/lib/nn.yaml:79:7
%9035 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9036 = sub %9035, %9034 : f64[] @ models/lib/nn.yaml:79:7
%9037 = sqrt %9036 : f64[] @ models/lib/nn.yaml:79:7
%9038 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9039 = div %9038, %9037 : f64[] @ models/lib/nn.yaml:79:7
%9040 = sqrt %9025 : f32[16,16] @ models/lib/nn.yaml:79:7
%9041 = cast %9039 : f32[] @ models/lib/nn.yaml:79:7
%9042 = broadcast %9041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9043 = mul %9040, %9042 : f32[16,16] @ models/lib/nn.yaml:79:7
%9044 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9045 = cast %9044 : f32[] @ models/lib/nn.yaml:79:7
%9046 = broadcast %9045 : f32[16,16] @ models/lib/nn.yaml:79:7
%9047 = add %9043, %9046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = div %9015, %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = cast %9031 : f32[] @ models/lib/nn.yaml:79:7
%9050 = broadcast %9049 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = mul %9048, %9050 : f32[16,16] @ models/lib/nn.yaml:79:7
%9052 = sub %9006, %9051 : f32[16,16] @ models/lib/nn.yaml:79:7
%9053 = assign %43, %9052 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = assign %8996, %9015 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = assign %8997, %9025 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = assign %8998, %9000 : i64[] @ models/lib/nn.yaml:79:7
%9057 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%9058 = broadcast %9057 : f32[16,16] @ models/lib/nn.yaml:79:7
%9059 = mul %121, %9058 : f32[16,16] @ models/lib/nn.yaml:79:7
%9060 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9061 = sub %9060, %3778 : f64[] @ models/lib/nn.yaml:79:7
%9062 = cast %9061 : f32[] @ models/lib/nn.yaml:79:7
%9063 = broadcast %9062 : f32[16,16] @ models/lib/nn.yaml:79:7
%9064 = mul %9052, %9063 : f32[16,16] @ models/lib/nn.yaml:79:7
%9065 = add %9059, %9064 : f32[16,16] @ models/lib/nn.yaml:79:7
%9066 = assign %121, %9065 : f32[16,16] @ models/lib/nn.yaml:79:7
%9067 = all_reduce_sum %5410 : f32[16] @ models/lib/nn.yaml:80:7
%9068 = reshape %9067 : f32[16] @ models/lib/nn.yaml:80:7
%9069 = mul %9068, %9068 : f32[16] @ models/lib/nn.yaml:80:7
%9070 = reduce_sum %9069 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9071 = sqrt %9070 : f32[] @ models/lib/nn.yaml:80:7
%9072 = cast %9071 : f64[] @ models/lib/nn.yaml:80:7
%9073 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9074 = add %9072, %9073 : f64[] @ models/lib/nn.yaml:80:7
%9075 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9076 = div %9075, %9074 : f64[] @ models/lib/nn.yaml:80:7
%9077 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9078 = lt %9076, %9077 : bool[] @ models/lib/nn.yaml:80:7
%9079 = cast %9076 : f32[] @ models/lib/nn.yaml:80:7
%9080 = broadcast %9079 : f32[16] @ models/lib/nn.yaml:80:7
%9081 = mul %9067, %9080 : f32[16] @ models/lib/nn.yaml:80:7
%9082 = broadcast %9078 : bool[16] @ models/lib/nn.yaml:80:7
%9083 = select %9082, %9081, %9067 : f32[16] @ models/lib/nn.yaml:80:7
%9084 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9085 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9086 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9087 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9088 = add %9086, %9087 : i64[] @ models/lib/nn.yaml:80:7
%9089 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9090 = cast %9089 : f32[] @ models/lib/nn.yaml:80:7
%9091 = broadcast %9090 : f32[16] @ models/lib/nn.yaml:80:7
%9092 = mul %9083, %9091 : f32[16] @ models/lib/nn.yaml:80:7
%9093 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9094 = cast %9093 : f32[] @ models/lib/nn.yaml:80:7
%9095 = broadcast %9094 : f32[16] @ models/lib/nn.yaml:80:7
%9096 = mul %9084, %9095 : f32[16] @ models/lib/nn.yaml:80:7
%9097 = add %9096, %9092 : f32[16] @ models/lib/nn.yaml:80:7
%9098 = mul %9083, %9083 : f32[16] @ models/lib/nn.yaml:80:7
%9099 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9100 = cast %9099 : f32[] @ models/lib/nn.yaml:80:7
%9101 = broadcast %9100 : f32[16] @ models/lib/nn.yaml:80:7
%9102 = mul %9098, %9101 : f32[16] @ models/lib/nn.yaml:80:7
%9103 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9104 = cast %9103 : f32[] @ models/lib/nn.yaml:80:7
%9105 = broadcast %9104 : f32[16] @ models/lib/nn.yaml:80:7
%9106 = mul %9085, %9105 : f32[16] @ models/lib/nn.yaml:80:7
%9107 = add %9106, %9102 : f32[16] @ models/lib/nn.yaml:80:7
%9108 = cast %9088 : f64[] @ models/lib/nn.yaml:80:7
%9109 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9110 = pow %9109, %9108 : f64[] @ models/lib/nn.yaml:80:7
%9111 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9112 = sub %9111, %9110 : f64[] @ models/lib/nn.yaml:80:7
%9113 = div %3776, %9112 : f64[] @ models/lib/nn.yaml:80:7
%9114 = cast %9088 : f64[] @ models/lib/nn.yaml:80:7
%9115 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9116 = pow %9115, %9114 : f64[] @ models/lib/nn.yaml:80:7
%9117 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9118 = sub %9117, %9116 : f64[] @ models/lib/nn.yaml:80:7
%9119 = sqrt %9118 : f64[] @ models/lib/nn.yaml:80:7
%9120 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9121 = div %9120, %9119 : f64[] @ models/lib/nn.yaml:80:7
%9122 = sqrt %9107 : f32[16] @ models/lib/nn.yaml:80:7
%9123 = cast %9121 : f32[] @ models/lib/nn.yaml:80:7
%9124 = broadcast %9123 : f32[16] @ models/lib/nn.yaml:80:7
%9125 = mul %9122, %9124 : f32[16] @ models/lib/nn.yaml:80:7
%9126 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9127 = cast %9126 : f32[] @ models/lib/nn.yaml:80:7
%9128 = broadcast %9127 : f32[16] @ models/lib/nn.yaml:80:7
%9129 = add %9125, %9128 : f32[16] @ models/lib/nn.yaml:80:7
%9130 = div %9097, %9129 : f32[16] @ models/lib/nn.yaml:80:7
%9131 = cast %9113 : f32[] @ models/lib/nn.yaml:80:7
%9132 = broadcast %9131 : f32[16] @ models/lib/nn.yaml:80:7
%9133 = mul %9130, %9132 : f32[16] @ models/lib/nn.yaml:80:7
%9134 = sub %44, %9133 : f32[16] @ models/lib/nn.yaml:80:7
%9135 = assign %44, %9134 : f32[16] @ models/lib/nn.yaml:80:7
%9136 = assign %9084, %9097 : f32[16] @ models/lib/nn.yaml:80:7
%9137 = assign %9085, %9107 : f32[16] @ models/lib/nn.yaml:80:7
%9138 = assign %9086, %9088 : i64[] @ models/lib/nn.yaml:80:7
%9139 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%9140 = broadcast %9139 : f32[16] @ models/lib/nn.yaml:80:7
%9141 = mul %122, %9140 : f32[16] @ models/lib/nn.yaml:80:7
%9142 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9143 = sub %9142, %3778 : f64[] @ models/lib/nn.yaml:80:7
%9144 = cast %9143 : f32[] @ models/lib/nn.yaml:80:7
%9145 = broadcast %9144 : f32[16] @ models/lib/nn.yaml:80:7
%9146 = mul %9134, %9145 : f32[16] @ models/lib/nn.yaml:80:7
%9147 = add %9141, %9146 : f32[16] @ models/lib/nn.yaml:80:7
%9148 = assign %122, %9147 : f32[16] @ models/lib/nn.yaml:80:7
%9149 = all_reduce_sum %5386 : f32[16] @ models/lib/nn.yaml:89:7
%9150 = reshape %9149 : f32[16] @ models/lib/nn.yaml:89:7
%9151 = mul %9150, %9150 : f32[16] @ models/lib/nn.yaml:89:7
%9152 = reduce_sum %9151 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9153 = sqrt %9152 : f32[] @ models/lib/nn.yaml:89:7
%9154 = cast %9153 : f64[] @ models/lib/nn.yaml:89:7
%9155 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9156 = add %9154, %9155 : f64[] @ models/lib/nn.yaml:89:7
%9157 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9158 = div %9157, %9156 : f64[] @ models/lib/nn.yaml:89:7
%9159 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9160 = lt %9158, %9159 : bool[] @ models/lib/nn.yaml:89:7
%9161 = cast %9158 : f32[] @ models/lib/nn.yaml:89:7
%9162 = broadcast %9161 : f32[16] @ models/lib/nn.yaml:89:7
%9163 = mul %9149, %9162 : f32[16] @ models/lib/nn.yaml:89:7
%9164 = broadcast %9160 : bool[16] @ models/lib/nn.yaml:89:7
%9165 = select %9164, %9163, %9149 : f32[16] @ models/lib/nn.yaml:89:7
%9166 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9167 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9168 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9169 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9170 = add %9168, %9169 : i64[] @ models/lib/nn.yaml:89:7
%9171 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9172 = cast %9171 : f32[] @ models/lib/nn.yaml:89:7
%9173 = broadcast %9172 : f32[16] @ models/lib/nn.yaml:89:7
%9174 = mul %9165, %9173 : f32[16] @ models/lib/nn.yaml:89:7
%9175 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9176 = cast %9175 : f32[] @ models/lib/nn.yaml:89:7
%9177 = broadcast %9176 : f32[16] @ models/lib/nn.yaml:89:7
%9178 = mul %9166, %9177 : f32[16] @ models/lib/nn.yaml:89:7
%9179 = add %9178, %9174 : f32[16] @ models/lib/nn.yaml:89:7
%9180 = mul %9165, %9165 : f32[16] @ models/lib/nn.yaml:89:7
%9181 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9182 = cast %9181 : f32[] @ models/lib/nn.yaml:89:7
%9183 = broadcast %9182 : f32[16] @ models/lib/nn.yaml:89:7
%9184 = mul %9180, %9183 : f32[16] @ models/lib/nn.yaml:89:7
%9185 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9186 = cast %9185 : f32[] @ models/lib/nn.yaml:89:7
%9187 = broadcast %9186 : f32[16] @ models/lib/nn.yaml:89:7
%9188 = mul %9167, %9187 : f32[16] @ models/lib/nn.yaml:89:7
%9189 = add %9188, %9184 : f32[16] @ models/lib/nn.yaml:89:7
%9190 = cast %9170 : f64[] @ models/lib/nn.yaml:89:7
%9191 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9192 = pow %9191, %9190 : f64[] @ models/lib/nn.yaml:89:7
%9193 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9194 = sub %9193, %9192 : f64[] @ models/lib/nn.yaml:89:7
%9195 = div %3776, %9194 : f64[] @ models/lib/nn.yaml:89:7
%9196 = cast %9170 : f64[] @ models/lib/nn.yaml:89:7
%9197 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9198 = pow %9197, %9196 : f64[] @ models/lib/nn.yaml:89:7
%9199 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9200 = sub %9199, %9198 : f64[] @ models/lib/nn.yaml:89:7
%9201 = sqrt %9200 : f64[] @ models/lib/nn.yaml:89:7
%9202 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9203 = div %9202, %9201 : f64[] @ models/lib/nn.yaml:89:7
%9204 = sqrt %9189 : f32[16] @ models/lib/nn.yaml:89:7
%9205 = cast %9203 : f32[] @ models/lib/nn.yaml:89:7
%9206 = broadcast %9205 : f32[16] @ models/lib/nn.yaml:89:7
%9207 = mul %9204, %9206 : f32[16] @ models/lib/nn.yaml:89:7
%9208 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9209 = cast %9208 : f32[] @ models/lib/nn.yaml:89:7
%9210 = broadcast %9209 : f32[16] @ models/lib/nn.yaml:89:7
%9211 = add %9207, %9210 : f32[16] @ models/lib/nn.yaml:89:7
%9212 = div %9179, %9211 : f32[16] @ models/lib/nn.yaml:89:7
%9213 = cast %9195 : f32[] @ models/lib/nn.yaml:89:7
%9214 = broadcast %9213 : f32[16] @ models/lib/nn.yaml:89:7
%9215 = mul %9212, %9214 : f32[16] @ models/lib/nn.yaml:89:7
%9216 = sub %45, %9215 : f32[16] @ models/lib/nn.yaml:89:7
%9217 = assign %45, %9216 : f32[16] @ models/lib/nn.yaml:89:7
%9218 = assign %9166, %9179 : f32[16] @ models/lib/nn.yaml:89:7
%9219 = assign %9167, %9189 : f32[16] @ models/lib/nn.yaml:89:7
%9220 = assign %9168, %9170 : i64[] @ models/lib/nn.yaml:89:7
%9221 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%9222 = broadcast %9221 : f32[16] @ models/lib/nn.yaml:89:7
%9223 = mul %123, %9222 : f32[16] @ models/lib/nn.yaml:89:7
%9224 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9225 = sub %9224, %3778 : f64[] @ models/lib/nn.yaml:89:7
%9226 = cast %9225 : f32[] @ models/lib/nn.yaml:89:7
%9227 = broadcast %9226 : f32[16] @ models/lib/nn.yaml:89:7
%9228 = mul %9216, %9227 : f32[16] @ models/lib/nn.yaml:89:7
%9229 = add %9223, %9228 : f32[16] @ models/lib/nn.yaml:89:7
%9230 = assign %123, %9229 : f32[16] @ models/lib/nn.yaml:89:7
%9231 = all_reduce_sum %5379 : f32[16] @ models/lib/nn.yaml:90:7
%9232 = reshape %9231 : f32[16] @ models/lib/nn.yaml:90:7
%9233 = mul %9232, %9232 : f32[16] @ models/lib/nn.yaml:90:7
%9234 = reduce_sum %9233 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9235 = sqrt %9234 : f32[] @ models/lib/nn.yaml:90:7
%9236 = cast %9235 : f64[] @ models/lib/nn.yaml:90:7
%9237 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9238 = add %9236, %9237 : f64[] @ models/lib/nn.yaml:90:7
%9239 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9240 = div %9239, %9238 : f64[] @ models/lib/nn.yaml:90:7
%9241 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9242 = lt %9240, %9241 : bool[] @ models/lib/nn.yaml:90:7
%9243 = cast %9240 : f32[] @ models/lib/nn.yaml:90:7
%9244 = broadcast %9243 : f32[16] @ models/lib/nn.yaml:90:7
%9245 = mul %9231, %9244 : f32[16] @ models/lib/nn.yaml:90:7
%9246 = broadcast %9242 : bool[16] @ models/lib/nn.yaml:90:7
%9247 = select %9246, %9245, %9231 : f32[16] @ models/lib/nn.yaml:90:7
%9248 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9249 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9250 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9251 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9252 = add %9250, %9251 : i64[] @ models/lib/nn.yaml:90:7
%9253 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9254 = cast %9253 : f32[] @ models/lib/nn.yaml:90:7
%9255 = broadcast %9254 : f32[16] @ models/lib/nn.yaml:90:7
%9256 = mul %9247, %9255 : f32[16] @ models/lib/nn.yaml:90:7
%9257 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9258 = cast %9257 : f32[] @ models/lib/nn.yaml:90:7
%9259 = broadcast %9258 : f32[16] @ models/lib/nn.yaml:90:7
%9260 = mul %9248, %9259 : f32[16] @ models/lib/nn.yaml:90:7
%9261 = add %9260, %9256 : f32[16] @ models/lib/nn.yaml:90:7
%9262 = mul %9247, %9247 : f32[16] @ models/lib/nn.yaml:90:7
%9263 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9264 = cast %9263 : f32[] @ models/lib/nn.yaml:90:7
%9265 = broadcast %9264 : f32[16] @ models/lib/nn.yaml:90:7
%9266 = mul %9262, %9265 : f32[16] @ models/lib/nn.yaml:90:7
%9267 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9268 = cast %9267 : f32[] @ models/lib/nn.yaml:90:7
%9269 = broadcast %9268 : f32[16] @ models/lib/nn.yaml:90:7
%9270 = mul %9249, %9269 : f32[16] @ models/lib/nn.yaml:90:7
%9271 = add %9270, %9266 : f32[16] @ models/lib/nn.yaml:90:7
%9272 = cast %9252 : f64[] @ models/lib/nn.yaml:90:7
%9273 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9274 = pow %9273, %9272 : f64[] @ models/lib/nn.yaml:90:7
%9275 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9276 = sub %9275, %9274 : f64[] @ models/lib/nn.yaml:90:7
%9277 = div %3776, %9276 : f64[] @ models/lib/nn.yaml:90:7
%9278 = cast %9252 : f64[] @ models/lib/nn.yaml:90:7
%9279 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9280 = pow %9279, %9278 : f64[] @ models/lib/nn.yaml:90:7
%9281 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9282 = sub %9281, %9280 : f64[] @ models/lib/nn.yaml:90:7
%9283 = sqrt %9282 : f64[] @ models/lib/nn.yaml:90:7
%9284 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9285 = div %9284, %9283 : f64[] @ models/lib/nn.yaml:90:7
%9286 = sqrt %9271 : f32[16] @ models/lib/nn.yaml:90:7
%9287 = cast %9285 : f32[] @ models/lib/nn.yaml:90:7
%9288 = broadcast %9287 : f32[16] @ models/lib/nn.yaml:90:7
%9289 = mul %9286, %9288 : f32[16] @ models/lib/nn.yaml:90:7
%9290 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9291 = cast %9290 : f32[] @ models/lib/nn.yaml:90:7
%9292 = broadcast %9291 : f32[16] @ models/lib/nn.yaml:90:7
%9293 = add %9289, %9292 : f32[16] @ models/lib/nn.yaml:90:7
%9294 = div %9261, %9293 : f32[16] @ models/lib/nn.yaml:90:7
%9295 = cast %9277 : f32[] @ models/lib/nn.yaml:90:7
%9296 = broadcast %9295 : f32[16] @ models/lib/nn.yaml:90:7
%9297 = mul %9294, %9296 : f32[16] @ models/lib/nn.yaml:90:7
%9298 = sub %46, %9297 : f32[16] @ models/lib/nn.yaml:90:7
%9299 = assign %46, %9298 : f32[16] @ models/lib/nn.yaml:90:7
%9300 = assign %9248, %9261 : f32[16] @ models/lib/nn.yaml:90:7
%9301 = assign %9249, %9271 : f32[16] @ models/lib/nn.yaml:90:7
%9302 = assign %9250, %9252 : i64[] @ models/lib/nn.yaml:90:7
%9303 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%9304 = broadcast %9303 : f32[16] @ models/lib/nn.yaml:90:7
%9305 = mul %124, %9304 : f32[16] @ models/lib/nn.yaml:90:7
%9306 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9307 = sub %9306, %3778 : f64[] @ models/lib/nn.yaml:90:7
%9308 = cast %9307 : f32[] @ models/lib/nn.yaml:90:7
%9309 = broadcast %9308 : f32[16] @ models/lib/nn.yaml:90:7
%9310 = mul %9298, %9309 : f32[16] @ models/lib/nn.yaml:90:7
%9311 = add %9305, %9310 : f32[16] @ models/lib/nn.yaml:90:7
%9312 = assign %124, %9311 : f32[16] @ models/lib/nn.yaml:90:7
%9313 = all_reduce_sum %5375 : f32[64,16] @ models/lib/nn.yaml:79:7
%9314 = reshape %9313 : f32[1024] @ models/lib/nn.yaml:79:7
%9315 = mul %9314, %9314 : f32[1024] @ models/lib/nn.yaml:79:7
%9316 = reduce_sum %9315 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9317 = sqrt %9316 : f32[] @ models/lib/nn.yaml:79:7
%9318 = cast %9317 : f64[] @ models/lib/nn.yaml:79:7
%9319 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9320 = add %9318, %9319 : f64[] @ models/lib/nn.yaml:79:7
%9321 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9322 = div %9321, %9320 : f64[] @ models/lib/nn.yaml:79:7
%9323 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9324 = lt %9322, %9323 : bool[] @ models/lib/nn.yaml:79:7
%9325 = cast %9322 : f32[] @ models/lib/nn.yaml:79:7
%9326 = broadcast %9325 : f32[64,16] @ models/lib/nn.yaml:79:7
%9327 = mul %9313, %9326 : f32[64,16] @ models/lib/nn.yaml:79:7
%9328 = broadcast %9324 : bool[64,16] @ models/lib/nn.yaml:79:7
%9329 = select %9328, %9327, %9313 : f32[64,16] @ models/lib/nn.yaml:79:7
%9330 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9331 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9332 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9333 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9334 = add %9332, %9333 : i64[] @ models/lib/nn.yaml:79:7
%9335 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%9336 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9337 = sub %9336, %9335 : f64[] @ models/lib/nn.yaml:79:7
%9338 = cast %9337 : f32[] @ models/lib/nn.yaml:79:7
%9339 = broadcast %9338 : f32[64,16] @ models/lib/nn.yaml:79:7
%9340 = mul %47, %9339 : f32[64,16] @ models/lib/nn.yaml:79:7
%9341 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9342 = cast %9341 : f32[] @ models/lib/nn.yaml:79:7
%9343 = broadcast %9342 : f32[64,16] @ models/lib/nn.yaml:79:7
%9344 = mul %9329, %9343 : f32[64,16] @ models/lib/nn.yaml:79:7
%9345 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9346 = cast %9345 : f32[] @ models/lib/nn.yaml:79:7
%9347 = broadcast %9346 : f32[64,16] @ models/lib/nn.yaml:79:7
%9348 = mul %9330, %9347 : f32[64,16] @ models/lib/nn.yaml:79:7
%9349 = add %9348, %9344 : f32[64,16] @ models/lib/nn.yaml:79:7
%9350 = mul %9329, %9329 : f32[64,16] @ models/lib/nn.yaml:79:7
%9351 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9352 = cast %9351 : f32[] @ models/lib/nn.yaml:79:7
%9353 = broadcast %9352 : f32[64,16] @ models/lib/nn.yaml:79:7
%9354 = mul %9350, %9353 : f32[64,16] @ models/lib/nn.yaml:79:7
%9355 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9356 = cast %9355 : f32[] @ models/lib/nn.yaml:79:7
%9357 = broadcast %9356 : f32[64,16] @ models/lib/nn.yaml:79:7
%9358 = mul %9331, %9357 : f32[64,16] @ models/lib/nn.yaml:79:7
%9359 = add %9358, %9354 : f32[64,16] @ models/lib/nn.yaml:79:7
%9360 = cast %9334 : f64[] @ models/lib/nn.yaml:79:7
%9361 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9362 = pow %9361, %9360 : f64[] @ models/lib/nn.yaml:79:7
%9363 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9364 = sub %9363, %9362 : f64[] @ models/lib/nn.yaml:79:7
%9365 = div %3776, %9364 : f64[] @ models/lib/nn.yaml:79:7
%9366 = cast %9334 : f64[] @ models/lib/nn.yaml:79:7
%9367 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9368 = pow %9367, %9366 : f64[] @ models/lib/nn.yaml:79:7
%9369 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9370 = sub %9369, %9368 : f64[] @ models/lib/nn.yaml:79:7
%9371 = sqrt %9370 : f64[] @ models/lib/nn.yaml:79:7
%9372 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9373 = div %9372, %9371 : f64[] @ models/lib/nn.yaml:79:7
%9374 = sqrt %9359 : f32[64,16] @ models/lib/nn.yaml:79:7
%9375 = cast %9373 : f32[] @ models/lib/nn.yaml:79:7
%9376 = broadcast %9375 : f32[64,16] @ models/lib/nn.yaml:79:7
%9377 = mul %9374, %9376 : f32[64,16] @ models/lib/nn.yaml:79:7
%9378 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9379 = cast %9378 : f32[] @ models/lib/nn.yaml:79:7
%9380 = broadcast %9379 : f32[64,16] @ models/lib/nn.yaml:79:7
%9381 = add %9377, %9380 : f32[64,16] @ models/lib/nn.yaml:79:7
%9382 = div %9349, %9381 : f32[64,16] @ models/lib/nn.yaml:79:7
%9383 = cast %9365 : f32[] @ models/lib/nn.yaml:79:7
%9384 = broadcast %9383 : f32[64,16] @ models/lib/nn.yaml:79:7
%9385 = mul %9382, %9384 : f32[64,16] @ models/lib/nn.yaml:79:7
%9386 = sub %9340, %9385 : f32[64,16] @ models/lib/nn.yaml:79:7
%9387 = assign %47, %9386 : f32[64,16] @ models/lib/nn.yaml:79:7
%9388 = assign %9330, %9349 : f32[64,16] @ models/lib/nn.yaml:79:7
%9389 = assign %9331, %9359 : f32[64,16] @ models/lib/nn.yaml:79:7
%9390 = assign %9332, %9334 : i64[] @ models/lib/nn.yaml:79:7
%9391 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%9392 = broadcast %9391 : f32[64,16] @ models/lib/nn.yaml:79:7
%9393 = mul %125, %9392 : f32[64,16] @ models/lib/nn.yaml:79:7
%9394 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9395 = sub %9394, %3778 : f64[] @ models/lib/nn.yaml:79:7
%9396 = cast %9395 : f32[] @ models/lib/nn.yaml:79:7
%9397 = broadcast %9396 : f32[64,16] @ models/lib/nn.yaml:79:7
%9398 = mul %9386, %9397 : f32[64,16] @ models/lib/nn.yaml:79:7
%9399 = add %9393, %9398 : f32[64,16] @ models/lib/nn.yaml:79:7
%9400 = assign %125, %9399 : f32[64,16] @ models/lib/nn.yaml:79:7
%9401 = all_reduce_sum %5367 : f32[64] @ models/lib/nn.yaml:80:7
%9402 = reshape %9401 : f32[64] @ models/lib/nn.yaml:80:7
%9403 = mul %9402, %9402 : f32[64] @ models/lib/nn.yaml:80:7
%9404 = reduce_sum %9403 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9405 = sqrt %9404 : f32[] @ models/lib/nn.yaml:80:7
%9406 = cast %9405 : f64[] @ models/lib/nn.yaml:80:7
%9407 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9408 = add %9406, %9407 : f64[] @ models/lib/nn.yaml:80:7
%9409 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9410 = div %9409, %9408 : f64[] @ models/lib/nn.yaml:80:7
%9411 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9412 = lt %9410, %9411 : bool[] @ models/lib/nn.yaml:80:7
%9413 = cast %9410 : f32[] @ models/lib/nn.yaml:80:7
%9414 = broadcast %9413 : f32[64] @ models/lib/nn.yaml:80:7
%9415 = mul %9401, %9414 : f32[64] @ models/lib/nn.yaml:80:7
%9416 = broadcast %9412 : bool[64] @ models/lib/nn.yaml:80:7
%9417 = select %9416, %9415, %9401 : f32[64] @ models/lib/nn.yaml:80:7
%9418 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9419 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9420 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9421 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9422 = add %9420, %9421 : i64[] @ models/lib/nn.yaml:80:7
%9423 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9424 = cast %9423 : f32[] @ models/lib/nn.yaml:80:7
%9425 = broadcast %9424 : f32[64] @ models/lib/nn.yaml:80:7
%9426 = mul %9417, %9425 : f32[64] @ models/lib/nn.yaml:80:7
%9427 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9428 = cast %9427 : f32[] @ models/lib/nn.yaml:80:7
%9429 = broadcast %9428 : f32[64] @ models/lib/nn.yaml:80:7
%9430 = mul %9418, %9429 : f32[64] @ models/lib/nn.yaml:80:7
%9431 = add %9430, %9426 : f32[64] @ models/lib/nn.yaml:80:7
%9432 = mul %9417, %9417 : f32[64] @ models/lib/nn.yaml:80:7
%9433 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9434 = cast %9433 : f32[] @ models/lib/nn.yaml:80:7
%9435 = broadcast %9434 : f32[64] @ models/lib/nn.yaml:80:7
%9436 = mul %9432, %9435 : f32[64] @ models/lib/nn.yaml:80:7
%9437 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9438 = cast %9437 : f32[] @ models/lib/nn.yaml:80:7
%9439 = broadcast %9438 : f32[64] @ models/lib/nn.yaml:80:7
%9440 = mul %9419, %9439 : f32[64] @ models/lib/nn.yaml:80:7
%9441 = add %9440, %9436 : f32[64] @ models/lib/nn.yaml:80:7
%9442 = cast %9422 : f64[] @ models/lib/nn.yaml:80:7
%9443 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9444 = pow %9443, %9442 : f64[] @ models/lib/nn.yaml:80:7
%9445 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9446 = sub %9445, %9444 : f64[] @ models/lib/nn.yaml:80:7
%9447 = div %3776, %9446 : f64[] @ models/lib/nn.yaml:80:7
%9448 = cast %9422 : f64[] @ models/lib/nn.yaml:80:7
%9449 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9450 = pow %9449, %9448 : f64[] @ models/lib/nn.yaml:80:7
%9451 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9452 = sub %9451, %9450 : f64[] @ models/lib/nn.yaml:80:7
%9453 = sqrt %9452 : f64[] @ models/lib/nn.yaml:80:7
%9454 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9455 = div %9454, %9453 : f64[] @ models/lib/nn.yaml:80:7
%9456 = sqrt %9441 : f32[64] @ models/lib/nn.yaml:80:7
%9457 = cast %9455 : f32[] @ models/lib/nn.yaml:80:7
%9458 = broadcast %9457 : f32[64] @ models/lib/nn.yaml:80:7
%9459 = mul %9456, %9458 : f32[64] @ models/lib/nn.yaml:80:7
%9460 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9461 = cast %9460 : f32[] @ models/lib/nn.yaml:80:7
%9462 = broadcast %9461 : f32[64] @ models/lib/nn.yaml:80:7
%9463 = add %9459, %9462 : f32[64] @ models/lib/nn.yaml:80:7
%9464 = div %9431, %9463 : f32[64] @ models/lib/nn.yaml:80:7
%9465 = cast %9447 : f32[] @ models/lib/nn.yaml:80:7
%9466 = broadcast %9465 : f32[64] @ models/lib/nn.yaml:80:7
%9467 = mul %9464, %9466 : f32[64] @ models/lib/nn.yaml:80:7
%9468 = sub %48, %9467 : f32[64] @ models/lib/nn.yaml:80:7
%9469 = assign %48, %9468 : f32[64] @ models/lib/nn.yaml:80:7
%9470 = assign %9418, %9431 : f32[64] @ models/lib/nn.yaml:80:7
%9471 = assign %9419, %9441 : f32[64] @ models/lib/nn.yaml:80:7
%9472 = assign %9420, %9422 : i64[] @ models/lib/nn.yaml:80:7
%9473 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%9474 = broadcast %9473 : f32[64] @ models/lib/nn.yaml:80:7
%9475 = mul %126, %9474 : f32[64] @ models/lib/nn.yaml:80:7
%9476 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9477 = sub %9476, %3778 : f64[] @ models/lib/nn.yaml:80:7
%9478 = cast %9477 : f32[] @ models/lib/nn.yaml:80:7
%9479 = broadcast %9478 : f32[64] @ models/lib/nn.yaml:80:7
%9480 = mul %9468, %9479 : f32[64] @ models/lib/nn.yaml:80:7
%9481 = add %9475, %9480 : f32[64] @ models/lib/nn.yaml:80:7
%9482 = assign %126, %9481 : f32[64] @ models/lib/nn.yaml:80:7
%9483 = all_reduce_sum %5350 : f32[16,64] @ models/lib/nn.yaml:79:7
%9484 = reshape %9483 : f32[1024] @ models/lib/nn.yaml:79:7
%9485 = mul %9484, %9484 : f32[1024] @ models/lib/nn.yaml:79:7
%9486 = reduce_sum %9485 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9487 = sqrt %9486 : f32[] @ models/lib/nn.yaml:79:7
%9488 = cast %9487 : f64[] @ models/lib/nn.yaml:79:7
%9489 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9490 = add %9488, %9489 : f64[] @ models/lib/nn.yaml:79:7
%9491 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9492 = div %9491, %9490 : f64[] @ models/lib/nn.yaml:79:7
%9493 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9494 = lt %9492, %9493 : bool[] @ models/lib/nn.yaml:79:7
%9495 = cast %9492 : f32[] @ models/lib/nn.yaml:79:7
%9496 = broadcast %9495 : f32[16,64] @ models/lib/nn.yaml:79:7
%9497 = mul %9483, %9496 : f32[16,64] @ models/lib/nn.yaml:79:7
%9498 = broadcast %9494 : bool[16,64] @ models/lib/nn.yaml:79:7
%9499 = select %9498, %9497, %9483 : f32[16,64] @ models/lib/nn.yaml:79:7
%9500 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9501 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9502 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9503 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9504 = add %9502, %9503 : i64[] @ models/lib/nn.yaml:79:7
%9505 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%9506 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9507 = sub %9506, %9505 : f64[] @ models/lib/nn.yaml:79:7
%9508 = cast %9507 : f32[] @ models/lib/nn.yaml:79:7
%9509 = broadcast %9508 : f32[16,64] @ models/lib/nn.yaml:79:7
%9510 = mul %49, %9509 : f32[16,64] @ models/lib/nn.yaml:79:7
%9511 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9512 = cast %9511 : f32[] @ models/lib/nn.yaml:79:7
%9513 = broadcast %9512 : f32[16,64] @ models/lib/nn.yaml:79:7
%9514 = mul %9499, %9513 : f32[16,64] @ models/lib/nn.yaml:79:7
%9515 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9516 = cast %9515 : f32[] @ models/lib/nn.yaml:79:7
%9517 = broadcast %9516 : f32[16,64] @ models/lib/nn.yaml:79:7
%9518 = mul %9500, %9517 : f32[16,64] @ models/lib/nn.yaml:79:7
%9519 = add %9518, %9514 : f32[16,64] @ models/lib/nn.yaml:79:7
%9520 = mul %9499, %9499 : f32[16,64] @ models/lib/nn.yaml:79:7
%9521 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9522 = cast %9521 : f32[] @ models/lib/nn.yaml:79:7
%9523 = broadcast %9522 : f32[16,64] @ models/lib/nn.yaml:79:7
%9524 = mul %9520, %9523 : f32[16,64] @ models/lib/nn.yaml:79:7
%9525 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9526 = cast %9525 : f32[] @ models/lib/nn.yaml:79:7
%9527 = broadcast %9526 : f32[16,64] @ models/lib/nn.yaml:79:7
%9528 = mul %9501, %9527 : f32[16,64] @ models/lib/nn.yaml:79:7
%9529 = add %9528, %9524 : f32[16,64] @ models/lib/nn.yaml:79:7
%9530 = cast %9504 : f64[] @ models/lib/nn.yaml:79:7
%9531 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9532 = pow %9531, %9530 : f64[] @ models/lib/nn.yaml:79:7
%9533 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9534 = sub %9533, %9532 : f64[] @ models/lib/nn.yaml:79:7
%9535 = div %3776, %9534 : f64[] @ models/lib/nn.yaml:79:7
%9536 = cast %9504 : f64[] @ models/lib/nn.yaml:79:7
%9537 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9538 = pow %9537, %9536 : f64[] @ models/lib/nn.yaml:79:7
%9539 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9540 = sub %9539, %9538 : f64[] @ models/lib/nn.yaml:79:7
%9541 = sqrt %9540 : f64[] @ models/lib/nn.yaml:79:7
%9542 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9543 = div %9542, %9541 : f64[] @ models/lib/nn.yaml:79:7
%9544 = sqrt %9529 : f32[16,64] @ models/lib/nn.yaml:79:7
%9545 = cast %9543 : f32[] @ models/lib/nn.yaml:79:7
%9546 = broadcast %9545 : f32[16,64] @ models/lib/nn.yaml:79:7
%9547 = mul %9544, %9546 : f32[16,64] @ models/lib/nn.yaml:79:7
%9548 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9549 = cast %9548 : f32[] @ models/lib/nn.yaml:79:7
%9550 = broadcast %9549 : f32[16,64] @ models/lib/nn.yaml:79:7
%9551 = add %9547, %9550 : f32[16,64] @ models/lib/nn.yaml:79:7
%9552 = div %9519, %9551 : f32[16,64] @ models/lib/nn.yaml:79:7
%9553 = cast %9535 : f32[] @ models/lib/nn.yaml:79:7
%9554 = broadcast %9553 : f32[16,64] @ models/lib/nn.yaml:79:7
%9555 = mul %9552, %9554 : f32[16,64] @ models/lib/nn.yaml:79:7
%9556 = sub %9510, %9555 : f32[16,64] @ models/lib/nn.yaml:79:7
%9557 = assign %49, %9556 : f32[16,64] @ models/lib/nn.yaml:79:7
%9558 = assign %9500, %9519 : f32[16,64] @ models/lib/nn.yaml:79:7
%9559 = assign %9501, %9529 : f32[16,64] @ models/lib/nn.yaml:79:7
%9560 = assign %9502, %9504 : i64[] @ models/lib/nn.yaml:79:7
%9561 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%9562 = broadcast %9561 : f32[16,64] @ models/lib/nn.yaml:79:7
%9563 = mul %127, %9562 : f32[16,64] @ models/lib/nn.yaml:79:7
%9564 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9565 = sub %9564, %3778 : f64[] @ models/lib/nn.yaml:79:7
%9566 = cast %9565 : f32[] @ models/lib/nn.yaml:79:7
%9567 = broadcast %9566 : f32[16,64] @ models/lib/nn.yaml:79:7
%9568 = mul %9556, %9567 : f32[16,64] @ models/lib/nn.yaml:79:7
%9569 = add %9563, %9568 : f32[16,64] @ models/lib/nn.yaml:79:7
%9570 = assign %127, %9569 : f32[16,64] @ models/lib/nn.yaml:79:7
%9571 = all_reduce_sum %5342 : f32[16] @ models/lib/nn.yaml:80:7
%9572 = reshape %9571 : f32[16] @ models/lib/nn.yaml:80:7
%9573 = mul %9572, %9572 : f32[16] @ models/lib/nn.yaml:80:7
%9574 = reduce_sum %9573 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9575 = sqrt %9574 : f32[] @ models/lib/nn.yaml:80:7
%9576 = cast %9575 : f64[] @ models/lib/nn.yaml:80:7
%9577 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9578 = add %9576, %9577 : f64[] @ models/lib/nn.yaml:80:7
%9579 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9580 = div %9579, %9578 : f64[] @ models/lib/nn.yaml:80:7
%9581 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9582 = lt %9580, %9581 : bool[] @ models/lib/nn.yaml:80:7
%9583 = cast %9580 : f32[] @ models/lib/nn.yaml:80:7
%9584 = broadcast %9583 : f32[16] @ models/lib/nn.yaml:80:7
%9585 = mul %9571, %9584 : f32[16] @ models/lib/nn.yaml:80:7
%9586 = broadcast %9582 : bool[16] @ models/lib/nn.yaml:80:7
%9587 = select %9586, %9585, %9571 : f32[16] @ models/lib/nn.yaml:80:7
%9588 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9589 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9590 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9591 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9592 = add %9590, %9591 : i64[] @ models/lib/nn.yaml:80:7
%9593 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9594 = cast %9593 : f32[] @ models/lib/nn.yaml:80:7
%9595 = broadcast %9594 : f32[16] @ models/lib/nn.yaml:80:7
%9596 = mul %9587, %9595 : f32[16] @ models/lib/nn.yaml:80:7
%9597 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9598 = cast %9597 : f32[] @ models/lib/nn.yaml:80:7
%9599 = broadcast %9598 : f32[16] @ models/lib/nn.yaml:80:7
%9600 = mul %9588, %9599 : f32[16] @ models/lib/nn.yaml:80:7
%9601 = add %9600, %9596 : f32[16] @ models/lib/nn.yaml:80:7
%9602 = mul %9587, %9587 : f32[16] @ models/lib/nn.yaml:80:7
%9603 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9604 = cast %9603 : f32[] @ models/lib/nn.yaml:80:7
%9605 = broadcast %9604 : f32[16] @ models/lib/nn.yaml:80:7
%9606 = mul %9602, %9605 : f32[16] @ models/lib/nn.yaml:80:7
%9607 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9608 = cast %9607 : f32[] @ models/lib/nn.yaml:80:7
%9609 = broadcast %9608 : f32[16] @ models/lib/nn.yaml:80:7
%9610 = mul %9589, %9609 : f32[16] @ models/lib/nn.yaml:80:7
%9611 = add %9610, %9606 : f32[16] @ models/lib/nn.yaml:80:7
%9612 = cast %9592 : f64[] @ models/lib/nn.yaml:80:7
%9613 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9614 = pow %9613, %9612 : f64[] @ models/lib/nn.yaml:80:7
%9615 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9616 = sub %9615, %9614 : f64[] @ models/lib/nn.yaml:80:7
%9617 = div %3776, %9616 : f64[] @ models/lib/nn.yaml:80:7
%9618 = cast %9592 : f64[] @ models/lib/nn.yaml:80:7
%9619 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9620 = pow %9619, %9618 : f64[] @ models/lib/nn.yaml:80:7
%9621 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9622 = sub %9621, %9620 : f64[] @ models/lib/nn.yaml:80:7
%9623 = sqrt %9622 : f64[] @ models/lib/nn.yaml:80:7
%9624 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9625 = div %9624, %9623 : f64[] @ models/lib/nn.yaml:80:7
%9626 = sqrt %9611 : f32[16] @ models/lib/nn.yaml:80:7
%9627 = cast %9625 : f32[] @ models/lib/nn.yaml:80:7
%9628 = broadcast %9627 : f32[16] @ models/lib/nn.yaml:80:7
%9629 = mul %9626, %9628 : f32[16] @ models/lib/nn.yaml:80:7
%9630 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9631 = cast %9630 : f32[] @ models/lib/nn.yaml:80:7
%9632 = broadcast %9631 : f32[16] @ models/lib/nn.yaml:80:7
%9633 = add %9629, %9632 : f32[16] @ models/lib/nn.yaml:80:7
%9634 = div %9601, %9633 : f32[16] @ models/lib/nn.yaml:80:7
%9635 = cast %9617 : f32[] @ models/lib/nn.yaml:80:7
%9636 = broadcast %9635 : f32[16] @ models/lib/nn.yaml:80:7
%9637 = mul %9634, %9636 : f32[16] @ models/lib/nn.yaml:80:7
%9638 = sub %50, %9637 : f32[16] @ models/lib/nn.yaml:80:7
%9639 = assign %50, %9638 : f32[16] @ models/lib/nn.yaml:80:7
%9640 = assign %9588, %9601 : f32[16] @ models/lib/nn.yaml:80:7
%9641 = assign %9589, %9611 : f32[16] @ models/lib/nn.yaml:80:7
%9642 = assign %9590, %9592 : i64[] @ models/lib/nn.yaml:80:7
%9643 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%9644 = broadcast %9643 : f32[16] @ models/lib/nn.yaml:80:7
%9645 = mul %128, %9644 : f32[16] @ models/lib/nn.yaml:80:7
%9646 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9647 = sub %9646, %3778 : f64[] @ models/lib/nn.yaml:80:7
%9648 = cast %9647 : f32[] @ models/lib/nn.yaml:80:7
%9649 = broadcast %9648 : f32[16] @ models/lib/nn.yaml:80:7
%9650 = mul %9638, %9649 : f32[16] @ models/lib/nn.yaml:80:7
%9651 = add %9645, %9650 : f32[16] @ models/lib/nn.yaml:80:7
%9652 = assign %128, %9651 : f32[16] @ models/lib/nn.yaml:80:7
%9653 = all_reduce_sum %5315 : f32[16] @ models/lib/nn.yaml:89:7
%9654 = reshape %9653 : f32[16] @ models/lib/nn.yaml:89:7
%9655 = mul %9654, %9654 : f32[16] @ models/lib/nn.yaml:89:7
%9656 = reduce_sum %9655 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9657 = sqrt %9656 : f32[] @ models/lib/nn.yaml:89:7
%9658 = cast %9657 : f64[] @ models/lib/nn.yaml:89:7
%9659 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%9660 = add %9658, %9659 : f64[] @ models/lib/nn.yaml:89:7
%9661 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%9662 = div %9661, %9660 : f64[] @ models/lib/nn.yaml:89:7
%9663 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9664 = lt %9662, %9663 : bool[] @ models/lib/nn.yaml:89:7
%9665 = cast %9662 : f32[] @ models/lib/nn.yaml:89:7
%9666 = broadcast %9665 : f32[16] @ models/lib/nn.yaml:89:7
%9667 = mul %9653, %9666 : f32[16] @ models/lib/nn.yaml:89:7
%9668 = broadcast %9664 : bool[16] @ models/lib/nn.yaml:89:7
%9669 = select %9668, %9667, %9653 : f32[16] @ models/lib/nn.yaml:89:7
%9670 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9671 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9672 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9673 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%9674 = add %9672, %9673 : i64[] @ models/lib/nn.yaml:89:7
%9675 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%9676 = cast %9675 : f32[] @ models/lib/nn.yaml:89:7
%9677 = broadcast %9676 : f32[16] @ models/lib/nn.yaml:89:7
%9678 = mul %9669, %9677 : f32[16] @ models/lib/nn.yaml:89:7
%9679 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9680 = cast %9679 : f32[] @ models/lib/nn.yaml:89:7
%9681 = broadcast %9680 : f32[16] @ models/lib/nn.yaml:89:7
%9682 = mul %9670, %9681 : f32[16] @ models/lib/nn.yaml:89:7
%9683 = add %9682, %9678 : f32[16] @ models/lib/nn.yaml:89:7
%9684 = mul %9669, %9669 : f32[16] @ models/lib/nn.yaml:89:7
%9685 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%9686 = cast %9685 : f32[] @ models/lib/nn.yaml:89:7
%9687 = broadcast %9686 : f32[16] @ models/lib/nn.yaml:89:7
%9688 = mul %9684, %9687 : f32[16] @ models/lib/nn.yaml:89:7
%9689 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9690 = cast %9689 : f32[] @ models/lib/nn.yaml:89:7
%9691 = broadcast %9690 : f32[16] @ models/lib/nn.yaml:89:7
%9692 = mul %9671, %9691 : f32[16] @ models/lib/nn.yaml:89:7
%9693 = add %9692, %9688 : f32[16] @ models/lib/nn.yaml:89:7
%9694 = cast %9674 : f64[] @ models/lib/nn.yaml:89:7
%9695 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%9696 = pow %9695, %9694 : f64[] @ models/lib/nn.yaml:89:7
%9697 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9698 = sub %9697, %9696 : f64[] @ models/lib/nn.yaml:89:7
%9699 = div %3776, %9698 : f64[] @ models/lib/nn.yaml:89:7
%9700 = cast %9674 : f64[] @ models/lib/nn.yaml:89:7
%9701 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%9702 = pow %9701, %9700 : f64[] @ models/lib/nn.yaml:89:7
%9703 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9704 = sub %9703, %9702 : f64[] @ models/lib/nn.yaml:89:7
%9705 = sqrt %9704 : f64[] @ models/lib/nn.yaml:89:7
%9706 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9707 = div %9706, %9705 : f64[] @ models/lib/nn.yaml:89:7
%9708 = sqrt %9693 : f32[16] @ models/lib/nn.yaml:89:7
%9709 = cast %9707 : f32[] @ models/lib/nn.yaml:89:7
%9710 = broadcast %9709 : f32[16] @ models/lib/nn.yaml:89:7
%9711 = mul %9708, %9710 : f32[16] @ models/lib/nn.yaml:89:7
%9712 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%9713 = cast %9712 : f32[] @ models/lib/nn.yaml:89:7
%9714 = broadcast %9713 : f32[16] @ models/lib/nn.yaml:89:7
%9715 = add %9711, %9714 : f32[16] @ models/lib/nn.yaml:89:7
%9716 = div %9683, %9715 : f32[16] @ models/lib/nn.yaml:89:7
%9717 = cast %9699 : f32[] @ models/lib/nn.yaml:89:7
%9718 = broadcast %9717 : f32[16] @ models/lib/nn.yaml:89:7
%9719 = mul %9716, %9718 : f32[16] @ models/lib/nn.yaml:89:7
%9720 = sub %51, %9719 : f32[16] @ models/lib/nn.yaml:89:7
%9721 = assign %51, %9720 : f32[16] @ models/lib/nn.yaml:89:7
%9722 = assign %9670, %9683 : f32[16] @ models/lib/nn.yaml:89:7
%9723 = assign %9671, %9693 : f32[16] @ models/lib/nn.yaml:89:7
%9724 = assign %9672, %9674 : i64[] @ models/lib/nn.yaml:89:7
%9725 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%9726 = broadcast %9725 : f32[16] @ models/lib/nn.yaml:89:7
%9727 = mul %129, %9726 : f32[16] @ models/lib/nn.yaml:89:7
%9728 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%9729 = sub %9728, %3778 : f64[] @ models/lib/nn.yaml:89:7
%9730 = cast %9729 : f32[] @ models/lib/nn.yaml:89:7
%9731 = broadcast %9730 : f32[16] @ models/lib/nn.yaml:89:7
%9732 = mul %9720, %9731 : f32[16] @ models/lib/nn.yaml:89:7
%9733 = add %9727, %9732 : f32[16] @ models/lib/nn.yaml:89:7
%9734 = assign %129, %9733 : f32[16] @ models/lib/nn.yaml:89:7
%9735 = all_reduce_sum %5310 : f32[16] @ models/lib/nn.yaml:90:7
%9736 = reshape %9735 : f32[16] @ models/lib/nn.yaml:90:7
%9737 = mul %9736, %9736 : f32[16] @ models/lib/nn.yaml:90:7
%9738 = reduce_sum %9737 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9739 = sqrt %9738 : f32[] @ models/lib/nn.yaml:90:7
%9740 = cast %9739 : f64[] @ models/lib/nn.yaml:90:7
%9741 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%9742 = add %9740, %9741 : f64[] @ models/lib/nn.yaml:90:7
%9743 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%9744 = div %9743, %9742 : f64[] @ models/lib/nn.yaml:90:7
%9745 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9746 = lt %9744, %9745 : bool[] @ models/lib/nn.yaml:90:7
%9747 = cast %9744 : f32[] @ models/lib/nn.yaml:90:7
%9748 = broadcast %9747 : f32[16] @ models/lib/nn.yaml:90:7
%9749 = mul %9735, %9748 : f32[16] @ models/lib/nn.yaml:90:7
%9750 = broadcast %9746 : bool[16] @ models/lib/nn.yaml:90:7
%9751 = select %9750, %9749, %9735 : f32[16] @ models/lib/nn.yaml:90:7
%9752 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9753 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9754 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9755 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%9756 = add %9754, %9755 : i64[] @ models/lib/nn.yaml:90:7
%9757 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%9758 = cast %9757 : f32[] @ models/lib/nn.yaml:90:7
%9759 = broadcast %9758 : f32[16] @ models/lib/nn.yaml:90:7
%9760 = mul %9751, %9759 : f32[16] @ models/lib/nn.yaml:90:7
%9761 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9762 = cast %9761 : f32[] @ models/lib/nn.yaml:90:7
%9763 = broadcast %9762 : f32[16] @ models/lib/nn.yaml:90:7
%9764 = mul %9752, %9763 : f32[16] @ models/lib/nn.yaml:90:7
%9765 = add %9764, %9760 : f32[16] @ models/lib/nn.yaml:90:7
%9766 = mul %9751, %9751 : f32[16] @ models/lib/nn.yaml:90:7
%9767 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%9768 = cast %9767 : f32[] @ models/lib/nn.yaml:90:7
%9769 = broadcast %9768 : f32[16] @ models/lib/nn.yaml:90:7
%9770 = mul %9766, %9769 : f32[16] @ models/lib/nn.yaml:90:7
%9771 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9772 = cast %9771 : f32[] @ models/lib/nn.yaml:90:7
%9773 = broadcast %9772 : f32[16] @ models/lib/nn.yaml:90:7
%9774 = mul %9753, %9773 : f32[16] @ models/lib/nn.yaml:90:7
%9775 = add %9774, %9770 : f32[16] @ models/lib/nn.yaml:90:7
%9776 = cast %9756 : f64[] @ models/lib/nn.yaml:90:7
%9777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%9778 = pow %9777, %9776 : f64[] @ models/lib/nn.yaml:90:7
%9779 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9780 = sub %9779, %9778 : f64[] @ models/lib/nn.yaml:90:7
%9781 = div %3776, %9780 : f64[] @ models/lib/nn.yaml:90:7
%9782 = cast %9756 : f64[] @ models/lib/nn.yaml:90:7
%9783 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%9784 = pow %9783, %9782 : f64[] @ models/lib/nn.yaml:90:7
%9785 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9786 = sub %9785, %9784 : f64[] @ models/lib/nn.yaml:90:7
%9787 = sqrt %9786 : f64[] @ models/lib/nn.yaml:90:7
%9788 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9789 = div %9788, %9787 : f64[] @ models/lib/nn.yaml:90:7
%9790 = sqrt %9775 : f32[16] @ models/lib/nn.yaml:90:7
%9791 = cast %9789 : f32[] @ models/lib/nn.yaml:90:7
%9792 = broadcast %9791 : f32[16] @ models/lib/nn.yaml:90:7
%9793 = mul %9790, %9792 : f32[16] @ models/lib/nn.yaml:90:7
%9794 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%9795 = cast %9794 : f32[] @ models/lib/nn.yaml:90:7
%9796 = broadcast %9795 : f32[16] @ models/lib/nn.yaml:90:7
%9797 = add %9793, %9796 : f32[16] @ models/lib/nn.yaml:90:7
%9798 = div %9765, %9797 : f32[16] @ models/lib/nn.yaml:90:7
%9799 = cast %9781 : f32[] @ models/lib/nn.yaml:90:7
%9800 = broadcast %9799 : f32[16] @ models/lib/nn.yaml:90:7
%9801 = mul %9798, %9800 : f32[16] @ models/lib/nn.yaml:90:7
%9802 = sub %52, %9801 : f32[16] @ models/lib/nn.yaml:90:7
%9803 = assign %52, %9802 : f32[16] @ models/lib/nn.yaml:90:7
%9804 = assign %9752, %9765 : f32[16] @ models/lib/nn.yaml:90:7
%9805 = assign %9753, %9775 : f32[16] @ models/lib/nn.yaml:90:7
%9806 = assign %9754, %9756 : i64[] @ models/lib/nn.yaml:90:7
%9807 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%9808 = broadcast %9807 : f32[16] @ models/lib/nn.yaml:90:7
%9809 = mul %130, %9808 : f32[16] @ models/lib/nn.yaml:90:7
%9810 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%9811 = sub %9810, %3778 : f64[] @ models/lib/nn.yaml:90:7
%9812 = cast %9811 : f32[] @ models/lib/nn.yaml:90:7
%9813 = broadcast %9812 : f32[16] @ models/lib/nn.yaml:90:7
%9814 = mul %9802, %9813 : f32[16] @ models/lib/nn.yaml:90:7
%9815 = add %9809, %9814 : f32[16] @ models/lib/nn.yaml:90:7
%9816 = assign %130, %9815 : f32[16] @ models/lib/nn.yaml:90:7
%9817 = all_reduce_sum %5304 : f32[16,16] @ models/lib/nn.yaml:79:7
%9818 = reshape %9817 : f32[256] @ models/lib/nn.yaml:79:7
%9819 = mul %9818, %9818 : f32[256] @ models/lib/nn.yaml:79:7
%9820 = reduce_sum %9819 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9821 = sqrt %9820 : f32[] @ models/lib/nn.yaml:79:7
%9822 = cast %9821 : f64[] @ models/lib/nn.yaml:79:7
%9823 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9824 = add %9822, %9823 : f64[] @ models/lib/nn.yaml:79:7
%9825 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9826 = div %9825, %9824 : f64[] @ models/lib/nn.yaml:79:7
%9827 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9828 = lt %9826, %9827 : bool[] @ models/lib/nn.yaml:79:7
%9829 = cast %9826 : f32[] @ models/lib/nn.yaml:79:7
%9830 = broadcast %9829 : f32[16,16] @ models/lib/nn.yaml:79:7
%9831 = mul %9817, %9830 : f32[16,16] @ models/lib/nn.yaml:79:7
%9832 = broadcast %9828 : bool[16,16] @ models/lib/nn.yaml:79:7
%9833 = select %9832, %9831, %9817 : f32[16,16] @ models/lib/nn.yaml:79:7
%9834 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9835 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9836 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9837 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9838 = add %9836, %9837 : i64[] @ models/lib/nn.yaml:79:7
%9839 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%9840 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9841 = sub %9840, %9839 : f64[] @ models/lib/nn.yaml:79:7
%9842 = cast %9841 : f32[] @ models/lib/nn.yaml:79:7
%9843 = broadcast %9842 : f32[16,16] @ models/lib/nn.yaml:79:7
%9844 = mul %53, %9843 : f32[16,16] @ models/lib/nn.yaml:79:7
%9845 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9846 = cast %9845 : f32[] @ models/lib/nn.yaml:79:7
%9847 = broadcast %9846 : f32[16,16] @ models/lib/nn.yaml:79:7
%9848 = mul %9833, %9847 : f32[16,16] @ models/lib/nn.yaml:79:7
%9849 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9850 = cast %9849 : f32[] @ models/lib/nn.yaml:79:7
%9851 = broadcast %9850 : f32[16,16] @ models/lib/nn.yaml:79:7
%9852 = mul %9834, %9851 : f32[16,16] @ models/lib/nn.yaml:79:7
%9853 = add %9852, %9848 : f32[16,16] @ models/lib/nn.yaml:79:7
%9854 = mul %9833, %9833 : f32[16,16] @ models/lib/nn.yaml:79:7
%9855 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9856 = cast %9855 : f32[] @ models/lib/nn.yaml:79:7
%9857 = broadcast %9856 : f32[16,16] @ models/lib/nn.yaml:79:7
%9858 = mul %9854, %9857 : f32[16,16] @ models/lib/nn.yaml:79:7
%9859 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9860 = cast %9859 : f32[] @ models/lib/nn.yaml:79:7
%9861 = broadcast %9860 : f32[16,16] @ models/lib/nn.yaml:79:7
%9862 = mul %9835, %9861 : f32[16,16] @ models/lib/nn.yaml:79:7
%9863 = add %9862, %9858 : f32[16,16] @ models/lib/nn.yaml:79:7
%9864 = cast %9838 : f64[] @ models/lib/nn.yaml:79:7
%9865 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9866 = pow %9865, %9864 : f64[] @ models/lib/nn.yaml:79:7
%9867 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9868 = sub %9867, %9866 : f64[] @ models/lib/nn.yaml:79:7
%9869 = div %3776, %9868 : f64[] @ models/lib/nn.yaml:79:7
%9870 = cast %9838 : f64[] @ models/lib/nn.yaml:79:7
%9871 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9872 = pow %9871, %9870 : f64[] @ models/lib/nn.yaml:79:7
%9873 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9874 = sub %9873, %9872 : f64[] @ models/lib/nn.yaml:79:7
%9875 = sqrt %9874 : f64[] @ models/lib/nn.yaml:79:7
%9876 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9877 = div %9876, %9875 : f64[] @ models/lib/nn.yaml:79:7
%9878 = sqrt %9863 : f32[16,16] @ models/lib/nn.yaml:79:7
%9879 = cast %9877 : f32[] @ models/lib/nn.yaml:79:7
%9880 = broadcast %9879 : f32[16,16] @ models/lib/nn.yaml:79:7
%9881 = mul %9878, %9880 : f32[16,16] @ models/lib/nn.yaml:79:7
%9882 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9883 = cast %9882 : f32[] @ models/lib/nn.yaml:79:7
%9884 = broadcast %9883 : f32[16,16] @ models/lib/nn.yaml:79:7
%9885 = add %9881, %9884 : f32[16,16] @ models/lib/nn.yaml:79:7
%9886 = div %9853, %9885 : f32[16,16] @ models/lib/nn.yaml:79:7
%9887 = cast %9869 : f32[] @ models/lib/nn.yaml:79:7
%9888 = broadcast %9887 : f32[16,16] @ models/lib/nn.yaml:79:7
%9889 = mul %9886, %9888 : f32[16,16] @ models/lib/nn.yaml:79:7
%9890 = sub %9844, %9889 : f32[16,16] @ models/lib/nn.yaml:79:7
%9891 = assign %53, %9890 : f32[16,16] @ models/lib/nn.yaml:79:7
%9892 = assign %9834, %9853 : f32[16,16] @ models/lib/nn.yaml:79:7
%9893 = assign %9835, %9863 : f32[16,16] @ models/lib/nn.yaml:79:7
%9894 = assign %9836, %9838 : i64[] @ models/lib/nn.yaml:79:7
%9895 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%9896 = broadcast %9895 : f32[16,16] @ models/lib/nn.yaml:79:7
%9897 = mul %131, %9896 : f32[16,16] @ models/lib/nn.yaml:79:7
%9898 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9899 = sub %9898, %3778 : f64[] @ models/lib/nn.yaml:79:7
%9900 = cast %9899 : f32[] @ models/lib/nn.yaml:79:7
%9901 = broadcast %9900 : f32[16,16] @ models/lib/nn.yaml:79:7
%9902 = mul %9890, %9901 : f32[16,16] @ models/lib/nn.yaml:79:7
%9903 = add %9897, %9902 : f32[16,16] @ models/lib/nn.yaml:79:7
%9904 = assign %131, %9903 : f32[16,16] @ models/lib/nn.yaml:79:7
%9905 = all_reduce_sum %5295 : f32[16] @ models/lib/nn.yaml:80:7
%9906 = reshape %9905 : f32[16] @ models/lib/nn.yaml:80:7
%9907 = mul %9906, %9906 : f32[16] @ models/lib/nn.yaml:80:7
%9908 = reduce_sum %9907 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9909 = sqrt %9908 : f32[] @ models/lib/nn.yaml:80:7
%9910 = cast %9909 : f64[] @ models/lib/nn.yaml:80:7
%9911 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%9912 = add %9910, %9911 : f64[] @ models/lib/nn.yaml:80:7
%9913 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%9914 = div %9913, %9912 : f64[] @ models/lib/nn.yaml:80:7
%9915 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9916 = lt %9914, %9915 : bool[] @ models/lib/nn.yaml:80:7
%9917 = cast %9914 : f32[] @ models/lib/nn.yaml:80:7
%9918 = broadcast %9917 : f32[16] @ models/lib/nn.yaml:80:7
%9919 = mul %9905, %9918 : f32[16] @ models/lib/nn.yaml:80:7
%9920 = broadcast %9916 : bool[16] @ models/lib/nn.yaml:80:7
%9921 = select %9920, %9919, %9905 : f32[16] @ models/lib/nn.yaml:80:7
%9922 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9923 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9924 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9925 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%9926 = add %9924, %9925 : i64[] @ models/lib/nn.yaml:80:7
%9927 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%9928 = cast %9927 : f32[] @ models/lib/nn.yaml:80:7
%9929 = broadcast %9928 : f32[16] @ models/lib/nn.yaml:80:7
%9930 = mul %9921, %9929 : f32[16] @ models/lib/nn.yaml:80:7
%9931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9932 = cast %9931 : f32[] @ models/lib/nn.yaml:80:7
%9933 = broadcast %9932 : f32[16] @ models/lib/nn.yaml:80:7
%9934 = mul %9922, %9933 : f32[16] @ models/lib/nn.yaml:80:7
%9935 = add %9934, %9930 : f32[16] @ models/lib/nn.yaml:80:7
%9936 = mul %9921, %9921 : f32[16] @ models/lib/nn.yaml:80:7
%9937 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%9938 = cast %9937 : f32[] @ models/lib/nn.yaml:80:7
%9939 = broadcast %9938 : f32[16] @ models/lib/nn.yaml:80:7
%9940 = mul %9936, %9939 : f32[16] @ models/lib/nn.yaml:80:7
%9941 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9942 = cast %9941 : f32[] @ models/lib/nn.yaml:80:7
%9943 = broadcast %9942 : f32[16] @ models/lib/nn.yaml:80:7
%9944 = mul %9923, %9943 : f32[16] @ models/lib/nn.yaml:80:7
%9945 = add %9944, %9940 : f32[16] @ models/lib/nn.yaml:80:7
%9946 = cast %9926 : f64[] @ models/lib/nn.yaml:80:7
%9947 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%9948 = pow %9947, %9946 : f64[] @ models/lib/nn.yaml:80:7
%9949 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9950 = sub %9949, %9948 : f64[] @ models/lib/nn.yaml:80:7
%9951 = div %3776, %9950 : f64[] @ models/lib/nn.yaml:80:7
%9952 = cast %9926 : f64[] @ models/lib/nn.yaml:80:7
%9953 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%9954 = pow %9953, %9952 : f64[] @ models/lib/nn.yaml:80:7
%9955 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9956 = sub %9955, %9954 : f64[] @ models/lib/nn.yaml:80:7
%9957 = sqrt %9956 : f64[] @ models/lib/nn.yaml:80:7
%9958 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9959 = div %9958, %9957 : f64[] @ models/lib/nn.yaml:80:7
%9960 = sqrt %9945 : f32[16] @ models/lib/nn.yaml:80:7
%9961 = cast %9959 : f32[] @ models/lib/nn.yaml:80:7
%9962 = broadcast %9961 : f32[16] @ models/lib/nn.yaml:80:7
%9963 = mul %9960, %9962 : f32[16] @ models/lib/nn.yaml:80:7
%9964 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%9965 = cast %9964 : f32[] @ models/lib/nn.yaml:80:7
%9966 = broadcast %9965 : f32[16] @ models/lib/nn.yaml:80:7
%9967 = add %9963, %9966 : f32[16] @ models/lib/nn.yaml:80:7
%9968 = div %9935, %9967 : f32[16] @ models/lib/nn.yaml:80:7
%9969 = cast %9951 : f32[] @ models/lib/nn.yaml:80:7
%9970 = broadcast %9969 : f32[16] @ models/lib/nn.yaml:80:7
%9971 = mul %9968, %9970 : f32[16] @ models/lib/nn.yaml:80:7
%9972 = sub %54, %9971 : f32[16] @ models/lib/nn.yaml:80:7
%9973 = assign %54, %9972 : f32[16] @ models/lib/nn.yaml:80:7
%9974 = assign %9922, %9935 : f32[16] @ models/lib/nn.yaml:80:7
%9975 = assign %9923, %9945 : f32[16] @ models/lib/nn.yaml:80:7
%9976 = assign %9924, %9926 : i64[] @ models/lib/nn.yaml:80:7
%9977 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%9978 = broadcast %9977 : f32[16] @ models/lib/nn.yaml:80:7
%9979 = mul %132, %9978 : f32[16] @ models/lib/nn.yaml:80:7
%9980 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%9981 = sub %9980, %3778 : f64[] @ models/lib/nn.yaml:80:7
%9982 = cast %9981 : f32[] @ models/lib/nn.yaml:80:7
%9983 = broadcast %9982 : f32[16] @ models/lib/nn.yaml:80:7
%9984 = mul %9972, %9983 : f32[16] @ models/lib/nn.yaml:80:7
%9985 = add %9979, %9984 : f32[16] @ models/lib/nn.yaml:80:7
%9986 = assign %132, %9985 : f32[16] @ models/lib/nn.yaml:80:7
%9987 = all_reduce_sum %5289 : f32[16,16] @ models/lib/nn.yaml:79:7
%9988 = reshape %9987 : f32[256] @ models/lib/nn.yaml:79:7
%9989 = mul %9988, %9988 : f32[256] @ models/lib/nn.yaml:79:7
%9990 = reduce_sum %9989 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9991 = sqrt %9990 : f32[] @ models/lib/nn.yaml:79:7
%9992 = cast %9991 : f64[] @ models/lib/nn.yaml:79:7
%9993 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%9994 = add %9992, %9993 : f64[] @ models/lib/nn.yaml:79:7
%9995 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%9996 = div %9995, %9994 : f64[] @ models/lib/nn.yaml:79:7
%9997 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9998 = lt %9996, %9997 : bool[] @ models/lib/nn.yaml:79:7
%9999 = cast %9996 : f32[] @ models/lib/nn.yaml:79:7
%10000 = broadcast %9999 : f32[16,16] @ models/lib/nn.yaml:79:7
%10001 = mul %9987, %10000 : f32[16,16] @ models/lib/nn.yaml:79:7
%10002 = broadcast %9998 : bool[16,16] @ models/lib/nn.yaml:79:7
%10003 = select %10002, %10001, %9987 : f32[16,16] @ models/lib/nn.yaml:79:7
%10004 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10005 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10006 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10007 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10008 = add %10006, %10007 : i64[] @ models/lib/nn.yaml:79:7
%10009 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%10010 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10011 = sub %10010, %10009 : f64[] @ models/lib/nn.yaml:79:7
%10012 = cast %10011 : f32[] @ models/lib/nn.yaml:79:7
%10013 = broadcast %10012 : f32[16,16] @ models/lib/nn.yaml:79:7
%10014 = mul %55, %10013 : f32[16,16] @ models/lib/nn.yaml:79:7
%10015 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10016 = cast %10015 : f32[] @ models/lib/nn.yaml:79:7
%10017 = broadcast %10016 : f32[16,16] @ models/lib/nn.yaml:79:7
%10018 = mul %10003, %10017 : f32[16,16] @ models/lib/nn.yaml:79:7
%10019 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10020 = cast %10019 : f32[] @ models/lib/nn.yaml:79:7
%10021 = broadcast %10020 : f32[16,16] @ models/lib/nn.yaml:79:7
%10022 = mul %10004, %10021 : f32[16,16] @ models/lib/nn.yaml:79:7
%10023 = add %10022, %10018 : f32[16,16] @ models/lib/nn.yaml:79:7
%10024 = mul %10003, %10003 : f32[16,16] @ models/lib/nn.yaml:79:7
%10025 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10026 = cast %10025 : f32[] @ models/lib/nn.yaml:79:7
%10027 = broadcast %10026 : f32[16,16] @ models/lib/nn.yaml:79:7
%10028 = mul %10024, %10027 : f32[16,16] @ models/lib/nn.yaml:79:7
%10029 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10030 = cast %10029 : f32[] @ models/lib/nn.yaml:79:7
%10031 = broadcast %10030 : f32[16,16] @ models/lib/nn.yaml:79:7
%10032 = mul %10005, %10031 : f32[16,16] @ models/lib/nn.yaml:79:7
%10033 = add %10032, %10028 : f32[16,16] @ models/lib/nn.yaml:79:7
%10034 = cast %10008 : f64[] @ models/lib/nn.yaml:79:7
%10035 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10036 = pow %10035, %10034 : f64[] @ models/lib/nn.yaml:79:7
%10037 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10038 = sub %10037, %10036 : f64[] @ models/lib/nn.yaml:79:7
%10039 = div %3776, %10038 : f64[] @ models/lib/nn.yaml:79:7
%10040 = cast %10008 : f64[] @ models/lib/nn.yaml:79:7
%10041 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10042 = pow %10041, %10040 : f64[] @ models/lib/nn.yaml:79:7
%10043 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10044 = sub %10043, %10042 : f64[] @ models/lib/nn.yaml:79:7
%10045 = sqrt %10044 : f64[] @ models/lib/nn.yaml:79:7
%10046 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10047 = div %10046, %10045 : f64[] @ models/lib/nn.yaml:79:7
%10048 = sqrt %10033 : f32[16,16] @ models/lib/nn.yaml:79:7
%10049 = cast %10047 : f32[] @ models/lib/nn.yaml:79:7
%10050 = broadcast %10049 : f32[16,16] @ models/lib/nn.yaml:79:7
%10051 = mul %10048, %10050 : f32[16,16] @ models/lib/nn.yaml:79:7
%10052 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10053 = cast %10052 : f32[] @ models/lib/nn.yaml:79:7
%10054 = broadcast %10053 : f32[16,16] @ models/lib/nn.yaml:79:7
%10055 = add %10051, %10054 : f32[16,16] @ models/lib/nn.yaml:79:7
%10056 = div %10023, %10055 : f32[16,16] @ models/lib/nn.yaml:79:7
%10057 = cast %10039 : f32[] @ models/lib/nn.yaml:79:7
%10058 = broadcast %10057 : f32[16,16] @ models/lib/nn.yaml:79:7
%10059 = mul %10056, %10058 : f32[16,16] @ models/lib/nn.yaml:79:7
%10060 = sub %10014, %10059 : f32[16,16] @ models/lib/nn.yaml:79:7
%10061 = assign %55, %10060 : f32[16,16] @ models/lib/nn.yaml:79:7
%10062 = assign %10004, %10023 : f32[16,16] @ models/lib/nn.yaml:79:7
%10063 = assign %10005, %10033 : f32[16,16] @ models/lib/nn.yaml:79:7
%10064 = assign %10006, %10008 : i64[] @ models/lib/nn.yaml:79:7
%10065 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%10066 = broadcast %10065 : f32[16,16] @ models/lib/nn.yaml:79:7
%10067 = mul %133, %10066 : f32[16,16] @ models/lib/nn.yaml:79:7
%10068 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10069 = sub %10068, %3778 : f64[] @ models/lib/nn.yaml:79:7
%10070 = cast %10069 : f32[] @ models/lib/nn.yaml:79:7
%10071 = broadcast %10070 : f32[16,16] @ models/lib/nn.yaml:79:7
%10072 = mul %10060, %10071 : f32[16,16] @ models/lib/nn.yaml:79:7
%10073 = add %10067, %10072 : f32[16,16] @ models/lib/nn.yaml:79:7
%10074 = assign %133, %10073 : f32[16,16] @ models/lib/nn.yaml:79:7
%10075 = all_reduce_sum %5277 : f32[16] @ models/lib/nn.yaml:80:7
%10076 = reshape %10075 : f32[16] @ models/lib/nn.yaml:80:7
%10077 = mul %10076, %10076 : f32[16] @ models/lib/nn.yaml:80:7
%10078 = reduce_sum %10077 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10079 = sqrt %10078 : f32[] @ models/lib/nn.yaml:80:7
%10080 = cast %10079 : f64[] @ models/lib/nn.yaml:80:7
%10081 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10082 = add %10080, %10081 : f64[] @ models/lib/nn.yaml:80:7
%10083 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10084 = div %10083, %10082 : f64[] @ models/lib/nn.yaml:80:7
%10085 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10086 = lt %10084, %10085 : bool[] @ models/lib/nn.yaml:80:7
%10087 = cast %10084 : f32[] @ models/lib/nn.yaml:80:7
%10088 = broadcast %10087 : f32[16] @ models/lib/nn.yaml:80:7
%10089 = mul %10075, %10088 : f32[16] @ models/lib/nn.yaml:80:7
%10090 = broadcast %10086 : bool[16] @ models/lib/nn.yaml:80:7
%10091 = select %10090, %10089, %10075 : f32[16] @ models/lib/nn.yaml:80:7
%10092 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10093 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10094 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10095 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10096 = add %10094, %10095 : i64[] @ models/lib/nn.yaml:80:7
%10097 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10098 = cast %10097 : f32[] @ models/lib/nn.yaml:80:7
%10099 = broadcast %10098 : f32[16] @ models/lib/nn.yaml:80:7
%10100 = mul %10091, %10099 : f32[16] @ models/lib/nn.yaml:80:7
%10101 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10102 = cast %10101 : f32[] @ models/lib/nn.yaml:80:7
%10103 = broadcast %10102 : f32[16] @ models/lib/nn.yaml:80:7
%10104 = mul %10092, %10103 : f32[16] @ models/lib/nn.yaml:80:7
%10105 = add %10104, %10100 : f32[16] @ models/lib/nn.yaml:80:7
%10106 = mul %10091, %10091 : f32[16] @ models/lib/nn.yaml:80:7
%10107 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10108 = cast %10107 : f32[] @ models/lib/nn.yaml:80:7
%10109 = broadcast %10108 : f32[16] @ models/lib/nn.yaml:80:7
%10110 = mul %10106, %10109 : f32[16] @ models/lib/nn.yaml:80:7
%10111 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10112 = cast %10111 : f32[] @ models/lib/nn.yaml:80:7
%10113 = broadcast %10112 : f32[16] @ models/lib/nn.yaml:80:7
%10114 = mul %10093, %10113 : f32[16] @ models/lib/nn.yaml:80:7
%10115 = add %10114, %10110 : f32[16] @ models/lib/nn.yaml:80:7
%10116 = cast %10096 : f64[] @ models/lib/nn.yaml:80:7
%10117 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10118 = pow %10117, %10116 : f64[] @ models/lib/nn.yaml:80:7
%10119 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10120 = sub %10119, %10118 : f64[] @ models/lib/nn.yaml:80:7
%10121 = div %3776, %10120 : f64[] @ models/lib/nn.yaml:80:7
%10122 = cast %10096 : f64[] @ models/lib/nn.yaml:80:7
%10123 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10124 = pow %10123, %10122 : f64[] @ models/lib/nn.yaml:80:7
%10125 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10126 = sub %10125, %10124 : f64[] @ models/lib/nn.yaml:80:7
%10127 = sqrt %10126 : f64[] @ models/lib/nn.yaml:80:7
%10128 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10129 = div %10128, %10127 : f64[] @ models/lib/nn.yaml:80:7
%10130 = sqrt %10115 : f32[16] @ models/lib/nn.yaml:80:7
%10131 = cast %10129 : f32[] @ models/lib/nn.yaml:80:7
%10132 = broadcast %10131 : f32[16] @ models/lib/nn.yaml:80:7
%10133 = mul %10130, %10132 : f32[16] @ models/lib/nn.yaml:80:7
%10134 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10135 = cast %10134 : f32[] @ models/lib/nn.yaml:80:7
%10136 = broadcast %10135 : f32[16] @ models/lib/nn.yaml:80:7
%10137 = add %10133, %10136 : f32[16] @ models/lib/nn.yaml:80:7
%10138 = div %10105, %10137 : f32[16] @ models/lib/nn.yaml:80:7
%10139 = cast %10121 : f32[] @ models/lib/nn.yaml:80:7
%10140 = broadcast %10139 : f32[16] @ models/lib/nn.yaml:80:7
%10141 = mul %10138, %10140 : f32[16] @ models/lib/nn.yaml:80:7
%10142 = sub %56, %10141 : f32[16] @ models/lib/nn.yaml:80:7
%10143 = assign %56, %10142 : f32[16] @ models/lib/nn.yaml:80:7
%10144 = assign %10092, %10105 : f32[16] @ models/lib/nn.yaml:80:7
%10145 = assign %10093, %10115 : f32[16] @ models/lib/nn.yaml:80:7
%10146 = assign %10094, %10096 : i64[] @ models/lib/nn.yaml:80:7
%10147 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%10148 = broadcast %10147 : f32[16] @ models/lib/nn.yaml:80:7
%10149 = mul %134, %10148 : f32[16] @ models/lib/nn.yaml:80:7
%10150 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10151 = sub %10150, %3778 : f64[] @ models/lib/nn.yaml:80:7
%10152 = cast %10151 : f32[] @ models/lib/nn.yaml:80:7
%10153 = broadcast %10152 : f32[16] @ models/lib/nn.yaml:80:7
%10154 = mul %10142, %10153 : f32[16] @ models/lib/nn.yaml:80:7
%10155 = add %10149, %10154 : f32[16] @ models/lib/nn.yaml:80:7
%10156 = assign %134, %10155 : f32[16] @ models/lib/nn.yaml:80:7
%10157 = all_reduce_sum %5271 : f32[16,16] @ models/lib/nn.yaml:79:7
%10158 = reshape %10157 : f32[256] @ models/lib/nn.yaml:79:7
%10159 = mul %10158, %10158 : f32[256] @ models/lib/nn.yaml:79:7
%10160 = reduce_sum %10159 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10161 = sqrt %10160 : f32[] @ models/lib/nn.yaml:79:7
%10162 = cast %10161 : f64[] @ models/lib/nn.yaml:79:7
%10163 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10164 = add %10162, %10163 : f64[] @ models/lib/nn.yaml:79:7
%10165 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10166 = div %10165, %10164 : f64[] @ models/lib/nn.yaml:79:7
%10167 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10168 = lt %10166, %10167 : bool[] @ models/lib/nn.yaml:79:7
%10169 = cast %10166 : f32[] @ models/lib/nn.yaml:79:7
%10170 = broadcast %10169 : f32[16,16] @ models/lib/nn.yaml:79:7
%10171 = mul %10157, %10170 : f32[16,16] @ models/lib/nn.yaml:79:7
%10172 = broadcast %10168 : bool[16,16] @ models/lib/nn.yaml:79:7
%10173 = select %10172, %10171, %10157 : f32[16,16] @ models/lib/nn.yaml:79:7
%10174 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10175 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10176 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10177 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10178 = add %10176, %10177 : i64[] @ models/lib/nn.yaml:79:7
%10179 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%10180 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10181 = sub %10180, %10179 : f64[] @ models/lib/nn.yaml:79:7
%10182 = cast %10181 : f32[] @ models/lib/nn.yaml:79:7
%10183 = broadcast %10182 : f32[16,16] @ models/lib/nn.yaml:79:7
%10184 = mul %57, %10183 : f32[16,16] @ models/lib/nn.yaml:79:7
%10185 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10186 = cast %10185 : f32[] @ models/lib/nn.yaml:79:7
%10187 = broadcast %10186 : f32[16,16] @ models/lib/nn.yaml:79:7
%10188 = mul %10173, %10187 : f32[16,16] @ models/lib/nn.yaml:79:7
%10189 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10190 = cast %10189 : f32[] @ models/lib/nn.yaml:79:7
%10191 = broadcast %10190 : f32[16,16] @ models/lib/nn.yaml:79:7
%10192 = mul %10174, %10191 : f32[16,16] @ models/lib/nn.yaml:79:7
%10193 = add %10192, %10188 : f32[16,16] @ models/lib/nn.yaml:79:7
%10194 = mul %10173, %10173 : f32[16,16] @ models/lib/nn.yaml:79:7
%10195 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10196 = cast %10195 : f32[] @ models/lib/nn.yaml:79:7
%10197 = broadcast %10196 : f32[16,16] @ models/lib/nn.yaml:79:7
%10198 = mul %10194, %10197 : f32[16,16] @ models/lib/nn.yaml:79:7
%10199 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10200 = cast %10199 : f32[] @ models/lib/nn.yaml:79:7
%10201 = broadcast %10200 : f32[16,16] @ models/lib/nn.yaml:79:7
%10202 = mul %10175, %10201 : f32[16,16] @ models/lib/nn.yaml:79:7
%10203 = add %10202, %10198 : f32[16,16] @ models/lib/nn.yaml:79:7
%10204 = cast %10178 : f64[] @ models/lib/nn.yaml:79:7
%10205 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10206 = pow %10205, %10204 : f64[] @ models/lib/nn.yaml:79:7
%10207 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10208 = sub %10207, %10206 : f64[] @ models/lib/nn.yaml:79:7
%10209 = div %3776, %10208 : f64[] @ models/lib/nn.yaml:79:7
%10210 = cast %10178 : f64[] @ models/lib/nn.yaml:79:7
%10211 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10212 = pow %10211, %10210 : f64[] @ models/lib/nn.yaml:79:7
%10213 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10214 = sub %10213, %10212 : f64[] @ models/lib/nn.yaml:79:7
%10215 = sqrt %10214 : f64[] @ models/lib/nn.yaml:79:7
%10216 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10217 = div %10216, %10215 : f64[] @ models/lib/nn.yaml:79:7
%10218 = sqrt %10203 : f32[16,16] @ models/lib/nn.yaml:79:7
%10219 = cast %10217 : f32[] @ models/lib/nn.yaml:79:7
%10220 = broadcast %10219 : f32[16,16] @ models/lib/nn.yaml:79:7
%10221 = mul %10218, %10220 : f32[16,16] @ models/lib/nn.yaml:79:7
%10222 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10223 = cast %10222 : f32[] @ models/lib/nn.yaml:79:7
%10224 = broadcast %10223 : f32[16,16] @ models/lib/nn.yaml:79:7
%10225 = add %10221, %10224 : f32[16,16] @ models/lib/nn.yaml:79:7
%10226 = div %10193, %10225 : f32[16,16] @ models/lib/nn.yaml:79:7
%10227 = cast %10209 : f32[] @ models/lib/nn.yaml:79:7
%10228 = broadcast %10227 : f32[16,16] @ models/lib/nn.yaml:79:7
%10229 = mul %10226, %10228 : f32[16,16] @ models/lib/nn.yaml:79:7
%10230 = sub %10184, %10229 : f32[16,16] @ models/lib/nn.yaml:79:7
%10231 = assign %57, %10230 : f32[16,16] @ models/lib/nn.yaml:79:7
%10232 = assign %10174, %10193 : f32[16,16] @ models/lib/nn.yaml:79:7
%10233 = assign %10175, %10203 : f32[16,16] @ models/lib/nn.yaml:79:7
%10234 = assign %10176, %10178 : i64[] @ models/lib/nn.yaml:79:7
%10235 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%10236 = broadcast %10235 : f32[16,16] @ models/lib/nn.yaml:79:7
%10237 = mul %135, %10236 : f32[16,16] @ models/lib/nn.yaml:79:7
%10238 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10239 = sub %10238, %3778 : f64[] @ models/lib/nn.yaml:79:7
%10240 = cast %10239 : f32[] @ models/lib/nn.yaml:79:7
%10241 = broadcast %10240 : f32[16,16] @ models/lib/nn.yaml:79:7
%10242 = mul %10230, %10241 : f32[16,16] @ models/lib/nn.yaml:79:7
%10243 = add %10237, %10242 : f32[16,16] @ models/lib/nn.yaml:79:7
%10244 = assign %135, %10243 : f32[16,16] @ models/lib/nn.yaml:79:7
%10245 = all_reduce_sum %5262 : f32[16] @ models/lib/nn.yaml:80:7
%10246 = reshape %10245 : f32[16] @ models/lib/nn.yaml:80:7
%10247 = mul %10246, %10246 : f32[16] @ models/lib/nn.yaml:80:7
%10248 = reduce_sum %10247 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10249 = sqrt %10248 : f32[] @ models/lib/nn.yaml:80:7
%10250 = cast %10249 : f64[] @ models/lib/nn.yaml:80:7
%10251 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10252 = add %10250, %10251 : f64[] @ models/lib/nn.yaml:80:7
%10253 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10254 = div %10253, %10252 : f64[] @ models/lib/nn.yaml:80:7
%10255 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10256 = lt %10254, %10255 : bool[] @ models/lib/nn.yaml:80:7
%10257 = cast %10254 : f32[] @ models/lib/nn.yaml:80:7
%10258 = broadcast %10257 : f32[16] @ models/lib/nn.yaml:80:7
%10259 = mul %10245, %10258 : f32[16] @ models/lib/nn.yaml:80:7
%10260 = broadcast %10256 : bool[16] @ models/lib/nn.yaml:80:7
%10261 = select %10260, %10259, %10245 : f32[16] @ models/lib/nn.yaml:80:7
%10262 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10263 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10264 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10265 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10266 = add %10264, %10265 : i64[] @ models/lib/nn.yaml:80:7
%10267 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10268 = cast %10267 : f32[] @ models/lib/nn.yaml:80:7
%10269 = broadcast %10268 : f32[16] @ models/lib/nn.yaml:80:7
%10270 = mul %10261, %10269 : f32[16] @ models/lib/nn.yaml:80:7
%10271 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10272 = cast %10271 : f32[] @ models/lib/nn.yaml:80:7
%10273 = broadcast %10272 : f32[16] @ models/lib/nn.yaml:80:7
%10274 = mul %10262, %10273 : f32[16] @ models/lib/nn.yaml:80:7
%10275 = add %10274, %10270 : f32[16] @ models/lib/nn.yaml:80:7
%10276 = mul %10261, %10261 : f32[16] @ models/lib/nn.yaml:80:7
%10277 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10278 = cast %10277 : f32[] @ models/lib/nn.yaml:80:7
%10279 = broadcast %10278 : f32[16] @ models/lib/nn.yaml:80:7
%10280 = mul %10276, %10279 : f32[16] @ models/lib/nn.yaml:80:7
%10281 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10282 = cast %10281 : f32[] @ models/lib/nn.yaml:80:7
%10283 = broadcast %10282 : f32[16] @ models/lib/nn.yaml:80:7
%10284 = mul %10263, %10283 : f32[16] @ models/lib/nn.yaml:80:7
%10285 = add %10284, %10280 : f32[16] @ models/lib/nn.yaml:80:7
%10286 = cast %10266 : f64[] @ models/lib/nn.yaml:80:7
%10287 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10288 = pow %10287, %10286 : f64[] @ models/lib/nn.yaml:80:7
%10289 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10290 = sub %10289, %10288 : f64[] @ models/lib/nn.yaml:80:7
%10291 = div %3776, %10290 : f64[] @ models/lib/nn.yaml:80:7
%10292 = cast %10266 : f64[] @ models/lib/nn.yaml:80:7
%10293 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10294 = pow %10293, %10292 : f64[] @ models/lib/nn.yaml:80:7
%10295 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10296 = sub %10295, %10294 : f64[] @ models/lib/nn.yaml:80:7
%10297 = sqrt %10296 : f64[] @ models/lib/nn.yaml:80:7
%10298 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10299 = div %10298, %10297 : f64[] @ models/lib/nn.yaml:80:7
%10300 = sqrt %10285 : f32[16] @ models/lib/nn.yaml:80:7
%10301 = cast %10299 : f32[] @ models/lib/nn.yaml:80:7
%10302 = broadcast %10301 : f32[16] @ models/lib/nn.yaml:80:7
%10303 = mul %10300, %10302 : f32[16] @ models/lib/nn.yaml:80:7
%10304 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10305 = cast %10304 : f32[] @ models/lib/nn.yaml:80:7
%10306 = broadcast %10305 : f32[16] @ models/lib/nn.yaml:80:7
%10307 = add %10303, %10306 : f32[16] @ models/lib/nn.yaml:80:7
%10308 = div %10275, %10307 : f32[16] @ models/lib/nn.yaml:80:7
%10309 = cast %10291 : f32[] @ models/lib/nn.yaml:80:7
%10310 = broadcast %10309 : f32[16] @ models/lib/nn.yaml:80:7
%10311 = mul %10308, %10310 : f32[16] @ models/lib/nn.yaml:80:7
%10312 = sub %58, %10311 : f32[16] @ models/lib/nn.yaml:80:7
%10313 = assign %58, %10312 : f32[16] @ models/lib/nn.yaml:80:7
%10314 = assign %10262, %10275 : f32[16] @ models/lib/nn.yaml:80:7
%10315 = assign %10263, %10285 : f32[16] @ models/lib/nn.yaml:80:7
%10316 = assign %10264, %10266 : i64[] @ models/lib/nn.yaml:80:7
%10317 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%10318 = broadcast %10317 : f32[16] @ models/lib/nn.yaml:80:7
%10319 = mul %136, %10318 : f32[16] @ models/lib/nn.yaml:80:7
%10320 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10321 = sub %10320, %3778 : f64[] @ models/lib/nn.yaml:80:7
%10322 = cast %10321 : f32[] @ models/lib/nn.yaml:80:7
%10323 = broadcast %10322 : f32[16] @ models/lib/nn.yaml:80:7
%10324 = mul %10312, %10323 : f32[16] @ models/lib/nn.yaml:80:7
%10325 = add %10319, %10324 : f32[16] @ models/lib/nn.yaml:80:7
%10326 = assign %136, %10325 : f32[16] @ models/lib/nn.yaml:80:7
%10327 = all_reduce_sum %5205 : f32[16,16] @ models/lib/nn.yaml:79:7
%10328 = reshape %10327 : f32[256] @ models/lib/nn.yaml:79:7
%10329 = mul %10328, %10328 : f32[256] @ models/lib/nn.yaml:79:7
%10330 = reduce_sum %10329 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10331 = sqrt %10330 : f32[] @ models/lib/nn.yaml:79:7
%10332 = cast %10331 : f64[] @ models/lib/nn.yaml:79:7
%10333 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10334 = add %10332, %10333 : f64[] @ models/lib/nn.yaml:79:7
%10335 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10336 = div %10335, %10334 : f64[] @ models/lib/nn.yaml:79:7
%10337 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10338 = lt %10336, %10337 : bool[] @ models/lib/nn.yaml:79:7
%10339 = cast %10336 : f32[] @ models/lib/nn.yaml:79:7
%10340 = broadcast %10339 : f32[16,16] @ models/lib/nn.yaml:79:7
%10341 = mul %10327, %10340 : f32[16,16] @ models/lib/nn.yaml:79:7
%10342 = broadcast %10338 : bool[16,16] @ models/lib/nn.yaml:79:7
%10343 = select %10342, %10341, %10327 : f32[16,16] @ models/lib/nn.yaml:79:7
%10344 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10345 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%10346 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10347 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10348 = add %10346, %10347 : i64[] @ models/lib/nn.yaml:79:7
%10349 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%10350 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10351 = sub %10350, %10349 : f64[] @ models/lib/nn.yaml:79:7
%10352 = cast %10351 : f32[] @ models/lib/nn.yaml:79:7
%10353 = broadcast %10352 : f32[16,16] @ models/lib/nn.yaml:79:7
%10354 = mul %59, %10353 : f32[16,16] @ models/lib/nn.yaml:79:7
%10355 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10356 = cast %10355 : f32[] @ models/lib/nn.yaml:79:7
%10357 = broadcast %10356 : f32[16,16] @ models/lib/nn.yaml:79:7
%10358 = mul %10343, %10357 : f32[16,16] @ models/lib/nn.yaml:79:7
%10359 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10360 = cast %10359 : f32[] @ models/lib/nn.yaml:79:7
%10361 = broadcast %10360 : f32[16,16] @ models/lib/nn.yaml:79:7
%10362 = mul %10344, %10361 : f32[16,16] @ models/lib/nn.yaml:79:7
%10363 = add %10362, %10358 : f32[16,16] @ models/lib/nn.yaml:79:7
%10364 = mul %10343, %10343 : f32[16,16] @ models/lib/nn.yaml:79:7
%10365 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10366 = cast %10365 : f32[] @ models/lib/nn.yaml:79:7
%10367 = broadcast %10366 : f32[16,16] @ models/lib/nn.yaml:79:7
%10368 = mul %10364, %10367 : f32[16,16] @ models/lib/nn.yaml:79:7
%10369 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10370 = cast %10369 : f32[] @ models/lib/nn.yaml:79:7
%10371 = broadcast %10370 : f32[16,16] @ models/lib/nn.yaml:79:7
%10372 = mul %10345, %10371 : f32[16,16] @ models/lib/nn.yaml:79:7
%10373 = add %10372, %10368 : f32[16,16] @ models/lib/nn.yaml:79:7
%10374 = cast %10348 : f64[] @ models/lib/nn.yaml:79:7
%10375 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10376 = pow %10375, %10374 : f64[] @ models/lib/nn.yaml:79:7
%10377 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10378 = sub %10377, %10376 : f64[] @ models/lib/nn.yaml:79:7
%10379 = div %3776, %10378 : f64[] @ models/lib/nn.yaml:79:7
%10380 = cast %10348 : f64[] @ models/lib/nn.yaml:79:7
%10381 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10382 = pow %10381, %10380 : f64[] @ models/lib/nn.yaml:79:7
%10383 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10384 = sub %10383, %10382 : f64[] @ models/lib/nn.yaml:79:7
%10385 = sqrt %10384 : f64[] @ models/lib/nn.yaml:79:7
%10386 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10387 = div %10386, %10385 : f64[] @ models/lib/nn.yaml:79:7
%10388 = sqrt %10373 : f32[16,16] @ models/lib/nn.yaml:79:7
%10389 = cast %10387 : f32[] @ models/lib/nn.yaml:79:7
%10390 = broadcast %10389 : f32[16,16] @ models/lib/nn.yaml:79:7
%10391 = mul %10388, %10390 : f32[16,16] @ models/lib/nn.yaml:79:7
%10392 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10393 = cast %10392 : f32[] @ models/lib/nn.yaml:79:7
%10394 = broadcast %10393 : f32[16,16] @ models/lib/nn.yaml:79:7
%10395 = add %10391, %10394 : f32[16,16] @ models/lib/nn.yaml:79:7
%10396 = div %10363, %10395 : f32[16,16] @ models/lib/nn.yaml:79:7
%10397 = cast %10379 : f32[] @ models/lib/nn.yaml:79:7
%10398 = broadcast %10397 : f32[16,16] @ models/lib/nn.yaml:79:7
%10399 = mul %10396, %10398 : f32[16,16] @ models/lib/nn.yaml:79:7
%10400 = sub %10354, %10399 : f32[16,16] @ models/lib/nn.yaml:79:7
%10401 = assign %59, %10400 : f32[16,16] @ models/lib/nn.yaml:79:7
%10402 = assign %10344, %10363 : f32[16,16] @ models/lib/nn.yaml:79:7
%10403 = assign %10345, %10373 : f32[16,16] @ models/lib/nn.yaml:79:7
%10404 = assign %10346, %10348 : i64[] @ models/lib/nn.yaml:79:7
%10405 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%10406 = broadcast %10405 : f32[16,16] @ models/lib/nn.yaml:79:7
%10407 = mul %137, %10406 : f32[16,16] @ models/lib/nn.yaml:79:7
%10408 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10409 = sub %10408, %3778 : f64[] @ models/lib/nn.yaml:79:7
%10410 = cast %10409 : f32[] @ models/lib/nn.yaml:79:7
%10411 = broadcast %10410 : f32[16,16] @ models/lib/nn.yaml:79:7
%10412 = mul %10400, %10411 : f32[16,16] @ models/lib/nn.yaml:79:7
%10413 = add %10407, %10412 : f32[16,16] @ models/lib/nn.yaml:79:7
%10414 = assign %137, %10413 : f32[16,16] @ models/lib/nn.yaml:79:7
%10415 = all_reduce_sum %5197 : f32[16] @ models/lib/nn.yaml:80:7
%10416 = reshape %10415 : f32[16] @ models/lib/nn.yaml:80:7
%10417 = mul %10416, %10416 : f32[16] @ models/lib/nn.yaml:80:7
%10418 = reduce_sum %10417 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10419 = sqrt %10418 : f32[] @ models/lib/nn.yaml:80:7
%10420 = cast %10419 : f64[] @ models/lib/nn.yaml:80:7
%10421 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10422 = add %10420, %10421 : f64[] @ models/lib/nn.yaml:80:7
%10423 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10424 = div %10423, %10422 : f64[] @ models/lib/nn.yaml:80:7
%10425 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10426 = lt %10424, %10425 : bool[] @ models/lib/nn.yaml:80:7
%10427 = cast %10424 : f32[] @ models/lib/nn.yaml:80:7
%10428 = broadcast %10427 : f32[16] @ models/lib/nn.yaml:80:7
%10429 = mul %10415, %10428 : f32[16] @ models/lib/nn.yaml:80:7
%10430 = broadcast %10426 : bool[16] @ models/lib/nn.yaml:80:7
%10431 = select %10430, %10429, %10415 : f32[16] @ models/lib/nn.yaml:80:7
%10432 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10433 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10434 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10435 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10436 = add %10434, %10435 : i64[] @ models/lib/nn.yaml:80:7
%10437 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10438 = cast %10437 : f32[] @ models/lib/nn.yaml:80:7
%10439 = broadcast %10438 : f32[16] @ models/lib/nn.yaml:80:7
%10440 = mul %10431, %10439 : f32[16] @ models/lib/nn.yaml:80:7
%10441 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10442 = cast %10441 : f32[] @ models/lib/nn.yaml:80:7
%10443 = broadcast %10442 : f32[16] @ models/lib/nn.yaml:80:7
%10444 = mul %10432, %10443 : f32[16] @ models/lib/nn.yaml:80:7
%10445 = add %10444, %10440 : f32[16] @ models/lib/nn.yaml:80:7
%10446 = mul %10431, %10431 : f32[16] @ models/lib/nn.yaml:80:7
%10447 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10448 = cast %10447 : f32[] @ models/lib/nn.yaml:80:7
%10449 = broadcast %10448 : f32[16] @ models/lib/nn.yaml:80:7
%10450 = mul %10446, %10449 : f32[16] @ models/lib/nn.yaml:80:7
%10451 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10452 = cast %10451 : f32[] @ models/lib/nn.yaml:80:7
%10453 = broadcast %10452 : f32[16] @ models/lib/nn.yaml:80:7
%10454 = mul %10433, %10453 : f32[16] @ models/lib/nn.yaml:80:7
%10455 = add %10454, %10450 : f32[16] @ models/lib/nn.yaml:80:7
%10456 = cast %10436 : f64[] @ models/lib/nn.yaml:80:7
%10457 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10458 = pow %10457, %10456 : f64[] @ models/lib/nn.yaml:80:7
%10459 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10460 = sub %10459, %10458 : f64[] @ models/lib/nn.yaml:80:7
%10461 = div %3776, %10460 : f64[] @ models/lib/nn.yaml:80:7
%10462 = cast %10436 : f64[] @ models/lib/nn.yaml:80:7
%10463 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10464 = pow %10463, %10462 : f64[] @ models/lib/nn.yaml:80:7
%10465 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10466 = sub %10465, %10464 : f64[] @ models/lib/nn.yaml:80:7
%10467 = sqrt %10466 : f64[] @ models/lib/nn.yaml:80:7
%10468 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10469 = div %10468, %10467 : f64[] @ models/lib/nn.yaml:80:7
%10470 = sqrt %10455 : f32[16] @ models/lib/nn.yaml:80:7
%10471 = cast %10469 : f32[] @ models/lib/nn.yaml:80:7
%10472 = broadcast %10471 : f32[16] @ models/lib/nn.yaml:80:7
%10473 = mul %10470, %10472 : f32[16] @ models/lib/nn.yaml:80:7
%10474 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10475 = cast %10474 : f32[] @ models/lib/nn.yaml:80:7
%10476 = broadcast %10475 : f32[16] @ models/lib/nn.yaml:80:7
%10477 = add %10473, %10476 : f32[16] @ models/lib/nn.yaml:80:7
%10478 = div %10445, %10477 : f32[16] @ models/lib/nn.yaml:80:7
%10479 = cast %10461 : f32[] @ models/lib/nn.yaml:80:7
%10480 = broadcast %10479 : f32[16] @ models/lib/nn.yaml:80:7
%10481 = mul %10478, %10480 : f32[16] @ models/lib/nn.yaml:80:7
%10482 = sub %60, %10481 : f32[16] @ models/lib/nn.yaml:80:7
%10483 = assign %60, %10482 : f32[16] @ models/lib/nn.yaml:80:7
%10484 = assign %10432, %10445 : f32[16] @ models/lib/nn.yaml:80:7
%10485 = assign %10433, %10455 : f32[16] @ models/lib/nn.yaml:80:7
%10486 = assign %10434, %10436 : i64[] @ models/lib/nn.yaml:80:7
%10487 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%10488 = broadcast %10487 : f32[16] @ models/lib/nn.yaml:80:7
%10489 = mul %138, %10488 : f32[16] @ models/lib/nn.yaml:80:7
%10490 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10491 = sub %10490, %3778 : f64[] @ models/lib/nn.yaml:80:7
%10492 = cast %10491 : f32[] @ models/lib/nn.yaml:80:7
%10493 = broadcast %10492 : f32[16] @ models/lib/nn.yaml:80:7
%10494 = mul %10482, %10493 : f32[16] @ models/lib/nn.yaml:80:7
%10495 = add %10489, %10494 : f32[16] @ models/lib/nn.yaml:80:7
%10496 = assign %138, %10495 : f32[16] @ models/lib/nn.yaml:80:7
%10497 = all_reduce_sum %5173 : f32[16] @ models/lib/nn.yaml:89:7
%10498 = reshape %10497 : f32[16] @ models/lib/nn.yaml:89:7
%10499 = mul %10498, %10498 : f32[16] @ models/lib/nn.yaml:89:7
%10500 = reduce_sum %10499 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%10501 = sqrt %10500 : f32[] @ models/lib/nn.yaml:89:7
%10502 = cast %10501 : f64[] @ models/lib/nn.yaml:89:7
%10503 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%10504 = add %10502, %10503 : f64[] @ models/lib/nn.yaml:89:7
%10505 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%10506 = div %10505, %10504 : f64[] @ models/lib/nn.yaml:89:7
%10507 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10508 = lt %10506, %10507 : bool[] @ models/lib/nn.yaml:89:7
%10509 = cast %10506 : f32[] @ models/lib/nn.yaml:89:7
%10510 = broadcast %10509 : f32[16] @ models/lib/nn.yaml:89:7
%10511 = mul %10497, %10510 : f32[16] @ models/lib/nn.yaml:89:7
%10512 = broadcast %10508 : bool[16] @ models/lib/nn.yaml:89:7
%10513 = select %10512, %10511, %10497 : f32[16] @ models/lib/nn.yaml:89:7
%10514 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10515 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%10516 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%10517 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%10518 = add %10516, %10517 : i64[] @ models/lib/nn.yaml:89:7
%10519 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%10520 = cast %10519 : f32[] @ models/lib/nn.yaml:89:7
%10521 = broadcast %10520 : f32[16] @ models/lib/nn.yaml:89:7
%10522 = mul %10513, %10521 : f32[16] @ models/lib/nn.yaml:89:7
%10523 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10524 = cast %10523 : f32[] @ models/lib/nn.yaml:89:7
%10525 = broadcast %10524 : f32[16] @ models/lib/nn.yaml:89:7
%10526 = mul %10514, %10525 : f32[16] @ models/lib/nn.yaml:89:7
%10527 = add %10526, %10522 : f32[16] @ models/lib/nn.yaml:89:7
%10528 = mul %10513, %10513 : f32[16] @ models/lib/nn.yaml:89:7
%10529 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%10530 = cast %10529 : f32[] @ models/lib/nn.yaml:89:7
%10531 = broadcast %10530 : f32[16] @ models/lib/nn.yaml:89:7
%10532 = mul %10528, %10531 : f32[16] @ models/lib/nn.yaml:89:7
%10533 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10534 = cast %10533 : f32[] @ models/lib/nn.yaml:89:7
%10535 = broadcast %10534 : f32[16] @ models/lib/nn.yaml:89:7
%10536 = mul %10515, %10535 : f32[16] @ models/lib/nn.yaml:89:7
%10537 = add %10536, %10532 : f32[16] @ models/lib/nn.yaml:89:7
%10538 = cast %10518 : f64[] @ models/lib/nn.yaml:89:7
%10539 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%10540 = pow %10539, %10538 : f64[] @ models/lib/nn.yaml:89:7
%10541 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10542 = sub %10541, %10540 : f64[] @ models/lib/nn.yaml:89:7
%10543 = div %3776, %10542 : f64[] @ models/lib/nn.yaml:89:7
%10544 = cast %10518 : f64[] @ models/lib/nn.yaml:89:7
%10545 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%10546 = pow %10545, %10544 : f64[] @ models/lib/nn.yaml:89:7
%10547 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10548 = sub %10547, %10546 : f64[] @ models/lib/nn.yaml:89:7
%10549 = sqrt %10548 : f64[] @ models/lib/nn.yaml:89:7
%10550 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10551 = div %10550, %10549 : f64[] @ models/lib/nn.yaml:89:7
%10552 = sqrt %10537 : f32[16] @ models/lib/nn.yaml:89:7
%10553 = cast %10551 : f32[] @ models/lib/nn.yaml:89:7
%10554 = broadcast %10553 : f32[16] @ models/lib/nn.yaml:89:7
%10555 = mul %10552, %10554 : f32[16] @ models/lib/nn.yaml:89:7
%10556 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%10557 = cast %10556 : f32[] @ models/lib/nn.yaml:89:7
%10558 = broadcast %10557 : f32[16] @ models/lib/nn.yaml:89:7
%10559 = add %10555, %10558 : f32[16] @ models/lib/nn.yaml:89:7
%10560 = div %10527, %10559 : f32[16] @ models/lib/nn.yaml:89:7
%10561 = cast %10543 : f32[] @ models/lib/nn.yaml:89:7
%10562 = broadcast %10561 : f32[16] @ models/lib/nn.yaml:89:7
%10563 = mul %10560, %10562 : f32[16] @ models/lib/nn.yaml:89:7
%10564 = sub %61, %10563 : f32[16] @ models/lib/nn.yaml:89:7
%10565 = assign %61, %10564 : f32[16] @ models/lib/nn.yaml:89:7
%10566 = assign %10514, %10527 : f32[16] @ models/lib/nn.yaml:89:7
%10567 = assign %10515, %10537 : f32[16] @ models/lib/nn.yaml:89:7
%10568 = assign %10516, %10518 : i64[] @ models/lib/nn.yaml:89:7
%10569 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%10570 = broadcast %10569 : f32[16] @ models/lib/nn.yaml:89:7
%10571 = mul %139, %10570 : f32[16] @ models/lib/nn.yaml:89:7
%10572 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%10573 = sub %10572, %3778 : f64[] @ models/lib/nn.yaml:89:7
%10574 = cast %10573 : f32[] @ models/lib/nn.yaml:89:7
%10575 = broadcast %10574 : f32[16] @ models/lib/nn.yaml:89:7
%10576 = mul %10564, %10575 : f32[16] @ models/lib/nn.yaml:89:7
%10577 = add %10571, %10576 : f32[16] @ models/lib/nn.yaml:89:7
%10578 = assign %139, %10577 : f32[16] @ models/lib/nn.yaml:89:7
%10579 = all_reduce_sum %5166 : f32[16] @ models/lib/nn.yaml:90:7
%10580 = reshape %10579 : f32[16] @ models/lib/nn.yaml:90:7
%10581 = mul %10580, %10580 : f32[16] @ models/lib/nn.yaml:90:7
%10582 = reduce_sum %10581 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%10583 = sqrt %10582 : f32[] @ models/lib/nn.yaml:90:7
%10584 = cast %10583 : f64[] @ models/lib/nn.yaml:90:7
%10585 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%10586 = add %10584, %10585 : f64[] @ models/lib/nn.yaml:90:7
%10587 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%10588 = div %10587, %10586 : f64[] @ models/lib/nn.yaml:90:7
%10589 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10590 = lt %10588, %10589 : bool[] @ models/lib/nn.yaml:90:7
%10591 = cast %10588 : f32[] @ models/lib/nn.yaml:90:7
%10592 = broadcast %10591 : f32[16] @ models/lib/nn.yaml:90:7
%10593 = mul %10579, %10592 : f32[16] @ models/lib/nn.yaml:90:7
%10594 = broadcast %10590 : bool[16] @ models/lib/nn.yaml:90:7
%10595 = select %10594, %10593, %10579 : f32[16] @ models/lib/nn.yaml:90:7
%10596 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10597 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%10598 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%10599 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%10600 = add %10598, %10599 : i64[] @ models/lib/nn.yaml:90:7
%10601 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%10602 = cast %10601 : f32[] @ models/lib/nn.yaml:90:7
%10603 = broadcast %10602 : f32[16] @ models/lib/nn.yaml:90:7
%10604 = mul %10595, %10603 : f32[16] @ models/lib/nn.yaml:90:7
%10605 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10606 = cast %10605 : f32[] @ models/lib/nn.yaml:90:7
%10607 = broadcast %10606 : f32[16] @ models/lib/nn.yaml:90:7
%10608 = mul %10596, %10607 : f32[16] @ models/lib/nn.yaml:90:7
%10609 = add %10608, %10604 : f32[16] @ models/lib/nn.yaml:90:7
%10610 = mul %10595, %10595 : f32[16] @ models/lib/nn.yaml:90:7
%10611 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%10612 = cast %10611 : f32[] @ models/lib/nn.yaml:90:7
%10613 = broadcast %10612 : f32[16] @ models/lib/nn.yaml:90:7
%10614 = mul %10610, %10613 : f32[16] @ models/lib/nn.yaml:90:7
%10615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10616 = cast %10615 : f32[] @ models/lib/nn.yaml:90:7
%10617 = broadcast %10616 : f32[16] @ models/lib/nn.yaml:90:7
%10618 = mul %10597, %10617 : f32[16] @ models/lib/nn.yaml:90:7
%10619 = add %10618, %10614 : f32[16] @ models/lib/nn.yaml:90:7
%10620 = cast %10600 : f64[] @ models/lib/nn.yaml:90:7
%10621 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%10622 = pow %10621, %10620 : f64[] @ models/lib/nn.yaml:90:7
%10623 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10624 = sub %10623, %10622 : f64[] @ models/lib/nn.yaml:90:7
%10625 = div %3776, %10624 : f64[] @ models/lib/nn.yaml:90:7
%10626 = cast %10600 : f64[] @ models/lib/nn.yaml:90:7
%10627 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%10628 = pow %10627, %10626 : f64[] @ models/lib/nn.yaml:90:7
%10629 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10630 = sub %10629, %10628 : f64[] @ models/lib/nn.yaml:90:7
%10631 = sqrt %10630 : f64[] @ models/lib/nn.yaml:90:7
%10632 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10633 = div %10632, %10631 : f64[] @ models/lib/nn.yaml:90:7
%10634 = sqrt %10619 : f32[16] @ models/lib/nn.yaml:90:7
%10635 = cast %10633 : f32[] @ models/lib/nn.yaml:90:7
%10636 = broadcast %10635 : f32[16] @ models/lib/nn.yaml:90:7
%10637 = mul %10634, %10636 : f32[16] @ models/lib/nn.yaml:90:7
%10638 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%10639 = cast %10638 : f32[] @ models/lib/nn.yaml:90:7
%10640 = broadcast %10639 : f32[16] @ models/lib/nn.yaml:90:7
%10641 = add %10637, %10640 : f32[16] @ models/lib/nn.yaml:90:7
%10642 = div %10609, %10641 : f32[16] @ models/lib/nn.yaml:90:7
%10643 = cast %10625 : f32[] @ models/lib/nn.yaml:90:7
%10644 = broadcast %10643 : f32[16] @ models/lib/nn.yaml:90:7
%10645 = mul %10642, %10644 : f32[16] @ models/lib/nn.yaml:90:7
%10646 = sub %62, %10645 : f32[16] @ models/lib/nn.yaml:90:7
%10647 = assign %62, %10646 : f32[16] @ models/lib/nn.yaml:90:7
%10648 = assign %10596, %10609 : f32[16] @ models/lib/nn.yaml:90:7
%10649 = assign %10597, %10619 : f32[16] @ models/lib/nn.yaml:90:7
%10650 = assign %10598, %10600 : i64[] @ models/lib/nn.yaml:90:7
%10651 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%10652 = broadcast %10651 : f32[16] @ models/lib/nn.yaml:90:7
%10653 = mul %140, %10652 : f32[16] @ models/lib/nn.yaml:90:7
%10654 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%10655 = sub %10654, %3778 : f64[] @ models/lib/nn.yaml:90:7
%10656 = cast %10655 : f32[] @ models/lib/nn.yaml:90:7
%10657 = broadcast %10656 : f32[16] @ models/lib/nn.yaml:90:7
%10658 = mul %10646, %10657 : f32[16] @ models/lib/nn.yaml:90:7
%10659 = add %10653, %10658 : f32[16] @ models/lib/nn.yaml:90:7
%10660 = assign %140, %10659 : f32[16] @ models/lib/nn.yaml:90:7
%10661 = all_reduce_sum %5162 : f32[64,16] @ models/lib/nn.yaml:79:7
%10662 = reshape %10661 : f32[1024] @ models/lib/nn.yaml:79:7
%10663 = mul %10662, %10662 : f32[1024] @ models/lib/nn.yaml:79:7
%10664 = reduce_sum %10663 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10665 = sqrt %10664 : f32[] @ models/lib/nn.yaml:79:7
%10666 = cast %10665 : f64[] @ models/lib/nn.yaml:79:7
%10667 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10668 = add %10666, %10667 : f64[] @ models/lib/nn.yaml:79:7
%10669 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10670 = div %10669, %10668 : f64[] @ models/lib/nn.yaml:79:7
%10671 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10672 = lt %10670, %10671 : bool[] @ models/lib/nn.yaml:79:7
%10673 = cast %10670 : f32[] @ models/lib/nn.yaml:79:7
%10674 = broadcast %10673 : f32[64,16] @ models/lib/nn.yaml:79:7
%10675 = mul %10661, %10674 : f32[64,16] @ models/lib/nn.yaml:79:7
%10676 = broadcast %10672 : bool[64,16] @ models/lib/nn.yaml:79:7
%10677 = select %10676, %10675, %10661 : f32[64,16] @ models/lib/nn.yaml:79:7
%10678 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%10679 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%10680 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10681 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10682 = add %10680, %10681 : i64[] @ models/lib/nn.yaml:79:7
%10683 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%10684 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10685 = sub %10684, %10683 : f64[] @ models/lib/nn.yaml:79:7
%10686 = cast %10685 : f32[] @ models/lib/nn.yaml:79:7
%10687 = broadcast %10686 : f32[64,16] @ models/lib/nn.yaml:79:7
%10688 = mul %63, %10687 : f32[64,16] @ models/lib/nn.yaml:79:7
%10689 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10690 = cast %10689 : f32[] @ models/lib/nn.yaml:79:7
%10691 = broadcast %10690 : f32[64,16] @ models/lib/nn.yaml:79:7
%10692 = mul %10677, %10691 : f32[64,16] @ models/lib/nn.yaml:79:7
%10693 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10694 = cast %10693 : f32[] @ models/lib/nn.yaml:79:7
%10695 = broadcast %10694 : f32[64,16] @ models/lib/nn.yaml:79:7
%10696 = mul %10678, %10695 : f32[64,16] @ models/lib/nn.yaml:79:7
%10697 = add %10696, %10692 : f32[64,16] @ models/lib/nn.yaml:79:7
%10698 = mul %10677, %10677 : f32[64,16] @ models/lib/nn.yaml:79:7
%10699 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10700 = cast %10699 : f32[] @ models/lib/nn.yaml:79:7
%10701 = broadcast %10700 : f32[64,16] @ models/lib/nn.yaml:79:7
%10702 = mul %10698, %10701 : f32[64,16] @ models/lib/nn.yaml:79:7
%10703 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10704 = cast %10703 : f32[] @ models/lib/nn.yaml:79:7
%10705 = broadcast %10704 : f32[64,16] @ models/lib/nn.yaml:79:7
%10706 = mul %10679, %10705 : f32[64,16] @ models/lib/nn.yaml:79:7
%10707 = add %10706, %10702 : f32[64,16] @ models/lib/nn.yaml:79:7
%10708 = cast %10682 : f64[] @ models/lib/nn.yaml:79:7
%10709 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10710 = pow %10709, %10708 : f64[] @ models/lib/nn.yaml:79:7
%10711 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10712 = sub %10711, %10710 : f64[] @ models/lib/nn.yaml:79:7
%10713 = div %3776, %10712 : f64[] @ models/lib/nn.yaml:79:7
%10714 = cast %10682 : f64[] @ models/lib/nn.yaml:79:7
%10715 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10716 = pow %10715, %10714 : f64[] @ models/lib/nn.yaml:79:7
%10717 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10718 = sub %10717, %10716 : f64[] @ models/lib/nn.yaml:79:7
%10719 = sqrt %10718 : f64[] @ models/lib/nn.yaml:79:7
%10720 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10721 = div %10720, %10719 : f64[] @ models/lib/nn.yaml:79:7
%10722 = sqrt %10707 : f32[64,16] @ models/lib/nn.yaml:79:7
%10723 = cast %10721 : f32[] @ models/lib/nn.yaml:79:7
%10724 = broadcast %10723 : f32[64,16] @ models/lib/nn.yaml:79:7
%10725 = mul %10722, %10724 : f32[64,16] @ models/lib/nn.yaml:79:7
%10726 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10727 = cast %10726 : f32[] @ models/lib/nn.yaml:79:7
%10728 = broadcast %10727 : f32[64,16] @ models/lib/nn.yaml:79:7
%10729 = add %10725, %10728 : f32[64,16] @ models/lib/nn.yaml:79:7
%10730 = div %10697, %10729 : f32[64,16] @ models/lib/nn.yaml:79:7
%10731 = cast %10713 : f32[] @ models/lib/nn.yaml:79:7
%10732 = broadcast %10731 : f32[64,16] @ models/lib/nn.yaml:79:7
%10733 = mul %10730, %10732 : f32[64,16] @ models/lib/nn.yaml:79:7
%10734 = sub %10688, %10733 : f32[64,16] @ models/lib/nn.yaml:79:7
%10735 = assign %63, %10734 : f32[64,16] @ models/lib/nn.yaml:79:7
%10736 = assign %10678, %10697 : f32[64,16] @ models/lib/nn.yaml:79:7
%10737 = assign %10679, %10707 : f32[64,16] @ models/lib/nn.yaml:79:7
%10738 = assign %10680, %10682 : i64[] @ models/lib/nn.yaml:79:7
%10739 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%10740 = broadcast %10739 : f32[64,16] @ models/lib/nn.yaml:79:7
%10741 = mul %141, %10740 : f32[64,16] @ models/lib/nn.yaml:79:7
%10742 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10743 = sub %10742, %3778 : f64[] @ models/lib/nn.yaml:79:7
%10744 = cast %10743 : f32[] @ models/lib/nn.yaml:79:7
%10745 = broadcast %10744 : f32[64,16] @ models/lib/nn.yaml:79:7
%10746 = mul %10734, %10745 : f32[64,16] @ models/lib/nn.yaml:79:7
%10747 = add %10741, %10746 : f32[64,16] @ models/lib/nn.yaml:79:7
%10748 = assign %141, %10747 : f32[64,16] @ models/lib/nn.yaml:79:7
%10749 = all_reduce_sum %5154 : f32[64] @ models/lib/nn.yaml:80:7
%10750 = reshape %10749 : f32[64] @ models/lib/nn.yaml:80:7
%10751 = mul %10750, %10750 : f32[64] @ models/lib/nn.yaml:80:7
%10752 = reduce_sum %10751 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10753 = sqrt %10752 : f32[] @ models/lib/nn.yaml:80:7
%10754 = cast %10753 : f64[] @ models/lib/nn.yaml:80:7
%10755 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10756 = add %10754, %10755 : f64[] @ models/lib/nn.yaml:80:7
%10757 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10758 = div %10757, %10756 : f64[] @ models/lib/nn.yaml:80:7
%10759 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10760 = lt %10758, %10759 : bool[] @ models/lib/nn.yaml:80:7
%10761 = cast %10758 : f32[] @ models/lib/nn.yaml:80:7
%10762 = broadcast %10761 : f32[64] @ models/lib/nn.yaml:80:7
%10763 = mul %10749, %10762 : f32[64] @ models/lib/nn.yaml:80:7
%10764 = broadcast %10760 : bool[64] @ models/lib/nn.yaml:80:7
%10765 = select %10764, %10763, %10749 : f32[64] @ models/lib/nn.yaml:80:7
%10766 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%10767 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%10768 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10769 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10770 = add %10768, %10769 : i64[] @ models/lib/nn.yaml:80:7
%10771 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10772 = cast %10771 : f32[] @ models/lib/nn.yaml:80:7
%10773 = broadcast %10772 : f32[64] @ models/lib/nn.yaml:80:7
%10774 = mul %10765, %10773 : f32[64] @ models/lib/nn.yaml:80:7
%10775 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10776 = cast %10775 : f32[] @ models/lib/nn.yaml:80:7
%10777 = broadcast %10776 : f32[64] @ models/lib/nn.yaml:80:7
%10778 = mul %10766, %10777 : f32[64] @ models/lib/nn.yaml:80:7
%10779 = add %10778, %10774 : f32[64] @ models/lib/nn.yaml:80:7
%10780 = mul %10765, %10765 : f32[64] @ models/lib/nn.yaml:80:7
%10781 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10782 = cast %10781 : f32[] @ models/lib/nn.yaml:80:7
%10783 = broadcast %10782 : f32[64] @ models/lib/nn.yaml:80:7
%10784 = mul %10780, %10783 : f32[64] @ models/lib/nn.yaml:80:7
%10785 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10786 = cast %10785 : f32[] @ models/lib/nn.yaml:80:7
%10787 = broadcast %10786 : f32[64] @ models/lib/nn.yaml:80:7
%10788 = mul %10767, %10787 : f32[64] @ models/lib/nn.yaml:80:7
%10789 = add %10788, %10784 : f32[64] @ models/lib/nn.yaml:80:7
%10790 = cast %10770 : f64[] @ models/lib/nn.yaml:80:7
%10791 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10792 = pow %10791, %10790 : f64[] @ models/lib/nn.yaml:80:7
%10793 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10794 = sub %10793, %10792 : f64[] @ models/lib/nn.yaml:80:7
%10795 = div %3776, %10794 : f64[] @ models/lib/nn.yaml:80:7
%10796 = cast %10770 : f64[] @ models/lib/nn.yaml:80:7
%10797 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10798 = pow %10797, %10796 : f64[] @ models/lib/nn.yaml:80:7
%10799 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10800 = sub %10799, %10798 : f64[] @ models/lib/nn.yaml:80:7
%10801 = sqrt %10800 : f64[] @ models/lib/nn.yaml:80:7
%10802 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10803 = div %10802, %10801 : f64[] @ models/lib/nn.yaml:80:7
%10804 = sqrt %10789 : f32[64] @ models/lib/nn.yaml:80:7
%10805 = cast %10803 : f32[] @ models/lib/nn.yaml:80:7
%10806 = broadcast %10805 : f32[64] @ models/lib/nn.yaml:80:7
%10807 = mul %10804, %10806 : f32[64] @ models/lib/nn.yaml:80:7
%10808 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10809 = cast %10808 : f32[] @ models/lib/nn.yaml:80:7
%10810 = broadcast %10809 : f32[64] @ models/lib/nn.yaml:80:7
%10811 = add %10807, %10810 : f32[64] @ models/lib/nn.yaml:80:7
%10812 = div %10779, %10811 : f32[64] @ models/lib/nn.yaml:80:7
%10813 = cast %10795 : f32[] @ models/lib/nn.yaml:80:7
%10814 = broadcast %10813 : f32[64] @ models/lib/nn.yaml:80:7
%10815 = mul %10812, %10814 : f32[64] @ models/lib/nn.yaml:80:7
%10816 = sub %64, %10815 : f32[64] @ models/lib/nn.yaml:80:7
%10817 = assign %64, %10816 : f32[64] @ models/lib/nn.yaml:80:7
%10818 = assign %10766, %10779 : f32[64] @ models/lib/nn.yaml:80:7
%10819 = assign %10767, %10789 : f32[64] @ models/lib/nn.yaml:80:7
%10820 = assign %10768, %10770 : i64[] @ models/lib/nn.yaml:80:7
%10821 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%10822 = broadcast %10821 : f32[64] @ models/lib/nn.yaml:80:7
%10823 = mul %142, %10822 : f32[64] @ models/lib/nn.yaml:80:7
%10824 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10825 = sub %10824, %3778 : f64[] @ models/lib/nn.yaml:80:7
%10826 = cast %10825 : f32[] @ models/lib/nn.yaml:80:7
%10827 = broadcast %10826 : f32[64] @ models/lib/nn.yaml:80:7
%10828 = mul %10816, %10827 : f32[64] @ models/lib/nn.yaml:80:7
%10829 = add %10823, %10828 : f32[64] @ models/lib/nn.yaml:80:7
%10830 = assign %142, %10829 : f32[64] @ models/lib/nn.yaml:80:7
%10831 = all_reduce_sum %5137 : f32[16,64] @ models/lib/nn.yaml:79:7
%10832 = reshape %10831 : f32[1024] @ models/lib/nn.yaml:79:7
%10833 = mul %10832, %10832 : f32[1024] @ models/lib/nn.yaml:79:7
%10834 = reduce_sum %10833 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10835 = sqrt %10834 : f32[] @ models/lib/nn.yaml:79:7
%10836 = cast %10835 : f64[] @ models/lib/nn.yaml:79:7
%10837 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%10838 = add %10836, %10837 : f64[] @ models/lib/nn.yaml:79:7
%10839 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%10840 = div %10839, %10838 : f64[] @ models/lib/nn.yaml:79:7
%10841 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10842 = lt %10840, %10841 : bool[] @ models/lib/nn.yaml:79:7
%10843 = cast %10840 : f32[] @ models/lib/nn.yaml:79:7
%10844 = broadcast %10843 : f32[16,64] @ models/lib/nn.yaml:79:7
%10845 = mul %10831, %10844 : f32[16,64] @ models/lib/nn.yaml:79:7
%10846 = broadcast %10842 : bool[16,64] @ models/lib/nn.yaml:79:7
%10847 = select %10846, %10845, %10831 : f32[16,64] @ models/lib/nn.yaml:79:7
%10848 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%10849 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%10850 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10851 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%10852 = add %10850, %10851 : i64[] @ models/lib/nn.yaml:79:7
%10853 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%10854 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10855 = sub %10854, %10853 : f64[] @ models/lib/nn.yaml:79:7
%10856 = cast %10855 : f32[] @ models/lib/nn.yaml:79:7
%10857 = broadcast %10856 : f32[16,64] @ models/lib/nn.yaml:79:7
%10858 = mul %65, %10857 : f32[16,64] @ models/lib/nn.yaml:79:7
%10859 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%10860 = cast %10859 : f32[] @ models/lib/nn.yaml:79:7
%10861 = broadcast %10860 : f32[16,64] @ models/lib/nn.yaml:79:7
%10862 = mul %10847, %10861 : f32[16,64] @ models/lib/nn.yaml:79:7
%10863 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10864 = cast %10863 : f32[] @ models/lib/nn.yaml:79:7
%10865 = broadcast %10864 : f32[16,64] @ models/lib/nn.yaml:79:7
%10866 = mul %10848, %10865 : f32[16,64] @ models/lib/nn.yaml:79:7
%10867 = add %10866, %10862 : f32[16,64] @ models/lib/nn.yaml:79:7
%10868 = mul %10847, %10847 : f32[16,64] @ models/lib/nn.yaml:79:7
%10869 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%10870 = cast %10869 : f32[] @ models/lib/nn.yaml:79:7
%10871 = broadcast %10870 : f32[16,64] @ models/lib/nn.yaml:79:7
%10872 = mul %10868, %10871 : f32[16,64] @ models/lib/nn.yaml:79:7
%10873 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10874 = cast %10873 : f32[] @ models/lib/nn.yaml:79:7
%10875 = broadcast %10874 : f32[16,64] @ models/lib/nn.yaml:79:7
%10876 = mul %10849, %10875 : f32[16,64] @ models/lib/nn.yaml:79:7
%10877 = add %10876, %10872 : f32[16,64] @ models/lib/nn.yaml:79:7
%10878 = cast %10852 : f64[] @ models/lib/nn.yaml:79:7
%10879 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%10880 = pow %10879, %10878 : f64[] @ models/lib/nn.yaml:79:7
%10881 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10882 = sub %10881, %10880 : f64[] @ models/lib/nn.yaml:79:7
%10883 = div %3776, %10882 : f64[] @ models/lib/nn.yaml:79:7
%10884 = cast %10852 : f64[] @ models/lib/nn.yaml:79:7
%10885 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%10886 = pow %10885, %10884 : f64[] @ models/lib/nn.yaml:79:7
%10887 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10888 = sub %10887, %10886 : f64[] @ models/lib/nn.yaml:79:7
%10889 = sqrt %10888 : f64[] @ models/lib/nn.yaml:79:7
%10890 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10891 = div %10890, %10889 : f64[] @ models/lib/nn.yaml:79:7
%10892 = sqrt %10877 : f32[16,64] @ models/lib/nn.yaml:79:7
%10893 = cast %10891 : f32[] @ models/lib/nn.yaml:79:7
%10894 = broadcast %10893 : f32[16,64] @ models/lib/nn.yaml:79:7
%10895 = mul %10892, %10894 : f32[16,64] @ models/lib/nn.yaml:79:7
%10896 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%10897 = cast %10896 : f32[] @ models/lib/nn.yaml:79:7
%10898 = broadcast %10897 : f32[16,64] @ models/lib/nn.yaml:79:7
%10899 = add %10895, %10898 : f32[16,64] @ models/lib/nn.yaml:79:7
%10900 = div %10867, %10899 : f32[16,64] @ models/lib/nn.yaml:79:7
%10901 = cast %10883 : f32[] @ models/lib/nn.yaml:79:7
%10902 = broadcast %10901 : f32[16,64] @ models/lib/nn.yaml:79:7
%10903 = mul %10900, %10902 : f32[16,64] @ models/lib/nn.yaml:79:7
%10904 = sub %10858, %10903 : f32[16,64] @ models/lib/nn.yaml:79:7
%10905 = assign %65, %10904 : f32[16,64] @ models/lib/nn.yaml:79:7
%10906 = assign %10848, %10867 : f32[16,64] @ models/lib/nn.yaml:79:7
%10907 = assign %10849, %10877 : f32[16,64] @ models/lib/nn.yaml:79:7
%10908 = assign %10850, %10852 : i64[] @ models/lib/nn.yaml:79:7
%10909 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%10910 = broadcast %10909 : f32[16,64] @ models/lib/nn.yaml:79:7
%10911 = mul %143, %10910 : f32[16,64] @ models/lib/nn.yaml:79:7
%10912 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%10913 = sub %10912, %3778 : f64[] @ models/lib/nn.yaml:79:7
%10914 = cast %10913 : f32[] @ models/lib/nn.yaml:79:7
%10915 = broadcast %10914 : f32[16,64] @ models/lib/nn.yaml:79:7
%10916 = mul %10904, %10915 : f32[16,64] @ models/lib/nn.yaml:79:7
%10917 = add %10911, %10916 : f32[16,64] @ models/lib/nn.yaml:79:7
%10918 = assign %143, %10917 : f32[16,64] @ models/lib/nn.yaml:79:7
%10919 = all_reduce_sum %5129 : f32[16] @ models/lib/nn.yaml:80:7
%10920 = reshape %10919 : f32[16] @ models/lib/nn.yaml:80:7
%10921 = mul %10920, %10920 : f32[16] @ models/lib/nn.yaml:80:7
%10922 = reduce_sum %10921 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10923 = sqrt %10922 : f32[] @ models/lib/nn.yaml:80:7
%10924 = cast %10923 : f64[] @ models/lib/nn.yaml:80:7
%10925 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%10926 = add %10924, %10925 : f64[] @ models/lib/nn.yaml:80:7
%10927 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%10928 = div %10927, %10926 : f64[] @ models/lib/nn.yaml:80:7
%10929 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10930 = lt %10928, %10929 : bool[] @ models/lib/nn.yaml:80:7
%10931 = cast %10928 : f32[] @ models/lib/nn.yaml:80:7
%10932 = broadcast %10931 : f32[16] @ models/lib/nn.yaml:80:7
%10933 = mul %10919, %10932 : f32[16] @ models/lib/nn.yaml:80:7
%10934 = broadcast %10930 : bool[16] @ models/lib/nn.yaml:80:7
%10935 = select %10934, %10933, %10919 : f32[16] @ models/lib/nn.yaml:80:7
%10936 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10937 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%10938 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10939 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%10940 = add %10938, %10939 : i64[] @ models/lib/nn.yaml:80:7
%10941 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%10942 = cast %10941 : f32[] @ models/lib/nn.yaml:80:7
%10943 = broadcast %10942 : f32[16] @ models/lib/nn.yaml:80:7
%10944 = mul %10935, %10943 : f32[16] @ models/lib/nn.yaml:80:7
%10945 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10946 = cast %10945 : f32[] @ models/lib/nn.yaml:80:7
%10947 = broadcast %10946 : f32[16] @ models/lib/nn.yaml:80:7
%10948 = mul %10936, %10947 : f32[16] @ models/lib/nn.yaml:80:7
%10949 = add %10948, %10944 : f32[16] @ models/lib/nn.yaml:80:7
%10950 = mul %10935, %10935 : f32[16] @ models/lib/nn.yaml:80:7
%10951 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%10952 = cast %10951 : f32[] @ models/lib/nn.yaml:80:7
%10953 = broadcast %10952 : f32[16] @ models/lib/nn.yaml:80:7
%10954 = mul %10950, %10953 : f32[16] @ models/lib/nn.yaml:80:7
%10955 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10956 = cast %10955 : f32[] @ models/lib/nn.yaml:80:7
%10957 = broadcast %10956 : f32[16] @ models/lib/nn.yaml:80:7
%10958 = mul %10937, %10957 : f32[16] @ models/lib/nn.yaml:80:7
%10959 = add %10958, %10954 : f32[16] @ models/lib/nn.yaml:80:7
%10960 = cast %10940 : f64[] @ models/lib/nn.yaml:80:7
%10961 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%10962 = pow %10961, %10960 : f64[] @ models/lib/nn.yaml:80:7
%10963 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10964 = sub %10963, %10962 : f64[] @ models/lib/nn.yaml:80:7
%10965 = div %3776, %10964 : f64[] @ models/lib/nn.yaml:80:7
%10966 = cast %10940 : f64[] @ models/lib/nn.yaml:80:7
%10967 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%10968 = pow %10967, %10966 : f64[] @ models/lib/nn.yaml:80:7
%10969 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10970 = sub %10969, %10968 : f64[] @ models/lib/nn.yaml:80:7
%10971 = sqrt %10970 : f64[] @ models/lib/nn.yaml:80:7
%10972 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10973 = div %10972, %10971 : f64[] @ models/lib/nn.yaml:80:7
%10974 = sqrt %10959 : f32[16] @ models/lib/nn.yaml:80:7
%10975 = cast %10973 : f32[] @ models/lib/nn.yaml:80:7
%10976 = broadcast %10975 : f32[16] @ models/lib/nn.yaml:80:7
%10977 = mul %10974, %10976 : f32[16] @ models/lib/nn.yaml:80:7
%10978 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%10979 = cast %10978 : f32[] @ models/lib/nn.yaml:80:7
%10980 = broadcast %10979 : f32[16] @ models/lib/nn.yaml:80:7
%10981 = add %10977, %10980 : f32[16] @ models/lib/nn.yaml:80:7
%10982 = div %10949, %10981 : f32[16] @ models/lib/nn.yaml:80:7
%10983 = cast %10965 : f32[] @ models/lib/nn.yaml:80:7
%10984 = broadcast %10983 : f32[16] @ models/lib/nn.yaml:80:7
%10985 = mul %10982, %10984 : f32[16] @ models/lib/nn.yaml:80:7
%10986 = sub %66, %10985 : f32[16] @ models/lib/nn.yaml:80:7
%10987 = assign %66, %10986 : f32[16] @ models/lib/nn.yaml:80:7
%10988 = assign %10936, %10949 : f32[16] @ models/lib/nn.yaml:80:7
%10989 = assign %10937, %10959 : f32[16] @ models/lib/nn.yaml:80:7
%10990 = assign %10938, %10940 : i64[] @ models/lib/nn.yaml:80:7
%10991 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%10992 = broadcast %10991 : f32[16] @ models/lib/nn.yaml:80:7
%10993 = mul %144, %10992 : f32[16] @ models/lib/nn.yaml:80:7
%10994 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%10995 = sub %10994, %3778 : f64[] @ models/lib/nn.yaml:80:7
%10996 = cast %10995 : f32[] @ models/lib/nn.yaml:80:7
%10997 = broadcast %10996 : f32[16] @ models/lib/nn.yaml:80:7
%10998 = mul %10986, %10997 : f32[16] @ models/lib/nn.yaml:80:7
%10999 = add %10993, %10998 : f32[16] @ models/lib/nn.yaml:80:7
%11000 = assign %144, %10999 : f32[16] @ models/lib/nn.yaml:80:7
%11001 = all_reduce_sum %5104 : f32[16] @ models/lib/nn.yaml:89:7
%11002 = reshape %11001 : f32[16] @ models/lib/nn.yaml:89:7
%11003 = mul %11002, %11002 : f32[16] @ models/lib/nn.yaml:89:7
%11004 = reduce_sum %11003 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%11005 = sqrt %11004 : f32[] @ models/lib/nn.yaml:89:7
%11006 = cast %11005 : f64[] @ models/lib/nn.yaml:89:7
%11007 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:89:7
%11008 = add %11006, %11007 : f64[] @ models/lib/nn.yaml:89:7
%11009 = const data=[3] : f64[] @ models/lib/nn.yaml:89:7
%11010 = div %11009, %11008 : f64[] @ models/lib/nn.yaml:89:7
%11011 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11012 = lt %11010, %11011 : bool[] @ models/lib/nn.yaml:89:7
%11013 = cast %11010 : f32[] @ models/lib/nn.yaml:89:7
%11014 = broadcast %11013 : f32[16] @ models/lib/nn.yaml:89:7
%11015 = mul %11001, %11014 : f32[16] @ models/lib/nn.yaml:89:7
%11016 = broadcast %11012 : bool[16] @ models/lib/nn.yaml:89:7
%11017 = select %11016, %11015, %11001 : f32[16] @ models/lib/nn.yaml:89:7
%11018 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%11019 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%11020 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%11021 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%11022 = add %11020, %11021 : i64[] @ models/lib/nn.yaml:89:7
%11023 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%11024 = cast %11023 : f32[] @ models/lib/nn.yaml:89:7
%11025 = broadcast %11024 : f32[16] @ models/lib/nn.yaml:89:7
%11026 = mul %11017, %11025 : f32[16] @ models/lib/nn.yaml:89:7
%11027 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%11028 = cast %11027 : f32[] @ models/lib/nn.yaml:89:7
%11029 = broadcast %11028 : f32[16] @ models/lib/nn.yaml:89:7
%11030 = mul %11018, %11029 : f32[16] @ models/lib/nn.yaml:89:7
%11031 = add %11030, %11026 : f32[16] @ models/lib/nn.yaml:89:7
%11032 = mul %11017, %11017 : f32[16] @ models/lib/nn.yaml:89:7
%11033 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%11034 = cast %11033 : f32[] @ models/lib/nn.yaml:89:7
%11035 = broadcast %11034 : f32[16] @ models/lib/nn.yaml:89:7
%11036 = mul %11032, %11035 : f32[16] @ models/lib/nn.yaml:89:7
%11037 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%11038 = cast %11037 : f32[] @ models/lib/nn.yaml:89:7
%11039 = broadcast %11038 : f32[16] @ models/lib/nn.yaml:89:7
%11040 = mul %11019, %11039 : f32[16] @ models/lib/nn.yaml:89:7
%11041 = add %11040, %11036 : f32[16] @ models/lib/nn.yaml:89:7
%11042 = cast %11022 : f64[] @ models/lib/nn.yaml:89:7
%11043 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%11044 = pow %11043, %11042 : f64[] @ models/lib/nn.yaml:89:7
%11045 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11046 = sub %11045, %11044 : f64[] @ models/lib/nn.yaml:89:7
%11047 = div %3776, %11046 : f64[] @ models/lib/nn.yaml:89:7
%11048 = cast %11022 : f64[] @ models/lib/nn.yaml:89:7
%11049 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%11050 = pow %11049, %11048 : f64[] @ models/lib/nn.yaml:89:7
%11051 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11052 = sub %11051, %11050 : f64[] @ models/lib/nn.yaml:89:7
%11053 = sqrt %11052 : f64[] @ models/lib/nn.yaml:89:7
%11054 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11055 = div %11054, %11053 : f64[] @ models/lib/nn.yaml:89:7
%11056 = sqrt %11041 : f32[16] @ models/lib/nn.yaml:89:7
%11057 = cast %11055 : f32[] @ models/lib/nn.yaml:89:7
%11058 = broadcast %11057 : f32[16] @ models/lib/nn.yaml:89:7
%11059 = mul %11056, %11058 : f32[16] @ models/lib/nn.yaml:89:7
%11060 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%11061 = cast %11060 : f32[] @ models/lib/nn.yaml:89:7
%11062 = broadcast %11061 : f32[16] @ models/lib/nn.yaml:89:7
%11063 = add %11059, %11062 : f32[16] @ models/lib/nn.yaml:89:7
%11064 = div %11031, %11063 : f32[16] @ models/lib/nn.yaml:89:7
%11065 = cast %11047 : f32[] @ models/lib/nn.yaml:89:7
%11066 = broadcast %11065 : f32[16] @ models/lib/nn.yaml:89:7
%11067 = mul %11064, %11066 : f32[16] @ models/lib/nn.yaml:89:7
%11068 = sub %67, %11067 : f32[16] @ models/lib/nn.yaml:89:7
%11069 = assign %67, %11068 : f32[16] @ models/lib/nn.yaml:89:7
%11070 = assign %11018, %11031 : f32[16] @ models/lib/nn.yaml:89:7
%11071 = assign %11019, %11041 : f32[16] @ models/lib/nn.yaml:89:7
%11072 = assign %11020, %11022 : i64[] @ models/lib/nn.yaml:89:7
%11073 = cast %3778 : f32[] @ models/lib/nn.yaml:89:7
%11074 = broadcast %11073 : f32[16] @ models/lib/nn.yaml:89:7
%11075 = mul %145, %11074 : f32[16] @ models/lib/nn.yaml:89:7
%11076 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%11077 = sub %11076, %3778 : f64[] @ models/lib/nn.yaml:89:7
%11078 = cast %11077 : f32[] @ models/lib/nn.yaml:89:7
%11079 = broadcast %11078 : f32[16] @ models/lib/nn.yaml:89:7
%11080 = mul %11068, %11079 : f32[16] @ models/lib/nn.yaml:89:7
%11081 = add %11075, %11080 : f32[16] @ models/lib/nn.yaml:89:7
%11082 = assign %145, %11081 : f32[16] @ models/lib/nn.yaml:89:7
%11083 = all_reduce_sum %5099 : f32[16] @ models/lib/nn.yaml:90:7
%11084 = reshape %11083 : f32[16] @ models/lib/nn.yaml:90:7
%11085 = mul %11084, %11084 : f32[16] @ models/lib/nn.yaml:90:7
%11086 = reduce_sum %11085 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%11087 = sqrt %11086 : f32[] @ models/lib/nn.yaml:90:7
%11088 = cast %11087 : f64[] @ models/lib/nn.yaml:90:7
%11089 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:90:7
%11090 = add %11088, %11089 : f64[] @ models/lib/nn.yaml:90:7
%11091 = const data=[3] : f64[] @ models/lib/nn.yaml:90:7
%11092 = div %11091, %11090 : f64[] @ models/lib/nn.yaml:90:7
%11093 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11094 = lt %11092, %11093 : bool[] @ models/lib/nn.yaml:90:7
%11095 = cast %11092 : f32[] @ models/lib/nn.yaml:90:7
%11096 = broadcast %11095 : f32[16] @ models/lib/nn.yaml:90:7
%11097 = mul %11083, %11096 : f32[16] @ models/lib/nn.yaml:90:7
%11098 = broadcast %11094 : bool[16] @ models/lib/nn.yaml:90:7
%11099 = select %11098, %11097, %11083 : f32[16] @ models/lib/nn.yaml:90:7
%11100 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%11101 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%11102 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%11103 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%11104 = add %11102, %11103 : i64[] @ models/lib/nn.yaml:90:7
%11105 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%11106 = cast %11105 : f32[] @ models/lib/nn.yaml:90:7
%11107 = broadcast %11106 : f32[16] @ models/lib/nn.yaml:90:7
%11108 = mul %11099, %11107 : f32[16] @ models/lib/nn.yaml:90:7
%11109 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%11110 = cast %11109 : f32[] @ models/lib/nn.yaml:90:7
%11111 = broadcast %11110 : f32[16] @ models/lib/nn.yaml:90:7
%11112 = mul %11100, %11111 : f32[16] @ models/lib/nn.yaml:90:7
%11113 = add %11112, %11108 : f32[16] @ models/lib/nn.yaml:90:7
%11114 = mul %11099, %11099 : f32[16] @ models/lib/nn.yaml:90:7
%11115 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%11116 = cast %11115 : f32[] @ models/lib/nn.yaml:90:7
%11117 = broadcast %11116 : f32[16] @ models/lib/nn.yaml:90:7
%11118 = mul %11114, %11117 : f32[16] @ models/lib/nn.yaml:90:7
%11119 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%11120 = cast %11119 : f32[] @ models/lib/nn.yaml:90:7
%11121 = broadcast %11120 : f32[16] @ models/lib/nn.yaml:90:7
%11122 = mul %11101, %11121 : f32[16] @ models/lib/nn.yaml:90:7
%11123 = add %11122, %11118 : f32[16] @ models/lib/nn.yaml:90:7
%11124 = cast %11104 : f64[] @ models/lib/nn.yaml:90:7
%11125 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%11126 = pow %11125, %11124 : f64[] @ models/lib/nn.yaml:90:7
%11127 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11128 = sub %11127, %11126 : f64[] @ models/lib/nn.yaml:90:7
%11129 = div %3776, %11128 : f64[] @ models/lib/nn.yaml:90:7
%11130 = cast %11104 : f64[] @ models/lib/nn.yaml:90:7
%11131 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%11132 = pow %11131, %11130 : f64[] @ models/lib/nn.yaml:90:7
%11133 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11134 = sub %11133, %11132 : f64[] @ models/lib/nn.yaml:90:7
%11135 = sqrt %11134 : f64[] @ models/lib/nn.yaml:90:7
%11136 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11137 = div %11136, %11135 : f64[] @ models/lib/nn.yaml:90:7
%11138 = sqrt %11123 : f32[16] @ models/lib/nn.yaml:90:7
%11139 = cast %11137 : f32[] @ models/lib/nn.yaml:90:7
%11140 = broadcast %11139 : f32[16] @ models/lib/nn.yaml:90:7
%11141 = mul %11138, %11140 : f32[16] @ models/lib/nn.yaml:90:7
%11142 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%11143 = cast %11142 : f32[] @ models/lib/nn.yaml:90:7
%11144 = broadcast %11143 : f32[16] @ models/lib/nn.yaml:90:7
%11145 = add %11141, %11144 : f32[16] @ models/lib/nn.yaml:90:7
%11146 = div %11113, %11145 : f32[16] @ models/lib/nn.yaml:90:7
%11147 = cast %11129 : f32[] @ models/lib/nn.yaml:90:7
%11148 = broadcast %11147 : f32[16] @ models/lib/nn.yaml:90:7
%11149 = mul %11146, %11148 : f32[16] @ models/lib/nn.yaml:90:7
%11150 = sub %68, %11149 : f32[16] @ models/lib/nn.yaml:90:7
%11151 = assign %68, %11150 : f32[16] @ models/lib/nn.yaml:90:7
%11152 = assign %11100, %11113 : f32[16] @ models/lib/nn.yaml:90:7
%11153 = assign %11101, %11123 : f32[16] @ models/lib/nn.yaml:90:7
%11154 = assign %11102, %11104 : i64[] @ models/lib/nn.yaml:90:7
%11155 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%11156 = broadcast %11155 : f32[16] @ models/lib/nn.yaml:90:7
%11157 = mul %146, %11156 : f32[16] @ models/lib/nn.yaml:90:7
%11158 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%11159 = sub %11158, %3778 : f64[] @ models/lib/nn.yaml:90:7
%11160 = cast %11159 : f32[] @ models/lib/nn.yaml:90:7
%11161 = broadcast %11160 : f32[16] @ models/lib/nn.yaml:90:7
%11162 = mul %11150, %11161 : f32[16] @ models/lib/nn.yaml:90:7
%11163 = add %11157, %11162 : f32[16] @ models/lib/nn.yaml:90:7
%11164 = assign %146, %11163 : f32[16] @ models/lib/nn.yaml:90:7
%11165 = all_reduce_sum %5093 : f32[24,16] @ models/lib/nn.yaml:79:7
%11166 = reshape %11165 : f32[384] @ models/lib/nn.yaml:79:7
%11167 = mul %11166, %11166 : f32[384] @ models/lib/nn.yaml:79:7
%11168 = reduce_sum %11167 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11169 = sqrt %11168 : f32[] @ models/lib/nn.yaml:79:7
%11170 = cast %11169 : f64[] @ models/lib/nn.yaml:79:7
%11171 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11172 = add %11170, %11171 : f64[] @ models/lib/nn.yaml:79:7
%11173 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11174 = div %11173, %11172 : f64[] @ models/lib/nn.yaml:79:7
%11175 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11176 = lt %11174, %11175 : bool[] @ models/lib/nn.yaml:79:7
%11177 = cast %11174 : f32[] @ models/lib/nn.yaml:79:7
%11178 = broadcast %11177 : f32[24,16] @ models/lib/nn.yaml:79:7
%11179 = mul %11165, %11178 : f32[24,16] @ models/lib/nn.yaml:79:7
%11180 = broadcast %11176 : bool[24,16] @ models/lib/nn.yaml:79:7
%11181 = select %11180, %11179, %11165 : f32[24,16] @ models/lib/nn.yaml:79:7
%11182 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11183 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11184 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11185 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11186 = add %11184, %11185 : i64[] @ models/lib/nn.yaml:79:7
%11187 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%11188 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11189 = sub %11188, %11187 : f64[] @ models/lib/nn.yaml:79:7
%11190 = cast %11189 : f32[] @ models/lib/nn.yaml:79:7
%11191 = broadcast %11190 : f32[24,16] @ models/lib/nn.yaml:79:7
%11192 = mul %69, %11191 : f32[24,16] @ models/lib/nn.yaml:79:7
%11193 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11194 = cast %11193 : f32[] @ models/lib/nn.yaml:79:7
%11195 = broadcast %11194 : f32[24,16] @ models/lib/nn.yaml:79:7
%11196 = mul %11181, %11195 : f32[24,16] @ models/lib/nn.yaml:79:7
%11197 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11198 = cast %11197 : f32[] @ models/lib/nn.yaml:79:7
%11199 = broadcast %11198 : f32[24,16] @ models/lib/nn.yaml:79:7
%11200 = mul %11182, %11199 : f32[24,16] @ models/lib/nn.yaml:79:7
%11201 = add %11200, %11196 : f32[24,16] @ models/lib/nn.yaml:79:7
%11202 = mul %11181, %11181 : f32[24,16] @ models/lib/nn.yaml:79:7
%11203 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11204 = cast %11203 : f32[] @ models/lib/nn.yaml:79:7
%11205 = broadcast %11204 : f32[24,16] @ models/lib/nn.yaml:79:7
%11206 = mul %11202, %11205 : f32[24,16] @ models/lib/nn.yaml:79:7
%11207 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11208 = cast %11207 : f32[] @ models/lib/nn.yaml:79:7
%11209 = broadcast %11208 : f32[24,16] @ models/lib/nn.yaml:79:7
%11210 = mul %11183, %11209 : f32[24,16] @ models/lib/nn.yaml:79:7
%11211 = add %11210, %11206 : f32[24,16] @ models/lib/nn.yaml:79:7
%11212 = cast %11186 : f64[] @ models/lib/nn.yaml:79:7
%11213 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11214 = pow %11213, %11212 : f64[] @ models/lib/nn.yaml:79:7
%11215 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11216 = sub %11215, %11214 : f64[] @ models/lib/nn.yaml:79:7
%11217 = div %3776, %11216 : f64[] @ models/lib/nn.yaml:79:7
%11218 = cast %11186 : f64[] @ models/lib/nn.yaml:79:7
%11219 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11220 = pow %11219, %11218 : f64[] @ models/lib/nn.yaml:79:7
%11221 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11222 = sub %11221, %11220 : f64[] @ models/lib/nn.yaml:79:7
%11223 = sqrt %11222 : f64[] @ models/lib/nn.yaml:79:7
%11224 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11225 = div %11224, %11223 : f64[] @ models/lib/nn.yaml:79:7
%11226 = sqrt %11211 : f32[24,16] @ models/lib/nn.yaml:79:7
%11227 = cast %11225 : f32[] @ models/lib/nn.yaml:79:7
%11228 = broadcast %11227 : f32[24,16] @ models/lib/nn.yaml:79:7
%11229 = mul %11226, %11228 : f32[24,16] @ models/lib/nn.yaml:79:7
%11230 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11231 = cast %11230 : f32[] @ models/lib/nn.yaml:79:7
%11232 = broadcast %11231 : f32[24,16] @ models/lib/nn.yaml:79:7
%11233 = add %11229, %11232 : f32[24,16] @ models/lib/nn.yaml:79:7
%11234 = div %11201, %11233 : f32[24,16] @ models/lib/nn.yaml:79:7
%11235 = cast %11217 : f32[] @ models/lib/nn.yaml:79:7
%11236 = broadcast %11235 : f32[24,16] @ models/lib/nn.yaml:79:7
%11237 = mul %11234, %11236 : f32[24,16] @ models/lib/nn.yaml:79:7
%11238 = sub %11192, %11237 : f32[24,16] @ models/lib/nn.yaml:79:7
%11239 = assign %69, %11238 : f32[24,16] @ models/lib/nn.yaml:79:7
%11240 = assign %11182, %11201 : f32[24,16] @ models/lib/nn.yaml:79:7
%11241 = assign %11183, %11211 : f32[24,16] @ models/lib/nn.yaml:79:7
%11242 = assign %11184, %11186 : i64[] @ models/lib/nn.yaml:79:7
%11243 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%11244 = broadcast %11243 : f32[24,16] @ models/lib/nn.yaml:79:7
%11245 = mul %147, %11244 : f32[24,16] @ models/lib/nn.yaml:79:7
%11246 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11247 = sub %11246, %3778 : f64[] @ models/lib/nn.yaml:79:7
%11248 = cast %11247 : f32[] @ models/lib/nn.yaml:79:7
%11249 = broadcast %11248 : f32[24,16] @ models/lib/nn.yaml:79:7
%11250 = mul %11238, %11249 : f32[24,16] @ models/lib/nn.yaml:79:7
%11251 = add %11245, %11250 : f32[24,16] @ models/lib/nn.yaml:79:7
%11252 = assign %147, %11251 : f32[24,16] @ models/lib/nn.yaml:79:7
%11253 = all_reduce_sum %5085 : f32[24] @ models/lib/nn.yaml:80:7
%11254 = reshape %11253 : f32[24] @ models/lib/nn.yaml:80:7
%11255 = mul %11254, %11254 : f32[24] @ models/lib/nn.yaml:80:7
%11256 = reduce_sum %11255 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11257 = sqrt %11256 : f32[] @ models/lib/nn.yaml:80:7
%11258 = cast %11257 : f64[] @ models/lib/nn.yaml:80:7
%11259 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11260 = add %11258, %11259 : f64[] @ models/lib/nn.yaml:80:7
%11261 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11262 = div %11261, %11260 : f64[] @ models/lib/nn.yaml:80:7
%11263 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11264 = lt %11262, %11263 : bool[] @ models/lib/nn.yaml:80:7
%11265 = cast %11262 : f32[] @ models/lib/nn.yaml:80:7
%11266 = broadcast %11265 : f32[24] @ models/lib/nn.yaml:80:7
%11267 = mul %11253, %11266 : f32[24] @ models/lib/nn.yaml:80:7
%11268 = broadcast %11264 : bool[24] @ models/lib/nn.yaml:80:7
%11269 = select %11268, %11267, %11253 : f32[24] @ models/lib/nn.yaml:80:7
%11270 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11271 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11272 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11273 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11274 = add %11272, %11273 : i64[] @ models/lib/nn.yaml:80:7
%11275 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11276 = cast %11275 : f32[] @ models/lib/nn.yaml:80:7
%11277 = broadcast %11276 : f32[24] @ models/lib/nn.yaml:80:7
%11278 = mul %11269, %11277 : f32[24] @ models/lib/nn.yaml:80:7
%11279 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11280 = cast %11279 : f32[] @ models/lib/nn.yaml:80:7
%11281 = broadcast %11280 : f32[24] @ models/lib/nn.yaml:80:7
%11282 = mul %11270, %11281 : f32[24] @ models/lib/nn.yaml:80:7
%11283 = add %11282, %11278 : f32[24] @ models/lib/nn.yaml:80:7
%11284 = mul %11269, %11269 : f32[24] @ models/lib/nn.yaml:80:7
%11285 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11286 = cast %11285 : f32[] @ models/lib/nn.yaml:80:7
%11287 = broadcast %11286 : f32[24] @ models/lib/nn.yaml:80:7
%11288 = mul %11284, %11287 : f32[24] @ models/lib/nn.yaml:80:7
%11289 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11290 = cast %11289 : f32[] @ models/lib/nn.yaml:80:7
%11291 = broadcast %11290 : f32[24] @ models/lib/nn.yaml:80:7
%11292 = mul %11271, %11291 : f32[24] @ models/lib/nn.yaml:80:7
%11293 = add %11292, %11288 : f32[24] @ models/lib/nn.yaml:80:7
%11294 = cast %11274 : f64[] @ models/lib/nn.yaml:80:7
%11295 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11296 = pow %11295, %11294 : f64[] @ models/lib/nn.yaml:80:7
%11297 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11298 = sub %11297, %11296 : f64[] @ models/lib/nn.yaml:80:7
%11299 = div %3776, %11298 : f64[] @ models/lib/nn.yaml:80:7
%11300 = cast %11274 : f64[] @ models/lib/nn.yaml:80:7
%11301 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11302 = pow %11301, %11300 : f64[] @ models/lib/nn.yaml:80:7
%11303 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11304 = sub %11303, %11302 : f64[] @ models/lib/nn.yaml:80:7
%11305 = sqrt %11304 : f64[] @ models/lib/nn.yaml:80:7
%11306 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11307 = div %11306, %11305 : f64[] @ models/lib/nn.yaml:80:7
%11308 = sqrt %11293 : f32[24] @ models/lib/nn.yaml:80:7
%11309 = cast %11307 : f32[] @ models/lib/nn.yaml:80:7
%11310 = broadcast %11309 : f32[24] @ models/lib/nn.yaml:80:7
%11311 = mul %11308, %11310 : f32[24] @ models/lib/nn.yaml:80:7
%11312 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11313 = cast %11312 : f32[] @ models/lib/nn.yaml:80:7
%11314 = broadcast %11313 : f32[24] @ models/lib/nn.yaml:80:7
%11315 = add %11311, %11314 : f32[24] @ models/lib/nn.yaml:80:7
%11316 = div %11283, %11315 : f32[24] @ models/lib/nn.yaml:80:7
%11317 = cast %11299 : f32[] @ models/lib/nn.yaml:80:7
%11318 = broadcast %11317 : f32[24] @ models/lib/nn.yaml:80:7
%11319 = mul %11316, %11318 : f32[24] @ models/lib/nn.yaml:80:7
%11320 = sub %70, %11319 : f32[24] @ models/lib/nn.yaml:80:7
%11321 = assign %70, %11320 : f32[24] @ models/lib/nn.yaml:80:7
%11322 = assign %11270, %11283 : f32[24] @ models/lib/nn.yaml:80:7
%11323 = assign %11271, %11293 : f32[24] @ models/lib/nn.yaml:80:7
%11324 = assign %11272, %11274 : i64[] @ models/lib/nn.yaml:80:7
%11325 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%11326 = broadcast %11325 : f32[24] @ models/lib/nn.yaml:80:7
%11327 = mul %148, %11326 : f32[24] @ models/lib/nn.yaml:80:7
%11328 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11329 = sub %11328, %3778 : f64[] @ models/lib/nn.yaml:80:7
%11330 = cast %11329 : f32[] @ models/lib/nn.yaml:80:7
%11331 = broadcast %11330 : f32[24] @ models/lib/nn.yaml:80:7
%11332 = mul %11320, %11331 : f32[24] @ models/lib/nn.yaml:80:7
%11333 = add %11327, %11332 : f32[24] @ models/lib/nn.yaml:80:7
%11334 = assign %148, %11333 : f32[24] @ models/lib/nn.yaml:80:7
%11335 = all_reduce_sum %5068 : f32[24,24] @ models/lib/nn.yaml:79:7
%11336 = reshape %11335 : f32[576] @ models/lib/nn.yaml:79:7
%11337 = mul %11336, %11336 : f32[576] @ models/lib/nn.yaml:79:7
%11338 = reduce_sum %11337 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11339 = sqrt %11338 : f32[] @ models/lib/nn.yaml:79:7
%11340 = cast %11339 : f64[] @ models/lib/nn.yaml:79:7
%11341 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11342 = add %11340, %11341 : f64[] @ models/lib/nn.yaml:79:7
%11343 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11344 = div %11343, %11342 : f64[] @ models/lib/nn.yaml:79:7
%11345 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11346 = lt %11344, %11345 : bool[] @ models/lib/nn.yaml:79:7
%11347 = cast %11344 : f32[] @ models/lib/nn.yaml:79:7
%11348 = broadcast %11347 : f32[24,24] @ models/lib/nn.yaml:79:7
%11349 = mul %11335, %11348 : f32[24,24] @ models/lib/nn.yaml:79:7
%11350 = broadcast %11346 : bool[24,24] @ models/lib/nn.yaml:79:7
%11351 = select %11350, %11349, %11335 : f32[24,24] @ models/lib/nn.yaml:79:7
%11352 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11353 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11354 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11355 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11356 = add %11354, %11355 : i64[] @ models/lib/nn.yaml:79:7
%11357 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%11358 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11359 = sub %11358, %11357 : f64[] @ models/lib/nn.yaml:79:7
%11360 = cast %11359 : f32[] @ models/lib/nn.yaml:79:7
%11361 = broadcast %11360 : f32[24,24] @ models/lib/nn.yaml:79:7
%11362 = mul %71, %11361 : f32[24,24] @ models/lib/nn.yaml:79:7
%11363 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11364 = cast %11363 : f32[] @ models/lib/nn.yaml:79:7
%11365 = broadcast %11364 : f32[24,24] @ models/lib/nn.yaml:79:7
%11366 = mul %11351, %11365 : f32[24,24] @ models/lib/nn.yaml:79:7
%11367 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11368 = cast %11367 : f32[] @ models/lib/nn.yaml:79:7
%11369 = broadcast %11368 : f32[24,24] @ models/lib/nn.yaml:79:7
%11370 = mul %11352, %11369 : f32[24,24] @ models/lib/nn.yaml:79:7
%11371 = add %11370, %11366 : f32[24,24] @ models/lib/nn.yaml:79:7
%11372 = mul %11351, %11351 : f32[24,24] @ models/lib/nn.yaml:79:7
%11373 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11374 = cast %11373 : f32[] @ models/lib/nn.yaml:79:7
%11375 = broadcast %11374 : f32[24,24] @ models/lib/nn.yaml:79:7
%11376 = mul %11372, %11375 : f32[24,24] @ models/lib/nn.yaml:79:7
%11377 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11378 = cast %11377 : f32[] @ models/lib/nn.yaml:79:7
%11379 = broadcast %11378 : f32[24,24] @ models/lib/nn.yaml:79:7
%11380 = mul %11353, %11379 : f32[24,24] @ models/lib/nn.yaml:79:7
%11381 = add %11380, %11376 : f32[24,24] @ models/lib/nn.yaml:79:7
%11382 = cast %11356 : f64[] @ models/lib/nn.yaml:79:7
%11383 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11384 = pow %11383, %11382 : f64[] @ models/lib/nn.yaml:79:7
%11385 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11386 = sub %11385, %11384 : f64[] @ models/lib/nn.yaml:79:7
%11387 = div %3776, %11386 : f64[] @ models/lib/nn.yaml:79:7
%11388 = cast %11356 : f64[] @ models/lib/nn.yaml:79:7
%11389 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11390 = pow %11389, %11388 : f64[] @ models/lib/nn.yaml:79:7
%11391 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11392 = sub %11391, %11390 : f64[] @ models/lib/nn.yaml:79:7
%11393 = sqrt %11392 : f64[] @ models/lib/nn.yaml:79:7
%11394 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11395 = div %11394, %11393 : f64[] @ models/lib/nn.yaml:79:7
%11396 = sqrt %11381 : f32[24,24] @ models/lib/nn.yaml:79:7
%11397 = cast %11395 : f32[] @ models/lib/nn.yaml:79:7
%11398 = broadcast %11397 : f32[24,24] @ models/lib/nn.yaml:79:7
%11399 = mul %11396, %11398 : f32[24,24] @ models/lib/nn.yaml:79:7
%11400 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11401 = cast %11400 : f32[] @ models/lib/nn.yaml:79:7
%11402 = broadcast %11401 : f32[24,24] @ models/lib/nn.yaml:79:7
%11403 = add %11399, %11402 : f32[24,24] @ models/lib/nn.yaml:79:7
%11404 = div %11371, %11403 : f32[24,24] @ models/lib/nn.yaml:79:7
%11405 = cast %11387 : f32[] @ models/lib/nn.yaml:79:7
%11406 = broadcast %11405 : f32[24,24] @ models/lib/nn.yaml:79:7
%11407 = mul %11404, %11406 : f32[24,24] @ models/lib/nn.yaml:79:7
%11408 = sub %11362, %11407 : f32[24,24] @ models/lib/nn.yaml:79:7
%11409 = assign %71, %11408 : f32[24,24] @ models/lib/nn.yaml:79:7
%11410 = assign %11352, %11371 : f32[24,24] @ models/lib/nn.yaml:79:7
%11411 = assign %11353, %11381 : f32[24,24] @ models/lib/nn.yaml:79:7
%11412 = assign %11354, %11356 : i64[] @ models/lib/nn.yaml:79:7
%11413 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%11414 = broadcast %11413 : f32[24,24] @ models/lib/nn.yaml:79:7
%11415 = mul %149, %11414 : f32[24,24] @ models/lib/nn.yaml:79:7
%11416 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11417 = sub %11416, %3778 : f64[] @ models/lib/nn.yaml:79:7
%11418 = cast %11417 : f32[] @ models/lib/nn.yaml:79:7
%11419 = broadcast %11418 : f32[24,24] @ models/lib/nn.yaml:79:7
%11420 = mul %11408, %11419 : f32[24,24] @ models/lib/nn.yaml:79:7
%11421 = add %11415, %11420 : f32[24,24] @ models/lib/nn.yaml:79:7
%11422 = assign %149, %11421 : f32[24,24] @ models/lib/nn.yaml:79:7
%11423 = all_reduce_sum %5060 : f32[24] @ models/lib/nn.yaml:80:7
%11424 = reshape %11423 : f32[24] @ models/lib/nn.yaml:80:7
%11425 = mul %11424, %11424 : f32[24] @ models/lib/nn.yaml:80:7
%11426 = reduce_sum %11425 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11427 = sqrt %11426 : f32[] @ models/lib/nn.yaml:80:7
%11428 = cast %11427 : f64[] @ models/lib/nn.yaml:80:7
%11429 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11430 = add %11428, %11429 : f64[] @ models/lib/nn.yaml:80:7
%11431 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11432 = div %11431, %11430 : f64[] @ models/lib/nn.yaml:80:7
%11433 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11434 = lt %11432, %11433 : bool[] @ models/lib/nn.yaml:80:7
%11435 = cast %11432 : f32[] @ models/lib/nn.yaml:80:7
%11436 = broadcast %11435 : f32[24] @ models/lib/nn.yaml:80:7
%11437 = mul %11423, %11436 : f32[24] @ models/lib/nn.yaml:80:7
%11438 = broadcast %11434 : bool[24] @ models/lib/nn.yaml:80:7
%11439 = select %11438, %11437, %11423 : f32[24] @ models/lib/nn.yaml:80:7
%11440 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11441 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11442 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11443 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11444 = add %11442, %11443 : i64[] @ models/lib/nn.yaml:80:7
%11445 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11446 = cast %11445 : f32[] @ models/lib/nn.yaml:80:7
%11447 = broadcast %11446 : f32[24] @ models/lib/nn.yaml:80:7
%11448 = mul %11439, %11447 : f32[24] @ models/lib/nn.yaml:80:7
%11449 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11450 = cast %11449 : f32[] @ models/lib/nn.yaml:80:7
%11451 = broadcast %11450 : f32[24] @ models/lib/nn.yaml:80:7
%11452 = mul %11440, %11451 : f32[24] @ models/lib/nn.yaml:80:7
%11453 = add %11452, %11448 : f32[24] @ models/lib/nn.yaml:80:7
%11454 = mul %11439, %11439 : f32[24] @ models/lib/nn.yaml:80:7
%11455 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11456 = cast %11455 : f32[] @ models/lib/nn.yaml:80:7
%11457 = broadcast %11456 : f32[24] @ models/lib/nn.yaml:80:7
%11458 = mul %11454, %11457 : f32[24] @ models/lib/nn.yaml:80:7
%11459 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11460 = cast %11459 : f32[] @ models/lib/nn.yaml:80:7
%11461 = broadcast %11460 : f32[24] @ models/lib/nn.yaml:80:7
%11462 = mul %11441, %11461 : f32[24] @ models/lib/nn.yaml:80:7
%11463 = add %11462, %11458 : f32[24] @ models/lib/nn.yaml:80:7
%11464 = cast %11444 : f64[] @ models/lib/nn.yaml:80:7
%11465 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11466 = pow %11465, %11464 : f64[] @ models/lib/nn.yaml:80:7
%11467 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11468 = sub %11467, %11466 : f64[] @ models/lib/nn.yaml:80:7
%11469 = div %3776, %11468 : f64[] @ models/lib/nn.yaml:80:7
%11470 = cast %11444 : f64[] @ models/lib/nn.yaml:80:7
%11471 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11472 = pow %11471, %11470 : f64[] @ models/lib/nn.yaml:80:7
%11473 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11474 = sub %11473, %11472 : f64[] @ models/lib/nn.yaml:80:7
%11475 = sqrt %11474 : f64[] @ models/lib/nn.yaml:80:7
%11476 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11477 = div %11476, %11475 : f64[] @ models/lib/nn.yaml:80:7
%11478 = sqrt %11463 : f32[24] @ models/lib/nn.yaml:80:7
%11479 = cast %11477 : f32[] @ models/lib/nn.yaml:80:7
%11480 = broadcast %11479 : f32[24] @ models/lib/nn.yaml:80:7
%11481 = mul %11478, %11480 : f32[24] @ models/lib/nn.yaml:80:7
%11482 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11483 = cast %11482 : f32[] @ models/lib/nn.yaml:80:7
%11484 = broadcast %11483 : f32[24] @ models/lib/nn.yaml:80:7
%11485 = add %11481, %11484 : f32[24] @ models/lib/nn.yaml:80:7
%11486 = div %11453, %11485 : f32[24] @ models/lib/nn.yaml:80:7
%11487 = cast %11469 : f32[] @ models/lib/nn.yaml:80:7
%11488 = broadcast %11487 : f32[24] @ models/lib/nn.yaml:80:7
%11489 = mul %11486, %11488 : f32[24] @ models/lib/nn.yaml:80:7
%11490 = sub %72, %11489 : f32[24] @ models/lib/nn.yaml:80:7
%11491 = assign %72, %11490 : f32[24] @ models/lib/nn.yaml:80:7
%11492 = assign %11440, %11453 : f32[24] @ models/lib/nn.yaml:80:7
%11493 = assign %11441, %11463 : f32[24] @ models/lib/nn.yaml:80:7
%11494 = assign %11442, %11444 : i64[] @ models/lib/nn.yaml:80:7
%11495 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%11496 = broadcast %11495 : f32[24] @ models/lib/nn.yaml:80:7
%11497 = mul %150, %11496 : f32[24] @ models/lib/nn.yaml:80:7
%11498 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11499 = sub %11498, %3778 : f64[] @ models/lib/nn.yaml:80:7
%11500 = cast %11499 : f32[] @ models/lib/nn.yaml:80:7
%11501 = broadcast %11500 : f32[24] @ models/lib/nn.yaml:80:7
%11502 = mul %11490, %11501 : f32[24] @ models/lib/nn.yaml:80:7
%11503 = add %11497, %11502 : f32[24] @ models/lib/nn.yaml:80:7
%11504 = assign %150, %11503 : f32[24] @ models/lib/nn.yaml:80:7
%11505 = all_reduce_sum %5043 : f32[8,24] @ models/lib/nn.yaml:79:7
%11506 = reshape %11505 : f32[192] @ models/lib/nn.yaml:79:7
%11507 = mul %11506, %11506 : f32[192] @ models/lib/nn.yaml:79:7
%11508 = reduce_sum %11507 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11509 = sqrt %11508 : f32[] @ models/lib/nn.yaml:79:7
%11510 = cast %11509 : f64[] @ models/lib/nn.yaml:79:7
%11511 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11512 = add %11510, %11511 : f64[] @ models/lib/nn.yaml:79:7
%11513 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11514 = div %11513, %11512 : f64[] @ models/lib/nn.yaml:79:7
%11515 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11516 = lt %11514, %11515 : bool[] @ models/lib/nn.yaml:79:7
%11517 = cast %11514 : f32[] @ models/lib/nn.yaml:79:7
%11518 = broadcast %11517 : f32[8,24] @ models/lib/nn.yaml:79:7
%11519 = mul %11505, %11518 : f32[8,24] @ models/lib/nn.yaml:79:7
%11520 = broadcast %11516 : bool[8,24] @ models/lib/nn.yaml:79:7
%11521 = select %11520, %11519, %11505 : f32[8,24] @ models/lib/nn.yaml:79:7
%11522 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11523 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%11524 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11525 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11526 = add %11524, %11525 : i64[] @ models/lib/nn.yaml:79:7
%11527 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%11528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11529 = sub %11528, %11527 : f64[] @ models/lib/nn.yaml:79:7
%11530 = cast %11529 : f32[] @ models/lib/nn.yaml:79:7
%11531 = broadcast %11530 : f32[8,24] @ models/lib/nn.yaml:79:7
%11532 = mul %73, %11531 : f32[8,24] @ models/lib/nn.yaml:79:7
%11533 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11534 = cast %11533 : f32[] @ models/lib/nn.yaml:79:7
%11535 = broadcast %11534 : f32[8,24] @ models/lib/nn.yaml:79:7
%11536 = mul %11521, %11535 : f32[8,24] @ models/lib/nn.yaml:79:7
%11537 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11538 = cast %11537 : f32[] @ models/lib/nn.yaml:79:7
%11539 = broadcast %11538 : f32[8,24] @ models/lib/nn.yaml:79:7
%11540 = mul %11522, %11539 : f32[8,24] @ models/lib/nn.yaml:79:7
%11541 = add %11540, %11536 : f32[8,24] @ models/lib/nn.yaml:79:7
%11542 = mul %11521, %11521 : f32[8,24] @ models/lib/nn.yaml:79:7
%11543 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11544 = cast %11543 : f32[] @ models/lib/nn.yaml:79:7
%11545 = broadcast %11544 : f32[8,24] @ models/lib/nn.yaml:79:7
%11546 = mul %11542, %11545 : f32[8,24] @ models/lib/nn.yaml:79:7
%11547 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11548 = cast %11547 : f32[] @ models/lib/nn.yaml:79:7
%11549 = broadcast %11548 : f32[8,24] @ models/lib/nn.yaml:79:7
%11550 = mul %11523, %11549 : f32[8,24] @ models/lib/nn.yaml:79:7
%11551 = add %11550, %11546 : f32[8,24] @ models/lib/nn.yaml:79:7
%11552 = cast %11526 : f64[] @ models/lib/nn.yaml:79:7
%11553 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11554 = pow %11553, %11552 : f64[] @ models/lib/nn.yaml:79:7
%11555 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11556 = sub %11555, %11554 : f64[] @ models/lib/nn.yaml:79:7
%11557 = div %3776, %11556 : f64[] @ models/lib/nn.yaml:79:7
%11558 = cast %11526 : f64[] @ models/lib/nn.yaml:79:7
%11559 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11560 = pow %11559, %11558 : f64[] @ models/lib/nn.yaml:79:7
%11561 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11562 = sub %11561, %11560 : f64[] @ models/lib/nn.yaml:79:7
%11563 = sqrt %11562 : f64[] @ models/lib/nn.yaml:79:7
%11564 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11565 = div %11564, %11563 : f64[] @ models/lib/nn.yaml:79:7
%11566 = sqrt %11551 : f32[8,24] @ models/lib/nn.yaml:79:7
%11567 = cast %11565 : f32[] @ models/lib/nn.yaml:79:7
%11568 = broadcast %11567 : f32[8,24] @ models/lib/nn.yaml:79:7
%11569 = mul %11566, %11568 : f32[8,24] @ models/lib/nn.yaml:79:7
%11570 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11571 = cast %11570 : f32[] @ models/lib/nn.yaml:79:7
%11572 = broadcast %11571 : f32[8,24] @ models/lib/nn.yaml:79:7
%11573 = add %11569, %11572 : f32[8,24] @ models/lib/nn.yaml:79:7
%11574 = div %11541, %11573 : f32[8,24] @ models/lib/nn.yaml:79:7
%11575 = cast %11557 : f32[] @ models/lib/nn.yaml:79:7
%11576 = broadcast %11575 : f32[8,24] @ models/lib/nn.yaml:79:7
%11577 = mul %11574, %11576 : f32[8,24] @ models/lib/nn.yaml:79:7
%11578 = sub %11532, %11577 : f32[8,24] @ models/lib/nn.yaml:79:7
%11579 = assign %73, %11578 : f32[8,24] @ models/lib/nn.yaml:79:7
%11580 = assign %11522, %11541 : f32[8,24] @ models/lib/nn.yaml:79:7
%11581 = assign %11523, %11551 : f32[8,24] @ models/lib/nn.yaml:79:7
%11582 = assign %11524, %11526 : i64[] @ models/lib/nn.yaml:79:7
%11583 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%11584 = broadcast %11583 : f32[8,24] @ models/lib/nn.yaml:79:7
%11585 = mul %151, %11584 : f32[8,24] @ models/lib/nn.yaml:79:7
%11586 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11587 = sub %11586, %3778 : f64[] @ models/lib/nn.yaml:79:7
%11588 = cast %11587 : f32[] @ models/lib/nn.yaml:79:7
%11589 = broadcast %11588 : f32[8,24] @ models/lib/nn.yaml:79:7
%11590 = mul %11578, %11589 : f32[8,24] @ models/lib/nn.yaml:79:7
%11591 = add %11585, %11590 : f32[8,24] @ models/lib/nn.yaml:79:7
%11592 = assign %151, %11591 : f32[8,24] @ models/lib/nn.yaml:79:7
%11593 = all_reduce_sum %5035 : f32[8] @ models/lib/nn.yaml:80:7
%11594 = reshape %11593 : f32[8] @ models/lib/nn.yaml:80:7
%11595 = mul %11594, %11594 : f32[8] @ models/lib/nn.yaml:80:7
%11596 = reduce_sum %11595 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11597 = sqrt %11596 : f32[] @ models/lib/nn.yaml:80:7
%11598 = cast %11597 : f64[] @ models/lib/nn.yaml:80:7
%11599 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11600 = add %11598, %11599 : f64[] @ models/lib/nn.yaml:80:7
%11601 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11602 = div %11601, %11600 : f64[] @ models/lib/nn.yaml:80:7
%11603 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11604 = lt %11602, %11603 : bool[] @ models/lib/nn.yaml:80:7
%11605 = cast %11602 : f32[] @ models/lib/nn.yaml:80:7
%11606 = broadcast %11605 : f32[8] @ models/lib/nn.yaml:80:7
%11607 = mul %11593, %11606 : f32[8] @ models/lib/nn.yaml:80:7
%11608 = broadcast %11604 : bool[8] @ models/lib/nn.yaml:80:7
%11609 = select %11608, %11607, %11593 : f32[8] @ models/lib/nn.yaml:80:7
%11610 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11611 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%11612 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11613 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11614 = add %11612, %11613 : i64[] @ models/lib/nn.yaml:80:7
%11615 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11616 = cast %11615 : f32[] @ models/lib/nn.yaml:80:7
%11617 = broadcast %11616 : f32[8] @ models/lib/nn.yaml:80:7
%11618 = mul %11609, %11617 : f32[8] @ models/lib/nn.yaml:80:7
%11619 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11620 = cast %11619 : f32[] @ models/lib/nn.yaml:80:7
%11621 = broadcast %11620 : f32[8] @ models/lib/nn.yaml:80:7
%11622 = mul %11610, %11621 : f32[8] @ models/lib/nn.yaml:80:7
%11623 = add %11622, %11618 : f32[8] @ models/lib/nn.yaml:80:7
%11624 = mul %11609, %11609 : f32[8] @ models/lib/nn.yaml:80:7
%11625 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11626 = cast %11625 : f32[] @ models/lib/nn.yaml:80:7
%11627 = broadcast %11626 : f32[8] @ models/lib/nn.yaml:80:7
%11628 = mul %11624, %11627 : f32[8] @ models/lib/nn.yaml:80:7
%11629 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11630 = cast %11629 : f32[] @ models/lib/nn.yaml:80:7
%11631 = broadcast %11630 : f32[8] @ models/lib/nn.yaml:80:7
%11632 = mul %11611, %11631 : f32[8] @ models/lib/nn.yaml:80:7
%11633 = add %11632, %11628 : f32[8] @ models/lib/nn.yaml:80:7
%11634 = cast %11614 : f64[] @ models/lib/nn.yaml:80:7
%11635 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11636 = pow %11635, %11634 : f64[] @ models/lib/nn.yaml:80:7
%11637 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11638 = sub %11637, %11636 : f64[] @ models/lib/nn.yaml:80:7
%11639 = div %3776, %11638 : f64[] @ models/lib/nn.yaml:80:7
%11640 = cast %11614 : f64[] @ models/lib/nn.yaml:80:7
%11641 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11642 = pow %11641, %11640 : f64[] @ models/lib/nn.yaml:80:7
%11643 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11644 = sub %11643, %11642 : f64[] @ models/lib/nn.yaml:80:7
%11645 = sqrt %11644 : f64[] @ models/lib/nn.yaml:80:7
%11646 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11647 = div %11646, %11645 : f64[] @ models/lib/nn.yaml:80:7
%11648 = sqrt %11633 : f32[8] @ models/lib/nn.yaml:80:7
%11649 = cast %11647 : f32[] @ models/lib/nn.yaml:80:7
%11650 = broadcast %11649 : f32[8] @ models/lib/nn.yaml:80:7
%11651 = mul %11648, %11650 : f32[8] @ models/lib/nn.yaml:80:7
%11652 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11653 = cast %11652 : f32[] @ models/lib/nn.yaml:80:7
%11654 = broadcast %11653 : f32[8] @ models/lib/nn.yaml:80:7
%11655 = add %11651, %11654 : f32[8] @ models/lib/nn.yaml:80:7
%11656 = div %11623, %11655 : f32[8] @ models/lib/nn.yaml:80:7
%11657 = cast %11639 : f32[] @ models/lib/nn.yaml:80:7
%11658 = broadcast %11657 : f32[8] @ models/lib/nn.yaml:80:7
%11659 = mul %11656, %11658 : f32[8] @ models/lib/nn.yaml:80:7
%11660 = sub %74, %11659 : f32[8] @ models/lib/nn.yaml:80:7
%11661 = assign %74, %11660 : f32[8] @ models/lib/nn.yaml:80:7
%11662 = assign %11610, %11623 : f32[8] @ models/lib/nn.yaml:80:7
%11663 = assign %11611, %11633 : f32[8] @ models/lib/nn.yaml:80:7
%11664 = assign %11612, %11614 : i64[] @ models/lib/nn.yaml:80:7
%11665 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%11666 = broadcast %11665 : f32[8] @ models/lib/nn.yaml:80:7
%11667 = mul %152, %11666 : f32[8] @ models/lib/nn.yaml:80:7
%11668 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11669 = sub %11668, %3778 : f64[] @ models/lib/nn.yaml:80:7
%11670 = cast %11669 : f32[] @ models/lib/nn.yaml:80:7
%11671 = broadcast %11670 : f32[8] @ models/lib/nn.yaml:80:7
%11672 = mul %11660, %11671 : f32[8] @ models/lib/nn.yaml:80:7
%11673 = add %11667, %11672 : f32[8] @ models/lib/nn.yaml:80:7
%11674 = assign %152, %11673 : f32[8] @ models/lib/nn.yaml:80:7
%11675 = cast %3778 : f32[] @ models/lib/dino.yaml:18:7
%11676 = broadcast %11675 : f32[32,1] @ models/lib/dino.yaml:18:7
%11677 = mul %153, %11676 : f32[32,1] @ models/lib/dino.yaml:18:7
%11678 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%11679 = sub %11678, %3778 : f64[] @ models/lib/dino.yaml:18:7
%11680 = cast %11679 : f32[] @ models/lib/dino.yaml:18:7
%11681 = broadcast %11680 : f32[32,1] @ models/lib/dino.yaml:18:7
%11682 = mul %75, %11681 : f32[32,1] @ models/lib/dino.yaml:18:7
%11683 = add %11677, %11682 : f32[32,1] @ models/lib/dino.yaml:18:7
%11684 = assign %153, %11683 : f32[32,1] @ models/lib/dino.yaml:18:7
%11685 = all_reduce_sum %5009 : f32[32,8] @ models/lib/dino.yaml:19:7
%11686 = reshape %11685 : f32[256] @ models/lib/dino.yaml:19:7
%11687 = mul %11686, %11686 : f32[256] @ models/lib/dino.yaml:19:7
%11688 = reduce_sum %11687 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%11689 = sqrt %11688 : f32[] @ models/lib/dino.yaml:19:7
%11690 = cast %11689 : f64[] @ models/lib/dino.yaml:19:7
%11691 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%11692 = add %11690, %11691 : f64[] @ models/lib/dino.yaml:19:7
%11693 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%11694 = div %11693, %11692 : f64[] @ models/lib/dino.yaml:19:7
%11695 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11696 = lt %11694, %11695 : bool[] @ models/lib/dino.yaml:19:7
%11697 = cast %11694 : f32[] @ models/lib/dino.yaml:19:7
%11698 = broadcast %11697 : f32[32,8] @ models/lib/dino.yaml:19:7
%11699 = mul %11685, %11698 : f32[32,8] @ models/lib/dino.yaml:19:7
%11700 = broadcast %11696 : bool[32,8] @ models/lib/dino.yaml:19:7
%11701 = select %11700, %11699, %11685 : f32[32,8] @ models/lib/dino.yaml:19:7
%11702 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%11703 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%11704 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%11705 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11706 = add %11704, %11705 : i64[] @ models/lib/dino.yaml:19:7
%11707 = mul %3776, %3777 : f64[] @ models/lib/dino.yaml:19:7
%11708 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11709 = sub %11708, %11707 : f64[] @ models/lib/dino.yaml:19:7
%11710 = cast %11709 : f32[] @ models/lib/dino.yaml:19:7
%11711 = broadcast %11710 : f32[32,8] @ models/lib/dino.yaml:19:7
%11712 = mul %76, %11711 : f32[32,8] @ models/lib/dino.yaml:19:7
%11713 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%11714 = cast %11713 : f32[] @ models/lib/dino.yaml:19:7
%11715 = broadcast %11714 : f32[32,8] @ models/lib/dino.yaml:19:7
%11716 = mul %11701, %11715 : f32[32,8] @ models/lib/dino.yaml:19:7
%11717 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11718 = cast %11717 : f32[] @ models/lib/dino.yaml:19:7
%11719 = broadcast %11718 : f32[32,8] @ models/lib/dino.yaml:19:7
%11720 = mul %11702, %11719 : f32[32,8] @ models/lib/dino.yaml:19:7
%11721 = add %11720, %11716 : f32[32,8] @ models/lib/dino.yaml:19:7
%11722 = mul %11701, %11701 : f32[32,8] @ models/lib/dino.yaml:19:7
%11723 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%11724 = cast %11723 : f32[] @ models/lib/dino.yaml:19:7
%11725 = broadcast %11724 : f32[32,8] @ models/lib/dino.yaml:19:7
%11726 = mul %11722, %11725 : f32[32,8] @ models/lib/dino.yaml:19:7
%11727 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11728 = cast %11727 : f32[] @ models/lib/dino.yaml:19:7
%11729 = broadcast %11728 : f32[32,8] @ models/lib/dino.yaml:19:7
%11730 = mul %11703, %11729 : f32[32,8] @ models/lib/dino.yaml:19:7
%11731 = add %11730, %11726 : f32[32,8] @ models/lib/dino.yaml:19:7
%11732 = cast %11706 : f64[] @ models/lib/dino.yaml:19:7
%11733 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%11734 = pow %11733, %11732 : f64[] @ models/lib/dino.yaml:19:7
%11735 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11736 = sub %11735, %11734 : f64[] @ models/lib/dino.yaml:19:7
%11737 = div %3776, %11736 : f64[] @ models/lib/dino.yaml:19:7
%11738 = cast %11706 : f64[] @ models/lib/dino.yaml:19:7
%11739 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%11740 = pow %11739, %11738 : f64[] @ models/lib/dino.yaml:19:7
%11741 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11742 = sub %11741, %11740 : f64[] @ models/lib/dino.yaml:19:7
%11743 = sqrt %11742 : f64[] @ models/lib/dino.yaml:19:7
%11744 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11745 = div %11744, %11743 : f64[] @ models/lib/dino.yaml:19:7
%11746 = sqrt %11731 : f32[32,8] @ models/lib/dino.yaml:19:7
%11747 = cast %11745 : f32[] @ models/lib/dino.yaml:19:7
%11748 = broadcast %11747 : f32[32,8] @ models/lib/dino.yaml:19:7
%11749 = mul %11746, %11748 : f32[32,8] @ models/lib/dino.yaml:19:7
%11750 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%11751 = cast %11750 : f32[] @ models/lib/dino.yaml:19:7
%11752 = broadcast %11751 : f32[32,8] @ models/lib/dino.yaml:19:7
%11753 = add %11749, %11752 : f32[32,8] @ models/lib/dino.yaml:19:7
%11754 = div %11721, %11753 : f32[32,8] @ models/lib/dino.yaml:19:7
%11755 = cast %11737 : f32[] @ models/lib/dino.yaml:19:7
%11756 = broadcast %11755 : f32[32,8] @ models/lib/dino.yaml:19:7
%11757 = mul %11754, %11756 : f32[32,8] @ models/lib/dino.yaml:19:7
%11758 = sub %11712, %11757 : f32[32,8] @ models/lib/dino.yaml:19:7
%11759 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%11760 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%11761 = lt %11760, %11759 : bool[] @ models/lib/dino.yaml:19:7
%11762 = broadcast %11761 : bool[32,8] @ models/lib/dino.yaml:19:7
%11763 = select %11762, %76, %11758 : f32[32,8] @ models/lib/dino.yaml:19:7
%11764 = broadcast %11761 : bool[32,8] @ models/lib/dino.yaml:19:7
%11765 = select %11764, %11702, %11721 : f32[32,8] @ models/lib/dino.yaml:19:7
%11766 = broadcast %11761 : bool[32,8] @ models/lib/dino.yaml:19:7
%11767 = select %11766, %11703, %11731 : f32[32,8] @ models/lib/dino.yaml:19:7
%11768 = select %11761, %11704, %11706 : i64[] @ models/lib/dino.yaml:19:7
%11769 = assign %76, %11763 : f32[32,8] @ models/lib/dino.yaml:19:7
%11770 = assign %11702, %11765 : f32[32,8] @ models/lib/dino.yaml:19:7
%11771 = assign %11703, %11767 : f32[32,8] @ models/lib/dino.yaml:19:7
%11772 = assign %11704, %11768 : i64[] @ models/lib/dino.yaml:19:7
%11773 = cast %3778 : f32[] @ models/lib/dino.yaml:19:7
%11774 = broadcast %11773 : f32[32,8] @ models/lib/dino.yaml:19:7
%11775 = mul %154, %11774 : f32[32,8] @ models/lib/dino.yaml:19:7
%11776 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%11777 = sub %11776, %3778 : f64[] @ models/lib/dino.yaml:19:7
%11778 = cast %11777 : f32[] @ models/lib/dino.yaml:19:7
%11779 = broadcast %11778 : f32[32,8] @ models/lib/dino.yaml:19:7
%11780 = mul %11763, %11779 : f32[32,8] @ models/lib/dino.yaml:19:7
%11781 = add %11775, %11780 : f32[32,8] @ models/lib/dino.yaml:19:7
%11782 = assign %154, %11781 : f32[32,8] @ models/lib/dino.yaml:19:7
%11783 = all_reduce_sum %4986 : f32[24,16] @ models/lib/nn.yaml:79:7
%11784 = reshape %11783 : f32[384] @ models/lib/nn.yaml:79:7
%11785 = mul %11784, %11784 : f32[384] @ models/lib/nn.yaml:79:7
%11786 = reduce_sum %11785 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11787 = sqrt %11786 : f32[] @ models/lib/nn.yaml:79:7
%11788 = cast %11787 : f64[] @ models/lib/nn.yaml:79:7
%11789 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11790 = add %11788, %11789 : f64[] @ models/lib/nn.yaml:79:7
%11791 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11792 = div %11791, %11790 : f64[] @ models/lib/nn.yaml:79:7
%11793 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11794 = lt %11792, %11793 : bool[] @ models/lib/nn.yaml:79:7
%11795 = cast %11792 : f32[] @ models/lib/nn.yaml:79:7
%11796 = broadcast %11795 : f32[24,16] @ models/lib/nn.yaml:79:7
%11797 = mul %11783, %11796 : f32[24,16] @ models/lib/nn.yaml:79:7
%11798 = broadcast %11794 : bool[24,16] @ models/lib/nn.yaml:79:7
%11799 = select %11798, %11797, %11783 : f32[24,16] @ models/lib/nn.yaml:79:7
%11800 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11801 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%11802 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11803 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11804 = add %11802, %11803 : i64[] @ models/lib/nn.yaml:79:7
%11805 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%11806 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11807 = sub %11806, %11805 : f64[] @ models/lib/nn.yaml:79:7
%11808 = cast %11807 : f32[] @ models/lib/nn.yaml:79:7
%11809 = broadcast %11808 : f32[24,16] @ models/lib/nn.yaml:79:7
%11810 = mul %77, %11809 : f32[24,16] @ models/lib/nn.yaml:79:7
%11811 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11812 = cast %11811 : f32[] @ models/lib/nn.yaml:79:7
%11813 = broadcast %11812 : f32[24,16] @ models/lib/nn.yaml:79:7
%11814 = mul %11799, %11813 : f32[24,16] @ models/lib/nn.yaml:79:7
%11815 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11816 = cast %11815 : f32[] @ models/lib/nn.yaml:79:7
%11817 = broadcast %11816 : f32[24,16] @ models/lib/nn.yaml:79:7
%11818 = mul %11800, %11817 : f32[24,16] @ models/lib/nn.yaml:79:7
%11819 = add %11818, %11814 : f32[24,16] @ models/lib/nn.yaml:79:7
%11820 = mul %11799, %11799 : f32[24,16] @ models/lib/nn.yaml:79:7
%11821 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11822 = cast %11821 : f32[] @ models/lib/nn.yaml:79:7
%11823 = broadcast %11822 : f32[24,16] @ models/lib/nn.yaml:79:7
%11824 = mul %11820, %11823 : f32[24,16] @ models/lib/nn.yaml:79:7
%11825 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11826 = cast %11825 : f32[] @ models/lib/nn.yaml:79:7
%11827 = broadcast %11826 : f32[24,16] @ models/lib/nn.yaml:79:7
%11828 = mul %11801, %11827 : f32[24,16] @ models/lib/nn.yaml:79:7
%11829 = add %11828, %11824 : f32[24,16] @ models/lib/nn.yaml:79:7
%11830 = cast %11804 : f64[] @ models/lib/nn.yaml:79:7
%11831 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11832 = pow %11831, %11830 : f64[] @ models/lib/nn.yaml:79:7
%11833 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11834 = sub %11833, %11832 : f64[] @ models/lib/nn.yaml:79:7
%11835 = div %3776, %11834 : f64[] @ models/lib/nn.yaml:79:7
%11836 = cast %11804 : f64[] @ models/lib/nn.yaml:79:7
%11837 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11838 = pow %11837, %11836 : f64[] @ models/lib/nn.yaml:79:7
%11839 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11840 = sub %11839, %11838 : f64[] @ models/lib/nn.yaml:79:7
%11841 = sqrt %11840 : f64[] @ models/lib/nn.yaml:79:7
%11842 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11843 = div %11842, %11841 : f64[] @ models/lib/nn.yaml:79:7
%11844 = sqrt %11829 : f32[24,16] @ models/lib/nn.yaml:79:7
%11845 = cast %11843 : f32[] @ models/lib/nn.yaml:79:7
%11846 = broadcast %11845 : f32[24,16] @ models/lib/nn.yaml:79:7
%11847 = mul %11844, %11846 : f32[24,16] @ models/lib/nn.yaml:79:7
%11848 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%11849 = cast %11848 : f32[] @ models/lib/nn.yaml:79:7
%11850 = broadcast %11849 : f32[24,16] @ models/lib/nn.yaml:79:7
%11851 = add %11847, %11850 : f32[24,16] @ models/lib/nn.yaml:79:7
%11852 = div %11819, %11851 : f32[24,16] @ models/lib/nn.yaml:79:7
%11853 = cast %11835 : f32[] @ models/lib/nn.yaml:79:7
%11854 = broadcast %11853 : f32[24,16] @ models/lib/nn.yaml:79:7
%11855 = mul %11852, %11854 : f32[24,16] @ models/lib/nn.yaml:79:7
%11856 = sub %11810, %11855 : f32[24,16] @ models/lib/nn.yaml:79:7
%11857 = assign %77, %11856 : f32[24,16] @ models/lib/nn.yaml:79:7
%11858 = assign %11800, %11819 : f32[24,16] @ models/lib/nn.yaml:79:7
%11859 = assign %11801, %11829 : f32[24,16] @ models/lib/nn.yaml:79:7
%11860 = assign %11802, %11804 : i64[] @ models/lib/nn.yaml:79:7
%11861 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%11862 = broadcast %11861 : f32[24,16] @ models/lib/nn.yaml:79:7
%11863 = mul %155, %11862 : f32[24,16] @ models/lib/nn.yaml:79:7
%11864 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11865 = sub %11864, %3778 : f64[] @ models/lib/nn.yaml:79:7
%11866 = cast %11865 : f32[] @ models/lib/nn.yaml:79:7
%11867 = broadcast %11866 : f32[24,16] @ models/lib/nn.yaml:79:7
%11868 = mul %11856, %11867 : f32[24,16] @ models/lib/nn.yaml:79:7
%11869 = add %11863, %11868 : f32[24,16] @ models/lib/nn.yaml:79:7
%11870 = assign %155, %11869 : f32[24,16] @ models/lib/nn.yaml:79:7
%11871 = all_reduce_sum %4978 : f32[24] @ models/lib/nn.yaml:80:7
%11872 = reshape %11871 : f32[24] @ models/lib/nn.yaml:80:7
%11873 = mul %11872, %11872 : f32[24] @ models/lib/nn.yaml:80:7
%11874 = reduce_sum %11873 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%11875 = sqrt %11874 : f32[] @ models/lib/nn.yaml:80:7
%11876 = cast %11875 : f64[] @ models/lib/nn.yaml:80:7
%11877 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%11878 = add %11876, %11877 : f64[] @ models/lib/nn.yaml:80:7
%11879 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%11880 = div %11879, %11878 : f64[] @ models/lib/nn.yaml:80:7
%11881 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11882 = lt %11880, %11881 : bool[] @ models/lib/nn.yaml:80:7
%11883 = cast %11880 : f32[] @ models/lib/nn.yaml:80:7
%11884 = broadcast %11883 : f32[24] @ models/lib/nn.yaml:80:7
%11885 = mul %11871, %11884 : f32[24] @ models/lib/nn.yaml:80:7
%11886 = broadcast %11882 : bool[24] @ models/lib/nn.yaml:80:7
%11887 = select %11886, %11885, %11871 : f32[24] @ models/lib/nn.yaml:80:7
%11888 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11889 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%11890 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%11891 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%11892 = add %11890, %11891 : i64[] @ models/lib/nn.yaml:80:7
%11893 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%11894 = cast %11893 : f32[] @ models/lib/nn.yaml:80:7
%11895 = broadcast %11894 : f32[24] @ models/lib/nn.yaml:80:7
%11896 = mul %11887, %11895 : f32[24] @ models/lib/nn.yaml:80:7
%11897 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11898 = cast %11897 : f32[] @ models/lib/nn.yaml:80:7
%11899 = broadcast %11898 : f32[24] @ models/lib/nn.yaml:80:7
%11900 = mul %11888, %11899 : f32[24] @ models/lib/nn.yaml:80:7
%11901 = add %11900, %11896 : f32[24] @ models/lib/nn.yaml:80:7
%11902 = mul %11887, %11887 : f32[24] @ models/lib/nn.yaml:80:7
%11903 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%11904 = cast %11903 : f32[] @ models/lib/nn.yaml:80:7
%11905 = broadcast %11904 : f32[24] @ models/lib/nn.yaml:80:7
%11906 = mul %11902, %11905 : f32[24] @ models/lib/nn.yaml:80:7
%11907 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11908 = cast %11907 : f32[] @ models/lib/nn.yaml:80:7
%11909 = broadcast %11908 : f32[24] @ models/lib/nn.yaml:80:7
%11910 = mul %11889, %11909 : f32[24] @ models/lib/nn.yaml:80:7
%11911 = add %11910, %11906 : f32[24] @ models/lib/nn.yaml:80:7
%11912 = cast %11892 : f64[] @ models/lib/nn.yaml:80:7
%11913 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%11914 = pow %11913, %11912 : f64[] @ models/lib/nn.yaml:80:7
%11915 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11916 = sub %11915, %11914 : f64[] @ models/lib/nn.yaml:80:7
%11917 = div %3776, %11916 : f64[] @ models/lib/nn.yaml:80:7
%11918 = cast %11892 : f64[] @ models/lib/nn.yaml:80:7
%11919 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%11920 = pow %11919, %11918 : f64[] @ models/lib/nn.yaml:80:7
%11921 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11922 = sub %11921, %11920 : f64[] @ models/lib/nn.yaml:80:7
%11923 = sqrt %11922 : f64[] @ models/lib/nn.yaml:80:7
%11924 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11925 = div %11924, %11923 : f64[] @ models/lib/nn.yaml:80:7
%11926 = sqrt %11911 : f32[24] @ models/lib/nn.yaml:80:7
%11927 = cast %11925 : f32[] @ models/lib/nn.yaml:80:7
%11928 = broadcast %11927 : f32[24] @ models/lib/nn.yaml:80:7
%11929 = mul %11926, %11928 : f32[24] @ models/lib/nn.yaml:80:7
%11930 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%11931 = cast %11930 : f32[] @ models/lib/nn.yaml:80:7
%11932 = broadcast %11931 : f32[24] @ models/lib/nn.yaml:80:7
%11933 = add %11929, %11932 : f32[24] @ models/lib/nn.yaml:80:7
%11934 = div %11901, %11933 : f32[24] @ models/lib/nn.yaml:80:7
%11935 = cast %11917 : f32[] @ models/lib/nn.yaml:80:7
%11936 = broadcast %11935 : f32[24] @ models/lib/nn.yaml:80:7
%11937 = mul %11934, %11936 : f32[24] @ models/lib/nn.yaml:80:7
%11938 = sub %78, %11937 : f32[24] @ models/lib/nn.yaml:80:7
%11939 = assign %78, %11938 : f32[24] @ models/lib/nn.yaml:80:7
%11940 = assign %11888, %11901 : f32[24] @ models/lib/nn.yaml:80:7
%11941 = assign %11889, %11911 : f32[24] @ models/lib/nn.yaml:80:7
%11942 = assign %11890, %11892 : i64[] @ models/lib/nn.yaml:80:7
%11943 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%11944 = broadcast %11943 : f32[24] @ models/lib/nn.yaml:80:7
%11945 = mul %156, %11944 : f32[24] @ models/lib/nn.yaml:80:7
%11946 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%11947 = sub %11946, %3778 : f64[] @ models/lib/nn.yaml:80:7
%11948 = cast %11947 : f32[] @ models/lib/nn.yaml:80:7
%11949 = broadcast %11948 : f32[24] @ models/lib/nn.yaml:80:7
%11950 = mul %11938, %11949 : f32[24] @ models/lib/nn.yaml:80:7
%11951 = add %11945, %11950 : f32[24] @ models/lib/nn.yaml:80:7
%11952 = assign %156, %11951 : f32[24] @ models/lib/nn.yaml:80:7
%11953 = all_reduce_sum %4961 : f32[24,24] @ models/lib/nn.yaml:79:7
%11954 = reshape %11953 : f32[576] @ models/lib/nn.yaml:79:7
%11955 = mul %11954, %11954 : f32[576] @ models/lib/nn.yaml:79:7
%11956 = reduce_sum %11955 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%11957 = sqrt %11956 : f32[] @ models/lib/nn.yaml:79:7
%11958 = cast %11957 : f64[] @ models/lib/nn.yaml:79:7
%11959 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%11960 = add %11958, %11959 : f64[] @ models/lib/nn.yaml:79:7
%11961 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%11962 = div %11961, %11960 : f64[] @ models/lib/nn.yaml:79:7
%11963 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11964 = lt %11962, %11963 : bool[] @ models/lib/nn.yaml:79:7
%11965 = cast %11962 : f32[] @ models/lib/nn.yaml:79:7
%11966 = broadcast %11965 : f32[24,24] @ models/lib/nn.yaml:79:7
%11967 = mul %11953, %11966 : f32[24,24] @ models/lib/nn.yaml:79:7
%11968 = broadcast %11964 : bool[24,24] @ models/lib/nn.yaml:79:7
%11969 = select %11968, %11967, %11953 : f32[24,24] @ models/lib/nn.yaml:79:7
%11970 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11971 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%11972 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%11973 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%11974 = add %11972, %11973 : i64[] @ models/lib/nn.yaml:79:7
%11975 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%11976 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%11977 = sub %11976, %11975 : f64[] @ models/lib/nn.yaml:79:7
%11978 = cast %11977 : f32[] @ models/lib/nn.yaml:79:7
%11979 = broadcast %11978 : f32[24,24] @ models/lib/nn.yaml:79:7
%11980 = mul %79, %11979 : f32[24,24] @ models/lib/nn.yaml:79:7
%11981 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%11982 = cast %11981 : f32[] @ models/lib/nn.yaml:79:7
%11983 = broadcast %11982 : f32[24,24] @ models/lib/nn.yaml:79:7
%11984 = mul %11969, %11983 : f32[24,24] @ models/lib/nn.yaml:79:7
%11985 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%11986 = cast %11985 : f32[] @ models/lib/nn.yaml:79:7
%11987 = broadcast %11986 : f32[24,24] @ models/lib/nn.yaml:79:7
%11988 = mul %11970, %11987 : f32[24,24] @ models/lib/nn.yaml:79:7
%11989 = add %11988, %11984 : f32[24,24] @ models/lib/nn.yaml:79:7
%11990 = mul %11969, %11969 : f32[24,24] @ models/lib/nn.yaml:79:7
%11991 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%11992 = cast %11991 : f32[] @ models/lib/nn.yaml:79:7
%11993 = broadcast %11992 : f32[24,24] @ models/lib/nn.yaml:79:7
%11994 = mul %11990, %11993 : f32[24,24] @ models/lib/nn.yaml:79:7
%11995 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%11996 = cast %11995 : f32[] @ models/lib/nn.yaml:79:7
%11997 = broadcast %11996 : f32[24,24] @ models/lib/nn.yaml:79:7
%11998 = mul %11971, %11997 : f32[24,24] @ models/lib/nn.yaml:79:7
%11999 = add %11998, %11994 : f32[24,24] @ models/lib/nn.yaml:79:7
%12000 = cast %11974 : f64[] @ models/lib/nn.yaml:79:7
%12001 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12002 = pow %12001, %12000 : f64[] @ models/lib/nn.yaml:79:7
%12003 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12004 = sub %12003, %12002 : f64[] @ models/lib/nn.yaml:79:7
%12005 = div %3776, %12004 : f64[] @ models/lib/nn.yaml:79:7
%12006 = cast %11974 : f64[] @ models/lib/nn.yaml:79:7
%12007 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12008 = pow %12007, %12006 : f64[] @ models/lib/nn.yaml:79:7
%12009 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12010 = sub %12009, %12008 : f64[] @ models/lib/nn.yaml:79:7
%12011 = sqrt %12010 : f64[] @ models/lib/nn.yaml:79:7
%12012 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12013 = div %12012, %12011 : f64[] @ models/lib/nn.yaml:79:7
%12014 = sqrt %11999 : f32[24,24] @ models/lib/nn.yaml:79:7
%12015 = cast %12013 : f32[] @ models/lib/nn.yaml:79:7
%12016 = broadcast %12015 : f32[24,24] @ models/lib/nn.yaml:79:7
%12017 = mul %12014, %12016 : f32[24,24] @ models/lib/nn.yaml:79:7
%12018 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%12019 = cast %12018 : f32[] @ models/lib/nn.yaml:79:7
%12020 = broadcast %12019 : f32[24,24] @ models/lib/nn.yaml:79:7
%12021 = add %12017, %12020 : f32[24,24] @ models/lib/nn.yaml:79:7
%12022 = div %11989, %12021 : f32[24,24] @ models/lib/nn.yaml:79:7
%12023 = cast %12005 : f32[] @ models/lib/nn.yaml:79:7
%12024 = broadcast %12023 : f32[24,24] @ models/lib/nn.yaml:79:7
%12025 = mul %12022, %12024 : f32[24,24] @ models/lib/nn.yaml:79:7
%12026 = sub %11980, %12025 : f32[24,24] @ models/lib/nn.yaml:79:7
%12027 = assign %79, %12026 : f32[24,24] @ models/lib/nn.yaml:79:7
%12028 = assign %11970, %11989 : f32[24,24] @ models/lib/nn.yaml:79:7
%12029 = assign %11971, %11999 : f32[24,24] @ models/lib/nn.yaml:79:7
%12030 = assign %11972, %11974 : i64[] @ models/lib/nn.yaml:79:7
%12031 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%12032 = broadcast %12031 : f32[24,24] @ models/lib/nn.yaml:79:7
%12033 = mul %157, %12032 : f32[24,24] @ models/lib/nn.yaml:79:7
%12034 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12035 = sub %12034, %3778 : f64[] @ models/lib/nn.yaml:79:7
%12036 = cast %12035 : f32[] @ models/lib/nn.yaml:79:7
%12037 = broadcast %12036 : f32[24,24] @ models/lib/nn.yaml:79:7
%12038 = mul %12026, %12037 : f32[24,24] @ models/lib/nn.yaml:79:7
%12039 = add %12033, %12038 : f32[24,24] @ models/lib/nn.yaml:79:7
%12040 = assign %157, %12039 : f32[24,24] @ models/lib/nn.yaml:79:7
%12041 = all_reduce_sum %4953 : f32[24] @ models/lib/nn.yaml:80:7
%12042 = reshape %12041 : f32[24] @ models/lib/nn.yaml:80:7
%12043 = mul %12042, %12042 : f32[24] @ models/lib/nn.yaml:80:7
%12044 = reduce_sum %12043 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%12045 = sqrt %12044 : f32[] @ models/lib/nn.yaml:80:7
%12046 = cast %12045 : f64[] @ models/lib/nn.yaml:80:7
%12047 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%12048 = add %12046, %12047 : f64[] @ models/lib/nn.yaml:80:7
%12049 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%12050 = div %12049, %12048 : f64[] @ models/lib/nn.yaml:80:7
%12051 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12052 = lt %12050, %12051 : bool[] @ models/lib/nn.yaml:80:7
%12053 = cast %12050 : f32[] @ models/lib/nn.yaml:80:7
%12054 = broadcast %12053 : f32[24] @ models/lib/nn.yaml:80:7
%12055 = mul %12041, %12054 : f32[24] @ models/lib/nn.yaml:80:7
%12056 = broadcast %12052 : bool[24] @ models/lib/nn.yaml:80:7
%12057 = select %12056, %12055, %12041 : f32[24] @ models/lib/nn.yaml:80:7
%12058 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%12059 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%12060 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%12061 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%12062 = add %12060, %12061 : i64[] @ models/lib/nn.yaml:80:7
%12063 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%12064 = cast %12063 : f32[] @ models/lib/nn.yaml:80:7
%12065 = broadcast %12064 : f32[24] @ models/lib/nn.yaml:80:7
%12066 = mul %12057, %12065 : f32[24] @ models/lib/nn.yaml:80:7
%12067 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12068 = cast %12067 : f32[] @ models/lib/nn.yaml:80:7
%12069 = broadcast %12068 : f32[24] @ models/lib/nn.yaml:80:7
%12070 = mul %12058, %12069 : f32[24] @ models/lib/nn.yaml:80:7
%12071 = add %12070, %12066 : f32[24] @ models/lib/nn.yaml:80:7
%12072 = mul %12057, %12057 : f32[24] @ models/lib/nn.yaml:80:7
%12073 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%12074 = cast %12073 : f32[] @ models/lib/nn.yaml:80:7
%12075 = broadcast %12074 : f32[24] @ models/lib/nn.yaml:80:7
%12076 = mul %12072, %12075 : f32[24] @ models/lib/nn.yaml:80:7
%12077 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12078 = cast %12077 : f32[] @ models/lib/nn.yaml:80:7
%12079 = broadcast %12078 : f32[24] @ models/lib/nn.yaml:80:7
%12080 = mul %12059, %12079 : f32[24] @ models/lib/nn.yaml:80:7
%12081 = add %12080, %12076 : f32[24] @ models/lib/nn.yaml:80:7
%12082 = cast %12062 : f64[] @ models/lib/nn.yaml:80:7
%12083 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12084 = pow %12083, %12082 : f64[] @ models/lib/nn.yaml:80:7
%12085 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12086 = sub %12085, %12084 : f64[] @ models/lib/nn.yaml:80:7
%12087 = div %3776, %12086 : f64[] @ models/lib/nn.yaml:80:7
%12088 = cast %12062 : f64[] @ models/lib/nn.yaml:80:7
%12089 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12090 = pow %12089, %12088 : f64[] @ models/lib/nn.yaml:80:7
%12091 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12092 = sub %12091, %12090 : f64[] @ models/lib/nn.yaml:80:7
%12093 = sqrt %12092 : f64[] @ models/lib/nn.yaml:80:7
%12094 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12095 = div %12094, %12093 : f64[] @ models/lib/nn.yaml:80:7
%12096 = sqrt %12081 : f32[24] @ models/lib/nn.yaml:80:7
%12097 = cast %12095 : f32[] @ models/lib/nn.yaml:80:7
%12098 = broadcast %12097 : f32[24] @ models/lib/nn.yaml:80:7
%12099 = mul %12096, %12098 : f32[24] @ models/lib/nn.yaml:80:7
%12100 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%12101 = cast %12100 : f32[] @ models/lib/nn.yaml:80:7
%12102 = broadcast %12101 : f32[24] @ models/lib/nn.yaml:80:7
%12103 = add %12099, %12102 : f32[24] @ models/lib/nn.yaml:80:7
%12104 = div %12071, %12103 : f32[24] @ models/lib/nn.yaml:80:7
%12105 = cast %12087 : f32[] @ models/lib/nn.yaml:80:7
%12106 = broadcast %12105 : f32[24] @ models/lib/nn.yaml:80:7
%12107 = mul %12104, %12106 : f32[24] @ models/lib/nn.yaml:80:7
%12108 = sub %80, %12107 : f32[24] @ models/lib/nn.yaml:80:7
%12109 = assign %80, %12108 : f32[24] @ models/lib/nn.yaml:80:7
%12110 = assign %12058, %12071 : f32[24] @ models/lib/nn.yaml:80:7
%12111 = assign %12059, %12081 : f32[24] @ models/lib/nn.yaml:80:7
%12112 = assign %12060, %12062 : i64[] @ models/lib/nn.yaml:80:7
%12113 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%12114 = broadcast %12113 : f32[24] @ models/lib/nn.yaml:80:7
%12115 = mul %158, %12114 : f32[24] @ models/lib/nn.yaml:80:7
%12116 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12117 = sub %12116, %3778 : f64[] @ models/lib/nn.yaml:80:7
%12118 = cast %12117 : f32[] @ models/lib/nn.yaml:80:7
%12119 = broadcast %12118 : f32[24] @ models/lib/nn.yaml:80:7
%12120 = mul %12108, %12119 : f32[24] @ models/lib/nn.yaml:80:7
%12121 = add %12115, %12120 : f32[24] @ models/lib/nn.yaml:80:7
%12122 = assign %158, %12121 : f32[24] @ models/lib/nn.yaml:80:7
%12123 = all_reduce_sum %4936 : f32[8,24] @ models/lib/nn.yaml:79:7
%12124 = reshape %12123 : f32[192] @ models/lib/nn.yaml:79:7
%12125 = mul %12124, %12124 : f32[192] @ models/lib/nn.yaml:79:7
%12126 = reduce_sum %12125 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%12127 = sqrt %12126 : f32[] @ models/lib/nn.yaml:79:7
%12128 = cast %12127 : f64[] @ models/lib/nn.yaml:79:7
%12129 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:79:7
%12130 = add %12128, %12129 : f64[] @ models/lib/nn.yaml:79:7
%12131 = const data=[3] : f64[] @ models/lib/nn.yaml:79:7
%12132 = div %12131, %12130 : f64[] @ models/lib/nn.yaml:79:7
%12133 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12134 = lt %12132, %12133 : bool[] @ models/lib/nn.yaml:79:7
%12135 = cast %12132 : f32[] @ models/lib/nn.yaml:79:7
%12136 = broadcast %12135 : f32[8,24] @ models/lib/nn.yaml:79:7
%12137 = mul %12123, %12136 : f32[8,24] @ models/lib/nn.yaml:79:7
%12138 = broadcast %12134 : bool[8,24] @ models/lib/nn.yaml:79:7
%12139 = select %12138, %12137, %12123 : f32[8,24] @ models/lib/nn.yaml:79:7
%12140 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%12141 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%12142 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%12143 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%12144 = add %12142, %12143 : i64[] @ models/lib/nn.yaml:79:7
%12145 = mul %3776, %3777 : f64[] @ models/lib/nn.yaml:79:7
%12146 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12147 = sub %12146, %12145 : f64[] @ models/lib/nn.yaml:79:7
%12148 = cast %12147 : f32[] @ models/lib/nn.yaml:79:7
%12149 = broadcast %12148 : f32[8,24] @ models/lib/nn.yaml:79:7
%12150 = mul %81, %12149 : f32[8,24] @ models/lib/nn.yaml:79:7
%12151 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%12152 = cast %12151 : f32[] @ models/lib/nn.yaml:79:7
%12153 = broadcast %12152 : f32[8,24] @ models/lib/nn.yaml:79:7
%12154 = mul %12139, %12153 : f32[8,24] @ models/lib/nn.yaml:79:7
%12155 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12156 = cast %12155 : f32[] @ models/lib/nn.yaml:79:7
%12157 = broadcast %12156 : f32[8,24] @ models/lib/nn.yaml:79:7
%12158 = mul %12140, %12157 : f32[8,24] @ models/lib/nn.yaml:79:7
%12159 = add %12158, %12154 : f32[8,24] @ models/lib/nn.yaml:79:7
%12160 = mul %12139, %12139 : f32[8,24] @ models/lib/nn.yaml:79:7
%12161 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%12162 = cast %12161 : f32[] @ models/lib/nn.yaml:79:7
%12163 = broadcast %12162 : f32[8,24] @ models/lib/nn.yaml:79:7
%12164 = mul %12160, %12163 : f32[8,24] @ models/lib/nn.yaml:79:7
%12165 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12166 = cast %12165 : f32[] @ models/lib/nn.yaml:79:7
%12167 = broadcast %12166 : f32[8,24] @ models/lib/nn.yaml:79:7
%12168 = mul %12141, %12167 : f32[8,24] @ models/lib/nn.yaml:79:7
%12169 = add %12168, %12164 : f32[8,24] @ models/lib/nn.yaml:79:7
%12170 = cast %12144 : f64[] @ models/lib/nn.yaml:79:7
%12171 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%12172 = pow %12171, %12170 : f64[] @ models/lib/nn.yaml:79:7
%12173 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12174 = sub %12173, %12172 : f64[] @ models/lib/nn.yaml:79:7
%12175 = div %3776, %12174 : f64[] @ models/lib/nn.yaml:79:7
%12176 = cast %12144 : f64[] @ models/lib/nn.yaml:79:7
%12177 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%12178 = pow %12177, %12176 : f64[] @ models/lib/nn.yaml:79:7
%12179 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12180 = sub %12179, %12178 : f64[] @ models/lib/nn.yaml:79:7
%12181 = sqrt %12180 : f64[] @ models/lib/nn.yaml:79:7
%12182 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12183 = div %12182, %12181 : f64[] @ models/lib/nn.yaml:79:7
%12184 = sqrt %12169 : f32[8,24] @ models/lib/nn.yaml:79:7
%12185 = cast %12183 : f32[] @ models/lib/nn.yaml:79:7
%12186 = broadcast %12185 : f32[8,24] @ models/lib/nn.yaml:79:7
%12187 = mul %12184, %12186 : f32[8,24] @ models/lib/nn.yaml:79:7
%12188 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%12189 = cast %12188 : f32[] @ models/lib/nn.yaml:79:7
%12190 = broadcast %12189 : f32[8,24] @ models/lib/nn.yaml:79:7
%12191 = add %12187, %12190 : f32[8,24] @ models/lib/nn.yaml:79:7
%12192 = div %12159, %12191 : f32[8,24] @ models/lib/nn.yaml:79:7
%12193 = cast %12175 : f32[] @ models/lib/nn.yaml:79:7
%12194 = broadcast %12193 : f32[8,24] @ models/lib/nn.yaml:79:7
%12195 = mul %12192, %12194 : f32[8,24] @ models/lib/nn.yaml:79:7
%12196 = sub %12150, %12195 : f32[8,24] @ models/lib/nn.yaml:79:7
%12197 = assign %81, %12196 : f32[8,24] @ models/lib/nn.yaml:79:7
%12198 = assign %12140, %12159 : f32[8,24] @ models/lib/nn.yaml:79:7
%12199 = assign %12141, %12169 : f32[8,24] @ models/lib/nn.yaml:79:7
%12200 = assign %12142, %12144 : i64[] @ models/lib/nn.yaml:79:7
%12201 = cast %3778 : f32[] @ models/lib/nn.yaml:79:7
%12202 = broadcast %12201 : f32[8,24] @ models/lib/nn.yaml:79:7
%12203 = mul %159, %12202 : f32[8,24] @ models/lib/nn.yaml:79:7
%12204 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%12205 = sub %12204, %3778 : f64[] @ models/lib/nn.yaml:79:7
%12206 = cast %12205 : f32[] @ models/lib/nn.yaml:79:7
%12207 = broadcast %12206 : f32[8,24] @ models/lib/nn.yaml:79:7
%12208 = mul %12196, %12207 : f32[8,24] @ models/lib/nn.yaml:79:7
%12209 = add %12203, %12208 : f32[8,24] @ models/lib/nn.yaml:79:7
%12210 = assign %159, %12209 : f32[8,24] @ models/lib/nn.yaml:79:7
%12211 = all_reduce_sum %4928 : f32[8] @ models/lib/nn.yaml:80:7
%12212 = reshape %12211 : f32[8] @ models/lib/nn.yaml:80:7
%12213 = mul %12212, %12212 : f32[8] @ models/lib/nn.yaml:80:7
%12214 = reduce_sum %12213 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%12215 = sqrt %12214 : f32[] @ models/lib/nn.yaml:80:7
%12216 = cast %12215 : f64[] @ models/lib/nn.yaml:80:7
%12217 = const data=[1e-06] : f64[] @ models/lib/nn.yaml:80:7
%12218 = add %12216, %12217 : f64[] @ models/lib/nn.yaml:80:7
%12219 = const data=[3] : f64[] @ models/lib/nn.yaml:80:7
%12220 = div %12219, %12218 : f64[] @ models/lib/nn.yaml:80:7
%12221 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12222 = lt %12220, %12221 : bool[] @ models/lib/nn.yaml:80:7
%12223 = cast %12220 : f32[] @ models/lib/nn.yaml:80:7
%12224 = broadcast %12223 : f32[8] @ models/lib/nn.yaml:80:7
%12225 = mul %12211, %12224 : f32[8] @ models/lib/nn.yaml:80:7
%12226 = broadcast %12222 : bool[8] @ models/lib/nn.yaml:80:7
%12227 = select %12226, %12225, %12211 : f32[8] @ models/lib/nn.yaml:80:7
%12228 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%12229 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%12230 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%12231 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%12232 = add %12230, %12231 : i64[] @ models/lib/nn.yaml:80:7
%12233 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%12234 = cast %12233 : f32[] @ models/lib/nn.yaml:80:7
%12235 = broadcast %12234 : f32[8] @ models/lib/nn.yaml:80:7
%12236 = mul %12227, %12235 : f32[8] @ models/lib/nn.yaml:80:7
%12237 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12238 = cast %12237 : f32[] @ models/lib/nn.yaml:80:7
%12239 = broadcast %12238 : f32[8] @ models/lib/nn.yaml:80:7
%12240 = mul %12228, %12239 : f32[8] @ models/lib/nn.yaml:80:7
%12241 = add %12240, %12236 : f32[8] @ models/lib/nn.yaml:80:7
%12242 = mul %12227, %12227 : f32[8] @ models/lib/nn.yaml:80:7
%12243 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%12244 = cast %12243 : f32[] @ models/lib/nn.yaml:80:7
%12245 = broadcast %12244 : f32[8] @ models/lib/nn.yaml:80:7
%12246 = mul %12242, %12245 : f32[8] @ models/lib/nn.yaml:80:7
%12247 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12248 = cast %12247 : f32[] @ models/lib/nn.yaml:80:7
%12249 = broadcast %12248 : f32[8] @ models/lib/nn.yaml:80:7
%12250 = mul %12229, %12249 : f32[8] @ models/lib/nn.yaml:80:7
%12251 = add %12250, %12246 : f32[8] @ models/lib/nn.yaml:80:7
%12252 = cast %12232 : f64[] @ models/lib/nn.yaml:80:7
%12253 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%12254 = pow %12253, %12252 : f64[] @ models/lib/nn.yaml:80:7
%12255 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12256 = sub %12255, %12254 : f64[] @ models/lib/nn.yaml:80:7
%12257 = div %3776, %12256 : f64[] @ models/lib/nn.yaml:80:7
%12258 = cast %12232 : f64[] @ models/lib/nn.yaml:80:7
%12259 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%12260 = pow %12259, %12258 : f64[] @ models/lib/nn.yaml:80:7
%12261 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12262 = sub %12261, %12260 : f64[] @ models/lib/nn.yaml:80:7
%12263 = sqrt %12262 : f64[] @ models/lib/nn.yaml:80:7
%12264 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12265 = div %12264, %12263 : f64[] @ models/lib/nn.yaml:80:7
%12266 = sqrt %12251 : f32[8] @ models/lib/nn.yaml:80:7
%12267 = cast %12265 : f32[] @ models/lib/nn.yaml:80:7
%12268 = broadcast %12267 : f32[8] @ models/lib/nn.yaml:80:7
%12269 = mul %12266, %12268 : f32[8] @ models/lib/nn.yaml:80:7
%12270 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%12271 = cast %12270 : f32[] @ models/lib/nn.yaml:80:7
%12272 = broadcast %12271 : f32[8] @ models/lib/nn.yaml:80:7
%12273 = add %12269, %12272 : f32[8] @ models/lib/nn.yaml:80:7
%12274 = div %12241, %12273 : f32[8] @ models/lib/nn.yaml:80:7
%12275 = cast %12257 : f32[] @ models/lib/nn.yaml:80:7
%12276 = broadcast %12275 : f32[8] @ models/lib/nn.yaml:80:7
%12277 = mul %12274, %12276 : f32[8] @ models/lib/nn.yaml:80:7
%12278 = sub %82, %12277 : f32[8] @ models/lib/nn.yaml:80:7
%12279 = assign %82, %12278 : f32[8] @ models/lib/nn.yaml:80:7
%12280 = assign %12228, %12241 : f32[8] @ models/lib/nn.yaml:80:7
%12281 = assign %12229, %12251 : f32[8] @ models/lib/nn.yaml:80:7
%12282 = assign %12230, %12232 : i64[] @ models/lib/nn.yaml:80:7
%12283 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%12284 = broadcast %12283 : f32[8] @ models/lib/nn.yaml:80:7
%12285 = mul %160, %12284 : f32[8] @ models/lib/nn.yaml:80:7
%12286 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%12287 = sub %12286, %3778 : f64[] @ models/lib/nn.yaml:80:7
%12288 = cast %12287 : f32[] @ models/lib/nn.yaml:80:7
%12289 = broadcast %12288 : f32[8] @ models/lib/nn.yaml:80:7
%12290 = mul %12278, %12289 : f32[8] @ models/lib/nn.yaml:80:7
%12291 = add %12285, %12290 : f32[8] @ models/lib/nn.yaml:80:7
%12292 = assign %160, %12291 : f32[8] @ models/lib/nn.yaml:80:7
%12293 = cast %3778 : f32[] @ models/lib/dino.yaml:18:7
%12294 = broadcast %12293 : f32[16,1] @ models/lib/dino.yaml:18:7
%12295 = mul %161, %12294 : f32[16,1] @ models/lib/dino.yaml:18:7
%12296 = const data=[1] : f64[] @ models/lib/dino.yaml:18:7
%12297 = sub %12296, %3778 : f64[] @ models/lib/dino.yaml:18:7
%12298 = cast %12297 : f32[] @ models/lib/dino.yaml:18:7
%12299 = broadcast %12298 : f32[16,1] @ models/lib/dino.yaml:18:7
%12300 = mul %83, %12299 : f32[16,1] @ models/lib/dino.yaml:18:7
%12301 = add %12295, %12300 : f32[16,1] @ models/lib/dino.yaml:18:7
%12302 = assign %161, %12301 : f32[16,1] @ models/lib/dino.yaml:18:7
%12303 = all_reduce_sum %4902 : f32[16,8] @ models/lib/dino.yaml:19:7
%12304 = reshape %12303 : f32[128] @ models/lib/dino.yaml:19:7
%12305 = mul %12304, %12304 : f32[128] @ models/lib/dino.yaml:19:7
%12306 = reduce_sum %12305 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%12307 = sqrt %12306 : f32[] @ models/lib/dino.yaml:19:7
%12308 = cast %12307 : f64[] @ models/lib/dino.yaml:19:7
%12309 = const data=[1e-06] : f64[] @ models/lib/dino.yaml:19:7
%12310 = add %12308, %12309 : f64[] @ models/lib/dino.yaml:19:7
%12311 = const data=[3] : f64[] @ models/lib/dino.yaml:19:7
%12312 = div %12311, %12310 : f64[] @ models/lib/dino.yaml:19:7
%12313 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12314 = lt %12312, %12313 : bool[] @ models/lib/dino.yaml:19:7
%12315 = cast %12312 : f32[] @ models/lib/dino.yaml:19:7
%12316 = broadcast %12315 : f32[16,8] @ models/lib/dino.yaml:19:7
%12317 = mul %12303, %12316 : f32[16,8] @ models/lib/dino.yaml:19:7
%12318 = broadcast %12314 : bool[16,8] @ models/lib/dino.yaml:19:7
%12319 = select %12318, %12317, %12303 : f32[16,8] @ models/lib/dino.yaml:19:7
%12320 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%12321 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%12322 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%12323 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%12324 = add %12322, %12323 : i64[] @ models/lib/dino.yaml:19:7
%12325 = mul %3776, %3777 : f64[] @ models/lib/dino.yaml:19:7
%12326 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12327 = sub %12326, %12325 : f64[] @ models/lib/dino.yaml:19:7
%12328 = cast %12327 : f32[] @ models/lib/dino.yaml:19:7
%12329 = broadcast %12328 : f32[16,8] @ models/lib/dino.yaml:19:7
%12330 = mul %84, %12329 : f32[16,8] @ models/lib/dino.yaml:19:7
%12331 = const data=[0.09999999999999998] : f64[] @ models/lib/dino.yaml:19:7
%12332 = cast %12331 : f32[] @ models/lib/dino.yaml:19:7
%12333 = broadcast %12332 : f32[16,8] @ models/lib/dino.yaml:19:7
%12334 = mul %12319, %12333 : f32[16,8] @ models/lib/dino.yaml:19:7
%12335 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%12336 = cast %12335 : f32[] @ models/lib/dino.yaml:19:7
%12337 = broadcast %12336 : f32[16,8] @ models/lib/dino.yaml:19:7
%12338 = mul %12320, %12337 : f32[16,8] @ models/lib/dino.yaml:19:7
%12339 = add %12338, %12334 : f32[16,8] @ models/lib/dino.yaml:19:7
%12340 = mul %12319, %12319 : f32[16,8] @ models/lib/dino.yaml:19:7
%12341 = const data=[0.0010000000000000009] : f64[] @ models/lib/dino.yaml:19:7
%12342 = cast %12341 : f32[] @ models/lib/dino.yaml:19:7
%12343 = broadcast %12342 : f32[16,8] @ models/lib/dino.yaml:19:7
%12344 = mul %12340, %12343 : f32[16,8] @ models/lib/dino.yaml:19:7
%12345 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%12346 = cast %12345 : f32[] @ models/lib/dino.yaml:19:7
%12347 = broadcast %12346 : f32[16,8] @ models/lib/dino.yaml:19:7
%12348 = mul %12321, %12347 : f32[16,8] @ models/lib/dino.yaml:19:7
%12349 = add %12348, %12344 : f32[16,8] @ models/lib/dino.yaml:19:7
%12350 = cast %12324 : f64[] @ models/lib/dino.yaml:19:7
%12351 = const data=[0.9] : f64[] @ models/lib/dino.yaml:19:7
%12352 = pow %12351, %12350 : f64[] @ models/lib/dino.yaml:19:7
%12353 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12354 = sub %12353, %12352 : f64[] @ models/lib/dino.yaml:19:7
%12355 = div %3776, %12354 : f64[] @ models/lib/dino.yaml:19:7
%12356 = cast %12324 : f64[] @ models/lib/dino.yaml:19:7
%12357 = const data=[0.999] : f64[] @ models/lib/dino.yaml:19:7
%12358 = pow %12357, %12356 : f64[] @ models/lib/dino.yaml:19:7
%12359 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12360 = sub %12359, %12358 : f64[] @ models/lib/dino.yaml:19:7
%12361 = sqrt %12360 : f64[] @ models/lib/dino.yaml:19:7
%12362 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12363 = div %12362, %12361 : f64[] @ models/lib/dino.yaml:19:7
%12364 = sqrt %12349 : f32[16,8] @ models/lib/dino.yaml:19:7
%12365 = cast %12363 : f32[] @ models/lib/dino.yaml:19:7
%12366 = broadcast %12365 : f32[16,8] @ models/lib/dino.yaml:19:7
%12367 = mul %12364, %12366 : f32[16,8] @ models/lib/dino.yaml:19:7
%12368 = const data=[1e-08] : f64[] @ models/lib/dino.yaml:19:7
%12369 = cast %12368 : f32[] @ models/lib/dino.yaml:19:7
%12370 = broadcast %12369 : f32[16,8] @ models/lib/dino.yaml:19:7
%12371 = add %12367, %12370 : f32[16,8] @ models/lib/dino.yaml:19:7
%12372 = div %12339, %12371 : f32[16,8] @ models/lib/dino.yaml:19:7
%12373 = cast %12355 : f32[] @ models/lib/dino.yaml:19:7
%12374 = broadcast %12373 : f32[16,8] @ models/lib/dino.yaml:19:7
%12375 = mul %12372, %12374 : f32[16,8] @ models/lib/dino.yaml:19:7
%12376 = sub %12330, %12375 : f32[16,8] @ models/lib/dino.yaml:19:7
%12377 = const data=[1] : i64[] @ models/lib/dino.yaml:19:7
%12378 = lt %11760, %12377 : bool[] @ models/lib/dino.yaml:19:7
%12379 = broadcast %12378 : bool[16,8] @ models/lib/dino.yaml:19:7
%12380 = select %12379, %84, %12376 : f32[16,8] @ models/lib/dino.yaml:19:7
%12381 = broadcast %12378 : bool[16,8] @ models/lib/dino.yaml:19:7
%12382 = select %12381, %12320, %12339 : f32[16,8] @ models/lib/dino.yaml:19:7
%12383 = broadcast %12378 : bool[16,8] @ models/lib/dino.yaml:19:7
%12384 = select %12383, %12321, %12349 : f32[16,8] @ models/lib/dino.yaml:19:7
%12385 = select %12378, %12322, %12324 : i64[] @ models/lib/dino.yaml:19:7
%12386 = assign %84, %12380 : f32[16,8] @ models/lib/dino.yaml:19:7
%12387 = assign %12320, %12382 : f32[16,8] @ models/lib/dino.yaml:19:7
%12388 = assign %12321, %12384 : f32[16,8] @ models/lib/dino.yaml:19:7
%12389 = assign %12322, %12385 : i64[] @ models/lib/dino.yaml:19:7
%12390 = cast %3778 : f32[] @ models/lib/dino.yaml:19:7
%12391 = broadcast %12390 : f32[16,8] @ models/lib/dino.yaml:19:7
%12392 = mul %162, %12391 : f32[16,8] @ models/lib/dino.yaml:19:7
%12393 = const data=[1] : f64[] @ models/lib/dino.yaml:19:7
%12394 = sub %12393, %3778 : f64[] @ models/lib/dino.yaml:19:7
%12395 = cast %12394 : f32[] @ models/lib/dino.yaml:19:7
%12396 = broadcast %12395 : f32[16,8] @ models/lib/dino.yaml:19:7
%12397 = mul %12380, %12396 : f32[16,8] @ models/lib/dino.yaml:19:7
%12398 = add %12392, %12397 : f32[16,8] @ models/lib/dino.yaml:19:7
%12399 = assign %162, %12398 : f32[16,8] @ models/lib/dino.yaml:19:7
%12400 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%12401 = abs %3742 : f32[] @ models/dino_pass.yaml:149:3
%12402 = lt %12401, %12400 : bool[] @ models/dino_pass.yaml:149:3
%12403 = output %12402 name="finite" : bool[] @ models/dino_pass.yaml:149:3
