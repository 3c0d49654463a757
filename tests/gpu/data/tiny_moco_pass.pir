graph "models/tiny_moco_pass.yaml"
%1 = input name="sched.lr" : f32[] @ models/moco_pass.yaml:151:3
%2 = input name="sched.wd" : f32[] @ models/moco_pass.yaml:152:3
%3 = input name="sched.momentum" : f32[] @ models/moco_pass.yaml:153:3
%4 = input name="crops.global" : f32[14,3,16,16] @ models/moco_pass.yaml:147:3
%5 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%6 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(48)" tags=[] frozen_epochs=0 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%7 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(48)" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/vit.yaml:10:7
%8 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%9 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%10 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%11 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%12 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%13 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%14 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%15 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%16 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%17 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%18 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%19 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%20 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%21 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%22 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%23 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%24 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%25 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%26 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%27 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%28 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%29 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%30 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%31 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%32 = param name="ca_head.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%33 = param name="ca_head.cls_blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%34 = param name="ca_head.cls_blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%35 = param name="ca_head.cls_blocks.0.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%36 = param name="ca_head.cls_blocks.0.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%37 = param name="ca_head.cls_blocks.0.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%38 = param name="ca_head.cls_blocks.0.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%39 = param name="ca_head.cls_blocks.0.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%40 = param name="ca_head.cls_blocks.0.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%41 = param name="ca_head.cls_blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%42 = param name="ca_head.cls_blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%43 = param name="ca_head.cls_blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%44 = param name="ca_head.cls_blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%45 = param name="ca_head.cls_blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%46 = param name="ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%47 = param name="ca_head.cls_blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%48 = param name="ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%49 = param name="ca_head.cls_blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%50 = param name="ca_head.cls_blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%51 = param name="ca_head.cls_blocks.1.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%52 = param name="ca_head.cls_blocks.1.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%53 = param name="ca_head.cls_blocks.1.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%54 = param name="ca_head.cls_blocks.1.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%55 = param name="ca_head.cls_blocks.1.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%56 = param name="ca_head.cls_blocks.1.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%57 = param name="ca_head.cls_blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%58 = param name="ca_head.cls_blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%59 = param name="ca_head.cls_blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%60 = param name="ca_head.cls_blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%61 = param name="ca_head.cls_blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%62 = param name="ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%63 = param name="ca_head.cls_blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%64 = param name="ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%65 = param name="ca_head.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%66 = param name="ca_head.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%67 = param name="projector.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%68 = param name="projector.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:75:7
%69 = param name="projector.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:76:7
%70 = param name="projector.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%71 = param name="projector.4.weight" init="ones" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:75:7
%72 = param name="projector.4.bias" init="zeros" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:76:7
%73 = param name="projector.6.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%74 = param name="predictor.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,8] @ models/lib/nn.yaml:79:7
%75 = param name="predictor.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:75:7
%76 = param name="predictor.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:76:7
%77 = param name="predictor.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%78 = param name="patch_projector.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[12,16] @ models/lib/nn.yaml:79:7
%79 = param name="patch_projector.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:75:7
%80 = param name="patch_projector.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:76:7
%81 = param name="patch_projector.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[12,12] @ models/lib/nn.yaml:79:7
%82 = param name="patch_projector.4.weight" init="ones" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:75:7
%83 = param name="patch_projector.4.bias" init="zeros" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:76:7
%84 = param name="patch_projector.6.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[6,12] @ models/lib/nn.yaml:79:7
%85 = param name="patch_predictor.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[12,6] @ models/lib/nn.yaml:79:7
%86 = param name="patch_predictor.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:75:7
%87 = param name="patch_predictor.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:76:7
%88 = param name="patch_predictor.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[6,12] @ models/lib/nn.yaml:79:7
%89 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%90 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%91 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[16] @ models/lib/vit.yaml:10:7
%92 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%93 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%94 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%95 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%96 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%97 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%98 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%99 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%100 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%101 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%102 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%103 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%104 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%105 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%106 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%107 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%108 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%109 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%110 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%111 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%112 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%113 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%114 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%115 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%116 = state name="teacher.ca_head.cls_token" init="copy(ca_head.cls_token)" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%117 = state name="teacher.ca_head.cls_blocks.0.norm1.weight" init="copy(ca_head.cls_blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%118 = state name="teacher.ca_head.cls_blocks.0.norm1.bias" init="copy(ca_head.cls_blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%119 = state name="teacher.ca_head.cls_blocks.0.attn.q.weight" init="copy(ca_head.cls_blocks.0.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%120 = state name="teacher.ca_head.cls_blocks.0.attn.q.bias" init="copy(ca_head.cls_blocks.0.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%121 = state name="teacher.ca_head.cls_blocks.0.attn.k.weight" init="copy(ca_head.cls_blocks.0.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%122 = state name="teacher.ca_head.cls_blocks.0.attn.k.bias" init="copy(ca_head.cls_blocks.0.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%123 = state name="teacher.ca_head.cls_blocks.0.attn.v.weight" init="copy(ca_head.cls_blocks.0.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%124 = state name="teacher.ca_head.cls_blocks.0.attn.v.bias" init="copy(ca_head.cls_blocks.0.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%125 = state name="teacher.ca_head.cls_blocks.0.attn.proj.weight" init="copy(ca_head.cls_blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%126 = state name="teacher.ca_head.cls_blocks.0.attn.proj.bias" init="copy(ca_head.cls_blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%127 = state name="teacher.ca_head.cls_blocks.0.norm2.weight" init="copy(ca_head.cls_blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%128 = state name="teacher.ca_head.cls_blocks.0.norm2.bias" init="copy(ca_head.cls_blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%129 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.weight" init="copy(ca_head.cls_blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%130 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.bias" init="copy(ca_head.cls_blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%131 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.weight" init="copy(ca_head.cls_blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%132 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.bias" init="copy(ca_head.cls_blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%133 = state name="teacher.ca_head.cls_blocks.1.norm1.weight" init="copy(ca_head.cls_blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%134 = state name="teacher.ca_head.cls_blocks.1.norm1.bias" init="copy(ca_head.cls_blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%135 = state name="teacher.ca_head.cls_blocks.1.attn.q.weight" init="copy(ca_head.cls_blocks.1.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%136 = state name="teacher.ca_head.cls_blocks.1.attn.q.bias" init="copy(ca_head.cls_blocks.1.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%137 = state name="teacher.ca_head.cls_blocks.1.attn.k.weight" init="copy(ca_head.cls_blocks.1.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%138 = state name="teacher.ca_head.cls_blocks.1.attn.k.bias" init="copy(ca_head.cls_blocks.1.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%139 = state name="teacher.ca_head.cls_blocks.1.attn.v.weight" init="copy(ca_head.cls_blocks.1.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%140 = state name="teacher.ca_head.cls_blocks.1.attn.v.bias" init="copy(ca_head.cls_blocks.1.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%141 = state name="teacher.ca_head.cls_blocks.1.attn.proj.weight" init="copy(ca_head.cls_blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%142 = state name="teacher.ca_head.cls_blocks.1.attn.proj.bias" init="copy(ca_head.cls_blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%143 = state name="teacher.ca_head.cls_blocks.1.norm2.weight" init="copy(ca_head.cls_blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%144 = state name="teacher.ca_head.cls_blocks.1.norm2.bias" init="copy(ca_head.cls_blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%145 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.weight" init="copy(ca_head.cls_blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%146 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.bias" init="copy(ca_head.cls_blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%147 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.weight" init="copy(ca_head.cls_blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%148 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.bias" init="copy(ca_head.cls_blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%149 = state name="teacher.ca_head.norm.weight" init="copy(ca_head.norm.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%150 = state name="teacher.ca_head.norm.bias" init="copy(ca_head.norm.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%151 = state name="teacher.projector.0.weight" init="copy(projector.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%152 = state name="teacher.projector.1.weight" init="copy(projector.1.weight)" : f32[24] @ models/moco_pass.yaml:75:7
%153 = state name="teacher.projector.1.bias" init="copy(projector.1.bias)" : f32[24] @ models/moco_pass.yaml:76:7
%154 = state name="teacher.projector.3.weight" init="copy(projector.3.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%155 = state name="teacher.projector.4.weight" init="copy(projector.4.weight)" : f32[24] @ models/moco_pass.yaml:75:7
%156 = state name="teacher.projector.4.bias" init="copy(projector.4.bias)" : f32[24] @ models/moco_pass.yaml:76:7
%157 = state name="teacher.projector.6.weight" init="copy(projector.6.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%158 = state name="teacher.predictor.0.weight" init="copy(predictor.0.weight)" : f32[24,8] @ models/lib/nn.yaml:79:7
%159 = state name="teacher.predictor.1.weight" init="copy(predictor.1.weight)" : f32[24] @ models/moco_pass.yaml:75:7
%160 = state name="teacher.predictor.1.bias" init="copy(predictor.1.bias)" : f32[24] @ models/moco_pass.yaml:76:7
%161 = state name="teacher.predictor.3.weight" init="copy(predictor.3.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%162 = state name="teacher.patch_projector.0.weight" init="copy(patch_projector.0.weight)" : f32[12,16] @ models/lib/nn.yaml:79:7
%163 = state name="teacher.patch_projector.1.weight" init="copy(patch_projector.1.weight)" : f32[12] @ models/moco_pass.yaml:75:7
%164 = state name="teacher.patch_projector.1.bias" init="copy(patch_projector.1.bias)" : f32[12] @ models/moco_pass.yaml:76:7
%165 = state name="teacher.patch_projector.3.weight" init="copy(patch_projector.3.weight)" : f32[12,12] @ models/lib/nn.yaml:79:7
%166 = state name="teacher.patch_projector.4.weight" init="copy(patch_projector.4.weight)" : f32[12] @ models/moco_pass.yaml:75:7
%167 = state name="teacher.patch_projector.4.bias" init="copy(patch_projector.4.bias)" : f32[12] @ models/moco_pass.yaml:76:7
%168 = state name="teacher.patch_projector.6.weight" init="copy(patch_projector.6.weight)" : f32[6,12] @ models/lib/nn.yaml:79:7
%169 = state name="teacher.patch_predictor.0.weight" init="copy(patch_predictor.0.weight)" : f32[12,6] @ models/lib/nn.yaml:79:7
%170 = state name="teacher.patch_predictor.1.weight" init="copy(patch_predictor.1.weight)" : f32[12] @ models/moco_pass.yaml:75:7
%171 = state name="teacher.patch_predictor.1.bias" init="copy(patch_predictor.1.bias)" : f32[12] @ models/moco_pass.yaml:76:7
%172 = state name="teacher.patch_predictor.3.weight" init="copy(patch_predictor.3.weight)" : f32[6,12] @ models/lib/nn.yaml:79:7
%173 = reshape %4 : f32[14,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%174 = permute %173 perm=[0,2,4,1,3,5] : f32[14,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%175 = reshape %174 : f32[14,16,48] @ models/lib/vit.yaml:16:13
%176 = reshape %90 : f32[16,48] @ models/lib/vit.yaml:17:20
%177 = matmul %175, %176 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%178 = broadcast %91 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%179 = add %177, %178 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%180 = broadcast %89 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%181 = add %179, %180 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%182 = reduce_sum %181 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%183 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%184 = broadcast %183 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%185 = div %182, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%186 = broadcast %185 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%187 = sub %181, %186 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%188 = mul %187, %187 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%189 = reduce_sum %188 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%190 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%191 = broadcast %190 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%192 = div %189, %191 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%193 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%194 = broadcast %193 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%195 = add %192, %194 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%196 = rsqrt %195 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%197 = broadcast %196 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%198 = mul %187, %197 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%199 = broadcast %92 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%200 = mul %198, %199 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%201 = broadcast %93 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%202 = add %200, %201 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%203 = matmul %202, %94 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%204 = broadcast %95 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%205 = add %203, %204 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%206 = reshape %205 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%207 = permute %206 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%208 = slice %207 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%209 = reshape %208 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%210 = slice %207 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%211 = reshape %210 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%212 = slice %207 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%213 = reshape %212 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%214 = permute %211 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%215 = reshape %209 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%217 = reshape %214 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%219 = mul %216, %218 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%220 = reduce_sum %219 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%221 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%222 = broadcast %221 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%223 = mul %220, %222 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%224 = reduce_max %223 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%225 = stop_gradient %224 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%226 = broadcast %225 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%227 = sub %223, %226 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%228 = exp %227 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%229 = reduce_sum %228 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%230 = broadcast %229 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%231 = div %228, %230 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%232 = reshape %231 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%233 = broadcast %232 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%234 = reshape %213 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%235 = broadcast %234 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%236 = mul %233, %235 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%237 = reduce_sum %236 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%238 = permute %237 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%239 = reshape %238 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%240 = matmul %239, %96 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%241 = broadcast %97 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%242 = add %240, %241 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%243 = add %181, %242 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%244 = reduce_sum %243 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%245 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%246 = broadcast %245 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%247 = div %244, %246 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%248 = broadcast %247 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%249 = sub %243, %248 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%250 = mul %249, %249 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%251 = reduce_sum %250 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%252 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%253 = broadcast %252 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%254 = div %251, %253 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%255 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%256 = broadcast %255 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%257 = add %254, %256 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%258 = rsqrt %257 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%259 = broadcast %258 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%260 = mul %249, %259 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%261 = broadcast %98 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%262 = mul %260, %261 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%263 = broadcast %99 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%264 = add %262, %263 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%265 = matmul %264, %100 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%266 = broadcast %101 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%267 = add %265, %266 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%268 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%269 = broadcast %268 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%270 = mul %269, %267 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%271 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%272 = broadcast %271 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%273 = mul %267, %272 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%274 = erf %273 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%275 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%276 = broadcast %275 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%277 = add %276, %274 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%278 = mul %270, %277 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%279 = matmul %278, %102 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%280 = broadcast %103 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%281 = add %279, %280 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%282 = add %243, %281 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%283 = reduce_sum %282 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%284 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%285 = broadcast %284 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%286 = div %283, %285 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%287 = broadcast %286 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%288 = sub %282, %287 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%289 = mul %288, %288 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%290 = reduce_sum %289 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%291 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%292 = broadcast %291 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%293 = div %290, %292 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%294 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%295 = broadcast %294 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%296 = add %293, %295 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%297 = rsqrt %296 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%298 = broadcast %297 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%299 = mul %288, %298 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%300 = broadcast %104 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%301 = mul %299, %300 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%302 = broadcast %105 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%303 = add %301, %302 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%304 = matmul %303, %106 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%305 = broadcast %107 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%306 = add %304, %305 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%307 = reshape %306 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%308 = permute %307 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%309 = slice %308 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%310 = reshape %309 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%311 = slice %308 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%312 = reshape %311 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%313 = slice %308 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%314 = reshape %313 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%315 = permute %312 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%316 = reshape %310 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%317 = broadcast %316 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%318 = reshape %315 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%319 = broadcast %318 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%320 = mul %317, %319 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%321 = reduce_sum %320 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%322 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%323 = broadcast %322 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%324 = mul %321, %323 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%325 = reduce_max %324 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%326 = stop_gradient %325 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%327 = broadcast %326 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%328 = sub %324, %327 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%329 = exp %328 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%330 = reduce_sum %329 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%331 = broadcast %330 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%332 = div %329, %331 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%333 = reshape %332 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%334 = broadcast %333 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%335 = reshape %314 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%336 = broadcast %335 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%337 = mul %334, %336 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%338 = reduce_sum %337 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%339 = permute %338 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%340 = reshape %339 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%341 = matmul %340, %108 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%342 = broadcast %109 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%343 = add %341, %342 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%344 = add %282, %343 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%345 = reduce_sum %344 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%346 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%347 = broadcast %346 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%348 = div %345, %347 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%349 = broadcast %348 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%350 = sub %344, %349 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%351 = mul %350, %350 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%352 = reduce_sum %351 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%353 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%354 = broadcast %353 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%355 = div %352, %354 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%356 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%357 = broadcast %356 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%358 = add %355, %357 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%359 = rsqrt %358 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%360 = broadcast %359 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%361 = mul %350, %360 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%362 = broadcast %110 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%363 = mul %361, %362 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%364 = broadcast %111 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%365 = add %363, %364 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%366 = matmul %365, %112 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%367 = broadcast %113 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%368 = add %366, %367 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%369 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%370 = broadcast %369 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%371 = mul %370, %368 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%372 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%373 = broadcast %372 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%374 = mul %368, %373 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%375 = erf %374 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%376 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%377 = broadcast %376 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%378 = add %377, %375 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%379 = mul %371, %378 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%380 = matmul %379, %114 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%381 = broadcast %115 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%382 = add %380, %381 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%383 = add %344, %382 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%384 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%385 = neighbor_topk_gather %383, %384 k=2 : f32[14,16,2,16] @ models/dino_pass.yaml:77:16
%386 = reshape %385 : f32[224,2,16] @ models/dino_pass.yaml:87:23
%387 = broadcast %116 : f32[224,1,16] @ models/lib/vit.yaml:116:31
%388 = concat %387, %386 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%389 = reduce_sum %388 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%390 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%391 = broadcast %390 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%392 = div %389, %391 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%393 = broadcast %392 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%394 = sub %388, %393 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%395 = mul %394, %394 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%396 = reduce_sum %395 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%397 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%398 = broadcast %397 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%399 = div %396, %398 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%400 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%401 = broadcast %400 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%402 = add %399, %401 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%403 = rsqrt %402 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%404 = broadcast %403 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%405 = mul %394, %404 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%406 = broadcast %117 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%407 = mul %405, %406 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%408 = broadcast %118 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%409 = add %407, %408 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%410 = slice %409 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%411 = matmul %410, %119 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %120 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%414 = reshape %413 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%415 = permute %414 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%416 = matmul %409, %121 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%417 = broadcast %122 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%418 = add %416, %417 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%419 = reshape %418 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%420 = permute %419 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%421 = matmul %409, %123 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%422 = broadcast %124 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%423 = add %421, %422 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%424 = reshape %423 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%425 = permute %424 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%426 = permute %420 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%427 = reshape %415 : f32[224,2,1,8,1] @ models/lib/nn.yaml:55:23
%428 = broadcast %427 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%429 = reshape %426 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%430 = broadcast %429 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%431 = mul %428, %430 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%432 = reduce_sum %431 axes=[3] keep=0 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%433 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%434 = broadcast %433 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%435 = mul %432, %434 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%436 = reduce_max %435 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%437 = stop_gradient %436 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%438 = broadcast %437 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%439 = sub %435, %438 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%440 = exp %439 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%441 = reduce_sum %440 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%442 = broadcast %441 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%443 = div %440, %442 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%444 = reshape %443 : f32[224,2,1,3,1] @ models/lib/nn.yaml:56:23
%445 = broadcast %444 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%446 = reshape %425 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%447 = broadcast %446 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%448 = mul %445, %447 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%449 = reduce_sum %448 axes=[3] keep=0 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%450 = permute %449 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%451 = reshape %450 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%452 = matmul %451, %125 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%453 = broadcast %126 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%454 = add %452, %453 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%455 = add %387, %454 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%456 = reduce_sum %455 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%457 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%458 = broadcast %457 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%459 = div %456, %458 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%460 = broadcast %459 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%461 = sub %455, %460 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%462 = mul %461, %461 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%463 = reduce_sum %462 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%464 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%465 = broadcast %464 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%466 = div %463, %465 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%467 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%468 = broadcast %467 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%469 = add %466, %468 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%470 = rsqrt %469 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%471 = broadcast %470 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%472 = mul %461, %471 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%473 = broadcast %127 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%474 = mul %472, %473 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%475 = broadcast %128 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%476 = add %474, %475 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%477 = matmul %476, %129 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%478 = broadcast %130 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%479 = add %477, %478 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%480 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%481 = broadcast %480 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%482 = mul %481, %479 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%483 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%484 = broadcast %483 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%485 = mul %479, %484 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%486 = erf %485 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%487 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%488 = broadcast %487 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%489 = add %488, %486 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%490 = mul %482, %489 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%491 = matmul %490, %131 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%492 = broadcast %132 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%493 = add %491, %492 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%494 = add %455, %493 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%495 = concat %494, %386 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%496 = reduce_sum %495 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%497 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%498 = broadcast %497 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%499 = div %496, %498 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%500 = broadcast %499 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%501 = sub %495, %500 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%502 = mul %501, %501 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%503 = reduce_sum %502 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%504 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%505 = broadcast %504 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%506 = div %503, %505 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%507 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%508 = broadcast %507 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%509 = add %506, %508 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%510 = rsqrt %509 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%511 = broadcast %510 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%512 = mul %501, %511 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%513 = broadcast %133 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%514 = mul %512, %513 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%515 = broadcast %134 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%516 = add %514, %515 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%517 = slice %516 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%518 = matmul %517, %135 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%519 = broadcast %136 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%520 = add %518, %519 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%521 = reshape %520 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%522 = permute %521 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%523 = matmul %516, %137 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%524 = broadcast %138 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%525 = add %523, %524 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%526 = reshape %525 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%527 = permute %526 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%528 = matmul %516, %139 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%529 = broadcast %140 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%530 = add %528, %529 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%531 = reshape %530 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%532 = permute %531 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%533 = permute %527 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%534 = reshape %522 : f32[224,2,1,8,1] @ models/lib/nn.yaml:55:23
%535 = broadcast %534 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%536 = reshape %533 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%537 = broadcast %536 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%538 = mul %535, %537 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%539 = reduce_sum %538 axes=[3] keep=0 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%540 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%541 = broadcast %540 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%542 = mul %539, %541 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%543 = reduce_max %542 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%544 = stop_gradient %543 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%545 = broadcast %544 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%546 = sub %542, %545 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%547 = exp %546 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%548 = reduce_sum %547 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%549 = broadcast %548 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%550 = div %547, %549 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%551 = reshape %550 : f32[224,2,1,3,1] @ models/lib/nn.yaml:56:23
%552 = broadcast %551 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%553 = reshape %532 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%554 = broadcast %553 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%555 = mul %552, %554 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%556 = reduce_sum %555 axes=[3] keep=0 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%557 = permute %556 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%558 = reshape %557 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%559 = matmul %558, %141 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%560 = broadcast %142 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%561 = add %559, %560 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%562 = add %494, %561 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%563 = reduce_sum %562 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%564 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%565 = broadcast %564 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%566 = div %563, %565 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%567 = broadcast %566 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%568 = sub %562, %567 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%569 = mul %568, %568 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%570 = reduce_sum %569 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%571 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%572 = broadcast %571 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%573 = div %570, %572 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%574 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%575 = broadcast %574 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%576 = add %573, %575 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%577 = rsqrt %576 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%578 = broadcast %577 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%579 = mul %568, %578 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%580 = broadcast %143 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%581 = mul %579, %580 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%582 = broadcast %144 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%583 = add %581, %582 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%584 = matmul %583, %145 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%585 = broadcast %146 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%586 = add %584, %585 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%587 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%588 = broadcast %587 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%589 = mul %588, %586 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%590 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%591 = broadcast %590 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%592 = mul %586, %591 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%593 = erf %592 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%594 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%595 = broadcast %594 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%596 = add %595, %593 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%597 = mul %589, %596 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%598 = matmul %597, %147 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%599 = broadcast %148 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%600 = add %598, %599 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%601 = add %562, %600 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%602 = reshape %601 : f32[14,16,16] @ models/dino_pass.yaml:88:16
%603 = broadcast %116 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%604 = concat %603, %383 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%605 = reduce_sum %604 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%606 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%607 = broadcast %606 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%608 = div %605, %607 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%609 = broadcast %608 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%610 = sub %604, %609 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%611 = mul %610, %610 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%612 = reduce_sum %611 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%613 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%614 = broadcast %613 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%615 = div %612, %614 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%616 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%617 = broadcast %616 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%618 = add %615, %617 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%619 = rsqrt %618 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%620 = broadcast %619 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%621 = mul %610, %620 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%622 = broadcast %117 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%623 = mul %621, %622 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%624 = broadcast %118 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%625 = add %623, %624 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%626 = slice %625 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%627 = matmul %626, %119 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%628 = broadcast %120 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%629 = add %627, %628 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%630 = reshape %629 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%631 = permute %630 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%632 = matmul %625, %121 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%633 = broadcast %122 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%634 = add %632, %633 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%635 = reshape %634 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%636 = permute %635 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%637 = matmul %625, %123 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%638 = broadcast %124 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%639 = add %637, %638 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%640 = reshape %639 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%641 = permute %640 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%642 = permute %636 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%643 = reshape %631 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%644 = broadcast %643 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%645 = reshape %642 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%646 = broadcast %645 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%647 = mul %644, %646 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%648 = reduce_sum %647 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%649 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%650 = broadcast %649 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%651 = mul %648, %650 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%652 = reduce_max %651 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%653 = stop_gradient %652 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%654 = broadcast %653 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%655 = sub %651, %654 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%656 = exp %655 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%657 = reduce_sum %656 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%658 = broadcast %657 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%659 = div %656, %658 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%660 = reshape %659 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%661 = broadcast %660 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%662 = reshape %641 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%663 = broadcast %662 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%664 = mul %661, %663 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%665 = reduce_sum %664 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%666 = permute %665 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%667 = reshape %666 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%668 = matmul %667, %125 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%669 = broadcast %126 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%670 = add %668, %669 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%671 = add %603, %670 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%672 = reduce_sum %671 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%673 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%674 = broadcast %673 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%675 = div %672, %674 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%676 = broadcast %675 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%677 = sub %671, %676 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%678 = mul %677, %677 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%679 = reduce_sum %678 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%680 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%681 = broadcast %680 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%682 = div %679, %681 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%683 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%684 = broadcast %683 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%685 = add %682, %684 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%686 = rsqrt %685 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%687 = broadcast %686 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%688 = mul %677, %687 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%689 = broadcast %127 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%690 = mul %688, %689 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%691 = broadcast %128 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%692 = add %690, %691 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%693 = matmul %692, %129 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%694 = broadcast %130 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%695 = add %693, %694 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%696 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%697 = broadcast %696 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%698 = mul %697, %695 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%699 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%700 = broadcast %699 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%701 = mul %695, %700 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%702 = erf %701 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%703 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%704 = broadcast %703 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%705 = add %704, %702 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%706 = mul %698, %705 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%707 = matmul %706, %131 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%708 = broadcast %132 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%709 = add %707, %708 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%710 = add %671, %709 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%711 = concat %710, %383 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%712 = reduce_sum %711 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%713 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%714 = broadcast %713 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%715 = div %712, %714 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%716 = broadcast %715 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%717 = sub %711, %716 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%718 = mul %717, %717 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%719 = reduce_sum %718 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%720 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%721 = broadcast %720 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%722 = div %719, %721 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%723 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%724 = broadcast %723 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%725 = add %722, %724 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%726 = rsqrt %725 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%727 = broadcast %726 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%728 = mul %717, %727 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%729 = broadcast %133 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%730 = mul %728, %729 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%731 = broadcast %134 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%732 = add %730, %731 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%733 = slice %732 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%734 = matmul %733, %135 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%735 = broadcast %136 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%736 = add %734, %735 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%737 = reshape %736 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%738 = permute %737 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%739 = matmul %732, %137 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%740 = broadcast %138 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%741 = add %739, %740 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%742 = reshape %741 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%743 = permute %742 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%744 = matmul %732, %139 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%745 = broadcast %140 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%746 = add %744, %745 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%747 = reshape %746 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%748 = permute %747 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%749 = permute %743 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%750 = reshape %738 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%751 = broadcast %750 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%752 = reshape %749 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%753 = broadcast %752 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%754 = mul %751, %753 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%755 = reduce_sum %754 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%756 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%757 = broadcast %756 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%758 = mul %755, %757 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%759 = reduce_max %758 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%760 = stop_gradient %759 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%761 = broadcast %760 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%762 = sub %758, %761 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%763 = exp %762 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%764 = reduce_sum %763 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%765 = broadcast %764 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%766 = div %763, %765 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%767 = reshape %766 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%768 = broadcast %767 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%769 = reshape %748 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%770 = broadcast %769 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%771 = mul %768, %770 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%772 = reduce_sum %771 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%773 = permute %772 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%774 = reshape %773 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%775 = matmul %774, %141 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%776 = broadcast %142 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%777 = add %775, %776 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%778 = add %710, %777 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%779 = reduce_sum %778 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%780 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%781 = broadcast %780 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%782 = div %779, %781 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%783 = broadcast %782 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%784 = sub %778, %783 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%785 = mul %784, %784 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%786 = reduce_sum %785 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%787 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%788 = broadcast %787 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%789 = div %786, %788 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%790 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%791 = broadcast %790 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%792 = add %789, %791 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%793 = rsqrt %792 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%794 = broadcast %793 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%795 = mul %784, %794 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%796 = broadcast %143 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%797 = mul %795, %796 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%798 = broadcast %144 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%799 = add %797, %798 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%800 = matmul %799, %145 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%801 = broadcast %146 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%802 = add %800, %801 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%803 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%804 = broadcast %803 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%805 = mul %804, %802 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%806 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%807 = broadcast %806 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%808 = mul %802, %807 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%809 = erf %808 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%810 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%811 = broadcast %810 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%812 = add %811, %809 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%813 = mul %805, %812 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%814 = matmul %813, %147 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%815 = broadcast %148 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%816 = add %814, %815 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%817 = add %778, %816 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%818 = concat %817, %602 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:139:30
%819 = reduce_sum %818 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%820 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%821 = broadcast %820 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%822 = div %819, %821 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%823 = broadcast %822 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%824 = sub %818, %823 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%825 = mul %824, %824 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%826 = reduce_sum %825 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%827 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%828 = broadcast %827 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%829 = div %826, %828 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%830 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%831 = broadcast %830 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%832 = add %829, %831 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%833 = rsqrt %832 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%834 = broadcast %833 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%835 = mul %824, %834 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%836 = broadcast %149 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%837 = mul %835, %836 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%838 = broadcast %150 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%839 = add %837, %838 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%840 = slice %839 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:140:42
%841 = reshape %840 : f32[224,16] @ models/moco_pass.yaml:140:33
%842 = matmul %841, %162 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%843 = reshape %842 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%844 = reduce_sum %843 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%845 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%846 = broadcast %845 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%847 = div %844, %846 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%848 = all_reduce_sum %847 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%849 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%850 = broadcast %849 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%851 = div %848, %850 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%852 = broadcast %851 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%853 = sub %843, %852 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%854 = mul %853, %853 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%855 = reduce_sum %854 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%856 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%857 = broadcast %856 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%858 = div %855, %857 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%859 = all_reduce_sum %858 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%860 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%861 = broadcast %860 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%862 = div %859, %861 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%863 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%864 = broadcast %863 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%865 = add %862, %864 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%866 = rsqrt %865 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%867 = broadcast %866 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%868 = mul %853, %867 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%869 = reshape %868 : f32[224,12] @ models/moco_pass.yaml:83:13
%870 = broadcast %163 : f32[224,12] @ models/moco_pass.yaml:84:18
%871 = mul %869, %870 : f32[224,12] @ models/moco_pass.yaml:84:18
%872 = broadcast %164 : f32[224,12] @ models/moco_pass.yaml:84:27
%873 = add %871, %872 : f32[224,12] @ models/moco_pass.yaml:84:27
%874 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%875 = cast %874 : f32[] @ models/moco_pass.yaml:70:23
%876 = broadcast %875 : f32[224,12] @ models/moco_pass.yaml:70:16
%877 = max %873, %876 : f32[224,12] @ models/moco_pass.yaml:70:16
%878 = matmul %877, %165 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%879 = reshape %878 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%880 = reduce_sum %879 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%881 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%882 = broadcast %881 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%883 = div %880, %882 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%884 = all_reduce_sum %883 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%885 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%886 = broadcast %885 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%887 = div %884, %886 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%888 = broadcast %887 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%889 = sub %879, %888 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%890 = mul %889, %889 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%891 = reduce_sum %890 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%892 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%893 = broadcast %892 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%894 = div %891, %893 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%895 = all_reduce_sum %894 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%896 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%897 = broadcast %896 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%898 = div %895, %897 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%899 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%900 = broadcast %899 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%901 = add %898, %900 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%902 = rsqrt %901 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%903 = broadcast %902 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%904 = mul %889, %903 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%905 = reshape %904 : f32[224,12] @ models/moco_pass.yaml:83:13
%906 = broadcast %166 : f32[224,12] @ models/moco_pass.yaml:84:18
%907 = mul %905, %906 : f32[224,12] @ models/moco_pass.yaml:84:18
%908 = broadcast %167 : f32[224,12] @ models/moco_pass.yaml:84:27
%909 = add %907, %908 : f32[224,12] @ models/moco_pass.yaml:84:27
%910 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%911 = cast %910 : f32[] @ models/moco_pass.yaml:70:23
%912 = broadcast %911 : f32[224,12] @ models/moco_pass.yaml:70:16
%913 = max %909, %912 : f32[224,12] @ models/moco_pass.yaml:70:16
%914 = matmul %913, %168 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%915 = reshape %914 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%916 = reduce_sum %915 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%917 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%918 = broadcast %917 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%919 = div %916, %918 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%920 = all_reduce_sum %919 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%921 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%922 = broadcast %921 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%923 = div %920, %922 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%924 = broadcast %923 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%925 = sub %915, %924 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%926 = mul %925, %925 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%927 = reduce_sum %926 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%928 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%929 = broadcast %928 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%930 = div %927, %929 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%931 = all_reduce_sum %930 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%932 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%933 = broadcast %932 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%934 = div %931, %933 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%935 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%936 = broadcast %935 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%937 = add %934, %936 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%938 = rsqrt %937 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%939 = broadcast %938 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%940 = mul %925, %939 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%941 = reshape %940 : f32[224,6] @ models/moco_pass.yaml:83:13
%942 = slice %839 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:141:31
%943 = reshape %942 : f32[14,16] @ models/moco_pass.yaml:141:31
%944 = matmul %943, %151 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%945 = reshape %944 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%946 = reduce_sum %945 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%947 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%948 = broadcast %947 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%949 = div %946, %948 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%950 = all_reduce_sum %949 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%951 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%952 = broadcast %951 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%953 = div %950, %952 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%954 = broadcast %953 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%955 = sub %945, %954 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%956 = mul %955, %955 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%957 = reduce_sum %956 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%958 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%959 = broadcast %958 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%960 = div %957, %959 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%961 = all_reduce_sum %960 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%962 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%963 = broadcast %962 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%964 = div %961, %963 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%965 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%966 = broadcast %965 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%967 = add %964, %966 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%968 = rsqrt %967 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%969 = broadcast %968 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%970 = mul %955, %969 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%971 = reshape %970 : f32[14,24] @ models/moco_pass.yaml:83:13
%972 = broadcast %152 : f32[14,24] @ models/moco_pass.yaml:84:18
%973 = mul %971, %972 : f32[14,24] @ models/moco_pass.yaml:84:18
%974 = broadcast %153 : f32[14,24] @ models/moco_pass.yaml:84:27
%975 = add %973, %974 : f32[14,24] @ models/moco_pass.yaml:84:27
%976 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%977 = cast %976 : f32[] @ models/moco_pass.yaml:70:23
%978 = broadcast %977 : f32[14,24] @ models/moco_pass.yaml:70:16
%979 = max %975, %978 : f32[14,24] @ models/moco_pass.yaml:70:16
%980 = matmul %979, %154 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%981 = reshape %980 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%982 = reduce_sum %981 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%983 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%984 = broadcast %983 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%985 = div %982, %984 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%986 = all_reduce_sum %985 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%987 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%988 = broadcast %987 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%989 = div %986, %988 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%990 = broadcast %989 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%991 = sub %981, %990 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%992 = mul %991, %991 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%993 = reduce_sum %992 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%994 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%995 = broadcast %994 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%996 = div %993, %995 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%997 = all_reduce_sum %996 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%998 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%999 = broadcast %998 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1000 = div %997, %999 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1001 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1002 = broadcast %1001 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1003 = add %1000, %1002 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1004 = rsqrt %1003 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1005 = broadcast %1004 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1006 = mul %991, %1005 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1007 = reshape %1006 : f32[14,24] @ models/moco_pass.yaml:83:13
%1008 = broadcast %155 : f32[14,24] @ models/moco_pass.yaml:84:18
%1009 = mul %1007, %1008 : f32[14,24] @ models/moco_pass.yaml:84:18
%1010 = broadcast %156 : f32[14,24] @ models/moco_pass.yaml:84:27
%1011 = add %1009, %1010 : f32[14,24] @ models/moco_pass.yaml:84:27
%1012 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1013 = cast %1012 : f32[] @ models/moco_pass.yaml:70:23
%1014 = broadcast %1013 : f32[14,24] @ models/moco_pass.yaml:70:16
%1015 = max %1011, %1014 : f32[14,24] @ models/moco_pass.yaml:70:16
%1016 = matmul %1015, %157 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1017 = reshape %1016 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1018 = reduce_sum %1017 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1019 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1020 = broadcast %1019 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1021 = div %1018, %1020 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1022 = all_reduce_sum %1021 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1023 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1024 = broadcast %1023 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1025 = div %1022, %1024 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1026 = broadcast %1025 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1027 = sub %1017, %1026 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1028 = mul %1027, %1027 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1029 = reduce_sum %1028 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1030 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%1031 = broadcast %1030 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1032 = div %1029, %1031 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1033 = all_reduce_sum %1032 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1034 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1035 = broadcast %1034 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1036 = div %1033, %1035 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1037 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1038 = broadcast %1037 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1039 = add %1036, %1038 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1040 = rsqrt %1039 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1041 = broadcast %1040 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1042 = mul %1027, %1041 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1043 = reshape %1042 : f32[14,8] @ models/moco_pass.yaml:83:13
%1044 = reshape %941 : f32[14,16,6] @ models/moco_pass.yaml:141:43
%1045 = slice %1043 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1046 = slice %1043 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1047 = slice %1044 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1048 = slice %1044 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1049 = reshape %4 : f32[14,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%1050 = permute %1049 perm=[0,2,4,1,3,5] : f32[14,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%1051 = reshape %1050 : f32[14,16,48] @ models/lib/vit.yaml:16:13
%1052 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%1053 = matmul %1051, %1052 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%1054 = broadcast %7 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1055 = add %1053, %1054 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1056 = broadcast %5 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1057 = add %1055, %1056 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1058 = reduce_sum %1057 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1059 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1060 = broadcast %1059 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1061 = div %1058, %1060 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1062 = broadcast %1061 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1063 = sub %1057, %1062 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1064 = mul %1063, %1063 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1065 = reduce_sum %1064 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1066 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1067 = broadcast %1066 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1068 = div %1065, %1067 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1069 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1070 = broadcast %1069 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1071 = add %1068, %1070 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1072 = rsqrt %1071 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1073 = broadcast %1072 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1074 = mul %1063, %1073 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1075 = broadcast %8 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1076 = mul %1074, %1075 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1077 = broadcast %9 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1078 = add %1076, %1077 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1079 = matmul %1078, %10 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1080 = broadcast %11 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1081 = add %1079, %1080 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1082 = reshape %1081 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1083 = permute %1082 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1084 = slice %1083 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1085 = reshape %1084 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1086 = slice %1083 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1087 = reshape %1086 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1088 = slice %1083 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1089 = reshape %1088 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1090 = permute %1087 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1091 = reshape %1085 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%1092 = broadcast %1091 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%1093 = reshape %1090 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%1094 = broadcast %1093 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%1095 = mul %1092, %1094 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%1096 = reduce_sum %1095 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1097 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1098 = broadcast %1097 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1099 = mul %1096, %1098 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1100 = reduce_max %1099 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1101 = stop_gradient %1100 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1102 = broadcast %1101 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1103 = sub %1099, %1102 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1104 = exp %1103 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1105 = reduce_sum %1104 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1106 = broadcast %1105 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1107 = div %1104, %1106 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1108 = reshape %1107 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1109 = broadcast %1108 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1110 = reshape %1089 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1111 = broadcast %1110 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1112 = mul %1109, %1111 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1113 = reduce_sum %1112 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1114 = permute %1113 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1115 = reshape %1114 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1116 = matmul %1115, %12 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1117 = broadcast %13 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1118 = add %1116, %1117 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1119 = add %1057, %1118 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1120 = reduce_sum %1119 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1121 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1122 = broadcast %1121 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1123 = div %1120, %1122 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1124 = broadcast %1123 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1125 = sub %1119, %1124 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1126 = mul %1125, %1125 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1127 = reduce_sum %1126 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1128 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1129 = broadcast %1128 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1130 = div %1127, %1129 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1131 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1132 = broadcast %1131 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1133 = add %1130, %1132 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1134 = rsqrt %1133 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1135 = broadcast %1134 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1136 = mul %1125, %1135 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1137 = broadcast %14 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1138 = mul %1136, %1137 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1139 = broadcast %15 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1140 = add %1138, %1139 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1141 = matmul %1140, %16 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1142 = broadcast %17 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1143 = add %1141, %1142 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1144 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1145 = broadcast %1144 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1146 = mul %1145, %1143 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1147 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1148 = broadcast %1147 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1149 = mul %1143, %1148 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1150 = erf %1149 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1151 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1152 = broadcast %1151 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1153 = add %1152, %1150 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1154 = mul %1146, %1153 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1155 = matmul %1154, %18 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1156 = broadcast %19 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1157 = add %1155, %1156 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1158 = add %1119, %1157 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1159 = reduce_sum %1158 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1160 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1161 = broadcast %1160 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1162 = div %1159, %1161 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1163 = broadcast %1162 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1164 = sub %1158, %1163 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1165 = mul %1164, %1164 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1166 = reduce_sum %1165 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1167 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1168 = broadcast %1167 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1169 = div %1166, %1168 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1170 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1171 = broadcast %1170 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1172 = add %1169, %1171 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1173 = rsqrt %1172 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1174 = broadcast %1173 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1175 = mul %1164, %1174 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1176 = broadcast %20 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1177 = mul %1175, %1176 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1178 = broadcast %21 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1179 = add %1177, %1178 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1180 = matmul %1179, %22 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1181 = broadcast %23 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1182 = add %1180, %1181 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1183 = reshape %1182 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1184 = permute %1183 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1185 = slice %1184 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1186 = reshape %1185 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1187 = slice %1184 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1188 = reshape %1187 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1189 = slice %1184 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1190 = reshape %1189 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1191 = permute %1188 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1192 = reshape %1186 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%1193 = broadcast %1192 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%1194 = reshape %1191 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%1195 = broadcast %1194 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%1196 = mul %1193, %1195 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%1197 = reduce_sum %1196 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1198 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1199 = broadcast %1198 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1200 = mul %1197, %1199 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1201 = reduce_max %1200 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1202 = stop_gradient %1201 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1203 = broadcast %1202 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1204 = sub %1200, %1203 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1205 = exp %1204 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1206 = reduce_sum %1205 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1207 = broadcast %1206 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1208 = div %1205, %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1209 = reshape %1208 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1210 = broadcast %1209 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1211 = reshape %1190 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1212 = broadcast %1211 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1213 = mul %1210, %1212 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1214 = reduce_sum %1213 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1215 = permute %1214 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1216 = reshape %1215 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1217 = matmul %1216, %24 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1218 = broadcast %25 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1219 = add %1217, %1218 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1220 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1221 = broadcast %1220 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1222 = div %1219, %1221 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1223 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1224 = rand_uniform %1223 stream=1 : f32[14] @ models/lib/nn.yaml:43:13
%1225 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1226 = broadcast %1225 : f32[14] @ models/lib/nn.yaml:44:35
%1227 = add %1226, %1224 : f32[14] @ models/lib/nn.yaml:44:35
%1228 = floor %1227 : f32[14] @ models/lib/nn.yaml:44:24
%1229 = reshape %1228 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1230 = broadcast %1229 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1231 = mul %1222, %1230 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1232 = add %1158, %1231 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1233 = reduce_sum %1232 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1234 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1235 = broadcast %1234 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1236 = div %1233, %1235 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1237 = broadcast %1236 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1238 = sub %1232, %1237 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1239 = mul %1238, %1238 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1240 = reduce_sum %1239 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1241 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1242 = broadcast %1241 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1243 = div %1240, %1242 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1244 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1245 = broadcast %1244 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1246 = add %1243, %1245 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1247 = rsqrt %1246 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1248 = broadcast %1247 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1249 = mul %1238, %1248 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1250 = broadcast %26 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1251 = mul %1249, %1250 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1252 = broadcast %27 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1253 = add %1251, %1252 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1254 = matmul %1253, %28 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1255 = broadcast %29 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1256 = add %1254, %1255 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1257 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1258 = broadcast %1257 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1259 = mul %1258, %1256 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1260 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1261 = broadcast %1260 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1262 = mul %1256, %1261 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1263 = erf %1262 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1264 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1265 = broadcast %1264 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1266 = add %1265, %1263 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1267 = mul %1259, %1266 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1268 = matmul %1267, %30 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1269 = broadcast %31 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1270 = add %1268, %1269 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1271 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1272 = broadcast %1271 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1273 = div %1270, %1272 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1274 = rand_uniform %1223 stream=2 : f32[14] @ models/lib/nn.yaml:43:13
%1275 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1276 = broadcast %1275 : f32[14] @ models/lib/nn.yaml:44:35
%1277 = add %1276, %1274 : f32[14] @ models/lib/nn.yaml:44:35
%1278 = floor %1277 : f32[14] @ models/lib/nn.yaml:44:24
%1279 = reshape %1278 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1280 = broadcast %1279 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1281 = mul %1273, %1280 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1282 = add %1232, %1281 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1283 = broadcast %32 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%1284 = concat %1283, %1282 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1285 = reduce_sum %1284 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1286 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1287 = broadcast %1286 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1288 = div %1285, %1287 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1289 = broadcast %1288 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1290 = sub %1284, %1289 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1291 = mul %1290, %1290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1292 = reduce_sum %1291 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1293 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1294 = broadcast %1293 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1295 = div %1292, %1294 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1296 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1297 = broadcast %1296 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1298 = add %1295, %1297 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1299 = rsqrt %1298 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1300 = broadcast %1299 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1301 = mul %1290, %1300 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1302 = broadcast %33 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1303 = mul %1301, %1302 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1304 = broadcast %34 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1305 = add %1303, %1304 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1306 = slice %1305 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1307 = matmul %1306, %35 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1308 = broadcast %36 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1309 = add %1307, %1308 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1310 = reshape %1309 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1311 = permute %1310 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1312 = matmul %1305, %37 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1313 = broadcast %38 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1314 = add %1312, %1313 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1315 = reshape %1314 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1316 = permute %1315 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1317 = matmul %1305, %39 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1318 = broadcast %40 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1319 = add %1317, %1318 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1320 = reshape %1319 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1321 = permute %1320 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1322 = permute %1316 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1323 = reshape %1311 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%1324 = broadcast %1323 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1325 = reshape %1322 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1326 = broadcast %1325 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1327 = mul %1324, %1326 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1328 = reduce_sum %1327 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1329 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1330 = broadcast %1329 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1331 = mul %1328, %1330 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1332 = reduce_max %1331 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1333 = stop_gradient %1332 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1334 = broadcast %1333 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1335 = sub %1331, %1334 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1336 = exp %1335 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1337 = reduce_sum %1336 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1338 = broadcast %1337 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1339 = div %1336, %1338 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1340 = reshape %1339 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1341 = broadcast %1340 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1342 = reshape %1321 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1343 = broadcast %1342 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1344 = mul %1341, %1343 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1345 = reduce_sum %1344 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1346 = permute %1345 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1347 = reshape %1346 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1348 = matmul %1347, %41 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1349 = broadcast %42 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1350 = add %1348, %1349 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1351 = add %1283, %1350 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1352 = reduce_sum %1351 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1353 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1354 = broadcast %1353 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1355 = div %1352, %1354 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1356 = broadcast %1355 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1357 = sub %1351, %1356 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1358 = mul %1357, %1357 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1359 = reduce_sum %1358 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1360 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1361 = broadcast %1360 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1362 = div %1359, %1361 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1363 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1364 = broadcast %1363 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1365 = add %1362, %1364 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1366 = rsqrt %1365 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1367 = broadcast %1366 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1368 = mul %1357, %1367 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1369 = broadcast %43 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1370 = mul %1368, %1369 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1371 = broadcast %44 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1372 = add %1370, %1371 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1373 = matmul %1372, %45 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1374 = broadcast %46 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1375 = add %1373, %1374 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1376 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1377 = broadcast %1376 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1378 = mul %1377, %1375 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1379 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1380 = broadcast %1379 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1381 = mul %1375, %1380 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1382 = erf %1381 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1383 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1384 = broadcast %1383 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1385 = add %1384, %1382 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1386 = mul %1378, %1385 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1387 = matmul %1386, %47 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1388 = broadcast %48 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1389 = add %1387, %1388 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1390 = add %1351, %1389 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1391 = concat %1390, %1282 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1392 = reduce_sum %1391 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1393 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1394 = broadcast %1393 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1395 = div %1392, %1394 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1396 = broadcast %1395 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1397 = sub %1391, %1396 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1398 = mul %1397, %1397 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1399 = reduce_sum %1398 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1400 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1401 = broadcast %1400 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1402 = div %1399, %1401 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1403 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1404 = broadcast %1403 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1405 = add %1402, %1404 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1406 = rsqrt %1405 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1407 = broadcast %1406 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1408 = mul %1397, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1409 = broadcast %49 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1410 = mul %1408, %1409 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1411 = broadcast %50 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1412 = add %1410, %1411 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1413 = slice %1412 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1414 = matmul %1413, %51 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1415 = broadcast %52 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1416 = add %1414, %1415 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1417 = reshape %1416 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1418 = permute %1417 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1419 = matmul %1412, %53 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1420 = broadcast %54 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1421 = add %1419, %1420 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1422 = reshape %1421 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1423 = permute %1422 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1424 = matmul %1412, %55 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1425 = broadcast %56 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1426 = add %1424, %1425 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1427 = reshape %1426 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1428 = permute %1427 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1429 = permute %1423 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1430 = reshape %1418 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%1431 = broadcast %1430 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1432 = reshape %1429 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1433 = broadcast %1432 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1434 = mul %1431, %1433 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1435 = reduce_sum %1434 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1436 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1437 = broadcast %1436 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1438 = mul %1435, %1437 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1439 = reduce_max %1438 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1440 = stop_gradient %1439 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1441 = broadcast %1440 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1442 = sub %1438, %1441 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1443 = exp %1442 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1444 = reduce_sum %1443 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1445 = broadcast %1444 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1446 = div %1443, %1445 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1447 = reshape %1446 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1448 = broadcast %1447 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1449 = reshape %1428 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1450 = broadcast %1449 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1451 = mul %1448, %1450 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1452 = reduce_sum %1451 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1453 = permute %1452 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1454 = reshape %1453 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1455 = matmul %1454, %57 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1456 = broadcast %58 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1457 = add %1455, %1456 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1458 = add %1390, %1457 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1459 = reduce_sum %1458 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1460 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1461 = broadcast %1460 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1462 = div %1459, %1461 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1463 = broadcast %1462 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1464 = sub %1458, %1463 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1465 = mul %1464, %1464 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1466 = reduce_sum %1465 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1467 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1468 = broadcast %1467 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1469 = div %1466, %1468 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1470 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1471 = broadcast %1470 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1472 = add %1469, %1471 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1473 = rsqrt %1472 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1474 = broadcast %1473 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1475 = mul %1464, %1474 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1476 = broadcast %59 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1477 = mul %1475, %1476 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1478 = broadcast %60 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1479 = add %1477, %1478 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1480 = matmul %1479, %61 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1481 = broadcast %62 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1482 = add %1480, %1481 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1483 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1484 = broadcast %1483 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1485 = mul %1484, %1482 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1486 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1487 = broadcast %1486 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1488 = mul %1482, %1487 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1489 = erf %1488 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1490 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1491 = broadcast %1490 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1492 = add %1491, %1489 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1493 = mul %1485, %1492 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1494 = matmul %1493, %63 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1495 = broadcast %64 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1496 = add %1494, %1495 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1497 = add %1458, %1496 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1498 = concat %1497, %1282 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:111:21
%1499 = reduce_sum %1498 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1500 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1501 = broadcast %1500 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1502 = div %1499, %1501 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1503 = broadcast %1502 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1504 = sub %1498, %1503 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1505 = mul %1504, %1504 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1506 = reduce_sum %1505 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1507 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1508 = broadcast %1507 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1509 = div %1506, %1508 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1510 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1511 = broadcast %1510 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1512 = add %1509, %1511 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1513 = rsqrt %1512 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1514 = broadcast %1513 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1515 = mul %1504, %1514 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1516 = broadcast %65 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1517 = mul %1515, %1516 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1518 = broadcast %66 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1519 = add %1517, %1518 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1520 = slice %1519 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:130:38
%1521 = reshape %1520 : f32[14,16] @ models/moco_pass.yaml:130:38
%1522 = matmul %1521, %67 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1523 = reshape %1522 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1524 = reduce_sum %1523 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1525 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1526 = broadcast %1525 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1527 = div %1524, %1526 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1528 = all_reduce_sum %1527 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1529 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1530 = broadcast %1529 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1531 = div %1528, %1530 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1532 = broadcast %1531 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1533 = sub %1523, %1532 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1534 = mul %1533, %1533 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1535 = reduce_sum %1534 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1536 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%1537 = broadcast %1536 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1538 = div %1535, %1537 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1539 = all_reduce_sum %1538 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1540 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1541 = broadcast %1540 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1542 = div %1539, %1541 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1543 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1544 = broadcast %1543 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1545 = add %1542, %1544 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1546 = rsqrt %1545 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1547 = broadcast %1546 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1548 = mul %1533, %1547 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1549 = reshape %1548 : f32[14,24] @ models/moco_pass.yaml:83:13
%1550 = broadcast %68 : f32[14,24] @ models/moco_pass.yaml:84:18
%1551 = mul %1549, %1550 : f32[14,24] @ models/moco_pass.yaml:84:18
%1552 = broadcast %69 : f32[14,24] @ models/moco_pass.yaml:84:27
%1553 = add %1551, %1552 : f32[14,24] @ models/moco_pass.yaml:84:27
%1554 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1555 = cast %1554 : f32[] @ models/moco_pass.yaml:70:23
%1556 = broadcast %1555 : f32[14,24] @ models/moco_pass.yaml:70:16
%1557 = max %1553, %1556 : f32[14,24] @ models/moco_pass.yaml:70:16
%1558 = matmul %1557, %70 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1559 = reshape %1558 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1560 = reduce_sum %1559 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1561 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1562 = broadcast %1561 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1563 = div %1560, %1562 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1564 = all_reduce_sum %1563 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1565 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1566 = broadcast %1565 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1567 = div %1564, %1566 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1568 = broadcast %1567 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1569 = sub %1559, %1568 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1570 = mul %1569, %1569 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1571 = reduce_sum %1570 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1572 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%1573 = broadcast %1572 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1574 = div %1571, %1573 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1575 = all_reduce_sum %1574 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1576 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1577 = broadcast %1576 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1578 = div %1575, %1577 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1579 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1580 = broadcast %1579 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1581 = add %1578, %1580 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1582 = rsqrt %1581 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1583 = broadcast %1582 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1584 = mul %1569, %1583 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1585 = reshape %1584 : f32[14,24] @ models/moco_pass.yaml:83:13
%1586 = broadcast %71 : f32[14,24] @ models/moco_pass.yaml:84:18
%1587 = mul %1585, %1586 : f32[14,24] @ models/moco_pass.yaml:84:18
%1588 = broadcast %72 : f32[14,24] @ models/moco_pass.yaml:84:27
%1589 = add %1587, %1588 : f32[14,24] @ models/moco_pass.yaml:84:27
%1590 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1591 = cast %1590 : f32[] @ models/moco_pass.yaml:70:23
%1592 = broadcast %1591 : f32[14,24] @ models/moco_pass.yaml:70:16
%1593 = max %1589, %1592 : f32[14,24] @ models/moco_pass.yaml:70:16
%1594 = matmul %1593, %73 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1595 = reshape %1594 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1596 = reduce_sum %1595 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1597 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1598 = broadcast %1597 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1599 = div %1596, %1598 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1600 = all_reduce_sum %1599 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1601 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1602 = broadcast %1601 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1603 = div %1600, %1602 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1604 = broadcast %1603 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1605 = sub %1595, %1604 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1606 = mul %1605, %1605 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1607 = reduce_sum %1606 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1608 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%1609 = broadcast %1608 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1610 = div %1607, %1609 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1611 = all_reduce_sum %1610 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1612 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1613 = broadcast %1612 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1614 = div %1611, %1613 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1615 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1616 = broadcast %1615 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1617 = add %1614, %1616 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1618 = rsqrt %1617 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1619 = broadcast %1618 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1620 = mul %1605, %1619 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1621 = reshape %1620 : f32[14,8] @ models/moco_pass.yaml:83:13
%1622 = matmul %1621, %74 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1623 = reshape %1622 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1624 = reduce_sum %1623 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1625 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1626 = broadcast %1625 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1627 = div %1624, %1626 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1628 = all_reduce_sum %1627 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1629 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1630 = broadcast %1629 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1631 = div %1628, %1630 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1632 = broadcast %1631 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1633 = sub %1623, %1632 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1634 = mul %1633, %1633 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1635 = reduce_sum %1634 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1636 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%1637 = broadcast %1636 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1638 = div %1635, %1637 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1639 = all_reduce_sum %1638 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1640 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1641 = broadcast %1640 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1642 = div %1639, %1641 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1643 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1644 = broadcast %1643 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1645 = add %1642, %1644 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1646 = rsqrt %1645 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1647 = broadcast %1646 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1648 = mul %1633, %1647 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1649 = reshape %1648 : f32[14,24] @ models/moco_pass.yaml:83:13
%1650 = broadcast %75 : f32[14,24] @ models/moco_pass.yaml:84:18
%1651 = mul %1649, %1650 : f32[14,24] @ models/moco_pass.yaml:84:18
%1652 = broadcast %76 : f32[14,24] @ models/moco_pass.yaml:84:27
%1653 = add %1651, %1652 : f32[14,24] @ models/moco_pass.yaml:84:27
%1654 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1655 = cast %1654 : f32[] @ models/moco_pass.yaml:70:23
%1656 = broadcast %1655 : f32[14,24] @ models/moco_pass.yaml:70:16
%1657 = max %1653, %1656 : f32[14,24] @ models/moco_pass.yaml:70:16
%1658 = matmul %1657, %77 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1659 = reshape %1658 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1660 = reduce_sum %1659 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1661 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1662 = broadcast %1661 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1663 = div %1660, %1662 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1664 = all_reduce_sum %1663 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1665 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1666 = broadcast %1665 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1667 = div %1664, %1666 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1668 = broadcast %1667 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1669 = sub %1659, %1668 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1670 = mul %1669, %1669 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1671 = reduce_sum %1670 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1672 = const data=[7] : f32[] @ models/moco_pass.yaml:82:25
%1673 = broadcast %1672 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1674 = div %1671, %1673 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1675 = all_reduce_sum %1674 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1676 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1677 = broadcast %1676 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1678 = div %1675, %1677 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1679 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1680 = broadcast %1679 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1681 = add %1678, %1680 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1682 = rsqrt %1681 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1683 = broadcast %1682 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1684 = mul %1669, %1683 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1685 = reshape %1684 : f32[14,8] @ models/moco_pass.yaml:83:13
%1686 = slice %1519 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:131:58
%1687 = reshape %1686 : f32[224,16] @ models/moco_pass.yaml:131:49
%1688 = matmul %1687, %78 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1689 = reshape %1688 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1690 = reduce_sum %1689 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1691 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1692 = broadcast %1691 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1693 = div %1690, %1692 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1694 = all_reduce_sum %1693 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1695 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1696 = broadcast %1695 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1697 = div %1694, %1696 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1698 = broadcast %1697 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1699 = sub %1689, %1698 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1700 = mul %1699, %1699 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1701 = reduce_sum %1700 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1702 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%1703 = broadcast %1702 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1704 = div %1701, %1703 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1705 = all_reduce_sum %1704 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1706 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1707 = broadcast %1706 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1708 = div %1705, %1707 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1709 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1710 = broadcast %1709 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1711 = add %1708, %1710 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1712 = rsqrt %1711 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1713 = broadcast %1712 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1714 = mul %1699, %1713 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1715 = reshape %1714 : f32[224,12] @ models/moco_pass.yaml:83:13
%1716 = broadcast %79 : f32[224,12] @ models/moco_pass.yaml:84:18
%1717 = mul %1715, %1716 : f32[224,12] @ models/moco_pass.yaml:84:18
%1718 = broadcast %80 : f32[224,12] @ models/moco_pass.yaml:84:27
%1719 = add %1717, %1718 : f32[224,12] @ models/moco_pass.yaml:84:27
%1720 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1721 = cast %1720 : f32[] @ models/moco_pass.yaml:70:23
%1722 = broadcast %1721 : f32[224,12] @ models/moco_pass.yaml:70:16
%1723 = max %1719, %1722 : f32[224,12] @ models/moco_pass.yaml:70:16
%1724 = matmul %1723, %81 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1725 = reshape %1724 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1726 = reduce_sum %1725 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1727 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1728 = broadcast %1727 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1729 = div %1726, %1728 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1730 = all_reduce_sum %1729 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1731 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1732 = broadcast %1731 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1733 = div %1730, %1732 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1734 = broadcast %1733 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1735 = sub %1725, %1734 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1736 = mul %1735, %1735 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1737 = reduce_sum %1736 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1738 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%1739 = broadcast %1738 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1740 = div %1737, %1739 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1741 = all_reduce_sum %1740 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1742 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1743 = broadcast %1742 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1744 = div %1741, %1743 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1745 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1746 = broadcast %1745 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1747 = add %1744, %1746 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1748 = rsqrt %1747 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1749 = broadcast %1748 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1750 = mul %1735, %1749 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1751 = reshape %1750 : f32[224,12] @ models/moco_pass.yaml:83:13
%1752 = broadcast %82 : f32[224,12] @ models/moco_pass.yaml:84:18
%1753 = mul %1751, %1752 : f32[224,12] @ models/moco_pass.yaml:84:18
%1754 = broadcast %83 : f32[224,12] @ models/moco_pass.yaml:84:27
%1755 = add %1753, %1754 : f32[224,12] @ models/moco_pass.yaml:84:27
%1756 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1757 = cast %1756 : f32[] @ models/moco_pass.yaml:70:23
%1758 = broadcast %1757 : f32[224,12] @ models/moco_pass.yaml:70:16
%1759 = max %1755, %1758 : f32[224,12] @ models/moco_pass.yaml:70:16
%1760 = matmul %1759, %84 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1761 = reshape %1760 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1762 = reduce_sum %1761 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1763 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1764 = broadcast %1763 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1765 = div %1762, %1764 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1766 = all_reduce_sum %1765 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1767 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1768 = broadcast %1767 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1769 = div %1766, %1768 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1770 = broadcast %1769 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1771 = sub %1761, %1770 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1772 = mul %1771, %1771 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1773 = reduce_sum %1772 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1774 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%1775 = broadcast %1774 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1776 = div %1773, %1775 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1777 = all_reduce_sum %1776 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1778 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1779 = broadcast %1778 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1780 = div %1777, %1779 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1781 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1782 = broadcast %1781 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1783 = add %1780, %1782 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1784 = rsqrt %1783 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1785 = broadcast %1784 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1786 = mul %1771, %1785 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1787 = reshape %1786 : f32[224,6] @ models/moco_pass.yaml:83:13
%1788 = matmul %1787, %85 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1789 = reshape %1788 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1790 = reduce_sum %1789 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1791 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1792 = broadcast %1791 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1793 = div %1790, %1792 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1794 = all_reduce_sum %1793 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1795 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1796 = broadcast %1795 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1797 = div %1794, %1796 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1798 = broadcast %1797 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1799 = sub %1789, %1798 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1800 = mul %1799, %1799 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1801 = reduce_sum %1800 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1802 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%1803 = broadcast %1802 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1804 = div %1801, %1803 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1805 = all_reduce_sum %1804 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1806 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1807 = broadcast %1806 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1808 = div %1805, %1807 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1809 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1810 = broadcast %1809 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1811 = add %1808, %1810 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1812 = rsqrt %1811 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1813 = broadcast %1812 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1814 = mul %1799, %1813 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1815 = reshape %1814 : f32[224,12] @ models/moco_pass.yaml:83:13
%1816 = broadcast %86 : f32[224,12] @ models/moco_pass.yaml:84:18
%1817 = mul %1815, %1816 : f32[224,12] @ models/moco_pass.yaml:84:18
%1818 = broadcast %87 : f32[224,12] @ models/moco_pass.yaml:84:27
%1819 = add %1817, %1818 : f32[224,12] @ models/moco_pass.yaml:84:27
%1820 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1821 = cast %1820 : f32[] @ models/moco_pass.yaml:70:23
%1822 = broadcast %1821 : f32[224,12] @ models/moco_pass.yaml:70:16
%1823 = max %1819, %1822 : f32[224,12] @ models/moco_pass.yaml:70:16
%1824 = matmul %1823, %88 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1825 = reshape %1824 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1826 = reduce_sum %1825 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1827 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1828 = broadcast %1827 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1829 = div %1826, %1828 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1830 = all_reduce_sum %1829 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1831 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1832 = broadcast %1831 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1833 = div %1830, %1832 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1834 = broadcast %1833 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1835 = sub %1825, %1834 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1836 = mul %1835, %1835 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1837 = reduce_sum %1836 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1838 = const data=[112] : f32[] @ models/moco_pass.yaml:82:25
%1839 = broadcast %1838 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1840 = div %1837, %1839 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1841 = all_reduce_sum %1840 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1842 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1843 = broadcast %1842 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1844 = div %1841, %1843 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1845 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1846 = broadcast %1845 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1847 = add %1844, %1846 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1848 = rsqrt %1847 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1849 = broadcast %1848 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1850 = mul %1835, %1849 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1851 = reshape %1850 : f32[224,6] @ models/moco_pass.yaml:83:13
%1852 = reshape %1851 : f32[14,16,6] @ models/moco_pass.yaml:132:23
%1853 = slice %1685 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1854 = slice %1685 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1855 = slice %1852 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1856 = slice %1852 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1857 = mul %1046, %1046 : f32[7,8] @ models/lib/nn.yaml:33:35
%1858 = reduce_sum %1857 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1859 = sqrt %1858 : f32[7,1] @ models/lib/nn.yaml:33:24
%1860 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1861 = cast %1860 : f32[] @ models/lib/nn.yaml:33:61
%1862 = broadcast %1861 : f32[7,1] @ models/lib/nn.yaml:33:20
%1863 = max %1859, %1862 : f32[7,1] @ models/lib/nn.yaml:33:20
%1864 = broadcast %1863 : f32[7,8] @ models/lib/nn.yaml:33:18
%1865 = div %1046, %1864 : f32[7,8] @ models/lib/nn.yaml:33:18
%1866 = stop_gradient %1865 : f32[7,8] @ models/moco_pass.yaml:109:14
%1867 = mul %1853, %1853 : f32[7,8] @ models/lib/nn.yaml:33:35
%1868 = reduce_sum %1867 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1869 = sqrt %1868 : f32[7,1] @ models/lib/nn.yaml:33:24
%1870 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1871 = cast %1870 : f32[] @ models/lib/nn.yaml:33:61
%1872 = broadcast %1871 : f32[7,1] @ models/lib/nn.yaml:33:20
%1873 = max %1869, %1872 : f32[7,1] @ models/lib/nn.yaml:33:20
%1874 = broadcast %1873 : f32[7,8] @ models/lib/nn.yaml:33:18
%1875 = div %1853, %1874 : f32[7,8] @ models/lib/nn.yaml:33:18
%1876 = matmul %1875, %1866 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1877 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1878 = broadcast %1877 : f32[7,7] @ models/moco_pass.yaml:110:41
%1879 = div %1876, %1878 : f32[7,7] @ models/moco_pass.yaml:110:41
%1880 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%1881 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%1882 = eq %1880, %1881 : bool[7,7] @ models/moco_pass.yaml:111:36
%1883 = cast %1882 : f32[7,7] @ models/moco_pass.yaml:111:15
%1884 = reduce_max %1879 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1885 = stop_gradient %1884 : f32[7,1] @ models/lib/nn.yaml:21:17
%1886 = broadcast %1885 : f32[7,7] @ models/lib/nn.yaml:21:15
%1887 = sub %1879, %1886 : f32[7,7] @ models/lib/nn.yaml:21:15
%1888 = exp %1887 : f32[7,7] @ models/lib/nn.yaml:22:28
%1889 = reduce_sum %1888 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1890 = log %1889 : f32[7,1] @ models/lib/nn.yaml:22:20
%1891 = broadcast %1890 : f32[7,7] @ models/lib/nn.yaml:22:18
%1892 = sub %1887, %1891 : f32[7,7] @ models/lib/nn.yaml:22:18
%1893 = mul %1883, %1892 : f32[7,7] @ models/moco_pass.yaml:112:40
%1894 = reduce_sum %1893 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1895 = neg %1894 : f32[7] @ models/moco_pass.yaml:112:31
%1896 = reduce_sum %1895 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1897 = const data=[7] : f32[] @ models/moco_pass.yaml:112:26
%1898 = div %1896, %1897 : f32[] @ models/moco_pass.yaml:112:26
%1899 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1900 = mul %1899, %1898 : f32[] @ models/moco_pass.yaml:112:24
%1901 = mul %1045, %1045 : f32[7,8] @ models/lib/nn.yaml:33:35
%1902 = reduce_sum %1901 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1903 = sqrt %1902 : f32[7,1] @ models/lib/nn.yaml:33:24
%1904 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1905 = cast %1904 : f32[] @ models/lib/nn.yaml:33:61
%1906 = broadcast %1905 : f32[7,1] @ models/lib/nn.yaml:33:20
%1907 = max %1903, %1906 : f32[7,1] @ models/lib/nn.yaml:33:20
%1908 = broadcast %1907 : f32[7,8] @ models/lib/nn.yaml:33:18
%1909 = div %1045, %1908 : f32[7,8] @ models/lib/nn.yaml:33:18
%1910 = stop_gradient %1909 : f32[7,8] @ models/moco_pass.yaml:109:14
%1911 = mul %1854, %1854 : f32[7,8] @ models/lib/nn.yaml:33:35
%1912 = reduce_sum %1911 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1913 = sqrt %1912 : f32[7,1] @ models/lib/nn.yaml:33:24
%1914 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1915 = cast %1914 : f32[] @ models/lib/nn.yaml:33:61
%1916 = broadcast %1915 : f32[7,1] @ models/lib/nn.yaml:33:20
%1917 = max %1913, %1916 : f32[7,1] @ models/lib/nn.yaml:33:20
%1918 = broadcast %1917 : f32[7,8] @ models/lib/nn.yaml:33:18
%1919 = div %1854, %1918 : f32[7,8] @ models/lib/nn.yaml:33:18
%1920 = matmul %1919, %1910 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1921 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1922 = broadcast %1921 : f32[7,7] @ models/moco_pass.yaml:110:41
%1923 = div %1920, %1922 : f32[7,7] @ models/moco_pass.yaml:110:41
%1924 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%1925 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%1926 = eq %1924, %1925 : bool[7,7] @ models/moco_pass.yaml:111:36
%1927 = cast %1926 : f32[7,7] @ models/moco_pass.yaml:111:15
%1928 = reduce_max %1923 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1929 = stop_gradient %1928 : f32[7,1] @ models/lib/nn.yaml:21:17
%1930 = broadcast %1929 : f32[7,7] @ models/lib/nn.yaml:21:15
%1931 = sub %1923, %1930 : f32[7,7] @ models/lib/nn.yaml:21:15
%1932 = exp %1931 : f32[7,7] @ models/lib/nn.yaml:22:28
%1933 = reduce_sum %1932 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1934 = log %1933 : f32[7,1] @ models/lib/nn.yaml:22:20
%1935 = broadcast %1934 : f32[7,7] @ models/lib/nn.yaml:22:18
%1936 = sub %1931, %1935 : f32[7,7] @ models/lib/nn.yaml:22:18
%1937 = mul %1927, %1936 : f32[7,7] @ models/moco_pass.yaml:112:40
%1938 = reduce_sum %1937 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1939 = neg %1938 : f32[7] @ models/moco_pass.yaml:112:31
%1940 = reduce_sum %1939 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1941 = const data=[7] : f32[] @ models/moco_pass.yaml:112:26
%1942 = div %1940, %1941 : f32[] @ models/moco_pass.yaml:112:26
%1943 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1944 = mul %1943, %1942 : f32[] @ models/moco_pass.yaml:112:24
%1945 = add %1900, %1944 : f32[] @ models/moco_pass.yaml:169:11
%1946 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1947 = div %1945, %1946 : f32[] @ models/moco_pass.yaml:165:3
%1948 = output %1947 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1949 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1950 = mul %1947, %1949 : f32[] @ models/moco_pass.yaml:165:3
%1951 = permute %1855 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%1952 = permute %1047 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%1953 = mul %1952, %1952 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1954 = reduce_sum %1953 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1955 = sqrt %1954 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1956 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1957 = cast %1956 : f32[] @ models/lib/nn.yaml:33:61
%1958 = broadcast %1957 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1959 = max %1955, %1958 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1960 = broadcast %1959 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1961 = div %1952, %1960 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1962 = stop_gradient %1961 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%1963 = mul %1951, %1951 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1964 = reduce_sum %1963 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1965 = sqrt %1964 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1966 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1967 = cast %1966 : f32[] @ models/lib/nn.yaml:33:61
%1968 = broadcast %1967 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1969 = max %1965, %1968 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1970 = broadcast %1969 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1971 = div %1951, %1970 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1972 = permute %1962 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%1973 = reshape %1971 : f32[16,7,6,1] @ models/moco_pass.yaml:110:34
%1974 = broadcast %1973 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1975 = reshape %1972 : f32[16,1,6,7] @ models/moco_pass.yaml:110:34
%1976 = broadcast %1975 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1977 = mul %1974, %1976 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1978 = reduce_sum %1977 axes=[2] keep=0 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1979 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1980 = broadcast %1979 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1981 = div %1978, %1980 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1982 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%1983 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%1984 = eq %1982, %1983 : bool[7,7] @ models/moco_pass.yaml:111:36
%1985 = cast %1984 : f32[7,7] @ models/moco_pass.yaml:111:15
%1986 = reduce_max %1981 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%1987 = stop_gradient %1986 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%1988 = broadcast %1987 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1989 = sub %1981, %1988 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1990 = exp %1989 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1991 = reduce_sum %1990 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%1992 = log %1991 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1993 = broadcast %1992 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1994 = sub %1989, %1993 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1995 = broadcast %1985 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1996 = mul %1995, %1994 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1997 = reduce_sum %1996 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%1998 = neg %1997 : f32[16,7] @ models/moco_pass.yaml:112:31
%1999 = reduce_sum %1998 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2000 = const data=[112] : f32[] @ models/moco_pass.yaml:112:26
%2001 = div %1999, %2000 : f32[] @ models/moco_pass.yaml:112:26
%2002 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%2003 = mul %2002, %2001 : f32[] @ models/moco_pass.yaml:112:24
%2004 = permute %1856 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%2005 = permute %1048 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%2006 = mul %2005, %2005 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2007 = reduce_sum %2006 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2008 = sqrt %2007 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2009 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2010 = cast %2009 : f32[] @ models/lib/nn.yaml:33:61
%2011 = broadcast %2010 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2012 = max %2008, %2011 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2013 = broadcast %2012 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2014 = div %2005, %2013 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2015 = stop_gradient %2014 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%2016 = mul %2004, %2004 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2017 = reduce_sum %2016 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2018 = sqrt %2017 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2019 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2020 = cast %2019 : f32[] @ models/lib/nn.yaml:33:61
%2021 = broadcast %2020 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2022 = max %2018, %2021 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2023 = broadcast %2022 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2024 = div %2004, %2023 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2025 = permute %2015 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%2026 = reshape %2024 : f32[16,7,6,1] @ models/moco_pass.yaml:110:34
%2027 = broadcast %2026 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%2028 = reshape %2025 : f32[16,1,6,7] @ models/moco_pass.yaml:110:34
%2029 = broadcast %2028 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%2030 = mul %2027, %2029 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%2031 = reduce_sum %2030 axes=[2] keep=0 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2032 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%2033 = broadcast %2032 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2034 = div %2031, %2033 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2035 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%2036 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%2037 = eq %2035, %2036 : bool[7,7] @ models/moco_pass.yaml:111:36
%2038 = cast %2037 : f32[7,7] @ models/moco_pass.yaml:111:15
%2039 = reduce_max %2034 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2040 = stop_gradient %2039 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2041 = broadcast %2040 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2042 = sub %2034, %2041 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2043 = exp %2042 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2044 = reduce_sum %2043 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2045 = log %2044 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2046 = broadcast %2045 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2047 = sub %2042, %2046 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2048 = broadcast %2038 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2049 = mul %2048, %2047 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2050 = reduce_sum %2049 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2051 = neg %2050 : f32[16,7] @ models/moco_pass.yaml:112:31
%2052 = reduce_sum %2051 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2053 = const data=[112] : f32[] @ models/moco_pass.yaml:112:26
%2054 = div %2052, %2053 : f32[] @ models/moco_pass.yaml:112:26
%2055 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%2056 = mul %2055, %2054 : f32[] @ models/moco_pass.yaml:112:24
%2057 = add %2003, %2056 : f32[] @ models/moco_pass.yaml:173:11
%2058 = const data=[2] : f32[] @ models/moco_pass.yaml:170:3
%2059 = div %2057, %2058 : f32[] @ models/moco_pass.yaml:170:3
%2060 = output %2059 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%2061 = const data=[0.2] : f32[] @ models/moco_pass.yaml:170:3
%2062 = mul %2059, %2061 : f32[] @ models/moco_pass.yaml:170:3
%2063 = add %1950, %2062 : f32[] @ models/moco_pass.yaml:170:3
%2064 = output %2063 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%2065 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%2066 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%2067 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%2068 = const data=[1] : f32[] @ models/moco_pass.yaml:170:3
%2069 = mul %2068, %2061 : f32[] @ models/moco_pass.yaml:170:3
%2070 = div %2069, %2058 : f32[] @ models/moco_pass.yaml:170:3
%2071 = mul %2070, %2055 : f32[] @ models/moco_pass.yaml:112:24
%2072 = div %2071, %2053 : f32[] @ models/moco_pass.yaml:112:26
%2073 = reshape %2072 : f32[1,1] @ models/moco_pass.yaml:112:26
%2074 = broadcast %2073 : f32[16,7] @ models/moco_pass.yaml:112:26
%2075 = neg %2074 : f32[16,7] @ models/moco_pass.yaml:112:31
%2076 = reshape %2075 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%2077 = broadcast %2076 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%2078 = mul %2077, %2048 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2079 = neg %2078 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2080 = reduce_sum %2079 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%2081 = div %2080, %2044 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2082 = broadcast %2081 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2083 = mul %2082, %2043 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2084 = add %2078, %2083 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2085 = div %2084, %2033 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2086 = reshape %2085 : f32[16,7,7,1] @ models/moco_pass.yaml:110:34
%2087 = broadcast %2086 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%2088 = reshape %2015 : f32[16,1,7,6] @ models/moco_pass.yaml:110:34
%2089 = broadcast %2088 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%2090 = mul %2087, %2089 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%2091 = reduce_sum %2090 axes=[2] keep=0 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2092 = div %2091, %2023 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2093 = mul %2092, %2024 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2094 = neg %2093 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2095 = reduce_sum %2094 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2096 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2097 = broadcast %2096 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2098 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2099 = broadcast %2098 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2100 = mul %2095, %2099 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2101 = eq %2018, %2021 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2102 = select %2101, %2100, %2097 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2103 = gt %2018, %2021 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2104 = select %2103, %2095, %2102 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2105 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2106 = broadcast %2105 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2107 = mul %2104, %2106 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2108 = div %2107, %2018 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2109 = broadcast %2108 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2110 = mul %2109, %2004 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2111 = add %2092, %2110 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2112 = mul %2109, %2004 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2113 = add %2111, %2112 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2114 = permute %2113 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2115 = mul %2070, %2002 : f32[] @ models/moco_pass.yaml:112:24
%2116 = div %2115, %2000 : f32[] @ models/moco_pass.yaml:112:26
%2117 = reshape %2116 : f32[1,1] @ models/moco_pass.yaml:112:26
%2118 = broadcast %2117 : f32[16,7] @ models/moco_pass.yaml:112:26
%2119 = neg %2118 : f32[16,7] @ models/moco_pass.yaml:112:31
%2120 = reshape %2119 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%2121 = broadcast %2120 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%2122 = mul %2121, %1995 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2123 = neg %2122 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2124 = reduce_sum %2123 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%2125 = div %2124, %1991 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2126 = broadcast %2125 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2127 = mul %2126, %1990 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2128 = add %2122, %2127 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2129 = div %2128, %1980 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2130 = reshape %2129 : f32[16,7,7,1] @ models/moco_pass.yaml:110:34
%2131 = broadcast %2130 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%2132 = reshape %1962 : f32[16,1,7,6] @ models/moco_pass.yaml:110:34
%2133 = broadcast %2132 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%2134 = mul %2131, %2133 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%2135 = reduce_sum %2134 axes=[2] keep=0 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2136 = div %2135, %1970 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2137 = mul %2136, %1971 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2138 = neg %2137 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2139 = reduce_sum %2138 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2140 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2141 = broadcast %2140 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2142 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2143 = broadcast %2142 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2144 = mul %2139, %2143 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2145 = eq %1965, %1968 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2146 = select %2145, %2144, %2141 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2147 = gt %1965, %1968 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2148 = select %2147, %2139, %2146 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2149 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2150 = broadcast %2149 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2151 = mul %2148, %2150 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2152 = div %2151, %1965 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2153 = broadcast %2152 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2154 = mul %2153, %1951 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2155 = add %2136, %2154 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2156 = mul %2153, %1951 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2157 = add %2155, %2156 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2158 = permute %2157 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2159 = mul %2068, %1949 : f32[] @ models/moco_pass.yaml:165:3
%2160 = div %2159, %1946 : f32[] @ models/moco_pass.yaml:165:3
%2161 = mul %2160, %1943 : f32[] @ models/moco_pass.yaml:112:24
%2162 = div %2161, %1941 : f32[] @ models/moco_pass.yaml:112:26
%2163 = reshape %2162 : f32[1] @ models/moco_pass.yaml:112:26
%2164 = broadcast %2163 : f32[7] @ models/moco_pass.yaml:112:26
%2165 = neg %2164 : f32[7] @ models/moco_pass.yaml:112:31
%2166 = reshape %2165 : f32[7,1] @ models/moco_pass.yaml:112:32
%2167 = broadcast %2166 : f32[7,7] @ models/moco_pass.yaml:112:32
%2168 = mul %2167, %1927 : f32[7,7] @ models/moco_pass.yaml:112:40
%2169 = neg %2168 : f32[7,7] @ models/lib/nn.yaml:22:18
%2170 = reduce_sum %2169 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%2171 = div %2170, %1933 : f32[7,1] @ models/lib/nn.yaml:22:20
%2172 = broadcast %2171 : f32[7,7] @ models/lib/nn.yaml:22:24
%2173 = mul %2172, %1932 : f32[7,7] @ models/lib/nn.yaml:22:28
%2174 = add %2168, %2173 : f32[7,7] @ models/lib/nn.yaml:22:28
%2175 = div %2174, %1922 : f32[7,7] @ models/moco_pass.yaml:110:41
%2176 = matmul %2175, %1910 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2177 = div %2176, %1918 : f32[7,8] @ models/lib/nn.yaml:33:18
%2178 = mul %2177, %1919 : f32[7,8] @ models/lib/nn.yaml:33:18
%2179 = neg %2178 : f32[7,8] @ models/lib/nn.yaml:33:18
%2180 = reduce_sum %2179 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2181 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2182 = broadcast %2181 : f32[7,1] @ models/lib/nn.yaml:33:20
%2183 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2184 = broadcast %2183 : f32[7,1] @ models/lib/nn.yaml:33:20
%2185 = mul %2180, %2184 : f32[7,1] @ models/lib/nn.yaml:33:20
%2186 = eq %1913, %1916 : bool[7,1] @ models/lib/nn.yaml:33:20
%2187 = select %2186, %2185, %2182 : f32[7,1] @ models/lib/nn.yaml:33:20
%2188 = gt %1913, %1916 : bool[7,1] @ models/lib/nn.yaml:33:20
%2189 = select %2188, %2180, %2187 : f32[7,1] @ models/lib/nn.yaml:33:20
%2190 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2191 = broadcast %2190 : f32[7,1] @ models/lib/nn.yaml:33:24
%2192 = mul %2189, %2191 : f32[7,1] @ models/lib/nn.yaml:33:24
%2193 = div %2192, %1913 : f32[7,1] @ models/lib/nn.yaml:33:24
%2194 = broadcast %2193 : f32[7,8] @ models/lib/nn.yaml:33:29
%2195 = mul %2194, %1854 : f32[7,8] @ models/lib/nn.yaml:33:35
%2196 = add %2177, %2195 : f32[7,8] @ models/lib/nn.yaml:33:35
%2197 = mul %2194, %1854 : f32[7,8] @ models/lib/nn.yaml:33:35
%2198 = add %2196, %2197 : f32[7,8] @ models/lib/nn.yaml:33:35
%2199 = mul %2160, %1899 : f32[] @ models/moco_pass.yaml:112:24
%2200 = div %2199, %1897 : f32[] @ models/moco_pass.yaml:112:26
%2201 = reshape %2200 : f32[1] @ models/moco_pass.yaml:112:26
%2202 = broadcast %2201 : f32[7] @ models/moco_pass.yaml:112:26
%2203 = neg %2202 : f32[7] @ models/moco_pass.yaml:112:31
%2204 = reshape %2203 : f32[7,1] @ models/moco_pass.yaml:112:32
%2205 = broadcast %2204 : f32[7,7] @ models/moco_pass.yaml:112:32
%2206 = mul %2205, %1883 : f32[7,7] @ models/moco_pass.yaml:112:40
%2207 = neg %2206 : f32[7,7] @ models/lib/nn.yaml:22:18
%2208 = reduce_sum %2207 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%2209 = div %2208, %1889 : f32[7,1] @ models/lib/nn.yaml:22:20
%2210 = broadcast %2209 : f32[7,7] @ models/lib/nn.yaml:22:24
%2211 = mul %2210, %1888 : f32[7,7] @ models/lib/nn.yaml:22:28
%2212 = add %2206, %2211 : f32[7,7] @ models/lib/nn.yaml:22:28
%2213 = div %2212, %1878 : f32[7,7] @ models/moco_pass.yaml:110:41
%2214 = matmul %2213, %1866 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2215 = div %2214, %1874 : f32[7,8] @ models/lib/nn.yaml:33:18
%2216 = mul %2215, %1875 : f32[7,8] @ models/lib/nn.yaml:33:18
%2217 = neg %2216 : f32[7,8] @ models/lib/nn.yaml:33:18
%2218 = reduce_sum %2217 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2219 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2220 = broadcast %2219 : f32[7,1] @ models/lib/nn.yaml:33:20
%2221 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2222 = broadcast %2221 : f32[7,1] @ models/lib/nn.yaml:33:20
%2223 = mul %2218, %2222 : f32[7,1] @ models/lib/nn.yaml:33:20
%2224 = eq %1869, %1872 : bool[7,1] @ models/lib/nn.yaml:33:20
%2225 = select %2224, %2223, %2220 : f32[7,1] @ models/lib/nn.yaml:33:20
%2226 = gt %1869, %1872 : bool[7,1] @ models/lib/nn.yaml:33:20
%2227 = select %2226, %2218, %2225 : f32[7,1] @ models/lib/nn.yaml:33:20
%2228 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2229 = broadcast %2228 : f32[7,1] @ models/lib/nn.yaml:33:24
%2230 = mul %2227, %2229 : f32[7,1] @ models/lib/nn.yaml:33:24
%2231 = div %2230, %1869 : f32[7,1] @ models/lib/nn.yaml:33:24
%2232 = broadcast %2231 : f32[7,8] @ models/lib/nn.yaml:33:29
%2233 = mul %2232, %1853 : f32[7,8] @ models/lib/nn.yaml:33:35
%2234 = add %2215, %2233 : f32[7,8] @ models/lib/nn.yaml:33:35
%2235 = mul %2232, %1853 : f32[7,8] @ models/lib/nn.yaml:33:35
%2236 = add %2234, %2235 : f32[7,8] @ models/lib/nn.yaml:33:35
%2237 = pad %2114 lo=[7,0,0] hi=[0,0,0] value=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2238 = pad %2158 lo=[0,0,0] hi=[7,0,0] value=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2239 = add %2237, %2238 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2240 = pad %2198 lo=[7,0] hi=[0,0] value=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%2241 = pad %2236 lo=[0,0] hi=[7,0] value=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%2242 = add %2240, %2241 : f32[14,8] @ models/moco_pass.yaml:160:25
%2243 = reshape %2239 : f32[224,6] @ models/moco_pass.yaml:132:23
%2244 = reshape %2243 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2245 = mul %2244, %1849 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2246 = mul %2244, %1835 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2247 = reduce_sum %2246 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2248 = mul %1848, %1848 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2249 = mul %1848, %2248 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2250 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2251 = broadcast %2250 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2252 = mul %2249, %2251 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2253 = mul %2247, %2252 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2254 = div %2253, %1843 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2255 = all_reduce_sum %2254 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2256 = div %2255, %1839 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2257 = broadcast %2256 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2258 = mul %2257, %1835 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2259 = add %2245, %2258 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2260 = mul %2257, %1835 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2261 = add %2259, %2260 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2262 = neg %2261 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2263 = reduce_sum %2262 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2264 = div %2263, %1832 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2265 = all_reduce_sum %2264 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2266 = div %2265, %1828 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2267 = broadcast %2266 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2268 = add %2261, %2267 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2269 = reshape %2268 : f32[224,6] @ models/moco_pass.yaml:79:13
%2270 = matmul %2269, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2271 = matmul %2269, %1823 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2272 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2273 = broadcast %2272 : f32[224,12] @ models/moco_pass.yaml:70:16
%2274 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2275 = broadcast %2274 : f32[224,12] @ models/moco_pass.yaml:70:16
%2276 = mul %2270, %2275 : f32[224,12] @ models/moco_pass.yaml:70:16
%2277 = eq %1819, %1822 : bool[224,12] @ models/moco_pass.yaml:70:16
%2278 = select %2277, %2276, %2273 : f32[224,12] @ models/moco_pass.yaml:70:16
%2279 = gt %1819, %1822 : bool[224,12] @ models/moco_pass.yaml:70:16
%2280 = select %2279, %2270, %2278 : f32[224,12] @ models/moco_pass.yaml:70:16
%2281 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%2282 = reshape %2280 : f32[224,12] @ models/moco_pass.yaml:84:27
%2283 = matmul %2281, %2282 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2284 = reshape %2283 : f32[1,12] @ models/moco_pass.yaml:84:27
%2285 = reshape %2284 : f32[12] @ models/moco_pass.yaml:84:27
%2286 = mul %2280, %1816 : f32[224,12] @ models/moco_pass.yaml:84:18
%2287 = mul %2280, %1815 : f32[224,12] @ models/moco_pass.yaml:84:18
%2288 = reduce_sum %2287 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2289 = reshape %2288 : f32[12] @ models/moco_pass.yaml:84:18
%2290 = reshape %2286 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2291 = mul %2290, %1813 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2292 = mul %2290, %1799 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2293 = reduce_sum %2292 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2294 = mul %1812, %1812 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2295 = mul %1812, %2294 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2296 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2297 = broadcast %2296 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2298 = mul %2295, %2297 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2299 = mul %2293, %2298 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2300 = div %2299, %1807 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2301 = all_reduce_sum %2300 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2302 = div %2301, %1803 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2303 = broadcast %2302 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2304 = mul %2303, %1799 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2305 = add %2291, %2304 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2306 = mul %2303, %1799 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2307 = add %2305, %2306 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2308 = neg %2307 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2309 = reduce_sum %2308 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2310 = div %2309, %1796 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2311 = all_reduce_sum %2310 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2312 = div %2311, %1792 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2313 = broadcast %2312 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2314 = add %2307, %2313 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2315 = reshape %2314 : f32[224,12] @ models/moco_pass.yaml:79:13
%2316 = matmul %2315, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2317 = matmul %2315, %1787 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2318 = reshape %2316 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2319 = mul %2318, %1785 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2320 = mul %2318, %1771 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2321 = reduce_sum %2320 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2322 = mul %1784, %1784 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2323 = mul %1784, %2322 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2324 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2325 = broadcast %2324 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2326 = mul %2323, %2325 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2327 = mul %2321, %2326 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2328 = div %2327, %1779 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2329 = all_reduce_sum %2328 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2330 = div %2329, %1775 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2331 = broadcast %2330 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2332 = mul %2331, %1771 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2333 = add %2319, %2332 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2334 = mul %2331, %1771 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2335 = add %2333, %2334 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2336 = neg %2335 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2337 = reduce_sum %2336 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2338 = div %2337, %1768 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2339 = all_reduce_sum %2338 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2340 = div %2339, %1764 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2341 = broadcast %2340 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2342 = add %2335, %2341 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2343 = reshape %2342 : f32[224,6] @ models/moco_pass.yaml:79:13
%2344 = matmul %2343, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2345 = matmul %2343, %1759 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2346 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2347 = broadcast %2346 : f32[224,12] @ models/moco_pass.yaml:70:16
%2348 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2349 = broadcast %2348 : f32[224,12] @ models/moco_pass.yaml:70:16
%2350 = mul %2344, %2349 : f32[224,12] @ models/moco_pass.yaml:70:16
%2351 = eq %1755, %1758 : bool[224,12] @ models/moco_pass.yaml:70:16
%2352 = select %2351, %2350, %2347 : f32[224,12] @ models/moco_pass.yaml:70:16
%2353 = gt %1755, %1758 : bool[224,12] @ models/moco_pass.yaml:70:16
%2354 = select %2353, %2344, %2352 : f32[224,12] @ models/moco_pass.yaml:70:16
%2355 = reshape %2354 : f32[224,12] @ models/moco_pass.yaml:84:27
%2356 = matmul %2281, %2355 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2357 = reshape %2356 : f32[1,12] @ models/moco_pass.yaml:84:27
%2358 = reshape %2357 : f32[12] @ models/moco_pass.yaml:84:27
%2359 = mul %2354, %1752 : f32[224,12] @ models/moco_pass.yaml:84:18
%2360 = mul %2354, %1751 : f32[224,12] @ models/moco_pass.yaml:84:18
%2361 = reduce_sum %2360 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2362 = reshape %2361 : f32[12] @ models/moco_pass.yaml:84:18
%2363 = reshape %2359 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2364 = mul %2363, %1749 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2365 = mul %2363, %1735 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2366 = reduce_sum %2365 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2367 = mul %1748, %1748 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2368 = mul %1748, %2367 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2369 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2370 = broadcast %2369 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2371 = mul %2368, %2370 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2372 = mul %2366, %2371 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2373 = div %2372, %1743 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2374 = all_reduce_sum %2373 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2375 = div %2374, %1739 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2376 = broadcast %2375 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2377 = mul %2376, %1735 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2378 = add %2364, %2377 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2379 = mul %2376, %1735 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2380 = add %2378, %2379 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2381 = neg %2380 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2382 = reduce_sum %2381 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2383 = div %2382, %1732 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2384 = all_reduce_sum %2383 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2385 = div %2384, %1728 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2386 = broadcast %2385 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2387 = add %2380, %2386 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2388 = reshape %2387 : f32[224,12] @ models/moco_pass.yaml:79:13
%2389 = matmul %2388, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2390 = matmul %2388, %1723 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2391 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2392 = broadcast %2391 : f32[224,12] @ models/moco_pass.yaml:70:16
%2393 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2394 = broadcast %2393 : f32[224,12] @ models/moco_pass.yaml:70:16
%2395 = mul %2389, %2394 : f32[224,12] @ models/moco_pass.yaml:70:16
%2396 = eq %1719, %1722 : bool[224,12] @ models/moco_pass.yaml:70:16
%2397 = select %2396, %2395, %2392 : f32[224,12] @ models/moco_pass.yaml:70:16
%2398 = gt %1719, %1722 : bool[224,12] @ models/moco_pass.yaml:70:16
%2399 = select %2398, %2389, %2397 : f32[224,12] @ models/moco_pass.yaml:70:16
%2400 = reshape %2399 : f32[224,12] @ models/moco_pass.yaml:84:27
%2401 = matmul %2281, %2400 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2402 = reshape %2401 : f32[1,12] @ models/moco_pass.yaml:84:27
%2403 = reshape %2402 : f32[12] @ models/moco_pass.yaml:84:27
%2404 = mul %2399, %1716 : f32[224,12] @ models/moco_pass.yaml:84:18
%2405 = mul %2399, %1715 : f32[224,12] @ models/moco_pass.yaml:84:18
%2406 = reduce_sum %2405 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2407 = reshape %2406 : f32[12] @ models/moco_pass.yaml:84:18
%2408 = reshape %2404 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2409 = mul %2408, %1713 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2410 = mul %2408, %1699 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2411 = reduce_sum %2410 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2412 = mul %1712, %1712 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2413 = mul %1712, %2412 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2414 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2415 = broadcast %2414 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2416 = mul %2413, %2415 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2417 = mul %2411, %2416 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2418 = div %2417, %1707 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2419 = all_reduce_sum %2418 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2420 = div %2419, %1703 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2421 = broadcast %2420 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2422 = mul %2421, %1699 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2423 = add %2409, %2422 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2424 = mul %2421, %1699 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2425 = add %2423, %2424 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2426 = neg %2425 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2427 = reduce_sum %2426 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2428 = div %2427, %1696 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2429 = all_reduce_sum %2428 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2430 = div %2429, %1692 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2431 = broadcast %2430 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2432 = add %2425, %2431 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2433 = reshape %2432 : f32[224,12] @ models/moco_pass.yaml:79:13
%2434 = matmul %2433, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2435 = matmul %2433, %1687 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2436 = reshape %2434 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2437 = pad %2436 lo=[0,1,0] hi=[0,0,0] value=0 : f32[14,17,16] @ models/moco_pass.yaml:131:58
%2438 = reshape %2242 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2439 = mul %2438, %1683 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2440 = mul %2438, %1669 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2441 = reduce_sum %2440 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2442 = mul %1682, %1682 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2443 = mul %1682, %2442 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2444 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2445 = broadcast %2444 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2446 = mul %2443, %2445 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2447 = mul %2441, %2446 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2448 = div %2447, %1677 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2449 = all_reduce_sum %2448 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2450 = div %2449, %1673 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2451 = broadcast %2450 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2452 = mul %2451, %1669 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2453 = add %2439, %2452 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2454 = mul %2451, %1669 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2455 = add %2453, %2454 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2456 = neg %2455 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2457 = reduce_sum %2456 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2458 = div %2457, %1666 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2459 = all_reduce_sum %2458 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2460 = div %2459, %1662 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2461 = broadcast %2460 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2462 = add %2455, %2461 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2463 = reshape %2462 : f32[14,8] @ models/moco_pass.yaml:79:13
%2464 = matmul %2463, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2465 = matmul %2463, %1657 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2466 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2467 = broadcast %2466 : f32[14,24] @ models/moco_pass.yaml:70:16
%2468 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2469 = broadcast %2468 : f32[14,24] @ models/moco_pass.yaml:70:16
%2470 = mul %2464, %2469 : f32[14,24] @ models/moco_pass.yaml:70:16
%2471 = eq %1653, %1656 : bool[14,24] @ models/moco_pass.yaml:70:16
%2472 = select %2471, %2470, %2467 : f32[14,24] @ models/moco_pass.yaml:70:16
%2473 = gt %1653, %1656 : bool[14,24] @ models/moco_pass.yaml:70:16
%2474 = select %2473, %2464, %2472 : f32[14,24] @ models/moco_pass.yaml:70:16
%2475 = reduce_sum %2474 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2476 = reshape %2475 : f32[24] @ models/moco_pass.yaml:84:27
%2477 = mul %2474, %1650 : f32[14,24] @ models/moco_pass.yaml:84:18
%2478 = mul %2474, %1649 : f32[14,24] @ models/moco_pass.yaml:84:18
%2479 = reduce_sum %2478 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2480 = reshape %2479 : f32[24] @ models/moco_pass.yaml:84:18
%2481 = reshape %2477 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2482 = mul %2481, %1647 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2483 = mul %2481, %1633 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2484 = reduce_sum %2483 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2485 = mul %1646, %1646 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2486 = mul %1646, %2485 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2487 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2488 = broadcast %2487 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2489 = mul %2486, %2488 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2490 = mul %2484, %2489 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2491 = div %2490, %1641 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2492 = all_reduce_sum %2491 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2493 = div %2492, %1637 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2494 = broadcast %2493 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2495 = mul %2494, %1633 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2496 = add %2482, %2495 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2497 = mul %2494, %1633 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2498 = add %2496, %2497 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2499 = neg %2498 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2500 = reduce_sum %2499 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2501 = div %2500, %1630 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2502 = all_reduce_sum %2501 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2503 = div %2502, %1626 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2504 = broadcast %2503 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2505 = add %2498, %2504 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2506 = reshape %2505 : f32[14,24] @ models/moco_pass.yaml:79:13
%2507 = matmul %2506, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2508 = matmul %2506, %1621 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2509 = reshape %2507 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2510 = mul %2509, %1619 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2511 = mul %2509, %1605 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2512 = reduce_sum %2511 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2513 = mul %1618, %1618 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2514 = mul %1618, %2513 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2515 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2516 = broadcast %2515 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2517 = mul %2514, %2516 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2518 = mul %2512, %2517 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2519 = div %2518, %1613 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2520 = all_reduce_sum %2519 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2521 = div %2520, %1609 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2522 = broadcast %2521 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2523 = mul %2522, %1605 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2524 = add %2510, %2523 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2525 = mul %2522, %1605 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2526 = add %2524, %2525 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2527 = neg %2526 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2528 = reduce_sum %2527 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2529 = div %2528, %1602 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2530 = all_reduce_sum %2529 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2531 = div %2530, %1598 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2532 = broadcast %2531 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2533 = add %2526, %2532 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2534 = reshape %2533 : f32[14,8] @ models/moco_pass.yaml:79:13
%2535 = matmul %2534, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2536 = matmul %2534, %1593 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2537 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2538 = broadcast %2537 : f32[14,24] @ models/moco_pass.yaml:70:16
%2539 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2540 = broadcast %2539 : f32[14,24] @ models/moco_pass.yaml:70:16
%2541 = mul %2535, %2540 : f32[14,24] @ models/moco_pass.yaml:70:16
%2542 = eq %1589, %1592 : bool[14,24] @ models/moco_pass.yaml:70:16
%2543 = select %2542, %2541, %2538 : f32[14,24] @ models/moco_pass.yaml:70:16
%2544 = gt %1589, %1592 : bool[14,24] @ models/moco_pass.yaml:70:16
%2545 = select %2544, %2535, %2543 : f32[14,24] @ models/moco_pass.yaml:70:16
%2546 = reduce_sum %2545 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2547 = reshape %2546 : f32[24] @ models/moco_pass.yaml:84:27
%2548 = mul %2545, %1586 : f32[14,24] @ models/moco_pass.yaml:84:18
%2549 = mul %2545, %1585 : f32[14,24] @ models/moco_pass.yaml:84:18
%2550 = reduce_sum %2549 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2551 = reshape %2550 : f32[24] @ models/moco_pass.yaml:84:18
%2552 = reshape %2548 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2553 = mul %2552, %1583 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2554 = mul %2552, %1569 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2555 = reduce_sum %2554 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2556 = mul %1582, %1582 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2557 = mul %1582, %2556 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2558 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2559 = broadcast %2558 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2560 = mul %2557, %2559 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2561 = mul %2555, %2560 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2562 = div %2561, %1577 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2563 = all_reduce_sum %2562 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2564 = div %2563, %1573 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2565 = broadcast %2564 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2566 = mul %2565, %1569 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2567 = add %2553, %2566 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2568 = mul %2565, %1569 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2569 = add %2567, %2568 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2570 = neg %2569 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2571 = reduce_sum %2570 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2572 = div %2571, %1566 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2573 = all_reduce_sum %2572 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2574 = div %2573, %1562 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2575 = broadcast %2574 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2576 = add %2569, %2575 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2577 = reshape %2576 : f32[14,24] @ models/moco_pass.yaml:79:13
%2578 = matmul %2577, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2579 = matmul %2577, %1557 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2580 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2581 = broadcast %2580 : f32[14,24] @ models/moco_pass.yaml:70:16
%2582 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2583 = broadcast %2582 : f32[14,24] @ models/moco_pass.yaml:70:16
%2584 = mul %2578, %2583 : f32[14,24] @ models/moco_pass.yaml:70:16
%2585 = eq %1553, %1556 : bool[14,24] @ models/moco_pass.yaml:70:16
%2586 = select %2585, %2584, %2581 : f32[14,24] @ models/moco_pass.yaml:70:16
%2587 = gt %1553, %1556 : bool[14,24] @ models/moco_pass.yaml:70:16
%2588 = select %2587, %2578, %2586 : f32[14,24] @ models/moco_pass.yaml:70:16
%2589 = reduce_sum %2588 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2590 = reshape %2589 : f32[24] @ models/moco_pass.yaml:84:27
%2591 = mul %2588, %1550 : f32[14,24] @ models/moco_pass.yaml:84:18
%2592 = mul %2588, %1549 : f32[14,24] @ models/moco_pass.yaml:84:18
%2593 = reduce_sum %2592 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2594 = reshape %2593 : f32[24] @ models/moco_pass.yaml:84:18
%2595 = reshape %2591 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2596 = mul %2595, %1547 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2597 = mul %2595, %1533 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2598 = reduce_sum %2597 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2599 = mul %1546, %1546 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2600 = mul %1546, %2599 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2601 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2602 = broadcast %2601 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2603 = mul %2600, %2602 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2604 = mul %2598, %2603 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2605 = div %2604, %1541 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2606 = all_reduce_sum %2605 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2607 = div %2606, %1537 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2608 = broadcast %2607 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2609 = mul %2608, %1533 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2610 = add %2596, %2609 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2611 = mul %2608, %1533 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2612 = add %2610, %2611 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2613 = neg %2612 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2614 = reduce_sum %2613 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2615 = div %2614, %1530 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2616 = all_reduce_sum %2615 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2617 = div %2616, %1526 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2618 = broadcast %2617 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2619 = add %2612, %2618 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2620 = reshape %2619 : f32[14,24] @ models/moco_pass.yaml:79:13
%2621 = matmul %2620, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2622 = matmul %2620, %1521 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2623 = reshape %2621 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2624 = pad %2623 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2625 = add %2437, %2624 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2626 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:46
%2627 = reshape %2625 : f32[238,16] @ models/lib/nn.yaml:96:46
%2628 = matmul %2626, %2627 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2629 = reshape %2628 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2630 = reshape %2629 : f32[16] @ models/lib/nn.yaml:96:46
%2631 = mul %2625, %1516 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2632 = mul %2625, %1515 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2633 = reduce_sum %2632 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2634 = reshape %2633 : f32[16] @ models/lib/nn.yaml:96:37
%2635 = mul %2631, %1514 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2636 = mul %2631, %1504 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2637 = reduce_sum %2636 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2638 = mul %1513, %1513 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2639 = mul %1513, %2638 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2640 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2641 = broadcast %2640 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2642 = mul %2639, %2641 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2643 = mul %2637, %2642 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2644 = div %2643, %1508 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2645 = broadcast %2644 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2646 = mul %2645, %1504 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2647 = add %2635, %2646 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2648 = mul %2645, %1504 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2649 = add %2647, %2648 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2650 = neg %2649 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2651 = reduce_sum %2650 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2652 = div %2651, %1501 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2653 = broadcast %2652 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2654 = add %2649, %2653 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2655 = slice %2654 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2656 = slice %2654 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2657 = reduce_sum %2655 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2658 = reshape %2657 : f32[16] @ models/lib/nn.yaml:84:18
%2659 = matmul %2655, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2660 = reshape %1493 : f32[14,64] @ models/lib/nn.yaml:83:15
%2661 = reshape %2655 : f32[14,16] @ models/lib/nn.yaml:83:15
%2662 = matmul %2661, %2660 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2663 = mul %2659, %1492 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2664 = mul %2659, %1485 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2665 = mul %1488, %1488 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2666 = neg %2665 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2667 = exp %2666 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2668 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2669 = broadcast %2668 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2670 = mul %2667, %2669 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2671 = mul %2664, %2670 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2672 = mul %2671, %1487 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2673 = mul %2663, %1484 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2674 = add %2672, %2673 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2675 = reduce_sum %2674 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2676 = reshape %2675 : f32[64] @ models/lib/nn.yaml:84:18
%2677 = matmul %2674, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2678 = reshape %1479 : f32[14,16] @ models/lib/nn.yaml:83:15
%2679 = reshape %2674 : f32[14,64] @ models/lib/nn.yaml:83:15
%2680 = matmul %2679, %2678 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2681 = reduce_sum %2677 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2682 = reshape %2681 : f32[16] @ models/lib/nn.yaml:96:46
%2683 = mul %2677, %1476 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2684 = mul %2677, %1475 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2685 = reduce_sum %2684 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2686 = reshape %2685 : f32[16] @ models/lib/nn.yaml:96:37
%2687 = mul %2683, %1474 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2688 = mul %2683, %1464 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2689 = reduce_sum %2688 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2690 = mul %1473, %1473 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2691 = mul %1473, %2690 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2692 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2693 = broadcast %2692 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2694 = mul %2691, %2693 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2695 = mul %2689, %2694 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2696 = div %2695, %1468 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2697 = broadcast %2696 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2698 = mul %2697, %1464 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2699 = add %2687, %2698 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2700 = mul %2697, %1464 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2701 = add %2699, %2700 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2702 = add %2655, %2701 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2703 = neg %2701 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2704 = reduce_sum %2703 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2705 = div %2704, %1461 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2706 = broadcast %2705 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2707 = add %2702, %2706 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2708 = reduce_sum %2707 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2709 = reshape %2708 : f32[16] @ models/lib/nn.yaml:84:18
%2710 = matmul %2707, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2711 = reshape %1454 : f32[14,16] @ models/lib/nn.yaml:83:15
%2712 = reshape %2707 : f32[14,16] @ models/lib/nn.yaml:83:15
%2713 = matmul %2712, %2711 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2714 = reshape %2710 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2715 = permute %2714 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2716 = permute %1428 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2717 = reshape %2715 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2718 = broadcast %2717 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2719 = reshape %2716 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2720 = broadcast %2719 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2721 = mul %2718, %2720 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2722 = reduce_sum %2721 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2723 = permute %1446 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2724 = reshape %2723 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2725 = broadcast %2724 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2726 = reshape %2715 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2727 = broadcast %2726 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2728 = mul %2725, %2727 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2729 = reshape %2728 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2730 = div %2722, %1445 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2731 = mul %2730, %1446 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2732 = neg %2731 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2733 = reduce_sum %2732 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2734 = broadcast %2733 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2735 = add %2730, %2734 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2736 = mul %2735, %1443 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2737 = mul %2736, %1437 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2738 = reshape %2737 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2739 = broadcast %2738 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2740 = reshape %1423 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2741 = broadcast %2740 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2742 = mul %2739, %2741 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2743 = reduce_sum %2742 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2744 = permute %2737 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2745 = reshape %2744 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2746 = broadcast %2745 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2747 = reshape %1418 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2748 = broadcast %2747 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2749 = mul %2746, %2748 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2750 = reshape %2749 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2751 = permute %2729 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2752 = reshape %2751 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2753 = reshape %2752 : f32[238,16] @ models/lib/nn.yaml:84:18
%2754 = matmul %2626, %2753 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2755 = reshape %2754 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2756 = reshape %2755 : f32[16] @ models/lib/nn.yaml:84:18
%2757 = matmul %2752, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2758 = reshape %1412 : f32[238,16] @ models/lib/nn.yaml:83:15
%2759 = reshape %2752 : f32[238,16] @ models/lib/nn.yaml:83:15
%2760 = matmul %2759, %2758 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2761 = permute %2750 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2762 = reshape %2761 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2763 = reshape %2762 : f32[238,16] @ models/lib/nn.yaml:84:18
%2764 = matmul %2626, %2763 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2765 = reshape %2764 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2766 = reshape %2765 : f32[16] @ models/lib/nn.yaml:84:18
%2767 = matmul %2762, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2768 = add %2757, %2767 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2769 = reshape %1412 : f32[238,16] @ models/lib/nn.yaml:83:15
%2770 = reshape %2762 : f32[238,16] @ models/lib/nn.yaml:83:15
%2771 = matmul %2770, %2769 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2772 = permute %2743 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2773 = reshape %2772 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2774 = reduce_sum %2773 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2775 = reshape %2774 : f32[16] @ models/lib/nn.yaml:84:18
%2776 = matmul %2773, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2777 = reshape %1413 : f32[14,16] @ models/lib/nn.yaml:83:15
%2778 = reshape %2773 : f32[14,16] @ models/lib/nn.yaml:83:15
%2779 = matmul %2778, %2777 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2780 = pad %2776 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2781 = add %2768, %2780 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2782 = reshape %2781 : f32[238,16] @ models/lib/nn.yaml:96:46
%2783 = matmul %2626, %2782 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2784 = reshape %2783 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2785 = reshape %2784 : f32[16] @ models/lib/nn.yaml:96:46
%2786 = mul %2781, %1409 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2787 = mul %2781, %1408 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2788 = reduce_sum %2787 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2789 = reshape %2788 : f32[16] @ models/lib/nn.yaml:96:37
%2790 = mul %2786, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2791 = mul %2786, %1397 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2792 = reduce_sum %2791 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2793 = mul %1406, %1406 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2794 = mul %1406, %2793 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2795 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2796 = broadcast %2795 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2797 = mul %2794, %2796 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2798 = mul %2792, %2797 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2799 = div %2798, %1401 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2800 = broadcast %2799 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2801 = mul %2800, %1397 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2802 = add %2790, %2801 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2803 = mul %2800, %1397 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2804 = add %2802, %2803 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2805 = neg %2804 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2806 = reduce_sum %2805 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2807 = div %2806, %1394 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2808 = broadcast %2807 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2809 = add %2804, %2808 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2810 = slice %2809 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2811 = add %2707, %2810 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2812 = slice %2809 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2813 = add %2656, %2812 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2814 = reduce_sum %2811 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2815 = reshape %2814 : f32[16] @ models/lib/nn.yaml:84:18
%2816 = matmul %2811, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2817 = reshape %1386 : f32[14,64] @ models/lib/nn.yaml:83:15
%2818 = reshape %2811 : f32[14,16] @ models/lib/nn.yaml:83:15
%2819 = matmul %2818, %2817 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2820 = mul %2816, %1385 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2821 = mul %2816, %1378 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2822 = mul %1381, %1381 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2823 = neg %2822 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2824 = exp %2823 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2825 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2826 = broadcast %2825 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2827 = mul %2824, %2826 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2828 = mul %2821, %2827 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2829 = mul %2828, %1380 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2830 = mul %2820, %1377 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2831 = add %2829, %2830 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2832 = reduce_sum %2831 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2833 = reshape %2832 : f32[64] @ models/lib/nn.yaml:84:18
%2834 = matmul %2831, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2835 = reshape %1372 : f32[14,16] @ models/lib/nn.yaml:83:15
%2836 = reshape %2831 : f32[14,64] @ models/lib/nn.yaml:83:15
%2837 = matmul %2836, %2835 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2838 = reduce_sum %2834 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2839 = reshape %2838 : f32[16] @ models/lib/nn.yaml:96:46
%2840 = mul %2834, %1369 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2841 = mul %2834, %1368 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2842 = reduce_sum %2841 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2843 = reshape %2842 : f32[16] @ models/lib/nn.yaml:96:37
%2844 = mul %2840, %1367 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2845 = mul %2840, %1357 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2846 = reduce_sum %2845 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2847 = mul %1366, %1366 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2848 = mul %1366, %2847 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2849 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2850 = broadcast %2849 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2851 = mul %2848, %2850 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2852 = mul %2846, %2851 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2853 = div %2852, %1361 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2854 = broadcast %2853 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2855 = mul %2854, %1357 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2856 = add %2844, %2855 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2857 = mul %2854, %1357 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2858 = add %2856, %2857 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2859 = add %2811, %2858 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2860 = neg %2858 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2861 = reduce_sum %2860 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2862 = div %2861, %1354 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2863 = broadcast %2862 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2864 = add %2859, %2863 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2865 = reduce_sum %2864 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2866 = reshape %2865 : f32[16] @ models/lib/nn.yaml:84:18
%2867 = matmul %2864, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2868 = reshape %1347 : f32[14,16] @ models/lib/nn.yaml:83:15
%2869 = reshape %2864 : f32[14,16] @ models/lib/nn.yaml:83:15
%2870 = matmul %2869, %2868 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2871 = reshape %2867 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2872 = permute %2871 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2873 = permute %1321 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2874 = reshape %2872 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2875 = broadcast %2874 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2876 = reshape %2873 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2877 = broadcast %2876 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2878 = mul %2875, %2877 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2879 = reduce_sum %2878 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2880 = permute %1339 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2881 = reshape %2880 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2882 = broadcast %2881 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2883 = reshape %2872 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2884 = broadcast %2883 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2885 = mul %2882, %2884 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2886 = reshape %2885 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2887 = div %2879, %1338 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2888 = mul %2887, %1339 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2889 = neg %2888 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2890 = reduce_sum %2889 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2891 = broadcast %2890 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2892 = add %2887, %2891 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2893 = mul %2892, %1336 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2894 = mul %2893, %1330 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2895 = reshape %2894 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2896 = broadcast %2895 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2897 = reshape %1316 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2898 = broadcast %2897 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2899 = mul %2896, %2898 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2900 = reduce_sum %2899 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2901 = permute %2894 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2902 = reshape %2901 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2903 = broadcast %2902 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2904 = reshape %1311 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2905 = broadcast %2904 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2906 = mul %2903, %2905 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2907 = reshape %2906 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2908 = permute %2886 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2909 = reshape %2908 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2910 = reshape %2909 : f32[238,16] @ models/lib/nn.yaml:84:18
%2911 = matmul %2626, %2910 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2912 = reshape %2911 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2913 = reshape %2912 : f32[16] @ models/lib/nn.yaml:84:18
%2914 = matmul %2909, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2915 = reshape %1305 : f32[238,16] @ models/lib/nn.yaml:83:15
%2916 = reshape %2909 : f32[238,16] @ models/lib/nn.yaml:83:15
%2917 = matmul %2916, %2915 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2918 = permute %2907 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2919 = reshape %2918 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2920 = reshape %2919 : f32[238,16] @ models/lib/nn.yaml:84:18
%2921 = matmul %2626, %2920 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2922 = reshape %2921 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2923 = reshape %2922 : f32[16] @ models/lib/nn.yaml:84:18
%2924 = matmul %2919, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2925 = add %2914, %2924 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2926 = reshape %1305 : f32[238,16] @ models/lib/nn.yaml:83:15
%2927 = reshape %2919 : f32[238,16] @ models/lib/nn.yaml:83:15
%2928 = matmul %2927, %2926 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2929 = permute %2900 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2930 = reshape %2929 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2931 = reduce_sum %2930 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2932 = reshape %2931 : f32[16] @ models/lib/nn.yaml:84:18
%2933 = matmul %2930, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2934 = reshape %1306 : f32[14,16] @ models/lib/nn.yaml:83:15
%2935 = reshape %2930 : f32[14,16] @ models/lib/nn.yaml:83:15
%2936 = matmul %2935, %2934 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2937 = pad %2933 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2938 = add %2925, %2937 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2939 = reshape %2938 : f32[238,16] @ models/lib/nn.yaml:96:46
%2940 = matmul %2626, %2939 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2941 = reshape %2940 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2942 = reshape %2941 : f32[16] @ models/lib/nn.yaml:96:46
%2943 = mul %2938, %1302 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2944 = mul %2938, %1301 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2945 = reduce_sum %2944 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2946 = reshape %2945 : f32[16] @ models/lib/nn.yaml:96:37
%2947 = mul %2943, %1300 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2948 = mul %2943, %1290 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2949 = reduce_sum %2948 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2950 = mul %1299, %1299 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2951 = mul %1299, %2950 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2952 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2953 = broadcast %2952 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2954 = mul %2951, %2953 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2955 = mul %2949, %2954 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2956 = div %2955, %1294 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2957 = broadcast %2956 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2958 = mul %2957, %1290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2959 = add %2947, %2958 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2960 = mul %2957, %1290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2961 = add %2959, %2960 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2962 = neg %2961 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2963 = reduce_sum %2962 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2964 = div %2963, %1287 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2965 = broadcast %2964 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2966 = add %2961, %2965 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2967 = slice %2966 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2968 = add %2864, %2967 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2969 = slice %2966 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2970 = add %2813, %2969 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2971 = reduce_sum %2968 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2972 = mul %2970, %1280 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2973 = div %2972, %1272 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2974 = reshape %2973 : f32[224,16] @ models/lib/nn.yaml:84:18
%2975 = matmul %2281, %2974 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2976 = reshape %2975 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2977 = reshape %2976 : f32[16] @ models/lib/nn.yaml:84:18
%2978 = matmul %2973, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2979 = reshape %1267 : f32[224,64] @ models/lib/nn.yaml:83:15
%2980 = reshape %2973 : f32[224,16] @ models/lib/nn.yaml:83:15
%2981 = matmul %2980, %2979 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2982 = mul %2978, %1266 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2983 = mul %2978, %1259 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2984 = mul %1262, %1262 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2985 = neg %2984 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2986 = exp %2985 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2987 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2988 = broadcast %2987 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2989 = mul %2986, %2988 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2990 = mul %2983, %2989 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2991 = mul %2990, %1261 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2992 = mul %2982, %1258 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2993 = add %2991, %2992 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2994 = reshape %2993 : f32[224,64] @ models/lib/nn.yaml:84:18
%2995 = matmul %2281, %2994 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2996 = reshape %2995 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2997 = reshape %2996 : f32[64] @ models/lib/nn.yaml:84:18
%2998 = matmul %2993, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2999 = reshape %1253 : f32[224,16] @ models/lib/nn.yaml:83:15
%3000 = reshape %2993 : f32[224,64] @ models/lib/nn.yaml:83:15
%3001 = matmul %3000, %2999 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3002 = reshape %2998 : f32[224,16] @ models/lib/nn.yaml:96:46
%3003 = matmul %2281, %3002 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3004 = reshape %3003 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3005 = reshape %3004 : f32[16] @ models/lib/nn.yaml:96:46
%3006 = mul %2998, %1250 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3007 = mul %2998, %1249 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3008 = reduce_sum %3007 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3009 = reshape %3008 : f32[16] @ models/lib/nn.yaml:96:37
%3010 = mul %3006, %1248 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3011 = mul %3006, %1238 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3012 = reduce_sum %3011 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3013 = mul %1247, %1247 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3014 = mul %1247, %3013 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3015 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3016 = broadcast %3015 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3017 = mul %3014, %3016 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3018 = mul %3012, %3017 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3019 = div %3018, %1242 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3020 = broadcast %3019 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3021 = mul %3020, %1238 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3022 = add %3010, %3021 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3023 = mul %3020, %1238 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3024 = add %3022, %3023 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3025 = add %2970, %3024 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3026 = neg %3024 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3027 = reduce_sum %3026 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3028 = div %3027, %1235 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3029 = broadcast %3028 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3030 = add %3025, %3029 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3031 = mul %3030, %1230 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3032 = div %3031, %1221 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3033 = reshape %3032 : f32[224,16] @ models/lib/nn.yaml:84:18
%3034 = matmul %2281, %3033 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3035 = reshape %3034 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3036 = reshape %3035 : f32[16] @ models/lib/nn.yaml:84:18
%3037 = matmul %3032, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3038 = reshape %1216 : f32[224,16] @ models/lib/nn.yaml:83:15
%3039 = reshape %3032 : f32[224,16] @ models/lib/nn.yaml:83:15
%3040 = matmul %3039, %3038 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3041 = reshape %3037 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3042 = permute %3041 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3043 = permute %1190 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3044 = reshape %3042 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%3045 = broadcast %3044 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3046 = reshape %3043 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%3047 = broadcast %3046 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3048 = mul %3045, %3047 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3049 = reduce_sum %3048 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3050 = permute %1208 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3051 = reshape %3050 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3052 = broadcast %3051 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3053 = reshape %3042 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3054 = broadcast %3053 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3055 = mul %3052, %3054 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3056 = reduce_sum %3055 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3057 = div %3049, %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3058 = mul %3057, %1208 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3059 = neg %3058 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3060 = reduce_sum %3059 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3061 = broadcast %3060 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3062 = add %3057, %3061 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3063 = mul %3062, %1205 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3064 = mul %3063, %1199 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3065 = reshape %3064 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3066 = broadcast %3065 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3067 = reshape %1188 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3068 = broadcast %3067 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3069 = mul %3066, %3068 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3070 = reduce_sum %3069 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3071 = permute %3064 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3072 = reshape %3071 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3073 = broadcast %3072 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3074 = reshape %1186 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3075 = broadcast %3074 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3076 = mul %3073, %3075 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3077 = reduce_sum %3076 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3078 = reshape %3056 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3079 = pad %3078 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:40
%3080 = reshape %3077 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3081 = pad %3080 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3082 = add %3079, %3081 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3083 = reshape %3070 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3084 = pad %3083 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3085 = add %3082, %3084 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3086 = permute %3085 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3087 = reshape %3086 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3088 = reshape %3087 : f32[224,48] @ models/lib/nn.yaml:84:18
%3089 = matmul %2281, %3088 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3090 = reshape %3089 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3091 = reshape %3090 : f32[48] @ models/lib/nn.yaml:84:18
%3092 = matmul %3087, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3093 = reshape %1179 : f32[224,16] @ models/lib/nn.yaml:83:15
%3094 = reshape %3087 : f32[224,48] @ models/lib/nn.yaml:83:15
%3095 = matmul %3094, %3093 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3096 = reshape %3092 : f32[224,16] @ models/lib/nn.yaml:96:46
%3097 = matmul %2281, %3096 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3098 = reshape %3097 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3099 = reshape %3098 : f32[16] @ models/lib/nn.yaml:96:46
%3100 = mul %3092, %1176 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3101 = mul %3092, %1175 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3102 = reduce_sum %3101 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3103 = reshape %3102 : f32[16] @ models/lib/nn.yaml:96:37
%3104 = mul %3100, %1174 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3105 = mul %3100, %1164 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3106 = reduce_sum %3105 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3107 = mul %1173, %1173 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3108 = mul %1173, %3107 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3109 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3110 = broadcast %3109 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3111 = mul %3108, %3110 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3112 = mul %3106, %3111 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3113 = div %3112, %1168 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3114 = broadcast %3113 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3115 = mul %3114, %1164 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3116 = add %3104, %3115 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3117 = mul %3114, %1164 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3118 = add %3116, %3117 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3119 = add %3030, %3118 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3120 = neg %3118 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3121 = reduce_sum %3120 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3122 = div %3121, %1161 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3123 = broadcast %3122 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3124 = add %3119, %3123 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3125 = reshape %3124 : f32[224,16] @ models/lib/nn.yaml:84:18
%3126 = matmul %2281, %3125 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3127 = reshape %3126 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3128 = reshape %3127 : f32[16] @ models/lib/nn.yaml:84:18
%3129 = matmul %3124, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3130 = reshape %1154 : f32[224,64] @ models/lib/nn.yaml:83:15
%3131 = reshape %3124 : f32[224,16] @ models/lib/nn.yaml:83:15
%3132 = matmul %3131, %3130 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3133 = mul %3129, %1153 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3134 = mul %3129, %1146 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3135 = mul %1149, %1149 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3136 = neg %3135 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3137 = exp %3136 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3138 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3139 = broadcast %3138 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3140 = mul %3137, %3139 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3141 = mul %3134, %3140 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3142 = mul %3141, %1148 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3143 = mul %3133, %1145 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3144 = add %3142, %3143 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3145 = reshape %3144 : f32[224,64] @ models/lib/nn.yaml:84:18
%3146 = matmul %2281, %3145 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3147 = reshape %3146 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3148 = reshape %3147 : f32[64] @ models/lib/nn.yaml:84:18
%3149 = matmul %3144, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3150 = reshape %1140 : f32[224,16] @ models/lib/nn.yaml:83:15
%3151 = reshape %3144 : f32[224,64] @ models/lib/nn.yaml:83:15
%3152 = matmul %3151, %3150 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3153 = reshape %3149 : f32[224,16] @ models/lib/nn.yaml:96:46
%3154 = matmul %2281, %3153 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3155 = reshape %3154 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3156 = reshape %3155 : f32[16] @ models/lib/nn.yaml:96:46
%3157 = mul %3149, %1137 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3158 = mul %3149, %1136 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3159 = reduce_sum %3158 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3160 = reshape %3159 : f32[16] @ models/lib/nn.yaml:96:37
%3161 = mul %3157, %1135 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3162 = mul %3157, %1125 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3163 = reduce_sum %3162 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3164 = mul %1134, %1134 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3165 = mul %1134, %3164 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3166 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3167 = broadcast %3166 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3168 = mul %3165, %3167 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3169 = mul %3163, %3168 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3170 = div %3169, %1129 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3171 = broadcast %3170 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3172 = mul %3171, %1125 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3173 = add %3161, %3172 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3174 = mul %3171, %1125 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3175 = add %3173, %3174 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3176 = add %3124, %3175 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3177 = neg %3175 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3178 = reduce_sum %3177 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3179 = div %3178, %1122 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3180 = broadcast %3179 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3181 = add %3176, %3180 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3182 = reshape %3181 : f32[224,16] @ models/lib/nn.yaml:84:18
%3183 = matmul %2281, %3182 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3184 = reshape %3183 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3185 = reshape %3184 : f32[16] @ models/lib/nn.yaml:84:18
%3186 = matmul %3181, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3187 = reshape %1115 : f32[224,16] @ models/lib/nn.yaml:83:15
%3188 = reshape %3181 : f32[224,16] @ models/lib/nn.yaml:83:15
%3189 = matmul %3188, %3187 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3190 = reshape %3186 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3191 = permute %3190 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3192 = permute %1089 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3193 = reshape %3191 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%3194 = broadcast %3193 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3195 = reshape %3192 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%3196 = broadcast %3195 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3197 = mul %3194, %3196 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3198 = reduce_sum %3197 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3199 = permute %1107 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3200 = reshape %3199 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3201 = broadcast %3200 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3202 = reshape %3191 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3203 = broadcast %3202 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3204 = mul %3201, %3203 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3205 = reduce_sum %3204 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3206 = div %3198, %1106 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3207 = mul %3206, %1107 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3208 = neg %3207 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3209 = reduce_sum %3208 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3210 = broadcast %3209 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3211 = add %3206, %3210 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3212 = mul %3211, %1104 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3213 = mul %3212, %1098 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3214 = reshape %3213 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3215 = broadcast %3214 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3216 = reshape %1087 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3217 = broadcast %3216 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3218 = mul %3215, %3217 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3219 = reduce_sum %3218 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3220 = permute %3213 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3221 = reshape %3220 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3222 = broadcast %3221 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3223 = reshape %1085 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3224 = broadcast %3223 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3225 = mul %3222, %3224 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3226 = reduce_sum %3225 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3227 = reshape %3205 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3228 = pad %3227 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:40
%3229 = reshape %3226 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3230 = pad %3229 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3231 = add %3228, %3230 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3232 = reshape %3219 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3233 = pad %3232 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3234 = add %3231, %3233 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3235 = permute %3234 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3236 = reshape %3235 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3237 = reshape %3236 : f32[224,48] @ models/lib/nn.yaml:84:18
%3238 = matmul %2281, %3237 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3239 = reshape %3238 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3240 = reshape %3239 : f32[48] @ models/lib/nn.yaml:84:18
%3241 = matmul %3236, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3242 = reshape %1078 : f32[224,16] @ models/lib/nn.yaml:83:15
%3243 = reshape %3236 : f32[224,48] @ models/lib/nn.yaml:83:15
%3244 = matmul %3243, %3242 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3245 = reshape %3241 : f32[224,16] @ models/lib/nn.yaml:96:46
%3246 = matmul %2281, %3245 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3247 = reshape %3246 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3248 = reshape %3247 : f32[16] @ models/lib/nn.yaml:96:46
%3249 = mul %3241, %1075 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3250 = mul %3241, %1074 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3251 = reduce_sum %3250 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3252 = reshape %3251 : f32[16] @ models/lib/nn.yaml:96:37
%3253 = mul %3249, %1073 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3254 = mul %3249, %1063 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3255 = reduce_sum %3254 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3256 = mul %1072, %1072 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3257 = mul %1072, %3256 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3258 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3259 = broadcast %3258 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3260 = mul %3257, %3259 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3261 = mul %3255, %3260 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3262 = div %3261, %1067 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3263 = broadcast %3262 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3264 = mul %3263, %1063 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3265 = add %3253, %3264 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3266 = mul %3263, %1063 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3267 = add %3265, %3266 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3268 = add %3181, %3267 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3269 = neg %3267 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3270 = reduce_sum %3269 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3271 = div %3270, %1060 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3272 = broadcast %3271 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3273 = add %3268, %3272 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3274 = reduce_sum %3273 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3275 = reshape %3273 : f32[224,16] @ models/lib/vit.yaml:17:71
%3276 = matmul %2281, %3275 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%3277 = reshape %3276 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3278 = reshape %3277 : f32[16] @ models/lib/vit.yaml:17:71
%3279 = reshape %1051 : f32[224,48] @ models/lib/vit.yaml:17:18
%3280 = reshape %3273 : f32[224,16] @ models/lib/vit.yaml:17:18
%3281 = matmul %3280, %3279 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3282 = reshape %3281 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3283 = all_reduce_sum %3274 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3284 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3285 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3286 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3287 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3288 = add %3286, %3287 : i64[] @ models/lib/vit.yaml:48:7
%3289 = mul %2065, %2066 : f64[] @ models/lib/vit.yaml:48:7
%3290 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3291 = sub %3290, %3289 : f64[] @ models/lib/vit.yaml:48:7
%3292 = cast %3291 : f32[] @ models/lib/vit.yaml:48:7
%3293 = broadcast %3292 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3294 = mul %5, %3293 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3295 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%3296 = cast %3295 : f32[] @ models/lib/vit.yaml:48:7
%3297 = broadcast %3296 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3298 = mul %3283, %3297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3299 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3300 = cast %3299 : f32[] @ models/lib/vit.yaml:48:7
%3301 = broadcast %3300 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3302 = mul %3284, %3301 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3303 = add %3302, %3298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3304 = mul %3283, %3283 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3305 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%3306 = cast %3305 : f32[] @ models/lib/vit.yaml:48:7
%3307 = broadcast %3306 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3308 = mul %3304, %3307 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3309 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3310 = cast %3309 : f32[] @ models/lib/vit.yaml:48:7
%3311 = broadcast %3310 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3312 = mul %3285, %3311 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3313 = add %3312, %3308 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3314 = cast %3288 : f64[] @ models/lib/vit.yaml:48:7
%3315 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3316 = pow %3315, %3314 : f64[] @ models/lib/vit.yaml:48:7
%3317 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3318 = sub %3317, %3316 : f64[] @ models/lib/vit.yaml:48:7
%3319 = div %2065, %3318 : f64[] @ models/lib/vit.yaml:48:7
%3320 = cast %3288 : f64[] @ models/lib/vit.yaml:48:7
%3321 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3322 = pow %3321, %3320 : f64[] @ models/lib/vit.yaml:48:7
%3323 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3324 = sub %3323, %3322 : f64[] @ models/lib/vit.yaml:48:7
%3325 = sqrt %3324 : f64[] @ models/lib/vit.yaml:48:7
%3326 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3327 = div %3326, %3325 : f64[] @ models/lib/vit.yaml:48:7
%3328 = sqrt %3313 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3329 = cast %3327 : f32[] @ models/lib/vit.yaml:48:7
%3330 = broadcast %3329 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3331 = mul %3328, %3330 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3332 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%3333 = cast %3332 : f32[] @ models/lib/vit.yaml:48:7
%3334 = broadcast %3333 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3335 = add %3331, %3334 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3336 = div %3303, %3335 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3337 = cast %3319 : f32[] @ models/lib/vit.yaml:48:7
%3338 = broadcast %3337 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3339 = mul %3336, %3338 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3340 = sub %3294, %3339 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3341 = assign %5, %3340 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3342 = assign %3284, %3303 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3343 = assign %3285, %3313 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3344 = assign %3286, %3288 : i64[] @ models/lib/vit.yaml:48:7
%3345 = cast %2067 : f32[] @ models/lib/vit.yaml:48:7
%3346 = broadcast %3345 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3347 = mul %89, %3346 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3348 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3349 = sub %3348, %2067 : f64[] @ models/lib/vit.yaml:48:7
%3350 = cast %3349 : f32[] @ models/lib/vit.yaml:48:7
%3351 = broadcast %3350 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3352 = mul %3340, %3351 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3353 = add %3347, %3352 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3354 = assign %89, %3353 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3355 = all_reduce_sum %3282 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3356 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3357 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3358 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3359 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%3360 = add %3358, %3359 : i64[] @ models/lib/vit.yaml:9:7
%3361 = mul %2065, %2066 : f64[] @ models/lib/vit.yaml:9:7
%3362 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3363 = sub %3362, %3361 : f64[] @ models/lib/vit.yaml:9:7
%3364 = cast %3363 : f32[] @ models/lib/vit.yaml:9:7
%3365 = broadcast %3364 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3366 = mul %6, %3365 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3367 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%3368 = cast %3367 : f32[] @ models/lib/vit.yaml:9:7
%3369 = broadcast %3368 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3370 = mul %3355, %3369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3371 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3372 = cast %3371 : f32[] @ models/lib/vit.yaml:9:7
%3373 = broadcast %3372 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3374 = mul %3356, %3373 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3375 = add %3374, %3370 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3376 = mul %3355, %3355 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3377 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%3378 = cast %3377 : f32[] @ models/lib/vit.yaml:9:7
%3379 = broadcast %3378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3380 = mul %3376, %3379 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3381 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3382 = cast %3381 : f32[] @ models/lib/vit.yaml:9:7
%3383 = broadcast %3382 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3384 = mul %3357, %3383 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3385 = add %3384, %3380 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3386 = cast %3360 : f64[] @ models/lib/vit.yaml:9:7
%3387 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3388 = pow %3387, %3386 : f64[] @ models/lib/vit.yaml:9:7
%3389 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3390 = sub %3389, %3388 : f64[] @ models/lib/vit.yaml:9:7
%3391 = div %2065, %3390 : f64[] @ models/lib/vit.yaml:9:7
%3392 = cast %3360 : f64[] @ models/lib/vit.yaml:9:7
%3393 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3394 = pow %3393, %3392 : f64[] @ models/lib/vit.yaml:9:7
%3395 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3396 = sub %3395, %3394 : f64[] @ models/lib/vit.yaml:9:7
%3397 = sqrt %3396 : f64[] @ models/lib/vit.yaml:9:7
%3398 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3399 = div %3398, %3397 : f64[] @ models/lib/vit.yaml:9:7
%3400 = sqrt %3385 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3401 = cast %3399 : f32[] @ models/lib/vit.yaml:9:7
%3402 = broadcast %3401 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3403 = mul %3400, %3402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3404 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%3405 = cast %3404 : f32[] @ models/lib/vit.yaml:9:7
%3406 = broadcast %3405 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3407 = add %3403, %3406 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3408 = div %3375, %3407 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3409 = cast %3391 : f32[] @ models/lib/vit.yaml:9:7
%3410 = broadcast %3409 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3411 = mul %3408, %3410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3412 = sub %3366, %3411 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3413 = assign %6, %3412 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3414 = assign %3356, %3375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3415 = assign %3357, %3385 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3416 = assign %3358, %3360 : i64[] @ models/lib/vit.yaml:9:7
%3417 = cast %2067 : f32[] @ models/lib/vit.yaml:9:7
%3418 = broadcast %3417 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3419 = mul %90, %3418 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3420 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3421 = sub %3420, %2067 : f64[] @ models/lib/vit.yaml:9:7
%3422 = cast %3421 : f32[] @ models/lib/vit.yaml:9:7
%3423 = broadcast %3422 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3424 = mul %3412, %3423 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3425 = add %3419, %3424 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3426 = assign %90, %3425 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3427 = all_reduce_sum %3278 : f32[16] @ models/lib/vit.yaml:10:7
%3428 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3429 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3430 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3431 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%3432 = add %3430, %3431 : i64[] @ models/lib/vit.yaml:10:7
%3433 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%3434 = cast %3433 : f32[] @ models/lib/vit.yaml:10:7
%3435 = broadcast %3434 : f32[16] @ models/lib/vit.yaml:10:7
%3436 = mul %3427, %3435 : f32[16] @ models/lib/vit.yaml:10:7
%3437 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3438 = cast %3437 : f32[] @ models/lib/vit.yaml:10:7
%3439 = broadcast %3438 : f32[16] @ models/lib/vit.yaml:10:7
%3440 = mul %3428, %3439 : f32[16] @ models/lib/vit.yaml:10:7
%3441 = add %3440, %3436 : f32[16] @ models/lib/vit.yaml:10:7
%3442 = mul %3427, %3427 : f32[16] @ models/lib/vit.yaml:10:7
%3443 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%3444 = cast %3443 : f32[] @ models/lib/vit.yaml:10:7
%3445 = broadcast %3444 : f32[16] @ models/lib/vit.yaml:10:7
%3446 = mul %3442, %3445 : f32[16] @ models/lib/vit.yaml:10:7
%3447 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3448 = cast %3447 : f32[] @ models/lib/vit.yaml:10:7
%3449 = broadcast %3448 : f32[16] @ models/lib/vit.yaml:10:7
%3450 = mul %3429, %3449 : f32[16] @ models/lib/vit.yaml:10:7
%3451 = add %3450, %3446 : f32[16] @ models/lib/vit.yaml:10:7
%3452 = cast %3432 : f64[] @ models/lib/vit.yaml:10:7
%3453 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3454 = pow %3453, %3452 : f64[] @ models/lib/vit.yaml:10:7
%3455 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3456 = sub %3455, %3454 : f64[] @ models/lib/vit.yaml:10:7
%3457 = div %2065, %3456 : f64[] @ models/lib/vit.yaml:10:7
%3458 = cast %3432 : f64[] @ models/lib/vit.yaml:10:7
%3459 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3460 = pow %3459, %3458 : f64[] @ models/lib/vit.yaml:10:7
%3461 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3462 = sub %3461, %3460 : f64[] @ models/lib/vit.yaml:10:7
%3463 = sqrt %3462 : f64[] @ models/lib/vit.yaml:10:7
%3464 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3465 = div %3464, %3463 : f64[] @ models/lib/vit.yaml:10:7
%3466 = sqrt %3451 : f32[16] @ models/lib/vit.yaml:10:7
%3467 = cast %3465 : f32[] @ models/lib/vit.yaml:10:7
%3468 = broadcast %3467 : f32[16] @ models/lib/vit.yaml:10:7
%3469 = mul %3466, %3468 : f32[16] @ models/lib/vit.yaml:10:7
%3470 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%3471 = cast %3470 : f32[] @ models/lib/vit.yaml:10:7
%3472 = broadcast %3471 : f32[16] @ models/lib/vit.yaml:10:7
%3473 = add %3469, %3472 : f32[16] @ models/lib/vit.yaml:10:7
%3474 = div %3441, %3473 : f32[16] @ models/lib/vit.yaml:10:7
%3475 = cast %3457 : f32[] @ models/lib/vit.yaml:10:7
%3476 = broadcast %3475 : f32[16] @ models/lib/vit.yaml:10:7
%3477 = mul %3474, %3476 : f32[16] @ models/lib/vit.yaml:10:7
%3478 = sub %7, %3477 : f32[16] @ models/lib/vit.yaml:10:7
%3479 = assign %7, %3478 : f32[16] @ models/lib/vit.yaml:10:7
%3480 = assign %3428, %3441 : f32[16] @ models/lib/vit.yaml:10:7
%3481 = assign %3429, %3451 : f32[16] @ models/lib/vit.yaml:10:7
%3482 = assign %3430, %3432 : i64[] @ models/lib/vit.yaml:10:7
%3483 = cast %2067 : f32[] @ models/lib/vit.yaml:10:7
%3484 = broadcast %3483 : f32[16] @ models/lib/vit.yaml:10:7
%3485 = mul %91, %3484 : f32[16] @ models/lib/vit.yaml:10:7
%3486 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3487 = sub %3486, %2067 : f64[] @ models/lib/vit.yaml:10:7
%3488 = cast %3487 : f32[] @ models/lib/vit.yaml:10:7
%3489 = broadcast %3488 : f32[16] @ models/lib/vit.yaml:10:7
%3490 = mul %3478, %3489 : f32[16] @ models/lib/vit.yaml:10:7
%3491 = add %3485, %3490 : f32[16] @ models/lib/vit.yaml:10:7
%3492 = assign %91, %3491 : f32[16] @ models/lib/vit.yaml:10:7
%3493 = all_reduce_sum %3252 : f32[16] @ models/lib/nn.yaml:89:7
%3494 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3495 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3496 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3497 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3498 = add %3496, %3497 : i64[] @ models/lib/nn.yaml:89:7
%3499 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3500 = cast %3499 : f32[] @ models/lib/nn.yaml:89:7
%3501 = broadcast %3500 : f32[16] @ models/lib/nn.yaml:89:7
%3502 = mul %3493, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%3503 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3504 = cast %3503 : f32[] @ models/lib/nn.yaml:89:7
%3505 = broadcast %3504 : f32[16] @ models/lib/nn.yaml:89:7
%3506 = mul %3494, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%3507 = add %3506, %3502 : f32[16] @ models/lib/nn.yaml:89:7
%3508 = mul %3493, %3493 : f32[16] @ models/lib/nn.yaml:89:7
%3509 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3510 = cast %3509 : f32[] @ models/lib/nn.yaml:89:7
%3511 = broadcast %3510 : f32[16] @ models/lib/nn.yaml:89:7
%3512 = mul %3508, %3511 : f32[16] @ models/lib/nn.yaml:89:7
%3513 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3514 = cast %3513 : f32[] @ models/lib/nn.yaml:89:7
%3515 = broadcast %3514 : f32[16] @ models/lib/nn.yaml:89:7
%3516 = mul %3495, %3515 : f32[16] @ models/lib/nn.yaml:89:7
%3517 = add %3516, %3512 : f32[16] @ models/lib/nn.yaml:89:7
%3518 = cast %3498 : f64[] @ models/lib/nn.yaml:89:7
%3519 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3520 = pow %3519, %3518 : f64[] @ models/lib/nn.yaml:89:7
%3521 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3522 = sub %3521, %3520 : f64[] @ models/lib/nn.yaml:89:7
%3523 = div %2065, %3522 : f64[] @ models/lib/nn.yaml:89:7
%3524 = cast %3498 : f64[] @ models/lib/nn.yaml:89:7
%3525 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3526 = pow %3525, %3524 : f64[] @ models/lib/nn.yaml:89:7
%3527 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3528 = sub %3527, %3526 : f64[] @ models/lib/nn.yaml:89:7
%3529 = sqrt %3528 : f64[] @ models/lib/nn.yaml:89:7
%3530 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3531 = div %3530, %3529 : f64[] @ models/lib/nn.yaml:89:7
%3532 = sqrt %3517 : f32[16] @ models/lib/nn.yaml:89:7
%3533 = cast %3531 : f32[] @ models/lib/nn.yaml:89:7
%3534 = broadcast %3533 : f32[16] @ models/lib/nn.yaml:89:7
%3535 = mul %3532, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3536 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3537 = cast %3536 : f32[] @ models/lib/nn.yaml:89:7
%3538 = broadcast %3537 : f32[16] @ models/lib/nn.yaml:89:7
%3539 = add %3535, %3538 : f32[16] @ models/lib/nn.yaml:89:7
%3540 = div %3507, %3539 : f32[16] @ models/lib/nn.yaml:89:7
%3541 = cast %3523 : f32[] @ models/lib/nn.yaml:89:7
%3542 = broadcast %3541 : f32[16] @ models/lib/nn.yaml:89:7
%3543 = mul %3540, %3542 : f32[16] @ models/lib/nn.yaml:89:7
%3544 = sub %8, %3543 : f32[16] @ models/lib/nn.yaml:89:7
%3545 = assign %8, %3544 : f32[16] @ models/lib/nn.yaml:89:7
%3546 = assign %3494, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3547 = assign %3495, %3517 : f32[16] @ models/lib/nn.yaml:89:7
%3548 = assign %3496, %3498 : i64[] @ models/lib/nn.yaml:89:7
%3549 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%3550 = broadcast %3549 : f32[16] @ models/lib/nn.yaml:89:7
%3551 = mul %92, %3550 : f32[16] @ models/lib/nn.yaml:89:7
%3552 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3553 = sub %3552, %2067 : f64[] @ models/lib/nn.yaml:89:7
%3554 = cast %3553 : f32[] @ models/lib/nn.yaml:89:7
%3555 = broadcast %3554 : f32[16] @ models/lib/nn.yaml:89:7
%3556 = mul %3544, %3555 : f32[16] @ models/lib/nn.yaml:89:7
%3557 = add %3551, %3556 : f32[16] @ models/lib/nn.yaml:89:7
%3558 = assign %92, %3557 : f32[16] @ models/lib/nn.yaml:89:7
%3559 = all_reduce_sum %3248 : f32[16] @ models/lib/nn.yaml:90:7
%3560 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3561 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3562 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3563 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3564 = add %3562, %3563 : i64[] @ models/lib/nn.yaml:90:7
%3565 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3566 = cast %3565 : f32[] @ models/lib/nn.yaml:90:7
%3567 = broadcast %3566 : f32[16] @ models/lib/nn.yaml:90:7
%3568 = mul %3559, %3567 : f32[16] @ models/lib/nn.yaml:90:7
%3569 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3570 = cast %3569 : f32[] @ models/lib/nn.yaml:90:7
%3571 = broadcast %3570 : f32[16] @ models/lib/nn.yaml:90:7
%3572 = mul %3560, %3571 : f32[16] @ models/lib/nn.yaml:90:7
%3573 = add %3572, %3568 : f32[16] @ models/lib/nn.yaml:90:7
%3574 = mul %3559, %3559 : f32[16] @ models/lib/nn.yaml:90:7
%3575 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3576 = cast %3575 : f32[] @ models/lib/nn.yaml:90:7
%3577 = broadcast %3576 : f32[16] @ models/lib/nn.yaml:90:7
%3578 = mul %3574, %3577 : f32[16] @ models/lib/nn.yaml:90:7
%3579 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3580 = cast %3579 : f32[] @ models/lib/nn.yaml:90:7
%3581 = broadcast %3580 : f32[16] @ models/lib/nn.yaml:90:7
%3582 = mul %3561, %3581 : f32[16] @ models/lib/nn.yaml:90:7
%3583 = add %3582, %3578 : f32[16] @ models/lib/nn.yaml:90:7
%3584 = cast %3564 : f64[] @ models/lib/nn.yaml:90:7
%3585 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3586 = pow %3585, %3584 : f64[] @ models/lib/nn.yaml:90:7
%3587 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3588 = sub %3587, %3586 : f64[] @ models/lib/nn.yaml:90:7
%3589 = div %2065, %3588 : f64[] @ models/lib/nn.yaml:90:7
%3590 = cast %3564 : f64[] @ models/lib/nn.yaml:90:7
%3591 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3592 = pow %3591, %3590 : f64[] @ models/lib/nn.yaml:90:7
%3593 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3594 = sub %3593, %3592 : f64[] @ models/lib/nn.yaml:90:7
%3595 = sqrt %3594 : f64[] @ models/lib/nn.yaml:90:7
%3596 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3597 = div %3596, %3595 : f64[] @ models/lib/nn.yaml:90:7
%3598 = sqrt %3583 : f32[16] @ models/lib/nn.yaml:90:7
%3599 = cast %3597 : f32[] @ models/lib/nn.yaml:90:7
%3600 = broadcast %3599 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = mul %3598, %3600 : f32[16] @ models/lib/nn.yaml:90:7
%3602 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3603 = cast %3602 : f32[] @ models/lib/nn.yaml:90:7
%3604 = broadcast %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = add %3601, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = div %3573, %3605 : f32[16] @ models/lib/nn.yaml:90:7
%3607 = cast %3589 : f32[] @ models/lib/nn.yaml:90:7
%3608 = broadcast %3607 : f32[16] @ models/lib/nn.yaml:90:7
%3609 = mul %3606, %3608 : f32[16] @ models/lib/nn.yaml:90:7
%3610 = sub %9, %3609 : f32[16] @ models/lib/nn.yaml:90:7
%3611 = assign %9, %3610 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = assign %3560, %3573 : f32[16] @ models/lib/nn.yaml:90:7
%3613 = assign %3561, %3583 : f32[16] @ models/lib/nn.yaml:90:7
%3614 = assign %3562, %3564 : i64[] @ models/lib/nn.yaml:90:7
%3615 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%3616 = broadcast %3615 : f32[16] @ models/lib/nn.yaml:90:7
%3617 = mul %93, %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3618 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3619 = sub %3618, %2067 : f64[] @ models/lib/nn.yaml:90:7
%3620 = cast %3619 : f32[] @ models/lib/nn.yaml:90:7
%3621 = broadcast %3620 : f32[16] @ models/lib/nn.yaml:90:7
%3622 = mul %3610, %3621 : f32[16] @ models/lib/nn.yaml:90:7
%3623 = add %3617, %3622 : f32[16] @ models/lib/nn.yaml:90:7
%3624 = assign %93, %3623 : f32[16] @ models/lib/nn.yaml:90:7
%3625 = all_reduce_sum %3244 : f32[48,16] @ models/lib/nn.yaml:79:7
%3626 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3627 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3628 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3629 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3630 = add %3628, %3629 : i64[] @ models/lib/nn.yaml:79:7
%3631 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%3632 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3633 = sub %3632, %3631 : f64[] @ models/lib/nn.yaml:79:7
%3634 = cast %3633 : f32[] @ models/lib/nn.yaml:79:7
%3635 = broadcast %3634 : f32[48,16] @ models/lib/nn.yaml:79:7
%3636 = mul %10, %3635 : f32[48,16] @ models/lib/nn.yaml:79:7
%3637 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3638 = cast %3637 : f32[] @ models/lib/nn.yaml:79:7
%3639 = broadcast %3638 : f32[48,16] @ models/lib/nn.yaml:79:7
%3640 = mul %3625, %3639 : f32[48,16] @ models/lib/nn.yaml:79:7
%3641 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3642 = cast %3641 : f32[] @ models/lib/nn.yaml:79:7
%3643 = broadcast %3642 : f32[48,16] @ models/lib/nn.yaml:79:7
%3644 = mul %3626, %3643 : f32[48,16] @ models/lib/nn.yaml:79:7
%3645 = add %3644, %3640 : f32[48,16] @ models/lib/nn.yaml:79:7
%3646 = mul %3625, %3625 : f32[48,16] @ models/lib/nn.yaml:79:7
%3647 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3648 = cast %3647 : f32[] @ models/lib/nn.yaml:79:7
%3649 = broadcast %3648 : f32[48,16] @ models/lib/nn.yaml:79:7
%3650 = mul %3646, %3649 : f32[48,16] @ models/lib/nn.yaml:79:7
%3651 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3652 = cast %3651 : f32[] @ models/lib/nn.yaml:79:7
%3653 = broadcast %3652 : f32[48,16] @ models/lib/nn.yaml:79:7
%3654 = mul %3627, %3653 : f32[48,16] @ models/lib/nn.yaml:79:7
%3655 = add %3654, %3650 : f32[48,16] @ models/lib/nn.yaml:79:7
%3656 = cast %3630 : f64[] @ models/lib/nn.yaml:79:7
%3657 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3658 = pow %3657, %3656 : f64[] @ models/lib/nn.yaml:79:7
%3659 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3660 = sub %3659, %3658 : f64[] @ models/lib/nn.yaml:79:7
%3661 = div %2065, %3660 : f64[] @ models/lib/nn.yaml:79:7
%3662 = cast %3630 : f64[] @ models/lib/nn.yaml:79:7
%3663 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3664 = pow %3663, %3662 : f64[] @ models/lib/nn.yaml:79:7
%3665 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3666 = sub %3665, %3664 : f64[] @ models/lib/nn.yaml:79:7
%3667 = sqrt %3666 : f64[] @ models/lib/nn.yaml:79:7
%3668 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3669 = div %3668, %3667 : f64[] @ models/lib/nn.yaml:79:7
%3670 = sqrt %3655 : f32[48,16] @ models/lib/nn.yaml:79:7
%3671 = cast %3669 : f32[] @ models/lib/nn.yaml:79:7
%3672 = broadcast %3671 : f32[48,16] @ models/lib/nn.yaml:79:7
%3673 = mul %3670, %3672 : f32[48,16] @ models/lib/nn.yaml:79:7
%3674 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3675 = cast %3674 : f32[] @ models/lib/nn.yaml:79:7
%3676 = broadcast %3675 : f32[48,16] @ models/lib/nn.yaml:79:7
%3677 = add %3673, %3676 : f32[48,16] @ models/lib/nn.yaml:79:7
%3678 = div %3645, %3677 : f32[48,16] @ models/lib/nn.yaml:79:7
%3679 = cast %3661 : f32[] @ models/lib/nn.yaml:79:7
%3680 = broadcast %3679 : f32[48,16] @ models/lib/nn.yaml:79:7
%3681 = mul %3678, %3680 : f32[48,16] @ models/lib/nn.yaml:79:7
%3682 = sub %3636, %3681 : f32[48,16] @ models/lib/nn.yaml:79:7
%3683 = assign %10, %3682 : f32[48,16] @ models/lib/nn.yaml:79:7
%3684 = assign %3626, %3645 : f32[48,16] @ models/lib/nn.yaml:79:7
%3685 = assign %3627, %3655 : f32[48,16] @ models/lib/nn.yaml:79:7
%3686 = assign %3628, %3630 : i64[] @ models/lib/nn.yaml:79:7
%3687 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%3688 = broadcast %3687 : f32[48,16] @ models/lib/nn.yaml:79:7
%3689 = mul %94, %3688 : f32[48,16] @ models/lib/nn.yaml:79:7
%3690 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3691 = sub %3690, %2067 : f64[] @ models/lib/nn.yaml:79:7
%3692 = cast %3691 : f32[] @ models/lib/nn.yaml:79:7
%3693 = broadcast %3692 : f32[48,16] @ models/lib/nn.yaml:79:7
%3694 = mul %3682, %3693 : f32[48,16] @ models/lib/nn.yaml:79:7
%3695 = add %3689, %3694 : f32[48,16] @ models/lib/nn.yaml:79:7
%3696 = assign %94, %3695 : f32[48,16] @ models/lib/nn.yaml:79:7
%3697 = all_reduce_sum %3240 : f32[48] @ models/lib/nn.yaml:80:7
%3698 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3699 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3700 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3701 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3702 = add %3700, %3701 : i64[] @ models/lib/nn.yaml:80:7
%3703 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3704 = cast %3703 : f32[] @ models/lib/nn.yaml:80:7
%3705 = broadcast %3704 : f32[48] @ models/lib/nn.yaml:80:7
%3706 = mul %3697, %3705 : f32[48] @ models/lib/nn.yaml:80:7
%3707 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3708 = cast %3707 : f32[] @ models/lib/nn.yaml:80:7
%3709 = broadcast %3708 : f32[48] @ models/lib/nn.yaml:80:7
%3710 = mul %3698, %3709 : f32[48] @ models/lib/nn.yaml:80:7
%3711 = add %3710, %3706 : f32[48] @ models/lib/nn.yaml:80:7
%3712 = mul %3697, %3697 : f32[48] @ models/lib/nn.yaml:80:7
%3713 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3714 = cast %3713 : f32[] @ models/lib/nn.yaml:80:7
%3715 = broadcast %3714 : f32[48] @ models/lib/nn.yaml:80:7
%3716 = mul %3712, %3715 : f32[48] @ models/lib/nn.yaml:80:7
%3717 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3718 = cast %3717 : f32[] @ models/lib/nn.yaml:80:7
%3719 = broadcast %3718 : f32[48] @ models/lib/nn.yaml:80:7
%3720 = mul %3699, %3719 : f32[48] @ models/lib/nn.yaml:80:7
%3721 = add %3720, %3716 : f32[48] @ models/lib/nn.yaml:80:7
%3722 = cast %3702 : f64[] @ models/lib/nn.yaml:80:7
%3723 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3724 = pow %3723, %3722 : f64[] @ models/lib/nn.yaml:80:7
%3725 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3726 = sub %3725, %3724 : f64[] @ models/lib/nn.yaml:80:7
%3727 = div %2065, %3726 : f64[] @ models/lib/nn.yaml:80:7
%3728 = cast %3702 : f64[] @ models/lib/nn.yaml:80:7
%3729 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3730 = pow %3729, %3728 : f64[] @ models/lib/nn.yaml:80:7
%3731 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3732 = sub %3731, %3730 : f64[] @ models/lib/nn.yaml:80:7
%3733 = sqrt %3732 : f64[] @ models/lib/nn.yaml:80:7
%3734 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3735 = div %3734, %3733 : f64[] @ models/lib/nn.yaml:80:7
%3736 = sqrt %3721 : f32[48] @ models/lib/nn.yaml:80:7
%3737 = cast %3735 : f32[] @ models/lib/nn.yaml:80:7
%3738 = broadcast %3737 : f32[48] @ models/lib/nn.yaml:80:7
%3739 = mul %3736, %3738 : f32[48] @ models/lib/nn.yaml:80:7
%3740 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3741 = cast %3740 : f32[] @ models/lib/nn.yaml:80:7
%3742 = broadcast %3741 : f32[48] @ models/lib/nn.yaml:80:7
%3743 = add %3739, %3742 : f32[48] @ models/lib/nn.yaml:80:7
%3744 = div %3711, %3743 : f32[48] @ models/lib/nn.yaml:80:7
%3745 = cast %3727 : f32[] @ models/lib/nn.yaml:80:7
%3746 = broadcast %3745 : f32[48] @ models/lib/nn.yaml:80:7
%3747 = mul %3744, %3746 : f32[48] @ models/lib/nn.yaml:80:7
%3748 = sub %11, %3747 : f32[48] @ models/lib/nn.yaml:80:7
%3749 = assign %11, %3748 : f32[48] @ models/lib/nn.yaml:80:7
%3750 = assign %3698, %3711 : f32[48] @ models/lib/nn.yaml:80:7
%3751 = assign %3699, %3721 : f32[48] @ models/lib/nn.yaml:80:7
%3752 = assign %3700, %3702 : i64[] @ models/lib/nn.yaml:80:7
%3753 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%3754 = broadcast %3753 : f32[48] @ models/lib/nn.yaml:80:7
%3755 = mul %95, %3754 : f32[48] @ models/lib/nn.yaml:80:7
%3756 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3757 = sub %3756, %2067 : f64[] @ models/lib/nn.yaml:80:7
%3758 = cast %3757 : f32[] @ models/lib/nn.yaml:80:7
%3759 = broadcast %3758 : f32[48] @ models/lib/nn.yaml:80:7
%3760 = mul %3748, %3759 : f32[48] @ models/lib/nn.yaml:80:7
%3761 = add %3755, %3760 : f32[48] @ models/lib/nn.yaml:80:7
%3762 = assign %95, %3761 : f32[48] @ models/lib/nn.yaml:80:7
%3763 = all_reduce_sum %3189 : f32[16,16] @ models/lib/nn.yaml:79:7
%3764 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3765 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3766 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3767 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3768 = add %3766, %3767 : i64[] @ models/lib/nn.yaml:79:7
%3769 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%3770 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3771 = sub %3770, %3769 : f64[] @ models/lib/nn.yaml:79:7
%3772 = cast %3771 : f32[] @ models/lib/nn.yaml:79:7
%3773 = broadcast %3772 : f32[16,16] @ models/lib/nn.yaml:79:7
%3774 = mul %12, %3773 : f32[16,16] @ models/lib/nn.yaml:79:7
%3775 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3776 = cast %3775 : f32[] @ models/lib/nn.yaml:79:7
%3777 = broadcast %3776 : f32[16,16] @ models/lib/nn.yaml:79:7
%3778 = mul %3763, %3777 : f32[16,16] @ models/lib/nn.yaml:79:7
%3779 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3780 = cast %3779 : f32[] @ models/lib/nn.yaml:79:7
%3781 = broadcast %3780 : f32[16,16] @ models/lib/nn.yaml:79:7
%3782 = mul %3764, %3781 : f32[16,16] @ models/lib/nn.yaml:79:7
%3783 = add %3782, %3778 : f32[16,16] @ models/lib/nn.yaml:79:7
%3784 = mul %3763, %3763 : f32[16,16] @ models/lib/nn.yaml:79:7
%3785 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3786 = cast %3785 : f32[] @ models/lib/nn.yaml:79:7
%3787 = broadcast %3786 : f32[16,16] @ models/lib/nn.yaml:79:7
%3788 = mul %3784, %3787 : f32[16,16] @ models/lib/nn.yaml:79:7
%3789 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3790 = cast %3789 : f32[] @ models/lib/nn.yaml:79:7
%3791 = broadcast %3790 : f32[16,16] @ models/lib/nn.yaml:79:7
%3792 = mul %3765, %3791 : f32[16,16] @ models/lib/nn.yaml:79:7
%3793 = add %3792, %3788 : f32[16,16] @ models/lib/nn.yaml:79:7
%3794 = cast %3768 : f64[] @ models/lib/nn.yaml:79:7
%3795 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3796 = pow %3795, %3794 : f64[] @ models/lib/nn.yaml:79:7
%3797 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3798 = sub %3797, %3796 : f64[] @ models/lib/nn.yaml:79:7
%3799 = div %2065, %3798 : f64[] @ models/lib/nn.yaml:79:7
%3800 = cast %3768 : f64[] @ models/lib/nn.yaml:79:7
%3801 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3802 = pow %3801, %3800 : f64[] @ models/lib/nn.yaml:79:7
%3803 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3804 = sub %3803, %3802 : f64[] @ models/lib/nn.yaml:79:7
%3805 = sqrt %3804 : f64[] @ models/lib/nn.yaml:79:7
%3806 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3807 = div %3806, %3805 : f64[] @ models/lib/nn.yaml:79:7
%3808 = sqrt %3793 : f32[16,16] @ models/lib/nn.yaml:79:7
%3809 = cast %3807 : f32[] @ models/lib/nn.yaml:79:7
%3810 = broadcast %3809 : f32[16,16] @ models/lib/nn.yaml:79:7
%3811 = mul %3808, %3810 : f32[16,16] @ models/lib/nn.yaml:79:7
%3812 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3813 = cast %3812 : f32[] @ models/lib/nn.yaml:79:7
%3814 = broadcast %3813 : f32[16,16] @ models/lib/nn.yaml:79:7
%3815 = add %3811, %3814 : f32[16,16] @ models/lib/nn.yaml:79:7
%3816 = div %3783, %3815 : f32[16,16] @ models/lib/nn.yaml:79:7
%3817 = cast %3799 : f32[] @ models/lib/nn.yaml:79:7
%3818 = broadcast %3817 : f32[16,16] @ models/lib/nn.yaml:79:7
%3819 = mul %3816, %3818 : f32[16,16] @ models/lib/nn.yaml:79:7
%3820 = sub %3774, %3819 : f32[16,16] @ models/lib/nn.yaml:79:7
%3821 = assign %12, %3820 : f32[16,16] @ models/lib/nn.yaml:79:7
%3822 = assign %3764, %3783 : f32[16,16] @ models/lib/nn.yaml:79:7
%3823 = assign %3765, %3793 : f32[16,16] @ models/lib/nn.yaml:79:7
%3824 = assign %3766, %3768 : i64[] @ models/lib/nn.yaml:79:7
%3825 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%3826 = broadcast %3825 : f32[16,16] @ models/lib/nn.yaml:79:7
%3827 = mul %96, %3826 : f32[16,16] @ models/lib/nn.yaml:79:7
%3828 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3829 = sub %3828, %2067 : f64[] @ models/lib/nn.yaml:79:7
%3830 = cast %3829 : f32[] @ models/lib/nn.yaml:79:7
%3831 = broadcast %3830 : f32[16,16] @ models/lib/nn.yaml:79:7
%3832 = mul %3820, %3831 : f32[16,16] @ models/lib/nn.yaml:79:7
%3833 = add %3827, %3832 : f32[16,16] @ models/lib/nn.yaml:79:7
%3834 = assign %96, %3833 : f32[16,16] @ models/lib/nn.yaml:79:7
%3835 = all_reduce_sum %3185 : f32[16] @ models/lib/nn.yaml:80:7
%3836 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3837 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3838 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3839 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3840 = add %3838, %3839 : i64[] @ models/lib/nn.yaml:80:7
%3841 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3842 = cast %3841 : f32[] @ models/lib/nn.yaml:80:7
%3843 = broadcast %3842 : f32[16] @ models/lib/nn.yaml:80:7
%3844 = mul %3835, %3843 : f32[16] @ models/lib/nn.yaml:80:7
%3845 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3846 = cast %3845 : f32[] @ models/lib/nn.yaml:80:7
%3847 = broadcast %3846 : f32[16] @ models/lib/nn.yaml:80:7
%3848 = mul %3836, %3847 : f32[16] @ models/lib/nn.yaml:80:7
%3849 = add %3848, %3844 : f32[16] @ models/lib/nn.yaml:80:7
%3850 = mul %3835, %3835 : f32[16] @ models/lib/nn.yaml:80:7
%3851 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3852 = cast %3851 : f32[] @ models/lib/nn.yaml:80:7
%3853 = broadcast %3852 : f32[16] @ models/lib/nn.yaml:80:7
%3854 = mul %3850, %3853 : f32[16] @ models/lib/nn.yaml:80:7
%3855 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3856 = cast %3855 : f32[] @ models/lib/nn.yaml:80:7
%3857 = broadcast %3856 : f32[16] @ models/lib/nn.yaml:80:7
%3858 = mul %3837, %3857 : f32[16] @ models/lib/nn.yaml:80:7
%3859 = add %3858, %3854 : f32[16] @ models/lib/nn.yaml:80:7
%3860 = cast %3840 : f64[] @ models/lib/nn.yaml:80:7
%3861 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3862 = pow %3861, %3860 : f64[] @ models/lib/nn.yaml:80:7
%3863 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3864 = sub %3863, %3862 : f64[] @ models/lib/nn.yaml:80:7
%3865 = div %2065, %3864 : f64[] @ models/lib/nn.yaml:80:7
%3866 = cast %3840 : f64[] @ models/lib/nn.yaml:80:7
%3867 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3868 = pow %3867, %3866 : f64[] @ models/lib/nn.yaml:80:7
%3869 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3870 = sub %3869, %3868 : f64[] @ models/lib/nn.yaml:80:7
%3871 = sqrt %3870 : f64[] @ models/lib/nn.yaml:80:7
%3872 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3873 = div %3872, %3871 : f64[] @ models/lib/nn.yaml:80:7
%3874 = sqrt %3859 : f32[16] @ models/lib/nn.yaml:80:7
%3875 = cast %3873 : f32[] @ models/lib/nn.yaml:80:7
%3876 = broadcast %3875 : f32[16] @ models/lib/nn.yaml:80:7
%3877 = mul %3874, %3876 : f32[16] @ models/lib/nn.yaml:80:7
%3878 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3879 = cast %3878 : f32[] @ models/lib/nn.yaml:80:7
%3880 = broadcast %3879 : f32[16] @ models/lib/nn.yaml:80:7
%3881 = add %3877, %3880 : f32[16] @ models/lib/nn.yaml:80:7
%3882 = div %3849, %3881 : f32[16] @ models/lib/nn.yaml:80:7
%3883 = cast %3865 : f32[] @ models/lib/nn.yaml:80:7
%3884 = broadcast %3883 : f32[16] @ models/lib/nn.yaml:80:7
%3885 = mul %3882, %3884 : f32[16] @ models/lib/nn.yaml:80:7
%3886 = sub %13, %3885 : f32[16] @ models/lib/nn.yaml:80:7
%3887 = assign %13, %3886 : f32[16] @ models/lib/nn.yaml:80:7
%3888 = assign %3836, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%3889 = assign %3837, %3859 : f32[16] @ models/lib/nn.yaml:80:7
%3890 = assign %3838, %3840 : i64[] @ models/lib/nn.yaml:80:7
%3891 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%3892 = broadcast %3891 : f32[16] @ models/lib/nn.yaml:80:7
%3893 = mul %97, %3892 : f32[16] @ models/lib/nn.yaml:80:7
%3894 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3895 = sub %3894, %2067 : f64[] @ models/lib/nn.yaml:80:7
%3896 = cast %3895 : f32[] @ models/lib/nn.yaml:80:7
%3897 = broadcast %3896 : f32[16] @ models/lib/nn.yaml:80:7
%3898 = mul %3886, %3897 : f32[16] @ models/lib/nn.yaml:80:7
%3899 = add %3893, %3898 : f32[16] @ models/lib/nn.yaml:80:7
%3900 = assign %97, %3899 : f32[16] @ models/lib/nn.yaml:80:7
%3901 = all_reduce_sum %3160 : f32[16] @ models/lib/nn.yaml:89:7
%3902 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3903 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3904 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3905 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3906 = add %3904, %3905 : i64[] @ models/lib/nn.yaml:89:7
%3907 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3908 = cast %3907 : f32[] @ models/lib/nn.yaml:89:7
%3909 = broadcast %3908 : f32[16] @ models/lib/nn.yaml:89:7
%3910 = mul %3901, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%3911 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3912 = cast %3911 : f32[] @ models/lib/nn.yaml:89:7
%3913 = broadcast %3912 : f32[16] @ models/lib/nn.yaml:89:7
%3914 = mul %3902, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%3915 = add %3914, %3910 : f32[16] @ models/lib/nn.yaml:89:7
%3916 = mul %3901, %3901 : f32[16] @ models/lib/nn.yaml:89:7
%3917 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3918 = cast %3917 : f32[] @ models/lib/nn.yaml:89:7
%3919 = broadcast %3918 : f32[16] @ models/lib/nn.yaml:89:7
%3920 = mul %3916, %3919 : f32[16] @ models/lib/nn.yaml:89:7
%3921 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3922 = cast %3921 : f32[] @ models/lib/nn.yaml:89:7
%3923 = broadcast %3922 : f32[16] @ models/lib/nn.yaml:89:7
%3924 = mul %3903, %3923 : f32[16] @ models/lib/nn.yaml:89:7
%3925 = add %3924, %3920 : f32[16] @ models/lib/nn.yaml:89:7
%3926 = cast %3906 : f64[] @ models/lib/nn.yaml:89:7
%3927 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3928 = pow %3927, %3926 : f64[] @ models/lib/nn.yaml:89:7
%3929 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3930 = sub %3929, %3928 : f64[] @ models/lib/nn.yaml:89:7
%3931 = div %2065, %3930 : f64[] @ models/lib/nn.yaml:89:7
%3932 = cast %3906 : f64[] @ models/lib/nn.yaml:89:7
%3933 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3934 = pow %3933, %3932 : f64[] @ models/lib/nn.yaml:89:7
%3935 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3936 = sub %3935, %3934 : f64[] @ models/lib/nn.yaml:89:7
%3937 = sqrt %3936 : f64[] @ models/lib/nn.yaml:89:7
%3938 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3939 = div %3938, %3937 : f64[] @ models/lib/nn.yaml:89:7
%3940 = sqrt %3925 : f32[16] @ models/lib/nn.yaml:89:7
%3941 = cast %3939 : f32[] @ models/lib/nn.yaml:89:7
%3942 = broadcast %3941 : f32[16] @ models/lib/nn.yaml:89:7
%3943 = mul %3940, %3942 : f32[16] @ models/lib/nn.yaml:89:7
%3944 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3945 = cast %3944 : f32[] @ models/lib/nn.yaml:89:7
%3946 = broadcast %3945 : f32[16] @ models/lib/nn.yaml:89:7
%3947 = add %3943, %3946 : f32[16] @ models/lib/nn.yaml:89:7
%3948 = div %3915, %3947 : f32[16] @ models/lib/nn.yaml:89:7
%3949 = cast %3931 : f32[] @ models/lib/nn.yaml:89:7
%3950 = broadcast %3949 : f32[16] @ models/lib/nn.yaml:89:7
%3951 = mul %3948, %3950 : f32[16] @ models/lib/nn.yaml:89:7
%3952 = sub %14, %3951 : f32[16] @ models/lib/nn.yaml:89:7
%3953 = assign %14, %3952 : f32[16] @ models/lib/nn.yaml:89:7
%3954 = assign %3902, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%3955 = assign %3903, %3925 : f32[16] @ models/lib/nn.yaml:89:7
%3956 = assign %3904, %3906 : i64[] @ models/lib/nn.yaml:89:7
%3957 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%3958 = broadcast %3957 : f32[16] @ models/lib/nn.yaml:89:7
%3959 = mul %98, %3958 : f32[16] @ models/lib/nn.yaml:89:7
%3960 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3961 = sub %3960, %2067 : f64[] @ models/lib/nn.yaml:89:7
%3962 = cast %3961 : f32[] @ models/lib/nn.yaml:89:7
%3963 = broadcast %3962 : f32[16] @ models/lib/nn.yaml:89:7
%3964 = mul %3952, %3963 : f32[16] @ models/lib/nn.yaml:89:7
%3965 = add %3959, %3964 : f32[16] @ models/lib/nn.yaml:89:7
%3966 = assign %98, %3965 : f32[16] @ models/lib/nn.yaml:89:7
%3967 = all_reduce_sum %3156 : f32[16] @ models/lib/nn.yaml:90:7
%3968 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3969 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3970 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3971 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3972 = add %3970, %3971 : i64[] @ models/lib/nn.yaml:90:7
%3973 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3974 = cast %3973 : f32[] @ models/lib/nn.yaml:90:7
%3975 = broadcast %3974 : f32[16] @ models/lib/nn.yaml:90:7
%3976 = mul %3967, %3975 : f32[16] @ models/lib/nn.yaml:90:7
%3977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3978 = cast %3977 : f32[] @ models/lib/nn.yaml:90:7
%3979 = broadcast %3978 : f32[16] @ models/lib/nn.yaml:90:7
%3980 = mul %3968, %3979 : f32[16] @ models/lib/nn.yaml:90:7
%3981 = add %3980, %3976 : f32[16] @ models/lib/nn.yaml:90:7
%3982 = mul %3967, %3967 : f32[16] @ models/lib/nn.yaml:90:7
%3983 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3984 = cast %3983 : f32[] @ models/lib/nn.yaml:90:7
%3985 = broadcast %3984 : f32[16] @ models/lib/nn.yaml:90:7
%3986 = mul %3982, %3985 : f32[16] @ models/lib/nn.yaml:90:7
%3987 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3988 = cast %3987 : f32[] @ models/lib/nn.yaml:90:7
%3989 = broadcast %3988 : f32[16] @ models/lib/nn.yaml:90:7
%3990 = mul %3969, %3989 : f32[16] @ models/lib/nn.yaml:90:7
%3991 = add %3990, %3986 : f32[16] @ models/lib/nn.yaml:90:7
%3992 = cast %3972 : f64[] @ models/lib/nn.yaml:90:7
%3993 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3994 = pow %3993, %3992 : f64[] @ models/lib/nn.yaml:90:7
%3995 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3996 = sub %3995, %3994 : f64[] @ models/lib/nn.yaml:90:7
%3997 = div %2065, %3996 : f64[] @ models/lib/nn.yaml:90:7
%3998 = cast %3972 : f64[] @ models/lib/nn.yaml:90:7
%3999 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4000 = pow %3999, %3998 : f64[] @ models/lib/nn.yaml:90:7
%4001 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4002 = sub %4001, %4000 : f64[] @ models/lib/nn.yaml:90:7
%4003 = sqrt %4002 : f64[] @ models/lib/nn.yaml:90:7
%4004 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4005 = div %4004, %4003 : f64[] @ models/lib/nn.yaml:90:7
%4006 = sqrt %3991 : f32[16] @ models/lib/nn.yaml:90:7
%4007 = cast %4005 : f32[] @ models/lib/nn.yaml:90:7
%4008 = broadcast %4007 : f32[16] @ models/lib/nn.yaml:90:7
%4009 = mul %4006, %4008 : f32[16] @ models/lib/nn.yaml:90:7
%4010 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4011 = cast %4010 : f32[] @ models/lib/nn.yaml:90:7
%4012 = broadcast %4011 : f32[16] @ models/lib/nn.yaml:90:7
%4013 = add %4009, %4012 : f32[16] @ models/lib/nn.yaml:90:7
%4014 = div %3981, %4013 : f32[16] @ models/lib/nn.yaml:90:7
%4015 = cast %3997 : f32[] @ models/lib/nn.yaml:90:7
%4016 = broadcast %4015 : f32[16] @ models/lib/nn.yaml:90:7
%4017 = mul %4014, %4016 : f32[16] @ models/lib/nn.yaml:90:7
%4018 = sub %15, %4017 : f32[16] @ models/lib/nn.yaml:90:7
%4019 = assign %15, %4018 : f32[16] @ models/lib/nn.yaml:90:7
%4020 = assign %3968, %3981 : f32[16] @ models/lib/nn.yaml:90:7
%4021 = assign %3969, %3991 : f32[16] @ models/lib/nn.yaml:90:7
%4022 = assign %3970, %3972 : i64[] @ models/lib/nn.yaml:90:7
%4023 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%4024 = broadcast %4023 : f32[16] @ models/lib/nn.yaml:90:7
%4025 = mul %99, %4024 : f32[16] @ models/lib/nn.yaml:90:7
%4026 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4027 = sub %4026, %2067 : f64[] @ models/lib/nn.yaml:90:7
%4028 = cast %4027 : f32[] @ models/lib/nn.yaml:90:7
%4029 = broadcast %4028 : f32[16] @ models/lib/nn.yaml:90:7
%4030 = mul %4018, %4029 : f32[16] @ models/lib/nn.yaml:90:7
%4031 = add %4025, %4030 : f32[16] @ models/lib/nn.yaml:90:7
%4032 = assign %99, %4031 : f32[16] @ models/lib/nn.yaml:90:7
%4033 = all_reduce_sum %3152 : f32[64,16] @ models/lib/nn.yaml:79:7
%4034 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4035 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4036 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4037 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4038 = add %4036, %4037 : i64[] @ models/lib/nn.yaml:79:7
%4039 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4040 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4041 = sub %4040, %4039 : f64[] @ models/lib/nn.yaml:79:7
%4042 = cast %4041 : f32[] @ models/lib/nn.yaml:79:7
%4043 = broadcast %4042 : f32[64,16] @ models/lib/nn.yaml:79:7
%4044 = mul %16, %4043 : f32[64,16] @ models/lib/nn.yaml:79:7
%4045 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4046 = cast %4045 : f32[] @ models/lib/nn.yaml:79:7
%4047 = broadcast %4046 : f32[64,16] @ models/lib/nn.yaml:79:7
%4048 = mul %4033, %4047 : f32[64,16] @ models/lib/nn.yaml:79:7
%4049 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4050 = cast %4049 : f32[] @ models/lib/nn.yaml:79:7
%4051 = broadcast %4050 : f32[64,16] @ models/lib/nn.yaml:79:7
%4052 = mul %4034, %4051 : f32[64,16] @ models/lib/nn.yaml:79:7
%4053 = add %4052, %4048 : f32[64,16] @ models/lib/nn.yaml:79:7
%4054 = mul %4033, %4033 : f32[64,16] @ models/lib/nn.yaml:79:7
%4055 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4056 = cast %4055 : f32[] @ models/lib/nn.yaml:79:7
%4057 = broadcast %4056 : f32[64,16] @ models/lib/nn.yaml:79:7
%4058 = mul %4054, %4057 : f32[64,16] @ models/lib/nn.yaml:79:7
%4059 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4060 = cast %4059 : f32[] @ models/lib/nn.yaml:79:7
%4061 = broadcast %4060 : f32[64,16] @ models/lib/nn.yaml:79:7
%4062 = mul %4035, %4061 : f32[64,16] @ models/lib/nn.yaml:79:7
%4063 = add %4062, %4058 : f32[64,16] @ models/lib/nn.yaml:79:7
%4064 = cast %4038 : f64[] @ models/lib/nn.yaml:79:7
%4065 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4066 = pow %4065, %4064 : f64[] @ models/lib/nn.yaml:79:7
%4067 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4068 = sub %4067, %4066 : f64[] @ models/lib/nn.yaml:79:7
%4069 = div %2065, %4068 : f64[] @ models/lib/nn.yaml:79:7
%4070 = cast %4038 : f64[] @ models/lib/nn.yaml:79:7
%4071 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4072 = pow %4071, %4070 : f64[] @ models/lib/nn.yaml:79:7
%4073 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4074 = sub %4073, %4072 : f64[] @ models/lib/nn.yaml:79:7
%4075 = sqrt %4074 : f64[] @ models/lib/nn.yaml:79:7
%4076 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4077 = div %4076, %4075 : f64[] @ models/lib/nn.yaml:79:7
%4078 = sqrt %4063 : f32[64,16] @ models/lib/nn.yaml:79:7
%4079 = cast %4077 : f32[] @ models/lib/nn.yaml:79:7
%4080 = broadcast %4079 : f32[64,16] @ models/lib/nn.yaml:79:7
%4081 = mul %4078, %4080 : f32[64,16] @ models/lib/nn.yaml:79:7
%4082 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4083 = cast %4082 : f32[] @ models/lib/nn.yaml:79:7
%4084 = broadcast %4083 : f32[64,16] @ models/lib/nn.yaml:79:7
%4085 = add %4081, %4084 : f32[64,16] @ models/lib/nn.yaml:79:7
%4086 = div %4053, %4085 : f32[64,16] @ models/lib/nn.yaml:79:7
%4087 = cast %4069 : f32[] @ models/lib/nn.yaml:79:7
%4088 = broadcast %4087 : f32[64,16] @ models/lib/nn.yaml:79:7
%4089 = mul %4086, %4088 : f32[64,16] @ models/lib/nn.yaml:79:7
%4090 = sub %4044, %4089 : f32[64,16] @ models/lib/nn.yaml:79:7
%4091 = assign %16, %4090 : f32[64,16] @ models/lib/nn.yaml:79:7
%4092 = assign %4034, %4053 : f32[64,16] @ models/lib/nn.yaml:79:7
%4093 = assign %4035, %4063 : f32[64,16] @ models/lib/nn.yaml:79:7
%4094 = assign %4036, %4038 : i64[] @ models/lib/nn.yaml:79:7
%4095 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4096 = broadcast %4095 : f32[64,16] @ models/lib/nn.yaml:79:7
%4097 = mul %100, %4096 : f32[64,16] @ models/lib/nn.yaml:79:7
%4098 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4099 = sub %4098, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4100 = cast %4099 : f32[] @ models/lib/nn.yaml:79:7
%4101 = broadcast %4100 : f32[64,16] @ models/lib/nn.yaml:79:7
%4102 = mul %4090, %4101 : f32[64,16] @ models/lib/nn.yaml:79:7
%4103 = add %4097, %4102 : f32[64,16] @ models/lib/nn.yaml:79:7
%4104 = assign %100, %4103 : f32[64,16] @ models/lib/nn.yaml:79:7
%4105 = all_reduce_sum %3148 : f32[64] @ models/lib/nn.yaml:80:7
%4106 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4107 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4108 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4109 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4110 = add %4108, %4109 : i64[] @ models/lib/nn.yaml:80:7
%4111 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4112 = cast %4111 : f32[] @ models/lib/nn.yaml:80:7
%4113 = broadcast %4112 : f32[64] @ models/lib/nn.yaml:80:7
%4114 = mul %4105, %4113 : f32[64] @ models/lib/nn.yaml:80:7
%4115 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4116 = cast %4115 : f32[] @ models/lib/nn.yaml:80:7
%4117 = broadcast %4116 : f32[64] @ models/lib/nn.yaml:80:7
%4118 = mul %4106, %4117 : f32[64] @ models/lib/nn.yaml:80:7
%4119 = add %4118, %4114 : f32[64] @ models/lib/nn.yaml:80:7
%4120 = mul %4105, %4105 : f32[64] @ models/lib/nn.yaml:80:7
%4121 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4122 = cast %4121 : f32[] @ models/lib/nn.yaml:80:7
%4123 = broadcast %4122 : f32[64] @ models/lib/nn.yaml:80:7
%4124 = mul %4120, %4123 : f32[64] @ models/lib/nn.yaml:80:7
%4125 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4126 = cast %4125 : f32[] @ models/lib/nn.yaml:80:7
%4127 = broadcast %4126 : f32[64] @ models/lib/nn.yaml:80:7
%4128 = mul %4107, %4127 : f32[64] @ models/lib/nn.yaml:80:7
%4129 = add %4128, %4124 : f32[64] @ models/lib/nn.yaml:80:7
%4130 = cast %4110 : f64[] @ models/lib/nn.yaml:80:7
%4131 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4132 = pow %4131, %4130 : f64[] @ models/lib/nn.yaml:80:7
%4133 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4134 = sub %4133, %4132 : f64[] @ models/lib/nn.yaml:80:7
%4135 = div %2065, %4134 : f64[] @ models/lib/nn.yaml:80:7
%4136 = cast %4110 : f64[] @ models/lib/nn.yaml:80:7
%4137 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4138 = pow %4137, %4136 : f64[] @ models/lib/nn.yaml:80:7
%4139 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4140 = sub %4139, %4138 : f64[] @ models/lib/nn.yaml:80:7
%4141 = sqrt %4140 : f64[] @ models/lib/nn.yaml:80:7
%4142 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4143 = div %4142, %4141 : f64[] @ models/lib/nn.yaml:80:7
%4144 = sqrt %4129 : f32[64] @ models/lib/nn.yaml:80:7
%4145 = cast %4143 : f32[] @ models/lib/nn.yaml:80:7
%4146 = broadcast %4145 : f32[64] @ models/lib/nn.yaml:80:7
%4147 = mul %4144, %4146 : f32[64] @ models/lib/nn.yaml:80:7
%4148 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4149 = cast %4148 : f32[] @ models/lib/nn.yaml:80:7
%4150 = broadcast %4149 : f32[64] @ models/lib/nn.yaml:80:7
%4151 = add %4147, %4150 : f32[64] @ models/lib/nn.yaml:80:7
%4152 = div %4119, %4151 : f32[64] @ models/lib/nn.yaml:80:7
%4153 = cast %4135 : f32[] @ models/lib/nn.yaml:80:7
%4154 = broadcast %4153 : f32[64] @ models/lib/nn.yaml:80:7
%4155 = mul %4152, %4154 : f32[64] @ models/lib/nn.yaml:80:7
%4156 = sub %17, %4155 : f32[64] @ models/lib/nn.yaml:80:7
%4157 = assign %17, %4156 : f32[64] @ models/lib/nn.yaml:80:7
%4158 = assign %4106, %4119 : f32[64] @ models/lib/nn.yaml:80:7
%4159 = assign %4107, %4129 : f32[64] @ models/lib/nn.yaml:80:7
%4160 = assign %4108, %4110 : i64[] @ models/lib/nn.yaml:80:7
%4161 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4162 = broadcast %4161 : f32[64] @ models/lib/nn.yaml:80:7
%4163 = mul %101, %4162 : f32[64] @ models/lib/nn.yaml:80:7
%4164 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4165 = sub %4164, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4166 = cast %4165 : f32[] @ models/lib/nn.yaml:80:7
%4167 = broadcast %4166 : f32[64] @ models/lib/nn.yaml:80:7
%4168 = mul %4156, %4167 : f32[64] @ models/lib/nn.yaml:80:7
%4169 = add %4163, %4168 : f32[64] @ models/lib/nn.yaml:80:7
%4170 = assign %101, %4169 : f32[64] @ models/lib/nn.yaml:80:7
%4171 = all_reduce_sum %3132 : f32[16,64] @ models/lib/nn.yaml:79:7
%4172 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4173 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4174 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4175 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4176 = add %4174, %4175 : i64[] @ models/lib/nn.yaml:79:7
%4177 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4178 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4179 = sub %4178, %4177 : f64[] @ models/lib/nn.yaml:79:7
%4180 = cast %4179 : f32[] @ models/lib/nn.yaml:79:7
%4181 = broadcast %4180 : f32[16,64] @ models/lib/nn.yaml:79:7
%4182 = mul %18, %4181 : f32[16,64] @ models/lib/nn.yaml:79:7
%4183 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4184 = cast %4183 : f32[] @ models/lib/nn.yaml:79:7
%4185 = broadcast %4184 : f32[16,64] @ models/lib/nn.yaml:79:7
%4186 = mul %4171, %4185 : f32[16,64] @ models/lib/nn.yaml:79:7
%4187 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4188 = cast %4187 : f32[] @ models/lib/nn.yaml:79:7
%4189 = broadcast %4188 : f32[16,64] @ models/lib/nn.yaml:79:7
%4190 = mul %4172, %4189 : f32[16,64] @ models/lib/nn.yaml:79:7
%4191 = add %4190, %4186 : f32[16,64] @ models/lib/nn.yaml:79:7
%4192 = mul %4171, %4171 : f32[16,64] @ models/lib/nn.yaml:79:7
%4193 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4194 = cast %4193 : f32[] @ models/lib/nn.yaml:79:7
%4195 = broadcast %4194 : f32[16,64] @ models/lib/nn.yaml:79:7
%4196 = mul %4192, %4195 : f32[16,64] @ models/lib/nn.yaml:79:7
%4197 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4198 = cast %4197 : f32[] @ models/lib/nn.yaml:79:7
%4199 = broadcast %4198 : f32[16,64] @ models/lib/nn.yaml:79:7
%4200 = mul %4173, %4199 : f32[16,64] @ models/lib/nn.yaml:79:7
%4201 = add %4200, %4196 : f32[16,64] @ models/lib/nn.yaml:79:7
%4202 = cast %4176 : f64[] @ models/lib/nn.yaml:79:7
%4203 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4204 = pow %4203, %4202 : f64[] @ models/lib/nn.yaml:79:7
%4205 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4206 = sub %4205, %4204 : f64[] @ models/lib/nn.yaml:79:7
%4207 = div %2065, %4206 : f64[] @ models/lib/nn.yaml:79:7
%4208 = cast %4176 : f64[] @ models/lib/nn.yaml:79:7
%4209 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4210 = pow %4209, %4208 : f64[] @ models/lib/nn.yaml:79:7
%4211 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4212 = sub %4211, %4210 : f64[] @ models/lib/nn.yaml:79:7
%4213 = sqrt %4212 : f64[] @ models/lib/nn.yaml:79:7
%4214 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4215 = div %4214, %4213 : f64[] @ models/lib/nn.yaml:79:7
%4216 = sqrt %4201 : f32[16,64] @ models/lib/nn.yaml:79:7
%4217 = cast %4215 : f32[] @ models/lib/nn.yaml:79:7
%4218 = broadcast %4217 : f32[16,64] @ models/lib/nn.yaml:79:7
%4219 = mul %4216, %4218 : f32[16,64] @ models/lib/nn.yaml:79:7
%4220 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4221 = cast %4220 : f32[] @ models/lib/nn.yaml:79:7
%4222 = broadcast %4221 : f32[16,64] @ models/lib/nn.yaml:79:7
%4223 = add %4219, %4222 : f32[16,64] @ models/lib/nn.yaml:79:7
%4224 = div %4191, %4223 : f32[16,64] @ models/lib/nn.yaml:79:7
%4225 = cast %4207 : f32[] @ models/lib/nn.yaml:79:7
%4226 = broadcast %4225 : f32[16,64] @ models/lib/nn.yaml:79:7
%4227 = mul %4224, %4226 : f32[16,64] @ models/lib/nn.yaml:79:7
%4228 = sub %4182, %4227 : f32[16,64] @ models/lib/nn.yaml:79:7
%4229 = assign %18, %4228 : f32[16,64] @ models/lib/nn.yaml:79:7
%4230 = assign %4172, %4191 : f32[16,64] @ models/lib/nn.yaml:79:7
%4231 = assign %4173, %4201 : f32[16,64] @ models/lib/nn.yaml:79:7
%4232 = assign %4174, %4176 : i64[] @ models/lib/nn.yaml:79:7
%4233 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4234 = broadcast %4233 : f32[16,64] @ models/lib/nn.yaml:79:7
%4235 = mul %102, %4234 : f32[16,64] @ models/lib/nn.yaml:79:7
%4236 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4237 = sub %4236, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4238 = cast %4237 : f32[] @ models/lib/nn.yaml:79:7
%4239 = broadcast %4238 : f32[16,64] @ models/lib/nn.yaml:79:7
%4240 = mul %4228, %4239 : f32[16,64] @ models/lib/nn.yaml:79:7
%4241 = add %4235, %4240 : f32[16,64] @ models/lib/nn.yaml:79:7
%4242 = assign %102, %4241 : f32[16,64] @ models/lib/nn.yaml:79:7
%4243 = all_reduce_sum %3128 : f32[16] @ models/lib/nn.yaml:80:7
%4244 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4245 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4246 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4247 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4248 = add %4246, %4247 : i64[] @ models/lib/nn.yaml:80:7
%4249 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4250 = cast %4249 : f32[] @ models/lib/nn.yaml:80:7
%4251 = broadcast %4250 : f32[16] @ models/lib/nn.yaml:80:7
%4252 = mul %4243, %4251 : f32[16] @ models/lib/nn.yaml:80:7
%4253 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4254 = cast %4253 : f32[] @ models/lib/nn.yaml:80:7
%4255 = broadcast %4254 : f32[16] @ models/lib/nn.yaml:80:7
%4256 = mul %4244, %4255 : f32[16] @ models/lib/nn.yaml:80:7
%4257 = add %4256, %4252 : f32[16] @ models/lib/nn.yaml:80:7
%4258 = mul %4243, %4243 : f32[16] @ models/lib/nn.yaml:80:7
%4259 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4260 = cast %4259 : f32[] @ models/lib/nn.yaml:80:7
%4261 = broadcast %4260 : f32[16] @ models/lib/nn.yaml:80:7
%4262 = mul %4258, %4261 : f32[16] @ models/lib/nn.yaml:80:7
%4263 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4264 = cast %4263 : f32[] @ models/lib/nn.yaml:80:7
%4265 = broadcast %4264 : f32[16] @ models/lib/nn.yaml:80:7
%4266 = mul %4245, %4265 : f32[16] @ models/lib/nn.yaml:80:7
%4267 = add %4266, %4262 : f32[16] @ models/lib/nn.yaml:80:7
%4268 = cast %4248 : f64[] @ models/lib/nn.yaml:80:7
%4269 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4270 = pow %4269, %4268 : f64[] @ models/lib/nn.yaml:80:7
%4271 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4272 = sub %4271, %4270 : f64[] @ models/lib/nn.yaml:80:7
%4273 = div %2065, %4272 : f64[] @ models/lib/nn.yaml:80:7
%4274 = cast %4248 : f64[] @ models/lib/nn.yaml:80:7
%4275 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4276 = pow %4275, %4274 : f64[] @ models/lib/nn.yaml:80:7
%4277 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4278 = sub %4277, %4276 : f64[] @ models/lib/nn.yaml:80:7
%4279 = sqrt %4278 : f64[] @ models/lib/nn.yaml:80:7
%4280 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4281 = div %4280, %4279 : f64[] @ models/lib/nn.yaml:80:7
%4282 = sqrt %4267 : f32[16] @ models/lib/nn.yaml:80:7
%4283 = cast %4281 : f32[] @ models/lib/nn.yaml:80:7
%4284 = broadcast %4283 : f32[16] @ models/lib/nn.yaml:80:7
%4285 = mul %4282, %4284 : f32[16] @ models/lib/nn.yaml:80:7
%4286 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4287 = cast %4286 : f32[] @ models/lib/nn.yaml:80:7
%4288 = broadcast %4287 : f32[16] @ models/lib/nn.yaml:80:7
%4289 = add %4285, %4288 : f32[16] @ models/lib/nn.yaml:80:7
%4290 = div %4257, %4289 : f32[16] @ models/lib/nn.yaml:80:7
%4291 = cast %4273 : f32[] @ models/lib/nn.yaml:80:7
%4292 = broadcast %4291 : f32[16] @ models/lib/nn.yaml:80:7
%4293 = mul %4290, %4292 : f32[16] @ models/lib/nn.yaml:80:7
%4294 = sub %19, %4293 : f32[16] @ models/lib/nn.yaml:80:7
%4295 = assign %19, %4294 : f32[16] @ models/lib/nn.yaml:80:7
%4296 = assign %4244, %4257 : f32[16] @ models/lib/nn.yaml:80:7
%4297 = assign %4245, %4267 : f32[16] @ models/lib/nn.yaml:80:7
%4298 = assign %4246, %4248 : i64[] @ models/lib/nn.yaml:80:7
%4299 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4300 = broadcast %4299 : f32[16] @ models/lib/nn.yaml:80:7
%4301 = mul %103, %4300 : f32[16] @ models/lib/nn.yaml:80:7
%4302 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4303 = sub %4302, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4304 = cast %4303 : f32[] @ models/lib/nn.yaml:80:7
%4305 = broadcast %4304 : f32[16] @ models/lib/nn.yaml:80:7
%4306 = mul %4294, %4305 : f32[16] @ models/lib/nn.yaml:80:7
%4307 = add %4301, %4306 : f32[16] @ models/lib/nn.yaml:80:7
%4308 = assign %103, %4307 : f32[16] @ models/lib/nn.yaml:80:7
%4309 = all_reduce_sum %3103 : f32[16] @ models/lib/nn.yaml:89:7
%4310 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4311 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4312 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4313 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4314 = add %4312, %4313 : i64[] @ models/lib/nn.yaml:89:7
%4315 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4316 = cast %4315 : f32[] @ models/lib/nn.yaml:89:7
%4317 = broadcast %4316 : f32[16] @ models/lib/nn.yaml:89:7
%4318 = mul %4309, %4317 : f32[16] @ models/lib/nn.yaml:89:7
%4319 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4320 = cast %4319 : f32[] @ models/lib/nn.yaml:89:7
%4321 = broadcast %4320 : f32[16] @ models/lib/nn.yaml:89:7
%4322 = mul %4310, %4321 : f32[16] @ models/lib/nn.yaml:89:7
%4323 = add %4322, %4318 : f32[16] @ models/lib/nn.yaml:89:7
%4324 = mul %4309, %4309 : f32[16] @ models/lib/nn.yaml:89:7
%4325 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4326 = cast %4325 : f32[] @ models/lib/nn.yaml:89:7
%4327 = broadcast %4326 : f32[16] @ models/lib/nn.yaml:89:7
%4328 = mul %4324, %4327 : f32[16] @ models/lib/nn.yaml:89:7
%4329 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4330 = cast %4329 : f32[] @ models/lib/nn.yaml:89:7
%4331 = broadcast %4330 : f32[16] @ models/lib/nn.yaml:89:7
%4332 = mul %4311, %4331 : f32[16] @ models/lib/nn.yaml:89:7
%4333 = add %4332, %4328 : f32[16] @ models/lib/nn.yaml:89:7
%4334 = cast %4314 : f64[] @ models/lib/nn.yaml:89:7
%4335 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4336 = pow %4335, %4334 : f64[] @ models/lib/nn.yaml:89:7
%4337 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4338 = sub %4337, %4336 : f64[] @ models/lib/nn.yaml:89:7
%4339 = div %2065, %4338 : f64[] @ models/lib/nn.yaml:89:7
%4340 = cast %4314 : f64[] @ models/lib/nn.yaml:89:7
%4341 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4342 = pow %4341, %4340 : f64[] @ models/lib/nn.yaml:89:7
%4343 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4344 = sub %4343, %4342 : f64[] @ models/lib/nn.yaml:89:7
%4345 = sqrt %4344 : f64[] @ models/lib/nn.yaml:89:7
%4346 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4347 = div %4346, %4345 : f64[] @ models/lib/nn.yaml:89:7
%4348 = sqrt %4333 : f32[16] @ models/lib/nn.yaml:89:7
%4349 = cast %4347 : f32[] @ models/lib/nn.yaml:89:7
%4350 = broadcast %4349 : f32[16] @ models/lib/nn.yaml:89:7
%4351 = mul %4348, %4350 : f32[16] @ models/lib/nn.yaml:89:7
%4352 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4353 = cast %4352 : f32[] @ models/lib/nn.yaml:89:7
%4354 = broadcast %4353 : f32[16] @ models/lib/nn.yaml:89:7
%4355 = add %4351, %4354 : f32[16] @ models/lib/nn.yaml:89:7
%4356 = div %4323, %4355 : f32[16] @ models/lib/nn.yaml:89:7
%4357 = cast %4339 : f32[] @ models/lib/nn.yaml:89:7
%4358 = broadcast %4357 : f32[16] @ models/lib/nn.yaml:89:7
%4359 = mul %4356, %4358 : f32[16] @ models/lib/nn.yaml:89:7
%4360 = sub %20, %4359 : f32[16] @ models/lib/nn.yaml:89:7
%4361 = assign %20, %4360 : f32[16] @ models/lib/nn.yaml:89:7
%4362 = assign %4310, %4323 : f32[16] @ models/lib/nn.yaml:89:7
%4363 = assign %4311, %4333 : f32[16] @ models/lib/nn.yaml:89:7
%4364 = assign %4312, %4314 : i64[] @ models/lib/nn.yaml:89:7
%4365 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%4366 = broadcast %4365 : f32[16] @ models/lib/nn.yaml:89:7
%4367 = mul %104, %4366 : f32[16] @ models/lib/nn.yaml:89:7
%4368 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4369 = sub %4368, %2067 : f64[] @ models/lib/nn.yaml:89:7
%4370 = cast %4369 : f32[] @ models/lib/nn.yaml:89:7
%4371 = broadcast %4370 : f32[16] @ models/lib/nn.yaml:89:7
%4372 = mul %4360, %4371 : f32[16] @ models/lib/nn.yaml:89:7
%4373 = add %4367, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%4374 = assign %104, %4373 : f32[16] @ models/lib/nn.yaml:89:7
%4375 = all_reduce_sum %3099 : f32[16] @ models/lib/nn.yaml:90:7
%4376 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4377 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4378 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4379 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4380 = add %4378, %4379 : i64[] @ models/lib/nn.yaml:90:7
%4381 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4382 = cast %4381 : f32[] @ models/lib/nn.yaml:90:7
%4383 = broadcast %4382 : f32[16] @ models/lib/nn.yaml:90:7
%4384 = mul %4375, %4383 : f32[16] @ models/lib/nn.yaml:90:7
%4385 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4386 = cast %4385 : f32[] @ models/lib/nn.yaml:90:7
%4387 = broadcast %4386 : f32[16] @ models/lib/nn.yaml:90:7
%4388 = mul %4376, %4387 : f32[16] @ models/lib/nn.yaml:90:7
%4389 = add %4388, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%4390 = mul %4375, %4375 : f32[16] @ models/lib/nn.yaml:90:7
%4391 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4392 = cast %4391 : f32[] @ models/lib/nn.yaml:90:7
%4393 = broadcast %4392 : f32[16] @ models/lib/nn.yaml:90:7
%4394 = mul %4390, %4393 : f32[16] @ models/lib/nn.yaml:90:7
%4395 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4396 = cast %4395 : f32[] @ models/lib/nn.yaml:90:7
%4397 = broadcast %4396 : f32[16] @ models/lib/nn.yaml:90:7
%4398 = mul %4377, %4397 : f32[16] @ models/lib/nn.yaml:90:7
%4399 = add %4398, %4394 : f32[16] @ models/lib/nn.yaml:90:7
%4400 = cast %4380 : f64[] @ models/lib/nn.yaml:90:7
%4401 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4402 = pow %4401, %4400 : f64[] @ models/lib/nn.yaml:90:7
%4403 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4404 = sub %4403, %4402 : f64[] @ models/lib/nn.yaml:90:7
%4405 = div %2065, %4404 : f64[] @ models/lib/nn.yaml:90:7
%4406 = cast %4380 : f64[] @ models/lib/nn.yaml:90:7
%4407 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4408 = pow %4407, %4406 : f64[] @ models/lib/nn.yaml:90:7
%4409 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4410 = sub %4409, %4408 : f64[] @ models/lib/nn.yaml:90:7
%4411 = sqrt %4410 : f64[] @ models/lib/nn.yaml:90:7
%4412 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4413 = div %4412, %4411 : f64[] @ models/lib/nn.yaml:90:7
%4414 = sqrt %4399 : f32[16] @ models/lib/nn.yaml:90:7
%4415 = cast %4413 : f32[] @ models/lib/nn.yaml:90:7
%4416 = broadcast %4415 : f32[16] @ models/lib/nn.yaml:90:7
%4417 = mul %4414, %4416 : f32[16] @ models/lib/nn.yaml:90:7
%4418 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4419 = cast %4418 : f32[] @ models/lib/nn.yaml:90:7
%4420 = broadcast %4419 : f32[16] @ models/lib/nn.yaml:90:7
%4421 = add %4417, %4420 : f32[16] @ models/lib/nn.yaml:90:7
%4422 = div %4389, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%4423 = cast %4405 : f32[] @ models/lib/nn.yaml:90:7
%4424 = broadcast %4423 : f32[16] @ models/lib/nn.yaml:90:7
%4425 = mul %4422, %4424 : f32[16] @ models/lib/nn.yaml:90:7
%4426 = sub %21, %4425 : f32[16] @ models/lib/nn.yaml:90:7
%4427 = assign %21, %4426 : f32[16] @ models/lib/nn.yaml:90:7
%4428 = assign %4376, %4389 : f32[16] @ models/lib/nn.yaml:90:7
%4429 = assign %4377, %4399 : f32[16] @ models/lib/nn.yaml:90:7
%4430 = assign %4378, %4380 : i64[] @ models/lib/nn.yaml:90:7
%4431 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%4432 = broadcast %4431 : f32[16] @ models/lib/nn.yaml:90:7
%4433 = mul %105, %4432 : f32[16] @ models/lib/nn.yaml:90:7
%4434 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4435 = sub %4434, %2067 : f64[] @ models/lib/nn.yaml:90:7
%4436 = cast %4435 : f32[] @ models/lib/nn.yaml:90:7
%4437 = broadcast %4436 : f32[16] @ models/lib/nn.yaml:90:7
%4438 = mul %4426, %4437 : f32[16] @ models/lib/nn.yaml:90:7
%4439 = add %4433, %4438 : f32[16] @ models/lib/nn.yaml:90:7
%4440 = assign %105, %4439 : f32[16] @ models/lib/nn.yaml:90:7
%4441 = all_reduce_sum %3095 : f32[48,16] @ models/lib/nn.yaml:79:7
%4442 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4443 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4444 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4445 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4446 = add %4444, %4445 : i64[] @ models/lib/nn.yaml:79:7
%4447 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4448 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4449 = sub %4448, %4447 : f64[] @ models/lib/nn.yaml:79:7
%4450 = cast %4449 : f32[] @ models/lib/nn.yaml:79:7
%4451 = broadcast %4450 : f32[48,16] @ models/lib/nn.yaml:79:7
%4452 = mul %22, %4451 : f32[48,16] @ models/lib/nn.yaml:79:7
%4453 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4454 = cast %4453 : f32[] @ models/lib/nn.yaml:79:7
%4455 = broadcast %4454 : f32[48,16] @ models/lib/nn.yaml:79:7
%4456 = mul %4441, %4455 : f32[48,16] @ models/lib/nn.yaml:79:7
%4457 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4458 = cast %4457 : f32[] @ models/lib/nn.yaml:79:7
%4459 = broadcast %4458 : f32[48,16] @ models/lib/nn.yaml:79:7
%4460 = mul %4442, %4459 : f32[48,16] @ models/lib/nn.yaml:79:7
%4461 = add %4460, %4456 : f32[48,16] @ models/lib/nn.yaml:79:7
%4462 = mul %4441, %4441 : f32[48,16] @ models/lib/nn.yaml:79:7
%4463 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4464 = cast %4463 : f32[] @ models/lib/nn.yaml:79:7
%4465 = broadcast %4464 : f32[48,16] @ models/lib/nn.yaml:79:7
%4466 = mul %4462, %4465 : f32[48,16] @ models/lib/nn.yaml:79:7
%4467 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4468 = cast %4467 : f32[] @ models/lib/nn.yaml:79:7
%4469 = broadcast %4468 : f32[48,16] @ models/lib/nn.yaml:79:7
%4470 = mul %4443, %4469 : f32[48,16] @ models/lib/nn.yaml:79:7
%4471 = add %4470, %4466 : f32[48,16] @ models/lib/nn.yaml:79:7
%4472 = cast %4446 : f64[] @ models/lib/nn.yaml:79:7
%4473 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4474 = pow %4473, %4472 : f64[] @ models/lib/nn.yaml:79:7
%4475 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4476 = sub %4475, %4474 : f64[] @ models/lib/nn.yaml:79:7
%4477 = div %2065, %4476 : f64[] @ models/lib/nn.yaml:79:7
%4478 = cast %4446 : f64[] @ models/lib/nn.yaml:79:7
%4479 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4480 = pow %4479, %4478 : f64[] @ models/lib/nn.yaml:79:7
%4481 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4482 = sub %4481, %4480 : f64[] @ models/lib/nn.yaml:79:7
%4483 = sqrt %4482 : f64[] @ models/lib/nn.yaml:79:7
%4484 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4485 = div %4484, %4483 : f64[] @ models/lib/nn.yaml:79:7
%4486 = sqrt %4471 : f32[48,16] @ models/lib/nn.yaml:79:7
%4487 = cast %4485 : f32[] @ models/lib/nn.yaml:79:7
%4488 = broadcast %4487 : f32[48,16] @ models/lib/nn.yaml:79:7
%4489 = mul %4486, %4488 : f32[48,16] @ models/lib/nn.yaml:79:7
%4490 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4491 = cast %4490 : f32[] @ models/lib/nn.yaml:79:7
%4492 = broadcast %4491 : f32[48,16] @ models/lib/nn.yaml:79:7
%4493 = add %4489, %4492 : f32[48,16] @ models/lib/nn.yaml:79:7
%4494 = div %4461, %4493 : f32[48,16] @ models/lib/nn.yaml:79:7
%4495 = cast %4477 : f32[] @ models/lib/nn.yaml:79:7
%4496 = broadcast %4495 : f32[48,16] @ models/lib/nn.yaml:79:7
%4497 = mul %4494, %4496 : f32[48,16] @ models/lib/nn.yaml:79:7
%4498 = sub %4452, %4497 : f32[48,16] @ models/lib/nn.yaml:79:7
%4499 = assign %22, %4498 : f32[48,16] @ models/lib/nn.yaml:79:7
%4500 = assign %4442, %4461 : f32[48,16] @ models/lib/nn.yaml:79:7
%4501 = assign %4443, %4471 : f32[48,16] @ models/lib/nn.yaml:79:7
%4502 = assign %4444, %4446 : i64[] @ models/lib/nn.yaml:79:7
%4503 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4504 = broadcast %4503 : f32[48,16] @ models/lib/nn.yaml:79:7
%4505 = mul %106, %4504 : f32[48,16] @ models/lib/nn.yaml:79:7
%4506 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4507 = sub %4506, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4508 = cast %4507 : f32[] @ models/lib/nn.yaml:79:7
%4509 = broadcast %4508 : f32[48,16] @ models/lib/nn.yaml:79:7
%4510 = mul %4498, %4509 : f32[48,16] @ models/lib/nn.yaml:79:7
%4511 = add %4505, %4510 : f32[48,16] @ models/lib/nn.yaml:79:7
%4512 = assign %106, %4511 : f32[48,16] @ models/lib/nn.yaml:79:7
%4513 = all_reduce_sum %3091 : f32[48] @ models/lib/nn.yaml:80:7
%4514 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4515 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4516 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4517 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4518 = add %4516, %4517 : i64[] @ models/lib/nn.yaml:80:7
%4519 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4520 = cast %4519 : f32[] @ models/lib/nn.yaml:80:7
%4521 = broadcast %4520 : f32[48] @ models/lib/nn.yaml:80:7
%4522 = mul %4513, %4521 : f32[48] @ models/lib/nn.yaml:80:7
%4523 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4524 = cast %4523 : f32[] @ models/lib/nn.yaml:80:7
%4525 = broadcast %4524 : f32[48] @ models/lib/nn.yaml:80:7
%4526 = mul %4514, %4525 : f32[48] @ models/lib/nn.yaml:80:7
%4527 = add %4526, %4522 : f32[48] @ models/lib/nn.yaml:80:7
%4528 = mul %4513, %4513 : f32[48] @ models/lib/nn.yaml:80:7
%4529 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4530 = cast %4529 : f32[] @ models/lib/nn.yaml:80:7
%4531 = broadcast %4530 : f32[48] @ models/lib/nn.yaml:80:7
%4532 = mul %4528, %4531 : f32[48] @ models/lib/nn.yaml:80:7
%4533 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4534 = cast %4533 : f32[] @ models/lib/nn.yaml:80:7
%4535 = broadcast %4534 : f32[48] @ models/lib/nn.yaml:80:7
%4536 = mul %4515, %4535 : f32[48] @ models/lib/nn.yaml:80:7
%4537 = add %4536, %4532 : f32[48] @ models/lib/nn.yaml:80:7
%4538 = cast %4518 : f64[] @ models/lib/nn.yaml:80:7
%4539 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4540 = pow %4539, %4538 : f64[] @ models/lib/nn.yaml:80:7
%4541 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4542 = sub %4541, %4540 : f64[] @ models/lib/nn.yaml:80:7
%4543 = div %2065, %4542 : f64[] @ models/lib/nn.yaml:80:7
%4544 = cast %4518 : f64[] @ models/lib/nn.yaml:80:7
%4545 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4546 = pow %4545, %4544 : f64[] @ models/lib/nn.yaml:80:7
%4547 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4548 = sub %4547, %4546 : f64[] @ models/lib/nn.yaml:80:7
%4549 = sqrt %4548 : f64[] @ models/lib/nn.yaml:80:7
%4550 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4551 = div %4550, %4549 : f64[] @ models/lib/nn.yaml:80:7
%4552 = sqrt %4537 : f32[48] @ models/lib/nn.yaml:80:7
%4553 = cast %4551 : f32[] @ models/lib/nn.yaml:80:7
%4554 = broadcast %4553 : f32[48] @ models/lib/nn.yaml:80:7
%4555 = mul %4552, %4554 : f32[48] @ models/lib/nn.yaml:80:7
%4556 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4557 = cast %4556 : f32[] @ models/lib/nn.yaml:80:7
%4558 = broadcast %4557 : f32[48] @ models/lib/nn.yaml:80:7
%4559 = add %4555, %4558 : f32[48] @ models/lib/nn.yaml:80:7
%4560 = div %4527, %4559 : f32[48] @ models/lib/nn.yaml:80:7
%4561 = cast %4543 : f32[] @ models/lib/nn.yaml:80:7
%4562 = broadcast %4561 : f32[48] @ models/lib/nn.yaml:80:7
%4563 = mul %4560, %4562 : f32[48] @ models/lib/nn.yaml:80:7
%4564 = sub %23, %4563 : f32[48] @ models/lib/nn.yaml:80:7
%4565 = assign %23, %4564 : f32[48] @ models/lib/nn.yaml:80:7
%4566 = assign %4514, %4527 : f32[48] @ models/lib/nn.yaml:80:7
%4567 = assign %4515, %4537 : f32[48] @ models/lib/nn.yaml:80:7
%4568 = assign %4516, %4518 : i64[] @ models/lib/nn.yaml:80:7
%4569 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4570 = broadcast %4569 : f32[48] @ models/lib/nn.yaml:80:7
%4571 = mul %107, %4570 : f32[48] @ models/lib/nn.yaml:80:7
%4572 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4573 = sub %4572, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4574 = cast %4573 : f32[] @ models/lib/nn.yaml:80:7
%4575 = broadcast %4574 : f32[48] @ models/lib/nn.yaml:80:7
%4576 = mul %4564, %4575 : f32[48] @ models/lib/nn.yaml:80:7
%4577 = add %4571, %4576 : f32[48] @ models/lib/nn.yaml:80:7
%4578 = assign %107, %4577 : f32[48] @ models/lib/nn.yaml:80:7
%4579 = all_reduce_sum %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4580 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4581 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4582 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4583 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4584 = add %4582, %4583 : i64[] @ models/lib/nn.yaml:79:7
%4585 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4586 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4587 = sub %4586, %4585 : f64[] @ models/lib/nn.yaml:79:7
%4588 = cast %4587 : f32[] @ models/lib/nn.yaml:79:7
%4589 = broadcast %4588 : f32[16,16] @ models/lib/nn.yaml:79:7
%4590 = mul %24, %4589 : f32[16,16] @ models/lib/nn.yaml:79:7
%4591 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4592 = cast %4591 : f32[] @ models/lib/nn.yaml:79:7
%4593 = broadcast %4592 : f32[16,16] @ models/lib/nn.yaml:79:7
%4594 = mul %4579, %4593 : f32[16,16] @ models/lib/nn.yaml:79:7
%4595 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4596 = cast %4595 : f32[] @ models/lib/nn.yaml:79:7
%4597 = broadcast %4596 : f32[16,16] @ models/lib/nn.yaml:79:7
%4598 = mul %4580, %4597 : f32[16,16] @ models/lib/nn.yaml:79:7
%4599 = add %4598, %4594 : f32[16,16] @ models/lib/nn.yaml:79:7
%4600 = mul %4579, %4579 : f32[16,16] @ models/lib/nn.yaml:79:7
%4601 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4602 = cast %4601 : f32[] @ models/lib/nn.yaml:79:7
%4603 = broadcast %4602 : f32[16,16] @ models/lib/nn.yaml:79:7
%4604 = mul %4600, %4603 : f32[16,16] @ models/lib/nn.yaml:79:7
%4605 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4606 = cast %4605 : f32[] @ models/lib/nn.yaml:79:7
%4607 = broadcast %4606 : f32[16,16] @ models/lib/nn.yaml:79:7
%4608 = mul %4581, %4607 : f32[16,16] @ models/lib/nn.yaml:79:7
%4609 = add %4608, %4604 : f32[16,16] @ models/lib/nn.yaml:79:7
%4610 = cast %4584 : f64[] @ models/lib/nn.yaml:79:7
%4611 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4612 = pow %4611, %4610 : f64[] @ models/lib/nn.yaml:79:7
%4613 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4614 = sub %4613, %4612 : f64[] @ models/lib/nn.yaml:79:7
%4615 = div %2065, %4614 : f64[] @ models/lib/nn.yaml:79:7
%4616 = cast %4584 : f64[] @ models/lib/nn.yaml:79:7
%4617 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4618 = pow %4617, %4616 : f64[] @ models/lib/nn.yaml:79:7
%4619 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4620 = sub %4619, %4618 : f64[] @ models/lib/nn.yaml:79:7
%4621 = sqrt %4620 : f64[] @ models/lib/nn.yaml:79:7
%4622 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4623 = div %4622, %4621 : f64[] @ models/lib/nn.yaml:79:7
%4624 = sqrt %4609 : f32[16,16] @ models/lib/nn.yaml:79:7
%4625 = cast %4623 : f32[] @ models/lib/nn.yaml:79:7
%4626 = broadcast %4625 : f32[16,16] @ models/lib/nn.yaml:79:7
%4627 = mul %4624, %4626 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4629 = cast %4628 : f32[] @ models/lib/nn.yaml:79:7
%4630 = broadcast %4629 : f32[16,16] @ models/lib/nn.yaml:79:7
%4631 = add %4627, %4630 : f32[16,16] @ models/lib/nn.yaml:79:7
%4632 = div %4599, %4631 : f32[16,16] @ models/lib/nn.yaml:79:7
%4633 = cast %4615 : f32[] @ models/lib/nn.yaml:79:7
%4634 = broadcast %4633 : f32[16,16] @ models/lib/nn.yaml:79:7
%4635 = mul %4632, %4634 : f32[16,16] @ models/lib/nn.yaml:79:7
%4636 = sub %4590, %4635 : f32[16,16] @ models/lib/nn.yaml:79:7
%4637 = assign %24, %4636 : f32[16,16] @ models/lib/nn.yaml:79:7
%4638 = assign %4580, %4599 : f32[16,16] @ models/lib/nn.yaml:79:7
%4639 = assign %4581, %4609 : f32[16,16] @ models/lib/nn.yaml:79:7
%4640 = assign %4582, %4584 : i64[] @ models/lib/nn.yaml:79:7
%4641 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4642 = broadcast %4641 : f32[16,16] @ models/lib/nn.yaml:79:7
%4643 = mul %108, %4642 : f32[16,16] @ models/lib/nn.yaml:79:7
%4644 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4645 = sub %4644, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4646 = cast %4645 : f32[] @ models/lib/nn.yaml:79:7
%4647 = broadcast %4646 : f32[16,16] @ models/lib/nn.yaml:79:7
%4648 = mul %4636, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%4649 = add %4643, %4648 : f32[16,16] @ models/lib/nn.yaml:79:7
%4650 = assign %108, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%4651 = all_reduce_sum %3036 : f32[16] @ models/lib/nn.yaml:80:7
%4652 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4653 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4654 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4655 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4656 = add %4654, %4655 : i64[] @ models/lib/nn.yaml:80:7
%4657 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4658 = cast %4657 : f32[] @ models/lib/nn.yaml:80:7
%4659 = broadcast %4658 : f32[16] @ models/lib/nn.yaml:80:7
%4660 = mul %4651, %4659 : f32[16] @ models/lib/nn.yaml:80:7
%4661 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4662 = cast %4661 : f32[] @ models/lib/nn.yaml:80:7
%4663 = broadcast %4662 : f32[16] @ models/lib/nn.yaml:80:7
%4664 = mul %4652, %4663 : f32[16] @ models/lib/nn.yaml:80:7
%4665 = add %4664, %4660 : f32[16] @ models/lib/nn.yaml:80:7
%4666 = mul %4651, %4651 : f32[16] @ models/lib/nn.yaml:80:7
%4667 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4668 = cast %4667 : f32[] @ models/lib/nn.yaml:80:7
%4669 = broadcast %4668 : f32[16] @ models/lib/nn.yaml:80:7
%4670 = mul %4666, %4669 : f32[16] @ models/lib/nn.yaml:80:7
%4671 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4672 = cast %4671 : f32[] @ models/lib/nn.yaml:80:7
%4673 = broadcast %4672 : f32[16] @ models/lib/nn.yaml:80:7
%4674 = mul %4653, %4673 : f32[16] @ models/lib/nn.yaml:80:7
%4675 = add %4674, %4670 : f32[16] @ models/lib/nn.yaml:80:7
%4676 = cast %4656 : f64[] @ models/lib/nn.yaml:80:7
%4677 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4678 = pow %4677, %4676 : f64[] @ models/lib/nn.yaml:80:7
%4679 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4680 = sub %4679, %4678 : f64[] @ models/lib/nn.yaml:80:7
%4681 = div %2065, %4680 : f64[] @ models/lib/nn.yaml:80:7
%4682 = cast %4656 : f64[] @ models/lib/nn.yaml:80:7
%4683 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4684 = pow %4683, %4682 : f64[] @ models/lib/nn.yaml:80:7
%4685 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4686 = sub %4685, %4684 : f64[] @ models/lib/nn.yaml:80:7
%4687 = sqrt %4686 : f64[] @ models/lib/nn.yaml:80:7
%4688 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4689 = div %4688, %4687 : f64[] @ models/lib/nn.yaml:80:7
%4690 = sqrt %4675 : f32[16] @ models/lib/nn.yaml:80:7
%4691 = cast %4689 : f32[] @ models/lib/nn.yaml:80:7
%4692 = broadcast %4691 : f32[16] @ models/lib/nn.yaml:80:7
%4693 = mul %4690, %4692 : f32[16] @ models/lib/nn.yaml:80:7
%4694 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4695 = cast %4694 : f32[] @ models/lib/nn.yaml:80:7
%4696 = broadcast %4695 : f32[16] @ models/lib/nn.yaml:80:7
%4697 = add %4693, %4696 : f32[16] @ models/lib/nn.yaml:80:7
%4698 = div %4665, %4697 : f32[16] @ models/lib/nn.yaml:80:7
%4699 = cast %4681 : f32[] @ models/lib/nn.yaml:80:7
%4700 = broadcast %4699 : f32[16] @ models/lib/nn.yaml:80:7
%4701 = mul %4698, %4700 : f32[16] @ models/lib/nn.yaml:80:7
%4702 = sub %25, %4701 : f32[16] @ models/lib/nn.yaml:80:7
%4703 = assign %25, %4702 : f32[16] @ models/lib/nn.yaml:80:7
%4704 = assign %4652, %4665 : f32[16] @ models/lib/nn.yaml:80:7
%4705 = assign %4653, %4675 : f32[16] @ models/lib/nn.yaml:80:7
%4706 = assign %4654, %4656 : i64[] @ models/lib/nn.yaml:80:7
%4707 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4708 = broadcast %4707 : f32[16] @ models/lib/nn.yaml:80:7
%4709 = mul %109, %4708 : f32[16] @ models/lib/nn.yaml:80:7
%4710 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4711 = sub %4710, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4712 = cast %4711 : f32[] @ models/lib/nn.yaml:80:7
%4713 = broadcast %4712 : f32[16] @ models/lib/nn.yaml:80:7
%4714 = mul %4702, %4713 : f32[16] @ models/lib/nn.yaml:80:7
%4715 = add %4709, %4714 : f32[16] @ models/lib/nn.yaml:80:7
%4716 = assign %109, %4715 : f32[16] @ models/lib/nn.yaml:80:7
%4717 = all_reduce_sum %3009 : f32[16] @ models/lib/nn.yaml:89:7
%4718 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4719 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4720 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4721 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4722 = add %4720, %4721 : i64[] @ models/lib/nn.yaml:89:7
%4723 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4724 = cast %4723 : f32[] @ models/lib/nn.yaml:89:7
%4725 = broadcast %4724 : f32[16] @ models/lib/nn.yaml:89:7
%4726 = mul %4717, %4725 : f32[16] @ models/lib/nn.yaml:89:7
%4727 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4728 = cast %4727 : f32[] @ models/lib/nn.yaml:89:7
%4729 = broadcast %4728 : f32[16] @ models/lib/nn.yaml:89:7
%4730 = mul %4718, %4729 : f32[16] @ models/lib/nn.yaml:89:7
%4731 = add %4730, %4726 : f32[16] @ models/lib/nn.yaml:89:7
%4732 = mul %4717, %4717 : f32[16] @ models/lib/nn.yaml:89:7
%4733 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4734 = cast %4733 : f32[] @ models/lib/nn.yaml:89:7
%4735 = broadcast %4734 : f32[16] @ models/lib/nn.yaml:89:7
%4736 = mul %4732, %4735 : f32[16] @ models/lib/nn.yaml:89:7
%4737 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4738 = cast %4737 : f32[] @ models/lib/nn.yaml:89:7
%4739 = broadcast %4738 : f32[16] @ models/lib/nn.yaml:89:7
%4740 = mul %4719, %4739 : f32[16] @ models/lib/nn.yaml:89:7
%4741 = add %4740, %4736 : f32[16] @ models/lib/nn.yaml:89:7
%4742 = cast %4722 : f64[] @ models/lib/nn.yaml:89:7
%4743 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4744 = pow %4743, %4742 : f64[] @ models/lib/nn.yaml:89:7
%4745 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4746 = sub %4745, %4744 : f64[] @ models/lib/nn.yaml:89:7
%4747 = div %2065, %4746 : f64[] @ models/lib/nn.yaml:89:7
%4748 = cast %4722 : f64[] @ models/lib/nn.yaml:89:7
%4749 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4750 = pow %4749, %4748 : f64[] @ models/lib/nn.yaml:89:7
%4751 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4752 = sub %4751, %4750 : f64[] @ models/lib/nn.yaml:89:7
%4753 = sqrt %4752 : f64[] @ models/lib/nn.yaml:89:7
%4754 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4755 = div %4754, %4753 : f64[] @ models/lib/nn.yaml:89:7
%4756 = sqrt %4741 : f32[16] @ models/lib/nn.yaml:89:7
%4757 = cast %4755 : f32[] @ models/lib/nn.yaml:89:7
%4758 = broadcast %4757 : f32[16] @ models/lib/nn.yaml:89:7
%4759 = mul %4756, %4758 : f32[16] @ models/lib/nn.yaml:89:7
%4760 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4761 = cast %4760 : f32[] @ models/lib/nn.yaml:89:7
%4762 = broadcast %4761 : f32[16] @ models/lib/nn.yaml:89:7
%4763 = add %4759, %4762 : f32[16] @ models/lib/nn.yaml:89:7
%4764 = div %4731, %4763 : f32[16] @ models/lib/nn.yaml:89:7
%4765 = cast %4747 : f32[] @ models/lib/nn.yaml:89:7
%4766 = broadcast %4765 : f32[16] @ models/lib/nn.yaml:89:7
%4767 = mul %4764, %4766 : f32[16] @ models/lib/nn.yaml:89:7
%4768 = sub %26, %4767 : f32[16] @ models/lib/nn.yaml:89:7
%4769 = assign %26, %4768 : f32[16] @ models/lib/nn.yaml:89:7
%4770 = assign %4718, %4731 : f32[16] @ models/lib/nn.yaml:89:7
%4771 = assign %4719, %4741 : f32[16] @ models/lib/nn.yaml:89:7
%4772 = assign %4720, %4722 : i64[] @ models/lib/nn.yaml:89:7
%4773 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%4774 = broadcast %4773 : f32[16] @ models/lib/nn.yaml:89:7
%4775 = mul %110, %4774 : f32[16] @ models/lib/nn.yaml:89:7
%4776 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4777 = sub %4776, %2067 : f64[] @ models/lib/nn.yaml:89:7
%4778 = cast %4777 : f32[] @ models/lib/nn.yaml:89:7
%4779 = broadcast %4778 : f32[16] @ models/lib/nn.yaml:89:7
%4780 = mul %4768, %4779 : f32[16] @ models/lib/nn.yaml:89:7
%4781 = add %4775, %4780 : f32[16] @ models/lib/nn.yaml:89:7
%4782 = assign %110, %4781 : f32[16] @ models/lib/nn.yaml:89:7
%4783 = all_reduce_sum %3005 : f32[16] @ models/lib/nn.yaml:90:7
%4784 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4785 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4786 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4787 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4788 = add %4786, %4787 : i64[] @ models/lib/nn.yaml:90:7
%4789 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4790 = cast %4789 : f32[] @ models/lib/nn.yaml:90:7
%4791 = broadcast %4790 : f32[16] @ models/lib/nn.yaml:90:7
%4792 = mul %4783, %4791 : f32[16] @ models/lib/nn.yaml:90:7
%4793 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4794 = cast %4793 : f32[] @ models/lib/nn.yaml:90:7
%4795 = broadcast %4794 : f32[16] @ models/lib/nn.yaml:90:7
%4796 = mul %4784, %4795 : f32[16] @ models/lib/nn.yaml:90:7
%4797 = add %4796, %4792 : f32[16] @ models/lib/nn.yaml:90:7
%4798 = mul %4783, %4783 : f32[16] @ models/lib/nn.yaml:90:7
%4799 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4800 = cast %4799 : f32[] @ models/lib/nn.yaml:90:7
%4801 = broadcast %4800 : f32[16] @ models/lib/nn.yaml:90:7
%4802 = mul %4798, %4801 : f32[16] @ models/lib/nn.yaml:90:7
%4803 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4804 = cast %4803 : f32[] @ models/lib/nn.yaml:90:7
%4805 = broadcast %4804 : f32[16] @ models/lib/nn.yaml:90:7
%4806 = mul %4785, %4805 : f32[16] @ models/lib/nn.yaml:90:7
%4807 = add %4806, %4802 : f32[16] @ models/lib/nn.yaml:90:7
%4808 = cast %4788 : f64[] @ models/lib/nn.yaml:90:7
%4809 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4810 = pow %4809, %4808 : f64[] @ models/lib/nn.yaml:90:7
%4811 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4812 = sub %4811, %4810 : f64[] @ models/lib/nn.yaml:90:7
%4813 = div %2065, %4812 : f64[] @ models/lib/nn.yaml:90:7
%4814 = cast %4788 : f64[] @ models/lib/nn.yaml:90:7
%4815 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4816 = pow %4815, %4814 : f64[] @ models/lib/nn.yaml:90:7
%4817 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4818 = sub %4817, %4816 : f64[] @ models/lib/nn.yaml:90:7
%4819 = sqrt %4818 : f64[] @ models/lib/nn.yaml:90:7
%4820 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4821 = div %4820, %4819 : f64[] @ models/lib/nn.yaml:90:7
%4822 = sqrt %4807 : f32[16] @ models/lib/nn.yaml:90:7
%4823 = cast %4821 : f32[] @ models/lib/nn.yaml:90:7
%4824 = broadcast %4823 : f32[16] @ models/lib/nn.yaml:90:7
%4825 = mul %4822, %4824 : f32[16] @ models/lib/nn.yaml:90:7
%4826 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4827 = cast %4826 : f32[] @ models/lib/nn.yaml:90:7
%4828 = broadcast %4827 : f32[16] @ models/lib/nn.yaml:90:7
%4829 = add %4825, %4828 : f32[16] @ models/lib/nn.yaml:90:7
%4830 = div %4797, %4829 : f32[16] @ models/lib/nn.yaml:90:7
%4831 = cast %4813 : f32[] @ models/lib/nn.yaml:90:7
%4832 = broadcast %4831 : f32[16] @ models/lib/nn.yaml:90:7
%4833 = mul %4830, %4832 : f32[16] @ models/lib/nn.yaml:90:7
%4834 = sub %27, %4833 : f32[16] @ models/lib/nn.yaml:90:7
%4835 = assign %27, %4834 : f32[16] @ models/lib/nn.yaml:90:7
%4836 = assign %4784, %4797 : f32[16] @ models/lib/nn.yaml:90:7
%4837 = assign %4785, %4807 : f32[16] @ models/lib/nn.yaml:90:7
%4838 = assign %4786, %4788 : i64[] @ models/lib/nn.yaml:90:7
%4839 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%4840 = broadcast %4839 : f32[16] @ models/lib/nn.yaml:90:7
%4841 = mul %111, %4840 : f32[16] @ models/lib/nn.yaml:90:7
%4842 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4843 = sub %4842, %2067 : f64[] @ models/lib/nn.yaml:90:7
%4844 = cast %4843 : f32[] @ models/lib/nn.yaml:90:7
%4845 = broadcast %4844 : f32[16] @ models/lib/nn.yaml:90:7
%4846 = mul %4834, %4845 : f32[16] @ models/lib/nn.yaml:90:7
%4847 = add %4841, %4846 : f32[16] @ models/lib/nn.yaml:90:7
%4848 = assign %111, %4847 : f32[16] @ models/lib/nn.yaml:90:7
%4849 = all_reduce_sum %3001 : f32[64,16] @ models/lib/nn.yaml:79:7
%4850 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4851 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4852 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4853 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4854 = add %4852, %4853 : i64[] @ models/lib/nn.yaml:79:7
%4855 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4856 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4857 = sub %4856, %4855 : f64[] @ models/lib/nn.yaml:79:7
%4858 = cast %4857 : f32[] @ models/lib/nn.yaml:79:7
%4859 = broadcast %4858 : f32[64,16] @ models/lib/nn.yaml:79:7
%4860 = mul %28, %4859 : f32[64,16] @ models/lib/nn.yaml:79:7
%4861 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4862 = cast %4861 : f32[] @ models/lib/nn.yaml:79:7
%4863 = broadcast %4862 : f32[64,16] @ models/lib/nn.yaml:79:7
%4864 = mul %4849, %4863 : f32[64,16] @ models/lib/nn.yaml:79:7
%4865 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4866 = cast %4865 : f32[] @ models/lib/nn.yaml:79:7
%4867 = broadcast %4866 : f32[64,16] @ models/lib/nn.yaml:79:7
%4868 = mul %4850, %4867 : f32[64,16] @ models/lib/nn.yaml:79:7
%4869 = add %4868, %4864 : f32[64,16] @ models/lib/nn.yaml:79:7
%4870 = mul %4849, %4849 : f32[64,16] @ models/lib/nn.yaml:79:7
%4871 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4872 = cast %4871 : f32[] @ models/lib/nn.yaml:79:7
%4873 = broadcast %4872 : f32[64,16] @ models/lib/nn.yaml:79:7
%4874 = mul %4870, %4873 : f32[64,16] @ models/lib/nn.yaml:79:7
%4875 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4876 = cast %4875 : f32[] @ models/lib/nn.yaml:79:7
%4877 = broadcast %4876 : f32[64,16] @ models/lib/nn.yaml:79:7
%4878 = mul %4851, %4877 : f32[64,16] @ models/lib/nn.yaml:79:7
%4879 = add %4878, %4874 : f32[64,16] @ models/lib/nn.yaml:79:7
%4880 = cast %4854 : f64[] @ models/lib/nn.yaml:79:7
%4881 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4882 = pow %4881, %4880 : f64[] @ models/lib/nn.yaml:79:7
%4883 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4884 = sub %4883, %4882 : f64[] @ models/lib/nn.yaml:79:7
%4885 = div %2065, %4884 : f64[] @ models/lib/nn.yaml:79:7
%4886 = cast %4854 : f64[] @ models/lib/nn.yaml:79:7
%4887 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4888 = pow %4887, %4886 : f64[] @ models/lib/nn.yaml:79:7
%4889 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4890 = sub %4889, %4888 : f64[] @ models/lib/nn.yaml:79:7
%4891 = sqrt %4890 : f64[] @ models/lib/nn.yaml:79:7
%4892 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4893 = div %4892, %4891 : f64[] @ models/lib/nn.yaml:79:7
%4894 = sqrt %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%4895 = cast %4893 : f32[] @ models/lib/nn.yaml:79:7
%4896 = broadcast %4895 : f32[64,16] @ models/lib/nn.yaml:79:7
%4897 = mul %4894, %4896 : f32[64,16] @ models/lib/nn.yaml:79:7
%4898 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4899 = cast %4898 : f32[] @ models/lib/nn.yaml:79:7
%4900 = broadcast %4899 : f32[64,16] @ models/lib/nn.yaml:79:7
%4901 = add %4897, %4900 : f32[64,16] @ models/lib/nn.yaml:79:7
%4902 = div %4869, %4901 : f32[64,16] @ models/lib/nn.yaml:79:7
%4903 = cast %4885 : f32[] @ models/lib/nn.yaml:79:7
%4904 = broadcast %4903 : f32[64,16] @ models/lib/nn.yaml:79:7
%4905 = mul %4902, %4904 : f32[64,16] @ models/lib/nn.yaml:79:7
%4906 = sub %4860, %4905 : f32[64,16] @ models/lib/nn.yaml:79:7
%4907 = assign %28, %4906 : f32[64,16] @ models/lib/nn.yaml:79:7
%4908 = assign %4850, %4869 : f32[64,16] @ models/lib/nn.yaml:79:7
%4909 = assign %4851, %4879 : f32[64,16] @ models/lib/nn.yaml:79:7
%4910 = assign %4852, %4854 : i64[] @ models/lib/nn.yaml:79:7
%4911 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4912 = broadcast %4911 : f32[64,16] @ models/lib/nn.yaml:79:7
%4913 = mul %112, %4912 : f32[64,16] @ models/lib/nn.yaml:79:7
%4914 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4915 = sub %4914, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4916 = cast %4915 : f32[] @ models/lib/nn.yaml:79:7
%4917 = broadcast %4916 : f32[64,16] @ models/lib/nn.yaml:79:7
%4918 = mul %4906, %4917 : f32[64,16] @ models/lib/nn.yaml:79:7
%4919 = add %4913, %4918 : f32[64,16] @ models/lib/nn.yaml:79:7
%4920 = assign %112, %4919 : f32[64,16] @ models/lib/nn.yaml:79:7
%4921 = all_reduce_sum %2997 : f32[64] @ models/lib/nn.yaml:80:7
%4922 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4923 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4924 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4925 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4926 = add %4924, %4925 : i64[] @ models/lib/nn.yaml:80:7
%4927 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4928 = cast %4927 : f32[] @ models/lib/nn.yaml:80:7
%4929 = broadcast %4928 : f32[64] @ models/lib/nn.yaml:80:7
%4930 = mul %4921, %4929 : f32[64] @ models/lib/nn.yaml:80:7
%4931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4932 = cast %4931 : f32[] @ models/lib/nn.yaml:80:7
%4933 = broadcast %4932 : f32[64] @ models/lib/nn.yaml:80:7
%4934 = mul %4922, %4933 : f32[64] @ models/lib/nn.yaml:80:7
%4935 = add %4934, %4930 : f32[64] @ models/lib/nn.yaml:80:7
%4936 = mul %4921, %4921 : f32[64] @ models/lib/nn.yaml:80:7
%4937 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4938 = cast %4937 : f32[] @ models/lib/nn.yaml:80:7
%4939 = broadcast %4938 : f32[64] @ models/lib/nn.yaml:80:7
%4940 = mul %4936, %4939 : f32[64] @ models/lib/nn.yaml:80:7
%4941 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4942 = cast %4941 : f32[] @ models/lib/nn.yaml:80:7
%4943 = broadcast %4942 : f32[64] @ models/lib/nn.yaml:80:7
%4944 = mul %4923, %4943 : f32[64] @ models/lib/nn.yaml:80:7
%4945 = add %4944, %4940 : f32[64] @ models/lib/nn.yaml:80:7
%4946 = cast %4926 : f64[] @ models/lib/nn.yaml:80:7
%4947 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4948 = pow %4947, %4946 : f64[] @ models/lib/nn.yaml:80:7
%4949 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4950 = sub %4949, %4948 : f64[] @ models/lib/nn.yaml:80:7
%4951 = div %2065, %4950 : f64[] @ models/lib/nn.yaml:80:7
%4952 = cast %4926 : f64[] @ models/lib/nn.yaml:80:7
%4953 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4954 = pow %4953, %4952 : f64[] @ models/lib/nn.yaml:80:7
%4955 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4956 = sub %4955, %4954 : f64[] @ models/lib/nn.yaml:80:7
%4957 = sqrt %4956 : f64[] @ models/lib/nn.yaml:80:7
%4958 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4959 = div %4958, %4957 : f64[] @ models/lib/nn.yaml:80:7
%4960 = sqrt %4945 : f32[64] @ models/lib/nn.yaml:80:7
%4961 = cast %4959 : f32[] @ models/lib/nn.yaml:80:7
%4962 = broadcast %4961 : f32[64] @ models/lib/nn.yaml:80:7
%4963 = mul %4960, %4962 : f32[64] @ models/lib/nn.yaml:80:7
%4964 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4965 = cast %4964 : f32[] @ models/lib/nn.yaml:80:7
%4966 = broadcast %4965 : f32[64] @ models/lib/nn.yaml:80:7
%4967 = add %4963, %4966 : f32[64] @ models/lib/nn.yaml:80:7
%4968 = div %4935, %4967 : f32[64] @ models/lib/nn.yaml:80:7
%4969 = cast %4951 : f32[] @ models/lib/nn.yaml:80:7
%4970 = broadcast %4969 : f32[64] @ models/lib/nn.yaml:80:7
%4971 = mul %4968, %4970 : f32[64] @ models/lib/nn.yaml:80:7
%4972 = sub %29, %4971 : f32[64] @ models/lib/nn.yaml:80:7
%4973 = assign %29, %4972 : f32[64] @ models/lib/nn.yaml:80:7
%4974 = assign %4922, %4935 : f32[64] @ models/lib/nn.yaml:80:7
%4975 = assign %4923, %4945 : f32[64] @ models/lib/nn.yaml:80:7
%4976 = assign %4924, %4926 : i64[] @ models/lib/nn.yaml:80:7
%4977 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4978 = broadcast %4977 : f32[64] @ models/lib/nn.yaml:80:7
%4979 = mul %113, %4978 : f32[64] @ models/lib/nn.yaml:80:7
%4980 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4981 = sub %4980, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4982 = cast %4981 : f32[] @ models/lib/nn.yaml:80:7
%4983 = broadcast %4982 : f32[64] @ models/lib/nn.yaml:80:7
%4984 = mul %4972, %4983 : f32[64] @ models/lib/nn.yaml:80:7
%4985 = add %4979, %4984 : f32[64] @ models/lib/nn.yaml:80:7
%4986 = assign %113, %4985 : f32[64] @ models/lib/nn.yaml:80:7
%4987 = all_reduce_sum %2981 : f32[16,64] @ models/lib/nn.yaml:79:7
%4988 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4989 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4990 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4991 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4992 = add %4990, %4991 : i64[] @ models/lib/nn.yaml:79:7
%4993 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4994 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4995 = sub %4994, %4993 : f64[] @ models/lib/nn.yaml:79:7
%4996 = cast %4995 : f32[] @ models/lib/nn.yaml:79:7
%4997 = broadcast %4996 : f32[16,64] @ models/lib/nn.yaml:79:7
%4998 = mul %30, %4997 : f32[16,64] @ models/lib/nn.yaml:79:7
%4999 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5000 = cast %4999 : f32[] @ models/lib/nn.yaml:79:7
%5001 = broadcast %5000 : f32[16,64] @ models/lib/nn.yaml:79:7
%5002 = mul %4987, %5001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5004 = cast %5003 : f32[] @ models/lib/nn.yaml:79:7
%5005 = broadcast %5004 : f32[16,64] @ models/lib/nn.yaml:79:7
%5006 = mul %4988, %5005 : f32[16,64] @ models/lib/nn.yaml:79:7
%5007 = add %5006, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = mul %4987, %4987 : f32[16,64] @ models/lib/nn.yaml:79:7
%5009 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5010 = cast %5009 : f32[] @ models/lib/nn.yaml:79:7
%5011 = broadcast %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%5012 = mul %5008, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%5013 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5014 = cast %5013 : f32[] @ models/lib/nn.yaml:79:7
%5015 = broadcast %5014 : f32[16,64] @ models/lib/nn.yaml:79:7
%5016 = mul %4989, %5015 : f32[16,64] @ models/lib/nn.yaml:79:7
%5017 = add %5016, %5012 : f32[16,64] @ models/lib/nn.yaml:79:7
%5018 = cast %4992 : f64[] @ models/lib/nn.yaml:79:7
%5019 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5020 = pow %5019, %5018 : f64[] @ models/lib/nn.yaml:79:7
%5021 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5022 = sub %5021, %5020 : f64[] @ models/lib/nn.yaml:79:7
%5023 = div %2065, %5022 : f64[] @ models/lib/nn.yaml:79:7
%5024 = cast %4992 : f64[] @ models/lib/nn.yaml:79:7
%5025 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5026 = pow %5025, %5024 : f64[] @ models/lib/nn.yaml:79:7
%5027 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5028 = sub %5027, %5026 : f64[] @ models/lib/nn.yaml:79:7
%5029 = sqrt %5028 : f64[] @ models/lib/nn.yaml:79:7
%5030 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5031 = div %5030, %5029 : f64[] @ models/lib/nn.yaml:79:7
%5032 = sqrt %5017 : f32[16,64] @ models/lib/nn.yaml:79:7
%5033 = cast %5031 : f32[] @ models/lib/nn.yaml:79:7
%5034 = broadcast %5033 : f32[16,64] @ models/lib/nn.yaml:79:7
%5035 = mul %5032, %5034 : f32[16,64] @ models/lib/nn.yaml:79:7
%5036 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5037 = cast %5036 : f32[] @ models/lib/nn.yaml:79:7
%5038 = broadcast %5037 : f32[16,64] @ models/lib/nn.yaml:79:7
%5039 = add %5035, %5038 : f32[16,64] @ models/lib/nn.yaml:79:7
%5040 = div %5007, %5039 : f32[16,64] @ models/lib/nn.yaml:79:7
%5041 = cast %5023 : f32[] @ models/lib/nn.yaml:79:7
%5042 = broadcast %5041 : f32[16,64] @ models/lib/nn.yaml:79:7
%5043 = mul %5040, %5042 : f32[16,64] @ models/lib/nn.yaml:79:7
%5044 = sub %4998, %5043 : f32[16,64] @ models/lib/nn.yaml:79:7
%5045 = assign %30, %5044 : f32[16,64] @ models/lib/nn.yaml:79:7
%5046 = assign %4988, %5007 : f32[16,64] @ models/lib/nn.yaml:79:7
%5047 = assign %4989, %5017 : f32[16,64] @ models/lib/nn.yaml:79:7
%5048 = assign %4990, %4992 : i64[] @ models/lib/nn.yaml:79:7
%5049 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5050 = broadcast %5049 : f32[16,64] @ models/lib/nn.yaml:79:7
%5051 = mul %114, %5050 : f32[16,64] @ models/lib/nn.yaml:79:7
%5052 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5053 = sub %5052, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5054 = cast %5053 : f32[] @ models/lib/nn.yaml:79:7
%5055 = broadcast %5054 : f32[16,64] @ models/lib/nn.yaml:79:7
%5056 = mul %5044, %5055 : f32[16,64] @ models/lib/nn.yaml:79:7
%5057 = add %5051, %5056 : f32[16,64] @ models/lib/nn.yaml:79:7
%5058 = assign %114, %5057 : f32[16,64] @ models/lib/nn.yaml:79:7
%5059 = all_reduce_sum %2977 : f32[16] @ models/lib/nn.yaml:80:7
%5060 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5061 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5062 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5063 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5064 = add %5062, %5063 : i64[] @ models/lib/nn.yaml:80:7
%5065 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5066 = cast %5065 : f32[] @ models/lib/nn.yaml:80:7
%5067 = broadcast %5066 : f32[16] @ models/lib/nn.yaml:80:7
%5068 = mul %5059, %5067 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5070 = cast %5069 : f32[] @ models/lib/nn.yaml:80:7
%5071 = broadcast %5070 : f32[16] @ models/lib/nn.yaml:80:7
%5072 = mul %5060, %5071 : f32[16] @ models/lib/nn.yaml:80:7
%5073 = add %5072, %5068 : f32[16] @ models/lib/nn.yaml:80:7
%5074 = mul %5059, %5059 : f32[16] @ models/lib/nn.yaml:80:7
%5075 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5076 = cast %5075 : f32[] @ models/lib/nn.yaml:80:7
%5077 = broadcast %5076 : f32[16] @ models/lib/nn.yaml:80:7
%5078 = mul %5074, %5077 : f32[16] @ models/lib/nn.yaml:80:7
%5079 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5080 = cast %5079 : f32[] @ models/lib/nn.yaml:80:7
%5081 = broadcast %5080 : f32[16] @ models/lib/nn.yaml:80:7
%5082 = mul %5061, %5081 : f32[16] @ models/lib/nn.yaml:80:7
%5083 = add %5082, %5078 : f32[16] @ models/lib/nn.yaml:80:7
%5084 = cast %5064 : f64[] @ models/lib/nn.yaml:80:7
%5085 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5086 = pow %5085, %5084 : f64[] @ models/lib/nn.yaml:80:7
%5087 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5088 = sub %5087, %5086 : f64[] @ models/lib/nn.yaml:80:7
%5089 = div %2065, %5088 : f64[] @ models/lib/nn.yaml:80:7
%5090 = cast %5064 : f64[] @ models/lib/nn.yaml:80:7
%5091 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5092 = pow %5091, %5090 : f64[] @ models/lib/nn.yaml:80:7
%5093 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5094 = sub %5093, %5092 : f64[] @ models/lib/nn.yaml:80:7
%5095 = sqrt %5094 : f64[] @ models/lib/nn.yaml:80:7
%5096 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5097 = div %5096, %5095 : f64[] @ models/lib/nn.yaml:80:7
%5098 = sqrt %5083 : f32[16] @ models/lib/nn.yaml:80:7
%5099 = cast %5097 : f32[] @ models/lib/nn.yaml:80:7
%5100 = broadcast %5099 : f32[16] @ models/lib/nn.yaml:80:7
%5101 = mul %5098, %5100 : f32[16] @ models/lib/nn.yaml:80:7
%5102 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5103 = cast %5102 : f32[] @ models/lib/nn.yaml:80:7
%5104 = broadcast %5103 : f32[16] @ models/lib/nn.yaml:80:7
%5105 = add %5101, %5104 : f32[16] @ models/lib/nn.yaml:80:7
%5106 = div %5073, %5105 : f32[16] @ models/lib/nn.yaml:80:7
%5107 = cast %5089 : f32[] @ models/lib/nn.yaml:80:7
%5108 = broadcast %5107 : f32[16] @ models/lib/nn.yaml:80:7
%5109 = mul %5106, %5108 : f32[16] @ models/lib/nn.yaml:80:7
%5110 = sub %31, %5109 : f32[16] @ models/lib/nn.yaml:80:7
%5111 = assign %31, %5110 : f32[16] @ models/lib/nn.yaml:80:7
%5112 = assign %5060, %5073 : f32[16] @ models/lib/nn.yaml:80:7
%5113 = assign %5061, %5083 : f32[16] @ models/lib/nn.yaml:80:7
%5114 = assign %5062, %5064 : i64[] @ models/lib/nn.yaml:80:7
%5115 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5116 = broadcast %5115 : f32[16] @ models/lib/nn.yaml:80:7
%5117 = mul %115, %5116 : f32[16] @ models/lib/nn.yaml:80:7
%5118 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5119 = sub %5118, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5120 = cast %5119 : f32[] @ models/lib/nn.yaml:80:7
%5121 = broadcast %5120 : f32[16] @ models/lib/nn.yaml:80:7
%5122 = mul %5110, %5121 : f32[16] @ models/lib/nn.yaml:80:7
%5123 = add %5117, %5122 : f32[16] @ models/lib/nn.yaml:80:7
%5124 = assign %115, %5123 : f32[16] @ models/lib/nn.yaml:80:7
%5125 = all_reduce_sum %2971 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5126 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5127 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5128 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5129 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%5130 = add %5128, %5129 : i64[] @ models/lib/vit.yaml:103:7
%5131 = mul %2065, %2066 : f64[] @ models/lib/vit.yaml:103:7
%5132 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5133 = sub %5132, %5131 : f64[] @ models/lib/vit.yaml:103:7
%5134 = cast %5133 : f32[] @ models/lib/vit.yaml:103:7
%5135 = broadcast %5134 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5136 = mul %32, %5135 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5137 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%5138 = cast %5137 : f32[] @ models/lib/vit.yaml:103:7
%5139 = broadcast %5138 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5140 = mul %5125, %5139 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5141 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%5142 = cast %5141 : f32[] @ models/lib/vit.yaml:103:7
%5143 = broadcast %5142 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5144 = mul %5126, %5143 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5145 = add %5144, %5140 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5146 = mul %5125, %5125 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5147 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%5148 = cast %5147 : f32[] @ models/lib/vit.yaml:103:7
%5149 = broadcast %5148 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5150 = mul %5146, %5149 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5151 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%5152 = cast %5151 : f32[] @ models/lib/vit.yaml:103:7
%5153 = broadcast %5152 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5154 = mul %5127, %5153 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5155 = add %5154, %5150 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5156 = cast %5130 : f64[] @ models/lib/vit.yaml:103:7
%5157 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%5158 = pow %5157, %5156 : f64[] @ models/lib/vit.yaml:103:7
%5159 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5160 = sub %5159, %5158 : f64[] @ models/lib/vit.yaml:103:7
%5161 = div %2065, %5160 : f64[] @ models/lib/vit.yaml:103:7
%5162 = cast %5130 : f64[] @ models/lib/vit.yaml:103:7
%5163 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%5164 = pow %5163, %5162 : f64[] @ models/lib/vit.yaml:103:7
%5165 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5166 = sub %5165, %5164 : f64[] @ models/lib/vit.yaml:103:7
%5167 = sqrt %5166 : f64[] @ models/lib/vit.yaml:103:7
%5168 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5169 = div %5168, %5167 : f64[] @ models/lib/vit.yaml:103:7
%5170 = sqrt %5155 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5171 = cast %5169 : f32[] @ models/lib/vit.yaml:103:7
%5172 = broadcast %5171 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5173 = mul %5170, %5172 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5174 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%5175 = cast %5174 : f32[] @ models/lib/vit.yaml:103:7
%5176 = broadcast %5175 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5177 = add %5173, %5176 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5178 = div %5145, %5177 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5179 = cast %5161 : f32[] @ models/lib/vit.yaml:103:7
%5180 = broadcast %5179 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5181 = mul %5178, %5180 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5182 = sub %5136, %5181 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5183 = assign %32, %5182 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5184 = assign %5126, %5145 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5185 = assign %5127, %5155 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5186 = assign %5128, %5130 : i64[] @ models/lib/vit.yaml:103:7
%5187 = cast %2067 : f32[] @ models/lib/vit.yaml:103:7
%5188 = broadcast %5187 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5189 = mul %116, %5188 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5190 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5191 = sub %5190, %2067 : f64[] @ models/lib/vit.yaml:103:7
%5192 = cast %5191 : f32[] @ models/lib/vit.yaml:103:7
%5193 = broadcast %5192 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5194 = mul %5182, %5193 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5195 = add %5189, %5194 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5196 = assign %116, %5195 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5197 = all_reduce_sum %2946 : f32[16] @ models/lib/nn.yaml:89:7
%5198 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5199 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5200 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5201 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5202 = add %5200, %5201 : i64[] @ models/lib/nn.yaml:89:7
%5203 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5204 = cast %5203 : f32[] @ models/lib/nn.yaml:89:7
%5205 = broadcast %5204 : f32[16] @ models/lib/nn.yaml:89:7
%5206 = mul %5197, %5205 : f32[16] @ models/lib/nn.yaml:89:7
%5207 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5208 = cast %5207 : f32[] @ models/lib/nn.yaml:89:7
%5209 = broadcast %5208 : f32[16] @ models/lib/nn.yaml:89:7
%5210 = mul %5198, %5209 : f32[16] @ models/lib/nn.yaml:89:7
%5211 = add %5210, %5206 : f32[16] @ models/lib/nn.yaml:89:7
%5212 = mul %5197, %5197 : f32[16] @ models/lib/nn.yaml:89:7
%5213 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5214 = cast %5213 : f32[] @ models/lib/nn.yaml:89:7
%5215 = broadcast %5214 : f32[16] @ models/lib/nn.yaml:89:7
%5216 = mul %5212, %5215 : f32[16] @ models/lib/nn.yaml:89:7
%5217 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5218 = cast %5217 : f32[] @ models/lib/nn.yaml:89:7
%5219 = broadcast %5218 : f32[16] @ models/lib/nn.yaml:89:7
%5220 = mul %5199, %5219 : f32[16] @ models/lib/nn.yaml:89:7
%5221 = add %5220, %5216 : f32[16] @ models/lib/nn.yaml:89:7
%5222 = cast %5202 : f64[] @ models/lib/nn.yaml:89:7
%5223 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5224 = pow %5223, %5222 : f64[] @ models/lib/nn.yaml:89:7
%5225 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5226 = sub %5225, %5224 : f64[] @ models/lib/nn.yaml:89:7
%5227 = div %2065, %5226 : f64[] @ models/lib/nn.yaml:89:7
%5228 = cast %5202 : f64[] @ models/lib/nn.yaml:89:7
%5229 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5230 = pow %5229, %5228 : f64[] @ models/lib/nn.yaml:89:7
%5231 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5232 = sub %5231, %5230 : f64[] @ models/lib/nn.yaml:89:7
%5233 = sqrt %5232 : f64[] @ models/lib/nn.yaml:89:7
%5234 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5235 = div %5234, %5233 : f64[] @ models/lib/nn.yaml:89:7
%5236 = sqrt %5221 : f32[16] @ models/lib/nn.yaml:89:7
%5237 = cast %5235 : f32[] @ models/lib/nn.yaml:89:7
%5238 = broadcast %5237 : f32[16] @ models/lib/nn.yaml:89:7
%5239 = mul %5236, %5238 : f32[16] @ models/lib/nn.yaml:89:7
%5240 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5241 = cast %5240 : f32[] @ models/lib/nn.yaml:89:7
%5242 = broadcast %5241 : f32[16] @ models/lib/nn.yaml:89:7
%5243 = add %5239, %5242 : f32[16] @ models/lib/nn.yaml:89:7
%5244 = div %5211, %5243 : f32[16] @ models/lib/nn.yaml:89:7
%5245 = cast %5227 : f32[] @ models/lib/nn.yaml:89:7
%5246 = broadcast %5245 : f32[16] @ models/lib/nn.yaml:89:7
%5247 = mul %5244, %5246 : f32[16] @ models/lib/nn.yaml:89:7
%5248 = sub %33, %5247 : f32[16] @ models/lib/nn.yaml:89:7
%5249 = assign %33, %5248 : f32[16] @ models/lib/nn.yaml:89:7
%5250 = assign %5198, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%5251 = assign %5199, %5221 : f32[16] @ models/lib/nn.yaml:89:7
%5252 = assign %5200, %5202 : i64[] @ models/lib/nn.yaml:89:7
%5253 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%5254 = broadcast %5253 : f32[16] @ models/lib/nn.yaml:89:7
%5255 = mul %117, %5254 : f32[16] @ models/lib/nn.yaml:89:7
%5256 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5257 = sub %5256, %2067 : f64[] @ models/lib/nn.yaml:89:7
%5258 = cast %5257 : f32[] @ models/lib/nn.yaml:89:7
%5259 = broadcast %5258 : f32[16] @ models/lib/nn.yaml:89:7
%5260 = mul %5248, %5259 : f32[16] @ models/lib/nn.yaml:89:7
%5261 = add %5255, %5260 : f32[16] @ models/lib/nn.yaml:89:7
%5262 = assign %117, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%5263 = all_reduce_sum %2942 : f32[16] @ models/lib/nn.yaml:90:7
%5264 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5265 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5266 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5267 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5268 = add %5266, %5267 : i64[] @ models/lib/nn.yaml:90:7
%5269 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5270 = cast %5269 : f32[] @ models/lib/nn.yaml:90:7
%5271 = broadcast %5270 : f32[16] @ models/lib/nn.yaml:90:7
%5272 = mul %5263, %5271 : f32[16] @ models/lib/nn.yaml:90:7
%5273 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5274 = cast %5273 : f32[] @ models/lib/nn.yaml:90:7
%5275 = broadcast %5274 : f32[16] @ models/lib/nn.yaml:90:7
%5276 = mul %5264, %5275 : f32[16] @ models/lib/nn.yaml:90:7
%5277 = add %5276, %5272 : f32[16] @ models/lib/nn.yaml:90:7
%5278 = mul %5263, %5263 : f32[16] @ models/lib/nn.yaml:90:7
%5279 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5280 = cast %5279 : f32[] @ models/lib/nn.yaml:90:7
%5281 = broadcast %5280 : f32[16] @ models/lib/nn.yaml:90:7
%5282 = mul %5278, %5281 : f32[16] @ models/lib/nn.yaml:90:7
%5283 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5284 = cast %5283 : f32[] @ models/lib/nn.yaml:90:7
%5285 = broadcast %5284 : f32[16] @ models/lib/nn.yaml:90:7
%5286 = mul %5265, %5285 : f32[16] @ models/lib/nn.yaml:90:7
%5287 = add %5286, %5282 : f32[16] @ models/lib/nn.yaml:90:7
%5288 = cast %5268 : f64[] @ models/lib/nn.yaml:90:7
%5289 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5290 = pow %5289, %5288 : f64[] @ models/lib/nn.yaml:90:7
%5291 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5292 = sub %5291, %5290 : f64[] @ models/lib/nn.yaml:90:7
%5293 = div %2065, %5292 : f64[] @ models/lib/nn.yaml:90:7
%5294 = cast %5268 : f64[] @ models/lib/nn.yaml:90:7
%5295 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5296 = pow %5295, %5294 : f64[] @ models/lib/nn.yaml:90:7
%5297 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5298 = sub %5297, %5296 : f64[] @ models/lib/nn.yaml:90:7
%5299 = sqrt %5298 : f64[] @ models/lib/nn.yaml:90:7
%5300 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5301 = div %5300, %5299 : f64[] @ models/lib/nn.yaml:90:7
%5302 = sqrt %5287 : f32[16] @ models/lib/nn.yaml:90:7
%5303 = cast %5301 : f32[] @ models/lib/nn.yaml:90:7
%5304 = broadcast %5303 : f32[16] @ models/lib/nn.yaml:90:7
%5305 = mul %5302, %5304 : f32[16] @ models/lib/nn.yaml:90:7
%5306 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5307 = cast %5306 : f32[] @ models/lib/nn.yaml:90:7
%5308 = broadcast %5307 : f32[16] @ models/lib/nn.yaml:90:7
%5309 = add %5305, %5308 : f32[16] @ models/lib/nn.yaml:90:7
%5310 = div %5277, %5309 : f32[16] @ models/lib/nn.yaml:90:7
%5311 = cast %5293 : f32[] @ models/lib/nn.yaml:90:7
%5312 = broadcast %5311 : f32[16] @ models/lib/nn.yaml:90:7
%5313 = mul %5310, %5312 : f32[16] @ models/lib/nn.yaml:90:7
%5314 = sub %34, %5313 : f32[16] @ models/lib/nn.yaml:90:7
%5315 = assign %34, %5314 : f32[16] @ models/lib/nn.yaml:90:7
%5316 = assign %5264, %5277 : f32[16] @ models/lib/nn.yaml:90:7
%5317 = assign %5265, %5287 : f32[16] @ models/lib/nn.yaml:90:7
%5318 = assign %5266, %5268 : i64[] @ models/lib/nn.yaml:90:7
%5319 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%5320 = broadcast %5319 : f32[16] @ models/lib/nn.yaml:90:7
%5321 = mul %118, %5320 : f32[16] @ models/lib/nn.yaml:90:7
%5322 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5323 = sub %5322, %2067 : f64[] @ models/lib/nn.yaml:90:7
%5324 = cast %5323 : f32[] @ models/lib/nn.yaml:90:7
%5325 = broadcast %5324 : f32[16] @ models/lib/nn.yaml:90:7
%5326 = mul %5314, %5325 : f32[16] @ models/lib/nn.yaml:90:7
%5327 = add %5321, %5326 : f32[16] @ models/lib/nn.yaml:90:7
%5328 = assign %118, %5327 : f32[16] @ models/lib/nn.yaml:90:7
%5329 = all_reduce_sum %2936 : f32[16,16] @ models/lib/nn.yaml:79:7
%5330 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5331 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5332 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5333 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5334 = add %5332, %5333 : i64[] @ models/lib/nn.yaml:79:7
%5335 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5336 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5337 = sub %5336, %5335 : f64[] @ models/lib/nn.yaml:79:7
%5338 = cast %5337 : f32[] @ models/lib/nn.yaml:79:7
%5339 = broadcast %5338 : f32[16,16] @ models/lib/nn.yaml:79:7
%5340 = mul %35, %5339 : f32[16,16] @ models/lib/nn.yaml:79:7
%5341 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5342 = cast %5341 : f32[] @ models/lib/nn.yaml:79:7
%5343 = broadcast %5342 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = mul %5329, %5343 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5346 = cast %5345 : f32[] @ models/lib/nn.yaml:79:7
%5347 = broadcast %5346 : f32[16,16] @ models/lib/nn.yaml:79:7
%5348 = mul %5330, %5347 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = add %5348, %5344 : f32[16,16] @ models/lib/nn.yaml:79:7
%5350 = mul %5329, %5329 : f32[16,16] @ models/lib/nn.yaml:79:7
%5351 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5352 = cast %5351 : f32[] @ models/lib/nn.yaml:79:7
%5353 = broadcast %5352 : f32[16,16] @ models/lib/nn.yaml:79:7
%5354 = mul %5350, %5353 : f32[16,16] @ models/lib/nn.yaml:79:7
%5355 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5356 = cast %5355 : f32[] @ models/lib/nn.yaml:79:7
%5357 = broadcast %5356 : f32[16,16] @ models/lib/nn.yaml:79:7
%5358 = mul %5331, %5357 : f32[16,16] @ models/lib/nn.yaml:79:7
%5359 = add %5358, %5354 : f32[16,16] @ models/lib/nn.yaml:79:7
%5360 = cast %5334 : f64[] @ models/lib/nn.yaml:79:7
%5361 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5362 = pow %5361, %5360 : f64[] @ models/lib/nn.yaml:79:7
%5363 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5364 = sub %5363, %5362 : f64[] @ models/lib/nn.yaml:79:7
%5365 = div %2065, %5364 : f64[] @ models/lib/nn.yaml:79:7
%5366 = cast %5334 : f64[] @ models/lib/nn.yaml:79:7
%5367 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5368 = pow %5367, %5366 : f64[] @ models/lib/nn.yaml:79:7
%5369 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5370 = sub %5369, %5368 : f64[] @ models/lib/nn.yaml:79:7
%5371 = sqrt %5370 : f64[] @ models/lib/nn.yaml:79:7
%5372 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5373 = div %5372, %5371 : f64[] @ models/lib/nn.yaml:79:7
%5374 = sqrt %5359 : f32[16,16] @ models/lib/nn.yaml:79:7
%5375 = cast %5373 : f32[] @ models/lib/nn.yaml:79:7
%5376 = broadcast %5375 : f32[16,16] @ models/lib/nn.yaml:79:7
%5377 = mul %5374, %5376 : f32[16,16] @ models/lib/nn.yaml:79:7
%5378 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5379 = cast %5378 : f32[] @ models/lib/nn.yaml:79:7
%5380 = broadcast %5379 : f32[16,16] @ models/lib/nn.yaml:79:7
%5381 = add %5377, %5380 : f32[16,16] @ models/lib/nn.yaml:79:7
%5382 = div %5349, %5381 : f32[16,16] @ models/lib/nn.yaml:79:7
%5383 = cast %5365 : f32[] @ models/lib/nn.yaml:79:7
%5384 = broadcast %5383 : f32[16,16] @ models/lib/nn.yaml:79:7
%5385 = mul %5382, %5384 : f32[16,16] @ models/lib/nn.yaml:79:7
%5386 = sub %5340, %5385 : f32[16,16] @ models/lib/nn.yaml:79:7
%5387 = assign %35, %5386 : f32[16,16] @ models/lib/nn.yaml:79:7
%5388 = assign %5330, %5349 : f32[16,16] @ models/lib/nn.yaml:79:7
%5389 = assign %5331, %5359 : f32[16,16] @ models/lib/nn.yaml:79:7
%5390 = assign %5332, %5334 : i64[] @ models/lib/nn.yaml:79:7
%5391 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5392 = broadcast %5391 : f32[16,16] @ models/lib/nn.yaml:79:7
%5393 = mul %119, %5392 : f32[16,16] @ models/lib/nn.yaml:79:7
%5394 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5395 = sub %5394, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5396 = cast %5395 : f32[] @ models/lib/nn.yaml:79:7
%5397 = broadcast %5396 : f32[16,16] @ models/lib/nn.yaml:79:7
%5398 = mul %5386, %5397 : f32[16,16] @ models/lib/nn.yaml:79:7
%5399 = add %5393, %5398 : f32[16,16] @ models/lib/nn.yaml:79:7
%5400 = assign %119, %5399 : f32[16,16] @ models/lib/nn.yaml:79:7
%5401 = all_reduce_sum %2932 : f32[16] @ models/lib/nn.yaml:80:7
%5402 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5403 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5404 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5405 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5406 = add %5404, %5405 : i64[] @ models/lib/nn.yaml:80:7
%5407 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5408 = cast %5407 : f32[] @ models/lib/nn.yaml:80:7
%5409 = broadcast %5408 : f32[16] @ models/lib/nn.yaml:80:7
%5410 = mul %5401, %5409 : f32[16] @ models/lib/nn.yaml:80:7
%5411 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5412 = cast %5411 : f32[] @ models/lib/nn.yaml:80:7
%5413 = broadcast %5412 : f32[16] @ models/lib/nn.yaml:80:7
%5414 = mul %5402, %5413 : f32[16] @ models/lib/nn.yaml:80:7
%5415 = add %5414, %5410 : f32[16] @ models/lib/nn.yaml:80:7
%5416 = mul %5401, %5401 : f32[16] @ models/lib/nn.yaml:80:7
%5417 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5418 = cast %5417 : f32[] @ models/lib/nn.yaml:80:7
%5419 = broadcast %5418 : f32[16] @ models/lib/nn.yaml:80:7
%5420 = mul %5416, %5419 : f32[16] @ models/lib/nn.yaml:80:7
%5421 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5422 = cast %5421 : f32[] @ models/lib/nn.yaml:80:7
%5423 = broadcast %5422 : f32[16] @ models/lib/nn.yaml:80:7
%5424 = mul %5403, %5423 : f32[16] @ models/lib/nn.yaml:80:7
%5425 = add %5424, %5420 : f32[16] @ models/lib/nn.yaml:80:7
%5426 = cast %5406 : f64[] @ models/lib/nn.yaml:80:7
%5427 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5428 = pow %5427, %5426 : f64[] @ models/lib/nn.yaml:80:7
%5429 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5430 = sub %5429, %5428 : f64[] @ models/lib/nn.yaml:80:7
%5431 = div %2065, %5430 : f64[] @ models/lib/nn.yaml:80:7
%5432 = cast %5406 : f64[] @ models/lib/nn.yaml:80:7
%5433 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5434 = pow %5433, %5432 : f64[] @ models/lib/nn.yaml:80:7
%5435 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5436 = sub %5435, %5434 : f64[] @ models/lib/nn.yaml:80:7
%5437 = sqrt %5436 : f64[] @ models/lib/nn.yaml:80:7
%5438 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5439 = div %5438, %5437 : f64[] @ models/lib/nn.yaml:80:7
%5440 = sqrt %5425 : f32[16] @ models/lib/nn.yaml:80:7
%5441 = cast %5439 : f32[] @ models/lib/nn.yaml:80:7
%5442 = broadcast %5441 : f32[16] @ models/lib/nn.yaml:80:7
%5443 = mul %5440, %5442 : f32[16] @ models/lib/nn.yaml:80:7
%5444 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5445 = cast %5444 : f32[] @ models/lib/nn.yaml:80:7
%5446 = broadcast %5445 : f32[16] @ models/lib/nn.yaml:80:7
%5447 = add %5443, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%5448 = div %5415, %5447 : f32[16] @ models/lib/nn.yaml:80:7
%5449 = cast %5431 : f32[] @ models/lib/nn.yaml:80:7
%5450 = broadcast %5449 : f32[16] @ models/lib/nn.yaml:80:7
%5451 = mul %5448, %5450 : f32[16] @ models/lib/nn.yaml:80:7
%5452 = sub %36, %5451 : f32[16] @ models/lib/nn.yaml:80:7
%5453 = assign %36, %5452 : f32[16] @ models/lib/nn.yaml:80:7
%5454 = assign %5402, %5415 : f32[16] @ models/lib/nn.yaml:80:7
%5455 = assign %5403, %5425 : f32[16] @ models/lib/nn.yaml:80:7
%5456 = assign %5404, %5406 : i64[] @ models/lib/nn.yaml:80:7
%5457 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5458 = broadcast %5457 : f32[16] @ models/lib/nn.yaml:80:7
%5459 = mul %120, %5458 : f32[16] @ models/lib/nn.yaml:80:7
%5460 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5461 = sub %5460, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5462 = cast %5461 : f32[] @ models/lib/nn.yaml:80:7
%5463 = broadcast %5462 : f32[16] @ models/lib/nn.yaml:80:7
%5464 = mul %5452, %5463 : f32[16] @ models/lib/nn.yaml:80:7
%5465 = add %5459, %5464 : f32[16] @ models/lib/nn.yaml:80:7
%5466 = assign %120, %5465 : f32[16] @ models/lib/nn.yaml:80:7
%5467 = all_reduce_sum %2928 : f32[16,16] @ models/lib/nn.yaml:79:7
%5468 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5469 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5470 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5471 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5472 = add %5470, %5471 : i64[] @ models/lib/nn.yaml:79:7
%5473 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5474 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5475 = sub %5474, %5473 : f64[] @ models/lib/nn.yaml:79:7
%5476 = cast %5475 : f32[] @ models/lib/nn.yaml:79:7
%5477 = broadcast %5476 : f32[16,16] @ models/lib/nn.yaml:79:7
%5478 = mul %37, %5477 : f32[16,16] @ models/lib/nn.yaml:79:7
%5479 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5480 = cast %5479 : f32[] @ models/lib/nn.yaml:79:7
%5481 = broadcast %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%5482 = mul %5467, %5481 : f32[16,16] @ models/lib/nn.yaml:79:7
%5483 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5484 = cast %5483 : f32[] @ models/lib/nn.yaml:79:7
%5485 = broadcast %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%5486 = mul %5468, %5485 : f32[16,16] @ models/lib/nn.yaml:79:7
%5487 = add %5486, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%5488 = mul %5467, %5467 : f32[16,16] @ models/lib/nn.yaml:79:7
%5489 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5490 = cast %5489 : f32[] @ models/lib/nn.yaml:79:7
%5491 = broadcast %5490 : f32[16,16] @ models/lib/nn.yaml:79:7
%5492 = mul %5488, %5491 : f32[16,16] @ models/lib/nn.yaml:79:7
%5493 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5494 = cast %5493 : f32[] @ models/lib/nn.yaml:79:7
%5495 = broadcast %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5496 = mul %5469, %5495 : f32[16,16] @ models/lib/nn.yaml:79:7
%5497 = add %5496, %5492 : f32[16,16] @ models/lib/nn.yaml:79:7
%5498 = cast %5472 : f64[] @ models/lib/nn.yaml:79:7
%5499 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5500 = pow %5499, %5498 : f64[] @ models/lib/nn.yaml:79:7
%5501 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5502 = sub %5501, %5500 : f64[] @ models/lib/nn.yaml:79:7
%5503 = div %2065, %5502 : f64[] @ models/lib/nn.yaml:79:7
%5504 = cast %5472 : f64[] @ models/lib/nn.yaml:79:7
%5505 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5506 = pow %5505, %5504 : f64[] @ models/lib/nn.yaml:79:7
%5507 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5508 = sub %5507, %5506 : f64[] @ models/lib/nn.yaml:79:7
%5509 = sqrt %5508 : f64[] @ models/lib/nn.yaml:79:7
%5510 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5511 = div %5510, %5509 : f64[] @ models/lib/nn.yaml:79:7
%5512 = sqrt %5497 : f32[16,16] @ models/lib/nn.yaml:79:7
%5513 = cast %5511 : f32[] @ models/lib/nn.yaml:79:7
%5514 = broadcast %5513 : f32[16,16] @ models/lib/nn.yaml:79:7
%5515 = mul %5512, %5514 : f32[16,16] @ models/lib/nn.yaml:79:7
%5516 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5517 = cast %5516 : f32[] @ models/lib/nn.yaml:79:7
%5518 = broadcast %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%5519 = add %5515, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%5520 = div %5487, %5519 : f32[16,16] @ models/lib/nn.yaml:79:7
%5521 = cast %5503 : f32[] @ models/lib/nn.yaml:79:7
%5522 = broadcast %5521 : f32[16,16] @ models/lib/nn.yaml:79:7
%5523 = mul %5520, %5522 : f32[16,16] @ models/lib/nn.yaml:79:7
%5524 = sub %5478, %5523 : f32[16,16] @ models/lib/nn.yaml:79:7
%5525 = assign %37, %5524 : f32[16,16] @ models/lib/nn.yaml:79:7
%5526 = assign %5468, %5487 : f32[16,16] @ models/lib/nn.yaml:79:7
%5527 = assign %5469, %5497 : f32[16,16] @ models/lib/nn.yaml:79:7
%5528 = assign %5470, %5472 : i64[] @ models/lib/nn.yaml:79:7
%5529 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5530 = broadcast %5529 : f32[16,16] @ models/lib/nn.yaml:79:7
%5531 = mul %121, %5530 : f32[16,16] @ models/lib/nn.yaml:79:7
%5532 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5533 = sub %5532, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5534 = cast %5533 : f32[] @ models/lib/nn.yaml:79:7
%5535 = broadcast %5534 : f32[16,16] @ models/lib/nn.yaml:79:7
%5536 = mul %5524, %5535 : f32[16,16] @ models/lib/nn.yaml:79:7
%5537 = add %5531, %5536 : f32[16,16] @ models/lib/nn.yaml:79:7
%5538 = assign %121, %5537 : f32[16,16] @ models/lib/nn.yaml:79:7
%5539 = all_reduce_sum %2923 : f32[16] @ models/lib/nn.yaml:80:7
%5540 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5541 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5542 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5543 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5544 = add %5542, %5543 : i64[] @ models/lib/nn.yaml:80:7
%5545 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5546 = cast %5545 : f32[] @ models/lib/nn.yaml:80:7
%5547 = broadcast %5546 : f32[16] @ models/lib/nn.yaml:80:7
%5548 = mul %5539, %5547 : f32[16] @ models/lib/nn.yaml:80:7
%5549 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5550 = cast %5549 : f32[] @ models/lib/nn.yaml:80:7
%5551 = broadcast %5550 : f32[16] @ models/lib/nn.yaml:80:7
%5552 = mul %5540, %5551 : f32[16] @ models/lib/nn.yaml:80:7
%5553 = add %5552, %5548 : f32[16] @ models/lib/nn.yaml:80:7
%5554 = mul %5539, %5539 : f32[16] @ models/lib/nn.yaml:80:7
%5555 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5556 = cast %5555 : f32[] @ models/lib/nn.yaml:80:7
%5557 = broadcast %5556 : f32[16] @ models/lib/nn.yaml:80:7
%5558 = mul %5554, %5557 : f32[16] @ models/lib/nn.yaml:80:7
%5559 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5560 = cast %5559 : f32[] @ models/lib/nn.yaml:80:7
%5561 = broadcast %5560 : f32[16] @ models/lib/nn.yaml:80:7
%5562 = mul %5541, %5561 : f32[16] @ models/lib/nn.yaml:80:7
%5563 = add %5562, %5558 : f32[16] @ models/lib/nn.yaml:80:7
%5564 = cast %5544 : f64[] @ models/lib/nn.yaml:80:7
%5565 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5566 = pow %5565, %5564 : f64[] @ models/lib/nn.yaml:80:7
%5567 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5568 = sub %5567, %5566 : f64[] @ models/lib/nn.yaml:80:7
%5569 = div %2065, %5568 : f64[] @ models/lib/nn.yaml:80:7
%5570 = cast %5544 : f64[] @ models/lib/nn.yaml:80:7
%5571 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5572 = pow %5571, %5570 : f64[] @ models/lib/nn.yaml:80:7
%5573 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5574 = sub %5573, %5572 : f64[] @ models/lib/nn.yaml:80:7
%5575 = sqrt %5574 : f64[] @ models/lib/nn.yaml:80:7
%5576 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5577 = div %5576, %5575 : f64[] @ models/lib/nn.yaml:80:7
%5578 = sqrt %5563 : f32[16] @ models/lib/nn.yaml:80:7
%5579 = cast %5577 : f32[] @ models/lib/nn.yaml:80:7
%5580 = broadcast %5579 : f32[16] @ models/lib/nn.yaml:80:7
%5581 = mul %5578, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%5582 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5583 = cast %5582 : f32[] @ models/lib/nn.yaml:80:7
%5584 = broadcast %5583 : f32[16] @ models/lib/nn.yaml:80:7
%5585 = add %5581, %5584 : f32[16] @ models/lib/nn.yaml:80:7
%5586 = div %5553, %5585 : f32[16] @ models/lib/nn.yaml:80:7
%5587 = cast %5569 : f32[] @ models/lib/nn.yaml:80:7
%5588 = broadcast %5587 : f32[16] @ models/lib/nn.yaml:80:7
%5589 = mul %5586, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%5590 = sub %38, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%5591 = assign %38, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%5592 = assign %5540, %5553 : f32[16] @ models/lib/nn.yaml:80:7
%5593 = assign %5541, %5563 : f32[16] @ models/lib/nn.yaml:80:7
%5594 = assign %5542, %5544 : i64[] @ models/lib/nn.yaml:80:7
%5595 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5596 = broadcast %5595 : f32[16] @ models/lib/nn.yaml:80:7
%5597 = mul %122, %5596 : f32[16] @ models/lib/nn.yaml:80:7
%5598 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5599 = sub %5598, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5600 = cast %5599 : f32[] @ models/lib/nn.yaml:80:7
%5601 = broadcast %5600 : f32[16] @ models/lib/nn.yaml:80:7
%5602 = mul %5590, %5601 : f32[16] @ models/lib/nn.yaml:80:7
%5603 = add %5597, %5602 : f32[16] @ models/lib/nn.yaml:80:7
%5604 = assign %122, %5603 : f32[16] @ models/lib/nn.yaml:80:7
%5605 = all_reduce_sum %2917 : f32[16,16] @ models/lib/nn.yaml:79:7
%5606 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5607 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5608 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5609 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5610 = add %5608, %5609 : i64[] @ models/lib/nn.yaml:79:7
%5611 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5612 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5613 = sub %5612, %5611 : f64[] @ models/lib/nn.yaml:79:7
%5614 = cast %5613 : f32[] @ models/lib/nn.yaml:79:7
%5615 = broadcast %5614 : f32[16,16] @ models/lib/nn.yaml:79:7
%5616 = mul %39, %5615 : f32[16,16] @ models/lib/nn.yaml:79:7
%5617 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5618 = cast %5617 : f32[] @ models/lib/nn.yaml:79:7
%5619 = broadcast %5618 : f32[16,16] @ models/lib/nn.yaml:79:7
%5620 = mul %5605, %5619 : f32[16,16] @ models/lib/nn.yaml:79:7
%5621 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5622 = cast %5621 : f32[] @ models/lib/nn.yaml:79:7
%5623 = broadcast %5622 : f32[16,16] @ models/lib/nn.yaml:79:7
%5624 = mul %5606, %5623 : f32[16,16] @ models/lib/nn.yaml:79:7
%5625 = add %5624, %5620 : f32[16,16] @ models/lib/nn.yaml:79:7
%5626 = mul %5605, %5605 : f32[16,16] @ models/lib/nn.yaml:79:7
%5627 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5628 = cast %5627 : f32[] @ models/lib/nn.yaml:79:7
%5629 = broadcast %5628 : f32[16,16] @ models/lib/nn.yaml:79:7
%5630 = mul %5626, %5629 : f32[16,16] @ models/lib/nn.yaml:79:7
%5631 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5632 = cast %5631 : f32[] @ models/lib/nn.yaml:79:7
%5633 = broadcast %5632 : f32[16,16] @ models/lib/nn.yaml:79:7
%5634 = mul %5607, %5633 : f32[16,16] @ models/lib/nn.yaml:79:7
%5635 = add %5634, %5630 : f32[16,16] @ models/lib/nn.yaml:79:7
%5636 = cast %5610 : f64[] @ models/lib/nn.yaml:79:7
%5637 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5638 = pow %5637, %5636 : f64[] @ models/lib/nn.yaml:79:7
%5639 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5640 = sub %5639, %5638 : f64[] @ models/lib/nn.yaml:79:7
%5641 = div %2065, %5640 : f64[] @ models/lib/nn.yaml:79:7
%5642 = cast %5610 : f64[] @ models/lib/nn.yaml:79:7
%5643 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5644 = pow %5643, %5642 : f64[] @ models/lib/nn.yaml:79:7
%5645 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5646 = sub %5645, %5644 : f64[] @ models/lib/nn.yaml:79:7
%5647 = sqrt %5646 : f64[] @ models/lib/nn.yaml:79:7
%5648 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5649 = div %5648, %5647 : f64[] @ models/lib/nn.yaml:79:7
%5650 = sqrt %5635 : f32[16,16] @ models/lib/nn.yaml:79:7
%5651 = cast %5649 : f32[] @ models/lib/nn.yaml:79:7
%5652 = broadcast %5651 : f32[16,16] @ models/lib/nn.yaml:79:7
%5653 = mul %5650, %5652 : f32[16,16] @ models/lib/nn.yaml:79:7
%5654 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5655 = cast %5654 : f32[] @ models/lib/nn.yaml:79:7
%5656 = broadcast %5655 : f32[16,16] @ models/lib/nn.yaml:79:7
%5657 = add %5653, %5656 : f32[16,16] @ models/lib/nn.yaml:79:7
%5658 = div %5625, %5657 : f32[16,16] @ models/lib/nn.yaml:79:7
%5659 = cast %5641 : f32[] @ models/lib/nn.yaml:79:7
%5660 = broadcast %5659 : f32[16,16] @ models/lib/nn.yaml:79:7
%5661 = mul %5658, %5660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5662 = sub %5616, %5661 : f32[16,16] @ models/lib/nn.yaml:79:7
%5663 = assign %39, %5662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5664 = assign %5606, %5625 : f32[16,16] @ models/lib/nn.yaml:79:7
%5665 = assign %5607, %5635 : f32[16,16] @ models/lib/nn.yaml:79:7
%5666 = assign %5608, %5610 : i64[] @ models/lib/nn.yaml:79:7
%5667 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5668 = broadcast %5667 : f32[16,16] @ models/lib/nn.yaml:79:7
%5669 = mul %123, %5668 : f32[16,16] @ models/lib/nn.yaml:79:7
%5670 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5671 = sub %5670, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5672 = cast %5671 : f32[] @ models/lib/nn.yaml:79:7
%5673 = broadcast %5672 : f32[16,16] @ models/lib/nn.yaml:79:7
%5674 = mul %5662, %5673 : f32[16,16] @ models/lib/nn.yaml:79:7
%5675 = add %5669, %5674 : f32[16,16] @ models/lib/nn.yaml:79:7
%5676 = assign %123, %5675 : f32[16,16] @ models/lib/nn.yaml:79:7
%5677 = all_reduce_sum %2913 : f32[16] @ models/lib/nn.yaml:80:7
%5678 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5679 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5680 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5681 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5682 = add %5680, %5681 : i64[] @ models/lib/nn.yaml:80:7
%5683 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5684 = cast %5683 : f32[] @ models/lib/nn.yaml:80:7
%5685 = broadcast %5684 : f32[16] @ models/lib/nn.yaml:80:7
%5686 = mul %5677, %5685 : f32[16] @ models/lib/nn.yaml:80:7
%5687 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5688 = cast %5687 : f32[] @ models/lib/nn.yaml:80:7
%5689 = broadcast %5688 : f32[16] @ models/lib/nn.yaml:80:7
%5690 = mul %5678, %5689 : f32[16] @ models/lib/nn.yaml:80:7
%5691 = add %5690, %5686 : f32[16] @ models/lib/nn.yaml:80:7
%5692 = mul %5677, %5677 : f32[16] @ models/lib/nn.yaml:80:7
%5693 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5694 = cast %5693 : f32[] @ models/lib/nn.yaml:80:7
%5695 = broadcast %5694 : f32[16] @ models/lib/nn.yaml:80:7
%5696 = mul %5692, %5695 : f32[16] @ models/lib/nn.yaml:80:7
%5697 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5698 = cast %5697 : f32[] @ models/lib/nn.yaml:80:7
%5699 = broadcast %5698 : f32[16] @ models/lib/nn.yaml:80:7
%5700 = mul %5679, %5699 : f32[16] @ models/lib/nn.yaml:80:7
%5701 = add %5700, %5696 : f32[16] @ models/lib/nn.yaml:80:7
%5702 = cast %5682 : f64[] @ models/lib/nn.yaml:80:7
%5703 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5704 = pow %5703, %5702 : f64[] @ models/lib/nn.yaml:80:7
%5705 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5706 = sub %5705, %5704 : f64[] @ models/lib/nn.yaml:80:7
%5707 = div %2065, %5706 : f64[] @ models/lib/nn.yaml:80:7
%5708 = cast %5682 : f64[] @ models/lib/nn.yaml:80:7
%5709 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5710 = pow %5709, %5708 : f64[] @ models/lib/nn.yaml:80:7
%5711 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5712 = sub %5711, %5710 : f64[] @ models/lib/nn.yaml:80:7
%5713 = sqrt %5712 : f64[] @ models/lib/nn.yaml:80:7
%5714 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5715 = div %5714, %5713 : f64[] @ models/lib/nn.yaml:80:7
%5716 = sqrt %5701 : f32[16] @ models/lib/nn.yaml:80:7
%5717 = cast %5715 : f32[] @ models/lib/nn.yaml:80:7
%5718 = broadcast %5717 : f32[16] @ models/lib/nn.yaml:80:7
%5719 = mul %5716, %5718 : f32[16] @ models/lib/nn.yaml:80:7
%5720 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5721 = cast %5720 : f32[] @ models/lib/nn.yaml:80:7
%5722 = broadcast %5721 : f32[16] @ models/lib/nn.yaml:80:7
%5723 = add %5719, %5722 : f32[16] @ models/lib/nn.yaml:80:7
%5724 = div %5691, %5723 : f32[16] @ models/lib/nn.yaml:80:7
%5725 = cast %5707 : f32[] @ models/lib/nn.yaml:80:7
%5726 = broadcast %5725 : f32[16] @ models/lib/nn.yaml:80:7
%5727 = mul %5724, %5726 : f32[16] @ models/lib/nn.yaml:80:7
%5728 = sub %40, %5727 : f32[16] @ models/lib/nn.yaml:80:7
%5729 = assign %40, %5728 : f32[16] @ models/lib/nn.yaml:80:7
%5730 = assign %5678, %5691 : f32[16] @ models/lib/nn.yaml:80:7
%5731 = assign %5679, %5701 : f32[16] @ models/lib/nn.yaml:80:7
%5732 = assign %5680, %5682 : i64[] @ models/lib/nn.yaml:80:7
%5733 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5734 = broadcast %5733 : f32[16] @ models/lib/nn.yaml:80:7
%5735 = mul %124, %5734 : f32[16] @ models/lib/nn.yaml:80:7
%5736 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5737 = sub %5736, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5738 = cast %5737 : f32[] @ models/lib/nn.yaml:80:7
%5739 = broadcast %5738 : f32[16] @ models/lib/nn.yaml:80:7
%5740 = mul %5728, %5739 : f32[16] @ models/lib/nn.yaml:80:7
%5741 = add %5735, %5740 : f32[16] @ models/lib/nn.yaml:80:7
%5742 = assign %124, %5741 : f32[16] @ models/lib/nn.yaml:80:7
%5743 = all_reduce_sum %2870 : f32[16,16] @ models/lib/nn.yaml:79:7
%5744 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5745 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5746 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5747 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5748 = add %5746, %5747 : i64[] @ models/lib/nn.yaml:79:7
%5749 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5750 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5751 = sub %5750, %5749 : f64[] @ models/lib/nn.yaml:79:7
%5752 = cast %5751 : f32[] @ models/lib/nn.yaml:79:7
%5753 = broadcast %5752 : f32[16,16] @ models/lib/nn.yaml:79:7
%5754 = mul %41, %5753 : f32[16,16] @ models/lib/nn.yaml:79:7
%5755 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5756 = cast %5755 : f32[] @ models/lib/nn.yaml:79:7
%5757 = broadcast %5756 : f32[16,16] @ models/lib/nn.yaml:79:7
%5758 = mul %5743, %5757 : f32[16,16] @ models/lib/nn.yaml:79:7
%5759 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5760 = cast %5759 : f32[] @ models/lib/nn.yaml:79:7
%5761 = broadcast %5760 : f32[16,16] @ models/lib/nn.yaml:79:7
%5762 = mul %5744, %5761 : f32[16,16] @ models/lib/nn.yaml:79:7
%5763 = add %5762, %5758 : f32[16,16] @ models/lib/nn.yaml:79:7
%5764 = mul %5743, %5743 : f32[16,16] @ models/lib/nn.yaml:79:7
%5765 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5766 = cast %5765 : f32[] @ models/lib/nn.yaml:79:7
%5767 = broadcast %5766 : f32[16,16] @ models/lib/nn.yaml:79:7
%5768 = mul %5764, %5767 : f32[16,16] @ models/lib/nn.yaml:79:7
%5769 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5770 = cast %5769 : f32[] @ models/lib/nn.yaml:79:7
%5771 = broadcast %5770 : f32[16,16] @ models/lib/nn.yaml:79:7
%5772 = mul %5745, %5771 : f32[16,16] @ models/lib/nn.yaml:79:7
%5773 = add %5772, %5768 : f32[16,16] @ models/lib/nn.yaml:79:7
%5774 = cast %5748 : f64[] @ models/lib/nn.yaml:79:7
%5775 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5776 = pow %5775, %5774 : f64[] @ models/lib/nn.yaml:79:7
%5777 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5778 = sub %5777, %5776 : f64[] @ models/lib/nn.yaml:79:7
%5779 = div %2065, %5778 : f64[] @ models/lib/nn.yaml:79:7
%5780 = cast %5748 : f64[] @ models/lib/nn.yaml:79:7
%5781 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5782 = pow %5781, %5780 : f64[] @ models/lib/nn.yaml:79:7
%5783 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5784 = sub %5783, %5782 : f64[] @ models/lib/nn.yaml:79:7
%5785 = sqrt %5784 : f64[] @ models/lib/nn.yaml:79:7
%5786 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5787 = div %5786, %5785 : f64[] @ models/lib/nn.yaml:79:7
%5788 = sqrt %5773 : f32[16,16] @ models/lib/nn.yaml:79:7
%5789 = cast %5787 : f32[] @ models/lib/nn.yaml:79:7
%5790 = broadcast %5789 : f32[16,16] @ models/lib/nn.yaml:79:7
%5791 = mul %5788, %5790 : f32[16,16] @ models/lib/nn.yaml:79:7
%5792 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5793 = cast %5792 : f32[] @ models/lib/nn.yaml:79:7
%5794 = broadcast %5793 : f32[16,16] @ models/lib/nn.yaml:79:7
%5795 = add %5791, %5794 : f32[16,16] @ models/lib/nn.yaml:79:7
%5796 = div %5763, %5795 : f32[16,16] @ models/lib/nn.yaml:79:7
%5797 = cast %5779 : f32[] @ models/lib/nn.yaml:79:7
%5798 = broadcast %5797 : f32[16,16] @ models/lib/nn.yaml:79:7
%5799 = mul %5796, %5798 : f32[16,16] @ models/lib/nn.yaml:79:7
%5800 = sub %5754, %5799 : f32[16,16] @ models/lib/nn.yaml:79:7
%5801 = assign %41, %5800 : f32[16,16] @ models/lib/nn.yaml:79:7
%5802 = assign %5744, %5763 : f32[16,16] @ models/lib/nn.yaml:79:7
%5803 = assign %5745, %5773 : f32[16,16] @ models/lib/nn.yaml:79:7
%5804 = assign %5746, %5748 : i64[] @ models/lib/nn.yaml:79:7
%5805 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5806 = broadcast %5805 : f32[16,16] @ models/lib/nn.yaml:79:7
%5807 = mul %125, %5806 : f32[16,16] @ models/lib/nn.yaml:79:7
%5808 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5809 = sub %5808, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5810 = cast %5809 : f32[] @ models/lib/nn.yaml:79:7
%5811 = broadcast %5810 : f32[16,16] @ models/lib/nn.yaml:79:7
%5812 = mul %5800, %5811 : f32[16,16] @ models/lib/nn.yaml:79:7
%5813 = add %5807, %5812 : f32[16,16] @ models/lib/nn.yaml:79:7
%5814 = assign %125, %5813 : f32[16,16] @ models/lib/nn.yaml:79:7
%5815 = all_reduce_sum %2866 : f32[16] @ models/lib/nn.yaml:80:7
%5816 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5817 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5818 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5819 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5820 = add %5818, %5819 : i64[] @ models/lib/nn.yaml:80:7
%5821 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5822 = cast %5821 : f32[] @ models/lib/nn.yaml:80:7
%5823 = broadcast %5822 : f32[16] @ models/lib/nn.yaml:80:7
%5824 = mul %5815, %5823 : f32[16] @ models/lib/nn.yaml:80:7
%5825 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5826 = cast %5825 : f32[] @ models/lib/nn.yaml:80:7
%5827 = broadcast %5826 : f32[16] @ models/lib/nn.yaml:80:7
%5828 = mul %5816, %5827 : f32[16] @ models/lib/nn.yaml:80:7
%5829 = add %5828, %5824 : f32[16] @ models/lib/nn.yaml:80:7
%5830 = mul %5815, %5815 : f32[16] @ models/lib/nn.yaml:80:7
%5831 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5832 = cast %5831 : f32[] @ models/lib/nn.yaml:80:7
%5833 = broadcast %5832 : f32[16] @ models/lib/nn.yaml:80:7
%5834 = mul %5830, %5833 : f32[16] @ models/lib/nn.yaml:80:7
%5835 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5836 = cast %5835 : f32[] @ models/lib/nn.yaml:80:7
%5837 = broadcast %5836 : f32[16] @ models/lib/nn.yaml:80:7
%5838 = mul %5817, %5837 : f32[16] @ models/lib/nn.yaml:80:7
%5839 = add %5838, %5834 : f32[16] @ models/lib/nn.yaml:80:7
%5840 = cast %5820 : f64[] @ models/lib/nn.yaml:80:7
%5841 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5842 = pow %5841, %5840 : f64[] @ models/lib/nn.yaml:80:7
%5843 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5844 = sub %5843, %5842 : f64[] @ models/lib/nn.yaml:80:7
%5845 = div %2065, %5844 : f64[] @ models/lib/nn.yaml:80:7
%5846 = cast %5820 : f64[] @ models/lib/nn.yaml:80:7
%5847 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5848 = pow %5847, %5846 : f64[] @ models/lib/nn.yaml:80:7
%5849 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5850 = sub %5849, %5848 : f64[] @ models/lib/nn.yaml:80:7
%5851 = sqrt %5850 : f64[] @ models/lib/nn.yaml:80:7
%5852 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5853 = div %5852, %5851 : f64[] @ models/lib/nn.yaml:80:7
%5854 = sqrt %5839 : f32[16] @ models/lib/nn.yaml:80:7
%5855 = cast %5853 : f32[] @ models/lib/nn.yaml:80:7
%5856 = broadcast %5855 : f32[16] @ models/lib/nn.yaml:80:7
%5857 = mul %5854, %5856 : f32[16] @ models/lib/nn.yaml:80:7
%5858 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5859 = cast %5858 : f32[] @ models/lib/nn.yaml:80:7
%5860 = broadcast %5859 : f32[16] @ models/lib/nn.yaml:80:7
%5861 = add %5857, %5860 : f32[16] @ models/lib/nn.yaml:80:7
%5862 = div %5829, %5861 : f32[16] @ models/lib/nn.yaml:80:7
%5863 = cast %5845 : f32[] @ models/lib/nn.yaml:80:7
%5864 = broadcast %5863 : f32[16] @ models/lib/nn.yaml:80:7
%5865 = mul %5862, %5864 : f32[16] @ models/lib/nn.yaml:80:7
%5866 = sub %42, %5865 : f32[16] @ models/lib/nn.yaml:80:7
%5867 = assign %42, %5866 : f32[16] @ models/lib/nn.yaml:80:7
%5868 = assign %5816, %5829 : f32[16] @ models/lib/nn.yaml:80:7
%5869 = assign %5817, %5839 : f32[16] @ models/lib/nn.yaml:80:7
%5870 = assign %5818, %5820 : i64[] @ models/lib/nn.yaml:80:7
%5871 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5872 = broadcast %5871 : f32[16] @ models/lib/nn.yaml:80:7
%5873 = mul %126, %5872 : f32[16] @ models/lib/nn.yaml:80:7
%5874 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5875 = sub %5874, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5876 = cast %5875 : f32[] @ models/lib/nn.yaml:80:7
%5877 = broadcast %5876 : f32[16] @ models/lib/nn.yaml:80:7
%5878 = mul %5866, %5877 : f32[16] @ models/lib/nn.yaml:80:7
%5879 = add %5873, %5878 : f32[16] @ models/lib/nn.yaml:80:7
%5880 = assign %126, %5879 : f32[16] @ models/lib/nn.yaml:80:7
%5881 = all_reduce_sum %2843 : f32[16] @ models/lib/nn.yaml:89:7
%5882 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5883 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5884 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5885 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5886 = add %5884, %5885 : i64[] @ models/lib/nn.yaml:89:7
%5887 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5888 = cast %5887 : f32[] @ models/lib/nn.yaml:89:7
%5889 = broadcast %5888 : f32[16] @ models/lib/nn.yaml:89:7
%5890 = mul %5881, %5889 : f32[16] @ models/lib/nn.yaml:89:7
%5891 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5892 = cast %5891 : f32[] @ models/lib/nn.yaml:89:7
%5893 = broadcast %5892 : f32[16] @ models/lib/nn.yaml:89:7
%5894 = mul %5882, %5893 : f32[16] @ models/lib/nn.yaml:89:7
%5895 = add %5894, %5890 : f32[16] @ models/lib/nn.yaml:89:7
%5896 = mul %5881, %5881 : f32[16] @ models/lib/nn.yaml:89:7
%5897 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5898 = cast %5897 : f32[] @ models/lib/nn.yaml:89:7
%5899 = broadcast %5898 : f32[16] @ models/lib/nn.yaml:89:7
%5900 = mul %5896, %5899 : f32[16] @ models/lib/nn.yaml:89:7
%5901 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5902 = cast %5901 : f32[] @ models/lib/nn.yaml:89:7
%5903 = broadcast %5902 : f32[16] @ models/lib/nn.yaml:89:7
%5904 = mul %5883, %5903 : f32[16] @ models/lib/nn.yaml:89:7
%5905 = add %5904, %5900 : f32[16] @ models/lib/nn.yaml:89:7
%5906 = cast %5886 : f64[] @ models/lib/nn.yaml:89:7
%5907 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5908 = pow %5907, %5906 : f64[] @ models/lib/nn.yaml:89:7
%5909 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5910 = sub %5909, %5908 : f64[] @ models/lib/nn.yaml:89:7
%5911 = div %2065, %5910 : f64[] @ models/lib/nn.yaml:89:7
%5912 = cast %5886 : f64[] @ models/lib/nn.yaml:89:7
%5913 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5914 = pow %5913, %5912 : f64[] @ models/lib/nn.yaml:89:7
%5915 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5916 = sub %5915, %5914 : f64[] @ models/lib/nn.yaml:89:7
%5917 = sqrt %5916 : f64[] @ models/lib/nn.yaml:89:7
%5918 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5919 = div %5918, %5917 : f64[] @ models/lib/nn.yaml:89:7
%5920 = sqrt %5905 : f32[16] @ models/lib/nn.yaml:89:7
%5921 = cast %5919 : f32[] @ models/lib/nn.yaml:89:7
%5922 = broadcast %5921 : f32[16] @ models/lib/nn.yaml:89:7
%5923 = mul %5920, %5922 : f32[16] @ models/lib/nn.yaml:89:7
%5924 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5925 = cast %5924 : f32[] @ models/lib/nn.yaml:89:7
%5926 = broadcast %5925 : f32[16] @ models/lib/nn.yaml:89:7
%5927 = add %5923, %5926 : f32[16] @ models/lib/nn.yaml:89:7
%5928 = div %5895, %5927 : f32[16] @ models/lib/nn.yaml:89:7
%5929 = cast %5911 : f32[] @ models/lib/nn.yaml:89:7
%5930 = broadcast %5929 : f32[16] @ models/lib/nn.yaml:89:7
%5931 = mul %5928, %5930 : f32[16] @ models/lib/nn.yaml:89:7
%5932 = sub %43, %5931 : f32[16] @ models/lib/nn.yaml:89:7
%5933 = assign %43, %5932 : f32[16] @ models/lib/nn.yaml:89:7
%5934 = assign %5882, %5895 : f32[16] @ models/lib/nn.yaml:89:7
%5935 = assign %5883, %5905 : f32[16] @ models/lib/nn.yaml:89:7
%5936 = assign %5884, %5886 : i64[] @ models/lib/nn.yaml:89:7
%5937 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%5938 = broadcast %5937 : f32[16] @ models/lib/nn.yaml:89:7
%5939 = mul %127, %5938 : f32[16] @ models/lib/nn.yaml:89:7
%5940 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5941 = sub %5940, %2067 : f64[] @ models/lib/nn.yaml:89:7
%5942 = cast %5941 : f32[] @ models/lib/nn.yaml:89:7
%5943 = broadcast %5942 : f32[16] @ models/lib/nn.yaml:89:7
%5944 = mul %5932, %5943 : f32[16] @ models/lib/nn.yaml:89:7
%5945 = add %5939, %5944 : f32[16] @ models/lib/nn.yaml:89:7
%5946 = assign %127, %5945 : f32[16] @ models/lib/nn.yaml:89:7
%5947 = all_reduce_sum %2839 : f32[16] @ models/lib/nn.yaml:90:7
%5948 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5949 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5950 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5951 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5952 = add %5950, %5951 : i64[] @ models/lib/nn.yaml:90:7
%5953 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5954 = cast %5953 : f32[] @ models/lib/nn.yaml:90:7
%5955 = broadcast %5954 : f32[16] @ models/lib/nn.yaml:90:7
%5956 = mul %5947, %5955 : f32[16] @ models/lib/nn.yaml:90:7
%5957 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5958 = cast %5957 : f32[] @ models/lib/nn.yaml:90:7
%5959 = broadcast %5958 : f32[16] @ models/lib/nn.yaml:90:7
%5960 = mul %5948, %5959 : f32[16] @ models/lib/nn.yaml:90:7
%5961 = add %5960, %5956 : f32[16] @ models/lib/nn.yaml:90:7
%5962 = mul %5947, %5947 : f32[16] @ models/lib/nn.yaml:90:7
%5963 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5964 = cast %5963 : f32[] @ models/lib/nn.yaml:90:7
%5965 = broadcast %5964 : f32[16] @ models/lib/nn.yaml:90:7
%5966 = mul %5962, %5965 : f32[16] @ models/lib/nn.yaml:90:7
%5967 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5968 = cast %5967 : f32[] @ models/lib/nn.yaml:90:7
%5969 = broadcast %5968 : f32[16] @ models/lib/nn.yaml:90:7
%5970 = mul %5949, %5969 : f32[16] @ models/lib/nn.yaml:90:7
%5971 = add %5970, %5966 : f32[16] @ models/lib/nn.yaml:90:7
%5972 = cast %5952 : f64[] @ models/lib/nn.yaml:90:7
%5973 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5974 = pow %5973, %5972 : f64[] @ models/lib/nn.yaml:90:7
%5975 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5976 = sub %5975, %5974 : f64[] @ models/lib/nn.yaml:90:7
%5977 = div %2065, %5976 : f64[] @ models/lib/nn.yaml:90:7
%5978 = cast %5952 : f64[] @ models/lib/nn.yaml:90:7
%5979 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5980 = pow %5979, %5978 : f64[] @ models/lib/nn.yaml:90:7
%5981 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5982 = sub %5981, %5980 : f64[] @ models/lib/nn.yaml:90:7
%5983 = sqrt %5982 : f64[] @ models/lib/nn.yaml:90:7
%5984 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5985 = div %5984, %5983 : f64[] @ models/lib/nn.yaml:90:7
%5986 = sqrt %5971 : f32[16] @ models/lib/nn.yaml:90:7
%5987 = cast %5985 : f32[] @ models/lib/nn.yaml:90:7
%5988 = broadcast %5987 : f32[16] @ models/lib/nn.yaml:90:7
%5989 = mul %5986, %5988 : f32[16] @ models/lib/nn.yaml:90:7
%5990 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5991 = cast %5990 : f32[] @ models/lib/nn.yaml:90:7
%5992 = broadcast %5991 : f32[16] @ models/lib/nn.yaml:90:7
%5993 = add %5989, %5992 : f32[16] @ models/lib/nn.yaml:90:7
%5994 = div %5961, %5993 : f32[16] @ models/lib/nn.yaml:90:7
%5995 = cast %5977 : f32[] @ models/lib/nn.yaml:90:7
%5996 = broadcast %5995 : f32[16] @ models/lib/nn.yaml:90:7
%5997 = mul %5994, %5996 : f32[16] @ models/lib/nn.yaml:90:7
%5998 = sub %44, %5997 : f32[16] @ models/lib/nn.yaml:90:7
%5999 = assign %44, %5998 : f32[16] @ models/lib/nn.yaml:90:7
%6000 = assign %5948, %5961 : f32[16] @ models/lib/nn.yaml:90:7
%6001 = assign %5949, %5971 : f32[16] @ models/lib/nn.yaml:90:7
%6002 = assign %5950, %5952 : i64[] @ models/lib/nn.yaml:90:7
%6003 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%6004 = broadcast %6003 : f32[16] @ models/lib/nn.yaml:90:7
%6005 = mul %128, %6004 : f32[16] @ models/lib/nn.yaml:90:7
%6006 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6007 = sub %6006, %2067 : f64[] @ models/lib/nn.yaml:90:7
%6008 = cast %6007 : f32[] @ models/lib/nn.yaml:90:7
%6009 = broadcast %6008 : f32[16] @ models/lib/nn.yaml:90:7
%6010 = mul %5998, %6009 : f32[16] @ models/lib/nn.yaml:90:7
%6011 = add %6005, %6010 : f32[16] @ models/lib/nn.yaml:90:7
%6012 = assign %128, %6011 : f32[16] @ models/lib/nn.yaml:90:7
%6013 = all_reduce_sum %2837 : f32[64,16] @ models/lib/nn.yaml:79:7
%6014 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6015 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6016 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6017 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6018 = add %6016, %6017 : i64[] @ models/lib/nn.yaml:79:7
%6019 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6020 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6021 = sub %6020, %6019 : f64[] @ models/lib/nn.yaml:79:7
%6022 = cast %6021 : f32[] @ models/lib/nn.yaml:79:7
%6023 = broadcast %6022 : f32[64,16] @ models/lib/nn.yaml:79:7
%6024 = mul %45, %6023 : f32[64,16] @ models/lib/nn.yaml:79:7
%6025 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6026 = cast %6025 : f32[] @ models/lib/nn.yaml:79:7
%6027 = broadcast %6026 : f32[64,16] @ models/lib/nn.yaml:79:7
%6028 = mul %6013, %6027 : f32[64,16] @ models/lib/nn.yaml:79:7
%6029 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6030 = cast %6029 : f32[] @ models/lib/nn.yaml:79:7
%6031 = broadcast %6030 : f32[64,16] @ models/lib/nn.yaml:79:7
%6032 = mul %6014, %6031 : f32[64,16] @ models/lib/nn.yaml:79:7
%6033 = add %6032, %6028 : f32[64,16] @ models/lib/nn.yaml:79:7
%6034 = mul %6013, %6013 : f32[64,16] @ models/lib/nn.yaml:79:7
%6035 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6036 = cast %6035 : f32[] @ models/lib/nn.yaml:79:7
%6037 = broadcast %6036 : f32[64,16] @ models/lib/nn.yaml:79:7
%6038 = mul %6034, %6037 : f32[64,16] @ models/lib/nn.yaml:79:7
%6039 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6040 = cast %6039 : f32[] @ models/lib/nn.yaml:79:7
%6041 = broadcast %6040 : f32[64,16] @ models/lib/nn.yaml:79:7
%6042 = mul %6015, %6041 : f32[64,16] @ models/lib/nn.yaml:79:7
%6043 = add %6042, %6038 : f32[64,16] @ models/lib/nn.yaml:79:7
%6044 = cast %6018 : f64[] @ models/lib/nn.yaml:79:7
%6045 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6046 = pow %6045, %6044 : f64[] @ models/lib/nn.yaml:79:7
%6047 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6048 = sub %6047, %6046 : f64[] @ models/lib/nn.yaml:79:7
%6049 = div %2065, %6048 : f64[] @ models/lib/nn.yaml:79:7
%6050 = cast %6018 : f64[] @ models/lib/nn.yaml:79:7
%6051 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6052 = pow %6051, %6050 : f64[] @ models/lib/nn.yaml:79:7
%6053 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6054 = sub %6053, %6052 : f64[] @ models/lib/nn.yaml:79:7
%6055 = sqrt %6054 : f64[] @ models/lib/nn.yaml:79:7
%6056 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6057 = div %6056, %6055 : f64[] @ models/lib/nn.yaml:79:7
%6058 = sqrt %6043 : f32[64,16] @ models/lib/nn.yaml:79:7
%6059 = cast %6057 : f32[] @ models/lib/nn.yaml:79:7
%6060 = broadcast %6059 : f32[64,16] @ models/lib/nn.yaml:79:7
%6061 = mul %6058, %6060 : f32[64,16] @ models/lib/nn.yaml:79:7
%6062 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6063 = cast %6062 : f32[] @ models/lib/nn.yaml:79:7
%6064 = broadcast %6063 : f32[64,16] @ models/lib/nn.yaml:79:7
%6065 = add %6061, %6064 : f32[64,16] @ models/lib/nn.yaml:79:7
%6066 = div %6033, %6065 : f32[64,16] @ models/lib/nn.yaml:79:7
%6067 = cast %6049 : f32[] @ models/lib/nn.yaml:79:7
%6068 = broadcast %6067 : f32[64,16] @ models/lib/nn.yaml:79:7
%6069 = mul %6066, %6068 : f32[64,16] @ models/lib/nn.yaml:79:7
%6070 = sub %6024, %6069 : f32[64,16] @ models/lib/nn.yaml:79:7
%6071 = assign %45, %6070 : f32[64,16] @ models/lib/nn.yaml:79:7
%6072 = assign %6014, %6033 : f32[64,16] @ models/lib/nn.yaml:79:7
%6073 = assign %6015, %6043 : f32[64,16] @ models/lib/nn.yaml:79:7
%6074 = assign %6016, %6018 : i64[] @ models/lib/nn.yaml:79:7
%6075 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6076 = broadcast %6075 : f32[64,16] @ models/lib/nn.yaml:79:7
%6077 = mul %129, %6076 : f32[64,16] @ models/lib/nn.yaml:79:7
%6078 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6079 = sub %6078, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6080 = cast %6079 : f32[] @ models/lib/nn.yaml:79:7
%6081 = broadcast %6080 : f32[64,16] @ models/lib/nn.yaml:79:7
%6082 = mul %6070, %6081 : f32[64,16] @ models/lib/nn.yaml:79:7
%6083 = add %6077, %6082 : f32[64,16] @ models/lib/nn.yaml:79:7
%6084 = assign %129, %6083 : f32[64,16] @ models/lib/nn.yaml:79:7
%6085 = all_reduce_sum %2833 : f32[64] @ models/lib/nn.yaml:80:7
%6086 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6087 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6088 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6089 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6090 = add %6088, %6089 : i64[] @ models/lib/nn.yaml:80:7
%6091 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6092 = cast %6091 : f32[] @ models/lib/nn.yaml:80:7
%6093 = broadcast %6092 : f32[64] @ models/lib/nn.yaml:80:7
%6094 = mul %6085, %6093 : f32[64] @ models/lib/nn.yaml:80:7
%6095 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6096 = cast %6095 : f32[] @ models/lib/nn.yaml:80:7
%6097 = broadcast %6096 : f32[64] @ models/lib/nn.yaml:80:7
%6098 = mul %6086, %6097 : f32[64] @ models/lib/nn.yaml:80:7
%6099 = add %6098, %6094 : f32[64] @ models/lib/nn.yaml:80:7
%6100 = mul %6085, %6085 : f32[64] @ models/lib/nn.yaml:80:7
%6101 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6102 = cast %6101 : f32[] @ models/lib/nn.yaml:80:7
%6103 = broadcast %6102 : f32[64] @ models/lib/nn.yaml:80:7
%6104 = mul %6100, %6103 : f32[64] @ models/lib/nn.yaml:80:7
%6105 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6106 = cast %6105 : f32[] @ models/lib/nn.yaml:80:7
%6107 = broadcast %6106 : f32[64] @ models/lib/nn.yaml:80:7
%6108 = mul %6087, %6107 : f32[64] @ models/lib/nn.yaml:80:7
%6109 = add %6108, %6104 : f32[64] @ models/lib/nn.yaml:80:7
%6110 = cast %6090 : f64[] @ models/lib/nn.yaml:80:7
%6111 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6112 = pow %6111, %6110 : f64[] @ models/lib/nn.yaml:80:7
%6113 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6114 = sub %6113, %6112 : f64[] @ models/lib/nn.yaml:80:7
%6115 = div %2065, %6114 : f64[] @ models/lib/nn.yaml:80:7
%6116 = cast %6090 : f64[] @ models/lib/nn.yaml:80:7
%6117 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6118 = pow %6117, %6116 : f64[] @ models/lib/nn.yaml:80:7
%6119 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6120 = sub %6119, %6118 : f64[] @ models/lib/nn.yaml:80:7
%6121 = sqrt %6120 : f64[] @ models/lib/nn.yaml:80:7
%6122 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6123 = div %6122, %6121 : f64[] @ models/lib/nn.yaml:80:7
%6124 = sqrt %6109 : f32[64] @ models/lib/nn.yaml:80:7
%6125 = cast %6123 : f32[] @ models/lib/nn.yaml:80:7
%6126 = broadcast %6125 : f32[64] @ models/lib/nn.yaml:80:7
%6127 = mul %6124, %6126 : f32[64] @ models/lib/nn.yaml:80:7
%6128 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6129 = cast %6128 : f32[] @ models/lib/nn.yaml:80:7
%6130 = broadcast %6129 : f32[64] @ models/lib/nn.yaml:80:7
%6131 = add %6127, %6130 : f32[64] @ models/lib/nn.yaml:80:7
%6132 = div %6099, %6131 : f32[64] @ models/lib/nn.yaml:80:7
%6133 = cast %6115 : f32[] @ models/lib/nn.yaml:80:7
%6134 = broadcast %6133 : f32[64] @ models/lib/nn.yaml:80:7
%6135 = mul %6132, %6134 : f32[64] @ models/lib/nn.yaml:80:7
%6136 = sub %46, %6135 : f32[64] @ models/lib/nn.yaml:80:7
%6137 = assign %46, %6136 : f32[64] @ models/lib/nn.yaml:80:7
%6138 = assign %6086, %6099 : f32[64] @ models/lib/nn.yaml:80:7
%6139 = assign %6087, %6109 : f32[64] @ models/lib/nn.yaml:80:7
%6140 = assign %6088, %6090 : i64[] @ models/lib/nn.yaml:80:7
%6141 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6142 = broadcast %6141 : f32[64] @ models/lib/nn.yaml:80:7
%6143 = mul %130, %6142 : f32[64] @ models/lib/nn.yaml:80:7
%6144 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6145 = sub %6144, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6146 = cast %6145 : f32[] @ models/lib/nn.yaml:80:7
%6147 = broadcast %6146 : f32[64] @ models/lib/nn.yaml:80:7
%6148 = mul %6136, %6147 : f32[64] @ models/lib/nn.yaml:80:7
%6149 = add %6143, %6148 : f32[64] @ models/lib/nn.yaml:80:7
%6150 = assign %130, %6149 : f32[64] @ models/lib/nn.yaml:80:7
%6151 = all_reduce_sum %2819 : f32[16,64] @ models/lib/nn.yaml:79:7
%6152 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6153 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6154 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6155 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6156 = add %6154, %6155 : i64[] @ models/lib/nn.yaml:79:7
%6157 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6158 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6159 = sub %6158, %6157 : f64[] @ models/lib/nn.yaml:79:7
%6160 = cast %6159 : f32[] @ models/lib/nn.yaml:79:7
%6161 = broadcast %6160 : f32[16,64] @ models/lib/nn.yaml:79:7
%6162 = mul %47, %6161 : f32[16,64] @ models/lib/nn.yaml:79:7
%6163 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6164 = cast %6163 : f32[] @ models/lib/nn.yaml:79:7
%6165 = broadcast %6164 : f32[16,64] @ models/lib/nn.yaml:79:7
%6166 = mul %6151, %6165 : f32[16,64] @ models/lib/nn.yaml:79:7
%6167 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6168 = cast %6167 : f32[] @ models/lib/nn.yaml:79:7
%6169 = broadcast %6168 : f32[16,64] @ models/lib/nn.yaml:79:7
%6170 = mul %6152, %6169 : f32[16,64] @ models/lib/nn.yaml:79:7
%6171 = add %6170, %6166 : f32[16,64] @ models/lib/nn.yaml:79:7
%6172 = mul %6151, %6151 : f32[16,64] @ models/lib/nn.yaml:79:7
%6173 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6174 = cast %6173 : f32[] @ models/lib/nn.yaml:79:7
%6175 = broadcast %6174 : f32[16,64] @ models/lib/nn.yaml:79:7
%6176 = mul %6172, %6175 : f32[16,64] @ models/lib/nn.yaml:79:7
%6177 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6178 = cast %6177 : f32[] @ models/lib/nn.yaml:79:7
%6179 = broadcast %6178 : f32[16,64] @ models/lib/nn.yaml:79:7
%6180 = mul %6153, %6179 : f32[16,64] @ models/lib/nn.yaml:79:7
%6181 = add %6180, %6176 : f32[16,64] @ models/lib/nn.yaml:79:7
%6182 = cast %6156 : f64[] @ models/lib/nn.yaml:79:7
%6183 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6184 = pow %6183, %6182 : f64[] @ models/lib/nn.yaml:79:7
%6185 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6186 = sub %6185, %6184 : f64[] @ models/lib/nn.yaml:79:7
%6187 = div %2065, %6186 : f64[] @ models/lib/nn.yaml:79:7
%6188 = cast %6156 : f64[] @ models/lib/nn.yaml:79:7
%6189 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6190 = pow %6189, %6188 : f64[] @ models/lib/nn.yaml:79:7
%6191 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6192 = sub %6191, %6190 : f64[] @ models/lib/nn.yaml:79:7
%6193 = sqrt %6192 : f64[] @ models/lib/nn.yaml:79:7
%6194 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6195 = div %6194, %6193 : f64[] @ models/lib/nn.yaml:79:7
%6196 = sqrt %6181 : f32[16,64] @ models/lib/nn.yaml:79:7
%6197 = cast %6195 : f32[] @ models/lib/nn.yaml:79:7
%6198 = broadcast %6197 : f32[16,64] @ models/lib/nn.yaml:79:7
%6199 = mul %6196, %6198 : f32[16,64] @ models/lib/nn.yaml:79:7
%6200 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6201 = cast %6200 : f32[] @ models/lib/nn.yaml:79:7
%6202 = broadcast %6201 : f32[16,64] @ models/lib/nn.yaml:79:7
%6203 = add %6199, %6202 : f32[16,64] @ models/lib/nn.yaml:79:7
%6204 = div %6171, %6203 : f32[16,64] @ models/lib/nn.yaml:79:7
%6205 = cast %6187 : f32[] @ models/lib/nn.yaml:79:7
%6206 = broadcast %6205 : f32[16,64] @ models/lib/nn.yaml:79:7
%6207 = mul %6204, %6206 : f32[16,64] @ models/lib/nn.yaml:79:7
%6208 = sub %6162, %6207 : f32[16,64] @ models/lib/nn.yaml:79:7
%6209 = assign %47, %6208 : f32[16,64] @ models/lib/nn.yaml:79:7
%6210 = assign %6152, %6171 : f32[16,64] @ models/lib/nn.yaml:79:7
%6211 = assign %6153, %6181 : f32[16,64] @ models/lib/nn.yaml:79:7
%6212 = assign %6154, %6156 : i64[] @ models/lib/nn.yaml:79:7
%6213 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6214 = broadcast %6213 : f32[16,64] @ models/lib/nn.yaml:79:7
%6215 = mul %131, %6214 : f32[16,64] @ models/lib/nn.yaml:79:7
%6216 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6217 = sub %6216, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6218 = cast %6217 : f32[] @ models/lib/nn.yaml:79:7
%6219 = broadcast %6218 : f32[16,64] @ models/lib/nn.yaml:79:7
%6220 = mul %6208, %6219 : f32[16,64] @ models/lib/nn.yaml:79:7
%6221 = add %6215, %6220 : f32[16,64] @ models/lib/nn.yaml:79:7
%6222 = assign %131, %6221 : f32[16,64] @ models/lib/nn.yaml:79:7
%6223 = all_reduce_sum %2815 : f32[16] @ models/lib/nn.yaml:80:7
%6224 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6225 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6226 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6227 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6228 = add %6226, %6227 : i64[] @ models/lib/nn.yaml:80:7
%6229 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6230 = cast %6229 : f32[] @ models/lib/nn.yaml:80:7
%6231 = broadcast %6230 : f32[16] @ models/lib/nn.yaml:80:7
%6232 = mul %6223, %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6233 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6234 = cast %6233 : f32[] @ models/lib/nn.yaml:80:7
%6235 = broadcast %6234 : f32[16] @ models/lib/nn.yaml:80:7
%6236 = mul %6224, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%6237 = add %6236, %6232 : f32[16] @ models/lib/nn.yaml:80:7
%6238 = mul %6223, %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6239 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6240 = cast %6239 : f32[] @ models/lib/nn.yaml:80:7
%6241 = broadcast %6240 : f32[16] @ models/lib/nn.yaml:80:7
%6242 = mul %6238, %6241 : f32[16] @ models/lib/nn.yaml:80:7
%6243 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6244 = cast %6243 : f32[] @ models/lib/nn.yaml:80:7
%6245 = broadcast %6244 : f32[16] @ models/lib/nn.yaml:80:7
%6246 = mul %6225, %6245 : f32[16] @ models/lib/nn.yaml:80:7
%6247 = add %6246, %6242 : f32[16] @ models/lib/nn.yaml:80:7
%6248 = cast %6228 : f64[] @ models/lib/nn.yaml:80:7
%6249 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6250 = pow %6249, %6248 : f64[] @ models/lib/nn.yaml:80:7
%6251 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6252 = sub %6251, %6250 : f64[] @ models/lib/nn.yaml:80:7
%6253 = div %2065, %6252 : f64[] @ models/lib/nn.yaml:80:7
%6254 = cast %6228 : f64[] @ models/lib/nn.yaml:80:7
%6255 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6256 = pow %6255, %6254 : f64[] @ models/lib/nn.yaml:80:7
%6257 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6258 = sub %6257, %6256 : f64[] @ models/lib/nn.yaml:80:7
%6259 = sqrt %6258 : f64[] @ models/lib/nn.yaml:80:7
%6260 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6261 = div %6260, %6259 : f64[] @ models/lib/nn.yaml:80:7
%6262 = sqrt %6247 : f32[16] @ models/lib/nn.yaml:80:7
%6263 = cast %6261 : f32[] @ models/lib/nn.yaml:80:7
%6264 = broadcast %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6265 = mul %6262, %6264 : f32[16] @ models/lib/nn.yaml:80:7
%6266 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6267 = cast %6266 : f32[] @ models/lib/nn.yaml:80:7
%6268 = broadcast %6267 : f32[16] @ models/lib/nn.yaml:80:7
%6269 = add %6265, %6268 : f32[16] @ models/lib/nn.yaml:80:7
%6270 = div %6237, %6269 : f32[16] @ models/lib/nn.yaml:80:7
%6271 = cast %6253 : f32[] @ models/lib/nn.yaml:80:7
%6272 = broadcast %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6273 = mul %6270, %6272 : f32[16] @ models/lib/nn.yaml:80:7
%6274 = sub %48, %6273 : f32[16] @ models/lib/nn.yaml:80:7
%6275 = assign %48, %6274 : f32[16] @ models/lib/nn.yaml:80:7
%6276 = assign %6224, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6277 = assign %6225, %6247 : f32[16] @ models/lib/nn.yaml:80:7
%6278 = assign %6226, %6228 : i64[] @ models/lib/nn.yaml:80:7
%6279 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6280 = broadcast %6279 : f32[16] @ models/lib/nn.yaml:80:7
%6281 = mul %132, %6280 : f32[16] @ models/lib/nn.yaml:80:7
%6282 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6283 = sub %6282, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6284 = cast %6283 : f32[] @ models/lib/nn.yaml:80:7
%6285 = broadcast %6284 : f32[16] @ models/lib/nn.yaml:80:7
%6286 = mul %6274, %6285 : f32[16] @ models/lib/nn.yaml:80:7
%6287 = add %6281, %6286 : f32[16] @ models/lib/nn.yaml:80:7
%6288 = assign %132, %6287 : f32[16] @ models/lib/nn.yaml:80:7
%6289 = all_reduce_sum %2789 : f32[16] @ models/lib/nn.yaml:89:7
%6290 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6291 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6292 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6293 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6294 = add %6292, %6293 : i64[] @ models/lib/nn.yaml:89:7
%6295 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6296 = cast %6295 : f32[] @ models/lib/nn.yaml:89:7
%6297 = broadcast %6296 : f32[16] @ models/lib/nn.yaml:89:7
%6298 = mul %6289, %6297 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6300 = cast %6299 : f32[] @ models/lib/nn.yaml:89:7
%6301 = broadcast %6300 : f32[16] @ models/lib/nn.yaml:89:7
%6302 = mul %6290, %6301 : f32[16] @ models/lib/nn.yaml:89:7
%6303 = add %6302, %6298 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = mul %6289, %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6306 = cast %6305 : f32[] @ models/lib/nn.yaml:89:7
%6307 = broadcast %6306 : f32[16] @ models/lib/nn.yaml:89:7
%6308 = mul %6304, %6307 : f32[16] @ models/lib/nn.yaml:89:7
%6309 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6310 = cast %6309 : f32[] @ models/lib/nn.yaml:89:7
%6311 = broadcast %6310 : f32[16] @ models/lib/nn.yaml:89:7
%6312 = mul %6291, %6311 : f32[16] @ models/lib/nn.yaml:89:7
%6313 = add %6312, %6308 : f32[16] @ models/lib/nn.yaml:89:7
%6314 = cast %6294 : f64[] @ models/lib/nn.yaml:89:7
%6315 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6316 = pow %6315, %6314 : f64[] @ models/lib/nn.yaml:89:7
%6317 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6318 = sub %6317, %6316 : f64[] @ models/lib/nn.yaml:89:7
%6319 = div %2065, %6318 : f64[] @ models/lib/nn.yaml:89:7
%6320 = cast %6294 : f64[] @ models/lib/nn.yaml:89:7
%6321 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6322 = pow %6321, %6320 : f64[] @ models/lib/nn.yaml:89:7
%6323 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6324 = sub %6323, %6322 : f64[] @ models/lib/nn.yaml:89:7
%6325 = sqrt %6324 : f64[] @ models/lib/nn.yaml:89:7
%6326 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6327 = div %6326, %6325 : f64[] @ models/lib/nn.yaml:89:7
%6328 = sqrt %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6329 = cast %6327 : f32[] @ models/lib/nn.yaml:89:7
%6330 = broadcast %6329 : f32[16] @ models/lib/nn.yaml:89:7
%6331 = mul %6328, %6330 : f32[16] @ models/lib/nn.yaml:89:7
%6332 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6333 = cast %6332 : f32[] @ models/lib/nn.yaml:89:7
%6334 = broadcast %6333 : f32[16] @ models/lib/nn.yaml:89:7
%6335 = add %6331, %6334 : f32[16] @ models/lib/nn.yaml:89:7
%6336 = div %6303, %6335 : f32[16] @ models/lib/nn.yaml:89:7
%6337 = cast %6319 : f32[] @ models/lib/nn.yaml:89:7
%6338 = broadcast %6337 : f32[16] @ models/lib/nn.yaml:89:7
%6339 = mul %6336, %6338 : f32[16] @ models/lib/nn.yaml:89:7
%6340 = sub %49, %6339 : f32[16] @ models/lib/nn.yaml:89:7
%6341 = assign %49, %6340 : f32[16] @ models/lib/nn.yaml:89:7
%6342 = assign %6290, %6303 : f32[16] @ models/lib/nn.yaml:89:7
%6343 = assign %6291, %6313 : f32[16] @ models/lib/nn.yaml:89:7
%6344 = assign %6292, %6294 : i64[] @ models/lib/nn.yaml:89:7
%6345 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%6346 = broadcast %6345 : f32[16] @ models/lib/nn.yaml:89:7
%6347 = mul %133, %6346 : f32[16] @ models/lib/nn.yaml:89:7
%6348 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6349 = sub %6348, %2067 : f64[] @ models/lib/nn.yaml:89:7
%6350 = cast %6349 : f32[] @ models/lib/nn.yaml:89:7
%6351 = broadcast %6350 : f32[16] @ models/lib/nn.yaml:89:7
%6352 = mul %6340, %6351 : f32[16] @ models/lib/nn.yaml:89:7
%6353 = add %6347, %6352 : f32[16] @ models/lib/nn.yaml:89:7
%6354 = assign %133, %6353 : f32[16] @ models/lib/nn.yaml:89:7
%6355 = all_reduce_sum %2785 : f32[16] @ models/lib/nn.yaml:90:7
%6356 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6357 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6358 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6359 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6360 = add %6358, %6359 : i64[] @ models/lib/nn.yaml:90:7
%6361 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6362 = cast %6361 : f32[] @ models/lib/nn.yaml:90:7
%6363 = broadcast %6362 : f32[16] @ models/lib/nn.yaml:90:7
%6364 = mul %6355, %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6366 = cast %6365 : f32[] @ models/lib/nn.yaml:90:7
%6367 = broadcast %6366 : f32[16] @ models/lib/nn.yaml:90:7
%6368 = mul %6356, %6367 : f32[16] @ models/lib/nn.yaml:90:7
%6369 = add %6368, %6364 : f32[16] @ models/lib/nn.yaml:90:7
%6370 = mul %6355, %6355 : f32[16] @ models/lib/nn.yaml:90:7
%6371 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6372 = cast %6371 : f32[] @ models/lib/nn.yaml:90:7
%6373 = broadcast %6372 : f32[16] @ models/lib/nn.yaml:90:7
%6374 = mul %6370, %6373 : f32[16] @ models/lib/nn.yaml:90:7
%6375 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6376 = cast %6375 : f32[] @ models/lib/nn.yaml:90:7
%6377 = broadcast %6376 : f32[16] @ models/lib/nn.yaml:90:7
%6378 = mul %6357, %6377 : f32[16] @ models/lib/nn.yaml:90:7
%6379 = add %6378, %6374 : f32[16] @ models/lib/nn.yaml:90:7
%6380 = cast %6360 : f64[] @ models/lib/nn.yaml:90:7
%6381 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6382 = pow %6381, %6380 : f64[] @ models/lib/nn.yaml:90:7
%6383 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6384 = sub %6383, %6382 : f64[] @ models/lib/nn.yaml:90:7
%6385 = div %2065, %6384 : f64[] @ models/lib/nn.yaml:90:7
%6386 = cast %6360 : f64[] @ models/lib/nn.yaml:90:7
%6387 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6388 = pow %6387, %6386 : f64[] @ models/lib/nn.yaml:90:7
%6389 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6390 = sub %6389, %6388 : f64[] @ models/lib/nn.yaml:90:7
%6391 = sqrt %6390 : f64[] @ models/lib/nn.yaml:90:7
%6392 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6393 = div %6392, %6391 : f64[] @ models/lib/nn.yaml:90:7
%6394 = sqrt %6379 : f32[16] @ models/lib/nn.yaml:90:7
%6395 = cast %6393 : f32[] @ models/lib/nn.yaml:90:7
%6396 = broadcast %6395 : f32[16] @ models/lib/nn.yaml:90:7
%6397 = mul %6394, %6396 : f32[16] @ models/lib/nn.yaml:90:7
%6398 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6399 = cast %6398 : f32[] @ models/lib/nn.yaml:90:7
%6400 = broadcast %6399 : f32[16] @ models/lib/nn.yaml:90:7
%6401 = add %6397, %6400 : f32[16] @ models/lib/nn.yaml:90:7
%6402 = div %6369, %6401 : f32[16] @ models/lib/nn.yaml:90:7
%6403 = cast %6385 : f32[] @ models/lib/nn.yaml:90:7
%6404 = broadcast %6403 : f32[16] @ models/lib/nn.yaml:90:7
%6405 = mul %6402, %6404 : f32[16] @ models/lib/nn.yaml:90:7
%6406 = sub %50, %6405 : f32[16] @ models/lib/nn.yaml:90:7
%6407 = assign %50, %6406 : f32[16] @ models/lib/nn.yaml:90:7
%6408 = assign %6356, %6369 : f32[16] @ models/lib/nn.yaml:90:7
%6409 = assign %6357, %6379 : f32[16] @ models/lib/nn.yaml:90:7
%6410 = assign %6358, %6360 : i64[] @ models/lib/nn.yaml:90:7
%6411 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%6412 = broadcast %6411 : f32[16] @ models/lib/nn.yaml:90:7
%6413 = mul %134, %6412 : f32[16] @ models/lib/nn.yaml:90:7
%6414 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6415 = sub %6414, %2067 : f64[] @ models/lib/nn.yaml:90:7
%6416 = cast %6415 : f32[] @ models/lib/nn.yaml:90:7
%6417 = broadcast %6416 : f32[16] @ models/lib/nn.yaml:90:7
%6418 = mul %6406, %6417 : f32[16] @ models/lib/nn.yaml:90:7
%6419 = add %6413, %6418 : f32[16] @ models/lib/nn.yaml:90:7
%6420 = assign %134, %6419 : f32[16] @ models/lib/nn.yaml:90:7
%6421 = all_reduce_sum %2779 : f32[16,16] @ models/lib/nn.yaml:79:7
%6422 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6423 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6424 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6425 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6426 = add %6424, %6425 : i64[] @ models/lib/nn.yaml:79:7
%6427 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6428 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6429 = sub %6428, %6427 : f64[] @ models/lib/nn.yaml:79:7
%6430 = cast %6429 : f32[] @ models/lib/nn.yaml:79:7
%6431 = broadcast %6430 : f32[16,16] @ models/lib/nn.yaml:79:7
%6432 = mul %51, %6431 : f32[16,16] @ models/lib/nn.yaml:79:7
%6433 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6434 = cast %6433 : f32[] @ models/lib/nn.yaml:79:7
%6435 = broadcast %6434 : f32[16,16] @ models/lib/nn.yaml:79:7
%6436 = mul %6421, %6435 : f32[16,16] @ models/lib/nn.yaml:79:7
%6437 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6438 = cast %6437 : f32[] @ models/lib/nn.yaml:79:7
%6439 = broadcast %6438 : f32[16,16] @ models/lib/nn.yaml:79:7
%6440 = mul %6422, %6439 : f32[16,16] @ models/lib/nn.yaml:79:7
%6441 = add %6440, %6436 : f32[16,16] @ models/lib/nn.yaml:79:7
%6442 = mul %6421, %6421 : f32[16,16] @ models/lib/nn.yaml:79:7
%6443 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6444 = cast %6443 : f32[] @ models/lib/nn.yaml:79:7
%6445 = broadcast %6444 : f32[16,16] @ models/lib/nn.yaml:79:7
%6446 = mul %6442, %6445 : f32[16,16] @ models/lib/nn.yaml:79:7
%6447 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6448 = cast %6447 : f32[] @ models/lib/nn.yaml:79:7
%6449 = broadcast %6448 : f32[16,16] @ models/lib/nn.yaml:79:7
%6450 = mul %6423, %6449 : f32[16,16] @ models/lib/nn.yaml:79:7
%6451 = add %6450, %6446 : f32[16,16] @ models/lib/nn.yaml:79:7
%6452 = cast %6426 : f64[] @ models/lib/nn.yaml:79:7
%6453 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6454 = pow %6453, %6452 : f64[] @ models/lib/nn.yaml:79:7
%6455 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6456 = sub %6455, %6454 : f64[] @ models/lib/nn.yaml:79:7
%6457 = div %2065, %6456 : f64[] @ models/lib/nn.yaml:79:7
%6458 = cast %6426 : f64[] @ models/lib/nn.yaml:79:7
%6459 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6460 = pow %6459, %6458 : f64[] @ models/lib/nn.yaml:79:7
%6461 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6462 = sub %6461, %6460 : f64[] @ models/lib/nn.yaml:79:7
%6463 = sqrt %6462 : f64[] @ models/lib/nn.yaml:79:7
%6464 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6465 = div %6464, %6463 : f64[] @ models/lib/nn.yaml:79:7
%6466 = sqrt %6451 : f32[16,16] @ models/lib/nn.yaml:79:7
%6467 = cast %6465 : f32[] @ models/lib/nn.yaml:79:7
%6468 = broadcast %6467 : f32[16,16] @ models/lib/nn.yaml:79:7
%6469 = mul %6466, %6468 : f32[16,16] @ models/lib/nn.yaml:79:7
%6470 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6471 = cast %6470 : f32[] @ models/lib/nn.yaml:79:7
%6472 = broadcast %6471 : f32[16,16] @ models/lib/nn.yaml:79:7
%6473 = add %6469, %6472 : f32[16,16] @ models/lib/nn.yaml:79:7
%6474 = div %6441, %6473 : f32[16,16] @ models/lib/nn.yaml:79:7
%6475 = cast %6457 : f32[] @ models/lib/nn.yaml:79:7
%6476 = broadcast %6475 : f32[16,16] @ models/lib/nn.yaml:79:7
%6477 = mul %6474, %6476 : f32[16,16] @ models/lib/nn.yaml:79:7
%6478 = sub %6432, %6477 : f32[16,16] @ models/lib/nn.yaml:79:7
%6479 = assign %51, %6478 : f32[16,16] @ models/lib/nn.yaml:79:7
%6480 = assign %6422, %6441 : f32[16,16] @ models/lib/nn.yaml:79:7
%6481 = assign %6423, %6451 : f32[16,16] @ models/lib/nn.yaml:79:7
%6482 = assign %6424, %6426 : i64[] @ models/lib/nn.yaml:79:7
%6483 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6484 = broadcast %6483 : f32[16,16] @ models/lib/nn.yaml:79:7
%6485 = mul %135, %6484 : f32[16,16] @ models/lib/nn.yaml:79:7
%6486 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6487 = sub %6486, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6488 = cast %6487 : f32[] @ models/lib/nn.yaml:79:7
%6489 = broadcast %6488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6490 = mul %6478, %6489 : f32[16,16] @ models/lib/nn.yaml:79:7
%6491 = add %6485, %6490 : f32[16,16] @ models/lib/nn.yaml:79:7
%6492 = assign %135, %6491 : f32[16,16] @ models/lib/nn.yaml:79:7
%6493 = all_reduce_sum %2775 : f32[16] @ models/lib/nn.yaml:80:7
%6494 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6495 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6496 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6497 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6498 = add %6496, %6497 : i64[] @ models/lib/nn.yaml:80:7
%6499 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6500 = cast %6499 : f32[] @ models/lib/nn.yaml:80:7
%6501 = broadcast %6500 : f32[16] @ models/lib/nn.yaml:80:7
%6502 = mul %6493, %6501 : f32[16] @ models/lib/nn.yaml:80:7
%6503 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6504 = cast %6503 : f32[] @ models/lib/nn.yaml:80:7
%6505 = broadcast %6504 : f32[16] @ models/lib/nn.yaml:80:7
%6506 = mul %6494, %6505 : f32[16] @ models/lib/nn.yaml:80:7
%6507 = add %6506, %6502 : f32[16] @ models/lib/nn.yaml:80:7
%6508 = mul %6493, %6493 : f32[16] @ models/lib/nn.yaml:80:7
%6509 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6510 = cast %6509 : f32[] @ models/lib/nn.yaml:80:7
%6511 = broadcast %6510 : f32[16] @ models/lib/nn.yaml:80:7
%6512 = mul %6508, %6511 : f32[16] @ models/lib/nn.yaml:80:7
%6513 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6514 = cast %6513 : f32[] @ models/lib/nn.yaml:80:7
%6515 = broadcast %6514 : f32[16] @ models/lib/nn.yaml:80:7
%6516 = mul %6495, %6515 : f32[16] @ models/lib/nn.yaml:80:7
%6517 = add %6516, %6512 : f32[16] @ models/lib/nn.yaml:80:7
%6518 = cast %6498 : f64[] @ models/lib/nn.yaml:80:7
%6519 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6520 = pow %6519, %6518 : f64[] @ models/lib/nn.yaml:80:7
%6521 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6522 = sub %6521, %6520 : f64[] @ models/lib/nn.yaml:80:7
%6523 = div %2065, %6522 : f64[] @ models/lib/nn.yaml:80:7
%6524 = cast %6498 : f64[] @ models/lib/nn.yaml:80:7
%6525 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6526 = pow %6525, %6524 : f64[] @ models/lib/nn.yaml:80:7
%6527 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6528 = sub %6527, %6526 : f64[] @ models/lib/nn.yaml:80:7
%6529 = sqrt %6528 : f64[] @ models/lib/nn.yaml:80:7
%6530 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6531 = div %6530, %6529 : f64[] @ models/lib/nn.yaml:80:7
%6532 = sqrt %6517 : f32[16] @ models/lib/nn.yaml:80:7
%6533 = cast %6531 : f32[] @ models/lib/nn.yaml:80:7
%6534 = broadcast %6533 : f32[16] @ models/lib/nn.yaml:80:7
%6535 = mul %6532, %6534 : f32[16] @ models/lib/nn.yaml:80:7
%6536 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6537 = cast %6536 : f32[] @ models/lib/nn.yaml:80:7
%6538 = broadcast %6537 : f32[16] @ models/lib/nn.yaml:80:7
%6539 = add %6535, %6538 : f32[16] @ models/lib/nn.yaml:80:7
%6540 = div %6507, %6539 : f32[16] @ models/lib/nn.yaml:80:7
%6541 = cast %6523 : f32[] @ models/lib/nn.yaml:80:7
%6542 = broadcast %6541 : f32[16] @ models/lib/nn.yaml:80:7
%6543 = mul %6540, %6542 : f32[16] @ models/lib/nn.yaml:80:7
%6544 = sub %52, %6543 : f32[16] @ models/lib/nn.yaml:80:7
%6545 = assign %52, %6544 : f32[16] @ models/lib/nn.yaml:80:7
%6546 = assign %6494, %6507 : f32[16] @ models/lib/nn.yaml:80:7
%6547 = assign %6495, %6517 : f32[16] @ models/lib/nn.yaml:80:7
%6548 = assign %6496, %6498 : i64[] @ models/lib/nn.yaml:80:7
%6549 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6550 = broadcast %6549 : f32[16] @ models/lib/nn.yaml:80:7
%6551 = mul %136, %6550 : f32[16] @ models/lib/nn.yaml:80:7
%6552 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6553 = sub %6552, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6554 = cast %6553 : f32[] @ models/lib/nn.yaml:80:7
%6555 = broadcast %6554 : f32[16] @ models/lib/nn.yaml:80:7
%6556 = mul %6544, %6555 : f32[16] @ models/lib/nn.yaml:80:7
%6557 = add %6551, %6556 : f32[16] @ models/lib/nn.yaml:80:7
%6558 = assign %136, %6557 : f32[16] @ models/lib/nn.yaml:80:7
%6559 = all_reduce_sum %2771 : f32[16,16] @ models/lib/nn.yaml:79:7
%6560 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6561 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6562 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6563 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6564 = add %6562, %6563 : i64[] @ models/lib/nn.yaml:79:7
%6565 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6566 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6567 = sub %6566, %6565 : f64[] @ models/lib/nn.yaml:79:7
%6568 = cast %6567 : f32[] @ models/lib/nn.yaml:79:7
%6569 = broadcast %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%6570 = mul %53, %6569 : f32[16,16] @ models/lib/nn.yaml:79:7
%6571 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6572 = cast %6571 : f32[] @ models/lib/nn.yaml:79:7
%6573 = broadcast %6572 : f32[16,16] @ models/lib/nn.yaml:79:7
%6574 = mul %6559, %6573 : f32[16,16] @ models/lib/nn.yaml:79:7
%6575 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6576 = cast %6575 : f32[] @ models/lib/nn.yaml:79:7
%6577 = broadcast %6576 : f32[16,16] @ models/lib/nn.yaml:79:7
%6578 = mul %6560, %6577 : f32[16,16] @ models/lib/nn.yaml:79:7
%6579 = add %6578, %6574 : f32[16,16] @ models/lib/nn.yaml:79:7
%6580 = mul %6559, %6559 : f32[16,16] @ models/lib/nn.yaml:79:7
%6581 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6582 = cast %6581 : f32[] @ models/lib/nn.yaml:79:7
%6583 = broadcast %6582 : f32[16,16] @ models/lib/nn.yaml:79:7
%6584 = mul %6580, %6583 : f32[16,16] @ models/lib/nn.yaml:79:7
%6585 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6586 = cast %6585 : f32[] @ models/lib/nn.yaml:79:7
%6587 = broadcast %6586 : f32[16,16] @ models/lib/nn.yaml:79:7
%6588 = mul %6561, %6587 : f32[16,16] @ models/lib/nn.yaml:79:7
%6589 = add %6588, %6584 : f32[16,16] @ models/lib/nn.yaml:79:7
%6590 = cast %6564 : f64[] @ models/lib/nn.yaml:79:7
%6591 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6592 = pow %6591, %6590 : f64[] @ models/lib/nn.yaml:79:7
%6593 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6594 = sub %6593, %6592 : f64[] @ models/lib/nn.yaml:79:7
%6595 = div %2065, %6594 : f64[] @ models/lib/nn.yaml:79:7
%6596 = cast %6564 : f64[] @ models/lib/nn.yaml:79:7
%6597 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6598 = pow %6597, %6596 : f64[] @ models/lib/nn.yaml:79:7
%6599 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6600 = sub %6599, %6598 : f64[] @ models/lib/nn.yaml:79:7
%6601 = sqrt %6600 : f64[] @ models/lib/nn.yaml:79:7
%6602 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6603 = div %6602, %6601 : f64[] @ models/lib/nn.yaml:79:7
%6604 = sqrt %6589 : f32[16,16] @ models/lib/nn.yaml:79:7
%6605 = cast %6603 : f32[] @ models/lib/nn.yaml:79:7
%6606 = broadcast %6605 : f32[16,16] @ models/lib/nn.yaml:79:7
%6607 = mul %6604, %6606 : f32[16,16] @ models/lib/nn.yaml:79:7
%6608 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6609 = cast %6608 : f32[] @ models/lib/nn.yaml:79:7
%6610 = broadcast %6609 : f32[16,16] @ models/lib/nn.yaml:79:7
%6611 = add %6607, %6610 : f32[16,16] @ models/lib/nn.yaml:79:7
%6612 = div %6579, %6611 : f32[16,16] @ models/lib/nn.yaml:79:7
%6613 = cast %6595 : f32[] @ models/lib/nn.yaml:79:7
%6614 = broadcast %6613 : f32[16,16] @ models/lib/nn.yaml:79:7
%6615 = mul %6612, %6614 : f32[16,16] @ models/lib/nn.yaml:79:7
%6616 = sub %6570, %6615 : f32[16,16] @ models/lib/nn.yaml:79:7
%6617 = assign %53, %6616 : f32[16,16] @ models/lib/nn.yaml:79:7
%6618 = assign %6560, %6579 : f32[16,16] @ models/lib/nn.yaml:79:7
%6619 = assign %6561, %6589 : f32[16,16] @ models/lib/nn.yaml:79:7
%6620 = assign %6562, %6564 : i64[] @ models/lib/nn.yaml:79:7
%6621 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6622 = broadcast %6621 : f32[16,16] @ models/lib/nn.yaml:79:7
%6623 = mul %137, %6622 : f32[16,16] @ models/lib/nn.yaml:79:7
%6624 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6625 = sub %6624, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6626 = cast %6625 : f32[] @ models/lib/nn.yaml:79:7
%6627 = broadcast %6626 : f32[16,16] @ models/lib/nn.yaml:79:7
%6628 = mul %6616, %6627 : f32[16,16] @ models/lib/nn.yaml:79:7
%6629 = add %6623, %6628 : f32[16,16] @ models/lib/nn.yaml:79:7
%6630 = assign %137, %6629 : f32[16,16] @ models/lib/nn.yaml:79:7
%6631 = all_reduce_sum %2766 : f32[16] @ models/lib/nn.yaml:80:7
%6632 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6633 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6634 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6635 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6636 = add %6634, %6635 : i64[] @ models/lib/nn.yaml:80:7
%6637 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6638 = cast %6637 : f32[] @ models/lib/nn.yaml:80:7
%6639 = broadcast %6638 : f32[16] @ models/lib/nn.yaml:80:7
%6640 = mul %6631, %6639 : f32[16] @ models/lib/nn.yaml:80:7
%6641 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6642 = cast %6641 : f32[] @ models/lib/nn.yaml:80:7
%6643 = broadcast %6642 : f32[16] @ models/lib/nn.yaml:80:7
%6644 = mul %6632, %6643 : f32[16] @ models/lib/nn.yaml:80:7
%6645 = add %6644, %6640 : f32[16] @ models/lib/nn.yaml:80:7
%6646 = mul %6631, %6631 : f32[16] @ models/lib/nn.yaml:80:7
%6647 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6648 = cast %6647 : f32[] @ models/lib/nn.yaml:80:7
%6649 = broadcast %6648 : f32[16] @ models/lib/nn.yaml:80:7
%6650 = mul %6646, %6649 : f32[16] @ models/lib/nn.yaml:80:7
%6651 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6652 = cast %6651 : f32[] @ models/lib/nn.yaml:80:7
%6653 = broadcast %6652 : f32[16] @ models/lib/nn.yaml:80:7
%6654 = mul %6633, %6653 : f32[16] @ models/lib/nn.yaml:80:7
%6655 = add %6654, %6650 : f32[16] @ models/lib/nn.yaml:80:7
%6656 = cast %6636 : f64[] @ models/lib/nn.yaml:80:7
%6657 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6658 = pow %6657, %6656 : f64[] @ models/lib/nn.yaml:80:7
%6659 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6660 = sub %6659, %6658 : f64[] @ models/lib/nn.yaml:80:7
%6661 = div %2065, %6660 : f64[] @ models/lib/nn.yaml:80:7
%6662 = cast %6636 : f64[] @ models/lib/nn.yaml:80:7
%6663 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6664 = pow %6663, %6662 : f64[] @ models/lib/nn.yaml:80:7
%6665 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6666 = sub %6665, %6664 : f64[] @ models/lib/nn.yaml:80:7
%6667 = sqrt %6666 : f64[] @ models/lib/nn.yaml:80:7
%6668 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6669 = div %6668, %6667 : f64[] @ models/lib/nn.yaml:80:7
%6670 = sqrt %6655 : f32[16] @ models/lib/nn.yaml:80:7
%6671 = cast %6669 : f32[] @ models/lib/nn.yaml:80:7
%6672 = broadcast %6671 : f32[16] @ models/lib/nn.yaml:80:7
%6673 = mul %6670, %6672 : f32[16] @ models/lib/nn.yaml:80:7
%6674 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6675 = cast %6674 : f32[] @ models/lib/nn.yaml:80:7
%6676 = broadcast %6675 : f32[16] @ models/lib/nn.yaml:80:7
%6677 = add %6673, %6676 : f32[16] @ models/lib/nn.yaml:80:7
%6678 = div %6645, %6677 : f32[16] @ models/lib/nn.yaml:80:7
%6679 = cast %6661 : f32[] @ models/lib/nn.yaml:80:7
%6680 = broadcast %6679 : f32[16] @ models/lib/nn.yaml:80:7
%6681 = mul %6678, %6680 : f32[16] @ models/lib/nn.yaml:80:7
%6682 = sub %54, %6681 : f32[16] @ models/lib/nn.yaml:80:7
%6683 = assign %54, %6682 : f32[16] @ models/lib/nn.yaml:80:7
%6684 = assign %6632, %6645 : f32[16] @ models/lib/nn.yaml:80:7
%6685 = assign %6633, %6655 : f32[16] @ models/lib/nn.yaml:80:7
%6686 = assign %6634, %6636 : i64[] @ models/lib/nn.yaml:80:7
%6687 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6688 = broadcast %6687 : f32[16] @ models/lib/nn.yaml:80:7
%6689 = mul %138, %6688 : f32[16] @ models/lib/nn.yaml:80:7
%6690 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6691 = sub %6690, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6692 = cast %6691 : f32[] @ models/lib/nn.yaml:80:7
%6693 = broadcast %6692 : f32[16] @ models/lib/nn.yaml:80:7
%6694 = mul %6682, %6693 : f32[16] @ models/lib/nn.yaml:80:7
%6695 = add %6689, %6694 : f32[16] @ models/lib/nn.yaml:80:7
%6696 = assign %138, %6695 : f32[16] @ models/lib/nn.yaml:80:7
%6697 = all_reduce_sum %2760 : f32[16,16] @ models/lib/nn.yaml:79:7
%6698 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6699 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6700 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6701 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6702 = add %6700, %6701 : i64[] @ models/lib/nn.yaml:79:7
%6703 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6704 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6705 = sub %6704, %6703 : f64[] @ models/lib/nn.yaml:79:7
%6706 = cast %6705 : f32[] @ models/lib/nn.yaml:79:7
%6707 = broadcast %6706 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = mul %55, %6707 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6710 = cast %6709 : f32[] @ models/lib/nn.yaml:79:7
%6711 = broadcast %6710 : f32[16,16] @ models/lib/nn.yaml:79:7
%6712 = mul %6697, %6711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6714 = cast %6713 : f32[] @ models/lib/nn.yaml:79:7
%6715 = broadcast %6714 : f32[16,16] @ models/lib/nn.yaml:79:7
%6716 = mul %6698, %6715 : f32[16,16] @ models/lib/nn.yaml:79:7
%6717 = add %6716, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = mul %6697, %6697 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6720 = cast %6719 : f32[] @ models/lib/nn.yaml:79:7
%6721 = broadcast %6720 : f32[16,16] @ models/lib/nn.yaml:79:7
%6722 = mul %6718, %6721 : f32[16,16] @ models/lib/nn.yaml:79:7
%6723 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6724 = cast %6723 : f32[] @ models/lib/nn.yaml:79:7
%6725 = broadcast %6724 : f32[16,16] @ models/lib/nn.yaml:79:7
%6726 = mul %6699, %6725 : f32[16,16] @ models/lib/nn.yaml:79:7
%6727 = add %6726, %6722 : f32[16,16] @ models/lib/nn.yaml:79:7
%6728 = cast %6702 : f64[] @ models/lib/nn.yaml:79:7
%6729 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6730 = pow %6729, %6728 : f64[] @ models/lib/nn.yaml:79:7
%6731 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6732 = sub %6731, %6730 : f64[] @ models/lib/nn.yaml:79:7
%6733 = div %2065, %6732 : f64[] @ models/lib/nn.yaml:79:7
%6734 = cast %6702 : f64[] @ models/lib/nn.yaml:79:7
%6735 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6736 = pow %6735, %6734 : f64[] @ models/lib/nn.yaml:79:7
%6737 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6738 = sub %6737, %6736 : f64[] @ models/lib/nn.yaml:79:7
%6739 = sqrt %6738 : f64[] @ models/lib/nn.yaml:79:7
%6740 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6741 = div %6740, %6739 : f64[] @ models/lib/nn.yaml:79:7
%6742 = sqrt %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6743 = cast %6741 : f32[] @ models/lib/nn.yaml:79:7
%6744 = broadcast %6743 : f32[16,16] @ models/lib/nn.yaml:79:7
%6745 = mul %6742, %6744 : f32[16,16] @ models/lib/nn.yaml:79:7
%6746 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6747 = cast %6746 : f32[] @ models/lib/nn.yaml:79:7
%6748 = broadcast %6747 : f32[16,16] @ models/lib/nn.yaml:79:7
%6749 = add %6745, %6748 : f32[16,16] @ models/lib/nn.yaml:79:7
%6750 = div %6717, %6749 : f32[16,16] @ models/lib/nn.yaml:79:7
%6751 = cast %6733 : f32[] @ models/lib/nn.yaml:79:7
%6752 = broadcast %6751 : f32[16,16] @ models/lib/nn.yaml:79:7
%6753 = mul %6750, %6752 : f32[16,16] @ models/lib/nn.yaml:79:7
%6754 = sub %6708, %6753 : f32[16,16] @ models/lib/nn.yaml:79:7
%6755 = assign %55, %6754 : f32[16,16] @ models/lib/nn.yaml:79:7
%6756 = assign %6698, %6717 : f32[16,16] @ models/lib/nn.yaml:79:7
%6757 = assign %6699, %6727 : f32[16,16] @ models/lib/nn.yaml:79:7
%6758 = assign %6700, %6702 : i64[] @ models/lib/nn.yaml:79:7
%6759 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6760 = broadcast %6759 : f32[16,16] @ models/lib/nn.yaml:79:7
%6761 = mul %139, %6760 : f32[16,16] @ models/lib/nn.yaml:79:7
%6762 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6763 = sub %6762, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6764 = cast %6763 : f32[] @ models/lib/nn.yaml:79:7
%6765 = broadcast %6764 : f32[16,16] @ models/lib/nn.yaml:79:7
%6766 = mul %6754, %6765 : f32[16,16] @ models/lib/nn.yaml:79:7
%6767 = add %6761, %6766 : f32[16,16] @ models/lib/nn.yaml:79:7
%6768 = assign %139, %6767 : f32[16,16] @ models/lib/nn.yaml:79:7
%6769 = all_reduce_sum %2756 : f32[16] @ models/lib/nn.yaml:80:7
%6770 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6771 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6772 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6773 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6774 = add %6772, %6773 : i64[] @ models/lib/nn.yaml:80:7
%6775 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6776 = cast %6775 : f32[] @ models/lib/nn.yaml:80:7
%6777 = broadcast %6776 : f32[16] @ models/lib/nn.yaml:80:7
%6778 = mul %6769, %6777 : f32[16] @ models/lib/nn.yaml:80:7
%6779 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6780 = cast %6779 : f32[] @ models/lib/nn.yaml:80:7
%6781 = broadcast %6780 : f32[16] @ models/lib/nn.yaml:80:7
%6782 = mul %6770, %6781 : f32[16] @ models/lib/nn.yaml:80:7
%6783 = add %6782, %6778 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = mul %6769, %6769 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6786 = cast %6785 : f32[] @ models/lib/nn.yaml:80:7
%6787 = broadcast %6786 : f32[16] @ models/lib/nn.yaml:80:7
%6788 = mul %6784, %6787 : f32[16] @ models/lib/nn.yaml:80:7
%6789 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6790 = cast %6789 : f32[] @ models/lib/nn.yaml:80:7
%6791 = broadcast %6790 : f32[16] @ models/lib/nn.yaml:80:7
%6792 = mul %6771, %6791 : f32[16] @ models/lib/nn.yaml:80:7
%6793 = add %6792, %6788 : f32[16] @ models/lib/nn.yaml:80:7
%6794 = cast %6774 : f64[] @ models/lib/nn.yaml:80:7
%6795 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6796 = pow %6795, %6794 : f64[] @ models/lib/nn.yaml:80:7
%6797 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6798 = sub %6797, %6796 : f64[] @ models/lib/nn.yaml:80:7
%6799 = div %2065, %6798 : f64[] @ models/lib/nn.yaml:80:7
%6800 = cast %6774 : f64[] @ models/lib/nn.yaml:80:7
%6801 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6802 = pow %6801, %6800 : f64[] @ models/lib/nn.yaml:80:7
%6803 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6804 = sub %6803, %6802 : f64[] @ models/lib/nn.yaml:80:7
%6805 = sqrt %6804 : f64[] @ models/lib/nn.yaml:80:7
%6806 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6807 = div %6806, %6805 : f64[] @ models/lib/nn.yaml:80:7
%6808 = sqrt %6793 : f32[16] @ models/lib/nn.yaml:80:7
%6809 = cast %6807 : f32[] @ models/lib/nn.yaml:80:7
%6810 = broadcast %6809 : f32[16] @ models/lib/nn.yaml:80:7
%6811 = mul %6808, %6810 : f32[16] @ models/lib/nn.yaml:80:7
%6812 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6813 = cast %6812 : f32[] @ models/lib/nn.yaml:80:7
%6814 = broadcast %6813 : f32[16] @ models/lib/nn.yaml:80:7
%6815 = add %6811, %6814 : f32[16] @ models/lib/nn.yaml:80:7
%6816 = div %6783, %6815 : f32[16] @ models/lib/nn.yaml:80:7
%6817 = cast %6799 : f32[] @ models/lib/nn.yaml:80:7
%6818 = broadcast %6817 : f32[16] @ models/lib/nn.yaml:80:7
%6819 = mul %6816, %6818 : f32[16] @ models/lib/nn.yaml:80:7
%6820 = sub %56, %6819 : f32[16] @ models/lib/nn.yaml:80:7
%6821 = assign %56, %6820 : f32[16] @ models/lib/nn.yaml:80:7
%6822 = assign %6770, %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6823 = assign %6771, %6793 : f32[16] @ models/lib/nn.yaml:80:7
%6824 = assign %6772, %6774 : i64[] @ models/lib/nn.yaml:80:7
%6825 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6826 = broadcast %6825 : f32[16] @ models/lib/nn.yaml:80:7
%6827 = mul %140, %6826 : f32[16] @ models/lib/nn.yaml:80:7
%6828 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6829 = sub %6828, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6830 = cast %6829 : f32[] @ models/lib/nn.yaml:80:7
%6831 = broadcast %6830 : f32[16] @ models/lib/nn.yaml:80:7
%6832 = mul %6820, %6831 : f32[16] @ models/lib/nn.yaml:80:7
%6833 = add %6827, %6832 : f32[16] @ models/lib/nn.yaml:80:7
%6834 = assign %140, %6833 : f32[16] @ models/lib/nn.yaml:80:7
%6835 = all_reduce_sum %2713 : f32[16,16] @ models/lib/nn.yaml:79:7
%6836 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6837 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6838 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6839 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6840 = add %6838, %6839 : i64[] @ models/lib/nn.yaml:79:7
%6841 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6842 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6843 = sub %6842, %6841 : f64[] @ models/lib/nn.yaml:79:7
%6844 = cast %6843 : f32[] @ models/lib/nn.yaml:79:7
%6845 = broadcast %6844 : f32[16,16] @ models/lib/nn.yaml:79:7
%6846 = mul %57, %6845 : f32[16,16] @ models/lib/nn.yaml:79:7
%6847 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6848 = cast %6847 : f32[] @ models/lib/nn.yaml:79:7
%6849 = broadcast %6848 : f32[16,16] @ models/lib/nn.yaml:79:7
%6850 = mul %6835, %6849 : f32[16,16] @ models/lib/nn.yaml:79:7
%6851 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6852 = cast %6851 : f32[] @ models/lib/nn.yaml:79:7
%6853 = broadcast %6852 : f32[16,16] @ models/lib/nn.yaml:79:7
%6854 = mul %6836, %6853 : f32[16,16] @ models/lib/nn.yaml:79:7
%6855 = add %6854, %6850 : f32[16,16] @ models/lib/nn.yaml:79:7
%6856 = mul %6835, %6835 : f32[16,16] @ models/lib/nn.yaml:79:7
%6857 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6858 = cast %6857 : f32[] @ models/lib/nn.yaml:79:7
%6859 = broadcast %6858 : f32[16,16] @ models/lib/nn.yaml:79:7
%6860 = mul %6856, %6859 : f32[16,16] @ models/lib/nn.yaml:79:7
%6861 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6862 = cast %6861 : f32[] @ models/lib/nn.yaml:79:7
%6863 = broadcast %6862 : f32[16,16] @ models/lib/nn.yaml:79:7
%6864 = mul %6837, %6863 : f32[16,16] @ models/lib/nn.yaml:79:7
%6865 = add %6864, %6860 : f32[16,16] @ models/lib/nn.yaml:79:7
%6866 = cast %6840 : f64[] @ models/lib/nn.yaml:79:7
%6867 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6868 = pow %6867, %6866 : f64[] @ models/lib/nn.yaml:79:7
%6869 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6870 = sub %6869, %6868 : f64[] @ models/lib/nn.yaml:79:7
%6871 = div %2065, %6870 : f64[] @ models/lib/nn.yaml:79:7
%6872 = cast %6840 : f64[] @ models/lib/nn.yaml:79:7
%6873 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6874 = pow %6873, %6872 : f64[] @ models/lib/nn.yaml:79:7
%6875 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6876 = sub %6875, %6874 : f64[] @ models/lib/nn.yaml:79:7
%6877 = sqrt %6876 : f64[] @ models/lib/nn.yaml:79:7
%6878 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6879 = div %6878, %6877 : f64[] @ models/lib/nn.yaml:79:7
%6880 = sqrt %6865 : f32[16,16] @ models/lib/nn.yaml:79:7
%6881 = cast %6879 : f32[] @ models/lib/nn.yaml:79:7
%6882 = broadcast %6881 : f32[16,16] @ models/lib/nn.yaml:79:7
%6883 = mul %6880, %6882 : f32[16,16] @ models/lib/nn.yaml:79:7
%6884 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6885 = cast %6884 : f32[] @ models/lib/nn.yaml:79:7
%6886 = broadcast %6885 : f32[16,16] @ models/lib/nn.yaml:79:7
%6887 = add %6883, %6886 : f32[16,16] @ models/lib/nn.yaml:79:7
%6888 = div %6855, %6887 : f32[16,16] @ models/lib/nn.yaml:79:7
%6889 = cast %6871 : f32[] @ models/lib/nn.yaml:79:7
%6890 = broadcast %6889 : f32[16,16] @ models/lib/nn.yaml:79:7
%6891 = mul %6888, %6890 : f32[16,16] @ models/lib/nn.yaml:79:7
%6892 = sub %6846, %6891 : f32[16,16] @ models/lib/nn.yaml:79:7
%6893 = assign %57, %6892 : f32[16,16] @ models/lib/nn.yaml:79:7
%6894 = assign %6836, %6855 : f32[16,16] @ models/lib/nn.yaml:79:7
%6895 = assign %6837, %6865 : f32[16,16] @ models/lib/nn.yaml:79:7
%6896 = assign %6838, %6840 : i64[] @ models/lib/nn.yaml:79:7
%6897 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6898 = broadcast %6897 : f32[16,16] @ models/lib/nn.yaml:79:7
%6899 = mul %141, %6898 : f32[16,16] @ models/lib/nn.yaml:79:7
%6900 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6901 = sub %6900, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6902 = cast %6901 : f32[] @ models/lib/nn.yaml:79:7
%6903 = broadcast %6902 : f32[16,16] @ models/lib/nn.yaml:79:7
%6904 = mul %6892, %6903 : f32[16,16] @ models/lib/nn.yaml:79:7
%6905 = add %6899, %6904 : f32[16,16] @ models/lib/nn.yaml:79:7
%6906 = assign %141, %6905 : f32[16,16] @ models/lib/nn.yaml:79:7
%6907 = all_reduce_sum %2709 : f32[16] @ models/lib/nn.yaml:80:7
%6908 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6909 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6910 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6911 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6912 = add %6910, %6911 : i64[] @ models/lib/nn.yaml:80:7
%6913 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6914 = cast %6913 : f32[] @ models/lib/nn.yaml:80:7
%6915 = broadcast %6914 : f32[16] @ models/lib/nn.yaml:80:7
%6916 = mul %6907, %6915 : f32[16] @ models/lib/nn.yaml:80:7
%6917 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6918 = cast %6917 : f32[] @ models/lib/nn.yaml:80:7
%6919 = broadcast %6918 : f32[16] @ models/lib/nn.yaml:80:7
%6920 = mul %6908, %6919 : f32[16] @ models/lib/nn.yaml:80:7
%6921 = add %6920, %6916 : f32[16] @ models/lib/nn.yaml:80:7
%6922 = mul %6907, %6907 : f32[16] @ models/lib/nn.yaml:80:7
%6923 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6924 = cast %6923 : f32[] @ models/lib/nn.yaml:80:7
%6925 = broadcast %6924 : f32[16] @ models/lib/nn.yaml:80:7
%6926 = mul %6922, %6925 : f32[16] @ models/lib/nn.yaml:80:7
%6927 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6928 = cast %6927 : f32[] @ models/lib/nn.yaml:80:7
%6929 = broadcast %6928 : f32[16] @ models/lib/nn.yaml:80:7
%6930 = mul %6909, %6929 : f32[16] @ models/lib/nn.yaml:80:7
%6931 = add %6930, %6926 : f32[16] @ models/lib/nn.yaml:80:7
%6932 = cast %6912 : f64[] @ models/lib/nn.yaml:80:7
%6933 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6934 = pow %6933, %6932 : f64[] @ models/lib/nn.yaml:80:7
%6935 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6936 = sub %6935, %6934 : f64[] @ models/lib/nn.yaml:80:7
%6937 = div %2065, %6936 : f64[] @ models/lib/nn.yaml:80:7
%6938 = cast %6912 : f64[] @ models/lib/nn.yaml:80:7
%6939 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6940 = pow %6939, %6938 : f64[] @ models/lib/nn.yaml:80:7
%6941 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6942 = sub %6941, %6940 : f64[] @ models/lib/nn.yaml:80:7
%6943 = sqrt %6942 : f64[] @ models/lib/nn.yaml:80:7
%6944 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6945 = div %6944, %6943 : f64[] @ models/lib/nn.yaml:80:7
%6946 = sqrt %6931 : f32[16] @ models/lib/nn.yaml:80:7
%6947 = cast %6945 : f32[] @ models/lib/nn.yaml:80:7
%6948 = broadcast %6947 : f32[16] @ models/lib/nn.yaml:80:7
%6949 = mul %6946, %6948 : f32[16] @ models/lib/nn.yaml:80:7
%6950 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6951 = cast %6950 : f32[] @ models/lib/nn.yaml:80:7
%6952 = broadcast %6951 : f32[16] @ models/lib/nn.yaml:80:7
%6953 = add %6949, %6952 : f32[16] @ models/lib/nn.yaml:80:7
%6954 = div %6921, %6953 : f32[16] @ models/lib/nn.yaml:80:7
%6955 = cast %6937 : f32[] @ models/lib/nn.yaml:80:7
%6956 = broadcast %6955 : f32[16] @ models/lib/nn.yaml:80:7
%6957 = mul %6954, %6956 : f32[16] @ models/lib/nn.yaml:80:7
%6958 = sub %58, %6957 : f32[16] @ models/lib/nn.yaml:80:7
%6959 = assign %58, %6958 : f32[16] @ models/lib/nn.yaml:80:7
%6960 = assign %6908, %6921 : f32[16] @ models/lib/nn.yaml:80:7
%6961 = assign %6909, %6931 : f32[16] @ models/lib/nn.yaml:80:7
%6962 = assign %6910, %6912 : i64[] @ models/lib/nn.yaml:80:7
%6963 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6964 = broadcast %6963 : f32[16] @ models/lib/nn.yaml:80:7
%6965 = mul %142, %6964 : f32[16] @ models/lib/nn.yaml:80:7
%6966 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6967 = sub %6966, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6968 = cast %6967 : f32[] @ models/lib/nn.yaml:80:7
%6969 = broadcast %6968 : f32[16] @ models/lib/nn.yaml:80:7
%6970 = mul %6958, %6969 : f32[16] @ models/lib/nn.yaml:80:7
%6971 = add %6965, %6970 : f32[16] @ models/lib/nn.yaml:80:7
%6972 = assign %142, %6971 : f32[16] @ models/lib/nn.yaml:80:7
%6973 = all_reduce_sum %2686 : f32[16] @ models/lib/nn.yaml:89:7
%6974 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6975 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6976 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6977 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6978 = add %6976, %6977 : i64[] @ models/lib/nn.yaml:89:7
%6979 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6980 = cast %6979 : f32[] @ models/lib/nn.yaml:89:7
%6981 = broadcast %6980 : f32[16] @ models/lib/nn.yaml:89:7
%6982 = mul %6973, %6981 : f32[16] @ models/lib/nn.yaml:89:7
%6983 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6984 = cast %6983 : f32[] @ models/lib/nn.yaml:89:7
%6985 = broadcast %6984 : f32[16] @ models/lib/nn.yaml:89:7
%6986 = mul %6974, %6985 : f32[16] @ models/lib/nn.yaml:89:7
%6987 = add %6986, %6982 : f32[16] @ models/lib/nn.yaml:89:7
%6988 = mul %6973, %6973 : f32[16] @ models/lib/nn.yaml:89:7
%6989 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6990 = cast %6989 : f32[] @ models/lib/nn.yaml:89:7
%6991 = broadcast %6990 : f32[16] @ models/lib/nn.yaml:89:7
%6992 = mul %6988, %6991 : f32[16] @ models/lib/nn.yaml:89:7
%6993 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6994 = cast %6993 : f32[] @ models/lib/nn.yaml:89:7
%6995 = broadcast %6994 : f32[16] @ models/lib/nn.yaml:89:7
%6996 = mul %6975, %6995 : f32[16] @ models/lib/nn.yaml:89:7
%6997 = add %6996, %6992 : f32[16] @ models/lib/nn.yaml:89:7
%6998 = cast %6978 : f64[] @ models/lib/nn.yaml:89:7
%6999 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7000 = pow %6999, %6998 : f64[] @ models/lib/nn.yaml:89:7
%7001 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7002 = sub %7001, %7000 : f64[] @ models/lib/nn.yaml:89:7
%7003 = div %2065, %7002 : f64[] @ models/lib/nn.yaml:89:7
%7004 = cast %6978 : f64[] @ models/lib/nn.yaml:89:7
%7005 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7006 = pow %7005, %7004 : f64[] @ models/lib/nn.yaml:89:7
%7007 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7008 = sub %7007, %7006 : f64[] @ models/lib/nn.yaml:89:7
%7009 = sqrt %7008 : f64[] @ models/lib/nn.yaml:89:7
%7010 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7011 = div %7010, %7009 : f64[] @ models/lib/nn.yaml:89:7
%7012 = sqrt %6997 : f32[16] @ models/lib/nn.yaml:89:7
%7013 = cast %7011 : f32[] @ models/lib/nn.yaml:89:7
%7014 = broadcast %7013 : f32[16] @ models/lib/nn.yaml:89:7
%7015 = mul %7012, %7014 : f32[16] @ models/lib/nn.yaml:89:7
%7016 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7017 = cast %7016 : f32[] @ models/lib/nn.yaml:89:7
%7018 = broadcast %7017 : f32[16] @ models/lib/nn.yaml:89:7
%7019 = add %7015, %7018 : f32[16] @ models/lib/nn.yaml:89:7
%7020 = div %6987, %7019 : f32[16] @ models/lib/nn.yaml:89:7
%7021 = cast %7003 : f32[] @ models/lib/nn.yaml:89:7
%7022 = broadcast %7021 : f32[16] @ models/lib/nn.yaml:89:7
%7023 = mul %7020, %7022 : f32[16] @ models/lib/nn.yaml:89:7
%7024 = sub %59, %7023 : f32[16] @ models/lib/nn.yaml:89:7
%7025 = assign %59, %7024 : f32[16] @ models/lib/nn.yaml:89:7
%7026 = assign %6974, %6987 : f32[16] @ models/lib/nn.yaml:89:7
%7027 = assign %6975, %6997 : f32[16] @ models/lib/nn.yaml:89:7
%7028 = assign %6976, %6978 : i64[] @ models/lib/nn.yaml:89:7
%7029 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%7030 = broadcast %7029 : f32[16] @ models/lib/nn.yaml:89:7
%7031 = mul %143, %7030 : f32[16] @ models/lib/nn.yaml:89:7
%7032 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7033 = sub %7032, %2067 : f64[] @ models/lib/nn.yaml:89:7
%7034 = cast %7033 : f32[] @ models/lib/nn.yaml:89:7
%7035 = broadcast %7034 : f32[16] @ models/lib/nn.yaml:89:7
%7036 = mul %7024, %7035 : f32[16] @ models/lib/nn.yaml:89:7
%7037 = add %7031, %7036 : f32[16] @ models/lib/nn.yaml:89:7
%7038 = assign %143, %7037 : f32[16] @ models/lib/nn.yaml:89:7
%7039 = all_reduce_sum %2682 : f32[16] @ models/lib/nn.yaml:90:7
%7040 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7041 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7042 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7043 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7044 = add %7042, %7043 : i64[] @ models/lib/nn.yaml:90:7
%7045 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7046 = cast %7045 : f32[] @ models/lib/nn.yaml:90:7
%7047 = broadcast %7046 : f32[16] @ models/lib/nn.yaml:90:7
%7048 = mul %7039, %7047 : f32[16] @ models/lib/nn.yaml:90:7
%7049 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7050 = cast %7049 : f32[] @ models/lib/nn.yaml:90:7
%7051 = broadcast %7050 : f32[16] @ models/lib/nn.yaml:90:7
%7052 = mul %7040, %7051 : f32[16] @ models/lib/nn.yaml:90:7
%7053 = add %7052, %7048 : f32[16] @ models/lib/nn.yaml:90:7
%7054 = mul %7039, %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7055 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7056 = cast %7055 : f32[] @ models/lib/nn.yaml:90:7
%7057 = broadcast %7056 : f32[16] @ models/lib/nn.yaml:90:7
%7058 = mul %7054, %7057 : f32[16] @ models/lib/nn.yaml:90:7
%7059 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7060 = cast %7059 : f32[] @ models/lib/nn.yaml:90:7
%7061 = broadcast %7060 : f32[16] @ models/lib/nn.yaml:90:7
%7062 = mul %7041, %7061 : f32[16] @ models/lib/nn.yaml:90:7
%7063 = add %7062, %7058 : f32[16] @ models/lib/nn.yaml:90:7
%7064 = cast %7044 : f64[] @ models/lib/nn.yaml:90:7
%7065 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7066 = pow %7065, %7064 : f64[] @ models/lib/nn.yaml:90:7
%7067 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7068 = sub %7067, %7066 : f64[] @ models/lib/nn.yaml:90:7
%7069 = div %2065, %7068 : f64[] @ models/lib/nn.yaml:90:7
%7070 = cast %7044 : f64[] @ models/lib/nn.yaml:90:7
%7071 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7072 = pow %7071, %7070 : f64[] @ models/lib/nn.yaml:90:7
%7073 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7074 = sub %7073, %7072 : f64[] @ models/lib/nn.yaml:90:7
%7075 = sqrt %7074 : f64[] @ models/lib/nn.yaml:90:7
%7076 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7077 = div %7076, %7075 : f64[] @ models/lib/nn.yaml:90:7
%7078 = sqrt %7063 : f32[16] @ models/lib/nn.yaml:90:7
%7079 = cast %7077 : f32[] @ models/lib/nn.yaml:90:7
%7080 = broadcast %7079 : f32[16] @ models/lib/nn.yaml:90:7
%7081 = mul %7078, %7080 : f32[16] @ models/lib/nn.yaml:90:7
%7082 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7083 = cast %7082 : f32[] @ models/lib/nn.yaml:90:7
%7084 = broadcast %7083 : f32[16] @ models/lib/nn.yaml:90:7
%7085 = add %7081, %7084 : f32[16] @ models/lib/nn.yaml:90:7
%7086 = div %7053, %7085 : f32[16] @ models/lib/nn.yaml:90:7
%7087 = cast %7069 : f32[] @ models/lib/nn.yaml:90:7
%7088 = broadcast %7087 : f32[16] @ models/lib/nn.yaml:90:7
%7089 = mul %7086, %7088 : f32[16] @ models/lib/nn.yaml:90:7
%7090 = sub %60, %7089 : f32[16] @ models/lib/nn.yaml:90:7
%7091 = assign %60, %7090 : f32[16] @ models/lib/nn.yaml:90:7
%7092 = assign %7040, %7053 : f32[16] @ models/lib/nn.yaml:90:7
%7093 = assign %7041, %7063 : f32[16] @ models/lib/nn.yaml:90:7
%7094 = assign %7042, %7044 : i64[] @ models/lib/nn.yaml:90:7
%7095 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%7096 = broadcast %7095 : f32[16] @ models/lib/nn.yaml:90:7
%7097 = mul %144, %7096 : f32[16] @ models/lib/nn.yaml:90:7
%7098 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7099 = sub %7098, %2067 : f64[] @ models/lib/nn.yaml:90:7
%7100 = cast %7099 : f32[] @ models/lib/nn.yaml:90:7
%7101 = broadcast %7100 : f32[16] @ models/lib/nn.yaml:90:7
%7102 = mul %7090, %7101 : f32[16] @ models/lib/nn.yaml:90:7
%7103 = add %7097, %7102 : f32[16] @ models/lib/nn.yaml:90:7
%7104 = assign %144, %7103 : f32[16] @ models/lib/nn.yaml:90:7
%7105 = all_reduce_sum %2680 : f32[64,16] @ models/lib/nn.yaml:79:7
%7106 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7107 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7108 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7109 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7110 = add %7108, %7109 : i64[] @ models/lib/nn.yaml:79:7
%7111 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7112 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7113 = sub %7112, %7111 : f64[] @ models/lib/nn.yaml:79:7
%7114 = cast %7113 : f32[] @ models/lib/nn.yaml:79:7
%7115 = broadcast %7114 : f32[64,16] @ models/lib/nn.yaml:79:7
%7116 = mul %61, %7115 : f32[64,16] @ models/lib/nn.yaml:79:7
%7117 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7118 = cast %7117 : f32[] @ models/lib/nn.yaml:79:7
%7119 = broadcast %7118 : f32[64,16] @ models/lib/nn.yaml:79:7
%7120 = mul %7105, %7119 : f32[64,16] @ models/lib/nn.yaml:79:7
%7121 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7122 = cast %7121 : f32[] @ models/lib/nn.yaml:79:7
%7123 = broadcast %7122 : f32[64,16] @ models/lib/nn.yaml:79:7
%7124 = mul %7106, %7123 : f32[64,16] @ models/lib/nn.yaml:79:7
%7125 = add %7124, %7120 : f32[64,16] @ models/lib/nn.yaml:79:7
%7126 = mul %7105, %7105 : f32[64,16] @ models/lib/nn.yaml:79:7
%7127 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7128 = cast %7127 : f32[] @ models/lib/nn.yaml:79:7
%7129 = broadcast %7128 : f32[64,16] @ models/lib/nn.yaml:79:7
%7130 = mul %7126, %7129 : f32[64,16] @ models/lib/nn.yaml:79:7
%7131 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7132 = cast %7131 : f32[] @ models/lib/nn.yaml:79:7
%7133 = broadcast %7132 : f32[64,16] @ models/lib/nn.yaml:79:7
%7134 = mul %7107, %7133 : f32[64,16] @ models/lib/nn.yaml:79:7
%7135 = add %7134, %7130 : f32[64,16] @ models/lib/nn.yaml:79:7
%7136 = cast %7110 : f64[] @ models/lib/nn.yaml:79:7
%7137 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7138 = pow %7137, %7136 : f64[] @ models/lib/nn.yaml:79:7
%7139 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7140 = sub %7139, %7138 : f64[] @ models/lib/nn.yaml:79:7
%7141 = div %2065, %7140 : f64[] @ models/lib/nn.yaml:79:7
%7142 = cast %7110 : f64[] @ models/lib/nn.yaml:79:7
%7143 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7144 = pow %7143, %7142 : f64[] @ models/lib/nn.yaml:79:7
%7145 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7146 = sub %7145, %7144 : f64[] @ models/lib/nn.yaml:79:7
%7147 = sqrt %7146 : f64[] @ models/lib/nn.yaml:79:7
%7148 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7149 = div %7148, %7147 : f64[] @ models/lib/nn.yaml:79:7
%7150 = sqrt %7135 : f32[64,16] @ models/lib/nn.yaml:79:7
%7151 = cast %7149 : f32[] @ models/lib/nn.yaml:79:7
%7152 = broadcast %7151 : f32[64,16] @ models/lib/nn.yaml:79:7
%7153 = mul %7150, %7152 : f32[64,16] @ models/lib/nn.yaml:79:7
%7154 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7155 = cast %7154 : f32[] @ models/lib/nn.yaml:79:7
%7156 = broadcast %7155 : f32[64,16] @ models/lib/nn.yaml:79:7
%7157 = add %7153, %7156 : f32[64,16] @ models/lib/nn.yaml:79:7
%7158 = div %7125, %7157 : f32[64,16] @ models/lib/nn.yaml:79:7
%7159 = cast %7141 : f32[] @ models/lib/nn.yaml:79:7
%7160 = broadcast %7159 : f32[64,16] @ models/lib/nn.yaml:79:7
%7161 = mul %7158, %7160 : f32[64,16] @ models/lib/nn.yaml:79:7
%7162 = sub %7116, %7161 : f32[64,16] @ models/lib/nn.yaml:79:7
%7163 = assign %61, %7162 : f32[64,16] @ models/lib/nn.yaml:79:7
%7164 = assign %7106, %7125 : f32[64,16] @ models/lib/nn.yaml:79:7
%7165 = assign %7107, %7135 : f32[64,16] @ models/lib/nn.yaml:79:7
%7166 = assign %7108, %7110 : i64[] @ models/lib/nn.yaml:79:7
%7167 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7168 = broadcast %7167 : f32[64,16] @ models/lib/nn.yaml:79:7
%7169 = mul %145, %7168 : f32[64,16] @ models/lib/nn.yaml:79:7
%7170 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7171 = sub %7170, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7172 = cast %7171 : f32[] @ models/lib/nn.yaml:79:7
%7173 = broadcast %7172 : f32[64,16] @ models/lib/nn.yaml:79:7
%7174 = mul %7162, %7173 : f32[64,16] @ models/lib/nn.yaml:79:7
%7175 = add %7169, %7174 : f32[64,16] @ models/lib/nn.yaml:79:7
%7176 = assign %145, %7175 : f32[64,16] @ models/lib/nn.yaml:79:7
%7177 = all_reduce_sum %2676 : f32[64] @ models/lib/nn.yaml:80:7
%7178 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7179 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7180 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7181 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7182 = add %7180, %7181 : i64[] @ models/lib/nn.yaml:80:7
%7183 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7184 = cast %7183 : f32[] @ models/lib/nn.yaml:80:7
%7185 = broadcast %7184 : f32[64] @ models/lib/nn.yaml:80:7
%7186 = mul %7177, %7185 : f32[64] @ models/lib/nn.yaml:80:7
%7187 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7188 = cast %7187 : f32[] @ models/lib/nn.yaml:80:7
%7189 = broadcast %7188 : f32[64] @ models/lib/nn.yaml:80:7
%7190 = mul %7178, %7189 : f32[64] @ models/lib/nn.yaml:80:7
%7191 = add %7190, %7186 : f32[64] @ models/lib/nn.yaml:80:7
%7192 = mul %7177, %7177 : f32[64] @ models/lib/nn.yaml:80:7
%7193 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7194 = cast %7193 : f32[] @ models/lib/nn.yaml:80:7
%7195 = broadcast %7194 : f32[64] @ models/lib/nn.yaml:80:7
%7196 = mul %7192, %7195 : f32[64] @ models/lib/nn.yaml:80:7
%7197 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7198 = cast %7197 : f32[] @ models/lib/nn.yaml:80:7
%7199 = broadcast %7198 : f32[64] @ models/lib/nn.yaml:80:7
%7200 = mul %7179, %7199 : f32[64] @ models/lib/nn.yaml:80:7
%7201 = add %7200, %7196 : f32[64] @ models/lib/nn.yaml:80:7
%7202 = cast %7182 : f64[] @ models/lib/nn.yaml:80:7
%7203 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7204 = pow %7203, %7202 : f64[] @ models/lib/nn.yaml:80:7
%7205 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7206 = sub %7205, %7204 : f64[] @ models/lib/nn.yaml:80:7
%7207 = div %2065, %7206 : f64[] @ models/lib/nn.yaml:80:7
%7208 = cast %7182 : f64[] @ models/lib/nn.yaml:80:7
%7209 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7210 = pow %7209, %7208 : f64[] @ models/lib/nn.yaml:80:7
%7211 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7212 = sub %7211, %7210 : f64[] @ models/lib/nn.yaml:80:7
%7213 = sqrt %7212 : f64[] @ models/lib/nn.yaml:80:7
%7214 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7215 = div %7214, %7213 : f64[] @ models/lib/nn.yaml:80:7
%7216 = sqrt %7201 : f32[64] @ models/lib/nn.yaml:80:7
%7217 = cast %7215 : f32[] @ models/lib/nn.yaml:80:7
%7218 = broadcast %7217 : f32[64] @ models/lib/nn.yaml:80:7
%7219 = mul %7216, %7218 : f32[64] @ models/lib/nn.yaml:80:7
%7220 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7221 = cast %7220 : f32[] @ models/lib/nn.yaml:80:7
%7222 = broadcast %7221 : f32[64] @ models/lib/nn.yaml:80:7
%7223 = add %7219, %7222 : f32[64] @ models/lib/nn.yaml:80:7
%7224 = div %7191, %7223 : f32[64] @ models/lib/nn.yaml:80:7
%7225 = cast %7207 : f32[] @ models/lib/nn.yaml:80:7
%7226 = broadcast %7225 : f32[64] @ models/lib/nn.yaml:80:7
%7227 = mul %7224, %7226 : f32[64] @ models/lib/nn.yaml:80:7
%7228 = sub %62, %7227 : f32[64] @ models/lib/nn.yaml:80:7
%7229 = assign %62, %7228 : f32[64] @ models/lib/nn.yaml:80:7
%7230 = assign %7178, %7191 : f32[64] @ models/lib/nn.yaml:80:7
%7231 = assign %7179, %7201 : f32[64] @ models/lib/nn.yaml:80:7
%7232 = assign %7180, %7182 : i64[] @ models/lib/nn.yaml:80:7
%7233 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%7234 = broadcast %7233 : f32[64] @ models/lib/nn.yaml:80:7
%7235 = mul %146, %7234 : f32[64] @ models/lib/nn.yaml:80:7
%7236 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7237 = sub %7236, %2067 : f64[] @ models/lib/nn.yaml:80:7
%7238 = cast %7237 : f32[] @ models/lib/nn.yaml:80:7
%7239 = broadcast %7238 : f32[64] @ models/lib/nn.yaml:80:7
%7240 = mul %7228, %7239 : f32[64] @ models/lib/nn.yaml:80:7
%7241 = add %7235, %7240 : f32[64] @ models/lib/nn.yaml:80:7
%7242 = assign %146, %7241 : f32[64] @ models/lib/nn.yaml:80:7
%7243 = all_reduce_sum %2662 : f32[16,64] @ models/lib/nn.yaml:79:7
%7244 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7245 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7246 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7247 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7248 = add %7246, %7247 : i64[] @ models/lib/nn.yaml:79:7
%7249 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7250 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7251 = sub %7250, %7249 : f64[] @ models/lib/nn.yaml:79:7
%7252 = cast %7251 : f32[] @ models/lib/nn.yaml:79:7
%7253 = broadcast %7252 : f32[16,64] @ models/lib/nn.yaml:79:7
%7254 = mul %63, %7253 : f32[16,64] @ models/lib/nn.yaml:79:7
%7255 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7256 = cast %7255 : f32[] @ models/lib/nn.yaml:79:7
%7257 = broadcast %7256 : f32[16,64] @ models/lib/nn.yaml:79:7
%7258 = mul %7243, %7257 : f32[16,64] @ models/lib/nn.yaml:79:7
%7259 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7260 = cast %7259 : f32[] @ models/lib/nn.yaml:79:7
%7261 = broadcast %7260 : f32[16,64] @ models/lib/nn.yaml:79:7
%7262 = mul %7244, %7261 : f32[16,64] @ models/lib/nn.yaml:79:7
%7263 = add %7262, %7258 : f32[16,64] @ models/lib/nn.yaml:79:7
%7264 = mul %7243, %7243 : f32[16,64] @ models/lib/nn.yaml:79:7
%7265 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7266 = cast %7265 : f32[] @ models/lib/nn.yaml:79:7
%7267 = broadcast %7266 : f32[16,64] @ models/lib/nn.yaml:79:7
%7268 = mul %7264, %7267 : f32[16,64] @ models/lib/nn.yaml:79:7
%7269 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7270 = cast %7269 : f32[] @ models/lib/nn.yaml:79:7
%7271 = broadcast %7270 : f32[16,64] @ models/lib/nn.yaml:79:7
%7272 = mul %7245, %7271 : f32[16,64] @ models/lib/nn.yaml:79:7
%7273 = add %7272, %7268 : f32[16,64] @ models/lib/nn.yaml:79:7
%7274 = cast %7248 : f64[] @ models/lib/nn.yaml:79:7
%7275 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7276 = pow %7275, %7274 : f64[] @ models/lib/nn.yaml:79:7
%7277 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7278 = sub %7277, %7276 : f64[] @ models/lib/nn.yaml:79:7
%7279 = div %2065, %7278 : f64[] @ models/lib/nn.yaml:79:7
%7280 = cast %7248 : f64[] @ models/lib/nn.yaml:79:7
%7281 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7282 = pow %7281, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7283 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7284 = sub %7283, %7282 : f64[] @ models/lib/nn.yaml:79:7
%7285 = sqrt %7284 : f64[] @ models/lib/nn.yaml:79:7
%7286 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7287 = div %7286, %7285 : f64[] @ models/lib/nn.yaml:79:7
%7288 = sqrt %7273 : f32[16,64] @ models/lib/nn.yaml:79:7
%7289 = cast %7287 : f32[] @ models/lib/nn.yaml:79:7
%7290 = broadcast %7289 : f32[16,64] @ models/lib/nn.yaml:79:7
%7291 = mul %7288, %7290 : f32[16,64] @ models/lib/nn.yaml:79:7
%7292 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7293 = cast %7292 : f32[] @ models/lib/nn.yaml:79:7
%7294 = broadcast %7293 : f32[16,64] @ models/lib/nn.yaml:79:7
%7295 = add %7291, %7294 : f32[16,64] @ models/lib/nn.yaml:79:7
%7296 = div %7263, %7295 : f32[16,64] @ models/lib/nn.yaml:79:7
%7297 = cast %7279 : f32[] @ models/lib/nn.yaml:79:7
%7298 = broadcast %7297 : f32[16,64] @ models/lib/nn.yaml:79:7
%7299 = mul %7296, %7298 : f32[16,64] @ models/lib/nn.yaml:79:7
%7300 = sub %7254, %7299 : f32[16,64] @ models/lib/nn.yaml:79:7
%7301 = assign %63, %7300 : f32[16,64] @ models/lib/nn.yaml:79:7
%7302 = assign %7244, %7263 : f32[16,64] @ models/lib/nn.yaml:79:7
%7303 = assign %7245, %7273 : f32[16,64] @ models/lib/nn.yaml:79:7
%7304 = assign %7246, %7248 : i64[] @ models/lib/nn.yaml:79:7
%7305 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7306 = broadcast %7305 : f32[16,64] @ models/lib/nn.yaml:79:7
%7307 = mul %147, %7306 : f32[16,64] @ models/lib/nn.yaml:79:7
%7308 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7309 = sub %7308, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7310 = cast %7309 : f32[] @ models/lib/nn.yaml:79:7
%7311 = broadcast %7310 : f32[16,64] @ models/lib/nn.yaml:79:7
%7312 = mul %7300, %7311 : f32[16,64] @ models/lib/nn.yaml:79:7
%7313 = add %7307, %7312 : f32[16,64] @ models/lib/nn.yaml:79:7
%7314 = assign %147, %7313 : f32[16,64] @ models/lib/nn.yaml:79:7
%7315 = all_reduce_sum %2658 : f32[16] @ models/lib/nn.yaml:80:7
%7316 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7317 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7318 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7319 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7320 = add %7318, %7319 : i64[] @ models/lib/nn.yaml:80:7
%7321 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7322 = cast %7321 : f32[] @ models/lib/nn.yaml:80:7
%7323 = broadcast %7322 : f32[16] @ models/lib/nn.yaml:80:7
%7324 = mul %7315, %7323 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7326 = cast %7325 : f32[] @ models/lib/nn.yaml:80:7
%7327 = broadcast %7326 : f32[16] @ models/lib/nn.yaml:80:7
%7328 = mul %7316, %7327 : f32[16] @ models/lib/nn.yaml:80:7
%7329 = add %7328, %7324 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = mul %7315, %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7331 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7332 = cast %7331 : f32[] @ models/lib/nn.yaml:80:7
%7333 = broadcast %7332 : f32[16] @ models/lib/nn.yaml:80:7
%7334 = mul %7330, %7333 : f32[16] @ models/lib/nn.yaml:80:7
%7335 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7336 = cast %7335 : f32[] @ models/lib/nn.yaml:80:7
%7337 = broadcast %7336 : f32[16] @ models/lib/nn.yaml:80:7
%7338 = mul %7317, %7337 : f32[16] @ models/lib/nn.yaml:80:7
%7339 = add %7338, %7334 : f32[16] @ models/lib/nn.yaml:80:7
%7340 = cast %7320 : f64[] @ models/lib/nn.yaml:80:7
%7341 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7342 = pow %7341, %7340 : f64[] @ models/lib/nn.yaml:80:7
%7343 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7344 = sub %7343, %7342 : f64[] @ models/lib/nn.yaml:80:7
%7345 = div %2065, %7344 : f64[] @ models/lib/nn.yaml:80:7
%7346 = cast %7320 : f64[] @ models/lib/nn.yaml:80:7
%7347 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7348 = pow %7347, %7346 : f64[] @ models/lib/nn.yaml:80:7
%7349 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7350 = sub %7349, %7348 : f64[] @ models/lib/nn.yaml:80:7
%7351 = sqrt %7350 : f64[] @ models/lib/nn.yaml:80:7
%7352 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7353 = div %7352, %7351 : f64[] @ models/lib/nn.yaml:80:7
%7354 = sqrt %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7355 = cast %7353 : f32[] @ models/lib/nn.yaml:80:7
%7356 = broadcast %7355 : f32[16] @ models/lib/nn.yaml:80:7
%7357 = mul %7354, %7356 : f32[16] @ models/lib/nn.yaml:80:7
%7358 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7359 = cast %7358 : f32[] @ models/lib/nn.yaml:80:7
%7360 = broadcast %7359 : f32[16] @ models/lib/nn.yaml:80:7
%7361 = add %7357, %7360 : f32[16] @ models/lib/nn.yaml:80:7
%7362 = div %7329, %7361 : f32[16] @ models/lib/nn.yaml:80:7
%7363 = cast %7345 : f32[] @ models/lib/nn.yaml:80:7
%7364 = broadcast %7363 : f32[16] @ models/lib/nn.yaml:80:7
%7365 = mul %7362, %7364 : f32[16] @ models/lib/nn.yaml:80:7
%7366 = sub %64, %7365 : f32[16] @ models/lib/nn.yaml:80:7
%7367 = assign %64, %7366 : f32[16] @ models/lib/nn.yaml:80:7
%7368 = assign %7316, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7369 = assign %7317, %7339 : f32[16] @ models/lib/nn.yaml:80:7
%7370 = assign %7318, %7320 : i64[] @ models/lib/nn.yaml:80:7
%7371 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%7372 = broadcast %7371 : f32[16] @ models/lib/nn.yaml:80:7
%7373 = mul %148, %7372 : f32[16] @ models/lib/nn.yaml:80:7
%7374 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7375 = sub %7374, %2067 : f64[] @ models/lib/nn.yaml:80:7
%7376 = cast %7375 : f32[] @ models/lib/nn.yaml:80:7
%7377 = broadcast %7376 : f32[16] @ models/lib/nn.yaml:80:7
%7378 = mul %7366, %7377 : f32[16] @ models/lib/nn.yaml:80:7
%7379 = add %7373, %7378 : f32[16] @ models/lib/nn.yaml:80:7
%7380 = assign %148, %7379 : f32[16] @ models/lib/nn.yaml:80:7
%7381 = all_reduce_sum %2634 : f32[16] @ models/lib/nn.yaml:89:7
%7382 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7383 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7384 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7385 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7386 = add %7384, %7385 : i64[] @ models/lib/nn.yaml:89:7
%7387 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7388 = cast %7387 : f32[] @ models/lib/nn.yaml:89:7
%7389 = broadcast %7388 : f32[16] @ models/lib/nn.yaml:89:7
%7390 = mul %7381, %7389 : f32[16] @ models/lib/nn.yaml:89:7
%7391 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7392 = cast %7391 : f32[] @ models/lib/nn.yaml:89:7
%7393 = broadcast %7392 : f32[16] @ models/lib/nn.yaml:89:7
%7394 = mul %7382, %7393 : f32[16] @ models/lib/nn.yaml:89:7
%7395 = add %7394, %7390 : f32[16] @ models/lib/nn.yaml:89:7
%7396 = mul %7381, %7381 : f32[16] @ models/lib/nn.yaml:89:7
%7397 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7398 = cast %7397 : f32[] @ models/lib/nn.yaml:89:7
%7399 = broadcast %7398 : f32[16] @ models/lib/nn.yaml:89:7
%7400 = mul %7396, %7399 : f32[16] @ models/lib/nn.yaml:89:7
%7401 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7402 = cast %7401 : f32[] @ models/lib/nn.yaml:89:7
%7403 = broadcast %7402 : f32[16] @ models/lib/nn.yaml:89:7
%7404 = mul %7383, %7403 : f32[16] @ models/lib/nn.yaml:89:7
%7405 = add %7404, %7400 : f32[16] @ models/lib/nn.yaml:89:7
%7406 = cast %7386 : f64[] @ models/lib/nn.yaml:89:7
%7407 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7408 = pow %7407, %7406 : f64[] @ models/lib/nn.yaml:89:7
%7409 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7410 = sub %7409, %7408 : f64[] @ models/lib/nn.yaml:89:7
%7411 = div %2065, %7410 : f64[] @ models/lib/nn.yaml:89:7
%7412 = cast %7386 : f64[] @ models/lib/nn.yaml:89:7
%7413 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7414 = pow %7413, %7412 : f64[] @ models/lib/nn.yaml:89:7
%7415 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7416 = sub %7415, %7414 : f64[] @ models/lib/nn.yaml:89:7
%7417 = sqrt %7416 : f64[] @ models/lib/nn.yaml:89:7
%7418 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7419 = div %7418, %7417 : f64[] @ models/lib/nn.yaml:89:7
%7420 = sqrt %7405 : f32[16] @ models/lib/nn.yaml:89:7
%7421 = cast %7419 : f32[] @ models/lib/nn.yaml:89:7
%7422 = broadcast %7421 : f32[16] @ models/lib/nn.yaml:89:7
%7423 = mul %7420, %7422 : f32[16] @ models/lib/nn.yaml:89:7
%7424 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7425 = cast %7424 : f32[] @ models/lib/nn.yaml:89:7
%7426 = broadcast %7425 : f32[16] @ models/lib/nn.yaml:89:7
%7427 = add %7423, %7426 : f32[16] @ models/lib/nn.yaml:89:7
%7428 = div %7395, %7427 : f32[16] @ models/lib/nn.yaml:89:7
%7429 = cast %7411 : f32[] @ models/lib/nn.yaml:89:7
%7430 = broadcast %7429 : f32[16] @ models/lib/nn.yaml:89:7
%7431 = mul %7428, %7430 : f32[16] @ models/lib/nn.yaml:89:7
%7432 = sub %65, %7431 : f32[16] @ models/lib/nn.yaml:89:7
%7433 = assign %65, %7432 : f32[16] @ models/lib/nn.yaml:89:7
%7434 = assign %7382, %7395 : f32[16] @ models/lib/nn.yaml:89:7
%7435 = assign %7383, %7405 : f32[16] @ models/lib/nn.yaml:89:7
%7436 = assign %7384, %7386 : i64[] @ models/lib/nn.yaml:89:7
%7437 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%7438 = broadcast %7437 : f32[16] @ models/lib/nn.yaml:89:7
%7439 = mul %149, %7438 : f32[16] @ models/lib/nn.yaml:89:7
%7440 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7441 = sub %7440, %2067 : f64[] @ models/lib/nn.yaml:89:7
%7442 = cast %7441 : f32[] @ models/lib/nn.yaml:89:7
%7443 = broadcast %7442 : f32[16] @ models/lib/nn.yaml:89:7
%7444 = mul %7432, %7443 : f32[16] @ models/lib/nn.yaml:89:7
%7445 = add %7439, %7444 : f32[16] @ models/lib/nn.yaml:89:7
%7446 = assign %149, %7445 : f32[16] @ models/lib/nn.yaml:89:7
%7447 = all_reduce_sum %2630 : f32[16] @ models/lib/nn.yaml:90:7
%7448 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7449 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7450 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7451 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7452 = add %7450, %7451 : i64[] @ models/lib/nn.yaml:90:7
%7453 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7454 = cast %7453 : f32[] @ models/lib/nn.yaml:90:7
%7455 = broadcast %7454 : f32[16] @ models/lib/nn.yaml:90:7
%7456 = mul %7447, %7455 : f32[16] @ models/lib/nn.yaml:90:7
%7457 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7458 = cast %7457 : f32[] @ models/lib/nn.yaml:90:7
%7459 = broadcast %7458 : f32[16] @ models/lib/nn.yaml:90:7
%7460 = mul %7448, %7459 : f32[16] @ models/lib/nn.yaml:90:7
%7461 = add %7460, %7456 : f32[16] @ models/lib/nn.yaml:90:7
%7462 = mul %7447, %7447 : f32[16] @ models/lib/nn.yaml:90:7
%7463 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7464 = cast %7463 : f32[] @ models/lib/nn.yaml:90:7
%7465 = broadcast %7464 : f32[16] @ models/lib/nn.yaml:90:7
%7466 = mul %7462, %7465 : f32[16] @ models/lib/nn.yaml:90:7
%7467 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7468 = cast %7467 : f32[] @ models/lib/nn.yaml:90:7
%7469 = broadcast %7468 : f32[16] @ models/lib/nn.yaml:90:7
%7470 = mul %7449, %7469 : f32[16] @ models/lib/nn.yaml:90:7
%7471 = add %7470, %7466 : f32[16] @ models/lib/nn.yaml:90:7
%7472 = cast %7452 : f64[] @ models/lib/nn.yaml:90:7
%7473 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7474 = pow %7473, %7472 : f64[] @ models/lib/nn.yaml:90:7
%7475 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7476 = sub %7475, %7474 : f64[] @ models/lib/nn.yaml:90:7
%7477 = div %2065, %7476 : f64[] @ models/lib/nn.yaml:90:7
%7478 = cast %7452 : f64[] @ models/lib/nn.yaml:90:7
%7479 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7480 = pow %7479, %7478 : f64[] @ models/lib/nn.yaml:90:7
%7481 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7482 = sub %7481, %7480 : f64[] @ models/lib/nn.yaml:90:7
%7483 = sqrt %7482 : f64[] @ models/lib/nn.yaml:90:7
%7484 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7485 = div %7484, %7483 : f64[] @ models/lib/nn.yaml:90:7
%7486 = sqrt %7471 : f32[16] @ models/lib/nn.yaml:90:7
%7487 = cast %7485 : f32[] @ models/lib/nn.yaml:90:7
%7488 = broadcast %7487 : f32[16] @ models/lib/nn.yaml:90:7
%7489 = mul %7486, %7488 : f32[16] @ models/lib/nn.yaml:90:7
%7490 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7491 = cast %7490 : f32[] @ models/lib/nn.yaml:90:7
%7492 = broadcast %7491 : f32[16] @ models/lib/nn.yaml:90:7
%7493 = add %7489, %7492 : f32[16] @ models/lib/nn.yaml:90:7
%7494 = div %7461, %7493 : f32[16] @ models/lib/nn.yaml:90:7
%7495 = cast %7477 : f32[] @ models/lib/nn.yaml:90:7
%7496 = broadcast %7495 : f32[16] @ models/lib/nn.yaml:90:7
%7497 = mul %7494, %7496 : f32[16] @ models/lib/nn.yaml:90:7
%7498 = sub %66, %7497 : f32[16] @ models/lib/nn.yaml:90:7
%7499 = assign %66, %7498 : f32[16] @ models/lib/nn.yaml:90:7
%7500 = assign %7448, %7461 : f32[16] @ models/lib/nn.yaml:90:7
%7501 = assign %7449, %7471 : f32[16] @ models/lib/nn.yaml:90:7
%7502 = assign %7450, %7452 : i64[] @ models/lib/nn.yaml:90:7
%7503 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%7504 = broadcast %7503 : f32[16] @ models/lib/nn.yaml:90:7
%7505 = mul %150, %7504 : f32[16] @ models/lib/nn.yaml:90:7
%7506 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7507 = sub %7506, %2067 : f64[] @ models/lib/nn.yaml:90:7
%7508 = cast %7507 : f32[] @ models/lib/nn.yaml:90:7
%7509 = broadcast %7508 : f32[16] @ models/lib/nn.yaml:90:7
%7510 = mul %7498, %7509 : f32[16] @ models/lib/nn.yaml:90:7
%7511 = add %7505, %7510 : f32[16] @ models/lib/nn.yaml:90:7
%7512 = assign %150, %7511 : f32[16] @ models/lib/nn.yaml:90:7
%7513 = all_reduce_sum %2622 : f32[24,16] @ models/lib/nn.yaml:79:7
%7514 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7515 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7516 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7517 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7518 = add %7516, %7517 : i64[] @ models/lib/nn.yaml:79:7
%7519 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7520 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7521 = sub %7520, %7519 : f64[] @ models/lib/nn.yaml:79:7
%7522 = cast %7521 : f32[] @ models/lib/nn.yaml:79:7
%7523 = broadcast %7522 : f32[24,16] @ models/lib/nn.yaml:79:7
%7524 = mul %67, %7523 : f32[24,16] @ models/lib/nn.yaml:79:7
%7525 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7526 = cast %7525 : f32[] @ models/lib/nn.yaml:79:7
%7527 = broadcast %7526 : f32[24,16] @ models/lib/nn.yaml:79:7
%7528 = mul %7513, %7527 : f32[24,16] @ models/lib/nn.yaml:79:7
%7529 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7530 = cast %7529 : f32[] @ models/lib/nn.yaml:79:7
%7531 = broadcast %7530 : f32[24,16] @ models/lib/nn.yaml:79:7
%7532 = mul %7514, %7531 : f32[24,16] @ models/lib/nn.yaml:79:7
%7533 = add %7532, %7528 : f32[24,16] @ models/lib/nn.yaml:79:7
%7534 = mul %7513, %7513 : f32[24,16] @ models/lib/nn.yaml:79:7
%7535 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7536 = cast %7535 : f32[] @ models/lib/nn.yaml:79:7
%7537 = broadcast %7536 : f32[24,16] @ models/lib/nn.yaml:79:7
%7538 = mul %7534, %7537 : f32[24,16] @ models/lib/nn.yaml:79:7
%7539 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7540 = cast %7539 : f32[] @ models/lib/nn.yaml:79:7
%7541 = broadcast %7540 : f32[24,16] @ models/lib/nn.yaml:79:7
%7542 = mul %7515, %7541 : f32[24,16] @ models/lib/nn.yaml:79:7
%7543 = add %7542, %7538 : f32[24,16] @ models/lib/nn.yaml:79:7
%7544 = cast %7518 : f64[] @ models/lib/nn.yaml:79:7
%7545 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7546 = pow %7545, %7544 : f64[] @ models/lib/nn.yaml:79:7
%7547 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7548 = sub %7547, %7546 : f64[] @ models/lib/nn.yaml:79:7
%7549 = div %2065, %7548 : f64[] @ models/lib/nn.yaml:79:7
%7550 = cast %7518 : f64[] @ models/lib/nn.yaml:79:7
%7551 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7552 = pow %7551, %7550 : f64[] @ models/lib/nn.yaml:79:7
%7553 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7554 = sub %7553, %7552 : f64[] @ models/lib/nn.yaml:79:7
%7555 = sqrt %7554 : f64[] @ models/lib/nn.yaml:79:7
%7556 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7557 = div %7556, %7555 : f64[] @ models/lib/nn.yaml:79:7
%7558 = sqrt %7543 : f32[24,16] @ models/lib/nn.yaml:79:7
%7559 = cast %7557 : f32[] @ models/lib/nn.yaml:79:7
%7560 = broadcast %7559 : f32[24,16] @ models/lib/nn.yaml:79:7
%7561 = mul %7558, %7560 : f32[24,16] @ models/lib/nn.yaml:79:7
%7562 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7563 = cast %7562 : f32[] @ models/lib/nn.yaml:79:7
%7564 = broadcast %7563 : f32[24,16] @ models/lib/nn.yaml:79:7
%7565 = add %7561, %7564 : f32[24,16] @ models/lib/nn.yaml:79:7
%7566 = div %7533, %7565 : f32[24,16] @ models/lib/nn.yaml:79:7
%7567 = cast %7549 : f32[] @ models/lib/nn.yaml:79:7
%7568 = broadcast %7567 : f32[24,16] @ models/lib/nn.yaml:79:7
%7569 = mul %7566, %7568 : f32[24,16] @ models/lib/nn.yaml:79:7
%7570 = sub %7524, %7569 : f32[24,16] @ models/lib/nn.yaml:79:7
%7571 = assign %67, %7570 : f32[24,16] @ models/lib/nn.yaml:79:7
%7572 = assign %7514, %7533 : f32[24,16] @ models/lib/nn.yaml:79:7
%7573 = assign %7515, %7543 : f32[24,16] @ models/lib/nn.yaml:79:7
%7574 = assign %7516, %7518 : i64[] @ models/lib/nn.yaml:79:7
%7575 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7576 = broadcast %7575 : f32[24,16] @ models/lib/nn.yaml:79:7
%7577 = mul %151, %7576 : f32[24,16] @ models/lib/nn.yaml:79:7
%7578 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7579 = sub %7578, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7580 = cast %7579 : f32[] @ models/lib/nn.yaml:79:7
%7581 = broadcast %7580 : f32[24,16] @ models/lib/nn.yaml:79:7
%7582 = mul %7570, %7581 : f32[24,16] @ models/lib/nn.yaml:79:7
%7583 = add %7577, %7582 : f32[24,16] @ models/lib/nn.yaml:79:7
%7584 = assign %151, %7583 : f32[24,16] @ models/lib/nn.yaml:79:7
%7585 = all_reduce_sum %2594 : f32[24] @ models/moco_pass.yaml:75:7
%7586 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7587 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7588 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7589 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7590 = add %7588, %7589 : i64[] @ models/moco_pass.yaml:75:7
%7591 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%7592 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7593 = sub %7592, %7591 : f64[] @ models/moco_pass.yaml:75:7
%7594 = cast %7593 : f32[] @ models/moco_pass.yaml:75:7
%7595 = broadcast %7594 : f32[24] @ models/moco_pass.yaml:75:7
%7596 = mul %68, %7595 : f32[24] @ models/moco_pass.yaml:75:7
%7597 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7598 = cast %7597 : f32[] @ models/moco_pass.yaml:75:7
%7599 = broadcast %7598 : f32[24] @ models/moco_pass.yaml:75:7
%7600 = mul %7585, %7599 : f32[24] @ models/moco_pass.yaml:75:7
%7601 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7602 = cast %7601 : f32[] @ models/moco_pass.yaml:75:7
%7603 = broadcast %7602 : f32[24] @ models/moco_pass.yaml:75:7
%7604 = mul %7586, %7603 : f32[24] @ models/moco_pass.yaml:75:7
%7605 = add %7604, %7600 : f32[24] @ models/moco_pass.yaml:75:7
%7606 = mul %7585, %7585 : f32[24] @ models/moco_pass.yaml:75:7
%7607 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7608 = cast %7607 : f32[] @ models/moco_pass.yaml:75:7
%7609 = broadcast %7608 : f32[24] @ models/moco_pass.yaml:75:7
%7610 = mul %7606, %7609 : f32[24] @ models/moco_pass.yaml:75:7
%7611 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7612 = cast %7611 : f32[] @ models/moco_pass.yaml:75:7
%7613 = broadcast %7612 : f32[24] @ models/moco_pass.yaml:75:7
%7614 = mul %7587, %7613 : f32[24] @ models/moco_pass.yaml:75:7
%7615 = add %7614, %7610 : f32[24] @ models/moco_pass.yaml:75:7
%7616 = cast %7590 : f64[] @ models/moco_pass.yaml:75:7
%7617 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7618 = pow %7617, %7616 : f64[] @ models/moco_pass.yaml:75:7
%7619 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7620 = sub %7619, %7618 : f64[] @ models/moco_pass.yaml:75:7
%7621 = div %2065, %7620 : f64[] @ models/moco_pass.yaml:75:7
%7622 = cast %7590 : f64[] @ models/moco_pass.yaml:75:7
%7623 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7624 = pow %7623, %7622 : f64[] @ models/moco_pass.yaml:75:7
%7625 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7626 = sub %7625, %7624 : f64[] @ models/moco_pass.yaml:75:7
%7627 = sqrt %7626 : f64[] @ models/moco_pass.yaml:75:7
%7628 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7629 = div %7628, %7627 : f64[] @ models/moco_pass.yaml:75:7
%7630 = sqrt %7615 : f32[24] @ models/moco_pass.yaml:75:7
%7631 = cast %7629 : f32[] @ models/moco_pass.yaml:75:7
%7632 = broadcast %7631 : f32[24] @ models/moco_pass.yaml:75:7
%7633 = mul %7630, %7632 : f32[24] @ models/moco_pass.yaml:75:7
%7634 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7635 = cast %7634 : f32[] @ models/moco_pass.yaml:75:7
%7636 = broadcast %7635 : f32[24] @ models/moco_pass.yaml:75:7
%7637 = add %7633, %7636 : f32[24] @ models/moco_pass.yaml:75:7
%7638 = div %7605, %7637 : f32[24] @ models/moco_pass.yaml:75:7
%7639 = cast %7621 : f32[] @ models/moco_pass.yaml:75:7
%7640 = broadcast %7639 : f32[24] @ models/moco_pass.yaml:75:7
%7641 = mul %7638, %7640 : f32[24] @ models/moco_pass.yaml:75:7
%7642 = sub %7596, %7641 : f32[24] @ models/moco_pass.yaml:75:7
%7643 = assign %68, %7642 : f32[24] @ models/moco_pass.yaml:75:7
%7644 = assign %7586, %7605 : f32[24] @ models/moco_pass.yaml:75:7
%7645 = assign %7587, %7615 : f32[24] @ models/moco_pass.yaml:75:7
%7646 = assign %7588, %7590 : i64[] @ models/moco_pass.yaml:75:7
%7647 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%7648 = broadcast %7647 : f32[24] @ models/moco_pass.yaml:75:7
%7649 = mul %152, %7648 : f32[24] @ models/moco_pass.yaml:75:7
%7650 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7651 = sub %7650, %2067 : f64[] @ models/moco_pass.yaml:75:7
%7652 = cast %7651 : f32[] @ models/moco_pass.yaml:75:7
%7653 = broadcast %7652 : f32[24] @ models/moco_pass.yaml:75:7
%7654 = mul %7642, %7653 : f32[24] @ models/moco_pass.yaml:75:7
%7655 = add %7649, %7654 : f32[24] @ models/moco_pass.yaml:75:7
%7656 = assign %152, %7655 : f32[24] @ models/moco_pass.yaml:75:7
%7657 = all_reduce_sum %2590 : f32[24] @ models/moco_pass.yaml:76:7
%7658 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7659 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7660 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7661 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7662 = add %7660, %7661 : i64[] @ models/moco_pass.yaml:76:7
%7663 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%7664 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7665 = sub %7664, %7663 : f64[] @ models/moco_pass.yaml:76:7
%7666 = cast %7665 : f32[] @ models/moco_pass.yaml:76:7
%7667 = broadcast %7666 : f32[24] @ models/moco_pass.yaml:76:7
%7668 = mul %69, %7667 : f32[24] @ models/moco_pass.yaml:76:7
%7669 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7670 = cast %7669 : f32[] @ models/moco_pass.yaml:76:7
%7671 = broadcast %7670 : f32[24] @ models/moco_pass.yaml:76:7
%7672 = mul %7657, %7671 : f32[24] @ models/moco_pass.yaml:76:7
%7673 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7674 = cast %7673 : f32[] @ models/moco_pass.yaml:76:7
%7675 = broadcast %7674 : f32[24] @ models/moco_pass.yaml:76:7
%7676 = mul %7658, %7675 : f32[24] @ models/moco_pass.yaml:76:7
%7677 = add %7676, %7672 : f32[24] @ models/moco_pass.yaml:76:7
%7678 = mul %7657, %7657 : f32[24] @ models/moco_pass.yaml:76:7
%7679 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7680 = cast %7679 : f32[] @ models/moco_pass.yaml:76:7
%7681 = broadcast %7680 : f32[24] @ models/moco_pass.yaml:76:7
%7682 = mul %7678, %7681 : f32[24] @ models/moco_pass.yaml:76:7
%7683 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7684 = cast %7683 : f32[] @ models/moco_pass.yaml:76:7
%7685 = broadcast %7684 : f32[24] @ models/moco_pass.yaml:76:7
%7686 = mul %7659, %7685 : f32[24] @ models/moco_pass.yaml:76:7
%7687 = add %7686, %7682 : f32[24] @ models/moco_pass.yaml:76:7
%7688 = cast %7662 : f64[] @ models/moco_pass.yaml:76:7
%7689 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7690 = pow %7689, %7688 : f64[] @ models/moco_pass.yaml:76:7
%7691 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7692 = sub %7691, %7690 : f64[] @ models/moco_pass.yaml:76:7
%7693 = div %2065, %7692 : f64[] @ models/moco_pass.yaml:76:7
%7694 = cast %7662 : f64[] @ models/moco_pass.yaml:76:7
%7695 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7696 = pow %7695, %7694 : f64[] @ models/moco_pass.yaml:76:7
%7697 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7698 = sub %7697, %7696 : f64[] @ models/moco_pass.yaml:76:7
%7699 = sqrt %7698 : f64[] @ models/moco_pass.yaml:76:7
%7700 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7701 = div %7700, %7699 : f64[] @ models/moco_pass.yaml:76:7
%7702 = sqrt %7687 : f32[24] @ models/moco_pass.yaml:76:7
%7703 = cast %7701 : f32[] @ models/moco_pass.yaml:76:7
%7704 = broadcast %7703 : f32[24] @ models/moco_pass.yaml:76:7
%7705 = mul %7702, %7704 : f32[24] @ models/moco_pass.yaml:76:7
%7706 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7707 = cast %7706 : f32[] @ models/moco_pass.yaml:76:7
%7708 = broadcast %7707 : f32[24] @ models/moco_pass.yaml:76:7
%7709 = add %7705, %7708 : f32[24] @ models/moco_pass.yaml:76:7
%7710 = div %7677, %7709 : f32[24] @ models/moco_pass.yaml:76:7
%7711 = cast %7693 : f32[] @ models/moco_pass.yaml:76:7
%7712 = broadcast %7711 : f32[24] @ models/moco_pass.yaml:76:7
%7713 = mul %7710, %7712 : f32[24] @ models/moco_pass.yaml:76:7
%7714 = sub %7668, %7713 : f32[24] @ models/moco_pass.yaml:76:7
%7715 = assign %69, %7714 : f32[24] @ models/moco_pass.yaml:76:7
%7716 = assign %7658, %7677 : f32[24] @ models/moco_pass.yaml:76:7
%7717 = assign %7659, %7687 : f32[24] @ models/moco_pass.yaml:76:7
%7718 = assign %7660, %7662 : i64[] @ models/moco_pass.yaml:76:7
%7719 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%7720 = broadcast %7719 : f32[24] @ models/moco_pass.yaml:76:7
%7721 = mul %153, %7720 : f32[24] @ models/moco_pass.yaml:76:7
%7722 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7723 = sub %7722, %2067 : f64[] @ models/moco_pass.yaml:76:7
%7724 = cast %7723 : f32[] @ models/moco_pass.yaml:76:7
%7725 = broadcast %7724 : f32[24] @ models/moco_pass.yaml:76:7
%7726 = mul %7714, %7725 : f32[24] @ models/moco_pass.yaml:76:7
%7727 = add %7721, %7726 : f32[24] @ models/moco_pass.yaml:76:7
%7728 = assign %153, %7727 : f32[24] @ models/moco_pass.yaml:76:7
%7729 = all_reduce_sum %2579 : f32[24,24] @ models/lib/nn.yaml:79:7
%7730 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7731 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7732 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7733 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7734 = add %7732, %7733 : i64[] @ models/lib/nn.yaml:79:7
%7735 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7736 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7737 = sub %7736, %7735 : f64[] @ models/lib/nn.yaml:79:7
%7738 = cast %7737 : f32[] @ models/lib/nn.yaml:79:7
%7739 = broadcast %7738 : f32[24,24] @ models/lib/nn.yaml:79:7
%7740 = mul %70, %7739 : f32[24,24] @ models/lib/nn.yaml:79:7
%7741 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7742 = cast %7741 : f32[] @ models/lib/nn.yaml:79:7
%7743 = broadcast %7742 : f32[24,24] @ models/lib/nn.yaml:79:7
%7744 = mul %7729, %7743 : f32[24,24] @ models/lib/nn.yaml:79:7
%7745 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7746 = cast %7745 : f32[] @ models/lib/nn.yaml:79:7
%7747 = broadcast %7746 : f32[24,24] @ models/lib/nn.yaml:79:7
%7748 = mul %7730, %7747 : f32[24,24] @ models/lib/nn.yaml:79:7
%7749 = add %7748, %7744 : f32[24,24] @ models/lib/nn.yaml:79:7
%7750 = mul %7729, %7729 : f32[24,24] @ models/lib/nn.yaml:79:7
%7751 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7752 = cast %7751 : f32[] @ models/lib/nn.yaml:79:7
%7753 = broadcast %7752 : f32[24,24] @ models/lib/nn.yaml:79:7
%7754 = mul %7750, %7753 : f32[24,24] @ models/lib/nn.yaml:79:7
%7755 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7756 = cast %7755 : f32[] @ models/lib/nn.yaml:79:7
%7757 = broadcast %7756 : f32[24,24] @ models/lib/nn.yaml:79:7
%7758 = mul %7731, %7757 : f32[24,24] @ models/lib/nn.yaml:79:7
%7759 = add %7758, %7754 : f32[24,24] @ models/lib/nn.yaml:79:7
%7760 = cast %7734 : f64[] @ models/lib/nn.yaml:79:7
%7761 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7762 = pow %7761, %7760 : f64[] @ models/lib/nn.yaml:79:7
%7763 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7764 = sub %7763, %7762 : f64[] @ models/lib/nn.yaml:79:7
%7765 = div %2065, %7764 : f64[] @ models/lib/nn.yaml:79:7
%7766 = cast %7734 : f64[] @ models/lib/nn.yaml:79:7
%7767 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7768 = pow %7767, %7766 : f64[] @ models/lib/nn.yaml:79:7
%7769 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7770 = sub %7769, %7768 : f64[] @ models/lib/nn.yaml:79:7
%7771 = sqrt %7770 : f64[] @ models/lib/nn.yaml:79:7
%7772 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7773 = div %7772, %7771 : f64[] @ models/lib/nn.yaml:79:7
%7774 = sqrt %7759 : f32[24,24] @ models/lib/nn.yaml:79:7
%7775 = cast %7773 : f32[] @ models/lib/nn.yaml:79:7
%7776 = broadcast %7775 : f32[24,24] @ models/lib/nn.yaml:79:7
%7777 = mul %7774, %7776 : f32[24,24] @ models/lib/nn.yaml:79:7
%7778 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7779 = cast %7778 : f32[] @ models/lib/nn.yaml:79:7
%7780 = broadcast %7779 : f32[24,24] @ models/lib/nn.yaml:79:7
%7781 = add %7777, %7780 : f32[24,24] @ models/lib/nn.yaml:79:7
%7782 = div %7749, %7781 : f32[24,24] @ models/lib/nn.yaml:79:7
%7783 = cast %7765 : f32[] @ models/lib/nn.yaml:79:7
%7784 = broadcast %7783 : f32[24,24] @ models/lib/nn.yaml:79:7
%7785 = mul %7782, %7784 : f32[24,24] @ models/lib/nn.yaml:79:7
%7786 = sub %7740, %7785 : f32[24,24] @ models/lib/nn.yaml:79:7
%7787 = assign %70, %7786 : f32[24,24] @ models/lib/nn.yaml:79:7
%7788 = assign %7730, %7749 : f32[24,24] @ models/lib/nn.yaml:79:7
%7789 = assign %7731, %7759 : f32[24,24] @ models/lib/nn.yaml:79:7
%7790 = assign %7732, %7734 : i64[] @ models/lib/nn.yaml:79:7
%7791 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7792 = broadcast %7791 : f32[24,24] @ models/lib/nn.yaml:79:7
%7793 = mul %154, %7792 : f32[24,24] @ models/lib/nn.yaml:79:7
%7794 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7795 = sub %7794, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7796 = cast %7795 : f32[] @ models/lib/nn.yaml:79:7
%7797 = broadcast %7796 : f32[24,24] @ models/lib/nn.yaml:79:7
%7798 = mul %7786, %7797 : f32[24,24] @ models/lib/nn.yaml:79:7
%7799 = add %7793, %7798 : f32[24,24] @ models/lib/nn.yaml:79:7
%7800 = assign %154, %7799 : f32[24,24] @ models/lib/nn.yaml:79:7
%7801 = all_reduce_sum %2551 : f32[24] @ models/moco_pass.yaml:75:7
%7802 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7803 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7804 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7805 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7806 = add %7804, %7805 : i64[] @ models/moco_pass.yaml:75:7
%7807 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%7808 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7809 = sub %7808, %7807 : f64[] @ models/moco_pass.yaml:75:7
%7810 = cast %7809 : f32[] @ models/moco_pass.yaml:75:7
%7811 = broadcast %7810 : f32[24] @ models/moco_pass.yaml:75:7
%7812 = mul %71, %7811 : f32[24] @ models/moco_pass.yaml:75:7
%7813 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7814 = cast %7813 : f32[] @ models/moco_pass.yaml:75:7
%7815 = broadcast %7814 : f32[24] @ models/moco_pass.yaml:75:7
%7816 = mul %7801, %7815 : f32[24] @ models/moco_pass.yaml:75:7
%7817 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7818 = cast %7817 : f32[] @ models/moco_pass.yaml:75:7
%7819 = broadcast %7818 : f32[24] @ models/moco_pass.yaml:75:7
%7820 = mul %7802, %7819 : f32[24] @ models/moco_pass.yaml:75:7
%7821 = add %7820, %7816 : f32[24] @ models/moco_pass.yaml:75:7
%7822 = mul %7801, %7801 : f32[24] @ models/moco_pass.yaml:75:7
%7823 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7824 = cast %7823 : f32[] @ models/moco_pass.yaml:75:7
%7825 = broadcast %7824 : f32[24] @ models/moco_pass.yaml:75:7
%7826 = mul %7822, %7825 : f32[24] @ models/moco_pass.yaml:75:7
%7827 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7828 = cast %7827 : f32[] @ models/moco_pass.yaml:75:7
%7829 = broadcast %7828 : f32[24] @ models/moco_pass.yaml:75:7
%7830 = mul %7803, %7829 : f32[24] @ models/moco_pass.yaml:75:7
%7831 = add %7830, %7826 : f32[24] @ models/moco_pass.yaml:75:7
%7832 = cast %7806 : f64[] @ models/moco_pass.yaml:75:7
%7833 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7834 = pow %7833, %7832 : f64[] @ models/moco_pass.yaml:75:7
%7835 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7836 = sub %7835, %7834 : f64[] @ models/moco_pass.yaml:75:7
%7837 = div %2065, %7836 : f64[] @ models/moco_pass.yaml:75:7
%7838 = cast %7806 : f64[] @ models/moco_pass.yaml:75:7
%7839 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7840 = pow %7839, %7838 : f64[] @ models/moco_pass.yaml:75:7
%7841 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7842 = sub %7841, %7840 : f64[] @ models/moco_pass.yaml:75:7
%7843 = sqrt %7842 : f64[] @ models/moco_pass.yaml:75:7
%7844 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7845 = div %7844, %7843 : f64[] @ models/moco_pass.yaml:75:7
%7846 = sqrt %7831 : f32[24] @ models/moco_pass.yaml:75:7
%7847 = cast %7845 : f32[] @ models/moco_pass.yaml:75:7
%7848 = broadcast %7847 : f32[24] @ models/moco_pass.yaml:75:7
%7849 = mul %7846, %7848 : f32[24] @ models/moco_pass.yaml:75:7
%7850 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7851 = cast %7850 : f32[] @ models/moco_pass.yaml:75:7
%7852 = broadcast %7851 : f32[24] @ models/moco_pass.yaml:75:7
%7853 = add %7849, %7852 : f32[24] @ models/moco_pass.yaml:75:7
%7854 = div %7821, %7853 : f32[24] @ models/moco_pass.yaml:75:7
%7855 = cast %7837 : f32[] @ models/moco_pass.yaml:75:7
%7856 = broadcast %7855 : f32[24] @ models/moco_pass.yaml:75:7
%7857 = mul %7854, %7856 : f32[24] @ models/moco_pass.yaml:75:7
%7858 = sub %7812, %7857 : f32[24] @ models/moco_pass.yaml:75:7
%7859 = assign %71, %7858 : f32[24] @ models/moco_pass.yaml:75:7
%7860 = assign %7802, %7821 : f32[24] @ models/moco_pass.yaml:75:7
%7861 = assign %7803, %7831 : f32[24] @ models/moco_pass.yaml:75:7
%7862 = assign %7804, %7806 : i64[] @ models/moco_pass.yaml:75:7
%7863 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%7864 = broadcast %7863 : f32[24] @ models/moco_pass.yaml:75:7
%7865 = mul %155, %7864 : f32[24] @ models/moco_pass.yaml:75:7
%7866 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7867 = sub %7866, %2067 : f64[] @ models/moco_pass.yaml:75:7
%7868 = cast %7867 : f32[] @ models/moco_pass.yaml:75:7
%7869 = broadcast %7868 : f32[24] @ models/moco_pass.yaml:75:7
%7870 = mul %7858, %7869 : f32[24] @ models/moco_pass.yaml:75:7
%7871 = add %7865, %7870 : f32[24] @ models/moco_pass.yaml:75:7
%7872 = assign %155, %7871 : f32[24] @ models/moco_pass.yaml:75:7
%7873 = all_reduce_sum %2547 : f32[24] @ models/moco_pass.yaml:76:7
%7874 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7875 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7876 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7877 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7878 = add %7876, %7877 : i64[] @ models/moco_pass.yaml:76:7
%7879 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%7880 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7881 = sub %7880, %7879 : f64[] @ models/moco_pass.yaml:76:7
%7882 = cast %7881 : f32[] @ models/moco_pass.yaml:76:7
%7883 = broadcast %7882 : f32[24] @ models/moco_pass.yaml:76:7
%7884 = mul %72, %7883 : f32[24] @ models/moco_pass.yaml:76:7
%7885 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7886 = cast %7885 : f32[] @ models/moco_pass.yaml:76:7
%7887 = broadcast %7886 : f32[24] @ models/moco_pass.yaml:76:7
%7888 = mul %7873, %7887 : f32[24] @ models/moco_pass.yaml:76:7
%7889 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7890 = cast %7889 : f32[] @ models/moco_pass.yaml:76:7
%7891 = broadcast %7890 : f32[24] @ models/moco_pass.yaml:76:7
%7892 = mul %7874, %7891 : f32[24] @ models/moco_pass.yaml:76:7
%7893 = add %7892, %7888 : f32[24] @ models/moco_pass.yaml:76:7
%7894 = mul %7873, %7873 : f32[24] @ models/moco_pass.yaml:76:7
%7895 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7896 = cast %7895 : f32[] @ models/moco_pass.yaml:76:7
%7897 = broadcast %7896 : f32[24] @ models/moco_pass.yaml:76:7
%7898 = mul %7894, %7897 : f32[24] @ models/moco_pass.yaml:76:7
%7899 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7900 = cast %7899 : f32[] @ models/moco_pass.yaml:76:7
%7901 = broadcast %7900 : f32[24] @ models/moco_pass.yaml:76:7
%7902 = mul %7875, %7901 : f32[24] @ models/moco_pass.yaml:76:7
%7903 = add %7902, %7898 : f32[24] @ models/moco_pass.yaml:76:7
%7904 = cast %7878 : f64[] @ models/moco_pass.yaml:76:7
%7905 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7906 = pow %7905, %7904 : f64[] @ models/moco_pass.yaml:76:7
%7907 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7908 = sub %7907, %7906 : f64[] @ models/moco_pass.yaml:76:7
%7909 = div %2065, %7908 : f64[] @ models/moco_pass.yaml:76:7
%7910 = cast %7878 : f64[] @ models/moco_pass.yaml:76:7
%7911 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7912 = pow %7911, %7910 : f64[] @ models/moco_pass.yaml:76:7
%7913 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7914 = sub %7913, %7912 : f64[] @ models/moco_pass.yaml:76:7
%7915 = sqrt %7914 : f64[] @ models/moco_pass.yaml:76:7
%7916 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7917 = div %7916, %7915 : f64[] @ models/moco_pass.yaml:76:7
%7918 = sqrt %7903 : f32[24] @ models/moco_pass.yaml:76:7
%7919 = cast %7917 : f32[] @ models/moco_pass.yaml:76:7
%7920 = broadcast %7919 : f32[24] @ models/moco_pass.yaml:76:7
%7921 = mul %7918, %7920 : f32[24] @ models/moco_pass.yaml:76:7
%7922 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7923 = cast %7922 : f32[] @ models/moco_pass.yaml:76:7
%7924 = broadcast %7923 : f32[24] @ models/moco_pass.yaml:76:7
%7925 = add %7921, %7924 : f32[24] @ models/moco_pass.yaml:76:7
%7926 = div %7893, %7925 : f32[24] @ models/moco_pass.yaml:76:7
%7927 = cast %7909 : f32[] @ models/moco_pass.yaml:76:7
%7928 = broadcast %7927 : f32[24] @ models/moco_pass.yaml:76:7
%7929 = mul %7926, %7928 : f32[24] @ models/moco_pass.yaml:76:7
%7930 = sub %7884, %7929 : f32[24] @ models/moco_pass.yaml:76:7
%7931 = assign %72, %7930 : f32[24] @ models/moco_pass.yaml:76:7
%7932 = assign %7874, %7893 : f32[24] @ models/moco_pass.yaml:76:7
%7933 = assign %7875, %7903 : f32[24] @ models/moco_pass.yaml:76:7
%7934 = assign %7876, %7878 : i64[] @ models/moco_pass.yaml:76:7
%7935 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%7936 = broadcast %7935 : f32[24] @ models/moco_pass.yaml:76:7
%7937 = mul %156, %7936 : f32[24] @ models/moco_pass.yaml:76:7
%7938 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7939 = sub %7938, %2067 : f64[] @ models/moco_pass.yaml:76:7
%7940 = cast %7939 : f32[] @ models/moco_pass.yaml:76:7
%7941 = broadcast %7940 : f32[24] @ models/moco_pass.yaml:76:7
%7942 = mul %7930, %7941 : f32[24] @ models/moco_pass.yaml:76:7
%7943 = add %7937, %7942 : f32[24] @ models/moco_pass.yaml:76:7
%7944 = assign %156, %7943 : f32[24] @ models/moco_pass.yaml:76:7
%7945 = all_reduce_sum %2536 : f32[8,24] @ models/lib/nn.yaml:79:7
%7946 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7947 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7948 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7949 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7950 = add %7948, %7949 : i64[] @ models/lib/nn.yaml:79:7
%7951 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7952 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7953 = sub %7952, %7951 : f64[] @ models/lib/nn.yaml:79:7
%7954 = cast %7953 : f32[] @ models/lib/nn.yaml:79:7
%7955 = broadcast %7954 : f32[8,24] @ models/lib/nn.yaml:79:7
%7956 = mul %73, %7955 : f32[8,24] @ models/lib/nn.yaml:79:7
%7957 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7958 = cast %7957 : f32[] @ models/lib/nn.yaml:79:7
%7959 = broadcast %7958 : f32[8,24] @ models/lib/nn.yaml:79:7
%7960 = mul %7945, %7959 : f32[8,24] @ models/lib/nn.yaml:79:7
%7961 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7962 = cast %7961 : f32[] @ models/lib/nn.yaml:79:7
%7963 = broadcast %7962 : f32[8,24] @ models/lib/nn.yaml:79:7
%7964 = mul %7946, %7963 : f32[8,24] @ models/lib/nn.yaml:79:7
%7965 = add %7964, %7960 : f32[8,24] @ models/lib/nn.yaml:79:7
%7966 = mul %7945, %7945 : f32[8,24] @ models/lib/nn.yaml:79:7
%7967 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7968 = cast %7967 : f32[] @ models/lib/nn.yaml:79:7
%7969 = broadcast %7968 : f32[8,24] @ models/lib/nn.yaml:79:7
%7970 = mul %7966, %7969 : f32[8,24] @ models/lib/nn.yaml:79:7
%7971 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7972 = cast %7971 : f32[] @ models/lib/nn.yaml:79:7
%7973 = broadcast %7972 : f32[8,24] @ models/lib/nn.yaml:79:7
%7974 = mul %7947, %7973 : f32[8,24] @ models/lib/nn.yaml:79:7
%7975 = add %7974, %7970 : f32[8,24] @ models/lib/nn.yaml:79:7
%7976 = cast %7950 : f64[] @ models/lib/nn.yaml:79:7
%7977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7978 = pow %7977, %7976 : f64[] @ models/lib/nn.yaml:79:7
%7979 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7980 = sub %7979, %7978 : f64[] @ models/lib/nn.yaml:79:7
%7981 = div %2065, %7980 : f64[] @ models/lib/nn.yaml:79:7
%7982 = cast %7950 : f64[] @ models/lib/nn.yaml:79:7
%7983 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7984 = pow %7983, %7982 : f64[] @ models/lib/nn.yaml:79:7
%7985 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7986 = sub %7985, %7984 : f64[] @ models/lib/nn.yaml:79:7
%7987 = sqrt %7986 : f64[] @ models/lib/nn.yaml:79:7
%7988 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7989 = div %7988, %7987 : f64[] @ models/lib/nn.yaml:79:7
%7990 = sqrt %7975 : f32[8,24] @ models/lib/nn.yaml:79:7
%7991 = cast %7989 : f32[] @ models/lib/nn.yaml:79:7
%7992 = broadcast %7991 : f32[8,24] @ models/lib/nn.yaml:79:7
%7993 = mul %7990, %7992 : f32[8,24] @ models/lib/nn.yaml:79:7
%7994 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7995 = cast %7994 : f32[] @ models/lib/nn.yaml:79:7
%7996 = broadcast %7995 : f32[8,24] @ models/lib/nn.yaml:79:7
%7997 = add %7993, %7996 : f32[8,24] @ models/lib/nn.yaml:79:7
%7998 = div %7965, %7997 : f32[8,24] @ models/lib/nn.yaml:79:7
%7999 = cast %7981 : f32[] @ models/lib/nn.yaml:79:7
%8000 = broadcast %7999 : f32[8,24] @ models/lib/nn.yaml:79:7
%8001 = mul %7998, %8000 : f32[8,24] @ models/lib/nn.yaml:79:7
%8002 = sub %7956, %8001 : f32[8,24] @ models/lib/nn.yaml:79:7
%8003 = assign %73, %8002 : f32[8,24] @ models/lib/nn.yaml:79:7
%8004 = assign %7946, %7965 : f32[8,24] @ models/lib/nn.yaml:79:7
%8005 = assign %7947, %7975 : f32[8,24] @ models/lib/nn.yaml:79:7
%8006 = assign %7948, %7950 : i64[] @ models/lib/nn.yaml:79:7
%8007 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8008 = broadcast %8007 : f32[8,24] @ models/lib/nn.yaml:79:7
%8009 = mul %157, %8008 : f32[8,24] @ models/lib/nn.yaml:79:7
%8010 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8011 = sub %8010, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8012 = cast %8011 : f32[] @ models/lib/nn.yaml:79:7
%8013 = broadcast %8012 : f32[8,24] @ models/lib/nn.yaml:79:7
%8014 = mul %8002, %8013 : f32[8,24] @ models/lib/nn.yaml:79:7
%8015 = add %8009, %8014 : f32[8,24] @ models/lib/nn.yaml:79:7
%8016 = assign %157, %8015 : f32[8,24] @ models/lib/nn.yaml:79:7
%8017 = all_reduce_sum %2508 : f32[24,8] @ models/lib/nn.yaml:79:7
%8018 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%8019 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%8020 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8021 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8022 = add %8020, %8021 : i64[] @ models/lib/nn.yaml:79:7
%8023 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8024 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8025 = sub %8024, %8023 : f64[] @ models/lib/nn.yaml:79:7
%8026 = cast %8025 : f32[] @ models/lib/nn.yaml:79:7
%8027 = broadcast %8026 : f32[24,8] @ models/lib/nn.yaml:79:7
%8028 = mul %74, %8027 : f32[24,8] @ models/lib/nn.yaml:79:7
%8029 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8030 = cast %8029 : f32[] @ models/lib/nn.yaml:79:7
%8031 = broadcast %8030 : f32[24,8] @ models/lib/nn.yaml:79:7
%8032 = mul %8017, %8031 : f32[24,8] @ models/lib/nn.yaml:79:7
%8033 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8034 = cast %8033 : f32[] @ models/lib/nn.yaml:79:7
%8035 = broadcast %8034 : f32[24,8] @ models/lib/nn.yaml:79:7
%8036 = mul %8018, %8035 : f32[24,8] @ models/lib/nn.yaml:79:7
%8037 = add %8036, %8032 : f32[24,8] @ models/lib/nn.yaml:79:7
%8038 = mul %8017, %8017 : f32[24,8] @ models/lib/nn.yaml:79:7
%8039 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8040 = cast %8039 : f32[] @ models/lib/nn.yaml:79:7
%8041 = broadcast %8040 : f32[24,8] @ models/lib/nn.yaml:79:7
%8042 = mul %8038, %8041 : f32[24,8] @ models/lib/nn.yaml:79:7
%8043 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8044 = cast %8043 : f32[] @ models/lib/nn.yaml:79:7
%8045 = broadcast %8044 : f32[24,8] @ models/lib/nn.yaml:79:7
%8046 = mul %8019, %8045 : f32[24,8] @ models/lib/nn.yaml:79:7
%8047 = add %8046, %8042 : f32[24,8] @ models/lib/nn.yaml:79:7
%8048 = cast %8022 : f64[] @ models/lib/nn.yaml:79:7
%8049 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8050 = pow %8049, %8048 : f64[] @ models/lib/nn.yaml:79:7
%8051 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8052 = sub %8051, %8050 : f64[] @ models/lib/nn.yaml:79:7
%8053 = div %2065, %8052 : f64[] @ models/lib/nn.yaml:79:7
%8054 = cast %8022 : f64[] @ models/lib/nn.yaml:79:7
%8055 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8056 = pow %8055, %8054 : f64[] @ models/lib/nn.yaml:79:7
%8057 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8058 = sub %8057, %8056 : f64[] @ models/lib/nn.yaml:79:7
%8059 = sqrt %8058 : f64[] @ models/lib/nn.yaml:79:7
%8060 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8061 = div %8060, %8059 : f64[] @ models/lib/nn.yaml:79:7
%8062 = sqrt %8047 : f32[24,8] @ models/lib/nn.yaml:79:7
%8063 = cast %8061 : f32[] @ models/lib/nn.yaml:79:7
%8064 = broadcast %8063 : f32[24,8] @ models/lib/nn.yaml:79:7
%8065 = mul %8062, %8064 : f32[24,8] @ models/lib/nn.yaml:79:7
%8066 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8067 = cast %8066 : f32[] @ models/lib/nn.yaml:79:7
%8068 = broadcast %8067 : f32[24,8] @ models/lib/nn.yaml:79:7
%8069 = add %8065, %8068 : f32[24,8] @ models/lib/nn.yaml:79:7
%8070 = div %8037, %8069 : f32[24,8] @ models/lib/nn.yaml:79:7
%8071 = cast %8053 : f32[] @ models/lib/nn.yaml:79:7
%8072 = broadcast %8071 : f32[24,8] @ models/lib/nn.yaml:79:7
%8073 = mul %8070, %8072 : f32[24,8] @ models/lib/nn.yaml:79:7
%8074 = sub %8028, %8073 : f32[24,8] @ models/lib/nn.yaml:79:7
%8075 = assign %74, %8074 : f32[24,8] @ models/lib/nn.yaml:79:7
%8076 = assign %8018, %8037 : f32[24,8] @ models/lib/nn.yaml:79:7
%8077 = assign %8019, %8047 : f32[24,8] @ models/lib/nn.yaml:79:7
%8078 = assign %8020, %8022 : i64[] @ models/lib/nn.yaml:79:7
%8079 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8080 = broadcast %8079 : f32[24,8] @ models/lib/nn.yaml:79:7
%8081 = mul %158, %8080 : f32[24,8] @ models/lib/nn.yaml:79:7
%8082 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8083 = sub %8082, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8084 = cast %8083 : f32[] @ models/lib/nn.yaml:79:7
%8085 = broadcast %8084 : f32[24,8] @ models/lib/nn.yaml:79:7
%8086 = mul %8074, %8085 : f32[24,8] @ models/lib/nn.yaml:79:7
%8087 = add %8081, %8086 : f32[24,8] @ models/lib/nn.yaml:79:7
%8088 = assign %158, %8087 : f32[24,8] @ models/lib/nn.yaml:79:7
%8089 = all_reduce_sum %2480 : f32[24] @ models/moco_pass.yaml:75:7
%8090 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%8091 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%8092 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8093 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8094 = add %8092, %8093 : i64[] @ models/moco_pass.yaml:75:7
%8095 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8096 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8097 = sub %8096, %8095 : f64[] @ models/moco_pass.yaml:75:7
%8098 = cast %8097 : f32[] @ models/moco_pass.yaml:75:7
%8099 = broadcast %8098 : f32[24] @ models/moco_pass.yaml:75:7
%8100 = mul %75, %8099 : f32[24] @ models/moco_pass.yaml:75:7
%8101 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8102 = cast %8101 : f32[] @ models/moco_pass.yaml:75:7
%8103 = broadcast %8102 : f32[24] @ models/moco_pass.yaml:75:7
%8104 = mul %8089, %8103 : f32[24] @ models/moco_pass.yaml:75:7
%8105 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8106 = cast %8105 : f32[] @ models/moco_pass.yaml:75:7
%8107 = broadcast %8106 : f32[24] @ models/moco_pass.yaml:75:7
%8108 = mul %8090, %8107 : f32[24] @ models/moco_pass.yaml:75:7
%8109 = add %8108, %8104 : f32[24] @ models/moco_pass.yaml:75:7
%8110 = mul %8089, %8089 : f32[24] @ models/moco_pass.yaml:75:7
%8111 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8112 = cast %8111 : f32[] @ models/moco_pass.yaml:75:7
%8113 = broadcast %8112 : f32[24] @ models/moco_pass.yaml:75:7
%8114 = mul %8110, %8113 : f32[24] @ models/moco_pass.yaml:75:7
%8115 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8116 = cast %8115 : f32[] @ models/moco_pass.yaml:75:7
%8117 = broadcast %8116 : f32[24] @ models/moco_pass.yaml:75:7
%8118 = mul %8091, %8117 : f32[24] @ models/moco_pass.yaml:75:7
%8119 = add %8118, %8114 : f32[24] @ models/moco_pass.yaml:75:7
%8120 = cast %8094 : f64[] @ models/moco_pass.yaml:75:7
%8121 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8122 = pow %8121, %8120 : f64[] @ models/moco_pass.yaml:75:7
%8123 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8124 = sub %8123, %8122 : f64[] @ models/moco_pass.yaml:75:7
%8125 = div %2065, %8124 : f64[] @ models/moco_pass.yaml:75:7
%8126 = cast %8094 : f64[] @ models/moco_pass.yaml:75:7
%8127 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8128 = pow %8127, %8126 : f64[] @ models/moco_pass.yaml:75:7
%8129 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8130 = sub %8129, %8128 : f64[] @ models/moco_pass.yaml:75:7
%8131 = sqrt %8130 : f64[] @ models/moco_pass.yaml:75:7
%8132 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8133 = div %8132, %8131 : f64[] @ models/moco_pass.yaml:75:7
%8134 = sqrt %8119 : f32[24] @ models/moco_pass.yaml:75:7
%8135 = cast %8133 : f32[] @ models/moco_pass.yaml:75:7
%8136 = broadcast %8135 : f32[24] @ models/moco_pass.yaml:75:7
%8137 = mul %8134, %8136 : f32[24] @ models/moco_pass.yaml:75:7
%8138 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8139 = cast %8138 : f32[] @ models/moco_pass.yaml:75:7
%8140 = broadcast %8139 : f32[24] @ models/moco_pass.yaml:75:7
%8141 = add %8137, %8140 : f32[24] @ models/moco_pass.yaml:75:7
%8142 = div %8109, %8141 : f32[24] @ models/moco_pass.yaml:75:7
%8143 = cast %8125 : f32[] @ models/moco_pass.yaml:75:7
%8144 = broadcast %8143 : f32[24] @ models/moco_pass.yaml:75:7
%8145 = mul %8142, %8144 : f32[24] @ models/moco_pass.yaml:75:7
%8146 = sub %8100, %8145 : f32[24] @ models/moco_pass.yaml:75:7
%8147 = assign %75, %8146 : f32[24] @ models/moco_pass.yaml:75:7
%8148 = assign %8090, %8109 : f32[24] @ models/moco_pass.yaml:75:7
%8149 = assign %8091, %8119 : f32[24] @ models/moco_pass.yaml:75:7
%8150 = assign %8092, %8094 : i64[] @ models/moco_pass.yaml:75:7
%8151 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8152 = broadcast %8151 : f32[24] @ models/moco_pass.yaml:75:7
%8153 = mul %159, %8152 : f32[24] @ models/moco_pass.yaml:75:7
%8154 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8155 = sub %8154, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8156 = cast %8155 : f32[] @ models/moco_pass.yaml:75:7
%8157 = broadcast %8156 : f32[24] @ models/moco_pass.yaml:75:7
%8158 = mul %8146, %8157 : f32[24] @ models/moco_pass.yaml:75:7
%8159 = add %8153, %8158 : f32[24] @ models/moco_pass.yaml:75:7
%8160 = assign %159, %8159 : f32[24] @ models/moco_pass.yaml:75:7
%8161 = all_reduce_sum %2476 : f32[24] @ models/moco_pass.yaml:76:7
%8162 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%8163 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%8164 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8165 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8166 = add %8164, %8165 : i64[] @ models/moco_pass.yaml:76:7
%8167 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8168 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8169 = sub %8168, %8167 : f64[] @ models/moco_pass.yaml:76:7
%8170 = cast %8169 : f32[] @ models/moco_pass.yaml:76:7
%8171 = broadcast %8170 : f32[24] @ models/moco_pass.yaml:76:7
%8172 = mul %76, %8171 : f32[24] @ models/moco_pass.yaml:76:7
%8173 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8174 = cast %8173 : f32[] @ models/moco_pass.yaml:76:7
%8175 = broadcast %8174 : f32[24] @ models/moco_pass.yaml:76:7
%8176 = mul %8161, %8175 : f32[24] @ models/moco_pass.yaml:76:7
%8177 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8178 = cast %8177 : f32[] @ models/moco_pass.yaml:76:7
%8179 = broadcast %8178 : f32[24] @ models/moco_pass.yaml:76:7
%8180 = mul %8162, %8179 : f32[24] @ models/moco_pass.yaml:76:7
%8181 = add %8180, %8176 : f32[24] @ models/moco_pass.yaml:76:7
%8182 = mul %8161, %8161 : f32[24] @ models/moco_pass.yaml:76:7
%8183 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8184 = cast %8183 : f32[] @ models/moco_pass.yaml:76:7
%8185 = broadcast %8184 : f32[24] @ models/moco_pass.yaml:76:7
%8186 = mul %8182, %8185 : f32[24] @ models/moco_pass.yaml:76:7
%8187 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8188 = cast %8187 : f32[] @ models/moco_pass.yaml:76:7
%8189 = broadcast %8188 : f32[24] @ models/moco_pass.yaml:76:7
%8190 = mul %8163, %8189 : f32[24] @ models/moco_pass.yaml:76:7
%8191 = add %8190, %8186 : f32[24] @ models/moco_pass.yaml:76:7
%8192 = cast %8166 : f64[] @ models/moco_pass.yaml:76:7
%8193 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8194 = pow %8193, %8192 : f64[] @ models/moco_pass.yaml:76:7
%8195 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8196 = sub %8195, %8194 : f64[] @ models/moco_pass.yaml:76:7
%8197 = div %2065, %8196 : f64[] @ models/moco_pass.yaml:76:7
%8198 = cast %8166 : f64[] @ models/moco_pass.yaml:76:7
%8199 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8200 = pow %8199, %8198 : f64[] @ models/moco_pass.yaml:76:7
%8201 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8202 = sub %8201, %8200 : f64[] @ models/moco_pass.yaml:76:7
%8203 = sqrt %8202 : f64[] @ models/moco_pass.yaml:76:7
%8204 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8205 = div %8204, %8203 : f64[] @ models/moco_pass.yaml:76:7
%8206 = sqrt %8191 : f32[24] @ models/moco_pass.yaml:76:7
%8207 = cast %8205 : f32[] @ models/moco_pass.yaml:76:7
%8208 = broadcast %8207 : f32[24] @ models/moco_pass.yaml:76:7
%8209 = mul %8206, %8208 : f32[24] @ models/moco_pass.yaml:76:7
%8210 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8211 = cast %8210 : f32[] @ models/moco_pass.yaml:76:7
%8212 = broadcast %8211 : f32[24] @ models/moco_pass.yaml:76:7
%8213 = add %8209, %8212 : f32[24] @ models/moco_pass.yaml:76:7
%8214 = div %8181, %8213 : f32[24] @ models/moco_pass.yaml:76:7
%8215 = cast %8197 : f32[] @ models/moco_pass.yaml:76:7
%8216 = broadcast %8215 : f32[24] @ models/moco_pass.yaml:76:7
%8217 = mul %8214, %8216 : f32[24] @ models/moco_pass.yaml:76:7
%8218 = sub %8172, %8217 : f32[24] @ models/moco_pass.yaml:76:7
%8219 = assign %76, %8218 : f32[24] @ models/moco_pass.yaml:76:7
%8220 = assign %8162, %8181 : f32[24] @ models/moco_pass.yaml:76:7
%8221 = assign %8163, %8191 : f32[24] @ models/moco_pass.yaml:76:7
%8222 = assign %8164, %8166 : i64[] @ models/moco_pass.yaml:76:7
%8223 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8224 = broadcast %8223 : f32[24] @ models/moco_pass.yaml:76:7
%8225 = mul %160, %8224 : f32[24] @ models/moco_pass.yaml:76:7
%8226 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8227 = sub %8226, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8228 = cast %8227 : f32[] @ models/moco_pass.yaml:76:7
%8229 = broadcast %8228 : f32[24] @ models/moco_pass.yaml:76:7
%8230 = mul %8218, %8229 : f32[24] @ models/moco_pass.yaml:76:7
%8231 = add %8225, %8230 : f32[24] @ models/moco_pass.yaml:76:7
%8232 = assign %160, %8231 : f32[24] @ models/moco_pass.yaml:76:7
%8233 = all_reduce_sum %2465 : f32[8,24] @ models/lib/nn.yaml:79:7
%8234 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8235 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8236 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8237 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8238 = add %8236, %8237 : i64[] @ models/lib/nn.yaml:79:7
%8239 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8240 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8241 = sub %8240, %8239 : f64[] @ models/lib/nn.yaml:79:7
%8242 = cast %8241 : f32[] @ models/lib/nn.yaml:79:7
%8243 = broadcast %8242 : f32[8,24] @ models/lib/nn.yaml:79:7
%8244 = mul %77, %8243 : f32[8,24] @ models/lib/nn.yaml:79:7
%8245 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8246 = cast %8245 : f32[] @ models/lib/nn.yaml:79:7
%8247 = broadcast %8246 : f32[8,24] @ models/lib/nn.yaml:79:7
%8248 = mul %8233, %8247 : f32[8,24] @ models/lib/nn.yaml:79:7
%8249 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8250 = cast %8249 : f32[] @ models/lib/nn.yaml:79:7
%8251 = broadcast %8250 : f32[8,24] @ models/lib/nn.yaml:79:7
%8252 = mul %8234, %8251 : f32[8,24] @ models/lib/nn.yaml:79:7
%8253 = add %8252, %8248 : f32[8,24] @ models/lib/nn.yaml:79:7
%8254 = mul %8233, %8233 : f32[8,24] @ models/lib/nn.yaml:79:7
%8255 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8256 = cast %8255 : f32[] @ models/lib/nn.yaml:79:7
%8257 = broadcast %8256 : f32[8,24] @ models/lib/nn.yaml:79:7
%8258 = mul %8254, %8257 : f32[8,24] @ models/lib/nn.yaml:79:7
%8259 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8260 = cast %8259 : f32[] @ models/lib/nn.yaml:79:7
%8261 = broadcast %8260 : f32[8,24] @ models/lib/nn.yaml:79:7
%8262 = mul %8235, %8261 : f32[8,24] @ models/lib/nn.yaml:79:7
%8263 = add %8262, %8258 : f32[8,24] @ models/lib/nn.yaml:79:7
%8264 = cast %8238 : f64[] @ models/lib/nn.yaml:79:7
%8265 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8266 = pow %8265, %8264 : f64[] @ models/lib/nn.yaml:79:7
%8267 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8268 = sub %8267, %8266 : f64[] @ models/lib/nn.yaml:79:7
%8269 = div %2065, %8268 : f64[] @ models/lib/nn.yaml:79:7
%8270 = cast %8238 : f64[] @ models/lib/nn.yaml:79:7
%8271 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8272 = pow %8271, %8270 : f64[] @ models/lib/nn.yaml:79:7
%8273 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8274 = sub %8273, %8272 : f64[] @ models/lib/nn.yaml:79:7
%8275 = sqrt %8274 : f64[] @ models/lib/nn.yaml:79:7
%8276 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8277 = div %8276, %8275 : f64[] @ models/lib/nn.yaml:79:7
%8278 = sqrt %8263 : f32[8,24] @ models/lib/nn.yaml:79:7
%8279 = cast %8277 : f32[] @ models/lib/nn.yaml:79:7
%8280 = broadcast %8279 : f32[8,24] @ models/lib/nn.yaml:79:7
%8281 = mul %8278, %8280 : f32[8,24] @ models/lib/nn.yaml:79:7
%8282 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8283 = cast %8282 : f32[] @ models/lib/nn.yaml:79:7
%8284 = broadcast %8283 : f32[8,24] @ models/lib/nn.yaml:79:7
%8285 = add %8281, %8284 : f32[8,24] @ models/lib/nn.yaml:79:7
%8286 = div %8253, %8285 : f32[8,24] @ models/lib/nn.yaml:79:7
%8287 = cast %8269 : f32[] @ models/lib/nn.yaml:79:7
%8288 = broadcast %8287 : f32[8,24] @ models/lib/nn.yaml:79:7
%8289 = mul %8286, %8288 : f32[8,24] @ models/lib/nn.yaml:79:7
%8290 = sub %8244, %8289 : f32[8,24] @ models/lib/nn.yaml:79:7
%8291 = assign %77, %8290 : f32[8,24] @ models/lib/nn.yaml:79:7
%8292 = assign %8234, %8253 : f32[8,24] @ models/lib/nn.yaml:79:7
%8293 = assign %8235, %8263 : f32[8,24] @ models/lib/nn.yaml:79:7
%8294 = assign %8236, %8238 : i64[] @ models/lib/nn.yaml:79:7
%8295 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8296 = broadcast %8295 : f32[8,24] @ models/lib/nn.yaml:79:7
%8297 = mul %161, %8296 : f32[8,24] @ models/lib/nn.yaml:79:7
%8298 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8299 = sub %8298, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8300 = cast %8299 : f32[] @ models/lib/nn.yaml:79:7
%8301 = broadcast %8300 : f32[8,24] @ models/lib/nn.yaml:79:7
%8302 = mul %8290, %8301 : f32[8,24] @ models/lib/nn.yaml:79:7
%8303 = add %8297, %8302 : f32[8,24] @ models/lib/nn.yaml:79:7
%8304 = assign %161, %8303 : f32[8,24] @ models/lib/nn.yaml:79:7
%8305 = all_reduce_sum %2435 : f32[12,16] @ models/lib/nn.yaml:79:7
%8306 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8307 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8308 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8309 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8310 = add %8308, %8309 : i64[] @ models/lib/nn.yaml:79:7
%8311 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8312 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8313 = sub %8312, %8311 : f64[] @ models/lib/nn.yaml:79:7
%8314 = cast %8313 : f32[] @ models/lib/nn.yaml:79:7
%8315 = broadcast %8314 : f32[12,16] @ models/lib/nn.yaml:79:7
%8316 = mul %78, %8315 : f32[12,16] @ models/lib/nn.yaml:79:7
%8317 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8318 = cast %8317 : f32[] @ models/lib/nn.yaml:79:7
%8319 = broadcast %8318 : f32[12,16] @ models/lib/nn.yaml:79:7
%8320 = mul %8305, %8319 : f32[12,16] @ models/lib/nn.yaml:79:7
%8321 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8322 = cast %8321 : f32[] @ models/lib/nn.yaml:79:7
%8323 = broadcast %8322 : f32[12,16] @ models/lib/nn.yaml:79:7
%8324 = mul %8306, %8323 : f32[12,16] @ models/lib/nn.yaml:79:7
%8325 = add %8324, %8320 : f32[12,16] @ models/lib/nn.yaml:79:7
%8326 = mul %8305, %8305 : f32[12,16] @ models/lib/nn.yaml:79:7
%8327 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8328 = cast %8327 : f32[] @ models/lib/nn.yaml:79:7
%8329 = broadcast %8328 : f32[12,16] @ models/lib/nn.yaml:79:7
%8330 = mul %8326, %8329 : f32[12,16] @ models/lib/nn.yaml:79:7
%8331 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8332 = cast %8331 : f32[] @ models/lib/nn.yaml:79:7
%8333 = broadcast %8332 : f32[12,16] @ models/lib/nn.yaml:79:7
%8334 = mul %8307, %8333 : f32[12,16] @ models/lib/nn.yaml:79:7
%8335 = add %8334, %8330 : f32[12,16] @ models/lib/nn.yaml:79:7
%8336 = cast %8310 : f64[] @ models/lib/nn.yaml:79:7
%8337 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8338 = pow %8337, %8336 : f64[] @ models/lib/nn.yaml:79:7
%8339 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8340 = sub %8339, %8338 : f64[] @ models/lib/nn.yaml:79:7
%8341 = div %2065, %8340 : f64[] @ models/lib/nn.yaml:79:7
%8342 = cast %8310 : f64[] @ models/lib/nn.yaml:79:7
%8343 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8344 = pow %8343, %8342 : f64[] @ models/lib/nn.yaml:79:7
%8345 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8346 = sub %8345, %8344 : f64[] @ models/lib/nn.yaml:79:7
%8347 = sqrt %8346 : f64[] @ models/lib/nn.yaml:79:7
%8348 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8349 = div %8348, %8347 : f64[] @ models/lib/nn.yaml:79:7
%8350 = sqrt %8335 : f32[12,16] @ models/lib/nn.yaml:79:7
%8351 = cast %8349 : f32[] @ models/lib/nn.yaml:79:7
%8352 = broadcast %8351 : f32[12,16] @ models/lib/nn.yaml:79:7
%8353 = mul %8350, %8352 : f32[12,16] @ models/lib/nn.yaml:79:7
%8354 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8355 = cast %8354 : f32[] @ models/lib/nn.yaml:79:7
%8356 = broadcast %8355 : f32[12,16] @ models/lib/nn.yaml:79:7
%8357 = add %8353, %8356 : f32[12,16] @ models/lib/nn.yaml:79:7
%8358 = div %8325, %8357 : f32[12,16] @ models/lib/nn.yaml:79:7
%8359 = cast %8341 : f32[] @ models/lib/nn.yaml:79:7
%8360 = broadcast %8359 : f32[12,16] @ models/lib/nn.yaml:79:7
%8361 = mul %8358, %8360 : f32[12,16] @ models/lib/nn.yaml:79:7
%8362 = sub %8316, %8361 : f32[12,16] @ models/lib/nn.yaml:79:7
%8363 = assign %78, %8362 : f32[12,16] @ models/lib/nn.yaml:79:7
%8364 = assign %8306, %8325 : f32[12,16] @ models/lib/nn.yaml:79:7
%8365 = assign %8307, %8335 : f32[12,16] @ models/lib/nn.yaml:79:7
%8366 = assign %8308, %8310 : i64[] @ models/lib/nn.yaml:79:7
%8367 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8368 = broadcast %8367 : f32[12,16] @ models/lib/nn.yaml:79:7
%8369 = mul %162, %8368 : f32[12,16] @ models/lib/nn.yaml:79:7
%8370 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8371 = sub %8370, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8372 = cast %8371 : f32[] @ models/lib/nn.yaml:79:7
%8373 = broadcast %8372 : f32[12,16] @ models/lib/nn.yaml:79:7
%8374 = mul %8362, %8373 : f32[12,16] @ models/lib/nn.yaml:79:7
%8375 = add %8369, %8374 : f32[12,16] @ models/lib/nn.yaml:79:7
%8376 = assign %162, %8375 : f32[12,16] @ models/lib/nn.yaml:79:7
%8377 = all_reduce_sum %2407 : f32[12] @ models/moco_pass.yaml:75:7
%8378 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8379 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8380 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8381 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8382 = add %8380, %8381 : i64[] @ models/moco_pass.yaml:75:7
%8383 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8384 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8385 = sub %8384, %8383 : f64[] @ models/moco_pass.yaml:75:7
%8386 = cast %8385 : f32[] @ models/moco_pass.yaml:75:7
%8387 = broadcast %8386 : f32[12] @ models/moco_pass.yaml:75:7
%8388 = mul %79, %8387 : f32[12] @ models/moco_pass.yaml:75:7
%8389 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8390 = cast %8389 : f32[] @ models/moco_pass.yaml:75:7
%8391 = broadcast %8390 : f32[12] @ models/moco_pass.yaml:75:7
%8392 = mul %8377, %8391 : f32[12] @ models/moco_pass.yaml:75:7
%8393 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8394 = cast %8393 : f32[] @ models/moco_pass.yaml:75:7
%8395 = broadcast %8394 : f32[12] @ models/moco_pass.yaml:75:7
%8396 = mul %8378, %8395 : f32[12] @ models/moco_pass.yaml:75:7
%8397 = add %8396, %8392 : f32[12] @ models/moco_pass.yaml:75:7
%8398 = mul %8377, %8377 : f32[12] @ models/moco_pass.yaml:75:7
%8399 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8400 = cast %8399 : f32[] @ models/moco_pass.yaml:75:7
%8401 = broadcast %8400 : f32[12] @ models/moco_pass.yaml:75:7
%8402 = mul %8398, %8401 : f32[12] @ models/moco_pass.yaml:75:7
%8403 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8404 = cast %8403 : f32[] @ models/moco_pass.yaml:75:7
%8405 = broadcast %8404 : f32[12] @ models/moco_pass.yaml:75:7
%8406 = mul %8379, %8405 : f32[12] @ models/moco_pass.yaml:75:7
%8407 = add %8406, %8402 : f32[12] @ models/moco_pass.yaml:75:7
%8408 = cast %8382 : f64[] @ models/moco_pass.yaml:75:7
%8409 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8410 = pow %8409, %8408 : f64[] @ models/moco_pass.yaml:75:7
%8411 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8412 = sub %8411, %8410 : f64[] @ models/moco_pass.yaml:75:7
%8413 = div %2065, %8412 : f64[] @ models/moco_pass.yaml:75:7
%8414 = cast %8382 : f64[] @ models/moco_pass.yaml:75:7
%8415 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8416 = pow %8415, %8414 : f64[] @ models/moco_pass.yaml:75:7
%8417 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8418 = sub %8417, %8416 : f64[] @ models/moco_pass.yaml:75:7
%8419 = sqrt %8418 : f64[] @ models/moco_pass.yaml:75:7
%8420 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8421 = div %8420, %8419 : f64[] @ models/moco_pass.yaml:75:7
%8422 = sqrt %8407 : f32[12] @ models/moco_pass.yaml:75:7
%8423 = cast %8421 : f32[] @ models/moco_pass.yaml:75:7
%8424 = broadcast %8423 : f32[12] @ models/moco_pass.yaml:75:7
%8425 = mul %8422, %8424 : f32[12] @ models/moco_pass.yaml:75:7
%8426 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8427 = cast %8426 : f32[] @ models/moco_pass.yaml:75:7
%8428 = broadcast %8427 : f32[12] @ models/moco_pass.yaml:75:7
%8429 = add %8425, %8428 : f32[12] @ models/moco_pass.yaml:75:7
%8430 = div %8397, %8429 : f32[12] @ models/moco_pass.yaml:75:7
%8431 = cast %8413 : f32[] @ models/moco_pass.yaml:75:7
%8432 = broadcast %8431 : f32[12] @ models/moco_pass.yaml:75:7
%8433 = mul %8430, %8432 : f32[12] @ models/moco_pass.yaml:75:7
%8434 = sub %8388, %8433 : f32[12] @ models/moco_pass.yaml:75:7
%8435 = assign %79, %8434 : f32[12] @ models/moco_pass.yaml:75:7
%8436 = assign %8378, %8397 : f32[12] @ models/moco_pass.yaml:75:7
%8437 = assign %8379, %8407 : f32[12] @ models/moco_pass.yaml:75:7
%8438 = assign %8380, %8382 : i64[] @ models/moco_pass.yaml:75:7
%8439 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8440 = broadcast %8439 : f32[12] @ models/moco_pass.yaml:75:7
%8441 = mul %163, %8440 : f32[12] @ models/moco_pass.yaml:75:7
%8442 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8443 = sub %8442, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8444 = cast %8443 : f32[] @ models/moco_pass.yaml:75:7
%8445 = broadcast %8444 : f32[12] @ models/moco_pass.yaml:75:7
%8446 = mul %8434, %8445 : f32[12] @ models/moco_pass.yaml:75:7
%8447 = add %8441, %8446 : f32[12] @ models/moco_pass.yaml:75:7
%8448 = assign %163, %8447 : f32[12] @ models/moco_pass.yaml:75:7
%8449 = all_reduce_sum %2403 : f32[12] @ models/moco_pass.yaml:76:7
%8450 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8451 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8452 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8453 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8454 = add %8452, %8453 : i64[] @ models/moco_pass.yaml:76:7
%8455 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8456 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8457 = sub %8456, %8455 : f64[] @ models/moco_pass.yaml:76:7
%8458 = cast %8457 : f32[] @ models/moco_pass.yaml:76:7
%8459 = broadcast %8458 : f32[12] @ models/moco_pass.yaml:76:7
%8460 = mul %80, %8459 : f32[12] @ models/moco_pass.yaml:76:7
%8461 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8462 = cast %8461 : f32[] @ models/moco_pass.yaml:76:7
%8463 = broadcast %8462 : f32[12] @ models/moco_pass.yaml:76:7
%8464 = mul %8449, %8463 : f32[12] @ models/moco_pass.yaml:76:7
%8465 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8466 = cast %8465 : f32[] @ models/moco_pass.yaml:76:7
%8467 = broadcast %8466 : f32[12] @ models/moco_pass.yaml:76:7
%8468 = mul %8450, %8467 : f32[12] @ models/moco_pass.yaml:76:7
%8469 = add %8468, %8464 : f32[12] @ models/moco_pass.yaml:76:7
%8470 = mul %8449, %8449 : f32[12] @ models/moco_pass.yaml:76:7
%8471 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8472 = cast %8471 : f32[] @ models/moco_pass.yaml:76:7
%8473 = broadcast %8472 : f32[12] @ models/moco_pass.yaml:76:7
%8474 = mul %8470, %8473 : f32[12] @ models/moco_pass.yaml:76:7
%8475 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8476 = cast %8475 : f32[] @ models/moco_pass.yaml:76:7
%8477 = broadcast %8476 : f32[12] @ models/moco_pass.yaml:76:7
%8478 = mul %8451, %8477 : f32[12] @ models/moco_pass.yaml:76:7
%8479 = add %8478, %8474 : f32[12] @ models/moco_pass.yaml:76:7
%8480 = cast %8454 : f64[] @ models/moco_pass.yaml:76:7
%8481 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8482 = pow %8481, %8480 : f64[] @ models/moco_pass.yaml:76:7
%8483 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8484 = sub %8483, %8482 : f64[] @ models/moco_pass.yaml:76:7
%8485 = div %2065, %8484 : f64[] @ models/moco_pass.yaml:76:7
%8486 = cast %8454 : f64[] @ models/moco_pass.yaml:76:7
%8487 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8488 = pow %8487, %8486 : f64[] @ models/moco_pass.yaml:76:7
%8489 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8490 = sub %8489, %8488 : f64[] @ models/moco_pass.yaml:76:7
%8491 = sqrt %8490 : f64[] @ models/moco_pass.yaml:76:7
%8492 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8493 = div %8492, %8491 : f64[] @ models/moco_pass.yaml:76:7
%8494 = sqrt %8479 : f32[12] @ models/moco_pass.yaml:76:7
%8495 = cast %8493 : f32[] @ models/moco_pass.yaml:76:7
%8496 = broadcast %8495 : f32[12] @ models/moco_pass.yaml:76:7
%8497 = mul %8494, %8496 : f32[12] @ models/moco_pass.yaml:76:7
%8498 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8499 = cast %8498 : f32[] @ models/moco_pass.yaml:76:7
%8500 = broadcast %8499 : f32[12] @ models/moco_pass.yaml:76:7
%8501 = add %8497, %8500 : f32[12] @ models/moco_pass.yaml:76:7
%8502 = div %8469, %8501 : f32[12] @ models/moco_pass.yaml:76:7
%8503 = cast %8485 : f32[] @ models/moco_pass.yaml:76:7
%8504 = broadcast %8503 : f32[12] @ models/moco_pass.yaml:76:7
%8505 = mul %8502, %8504 : f32[12] @ models/moco_pass.yaml:76:7
%8506 = sub %8460, %8505 : f32[12] @ models/moco_pass.yaml:76:7
%8507 = assign %80, %8506 : f32[12] @ models/moco_pass.yaml:76:7
%8508 = assign %8450, %8469 : f32[12] @ models/moco_pass.yaml:76:7
%8509 = assign %8451, %8479 : f32[12] @ models/moco_pass.yaml:76:7
%8510 = assign %8452, %8454 : i64[] @ models/moco_pass.yaml:76:7
%8511 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8512 = broadcast %8511 : f32[12] @ models/moco_pass.yaml:76:7
%8513 = mul %164, %8512 : f32[12] @ models/moco_pass.yaml:76:7
%8514 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8515 = sub %8514, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8516 = cast %8515 : f32[] @ models/moco_pass.yaml:76:7
%8517 = broadcast %8516 : f32[12] @ models/moco_pass.yaml:76:7
%8518 = mul %8506, %8517 : f32[12] @ models/moco_pass.yaml:76:7
%8519 = add %8513, %8518 : f32[12] @ models/moco_pass.yaml:76:7
%8520 = assign %164, %8519 : f32[12] @ models/moco_pass.yaml:76:7
%8521 = all_reduce_sum %2390 : f32[12,12] @ models/lib/nn.yaml:79:7
%8522 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8523 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8524 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8525 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8526 = add %8524, %8525 : i64[] @ models/lib/nn.yaml:79:7
%8527 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8529 = sub %8528, %8527 : f64[] @ models/lib/nn.yaml:79:7
%8530 = cast %8529 : f32[] @ models/lib/nn.yaml:79:7
%8531 = broadcast %8530 : f32[12,12] @ models/lib/nn.yaml:79:7
%8532 = mul %81, %8531 : f32[12,12] @ models/lib/nn.yaml:79:7
%8533 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8534 = cast %8533 : f32[] @ models/lib/nn.yaml:79:7
%8535 = broadcast %8534 : f32[12,12] @ models/lib/nn.yaml:79:7
%8536 = mul %8521, %8535 : f32[12,12] @ models/lib/nn.yaml:79:7
%8537 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8538 = cast %8537 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[12,12] @ models/lib/nn.yaml:79:7
%8540 = mul %8522, %8539 : f32[12,12] @ models/lib/nn.yaml:79:7
%8541 = add %8540, %8536 : f32[12,12] @ models/lib/nn.yaml:79:7
%8542 = mul %8521, %8521 : f32[12,12] @ models/lib/nn.yaml:79:7
%8543 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8544 = cast %8543 : f32[] @ models/lib/nn.yaml:79:7
%8545 = broadcast %8544 : f32[12,12] @ models/lib/nn.yaml:79:7
%8546 = mul %8542, %8545 : f32[12,12] @ models/lib/nn.yaml:79:7
%8547 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8548 = cast %8547 : f32[] @ models/lib/nn.yaml:79:7
%8549 = broadcast %8548 : f32[12,12] @ models/lib/nn.yaml:79:7
%8550 = mul %8523, %8549 : f32[12,12] @ models/lib/nn.yaml:79:7
%8551 = add %8550, %8546 : f32[12,12] @ models/lib/nn.yaml:79:7
%8552 = cast %8526 : f64[] @ models/lib/nn.yaml:79:7
%8553 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8554 = pow %8553, %8552 : f64[] @ models/lib/nn.yaml:79:7
%8555 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8556 = sub %8555, %8554 : f64[] @ models/lib/nn.yaml:79:7
%8557 = div %2065, %8556 : f64[] @ models/lib/nn.yaml:79:7
%8558 = cast %8526 : f64[] @ models/lib/nn.yaml:79:7
%8559 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8560 = pow %8559, %8558 : f64[] @ models/lib/nn.yaml:79:7
%8561 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8562 = sub %8561, %8560 : f64[] @ models/lib/nn.yaml:79:7
%8563 = sqrt %8562 : f64[] @ models/lib/nn.yaml:79:7
%8564 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8565 = div %8564, %8563 : f64[] @ models/lib/nn.yaml:79:7
%8566 = sqrt %8551 : f32[12,12] @ models/lib/nn.yaml:79:7
%8567 = cast %8565 : f32[] @ models/lib/nn.yaml:79:7
%8568 = broadcast %8567 : f32[12,12] @ models/lib/nn.yaml:79:7
%8569 = mul %8566, %8568 : f32[12,12] @ models/lib/nn.yaml:79:7
%8570 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8571 = cast %8570 : f32[] @ models/lib/nn.yaml:79:7
%8572 = broadcast %8571 : f32[12,12] @ models/lib/nn.yaml:79:7
%8573 = add %8569, %8572 : f32[12,12] @ models/lib/nn.yaml:79:7
%8574 = div %8541, %8573 : f32[12,12] @ models/lib/nn.yaml:79:7
%8575 = cast %8557 : f32[] @ models/lib/nn.yaml:79:7
%8576 = broadcast %8575 : f32[12,12] @ models/lib/nn.yaml:79:7
%8577 = mul %8574, %8576 : f32[12,12] @ models/lib/nn.yaml:79:7
%8578 = sub %8532, %8577 : f32[12,12] @ models/lib/nn.yaml:79:7
%8579 = assign %81, %8578 : f32[12,12] @ models/lib/nn.yaml:79:7
%8580 = assign %8522, %8541 : f32[12,12] @ models/lib/nn.yaml:79:7
%8581 = assign %8523, %8551 : f32[12,12] @ models/lib/nn.yaml:79:7
%8582 = assign %8524, %8526 : i64[] @ models/lib/nn.yaml:79:7
%8583 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8584 = broadcast %8583 : f32[12,12] @ models/lib/nn.yaml:79:7
%8585 = mul %165, %8584 : f32[12,12] @ models/lib/nn.yaml:79:7
%8586 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8587 = sub %8586, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8588 = cast %8587 : f32[] @ models/lib/nn.yaml:79:7
%8589 = broadcast %8588 : f32[12,12] @ models/lib/nn.yaml:79:7
%8590 = mul %8578, %8589 : f32[12,12] @ models/lib/nn.yaml:79:7
%8591 = add %8585, %8590 : f32[12,12] @ models/lib/nn.yaml:79:7
%8592 = assign %165, %8591 : f32[12,12] @ models/lib/nn.yaml:79:7
%8593 = all_reduce_sum %2362 : f32[12] @ models/moco_pass.yaml:75:7
%8594 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8595 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8596 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8597 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8598 = add %8596, %8597 : i64[] @ models/moco_pass.yaml:75:7
%8599 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8600 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8601 = sub %8600, %8599 : f64[] @ models/moco_pass.yaml:75:7
%8602 = cast %8601 : f32[] @ models/moco_pass.yaml:75:7
%8603 = broadcast %8602 : f32[12] @ models/moco_pass.yaml:75:7
%8604 = mul %82, %8603 : f32[12] @ models/moco_pass.yaml:75:7
%8605 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8606 = cast %8605 : f32[] @ models/moco_pass.yaml:75:7
%8607 = broadcast %8606 : f32[12] @ models/moco_pass.yaml:75:7
%8608 = mul %8593, %8607 : f32[12] @ models/moco_pass.yaml:75:7
%8609 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8610 = cast %8609 : f32[] @ models/moco_pass.yaml:75:7
%8611 = broadcast %8610 : f32[12] @ models/moco_pass.yaml:75:7
%8612 = mul %8594, %8611 : f32[12] @ models/moco_pass.yaml:75:7
%8613 = add %8612, %8608 : f32[12] @ models/moco_pass.yaml:75:7
%8614 = mul %8593, %8593 : f32[12] @ models/moco_pass.yaml:75:7
%8615 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8616 = cast %8615 : f32[] @ models/moco_pass.yaml:75:7
%8617 = broadcast %8616 : f32[12] @ models/moco_pass.yaml:75:7
%8618 = mul %8614, %8617 : f32[12] @ models/moco_pass.yaml:75:7
%8619 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8620 = cast %8619 : f32[] @ models/moco_pass.yaml:75:7
%8621 = broadcast %8620 : f32[12] @ models/moco_pass.yaml:75:7
%8622 = mul %8595, %8621 : f32[12] @ models/moco_pass.yaml:75:7
%8623 = add %8622, %8618 : f32[12] @ models/moco_pass.yaml:75:7
%8624 = cast %8598 : f64[] @ models/moco_pass.yaml:75:7
%8625 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8626 = pow %8625, %8624 : f64[] @ models/moco_pass.yaml:75:7
%8627 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8628 = sub %8627, %8626 : f64[] @ models/moco_pass.yaml:75:7
%8629 = div %2065, %8628 : f64[] @ models/moco_pass.yaml:75:7
%8630 = cast %8598 : f64[] @ models/moco_pass.yaml:75:7
%8631 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8632 = pow %8631, %8630 : f64[] @ models/moco_pass.yaml:75:7
%8633 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8634 = sub %8633, %8632 : f64[] @ models/moco_pass.yaml:75:7
%8635 = sqrt %8634 : f64[] @ models/moco_pass.yaml:75:7
%8636 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8637 = div %8636, %8635 : f64[] @ models/moco_pass.yaml:75:7
%8638 = sqrt %8623 : f32[12] @ models/moco_pass.yaml:75:7
%8639 = cast %8637 : f32[] @ models/moco_pass.yaml:75:7
%8640 = broadcast %8639 : f32[12] @ models/moco_pass.yaml:75:7
%8641 = mul %8638, %8640 : f32[12] @ models/moco_pass.yaml:75:7
%8642 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8643 = cast %8642 : f32[] @ models/moco_pass.yaml:75:7
%8644 = broadcast %8643 : f32[12] @ models/moco_pass.yaml:75:7
%8645 = add %8641, %8644 : f32[12] @ models/moco_pass.yaml:75:7
%8646 = div %8613, %8645 : f32[12] @ models/moco_pass.yaml:75:7
%8647 = cast %8629 : f32[] @ models/moco_pass.yaml:75:7
%8648 = broadcast %8647 : f32[12] @ models/moco_pass.yaml:75:7
%8649 = mul %8646, %8648 : f32[12] @ models/moco_pass.yaml:75:7
%8650 = sub %8604, %8649 : f32[12] @ models/moco_pass.yaml:75:7
%8651 = assign %82, %8650 : f32[12] @ models/moco_pass.yaml:75:7
%8652 = assign %8594, %8613 : f32[12] @ models/moco_pass.yaml:75:7
%8653 = assign %8595, %8623 : f32[12] @ models/moco_pass.yaml:75:7
%8654 = assign %8596, %8598 : i64[] @ models/moco_pass.yaml:75:7
%8655 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8656 = broadcast %8655 : f32[12] @ models/moco_pass.yaml:75:7
%8657 = mul %166, %8656 : f32[12] @ models/moco_pass.yaml:75:7
%8658 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8659 = sub %8658, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8660 = cast %8659 : f32[] @ models/moco_pass.yaml:75:7
%8661 = broadcast %8660 : f32[12] @ models/moco_pass.yaml:75:7
%8662 = mul %8650, %8661 : f32[12] @ models/moco_pass.yaml:75:7
%8663 = add %8657, %8662 : f32[12] @ models/moco_pass.yaml:75:7
%8664 = assign %166, %8663 : f32[12] @ models/moco_pass.yaml:75:7
%8665 = all_reduce_sum %2358 : f32[12] @ models/moco_pass.yaml:76:7
%8666 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8667 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8668 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8669 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8670 = add %8668, %8669 : i64[] @ models/moco_pass.yaml:76:7
%8671 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8672 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8673 = sub %8672, %8671 : f64[] @ models/moco_pass.yaml:76:7
%8674 = cast %8673 : f32[] @ models/moco_pass.yaml:76:7
%8675 = broadcast %8674 : f32[12] @ models/moco_pass.yaml:76:7
%8676 = mul %83, %8675 : f32[12] @ models/moco_pass.yaml:76:7
%8677 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8678 = cast %8677 : f32[] @ models/moco_pass.yaml:76:7
%8679 = broadcast %8678 : f32[12] @ models/moco_pass.yaml:76:7
%8680 = mul %8665, %8679 : f32[12] @ models/moco_pass.yaml:76:7
%8681 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8682 = cast %8681 : f32[] @ models/moco_pass.yaml:76:7
%8683 = broadcast %8682 : f32[12] @ models/moco_pass.yaml:76:7
%8684 = mul %8666, %8683 : f32[12] @ models/moco_pass.yaml:76:7
%8685 = add %8684, %8680 : f32[12] @ models/moco_pass.yaml:76:7
%8686 = mul %8665, %8665 : f32[12] @ models/moco_pass.yaml:76:7
%8687 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8688 = cast %8687 : f32[] @ models/moco_pass.yaml:76:7
%8689 = broadcast %8688 : f32[12] @ models/moco_pass.yaml:76:7
%8690 = mul %8686, %8689 : f32[12] @ models/moco_pass.yaml:76:7
%8691 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8692 = cast %8691 : f32[] @ models/moco_pass.yaml:76:7
%8693 = broadcast %8692 : f32[12] @ models/moco_pass.yaml:76:7
%8694 = mul %8667, %8693 : f32[12] @ models/moco_pass.yaml:76:7
%8695 = add %8694, %8690 : f32[12] @ models/moco_pass.yaml:76:7
%8696 = cast %8670 : f64[] @ models/moco_pass.yaml:76:7
%8697 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8698 = pow %8697, %8696 : f64[] @ models/moco_pass.yaml:76:7
%8699 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8700 = sub %8699, %8698 : f64[] @ models/moco_pass.yaml:76:7
%8701 = div %2065, %8700 : f64[] @ models/moco_pass.yaml:76:7
%8702 = cast %8670 : f64[] @ models/moco_pass.yaml:76:7
%8703 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8704 = pow %8703, %8702 : f64[] @ models/moco_pass.yaml:76:7
%8705 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8706 = sub %8705, %8704 : f64[] @ models/moco_pass.yaml:76:7
%8707 = sqrt %8706 : f64[] @ models/moco_pass.yaml:76:7
%8708 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8709 = div %8708, %8707 : f64[] @ models/moco_pass.yaml:76:7
%8710 = sqrt %8695 : f32[12] @ models/moco_pass.yaml:76:7
%8711 = cast %8709 : f32[] @ models/moco_pass.yaml:76:7
%8712 = broadcast %8711 : f32[12] @ models/moco_pass.yaml:76:7
%8713 = mul %8710, %8712 : f32[12] @ models/moco_pass.yaml:76:7
%8714 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8715 = cast %8714 : f32[] @ models/moco_pass.yaml:76:7
%8716 = broadcast %8715 : f32[12] @ models/moco_pass.yaml:76:7
%8717 = add %8713, %8716 : f32[12] @ models/moco_pass.yaml:76:7
%8718 = div %8685, %8717 : f32[12] @ models/moco_pass.yaml:76:7
%8719 = cast %8701 : f32[] @ models/moco_pass.yaml:76:7
%8720 = broadcast %8719 : f32[12] @ models/moco_pass.yaml:76:7
%8721 = mul %8718, %8720 : f32[12] @ models/moco_pass.yaml:76:7
%8722 = sub %8676, %8721 : f32[12] @ models/moco_pass.yaml:76:7
%8723 = assign %83, %8722 : f32[12] @ models/moco_pass.yaml:76:7
%8724 = assign %8666, %8685 : f32[12] @ models/moco_pass.yaml:76:7
%8725 = assign %8667, %8695 : f32[12] @ models/moco_pass.yaml:76:7
%8726 = assign %8668, %8670 : i64[] @ models/moco_pass.yaml:76:7
%8727 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8728 = broadcast %8727 : f32[12] @ models/moco_pass.yaml:76:7
%8729 = mul %167, %8728 : f32[12] @ models/moco_pass.yaml:76:7
%8730 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8731 = sub %8730, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8732 = cast %8731 : f32[] @ models/moco_pass.yaml:76:7
%8733 = broadcast %8732 : f32[12] @ models/moco_pass.yaml:76:7
%8734 = mul %8722, %8733 : f32[12] @ models/moco_pass.yaml:76:7
%8735 = add %8729, %8734 : f32[12] @ models/moco_pass.yaml:76:7
%8736 = assign %167, %8735 : f32[12] @ models/moco_pass.yaml:76:7
%8737 = all_reduce_sum %2345 : f32[6,12] @ models/lib/nn.yaml:79:7
%8738 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8739 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8740 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8741 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8742 = add %8740, %8741 : i64[] @ models/lib/nn.yaml:79:7
%8743 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8744 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8745 = sub %8744, %8743 : f64[] @ models/lib/nn.yaml:79:7
%8746 = cast %8745 : f32[] @ models/lib/nn.yaml:79:7
%8747 = broadcast %8746 : f32[6,12] @ models/lib/nn.yaml:79:7
%8748 = mul %84, %8747 : f32[6,12] @ models/lib/nn.yaml:79:7
%8749 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8750 = cast %8749 : f32[] @ models/lib/nn.yaml:79:7
%8751 = broadcast %8750 : f32[6,12] @ models/lib/nn.yaml:79:7
%8752 = mul %8737, %8751 : f32[6,12] @ models/lib/nn.yaml:79:7
%8753 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8754 = cast %8753 : f32[] @ models/lib/nn.yaml:79:7
%8755 = broadcast %8754 : f32[6,12] @ models/lib/nn.yaml:79:7
%8756 = mul %8738, %8755 : f32[6,12] @ models/lib/nn.yaml:79:7
%8757 = add %8756, %8752 : f32[6,12] @ models/lib/nn.yaml:79:7
%8758 = mul %8737, %8737 : f32[6,12] @ models/lib/nn.yaml:79:7
%8759 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8760 = cast %8759 : f32[] @ models/lib/nn.yaml:79:7
%8761 = broadcast %8760 : f32[6,12] @ models/lib/nn.yaml:79:7
%8762 = mul %8758, %8761 : f32[6,12] @ models/lib/nn.yaml:79:7
%8763 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8764 = cast %8763 : f32[] @ models/lib/nn.yaml:79:7
%8765 = broadcast %8764 : f32[6,12] @ models/lib/nn.yaml:79:7
%8766 = mul %8739, %8765 : f32[6,12] @ models/lib/nn.yaml:79:7
%8767 = add %8766, %8762 : f32[6,12] @ models/lib/nn.yaml:79:7
%8768 = cast %8742 : f64[] @ models/lib/nn.yaml:79:7
%8769 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8770 = pow %8769, %8768 : f64[] @ models/lib/nn.yaml:79:7
%8771 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8772 = sub %8771, %8770 : f64[] @ models/lib/nn.yaml:79:7
%8773 = div %2065, %8772 : f64[] @ models/lib/nn.yaml:79:7
%8774 = cast %8742 : f64[] @ models/lib/nn.yaml:79:7
%8775 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8776 = pow %8775, %8774 : f64[] @ models/lib/nn.yaml:79:7
%8777 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8778 = sub %8777, %8776 : f64[] @ models/lib/nn.yaml:79:7
%8779 = sqrt %8778 : f64[] @ models/lib/nn.yaml:79:7
%8780 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8781 = div %8780, %8779 : f64[] @ models/lib/nn.yaml:79:7
%8782 = sqrt %8767 : f32[6,12] @ models/lib/nn.yaml:79:7
%8783 = cast %8781 : f32[] @ models/lib/nn.yaml:79:7
%8784 = broadcast %8783 : f32[6,12] @ models/lib/nn.yaml:79:7
%8785 = mul %8782, %8784 : f32[6,12] @ models/lib/nn.yaml:79:7
%8786 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8787 = cast %8786 : f32[] @ models/lib/nn.yaml:79:7
%8788 = broadcast %8787 : f32[6,12] @ models/lib/nn.yaml:79:7
%8789 = add %8785, %8788 : f32[6,12] @ models/lib/nn.yaml:79:7
%8790 = div %8757, %8789 : f32[6,12] @ models/lib/nn.yaml:79:7
%8791 = cast %8773 : f32[] @ models/lib/nn.yaml:79:7
%8792 = broadcast %8791 : f32[6,12] @ models/lib/nn.yaml:79:7
%8793 = mul %8790, %8792 : f32[6,12] @ models/lib/nn.yaml:79:7
%8794 = sub %8748, %8793 : f32[6,12] @ models/lib/nn.yaml:79:7
%8795 = assign %84, %8794 : f32[6,12] @ models/lib/nn.yaml:79:7
%8796 = assign %8738, %8757 : f32[6,12] @ models/lib/nn.yaml:79:7
%8797 = assign %8739, %8767 : f32[6,12] @ models/lib/nn.yaml:79:7
%8798 = assign %8740, %8742 : i64[] @ models/lib/nn.yaml:79:7
%8799 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8800 = broadcast %8799 : f32[6,12] @ models/lib/nn.yaml:79:7
%8801 = mul %168, %8800 : f32[6,12] @ models/lib/nn.yaml:79:7
%8802 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8803 = sub %8802, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8804 = cast %8803 : f32[] @ models/lib/nn.yaml:79:7
%8805 = broadcast %8804 : f32[6,12] @ models/lib/nn.yaml:79:7
%8806 = mul %8794, %8805 : f32[6,12] @ models/lib/nn.yaml:79:7
%8807 = add %8801, %8806 : f32[6,12] @ models/lib/nn.yaml:79:7
%8808 = assign %168, %8807 : f32[6,12] @ models/lib/nn.yaml:79:7
%8809 = all_reduce_sum %2317 : f32[12,6] @ models/lib/nn.yaml:79:7
%8810 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8811 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8812 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8813 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8814 = add %8812, %8813 : i64[] @ models/lib/nn.yaml:79:7
%8815 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8816 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8817 = sub %8816, %8815 : f64[] @ models/lib/nn.yaml:79:7
%8818 = cast %8817 : f32[] @ models/lib/nn.yaml:79:7
%8819 = broadcast %8818 : f32[12,6] @ models/lib/nn.yaml:79:7
%8820 = mul %85, %8819 : f32[12,6] @ models/lib/nn.yaml:79:7
%8821 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8822 = cast %8821 : f32[] @ models/lib/nn.yaml:79:7
%8823 = broadcast %8822 : f32[12,6] @ models/lib/nn.yaml:79:7
%8824 = mul %8809, %8823 : f32[12,6] @ models/lib/nn.yaml:79:7
%8825 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8826 = cast %8825 : f32[] @ models/lib/nn.yaml:79:7
%8827 = broadcast %8826 : f32[12,6] @ models/lib/nn.yaml:79:7
%8828 = mul %8810, %8827 : f32[12,6] @ models/lib/nn.yaml:79:7
%8829 = add %8828, %8824 : f32[12,6] @ models/lib/nn.yaml:79:7
%8830 = mul %8809, %8809 : f32[12,6] @ models/lib/nn.yaml:79:7
%8831 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8832 = cast %8831 : f32[] @ models/lib/nn.yaml:79:7
%8833 = broadcast %8832 : f32[12,6] @ models/lib/nn.yaml:79:7
%8834 = mul %8830, %8833 : f32[12,6] @ models/lib/nn.yaml:79:7
%8835 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8836 = cast %8835 : f32[] @ models/lib/nn.yaml:79:7
%8837 = broadcast %8836 : f32[12,6] @ models/lib/nn.yaml:79:7
%8838 = mul %8811, %8837 : f32[12,6] @ models/lib/nn.yaml:79:7
%8839 = add %8838, %8834 : f32[12,6] @ models/lib/nn.yaml:79:7
%8840 = cast %8814 : f64[] @ models/lib/nn.yaml:79:7
%8841 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8842 = pow %8841, %8840 : f64[] @ models/lib/nn.yaml:79:7
%8843 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8844 = sub %8843, %8842 : f64[] @ models/lib/nn.yaml:79:7
%8845 = div %2065, %8844 : f64[] @ models/lib/nn.yaml:79:7
%8846 = cast %8814 : f64[] @ models/lib/nn.yaml:79:7
%8847 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8848 = pow %8847, %8846 : f64[] @ models/lib/nn.yaml:79:7
%8849 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8850 = sub %8849, %8848 : f64[] @ models/lib/nn.yaml:79:7
%8851 = sqrt %8850 : f64[] @ models/lib/nn.yaml:79:7
%8852 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8853 = div %8852, %8851 : f64[] @ models/lib/nn.yaml:79:7
%8854 = sqrt %8839 : f32[12,6] @ models/lib/nn.yaml:79:7
%8855 = cast %8853 : f32[] @ models/lib/nn.yaml:79:7
%8856 = broadcast %8855 : f32[12,6] @ models/lib/nn.yaml:79:7
%8857 = mul %8854, %8856 : f32[12,6] @ models/lib/nn.yaml:79:7
%8858 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8859 = cast %8858 : f32[] @ models/lib/nn.yaml:79:7
%8860 = broadcast %8859 : f32[12,6] @ models/lib/nn.yaml:79:7
%8861 = add %8857, %8860 : f32[12,6] @ models/lib/nn.yaml:79:7
%8862 = div %8829, %8861 : f32[12,6] @ models/lib/nn.yaml:79:7
%8863 = cast %8845 : f32[] @ models/lib/nn.yaml:79:7
%8864 = broadcast %8863 : f32[12,6] @ models/lib/nn.yaml:79:7
%8865 = mul %8862, %8864 : f32[12,6] @ models/lib/nn.yaml:79:7
%8866 = sub %8820, %8865 : f32[12,6] @ models/lib/nn.yaml:79:7
%8867 = assign %85, %8866 : f32[12,6] @ models/lib/nn.yaml:79:7
%8868 = assign %8810, %8829 : f32[12,6] @ models/lib/nn.yaml:79:7
%8869 = assign %8811, %8839 : f32[12,6] @ models/lib/nn.yaml:79:7
%8870 = assign %8812, %8814 : i64[] @ models/lib/nn.yaml:79:7
%8871 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8872 = broadcast %8871 : f32[12,6] @ models/lib/nn.yaml:79:7
%8873 = mul %169, %8872 : f32[12,6] @ models/lib/nn.yaml:79:7
%8874 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8875 = sub %8874, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8876 = cast %8875 : f32[] @ models/lib/nn.yaml:79:7
%8877 = broadcast %8876 : f32[12,6] @ models/lib/nn.yaml:79:7
%8878 = mul %8866, %8877 : f32[12,6] @ models/lib/nn.yaml:79:7
%8879 = add %8873, %8878 : f32[12,6] @ models/lib/nn.yaml:79:7
%8880 = assign %169, %8879 : f32[12,6] @ models/lib/nn.yaml:79:7
%8881 = all_reduce_sum %2289 : f32[12] @ models/moco_pass.yaml:75:7
%8882 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8883 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8884 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8885 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8886 = add %8884, %8885 : i64[] @ models/moco_pass.yaml:75:7
%8887 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8888 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8889 = sub %8888, %8887 : f64[] @ models/moco_pass.yaml:75:7
%8890 = cast %8889 : f32[] @ models/moco_pass.yaml:75:7
%8891 = broadcast %8890 : f32[12] @ models/moco_pass.yaml:75:7
%8892 = mul %86, %8891 : f32[12] @ models/moco_pass.yaml:75:7
%8893 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8894 = cast %8893 : f32[] @ models/moco_pass.yaml:75:7
%8895 = broadcast %8894 : f32[12] @ models/moco_pass.yaml:75:7
%8896 = mul %8881, %8895 : f32[12] @ models/moco_pass.yaml:75:7
%8897 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8898 = cast %8897 : f32[] @ models/moco_pass.yaml:75:7
%8899 = broadcast %8898 : f32[12] @ models/moco_pass.yaml:75:7
%8900 = mul %8882, %8899 : f32[12] @ models/moco_pass.yaml:75:7
%8901 = add %8900, %8896 : f32[12] @ models/moco_pass.yaml:75:7
%8902 = mul %8881, %8881 : f32[12] @ models/moco_pass.yaml:75:7
%8903 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8904 = cast %8903 : f32[] @ models/moco_pass.yaml:75:7
%8905 = broadcast %8904 : f32[12] @ models/moco_pass.yaml:75:7
%8906 = mul %8902, %8905 : f32[12] @ models/moco_pass.yaml:75:7
%8907 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8908 = cast %8907 : f32[] @ models/moco_pass.yaml:75:7
%8909 = broadcast %8908 : f32[12] @ models/moco_pass.yaml:75:7
%8910 = mul %8883, %8909 : f32[12] @ models/moco_pass.yaml:75:7
%8911 = add %8910, %8906 : f32[12] @ models/moco_pass.yaml:75:7
%8912 = cast %8886 : f64[] @ models/moco_pass.yaml:75:7
%8913 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8914 = pow %8913, %8912 : f64[] @ models/moco_pass.yaml:75:7
%8915 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8916 = sub %8915, %8914 : f64[] @ models/moco_pass.yaml:75:7
%8917 = div %2065, %8916 : f64[] @ models/moco_pass.yaml:75:7
%8918 = cast %8886 : f64[] @ models/moco_pass.yaml:75:7
%8919 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8920 = pow %8919, %8918 : f64[] @ models/moco_pass.yaml:75:7
%8921 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8922 = sub %8921, %8920 : f64[] @ models/moco_pass.yaml:75:7
%8923 = sqrt %8922 : f64[] @ models/moco_pass.yaml:75:7
%8924 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8925 = div %8924, %8923 : f64[] @ models/moco_pass.yaml:75:7
%8926 = sqrt %8911 : f32[12] @ models/moco_pass.yaml:75:7
%8927 = cast %8925 : f32[] @ models/moco_pass.yaml:75:7
%8928 = broadcast %8927 : f32[12] @ models/moco_pass.yaml:75:7
%8929 = mul %8926, %8928 : f32[12] @ models/moco_pass.yaml:75:7
%8930 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8931 = cast %8930 : f32[] @ models/moco_pass.yaml:75:7
%8932 = broadcast %8931 : f32[12] @ models/moco_pass.yaml:75:7
%8933 = add %8929, %8932 : f32[12] @ models/moco_pass.yaml:75:7
%8934 = div %8901, %8933 : f32[12] @ models/moco_pass.yaml:75:7
%8935 = cast %8917 : f32[] @ models/moco_pass.yaml:75:7
%8936 = broadcast %8935 : f32[12] @ models/moco_pass.yaml:75:7
%8937 = mul %8934, %8936 : f32[12] @ models/moco_pass.yaml:75:7
%8938 = sub %8892, %8937 : f32[12] @ models/moco_pass.yaml:75:7
%8939 = assign %86, %8938 : f32[12] @ models/moco_pass.yaml:75:7
%8940 = assign %8882, %8901 : f32[12] @ models/moco_pass.yaml:75:7
%8941 = assign %8883, %8911 : f32[12] @ models/moco_pass.yaml:75:7
%8942 = assign %8884, %8886 : i64[] @ models/moco_pass.yaml:75:7
%8943 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8944 = broadcast %8943 : f32[12] @ models/moco_pass.yaml:75:7
%8945 = mul %170, %8944 : f32[12] @ models/moco_pass.yaml:75:7
%8946 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8947 = sub %8946, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8948 = cast %8947 : f32[] @ models/moco_pass.yaml:75:7
%8949 = broadcast %8948 : f32[12] @ models/moco_pass.yaml:75:7
%8950 = mul %8938, %8949 : f32[12] @ models/moco_pass.yaml:75:7
%8951 = add %8945, %8950 : f32[12] @ models/moco_pass.yaml:75:7
%8952 = assign %170, %8951 : f32[12] @ models/moco_pass.yaml:75:7
%8953 = all_reduce_sum %2285 : f32[12] @ models/moco_pass.yaml:76:7
%8954 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8955 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8956 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8957 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8958 = add %8956, %8957 : i64[] @ models/moco_pass.yaml:76:7
%8959 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8960 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8961 = sub %8960, %8959 : f64[] @ models/moco_pass.yaml:76:7
%8962 = cast %8961 : f32[] @ models/moco_pass.yaml:76:7
%8963 = broadcast %8962 : f32[12] @ models/moco_pass.yaml:76:7
%8964 = mul %87, %8963 : f32[12] @ models/moco_pass.yaml:76:7
%8965 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8966 = cast %8965 : f32[] @ models/moco_pass.yaml:76:7
%8967 = broadcast %8966 : f32[12] @ models/moco_pass.yaml:76:7
%8968 = mul %8953, %8967 : f32[12] @ models/moco_pass.yaml:76:7
%8969 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8970 = cast %8969 : f32[] @ models/moco_pass.yaml:76:7
%8971 = broadcast %8970 : f32[12] @ models/moco_pass.yaml:76:7
%8972 = mul %8954, %8971 : f32[12] @ models/moco_pass.yaml:76:7
%8973 = add %8972, %8968 : f32[12] @ models/moco_pass.yaml:76:7
%8974 = mul %8953, %8953 : f32[12] @ models/moco_pass.yaml:76:7
%8975 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8976 = cast %8975 : f32[] @ models/moco_pass.yaml:76:7
%8977 = broadcast %8976 : f32[12] @ models/moco_pass.yaml:76:7
%8978 = mul %8974, %8977 : f32[12] @ models/moco_pass.yaml:76:7
%8979 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8980 = cast %8979 : f32[] @ models/moco_pass.yaml:76:7
%8981 = broadcast %8980 : f32[12] @ models/moco_pass.yaml:76:7
%8982 = mul %8955, %8981 : f32[12] @ models/moco_pass.yaml:76:7
%8983 = add %8982, %8978 : f32[12] @ models/moco_pass.yaml:76:7
%8984 = cast %8958 : f64[] @ models/moco_pass.yaml:76:7
%8985 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8986 = pow %8985, %8984 : f64[] @ models/moco_pass.yaml:76:7
%8987 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8988 = sub %8987, %8986 : f64[] @ models/moco_pass.yaml:76:7
%8989 = div %2065, %8988 : f64[] @ models/moco_pass.yaml:76:7
%8990 = cast %8958 : f64[] @ models/moco_pass.yaml:76:7
%8991 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8992 = pow %8991, %8990 : f64[] @ models/moco_pass.yaml:76:7
%8993 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8994 = sub %8993, %8992 : f64[] @ models/moco_pass.yaml:76:7
%8995 = sqrt %8994 : f64[] @ models/moco_pass.yaml:76:7
%8996 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8997 = div %8996, %8995 : f64[] @ models/moco_pass.yaml:76:7
%8998 = sqrt %8983 : f32[12] @ models/moco_pass.yaml:76:7
%8999 = cast %8997 : f32[] @ models/moco_pass.yaml:76:7
%9000 = broadcast %8999 : f32[12] @ models/moco_pass.yaml:76:7
%9001 = mul %8998, %9000 : f32[12] @ models/moco_pass.yaml:76:7
%9002 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%9003 = cast %9002 : f32[] @ models/moco_pass.yaml:76:7
%9004 = broadcast %9003 : f32[12] @ models/moco_pass.yaml:76:7
%9005 = add %9001, %9004 : f32[12] @ models/moco_pass.yaml:76:7
%9006 = div %8973, %9005 : f32[12] @ models/moco_pass.yaml:76:7
%9007 = cast %8989 : f32[] @ models/moco_pass.yaml:76:7
%9008 = broadcast %9007 : f32[12] @ models/moco_pass.yaml:76:7
%9009 = mul %9006, %9008 : f32[12] @ models/moco_pass.yaml:76:7
%9010 = sub %8964, %9009 : f32[12] @ models/moco_pass.yaml:76:7
%9011 = assign %87, %9010 : f32[12] @ models/moco_pass.yaml:76:7
%9012 = assign %8954, %8973 : f32[12] @ models/moco_pass.yaml:76:7
%9013 = assign %8955, %8983 : f32[12] @ models/moco_pass.yaml:76:7
%9014 = assign %8956, %8958 : i64[] @ models/moco_pass.yaml:76:7
%9015 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%9016 = broadcast %9015 : f32[12] @ models/moco_pass.yaml:76:7
%9017 = mul %171, %9016 : f32[12] @ models/moco_pass.yaml:76:7
%9018 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%9019 = sub %9018, %2067 : f64[] @ models/moco_pass.yaml:76:7
%9020 = cast %9019 : f32[] @ models/moco_pass.yaml:76:7
%9021 = broadcast %9020 : f32[12] @ models/moco_pass.yaml:76:7
%9022 = mul %9010, %9021 : f32[12] @ models/moco_pass.yaml:76:7
%9023 = add %9017, %9022 : f32[12] @ models/moco_pass.yaml:76:7
%9024 = assign %171, %9023 : f32[12] @ models/moco_pass.yaml:76:7
%9025 = all_reduce_sum %2271 : f32[6,12] @ models/lib/nn.yaml:79:7
%9026 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%9027 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%9028 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%9029 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%9030 = add %9028, %9029 : i64[] @ models/lib/nn.yaml:79:7
%9031 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%9032 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9033 = sub %9032, %9031 : f64[] @ models/lib/nn.yaml:79:7
%9034 = cast %9033 : f32[] @ models/lib/nn.yaml:79:7
%9035 = broadcast %9034 : f32[6,12] @ models/lib/nn.yaml:79:7
%9036 = mul %88, %9035 : f32[6,12] @ models/lib/nn.yaml:79:7
%9037 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%9038 = cast %9037 : f32[] @ models/lib/nn.yaml:79:7
%9039 = broadcast %9038 : f32[6,12] @ models/lib/nn.yaml:79:7
%9040 = mul %9025, %9039 : f32[6,12] @ models/lib/nn.yaml:79:7
%9041 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9042 = cast %9041 : f32[] @ models/lib/nn.yaml:79:7
%9043 = broadcast %9042 : f32[6,12] @ models/lib/nn.yaml:79:7
%9044 = mul %9026, %9043 : f32[6,12] @ models/lib/nn.yaml:79:7
%9045 = add %9044, %9040 : f32[6,12] @ models/lib/nn.yaml:79:7
%9046 = mul %9025, %9025 : f32[6,12] @ models/lib/nn.yaml:79:7
%9047 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9048 = cast %9047 : f32[] @ models/lib/nn.yaml:79:7
%9049 = broadcast %9048 : f32[6,12] @ models/lib/nn.yaml:79:7
%9050 = mul %9046, %9049 : f32[6,12] @ models/lib/nn.yaml:79:7
%9051 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9052 = cast %9051 : f32[] @ models/lib/nn.yaml:79:7
%9053 = broadcast %9052 : f32[6,12] @ models/lib/nn.yaml:79:7
%9054 = mul %9027, %9053 : f32[6,12] @ models/lib/nn.yaml:79:7
%9055 = add %9054, %9050 : f32[6,12] @ models/lib/nn.yaml:79:7
%9056 = cast %9030 : f64[] @ models/lib/nn.yaml:79:7
%9057 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9058 = pow %9057, %9056 : f64[] @ models/lib/nn.yaml:79:7
%9059 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9060 = sub %9059, %9058 : f64[] @ models/lib/nn.yaml:79:7
%9061 = div %2065, %9060 : f64[] @ models/lib/nn.yaml:79:7
%9062 = cast %9030 : f64[] @ models/lib/nn.yaml:79:7
%9063 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9064 = pow %9063, %9062 : f64[] @ models/lib/nn.yaml:79:7
%9065 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9066 = sub %9065, %9064 : f64[] @ models/lib/nn.yaml:79:7
%9067 = sqrt %9066 : f64[] @ models/lib/nn.yaml:79:7
%9068 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9069 = div %9068, %9067 : f64[] @ models/lib/nn.yaml:79:7
%9070 = sqrt %9055 : f32[6,12] @ models/lib/nn.yaml:79:7
%9071 = cast %9069 : f32[] @ models/lib/nn.yaml:79:7
%9072 = broadcast %9071 : f32[6,12] @ models/lib/nn.yaml:79:7
%9073 = mul %9070, %9072 : f32[6,12] @ models/lib/nn.yaml:79:7
%9074 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9075 = cast %9074 : f32[] @ models/lib/nn.yaml:79:7
%9076 = broadcast %9075 : f32[6,12] @ models/lib/nn.yaml:79:7
%9077 = add %9073, %9076 : f32[6,12] @ models/lib/nn.yaml:79:7
%9078 = div %9045, %9077 : f32[6,12] @ models/lib/nn.yaml:79:7
%9079 = cast %9061 : f32[] @ models/lib/nn.yaml:79:7
%9080 = broadcast %9079 : f32[6,12] @ models/lib/nn.yaml:79:7
%9081 = mul %9078, %9080 : f32[6,12] @ models/lib/nn.yaml:79:7
%9082 = sub %9036, %9081 : f32[6,12] @ models/lib/nn.yaml:79:7
%9083 = assign %88, %9082 : f32[6,12] @ models/lib/nn.yaml:79:7
%9084 = assign %9026, %9045 : f32[6,12] @ models/lib/nn.yaml:79:7
%9085 = assign %9027, %9055 : f32[6,12] @ models/lib/nn.yaml:79:7
%9086 = assign %9028, %9030 : i64[] @ models/lib/nn.yaml:79:7
%9087 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%9088 = broadcast %9087 : f32[6,12] @ models/lib/nn.yaml:79:7
%9089 = mul %172, %9088 : f32[6,12] @ models/lib/nn.yaml:79:7
%9090 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9091 = sub %9090, %2067 : f64[] @ models/lib/nn.yaml:79:7
%9092 = cast %9091 : f32[] @ models/lib/nn.yaml:79:7
%9093 = broadcast %9092 : f32[6,12] @ models/lib/nn.yaml:79:7
%9094 = mul %9082, %9093 : f32[6,12] @ models/lib/nn.yaml:79:7
%9095 = add %9089, %9094 : f32[6,12] @ models/lib/nn.yaml:79:7
%9096 = assign %172, %9095 : f32[6,12] @ models/lib/nn.yaml:79:7
%9097 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%9098 = abs %2063 : f32[] @ models/moco_pass.yaml:170:3
%9099 = lt %9098, %9097 : bool[] @ models/moco_pass.yaml:170:3
%9100 = output %9099 name="finite" : bool[] @ models/moco_pass.yaml:170:3
