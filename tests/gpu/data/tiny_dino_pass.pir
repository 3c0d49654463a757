graph "models/tiny_dino_pass.yaml"
%1 = input name="sched.temp_t" : f32[] @ models/dino_pass.yaml:126:3
%2 = input name="crops.global" : f32[4,3,16,16] @ models/dino_pass.yaml:117:3
%3 = input name="crops.local" : f32[4,3,12,12] @ models/dino_pass.yaml:119:3
%4 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%5 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(48)" tags=[] frozen_epochs=0 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%6 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(48)" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/vit.yaml:10:7
%7 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%8 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%9 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%10 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%11 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%12 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%13 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%14 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%15 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%16 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%17 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%18 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%19 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%20 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%21 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%22 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%23 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%24 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%25 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%26 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%27 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%28 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%29 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%30 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%31 = param name="ca_head.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%32 = param name="ca_head.cls_blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%33 = param name="ca_head.cls_blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%34 = param name="ca_head.cls_blocks.0.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%35 = param name="ca_head.cls_blocks.0.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%36 = param name="ca_head.cls_blocks.0.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%37 = param name="ca_head.cls_blocks.0.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%38 = param name="ca_head.cls_blocks.0.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%39 = param name="ca_head.cls_blocks.0.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%40 = param name="ca_head.cls_blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%41 = param name="ca_head.cls_blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%42 = param name="ca_head.cls_blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%43 = param name="ca_head.cls_blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%44 = param name="ca_head.cls_blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%45 = param name="ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%46 = param name="ca_head.cls_blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%47 = param name="ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%48 = param name="ca_head.cls_blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%49 = param name="ca_head.cls_blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%50 = param name="ca_head.cls_blocks.1.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%51 = param name="ca_head.cls_blocks.1.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%52 = param name="ca_head.cls_blocks.1.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%53 = param name="ca_head.cls_blocks.1.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%54 = param name="ca_head.cls_blocks.1.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%55 = param name="ca_head.cls_blocks.1.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%56 = param name="ca_head.cls_blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%57 = param name="ca_head.cls_blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%58 = param name="ca_head.cls_blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%59 = param name="ca_head.cls_blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%60 = param name="ca_head.cls_blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%61 = param name="ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%62 = param name="ca_head.cls_blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%63 = param name="ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%64 = param name="ca_head.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%65 = param name="ca_head.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%66 = param name="c_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%67 = param name="c_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%68 = param name="c_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%69 = param name="c_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%70 = param name="c_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%71 = param name="c_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[8] @ models/lib/nn.yaml:80:7
%72 = param name="c_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[32,1] @ models/lib/dino.yaml:18:7
%73 = param name="c_head.last_layer.weight_v" init="uniform_fan_in(8)" tags=[] frozen_epochs=1 : f32[32,8] @ models/lib/dino.yaml:19:7
%74 = param name="p_head.mlp.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%75 = param name="p_head.mlp.0.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%76 = param name="p_head.mlp.2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%77 = param name="p_head.mlp.2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[24] @ models/lib/nn.yaml:80:7
%78 = param name="p_head.mlp.4.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%79 = param name="p_head.mlp.4.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[8] @ models/lib/nn.yaml:80:7
%80 = param name="p_head.last_layer.weight_g" init="ones" tags=[frozen] frozen_epochs=1 : f32[16,1] @ models/lib/dino.yaml:18:7
%81 = param name="p_head.last_layer.weight_v" init="uniform_fan_in(8)" tags=[] frozen_epochs=1 : f32[16,8] @ models/lib/dino.yaml:19:7
%82 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%83 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%84 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[16] @ models/lib/vit.yaml:10:7
%85 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%86 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%87 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%88 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%89 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%90 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%91 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%92 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%93 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%94 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%95 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%96 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%97 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%98 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%99 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%100 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%101 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%102 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%103 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%104 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%105 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%106 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%107 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%108 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%109 = state name="teacher.ca_head.cls_token" init="copy(ca_head.cls_token)" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%110 = state name="teacher.ca_head.cls_blocks.0.norm1.weight" init="copy(ca_head.cls_blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%111 = state name="teacher.ca_head.cls_blocks.0.norm1.bias" init="copy(ca_head.cls_blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%112 = state name="teacher.ca_head.cls_blocks.0.attn.q.weight" init="copy(ca_head.cls_blocks.0.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%113 = state name="teacher.ca_head.cls_blocks.0.attn.q.bias" init="copy(ca_head.cls_blocks.0.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%114 = state name="teacher.ca_head.cls_blocks.0.attn.k.weight" init="copy(ca_head.cls_blocks.0.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%115 = state name="teacher.ca_head.cls_blocks.0.attn.k.bias" init="copy(ca_head.cls_blocks.0.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%116 = state name="teacher.ca_head.cls_blocks.0.attn.v.weight" init="copy(ca_head.cls_blocks.0.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%117 = state name="teacher.ca_head.cls_blocks.0.attn.v.bias" init="copy(ca_head.cls_blocks.0.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%118 = state name="teacher.ca_head.cls_blocks.0.attn.proj.weight" init="copy(ca_head.cls_blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%119 = state name="teacher.ca_head.cls_blocks.0.attn.proj.bias" init="copy(ca_head.cls_blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%120 = state name="teacher.ca_head.cls_blocks.0.norm2.weight" init="copy(ca_head.cls_blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%121 = state name="teacher.ca_head.cls_blocks.0.norm2.bias" init="copy(ca_head.cls_blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%122 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.weight" init="copy(ca_head.cls_blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%123 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.bias" init="copy(ca_head.cls_blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%124 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.weight" init="copy(ca_head.cls_blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%125 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.bias" init="copy(ca_head.cls_blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%126 = state name="teacher.ca_head.cls_blocks.1.norm1.weight" init="copy(ca_head.cls_blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%127 = state name="teacher.ca_head.cls_blocks.1.norm1.bias" init="copy(ca_head.cls_blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%128 = state name="teacher.ca_head.cls_blocks.1.attn.q.weight" init="copy(ca_head.cls_blocks.1.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%129 = state name="teacher.ca_head.cls_blocks.1.attn.q.bias" init="copy(ca_head.cls_blocks.1.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%130 = state name="teacher.ca_head.cls_blocks.1.attn.k.weight" init="copy(ca_head.cls_blocks.1.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%131 = state name="teacher.ca_head.cls_blocks.1.attn.k.bias" init="copy(ca_head.cls_blocks.1.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%132 = state name="teacher.ca_head.cls_blocks.1.attn.v.weight" init="copy(ca_head.cls_blocks.1.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%133 = state name="teacher.ca_head.cls_blocks.1.attn.v.bias" init="copy(ca_head.cls_blocks.1.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%134 = state name="teacher.ca_head.cls_blocks.1.attn.proj.weight" init="copy(ca_head.cls_blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%135 = state name="teacher.ca_head.cls_blocks.1.attn.proj.bias" init="copy(ca_head.cls_blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%136 = state name="teacher.ca_head.cls_blocks.1.norm2.weight" init="copy(ca_head.cls_blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%137 = state name="teacher.ca_head.cls_blocks.1.norm2.bias" init="copy(ca_head.cls_blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%138 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.weight" init="copy(ca_head.cls_blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%139 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.bias" init="copy(ca_head.cls_blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%140 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.weight" init="copy(ca_head.cls_blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%141 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.bias" init="copy(ca_head.cls_blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%142 = state name="teacher.ca_head.norm.weight" init="copy(ca_head.norm.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%143 = state name="teacher.ca_head.norm.bias" init="copy(ca_head.norm.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%144 = state name="teacher.c_head.mlp.0.weight" init="copy(c_head.mlp.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%145 = state name="teacher.c_head.mlp.0.bias" init="copy(c_head.mlp.0.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%146 = state name="teacher.c_head.mlp.2.weight" init="copy(c_head.mlp.2.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%147 = state name="teacher.c_head.mlp.2.bias" init="copy(c_head.mlp.2.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%148 = state name="teacher.c_head.mlp.4.weight" init="copy(c_head.mlp.4.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%149 = state name="teacher.c_head.mlp.4.bias" init="copy(c_head.mlp.4.bias)" : f32[8] @ models/lib/nn.yaml:80:7
%150 = state name="teacher.c_head.last_layer.weight_g" init="copy(c_head.last_layer.weight_g)" : f32[32,1] @ models/lib/dino.yaml:18:7
%151 = state name="teacher.c_head.last_layer.weight_v" init="copy(c_head.last_layer.weight_v)" : f32[32,8] @ models/lib/dino.yaml:19:7
%152 = state name="teacher.p_head.mlp.0.weight" init="copy(p_head.mlp.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%153 = state name="teacher.p_head.mlp.0.bias" init="copy(p_head.mlp.0.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%154 = state name="teacher.p_head.mlp.2.weight" init="copy(p_head.mlp.2.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%155 = state name="teacher.p_head.mlp.2.bias" init="copy(p_head.mlp.2.bias)" : f32[24] @ models/lib/nn.yaml:80:7
%156 = state name="teacher.p_head.mlp.4.weight" init="copy(p_head.mlp.4.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%157 = state name="teacher.p_head.mlp.4.bias" init="copy(p_head.mlp.4.bias)" : f32[8] @ models/lib/nn.yaml:80:7
%158 = state name="teacher.p_head.last_layer.weight_g" init="copy(p_head.last_layer.weight_g)" : f32[16,1] @ models/lib/dino.yaml:18:7
%159 = state name="teacher.p_head.last_layer.weight_v" init="copy(p_head.last_layer.weight_v)" : f32[16,8] @ models/lib/dino.yaml:19:7
%160 = state name="center" init="zeros" : f32[1,1,32] @ models/dino_pass.yaml:136:3
%161 = state name="patch_center" init="zeros" : f32[1,16] @ models/dino_pass.yaml:140:3
%162 = reshape %2 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%163 = permute %162 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%164 = reshape %163 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%165 = reshape %83 : f32[16,48] @ models/lib/vit.yaml:17:20
%166 = matmul %164, %165 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%167 = broadcast %84 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%168 = add %166, %167 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%169 = broadcast %82 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%170 = add %168, %169 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%171 = reduce_sum %170 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%172 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%173 = broadcast %172 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%174 = div %171, %173 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%175 = broadcast %174 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%176 = sub %170, %175 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%177 = mul %176, %176 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%178 = reduce_sum %177 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%179 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%180 = broadcast %179 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%181 = div %178, %180 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%182 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%183 = broadcast %182 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%184 = add %181, %183 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%185 = rsqrt %184 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%186 = broadcast %185 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%187 = mul %176, %186 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%188 = broadcast %85 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%189 = mul %187, %188 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%190 = broadcast %86 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%191 = add %189, %190 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%192 = matmul %191, %87 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%193 = broadcast %88 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%194 = add %192, %193 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%195 = reshape %194 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%196 = permute %195 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%197 = slice %196 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%198 = reshape %197 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%199 = slice %196 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%200 = reshape %199 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%201 = slice %196 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%202 = reshape %201 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%203 = matmul %198, %200 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%204 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%205 = broadcast %204 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%206 = mul %203, %205 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%207 = reduce_max %206 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%208 = stop_gradient %207 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%209 = broadcast %208 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%210 = sub %206, %209 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%211 = exp %210 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%212 = reduce_sum %211 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%213 = broadcast %212 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%214 = div %211, %213 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%215 = matmul %214, %202 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%216 = permute %215 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%217 = reshape %216 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%218 = matmul %217, %89 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%219 = broadcast %90 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%220 = add %218, %219 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%221 = add %170, %220 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%222 = reduce_sum %221 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%223 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%224 = broadcast %223 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%225 = div %222, %224 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%226 = broadcast %225 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%227 = sub %221, %226 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%228 = mul %227, %227 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%229 = reduce_sum %228 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%230 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%231 = broadcast %230 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%232 = div %229, %231 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%233 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%234 = broadcast %233 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%235 = add %232, %234 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%236 = rsqrt %235 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%237 = broadcast %236 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%238 = mul %227, %237 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%239 = broadcast %91 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%240 = mul %238, %239 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%241 = broadcast %92 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%242 = add %240, %241 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%243 = matmul %242, %93 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%244 = broadcast %94 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%245 = add %243, %244 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%246 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%247 = broadcast %246 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%248 = mul %247, %245 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%249 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%250 = broadcast %249 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%251 = mul %245, %250 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%252 = erf %251 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%253 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%254 = broadcast %253 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%255 = add %254, %252 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%256 = mul %248, %255 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%257 = matmul %256, %95 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%258 = broadcast %96 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%259 = add %257, %258 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%260 = add %221, %259 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%261 = reduce_sum %260 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%262 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%263 = broadcast %262 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%264 = div %261, %263 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%265 = broadcast %264 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%266 = sub %260, %265 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%267 = mul %266, %266 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%268 = reduce_sum %267 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%269 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%270 = broadcast %269 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%271 = div %268, %270 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%272 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%273 = broadcast %272 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%274 = add %271, %273 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%275 = rsqrt %274 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%276 = broadcast %275 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%277 = mul %266, %276 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%278 = broadcast %97 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%279 = mul %277, %278 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%280 = broadcast %98 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%281 = add %279, %280 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%282 = matmul %281, %99 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%283 = broadcast %100 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%284 = add %282, %283 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%285 = reshape %284 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%286 = permute %285 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%287 = slice %286 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%288 = reshape %287 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%289 = slice %286 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%290 = reshape %289 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%291 = slice %286 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%292 = reshape %291 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%293 = matmul %288, %290 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%294 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%295 = broadcast %294 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%296 = mul %293, %295 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%297 = reduce_max %296 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%298 = stop_gradient %297 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%299 = broadcast %298 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%300 = sub %296, %299 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%301 = exp %300 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%302 = reduce_sum %301 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%303 = broadcast %302 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%304 = div %301, %303 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%305 = matmul %304, %292 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%306 = permute %305 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%307 = reshape %306 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%308 = matmul %307, %101 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%309 = broadcast %102 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%310 = add %308, %309 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%311 = add %260, %310 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%312 = reduce_sum %311 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%313 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%314 = broadcast %313 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%315 = div %312, %314 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%316 = broadcast %315 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%317 = sub %311, %316 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%318 = mul %317, %317 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%319 = reduce_sum %318 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%320 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%321 = broadcast %320 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%322 = div %319, %321 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%323 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%324 = broadcast %323 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%325 = add %322, %324 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%326 = rsqrt %325 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%327 = broadcast %326 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%328 = mul %317, %327 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%329 = broadcast %103 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%330 = mul %328, %329 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%331 = broadcast %104 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%332 = add %330, %331 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%333 = matmul %332, %105 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%334 = broadcast %106 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%335 = add %333, %334 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%336 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%337 = broadcast %336 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%338 = mul %337, %335 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%339 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%340 = broadcast %339 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%341 = mul %335, %340 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%342 = erf %341 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%343 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%344 = broadcast %343 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%345 = add %344, %342 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%346 = mul %338, %345 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%347 = matmul %346, %107 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%348 = broadcast %108 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%349 = add %347, %348 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%350 = add %311, %349 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%351 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%352 = mul %350, %350 : f32[4,16,16] @ models/lib/nn.yaml:33:35
%353 = reduce_sum %352 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%354 = sqrt %353 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%355 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%356 = cast %355 : f32[] @ models/lib/nn.yaml:33:61
%357 = broadcast %356 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%358 = max %354, %357 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%359 = broadcast %358 : f32[4,16,16] @ models/lib/nn.yaml:33:18
%360 = div %350, %359 : f32[4,16,16] @ models/lib/nn.yaml:33:18
%361 = reshape %351 : i32[1,128] @ models/dino_pass.yaml:67:26
%362 = broadcast %361 : i32[4,128] @ models/dino_pass.yaml:67:16
%363 = gather %360, %362 axis=1 : f32[4,128,16] @ models/dino_pass.yaml:68:24
%364 = reshape %363 : f32[4,16,8,16] @ models/dino_pass.yaml:68:16
%365 = reshape %360 : f32[4,16,1,16] @ models/dino_pass.yaml:74:42
%366 = broadcast %365 : f32[4,16,8,16] @ models/dino_pass.yaml:74:40
%367 = mul %364, %366 : f32[4,16,8,16] @ models/dino_pass.yaml:74:40
%368 = reduce_sum %367 axes=[3] keep=0 : f32[4,16,8] @ models/dino_pass.yaml:74:15
%369 = reshape %351 : i32[1,16,8] @ models/dino_pass.yaml:75:27
%370 = broadcast %369 : i32[4,16,8] @ models/dino_pass.yaml:75:17
%371 = topk %368 k=2 : i32[4,16,2] @ models/dino_pass.yaml:76:30
%372 = gather %370, %371 axis=2 : i32[4,16,2] @ models/dino_pass.yaml:76:16
%373 = reshape %372 : i32[4,32] @ models/dino_pass.yaml:82:23
%374 = gather %350, %373 axis=1 : f32[4,32,16] @ models/dino_pass.yaml:82:13
%375 = reshape %374 : f32[4,16,2,16] @ models/dino_pass.yaml:83:16
%376 = reshape %375 : f32[64,2,16] @ models/dino_pass.yaml:88:23
%377 = broadcast %109 : f32[64,1,16] @ models/lib/vit.yaml:116:31
%378 = concat %377, %376 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%379 = reduce_sum %378 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%380 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%381 = broadcast %380 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%382 = div %379, %381 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%383 = broadcast %382 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%384 = sub %378, %383 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%385 = mul %384, %384 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%386 = reduce_sum %385 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%387 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%388 = broadcast %387 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%389 = div %386, %388 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%390 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%391 = broadcast %390 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%392 = add %389, %391 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%393 = rsqrt %392 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%394 = broadcast %393 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%395 = mul %384, %394 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%396 = broadcast %110 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%397 = mul %395, %396 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%398 = broadcast %111 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%399 = add %397, %398 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%400 = slice %399 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%401 = matmul %400, %112 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%402 = broadcast %113 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%403 = add %401, %402 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%404 = reshape %403 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%405 = permute %404 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%406 = matmul %399, %114 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%407 = broadcast %115 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%408 = add %406, %407 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%409 = reshape %408 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%410 = permute %409 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%411 = matmul %399, %116 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %117 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%414 = reshape %413 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%415 = permute %414 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%416 = matmul %405, %410 ta=0 tb=1 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%417 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%418 = broadcast %417 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%419 = mul %416, %418 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%420 = reduce_max %419 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%421 = stop_gradient %420 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%422 = broadcast %421 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%423 = sub %419, %422 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%424 = exp %423 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%425 = reduce_sum %424 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%426 = broadcast %425 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%427 = div %424, %426 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%428 = matmul %427, %415 ta=0 tb=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%429 = permute %428 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%430 = reshape %429 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%431 = matmul %430, %118 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%432 = broadcast %119 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%433 = add %431, %432 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%434 = add %377, %433 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%435 = reduce_sum %434 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%436 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%437 = broadcast %436 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%438 = div %435, %437 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%439 = broadcast %438 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%440 = sub %434, %439 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%441 = mul %440, %440 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%442 = reduce_sum %441 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%443 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%444 = broadcast %443 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%445 = div %442, %444 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%446 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%447 = broadcast %446 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%448 = add %445, %447 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%449 = rsqrt %448 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%450 = broadcast %449 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%451 = mul %440, %450 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%452 = broadcast %120 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%453 = mul %451, %452 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%454 = broadcast %121 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%455 = add %453, %454 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%456 = matmul %455, %122 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%457 = broadcast %123 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%458 = add %456, %457 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%459 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%460 = broadcast %459 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%461 = mul %460, %458 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%462 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%463 = broadcast %462 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%464 = mul %458, %463 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%465 = erf %464 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%466 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%467 = broadcast %466 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%468 = add %467, %465 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%469 = mul %461, %468 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%470 = matmul %469, %124 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%471 = broadcast %125 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%472 = add %470, %471 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%473 = add %434, %472 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%474 = concat %473, %376 axis=1 : f32[64,3,16] @ models/lib/vit.yaml:95:24
%475 = reduce_sum %474 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%476 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%477 = broadcast %476 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%478 = div %475, %477 : f32[64,3,1] @ models/lib/nn.yaml:93:14
%479 = broadcast %478 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%480 = sub %474, %479 : f32[64,3,16] @ models/lib/nn.yaml:94:15
%481 = mul %480, %480 : f32[64,3,16] @ models/lib/nn.yaml:95:22
%482 = reduce_sum %481 axes=[2] keep=1 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%483 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%484 = broadcast %483 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%485 = div %482, %484 : f32[64,3,1] @ models/lib/nn.yaml:95:15
%486 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%487 = broadcast %486 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%488 = add %485, %487 : f32[64,3,1] @ models/lib/nn.yaml:96:30
%489 = rsqrt %488 : f32[64,3,1] @ models/lib/nn.yaml:96:20
%490 = broadcast %489 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%491 = mul %480, %490 : f32[64,3,16] @ models/lib/nn.yaml:96:18
%492 = broadcast %126 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%493 = mul %491, %492 : f32[64,3,16] @ models/lib/nn.yaml:96:37
%494 = broadcast %127 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%495 = add %493, %494 : f32[64,3,16] @ models/lib/nn.yaml:96:46
%496 = slice %495 lo=[0,0,0] hi=[64,1,16] : f32[64,1,16] @ models/lib/vit.yaml:78:33
%497 = matmul %496, %128 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%498 = broadcast %129 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%499 = add %497, %498 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%500 = reshape %499 : f32[64,1,2,8] @ models/lib/vit.yaml:78:22
%501 = permute %500 perm=[0,2,1,3] : f32[64,2,1,8] @ models/lib/vit.yaml:78:14
%502 = matmul %495, %130 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%503 = broadcast %131 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%504 = add %502, %503 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%505 = reshape %504 : f32[64,3,2,8] @ models/lib/vit.yaml:79:22
%506 = permute %505 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:79:14
%507 = matmul %495, %132 ta=0 tb=1 : f32[64,3,16] @ models/lib/nn.yaml:83:15
%508 = broadcast %133 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%509 = add %507, %508 : f32[64,3,16] @ models/lib/nn.yaml:84:18
%510 = reshape %509 : f32[64,3,2,8] @ models/lib/vit.yaml:80:22
%511 = permute %510 perm=[0,2,1,3] : f32[64,2,3,8] @ models/lib/vit.yaml:80:14
%512 = matmul %501, %506 ta=0 tb=1 : f32[64,2,1,3] @ models/lib/nn.yaml:55:23
%513 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%514 = broadcast %513 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%515 = mul %512, %514 : f32[64,2,1,3] @ models/lib/nn.yaml:55:29
%516 = reduce_max %515 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:14:35
%517 = stop_gradient %516 : f32[64,2,1,1] @ models/lib/nn.yaml:14:21
%518 = broadcast %517 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%519 = sub %515, %518 : f32[64,2,1,3] @ models/lib/nn.yaml:14:19
%520 = exp %519 : f32[64,2,1,3] @ models/lib/nn.yaml:14:13
%521 = reduce_sum %520 axes=[3] keep=1 : f32[64,2,1,1] @ models/lib/nn.yaml:15:20
%522 = broadcast %521 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%523 = div %520, %522 : f32[64,2,1,3] @ models/lib/nn.yaml:15:18
%524 = matmul %523, %511 ta=0 tb=0 : f32[64,2,1,8] @ models/lib/nn.yaml:56:23
%525 = permute %524 perm=[0,2,1,3] : f32[64,1,2,8] @ models/lib/nn.yaml:56:13
%526 = reshape %525 : f32[64,1,16] @ models/lib/nn.yaml:57:16
%527 = matmul %526, %134 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%528 = broadcast %135 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%529 = add %527, %528 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%530 = add %473, %529 : f32[64,1,16] @ models/lib/vit.yaml:96:15
%531 = reduce_sum %530 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%532 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%533 = broadcast %532 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%534 = div %531, %533 : f32[64,1,1] @ models/lib/nn.yaml:93:14
%535 = broadcast %534 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%536 = sub %530, %535 : f32[64,1,16] @ models/lib/nn.yaml:94:15
%537 = mul %536, %536 : f32[64,1,16] @ models/lib/nn.yaml:95:22
%538 = reduce_sum %537 axes=[2] keep=1 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%539 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%540 = broadcast %539 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%541 = div %538, %540 : f32[64,1,1] @ models/lib/nn.yaml:95:15
%542 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%543 = broadcast %542 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%544 = add %541, %543 : f32[64,1,1] @ models/lib/nn.yaml:96:30
%545 = rsqrt %544 : f32[64,1,1] @ models/lib/nn.yaml:96:20
%546 = broadcast %545 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%547 = mul %536, %546 : f32[64,1,16] @ models/lib/nn.yaml:96:18
%548 = broadcast %136 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%549 = mul %547, %548 : f32[64,1,16] @ models/lib/nn.yaml:96:37
%550 = broadcast %137 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%551 = add %549, %550 : f32[64,1,16] @ models/lib/nn.yaml:96:46
%552 = matmul %551, %138 ta=0 tb=1 : f32[64,1,64] @ models/lib/nn.yaml:83:15
%553 = broadcast %139 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%554 = add %552, %553 : f32[64,1,64] @ models/lib/nn.yaml:84:18
%555 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%556 = broadcast %555 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%557 = mul %556, %554 : f32[64,1,64] @ models/lib/nn.yaml:27:20
%558 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%559 = broadcast %558 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%560 = mul %554, %559 : f32[64,1,64] @ models/lib/nn.yaml:27:37
%561 = erf %560 : f32[64,1,64] @ models/lib/nn.yaml:27:31
%562 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%563 = broadcast %562 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%564 = add %563, %561 : f32[64,1,64] @ models/lib/nn.yaml:27:29
%565 = mul %557, %564 : f32[64,1,64] @ models/lib/nn.yaml:27:24
%566 = matmul %565, %140 ta=0 tb=1 : f32[64,1,16] @ models/lib/nn.yaml:83:15
%567 = broadcast %141 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%568 = add %566, %567 : f32[64,1,16] @ models/lib/nn.yaml:84:18
%569 = add %530, %568 : f32[64,1,16] @ models/lib/vit.yaml:98:18
%570 = reshape %569 : f32[4,16,16] @ models/dino_pass.yaml:89:16
%571 = broadcast %109 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%572 = concat %571, %350 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%573 = reduce_sum %572 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%574 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%575 = broadcast %574 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%576 = div %573, %575 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%577 = broadcast %576 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%578 = sub %572, %577 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%579 = mul %578, %578 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%580 = reduce_sum %579 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%581 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%582 = broadcast %581 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%583 = div %580, %582 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%584 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%585 = broadcast %584 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%586 = add %583, %585 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%587 = rsqrt %586 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%588 = broadcast %587 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%589 = mul %578, %588 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%590 = broadcast %110 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%591 = mul %589, %590 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%592 = broadcast %111 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%593 = add %591, %592 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%594 = slice %593 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%595 = matmul %594, %112 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%596 = broadcast %113 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%597 = add %595, %596 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%598 = reshape %597 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%599 = permute %598 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%600 = matmul %593, %114 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%601 = broadcast %115 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%602 = add %600, %601 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%603 = reshape %602 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%604 = permute %603 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%605 = matmul %593, %116 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%606 = broadcast %117 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%607 = add %605, %606 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%608 = reshape %607 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%609 = permute %608 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%610 = matmul %599, %604 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%611 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%612 = broadcast %611 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%613 = mul %610, %612 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%614 = reduce_max %613 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%615 = stop_gradient %614 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%616 = broadcast %615 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%617 = sub %613, %616 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%618 = exp %617 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%619 = reduce_sum %618 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%620 = broadcast %619 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%621 = div %618, %620 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%622 = matmul %621, %609 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%623 = permute %622 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%624 = reshape %623 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%625 = matmul %624, %118 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%626 = broadcast %119 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%627 = add %625, %626 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%628 = add %571, %627 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%629 = reduce_sum %628 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%630 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%631 = broadcast %630 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%632 = div %629, %631 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%633 = broadcast %632 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%634 = sub %628, %633 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%635 = mul %634, %634 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%636 = reduce_sum %635 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%637 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%638 = broadcast %637 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%639 = div %636, %638 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%640 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%641 = broadcast %640 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%642 = add %639, %641 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%643 = rsqrt %642 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%644 = broadcast %643 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%645 = mul %634, %644 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%646 = broadcast %120 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%647 = mul %645, %646 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%648 = broadcast %121 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%649 = add %647, %648 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%650 = matmul %649, %122 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%651 = broadcast %123 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%652 = add %650, %651 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%653 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%654 = broadcast %653 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%655 = mul %654, %652 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%656 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%657 = broadcast %656 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%658 = mul %652, %657 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%659 = erf %658 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%660 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%661 = broadcast %660 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%662 = add %661, %659 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%663 = mul %655, %662 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%664 = matmul %663, %124 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%665 = broadcast %125 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%666 = add %664, %665 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%667 = add %628, %666 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%668 = concat %667, %350 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%669 = reduce_sum %668 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%670 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%671 = broadcast %670 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%672 = div %669, %671 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%673 = broadcast %672 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%674 = sub %668, %673 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%675 = mul %674, %674 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%676 = reduce_sum %675 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%677 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%678 = broadcast %677 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%679 = div %676, %678 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%680 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%681 = broadcast %680 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%682 = add %679, %681 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%683 = rsqrt %682 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%684 = broadcast %683 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%685 = mul %674, %684 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%686 = broadcast %126 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%687 = mul %685, %686 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%688 = broadcast %127 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%689 = add %687, %688 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%690 = slice %689 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%691 = matmul %690, %128 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%692 = broadcast %129 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%693 = add %691, %692 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%694 = reshape %693 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%695 = permute %694 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%696 = matmul %689, %130 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%697 = broadcast %131 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%698 = add %696, %697 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%699 = reshape %698 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%700 = permute %699 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%701 = matmul %689, %132 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%702 = broadcast %133 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%703 = add %701, %702 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%704 = reshape %703 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%705 = permute %704 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%706 = matmul %695, %700 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%707 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%708 = broadcast %707 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%709 = mul %706, %708 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%710 = reduce_max %709 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%711 = stop_gradient %710 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%712 = broadcast %711 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%713 = sub %709, %712 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%714 = exp %713 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%715 = reduce_sum %714 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%716 = broadcast %715 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%717 = div %714, %716 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%718 = matmul %717, %705 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%719 = permute %718 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%720 = reshape %719 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%721 = matmul %720, %134 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%722 = broadcast %135 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%723 = add %721, %722 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%724 = add %667, %723 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%725 = reduce_sum %724 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%726 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%727 = broadcast %726 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%728 = div %725, %727 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%729 = broadcast %728 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%730 = sub %724, %729 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%731 = mul %730, %730 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%732 = reduce_sum %731 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%733 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%734 = broadcast %733 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%735 = div %732, %734 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%736 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%737 = broadcast %736 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%738 = add %735, %737 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%739 = rsqrt %738 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%740 = broadcast %739 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%741 = mul %730, %740 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%742 = broadcast %136 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%743 = mul %741, %742 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%744 = broadcast %137 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%745 = add %743, %744 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%746 = matmul %745, %138 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%747 = broadcast %139 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%748 = add %746, %747 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%749 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%750 = broadcast %749 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%751 = mul %750, %748 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%752 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%753 = broadcast %752 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%754 = mul %748, %753 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%755 = erf %754 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%756 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%757 = broadcast %756 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%758 = add %757, %755 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%759 = mul %751, %758 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%760 = matmul %759, %140 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%761 = broadcast %141 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%762 = add %760, %761 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%763 = add %724, %762 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%764 = concat %763, %570 axis=1 : f32[4,17,16] @ models/dino_pass.yaml:110:30
%765 = reduce_sum %764 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%766 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%767 = broadcast %766 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%768 = div %765, %767 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%769 = broadcast %768 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%770 = sub %764, %769 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%771 = mul %770, %770 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%772 = reduce_sum %771 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%773 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%774 = broadcast %773 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%775 = div %772, %774 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%776 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%777 = broadcast %776 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%778 = add %775, %777 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%779 = rsqrt %778 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%780 = broadcast %779 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%781 = mul %770, %780 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%782 = broadcast %142 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%783 = mul %781, %782 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%784 = broadcast %143 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%785 = add %783, %784 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%786 = slice %785 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:111:28
%787 = matmul %786, %144 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%788 = broadcast %145 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%789 = add %787, %788 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%790 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%791 = broadcast %790 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%792 = mul %791, %789 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%793 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%794 = broadcast %793 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%795 = mul %789, %794 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%796 = erf %795 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%797 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%798 = broadcast %797 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%799 = add %798, %796 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%800 = mul %792, %799 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%801 = matmul %800, %146 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%802 = broadcast %147 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%803 = add %801, %802 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%804 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%805 = broadcast %804 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%806 = mul %805, %803 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%807 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%808 = broadcast %807 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%809 = mul %803, %808 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%810 = erf %809 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%811 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%812 = broadcast %811 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%813 = add %812, %810 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%814 = mul %806, %813 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%815 = matmul %814, %148 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%816 = broadcast %149 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%817 = add %815, %816 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%818 = mul %817, %817 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%819 = reduce_sum %818 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%820 = sqrt %819 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%821 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%822 = cast %821 : f32[] @ models/lib/nn.yaml:33:61
%823 = broadcast %822 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%824 = max %820, %823 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%825 = broadcast %824 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%826 = div %817, %825 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%827 = broadcast %150 : f32[32,8] @ models/lib/dino.yaml:22:22
%828 = mul %827, %151 : f32[32,8] @ models/lib/dino.yaml:22:22
%829 = mul %151, %151 : f32[32,8] @ models/lib/dino.yaml:22:53
%830 = reduce_sum %829 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%831 = sqrt %830 : f32[32,1] @ models/lib/dino.yaml:22:35
%832 = broadcast %831 : f32[32,8] @ models/lib/dino.yaml:22:33
%833 = div %828, %832 : f32[32,8] @ models/lib/dino.yaml:22:33
%834 = matmul %826, %833 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%835 = slice %785 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:111:46
%836 = matmul %835, %152 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%837 = broadcast %153 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%838 = add %836, %837 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%839 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%840 = broadcast %839 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%841 = mul %840, %838 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%842 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%843 = broadcast %842 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%844 = mul %838, %843 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%845 = erf %844 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%846 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%847 = broadcast %846 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%848 = add %847, %845 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%849 = mul %841, %848 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%850 = matmul %849, %154 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%851 = broadcast %155 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%852 = add %850, %851 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%853 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%854 = broadcast %853 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%855 = mul %854, %852 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%856 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%857 = broadcast %856 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%858 = mul %852, %857 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%859 = erf %858 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%860 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%861 = broadcast %860 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%862 = add %861, %859 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%863 = mul %855, %862 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%864 = matmul %863, %156 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%865 = broadcast %157 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%866 = add %864, %865 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%867 = mul %866, %866 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%868 = reduce_sum %867 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%869 = sqrt %868 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%870 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%871 = cast %870 : f32[] @ models/lib/nn.yaml:33:61
%872 = broadcast %871 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%873 = max %869, %872 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%874 = broadcast %873 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%875 = div %866, %874 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%876 = broadcast %158 : f32[16,8] @ models/lib/dino.yaml:22:22
%877 = mul %876, %159 : f32[16,8] @ models/lib/dino.yaml:22:22
%878 = mul %159, %159 : f32[16,8] @ models/lib/dino.yaml:22:53
%879 = reduce_sum %878 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%880 = sqrt %879 : f32[16,1] @ models/lib/dino.yaml:22:35
%881 = broadcast %880 : f32[16,8] @ models/lib/dino.yaml:22:33
%882 = div %877, %881 : f32[16,8] @ models/lib/dino.yaml:22:33
%883 = matmul %875, %882 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%884 = slice %834 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%885 = slice %834 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%886 = slice %883 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%887 = slice %883 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:132:27
%888 = reshape %3 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%889 = permute %888 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%890 = reshape %889 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%891 = reshape %83 : f32[16,48] @ models/lib/vit.yaml:17:20
%892 = matmul %890, %891 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%893 = broadcast %84 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%894 = add %892, %893 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%895 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%896 = reshape %82 : f32[4,64] @ models/lib/vit.yaml:32:17
%897 = matmul %895, %896 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%898 = reshape %897 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%899 = permute %898 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%900 = reshape %899 : f32[4,48] @ models/lib/vit.yaml:34:17
%901 = matmul %895, %900 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%902 = reshape %901 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%903 = permute %902 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%904 = reshape %903 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%905 = broadcast %904 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%906 = add %894, %905 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%907 = reduce_sum %906 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%908 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%909 = broadcast %908 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%910 = div %907, %909 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%911 = broadcast %910 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%912 = sub %906, %911 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%913 = mul %912, %912 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%914 = reduce_sum %913 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%915 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%916 = broadcast %915 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%917 = div %914, %916 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%918 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%919 = broadcast %918 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%920 = add %917, %919 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%921 = rsqrt %920 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%922 = broadcast %921 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%923 = mul %912, %922 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%924 = broadcast %85 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%925 = mul %923, %924 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%926 = broadcast %86 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%927 = add %925, %926 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%928 = matmul %927, %87 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%929 = broadcast %88 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%930 = add %928, %929 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%931 = reshape %930 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%932 = permute %931 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%933 = slice %932 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%934 = reshape %933 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%935 = slice %932 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%936 = reshape %935 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%937 = slice %932 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%938 = reshape %937 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%939 = matmul %934, %936 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%940 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%941 = broadcast %940 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%942 = mul %939, %941 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%943 = reduce_max %942 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%944 = stop_gradient %943 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%945 = broadcast %944 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%946 = sub %942, %945 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%947 = exp %946 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%948 = reduce_sum %947 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%949 = broadcast %948 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%950 = div %947, %949 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%951 = matmul %950, %938 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%952 = permute %951 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%953 = reshape %952 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%954 = matmul %953, %89 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%955 = broadcast %90 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%956 = add %954, %955 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%957 = add %906, %956 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%958 = reduce_sum %957 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%959 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%960 = broadcast %959 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%961 = div %958, %960 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%962 = broadcast %961 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%963 = sub %957, %962 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%964 = mul %963, %963 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%965 = reduce_sum %964 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%966 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%967 = broadcast %966 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%968 = div %965, %967 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%969 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%970 = broadcast %969 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%971 = add %968, %970 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%972 = rsqrt %971 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%973 = broadcast %972 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%974 = mul %963, %973 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%975 = broadcast %91 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%976 = mul %974, %975 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%977 = broadcast %92 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%978 = add %976, %977 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%979 = matmul %978, %93 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%980 = broadcast %94 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%981 = add %979, %980 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%982 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%983 = broadcast %982 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%984 = mul %983, %981 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%985 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%986 = broadcast %985 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%987 = mul %981, %986 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%988 = erf %987 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%989 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%990 = broadcast %989 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%991 = add %990, %988 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%992 = mul %984, %991 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%993 = matmul %992, %95 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%994 = broadcast %96 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%995 = add %993, %994 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%996 = add %957, %995 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%997 = reduce_sum %996 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%998 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%999 = broadcast %998 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1000 = div %997, %999 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1001 = broadcast %1000 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1002 = sub %996, %1001 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1003 = mul %1002, %1002 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1004 = reduce_sum %1003 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1005 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1006 = broadcast %1005 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1007 = div %1004, %1006 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1008 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1009 = broadcast %1008 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1010 = add %1007, %1009 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1011 = rsqrt %1010 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1012 = broadcast %1011 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1013 = mul %1002, %1012 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1014 = broadcast %97 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1015 = mul %1013, %1014 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1016 = broadcast %98 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1017 = add %1015, %1016 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1018 = matmul %1017, %99 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%1019 = broadcast %100 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1020 = add %1018, %1019 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%1021 = reshape %1020 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%1022 = permute %1021 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%1023 = slice %1022 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%1024 = reshape %1023 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%1025 = slice %1022 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%1026 = reshape %1025 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%1027 = slice %1022 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%1028 = reshape %1027 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%1029 = matmul %1024, %1026 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%1030 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1031 = broadcast %1030 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1032 = mul %1029, %1031 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%1033 = reduce_max %1032 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%1034 = stop_gradient %1033 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%1035 = broadcast %1034 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1036 = sub %1032, %1035 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%1037 = exp %1036 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%1038 = reduce_sum %1037 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%1039 = broadcast %1038 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1040 = div %1037, %1039 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%1041 = matmul %1040, %1028 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%1042 = permute %1041 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%1043 = reshape %1042 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%1044 = matmul %1043, %101 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1045 = broadcast %102 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1046 = add %1044, %1045 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1047 = add %996, %1046 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%1048 = reduce_sum %1047 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1049 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1050 = broadcast %1049 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1051 = div %1048, %1050 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%1052 = broadcast %1051 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1053 = sub %1047, %1052 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%1054 = mul %1053, %1053 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%1055 = reduce_sum %1054 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1056 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1057 = broadcast %1056 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1058 = div %1055, %1057 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%1059 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1060 = broadcast %1059 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1061 = add %1058, %1060 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%1062 = rsqrt %1061 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%1063 = broadcast %1062 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1064 = mul %1053, %1063 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%1065 = broadcast %103 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1066 = mul %1064, %1065 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%1067 = broadcast %104 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1068 = add %1066, %1067 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%1069 = matmul %1068, %105 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%1070 = broadcast %106 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1071 = add %1069, %1070 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%1072 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1073 = broadcast %1072 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1074 = mul %1073, %1071 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%1075 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1076 = broadcast %1075 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1077 = mul %1071, %1076 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%1078 = erf %1077 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%1079 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1080 = broadcast %1079 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1081 = add %1080, %1078 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%1082 = mul %1074, %1081 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%1083 = matmul %1082, %107 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%1084 = broadcast %108 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1085 = add %1083, %1084 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%1086 = add %1047, %1085 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%1087 = grid_neighbors n=3 size=3 : i32[9,8] @ models/dino_pass.yaml:61:16
%1088 = mul %1086, %1086 : f32[4,9,16] @ models/lib/nn.yaml:33:35
%1089 = reduce_sum %1088 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1090 = sqrt %1089 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1091 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1092 = cast %1091 : f32[] @ models/lib/nn.yaml:33:61
%1093 = broadcast %1092 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1094 = max %1090, %1093 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1095 = broadcast %1094 : f32[4,9,16] @ models/lib/nn.yaml:33:18
%1096 = div %1086, %1095 : f32[4,9,16] @ models/lib/nn.yaml:33:18
%1097 = reshape %1087 : i32[1,72] @ models/dino_pass.yaml:67:26
%1098 = broadcast %1097 : i32[4,72] @ models/dino_pass.yaml:67:16
%1099 = gather %1096, %1098 axis=1 : f32[4,72,16] @ models/dino_pass.yaml:68:24
%1100 = reshape %1099 : f32[4,9,8,16] @ models/dino_pass.yaml:68:16
%1101 = reshape %1096 : f32[4,9,1,16] @ models/dino_pass.yaml:74:42
%1102 = broadcast %1101 : f32[4,9,8,16] @ models/dino_pass.yaml:74:40
%1103 = mul %1100, %1102 : f32[4,9,8,16] @ models/dino_pass.yaml:74:40
%1104 = reduce_sum %1103 axes=[3] keep=0 : f32[4,9,8] @ models/dino_pass.yaml:74:15
%1105 = reshape %1087 : i32[1,9,8] @ models/dino_pass.yaml:75:27
%1106 = broadcast %1105 : i32[4,9,8] @ models/dino_pass.yaml:75:17
%1107 = topk %1104 k=2 : i32[4,9,2] @ models/dino_pass.yaml:76:30
%1108 = gather %1106, %1107 axis=2 : i32[4,9,2] @ models/dino_pass.yaml:76:16
%1109 = reshape %1108 : i32[4,18] @ models/dino_pass.yaml:82:23
%1110 = gather %1086, %1109 axis=1 : f32[4,18,16] @ models/dino_pass.yaml:82:13
%1111 = reshape %1110 : f32[4,9,2,16] @ models/dino_pass.yaml:83:16
%1112 = reshape %1111 : f32[36,2,16] @ models/dino_pass.yaml:88:23
%1113 = broadcast %109 : f32[36,1,16] @ models/lib/vit.yaml:116:31
%1114 = concat %1113, %1112 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1115 = reduce_sum %1114 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1116 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1117 = broadcast %1116 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1118 = div %1115, %1117 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1119 = broadcast %1118 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1120 = sub %1114, %1119 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1121 = mul %1120, %1120 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1122 = reduce_sum %1121 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1123 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1124 = broadcast %1123 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1125 = div %1122, %1124 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1126 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1127 = broadcast %1126 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1128 = add %1125, %1127 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1129 = rsqrt %1128 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1130 = broadcast %1129 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1131 = mul %1120, %1130 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1132 = broadcast %110 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1133 = mul %1131, %1132 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1134 = broadcast %111 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1135 = add %1133, %1134 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1136 = slice %1135 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1137 = matmul %1136, %112 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1138 = broadcast %113 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1139 = add %1137, %1138 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1140 = reshape %1139 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1141 = permute %1140 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1142 = matmul %1135, %114 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1143 = broadcast %115 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1144 = add %1142, %1143 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1145 = reshape %1144 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1146 = permute %1145 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1147 = matmul %1135, %116 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1148 = broadcast %117 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1149 = add %1147, %1148 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1150 = reshape %1149 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1151 = permute %1150 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1152 = matmul %1141, %1146 ta=0 tb=1 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1153 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1154 = broadcast %1153 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1155 = mul %1152, %1154 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1156 = reduce_max %1155 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1157 = stop_gradient %1156 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1158 = broadcast %1157 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1159 = sub %1155, %1158 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1160 = exp %1159 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1161 = reduce_sum %1160 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1162 = broadcast %1161 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1163 = div %1160, %1162 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1164 = matmul %1163, %1151 ta=0 tb=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1165 = permute %1164 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1166 = reshape %1165 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1167 = matmul %1166, %118 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1168 = broadcast %119 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1169 = add %1167, %1168 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1170 = add %1113, %1169 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1171 = reduce_sum %1170 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1172 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1173 = broadcast %1172 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1174 = div %1171, %1173 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1175 = broadcast %1174 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1176 = sub %1170, %1175 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1177 = mul %1176, %1176 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1178 = reduce_sum %1177 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1179 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1180 = broadcast %1179 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1181 = div %1178, %1180 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1182 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1183 = broadcast %1182 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1184 = add %1181, %1183 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1185 = rsqrt %1184 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1186 = broadcast %1185 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1187 = mul %1176, %1186 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1188 = broadcast %120 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1189 = mul %1187, %1188 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1190 = broadcast %121 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1191 = add %1189, %1190 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1192 = matmul %1191, %122 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1193 = broadcast %123 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1194 = add %1192, %1193 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1195 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1196 = broadcast %1195 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1197 = mul %1196, %1194 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1198 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1199 = broadcast %1198 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1200 = mul %1194, %1199 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1201 = erf %1200 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1202 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1203 = broadcast %1202 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1204 = add %1203, %1201 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1205 = mul %1197, %1204 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1206 = matmul %1205, %124 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1207 = broadcast %125 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1208 = add %1206, %1207 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1209 = add %1170, %1208 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1210 = concat %1209, %1112 axis=1 : f32[36,3,16] @ models/lib/vit.yaml:95:24
%1211 = reduce_sum %1210 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1212 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1213 = broadcast %1212 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1214 = div %1211, %1213 : f32[36,3,1] @ models/lib/nn.yaml:93:14
%1215 = broadcast %1214 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1216 = sub %1210, %1215 : f32[36,3,16] @ models/lib/nn.yaml:94:15
%1217 = mul %1216, %1216 : f32[36,3,16] @ models/lib/nn.yaml:95:22
%1218 = reduce_sum %1217 axes=[2] keep=1 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1219 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1220 = broadcast %1219 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1221 = div %1218, %1220 : f32[36,3,1] @ models/lib/nn.yaml:95:15
%1222 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1223 = broadcast %1222 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1224 = add %1221, %1223 : f32[36,3,1] @ models/lib/nn.yaml:96:30
%1225 = rsqrt %1224 : f32[36,3,1] @ models/lib/nn.yaml:96:20
%1226 = broadcast %1225 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1227 = mul %1216, %1226 : f32[36,3,16] @ models/lib/nn.yaml:96:18
%1228 = broadcast %126 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1229 = mul %1227, %1228 : f32[36,3,16] @ models/lib/nn.yaml:96:37
%1230 = broadcast %127 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1231 = add %1229, %1230 : f32[36,3,16] @ models/lib/nn.yaml:96:46
%1232 = slice %1231 lo=[0,0,0] hi=[36,1,16] : f32[36,1,16] @ models/lib/vit.yaml:78:33
%1233 = matmul %1232, %128 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1234 = broadcast %129 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1235 = add %1233, %1234 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1236 = reshape %1235 : f32[36,1,2,8] @ models/lib/vit.yaml:78:22
%1237 = permute %1236 perm=[0,2,1,3] : f32[36,2,1,8] @ models/lib/vit.yaml:78:14
%1238 = matmul %1231, %130 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1239 = broadcast %131 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1240 = add %1238, %1239 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1241 = reshape %1240 : f32[36,3,2,8] @ models/lib/vit.yaml:79:22
%1242 = permute %1241 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:79:14
%1243 = matmul %1231, %132 ta=0 tb=1 : f32[36,3,16] @ models/lib/nn.yaml:83:15
%1244 = broadcast %133 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1245 = add %1243, %1244 : f32[36,3,16] @ models/lib/nn.yaml:84:18
%1246 = reshape %1245 : f32[36,3,2,8] @ models/lib/vit.yaml:80:22
%1247 = permute %1246 perm=[0,2,1,3] : f32[36,2,3,8] @ models/lib/vit.yaml:80:14
%1248 = matmul %1237, %1242 ta=0 tb=1 : f32[36,2,1,3] @ models/lib/nn.yaml:55:23
%1249 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1250 = broadcast %1249 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1251 = mul %1248, %1250 : f32[36,2,1,3] @ models/lib/nn.yaml:55:29
%1252 = reduce_max %1251 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:14:35
%1253 = stop_gradient %1252 : f32[36,2,1,1] @ models/lib/nn.yaml:14:21
%1254 = broadcast %1253 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1255 = sub %1251, %1254 : f32[36,2,1,3] @ models/lib/nn.yaml:14:19
%1256 = exp %1255 : f32[36,2,1,3] @ models/lib/nn.yaml:14:13
%1257 = reduce_sum %1256 axes=[3] keep=1 : f32[36,2,1,1] @ models/lib/nn.yaml:15:20
%1258 = broadcast %1257 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1259 = div %1256, %1258 : f32[36,2,1,3] @ models/lib/nn.yaml:15:18
%1260 = matmul %1259, %1247 ta=0 tb=0 : f32[36,2,1,8] @ models/lib/nn.yaml:56:23
%1261 = permute %1260 perm=[0,2,1,3] : f32[36,1,2,8] @ models/lib/nn.yaml:56:13
%1262 = reshape %1261 : f32[36,1,16] @ models/lib/nn.yaml:57:16
%1263 = matmul %1262, %134 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1264 = broadcast %135 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1265 = add %1263, %1264 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1266 = add %1209, %1265 : f32[36,1,16] @ models/lib/vit.yaml:96:15
%1267 = reduce_sum %1266 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1268 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1269 = broadcast %1268 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1270 = div %1267, %1269 : f32[36,1,1] @ models/lib/nn.yaml:93:14
%1271 = broadcast %1270 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1272 = sub %1266, %1271 : f32[36,1,16] @ models/lib/nn.yaml:94:15
%1273 = mul %1272, %1272 : f32[36,1,16] @ models/lib/nn.yaml:95:22
%1274 = reduce_sum %1273 axes=[2] keep=1 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1275 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1276 = broadcast %1275 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1277 = div %1274, %1276 : f32[36,1,1] @ models/lib/nn.yaml:95:15
%1278 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1279 = broadcast %1278 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1280 = add %1277, %1279 : f32[36,1,1] @ models/lib/nn.yaml:96:30
%1281 = rsqrt %1280 : f32[36,1,1] @ models/lib/nn.yaml:96:20
%1282 = broadcast %1281 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1283 = mul %1272, %1282 : f32[36,1,16] @ models/lib/nn.yaml:96:18
%1284 = broadcast %136 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1285 = mul %1283, %1284 : f32[36,1,16] @ models/lib/nn.yaml:96:37
%1286 = broadcast %137 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1287 = add %1285, %1286 : f32[36,1,16] @ models/lib/nn.yaml:96:46
%1288 = matmul %1287, %138 ta=0 tb=1 : f32[36,1,64] @ models/lib/nn.yaml:83:15
%1289 = broadcast %139 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1290 = add %1288, %1289 : f32[36,1,64] @ models/lib/nn.yaml:84:18
%1291 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1292 = broadcast %1291 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1293 = mul %1292, %1290 : f32[36,1,64] @ models/lib/nn.yaml:27:20
%1294 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1295 = broadcast %1294 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1296 = mul %1290, %1295 : f32[36,1,64] @ models/lib/nn.yaml:27:37
%1297 = erf %1296 : f32[36,1,64] @ models/lib/nn.yaml:27:31
%1298 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1299 = broadcast %1298 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1300 = add %1299, %1297 : f32[36,1,64] @ models/lib/nn.yaml:27:29
%1301 = mul %1293, %1300 : f32[36,1,64] @ models/lib/nn.yaml:27:24
%1302 = matmul %1301, %140 ta=0 tb=1 : f32[36,1,16] @ models/lib/nn.yaml:83:15
%1303 = broadcast %141 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1304 = add %1302, %1303 : f32[36,1,16] @ models/lib/nn.yaml:84:18
%1305 = add %1266, %1304 : f32[36,1,16] @ models/lib/vit.yaml:98:18
%1306 = reshape %1305 : f32[4,9,16] @ models/dino_pass.yaml:89:16
%1307 = broadcast %109 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1308 = concat %1307, %1086 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1309 = reduce_sum %1308 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1310 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1311 = broadcast %1310 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1312 = div %1309, %1311 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1313 = broadcast %1312 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1314 = sub %1308, %1313 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1315 = mul %1314, %1314 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1316 = reduce_sum %1315 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1317 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1318 = broadcast %1317 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1319 = div %1316, %1318 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1320 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1321 = broadcast %1320 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1322 = add %1319, %1321 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1323 = rsqrt %1322 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1324 = broadcast %1323 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1325 = mul %1314, %1324 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1326 = broadcast %110 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1327 = mul %1325, %1326 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1328 = broadcast %111 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1329 = add %1327, %1328 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1330 = slice %1329 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1331 = matmul %1330, %112 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1332 = broadcast %113 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1333 = add %1331, %1332 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1334 = reshape %1333 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1335 = permute %1334 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1336 = matmul %1329, %114 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1337 = broadcast %115 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1338 = add %1336, %1337 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1339 = reshape %1338 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1340 = permute %1339 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1341 = matmul %1329, %116 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1342 = broadcast %117 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1343 = add %1341, %1342 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1344 = reshape %1343 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1345 = permute %1344 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1346 = matmul %1335, %1340 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1347 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1348 = broadcast %1347 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1349 = mul %1346, %1348 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1350 = reduce_max %1349 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1351 = stop_gradient %1350 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1352 = broadcast %1351 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1353 = sub %1349, %1352 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1354 = exp %1353 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1355 = reduce_sum %1354 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1356 = broadcast %1355 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1357 = div %1354, %1356 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1358 = matmul %1357, %1345 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1359 = permute %1358 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1360 = reshape %1359 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1361 = matmul %1360, %118 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1362 = broadcast %119 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1363 = add %1361, %1362 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1364 = add %1307, %1363 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1365 = reduce_sum %1364 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1366 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1367 = broadcast %1366 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1368 = div %1365, %1367 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1369 = broadcast %1368 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1370 = sub %1364, %1369 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1371 = mul %1370, %1370 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1372 = reduce_sum %1371 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1373 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1374 = broadcast %1373 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1375 = div %1372, %1374 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1376 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1377 = broadcast %1376 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1378 = add %1375, %1377 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1379 = rsqrt %1378 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1380 = broadcast %1379 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1381 = mul %1370, %1380 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1382 = broadcast %120 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1383 = mul %1381, %1382 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1384 = broadcast %121 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1385 = add %1383, %1384 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1386 = matmul %1385, %122 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1387 = broadcast %123 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1388 = add %1386, %1387 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1389 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1390 = broadcast %1389 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1391 = mul %1390, %1388 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1392 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1393 = broadcast %1392 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1394 = mul %1388, %1393 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1395 = erf %1394 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1396 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1397 = broadcast %1396 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1398 = add %1397, %1395 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1399 = mul %1391, %1398 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1400 = matmul %1399, %124 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1401 = broadcast %125 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1402 = add %1400, %1401 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1403 = add %1364, %1402 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1404 = concat %1403, %1086 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%1405 = reduce_sum %1404 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1406 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1407 = broadcast %1406 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1408 = div %1405, %1407 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1409 = broadcast %1408 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1410 = sub %1404, %1409 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1411 = mul %1410, %1410 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1412 = reduce_sum %1411 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1413 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1414 = broadcast %1413 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1415 = div %1412, %1414 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1416 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1417 = broadcast %1416 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1418 = add %1415, %1417 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1419 = rsqrt %1418 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1420 = broadcast %1419 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1421 = mul %1410, %1420 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1422 = broadcast %126 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1423 = mul %1421, %1422 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1424 = broadcast %127 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1425 = add %1423, %1424 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1426 = slice %1425 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1427 = matmul %1426, %128 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1428 = broadcast %129 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1429 = add %1427, %1428 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1430 = reshape %1429 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1431 = permute %1430 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1432 = matmul %1425, %130 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1433 = broadcast %131 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1434 = add %1432, %1433 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1435 = reshape %1434 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%1436 = permute %1435 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%1437 = matmul %1425, %132 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%1438 = broadcast %133 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1439 = add %1437, %1438 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%1440 = reshape %1439 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%1441 = permute %1440 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%1442 = matmul %1431, %1436 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%1443 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1444 = broadcast %1443 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1445 = mul %1442, %1444 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%1446 = reduce_max %1445 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1447 = stop_gradient %1446 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1448 = broadcast %1447 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1449 = sub %1445, %1448 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%1450 = exp %1449 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%1451 = reduce_sum %1450 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1452 = broadcast %1451 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1453 = div %1450, %1452 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%1454 = matmul %1453, %1441 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1455 = permute %1454 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1456 = reshape %1455 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1457 = matmul %1456, %134 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1458 = broadcast %135 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1459 = add %1457, %1458 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1460 = add %1403, %1459 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1461 = reduce_sum %1460 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1462 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1463 = broadcast %1462 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1464 = div %1461, %1463 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1465 = broadcast %1464 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1466 = sub %1460, %1465 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1467 = mul %1466, %1466 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1468 = reduce_sum %1467 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1469 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1470 = broadcast %1469 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1471 = div %1468, %1470 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1472 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1473 = broadcast %1472 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1474 = add %1471, %1473 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1475 = rsqrt %1474 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1476 = broadcast %1475 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1477 = mul %1466, %1476 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1478 = broadcast %136 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1479 = mul %1477, %1478 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1480 = broadcast %137 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1481 = add %1479, %1480 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1482 = matmul %1481, %138 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1483 = broadcast %139 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1484 = add %1482, %1483 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1485 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1486 = broadcast %1485 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1487 = mul %1486, %1484 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1488 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1489 = broadcast %1488 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1490 = mul %1484, %1489 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1491 = erf %1490 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1492 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1493 = broadcast %1492 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1494 = add %1493, %1491 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1495 = mul %1487, %1494 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1496 = matmul %1495, %140 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1497 = broadcast %141 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1498 = add %1496, %1497 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1499 = add %1460, %1498 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1500 = concat %1499, %1306 axis=1 : f32[4,10,16] @ models/dino_pass.yaml:110:30
%1501 = reduce_sum %1500 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1502 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1503 = broadcast %1502 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1504 = div %1501, %1503 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%1505 = broadcast %1504 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1506 = sub %1500, %1505 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%1507 = mul %1506, %1506 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%1508 = reduce_sum %1507 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1509 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1510 = broadcast %1509 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1511 = div %1508, %1510 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%1512 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1513 = broadcast %1512 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1514 = add %1511, %1513 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%1515 = rsqrt %1514 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%1516 = broadcast %1515 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1517 = mul %1506, %1516 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%1518 = broadcast %142 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1519 = mul %1517, %1518 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%1520 = broadcast %143 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1521 = add %1519, %1520 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%1522 = slice %1521 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:111:28
%1523 = matmul %1522, %144 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1524 = broadcast %145 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1525 = add %1523, %1524 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1526 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1527 = broadcast %1526 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1528 = mul %1527, %1525 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1529 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1530 = broadcast %1529 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1531 = mul %1525, %1530 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1532 = erf %1531 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1533 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1534 = broadcast %1533 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1535 = add %1534, %1532 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1536 = mul %1528, %1535 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1537 = matmul %1536, %146 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%1538 = broadcast %147 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1539 = add %1537, %1538 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%1540 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1541 = broadcast %1540 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1542 = mul %1541, %1539 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%1543 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1544 = broadcast %1543 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1545 = mul %1539, %1544 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%1546 = erf %1545 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%1547 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1548 = broadcast %1547 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1549 = add %1548, %1546 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%1550 = mul %1542, %1549 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%1551 = matmul %1550, %148 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%1552 = broadcast %149 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1553 = add %1551, %1552 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%1554 = mul %1553, %1553 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%1555 = reduce_sum %1554 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%1556 = sqrt %1555 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%1557 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1558 = cast %1557 : f32[] @ models/lib/nn.yaml:33:61
%1559 = broadcast %1558 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1560 = max %1556, %1559 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%1561 = broadcast %1560 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1562 = div %1553, %1561 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%1563 = broadcast %150 : f32[32,8] @ models/lib/dino.yaml:22:22
%1564 = mul %1563, %151 : f32[32,8] @ models/lib/dino.yaml:22:22
%1565 = mul %151, %151 : f32[32,8] @ models/lib/dino.yaml:22:53
%1566 = reduce_sum %1565 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%1567 = sqrt %1566 : f32[32,1] @ models/lib/dino.yaml:22:35
%1568 = broadcast %1567 : f32[32,8] @ models/lib/dino.yaml:22:33
%1569 = div %1564, %1568 : f32[32,8] @ models/lib/dino.yaml:22:33
%1570 = matmul %1562, %1569 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%1571 = slice %1521 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:111:46
%1572 = matmul %1571, %152 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1573 = broadcast %153 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1574 = add %1572, %1573 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1575 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1576 = broadcast %1575 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1577 = mul %1576, %1574 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1578 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1579 = broadcast %1578 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1580 = mul %1574, %1579 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1581 = erf %1580 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1582 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1583 = broadcast %1582 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1584 = add %1583, %1581 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1585 = mul %1577, %1584 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1586 = matmul %1585, %154 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%1587 = broadcast %155 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1588 = add %1586, %1587 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%1589 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1590 = broadcast %1589 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1591 = mul %1590, %1588 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%1592 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1593 = broadcast %1592 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1594 = mul %1588, %1593 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%1595 = erf %1594 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%1596 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1597 = broadcast %1596 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1598 = add %1597, %1595 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%1599 = mul %1591, %1598 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%1600 = matmul %1599, %156 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%1601 = broadcast %157 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1602 = add %1600, %1601 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%1603 = mul %1602, %1602 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%1604 = reduce_sum %1603 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%1605 = sqrt %1604 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%1606 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1607 = cast %1606 : f32[] @ models/lib/nn.yaml:33:61
%1608 = broadcast %1607 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1609 = max %1605, %1608 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%1610 = broadcast %1609 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1611 = div %1602, %1610 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%1612 = broadcast %158 : f32[16,8] @ models/lib/dino.yaml:22:22
%1613 = mul %1612, %159 : f32[16,8] @ models/lib/dino.yaml:22:22
%1614 = mul %159, %159 : f32[16,8] @ models/lib/dino.yaml:22:53
%1615 = reduce_sum %1614 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%1616 = sqrt %1615 : f32[16,1] @ models/lib/dino.yaml:22:35
%1617 = broadcast %1616 : f32[16,8] @ models/lib/dino.yaml:22:33
%1618 = div %1613, %1617 : f32[16,8] @ models/lib/dino.yaml:22:33
%1619 = matmul %1611, %1618 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%1620 = slice %1570 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%1621 = slice %1570 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:132:20
%1622 = slice %1619 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%1623 = slice %1619 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:132:27
%1624 = reshape %2 : f32[4,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%1625 = permute %1624 perm=[0,2,4,1,3,5] : f32[4,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%1626 = reshape %1625 : f32[4,16,48] @ models/lib/vit.yaml:16:13
%1627 = reshape %5 : f32[16,48] @ models/lib/vit.yaml:17:20
%1628 = matmul %1626, %1627 ta=0 tb=1 : f32[4,16,16] @ models/lib/vit.yaml:17:18
%1629 = broadcast %6 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1630 = add %1628, %1629 : f32[4,16,16] @ models/lib/vit.yaml:17:71
%1631 = broadcast %4 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1632 = add %1630, %1631 : f32[4,16,16] @ models/lib/vit.yaml:62:15
%1633 = reduce_sum %1632 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1634 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1635 = broadcast %1634 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1636 = div %1633, %1635 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1637 = broadcast %1636 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1638 = sub %1632, %1637 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1639 = mul %1638, %1638 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1640 = reduce_sum %1639 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1641 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1642 = broadcast %1641 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1643 = div %1640, %1642 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1644 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1645 = broadcast %1644 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1646 = add %1643, %1645 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1647 = rsqrt %1646 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1648 = broadcast %1647 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1649 = mul %1638, %1648 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1650 = broadcast %7 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1651 = mul %1649, %1650 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1652 = broadcast %8 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1653 = add %1651, %1652 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1654 = matmul %1653, %9 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1655 = broadcast %10 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1656 = add %1654, %1655 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1657 = reshape %1656 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1658 = permute %1657 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1659 = slice %1658 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1660 = reshape %1659 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1661 = slice %1658 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1662 = reshape %1661 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1663 = slice %1658 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1664 = reshape %1663 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1665 = matmul %1660, %1662 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1666 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1667 = broadcast %1666 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1668 = mul %1665, %1667 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1669 = reduce_max %1668 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1670 = stop_gradient %1669 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1671 = broadcast %1670 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1672 = sub %1668, %1671 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1673 = exp %1672 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1674 = reduce_sum %1673 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1675 = broadcast %1674 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1676 = div %1673, %1675 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1677 = matmul %1676, %1664 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1678 = permute %1677 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1679 = reshape %1678 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1680 = matmul %1679, %11 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1681 = broadcast %12 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1682 = add %1680, %1681 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1683 = add %1632, %1682 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1684 = reduce_sum %1683 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1685 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1686 = broadcast %1685 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1687 = div %1684, %1686 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1688 = broadcast %1687 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1689 = sub %1683, %1688 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1690 = mul %1689, %1689 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1691 = reduce_sum %1690 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1692 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1693 = broadcast %1692 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1694 = div %1691, %1693 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1695 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1696 = broadcast %1695 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1697 = add %1694, %1696 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1698 = rsqrt %1697 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1699 = broadcast %1698 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1700 = mul %1689, %1699 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1701 = broadcast %13 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1702 = mul %1700, %1701 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1703 = broadcast %14 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1704 = add %1702, %1703 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1705 = matmul %1704, %15 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1706 = broadcast %16 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1707 = add %1705, %1706 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1708 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1709 = broadcast %1708 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1710 = mul %1709, %1707 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1711 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1712 = broadcast %1711 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1713 = mul %1707, %1712 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1714 = erf %1713 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1715 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1716 = broadcast %1715 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1717 = add %1716, %1714 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1718 = mul %1710, %1717 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1719 = matmul %1718, %17 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1720 = broadcast %18 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1721 = add %1719, %1720 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1722 = add %1683, %1721 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1723 = reduce_sum %1722 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1724 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1725 = broadcast %1724 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1726 = div %1723, %1725 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1727 = broadcast %1726 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1728 = sub %1722, %1727 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1729 = mul %1728, %1728 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1730 = reduce_sum %1729 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1731 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1732 = broadcast %1731 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1733 = div %1730, %1732 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1734 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1735 = broadcast %1734 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1736 = add %1733, %1735 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1737 = rsqrt %1736 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1738 = broadcast %1737 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1739 = mul %1728, %1738 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1740 = broadcast %19 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1741 = mul %1739, %1740 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1742 = broadcast %20 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1743 = add %1741, %1742 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1744 = matmul %1743, %21 ta=0 tb=1 : f32[4,16,48] @ models/lib/nn.yaml:83:15
%1745 = broadcast %22 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1746 = add %1744, %1745 : f32[4,16,48] @ models/lib/nn.yaml:84:18
%1747 = reshape %1746 : f32[4,16,3,2,8] @ models/lib/nn.yaml:66:21
%1748 = permute %1747 perm=[2,0,3,1,4] : f32[3,4,2,16,8] @ models/lib/nn.yaml:66:13
%1749 = slice %1748 lo=[0,0,0,0,0] hi=[1,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:28
%1750 = reshape %1749 : f32[4,2,16,8] @ models/lib/nn.yaml:67:28
%1751 = slice %1748 lo=[1,0,0,0,0] hi=[2,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:34
%1752 = reshape %1751 : f32[4,2,16,8] @ models/lib/nn.yaml:67:34
%1753 = slice %1748 lo=[2,0,0,0,0] hi=[3,4,2,16,8] : f32[1,4,2,16,8] @ models/lib/nn.yaml:67:40
%1754 = reshape %1753 : f32[4,2,16,8] @ models/lib/nn.yaml:67:40
%1755 = matmul %1750, %1752 ta=0 tb=1 : f32[4,2,16,16] @ models/lib/nn.yaml:55:23
%1756 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1757 = broadcast %1756 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1758 = mul %1755, %1757 : f32[4,2,16,16] @ models/lib/nn.yaml:55:29
%1759 = reduce_max %1758 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:14:35
%1760 = stop_gradient %1759 : f32[4,2,16,1] @ models/lib/nn.yaml:14:21
%1761 = broadcast %1760 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1762 = sub %1758, %1761 : f32[4,2,16,16] @ models/lib/nn.yaml:14:19
%1763 = exp %1762 : f32[4,2,16,16] @ models/lib/nn.yaml:14:13
%1764 = reduce_sum %1763 axes=[3] keep=1 : f32[4,2,16,1] @ models/lib/nn.yaml:15:20
%1765 = broadcast %1764 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1766 = div %1763, %1765 : f32[4,2,16,16] @ models/lib/nn.yaml:15:18
%1767 = matmul %1766, %1754 ta=0 tb=0 : f32[4,2,16,8] @ models/lib/nn.yaml:56:23
%1768 = permute %1767 perm=[0,2,1,3] : f32[4,16,2,8] @ models/lib/nn.yaml:56:13
%1769 = reshape %1768 : f32[4,16,16] @ models/lib/nn.yaml:57:16
%1770 = matmul %1769, %23 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1771 = broadcast %24 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1772 = add %1770, %1771 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1773 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1774 = broadcast %1773 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1775 = div %1772, %1774 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1776 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1777 = rand_uniform %1776 stream=1 : f32[4] @ models/lib/nn.yaml:43:13
%1778 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1779 = broadcast %1778 : f32[4] @ models/lib/nn.yaml:44:35
%1780 = add %1779, %1777 : f32[4] @ models/lib/nn.yaml:44:35
%1781 = floor %1780 : f32[4] @ models/lib/nn.yaml:44:24
%1782 = reshape %1781 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1783 = broadcast %1782 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1784 = mul %1775, %1783 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1785 = add %1722, %1784 : f32[4,16,16] @ models/lib/nn.yaml:125:15
%1786 = reduce_sum %1785 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1787 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1788 = broadcast %1787 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1789 = div %1786, %1788 : f32[4,16,1] @ models/lib/nn.yaml:93:14
%1790 = broadcast %1789 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1791 = sub %1785, %1790 : f32[4,16,16] @ models/lib/nn.yaml:94:15
%1792 = mul %1791, %1791 : f32[4,16,16] @ models/lib/nn.yaml:95:22
%1793 = reduce_sum %1792 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1794 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1795 = broadcast %1794 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1796 = div %1793, %1795 : f32[4,16,1] @ models/lib/nn.yaml:95:15
%1797 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1798 = broadcast %1797 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1799 = add %1796, %1798 : f32[4,16,1] @ models/lib/nn.yaml:96:30
%1800 = rsqrt %1799 : f32[4,16,1] @ models/lib/nn.yaml:96:20
%1801 = broadcast %1800 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1802 = mul %1791, %1801 : f32[4,16,16] @ models/lib/nn.yaml:96:18
%1803 = broadcast %25 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1804 = mul %1802, %1803 : f32[4,16,16] @ models/lib/nn.yaml:96:37
%1805 = broadcast %26 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1806 = add %1804, %1805 : f32[4,16,16] @ models/lib/nn.yaml:96:46
%1807 = matmul %1806, %27 ta=0 tb=1 : f32[4,16,64] @ models/lib/nn.yaml:83:15
%1808 = broadcast %28 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1809 = add %1807, %1808 : f32[4,16,64] @ models/lib/nn.yaml:84:18
%1810 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1811 = broadcast %1810 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1812 = mul %1811, %1809 : f32[4,16,64] @ models/lib/nn.yaml:27:20
%1813 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1814 = broadcast %1813 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1815 = mul %1809, %1814 : f32[4,16,64] @ models/lib/nn.yaml:27:37
%1816 = erf %1815 : f32[4,16,64] @ models/lib/nn.yaml:27:31
%1817 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1818 = broadcast %1817 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1819 = add %1818, %1816 : f32[4,16,64] @ models/lib/nn.yaml:27:29
%1820 = mul %1812, %1819 : f32[4,16,64] @ models/lib/nn.yaml:27:24
%1821 = matmul %1820, %29 ta=0 tb=1 : f32[4,16,16] @ models/lib/nn.yaml:83:15
%1822 = broadcast %30 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1823 = add %1821, %1822 : f32[4,16,16] @ models/lib/nn.yaml:84:18
%1824 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1825 = broadcast %1824 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1826 = div %1823, %1825 : f32[4,16,16] @ models/lib/nn.yaml:50:38
%1827 = rand_uniform %1776 stream=2 : f32[4] @ models/lib/nn.yaml:43:13
%1828 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1829 = broadcast %1828 : f32[4] @ models/lib/nn.yaml:44:35
%1830 = add %1829, %1827 : f32[4] @ models/lib/nn.yaml:44:35
%1831 = floor %1830 : f32[4] @ models/lib/nn.yaml:44:24
%1832 = reshape %1831 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%1833 = broadcast %1832 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1834 = mul %1826, %1833 : f32[4,16,16] @ models/lib/nn.yaml:50:51
%1835 = add %1785, %1834 : f32[4,16,16] @ models/lib/nn.yaml:126:18
%1836 = broadcast %31 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%1837 = concat %1836, %1835 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1838 = reduce_sum %1837 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1839 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1840 = broadcast %1839 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1841 = div %1838, %1840 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1842 = broadcast %1841 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1843 = sub %1837, %1842 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1844 = mul %1843, %1843 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1845 = reduce_sum %1844 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1846 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1847 = broadcast %1846 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1848 = div %1845, %1847 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1849 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1850 = broadcast %1849 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1851 = add %1848, %1850 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1852 = rsqrt %1851 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1853 = broadcast %1852 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1854 = mul %1843, %1853 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1855 = broadcast %32 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1856 = mul %1854, %1855 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1857 = broadcast %33 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1858 = add %1856, %1857 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1859 = slice %1858 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1860 = matmul %1859, %34 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1861 = broadcast %35 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1862 = add %1860, %1861 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1863 = reshape %1862 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1864 = permute %1863 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1865 = matmul %1858, %36 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1866 = broadcast %37 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1867 = add %1865, %1866 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1868 = reshape %1867 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1869 = permute %1868 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1870 = matmul %1858, %38 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1871 = broadcast %39 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1872 = add %1870, %1871 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1873 = reshape %1872 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1874 = permute %1873 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1875 = matmul %1864, %1869 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1876 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1877 = broadcast %1876 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1878 = mul %1875, %1877 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1879 = reduce_max %1878 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1880 = stop_gradient %1879 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1881 = broadcast %1880 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1882 = sub %1878, %1881 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1883 = exp %1882 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1884 = reduce_sum %1883 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1885 = broadcast %1884 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1886 = div %1883, %1885 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1887 = matmul %1886, %1874 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1888 = permute %1887 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1889 = reshape %1888 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1890 = matmul %1889, %40 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1891 = broadcast %41 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1892 = add %1890, %1891 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1893 = add %1836, %1892 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1894 = reduce_sum %1893 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1895 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1896 = broadcast %1895 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1897 = div %1894, %1896 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1898 = broadcast %1897 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1899 = sub %1893, %1898 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1900 = mul %1899, %1899 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1901 = reduce_sum %1900 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1902 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1903 = broadcast %1902 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1904 = div %1901, %1903 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1905 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1906 = broadcast %1905 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1907 = add %1904, %1906 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%1908 = rsqrt %1907 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%1909 = broadcast %1908 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1910 = mul %1899, %1909 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%1911 = broadcast %42 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1912 = mul %1910, %1911 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%1913 = broadcast %43 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1914 = add %1912, %1913 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%1915 = matmul %1914, %44 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%1916 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1917 = add %1915, %1916 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%1918 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1919 = broadcast %1918 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1920 = mul %1919, %1917 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%1921 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1922 = broadcast %1921 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1923 = mul %1917, %1922 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%1924 = erf %1923 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%1925 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1926 = broadcast %1925 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1927 = add %1926, %1924 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%1928 = mul %1920, %1927 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%1929 = matmul %1928, %46 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1930 = broadcast %47 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1931 = add %1929, %1930 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1932 = add %1893, %1931 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%1933 = concat %1932, %1835 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:95:24
%1934 = reduce_sum %1933 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1935 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1936 = broadcast %1935 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1937 = div %1934, %1936 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%1938 = broadcast %1937 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1939 = sub %1933, %1938 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%1940 = mul %1939, %1939 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%1941 = reduce_sum %1940 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1942 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1943 = broadcast %1942 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1944 = div %1941, %1943 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%1945 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1946 = broadcast %1945 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1947 = add %1944, %1946 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%1948 = rsqrt %1947 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%1949 = broadcast %1948 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1950 = mul %1939, %1949 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%1951 = broadcast %48 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1952 = mul %1950, %1951 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%1953 = broadcast %49 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1954 = add %1952, %1953 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%1955 = slice %1954 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%1956 = matmul %1955, %50 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1957 = broadcast %51 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1958 = add %1956, %1957 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1959 = reshape %1958 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%1960 = permute %1959 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%1961 = matmul %1954, %52 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1962 = broadcast %53 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1963 = add %1961, %1962 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1964 = reshape %1963 : f32[4,17,2,8] @ models/lib/vit.yaml:79:22
%1965 = permute %1964 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:79:14
%1966 = matmul %1954, %54 ta=0 tb=1 : f32[4,17,16] @ models/lib/nn.yaml:83:15
%1967 = broadcast %55 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1968 = add %1966, %1967 : f32[4,17,16] @ models/lib/nn.yaml:84:18
%1969 = reshape %1968 : f32[4,17,2,8] @ models/lib/vit.yaml:80:22
%1970 = permute %1969 perm=[0,2,1,3] : f32[4,2,17,8] @ models/lib/vit.yaml:80:14
%1971 = matmul %1960, %1965 ta=0 tb=1 : f32[4,2,1,17] @ models/lib/nn.yaml:55:23
%1972 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1973 = broadcast %1972 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1974 = mul %1971, %1973 : f32[4,2,1,17] @ models/lib/nn.yaml:55:29
%1975 = reduce_max %1974 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%1976 = stop_gradient %1975 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%1977 = broadcast %1976 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1978 = sub %1974, %1977 : f32[4,2,1,17] @ models/lib/nn.yaml:14:19
%1979 = exp %1978 : f32[4,2,1,17] @ models/lib/nn.yaml:14:13
%1980 = reduce_sum %1979 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%1981 = broadcast %1980 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1982 = div %1979, %1981 : f32[4,2,1,17] @ models/lib/nn.yaml:15:18
%1983 = matmul %1982, %1970 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%1984 = permute %1983 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%1985 = reshape %1984 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%1986 = matmul %1985, %56 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%1987 = broadcast %57 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1988 = add %1986, %1987 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%1989 = add %1932, %1988 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%1990 = reduce_sum %1989 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1991 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1992 = broadcast %1991 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1993 = div %1990, %1992 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%1994 = broadcast %1993 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1995 = sub %1989, %1994 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%1996 = mul %1995, %1995 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%1997 = reduce_sum %1996 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%1998 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1999 = broadcast %1998 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2000 = div %1997, %1999 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2001 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2002 = broadcast %2001 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2003 = add %2000, %2002 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2004 = rsqrt %2003 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2005 = broadcast %2004 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2006 = mul %1995, %2005 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2007 = broadcast %58 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2008 = mul %2006, %2007 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2009 = broadcast %59 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2010 = add %2008, %2009 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2011 = matmul %2010, %60 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2012 = broadcast %61 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2013 = add %2011, %2012 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2014 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2015 = broadcast %2014 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2016 = mul %2015, %2013 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2017 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2018 = broadcast %2017 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2019 = mul %2013, %2018 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2020 = erf %2019 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2021 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2022 = broadcast %2021 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2023 = add %2022, %2020 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2024 = mul %2016, %2023 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2025 = matmul %2024, %62 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2026 = broadcast %63 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2027 = add %2025, %2026 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2028 = add %1989, %2027 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2029 = concat %2028, %1835 axis=1 : f32[4,17,16] @ models/lib/vit.yaml:111:21
%2030 = reduce_sum %2029 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2031 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2032 = broadcast %2031 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2033 = div %2030, %2032 : f32[4,17,1] @ models/lib/nn.yaml:93:14
%2034 = broadcast %2033 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2035 = sub %2029, %2034 : f32[4,17,16] @ models/lib/nn.yaml:94:15
%2036 = mul %2035, %2035 : f32[4,17,16] @ models/lib/nn.yaml:95:22
%2037 = reduce_sum %2036 axes=[2] keep=1 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2038 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2039 = broadcast %2038 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2040 = div %2037, %2039 : f32[4,17,1] @ models/lib/nn.yaml:95:15
%2041 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2042 = broadcast %2041 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2043 = add %2040, %2042 : f32[4,17,1] @ models/lib/nn.yaml:96:30
%2044 = rsqrt %2043 : f32[4,17,1] @ models/lib/nn.yaml:96:20
%2045 = broadcast %2044 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2046 = mul %2035, %2045 : f32[4,17,16] @ models/lib/nn.yaml:96:18
%2047 = broadcast %64 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2048 = mul %2046, %2047 : f32[4,17,16] @ models/lib/nn.yaml:96:37
%2049 = broadcast %65 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2050 = add %2048, %2049 : f32[4,17,16] @ models/lib/nn.yaml:96:46
%2051 = slice %2050 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:104:28
%2052 = matmul %2051, %66 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2053 = broadcast %67 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2054 = add %2052, %2053 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2055 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2056 = broadcast %2055 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2057 = mul %2056, %2054 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2058 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2059 = broadcast %2058 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2060 = mul %2054, %2059 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2061 = erf %2060 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2062 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2063 = broadcast %2062 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2064 = add %2063, %2061 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2065 = mul %2057, %2064 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2066 = matmul %2065, %68 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2067 = broadcast %69 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2068 = add %2066, %2067 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2069 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2070 = broadcast %2069 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2071 = mul %2070, %2068 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2072 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2073 = broadcast %2072 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2074 = mul %2068, %2073 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2075 = erf %2074 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2076 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2077 = broadcast %2076 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2078 = add %2077, %2075 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2079 = mul %2071, %2078 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2080 = matmul %2079, %70 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2081 = broadcast %71 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2082 = add %2080, %2081 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2083 = mul %2082, %2082 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2084 = reduce_sum %2083 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2085 = sqrt %2084 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2086 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2087 = cast %2086 : f32[] @ models/lib/nn.yaml:33:61
%2088 = broadcast %2087 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2089 = max %2085, %2088 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2090 = broadcast %2089 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2091 = div %2082, %2090 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2092 = broadcast %72 : f32[32,8] @ models/lib/dino.yaml:22:22
%2093 = mul %2092, %73 : f32[32,8] @ models/lib/dino.yaml:22:22
%2094 = mul %73, %73 : f32[32,8] @ models/lib/dino.yaml:22:53
%2095 = reduce_sum %2094 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2096 = sqrt %2095 : f32[32,1] @ models/lib/dino.yaml:22:35
%2097 = broadcast %2096 : f32[32,8] @ models/lib/dino.yaml:22:33
%2098 = div %2093, %2097 : f32[32,8] @ models/lib/dino.yaml:22:33
%2099 = matmul %2091, %2098 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2100 = slice %2050 lo=[0,1,0] hi=[4,17,16] : f32[4,16,16] @ models/dino_pass.yaml:104:46
%2101 = matmul %2100, %74 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2102 = broadcast %75 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2103 = add %2101, %2102 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2104 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2105 = broadcast %2104 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2106 = mul %2105, %2103 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2107 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2108 = broadcast %2107 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2109 = mul %2103, %2108 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2110 = erf %2109 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2111 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2112 = broadcast %2111 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2113 = add %2112, %2110 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2114 = mul %2106, %2113 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2115 = matmul %2114, %76 ta=0 tb=1 : f32[4,16,24] @ models/lib/nn.yaml:83:15
%2116 = broadcast %77 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2117 = add %2115, %2116 : f32[4,16,24] @ models/lib/nn.yaml:84:18
%2118 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2119 = broadcast %2118 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2120 = mul %2119, %2117 : f32[4,16,24] @ models/lib/nn.yaml:27:20
%2121 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2122 = broadcast %2121 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2123 = mul %2117, %2122 : f32[4,16,24] @ models/lib/nn.yaml:27:37
%2124 = erf %2123 : f32[4,16,24] @ models/lib/nn.yaml:27:31
%2125 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2126 = broadcast %2125 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2127 = add %2126, %2124 : f32[4,16,24] @ models/lib/nn.yaml:27:29
%2128 = mul %2120, %2127 : f32[4,16,24] @ models/lib/nn.yaml:27:24
%2129 = matmul %2128, %78 ta=0 tb=1 : f32[4,16,8] @ models/lib/nn.yaml:83:15
%2130 = broadcast %79 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2131 = add %2129, %2130 : f32[4,16,8] @ models/lib/nn.yaml:84:18
%2132 = mul %2131, %2131 : f32[4,16,8] @ models/lib/nn.yaml:33:35
%2133 = reduce_sum %2132 axes=[2] keep=1 : f32[4,16,1] @ models/lib/nn.yaml:33:29
%2134 = sqrt %2133 : f32[4,16,1] @ models/lib/nn.yaml:33:24
%2135 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2136 = cast %2135 : f32[] @ models/lib/nn.yaml:33:61
%2137 = broadcast %2136 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2138 = max %2134, %2137 : f32[4,16,1] @ models/lib/nn.yaml:33:20
%2139 = broadcast %2138 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2140 = div %2131, %2139 : f32[4,16,8] @ models/lib/nn.yaml:33:18
%2141 = broadcast %80 : f32[16,8] @ models/lib/dino.yaml:22:22
%2142 = mul %2141, %81 : f32[16,8] @ models/lib/dino.yaml:22:22
%2143 = mul %81, %81 : f32[16,8] @ models/lib/dino.yaml:22:53
%2144 = reduce_sum %2143 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2145 = sqrt %2144 : f32[16,1] @ models/lib/dino.yaml:22:35
%2146 = broadcast %2145 : f32[16,8] @ models/lib/dino.yaml:22:33
%2147 = div %2142, %2146 : f32[16,8] @ models/lib/dino.yaml:22:33
%2148 = matmul %2140, %2147 ta=0 tb=1 : f32[4,16,16] @ models/lib/dino.yaml:23:18
%2149 = slice %2099 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2150 = slice %2099 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2151 = slice %2148 lo=[0,0,0] hi=[2,16,16] : f32[2,16,16] @ models/dino_pass.yaml:133:27
%2152 = slice %2148 lo=[2,0,0] hi=[4,16,16] : f32[2,16,16] @ models/dino_pass.yaml:133:27
%2153 = reshape %3 : f32[4,3,3,4,3,4] @ models/lib/vit.yaml:15:21
%2154 = permute %2153 perm=[0,2,4,1,3,5] : f32[4,3,3,3,4,4] @ models/lib/vit.yaml:15:13
%2155 = reshape %2154 : f32[4,9,48] @ models/lib/vit.yaml:16:13
%2156 = reshape %5 : f32[16,48] @ models/lib/vit.yaml:17:20
%2157 = matmul %2155, %2156 ta=0 tb=1 : f32[4,9,16] @ models/lib/vit.yaml:17:18
%2158 = broadcast %6 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2159 = add %2157, %2158 : f32[4,9,16] @ models/lib/vit.yaml:17:71
%2160 = resize_matrix n=4 scale=0.775 : f32[3,4] @ models/lib/vit.yaml:31:13
%2161 = reshape %4 : f32[4,64] @ models/lib/vit.yaml:32:17
%2162 = matmul %2160, %2161 ta=0 tb=0 : f32[3,64] @ models/lib/vit.yaml:32:15
%2163 = reshape %2162 : f32[3,4,16] @ models/lib/vit.yaml:33:21
%2164 = permute %2163 perm=[1,0,2] : f32[4,3,16] @ models/lib/vit.yaml:33:13
%2165 = reshape %2164 : f32[4,48] @ models/lib/vit.yaml:34:17
%2166 = matmul %2160, %2165 ta=0 tb=0 : f32[3,48] @ models/lib/vit.yaml:34:15
%2167 = reshape %2166 : f32[3,3,16] @ models/lib/vit.yaml:35:21
%2168 = permute %2167 perm=[1,0,2] : f32[3,3,16] @ models/lib/vit.yaml:35:13
%2169 = reshape %2168 : f32[1,9,16] @ models/lib/vit.yaml:36:16
%2170 = broadcast %2169 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2171 = add %2159, %2170 : f32[4,9,16] @ models/lib/vit.yaml:62:15
%2172 = reduce_sum %2171 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2173 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2174 = broadcast %2173 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2175 = div %2172, %2174 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2176 = broadcast %2175 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2177 = sub %2171, %2176 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2178 = mul %2177, %2177 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2179 = reduce_sum %2178 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2180 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2181 = broadcast %2180 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2182 = div %2179, %2181 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2183 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2184 = broadcast %2183 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2185 = add %2182, %2184 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2186 = rsqrt %2185 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2187 = broadcast %2186 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2188 = mul %2177, %2187 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2189 = broadcast %7 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2190 = mul %2188, %2189 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2191 = broadcast %8 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2192 = add %2190, %2191 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2193 = matmul %2192, %9 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2194 = broadcast %10 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2195 = add %2193, %2194 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2196 = reshape %2195 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2197 = permute %2196 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2198 = slice %2197 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2199 = reshape %2198 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2200 = slice %2197 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2201 = reshape %2200 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2202 = slice %2197 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2203 = reshape %2202 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2204 = matmul %2199, %2201 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2205 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2206 = broadcast %2205 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2207 = mul %2204, %2206 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2208 = reduce_max %2207 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2209 = stop_gradient %2208 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2210 = broadcast %2209 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2211 = sub %2207, %2210 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2212 = exp %2211 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2213 = reduce_sum %2212 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2214 = broadcast %2213 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2215 = div %2212, %2214 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2216 = matmul %2215, %2203 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2217 = permute %2216 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2218 = reshape %2217 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2219 = matmul %2218, %11 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2220 = broadcast %12 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2221 = add %2219, %2220 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2222 = add %2171, %2221 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2223 = reduce_sum %2222 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2224 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2225 = broadcast %2224 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2226 = div %2223, %2225 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2227 = broadcast %2226 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2228 = sub %2222, %2227 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2229 = mul %2228, %2228 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2230 = reduce_sum %2229 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2231 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2232 = broadcast %2231 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2233 = div %2230, %2232 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2234 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2235 = broadcast %2234 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2236 = add %2233, %2235 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2237 = rsqrt %2236 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2238 = broadcast %2237 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2239 = mul %2228, %2238 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2240 = broadcast %13 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2241 = mul %2239, %2240 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2242 = broadcast %14 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2243 = add %2241, %2242 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2244 = matmul %2243, %15 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2245 = broadcast %16 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2246 = add %2244, %2245 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2247 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2248 = broadcast %2247 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2249 = mul %2248, %2246 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2250 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2251 = broadcast %2250 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2252 = mul %2246, %2251 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2253 = erf %2252 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2254 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2255 = broadcast %2254 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2256 = add %2255, %2253 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2257 = mul %2249, %2256 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2258 = matmul %2257, %17 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2259 = broadcast %18 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2260 = add %2258, %2259 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2261 = add %2222, %2260 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2262 = reduce_sum %2261 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2263 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2264 = broadcast %2263 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2265 = div %2262, %2264 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2266 = broadcast %2265 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2267 = sub %2261, %2266 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2268 = mul %2267, %2267 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2269 = reduce_sum %2268 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2270 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2271 = broadcast %2270 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2272 = div %2269, %2271 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2273 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2274 = broadcast %2273 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2275 = add %2272, %2274 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2276 = rsqrt %2275 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2277 = broadcast %2276 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2278 = mul %2267, %2277 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2279 = broadcast %19 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2280 = mul %2278, %2279 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2281 = broadcast %20 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2282 = add %2280, %2281 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2283 = matmul %2282, %21 ta=0 tb=1 : f32[4,9,48] @ models/lib/nn.yaml:83:15
%2284 = broadcast %22 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2285 = add %2283, %2284 : f32[4,9,48] @ models/lib/nn.yaml:84:18
%2286 = reshape %2285 : f32[4,9,3,2,8] @ models/lib/nn.yaml:66:21
%2287 = permute %2286 perm=[2,0,3,1,4] : f32[3,4,2,9,8] @ models/lib/nn.yaml:66:13
%2288 = slice %2287 lo=[0,0,0,0,0] hi=[1,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:28
%2289 = reshape %2288 : f32[4,2,9,8] @ models/lib/nn.yaml:67:28
%2290 = slice %2287 lo=[1,0,0,0,0] hi=[2,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:34
%2291 = reshape %2290 : f32[4,2,9,8] @ models/lib/nn.yaml:67:34
%2292 = slice %2287 lo=[2,0,0,0,0] hi=[3,4,2,9,8] : f32[1,4,2,9,8] @ models/lib/nn.yaml:67:40
%2293 = reshape %2292 : f32[4,2,9,8] @ models/lib/nn.yaml:67:40
%2294 = matmul %2289, %2291 ta=0 tb=1 : f32[4,2,9,9] @ models/lib/nn.yaml:55:23
%2295 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2296 = broadcast %2295 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2297 = mul %2294, %2296 : f32[4,2,9,9] @ models/lib/nn.yaml:55:29
%2298 = reduce_max %2297 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:14:35
%2299 = stop_gradient %2298 : f32[4,2,9,1] @ models/lib/nn.yaml:14:21
%2300 = broadcast %2299 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2301 = sub %2297, %2300 : f32[4,2,9,9] @ models/lib/nn.yaml:14:19
%2302 = exp %2301 : f32[4,2,9,9] @ models/lib/nn.yaml:14:13
%2303 = reduce_sum %2302 axes=[3] keep=1 : f32[4,2,9,1] @ models/lib/nn.yaml:15:20
%2304 = broadcast %2303 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2305 = div %2302, %2304 : f32[4,2,9,9] @ models/lib/nn.yaml:15:18
%2306 = matmul %2305, %2293 ta=0 tb=0 : f32[4,2,9,8] @ models/lib/nn.yaml:56:23
%2307 = permute %2306 perm=[0,2,1,3] : f32[4,9,2,8] @ models/lib/nn.yaml:56:13
%2308 = reshape %2307 : f32[4,9,16] @ models/lib/nn.yaml:57:16
%2309 = matmul %2308, %23 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2310 = broadcast %24 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2311 = add %2309, %2310 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2312 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2313 = broadcast %2312 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2314 = div %2311, %2313 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2315 = rand_uniform %1776 stream=3 : f32[4] @ models/lib/nn.yaml:43:13
%2316 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2317 = broadcast %2316 : f32[4] @ models/lib/nn.yaml:44:35
%2318 = add %2317, %2315 : f32[4] @ models/lib/nn.yaml:44:35
%2319 = floor %2318 : f32[4] @ models/lib/nn.yaml:44:24
%2320 = reshape %2319 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2321 = broadcast %2320 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2322 = mul %2314, %2321 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2323 = add %2261, %2322 : f32[4,9,16] @ models/lib/nn.yaml:125:15
%2324 = reduce_sum %2323 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2325 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2326 = broadcast %2325 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2327 = div %2324, %2326 : f32[4,9,1] @ models/lib/nn.yaml:93:14
%2328 = broadcast %2327 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2329 = sub %2323, %2328 : f32[4,9,16] @ models/lib/nn.yaml:94:15
%2330 = mul %2329, %2329 : f32[4,9,16] @ models/lib/nn.yaml:95:22
%2331 = reduce_sum %2330 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2332 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2333 = broadcast %2332 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2334 = div %2331, %2333 : f32[4,9,1] @ models/lib/nn.yaml:95:15
%2335 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2336 = broadcast %2335 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2337 = add %2334, %2336 : f32[4,9,1] @ models/lib/nn.yaml:96:30
%2338 = rsqrt %2337 : f32[4,9,1] @ models/lib/nn.yaml:96:20
%2339 = broadcast %2338 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2340 = mul %2329, %2339 : f32[4,9,16] @ models/lib/nn.yaml:96:18
%2341 = broadcast %25 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2342 = mul %2340, %2341 : f32[4,9,16] @ models/lib/nn.yaml:96:37
%2343 = broadcast %26 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2344 = add %2342, %2343 : f32[4,9,16] @ models/lib/nn.yaml:96:46
%2345 = matmul %2344, %27 ta=0 tb=1 : f32[4,9,64] @ models/lib/nn.yaml:83:15
%2346 = broadcast %28 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2347 = add %2345, %2346 : f32[4,9,64] @ models/lib/nn.yaml:84:18
%2348 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2349 = broadcast %2348 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2350 = mul %2349, %2347 : f32[4,9,64] @ models/lib/nn.yaml:27:20
%2351 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2352 = broadcast %2351 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2353 = mul %2347, %2352 : f32[4,9,64] @ models/lib/nn.yaml:27:37
%2354 = erf %2353 : f32[4,9,64] @ models/lib/nn.yaml:27:31
%2355 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2356 = broadcast %2355 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2357 = add %2356, %2354 : f32[4,9,64] @ models/lib/nn.yaml:27:29
%2358 = mul %2350, %2357 : f32[4,9,64] @ models/lib/nn.yaml:27:24
%2359 = matmul %2358, %29 ta=0 tb=1 : f32[4,9,16] @ models/lib/nn.yaml:83:15
%2360 = broadcast %30 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2361 = add %2359, %2360 : f32[4,9,16] @ models/lib/nn.yaml:84:18
%2362 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%2363 = broadcast %2362 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2364 = div %2361, %2363 : f32[4,9,16] @ models/lib/nn.yaml:50:38
%2365 = rand_uniform %1776 stream=4 : f32[4] @ models/lib/nn.yaml:43:13
%2366 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%2367 = broadcast %2366 : f32[4] @ models/lib/nn.yaml:44:35
%2368 = add %2367, %2365 : f32[4] @ models/lib/nn.yaml:44:35
%2369 = floor %2368 : f32[4] @ models/lib/nn.yaml:44:24
%2370 = reshape %2369 : f32[4,1,1] @ models/lib/nn.yaml:44:16
%2371 = broadcast %2370 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2372 = mul %2364, %2371 : f32[4,9,16] @ models/lib/nn.yaml:50:51
%2373 = add %2323, %2372 : f32[4,9,16] @ models/lib/nn.yaml:126:18
%2374 = broadcast %31 : f32[4,1,16] @ models/lib/vit.yaml:116:31
%2375 = concat %2374, %2373 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2376 = reduce_sum %2375 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2377 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2378 = broadcast %2377 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2379 = div %2376, %2378 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2380 = broadcast %2379 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2381 = sub %2375, %2380 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2382 = mul %2381, %2381 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2383 = reduce_sum %2382 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2384 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2385 = broadcast %2384 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2386 = div %2383, %2385 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2387 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2388 = broadcast %2387 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2389 = add %2386, %2388 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2390 = rsqrt %2389 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2391 = broadcast %2390 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2392 = mul %2381, %2391 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2393 = broadcast %32 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2394 = mul %2392, %2393 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2395 = broadcast %33 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2396 = add %2394, %2395 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2397 = slice %2396 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2398 = matmul %2397, %34 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2399 = broadcast %35 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2400 = add %2398, %2399 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2401 = reshape %2400 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2402 = permute %2401 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2403 = matmul %2396, %36 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2404 = broadcast %37 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2405 = add %2403, %2404 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2406 = reshape %2405 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2407 = permute %2406 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2408 = matmul %2396, %38 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2409 = broadcast %39 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2410 = add %2408, %2409 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2411 = reshape %2410 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2412 = permute %2411 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2413 = matmul %2402, %2407 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2414 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2415 = broadcast %2414 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2416 = mul %2413, %2415 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2417 = reduce_max %2416 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2418 = stop_gradient %2417 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2419 = broadcast %2418 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2420 = sub %2416, %2419 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2421 = exp %2420 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2422 = reduce_sum %2421 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2423 = broadcast %2422 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2424 = div %2421, %2423 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2425 = matmul %2424, %2412 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2426 = permute %2425 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2427 = reshape %2426 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2428 = matmul %2427, %40 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2429 = broadcast %41 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2430 = add %2428, %2429 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2431 = add %2374, %2430 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2432 = reduce_sum %2431 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2433 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2434 = broadcast %2433 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2435 = div %2432, %2434 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2436 = broadcast %2435 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2437 = sub %2431, %2436 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2438 = mul %2437, %2437 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2439 = reduce_sum %2438 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2440 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2441 = broadcast %2440 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2442 = div %2439, %2441 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2443 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2444 = broadcast %2443 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2445 = add %2442, %2444 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2446 = rsqrt %2445 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2447 = broadcast %2446 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2448 = mul %2437, %2447 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2449 = broadcast %42 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2450 = mul %2448, %2449 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2451 = broadcast %43 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2452 = add %2450, %2451 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2453 = matmul %2452, %44 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2454 = broadcast %45 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2455 = add %2453, %2454 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2456 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2457 = broadcast %2456 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2458 = mul %2457, %2455 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2459 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2460 = broadcast %2459 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2461 = mul %2455, %2460 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2462 = erf %2461 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2463 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2464 = broadcast %2463 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2465 = add %2464, %2462 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2466 = mul %2458, %2465 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2467 = matmul %2466, %46 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2468 = broadcast %47 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2469 = add %2467, %2468 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2470 = add %2431, %2469 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2471 = concat %2470, %2373 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:95:24
%2472 = reduce_sum %2471 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2473 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2474 = broadcast %2473 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2475 = div %2472, %2474 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2476 = broadcast %2475 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2477 = sub %2471, %2476 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2478 = mul %2477, %2477 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2479 = reduce_sum %2478 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2480 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2481 = broadcast %2480 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2482 = div %2479, %2481 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2483 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2484 = broadcast %2483 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2485 = add %2482, %2484 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2486 = rsqrt %2485 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2487 = broadcast %2486 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2488 = mul %2477, %2487 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2489 = broadcast %48 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2490 = mul %2488, %2489 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2491 = broadcast %49 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2492 = add %2490, %2491 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2493 = slice %2492 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/lib/vit.yaml:78:33
%2494 = matmul %2493, %50 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2495 = broadcast %51 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2496 = add %2494, %2495 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2497 = reshape %2496 : f32[4,1,2,8] @ models/lib/vit.yaml:78:22
%2498 = permute %2497 perm=[0,2,1,3] : f32[4,2,1,8] @ models/lib/vit.yaml:78:14
%2499 = matmul %2492, %52 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2500 = broadcast %53 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2501 = add %2499, %2500 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2502 = reshape %2501 : f32[4,10,2,8] @ models/lib/vit.yaml:79:22
%2503 = permute %2502 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:79:14
%2504 = matmul %2492, %54 ta=0 tb=1 : f32[4,10,16] @ models/lib/nn.yaml:83:15
%2505 = broadcast %55 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2506 = add %2504, %2505 : f32[4,10,16] @ models/lib/nn.yaml:84:18
%2507 = reshape %2506 : f32[4,10,2,8] @ models/lib/vit.yaml:80:22
%2508 = permute %2507 perm=[0,2,1,3] : f32[4,2,10,8] @ models/lib/vit.yaml:80:14
%2509 = matmul %2498, %2503 ta=0 tb=1 : f32[4,2,1,10] @ models/lib/nn.yaml:55:23
%2510 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%2511 = broadcast %2510 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2512 = mul %2509, %2511 : f32[4,2,1,10] @ models/lib/nn.yaml:55:29
%2513 = reduce_max %2512 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:14:35
%2514 = stop_gradient %2513 : f32[4,2,1,1] @ models/lib/nn.yaml:14:21
%2515 = broadcast %2514 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2516 = sub %2512, %2515 : f32[4,2,1,10] @ models/lib/nn.yaml:14:19
%2517 = exp %2516 : f32[4,2,1,10] @ models/lib/nn.yaml:14:13
%2518 = reduce_sum %2517 axes=[3] keep=1 : f32[4,2,1,1] @ models/lib/nn.yaml:15:20
%2519 = broadcast %2518 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2520 = div %2517, %2519 : f32[4,2,1,10] @ models/lib/nn.yaml:15:18
%2521 = matmul %2520, %2508 ta=0 tb=0 : f32[4,2,1,8] @ models/lib/nn.yaml:56:23
%2522 = permute %2521 perm=[0,2,1,3] : f32[4,1,2,8] @ models/lib/nn.yaml:56:13
%2523 = reshape %2522 : f32[4,1,16] @ models/lib/nn.yaml:57:16
%2524 = matmul %2523, %56 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2525 = broadcast %57 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2526 = add %2524, %2525 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2527 = add %2470, %2526 : f32[4,1,16] @ models/lib/vit.yaml:96:15
%2528 = reduce_sum %2527 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2529 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2530 = broadcast %2529 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2531 = div %2528, %2530 : f32[4,1,1] @ models/lib/nn.yaml:93:14
%2532 = broadcast %2531 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2533 = sub %2527, %2532 : f32[4,1,16] @ models/lib/nn.yaml:94:15
%2534 = mul %2533, %2533 : f32[4,1,16] @ models/lib/nn.yaml:95:22
%2535 = reduce_sum %2534 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2536 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2537 = broadcast %2536 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2538 = div %2535, %2537 : f32[4,1,1] @ models/lib/nn.yaml:95:15
%2539 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2540 = broadcast %2539 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2541 = add %2538, %2540 : f32[4,1,1] @ models/lib/nn.yaml:96:30
%2542 = rsqrt %2541 : f32[4,1,1] @ models/lib/nn.yaml:96:20
%2543 = broadcast %2542 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2544 = mul %2533, %2543 : f32[4,1,16] @ models/lib/nn.yaml:96:18
%2545 = broadcast %58 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2546 = mul %2544, %2545 : f32[4,1,16] @ models/lib/nn.yaml:96:37
%2547 = broadcast %59 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2548 = add %2546, %2547 : f32[4,1,16] @ models/lib/nn.yaml:96:46
%2549 = matmul %2548, %60 ta=0 tb=1 : f32[4,1,64] @ models/lib/nn.yaml:83:15
%2550 = broadcast %61 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2551 = add %2549, %2550 : f32[4,1,64] @ models/lib/nn.yaml:84:18
%2552 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2553 = broadcast %2552 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2554 = mul %2553, %2551 : f32[4,1,64] @ models/lib/nn.yaml:27:20
%2555 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2556 = broadcast %2555 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2557 = mul %2551, %2556 : f32[4,1,64] @ models/lib/nn.yaml:27:37
%2558 = erf %2557 : f32[4,1,64] @ models/lib/nn.yaml:27:31
%2559 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2560 = broadcast %2559 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2561 = add %2560, %2558 : f32[4,1,64] @ models/lib/nn.yaml:27:29
%2562 = mul %2554, %2561 : f32[4,1,64] @ models/lib/nn.yaml:27:24
%2563 = matmul %2562, %62 ta=0 tb=1 : f32[4,1,16] @ models/lib/nn.yaml:83:15
%2564 = broadcast %63 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2565 = add %2563, %2564 : f32[4,1,16] @ models/lib/nn.yaml:84:18
%2566 = add %2527, %2565 : f32[4,1,16] @ models/lib/vit.yaml:98:18
%2567 = concat %2566, %2373 axis=1 : f32[4,10,16] @ models/lib/vit.yaml:111:21
%2568 = reduce_sum %2567 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2569 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%2570 = broadcast %2569 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2571 = div %2568, %2570 : f32[4,10,1] @ models/lib/nn.yaml:93:14
%2572 = broadcast %2571 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2573 = sub %2567, %2572 : f32[4,10,16] @ models/lib/nn.yaml:94:15
%2574 = mul %2573, %2573 : f32[4,10,16] @ models/lib/nn.yaml:95:22
%2575 = reduce_sum %2574 axes=[2] keep=1 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2576 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%2577 = broadcast %2576 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2578 = div %2575, %2577 : f32[4,10,1] @ models/lib/nn.yaml:95:15
%2579 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%2580 = broadcast %2579 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2581 = add %2578, %2580 : f32[4,10,1] @ models/lib/nn.yaml:96:30
%2582 = rsqrt %2581 : f32[4,10,1] @ models/lib/nn.yaml:96:20
%2583 = broadcast %2582 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2584 = mul %2573, %2583 : f32[4,10,16] @ models/lib/nn.yaml:96:18
%2585 = broadcast %64 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2586 = mul %2584, %2585 : f32[4,10,16] @ models/lib/nn.yaml:96:37
%2587 = broadcast %65 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2588 = add %2586, %2587 : f32[4,10,16] @ models/lib/nn.yaml:96:46
%2589 = slice %2588 lo=[0,0,0] hi=[4,1,16] : f32[4,1,16] @ models/dino_pass.yaml:104:28
%2590 = matmul %2589, %66 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2591 = broadcast %67 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2592 = add %2590, %2591 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2593 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2594 = broadcast %2593 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2595 = mul %2594, %2592 : f32[4,1,24] @ models/lib/nn.yaml:27:20
%2596 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2597 = broadcast %2596 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2598 = mul %2592, %2597 : f32[4,1,24] @ models/lib/nn.yaml:27:37
%2599 = erf %2598 : f32[4,1,24] @ models/lib/nn.yaml:27:31
%2600 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2601 = broadcast %2600 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2602 = add %2601, %2599 : f32[4,1,24] @ models/lib/nn.yaml:27:29
%2603 = mul %2595, %2602 : f32[4,1,24] @ models/lib/nn.yaml:27:24
%2604 = matmul %2603, %68 ta=0 tb=1 : f32[4,1,24] @ models/lib/nn.yaml:83:15
%2605 = broadcast %69 : f32[4,1,24] @ models/lib/nn.yaml:84:18
%2606 = add %2604, %2605 : f32[4,1,24] @ models/lib/nn.yaml:84:18
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
%2618 = matmul %2617, %70 ta=0 tb=1 : f32[4,1,8] @ models/lib/nn.yaml:83:15
%2619 = broadcast %71 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2620 = add %2618, %2619 : f32[4,1,8] @ models/lib/nn.yaml:84:18
%2621 = mul %2620, %2620 : f32[4,1,8] @ models/lib/nn.yaml:33:35
%2622 = reduce_sum %2621 axes=[2] keep=1 : f32[4,1,1] @ models/lib/nn.yaml:33:29
%2623 = sqrt %2622 : f32[4,1,1] @ models/lib/nn.yaml:33:24
%2624 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2625 = cast %2624 : f32[] @ models/lib/nn.yaml:33:61
%2626 = broadcast %2625 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2627 = max %2623, %2626 : f32[4,1,1] @ models/lib/nn.yaml:33:20
%2628 = broadcast %2627 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2629 = div %2620, %2628 : f32[4,1,8] @ models/lib/nn.yaml:33:18
%2630 = broadcast %72 : f32[32,8] @ models/lib/dino.yaml:22:22
%2631 = mul %2630, %73 : f32[32,8] @ models/lib/dino.yaml:22:22
%2632 = mul %73, %73 : f32[32,8] @ models/lib/dino.yaml:22:53
%2633 = reduce_sum %2632 axes=[1] keep=1 : f32[32,1] @ models/lib/dino.yaml:22:40
%2634 = sqrt %2633 : f32[32,1] @ models/lib/dino.yaml:22:35
%2635 = broadcast %2634 : f32[32,8] @ models/lib/dino.yaml:22:33
%2636 = div %2631, %2635 : f32[32,8] @ models/lib/dino.yaml:22:33
%2637 = matmul %2629, %2636 ta=0 tb=1 : f32[4,1,32] @ models/lib/dino.yaml:23:18
%2638 = slice %2588 lo=[0,1,0] hi=[4,10,16] : f32[4,9,16] @ models/dino_pass.yaml:104:46
%2639 = matmul %2638, %74 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2640 = broadcast %75 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2641 = add %2639, %2640 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2642 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2643 = broadcast %2642 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2644 = mul %2643, %2641 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2645 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2646 = broadcast %2645 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2647 = mul %2641, %2646 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2648 = erf %2647 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2649 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2650 = broadcast %2649 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2651 = add %2650, %2648 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2652 = mul %2644, %2651 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2653 = matmul %2652, %76 ta=0 tb=1 : f32[4,9,24] @ models/lib/nn.yaml:83:15
%2654 = broadcast %77 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2655 = add %2653, %2654 : f32[4,9,24] @ models/lib/nn.yaml:84:18
%2656 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%2657 = broadcast %2656 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2658 = mul %2657, %2655 : f32[4,9,24] @ models/lib/nn.yaml:27:20
%2659 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%2660 = broadcast %2659 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2661 = mul %2655, %2660 : f32[4,9,24] @ models/lib/nn.yaml:27:37
%2662 = erf %2661 : f32[4,9,24] @ models/lib/nn.yaml:27:31
%2663 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%2664 = broadcast %2663 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2665 = add %2664, %2662 : f32[4,9,24] @ models/lib/nn.yaml:27:29
%2666 = mul %2658, %2665 : f32[4,9,24] @ models/lib/nn.yaml:27:24
%2667 = matmul %2666, %78 ta=0 tb=1 : f32[4,9,8] @ models/lib/nn.yaml:83:15
%2668 = broadcast %79 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2669 = add %2667, %2668 : f32[4,9,8] @ models/lib/nn.yaml:84:18
%2670 = mul %2669, %2669 : f32[4,9,8] @ models/lib/nn.yaml:33:35
%2671 = reduce_sum %2670 axes=[2] keep=1 : f32[4,9,1] @ models/lib/nn.yaml:33:29
%2672 = sqrt %2671 : f32[4,9,1] @ models/lib/nn.yaml:33:24
%2673 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2674 = cast %2673 : f32[] @ models/lib/nn.yaml:33:61
%2675 = broadcast %2674 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2676 = max %2672, %2675 : f32[4,9,1] @ models/lib/nn.yaml:33:20
%2677 = broadcast %2676 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2678 = div %2669, %2677 : f32[4,9,8] @ models/lib/nn.yaml:33:18
%2679 = broadcast %80 : f32[16,8] @ models/lib/dino.yaml:22:22
%2680 = mul %2679, %81 : f32[16,8] @ models/lib/dino.yaml:22:22
%2681 = mul %81, %81 : f32[16,8] @ models/lib/dino.yaml:22:53
%2682 = reduce_sum %2681 axes=[1] keep=1 : f32[16,1] @ models/lib/dino.yaml:22:40
%2683 = sqrt %2682 : f32[16,1] @ models/lib/dino.yaml:22:35
%2684 = broadcast %2683 : f32[16,8] @ models/lib/dino.yaml:22:33
%2685 = div %2680, %2684 : f32[16,8] @ models/lib/dino.yaml:22:33
%2686 = matmul %2678, %2685 ta=0 tb=1 : f32[4,9,16] @ models/lib/dino.yaml:23:18
%2687 = slice %2637 lo=[0,0,0] hi=[2,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2688 = slice %2637 lo=[2,0,0] hi=[4,1,32] : f32[2,1,32] @ models/dino_pass.yaml:133:20
%2689 = slice %2686 lo=[0,0,0] hi=[2,9,16] : f32[2,9,16] @ models/dino_pass.yaml:133:27
%2690 = slice %2686 lo=[2,0,0] hi=[4,9,16] : f32[2,9,16] @ models/dino_pass.yaml:133:27
%2691 = broadcast %160 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2692 = sub %884, %2691 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2693 = broadcast %1 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2694 = div %2692, %2693 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2695 = reduce_max %2694 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2696 = stop_gradient %2695 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2697 = broadcast %2696 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2698 = sub %2694, %2697 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2699 = exp %2698 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2700 = reduce_sum %2699 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2701 = broadcast %2700 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2702 = div %2699, %2701 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2703 = stop_gradient %2702 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2704 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2705 = broadcast %2704 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2706 = div %2150, %2705 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2707 = reduce_max %2706 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2708 = stop_gradient %2707 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2709 = broadcast %2708 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2710 = sub %2706, %2709 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2711 = exp %2710 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2712 = reduce_sum %2711 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2713 = log %2712 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2714 = broadcast %2713 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2715 = sub %2710, %2714 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2716 = mul %2703, %2715 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2717 = reduce_sum %2716 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2718 = neg %2717 : f32[2,1] @ models/lib/dino.yaml:39:21
%2719 = reduce_sum %2718 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2720 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2721 = div %2719, %2720 : f32[] @ models/lib/dino.yaml:39:16
%2722 = broadcast %160 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2723 = sub %884, %2722 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2724 = broadcast %1 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2725 = div %2723, %2724 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2726 = reduce_max %2725 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2727 = stop_gradient %2726 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2728 = broadcast %2727 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2729 = sub %2725, %2728 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2730 = exp %2729 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2731 = reduce_sum %2730 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2732 = broadcast %2731 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2733 = div %2730, %2732 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2734 = stop_gradient %2733 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2735 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2736 = broadcast %2735 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2737 = div %2687, %2736 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2738 = reduce_max %2737 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2739 = stop_gradient %2738 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2740 = broadcast %2739 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2741 = sub %2737, %2740 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2742 = exp %2741 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2743 = reduce_sum %2742 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2744 = log %2743 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2745 = broadcast %2744 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2746 = sub %2741, %2745 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2747 = mul %2734, %2746 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2748 = reduce_sum %2747 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2749 = neg %2748 : f32[2,1] @ models/lib/dino.yaml:39:21
%2750 = reduce_sum %2749 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2751 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2752 = div %2750, %2751 : f32[] @ models/lib/dino.yaml:39:16
%2753 = add %2721, %2752 : f32[] @ models/dino_pass.yaml:149:11
%2754 = broadcast %160 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2755 = sub %884, %2754 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2756 = broadcast %1 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2757 = div %2755, %2756 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2758 = reduce_max %2757 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2759 = stop_gradient %2758 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2760 = broadcast %2759 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2761 = sub %2757, %2760 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2762 = exp %2761 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2763 = reduce_sum %2762 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2764 = broadcast %2763 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2765 = div %2762, %2764 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2766 = stop_gradient %2765 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2767 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2768 = broadcast %2767 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2769 = div %2688, %2768 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2770 = reduce_max %2769 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2771 = stop_gradient %2770 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2772 = broadcast %2771 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2773 = sub %2769, %2772 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2774 = exp %2773 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2775 = reduce_sum %2774 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2776 = log %2775 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2777 = broadcast %2776 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2778 = sub %2773, %2777 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2779 = mul %2766, %2778 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2780 = reduce_sum %2779 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2781 = neg %2780 : f32[2,1] @ models/lib/dino.yaml:39:21
%2782 = reduce_sum %2781 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2783 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2784 = div %2782, %2783 : f32[] @ models/lib/dino.yaml:39:16
%2785 = add %2753, %2784 : f32[] @ models/dino_pass.yaml:149:11
%2786 = broadcast %160 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2787 = sub %885, %2786 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2788 = broadcast %1 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2789 = div %2787, %2788 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2790 = reduce_max %2789 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2791 = stop_gradient %2790 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2792 = broadcast %2791 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2793 = sub %2789, %2792 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2794 = exp %2793 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2795 = reduce_sum %2794 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2796 = broadcast %2795 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2797 = div %2794, %2796 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2798 = stop_gradient %2797 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2799 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2800 = broadcast %2799 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2801 = div %2149, %2800 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2802 = reduce_max %2801 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2803 = stop_gradient %2802 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2804 = broadcast %2803 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2805 = sub %2801, %2804 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2806 = exp %2805 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2807 = reduce_sum %2806 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2808 = log %2807 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2809 = broadcast %2808 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2810 = sub %2805, %2809 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2811 = mul %2798, %2810 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2812 = reduce_sum %2811 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2813 = neg %2812 : f32[2,1] @ models/lib/dino.yaml:39:21
%2814 = reduce_sum %2813 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2815 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2816 = div %2814, %2815 : f32[] @ models/lib/dino.yaml:39:16
%2817 = add %2785, %2816 : f32[] @ models/dino_pass.yaml:149:11
%2818 = broadcast %160 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2819 = sub %885, %2818 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2820 = broadcast %1 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2821 = div %2819, %2820 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2822 = reduce_max %2821 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2823 = stop_gradient %2822 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2824 = broadcast %2823 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2825 = sub %2821, %2824 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2826 = exp %2825 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2827 = reduce_sum %2826 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2828 = broadcast %2827 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2829 = div %2826, %2828 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2830 = stop_gradient %2829 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2831 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2832 = broadcast %2831 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2833 = div %2687, %2832 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2834 = reduce_max %2833 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2835 = stop_gradient %2834 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2836 = broadcast %2835 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2837 = sub %2833, %2836 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2838 = exp %2837 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2839 = reduce_sum %2838 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2840 = log %2839 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2841 = broadcast %2840 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2842 = sub %2837, %2841 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2843 = mul %2830, %2842 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2844 = reduce_sum %2843 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2845 = neg %2844 : f32[2,1] @ models/lib/dino.yaml:39:21
%2846 = reduce_sum %2845 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2847 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2848 = div %2846, %2847 : f32[] @ models/lib/dino.yaml:39:16
%2849 = add %2817, %2848 : f32[] @ models/dino_pass.yaml:149:11
%2850 = broadcast %160 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2851 = sub %885, %2850 : f32[2,1,32] @ models/lib/dino.yaml:38:38
%2852 = broadcast %1 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2853 = div %2851, %2852 : f32[2,1,32] @ models/lib/dino.yaml:38:48
%2854 = reduce_max %2853 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:14:35
%2855 = stop_gradient %2854 : f32[2,1,1] @ models/lib/nn.yaml:14:21
%2856 = broadcast %2855 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2857 = sub %2853, %2856 : f32[2,1,32] @ models/lib/nn.yaml:14:19
%2858 = exp %2857 : f32[2,1,32] @ models/lib/nn.yaml:14:13
%2859 = reduce_sum %2858 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:15:20
%2860 = broadcast %2859 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2861 = div %2858, %2860 : f32[2,1,32] @ models/lib/nn.yaml:15:18
%2862 = stop_gradient %2861 : f32[2,1,32] @ models/lib/dino.yaml:38:13
%2863 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2864 = broadcast %2863 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2865 = div %2688, %2864 : f32[2,1,32] @ models/lib/dino.yaml:39:44
%2866 = reduce_max %2865 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:21:31
%2867 = stop_gradient %2866 : f32[2,1,1] @ models/lib/nn.yaml:21:17
%2868 = broadcast %2867 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2869 = sub %2865, %2868 : f32[2,1,32] @ models/lib/nn.yaml:21:15
%2870 = exp %2869 : f32[2,1,32] @ models/lib/nn.yaml:22:28
%2871 = reduce_sum %2870 axes=[2] keep=1 : f32[2,1,1] @ models/lib/nn.yaml:22:24
%2872 = log %2871 : f32[2,1,1] @ models/lib/nn.yaml:22:20
%2873 = broadcast %2872 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2874 = sub %2869, %2873 : f32[2,1,32] @ models/lib/nn.yaml:22:18
%2875 = mul %2862, %2874 : f32[2,1,32] @ models/lib/dino.yaml:39:28
%2876 = reduce_sum %2875 axes=[2] keep=0 : f32[2,1] @ models/lib/dino.yaml:39:22
%2877 = neg %2876 : f32[2,1] @ models/lib/dino.yaml:39:21
%2878 = reduce_sum %2877 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2879 = const data=[2] : f32[] @ models/lib/dino.yaml:39:16
%2880 = div %2878, %2879 : f32[] @ models/lib/dino.yaml:39:16
%2881 = add %2849, %2880 : f32[] @ models/dino_pass.yaml:149:11
%2882 = const data=[6] : f32[] @ models/dino_pass.yaml:146:3
%2883 = div %2881, %2882 : f32[] @ models/dino_pass.yaml:146:3
%2884 = output %2883 name="loss.cls" : f32[] @ models/dino_pass.yaml:146:3
%2885 = const data=[1] : f32[] @ models/dino_pass.yaml:146:3
%2886 = mul %2883, %2885 : f32[] @ models/dino_pass.yaml:146:3
%2887 = broadcast %161 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2888 = sub %886, %2887 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2889 = broadcast %1 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2890 = div %2888, %2889 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2891 = reduce_max %2890 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2892 = stop_gradient %2891 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2893 = broadcast %2892 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2894 = sub %2890, %2893 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2895 = exp %2894 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2896 = reduce_sum %2895 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2897 = broadcast %2896 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2898 = div %2895, %2897 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2899 = stop_gradient %2898 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2900 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2901 = broadcast %2900 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2902 = div %2151, %2901 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2903 = reduce_max %2902 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2904 = stop_gradient %2903 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2905 = broadcast %2904 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2906 = sub %2902, %2905 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2907 = exp %2906 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2908 = reduce_sum %2907 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2909 = log %2908 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2910 = broadcast %2909 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2911 = sub %2906, %2910 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2912 = mul %2899, %2911 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2913 = reduce_sum %2912 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2914 = neg %2913 : f32[2,16] @ models/lib/dino.yaml:39:21
%2915 = reduce_sum %2914 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2916 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2917 = div %2915, %2916 : f32[] @ models/lib/dino.yaml:39:16
%2918 = broadcast %161 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2919 = sub %887, %2918 : f32[2,16,16] @ models/lib/dino.yaml:38:38
%2920 = broadcast %1 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2921 = div %2919, %2920 : f32[2,16,16] @ models/lib/dino.yaml:38:48
%2922 = reduce_max %2921 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:14:35
%2923 = stop_gradient %2922 : f32[2,16,1] @ models/lib/nn.yaml:14:21
%2924 = broadcast %2923 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2925 = sub %2921, %2924 : f32[2,16,16] @ models/lib/nn.yaml:14:19
%2926 = exp %2925 : f32[2,16,16] @ models/lib/nn.yaml:14:13
%2927 = reduce_sum %2926 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:15:20
%2928 = broadcast %2927 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2929 = div %2926, %2928 : f32[2,16,16] @ models/lib/nn.yaml:15:18
%2930 = stop_gradient %2929 : f32[2,16,16] @ models/lib/dino.yaml:38:13
%2931 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2932 = broadcast %2931 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2933 = div %2152, %2932 : f32[2,16,16] @ models/lib/dino.yaml:39:44
%2934 = reduce_max %2933 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:21:31
%2935 = stop_gradient %2934 : f32[2,16,1] @ models/lib/nn.yaml:21:17
%2936 = broadcast %2935 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2937 = sub %2933, %2936 : f32[2,16,16] @ models/lib/nn.yaml:21:15
%2938 = exp %2937 : f32[2,16,16] @ models/lib/nn.yaml:22:28
%2939 = reduce_sum %2938 axes=[2] keep=1 : f32[2,16,1] @ models/lib/nn.yaml:22:24
%2940 = log %2939 : f32[2,16,1] @ models/lib/nn.yaml:22:20
%2941 = broadcast %2940 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2942 = sub %2937, %2941 : f32[2,16,16] @ models/lib/nn.yaml:22:18
%2943 = mul %2930, %2942 : f32[2,16,16] @ models/lib/dino.yaml:39:28
%2944 = reduce_sum %2943 axes=[2] keep=0 : f32[2,16] @ models/lib/dino.yaml:39:22
%2945 = neg %2944 : f32[2,16] @ models/lib/dino.yaml:39:21
%2946 = reduce_sum %2945 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2947 = const data=[32] : f32[] @ models/lib/dino.yaml:39:16
%2948 = div %2946, %2947 : f32[] @ models/lib/dino.yaml:39:16
%2949 = add %2917, %2948 : f32[] @ models/dino_pass.yaml:153:11
%2950 = broadcast %161 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2951 = sub %1622, %2950 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2952 = broadcast %1 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2953 = div %2951, %2952 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2954 = reduce_max %2953 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2955 = stop_gradient %2954 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2956 = broadcast %2955 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2957 = sub %2953, %2956 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2958 = exp %2957 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2959 = reduce_sum %2958 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2960 = broadcast %2959 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2961 = div %2958, %2960 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2962 = stop_gradient %2961 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2963 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2964 = broadcast %2963 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2965 = div %2689, %2964 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2966 = reduce_max %2965 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2967 = stop_gradient %2966 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%2968 = broadcast %2967 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2969 = sub %2965, %2968 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%2970 = exp %2969 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%2971 = reduce_sum %2970 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%2972 = log %2971 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%2973 = broadcast %2972 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2974 = sub %2969, %2973 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%2975 = mul %2962, %2974 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%2976 = reduce_sum %2975 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%2977 = neg %2976 : f32[2,9] @ models/lib/dino.yaml:39:21
%2978 = reduce_sum %2977 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%2979 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%2980 = div %2978, %2979 : f32[] @ models/lib/dino.yaml:39:16
%2981 = add %2949, %2980 : f32[] @ models/dino_pass.yaml:153:11
%2982 = broadcast %161 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2983 = sub %1623, %2982 : f32[2,9,16] @ models/lib/dino.yaml:38:38
%2984 = broadcast %1 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2985 = div %2983, %2984 : f32[2,9,16] @ models/lib/dino.yaml:38:48
%2986 = reduce_max %2985 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:14:35
%2987 = stop_gradient %2986 : f32[2,9,1] @ models/lib/nn.yaml:14:21
%2988 = broadcast %2987 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2989 = sub %2985, %2988 : f32[2,9,16] @ models/lib/nn.yaml:14:19
%2990 = exp %2989 : f32[2,9,16] @ models/lib/nn.yaml:14:13
%2991 = reduce_sum %2990 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:15:20
%2992 = broadcast %2991 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2993 = div %2990, %2992 : f32[2,9,16] @ models/lib/nn.yaml:15:18
%2994 = stop_gradient %2993 : f32[2,9,16] @ models/lib/dino.yaml:38:13
%2995 = const data=[0.1] : f32[] @ models/lib/dino.yaml:39:46
%2996 = broadcast %2995 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2997 = div %2690, %2996 : f32[2,9,16] @ models/lib/dino.yaml:39:44
%2998 = reduce_max %2997 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:21:31
%2999 = stop_gradient %2998 : f32[2,9,1] @ models/lib/nn.yaml:21:17
%3000 = broadcast %2999 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3001 = sub %2997, %3000 : f32[2,9,16] @ models/lib/nn.yaml:21:15
%3002 = exp %3001 : f32[2,9,16] @ models/lib/nn.yaml:22:28
%3003 = reduce_sum %3002 axes=[2] keep=1 : f32[2,9,1] @ models/lib/nn.yaml:22:24
%3004 = log %3003 : f32[2,9,1] @ models/lib/nn.yaml:22:20
%3005 = broadcast %3004 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3006 = sub %3001, %3005 : f32[2,9,16] @ models/lib/nn.yaml:22:18
%3007 = mul %2994, %3006 : f32[2,9,16] @ models/lib/dino.yaml:39:28
%3008 = reduce_sum %3007 axes=[2] keep=0 : f32[2,9] @ models/lib/dino.yaml:39:22
%3009 = neg %3008 : f32[2,9] @ models/lib/dino.yaml:39:21
%3010 = reduce_sum %3009 axes=[0,1] keep=0 : f32[] @ models/lib/dino.yaml:39:16
%3011 = const data=[18] : f32[] @ models/lib/dino.yaml:39:16
%3012 = div %3010, %3011 : f32[] @ models/lib/dino.yaml:39:16
%3013 = add %2981, %3012 : f32[] @ models/dino_pass.yaml:153:11
%3014 = const data=[4] : f32[] @ models/dino_pass.yaml:150:3
%3015 = div %3013, %3014 : f32[] @ models/dino_pass.yaml:150:3
%3016 = output %3015 name="loss.patch" : f32[] @ models/dino_pass.yaml:150:3
%3017 = const data=[0.1] : f32[] @ models/dino_pass.yaml:150:3
%3018 = mul %3015, %3017 : f32[] @ models/dino_pass.yaml:150:3
%3019 = add %2886, %3018 : f32[] @ models/dino_pass.yaml:150:3
%3020 = output %3019 name="loss" : f32[] @ models/dino_pass.yaml:146:3
%3021 = const data=[0.9] : f32[] @ models/dino_pass.yaml:139:22
%3022 = broadcast %3021 : f32[1,1,32] @ models/dino_pass.yaml:139:20
%3023 = mul %160, %3022 : f32[1,1,32] @ models/dino_pass.yaml:139:20
%3024 = concat %884, %885, %1620, %1621 axis=0 : f32[8,1,32] @ models/dino_pass.yaml:139:75
%3025 = reduce_sum %3024 axes=[0] keep=1 : f32[1,1,32] @ models/lib/nn.yaml:73:26
%3026 = all_reduce_sum %3025 : f32[1,1,32] @ models/lib/nn.yaml:73:16
%3027 = const data=[8] : f32[] @ models/lib/nn.yaml:73:65
%3028 = broadcast %3027 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3029 = div %3026, %3028 : f32[1,1,32] @ models/lib/nn.yaml:73:52
%3030 = const data=[0.1] : f32[] @ models/dino_pass.yaml:139:43
%3031 = broadcast %3030 : f32[1,1,32] @ models/dino_pass.yaml:139:62
%3032 = mul %3031, %3029 : f32[1,1,32] @ models/dino_pass.yaml:139:62
%3033 = add %3023, %3032 : f32[1,1,32] @ models/dino_pass.yaml:139:38
%3034 = assign %160, %3033 : f32[1,1,32] @ models/dino_pass.yaml:139:13
%3035 = const data=[0.9] : f32[] @ models/dino_pass.yaml:143:28
%3036 = broadcast %3035 : f32[1,16] @ models/dino_pass.yaml:143:26
%3037 = mul %161, %3036 : f32[1,16] @ models/dino_pass.yaml:143:26
%3038 = reshape %886 : f32[32,16] @ models/dino_pass.yaml:143:81
%3039 = reshape %887 : f32[32,16] @ models/dino_pass.yaml:143:81
%3040 = reshape %1622 : f32[18,16] @ models/dino_pass.yaml:143:81
%3041 = reshape %1623 : f32[18,16] @ models/dino_pass.yaml:143:81
%3042 = concat %3038, %3039, %3040, %3041 axis=0 : f32[100,16] @ models/dino_pass.yaml:143:81
%3043 = reduce_sum %3042 axes=[0] keep=1 : f32[1,16] @ models/lib/nn.yaml:73:26
%3044 = all_reduce_sum %3043 : f32[1,16] @ models/lib/nn.yaml:73:16
%3045 = const data=[1e+02] : f32[] @ models/lib/nn.yaml:73:65
%3046 = broadcast %3045 : f32[1,16] @ models/lib/nn.yaml:73:52
%3047 = div %3044, %3046 : f32[1,16] @ models/lib/nn.yaml:73:52
%3048 = const data=[0.1] : f32[] @ models/dino_pass.yaml:143:49
%3049 = broadcast %3048 : f32[1,16] @ models/dino_pass.yaml:143:68
%3050 = mul %3049, %3047 : f32[1,16] @ models/dino_pass.yaml:143:68
%3051 = add %3037, %3050 : f32[1,16] @ models/dino_pass.yaml:143:44
%3052 = assign %161, %3051 : f32[1,16] @ models/dino_pass.yaml:143:13
