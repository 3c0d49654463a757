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
%3862 = concat %3858, %3859, %3860, %3861 axis=0 : f32[100,16] @ models/dino_pass.yaml:142:81
%3863 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,100] @ models/lib/nn.yaml:73:26
%3864 = reshape %3862 : f32[100,16] @ models/lib/nn.yaml:73:26
%3865 = matmul %3863, %3864 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:73:26
%3866 = reshape %3865 : f32[1,16] @ models/lib/nn.yaml:73:26
%3867 = all_reduce_sum %3866 : f32[1,16] @ models/lib/nn.yaml:73:16
%3868 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3869 = broadcast %3868 : f32[1,16] @ models/lib/nn.yaml:73:52
%3870 = div %3867, %3869 : f32[1,16] @ models/lib/nn.yaml:73:52
%3871 = broadcast %3608 : f32[1,16] @ models/dino_pass.yaml:142:68
%3872 = mul %3871, %3870 : f32[1,16] @ models/dino_pass.yaml:142:68
%3873 = add %3857, %3872 : f32[1,16] @ models/dino_pass.yaml:142:44
%3874 = assign %164, %3873 : f32[1,16] @ models/dino_pass.yaml:142:13
%3875 = cast %1 : f64[] @ models/dino_pass.yaml:122:3
%3876 = cast %2 : f64[] @ models/dino_pass.yaml:123:3
%3877 = cast %3 : f64[] @ models/dino_pass.yaml:124:3
%3878 = const data=[-0.0013888889] : f32[] @ models/lib/dino.yaml:39:21
%3879 = broadcast %3878 : f32[2,9] @ models/lib/dino.yaml:39:21
%3880 = reshape %3879 : f32[2,9,1] @ models/lib/dino.yaml:39:22
%3881 = broadcast %3880 : f32[2,9,16] @ models/lib/dino.yaml:39:22
%3882 = stop_gradient %3819 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3883 = mul %3881, %3882 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3884 = neg %3883 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3885 = reduce_sum %3884 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3886 = div %3885, %3827 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3887 = broadcast %3886 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3888 = exp %3825 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3889 = mul %3887, %3888 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3890 = stop_gradient %3819 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3891 = mul %3881, %3890 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3892 = add %3891, %3889 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3893 = div %3892, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3894 = stop_gradient %3787 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3895 = mul %3881, %3894 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3896 = neg %3895 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3897 = reduce_sum %3896 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:18
%3898 = div %3897, %3796 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3899 = broadcast %3898 : f32[2,9,16] @ models/lib/nn.yaml:22:24
%3900 = exp %3794 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3901 = mul %3899, %3900 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3902 = stop_gradient %3787 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%3903 = mul %3881, %3902 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3904 = add %3903, %3901 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3905 = div %3904, %3788 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%3906 = const data=[-0.00078125] : f32[] @ models/lib/dino.yaml:39:21
%3907 = broadcast %3906 : f32[2,16] @ models/lib/dino.yaml:39:21
%3908 = reshape %3907 : f32[2,16,1] @ models/lib/dino.yaml:39:22
%3909 = broadcast %3908 : f32[2,16,16] @ models/lib/dino.yaml:39:22
%3910 = stop_gradient %3755 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3911 = mul %3909, %3910 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3912 = neg %3911 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3913 = reduce_sum %3912 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3914 = div %3913, %3763 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3915 = broadcast %3914 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3916 = exp %3761 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3917 = mul %3915, %3916 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3918 = stop_gradient %3755 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3919 = mul %3909, %3918 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3920 = add %3919, %3917 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3921 = div %3920, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3922 = stop_gradient %3724 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3923 = mul %3909, %3922 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3924 = neg %3923 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%3925 = reduce_sum %3924 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:18
%3926 = div %3925, %3733 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%3927 = broadcast %3926 : f32[2,16,16] @ models/lib/nn.yaml:22:24
%3928 = exp %3731 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3929 = mul %3927, %3928 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3930 = stop_gradient %3724 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%3931 = mul %3909, %3930 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%3932 = add %3931, %3929 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%3933 = div %3932, %3725 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%3934 = const data=[-0.083333336] : f32[] @ models/lib/dino.yaml:39:21
%3935 = broadcast %3934 : f32[2,1] @ models/lib/dino.yaml:39:21
%3936 = reshape %3935 : f32[2,1,1] @ models/lib/dino.yaml:39:22
%3937 = broadcast %3936 : f32[2,1,32] @ models/lib/dino.yaml:39:22
%3938 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3939 = mul %3937, %3938 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3940 = neg %3939 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3941 = reduce_sum %3940 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3942 = div %3941, %3653 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3943 = broadcast %3942 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3944 = exp %3651 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3945 = mul %3943, %3944 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3946 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3947 = mul %3937, %3946 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3948 = add %3947, %3945 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3949 = div %3948, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3950 = div %3941, %3635 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3951 = broadcast %3950 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3952 = exp %3633 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3953 = mul %3951, %3952 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3954 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3955 = mul %3937, %3954 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3956 = add %3955, %3953 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3957 = div %3956, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3958 = div %3941, %3683 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3959 = broadcast %3958 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3960 = exp %3681 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3961 = mul %3959, %3960 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3962 = stop_gradient %3675 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3963 = mul %3937, %3962 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3964 = add %3963, %3961 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3965 = div %3964, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3966 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3967 = mul %3937, %3966 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3968 = neg %3967 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%3969 = reduce_sum %3968 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:18
%3970 = div %3969, %3653 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3971 = broadcast %3970 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3972 = exp %3651 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3973 = mul %3971, %3972 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3974 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3975 = mul %3937, %3974 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3976 = add %3975, %3973 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3977 = div %3976, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3978 = add %3949, %3977 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3979 = div %3969, %3635 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3980 = broadcast %3979 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3981 = exp %3633 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3982 = mul %3980, %3981 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3983 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3984 = mul %3937, %3983 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3985 = add %3984, %3982 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3986 = div %3985, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3987 = add %3957, %3986 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3988 = div %3969, %3617 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%3989 = broadcast %3988 : f32[2,1,32] @ models/lib/nn.yaml:22:24
%3990 = exp %3615 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3991 = mul %3989, %3990 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3992 = stop_gradient %3607 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%3993 = mul %3937, %3992 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%3994 = add %3993, %3991 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%3995 = div %3994, %3609 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%3996 = concat %3905, %3893 axis=0 : f32[4,9,16] @ models/dino_pass.yaml:132:27
%3997 = concat %3987, %3978 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%3998 = cast %3996 : bf16[4,9,16] @ models/lib/dino.yaml:23:18
%3999 = matmul %3998, %2916 ta=0 tb=0 : bf16[4,9,8] @ models/lib/dino.yaml:23:18
%4000 = reshape %3998 : bf16[36,16] @ models/lib/dino.yaml:23:18
%4001 = reshape %3586 : bf16[36,8] @ models/lib/dino.yaml:23:18
%4002 = matmul %4000, %4001 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%4003 = cast %4002 : f32[16,8] @ models/lib/dino.yaml:22:33
%4004 = div %4003, %2913 : f32[16,8] @ models/lib/dino.yaml:22:33
%4005 = mul %4004, %2914 : f32[16,8] @ models/lib/dino.yaml:22:33
%4006 = neg %4005 : f32[16,8] @ models/lib/dino.yaml:22:33
%4007 = reduce_sum %4006 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%4008 = broadcast %315 : f32[16,1] @ models/lib/dino.yaml:22:35
%4009 = mul %4007, %4008 : f32[16,1] @ models/lib/dino.yaml:22:35
%4010 = div %4009, %2912 : f32[16,1] @ models/lib/dino.yaml:22:35
%4011 = broadcast %4010 : f32[16,8] @ models/lib/dino.yaml:22:40
%4012 = mul %4011, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%4013 = add %4012, %4012 : f32[16,8] @ models/lib/dino.yaml:22:53
%4014 = mul %4004, %2908 : f32[16,8] @ models/lib/dino.yaml:22:22
%4015 = add %4013, %4014 : f32[16,8] @ models/lib/dino.yaml:22:22
%4016 = cast %3999 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4017 = div %4016, %3584 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4018 = mul %4017, %3585 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4019 = neg %4018 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%4020 = reduce_sum %4019 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:18
%4021 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%4022 = broadcast %4021 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4023 = broadcast %315 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4024 = mul %4020, %4023 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4025 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4026 = eq %4025, %2190 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4027 = select %4026, %4024, %4022 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4028 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4029 = gt %4028, %2190 : bool[4,9,1] @ models/lib/nn.yaml:33:20
%4030 = select %4029, %4020, %4027 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%4031 = mul %4030, %4023 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4032 = sqrt %3581 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4033 = div %4031, %4032 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%4034 = broadcast %4033 : f32[4,9,8] @ models/lib/nn.yaml:33:29
%4035 = mul %4034, %3579 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4036 = add %4017, %4035 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4037 = add %4036, %4035 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%4038 = reduce_sum %4037 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4039 = reshape %4038 : f32[8] @ models/lib/nn.yaml:84:18
%4040 = cast %4037 : bf16[4,9,8] @ models/lib/nn.yaml:83:15
%4041 = matmul %4040, %2897 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4042 = reshape %4040 : bf16[36,8] @ models/lib/nn.yaml:83:15
%4043 = reshape %3575 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4044 = matmul %4042, %4043 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4045 = cast %4041 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4046 = add %2169, %3571 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4047 = mul %4045, %4046 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4048 = cast %4041 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4049 = mul %2164, %3569 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4050 = mul %4048, %4049 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4051 = mul %3569, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4052 = mul %4051, %4051 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4053 = neg %4052 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4054 = exp %4053 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4055 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%4056 = broadcast %4055 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4057 = mul %4054, %4056 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4058 = mul %4050, %4057 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4059 = mul %4058, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4060 = mul %4047, %2164 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4061 = add %4059, %4060 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4062 = reduce_sum %4061 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4063 = reshape %4062 : f32[24] @ models/lib/nn.yaml:84:18
%4064 = cast %4061 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4065 = matmul %4064, %2886 ta=0 tb=0 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4066 = reshape %4064 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4067 = reshape %3565 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4068 = matmul %4066, %4067 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4069 = cast %4065 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4070 = add %2169, %3561 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%4071 = mul %4069, %4070 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4072 = cast %4065 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4073 = mul %2164, %3559 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4074 = mul %4072, %4073 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%4075 = mul %3559, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4076 = mul %4075, %4075 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4077 = neg %4076 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4078 = exp %4077 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4079 = mul %4078, %4056 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4080 = mul %4074, %4079 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%4081 = mul %4080, %2166 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%4082 = mul %4071, %2164 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4083 = add %4081, %4082 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%4084 = reduce_sum %4083 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4085 = reshape %4084 : f32[24] @ models/lib/nn.yaml:84:18
%4086 = cast %4083 : bf16[4,9,24] @ models/lib/nn.yaml:83:15
%4087 = matmul %4086, %2875 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4088 = reshape %4086 : bf16[36,24] @ models/lib/nn.yaml:83:15
%4089 = reshape %3555 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4090 = matmul %4088, %4089 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4091 = cast %4087 : f32[4,9,16] @ models/dino_pass.yaml:103:46
%4092 = cast %3997 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%4093 = matmul %4092, %2872 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%4094 = reshape %4092 : bf16[4,32] @ models/lib/dino.yaml:23:18
%4095 = reshape %3553 : bf16[4,8] @ models/lib/dino.yaml:23:18
%4096 = matmul %4094, %4095 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%4097 = cast %4096 : f32[32,8] @ models/lib/dino.yaml:22:33
%4098 = div %4097, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%4099 = mul %4098, %2870 : f32[32,8] @ models/lib/dino.yaml:22:33
%4100 = neg %4099 : f32[32,8] @ models/lib/dino.yaml:22:33
%4101 = reduce_sum %4100 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%4102 = broadcast %315 : f32[32,1] @ models/lib/dino.yaml:22:35
%4103 = mul %4101, %4102 : f32[32,1] @ models/lib/dino.yaml:22:35
%4104 = div %4103, %2868 : f32[32,1] @ models/lib/dino.yaml:22:35
%4105 = broadcast %4104 : f32[32,8] @ models/lib/dino.yaml:22:40
%4106 = mul %4105, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%4107 = add %4106, %4106 : f32[32,8] @ models/lib/dino.yaml:22:53
%4108 = mul %4098, %2864 : f32[32,8] @ models/lib/dino.yaml:22:22
%4109 = add %4107, %4108 : f32[32,8] @ models/lib/dino.yaml:22:22
%4110 = cast %4093 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4111 = div %4110, %3551 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4112 = mul %4111, %3552 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4113 = neg %4112 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%4114 = reduce_sum %4113 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%4115 = broadcast %4021 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4116 = broadcast %315 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4117 = mul %4114, %4116 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4118 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4119 = eq %4118, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4120 = select %4119, %4117, %4115 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4121 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4122 = gt %4121, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%4123 = select %4122, %4114, %4120 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%4124 = mul %4123, %4116 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4125 = sqrt %3548 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4126 = div %4124, %4125 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%4127 = broadcast %4126 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%4128 = mul %4127, %3546 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4129 = add %4111, %4128 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4130 = add %4129, %4128 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%4131 = reduce_sum %4130 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%4132 = reshape %4131 : f32[8] @ models/lib/nn.yaml:84:18
%4133 = cast %4130 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%4134 = matmul %4133, %2853 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4135 = reshape %4133 : bf16[4,8] @ models/lib/nn.yaml:83:15
%4136 = reshape %3543 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4137 = matmul %4135, %4136 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%4138 = cast %4134 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4139 = add %1123, %3539 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4140 = mul %4138, %4139 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4141 = cast %4134 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4142 = mul %1118, %3537 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4143 = mul %4141, %4142 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4144 = mul %3537, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4145 = mul %4144, %4144 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4146 = neg %4145 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4147 = exp %4146 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4148 = broadcast %4055 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4149 = mul %4147, %4148 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4150 = mul %4143, %4149 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4151 = mul %4150, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4152 = mul %4140, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4153 = add %4151, %4152 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4154 = reduce_sum %4153 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4155 = reshape %4154 : f32[24] @ models/lib/nn.yaml:84:18
%4156 = cast %4153 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4157 = matmul %4156, %2842 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4158 = reshape %4156 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4159 = reshape %3534 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4160 = matmul %4158, %4159 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%4161 = cast %4157 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4162 = add %1123, %3530 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%4163 = mul %4161, %4162 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4164 = cast %4157 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4165 = mul %1118, %3528 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4166 = mul %4164, %4165 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%4167 = mul %3528, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4168 = mul %4167, %4167 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4169 = neg %4168 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4170 = exp %4169 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4171 = mul %4170, %4148 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4172 = mul %4166, %4171 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%4173 = mul %4172, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%4174 = mul %4163, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4175 = add %4173, %4174 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%4176 = reduce_sum %4175 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%4177 = reshape %4176 : f32[24] @ models/lib/nn.yaml:84:18
%4178 = cast %4175 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%4179 = matmul %4178, %2831 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4180 = reshape %4178 : bf16[4,24] @ models/lib/nn.yaml:83:15
%4181 = reshape %3525 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4182 = matmul %4180, %4181 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%4183 = cast %4179 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%4184 = concat %4183, %4091 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:103:28
%4185 = reduce_sum %4184 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4186 = reshape %4185 : f32[16] @ models/lib/nn.yaml:96:46
%4187 = mul %4184, %3520 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4188 = mul %4184, %3519 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4189 = reduce_sum %4188 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4190 = reshape %4189 : f32[16] @ models/lib/nn.yaml:96:37
%4191 = mul %4187, %3518 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4192 = mul %4187, %3512 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4193 = reduce_sum %4192 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4194 = mul %3517, %3517 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4195 = mul %3517, %4194 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4196 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%4197 = broadcast %4196 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4198 = mul %4195, %4197 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4199 = mul %4193, %4198 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4200 = div %4199, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4201 = broadcast %4200 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4202 = mul %4201, %3512 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4203 = add %4191, %4202 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4204 = add %4203, %4202 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4205 = neg %4204 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4206 = reduce_sum %4205 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4207 = div %4206, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4208 = broadcast %4207 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4209 = add %4204, %4208 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4210 = slice %4209 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%4211 = slice %4209 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:111:21
%4212 = reduce_sum %4210 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4213 = reshape %4212 : f32[16] @ models/lib/nn.yaml:84:18
%4214 = cast %4210 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4215 = matmul %4214, %2807 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4216 = reshape %4214 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4217 = reshape %3503 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4218 = matmul %4216, %4217 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4219 = cast %4215 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4220 = add %944, %3499 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4221 = mul %4219, %4220 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4222 = cast %4215 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4223 = mul %939, %3497 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4224 = mul %4222, %4223 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4225 = mul %3497, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4226 = mul %4225, %4225 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4227 = neg %4226 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4228 = exp %4227 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4229 = broadcast %4055 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4230 = mul %4228, %4229 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4231 = mul %4224, %4230 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4232 = mul %4231, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4233 = mul %4221, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4234 = add %4232, %4233 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4235 = reduce_sum %4234 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4236 = reshape %4235 : f32[64] @ models/lib/nn.yaml:84:18
%4237 = cast %4234 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4238 = matmul %4237, %2796 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4239 = reshape %4237 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4240 = reshape %3494 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4241 = matmul %4239, %4240 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4242 = cast %4238 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4243 = reduce_sum %4242 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4244 = reshape %4243 : f32[16] @ models/lib/nn.yaml:96:46
%4245 = cast %4238 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4246 = mul %4245, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4247 = cast %4238 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4248 = mul %4247, %3491 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4249 = reduce_sum %4248 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4250 = reshape %4249 : f32[16] @ models/lib/nn.yaml:96:37
%4251 = mul %4246, %3490 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4252 = mul %4246, %3484 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4253 = reduce_sum %4252 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4254 = mul %3489, %3489 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4255 = mul %3489, %4254 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4256 = broadcast %4196 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4257 = mul %4255, %4256 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4258 = mul %4253, %4257 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4259 = div %4258, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4260 = broadcast %4259 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4261 = mul %4260, %3484 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4262 = add %4251, %4261 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4263 = add %4262, %4261 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4264 = add %4210, %4263 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4265 = neg %4263 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4266 = reduce_sum %4265 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4267 = div %4266, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4268 = broadcast %4267 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4269 = add %4264, %4268 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4270 = reduce_sum %4269 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4271 = reshape %4270 : f32[16] @ models/lib/nn.yaml:84:18
%4272 = cast %4269 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4273 = matmul %4272, %2774 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4274 = reshape %4272 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4275 = reshape %3475 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4276 = matmul %4274, %4275 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4277 = reshape %4273 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4278 = permute %4277 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4279 = cast %4278 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4280 = cast %3465 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4281 = permute %4280 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4282 = slice %4279 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4283 = broadcast %4282 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4284 = slice %4281 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4285 = mul %4283, %4284 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4286 = slice %4279 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4287 = broadcast %4286 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4288 = slice %4281 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4289 = mul %4287, %4288 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4290 = add %4285, %4289 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4291 = slice %4279 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4292 = broadcast %4291 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4293 = slice %4281 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4294 = mul %4292, %4293 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4295 = add %4290, %4294 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4296 = slice %4279 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4297 = broadcast %4296 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4298 = slice %4281 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4299 = mul %4297, %4298 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4300 = add %4295, %4299 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4301 = slice %4279 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4302 = broadcast %4301 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4303 = slice %4281 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4304 = mul %4302, %4303 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4305 = add %4300, %4304 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4306 = slice %4279 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4307 = broadcast %4306 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4308 = slice %4281 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4309 = mul %4307, %4308 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4310 = add %4305, %4309 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4311 = slice %4279 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4312 = broadcast %4311 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4313 = slice %4281 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4314 = mul %4312, %4313 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4315 = add %4310, %4314 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4316 = slice %4279 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4317 = broadcast %4316 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4318 = slice %4281 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4319 = mul %4317, %4318 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4320 = add %4315, %4319 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4321 = cast %4320 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4322 = cast %3462 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4323 = permute %4322 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4324 = cast %4278 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4325 = broadcast %4323 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4326 = broadcast %4324 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4327 = mul %4325, %4326 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4328 = cast %4327 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4329 = cast %4321 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4330 = div %4329, %3459 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4331 = mul %4330, %3461 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4332 = neg %4331 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4333 = reduce_sum %4332 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4334 = broadcast %4333 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4335 = add %4330, %4334 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4336 = exp %3456 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4337 = mul %4335, %4336 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4338 = mul %4337, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4339 = cast %4338 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4340 = cast %4339 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4341 = cast %3406 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4342 = reshape %4340 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4343 = broadcast %4342 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4344 = reshape %4341 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4345 = broadcast %4344 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4346 = mul %4343, %4345 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4347 = reduce_sum %4346 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4348 = cast %4347 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4349 = cast %4339 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4350 = permute %4349 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4351 = cast %3403 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4352 = broadcast %4350 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4353 = broadcast %4351 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4354 = mul %4352, %4353 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4355 = cast %4354 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4356 = cast %4328 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4357 = permute %4356 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4358 = reshape %4357 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4359 = reduce_sum %4358 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4360 = reshape %4359 : f32[16] @ models/lib/nn.yaml:84:18
%4361 = permute %4328 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4362 = reshape %4361 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4363 = matmul %4362, %2693 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4364 = reshape %4361 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4365 = reshape %3388 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4366 = matmul %4364, %4365 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4367 = cast %4355 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4368 = permute %4367 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4369 = reshape %4368 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4370 = reduce_sum %4369 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4371 = reshape %4370 : f32[16] @ models/lib/nn.yaml:84:18
%4372 = permute %4355 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4373 = reshape %4372 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4374 = matmul %4373, %2688 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4375 = cast %4363 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4376 = cast %4374 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4377 = add %4375, %4376 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4378 = reshape %4372 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4379 = matmul %4378, %4365 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4380 = cast %4348 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4381 = permute %4380 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4382 = reshape %4381 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4383 = reduce_sum %4382 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4384 = reshape %4383 : f32[16] @ models/lib/nn.yaml:84:18
%4385 = permute %4348 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4386 = reshape %4385 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4387 = matmul %4386, %2683 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4388 = reshape %4385 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4389 = reshape %3389 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4390 = matmul %4388, %4389 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4391 = cast %4387 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4392 = pad %4391 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4393 = add %4377, %4392 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4394 = reduce_sum %4393 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4395 = reshape %4394 : f32[16] @ models/lib/nn.yaml:96:46
%4396 = mul %4393, %3384 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4397 = mul %4393, %3383 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4398 = reduce_sum %4397 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4399 = reshape %4398 : f32[16] @ models/lib/nn.yaml:96:37
%4400 = mul %4396, %3382 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4401 = mul %4396, %3376 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4402 = reduce_sum %4401 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4403 = mul %3381, %3381 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4404 = mul %3381, %4403 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4405 = mul %4404, %4197 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4406 = mul %4402, %4405 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4407 = div %4406, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4408 = broadcast %4407 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4409 = mul %4408, %3376 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4410 = add %4400, %4409 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4411 = add %4410, %4409 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4412 = neg %4411 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4413 = reduce_sum %4412 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4414 = div %4413, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4415 = broadcast %4414 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4416 = add %4411, %4415 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4417 = slice %4416 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4418 = add %4269, %4417 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4419 = slice %4416 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4420 = add %4211, %4419 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4421 = reduce_sum %4418 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4422 = reshape %4421 : f32[16] @ models/lib/nn.yaml:84:18
%4423 = cast %4418 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4424 = matmul %4423, %2659 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4425 = reshape %4423 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4426 = reshape %3367 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4427 = matmul %4425, %4426 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4428 = cast %4424 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4429 = add %944, %3363 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%4430 = mul %4428, %4429 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4431 = cast %4424 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4432 = mul %939, %3361 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4433 = mul %4431, %4432 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%4434 = mul %3361, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4435 = mul %4434, %4434 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4436 = neg %4435 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4437 = exp %4436 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4438 = mul %4437, %4229 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4439 = mul %4433, %4438 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%4440 = mul %4439, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%4441 = mul %4430, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4442 = add %4440, %4441 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%4443 = reduce_sum %4442 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4444 = reshape %4443 : f32[64] @ models/lib/nn.yaml:84:18
%4445 = cast %4442 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%4446 = matmul %4445, %2648 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4447 = reshape %4445 : bf16[4,64] @ models/lib/nn.yaml:83:15
%4448 = reshape %3358 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4449 = matmul %4447, %4448 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4450 = cast %4446 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4451 = reduce_sum %4450 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4452 = reshape %4451 : f32[16] @ models/lib/nn.yaml:96:46
%4453 = cast %4446 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4454 = mul %4453, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4455 = cast %4446 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%4456 = mul %4455, %3355 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%4457 = reduce_sum %4456 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4458 = reshape %4457 : f32[16] @ models/lib/nn.yaml:96:37
%4459 = mul %4454, %3354 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4460 = mul %4454, %3348 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%4461 = reduce_sum %4460 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%4462 = mul %3353, %3353 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4463 = mul %3353, %4462 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4464 = mul %4463, %4256 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4465 = mul %4461, %4464 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%4466 = div %4465, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%4467 = broadcast %4466 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%4468 = mul %4467, %3348 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4469 = add %4459, %4468 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4470 = add %4469, %4468 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%4471 = add %4418, %4470 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4472 = neg %4470 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%4473 = reduce_sum %4472 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%4474 = div %4473, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%4475 = broadcast %4474 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4476 = add %4471, %4475 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%4477 = reduce_sum %4476 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4478 = reshape %4477 : f32[16] @ models/lib/nn.yaml:84:18
%4479 = cast %4476 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4480 = matmul %4479, %2626 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4481 = reshape %4479 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4482 = reshape %3339 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4483 = matmul %4481, %4482 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4484 = reshape %4480 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%4485 = permute %4484 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%4486 = cast %4485 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4487 = cast %3329 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4488 = permute %4487 perm=[0,1,3,2] : f32[4,2,8,10] @ models/lib/nn.yaml:56:23
%4489 = slice %4486 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4490 = broadcast %4489 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4491 = slice %4488 lo=[0,0,0,0] hi=[4,2,1,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4492 = mul %4490, %4491 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4493 = slice %4486 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4494 = broadcast %4493 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4495 = slice %4488 lo=[0,0,1,0] hi=[4,2,2,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4496 = mul %4494, %4495 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4497 = add %4492, %4496 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4498 = slice %4486 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4499 = broadcast %4498 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4500 = slice %4488 lo=[0,0,2,0] hi=[4,2,3,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4501 = mul %4499, %4500 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4502 = add %4497, %4501 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4503 = slice %4486 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4504 = broadcast %4503 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4505 = slice %4488 lo=[0,0,3,0] hi=[4,2,4,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4506 = mul %4504, %4505 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4507 = add %4502, %4506 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4508 = slice %4486 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4509 = broadcast %4508 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4510 = slice %4488 lo=[0,0,4,0] hi=[4,2,5,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4511 = mul %4509, %4510 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4512 = add %4507, %4511 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4513 = slice %4486 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4514 = broadcast %4513 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4515 = slice %4488 lo=[0,0,5,0] hi=[4,2,6,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4516 = mul %4514, %4515 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4517 = add %4512, %4516 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4518 = slice %4486 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4519 = broadcast %4518 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4520 = slice %4488 lo=[0,0,6,0] hi=[4,2,7,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4521 = mul %4519, %4520 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4522 = add %4517, %4521 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4523 = slice %4486 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%4524 = broadcast %4523 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4525 = slice %4488 lo=[0,0,7,0] hi=[4,2,8,10] : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4526 = mul %4524, %4525 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4527 = add %4522, %4526 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4528 = cast %4527 : bf16[4,2,1,10] @ models/lib/nn.yaml:56:23
%4529 = cast %3326 : f32[4,2,1,10] @ models/lib/nn.yaml:56:23
%4530 = permute %4529 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:56:23
%4531 = cast %4485 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%4532 = broadcast %4530 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4533 = broadcast %4531 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4534 = mul %4532, %4533 : f32[4,2,10,8] @ models/lib/nn.yaml:56:23
%4535 = cast %4534 : bf16[4,2,10,8] @ models/lib/nn.yaml:56:23
%4536 = cast %4528 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4537 = div %4536, %3323 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4538 = mul %4537, %3325 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4539 = neg %4538 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%4540 = reduce_sum %4539 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%4541 = broadcast %4540 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4542 = add %4537, %4541 : f32[4,2,1,10] @ models/lib/nn.yaml:15:20
%4543 = exp %3320 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4544 = mul %4542, %4543 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%4545 = mul %4544, %1917 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%4546 = cast %4545 : bf16[4,2,1,10] @ models/lib/nn.yaml:55:23
%4547 = cast %4546 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4548 = cast %3270 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4549 = reshape %4547 : f32[4,2,1,10,1] @ models/lib/nn.yaml:55:23
%4550 = broadcast %4549 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4551 = reshape %4548 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4552 = broadcast %4551 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4553 = mul %4550, %4552 : f32[4,2,1,10,8] @ models/lib/nn.yaml:55:23
%4554 = reduce_sum %4553 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4555 = cast %4554 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%4556 = cast %4546 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%4557 = permute %4556 perm=[0,1,3,2] : f32[4,2,10,1] @ models/lib/nn.yaml:55:23
%4558 = cast %3267 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%4559 = broadcast %4557 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4560 = broadcast %4558 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4561 = mul %4559, %4560 : f32[4,2,10,8] @ models/lib/nn.yaml:55:23
%4562 = cast %4561 : bf16[4,2,10,8] @ models/lib/nn.yaml:55:23
%4563 = cast %4535 : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%4564 = permute %4563 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:80:14
%4565 = reshape %4564 : f32[4,10,16] @ models/lib/vit.yaml:80:22
%4566 = reduce_sum %4565 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4567 = reshape %4566 : f32[16] @ models/lib/nn.yaml:84:18
%4568 = permute %4535 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:80:14
%4569 = reshape %4568 : bf16[4,10,16] @ models/lib/vit.yaml:80:22
%4570 = matmul %4569, %2545 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4571 = reshape %4568 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4572 = reshape %3252 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4573 = matmul %4571, %4572 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4574 = cast %4562 : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%4575 = permute %4574 perm=[0,2,1,3] : f32[4,10,2,8] @ models/lib/vit.yaml:79:14
%4576 = reshape %4575 : f32[4,10,16] @ models/lib/vit.yaml:79:22
%4577 = reduce_sum %4576 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4578 = reshape %4577 : f32[16] @ models/lib/nn.yaml:84:18
%4579 = permute %4562 perm=[0,2,1,3] : bf16[4,10,2,8] @ models/lib/vit.yaml:79:14
%4580 = reshape %4579 : bf16[4,10,16] @ models/lib/vit.yaml:79:22
%4581 = matmul %4580, %2540 ta=0 tb=0 : bf16[4,10,16] @ models/lib/nn.yaml:83:15
%4582 = cast %4570 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4583 = cast %4581 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4584 = add %4582, %4583 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%4585 = reshape %4579 : bf16[40,16] @ models/lib/nn.yaml:83:15
%4586 = matmul %4585, %4572 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4587 = cast %4555 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%4588 = permute %4587 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%4589 = reshape %4588 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%4590 = reduce_sum %4589 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4591 = reshape %4590 : f32[16] @ models/lib/nn.yaml:84:18
%4592 = permute %4555 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%4593 = reshape %4592 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%4594 = matmul %4593, %2535 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%4595 = reshape %4592 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4596 = reshape %3253 : bf16[4,16] @ models/lib/nn.yaml:83:15
%4597 = matmul %4595, %4596 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4598 = cast %4594 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%4599 = pad %4598 lo=[0,0,0] hi=[0,9,0] value=0 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4600 = add %4584, %4599 : f32[4,10,16] @ models/lib/vit.yaml:78:33
%4601 = reduce_sum %4600 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4602 = reshape %4601 : f32[16] @ models/lib/nn.yaml:96:46
%4603 = mul %4600, %3248 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4604 = mul %4600, %3247 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%4605 = reduce_sum %4604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4606 = reshape %4605 : f32[16] @ models/lib/nn.yaml:96:37
%4607 = mul %4603, %3246 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4608 = mul %4603, %3240 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%4609 = reduce_sum %4608 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:96:18
%4610 = mul %3245, %3245 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4611 = mul %3245, %4610 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4612 = mul %4611, %4197 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4613 = mul %4609, %4612 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%4614 = div %4613, %1839 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%4615 = broadcast %4614 : f32[4,10,16] @ models/lib/nn.yaml:95:15
%4616 = mul %4615, %3240 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4617 = add %4607, %4616 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4618 = add %4617, %4616 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%4619 = neg %4618 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%4620 = reduce_sum %4619 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:94:15
%4621 = div %4620, %1839 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%4622 = broadcast %4621 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4623 = add %4618, %4622 : f32[4,10,16] @ models/lib/nn.yaml:93:14
%4624 = slice %4623 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4625 = add %4476, %4624 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%4626 = slice %4623 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4627 = add %4420, %4626 : f32[4,9,16] @ models/lib/vit.yaml:95:24
%4628 = reduce_sum %4625 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%4629 = mul %4627, %3233 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4630 = div %4629, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4631 = reduce_sum %4630 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4632 = reshape %4631 : f32[16] @ models/lib/nn.yaml:84:18
%4633 = div %4629, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4634 = cast %4633 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4635 = matmul %4634, %2503 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4636 = reshape %4634 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4637 = reshape %3223 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4638 = matmul %4636, %4637 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4639 = cast %4635 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4640 = add %1375, %3219 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4641 = mul %4639, %4640 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4642 = cast %4635 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4643 = mul %1370, %3217 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4644 = mul %4642, %4643 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4645 = mul %3217, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4646 = mul %4645, %4645 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4647 = neg %4646 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4648 = exp %4647 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4649 = broadcast %4055 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4650 = mul %4648, %4649 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4651 = mul %4644, %4650 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4652 = mul %4651, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4653 = mul %4641, %1370 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4654 = add %4652, %4653 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4655 = reduce_sum %4654 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4656 = reshape %4655 : f32[64] @ models/lib/nn.yaml:84:18
%4657 = cast %4654 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4658 = matmul %4657, %2492 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4659 = reshape %4657 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4660 = reshape %3213 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4661 = matmul %4659, %4660 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4662 = cast %4658 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4663 = reduce_sum %4662 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4664 = reshape %4663 : f32[16] @ models/lib/nn.yaml:96:46
%4665 = cast %4658 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4666 = mul %4665, %3209 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4667 = cast %4658 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4668 = mul %4667, %3208 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4669 = reduce_sum %4668 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4670 = reshape %4669 : f32[16] @ models/lib/nn.yaml:96:37
%4671 = mul %4666, %3207 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4672 = mul %4666, %3201 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4673 = reduce_sum %4672 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4674 = mul %3206, %3206 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4675 = mul %3206, %4674 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4676 = broadcast %4196 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4677 = mul %4675, %4676 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4678 = mul %4673, %4677 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4679 = div %4678, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4680 = broadcast %4679 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4681 = mul %4680, %3201 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4682 = add %4671, %4681 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4683 = add %4682, %4681 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4684 = add %4627, %4683 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4685 = neg %4683 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4686 = reduce_sum %4685 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4687 = div %4686, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4688 = broadcast %4687 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4689 = add %4684, %4688 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4690 = mul %4689, %3195 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%4691 = div %4690, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4692 = reduce_sum %4691 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4693 = reshape %4692 : f32[16] @ models/lib/nn.yaml:84:18
%4694 = div %4690, %3189 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%4695 = cast %4694 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4696 = matmul %4695, %2459 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4697 = reshape %4695 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4698 = reshape %3183 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4699 = matmul %4697, %4698 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4700 = reshape %4696 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4701 = permute %4700 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4702 = cast %4701 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4703 = cast %3173 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4704 = permute %4703 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4705 = slice %4702 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4706 = broadcast %4705 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4707 = slice %4704 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4708 = broadcast %4707 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4709 = mul %4706, %4708 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4710 = slice %4702 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4711 = broadcast %4710 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4712 = slice %4704 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4713 = broadcast %4712 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4714 = mul %4711, %4713 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4715 = add %4709, %4714 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4716 = slice %4702 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4717 = broadcast %4716 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4718 = slice %4704 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4719 = broadcast %4718 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4720 = mul %4717, %4719 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4721 = add %4715, %4720 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4722 = slice %4702 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4723 = broadcast %4722 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4724 = slice %4704 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4725 = broadcast %4724 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4726 = mul %4723, %4725 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4727 = add %4721, %4726 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4728 = slice %4702 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4729 = broadcast %4728 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4730 = slice %4704 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4731 = broadcast %4730 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4732 = mul %4729, %4731 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4733 = add %4727, %4732 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4734 = slice %4702 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4735 = broadcast %4734 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4736 = slice %4704 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4737 = broadcast %4736 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4738 = mul %4735, %4737 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4739 = add %4733, %4738 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4740 = slice %4702 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4741 = broadcast %4740 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4742 = slice %4704 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4743 = broadcast %4742 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4744 = mul %4741, %4743 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4745 = add %4739, %4744 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4746 = slice %4702 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4747 = broadcast %4746 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4748 = slice %4704 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4749 = broadcast %4748 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4750 = mul %4747, %4749 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4751 = add %4745, %4750 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4752 = cast %4751 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4753 = cast %3171 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4754 = permute %4753 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4755 = cast %4701 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4756 = reshape %4754 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4757 = broadcast %4756 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4758 = reshape %4755 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4759 = broadcast %4758 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4760 = mul %4757, %4759 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4761 = reduce_sum %4760 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4762 = cast %4761 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4763 = cast %4752 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4764 = div %4763, %3168 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4765 = mul %4764, %3170 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4766 = neg %4765 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4767 = reduce_sum %4766 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4768 = broadcast %4767 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4769 = add %4764, %4768 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4770 = exp %3165 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4771 = mul %4769, %4770 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4772 = mul %4771, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4773 = cast %4772 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4774 = cast %4773 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4775 = cast %3107 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4776 = reshape %4774 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4777 = broadcast %4776 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4778 = reshape %4775 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4779 = broadcast %4778 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4780 = mul %4777, %4779 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4781 = reduce_sum %4780 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4782 = cast %4781 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4783 = cast %4773 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4784 = permute %4783 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4785 = cast %3105 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4786 = reshape %4784 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4787 = broadcast %4786 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4788 = reshape %4785 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4789 = broadcast %4788 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4790 = mul %4787, %4789 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4791 = reduce_sum %4790 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4792 = cast %4791 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4793 = cast %4762 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4794 = reshape %4793 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4795 = cast %4792 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4796 = reshape %4795 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4797 = cast %4782 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4798 = reshape %4797 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4799 = concat %4798, %4796, %4794 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4800 = permute %4799 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%4801 = reshape %4800 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%4802 = reduce_sum %4801 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%4803 = reshape %4802 : f32[48] @ models/lib/nn.yaml:84:18
%4804 = cast %4801 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%4805 = matmul %4804, %2370 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4806 = reshape %4804 : bf16[36,48] @ models/lib/nn.yaml:83:15
%4807 = reshape %3096 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4808 = matmul %4806, %4807 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%4809 = cast %4805 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4810 = reduce_sum %4809 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4811 = reshape %4810 : f32[16] @ models/lib/nn.yaml:96:46
%4812 = cast %4805 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4813 = mul %4812, %3092 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4814 = cast %4805 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4815 = mul %4814, %3091 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4816 = reduce_sum %4815 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4817 = reshape %4816 : f32[16] @ models/lib/nn.yaml:96:37
%4818 = mul %4813, %3090 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4819 = mul %4813, %3084 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4820 = reduce_sum %4819 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4821 = mul %3089, %3089 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4822 = mul %3089, %4821 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4823 = mul %4822, %4676 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4824 = mul %4820, %4823 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4825 = div %4824, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4826 = broadcast %4825 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4827 = mul %4826, %3084 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4828 = add %4818, %4827 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4829 = add %4828, %4827 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4830 = add %4689, %4829 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4831 = neg %4829 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4832 = reduce_sum %4831 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4833 = div %4832, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4834 = broadcast %4833 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4835 = add %4830, %4834 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4836 = reduce_sum %4835 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4837 = reshape %4836 : f32[16] @ models/lib/nn.yaml:84:18
%4838 = cast %4835 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4839 = matmul %4838, %2348 ta=0 tb=0 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4840 = reshape %4838 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4841 = reshape %3075 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4842 = matmul %4840, %4841 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%4843 = cast %4839 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4844 = add %1375, %3071 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%4845 = mul %4843, %4844 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4846 = cast %4839 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4847 = mul %1370, %3069 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4848 = mul %4846, %4847 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%4849 = mul %3069, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4850 = mul %4849, %4849 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4851 = neg %4850 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4852 = exp %4851 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4853 = mul %4852, %4649 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4854 = mul %4848, %4853 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%4855 = mul %4854, %1372 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%4856 = mul %4845, %1370 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4857 = add %4855, %4856 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%4858 = reduce_sum %4857 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%4859 = reshape %4858 : f32[64] @ models/lib/nn.yaml:84:18
%4860 = cast %4857 : bf16[4,9,64] @ models/lib/nn.yaml:83:15
%4861 = matmul %4860, %2337 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4862 = reshape %4860 : bf16[36,64] @ models/lib/nn.yaml:83:15
%4863 = reshape %3065 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4864 = matmul %4862, %4863 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%4865 = cast %4861 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4866 = reduce_sum %4865 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%4867 = reshape %4866 : f32[16] @ models/lib/nn.yaml:96:46
%4868 = cast %4861 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4869 = mul %4868, %3061 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4870 = cast %4861 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%4871 = mul %4870, %3060 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%4872 = reduce_sum %4871 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%4873 = reshape %4872 : f32[16] @ models/lib/nn.yaml:96:37
%4874 = mul %4869, %3059 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4875 = mul %4869, %3053 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%4876 = reduce_sum %4875 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%4877 = mul %3058, %3058 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4878 = mul %3058, %4877 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4879 = mul %4878, %4676 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4880 = mul %4876, %4879 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%4881 = div %4880, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%4882 = broadcast %4881 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%4883 = mul %4882, %3053 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4884 = add %4874, %4883 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4885 = add %4884, %4883 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%4886 = add %4835, %4885 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4887 = neg %4885 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%4888 = reduce_sum %4887 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%4889 = div %4888, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%4890 = broadcast %4889 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4891 = add %4886, %4890 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%4892 = reduce_sum %4891 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%4893 = reshape %4892 : f32[16] @ models/lib/nn.yaml:84:18
%4894 = cast %4891 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4895 = matmul %4894, %2315 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%4896 = reshape %4894 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4897 = reshape %3043 : bf16[36,16] @ models/lib/nn.yaml:83:15
%4898 = matmul %4896, %4897 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%4899 = reshape %4895 : bf16[4,9,2,8] @ models/lib/nn.yaml:57:16
%4900 = permute %4899 perm=[0,2,1,3] : bf16[4,2,9,8] @ models/lib/nn.yaml:56:13
%4901 = cast %4900 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4902 = cast %3033 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4903 = permute %4902 perm=[0,1,3,2] : f32[4,2,8,9] @ models/lib/nn.yaml:56:23
%4904 = slice %4901 lo=[0,0,0,0] hi=[4,2,9,1] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4905 = broadcast %4904 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4906 = slice %4903 lo=[0,0,0,0] hi=[4,2,1,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4907 = broadcast %4906 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4908 = mul %4905, %4907 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4909 = slice %4901 lo=[0,0,0,1] hi=[4,2,9,2] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4910 = broadcast %4909 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4911 = slice %4903 lo=[0,0,1,0] hi=[4,2,2,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4912 = broadcast %4911 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4913 = mul %4910, %4912 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4914 = add %4908, %4913 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4915 = slice %4901 lo=[0,0,0,2] hi=[4,2,9,3] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4916 = broadcast %4915 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4917 = slice %4903 lo=[0,0,2,0] hi=[4,2,3,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4918 = broadcast %4917 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4919 = mul %4916, %4918 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4920 = add %4914, %4919 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4921 = slice %4901 lo=[0,0,0,3] hi=[4,2,9,4] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4922 = broadcast %4921 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4923 = slice %4903 lo=[0,0,3,0] hi=[4,2,4,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4924 = broadcast %4923 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4925 = mul %4922, %4924 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4926 = add %4920, %4925 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4927 = slice %4901 lo=[0,0,0,4] hi=[4,2,9,5] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4928 = broadcast %4927 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4929 = slice %4903 lo=[0,0,4,0] hi=[4,2,5,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4930 = broadcast %4929 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4931 = mul %4928, %4930 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4932 = add %4926, %4931 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4933 = slice %4901 lo=[0,0,0,5] hi=[4,2,9,6] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4934 = broadcast %4933 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4935 = slice %4903 lo=[0,0,5,0] hi=[4,2,6,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4936 = broadcast %4935 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4937 = mul %4934, %4936 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4938 = add %4932, %4937 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4939 = slice %4901 lo=[0,0,0,6] hi=[4,2,9,7] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4940 = broadcast %4939 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4941 = slice %4903 lo=[0,0,6,0] hi=[4,2,7,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4942 = broadcast %4941 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4943 = mul %4940, %4942 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4944 = add %4938, %4943 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4945 = slice %4901 lo=[0,0,0,7] hi=[4,2,9,8] : f32[4,2,9,1] @ models/lib/nn.yaml:56:23
%4946 = broadcast %4945 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4947 = slice %4903 lo=[0,0,7,0] hi=[4,2,8,9] : f32[4,2,1,9] @ models/lib/nn.yaml:56:23
%4948 = broadcast %4947 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4949 = mul %4946, %4948 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4950 = add %4944, %4949 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4951 = cast %4950 : bf16[4,2,9,9] @ models/lib/nn.yaml:56:23
%4952 = cast %3031 : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4953 = permute %4952 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:56:23
%4954 = cast %4900 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4955 = reshape %4953 : f32[4,2,9,9,1] @ models/lib/nn.yaml:56:23
%4956 = broadcast %4955 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4957 = reshape %4954 : f32[4,2,1,9,8] @ models/lib/nn.yaml:56:23
%4958 = broadcast %4957 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4959 = mul %4956, %4958 : f32[4,2,9,9,8] @ models/lib/nn.yaml:56:23
%4960 = reduce_sum %4959 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%4961 = cast %4960 : bf16[4,2,9,8] @ models/lib/nn.yaml:56:23
%4962 = cast %4951 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4963 = div %4962, %3028 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4964 = mul %4963, %3030 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4965 = neg %4964 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%4966 = reduce_sum %4965 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:18
%4967 = broadcast %4966 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4968 = add %4963, %4967 : f32[4,2,9,9] @ models/lib/nn.yaml:15:20
%4969 = exp %3025 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4970 = mul %4968, %4969 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%4971 = mul %4970, %1318 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%4972 = cast %4971 : bf16[4,2,9,9] @ models/lib/nn.yaml:55:23
%4973 = cast %4972 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4974 = cast %2967 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4975 = reshape %4973 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4976 = broadcast %4975 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4977 = reshape %4974 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4978 = broadcast %4977 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4979 = mul %4976, %4978 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4980 = reduce_sum %4979 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4981 = cast %4980 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4982 = cast %4972 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4983 = permute %4982 perm=[0,1,3,2] : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%4984 = cast %2965 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4985 = reshape %4983 : f32[4,2,9,9,1] @ models/lib/nn.yaml:55:23
%4986 = broadcast %4985 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4987 = reshape %4984 : f32[4,2,1,9,8] @ models/lib/nn.yaml:55:23
%4988 = broadcast %4987 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4989 = mul %4986, %4988 : f32[4,2,9,9,8] @ models/lib/nn.yaml:55:23
%4990 = reduce_sum %4989 axes=[3] keep=0 : f32[4,2,9,8] @ models/lib/nn.yaml:55:23
%4991 = cast %4990 : bf16[4,2,9,8] @ models/lib/nn.yaml:55:23
%4992 = cast %4961 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%4993 = reshape %4992 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%4994 = cast %4991 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%4995 = reshape %4994 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%4996 = cast %4981 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%4997 = reshape %4996 : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%4998 = concat %4997, %4995, %4993 axis=0 : f32[3,4,2,9,8] @ models/lib/nn.yaml:67:28
%4999 = permute %4998 perm=[1,3,0,2,4] : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:13
%5000 = reshape %4999 : f32[4,9,48] @ models/lib/nn.yaml:66:21
%5001 = reduce_sum %5000 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5002 = reshape %5001 : f32[48] @ models/lib/nn.yaml:84:18
%5003 = cast %5000 : bf16[4,9,48] @ models/lib/nn.yaml:83:15
%5004 = matmul %5003, %2226 ta=0 tb=0 : bf16[4,9,16] @ models/lib/nn.yaml:83:15
%5005 = reshape %5003 : bf16[36,48] @ models/lib/nn.yaml:83:15
%5006 = reshape %2956 : bf16[36,16] @ models/lib/nn.yaml:83:15
%5007 = matmul %5005, %5006 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5008 = cast %5004 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5009 = reduce_sum %5008 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5010 = reshape %5009 : f32[16] @ models/lib/nn.yaml:96:46
%5011 = cast %5004 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5012 = mul %5011, %2952 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5013 = cast %5004 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%5014 = mul %5013, %2951 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%5015 = reduce_sum %5014 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5016 = reshape %5015 : f32[16] @ models/lib/nn.yaml:96:37
%5017 = mul %5012, %2950 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5018 = mul %5012, %2944 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%5019 = reduce_sum %5018 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:96:18
%5020 = mul %2949, %2949 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5021 = mul %2949, %5020 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5022 = mul %5021, %4676 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5023 = mul %5019, %5022 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%5024 = div %5023, %1239 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%5025 = broadcast %5024 : f32[4,9,16] @ models/lib/nn.yaml:95:15
%5026 = mul %5025, %2944 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5027 = add %5017, %5026 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5028 = add %5027, %5026 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%5029 = add %4891, %5028 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5030 = neg %5028 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%5031 = reduce_sum %5030 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:94:15
%5032 = div %5031, %1239 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%5033 = broadcast %5032 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5034 = add %5029, %5033 : f32[4,9,16] @ models/lib/nn.yaml:93:14
%5035 = reduce_sum %5034 axes=[0] keep=1 : f32[1,9,16] @ models/lib/vit.yaml:62:15
%5036 = cast %5035 : bf16[1,9,16] @ models/lib/vit.yaml:34:15
%5037 = reshape %5036 : bf16[3,3,16] @ models/lib/vit.yaml:36:16
%5038 = permute %5037 perm=[1,0,2] : bf16[3,3,16] @ models/lib/vit.yaml:35:13
%5039 = reshape %5038 : bf16[3,48] @ models/lib/vit.yaml:35:21
%5040 = matmul %1225, %5039 ta=1 tb=0 : bf16[4,48] @ models/lib/vit.yaml:34:15
%5041 = reshape %5040 : bf16[4,3,16] @ models/lib/vit.yaml:34:17
%5042 = permute %5041 perm=[1,0,2] : bf16[3,4,16] @ models/lib/vit.yaml:33:13
%5043 = reshape %5042 : bf16[3,64] @ models/lib/vit.yaml:33:21
%5044 = matmul %1225, %5043 ta=1 tb=0 : bf16[4,64] @ models/lib/vit.yaml:32:15
%5045 = cast %5044 : f32[4,64] @ models/lib/vit.yaml:32:17
%5046 = reshape %5045 : f32[1,16,16] @ models/lib/vit.yaml:32:17
%5047 = reduce_sum %5034 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%5048 = reshape %5047 : f32[16] @ models/lib/vit.yaml:17:71
%5049 = reshape %5034 : f32[36,16] @ models/lib/vit.yaml:17:18
%5050 = cast %5049 : bf16[36,16] @ models/lib/vit.yaml:17:18
%5051 = reshape %1217 : bf16[36,48] @ models/lib/vit.yaml:17:18
%5052 = matmul %5050, %5051 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%5053 = cast %5052 : f32[16,48] @ models/lib/vit.yaml:17:20
%5054 = reshape %5053 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%5055 = concat %3933, %3921 axis=0 : f32[4,16,16] @ models/dino_pass.yaml:132:27
%5056 = concat %3965, %3995 axis=0 : f32[4,1,32] @ models/dino_pass.yaml:132:20
%5057 = cast %5055 : bf16[4,16,16] @ models/lib/dino.yaml:23:18
%5058 = matmul %5057, %2916 ta=0 tb=0 : bf16[4,16,8] @ models/lib/dino.yaml:23:18
%5059 = reshape %5057 : bf16[64,16] @ models/lib/dino.yaml:23:18
%5060 = reshape %2915 : bf16[64,8] @ models/lib/dino.yaml:23:18
%5061 = matmul %5059, %5060 ta=1 tb=0 : bf16[16,8] @ models/lib/dino.yaml:23:18
%5062 = cast %5061 : f32[16,8] @ models/lib/dino.yaml:22:33
%5063 = div %5062, %2913 : f32[16,8] @ models/lib/dino.yaml:22:33
%5064 = mul %5063, %2914 : f32[16,8] @ models/lib/dino.yaml:22:33
%5065 = neg %5064 : f32[16,8] @ models/lib/dino.yaml:22:33
%5066 = reduce_sum %5065 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:33
%5067 = mul %5066, %4008 : f32[16,1] @ models/lib/dino.yaml:22:35
%5068 = div %5067, %2912 : f32[16,1] @ models/lib/dino.yaml:22:35
%5069 = broadcast %5068 : f32[16,8] @ models/lib/dino.yaml:22:40
%5070 = mul %5069, %84 : f32[16,8] @ models/lib/dino.yaml:22:53
%5071 = add %4015, %5070 : f32[16,8] @ models/lib/dino.yaml:22:53
%5072 = add %5071, %5070 : f32[16,8] @ models/lib/dino.yaml:22:53
%5073 = mul %5063, %2908 : f32[16,8] @ models/lib/dino.yaml:22:22
%5074 = add %5072, %5073 : f32[16,8] @ models/lib/dino.yaml:22:22
%5075 = cast %5058 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5076 = div %5075, %2906 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5077 = mul %5076, %2907 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5078 = neg %5077 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%5079 = reduce_sum %5078 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:18
%5080 = broadcast %4021 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5081 = broadcast %315 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5082 = mul %5079, %5081 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5083 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5084 = eq %5083, %1195 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5085 = select %5084, %5082, %5080 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5086 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5087 = gt %5086, %1195 : bool[4,16,1] @ models/lib/nn.yaml:33:20
%5088 = select %5087, %5079, %5085 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%5089 = mul %5088, %5081 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5090 = sqrt %2903 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5091 = div %5089, %5090 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%5092 = broadcast %5091 : f32[4,16,8] @ models/lib/nn.yaml:33:29
%5093 = mul %5092, %2901 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5094 = add %5076, %5093 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5095 = add %5094, %5093 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%5096 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,64] @ models/lib/nn.yaml:84:18
%5097 = reshape %5095 : f32[64,8] @ models/lib/nn.yaml:84:18
%5098 = matmul %5096, %5097 ta=0 tb=0 : f32[1,8] @ models/lib/nn.yaml:84:18
%5099 = reshape %5098 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5100 = reshape %5099 : f32[8] @ models/lib/nn.yaml:84:18
%5101 = add %4039, %5100 : f32[8] @ models/lib/nn.yaml:84:18
%5102 = cast %5095 : bf16[4,16,8] @ models/lib/nn.yaml:83:15
%5103 = matmul %5102, %2897 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5104 = reshape %5102 : bf16[64,8] @ models/lib/nn.yaml:83:15
%5105 = reshape %2896 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5106 = matmul %5104, %5105 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5107 = cast %4044 : f32[8,24] @ models/lib/nn.yaml:83:15
%5108 = cast %5106 : f32[8,24] @ models/lib/nn.yaml:83:15
%5109 = add %5107, %5108 : f32[8,24] @ models/lib/nn.yaml:83:15
%5110 = cast %5103 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5111 = add %1172, %2892 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5112 = mul %5110, %5111 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5113 = cast %5103 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5114 = mul %1167, %2890 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5115 = mul %5113, %5114 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5116 = mul %2890, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5117 = mul %5116, %5116 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5118 = neg %5117 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5119 = exp %5118 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5120 = broadcast %4055 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5121 = mul %5119, %5120 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5122 = mul %5115, %5121 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5123 = mul %5122, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5124 = mul %5112, %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5125 = add %5123, %5124 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5126 = reshape %5125 : f32[64,24] @ models/lib/nn.yaml:84:18
%5127 = matmul %5096, %5126 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5128 = reshape %5127 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5129 = reshape %5128 : f32[24] @ models/lib/nn.yaml:84:18
%5130 = add %4063, %5129 : f32[24] @ models/lib/nn.yaml:84:18
%5131 = cast %5125 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5132 = matmul %5131, %2886 ta=0 tb=0 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5133 = reshape %5131 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5134 = reshape %2885 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5135 = matmul %5133, %5134 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5136 = cast %4068 : f32[24,24] @ models/lib/nn.yaml:83:15
%5137 = cast %5135 : f32[24,24] @ models/lib/nn.yaml:83:15
%5138 = add %5136, %5137 : f32[24,24] @ models/lib/nn.yaml:83:15
%5139 = cast %5132 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5140 = add %1172, %2881 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%5141 = mul %5139, %5140 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5142 = cast %5132 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5143 = mul %1167, %2879 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5144 = mul %5142, %5143 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%5145 = mul %2879, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5146 = mul %5145, %5145 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5147 = neg %5146 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5148 = exp %5147 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5149 = mul %5148, %5120 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5150 = mul %5144, %5149 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%5151 = mul %5150, %1169 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%5152 = mul %5141, %1167 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5153 = add %5151, %5152 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%5154 = reshape %5153 : f32[64,24] @ models/lib/nn.yaml:84:18
%5155 = matmul %5096, %5154 ta=0 tb=0 : f32[1,24] @ models/lib/nn.yaml:84:18
%5156 = reshape %5155 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5157 = reshape %5156 : f32[24] @ models/lib/nn.yaml:84:18
%5158 = add %4085, %5157 : f32[24] @ models/lib/nn.yaml:84:18
%5159 = cast %5153 : bf16[4,16,24] @ models/lib/nn.yaml:83:15
%5160 = matmul %5159, %2875 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5161 = reshape %5159 : bf16[64,24] @ models/lib/nn.yaml:83:15
%5162 = reshape %2874 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5163 = matmul %5161, %5162 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5164 = cast %4090 : f32[24,16] @ models/lib/nn.yaml:83:15
%5165 = cast %5163 : f32[24,16] @ models/lib/nn.yaml:83:15
%5166 = add %5164, %5165 : f32[24,16] @ models/lib/nn.yaml:83:15
%5167 = cast %5160 : f32[4,16,16] @ models/dino_pass.yaml:103:46
%5168 = cast %5056 : bf16[4,1,32] @ models/lib/dino.yaml:23:18
%5169 = matmul %5168, %2872 ta=0 tb=0 : bf16[4,1,8] @ models/lib/dino.yaml:23:18
%5170 = reshape %5168 : bf16[4,32] @ models/lib/dino.yaml:23:18
%5171 = reshape %2871 : bf16[4,8] @ models/lib/dino.yaml:23:18
%5172 = matmul %5170, %5171 ta=1 tb=0 : bf16[32,8] @ models/lib/dino.yaml:23:18
%5173 = cast %5172 : f32[32,8] @ models/lib/dino.yaml:22:33
%5174 = div %5173, %2869 : f32[32,8] @ models/lib/dino.yaml:22:33
%5175 = mul %5174, %2870 : f32[32,8] @ models/lib/dino.yaml:22:33
%5176 = neg %5175 : f32[32,8] @ models/lib/dino.yaml:22:33
%5177 = reduce_sum %5176 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:33
%5178 = mul %5177, %4102 : f32[32,1] @ models/lib/dino.yaml:22:35
%5179 = div %5178, %2868 : f32[32,1] @ models/lib/dino.yaml:22:35
%5180 = broadcast %5179 : f32[32,8] @ models/lib/dino.yaml:22:40
%5181 = mul %5180, %76 : f32[32,8] @ models/lib/dino.yaml:22:53
%5182 = add %4109, %5181 : f32[32,8] @ models/lib/dino.yaml:22:53
%5183 = add %5182, %5181 : f32[32,8] @ models/lib/dino.yaml:22:53
%5184 = mul %5174, %2864 : f32[32,8] @ models/lib/dino.yaml:22:22
%5185 = add %5183, %5184 : f32[32,8] @ models/lib/dino.yaml:22:22
%5186 = cast %5169 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5187 = div %5186, %2862 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5188 = mul %5187, %2863 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5189 = neg %5188 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%5190 = reduce_sum %5189 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:18
%5191 = mul %5190, %4116 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5192 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5193 = eq %5192, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5194 = select %5193, %5191, %4115 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5195 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5196 = gt %5195, %1147 : bool[4,1,1] @ models/lib/nn.yaml:33:20
%5197 = select %5196, %5190, %5194 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%5198 = mul %5197, %4116 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5199 = sqrt %2859 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5200 = div %5198, %5199 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%5201 = broadcast %5200 : f32[4,1,8] @ models/lib/nn.yaml:33:29
%5202 = mul %5201, %2857 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5203 = add %5187, %5202 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5204 = add %5203, %5202 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%5205 = reduce_sum %5204 axes=[0,1] keep=1 : f32[1,1,8] @ models/lib/nn.yaml:84:18
%5206 = reshape %5205 : f32[8] @ models/lib/nn.yaml:84:18
%5207 = add %4132, %5206 : f32[8] @ models/lib/nn.yaml:84:18
%5208 = cast %5204 : bf16[4,1,8] @ models/lib/nn.yaml:83:15
%5209 = matmul %5208, %2853 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5210 = reshape %5208 : bf16[4,8] @ models/lib/nn.yaml:83:15
%5211 = reshape %2852 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5212 = matmul %5210, %5211 ta=1 tb=0 : bf16[8,24] @ models/lib/nn.yaml:83:15
%5213 = cast %4137 : f32[8,24] @ models/lib/nn.yaml:83:15
%5214 = cast %5212 : f32[8,24] @ models/lib/nn.yaml:83:15
%5215 = add %5213, %5214 : f32[8,24] @ models/lib/nn.yaml:83:15
%5216 = cast %5209 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5217 = add %1123, %2848 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5218 = mul %5216, %5217 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5219 = cast %5209 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5220 = mul %1118, %2846 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5221 = mul %5219, %5220 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5222 = mul %2846, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5223 = mul %5222, %5222 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5224 = neg %5223 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5225 = exp %5224 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5226 = mul %5225, %4148 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5227 = mul %5221, %5226 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5228 = mul %5227, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5229 = mul %5218, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5230 = add %5228, %5229 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5231 = reduce_sum %5230 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5232 = reshape %5231 : f32[24] @ models/lib/nn.yaml:84:18
%5233 = add %4155, %5232 : f32[24] @ models/lib/nn.yaml:84:18
%5234 = cast %5230 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5235 = matmul %5234, %2842 ta=0 tb=0 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5236 = reshape %5234 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5237 = reshape %2841 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5238 = matmul %5236, %5237 ta=1 tb=0 : bf16[24,24] @ models/lib/nn.yaml:83:15
%5239 = cast %4160 : f32[24,24] @ models/lib/nn.yaml:83:15
%5240 = cast %5238 : f32[24,24] @ models/lib/nn.yaml:83:15
%5241 = add %5239, %5240 : f32[24,24] @ models/lib/nn.yaml:83:15
%5242 = cast %5235 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5243 = add %1123, %2837 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%5244 = mul %5242, %5243 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5245 = cast %5235 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5246 = mul %1118, %2835 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5247 = mul %5245, %5246 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%5248 = mul %2835, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5249 = mul %5248, %5248 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5250 = neg %5249 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5251 = exp %5250 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5252 = mul %5251, %4148 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5253 = mul %5247, %5252 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%5254 = mul %5253, %1120 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%5255 = mul %5244, %1118 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5256 = add %5254, %5255 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%5257 = reduce_sum %5256 axes=[0,1] keep=1 : f32[1,1,24] @ models/lib/nn.yaml:84:18
%5258 = reshape %5257 : f32[24] @ models/lib/nn.yaml:84:18
%5259 = add %4177, %5258 : f32[24] @ models/lib/nn.yaml:84:18
%5260 = cast %5256 : bf16[4,1,24] @ models/lib/nn.yaml:83:15
%5261 = matmul %5260, %2831 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5262 = reshape %5260 : bf16[4,24] @ models/lib/nn.yaml:83:15
%5263 = reshape %2830 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5264 = matmul %5262, %5263 ta=1 tb=0 : bf16[24,16] @ models/lib/nn.yaml:83:15
%5265 = cast %4182 : f32[24,16] @ models/lib/nn.yaml:83:15
%5266 = cast %5264 : f32[24,16] @ models/lib/nn.yaml:83:15
%5267 = add %5265, %5266 : f32[24,16] @ models/lib/nn.yaml:83:15
%5268 = cast %5261 : f32[4,1,16] @ models/dino_pass.yaml:103:28
%5269 = concat %5268, %5167 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:103:28
%5270 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,68] @ models/lib/nn.yaml:96:46
%5271 = reshape %5269 : f32[68,16] @ models/lib/nn.yaml:96:46
%5272 = matmul %5270, %5271 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5273 = reshape %5272 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5274 = reshape %5273 : f32[16] @ models/lib/nn.yaml:96:46
%5275 = add %4186, %5274 : f32[16] @ models/lib/nn.yaml:96:46
%5276 = mul %5269, %2825 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5277 = mul %5269, %2824 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5278 = reshape %5277 : f32[68,16] @ models/lib/nn.yaml:96:37
%5279 = matmul %5270, %5278 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5280 = reshape %5279 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5281 = reshape %5280 : f32[16] @ models/lib/nn.yaml:96:37
%5282 = add %4190, %5281 : f32[16] @ models/lib/nn.yaml:96:37
%5283 = mul %5276, %2823 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5284 = mul %5276, %2817 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5285 = reduce_sum %5284 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5286 = mul %2822, %2822 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5287 = mul %2822, %5286 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5288 = broadcast %4196 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5289 = mul %5287, %5288 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5290 = mul %5285, %5289 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5291 = div %5290, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5292 = broadcast %5291 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5293 = mul %5292, %2817 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5294 = add %5283, %5293 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5295 = add %5294, %5293 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5296 = neg %5295 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5297 = reduce_sum %5296 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5298 = div %5297, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5299 = broadcast %5298 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5300 = add %5295, %5299 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5301 = slice %5300 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:111:21
%5302 = slice %5300 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:111:21
%5303 = reduce_sum %5301 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5304 = reshape %5303 : f32[16] @ models/lib/nn.yaml:84:18
%5305 = add %4213, %5304 : f32[16] @ models/lib/nn.yaml:84:18
%5306 = cast %5301 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5307 = matmul %5306, %2807 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5308 = reshape %5306 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5309 = reshape %2806 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5310 = matmul %5308, %5309 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5311 = cast %4218 : f32[16,64] @ models/lib/nn.yaml:83:15
%5312 = cast %5310 : f32[16,64] @ models/lib/nn.yaml:83:15
%5313 = add %5311, %5312 : f32[16,64] @ models/lib/nn.yaml:83:15
%5314 = cast %5307 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5315 = add %944, %2802 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5316 = mul %5314, %5315 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5317 = cast %5307 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5318 = mul %939, %2800 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5319 = mul %5317, %5318 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5320 = mul %2800, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5321 = mul %5320, %5320 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5322 = neg %5321 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5323 = exp %5322 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5324 = mul %5323, %4229 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5325 = mul %5319, %5324 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5326 = mul %5325, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5327 = mul %5316, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5328 = add %5326, %5327 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5329 = reduce_sum %5328 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5330 = reshape %5329 : f32[64] @ models/lib/nn.yaml:84:18
%5331 = add %4236, %5330 : f32[64] @ models/lib/nn.yaml:84:18
%5332 = cast %5328 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5333 = matmul %5332, %2796 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5334 = reshape %5332 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5335 = reshape %2795 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5336 = matmul %5334, %5335 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5337 = cast %4241 : f32[64,16] @ models/lib/nn.yaml:83:15
%5338 = cast %5336 : f32[64,16] @ models/lib/nn.yaml:83:15
%5339 = add %5337, %5338 : f32[64,16] @ models/lib/nn.yaml:83:15
%5340 = cast %5333 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5341 = reduce_sum %5340 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5342 = reshape %5341 : f32[16] @ models/lib/nn.yaml:96:46
%5343 = add %4244, %5342 : f32[16] @ models/lib/nn.yaml:96:46
%5344 = cast %5333 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5345 = mul %5344, %2791 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5346 = cast %5333 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5347 = mul %5346, %2790 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5348 = reduce_sum %5347 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5349 = reshape %5348 : f32[16] @ models/lib/nn.yaml:96:37
%5350 = add %4250, %5349 : f32[16] @ models/lib/nn.yaml:96:37
%5351 = mul %5345, %2789 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5352 = mul %5345, %2783 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5353 = reduce_sum %5352 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5354 = mul %2788, %2788 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5355 = mul %2788, %5354 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5356 = mul %5355, %4256 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5357 = mul %5353, %5356 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5358 = div %5357, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5359 = broadcast %5358 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5360 = mul %5359, %2783 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5361 = add %5351, %5360 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5362 = add %5361, %5360 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5363 = add %5301, %5362 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5364 = neg %5362 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5365 = reduce_sum %5364 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5366 = div %5365, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5367 = broadcast %5366 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5368 = add %5363, %5367 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5369 = reduce_sum %5368 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5370 = reshape %5369 : f32[16] @ models/lib/nn.yaml:84:18
%5371 = add %4271, %5370 : f32[16] @ models/lib/nn.yaml:84:18
%5372 = cast %5368 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5373 = matmul %5372, %2774 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5374 = reshape %5372 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5375 = reshape %2772 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5376 = matmul %5374, %5375 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5377 = cast %4276 : f32[16,16] @ models/lib/nn.yaml:83:15
%5378 = cast %5376 : f32[16,16] @ models/lib/nn.yaml:83:15
%5379 = add %5377, %5378 : f32[16,16] @ models/lib/nn.yaml:83:15
%5380 = reshape %5373 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5381 = permute %5380 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5382 = cast %5381 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5383 = cast %2762 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5384 = permute %5383 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5385 = slice %5382 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5386 = broadcast %5385 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5387 = slice %5384 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5388 = mul %5386, %5387 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5389 = slice %5382 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5390 = broadcast %5389 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5391 = slice %5384 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5392 = mul %5390, %5391 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5393 = add %5388, %5392 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5394 = slice %5382 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5395 = broadcast %5394 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5396 = slice %5384 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5397 = mul %5395, %5396 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5398 = add %5393, %5397 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5399 = slice %5382 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5400 = broadcast %5399 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5401 = slice %5384 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5402 = mul %5400, %5401 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5403 = add %5398, %5402 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5404 = slice %5382 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5405 = broadcast %5404 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5406 = slice %5384 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5407 = mul %5405, %5406 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5408 = add %5403, %5407 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5409 = slice %5382 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5410 = broadcast %5409 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5411 = slice %5384 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5412 = mul %5410, %5411 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5413 = add %5408, %5412 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5414 = slice %5382 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5415 = broadcast %5414 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5416 = slice %5384 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5417 = mul %5415, %5416 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5418 = add %5413, %5417 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5419 = slice %5382 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5420 = broadcast %5419 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5421 = slice %5384 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5422 = mul %5420, %5421 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5423 = add %5418, %5422 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5424 = cast %5423 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5425 = cast %2759 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5426 = permute %5425 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5427 = cast %5381 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5428 = broadcast %5426 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5429 = broadcast %5427 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5430 = mul %5428, %5429 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5431 = cast %5430 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5432 = cast %5424 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5433 = div %5432, %2756 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5434 = mul %5433, %2758 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5435 = neg %5434 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5436 = reduce_sum %5435 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5437 = broadcast %5436 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5438 = add %5433, %5437 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5439 = exp %2753 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5440 = mul %5438, %5439 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5441 = mul %5440, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5442 = cast %5441 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5443 = cast %5442 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5444 = cast %2703 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5445 = reshape %5443 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5446 = broadcast %5445 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5447 = reshape %5444 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5448 = broadcast %5447 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5449 = mul %5446, %5448 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5450 = reduce_sum %5449 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5451 = cast %5450 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5452 = cast %5442 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5453 = permute %5452 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5454 = cast %2700 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5455 = broadcast %5453 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5456 = broadcast %5454 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5457 = mul %5455, %5456 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5458 = cast %5457 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5459 = cast %5431 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5460 = permute %5459 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5461 = reshape %5460 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5462 = reshape %5461 : f32[68,16] @ models/lib/nn.yaml:84:18
%5463 = matmul %5270, %5462 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5464 = reshape %5463 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5465 = reshape %5464 : f32[16] @ models/lib/nn.yaml:84:18
%5466 = add %4360, %5465 : f32[16] @ models/lib/nn.yaml:84:18
%5467 = permute %5431 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5468 = reshape %5467 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5469 = matmul %5468, %2693 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5470 = reshape %5467 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5471 = reshape %2681 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5472 = matmul %5470, %5471 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5473 = cast %4366 : f32[16,16] @ models/lib/nn.yaml:83:15
%5474 = cast %5472 : f32[16,16] @ models/lib/nn.yaml:83:15
%5475 = add %5473, %5474 : f32[16,16] @ models/lib/nn.yaml:83:15
%5476 = cast %5458 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5477 = permute %5476 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5478 = reshape %5477 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5479 = reshape %5478 : f32[68,16] @ models/lib/nn.yaml:84:18
%5480 = matmul %5270, %5479 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5481 = reshape %5480 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5482 = reshape %5481 : f32[16] @ models/lib/nn.yaml:84:18
%5483 = add %4371, %5482 : f32[16] @ models/lib/nn.yaml:84:18
%5484 = permute %5458 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5485 = reshape %5484 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5486 = matmul %5485, %2688 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5487 = cast %5469 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5488 = cast %5486 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5489 = add %5487, %5488 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5490 = reshape %5484 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5491 = matmul %5490, %5471 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5492 = cast %4379 : f32[16,16] @ models/lib/nn.yaml:83:15
%5493 = cast %5491 : f32[16,16] @ models/lib/nn.yaml:83:15
%5494 = add %5492, %5493 : f32[16,16] @ models/lib/nn.yaml:83:15
%5495 = cast %5451 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5496 = permute %5495 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5497 = reshape %5496 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5498 = reduce_sum %5497 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5499 = reshape %5498 : f32[16] @ models/lib/nn.yaml:84:18
%5500 = add %4384, %5499 : f32[16] @ models/lib/nn.yaml:84:18
%5501 = permute %5451 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5502 = reshape %5501 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5503 = matmul %5502, %2683 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5504 = reshape %5501 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5505 = reshape %2682 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5506 = matmul %5504, %5505 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5507 = cast %4390 : f32[16,16] @ models/lib/nn.yaml:83:15
%5508 = cast %5506 : f32[16,16] @ models/lib/nn.yaml:83:15
%5509 = add %5507, %5508 : f32[16,16] @ models/lib/nn.yaml:83:15
%5510 = cast %5503 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5511 = pad %5510 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5512 = add %5489, %5511 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5513 = reshape %5512 : f32[68,16] @ models/lib/nn.yaml:96:46
%5514 = matmul %5270, %5513 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5515 = reshape %5514 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5516 = reshape %5515 : f32[16] @ models/lib/nn.yaml:96:46
%5517 = add %4395, %5516 : f32[16] @ models/lib/nn.yaml:96:46
%5518 = mul %5512, %2677 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5519 = mul %5512, %2676 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5520 = reshape %5519 : f32[68,16] @ models/lib/nn.yaml:96:37
%5521 = matmul %5270, %5520 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5522 = reshape %5521 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5523 = reshape %5522 : f32[16] @ models/lib/nn.yaml:96:37
%5524 = add %4399, %5523 : f32[16] @ models/lib/nn.yaml:96:37
%5525 = mul %5518, %2675 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5526 = mul %5518, %2669 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5527 = reduce_sum %5526 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5528 = mul %2674, %2674 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5529 = mul %2674, %5528 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5530 = mul %5529, %5288 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5531 = mul %5527, %5530 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5532 = div %5531, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5533 = broadcast %5532 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5534 = mul %5533, %2669 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5535 = add %5525, %5534 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5536 = add %5535, %5534 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5537 = neg %5536 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5538 = reduce_sum %5537 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5539 = div %5538, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5540 = broadcast %5539 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5541 = add %5536, %5540 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5542 = slice %5541 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5543 = add %5368, %5542 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5544 = slice %5541 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5545 = add %5302, %5544 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5546 = reduce_sum %5543 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5547 = reshape %5546 : f32[16] @ models/lib/nn.yaml:84:18
%5548 = add %4422, %5547 : f32[16] @ models/lib/nn.yaml:84:18
%5549 = cast %5543 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5550 = matmul %5549, %2659 ta=0 tb=0 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5551 = reshape %5549 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5552 = reshape %2658 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5553 = matmul %5551, %5552 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5554 = cast %4427 : f32[16,64] @ models/lib/nn.yaml:83:15
%5555 = cast %5553 : f32[16,64] @ models/lib/nn.yaml:83:15
%5556 = add %5554, %5555 : f32[16,64] @ models/lib/nn.yaml:83:15
%5557 = cast %5550 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5558 = add %944, %2654 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%5559 = mul %5557, %5558 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5560 = cast %5550 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5561 = mul %939, %2652 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5562 = mul %5560, %5561 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%5563 = mul %2652, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5564 = mul %5563, %5563 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5565 = neg %5564 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5566 = exp %5565 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5567 = mul %5566, %4229 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5568 = mul %5562, %5567 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%5569 = mul %5568, %941 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%5570 = mul %5559, %939 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5571 = add %5569, %5570 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%5572 = reduce_sum %5571 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5573 = reshape %5572 : f32[64] @ models/lib/nn.yaml:84:18
%5574 = add %4444, %5573 : f32[64] @ models/lib/nn.yaml:84:18
%5575 = cast %5571 : bf16[4,1,64] @ models/lib/nn.yaml:83:15
%5576 = matmul %5575, %2648 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5577 = reshape %5575 : bf16[4,64] @ models/lib/nn.yaml:83:15
%5578 = reshape %2647 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5579 = matmul %5577, %5578 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5580 = cast %4449 : f32[64,16] @ models/lib/nn.yaml:83:15
%5581 = cast %5579 : f32[64,16] @ models/lib/nn.yaml:83:15
%5582 = add %5580, %5581 : f32[64,16] @ models/lib/nn.yaml:83:15
%5583 = cast %5576 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5584 = reduce_sum %5583 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5585 = reshape %5584 : f32[16] @ models/lib/nn.yaml:96:46
%5586 = add %4452, %5585 : f32[16] @ models/lib/nn.yaml:96:46
%5587 = cast %5576 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5588 = mul %5587, %2643 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5589 = cast %5576 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%5590 = mul %5589, %2642 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%5591 = reduce_sum %5590 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5592 = reshape %5591 : f32[16] @ models/lib/nn.yaml:96:37
%5593 = add %4458, %5592 : f32[16] @ models/lib/nn.yaml:96:37
%5594 = mul %5588, %2641 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5595 = mul %5588, %2635 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%5596 = reduce_sum %5595 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:96:18
%5597 = mul %2640, %2640 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5598 = mul %2640, %5597 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5599 = mul %5598, %4256 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5600 = mul %5596, %5599 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%5601 = div %5600, %918 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%5602 = broadcast %5601 : f32[4,1,16] @ models/lib/nn.yaml:95:15
%5603 = mul %5602, %2635 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5604 = add %5594, %5603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5605 = add %5604, %5603 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%5606 = add %5543, %5605 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5607 = neg %5605 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%5608 = reduce_sum %5607 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:94:15
%5609 = div %5608, %918 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%5610 = broadcast %5609 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5611 = add %5606, %5610 : f32[4,1,16] @ models/lib/nn.yaml:93:14
%5612 = reduce_sum %5611 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5613 = reshape %5612 : f32[16] @ models/lib/nn.yaml:84:18
%5614 = add %4478, %5613 : f32[16] @ models/lib/nn.yaml:84:18
%5615 = cast %5611 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5616 = matmul %5615, %2626 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5617 = reshape %5615 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5618 = reshape %2624 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5619 = matmul %5617, %5618 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5620 = cast %4483 : f32[16,16] @ models/lib/nn.yaml:83:15
%5621 = cast %5619 : f32[16,16] @ models/lib/nn.yaml:83:15
%5622 = add %5620, %5621 : f32[16,16] @ models/lib/nn.yaml:83:15
%5623 = reshape %5616 : bf16[4,1,2,8] @ models/lib/nn.yaml:57:16
%5624 = permute %5623 perm=[0,2,1,3] : bf16[4,2,1,8] @ models/lib/nn.yaml:56:13
%5625 = cast %5624 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5626 = cast %2614 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5627 = permute %5626 perm=[0,1,3,2] : f32[4,2,8,17] @ models/lib/nn.yaml:56:23
%5628 = slice %5625 lo=[0,0,0,0] hi=[4,2,1,1] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5629 = broadcast %5628 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5630 = slice %5627 lo=[0,0,0,0] hi=[4,2,1,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5631 = mul %5629, %5630 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5632 = slice %5625 lo=[0,0,0,1] hi=[4,2,1,2] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5633 = broadcast %5632 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5634 = slice %5627 lo=[0,0,1,0] hi=[4,2,2,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5635 = mul %5633, %5634 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5636 = add %5631, %5635 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5637 = slice %5625 lo=[0,0,0,2] hi=[4,2,1,3] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5638 = broadcast %5637 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5639 = slice %5627 lo=[0,0,2,0] hi=[4,2,3,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5640 = mul %5638, %5639 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5641 = add %5636, %5640 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5642 = slice %5625 lo=[0,0,0,3] hi=[4,2,1,4] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5643 = broadcast %5642 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5644 = slice %5627 lo=[0,0,3,0] hi=[4,2,4,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5645 = mul %5643, %5644 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5646 = add %5641, %5645 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5647 = slice %5625 lo=[0,0,0,4] hi=[4,2,1,5] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5648 = broadcast %5647 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5649 = slice %5627 lo=[0,0,4,0] hi=[4,2,5,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5650 = mul %5648, %5649 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5651 = add %5646, %5650 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5652 = slice %5625 lo=[0,0,0,5] hi=[4,2,1,6] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5653 = broadcast %5652 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5654 = slice %5627 lo=[0,0,5,0] hi=[4,2,6,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5655 = mul %5653, %5654 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5656 = add %5651, %5655 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5657 = slice %5625 lo=[0,0,0,6] hi=[4,2,1,7] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5658 = broadcast %5657 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5659 = slice %5627 lo=[0,0,6,0] hi=[4,2,7,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5660 = mul %5658, %5659 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5661 = add %5656, %5660 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5662 = slice %5625 lo=[0,0,0,7] hi=[4,2,1,8] : f32[4,2,1,1] @ models/lib/nn.yaml:56:23
%5663 = broadcast %5662 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5664 = slice %5627 lo=[0,0,7,0] hi=[4,2,8,17] : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5665 = mul %5663, %5664 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5666 = add %5661, %5665 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5667 = cast %5666 : bf16[4,2,1,17] @ models/lib/nn.yaml:56:23
%5668 = cast %2611 : f32[4,2,1,17] @ models/lib/nn.yaml:56:23
%5669 = permute %5668 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:56:23
%5670 = cast %5624 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%5671 = broadcast %5669 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5672 = broadcast %5670 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5673 = mul %5671, %5672 : f32[4,2,17,8] @ models/lib/nn.yaml:56:23
%5674 = cast %5673 : bf16[4,2,17,8] @ models/lib/nn.yaml:56:23
%5675 = cast %5667 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5676 = div %5675, %2608 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5677 = mul %5676, %2610 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5678 = neg %5677 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%5679 = reduce_sum %5678 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:18
%5680 = broadcast %5679 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5681 = add %5676, %5680 : f32[4,2,1,17] @ models/lib/nn.yaml:15:20
%5682 = exp %2605 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5683 = mul %5681, %5682 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%5684 = mul %5683, %884 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%5685 = cast %5684 : bf16[4,2,1,17] @ models/lib/nn.yaml:55:23
%5686 = cast %5685 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5687 = cast %2555 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5688 = reshape %5686 : f32[4,2,1,17,1] @ models/lib/nn.yaml:55:23
%5689 = broadcast %5688 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5690 = reshape %5687 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5691 = broadcast %5690 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5692 = mul %5689, %5691 : f32[4,2,1,17,8] @ models/lib/nn.yaml:55:23
%5693 = reduce_sum %5692 axes=[3] keep=0 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5694 = cast %5693 : bf16[4,2,1,8] @ models/lib/nn.yaml:55:23
%5695 = cast %5685 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%5696 = permute %5695 perm=[0,1,3,2] : f32[4,2,17,1] @ models/lib/nn.yaml:55:23
%5697 = cast %2552 : f32[4,2,1,8] @ models/lib/nn.yaml:55:23
%5698 = broadcast %5696 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5699 = broadcast %5697 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5700 = mul %5698, %5699 : f32[4,2,17,8] @ models/lib/nn.yaml:55:23
%5701 = cast %5700 : bf16[4,2,17,8] @ models/lib/nn.yaml:55:23
%5702 = cast %5674 : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%5703 = permute %5702 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:80:14
%5704 = reshape %5703 : f32[4,17,16] @ models/lib/vit.yaml:80:22
%5705 = reshape %5704 : f32[68,16] @ models/lib/nn.yaml:84:18
%5706 = matmul %5270, %5705 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5707 = reshape %5706 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5708 = reshape %5707 : f32[16] @ models/lib/nn.yaml:84:18
%5709 = add %4567, %5708 : f32[16] @ models/lib/nn.yaml:84:18
%5710 = permute %5674 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:80:14
%5711 = reshape %5710 : bf16[4,17,16] @ models/lib/vit.yaml:80:22
%5712 = matmul %5711, %2545 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5713 = reshape %5710 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5714 = reshape %2533 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5715 = matmul %5713, %5714 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5716 = cast %4573 : f32[16,16] @ models/lib/nn.yaml:83:15
%5717 = cast %5715 : f32[16,16] @ models/lib/nn.yaml:83:15
%5718 = add %5716, %5717 : f32[16,16] @ models/lib/nn.yaml:83:15
%5719 = cast %5701 : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%5720 = permute %5719 perm=[0,2,1,3] : f32[4,17,2,8] @ models/lib/vit.yaml:79:14
%5721 = reshape %5720 : f32[4,17,16] @ models/lib/vit.yaml:79:22
%5722 = reshape %5721 : f32[68,16] @ models/lib/nn.yaml:84:18
%5723 = matmul %5270, %5722 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5724 = reshape %5723 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5725 = reshape %5724 : f32[16] @ models/lib/nn.yaml:84:18
%5726 = add %4578, %5725 : f32[16] @ models/lib/nn.yaml:84:18
%5727 = permute %5701 perm=[0,2,1,3] : bf16[4,17,2,8] @ models/lib/vit.yaml:79:14
%5728 = reshape %5727 : bf16[4,17,16] @ models/lib/vit.yaml:79:22
%5729 = matmul %5728, %2540 ta=0 tb=0 : bf16[4,17,16] @ models/lib/nn.yaml:83:15
%5730 = cast %5712 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5731 = cast %5729 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5732 = add %5730, %5731 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%5733 = reshape %5727 : bf16[68,16] @ models/lib/nn.yaml:83:15
%5734 = matmul %5733, %5714 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5735 = cast %4586 : f32[16,16] @ models/lib/nn.yaml:83:15
%5736 = cast %5734 : f32[16,16] @ models/lib/nn.yaml:83:15
%5737 = add %5735, %5736 : f32[16,16] @ models/lib/nn.yaml:83:15
%5738 = cast %5694 : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%5739 = permute %5738 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/vit.yaml:78:14
%5740 = reshape %5739 : f32[4,1,16] @ models/lib/vit.yaml:78:22
%5741 = reduce_sum %5740 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5742 = reshape %5741 : f32[16] @ models/lib/nn.yaml:84:18
%5743 = add %4591, %5742 : f32[16] @ models/lib/nn.yaml:84:18
%5744 = permute %5694 perm=[0,2,1,3] : bf16[4,1,2,8] @ models/lib/vit.yaml:78:14
%5745 = reshape %5744 : bf16[4,1,16] @ models/lib/vit.yaml:78:22
%5746 = matmul %5745, %2535 ta=0 tb=0 : bf16[4,1,16] @ models/lib/nn.yaml:83:15
%5747 = reshape %5744 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5748 = reshape %2534 : bf16[4,16] @ models/lib/nn.yaml:83:15
%5749 = matmul %5747, %5748 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5750 = cast %4597 : f32[16,16] @ models/lib/nn.yaml:83:15
%5751 = cast %5749 : f32[16,16] @ models/lib/nn.yaml:83:15
%5752 = add %5750, %5751 : f32[16,16] @ models/lib/nn.yaml:83:15
%5753 = cast %5746 : f32[4,1,16] @ models/lib/vit.yaml:78:33
%5754 = pad %5753 lo=[0,0,0] hi=[0,16,0] value=0 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5755 = add %5732, %5754 : f32[4,17,16] @ models/lib/vit.yaml:78:33
%5756 = reshape %5755 : f32[68,16] @ models/lib/nn.yaml:96:46
%5757 = matmul %5270, %5756 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5758 = reshape %5757 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5759 = reshape %5758 : f32[16] @ models/lib/nn.yaml:96:46
%5760 = add %4602, %5759 : f32[16] @ models/lib/nn.yaml:96:46
%5761 = mul %5755, %2529 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5762 = mul %5755, %2528 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%5763 = reshape %5762 : f32[68,16] @ models/lib/nn.yaml:96:37
%5764 = matmul %5270, %5763 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5765 = reshape %5764 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5766 = reshape %5765 : f32[16] @ models/lib/nn.yaml:96:37
%5767 = add %4606, %5766 : f32[16] @ models/lib/nn.yaml:96:37
%5768 = mul %5761, %2527 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5769 = mul %5761, %2521 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%5770 = reduce_sum %5769 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:96:18
%5771 = mul %2526, %2526 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5772 = mul %2526, %5771 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5773 = mul %5772, %5288 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5774 = mul %5770, %5773 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%5775 = div %5774, %805 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%5776 = broadcast %5775 : f32[4,17,16] @ models/lib/nn.yaml:95:15
%5777 = mul %5776, %2521 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5778 = add %5768, %5777 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5779 = add %5778, %5777 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%5780 = neg %5779 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%5781 = reduce_sum %5780 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:94:15
%5782 = div %5781, %805 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%5783 = broadcast %5782 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5784 = add %5779, %5783 : f32[4,17,16] @ models/lib/nn.yaml:93:14
%5785 = slice %5784 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5786 = add %5611, %5785 : f32[4,1,16] @ models/lib/vit.yaml:95:24
%5787 = slice %5784 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5788 = add %5545, %5787 : f32[4,16,16] @ models/lib/vit.yaml:95:24
%5789 = reduce_sum %5786 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5790 = add %4628, %5789 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%5791 = mul %5788, %2513 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5792 = div %5791, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5793 = reshape %5792 : f32[64,16] @ models/lib/nn.yaml:84:18
%5794 = matmul %5096, %5793 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5795 = reshape %5794 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5796 = reshape %5795 : f32[16] @ models/lib/nn.yaml:84:18
%5797 = add %4632, %5796 : f32[16] @ models/lib/nn.yaml:84:18
%5798 = cast %5792 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5799 = matmul %5798, %2503 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5800 = reshape %5798 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5801 = reshape %2502 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5802 = matmul %5800, %5801 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%5803 = cast %4638 : f32[16,64] @ models/lib/nn.yaml:83:15
%5804 = cast %5802 : f32[16,64] @ models/lib/nn.yaml:83:15
%5805 = add %5803, %5804 : f32[16,64] @ models/lib/nn.yaml:83:15
%5806 = cast %5799 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5807 = add %323, %2498 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%5808 = mul %5806, %5807 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5809 = cast %5799 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5810 = mul %316, %2496 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5811 = mul %5809, %5810 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%5812 = mul %2496, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5813 = mul %5812, %5812 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5814 = neg %5813 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5815 = exp %5814 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5816 = broadcast %4055 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5817 = mul %5815, %5816 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5818 = mul %5811, %5817 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%5819 = mul %5818, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%5820 = mul %5808, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5821 = add %5819, %5820 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%5822 = reshape %5821 : f32[64,64] @ models/lib/nn.yaml:84:18
%5823 = matmul %5096, %5822 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%5824 = reshape %5823 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%5825 = reshape %5824 : f32[64] @ models/lib/nn.yaml:84:18
%5826 = add %4656, %5825 : f32[64] @ models/lib/nn.yaml:84:18
%5827 = cast %5821 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%5828 = matmul %5827, %2492 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5829 = reshape %5827 : bf16[64,64] @ models/lib/nn.yaml:83:15
%5830 = reshape %2491 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5831 = matmul %5829, %5830 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5832 = cast %4661 : f32[64,16] @ models/lib/nn.yaml:83:15
%5833 = cast %5831 : f32[64,16] @ models/lib/nn.yaml:83:15
%5834 = add %5832, %5833 : f32[64,16] @ models/lib/nn.yaml:83:15
%5835 = cast %5828 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5836 = reshape %5835 : f32[64,16] @ models/lib/nn.yaml:96:46
%5837 = matmul %5096, %5836 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%5838 = reshape %5837 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%5839 = reshape %5838 : f32[16] @ models/lib/nn.yaml:96:46
%5840 = add %4664, %5839 : f32[16] @ models/lib/nn.yaml:96:46
%5841 = mul %5835, %2487 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5842 = mul %5835, %2486 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%5843 = reshape %5842 : f32[64,16] @ models/lib/nn.yaml:96:37
%5844 = matmul %5096, %5843 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%5845 = reshape %5844 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%5846 = reshape %5845 : f32[16] @ models/lib/nn.yaml:96:37
%5847 = add %4670, %5846 : f32[16] @ models/lib/nn.yaml:96:37
%5848 = mul %5841, %2485 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5849 = mul %5841, %2479 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%5850 = reduce_sum %5849 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%5851 = mul %2484, %2484 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5852 = mul %2484, %5851 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5853 = broadcast %4196 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5854 = mul %5852, %5853 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5855 = mul %5850, %5854 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%5856 = div %5855, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%5857 = broadcast %5856 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%5858 = mul %5857, %2479 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5859 = add %5848, %5858 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5860 = add %5859, %5858 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%5861 = add %5788, %5860 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5862 = neg %5860 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%5863 = reduce_sum %5862 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%5864 = div %5863, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%5865 = broadcast %5864 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5866 = add %5861, %5865 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%5867 = mul %5866, %2473 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%5868 = div %5867, %2465 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%5869 = reshape %5868 : f32[64,16] @ models/lib/nn.yaml:84:18
%5870 = matmul %5096, %5869 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%5871 = reshape %5870 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%5872 = reshape %5871 : f32[16] @ models/lib/nn.yaml:84:18
%5873 = add %4693, %5872 : f32[16] @ models/lib/nn.yaml:84:18
%5874 = cast %5868 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5875 = matmul %5874, %2459 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5876 = reshape %5874 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5877 = reshape %2457 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5878 = matmul %5876, %5877 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%5879 = cast %4699 : f32[16,16] @ models/lib/nn.yaml:83:15
%5880 = cast %5878 : f32[16,16] @ models/lib/nn.yaml:83:15
%5881 = add %5879, %5880 : f32[16,16] @ models/lib/nn.yaml:83:15
%5882 = reshape %5875 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%5883 = permute %5882 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%5884 = cast %5883 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5885 = cast %2447 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5886 = permute %5885 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%5887 = slice %5884 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5888 = broadcast %5887 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5889 = slice %5886 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5890 = broadcast %5889 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5891 = mul %5888, %5890 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5892 = slice %5884 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5893 = broadcast %5892 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5894 = slice %5886 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5895 = broadcast %5894 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5896 = mul %5893, %5895 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5897 = add %5891, %5896 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5898 = slice %5884 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5899 = broadcast %5898 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5900 = slice %5886 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5901 = broadcast %5900 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5902 = mul %5899, %5901 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5903 = add %5897, %5902 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5904 = slice %5884 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5905 = broadcast %5904 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5906 = slice %5886 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5907 = broadcast %5906 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5908 = mul %5905, %5907 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5909 = add %5903, %5908 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5910 = slice %5884 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5911 = broadcast %5910 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5912 = slice %5886 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5913 = broadcast %5912 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5914 = mul %5911, %5913 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5915 = add %5909, %5914 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5916 = slice %5884 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5917 = broadcast %5916 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5918 = slice %5886 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5919 = broadcast %5918 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5920 = mul %5917, %5919 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5921 = add %5915, %5920 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5922 = slice %5884 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5923 = broadcast %5922 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5924 = slice %5886 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5925 = broadcast %5924 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5926 = mul %5923, %5925 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5927 = add %5921, %5926 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5928 = slice %5884 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%5929 = broadcast %5928 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5930 = slice %5886 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%5931 = broadcast %5930 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5932 = mul %5929, %5931 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5933 = add %5927, %5932 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5934 = cast %5933 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%5935 = cast %2445 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5936 = permute %5935 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%5937 = cast %5883 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5938 = reshape %5936 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%5939 = broadcast %5938 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5940 = reshape %5937 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%5941 = broadcast %5940 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5942 = mul %5939, %5941 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%5943 = reduce_sum %5942 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%5944 = cast %5943 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%5945 = cast %5934 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5946 = div %5945, %2442 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5947 = mul %5946, %2444 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5948 = neg %5947 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%5949 = reduce_sum %5948 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%5950 = broadcast %5949 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5951 = add %5946, %5950 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%5952 = exp %2439 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5953 = mul %5951, %5952 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%5954 = mul %5953, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%5955 = cast %5954 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%5956 = cast %5955 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5957 = cast %2381 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5958 = reshape %5956 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5959 = broadcast %5958 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5960 = reshape %5957 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5961 = broadcast %5960 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5962 = mul %5959, %5961 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5963 = reduce_sum %5962 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5964 = cast %5963 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5965 = cast %5955 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5966 = permute %5965 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%5967 = cast %2379 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5968 = reshape %5966 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%5969 = broadcast %5968 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5970 = reshape %5967 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%5971 = broadcast %5970 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5972 = mul %5969, %5971 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%5973 = reduce_sum %5972 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%5974 = cast %5973 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%5975 = cast %5944 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%5976 = reshape %5975 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%5977 = cast %5974 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%5978 = reshape %5977 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%5979 = cast %5964 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%5980 = reshape %5979 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%5981 = concat %5980, %5978, %5976 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%5982 = permute %5981 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%5983 = reshape %5982 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%5984 = reshape %5983 : f32[64,48] @ models/lib/nn.yaml:84:18
%5985 = matmul %5096, %5984 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%5986 = reshape %5985 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%5987 = reshape %5986 : f32[48] @ models/lib/nn.yaml:84:18
%5988 = add %4803, %5987 : f32[48] @ models/lib/nn.yaml:84:18
%5989 = cast %5983 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%5990 = matmul %5989, %2370 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%5991 = reshape %5989 : bf16[64,48] @ models/lib/nn.yaml:83:15
%5992 = reshape %2369 : bf16[64,16] @ models/lib/nn.yaml:83:15
%5993 = matmul %5991, %5992 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%5994 = cast %4808 : f32[48,16] @ models/lib/nn.yaml:83:15
%5995 = cast %5993 : f32[48,16] @ models/lib/nn.yaml:83:15
%5996 = add %5994, %5995 : f32[48,16] @ models/lib/nn.yaml:83:15
%5997 = cast %5990 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%5998 = reshape %5997 : f32[64,16] @ models/lib/nn.yaml:96:46
%5999 = matmul %5096, %5998 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6000 = reshape %5999 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6001 = reshape %6000 : f32[16] @ models/lib/nn.yaml:96:46
%6002 = add %4811, %6001 : f32[16] @ models/lib/nn.yaml:96:46
%6003 = mul %5997, %2365 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6004 = mul %5997, %2364 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6005 = reshape %6004 : f32[64,16] @ models/lib/nn.yaml:96:37
%6006 = matmul %5096, %6005 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6007 = reshape %6006 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6008 = reshape %6007 : f32[16] @ models/lib/nn.yaml:96:37
%6009 = add %4817, %6008 : f32[16] @ models/lib/nn.yaml:96:37
%6010 = mul %6003, %2363 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6011 = mul %6003, %2357 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6012 = reduce_sum %6011 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6013 = mul %2362, %2362 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6014 = mul %2362, %6013 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6015 = mul %6014, %5853 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6016 = mul %6012, %6015 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6017 = div %6016, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6018 = broadcast %6017 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6019 = mul %6018, %2357 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6020 = add %6010, %6019 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6021 = add %6020, %6019 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6022 = add %5866, %6021 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6023 = neg %6021 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6024 = reduce_sum %6023 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6025 = div %6024, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6026 = broadcast %6025 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6027 = add %6022, %6026 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6028 = reshape %6027 : f32[64,16] @ models/lib/nn.yaml:84:18
%6029 = matmul %5096, %6028 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6030 = reshape %6029 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6031 = reshape %6030 : f32[16] @ models/lib/nn.yaml:84:18
%6032 = add %4837, %6031 : f32[16] @ models/lib/nn.yaml:84:18
%6033 = cast %6027 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6034 = matmul %6033, %2348 ta=0 tb=0 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6035 = reshape %6033 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6036 = reshape %2347 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6037 = matmul %6035, %6036 ta=1 tb=0 : bf16[16,64] @ models/lib/nn.yaml:83:15
%6038 = cast %4842 : f32[16,64] @ models/lib/nn.yaml:83:15
%6039 = cast %6037 : f32[16,64] @ models/lib/nn.yaml:83:15
%6040 = add %6038, %6039 : f32[16,64] @ models/lib/nn.yaml:83:15
%6041 = cast %6034 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6042 = add %323, %2343 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%6043 = mul %6041, %6042 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6044 = cast %6034 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6045 = mul %316, %2341 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6046 = mul %6044, %6045 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%6047 = mul %2341, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6048 = mul %6047, %6047 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6049 = neg %6048 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6050 = exp %6049 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6051 = mul %6050, %5816 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6052 = mul %6046, %6051 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%6053 = mul %6052, %319 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%6054 = mul %6043, %316 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6055 = add %6053, %6054 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%6056 = reshape %6055 : f32[64,64] @ models/lib/nn.yaml:84:18
%6057 = matmul %5096, %6056 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%6058 = reshape %6057 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%6059 = reshape %6058 : f32[64] @ models/lib/nn.yaml:84:18
%6060 = add %4859, %6059 : f32[64] @ models/lib/nn.yaml:84:18
%6061 = cast %6055 : bf16[4,16,64] @ models/lib/nn.yaml:83:15
%6062 = matmul %6061, %2337 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6063 = reshape %6061 : bf16[64,64] @ models/lib/nn.yaml:83:15
%6064 = reshape %2336 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6065 = matmul %6063, %6064 ta=1 tb=0 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6066 = cast %4864 : f32[64,16] @ models/lib/nn.yaml:83:15
%6067 = cast %6065 : f32[64,16] @ models/lib/nn.yaml:83:15
%6068 = add %6066, %6067 : f32[64,16] @ models/lib/nn.yaml:83:15
%6069 = cast %6062 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6070 = reshape %6069 : f32[64,16] @ models/lib/nn.yaml:96:46
%6071 = matmul %5096, %6070 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6072 = reshape %6071 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6073 = reshape %6072 : f32[16] @ models/lib/nn.yaml:96:46
%6074 = add %4867, %6073 : f32[16] @ models/lib/nn.yaml:96:46
%6075 = mul %6069, %2332 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6076 = mul %6069, %2331 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6077 = reshape %6076 : f32[64,16] @ models/lib/nn.yaml:96:37
%6078 = matmul %5096, %6077 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6079 = reshape %6078 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6080 = reshape %6079 : f32[16] @ models/lib/nn.yaml:96:37
%6081 = add %4873, %6080 : f32[16] @ models/lib/nn.yaml:96:37
%6082 = mul %6075, %2330 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6083 = mul %6075, %2324 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6084 = reduce_sum %6083 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6085 = mul %2329, %2329 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6086 = mul %2329, %6085 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6087 = mul %6086, %5853 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6088 = mul %6084, %6087 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6089 = div %6088, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6090 = broadcast %6089 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6091 = mul %6090, %2324 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6092 = add %6082, %6091 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6093 = add %6092, %6091 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6094 = add %6027, %6093 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6095 = neg %6093 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6096 = reduce_sum %6095 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6097 = div %6096, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6098 = broadcast %6097 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6099 = add %6094, %6098 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6100 = reshape %6099 : f32[64,16] @ models/lib/nn.yaml:84:18
%6101 = matmul %5096, %6100 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%6102 = reshape %6101 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%6103 = reshape %6102 : f32[16] @ models/lib/nn.yaml:84:18
%6104 = add %4893, %6103 : f32[16] @ models/lib/nn.yaml:84:18
%6105 = cast %6099 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6106 = matmul %6105, %2315 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6107 = reshape %6105 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6108 = reshape %2313 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6109 = matmul %6107, %6108 ta=1 tb=0 : bf16[16,16] @ models/lib/nn.yaml:83:15
%6110 = cast %4898 : f32[16,16] @ models/lib/nn.yaml:83:15
%6111 = cast %6109 : f32[16,16] @ models/lib/nn.yaml:83:15
%6112 = add %6110, %6111 : f32[16,16] @ models/lib/nn.yaml:83:15
%6113 = reshape %6106 : bf16[4,16,2,8] @ models/lib/nn.yaml:57:16
%6114 = permute %6113 perm=[0,2,1,3] : bf16[4,2,16,8] @ models/lib/nn.yaml:56:13
%6115 = cast %6114 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6116 = cast %2303 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6117 = permute %6116 perm=[0,1,3,2] : f32[4,2,8,16] @ models/lib/nn.yaml:56:23
%6118 = slice %6115 lo=[0,0,0,0] hi=[4,2,16,1] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6119 = broadcast %6118 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6120 = slice %6117 lo=[0,0,0,0] hi=[4,2,1,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6121 = broadcast %6120 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6122 = mul %6119, %6121 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6123 = slice %6115 lo=[0,0,0,1] hi=[4,2,16,2] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6124 = broadcast %6123 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6125 = slice %6117 lo=[0,0,1,0] hi=[4,2,2,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6126 = broadcast %6125 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6127 = mul %6124, %6126 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6128 = add %6122, %6127 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6129 = slice %6115 lo=[0,0,0,2] hi=[4,2,16,3] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6130 = broadcast %6129 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6131 = slice %6117 lo=[0,0,2,0] hi=[4,2,3,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6132 = broadcast %6131 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6133 = mul %6130, %6132 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6134 = add %6128, %6133 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6135 = slice %6115 lo=[0,0,0,3] hi=[4,2,16,4] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6136 = broadcast %6135 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6137 = slice %6117 lo=[0,0,3,0] hi=[4,2,4,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6138 = broadcast %6137 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6139 = mul %6136, %6138 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6140 = add %6134, %6139 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6141 = slice %6115 lo=[0,0,0,4] hi=[4,2,16,5] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6142 = broadcast %6141 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6143 = slice %6117 lo=[0,0,4,0] hi=[4,2,5,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6144 = broadcast %6143 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6145 = mul %6142, %6144 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6146 = add %6140, %6145 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6147 = slice %6115 lo=[0,0,0,5] hi=[4,2,16,6] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6148 = broadcast %6147 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6149 = slice %6117 lo=[0,0,5,0] hi=[4,2,6,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6150 = broadcast %6149 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6151 = mul %6148, %6150 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6152 = add %6146, %6151 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6153 = slice %6115 lo=[0,0,0,6] hi=[4,2,16,7] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6154 = broadcast %6153 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6155 = slice %6117 lo=[0,0,6,0] hi=[4,2,7,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6156 = broadcast %6155 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6157 = mul %6154, %6156 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6158 = add %6152, %6157 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6159 = slice %6115 lo=[0,0,0,7] hi=[4,2,16,8] : f32[4,2,16,1] @ models/lib/nn.yaml:56:23
%6160 = broadcast %6159 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6161 = slice %6117 lo=[0,0,7,0] hi=[4,2,8,16] : f32[4,2,1,16] @ models/lib/nn.yaml:56:23
%6162 = broadcast %6161 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6163 = mul %6160, %6162 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6164 = add %6158, %6163 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6165 = cast %6164 : bf16[4,2,16,16] @ models/lib/nn.yaml:56:23
%6166 = cast %2301 : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6167 = permute %6166 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:56:23
%6168 = cast %6114 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6169 = reshape %6167 : f32[4,2,16,16,1] @ models/lib/nn.yaml:56:23
%6170 = broadcast %6169 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6171 = reshape %6168 : f32[4,2,1,16,8] @ models/lib/nn.yaml:56:23
%6172 = broadcast %6171 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6173 = mul %6170, %6172 : f32[4,2,16,16,8] @ models/lib/nn.yaml:56:23
%6174 = reduce_sum %6173 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%6175 = cast %6174 : bf16[4,2,16,8] @ models/lib/nn.yaml:56:23
%6176 = cast %6165 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6177 = div %6176, %2298 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6178 = mul %6177, %2300 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6179 = neg %6178 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%6180 = reduce_sum %6179 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:18
%6181 = broadcast %6180 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6182 = add %6177, %6181 : f32[4,2,16,16] @ models/lib/nn.yaml:15:20
%6183 = exp %2295 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6184 = mul %6182, %6183 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%6185 = mul %6184, %261 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%6186 = cast %6185 : bf16[4,2,16,16] @ models/lib/nn.yaml:55:23
%6187 = cast %6186 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6188 = cast %2237 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6189 = reshape %6187 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6190 = broadcast %6189 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6191 = reshape %6188 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6192 = broadcast %6191 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6193 = mul %6190, %6192 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6194 = reduce_sum %6193 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6195 = cast %6194 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6196 = cast %6186 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6197 = permute %6196 perm=[0,1,3,2] : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%6198 = cast %2235 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6199 = reshape %6197 : f32[4,2,16,16,1] @ models/lib/nn.yaml:55:23
%6200 = broadcast %6199 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6201 = reshape %6198 : f32[4,2,1,16,8] @ models/lib/nn.yaml:55:23
%6202 = broadcast %6201 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6203 = mul %6200, %6202 : f32[4,2,16,16,8] @ models/lib/nn.yaml:55:23
%6204 = reduce_sum %6203 axes=[3] keep=0 : f32[4,2,16,8] @ models/lib/nn.yaml:55:23
%6205 = cast %6204 : bf16[4,2,16,8] @ models/lib/nn.yaml:55:23
%6206 = cast %6175 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%6207 = reshape %6206 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%6208 = cast %6205 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%6209 = reshape %6208 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%6210 = cast %6195 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%6211 = reshape %6210 : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%6212 = concat %6211, %6209, %6207 axis=0 : f32[3,4,2,16,8] @ models/lib/nn.yaml:67:28
%6213 = permute %6212 perm=[1,3,0,2,4] : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:13
%6214 = reshape %6213 : f32[4,16,48] @ models/lib/nn.yaml:66:21
%6215 = reshape %6214 : f32[64,48] @ models/lib/nn.yaml:84:18
%6216 = matmul %5096, %6215 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%6217 = reshape %6216 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%6218 = reshape %6217 : f32[48] @ models/lib/nn.yaml:84:18
%6219 = add %5002, %6218 : f32[48] @ models/lib/nn.yaml:84:18
%6220 = cast %6214 : bf16[4,16,48] @ models/lib/nn.yaml:83:15
%6221 = matmul %6220, %2226 ta=0 tb=0 : bf16[4,16,16] @ models/lib/nn.yaml:83:15
%6222 = reshape %6220 : bf16[64,48] @ models/lib/nn.yaml:83:15
%6223 = reshape %2225 : bf16[64,16] @ models/lib/nn.yaml:83:15
%6224 = matmul %6222, %6223 ta=1 tb=0 : bf16[48,16] @ models/lib/nn.yaml:83:15
%6225 = cast %5007 : f32[48,16] @ models/lib/nn.yaml:83:15
%6226 = cast %6224 : f32[48,16] @ models/lib/nn.yaml:83:15
%6227 = add %6225, %6226 : f32[48,16] @ models/lib/nn.yaml:83:15
%6228 = cast %6221 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%6229 = reshape %6228 : f32[64,16] @ models/lib/nn.yaml:96:46
%6230 = matmul %5096, %6229 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%6231 = reshape %6230 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%6232 = reshape %6231 : f32[16] @ models/lib/nn.yaml:96:46
%6233 = add %5010, %6232 : f32[16] @ models/lib/nn.yaml:96:46
%6234 = mul %6228, %2221 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6235 = mul %6228, %2220 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%6236 = reshape %6235 : f32[64,16] @ models/lib/nn.yaml:96:37
%6237 = matmul %5096, %6236 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%6238 = reshape %6237 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%6239 = reshape %6238 : f32[16] @ models/lib/nn.yaml:96:37
%6240 = add %5016, %6239 : f32[16] @ models/lib/nn.yaml:96:37
%6241 = mul %6234, %2219 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6242 = mul %6234, %2213 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%6243 = reduce_sum %6242 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:96:18
%6244 = mul %2218, %2218 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6245 = mul %2218, %6244 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6246 = mul %6245, %5853 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6247 = mul %6243, %6246 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%6248 = div %6247, %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%6249 = broadcast %6248 : f32[4,16,16] @ models/lib/nn.yaml:95:15
%6250 = mul %6249, %2213 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6251 = add %6241, %6250 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6252 = add %6251, %6250 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%6253 = add %6099, %6252 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6254 = neg %6252 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%6255 = reduce_sum %6254 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:94:15
%6256 = div %6255, %179 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%6257 = broadcast %6256 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6258 = add %6253, %6257 : f32[4,16,16] @ models/lib/nn.yaml:93:14
%6259 = reduce_sum %6258 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6260 = add %5046, %6259 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%6261 = reshape %6258 : f32[64,16] @ models/lib/vit.yaml:17:71
%6262 = matmul %5096, %6261 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%6263 = reshape %6262 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%6264 = reshape %6263 : f32[16] @ models/lib/vit.yaml:17:71
%6265 = add %5048, %6264 : f32[16] @ models/lib/vit.yaml:17:71
%6266 = reshape %6258 : f32[64,16] @ models/lib/vit.yaml:17:18
%6267 = cast %6266 : bf16[64,16] @ models/lib/vit.yaml:17:18
%6268 = reshape %168 : bf16[64,48] @ models/lib/vit.yaml:17:18
%6269 = matmul %6267, %6268 ta=1 tb=0 : bf16[16,48] @ models/lib/vit.yaml:17:18
%6270 = cast %6269 : f32[16,48] @ models/lib/vit.yaml:17:20
%6271 = reshape %6270 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6272 = add %5054, %6271 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%6273 = all_reduce_sum %6260 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6274 = reshape %6273 : f32[256] @ models/lib/vit.yaml:48:7
%6275 = mul %6274, %6274 : f32[256] @ models/lib/vit.yaml:48:7
%6276 = reduce_sum %6275 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:48:7
%6277 = sqrt %6276 : f32[] @ models/lib/vit.yaml:48:7
%6278 = cast %6277 : f64[] @ models/lib/vit.yaml:48:7
%6279 = const data=[1e-06] : f64[] @ models/lib/vit.yaml:48:7
%6280 = add %6278, %6279 : f64[] @ models/lib/vit.yaml:48:7
%6281 = const data=[3] : f64[] @ models/lib/vit.yaml:48:7
%6282 = div %6281, %6280 : f64[] @ models/lib/vit.yaml:48:7
%6283 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%6284 = lt %6282, %6283 : bool[] @ models/lib/vit.yaml:48:7
%6285 = cast %6282 : f32[] @ models/lib/vit.yaml:48:7
%6286 = broadcast %6285 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6287 = mul %6273, %6286 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6288 = broadcast %6284 : bool[1,16,16] @ models/lib/vit.yaml:48:7
%6289 = select %6288, %6287, %6273 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6290 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6291 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6292 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%6293 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%6294 = add %6292, %6293 : i64[] @ models/lib/vit.yaml:48:7
%6295 = mul %3875, %3876 : f64[] @ models/lib/vit.yaml:48:7
%6296 = sub %6283, %6295 : f64[] @ models/lib/vit.yaml:48:7
%6297 = cast %6296 : f32[] @ models/lib/vit.yaml:48:7
%6298 = broadcast %6297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6299 = mul %7, %6298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6300 = broadcast %3608 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6301 = mul %6289, %6300 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6302 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%6303 = broadcast %2464 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6304 = mul %6290, %6303 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6305 = add %6304, %6301 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6306 = mul %6289, %6289 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6307 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%6308 = broadcast %6307 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6309 = mul %6306, %6308 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6310 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%6311 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%6312 = broadcast %6311 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6313 = mul %6291, %6312 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6314 = add %6313, %6309 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6315 = cast %6294 : f64[] @ models/lib/vit.yaml:48:7
%6316 = pow %6302, %6315 : f64[] @ models/lib/vit.yaml:48:7
%6317 = sub %6283, %6316 : f64[] @ models/lib/vit.yaml:48:7
%6318 = div %3875, %6317 : f64[] @ models/lib/vit.yaml:48:7
%6319 = pow %6310, %6315 : f64[] @ models/lib/vit.yaml:48:7
%6320 = sub %6283, %6319 : f64[] @ models/lib/vit.yaml:48:7
%6321 = sqrt %6320 : f64[] @ models/lib/vit.yaml:48:7
%6322 = div %6283, %6321 : f64[] @ models/lib/vit.yaml:48:7
%6323 = sqrt %6314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6324 = cast %6322 : f32[] @ models/lib/vit.yaml:48:7
%6325 = broadcast %6324 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6326 = mul %6323, %6325 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6327 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%6328 = broadcast %6327 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6329 = add %6326, %6328 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6330 = div %6305, %6329 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6331 = cast %6318 : f32[] @ models/lib/vit.yaml:48:7
%6332 = broadcast %6331 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6333 = mul %6330, %6332 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6334 = sub %6299, %6333 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6335 = assign %7, %6334 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6336 = assign %6290, %6305 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6337 = assign %6291, %6314 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6338 = assign %6292, %6294 : i64[] @ models/lib/vit.yaml:48:7
%6339 = cast %3877 : f32[] @ models/lib/vit.yaml:48:7
%6340 = broadcast %6339 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6341 = mul %85, %6340 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6342 = sub %6283, %3877 : f64[] @ models/lib/vit.yaml:48:7
%6343 = cast %6342 : f32[] @ models/lib/vit.yaml:48:7
%6344 = broadcast %6343 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6345 = mul %6334, %6344 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6346 = add %6341, %6345 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6347 = assign %85, %6346 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6348 = all_reduce_sum %6272 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6349 = reshape %6348 : f32[768] @ models/lib/vit.yaml:9:7
%6350 = mul %6349, %6349 : f32[768] @ models/lib/vit.yaml:9:7
%6351 = reduce_sum %6350 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:9:7
%6352 = sqrt %6351 : f32[] @ models/lib/vit.yaml:9:7
%6353 = cast %6352 : f64[] @ models/lib/vit.yaml:9:7
%6354 = add %6353, %6279 : f64[] @ models/lib/vit.yaml:9:7
%6355 = div %6281, %6354 : f64[] @ models/lib/vit.yaml:9:7
%6356 = lt %6355, %6283 : bool[] @ models/lib/vit.yaml:9:7
%6357 = cast %6355 : f32[] @ models/lib/vit.yaml:9:7
%6358 = broadcast %6357 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6359 = mul %6348, %6358 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6360 = broadcast %6356 : bool[16,3,4,4] @ models/lib/vit.yaml:9:7
%6361 = select %6360, %6359, %6348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6362 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6363 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6364 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%6365 = add %6364, %6293 : i64[] @ models/lib/vit.yaml:9:7
%6366 = broadcast %6297 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6367 = mul %8, %6366 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6368 = broadcast %3608 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6369 = mul %6361, %6368 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6370 = broadcast %2464 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6371 = mul %6362, %6370 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6372 = add %6371, %6369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6373 = mul %6361, %6361 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6374 = broadcast %6307 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6375 = mul %6373, %6374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6376 = broadcast %6311 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6377 = mul %6363, %6376 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6378 = add %6377, %6375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6379 = cast %6365 : f64[] @ models/lib/vit.yaml:9:7
%6380 = pow %6302, %6379 : f64[] @ models/lib/vit.yaml:9:7
%6381 = sub %6283, %6380 : f64[] @ models/lib/vit.yaml:9:7
%6382 = div %3875, %6381 : f64[] @ models/lib/vit.yaml:9:7
%6383 = pow %6310, %6379 : f64[] @ models/lib/vit.yaml:9:7
%6384 = sub %6283, %6383 : f64[] @ models/lib/vit.yaml:9:7
%6385 = sqrt %6384 : f64[] @ models/lib/vit.yaml:9:7
%6386 = div %6283, %6385 : f64[] @ models/lib/vit.yaml:9:7
%6387 = sqrt %6378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6388 = cast %6386 : f32[] @ models/lib/vit.yaml:9:7
%6389 = broadcast %6388 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6390 = mul %6387, %6389 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6391 = broadcast %6327 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6392 = add %6390, %6391 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6393 = div %6372, %6392 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6394 = cast %6382 : f32[] @ models/lib/vit.yaml:9:7
%6395 = broadcast %6394 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6396 = mul %6393, %6395 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6397 = sub %6367, %6396 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6398 = assign %8, %6397 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6399 = assign %6362, %6372 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6400 = assign %6363, %6378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6401 = assign %6364, %6365 : i64[] @ models/lib/vit.yaml:9:7
%6402 = broadcast %6339 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6403 = mul %86, %6402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6404 = broadcast %6343 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6405 = mul %6397, %6404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6406 = add %6403, %6405 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6407 = assign %86, %6406 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6408 = all_reduce_sum %6265 : f32[16] @ models/lib/vit.yaml:10:7
%6409 = mul %6408, %6408 : f32[16] @ models/lib/vit.yaml:10:7
%6410 = reduce_sum %6409 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:10:7
%6411 = sqrt %6410 : f32[] @ models/lib/vit.yaml:10:7
%6412 = cast %6411 : f64[] @ models/lib/vit.yaml:10:7
%6413 = add %6412, %6279 : f64[] @ models/lib/vit.yaml:10:7
%6414 = div %6281, %6413 : f64[] @ models/lib/vit.yaml:10:7
%6415 = lt %6414, %6283 : bool[] @ models/lib/vit.yaml:10:7
%6416 = cast %6414 : f32[] @ models/lib/vit.yaml:10:7
%6417 = broadcast %6416 : f32[16] @ models/lib/vit.yaml:10:7
%6418 = mul %6408, %6417 : f32[16] @ models/lib/vit.yaml:10:7
%6419 = broadcast %6415 : bool[16] @ models/lib/vit.yaml:10:7
%6420 = select %6419, %6418, %6408 : f32[16] @ models/lib/vit.yaml:10:7
%6421 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6422 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%6423 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%6424 = add %6423, %6293 : i64[] @ models/lib/vit.yaml:10:7
%6425 = broadcast %3608 : f32[16] @ models/lib/vit.yaml:10:7
%6426 = mul %6420, %6425 : f32[16] @ models/lib/vit.yaml:10:7
%6427 = broadcast %2464 : f32[16] @ models/lib/vit.yaml:10:7
%6428 = mul %6421, %6427 : f32[16] @ models/lib/vit.yaml:10:7
%6429 = add %6428, %6426 : f32[16] @ models/lib/vit.yaml:10:7
%6430 = mul %6420, %6420 : f32[16] @ models/lib/vit.yaml:10:7
%6431 = broadcast %6307 : f32[16] @ models/lib/vit.yaml:10:7
%6432 = mul %6430, %6431 : f32[16] @ models/lib/vit.yaml:10:7
%6433 = broadcast %6311 : f32[16] @ models/lib/vit.yaml:10:7
%6434 = mul %6422, %6433 : f32[16] @ models/lib/vit.yaml:10:7
%6435 = add %6434, %6432 : f32[16] @ models/lib/vit.yaml:10:7
%6436 = cast %6424 : f64[] @ models/lib/vit.yaml:10:7
%6437 = pow %6302, %6436 : f64[] @ models/lib/vit.yaml:10:7
%6438 = sub %6283, %6437 : f64[] @ models/lib/vit.yaml:10:7
%6439 = div %3875, %6438 : f64[] @ models/lib/vit.yaml:10:7
%6440 = pow %6310, %6436 : f64[] @ models/lib/vit.yaml:10:7
%6441 = sub %6283, %6440 : f64[] @ models/lib/vit.yaml:10:7
%6442 = sqrt %6441 : f64[] @ models/lib/vit.yaml:10:7
%6443 = div %6283, %6442 : f64[] @ models/lib/vit.yaml:10:7
%6444 = sqrt %6435 : f32[16] @ models/lib/vit.yaml:10:7
%6445 = cast %6443 : f32[] @ models/lib/vit.yaml:10:7
%6446 = broadcast %6445 : f32[16] @ models/lib/vit.yaml:10:7
%6447 = mul %6444, %6446 : f32[16] @ models/lib/vit.yaml:10:7
%6448 = broadcast %6327 : f32[16] @ models/lib/vit.yaml:10:7
%6449 = add %6447, %6448 : f32[16] @ models/lib/vit.yaml:10:7
%6450 = div %6429, %6449 : f32[16] @ models/lib/vit.yaml:10:7
%6451 = cast %6439 : f32[] @ models/lib/vit.yaml:10:7
%6452 = broadcast %6451 : f32[16] @ models/lib/vit.yaml:10:7
%6453 = mul %6450, %6452 : f32[16] @ models/lib/vit.yaml:10:7
%6454 = sub %9, %6453 : f32[16] @ models/lib/vit.yaml:10:7
%6455 = assign %9, %6454 : f32[16] @ models/lib/vit.yaml:10:7
%6456 = assign %6421, %6429 : f32[16] @ models/lib/vit.yaml:10:7
%6457 = assign %6422, %6435 : f32[16] @ models/lib/vit.yaml:10:7
%6458 = assign %6423, %6424 : i64[] @ models/lib/vit.yaml:10:7
%6459 = broadcast %6339 : f32[16] @ models/lib/vit.yaml:10:7
%6460 = mul %87, %6459 : f32[16] @ models/lib/vit.yaml:10:7
%6461 = broadcast %6343 : f32[16] @ models/lib/vit.yaml:10:7
%6462 = mul %6454, %6461 : f32[16] @ models/lib/vit.yaml:10:7
%6463 = add %6460, %6462 : f32[16] @ models/lib/vit.yaml:10:7
%6464 = assign %87, %6463 : f32[16] @ models/lib/vit.yaml:10:7
%6465 = all_reduce_sum %6240 : f32[16] @ models/lib/nn.yaml:89:7
%6466 = mul %6465, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%6467 = reduce_sum %6466 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6468 = sqrt %6467 : f32[] @ models/lib/nn.yaml:89:7
%6469 = cast %6468 : f64[] @ models/lib/nn.yaml:89:7
%6470 = add %6469, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6471 = div %6281, %6470 : f64[] @ models/lib/nn.yaml:89:7
%6472 = lt %6471, %6283 : bool[] @ models/lib/nn.yaml:89:7
%6473 = cast %6471 : f32[] @ models/lib/nn.yaml:89:7
%6474 = broadcast %6473 : f32[16] @ models/lib/nn.yaml:89:7
%6475 = mul %6465, %6474 : f32[16] @ models/lib/nn.yaml:89:7
%6476 = broadcast %6472 : bool[16] @ models/lib/nn.yaml:89:7
%6477 = select %6476, %6475, %6465 : f32[16] @ models/lib/nn.yaml:89:7
%6478 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6479 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6480 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6481 = add %6480, %6293 : i64[] @ models/lib/nn.yaml:89:7
%6482 = mul %6477, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%6483 = mul %6478, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%6484 = add %6483, %6482 : f32[16] @ models/lib/nn.yaml:89:7
%6485 = mul %6477, %6477 : f32[16] @ models/lib/nn.yaml:89:7
%6486 = mul %6485, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%6487 = mul %6479, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6488 = add %6487, %6486 : f32[16] @ models/lib/nn.yaml:89:7
%6489 = cast %6481 : f64[] @ models/lib/nn.yaml:89:7
%6490 = pow %6302, %6489 : f64[] @ models/lib/nn.yaml:89:7
%6491 = sub %6283, %6490 : f64[] @ models/lib/nn.yaml:89:7
%6492 = div %3875, %6491 : f64[] @ models/lib/nn.yaml:89:7
%6493 = pow %6310, %6489 : f64[] @ models/lib/nn.yaml:89:7
%6494 = sub %6283, %6493 : f64[] @ models/lib/nn.yaml:89:7
%6495 = sqrt %6494 : f64[] @ models/lib/nn.yaml:89:7
%6496 = div %6283, %6495 : f64[] @ models/lib/nn.yaml:89:7
%6497 = sqrt %6488 : f32[16] @ models/lib/nn.yaml:89:7
%6498 = cast %6496 : f32[] @ models/lib/nn.yaml:89:7
%6499 = broadcast %6498 : f32[16] @ models/lib/nn.yaml:89:7
%6500 = mul %6497, %6499 : f32[16] @ models/lib/nn.yaml:89:7
%6501 = add %6500, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%6502 = div %6484, %6501 : f32[16] @ models/lib/nn.yaml:89:7
%6503 = cast %6492 : f32[] @ models/lib/nn.yaml:89:7
%6504 = broadcast %6503 : f32[16] @ models/lib/nn.yaml:89:7
%6505 = mul %6502, %6504 : f32[16] @ models/lib/nn.yaml:89:7
%6506 = sub %10, %6505 : f32[16] @ models/lib/nn.yaml:89:7
%6507 = assign %10, %6506 : f32[16] @ models/lib/nn.yaml:89:7
%6508 = assign %6478, %6484 : f32[16] @ models/lib/nn.yaml:89:7
%6509 = assign %6479, %6488 : f32[16] @ models/lib/nn.yaml:89:7
%6510 = assign %6480, %6481 : i64[] @ models/lib/nn.yaml:89:7
%6511 = mul %88, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%6512 = mul %6506, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%6513 = add %6511, %6512 : f32[16] @ models/lib/nn.yaml:89:7
%6514 = assign %88, %6513 : f32[16] @ models/lib/nn.yaml:89:7
%6515 = all_reduce_sum %6233 : f32[16] @ models/lib/nn.yaml:90:7
%6516 = mul %6515, %6515 : f32[16] @ models/lib/nn.yaml:90:7
%6517 = reduce_sum %6516 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6518 = sqrt %6517 : f32[] @ models/lib/nn.yaml:90:7
%6519 = cast %6518 : f64[] @ models/lib/nn.yaml:90:7
%6520 = add %6519, %6279 : f64[] @ models/lib/nn.yaml:90:7
%6521 = div %6281, %6520 : f64[] @ models/lib/nn.yaml:90:7
%6522 = lt %6521, %6283 : bool[] @ models/lib/nn.yaml:90:7
%6523 = cast %6521 : f32[] @ models/lib/nn.yaml:90:7
%6524 = broadcast %6523 : f32[16] @ models/lib/nn.yaml:90:7
%6525 = mul %6515, %6524 : f32[16] @ models/lib/nn.yaml:90:7
%6526 = broadcast %6522 : bool[16] @ models/lib/nn.yaml:90:7
%6527 = select %6526, %6525, %6515 : f32[16] @ models/lib/nn.yaml:90:7
%6528 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6529 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6530 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6531 = add %6530, %6293 : i64[] @ models/lib/nn.yaml:90:7
%6532 = mul %6527, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%6533 = mul %6528, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%6534 = add %6533, %6532 : f32[16] @ models/lib/nn.yaml:90:7
%6535 = mul %6527, %6527 : f32[16] @ models/lib/nn.yaml:90:7
%6536 = mul %6535, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%6537 = mul %6529, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%6538 = add %6537, %6536 : f32[16] @ models/lib/nn.yaml:90:7
%6539 = cast %6531 : f64[] @ models/lib/nn.yaml:90:7
%6540 = pow %6302, %6539 : f64[] @ models/lib/nn.yaml:90:7
%6541 = sub %6283, %6540 : f64[] @ models/lib/nn.yaml:90:7
%6542 = div %3875, %6541 : f64[] @ models/lib/nn.yaml:90:7
%6543 = pow %6310, %6539 : f64[] @ models/lib/nn.yaml:90:7
%6544 = sub %6283, %6543 : f64[] @ models/lib/nn.yaml:90:7
%6545 = sqrt %6544 : f64[] @ models/lib/nn.yaml:90:7
%6546 = div %6283, %6545 : f64[] @ models/lib/nn.yaml:90:7
%6547 = sqrt %6538 : f32[16] @ models/lib/nn.yaml:90:7
%6548 = cast %6546 : f32[] @ models/lib/nn.yaml:90:7
%6549 = broadcast %6548 : f32[16] @ models/lib/nn.yaml:90:7
%6550 = mul %6547, %6549 : f32[16] @ models/lib/nn.yaml:90:7
%6551 = add %6550, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%6552 = div %6534, %6551 : f32[16] @ models/lib/nn.yaml:90:7
%6553 = cast %6542 : f32[] @ models/lib/nn.yaml:90:7
%6554 = broadcast %6553 : f32[16] @ models/lib/nn.yaml:90:7
%6555 = mul %6552, %6554 : f32[16] @ models/lib/nn.yaml:90:7
%6556 = sub %11, %6555 : f32[16] @ models/lib/nn.yaml:90:7
%6557 = assign %11, %6556 : f32[16] @ models/lib/nn.yaml:90:7
%6558 = assign %6528, %6534 : f32[16] @ models/lib/nn.yaml:90:7
%6559 = assign %6529, %6538 : f32[16] @ models/lib/nn.yaml:90:7
%6560 = assign %6530, %6531 : i64[] @ models/lib/nn.yaml:90:7
%6561 = mul %89, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%6562 = mul %6556, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%6563 = add %6561, %6562 : f32[16] @ models/lib/nn.yaml:90:7
%6564 = assign %89, %6563 : f32[16] @ models/lib/nn.yaml:90:7
%6565 = all_reduce_sum %6227 : f32[48,16] @ models/lib/nn.yaml:79:7
%6566 = reshape %6565 : f32[768] @ models/lib/nn.yaml:79:7
%6567 = mul %6566, %6566 : f32[768] @ models/lib/nn.yaml:79:7
%6568 = reduce_sum %6567 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6569 = sqrt %6568 : f32[] @ models/lib/nn.yaml:79:7
%6570 = cast %6569 : f64[] @ models/lib/nn.yaml:79:7
%6571 = add %6570, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6572 = div %6281, %6571 : f64[] @ models/lib/nn.yaml:79:7
%6573 = lt %6572, %6283 : bool[] @ models/lib/nn.yaml:79:7
%6574 = cast %6572 : f32[] @ models/lib/nn.yaml:79:7
%6575 = broadcast %6574 : f32[48,16] @ models/lib/nn.yaml:79:7
%6576 = mul %6565, %6575 : f32[48,16] @ models/lib/nn.yaml:79:7
%6577 = broadcast %6573 : bool[48,16] @ models/lib/nn.yaml:79:7
%6578 = select %6577, %6576, %6565 : f32[48,16] @ models/lib/nn.yaml:79:7
%6579 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6580 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%6581 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6582 = add %6581, %6293 : i64[] @ models/lib/nn.yaml:79:7
%6583 = broadcast %6297 : f32[48,16] @ models/lib/nn.yaml:79:7
%6584 = mul %12, %6583 : f32[48,16] @ models/lib/nn.yaml:79:7
%6585 = broadcast %3608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6586 = mul %6578, %6585 : f32[48,16] @ models/lib/nn.yaml:79:7
%6587 = broadcast %2464 : f32[48,16] @ models/lib/nn.yaml:79:7
%6588 = mul %6579, %6587 : f32[48,16] @ models/lib/nn.yaml:79:7
%6589 = add %6588, %6586 : f32[48,16] @ models/lib/nn.yaml:79:7
%6590 = mul %6578, %6578 : f32[48,16] @ models/lib/nn.yaml:79:7
%6591 = broadcast %6307 : f32[48,16] @ models/lib/nn.yaml:79:7
%6592 = mul %6590, %6591 : f32[48,16] @ models/lib/nn.yaml:79:7
%6593 = broadcast %6311 : f32[48,16] @ models/lib/nn.yaml:79:7
%6594 = mul %6580, %6593 : f32[48,16] @ models/lib/nn.yaml:79:7
%6595 = add %6594, %6592 : f32[48,16] @ models/lib/nn.yaml:79:7
%6596 = cast %6582 : f64[] @ models/lib/nn.yaml:79:7
%6597 = pow %6302, %6596 : f64[] @ models/lib/nn.yaml:79:7
%6598 = sub %6283, %6597 : f64[] @ models/lib/nn.yaml:79:7
%6599 = div %3875, %6598 : f64[] @ models/lib/nn.yaml:79:7
%6600 = pow %6310, %6596 : f64[] @ models/lib/nn.yaml:79:7
%6601 = sub %6283, %6600 : f64[] @ models/lib/nn.yaml:79:7
%6602 = sqrt %6601 : f64[] @ models/lib/nn.yaml:79:7
%6603 = div %6283, %6602 : f64[] @ models/lib/nn.yaml:79:7
%6604 = sqrt %6595 : f32[48,16] @ models/lib/nn.yaml:79:7
%6605 = cast %6603 : f32[] @ models/lib/nn.yaml:79:7
%6606 = broadcast %6605 : f32[48,16] @ models/lib/nn.yaml:79:7
%6607 = mul %6604, %6606 : f32[48,16] @ models/lib/nn.yaml:79:7
%6608 = broadcast %6327 : f32[48,16] @ models/lib/nn.yaml:79:7
%6609 = add %6607, %6608 : f32[48,16] @ models/lib/nn.yaml:79:7
%6610 = div %6589, %6609 : f32[48,16] @ models/lib/nn.yaml:79:7
%6611 = cast %6599 : f32[] @ models/lib/nn.yaml:79:7
%6612 = broadcast %6611 : f32[48,16] @ models/lib/nn.yaml:79:7
%6613 = mul %6610, %6612 : f32[48,16] @ models/lib/nn.yaml:79:7
%6614 = sub %6584, %6613 : f32[48,16] @ models/lib/nn.yaml:79:7
%6615 = assign %12, %6614 : f32[48,16] @ models/lib/nn.yaml:79:7
%6616 = assign %6579, %6589 : f32[48,16] @ models/lib/nn.yaml:79:7
%6617 = assign %6580, %6595 : f32[48,16] @ models/lib/nn.yaml:79:7
%6618 = assign %6581, %6582 : i64[] @ models/lib/nn.yaml:79:7
%6619 = broadcast %6339 : f32[48,16] @ models/lib/nn.yaml:79:7
%6620 = mul %90, %6619 : f32[48,16] @ models/lib/nn.yaml:79:7
%6621 = broadcast %6343 : f32[48,16] @ models/lib/nn.yaml:79:7
%6622 = mul %6614, %6621 : f32[48,16] @ models/lib/nn.yaml:79:7
%6623 = add %6620, %6622 : f32[48,16] @ models/lib/nn.yaml:79:7
%6624 = assign %90, %6623 : f32[48,16] @ models/lib/nn.yaml:79:7
%6625 = all_reduce_sum %6219 : f32[48] @ models/lib/nn.yaml:80:7
%6626 = mul %6625, %6625 : f32[48] @ models/lib/nn.yaml:80:7
%6627 = reduce_sum %6626 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6628 = sqrt %6627 : f32[] @ models/lib/nn.yaml:80:7
%6629 = cast %6628 : f64[] @ models/lib/nn.yaml:80:7
%6630 = add %6629, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6631 = div %6281, %6630 : f64[] @ models/lib/nn.yaml:80:7
%6632 = lt %6631, %6283 : bool[] @ models/lib/nn.yaml:80:7
%6633 = cast %6631 : f32[] @ models/lib/nn.yaml:80:7
%6634 = broadcast %6633 : f32[48] @ models/lib/nn.yaml:80:7
%6635 = mul %6625, %6634 : f32[48] @ models/lib/nn.yaml:80:7
%6636 = broadcast %6632 : bool[48] @ models/lib/nn.yaml:80:7
%6637 = select %6636, %6635, %6625 : f32[48] @ models/lib/nn.yaml:80:7
%6638 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6639 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%6640 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6641 = add %6640, %6293 : i64[] @ models/lib/nn.yaml:80:7
%6642 = broadcast %3608 : f32[48] @ models/lib/nn.yaml:80:7
%6643 = mul %6637, %6642 : f32[48] @ models/lib/nn.yaml:80:7
%6644 = broadcast %2464 : f32[48] @ models/lib/nn.yaml:80:7
%6645 = mul %6638, %6644 : f32[48] @ models/lib/nn.yaml:80:7
%6646 = add %6645, %6643 : f32[48] @ models/lib/nn.yaml:80:7
%6647 = mul %6637, %6637 : f32[48] @ models/lib/nn.yaml:80:7
%6648 = broadcast %6307 : f32[48] @ models/lib/nn.yaml:80:7
%6649 = mul %6647, %6648 : f32[48] @ models/lib/nn.yaml:80:7
%6650 = broadcast %6311 : f32[48] @ models/lib/nn.yaml:80:7
%6651 = mul %6639, %6650 : f32[48] @ models/lib/nn.yaml:80:7
%6652 = add %6651, %6649 : f32[48] @ models/lib/nn.yaml:80:7
%6653 = cast %6641 : f64[] @ models/lib/nn.yaml:80:7
%6654 = pow %6302, %6653 : f64[] @ models/lib/nn.yaml:80:7
%6655 = sub %6283, %6654 : f64[] @ models/lib/nn.yaml:80:7
%6656 = div %3875, %6655 : f64[] @ models/lib/nn.yaml:80:7
%6657 = pow %6310, %6653 : f64[] @ models/lib/nn.yaml:80:7
%6658 = sub %6283, %6657 : f64[] @ models/lib/nn.yaml:80:7
%6659 = sqrt %6658 : f64[] @ models/lib/nn.yaml:80:7
%6660 = div %6283, %6659 : f64[] @ models/lib/nn.yaml:80:7
%6661 = sqrt %6652 : f32[48] @ models/lib/nn.yaml:80:7
%6662 = cast %6660 : f32[] @ models/lib/nn.yaml:80:7
%6663 = broadcast %6662 : f32[48] @ models/lib/nn.yaml:80:7
%6664 = mul %6661, %6663 : f32[48] @ models/lib/nn.yaml:80:7
%6665 = broadcast %6327 : f32[48] @ models/lib/nn.yaml:80:7
%6666 = add %6664, %6665 : f32[48] @ models/lib/nn.yaml:80:7
%6667 = div %6646, %6666 : f32[48] @ models/lib/nn.yaml:80:7
%6668 = cast %6656 : f32[] @ models/lib/nn.yaml:80:7
%6669 = broadcast %6668 : f32[48] @ models/lib/nn.yaml:80:7
%6670 = mul %6667, %6669 : f32[48] @ models/lib/nn.yaml:80:7
%6671 = sub %13, %6670 : f32[48] @ models/lib/nn.yaml:80:7
%6672 = assign %13, %6671 : f32[48] @ models/lib/nn.yaml:80:7
%6673 = assign %6638, %6646 : f32[48] @ models/lib/nn.yaml:80:7
%6674 = assign %6639, %6652 : f32[48] @ models/lib/nn.yaml:80:7
%6675 = assign %6640, %6641 : i64[] @ models/lib/nn.yaml:80:7
%6676 = broadcast %6339 : f32[48] @ models/lib/nn.yaml:80:7
%6677 = mul %91, %6676 : f32[48] @ models/lib/nn.yaml:80:7
%6678 = broadcast %6343 : f32[48] @ models/lib/nn.yaml:80:7
%6679 = mul %6671, %6678 : f32[48] @ models/lib/nn.yaml:80:7
%6680 = add %6677, %6679 : f32[48] @ models/lib/nn.yaml:80:7
%6681 = assign %91, %6680 : f32[48] @ models/lib/nn.yaml:80:7
%6682 = all_reduce_sum %6112 : f32[16,16] @ models/lib/nn.yaml:79:7
%6683 = reshape %6682 : f32[256] @ models/lib/nn.yaml:79:7
%6684 = mul %6683, %6683 : f32[256] @ models/lib/nn.yaml:79:7
%6685 = reduce_sum %6684 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6686 = sqrt %6685 : f32[] @ models/lib/nn.yaml:79:7
%6687 = cast %6686 : f64[] @ models/lib/nn.yaml:79:7
%6688 = add %6687, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6689 = div %6281, %6688 : f64[] @ models/lib/nn.yaml:79:7
%6690 = lt %6689, %6283 : bool[] @ models/lib/nn.yaml:79:7
%6691 = cast %6689 : f32[] @ models/lib/nn.yaml:79:7
%6692 = broadcast %6691 : f32[16,16] @ models/lib/nn.yaml:79:7
%6693 = mul %6682, %6692 : f32[16,16] @ models/lib/nn.yaml:79:7
%6694 = broadcast %6690 : bool[16,16] @ models/lib/nn.yaml:79:7
%6695 = select %6694, %6693, %6682 : f32[16,16] @ models/lib/nn.yaml:79:7
%6696 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6697 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6698 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6699 = add %6698, %6293 : i64[] @ models/lib/nn.yaml:79:7
%6700 = broadcast %6297 : f32[16,16] @ models/lib/nn.yaml:79:7
%6701 = mul %14, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%6702 = broadcast %3608 : f32[16,16] @ models/lib/nn.yaml:79:7
%6703 = mul %6695, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%6704 = broadcast %2464 : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = mul %6696, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%6706 = add %6705, %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = mul %6695, %6695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = broadcast %6307 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = mul %6707, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = broadcast %6311 : f32[16,16] @ models/lib/nn.yaml:79:7
%6711 = mul %6697, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = add %6711, %6709 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = cast %6699 : f64[] @ models/lib/nn.yaml:79:7
%6714 = pow %6302, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = sub %6283, %6714 : f64[] @ models/lib/nn.yaml:79:7
%6716 = div %3875, %6715 : f64[] @ models/lib/nn.yaml:79:7
%6717 = pow %6310, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6718 = sub %6283, %6717 : f64[] @ models/lib/nn.yaml:79:7
%6719 = sqrt %6718 : f64[] @ models/lib/nn.yaml:79:7
%6720 = div %6283, %6719 : f64[] @ models/lib/nn.yaml:79:7
%6721 = sqrt %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6722 = cast %6720 : f32[] @ models/lib/nn.yaml:79:7
%6723 = broadcast %6722 : f32[16,16] @ models/lib/nn.yaml:79:7
%6724 = mul %6721, %6723 : f32[16,16] @ models/lib/nn.yaml:79:7
%6725 = broadcast %6327 : f32[16,16] @ models/lib/nn.yaml:79:7
%6726 = add %6724, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6727 = div %6706, %6726 : f32[16,16] @ models/lib/nn.yaml:79:7
%6728 = cast %6716 : f32[] @ models/lib/nn.yaml:79:7
%6729 = broadcast %6728 : f32[16,16] @ models/lib/nn.yaml:79:7
%6730 = mul %6727, %6729 : f32[16,16] @ models/lib/nn.yaml:79:7
%6731 = sub %6701, %6730 : f32[16,16] @ models/lib/nn.yaml:79:7
%6732 = assign %14, %6731 : f32[16,16] @ models/lib/nn.yaml:79:7
%6733 = assign %6696, %6706 : f32[16,16] @ models/lib/nn.yaml:79:7
%6734 = assign %6697, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6735 = assign %6698, %6699 : i64[] @ models/lib/nn.yaml:79:7
%6736 = broadcast %6339 : f32[16,16] @ models/lib/nn.yaml:79:7
%6737 = mul %92, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%6738 = broadcast %6343 : f32[16,16] @ models/lib/nn.yaml:79:7
%6739 = mul %6731, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%6740 = add %6737, %6739 : f32[16,16] @ models/lib/nn.yaml:79:7
%6741 = assign %92, %6740 : f32[16,16] @ models/lib/nn.yaml:79:7
%6742 = all_reduce_sum %6104 : f32[16] @ models/lib/nn.yaml:80:7
%6743 = mul %6742, %6742 : f32[16] @ models/lib/nn.yaml:80:7
%6744 = reduce_sum %6743 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6745 = sqrt %6744 : f32[] @ models/lib/nn.yaml:80:7
%6746 = cast %6745 : f64[] @ models/lib/nn.yaml:80:7
%6747 = add %6746, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6748 = div %6281, %6747 : f64[] @ models/lib/nn.yaml:80:7
%6749 = lt %6748, %6283 : bool[] @ models/lib/nn.yaml:80:7
%6750 = cast %6748 : f32[] @ models/lib/nn.yaml:80:7
%6751 = broadcast %6750 : f32[16] @ models/lib/nn.yaml:80:7
%6752 = mul %6742, %6751 : f32[16] @ models/lib/nn.yaml:80:7
%6753 = broadcast %6749 : bool[16] @ models/lib/nn.yaml:80:7
%6754 = select %6753, %6752, %6742 : f32[16] @ models/lib/nn.yaml:80:7
%6755 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6756 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6757 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6758 = add %6757, %6293 : i64[] @ models/lib/nn.yaml:80:7
%6759 = mul %6754, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%6760 = mul %6755, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = add %6760, %6759 : f32[16] @ models/lib/nn.yaml:80:7
%6762 = mul %6754, %6754 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = mul %6762, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%6764 = mul %6756, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%6765 = add %6764, %6763 : f32[16] @ models/lib/nn.yaml:80:7
%6766 = cast %6758 : f64[] @ models/lib/nn.yaml:80:7
%6767 = pow %6302, %6766 : f64[] @ models/lib/nn.yaml:80:7
%6768 = sub %6283, %6767 : f64[] @ models/lib/nn.yaml:80:7
%6769 = div %3875, %6768 : f64[] @ models/lib/nn.yaml:80:7
%6770 = pow %6310, %6766 : f64[] @ models/lib/nn.yaml:80:7
%6771 = sub %6283, %6770 : f64[] @ models/lib/nn.yaml:80:7
%6772 = sqrt %6771 : f64[] @ models/lib/nn.yaml:80:7
%6773 = div %6283, %6772 : f64[] @ models/lib/nn.yaml:80:7
%6774 = sqrt %6765 : f32[16] @ models/lib/nn.yaml:80:7
%6775 = cast %6773 : f32[] @ models/lib/nn.yaml:80:7
%6776 = broadcast %6775 : f32[16] @ models/lib/nn.yaml:80:7
%6777 = mul %6774, %6776 : f32[16] @ models/lib/nn.yaml:80:7
%6778 = add %6777, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%6779 = div %6761, %6778 : f32[16] @ models/lib/nn.yaml:80:7
%6780 = cast %6769 : f32[] @ models/lib/nn.yaml:80:7
%6781 = broadcast %6780 : f32[16] @ models/lib/nn.yaml:80:7
%6782 = mul %6779, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = sub %15, %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = assign %15, %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = assign %6755, %6761 : f32[16] @ models/lib/nn.yaml:80:7
%6786 = assign %6756, %6765 : f32[16] @ models/lib/nn.yaml:80:7
%6787 = assign %6757, %6758 : i64[] @ models/lib/nn.yaml:80:7
%6788 = mul %93, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%6789 = mul %6783, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%6790 = add %6788, %6789 : f32[16] @ models/lib/nn.yaml:80:7
%6791 = assign %93, %6790 : f32[16] @ models/lib/nn.yaml:80:7
%6792 = all_reduce_sum %6081 : f32[16] @ models/lib/nn.yaml:89:7
%6793 = mul %6792, %6792 : f32[16] @ models/lib/nn.yaml:89:7
%6794 = reduce_sum %6793 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%6795 = sqrt %6794 : f32[] @ models/lib/nn.yaml:89:7
%6796 = cast %6795 : f64[] @ models/lib/nn.yaml:89:7
%6797 = add %6796, %6279 : f64[] @ models/lib/nn.yaml:89:7
%6798 = div %6281, %6797 : f64[] @ models/lib/nn.yaml:89:7
%6799 = lt %6798, %6283 : bool[] @ models/lib/nn.yaml:89:7
%6800 = cast %6798 : f32[] @ models/lib/nn.yaml:89:7
%6801 = broadcast %6800 : f32[16] @ models/lib/nn.yaml:89:7
%6802 = mul %6792, %6801 : f32[16] @ models/lib/nn.yaml:89:7
%6803 = broadcast %6799 : bool[16] @ models/lib/nn.yaml:89:7
%6804 = select %6803, %6802, %6792 : f32[16] @ models/lib/nn.yaml:89:7
%6805 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6806 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6807 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6808 = add %6807, %6293 : i64[] @ models/lib/nn.yaml:89:7
%6809 = mul %6804, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%6810 = mul %6805, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%6811 = add %6810, %6809 : f32[16] @ models/lib/nn.yaml:89:7
%6812 = mul %6804, %6804 : f32[16] @ models/lib/nn.yaml:89:7
%6813 = mul %6812, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%6814 = mul %6806, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%6815 = add %6814, %6813 : f32[16] @ models/lib/nn.yaml:89:7
%6816 = cast %6808 : f64[] @ models/lib/nn.yaml:89:7
%6817 = pow %6302, %6816 : f64[] @ models/lib/nn.yaml:89:7
%6818 = sub %6283, %6817 : f64[] @ models/lib/nn.yaml:89:7
%6819 = div %3875, %6818 : f64[] @ models/lib/nn.yaml:89:7
%6820 = pow %6310, %6816 : f64[] @ models/lib/nn.yaml:89:7
%6821 = sub %6283, %6820 : f64[] @ models/lib/nn.yaml:89:7
%6822 = sqrt %6821 : f64[] @ models/lib/nn.yaml:89:7
%6823 = div %6283, %6822 : f64[] @ models/lib/nn.yaml:89:7
%6824 = sqrt %6815 : f32[16] @ models/lib/nn.yaml:89:7
%6825 = cast %6823 : f32[] @ models/lib/nn.yaml:89:7
%6826 = broadcast %6825 : f32[16] @ models/lib/nn.yaml:89:7
%6827 = mul %6824, %6826 : f32[16] @ models/lib/nn.yaml:89:7
%6828 = add %6827, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%6829 = div %6811, %6828 : f32[16] @ models/lib/nn.yaml:89:7
%6830 = cast %6819 : f32[] @ models/lib/nn.yaml:89:7
%6831 = broadcast %6830 : f32[16] @ models/lib/nn.yaml:89:7
%6832 = mul %6829, %6831 : f32[16] @ models/lib/nn.yaml:89:7
%6833 = sub %16, %6832 : f32[16] @ models/lib/nn.yaml:89:7
%6834 = assign %16, %6833 : f32[16] @ models/lib/nn.yaml:89:7
%6835 = assign %6805, %6811 : f32[16] @ models/lib/nn.yaml:89:7
%6836 = assign %6806, %6815 : f32[16] @ models/lib/nn.yaml:89:7
%6837 = assign %6807, %6808 : i64[] @ models/lib/nn.yaml:89:7
%6838 = mul %94, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%6839 = mul %6833, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%6840 = add %6838, %6839 : f32[16] @ models/lib/nn.yaml:89:7
%6841 = assign %94, %6840 : f32[16] @ models/lib/nn.yaml:89:7
%6842 = all_reduce_sum %6074 : f32[16] @ models/lib/nn.yaml:90:7
%6843 = mul %6842, %6842 : f32[16] @ models/lib/nn.yaml:90:7
%6844 = reduce_sum %6843 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%6845 = sqrt %6844 : f32[] @ models/lib/nn.yaml:90:7
%6846 = cast %6845 : f64[] @ models/lib/nn.yaml:90:7
%6847 = add %6846, %6279 : f64[] @ models/lib/nn.yaml:90:7
%6848 = div %6281, %6847 : f64[] @ models/lib/nn.yaml:90:7
%6849 = lt %6848, %6283 : bool[] @ models/lib/nn.yaml:90:7
%6850 = cast %6848 : f32[] @ models/lib/nn.yaml:90:7
%6851 = broadcast %6850 : f32[16] @ models/lib/nn.yaml:90:7
%6852 = mul %6842, %6851 : f32[16] @ models/lib/nn.yaml:90:7
%6853 = broadcast %6849 : bool[16] @ models/lib/nn.yaml:90:7
%6854 = select %6853, %6852, %6842 : f32[16] @ models/lib/nn.yaml:90:7
%6855 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6856 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6857 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6858 = add %6857, %6293 : i64[] @ models/lib/nn.yaml:90:7
%6859 = mul %6854, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%6860 = mul %6855, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%6861 = add %6860, %6859 : f32[16] @ models/lib/nn.yaml:90:7
%6862 = mul %6854, %6854 : f32[16] @ models/lib/nn.yaml:90:7
%6863 = mul %6862, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%6864 = mul %6856, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%6865 = add %6864, %6863 : f32[16] @ models/lib/nn.yaml:90:7
%6866 = cast %6858 : f64[] @ models/lib/nn.yaml:90:7
%6867 = pow %6302, %6866 : f64[] @ models/lib/nn.yaml:90:7
%6868 = sub %6283, %6867 : f64[] @ models/lib/nn.yaml:90:7
%6869 = div %3875, %6868 : f64[] @ models/lib/nn.yaml:90:7
%6870 = pow %6310, %6866 : f64[] @ models/lib/nn.yaml:90:7
%6871 = sub %6283, %6870 : f64[] @ models/lib/nn.yaml:90:7
%6872 = sqrt %6871 : f64[] @ models/lib/nn.yaml:90:7
%6873 = div %6283, %6872 : f64[] @ models/lib/nn.yaml:90:7
%6874 = sqrt %6865 : f32[16] @ models/lib/nn.yaml:90:7
%6875 = cast %6873 : f32[] @ models/lib/nn.yaml:90:7
%6876 = broadcast %6875 : f32[16] @ models/lib/nn.yaml:90:7
%6877 = mul %6874, %6876 : f32[16] @ models/lib/nn.yaml:90:7
%6878 = add %6877, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%6879 = div %6861, %6878 : f32[16] @ models/lib/nn.yaml:90:7
%6880 = cast %6869 : f32[] @ models/lib/nn.yaml:90:7
%6881 = broadcast %6880 : f32[16] @ models/lib/nn.yaml:90:7
%6882 = mul %6879, %6881 : f32[16] @ models/lib/nn.yaml:90:7
%6883 = sub %17, %6882 : f32[16] @ models/lib/nn.yaml:90:7
%6884 = assign %17, %6883 : f32[16] @ models/lib/nn.yaml:90:7
%6885 = assign %6855, %6861 : f32[16] @ models/lib/nn.yaml:90:7
%6886 = assign %6856, %6865 : f32[16] @ models/lib/nn.yaml:90:7
%6887 = assign %6857, %6858 : i64[] @ models/lib/nn.yaml:90:7
%6888 = mul %95, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%6889 = mul %6883, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%6890 = add %6888, %6889 : f32[16] @ models/lib/nn.yaml:90:7
%6891 = assign %95, %6890 : f32[16] @ models/lib/nn.yaml:90:7
%6892 = all_reduce_sum %6068 : f32[64,16] @ models/lib/nn.yaml:79:7
%6893 = reshape %6892 : f32[1024] @ models/lib/nn.yaml:79:7
%6894 = mul %6893, %6893 : f32[1024] @ models/lib/nn.yaml:79:7
%6895 = reduce_sum %6894 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%6896 = sqrt %6895 : f32[] @ models/lib/nn.yaml:79:7
%6897 = cast %6896 : f64[] @ models/lib/nn.yaml:79:7
%6898 = add %6897, %6279 : f64[] @ models/lib/nn.yaml:79:7
%6899 = div %6281, %6898 : f64[] @ models/lib/nn.yaml:79:7
%6900 = lt %6899, %6283 : bool[] @ models/lib/nn.yaml:79:7
%6901 = cast %6899 : f32[] @ models/lib/nn.yaml:79:7
%6902 = broadcast %6901 : f32[64,16] @ models/lib/nn.yaml:79:7
%6903 = mul %6892, %6902 : f32[64,16] @ models/lib/nn.yaml:79:7
%6904 = broadcast %6900 : bool[64,16] @ models/lib/nn.yaml:79:7
%6905 = select %6904, %6903, %6892 : f32[64,16] @ models/lib/nn.yaml:79:7
%6906 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6907 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6908 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6909 = add %6908, %6293 : i64[] @ models/lib/nn.yaml:79:7
%6910 = broadcast %6297 : f32[64,16] @ models/lib/nn.yaml:79:7
%6911 = mul %18, %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%6912 = broadcast %3608 : f32[64,16] @ models/lib/nn.yaml:79:7
%6913 = mul %6905, %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%6914 = broadcast %2464 : f32[64,16] @ models/lib/nn.yaml:79:7
%6915 = mul %6906, %6914 : f32[64,16] @ models/lib/nn.yaml:79:7
%6916 = add %6915, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%6917 = mul %6905, %6905 : f32[64,16] @ models/lib/nn.yaml:79:7
%6918 = broadcast %6307 : f32[64,16] @ models/lib/nn.yaml:79:7
%6919 = mul %6917, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%6920 = broadcast %6311 : f32[64,16] @ models/lib/nn.yaml:79:7
%6921 = mul %6907, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%6922 = add %6921, %6919 : f32[64,16] @ models/lib/nn.yaml:79:7
%6923 = cast %6909 : f64[] @ models/lib/nn.yaml:79:7
%6924 = pow %6302, %6923 : f64[] @ models/lib/nn.yaml:79:7
%6925 = sub %6283, %6924 : f64[] @ models/lib/nn.yaml:79:7
%6926 = div %3875, %6925 : f64[] @ models/lib/nn.yaml:79:7
%6927 = pow %6310, %6923 : f64[] @ models/lib/nn.yaml:79:7
%6928 = sub %6283, %6927 : f64[] @ models/lib/nn.yaml:79:7
%6929 = sqrt %6928 : f64[] @ models/lib/nn.yaml:79:7
%6930 = div %6283, %6929 : f64[] @ models/lib/nn.yaml:79:7
%6931 = sqrt %6922 : f32[64,16] @ models/lib/nn.yaml:79:7
%6932 = cast %6930 : f32[] @ models/lib/nn.yaml:79:7
%6933 = broadcast %6932 : f32[64,16] @ models/lib/nn.yaml:79:7
%6934 = mul %6931, %6933 : f32[64,16] @ models/lib/nn.yaml:79:7
%6935 = broadcast %6327 : f32[64,16] @ models/lib/nn.yaml:79:7
%6936 = add %6934, %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%6937 = div %6916, %6936 : f32[64,16] @ models/lib/nn.yaml:79:7
%6938 = cast %6926 : f32[] @ models/lib/nn.yaml:79:7
%6939 = broadcast %6938 : f32[64,16] @ models/lib/nn.yaml:79:7
%6940 = mul %6937, %6939 : f32[64,16] @ models/lib/nn.yaml:79:7
%6941 = sub %6911, %6940 : f32[64,16] @ models/lib/nn.yaml:79:7
%6942 = assign %18, %6941 : f32[64,16] @ models/lib/nn.yaml:79:7
%6943 = assign %6906, %6916 : f32[64,16] @ models/lib/nn.yaml:79:7
%6944 = assign %6907, %6922 : f32[64,16] @ models/lib/nn.yaml:79:7
%6945 = assign %6908, %6909 : i64[] @ models/lib/nn.yaml:79:7
%6946 = broadcast %6339 : f32[64,16] @ models/lib/nn.yaml:79:7
%6947 = mul %96, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%6948 = broadcast %6343 : f32[64,16] @ models/lib/nn.yaml:79:7
%6949 = mul %6941, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%6950 = add %6947, %6949 : f32[64,16] @ models/lib/nn.yaml:79:7
%6951 = assign %96, %6950 : f32[64,16] @ models/lib/nn.yaml:79:7
%6952 = all_reduce_sum %6060 : f32[64] @ models/lib/nn.yaml:80:7
%6953 = mul %6952, %6952 : f32[64] @ models/lib/nn.yaml:80:7
%6954 = reduce_sum %6953 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%6955 = sqrt %6954 : f32[] @ models/lib/nn.yaml:80:7
%6956 = cast %6955 : f64[] @ models/lib/nn.yaml:80:7
%6957 = add %6956, %6279 : f64[] @ models/lib/nn.yaml:80:7
%6958 = div %6281, %6957 : f64[] @ models/lib/nn.yaml:80:7
%6959 = lt %6958, %6283 : bool[] @ models/lib/nn.yaml:80:7
%6960 = cast %6958 : f32[] @ models/lib/nn.yaml:80:7
%6961 = broadcast %6960 : f32[64] @ models/lib/nn.yaml:80:7
%6962 = mul %6952, %6961 : f32[64] @ models/lib/nn.yaml:80:7
%6963 = broadcast %6959 : bool[64] @ models/lib/nn.yaml:80:7
%6964 = select %6963, %6962, %6952 : f32[64] @ models/lib/nn.yaml:80:7
%6965 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6966 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6967 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6968 = add %6967, %6293 : i64[] @ models/lib/nn.yaml:80:7
%6969 = broadcast %3608 : f32[64] @ models/lib/nn.yaml:80:7
%6970 = mul %6964, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = broadcast %2464 : f32[64] @ models/lib/nn.yaml:80:7
%6972 = mul %6965, %6971 : f32[64] @ models/lib/nn.yaml:80:7
%6973 = add %6972, %6970 : f32[64] @ models/lib/nn.yaml:80:7
%6974 = mul %6964, %6964 : f32[64] @ models/lib/nn.yaml:80:7
%6975 = broadcast %6307 : f32[64] @ models/lib/nn.yaml:80:7
%6976 = mul %6974, %6975 : f32[64] @ models/lib/nn.yaml:80:7
%6977 = broadcast %6311 : f32[64] @ models/lib/nn.yaml:80:7
%6978 = mul %6966, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%6979 = add %6978, %6976 : f32[64] @ models/lib/nn.yaml:80:7
%6980 = cast %6968 : f64[] @ models/lib/nn.yaml:80:7
%6981 = pow %6302, %6980 : f64[] @ models/lib/nn.yaml:80:7
%6982 = sub %6283, %6981 : f64[] @ models/lib/nn.yaml:80:7
%6983 = div %3875, %6982 : f64[] @ models/lib/nn.yaml:80:7
%6984 = pow %6310, %6980 : f64[] @ models/lib/nn.yaml:80:7
%6985 = sub %6283, %6984 : f64[] @ models/lib/nn.yaml:80:7
%6986 = sqrt %6985 : f64[] @ models/lib/nn.yaml:80:7
%6987 = div %6283, %6986 : f64[] @ models/lib/nn.yaml:80:7
%6988 = sqrt %6979 : f32[64] @ models/lib/nn.yaml:80:7
%6989 = cast %6987 : f32[] @ models/lib/nn.yaml:80:7
%6990 = broadcast %6989 : f32[64] @ models/lib/nn.yaml:80:7
%6991 = mul %6988, %6990 : f32[64] @ models/lib/nn.yaml:80:7
%6992 = broadcast %6327 : f32[64] @ models/lib/nn.yaml:80:7
%6993 = add %6991, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6994 = div %6973, %6993 : f32[64] @ models/lib/nn.yaml:80:7
%6995 = cast %6983 : f32[] @ models/lib/nn.yaml:80:7
%6996 = broadcast %6995 : f32[64] @ models/lib/nn.yaml:80:7
%6997 = mul %6994, %6996 : f32[64] @ models/lib/nn.yaml:80:7
%6998 = sub %19, %6997 : f32[64] @ models/lib/nn.yaml:80:7
%6999 = assign %19, %6998 : f32[64] @ models/lib/nn.yaml:80:7
%7000 = assign %6965, %6973 : f32[64] @ models/lib/nn.yaml:80:7
%7001 = assign %6966, %6979 : f32[64] @ models/lib/nn.yaml:80:7
%7002 = assign %6967, %6968 : i64[] @ models/lib/nn.yaml:80:7
%7003 = broadcast %6339 : f32[64] @ models/lib/nn.yaml:80:7
%7004 = mul %97, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%7005 = broadcast %6343 : f32[64] @ models/lib/nn.yaml:80:7
%7006 = mul %6998, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%7007 = add %7004, %7006 : f32[64] @ models/lib/nn.yaml:80:7
%7008 = assign %97, %7007 : f32[64] @ models/lib/nn.yaml:80:7
%7009 = all_reduce_sum %6040 : f32[16,64] @ models/lib/nn.yaml:79:7
%7010 = reshape %7009 : f32[1024] @ models/lib/nn.yaml:79:7
%7011 = mul %7010, %7010 : f32[1024] @ models/lib/nn.yaml:79:7
%7012 = reduce_sum %7011 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7013 = sqrt %7012 : f32[] @ models/lib/nn.yaml:79:7
%7014 = cast %7013 : f64[] @ models/lib/nn.yaml:79:7
%7015 = add %7014, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7016 = div %6281, %7015 : f64[] @ models/lib/nn.yaml:79:7
%7017 = lt %7016, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7018 = cast %7016 : f32[] @ models/lib/nn.yaml:79:7
%7019 = broadcast %7018 : f32[16,64] @ models/lib/nn.yaml:79:7
%7020 = mul %7009, %7019 : f32[16,64] @ models/lib/nn.yaml:79:7
%7021 = broadcast %7017 : bool[16,64] @ models/lib/nn.yaml:79:7
%7022 = select %7021, %7020, %7009 : f32[16,64] @ models/lib/nn.yaml:79:7
%7023 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7024 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7025 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7026 = add %7025, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7027 = broadcast %6297 : f32[16,64] @ models/lib/nn.yaml:79:7
%7028 = mul %20, %7027 : f32[16,64] @ models/lib/nn.yaml:79:7
%7029 = broadcast %3608 : f32[16,64] @ models/lib/nn.yaml:79:7
%7030 = mul %7022, %7029 : f32[16,64] @ models/lib/nn.yaml:79:7
%7031 = broadcast %2464 : f32[16,64] @ models/lib/nn.yaml:79:7
%7032 = mul %7023, %7031 : f32[16,64] @ models/lib/nn.yaml:79:7
%7033 = add %7032, %7030 : f32[16,64] @ models/lib/nn.yaml:79:7
%7034 = mul %7022, %7022 : f32[16,64] @ models/lib/nn.yaml:79:7
%7035 = broadcast %6307 : f32[16,64] @ models/lib/nn.yaml:79:7
%7036 = mul %7034, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%7037 = broadcast %6311 : f32[16,64] @ models/lib/nn.yaml:79:7
%7038 = mul %7024, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%7039 = add %7038, %7036 : f32[16,64] @ models/lib/nn.yaml:79:7
%7040 = cast %7026 : f64[] @ models/lib/nn.yaml:79:7
%7041 = pow %6302, %7040 : f64[] @ models/lib/nn.yaml:79:7
%7042 = sub %6283, %7041 : f64[] @ models/lib/nn.yaml:79:7
%7043 = div %3875, %7042 : f64[] @ models/lib/nn.yaml:79:7
%7044 = pow %6310, %7040 : f64[] @ models/lib/nn.yaml:79:7
%7045 = sub %6283, %7044 : f64[] @ models/lib/nn.yaml:79:7
%7046 = sqrt %7045 : f64[] @ models/lib/nn.yaml:79:7
%7047 = div %6283, %7046 : f64[] @ models/lib/nn.yaml:79:7
%7048 = sqrt %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7049 = cast %7047 : f32[] @ models/lib/nn.yaml:79:7
%7050 = broadcast %7049 : f32[16,64] @ models/lib/nn.yaml:79:7
%7051 = mul %7048, %7050 : f32[16,64] @ models/lib/nn.yaml:79:7
%7052 = broadcast %6327 : f32[16,64] @ models/lib/nn.yaml:79:7
%7053 = add %7051, %7052 : f32[16,64] @ models/lib/nn.yaml:79:7
%7054 = div %7033, %7053 : f32[16,64] @ models/lib/nn.yaml:79:7
%7055 = cast %7043 : f32[] @ models/lib/nn.yaml:79:7
%7056 = broadcast %7055 : f32[16,64] @ models/lib/nn.yaml:79:7
%7057 = mul %7054, %7056 : f32[16,64] @ models/lib/nn.yaml:79:7
%7058 = sub %7028, %7057 : f32[16,64] @ models/lib/nn.yaml:79:7
%7059 = assign %20, %7058 : f32[16,64] @ models/lib/nn.yaml:79:7
%7060 = assign %7023, %7033 : f32[16,64] @ models/lib/nn.yaml:79:7
%7061 = assign %7024, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7062 = assign %7025, %7026 : i64[] @ models/lib/nn.yaml:79:7
%7063 = broadcast %6339 : f32[16,64] @ models/lib/nn.yaml:79:7
%7064 = mul %98, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%7065 = broadcast %6343 : f32[16,64] @ models/lib/nn.yaml:79:7
%7066 = mul %7058, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%7067 = add %7064, %7066 : f32[16,64] @ models/lib/nn.yaml:79:7
%7068 = assign %98, %7067 : f32[16,64] @ models/lib/nn.yaml:79:7
%7069 = all_reduce_sum %6032 : f32[16] @ models/lib/nn.yaml:80:7
%7070 = mul %7069, %7069 : f32[16] @ models/lib/nn.yaml:80:7
%7071 = reduce_sum %7070 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7072 = sqrt %7071 : f32[] @ models/lib/nn.yaml:80:7
%7073 = cast %7072 : f64[] @ models/lib/nn.yaml:80:7
%7074 = add %7073, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7075 = div %6281, %7074 : f64[] @ models/lib/nn.yaml:80:7
%7076 = lt %7075, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7077 = cast %7075 : f32[] @ models/lib/nn.yaml:80:7
%7078 = broadcast %7077 : f32[16] @ models/lib/nn.yaml:80:7
%7079 = mul %7069, %7078 : f32[16] @ models/lib/nn.yaml:80:7
%7080 = broadcast %7076 : bool[16] @ models/lib/nn.yaml:80:7
%7081 = select %7080, %7079, %7069 : f32[16] @ models/lib/nn.yaml:80:7
%7082 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7083 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7084 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7085 = add %7084, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7086 = mul %7081, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%7087 = mul %7082, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%7088 = add %7087, %7086 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = mul %7081, %7081 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = mul %7089, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = mul %7083, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7092 = add %7091, %7090 : f32[16] @ models/lib/nn.yaml:80:7
%7093 = cast %7085 : f64[] @ models/lib/nn.yaml:80:7
%7094 = pow %6302, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7095 = sub %6283, %7094 : f64[] @ models/lib/nn.yaml:80:7
%7096 = div %3875, %7095 : f64[] @ models/lib/nn.yaml:80:7
%7097 = pow %6310, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7098 = sub %6283, %7097 : f64[] @ models/lib/nn.yaml:80:7
%7099 = sqrt %7098 : f64[] @ models/lib/nn.yaml:80:7
%7100 = div %6283, %7099 : f64[] @ models/lib/nn.yaml:80:7
%7101 = sqrt %7092 : f32[16] @ models/lib/nn.yaml:80:7
%7102 = cast %7100 : f32[] @ models/lib/nn.yaml:80:7
%7103 = broadcast %7102 : f32[16] @ models/lib/nn.yaml:80:7
%7104 = mul %7101, %7103 : f32[16] @ models/lib/nn.yaml:80:7
%7105 = add %7104, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%7106 = div %7088, %7105 : f32[16] @ models/lib/nn.yaml:80:7
%7107 = cast %7096 : f32[] @ models/lib/nn.yaml:80:7
%7108 = broadcast %7107 : f32[16] @ models/lib/nn.yaml:80:7
%7109 = mul %7106, %7108 : f32[16] @ models/lib/nn.yaml:80:7
%7110 = sub %21, %7109 : f32[16] @ models/lib/nn.yaml:80:7
%7111 = assign %21, %7110 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = assign %7082, %7088 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = assign %7083, %7092 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = assign %7084, %7085 : i64[] @ models/lib/nn.yaml:80:7
%7115 = mul %99, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7116 = mul %7110, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%7117 = add %7115, %7116 : f32[16] @ models/lib/nn.yaml:80:7
%7118 = assign %99, %7117 : f32[16] @ models/lib/nn.yaml:80:7
%7119 = all_reduce_sum %6009 : f32[16] @ models/lib/nn.yaml:89:7
%7120 = mul %7119, %7119 : f32[16] @ models/lib/nn.yaml:89:7
%7121 = reduce_sum %7120 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7122 = sqrt %7121 : f32[] @ models/lib/nn.yaml:89:7
%7123 = cast %7122 : f64[] @ models/lib/nn.yaml:89:7
%7124 = add %7123, %6279 : f64[] @ models/lib/nn.yaml:89:7
%7125 = div %6281, %7124 : f64[] @ models/lib/nn.yaml:89:7
%7126 = lt %7125, %6283 : bool[] @ models/lib/nn.yaml:89:7
%7127 = cast %7125 : f32[] @ models/lib/nn.yaml:89:7
%7128 = broadcast %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = mul %7119, %7128 : f32[16] @ models/lib/nn.yaml:89:7
%7130 = broadcast %7126 : bool[16] @ models/lib/nn.yaml:89:7
%7131 = select %7130, %7129, %7119 : f32[16] @ models/lib/nn.yaml:89:7
%7132 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7133 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7134 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7135 = add %7134, %6293 : i64[] @ models/lib/nn.yaml:89:7
%7136 = mul %7131, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%7137 = mul %7132, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%7138 = add %7137, %7136 : f32[16] @ models/lib/nn.yaml:89:7
%7139 = mul %7131, %7131 : f32[16] @ models/lib/nn.yaml:89:7
%7140 = mul %7139, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = mul %7133, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7142 = add %7141, %7140 : f32[16] @ models/lib/nn.yaml:89:7
%7143 = cast %7135 : f64[] @ models/lib/nn.yaml:89:7
%7144 = pow %6302, %7143 : f64[] @ models/lib/nn.yaml:89:7
%7145 = sub %6283, %7144 : f64[] @ models/lib/nn.yaml:89:7
%7146 = div %3875, %7145 : f64[] @ models/lib/nn.yaml:89:7
%7147 = pow %6310, %7143 : f64[] @ models/lib/nn.yaml:89:7
%7148 = sub %6283, %7147 : f64[] @ models/lib/nn.yaml:89:7
%7149 = sqrt %7148 : f64[] @ models/lib/nn.yaml:89:7
%7150 = div %6283, %7149 : f64[] @ models/lib/nn.yaml:89:7
%7151 = sqrt %7142 : f32[16] @ models/lib/nn.yaml:89:7
%7152 = cast %7150 : f32[] @ models/lib/nn.yaml:89:7
%7153 = broadcast %7152 : f32[16] @ models/lib/nn.yaml:89:7
%7154 = mul %7151, %7153 : f32[16] @ models/lib/nn.yaml:89:7
%7155 = add %7154, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%7156 = div %7138, %7155 : f32[16] @ models/lib/nn.yaml:89:7
%7157 = cast %7146 : f32[] @ models/lib/nn.yaml:89:7
%7158 = broadcast %7157 : f32[16] @ models/lib/nn.yaml:89:7
%7159 = mul %7156, %7158 : f32[16] @ models/lib/nn.yaml:89:7
%7160 = sub %22, %7159 : f32[16] @ models/lib/nn.yaml:89:7
%7161 = assign %22, %7160 : f32[16] @ models/lib/nn.yaml:89:7
%7162 = assign %7132, %7138 : f32[16] @ models/lib/nn.yaml:89:7
%7163 = assign %7133, %7142 : f32[16] @ models/lib/nn.yaml:89:7
%7164 = assign %7134, %7135 : i64[] @ models/lib/nn.yaml:89:7
%7165 = mul %100, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%7166 = mul %7160, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%7167 = add %7165, %7166 : f32[16] @ models/lib/nn.yaml:89:7
%7168 = assign %100, %7167 : f32[16] @ models/lib/nn.yaml:89:7
%7169 = all_reduce_sum %6002 : f32[16] @ models/lib/nn.yaml:90:7
%7170 = mul %7169, %7169 : f32[16] @ models/lib/nn.yaml:90:7
%7171 = reduce_sum %7170 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7172 = sqrt %7171 : f32[] @ models/lib/nn.yaml:90:7
%7173 = cast %7172 : f64[] @ models/lib/nn.yaml:90:7
%7174 = add %7173, %6279 : f64[] @ models/lib/nn.yaml:90:7
%7175 = div %6281, %7174 : f64[] @ models/lib/nn.yaml:90:7
%7176 = lt %7175, %6283 : bool[] @ models/lib/nn.yaml:90:7
%7177 = cast %7175 : f32[] @ models/lib/nn.yaml:90:7
%7178 = broadcast %7177 : f32[16] @ models/lib/nn.yaml:90:7
%7179 = mul %7169, %7178 : f32[16] @ models/lib/nn.yaml:90:7
%7180 = broadcast %7176 : bool[16] @ models/lib/nn.yaml:90:7
%7181 = select %7180, %7179, %7169 : f32[16] @ models/lib/nn.yaml:90:7
%7182 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7183 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7184 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7185 = add %7184, %6293 : i64[] @ models/lib/nn.yaml:90:7
%7186 = mul %7181, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%7187 = mul %7182, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = add %7187, %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = mul %7181, %7181 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = mul %7189, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = mul %7183, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%7192 = add %7191, %7190 : f32[16] @ models/lib/nn.yaml:90:7
%7193 = cast %7185 : f64[] @ models/lib/nn.yaml:90:7
%7194 = pow %6302, %7193 : f64[] @ models/lib/nn.yaml:90:7
%7195 = sub %6283, %7194 : f64[] @ models/lib/nn.yaml:90:7
%7196 = div %3875, %7195 : f64[] @ models/lib/nn.yaml:90:7
%7197 = pow %6310, %7193 : f64[] @ models/lib/nn.yaml:90:7
%7198 = sub %6283, %7197 : f64[] @ models/lib/nn.yaml:90:7
%7199 = sqrt %7198 : f64[] @ models/lib/nn.yaml:90:7
%7200 = div %6283, %7199 : f64[] @ models/lib/nn.yaml:90:7
%7201 = sqrt %7192 : f32[16] @ models/lib/nn.yaml:90:7
%7202 = cast %7200 : f32[] @ models/lib/nn.yaml:90:7
%7203 = broadcast %7202 : f32[16] @ models/lib/nn.yaml:90:7
%7204 = mul %7201, %7203 : f32[16] @ models/lib/nn.yaml:90:7
%7205 = add %7204, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%7206 = div %7188, %7205 : f32[16] @ models/lib/nn.yaml:90:7
%7207 = cast %7196 : f32[] @ models/lib/nn.yaml:90:7
%7208 = broadcast %7207 : f32[16] @ models/lib/nn.yaml:90:7
%7209 = mul %7206, %7208 : f32[16] @ models/lib/nn.yaml:90:7
%7210 = sub %23, %7209 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = assign %23, %7210 : f32[16] @ models/lib/nn.yaml:90:7
%7212 = assign %7182, %7188 : f32[16] @ models/lib/nn.yaml:90:7
%7213 = assign %7183, %7192 : f32[16] @ models/lib/nn.yaml:90:7
%7214 = assign %7184, %7185 : i64[] @ models/lib/nn.yaml:90:7
%7215 = mul %101, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%7216 = mul %7210, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%7217 = add %7215, %7216 : f32[16] @ models/lib/nn.yaml:90:7
%7218 = assign %101, %7217 : f32[16] @ models/lib/nn.yaml:90:7
%7219 = all_reduce_sum %5996 : f32[48,16] @ models/lib/nn.yaml:79:7
%7220 = reshape %7219 : f32[768] @ models/lib/nn.yaml:79:7
%7221 = mul %7220, %7220 : f32[768] @ models/lib/nn.yaml:79:7
%7222 = reduce_sum %7221 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7223 = sqrt %7222 : f32[] @ models/lib/nn.yaml:79:7
%7224 = cast %7223 : f64[] @ models/lib/nn.yaml:79:7
%7225 = add %7224, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7226 = div %6281, %7225 : f64[] @ models/lib/nn.yaml:79:7
%7227 = lt %7226, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7228 = cast %7226 : f32[] @ models/lib/nn.yaml:79:7
%7229 = broadcast %7228 : f32[48,16] @ models/lib/nn.yaml:79:7
%7230 = mul %7219, %7229 : f32[48,16] @ models/lib/nn.yaml:79:7
%7231 = broadcast %7227 : bool[48,16] @ models/lib/nn.yaml:79:7
%7232 = select %7231, %7230, %7219 : f32[48,16] @ models/lib/nn.yaml:79:7
%7233 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7234 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%7235 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7236 = add %7235, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7237 = mul %24, %6583 : f32[48,16] @ models/lib/nn.yaml:79:7
%7238 = mul %7232, %6585 : f32[48,16] @ models/lib/nn.yaml:79:7
%7239 = mul %7233, %6587 : f32[48,16] @ models/lib/nn.yaml:79:7
%7240 = add %7239, %7238 : f32[48,16] @ models/lib/nn.yaml:79:7
%7241 = mul %7232, %7232 : f32[48,16] @ models/lib/nn.yaml:79:7
%7242 = mul %7241, %6591 : f32[48,16] @ models/lib/nn.yaml:79:7
%7243 = mul %7234, %6593 : f32[48,16] @ models/lib/nn.yaml:79:7
%7244 = add %7243, %7242 : f32[48,16] @ models/lib/nn.yaml:79:7
%7245 = cast %7236 : f64[] @ models/lib/nn.yaml:79:7
%7246 = pow %6302, %7245 : f64[] @ models/lib/nn.yaml:79:7
%7247 = sub %6283, %7246 : f64[] @ models/lib/nn.yaml:79:7
%7248 = div %3875, %7247 : f64[] @ models/lib/nn.yaml:79:7
%7249 = pow %6310, %7245 : f64[] @ models/lib/nn.yaml:79:7
%7250 = sub %6283, %7249 : f64[] @ models/lib/nn.yaml:79:7
%7251 = sqrt %7250 : f64[] @ models/lib/nn.yaml:79:7
%7252 = div %6283, %7251 : f64[] @ models/lib/nn.yaml:79:7
%7253 = sqrt %7244 : f32[48,16] @ models/lib/nn.yaml:79:7
%7254 = cast %7252 : f32[] @ models/lib/nn.yaml:79:7
%7255 = broadcast %7254 : f32[48,16] @ models/lib/nn.yaml:79:7
%7256 = mul %7253, %7255 : f32[48,16] @ models/lib/nn.yaml:79:7
%7257 = add %7256, %6608 : f32[48,16] @ models/lib/nn.yaml:79:7
%7258 = div %7240, %7257 : f32[48,16] @ models/lib/nn.yaml:79:7
%7259 = cast %7248 : f32[] @ models/lib/nn.yaml:79:7
%7260 = broadcast %7259 : f32[48,16] @ models/lib/nn.yaml:79:7
%7261 = mul %7258, %7260 : f32[48,16] @ models/lib/nn.yaml:79:7
%7262 = sub %7237, %7261 : f32[48,16] @ models/lib/nn.yaml:79:7
%7263 = assign %24, %7262 : f32[48,16] @ models/lib/nn.yaml:79:7
%7264 = assign %7233, %7240 : f32[48,16] @ models/lib/nn.yaml:79:7
%7265 = assign %7234, %7244 : f32[48,16] @ models/lib/nn.yaml:79:7
%7266 = assign %7235, %7236 : i64[] @ models/lib/nn.yaml:79:7
%7267 = mul %102, %6619 : f32[48,16] @ models/lib/nn.yaml:79:7
%7268 = mul %7262, %6621 : f32[48,16] @ models/lib/nn.yaml:79:7
%7269 = add %7267, %7268 : f32[48,16] @ models/lib/nn.yaml:79:7
%7270 = assign %102, %7269 : f32[48,16] @ models/lib/nn.yaml:79:7
%7271 = all_reduce_sum %5988 : f32[48] @ models/lib/nn.yaml:80:7
%7272 = mul %7271, %7271 : f32[48] @ models/lib/nn.yaml:80:7
%7273 = reduce_sum %7272 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7274 = sqrt %7273 : f32[] @ models/lib/nn.yaml:80:7
%7275 = cast %7274 : f64[] @ models/lib/nn.yaml:80:7
%7276 = add %7275, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7277 = div %6281, %7276 : f64[] @ models/lib/nn.yaml:80:7
%7278 = lt %7277, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7279 = cast %7277 : f32[] @ models/lib/nn.yaml:80:7
%7280 = broadcast %7279 : f32[48] @ models/lib/nn.yaml:80:7
%7281 = mul %7271, %7280 : f32[48] @ models/lib/nn.yaml:80:7
%7282 = broadcast %7278 : bool[48] @ models/lib/nn.yaml:80:7
%7283 = select %7282, %7281, %7271 : f32[48] @ models/lib/nn.yaml:80:7
%7284 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7285 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%7286 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7287 = add %7286, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7288 = mul %7283, %6642 : f32[48] @ models/lib/nn.yaml:80:7
%7289 = mul %7284, %6644 : f32[48] @ models/lib/nn.yaml:80:7
%7290 = add %7289, %7288 : f32[48] @ models/lib/nn.yaml:80:7
%7291 = mul %7283, %7283 : f32[48] @ models/lib/nn.yaml:80:7
%7292 = mul %7291, %6648 : f32[48] @ models/lib/nn.yaml:80:7
%7293 = mul %7285, %6650 : f32[48] @ models/lib/nn.yaml:80:7
%7294 = add %7293, %7292 : f32[48] @ models/lib/nn.yaml:80:7
%7295 = cast %7287 : f64[] @ models/lib/nn.yaml:80:7
%7296 = pow %6302, %7295 : f64[] @ models/lib/nn.yaml:80:7
%7297 = sub %6283, %7296 : f64[] @ models/lib/nn.yaml:80:7
%7298 = div %3875, %7297 : f64[] @ models/lib/nn.yaml:80:7
%7299 = pow %6310, %7295 : f64[] @ models/lib/nn.yaml:80:7
%7300 = sub %6283, %7299 : f64[] @ models/lib/nn.yaml:80:7
%7301 = sqrt %7300 : f64[] @ models/lib/nn.yaml:80:7
%7302 = div %6283, %7301 : f64[] @ models/lib/nn.yaml:80:7
%7303 = sqrt %7294 : f32[48] @ models/lib/nn.yaml:80:7
%7304 = cast %7302 : f32[] @ models/lib/nn.yaml:80:7
%7305 = broadcast %7304 : f32[48] @ models/lib/nn.yaml:80:7
%7306 = mul %7303, %7305 : f32[48] @ models/lib/nn.yaml:80:7
%7307 = add %7306, %6665 : f32[48] @ models/lib/nn.yaml:80:7
%7308 = div %7290, %7307 : f32[48] @ models/lib/nn.yaml:80:7
%7309 = cast %7298 : f32[] @ models/lib/nn.yaml:80:7
%7310 = broadcast %7309 : f32[48] @ models/lib/nn.yaml:80:7
%7311 = mul %7308, %7310 : f32[48] @ models/lib/nn.yaml:80:7
%7312 = sub %25, %7311 : f32[48] @ models/lib/nn.yaml:80:7
%7313 = assign %25, %7312 : f32[48] @ models/lib/nn.yaml:80:7
%7314 = assign %7284, %7290 : f32[48] @ models/lib/nn.yaml:80:7
%7315 = assign %7285, %7294 : f32[48] @ models/lib/nn.yaml:80:7
%7316 = assign %7286, %7287 : i64[] @ models/lib/nn.yaml:80:7
%7317 = mul %103, %6676 : f32[48] @ models/lib/nn.yaml:80:7
%7318 = mul %7312, %6678 : f32[48] @ models/lib/nn.yaml:80:7
%7319 = add %7317, %7318 : f32[48] @ models/lib/nn.yaml:80:7
%7320 = assign %103, %7319 : f32[48] @ models/lib/nn.yaml:80:7
%7321 = all_reduce_sum %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%7322 = reshape %7321 : f32[256] @ models/lib/nn.yaml:79:7
%7323 = mul %7322, %7322 : f32[256] @ models/lib/nn.yaml:79:7
%7324 = reduce_sum %7323 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7325 = sqrt %7324 : f32[] @ models/lib/nn.yaml:79:7
%7326 = cast %7325 : f64[] @ models/lib/nn.yaml:79:7
%7327 = add %7326, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7328 = div %6281, %7327 : f64[] @ models/lib/nn.yaml:79:7
%7329 = lt %7328, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7330 = cast %7328 : f32[] @ models/lib/nn.yaml:79:7
%7331 = broadcast %7330 : f32[16,16] @ models/lib/nn.yaml:79:7
%7332 = mul %7321, %7331 : f32[16,16] @ models/lib/nn.yaml:79:7
%7333 = broadcast %7329 : bool[16,16] @ models/lib/nn.yaml:79:7
%7334 = select %7333, %7332, %7321 : f32[16,16] @ models/lib/nn.yaml:79:7
%7335 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7336 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7337 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7338 = add %7337, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7339 = mul %26, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%7340 = mul %7334, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%7341 = mul %7335, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7342 = add %7341, %7340 : f32[16,16] @ models/lib/nn.yaml:79:7
%7343 = mul %7334, %7334 : f32[16,16] @ models/lib/nn.yaml:79:7
%7344 = mul %7343, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7345 = mul %7336, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7346 = add %7345, %7344 : f32[16,16] @ models/lib/nn.yaml:79:7
%7347 = cast %7338 : f64[] @ models/lib/nn.yaml:79:7
%7348 = pow %6302, %7347 : f64[] @ models/lib/nn.yaml:79:7
%7349 = sub %6283, %7348 : f64[] @ models/lib/nn.yaml:79:7
%7350 = div %3875, %7349 : f64[] @ models/lib/nn.yaml:79:7
%7351 = pow %6310, %7347 : f64[] @ models/lib/nn.yaml:79:7
%7352 = sub %6283, %7351 : f64[] @ models/lib/nn.yaml:79:7
%7353 = sqrt %7352 : f64[] @ models/lib/nn.yaml:79:7
%7354 = div %6283, %7353 : f64[] @ models/lib/nn.yaml:79:7
%7355 = sqrt %7346 : f32[16,16] @ models/lib/nn.yaml:79:7
%7356 = cast %7354 : f32[] @ models/lib/nn.yaml:79:7
%7357 = broadcast %7356 : f32[16,16] @ models/lib/nn.yaml:79:7
%7358 = mul %7355, %7357 : f32[16,16] @ models/lib/nn.yaml:79:7
%7359 = add %7358, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7360 = div %7342, %7359 : f32[16,16] @ models/lib/nn.yaml:79:7
%7361 = cast %7350 : f32[] @ models/lib/nn.yaml:79:7
%7362 = broadcast %7361 : f32[16,16] @ models/lib/nn.yaml:79:7
%7363 = mul %7360, %7362 : f32[16,16] @ models/lib/nn.yaml:79:7
%7364 = sub %7339, %7363 : f32[16,16] @ models/lib/nn.yaml:79:7
%7365 = assign %26, %7364 : f32[16,16] @ models/lib/nn.yaml:79:7
%7366 = assign %7335, %7342 : f32[16,16] @ models/lib/nn.yaml:79:7
%7367 = assign %7336, %7346 : f32[16,16] @ models/lib/nn.yaml:79:7
%7368 = assign %7337, %7338 : i64[] @ models/lib/nn.yaml:79:7
%7369 = mul %104, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7370 = mul %7364, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%7371 = add %7369, %7370 : f32[16,16] @ models/lib/nn.yaml:79:7
%7372 = assign %104, %7371 : f32[16,16] @ models/lib/nn.yaml:79:7
%7373 = all_reduce_sum %5873 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = mul %7373, %7373 : f32[16] @ models/lib/nn.yaml:80:7
%7375 = reduce_sum %7374 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7376 = sqrt %7375 : f32[] @ models/lib/nn.yaml:80:7
%7377 = cast %7376 : f64[] @ models/lib/nn.yaml:80:7
%7378 = add %7377, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7379 = div %6281, %7378 : f64[] @ models/lib/nn.yaml:80:7
%7380 = lt %7379, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7381 = cast %7379 : f32[] @ models/lib/nn.yaml:80:7
%7382 = broadcast %7381 : f32[16] @ models/lib/nn.yaml:80:7
%7383 = mul %7373, %7382 : f32[16] @ models/lib/nn.yaml:80:7
%7384 = broadcast %7380 : bool[16] @ models/lib/nn.yaml:80:7
%7385 = select %7384, %7383, %7373 : f32[16] @ models/lib/nn.yaml:80:7
%7386 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7387 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7388 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7389 = add %7388, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7390 = mul %7385, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%7391 = mul %7386, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%7392 = add %7391, %7390 : f32[16] @ models/lib/nn.yaml:80:7
%7393 = mul %7385, %7385 : f32[16] @ models/lib/nn.yaml:80:7
%7394 = mul %7393, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%7395 = mul %7387, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7396 = add %7395, %7394 : f32[16] @ models/lib/nn.yaml:80:7
%7397 = cast %7389 : f64[] @ models/lib/nn.yaml:80:7
%7398 = pow %6302, %7397 : f64[] @ models/lib/nn.yaml:80:7
%7399 = sub %6283, %7398 : f64[] @ models/lib/nn.yaml:80:7
%7400 = div %3875, %7399 : f64[] @ models/lib/nn.yaml:80:7
%7401 = pow %6310, %7397 : f64[] @ models/lib/nn.yaml:80:7
%7402 = sub %6283, %7401 : f64[] @ models/lib/nn.yaml:80:7
%7403 = sqrt %7402 : f64[] @ models/lib/nn.yaml:80:7
%7404 = div %6283, %7403 : f64[] @ models/lib/nn.yaml:80:7
%7405 = sqrt %7396 : f32[16] @ models/lib/nn.yaml:80:7
%7406 = cast %7404 : f32[] @ models/lib/nn.yaml:80:7
%7407 = broadcast %7406 : f32[16] @ models/lib/nn.yaml:80:7
%7408 = mul %7405, %7407 : f32[16] @ models/lib/nn.yaml:80:7
%7409 = add %7408, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%7410 = div %7392, %7409 : f32[16] @ models/lib/nn.yaml:80:7
%7411 = cast %7400 : f32[] @ models/lib/nn.yaml:80:7
%7412 = broadcast %7411 : f32[16] @ models/lib/nn.yaml:80:7
%7413 = mul %7410, %7412 : f32[16] @ models/lib/nn.yaml:80:7
%7414 = sub %27, %7413 : f32[16] @ models/lib/nn.yaml:80:7
%7415 = assign %27, %7414 : f32[16] @ models/lib/nn.yaml:80:7
%7416 = assign %7386, %7392 : f32[16] @ models/lib/nn.yaml:80:7
%7417 = assign %7387, %7396 : f32[16] @ models/lib/nn.yaml:80:7
%7418 = assign %7388, %7389 : i64[] @ models/lib/nn.yaml:80:7
%7419 = mul %105, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7420 = mul %7414, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%7421 = add %7419, %7420 : f32[16] @ models/lib/nn.yaml:80:7
%7422 = assign %105, %7421 : f32[16] @ models/lib/nn.yaml:80:7
%7423 = all_reduce_sum %5847 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = mul %7423, %7423 : f32[16] @ models/lib/nn.yaml:89:7
%7425 = reduce_sum %7424 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7426 = sqrt %7425 : f32[] @ models/lib/nn.yaml:89:7
%7427 = cast %7426 : f64[] @ models/lib/nn.yaml:89:7
%7428 = add %7427, %6279 : f64[] @ models/lib/nn.yaml:89:7
%7429 = div %6281, %7428 : f64[] @ models/lib/nn.yaml:89:7
%7430 = lt %7429, %6283 : bool[] @ models/lib/nn.yaml:89:7
%7431 = cast %7429 : f32[] @ models/lib/nn.yaml:89:7
%7432 = broadcast %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7433 = mul %7423, %7432 : f32[16] @ models/lib/nn.yaml:89:7
%7434 = broadcast %7430 : bool[16] @ models/lib/nn.yaml:89:7
%7435 = select %7434, %7433, %7423 : f32[16] @ models/lib/nn.yaml:89:7
%7436 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7437 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7438 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7439 = add %7438, %6293 : i64[] @ models/lib/nn.yaml:89:7
%7440 = mul %7435, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%7441 = mul %7436, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%7442 = add %7441, %7440 : f32[16] @ models/lib/nn.yaml:89:7
%7443 = mul %7435, %7435 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = mul %7443, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = mul %7437, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7446 = add %7445, %7444 : f32[16] @ models/lib/nn.yaml:89:7
%7447 = cast %7439 : f64[] @ models/lib/nn.yaml:89:7
%7448 = pow %6302, %7447 : f64[] @ models/lib/nn.yaml:89:7
%7449 = sub %6283, %7448 : f64[] @ models/lib/nn.yaml:89:7
%7450 = div %3875, %7449 : f64[] @ models/lib/nn.yaml:89:7
%7451 = pow %6310, %7447 : f64[] @ models/lib/nn.yaml:89:7
%7452 = sub %6283, %7451 : f64[] @ models/lib/nn.yaml:89:7
%7453 = sqrt %7452 : f64[] @ models/lib/nn.yaml:89:7
%7454 = div %6283, %7453 : f64[] @ models/lib/nn.yaml:89:7
%7455 = sqrt %7446 : f32[16] @ models/lib/nn.yaml:89:7
%7456 = cast %7454 : f32[] @ models/lib/nn.yaml:89:7
%7457 = broadcast %7456 : f32[16] @ models/lib/nn.yaml:89:7
%7458 = mul %7455, %7457 : f32[16] @ models/lib/nn.yaml:89:7
%7459 = add %7458, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%7460 = div %7442, %7459 : f32[16] @ models/lib/nn.yaml:89:7
%7461 = cast %7450 : f32[] @ models/lib/nn.yaml:89:7
%7462 = broadcast %7461 : f32[16] @ models/lib/nn.yaml:89:7
%7463 = mul %7460, %7462 : f32[16] @ models/lib/nn.yaml:89:7
%7464 = sub %28, %7463 : f32[16] @ models/lib/nn.yaml:89:7
%7465 = assign %28, %7464 : f32[16] @ models/lib/nn.yaml:89:7
%7466 = assign %7436, %7442 : f32[16] @ models/lib/nn.yaml:89:7
%7467 = assign %7437, %7446 : f32[16] @ models/lib/nn.yaml:89:7
%7468 = assign %7438, %7439 : i64[] @ models/lib/nn.yaml:89:7
%7469 = mul %106, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%7470 = mul %7464, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%7471 = add %7469, %7470 : f32[16] @ models/lib/nn.yaml:89:7
%7472 = assign %106, %7471 : f32[16] @ models/lib/nn.yaml:89:7
%7473 = all_reduce_sum %5840 : f32[16] @ models/lib/nn.yaml:90:7
%7474 = mul %7473, %7473 : f32[16] @ models/lib/nn.yaml:90:7
%7475 = reduce_sum %7474 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7476 = sqrt %7475 : f32[] @ models/lib/nn.yaml:90:7
%7477 = cast %7476 : f64[] @ models/lib/nn.yaml:90:7
%7478 = add %7477, %6279 : f64[] @ models/lib/nn.yaml:90:7
%7479 = div %6281, %7478 : f64[] @ models/lib/nn.yaml:90:7
%7480 = lt %7479, %6283 : bool[] @ models/lib/nn.yaml:90:7
%7481 = cast %7479 : f32[] @ models/lib/nn.yaml:90:7
%7482 = broadcast %7481 : f32[16] @ models/lib/nn.yaml:90:7
%7483 = mul %7473, %7482 : f32[16] @ models/lib/nn.yaml:90:7
%7484 = broadcast %7480 : bool[16] @ models/lib/nn.yaml:90:7
%7485 = select %7484, %7483, %7473 : f32[16] @ models/lib/nn.yaml:90:7
%7486 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7487 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7488 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7489 = add %7488, %6293 : i64[] @ models/lib/nn.yaml:90:7
%7490 = mul %7485, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%7491 = mul %7486, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%7492 = add %7491, %7490 : f32[16] @ models/lib/nn.yaml:90:7
%7493 = mul %7485, %7485 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = mul %7493, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%7495 = mul %7487, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%7496 = add %7495, %7494 : f32[16] @ models/lib/nn.yaml:90:7
%7497 = cast %7489 : f64[] @ models/lib/nn.yaml:90:7
%7498 = pow %6302, %7497 : f64[] @ models/lib/nn.yaml:90:7
%7499 = sub %6283, %7498 : f64[] @ models/lib/nn.yaml:90:7
%7500 = div %3875, %7499 : f64[] @ models/lib/nn.yaml:90:7
%7501 = pow %6310, %7497 : f64[] @ models/lib/nn.yaml:90:7
%7502 = sub %6283, %7501 : f64[] @ models/lib/nn.yaml:90:7
%7503 = sqrt %7502 : f64[] @ models/lib/nn.yaml:90:7
%7504 = div %6283, %7503 : f64[] @ models/lib/nn.yaml:90:7
%7505 = sqrt %7496 : f32[16] @ models/lib/nn.yaml:90:7
%7506 = cast %7504 : f32[] @ models/lib/nn.yaml:90:7
%7507 = broadcast %7506 : f32[16] @ models/lib/nn.yaml:90:7
%7508 = mul %7505, %7507 : f32[16] @ models/lib/nn.yaml:90:7
%7509 = add %7508, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%7510 = div %7492, %7509 : f32[16] @ models/lib/nn.yaml:90:7
%7511 = cast %7500 : f32[] @ models/lib/nn.yaml:90:7
%7512 = broadcast %7511 : f32[16] @ models/lib/nn.yaml:90:7
%7513 = mul %7510, %7512 : f32[16] @ models/lib/nn.yaml:90:7
%7514 = sub %29, %7513 : f32[16] @ models/lib/nn.yaml:90:7
%7515 = assign %29, %7514 : f32[16] @ models/lib/nn.yaml:90:7
%7516 = assign %7486, %7492 : f32[16] @ models/lib/nn.yaml:90:7
%7517 = assign %7487, %7496 : f32[16] @ models/lib/nn.yaml:90:7
%7518 = assign %7488, %7489 : i64[] @ models/lib/nn.yaml:90:7
%7519 = mul %107, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%7520 = mul %7514, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%7521 = add %7519, %7520 : f32[16] @ models/lib/nn.yaml:90:7
%7522 = assign %107, %7521 : f32[16] @ models/lib/nn.yaml:90:7
%7523 = all_reduce_sum %5834 : f32[64,16] @ models/lib/nn.yaml:79:7
%7524 = reshape %7523 : f32[1024] @ models/lib/nn.yaml:79:7
%7525 = mul %7524, %7524 : f32[1024] @ models/lib/nn.yaml:79:7
%7526 = reduce_sum %7525 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7527 = sqrt %7526 : f32[] @ models/lib/nn.yaml:79:7
%7528 = cast %7527 : f64[] @ models/lib/nn.yaml:79:7
%7529 = add %7528, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7530 = div %6281, %7529 : f64[] @ models/lib/nn.yaml:79:7
%7531 = lt %7530, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7532 = cast %7530 : f32[] @ models/lib/nn.yaml:79:7
%7533 = broadcast %7532 : f32[64,16] @ models/lib/nn.yaml:79:7
%7534 = mul %7523, %7533 : f32[64,16] @ models/lib/nn.yaml:79:7
%7535 = broadcast %7531 : bool[64,16] @ models/lib/nn.yaml:79:7
%7536 = select %7535, %7534, %7523 : f32[64,16] @ models/lib/nn.yaml:79:7
%7537 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7538 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7539 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7540 = add %7539, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7541 = mul %30, %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%7542 = mul %7536, %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%7543 = mul %7537, %6914 : f32[64,16] @ models/lib/nn.yaml:79:7
%7544 = add %7543, %7542 : f32[64,16] @ models/lib/nn.yaml:79:7
%7545 = mul %7536, %7536 : f32[64,16] @ models/lib/nn.yaml:79:7
%7546 = mul %7545, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%7547 = mul %7538, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%7548 = add %7547, %7546 : f32[64,16] @ models/lib/nn.yaml:79:7
%7549 = cast %7540 : f64[] @ models/lib/nn.yaml:79:7
%7550 = pow %6302, %7549 : f64[] @ models/lib/nn.yaml:79:7
%7551 = sub %6283, %7550 : f64[] @ models/lib/nn.yaml:79:7
%7552 = div %3875, %7551 : f64[] @ models/lib/nn.yaml:79:7
%7553 = pow %6310, %7549 : f64[] @ models/lib/nn.yaml:79:7
%7554 = sub %6283, %7553 : f64[] @ models/lib/nn.yaml:79:7
%7555 = sqrt %7554 : f64[] @ models/lib/nn.yaml:79:7
%7556 = div %6283, %7555 : f64[] @ models/lib/nn.yaml:79:7
%7557 = sqrt %7548 : f32[64,16] @ models/lib/nn.yaml:79:7
%7558 = cast %7556 : f32[] @ models/lib/nn.yaml:79:7
%7559 = broadcast %7558 : f32[64,16] @ models/lib/nn.yaml:79:7
%7560 = mul %7557, %7559 : f32[64,16] @ models/lib/nn.yaml:79:7
%7561 = add %7560, %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%7562 = div %7544, %7561 : f32[64,16] @ models/lib/nn.yaml:79:7
%7563 = cast %7552 : f32[] @ models/lib/nn.yaml:79:7
%7564 = broadcast %7563 : f32[64,16] @ models/lib/nn.yaml:79:7
%7565 = mul %7562, %7564 : f32[64,16] @ models/lib/nn.yaml:79:7
%7566 = sub %7541, %7565 : f32[64,16] @ models/lib/nn.yaml:79:7
%7567 = assign %30, %7566 : f32[64,16] @ models/lib/nn.yaml:79:7
%7568 = assign %7537, %7544 : f32[64,16] @ models/lib/nn.yaml:79:7
%7569 = assign %7538, %7548 : f32[64,16] @ models/lib/nn.yaml:79:7
%7570 = assign %7539, %7540 : i64[] @ models/lib/nn.yaml:79:7
%7571 = mul %108, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%7572 = mul %7566, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%7573 = add %7571, %7572 : f32[64,16] @ models/lib/nn.yaml:79:7
%7574 = assign %108, %7573 : f32[64,16] @ models/lib/nn.yaml:79:7
%7575 = all_reduce_sum %5826 : f32[64] @ models/lib/nn.yaml:80:7
%7576 = mul %7575, %7575 : f32[64] @ models/lib/nn.yaml:80:7
%7577 = reduce_sum %7576 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7578 = sqrt %7577 : f32[] @ models/lib/nn.yaml:80:7
%7579 = cast %7578 : f64[] @ models/lib/nn.yaml:80:7
%7580 = add %7579, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7581 = div %6281, %7580 : f64[] @ models/lib/nn.yaml:80:7
%7582 = lt %7581, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7583 = cast %7581 : f32[] @ models/lib/nn.yaml:80:7
%7584 = broadcast %7583 : f32[64] @ models/lib/nn.yaml:80:7
%7585 = mul %7575, %7584 : f32[64] @ models/lib/nn.yaml:80:7
%7586 = broadcast %7582 : bool[64] @ models/lib/nn.yaml:80:7
%7587 = select %7586, %7585, %7575 : f32[64] @ models/lib/nn.yaml:80:7
%7588 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7589 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7590 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7591 = add %7590, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7592 = mul %7587, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%7593 = mul %7588, %6971 : f32[64] @ models/lib/nn.yaml:80:7
%7594 = add %7593, %7592 : f32[64] @ models/lib/nn.yaml:80:7
%7595 = mul %7587, %7587 : f32[64] @ models/lib/nn.yaml:80:7
%7596 = mul %7595, %6975 : f32[64] @ models/lib/nn.yaml:80:7
%7597 = mul %7589, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%7598 = add %7597, %7596 : f32[64] @ models/lib/nn.yaml:80:7
%7599 = cast %7591 : f64[] @ models/lib/nn.yaml:80:7
%7600 = pow %6302, %7599 : f64[] @ models/lib/nn.yaml:80:7
%7601 = sub %6283, %7600 : f64[] @ models/lib/nn.yaml:80:7
%7602 = div %3875, %7601 : f64[] @ models/lib/nn.yaml:80:7
%7603 = pow %6310, %7599 : f64[] @ models/lib/nn.yaml:80:7
%7604 = sub %6283, %7603 : f64[] @ models/lib/nn.yaml:80:7
%7605 = sqrt %7604 : f64[] @ models/lib/nn.yaml:80:7
%7606 = div %6283, %7605 : f64[] @ models/lib/nn.yaml:80:7
%7607 = sqrt %7598 : f32[64] @ models/lib/nn.yaml:80:7
%7608 = cast %7606 : f32[] @ models/lib/nn.yaml:80:7
%7609 = broadcast %7608 : f32[64] @ models/lib/nn.yaml:80:7
%7610 = mul %7607, %7609 : f32[64] @ models/lib/nn.yaml:80:7
%7611 = add %7610, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%7612 = div %7594, %7611 : f32[64] @ models/lib/nn.yaml:80:7
%7613 = cast %7602 : f32[] @ models/lib/nn.yaml:80:7
%7614 = broadcast %7613 : f32[64] @ models/lib/nn.yaml:80:7
%7615 = mul %7612, %7614 : f32[64] @ models/lib/nn.yaml:80:7
%7616 = sub %31, %7615 : f32[64] @ models/lib/nn.yaml:80:7
%7617 = assign %31, %7616 : f32[64] @ models/lib/nn.yaml:80:7
%7618 = assign %7588, %7594 : f32[64] @ models/lib/nn.yaml:80:7
%7619 = assign %7589, %7598 : f32[64] @ models/lib/nn.yaml:80:7
%7620 = assign %7590, %7591 : i64[] @ models/lib/nn.yaml:80:7
%7621 = mul %109, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%7622 = mul %7616, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%7623 = add %7621, %7622 : f32[64] @ models/lib/nn.yaml:80:7
%7624 = assign %109, %7623 : f32[64] @ models/lib/nn.yaml:80:7
%7625 = all_reduce_sum %5805 : f32[16,64] @ models/lib/nn.yaml:79:7
%7626 = reshape %7625 : f32[1024] @ models/lib/nn.yaml:79:7
%7627 = mul %7626, %7626 : f32[1024] @ models/lib/nn.yaml:79:7
%7628 = reduce_sum %7627 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7629 = sqrt %7628 : f32[] @ models/lib/nn.yaml:79:7
%7630 = cast %7629 : f64[] @ models/lib/nn.yaml:79:7
%7631 = add %7630, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7632 = div %6281, %7631 : f64[] @ models/lib/nn.yaml:79:7
%7633 = lt %7632, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7634 = cast %7632 : f32[] @ models/lib/nn.yaml:79:7
%7635 = broadcast %7634 : f32[16,64] @ models/lib/nn.yaml:79:7
%7636 = mul %7625, %7635 : f32[16,64] @ models/lib/nn.yaml:79:7
%7637 = broadcast %7633 : bool[16,64] @ models/lib/nn.yaml:79:7
%7638 = select %7637, %7636, %7625 : f32[16,64] @ models/lib/nn.yaml:79:7
%7639 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7640 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7641 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7642 = add %7641, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7643 = mul %32, %7027 : f32[16,64] @ models/lib/nn.yaml:79:7
%7644 = mul %7638, %7029 : f32[16,64] @ models/lib/nn.yaml:79:7
%7645 = mul %7639, %7031 : f32[16,64] @ models/lib/nn.yaml:79:7
%7646 = add %7645, %7644 : f32[16,64] @ models/lib/nn.yaml:79:7
%7647 = mul %7638, %7638 : f32[16,64] @ models/lib/nn.yaml:79:7
%7648 = mul %7647, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%7649 = mul %7640, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%7650 = add %7649, %7648 : f32[16,64] @ models/lib/nn.yaml:79:7
%7651 = cast %7642 : f64[] @ models/lib/nn.yaml:79:7
%7652 = pow %6302, %7651 : f64[] @ models/lib/nn.yaml:79:7
%7653 = sub %6283, %7652 : f64[] @ models/lib/nn.yaml:79:7
%7654 = div %3875, %7653 : f64[] @ models/lib/nn.yaml:79:7
%7655 = pow %6310, %7651 : f64[] @ models/lib/nn.yaml:79:7
%7656 = sub %6283, %7655 : f64[] @ models/lib/nn.yaml:79:7
%7657 = sqrt %7656 : f64[] @ models/lib/nn.yaml:79:7
%7658 = div %6283, %7657 : f64[] @ models/lib/nn.yaml:79:7
%7659 = sqrt %7650 : f32[16,64] @ models/lib/nn.yaml:79:7
%7660 = cast %7658 : f32[] @ models/lib/nn.yaml:79:7
%7661 = broadcast %7660 : f32[16,64] @ models/lib/nn.yaml:79:7
%7662 = mul %7659, %7661 : f32[16,64] @ models/lib/nn.yaml:79:7
%7663 = add %7662, %7052 : f32[16,64] @ models/lib/nn.yaml:79:7
%7664 = div %7646, %7663 : f32[16,64] @ models/lib/nn.yaml:79:7
%7665 = cast %7654 : f32[] @ models/lib/nn.yaml:79:7
%7666 = broadcast %7665 : f32[16,64] @ models/lib/nn.yaml:79:7
%7667 = mul %7664, %7666 : f32[16,64] @ models/lib/nn.yaml:79:7
%7668 = sub %7643, %7667 : f32[16,64] @ models/lib/nn.yaml:79:7
%7669 = assign %32, %7668 : f32[16,64] @ models/lib/nn.yaml:79:7
%7670 = assign %7639, %7646 : f32[16,64] @ models/lib/nn.yaml:79:7
%7671 = assign %7640, %7650 : f32[16,64] @ models/lib/nn.yaml:79:7
%7672 = assign %7641, %7642 : i64[] @ models/lib/nn.yaml:79:7
%7673 = mul %110, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%7674 = mul %7668, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%7675 = add %7673, %7674 : f32[16,64] @ models/lib/nn.yaml:79:7
%7676 = assign %110, %7675 : f32[16,64] @ models/lib/nn.yaml:79:7
%7677 = all_reduce_sum %5797 : f32[16] @ models/lib/nn.yaml:80:7
%7678 = mul %7677, %7677 : f32[16] @ models/lib/nn.yaml:80:7
%7679 = reduce_sum %7678 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7680 = sqrt %7679 : f32[] @ models/lib/nn.yaml:80:7
%7681 = cast %7680 : f64[] @ models/lib/nn.yaml:80:7
%7682 = add %7681, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7683 = div %6281, %7682 : f64[] @ models/lib/nn.yaml:80:7
%7684 = lt %7683, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7685 = cast %7683 : f32[] @ models/lib/nn.yaml:80:7
%7686 = broadcast %7685 : f32[16] @ models/lib/nn.yaml:80:7
%7687 = mul %7677, %7686 : f32[16] @ models/lib/nn.yaml:80:7
%7688 = broadcast %7684 : bool[16] @ models/lib/nn.yaml:80:7
%7689 = select %7688, %7687, %7677 : f32[16] @ models/lib/nn.yaml:80:7
%7690 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7691 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7692 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7693 = add %7692, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7694 = mul %7689, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%7695 = mul %7690, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%7696 = add %7695, %7694 : f32[16] @ models/lib/nn.yaml:80:7
%7697 = mul %7689, %7689 : f32[16] @ models/lib/nn.yaml:80:7
%7698 = mul %7697, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%7699 = mul %7691, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7700 = add %7699, %7698 : f32[16] @ models/lib/nn.yaml:80:7
%7701 = cast %7693 : f64[] @ models/lib/nn.yaml:80:7
%7702 = pow %6302, %7701 : f64[] @ models/lib/nn.yaml:80:7
%7703 = sub %6283, %7702 : f64[] @ models/lib/nn.yaml:80:7
%7704 = div %3875, %7703 : f64[] @ models/lib/nn.yaml:80:7
%7705 = pow %6310, %7701 : f64[] @ models/lib/nn.yaml:80:7
%7706 = sub %6283, %7705 : f64[] @ models/lib/nn.yaml:80:7
%7707 = sqrt %7706 : f64[] @ models/lib/nn.yaml:80:7
%7708 = div %6283, %7707 : f64[] @ models/lib/nn.yaml:80:7
%7709 = sqrt %7700 : f32[16] @ models/lib/nn.yaml:80:7
%7710 = cast %7708 : f32[] @ models/lib/nn.yaml:80:7
%7711 = broadcast %7710 : f32[16] @ models/lib/nn.yaml:80:7
%7712 = mul %7709, %7711 : f32[16] @ models/lib/nn.yaml:80:7
%7713 = add %7712, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%7714 = div %7696, %7713 : f32[16] @ models/lib/nn.yaml:80:7
%7715 = cast %7704 : f32[] @ models/lib/nn.yaml:80:7
%7716 = broadcast %7715 : f32[16] @ models/lib/nn.yaml:80:7
%7717 = mul %7714, %7716 : f32[16] @ models/lib/nn.yaml:80:7
%7718 = sub %33, %7717 : f32[16] @ models/lib/nn.yaml:80:7
%7719 = assign %33, %7718 : f32[16] @ models/lib/nn.yaml:80:7
%7720 = assign %7690, %7696 : f32[16] @ models/lib/nn.yaml:80:7
%7721 = assign %7691, %7700 : f32[16] @ models/lib/nn.yaml:80:7
%7722 = assign %7692, %7693 : i64[] @ models/lib/nn.yaml:80:7
%7723 = mul %111, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7724 = mul %7718, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%7725 = add %7723, %7724 : f32[16] @ models/lib/nn.yaml:80:7
%7726 = assign %111, %7725 : f32[16] @ models/lib/nn.yaml:80:7
%7727 = all_reduce_sum %5790 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7728 = reshape %7727 : f32[16] @ models/lib/vit.yaml:103:7
%7729 = mul %7728, %7728 : f32[16] @ models/lib/vit.yaml:103:7
%7730 = reduce_sum %7729 axes=[0] keep=0 : f32[] @ models/lib/vit.yaml:103:7
%7731 = sqrt %7730 : f32[] @ models/lib/vit.yaml:103:7
%7732 = cast %7731 : f64[] @ models/lib/vit.yaml:103:7
%7733 = add %7732, %6279 : f64[] @ models/lib/vit.yaml:103:7
%7734 = div %6281, %7733 : f64[] @ models/lib/vit.yaml:103:7
%7735 = lt %7734, %6283 : bool[] @ models/lib/vit.yaml:103:7
%7736 = cast %7734 : f32[] @ models/lib/vit.yaml:103:7
%7737 = broadcast %7736 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7738 = mul %7727, %7737 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7739 = broadcast %7735 : bool[1,1,16] @ models/lib/vit.yaml:103:7
%7740 = select %7739, %7738, %7727 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7741 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7742 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7743 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%7744 = add %7743, %6293 : i64[] @ models/lib/vit.yaml:103:7
%7745 = broadcast %6297 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7746 = mul %34, %7745 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7747 = broadcast %3608 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7748 = mul %7740, %7747 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7749 = broadcast %2464 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7750 = mul %7741, %7749 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7751 = add %7750, %7748 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7752 = mul %7740, %7740 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7753 = broadcast %6307 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7754 = mul %7752, %7753 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7755 = broadcast %6311 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7756 = mul %7742, %7755 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7757 = add %7756, %7754 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7758 = cast %7744 : f64[] @ models/lib/vit.yaml:103:7
%7759 = pow %6302, %7758 : f64[] @ models/lib/vit.yaml:103:7
%7760 = sub %6283, %7759 : f64[] @ models/lib/vit.yaml:103:7
%7761 = div %3875, %7760 : f64[] @ models/lib/vit.yaml:103:7
%7762 = pow %6310, %7758 : f64[] @ models/lib/vit.yaml:103:7
%7763 = sub %6283, %7762 : f64[] @ models/lib/vit.yaml:103:7
%7764 = sqrt %7763 : f64[] @ models/lib/vit.yaml:103:7
%7765 = div %6283, %7764 : f64[] @ models/lib/vit.yaml:103:7
%7766 = sqrt %7757 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7767 = cast %7765 : f32[] @ models/lib/vit.yaml:103:7
%7768 = broadcast %7767 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7769 = mul %7766, %7768 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7770 = broadcast %6327 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7771 = add %7769, %7770 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7772 = div %7751, %7771 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7773 = cast %7761 : f32[] @ models/lib/vit.yaml:103:7
%7774 = broadcast %7773 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7775 = mul %7772, %7774 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7776 = sub %7746, %7775 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7777 = assign %34, %7776 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7778 = assign %7741, %7751 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7779 = assign %7742, %7757 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7780 = assign %7743, %7744 : i64[] @ models/lib/vit.yaml:103:7
%7781 = broadcast %6339 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7782 = mul %112, %7781 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7783 = broadcast %6343 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7784 = mul %7776, %7783 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7785 = add %7782, %7784 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7786 = assign %112, %7785 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%7787 = all_reduce_sum %5767 : f32[16] @ models/lib/nn.yaml:89:7
%7788 = mul %7787, %7787 : f32[16] @ models/lib/nn.yaml:89:7
%7789 = reduce_sum %7788 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%7790 = sqrt %7789 : f32[] @ models/lib/nn.yaml:89:7
%7791 = cast %7790 : f64[] @ models/lib/nn.yaml:89:7
%7792 = add %7791, %6279 : f64[] @ models/lib/nn.yaml:89:7
%7793 = div %6281, %7792 : f64[] @ models/lib/nn.yaml:89:7
%7794 = lt %7793, %6283 : bool[] @ models/lib/nn.yaml:89:7
%7795 = cast %7793 : f32[] @ models/lib/nn.yaml:89:7
%7796 = broadcast %7795 : f32[16] @ models/lib/nn.yaml:89:7
%7797 = mul %7787, %7796 : f32[16] @ models/lib/nn.yaml:89:7
%7798 = broadcast %7794 : bool[16] @ models/lib/nn.yaml:89:7
%7799 = select %7798, %7797, %7787 : f32[16] @ models/lib/nn.yaml:89:7
%7800 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7801 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7802 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7803 = add %7802, %6293 : i64[] @ models/lib/nn.yaml:89:7
%7804 = mul %7799, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%7805 = mul %7800, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%7806 = add %7805, %7804 : f32[16] @ models/lib/nn.yaml:89:7
%7807 = mul %7799, %7799 : f32[16] @ models/lib/nn.yaml:89:7
%7808 = mul %7807, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%7809 = mul %7801, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%7810 = add %7809, %7808 : f32[16] @ models/lib/nn.yaml:89:7
%7811 = cast %7803 : f64[] @ models/lib/nn.yaml:89:7
%7812 = pow %6302, %7811 : f64[] @ models/lib/nn.yaml:89:7
%7813 = sub %6283, %7812 : f64[] @ models/lib/nn.yaml:89:7
%7814 = div %3875, %7813 : f64[] @ models/lib/nn.yaml:89:7
%7815 = pow %6310, %7811 : f64[] @ models/lib/nn.yaml:89:7
%7816 = sub %6283, %7815 : f64[] @ models/lib/nn.yaml:89:7
%7817 = sqrt %7816 : f64[] @ models/lib/nn.yaml:89:7
%7818 = div %6283, %7817 : f64[] @ models/lib/nn.yaml:89:7
%7819 = sqrt %7810 : f32[16] @ models/lib/nn.yaml:89:7
%7820 = cast %7818 : f32[] @ models/lib/nn.yaml:89:7
%7821 = broadcast %7820 : f32[16] @ models/lib/nn.yaml:89:7
%7822 = mul %7819, %7821 : f32[16] @ models/lib/nn.yaml:89:7
%7823 = add %7822, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%7824 = div %7806, %7823 : f32[16] @ models/lib/nn.yaml:89:7
%7825 = cast %7814 : f32[] @ models/lib/nn.yaml:89:7
%7826 = broadcast %7825 : f32[16] @ models/lib/nn.yaml:89:7
%7827 = mul %7824, %7826 : f32[16] @ models/lib/nn.yaml:89:7
%7828 = sub %35, %7827 : f32[16] @ models/lib/nn.yaml:89:7
%7829 = assign %35, %7828 : f32[16] @ models/lib/nn.yaml:89:7
%7830 = assign %7800, %7806 : f32[16] @ models/lib/nn.yaml:89:7
%7831 = assign %7801, %7810 : f32[16] @ models/lib/nn.yaml:89:7
%7832 = assign %7802, %7803 : i64[] @ models/lib/nn.yaml:89:7
%7833 = mul %113, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%7834 = mul %7828, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%7835 = add %7833, %7834 : f32[16] @ models/lib/nn.yaml:89:7
%7836 = assign %113, %7835 : f32[16] @ models/lib/nn.yaml:89:7
%7837 = all_reduce_sum %5760 : f32[16] @ models/lib/nn.yaml:90:7
%7838 = mul %7837, %7837 : f32[16] @ models/lib/nn.yaml:90:7
%7839 = reduce_sum %7838 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%7840 = sqrt %7839 : f32[] @ models/lib/nn.yaml:90:7
%7841 = cast %7840 : f64[] @ models/lib/nn.yaml:90:7
%7842 = add %7841, %6279 : f64[] @ models/lib/nn.yaml:90:7
%7843 = div %6281, %7842 : f64[] @ models/lib/nn.yaml:90:7
%7844 = lt %7843, %6283 : bool[] @ models/lib/nn.yaml:90:7
%7845 = cast %7843 : f32[] @ models/lib/nn.yaml:90:7
%7846 = broadcast %7845 : f32[16] @ models/lib/nn.yaml:90:7
%7847 = mul %7837, %7846 : f32[16] @ models/lib/nn.yaml:90:7
%7848 = broadcast %7844 : bool[16] @ models/lib/nn.yaml:90:7
%7849 = select %7848, %7847, %7837 : f32[16] @ models/lib/nn.yaml:90:7
%7850 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7851 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7852 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7853 = add %7852, %6293 : i64[] @ models/lib/nn.yaml:90:7
%7854 = mul %7849, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%7855 = mul %7850, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%7856 = add %7855, %7854 : f32[16] @ models/lib/nn.yaml:90:7
%7857 = mul %7849, %7849 : f32[16] @ models/lib/nn.yaml:90:7
%7858 = mul %7857, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%7859 = mul %7851, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%7860 = add %7859, %7858 : f32[16] @ models/lib/nn.yaml:90:7
%7861 = cast %7853 : f64[] @ models/lib/nn.yaml:90:7
%7862 = pow %6302, %7861 : f64[] @ models/lib/nn.yaml:90:7
%7863 = sub %6283, %7862 : f64[] @ models/lib/nn.yaml:90:7
%7864 = div %3875, %7863 : f64[] @ models/lib/nn.yaml:90:7
%7865 = pow %6310, %7861 : f64[] @ models/lib/nn.yaml:90:7
%7866 = sub %6283, %7865 : f64[] @ models/lib/nn.yaml:90:7
%7867 = sqrt %7866 : f64[] @ models/lib/nn.yaml:90:7
%7868 = div %6283, %7867 : f64[] @ models/lib/nn.yaml:90:7
%7869 = sqrt %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7870 = cast %7868 : f32[] @ models/lib/nn.yaml:90:7
%7871 = broadcast %7870 : f32[16] @ models/lib/nn.yaml:90:7
%7872 = mul %7869, %7871 : f32[16] @ models/lib/nn.yaml:90:7
%7873 = add %7872, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%7874 = div %7856, %7873 : f32[16] @ models/lib/nn.yaml:90:7
%7875 = cast %7864 : f32[] @ models/lib/nn.yaml:90:7
%7876 = broadcast %7875 : f32[16] @ models/lib/nn.yaml:90:7
%7877 = mul %7874, %7876 : f32[16] @ models/lib/nn.yaml:90:7
%7878 = sub %36, %7877 : f32[16] @ models/lib/nn.yaml:90:7
%7879 = assign %36, %7878 : f32[16] @ models/lib/nn.yaml:90:7
%7880 = assign %7850, %7856 : f32[16] @ models/lib/nn.yaml:90:7
%7881 = assign %7851, %7860 : f32[16] @ models/lib/nn.yaml:90:7
%7882 = assign %7852, %7853 : i64[] @ models/lib/nn.yaml:90:7
%7883 = mul %114, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%7884 = mul %7878, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%7885 = add %7883, %7884 : f32[16] @ models/lib/nn.yaml:90:7
%7886 = assign %114, %7885 : f32[16] @ models/lib/nn.yaml:90:7
%7887 = all_reduce_sum %5752 : f32[16,16] @ models/lib/nn.yaml:79:7
%7888 = reshape %7887 : f32[256] @ models/lib/nn.yaml:79:7
%7889 = mul %7888, %7888 : f32[256] @ models/lib/nn.yaml:79:7
%7890 = reduce_sum %7889 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7891 = sqrt %7890 : f32[] @ models/lib/nn.yaml:79:7
%7892 = cast %7891 : f64[] @ models/lib/nn.yaml:79:7
%7893 = add %7892, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7894 = div %6281, %7893 : f64[] @ models/lib/nn.yaml:79:7
%7895 = lt %7894, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7896 = cast %7894 : f32[] @ models/lib/nn.yaml:79:7
%7897 = broadcast %7896 : f32[16,16] @ models/lib/nn.yaml:79:7
%7898 = mul %7887, %7897 : f32[16,16] @ models/lib/nn.yaml:79:7
%7899 = broadcast %7895 : bool[16,16] @ models/lib/nn.yaml:79:7
%7900 = select %7899, %7898, %7887 : f32[16,16] @ models/lib/nn.yaml:79:7
%7901 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7902 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%7903 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7904 = add %7903, %6293 : i64[] @ models/lib/nn.yaml:79:7
%7905 = mul %37, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%7906 = mul %7900, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%7907 = mul %7901, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%7908 = add %7907, %7906 : f32[16,16] @ models/lib/nn.yaml:79:7
%7909 = mul %7900, %7900 : f32[16,16] @ models/lib/nn.yaml:79:7
%7910 = mul %7909, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%7911 = mul %7902, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%7912 = add %7911, %7910 : f32[16,16] @ models/lib/nn.yaml:79:7
%7913 = cast %7904 : f64[] @ models/lib/nn.yaml:79:7
%7914 = pow %6302, %7913 : f64[] @ models/lib/nn.yaml:79:7
%7915 = sub %6283, %7914 : f64[] @ models/lib/nn.yaml:79:7
%7916 = div %3875, %7915 : f64[] @ models/lib/nn.yaml:79:7
%7917 = pow %6310, %7913 : f64[] @ models/lib/nn.yaml:79:7
%7918 = sub %6283, %7917 : f64[] @ models/lib/nn.yaml:79:7
%7919 = sqrt %7918 : f64[] @ models/lib/nn.yaml:79:7
%7920 = div %6283, %7919 : f64[] @ models/lib/nn.yaml:79:7
%7921 = sqrt %7912 : f32[16,16] @ models/lib/nn.yaml:79:7
%7922 = cast %7920 : f32[] @ models/lib/nn.yaml:79:7
%7923 = broadcast %7922 : f32[16,16] @ models/lib/nn.yaml:79:7
%7924 = mul %7921, %7923 : f32[16,16] @ models/lib/nn.yaml:79:7
%7925 = add %7924, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%7926 = div %7908, %7925 : f32[16,16] @ models/lib/nn.yaml:79:7
%7927 = cast %7916 : f32[] @ models/lib/nn.yaml:79:7
%7928 = broadcast %7927 : f32[16,16] @ models/lib/nn.yaml:79:7
%7929 = mul %7926, %7928 : f32[16,16] @ models/lib/nn.yaml:79:7
%7930 = sub %7905, %7929 : f32[16,16] @ models/lib/nn.yaml:79:7
%7931 = assign %37, %7930 : f32[16,16] @ models/lib/nn.yaml:79:7
%7932 = assign %7901, %7908 : f32[16,16] @ models/lib/nn.yaml:79:7
%7933 = assign %7902, %7912 : f32[16,16] @ models/lib/nn.yaml:79:7
%7934 = assign %7903, %7904 : i64[] @ models/lib/nn.yaml:79:7
%7935 = mul %115, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%7936 = mul %7930, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%7937 = add %7935, %7936 : f32[16,16] @ models/lib/nn.yaml:79:7
%7938 = assign %115, %7937 : f32[16,16] @ models/lib/nn.yaml:79:7
%7939 = all_reduce_sum %5743 : f32[16] @ models/lib/nn.yaml:80:7
%7940 = mul %7939, %7939 : f32[16] @ models/lib/nn.yaml:80:7
%7941 = reduce_sum %7940 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%7942 = sqrt %7941 : f32[] @ models/lib/nn.yaml:80:7
%7943 = cast %7942 : f64[] @ models/lib/nn.yaml:80:7
%7944 = add %7943, %6279 : f64[] @ models/lib/nn.yaml:80:7
%7945 = div %6281, %7944 : f64[] @ models/lib/nn.yaml:80:7
%7946 = lt %7945, %6283 : bool[] @ models/lib/nn.yaml:80:7
%7947 = cast %7945 : f32[] @ models/lib/nn.yaml:80:7
%7948 = broadcast %7947 : f32[16] @ models/lib/nn.yaml:80:7
%7949 = mul %7939, %7948 : f32[16] @ models/lib/nn.yaml:80:7
%7950 = broadcast %7946 : bool[16] @ models/lib/nn.yaml:80:7
%7951 = select %7950, %7949, %7939 : f32[16] @ models/lib/nn.yaml:80:7
%7952 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7953 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7954 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7955 = add %7954, %6293 : i64[] @ models/lib/nn.yaml:80:7
%7956 = mul %7951, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%7957 = mul %7952, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%7958 = add %7957, %7956 : f32[16] @ models/lib/nn.yaml:80:7
%7959 = mul %7951, %7951 : f32[16] @ models/lib/nn.yaml:80:7
%7960 = mul %7959, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%7961 = mul %7953, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%7962 = add %7961, %7960 : f32[16] @ models/lib/nn.yaml:80:7
%7963 = cast %7955 : f64[] @ models/lib/nn.yaml:80:7
%7964 = pow %6302, %7963 : f64[] @ models/lib/nn.yaml:80:7
%7965 = sub %6283, %7964 : f64[] @ models/lib/nn.yaml:80:7
%7966 = div %3875, %7965 : f64[] @ models/lib/nn.yaml:80:7
%7967 = pow %6310, %7963 : f64[] @ models/lib/nn.yaml:80:7
%7968 = sub %6283, %7967 : f64[] @ models/lib/nn.yaml:80:7
%7969 = sqrt %7968 : f64[] @ models/lib/nn.yaml:80:7
%7970 = div %6283, %7969 : f64[] @ models/lib/nn.yaml:80:7
%7971 = sqrt %7962 : f32[16] @ models/lib/nn.yaml:80:7
%7972 = cast %7970 : f32[] @ models/lib/nn.yaml:80:7
%7973 = broadcast %7972 : f32[16] @ models/lib/nn.yaml:80:7
%7974 = mul %7971, %7973 : f32[16] @ models/lib/nn.yaml:80:7
%7975 = add %7974, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%7976 = div %7958, %7975 : f32[16] @ models/lib/nn.yaml:80:7
%7977 = cast %7966 : f32[] @ models/lib/nn.yaml:80:7
%7978 = broadcast %7977 : f32[16] @ models/lib/nn.yaml:80:7
%7979 = mul %7976, %7978 : f32[16] @ models/lib/nn.yaml:80:7
%7980 = sub %38, %7979 : f32[16] @ models/lib/nn.yaml:80:7
%7981 = assign %38, %7980 : f32[16] @ models/lib/nn.yaml:80:7
%7982 = assign %7952, %7958 : f32[16] @ models/lib/nn.yaml:80:7
%7983 = assign %7953, %7962 : f32[16] @ models/lib/nn.yaml:80:7
%7984 = assign %7954, %7955 : i64[] @ models/lib/nn.yaml:80:7
%7985 = mul %116, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%7986 = mul %7980, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%7987 = add %7985, %7986 : f32[16] @ models/lib/nn.yaml:80:7
%7988 = assign %116, %7987 : f32[16] @ models/lib/nn.yaml:80:7
%7989 = all_reduce_sum %5737 : f32[16,16] @ models/lib/nn.yaml:79:7
%7990 = reshape %7989 : f32[256] @ models/lib/nn.yaml:79:7
%7991 = mul %7990, %7990 : f32[256] @ models/lib/nn.yaml:79:7
%7992 = reduce_sum %7991 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%7993 = sqrt %7992 : f32[] @ models/lib/nn.yaml:79:7
%7994 = cast %7993 : f64[] @ models/lib/nn.yaml:79:7
%7995 = add %7994, %6279 : f64[] @ models/lib/nn.yaml:79:7
%7996 = div %6281, %7995 : f64[] @ models/lib/nn.yaml:79:7
%7997 = lt %7996, %6283 : bool[] @ models/lib/nn.yaml:79:7
%7998 = cast %7996 : f32[] @ models/lib/nn.yaml:79:7
%7999 = broadcast %7998 : f32[16,16] @ models/lib/nn.yaml:79:7
%8000 = mul %7989, %7999 : f32[16,16] @ models/lib/nn.yaml:79:7
%8001 = broadcast %7997 : bool[16,16] @ models/lib/nn.yaml:79:7
%8002 = select %8001, %8000, %7989 : f32[16,16] @ models/lib/nn.yaml:79:7
%8003 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8004 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8005 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8006 = add %8005, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8007 = mul %39, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8008 = mul %8002, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8009 = mul %8003, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8010 = add %8009, %8008 : f32[16,16] @ models/lib/nn.yaml:79:7
%8011 = mul %8002, %8002 : f32[16,16] @ models/lib/nn.yaml:79:7
%8012 = mul %8011, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8013 = mul %8004, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8014 = add %8013, %8012 : f32[16,16] @ models/lib/nn.yaml:79:7
%8015 = cast %8006 : f64[] @ models/lib/nn.yaml:79:7
%8016 = pow %6302, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8017 = sub %6283, %8016 : f64[] @ models/lib/nn.yaml:79:7
%8018 = div %3875, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8019 = pow %6310, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8020 = sub %6283, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = sqrt %8020 : f64[] @ models/lib/nn.yaml:79:7
%8022 = div %6283, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8023 = sqrt %8014 : f32[16,16] @ models/lib/nn.yaml:79:7
%8024 = cast %8022 : f32[] @ models/lib/nn.yaml:79:7
%8025 = broadcast %8024 : f32[16,16] @ models/lib/nn.yaml:79:7
%8026 = mul %8023, %8025 : f32[16,16] @ models/lib/nn.yaml:79:7
%8027 = add %8026, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8028 = div %8010, %8027 : f32[16,16] @ models/lib/nn.yaml:79:7
%8029 = cast %8018 : f32[] @ models/lib/nn.yaml:79:7
%8030 = broadcast %8029 : f32[16,16] @ models/lib/nn.yaml:79:7
%8031 = mul %8028, %8030 : f32[16,16] @ models/lib/nn.yaml:79:7
%8032 = sub %8007, %8031 : f32[16,16] @ models/lib/nn.yaml:79:7
%8033 = assign %39, %8032 : f32[16,16] @ models/lib/nn.yaml:79:7
%8034 = assign %8003, %8010 : f32[16,16] @ models/lib/nn.yaml:79:7
%8035 = assign %8004, %8014 : f32[16,16] @ models/lib/nn.yaml:79:7
%8036 = assign %8005, %8006 : i64[] @ models/lib/nn.yaml:79:7
%8037 = mul %117, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8038 = mul %8032, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8039 = add %8037, %8038 : f32[16,16] @ models/lib/nn.yaml:79:7
%8040 = assign %117, %8039 : f32[16,16] @ models/lib/nn.yaml:79:7
%8041 = all_reduce_sum %5726 : f32[16] @ models/lib/nn.yaml:80:7
%8042 = mul %8041, %8041 : f32[16] @ models/lib/nn.yaml:80:7
%8043 = reduce_sum %8042 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8044 = sqrt %8043 : f32[] @ models/lib/nn.yaml:80:7
%8045 = cast %8044 : f64[] @ models/lib/nn.yaml:80:7
%8046 = add %8045, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8047 = div %6281, %8046 : f64[] @ models/lib/nn.yaml:80:7
%8048 = lt %8047, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8049 = cast %8047 : f32[] @ models/lib/nn.yaml:80:7
%8050 = broadcast %8049 : f32[16] @ models/lib/nn.yaml:80:7
%8051 = mul %8041, %8050 : f32[16] @ models/lib/nn.yaml:80:7
%8052 = broadcast %8048 : bool[16] @ models/lib/nn.yaml:80:7
%8053 = select %8052, %8051, %8041 : f32[16] @ models/lib/nn.yaml:80:7
%8054 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8055 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8056 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8057 = add %8056, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8058 = mul %8053, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8059 = mul %8054, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8060 = add %8059, %8058 : f32[16] @ models/lib/nn.yaml:80:7
%8061 = mul %8053, %8053 : f32[16] @ models/lib/nn.yaml:80:7
%8062 = mul %8061, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8063 = mul %8055, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8064 = add %8063, %8062 : f32[16] @ models/lib/nn.yaml:80:7
%8065 = cast %8057 : f64[] @ models/lib/nn.yaml:80:7
%8066 = pow %6302, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8067 = sub %6283, %8066 : f64[] @ models/lib/nn.yaml:80:7
%8068 = div %3875, %8067 : f64[] @ models/lib/nn.yaml:80:7
%8069 = pow %6310, %8065 : f64[] @ models/lib/nn.yaml:80:7
%8070 = sub %6283, %8069 : f64[] @ models/lib/nn.yaml:80:7
%8071 = sqrt %8070 : f64[] @ models/lib/nn.yaml:80:7
%8072 = div %6283, %8071 : f64[] @ models/lib/nn.yaml:80:7
%8073 = sqrt %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8074 = cast %8072 : f32[] @ models/lib/nn.yaml:80:7
%8075 = broadcast %8074 : f32[16] @ models/lib/nn.yaml:80:7
%8076 = mul %8073, %8075 : f32[16] @ models/lib/nn.yaml:80:7
%8077 = add %8076, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8078 = div %8060, %8077 : f32[16] @ models/lib/nn.yaml:80:7
%8079 = cast %8068 : f32[] @ models/lib/nn.yaml:80:7
%8080 = broadcast %8079 : f32[16] @ models/lib/nn.yaml:80:7
%8081 = mul %8078, %8080 : f32[16] @ models/lib/nn.yaml:80:7
%8082 = sub %40, %8081 : f32[16] @ models/lib/nn.yaml:80:7
%8083 = assign %40, %8082 : f32[16] @ models/lib/nn.yaml:80:7
%8084 = assign %8054, %8060 : f32[16] @ models/lib/nn.yaml:80:7
%8085 = assign %8055, %8064 : f32[16] @ models/lib/nn.yaml:80:7
%8086 = assign %8056, %8057 : i64[] @ models/lib/nn.yaml:80:7
%8087 = mul %118, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8088 = mul %8082, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%8089 = add %8087, %8088 : f32[16] @ models/lib/nn.yaml:80:7
%8090 = assign %118, %8089 : f32[16] @ models/lib/nn.yaml:80:7
%8091 = all_reduce_sum %5718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8092 = reshape %8091 : f32[256] @ models/lib/nn.yaml:79:7
%8093 = mul %8092, %8092 : f32[256] @ models/lib/nn.yaml:79:7
%8094 = reduce_sum %8093 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8095 = sqrt %8094 : f32[] @ models/lib/nn.yaml:79:7
%8096 = cast %8095 : f64[] @ models/lib/nn.yaml:79:7
%8097 = add %8096, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8098 = div %6281, %8097 : f64[] @ models/lib/nn.yaml:79:7
%8099 = lt %8098, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8100 = cast %8098 : f32[] @ models/lib/nn.yaml:79:7
%8101 = broadcast %8100 : f32[16,16] @ models/lib/nn.yaml:79:7
%8102 = mul %8091, %8101 : f32[16,16] @ models/lib/nn.yaml:79:7
%8103 = broadcast %8099 : bool[16,16] @ models/lib/nn.yaml:79:7
%8104 = select %8103, %8102, %8091 : f32[16,16] @ models/lib/nn.yaml:79:7
%8105 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8106 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8107 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8108 = add %8107, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8109 = mul %41, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8110 = mul %8104, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8111 = mul %8105, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8112 = add %8111, %8110 : f32[16,16] @ models/lib/nn.yaml:79:7
%8113 = mul %8104, %8104 : f32[16,16] @ models/lib/nn.yaml:79:7
%8114 = mul %8113, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8115 = mul %8106, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8116 = add %8115, %8114 : f32[16,16] @ models/lib/nn.yaml:79:7
%8117 = cast %8108 : f64[] @ models/lib/nn.yaml:79:7
%8118 = pow %6302, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8119 = sub %6283, %8118 : f64[] @ models/lib/nn.yaml:79:7
%8120 = div %3875, %8119 : f64[] @ models/lib/nn.yaml:79:7
%8121 = pow %6310, %8117 : f64[] @ models/lib/nn.yaml:79:7
%8122 = sub %6283, %8121 : f64[] @ models/lib/nn.yaml:79:7
%8123 = sqrt %8122 : f64[] @ models/lib/nn.yaml:79:7
%8124 = div %6283, %8123 : f64[] @ models/lib/nn.yaml:79:7
%8125 = sqrt %8116 : f32[16,16] @ models/lib/nn.yaml:79:7
%8126 = cast %8124 : f32[] @ models/lib/nn.yaml:79:7
%8127 = broadcast %8126 : f32[16,16] @ models/lib/nn.yaml:79:7
%8128 = mul %8125, %8127 : f32[16,16] @ models/lib/nn.yaml:79:7
%8129 = add %8128, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8130 = div %8112, %8129 : f32[16,16] @ models/lib/nn.yaml:79:7
%8131 = cast %8120 : f32[] @ models/lib/nn.yaml:79:7
%8132 = broadcast %8131 : f32[16,16] @ models/lib/nn.yaml:79:7
%8133 = mul %8130, %8132 : f32[16,16] @ models/lib/nn.yaml:79:7
%8134 = sub %8109, %8133 : f32[16,16] @ models/lib/nn.yaml:79:7
%8135 = assign %41, %8134 : f32[16,16] @ models/lib/nn.yaml:79:7
%8136 = assign %8105, %8112 : f32[16,16] @ models/lib/nn.yaml:79:7
%8137 = assign %8106, %8116 : f32[16,16] @ models/lib/nn.yaml:79:7
%8138 = assign %8107, %8108 : i64[] @ models/lib/nn.yaml:79:7
%8139 = mul %119, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8140 = mul %8134, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8141 = add %8139, %8140 : f32[16,16] @ models/lib/nn.yaml:79:7
%8142 = assign %119, %8141 : f32[16,16] @ models/lib/nn.yaml:79:7
%8143 = all_reduce_sum %5709 : f32[16] @ models/lib/nn.yaml:80:7
%8144 = mul %8143, %8143 : f32[16] @ models/lib/nn.yaml:80:7
%8145 = reduce_sum %8144 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8146 = sqrt %8145 : f32[] @ models/lib/nn.yaml:80:7
%8147 = cast %8146 : f64[] @ models/lib/nn.yaml:80:7
%8148 = add %8147, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8149 = div %6281, %8148 : f64[] @ models/lib/nn.yaml:80:7
%8150 = lt %8149, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8151 = cast %8149 : f32[] @ models/lib/nn.yaml:80:7
%8152 = broadcast %8151 : f32[16] @ models/lib/nn.yaml:80:7
%8153 = mul %8143, %8152 : f32[16] @ models/lib/nn.yaml:80:7
%8154 = broadcast %8150 : bool[16] @ models/lib/nn.yaml:80:7
%8155 = select %8154, %8153, %8143 : f32[16] @ models/lib/nn.yaml:80:7
%8156 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8157 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8158 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8159 = add %8158, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8160 = mul %8155, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8161 = mul %8156, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8162 = add %8161, %8160 : f32[16] @ models/lib/nn.yaml:80:7
%8163 = mul %8155, %8155 : f32[16] @ models/lib/nn.yaml:80:7
%8164 = mul %8163, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8165 = mul %8157, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8166 = add %8165, %8164 : f32[16] @ models/lib/nn.yaml:80:7
%8167 = cast %8159 : f64[] @ models/lib/nn.yaml:80:7
%8168 = pow %6302, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8169 = sub %6283, %8168 : f64[] @ models/lib/nn.yaml:80:7
%8170 = div %3875, %8169 : f64[] @ models/lib/nn.yaml:80:7
%8171 = pow %6310, %8167 : f64[] @ models/lib/nn.yaml:80:7
%8172 = sub %6283, %8171 : f64[] @ models/lib/nn.yaml:80:7
%8173 = sqrt %8172 : f64[] @ models/lib/nn.yaml:80:7
%8174 = div %6283, %8173 : f64[] @ models/lib/nn.yaml:80:7
%8175 = sqrt %8166 : f32[16] @ models/lib/nn.yaml:80:7
%8176 = cast %8174 : f32[] @ models/lib/nn.yaml:80:7
%8177 = broadcast %8176 : f32[16] @ models/lib/nn.yaml:80:7
%8178 = mul %8175, %8177 : f32[16] @ models/lib/nn.yaml:80:7
%8179 = add %8178, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8180 = div %8162, %8179 : f32[16] @ models/lib/nn.yaml:80:7
%8181 = cast %8170 : f32[] @ models/lib/nn.yaml:80:7
%8182 = broadcast %8181 : f32[16] @ models/lib/nn.yaml:80:7
%8183 = mul %8180, %8182 : f32[16] @ models/lib/nn.yaml:80:7
%8184 = sub %42, %8183 : f32[16] @ models/lib/nn.yaml:80:7
%8185 = assign %42, %8184 : f32[16] @ models/lib/nn.yaml:80:7
%8186 = assign %8156, %8162 : f32[16] @ models/lib/nn.yaml:80:7
%8187 = assign %8157, %8166 : f32[16] @ models/lib/nn.yaml:80:7
%8188 = assign %8158, %8159 : i64[] @ models/lib/nn.yaml:80:7
%8189 = mul %120, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8190 = mul %8184, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%8191 = add %8189, %8190 : f32[16] @ models/lib/nn.yaml:80:7
%8192 = assign %120, %8191 : f32[16] @ models/lib/nn.yaml:80:7
%8193 = all_reduce_sum %5622 : f32[16,16] @ models/lib/nn.yaml:79:7
%8194 = reshape %8193 : f32[256] @ models/lib/nn.yaml:79:7
%8195 = mul %8194, %8194 : f32[256] @ models/lib/nn.yaml:79:7
%8196 = reduce_sum %8195 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8197 = sqrt %8196 : f32[] @ models/lib/nn.yaml:79:7
%8198 = cast %8197 : f64[] @ models/lib/nn.yaml:79:7
%8199 = add %8198, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8200 = div %6281, %8199 : f64[] @ models/lib/nn.yaml:79:7
%8201 = lt %8200, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8202 = cast %8200 : f32[] @ models/lib/nn.yaml:79:7
%8203 = broadcast %8202 : f32[16,16] @ models/lib/nn.yaml:79:7
%8204 = mul %8193, %8203 : f32[16,16] @ models/lib/nn.yaml:79:7
%8205 = broadcast %8201 : bool[16,16] @ models/lib/nn.yaml:79:7
%8206 = select %8205, %8204, %8193 : f32[16,16] @ models/lib/nn.yaml:79:7
%8207 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8208 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8209 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8210 = add %8209, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8211 = mul %43, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8212 = mul %8206, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8213 = mul %8207, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8214 = add %8213, %8212 : f32[16,16] @ models/lib/nn.yaml:79:7
%8215 = mul %8206, %8206 : f32[16,16] @ models/lib/nn.yaml:79:7
%8216 = mul %8215, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8217 = mul %8208, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8218 = add %8217, %8216 : f32[16,16] @ models/lib/nn.yaml:79:7
%8219 = cast %8210 : f64[] @ models/lib/nn.yaml:79:7
%8220 = pow %6302, %8219 : f64[] @ models/lib/nn.yaml:79:7
%8221 = sub %6283, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8222 = div %3875, %8221 : f64[] @ models/lib/nn.yaml:79:7
%8223 = pow %6310, %8219 : f64[] @ models/lib/nn.yaml:79:7
%8224 = sub %6283, %8223 : f64[] @ models/lib/nn.yaml:79:7
%8225 = sqrt %8224 : f64[] @ models/lib/nn.yaml:79:7
%8226 = div %6283, %8225 : f64[] @ models/lib/nn.yaml:79:7
%8227 = sqrt %8218 : f32[16,16] @ models/lib/nn.yaml:79:7
%8228 = cast %8226 : f32[] @ models/lib/nn.yaml:79:7
%8229 = broadcast %8228 : f32[16,16] @ models/lib/nn.yaml:79:7
%8230 = mul %8227, %8229 : f32[16,16] @ models/lib/nn.yaml:79:7
%8231 = add %8230, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8232 = div %8214, %8231 : f32[16,16] @ models/lib/nn.yaml:79:7
%8233 = cast %8222 : f32[] @ models/lib/nn.yaml:79:7
%8234 = broadcast %8233 : f32[16,16] @ models/lib/nn.yaml:79:7
%8235 = mul %8232, %8234 : f32[16,16] @ models/lib/nn.yaml:79:7
%8236 = sub %8211, %8235 : f32[16,16] @ models/lib/nn.yaml:79:7
%8237 = assign %43, %8236 : f32[16,16] @ models/lib/nn.yaml:79:7
%8238 = assign %8207, %8214 : f32[16,16] @ models/lib/nn.yaml:79:7
%8239 = assign %8208, %8218 : f32[16,16] @ models/lib/nn.yaml:79:7
%8240 = assign %8209, %8210 : i64[] @ models/lib/nn.yaml:79:7
%8241 = mul %121, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8242 = mul %8236, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8243 = add %8241, %8242 : f32[16,16] @ models/lib/nn.yaml:79:7
%8244 = assign %121, %8243 : f32[16,16] @ models/lib/nn.yaml:79:7
%8245 = all_reduce_sum %5614 : f32[16] @ models/lib/nn.yaml:80:7
%8246 = mul %8245, %8245 : f32[16] @ models/lib/nn.yaml:80:7
%8247 = reduce_sum %8246 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8248 = sqrt %8247 : f32[] @ models/lib/nn.yaml:80:7
%8249 = cast %8248 : f64[] @ models/lib/nn.yaml:80:7
%8250 = add %8249, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8251 = div %6281, %8250 : f64[] @ models/lib/nn.yaml:80:7
%8252 = lt %8251, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8253 = cast %8251 : f32[] @ models/lib/nn.yaml:80:7
%8254 = broadcast %8253 : f32[16] @ models/lib/nn.yaml:80:7
%8255 = mul %8245, %8254 : f32[16] @ models/lib/nn.yaml:80:7
%8256 = broadcast %8252 : bool[16] @ models/lib/nn.yaml:80:7
%8257 = select %8256, %8255, %8245 : f32[16] @ models/lib/nn.yaml:80:7
%8258 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8259 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8260 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8261 = add %8260, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8262 = mul %8257, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8263 = mul %8258, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8264 = add %8263, %8262 : f32[16] @ models/lib/nn.yaml:80:7
%8265 = mul %8257, %8257 : f32[16] @ models/lib/nn.yaml:80:7
%8266 = mul %8265, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8267 = mul %8259, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8268 = add %8267, %8266 : f32[16] @ models/lib/nn.yaml:80:7
%8269 = cast %8261 : f64[] @ models/lib/nn.yaml:80:7
%8270 = pow %6302, %8269 : f64[] @ models/lib/nn.yaml:80:7
%8271 = sub %6283, %8270 : f64[] @ models/lib/nn.yaml:80:7
%8272 = div %3875, %8271 : f64[] @ models/lib/nn.yaml:80:7
%8273 = pow %6310, %8269 : f64[] @ models/lib/nn.yaml:80:7
%8274 = sub %6283, %8273 : f64[] @ models/lib/nn.yaml:80:7
%8275 = sqrt %8274 : f64[] @ models/lib/nn.yaml:80:7
%8276 = div %6283, %8275 : f64[] @ models/lib/nn.yaml:80:7
%8277 = sqrt %8268 : f32[16] @ models/lib/nn.yaml:80:7
%8278 = cast %8276 : f32[] @ models/lib/nn.yaml:80:7
%8279 = broadcast %8278 : f32[16] @ models/lib/nn.yaml:80:7
%8280 = mul %8277, %8279 : f32[16] @ models/lib/nn.yaml:80:7
%8281 = add %8280, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8282 = div %8264, %8281 : f32[16] @ models/lib/nn.yaml:80:7
%8283 = cast %8272 : f32[] @ models/lib/nn.yaml:80:7
%8284 = broadcast %8283 : f32[16] @ models/lib/nn.yaml:80:7
%8285 = mul %8282, %8284 : f32[16] @ models/lib/nn.yaml:80:7
%8286 = sub %44, %8285 : f32[16] @ models/lib/nn.yaml:80:7
%8287 = assign %44, %8286 : f32[16] @ models/lib/nn.yaml:80:7
%8288 = assign %8258, %8264 : f32[16] @ models/lib/nn.yaml:80:7
%8289 = assign %8259, %8268 : f32[16] @ models/lib/nn.yaml:80:7
%8290 = assign %8260, %8261 : i64[] @ models/lib/nn.yaml:80:7
%8291 = mul %122, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8292 = mul %8286, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%8293 = add %8291, %8292 : f32[16] @ models/lib/nn.yaml:80:7
%8294 = assign %122, %8293 : f32[16] @ models/lib/nn.yaml:80:7
%8295 = all_reduce_sum %5593 : f32[16] @ models/lib/nn.yaml:89:7
%8296 = mul %8295, %8295 : f32[16] @ models/lib/nn.yaml:89:7
%8297 = reduce_sum %8296 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8298 = sqrt %8297 : f32[] @ models/lib/nn.yaml:89:7
%8299 = cast %8298 : f64[] @ models/lib/nn.yaml:89:7
%8300 = add %8299, %6279 : f64[] @ models/lib/nn.yaml:89:7
%8301 = div %6281, %8300 : f64[] @ models/lib/nn.yaml:89:7
%8302 = lt %8301, %6283 : bool[] @ models/lib/nn.yaml:89:7
%8303 = cast %8301 : f32[] @ models/lib/nn.yaml:89:7
%8304 = broadcast %8303 : f32[16] @ models/lib/nn.yaml:89:7
%8305 = mul %8295, %8304 : f32[16] @ models/lib/nn.yaml:89:7
%8306 = broadcast %8302 : bool[16] @ models/lib/nn.yaml:89:7
%8307 = select %8306, %8305, %8295 : f32[16] @ models/lib/nn.yaml:89:7
%8308 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8309 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8310 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8311 = add %8310, %6293 : i64[] @ models/lib/nn.yaml:89:7
%8312 = mul %8307, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%8313 = mul %8308, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%8314 = add %8313, %8312 : f32[16] @ models/lib/nn.yaml:89:7
%8315 = mul %8307, %8307 : f32[16] @ models/lib/nn.yaml:89:7
%8316 = mul %8315, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%8317 = mul %8309, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%8318 = add %8317, %8316 : f32[16] @ models/lib/nn.yaml:89:7
%8319 = cast %8311 : f64[] @ models/lib/nn.yaml:89:7
%8320 = pow %6302, %8319 : f64[] @ models/lib/nn.yaml:89:7
%8321 = sub %6283, %8320 : f64[] @ models/lib/nn.yaml:89:7
%8322 = div %3875, %8321 : f64[] @ models/lib/nn.yaml:89:7
%8323 = pow %6310, %8319 : f64[] @ models/lib/nn.yaml:89:7
%8324 = sub %6283, %8323 : f64[] @ models/lib/nn.yaml:89:7
%8325 = sqrt %8324 : f64[] @ models/lib/nn.yaml:89:7
%8326 = div %6283, %8325 : f64[] @ models/lib/nn.yaml:89:7
%8327 = sqrt %8318 : f32[16] @ models/lib/nn.yaml:89:7
%8328 = cast %8326 : f32[] @ models/lib/nn.yaml:89:7
%8329 = broadcast %8328 : f32[16] @ models/lib/nn.yaml:89:7
%8330 = mul %8327, %8329 : f32[16] @ models/lib/nn.yaml:89:7
%8331 = add %8330, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%8332 = div %8314, %8331 : f32[16] @ models/lib/nn.yaml:89:7
%8333 = cast %8322 : f32[] @ models/lib/nn.yaml:89:7
%8334 = broadcast %8333 : f32[16] @ models/lib/nn.yaml:89:7
%8335 = mul %8332, %8334 : f32[16] @ models/lib/nn.yaml:89:7
%8336 = sub %45, %8335 : f32[16] @ models/lib/nn.yaml:89:7
%8337 = assign %45, %8336 : f32[16] @ models/lib/nn.yaml:89:7
%8338 = assign %8308, %8314 : f32[16] @ models/lib/nn.yaml:89:7
%8339 = assign %8309, %8318 : f32[16] @ models/lib/nn.yaml:89:7
%8340 = assign %8310, %8311 : i64[] @ models/lib/nn.yaml:89:7
%8341 = mul %123, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%8342 = mul %8336, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%8343 = add %8341, %8342 : f32[16] @ models/lib/nn.yaml:89:7
%8344 = assign %123, %8343 : f32[16] @ models/lib/nn.yaml:89:7
%8345 = all_reduce_sum %5586 : f32[16] @ models/lib/nn.yaml:90:7
%8346 = mul %8345, %8345 : f32[16] @ models/lib/nn.yaml:90:7
%8347 = reduce_sum %8346 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8348 = sqrt %8347 : f32[] @ models/lib/nn.yaml:90:7
%8349 = cast %8348 : f64[] @ models/lib/nn.yaml:90:7
%8350 = add %8349, %6279 : f64[] @ models/lib/nn.yaml:90:7
%8351 = div %6281, %8350 : f64[] @ models/lib/nn.yaml:90:7
%8352 = lt %8351, %6283 : bool[] @ models/lib/nn.yaml:90:7
%8353 = cast %8351 : f32[] @ models/lib/nn.yaml:90:7
%8354 = broadcast %8353 : f32[16] @ models/lib/nn.yaml:90:7
%8355 = mul %8345, %8354 : f32[16] @ models/lib/nn.yaml:90:7
%8356 = broadcast %8352 : bool[16] @ models/lib/nn.yaml:90:7
%8357 = select %8356, %8355, %8345 : f32[16] @ models/lib/nn.yaml:90:7
%8358 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8359 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8360 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8361 = add %8360, %6293 : i64[] @ models/lib/nn.yaml:90:7
%8362 = mul %8357, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%8363 = mul %8358, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%8364 = add %8363, %8362 : f32[16] @ models/lib/nn.yaml:90:7
%8365 = mul %8357, %8357 : f32[16] @ models/lib/nn.yaml:90:7
%8366 = mul %8365, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%8367 = mul %8359, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%8368 = add %8367, %8366 : f32[16] @ models/lib/nn.yaml:90:7
%8369 = cast %8361 : f64[] @ models/lib/nn.yaml:90:7
%8370 = pow %6302, %8369 : f64[] @ models/lib/nn.yaml:90:7
%8371 = sub %6283, %8370 : f64[] @ models/lib/nn.yaml:90:7
%8372 = div %3875, %8371 : f64[] @ models/lib/nn.yaml:90:7
%8373 = pow %6310, %8369 : f64[] @ models/lib/nn.yaml:90:7
%8374 = sub %6283, %8373 : f64[] @ models/lib/nn.yaml:90:7
%8375 = sqrt %8374 : f64[] @ models/lib/nn.yaml:90:7
%8376 = div %6283, %8375 : f64[] @ models/lib/nn.yaml:90:7
%8377 = sqrt %8368 : f32[16] @ models/lib/nn.yaml:90:7
%8378 = cast %8376 : f32[] @ models/lib/nn.yaml:90:7
%8379 = broadcast %8378 : f32[16] @ models/lib/nn.yaml:90:7
%8380 = mul %8377, %8379 : f32[16] @ models/lib/nn.yaml:90:7
%8381 = add %8380, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%8382 = div %8364, %8381 : f32[16] @ models/lib/nn.yaml:90:7
%8383 = cast %8372 : f32[] @ models/lib/nn.yaml:90:7
%8384 = broadcast %8383 : f32[16] @ models/lib/nn.yaml:90:7
%8385 = mul %8382, %8384 : f32[16] @ models/lib/nn.yaml:90:7
%8386 = sub %46, %8385 : f32[16] @ models/lib/nn.yaml:90:7
%8387 = assign %46, %8386 : f32[16] @ models/lib/nn.yaml:90:7
%8388 = assign %8358, %8364 : f32[16] @ models/lib/nn.yaml:90:7
%8389 = assign %8359, %8368 : f32[16] @ models/lib/nn.yaml:90:7
%8390 = assign %8360, %8361 : i64[] @ models/lib/nn.yaml:90:7
%8391 = mul %124, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%8392 = mul %8386, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%8393 = add %8391, %8392 : f32[16] @ models/lib/nn.yaml:90:7
%8394 = assign %124, %8393 : f32[16] @ models/lib/nn.yaml:90:7
%8395 = all_reduce_sum %5582 : f32[64,16] @ models/lib/nn.yaml:79:7
%8396 = reshape %8395 : f32[1024] @ models/lib/nn.yaml:79:7
%8397 = mul %8396, %8396 : f32[1024] @ models/lib/nn.yaml:79:7
%8398 = reduce_sum %8397 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8399 = sqrt %8398 : f32[] @ models/lib/nn.yaml:79:7
%8400 = cast %8399 : f64[] @ models/lib/nn.yaml:79:7
%8401 = add %8400, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8402 = div %6281, %8401 : f64[] @ models/lib/nn.yaml:79:7
%8403 = lt %8402, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8404 = cast %8402 : f32[] @ models/lib/nn.yaml:79:7
%8405 = broadcast %8404 : f32[64,16] @ models/lib/nn.yaml:79:7
%8406 = mul %8395, %8405 : f32[64,16] @ models/lib/nn.yaml:79:7
%8407 = broadcast %8403 : bool[64,16] @ models/lib/nn.yaml:79:7
%8408 = select %8407, %8406, %8395 : f32[64,16] @ models/lib/nn.yaml:79:7
%8409 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8410 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%8411 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8412 = add %8411, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8413 = mul %47, %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%8414 = mul %8408, %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%8415 = mul %8409, %6914 : f32[64,16] @ models/lib/nn.yaml:79:7
%8416 = add %8415, %8414 : f32[64,16] @ models/lib/nn.yaml:79:7
%8417 = mul %8408, %8408 : f32[64,16] @ models/lib/nn.yaml:79:7
%8418 = mul %8417, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%8419 = mul %8410, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%8420 = add %8419, %8418 : f32[64,16] @ models/lib/nn.yaml:79:7
%8421 = cast %8412 : f64[] @ models/lib/nn.yaml:79:7
%8422 = pow %6302, %8421 : f64[] @ models/lib/nn.yaml:79:7
%8423 = sub %6283, %8422 : f64[] @ models/lib/nn.yaml:79:7
%8424 = div %3875, %8423 : f64[] @ models/lib/nn.yaml:79:7
%8425 = pow %6310, %8421 : f64[] @ models/lib/nn.yaml:79:7
%8426 = sub %6283, %8425 : f64[] @ models/lib/nn.yaml:79:7
%8427 = sqrt %8426 : f64[] @ models/lib/nn.yaml:79:7
%8428 = div %6283, %8427 : f64[] @ models/lib/nn.yaml:79:7
%8429 = sqrt %8420 : f32[64,16] @ models/lib/nn.yaml:79:7
%8430 = cast %8428 : f32[] @ models/lib/nn.yaml:79:7
%8431 = broadcast %8430 : f32[64,16] @ models/lib/nn.yaml:79:7
%8432 = mul %8429, %8431 : f32[64,16] @ models/lib/nn.yaml:79:7
%8433 = add %8432, %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%8434 = div %8416, %8433 : f32[64,16] @ models/lib/nn.yaml:79:7
%8435 = cast %8424 : f32[] @ models/lib/nn.yaml:79:7
%8436 = broadcast %8435 : f32[64,16] @ models/lib/nn.yaml:79:7
%8437 = mul %8434, %8436 : f32[64,16] @ models/lib/nn.yaml:79:7
%8438 = sub %8413, %8437 : f32[64,16] @ models/lib/nn.yaml:79:7
%8439 = assign %47, %8438 : f32[64,16] @ models/lib/nn.yaml:79:7
%8440 = assign %8409, %8416 : f32[64,16] @ models/lib/nn.yaml:79:7
%8441 = assign %8410, %8420 : f32[64,16] @ models/lib/nn.yaml:79:7
%8442 = assign %8411, %8412 : i64[] @ models/lib/nn.yaml:79:7
%8443 = mul %125, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%8444 = mul %8438, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%8445 = add %8443, %8444 : f32[64,16] @ models/lib/nn.yaml:79:7
%8446 = assign %125, %8445 : f32[64,16] @ models/lib/nn.yaml:79:7
%8447 = all_reduce_sum %5574 : f32[64] @ models/lib/nn.yaml:80:7
%8448 = mul %8447, %8447 : f32[64] @ models/lib/nn.yaml:80:7
%8449 = reduce_sum %8448 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8450 = sqrt %8449 : f32[] @ models/lib/nn.yaml:80:7
%8451 = cast %8450 : f64[] @ models/lib/nn.yaml:80:7
%8452 = add %8451, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8453 = div %6281, %8452 : f64[] @ models/lib/nn.yaml:80:7
%8454 = lt %8453, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8455 = cast %8453 : f32[] @ models/lib/nn.yaml:80:7
%8456 = broadcast %8455 : f32[64] @ models/lib/nn.yaml:80:7
%8457 = mul %8447, %8456 : f32[64] @ models/lib/nn.yaml:80:7
%8458 = broadcast %8454 : bool[64] @ models/lib/nn.yaml:80:7
%8459 = select %8458, %8457, %8447 : f32[64] @ models/lib/nn.yaml:80:7
%8460 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8461 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%8462 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8463 = add %8462, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8464 = mul %8459, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%8465 = mul %8460, %6971 : f32[64] @ models/lib/nn.yaml:80:7
%8466 = add %8465, %8464 : f32[64] @ models/lib/nn.yaml:80:7
%8467 = mul %8459, %8459 : f32[64] @ models/lib/nn.yaml:80:7
%8468 = mul %8467, %6975 : f32[64] @ models/lib/nn.yaml:80:7
%8469 = mul %8461, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%8470 = add %8469, %8468 : f32[64] @ models/lib/nn.yaml:80:7
%8471 = cast %8463 : f64[] @ models/lib/nn.yaml:80:7
%8472 = pow %6302, %8471 : f64[] @ models/lib/nn.yaml:80:7
%8473 = sub %6283, %8472 : f64[] @ models/lib/nn.yaml:80:7
%8474 = div %3875, %8473 : f64[] @ models/lib/nn.yaml:80:7
%8475 = pow %6310, %8471 : f64[] @ models/lib/nn.yaml:80:7
%8476 = sub %6283, %8475 : f64[] @ models/lib/nn.yaml:80:7
%8477 = sqrt %8476 : f64[] @ models/lib/nn.yaml:80:7
%8478 = div %6283, %8477 : f64[] @ models/lib/nn.yaml:80:7
%8479 = sqrt %8470 : f32[64] @ models/lib/nn.yaml:80:7
%8480 = cast %8478 : f32[] @ models/lib/nn.yaml:80:7
%8481 = broadcast %8480 : f32[64] @ models/lib/nn.yaml:80:7
%8482 = mul %8479, %8481 : f32[64] @ models/lib/nn.yaml:80:7
%8483 = add %8482, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%8484 = div %8466, %8483 : f32[64] @ models/lib/nn.yaml:80:7
%8485 = cast %8474 : f32[] @ models/lib/nn.yaml:80:7
%8486 = broadcast %8485 : f32[64] @ models/lib/nn.yaml:80:7
%8487 = mul %8484, %8486 : f32[64] @ models/lib/nn.yaml:80:7
%8488 = sub %48, %8487 : f32[64] @ models/lib/nn.yaml:80:7
%8489 = assign %48, %8488 : f32[64] @ models/lib/nn.yaml:80:7
%8490 = assign %8460, %8466 : f32[64] @ models/lib/nn.yaml:80:7
%8491 = assign %8461, %8470 : f32[64] @ models/lib/nn.yaml:80:7
%8492 = assign %8462, %8463 : i64[] @ models/lib/nn.yaml:80:7
%8493 = mul %126, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%8494 = mul %8488, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%8495 = add %8493, %8494 : f32[64] @ models/lib/nn.yaml:80:7
%8496 = assign %126, %8495 : f32[64] @ models/lib/nn.yaml:80:7
%8497 = all_reduce_sum %5556 : f32[16,64] @ models/lib/nn.yaml:79:7
%8498 = reshape %8497 : f32[1024] @ models/lib/nn.yaml:79:7
%8499 = mul %8498, %8498 : f32[1024] @ models/lib/nn.yaml:79:7
%8500 = reduce_sum %8499 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8501 = sqrt %8500 : f32[] @ models/lib/nn.yaml:79:7
%8502 = cast %8501 : f64[] @ models/lib/nn.yaml:79:7
%8503 = add %8502, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8504 = div %6281, %8503 : f64[] @ models/lib/nn.yaml:79:7
%8505 = lt %8504, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8506 = cast %8504 : f32[] @ models/lib/nn.yaml:79:7
%8507 = broadcast %8506 : f32[16,64] @ models/lib/nn.yaml:79:7
%8508 = mul %8497, %8507 : f32[16,64] @ models/lib/nn.yaml:79:7
%8509 = broadcast %8505 : bool[16,64] @ models/lib/nn.yaml:79:7
%8510 = select %8509, %8508, %8497 : f32[16,64] @ models/lib/nn.yaml:79:7
%8511 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8512 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%8513 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8514 = add %8513, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8515 = mul %49, %7027 : f32[16,64] @ models/lib/nn.yaml:79:7
%8516 = mul %8510, %7029 : f32[16,64] @ models/lib/nn.yaml:79:7
%8517 = mul %8511, %7031 : f32[16,64] @ models/lib/nn.yaml:79:7
%8518 = add %8517, %8516 : f32[16,64] @ models/lib/nn.yaml:79:7
%8519 = mul %8510, %8510 : f32[16,64] @ models/lib/nn.yaml:79:7
%8520 = mul %8519, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%8521 = mul %8512, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%8522 = add %8521, %8520 : f32[16,64] @ models/lib/nn.yaml:79:7
%8523 = cast %8514 : f64[] @ models/lib/nn.yaml:79:7
%8524 = pow %6302, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8525 = sub %6283, %8524 : f64[] @ models/lib/nn.yaml:79:7
%8526 = div %3875, %8525 : f64[] @ models/lib/nn.yaml:79:7
%8527 = pow %6310, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8528 = sub %6283, %8527 : f64[] @ models/lib/nn.yaml:79:7
%8529 = sqrt %8528 : f64[] @ models/lib/nn.yaml:79:7
%8530 = div %6283, %8529 : f64[] @ models/lib/nn.yaml:79:7
%8531 = sqrt %8522 : f32[16,64] @ models/lib/nn.yaml:79:7
%8532 = cast %8530 : f32[] @ models/lib/nn.yaml:79:7
%8533 = broadcast %8532 : f32[16,64] @ models/lib/nn.yaml:79:7
%8534 = mul %8531, %8533 : f32[16,64] @ models/lib/nn.yaml:79:7
%8535 = add %8534, %7052 : f32[16,64] @ models/lib/nn.yaml:79:7
%8536 = div %8518, %8535 : f32[16,64] @ models/lib/nn.yaml:79:7
%8537 = cast %8526 : f32[] @ models/lib/nn.yaml:79:7
%8538 = broadcast %8537 : f32[16,64] @ models/lib/nn.yaml:79:7
%8539 = mul %8536, %8538 : f32[16,64] @ models/lib/nn.yaml:79:7
%8540 = sub %8515, %8539 : f32[16,64] @ models/lib/nn.yaml:79:7
%8541 = assign %49, %8540 : f32[16,64] @ models/lib/nn.yaml:79:7
%8542 = assign %8511, %8518 : f32[16,64] @ models/lib/nn.yaml:79:7
%8543 = assign %8512, %8522 : f32[16,64] @ models/lib/nn.yaml:79:7
%8544 = assign %8513, %8514 : i64[] @ models/lib/nn.yaml:79:7
%8545 = mul %127, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%8546 = mul %8540, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%8547 = add %8545, %8546 : f32[16,64] @ models/lib/nn.yaml:79:7
%8548 = assign %127, %8547 : f32[16,64] @ models/lib/nn.yaml:79:7
%8549 = all_reduce_sum %5548 : f32[16] @ models/lib/nn.yaml:80:7
%8550 = mul %8549, %8549 : f32[16] @ models/lib/nn.yaml:80:7
%8551 = reduce_sum %8550 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8552 = sqrt %8551 : f32[] @ models/lib/nn.yaml:80:7
%8553 = cast %8552 : f64[] @ models/lib/nn.yaml:80:7
%8554 = add %8553, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8555 = div %6281, %8554 : f64[] @ models/lib/nn.yaml:80:7
%8556 = lt %8555, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8557 = cast %8555 : f32[] @ models/lib/nn.yaml:80:7
%8558 = broadcast %8557 : f32[16] @ models/lib/nn.yaml:80:7
%8559 = mul %8549, %8558 : f32[16] @ models/lib/nn.yaml:80:7
%8560 = broadcast %8556 : bool[16] @ models/lib/nn.yaml:80:7
%8561 = select %8560, %8559, %8549 : f32[16] @ models/lib/nn.yaml:80:7
%8562 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8563 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8564 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8565 = add %8564, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8566 = mul %8561, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8567 = mul %8562, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8568 = add %8567, %8566 : f32[16] @ models/lib/nn.yaml:80:7
%8569 = mul %8561, %8561 : f32[16] @ models/lib/nn.yaml:80:7
%8570 = mul %8569, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8571 = mul %8563, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8572 = add %8571, %8570 : f32[16] @ models/lib/nn.yaml:80:7
%8573 = cast %8565 : f64[] @ models/lib/nn.yaml:80:7
%8574 = pow %6302, %8573 : f64[] @ models/lib/nn.yaml:80:7
%8575 = sub %6283, %8574 : f64[] @ models/lib/nn.yaml:80:7
%8576 = div %3875, %8575 : f64[] @ models/lib/nn.yaml:80:7
%8577 = pow %6310, %8573 : f64[] @ models/lib/nn.yaml:80:7
%8578 = sub %6283, %8577 : f64[] @ models/lib/nn.yaml:80:7
%8579 = sqrt %8578 : f64[] @ models/lib/nn.yaml:80:7
%8580 = div %6283, %8579 : f64[] @ models/lib/nn.yaml:80:7
%8581 = sqrt %8572 : f32[16] @ models/lib/nn.yaml:80:7
%8582 = cast %8580 : f32[] @ models/lib/nn.yaml:80:7
%8583 = broadcast %8582 : f32[16] @ models/lib/nn.yaml:80:7
%8584 = mul %8581, %8583 : f32[16] @ models/lib/nn.yaml:80:7
%8585 = add %8584, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8586 = div %8568, %8585 : f32[16] @ models/lib/nn.yaml:80:7
%8587 = cast %8576 : f32[] @ models/lib/nn.yaml:80:7
%8588 = broadcast %8587 : f32[16] @ models/lib/nn.yaml:80:7
%8589 = mul %8586, %8588 : f32[16] @ models/lib/nn.yaml:80:7
%8590 = sub %50, %8589 : f32[16] @ models/lib/nn.yaml:80:7
%8591 = assign %50, %8590 : f32[16] @ models/lib/nn.yaml:80:7
%8592 = assign %8562, %8568 : f32[16] @ models/lib/nn.yaml:80:7
%8593 = assign %8563, %8572 : f32[16] @ models/lib/nn.yaml:80:7
%8594 = assign %8564, %8565 : i64[] @ models/lib/nn.yaml:80:7
%8595 = mul %128, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8596 = mul %8590, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%8597 = add %8595, %8596 : f32[16] @ models/lib/nn.yaml:80:7
%8598 = assign %128, %8597 : f32[16] @ models/lib/nn.yaml:80:7
%8599 = all_reduce_sum %5524 : f32[16] @ models/lib/nn.yaml:89:7
%8600 = mul %8599, %8599 : f32[16] @ models/lib/nn.yaml:89:7
%8601 = reduce_sum %8600 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%8602 = sqrt %8601 : f32[] @ models/lib/nn.yaml:89:7
%8603 = cast %8602 : f64[] @ models/lib/nn.yaml:89:7
%8604 = add %8603, %6279 : f64[] @ models/lib/nn.yaml:89:7
%8605 = div %6281, %8604 : f64[] @ models/lib/nn.yaml:89:7
%8606 = lt %8605, %6283 : bool[] @ models/lib/nn.yaml:89:7
%8607 = cast %8605 : f32[] @ models/lib/nn.yaml:89:7
%8608 = broadcast %8607 : f32[16] @ models/lib/nn.yaml:89:7
%8609 = mul %8599, %8608 : f32[16] @ models/lib/nn.yaml:89:7
%8610 = broadcast %8606 : bool[16] @ models/lib/nn.yaml:89:7
%8611 = select %8610, %8609, %8599 : f32[16] @ models/lib/nn.yaml:89:7
%8612 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8613 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%8614 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%8615 = add %8614, %6293 : i64[] @ models/lib/nn.yaml:89:7
%8616 = mul %8611, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%8617 = mul %8612, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%8618 = add %8617, %8616 : f32[16] @ models/lib/nn.yaml:89:7
%8619 = mul %8611, %8611 : f32[16] @ models/lib/nn.yaml:89:7
%8620 = mul %8619, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%8621 = mul %8613, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%8622 = add %8621, %8620 : f32[16] @ models/lib/nn.yaml:89:7
%8623 = cast %8615 : f64[] @ models/lib/nn.yaml:89:7
%8624 = pow %6302, %8623 : f64[] @ models/lib/nn.yaml:89:7
%8625 = sub %6283, %8624 : f64[] @ models/lib/nn.yaml:89:7
%8626 = div %3875, %8625 : f64[] @ models/lib/nn.yaml:89:7
%8627 = pow %6310, %8623 : f64[] @ models/lib/nn.yaml:89:7
%8628 = sub %6283, %8627 : f64[] @ models/lib/nn.yaml:89:7
%8629 = sqrt %8628 : f64[] @ models/lib/nn.yaml:89:7
%8630 = div %6283, %8629 : f64[] @ models/lib/nn.yaml:89:7
%8631 = sqrt %8622 : f32[16] @ models/lib/nn.yaml:89:7
%8632 = cast %8630 : f32[] @ models/lib/nn.yaml:89:7
%8633 = broadcast %8632 : f32[16] @ models/lib/nn.yaml:89:7
%8634 = mul %8631, %8633 : f32[16] @ models/lib/nn.yaml:89:7
%8635 = add %8634, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%8636 = div %8618, %8635 : f32[16] @ models/lib/nn.yaml:89:7
%8637 = cast %8626 : f32[] @ models/lib/nn.yaml:89:7
%8638 = broadcast %8637 : f32[16] @ models/lib/nn.yaml:89:7
%8639 = mul %8636, %8638 : f32[16] @ models/lib/nn.yaml:89:7
%8640 = sub %51, %8639 : f32[16] @ models/lib/nn.yaml:89:7
%8641 = assign %51, %8640 : f32[16] @ models/lib/nn.yaml:89:7
%8642 = assign %8612, %8618 : f32[16] @ models/lib/nn.yaml:89:7
%8643 = assign %8613, %8622 : f32[16] @ models/lib/nn.yaml:89:7
%8644 = assign %8614, %8615 : i64[] @ models/lib/nn.yaml:89:7
%8645 = mul %129, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%8646 = mul %8640, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%8647 = add %8645, %8646 : f32[16] @ models/lib/nn.yaml:89:7
%8648 = assign %129, %8647 : f32[16] @ models/lib/nn.yaml:89:7
%8649 = all_reduce_sum %5517 : f32[16] @ models/lib/nn.yaml:90:7
%8650 = mul %8649, %8649 : f32[16] @ models/lib/nn.yaml:90:7
%8651 = reduce_sum %8650 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%8652 = sqrt %8651 : f32[] @ models/lib/nn.yaml:90:7
%8653 = cast %8652 : f64[] @ models/lib/nn.yaml:90:7
%8654 = add %8653, %6279 : f64[] @ models/lib/nn.yaml:90:7
%8655 = div %6281, %8654 : f64[] @ models/lib/nn.yaml:90:7
%8656 = lt %8655, %6283 : bool[] @ models/lib/nn.yaml:90:7
%8657 = cast %8655 : f32[] @ models/lib/nn.yaml:90:7
%8658 = broadcast %8657 : f32[16] @ models/lib/nn.yaml:90:7
%8659 = mul %8649, %8658 : f32[16] @ models/lib/nn.yaml:90:7
%8660 = broadcast %8656 : bool[16] @ models/lib/nn.yaml:90:7
%8661 = select %8660, %8659, %8649 : f32[16] @ models/lib/nn.yaml:90:7
%8662 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8663 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%8664 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%8665 = add %8664, %6293 : i64[] @ models/lib/nn.yaml:90:7
%8666 = mul %8661, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%8667 = mul %8662, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%8668 = add %8667, %8666 : f32[16] @ models/lib/nn.yaml:90:7
%8669 = mul %8661, %8661 : f32[16] @ models/lib/nn.yaml:90:7
%8670 = mul %8669, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%8671 = mul %8663, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%8672 = add %8671, %8670 : f32[16] @ models/lib/nn.yaml:90:7
%8673 = cast %8665 : f64[] @ models/lib/nn.yaml:90:7
%8674 = pow %6302, %8673 : f64[] @ models/lib/nn.yaml:90:7
%8675 = sub %6283, %8674 : f64[] @ models/lib/nn.yaml:90:7
%8676 = div %3875, %8675 : f64[] @ models/lib/nn.yaml:90:7
%8677 = pow %6310, %8673 : f64[] @ models/lib/nn.yaml:90:7
%8678 = sub %6283, %8677 : f64[] @ models/lib/nn.yaml:90:7
%8679 = sqrt %8678 : f64[] @ models/lib/nn.yaml:90:7
%8680 = div %6283, %8679 : f64[] @ models/lib/nn.yaml:90:7
%8681 = sqrt %8672 : f32[16] @ models/lib/nn.yaml:90:7
%8682 = cast %8680 : f32[] @ models/lib/nn.yaml:90:7
%8683 = broadcast %8682 : f32[16] @ models/lib/nn.yaml:90:7
%8684 = mul %8681, %8683 : f32[16] @ models/lib/nn.yaml:90:7
%8685 = add %8684, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%8686 = div %8668, %8685 : f32[16] @ models/lib/nn.yaml:90:7
%8687 = cast %8676 : f32[] @ models/lib/nn.yaml:90:7
%8688 = broadcast %8687 : f32[16] @ models/lib/nn.yaml:90:7
%8689 = mul %8686, %8688 : f32[16] @ models/lib/nn.yaml:90:7
%8690 = sub %52, %8689 : f32[16] @ models/lib/nn.yaml:90:7
%8691 = assign %52, %8690 : f32[16] @ models/lib/nn.yaml:90:7
%8692 = assign %8662, %8668 : f32[16] @ models/lib/nn.yaml:90:7
%8693 = assign %8663, %8672 : f32[16] @ models/lib/nn.yaml:90:7
%8694 = assign %8664, %8665 : i64[] @ models/lib/nn.yaml:90:7
%8695 = mul %130, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%8696 = mul %8690, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%8697 = add %8695, %8696 : f32[16] @ models/lib/nn.yaml:90:7
%8698 = assign %130, %8697 : f32[16] @ models/lib/nn.yaml:90:7
%8699 = all_reduce_sum %5509 : f32[16,16] @ models/lib/nn.yaml:79:7
%8700 = reshape %8699 : f32[256] @ models/lib/nn.yaml:79:7
%8701 = mul %8700, %8700 : f32[256] @ models/lib/nn.yaml:79:7
%8702 = reduce_sum %8701 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8703 = sqrt %8702 : f32[] @ models/lib/nn.yaml:79:7
%8704 = cast %8703 : f64[] @ models/lib/nn.yaml:79:7
%8705 = add %8704, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8706 = div %6281, %8705 : f64[] @ models/lib/nn.yaml:79:7
%8707 = lt %8706, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8708 = cast %8706 : f32[] @ models/lib/nn.yaml:79:7
%8709 = broadcast %8708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8710 = mul %8699, %8709 : f32[16,16] @ models/lib/nn.yaml:79:7
%8711 = broadcast %8707 : bool[16,16] @ models/lib/nn.yaml:79:7
%8712 = select %8711, %8710, %8699 : f32[16,16] @ models/lib/nn.yaml:79:7
%8713 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8714 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8715 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8716 = add %8715, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8717 = mul %53, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8718 = mul %8712, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8719 = mul %8713, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8720 = add %8719, %8718 : f32[16,16] @ models/lib/nn.yaml:79:7
%8721 = mul %8712, %8712 : f32[16,16] @ models/lib/nn.yaml:79:7
%8722 = mul %8721, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8723 = mul %8714, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8724 = add %8723, %8722 : f32[16,16] @ models/lib/nn.yaml:79:7
%8725 = cast %8716 : f64[] @ models/lib/nn.yaml:79:7
%8726 = pow %6302, %8725 : f64[] @ models/lib/nn.yaml:79:7
%8727 = sub %6283, %8726 : f64[] @ models/lib/nn.yaml:79:7
%8728 = div %3875, %8727 : f64[] @ models/lib/nn.yaml:79:7
%8729 = pow %6310, %8725 : f64[] @ models/lib/nn.yaml:79:7
%8730 = sub %6283, %8729 : f64[] @ models/lib/nn.yaml:79:7
%8731 = sqrt %8730 : f64[] @ models/lib/nn.yaml:79:7
%8732 = div %6283, %8731 : f64[] @ models/lib/nn.yaml:79:7
%8733 = sqrt %8724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8734 = cast %8732 : f32[] @ models/lib/nn.yaml:79:7
%8735 = broadcast %8734 : f32[16,16] @ models/lib/nn.yaml:79:7
%8736 = mul %8733, %8735 : f32[16,16] @ models/lib/nn.yaml:79:7
%8737 = add %8736, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8738 = div %8720, %8737 : f32[16,16] @ models/lib/nn.yaml:79:7
%8739 = cast %8728 : f32[] @ models/lib/nn.yaml:79:7
%8740 = broadcast %8739 : f32[16,16] @ models/lib/nn.yaml:79:7
%8741 = mul %8738, %8740 : f32[16,16] @ models/lib/nn.yaml:79:7
%8742 = sub %8717, %8741 : f32[16,16] @ models/lib/nn.yaml:79:7
%8743 = assign %53, %8742 : f32[16,16] @ models/lib/nn.yaml:79:7
%8744 = assign %8713, %8720 : f32[16,16] @ models/lib/nn.yaml:79:7
%8745 = assign %8714, %8724 : f32[16,16] @ models/lib/nn.yaml:79:7
%8746 = assign %8715, %8716 : i64[] @ models/lib/nn.yaml:79:7
%8747 = mul %131, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8748 = mul %8742, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8749 = add %8747, %8748 : f32[16,16] @ models/lib/nn.yaml:79:7
%8750 = assign %131, %8749 : f32[16,16] @ models/lib/nn.yaml:79:7
%8751 = all_reduce_sum %5500 : f32[16] @ models/lib/nn.yaml:80:7
%8752 = mul %8751, %8751 : f32[16] @ models/lib/nn.yaml:80:7
%8753 = reduce_sum %8752 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8754 = sqrt %8753 : f32[] @ models/lib/nn.yaml:80:7
%8755 = cast %8754 : f64[] @ models/lib/nn.yaml:80:7
%8756 = add %8755, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8757 = div %6281, %8756 : f64[] @ models/lib/nn.yaml:80:7
%8758 = lt %8757, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8759 = cast %8757 : f32[] @ models/lib/nn.yaml:80:7
%8760 = broadcast %8759 : f32[16] @ models/lib/nn.yaml:80:7
%8761 = mul %8751, %8760 : f32[16] @ models/lib/nn.yaml:80:7
%8762 = broadcast %8758 : bool[16] @ models/lib/nn.yaml:80:7
%8763 = select %8762, %8761, %8751 : f32[16] @ models/lib/nn.yaml:80:7
%8764 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8765 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8766 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8767 = add %8766, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8768 = mul %8763, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8769 = mul %8764, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8770 = add %8769, %8768 : f32[16] @ models/lib/nn.yaml:80:7
%8771 = mul %8763, %8763 : f32[16] @ models/lib/nn.yaml:80:7
%8772 = mul %8771, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8773 = mul %8765, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8774 = add %8773, %8772 : f32[16] @ models/lib/nn.yaml:80:7
%8775 = cast %8767 : f64[] @ models/lib/nn.yaml:80:7
%8776 = pow %6302, %8775 : f64[] @ models/lib/nn.yaml:80:7
%8777 = sub %6283, %8776 : f64[] @ models/lib/nn.yaml:80:7
%8778 = div %3875, %8777 : f64[] @ models/lib/nn.yaml:80:7
%8779 = pow %6310, %8775 : f64[] @ models/lib/nn.yaml:80:7
%8780 = sub %6283, %8779 : f64[] @ models/lib/nn.yaml:80:7
%8781 = sqrt %8780 : f64[] @ models/lib/nn.yaml:80:7
%8782 = div %6283, %8781 : f64[] @ models/lib/nn.yaml:80:7
%8783 = sqrt %8774 : f32[16] @ models/lib/nn.yaml:80:7
%8784 = cast %8782 : f32[] @ models/lib/nn.yaml:80:7
%8785 = broadcast %8784 : f32[16] @ models/lib/nn.yaml:80:7
%8786 = mul %8783, %8785 : f32[16] @ models/lib/nn.yaml:80:7
%8787 = add %8786, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8788 = div %8770, %8787 : f32[16] @ models/lib/nn.yaml:80:7
%8789 = cast %8778 : f32[] @ models/lib/nn.yaml:80:7
%8790 = broadcast %8789 : f32[16] @ models/lib/nn.yaml:80:7
%8791 = mul %8788, %8790 : f32[16] @ models/lib/nn.yaml:80:7
%8792 = sub %54, %8791 : f32[16] @ models/lib/nn.yaml:80:7
%8793 = assign %54, %8792 : f32[16] @ models/lib/nn.yaml:80:7
%8794 = assign %8764, %8770 : f32[16] @ models/lib/nn.yaml:80:7
%8795 = assign %8765, %8774 : f32[16] @ models/lib/nn.yaml:80:7
%8796 = assign %8766, %8767 : i64[] @ models/lib/nn.yaml:80:7
%8797 = mul %132, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8798 = mul %8792, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%8799 = add %8797, %8798 : f32[16] @ models/lib/nn.yaml:80:7
%8800 = assign %132, %8799 : f32[16] @ models/lib/nn.yaml:80:7
%8801 = all_reduce_sum %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%8802 = reshape %8801 : f32[256] @ models/lib/nn.yaml:79:7
%8803 = mul %8802, %8802 : f32[256] @ models/lib/nn.yaml:79:7
%8804 = reduce_sum %8803 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8805 = sqrt %8804 : f32[] @ models/lib/nn.yaml:79:7
%8806 = cast %8805 : f64[] @ models/lib/nn.yaml:79:7
%8807 = add %8806, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8808 = div %6281, %8807 : f64[] @ models/lib/nn.yaml:79:7
%8809 = lt %8808, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8810 = cast %8808 : f32[] @ models/lib/nn.yaml:79:7
%8811 = broadcast %8810 : f32[16,16] @ models/lib/nn.yaml:79:7
%8812 = mul %8801, %8811 : f32[16,16] @ models/lib/nn.yaml:79:7
%8813 = broadcast %8809 : bool[16,16] @ models/lib/nn.yaml:79:7
%8814 = select %8813, %8812, %8801 : f32[16,16] @ models/lib/nn.yaml:79:7
%8815 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8816 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8817 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8818 = add %8817, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8819 = mul %55, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8820 = mul %8814, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8821 = mul %8815, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8822 = add %8821, %8820 : f32[16,16] @ models/lib/nn.yaml:79:7
%8823 = mul %8814, %8814 : f32[16,16] @ models/lib/nn.yaml:79:7
%8824 = mul %8823, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8825 = mul %8816, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8826 = add %8825, %8824 : f32[16,16] @ models/lib/nn.yaml:79:7
%8827 = cast %8818 : f64[] @ models/lib/nn.yaml:79:7
%8828 = pow %6302, %8827 : f64[] @ models/lib/nn.yaml:79:7
%8829 = sub %6283, %8828 : f64[] @ models/lib/nn.yaml:79:7
%8830 = div %3875, %8829 : f64[] @ models/lib/nn.yaml:79:7
%8831 = pow %6310, %8827 : f64[] @ models/lib/nn.yaml:79:7
%8832 = sub %6283, %8831 : f64[] @ models/lib/nn.yaml:79:7
%8833 = sqrt %8832 : f64[] @ models/lib/nn.yaml:79:7
%8834 = div %6283, %8833 : f64[] @ models/lib/nn.yaml:79:7
%8835 = sqrt %8826 : f32[16,16] @ models/lib/nn.yaml:79:7
%8836 = cast %8834 : f32[] @ models/lib/nn.yaml:79:7
%8837 = broadcast %8836 : f32[16,16] @ models/lib/nn.yaml:79:7
%8838 = mul %8835, %8837 : f32[16,16] @ models/lib/nn.yaml:79:7
%8839 = add %8838, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8840 = div %8822, %8839 : f32[16,16] @ models/lib/nn.yaml:79:7
%8841 = cast %8830 : f32[] @ models/lib/nn.yaml:79:7
%8842 = broadcast %8841 : f32[16,16] @ models/lib/nn.yaml:79:7
%8843 = mul %8840, %8842 : f32[16,16] @ models/lib/nn.yaml:79:7
%8844 = sub %8819, %8843 : f32[16,16] @ models/lib/nn.yaml:79:7
%8845 = assign %55, %8844 : f32[16,16] @ models/lib/nn.yaml:79:7
%8846 = assign %8815, %8822 : f32[16,16] @ models/lib/nn.yaml:79:7
%8847 = assign %8816, %8826 : f32[16,16] @ models/lib/nn.yaml:79:7
%8848 = assign %8817, %8818 : i64[] @ models/lib/nn.yaml:79:7
%8849 = mul %133, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8850 = mul %8844, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8851 = add %8849, %8850 : f32[16,16] @ models/lib/nn.yaml:79:7
%8852 = assign %133, %8851 : f32[16,16] @ models/lib/nn.yaml:79:7
%8853 = all_reduce_sum %5483 : f32[16] @ models/lib/nn.yaml:80:7
%8854 = mul %8853, %8853 : f32[16] @ models/lib/nn.yaml:80:7
%8855 = reduce_sum %8854 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8856 = sqrt %8855 : f32[] @ models/lib/nn.yaml:80:7
%8857 = cast %8856 : f64[] @ models/lib/nn.yaml:80:7
%8858 = add %8857, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8859 = div %6281, %8858 : f64[] @ models/lib/nn.yaml:80:7
%8860 = lt %8859, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8861 = cast %8859 : f32[] @ models/lib/nn.yaml:80:7
%8862 = broadcast %8861 : f32[16] @ models/lib/nn.yaml:80:7
%8863 = mul %8853, %8862 : f32[16] @ models/lib/nn.yaml:80:7
%8864 = broadcast %8860 : bool[16] @ models/lib/nn.yaml:80:7
%8865 = select %8864, %8863, %8853 : f32[16] @ models/lib/nn.yaml:80:7
%8866 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8867 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8868 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8869 = add %8868, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8870 = mul %8865, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8871 = mul %8866, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8872 = add %8871, %8870 : f32[16] @ models/lib/nn.yaml:80:7
%8873 = mul %8865, %8865 : f32[16] @ models/lib/nn.yaml:80:7
%8874 = mul %8873, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8875 = mul %8867, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8876 = add %8875, %8874 : f32[16] @ models/lib/nn.yaml:80:7
%8877 = cast %8869 : f64[] @ models/lib/nn.yaml:80:7
%8878 = pow %6302, %8877 : f64[] @ models/lib/nn.yaml:80:7
%8879 = sub %6283, %8878 : f64[] @ models/lib/nn.yaml:80:7
%8880 = div %3875, %8879 : f64[] @ models/lib/nn.yaml:80:7
%8881 = pow %6310, %8877 : f64[] @ models/lib/nn.yaml:80:7
%8882 = sub %6283, %8881 : f64[] @ models/lib/nn.yaml:80:7
%8883 = sqrt %8882 : f64[] @ models/lib/nn.yaml:80:7
%8884 = div %6283, %8883 : f64[] @ models/lib/nn.yaml:80:7
%8885 = sqrt %8876 : f32[16] @ models/lib/nn.yaml:80:7
%8886 = cast %8884 : f32[] @ models/lib/nn.yaml:80:7
%8887 = broadcast %8886 : f32[16] @ models/lib/nn.yaml:80:7
%8888 = mul %8885, %8887 : f32[16] @ models/lib/nn.yaml:80:7
%8889 = add %8888, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8890 = div %8872, %8889 : f32[16] @ models/lib/nn.yaml:80:7
%8891 = cast %8880 : f32[] @ models/lib/nn.yaml:80:7
%8892 = broadcast %8891 : f32[16] @ models/lib/nn.yaml:80:7
%8893 = mul %8890, %8892 : f32[16] @ models/lib/nn.yaml:80:7
%8894 = sub %56, %8893 : f32[16] @ models/lib/nn.yaml:80:7
%8895 = assign %56, %8894 : f32[16] @ models/lib/nn.yaml:80:7
%8896 = assign %8866, %8872 : f32[16] @ models/lib/nn.yaml:80:7
%8897 = assign %8867, %8876 : f32[16] @ models/lib/nn.yaml:80:7
%8898 = assign %8868, %8869 : i64[] @ models/lib/nn.yaml:80:7
%8899 = mul %134, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%8900 = mul %8894, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%8901 = add %8899, %8900 : f32[16] @ models/lib/nn.yaml:80:7
%8902 = assign %134, %8901 : f32[16] @ models/lib/nn.yaml:80:7
%8903 = all_reduce_sum %5475 : f32[16,16] @ models/lib/nn.yaml:79:7
%8904 = reshape %8903 : f32[256] @ models/lib/nn.yaml:79:7
%8905 = mul %8904, %8904 : f32[256] @ models/lib/nn.yaml:79:7
%8906 = reduce_sum %8905 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%8907 = sqrt %8906 : f32[] @ models/lib/nn.yaml:79:7
%8908 = cast %8907 : f64[] @ models/lib/nn.yaml:79:7
%8909 = add %8908, %6279 : f64[] @ models/lib/nn.yaml:79:7
%8910 = div %6281, %8909 : f64[] @ models/lib/nn.yaml:79:7
%8911 = lt %8910, %6283 : bool[] @ models/lib/nn.yaml:79:7
%8912 = cast %8910 : f32[] @ models/lib/nn.yaml:79:7
%8913 = broadcast %8912 : f32[16,16] @ models/lib/nn.yaml:79:7
%8914 = mul %8903, %8913 : f32[16,16] @ models/lib/nn.yaml:79:7
%8915 = broadcast %8911 : bool[16,16] @ models/lib/nn.yaml:79:7
%8916 = select %8915, %8914, %8903 : f32[16,16] @ models/lib/nn.yaml:79:7
%8917 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8918 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%8919 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8920 = add %8919, %6293 : i64[] @ models/lib/nn.yaml:79:7
%8921 = mul %57, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%8922 = mul %8916, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%8923 = mul %8917, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%8924 = add %8923, %8922 : f32[16,16] @ models/lib/nn.yaml:79:7
%8925 = mul %8916, %8916 : f32[16,16] @ models/lib/nn.yaml:79:7
%8926 = mul %8925, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%8927 = mul %8918, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%8928 = add %8927, %8926 : f32[16,16] @ models/lib/nn.yaml:79:7
%8929 = cast %8920 : f64[] @ models/lib/nn.yaml:79:7
%8930 = pow %6302, %8929 : f64[] @ models/lib/nn.yaml:79:7
%8931 = sub %6283, %8930 : f64[] @ models/lib/nn.yaml:79:7
%8932 = div %3875, %8931 : f64[] @ models/lib/nn.yaml:79:7
%8933 = pow %6310, %8929 : f64[] @ models/lib/nn.yaml:79:7
%8934 = sub %6283, %8933 : f64[] @ models/lib/nn.yaml:79:7
%8935 = sqrt %8934 : f64[] @ models/lib/nn.yaml:79:7
%8936 = div %6283, %8935 : f64[] @ models/lib/nn.yaml:79:7
%8937 = sqrt %8928 : f32[16,16] @ models/lib/nn.yaml:79:7
%8938 = cast %8936 : f32[] @ models/lib/nn.yaml:79:7
%8939 = broadcast %8938 : f32[16,16] @ models/lib/nn.yaml:79:7
%8940 = mul %8937, %8939 : f32[16,16] @ models/lib/nn.yaml:79:7
%8941 = add %8940, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%8942 = div %8924, %8941 : f32[16,16] @ models/lib/nn.yaml:79:7
%8943 = cast %8932 : f32[] @ models/lib/nn.yaml:79:7
%8944 = broadcast %8943 : f32[16,16] @ models/lib/nn.yaml:79:7
%8945 = mul %8942, %8944 : f32[16,16] @ models/lib/nn.yaml:79:7
%8946 = sub %8921, %8945 : f32[16,16] @ models/lib/nn.yaml:79:7
%8947 = assign %57, %8946 : f32[16,16] @ models/lib/nn.yaml:79:7
%8948 = assign %8917, %8924 : f32[16,16] @ models/lib/nn.yaml:79:7
%8949 = assign %8918, %8928 : f32[16,16] @ models/lib/nn.yaml:79:7
%8950 = assign %8919, %8920 : i64[] @ models/lib/nn.yaml:79:7
%8951 = mul %135, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%8952 = mul %8946, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%8953 = add %8951, %8952 : f32[16,16] @ models/lib/nn.yaml:79:7
%8954 = assign %135, %8953 : f32[16,16] @ models/lib/nn.yaml:79:7
%8955 = all_reduce_sum %5466 : f32[16] @ models/lib/nn.yaml:80:7
%8956 = mul %8955, %8955 : f32[16] @ models/lib/nn.yaml:80:7
%8957 = reduce_sum %8956 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%8958 = sqrt %8957 : f32[] @ models/lib/nn.yaml:80:7
%8959 = cast %8958 : f64[] @ models/lib/nn.yaml:80:7
%8960 = add %8959, %6279 : f64[] @ models/lib/nn.yaml:80:7
%8961 = div %6281, %8960 : f64[] @ models/lib/nn.yaml:80:7
%8962 = lt %8961, %6283 : bool[] @ models/lib/nn.yaml:80:7
%8963 = cast %8961 : f32[] @ models/lib/nn.yaml:80:7
%8964 = broadcast %8963 : f32[16] @ models/lib/nn.yaml:80:7
%8965 = mul %8955, %8964 : f32[16] @ models/lib/nn.yaml:80:7
%8966 = broadcast %8962 : bool[16] @ models/lib/nn.yaml:80:7
%8967 = select %8966, %8965, %8955 : f32[16] @ models/lib/nn.yaml:80:7
%8968 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8969 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%8970 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%8971 = add %8970, %6293 : i64[] @ models/lib/nn.yaml:80:7
%8972 = mul %8967, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%8973 = mul %8968, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%8974 = add %8973, %8972 : f32[16] @ models/lib/nn.yaml:80:7
%8975 = mul %8967, %8967 : f32[16] @ models/lib/nn.yaml:80:7
%8976 = mul %8975, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%8977 = mul %8969, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%8978 = add %8977, %8976 : f32[16] @ models/lib/nn.yaml:80:7
%8979 = cast %8971 : f64[] @ models/lib/nn.yaml:80:7
%8980 = pow %6302, %8979 : f64[] @ models/lib/nn.yaml:80:7
%8981 = sub %6283, %8980 : f64[] @ models/lib/nn.yaml:80:7
%8982 = div %3875, %8981 : f64[] @ models/lib/nn.yaml:80:7
%8983 = pow %6310, %8979 : f64[] @ models/lib/nn.yaml:80:7
%8984 = sub %6283, %8983 : f64[] @ models/lib/nn.yaml:80:7
%8985 = sqrt %8984 : f64[] @ models/lib/nn.yaml:80:7
%8986 = div %6283, %8985 : f64[] @ models/lib/nn.yaml:80:7
%8987 = sqrt %8978 : f32[16] @ models/lib/nn.yaml:80:7
%8988 = cast %8986 : f32[] @ models/lib/nn.yaml:80:7
%8989 = broadcast %8988 : f32[16] @ models/lib/nn.yaml:80:7
%8990 = mul %8987, %8989 : f32[16] @ models/lib/nn.yaml:80:7
%8991 = add %8990, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%8992 = div %8974, %8991 : f32[16] @ models/lib/nn.yaml:80:7
%8993 = cast %8982 : f32[] @ models/lib/nn.yaml:80:7
%8994 = broadcast %8993 : f32[16] @ models/lib/nn.yaml:80:7
%8995 = mul %8992, %8994 : f32[16] @ models/lib/nn.yaml:80:7
%8996 = sub %58, %8995 : f32[16] @ models/lib/nn.yaml:80:7
%8997 = assign %58, %8996 : f32[16] @ models/lib/nn.yaml:80:7
%8998 = assign %8968, %8974 : f32[16] @ models/lib/nn.yaml:80:7
%8999 = assign %8969, %8978 : f32[16] @ models/lib/nn.yaml:80:7
%9000 = assign %8970, %8971 : i64[] @ models/lib/nn.yaml:80:7
%9001 = mul %136, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%9002 = mul %8996, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%9003 = add %9001, %9002 : f32[16] @ models/lib/nn.yaml:80:7
%9004 = assign %136, %9003 : f32[16] @ models/lib/nn.yaml:80:7
%9005 = all_reduce_sum %5379 : f32[16,16] @ models/lib/nn.yaml:79:7
%9006 = reshape %9005 : f32[256] @ models/lib/nn.yaml:79:7
%9007 = mul %9006, %9006 : f32[256] @ models/lib/nn.yaml:79:7
%9008 = reduce_sum %9007 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9009 = sqrt %9008 : f32[] @ models/lib/nn.yaml:79:7
%9010 = cast %9009 : f64[] @ models/lib/nn.yaml:79:7
%9011 = add %9010, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9012 = div %6281, %9011 : f64[] @ models/lib/nn.yaml:79:7
%9013 = lt %9012, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9014 = cast %9012 : f32[] @ models/lib/nn.yaml:79:7
%9015 = broadcast %9014 : f32[16,16] @ models/lib/nn.yaml:79:7
%9016 = mul %9005, %9015 : f32[16,16] @ models/lib/nn.yaml:79:7
%9017 = broadcast %9013 : bool[16,16] @ models/lib/nn.yaml:79:7
%9018 = select %9017, %9016, %9005 : f32[16,16] @ models/lib/nn.yaml:79:7
%9019 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9020 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%9021 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9022 = add %9021, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9023 = mul %59, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%9024 = mul %9018, %6702 : f32[16,16] @ models/lib/nn.yaml:79:7
%9025 = mul %9019, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%9026 = add %9025, %9024 : f32[16,16] @ models/lib/nn.yaml:79:7
%9027 = mul %9018, %9018 : f32[16,16] @ models/lib/nn.yaml:79:7
%9028 = mul %9027, %6708 : f32[16,16] @ models/lib/nn.yaml:79:7
%9029 = mul %9020, %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%9030 = add %9029, %9028 : f32[16,16] @ models/lib/nn.yaml:79:7
%9031 = cast %9022 : f64[] @ models/lib/nn.yaml:79:7
%9032 = pow %6302, %9031 : f64[] @ models/lib/nn.yaml:79:7
%9033 = sub %6283, %9032 : f64[] @ models/lib/nn.yaml:79:7
%9034 = div %3875, %9033 : f64[] @ models/lib/nn.yaml:79:7
%9035 = pow %6310, %9031 : f64[] @ models/lib/nn.yaml:79:7
%9036 = sub %6283, %9035 : f64[] @ models/lib/nn.yaml:79:7
%9037 = sqrt %9036 : f64[] @ models/lib/nn.yaml:79:7
%9038 = div %6283, %9037 : f64[] @ models/lib/nn.yaml:79:7
%9039 = sqrt %9030 : f32[16,16] @ models/lib/nn.yaml:79:7
%9040 = cast %9038 : f32[] @ models/lib/nn.yaml:79:7
%9041 = broadcast %9040 : f32[16,16] @ models/lib/nn.yaml:79:7
%9042 = mul %9039, %9041 : f32[16,16] @ models/lib/nn.yaml:79:7
%9043 = add %9042, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%9044 = div %9026, %9043 : f32[16,16] @ models/lib/nn.yaml:79:7
%9045 = cast %9034 : f32[] @ models/lib/nn.yaml:79:7
%9046 = broadcast %9045 : f32[16,16] @ models/lib/nn.yaml:79:7
%9047 = mul %9044, %9046 : f32[16,16] @ models/lib/nn.yaml:79:7
%9048 = sub %9023, %9047 : f32[16,16] @ models/lib/nn.yaml:79:7
%9049 = assign %59, %9048 : f32[16,16] @ models/lib/nn.yaml:79:7
%9050 = assign %9019, %9026 : f32[16,16] @ models/lib/nn.yaml:79:7
%9051 = assign %9020, %9030 : f32[16,16] @ models/lib/nn.yaml:79:7
%9052 = assign %9021, %9022 : i64[] @ models/lib/nn.yaml:79:7
%9053 = mul %137, %6736 : f32[16,16] @ models/lib/nn.yaml:79:7
%9054 = mul %9048, %6738 : f32[16,16] @ models/lib/nn.yaml:79:7
%9055 = add %9053, %9054 : f32[16,16] @ models/lib/nn.yaml:79:7
%9056 = assign %137, %9055 : f32[16,16] @ models/lib/nn.yaml:79:7
%9057 = all_reduce_sum %5371 : f32[16] @ models/lib/nn.yaml:80:7
%9058 = mul %9057, %9057 : f32[16] @ models/lib/nn.yaml:80:7
%9059 = reduce_sum %9058 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9060 = sqrt %9059 : f32[] @ models/lib/nn.yaml:80:7
%9061 = cast %9060 : f64[] @ models/lib/nn.yaml:80:7
%9062 = add %9061, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9063 = div %6281, %9062 : f64[] @ models/lib/nn.yaml:80:7
%9064 = lt %9063, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9065 = cast %9063 : f32[] @ models/lib/nn.yaml:80:7
%9066 = broadcast %9065 : f32[16] @ models/lib/nn.yaml:80:7
%9067 = mul %9057, %9066 : f32[16] @ models/lib/nn.yaml:80:7
%9068 = broadcast %9064 : bool[16] @ models/lib/nn.yaml:80:7
%9069 = select %9068, %9067, %9057 : f32[16] @ models/lib/nn.yaml:80:7
%9070 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9071 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9072 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9073 = add %9072, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9074 = mul %9069, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%9075 = mul %9070, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%9076 = add %9075, %9074 : f32[16] @ models/lib/nn.yaml:80:7
%9077 = mul %9069, %9069 : f32[16] @ models/lib/nn.yaml:80:7
%9078 = mul %9077, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%9079 = mul %9071, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%9080 = add %9079, %9078 : f32[16] @ models/lib/nn.yaml:80:7
%9081 = cast %9073 : f64[] @ models/lib/nn.yaml:80:7
%9082 = pow %6302, %9081 : f64[] @ models/lib/nn.yaml:80:7
%9083 = sub %6283, %9082 : f64[] @ models/lib/nn.yaml:80:7
%9084 = div %3875, %9083 : f64[] @ models/lib/nn.yaml:80:7
%9085 = pow %6310, %9081 : f64[] @ models/lib/nn.yaml:80:7
%9086 = sub %6283, %9085 : f64[] @ models/lib/nn.yaml:80:7
%9087 = sqrt %9086 : f64[] @ models/lib/nn.yaml:80:7
%9088 = div %6283, %9087 : f64[] @ models/lib/nn.yaml:80:7
%9089 = sqrt %9080 : f32[16] @ models/lib/nn.yaml:80:7
%9090 = cast %9088 : f32[] @ models/lib/nn.yaml:80:7
%9091 = broadcast %9090 : f32[16] @ models/lib/nn.yaml:80:7
%9092 = mul %9089, %9091 : f32[16] @ models/lib/nn.yaml:80:7
%9093 = add %9092, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%9094 = div %9076, %9093 : f32[16] @ models/lib/nn.yaml:80:7
%9095 = cast %9084 : f32[] @ models/lib/nn.yaml:80:7
%9096 = broadcast %9095 : f32[16] @ models/lib/nn.yaml:80:7
%9097 = mul %9094, %9096 : f32[16] @ models/lib/nn.yaml:80:7
%9098 = sub %60, %9097 : f32[16] @ models/lib/nn.yaml:80:7
%9099 = assign %60, %9098 : f32[16] @ models/lib/nn.yaml:80:7
%9100 = assign %9070, %9076 : f32[16] @ models/lib/nn.yaml:80:7
%9101 = assign %9071, %9080 : f32[16] @ models/lib/nn.yaml:80:7
%9102 = assign %9072, %9073 : i64[] @ models/lib/nn.yaml:80:7
%9103 = mul %138, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%9104 = mul %9098, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%9105 = add %9103, %9104 : f32[16] @ models/lib/nn.yaml:80:7
%9106 = assign %138, %9105 : f32[16] @ models/lib/nn.yaml:80:7
%9107 = all_reduce_sum %5350 : f32[16] @ models/lib/nn.yaml:89:7
%9108 = mul %9107, %9107 : f32[16] @ models/lib/nn.yaml:89:7
%9109 = reduce_sum %9108 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9110 = sqrt %9109 : f32[] @ models/lib/nn.yaml:89:7
%9111 = cast %9110 : f64[] @ models/lib/nn.yaml:89:7
%9112 = add %9111, %6279 : f64[] @ models/lib/nn.yaml:89:7
%9113 = div %6281, %9112 : f64[] @ models/lib/nn.yaml:89:7
%9114 = lt %9113, %6283 : bool[] @ models/lib/nn.yaml:89:7
%9115 = cast %9113 : f32[] @ models/lib/nn.yaml:89:7
%9116 = broadcast %9115 : f32[16] @ models/lib/nn.yaml:89:7
%9117 = mul %9107, %9116 : f32[16] @ models/lib/nn.yaml:89:7
%9118 = broadcast %9114 : bool[16] @ models/lib/nn.yaml:89:7
%9119 = select %9118, %9117, %9107 : f32[16] @ models/lib/nn.yaml:89:7
%9120 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9121 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9122 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9123 = add %9122, %6293 : i64[] @ models/lib/nn.yaml:89:7
%9124 = mul %9119, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%9125 = mul %9120, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%9126 = add %9125, %9124 : f32[16] @ models/lib/nn.yaml:89:7
%9127 = mul %9119, %9119 : f32[16] @ models/lib/nn.yaml:89:7
%9128 = mul %9127, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%9129 = mul %9121, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%9130 = add %9129, %9128 : f32[16] @ models/lib/nn.yaml:89:7
%9131 = cast %9123 : f64[] @ models/lib/nn.yaml:89:7
%9132 = pow %6302, %9131 : f64[] @ models/lib/nn.yaml:89:7
%9133 = sub %6283, %9132 : f64[] @ models/lib/nn.yaml:89:7
%9134 = div %3875, %9133 : f64[] @ models/lib/nn.yaml:89:7
%9135 = pow %6310, %9131 : f64[] @ models/lib/nn.yaml:89:7
%9136 = sub %6283, %9135 : f64[] @ models/lib/nn.yaml:89:7
%9137 = sqrt %9136 : f64[] @ models/lib/nn.yaml:89:7
%9138 = div %6283, %9137 : f64[] @ models/lib/nn.yaml:89:7
%9139 = sqrt %9130 : f32[16] @ models/lib/nn.yaml:89:7
%9140 = cast %9138 : f32[] @ models/lib/nn.yaml:89:7
%9141 = broadcast %9140 : f32[16] @ models/lib/nn.yaml:89:7
%9142 = mul %9139, %9141 : f32[16] @ models/lib/nn.yaml:89:7
%9143 = add %9142, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%9144 = div %9126, %9143 : f32[16] @ models/lib/nn.yaml:89:7
%9145 = cast %9134 : f32[] @ models/lib/nn.yaml:89:7
%9146 = broadcast %9145 : f32[16] @ models/lib/nn.yaml:89:7
%9147 = mul %9144, %9146 : f32[16] @ models/lib/nn.yaml:89:7
%9148 = sub %61, %9147 : f32[16] @ models/lib/nn.yaml:89:7
%9149 = assign %61, %9148 : f32[16] @ models/lib/nn.yaml:89:7
%9150 = assign %9120, %9126 : f32[16] @ models/lib/nn.yaml:89:7
%9151 = assign %9121, %9130 : f32[16] @ models/lib/nn.yaml:89:7
%9152 = assign %9122, %9123 : i64[] @ models/lib/nn.yaml:89:7
%9153 = mul %139, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%9154 = mul %9148, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%9155 = add %9153, %9154 : f32[16] @ models/lib/nn.yaml:89:7
%9156 = assign %139, %9155 : f32[16] @ models/lib/nn.yaml:89:7
%9157 = all_reduce_sum %5343 : f32[16] @ models/lib/nn.yaml:90:7
%9158 = mul %9157, %9157 : f32[16] @ models/lib/nn.yaml:90:7
%9159 = reduce_sum %9158 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9160 = sqrt %9159 : f32[] @ models/lib/nn.yaml:90:7
%9161 = cast %9160 : f64[] @ models/lib/nn.yaml:90:7
%9162 = add %9161, %6279 : f64[] @ models/lib/nn.yaml:90:7
%9163 = div %6281, %9162 : f64[] @ models/lib/nn.yaml:90:7
%9164 = lt %9163, %6283 : bool[] @ models/lib/nn.yaml:90:7
%9165 = cast %9163 : f32[] @ models/lib/nn.yaml:90:7
%9166 = broadcast %9165 : f32[16] @ models/lib/nn.yaml:90:7
%9167 = mul %9157, %9166 : f32[16] @ models/lib/nn.yaml:90:7
%9168 = broadcast %9164 : bool[16] @ models/lib/nn.yaml:90:7
%9169 = select %9168, %9167, %9157 : f32[16] @ models/lib/nn.yaml:90:7
%9170 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9171 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9172 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9173 = add %9172, %6293 : i64[] @ models/lib/nn.yaml:90:7
%9174 = mul %9169, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%9175 = mul %9170, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%9176 = add %9175, %9174 : f32[16] @ models/lib/nn.yaml:90:7
%9177 = mul %9169, %9169 : f32[16] @ models/lib/nn.yaml:90:7
%9178 = mul %9177, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%9179 = mul %9171, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%9180 = add %9179, %9178 : f32[16] @ models/lib/nn.yaml:90:7
%9181 = cast %9173 : f64[] @ models/lib/nn.yaml:90:7
%9182 = pow %6302, %9181 : f64[] @ models/lib/nn.yaml:90:7
%9183 = sub %6283, %9182 : f64[] @ models/lib/nn.yaml:90:7
%9184 = div %3875, %9183 : f64[] @ models/lib/nn.yaml:90:7
%9185 = pow %6310, %9181 : f64[] @ models/lib/nn.yaml:90:7
%9186 = sub %6283, %9185 : f64[] @ models/lib/nn.yaml:90:7
%9187 = sqrt %9186 : f64[] @ models/lib/nn.yaml:90:7
%9188 = div %6283, %9187 : f64[] @ models/lib/nn.yaml:90:7
%9189 = sqrt %9180 : f32[16] @ models/lib/nn.yaml:90:7
%9190 = cast %9188 : f32[] @ models/lib/nn.yaml:90:7
%9191 = broadcast %9190 : f32[16] @ models/lib/nn.yaml:90:7
%9192 = mul %9189, %9191 : f32[16] @ models/lib/nn.yaml:90:7
%9193 = add %9192, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%9194 = div %9176, %9193 : f32[16] @ models/lib/nn.yaml:90:7
%9195 = cast %9184 : f32[] @ models/lib/nn.yaml:90:7
%9196 = broadcast %9195 : f32[16] @ models/lib/nn.yaml:90:7
%9197 = mul %9194, %9196 : f32[16] @ models/lib/nn.yaml:90:7
%9198 = sub %62, %9197 : f32[16] @ models/lib/nn.yaml:90:7
%9199 = assign %62, %9198 : f32[16] @ models/lib/nn.yaml:90:7
%9200 = assign %9170, %9176 : f32[16] @ models/lib/nn.yaml:90:7
%9201 = assign %9171, %9180 : f32[16] @ models/lib/nn.yaml:90:7
%9202 = assign %9172, %9173 : i64[] @ models/lib/nn.yaml:90:7
%9203 = mul %140, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%9204 = mul %9198, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%9205 = add %9203, %9204 : f32[16] @ models/lib/nn.yaml:90:7
%9206 = assign %140, %9205 : f32[16] @ models/lib/nn.yaml:90:7
%9207 = all_reduce_sum %5339 : f32[64,16] @ models/lib/nn.yaml:79:7
%9208 = reshape %9207 : f32[1024] @ models/lib/nn.yaml:79:7
%9209 = mul %9208, %9208 : f32[1024] @ models/lib/nn.yaml:79:7
%9210 = reduce_sum %9209 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9211 = sqrt %9210 : f32[] @ models/lib/nn.yaml:79:7
%9212 = cast %9211 : f64[] @ models/lib/nn.yaml:79:7
%9213 = add %9212, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9214 = div %6281, %9213 : f64[] @ models/lib/nn.yaml:79:7
%9215 = lt %9214, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9216 = cast %9214 : f32[] @ models/lib/nn.yaml:79:7
%9217 = broadcast %9216 : f32[64,16] @ models/lib/nn.yaml:79:7
%9218 = mul %9207, %9217 : f32[64,16] @ models/lib/nn.yaml:79:7
%9219 = broadcast %9215 : bool[64,16] @ models/lib/nn.yaml:79:7
%9220 = select %9219, %9218, %9207 : f32[64,16] @ models/lib/nn.yaml:79:7
%9221 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9222 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%9223 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9224 = add %9223, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9225 = mul %63, %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%9226 = mul %9220, %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%9227 = mul %9221, %6914 : f32[64,16] @ models/lib/nn.yaml:79:7
%9228 = add %9227, %9226 : f32[64,16] @ models/lib/nn.yaml:79:7
%9229 = mul %9220, %9220 : f32[64,16] @ models/lib/nn.yaml:79:7
%9230 = mul %9229, %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%9231 = mul %9222, %6920 : f32[64,16] @ models/lib/nn.yaml:79:7
%9232 = add %9231, %9230 : f32[64,16] @ models/lib/nn.yaml:79:7
%9233 = cast %9224 : f64[] @ models/lib/nn.yaml:79:7
%9234 = pow %6302, %9233 : f64[] @ models/lib/nn.yaml:79:7
%9235 = sub %6283, %9234 : f64[] @ models/lib/nn.yaml:79:7
%9236 = div %3875, %9235 : f64[] @ models/lib/nn.yaml:79:7
%9237 = pow %6310, %9233 : f64[] @ models/lib/nn.yaml:79:7
%9238 = sub %6283, %9237 : f64[] @ models/lib/nn.yaml:79:7
%9239 = sqrt %9238 : f64[] @ models/lib/nn.yaml:79:7
%9240 = div %6283, %9239 : f64[] @ models/lib/nn.yaml:79:7
%9241 = sqrt %9232 : f32[64,16] @ models/lib/nn.yaml:79:7
%9242 = cast %9240 : f32[] @ models/lib/nn.yaml:79:7
%9243 = broadcast %9242 : f32[64,16] @ models/lib/nn.yaml:79:7
%9244 = mul %9241, %9243 : f32[64,16] @ models/lib/nn.yaml:79:7
%9245 = add %9244, %6935 : f32[64,16] @ models/lib/nn.yaml:79:7
%9246 = div %9228, %9245 : f32[64,16] @ models/lib/nn.yaml:79:7
%9247 = cast %9236 : f32[] @ models/lib/nn.yaml:79:7
%9248 = broadcast %9247 : f32[64,16] @ models/lib/nn.yaml:79:7
%9249 = mul %9246, %9248 : f32[64,16] @ models/lib/nn.yaml:79:7
%9250 = sub %9225, %9249 : f32[64,16] @ models/lib/nn.yaml:79:7
%9251 = assign %63, %9250 : f32[64,16] @ models/lib/nn.yaml:79:7
%9252 = assign %9221, %9228 : f32[64,16] @ models/lib/nn.yaml:79:7
%9253 = assign %9222, %9232 : f32[64,16] @ models/lib/nn.yaml:79:7
%9254 = assign %9223, %9224 : i64[] @ models/lib/nn.yaml:79:7
%9255 = mul %141, %6946 : f32[64,16] @ models/lib/nn.yaml:79:7
%9256 = mul %9250, %6948 : f32[64,16] @ models/lib/nn.yaml:79:7
%9257 = add %9255, %9256 : f32[64,16] @ models/lib/nn.yaml:79:7
%9258 = assign %141, %9257 : f32[64,16] @ models/lib/nn.yaml:79:7
%9259 = all_reduce_sum %5331 : f32[64] @ models/lib/nn.yaml:80:7
%9260 = mul %9259, %9259 : f32[64] @ models/lib/nn.yaml:80:7
%9261 = reduce_sum %9260 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9262 = sqrt %9261 : f32[] @ models/lib/nn.yaml:80:7
%9263 = cast %9262 : f64[] @ models/lib/nn.yaml:80:7
%9264 = add %9263, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9265 = div %6281, %9264 : f64[] @ models/lib/nn.yaml:80:7
%9266 = lt %9265, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9267 = cast %9265 : f32[] @ models/lib/nn.yaml:80:7
%9268 = broadcast %9267 : f32[64] @ models/lib/nn.yaml:80:7
%9269 = mul %9259, %9268 : f32[64] @ models/lib/nn.yaml:80:7
%9270 = broadcast %9266 : bool[64] @ models/lib/nn.yaml:80:7
%9271 = select %9270, %9269, %9259 : f32[64] @ models/lib/nn.yaml:80:7
%9272 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9273 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%9274 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9275 = add %9274, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9276 = mul %9271, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%9277 = mul %9272, %6971 : f32[64] @ models/lib/nn.yaml:80:7
%9278 = add %9277, %9276 : f32[64] @ models/lib/nn.yaml:80:7
%9279 = mul %9271, %9271 : f32[64] @ models/lib/nn.yaml:80:7
%9280 = mul %9279, %6975 : f32[64] @ models/lib/nn.yaml:80:7
%9281 = mul %9273, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%9282 = add %9281, %9280 : f32[64] @ models/lib/nn.yaml:80:7
%9283 = cast %9275 : f64[] @ models/lib/nn.yaml:80:7
%9284 = pow %6302, %9283 : f64[] @ models/lib/nn.yaml:80:7
%9285 = sub %6283, %9284 : f64[] @ models/lib/nn.yaml:80:7
%9286 = div %3875, %9285 : f64[] @ models/lib/nn.yaml:80:7
%9287 = pow %6310, %9283 : f64[] @ models/lib/nn.yaml:80:7
%9288 = sub %6283, %9287 : f64[] @ models/lib/nn.yaml:80:7
%9289 = sqrt %9288 : f64[] @ models/lib/nn.yaml:80:7
%9290 = div %6283, %9289 : f64[] @ models/lib/nn.yaml:80:7
%9291 = sqrt %9282 : f32[64] @ models/lib/nn.yaml:80:7
%9292 = cast %9290 : f32[] @ models/lib/nn.yaml:80:7
%9293 = broadcast %9292 : f32[64] @ models/lib/nn.yaml:80:7
%9294 = mul %9291, %9293 : f32[64] @ models/lib/nn.yaml:80:7
%9295 = add %9294, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%9296 = div %9278, %9295 : f32[64] @ models/lib/nn.yaml:80:7
%9297 = cast %9286 : f32[] @ models/lib/nn.yaml:80:7
%9298 = broadcast %9297 : f32[64] @ models/lib/nn.yaml:80:7
%9299 = mul %9296, %9298 : f32[64] @ models/lib/nn.yaml:80:7
%9300 = sub %64, %9299 : f32[64] @ models/lib/nn.yaml:80:7
%9301 = assign %64, %9300 : f32[64] @ models/lib/nn.yaml:80:7
%9302 = assign %9272, %9278 : f32[64] @ models/lib/nn.yaml:80:7
%9303 = assign %9273, %9282 : f32[64] @ models/lib/nn.yaml:80:7
%9304 = assign %9274, %9275 : i64[] @ models/lib/nn.yaml:80:7
%9305 = mul %142, %7003 : f32[64] @ models/lib/nn.yaml:80:7
%9306 = mul %9300, %7005 : f32[64] @ models/lib/nn.yaml:80:7
%9307 = add %9305, %9306 : f32[64] @ models/lib/nn.yaml:80:7
%9308 = assign %142, %9307 : f32[64] @ models/lib/nn.yaml:80:7
%9309 = all_reduce_sum %5313 : f32[16,64] @ models/lib/nn.yaml:79:7
%9310 = reshape %9309 : f32[1024] @ models/lib/nn.yaml:79:7
%9311 = mul %9310, %9310 : f32[1024] @ models/lib/nn.yaml:79:7
%9312 = reduce_sum %9311 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9313 = sqrt %9312 : f32[] @ models/lib/nn.yaml:79:7
%9314 = cast %9313 : f64[] @ models/lib/nn.yaml:79:7
%9315 = add %9314, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9316 = div %6281, %9315 : f64[] @ models/lib/nn.yaml:79:7
%9317 = lt %9316, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9318 = cast %9316 : f32[] @ models/lib/nn.yaml:79:7
%9319 = broadcast %9318 : f32[16,64] @ models/lib/nn.yaml:79:7
%9320 = mul %9309, %9319 : f32[16,64] @ models/lib/nn.yaml:79:7
%9321 = broadcast %9317 : bool[16,64] @ models/lib/nn.yaml:79:7
%9322 = select %9321, %9320, %9309 : f32[16,64] @ models/lib/nn.yaml:79:7
%9323 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9324 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%9325 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9326 = add %9325, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9327 = mul %65, %7027 : f32[16,64] @ models/lib/nn.yaml:79:7
%9328 = mul %9322, %7029 : f32[16,64] @ models/lib/nn.yaml:79:7
%9329 = mul %9323, %7031 : f32[16,64] @ models/lib/nn.yaml:79:7
%9330 = add %9329, %9328 : f32[16,64] @ models/lib/nn.yaml:79:7
%9331 = mul %9322, %9322 : f32[16,64] @ models/lib/nn.yaml:79:7
%9332 = mul %9331, %7035 : f32[16,64] @ models/lib/nn.yaml:79:7
%9333 = mul %9324, %7037 : f32[16,64] @ models/lib/nn.yaml:79:7
%9334 = add %9333, %9332 : f32[16,64] @ models/lib/nn.yaml:79:7
%9335 = cast %9326 : f64[] @ models/lib/nn.yaml:79:7
%9336 = pow %6302, %9335 : f64[] @ models/lib/nn.yaml:79:7
%9337 = sub %6283, %9336 : f64[] @ models/lib/nn.yaml:79:7
%9338 = div %3875, %9337 : f64[] @ models/lib/nn.yaml:79:7
%9339 = pow %6310, %9335 : f64[] @ models/lib/nn.yaml:79:7
%9340 = sub %6283, %9339 : f64[] @ models/lib/nn.yaml:79:7
%9341 = sqrt %9340 : f64[] @ models/lib/nn.yaml:79:7
%9342 = div %6283, %9341 : f64[] @ models/lib/nn.yaml:79:7
%9343 = sqrt %9334 : f32[16,64] @ models/lib/nn.yaml:79:7
%9344 = cast %9342 : f32[] @ models/lib/nn.yaml:79:7
%9345 = broadcast %9344 : f32[16,64] @ models/lib/nn.yaml:79:7
%9346 = mul %9343, %9345 : f32[16,64] @ models/lib/nn.yaml:79:7
%9347 = add %9346, %7052 : f32[16,64] @ models/lib/nn.yaml:79:7
%9348 = div %9330, %9347 : f32[16,64] @ models/lib/nn.yaml:79:7
%9349 = cast %9338 : f32[] @ models/lib/nn.yaml:79:7
%9350 = broadcast %9349 : f32[16,64] @ models/lib/nn.yaml:79:7
%9351 = mul %9348, %9350 : f32[16,64] @ models/lib/nn.yaml:79:7
%9352 = sub %9327, %9351 : f32[16,64] @ models/lib/nn.yaml:79:7
%9353 = assign %65, %9352 : f32[16,64] @ models/lib/nn.yaml:79:7
%9354 = assign %9323, %9330 : f32[16,64] @ models/lib/nn.yaml:79:7
%9355 = assign %9324, %9334 : f32[16,64] @ models/lib/nn.yaml:79:7
%9356 = assign %9325, %9326 : i64[] @ models/lib/nn.yaml:79:7
%9357 = mul %143, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%9358 = mul %9352, %7065 : f32[16,64] @ models/lib/nn.yaml:79:7
%9359 = add %9357, %9358 : f32[16,64] @ models/lib/nn.yaml:79:7
%9360 = assign %143, %9359 : f32[16,64] @ models/lib/nn.yaml:79:7
%9361 = all_reduce_sum %5305 : f32[16] @ models/lib/nn.yaml:80:7
%9362 = mul %9361, %9361 : f32[16] @ models/lib/nn.yaml:80:7
%9363 = reduce_sum %9362 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9364 = sqrt %9363 : f32[] @ models/lib/nn.yaml:80:7
%9365 = cast %9364 : f64[] @ models/lib/nn.yaml:80:7
%9366 = add %9365, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9367 = div %6281, %9366 : f64[] @ models/lib/nn.yaml:80:7
%9368 = lt %9367, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9369 = cast %9367 : f32[] @ models/lib/nn.yaml:80:7
%9370 = broadcast %9369 : f32[16] @ models/lib/nn.yaml:80:7
%9371 = mul %9361, %9370 : f32[16] @ models/lib/nn.yaml:80:7
%9372 = broadcast %9368 : bool[16] @ models/lib/nn.yaml:80:7
%9373 = select %9372, %9371, %9361 : f32[16] @ models/lib/nn.yaml:80:7
%9374 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9375 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%9376 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9377 = add %9376, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9378 = mul %9373, %6425 : f32[16] @ models/lib/nn.yaml:80:7
%9379 = mul %9374, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%9380 = add %9379, %9378 : f32[16] @ models/lib/nn.yaml:80:7
%9381 = mul %9373, %9373 : f32[16] @ models/lib/nn.yaml:80:7
%9382 = mul %9381, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%9383 = mul %9375, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%9384 = add %9383, %9382 : f32[16] @ models/lib/nn.yaml:80:7
%9385 = cast %9377 : f64[] @ models/lib/nn.yaml:80:7
%9386 = pow %6302, %9385 : f64[] @ models/lib/nn.yaml:80:7
%9387 = sub %6283, %9386 : f64[] @ models/lib/nn.yaml:80:7
%9388 = div %3875, %9387 : f64[] @ models/lib/nn.yaml:80:7
%9389 = pow %6310, %9385 : f64[] @ models/lib/nn.yaml:80:7
%9390 = sub %6283, %9389 : f64[] @ models/lib/nn.yaml:80:7
%9391 = sqrt %9390 : f64[] @ models/lib/nn.yaml:80:7
%9392 = div %6283, %9391 : f64[] @ models/lib/nn.yaml:80:7
%9393 = sqrt %9384 : f32[16] @ models/lib/nn.yaml:80:7
%9394 = cast %9392 : f32[] @ models/lib/nn.yaml:80:7
%9395 = broadcast %9394 : f32[16] @ models/lib/nn.yaml:80:7
%9396 = mul %9393, %9395 : f32[16] @ models/lib/nn.yaml:80:7
%9397 = add %9396, %6448 : f32[16] @ models/lib/nn.yaml:80:7
%9398 = div %9380, %9397 : f32[16] @ models/lib/nn.yaml:80:7
%9399 = cast %9388 : f32[] @ models/lib/nn.yaml:80:7
%9400 = broadcast %9399 : f32[16] @ models/lib/nn.yaml:80:7
%9401 = mul %9398, %9400 : f32[16] @ models/lib/nn.yaml:80:7
%9402 = sub %66, %9401 : f32[16] @ models/lib/nn.yaml:80:7
%9403 = assign %66, %9402 : f32[16] @ models/lib/nn.yaml:80:7
%9404 = assign %9374, %9380 : f32[16] @ models/lib/nn.yaml:80:7
%9405 = assign %9375, %9384 : f32[16] @ models/lib/nn.yaml:80:7
%9406 = assign %9376, %9377 : i64[] @ models/lib/nn.yaml:80:7
%9407 = mul %144, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%9408 = mul %9402, %6461 : f32[16] @ models/lib/nn.yaml:80:7
%9409 = add %9407, %9408 : f32[16] @ models/lib/nn.yaml:80:7
%9410 = assign %144, %9409 : f32[16] @ models/lib/nn.yaml:80:7
%9411 = all_reduce_sum %5282 : f32[16] @ models/lib/nn.yaml:89:7
%9412 = mul %9411, %9411 : f32[16] @ models/lib/nn.yaml:89:7
%9413 = reduce_sum %9412 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:89:7
%9414 = sqrt %9413 : f32[] @ models/lib/nn.yaml:89:7
%9415 = cast %9414 : f64[] @ models/lib/nn.yaml:89:7
%9416 = add %9415, %6279 : f64[] @ models/lib/nn.yaml:89:7
%9417 = div %6281, %9416 : f64[] @ models/lib/nn.yaml:89:7
%9418 = lt %9417, %6283 : bool[] @ models/lib/nn.yaml:89:7
%9419 = cast %9417 : f32[] @ models/lib/nn.yaml:89:7
%9420 = broadcast %9419 : f32[16] @ models/lib/nn.yaml:89:7
%9421 = mul %9411, %9420 : f32[16] @ models/lib/nn.yaml:89:7
%9422 = broadcast %9418 : bool[16] @ models/lib/nn.yaml:89:7
%9423 = select %9422, %9421, %9411 : f32[16] @ models/lib/nn.yaml:89:7
%9424 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9425 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%9426 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%9427 = add %9426, %6293 : i64[] @ models/lib/nn.yaml:89:7
%9428 = mul %9423, %6425 : f32[16] @ models/lib/nn.yaml:89:7
%9429 = mul %9424, %6427 : f32[16] @ models/lib/nn.yaml:89:7
%9430 = add %9429, %9428 : f32[16] @ models/lib/nn.yaml:89:7
%9431 = mul %9423, %9423 : f32[16] @ models/lib/nn.yaml:89:7
%9432 = mul %9431, %6431 : f32[16] @ models/lib/nn.yaml:89:7
%9433 = mul %9425, %6433 : f32[16] @ models/lib/nn.yaml:89:7
%9434 = add %9433, %9432 : f32[16] @ models/lib/nn.yaml:89:7
%9435 = cast %9427 : f64[] @ models/lib/nn.yaml:89:7
%9436 = pow %6302, %9435 : f64[] @ models/lib/nn.yaml:89:7
%9437 = sub %6283, %9436 : f64[] @ models/lib/nn.yaml:89:7
%9438 = div %3875, %9437 : f64[] @ models/lib/nn.yaml:89:7
%9439 = pow %6310, %9435 : f64[] @ models/lib/nn.yaml:89:7
%9440 = sub %6283, %9439 : f64[] @ models/lib/nn.yaml:89:7
%9441 = sqrt %9440 : f64[] @ models/lib/nn.yaml:89:7
%9442 = div %6283, %9441 : f64[] @ models/lib/nn.yaml:89:7
%9443 = sqrt %9434 : f32[16] @ models/lib/nn.yaml:89:7
%9444 = cast %9442 : f32[] @ models/lib/nn.yaml:89:7
%9445 = broadcast %9444 : f32[16] @ models/lib/nn.yaml:89:7
%9446 = mul %9443, %9445 : f32[16] @ models/lib/nn.yaml:89:7
%9447 = add %9446, %6448 : f32[16] @ models/lib/nn.yaml:89:7
%9448 = div %9430, %9447 : f32[16] @ models/lib/nn.yaml:89:7
%9449 = cast %9438 : f32[] @ models/lib/nn.yaml:89:7
%9450 = broadcast %9449 : f32[16] @ models/lib/nn.yaml:89:7
%9451 = mul %9448, %9450 : f32[16] @ models/lib/nn.yaml:89:7
%9452 = sub %67, %9451 : f32[16] @ models/lib/nn.yaml:89:7
%9453 = assign %67, %9452 : f32[16] @ models/lib/nn.yaml:89:7
%9454 = assign %9424, %9430 : f32[16] @ models/lib/nn.yaml:89:7
%9455 = assign %9425, %9434 : f32[16] @ models/lib/nn.yaml:89:7
%9456 = assign %9426, %9427 : i64[] @ models/lib/nn.yaml:89:7
%9457 = mul %145, %6459 : f32[16] @ models/lib/nn.yaml:89:7
%9458 = mul %9452, %6461 : f32[16] @ models/lib/nn.yaml:89:7
%9459 = add %9457, %9458 : f32[16] @ models/lib/nn.yaml:89:7
%9460 = assign %145, %9459 : f32[16] @ models/lib/nn.yaml:89:7
%9461 = all_reduce_sum %5275 : f32[16] @ models/lib/nn.yaml:90:7
%9462 = mul %9461, %9461 : f32[16] @ models/lib/nn.yaml:90:7
%9463 = reduce_sum %9462 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:90:7
%9464 = sqrt %9463 : f32[] @ models/lib/nn.yaml:90:7
%9465 = cast %9464 : f64[] @ models/lib/nn.yaml:90:7
%9466 = add %9465, %6279 : f64[] @ models/lib/nn.yaml:90:7
%9467 = div %6281, %9466 : f64[] @ models/lib/nn.yaml:90:7
%9468 = lt %9467, %6283 : bool[] @ models/lib/nn.yaml:90:7
%9469 = cast %9467 : f32[] @ models/lib/nn.yaml:90:7
%9470 = broadcast %9469 : f32[16] @ models/lib/nn.yaml:90:7
%9471 = mul %9461, %9470 : f32[16] @ models/lib/nn.yaml:90:7
%9472 = broadcast %9468 : bool[16] @ models/lib/nn.yaml:90:7
%9473 = select %9472, %9471, %9461 : f32[16] @ models/lib/nn.yaml:90:7
%9474 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9475 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%9476 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%9477 = add %9476, %6293 : i64[] @ models/lib/nn.yaml:90:7
%9478 = mul %9473, %6425 : f32[16] @ models/lib/nn.yaml:90:7
%9479 = mul %9474, %6427 : f32[16] @ models/lib/nn.yaml:90:7
%9480 = add %9479, %9478 : f32[16] @ models/lib/nn.yaml:90:7
%9481 = mul %9473, %9473 : f32[16] @ models/lib/nn.yaml:90:7
%9482 = mul %9481, %6431 : f32[16] @ models/lib/nn.yaml:90:7
%9483 = mul %9475, %6433 : f32[16] @ models/lib/nn.yaml:90:7
%9484 = add %9483, %9482 : f32[16] @ models/lib/nn.yaml:90:7
%9485 = cast %9477 : f64[] @ models/lib/nn.yaml:90:7
%9486 = pow %6302, %9485 : f64[] @ models/lib/nn.yaml:90:7
%9487 = sub %6283, %9486 : f64[] @ models/lib/nn.yaml:90:7
%9488 = div %3875, %9487 : f64[] @ models/lib/nn.yaml:90:7
%9489 = pow %6310, %9485 : f64[] @ models/lib/nn.yaml:90:7
%9490 = sub %6283, %9489 : f64[] @ models/lib/nn.yaml:90:7
%9491 = sqrt %9490 : f64[] @ models/lib/nn.yaml:90:7
%9492 = div %6283, %9491 : f64[] @ models/lib/nn.yaml:90:7
%9493 = sqrt %9484 : f32[16] @ models/lib/nn.yaml:90:7
%9494 = cast %9492 : f32[] @ models/lib/nn.yaml:90:7
%9495 = broadcast %9494 : f32[16] @ models/lib/nn.yaml:90:7
%9496 = mul %9493, %9495 : f32[16] @ models/lib/nn.yaml:90:7
%9497 = add %9496, %6448 : f32[16] @ models/lib/nn.yaml:90:7
%9498 = div %9480, %9497 : f32[16] @ models/lib/nn.yaml:90:7
%9499 = cast %9488 : f32[] @ models/lib/nn.yaml:90:7
%9500 = broadcast %9499 : f32[16] @ models/lib/nn.yaml:90:7
%9501 = mul %9498, %9500 : f32[16] @ models/lib/nn.yaml:90:7
%9502 = sub %68, %9501 : f32[16] @ models/lib/nn.yaml:90:7
%9503 = assign %68, %9502 : f32[16] @ models/lib/nn.yaml:90:7
%9504 = assign %9474, %9480 : f32[16] @ models/lib/nn.yaml:90:7
%9505 = assign %9475, %9484 : f32[16] @ models/lib/nn.yaml:90:7
%9506 = assign %9476, %9477 : i64[] @ models/lib/nn.yaml:90:7
%9507 = mul %146, %6459 : f32[16] @ models/lib/nn.yaml:90:7
%9508 = mul %9502, %6461 : f32[16] @ models/lib/nn.yaml:90:7
%9509 = add %9507, %9508 : f32[16] @ models/lib/nn.yaml:90:7
%9510 = assign %146, %9509 : f32[16] @ models/lib/nn.yaml:90:7
%9511 = all_reduce_sum %5267 : f32[24,16] @ models/lib/nn.yaml:79:7
%9512 = reshape %9511 : f32[384] @ models/lib/nn.yaml:79:7
%9513 = mul %9512, %9512 : f32[384] @ models/lib/nn.yaml:79:7
%9514 = reduce_sum %9513 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9515 = sqrt %9514 : f32[] @ models/lib/nn.yaml:79:7
%9516 = cast %9515 : f64[] @ models/lib/nn.yaml:79:7
%9517 = add %9516, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9518 = div %6281, %9517 : f64[] @ models/lib/nn.yaml:79:7
%9519 = lt %9518, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9520 = cast %9518 : f32[] @ models/lib/nn.yaml:79:7
%9521 = broadcast %9520 : f32[24,16] @ models/lib/nn.yaml:79:7
%9522 = mul %9511, %9521 : f32[24,16] @ models/lib/nn.yaml:79:7
%9523 = broadcast %9519 : bool[24,16] @ models/lib/nn.yaml:79:7
%9524 = select %9523, %9522, %9511 : f32[24,16] @ models/lib/nn.yaml:79:7
%9525 = state name="adam_m.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9526 = state name="adam_v.c_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9527 = state name="adam_t.c_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9528 = add %9527, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9529 = broadcast %6297 : f32[24,16] @ models/lib/nn.yaml:79:7
%9530 = mul %69, %9529 : f32[24,16] @ models/lib/nn.yaml:79:7
%9531 = broadcast %3608 : f32[24,16] @ models/lib/nn.yaml:79:7
%9532 = mul %9524, %9531 : f32[24,16] @ models/lib/nn.yaml:79:7
%9533 = broadcast %2464 : f32[24,16] @ models/lib/nn.yaml:79:7
%9534 = mul %9525, %9533 : f32[24,16] @ models/lib/nn.yaml:79:7
%9535 = add %9534, %9532 : f32[24,16] @ models/lib/nn.yaml:79:7
%9536 = mul %9524, %9524 : f32[24,16] @ models/lib/nn.yaml:79:7
%9537 = broadcast %6307 : f32[24,16] @ models/lib/nn.yaml:79:7
%9538 = mul %9536, %9537 : f32[24,16] @ models/lib/nn.yaml:79:7
%9539 = broadcast %6311 : f32[24,16] @ models/lib/nn.yaml:79:7
%9540 = mul %9526, %9539 : f32[24,16] @ models/lib/nn.yaml:79:7
%9541 = add %9540, %9538 : f32[24,16] @ models/lib/nn.yaml:79:7
%9542 = cast %9528 : f64[] @ models/lib/nn.yaml:79:7
%9543 = pow %6302, %9542 : f64[] @ models/lib/nn.yaml:79:7
%9544 = sub %6283, %9543 : f64[] @ models/lib/nn.yaml:79:7
%9545 = div %3875, %9544 : f64[] @ models/lib/nn.yaml:79:7
%9546 = pow %6310, %9542 : f64[] @ models/lib/nn.yaml:79:7
%9547 = sub %6283, %9546 : f64[] @ models/lib/nn.yaml:79:7
%9548 = sqrt %9547 : f64[] @ models/lib/nn.yaml:79:7
%9549 = div %6283, %9548 : f64[] @ models/lib/nn.yaml:79:7
%9550 = sqrt %9541 : f32[24,16] @ models/lib/nn.yaml:79:7
%9551 = cast %9549 : f32[] @ models/lib/nn.yaml:79:7
%9552 = broadcast %9551 : f32[24,16] @ models/lib/nn.yaml:79:7
%9553 = mul %9550, %9552 : f32[24,16] @ models/lib/nn.yaml:79:7
%9554 = broadcast %6327 : f32[24,16] @ models/lib/nn.yaml:79:7
%9555 = add %9553, %9554 : f32[24,16] @ models/lib/nn.yaml:79:7
%9556 = div %9535, %9555 : f32[24,16] @ models/lib/nn.yaml:79:7
%9557 = cast %9545 : f32[] @ models/lib/nn.yaml:79:7
%9558 = broadcast %9557 : f32[24,16] @ models/lib/nn.yaml:79:7
%9559 = mul %9556, %9558 : f32[24,16] @ models/lib/nn.yaml:79:7
%9560 = sub %9530, %9559 : f32[24,16] @ models/lib/nn.yaml:79:7
%9561 = assign %69, %9560 : f32[24,16] @ models/lib/nn.yaml:79:7
%9562 = assign %9525, %9535 : f32[24,16] @ models/lib/nn.yaml:79:7
%9563 = assign %9526, %9541 : f32[24,16] @ models/lib/nn.yaml:79:7
%9564 = assign %9527, %9528 : i64[] @ models/lib/nn.yaml:79:7
%9565 = broadcast %6339 : f32[24,16] @ models/lib/nn.yaml:79:7
%9566 = mul %147, %9565 : f32[24,16] @ models/lib/nn.yaml:79:7
%9567 = broadcast %6343 : f32[24,16] @ models/lib/nn.yaml:79:7
%9568 = mul %9560, %9567 : f32[24,16] @ models/lib/nn.yaml:79:7
%9569 = add %9566, %9568 : f32[24,16] @ models/lib/nn.yaml:79:7
%9570 = assign %147, %9569 : f32[24,16] @ models/lib/nn.yaml:79:7
%9571 = all_reduce_sum %5259 : f32[24] @ models/lib/nn.yaml:80:7
%9572 = mul %9571, %9571 : f32[24] @ models/lib/nn.yaml:80:7
%9573 = reduce_sum %9572 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9574 = sqrt %9573 : f32[] @ models/lib/nn.yaml:80:7
%9575 = cast %9574 : f64[] @ models/lib/nn.yaml:80:7
%9576 = add %9575, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9577 = div %6281, %9576 : f64[] @ models/lib/nn.yaml:80:7
%9578 = lt %9577, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9579 = cast %9577 : f32[] @ models/lib/nn.yaml:80:7
%9580 = broadcast %9579 : f32[24] @ models/lib/nn.yaml:80:7
%9581 = mul %9571, %9580 : f32[24] @ models/lib/nn.yaml:80:7
%9582 = broadcast %9578 : bool[24] @ models/lib/nn.yaml:80:7
%9583 = select %9582, %9581, %9571 : f32[24] @ models/lib/nn.yaml:80:7
%9584 = state name="adam_m.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9585 = state name="adam_v.c_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9586 = state name="adam_t.c_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9587 = add %9586, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9588 = broadcast %3608 : f32[24] @ models/lib/nn.yaml:80:7
%9589 = mul %9583, %9588 : f32[24] @ models/lib/nn.yaml:80:7
%9590 = broadcast %2464 : f32[24] @ models/lib/nn.yaml:80:7
%9591 = mul %9584, %9590 : f32[24] @ models/lib/nn.yaml:80:7
%9592 = add %9591, %9589 : f32[24] @ models/lib/nn.yaml:80:7
%9593 = mul %9583, %9583 : f32[24] @ models/lib/nn.yaml:80:7
%9594 = broadcast %6307 : f32[24] @ models/lib/nn.yaml:80:7
%9595 = mul %9593, %9594 : f32[24] @ models/lib/nn.yaml:80:7
%9596 = broadcast %6311 : f32[24] @ models/lib/nn.yaml:80:7
%9597 = mul %9585, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%9598 = add %9597, %9595 : f32[24] @ models/lib/nn.yaml:80:7
%9599 = cast %9587 : f64[] @ models/lib/nn.yaml:80:7
%9600 = pow %6302, %9599 : f64[] @ models/lib/nn.yaml:80:7
%9601 = sub %6283, %9600 : f64[] @ models/lib/nn.yaml:80:7
%9602 = div %3875, %9601 : f64[] @ models/lib/nn.yaml:80:7
%9603 = pow %6310, %9599 : f64[] @ models/lib/nn.yaml:80:7
%9604 = sub %6283, %9603 : f64[] @ models/lib/nn.yaml:80:7
%9605 = sqrt %9604 : f64[] @ models/lib/nn.yaml:80:7
%9606 = div %6283, %9605 : f64[] @ models/lib/nn.yaml:80:7
%9607 = sqrt %9598 : f32[24] @ models/lib/nn.yaml:80:7
%9608 = cast %9606 : f32[] @ models/lib/nn.yaml:80:7
%9609 = broadcast %9608 : f32[24] @ models/lib/nn.yaml:80:7
%9610 = mul %9607, %9609 : f32[24] @ models/lib/nn.yaml:80:7
%9611 = broadcast %6327 : f32[24] @ models/lib/nn.yaml:80:7
%9612 = add %9610, %9611 : f32[24] @ models/lib/nn.yaml:80:7
%9613 = div %9592, %9612 : f32[24] @ models/lib/nn.yaml:80:7
%9614 = cast %9602 : f32[] @ models/lib/nn.yaml:80:7
%9615 = broadcast %9614 : f32[24] @ models/lib/nn.yaml:80:7
%9616 = mul %9613, %9615 : f32[24] @ models/lib/nn.yaml:80:7
%9617 = sub %70, %9616 : f32[24] @ models/lib/nn.yaml:80:7
%9618 = assign %70, %9617 : f32[24] @ models/lib/nn.yaml:80:7
%9619 = assign %9584, %9592 : f32[24] @ models/lib/nn.yaml:80:7
%9620 = assign %9585, %9598 : f32[24] @ models/lib/nn.yaml:80:7
%9621 = assign %9586, %9587 : i64[] @ models/lib/nn.yaml:80:7
%9622 = broadcast %6339 : f32[24] @ models/lib/nn.yaml:80:7
%9623 = mul %148, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%9624 = broadcast %6343 : f32[24] @ models/lib/nn.yaml:80:7
%9625 = mul %9617, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%9626 = add %9623, %9625 : f32[24] @ models/lib/nn.yaml:80:7
%9627 = assign %148, %9626 : f32[24] @ models/lib/nn.yaml:80:7
%9628 = all_reduce_sum %5241 : f32[24,24] @ models/lib/nn.yaml:79:7
%9629 = reshape %9628 : f32[576] @ models/lib/nn.yaml:79:7
%9630 = mul %9629, %9629 : f32[576] @ models/lib/nn.yaml:79:7
%9631 = reduce_sum %9630 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9632 = sqrt %9631 : f32[] @ models/lib/nn.yaml:79:7
%9633 = cast %9632 : f64[] @ models/lib/nn.yaml:79:7
%9634 = add %9633, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9635 = div %6281, %9634 : f64[] @ models/lib/nn.yaml:79:7
%9636 = lt %9635, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9637 = cast %9635 : f32[] @ models/lib/nn.yaml:79:7
%9638 = broadcast %9637 : f32[24,24] @ models/lib/nn.yaml:79:7
%9639 = mul %9628, %9638 : f32[24,24] @ models/lib/nn.yaml:79:7
%9640 = broadcast %9636 : bool[24,24] @ models/lib/nn.yaml:79:7
%9641 = select %9640, %9639, %9628 : f32[24,24] @ models/lib/nn.yaml:79:7
%9642 = state name="adam_m.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9643 = state name="adam_v.c_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%9644 = state name="adam_t.c_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9645 = add %9644, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9646 = broadcast %6297 : f32[24,24] @ models/lib/nn.yaml:79:7
%9647 = mul %71, %9646 : f32[24,24] @ models/lib/nn.yaml:79:7
%9648 = broadcast %3608 : f32[24,24] @ models/lib/nn.yaml:79:7
%9649 = mul %9641, %9648 : f32[24,24] @ models/lib/nn.yaml:79:7
%9650 = broadcast %2464 : f32[24,24] @ models/lib/nn.yaml:79:7
%9651 = mul %9642, %9650 : f32[24,24] @ models/lib/nn.yaml:79:7
%9652 = add %9651, %9649 : f32[24,24] @ models/lib/nn.yaml:79:7
%9653 = mul %9641, %9641 : f32[24,24] @ models/lib/nn.yaml:79:7
%9654 = broadcast %6307 : f32[24,24] @ models/lib/nn.yaml:79:7
%9655 = mul %9653, %9654 : f32[24,24] @ models/lib/nn.yaml:79:7
%9656 = broadcast %6311 : f32[24,24] @ models/lib/nn.yaml:79:7
%9657 = mul %9643, %9656 : f32[24,24] @ models/lib/nn.yaml:79:7
%9658 = add %9657, %9655 : f32[24,24] @ models/lib/nn.yaml:79:7
%9659 = cast %9645 : f64[] @ models/lib/nn.yaml:79:7
%9660 = pow %6302, %9659 : f64[] @ models/lib/nn.yaml:79:7
%9661 = sub %6283, %9660 : f64[] @ models/lib/nn.yaml:79:7
%9662 = div %3875, %9661 : f64[] @ models/lib/nn.yaml:79:7
%9663 = pow %6310, %9659 : f64[] @ models/lib/nn.yaml:79:7
%9664 = sub %6283, %9663 : f64[] @ models/lib/nn.yaml:79:7
%9665 = sqrt %9664 : f64[] @ models/lib/nn.yaml:79:7
%9666 = div %6283, %9665 : f64[] @ models/lib/nn.yaml:79:7
%9667 = sqrt %9658 : f32[24,24] @ models/lib/nn.yaml:79:7
%9668 = cast %9666 : f32[] @ models/lib/nn.yaml:79:7
%9669 = broadcast %9668 : f32[24,24] @ models/lib/nn.yaml:79:7
%9670 = mul %9667, %9669 : f32[24,24] @ models/lib/nn.yaml:79:7
%9671 = broadcast %6327 : f32[24,24] @ models/lib/nn.yaml:79:7
%9672 = add %9670, %9671 : f32[24,24] @ models/lib/nn.yaml:79:7
%9673 = div %9652, %9672 : f32[24,24] @ models/lib/nn.yaml:79:7
%9674 = cast %9662 : f32[] @ models/lib/nn.yaml:79:7
%9675 = broadcast %9674 : f32[24,24] @ models/lib/nn.yaml:79:7
%9676 = mul %9673, %9675 : f32[24,24] @ models/lib/nn.yaml:79:7
%9677 = sub %9647, %9676 : f32[24,24] @ models/lib/nn.yaml:79:7
%9678 = assign %71, %9677 : f32[24,24] @ models/lib/nn.yaml:79:7
%9679 = assign %9642, %9652 : f32[24,24] @ models/lib/nn.yaml:79:7
%9680 = assign %9643, %9658 : f32[24,24] @ models/lib/nn.yaml:79:7
%9681 = assign %9644, %9645 : i64[] @ models/lib/nn.yaml:79:7
%9682 = broadcast %6339 : f32[24,24] @ models/lib/nn.yaml:79:7
%9683 = mul %149, %9682 : f32[24,24] @ models/lib/nn.yaml:79:7
%9684 = broadcast %6343 : f32[24,24] @ models/lib/nn.yaml:79:7
%9685 = mul %9677, %9684 : f32[24,24] @ models/lib/nn.yaml:79:7
%9686 = add %9683, %9685 : f32[24,24] @ models/lib/nn.yaml:79:7
%9687 = assign %149, %9686 : f32[24,24] @ models/lib/nn.yaml:79:7
%9688 = all_reduce_sum %5233 : f32[24] @ models/lib/nn.yaml:80:7
%9689 = mul %9688, %9688 : f32[24] @ models/lib/nn.yaml:80:7
%9690 = reduce_sum %9689 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9691 = sqrt %9690 : f32[] @ models/lib/nn.yaml:80:7
%9692 = cast %9691 : f64[] @ models/lib/nn.yaml:80:7
%9693 = add %9692, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9694 = div %6281, %9693 : f64[] @ models/lib/nn.yaml:80:7
%9695 = lt %9694, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9696 = cast %9694 : f32[] @ models/lib/nn.yaml:80:7
%9697 = broadcast %9696 : f32[24] @ models/lib/nn.yaml:80:7
%9698 = mul %9688, %9697 : f32[24] @ models/lib/nn.yaml:80:7
%9699 = broadcast %9695 : bool[24] @ models/lib/nn.yaml:80:7
%9700 = select %9699, %9698, %9688 : f32[24] @ models/lib/nn.yaml:80:7
%9701 = state name="adam_m.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9702 = state name="adam_v.c_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9703 = state name="adam_t.c_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9704 = add %9703, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9705 = mul %9700, %9588 : f32[24] @ models/lib/nn.yaml:80:7
%9706 = mul %9701, %9590 : f32[24] @ models/lib/nn.yaml:80:7
%9707 = add %9706, %9705 : f32[24] @ models/lib/nn.yaml:80:7
%9708 = mul %9700, %9700 : f32[24] @ models/lib/nn.yaml:80:7
%9709 = mul %9708, %9594 : f32[24] @ models/lib/nn.yaml:80:7
%9710 = mul %9702, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%9711 = add %9710, %9709 : f32[24] @ models/lib/nn.yaml:80:7
%9712 = cast %9704 : f64[] @ models/lib/nn.yaml:80:7
%9713 = pow %6302, %9712 : f64[] @ models/lib/nn.yaml:80:7
%9714 = sub %6283, %9713 : f64[] @ models/lib/nn.yaml:80:7
%9715 = div %3875, %9714 : f64[] @ models/lib/nn.yaml:80:7
%9716 = pow %6310, %9712 : f64[] @ models/lib/nn.yaml:80:7
%9717 = sub %6283, %9716 : f64[] @ models/lib/nn.yaml:80:7
%9718 = sqrt %9717 : f64[] @ models/lib/nn.yaml:80:7
%9719 = div %6283, %9718 : f64[] @ models/lib/nn.yaml:80:7
%9720 = sqrt %9711 : f32[24] @ models/lib/nn.yaml:80:7
%9721 = cast %9719 : f32[] @ models/lib/nn.yaml:80:7
%9722 = broadcast %9721 : f32[24] @ models/lib/nn.yaml:80:7
%9723 = mul %9720, %9722 : f32[24] @ models/lib/nn.yaml:80:7
%9724 = add %9723, %9611 : f32[24] @ models/lib/nn.yaml:80:7
%9725 = div %9707, %9724 : f32[24] @ models/lib/nn.yaml:80:7
%9726 = cast %9715 : f32[] @ models/lib/nn.yaml:80:7
%9727 = broadcast %9726 : f32[24] @ models/lib/nn.yaml:80:7
%9728 = mul %9725, %9727 : f32[24] @ models/lib/nn.yaml:80:7
%9729 = sub %72, %9728 : f32[24] @ models/lib/nn.yaml:80:7
%9730 = assign %72, %9729 : f32[24] @ models/lib/nn.yaml:80:7
%9731 = assign %9701, %9707 : f32[24] @ models/lib/nn.yaml:80:7
%9732 = assign %9702, %9711 : f32[24] @ models/lib/nn.yaml:80:7
%9733 = assign %9703, %9704 : i64[] @ models/lib/nn.yaml:80:7
%9734 = mul %150, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%9735 = mul %9729, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%9736 = add %9734, %9735 : f32[24] @ models/lib/nn.yaml:80:7
%9737 = assign %150, %9736 : f32[24] @ models/lib/nn.yaml:80:7
%9738 = all_reduce_sum %5215 : f32[8,24] @ models/lib/nn.yaml:79:7
%9739 = reshape %9738 : f32[192] @ models/lib/nn.yaml:79:7
%9740 = mul %9739, %9739 : f32[192] @ models/lib/nn.yaml:79:7
%9741 = reduce_sum %9740 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9742 = sqrt %9741 : f32[] @ models/lib/nn.yaml:79:7
%9743 = cast %9742 : f64[] @ models/lib/nn.yaml:79:7
%9744 = add %9743, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9745 = div %6281, %9744 : f64[] @ models/lib/nn.yaml:79:7
%9746 = lt %9745, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9747 = cast %9745 : f32[] @ models/lib/nn.yaml:79:7
%9748 = broadcast %9747 : f32[8,24] @ models/lib/nn.yaml:79:7
%9749 = mul %9738, %9748 : f32[8,24] @ models/lib/nn.yaml:79:7
%9750 = broadcast %9746 : bool[8,24] @ models/lib/nn.yaml:79:7
%9751 = select %9750, %9749, %9738 : f32[8,24] @ models/lib/nn.yaml:79:7
%9752 = state name="adam_m.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9753 = state name="adam_v.c_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%9754 = state name="adam_t.c_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9755 = add %9754, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9756 = broadcast %6297 : f32[8,24] @ models/lib/nn.yaml:79:7
%9757 = mul %73, %9756 : f32[8,24] @ models/lib/nn.yaml:79:7
%9758 = broadcast %3608 : f32[8,24] @ models/lib/nn.yaml:79:7
%9759 = mul %9751, %9758 : f32[8,24] @ models/lib/nn.yaml:79:7
%9760 = broadcast %2464 : f32[8,24] @ models/lib/nn.yaml:79:7
%9761 = mul %9752, %9760 : f32[8,24] @ models/lib/nn.yaml:79:7
%9762 = add %9761, %9759 : f32[8,24] @ models/lib/nn.yaml:79:7
%9763 = mul %9751, %9751 : f32[8,24] @ models/lib/nn.yaml:79:7
%9764 = broadcast %6307 : f32[8,24] @ models/lib/nn.yaml:79:7
%9765 = mul %9763, %9764 : f32[8,24] @ models/lib/nn.yaml:79:7
%9766 = broadcast %6311 : f32[8,24] @ models/lib/nn.yaml:79:7
%9767 = mul %9753, %9766 : f32[8,24] @ models/lib/nn.yaml:79:7
%9768 = add %9767, %9765 : f32[8,24] @ models/lib/nn.yaml:79:7
%9769 = cast %9755 : f64[] @ models/lib/nn.yaml:79:7
%9770 = pow %6302, %9769 : f64[] @ models/lib/nn.yaml:79:7
%9771 = sub %6283, %9770 : f64[] @ models/lib/nn.yaml:79:7
%9772 = div %3875, %9771 : f64[] @ models/lib/nn.yaml:79:7
%9773 = pow %6310, %9769 : f64[] @ models/lib/nn.yaml:79:7
%9774 = sub %6283, %9773 : f64[] @ models/lib/nn.yaml:79:7
%9775 = sqrt %9774 : f64[] @ models/lib/nn.yaml:79:7
%9776 = div %6283, %9775 : f64[] @ models/lib/nn.yaml:79:7
%9777 = sqrt %9768 : f32[8,24] @ models/lib/nn.yaml:79:7
%9778 = cast %9776 : f32[] @ models/lib/nn.yaml:79:7
%9779 = broadcast %9778 : f32[8,24] @ models/lib/nn.yaml:79:7
%9780 = mul %9777, %9779 : f32[8,24] @ models/lib/nn.yaml:79:7
%9781 = broadcast %6327 : f32[8,24] @ models/lib/nn.yaml:79:7
%9782 = add %9780, %9781 : f32[8,24] @ models/lib/nn.yaml:79:7
%9783 = div %9762, %9782 : f32[8,24] @ models/lib/nn.yaml:79:7
%9784 = cast %9772 : f32[] @ models/lib/nn.yaml:79:7
%9785 = broadcast %9784 : f32[8,24] @ models/lib/nn.yaml:79:7
%9786 = mul %9783, %9785 : f32[8,24] @ models/lib/nn.yaml:79:7
%9787 = sub %9757, %9786 : f32[8,24] @ models/lib/nn.yaml:79:7
%9788 = assign %73, %9787 : f32[8,24] @ models/lib/nn.yaml:79:7
%9789 = assign %9752, %9762 : f32[8,24] @ models/lib/nn.yaml:79:7
%9790 = assign %9753, %9768 : f32[8,24] @ models/lib/nn.yaml:79:7
%9791 = assign %9754, %9755 : i64[] @ models/lib/nn.yaml:79:7
%9792 = broadcast %6339 : f32[8,24] @ models/lib/nn.yaml:79:7
%9793 = mul %151, %9792 : f32[8,24] @ models/lib/nn.yaml:79:7
%9794 = broadcast %6343 : f32[8,24] @ models/lib/nn.yaml:79:7
%9795 = mul %9787, %9794 : f32[8,24] @ models/lib/nn.yaml:79:7
%9796 = add %9793, %9795 : f32[8,24] @ models/lib/nn.yaml:79:7
%9797 = assign %151, %9796 : f32[8,24] @ models/lib/nn.yaml:79:7
%9798 = all_reduce_sum %5207 : f32[8] @ models/lib/nn.yaml:80:7
%9799 = mul %9798, %9798 : f32[8] @ models/lib/nn.yaml:80:7
%9800 = reduce_sum %9799 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9801 = sqrt %9800 : f32[] @ models/lib/nn.yaml:80:7
%9802 = cast %9801 : f64[] @ models/lib/nn.yaml:80:7
%9803 = add %9802, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9804 = div %6281, %9803 : f64[] @ models/lib/nn.yaml:80:7
%9805 = lt %9804, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9806 = cast %9804 : f32[] @ models/lib/nn.yaml:80:7
%9807 = broadcast %9806 : f32[8] @ models/lib/nn.yaml:80:7
%9808 = mul %9798, %9807 : f32[8] @ models/lib/nn.yaml:80:7
%9809 = broadcast %9805 : bool[8] @ models/lib/nn.yaml:80:7
%9810 = select %9809, %9808, %9798 : f32[8] @ models/lib/nn.yaml:80:7
%9811 = state name="adam_m.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9812 = state name="adam_v.c_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%9813 = state name="adam_t.c_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9814 = add %9813, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9815 = broadcast %3608 : f32[8] @ models/lib/nn.yaml:80:7
%9816 = mul %9810, %9815 : f32[8] @ models/lib/nn.yaml:80:7
%9817 = broadcast %2464 : f32[8] @ models/lib/nn.yaml:80:7
%9818 = mul %9811, %9817 : f32[8] @ models/lib/nn.yaml:80:7
%9819 = add %9818, %9816 : f32[8] @ models/lib/nn.yaml:80:7
%9820 = mul %9810, %9810 : f32[8] @ models/lib/nn.yaml:80:7
%9821 = broadcast %6307 : f32[8] @ models/lib/nn.yaml:80:7
%9822 = mul %9820, %9821 : f32[8] @ models/lib/nn.yaml:80:7
%9823 = broadcast %6311 : f32[8] @ models/lib/nn.yaml:80:7
%9824 = mul %9812, %9823 : f32[8] @ models/lib/nn.yaml:80:7
%9825 = add %9824, %9822 : f32[8] @ models/lib/nn.yaml:80:7
%9826 = cast %9814 : f64[] @ models/lib/nn.yaml:80:7
%9827 = pow %6302, %9826 : f64[] @ models/lib/nn.yaml:80:7
%9828 = sub %6283, %9827 : f64[] @ models/lib/nn.yaml:80:7
%9829 = div %3875, %9828 : f64[] @ models/lib/nn.yaml:80:7
%9830 = pow %6310, %9826 : f64[] @ models/lib/nn.yaml:80:7
%9831 = sub %6283, %9830 : f64[] @ models/lib/nn.yaml:80:7
%9832 = sqrt %9831 : f64[] @ models/lib/nn.yaml:80:7
%9833 = div %6283, %9832 : f64[] @ models/lib/nn.yaml:80:7
%9834 = sqrt %9825 : f32[8] @ models/lib/nn.yaml:80:7
%9835 = cast %9833 : f32[] @ models/lib/nn.yaml:80:7
%9836 = broadcast %9835 : f32[8] @ models/lib/nn.yaml:80:7
%9837 = mul %9834, %9836 : f32[8] @ models/lib/nn.yaml:80:7
%9838 = broadcast %6327 : f32[8] @ models/lib/nn.yaml:80:7
%9839 = add %9837, %9838 : f32[8] @ models/lib/nn.yaml:80:7
%9840 = div %9819, %9839 : f32[8] @ models/lib/nn.yaml:80:7
%9841 = cast %9829 : f32[] @ models/lib/nn.yaml:80:7
%9842 = broadcast %9841 : f32[8] @ models/lib/nn.yaml:80:7
%9843 = mul %9840, %9842 : f32[8] @ models/lib/nn.yaml:80:7
%9844 = sub %74, %9843 : f32[8] @ models/lib/nn.yaml:80:7
%9845 = assign %74, %9844 : f32[8] @ models/lib/nn.yaml:80:7
%9846 = assign %9811, %9819 : f32[8] @ models/lib/nn.yaml:80:7
%9847 = assign %9812, %9825 : f32[8] @ models/lib/nn.yaml:80:7
%9848 = assign %9813, %9814 : i64[] @ models/lib/nn.yaml:80:7
%9849 = broadcast %6339 : f32[8] @ models/lib/nn.yaml:80:7
%9850 = mul %152, %9849 : f32[8] @ models/lib/nn.yaml:80:7
%9851 = broadcast %6343 : f32[8] @ models/lib/nn.yaml:80:7
%9852 = mul %9844, %9851 : f32[8] @ models/lib/nn.yaml:80:7
%9853 = add %9850, %9852 : f32[8] @ models/lib/nn.yaml:80:7
%9854 = assign %152, %9853 : f32[8] @ models/lib/nn.yaml:80:7
%9855 = broadcast %6339 : f32[32,1] @ models/lib/dino.yaml:18:7
%9856 = mul %153, %9855 : f32[32,1] @ models/lib/dino.yaml:18:7
%9857 = broadcast %6343 : f32[32,1] @ models/lib/dino.yaml:18:7
%9858 = mul %75, %9857 : f32[32,1] @ models/lib/dino.yaml:18:7
%9859 = add %9856, %9858 : f32[32,1] @ models/lib/dino.yaml:18:7
%9860 = assign %153, %9859 : f32[32,1] @ models/lib/dino.yaml:18:7
%9861 = all_reduce_sum %5185 : f32[32,8] @ models/lib/dino.yaml:19:7
%9862 = reshape %9861 : f32[256] @ models/lib/dino.yaml:19:7
%9863 = mul %9862, %9862 : f32[256] @ models/lib/dino.yaml:19:7
%9864 = reduce_sum %9863 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%9865 = sqrt %9864 : f32[] @ models/lib/dino.yaml:19:7
%9866 = cast %9865 : f64[] @ models/lib/dino.yaml:19:7
%9867 = add %9866, %6279 : f64[] @ models/lib/dino.yaml:19:7
%9868 = div %6281, %9867 : f64[] @ models/lib/dino.yaml:19:7
%9869 = lt %9868, %6283 : bool[] @ models/lib/dino.yaml:19:7
%9870 = cast %9868 : f32[] @ models/lib/dino.yaml:19:7
%9871 = broadcast %9870 : f32[32,8] @ models/lib/dino.yaml:19:7
%9872 = mul %9861, %9871 : f32[32,8] @ models/lib/dino.yaml:19:7
%9873 = broadcast %9869 : bool[32,8] @ models/lib/dino.yaml:19:7
%9874 = select %9873, %9872, %9861 : f32[32,8] @ models/lib/dino.yaml:19:7
%9875 = state name="adam_m.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9876 = state name="adam_v.c_head.last_layer.weight_v" init="zeros" : f32[32,8] @ models/lib/dino.yaml:19:7
%9877 = state name="adam_t.c_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%9878 = add %9877, %6293 : i64[] @ models/lib/dino.yaml:19:7
%9879 = broadcast %6297 : f32[32,8] @ models/lib/dino.yaml:19:7
%9880 = mul %76, %9879 : f32[32,8] @ models/lib/dino.yaml:19:7
%9881 = broadcast %3608 : f32[32,8] @ models/lib/dino.yaml:19:7
%9882 = mul %9874, %9881 : f32[32,8] @ models/lib/dino.yaml:19:7
%9883 = broadcast %2464 : f32[32,8] @ models/lib/dino.yaml:19:7
%9884 = mul %9875, %9883 : f32[32,8] @ models/lib/dino.yaml:19:7
%9885 = add %9884, %9882 : f32[32,8] @ models/lib/dino.yaml:19:7
%9886 = mul %9874, %9874 : f32[32,8] @ models/lib/dino.yaml:19:7
%9887 = broadcast %6307 : f32[32,8] @ models/lib/dino.yaml:19:7
%9888 = mul %9886, %9887 : f32[32,8] @ models/lib/dino.yaml:19:7
%9889 = broadcast %6311 : f32[32,8] @ models/lib/dino.yaml:19:7
%9890 = mul %9876, %9889 : f32[32,8] @ models/lib/dino.yaml:19:7
%9891 = add %9890, %9888 : f32[32,8] @ models/lib/dino.yaml:19:7
%9892 = cast %9878 : f64[] @ models/lib/dino.yaml:19:7
%9893 = pow %6302, %9892 : f64[] @ models/lib/dino.yaml:19:7
%9894 = sub %6283, %9893 : f64[] @ models/lib/dino.yaml:19:7
%9895 = div %3875, %9894 : f64[] @ models/lib/dino.yaml:19:7
%9896 = pow %6310, %9892 : f64[] @ models/lib/dino.yaml:19:7
%9897 = sub %6283, %9896 : f64[] @ models/lib/dino.yaml:19:7
%9898 = sqrt %9897 : f64[] @ models/lib/dino.yaml:19:7
%9899 = div %6283, %9898 : f64[] @ models/lib/dino.yaml:19:7
%9900 = sqrt %9891 : f32[32,8] @ models/lib/dino.yaml:19:7
%9901 = cast %9899 : f32[] @ models/lib/dino.yaml:19:7
%9902 = broadcast %9901 : f32[32,8] @ models/lib/dino.yaml:19:7
%9903 = mul %9900, %9902 : f32[32,8] @ models/lib/dino.yaml:19:7
%9904 = broadcast %6327 : f32[32,8] @ models/lib/dino.yaml:19:7
%9905 = add %9903, %9904 : f32[32,8] @ models/lib/dino.yaml:19:7
%9906 = div %9885, %9905 : f32[32,8] @ models/lib/dino.yaml:19:7
%9907 = cast %9895 : f32[] @ models/lib/dino.yaml:19:7
%9908 = broadcast %9907 : f32[32,8] @ models/lib/dino.yaml:19:7
%9909 = mul %9906, %9908 : f32[32,8] @ models/lib/dino.yaml:19:7
%9910 = sub %9880, %9909 : f32[32,8] @ models/lib/dino.yaml:19:7
%9911 = input name="epoch" : i64[] @ models/lib/dino.yaml:19:7
%9912 = lt %9911, %6293 : bool[] @ models/lib/dino.yaml:19:7
%9913 = broadcast %9912 : bool[32,8] @ models/lib/dino.yaml:19:7
%9914 = select %9913, %76, %9910 : f32[32,8] @ models/lib/dino.yaml:19:7
%9915 = select %9913, %9875, %9885 : f32[32,8] @ models/lib/dino.yaml:19:7
%9916 = select %9913, %9876, %9891 : f32[32,8] @ models/lib/dino.yaml:19:7
%9917 = select %9912, %9877, %9878 : i64[] @ models/lib/dino.yaml:19:7
%9918 = assign %76, %9914 : f32[32,8] @ models/lib/dino.yaml:19:7
%9919 = assign %9875, %9915 : f32[32,8] @ models/lib/dino.yaml:19:7
%9920 = assign %9876, %9916 : f32[32,8] @ models/lib/dino.yaml:19:7
%9921 = assign %9877, %9917 : i64[] @ models/lib/dino.yaml:19:7
%9922 = broadcast %6339 : f32[32,8] @ models/lib/dino.yaml:19:7
%9923 = mul %154, %9922 : f32[32,8] @ models/lib/dino.yaml:19:7
%9924 = broadcast %6343 : f32[32,8] @ models/lib/dino.yaml:19:7
%9925 = mul %9914, %9924 : f32[32,8] @ models/lib/dino.yaml:19:7
%9926 = add %9923, %9925 : f32[32,8] @ models/lib/dino.yaml:19:7
%9927 = assign %154, %9926 : f32[32,8] @ models/lib/dino.yaml:19:7
%9928 = all_reduce_sum %5166 : f32[24,16] @ models/lib/nn.yaml:79:7
%9929 = reshape %9928 : f32[384] @ models/lib/nn.yaml:79:7
%9930 = mul %9929, %9929 : f32[384] @ models/lib/nn.yaml:79:7
%9931 = reduce_sum %9930 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%9932 = sqrt %9931 : f32[] @ models/lib/nn.yaml:79:7
%9933 = cast %9932 : f64[] @ models/lib/nn.yaml:79:7
%9934 = add %9933, %6279 : f64[] @ models/lib/nn.yaml:79:7
%9935 = div %6281, %9934 : f64[] @ models/lib/nn.yaml:79:7
%9936 = lt %9935, %6283 : bool[] @ models/lib/nn.yaml:79:7
%9937 = cast %9935 : f32[] @ models/lib/nn.yaml:79:7
%9938 = broadcast %9937 : f32[24,16] @ models/lib/nn.yaml:79:7
%9939 = mul %9928, %9938 : f32[24,16] @ models/lib/nn.yaml:79:7
%9940 = broadcast %9936 : bool[24,16] @ models/lib/nn.yaml:79:7
%9941 = select %9940, %9939, %9928 : f32[24,16] @ models/lib/nn.yaml:79:7
%9942 = state name="adam_m.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9943 = state name="adam_v.p_head.mlp.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%9944 = state name="adam_t.p_head.mlp.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9945 = add %9944, %6293 : i64[] @ models/lib/nn.yaml:79:7
%9946 = mul %77, %9529 : f32[24,16] @ models/lib/nn.yaml:79:7
%9947 = mul %9941, %9531 : f32[24,16] @ models/lib/nn.yaml:79:7
%9948 = mul %9942, %9533 : f32[24,16] @ models/lib/nn.yaml:79:7
%9949 = add %9948, %9947 : f32[24,16] @ models/lib/nn.yaml:79:7
%9950 = mul %9941, %9941 : f32[24,16] @ models/lib/nn.yaml:79:7
%9951 = mul %9950, %9537 : f32[24,16] @ models/lib/nn.yaml:79:7
%9952 = mul %9943, %9539 : f32[24,16] @ models/lib/nn.yaml:79:7
%9953 = add %9952, %9951 : f32[24,16] @ models/lib/nn.yaml:79:7
%9954 = cast %9945 : f64[] @ models/lib/nn.yaml:79:7
%9955 = pow %6302, %9954 : f64[] @ models/lib/nn.yaml:79:7
%9956 = sub %6283, %9955 : f64[] @ models/lib/nn.yaml:79:7
%9957 = div %3875, %9956 : f64[] @ models/lib/nn.yaml:79:7
%9958 = pow %6310, %9954 : f64[] @ models/lib/nn.yaml:79:7
%9959 = sub %6283, %9958 : f64[] @ models/lib/nn.yaml:79:7
%9960 = sqrt %9959 : f64[] @ models/lib/nn.yaml:79:7
%9961 = div %6283, %9960 : f64[] @ models/lib/nn.yaml:79:7
%9962 = sqrt %9953 : f32[24,16] @ models/lib/nn.yaml:79:7
%9963 = cast %9961 : f32[] @ models/lib/nn.yaml:79:7
%9964 = broadcast %9963 : f32[24,16] @ models/lib/nn.yaml:79:7
%9965 = mul %9962, %9964 : f32[24,16] @ models/lib/nn.yaml:79:7
%9966 = add %9965, %9554 : f32[24,16] @ models/lib/nn.yaml:79:7
%9967 = div %9949, %9966 : f32[24,16] @ models/lib/nn.yaml:79:7
%9968 = cast %9957 : f32[] @ models/lib/nn.yaml:79:7
%9969 = broadcast %9968 : f32[24,16] @ models/lib/nn.yaml:79:7
%9970 = mul %9967, %9969 : f32[24,16] @ models/lib/nn.yaml:79:7
%9971 = sub %9946, %9970 : f32[24,16] @ models/lib/nn.yaml:79:7
%9972 = assign %77, %9971 : f32[24,16] @ models/lib/nn.yaml:79:7
%9973 = assign %9942, %9949 : f32[24,16] @ models/lib/nn.yaml:79:7
%9974 = assign %9943, %9953 : f32[24,16] @ models/lib/nn.yaml:79:7
%9975 = assign %9944, %9945 : i64[] @ models/lib/nn.yaml:79:7
%9976 = mul %155, %9565 : f32[24,16] @ models/lib/nn.yaml:79:7
%9977 = mul %9971, %9567 : f32[24,16] @ models/lib/nn.yaml:79:7
%9978 = add %9976, %9977 : f32[24,16] @ models/lib/nn.yaml:79:7
%9979 = assign %155, %9978 : f32[24,16] @ models/lib/nn.yaml:79:7
%9980 = all_reduce_sum %5158 : f32[24] @ models/lib/nn.yaml:80:7
%9981 = mul %9980, %9980 : f32[24] @ models/lib/nn.yaml:80:7
%9982 = reduce_sum %9981 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%9983 = sqrt %9982 : f32[] @ models/lib/nn.yaml:80:7
%9984 = cast %9983 : f64[] @ models/lib/nn.yaml:80:7
%9985 = add %9984, %6279 : f64[] @ models/lib/nn.yaml:80:7
%9986 = div %6281, %9985 : f64[] @ models/lib/nn.yaml:80:7
%9987 = lt %9986, %6283 : bool[] @ models/lib/nn.yaml:80:7
%9988 = cast %9986 : f32[] @ models/lib/nn.yaml:80:7
%9989 = broadcast %9988 : f32[24] @ models/lib/nn.yaml:80:7
%9990 = mul %9980, %9989 : f32[24] @ models/lib/nn.yaml:80:7
%9991 = broadcast %9987 : bool[24] @ models/lib/nn.yaml:80:7
%9992 = select %9991, %9990, %9980 : f32[24] @ models/lib/nn.yaml:80:7
%9993 = state name="adam_m.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9994 = state name="adam_v.p_head.mlp.0.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%9995 = state name="adam_t.p_head.mlp.0.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%9996 = add %9995, %6293 : i64[] @ models/lib/nn.yaml:80:7
%9997 = mul %9992, %9588 : f32[24] @ models/lib/nn.yaml:80:7
%9998 = mul %9993, %9590 : f32[24] @ models/lib/nn.yaml:80:7
%9999 = add %9998, %9997 : f32[24] @ models/lib/nn.yaml:80:7
%10000 = mul %9992, %9992 : f32[24] @ models/lib/nn.yaml:80:7
%10001 = mul %10000, %9594 : f32[24] @ models/lib/nn.yaml:80:7
%10002 = mul %9994, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%10003 = add %10002, %10001 : f32[24] @ models/lib/nn.yaml:80:7
%10004 = cast %9996 : f64[] @ models/lib/nn.yaml:80:7
%10005 = pow %6302, %10004 : f64[] @ models/lib/nn.yaml:80:7
%10006 = sub %6283, %10005 : f64[] @ models/lib/nn.yaml:80:7
%10007 = div %3875, %10006 : f64[] @ models/lib/nn.yaml:80:7
%10008 = pow %6310, %10004 : f64[] @ models/lib/nn.yaml:80:7
%10009 = sub %6283, %10008 : f64[] @ models/lib/nn.yaml:80:7
%10010 = sqrt %10009 : f64[] @ models/lib/nn.yaml:80:7
%10011 = div %6283, %10010 : f64[] @ models/lib/nn.yaml:80:7
%10012 = sqrt %10003 : f32[24] @ models/lib/nn.yaml:80:7
%10013 = cast %10011 : f32[] @ models/lib/nn.yaml:80:7
%10014 = broadcast %10013 : f32[24] @ models/lib/nn.yaml:80:7
%10015 = mul %10012, %10014 : f32[24] @ models/lib/nn.yaml:80:7
%10016 = add %10015, %9611 : f32[24] @ models/lib/nn.yaml:80:7
%10017 = div %9999, %10016 : f32[24] @ models/lib/nn.yaml:80:7
%10018 = cast %10007 : f32[] @ models/lib/nn.yaml:80:7
%10019 = broadcast %10018 : f32[24] @ models/lib/nn.yaml:80:7
%10020 = mul %10017, %10019 : f32[24] @ models/lib/nn.yaml:80:7
%10021 = sub %78, %10020 : f32[24] @ models/lib/nn.yaml:80:7
%10022 = assign %78, %10021 : f32[24] @ models/lib/nn.yaml:80:7
%10023 = assign %9993, %9999 : f32[24] @ models/lib/nn.yaml:80:7
%10024 = assign %9994, %10003 : f32[24] @ models/lib/nn.yaml:80:7
%10025 = assign %9995, %9996 : i64[] @ models/lib/nn.yaml:80:7
%10026 = mul %156, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%10027 = mul %10021, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%10028 = add %10026, %10027 : f32[24] @ models/lib/nn.yaml:80:7
%10029 = assign %156, %10028 : f32[24] @ models/lib/nn.yaml:80:7
%10030 = all_reduce_sum %5138 : f32[24,24] @ models/lib/nn.yaml:79:7
%10031 = reshape %10030 : f32[576] @ models/lib/nn.yaml:79:7
%10032 = mul %10031, %10031 : f32[576] @ models/lib/nn.yaml:79:7
%10033 = reduce_sum %10032 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10034 = sqrt %10033 : f32[] @ models/lib/nn.yaml:79:7
%10035 = cast %10034 : f64[] @ models/lib/nn.yaml:79:7
%10036 = add %10035, %6279 : f64[] @ models/lib/nn.yaml:79:7
%10037 = div %6281, %10036 : f64[] @ models/lib/nn.yaml:79:7
%10038 = lt %10037, %6283 : bool[] @ models/lib/nn.yaml:79:7
%10039 = cast %10037 : f32[] @ models/lib/nn.yaml:79:7
%10040 = broadcast %10039 : f32[24,24] @ models/lib/nn.yaml:79:7
%10041 = mul %10030, %10040 : f32[24,24] @ models/lib/nn.yaml:79:7
%10042 = broadcast %10038 : bool[24,24] @ models/lib/nn.yaml:79:7
%10043 = select %10042, %10041, %10030 : f32[24,24] @ models/lib/nn.yaml:79:7
%10044 = state name="adam_m.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10045 = state name="adam_v.p_head.mlp.2.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%10046 = state name="adam_t.p_head.mlp.2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10047 = add %10046, %6293 : i64[] @ models/lib/nn.yaml:79:7
%10048 = mul %79, %9646 : f32[24,24] @ models/lib/nn.yaml:79:7
%10049 = mul %10043, %9648 : f32[24,24] @ models/lib/nn.yaml:79:7
%10050 = mul %10044, %9650 : f32[24,24] @ models/lib/nn.yaml:79:7
%10051 = add %10050, %10049 : f32[24,24] @ models/lib/nn.yaml:79:7
%10052 = mul %10043, %10043 : f32[24,24] @ models/lib/nn.yaml:79:7
%10053 = mul %10052, %9654 : f32[24,24] @ models/lib/nn.yaml:79:7
%10054 = mul %10045, %9656 : f32[24,24] @ models/lib/nn.yaml:79:7
%10055 = add %10054, %10053 : f32[24,24] @ models/lib/nn.yaml:79:7
%10056 = cast %10047 : f64[] @ models/lib/nn.yaml:79:7
%10057 = pow %6302, %10056 : f64[] @ models/lib/nn.yaml:79:7
%10058 = sub %6283, %10057 : f64[] @ models/lib/nn.yaml:79:7
%10059 = div %3875, %10058 : f64[] @ models/lib/nn.yaml:79:7
%10060 = pow %6310, %10056 : f64[] @ models/lib/nn.yaml:79:7
%10061 = sub %6283, %10060 : f64[] @ models/lib/nn.yaml:79:7
%10062 = sqrt %10061 : f64[] @ models/lib/nn.yaml:79:7
%10063 = div %6283, %10062 : f64[] @ models/lib/nn.yaml:79:7
%10064 = sqrt %10055 : f32[24,24] @ models/lib/nn.yaml:79:7
%10065 = cast %10063 : f32[] @ models/lib/nn.yaml:79:7
%10066 = broadcast %10065 : f32[24,24] @ models/lib/nn.yaml:79:7
%10067 = mul %10064, %10066 : f32[24,24] @ models/lib/nn.yaml:79:7
%10068 = add %10067, %9671 : f32[24,24] @ models/lib/nn.yaml:79:7
%10069 = div %10051, %10068 : f32[24,24] @ models/lib/nn.yaml:79:7
%10070 = cast %10059 : f32[] @ models/lib/nn.yaml:79:7
%10071 = broadcast %10070 : f32[24,24] @ models/lib/nn.yaml:79:7
%10072 = mul %10069, %10071 : f32[24,24] @ models/lib/nn.yaml:79:7
%10073 = sub %10048, %10072 : f32[24,24] @ models/lib/nn.yaml:79:7
%10074 = assign %79, %10073 : f32[24,24] @ models/lib/nn.yaml:79:7
%10075 = assign %10044, %10051 : f32[24,24] @ models/lib/nn.yaml:79:7
%10076 = assign %10045, %10055 : f32[24,24] @ models/lib/nn.yaml:79:7
%10077 = assign %10046, %10047 : i64[] @ models/lib/nn.yaml:79:7
%10078 = mul %157, %9682 : f32[24,24] @ models/lib/nn.yaml:79:7
%10079 = mul %10073, %9684 : f32[24,24] @ models/lib/nn.yaml:79:7
%10080 = add %10078, %10079 : f32[24,24] @ models/lib/nn.yaml:79:7
%10081 = assign %157, %10080 : f32[24,24] @ models/lib/nn.yaml:79:7
%10082 = all_reduce_sum %5130 : f32[24] @ models/lib/nn.yaml:80:7
%10083 = mul %10082, %10082 : f32[24] @ models/lib/nn.yaml:80:7
%10084 = reduce_sum %10083 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10085 = sqrt %10084 : f32[] @ models/lib/nn.yaml:80:7
%10086 = cast %10085 : f64[] @ models/lib/nn.yaml:80:7
%10087 = add %10086, %6279 : f64[] @ models/lib/nn.yaml:80:7
%10088 = div %6281, %10087 : f64[] @ models/lib/nn.yaml:80:7
%10089 = lt %10088, %6283 : bool[] @ models/lib/nn.yaml:80:7
%10090 = cast %10088 : f32[] @ models/lib/nn.yaml:80:7
%10091 = broadcast %10090 : f32[24] @ models/lib/nn.yaml:80:7
%10092 = mul %10082, %10091 : f32[24] @ models/lib/nn.yaml:80:7
%10093 = broadcast %10089 : bool[24] @ models/lib/nn.yaml:80:7
%10094 = select %10093, %10092, %10082 : f32[24] @ models/lib/nn.yaml:80:7
%10095 = state name="adam_m.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10096 = state name="adam_v.p_head.mlp.2.bias" init="zeros" : f32[24] @ models/lib/nn.yaml:80:7
%10097 = state name="adam_t.p_head.mlp.2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10098 = add %10097, %6293 : i64[] @ models/lib/nn.yaml:80:7
%10099 = mul %10094, %9588 : f32[24] @ models/lib/nn.yaml:80:7
%10100 = mul %10095, %9590 : f32[24] @ models/lib/nn.yaml:80:7
%10101 = add %10100, %10099 : f32[24] @ models/lib/nn.yaml:80:7
%10102 = mul %10094, %10094 : f32[24] @ models/lib/nn.yaml:80:7
%10103 = mul %10102, %9594 : f32[24] @ models/lib/nn.yaml:80:7
%10104 = mul %10096, %9596 : f32[24] @ models/lib/nn.yaml:80:7
%10105 = add %10104, %10103 : f32[24] @ models/lib/nn.yaml:80:7
%10106 = cast %10098 : f64[] @ models/lib/nn.yaml:80:7
%10107 = pow %6302, %10106 : f64[] @ models/lib/nn.yaml:80:7
%10108 = sub %6283, %10107 : f64[] @ models/lib/nn.yaml:80:7
%10109 = div %3875, %10108 : f64[] @ models/lib/nn.yaml:80:7
%10110 = pow %6310, %10106 : f64[] @ models/lib/nn.yaml:80:7
%10111 = sub %6283, %10110 : f64[] @ models/lib/nn.yaml:80:7
%10112 = sqrt %10111 : f64[] @ models/lib/nn.yaml:80:7
%10113 = div %6283, %10112 : f64[] @ models/lib/nn.yaml:80:7
%10114 = sqrt %10105 : f32[24] @ models/lib/nn.yaml:80:7
%10115 = cast %10113 : f32[] @ models/lib/nn.yaml:80:7
%10116 = broadcast %10115 : f32[24] @ models/lib/nn.yaml:80:7
%10117 = mul %10114, %10116 : f32[24] @ models/lib/nn.yaml:80:7
%10118 = add %10117, %9611 : f32[24] @ models/lib/nn.yaml:80:7
%10119 = div %10101, %10118 : f32[24] @ models/lib/nn.yaml:80:7
%10120 = cast %10109 : f32[] @ models/lib/nn.yaml:80:7
%10121 = broadcast %10120 : f32[24] @ models/lib/nn.yaml:80:7
%10122 = mul %10119, %10121 : f32[24] @ models/lib/nn.yaml:80:7
%10123 = sub %80, %10122 : f32[24] @ models/lib/nn.yaml:80:7
%10124 = assign %80, %10123 : f32[24] @ models/lib/nn.yaml:80:7
%10125 = assign %10095, %10101 : f32[24] @ models/lib/nn.yaml:80:7
%10126 = assign %10096, %10105 : f32[24] @ models/lib/nn.yaml:80:7
%10127 = assign %10097, %10098 : i64[] @ models/lib/nn.yaml:80:7
%10128 = mul %158, %9622 : f32[24] @ models/lib/nn.yaml:80:7
%10129 = mul %10123, %9624 : f32[24] @ models/lib/nn.yaml:80:7
%10130 = add %10128, %10129 : f32[24] @ models/lib/nn.yaml:80:7
%10131 = assign %158, %10130 : f32[24] @ models/lib/nn.yaml:80:7
%10132 = all_reduce_sum %5109 : f32[8,24] @ models/lib/nn.yaml:79:7
%10133 = reshape %10132 : f32[192] @ models/lib/nn.yaml:79:7
%10134 = mul %10133, %10133 : f32[192] @ models/lib/nn.yaml:79:7
%10135 = reduce_sum %10134 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:79:7
%10136 = sqrt %10135 : f32[] @ models/lib/nn.yaml:79:7
%10137 = cast %10136 : f64[] @ models/lib/nn.yaml:79:7
%10138 = add %10137, %6279 : f64[] @ models/lib/nn.yaml:79:7
%10139 = div %6281, %10138 : f64[] @ models/lib/nn.yaml:79:7
%10140 = lt %10139, %6283 : bool[] @ models/lib/nn.yaml:79:7
%10141 = cast %10139 : f32[] @ models/lib/nn.yaml:79:7
%10142 = broadcast %10141 : f32[8,24] @ models/lib/nn.yaml:79:7
%10143 = mul %10132, %10142 : f32[8,24] @ models/lib/nn.yaml:79:7
%10144 = broadcast %10140 : bool[8,24] @ models/lib/nn.yaml:79:7
%10145 = select %10144, %10143, %10132 : f32[8,24] @ models/lib/nn.yaml:79:7
%10146 = state name="adam_m.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10147 = state name="adam_v.p_head.mlp.4.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%10148 = state name="adam_t.p_head.mlp.4.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%10149 = add %10148, %6293 : i64[] @ models/lib/nn.yaml:79:7
%10150 = mul %81, %9756 : f32[8,24] @ models/lib/nn.yaml:79:7
%10151 = mul %10145, %9758 : f32[8,24] @ models/lib/nn.yaml:79:7
%10152 = mul %10146, %9760 : f32[8,24] @ models/lib/nn.yaml:79:7
%10153 = add %10152, %10151 : f32[8,24] @ models/lib/nn.yaml:79:7
%10154 = mul %10145, %10145 : f32[8,24] @ models/lib/nn.yaml:79:7
%10155 = mul %10154, %9764 : f32[8,24] @ models/lib/nn.yaml:79:7
%10156 = mul %10147, %9766 : f32[8,24] @ models/lib/nn.yaml:79:7
%10157 = add %10156, %10155 : f32[8,24] @ models/lib/nn.yaml:79:7
%10158 = cast %10149 : f64[] @ models/lib/nn.yaml:79:7
%10159 = pow %6302, %10158 : f64[] @ models/lib/nn.yaml:79:7
%10160 = sub %6283, %10159 : f64[] @ models/lib/nn.yaml:79:7
%10161 = div %3875, %10160 : f64[] @ models/lib/nn.yaml:79:7
%10162 = pow %6310, %10158 : f64[] @ models/lib/nn.yaml:79:7
%10163 = sub %6283, %10162 : f64[] @ models/lib/nn.yaml:79:7
%10164 = sqrt %10163 : f64[] @ models/lib/nn.yaml:79:7
%10165 = div %6283, %10164 : f64[] @ models/lib/nn.yaml:79:7
%10166 = sqrt %10157 : f32[8,24] @ models/lib/nn.yaml:79:7
%10167 = cast %10165 : f32[] @ models/lib/nn.yaml:79:7
%10168 = broadcast %10167 : f32[8,24] @ models/lib/nn.yaml:79:7
%10169 = mul %10166, %10168 : f32[8,24] @ models/lib/nn.yaml:79:7
%10170 = add %10169, %9781 : f32[8,24] @ models/lib/nn.yaml:79:7
%10171 = div %10153, %10170 : f32[8,24] @ models/lib/nn.yaml:79:7
%10172 = cast %10161 : f32[] @ models/lib/nn.yaml:79:7
%10173 = broadcast %10172 : f32[8,24] @ models/lib/nn.yaml:79:7
%10174 = mul %10171, %10173 : f32[8,24] @ models/lib/nn.yaml:79:7
%10175 = sub %10150, %10174 : f32[8,24] @ models/lib/nn.yaml:79:7
%10176 = assign %81, %10175 : f32[8,24] @ models/lib/nn.yaml:79:7
%10177 = assign %10146, %10153 : f32[8,24] @ models/lib/nn.yaml:79:7
%10178 = assign %10147, %10157 : f32[8,24] @ models/lib/nn.yaml:79:7
%10179 = assign %10148, %10149 : i64[] @ models/lib/nn.yaml:79:7
%10180 = mul %159, %9792 : f32[8,24] @ models/lib/nn.yaml:79:7
%10181 = mul %10175, %9794 : f32[8,24] @ models/lib/nn.yaml:79:7
%10182 = add %10180, %10181 : f32[8,24] @ models/lib/nn.yaml:79:7
%10183 = assign %159, %10182 : f32[8,24] @ models/lib/nn.yaml:79:7
%10184 = all_reduce_sum %5101 : f32[8] @ models/lib/nn.yaml:80:7
%10185 = mul %10184, %10184 : f32[8] @ models/lib/nn.yaml:80:7
%10186 = reduce_sum %10185 axes=[0] keep=0 : f32[] @ models/lib/nn.yaml:80:7
%10187 = sqrt %10186 : f32[] @ models/lib/nn.yaml:80:7
%10188 = cast %10187 : f64[] @ models/lib/nn.yaml:80:7
%10189 = add %10188, %6279 : f64[] @ models/lib/nn.yaml:80:7
%10190 = div %6281, %10189 : f64[] @ models/lib/nn.yaml:80:7
%10191 = lt %10190, %6283 : bool[] @ models/lib/nn.yaml:80:7
%10192 = cast %10190 : f32[] @ models/lib/nn.yaml:80:7
%10193 = broadcast %10192 : f32[8] @ models/lib/nn.yaml:80:7
%10194 = mul %10184, %10193 : f32[8] @ models/lib/nn.yaml:80:7
%10195 = broadcast %10191 : bool[8] @ models/lib/nn.yaml:80:7
%10196 = select %10195, %10194, %10184 : f32[8] @ models/lib/nn.yaml:80:7
%10197 = state name="adam_m.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10198 = state name="adam_v.p_head.mlp.4.bias" init="zeros" : f32[8] @ models/lib/nn.yaml:80:7
%10199 = state name="adam_t.p_head.mlp.4.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%10200 = add %10199, %6293 : i64[] @ models/lib/nn.yaml:80:7
%10201 = mul %10196, %9815 : f32[8] @ models/lib/nn.yaml:80:7
%10202 = mul %10197, %9817 : f32[8] @ models/lib/nn.yaml:80:7
%10203 = add %10202, %10201 : f32[8] @ models/lib/nn.yaml:80:7
%10204 = mul %10196, %10196 : f32[8] @ models/lib/nn.yaml:80:7
%10205 = mul %10204, %9821 : f32[8] @ models/lib/nn.yaml:80:7
%10206 = mul %10198, %9823 : f32[8] @ models/lib/nn.yaml:80:7
%10207 = add %10206, %10205 : f32[8] @ models/lib/nn.yaml:80:7
%10208 = cast %10200 : f64[] @ models/lib/nn.yaml:80:7
%10209 = pow %6302, %10208 : f64[] @ models/lib/nn.yaml:80:7
%10210 = sub %6283, %10209 : f64[] @ models/lib/nn.yaml:80:7
%10211 = div %3875, %10210 : f64[] @ models/lib/nn.yaml:80:7
%10212 = pow %6310, %10208 : f64[] @ models/lib/nn.yaml:80:7
%10213 = sub %6283, %10212 : f64[] @ models/lib/nn.yaml:80:7
%10214 = sqrt %10213 : f64[] @ models/lib/nn.yaml:80:7
%10215 = div %6283, %10214 : f64[] @ models/lib/nn.yaml:80:7
%10216 = sqrt %10207 : f32[8] @ models/lib/nn.yaml:80:7
%10217 = cast %10215 : f32[] @ models/lib/nn.yaml:80:7
%10218 = broadcast %10217 : f32[8] @ models/lib/nn.yaml:80:7
%10219 = mul %10216, %10218 : f32[8] @ models/lib/nn.yaml:80:7
%10220 = add %10219, %9838 : f32[8] @ models/lib/nn.yaml:80:7
%10221 = div %10203, %10220 : f32[8] @ models/lib/nn.yaml:80:7
%10222 = cast %10211 : f32[] @ models/lib/nn.yaml:80:7
%10223 = broadcast %10222 : f32[8] @ models/lib/nn.yaml:80:7
%10224 = mul %10221, %10223 : f32[8] @ models/lib/nn.yaml:80:7
%10225 = sub %82, %10224 : f32[8] @ models/lib/nn.yaml:80:7
%10226 = assign %82, %10225 : f32[8] @ models/lib/nn.yaml:80:7
%10227 = assign %10197, %10203 : f32[8] @ models/lib/nn.yaml:80:7
%10228 = assign %10198, %10207 : f32[8] @ models/lib/nn.yaml:80:7
%10229 = assign %10199, %10200 : i64[] @ models/lib/nn.yaml:80:7
%10230 = mul %160, %9849 : f32[8] @ models/lib/nn.yaml:80:7
%10231 = mul %10225, %9851 : f32[8] @ models/lib/nn.yaml:80:7
%10232 = add %10230, %10231 : f32[8] @ models/lib/nn.yaml:80:7
%10233 = assign %160, %10232 : f32[8] @ models/lib/nn.yaml:80:7
%10234 = broadcast %6339 : f32[16,1] @ models/lib/dino.yaml:18:7
%10235 = mul %161, %10234 : f32[16,1] @ models/lib/dino.yaml:18:7
%10236 = broadcast %6343 : f32[16,1] @ models/lib/dino.yaml:18:7
%10237 = mul %83, %10236 : f32[16,1] @ models/lib/dino.yaml:18:7
%10238 = add %10235, %10237 : f32[16,1] @ models/lib/dino.yaml:18:7
%10239 = assign %161, %10238 : f32[16,1] @ models/lib/dino.yaml:18:7
%10240 = all_reduce_sum %5074 : f32[16,8] @ models/lib/dino.yaml:19:7
%10241 = reshape %10240 : f32[128] @ models/lib/dino.yaml:19:7
%10242 = mul %10241, %10241 : f32[128] @ models/lib/dino.yaml:19:7
%10243 = reduce_sum %10242 axes=[0] keep=0 : f32[] @ models/lib/dino.yaml:19:7
%10244 = sqrt %10243 : f32[] @ models/lib/dino.yaml:19:7
%10245 = cast %10244 : f64[] @ models/lib/dino.yaml:19:7
%10246 = add %10245, %6279 : f64[] @ models/lib/dino.yaml:19:7
%10247 = div %6281, %10246 : f64[] @ models/lib/dino.yaml:19:7
%10248 = lt %10247, %6283 : bool[] @ models/lib/dino.yaml:19:7
%10249 = cast %10247 : f32[] @ models/lib/dino.yaml:19:7
%10250 = broadcast %10249 : f32[16,8] @ models/lib/dino.yaml:19:7
%10251 = mul %10240, %10250 : f32[16,8] @ models/lib/dino.yaml:19:7
%10252 = broadcast %10248 : bool[16,8] @ models/lib/dino.yaml:19:7
%10253 = select %10252, %10251, %10240 : f32[16,8] @ models/lib/dino.yaml:19:7
%10254 = state name="adam_m.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10255 = state name="adam_v.p_head.last_layer.weight_v" init="zeros" : f32[16,8] @ models/lib/dino.yaml:19:7
%10256 = state name="adam_t.p_head.last_layer.weight_v" init="zeros" : i64[] @ models/lib/dino.yaml:19:7
%10257 = add %10256, %6293 : i64[] @ models/lib/dino.yaml:19:7
%10258 = broadcast %6297 : f32[16,8] @ models/lib/dino.yaml:19:7
%10259 = mul %84, %10258 : f32[16,8] @ models/lib/dino.yaml:19:7
%10260 = broadcast %3608 : f32[16,8] @ models/lib/dino.yaml:19:7
%10261 = mul %10253, %10260 : f32[16,8] @ models/lib/dino.yaml:19:7
%10262 = broadcast %2464 : f32[16,8] @ models/lib/dino.yaml:19:7
%10263 = mul %10254, %10262 : f32[16,8] @ models/lib/dino.yaml:19:7
%10264 = add %10263, %10261 : f32[16,8] @ models/lib/dino.yaml:19:7
%10265 = mul %10253, %10253 : f32[16,8] @ models/lib/dino.yaml:19:7
%10266 = broadcast %6307 : f32[16,8] @ models/lib/dino.yaml:19:7
%10267 = mul %10265, %10266 : f32[16,8] @ models/lib/dino.yaml:19:7
%10268 = broadcast %6311 : f32[16,8] @ models/lib/dino.yaml:19:7
%10269 = mul %10255, %10268 : f32[16,8] @ models/lib/dino.yaml:19:7
%10270 = add %10269, %10267 : f32[16,8] @ models/lib/dino.yaml:19:7
%10271 = cast %10257 : f64[] @ models/lib/dino.yaml:19:7
%10272 = pow %6302, %10271 : f64[] @ models/lib/dino.yaml:19:7
%10273 = sub %6283, %10272 : f64[] @ models/lib/dino.yaml:19:7
%10274 = div %3875, %10273 : f64[] @ models/lib/dino.yaml:19:7
%10275 = pow %6310, %10271 : f64[] @ models/lib/dino.yaml:19:7
%10276 = sub %6283, %10275 : f64[] @ models/lib/dino.yaml:19:7
%10277 = sqrt %10276 : f64[] @ models/lib/dino.yaml:19:7
%10278 = div %6283, %10277 : f64[] @ models/lib/dino.yaml:19:7
%10279 = sqrt %10270 : f32[16,8] @ models/lib/dino.yaml:19:7
%10280 = cast %10278 : f32[] @ models/lib/dino.yaml:19:7
%10281 = broadcast %10280 : f32[16,8] @ models/lib/dino.yaml:19:7
%10282 = mul %10279, %10281 : f32[16,8] @ models/lib/dino.yaml:19:7
%10283 = broadcast %6327 : f32[16,8] @ models/lib/dino.yaml:19:7
%10284 = add %10282, %10283 : f32[16,8] @ models/lib/dino.yaml:19:7
%10285 = div %10264, %10284 : f32[16,8] @ models/lib/dino.yaml:19:7
%10286 = cast %10274 : f32[] @ models/lib/dino.yaml:19:7
%10287 = broadcast %10286 : f32[16,8] @ models/lib/dino.yaml:19:7
%10288 = mul %10285, %10287 : f32[16,8] @ models/lib/dino.yaml:19:7
%10289 = sub %10259, %10288 : f32[16,8] @ models/lib/dino.yaml:19:7
%10290 = broadcast %9912 : bool[16,8] @ models/lib/dino.yaml:19:7
%10291 = select %10290, %84, %10289 : f32[16,8] @ models/lib/dino.yaml:19:7
%10292 = select %10290, %10254, %10264 : f32[16,8] @ models/lib/dino.yaml:19:7
%10293 = select %10290, %10255, %10270 : f32[16,8] @ models/lib/dino.yaml:19:7
%10294 = select %9912, %10256, %10257 : i64[] @ models/lib/dino.yaml:19:7
%10295 = assign %84, %10291 : f32[16,8] @ models/lib/dino.yaml:19:7
%10296 = assign %10254, %10292 : f32[16,8] @ models/lib/dino.yaml:19:7
%10297 = assign %10255, %10293 : f32[16,8] @ models/lib/dino.yaml:19:7
%10298 = assign %10256, %10294 : i64[] @ models/lib/dino.yaml:19:7
%10299 = broadcast %6339 : f32[16,8] @ models/lib/dino.yaml:19:7
%10300 = mul %162, %10299 : f32[16,8] @ models/lib/dino.yaml:19:7
%10301 = broadcast %6343 : f32[16,8] @ models/lib/dino.yaml:19:7
%10302 = mul %10291, %10301 : f32[16,8] @ models/lib/dino.yaml:19:7
%10303 = add %10300, %10302 : f32[16,8] @ models/lib/dino.yaml:19:7
%10304 = assign %162, %10303 : f32[16,8] @ models/lib/dino.yaml:19:7
%10305 = const data=[inf] : f32[] @ models/dino_pass.yaml:149:3
%10306 = abs %3842 : f32[] @ models/dino_pass.yaml:149:3
%10307 = lt %10306, %10305 : bool[] @ models/dino_pass.yaml:149:3
%10308 = output %10307 name="finite" : bool[] @ models/dino_pass.yaml:149:3
